# libgoedestart Python binding - tests of goedestart.family.
# SPDX-License-Identifier: EUPL-1.2
import datetime

import pytest

import goedestart
from goedestart import (CareNeed, ChildWish, DmopDomain, DmopRating, Family, FindingKind,
                        GoalStatus, Level, PregnancyOutcome, ReviewOutcome, Role, Setting,
                        Signaller, SignalKind, Topic)

from conftest import build_family

D = datetime.date


def test_builder_and_accessors():
    f = build_family()
    assert f.is_finished and not f.read_only
    assert (f.id, f.municipality, f.enrolled, f.child_wish) == \
        ("F-B1", "GM0114", D(2024, 1, 8), ChildWish.NOT_NOW)
    assert [(c.id, c.role) for c in f.caregivers] == [("P1", Role.BIRTH_PARENT),
                                                      ("P2", Role.PARTNER)]
    (z,) = f.pregnancies
    assert (z.id, z.caregiver, z.due, z.ended, z.outcome, z.child) == \
        ("Z1", "P1", D(2024, 3, 1), D(2024, 2, 27), PregnancyOutcome.BIRTH, "C1")
    (c,) = f.children
    assert (c.id, c.born, c.pregnancy) == ("C1", D(2024, 2, 27), "Z1")
    # contacts in date order after finish (K0 was added after K1)
    k0, k1 = f.contacts
    assert (k0.id, k0.moment, k0.setting, k0.by, k0.subject) == \
        ("K0", "vk-screening", Setting.MIDWIFE_PRACTICE, Signaller.MIDWIFE, "Z1")
    assert [x.kind for x in k1.findings] == [
        FindingKind.DMOP, FindingKind.DMOP, FindingKind.DMOP_OVERALL, FindingKind.CONSULT,
        FindingKind.GIZ, FindingKind.HELP_REQUESTED, FindingKind.ZRM,
        FindingKind.POSITIVE_HEALTH, FindingKind.SIGNAL, FindingKind.SIGNAL]
    dmop = k1.findings[0]
    assert (dmop.item, dmop.value) == (DmopDomain.PARENT_COMPETENCE, DmopRating.NOT_GOOD)
    assert isinstance(dmop.item, DmopDomain) and isinstance(dmop.value, DmopRating)
    overall = k1.findings[2]
    assert overall.item is None and overall.value is DmopRating.FAIR
    zrm = k1.findings[6]
    assert (zrm.caregiver, zrm.value) == ("P1", 2)
    s2 = k1.findings[9]
    assert (s2.signal_id, s2.item, s2.signal_kind, s2.value, s2.resolved) == \
        ("S2", Topic.SOCIAL_SUPPORT, SignalKind.PROTECTIVE, 1, D(2024, 9, 1))
    assert k1.findings[8].resolved is None
    (con,) = f.conclusions
    assert (con.care_need, con.proposed, con.reason) == \
        (CareNeed.ADDITIONAL_CARE, CareNeed.ADDITIONAL_CARE, None)
    g1, g0 = f.goals
    assert (g1.id, g1.topic, g1.status, g1.closed, g1.target) == \
        ("G1", Topic.FINANCES_DEBT, GoalStatus.OPEN, None, D(2024, 11, 1))
    assert g0.status is GoalStatus.ACHIEVED and g0.closed == D(2024, 4, 1)
    (a1,) = g1.actions
    assert (a1.level, a1.offer, a1.warm_handover, a1.responsible, a1.end) == \
        (Level.VOLUNTEERS, "sterk-uit-armoede", True, Signaller.JGZ_NURSE, None)
    assert a1.reviews[0].outcome is ReviewOutcome.PARTIAL


def test_builder_errors_change_nothing():
    f = Family("F-1", "GM0114", D(2025, 1, 1))
    f.add_caregiver("P1", Role.BIRTH_PARENT)
    with pytest.raises(goedestart.InvalidArgumentError) as info:
        f.add_caregiver("P1", Role.PARTNER)
    assert "P1" in info.value.message
    assert len(f.caregivers) == 1
    with pytest.raises(goedestart.InvalidArgumentError):
        f.add_finding("K9", FindingKind.DMOP, DmopDomain.PARTNER_ROLE, DmopRating.GOOD)
    with pytest.raises(goedestart.ParseError):
        f.add_caregiver("P2", "mother")
    with pytest.raises(goedestart.InvalidArgumentError):
        Family("", "GM0114", D(2025, 1, 1))
    with pytest.raises(goedestart.InvalidArgumentError):
        Family("F-2", "Emmen", D(2025, 1, 1))


def test_finish_reports_the_item_and_leaves_the_family():
    f = Family("F-0001", "GM0114", D(2025, 1, 1))
    f.add_caregiver("P1", Role.BIRTH_PARENT)
    f.add_contact("K7", D(2025, 2, 1), "ad-hoc", Setting.HOME, Signaller.GP, subject="C9")
    with pytest.raises(goedestart.ParseError) as info:
        f.finish()
    e = info.value
    assert e.status is goedestart.Status.EPARSE
    assert "K7" in e.message and "C9" in e.message and "F-0001" in e.message
    assert not f.is_finished
    assert [c.id for c in f.contacts] == ["K7"]


def test_clone_equal_and_changes():
    f = build_family()
    g = f.clone()
    assert g == f and g is not f
    assert not (g != f)
    g.add_caregiver("P3", Role.OTHER_CAREGIVER)
    assert not g.is_finished
    assert g != f  # unfinished compares unequal
    g.finish()
    assert g != f
    assert f.__eq__("x") is NotImplemented
    with pytest.raises(TypeError):
        hash(f)


def test_family_xml_round_trip():
    f = build_family()
    xml = f.to_xml()
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<family ')
    (g,) = goedestart.load_families(xml.encode("utf-8"))
    assert g == f
    assert g.to_xml() == xml


def test_close_and_context_manager():
    with build_family() as f:
        assert not f.closed
    assert f.closed
    with pytest.raises(ValueError, match="closed"):
        f.id  # noqa: B018
    f.close()  # idempotent
    assert repr(f) == "<Family (closed)>"
    g = build_family()
    assert "F-B1" in repr(g)


def test_codes_as_tokens_and_numbers():
    f = Family("F-T", "GM0037", D(2025, 3, 1))
    f.set_child_wish("active")
    f.add_caregiver("P1", 1)
    f.add_contact("K1", D(2025, 3, 2), "ad-hoc", "home", "family")
    f.add_finding("K1", "giz", "network", 2)
    f.add_finding("K1", FindingKind.SCREENING, "housing", "some")
    f.add_finding("K1", 6, None, 0)
    f.finish()
    assert f.child_wish is ChildWish.ACTIVE
    kinds = [x.kind for x in f.contacts[0].findings]
    assert kinds == [FindingKind.GIZ, FindingKind.SCREENING, FindingKind.HELP_REQUESTED]
    assert f.contacts[0].subject is None


def test_v5_birth_details_and_meldcode():
    from goedestart import MeldcodeDecision
    from goedestart.family import MeldcodeStep
    f = Family("F-V5", "GM0114", D(2025, 1, 6))
    f.add_caregiver("P1", Role.BIRTH_PARENT).add_child("C1", D(2024, 11, 2))
    assert f.caregiver_birth_year("P1") is None and f.caregivers[0].birth_year is None
    assert f.child_gestational_age("C1") is None and f.child_birth_weight("C1") is None
    f.set_caregiver_birth_year("P1", 1998)
    f.set_child_gestational_age("C1", 266).set_child_birth_weight("C1", 3250)
    assert f.caregiver_birth_year("P1") == 1998 and f.caregivers[0].birth_year == 1998
    (c,) = f.children
    assert (c.gestational_age, c.birth_weight) == (266, 3250)
    assert f.child_gestational_age("C1") == 266 and f.child_birth_weight("C1") == 3250
    assert f.meldcode_steps == []
    f.add_meldcode_step(5, D(2025, 2, 10), "help-and-report")
    f.add_meldcode_step(1, D(2025, 1, 20))
    f.add_meldcode_step(2, D(2025, 1, 20), MeldcodeDecision.NONE)
    # errors change nothing
    with pytest.raises(goedestart.InvalidArgumentError):
        f.set_caregiver_birth_year("P9", 1990)
    with pytest.raises(goedestart.InvalidArgumentError):
        f.set_caregiver_birth_year("P1", 1800)
    with pytest.raises(goedestart.InvalidArgumentError):
        f.set_child_gestational_age("C1", 20)
    with pytest.raises(goedestart.InvalidArgumentError):
        f.set_child_birth_weight("C9", 3000)
    with pytest.raises(goedestart.InvalidArgumentError):
        f.add_meldcode_step(5, D(2025, 2, 11))            # step 5 needs a decision
    with pytest.raises(goedestart.InvalidArgumentError):
        f.add_meldcode_step(3, D(2025, 2, 11), MeldcodeDecision.REPORT)
    with pytest.raises(goedestart.InvalidArgumentError):
        f.add_meldcode_step(6, D(2025, 2, 11))
    with pytest.raises(KeyError):
        f.caregiver_birth_year("P9")
    with pytest.raises(KeyError):
        f.child_birth_weight("C9")
    with pytest.raises(KeyError):
        f.child_gestational_age("C9")
    assert f.caregiver_birth_year("P1") == 1998
    assert len(f.meldcode_steps) == 3
    f.finish()
    steps = f.meldcode_steps
    assert steps == [MeldcodeStep(1, D(2025, 1, 20), MeldcodeDecision.NONE),
                     MeldcodeStep(2, D(2025, 1, 20), MeldcodeDecision.NONE),
                     MeldcodeStep(5, D(2025, 2, 10), MeldcodeDecision.HELP_AND_REPORT)]
    assert steps[2].decision.token == "help-and-report" and steps[2].n == 5
    # clearing
    f.set_caregiver_birth_year("P1", None).set_child_gestational_age("C1", 0)
    f.set_child_birth_weight("C1", None)
    assert f.caregiver_birth_year("P1") is None
    assert f.children[0].gestational_age is None and f.children[0].birth_weight is None
