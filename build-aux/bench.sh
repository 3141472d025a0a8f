#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs chronicle-bench from an optimized build (build-release/), so that the
# figures say what users get, not what a debug build costs.
#
#   build-aux/bench.sh timex [--mb N] [FILE…]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$here/build-release

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$here" -Dbuildtype=release -Dwerror=true >/dev/null
fi
meson compile -C "$build" chronicle-bench >/dev/null
exec "$build/src/bench/chronicle-bench" "$@"
