# libgoedestart Python binding - tests of goedestart.pack.
# SPDX-License-Identifier: EUPL-1.2
import pathlib

import pytest

import goedestart
from goedestart import (Aggregation, Anchor, CareNeed, HitPolicy, Lang, Pack, Phase, Setting,
                        Trigger, ValueType)

from conftest import ROOT

DATA = pathlib.Path(__file__).resolve().parent / "data"
PY_PACK = DATA / "py-pack.xml"


def test_default_pack(default_pack):
    p = default_pack
    assert (p.id, p.decisions_file) == ("gs-default", "gs-default.dmn")
    assert p.version and p.title(Lang.NL) != p.title(Lang.EN)
    names = Pack.param_names()
    assert len(names) == 14 and names[0] == "phase.child-5-12.from-years"
    assert names[-1] == "plan.priorities" and p.param("plan.priorities") == 3
    assert list(p.params) == names
    assert p.param("route.max") == 5 and p.params["plan.review-days"] == 42
    with pytest.raises(goedestart.NotFoundError):
        p.param("no.such")
    moments = p.moments
    assert len(moments) > 10 and moments[0].index == 0
    m = p.moment("jgz-8w")
    assert m == moments[m.index]
    assert (m.anchor, m.open <= m.due <= m.overdue <= m.close) == (Anchor.BIRTH, True)
    assert m.label(Lang.NL) == m.label_nl and m.label("en") == m.label_en
    assert m.trigger is Trigger.NONE
    indicated = {x.id: x.trigger for x in moments if x.anchor is Anchor.INDICATION}
    assert indicated == {"jgz-indicated-problem": Trigger.CONSULT_PROBLEM,
                         "jgz-indicated-attention": Trigger.CONSULT_ATTENTION}
    assert all(x.trigger is Trigger.NONE for x in moments if x.anchor is not Anchor.INDICATION)
    assert Trigger.CONSULT_PROBLEM.token == "consult-problem"
    with pytest.raises(goedestart.NotFoundError):
        p.moment("jgz-99y")
    assert {d.id for d in p.decisions} >= {"care-need", "start-level", "level-review"}
    assert "gs-default" in repr(p)


def test_pack_from_file_and_memory():
    with Pack.load(PY_PACK) as p:
        assert (p.id, p.version, p.title("en"), p.title(Lang.NL)) == \
            ("py-test", "0.1", "Python test pack", "Python-testpakket")
        assert p.param("route.max") == 3 and p.param("valid.dmop") == 120
        assert p.param("valid.giz") == 365  # default
        (m,) = p.moments
        assert (m.id, m.phase, m.setting, m.instruments, m.condition, m.bds) == \
            ("visit", Phase.CHILD_0_4, Setting.HOME, ("dmop", "giz"), CareNeed.ADDITIONAL_CARE,
             "22")
    assert p.closed
    q = Pack.from_memory(PY_PACK.read_text(encoding="utf-8"),
                         (DATA / "dmn" / "py-pack.dmn").read_bytes(), name="py-pack.xml")
    assert q.id == "py-test" and [d.id for d in q.decisions][-2:] == ["points", "flags"]
    dp = Pack.load(ROOT / "data" / "packs" / "gs-default.xml")
    assert dp.params == Pack.default().params


def test_pack_load_errors(tmp_path):
    with pytest.raises(goedestart.GsIOError):
        Pack.load(tmp_path / "missing.xml")
    bad = PY_PACK.read_text(encoding="utf-8").replace('name="route.max"', 'name="route.maxx"')
    with pytest.raises(goedestart.ParseError) as info:
        Pack.from_memory(bad, (DATA / "dmn" / "py-pack.dmn").read_bytes(), name="p.xml")
    e = info.value
    assert e.file == "p.xml" and e.line == 9 and e.column > 0
    assert "route.maxx" in e.message
    with pytest.raises(goedestart.ParseError) as info:
        Pack.from_memory(PY_PACK.read_bytes(), b"<definitions/>")
    assert info.value.line == 1


def test_decision_listing(default_pack):
    d = default_pack.decision("care-need")
    assert (d.id, d.hit_policy, d.aggregation) == ("care-need", HitPolicy.PRIORITY,
                                                   Aggregation.NONE)
    assert d.name and d.pack is default_pack
    inputs = {i.name: i for i in d.inputs}
    assert inputs["safety"].type is ValueType.STRING and '"high"' in inputs["safety"].values
    assert inputs["help_requested"].type is ValueType.BOOL
    assert [(o.name, o.type) for o in d.outputs] == [("care_need", ValueType.STRING)]
    rules = d.rules
    help_rule = next(r for r in rules if r.id == "A-HELP")
    assert help_rule.text_nl and help_rule.text_en and help_rule.text(Lang.NL) == help_rule.text_nl
    assert len(help_rule.inputs) == len(d.inputs) and help_rule.outputs == ('"additional-care"',)
    with pytest.raises(IndexError):
        d.rule(len(rules))
    with pytest.raises(goedestart.NotFoundError):
        default_pack.decision("nope")
    assert default_pack.decision(d.name).id == "care-need"  # found by name too
    assert "PRIORITY" in repr(d)


def test_evaluator_on_the_default_tables(default_pack):
    table = default_pack.decision("care-need")
    r = table.evaluate(help_requested=True)
    assert r.has_result and r.result.rule_id == "A-HELP"
    assert r.result.value == "additional-care" and r.result.outputs == {
        "care_need": "additional-care"}
    assert table.rule(r.result.rule).id == "A-HELP"
    with table.evaluator() as ev:
        ev.set("safety", "high")
        ev.set("giz_max", 2)
        r = ev.run()
        assert r.result.rule_id == "U-SAFETY" and r.result.value == "urgent-support"
        assert table.rule(r.matches[0]).id == "U-SAFETY"
        ev.clear()
        ev.set_null("safety")
        r = ev.run({"zrm_min": 1})
        assert r.result.value == "urgent-support"
        with pytest.raises(goedestart.EvaluationError) as info:
            ev.run(safety="very")
        assert "safety" in info.value.message
        with pytest.raises(goedestart.NotFoundError):
            ev.set_bool("nope", True)
        with pytest.raises(TypeError):
            ev.set("giz_max", [1])  # type: ignore[arg-type]
        with pytest.raises(goedestart.InvalidArgumentError):
            ev.aggregate(0)  # not a COLLECT table
    assert ev.closed
    lvl = default_pack.decision("start-level").evaluate(
        topic="housing", severity=3, dmop_not_good=0, competence="strong", network="strong")
    assert lvl.result.value == 5 and isinstance(lvl.result.value, int)


def test_evaluator_hit_policies():
    p = Pack.load(PY_PACK)
    points = p.decision("Risk points")
    assert (points.id, points.hit_policy, points.aggregation) == \
        ("points", HitPolicy.COLLECT, Aggregation.SUM)
    r = points.evaluate(giz_max=4, help_requested=True)
    assert r.matches == (0, 1) and r.aggregates == (3.5,) and r.results == ()
    r = points.evaluate(giz_max=1)
    assert r.matches == () and not r.has_result and r.aggregates == (None,)
    flags = p.decision("flags").evaluate(giz_max=4.0)
    assert [x.rule_id for x in flags.results] == ["F-ANY", "F-HIGH"]
    assert flags.results[1].outputs == {"flag": "high", "urgent": True}
    assert flags.results[0].outputs["urgent"] is False
    c = p.decision("care-need")
    assert c.evaluate(dmop_not_good=3).result.value == "urgent-support"
    assert c.rule(0).text_en == "Two or more domains not good." and c.rule(0).text_nl is None
    lr = p.decision("level-review")
    assert lr.inputs[0].values.startswith('"achieved"')
    with pytest.raises(goedestart.EvaluationError):
        lr.evaluate(review="bad")
    assert lr.evaluate(review="worsened").result.value == "step-up"


def test_closing_a_pack_closes_its_decisions_and_evaluators():
    p = Pack.load(PY_PACK)
    d = p.decision("flags")
    ev = d.evaluator()
    p.close()
    assert d.closed and ev.closed
    with pytest.raises(ValueError, match="closed"):
        ev.run()
    assert repr(p) == "<Pack (closed)>" and repr(d) == "<Decision (closed)>"


def test_shared_default_pack():
    a = Pack.shared_default()
    assert Pack.shared_default() is a
    a.close()
    b = Pack.shared_default()
    assert b is not a and not b.closed


def test_pack_sha256_is_pack_bytes_then_decisions_bytes(default_pack):
    import hashlib
    packs = ROOT / "data" / "packs"
    want = hashlib.sha256((packs / "gs-default.xml").read_bytes() +
                          (packs / "gs-default.dmn").read_bytes()).hexdigest()
    assert default_pack.sha256 == want
    with Pack.load(packs / "gs-default.xml") as p:
        assert p.sha256 == want


def test_assessment_records_the_content_hashes(default_pack, default_catalog, example_family):
    from conftest import EXAMPLE_AS_OF
    with goedestart.assess(example_family, EXAMPLE_AS_OF, default_pack, default_catalog) as a:
        xml = a.to_xml()
    assert f' pack-sha256="{default_pack.sha256}"' in xml
    assert f' catalog-sha256="{default_catalog.sha256}"' in xml
