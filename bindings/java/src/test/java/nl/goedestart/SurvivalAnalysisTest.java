/*
 * libgoedestart Java binding - tests of label tables and survival analysis.
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class SurvivalAnalysisTest {
    private static Path rDir() {
        return TestSupport.testData().resolve("../survival-r").normalize();
    }

    /** survival::aml (Miller 1981), as tests/test-survival.c reads it. */
    private static Survival aml() {
        Survival s = Survival.create(Survival.options(d("2026-01-01")).horizon(100000).minGroup(1),
                null, null);
        List<String> lines = List.of(TestSupport.read(rDir().resolve("aml.csv")).split("\r?\n"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            s.addObservation(c[0], Integer.parseInt(c[1]), c[2].equals("1"), 1);
        }
        return s.finish();
    }

    private static void close(double want, Double got, String what) {
        assertTrue(Math.abs(want - got) <= 1e-6 * Math.max(1, Math.abs(want)),
                what + ": " + got + " vs R " + want);
    }

    @Test
    void amlMatchesR() {
        try (Survival s = aml()) {
            List<Survival.Group> groups = s.groups();
            assertEquals(2, groups.size());
            assertEquals("Maintained", groups.get(0).name());
            assertEquals(11, groups.get(0).subjects());
            assertEquals(12, groups.get(1).subjects());
            assertTrue(groups.get(0).included());
            List<String> km = List.of(TestSupport.read(rDir().resolve("aml-km.csv")).split("\r?\n"));
            int row = 1;
            for (Survival.Group g : groups) {
                for (Survival.KmRow r : g.curve()) {
                    String[] c = km.get(row++).split(",", -1);
                    assertEquals(c[0], g.name());
                    assertEquals(Integer.parseInt(c[1]), r.time());
                    assertEquals(Long.parseLong(c[2]), r.atRisk());
                    assertEquals(Long.parseLong(c[3]), r.events());
                    assertEquals(Long.parseLong(c[4]), r.censored());
                    close(Double.parseDouble(c[5]), r.survival(), "survival");
                    if (!c[6].isEmpty() && !c[6].equals("NA") && r.se() != null) {
                        close(Double.parseDouble(c[6]), r.se(), "se");
                    }
                }
            }
            assertEquals(km.size(), row);
            List<Survival.Test> tests = s.tests();
            assertEquals(3, tests.size());
            assertEquals(SurvivalTest.LOG_RANK, tests.get(0).kind());
            assertEquals("log-rank", tests.get(0).name());
            assertEquals(1, tests.get(0).df());
            close(3.3963886989776, tests.get(0).chisq(), "chisq");
            close(0.0653393220405051, tests.get(0).p(), "p");
            assertEquals("test,chisq,df,p\r\n"
                    + "log-rank,3.396388699,1,0.06533932204\r\n"
                    + "tarone-ware,2.981603622,1,0.08421579428\r\n"
                    + "gehan-breslow,2.723311547,1,0.09889265137\r\n", s.testsCsv());
            assertTrue(s.kmCsv().contains("\r\nMaintained,9,11,1,0,0.9090909091,0.0866784172,"
                    + "0.5080802058,0.9866738227\r\n"));
            assertTrue(s.kmCsv().contains("\r\nNonmaintained,45,1,1,0,0,,,\r\n"));
            assertTrue(s.subjectsCsv().startsWith("group,time,event\r\nMaintained,9,1\r\n"));
            // R: print(survfit(conf.type = "log-log")): 31 (13, NA) and 23 (5, 33)
            assertEquals("group,n,events,median,lower,upper,left_out\r\n"
                    + "Maintained,11,7,31,13,,0\r\nNonmaintained,12,11,23,5,33,0\r\n",
                    s.summaryCsv());
            assertEquals(31.0, s.summary(0)[0]);
            assertTrue(Double.isNaN(s.summary(0)[2]));
            assertEquals(Status.ESTATE, assertThrows(GoedestartException.class, s::finish)
                    .getStatus());
            assertEquals(Status.ESTATE, assertThrows(GoedestartException.class,
                    () -> s.addObservation("x", 1, true, 1)).getStatus());
            Survival.KmRow last = groups.get(1).curve().get(groups.get(1).curve().size() - 1);
            assertEquals(0.0, last.survival());
            assertNull(last.lower());
        }
    }

    @Test
    void familiesFromAPopulationAndFromItsFile(@TempDir Path dir) {
        Path file = dir.resolve("pop.xml");
        Population.writeFile(file, 7, 300, d("2026-01-20"));
        List<Family> families = Population.generate(7, 300, d("2026-01-20"));
        try (Catalog catalog = Catalog.loadDefault();
                Survival fromFamilies = Survival.create(Survival.options(d("2026-01-20"))
                        .groupBy(GroupBy.PROVINCE), catalog, null);
                Survival fromFile = Survival.create(Survival.options(d("2026-01-20"))
                        .groupBy(GroupBy.PROVINCE), catalog, null)) {
            families.forEach(fromFamilies::add);
            fromFamilies.finish();
            fromFile.addFile(file).finish();
            assertEquals(fromFamilies.kmCsv(), fromFile.kmCsv());
            assertEquals(fromFamilies.groups(), fromFile.groups());
            assertFalse(fromFamilies.groups().isEmpty());
            Survival.Options o = Survival.options(d("2026-01-20"));
            assertEquals(548, o.horizon());
            assertEquals(GroupBy.MUNICIPALITY, o.groupBy());
            assertEquals(5, o.minGroup());
        } finally {
            families.forEach(Family::close);
        }
    }

    @Test
    void labelsGroupFamilies(@TempDir Path dir) throws Exception {
        try (Labels labels = Labels.parse("family,label\r\nF-000001,a\r\nF-000002,b\r\n", "l.csv")) {
            assertEquals(2, labels.size());
            assertEquals("a", labels.get("F-000001"));
            assertNull(labels.get("F-000003"));
            labels.set("F-000003", "a");
            assertEquals(3, labels.size());
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> labels.set("F-000003", "b")).getStatus());
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> Survival.create(Survival.options(d("2026-01-20"))
                            .groupBy(GroupBy.LABEL), null, null)).getStatus());
            List<Family> families = Population.generate(3, 3, d("2026-01-20"));
            try (Survival s = Survival.create(Survival.options(d("2026-01-20"))
                    .groupBy(GroupBy.LABEL).minGroup(0), null, labels)) {
                families.forEach(s::add);
                s.finish();
                for (Survival.Group g : s.groups()) {
                    assertTrue(g.name().equals("a") || g.name().equals("b"), g.name());
                }
            } finally {
                families.forEach(Family::close);
            }
        }
        GoedestartException e = assertThrows(GoedestartException.class,
                () -> Labels.parse("family,label\r\nF-1\r\n", "bad.csv"));
        assertEquals(Status.EPARSE, e.getStatus());
        assertEquals("bad.csv", e.getFile());
        assertEquals(2, e.getLine());
        Path csv = dir.resolve("labels.csv");
        java.nio.file.Files.write(csv, "family,label\nF-9,x\n".getBytes("UTF-8"));
        try (Labels l = Labels.load(csv); Labels empty = Labels.create()) {
            assertEquals("x", l.get("F-9"));
            assertEquals(0, empty.size());
        }
        assertEquals(Status.EIO, assertThrows(GoedestartException.class,
                () -> Labels.load(dir.resolve("none.csv"))).getStatus());
    }
}
