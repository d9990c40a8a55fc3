/*
 * libgoedestart Java binding - tests of the assessment and its views.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class AssessmentTest {
    private static Pack pack;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        pack = Pack.loadDefault();
        catalog = Catalog.load(TestSupport.vectors().resolve("catalog.xml"));
    }

    @AfterAll
    static void free() {
        if (catalog != null) {
            catalog.close();
        }
        if (pack != null) {
            pack.close();
        }
    }

    private static Assessment example(Family f) {
        return Assessment.of(f, d("2026-01-20"), pack, catalog);
    }

    @Test
    void viewsOfTheFormatsExample() {
        try (Family f = Families.formatsExample(); Assessment a = example(f)) {
            assertTrue(a.hasResult());
            assertSame(f, a.family());
            assertSame(pack, a.pack());
            assertSame(catalog, a.catalog());
            assertEquals(d("2026-01-20"), a.asOf());
            assertEquals(f.ptr(), Interop.LIB.gs_assessment_family(a.ptr()));

            Phases phases = a.phases();
            assertTrue(phases.first1000Days());
            assertTrue(phases.inProgramme());
            assertTrue(a.first1000Days());
            assertTrue(a.inProgramme());
            assertEquals(2, phases.entries().size());
            Phases.Entry z1 = phases.entries().get(0);
            assertEquals(Phase.PREGNANCY_BIRTH, z1.phase());
            assertEquals("Z1", z1.subject());
            assertEquals(d("2025-07-14"), z1.from());
            assertEquals(d("2026-06-01"), z1.until());
            assertEquals(Phases.of(f, d("2026-01-20"), pack), phases);

            List<Assessment.ScheduledMoment> schedule = a.schedule();
            assertEquals(8, schedule.size());
            Assessment.ScheduledMoment screening = schedule.get(3);
            assertEquals("vk-screening", screening.momentId());
            assertEquals("Z1", screening.subject());
            assertEquals(Phase.PREGNANCY_BIRTH, screening.phase());
            assertEquals(MomentStatus.DONE, screening.status());
            assertEquals(d("2025-11-17"), screening.done());
            assertEquals(d("2025-09-22"), screening.open());
            assertEquals(d("2025-10-20"), screening.due());
            assertEquals(d("2025-11-03"), screening.overdue());
            assertEquals(d("2025-12-29"), screening.close());
            assertEquals(pack.moment("vk-screening").orElseThrow().label(Lang.NL),
                    screening.label(Lang.NL));
            assertNull(screening.trigger());
            // the consult status attention of K2 triggered an indicated moment
            Assessment.ScheduledMoment indicated = schedule.get(4);
            assertEquals("jgz-indicated-attention", indicated.momentId());
            assertEquals("C1", indicated.subject());
            assertEquals("K2", indicated.trigger());
            assertEquals(d("2025-12-02"), indicated.open());
            assertEquals(d("2025-12-29"), indicated.due());
            assertEquals(MomentStatus.OVERDUE, indicated.status());
            assertNull(schedule.get(5).done());
            assertEquals(MomentStatus.DUE, schedule.get(5).status());

            List<Assessment.Fact> facts = a.facts();
            assertEquals(21, facts.size());
            assertEquals(3, a.fact("need_concern_count").orElseThrow().intValue());
            assertEquals("dmop_not_good", facts.get(0).name());
            Assessment.Fact consult = a.fact("consult_status").orElseThrow();
            assertEquals(ValueType.STRING, consult.type());
            assertEquals("attention", consult.value());
            Assessment.Fact help = a.fact("help_requested").orElseThrow();
            assertEquals(ValueType.BOOL, help.type());
            assertEquals(1, help.intValue());
            assertEquals("true", help.value());
            assertEquals(-1, a.fact("balance").orElseThrow().intValue());
            assertEquals(31, a.fact("youngest_age_months").orElseThrow().intValue());
            assertFalse(a.fact("no_such_fact").isPresent());

            assertEquals(CareNeed.ADDITIONAL_CARE, a.careNeed());
            List<Assessment.Reason> reasons = a.reasons();
            assertEquals(List.of("A-SCREEN-HIGH", "A-ZRM-LOW", "A-BURDEN", "A-HELP", "A-CONCERN",
                    "A-CUMULATIVE"),
                    reasons.stream().map(Assessment.Reason::rule).collect(Collectors.toList()));
            for (Assessment.Reason r : reasons) {
                assertEquals("care-need", r.table());
                assertNotNull(r.text(Lang.NL));
                assertNotNull(r.text(Lang.EN));
                assertNotEquals(r.text(Lang.NL), r.text(Lang.EN));
            }

            List<Assessment.Need> needs = a.needs();
            assertEquals(List.of(Topic.FINANCES_DEBT, Topic.HOUSING, Topic.SMOKING,
                    Topic.SOCIAL_SUPPORT),
                    needs.stream().map(Assessment.Need::topic).collect(Collectors.toList()));
            Assessment.Need debt = needs.get(0);
            assertEquals(2, debt.severity());
            assertEquals(Level.INTENSIVE_PROFESSIONAL, debt.level());
            assertEquals("L-CUMULATIVE-1000", debt.levelRule());
            assertNotNull(debt.levelText(Lang.NL));
            assertFalse(debt.newGoal());
            assertNull(debt.gap());
            Assessment.Route r0 = debt.routes().get(0);
            assertEquals("intensieve-1000-dagen", r0.offerId());
            assertEquals("region", r0.scope());
            assertEquals(Level.INTENSIVE_PROFESSIONAL, r0.level());
            assertFalse(r0.fallback());
            assertNull(r0.check());
            Offer o = catalog.offers().get(r0.offerIndex());
            assertEquals(o.id(), r0.offerId());
            assertEquals(o.name(Lang.NL), r0.name(Lang.NL));
            assertEquals(o.name(Lang.EN), r0.name(Lang.EN));
            assertEquals(o.provider(), r0.provider());
            assertEquals(o.indication(), r0.indication());
            Assessment.Need smoking = needs.get(2);
            assertTrue(smoking.newGoal());
            assertEquals(Level.INTENSIVE_PROFESSIONAL, smoking.gap().from());
            assertEquals(Level.INTENSIVE_PROFESSIONAL, smoking.gap().to());
            assertEquals(1, smoking.routes().size());
            assertEquals("stopcoach", smoking.routes().get(0).offerId());
            assertEquals(Level.LIGHT_PROFESSIONAL, smoking.routes().get(0).level());
            assertTrue(smoking.routes().get(0).fallback());
            assertEquals(5, needs.get(3).routes().size());

            List<Assessment.Advice> advice = a.advice();
            assertEquals(2, advice.size());
            Assessment.Advice plan = advice.get(0);
            assertEquals(AdviceKind.INTEGRATED_PLAN, plan.kind());
            assertEquals(3, plan.concerns());
            assertEquals(3, plan.priorities());
            assertEquals(0, plan.step());
            assertEquals(Safety.NONE, plan.safety());
            assertNotNull(plan.text(Lang.NL));
            assertNotEquals(plan.text(Lang.NL), plan.text(Lang.EN));
            assertEquals(plan.text(Lang.EN), plan.text(Lang.NONE));
            assertTrue(plan.routes().isEmpty());
            Assessment.Advice review = advice.get(1);
            assertEquals(AdviceKind.REVIEW, review.kind());
            assertEquals("G1", review.goal());
            assertEquals("A1", review.action());
            assertEquals(ReviewOutcome.PARTIAL, review.review());
            assertEquals(Move.STAY, review.move());
            assertEquals(Level.VOLUNTEERS, review.level());
            assertEquals("R-PARTIAL", review.rule());
            assertNotNull(review.ruleText(Lang.EN));
            assertEquals(2, review.routes().size());
            assertNull(review.gap());
            assertNull(review.offer());
            assertNull(review.problem());
            assertNull(review.since());
            assertNull(review.date());
            assertNull(review.agreed());
            assertNull(review.proposedNow());
            assertNull(review.text(Lang.NL));
            assertEquals(0, review.concerns());
            assertFalse(review.routes().get(0).fallback());
            assertTrue(a.notes().isEmpty());

            assertEquals(PhDimension.MEANINGFULNESS, a.conversationStart());
            assertTrue(a.toString().contains("F-0001"));
        }
    }

    @Test
    void xmlWithAndWithoutTexts() {
        try (Family f = Families.formatsExample(); Assessment a = example(f)) {
            String none = a.toXml(Lang.NONE);
            String nl = a.toXml(Lang.NL);
            String en = a.toXml(Lang.EN);
            assertTrue(none.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessment "));
            assertTrue(none.contains("<reason rule=\"A-HELP\" table=\"care-need\"/>"), none);
            assertTrue(nl.contains("<reason rule=\"A-HELP\" table=\"care-need\">"));
            assertNotEquals(nl, en);
            assertEquals(none, a.toXml(Lang.NONE));
        }
    }

    @Test
    void withoutACatalogThereAreNoRoutes() {
        try (Family f = Families.formatsExample();
                Assessment a = Assessment.of(f, d("2026-01-20"), pack, null)) {
            assertNull(a.catalog());
            for (Assessment.Need n : a.needs()) {
                assertTrue(n.routes().isEmpty());
                assertNull(n.gap());
            }
            assertEquals(CareNeed.ADDITIONAL_CARE, a.careNeed());
        }
    }

    @Test
    void assessIntoReusesOneAssessment() {
        try (Dossier dossier = Dossier.load(TestSupport.vectors().resolve("08-start-levels.xml"));
                Assessment a = Assessment.create()) {
            assertFalse(a.hasResult());
            assertTrue(a.facts().isEmpty());
            assertNull(a.careNeed());
            assertNull(a.asOf());
            assertNull(a.family());
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> a.toXml(Lang.NONE)).getStatus());
            List<String> xml = new ArrayList<>();
            for (Family f : dossier.families()) {
                a.assess(f, d("2025-08-15"), pack, catalog);
                assertEquals(f.id(), a.family().id());
                xml.add(a.toXml(Lang.NONE));
                try (Assessment fresh = Assessment.of(f, d("2025-08-15"), pack, catalog)) {
                    assertEquals(fresh.toXml(Lang.NONE), xml.get(xml.size() - 1));
                }
            }
            assertEquals(2, xml.size());
            // a failed assessment leaves no result, but the object stays usable
            try (Pack strict = strictPack(); Family f = oneNotGood()) {
                GoedestartException e = assertThrows(GoedestartException.class,
                        () -> a.assess(f, d("2025-04-01"), strict, null));
                assertEquals(Status.EEVAL, e.getStatus());
                assertTrue(e.getDetail().contains("care-need"), e.getDetail());
                assertFalse(a.hasResult());
                assertTrue(a.needs().isEmpty());
                assertThrows(GoedestartException.class,
                        () -> Assessment.of(f, d("2025-04-01"), strict, null));
            }
            a.assess(dossier.family(1), d("2025-08-15"), pack, catalog);
            assertEquals(xml.get(1), a.toXml(Lang.NONE));
        }
    }

    /** The regional test pack whose care-need table has no rule for 1 not-good domain. */
    static Pack strictPack() {
        String packXml = TestSupport.read(TestSupport.testData().resolve("pack/regional.xml"));
        String dmn = TestSupport.read(TestSupport.testData().resolve("pack/dmn/regional.dmn"))
                .replace("<text>&lt; 2</text>", "<text>&lt; 1</text>");
        return Pack.load(packXml, dmn, "regional.xml");
    }

    static Family oneNotGood() {
        return Family.builder("F-X", "GM0114", d("2025-01-01"))
                .caregiver("P1", Role.BIRTH_PARENT)
                .child("C1", d("2025-01-01"))
                .contact("K1", d("2025-03-01"), "ad-hoc", Setting.HOME, Signaller.JGZ_NURSE, "C1")
                .dmop("K1", DmopDomain.PARENT_COMPETENCE, DmopRating.NOT_GOOD)
                .build();
    }

    @Test
    void assessManyVisitsEveryFamilyInOrder() {
        try (Dossier dossier = Dossier.load(TestSupport.vectors().resolve("13-schedule-windows.xml"))) {
            List<Family> families = dossier.families();
            List<String> seen = new ArrayList<>();
            Assessment.assessMany(families, d("2025-07-01"), pack, catalog, (i, a) -> {
                seen.add(i + ":" + a.family().id() + ":" + a.careNeed().token());
                return true;
            });
            assertEquals(List.of("0:F-014:positive-confirmation", "1:F-023:positive-confirmation"),
                    seen);
            // stopping early
            seen.clear();
            Assessment.assessMany(families, d("2025-07-01"), pack, catalog, (i, a) -> {
                seen.add(a.family().id());
                return false;
            });
            assertEquals(List.of("F-014"), seen);
            // only checking
            Assessment.assessMany(families, d("2025-07-01"), pack, catalog, null);
            // an exception in the visitor stops the run and comes back
            Assessment[] kept = new Assessment[1];
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Assessment.assessMany(families, d("2025-07-01"), pack, catalog,
                            (i, a) -> {
                                kept[0] = a;
                                throw new IllegalStateException("stop " + i);
                            }));
            assertEquals("stop 0", e.getMessage());
            // the view was only valid during the call
            assertThrows(IllegalStateException.class, () -> kept[0].careNeed());
            // a bad date is reported by C
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> Assessment.assessMany(families, d("1899-12-31"), pack, catalog, null))
                    .getStatus());
        }
    }

    @Test
    void anAssessmentKeepsWhatItBorrowsAndRefusesClosedOnes() {
        Family f = Families.formatsExample();
        try (Assessment a = example(f)) {
            f.close();
            assertThrows(IllegalStateException.class, a::careNeed);
            assertTrue(a.isClosed());
            assertEquals("Assessment[no result]", a.toString());
        }
        try (Assessment reused = Assessment.create()) {
            Family first = Families.formatsExample();
            reused.assess(first, d("2026-01-20"), pack, catalog);
            first.close();
            assertThrows(IllegalStateException.class, reused::needs);
            try (Family second = Families.varied(5)) {
                // refilling does not need the old family any more
                reused.assess(second, d("2026-01-20"), pack, catalog);
                assertEquals("F-5", reused.family().id());
                Family closed = Families.varied(6);
                closed.close();
                assertThrows(IllegalStateException.class,
                        () -> reused.assess(closed, d("2026-01-20"), pack, catalog));
                assertEquals("F-5", reused.family().id());
            }
        }
        try (Family g = Families.formatsExample()) {
            Assessment b = example(g);
            b.close();
            b.close();
            assertThrows(IllegalStateException.class, () -> b.toXml(Lang.NONE));
        }
    }
}
