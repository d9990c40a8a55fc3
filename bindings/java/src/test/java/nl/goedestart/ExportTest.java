/*
 * libgoedestart Java binding - tests of the mapping and the research export.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class ExportTest {

    @Test
    void exportExtendsTheMappingAndIsStable(@TempDir Path dir) throws Exception {
        List<Family> families = Population.generate(5, 60, d("2026-01-20"));
        try (Pack pack = Pack.loadDefault(); Mapping mapping = Mapping.create()) {
            Exporter.Options o = Exporter.options(d("2026-01-20"));
            assertEquals(ExportFormat.CSV, o.format());
            assertEquals(548, o.horizon());
            String csv = Exporter.export(families, o, mapping, pack);
            assertTrue(csv.startsWith("family,child,municipality,born,phase,care_need"), csv);
            assertTrue(mapping.familyCount() > 0);
            assertTrue(mapping.childCount() >= mapping.familyCount());
            String id = families.get(0).id();
            String pseudonym = mapping.familyPseudonym(id);
            assertTrue(pseudonym == null || pseudonym.matches("[0-9a-f]{32}"));
            assertNull(mapping.familyPseudonym("F-unknown"));
            assertFalse(mapping.familyShift("F-unknown").isPresent());
            assertNull(mapping.childPseudonym("F-unknown", "C1"));

            // the same mapping gives the same output; streaming gives the same bytes
            assertEquals(csv, Exporter.export(families, o, mapping, pack));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Exporter e = Exporter.create(o, mapping, pack)) {
                e.drainTo(out);
                for (Family f : families) {
                    e.add(f).drainTo(out);
                }
                e.end().drainTo(out);
                assertEquals("", e.pending());
                assertEquals(0, e.clear().pendingBytes().length);
                assertTrue(e.rowCount() > 0);
                assertEquals(Status.ESTATE, assertThrows(GoedestartException.class, e::end)
                        .getStatus());
            }
            assertEquals(csv, out.toString(StandardCharsets.UTF_8.name()));

            // the mapping round-trips through XML and a file
            String xml = mapping.toXml();
            assertTrue(xml.contains("urn:goedestart:mapping:1"));
            Path file = dir.resolve("mapping.xml");
            mapping.save(file);
            try (Mapping back = Mapping.load(file); Mapping parsed = Mapping.parse(xml, "m.xml")) {
                assertEquals(xml, back.toXml());
                assertEquals(mapping.familyCount(), parsed.familyCount());
                for (Family f : families) {
                    assertEquals(mapping.familyPseudonym(f.id()), back.familyPseudonym(f.id()));
                    assertEquals(mapping.familyShift(f.id()), back.familyShift(f.id()));
                }
                assertEquals(csv, Exporter.export(families, o, back, pack));
            }
            // a new mapping gives other pseudonyms
            try (Mapping fresh = Mapping.create()) {
                assertNotEquals(csv, Exporter.export(families, o, fresh, pack));
            }
            // XML
            try (Mapping m = Mapping.create()) {
                String x = Exporter.export(families, Exporter.options(d("2026-01-20"))
                        .format(ExportFormat.XML).horizon(365), m, pack);
                assertTrue(x.contains("urn:goedestart:export:1"), x);
                assertTrue(x.contains("horizon=\"365\""), x);
            }
            Path pop = dir.resolve("pop.xml");
            Population.writeFile(pop, 5, 60, d("2026-01-20"));
            try (Exporter e = Exporter.create(o, mapping, pack)) {
                assertEquals(csv, e.addFile(pop).end().pending());
            }
            GoedestartException bad = assertThrows(GoedestartException.class,
                    () -> Mapping.parse("<mapping xmlns=\"urn:goedestart:mapping:1\">\n"
                            + "  <family id=\"F-1\" pseudonym=\"xyz\" shift-days=\"0\"/>\n"
                            + "</mapping>\n", "bad.xml"));
            assertEquals(Status.EPARSE, bad.getStatus());
            assertEquals("bad.xml", bad.getFile());
            assertEquals(2, bad.getLine());
            assertEquals(Status.EIO, assertThrows(GoedestartException.class,
                    () -> Mapping.load(dir.resolve("none.xml"))).getStatus());
        } finally {
            families.forEach(Family::close);
        }
    }
}
