# libgoedestart Python binding - the conformance vectors through Python.
# SPDX-License-Identifier: EUPL-1.2
"""Every vector of tests/vectors gives an assessment byte-identical to
the C library's (the C driver tests/vectors/assess-file, given as
GS_ASSESS_FILE) and to the expected file (after normalising the
build attributes), and passes tests/vectors/check-vectors.py run through
the Python driver assess_file.py. Vectors of tests/vectors/pending.txt are
strict expected failures against their expected file."""
import os
import pathlib
import re
import subprocess
import sys

import pytest

import goedestart
from goedestart import Assessment, AssessmentWriter, DossierReader, load_dossier

from conftest import pending_vectors, vector_list, vectors_dir

HERE = pathlib.Path(__file__).resolve().parent
VECTORS = vector_list()
LIBVERSION = re.compile(rb'library-version="[^"]*"')
HASHES = re.compile(rb' (pack|catalog)-sha256="[0-9a-f]{64}"')


def python_output(path, as_of, catalog, lang=None) -> bytes:
    with load_dossier(path) as d, AssessmentWriter(d.root_is_family, lang) as w:
        for family in d:
            with goedestart.assess(family, as_of, catalog=catalog) as a:
                w.add(a)
        w.end()
        return w.take()


def c_output(path, as_of, catalog_path, lang=None) -> bytes:
    driver = os.environ.get("GS_ASSESS_FILE")
    if not driver:
        pytest.skip("GS_ASSESS_FILE (the C driver tests/vectors/assess-file) is not set")
    cmd = [driver, "--as-of", as_of.isoformat(), "--catalog", str(catalog_path)]
    if lang:
        cmd += ["--lang", lang]
    return subprocess.run(cmd + [str(path)], check=True, stdout=subprocess.PIPE).stdout


PENDING = pending_vectors()
EXPECTED = [pytest.param(n, d, id=n, marks=[pytest.mark.xfail(
    strict=True, reason="listed in tests/vectors/pending.txt")] if n in PENDING else [])
    for n, d in VECTORS]


@pytest.mark.parametrize("name,as_of", EXPECTED)
def test_vector_equals_expected(vectors, test_catalog, name, as_of):
    got = python_output(vectors / name, as_of, test_catalog)
    expected = (vectors / name.replace(".xml", ".expected.xml")).read_bytes()
    # the expected files carry no content hashes (pack-sha256, catalog-sha256)
    got = HASHES.sub(b"", got)
    assert LIBVERSION.sub(b'library-version="X"', got) == \
        LIBVERSION.sub(b'library-version="X"', expected)


@pytest.mark.parametrize("name,as_of", VECTORS, ids=[v[0] for v in VECTORS])
@pytest.mark.parametrize("lang", [None, "nl", "en"])
def test_vector_byte_identical_to_c(vectors, test_catalog, name, as_of, lang):
    got = python_output(vectors / name, as_of, test_catalog, lang)
    assert got == c_output(vectors / name, as_of, vectors / "catalog.xml", lang)


@pytest.mark.parametrize("name,as_of", VECTORS, ids=[v[0] for v in VECTORS])
def test_vector_streamed_and_reused(vectors, test_catalog, name, as_of):
    """The streaming reader and one reused assessment give the same bytes."""
    with DossierReader(vectors / name) as r, AssessmentWriter(r.root_is_family) as w, \
            Assessment() as a:
        for family in r:
            w.add(a.assess(family, as_of, catalog=test_catalog))
        w.end()
        assert w.take() == python_output(vectors / name, as_of, test_catalog)


def test_compare_py_through_the_python_driver(vectors):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(HERE.parent)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    cmd = f"{sys.executable} {HERE / 'assess_file.py'} --as-of {{asof}} " \
          f"--catalog {{catalog}} {{dossier}}"
    r = subprocess.run([sys.executable, str(vectors / "check-vectors.py"), "--dir", str(vectors),
                        "--cmd", cmd], env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True)
    last = r.stdout.strip().splitlines()[-1]
    assert r.returncode == 0, r.stdout
    n_pending = len(PENDING)
    assert last == (f"{len(VECTORS)} vectors: {len(VECTORS) - n_pending} passed, "
                    f"{n_pending} pending, 0 failed")


def test_there_are_vectors():
    if not VECTORS:
        pytest.skip(f"no vectors at {vectors_dir()}")
    assert len(VECTORS) >= 20
