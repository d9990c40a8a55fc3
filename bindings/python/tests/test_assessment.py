# libgoedestart Python binding - tests of goedestart.assessment.
# SPDX-License-Identifier: EUPL-1.2
import datetime
import pathlib
import re

import pytest

import goedestart
from goedestart import (AdviceKind, Assessment, AssessmentWriter, CareNeed, Lang, Level,
                        MomentStatus, Move, OfferProblem, Pack, PhDimension, ReviewOutcome,
                        Topic, ValueType, assess, assess_each)

from conftest import EXAMPLE_AS_OF, build_family, vectors_dir

D = datetime.date
DATA = pathlib.Path(__file__).resolve().parent / "data"


def test_the_formats_example(example_family, test_catalog):
    """F-0001 of vector 01 is the formats.md example (README, check 1)."""
    a = assess(example_family, EXAMPLE_AS_OF, catalog=test_catalog)
    assert a.has_result and a.as_of == EXAMPLE_AS_OF and a.family_id == "F-0001"
    assert a.family is example_family and a.catalog is test_catalog
    assert a.pack is Pack.shared_default()
    assert a.care_need is CareNeed.ADDITIONAL_CARE
    assert [r.rule for r in a.reasons] == ["A-SCREEN-HIGH", "A-ZRM-LOW", "A-BURDEN", "A-HELP",
                                           "A-CONCERN", "A-CUMULATIVE"]
    r = a.reasons[0]
    assert r.table == "care-need" and r.text_nl and r.text_en and r.text("nl") == r.text_nl
    facts = a.facts
    assert list(facts)[:3] == ["dmop_not_good", "dmop_fair", "dmop_good"]
    assert len(facts) == 21 and facts["need_concern_count"] == 3
    assert facts["youngest_age_months"] == 31 and facts["help_requested"] is True
    assert facts["safety"] == "none" and facts["in_pregnancy"] is True
    assert a.fact_values["help_requested"] == "true" and a.fact_values["safety"] == "none"
    assert a.fact_types["giz_max"] is ValueType.NUMBER
    assert a.fact_types["help_requested"] is ValueType.BOOL
    assert a.fact_types["safety"] is ValueType.STRING
    needs = a.needs
    assert [n.topic for n in needs][0] is Topic.FINANCES_DEBT
    assert {n.topic for n in needs if n.new_goal} == {Topic.HOUSING, Topic.SMOKING}
    assert any(n.gap for n in needs) and any(n.routes for n in needs)
    fin = needs[0]
    assert fin.level is Level.INTENSIVE_PROFESSIONAL and fin.level_rule == "L-CUMULATIVE-1000"
    assert fin.level_text_en
    route = fin.routes[0]
    assert route.id == test_catalog.offer(route.offer_index).id == "intensieve-1000-dagen"
    assert route.scope and route.name(Lang.EN) == route.name_en and not route.fallback
    smoking = needs[2]
    assert smoking.topic is Topic.SMOKING and smoking.gap == (5, 5)
    assert [(r.id, r.level, r.fallback) for r in smoking.routes] == \
        [("stopcoach", Level.LIGHT_PROFESSIONAL, True)]
    integrated, adv = a.advice
    assert integrated.kind is AdviceKind.INTEGRATED_PLAN
    assert (integrated.concerns, integrated.priorities) == (3, 3)
    assert (adv.kind, adv.goal, adv.action, adv.review, adv.move, adv.rule, adv.level) == \
        (AdviceKind.REVIEW, "G1", "A1", ReviewOutcome.PARTIAL, Move.STAY, "R-PARTIAL", 3)
    assert adv.routes and adv.rule_text_nl and adv.problem is None and adv.since is None
    assert a.conversation_start is None or isinstance(a.conversation_start, PhDimension)
    sched = a.schedule
    assert sched and all(isinstance(s.status, MomentStatus) for s in sched)
    assert [(x.moment, x.trigger) for x in sched if x.trigger] == \
        [("jgz-indicated-attention", "K2")]
    s = sched[0]
    assert s.open <= s.due <= s.overdue <= s.close and s.label("en") == s.label_en
    assert a.phases[0].subject == "Z1" and a.first_1000_days and a.in_programme
    assert "additional-care" in repr(a)


def test_without_a_catalogue_there_are_no_routes(example_family):
    a = assess(example_family, EXAMPLE_AS_OF)
    assert a.catalog is None
    assert all(n.routes == () and n.gap is None for n in a.needs)
    assert 'catalog=' not in a.to_xml().split("\n")[1]


def test_xml(example_family, test_catalog):
    a = assess(example_family, EXAMPLE_AS_OF, catalog=test_catalog)
    plain = a.to_xml()
    assert plain.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<assessment ')
    assert f'library-version="{goedestart.version()}"' in plain
    assert "<reason " in plain and "</reason>" not in plain
    nl, en = a.to_xml("nl"), a.to_xml(Lang.EN)
    assert a.reasons[0].text_nl in nl and a.reasons[0].text_en in en
    assert a.to_xml() == plain  # deterministic


def test_assess_into_reuses_one_assessment(vectors, test_catalog):
    fams = goedestart.load_families(vectors / "08-start-levels.xml")
    with Assessment() as a:
        assert not a.has_result and a.care_need is None and a.needs == ()
        assert a.as_of is None and a.family_id == "" and "empty" in repr(a)
        with pytest.raises(goedestart.InvalidArgumentError):
            a.to_xml()
        for f in fams:
            assert a.assess(f, D(2025, 8, 15), catalog=test_catalog) is a
            assert a.family is f
            assert a.to_xml() == assess(f, D(2025, 8, 15), catalog=test_catalog).to_xml()
        unfinished = goedestart.Family("F-U", "GM0114", D(2025, 1, 1))
        with pytest.raises(goedestart.InvalidArgumentError):
            a.assess(unfinished, D(2025, 8, 15))
        assert not a.has_result and a.family is None
        a.assess(fams[0], D(2025, 8, 15))
        assert a.has_result


def test_plan_advice_kinds(vectors, test_catalog):
    f025, f026 = goedestart.load_families(vectors / "18-plan-findings.xml")
    a = assess(f025, D(2026, 4, 20), catalog=test_catalog)
    kinds = [x.kind for x in a.advice]
    assert kinds == [AdviceKind.REVIEW, AdviceKind.REVIEW_OVERDUE, AdviceKind.OFFER_CHECK,
                     AdviceKind.REVIEW_OVERDUE, AdviceKind.OFFER_CHECK,
                     AdviceKind.CONCLUSION_DIFFERS]
    assert a.advice[1].since == D(2026, 3, 2)
    assert a.advice[2].problem is OfferProblem.LEVEL_MISMATCH
    assert a.advice[2].offer == "centering-parenting"
    assert a.advice[4].problem is OfferProblem.UNKNOWN_OFFER
    cd = a.advice[5]
    assert (cd.date, cd.agreed, cd.proposed_now) == \
        (D(2026, 1, 10), CareNeed.POSITIVE_CONFIRMATION, CareNeed.ADDITIONAL_CARE)
    b = assess(f026, D(2026, 4, 20), catalog=test_catalog)
    assert [x.kind for x in b.advice] == [AdviceKind.PLAN_CLOSABLE]
    (f,) = goedestart.load_families(vectors / "09-routing-scope-order.xml")[:1]
    c = assess(f, D(2026, 5, 1), catalog=test_catalog)
    assert any(n.gap == (3, 5) and n.routes == () for n in c.needs)
    (f2,) = goedestart.load_families(vectors / "02-positive-confirmation.xml")
    assert assess(f2, D(2025, 3, 10)).conversation_start is not None


def test_review_advice_with_a_gap(vectors, test_catalog):
    (f,) = goedestart.load_families(vectors / "14-plan-review.xml")
    a = assess(f, D(2025, 10, 20), catalog=test_catalog)
    moves = {x.move for x in a.advice if x.kind is AdviceKind.REVIEW}
    assert Move.STEP_DOWN in moves and Move.STEP_UP in moves


def test_errors(example_family):
    with pytest.raises(TypeError):
        assess("F-0001", EXAMPLE_AS_OF)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        assess(example_family, EXAMPLE_AS_OF, pack="gs-default")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        assess(example_family, EXAMPLE_AS_OF, catalog="x")  # type: ignore[arg-type]
    with pytest.raises(goedestart.InvalidArgumentError):
        assess(example_family, D(1800, 1, 1))
    # a regional pack whose care-need table has no rule for the family
    dmn = (DATA / "dmn" / "py-pack.dmn").read_text(encoding="utf-8")
    dmn = re.sub(r'<rule id="C-LOW">.*?</rule>', "", dmn, flags=re.S)
    pack = Pack.from_memory((DATA / "py-pack.xml").read_bytes(), dmn)
    with pytest.raises(goedestart.EvaluationError) as info:
        assess(example_family, EXAMPLE_AS_OF, pack=pack)
    assert "care-need" in info.value.message


def test_writer(vectors, test_catalog):
    fams = goedestart.load_families(vectors / "05-validity-boundaries.xml")
    with AssessmentWriter(lang="en") as w:
        for f in fams:
            w.add(assess(f, D(2025, 10, 1), catalog=test_catalog))
        head = w.take()
        assert head.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<assessments ')
        assert w.pending == b""
        w.end()
        tail = w.pending
        assert tail.endswith(b"</assessments>\n")
        with pytest.raises(goedestart.StateError):
            w.end()
        w.clear()
        assert w.pending == b""
    single = AssessmentWriter(single=True)
    a = assess(fams[0], D(2025, 10, 1), catalog=test_catalog)
    with pytest.raises(goedestart.StateError):
        AssessmentWriter(single=True).end()
    single.add(a)
    with pytest.raises(goedestart.StateError):
        single.add(a)
    single.end()
    assert single.pending.decode("utf-8") == a.to_xml()
    single.close()


def test_assess_each(vectors, test_catalog):
    fams = goedestart.load_families(vectors / "13-schedule-windows.xml")
    as_of = D(2025, 7, 1)
    seen = []
    views = []

    def collect(i, a):
        seen.append((i, a.family_id, a.to_xml()))
        views.append(a)

    assess_each(fams, as_of, collect, catalog=test_catalog)
    assert [s[:2] for s in seen] == [(i, f.id) for i, f in enumerate(fams)]
    assert [s[2] for s in seen] == [assess(f, as_of, catalog=test_catalog).to_xml()
                                    for f in fams]
    assert all(v.closed for v in views)
    with pytest.raises(ValueError, match="only during its callback"):
        views[0].needs  # noqa: B018

    def reuse(i, a):
        with pytest.raises(TypeError, match="callback"):
            a.assess(fams[0], as_of)

    assess_each(fams[:1], as_of, reuse)
    stopped = []
    assess_each(fams, as_of, lambda i, a: stopped.append(i) or False)
    assert stopped == [0]

    def boom(i, a):
        raise KeyError("boom")

    with pytest.raises(KeyError, match="boom"):
        assess_each(fams, as_of, boom)
    unfinished = goedestart.Family("F-U", "GM0114", D(2025, 1, 1))
    with pytest.raises(goedestart.InvalidArgumentError):
        assess_each([fams[0], unfinished], as_of, lambda i, a: None)
    assess_each([], as_of, boom)  # nothing to do


def test_assess_each_streams_a_file(vectors, test_catalog):
    path = vectors / "13-schedule-windows.xml"
    as_of = D(2025, 7, 1)
    seen, families = [], []

    def collect(i, a):
        assert a.family.read_only
        seen.append((i, a.family.id, a.to_xml()))
        families.append(a.family)

    assess_each(path, as_of, collect, catalog=test_catalog)
    fams = goedestart.load_families(path)
    assert seen == [(i, f.id, assess(f, as_of, catalog=test_catalog).to_xml())
                    for i, f in enumerate(fams)]
    assert all(f.closed for f in families)
    with pytest.raises(ValueError, match="only during its callback"):
        families[0].id  # noqa: B018
    stopped = []
    assess_each(str(path), as_of, lambda i, a: stopped.append(i) or False)
    assert stopped == [0]
    with pytest.raises(goedestart.GsIOError):
        assess_each(vectors / "missing.xml", as_of, lambda i, a: None)


def test_changing_or_closing_what_an_assessment_reads_closes_it(test_catalog):
    f = build_family()
    a = assess(f, D(2024, 7, 1), catalog=test_catalog)
    b = assess(f, D(2024, 8, 1))
    f.add_caregiver("P9", "other-caregiver")
    assert a.closed and b.closed
    with pytest.raises(ValueError, match="family changed"):
        a.care_need  # noqa: B018
    f.finish()
    cat = goedestart.Catalog.load(vectors_dir() / "catalog.xml")
    c = assess(f, D(2024, 7, 1), catalog=cat)
    cat.close()
    assert c.closed
    with pytest.raises(ValueError, match="catalog was closed"):
        c.needs  # noqa: B018
    d = assess(f, D(2024, 7, 1))
    f.close()
    assert d.closed and repr(d) == "<Assessment (closed)>"
    with pytest.raises(ValueError):
        assess(f, D(2024, 7, 1))
