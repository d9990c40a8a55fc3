#!/usr/bin/env python3
# libgoedestart: run every conformance vector of a directory through a
# command and compare its assessment with the expected file, byte for byte.
# SPDX-License-Identifier: EUPL-1.2
"""Check the conformance vectors (tests/vectors/).

For each line ``DOSSIER AS-OF`` of ``as-of.txt`` the command template
(``--cmd``, with ``{dossier}``, ``{asof}`` and ``{catalog}``) is run and its
standard output compared with ``DOSSIER`` minus ``.xml`` plus
``.expected.xml``, byte for byte, after one normalisation: the attributes
that depend on the build, not on the rules (``library-version``,
``pack-sha256``, ``catalog-sha256``), are removed from both sides. A
difference is shown as a unified diff.

Vectors named in ``pending.txt`` (one file name per line, ``#`` comments)
are ones the engine does not meet yet: they are run and reported, and
their failure does not fail the check; one that passes fails the check,
so that the list only ever shrinks.
"""
import argparse
import difflib
import pathlib
import re
import shlex
import subprocess
import sys

BUILD_ATTRS = re.compile(rb' (?:library-version|pack-sha256|catalog-sha256)="[^"]*"')


def normalise(data: bytes) -> bytes:
    return BUILD_ATTRS.sub(b"", data)


def read_list(path: pathlib.Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", required=True, help="vector directory")
    ap.add_argument("--cmd", required=True, help="template with {dossier} {asof} {catalog}")
    ap.add_argument("--timeout", type=int, default=120)
    args = ap.parse_args(argv)
    d = pathlib.Path(args.dir)
    pending = set(read_list(d / "pending.txt"))
    vectors = [line.split() for line in read_list(d / "as-of.txt")]
    names = {v[0] for v in vectors}
    unknown = sorted(pending - names)
    failed = []
    passed = still_pending = 0
    for name, asof in vectors:
        cmd = args.cmd.format(dossier=shlex.quote(str(d / name)), asof=shlex.quote(asof),
                              catalog=shlex.quote(str(d / "catalog.xml")))
        r = subprocess.run(cmd, shell=True, capture_output=True, timeout=args.timeout)
        want = normalise((d / (name[:-4] + ".expected.xml")).read_bytes())
        got = normalise(r.stdout)
        ok = r.returncode == 0 and got == want
        if ok and name in pending:
            print(f"{name}: passes but is listed in pending.txt: remove it there")
            failed.append(name)
        elif ok:
            print(f"{name}: ok")
            passed += 1
        else:
            why = (f"exit status {r.returncode}: {r.stderr.decode(errors='replace').strip()}"
                   if r.returncode else "differs from the expected assessment")
            diff = "".join(difflib.unified_diff(
                want.decode(errors="replace").splitlines(True),
                got.decode(errors="replace").splitlines(True),
                "expected", "actual", n=1))
            if name in pending:
                print(f"{name}: pending (listed in pending.txt): {why}")
                still_pending += 1
            else:
                print(f"{name}: FAIL: {why}")
                sys.stdout.write(diff)
                failed.append(name)
    for name in unknown:
        print(f"pending.txt: {name}: no such vector")
        failed.append(name)
    print(f"{len(vectors)} vectors: {passed} passed, {still_pending} pending, "
          f"{len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
