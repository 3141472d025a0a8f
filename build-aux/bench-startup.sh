#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Measures the app from start to its first drawn frame, and its peak memory,
# on an empty timeline and on one of N generated events (default 100,000),
# under Xvfb, from an optimized build. One JSON object per run.
#
#   build-aux/bench-startup.sh [N]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$here/build-release
events=${1:-100000}

if [ -z "${CHR_STARTUP_INNER:-}" ]; then
  if [ ! -f "$build/build.ninja" ]; then
    meson setup "$build" "$here" -Dbuildtype=release -Dwerror=true >/dev/null
  fi
  meson compile -C "$build" >/dev/null
  exec env CHR_STARTUP_INNER=1 xvfb-run -a -s '-screen 0 1920x1080x24 -nolisten tcp' \
    dbus-run-session -- "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory GDK_BACKEND=x11 GTK_A11Y=none \
       NO_AT_BRIDGE=1 CHRONICLE_REPORT_STARTUP=1
extraction=$(grep -o 'CHR_EXTRACTION_VERSION [0-9]*' "$here/src/model/chr-importer.h" | cut -d' ' -f2)

make_timeline ()
{
  local db=$1 n=$2
  "$build/src/cli/chronicle-cli" --db "$db" articles >/dev/null
  sqlite3 "$db" "
    INSERT OR REPLACE INTO meta (key, value) VALUES ('extraction-version', '$extraction');
    WITH RECURSIVE k (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < $n - 1)
    INSERT INTO events (title, value, begin_time, end_time, granularity, importance, flags, n_sources)
    SELECT 'Generated event number ' || i || ' of the benchmark', '2000',
      -2208988800 + ((i * 7919) % $n) * (4102444800 / $n), -2208988800 + ((i * 7919) % $n) * (4102444800 / $n) + 86400,
      'day', 1 + (i % 13 = 0) * 2, 0, 1 + (i % 13 = 0) * 2
    FROM k WHERE $n > 0;"
}

make_timeline "$work/empty.db" 1
make_timeline "$work/full.db" "$events"

for run in 1 2 3; do
  timeout 60 "$build/src/chronicle" --db "$work/empty.db" 2>/dev/null | grep '"startup"' || true
  timeout 60 "$build/src/chronicle" --db "$work/full.db" 2>/dev/null | grep '"startup"' || true
done
