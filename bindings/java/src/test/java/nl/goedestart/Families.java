/*
 * libgoedestart Java binding - families built in code for the tests.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;

import java.time.LocalDate;

/** Families built with the builder, for the tests. */
final class Families {
    private Families() {
    }

    /**
     * F-0001 of conformance vector 01 (the dossier example of formats.md),
     * built item by item, in an order that differs from the file.
     */
    static Family formatsExample() {
        return Family.builder("F-0001", "GM0114", d("2023-06-20"))
                .childWish(ChildWish.UNKNOWN)
                .caregiver("P1", Role.BIRTH_PARENT)
                .caregiver("P2", Role.PARTNER)
                .pregnancy("Z0", "P1", d("2023-06-15"), d("2023-06-11"), PregnancyOutcome.BIRTH,
                        "C1")
                .pregnancy("Z1", "P1", d("2026-04-20"))
                .child("C1", d("2023-06-11"), "Z0")
                .childBirthWeight("C1", 3420)
                .childGestationalAge("C1", 276)
                .caregiverBirthYear("P1", 1997)
                .contact("K2", d("2025-12-01"), "ad-hoc", Setting.WELL_BABY_CLINIC,
                        Signaller.JGZ_NURSE, "C1")
                .contact("K1", d("2025-11-17"), "vk-screening", Setting.MIDWIFE_PRACTICE,
                        Signaller.MIDWIFE, "Z1")
                .screening("K1", Topic.FINANCES_DEBT, Concern.SOME)
                .screening("K1", Topic.SMOKING, Concern.HIGH)
                .helpRequested("K1", true)
                .dmop("K2", DmopDomain.SOCIAL_NETWORK, DmopRating.FAIR)
                .dmopOverall("K2", DmopRating.FAIR)
                .consult("K2", ConsultStatus.ATTENTION)
                .giz("K2", GizArea.NETWORK, 2)
                .zrm("K2", "P1", ZrmDomain.FINANCES, 2)
                .positiveHealth("K2", PhDimension.MEANINGFULNESS, 6)
                .signal("K2", "S1", Topic.HOUSING, SignalKind.RISK, 2)
                .signal("K2", "S2", Topic.SOCIAL_SUPPORT, SignalKind.PROTECTIVE, 1,
                        d("2026-02-01"))
                .conclusion(d("2025-12-01"), CareNeed.ADDITIONAL_CARE, CareNeed.ADDITIONAL_CARE,
                        null)
                .goal("G1", Topic.FINANCES_DEBT, d("2025-12-01"), d("2026-06-01"))
                .action("G1", "A1", Level.VOLUNTEERS, "sterk-uit-armoede", d("2025-12-08"), null,
                        true, Signaller.JGZ_NURSE)
                .review("A1", d("2026-01-19"), ReviewOutcome.PARTIAL)
                .goal("G0", Topic.PARENTING, d("2024-01-10"), null, GoalStatus.ACHIEVED,
                        d("2024-09-01"))
                .action("G0", "A0", Level.NETWORK, null, d("2024-01-15"), d("2024-08-20"), false,
                        Signaller.JGZ_NURSE)
                .build();
    }

    /**
     * A varied family, reproducible from its number: for the concurrency
     * test and the benchmark without a generator.
     */
    static Family varied(int n) {
        LocalDate asOf = d("2026-01-15");
        String[] municipalities = {"GM0114", "GM0118", "GM0037", "GM1681"};
        LocalDate enrolled = asOf.minusDays(30 + n % 900);
        Family.Builder b = Family.builder("F-" + n, municipalities[n % 4], enrolled)
                .caregiver("P1", Role.BIRTH_PARENT);
        if (n % 3 != 0) {
            b.caregiver("P2", Role.PARTNER);
        }
        LocalDate born = enrolled.minusDays(n % 700);
        b.child("C1", born);
        if (n % 5 == 0) {
            b.pregnancy("Z1", "P1", asOf.plusDays(20 + n % 200));
            b.contact("K0", asOf.minusDays(n % 40), "vk-screening", Setting.MIDWIFE_PRACTICE,
                    Signaller.MIDWIFE, "Z1");
            b.screening("K0", Topic.values()[n % 13], Concern.values()[n % 3]);
        }
        LocalDate seen = asOf.minusDays(1 + n % 120);
        if (seen.isBefore(born)) {
            seen = born;
        }
        b.contact("K1", seen, "ad-hoc", Setting.WELL_BABY_CLINIC, Signaller.JGZ_NURSE, "C1");
        DmopDomain[] domains = DmopDomain.values();
        DmopRating[] ratings = DmopRating.values();
        for (int i = 0; i < domains.length; i++) {
            b.dmop("K1", domains[i], ratings[(n / (i + 1)) % ratings.length]);
        }
        b.giz("K1", GizArea.values()[n % 10], 1 + n % 5);
        b.zrm("K1", "P1", ZrmDomain.values()[n % 13], 1 + (n / 7) % 5);
        b.positiveHealth("K1", PhDimension.values()[n % 6], n % 11);
        if (n % 4 == 1) {
            b.signal("K1", "S1", Topic.values()[(n / 3) % 21], SignalKind.RISK, 1 + n % 3);
        }
        if (n % 6 == 2) {
            b.helpRequested("K1", true);
        }
        if (n % 7 == 3) {
            b.goal("G1", Topic.PARENTING, seen, null)
                    .action("G1", "A1", Level.values()[n % 5], "home-start", seen, null, n % 2 == 0,
                            Signaller.JGZ_NURSE);
        }
        return b.build();
    }
}
