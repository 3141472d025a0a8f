#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the temporal expression engine over the TimeML development corpus and
# scores it the way TempEval-3 does (strict and relaxed span F1, Value F1).
#
#   build-aux/score-timeml.sh [CORPUS_DIR] [-v]
#
# CORPUS_DIR holds timebank/, aquaint/ and wikiwars/ (default: ../shared/timeml
# beside the project); the scorer is ../shared/tools/te3_timex_score.py. Build
# first. WikiWars is narrative history whose DCT says nothing of the text, so
# it is read with --no-dct, as an undated article is.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$here/build}
corpus=$here/../shared/timeml
verbose=
for arg in "$@"; do
  case "$arg" in
    -v) verbose=-v ;;
    *) corpus=$arg ;;
  esac
done
scorer=${SCORER:-$(dirname "$corpus")/tools/te3_timex_score.py}
cli=$build/src/cli/chronicle-cli

[ -x "$cli" ] || { echo "Build Chronicle first (meson compile -C $build)" >&2; exit 1; }
[ -f "$scorer" ] || { echo "No scorer at $scorer" >&2; exit 1; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for set in timebank aquaint wikiwars; do
  [ -d "$corpus/$set" ] || continue
  options=()
  [ "$set" = wikiwars ] && options=(--no-dct)
  mkdir -p "$out/$set"
  for f in "$corpus/$set"/*.tml; do
    "$cli" timeml "$f" "${options[@]}" --output "$out/$set/$(basename "$f")"
  done
  echo "== $set${options[*]:+ (${options[*]})}"
  python3 "$scorer" "$corpus/$set" "$out/$set" $verbose
done
