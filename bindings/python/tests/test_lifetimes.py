# libgoedestart Python binding - deterministic freeing and a leak check.
# SPDX-License-Identifier: EUPL-1.2
"""Objects holding C memory free it exactly once: on close(), at the end of
a ``with`` block, or when collected; and repeated work keeps the resident
memory flat. (The ASan build of CI runs this suite too.)"""
import datetime
import gc
import os

import pytest

import goedestart
from goedestart import Assessment, Catalog, Pack, assess, assess_many, load_dossier
from goedestart.errors import last_error

from conftest import EXAMPLE_AS_OF, build_family

D = datetime.date


#: Under AddressSanitizer (the CI's sanitizer build preloads its runtime)
#: freed memory sits in a quarantine of up to 256 MB, so resident memory
#: grows by design; ASan's own checks cover that build instead.
UNDER_ASAN = "asan" in os.environ.get("LD_PRELOAD", "")
flat_memory = pytest.mark.skipif(UNDER_ASAN, reason="RSS is not flat under ASan's quarantine")


def rss_kib() -> int:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


@pytest.fixture
def freed(monkeypatch):
    """The C pointers freed during the test, by class name."""
    out = {}
    for cls in (goedestart.Family, Assessment, Pack, Catalog):
        def spy(p, real=cls._free, name=cls.__name__):
            out.setdefault(name, []).append(p)
            real(p)
        monkeypatch.setattr(cls, "_free", staticmethod(spy))
    return out


def test_close_frees_once(freed):
    f = build_family()
    p = f._p
    f.close()
    f.close()
    assert freed["Family"].count(p) == 1
    with assess(build_family(), D(2024, 7, 1)) as a:
        q = a._p
    assert a.closed and freed["Assessment"] == [q]


def test_garbage_collection_frees(freed):
    f = build_family()
    a = assess(f, D(2024, 7, 1), pack=Pack.default())
    ptrs = (f._p, a._p, a.pack._p)
    del f, a
    gc.collect()
    assert ptrs[0] in freed["Family"] and ptrs[1] in freed["Assessment"]
    assert ptrs[2] in freed["Pack"]


def test_borrowers_keep_their_owners_alive(freed):
    """An assessment holds its family, pack and catalogue: dropping the
    caller's references frees nothing while the assessment lives."""
    a = assess(build_family(), D(2024, 7, 1), pack=Pack.default(), catalog=Catalog.default())
    owners = (a.family._p, a.pack._p, a.catalog._p)
    gc.collect()
    assert not any(p in freed.get(k, []) for p, k in zip(owners, ("Family", "Pack", "Catalog")))
    assert a.to_xml() and a.needs and a.family.id == "F-B1"
    del a
    gc.collect()
    assert all(p in freed[k] for p, k in zip(owners, ("Family", "Pack", "Catalog")))


def test_a_dossier_is_freed_when_dropped(vectors, monkeypatch):
    """Views do not keep their dossier in a reference cycle: dropping the
    last reference frees it at once, without the cycle collector."""
    freed = []
    real = goedestart.Dossier._free
    monkeypatch.setattr(goedestart.Dossier, "_free",
                        staticmethod(lambda p: (freed.append(p), real(p))))
    gc.disable()
    try:
        d = load_dossier(vectors / "05-validity-boundaries.xml")
        ids = [f.id for f in d]
        p = d._p
        del d
        assert freed == [p] and ids == ["F-005", "F-018"]
    finally:
        gc.enable()


def test_owner_closes_dependents_first(vectors, monkeypatch):
    """Closing a dossier frees the assessment of one of its families before
    the dossier itself (the order the C library requires)."""
    order = []
    d = load_dossier(vectors / "02-positive-confirmation.xml")
    a = assess(d[0], D(2025, 3, 10))
    for cls, name in ((Assessment, "assessment"), (goedestart.Dossier, "dossier")):
        def spy(p, real=cls._free, name=name):
            order.append(name)
            real(p)
        monkeypatch.setattr(cls, "_free", staticmethod(spy))
    d.close()
    assert order == ["assessment", "dossier"] and a.closed


def test_raw_error_and_date_calls():
    lib = goedestart._capi.lib
    assert goedestart.dates.is_valid(0) and not goedestart.dates.is_valid(goedestart.dates.NONE)
    with pytest.raises(goedestart.ParseError):
        load_dossier(b"<x", name="e.xml")
    err = lib.gs_error_last()
    assert lib.gs_error_code(err) == goedestart.Status.EPARSE
    assert lib.gs_error_format(err).decode().startswith("e.xml:1:")
    assert last_error(goedestart.Status.EPARSE).file == "e.xml"


@flat_memory
def test_assessing_10000_times_keeps_memory_flat(example_family, test_catalog):
    pack = Pack.shared_default()

    def work(n):
        for _ in range(n):
            with assess(example_family, EXAMPLE_AS_OF, pack, test_catalog) as a:
                a.needs  # noqa: B018 - copies routes out of C
                a.advice  # noqa: B018
                a.notes  # noqa: B018
                a.to_xml()
            b = assess(example_family, EXAMPLE_AS_OF, pack, test_catalog)
            b.schedule  # noqa: B018
            del b  # freed by reference counting

    work(1000)
    gc.collect()
    start = rss_kib()
    work(10000)
    gc.collect()
    grown = rss_kib() - start
    assert grown < 2048, f"resident memory grew by {grown} KiB over 10,000 assessments"


@flat_memory
def test_loading_and_bulk_keep_memory_flat(vectors, test_catalog):
    path = vectors / "18-plan-findings.xml"

    def work(n):
        for _ in range(n):
            with load_dossier(path) as d:
                list(d)
            fams = goedestart.load_families(path)
            with assess_many(fams, D(2026, 4, 20), catalog=test_catalog) as t:
                t.family_ids  # noqa: B018
            assess_many(path, D(2026, 4, 20)).outcome  # noqa: B018
            fams[0].clone().close()
            with Assessment() as a:
                a.assess(fams[1], D(2026, 4, 20))

    work(300)
    gc.collect()
    start = rss_kib()
    work(3000)
    gc.collect()
    grown = rss_kib() - start
    assert grown < 2048, f"resident memory grew by {grown} KiB"
