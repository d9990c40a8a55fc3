/*
 * libgoedestart Java binding - tests of the life phases.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class PhasesTest {

    @Test
    void childPhasesAtBirthdays() {
        try (Family f = Family.builder("F-1", "GM0114", d("2020-01-01"))
                .caregiver("P1", Role.BIRTH_PARENT)
                .child("C1", d("2021-09-15"))
                .child("C2", d("2021-09-16"))
                .build(); Pack pack = Pack.loadDefault()) {
            Phases p = Phases.of(f, d("2025-09-15"), null);
            assertEquals(2, p.entries().size());
            Phases.Entry c2 = p.entries().get(0);
            assertEquals(Phase.CHILD_0_4, c2.phase());
            assertEquals("C2", c2.subject());
            assertEquals(d("2021-09-16"), c2.from());
            assertEquals(d("2025-09-16"), c2.until());
            Phases.Entry c1 = p.entries().get(1);
            assertEquals(Phase.CHILD_5_12, c1.phase());
            assertEquals("C1", c1.subject());
            assertEquals(d("2025-09-15"), c1.from());
            assertFalse(p.first1000Days());
            assertTrue(p.inProgramme());
            assertEquals(p, Phases.of(f, d("2025-09-15"), pack));
            try (Assessment a = Assessment.of(f, d("2025-09-15"), pack, null)) {
                assertEquals(p, a.phases());
            }
        }
    }

    @Test
    void familyLevelPhasesAndOutsideTheProgramme() {
        try (Family wish = Family.builder("F-17", "GM0114", d("2026-01-01"))
                .caregiver("P1", Role.BIRTH_PARENT)
                .childWish(ChildWish.NOT_NOW)
                .build()) {
            Phases p = Phases.of(wish, d("2027-03-01"), null);
            assertEquals(1, p.entries().size());
            assertEquals(Phase.ANTICONCEPTION, p.entries().get(0).phase());
            assertEquals("F-17", p.entries().get(0).subject());
            assertNull(p.entries().get(0).from());
            assertNull(p.entries().get(0).until());
        }
        try (Family old = Family.builder("F-16", "GM0114", d("2000-01-01"))
                .caregiver("P1", Role.BIRTH_PARENT)
                .child("C1", d("2000-01-01"))
                .build()) {
            Phases p = Phases.of(old, d("2027-03-01"), null);
            assertTrue(p.entries().isEmpty());
            assertFalse(p.inProgramme());
            assertFalse(p.first1000Days());
            Family closed = old;
            closed.close();
            assertThrows(IllegalStateException.class,
                    () -> Phases.of(closed, d("2027-03-01"), null));
        }
    }
}
