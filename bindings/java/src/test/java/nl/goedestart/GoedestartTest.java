/*
 * libgoedestart Java binding - tests of the version and the library lookup.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class GoedestartTest {

    @Test
    void versionEqualsTheCLibrary() {
        String expected = System.getProperty("goedestart.version");
        assumeTrue(expected != null, "goedestart.version is not set");
        assertEquals(expected, Goedestart.version());
        String[] p = expected.split("\\.");
        assertEquals(Integer.parseInt(p[0]) * 10000 + Integer.parseInt(p[1]) * 100
                + Integer.parseInt(p[2]), Goedestart.versionNumber());
    }

    @Test
    void libraryComesFromTheProperty() {
        String expected = System.getProperty("goedestart.library");
        assumeTrue(expected != null && !expected.isEmpty(), "goedestart.library is not set");
        assertEquals(expected, Goedestart.libraryLocation());
    }

    @Test
    void pomVersionMatchesTheLibrary() throws IOException {
        String pom = System.getProperty("goedestart.pom");
        assumeTrue(pom != null, "goedestart.pom is not set");
        String text = new String(Files.readAllBytes(Path.of(pom)), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<artifactId>goedestart</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(text);
        assertTrue(m.find(), "no project version in " + pom);
        assertEquals(Goedestart.version(), m.group(1));
    }
}
