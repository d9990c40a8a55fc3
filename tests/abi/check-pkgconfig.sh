#!/bin/bash
# libgoedestart - consumer test: install, then build and run a program the way
# a vendor would, with pkg-config against the installed copy.
# SPDX-License-Identifier: EUPL-1.2
#
# Usage: check-pkgconfig.sh BUILD_DIR SOURCE_DIR VERSION CC [CFLAGS...]
# CFLAGS are the build's sanitizer flags (an instrumented library needs an
# instrumented program).
set -euo pipefail

build=$1 src=$2 version=$3 cc=$4
shift 4
extra=("$@")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gs-pkgconfig.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root

echo "# meson install --destdir $root"
meson install -C "$build" --no-rebuild --destdir "$root" --quiet >"$tmp/install.log" 2>&1 || {
  cat "$tmp/install.log"; echo "meson install failed"; exit 1; }

pc=$(find "$root" -name goedestart.pc -path '*/pkgconfig/*' | head -n 1)
[ -n "$pc" ] || { echo "goedestart.pc was not installed"; find "$root"; exit 1; }
prefix=$(sed -n 's/^prefix=//p' "$pc")
echo "# installed $pc (prefix $prefix)"

pkgconf() {
  PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --define-variable=prefix="$root$prefix" "$@"
}
cflags=$(pkgconf --cflags goedestart)
libs=$(pkgconf --libs goedestart)
libdir=$(pkgconf --variable=libdir goedestart)
includedir=$(pkgconf --variable=includedir goedestart)
[ "$(pkgconf --modversion goedestart)" = "$version" ] || {
  echo "pkg-config --modversion says $(pkgconf --modversion goedestart), expected $version"; exit 1; }

# The umbrella header and everything it includes must be installed: the
# example below includes <goedestart/goedestart.h> from the installed copy
# only (headers that exist but are not installed are the hygiene test's job).
[ -f "$includedir/goedestart/goedestart.h" ] || { echo "goedestart/goedestart.h was not installed"; exit 1; }

# The example, compiled against the installed headers and library only.
echo "# $cc ${extra[*]} examples/c/version.c $cflags $libs"
# shellcheck disable=SC2086
"$cc" "${extra[@]}" -std=c99 -Wall -Wextra -Werror -o "$tmp/version" \
  "$src/examples/c/version.c" $cflags $libs

syms=$(readelf --dyn-syms -W "$tmp/version")
grep -q 'gs_version_string@GS_0\.1' <<<"$syms" || {
  echo "the program does not bind to gs_version_string@GS_0.1"; echo "$syms"; exit 1; }
resolved=$(LD_LIBRARY_PATH=$libdir ldd "$tmp/version" | grep libgoedestart || true)
case $resolved in
  *"$root"*) echo "# resolves to the installed copy: $resolved" ;;
  *) echo "libgoedestart does not resolve to the installed copy: $resolved"; exit 1 ;;
esac

out=$(LD_LIBRARY_PATH=$libdir "$tmp/version")
echo "$out"
grep -q "^libgoedestart $version " <<<"$out" || { echo "the version line is missing"; exit 1; }
grep -q "is 23 months old" <<<"$out" || { echo "the age line is missing"; exit 1; }
echo "# ok: installed, built with pkg-config, ran"
