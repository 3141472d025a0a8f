#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the pictures in screenshots/ from the real app, on the sample articles,
# under Xvfb: the main window in the light and the dark style, an event chosen.
# Run after a build (build-aux/dev.sh run or test); needs xvfb, xdotool, imagemagick.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$here/build}

if [ -z "${CHR_SCREENSHOT_INNER:-}" ]; then
  meson compile -C "$build" >/dev/null
  exec env CHR_SCREENSHOT_INNER=1 xvfb-run -a -s '-screen 0 1400x900x24 -nolisten tcp' \
    dbus-run-session -- "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export GSETTINGS_SCHEMA_DIR="$build/data"
export GSETTINGS_BACKEND=keyfile
export XDG_CONFIG_HOME="$work/config"
export GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1 TZ=UTC LC_ALL=C.UTF-8

"$build/src/cli/chronicle-cli" --db "$work/samples.db" import "$here"/data/samples/*.txt >/dev/null

shoot ()
{
  local style=$1 output=$2 pid wid
  gsettings set org.chronicle.Chronicle style-variant "$style"
  gsettings set org.chronicle.Chronicle window-width 1280
  gsettings set org.chronicle.Chronicle window-height 760
  "$build/src/chronicle" --db "$work/samples.db" &
  pid=$!
  wid=$(timeout 20 xdotool search --sync --onlyvisible --name '^Chronicle$' | head -n 1)
  sleep 1
  # Focus the timeline with a click on an empty stretch, then step to the invasion of 2022.
  xdotool mousemove --window "$wid" 200 70 click 1
  for _ in 1 2 3 4 5 6; do xdotool key Right; done
  xdotool mousemove --window "$wid" 1270 750
  sleep 1
  import -window "$wid" "$output"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

mkdir -p "$here/screenshots"
shoot light "$here/screenshots/main-window.png"
shoot dark "$here/screenshots/main-window-dark.png"
echo "Wrote screenshots/main-window.png and screenshots/main-window-dark.png"
