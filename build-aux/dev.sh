#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/dev.sh run    install what is missing, build, open Chronicle on the sample corpus
# build-aux/dev.sh test   install what is missing, build, run the whole test suite
#                         (a normal build, then an ASan/UBSan build)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(build-essential meson ninja-build pkg-config gettext libglib2.0-dev libglib2.0-dev-bin
          libgtk-4-dev libadwaita-1-dev libsqlite3-dev libjson-glib-dev libxml2-dev
          xvfb xauth dbus-daemon appstream desktop-file-utils xdotool xcompmgr imagemagick sqlite3
          flatpak-builder libgtk-4-bin python3 poppler-utils yelp-tools
          locales-all)   # uk_UA.UTF-8 and de_DE.UTF-8 for the translation tests

install_missing ()
{
  local missing=()
  for p in "${packages[@]}"; do
    if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

build ()
{
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" -Dwerror=true "$@"
  fi
  meson compile -C "$dir"
}

test_env=(TZ=UTC LC_ALL=C.UTF-8 GSETTINGS_BACKEND=memory GTK_A11Y=none NO_AT_BRIDGE=1
          GSK_RENDERER=cairo GDK_BACKEND=x11 GDK_DEBUG=gl-disable G_SLICE=always-malloc)

run_tests ()
{
  local dir=$1; shift
  env "${test_env[@]}" "$@" \
    xvfb-run -a -s '-screen 0 1280x800x24 -nolisten tcp' \
    dbus-run-session -- meson test -C "$dir" --print-errorlogs --num-processes 2
}

cmd=${1:-run}
case "$cmd" in
  run)
    install_missing
    build build
    export GSETTINGS_SCHEMA_DIR="$here/build/data"
    export CHRONICLE_SAMPLES_DIR="$here/data/samples"
    exec ./build/src/chronicle --db "$here/build/samples.db" "$here"/data/samples/*.txt
    ;;
  test)
    install_missing
    build build
    run_tests build
    build build-asan -Db_sanitize=address,undefined -Dbuildtype=debug -Db_lundef=false
    run_tests build-asan \
      ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
      UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1 \
      LSAN_OPTIONS=suppressions="$here/tests/lsan.supp":print_suppressions=0
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
