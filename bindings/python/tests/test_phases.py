# libgoedestart Python binding - tests of goedestart.phases.
# SPDX-License-Identifier: EUPL-1.2
import datetime

import pytest

import goedestart
from goedestart import Family, Pack, Phase, life_phases

from conftest import vector_list

D = datetime.date


def test_birthdays(vectors):
    (f,) = goedestart.load_families(vectors / "10-phase-birthdays.xml")
    lp = life_phases(f, D(2025, 9, 15))
    assert lp.in_programme and not lp.first_1000_days
    assert [(p.code, p.subject) for p in lp.phases] == [
        (Phase.CHILD_0_4, "C4"), (Phase.CHILD_5_12, "C1"), (Phase.CHILD_13_19, "C2")]
    c1 = lp.phases[1]
    assert (c1.start, c1.until) == (D(2025, 9, 15), D(2034, 9, 15))
    assert lp.phases[0].until == D(2025, 9, 16)  # turns 4 tomorrow: still child-0-4


def test_leap_day_and_family_level_phases(vectors):
    (f,) = goedestart.load_families(vectors / "11-leap-day-birthday.xml")
    lp = life_phases(f, D(2026, 2, 28))
    assert lp.first_1000_days and lp.phases[0].until == D(2028, 2, 29)
    outside, anti = goedestart.load_families(vectors / "15-outside-and-anticonception.xml")
    assert life_phases(outside, D(2027, 3, 1)) == goedestart.phases.LifePhases((), False, False)
    (span,) = life_phases(anti, D(2027, 3, 1)).phases
    assert (span.code, span.subject, span.start, span.until) == \
        (Phase.ANTICONCEPTION, anti.id, None, None)


def test_equal_to_the_assessment_on_every_vector(vectors, test_catalog):
    for name, as_of in vector_list():
        for f in goedestart.load_families(vectors / name):
            lp = life_phases(f, as_of, Pack.shared_default())
            with goedestart.assess(f, as_of) as a:
                assert lp.phases == a.phases, (name, f.id)
                assert (lp.first_1000_days, lp.in_programme) == \
                    (a.first_1000_days, a.in_programme)


def test_errors():
    f = Family("F-1", "GM0114", D(2025, 1, 1))
    f.add_caregiver("P1", "birth-parent")
    with pytest.raises(goedestart.InvalidArgumentError):
        life_phases(f, D(2025, 6, 1))  # not finished
    f.finish()
    with pytest.raises(goedestart.InvalidArgumentError):
        life_phases(f, D(1899, 1, 1))
    with pytest.raises(TypeError):
        life_phases(f, D(2025, 6, 1), pack="gs-default")
    assert life_phases(f, D(2025, 6, 1)).phases == ()
