/*
 * libgoedestart Java binding - tests of dossier loading, streaming and saving.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class DossierTest {
    /** A dossier whose second family has a contact about an unknown subject (line 9). */
    static final String BROKEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<dossiers xmlns=\"urn:goedestart:dossier:1\">\n"
            + "  <family id=\"F-1\" municipality=\"GM0114\" enrolled=\"2025-01-01\">\n"
            + "    <caregiver id=\"P1\" role=\"birth-parent\"/>\n"
            + "  </family>\n"
            + "  <family id=\"F-2\" municipality=\"GM0114\" enrolled=\"2025-01-01\">\n"
            + "    <caregiver id=\"P1\" role=\"birth-parent\"/>\n"
            + "    <contact id=\"K7\" date=\"2025-02-01\" moment=\"ad-hoc\" setting=\"home\"\n"
            + "             by=\"jgz-nurse\" subject=\"C9\"/>\n"
            + "  </family>\n"
            + "  <family id=\"F-3\" municipality=\"GM0114\" enrolled=\"2025-01-01\">\n"
            + "    <caregiver id=\"P1\" role=\"birth-parent\"/>\n"
            + "  </family>\n"
            + "</dossiers>\n";

    private static Path vector(String name) {
        return TestSupport.vectors().resolve(name);
    }

    @Test
    void loadWholeFile() {
        try (Dossier dossier = Dossier.load(vector("05-validity-boundaries.xml"))) {
            assertEquals(2, dossier.size());
            assertFalse(dossier.rootIsFamily());
            assertEquals("F-005", dossier.family(0).id());
            assertEquals(1, dossier.find("F-018").getAsInt());
            assertFalse(dossier.find("F-999").isPresent());
            assertThrows(IndexOutOfBoundsException.class, () -> dossier.family(2));
            assertEquals(2, dossier.families().size());
        }
        try (Dossier single = Dossier.load(vector("02-positive-confirmation.xml"))) {
            assertTrue(single.rootIsFamily());
            assertEquals("F-002", single.family(0).id());
        }
    }

    @Test
    void borrowedFamiliesDieWithTheirDossier() {
        Family borrowed;
        try (Dossier dossier = Dossier.load(vector("01-formats-example.xml"))) {
            borrowed = dossier.family(0);
            borrowed.close(); // a view: closing it frees nothing
            assertTrue(borrowed.isClosed());
            Family again = dossier.family(0);
            assertEquals("F-0001", again.id());
            borrowed = again;
        }
        assertTrue(borrowed.isClosed());
        assertThrows(IllegalStateException.class, borrowed::id);
    }

    @Test
    void takeHandsAFamilyOver() {
        Family taken;
        try (Dossier dossier = Dossier.load(vector("05-validity-boundaries.xml"))) {
            taken = dossier.take(0);
            assertThrows(IllegalStateException.class, () -> dossier.family(0));
            assertEquals(1, dossier.families().size());
            assertEquals("F-018", dossier.family(1).id());
            assertEquals(Status.ENOTFOUND, assertThrows(GoedestartException.class,
                    () -> dossier.take(0)).getStatus());
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> dossier.take(5)).getStatus());
        }
        try (Family f = taken) {
            assertEquals("F-005", f.id());
        }
    }

    @Test
    void brokenDossierGivesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.xml");
        Files.write(file, BROKEN.getBytes(StandardCharsets.UTF_8));
        GoedestartException e = assertThrows(GoedestartException.class, () -> Dossier.load(file));
        assertEquals(Status.EPARSE, e.getStatus());
        assertEquals(file.toString(), e.getFile());
        assertEquals(8, e.getLine());
        assertEquals(5, e.getColumn());
        assertTrue(e.getDetail().contains("K7") && e.getDetail().contains("C9")
                && e.getDetail().contains("F-2"), e.getDetail());
        assertEquals(file + ":8:5: " + e.getDetail(), e.getMessage());
        assertEquals(e.getMessage(), Interop.LIB.gs_error_format(Interop.LIB.gs_error_last()));
        assertEquals(Status.EPARSE.code(),
                Interop.LIB.gs_error_code(Interop.LIB.gs_error_last()));

        GoedestartException m = assertThrows(GoedestartException.class,
                () -> Dossier.parse(BROKEN, "upload.xml"));
        assertEquals("upload.xml", m.getFile());
        assertEquals(8, m.getLine());

        GoedestartException io = assertThrows(GoedestartException.class,
                () -> Dossier.load(dir.resolve("missing.xml")));
        assertEquals(Status.EIO, io.getStatus());

        GoedestartException xml = assertThrows(GoedestartException.class,
                () -> Dossier.parse("<dossiers xmlns=\"urn:goedestart:dossier:1\">\n  <family",
                        null));
        assertEquals(Status.EPARSE, xml.getStatus());
        assertEquals("memory", xml.getFile());
        assertTrue(xml.getLine() > 0);
    }

    @Test
    void readerStreamsAndGoesOnAfterABadFamily() {
        List<String> ids = new ArrayList<>();
        List<GoedestartException> errors = new ArrayList<>();
        try (DossierReader r = DossierReader.open(BROKEN.getBytes(StandardCharsets.UTF_8),
                "stream.xml")) {
            assertFalse(r.rootIsFamily());
            while (true) {
                try {
                    if (!r.hasNext()) {
                        break;
                    }
                    try (Family f = r.next()) {
                        ids.add(f.id());
                    }
                } catch (GoedestartException e) {
                    errors.add(e);
                }
            }
            assertNull(r.nextFamily());
            assertThrows(NoSuchElementException.class, r::next);
        }
        assertEquals(List.of("F-1", "F-3"), ids);
        assertEquals(1, errors.size());
        assertEquals("stream.xml", errors.get(0).getFile());
        assertEquals(8, errors.get(0).getLine());
        assertEquals(5, errors.get(0).getColumn());
    }

    @Test
    void readerOnAFile() {
        int n = 0;
        try (DossierReader r = DossierReader.open(vector("02-positive-confirmation.xml"))) {
            assertTrue(r.rootIsFamily());
            for (Family f = r.nextFamily(); f != null; f = r.nextFamily()) {
                assertEquals("F-002", f.id());
                f.close();
                n++;
            }
        }
        assertEquals(1, n);
        assertEquals(Status.EIO, assertThrows(GoedestartException.class,
                () -> DossierReader.open(vector("no-such-file.xml"))).getStatus());
        DossierReader unused = DossierReader.open(vector("05-validity-boundaries.xml"));
        assertTrue(unused.hasNext());
        unused.close();
        unused.close();
    }

    @Test
    void saveIsCanonicalAndRoundTrips(@TempDir Path dir) {
        try (Family built = Families.formatsExample();
                Family other = Families.varied(7)) {
            String single = Dossier.write(List.of(built), true);
            assertTrue(single.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<family xmlns=\"urn:goedestart:dossier:1\" id=\"F-0001\""), single);
            try (Dossier back = Dossier.parse(single, "single.xml")) {
                assertTrue(back.rootIsFamily());
                assertTrue(back.family(0).contentEquals(built));
                assertEquals(single, Dossier.write(back.families(), true));
            }
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> Dossier.write(List.of(built, other), true)).getStatus());

            Path file = dir.resolve("both.xml");
            Dossier.save(file, List.of(built, other), false);
            String text = TestSupport.read(file);
            assertEquals(Dossier.write(List.of(built, other), false), text);
            try (Dossier back = Dossier.load(file)) {
                assertEquals(2, back.size());
                assertTrue(back.family(1).contentEquals(other));
            }
            assertEquals(Status.EIO, assertThrows(GoedestartException.class,
                    () -> Dossier.save(dir.resolve("no/such/dir.xml"), List.of(built), false))
                    .getStatus());
        }
    }

    @Test
    void writerCommitsOnlyWhenAsked(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.xml");
        try (Family a = Families.varied(1); Family b = Families.varied(2)) {
            try (DossierWriter w = DossierWriter.open(target)) {
                w.add(a).add(b);
                // closed without commit: nothing appears
            }
            assertFalse(Files.exists(target));
            try (DossierWriter w = DossierWriter.open(target)) {
                w.add(a).add(b);
                w.commit();
                assertEquals(Status.ESTATE, assertThrows(GoedestartException.class, w::commit)
                        .getStatus());
            }
            assertEquals(Dossier.write(List.of(a, b), false), TestSupport.read(target));
            try (DossierWriter w = DossierWriter.open(dir.resolve("empty.xml"))) {
                assertEquals(Status.EINVAL, assertThrows(GoedestartException.class, w::commit)
                        .getStatus());
            }
        }
        try (Dossier d = Dossier.load(target)) {
            assertEquals(List.of("F-1", "F-2"), List.of(d.family(0).id(), d.family(1).id()));
        }
        assertEquals(Status.EIO, assertThrows(GoedestartException.class,
                () -> DossierWriter.open(dir.resolve("no/such/x.xml"))).getStatus());
        try (Family f = Families.varied(3)) {
            assertEquals(d("2026-01-15").minusDays(30 + 3), f.enrolled());
        }
    }
}
