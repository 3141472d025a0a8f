#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/check-potfiles.sh [SOURCE_ROOT]
#
# po/POTFILES.in is what xgettext reads: a file it does not list never gets its strings
# translated, and a file it lists that is gone breaks the catalogue update. This fails, naming
# the files, when a file with translatable strings is missing, when a listed file does not exist,
# and when the list is not sorted (LC_ALL=C) or repeats a line.
set -eu

root=${1:-$(dirname "$0")/..}
cd "$root"
potfiles=po/POTFILES.in

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A call of gettext or of one of its GLib macros, not an identifier that merely ends in "_(".
gettext_call='(^|[^A-Za-z0-9_])([NCQ]?_|g_dn?gettext|g_dpgettext2?|d?n?gettext)[[:space:]]*\('

# Each search is allowed to find nothing (grep then exits 1).
{
  find src -type f \( -name '*.c' -o -name '*.h' \) -exec grep -lE "$gettext_call" {} + || :
  find src -type f -name '*.ui' -exec grep -l 'translatable="yes"' {} + || :
  # Desktop entries and AppStream metainfo are merged with the translations as a whole.
  find data -maxdepth 1 -type f \( -name '*.desktop.in.in' -o -name '*.metainfo.xml.in.in' \) -print
  # A schema's summaries and descriptions are translatable once it names a gettext domain.
  find data -maxdepth 1 -type f -name '*.gschema.xml' -exec grep -l 'gettext-domain=' {} + || :
} | sed 's|^\./||' | LC_ALL=C sort -u >"$tmp/needed"

grep -vE '^[[:space:]]*(#|$)' "$potfiles" | sed 's/[[:space:]]*$//' >"$tmp/listed" || :
LC_ALL=C sort -u "$tmp/listed" >"$tmp/listed-sorted"

status=0

LC_ALL=C comm -23 "$tmp/needed" "$tmp/listed-sorted" >"$tmp/missing"
if [ -s "$tmp/missing" ]; then
  echo "$potfiles lacks these files with translatable strings:"
  sed 's/^/  /' "$tmp/missing"
  status=1
fi

: >"$tmp/gone"
while IFS= read -r file; do
  [ -f "$file" ] || echo "$file" >>"$tmp/gone"
done <"$tmp/listed"
if [ -s "$tmp/gone" ]; then
  echo "$potfiles lists files that do not exist:"
  sed 's/^/  /' "$tmp/gone"
  status=1
fi

if ! cmp -s "$tmp/listed" "$tmp/listed-sorted"; then
  echo "$potfiles is not sorted (LC_ALL=C sort -u), or repeats a line; it should read:"
  sed 's/^/  /' "$tmp/listed-sorted"
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "$potfiles lists all $(wc -l <"$tmp/needed") files with translatable strings"
fi
exit "$status"
