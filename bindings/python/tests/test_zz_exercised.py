# libgoedestart Python binding - every declared C function is wrapped and tested.
# SPDX-License-Identifier: EUPL-1.2
"""Runs last (file order): checks that each function declared in
goedestart._capi is used by the package's Python layer and was called by
some test of this session (conftest.py counts the calls)."""
import pathlib
import re

import pytest

from conftest import CALLS, declared_functions

PKG = pathlib.Path(__file__).resolve().parents[1] / "goedestart"
#: Functions the Python layer deliberately leaves to _capi: the process-wide
#: allocator and init calls (a Python host has no use for a custom C
#: allocator; the library initialises itself), error and status accessors
#: whose content the exceptions and the Status enum already carry, and
#: gs_free (used by _capi.take_owned). They are still tested through _capi.
NOT_WRAPPED = {"gs_allocator_init", "gs_set_allocator", "gs_init", "gs_shutdown",
               "gs_error_code", "gs_error_format", "gs_status_name", "gs_free"}


def test_every_declared_function_is_wrapped():
    used = set()
    for path in PKG.glob("*.py"):
        if path.name != "_capi.py":
            used.update(re.findall(r"\b(gs_\w+)\b", path.read_text(encoding="utf-8")))
    missing = sorted(set(declared_functions()) - used - NOT_WRAPPED)
    assert not missing, "declared in _capi but not used by the Python layer: " + \
        ", ".join(missing)


def test_every_declared_function_was_called(request):
    modules = {item.module.__name__ for item in request.session.items}
    if len(modules) < 10:
        pytest.skip("only meaningful when the whole suite runs")
    never = sorted(name for name in declared_functions() if CALLS[name] == 0)
    assert not never, f"{len(never)} declared function(s) no test calls: " + ", ".join(never)
