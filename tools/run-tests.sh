#!/bin/bash
# libgoedestart - second command: run every test suite.
#   bash tools/run-tests.sh [MESON_TEST_ARGS...]      e.g. --suite c
# Runs `meson test --print-errorlogs` in build/ (configuring it first when
# needed) over every suite: c, python, java, abi, hygiene, docs, examples,
# fuzz. Ends with exactly one line "N passed, N failed, N skipped", counting
# individual Check (TAP), pytest and JUnit tests; exits non-zero on any
# failure.
# Environment: GS_BUILD_DIR (default build), GS_MESON_OPTS (options used when
# the build directory has to be configured).
# SPDX-License-Identifier: EUPL-1.2
set -uo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
cd "$src"
build=${GS_BUILD_DIR:-build}
read -r -a meson_opts <<<"${GS_MESON_OPTS:-}"

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "${meson_opts[@]}" || exit 1
fi

marker=$(mktemp)
trap 'rm -f "$marker"' EXIT
meson test -C "$build" --print-errorlogs "$@"
rc=$?

# The log of this run: meson writes testlog.json (testlog-<setup>.json with
# --setup); take the newest one written after the run started.
log=$(find "$build/meson-logs" -maxdepth 1 -name 'testlog*.json' -newer "$marker" \
        -printf '%T@ %p\n' 2>/dev/null | sort -rn | head -n 1 | cut -d' ' -f2-)
if [ -z "$log" ]; then
  echo "no test log was written (the build failed?)"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

/usr/bin/python3 - "$log" "$rc" <<'PY'
import json, re, sys

log, rc = sys.argv[1], int(sys.argv[2])
passed = failed = skipped = 0
for line in open(log, encoding="utf-8"):
    t = json.loads(line)
    out, result = t.get("stdout") or "", t["result"]
    ok = result in ("OK", "EXPECTEDFAIL")
    p = f = s = None
    tap = re.findall(r"^(not ok|ok)\b[^\n]*", out, re.M)
    junit = {k: int(v) for v, k in re.findall(r"\[\s*(\d+) tests (successful|failed|skipped|aborted)\s*\]", out)}
    pytest = re.findall(r"^=*\s*((?:\d+ (?:passed|failed|skipped|errors?|xfailed|xpassed)(?:, )?)+)", out, re.M)
    if tap and re.search(r"^1\.\.\d+", out, re.M):
        p = sum(1 for l in re.findall(r"^ok\b[^\n]*", out, re.M) if "# SKIP" not in l.upper())
        s = sum(1 for l in re.findall(r"^ok\b[^\n]*", out, re.M) if "# SKIP" in l.upper())
        f = sum(1 for l in re.findall(r"^not ok\b[^\n]*", out, re.M) if "# TODO" not in l.upper())
    elif junit:
        p, f, s = junit.get("successful", 0), junit.get("failed", 0) + junit.get("aborted", 0), junit.get("skipped", 0)
    elif pytest:
        counts = dict((k.rstrip("s") if k.startswith("error") else k, int(n))
                      for n, k in re.findall(r"(\d+) (\w+)", pytest[-1]))
        p = counts.get("passed", 0) + counts.get("xfailed", 0)
        f = counts.get("failed", 0) + counts.get("error", 0) + counts.get("xpassed", 0)
        s = counts.get("skipped", 0)
    if p is None:
        if result == "SKIP":
            s = 1; p = f = 0
        else:
            p, f, s = (1, 0, 0) if ok else (0, 1, 0)
    elif not ok and result != "SKIP" and f == 0:
        f = 1          # the runner failed (crash, timeout) beyond its subtests
    passed += p; failed += f; skipped += s
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if (failed or rc) else 0)
PY
