# libgoedestart Python binding - tests of assess_many (goedestart.summary).
# SPDX-License-Identifier: EUPL-1.2
import array
import datetime
import importlib.util
import sys

import pytest

import goedestart
from goedestart import (AssessmentTable, CareNeed, MomentStatus, SummaryColumn, assess,
                        assess_many, save_dossier)

from conftest import build_family, vector_list

D = datetime.date


def expected_rows(families, as_of, catalog):
    """The table's rows computed family by family with assess()."""
    rows = []
    for f in families:
        with assess(f, as_of, catalog=catalog) as a:
            levels = [int(n.level) for n in a.needs]
            rows.append((f.id, f.municipality, int(a.care_need), len(a.needs),
                         max(levels, default=0),
                         sum(1 for s in a.schedule if s.status is MomentStatus.OVERDUE),
                         int(f.municipality[2:]), int(a.in_programme)))
    return rows


def table_rows(t: AssessmentTable):
    return list(zip(t.family_ids, t.municipalities, t.outcome, t.needs, t.max_level,
                    t.overdue, t.municipality_number, t.in_programme))


def test_assess_many_equals_per_family_assess(vectors, test_catalog):
    for name, as_of in vector_list():
        families = goedestart.load_families(vectors / name)
        want = expected_rows(families, as_of, test_catalog)
        with assess_many(vectors / name, as_of, catalog=test_catalog) as from_file:
            assert table_rows(from_file) == want, name
        with assess_many(families, as_of, catalog=test_catalog) as from_list:
            assert table_rows(from_list) == want, name
        with goedestart.load_dossier(vectors / name) as d:
            assert table_rows(assess_many(d, as_of, catalog=test_catalog)) == want


def test_one_population_of_every_vector_family(vectors, test_catalog, tmp_path):
    families = [f for name, _ in vector_list()
                for f in goedestart.load_families(vectors / name)]
    as_of = D(2026, 1, 1)
    path = tmp_path / "all.xml"
    save_dossier(families, path)
    t = assess_many(str(path), as_of, catalog=test_catalog)
    assert len(t) == t.rows == len(families)
    assert table_rows(t) == expected_rows(families, as_of, test_catalog)
    assert set(t.outcome) <= {int(c) for c in CareNeed}
    assert t.family_id(0) == families[0].id and t.municipality(1) == families[1].municipality
    with pytest.raises(IndexError):
        t.family_id(len(t))
    with pytest.raises(IndexError):
        t.municipality(-1)
    # columns are int32 arrays; a memoryview of one is zero-copy
    col = t.column(SummaryColumn.NEEDS)
    assert isinstance(col, array.array) and col.itemsize == 4 and col is t.needs
    view = memoryview(col)
    assert view.format == "i" and view.tolist() == list(t.needs)
    with pytest.raises(ValueError):
        t.column(99)
    t.close()
    assert list(col) == list(view)  # copies outlive the C table
    with pytest.raises(ValueError, match="closed"):
        len(t)
    assert repr(t) == "<AssessmentTable (closed)>"


def test_empty_and_errors(tmp_path):
    t = assess_many([], D(2025, 1, 1))
    assert len(t) == 0 and t.family_ids == [] and t.outcome == array.array("i")
    assert "0 families" in repr(t)
    bad = tmp_path / "bad.xml"
    bad.write_text('<?xml version="1.0"?>\n<dossiers xmlns="urn:goedestart:dossier:1">\n'
                   '  <family id="F-1" municipality="GM0114" enrolled="2025-13-01"/>\n'
                   '</dossiers>\n', encoding="utf-8")
    with pytest.raises(goedestart.ParseError) as info:
        assess_many(bad, D(2025, 6, 1))
    assert (info.value.file, info.value.line) == (str(bad), 3)
    with pytest.raises(goedestart.GsIOError):
        assess_many(tmp_path / "missing.xml", D(2025, 6, 1))
    f = build_family()
    with pytest.raises(TypeError):
        assess_many([f, "F-2"], D(2025, 6, 1))  # type: ignore[list-item]
    g = build_family("F-B2")
    g.close()
    with pytest.raises(ValueError, match=r"families\[1\] is closed"):
        assess_many([f, g], D(2025, 6, 1))
    u = goedestart.Family("F-U", "GM0114", D(2025, 1, 1))
    with pytest.raises(goedestart.InvalidArgumentError):
        assess_many([f, u], D(2025, 6, 1))


def test_a_subclass_of_family_is_accepted():
    class MyFamily(goedestart.Family):
        pass

    f = MyFamily("F-S", "GM0114", D(2025, 1, 1)).finish()
    assert len(assess_many([f, build_family()], D(2025, 6, 1))) == 2


def test_to_pandas_without_pandas_says_so(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    t = assess_many([build_family()], D(2025, 6, 1))
    with pytest.raises(ImportError, match="needs pandas.*table.outcome"):
        t.to_pandas()


@pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="pandas is not installed")
def test_to_pandas(vectors, test_catalog):
    name, as_of = vector_list()[4]
    t = assess_many(vectors / name, as_of, catalog=test_catalog)
    df = t.to_pandas()
    assert list(df.columns) == ["family", "municipality", "outcome", "needs", "max_level",
                                "overdue", "in_programme"]
    assert list(df["family"]) == t.family_ids
    assert list(df["outcome"].astype(str)) == [CareNeed(c).token for c in t.outcome]
    assert list(df["needs"]) == list(t.needs)
    assert df["in_programme"].dtype == bool
    assert df["outcome"].cat.ordered
