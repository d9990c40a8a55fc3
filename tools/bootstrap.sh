#!/bin/bash
# libgoedestart - first command on a fresh Debian 12 machine:
#   bash tools/bootstrap.sh
# 1. installs the Debian packages that are missing (apt-get, via sudo when
#    not root; `apt-get update` once, only when something is missing);
# 2. configures build/ (reconfigures it when it exists), compiles;
# 3. runs the demo.
# Environment: GS_BUILD_DIR (default build), GS_MESON_OPTS (extra meson
# options, e.g. "-Dwerror=true"; .ci/run uses it), GS_SKIP_PACKAGES=1 to skip
# step 1.
# SPDX-License-Identifier: EUPL-1.2
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
cd "$src"
build=${GS_BUILD_DIR:-build}
read -r -a meson_opts <<<"${GS_MESON_OPTS:-}"

# Everything the build, the tests (C, Python, Java, ABI, docs, fuzzing,
# valgrind, coverage) and the Maven build need; python3-setuptools,
# python3-pip and python3-venv make README.md's offline pip route work
# (a venv with the system's setuptools, pip --no-build-isolation).
packages=(
  build-essential pkg-config ninja-build meson check libxml2-dev
  python3-pytest python3-cffi libjna-java junit5 openjdk-17-jdk-headless
  abigail-tools doxygen clang-14 libclang-rt-14-dev valgrind nodejs npm
  maven libmaven-compiler-plugin-java libsurefire-java
  libmaven-resources-plugin-java libmaven-jar-plugin-java gcovr
  python3-pandas nettle-dev python3-setuptools python3-pip python3-venv
)

# Packages that are often installed from elsewhere (e.g. nodejs from
# NodeSource bundles npm and conflicts with Debian's npm): present when the
# command exists.
declare -A provides=([nodejs]=node [npm]=npm [maven]=mvn)

step() { printf '\n== %s\n' "$*"; }

install_packages() {
  local missing=() p
  for p in "${packages[@]}"; do
    if [ -n "${provides[$p]:-}" ] && command -v "${provides[$p]}" >/dev/null; then
      continue
    fi
    if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "all ${#packages[@]} packages are installed"
    return
  fi
  echo "missing: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "not root and no sudo: install them by hand" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends "${missing[@]}"
}

configure() {
  if [ -f "$build/build.ninja" ]; then
    meson setup --reconfigure "$build" "${meson_opts[@]}" ||
      meson setup --wipe "$build" "${meson_opts[@]}"
  else
    rm -rf "$build"
    meson setup "$build" "${meson_opts[@]}"
  fi
}

demo() {
  # A real assessment a newcomer can read: the example family of
  # examples/data/family-emmen.xml (Emmen, a second pregnancy, a toddler,
  # a plan), assessed on a fixed date with the default pack and the
  # embedded Veenkoloniën catalogue: phases, moments due, the proposed care
  # need with its reasons, each need with its level and local routes, gaps
  # and plan advice. README.md explains the output.
  "$build/tools/goedestart" --version
  "$build/tools/goedestart" assess --as-of 2026-01-20 --lang en examples/data/family-emmen.xml
}

start=$(date +%s)
if [ "${GS_SKIP_PACKAGES:-0}" != 1 ]; then
  if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
    step "Debian packages"
    install_packages
  else
    echo "not a Debian system: install the packages in tools/bootstrap.sh by hand" >&2
  fi
fi
step "meson setup $build ${meson_opts[*]}"
configure
step "meson compile -C $build"
meson compile -C "$build"
step "demo"
demo
echo
echo "bootstrap done in $(($(date +%s) - start)) s; now run: bash tools/run-tests.sh"
