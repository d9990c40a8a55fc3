/*
 * libgoedestart Java binding - tests of the process indicators.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class IndicatorsTest {

    @Test
    void indicatorsAreDescribed() {
        assertEquals(Indicator.values().length, Indicators.indicatorCount());
        for (Indicator i : Indicator.values()) {
            assertEquals(i.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), i.id());
            assertNotNull(i.description(Lang.NL));
            assertFalse(i.description(Lang.NL).equals(i.description(Lang.EN)), i.id());
        }
    }

    @Test
    void computeAddAndFileAgree(@TempDir Path dir) {
        Path file = dir.resolve("pop.xml");
        Population.writeFile(file, 11, 400, d("2026-01-20"));
        List<Family> families = Population.generate(11, 400, d("2026-01-20"));
        try (Pack pack = Pack.loadDefault(); Catalog catalog = Catalog.loadDefault()) {
            Indicators.Options o = Indicators.options(d("2025-01-01"), d("2025-12-31"))
                    .groupBy(GroupBy.PROVINCE);
            assertEquals(5, o.suppressK());
            assertTrue(o.suppress());
            try (Indicators all = Indicators.compute(families, o, pack, catalog);
                    Indicators added = Indicators.create(o, pack, catalog);
                    Indicators streamed = Indicators.create(o, pack, catalog)) {
                assertTrue(added.rows().isEmpty());
                assertEquals(Status.ESTATE, assertThrows(GoedestartException.class,
                        added::toCsv).getStatus());
                families.forEach(added::add);
                added.finish();
                streamed.addFile(file).finish();
                assertEquals(400, all.familyCount());
                assertEquals(all.toCsv(), added.toCsv());
                assertEquals(all.toXml(), streamed.toXml());
                List<Indicators.Row> rows = all.rows();
                assertEquals(0, rows.size() % Indicators.indicatorCount());
                Indicators.Row last = rows.get(rows.size() - 1);
                assertEquals("all", last.group());
                assertEquals(Indicator.CARE_GAPS, last.indicator());
                assertNull(last.denominator());
                for (Indicators.Row r : rows) {
                    if (r.indicator() == Indicator.CARE_NEED_ADDITIONAL_CARE && !r.valueSuppressed()
                            && r.value() != null) {
                        assertEquals((double) r.numerator() / r.denominator(), r.value(), 1e-12);
                    }
                    assertEquals(r.numeratorSuppressed(), (r.flags() & 1) != 0);
                }
                assertTrue(all.toCsv().startsWith(
                        "group,indicator,numerator,denominator,value,suppressed\r\n"));
                assertTrue(all.toXml().contains("urn:goedestart:indicators:1"));
                assertEquals(Status.ESTATE, assertThrows(GoedestartException.class,
                        () -> added.add(families.get(0))).getStatus());
            }
            try (Indicators open = Indicators.compute(families, Indicators.options(
                    d("2025-01-01"), d("2025-12-31")).groupBy(GroupBy.NONE).suppress(false),
                    pack, catalog)) {
                for (Indicators.Row r : open.rows()) {
                    assertEquals("all", r.group());
                    assertFalse(r.numeratorSuppressed() || r.denominatorSuppressed()
                            || r.valueSuppressed());
                }
            }
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> Indicators.create(Indicators.options(d("2025-12-31"), d("2025-01-01")),
                            pack, catalog)).getStatus());
        } finally {
            families.forEach(Family::close);
        }
    }
}
