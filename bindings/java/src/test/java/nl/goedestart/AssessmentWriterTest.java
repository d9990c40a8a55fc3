/*
 * libgoedestart Java binding - tests of the assessment writer.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class AssessmentWriterTest {

    @Test
    void singleAndMany() throws IOException {
        try (Pack pack = Pack.loadDefault(); Catalog catalog = Catalog.loadDefault();
                Family f1 = Families.varied(11); Family f2 = Families.varied(12);
                Assessment a1 = Assessment.of(f1, d("2026-01-15"), pack, catalog);
                Assessment a2 = Assessment.of(f2, d("2026-01-15"), pack, catalog)) {
            try (AssessmentWriter single = AssessmentWriter.create(true, Lang.NONE)) {
                single.add(a1);
                assertEquals(Status.ESTATE, assertThrows(GoedestartException.class,
                        () -> single.add(a2)).getStatus());
                String doc = single.end().pending();
                assertEquals(a1.toXml(Lang.NONE), doc);
                assertEquals(Status.ESTATE, assertThrows(GoedestartException.class,
                        single::end).getStatus());
            }
            try (AssessmentWriter empty = AssessmentWriter.create(true, Lang.NONE)) {
                assertEquals(Status.ESTATE, assertThrows(GoedestartException.class,
                        empty::end).getStatus());
            }
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            String whole;
            try (AssessmentWriter many = AssessmentWriter.create(false, Lang.NL);
                    AssessmentWriter drained = AssessmentWriter.create(false, Lang.NL)) {
                whole = many.add(a1).add(a2).end().pending();
                assertTrue(whole.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<assessments xmlns=\"urn:goedestart:assessment:1\">\n"), whole);
                assertTrue(whole.endsWith("</assessments>\n"));
                drained.drainTo(streamed);
                drained.add(a1).drainTo(streamed);
                assertEquals(0, drained.pendingBytes().length);
                drained.add(a2).drainTo(streamed);
                drained.end().drainTo(streamed);
                assertEquals("", drained.clear().pending());
                assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), many.pendingBytes());
            }
            assertEquals(whole, streamed.toString(StandardCharsets.UTF_8.name()));
        }
    }
}
