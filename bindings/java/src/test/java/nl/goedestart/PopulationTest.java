/*
 * libgoedestart Java binding - tests of the synthetic population generator.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class PopulationTest {

    @Test
    void firstFamilyOfSeedOneIsTheCGolden() {
        String golden = TestSupport.read(TestSupport.testData().resolve("generate/seed1-first.xml"));
        try (Population p = Population.create(1, 1, d("2026-01-20"))) {
            try (Family f = p.nextFamily()) {
                assertEquals("F-000001", f.id());
                assertEquals(golden, Dossier.write(List.of(f), false));
            }
            assertNull(p.nextFamily());
            assertFalse(p.hasNext());
            assertThrows(NoSuchElementException.class, p::next);
        }
        // the library's default seed is 1
        try (Population p = Population.create(1, d("2026-01-20")); Family f = p.next()) {
            assertEquals(golden, Dossier.write(List.of(f), false));
        }
    }

    @Test
    void sameOptionsSameFamiliesAndFile(@TempDir Path dir) {
        List<Family> a = Population.generate(2026, 50, d("2026-01-20"));
        List<Family> b = new ArrayList<>();
        try (Population p = Population.create(2026, 50, d("2026-01-20"))) {
            p.forEachRemaining(b::add);
        }
        try {
            assertEquals(50, a.size());
            assertEquals(50, b.size());
            for (int i = 0; i < a.size(); i++) {
                assertTrue(a.get(i).contentEquals(b.get(i)));
                assertEquals(String.format("F-%06d", i + 1), a.get(i).id());
            }
            Path file = dir.resolve("population.xml");
            Population.writeFile(file, 2026, 50, d("2026-01-20"));
            assertEquals(Dossier.write(a, false), TestSupport.read(file));
        } finally {
            a.forEach(Family::close);
            b.forEach(Family::close);
        }
    }

    @Test
    void badOptions(@TempDir Path dir) {
        assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                () -> Population.create(1, 10, d("1920-01-01"))).getStatus());
        assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                () -> Population.writeFile(dir.resolve("x.xml"), 1, 0, d("2026-01-20")))
                .getStatus());
        assertEquals(Status.EIO, assertThrows(GoedestartException.class,
                () -> Population.writeFile(dir.resolve("no/such/x.xml"), 1, 1, d("2026-01-20")))
                .getStatus());
        Population unused = Population.create(1, 3, d("2026-01-20"));
        assertTrue(unused.hasNext());
        unused.close();
        unused.close();
    }
}
