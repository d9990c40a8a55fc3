# libgoedestart Python binding - the one ctypes module.
# SPDX-License-Identifier: EUPL-1.2
"""Low-level ctypes declarations of the libgoedestart C API.

This is the only module that touches ctypes. It loads the shared library
and declares ``restype``/``argtypes`` for every public C function, in one
table per C header (module). The rest of the package wraps these raw calls
in Python types; nothing here has logic of its own.

The library is looked up, in order:

1. the path in the environment variable ``GOEDESTART_LIBRARY``
   (when set, it is the only candidate: a wrong path is an error, not a
   silent fall-back to another copy);
2. ``ctypes.util.find_library("goedestart")`` (an installed copy known to
   ldconfig);
3. the soname ``libgoedestart.so.0`` (the dynamic loader's search path,
   e.g. ``LD_LIBRARY_PATH``);
4. ``libgoedestart.so.0`` next to this package (a bundled copy).

Adding a C function: add one line to the table of its header below (sorted
as in the header), then wrap it in the module's Python layer.
"""

import ctypes
import ctypes.util
import os
from typing import Dict, Iterator, List, Optional, Sequence, Tuple, Type

SONAME = "libgoedestart.so.0"

# ---- C types shared by the tables ---------------------------------------

#: ``gs_status`` (an enum; 0 is GS_OK, errors are negative).
gs_status = ctypes.c_int
#: ``gs_date``: days since 1970-01-01 (``int32_t``).
gs_date = ctypes.c_int32
#: ``const gs_error *`` (opaque).
gs_error_p = ctypes.c_void_p
c_int_p = ctypes.POINTER(ctypes.c_int)
gs_date_p = ctypes.POINTER(gs_date)

_Malloc = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
_Realloc = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
_Free = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


class gs_allocator(ctypes.Structure):
    """``gs_allocator`` (versioned option struct, gs-common.h)."""

    _fields_ = [
        ("version", ctypes.c_uint),
        ("malloc", _Malloc),
        ("realloc", _Realloc),
        ("free", _Free),
        ("user_data", ctypes.c_void_p),
    ]


# A declaration: (name, restype, argtypes).
Decl = Tuple[str, Optional[type], Sequence[type]]

# ---- gs-common.h: status, errors, memory, initialisation, version ------

CORE: List[Decl] = [
    ("gs_error_last", gs_error_p, []),
    ("gs_error_code", gs_status, [gs_error_p]),
    ("gs_error_message", ctypes.c_char_p, [gs_error_p]),
    ("gs_error_file", ctypes.c_char_p, [gs_error_p]),
    ("gs_error_line", ctypes.c_int, [gs_error_p]),
    ("gs_error_column", ctypes.c_int, [gs_error_p]),
    ("gs_error_format", ctypes.c_char_p, [gs_error_p]),
    ("gs_status_str", ctypes.c_char_p, [gs_status]),
    ("gs_status_name", ctypes.c_char_p, [gs_status]),
    ("gs_free", None, [ctypes.c_void_p]),
    ("gs_allocator_init", None, [ctypes.POINTER(gs_allocator)]),
    ("gs_set_allocator", gs_status, [ctypes.POINTER(gs_allocator)]),
    ("gs_init", gs_status, []),
    ("gs_shutdown", None, []),
    ("gs_version_string", ctypes.c_char_p, []),
    ("gs_version_number", ctypes.c_int, []),
]

# ---- gs-date.h: calendar dates -------------------------------------------

DATES: List[Decl] = [
    ("gs_date_valid", ctypes.c_int, [gs_date]),
    ("gs_date_from_ymd", gs_status, [gs_date_p, ctypes.c_int, ctypes.c_int, ctypes.c_int]),
    ("gs_date_to_ymd", gs_status, [gs_date, c_int_p, c_int_p, c_int_p]),
    ("gs_date_parse", gs_status, [gs_date_p, ctypes.c_char_p]),
    ("gs_date_format", gs_status, [gs_date, ctypes.c_char_p, ctypes.c_size_t]),
    ("gs_date_add_days", gs_status, [gs_date_p, gs_date, ctypes.c_int32]),
    ("gs_date_add_years", gs_status, [gs_date_p, gs_date, ctypes.c_int]),
    ("gs_date_diff", ctypes.c_int32, [gs_date, gs_date]),
    ("gs_date_age_years", gs_status, [c_int_p, gs_date, gs_date]),
    ("gs_date_age_months", gs_status, [c_int_p, gs_date, gs_date]),
]

#: Every table, by the header it mirrors. New modules add their table here.
TABLES: Dict[str, List[Decl]] = {
    "gs-common.h": CORE,
    "gs-date.h": DATES,
}

# ---- constants mirrored from the headers (macros ctypes cannot see) -----

#: ``GS_DATE_NONE``: an absent optional date.
GS_DATE_NONE = -(2 ** 31)
#: ``GS_DATE_BUFSIZE``: "YYYY-MM-DD" and a NUL.
GS_DATE_BUFSIZE = 11
#: ``GS_ALLOCATOR_VERSION``.
GS_ALLOCATOR_VERSION = 1


# ---- loading ---------------------------------------------------------------

def _candidates() -> Iterator[str]:
    env = os.environ.get("GOEDESTART_LIBRARY")
    if env:
        yield env
        return
    found = ctypes.util.find_library("goedestart")
    if found:
        yield found
    yield SONAME
    yield os.path.join(os.path.dirname(os.path.abspath(__file__)), SONAME)


def _load(loader: Type[ctypes.CDLL] = ctypes.CDLL) -> ctypes.CDLL:
    errors = []
    for candidate in _candidates():
        try:
            return loader(candidate)
        except OSError as e:
            errors.append(f"{candidate}: {e}")
    raise ImportError("cannot load libgoedestart (set GOEDESTART_LIBRARY to its path): "
                      + "; ".join(errors))


def _declare(cdll: ctypes.CDLL) -> None:
    missing = []
    for table in TABLES.values():
        for name, restype, argtypes in table:
            try:
                fn = getattr(cdll, name)
            except AttributeError:
                missing.append(name)
                continue
            fn.restype = restype
            fn.argtypes = list(argtypes)
    if missing:
        raise ImportError(f"{cdll._name} lacks {', '.join(missing)}: the library is older "
                          "than this binding")


#: The loaded library, with every function declared.
lib: ctypes.CDLL = _load()
_declare(lib)

#: The path (or name) the library was loaded from.
path: str = lib._name


def text(value: Optional[bytes]) -> str:
    """Decodes a borrowed ``const char *`` result (UTF-8; NULL gives "")."""
    return value.decode("utf-8") if value is not None else ""
