# libgoedestart Python binding - tests of goedestart.codes.
# SPDX-License-Identifier: EUPL-1.2
import enum

import pytest

import goedestart
from goedestart import _capi, codes
from goedestart.codes import (CareNeed, Code, Kind, Lang, PregnancyOutcome, Province, Topic)


def test_every_code_enum_equals_the_library():
    """Names and numbers of every token enum are those of the C library:
    member name == token upper-cased with '-' -> '_'."""
    assert set(codes.CODE_ENUMS) == set(Kind) - {Kind.GOM, Kind.ZRM_SCORE, Kind.SEVERITY,
                                                 Kind.MELDCODE_STEP}
    for kind, cls in codes.CODE_ENUMS.items():
        assert cls.kind() is kind
        expected = {codes.token(kind, c).upper().replace("-", "_"): c for c in kind.codes()}
        members = {m.name: int(m) for m in cls}
        if cls in (PregnancyOutcome, codes.MeldcodeDecision, codes.Trigger,
                   codes.RouteCheck):  # NONE (0) has no token
            assert members.pop("NONE") == 0
        assert members == expected, kind


def test_kind_enum_covers_the_library():
    for k in Kind:
        assert _capi.lib.gs_code_count(k) > 0, k
    beyond = max(Kind) + 1
    assert _capi.lib.gs_code_count(beyond) == 0
    assert _capi.lib.gs_code_at(Kind.TOPIC, 999) == -1
    assert Kind.TOPIC.codes() == list(range(1, 28))


def test_tokens_labels_and_parse():
    assert Topic.FINANCES_DEBT.token == "finances-debt"
    assert Topic.HOUSING.label(Lang.NL) == "huisvesting"
    assert Topic.HOUSING.label("en") == Topic.HOUSING.label(Lang.NONE)
    assert CareNeed.parse("urgent-support") is CareNeed.URGENT_SUPPORT
    assert Province.parse("DR") is Province.DR
    assert Province.GR.label(Lang.NL) == "Groningen"
    assert codes.token(Kind.GOM, 4) == "4"
    assert codes.label(Kind.GOM, 4, Lang.NL) == "GOM 4"
    assert codes.parse(Kind.SEVERITY, "3") == 3
    for kind in Kind:
        for c in kind.codes():
            for lang in (Lang.NL, Lang.EN):
                assert codes.label(kind, c, lang)


def test_bad_codes():
    with pytest.raises(goedestart.ParseError) as info:
        Topic.parse("foo")
    assert "foo" in info.value.message
    with pytest.raises(ValueError):
        codes.token(Kind.TOPIC, 99)
    with pytest.raises(ValueError):
        codes.label(Kind.TOPIC, 99, Lang.NL)
    with pytest.raises(ValueError):
        Lang.coerce("fr")
    with pytest.raises(goedestart.InvalidArgumentError):
        codes.parse(99, "x")  # type: ignore[arg-type]


def test_coerce():
    assert Topic.coerce("housing") is Topic.HOUSING
    assert Topic.coerce(7) is Topic.HOUSING
    assert Lang.coerce(None) is Lang.NONE and Lang.coerce("NL") is Lang.NL
    assert codes.optional(CareNeed, 0) is None
    assert codes.optional(codes.Safety, 0) is codes.Safety.NONE


def test_plain_enums_are_int_enums_with_spec_numbers():
    assert codes.Scope.MUNICIPALITY == 4
    assert codes.AdviceKind.PLAN_CLOSABLE == 5
    assert codes.HitPolicy.COLLECT == 7
    assert codes.Aggregation.MAX == 4
    assert codes.ValueType.BOOL == 3
    assert codes.SummaryColumn.IN_PROGRAMME == 6
    for cls in (codes.Scope, codes.AdviceKind, codes.HitPolicy, Lang):
        assert issubclass(cls, enum.IntEnum)
    assert issubclass(Topic, Code)


def test_municipalities():
    ms = codes.municipalities()
    assert len(ms) == 11 == _capi.lib.gs_municipality_count()
    assert ms[0].code.startswith("GM")
    emmen = codes.find_municipality("GM0114")
    assert (emmen.name, emmen.province) == ("Emmen", Province.DR)
    assert emmen in ms
    assert {m.province for m in ms} == {Province.DR, Province.GR}
    with pytest.raises(goedestart.NotFoundError):
        codes.find_municipality("GM0363")
    with pytest.raises(goedestart.InvalidArgumentError):
        codes.find_municipality("Emmen")
    assert _capi.lib.gs_municipality_code(11) is None
    assert _capi.lib.gs_municipality_name(99) is None
    assert _capi.lib.gs_municipality_province(99) is None


def test_meldcode_kinds():
    from goedestart import Kind, MeldcodeDecision
    assert MeldcodeDecision.kind() is Kind.MELDCODE_DECISION
    assert Kind.MELDCODE_DECISION.codes() == [1, 2, 3]
    assert MeldcodeDecision.parse("report") is MeldcodeDecision.REPORT
    assert MeldcodeDecision.HELP.token == "help"
    assert Kind.MELDCODE_STEP.codes() == [1, 2, 3, 4, 5]
    assert codes.token(Kind.MELDCODE_STEP, 3) == "3"
