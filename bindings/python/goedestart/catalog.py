# libgoedestart Python binding - care-path catalogues, routing, care gaps.
# SPDX-License-Identifier: EUPL-1.2
"""Care-path catalogues (sociale kaart, gs-catalog.h, spec/care-paths.md):
loading, offers, routing a need and the care-gap analysis (witte vlekken).

>>> cat = Catalog.default()                       # the Veenkoloniën catalogue
>>> r = cat.route("GM0114", Topic.FINANCES_DEBT, 3, [Phase.CHILD_0_4],
...               youngest_months=8, as_of=date(2026, 1, 1))   # doctest: +SKIP
>>> [o.id for o in r.offers], r.gap                            # doctest: +SKIP

A catalogue is immutable and may be shared by threads. Offers are copied
out into :class:`Offer` objects; a :class:`Gaps` analysis owns copies of
everything and may outlive its catalogue.
"""

import ctypes
import dataclasses
import datetime
import threading
from typing import Iterable, List, Optional, Tuple, Union

from . import _capi
from ._handle import Handle
from .codes import Lang, LangLike, Level, Phase, Province, Scope, Topic, optional
from .dates import from_optional_gs_date, to_gs_date
from .dossier import PathLike, _path
from .errors import check

_lib = _capi.lib
_NONE = _capi.GS_DATE_NONE


def _date(d: Optional[datetime.date]) -> int:
    return _NONE if d is None else to_gs_date(d)


@dataclasses.dataclass(frozen=True)
class FormerMunicipality:
    """A former code of a declared municipality: a code that no longer
    exists and routes as its successor (care-paths.md)."""
    code: str                        #: ``GMnnnn``
    name: str                        #: e.g. ``"Vlagtwedde"``
    until: Optional[datetime.date]   #: the last day the code existed (informational)


@dataclasses.dataclass(frozen=True)
class CatalogMunicipality:
    """A municipality a catalogue declares."""
    code: str                        #: ``GMnnnn``
    name: str
    province: Optional[Province]
    former: Tuple[FormerMunicipality, ...] = ()  #: its former codes, in document order


@dataclasses.dataclass(frozen=True)
class Offer:
    """An offer of a care path, at a level of the pyramid with a scope."""
    index: int                       #: position in the catalogue (document order)
    id: str
    name_nl: str
    name_en: str
    provider: str
    level: Level
    scope: str                       #: as written: national, region, DR, GM0114
    scope_kind: Scope
    indication: bool                 #: needs a formal referral or indication
    topics: Tuple[Topic, ...]        #: ascending code order
    phases: Tuple[Phase, ...]        #: ascending code order
    topic_mask: int                  #: bit ``1 << topic`` per topic
    phase_mask: int                  #: bit ``1 << phase`` per phase
    min_age_months: Optional[int]    #: youngest child's age range, inclusive
    max_age_months: Optional[int]
    valid_from: Optional[datetime.date]
    valid_to: Optional[datetime.date]
    url: Optional[str]
    phone: Optional[str]
    first_child: bool = False                    #: for a first child only
    max_caregiver_age: Optional[int] = None      #: highest caregiver age admitted, inclusive
    max_gestational_weeks: Optional[int] = None  #: pregnancies below this many weeks

    def name(self, lang: LangLike = Lang.NL) -> str:
        """The offer's name in ``lang``."""
        return self.name_en if Lang.coerce(lang) == Lang.EN else self.name_nl


@dataclasses.dataclass(frozen=True)
class RouteResult:
    """The outcome of routing one need (care-paths.md "Routing a need")."""
    level: int                       #: the start level asked for
    offers: Tuple[Offer, ...]        #: the routes in route order (at most route.max)
    gap: Optional[Tuple[int, int]]   #: (first, last) level of the gap, or None


def phase_mask(phases: Iterable[Union[int, str]]) -> int:
    """The phase set of ``phases`` for routing: bit ``1 << phase``
    (``GS_PHASE_BIT``) of each."""
    mask = 0
    for ph in phases:
        mask |= 1 << int(Phase.coerce(ph))
    return mask


def topic_applies(topic: Union[int, str], phase: Union[int, str]) -> bool:
    """Whether ``topic`` applies in ``phase`` (``gs_topic_applies``,
    care-paths.md "Default catalogue")."""
    return bool(_lib.gs_topic_applies(Topic.coerce(topic), Phase.coerce(phase)))


class Catalog(Handle):
    """A loaded care-path catalogue (``gs_catalog``): use :meth:`default`,
    :meth:`load` or :meth:`from_memory`. Immutable; may be shared by
    threads. Closing it closes the assessments that read it."""

    _free = _lib.gs_catalog_free
    _shared: Optional["Catalog"] = None
    _shared_lock = threading.Lock()

    def __init__(self, ptr: int) -> None:
        """Wraps an owned ``gs_catalog *`` (internal; use the class methods)."""
        super().__init__(ptr)
        self._offers: Optional[List[Offer]] = None

    @classmethod
    def default(cls) -> "Catalog":
        """The Veenkoloniën example catalogue compiled into the library."""
        out = _capi.gs_catalog_p()
        check(_lib.gs_catalog_load_default(ctypes.byref(out)))
        return cls(out.value)

    @classmethod
    def shared_default(cls) -> "Catalog":
        """One Veenkoloniën catalogue per process, created on first use and
        never closed: what the population analyses use when they need a
        catalogue and none is given."""
        with cls._shared_lock:
            if cls._shared is None or cls._shared.closed:
                cls._shared = cls.default()
            return cls._shared

    @classmethod
    def load(cls, path: PathLike) -> "Catalog":
        """Loads a catalogue file.

        Raises:
            ParseError: not a valid catalogue (file, line and column set).
            GsIOError: the file cannot be read.
            VersionError: another catalogue namespace.
        """
        out = _capi.gs_catalog_p()
        check(_lib.gs_catalog_load_file(ctypes.byref(out), _path(path)))
        return cls(out.value)

    @classmethod
    def from_memory(cls, data: Union[bytes, str], name: Optional[str] = None) -> "Catalog":
        """Loads a catalogue from its XML (``name`` is used in error
        messages; default "memory")."""
        b = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        out = _capi.gs_catalog_p()
        check(_lib.gs_catalog_load_memory(ctypes.byref(out), b, len(b),
                                          None if name is None else name.encode("utf-8")))
        return cls(out.value)

    # ---- the catalogue --------------------------------------------------------------

    @property
    def id(self) -> str:
        """The catalogue's id, e.g. ``"veenkolonien"``."""
        return _capi.text(_lib.gs_catalog_id(self._ptr))

    @property
    def version(self) -> str:
        """The catalogue's version, e.g. ``"2026.1"``."""
        return _capi.text(_lib.gs_catalog_version(self._ptr))

    @property
    def sha256(self) -> str:
        """SHA-256 of the catalogue document's bytes, 64 lowercase hex
        digits; every assessment records it."""
        return _capi.text(_lib.gs_catalog_sha256(self._ptr))

    @property
    def valid_from(self) -> Optional[datetime.date]:
        """The catalogue's own valid-from date (informational)."""
        return from_optional_gs_date(_lib.gs_catalog_valid_from(self._ptr))

    def note(self, lang: LangLike = Lang.NL) -> Optional[str]:
        """The catalogue's note in ``lang`` (else the other language's)."""
        return _capi.opt_text(_lib.gs_catalog_note(self._ptr, Lang.coerce(lang)))

    @property
    def municipalities(self) -> List[CatalogMunicipality]:
        """The municipalities the catalogue declares, in document order."""
        return [self._municipality(i)
                for i in range(_lib.gs_catalog_municipality_count(self._ptr))]

    def _former(self, i: int, k: int) -> FormerMunicipality:
        p = self._ptr
        return FormerMunicipality(
            _capi.text(_lib.gs_catalog_municipality_former_code(p, i, k)),
            _capi.text(_lib.gs_catalog_municipality_former_name(p, i, k)),
            from_optional_gs_date(_lib.gs_catalog_municipality_former_until(p, i, k)))

    def _municipality(self, i: int) -> CatalogMunicipality:
        p = self._ptr
        return CatalogMunicipality(
            _capi.text(_lib.gs_catalog_municipality_code(p, i)),
            _capi.text(_lib.gs_catalog_municipality_name(p, i)),
            optional(Province, _lib.gs_catalog_municipality_province(p, i)),
            tuple(self._former(i, k)
                  for k in range(_lib.gs_catalog_municipality_former_count(p, i))))

    def find_municipality(self, code: str) -> CatalogMunicipality:
        """The declared municipality with current CBS code ``code``
        (see :meth:`find_former` for former codes).

        Raises:
            NotFoundError: the catalogue does not declare it (a former code
                included).
            InvalidArgumentError: a malformed code.
        """
        out = ctypes.c_size_t()
        check(_lib.gs_catalog_find_municipality(self._ptr, code.encode("utf-8"),
                                                ctypes.byref(out)))
        return self._municipality(out.value)

    def find_former(self, code: str) -> Tuple[CatalogMunicipality, FormerMunicipality]:
        """The successor of former municipality code ``code`` (as which a
        family with that code is routed) and the former code's details.

        Raises:
            NotFoundError: ``code`` is not a former code of the catalogue
                (a current one included).
            InvalidArgumentError: a malformed code.
        """
        m = ctypes.c_size_t()
        k = ctypes.c_size_t()
        check(_lib.gs_catalog_find_former(self._ptr, code.encode("utf-8"), ctypes.byref(m),
                                          ctypes.byref(k)))
        return self._municipality(m.value), self._former(m.value, k.value)

    def province_of(self, municipality: str) -> Optional[Province]:
        """The province of any municipality as routing sees it: as the
        catalogue declares it, else from the library's table; ``None`` when
        unknown."""
        return optional(Province, _lib.gs_catalog_province_of(self._ptr,
                                                              municipality.encode("utf-8")))

    # ---- offers --------------------------------------------------------------------

    def offer(self, index: int) -> Offer:
        """The offer at ``index`` (document order)."""
        p = self._ptr
        if not 0 <= index < _lib.gs_catalog_offer_count(p):
            raise IndexError(f"offer index {index} out of range")
        lib = _lib
        mn = lib.gs_catalog_offer_min_age_months(p, index)
        mx = lib.gs_catalog_offer_max_age_months(p, index)
        mca = lib.gs_catalog_offer_max_caregiver_age(p, index)
        mgw = lib.gs_catalog_offer_max_gestational_weeks(p, index)
        return Offer(
            index, _capi.text(lib.gs_catalog_offer_id(p, index)),
            _capi.text(lib.gs_catalog_offer_name(p, index, Lang.NL)),
            _capi.text(lib.gs_catalog_offer_name(p, index, Lang.EN)),
            _capi.text(lib.gs_catalog_offer_provider(p, index)),
            Level(lib.gs_catalog_offer_level(p, index)),
            _capi.text(lib.gs_catalog_offer_scope(p, index)),
            Scope(lib.gs_catalog_offer_scope_kind(p, index)),
            bool(lib.gs_catalog_offer_indication(p, index)),
            tuple(Topic(lib.gs_catalog_offer_topic(p, index, k))
                  for k in range(lib.gs_catalog_offer_topic_count(p, index))),
            tuple(Phase(lib.gs_catalog_offer_phase(p, index, k))
                  for k in range(lib.gs_catalog_offer_phase_count(p, index))),
            int(lib.gs_catalog_offer_topics(p, index)), int(lib.gs_catalog_offer_phases(p, index)),
            None if mn < 0 else int(mn), None if mx < 0 else int(mx),
            from_optional_gs_date(lib.gs_catalog_offer_valid_from(p, index)),
            from_optional_gs_date(lib.gs_catalog_offer_valid_to(p, index)),
            _capi.opt_text(lib.gs_catalog_offer_url(p, index)),
            _capi.opt_text(lib.gs_catalog_offer_phone(p, index)),
            bool(lib.gs_catalog_offer_first_child(p, index)),
            None if mca < 0 else int(mca), None if mgw < 0 else int(mgw))

    @property
    def offers(self) -> List[Offer]:
        """Every offer, in document order."""
        if self._offers is None:
            self._offers = [self.offer(i) for i in range(_lib.gs_catalog_offer_count(self._ptr))]
        return list(self._offers)

    def find_offer(self, offer_id: str) -> Offer:
        """The offer with id ``offer_id``.

        Raises:
            NotFoundError: the catalogue has no such offer.
        """
        out = ctypes.c_size_t()
        check(_lib.gs_catalog_find_offer(self._ptr, offer_id.encode("utf-8"), ctypes.byref(out)))
        return self.offer(out.value)

    def __contains__(self, offer_id: object) -> bool:
        """Whether an offer has id ``offer_id``."""
        if not isinstance(offer_id, str):
            return False
        return _lib.gs_catalog_find_offer(self._ptr, offer_id.encode("utf-8"), None) == 0

    def offers_matching(self, municipality: Optional[str] = None,
                        topic: Optional[Union[int, str]] = None,
                        phase: Optional[Union[int, str]] = None,
                        level: Optional[int] = None,
                        on: Optional[datetime.date] = None) -> List[Offer]:
        """The offers matching every given criterion, in document order:
        scope covering ``municipality``, serving ``topic`` in ``phase``, at
        exactly ``level``, valid ``on`` a date. Age ranges are not
        considered."""
        p = self._ptr
        args = (None if municipality is None else municipality.encode("utf-8"),
                0 if topic is None else Topic.coerce(topic),
                0 if phase is None else Phase.coerce(phase),
                0 if level is None else int(level), _date(on))
        n = ctypes.c_size_t()
        check(_lib.gs_catalog_offers_matching(p, *args, None, 0, ctypes.byref(n)))
        cap = n.value
        buf = (ctypes.c_size_t * max(cap, 1))()
        check(_lib.gs_catalog_offers_matching(p, *args, buf, cap, ctypes.byref(n)))
        return [self.offer(buf[i]) for i in range(min(cap, n.value))]

    def route(self, municipality: str, topic: Union[int, str], level: int,
              phases: Union[int, Iterable[Union[int, str]]], as_of: datetime.date,
              youngest_months: Optional[int] = None,
              max_routes: Optional[int] = None, pack: Optional[object] = None) -> RouteResult:
        """Routes one need through the catalogue (``gs_catalog_route``).

        Args:
            municipality: the family's municipality ``GMnnnn``.
            topic: the need's topic.
            level: the start level 1-5.
            phases: the family's phases (an iterable of phases, or a mask
                from :func:`phase_mask`).
            as_of: the as-of date.
            youngest_months: the youngest child's age in completed months;
                ``None`` for a family without children.
            max_routes: the most routes to return; by default the pack's
                ``route.max`` (of ``pack``, else the default pack).
            pack: the :class:`~goedestart.pack.Pack` whose ``route.max``
                applies.
        """
        if max_routes is None:
            from .pack import Pack
            src = pack if isinstance(pack, Pack) else Pack.shared_default()
            max_routes = src.param("route.max")
        mask = phases if isinstance(phases, int) else phase_mask(phases)
        buf = (ctypes.c_size_t * max(max_routes, 1))()
        n = ctypes.c_size_t()
        gap_from = ctypes.c_int()
        gap_to = ctypes.c_int()
        check(_lib.gs_catalog_route(self._ptr, municipality.encode("utf-8"), Topic.coerce(topic),
                                    int(level), mask,
                                    -1 if youngest_months is None else int(youngest_months),
                                    to_gs_date(as_of), buf, max_routes, ctypes.byref(n),
                                    ctypes.byref(gap_from), ctypes.byref(gap_to)))
        gap = (gap_from.value, gap_to.value) if gap_from.value else None
        return RouteResult(int(level), tuple(self.offer(buf[i]) for i in range(n.value)), gap)

    def gaps(self, municipality: Optional[str] = None, on: Optional[datetime.date] = None,
             applicable_only: bool = False) -> "Gaps":
        """The care-gap analysis (care-paths.md "Care-gap analysis") for
        one municipality or (``None``) every one the catalogue declares,
        with offers valid ``on`` a date (default: the catalogue's
        valid-from). ``applicable_only`` lists only topic-phase pairs where
        the topic applies."""
        out = _capi.gs_gaps_p()
        check(_lib.gs_gaps_compute(ctypes.byref(out), self._ptr,
                                   None if municipality is None else municipality.encode("utf-8"),
                                   _date(on),
                                   _capi.GS_GAPS_APPLICABLE_ONLY if applicable_only else 0))
        return Gaps(out.value)

    def __repr__(self) -> str:
        if self.closed:
            return "<Catalog (closed)>"
        return f"<Catalog {self.id} {self.version}: {_lib.gs_catalog_offer_count(self._p)} offers>"


@dataclasses.dataclass(frozen=True)
class Gap:
    """A gap: no offer at ``level`` (and none at the next level up)."""
    municipality: str                #: ``GMnnnn``
    topic: Topic
    phase: Phase
    level: int                       #: 3-5


class Gaps(Handle):
    """The result of a care-gap analysis (``gs_gaps``). Owns copies of
    everything it reports: it may outlive its catalogue."""

    _free = _lib.gs_gaps_free

    @property
    def on(self) -> Optional[datetime.date]:
        """The validity date the analysis used."""
        return from_optional_gs_date(_lib.gs_gaps_on(self._ptr))

    @property
    def applicable_only(self) -> bool:
        """Whether only applicable topic-phase pairs are listed."""
        return bool(self.flags & _capi.GS_GAPS_APPLICABLE_ONLY)

    @property
    def flags(self) -> int:
        """The flags the analysis was computed with."""
        return int(_lib.gs_gaps_flags(self._ptr))

    @property
    def municipalities(self) -> List[CatalogMunicipality]:
        """The municipalities analysed."""
        p = self._ptr
        return [CatalogMunicipality(_capi.text(_lib.gs_gaps_municipality_code(p, i)),
                                    _capi.opt_text(_lib.gs_gaps_municipality_name(p, i)) or "",
                                    optional(Province, _lib.gs_gaps_municipality_province(p, i)))
                for i in range(_lib.gs_gaps_municipality_count(p))]

    def cell(self, municipality: Union[int, str], topic: Union[int, str],
             phase: Union[int, str], level: int) -> int:
        """The number of offers at exactly ``level`` (3-5) for one
        municipality (its index or code), topic and phase.

        Raises:
            IndexError: an argument is out of range.
        """
        m = municipality
        if isinstance(m, str):
            codes = [x.code for x in self.municipalities]
            if m not in codes:
                raise IndexError(f"municipality {m} was not analysed")
            m = codes.index(m)
        n = _lib.gs_gaps_cell(self._ptr, m, Topic.coerce(topic), Phase.coerce(phase), level)
        if n < 0:
            raise IndexError("gaps cell out of range")
        return int(n)

    def __len__(self) -> int:
        return int(_lib.gs_gaps_count(self._ptr))

    @property
    def gaps(self) -> List[Gap]:
        """The gaps, by municipality, topic, phase and level."""
        p = self._ptr
        codes = [_capi.text(_lib.gs_gaps_municipality_code(p, i))
                 for i in range(_lib.gs_gaps_municipality_count(p))]
        out = []
        m, t, ph, lv = ctypes.c_size_t(), ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
        for i in range(_lib.gs_gaps_count(p)):
            check(_lib.gs_gaps_gap(p, i, ctypes.byref(m), ctypes.byref(t), ctypes.byref(ph),
                                   ctypes.byref(lv)))
            out.append(Gap(codes[m.value], Topic(t.value), Phase(ph.value), lv.value))
        return out

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.gaps)

    def to_xml(self) -> str:
        """The analysis as XML (namespace ``urn:goedestart:gaps:1``)."""
        out, n = ctypes.c_void_p(), ctypes.c_size_t()
        check(_lib.gs_gaps_write_xml(self._ptr, ctypes.byref(out), ctypes.byref(n)))
        return _capi.take_owned(out, n.value).decode("utf-8")

    def to_csv(self) -> str:
        """The analysis as CSV (RFC 4180, CRLF line ends): one row per
        municipality, topic, phase and level 3-5."""
        out, n = ctypes.c_void_p(), ctypes.c_size_t()
        check(_lib.gs_gaps_write_csv(self._ptr, ctypes.byref(out), ctypes.byref(n)))
        return _capi.take_owned(out, n.value).decode("utf-8")

    def __repr__(self) -> str:
        if self.closed:
            return "<Gaps (closed)>"
        n = _lib.gs_gaps_municipality_count(self._p)
        return f"<Gaps: {len(self)} gaps in {n} municipalities>"


__all__ = ["Catalog", "CatalogMunicipality", "FormerMunicipality", "Gap", "Gaps", "Offer",
           "RouteResult", "phase_mask", "topic_applies"]
