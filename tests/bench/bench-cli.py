#!/usr/bin/env python3
# libgoedestart - benchmark of the goedestart tool on a large population.
# SPDX-License-Identifier: EUPL-1.2
"""`goedestart generate` 100,000 families into a dossier file, then
`goedestart assess --format xml` on that file; prints the seconds, the
families per second and the peak resident memory of each run (from
wait4(), per child process). Both commands stream, so the peak memory must
not grow with the number of families: the same runs on a tenth of the
families are printed beside them for comparison.

    bench-cli.py TOOL [--families N] [--dir DIR]

Run by `meson test --benchmark`; it fails only when a command fails, never
on timing. GS_BENCH_CLI_FAMILIES overrides the number of families.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time


def run(cmd):
    """Runs cmd; returns (seconds, peak RSS in MiB)."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit("%s failed with status %d" % (" ".join(cmd), code))
    return seconds, usage.ru_maxrss / 1024.0  # ru_maxrss is in KiB on Linux


def measure(tool, families, directory):
    dossier = os.path.join(directory, "population-%d.xml" % families)
    assessed = os.path.join(directory, "assessed-%d.xml" % families)
    gen = run([tool, "generate", "--families", str(families), "--seed", "1",
               "--as-of", "2026-01-20", "-o", dossier])
    size = os.path.getsize(dossier)
    ass = run([tool, "assess", "--format", "xml", "--as-of", "2026-01-20", "-o", assessed,
               dossier])
    out_size = os.path.getsize(assessed)
    os.remove(dossier)
    os.remove(assessed)
    return gen, ass, size, out_size


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool")
    ap.add_argument("--families", type=int,
                    default=int(os.environ.get("GS_BENCH_CLI_FAMILIES", "100000")))
    ap.add_argument("--dir", default=None)
    opts = ap.parse_args()
    n = opts.families
    small = max(n // 10, 1)
    with tempfile.TemporaryDirectory(prefix="gs-bench-cli-", dir=opts.dir) as d:
        rows = []
        for families in (small, n):
            gen, ass, size, out_size = measure(opts.tool, families, d)
            rows.append((families, gen, ass, size, out_size))
    print("goedestart generate + assess --format xml (one core, default pack, "
          "Veenkolonien catalogue)")
    print("%10s  %-8s  %9s  %12s  %12s  %10s" % ("families", "command", "seconds", "families/s",
                                               "peak RSS MiB", "file MiB"))
    for families, gen, ass, size, out_size in rows:
        print("%10d  %-8s  %9.2f  %12.0f  %12.1f  %10.1f" %
              (families, "generate", gen[0], families / gen[0], gen[1], size / 2**20))
        print("%10d  %-8s  %9.2f  %12.0f  %12.1f  %10.1f" %
              (families, "assess", ass[0], families / ass[0], ass[1], out_size / 2**20))
    (f1, g1, a1, _, _), (f2, g2, a2, _, _) = rows
    print("peak RSS from %d to %d families: generate %+.1f MiB, assess %+.1f MiB "
          "(streaming: flat)" % (f1, f2, g2[1] - g1[1], a2[1] - a1[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
