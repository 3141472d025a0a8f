#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fuzzes, with libFuzzer (clang, ASan, UBSan), the temporal expression
# engine, the TimeML reader, the readers of articles as JSON and JSON Lines,
# as HTML, and as text (decoding, extraction, the lines that find a source's
# boilerplate), starting from the seed corpora in tests/fuzz/corpus/ (and the
# dictionary tests/fuzz/TARGET.dict, if there is one).
#
#   build-aux/fuzz.sh timex|timeml|json|html|text [SECONDS]      default: 600 seconds
#
# Findings (crash-*, leak-*, timeout-*) are written to the current directory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage="usage: fuzz.sh timex|timeml|json|html|text [SECONDS]"
target=${1:?$usage}
seconds=${2:-600}
model="$here/src/model"

case "$target" in
  timex|timeml)
    packages=(clang-14 libclang-rt-14-dev libglib2.0-dev)
    modules=(glib-2.0)
    sources=("$model"/chr-time.c "$model"/chr-sentences.c "$model"/chr-timeml.c "$model"/chr-timex*.c)
    ;;
  json)
    packages=(clang-14 libclang-rt-14-dev libglib2.0-dev libjson-glib-dev pkg-config)
    modules=(json-glib-1.0 gio-2.0)
    sources=("$model"/chr-json-articles.c "$model"/chr-article-record.c "$model"/chr-date-parse.c
             "$model"/chr-time.c "$model"/chr-sentences.c "$model"/chr-timex*.c)
    ;;
  html|text)
    packages=(clang-14 libclang-rt-14-dev libglib2.0-dev libjson-glib-dev libxml2-dev libsqlite3-dev pkg-config)
    modules=(glib-2.0 gio-2.0 json-glib-1.0 libxml-2.0 sqlite3)
    # The readers report errors in the importer's domain, and the importer links the rest of the model.
    sources=("$model"/*.c)
    ;;
  *)
    echo "$usage" >&2
    exit 2
    ;;
esac

for p in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$p"
  fi
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '#define GETTEXT_PACKAGE "chronicle"\n' > "$out/config.h"

# shellcheck disable=SC2046  # pkg-config's flags are meant to be split
clang-14 -g -O1 -std=c11 -D_GNU_SOURCE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I"$out" -I"$model" $(pkg-config --cflags "${modules[@]}") \
  "$here/tests/fuzz/fuzz-$target.c" "${sources[@]}" \
  $(pkg-config --libs "${modules[@]}") -lm -o "$out/fuzz-$target"

mkdir -p "$out/corpus"
cp "$here/tests/fuzz/corpus/$target"/* "$out/corpus/"
# Text starts from the sample articles too, as they ship.
if [ "$target" = text ]; then
  cp "$here"/data/samples/*.txt "$out/corpus/"
fi
options=()
if [ -f "$here/tests/fuzz/$target.dict" ]; then
  options+=(-dict="$here/tests/fuzz/$target.dict")
fi
ASAN_OPTIONS=detect_leaks=1 "$out/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 ${options[@]+"${options[@]}"} "$out/corpus"
