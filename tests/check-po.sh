#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/check-po.sh LANG.po [TEMPLATE.pot]
#
# A translation is complete: msgfmt --check accepts it (format strings, plural
# forms, header) and --statistics counts no fuzzy and no untranslated message.
# With the template, the translation is first brought up to it, as
# "meson compile chronicle-update-po" would, so a message added to the
# sources and the template but not translated yet fails too.
set -eu

po=$1
pot=${2:-}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -n "$pot" ]; then
  msgmerge --quiet --previous -o "$tmp/merged.po" "$po" "$pot"
  checked=$tmp/merged.po
else
  checked=$po
fi

if ! LC_ALL=C msgfmt --check --statistics -o /dev/null "$checked" 2>"$tmp/stats"; then
  cat "$tmp/stats"
  echo "$po: msgfmt --check failed"
  exit 1
fi
cat "$tmp/stats"
if grep -qE 'fuzzy|untranslated' "$tmp/stats"; then
  echo "$po: not every message is translated"
  # Which ones, for the translator.
  msgattrib --only-fuzzy --no-wrap "$checked" 2>/dev/null | grep '^msgid ' | sed 's/^/  fuzzy: /' || :
  msgattrib --untranslated --no-wrap "$checked" 2>/dev/null | grep '^msgid ' | sed 's/^/  untranslated: /' || :
  exit 1
fi
