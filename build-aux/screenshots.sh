#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the pictures in screenshots/ from the real app, on the sample articles,
# under Xvfb: the main window in the light and the dark style and in Ukrainian,
# an event chosen; a search and its results; a new, empty timeline; the
# article reader opened from an excerpt, light and dark; the list of articles;
# an import under way and its report; the preferences window, light and dark;
# the samples annotated (tags, stars, a note, an event added by hand) and the
# event editor; the Export dialog, and pictures exported by chronicle-cli;
# a dense generated timeline in light, dark and high contrast; and the main
# window at twice the pixel density (GDK_SCALE=2); and the first view of a
# timeline made from articles nobody here wrote, the TimeBank news of the
# development corpus, when ../shared/timeml (or $TIMEML_DIR) is there.
# Run after a build (build-aux/dev.sh run or test); needs xvfb, xdotool, imagemagick, poppler-utils,
# and python3 for the TimeBank texts.
#
#   build-aux/screenshots.sh               every picture
#   build-aux/screenshots.sh foreign-news  only screenshots/foreign-news.png
#   build-aux/screenshots.sh import        only screenshots/import-progress.png and import-report.png
#   build-aux/screenshots.sh preferences   only screenshots/preferences.png and preferences-dark.png
#   build-aux/screenshots.sh ukrainian     only screenshots/main-window-uk.png
#   build-aux/screenshots.sh search        only screenshots/search.png
#   build-aux/screenshots.sh empty         only screenshots/new-timeline.png
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$here/build}

# The X server repeats no key: on a busy machine a shortcut's key held a
# moment too long would type into the window it opens.
if [ -z "${CHR_SCREENSHOT_INNER:-}" ]; then
  meson compile -C "$build" >/dev/null
  exec env CHR_SCREENSHOT_INNER=1 xvfb-run -a -s '-screen 0 2600x1600x24 -nolisten tcp -ardelay 60000' \
    dbus-run-session -- "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export GSETTINGS_SCHEMA_DIR="$build/data"
export GSETTINGS_BACKEND=keyfile
export XDG_CONFIG_HOME="$work/config"
export XDG_STATE_HOME="$work/state"
export GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1 TZ=UTC LC_ALL=C.UTF-8

"$build/src/cli/chronicle-cli" --db "$work/samples.db" import "$here"/data/samples/*.txt >/dev/null

# Starts Chronicle on a timeline file, in a style and at a size (1280 by 760
# unless given), fitting the whole timeline (no stretch of time kept from an
# earlier start); sets app_pid and app_wid. stop_app ends it.
start_app ()
{
  local style=$1 db=$2 width=${3:-1280} height=${4:-760}
  gsettings set org.chronicle.Chronicle style-variant "$style"
  gsettings set org.chronicle.Chronicle window-width "$width"
  gsettings set org.chronicle.Chronicle window-height "$height"
  rm -f "$XDG_STATE_HOME/chronicle/views.ini"
  "$build/src/chronicle" --db "$db" &
  app_pid=$!
  # The window is named after its timeline: samples.db is "samples".
  app_wid=$(timeout 20 xdotool search --sync --onlyvisible --name "^$(basename "$db" .db)\$" | head -n 1)
  sleep 1
}

stop_app ()
{
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
}

shoot ()
{
  local style=$1 output=$2 width=${3:-1280} height=${4:-760}
  start_app "$style" "$work/samples.db" "$width" "$height"
  # Focus the timeline with a click on an empty stretch, then step to the invasion of 2022.
  local scale=${GDK_SCALE:-1}
  xdotool mousemove --window "$app_wid" $((200 * scale)) $((70 * scale)) click 1
  for _ in 1 2 3 4 5 6; do xdotool key Right; done
  xdotool mousemove --window "$app_wid" 0 0
  sleep 1
  import -window "$app_wid" "$output"
  stop_app
}

# The article reader: the invasion chosen, its first excerpt clicked in the
# panel; the sentence highlighted, the dates underlined.
shoot_reader ()
{
  local style=$1 output=$2
  start_app "$style" "$work/samples.db"
  xdotool mousemove --window "$app_wid" 200 70 click 1
  for _ in 1 2 3 4 5 6; do xdotool key Right; done
  sleep 1
  # The first excerpt in the panel.
  xdotool mousemove --window "$app_wid" 1050 470 click 1
  xdotool mousemove --window "$app_wid" 0 0
  sleep 1
  import -window "$app_wid" "$output"
  stop_app
}

# A dense timeline: 20,000 generated events over 35 years, most reported once.
# Marked as extracted by this version, so that opening it keeps them.
extraction=$(grep -o 'CHR_EXTRACTION_VERSION [0-9]*' "$here/src/model/chr-importer.h" | cut -d' ' -f2)
"$build/src/cli/chronicle-cli" --db "$work/dense.db" articles >/dev/null
sqlite3 "$work/dense.db" "
  INSERT OR REPLACE INTO meta (key, value) VALUES ('extraction-version', '$extraction');
  WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)
  INSERT INTO events (title, value, begin_time, end_time, granularity, importance, flags, n_sources)
  SELECT
    (CASE i % 8 WHEN 0 THEN 'Parliament' WHEN 1 THEN 'The central bank' WHEN 2 THEN 'Rebel forces'
       WHEN 3 THEN 'The court' WHEN 4 THEN 'Striking miners' WHEN 5 THEN 'The prime minister'
       WHEN 6 THEN 'Negotiators' ELSE 'Flood waters' END) || ' ' ||
    (CASE (i / 8) % 8 WHEN 0 THEN 'passed the budget' WHEN 1 THEN 'raised interest rates'
       WHEN 2 THEN 'seized the airport' WHEN 3 THEN 'annulled the vote' WHEN 4 THEN 'blocked the highway'
       WHEN 5 THEN 'resigned' WHEN 6 THEN 'signed a ceasefire' ELSE 'reached the capital' END),
    '2000',
    946684800 + ((i * 7919) % 20000) * 55000 + (i % 7) * 3600000,
    946684800 + ((i * 7919) % 20000) * 55000 + (i % 7) * 3600000 + 86400,
    'day', 1 + (i % 97 = 0) * 4 + (i % 13 = 0) * 2, 0, 1 + (i % 97 = 0) * 4 + (i % 13 = 0) * 2
  FROM n;"

shoot_dense ()
{
  local style=$1 output=$2
  start_app "$style" "$work/dense.db"
  xdotool mousemove --window "$app_wid" 1270 750
  sleep 1
  import -window "$app_wid" "$output"
  stop_app
}

# The samples annotated by hand, through chronicle-cli: tags with their
# colours, stars, a note, a hidden event and one added by hand.
cli=("$build/src/cli/chronicle-cli" --db "$work/annotated.db")
"${cli[@]}" import "$here"/data/samples/*.txt >/dev/null
event_id () { sqlite3 "$work/annotated.db" "SELECT id FROM events WHERE $1 ORDER BY n_sources DESC, id LIMIT 1"; }
invasion=$(event_id "value = '2022-02-24'")
annexation=$(event_id "title LIKE 'Russia annexed%'")
summit=$(event_id "value = '2025-08-18'")
alaska=$(event_id "value = '2025-08-15'")
"${cli[@]}" tag add "$invasion" War >/dev/null
"${cli[@]}" tag add "$annexation" War >/dev/null
"${cli[@]}" tag colour War 5 >/dev/null
"${cli[@]}" tag add "$summit" Diplomacy >/dev/null
"${cli[@]}" tag add "$alaska" Diplomacy >/dev/null
"${cli[@]}" tag colour Diplomacy 1 >/dev/null
"${cli[@]}" edit-event "$invasion" --star >/dev/null
"${cli[@]}" edit-event "$alaska" --star >/dev/null
"${cli[@]}" note "$invasion" "The start of the full-scale war. Check the hour against the Kyiv Independent's live blog." >/dev/null
"${cli[@]}" add-event --title "Istanbul talks" --date 2022-03-29 --tag Diplomacy >/dev/null

# The annotated timeline, the invasion chosen: its note and tags in the panel.
shoot_annotated ()
{
  local style=$1 output=$2
  start_app "$style" "$work/annotated.db"
  xdotool mousemove --window "$app_wid" 200 70 click 1
  for _ in 1 2 3 4 5 6; do xdotool key Right; done
  xdotool mousemove --window "$app_wid" 0 0
  sleep 1
  import -window "$app_wid" "$output"
  if [ -n "${3:-}" ]; then
    # The editor of the chosen event.
    xdotool key ctrl+e
    local editor
    editor=$(timeout 20 xdotool search --sync --onlyvisible --name '^Edit Event$' | head -n 1)
    sleep 1
    import -window "$editor" "$3"
  fi
  stop_app
}

# The Export dialog over the annotated timeline.
shoot_export_dialog ()
{
  local style=$1 output=$2 dialog
  start_app "$style" "$work/annotated.db"
  xdotool key --window "$app_wid" shift+ctrl+e
  dialog=$(timeout 20 xdotool search --sync --onlyvisible --name '^Export Timeline$' | head -n 1)
  sleep 1
  import -window "$dialog" "$output"
  stop_app
}

# The preferences window, opened with Ctrl+comma.
shoot_preferences ()
{
  local style=$1 output=$2 dialog
  start_app "$style" "$work/samples.db"
  xdotool key --window "$app_wid" ctrl+comma
  dialog=$(timeout 20 xdotool search --sync --onlyvisible --name '^Preferences$' | head -n 1)
  sleep 1
  import -window "$dialog" "$output"
  stop_app
}

# An import of 1,500 generated articles and three odd files, given on the
# command line: the bar while it runs, then the report its toast opens.
shoot_import ()
{
  local incoming="$work/incoming" dialog
  mkdir -p "$incoming"
  local body
  body=$(for d in $(seq 1 28); do printf 'The ward council met again on %s March 2026 and voted on the budget. ' "$d"; done)
  # Enough files that the bar is still there when the window has shown.
  for i in $(seq 1 6000); do
    printf 'Council of ward %s votes on the budget\n\n%s\n' "$i" "$body" > "$incoming/story-$i.txt"
  done
  : > "$incoming/empty.txt"
  printf '\0\1\2 not text' > "$incoming/binary.txt"
  printf 'Caf\351 closes\n\nThe caf\351 closed on 2 June 2026.\n' > "$incoming/latin1.txt"
  cp "$work/samples.db" "$work/import.db"
  gsettings set org.chronicle.Chronicle style-variant light
  gsettings set org.chronicle.Chronicle window-width 1280
  gsettings set org.chronicle.Chronicle window-height 760
  rm -f "$XDG_STATE_HOME/chronicle/views.ini"
  "$build/src/chronicle" --db "$work/import.db" "$incoming" &
  app_pid=$!
  app_wid=$(timeout 20 xdotool search --sync --onlyvisible --name '^import$' | head -n 1)
  sleep 0.3
  import -window "$app_wid" "$here/screenshots/import-progress.png"
  # The toast of the finished import, and its Details.
  timeout 60 bash -c "until [ \$(sqlite3 '$work/import.db' 'SELECT count (*) FROM articles') -gt 5000 ]; do sleep 0.5; done"
  sleep 2
  xdotool mousemove --window "$app_wid" 916 707 click 1
  dialog=$(timeout 20 xdotool search --sync --onlyvisible --name '^Import Report$' | head -n 1)
  sleep 1
  import -window "$dialog" "$here/screenshots/import-report.png"
  stop_app
}

# The list of articles, over the samples.
shoot_articles ()
{
  local style=$1 output=$2 dialog
  start_app "$style" "$work/samples.db"
  xdotool key --window "$app_wid" shift+ctrl+a
  dialog=$(timeout 20 xdotool search --sync --onlyvisible --name '^Articles$' | head -n 1)
  sleep 1
  import -window "$dialog" "$output"
  stop_app
}

# Pictures exported by chronicle-cli from the annotated samples, with
# their sources as footnotes: a PNG, and the first two pages of a PDF.
export_pictures ()
{
  "${cli[@]}" export --format png --title "Crimea and the war in Ukraine" \
    --subtitle "What five articles report, 2014 to 2025" --legend --footnotes --width 1400 --height 560 \
    --output "$here/screenshots/export-footnotes.png" >/dev/null
  "${cli[@]}" export --format pdf --page a4 --title "Crimea and the war in Ukraine" --legend --footnotes \
    --output "$work/export.pdf" >/dev/null
  pdftoppm -r 110 -png -f 1 -l 1 -singlefile "$work/export.pdf" "$here/screenshots/export-pdf-page"
  pdftoppm -r 110 -png -f 2 -l 2 -singlefile "$work/export.pdf" "$here/screenshots/export-pdf-footnotes"
}

# TimeML files (a folder of .tml) as articles, in a new folder: each one's
# text between <TEXT> and </TEXT>, its tags stripped and its entities
# decoded, in NAME.txt, and its document creation time as "published" in
# NAME.meta.json, with the agency its name begins with as "source".
timeml_to_articles ()
{
  python3 - "$1" "$2" <<'EOF_PY'
import html, json, pathlib, re, sys

corpus, out = map(pathlib.Path, sys.argv[1:])
out.mkdir(parents=True, exist_ok=True)
for tml in sorted(corpus.glob("*.tml")):
    doc = tml.read_text(encoding="utf-8", errors="replace")
    text = re.search(r"<TEXT>(.*?)</TEXT>", doc, re.S)
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", doc, re.S)
    if text is None or dct is None:
        continue
    body = html.unescape(re.sub(r"<[^>]*>", "", text.group(1))).strip()
    body = re.sub(r"[ \t]+\n", "\n", body)
    source = re.match(r"[A-Za-z]*", tml.stem).group(0).upper() or "TimeBank"
    (out / (tml.stem + ".txt")).write_text(body + "\n", encoding="utf-8")
    meta = {"published": dct.group(1), "source": source}
    (out / (tml.stem + ".meta.json")).write_text(json.dumps(meta) + "\n", encoding="utf-8")
EOF_PY
}

# The first view of the TimeBank news (1989 to 1998) imported as articles:
# what Chronicle frames and labels on a collection it was not tuned on.
# The corpus is read where it is, never copied into the project.
shoot_foreign_news ()
{
  local corpus=${TIMEML_DIR:-$here/../shared/timeml}/timebank
  if [ ! -d "$corpus" ]; then
    echo "No TimeBank at $corpus (set TIMEML_DIR): no foreign-news.png" >&2
    return 0
  fi
  timeml_to_articles "$corpus" "$work/timebank"
  "$build/src/cli/chronicle-cli" --db "$work/foreign.db" import "$work/timebank" >/dev/null
  start_app light "$work/foreign.db"
  xdotool mousemove --window "$app_wid" 0 0
  sleep 2
  import -window "$app_wid" "$here/screenshots/foreign-news.png"
  stop_app
}

# The samples in Ukrainian, the invasion of 2022 chosen: the window's words,
# the axis and the panel's dates in the language, from the build tree's
# catalogues.
shoot_ukrainian ()
{
  LANGUAGE=uk LC_ALL=uk_UA.UTF-8 LANG=uk_UA.UTF-8 CHRONICLE_LOCALEDIR="$build/po" \
    shoot light "$here/screenshots/main-window-uk.png"
}

# Search: Ctrl+F, a word typed, the events and articles that have it.
shoot_search ()
{
  # A compositing manager draws the popover's shadow as a desktop does,
  # not as a black frame.
  local compositor=
  if command -v xcompmgr >/dev/null 2>&1; then
    xcompmgr &
    compositor=$!
  fi
  start_app light "$work/samples.db"
  xdotool mousemove --window "$app_wid" 200 70 click 1
  xdotool key ctrl+f
  sleep 0.5
  xdotool type --delay 60 "Alaska"
  sleep 2
  # The results are a popover, a window of its own: the screen where the
  # window is, with it.
  eval "$(xdotool getwindowgeometry --shell "$app_wid")"
  import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$here/screenshots/search.png"
  stop_app
  [ -z "$compositor" ] || kill "$compositor"
}

# A new timeline: nothing imported yet, what it offers.
shoot_empty ()
{
  start_app light "$work/empty.db"
  xdotool mousemove --window "$app_wid" 0 0
  sleep 1
  import -window "$app_wid" "$here/screenshots/new-timeline.png"
  stop_app
}

mkdir -p "$here/screenshots"
case "${1:-}" in
  ukrainian) shoot_ukrainian; exit 0 ;;
  search) shoot_search; exit 0 ;;
  empty) shoot_empty; exit 0 ;;
  foreign-news) shoot_foreign_news; exit 0 ;;
  import) shoot_import; exit 0 ;;
  preferences)
    shoot_preferences light "$here/screenshots/preferences.png"
    shoot_preferences dark "$here/screenshots/preferences-dark.png"
    exit 0 ;;
esac
export_pictures
shoot_export_dialog light "$here/screenshots/export-dialog.png"
shoot_export_dialog dark "$here/screenshots/export-dialog-dark.png"
shoot_preferences light "$here/screenshots/preferences.png"
shoot_preferences dark "$here/screenshots/preferences-dark.png"
shoot_annotated light "$here/screenshots/annotated-timeline.png" "$here/screenshots/event-editor.png"
shoot_annotated dark "$here/screenshots/annotated-timeline-dark.png"
shoot light "$here/screenshots/main-window.png"
shoot dark "$here/screenshots/main-window-dark.png"
shoot_ukrainian
shoot_search
shoot_empty
shoot_articles light "$here/screenshots/articles.png"
shoot_import
shoot_articles dark "$here/screenshots/articles-dark.png"
shoot_reader light "$here/screenshots/article-reader.png"
shoot_reader dark "$here/screenshots/article-reader-dark.png"
shoot_dense light "$here/screenshots/dense-timeline.png"
shoot_dense dark "$here/screenshots/dense-timeline-dark.png"
ADW_DEBUG_HIGH_CONTRAST=1 shoot_dense light "$here/screenshots/dense-timeline-high-contrast.png"
GDK_SCALE=2 shoot light "$here/screenshots/main-window-hidpi.png" 1100 640
shoot_foreign_news
echo "Wrote screenshots/: main-window, main-window-dark, main-window-hidpi, main-window-uk, new-timeline," \
     "dense-timeline, dense-timeline-dark, dense-timeline-high-contrast, annotated-timeline, annotated-timeline-dark," \
     "search, articles, articles-dark, import-progress, import-report, article-reader, article-reader-dark, event-editor, export-dialog, export-dialog-dark, preferences, preferences-dark, export-footnotes, export-pdf-page," \
     "export-pdf-footnotes, and foreign-news (.png)"
