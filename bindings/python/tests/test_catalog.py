# libgoedestart Python binding - tests of goedestart.catalog.
# SPDX-License-Identifier: EUPL-1.2
import datetime

import pytest

import goedestart
from goedestart import Catalog, Lang, Level, Pack, Phase, Province, Scope, Topic
from goedestart.catalog import phase_mask, topic_applies

from conftest import ROOT

D = datetime.date
C_DATA = ROOT / "tests" / "data" / "catalog"


def test_default_catalogue(default_catalog):
    c = default_catalog
    assert c.id == "veenkolonien" and c.version
    assert isinstance(c.valid_from, datetime.date)
    assert c.note(Lang.NL) and c.note("en") and c.note(Lang.NL) != c.note(Lang.EN)
    ms = c.municipalities
    assert len(ms) == 11 and all(m.province in (Province.DR, Province.GR) for m in ms)
    assert [m.code for m in ms] == [m.code for m in goedestart.codes.municipalities()]
    offers = c.offers
    assert len(offers) >= 60
    assert [o.index for o in offers] == list(range(len(offers)))
    o = offers[0]
    assert c.find_offer(o.id) == o and o.id in c and "nope" not in c and 5 not in c
    assert o.topic_mask == sum(1 << t for t in o.topics)
    assert o.phase_mask == sum(1 << p for p in o.phases)
    assert o.name(Lang.EN) == o.name_en and o.name("nl") == o.name_nl
    assert {x.scope_kind for x in offers} >= {Scope.NATIONAL, Scope.REGION, Scope.PROVINCE,
                                              Scope.MUNICIPALITY}
    assert any(x.indication for x in offers)
    with pytest.raises(goedestart.NotFoundError):
        c.find_offer("nope")
    with pytest.raises(IndexError):
        c.offer(len(offers))
    assert "veenkolonien" in repr(c)


def test_test_catalogue_details(test_catalog):
    c = test_catalog
    assert (c.id, c.version) == ("gs-test", "1")
    assert [m.code for m in c.municipalities] == ["GM0114", "GM0118", "GM0037", "GM1950"]
    assert c.province_of("GM1681") is Province.DR  # from the library's table
    assert c.province_of("GM0363") is None
    home_start = c.find_offer("home-start")
    assert home_start.url and home_start.phone
    assert c.find_offer("veilig-opgroeien").url is None
    assert c.find_offer("veilig-opgroeien").phone
    cp = c.find_offer("centering-parenting")
    assert (cp.min_age_months, cp.max_age_months) == (0, 12)
    assert c.find_offer("stevig-ouderschap").min_age_months is None
    old = c.find_offer("opvoedsteun-stadskanaal-oud")
    assert old.valid_to == D(2024, 12, 31) and old.valid_from is None
    assert c.find_offer("mobility-mentoring").valid_from == D(2025, 1, 1)
    assert c.find_offer("poh-ggz-emmen").indication
    assert c.find_offer("poh-ggz-emmen").scope == "GM0114"


def test_offers_matching(default_catalog):
    c = default_catalog
    all_ = c.offers_matching()
    assert all_ == c.offers
    smoking = c.offers_matching("GM0114", Topic.SMOKING)
    assert smoking and all(Topic.SMOKING in o.topics for o in smoking)
    l4 = c.offers_matching("GM0114", "smoking", "child-0-4", 4, D(2026, 1, 1))
    assert l4 and all(o.level is Level.LIGHT_PROFESSIONAL and Phase.CHILD_0_4 in o.phases
                      for o in l4)
    assert set(o.id for o in l4) <= set(o.id for o in smoking)
    with pytest.raises(goedestart.InvalidArgumentError):
        c.offers_matching(level=9)


def test_route(test_catalog):
    c = test_catalog
    # vector 09, F-019: Borger-Odoorn routes through Drenthe, no region offers
    r = c.route("GM1681", Topic.FINANCES_DEBT, 3, [Phase.CHILD_0_4], D(2026, 5, 1),
                youngest_months=10)
    assert [o.id for o in r.offers] == ["schuldhulp-drenthe"] and r.gap == (3, 3)
    assert r.level == 3
    r = c.route("GM0118", "health-literacy", 3, phase_mask([4]), D(2026, 5, 1), 10)
    assert r.offers == () and r.gap == (3, 5)
    # route.max: the default pack's 5, an explicit cap, or a pack's
    five = c.route("GM0118", Topic.SOCIAL_SUPPORT, 2, ["child-0-4"], D(2026, 5, 1), 10)
    assert len(five.offers) == 5
    two = c.route("GM0118", Topic.SOCIAL_SUPPORT, 2, ["child-0-4"], D(2026, 5, 1), 10,
                  max_routes=2)
    assert two.offers == five.offers[:2]
    py_pack = Pack.load(ROOT / "bindings" / "python" / "tests" / "data" / "py-pack.xml")
    three = c.route("GM0118", Topic.SOCIAL_SUPPORT, 2, ["child-0-4"], D(2026, 5, 1), 10,
                    pack=py_pack)
    assert three.offers == five.offers[:3]
    with pytest.raises(goedestart.InvalidArgumentError):
        c.route("GM0118", Topic.SOCIAL_SUPPORT, 9, ["child-0-4"], D(2026, 5, 1))


def test_topic_applies():
    assert topic_applies(Topic.PREGNANCY_HEALTH, Phase.PREGNANCY_BIRTH)
    assert not topic_applies("pregnancy-health", "child-0-4")
    assert topic_applies(Topic.HOUSING, Phase.CHILD_13_19)
    assert goedestart._capi.lib.gs_topic_applies(99, 1) == 0


def test_gaps_equal_the_c_goldens():
    with Catalog.load(C_DATA / "gaps.xml") as c:
        g = c.gaps(on=D(2026, 1, 1), applicable_only=True)
        assert g.applicable_only and g.flags == 1 and g.on == D(2026, 1, 1)
        assert g.to_xml().encode("utf-8") == \
            (C_DATA / "gaps-applicable.expected.xml").read_bytes()
        s = c.gaps("GM0037", D(2026, 1, 1))
    # a gaps analysis owns its data: it outlives the catalogue
    assert not s.closed
    assert s.to_csv().encode("utf-8") == (C_DATA / "gaps-stadskanaal.expected.csv").read_bytes()
    assert not s.applicable_only and s.flags == 0


def test_gaps_content(default_catalog):
    with default_catalog.gaps() as g:
        ms = g.municipalities
        assert len(ms) == 11 and ms[0].name
        gaps = g.gaps
        assert len(g) == len(gaps) >= 3 and list(g) == gaps
        first = gaps[0]
        assert g.cell(first.municipality, first.topic, first.phase, first.level) == 0
        assert g.cell(0, Topic.SOCIAL_SUPPORT, Phase.ANTICONCEPTION, 3) >= 0
        with pytest.raises(IndexError):
            g.cell(0, Topic.SOCIAL_SUPPORT, Phase.ANTICONCEPTION, 1)
        with pytest.raises(IndexError):
            g.cell("GM9999", Topic.SOCIAL_SUPPORT, Phase.ANTICONCEPTION, 3)
        csv = g.to_csv()
        assert csv.startswith("municipality,name,province,topic,phase,level,offers,gap\r\n")
        assert g.to_xml().startswith("<?xml")
        assert "gaps in 11" in repr(g)
    assert g.closed and repr(g) == "<Gaps (closed)>"
    one = default_catalog.gaps("GM0363")  # not declared: no name, no province
    assert one.municipalities[0].province is None
    with pytest.raises(goedestart.InvalidArgumentError):
        default_catalog.gaps("Emmen")


def test_catalogue_load_errors(tmp_path):
    with pytest.raises(goedestart.GsIOError):
        Catalog.load(tmp_path / "missing.xml")
    text = (C_DATA / "gaps.xml").read_text(encoding="utf-8")
    bad = text.replace('level="2"', 'level="7"', 1)
    assert bad != text
    with pytest.raises(goedestart.ParseError) as info:
        Catalog.from_memory(bad, name="cat.xml")
    assert info.value.file == "cat.xml" and info.value.line > 1
    with pytest.raises(goedestart.VersionError):
        Catalog.from_memory(text.replace("urn:goedestart:catalog:1", "urn:goedestart:catalog:2"))
    same = Catalog.load(C_DATA / "gaps.xml").offers
    assert Catalog.from_memory(text.encode("utf-8")).offers == same


def test_catalog_sha256_is_the_document_bytes(default_catalog):
    import hashlib
    path = ROOT / "data" / "catalogs" / "veenkolonien.xml"
    data = path.read_bytes()
    assert default_catalog.sha256 == hashlib.sha256(data).hexdigest()
    edited = data.replace(b"</catalog>", b"<!-- x --></catalog>")
    with goedestart.Catalog.from_memory(edited, "edited.xml") as c:
        assert (c.id, c.version) == (default_catalog.id, default_catalog.version)
        assert c.sha256 != default_catalog.sha256

V5_CATALOG = """<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns="urn:goedestart:catalog:1" id="v5-test" version="1" valid-from="2026-01-01">
  <municipality code="GM0114" name="Emmen" province="DR"/>
  <municipality code="GM1950" name="Westerwolde" province="GR">
    <former code="GM0047" name="Veendam-Oud" until="2017-12-31"/>
    <former code="GM0048" name="Vlagtwedde" until="2018-12-31"/>
  </municipality>
  <offer id="v5-first" level="2" scope="national" first-child="true" max-caregiver-age="25"
         max-gestational-weeks="20">
    <name lang="nl">Eerste kind</name>
    <provider>P</provider>
    <topics>social-support</topics>
    <phases>pregnancy-birth child-0-4</phases>
  </offer>
  <offer id="v5-plain" level="3" scope="national">
    <name lang="nl">Zonder criteria</name>
    <provider>P</provider>
    <topics>social-support</topics>
    <phases>child-0-4</phases>
  </offer>
</catalog>
"""


def test_offer_entry_criteria():
    c = Catalog.from_memory(V5_CATALOG)
    first = c.find_offer("v5-first")
    assert first.first_child is True
    assert first.max_caregiver_age == 25 and first.max_gestational_weeks == 20
    plain = c.find_offer("v5-plain")
    assert plain.first_child is False
    assert plain.max_caregiver_age is None and plain.max_gestational_weeks is None
    bad = V5_CATALOG.replace('max-gestational-weeks="20"', 'max-gestational-weeks="99"')
    with pytest.raises(goedestart.ParseError):
        Catalog.from_memory(bad)


def test_former_municipality_codes():
    c = Catalog.from_memory(V5_CATALOG)
    emmen, westerwolde = c.municipalities
    assert emmen.former == ()
    assert [f.code for f in westerwolde.former] == ["GM0047", "GM0048"]
    vl = westerwolde.former[1]
    assert vl.name == "Vlagtwedde" and vl.until == D(2018, 12, 31)
    assert c.find_municipality("GM1950") == westerwolde
    assert c.find_municipality("GM0114").name == "Emmen"
    successor, former = c.find_former("GM0048")
    assert successor == westerwolde and former == vl
    with pytest.raises(goedestart.NotFoundError):
        c.find_municipality("GM0048")       # a former code is not declared
    with pytest.raises(goedestart.NotFoundError):
        c.find_former("GM1950")             # a current code is not former
    with pytest.raises(goedestart.InvalidArgumentError):
        c.find_municipality("Emmen")
    with pytest.raises(goedestart.InvalidArgumentError):
        c.find_former("Emmen")
    assert c.province_of("GM0048") == Province.GR
