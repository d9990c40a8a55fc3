#!/usr/bin/env python3
# libgoedestart - a researcher's script: the proposed care need of a whole
# population, per municipality.
# SPDX-License-Identifier: EUPL-1.2
"""Generate (or load) a population, assess every family with the loop in C,
and print the distribution of the proposed care need per municipality.

    outcomes_by_municipality.py [--families N] [--seed S] [--as-of DATE]
                                [--dossier FILE] [--catalog FILE]

Without --dossier a synthetic population of N families (default 5000) is
generated into a temporary dossier file; with it, that file is assessed.
The file is streamed: any size works in flat memory.
"""
import argparse
import collections
import datetime
import os
import sys
import tempfile

import goedestart
from goedestart import CareNeed, Catalog, assess_many, codes, write_population


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--families", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--as-of", type=datetime.date.fromisoformat,
                    default=datetime.date(2026, 1, 1))
    ap.add_argument("--dossier", help="assess this dossier file instead of generating one")
    ap.add_argument("--catalog", help="care-path catalogue (default: the Veenkoloniën one)")
    args = ap.parse_args()

    catalog = Catalog.load(args.catalog) if args.catalog else Catalog.default()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.dossier
        if path is None:
            path = os.path.join(tmp, "population.xml")
            write_population(path, args.families, args.as_of, seed=args.seed)
        try:
            table = assess_many(path, args.as_of, catalog=catalog)
        except goedestart.GoedestartError as e:
            print(f"cannot assess {path}: {e}", file=sys.stderr)
            return 1

    # The columns are plain arrays: count (municipality, outcome) pairs.
    counts = collections.Counter(zip(table.municipalities, table.outcome))
    names = {m.code: m.name for m in codes.municipalities()}
    municipalities = sorted({m for m, _ in counts}, key=lambda m: names.get(m, m))
    needs = list(CareNeed)

    print(f"libgoedestart {goedestart.version()}: {len(table)} families assessed "
          f"as of {args.as_of.isoformat()}")
    header = f"{'municipality':<28}{'families':>9}" + "".join(
        f"{c.label('en'):>24}" for c in needs)
    print(header)
    print("-" * len(header))
    for m in municipalities + ["total"]:
        row = [sum(n for (mm, o), n in counts.items() if m in (mm, "total") and o == c)
               for c in needs]
        total = sum(row)
        label = "total" if m == "total" else f"{names.get(m, m)} ({m})"
        print(f"{label:<28}{total:>9}" + "".join(
            f"{n:>14} ({100.0 * n / total:5.1f}%)" if total else f"{0:>24}" for n in row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
