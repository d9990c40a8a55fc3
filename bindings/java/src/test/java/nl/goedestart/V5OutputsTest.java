/*
 * libgoedestart Java binding - tests of the v5 outputs against the conformance vectors.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** The values of one attribute in an expected assessment, in document order. */
    private static List<String> attrs(String xml, String element, String attr) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<" + element + "\\b[^>]*?\\b" + attr + "=\"([^\"]*)\"")
                .matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * Every v5 output of every vector, against its expected assessment: the
     * moment triggers, the fallback and check marks of need and review
     * routes, the Meldcode steps and safety, the integrated-plan counts and
     * the note kinds, in document order.
     */
    @Test
    void v5OutputsOfEveryVector() throws Exception {
        Path dir = TestSupport.vectors();
        int vectors = 0;
        try (Pack pack = Pack.loadDefault();
                Catalog catalog = Catalog.load(dir.resolve("catalog.xml"))) {
            for (String line : Files.readAllLines(dir.resolve("as-of.txt"),
                    StandardCharsets.UTF_8)) {
                String[] f = line.trim().split("\\s+");
                if (f.length != 2) {
                    continue;
                }
                String name = f[0];
                String xml = Files.readString(
                        dir.resolve(name.replace(".xml", ".expected.xml")), StandardCharsets.UTF_8);
                List<String> triggers = new ArrayList<>(), fallbacks = new ArrayList<>(),
                        checks = new ArrayList<>(), steps = new ArrayList<>(),
                        safety = new ArrayList<>(), concerns = new ArrayList<>(),
                        notes = new ArrayList<>();
                try (Dossier dossier = Dossier.load(dir.resolve(name))) {
                    for (int i = 0; i < dossier.size(); i++) {
                        try (Assessment a = Assessment.of(dossier.family(i), d(f[1]), pack,
                                catalog)) {
                            for (Assessment.ScheduledMoment m : a.schedule()) {
                                if (m.trigger() != null) {
                                    triggers.add(m.trigger());
                                }
                            }
                            List<Assessment.Route> routes = new ArrayList<>();
                            for (Assessment.Need n : a.needs()) {
                                routes.addAll(n.routes());
                            }
                            for (Assessment.Advice adv : a.advice()) {
                                routes.addAll(adv.routes());
                                if (adv.kind() == AdviceKind.MELDCODE) {
                                    steps.add(Integer.toString(adv.step()));
                                    safety.add(adv.safety().token());
                                    assertNotNull(adv.text(Lang.NL));
                                    assertNotNull(adv.text(Lang.EN));
                                } else if (adv.kind() == AdviceKind.INTEGRATED_PLAN) {
                                    concerns.add(Integer.toString(adv.concerns()));
                                }
                            }
                            for (Assessment.Route r : routes) {
                                if (r.fallback()) {
                                    fallbacks.add(r.offerId());
                                }
                                if (r.check() != null) {
                                    checks.add(r.check().token());
                                }
                            }
                            for (Assessment.Note n : a.notes()) {
                                notes.add(n.kind().token());
                            }
                        }
                    }
                }
                assertEquals(attrs(xml, "moment", "trigger"), triggers, name + ": triggers");
                assertEquals(fallbackOffers(xml), fallbacks, name + ": fallback routes");
                assertEquals(attrs(xml, "route", "check"), checks, name + ": checks");
                assertEquals(attrs(xml, "meldcode", "next-step"), steps, name + ": Meldcode");
                assertEquals(attrs(xml, "meldcode", "safety"), safety, name + ": safety");
                assertEquals(attrs(xml, "integrated-plan", "concerns"), concerns,
                        name + ": integrated plan");
                assertEquals(attrs(xml, "note", "kind"), notes, name + ": notes");
                vectors++;
            }
        }
        assertEquals(32, vectors);
    }

    /** The offers of the routes marked fallback, in document order. */
    private static List<String> fallbackOffers(String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<route offer=\"([^\"]*)\"[^>]*\\bfallback=\"true\"")
                .matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
