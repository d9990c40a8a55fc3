# libgoedestart Python binding - statuses and exceptions.
# SPDX-License-Identifier: EUPL-1.2
"""Status codes and the exceptions that carry the library's errors.

Every C call that fails returns a status and records the details (message,
file, line, column) in the thread's last error. :func:`check` turns that
into the matching :class:`GoedestartError` subclass.
"""

import enum
from typing import Dict, Optional, Type

from . import _capi


class Status(enum.IntEnum):
    """``gs_status``: the result of every fallible call (values are stable)."""

    OK = 0
    ERROR = -1
    ENOMEM = -2
    EINVAL = -3
    EPARSE = -4
    EIO = -5
    ENOTFOUND = -6
    EVERSION = -7
    EEVAL = -8
    ESTATE = -9

    @property
    def description(self) -> str:
        """The library's short English description (``gs_status_str``)."""
        return _capi.text(_capi.lib.gs_status_str(int(self)))


class GoedestartError(Exception):
    """An error reported by libgoedestart.

    Attributes:
        status: the :class:`Status` (or the raw int for a status this binding
            does not know).
        message: the library's message, without the position.
        file: the file the error refers to, or ``None``.
        line: the 1-based line, or 0 when unknown.
        column: the 1-based column, or 0 when unknown.
    """

    def __init__(self, status: int, message: str, file: Optional[str] = None,
                 line: int = 0, column: int = 0) -> None:
        super().__init__(status, message, file, line, column)
        try:
            self.status: int = Status(status)
        except ValueError:
            self.status = status
        self.message = message
        self.file = file
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


class ParseError(GoedestartError, ValueError):
    """GS_EPARSE: input failed to parse or to validate (position set)."""


class OutOfMemoryError(GoedestartError, MemoryError):
    """GS_ENOMEM: out of memory; nothing was changed."""


class InvalidArgumentError(GoedestartError, ValueError):
    """GS_EINVAL: an argument was invalid (out of range, missing)."""


class GsIOError(GoedestartError):
    """GS_EIO: reading or writing a file failed."""


class NotFoundError(GoedestartError, LookupError):
    """GS_ENOTFOUND: a named item does not exist."""


class VersionError(GoedestartError):
    """GS_EVERSION: unsupported version of a format, struct or namespace."""


class EvaluationError(GoedestartError):
    """GS_EEVAL: a decision table could not be evaluated."""


class StateError(GoedestartError):
    """GS_ESTATE: the call is not allowed in the current state."""


_BY_STATUS: Dict[int, Type[GoedestartError]] = {
    Status.EPARSE: ParseError,
    Status.ENOMEM: OutOfMemoryError,
    Status.EINVAL: InvalidArgumentError,
    Status.EIO: GsIOError,
    Status.ENOTFOUND: NotFoundError,
    Status.EVERSION: VersionError,
    Status.EEVAL: EvaluationError,
    Status.ESTATE: StateError,
}


def last_error(status: int) -> GoedestartError:
    """The exception for ``status``, filled from the thread's last error."""
    err = _capi.lib.gs_error_last()
    cls = _BY_STATUS.get(status, GoedestartError)
    return cls(status,
               _capi.text(_capi.lib.gs_error_message(err)),
               _capi.text(_capi.lib.gs_error_file(err)) or None,
               int(_capi.lib.gs_error_line(err)),
               int(_capi.lib.gs_error_column(err)))


def check(status: int) -> None:
    """Raises the matching :class:`GoedestartError` unless ``status`` is GS_OK."""
    if status != Status.OK:
        raise last_error(status)
