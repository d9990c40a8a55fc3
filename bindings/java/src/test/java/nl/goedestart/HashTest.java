/*
 * libgoedestart Java binding - tests of the content hashes (traceable proposals).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class HashTest {

    private static String sha256(Path... files) throws IOException, NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (Path f : files) {
            md.update(Files.readAllBytes(f));
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : md.digest()) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }

    private static Path data() {
        return TestSupport.testData().resolve("../../data").normalize();
    }

    @Test
    void packHashIsPackBytesThenDecisionsBytes() throws Exception {
        Path packs = data().resolve("packs");
        String want = sha256(packs.resolve("gs-default.xml"), packs.resolve("gs-default.dmn"));
        try (Pack def = Pack.loadDefault(); Pack file = Pack.load(packs.resolve("gs-default.xml"))) {
            assertEquals(want, def.sha256());
            assertEquals(want, file.sha256());
        }
    }

    @Test
    void catalogHashIsTheDocumentBytes() throws Exception {
        Path f = data().resolve("catalogs/veenkolonien.xml");
        String text = TestSupport.read(f);
        try (Catalog def = Catalog.loadDefault();
                Catalog edited = Catalog.load(text.replace("</catalog>", "<!-- x --></catalog>"),
                        "edited.xml")) {
            assertEquals(sha256(f), def.sha256());
            assertEquals(def.id(), edited.id());
            assertEquals(def.version(), edited.version());
            assertNotEquals(def.sha256(), edited.sha256());
        }
    }

    @Test
    void assessmentCarriesBothHashes() {
        try (Pack p = Pack.loadDefault(); Catalog c = Catalog.loadDefault();
                Family f = Families.formatsExample();
                Assessment a = Assessment.of(f, d("2026-01-20"), p, c)) {
            String xml = a.toXml(Lang.NONE);
            assertTrue(xml.contains(" pack-sha256=\"" + p.sha256() + "\""), xml);
            assertTrue(xml.contains(" catalog-sha256=\"" + c.sha256() + "\""), xml);
        }
    }
}
