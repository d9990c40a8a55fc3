#!/usr/bin/env python3
# libgoedestart - the Python package installs offline with pip.
# SPDX-License-Identifier: EUPL-1.2
"""Copies bindings/python to a temporary directory (setuptools writes
build/ and *.egg-info beside the sources), runs

    python3 -m pip install --no-build-isolation --no-index --target TMP/site .

and imports the installed package from there (GOEDESTART_LIBRARY points at
the built library). Exit 77 (skipped) when pip or setuptools is missing.
"""
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    src = os.path.dirname(os.path.abspath(__file__))
    for mod in ("pip", "setuptools"):
        if importlib.util.find_spec(mod) is None:
            print(f"# SKIP: {sys.executable} has no {mod}")
            return 77
    with tempfile.TemporaryDirectory(prefix="gs-pip-") as tmp:
        pkg = os.path.join(tmp, "src")
        shutil.copytree(src, pkg, ignore=shutil.ignore_patterns(
            "build", "*.egg-info", "__pycache__", ".pytest_cache"))
        site = os.path.join(tmp, "site")
        cmd = [sys.executable, "-m", "pip", "install", "--no-build-isolation", "--no-index",
               "--disable-pip-version-check", "--no-warn-script-location", "-q",
               "--target", site, pkg]
        print("$ " + " ".join(cmd), flush=True)
        r = subprocess.run(cmd, env=dict(os.environ, PIP_ROOT_USER_ACTION="ignore"))
        if r.returncode != 0:
            return 1
        for f in ("__init__.py", "_capi.py", "_config.py", "py.typed"):
            if not os.path.exists(os.path.join(site, "goedestart", f)):
                print(f"the installed package lacks goedestart/{f}")
                return 1
        env = dict(os.environ, PYTHONPATH=site)
        # pip's metadata (pyproject.toml) and __version__ (the library's) agree.
        probe = ("import goedestart, importlib.metadata, sys; "
                 "assert goedestart.__file__.startswith(sys.argv[1]), goedestart.__file__; "
                 "assert goedestart._config.LIBDIR is None; "
                 "v = importlib.metadata.version('goedestart'); "
                 "assert v == goedestart.__version__, (v, goedestart.__version__); "
                 "print('installed goedestart', goedestart.__version__)")
        return subprocess.call([sys.executable, "-c", probe, site], env=env, cwd=tmp)


if __name__ == "__main__":
    sys.exit(main())
