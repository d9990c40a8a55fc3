#!/usr/bin/env python3
# libgoedestart - libFuzzer smoke run over a committed corpus.
# SPDX-License-Identifier: EUPL-1.2
"""Usage: smoke.py FUZZER CORPUS_DIR [LIBFUZZER_FLAG...]

Runs FUZZER with the corpus files as -seed_inputs (a corpus *directory*
argument would make libFuzzer write new inputs into the source tree,
TOOLCHAIN.md pitfall 7) plus the given flags; fails when libFuzzer does.
"""
import os
import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    fuzzer, corpus = sys.argv[1], sys.argv[2]
    seeds = sorted(os.path.join(corpus, f) for f in os.listdir(corpus)
                   if not f.startswith(".") and os.path.isfile(os.path.join(corpus, f)))
    if not seeds:
        print(f"{corpus}: the committed corpus is empty")
        return 1
    cmd = [fuzzer] + sys.argv[3:] + ["-seed_inputs=" + ",".join(seeds)]
    print(f"# {fuzzer} over {len(seeds)} seed input(s): {' '.join(sys.argv[3:])}", flush=True)
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
