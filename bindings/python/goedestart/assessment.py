# libgoedestart Python binding - the assessment.
# SPDX-License-Identifier: EUPL-1.2
"""Assessing a family (gs-assess.h; spec/decisions.md, schedule.md,
care-paths.md, plan.md) and writing the result (formats.md "Assessment").

>>> a = assess(family, date(2026, 1, 20), catalog=Catalog.default())  # doctest: +SKIP
>>> a.care_need, [r.rule for r in a.reasons]                          # doctest: +SKIP
(<CareNeed.ADDITIONAL_CARE: 2>, ['A-SCREEN-HIGH', 'A-HELP'])
>>> print(a.to_xml(lang="en"))                                        # doctest: +SKIP

Everything is computed by the C library; this module only copies the
results into Python objects. An :class:`Assessment` reads its family, pack
and catalogue: it keeps references to them, and closing (or changing) one
of them closes the assessment first.

For whole populations use :func:`~goedestart.summary.assess_many`, whose
loop runs in C.
"""

import ctypes
import dataclasses
import datetime
import os
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

from . import _capi
from ._handle import Handle
from .catalog import Catalog
from .codes import (AdviceKind, CareNeed, FindingKind, Lang, LangLike, Level, MomentStatus, Move,
                    NoteKind, OfferProblem, Phase, PhDimension, ReviewOutcome, RouteCheck, Safety,
                    Topic, ValueType, optional)
from .dates import from_optional_gs_date, to_gs_date
from .errors import check
from .family import Family
from .pack import Pack
from .phases import PhaseSpan

_lib = _capi.lib

#: A fact value: a number, a boolean or a token string ("none", "weak").
FactValue = Union[int, bool, str]


@dataclasses.dataclass(frozen=True)
class ScheduleInstance:
    """A listed instance of a schedule moment for one subject (schedule.md)."""
    moment: str                          #: the moment id, e.g. "jgz-8w"
    label_nl: str
    label_en: str
    phase: Phase
    subject: str                         #: pregnancy or child id
    open: datetime.date                  #: window opens
    due: datetime.date
    overdue: datetime.date               #: last day it is due (overdue from the next day)
    close: datetime.date                 #: window closes (last day)
    status: MomentStatus
    done: Optional[datetime.date]        #: date of the earliest satisfying contact
    trigger: Optional[str] = None        #: the contact that triggered an indicated moment

    def label(self, lang: LangLike = Lang.NL) -> str:
        """The moment's label in ``lang``."""
        return self.label_en if Lang.coerce(lang) == Lang.EN else self.label_nl


@dataclasses.dataclass(frozen=True)
class Reason:
    """A rule of the care-need table that fired."""
    rule: str                            #: e.g. "A-HELP"
    table: str                           #: "care-need"
    text_nl: Optional[str]
    text_en: Optional[str]

    def text(self, lang: LangLike = Lang.EN) -> Optional[str]:
        """The reason text in ``lang``."""
        return self.text_nl if Lang.coerce(lang) == Lang.NL else self.text_en


@dataclasses.dataclass(frozen=True)
class Route:
    """A catalogue offer a need (or review advice) is routed to."""
    offer_index: int                     #: the offer's index in the catalogue
    id: str
    name_nl: str
    name_en: str
    provider: str
    level: Level
    scope: str                           #: as written: national, region, DR, GM0114
    indication: bool
    fallback: bool = False               #: below the start level, until that level is available
    check: RouteCheck = RouteCheck.NONE  #: what to check before proposing it

    def name(self, lang: LangLike = Lang.NL) -> str:
        """The offer's name in ``lang``."""
        return self.name_en if Lang.coerce(lang) == Lang.EN else self.name_nl


@dataclasses.dataclass(frozen=True)
class Need:
    """A need: a topic with severity, start level and routes."""
    topic: Topic
    severity: int                        #: 1 attention, 2 concern, 3 acute
    level: Level                         #: start level on the pyramid
    level_rule: str                      #: the start-level rule that chose it
    level_text_nl: Optional[str]
    level_text_en: Optional[str]
    new_goal: bool                       #: no open goal has this topic
    routes: Tuple[Route, ...]
    gap: Optional[Tuple[int, int]]       #: (first, last) level without an offer


@dataclasses.dataclass(frozen=True)
class Advice:
    """One item of plan advice (plan.md); fields that do not apply to its
    kind are ``None`` (and ``routes`` empty)."""
    kind: AdviceKind
    goal: Optional[str] = None
    action: Optional[str] = None
    offer: Optional[str] = None                      #: offer check
    problem: Optional[OfferProblem] = None           #: offer check
    review: Optional[ReviewOutcome] = None           #: review advice: latest outcome
    move: Optional[Move] = None                      #: review advice
    level: Optional[int] = None                      #: review advice: the new level
    rule: Optional[str] = None                       #: review advice: level-review rule
    rule_text_nl: Optional[str] = None
    rule_text_en: Optional[str] = None
    since: Optional[datetime.date] = None            #: review overdue
    date: Optional[datetime.date] = None             #: conclusion differs
    agreed: Optional[CareNeed] = None                #: conclusion differs
    proposed_now: Optional[CareNeed] = None          #: conclusion differs
    routes: Tuple[Route, ...] = ()                   #: review advice
    gap: Optional[Tuple[int, int]] = None            #: review advice
    step: Optional[int] = None                       #: Meldcode: the next step, 1-5
    safety: Optional[Safety] = None                  #: Meldcode: the ``safety`` fact
    concerns: Optional[int] = None                   #: integrated plan: needs with concerns
    priorities: Optional[int] = None                 #: integrated plan: ``plan.priorities``
    text_nl: Optional[str] = None                    #: Meldcode, integrated plan
    text_en: Optional[str] = None                    #: Meldcode, integrated plan

    def text(self, lang: LangLike = Lang.EN) -> Optional[str]:
        """The advice text in ``lang`` (Meldcode and integrated-plan
        advice; ``None`` for other kinds); ``Lang.NONE`` gives English."""
        return self.text_nl if Lang.coerce(lang) == Lang.NL else self.text_en


@dataclasses.dataclass(frozen=True)
class Note:
    """Something the assessment did not count (formats.md "Notes"); fields
    that do not apply to its kind are ``None``. Notes enter no decision."""
    kind: NoteKind
    date: Optional[datetime.date]        #: expired: first day not counted; contact notes: its date
    contact: Optional[str]               #: expired, screening-unassigned, unknown-moment
    finding: Optional[FindingKind]       #: expired, screening-unassigned
    item: Optional[str]                  #: expired: domain, area, dimension or signal id
    caregiver: Optional[str]             #: an expired ZRM score's caregiver
    moment: Optional[str]                #: unknown-moment: the moment id named
    municipality: Optional[str]          #: municipality notes: the family's code
    successor: Optional[str]             #: municipality-former: the code routed as
    text_nl: str
    text_en: str

    def text(self, lang: LangLike = Lang.EN) -> str:
        """The note text in ``lang``; ``Lang.NONE`` gives English."""
        return self.text_nl if Lang.coerce(lang) == Lang.NL else self.text_en


def _pack_of(pack: Optional[Pack]) -> Pack:
    if pack is None:
        return Pack.shared_default()
    if not isinstance(pack, Pack):
        raise TypeError(f"pack is a {type(pack).__name__}, not a Pack")
    return pack


def _catalog_ptr(catalog: Optional[Catalog]) -> Optional[int]:
    if catalog is None:
        return None
    if not isinstance(catalog, Catalog):
        raise TypeError(f"catalog is a {type(catalog).__name__}, not a Catalog")
    return catalog._ptr


def _family_ptr(family: Family) -> int:
    if not isinstance(family, Family):
        raise TypeError(f"family is a {type(family).__name__}, not a Family")
    return family._ptr


class Assessment(Handle):
    """The result of assessing one family at an as-of date
    (``gs_assessment``). Create one with :func:`assess`; ``Assessment()``
    gives an empty one to assess into with :meth:`assess` (reusing its
    buffers).

    Properties copy the results out of C into Python objects (computed
    once per result). The assessment keeps its family, pack and catalogue
    alive; closing or changing one of them closes the assessment.
    """

    _free = _lib.gs_assessment_free

    def __init__(self) -> None:
        out = _capi.gs_assessment_p()
        check(_lib.gs_assessment_new(ctypes.byref(out)))
        super().__init__(out.value)
        self._init_result(None, None, None)

    def _init_result(self, family: Optional[Family], pack: Optional[Pack],
                     catalog: Optional[Catalog]) -> None:
        self.family: Optional[Family] = family
        self.pack: Optional[Pack] = pack
        self.catalog: Optional[Catalog] = catalog
        self._cache: Dict[str, Any] = {}

    @classmethod
    def _wrap(cls, ptr: int, owned: bool, family: Family, pack: Pack,
              catalog: Optional[Catalog]) -> "Assessment":
        self = cls.__new__(cls)
        Handle.__init__(self, ptr, owned=owned)
        self._init_result(family, pack, catalog)
        self._borrow(family, pack, catalog)
        return self

    def assess(self, family: Family, as_of: datetime.date, pack: Optional[Pack] = None,
               catalog: Optional[Catalog] = None) -> "Assessment":
        """Assesses ``family`` into this assessment, replacing the previous
        result and reusing its buffers (``gs_assess_into``). Returns
        ``self``. On error the assessment holds no result but stays usable.
        """
        p = self._ptr
        if not self._owned:
            raise TypeError("this assessment is only valid during its callback")
        pk = _pack_of(pack)
        fam_p, cat_p = _family_ptr(family), _catalog_ptr(catalog)
        self._unborrow()
        self._init_result(None, None, None)
        check(_lib.gs_assess_into(p, fam_p, to_gs_date(as_of), pk._ptr, cat_p))
        self._init_result(family, pk, catalog)
        self._borrow(family, pk, catalog)
        return self

    def _cached(self, key: str, make: Callable[[int], Any]) -> Any:
        p = self._ptr
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = make(p)
            return value

    # ---- what was assessed ---------------------------------------------------------

    @property
    def has_result(self) -> bool:
        """Whether the assessment holds a result."""
        return bool(_lib.gs_assessment_family(self._ptr))

    @property
    def as_of(self) -> Optional[datetime.date]:
        """The as-of date (None without a result)."""
        return from_optional_gs_date(_lib.gs_assessment_as_of(self._ptr))

    @property
    def family_id(self) -> str:
        """The id of the family assessed."""
        fp = _lib.gs_assessment_family(self._ptr)
        return _capi.text(_lib.gs_family_id(fp)) if fp else ""

    # ---- life phases ---------------------------------------------------------------

    @property
    def phases(self) -> Tuple[PhaseSpan, ...]:
        """The active life phases, by phase code then subject position."""
        return self._cached("phases", lambda p: tuple(
            PhaseSpan(Phase(_lib.gs_assessment_phase_code(p, i)),
                      _capi.text(_lib.gs_assessment_phase_subject(p, i)),
                      from_optional_gs_date(_lib.gs_assessment_phase_from(p, i)),
                      from_optional_gs_date(_lib.gs_assessment_phase_until(p, i)))
            for i in range(_lib.gs_assessment_phase_count(p))))

    @property
    def first_1000_days(self) -> bool:
        """Whether the family is in its first 1000 days."""
        return bool(_lib.gs_assessment_first_1000_days(self._ptr))

    @property
    def in_programme(self) -> bool:
        """Whether the family is in the programme (some active phase)."""
        return bool(_lib.gs_assessment_in_programme(self._ptr))

    # ---- schedule ------------------------------------------------------------------

    @property
    def schedule(self) -> Tuple[ScheduleInstance, ...]:
        """The listed schedule instances with their status (schedule.md)."""
        def make(p: int) -> Tuple[ScheduleInstance, ...]:
            d = from_optional_gs_date
            return tuple(ScheduleInstance(
                _capi.text(_lib.gs_assessment_moment_id(p, i)),
                _capi.text(_lib.gs_assessment_moment_label(p, i, Lang.NL)),
                _capi.text(_lib.gs_assessment_moment_label(p, i, Lang.EN)),
                Phase(_lib.gs_assessment_moment_phase(p, i)),
                _capi.text(_lib.gs_assessment_moment_subject(p, i)),
                d(_lib.gs_assessment_moment_open(p, i)),  # type: ignore[arg-type]
                d(_lib.gs_assessment_moment_due(p, i)),  # type: ignore[arg-type]
                d(_lib.gs_assessment_moment_overdue(p, i)),  # type: ignore[arg-type]
                d(_lib.gs_assessment_moment_close(p, i)),  # type: ignore[arg-type]
                MomentStatus(_lib.gs_assessment_moment_status(p, i)),
                d(_lib.gs_assessment_moment_done(p, i)),
                _capi.opt_text(_lib.gs_assessment_moment_trigger(p, i)))
                for i in range(_lib.gs_assessment_moment_count(p)))
        return self._cached("schedule", make)

    # ---- facts -------------------------------------------------------------------

    @property
    def facts(self) -> Dict[str, FactValue]:
        """Every fact by name, in the order of decisions.md's facts table:
        numbers as ``int``, booleans as ``bool``, the ``safety``,
        ``network`` and ``competence`` values as their tokens."""
        def make(p: int) -> Dict[str, FactValue]:
            out: Dict[str, FactValue] = {}
            for i in range(_lib.gs_assessment_fact_count(p)):
                name = _capi.text(_lib.gs_assessment_fact_name(p, i))
                t = _lib.gs_assessment_fact_type(p, i)
                if t == ValueType.NUMBER:
                    out[name] = int(_lib.gs_assessment_fact_int(p, i))
                elif t == ValueType.BOOL:
                    out[name] = bool(_lib.gs_assessment_fact_int(p, i))
                else:
                    out[name] = _capi.text(_lib.gs_assessment_fact_value(p, i))
            return out
        return dict(self._cached("facts", make))

    @property
    def fact_values(self) -> Dict[str, str]:
        """Every fact as written in the assessment XML ("3", "true", "none")."""
        return dict(self._cached("fact_values", lambda p: {
            _capi.text(_lib.gs_assessment_fact_name(p, i)):
                _capi.text(_lib.gs_assessment_fact_value(p, i))
            for i in range(_lib.gs_assessment_fact_count(p))}))

    @property
    def fact_types(self) -> Dict[str, ValueType]:
        """The type of every fact."""
        return dict(self._cached("fact_types", lambda p: {
            _capi.text(_lib.gs_assessment_fact_name(p, i)):
                ValueType(_lib.gs_assessment_fact_type(p, i))
            for i in range(_lib.gs_assessment_fact_count(p))}))

    # ---- care need -------------------------------------------------------------------

    @property
    def care_need(self) -> Optional[CareNeed]:
        """The proposed care need (None without a result)."""
        return optional(CareNeed, _lib.gs_assessment_care_need(self._ptr))

    @property
    def reasons(self) -> Tuple[Reason, ...]:
        """The care-need rules that fired, in table order."""
        return self._cached("reasons", lambda p: tuple(
            Reason(_capi.text(_lib.gs_assessment_reason_rule(p, i)),
                   _capi.text(_lib.gs_assessment_reason_table(p, i)),
                   _capi.opt_text(_lib.gs_assessment_reason_text(p, i, Lang.NL)),
                   _capi.opt_text(_lib.gs_assessment_reason_text(p, i, Lang.EN)))
            for i in range(_lib.gs_assessment_reason_count(p))))

    # ---- needs and routes --------------------------------------------------------------

    def _route(self, p: int, offer: int, fallback: int = 0, route_check: int = 0) -> Route:
        return Route(offer, _capi.text(_lib.gs_assessment_offer_id(p, offer)),
                     _capi.text(_lib.gs_assessment_offer_name(p, offer, Lang.NL)),
                     _capi.text(_lib.gs_assessment_offer_name(p, offer, Lang.EN)),
                     _capi.text(_lib.gs_assessment_offer_provider(p, offer)),
                     Level(_lib.gs_assessment_offer_level(p, offer)),
                     _capi.text(_lib.gs_assessment_offer_scope(p, offer)),
                     bool(_lib.gs_assessment_offer_indication(p, offer)),
                     bool(fallback), RouteCheck(route_check))

    @staticmethod
    def _gap(lo: int, hi: int) -> Optional[Tuple[int, int]]:
        return (lo, hi) if lo else None

    @property
    def needs(self) -> Tuple[Need, ...]:
        """The needs, by severity (highest first) then topic code, with
        their routes and gaps (none without a catalogue)."""
        def make(p: int) -> Tuple[Need, ...]:
            return tuple(Need(
                Topic(_lib.gs_assessment_need_topic(p, i)),
                int(_lib.gs_assessment_need_severity(p, i)),
                Level(_lib.gs_assessment_need_level(p, i)),
                _capi.text(_lib.gs_assessment_need_level_rule(p, i)),
                _capi.opt_text(_lib.gs_assessment_need_level_text(p, i, Lang.NL)),
                _capi.opt_text(_lib.gs_assessment_need_level_text(p, i, Lang.EN)),
                bool(_lib.gs_assessment_need_new_goal(p, i)),
                tuple(self._route(p, _lib.gs_assessment_need_route_offer(p, i, r),
                                  _lib.gs_assessment_need_route_fallback(p, i, r),
                                  _lib.gs_assessment_need_route_check(p, i, r))
                      for r in range(_lib.gs_assessment_need_route_count(p, i))),
                self._gap(_lib.gs_assessment_need_gap_from(p, i),
                          _lib.gs_assessment_need_gap_to(p, i)))
                for i in range(_lib.gs_assessment_need_count(p)))
        return self._cached("needs", make)

    # ---- plan advice -------------------------------------------------------------------

    @property
    def advice(self) -> Tuple[Advice, ...]:
        """The plan advice, in the order of plan.md."""
        def one(p: int, i: int) -> Advice:
            lib = _lib
            kind = AdviceKind(lib.gs_assessment_advice_kind(p, i))
            level = int(lib.gs_assessment_advice_level(p, i))
            return Advice(
                kind,
                _capi.opt_text(lib.gs_assessment_advice_goal(p, i)),
                _capi.opt_text(lib.gs_assessment_advice_action(p, i)),
                _capi.opt_text(lib.gs_assessment_advice_offer(p, i)),
                optional(OfferProblem, lib.gs_assessment_advice_problem(p, i)),
                optional(ReviewOutcome, lib.gs_assessment_advice_review(p, i)),
                optional(Move, lib.gs_assessment_advice_move(p, i)),
                level or None,
                _capi.opt_text(lib.gs_assessment_advice_rule(p, i)),
                _capi.opt_text(lib.gs_assessment_advice_rule_text(p, i, Lang.NL)),
                _capi.opt_text(lib.gs_assessment_advice_rule_text(p, i, Lang.EN)),
                from_optional_gs_date(lib.gs_assessment_advice_since(p, i)),
                from_optional_gs_date(lib.gs_assessment_advice_date(p, i)),
                optional(CareNeed, lib.gs_assessment_advice_agreed(p, i)),
                optional(CareNeed, lib.gs_assessment_advice_proposed_now(p, i)),
                tuple(self._route(p, lib.gs_assessment_advice_route_offer(p, i, r),
                                  lib.gs_assessment_advice_route_fallback(p, i, r),
                                  lib.gs_assessment_advice_route_check(p, i, r))
                      for r in range(lib.gs_assessment_advice_route_count(p, i))),
                self._gap(lib.gs_assessment_advice_gap_from(p, i),
                          lib.gs_assessment_advice_gap_to(p, i)),
                int(lib.gs_assessment_advice_step(p, i)) or None,
                Safety(lib.gs_assessment_advice_safety(p, i)) or None,  # NONE: another kind
                int(lib.gs_assessment_advice_concerns(p, i)) or None,
                int(lib.gs_assessment_advice_priorities(p, i)) or None,
                _capi.opt_text(lib.gs_assessment_advice_text(p, i, Lang.NL)),
                _capi.opt_text(lib.gs_assessment_advice_text(p, i, Lang.EN)))
        return self._cached("advice", lambda p: tuple(
            one(p, i) for i in range(_lib.gs_assessment_advice_count(p))))

    @property
    def conversation_start(self) -> Optional[PhDimension]:
        """The suggested conversation start: the lowest-scoring current
        Positive Health dimension, or None when no score is current."""
        return optional(PhDimension, _lib.gs_assessment_conversation_start(self._ptr))

    # ---- notes ------------------------------------------------------------------------

    @property
    def notes(self) -> Tuple[Note, ...]:
        """What the assessment did not count (formats.md "Notes"): the
        municipality note (at most one), then per contact in contact order
        its unknown-moment, screening-unassigned and expired notes."""
        def one(p: int, i: int) -> Note:
            lib = _lib
            return Note(
                NoteKind(lib.gs_assessment_note_kind(p, i)),
                from_optional_gs_date(lib.gs_assessment_note_date(p, i)),
                _capi.opt_text(lib.gs_assessment_note_contact(p, i)),
                optional(FindingKind, lib.gs_assessment_note_finding(p, i)),
                _capi.opt_text(lib.gs_assessment_note_item(p, i)),
                _capi.opt_text(lib.gs_assessment_note_caregiver(p, i)),
                _capi.opt_text(lib.gs_assessment_note_moment(p, i)),
                _capi.opt_text(lib.gs_assessment_note_municipality(p, i)),
                _capi.opt_text(lib.gs_assessment_note_successor(p, i)),
                _capi.text(lib.gs_assessment_note_text(p, i, Lang.NL)),
                _capi.text(lib.gs_assessment_note_text(p, i, Lang.EN)))
        return self._cached("notes", lambda p: tuple(
            one(p, i) for i in range(_lib.gs_assessment_note_count(p))))

    # ---- output -----------------------------------------------------------------------

    def to_xml(self, lang: LangLike = None) -> str:
        """The assessment as a document with root ``assessment``
        (formats.md), byte-identical to the C library's; reason texts in
        ``lang`` ("nl", "en"), or none.

        Raises:
            InvalidArgumentError: the assessment holds no result.
        """
        out, n = ctypes.c_void_p(), ctypes.c_size_t()
        check(_lib.gs_assessment_write_xml(self._ptr, Lang.coerce(lang), ctypes.byref(out),
                                           ctypes.byref(n)))
        return _capi.take_owned(out, n.value).decode("utf-8")

    def __repr__(self) -> str:
        if self.closed:
            return "<Assessment (closed)>"
        if not self.has_result:
            return "<Assessment (empty)>"
        cn = self.care_need
        return (f"<Assessment of {self.family_id} as of {self.as_of}: "
                f"{cn.token if cn else '-'}, {_lib.gs_assessment_need_count(self._ptr)} needs>")


def assess(family: Family, as_of: datetime.date, pack: Optional[Pack] = None,
           catalog: Optional[Catalog] = None) -> Assessment:
    """Assesses a finished ``family`` at ``as_of`` (``gs_assess``).

    Args:
        family: the family (finished, or read from a dossier).
        as_of: everything dated after it has not happened yet.
        pack: the pack; ``None`` for the default pack.
        catalog: the care-path catalogue for routing, or ``None`` (then
            needs carry no routes and offers of actions are not checked).

    Raises:
        InvalidArgumentError: the family is not finished, or a bad date.
        EvaluationError: a decision table gave no result (names the table).
    """
    pk = _pack_of(pack)
    out = _capi.gs_assessment_p()
    check(_lib.gs_assess(ctypes.byref(out), _family_ptr(family), to_gs_date(as_of), pk._ptr,
                         _catalog_ptr(catalog)))
    return Assessment._wrap(out.value, True, family, pk, catalog)


def assess_each(source: Union[Sequence[Family], "os.PathLike[str]", str], as_of: datetime.date,
                callback: Callable[[int, Assessment], Optional[bool]],
                pack: Optional[Pack] = None, catalog: Optional[Catalog] = None) -> None:
    """Assesses many families with one reused assessment in C, calling
    ``callback(index, assessment)`` for each in order.

    ``source`` is a list of families (``gs_assess_many``) or a dossier file
    path, streamed one family at a time in flat memory (``gs_assess_file``;
    ``assessment.family`` is then a read-only view valid only during the
    call). The assessment is valid only during the call (it is closed
    afterwards: copy what you need). Return ``False`` from the callback to
    stop early; an exception in the callback stops the run and is
    re-raised.

    Raises:
        GoedestartError: the first family that cannot be assessed (the
            message names it), or a bad family in the file (with its
            position).
    """
    from .dossier import _path
    from .summary import family_array
    streamed = isinstance(source, (str, bytes, os.PathLike))
    fams: List[Family] = [] if streamed else list(source)  # type: ignore[arg-type]
    pk = _pack_of(pack)
    cat_p = _catalog_ptr(catalog)
    error: List[BaseException] = []

    def trampoline(_user: Optional[int], index: int, ptr: int) -> int:
        family = Family._view(_lib.gs_assessment_family(ptr)) if streamed else fams[index]
        view = Assessment._wrap(ptr, False, family, pk, catalog)
        try:
            return 1 if callback(index, view) is False else 0
        except BaseException as e:  # noqa: BLE001 - re-raised below
            error.append(e)
            return 1
        finally:
            view._closed_because = " (it was valid only during its callback)"
            view.close()
            if streamed:
                family._closed_because = " (it was valid only during its callback)"
                family.close()

    cb = _capi.gs_assess_callback(trampoline)
    if streamed:
        st = _lib.gs_assess_file(_path(source), to_gs_date(as_of), pk._ptr,  # type: ignore
                                 cat_p, cb, None)
    else:
        arr, keep = family_array(fams)
        st = _lib.gs_assess_many(arr, len(fams), to_gs_date(as_of), pk._ptr, cat_p, cb, None)
        del keep
    if error:
        raise error[0]
    check(st)


class AssessmentWriter(Handle):
    """Writes the assessment vocabulary for many families
    (``gs_assessment_writer``).

    With ``single=True`` the root is one ``assessment`` (for a dossier
    whose root is ``family``: exactly one :meth:`add`); otherwise
    ``assessments`` holding one ``assessment`` per :meth:`add`. Output
    accumulates in the writer: read it with :attr:`pending` and drop it
    with :meth:`clear` (or :meth:`take` both) to stream without holding
    everything.

    Args:
        single: an ``assessment`` root instead of ``assessments``.
        lang: language of reason texts ("nl", "en"), or None for none.
    """

    _free = _lib.gs_assessment_writer_free

    def __init__(self, single: bool = False, lang: LangLike = None) -> None:
        out = _capi.gs_assessment_writer_p()
        check(_lib.gs_assessment_writer_new(ctypes.byref(out), int(bool(single)),
                                            Lang.coerce(lang)))
        super().__init__(out.value)

    def add(self, assessment: Assessment) -> None:
        """Appends one assessment.

        Raises:
            StateError: after :meth:`end`, or a second add to a single
                writer.
        """
        check(_lib.gs_assessment_writer_add(self._ptr, assessment._ptr))

    def end(self) -> None:
        """Closes the document (root end tag and final newline).

        Raises:
            StateError: already ended, or a single writer got nothing.
        """
        check(_lib.gs_assessment_writer_end(self._ptr))

    @property
    def pending(self) -> bytes:
        """The bytes written and not yet cleared (UTF-8)."""
        n = ctypes.c_size_t()
        p = _lib.gs_assessment_writer_pending(self._ptr, ctypes.byref(n))
        return ctypes.string_at(p, n.value) if n.value else b""

    def clear(self) -> None:
        """Drops the pending bytes."""
        _lib.gs_assessment_writer_clear(self._ptr)

    def take(self) -> bytes:
        """The pending bytes, which are then dropped."""
        data = self.pending
        self.clear()
        return data


__all__ = ["Advice", "Assessment", "AssessmentWriter", "FactValue", "Need", "Note", "Reason",
           "Route",
           "ScheduleInstance", "assess", "assess_each"]
