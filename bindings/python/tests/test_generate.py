# libgoedestart Python binding - tests of goedestart.generate.
# SPDX-License-Identifier: EUPL-1.2
import collections
import datetime

import pytest

import goedestart
from goedestart import CareNeed, Population, assess_many, save_dossier, write_population
from goedestart.generate import default_options, generate

D = datetime.date
AS_OF = D(2026, 1, 1)


def test_deterministic_and_valid():
    a = list(Population(50, as_of=AS_OF, seed=7))
    b = list(generate(50, as_of=AS_OF, seed=7))
    assert [f.id for f in a] == [f"F-{i:06d}" for i in range(1, 51)]
    assert a == b and all(f.is_finished and not f.read_only for f in a)
    assert [f.to_xml() for f in a] == [f.to_xml() for f in b]
    c = list(Population(50, as_of=AS_OF, seed=8))
    assert a != c
    munis = {m.code for m in goedestart.codes.municipalities()}
    assert {f.municipality for f in a} <= munis


def test_outcome_mix():
    fams = list(Population(2000, as_of=AS_OF))
    counts = collections.Counter(assess_many(fams, AS_OF).outcome)
    share = {c: counts[int(c)] / len(fams) for c in CareNeed}
    assert 0.65 < share[CareNeed.POSITIVE_CONFIRMATION] < 0.85
    assert 0.10 < share[CareNeed.ADDITIONAL_CARE] < 0.30
    assert 0.01 < share[CareNeed.URGENT_SUPPORT] < 0.10


def test_file_equals_the_iterator(tmp_path):
    path = tmp_path / "pop.xml"
    write_population(path, 40, AS_OF, seed=3)
    fams = list(Population(40, as_of=AS_OF, seed=3))
    assert path.read_bytes() == save_dossier(fams)
    again = tmp_path / "again.xml"
    write_population(str(again), 40, AS_OF, seed=3)
    assert again.read_bytes() == path.read_bytes()


def test_families_outlive_their_population():
    with Population(3, as_of=AS_OF) as p:
        first = next(p)
        assert "3 families" in repr(p)
    assert p.closed and not first.closed and first.id == "F-000001"
    assert "closed" in repr(p)


def test_errors(tmp_path):
    with pytest.raises(goedestart.InvalidArgumentError):
        Population(10, as_of=D(1920, 1, 1))
    with pytest.raises(goedestart.InvalidArgumentError):
        write_population(tmp_path / "x.xml", 0, AS_OF)
    with pytest.raises(goedestart.GsIOError):
        write_population(tmp_path / "no" / "x.xml", 5, AS_OF)
    with pytest.raises(ValueError):
        Population(-1, as_of=AS_OF)
    assert default_options() == {"families": 1000, "seed": 1}
    assert list(Population(0, as_of=AS_OF)) == []
