#!/bin/bash
# Refresh the project's copy of the conformance vectors (tests/vectors/) from
# the specification's vectors. This is the only file of the project that
# names the specification's directory; everything else reads tests/vectors/.
# Usage: bash tools/sync-vectors.sh [SOURCE_DIR]   (default: ../shared/vectors)
# SPDX-License-Identifier: EUPL-1.2
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/vectors}
dst=tests/vectors
[ -f "$src/as-of.txt" ] || { echo "sync-vectors: $src/as-of.txt: no vectors there" >&2; exit 1; }
# Remove the old copy's data (not the project's own code in tests/vectors/).
find "$dst" -maxdepth 1 \( -name '[0-9][0-9]-*.xml' -o -name catalog.xml -o -name as-of.txt \) -delete
cp "$src"/[0-9][0-9]-*.xml "$src"/catalog.xml "$src"/as-of.txt "$dst"/
n=$(wc -l < "$dst/as-of.txt")
echo "sync-vectors: $n vectors copied from $src to $dst"
echo "sync-vectors: run the tests; list vectors the engine does not meet yet in $dst/pending.txt"
