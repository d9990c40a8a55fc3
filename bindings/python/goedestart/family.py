# libgoedestart Python binding - the family model.
# SPDX-License-Identifier: EUPL-1.2
"""A family (gezin) with its caregivers, pregnancies, children, contacts,
findings, conclusions and plan (gs-family.h, spec/model.md, plan.md).

**Building.** Create a :class:`Family`, add to it in any order that
respects parents (a finding needs its contact, an action its goal, a review
its action), then :meth:`Family.finish`. Every call is checked by the C
library at once, and :meth:`~Family.finish` checks the rest (references,
date order, one open goal per topic); a failed call raises and changes
nothing::

    f = Family("F-1", "GM0114", date(2025, 1, 6))
    f.add_caregiver("P1", Role.BIRTH_PARENT)
    f.add_child("C1", date(2024, 11, 2))
    f.add_contact("K1", date(2025, 1, 6), "jgz-8w", Setting.WELL_BABY_CLINIC,
                  Signaller.JGZ_NURSE, subject="C1")
    f.add_dmop("K1", DmopDomain.PARENT_COMPETENCE, DmopRating.GOOD)
    f.finish()

Codes may be given as enum members, numbers or XML tokens
(``"well-baby-clinic"``); dates are :class:`datetime.date`.

**Reading.** Properties return plain Python objects (frozen dataclasses)
copied out of the C family, in the canonical order of a finished family.

**Lifetimes.** A :class:`Family` is a context manager; :meth:`~Family.close`
frees it at once (else garbage collection does). Families read from a
:class:`~goedestart.dossier.Dossier` are read-only *views* that live as long
as the dossier. Assessments read their family: changing a family (any
``add_*`` or ``set_*`` call) closes the assessments made of it.
"""

import ctypes
import dataclasses
import datetime
from typing import Dict, List, NamedTuple, Optional, Tuple, Type, Union

from . import _capi
from ._handle import Handle
from .codes import (CareNeed, ChildWish, Code, ConsultStatus, Concern, DmopDomain, DmopRating,
                    FindingKind, GizArea, GoalStatus, Level, MeldcodeDecision, PhDimension,
                    PregnancyOutcome, ReviewOutcome, Role, Setting, SignalKind, Signaller, Topic,
                    ZrmDomain, optional)
from .dates import from_optional_gs_date, to_gs_date
from .errors import check

#: A code argument: the enum member, its number or its XML token.
CodeLike = Union[int, str]

_lib = _capi.lib
_NONE = _capi.GS_DATE_NONE


def _b(text: Optional[str]) -> Optional[bytes]:
    return None if text is None else text.encode("utf-8")


def _date(d: Optional[datetime.date]) -> int:
    return _NONE if d is None else to_gs_date(d)


def _s(value: Optional[bytes]) -> Optional[str]:
    return None if value is None else value.decode("utf-8")


def _opt_int(value: int) -> Optional[int]:
    """A C "0 when not recorded" number as an int or None."""
    return None if value == 0 else int(value)


# ---- what a family holds ------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Caregiver:
    """A parent or other caregiver."""
    id: str
    role: Role
    birth_year: Optional[int] = None    #: year of birth, or None when not recorded


@dataclasses.dataclass(frozen=True)
class Pregnancy:
    """A pregnancy of a caregiver."""
    id: str
    caregiver: str                      #: id of the pregnant caregiver
    due: datetime.date                  #: expected due date
    ended: Optional[datetime.date]      #: date it ended, or None
    outcome: PregnancyOutcome           #: NONE while not ended
    child: Optional[str]                #: id of the child born, or None


@dataclasses.dataclass(frozen=True)
class Child:
    """A child of the family."""
    id: str
    born: datetime.date
    pregnancy: Optional[str]            #: id of the pregnancy it was born from
    gestational_age: Optional[int] = None  #: gestational age at birth in days, or None
    birth_weight: Optional[int] = None     #: birth weight in grams, or None


#: The enumeration of a finding's item and value, by kind (gs-family.h,
#: gs_family_add_finding); kinds not listed carry plain numbers.
_ITEM: Dict[FindingKind, Type[Code]] = {
    FindingKind.DMOP: DmopDomain, FindingKind.GIZ: GizArea, FindingKind.SCREENING: Topic,
    FindingKind.ZRM: ZrmDomain, FindingKind.POSITIVE_HEALTH: PhDimension,
    FindingKind.SIGNAL: Topic,
}
_VALUE: Dict[FindingKind, Type[Code]] = {
    FindingKind.DMOP: DmopRating, FindingKind.DMOP_OVERALL: DmopRating,
    FindingKind.CONSULT: ConsultStatus, FindingKind.SCREENING: Concern,
}


@dataclasses.dataclass(frozen=True)
class Finding:
    """One finding of a contact.

    ``item`` is the domain, area, topic or dimension (an enum member), or
    ``None`` for kinds without one; ``value`` the rating, status or concern
    (an enum member) or the number (GOM 1-5, help requested 1/0, ZRM score
    1-5, Positive Health score 0-10, signal severity 1-3).
    """
    kind: FindingKind
    item: Optional[int]
    value: int
    caregiver: Optional[str] = None          #: the caregiver of a ZRM score
    signal_id: Optional[str] = None          #: id of a signal
    signal_kind: Optional[SignalKind] = None  #: risk or protective (signals)
    resolved: Optional[datetime.date] = None  #: resolution date of a signal


@dataclasses.dataclass(frozen=True)
class Contact:
    """A signal moment held, or an ad-hoc contact, with its findings."""
    id: str
    date: datetime.date
    moment: str                     #: a schedule moment id, or "ad-hoc"
    setting: Setting
    by: Signaller
    subject: Optional[str]          #: caregiver, pregnancy or child id; None: the family
    findings: Tuple[Finding, ...]


@dataclasses.dataclass(frozen=True)
class Conclusion:
    """The care need agreed with the family on a date."""
    date: datetime.date
    care_need: CareNeed
    proposed: Optional[CareNeed]    #: what the library proposed then, if recorded
    reason: Optional[str]


class MeldcodeStep(NamedTuple):
    """A recorded step of the Meldcode huiselijk geweld en
    kindermishandeling (spec/model.md "Meldcode")."""
    n: int                              #: the step, 1-5
    date: datetime.date
    decision: MeldcodeDecision          #: step 5's decision; NONE for steps 1-4


@dataclasses.dataclass(frozen=True)
class Review:
    """A review of a plan action."""
    date: datetime.date
    outcome: ReviewOutcome


@dataclasses.dataclass(frozen=True)
class Action:
    """An action under a plan goal."""
    id: str
    level: Level
    offer: Optional[str]            #: catalogue offer id
    start: datetime.date
    end: Optional[datetime.date]
    warm_handover: bool
    responsible: Signaller
    reviews: Tuple[Review, ...]


@dataclasses.dataclass(frozen=True)
class Goal:
    """A goal of the family plan with its actions."""
    id: str
    topic: Topic
    opened: datetime.date
    target: Optional[datetime.date]
    status: GoalStatus
    closed: Optional[datetime.date]
    actions: Tuple[Action, ...]


# ---- the family -------------------------------------------------------------------

class Family(Handle):
    """A family: the unit of assessment (``gs_family``).

    Args:
        id: the family's identifier (1-64 bytes of UTF-8).
        municipality: CBS code ``GMnnnn``.
        enrolled: the date the family was enrolled in the programme.

    Raises:
        InvalidArgumentError: a bad id, code or date.
    """

    _free = _lib.gs_family_free

    def __init__(self, id: str, municipality: str,  # noqa: A002 - the spec's name
                 enrolled: datetime.date) -> None:
        out = _capi.gs_family_p()
        check(_lib.gs_family_new(ctypes.byref(out), id.encode("utf-8"),
                                 municipality.encode("utf-8"), to_gs_date(enrolled)))
        super().__init__(out.value)

    @classmethod
    def _wrap(cls, ptr: int, owner: Optional[Handle] = None) -> "Family":
        """A Python object for a C family: owned (``owner`` None) or a
        read-only view borrowed from ``owner``."""
        self = cls.__new__(cls)
        Handle.__init__(self, ptr, owned=owner is None)
        if owner is not None:
            self._borrow(owner)
        return self

    @classmethod
    def _view(cls, ptr: int) -> "Family":
        """A read-only view of a family the C library owns for the length of
        a callback (close it when the callback returns)."""
        self = cls.__new__(cls)
        Handle.__init__(self, ptr, owned=False)
        return self

    # ---- building -----------------------------------------------------------------

    def _w(self) -> int:
        """The pointer for a change: owned families only; closes the
        assessments that read the old content."""
        p = self._ptr
        if not self._owned:
            raise TypeError("this family is a read-only view of a dossier: "
                            "use clone() or Dossier.take() for a family you can change")
        self._close_dependents(" (its family changed)")
        return p

    def set_child_wish(self, wish: CodeLike) -> "Family":
        """Sets the wish for a child (default unknown). Returns ``self``."""
        check(_lib.gs_family_set_child_wish(self._w(), ChildWish.coerce(wish)))
        return self

    def add_caregiver(self, id: str, role: CodeLike) -> "Family":  # noqa: A002
        """Adds a caregiver. Returns ``self``."""
        check(_lib.gs_family_add_caregiver(self._w(), id.encode("utf-8"), Role.coerce(role)))
        return self

    def add_pregnancy(self, id: str, caregiver: str, due: datetime.date,  # noqa: A002
                      ended: Optional[datetime.date] = None,
                      outcome: CodeLike = PregnancyOutcome.NONE,
                      child: Optional[str] = None) -> "Family":
        """Adds a pregnancy of ``caregiver``; ``outcome`` (birth or loss) is
        given exactly when ``ended`` is, ``child`` only with a birth. Returns
        ``self``."""
        check(_lib.gs_family_add_pregnancy(self._w(), id.encode("utf-8"),
                                           caregiver.encode("utf-8"), to_gs_date(due),
                                           _date(ended), PregnancyOutcome.coerce(outcome),
                                           _b(child)))
        return self

    def add_child(self, id: str, born: datetime.date,  # noqa: A002
                  pregnancy: Optional[str] = None) -> "Family":
        """Adds a child, optionally born from ``pregnancy``. Returns ``self``."""
        check(_lib.gs_family_add_child(self._w(), id.encode("utf-8"), to_gs_date(born),
                                       _b(pregnancy)))
        return self

    def set_caregiver_birth_year(self, caregiver: str, year: Optional[int]) -> "Family":
        """Sets a caregiver's year of birth (1900-2199; ``None`` or 0
        clears it). Returns ``self``.

        Raises:
            InvalidArgumentError: no such caregiver, or a year out of range.
        """
        check(_lib.gs_family_set_caregiver_birth_year(self._w(), caregiver.encode("utf-8"),
                                                      int(year or 0)))
        return self

    def set_child_gestational_age(self, child: str, days: Optional[int]) -> "Family":
        """Sets a child's gestational age at birth in days (140-315;
        ``None`` or 0 clears it). Returns ``self``.

        Raises:
            InvalidArgumentError: no such child, or a value out of range.
        """
        check(_lib.gs_family_set_child_gestational_age(self._w(), child.encode("utf-8"),
                                                       int(days or 0)))
        return self

    def set_child_birth_weight(self, child: str, grams: Optional[int]) -> "Family":
        """Sets a child's birth weight in grams (300-6000; ``None`` or 0
        clears it). Returns ``self``.

        Raises:
            InvalidArgumentError: no such child, or a value out of range.
        """
        check(_lib.gs_family_set_child_birth_weight(self._w(), child.encode("utf-8"),
                                                    int(grams or 0)))
        return self

    def add_contact(self, id: str, date: datetime.date, moment: str,  # noqa: A002
                    setting: CodeLike, by: CodeLike,
                    subject: Optional[str] = None) -> "Family":
        """Adds a contact: a schedule moment held (``moment`` its id) or an
        ad-hoc contact (``moment="ad-hoc"``) about ``subject`` (a caregiver,
        pregnancy or child id; ``None`` for the whole family). Returns
        ``self``."""
        check(_lib.gs_family_add_contact(self._w(), id.encode("utf-8"), to_gs_date(date),
                                         moment.encode("utf-8"), Setting.coerce(setting),
                                         Signaller.coerce(by), _b(subject)))
        return self

    def add_finding(self, contact: str, kind: CodeLike, item: Optional[CodeLike],
                    value: CodeLike) -> "Family":
        """Adds a finding without caregiver or signal details to a contact
        (``gs_family_add_finding``): DMOP (item domain, value rating), DMOP
        overall (item None, value rating), consult (value status), GIZ (item
        area, value GOM 1-5), screening (item topic, value concern), help
        requested (value 1/0) or Positive Health (item dimension, value
        0-10). Items and values may be tokens. Returns ``self``."""
        k = FindingKind.coerce(kind)
        it = 0 if item is None else (_ITEM[k].coerce(item) if k in _ITEM else int(item))
        va = _VALUE[k].coerce(value) if k in _VALUE else int(value)
        check(_lib.gs_family_add_finding(self._w(), contact.encode("utf-8"), k, it, va))
        return self

    def add_dmop(self, contact: str, domain: CodeLike, rating: CodeLike) -> "Family":
        """Adds a DMOP rating of one domain. Returns ``self``."""
        return self.add_finding(contact, FindingKind.DMOP, domain, rating)

    def add_dmop_overall(self, contact: str, rating: CodeLike) -> "Family":
        """Adds the overall DMOP conclusion. Returns ``self``."""
        return self.add_finding(contact, FindingKind.DMOP_OVERALL, None, rating)

    def add_consult(self, contact: str, status: CodeLike) -> "Family":
        """Adds the consult status. Returns ``self``."""
        return self.add_finding(contact, FindingKind.CONSULT, None, status)

    def add_giz(self, contact: str, area: CodeLike, gom: int) -> "Family":
        """Adds a GIZ rating (GOM 1-5) of one area. Returns ``self``."""
        return self.add_finding(contact, FindingKind.GIZ, area, gom)

    def add_screening(self, contact: str, topic: CodeLike, concern: CodeLike) -> "Family":
        """Adds a pregnancy-screening concern on a topic. Returns ``self``."""
        return self.add_finding(contact, FindingKind.SCREENING, topic, concern)

    def add_help_requested(self, contact: str, requested: bool) -> "Family":
        """Records whether the family asked for help. Returns ``self``."""
        return self.add_finding(contact, FindingKind.HELP_REQUESTED, None, int(bool(requested)))

    def add_positive_health(self, contact: str, dimension: CodeLike, score: int) -> "Family":
        """Adds a Positive Health score (0-10) of one dimension. Returns ``self``."""
        return self.add_finding(contact, FindingKind.POSITIVE_HEALTH, dimension, score)

    def add_zrm(self, contact: str, caregiver: str, domain: CodeLike,
                score: int) -> "Family":
        """Adds a ZRM score (1-5) of ``caregiver`` on one domain. Returns ``self``."""
        check(_lib.gs_family_add_zrm(self._w(), contact.encode("utf-8"),
                                     caregiver.encode("utf-8"), ZrmDomain.coerce(domain), score))
        return self

    def add_signal(self, contact: str, id: str, topic: CodeLike,  # noqa: A002
                   kind: CodeLike, severity: int,
                   resolved: Optional[datetime.date] = None) -> "Family":
        """Adds a risk or protective signal (severity 1 attention, 2
        concern, 3 acute), optionally resolved on a date. Returns ``self``."""
        check(_lib.gs_family_add_signal(self._w(), contact.encode("utf-8"), id.encode("utf-8"),
                                        Topic.coerce(topic), SignalKind.coerce(kind), severity,
                                        _date(resolved)))
        return self

    def add_conclusion(self, date: datetime.date, agreed: CodeLike,
                       proposed: Optional[CodeLike] = None,
                       reason: Optional[str] = None) -> "Family":
        """Adds a conclusion: the care need ``agreed`` with the family, what
        the library ``proposed`` then (if recorded) and a ``reason``
        (required when they differ). Returns ``self``."""
        prop = 0 if proposed is None else CareNeed.coerce(proposed)
        check(_lib.gs_family_add_conclusion(self._w(), to_gs_date(date),
                                            CareNeed.coerce(agreed), prop, _b(reason)))
        return self

    def add_goal(self, id: str, topic: CodeLike, opened: datetime.date,  # noqa: A002
                 target: Optional[datetime.date] = None,
                 status: CodeLike = GoalStatus.OPEN,
                 closed: Optional[datetime.date] = None) -> "Family":
        """Adds a plan goal; ``closed`` is given exactly when ``status`` is
        not open. Returns ``self``."""
        check(_lib.gs_family_add_goal(self._w(), id.encode("utf-8"), Topic.coerce(topic),
                                      to_gs_date(opened), _date(target),
                                      GoalStatus.coerce(status), _date(closed)))
        return self

    def add_action(self, goal: str, id: str, level: int,  # noqa: A002
                   start: datetime.date, *, responsible: CodeLike,
                   offer: Optional[str] = None, end: Optional[datetime.date] = None,
                   warm_handover: bool = False) -> "Family":
        """Adds an action at pyramid ``level`` (1-5) under ``goal``, with the
        catalogue ``offer`` it uses (checked at assessment time). Returns
        ``self``."""
        check(_lib.gs_family_add_action(self._w(), goal.encode("utf-8"), id.encode("utf-8"),
                                        int(level), _b(offer), to_gs_date(start), _date(end),
                                        int(bool(warm_handover)),
                                        Signaller.coerce(responsible)))
        return self

    def add_review(self, action: str, date: datetime.date, outcome: CodeLike) -> "Family":
        """Adds a review of an action. Returns ``self``."""
        check(_lib.gs_family_add_review(self._w(), action.encode("utf-8"), to_gs_date(date),
                                        ReviewOutcome.coerce(outcome)))
        return self

    def add_meldcode_step(self, n: int, date: datetime.date,
                          decision: CodeLike = MeldcodeDecision.NONE) -> "Family":
        """Records a step (1-5) of the Meldcode; step 5 carries the
        ``decision`` (help, report or help-and-report), no other step does.
        Returns ``self``.

        Raises:
            InvalidArgumentError: a step out of range, a decision missing on
                step 5 or given on another step.
        """
        check(_lib.gs_family_add_meldcode_step(self._w(), int(n), to_gs_date(date),
                                               MeldcodeDecision.coerce(decision)))
        return self

    def finish(self) -> "Family":
        """Checks the whole family and puts it in canonical order
        (idempotent). Returns ``self``.

        Raises:
            ParseError: a reference does not resolve, dates are out of
                order, goals on one topic overlap... The message names the
                family and the item; the family is left as it was.
        """
        p = self._ptr
        if not _lib.gs_family_is_finished(p):
            check(_lib.gs_family_finish(self._w()))
        return self

    @property
    def is_finished(self) -> bool:
        """Whether the family is finished (checked, canonical order)."""
        return bool(_lib.gs_family_is_finished(self._ptr))

    @property
    def read_only(self) -> bool:
        """True for a view borrowed from a dossier (no ``add_*`` calls)."""
        self._ptr  # noqa: B018
        return not self._owned

    # ---- copies and comparison ------------------------------------------------------

    def clone(self) -> "Family":
        """An independent deep copy (owned, changeable)."""
        out = _capi.gs_family_p()
        check(_lib.gs_family_clone(ctypes.byref(out), self._ptr))
        return Family._wrap(out.value)

    def __eq__(self, other: object) -> bool:
        """Same data in canonical order (``gs_family_equal``; False when
        either is not finished)."""
        if not isinstance(other, Family):
            return NotImplemented
        return bool(_lib.gs_family_equal(self._ptr, other._ptr))

    __hash__ = None  # type: ignore[assignment] - mutable

    def __repr__(self) -> str:
        if self.closed:
            return "<Family (closed)>"
        return f"<Family {self.id!r} {self.municipality} enrolled {self.enrolled.isoformat()}>"

    def to_xml(self) -> str:
        """The family as a canonical dossier document with root ``family``
        (see :func:`goedestart.dossier.save_dossier`)."""
        from .dossier import save_dossier
        return save_dossier(self).decode("utf-8")

    # ---- reading ----------------------------------------------------------------

    @property
    def id(self) -> str:
        """The family id."""
        return _capi.text(_lib.gs_family_id(self._ptr))

    @property
    def municipality(self) -> str:
        """The municipality code ``GMnnnn``."""
        return _capi.text(_lib.gs_family_municipality(self._ptr))

    @property
    def enrolled(self) -> datetime.date:
        """The enrolment date."""
        return from_optional_gs_date(_lib.gs_family_enrolled(self._ptr))  # type: ignore

    @property
    def child_wish(self) -> ChildWish:
        """The wish for a child."""
        return ChildWish(_lib.gs_family_child_wish(self._ptr))

    @property
    def caregivers(self) -> List[Caregiver]:
        """The caregivers."""
        p = self._ptr
        return [Caregiver(_capi.text(_lib.gs_family_caregiver_id(p, i)),
                          Role(_lib.gs_family_caregiver_role(p, i)),
                          _opt_int(_lib.gs_family_caregiver_birth_year(p, i)))
                for i in range(_lib.gs_family_caregiver_count(p))]

    @property
    def pregnancies(self) -> List[Pregnancy]:
        """The pregnancies."""
        p = self._ptr
        return [Pregnancy(_capi.text(_lib.gs_family_pregnancy_id(p, i)),
                          _capi.text(_lib.gs_family_pregnancy_caregiver(p, i)),
                          from_optional_gs_date(_lib.gs_family_pregnancy_due(p, i)),  # type: ignore
                          from_optional_gs_date(_lib.gs_family_pregnancy_ended(p, i)),
                          PregnancyOutcome(_lib.gs_family_pregnancy_outcome(p, i)),
                          _s(_lib.gs_family_pregnancy_child(p, i)))
                for i in range(_lib.gs_family_pregnancy_count(p))]

    @property
    def children(self) -> List[Child]:
        """The children."""
        p = self._ptr
        return [Child(_capi.text(_lib.gs_family_child_id(p, i)),
                      from_optional_gs_date(_lib.gs_family_child_born(p, i)),  # type: ignore
                      _s(_lib.gs_family_child_pregnancy(p, i)),
                      _opt_int(_lib.gs_family_child_gestational_age(p, i)),
                      _opt_int(_lib.gs_family_child_birth_weight(p, i)))
                for i in range(_lib.gs_family_child_count(p))]

    def _caregiver_index(self, caregiver: str) -> int:
        p = self._ptr
        for i in range(_lib.gs_family_caregiver_count(p)):
            if _capi.text(_lib.gs_family_caregiver_id(p, i)) == caregiver:
                return i
        raise KeyError(f"no caregiver {caregiver!r}")

    def _child_index(self, child: str) -> int:
        p = self._ptr
        for i in range(_lib.gs_family_child_count(p)):
            if _capi.text(_lib.gs_family_child_id(p, i)) == child:
                return i
        raise KeyError(f"no child {child!r}")

    def caregiver_birth_year(self, caregiver: str) -> Optional[int]:
        """The year of birth of a caregiver, or ``None`` when not recorded.

        Raises:
            KeyError: no such caregiver.
        """
        i = self._caregiver_index(caregiver)
        return _opt_int(_lib.gs_family_caregiver_birth_year(self._ptr, i))

    def child_gestational_age(self, child: str) -> Optional[int]:
        """A child's gestational age at birth in days, or ``None``.

        Raises:
            KeyError: no such child.
        """
        i = self._child_index(child)
        return _opt_int(_lib.gs_family_child_gestational_age(self._ptr, i))

    def child_birth_weight(self, child: str) -> Optional[int]:
        """A child's birth weight in grams, or ``None``.

        Raises:
            KeyError: no such child.
        """
        i = self._child_index(child)
        return _opt_int(_lib.gs_family_child_birth_weight(self._ptr, i))

    @property
    def meldcode_steps(self) -> List[MeldcodeStep]:
        """The recorded Meldcode steps (by date in a finished family,
        insertion order for equal dates); empty when none."""
        p = self._ptr
        return [MeldcodeStep(int(_lib.gs_family_meldcode_step_n(p, i)),
                             from_optional_gs_date(  # type: ignore
                                 _lib.gs_family_meldcode_step_date(p, i)),
                             MeldcodeDecision(_lib.gs_family_meldcode_step_decision(p, i)))
                for i in range(_lib.gs_family_meldcode_step_count(p))]

    def _finding(self, p: int, i: int, j: int) -> Finding:
        kind = FindingKind(_lib.gs_family_finding_kind(p, i, j))
        item = int(_lib.gs_family_finding_item(p, i, j))
        value = int(_lib.gs_family_finding_value(p, i, j))
        return Finding(
            kind,
            (_ITEM[kind](item) if kind in _ITEM else item) if item else None,
            _VALUE[kind](value) if kind in _VALUE else value,
            _s(_lib.gs_family_finding_caregiver(p, i, j)),
            _s(_lib.gs_family_finding_signal_id(p, i, j)),
            optional(SignalKind, _lib.gs_family_finding_signal_kind(p, i, j)),
            from_optional_gs_date(_lib.gs_family_finding_resolved(p, i, j)))

    @property
    def contacts(self) -> List[Contact]:
        """The contacts with their findings (by date in a finished family)."""
        p = self._ptr
        return [Contact(_capi.text(_lib.gs_family_contact_id(p, i)),
                        from_optional_gs_date(_lib.gs_family_contact_date(p, i)),  # type: ignore
                        _capi.text(_lib.gs_family_contact_moment(p, i)),
                        Setting(_lib.gs_family_contact_setting(p, i)),
                        Signaller(_lib.gs_family_contact_by(p, i)),
                        _s(_lib.gs_family_contact_subject(p, i)),
                        tuple(self._finding(p, i, j)
                              for j in range(_lib.gs_family_finding_count(p, i))))
                for i in range(_lib.gs_family_contact_count(p))]

    @property
    def conclusions(self) -> List[Conclusion]:
        """The conclusions (by date in a finished family)."""
        p = self._ptr
        return [Conclusion(
                    from_optional_gs_date(_lib.gs_family_conclusion_date(p, i)),  # type: ignore
                    CareNeed(_lib.gs_family_conclusion_care_need(p, i)),
                    optional(CareNeed, _lib.gs_family_conclusion_proposed(p, i)),
                    _s(_lib.gs_family_conclusion_reason(p, i)))
                for i in range(_lib.gs_family_conclusion_count(p))]

    @property
    def goals(self) -> List[Goal]:
        """The plan: goals with their actions and reviews."""
        p = self._ptr

        def action(g: int, a: int) -> Action:
            return Action(
                _capi.text(_lib.gs_family_action_id(p, g, a)),
                Level(_lib.gs_family_action_level(p, g, a)),
                _s(_lib.gs_family_action_offer(p, g, a)),
                from_optional_gs_date(_lib.gs_family_action_start(p, g, a)),  # type: ignore
                from_optional_gs_date(_lib.gs_family_action_end(p, g, a)),
                bool(_lib.gs_family_action_warm_handover(p, g, a)),
                Signaller(_lib.gs_family_action_responsible(p, g, a)),
                tuple(Review(from_optional_gs_date(  # type: ignore
                                 _lib.gs_family_review_date(p, g, a, r)),
                             ReviewOutcome(_lib.gs_family_review_outcome(p, g, a, r)))
                      for r in range(_lib.gs_family_review_count(p, g, a))))

        return [Goal(_capi.text(_lib.gs_family_goal_id(p, g)),
                     Topic(_lib.gs_family_goal_topic(p, g)),
                     from_optional_gs_date(_lib.gs_family_goal_opened(p, g)),  # type: ignore
                     from_optional_gs_date(_lib.gs_family_goal_target(p, g)),
                     GoalStatus(_lib.gs_family_goal_status(p, g)),
                     from_optional_gs_date(_lib.gs_family_goal_closed(p, g)),
                     tuple(action(g, a) for a in range(_lib.gs_family_action_count(p, g))))
                for g in range(_lib.gs_family_goal_count(p))]


__all__ = ["Action", "Caregiver", "Child", "CodeLike", "Conclusion", "Contact", "Family",
           "Finding", "Goal", "MeldcodeStep", "Pregnancy", "Review"]
