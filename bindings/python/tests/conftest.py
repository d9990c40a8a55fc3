# libgoedestart Python binding - shared test fixtures.
# SPDX-License-Identifier: EUPL-1.2
"""Fixtures and the call counter behind test_zz_exercised.py.

Paths come from the environment that bindings/python/meson.build sets:
``GS_VECTORS_DIR`` (the conformance vectors) and ``GS_ASSESS_FILE`` (the C
driver tests/vectors/assess-file). Without them the vectors default to
``tests/vectors`` (the project's copy) and the C comparison is skipped.

Every C function declared in ``goedestart._capi`` is wrapped in a counting
callable for the session, so the last test module can check that each one
was called by some test.
"""

import collections
import datetime
import os
import pathlib
from typing import Dict, List, Tuple

import pytest

import goedestart
from goedestart import _capi
from goedestart._handle import Handle

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]

#: How often each declared C function was called in this session.
CALLS: Dict[str, int] = collections.Counter()


class _Counted:
    """A ctypes function that counts its calls (not a descriptor, so it
    also works as a class attribute such as ``Handle._free``)."""

    __slots__ = ("fn", "name")

    def __init__(self, fn, name):
        self.fn = fn
        self.name = name

    def __call__(self, *args):
        CALLS[self.name] += 1
        return self.fn(*args)


def _install_counters() -> None:
    lib = _capi.lib
    wrapped = {}
    for table in _capi.TABLES.values():
        for name, _, _ in table:
            fn = getattr(lib, name)
            if isinstance(fn, _Counted):
                wrapped[name] = fn
                continue
            w = _Counted(fn, name)
            setattr(lib, name, w)
            wrapped[name] = w
    stack = list(Handle.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        free = cls.__dict__.get("_free")
        if free is not None and not isinstance(free, _Counted):
            cls._free = wrapped[free.__name__]


_install_counters()


def declared_functions() -> List[str]:
    """Every C function the binding declares."""
    return [name for table in _capi.TABLES.values() for name, _, _ in table]


# ---- paths ------------------------------------------------------------------------

def vectors_dir() -> pathlib.Path:
    env = os.environ.get("GS_VECTORS_DIR")
    return pathlib.Path(env) if env else ROOT / "tests" / "vectors"


def _entries(name: str) -> List[str]:
    """The lines of a list file of the vectors, without comments and blanks."""
    path = vectors_dir() / name
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip()
             for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def pending_vectors() -> set:
    """The vectors of tests/vectors/pending.txt: not met by the engine yet."""
    return set(_entries("pending.txt"))


def vector_list() -> List[Tuple[str, datetime.date]]:
    """The vectors of as-of.txt: (dossier file name, as-of date)."""
    out = []
    for line in _entries("as-of.txt"):
        name, day = line.split()
        out.append((name, datetime.date.fromisoformat(day)))
    return out


@pytest.fixture(scope="session")
def vectors() -> pathlib.Path:
    d = vectors_dir()
    if not (d / "as-of.txt").exists():
        pytest.skip(f"no conformance vectors at {d} (set GS_VECTORS_DIR)")
    return d


@pytest.fixture(scope="session")
def test_catalog(vectors) -> goedestart.Catalog:
    """The vectors' test catalogue (id gs-test)."""
    return goedestart.Catalog.load(vectors / "catalog.xml")


@pytest.fixture(scope="session")
def default_pack() -> goedestart.Pack:
    return goedestart.Pack.default()


@pytest.fixture(scope="session")
def default_catalog() -> goedestart.Catalog:
    return goedestart.Catalog.default()


@pytest.fixture
def example_family(vectors) -> goedestart.Family:
    """F-0001 of vector 01 (the formats.md example), owned."""
    return goedestart.load_families(vectors / "01-formats-example.xml")[0]


EXAMPLE_AS_OF = datetime.date(2026, 1, 20)


def build_family(fid: str = "F-B1") -> goedestart.Family:
    """A small family built with every builder call (finished)."""
    from goedestart import (CareNeed, ChildWish, ConsultStatus, Concern, DmopDomain,
                            DmopRating, GizArea, GoalStatus, PhDimension, PregnancyOutcome,
                            ReviewOutcome, Role, Setting, Signaller, SignalKind, Topic,
                            ZrmDomain)
    d = datetime.date
    f = goedestart.Family(fid, "GM0114", d(2024, 1, 8))
    f.set_child_wish(ChildWish.NOT_NOW)
    f.add_caregiver("P1", Role.BIRTH_PARENT)
    f.add_caregiver("P2", "partner")
    f.add_pregnancy("Z1", "P1", d(2024, 3, 1), ended=d(2024, 2, 27),
                    outcome=PregnancyOutcome.BIRTH, child="C1")
    f.add_child("C1", d(2024, 2, 27), pregnancy="Z1")
    f.add_contact("K1", d(2024, 4, 24), "jgz-8w", Setting.WELL_BABY_CLINIC,
                  Signaller.JGZ_NURSE, subject="C1")
    f.add_dmop("K1", DmopDomain.PARENT_COMPETENCE, DmopRating.NOT_GOOD)
    f.add_dmop("K1", "social-network", "fair")
    f.add_dmop_overall("K1", DmopRating.FAIR)
    f.add_consult("K1", ConsultStatus.ATTENTION)
    f.add_giz("K1", GizArea.PARENTING, 3)
    f.add_help_requested("K1", True)
    f.add_positive_health("K1", PhDimension.MEANINGFULNESS, 4)
    f.add_zrm("K1", "P1", ZrmDomain.FINANCES, 2)
    f.add_signal("K1", "S1", Topic.HOUSING, SignalKind.RISK, 2)
    f.add_signal("K1", "S2", Topic.SOCIAL_SUPPORT, "protective", 1, resolved=d(2024, 9, 1))
    f.add_contact("K0", d(2023, 12, 1), "vk-screening", "midwife-practice", "midwife",
                  subject="Z1")
    f.add_screening("K0", Topic.SMOKING, Concern.HIGH)
    f.add_conclusion(d(2024, 4, 24), CareNeed.ADDITIONAL_CARE,
                     proposed=CareNeed.ADDITIONAL_CARE)
    f.add_goal("G1", Topic.FINANCES_DEBT, d(2024, 5, 1), target=d(2024, 11, 1))
    f.add_action("G1", "A1", 3, d(2024, 5, 6), responsible=Signaller.JGZ_NURSE,
                 offer="sterk-uit-armoede", warm_handover=True)
    f.add_review("A1", d(2024, 6, 3), ReviewOutcome.PARTIAL)
    f.add_goal("G0", Topic.HOUSING, d(2024, 2, 1), status=GoalStatus.ACHIEVED,
               closed=d(2024, 4, 1))
    return f.finish()
