#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fuzzes the temporal expression engine, the TimeML reader and the reader of
# articles as JSON and JSON Lines with libFuzzer (clang, ASan, UBSan),
# starting from the seed corpora in tests/fuzz/corpus/.
#
#   build-aux/fuzz.sh timex|timeml|json [SECONDS]      default: 600 seconds
#
# Findings (crash-*, leak-*, timeout-*) are written to the current directory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage="usage: fuzz.sh timex|timeml|json [SECONDS]"
target=${1:?$usage}
seconds=${2:-600}
model=$here/src/model

# What each target links besides its entry point, the pkg-config modules and
# the Debian packages it needs.
case "$target" in
  timex|timeml)
    sources=("$model"/chr-time.c "$model"/chr-sentences.c "$model"/chr-timeml.c "$model"/chr-timex*.c)
    modules="glib-2.0"
    packages="libglib2.0-dev"
    ;;
  json)
    sources=("$model"/chr-json-articles.c "$model"/chr-article-record.c "$model"/chr-date-parse.c
             "$model"/chr-time.c "$model"/chr-sentences.c "$model"/chr-timex*.c)
    modules="json-glib-1.0 gio-2.0"
    packages="libglib2.0-dev libjson-glib-dev"
    ;;
  *)
    echo "$usage" >&2
    exit 2
    ;;
esac

for p in clang-14 libclang-rt-14-dev $packages; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$p"
  fi
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '#define GETTEXT_PACKAGE "chronicle"\n' > "$out/config.h"

clang-14 -g -O1 -std=c11 -D_GNU_SOURCE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I"$out" -I"$model" $(pkg-config --cflags $modules) \
  "$here/tests/fuzz/fuzz-$target.c" "${sources[@]}" \
  $(pkg-config --libs $modules) -o "$out/fuzz-$target"

mkdir -p "$out/corpus"
cp "$here/tests/fuzz/corpus/$target"/* "$out/corpus/"
# A target's words (JSON's punctuation, the members it reads), if it has them.
options=()
if [ -f "$here/tests/fuzz/$target.dict" ]; then
  options+=(-dict="$here/tests/fuzz/$target.dict")
fi
ASAN_OPTIONS=detect_leaks=1 "$out/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 "${options[@]}" "$out/corpus"
