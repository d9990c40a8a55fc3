/*
 * libgoedestart Java binding - tests of packs: identity, parameters, schedule, tables.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class PackTest {

    @Test
    void defaultPack() {
        try (Pack p = Pack.loadDefault()) {
            assertEquals("gs-default", p.id());
            assertEquals("2026.1", p.version());
            assertNotEquals(p.title(Lang.NL), p.title(Lang.EN));
            assertEquals("gs-default.dmn", p.decisionsFile());
            assertEquals(14, Pack.paramNames().size());
            assertEquals(Pack.paramNames(), List.copyOf(p.params().keySet()));
            assertEquals(183, p.params().get("valid.dmop"));
            assertEquals(5, p.param("route.max"));
            assertEquals(42, p.param("plan.review-days"));
            assertEquals(3, p.param("plan.priorities"));
            GoedestartException e = assertThrows(GoedestartException.class,
                    () -> p.param("valid.nothing"));
            assertEquals(Status.ENOTFOUND, e.getStatus());
            assertEquals("unknown pack parameter 'valid.nothing'", e.getDetail());
            assertNull(Interop.LIB.gs_pack_param_name(new SizeT(14)));

            List<Pack.Moment> ms = p.moments();
            assertEquals(26, ms.size());
            Pack.Moment m8 = ms.get(8);
            assertEquals("jgz-8w", m8.id());
            assertEquals(8, m8.index());
            assertEquals("Consult 8 weken (dubbel contactmoment)", m8.label(Lang.NL));
            assertEquals("8-week consult (double contact moment)", m8.label(Lang.EN));
            assertEquals(m8.label(Lang.NL), m8.label(Lang.NONE));
            assertEquals(Phase.CHILD_0_4, m8.phase());
            assertEquals(Setting.WELL_BABY_CLINIC, m8.setting());
            assertEquals(Anchor.BIRTH, m8.anchor());
            assertNull(m8.trigger());
            assertEquals(List.of(49, 56, 70, 84),
                    List.of(m8.open(), m8.due(), m8.overdue(), m8.close()));
            assertEquals(List.of("dmop-extended", "giz"), m8.instruments());
            assertNull(m8.condition());
            assertEquals("37", m8.bds());
            Pack.Moment prenatal = p.moment("jgz-prenatal-visit").orElseThrow();
            assertEquals(CareNeed.ADDITIONAL_CARE, prenatal.condition());
            assertEquals(Anchor.CONCEPTION, prenatal.anchor());
            assertNull(prenatal.bds());
            assertTrue(p.moment("jgz-4-7d").orElseThrow().instruments().isEmpty());
            assertFalse(p.moment("no-such-moment").isPresent());
            assertSame(m8, p.moment("jgz-8w").orElseThrow());
            Pack.Moment problem = p.moment("jgz-indicated-problem").orElseThrow();
            assertEquals(Anchor.INDICATION, problem.anchor());
            assertEquals(Trigger.CONSULT_PROBLEM, problem.trigger());
            assertEquals(List.of(1, 14, 21, 42),
                    List.of(problem.open(), problem.due(), problem.overdue(), problem.close()));
            Pack.Moment attention = p.moment("jgz-indicated-attention").orElseThrow();
            assertEquals(Anchor.INDICATION, attention.anchor());
            assertEquals(Trigger.CONSULT_ATTENTION, attention.trigger());
            assertEquals(0, Interop.LIB.gs_pack_moment_trigger(p.ptr(), new SizeT(ms.size())));

            assertEquals(3, p.decisions().size());
            Decision careNeed = p.decision("care-need");
            assertSame(careNeed, p.decisions().get(0));
            assertEquals("care-need", careNeed.id());
            assertSame(p, careNeed.pack());
            assertEquals(HitPolicy.PRIORITY, careNeed.hitPolicy());
            assertEquals(Aggregation.NONE, careNeed.aggregation());
            assertEquals(17, careNeed.rules().size());
            assertEquals(Status.ENOTFOUND, assertThrows(GoedestartException.class,
                    () -> p.decision("nothing")).getStatus());
            for (Decision d : p.decisions()) {
                for (Decision.Rule r : d.rules()) {
                    assertEquals(d.inputs().size(), r.inputTests().size());
                    assertEquals(d.outputs().size(), r.outputCells().size());
                    assertFalse(r.id().isEmpty());
                    assertTrue(r.text(Lang.NL) != null && r.text(Lang.EN) != null, r.id());
                }
            }
            assertTrue(p.toString().contains("gs-default"));
        }
    }

    @Test
    void regionalPackFromFileAndFromMemory() {
        Path dir = TestSupport.testData().resolve("pack");
        try (Pack file = Pack.load(dir.resolve("regional.xml"));
                Pack mem = Pack.load(TestSupport.read(dir.resolve("regional.xml")),
                        TestSupport.read(dir.resolve("dmn/regional.dmn")), "regional.xml")) {
            for (Pack p : List.of(file, mem)) {
                assertEquals("regio-test", p.id());
                assertEquals("0.3", p.version());
                assertEquals("Regional test pack", p.title(Lang.EN));
                assertEquals("Regional test pack", p.title(Lang.NL));
                assertEquals("dmn/regional.dmn", p.decisionsFile());
                assertEquals(120, p.param("valid.dmop"));
                assertEquals(3, p.param("route.max"));
                assertEquals(365, p.param("valid.giz"));
                assertEquals(2, p.moments().size());
                Pack.Moment b = p.moments().get(0);
                assertEquals("visit-b", b.id());
                assertEquals(List.of("dmop", "giz"), b.instruments());
                assertEquals("Huisbezoek", b.label(Lang.EN));
                Pack.Moment a = p.moment("visit-a").orElseThrow();
                assertEquals("Voorlichting", a.label(Lang.NL));
                assertEquals("Information", a.label(Lang.EN));
                assertEquals(CareNeed.URGENT_SUPPORT, a.condition());
                assertEquals("22", a.bds());
                assertEquals(-30, a.open());
                assertEquals(4, p.decisions().size());
                Decision points = p.decision("risk-points");
                assertEquals(HitPolicy.COLLECT, points.hitPolicy());
                assertEquals(Aggregation.SUM, points.aggregation());
                assertEquals("Risk points", points.name());
                assertEquals(List.of("giz_max", "help_requested"),
                        List.of(points.inputs().get(0).name(), points.inputs().get(1).name()));
                assertEquals(ValueType.BOOL, points.inputs().get(1).type());
                assertEquals("", points.inputs().get(0).values());
                assertEquals("points", points.outputs().get(0).name());
                assertEquals(ValueType.NUMBER, points.outputs().get(0).type());
                Decision.Rule giz = points.rules().get(0);
                assertEquals("P-GIZ", giz.id());
                assertEquals(List.of(">= 3", "-"), giz.inputTests());
                assertEquals(List.of("2"), giz.outputCells());
                assertNull(giz.text(Lang.NL));
            }
        }
    }

    @Test
    void badPacksGiveTheFileAndPosition() {
        Path dir = TestSupport.testData().resolve("pack");
        GoedestartException io = assertThrows(GoedestartException.class,
                () -> Pack.load(dir.resolve("missing-dmn.xml")));
        assertEquals(Status.EIO, io.getStatus());
        assertTrue(io.getFile().endsWith("pack/does-not-exist.dmn"), io.getFile());

        GoedestartException fact = assertThrows(GoedestartException.class,
                () -> Pack.load(dir.resolve("unknown-fact.xml")));
        assertEquals(Status.EPARSE, fact.getStatus());
        assertTrue(fact.getFile().endsWith("pack/unknown-fact.dmn"), fact.getFile());
        assertTrue(fact.getDetail().contains("input 'income' is not a known fact"),
                fact.getDetail());
        assertEquals(6, fact.getLine());
        assertEquals(7, fact.getColumn());

        GoedestartException table = assertThrows(GoedestartException.class,
                () -> Pack.load(dir.resolve("missing-table.xml")));
        assertEquals(dir.resolve("missing-table.xml").toString(), table.getFile());
        assertEquals(9, table.getLine());
        assertEquals(3, table.getColumn());
        assertFalse(Files.exists(dir.resolve("no-such-pack.xml")));
        assertEquals(Status.EIO, assertThrows(GoedestartException.class,
                () -> Pack.load(dir.resolve("no-such-pack.xml"))).getStatus());
        assertEquals(Status.EPARSE, assertThrows(GoedestartException.class,
                () -> Pack.load("<pack", "<definitions/>", "x.xml")).getStatus());
    }

    @Test
    void closedPackRefusesUse() {
        Pack p = Pack.loadDefault();
        Decision d = p.decision("start-level");
        p.close();
        p.close();
        assertTrue(p.isClosed());
        assertEquals("gs-default", p.id()); // read at load time
        assertThrows(IllegalStateException.class, () -> p.param("route.max"));
        assertThrows(IllegalStateException.class, d::evaluator);
    }
}
