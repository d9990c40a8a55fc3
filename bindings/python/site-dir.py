#!/usr/bin/env python3
# libgoedestart - the directory `meson install` puts the goedestart package in.
# SPDX-License-Identifier: EUPL-1.2
"""Usage: site-dir.py PREFIX DEFAULT

Prints DEFAULT (meson's python.get_install_dir()) when this interpreter
imports from it, else the first directory of this interpreter's sys.path
under PREFIX that holds installed packages (site-packages or
dist-packages), else DEFAULT.

Why: Debian's python3 puts /usr/local/lib/python3.11/dist-packages on
sys.path, but meson (issue mesonbuild/meson#8739) answers
/usr/local/lib/python3/dist-packages for the default prefix, so a package
installed there cannot be imported. Run with -E so PYTHONPATH does not
count as an install location.
"""
import os
import sys


def site_dir(prefix: str, default: str) -> str:
    entries = [os.path.normpath(p) for p in sys.path if p]
    if os.path.normpath(default) in entries:
        return default
    root = os.path.normpath(prefix) + os.sep
    for entry in entries:
        if entry.startswith(root) and os.path.basename(entry) in ("site-packages",
                                                                  "dist-packages"):
            return entry
    return default


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.splitlines()[0])
    print(site_dir(sys.argv[1], sys.argv[2]))
