#!/usr/bin/env python3
# libgoedestart Python binding - the Python twin of tests/vectors/assess-file.
# SPDX-License-Identifier: EUPL-1.2
"""Assess every family of a dossier file and write the assessment
vocabulary to stdout, through the Python binding only:

    assess_file.py --as-of DATE [--catalog FILE] [--pack FILE] [--lang nl|en] DOSSIER

Used with the vectors' compare.py (``--cmd``); its output must be
byte-identical to the C driver's.
"""
import argparse
import sys

import goedestart
from goedestart import dates


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--as-of", required=True)
    ap.add_argument("--catalog")
    ap.add_argument("--pack")
    ap.add_argument("--lang", choices=["nl", "en"])
    ap.add_argument("dossier")
    args = ap.parse_args()
    try:
        as_of = dates.parse(args.as_of)
        pack = goedestart.Pack.load(args.pack) if args.pack else goedestart.Pack.default()
        catalog = goedestart.Catalog.load(args.catalog) if args.catalog else None
        with goedestart.load_dossier(args.dossier) as dossier, \
                goedestart.AssessmentWriter(dossier.root_is_family, args.lang) as w, \
                goedestart.Assessment() as a:
            for family in dossier:
                w.add(a.assess(family, as_of, pack, catalog))
            w.end()
            sys.stdout.buffer.write(w.take())
    except goedestart.GoedestartError as e:
        print(f"assess_file.py: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
