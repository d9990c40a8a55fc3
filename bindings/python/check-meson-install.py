#!/usr/bin/env python3
# libgoedestart - `meson install` installs a goedestart package that works.
# SPDX-License-Identifier: EUPL-1.2
"""Installs the build's runtime parts (library, tool, Python package) into a
temporary DESTDIR:

    meson install -C BUILD --no-rebuild --destdir TMP --tags runtime,python-runtime

then checks that the package landed in SITE_DIR (where the interpreter
running meson imports from, when it imports from anywhere under the
prefix), that it holds every module of the source package, that its
generated _config.py names LIBDIR, and imports it from TMP with
GOEDESTART_LIBRARY unset (LD_LIBRARY_PATH names TMP's library directory,
as the real LIBDIR holds no library in a DESTDIR install): the version,
the library it loaded, and the assessment of a dossier, byte-identical to
the installed tool's `assess --format xml`.
"""
import argparse
import os
import runpy
import subprocess
import sys
import tempfile

SONAME = "libgoedestart.so.0"

PROBE = r"""
import datetime, sys
import goedestart
site, version, dossier, out = sys.argv[1:5]
assert goedestart.__file__.startswith(site + "/"), goedestart.__file__
assert goedestart.__version__ == version, (goedestart.__version__, version)
with goedestart.load_dossier(dossier) as d:
    with goedestart.assess(d[0], datetime.date(2026, 1, 20),
                           catalog=goedestart.Catalog.default()) as a:
        xml = a.to_xml()
        print("care need", a.care_need.name, "needs", len(a.needs))
with open(out, "w", encoding="utf-8") as f:
    f.write(xml)
maps = open("/proc/self/maps", encoding="utf-8").read().split()
print("library", sorted({w for w in maps if w.endswith("/" + goedestart._capi.SONAME)
                         or "/libgoedestart.so" in w})[0])
"""


def root_path(root, path):
    return os.path.join(root, os.path.relpath(path, "/"))


def main():
    ap = argparse.ArgumentParser()
    for opt in ("build", "meson", "prefix", "site-dir", "libdir", "bindir", "version",
                "dossier"):
        ap.add_argument("--" + opt, required=True)
    args = ap.parse_args()
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "goedestart")

    with tempfile.TemporaryDirectory(prefix="gs-meson-install-") as tmp:
        root = os.path.join(tmp, "root")
        cmd = [args.meson, "install", "-C", args.build, "--no-rebuild", "--quiet",
               "--destdir", root, "--tags", "runtime,python-runtime"]
        print("$ " + " ".join(cmd), flush=True)
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            print(r.stdout)
            print("meson install failed")
            return 1

        # Where: the interpreter imports from SITE_DIR whenever it imports
        # from anything under the prefix (Debian's /usr/local: meson#8739).
        path = [os.path.normpath(p) for p in subprocess.run(
            [sys.executable, "-E", "-c", "import sys; print('\\n'.join(sys.path))"],
            stdout=subprocess.PIPE, text=True, check=True).stdout.splitlines() if p]
        prefix = os.path.normpath(args.prefix) + os.sep
        if any(p.startswith(prefix) for p in path) and os.path.normpath(args.site_dir) not in path:
            print(f"{args.site_dir} is not on {sys.executable}'s sys.path {path}")
            return 1

        # What: every module of the source package, and the generated _config.py.
        site = root_path(root, args.site_dir)
        pkg = os.path.join(site, "goedestart")
        if not os.path.isdir(pkg):
            print(f"the package was not installed in {args.site_dir}")
            return 1
        want = sorted(f for f in os.listdir(src) if f != "__pycache__")
        have = sorted(os.listdir(pkg))
        if have != want:
            print(f"installed {have}, the source package has {want}")
            return 1
        libdir = runpy.run_path(os.path.join(pkg, "_config.py"))["LIBDIR"]
        if libdir != args.libdir:
            print(f"the installed _config.py says LIBDIR={libdir!r}, expected {args.libdir!r}")
            return 1
        print(f"# installed {pkg}, LIBDIR={libdir}")

        # It works: imported from the DESTDIR, no GOEDESTART_LIBRARY.
        lib = root_path(root, args.libdir)
        env = {k: v for k, v in os.environ.items() if k != "GOEDESTART_LIBRARY"}
        env.update(PYTHONPATH=site,
                   LD_LIBRARY_PATH=os.pathsep.join(filter(None, [
                       lib, os.environ.get("LD_LIBRARY_PATH")])))
        py_xml = os.path.join(tmp, "python.xml")
        r = subprocess.run([sys.executable, "-c", PROBE, site, args.version, args.dossier,
                            py_xml], env=env, cwd=tmp, stdout=subprocess.PIPE, text=True)
        print(r.stdout, end="")
        if r.returncode != 0:
            return 1
        loaded = r.stdout.splitlines()[-1].split(" ", 1)[1]
        real = os.path.join(args.libdir, SONAME)
        # The generated _config.py comes first: a real install at LIBDIR wins.
        expected = os.path.realpath(real) if os.path.exists(real) else lib
        if not loaded.startswith(expected):
            print(f"loaded {loaded}, expected the library in {expected}")
            return 1

        tool = [root_path(root, os.path.join(args.bindir, "goedestart")), "assess",
                "--as-of", "2026-01-20", "--format", "xml", args.dossier]
        c_xml = subprocess.run(tool, env=env, stdout=subprocess.PIPE, check=True).stdout
        with open(py_xml, "rb") as f:
            if f.read() != c_xml:
                print("the installed package's assessment differs from the installed tool's")
                return 1
        print("# ok: the installed package imports, finds the library, assesses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
