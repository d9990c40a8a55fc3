# libgoedestart Python binding - calendar dates.
# SPDX-License-Identifier: EUPL-1.2
"""Conversions between ``gs_date`` and :class:`datetime.date`, and the date
arithmetic of ``gs-date.h``.

Valid dates run from 1900-01-01 to 2199-12-31. Every computation is done by
the C library (ages follow its 29 February rule), so Python, Java and C
always agree.
"""

import ctypes
import datetime
from typing import Optional

from . import _capi
from .errors import check

#: The first and last valid dates.
MIN = datetime.date(1900, 1, 1)
MAX = datetime.date(2199, 12, 31)
#: The raw ``GS_DATE_NONE`` value (an absent optional date).
NONE = _capi.GS_DATE_NONE


def to_gs_date(date: datetime.date) -> int:
    """The ``gs_date`` (days since 1970-01-01) of ``date``.

    Raises:
        InvalidArgumentError: ``date`` lies outside 1900-01-01..2199-12-31.
    """
    out = _capi.gs_date()
    check(_capi.lib.gs_date_from_ymd(ctypes.byref(out), date.year, date.month, date.day))
    return int(out.value)


def from_gs_date(value: int) -> datetime.date:
    """The :class:`datetime.date` of a valid ``gs_date``.

    Raises:
        InvalidArgumentError: ``value`` is not a valid date (also GS_DATE_NONE).
    """
    y, m, d = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
    check(_capi.lib.gs_date_to_ymd(value, ctypes.byref(y), ctypes.byref(m), ctypes.byref(d)))
    return datetime.date(y.value, m.value, d.value)


def from_optional_gs_date(value: int) -> Optional[datetime.date]:
    """Like :func:`from_gs_date`, but ``GS_DATE_NONE`` gives ``None``."""
    return None if value == NONE else from_gs_date(value)


def is_valid(value: int) -> bool:
    """Whether a raw ``gs_date`` lies in the valid range (``gs_date_valid``)."""
    return bool(_capi.lib.gs_date_valid(value))


def parse(text: str) -> datetime.date:
    """Parses exactly ``YYYY-MM-DD``.

    Raises:
        ParseError: with the library's reason, e.g. for ``2025-02-30``.
    """
    out = _capi.gs_date()
    check(_capi.lib.gs_date_parse(ctypes.byref(out), text.encode("utf-8")))
    return from_gs_date(out.value)


def format(date: datetime.date) -> str:  # noqa: A001 - mirrors gs_date_format
    """``date`` as ``YYYY-MM-DD`` (by the library)."""
    buf = ctypes.create_string_buffer(_capi.GS_DATE_BUFSIZE)
    check(_capi.lib.gs_date_format(to_gs_date(date), buf, len(buf)))
    return buf.value.decode("ascii")


def add_days(date: datetime.date, days: int) -> datetime.date:
    """``date`` plus ``days`` (may be negative), staying in the valid range."""
    out = _capi.gs_date()
    check(_capi.lib.gs_date_add_days(ctypes.byref(out), to_gs_date(date), days))
    return from_gs_date(out.value)


def add_years(date: datetime.date, years: int) -> datetime.date:
    """The anniversary after ``years`` years (29 February becomes 1 March
    in a year without it)."""
    out = _capi.gs_date()
    check(_capi.lib.gs_date_add_years(ctypes.byref(out), to_gs_date(date), years))
    return from_gs_date(out.value)


def diff(to: datetime.date, from_: datetime.date) -> int:
    """Days from ``from_`` to ``to`` (``to - from_``)."""
    return int(_capi.lib.gs_date_diff(to_gs_date(to), to_gs_date(from_)))


def age_years(born: datetime.date, as_of: datetime.date) -> int:
    """Age in completed years on ``as_of`` (negative before ``born``)."""
    out = ctypes.c_int()
    check(_capi.lib.gs_date_age_years(ctypes.byref(out), to_gs_date(born), to_gs_date(as_of)))
    return out.value


def age_months(born: datetime.date, as_of: datetime.date) -> int:
    """Age in completed calendar months on ``as_of`` (spec/model.md)."""
    out = ctypes.c_int()
    check(_capi.lib.gs_date_age_months(ctypes.byref(out), to_gs_date(born), to_gs_date(as_of)))
    return out.value
