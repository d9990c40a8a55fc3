# libgoedestart Python binding.
# SPDX-License-Identifier: EUPL-1.2
"""libgoedestart: the shared engine of Goede Start and SamenStarten.

A thin, typed layer over the C library (loaded with ctypes, see
:mod:`goedestart._capi`). Errors become :class:`GoedestartError`
subclasses carrying the library's message and position; dates are
:class:`datetime.date`.

>>> import goedestart, datetime
>>> goedestart.dates.age_months(datetime.date(2024, 2, 29), datetime.date(2026, 2, 28))
23
"""

from . import _capi, dates
from .errors import (EvaluationError, GoedestartError, GsIOError, InvalidArgumentError,
                     NotFoundError, OutOfMemoryError, ParseError, StateError, Status,
                     VersionError, check)

__all__ = [
    "EvaluationError", "GoedestartError", "GsIOError", "InvalidArgumentError",
    "NotFoundError", "OutOfMemoryError", "ParseError", "StateError", "Status",
    "VersionError", "check", "dates", "library_path", "version", "version_number",
]


def version() -> str:
    """The version of the loaded C library, e.g. ``"0.1.0"``."""
    return _capi.text(_capi.lib.gs_version_string())


def version_number() -> int:
    """The loaded library's version as ``major * 10000 + minor * 100 + micro``."""
    return int(_capi.lib.gs_version_number())


def library_path() -> str:
    """Where the C library was loaded from."""
    return _capi.path
