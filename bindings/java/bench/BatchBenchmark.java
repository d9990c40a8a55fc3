/*
 * libgoedestart Java binding - benchmark: batch-assess a generated
 * population from Java, beside the C batch on the same data.
 *
 *   java -Dgoedestart.library=LIB -cp ... BatchBenchmark --timer SUMMARY_TIMER
 *        [--families N] [--file-families M]
 *
 * The C side is summary-timer (bindings/python/bench/summary-timer.c):
 * gs_summary_from_families over the same generated population (seed 1, as
 * of 2026-01-01, default pack, Veenkolonien catalogue), best of 3, and
 * gs_summary_from_file streaming a dossier file. The Java side makes the
 * same calls through the binding (Summary.of, Summary.fromFile) and, for
 * comparison, a per-family loop from Java (Assessment.assess into one
 * reused assessment, reading the proposed care need of each family).
 * Checksums prove both sides saw the same data. Target: Summary within
 * 1.5x of C. Environment: GS_BENCH_FAMILIES (default 1,000,000),
 * GS_BENCH_FILE_FAMILIES (default 250,000; 0 skips the file). Run by
 * `meson test --benchmark`; it fails only when the two sides disagree.
 * SPDX-License-Identifier: EUPL-1.2
 */
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.goedestart.Assessment;
import nl.goedestart.Catalog;
import nl.goedestart.Family;
import nl.goedestart.Goedestart;
import nl.goedestart.Pack;
import nl.goedestart.Population;
import nl.goedestart.Summary;
import nl.goedestart.SummaryColumn;

public final class BatchBenchmark {
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    static final long SEED = 1;
    static final int REPEAT = 3;

    private BatchBenchmark() {
    }

    /** outcome * 7 + needs * 3 + max_level + overdue over all rows, as summary-timer. */
    static long checksum(Summary s) {
        int[] o = s.column(SummaryColumn.OUTCOME);
        int[] n = s.column(SummaryColumn.NEEDS);
        int[] l = s.column(SummaryColumn.MAX_LEVEL);
        int[] d = s.column(SummaryColumn.OVERDUE);
        long sum = 0;
        for (int i = 0; i < o.length; i++) {
            sum += o[i] * 7L + n[i] * 3L + l[i] + d[i];
        }
        return sum;
    }

    /** Runs the C timer; its lines are "KIND SECONDS ROWS CHECKSUM". */
    static Map<String, double[]> cTimer(String timer, long families, Path dossier)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(timer, Long.toString(families),
                Long.toString(SEED), AS_OF.toString(), Integer.toString(REPEAT)));
        if (dossier != null) {
            cmd.add(dossier.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, double[]> out = new HashMap<>();
        try (InputStream in = p.getInputStream();
                BufferedReader r = new BufferedReader(new InputStreamReader(in,
                        StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.trim().split("\\s+");
                out.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3])});
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("summary-timer failed");
        }
        return out;
    }

    static boolean report(String label, long n, double[] c, double java, long rows, long sum) {
        boolean same = (long) c[1] == rows && (long) c[2] == sum;
        System.out.printf(Locale.ROOT, "%-28s%,10d families   C %8.3f s (%,10.0f/s)   "
                + "Java %8.3f s (%,10.0f/s)   ratio %5.2fx%s%n", label, n, c[0], n / c[0], java,
                n / java, java / c[0], same ? "" : "   RESULTS DIFFER");
        return same;
    }

    public static void main(String[] args) throws Exception {
        String timer = null;
        long families = Long.parseLong(System.getenv().getOrDefault("GS_BENCH_FAMILIES",
                "1000000"));
        long fileFamilies = Long.parseLong(System.getenv().getOrDefault(
                "GS_BENCH_FILE_FAMILIES", "250000"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--timer":
                    timer = args[++i];
                    break;
                case "--families":
                    families = Long.parseLong(args[++i]);
                    break;
                case "--file-families":
                    fileFamilies = Long.parseLong(args[++i]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (timer == null) {
            throw new IllegalArgumentException("--timer SUMMARY_TIMER is required");
        }
        System.out.printf("libgoedestart %s, Java %s; generated population, seed %d, as of %s; "
                + "default pack, Veenkolonien catalogue; best of %d in memory, of 2 from a file%n",
                Goedestart.version(), System.getProperty("java.version"), SEED, AS_OF, REPEAT);
        boolean ok = true;
        try (Pack pack = Pack.loadDefault(); Catalog catalog = Catalog.loadDefault()) {
            // 1. A dossier file, streamed (first, while the C heap is fresh).
            if (fileFamilies > 0) {
                Path dir = Files.createTempDirectory("gs-bench-java");
                Path file = dir.resolve("population.xml");
                try {
                    Population.writeFile(file, SEED, fileFamilies, AS_OF);
                    double[] c = null;
                    double java = Double.MAX_VALUE;
                    long rows = 0;
                    long sum = 0;
                    for (int r = 0; r < 2; r++) {
                        double[] cr = cTimer(timer, 1, file).get("file");
                        c = c == null || cr[0] < c[0] ? cr : c;
                        long t0 = System.nanoTime();
                        try (Summary s = Summary.fromFile(file, AS_OF, pack, catalog)) {
                            java = Math.min(java, (System.nanoTime() - t0) / 1e9);
                            rows = s.rows();
                            sum = checksum(s);
                        }
                    }
                    ok &= report("Summary.fromFile(path)", fileFamilies, c, java, rows, sum);
                    System.out.printf(Locale.ROOT, "  (dossier file of %,d MB, streamed)%n",
                            Files.size(file) / 1000000);
                } finally {
                    try (Stream<Path> s = Files.walk(dir)) {
                        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }

            // 2. The population in memory.
            double[] c = cTimer(timer, families, null).get("memory");
            long t0 = System.nanoTime();
            List<Family> population = new ArrayList<>((int) families);
            try (Population p = Population.create(SEED, families, AS_OF)) {
                for (Family f = p.nextFamily(); f != null; f = p.nextFamily()) {
                    population.add(f);
                }
            }
            double gen = (System.nanoTime() - t0) / 1e9;
            double best = Double.MAX_VALUE;
            long rows = 0;
            long sum = 0;
            for (int r = 0; r < REPEAT; r++) {
                System.gc();
                t0 = System.nanoTime();
                try (Summary s = Summary.of(population, AS_OF, pack, catalog)) {
                    best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                    rows = s.rows();
                    sum = checksum(s);
                }
            }
            ok &= report("Summary.of(list)", population.size(), c, best, rows, sum);

            // 3. For comparison: a loop in Java, one JNA round trip per family.
            t0 = System.nanoTime();
            long outcomes = 0;
            try (Assessment a = Assessment.create()) {
                for (Family f : population) {
                    outcomes += a.assess(f, AS_OF, pack, catalog).careNeed().code();
                }
            }
            double loop = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%-28s%,10d families   Java %8.3f s (%,10.0f/s)   "
                    + "ratio %5.2fx to the C batch (care-need sum %d)%n",
                    "Assessment.assess loop", population.size(), loop, population.size() / loop,
                    loop / c[0], outcomes);
            System.out.printf(Locale.ROOT, "  (generating the families from Java took %.1f s; "
                    + "not timed above)%n", gen);
            population.forEach(Family::close);
        }
        System.exit(ok ? 0 : 1);
    }
}
