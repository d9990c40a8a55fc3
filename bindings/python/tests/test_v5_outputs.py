# libgoedestart Python binding - tests of the v5 assessment outputs: notes,
# fallback routes and route checks, Meldcode and integrated-plan advice,
# indicated moments and their triggers.
# SPDX-License-Identifier: EUPL-1.2
"""The properties read through the v5 accessors equal what the expected
files of tests/vectors say, vector by vector, and a few of them are spelt
out for the vectors written for them (21, 22, 24, 28, 29)."""
import datetime
import xml.etree.ElementTree as ET

import pytest

import goedestart
from goedestart import (AdviceKind, FindingKind, Lang, Note, NoteKind, RouteCheck, Safety,
                        Trigger, assess)

from conftest import vector_list

D = datetime.date
NS = "{urn:goedestart:assessment:1}"
AS_OF = dict(vector_list())


def assessed(vectors, catalog, name):
    """{family id: assessment} of one vector, assessed at its as-of date."""
    families = goedestart.load_families(vectors / name)
    return {f.id: assess(f, AS_OF[name], catalog=catalog) for f in families}


def expected(vectors, name):
    """{family id: <assessment> element} of the vector's expected file."""
    root = ET.parse(vectors / name.replace(".xml", ".expected.xml")).getroot()
    return {e.get("family"): e for e in root.iter(NS + "assessment")}


def _day(text):
    return D.fromisoformat(text) if text else None


def _routes(elem):
    return [(r.get("offer"), r.get("fallback") == "true", r.get("check"))
            for r in elem.findall(NS + "route")]


def _py_routes(routes):
    return [(r.id, r.fallback, r.check.token if r.check else None) for r in routes]


@pytest.mark.parametrize("name", [n for n, _ in vector_list()])
def test_v5_outputs_equal_the_expected_file(vectors, test_catalog, name):
    got = assessed(vectors, test_catalog, name)
    want = expected(vectors, name)
    assert list(got) == list(want)
    for fid, e in want.items():
        a = got[fid]
        # notes, every attribute
        notes = [(n.get("kind"), _day(n.get("date")), n.get("contact"), n.get("finding"),
                  n.get("item"), n.get("caregiver"), n.get("moment"), n.get("municipality"),
                  n.get("successor")) for n in e.iter(NS + "note")]
        assert [(n.kind.token, n.date, n.contact, n.finding.token if n.finding else None,
                 n.item, n.caregiver, n.moment, n.municipality, n.successor)
                for n in a.notes] == notes, fid
        # schedule triggers
        assert [(m.get("id"), m.get("trigger")) for m in e.iter(NS + "moment")] == \
            [(s.moment, s.trigger) for s in a.schedule], fid
        # need routes: fallback and check
        assert [_routes(n) for n in e.iter(NS + "need")] == \
            [_py_routes(n.routes) for n in a.needs], fid
        # plan advice: the v5 kinds and the routes of review advice
        advice = list(e.find(NS + "plan-advice"))
        assert len(advice) == len(a.advice), fid
        for x, adv in zip(advice, a.advice):
            tag = x.tag[len(NS):]
            if tag == "meldcode":
                assert adv.kind is AdviceKind.MELDCODE
                assert (adv.step, adv.since, adv.safety.token) == \
                    (int(x.get("next-step")), _day(x.get("since")), x.get("safety"))
                assert adv.concerns is None and adv.priorities is None
            elif tag == "integrated-plan":
                assert adv.kind is AdviceKind.INTEGRATED_PLAN
                assert (adv.concerns, adv.priorities) == \
                    (int(x.get("concerns")), int(x.get("priorities")))
                assert adv.step is None and adv.safety is None
            else:
                assert (adv.step, adv.safety, adv.concerns, adv.priorities) == \
                    (None, None, None, None)
                assert adv.text_nl is None and adv.text("en") is None
            if tag in ("meldcode", "integrated-plan"):
                assert adv.text_nl and adv.text_en and adv.text_nl != adv.text_en
                assert adv.text(Lang.NONE) == adv.text_en and adv.text("nl") == adv.text_nl
            assert _routes(x) == _py_routes(adv.routes), fid


def test_meldcode_advice(vectors, test_catalog):
    """Vector 24: safety first, the Meldcode's next step reported first."""
    got = assessed(vectors, test_catalog, "24-safety-first-meldcode.xml")
    (adv,) = got["F-047"].advice
    assert (adv.kind, adv.step, adv.since, adv.safety) == \
        (AdviceKind.MELDCODE, 3, D(2026, 1, 10), Safety.SOME)
    assert goedestart.codes.label(goedestart.Kind.MELDCODE_STEP, 3, "en")
    (first,) = got["F-050"].advice
    assert (first.step, first.since) == (1, D(2026, 2, 15))
    assert first.text("nl") != adv.text("nl")  # the text names the step
    assert not any(x.kind is AdviceKind.MELDCODE for x in got["F-048"].advice)


def test_notes_and_former_codes(vectors, test_catalog):
    """Vector 29: a former municipality code, an unknown one, and what
    expired or could not be assigned."""
    got = assessed(vectors, test_catalog, "29-notes-and-municipality-codes.xml")
    former, dmop, consult = got["F-065"].notes
    assert isinstance(former, Note)
    assert (former.kind, former.municipality, former.successor, former.date) == \
        (NoteKind.MUNICIPALITY_FORMER, "GM0048", "GM1950", D(2017, 12, 31))
    assert former.contact is None and former.finding is None
    assert (dmop.kind, dmop.date, dmop.contact, dmop.finding, dmop.item) == \
        (NoteKind.EXPIRED, D(2026, 3, 2), "K1", FindingKind.DMOP, "partner-role")
    assert (consult.finding, consult.item) == (FindingKind.CONSULT, None)
    assert "GM1950" in former.text("en") and "GM0048" in former.text("nl")
    assert "31-12-2017" in former.text("nl")  # Dutch dates are DD-MM-YYYY
    assert former.text(Lang.NONE) == former.text_en != former.text_nl
    unknown, moment, screening = got["F-066"].notes
    assert (unknown.kind, unknown.municipality, unknown.date) == \
        (NoteKind.MUNICIPALITY_UNKNOWN, "GM0018", None)
    assert (moment.kind, moment.contact, moment.moment, moment.date) == \
        (NoteKind.UNKNOWN_MOMENT, "K2", "jgz-12m", D(2025, 3, 2))
    assert (screening.kind, screening.contact, screening.finding) == \
        (NoteKind.SCREENING_UNASSIGNED, "K3", FindingKind.SCREENING)
    assert [(n.finding, n.item) for n in got["F-067"].notes] == \
        [(FindingKind.GIZ, "network"), (FindingKind.SIGNAL, "S2")]
    assert all(n.text_nl and n.text_en for a in got.values() for n in a.notes)


def test_notes_name_an_expired_zrm_caregiver(vectors, test_catalog):
    got = assessed(vectors, test_catalog, "05-validity-boundaries.xml")
    zrm = [n for a in got.values() for n in a.notes if n.finding is FindingKind.ZRM]
    assert zrm and all(n.caregiver for n in zrm)
    assert ("K5", "finances", "P1") in {(n.contact, n.item, n.caregiver) for n in zrm}


def test_fallback_routes(vectors, test_catalog):
    """Vector 21: below the start level until the proposed level is
    available, for needs and for review advice."""
    got = assessed(vectors, test_catalog, "21-levels-and-fallback.xml")
    routes = [r for n in got["F-031"].needs for r in n.routes]
    assert ("wijkteam-hoogeveen", True) in {(r.id, r.fallback) for r in routes}
    assert ("jgz-extra-consult", True) in {(r.id, r.fallback) for r in routes}
    (review,) = [x for x in got["F-031"].advice if x.kind is AdviceKind.REVIEW]
    assert review.routes and all(r.fallback for r in review.routes)
    assert review.gap == (4, 5)
    assert not any(r.fallback for n in got["F-030"].needs for r in n.routes)


def test_caregiver_age_check(vectors, test_catalog):
    """Vector 22: an age criterion needs a birth year the dossier lacks."""
    got = assessed(vectors, test_catalog, "22-pregnancy-entry-criteria.xml")
    checked = [(fid, r.id, r.check) for fid, a in got.items() for n in a.needs
               for r in n.routes if r.check]
    assert checked == [("F-035", "voorzorg", RouteCheck.CAREGIVER_AGE)]
    assert RouteCheck.CAREGIVER_AGE.token == "caregiver-age"
    assert RouteCheck.CAREGIVER_AGE.label("nl") != RouteCheck.CAREGIVER_AGE.label("en")


def test_indicated_moments_name_their_trigger(vectors, test_catalog):
    """Vector 28: an indicated moment is anchored on the contact that
    triggered it; the pack says which consult status triggers it."""
    got = assessed(vectors, test_catalog, "28-indicated-contacts.xml")
    f62 = [(s.moment, s.trigger, s.open) for s in got["F-062"].schedule if s.trigger]
    assert f62 == [("jgz-indicated-problem", "K1", D(2025, 12, 28)),
                   ("jgz-indicated-attention", "K3", D(2026, 2, 21))]
    (fam,) = [s for s in got["F-063"].schedule if s.trigger]
    assert (fam.subject, fam.trigger) == ("F-063", "K1")  # about the family
    pack = got["F-062"].pack
    assert pack.moment("jgz-indicated-problem").trigger is Trigger.CONSULT_PROBLEM
    assert pack.moment("jgz-indicated-attention").trigger is Trigger.CONSULT_ATTENTION
    assert all(s.trigger is None for s in got["F-062"].schedule
               if not s.moment.startswith("jgz-indicated"))
