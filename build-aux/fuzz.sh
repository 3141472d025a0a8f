#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fuzzes the temporal expression engine and the TimeML reader with libFuzzer
# (clang, ASan, UBSan), starting from the seed corpora in tests/fuzz/corpus/.
#
#   build-aux/fuzz.sh timex|timeml [SECONDS]      default: 600 seconds
#
# Findings (crash-*, leak-*, timeout-*) are written to the current directory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=${1:?usage: fuzz.sh timex|timeml [SECONDS]}
seconds=${2:-600}

for p in clang-14 libclang-rt-14-dev libglib2.0-dev; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$p"
  fi
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '#define GETTEXT_PACKAGE "chronicle"\n' > "$out/config.h"

clang-14 -g -O1 -std=c11 -D_GNU_SOURCE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I"$out" -I"$here/src/model" $(pkg-config --cflags glib-2.0) \
  "$here/tests/fuzz/fuzz-$target.c" \
  "$here"/src/model/chr-time.c "$here"/src/model/chr-sentences.c "$here"/src/model/chr-timeml.c \
  "$here"/src/model/chr-timex*.c \
  $(pkg-config --libs glib-2.0) -o "$out/fuzz-$target"

mkdir -p "$out/corpus"
cp "$here/tests/fuzz/corpus/$target"/* "$out/corpus/"
ASAN_OPTIONS=detect_leaks=1 "$out/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 "$out/corpus"
