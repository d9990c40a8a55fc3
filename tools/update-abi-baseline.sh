#!/bin/bash
# libgoedestart - regenerate the committed ABI baseline (docs/ABI.md).
# SPDX-License-Identifier: EUPL-1.2
#
#   bash tools/update-abi-baseline.sh [BUILD_DIR]     (default: build)
#
# Rebuilds BUILD_DIR, then writes tests/abi/libgoedestart.so.0.abi from the
# built library with abidw. The build must have debug info (the default
# buildtype debugoptimized has it). Run it only when the public API grew on
# purpose in the current, unreleased node, or at a release; never to make
# a failing ABI test pass after an incompatible change (docs/ABI.md).
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$src/$build ;; esac
out=$src/tests/abi/libgoedestart.so.0.abi

command -v abidw >/dev/null || { echo "abidw not found: install abigail-tools" >&2; exit 1; }
[ -f "$build/build.ninja" ] || { echo "$build is not a configured build directory" >&2; exit 1; }
debug=$(meson introspect --buildoptions "$build" |
        /usr/bin/python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"] == "debug"][0])')
[ "$debug" = True ] || { echo "$build has no debug info (-Ddebug=true needed)" >&2; exit 1; }

meson compile -C "$build" lib/goedestart:shared_library >/dev/null
lib=$(readlink -f "$build/lib/libgoedestart.so")
abidw --headers-dir "$src/include/goedestart" --headers-dir "$build/include/goedestart" \
      --drop-private-types --exported-interfaces-only --no-corpus-path \
      --no-comp-dir-path --no-show-locs --no-elf-needed --out-file "$out" "$lib"
echo "wrote ${out#$src/}: $(grep -c '<elf-symbol ' "$out") symbols from ${lib#$src/}"
