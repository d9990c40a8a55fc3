# libgoedestart Python binding - population analytics.
# SPDX-License-Identifier: EUPL-1.2
"""Population analyses of spec/indicators.md, computed by the C library:

- :class:`Survival` - Kaplan-Meier curves per group and the log-rank,
  Tarone-Ware and Gehan-Breslow tests (gs-survival.h), with
  :class:`Labels` for caller-defined groups;
- :class:`Indicators` - the process indicators per municipality, province
  or overall, with small-cell suppression (gs-indicators.h);
- :class:`Mapping` and :class:`Exporter` - the pseudonymised research
  export (gs-export.h).

Each run accumulates counters in C (families are added one by one, or a
whole dossier file is streamed in flat memory), then ``finish()`` computes
the results. Results convert to :mod:`pandas` DataFrames with
``to_pandas()`` when pandas is installed.

>>> s = survival("population.xml", as_of=date(2026, 1, 1))      # doctest: +SKIP
>>> [(g.name, g.median) for g in s.groups]                       # doctest: +SKIP
>>> ind = indicators("population.xml", date(2025, 1, 1), date(2025, 12, 31))  # doctest: +SKIP
>>> print(ind.to_csv())                                          # doctest: +SKIP
"""

import ctypes
import dataclasses
import datetime
import math
import os
from typing import Any, Iterable, List, Mapping as MappingT, Optional, Union

from . import _capi, _pandas
from ._handle import Handle
from .catalog import Catalog
from .codes import ExportFormat, GroupBy, Indicator, SurvivalTest
from .dates import to_gs_date
from .dossier import PathLike, _is_data, _path
from .errors import NotFoundError, check
from .family import Family
from .pack import Pack

_lib = _capi.lib

#: Row flags of an indicator (gs-indicators.h).
NUMERATOR_SUPPRESSED = 1
DENOMINATOR_SUPPRESSED = 2
VALUE_SUPPRESSED = 4
HAS_DENOMINATOR = 8
HAS_VALUE = 16

#: A population: a dossier file path or families.
Population = Union[PathLike, Iterable[Family]]


def _owned(fn: Any, ptr: int) -> str:
    out, n = ctypes.c_void_p(), ctypes.c_size_t()
    check(fn(ptr, ctypes.byref(out), ctypes.byref(n)))
    return _capi.take_owned(out, n.value).decode("utf-8")


def _is_path(source: object) -> bool:
    return isinstance(source, (str, bytes, os.PathLike))


def _nan_none(x: float) -> Optional[float]:
    return None if math.isnan(x) else x


# ---- labels --------------------------------------------------------------------------

class Labels(Handle):
    """A table family id -> group label (``gs_labels``), for grouping a
    survival analysis by a caller-defined label (``GroupBy.LABEL``).

    ``Labels()`` is empty; :meth:`from_dict` and :meth:`load_csv` fill one.
    """

    _free = _lib.gs_labels_free

    def __init__(self, ptr: Optional[int] = None) -> None:
        if ptr is None:
            out = _capi.gs_labels_p()
            check(_lib.gs_labels_new(ctypes.byref(out)))
            ptr = out.value
        super().__init__(ptr)  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, labels: MappingT[str, str]) -> "Labels":
        """A table from ``{family_id: label}``."""
        self = cls()
        for fid, label in labels.items():
            self.set(fid, label)
        return self

    @classmethod
    def load_csv(cls, source: Union[PathLike, bytes], name: Optional[str] = None) -> "Labels":
        """Loads a CSV table (header ``family,label``) from a path or bytes.

        Raises:
            ParseError: a bad header or row, an invalid id or label, a family
                listed twice (FILE:LINE:COLUMN).
            GsIOError: the file cannot be read.
        """
        out = _capi.gs_labels_p()
        if _is_data(source):
            data = bytes(source)  # type: ignore[arg-type]
            check(_lib.gs_labels_load_csv_memory(ctypes.byref(out), data, len(data),
                                                 None if name is None else name.encode("utf-8")))
        else:
            check(_lib.gs_labels_load_csv_file(ctypes.byref(out), _path(source)))  # type: ignore
        return cls(out.value)

    def set(self, family_id: str, label: str) -> None:
        """Sets the label of a family.

        Raises:
            InvalidArgumentError: an invalid id or label, or a family that
                already has one.
        """
        check(_lib.gs_labels_set(self._ptr, family_id.encode("utf-8"), label.encode("utf-8")))

    def get(self, family_id: str) -> Optional[str]:
        """The label of a family, or ``None``."""
        return _capi.opt_text(_lib.gs_labels_get(self._ptr, family_id.encode("utf-8")))

    def __getitem__(self, family_id: str) -> str:
        label = self.get(family_id)
        if label is None:
            raise KeyError(family_id)
        return label

    def __contains__(self, family_id: object) -> bool:
        return isinstance(family_id, str) and self.get(family_id) is not None

    def __len__(self) -> int:
        return int(_lib.gs_labels_count(self._ptr))


# ---- survival ------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class SurvivalGroup:
    """A group of a survival analysis."""
    index: int
    name: str
    subjects: int               #: children in the group
    events: int
    included: bool              #: in the curves and tests (at least min_group children)
    median: Optional[int]       #: Kaplan-Meier median time in days, None when never reached


@dataclasses.dataclass(frozen=True)
class KaplanMeierRow:
    """One distinct event time of a group's curve."""
    time: int                   #: days
    at_risk: int
    events: int
    censored: int
    survival: Optional[float]   #: estimate just after ``time`` (None when undefined)
    se: Optional[float]         #: Greenwood standard error
    lower: Optional[float]      #: 95% bound (log-log)
    upper: Optional[float]


@dataclasses.dataclass(frozen=True)
class SurvivalTestResult:
    """A comparison of the curves of the included groups."""
    kind: SurvivalTest
    name: str                   #: log-rank, tarone-ware, gehan-breslow
    chisq: float
    df: int
    p: float


class Survival(Handle):
    """A survival analysis (``gs_survival``): time from a child's birth to
    the first contact with a problem finding, per group
    (spec/indicators.md "Survival analysis").

    Add families with :meth:`add`, :meth:`add_file` or
    :meth:`add_observation`, then :meth:`finish`; or use :func:`survival`.

    Args:
        as_of: the as-of date.
        horizon: horizon in days (default: the library's, 548).
        group_by: how to group (default: by municipality).
        min_group: groups with fewer children are left out (default 5).
        catalog: catalogue whose provinces apply with ``GroupBy.PROVINCE``.
        labels: the :class:`Labels` for ``GroupBy.LABEL``.
    """

    _free = _lib.gs_survival_free

    def __init__(self, as_of: datetime.date, *, horizon: Optional[int] = None,
                 group_by: Union[GroupBy, int] = GroupBy.MUNICIPALITY,
                 min_group: Optional[int] = None, catalog: Optional[Catalog] = None,
                 labels: Optional[Labels] = None) -> None:
        opts = _capi.gs_survival_options()
        _lib.gs_survival_options_init(ctypes.byref(opts))
        opts.as_of = to_gs_date(as_of)
        opts.group_by = int(group_by)
        if horizon is not None:
            opts.horizon = horizon
        if min_group is not None:
            opts.min_group = min_group
        out = _capi.gs_survival_p()
        check(_lib.gs_survival_new(ctypes.byref(out), ctypes.byref(opts),
                                   None if catalog is None else catalog._ptr,
                                   None if labels is None else labels._ptr))
        super().__init__(out.value)
        self._borrow(catalog, labels)
        self.as_of = as_of
        self.horizon = int(opts.horizon)

    def add(self, family: Family) -> None:
        """Adds the children of a finished family."""
        check(_lib.gs_survival_add(self._ptr, family._ptr))

    def add_families(self, families: Iterable[Family]) -> None:
        """Adds the children of each family."""
        p = self._ptr
        for f in families:
            check(_lib.gs_survival_add(p, f._ptr))

    def add_file(self, path: PathLike) -> None:
        """Adds every family of a dossier file, streaming it in C.

        Raises:
            ParseError / GsIOError: and then nothing of the file was added.
        """
        check(_lib.gs_survival_add_file(self._ptr, _path(path)))

    def add_observation(self, group: str, time: int, event: bool, count: int = 1) -> None:
        """Adds ``count`` subjects of ``group`` with ``time`` (days) and an
        event or a censoring (data from elsewhere)."""
        check(_lib.gs_survival_add_observation(self._ptr, group.encode("utf-8"), time,
                                               int(bool(event)), count))

    def finish(self) -> "Survival":
        """Computes the curves and the tests; nothing can be added
        afterwards. Returns ``self``.

        Raises:
            StateError: already finished.
        """
        check(_lib.gs_survival_finish(self._ptr))
        return self

    @property
    def groups(self) -> List[SurvivalGroup]:
        """The groups (byte order of their names), included or not."""
        p = self._ptr
        out = []
        for g in range(_lib.gs_survival_group_count(p)):
            median = int(_lib.gs_survival_group_median(p, g))
            out.append(SurvivalGroup(g, _capi.text(_lib.gs_survival_group_name(p, g)),
                                     int(_lib.gs_survival_group_subjects(p, g)),
                                     int(_lib.gs_survival_group_events(p, g)),
                                     bool(_lib.gs_survival_group_included(p, g)),
                                     None if median < 0 else median))
        return out

    def group(self, name: str) -> SurvivalGroup:
        """The group called ``name``.

        Raises:
            KeyError: no such group.
        """
        for g in self.groups:
            if g.name == name:
                return g
        raise KeyError(name)

    def curve(self, group: Union[int, str, SurvivalGroup]) -> List[KaplanMeierRow]:
        """The Kaplan-Meier rows of a group (its index, name or object);
        none for a group left out."""
        g = group.index if isinstance(group, SurvivalGroup) else \
            self.group(group).index if isinstance(group, str) else int(group)
        p = self._ptr
        lib = _lib
        return [KaplanMeierRow(int(lib.gs_survival_km_time(p, g, r)),
                               int(lib.gs_survival_km_at_risk(p, g, r)),
                               int(lib.gs_survival_km_events(p, g, r)),
                               int(lib.gs_survival_km_censored(p, g, r)),
                               _nan_none(lib.gs_survival_km_survival(p, g, r)),
                               _nan_none(lib.gs_survival_km_se(p, g, r)),
                               _nan_none(lib.gs_survival_km_lower(p, g, r)),
                               _nan_none(lib.gs_survival_km_upper(p, g, r)))
                for r in range(lib.gs_survival_km_count(p, g))]

    @property
    def tests(self) -> List[SurvivalTestResult]:
        """Log-rank, Tarone-Ware and Gehan-Breslow over the included groups
        (none with fewer than two)."""
        p = self._ptr
        return [SurvivalTestResult(SurvivalTest(_lib.gs_survival_test_kind(p, i)),
                                   _capi.text(_lib.gs_survival_test_name(p, i)),
                                   float(_lib.gs_survival_test_chisq(p, i)),
                                   int(_lib.gs_survival_test_df(p, i)),
                                   float(_lib.gs_survival_test_p(p, i)))
                for i in range(_lib.gs_survival_test_count(p))]

    def km_csv(self) -> str:
        """The curves as CSV (``group,time,at_risk,...``; CRLF line ends)."""
        return _owned(_lib.gs_survival_write_km_csv, self._ptr)

    def tests_csv(self) -> str:
        """The tests as CSV (``test,chisq,df,p``)."""
        return _owned(_lib.gs_survival_write_tests_csv, self._ptr)

    def summary(self) -> list:
        """Per group with children: ``(group, n, events, median, lower,
        upper, left_out)``; the median as R's ``survfit`` prints it (a
        midpoint when S is exactly 0.5 over an interval) with its 95%
        interval from the log-log bands; ``None`` when not reached."""
        p = self._ptr
        def val(x: float) -> Optional[float]:
            return None if math.isnan(x) else float(x)
        return [(_capi.text(_lib.gs_survival_group_name(p, g)),
                 int(_lib.gs_survival_group_subjects(p, g)),
                 int(_lib.gs_survival_group_events(p, g)),
                 val(_lib.gs_survival_summary_median(p, g)),
                 val(_lib.gs_survival_summary_lower(p, g)),
                 val(_lib.gs_survival_summary_upper(p, g)),
                 not _lib.gs_survival_group_included(p, g))
                for g in range(_lib.gs_survival_group_count(p))]

    def summary_csv(self) -> str:
        """The summary as CSV (``group,n,events,median,lower,upper,left_out``)."""
        return _owned(_lib.gs_survival_write_summary_csv, self._ptr)

    def subjects_csv(self) -> str:
        """One row per child of the included groups (``group,time,event``),
        e.g. for R's ``survival``."""
        return _owned(_lib.gs_survival_write_subjects_csv, self._ptr)

    def to_pandas(self) -> Any:
        """The curves of the included groups as a DataFrame (one row per
        group and event time; columns as :class:`KaplanMeierRow` plus
        ``group``).

        Raises:
            ImportError: pandas is not installed.
        """
        _, pd = _pandas.require("Survival.to_pandas()",
                                "use survival.curve(group), survival.groups and survival.tests, "
                                "or survival.km_csv().")
        rows = [{"group": g.name, **dataclasses.asdict(r)}
                for g in self.groups if g.included for r in self.curve(g)]
        cols = ["group"] + [f.name for f in dataclasses.fields(KaplanMeierRow)]
        return pd.DataFrame(rows, columns=cols)


def survival(source: Population, as_of: datetime.date, **options: Any) -> Survival:
    """A finished :class:`Survival` of a dossier file (streamed in C) or of
    families; ``options`` as for :class:`Survival`."""
    s = Survival(as_of, **options)
    if _is_path(source):
        s.add_file(source)  # type: ignore[arg-type]
    else:
        s.add_families(source)  # type: ignore[arg-type]
    return s.finish()


# ---- indicators -------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class IndicatorRow:
    """One indicator of one group. Counts are the true counts: check
    :attr:`suppressed` (or publish with :meth:`Indicators.to_csv`, which
    leaves suppressed figures out)."""
    group: str                       #: GMnnnn, a province, "unknown" or "all"
    indicator: Indicator
    numerator: int
    denominator: Optional[int]       #: None for indicators without one
    value: Optional[float]           #: a share or a median in days, None without one
    flags: int                       #: the GS_IND_* flags

    @property
    def suppressed(self) -> bool:
        """Whether any figure of the row is suppressed."""
        return bool(self.flags & (NUMERATOR_SUPPRESSED | DENOMINATOR_SUPPRESSED |
                                  VALUE_SUPPRESSED))

    @property
    def numerator_suppressed(self) -> bool:
        """Whether the numerator must not be published."""
        return bool(self.flags & NUMERATOR_SUPPRESSED)

    @property
    def denominator_suppressed(self) -> bool:
        """Whether the denominator must not be published."""
        return bool(self.flags & DENOMINATOR_SUPPRESSED)

    @property
    def value_suppressed(self) -> bool:
        """Whether the value must not be published."""
        return bool(self.flags & VALUE_SUPPRESSED)


def _indicator_options(from_: datetime.date, to: datetime.date, group_by: Union[GroupBy, int],
                       suppress_k: Optional[int],
                       suppress: bool) -> _capi.gs_indicators_options:
    opts = _capi.gs_indicators_options()
    _lib.gs_indicators_options_init(ctypes.byref(opts))
    opts.from_ = to_gs_date(from_)
    opts.to = to_gs_date(to)
    opts.group_by = int(group_by)
    if suppress_k is not None:
        opts.suppress_k = suppress_k
    opts.no_suppress = 0 if suppress else 1
    return opts


class Indicators(Handle):
    """An indicator run (``gs_indicators``) over the period [from_, to],
    as the families stood on ``to``.

    Add families with :meth:`add` or :meth:`add_file`, then :meth:`finish`;
    or use :func:`indicators`.

    Args:
        from_, to: the period (inclusive).
        pack: the pack (default: the default pack).
        catalog: the catalogue (default: the Veenkoloniën catalogue).
        group_by: MUNICIPALITY (default), PROVINCE or NONE.
        suppress_k: the small-cell threshold k (default 5).
        suppress: False switches suppression off (not for publication).
    """

    _free = _lib.gs_indicators_free

    def __init__(self, from_: datetime.date, to: datetime.date, *,
                 pack: Optional[Pack] = None, catalog: Optional[Catalog] = None,
                 group_by: Union[GroupBy, int] = GroupBy.MUNICIPALITY,
                 suppress_k: Optional[int] = None, suppress: bool = True,
                 _ptr: Optional[int] = None) -> None:
        pk = pack if pack is not None else Pack.shared_default()
        cat = catalog if catalog is not None else Catalog.shared_default()
        if _ptr is None:
            opts = _indicator_options(from_, to, group_by, suppress_k, suppress)
            out = _capi.gs_indicators_p()
            check(_lib.gs_indicators_new(ctypes.byref(out), ctypes.byref(opts), pk._ptr,
                                         cat._ptr))
            _ptr = out.value
        super().__init__(_ptr)  # type: ignore[arg-type]
        self._borrow(pk, cat)
        self.from_, self.to = from_, to

    def add(self, family: Family) -> None:
        """Adds one finished family."""
        check(_lib.gs_indicators_add(self._ptr, family._ptr))

    def add_file(self, path: PathLike) -> None:
        """Adds every family of a dossier file, streaming it in C."""
        check(_lib.gs_indicators_add_file(self._ptr, _path(path)))

    def finish(self) -> "Indicators":
        """Computes the rows (Kaplan-Meier figures, care gaps,
        suppression). Returns ``self``."""
        check(_lib.gs_indicators_finish(self._ptr))
        return self

    @property
    def family_count(self) -> int:
        """Families added so far."""
        return int(_lib.gs_indicators_family_count(self._ptr))

    @property
    def rows(self) -> List[IndicatorRow]:
        """The rows (after :meth:`finish`): by group, then indicator."""
        p = self._ptr
        out = []
        for i in range(_lib.gs_indicators_row_count(p)):
            flags = int(_lib.gs_indicators_row_flags(p, i))
            den = int(_lib.gs_indicators_row_denominator(p, i))
            out.append(IndicatorRow(_capi.text(_lib.gs_indicators_row_group(p, i)),
                                    Indicator(_lib.gs_indicators_row_indicator(p, i)),
                                    int(_lib.gs_indicators_row_numerator(p, i)),
                                    den if flags & HAS_DENOMINATOR else None,
                                    _nan_none(_lib.gs_indicators_row_value(p, i)),
                                    flags))
        return out

    def to_csv(self) -> str:
        """The rows as CSV for publication (suppressed figures left out)."""
        return _owned(_lib.gs_indicators_write_csv, self._ptr)

    def to_xml(self) -> str:
        """The rows as XML (namespace ``urn:goedestart:indicators:1``)."""
        return _owned(_lib.gs_indicators_write_xml, self._ptr)

    def to_pandas(self) -> Any:
        """The rows as a DataFrame with the true counts and a ``suppressed``
        column (publish with :meth:`to_csv`).

        Raises:
            ImportError: pandas is not installed.
        """
        _, pd = _pandas.require("Indicators.to_pandas()",
                                "use indicators.rows or indicators.to_csv().")
        return pd.DataFrame(
            [{"group": r.group, "indicator": r.indicator.id, "numerator": r.numerator,
              "denominator": r.denominator, "value": r.value, "suppressed": r.suppressed}
             for r in self.rows],
            columns=["group", "indicator", "numerator", "denominator", "value", "suppressed"])


def indicators(source: Population, from_: datetime.date, to: datetime.date, *,
               pack: Optional[Pack] = None, catalog: Optional[Catalog] = None,
               group_by: Union[GroupBy, int] = GroupBy.MUNICIPALITY,
               suppress_k: Optional[int] = None, suppress: bool = True) -> Indicators:
    """Finished :class:`Indicators` of a dossier file (streamed in C) or of
    families (``gs_indicators_compute``, the loop in C)."""
    if _is_path(source):
        ind = Indicators(from_, to, pack=pack, catalog=catalog, group_by=group_by,
                         suppress_k=suppress_k, suppress=suppress)
        ind.add_file(source)  # type: ignore[arg-type]
        return ind.finish()
    from .summary import family_array
    fams = list(source)  # type: ignore[arg-type]
    arr, keep = family_array(fams)
    pk = pack if pack is not None else Pack.shared_default()
    cat = catalog if catalog is not None else Catalog.shared_default()
    opts = _indicator_options(from_, to, group_by, suppress_k, suppress)
    out = _capi.gs_indicators_p()
    check(_lib.gs_indicators_compute(ctypes.byref(out), arr, len(fams), ctypes.byref(opts),
                                     pk._ptr, cat._ptr))
    del keep
    return Indicators(from_, to, pack=pk, catalog=cat, _ptr=out.value)


# ---- research export ----------------------------------------------------------------

class Mapping(Handle):
    """Pseudonyms and date shifts of families and children
    (``gs_mapping``): the key to re-identification, kept by the data owner.

    ``Mapping()`` is empty; :meth:`load` reads a mapping file or bytes.
    """

    _free = _lib.gs_mapping_free

    def __init__(self, ptr: Optional[int] = None) -> None:
        if ptr is None:
            out = _capi.gs_mapping_p()
            check(_lib.gs_mapping_new(ctypes.byref(out)))
            ptr = out.value
        super().__init__(ptr)  # type: ignore[arg-type]

    @classmethod
    def load(cls, source: Union[PathLike, bytes], name: Optional[str] = None) -> "Mapping":
        """Loads a mapping (a path, or the XML as bytes).

        Raises:
            ParseError: not a valid mapping (FILE:LINE:COLUMN).
            GsIOError: the file cannot be read.
        """
        out = _capi.gs_mapping_p()
        if _is_data(source):
            data = bytes(source)  # type: ignore[arg-type]
            check(_lib.gs_mapping_load_memory(ctypes.byref(out), data, len(data),
                                              None if name is None else name.encode("utf-8")))
        else:
            check(_lib.gs_mapping_load_file(ctypes.byref(out), _path(source)))  # type: ignore
        return cls(out.value)

    def save(self, path: PathLike) -> None:
        """Saves the mapping atomically with mode 0600."""
        check(_lib.gs_mapping_save_file(self._ptr, _path(path)))

    def to_xml(self) -> str:
        """The mapping as XML (families by id, children by id)."""
        return _owned(_lib.gs_mapping_save_memory, self._ptr)

    @property
    def family_count(self) -> int:
        """Number of families mapped."""
        return int(_lib.gs_mapping_family_count(self._ptr))

    @property
    def child_count(self) -> int:
        """Number of children mapped, over all families."""
        return int(_lib.gs_mapping_child_count(self._ptr))

    def family_pseudonym(self, family_id: str) -> Optional[str]:
        """The pseudonym of a family (32 hex characters), or None."""
        return _capi.opt_text(_lib.gs_mapping_family_pseudonym(self._ptr,
                                                               family_id.encode("utf-8")))

    def family_shift(self, family_id: str) -> Optional[int]:
        """The date shift of a family in days (-14..14), or None."""
        out = ctypes.c_int()
        try:
            check(_lib.gs_mapping_family_shift(self._ptr, family_id.encode("utf-8"),
                                               ctypes.byref(out)))
        except NotFoundError:
            return None
        return out.value

    def child_pseudonym(self, family_id: str, child_id: str) -> Optional[str]:
        """The pseudonym of a child, or None."""
        return _capi.opt_text(_lib.gs_mapping_child_pseudonym(
            self._ptr, family_id.encode("utf-8"), child_id.encode("utf-8")))


def _export_options(as_of: datetime.date, horizon: Optional[int],
                    format: Union[ExportFormat, int]) -> _capi.gs_export_options:  # noqa: A002
    opts = _capi.gs_export_options()
    _lib.gs_export_options_init(ctypes.byref(opts))
    opts.as_of = to_gs_date(as_of)
    if horizon is not None:
        opts.horizon = horizon
    opts.format = int(format)
    return opts


class Exporter(Handle):
    """A streaming research export (``gs_exporter``): one row per (family,
    child) with pseudonyms, in CSV or XML. Output accumulates as
    :attr:`pending` bytes to write out and :meth:`clear`.

    Args:
        as_of: the as-of date.
        mapping: the :class:`Mapping` to use and extend.
        pack: the pack (default: the default pack).
        horizon: survival horizon in days (default 548).
        format: CSV (default) or XML.
    """

    _free = _lib.gs_exporter_free

    def __init__(self, as_of: datetime.date, mapping: Mapping, *, pack: Optional[Pack] = None,
                 horizon: Optional[int] = None,
                 format: Union[ExportFormat, int] = ExportFormat.CSV) -> None:  # noqa: A002
        pk = pack if pack is not None else Pack.shared_default()
        opts = _export_options(as_of, horizon, format)
        out = _capi.gs_exporter_p()
        check(_lib.gs_exporter_new(ctypes.byref(out), ctypes.byref(opts), mapping._ptr, pk._ptr))
        super().__init__(out.value)
        self._borrow(mapping, pk)

    def add(self, family: Family) -> None:
        """Exports the rows of one finished family."""
        check(_lib.gs_exporter_add(self._ptr, family._ptr))

    def add_file(self, path: PathLike) -> None:
        """Exports every family of a dossier file (streamed in C)."""
        check(_lib.gs_exporter_add_file(self._ptr, _path(path)))

    def end(self) -> None:
        """Ends the output (the XML end tag becomes pending)."""
        check(_lib.gs_exporter_end(self._ptr))

    @property
    def pending(self) -> bytes:
        """The bytes written and not yet cleared."""
        n = ctypes.c_size_t()
        p = _lib.gs_exporter_pending(self._ptr, ctypes.byref(n))
        return ctypes.string_at(p, n.value) if n.value else b""

    def clear(self) -> None:
        """Drops the pending bytes."""
        _lib.gs_exporter_clear(self._ptr)

    def take(self) -> bytes:
        """The pending bytes, which are then dropped."""
        data = self.pending
        self.clear()
        return data

    @property
    def row_count(self) -> int:
        """Rows written so far."""
        return int(_lib.gs_exporter_row_count(self._ptr))


def export_families(families: Iterable[Family], as_of: datetime.date, mapping: Mapping, *,
                    pack: Optional[Pack] = None, horizon: Optional[int] = None,
                    format: Union[ExportFormat, int] = ExportFormat.CSV) -> str:  # noqa: A002
    """The whole research export of ``families`` in one call
    (``gs_export_families``), extending ``mapping``."""
    from .summary import family_array
    fams = list(families)
    arr, keep = family_array(fams)
    pk = pack if pack is not None else Pack.shared_default()
    opts = _export_options(as_of, horizon, format)
    out, n = ctypes.c_void_p(), ctypes.c_size_t()
    check(_lib.gs_export_families(arr, len(fams), ctypes.byref(opts), mapping._ptr, pk._ptr,
                                  ctypes.byref(out), ctypes.byref(n)))
    del keep
    return _capi.take_owned(out, n.value).decode("utf-8")


__all__ = ["Exporter", "IndicatorRow", "Indicators", "KaplanMeierRow", "Labels", "Mapping",
           "Survival", "SurvivalGroup", "SurvivalTestResult", "export_families", "indicators",
           "survival"]
