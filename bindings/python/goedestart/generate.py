# libgoedestart Python binding - the synthetic population generator.
# SPDX-License-Identifier: EUPL-1.2
"""A realistic synthetic population of Goede Start families for demos,
tests and benchmarks (gs-generate.h, spec/cli.md "Synthetic population").

>>> for family in Population(10, as_of=date(2026, 1, 1), seed=7):   # doctest: +SKIP
...     print(family.id, family.municipality)
>>> write_population("population.xml", 1_000_000, date(2026, 1, 1))  # doctest: +SKIP

The output depends only on the options and the library version: the same
options give the same families - and byte-identical files - on every
machine and through every binding. Family ``i`` (0-based) has id
``F-`` followed by ``i + 1`` in at least six digits.
"""

import ctypes
import datetime
from typing import Dict

from . import _capi
from ._handle import Handle
from .dates import to_gs_date
from .dossier import PathLike, _path
from .errors import check
from .family import Family

_lib = _capi.lib


def _options(families: int, as_of: datetime.date, seed: int) -> _capi.gs_population_options:
    opts = _capi.gs_population_options()
    _lib.gs_population_options_init(ctypes.byref(opts))
    if families < 0 or seed < 0:
        raise ValueError("families and seed must not be negative")
    opts.families = families
    opts.seed = seed
    opts.as_of = to_gs_date(as_of)
    return opts


class Population(Handle):
    """Generates a population family by family (``gs_population``): an
    iterator of finished :class:`~goedestart.family.Family` objects you
    own, in flat memory however many families it makes.

    Args:
        families: how many families (default 1000).
        as_of: the date the population stands on (required: nothing is
            dated later, except due dates and plan target dates).
        seed: seed of the generator's own pseudo-random generator.

    Raises:
        InvalidArgumentError: an as-of date outside 1925-01-01..2198-12-31.
    """

    _free = _lib.gs_population_free

    def __init__(self, families: int = 1000, *, as_of: datetime.date, seed: int = 1) -> None:
        opts = _options(families, as_of, seed)
        out = _capi.gs_population_p()
        check(_lib.gs_population_new(ctypes.byref(out), ctypes.byref(opts)))
        super().__init__(out.value)
        self.families = families
        self.as_of = as_of
        self.seed = seed

    def __iter__(self) -> "Population":
        return self

    def __next__(self) -> Family:
        out = _capi.gs_family_p()
        check(_lib.gs_population_next(self._ptr, ctypes.byref(out)))
        if not out.value:
            raise StopIteration
        return Family._wrap(out.value)

    def __repr__(self) -> str:
        return (f"<Population of {self.families} families as of {self.as_of}, "
                f"seed {self.seed}{' (closed)' if self.closed else ''}>")


def generate(families: int = 1000, *, as_of: datetime.date, seed: int = 1) -> Population:
    """A :class:`Population` iterator (see there)."""
    return Population(families, as_of=as_of, seed=seed)


def write_population(path: PathLike, families: int, as_of: datetime.date,
                     seed: int = 1) -> None:
    """Generates a whole population into a dossier file (root
    ``dossiers``), streaming and atomically: the same options give a
    byte-identical file everywhere.

    Raises:
        InvalidArgumentError: no families, or a bad as-of date.
        GsIOError: the file cannot be written (the old one is untouched).
    """
    opts = _options(families, as_of, seed)
    check(_lib.gs_population_generate(ctypes.byref(opts), _path(path)))


def default_options() -> Dict[str, int]:
    """The library's defaults (``gs_population_options_init``):
    ``{"families": 1000, "seed": 1}``. There is no default as-of date: the
    library has no clock."""
    opts = _capi.gs_population_options()
    _lib.gs_population_options_init(ctypes.byref(opts))
    return {"families": int(opts.families), "seed": int(opts.seed)}


__all__ = ["Population", "default_options", "generate", "write_population"]
