#!/usr/bin/env python3
# libgoedestart - ABI gate: the built library against the committed baseline.
# SPDX-License-Identifier: EUPL-1.2
"""Runs `abidiff --no-added-syms` between tests/abi/libgoedestart.so.0.abi
and the built library and passes only when abidiff returns 0.

abidiff's exit status is a bit set: 1 error, 2 usage error, 4 ABI change,
8 incompatible change. A changed signature is reported as 4 (not 8) by
libabigail 2.2, so anything but 0 fails (TOOLCHAIN.md §6). Added functions
are allowed (--no-added-syms); see docs/ABI.md for when the baseline is
regenerated.

Usage: check-abi.py ABIDIFF BASELINE LIBRARY HEADER_DIR...
"""
import os
import subprocess
import sys


def main():
    if len(sys.argv) < 5:
        print(__doc__)
        return 2
    abidiff, baseline, lib = sys.argv[1:4]
    headers = sys.argv[4:]
    if not os.path.exists(baseline):
        print(f"{baseline} is missing: run tools/update-abi-baseline.sh (docs/ABI.md)")
        return 1
    cmd = [abidiff, "--no-added-syms"]
    for d in headers:
        cmd += ["--headers-dir2", d]
    cmd += [baseline, lib]
    print("$ " + " ".join(cmd), flush=True)
    rc = subprocess.call(cmd)
    if rc == 0:
        print("ABI unchanged against the baseline (added functions are not reported).")
        return 0
    bits = [name for bit, name in ((1, "error"), (2, "usage error"), (4, "ABI change"),
                                   (8, "incompatible ABI change")) if rc & bit]
    print(f"abidiff exit status {rc}: {', '.join(bits)}.")
    if rc & 12:
        print("The public ABI changed. Change by adding (a new function or a _v2), never by "
              "editing a released signature, type or symbol. If the change is to functions "
              "added in the current unreleased node, regenerate the baseline with "
              "tools/update-abi-baseline.sh and commit it with the change (docs/ABI.md).")
    return 1


if __name__ == "__main__":
    sys.exit(main())
