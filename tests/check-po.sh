#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/check-po.sh LANG.po SRCDIR
#
# A translation is complete: msgfmt --check accepts it (format strings, plural
# forms, header) and --statistics counts no fuzzy and no untranslated message.
# The translation is first brought up to a template made afresh from the
# sources in po/POTFILES.in, with the arguments of meson's "glib" preset, as
# "meson compile chronicle-update-po" would make it: a message added to the
# sources and not translated yet fails, even before po/chronicle.pot is updated.
set -eu

po=$1
srcdir=$2

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$srcdir" && xgettext --from-code=UTF-8 --add-comments \
   --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
   --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
   --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
   --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
   --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
   --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
   --flag=g_markup_printf_escaped:1:c-format \
   -f po/POTFILES.in -o "$tmp/fresh.pot")
msgmerge --quiet --previous -o "$tmp/merged.po" "$po" "$tmp/fresh.pot"
checked=$tmp/merged.po

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
