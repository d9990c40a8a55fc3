/*
 * libgoedestart Java binding - tests of the family builder and accessors.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class FamilyTest {

    @Test
    void builtFamilyEqualsTheLoadedOne() {
        try (Family built = Families.formatsExample();
                Dossier dossier = Dossier.load(TestSupport.vectors()
                        .resolve("01-formats-example.xml"))) {
            Family loaded = dossier.family(0);
            assertTrue(built.isFinished());
            assertTrue(built.contentEquals(loaded));
            assertTrue(loaded.contentEquals(built));
            assertEquals(Dossier.write(List.of(loaded), false), Dossier.write(List.of(built), false));
        }
    }

    @Test
    void accessorsGiveBackWhatWasBuilt() {
        try (Family f = Families.formatsExample()) {
            assertEquals("F-0001", f.id());
            assertEquals("GM0114", f.municipality());
            assertEquals(d("2023-06-20"), f.enrolled());
            assertEquals(ChildWish.UNKNOWN, f.childWish());
            assertEquals(List.of(new Family.Caregiver("P1", Role.BIRTH_PARENT, 1997),
                    new Family.Caregiver("P2", Role.PARTNER, null)), f.caregivers());
            List<Family.Pregnancy> ps = f.pregnancies();
            assertEquals(2, ps.size());
            Family.Pregnancy z0 = ps.get(0);
            assertEquals("Z0", z0.id());
            assertEquals("P1", z0.caregiver());
            assertEquals(d("2023-06-15"), z0.due());
            assertEquals(d("2023-06-11"), z0.ended());
            assertEquals(PregnancyOutcome.BIRTH, z0.outcome());
            assertEquals("C1", z0.child());
            assertNull(ps.get(1).ended());
            assertEquals(PregnancyOutcome.NONE, ps.get(1).outcome());
            assertNull(ps.get(1).child());
            assertEquals(List.of(new Family.Child("C1", d("2023-06-11"), "Z0", 276, 3420)), f.children());

            // contacts come back by date (K1 was added after K2)
            List<Family.Contact> cs = f.contacts();
            assertEquals("K1", cs.get(0).id());
            assertEquals(d("2025-11-17"), cs.get(0).date());
            assertEquals("vk-screening", cs.get(0).moment());
            assertEquals(Setting.MIDWIFE_PRACTICE, cs.get(0).setting());
            assertEquals(Signaller.MIDWIFE, cs.get(0).by());
            assertEquals("Z1", cs.get(0).subject());
            List<Family.Finding> k1 = cs.get(0).findings();
            assertEquals(3, k1.size());
            assertEquals(FindingKind.SCREENING, k1.get(0).kind());
            assertEquals(Topic.FINANCES_DEBT, k1.get(0).item());
            assertEquals(Concern.SOME, k1.get(0).valueCode());
            assertEquals(FindingKind.HELP_REQUESTED, k1.get(2).kind());
            assertEquals(1, k1.get(2).value());
            assertNull(k1.get(2).item());

            List<Family.Finding> k2 = cs.get(1).findings();
            // findings in kind order: dmop, dmop-overall, consult, giz, zrm, positive-health, signals
            assertEquals(FindingKind.DMOP, k2.get(0).kind());
            assertEquals(DmopDomain.SOCIAL_NETWORK, k2.get(0).item());
            assertEquals(DmopRating.FAIR, k2.get(0).valueCode());
            assertEquals(DmopRating.FAIR, k2.get(1).valueCode());
            assertEquals(ConsultStatus.ATTENTION, k2.get(2).valueCode());
            assertEquals(GizArea.NETWORK, k2.get(3).item());
            assertEquals(2, k2.get(3).value());
            Family.Finding zrm = k2.get(4);
            assertEquals(FindingKind.ZRM, zrm.kind());
            assertEquals("P1", zrm.caregiver());
            assertEquals(ZrmDomain.FINANCES, zrm.item());
            assertEquals(PhDimension.MEANINGFULNESS, k2.get(5).item());
            assertEquals(6, k2.get(5).value());
            Family.Finding s2 = k2.get(7);
            assertEquals("S2", s2.signalId());
            assertEquals(SignalKind.PROTECTIVE, s2.signalKind());
            assertEquals(Topic.SOCIAL_SUPPORT, s2.item());
            assertEquals(d("2026-02-01"), s2.resolved());
            assertNull(k2.get(6).resolved());
            assertEquals(ZrmDomain.FINANCES.code(), zrm.itemCode());

            Family.Conclusion c = f.conclusions().get(0);
            assertEquals(d("2025-12-01"), c.date());
            assertEquals(CareNeed.ADDITIONAL_CARE, c.careNeed());
            assertEquals(CareNeed.ADDITIONAL_CARE, c.proposed());
            assertNull(c.reason());

            List<Family.Goal> goals = f.goals();
            assertEquals(2, goals.size());
            Family.Goal g1 = goals.stream().filter(g -> g.id().equals("G1")).findFirst()
                    .orElseThrow();
            assertEquals(Topic.FINANCES_DEBT, g1.topic());
            assertEquals(GoalStatus.OPEN, g1.status());
            assertEquals(d("2026-06-01"), g1.target());
            assertNull(g1.closed());
            Family.Action a1 = g1.actions().get(0);
            assertEquals("A1", a1.id());
            assertEquals(Level.VOLUNTEERS, a1.level());
            assertEquals("sterk-uit-armoede", a1.offer());
            assertEquals(d("2025-12-08"), a1.start());
            assertNull(a1.end());
            assertTrue(a1.warmHandover());
            assertEquals(Signaller.JGZ_NURSE, a1.responsible());
            assertEquals(List.of(new Family.Review(d("2026-01-19"), ReviewOutcome.PARTIAL)),
                    a1.reviews());
            Family.Goal g0 = goals.stream().filter(g -> g.id().equals("G0")).findFirst()
                    .orElseThrow();
            assertEquals(GoalStatus.ACHIEVED, g0.status());
            assertEquals(d("2024-09-01"), g0.closed());
            assertFalse(g0.actions().get(0).warmHandover());
            assertNull(g0.actions().get(0).offer());
            assertTrue(f.toString().contains("F-0001"));
        }
    }

    @Test
    void copyAndToBuilder() {
        Family f = Families.formatsExample();
        try (Family copy = f.copy()) {
            assertTrue(copy.contentEquals(f));
            f.close();
            assertEquals("F-0001", copy.id());
            try (Family more = copy.toBuilder().caregiver("P3", Role.OTHER_CAREGIVER).build()) {
                assertEquals(3, more.caregivers().size());
                assertEquals(2, copy.caregivers().size());
                assertFalse(more.contentEquals(copy));
            }
        }
    }

    @Test
    void eachAddIsCheckedAtOnceAndChangesNothing() {
        try (Family.Builder b = Family.builder("F-1", "GM0114", d("2025-01-01"))) {
            b.caregiver("P1", Role.BIRTH_PARENT);
            GoedestartException dup = assertThrows(GoedestartException.class,
                    () -> b.caregiver("P1", Role.PARTNER));
            assertEquals(Status.EINVAL, dup.getStatus());
            assertTrue(dup.getDetail().contains("P1"), dup.getDetail());
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> b.finding("K9", FindingKind.DMOP, 1, 1)).getStatus());
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> b.child("C1", d("1899-01-01"))).getStatus());
            b.contact("K1", d("2025-02-01"), "ad-hoc", Setting.HOME, Signaller.JGZ_NURSE);
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> b.giz("K1", GizArea.NETWORK, 6)).getStatus());
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> b.positiveHealth("K1", PhDimension.MEANINGFULNESS, 11)).getStatus());
            try (Family f = b.build()) {
                assertEquals(1, f.caregivers().size());
                assertEquals(0, f.contacts().get(0).findings().size());
            }
            assertTrue(b.isClosed());
            assertThrows(IllegalStateException.class, () -> b.caregiver("P2", Role.PARTNER));
        }
        assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                () -> Family.builder("F-1", "Emmen", d("2025-01-01"))).getStatus());
    }

    @Test
    void finishChecksReferencesAndLeavesTheBuilderUsable() {
        try (Family.Builder b = Family.builder("F-0001", "GM0114", d("2025-01-01"))) {
            b.caregiver("P1", Role.BIRTH_PARENT)
                    .contact("K7", d("2025-02-01"), "ad-hoc", Setting.HOME, Signaller.JGZ_NURSE, "C9");
            GoedestartException e = assertThrows(GoedestartException.class, b::build);
            assertEquals(Status.EPARSE, e.getStatus());
            assertTrue(e.getDetail().contains("K7") && e.getDetail().contains("C9"), e.getDetail());
            assertFalse(b.isClosed());
            try (Family f = b.child("C9", d("2024-05-05")).build()) {
                assertEquals("C9", f.contacts().get(0).subject());
            }
        }
    }

    @Test
    void closingTwiceIsHarmlessAndUseAfterCloseThrows() {
        Family f = Families.formatsExample();
        f.close();
        f.close();
        assertTrue(f.isClosed());
        assertThrows(IllegalStateException.class, f::id);
        assertEquals("Family[closed]", f.toString());
    }

    /**
     * Objects never closed are freed by the cleaner, borrowers before what
     * they borrow (under ASan a wrong order or a double free fails here).
     */
    @Test
    void abandonedObjectsAreCleanedUp() throws InterruptedException {
        for (int round = 0; round < 5; round++) {
            Pack pack = Pack.loadDefault();
            for (int n = 0; n < 2000; n++) {
                Family f = Families.varied(n);
                if (n % 10 == 0) {
                    Assessment.of(f, d("2026-01-15"), pack, null);
                }
            }
            System.gc();
            Thread.sleep(20);
        }
        try (Family f = Families.varied(1)) {
            assertEquals("F-1", f.id());
        }
    }

    @Test
    void variedFamiliesAreValid() {
        for (int n = 0; n < 500; n++) {
            try (Family f = Families.varied(n)) {
                assertEquals("F-" + n, f.id());
            }
        }
    }
}
