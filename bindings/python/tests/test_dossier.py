# libgoedestart Python binding - tests of goedestart.dossier.
# SPDX-License-Identifier: EUPL-1.2
import datetime
import os
import pathlib

import pytest

import goedestart
from goedestart import (Dossier, DossierReader, DossierWriter, Family, load_dossier,
                        load_families, save_dossier)

from conftest import build_family, vector_list

BAD = b"""<?xml version="1.0" encoding="UTF-8"?>
<dossiers xmlns="urn:goedestart:dossier:1">
  <family id="F-0001" municipality="GM0114" enrolled="2025-01-06">
    <caregiver id="P1" role="birth-parent"/>
    <contact id="K7" date="2025-02-01" moment="ad-hoc" setting="home" by="gp" subject="C9"/>
  </family>
  <family id="F-0002" municipality="GM0114" enrolled="2025-02-30"/>
  <family id="F-0003" municipality="GM0114" enrolled="2025-01-06"/>
</dossiers>
"""


def test_broken_dossier_gives_parse_error_with_position(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_bytes(BAD)
    with pytest.raises(goedestart.ParseError) as info:
        load_dossier(path)
    e = info.value
    assert e.status is goedestart.Status.EPARSE
    assert (e.file, e.line, e.column) == (str(path), 5, 5)
    assert e.message == ("contact K7: subject 'C9' is not a caregiver, pregnancy or child "
                         "of family F-0001")
    assert str(e) == f"{path}:5:5: {e.message}"
    # the same from memory, named
    with pytest.raises(goedestart.ParseError) as info:
        load_dossier(BAD, name="upload.xml")
    assert (info.value.file, info.value.line, info.value.column) == ("upload.xml", 5, 5)
    # unnamed memory
    with pytest.raises(goedestart.ParseError) as info:
        load_dossier(b"<x")
    assert (info.value.file, info.value.line) == ("memory", 1)


def test_io_error(tmp_path):
    with pytest.raises(goedestart.GsIOError) as info:
        load_dossier(tmp_path / "missing.xml")
    assert info.value.status is goedestart.Status.EIO
    assert info.value.file == str(tmp_path / "missing.xml")


def test_hostile_input_is_rejected():
    xxe = (b'<?xml version="1.0"?><!DOCTYPE f [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<family xmlns="urn:goedestart:dossier:1" id="&x;" municipality="GM0114" '
           b'enrolled="2025-01-01"/>')
    with pytest.raises(goedestart.ParseError) as info:
        load_dossier(xxe)
    assert info.value.line == 1


def test_views_find_and_take(vectors):
    with load_dossier(vectors / "05-validity-boundaries.xml") as d:
        assert len(d) == 2 and not d.root_is_family
        ids = [f.id for f in d]
        assert ids == ["F-005", "F-018"]
        view = d[1]
        assert view.read_only and d[-1] is view and d[0:2][1] is view
        assert d.index("F-018") == 1 and d.find("F-005").id == "F-005"
        with pytest.raises(goedestart.NotFoundError):
            d.find("F-999")
        with pytest.raises(IndexError):
            d[2]  # noqa: B018
        with pytest.raises(TypeError, match="read-only"):
            view.add_caregiver("PX", "partner")
        owned = d.take(1)
        assert view.closed and not owned.read_only
        with pytest.raises(goedestart.NotFoundError):
            d[1]  # noqa: B018
        with pytest.raises(goedestart.NotFoundError):
            d.take(1)
        with pytest.raises(goedestart.InvalidArgumentError):
            d.take(5)
        rest = d.take_all()
        assert [f.id for f in rest] == ["F-005"]
    assert d.closed and repr(d) == "<Dossier (closed)>"
    # taken families outlive the dossier and can be changed
    owned.add_caregiver("PX", "other-caregiver").finish()
    assert owned.id == "F-018"


def test_views_close_with_their_dossier(vectors):
    d = load_dossier(vectors / "02-positive-confirmation.xml")
    assert d.root_is_family and "1 families" in repr(d)
    f = d[0]
    d.close()
    assert f.closed
    with pytest.raises(ValueError, match="dossier was closed"):
        f.id  # noqa: B018


def test_reader_streams_and_continues_after_a_bad_family(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_bytes(BAD)
    for source in (path, BAD):
        with DossierReader(source) as r:
            assert not r.root_is_family
            with pytest.raises(goedestart.ParseError) as info:
                next(r)
            assert info.value.line == 5
            with pytest.raises(goedestart.ParseError) as info:
                next(r)
            assert (info.value.line, info.value.column) == (7, 3)
            assert "2025-02-30" in info.value.message
            (f,) = list(r)
            assert f.id == "F-0003" and not f.read_only
        assert r.closed
    assert not f.closed  # families from a reader are owned by the caller


def test_reader_on_vectors_equals_whole_load(vectors):
    for name, _ in vector_list():
        with DossierReader(vectors / name) as r:
            streamed = list(r)
            root_family = r.root_is_family
        with load_dossier(vectors / name) as d:
            assert d.root_is_family == root_family
            assert len(d) == len(streamed)
            for a, b in zip(d, streamed):
                assert a == b


def test_round_trip_over_every_vector(vectors, tmp_path):
    for name, _ in vector_list():
        with load_dossier(vectors / name) as d:
            families = list(d)
            data = save_dossier(families[0] if d.root_is_family else families)
            again = load_dossier(data)
            assert list(again) == families
            # canonical: saving what was loaded from a canonical file is identical
            assert save_dossier(list(again) if not again.root_is_family else again[0]) == data
            again.close()


def test_save_to_path_is_atomic(tmp_path):
    f = build_family()
    target = tmp_path / "out.xml"
    assert save_dossier([f, build_family("F-B2")], target) is None
    text = target.read_bytes()
    assert text.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<dossiers ')
    assert [x.id for x in load_families(target)] == ["F-B1", "F-B2"]
    # a failing save leaves the old file and no temporary file
    unfinished = Family("F-U", "GM0114", datetime.date(2025, 1, 1))
    unfinished.add_caregiver("P1", "birth-parent")
    with pytest.raises(goedestart.InvalidArgumentError):
        save_dossier([f, unfinished], target)
    assert target.read_bytes() == text
    with pytest.raises(goedestart.GsIOError):
        save_dossier(f, tmp_path / "no-such-dir" / "x.xml")
    assert sorted(os.listdir(tmp_path)) == ["out.xml"]
    with pytest.raises(goedestart.InvalidArgumentError):
        save_dossier([], None)
    with pytest.raises(TypeError):
        save_dossier(["F-1"])  # type: ignore[list-item]


def test_writer_commits_or_discards(tmp_path):
    target = tmp_path / "w.xml"
    with DossierWriter(target) as w:
        w.add(build_family("F-W1"))
        w.add(build_family("F-W2"))
        assert not target.exists()
    assert w.committed and w.closed
    assert [f.id for f in load_families(target)] == ["F-W1", "F-W2"]
    before = target.read_bytes()
    with pytest.raises(RuntimeError):
        with DossierWriter(target) as w:
            w.add(build_family("F-W3"))
            raise RuntimeError("stop")
    assert not w.committed and target.read_bytes() == before
    w = DossierWriter(target)
    with pytest.raises(goedestart.InvalidArgumentError):
        w.commit()  # no family: nothing committed
    assert w.closed and target.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["w.xml"]
    with pytest.raises(goedestart.GsIOError):
        DossierWriter(tmp_path / "missing" / "x.xml")


def test_paths_as_pathlike_and_str(vectors):
    p = vectors / "02-positive-confirmation.xml"
    assert isinstance(p, pathlib.Path)
    assert load_families(str(p))[0] == load_families(p)[0]
    assert load_families(bytearray(p.read_bytes()))[0].id == "F-002"
    assert isinstance(Dossier(memoryview(p.read_bytes())), Dossier)
