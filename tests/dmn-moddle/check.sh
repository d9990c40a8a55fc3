#!/bin/sh
# libgoedestart - interoperability: the DMN files we ship must load in
# dmn-moddle (the model layer of bpmn.io's dmn-js and Camunda Modeler) with
# zero warnings.
# SPDX-License-Identifier: EUPL-1.2
#
# usage: check.sh NPM_PREFIX FILE.dmn...
# Installs dmn-moddle with npm into NPM_PREFIX (a build-local directory,
# never the source tree) and parses every FILE with fromXML. Exit 77 (meson:
# skipped) only when node or npm is not installed.
set -eu

if [ "$#" -lt 2 ]; then
  echo "usage: $0 NPM_PREFIX FILE.dmn..." >&2
  exit 2
fi
prefix=$1
shift

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "SKIP: node and npm are needed to check the DMN files with dmn-moddle"
  exit 77
fi

here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$prefix/node_modules/dmn-moddle/package.json" ]; then
  mkdir -p "$prefix"
  echo "installing dmn-moddle into $prefix"
  npm install --no-audit --no-fund --prefix "$prefix" dmn-moddle >"$prefix/npm-install.log" 2>&1 || {
    cat "$prefix/npm-install.log" >&2
    echo "FAIL: npm could not install dmn-moddle" >&2
    exit 1
  }
fi
exec node "$here/check.mjs" "$prefix/node_modules/dmn-moddle" "$@"
