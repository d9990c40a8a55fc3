/*
 * libgoedestart Java binding - tests of the summary table (the bulk path).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class SummaryTest {

    @Test
    void rowsEqualTheSingleAssessments() {
        List<Family> families = new ArrayList<>();
        try (Pack pack = Pack.loadDefault(); Catalog catalog = Catalog.loadDefault()) {
            for (int n = 0; n < 200; n++) {
                families.add(Families.varied(n));
            }
            try (Summary s = Summary.of(families, d("2026-01-15"), pack, catalog)) {
                assertEquals(200, s.rows());
                int[] outcome = s.column(SummaryColumn.OUTCOME);
                int[] needs = s.column(SummaryColumn.NEEDS);
                int[] maxLevel = s.column(SummaryColumn.MAX_LEVEL);
                int[] overdue = s.column(SummaryColumn.OVERDUE);
                int[] municipality = s.column(SummaryColumn.MUNICIPALITY);
                int[] inProgramme = s.column(SummaryColumn.IN_PROGRAMME);
                List<String> ids = s.familyIds();
                assertEquals(200, ids.size());
                for (int i = 0; i < families.size(); i++) {
                    Family f = families.get(i);
                    assertEquals(f.id(), ids.get(i));
                    assertEquals(f.id(), s.familyId(i));
                    assertEquals(f.municipality(), s.municipality(i));
                    assertEquals(Integer.parseInt(f.municipality().substring(2)), municipality[i]);
                    try (Assessment a = Assessment.of(f, d("2026-01-15"), pack, catalog)) {
                        assertEquals(a.careNeed(), CareNeed.of(outcome[i]));
                        assertEquals(a.needs().size(), needs[i]);
                        assertEquals(a.needs().stream().mapToInt(x -> x.level().code()).max()
                                .orElse(0), maxLevel[i]);
                        assertEquals(a.schedule().stream()
                                .filter(m -> m.status() == MomentStatus.OVERDUE).count(),
                                overdue[i]);
                        assertEquals(a.inProgramme() ? 1 : 0, inProgramme[i]);
                    }
                }
                assertThrows(IndexOutOfBoundsException.class, () -> s.familyId(200));
                assertThrows(IndexOutOfBoundsException.class, () -> s.municipality(-1 & 0xFFFF));
            }
            try (Summary empty = Summary.of(List.of(), d("2026-01-15"), pack, null)) {
                assertEquals(0, empty.rows());
                assertEquals(0, empty.column(SummaryColumn.OUTCOME).length);
                assertEquals(List.of(), empty.familyIds());
            }
            Path vector = TestSupport.vectors().resolve("05-validity-boundaries.xml");
            try (Summary file = Summary.fromFile(vector, d("2025-10-01"), pack, catalog);
                    Dossier dossier = Dossier.load(vector);
                    Summary same = Summary.of(dossier.families(), d("2025-10-01"), pack, catalog)) {
                assertEquals(List.of("F-005", "F-018"), file.familyIds());
                for (SummaryColumn c : SummaryColumn.values()) {
                    assertArrayEquals(same.column(c), file.column(c), c.name());
                }
            }
            assertEquals(Status.EIO, assertThrows(GoedestartException.class,
                    () -> Summary.fromFile(TestSupport.vectors().resolve("none.xml"),
                            d("2025-10-01"), pack, catalog)).getStatus());
        } finally {
            families.forEach(Family::close);
        }
    }
}
