#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times the app from start to its first drawn frame on a file of N generated
# events (default 100,000), and its peak memory against a one-event file, under
# Xvfb, from an optimized build: chronicle-bench render --startup, one JSON line.
#
#   build-aux/bench-startup.sh [N] [RUNS]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$here/build-release
events=${1:-100000}
runs=${2:-9}

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$here" -Dbuildtype=release -Dwerror=true >/dev/null
fi
meson compile -C "$build" >/dev/null
# A screen of the size the budget is set for; no accessibility bus under Xvfb.
exec env GDK_BACKEND=x11 GTK_A11Y=none NO_AT_BRIDGE=1 \
  xvfb-run -a -s '-screen 0 1920x1080x24 -nolisten tcp' dbus-run-session -- \
  "$build/src/bench/chronicle-bench" render --startup --events "$events" --runs "$runs" 2> >(grep -v '^dbus-daemon' >&2)
