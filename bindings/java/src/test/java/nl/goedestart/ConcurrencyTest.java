/*
 * libgoedestart Java binding - one pack and catalogue shared by many threads.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Thread safety as documented: 8 threads share one pack and one catalogue,
 * each generating (with its own generator and seed) and assessing its own
 * 10,000 families; the results equal those of a single-threaded run,
 * family by family (a SHA-256 of each assessment's XML with Dutch texts).
 */
@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class ConcurrencyTest {
    static final int THREADS = 8;
    static final int PER_THREAD = 10_000;
    static final LocalDate AS_OF = d("2026-01-15");

    /**
     * Generates the population of one seed and assesses each family into
     * one reused assessment; one digest per family.
     */
    static byte[][] run(long seed, int count, Pack pack, Catalog catalog) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        byte[][] out = new byte[count][];
        try (Population population = Population.create(seed, count, AS_OF);
                Assessment a = Assessment.create()) {
            for (int i = 0; i < count; i++) {
                try (Family f = population.next()) {
                    a.assess(f, AS_OF, pack, catalog);
                    out[i] = sha.digest(a.toXml(Lang.NL).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    @Test
    void eightThreadsShareOnePackAndCatalogue() throws Exception {
        try (Pack pack = Pack.loadDefault(); Catalog catalog = Catalog.loadDefault()) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[][]>> parts = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = 100 + t;
                parts.add(pool.submit(() -> {
                    start.await();
                    return run(seed, PER_THREAD, pack, catalog);
                }));
            }
            start.countDown();
            List<byte[][]> concurrent = new ArrayList<>();
            for (Future<byte[][]> p : parts) {
                concurrent.add(p.get());
            }
            pool.shutdown();

            int distinct = 0;
            for (int t = 0; t < THREADS; t++) {
                byte[][] single = run(100 + t, PER_THREAD, pack, catalog);
                for (int i = 0; i < PER_THREAD; i++) {
                    assertArrayEquals(single[i], concurrent.get(t)[i],
                            "family " + i + " of seed " + (100 + t));
                    if (i > 0 && !java.util.Arrays.equals(single[i], single[i - 1])) {
                        distinct++;
                    }
                }
            }
            // the families really differ (ids alone make every XML distinct)
            assertEquals(THREADS * (PER_THREAD - 1), distinct);
        }
    }
}
