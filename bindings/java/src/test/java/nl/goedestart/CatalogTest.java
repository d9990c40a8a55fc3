/*
 * libgoedestart Java binding - tests of catalogues, routing and the care-gap analysis.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static nl.goedestart.TestSupport.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class CatalogTest {
    private static Catalog test;

    @BeforeAll
    static void load() {
        test = Catalog.load(TestSupport.vectors().resolve("catalog.xml"));
    }

    @AfterAll
    static void free() {
        if (test != null) {
            test.close();
        }
    }

    private static List<String> ids(List<Offer> offers) {
        return offers.stream().map(Offer::id).collect(Collectors.toList());
    }

    @Test
    void identityAndMunicipalities() {
        assertEquals("gs-test", test.id());
        assertEquals("1", test.version());
        assertEquals(d("2020-01-01"), test.validFrom());
        assertTrue(test.note(Lang.NL).startsWith("Testcatalogus"));
        assertTrue(test.note(Lang.EN).startsWith("Test catalogue"));
        List<Catalog.CatalogMunicipality> ms = test.municipalities();
        assertEquals(List.of("GM0114", "GM0118", "GM0037", "GM1950"),
                ms.stream().map(Catalog.CatalogMunicipality::code).collect(Collectors.toList()));
        assertEquals("Stadskanaal", ms.get(2).name());
        assertEquals(Province.GRONINGEN, ms.get(2).province());
        assertEquals(Province.DRENTHE, test.provinceOf("GM1681")); // from the library's table
        assertNull(test.provinceOf("GM0363"));
        assertTrue(test.toString().contains("gs-test"));
    }

    @Test
    void municipalitiesAndFormerCodes() {
        Catalog.CatalogMunicipality westerwolde = test.municipality("GM1950").orElseThrow();
        assertSame(test.municipalities().get(3), westerwolde);
        assertEquals("Westerwolde", westerwolde.name());
        assertEquals(Province.GRONINGEN, westerwolde.province());
        Catalog.FormerCode vlagtwedde = new Catalog.FormerCode("GM0048", "Vlagtwedde",
                d("2017-12-31"), "GM1950");
        assertEquals(List.of(vlagtwedde, new Catalog.FormerCode("GM0007", "Bellingwedde",
                d("2017-12-31"), "GM1950")), westerwolde.formerCodes());
        assertTrue(test.municipality("GM0114").orElseThrow().formerCodes().isEmpty());
        // a former code is not a current one, and the other way round
        assertFalse(test.municipality("GM0048").isPresent());
        assertEquals(vlagtwedde, test.former("GM0048").orElseThrow());
        assertEquals("GM1950", test.former("GM0007").orElseThrow().successor());
        assertFalse(test.former("GM1950").isPresent());
        assertFalse(test.former("GM0363").isPresent());
        assertFalse(test.municipality("GM0363").isPresent());
        assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                () -> test.municipality("Emmen")).getStatus());
        assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                () -> test.former("GM48")).getStatus());
    }

    @Test
    void entryCriteria() {
        Offer voorzorg = test.offer("voorzorg").orElseThrow();
        assertTrue(voorzorg.firstChild());
        assertEquals(25, voorzorg.maxCaregiverAge());
        assertEquals(28, voorzorg.maxGestationalWeeks());
        Offer young = test.offer("jonge-ouders-stadskanaal").orElseThrow();
        assertFalse(young.firstChild());
        assertEquals(23, young.maxCaregiverAge());
        assertNull(young.maxGestationalWeeks());
        Offer kraam = test.offer("kraamzorg-op-maat").orElseThrow();
        assertNull(kraam.maxCaregiverAge());
        assertEquals(34, kraam.maxGestationalWeeks());
        Offer home = test.offer("home-start").orElseThrow();
        assertFalse(home.firstChild());
        assertNull(home.maxCaregiverAge());
        assertNull(home.maxGestationalWeeks());
    }

    @Test
    void offers() {
        assertEquals(44, test.offers().size());
        Offer home = test.offer("home-start").orElseThrow();
        assertSame(home, test.offers().get(home.index()));
        assertEquals("Home-Start", home.name(Lang.NL));
        assertEquals("Humanitas", home.provider());
        assertEquals(Level.NETWORK, home.level());
        assertEquals("region", home.scope());
        assertEquals(Scope.REGION, home.scopeKind());
        assertFalse(home.indication());
        assertEquals(EnumSet.of(Topic.SOCIAL_SUPPORT, Topic.PARENTING), home.topics());
        assertEquals((1 << Topic.SOCIAL_SUPPORT.code()) | (1 << Topic.PARENTING.code()),
                home.topicMask());
        assertEquals(EnumSet.of(Phase.PREGNANCY_BIRTH, Phase.CHILD_0_4, Phase.CHILD_5_12),
                home.phases());
        int phaseMask = 0;
        for (Phase p : home.phases()) {
            phaseMask |= 1 << p.code();
        }
        assertEquals(phaseMask, home.phaseMask());
        assertEquals("https://www.example.org/home-start", home.url());
        assertEquals("+31 00 000 0001", home.phone());
        assertNull(home.minAgeMonths());
        assertNull(home.validFrom());

        Offer mama = test.offer("mamacafe-hoogeveen").orElseThrow();
        assertEquals(0, mama.minAgeMonths());
        assertEquals(24, mama.maxAgeMonths());
        assertEquals(Scope.MUNICIPALITY, mama.scopeKind());
        assertEquals(d("2024-12-31"), test.offer("opvoedsteun-stadskanaal-oud").orElseThrow()
                .validTo());
        assertEquals(d("2025-01-01"), test.offer("mobility-mentoring").orElseThrow().validFrom());
        assertTrue(test.offer("poh-ggz-emmen").orElseThrow().indication());
        assertFalse(test.offer("voorzorg").orElseThrow().indication());
        assertEquals(Scope.PROVINCE, test.offer("schuldhulp-drenthe").orElseThrow().scopeKind());
        assertEquals(Scope.NATIONAL, test.offer("thuisarts-nl").orElseThrow().scopeKind());
        assertFalse(test.offer("no-such-offer").isPresent());
    }

    @Test
    void offersMatching() {
        assertEquals(44, test.offersMatching(null, null, null, null, null).size());
        List<Offer> safety = test.offersMatching("GM0037", Topic.DOMESTIC_VIOLENCE, null, null,
                d("2025-06-01"));
        assertTrue(ids(safety).contains("veilig-thuis-groningen"));
        assertFalse(ids(safety).contains("veilig-thuis-drenthe"));
        assertEquals(List.of("stopcoach"),
                ids(test.offersMatching("GM0114", Topic.SMOKING, Phase.CHILD_0_4,
                        Level.LIGHT_PROFESSIONAL, null)));
        assertFalse(ids(test.offersMatching("GM0037", null, null, null, d("2025-06-01")))
                .contains("opvoedsteun-stadskanaal-oud"));
        assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                () -> test.offersMatching("Emmen", null, null, null, null)).getStatus());
    }

    @Test
    void routing() {
        Set<Phase> phases = EnumSet.of(Phase.PREGNANCY_BIRTH, Phase.CHILD_0_4);
        Catalog.Routing social = test.route("GM0114", Topic.SOCIAL_SUPPORT, Level.NETWORK, phases,
                31, d("2026-01-20"), 5);
        assertEquals(List.of("naoberschap-drenthe", "centering-pregnancy", "home-start",
                "humanitas-steun", "buurtgezinnen"), ids(social.routes()));
        assertNull(social.gap());
        Catalog.Routing smoking = test.route("GM0114", Topic.SMOKING, Level.VOLUNTEERS, phases,
                31, d("2026-01-20"), 5);
        assertEquals(List.of("stopcoach"), ids(smoking.routes()));
        assertEquals(Level.VOLUNTEERS, smoking.gap().from());
        assertEquals(Level.VOLUNTEERS, smoking.gap().to());
        Catalog.Routing none = test.route("GM0118", Topic.ALCOHOL_DRUGS, Level.VOLUNTEERS, phases,
                null, d("2026-01-20"), 5);
        assertTrue(none.routes().isEmpty());
        assertEquals(Level.VOLUNTEERS, none.gap().from());
        assertEquals(Level.INTENSIVE_PROFESSIONAL, none.gap().to());
        assertEquals(2, test.route("GM0114", Topic.SOCIAL_SUPPORT, Level.NETWORK, phases, 31,
                d("2026-01-20"), 2).routes().size());
        assertTrue(Catalog.topicApplies(Topic.SMOKING, Phase.CHILD_13_19));
        assertFalse(Catalog.topicApplies(Topic.PREGNANCY_HEALTH, Phase.CHILD_0_4));
        assertTrue(Catalog.topicApplies(Topic.PREGNANCY_HEALTH, Phase.PREGNANCY_BIRTH));
    }

    @Test
    void defaultCatalogue() {
        try (Catalog c = Catalog.loadDefault()) {
            assertEquals("veenkolonien", c.id());
            assertEquals(11, c.municipalities().size());
            assertFalse(c.offers().isEmpty());
            for (Offer o : c.offers()) {
                assertNotNull(o.name(Lang.NL));
                assertFalse(o.topics().isEmpty());
                assertFalse(o.phases().isEmpty());
            }
        }
    }

    @Test
    void loadFromMemoryAndErrors() {
        String xml = TestSupport.read(TestSupport.vectors().resolve("catalog.xml"));
        try (Catalog mem = Catalog.load(xml, "catalog.xml")) {
            assertEquals(test.offers(), mem.offers());
        }
        String bad = xml.replace("<topics>smoking</topics>", "<topics>smoking vaping</topics>");
        GoedestartException e = assertThrows(GoedestartException.class,
                () -> Catalog.load(bad, "bad.xml"));
        assertEquals(Status.EPARSE, e.getStatus());
        assertEquals("bad.xml", e.getFile());
        assertEquals(23, e.getLine());
        assertTrue(e.getColumn() > 0);
        assertTrue(e.getDetail().contains("vaping"), e.getDetail());
        assertEquals(Status.EVERSION, assertThrows(GoedestartException.class,
                () -> Catalog.load(xml.replace("urn:goedestart:catalog:1",
                        "urn:goedestart:catalog:2"), null)).getStatus());
        assertEquals(Status.EIO, assertThrows(GoedestartException.class,
                () -> Catalog.load(TestSupport.vectors().resolve("no-such.xml"))).getStatus());
    }

    @Test
    void gapsOutliveTheirCatalogue() {
        Catalog c = Catalog.load(TestSupport.testData().resolve("catalog/gaps.xml"));
        Gaps outlives = c.gaps(null, null, false);
        c.close();
        try (Gaps g = outlives) {
            assertEquals(c.validFrom(), g.on());
            assertFalse(g.toXml().isEmpty());
            assertFalse(g.gaps().isEmpty());
        }
    }

    @Test
    void gapsAnalysisMatchesTheCGoldenFiles() {
        Path dir = TestSupport.testData().resolve("catalog");
        try (Catalog c = Catalog.load(dir.resolve("gaps.xml"))) {
            try (Gaps all = c.gaps(null, d("2026-01-01"), true)) {
                assertEquals(TestSupport.read(dir.resolve("gaps-applicable.expected.xml")),
                        all.toXml());
                assertTrue(all.applicableOnly());
                assertEquals(d("2026-01-01"), all.on());
                assertEquals("GM0114", all.municipalities().get(0).code());
                assertEquals(Province.DRENTHE, all.municipalities().get(0).province());
                List<Gaps.Gap> gaps = all.gaps();
                assertFalse(gaps.isEmpty());
                Gaps.Gap g = gaps.get(0);
                assertEquals(all.municipalities().get(g.municipalityIndex()).code(),
                        g.municipality());
                assertEquals(0, all.cell(g.municipalityIndex(), g.topic(), g.phase(), g.level()));
                assertThrows(IllegalArgumentException.class,
                        () -> all.cell(99, Topic.HOUSING, Phase.CHILD_0_4, Level.NETWORK));
            }
            try (Gaps one = c.gaps("GM0037", d("2026-01-01"), false)) {
                assertEquals(TestSupport.read(dir.resolve("gaps-stadskanaal.expected.csv")),
                        one.toCsv());
                assertFalse(one.applicableOnly());
                assertEquals(1, one.municipalities().size());
            }
            assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                    () -> test.gaps("Emmen", null, false)).getStatus());
        }
    }
}
