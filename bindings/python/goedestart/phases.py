# libgoedestart Python binding - life phases.
# SPDX-License-Identifier: EUPL-1.2
"""The Goede Start life phases of a family at an as-of date (gs-phases.h,
spec/model.md "Life phases" and "First 1000 days").

>>> lp = life_phases(family, date(2025, 9, 15))      # doctest: +SKIP
>>> [(p.code.token, p.subject) for p in lp.phases]    # doctest: +SKIP
[('child-0-4', 'C1')]

The result is a plain Python object: the C snapshot is copied out and freed
at once.
"""

import ctypes
import dataclasses
import datetime
from typing import Optional, Tuple

from . import _capi
from .codes import Phase
from .dates import from_optional_gs_date, to_gs_date
from .errors import check
from .family import Family

_lib = _capi.lib


@dataclasses.dataclass(frozen=True)
class PhaseSpan:
    """One active phase: its subject and its span.

    ``subject`` is the family id for the family-level phases
    (anticonception, preconception), else the pregnancy or child id;
    ``start`` (inclusive) and ``until`` (exclusive) are ``None`` for
    family-level phases.
    """
    code: Phase
    subject: str
    start: Optional[datetime.date]
    until: Optional[datetime.date]


@dataclasses.dataclass(frozen=True)
class LifePhases:
    """The phases of one family at one date, ordered by phase code, then
    by the subject's position in the family."""
    phases: Tuple[PhaseSpan, ...]
    first_1000_days: bool       #: an ongoing pregnancy or a child under two
    in_programme: bool          #: at least one active phase


def life_phases(family: Family, as_of: datetime.date,
                pack: Optional["object"] = None) -> LifePhases:
    """The life phases of a finished ``family`` at ``as_of``
    (``gs_phases_new``). The child-phase boundaries come from ``pack``'s
    parameters (default 4, 13 and 19 years without a pack).

    Raises:
        InvalidArgumentError: the family is not finished, a bad date, or
            pack boundaries that do not increase.
    """
    from .pack import Pack
    pack_p = None
    if pack is not None:
        if not isinstance(pack, Pack):
            raise TypeError(f"pack is a {type(pack).__name__}, not a Pack")
        pack_p = pack._ptr
    out = _capi.gs_phases_p()
    check(_lib.gs_phases_new(ctypes.byref(out), family._ptr, to_gs_date(as_of), pack_p))
    p = out.value
    try:
        spans = tuple(PhaseSpan(Phase(_lib.gs_phases_code(p, i)),
                                _capi.text(_lib.gs_phases_subject(p, i)),
                                from_optional_gs_date(_lib.gs_phases_from(p, i)),
                                from_optional_gs_date(_lib.gs_phases_until(p, i)))
                      for i in range(_lib.gs_phases_count(p)))
        return LifePhases(spans, bool(_lib.gs_phases_first_1000_days(p)),
                          bool(_lib.gs_phases_in_programme(p)))
    finally:
        _lib.gs_phases_free(p)


__all__ = ["LifePhases", "PhaseSpan", "life_phases"]
