#!/usr/bin/env python3
# libgoedestart - runs an example and checks what it prints.
# SPDX-License-Identifier: EUPL-1.2
"""Usage: check-output.py EXPECTED... -- COMMAND [ARG...]

Runs COMMAND, fails when it exits non-zero or when its standard output
lacks any of the EXPECTED substrings. The output is echoed for the log.
"""
import subprocess
import sys


def main():
    if "--" not in sys.argv:
        print(__doc__)
        return 2
    sep = sys.argv.index("--")
    expected, cmd = sys.argv[1:sep], sys.argv[sep + 1:]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, universal_newlines=True)
    sys.stdout.write(r.stdout)
    if r.returncode != 0:
        print(f"# {cmd[0]} exited with status {r.returncode}")
        return 1
    missing = [e for e in expected if e not in r.stdout]
    for e in missing:
        print(f"# expected in the output: {e!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
