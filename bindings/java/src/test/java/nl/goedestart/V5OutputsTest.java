/*
 * libgoedestart Java binding - tests of the v5 outputs against the conformance vectors.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class V5OutputsTest {

    @Test
    void notesOfVector29() {
        try (Pack pack = Pack.loadDefault();
                Catalog catalog = Catalog.load(TestSupport.vectors().resolve("catalog.xml"));
                Dossier dossier = Dossier.load(TestSupport.vectors()
                        .resolve("29-notes-and-municipality-codes.xml"));
                Assessment a = Assessment.of(dossier.family(0), d("2026-03-02"), pack,
                        catalog)) {
            List<Assessment.Note> notes = a.notes();
            assertEquals(3, notes.size());
            Assessment.Note former = notes.get(0);
            assertEquals(NoteKind.MUNICIPALITY_FORMER, former.kind());
            assertEquals("GM0048", former.municipality());
            assertEquals("GM1950", former.successor());
            assertEquals(d("2017-12-31"), former.date());
            assertNull(former.contact());
            assertNotNull(former.text(Lang.NL));
            Assessment.Note dmop = notes.get(1);
            assertEquals(NoteKind.EXPIRED, dmop.kind());
            assertEquals(d("2026-03-02"), dmop.date());
            assertEquals("K1", dmop.contact());
            assertEquals(FindingKind.DMOP, dmop.finding());
            assertEquals("partner-role", dmop.item());
            assertEquals(FindingKind.CONSULT, notes.get(2).finding());
            assertNull(notes.get(2).item());
        }
    }
}
