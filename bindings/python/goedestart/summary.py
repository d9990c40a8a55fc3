# libgoedestart Python binding - bulk assessment of a population.
# SPDX-License-Identifier: EUPL-1.2
"""Assess a whole population in C and get one compact row per family
(gs-summary.h): the path for researchers, who should never loop over a
million families in Python.

>>> table = assess_many("population.xml", date(2026, 1, 1))   # doctest: +SKIP
>>> len(table), table.outcome[:5]                              # doctest: +SKIP
(1000000, array('i', [1, 2, 1, 1, 3]))
>>> df = table.to_pandas()                                     # doctest: +SKIP

The loop runs in C (``gs_summary_from_file`` streams a dossier file in flat
memory; ``gs_summary_from_families`` takes families already in memory).
Columns are ``array.array('i')`` copies (wrap one in :class:`memoryview`
for a zero-copy view of it); family ids and municipality codes are built
lazily.
"""

import array
import ctypes
import datetime
import os
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

from . import _capi, _pandas
from ._handle import Handle
from .catalog import Catalog
from .codes import CareNeed, SummaryColumn
from .dates import to_gs_date
from .dossier import Dossier, PathLike, _path
from .errors import check
from .family import Family
from .pack import Pack

_lib = _capi.lib

_PTR_CODE = {8: "Q", 4: "I"}[ctypes.sizeof(ctypes.c_void_p)]
_INT32_CODE = "i" if array.array("i").itemsize == 4 else "l"

#: What :func:`assess_many` accepts.
Population = Union[PathLike, Dossier, Iterable[Family]]


def family_array(families: List[Family]) -> Tuple[Any, Any]:
    """A C array ``const gs_family *const *`` of the families' pointers and
    the Python object that owns its memory (keep it alive during the call).

    Raises:
        TypeError: an item is not a Family; ValueError: one is closed.
    """
    n = len(families)
    if n == 0:
        return None, None
    if all(type(f) is Family for f in families):
        ptrs = [f._p for f in families]
    else:
        ptrs = []
        for i, f in enumerate(families):
            if not isinstance(f, Family):
                raise TypeError(f"families[{i}] is a {type(f).__name__}, not a Family")
            ptrs.append(f._p)
    if None in ptrs:
        raise ValueError(f"families[{ptrs.index(None)}] is closed")
    buf = array.array(_PTR_CODE, ptrs)
    return (ctypes.c_void_p * n).from_buffer(buf), buf


class AssessmentTable(Handle):
    """One row per family, in input order (``gs_summary``): the proposed
    care need, the number of needs, the highest start level, the number of
    overdue schedule instances, the municipality and whether the family is
    in the programme.

    Columns are :class:`array.array` of 32-bit ints (``'i'``); the table
    owns its data and borrows nothing. A context manager: :meth:`close`
    frees the C table (columns already read stay valid).
    """

    _free = _lib.gs_summary_free

    def __init__(self, ptr: int) -> None:
        """Wraps an owned ``gs_summary *`` (internal; use :func:`assess_many`)."""
        super().__init__(ptr)
        self._columns: Dict[SummaryColumn, "array.array[int]"] = {}
        self._ids: Optional[List[str]] = None
        self._codes: Optional[List[str]] = None

    def __len__(self) -> int:
        return int(_lib.gs_summary_rows(self._ptr))

    @property
    def rows(self) -> int:
        """The number of rows (families)."""
        return len(self)

    def column(self, column: Union[SummaryColumn, int]) -> "array.array[int]":
        """The values of an integer column, one per row (a copy, made once).

        Raises:
            ValueError: unknown column.
        """
        col = SummaryColumn(column)
        cached = self._columns.get(col)
        if cached is not None:
            return cached
        p = self._ptr
        n = len(self)
        out = array.array(_INT32_CODE)
        if n:
            data = _lib.gs_summary_column_data(p, col)
            if not data:
                raise ValueError(f"unknown summary column {column}")
            out.frombytes(ctypes.string_at(data, 4 * n))
        self._columns[col] = out
        return out

    @property
    def outcome(self) -> "array.array[int]":
        """The proposed care need per family (:class:`~goedestart.codes.CareNeed` codes)."""
        return self.column(SummaryColumn.OUTCOME)

    @property
    def needs(self) -> "array.array[int]":
        """The number of needs per family."""
        return self.column(SummaryColumn.NEEDS)

    @property
    def max_level(self) -> "array.array[int]":
        """The highest start level per family, 0 without needs."""
        return self.column(SummaryColumn.MAX_LEVEL)

    @property
    def overdue(self) -> "array.array[int]":
        """The number of listed schedule instances that are overdue."""
        return self.column(SummaryColumn.OVERDUE)

    @property
    def municipality_number(self) -> "array.array[int]":
        """The municipality per family as the number nnnn of ``GMnnnn``."""
        return self.column(SummaryColumn.MUNICIPALITY)

    @property
    def in_programme(self) -> "array.array[int]":
        """1 when the family is in the programme, else 0."""
        return self.column(SummaryColumn.IN_PROGRAMME)

    @property
    def family_ids(self) -> List[str]:
        """The family ids in row order (``gs_summary_ids``; built once)."""
        if self._ids is None:
            n = ctypes.c_size_t()
            p = _lib.gs_summary_ids(self._ptr, ctypes.byref(n))
            if not n.value:
                self._ids = []
            else:
                raw = ctypes.string_at(p, n.value)
                self._ids = raw[:-1].decode("utf-8").split("\0")
        return list(self._ids)

    def family_id(self, row: int) -> str:
        """The family id of one row.

        Raises:
            IndexError: out of range.
        """
        s = _lib.gs_summary_family_id(self._ptr, row) if row >= 0 else None
        if s is None:
            raise IndexError(f"row {row} out of range")
        return s.decode("utf-8")

    def municipality(self, row: int) -> str:
        """The municipality code ``GMnnnn`` of one row.

        Raises:
            IndexError: out of range.
        """
        s = _lib.gs_summary_municipality(self._ptr, row) if row >= 0 else None
        if s is None:
            raise IndexError(f"row {row} out of range")
        return s.decode("utf-8")

    @property
    def municipalities(self) -> List[str]:
        """The municipality code ``GMnnnn`` per row (built once; the code of
        each distinct municipality comes from the library)."""
        if self._codes is None:
            nums = self.municipality_number
            code_of: Dict[int, str] = {}
            for row, num in enumerate(nums):
                if num not in code_of:
                    code_of[num] = self.municipality(row)
            self._codes = [code_of[num] for num in nums]
        return list(self._codes)

    def to_pandas(self) -> Any:
        """A :class:`pandas.DataFrame` with one row per family: ``family``,
        ``municipality`` (categorical), ``outcome`` (ordered categorical of
        care-need tokens), ``needs``, ``max_level``, ``overdue``,
        ``in_programme`` (bool).

        Raises:
            ImportError: pandas is not installed (the columns are still
                available as arrays without it).
        """
        np, pd = _pandas.require(
            "AssessmentTable.to_pandas()",
            "read the columns as arrays: table.outcome, table.needs, table.max_level, "
            "table.overdue, table.in_programme, table.municipalities, table.family_ids.")
        tokens = [c.token for c in CareNeed]
        outcome = np.frombuffer(self.outcome, dtype=np.int32)
        return pd.DataFrame({
            "family": self.family_ids,
            "municipality": pd.Categorical(self.municipalities),
            "outcome": pd.Categorical.from_codes(outcome - 1, categories=tokens, ordered=True),
            "needs": np.frombuffer(self.needs, dtype=np.int32),
            "max_level": np.frombuffer(self.max_level, dtype=np.int32),
            "overdue": np.frombuffer(self.overdue, dtype=np.int32),
            "in_programme": np.frombuffer(self.in_programme, dtype=np.int32).astype(bool),
        })

    def __repr__(self) -> str:
        if self.closed:
            return "<AssessmentTable (closed)>"
        return f"<AssessmentTable of {len(self)} families>"


def assess_many(source: Population, as_of: datetime.date, pack: Optional[Pack] = None,
                catalog: Optional[Catalog] = None) -> AssessmentTable:
    """Assesses a whole population with the loop in C and returns one
    compact row per family (``gs_summary_from_file`` /
    ``gs_summary_from_families``).

    Args:
        source: a dossier file path (streamed: any size, flat memory), a
            :class:`~goedestart.dossier.Dossier`, or an iterable of
            :class:`~goedestart.family.Family`.
        as_of: the as-of date.
        pack: the pack; ``None`` for the default pack.
        catalog: the care-path catalogue, or ``None``.

    Raises:
        ParseError / GsIOError: a bad family in the file (with its position).
        GoedestartError: the first family that cannot be assessed.
    """
    from .assessment import _catalog_ptr, _pack_of
    pk = _pack_of(pack)
    cat_p = _catalog_ptr(catalog)
    out = _capi.gs_summary_p()
    d = to_gs_date(as_of)
    if isinstance(source, (str, bytes, os.PathLike)):
        check(_lib.gs_summary_from_file(ctypes.byref(out), _path(source), d, pk._ptr, cat_p))
    else:
        fams = list(source)
        arr, keep = family_array(fams)
        check(_lib.gs_summary_from_families(ctypes.byref(out), arr, len(fams), d, pk._ptr,
                                            cat_p))
        del keep
    return AssessmentTable(out.value)


__all__ = ["AssessmentTable", "Population", "assess_many", "family_array"]
