/*
 * libgoedestart Java binding - tests of evaluating decision tables.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class EvaluatorTest {
    private static Pack regional;

    @BeforeAll
    static void load() {
        regional = Pack.load(TestSupport.testData().resolve("pack/regional.xml"));
    }

    @AfterAll
    static void free() {
        if (regional != null) {
            regional.close();
        }
    }

    @Test
    void uniqueTable() {
        Decision d = regional.decision("care-need");
        assertEquals(HitPolicy.UNIQUE, d.hitPolicy());
        try (Evaluator ev = d.evaluator()) {
            assertSame(d, ev.decision());
            List<Evaluator.Result> results = ev.set("dmop_not_good", 3).run().results();
            assertTrue(ev.hasResult());
            assertEquals(1, results.size());
            assertEquals("C-HIGH", results.get(0).rule().id());
            assertEquals(List.of("urgent-support"), results.get(0).values());
            assertEquals("urgent-support", results.get(0).value(0));
            assertEquals(List.of(d.rules().get(0)), ev.matches());
            ev.set("dmop_not_good", 1).run();
            assertEquals("C-LOW", ev.matches().get(0).id());
            // a null input matches only '-': no rule, no result, no error
            ev.clear().run();
            assertFalse(ev.hasResult());
            assertTrue(ev.results().isEmpty());
            ev.set("dmop_not_good", 1).setNull("dmop_not_good").run();
            assertFalse(ev.hasResult());
        }
    }

    @Test
    void firstAndAnyTables() {
        try (Evaluator review = regional.decision("level-review").evaluator();
                Evaluator level = regional.decision("start-level").evaluator()) {
            review.set("review", "worsened").run();
            assertEquals(1, review.matches().size());
            assertEquals("V-1", review.results().get(0).rule().id());
            assertEquals("step-up", review.results().get(0).value(0));
            review.set("review", "achieved").run();
            assertEquals("stay", review.results().get(0).value(0));

            level.set("severity", 2).set("care_need", "additional-care").run();
            assertEquals(3.0, level.results().get(0).value(0));
        }
    }

    @Test
    void collectWithSum() {
        try (Evaluator ev = regional.decision("risk-points").evaluator()) {
            ev.set("giz_max", 3).set("help_requested", true).run();
            assertEquals(2, ev.matches().size());
            assertTrue(ev.hasResult());
            assertTrue(ev.results().isEmpty());
            assertEquals(3.5, ev.aggregate(0).getAsDouble());
            ev.set("giz_max", 1).set("help_requested", false).run();
            assertFalse(ev.aggregate(0).isPresent());
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> ev.aggregate(3)).getStatus());
        }
        try (Evaluator unique = regional.decision("care-need").evaluator()) {
            unique.set("dmop_not_good", 0).run();
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> unique.aggregate(0)).getStatus());
        }
    }

    @Test
    void errorsNameTheInputAndTheTable() {
        try (Evaluator ev = regional.decision("care-need").evaluator()) {
            assertEquals(Status.ENOTFOUND, assertThrows(GoedestartException.class,
                    () -> ev.set("no_such_input", 1)).getStatus());
            ev.set("dmop_not_good", "three");
            GoedestartException e = assertThrows(GoedestartException.class, ev::run);
            assertEquals(Status.EEVAL, e.getStatus());
            assertTrue(e.getDetail().contains("care-need"), e.getDetail());
            assertTrue(ev.matches().isEmpty());
        }
    }

    @Test
    void defaultCareNeedTable() {
        try (Pack pack = Pack.loadDefault(); Evaluator ev = pack.decision("care-need").evaluator()) {
            for (Decision.Input in : ev.decision().inputs()) {
                switch (in.type()) {
                    case NUMBER:
                        ev.set(in.name(), in.name().equals("zrm_min") ? 5
                                : in.name().equals("giz_max") ? 1 : 0);
                        break;
                    case BOOL:
                        ev.set(in.name(), false);
                        break;
                    default:
                        ev.set(in.name(), in.name().equals("safety") ? "none" : "fine");
                        break;
                }
            }
            ev.run();
            assertTrue(ev.hasResult());
            assertEquals("positive-confirmation", ev.results().get(0).value(0));
            Evaluator closed = ev.decision().evaluator();
            closed.close();
            closed.close();
            assertThrows(IllegalStateException.class, closed::run);
        }
    }
}
