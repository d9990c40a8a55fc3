/*
 * libgoedestart Java binding - shared test helpers.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find the library and their data.
 *
 * <p>meson passes every location as a system property. A plain Maven run
 * ({@code mvn -o package} in bindings/java) passes them from pom.xml; when
 * no library is given and none is found at ../../build, the native tests
 * are skipped (see {@link #libraryAvailable()}).
 */
final class TestSupport {
    private static final String REASON;

    static {
        String given = System.getProperty("goedestart.library");
        if (given == null || given.isEmpty()) {
            given = System.getenv("GOEDESTART_LIBRARY");
        }
        String reason = null;
        if (given == null || given.isEmpty()) {
            Path build = Paths.get("..", "..", "build", "lib", "libgoedestart.so").toAbsolutePath()
                    .normalize();
            if (Files.exists(build)) {
                System.setProperty("goedestart.library", build.toString());
            } else {
                try {
                    com.sun.jna.NativeLibrary.getInstance("goedestart");
                } catch (UnsatisfiedLinkError e) {
                    reason = "libgoedestart not found: give -Dgoedestart.library=PATH "
                            + "(or GOEDESTART_LIBRARY), or build it in ../../build";
                }
            }
        }
        REASON = reason;
        if (reason != null) {
            System.err.println("# skipping the native tests: " + reason);
        }
    }

    private TestSupport() {
    }

    /**
     * Condition of every native test class ({@code @EnabledIf}): true when a
     * library was given (then a broken one fails the tests) or found.
     *
     * @return whether the native tests run
     */
    static boolean libraryAvailable() {
        return REASON == null;
    }

    private static Path dir(String property, String fallback) {
        String p = System.getProperty(property);
        return (p == null || p.isEmpty() ? Paths.get(fallback) : Paths.get(p)).toAbsolutePath()
                .normalize();
    }

    /**
     * The conformance vectors (tests/vectors, the project's copy); a
     * test that needs them is skipped (not failed) where they are missing,
     * e.g. in a vendor's build of the binding alone.
     */
    static Path vectors() {
        Path p = dir("goedestart.vectors", "../../tests/vectors");
        Assumptions.assumeTrue(Files.isDirectory(p), "no conformance vectors at " + p);
        return p;
    }

    /** The C tests' fixtures (tests/data); skipped like {@link #vectors()}. */
    static Path testData() {
        Path p = dir("goedestart.testdata", "../../tests/data");
        Assumptions.assumeTrue(Files.isDirectory(p), "no test data at " + p);
        return p;
    }

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /** The vectors and their as-of dates (as-of.txt), in order. */
    /** The vectors of tests/vectors/pending.txt: not met by the engine yet. */
    static java.util.Set<String> pendingVectors() {
        return new java.util.HashSet<>(entries("pending.txt"));
    }

    /** The lines of a list file of the vectors, without comments and blanks. */
    private static List<String> entries(String name) {
        Path p = vectors().resolve(name);
        List<String> out = new java.util.ArrayList<>();
        if (!Files.exists(p)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                String entry = line.replaceAll("#.*", "").trim();
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        return out;
    }

    static Map<String, LocalDate> vectorDates() {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        for (String line : entries("as-of.txt")) {
            String[] parts = line.split("\\s+");
            if (parts.length == 2) {
                out.put(parts[0], LocalDate.parse(parts[1]));
            }
        }
        return out;
    }

    /**
     * The expected files carry library-version="0.0.0" and no content
     * hashes; ours carries the real version and pack-sha256/catalog-sha256.
     */
    static String normalise(String xml) {
        return xml.replaceAll("library-version=\"[^\"]*\"", "library-version=\"0.0.0\"")
                .replaceAll(" (pack|catalog)-sha256=\"[0-9a-f]{64}\"", "");
    }
}
