# libgoedestart Python binding - tests of goedestart.analytics.
# SPDX-License-Identifier: EUPL-1.2
import datetime
import importlib.util
import os
import stat
import sys

import pytest

import goedestart
from goedestart import (ExportFormat, GroupBy, Indicator, Labels, Mapping, Population,
                        Survival, SurvivalTest, export_families, indicators, survival,
                        write_population)
from goedestart.analytics import Exporter, Indicators

D = datetime.date
AS_OF = D(2026, 1, 1)


@pytest.fixture(scope="module")
def population(tmp_path_factory):
    path = tmp_path_factory.mktemp("pop") / "pop.xml"
    write_population(path, 600, AS_OF, seed=11)
    return path, list(Population(600, as_of=AS_OF, seed=11))


def test_survival_by_hand():
    s = Survival(AS_OF, group_by=GroupBy.NONE, min_group=1)
    for t, e in ((1, True), (2, True), (3, False), (4, True)):
        s.add_observation("x", t, e)
    s.add_observation("y", 5, False, count=3)
    s.add_observation("y", 2, True)
    s.finish()
    x, y = s.groups
    assert (x.name, x.subjects, x.events, x.included, x.median) == ("x", 4, 3, True, 2)
    assert y.median is None
    rows = s.curve("x")
    assert [(r.time, r.at_risk, r.events, r.censored) for r in rows] == \
        [(1, 4, 1, 0), (2, 3, 1, 0), (4, 1, 1, 0)]
    assert [r.survival for r in rows] == pytest.approx([0.75, 0.5, 0.0])
    assert rows[-1].lower is None and rows[0].se == pytest.approx(0.2165063509)
    assert s.curve(x) == rows == s.curve(0)
    assert [t.kind for t in s.tests] == [SurvivalTest.LOG_RANK, SurvivalTest.TARONE_WARE,
                                         SurvivalTest.GEHAN_BRESLOW]
    assert s.tests[0].name == "log-rank" and s.tests[0].df == 1 and 0 <= s.tests[0].p <= 1
    assert s.tests_csv().startswith("test,chisq,df,p\r\n")
    assert s.subjects_csv().startswith("group,time,event\r\n")
    # R: survfit(conf.type = "log-log") on x prints median 3 (S = 0.5 from 2
    # to 4: the midpoint), 0.95LCL 1, 0.95UCL NA
    assert s.summary()[0] == ("x", 4, 3, 3.0, 1.0, None, False)
    assert s.summary_csv().startswith("group,n,events,median,lower,upper,left_out\r\n"
                                      "x,4,3,3,1,,0\r\n")
    with pytest.raises(KeyError):
        s.group("z")
    with pytest.raises(goedestart.StateError):
        s.finish()
    with pytest.raises(goedestart.StateError):
        s.add_observation("x", 1, True)


def test_survival_file_equals_families(population):
    path, fams = population
    a = survival(path, AS_OF)
    b = survival(fams, AS_OF, horizon=548, min_group=5)
    assert a.km_csv() == b.km_csv() and a.tests == b.tests
    assert a.horizon == 548 and len(a.groups) > 1
    c = Survival(AS_OF, min_group=10_000)
    c.add(fams[0])
    c.finish()
    assert not any(g.included for g in c.groups) and c.tests == []
    with pytest.raises(goedestart.InvalidArgumentError):
        Survival(AS_OF, horizon=-1)
    with pytest.raises(goedestart.InvalidArgumentError):
        Survival(AS_OF, group_by=GroupBy.LABEL)  # labels missing
    with pytest.raises(goedestart.GsIOError):
        Survival(AS_OF).add_file("/nonexistent/pop.xml")


def test_survival_by_province_and_label(population, default_catalog):
    _, fams = population
    prov = survival(fams, AS_OF, group_by=GroupBy.PROVINCE, catalog=default_catalog)
    assert {g.name for g in prov.groups} <= {"DR", "GR", "unknown"}
    labels = Labels.from_dict({f.id: "even" if i % 2 == 0 else "odd"
                               for i, f in enumerate(fams)})
    s = survival(fams, AS_OF, group_by=GroupBy.LABEL, labels=labels)
    assert [g.name for g in s.groups] == ["even", "odd"]
    labels.close()
    assert s.closed  # it read the labels


def test_labels(tmp_path):
    lab = Labels()
    lab.set("F-1", "a")
    assert len(lab) == 1 and lab["F-1"] == "a" and lab.get("F-2") is None
    assert "F-1" in lab and "F-2" not in lab and 3 not in lab
    with pytest.raises(KeyError):
        lab["F-2"]  # noqa: B018
    with pytest.raises(goedestart.InvalidArgumentError):
        lab.set("F-1", "b")
    csv = b"family,label\r\nF-1,a\r\nF-2,b\r\n"
    assert Labels.load_csv(csv)["F-2"] == "b"
    p = tmp_path / "labels.csv"
    p.write_bytes(csv)
    assert len(Labels.load_csv(p)) == 2
    with pytest.raises(goedestart.ParseError) as info:
        Labels.load_csv(b"family,label\nF-1,a\nF-1,b\n", name="l.csv")
    assert (info.value.file, info.value.line) == ("l.csv", 3)
    with pytest.raises(goedestart.GsIOError):
        Labels.load_csv(tmp_path / "missing.csv")


def test_indicators(population, default_catalog):
    path, fams = population
    a = indicators(path, D(2025, 1, 1), D(2025, 12, 31))
    b = indicators(fams, D(2025, 1, 1), D(2025, 12, 31), catalog=default_catalog)
    assert a.to_csv() == b.to_csv() and a.to_xml() == b.to_xml()
    assert a.family_count == b.family_count == len(fams)
    rows = a.rows
    assert rows[-1].group == "all" and len(rows) % len(Indicator) == 0
    assert [r.indicator for r in rows[:len(Indicator)]] == list(Indicator)
    assert Indicator.JGZ_8W_ON_TIME.id == "jgz-8w-on-time"
    assert Indicator.library_count() == len(Indicator)
    assert [i.id for i in Indicator][-1] == "care-gaps"
    assert Indicator.BIRTHS.description("nl") != Indicator.BIRTHS.description("en")
    shares = [r for r in rows if r.denominator is not None and not r.suppressed]
    assert shares and all(r.value is None or 0 <= r.value <= 1 or
                          r.indicator is Indicator.TIME_TO_SUPPORT_MEDIAN for r in shares)
    small = indicators(fams[:30], D(2025, 1, 1), D(2025, 12, 31), suppress_k=10)
    assert any(r.suppressed for r in small.rows)
    sup = [r for r in small.rows if r.numerator_suppressed]
    assert sup and all(r.flags & 1 for r in sup)
    assert any(r.denominator_suppressed or r.value_suppressed for r in small.rows) or sup
    off = indicators(fams[:30], D(2025, 1, 1), D(2025, 12, 31), suppress=False)
    assert not any(r.suppressed for r in off.rows)
    one = indicators(fams, D(2025, 1, 1), D(2025, 12, 31), group_by=GroupBy.NONE)
    assert {r.group for r in one.rows} == {"all"} and len(one.rows) == len(Indicator)
    ind = Indicators(D(2025, 1, 1), D(2025, 12, 31), group_by=GroupBy.PROVINCE)
    ind.add(fams[0])
    assert ind.rows == []  # not finished yet
    with pytest.raises(goedestart.StateError):
        ind.to_csv()
    ind.finish()
    assert ind.rows
    with pytest.raises(goedestart.StateError):
        ind.add(fams[1])
    with pytest.raises(goedestart.InvalidArgumentError):
        Indicators(D(2025, 12, 31), D(2025, 1, 1))


def test_research_export(population, tmp_path):
    path, fams = population
    m = Mapping()
    csv = export_families(fams[:20], AS_OF, m)
    header = csv.split("\r\n", 1)[0]
    assert header.startswith("family,child,municipality,born,phase,care_need")
    assert "F-000001" not in csv
    assert m.family_count >= 1 and m.child_count >= 1
    fid = fams[0].id
    pseudonym = m.family_pseudonym(fid)
    assert pseudonym and len(pseudonym) == 32 and -14 <= m.family_shift(fid) <= 14
    assert m.family_pseudonym("nope") is None and m.family_shift("nope") is None
    child = fams[0].children[0].id
    assert len(m.child_pseudonym(fid, child)) == 32
    assert m.child_pseudonym(fid, "nope") is None
    # the same mapping gives the same pseudonyms
    assert export_families(fams[:20], AS_OF, m) == csv
    mp = tmp_path / "mapping.xml"
    m.save(mp)
    assert stat.S_IMODE(os.stat(mp).st_mode) == 0o600
    again = Mapping.load(mp)
    assert again.to_xml() == m.to_xml() == Mapping.load(m.to_xml().encode()).to_xml()
    with Exporter(AS_OF, again, format=ExportFormat.XML, horizon=365) as e:
        e.add(fams[0])
        e.add_file(path)
        rows = e.row_count
        e.end()
        xml = e.take()
        assert e.pending == b""
    assert xml.startswith(b"<?xml") and b'horizon="365"' in xml and rows > 20
    assert again.family_count >= m.family_count
    with pytest.raises(goedestart.ParseError):
        Mapping.load(b"<mapping/>", name="m.xml")
    with pytest.raises(goedestart.GsIOError):
        Mapping.load(tmp_path / "missing.xml")
    e = Exporter(AS_OF, Mapping())
    e.end()
    with pytest.raises(goedestart.StateError):
        e.add(fams[0])
    e.clear()


@pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="pandas is not installed")
def test_to_pandas(population):
    _, fams = population
    s = survival(fams, AS_OF)
    df = s.to_pandas()
    assert list(df.columns)[:3] == ["group", "time", "at_risk"]
    assert len(df) == sum(len(s.curve(g)) for g in s.groups if g.included)
    ind = indicators(fams, D(2025, 1, 1), D(2025, 12, 31))
    assert len(ind.to_pandas()) == len(ind.rows)


def test_to_pandas_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    s = Survival(AS_OF).finish()
    with pytest.raises(ImportError, match="Survival.to_pandas.. needs pandas"):
        s.to_pandas()
    ind = indicators([], D(2025, 1, 1), D(2025, 12, 31))
    with pytest.raises(ImportError, match="needs pandas"):
        ind.to_pandas()
