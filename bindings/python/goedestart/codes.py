# libgoedestart Python binding - codes, tokens, labels, municipalities.
# SPDX-License-Identifier: EUPL-1.2
"""Every enumeration of the C API as an :class:`enum.IntEnum` with the
spec's numbers (gs-codes.h, gs-common.h, gs-pack.h, gs-assess.h,
gs-summary.h).

The enumerations that have XML tokens (a ``gs_kind``) derive from
:class:`Code`: ``Topic.HOUSING.token == "housing"``,
``Topic.HOUSING.label(Lang.NL)``, ``Topic.parse("housing")``. Tokens and
labels always come from the C library (``gs_code_token``,
``gs_code_label``, ``gs_code_parse``); this module holds only the names and
numbers, and the tests check them against the library.

>>> Topic.FINANCES_DEBT.token
'finances-debt'
>>> CareNeed.parse("urgent-support") is CareNeed.URGENT_SUPPORT
True
"""

import ctypes
import dataclasses
import enum
from typing import Callable, Dict, List, Optional, Type, TypeVar, Union

from . import _capi
from .errors import check

C = TypeVar("C", bound="Code")
E = TypeVar("E", bound=enum.IntEnum)


class Lang(enum.IntEnum):
    """``gs_lang``: the language of labels and reason texts."""

    NONE = 0  #: no language (texts are left out where optional)
    NL = 1    #: Dutch
    EN = 2    #: English

    @classmethod
    def coerce(cls, value: "LangLike") -> "Lang":
        """A :class:`Lang` from a member, its number, ``"nl"``/``"en"``
        (any case) or ``None`` (:attr:`NONE`)."""
        if value is None:
            return cls.NONE
        if isinstance(value, str):
            try:
                return cls[value.upper()]
            except KeyError:
                raise ValueError(f"unknown language {value!r} (use 'nl' or 'en')") from None
        return cls(value)


#: What the ``lang`` parameters accept.
LangLike = Union[Lang, int, str, None]


class Kind(enum.IntEnum):
    """``gs_kind``: the enumerations the generic code functions know."""

    ROLE = 1
    CHILD_WISH = 2
    PREGNANCY_OUTCOME = 3
    SETTING = 4
    SIGNALLER = 5
    TOPIC = 6
    DMOP_DOMAIN = 7
    DMOP_RATING = 8
    CONSULT_STATUS = 9
    GIZ_AREA = 10
    GOM = 11            #: GOM levels 1-5 (tokens "1".."5")
    CONCERN = 12
    ZRM_DOMAIN = 13
    ZRM_SCORE = 14      #: ZRM scores 1-5 (tokens "1".."5")
    PH_DIMENSION = 15
    SIGNAL_KIND = 16
    SEVERITY = 17       #: signal severity 1-3 (tokens "1".."3")
    PHASE = 18
    CARE_NEED = 19
    LEVEL = 20
    GOAL_STATUS = 21
    REVIEW_OUTCOME = 22
    FINDING = 23
    ANCHOR = 24
    MOMENT_STATUS = 25
    MOVE = 26
    SAFETY = 27
    STRENGTH = 28
    OFFER_PROBLEM = 29
    PROVINCE = 30
    MELDCODE_DECISION = 31  #: :class:`MeldcodeDecision`
    MELDCODE_STEP = 32  #: the five Meldcode steps (tokens "1".."5")
    TRIGGER = 33        #: :class:`Trigger`
    ROUTE_CHECK = 34    #: :class:`RouteCheck`
    NOTE = 35           #: :class:`NoteKind`

    def codes(self) -> List[int]:
        """The valid codes of this kind in code order (``gs_code_count``,
        ``gs_code_at``)."""
        return [int(_capi.lib.gs_code_at(self, i))
                for i in range(int(_capi.lib.gs_code_count(self)))]


# ---- generic functions ----------------------------------------------------------

def token(kind: Kind, code: int) -> str:
    """The XML token of ``code`` (``gs_code_token``).

    Raises:
        ValueError: the kind or code is not valid.
    """
    t = _capi.lib.gs_code_token(int(kind), int(code))
    if t is None:
        raise ValueError(f"{int(code)} is not a valid code of kind {int(kind)}")
    return t.decode("utf-8")


def label(kind: Kind, code: int, lang: LangLike = Lang.EN) -> str:
    """The Dutch or English label of ``code`` (``gs_code_label``).

    Raises:
        ValueError: the kind, code or language is not valid.
    """
    t = _capi.lib.gs_code_label(int(kind), int(code), Lang.coerce(lang))
    if t is None:
        raise ValueError(f"{int(code)} is not a valid code of kind {int(kind)}")
    return t.decode("utf-8")


def parse(kind: Kind, text: str) -> int:
    """The code of an XML token (``gs_code_parse``; exact match).

    Raises:
        ParseError: unknown token (the library's message lists valid ones
            for small enumerations).
    """
    out = ctypes.c_int()
    check(_capi.lib.gs_code_parse(int(kind), text.encode("utf-8"), ctypes.byref(out)))
    return out.value


# ---- enumerations with tokens ----------------------------------------------------

#: The ``gs_kind`` of each :class:`Code` subclass.
_KINDS: Dict[type, Kind] = {}


class Code(enum.IntEnum):
    """Base of the enumerations that have XML tokens and labels."""

    @classmethod
    def kind(cls) -> Kind:
        """The ``gs_kind`` of this enumeration."""
        return _KINDS[cls]

    @property
    def token(self) -> str:
        """The XML token, e.g. ``"not-good"`` (``gs_code_token``)."""
        return token(_KINDS[type(self)], self)

    def label(self, lang: LangLike = Lang.EN) -> str:
        """The label in ``lang`` (``gs_code_label``); ``Lang.NONE`` gives
        English."""
        return label(_KINDS[type(self)], self, lang)

    @classmethod
    def parse(cls: Type[C], text: str) -> C:
        """The member whose token is ``text``.

        Raises:
            ParseError: unknown token.
        """
        return cls(parse(_KINDS[cls], text))

    @classmethod
    def coerce(cls: Type[C], value: Union[int, str]) -> C:
        """A member from a member, its number or its token.

        Raises:
            ValueError: an unknown number; ParseError: an unknown token.
        """
        if isinstance(value, str):
            return cls.parse(value)
        return cls(value)


def _kind(kind: Kind) -> Callable[[Type[C]], Type[C]]:
    def register(cls: Type[C]) -> Type[C]:
        _KINDS[cls] = kind
        return cls
    return register


@_kind(Kind.ROLE)
class Role(Code):
    """``gs_role``: role of a caregiver."""
    BIRTH_PARENT = 1
    PARTNER = 2
    OTHER_CAREGIVER = 3


@_kind(Kind.CHILD_WISH)
class ChildWish(Code):
    """``gs_child_wish``: the family's wish for a child."""
    UNKNOWN = 0
    NOT_NOW = 1
    ACTIVE = 2


@_kind(Kind.PREGNANCY_OUTCOME)
class PregnancyOutcome(Code):
    """``gs_pregnancy_outcome``: outcome of an ended pregnancy (``NONE``:
    not ended; it has no token)."""
    NONE = 0
    BIRTH = 1
    LOSS = 2


@_kind(Kind.SETTING)
class Setting(Code):
    """``gs_setting``: where a signal moment takes place."""
    MIDWIFE_PRACTICE = 1
    MATERNITY_CARE = 2
    HOSPITAL = 3
    WELL_BABY_CLINIC = 4
    PRESCHOOL = 5
    PRIMARY_SCHOOL = 6
    SECONDARY_SCHOOL = 7
    PRECONCEPTION_CLINIC = 8
    HOME = 9
    OTHER = 10


@_kind(Kind.SIGNALLER)
class Signaller(Code):
    """``gs_signaller``: who signals (also the responsible of an action)."""
    MIDWIFE = 1
    GYNAECOLOGIST = 2
    MATERNITY_NURSE = 3
    JGZ_NURSE = 4
    JGZ_DOCTOR = 5
    GP = 6
    FAMILY = 7
    NEAR_ENVIRONMENT = 8
    NEIGHBOURHOOD_TEAM = 9
    MEE_GGZ = 10
    TEACHER = 11
    SPORTS_COACH = 12
    OTHER = 13


@_kind(Kind.TOPIC)
class Topic(Code):
    """``gs_topic``: topics of signals, screening, needs and offers."""
    SOCIAL_SUPPORT = 1
    LIFE_EVENTS = 2
    PARTNER_RELATIONSHIP = 3
    DOMESTIC_VIOLENCE = 4
    CHILD_SAFETY = 5
    FINANCES_DEBT = 6
    HOUSING = 7
    WORK_EDUCATION = 8
    HEALTH_LITERACY = 9
    SMOKING = 10
    ALCOHOL_DRUGS = 11
    HEALTHY_WEIGHT = 12
    MENTAL_HEALTH = 13
    PARENTING = 14
    CHILD_DEVELOPMENT = 15
    CONTRACEPTION = 16
    PREGNANCY_HEALTH = 17
    LATE_PRENATAL_CARE = 18
    FEELINGS_PREGNANCY = 19
    CHILDHOOD_EXPERIENCE = 20
    PHYSICAL_HEALTH = 21
    SCHOOL_ABSENCE = 22
    BULLYING = 23
    SEXUAL_HEALTH = 24
    YOUNG_CARER = 25
    CHILD_MENTAL_HEALTH = 26
    YOUTH_SUBSTANCE_USE = 27


@_kind(Kind.DMOP_DOMAIN)
class DmopDomain(Code):
    """``gs_dmop_domain``: the five DMOP domains."""
    PARENT_COMPETENCE = 1
    PARTNER_ROLE = 2
    SOCIAL_NETWORK = 3
    EVENTS_CIRCUMSTANCES = 4
    CHILD_WELLBEING = 5


@_kind(Kind.DMOP_RATING)
class DmopRating(Code):
    """``gs_dmop_rating``: a DMOP rating (also the overall conclusion)."""
    GOOD = 1
    FAIR = 2
    NOT_GOOD = 3
    NOT_DISCUSSED = 4


@_kind(Kind.CONSULT_STATUS)
class ConsultStatus(Code):
    """``gs_consult_status``: status after the 8-week consult."""
    FINE = 1
    ATTENTION = 2
    PROBLEM = 3


@_kind(Kind.GIZ_AREA)
class GizArea(Code):
    """``gs_giz_area``: GIZ areas (rated GOM 1-5)."""
    PHYSICAL_DEVELOPMENT = 1
    COGNITIVE_DEVELOPMENT = 2
    EMOTIONAL_DEVELOPMENT = 3
    SOCIAL_DEVELOPMENT = 4
    BASIC_CARE_SAFETY = 5
    PARENTING = 6
    PARENTHOOD_EXPERIENCE = 7
    MUTUAL_SUPPORT = 8
    FAMILY_CIRCUMSTANCES = 9
    NETWORK = 10


@_kind(Kind.CONCERN)
class Concern(Code):
    """``gs_concern``: pregnancy-screening concern."""
    LOW = 1
    SOME = 2
    HIGH = 3


@_kind(Kind.ZRM_DOMAIN)
class ZrmDomain(Code):
    """``gs_zrm_domain``: ZRM 2017 domains (scored 1-5)."""
    FINANCES = 1
    WORK_EDUCATION = 2
    TIME_USE = 3
    HOUSING = 4
    DOMESTIC_RELATIONS = 5
    MENTAL_HEALTH = 6
    PHYSICAL_HEALTH = 7
    SUBSTANCE_USE = 8
    BASIC_ADL = 9
    INSTRUMENTAL_ADL = 10
    SOCIAL_NETWORK = 11
    PARTICIPATION = 12
    JUSTICE = 13


@_kind(Kind.PH_DIMENSION)
class PhDimension(Code):
    """``gs_ph_dimension``: Positive Health dimensions (scored 0-10)."""
    BODILY_FUNCTIONS = 1
    MENTAL_WELLBEING = 2
    MEANINGFULNESS = 3
    QUALITY_OF_LIFE = 4
    PARTICIPATION = 5
    DAILY_FUNCTIONING = 6


@_kind(Kind.SIGNAL_KIND)
class SignalKind(Code):
    """``gs_signal_kind``: risk or protective."""
    RISK = 1
    PROTECTIVE = 2


@_kind(Kind.PHASE)
class Phase(Code):
    """``gs_phase``: the six life phases of the programme."""
    ANTICONCEPTION = 1
    PRECONCEPTION = 2
    PREGNANCY_BIRTH = 3
    CHILD_0_4 = 4
    CHILD_5_12 = 5
    CHILD_13_19 = 6


@_kind(Kind.CARE_NEED)
class CareNeed(Code):
    """``gs_care_need``: proposed or agreed care need, least to most."""
    POSITIVE_CONFIRMATION = 1
    ADDITIONAL_CARE = 2
    URGENT_SUPPORT = 3


@_kind(Kind.LEVEL)
class Level(Code):
    """``gs_level``: levels of the self-reliance pyramid."""
    OWN_STRENGTH = 1
    NETWORK = 2
    VOLUNTEERS = 3
    LIGHT_PROFESSIONAL = 4
    INTENSIVE_PROFESSIONAL = 5


@_kind(Kind.GOAL_STATUS)
class GoalStatus(Code):
    """``gs_goal_status``: status of a plan goal."""
    OPEN = 1
    ACHIEVED = 2
    STOPPED = 3


@_kind(Kind.REVIEW_OUTCOME)
class ReviewOutcome(Code):
    """``gs_review_outcome``: outcome of a plan review."""
    ACHIEVED = 1
    PARTIAL = 2
    NOT_ACHIEVED = 3
    WORSENED = 4


@_kind(Kind.FINDING)
class FindingKind(Code):
    """``gs_finding_kind``: kinds of finding a contact holds."""
    DMOP = 1
    DMOP_OVERALL = 2
    CONSULT = 3
    GIZ = 4
    SCREENING = 5
    HELP_REQUESTED = 6
    ZRM = 7
    POSITIVE_HEALTH = 8
    SIGNAL = 9


@_kind(Kind.ANCHOR)
class Anchor(Code):
    """``gs_anchor``: anchor of a schedule moment."""
    CONCEPTION = 1
    BIRTH = 2
    INDICATION = 3  #: the date of the trigger contact (an indicated moment)


@_kind(Kind.MOMENT_STATUS)
class MomentStatus(Code):
    """``gs_moment_status``: status of a schedule instance."""
    UPCOMING = 1
    DUE = 2
    OVERDUE = 3
    MISSED = 4
    DONE = 5
    NOT_APPLICABLE = 6


@_kind(Kind.MOVE)
class Move(Code):
    """``gs_move``: move proposed by the level-review table."""
    STAY = 1
    STEP_UP = 2
    STEP_DOWN = 3
    JUMP_INTENSIVE = 4
    CLOSE = 5


@_kind(Kind.SAFETY)
class Safety(Code):
    """``gs_safety``: value of the ``safety`` fact."""
    NONE = 0
    SOME = 1
    HIGH = 2


@_kind(Kind.STRENGTH)
class Strength(Code):
    """``gs_strength``: value of the ``network`` and ``competence`` facts."""
    UNKNOWN = 0
    WEAK = 1
    STRONG = 2


@_kind(Kind.OFFER_PROBLEM)
class OfferProblem(Code):
    """``gs_offer_problem``: problem found by the plan's offer check
    (``GS_OFFER_UNKNOWN`` is :attr:`UNKNOWN_OFFER`, after its token)."""
    UNKNOWN_OFFER = 1
    LEVEL_MISMATCH = 2


@_kind(Kind.PROVINCE)
class Province(Code):
    """The Dutch provinces (``GS_KIND_PROVINCE``), tokens ``DR``, ``GR``..."""
    DR = 1
    GR = 2
    FR = 3
    OV = 4
    FL = 5
    GE = 6
    UT = 7
    NH = 8
    ZH = 9
    ZE = 10
    NB = 11
    LI = 12


@_kind(Kind.MELDCODE_DECISION)
class MeldcodeDecision(Code):
    """``gs_meldcode_decision``: the decision recorded at step 5 of the
    Meldcode; steps 1-4 carry :attr:`NONE` (which has no token)."""
    NONE = 0
    HELP = 1
    REPORT = 2
    HELP_AND_REPORT = 3


@_kind(Kind.TRIGGER)
class Trigger(Code):
    """``gs_trigger``: what triggers an indicated moment (anchor
    :attr:`Anchor.INDICATION`); moments with another anchor carry
    :attr:`NONE` (which has no token)."""
    NONE = 0
    CONSULT_PROBLEM = 1
    CONSULT_ATTENTION = 2


@_kind(Kind.ROUTE_CHECK)
class RouteCheck(Code):
    """``gs_route_check``: what the professional must check before
    proposing a route; :attr:`NONE` (no token) when nothing."""
    NONE = 0
    CAREGIVER_AGE = 1


@_kind(Kind.NOTE)
class NoteKind(Code):
    """``gs_note_kind``: kinds of note (what the assessment did not count)."""
    EXPIRED = 1
    SCREENING_UNASSIGNED = 2
    UNKNOWN_MOMENT = 3
    MUNICIPALITY_UNKNOWN = 4
    MUNICIPALITY_FORMER = 5


# ---- enumerations without tokens --------------------------------------------------

class Scope(enum.IntEnum):
    """``gs_scope``: the kind of an offer's scope."""
    NATIONAL = 1
    REGION = 2
    PROVINCE = 3
    MUNICIPALITY = 4


class AdviceKind(enum.IntEnum):
    """``gs_advice_kind``: kinds of plan advice, in reporting order."""
    OFFER_CHECK = 1
    REVIEW = 2
    REVIEW_OVERDUE = 3
    CONCLUSION_DIFFERS = 4
    PLAN_CLOSABLE = 5
    MELDCODE = 6          #: safety concerns: the Meldcode's next step (reported first)
    INTEGRATED_PLAN = 7   #: concerns on three or more topics


class HitPolicy(enum.IntEnum):
    """``gs_hit_policy``: DMN hit policy of a decision table."""
    UNIQUE = 1
    FIRST = 2
    PRIORITY = 3
    ANY = 4
    RULE_ORDER = 5
    OUTPUT_ORDER = 6
    COLLECT = 7


class Aggregation(enum.IntEnum):
    """``gs_aggregation``: aggregation of a COLLECT table."""
    NONE = 0
    SUM = 1
    COUNT = 2
    MIN = 3
    MAX = 4


class ValueType(enum.IntEnum):
    """``gs_value_type``: type of a decision input, output or fact."""
    NULL = 0
    NUMBER = 1
    STRING = 2
    BOOL = 3


class SummaryColumn(enum.IntEnum):
    """``gs_summary_column``: the integer columns of a population table."""
    OUTCOME = 1        #: proposed care need (:class:`CareNeed` code)
    NEEDS = 2          #: number of needs
    MAX_LEVEL = 3      #: highest start level, 0 without needs
    OVERDUE = 4        #: listed schedule instances that are overdue
    MUNICIPALITY = 5   #: the number nnnn of the municipality code GMnnnn
    IN_PROGRAMME = 6   #: 1 when the family is in the programme, else 0


class GroupBy(enum.IntEnum):
    """``gs_group_by``: how population analyses group families."""
    MUNICIPALITY = 1   #: the municipality code GMnnnn
    PROVINCE = 2       #: the province token (DR, GR, ...) or "unknown"
    NONE = 3           #: one group "all"
    LABEL = 4          #: a caller-supplied label per family


class SurvivalTest(enum.IntEnum):
    """``gs_survival_test``: the comparisons of survival curves."""
    LOG_RANK = 1
    TARONE_WARE = 2
    GEHAN_BRESLOW = 3


class Indicator(enum.IntEnum):
    """``gs_indicator``: the process indicators of spec/indicators.md, in
    the order of its table."""
    PREGNANCIES = 1
    SCREENED_BEFORE_16W = 2
    BIRTHS = 3
    JGZ_8W_ON_TIME = 4
    MOMENTS_MISSED = 5
    CARE_NEED_POSITIVE_CONFIRMATION = 6
    CARE_NEED_ADDITIONAL_CARE = 7
    CARE_NEED_URGENT_SUPPORT = 8
    TIME_TO_SUPPORT_MEDIAN = 9
    TIME_TO_SUPPORT_28D = 10
    ACTIONS_BY_LEVEL_1 = 11
    ACTIONS_BY_LEVEL_2 = 12
    ACTIONS_BY_LEVEL_3 = 13
    ACTIONS_BY_LEVEL_4 = 14
    ACTIONS_BY_LEVEL_5 = 15
    STARTED_AT_PROPOSED_LEVEL = 16
    WARM_HANDOVER = 17
    GOALS_ACHIEVED = 18
    CARE_GAPS = 19

    @classmethod
    def library_count(cls) -> int:
        """The number of indicators the library computes per group
        (``gs_indicator_count``)."""
        return int(_capi.lib.gs_indicator_count())

    @property
    def id(self) -> str:
        """The indicator's id, e.g. ``"jgz-8w-on-time"`` (``gs_indicator_id``)."""
        return _capi.text(_capi.lib.gs_indicator_id(self))

    def description(self, lang: LangLike = Lang.EN) -> str:
        """A one-line description for people (``gs_indicator_description``)."""
        return _capi.text(_capi.lib.gs_indicator_description(self, Lang.coerce(lang)))


class ExportFormat(enum.IntEnum):
    """``gs_export_format``: output formats of the research export."""
    CSV = 1
    XML = 2


#: Every :class:`Code` enumeration, by its kind.
CODE_ENUMS: Dict[Kind, Type[Code]] = {k: cls for cls, k in _KINDS.items()}


def optional(cls: Type[E], value: int) -> Optional[E]:
    """``cls(value)``, or ``None`` for the C "none" value 0 when 0 is not a
    member of ``cls``."""
    if value == 0 and 0 not in cls._value2member_map_:
        return None
    return cls(value)


# ---- municipalities ---------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Municipality:
    """One of the Goede Start municipalities the library knows."""

    code: str            #: CBS code ``GMnnnn``
    name: str            #: e.g. ``"Emmen"``
    province: Province   #: ``DR`` or ``GR``


def _municipality(i: int) -> Municipality:
    lib = _capi.lib
    return Municipality(_capi.text(lib.gs_municipality_code(i)),
                        _capi.text(lib.gs_municipality_name(i)),
                        Province.parse(_capi.text(lib.gs_municipality_province(i))))


def municipalities() -> List[Municipality]:
    """The eleven Goede Start municipalities in the order of spec/model.md
    (``gs_municipality_count`` and friends). Any other well-formed ``GMnnnn``
    code is still a valid municipality for a family."""
    return [_municipality(i) for i in range(int(_capi.lib.gs_municipality_count()))]


def find_municipality(code: str) -> Municipality:
    """The known municipality with CBS code ``code`` (``gs_municipality_find``).

    Raises:
        NotFoundError: a well-formed code that is not a Goede Start
            municipality.
        InvalidArgumentError: a malformed code.
    """
    index = ctypes.c_size_t()
    check(_capi.lib.gs_municipality_find(code.encode("utf-8"), ctypes.byref(index)))
    return _municipality(index.value)


__all__ = [
    "AdviceKind", "Aggregation", "Anchor", "CODE_ENUMS", "CareNeed", "ChildWish", "Code",
    "Concern", "ConsultStatus", "DmopDomain", "DmopRating", "ExportFormat", "FindingKind",
    "GizArea", "GoalStatus", "GroupBy", "HitPolicy", "Indicator", "Kind", "Lang", "LangLike",
    "Level", "MeldcodeDecision", "MomentStatus", "Move", "Municipality", "NoteKind",
    "OfferProblem", "PhDimension", "Phase",
    "PregnancyOutcome", "Province", "ReviewOutcome", "Role", "RouteCheck", "Safety", "Scope",
    "Setting", "SignalKind", "Signaller", "Strength", "SummaryColumn", "SurvivalTest", "Topic",
    "Trigger", "ValueType",
    "ZrmDomain", "find_municipality", "label", "municipalities", "optional", "parse", "token"
]
