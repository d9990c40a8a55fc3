# libgoedestart Python binding - tests of version, errors and dates.
# SPDX-License-Identifier: EUPL-1.2
import ctypes
import datetime
import os
import pathlib
import pickle
import re

import pytest

import goedestart
from goedestart import _capi, dates, errors
from goedestart.errors import Status

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def c_version_from_meson():
    text = (ROOT / "meson.build").read_text(encoding="utf-8")
    return re.search(r"version\s*:\s*'([0-9.]+)'", text).group(1)


# ---- version ------------------------------------------------------------------

def test_version_equals_c_library():
    v = goedestart.version()
    assert v == c_version_from_meson()
    major, minor, micro = (int(x) for x in v.split("."))
    assert goedestart.version_number() == major * 10000 + minor * 100 + micro


def test_dunder_version_is_the_library_version():
    assert goedestart.__version__ == goedestart.version() == c_version_from_meson()
    assert goedestart.__version__ == _capi.text(_capi.lib.gs_version_string())


def test_package_version_matches_library():
    text = (HERE.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^version = "([0-9.]+)"', text, re.M).group(1) == goedestart.version()


def test_library_loaded_from_environment():
    expected = os.environ.get("GOEDESTART_LIBRARY")
    if expected is None:
        pytest.skip("GOEDESTART_LIBRARY is not set")
    assert goedestart.library_path() == expected


def test_source_package_knows_no_install_libdir():
    # meson install writes its own _config.py; the source copy (and pip's)
    # leaves the search to ldconfig and the loader.
    from goedestart import _config
    assert _config.LIBDIR is None


def test_install_libdir_comes_first_without_environment(monkeypatch):
    built = os.environ.get("GOEDESTART_LIBRARY")
    if built is None:
        pytest.skip("GOEDESTART_LIBRARY is not set")
    libdir = os.path.dirname(built)
    monkeypatch.delenv("GOEDESTART_LIBRARY")
    monkeypatch.setattr(_capi._config, "LIBDIR", libdir)
    assert next(_capi._candidates()) == os.path.join(libdir, _capi.SONAME)
    assert os.path.realpath(_capi._load()._name) == os.path.realpath(
        os.path.join(libdir, _capi.SONAME))


def test_environment_overrides_install_libdir(monkeypatch):
    monkeypatch.setenv("GOEDESTART_LIBRARY", "/nonexistent/libgoedestart.so.0")
    monkeypatch.setattr(_capi._config, "LIBDIR", "/usr/lib")
    assert list(_capi._candidates()) == ["/nonexistent/libgoedestart.so.0"]


def test_bad_library_path_is_a_clear_import_error(monkeypatch):
    monkeypatch.setenv("GOEDESTART_LIBRARY", "/nonexistent/libgoedestart.so.0")
    with pytest.raises(ImportError, match="GOEDESTART_LIBRARY"):
        _capi._load()


# ---- statuses and errors -------------------------------------------------------

def test_status_enum_mirrors_c():
    for s in Status:
        assert _capi.text(_capi.lib.gs_status_name(int(s))) == "GS_" + s.name
    # One past the last known status: the C library must not know it either,
    # else this enum (and the Java one) miss a status.
    beyond = min(Status) - 1
    assert _capi.text(_capi.lib.gs_status_name(beyond)) == "GS_UNKNOWN"
    assert Status.ENOMEM.description == "out of memory"


def test_date_parse_error_maps_to_parse_error():
    with pytest.raises(goedestart.ParseError) as info:
        dates.parse("2025-02-30")
    e = info.value
    assert isinstance(e, goedestart.GoedestartError)
    assert isinstance(e, ValueError)
    assert e.status is Status.EPARSE
    assert "2025-02-30" in e.message
    # gs_date_parse has no position: no file, line 0, column 0.
    assert e.file is None
    assert (e.line, e.column) == (0, 0)
    assert str(e) == e.message


@pytest.mark.parametrize("text", ["2025-2-3", "1899-12-31", " 2025-01-01", "2025-01-01 ", "",
                                  "2200-01-01", "2025-13-01", "20250101"])
def test_bad_dates_rejected(text):
    with pytest.raises(goedestart.ParseError) as info:
        dates.parse(text)
    assert info.value.message


def test_invalid_argument_maps_to_invalid_argument_error():
    with pytest.raises(goedestart.InvalidArgumentError) as info:
        dates.to_gs_date(datetime.date(1899, 12, 31))
    assert info.value.status is Status.EINVAL
    assert info.value.message
    with pytest.raises(goedestart.InvalidArgumentError):
        dates.from_gs_date(dates.NONE)


def test_every_status_has_its_exception():
    expected = {
        Status.EPARSE: goedestart.ParseError,
        Status.ENOMEM: goedestart.OutOfMemoryError,
        Status.EINVAL: goedestart.InvalidArgumentError,
        Status.EIO: goedestart.GsIOError,
        Status.ENOTFOUND: goedestart.NotFoundError,
        Status.EVERSION: goedestart.VersionError,
        Status.EEVAL: goedestart.EvaluationError,
        Status.ESTATE: goedestart.StateError,
        Status.ERROR: goedestart.GoedestartError,
    }
    for status, cls in expected.items():
        e = errors.last_error(status)
        assert type(e) is cls
        assert e.status is status
    with pytest.raises(goedestart.OutOfMemoryError):
        goedestart.check(Status.ENOMEM)
    goedestart.check(Status.OK)


def test_error_with_position_formats_like_c():
    e = goedestart.ParseError(Status.EPARSE, "bad element", "f.xml", 12, 5)
    assert str(e) == "f.xml:12:5: bad element"
    assert str(goedestart.GsIOError(Status.EIO, "gone", "x")) == "x: gone"
    assert str(goedestart.GoedestartError(-999, "odd")) == "odd"
    assert goedestart.GoedestartError(-999, "odd").status == -999
    again = pickle.loads(pickle.dumps(e))
    assert (type(again), again.status, again.file, again.line, again.column) == \
        (goedestart.ParseError, Status.EPARSE, "f.xml", 12, 5)


def test_set_allocator_after_init_is_a_state_error():
    assert _capi.lib.gs_init() == Status.OK
    try:
        alloc = _capi.gs_allocator()
        _capi.lib.gs_allocator_init(ctypes.byref(alloc))
        assert alloc.version == _capi.GS_ALLOCATOR_VERSION
        st = _capi.lib.gs_set_allocator(ctypes.byref(alloc))
        assert st == Status.ESTATE
        e = errors.last_error(st)
        assert isinstance(e, goedestart.StateError) and e.message
    finally:
        _capi.lib.gs_shutdown()


# ---- dates -----------------------------------------------------------------------

@pytest.mark.parametrize("d", [datetime.date(1900, 1, 1), datetime.date(1969, 12, 31),
                               datetime.date(1970, 1, 1), datetime.date(2024, 2, 29),
                               datetime.date(2199, 12, 31)])
def test_date_round_trip(d):
    v = dates.to_gs_date(d)
    assert v == (d - datetime.date(1970, 1, 1)).days
    assert dates.from_gs_date(v) == d
    assert dates.format(d) == d.isoformat()
    assert dates.parse(d.isoformat()) == d


def test_range():
    assert dates.to_gs_date(dates.MIN) == -25567
    assert dates.to_gs_date(dates.MAX) == 84005
    with pytest.raises(goedestart.InvalidArgumentError):
        dates.to_gs_date(datetime.date(2200, 1, 1))
    with pytest.raises(goedestart.InvalidArgumentError):
        dates.add_days(dates.MAX, 1)
    assert dates.from_optional_gs_date(dates.NONE) is None


def test_29_february_rule():
    born = datetime.date(2024, 2, 29)
    assert dates.add_years(born, 1) == datetime.date(2025, 3, 1)
    assert dates.add_years(born, 4) == datetime.date(2028, 2, 29)
    assert dates.age_months(born, datetime.date(2026, 2, 28)) == 23
    assert dates.age_years(born, datetime.date(2026, 2, 28)) == 1
    assert dates.age_years(born, datetime.date(2026, 3, 1)) == 2
    assert dates.age_years(born, datetime.date(2028, 2, 28)) == 3
    assert dates.age_years(born, datetime.date(2028, 2, 29)) == 4


def test_months_and_days():
    assert dates.age_months(datetime.date(2025, 1, 31), datetime.date(2025, 3, 1)) == 1
    assert dates.age_months(datetime.date(2025, 1, 31), datetime.date(2025, 2, 28)) == 0
    assert dates.age_months(datetime.date(2025, 6, 1), datetime.date(2025, 5, 1)) == -1
    assert dates.diff(datetime.date(2025, 3, 1), datetime.date(2025, 2, 1)) == 28
    assert dates.add_days(datetime.date(2024, 2, 28), 1) == datetime.date(2024, 2, 29)

