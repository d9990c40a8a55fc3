#!/usr/bin/env python3
# libgoedestart - benchmark: Python's assess_many beside the C batch.
# SPDX-License-Identifier: EUPL-1.2
"""Times goedestart.assess_many on a generated population and prints it
beside the C batch (summary-timer: gs_summary_from_families and
gs_summary_from_file) on the same data. Target: within 1.3x of C.

    bench_assess_many.py --timer PATH [--families N] [--file-families M]

Environment: GS_BENCH_FAMILIES (default 1,000,000 families in memory),
GS_BENCH_FILE_FAMILIES (default 250,000 families streamed from a dossier
file of about 3.7 KB per family; 0 skips that part). Run by
`meson test --benchmark`; it never fails on timing, only when the two
sides disagree.
"""
import argparse
import datetime
import gc
import os
import subprocess
import sys
import tempfile
import time

import goedestart
from goedestart import Catalog, Pack, Population, assess_many, write_population

AS_OF = datetime.date(2026, 1, 1)
SEED = 1
REPEAT = 3


def checksum(t) -> int:
    return sum(o * 7 + n * 3 + lv + d
               for o, n, lv, d in zip(t.outcome, t.needs, t.max_level, t.overdue))


def c_timer(timer: str, families: int, dossier=None) -> dict:
    cmd = [timer, str(families), str(SEED), AS_OF.isoformat(), str(REPEAT)]
    if dossier:
        cmd.append(dossier)
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    res = {}
    for line in out.splitlines():
        kind, secs, rows, csum = line.split()
        res[kind] = (float(secs), int(rows), int(csum))
    return res


def python_file(path: str) -> tuple:
    """assess_many on a file in a fresh Python process, like the C timer's
    (a process that has just freed a million families has a fragmented
    heap, which slows libxml2's many small allocations)."""
    out = subprocess.run([sys.executable, __file__, "--file-only", path], check=True,
                         stdout=subprocess.PIPE, text=True).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def report(label: str, n: int, c: tuple, py: float, py_sum: int) -> bool:
    c_secs, c_rows, c_sum = c
    same = (c_rows, c_sum) == (n, py_sum)
    print(f"{label:<26}{n:>10,} families   C {c_secs:8.3f} s ({n / c_secs:>10,.0f}/s)   "
          f"Python {py:8.3f} s ({n / py:>10,.0f}/s)   ratio {py / c_secs:5.2f}x"
          f"{'' if same else '   RESULTS DIFFER'}")
    return same


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--timer", help="the summary-timer C program")
    ap.add_argument("--file-only", help=argparse.SUPPRESS)
    ap.add_argument("--families", type=int,
                    default=int(os.environ.get("GS_BENCH_FAMILIES", "1000000")))
    ap.add_argument("--file-families", type=int,
                    default=int(os.environ.get("GS_BENCH_FILE_FAMILIES", "250000")))
    args = ap.parse_args()
    if args.file_only:
        t0 = time.perf_counter()
        table = assess_many(args.file_only, AS_OF, pack=Pack.default(), catalog=Catalog.default())
        print(f"{time.perf_counter() - t0:.6f} {len(table)} {checksum(table)}")
        return 0
    if not args.timer:
        ap.error("--timer is required")
    print(f"libgoedestart {goedestart.version()}, Python {sys.version.split()[0]}; "
          f"generated population, seed {SEED}, as of {AS_OF}; default pack, Veenkolonien "
          f"catalogue; best of {REPEAT} in memory, of 2 from a file")
    pack, catalog = Pack.default(), Catalog.default()
    ok = True

    c = c_timer(args.timer, args.families)["memory"]
    t0 = time.perf_counter()
    families = list(Population(args.families, as_of=AS_OF, seed=SEED))
    gen = time.perf_counter() - t0
    best = None
    for _ in range(REPEAT):
        gc.collect()
        t0 = time.perf_counter()
        table = assess_many(families, AS_OF, pack=pack, catalog=catalog)
        t = time.perf_counter() - t0
        best = t if best is None or t < best else best
    ok &= report("assess_many(list)", len(families), c, best, checksum(table))
    print(f"  (generating the families in Python took {gen:.1f} s; not timed above)")
    del families, table
    gc.collect()

    if args.file_families > 0:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "population.xml")
            write_population(path, args.file_families, AS_OF, seed=SEED)
            size = os.path.getsize(path)
            with open(path, "rb") as f:  # the same warm page cache for both sides
                while f.read(1 << 24):
                    pass
            c, t = None, None
            for _ in range(2):  # alternate the two sides; best of two each
                r = c_timer(args.timer, 1, path)["file"]
                c = r if c is None or r[0] < c[0] else c
                r = python_file(path)
                t = r if t is None or r[0] < t[0] else t
            ok &= report("assess_many(path)", args.file_families, c, t[0], t[2])
            print(f"  (dossier file of {size / 1e6:,.0f} MB, streamed)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
