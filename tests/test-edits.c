/* test-edits.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-edits"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "chr-edit-log.h"
#include "chr-edits.h"
#include "chr-importer.h"
#include "chr-reextract.h"
#include "chr-user-store.h"
#include "test-samples.h"

/* Seed events the edits work on, by the title extraction gives them. */
#define INVASION    "Russia invaded Ukraine"                          /* 2022-02-24, three articles */
#define ANNEXATION  "Russia annexed the peninsula"                    /* 2014-02, two articles */
#define CONTROL     "Crimea has been under Russian control"           /* 2014-02/2025-08-17 */
#define MEETING     "Zelensky will meet Trump in Washington"          /* 2025-08-18, two articles */
#define KHARKIV     "Russian attacks on Kharkiv killed three people"  /* 2025-08-18, one article */
#define OVAL_OFFICE "The Oval Office row"                             /* 2025-02 */
#define ALASKA      "Summit between Trump and Russia’s Vladimir Putin in Alaska"
#define HEGSETH     "Hegseth said Washington was committed to a sovereign Ukraine"
#define PRACTICAL   "Trump: I donʼt think itʼs practical"
#define PLEDGE      "Putin seeks a written pledge from major Western powers"    /* 2025, approximate */

typedef struct
{
  ChrTestSamples samples;
  ChrDatabase   *db;               /* the samples' */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  chr_test_samples_set_up (&f->samples);
  f->db = f->samples.db;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  chr_test_samples_tear_down (&f->samples);
}

static void
reopen (Fixture *f)
{
  chr_test_samples_reopen (&f->samples);
  f->db = f->samples.db;
}

static gint64
history_length (ChrDatabase *db)
{
  return chr_database_count (db, "history");
}

/* The id of the one event with this title now. */
static gint64
event_titled (ChrDatabase *db,
              const char  *title)
{
  g_autoptr(GPtrArray) events = chr_database_list_events (db, NULL, 0, FALSE, NULL);
  gint64 found = 0;

  for (guint i = 0; i < events->len; i++)
    {
      const ChrEvent *event = g_ptr_array_index (events, i);

      if (g_strcmp0 (event->title, title) == 0)
        {
          if (found != 0)
            g_error ("two events are called “%s”", title);
          found = event->id;
        }
    }
  if (found == 0)
    g_error ("no event is called “%s”", title);
  return found;
}

static ChrEvent *
get_event (ChrDatabase *db,
           gint64       id)
{
  g_autoptr(GError) error = NULL;
  ChrEvent *event = chr_database_get_event (db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (event);
  return event;
}

/* An excerpt of an event, as the user's layer names it. */
static ChrAnchor
excerpt_of (ChrDatabase *db,
            const char  *title,
            guint        index)
{
  g_autoptr(ChrEvent) event = get_event (db, event_titled (db, title));
  const ChrSource *source;

  g_assert_cmpuint (index, <, event->sources->len);
  source = g_ptr_array_index (event->sources, index);
  return (ChrAnchor) { source->article_id, (gint64) source->phrase_start, (gint64) source->phrase_end };
}

static ChrInterval
date (const char *iso)
{
  ChrInterval interval;

  g_assert_true (chr_time_parse_iso (iso, &interval));
  return interval;
}

static void
change (Fixture              *f,
        const char           *title,
        const ChrEventChange *what)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_change_event (f->db, event_titled (f->db, title), what, &error));
  g_assert_no_error (error);
}

static void
rename_event (Fixture    *f,
              const char *title,
              const char *new_title)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE, .title = new_title };

  change (f, title, &what);
}

static gint64
add_event (Fixture    *f,
           const char *title,
           const char *when)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE, .title = title,
                          .interval = date (when) };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (chr_edits_add_event (f->db, &what, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
create_tag (Fixture    *f,
            const char *name,
            guint       color)
{
  g_autoptr(GError) error = NULL;
  gint64 id = chr_edits_create_tag (f->db, name, color, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
tag_event (Fixture    *f,
           const char *title,
           const char *tag,
           gboolean    add)
{
  g_autoptr(GError) error = NULL;
  gint64 tag_id = chr_edits_find_tag (f->db, tag, &error);

  g_assert_no_error (error);
  g_assert_true (chr_edits_tag_event (f->db, event_titled (f->db, title), tag_id, add, &error));
  g_assert_no_error (error);
}

static void
merge (Fixture          *f,
       const char * const *titles,
       const char       *title_from,
       const char       *date_from)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 merged = 0;

  for (guint i = 0; titles[i]; i++)
    {
      gint64 id = event_titled (f->db, titles[i]);
      g_array_append_val (ids, id);
    }
  g_assert_true (chr_edits_merge_events (f->db, (const gint64 *) (gpointer) ids->data, ids->len,
                                         title_from ? event_titled (f->db, title_from) : 0,
                                         date_from ? event_titled (f->db, date_from) : 0, &merged, &error));
  g_assert_no_error (error);
  g_assert_cmpint (merged, >, 0);
}

/* The edits, each as a case: what to do before it, the edit, and the start
 * of a line of the dump that shows after it and not before. */

static void
apply_add (Fixture *f)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE | CHR_EVENT_CHANGE_NOTE,
                          .title = "Ceasefire talks in Geneva", .interval = date ("2026-03"), .note = "Planned" };
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (chr_edits_add_event (f->db, &what, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, event_titled (f->db, "Ceasefire talks in Geneva"));
}

static void
apply_add_tagged (Fixture *f)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE, .title = "Geneva talks",
                          .interval = date ("2026-03-02") };
  const char * const tags[] = { "DIPLOMACY", " War ", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_add_tagged_event (f->db, &what, tags, NULL, &error));
  g_assert_no_error (error);
}

static void
apply_add_period (Fixture *f)
{
  ChrInterval begin = date ("2014-03"), end = date ("2022-02-24");
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE | CHR_EVENT_CHANGE_APPROXIMATE,
                          .title = "Sanctions", .interval = { begin.begin, end.end, begin.granularity },
                          .period = TRUE, .approximate = TRUE };
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_add_event (f->db, &what, NULL, &error));
  g_assert_no_error (error);
}

static void
apply_rename (Fixture *f)
{
  rename_event (f, INVASION, "  Full-scale invasion of Ukraine ");
}

static void
apply_rename_period (Fixture *f)
{
  rename_event (f, CONTROL, "Crimea under Russian rule");
}

static void
apply_date (Fixture *f)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_DATE, .interval = date ("2025-08-19") };

  change (f, KHARKIV, &what);
}

/* A date the user gives is as exact as they say, whatever extraction said. */
static void
apply_date_approximate (Fixture *f)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_DATE, .interval = date ("2025-06") };

  change (f, PLEDGE, &what);
}

static void
apply_date_period (Fixture *f)
{
  ChrInterval begin = date ("2014-03-18"), end = date ("2025");
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_DATE, .interval = { begin.begin, end.end, begin.granularity },
                          .period = TRUE };

  change (f, ANNEXATION, &what);
}

static void
apply_approximate (Fixture *f)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_APPROXIMATE, .approximate = TRUE };

  change (f, OVAL_OFFICE, &what);
}

static void
star (Fixture    *f,
      const char *title,
      gboolean    starred)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_STARRED, .starred = starred };

  change (f, title, &what);
}

static void
hide (Fixture    *f,
      const char *title,
      gboolean    hidden)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_HIDDEN, .hidden = hidden };

  change (f, title, &what);
}

static void
note (Fixture    *f,
      const char *title,
      const char *text)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_NOTE, .note = text };

  change (f, title, &what);
}

static void apply_star (Fixture *f) { star (f, ALASKA, TRUE); }
static void prepare_star (Fixture *f) { star (f, ALASKA, TRUE); }
static void apply_unstar (Fixture *f) { star (f, ALASKA, FALSE); }
static void apply_hide (Fixture *f) { hide (f, KHARKIV, TRUE); }
static void prepare_hide (Fixture *f) { hide (f, KHARKIV, TRUE); }
static void apply_unhide (Fixture *f) { hide (f, KHARKIV, FALSE); }
static void apply_note (Fixture *f) { note (f, MEETING, "Check the second source"); }
static void prepare_note (Fixture *f) { note (f, MEETING, "Check the second source"); }
static void apply_note_remove (Fixture *f) { note (f, MEETING, ""); }

static void
apply_edit (Fixture *f)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_STARRED | CHR_EVENT_CHANGE_NOTE,
                          .title = "Alaska summit", .starred = TRUE, .note = "No deal" };

  change (f, ALASKA, &what);
}

static void
prepare_renamed (Fixture *f)
{
  rename_event (f, INVASION, "Invasion");
  star (f, "Invasion", TRUE);
}

static void
apply_rename_again (Fixture *f)
{
  rename_event (f, "Invasion", "The invasion");
}

static void prepare_added (Fixture *f) { add_event (f, "Prisoner exchange", "2025-05-23"); }

static void
apply_delete (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_delete_event (f->db, event_titled (f->db, "Prisoner exchange"), &error));
  g_assert_no_error (error);
}

/* Words chosen in article 1 around its date phrase at 2267-2273. */
static void
add_from_passage (Fixture *f)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE,
                          .title = "Prisoner exchange", .interval = date ("2025-08-18"),
                          .passage = { 1, 2240, 2300, 2267, 2273 } };
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_add_event (f->db, &what, NULL, &error));
  g_assert_no_error (error);
}

static void apply_add_passage (Fixture *f) { add_from_passage (f); }
static void prepare_added_passage (Fixture *f) { add_from_passage (f); }

static void
apply_merge (Fixture *f)
{
  const char * const titles[] = { HEGSETH, PRACTICAL, NULL };

  merge (f, titles, NULL, NULL);
}

/* Events of years apart: the timeline is rebuilt a year at a time, and the
 * years one edit joins are rebuilt together. */
static void
apply_merge_years (Fixture *f)
{
  const char * const titles[] = { ANNEXATION, INVASION, NULL };

  merge (f, titles, NULL, NULL);
}

static void
prepare_merge_three (Fixture *f)
{
  add_event (f, "Talks in Washington", "2025-08-19");
  note (f, MEETING, "First note");
  note (f, "Talks in Washington", "Second note");
  create_tag (f, "Diplomacy", 0);
  tag_event (f, "Talks in Washington", "Diplomacy", TRUE);
}

static void
apply_merge_three (Fixture *f)
{
  const char * const titles[] = { MEETING, "Talks in Washington", KHARKIV, NULL };

  merge (f, titles, "Talks in Washington", KHARKIV);
}

static void
prepare_merged (Fixture *f)
{
  apply_merge (f);
}

static void
apply_rename_merged (Fixture *f)
{
  rename_event (f, HEGSETH, "Hegseth in Brussels");
}

static void
split (Fixture          *f,
       const char       *title,
       const ChrAnchor  *excerpts,
       guint             n)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (chr_edits_split_event (f->db, event_titled (f->db, title), excerpts, n, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
}

static void
apply_split (Fixture *f)
{
  ChrAnchor excerpt = excerpt_of (f->db, INVASION, 2);

  split (f, INVASION, &excerpt, 1);
}

static void
apply_split_two (Fixture *f)
{
  ChrAnchor excerpts[] = { excerpt_of (f->db, INVASION, 0), excerpt_of (f->db, INVASION, 1) };

  split (f, INVASION, excerpts, G_N_ELEMENTS (excerpts));
}

static void
detach (Fixture    *f,
        const char *title,
        guint       index)
{
  ChrAnchor excerpt = excerpt_of (f->db, title, index);
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_detach_excerpt (f->db, event_titled (f->db, title), &excerpt, &error));
  g_assert_no_error (error);
}

static void apply_detach (Fixture *f) { detach (f, INVASION, 1); }

static void
attach (Fixture    *f,
        const char *from,
        guint       index,
        const char *to)
{
  ChrAnchor excerpt = excerpt_of (f->db, from, index);
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_attach_excerpt (f->db, &excerpt, event_titled (f->db, to), &error));
  g_assert_no_error (error);
}

static void apply_attach (Fixture *f) { attach (f, KHARKIV, 0, MEETING); }
static void apply_attach_shared (Fixture *f) { attach (f, ANNEXATION, 1, CONTROL); }

static void
prepare_renamed_annexation (Fixture *f)
{
  rename_event (f, ANNEXATION, "Annexation of Crimea");
}

static void apply_attach_from_edited (Fixture *f) { attach (f, "Annexation of Crimea", 0, CONTROL); }

static void
prepare_detached (Fixture *f)
{
  detach (f, INVASION, 1);
}

static void
apply_attach_detached (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrEvent) invasion = get_event (f->db, event_titled (f->db, INVASION));
  g_autoptr(GPtrArray) sources = NULL;
  ChrAnchor excerpt = { 0 };
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;

  /* The detached excerpt is in no event: it is found by its pin. */
  g_assert_cmpint (sqlite3_open_v2 (f->samples.db_path, &raw, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT article_id, phrase_start, phrase_end FROM annotation_excerpts"
                                       " WHERE annotation_id IS NULL", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  excerpt = (ChrAnchor) { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                          sqlite3_column_int64 (stmt, 2) };
  sqlite3_finalize (stmt);
  sqlite3_close (raw);

  g_assert_true (chr_edits_attach_excerpt (f->db, &excerpt, invasion->id, &error));
  g_assert_no_error (error);
}

static void apply_create_tag (Fixture *f) { create_tag (f, " Diplomacy ", 3); }
static void prepare_tag (Fixture *f) { create_tag (f, "Diplomacy", 0); }
static void apply_tag (Fixture *f) { tag_event (f, INVASION, "diplomacy", TRUE); }

static void
prepare_tagged (Fixture *f)
{
  prepare_tag (f);
  tag_event (f, INVASION, "Diplomacy", TRUE);
}

static void
tag_named (Fixture    *f,
           const char *title,
           const char *tag,
           gboolean    add)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_tag_event_named (f->db, event_titled (f->db, title), tag, add, &error));
  g_assert_no_error (error);
}

static void apply_tag_named_new (Fixture *f) { tag_named (f, INVASION, " Crimea", TRUE); }
static void apply_tag_named (Fixture *f) { tag_named (f, INVASION, "diplomacy", TRUE); }
static void apply_untag_named (Fixture *f) { tag_named (f, INVASION, "DIPLOMACY ", FALSE); }
static void apply_untag (Fixture *f) { tag_event (f, INVASION, "Diplomacy", FALSE); }

static void
apply_rename_tag (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_rename_tag (f->db, chr_edits_find_tag (f->db, "Diplomacy", NULL), "Talks", &error));
  g_assert_no_error (error);
}

static void
apply_rename_tag_case (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_rename_tag (f->db, chr_edits_find_tag (f->db, "Diplomacy", NULL), "DIPLOMACY", &error));
  g_assert_no_error (error);
}

static void
apply_tag_color (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_set_tag_color (f->db, chr_edits_find_tag (f->db, "Diplomacy", NULL), 5, &error));
  g_assert_no_error (error);
}

static void
apply_published (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_set_published (f->db, 1, "2025-08-25", &error));
  g_assert_no_error (error);
}

static void
apply_published_edited (Fixture *f)
{
  apply_published (f);
}

static void
delete_article (Fixture *f,
                gint64   article_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_edits_delete_article (f->db, article_id, &error));
  g_assert_no_error (error);
}

static void apply_delete_article (Fixture *f) { delete_article (f, 2); }
static void prepare_noted_meeting (Fixture *f) { note (f, MEETING, "Check the second source"); }

/* The note hangs on an excerpt of the article deleted: it stays with the
 * event, which the other article still reports. */
static void
apply_delete_noted_article (Fixture *f)
{
  g_autoptr(ChrAnnotation) annotation = chr_user_store_get_annotation (f->db, 1, NULL);

  g_assert_nonnull (annotation);
  delete_article (f, annotation->anchor.article_id);
}

typedef struct
{
  const char *path;
  const char *kind;
  void      (*prepare) (Fixture *f);
  void      (*apply) (Fixture *f);
  const char *shows;               /* how a line of the dump begins after, not before; nullable */
  const char *also;                /* another such line; nullable */
} EditCase;

#define INVASION_TAGGED INVASION "|2022-02-24|2022-02-24T00:00:00Z|2022-02-25T00:00:00Z|day|edited|n=3|note=|tags="

static const EditCase edit_cases[] = {
  { "add", "add", NULL, apply_add,
    "Ceasefire talks in Geneva|2026-03|2026-03-01T00:00:00Z|2026-04-01T00:00:00Z|month|user|n=0|note=Planned|"
    "tags=|flags: note|src:\n" },
  { "add-tagged", "add", prepare_tag, apply_add_tagged,
    "Geneva talks|2026-03-02|2026-03-02T00:00:00Z|2026-03-03T00:00:00Z|day|user|n=0|note=|tags=Diplomacy,War|",
    "tag War 2\n" },
  { "add-period", "add", NULL, apply_add_period,
    "Sanctions|2014-03/2022-02-24|2014-03-01T00:00:00Z|2022-02-25T00:00:00Z|month|user|n=0|note=|tags=|"
    "flags: period approximate|src:\n" },
  { "rename", "rename", NULL, apply_rename, "Full-scale invasion of Ukraine|2022-02-24|" },
  { "rename-period", "rename", NULL, apply_rename_period,
    "Crimea under Russian rule|2014-02/2025-08-17|2014-02-01T00:00:00Z|2025-08-18T00:00:00Z|month|edited|n=1|" },
  { "rename-again", "rename", prepare_renamed, apply_rename_again, "The invasion|2022-02-24|" },
  { "date", "date", NULL, apply_date, KHARKIV "|2025-08-19|2025-08-19T00:00:00Z|2025-08-20T00:00:00Z|day|edited|" },
  { "date-approximate", "date", NULL, apply_date_approximate,
    PLEDGE "|2025-06|2025-06-01T00:00:00Z|2025-07-01T00:00:00Z|month|edited|n=1|note=|tags=|flags:|" },
  { "date-period", "date", NULL, apply_date_period,
    ANNEXATION "|2014-03-18/2025-12-31|2014-03-18T00:00:00Z|2026-01-01T00:00:00Z|day|edited|n=2|" },
  { "approximate", "approximate", NULL, apply_approximate,
    OVAL_OFFICE "|2025-02|2025-02-01T00:00:00Z|2025-03-01T00:00:00Z|month|edited|n=1|note=|tags=|flags: approximate|" },
  { "star", "star", NULL, apply_star, ALASKA "|2025-08-15|2025-08-15T00:00:00Z|2025-08-16T00:00:00Z|day|edited|n=1|"
    "note=|tags=|flags: starred|" },
  { "unstar", "unstar", prepare_star, apply_unstar, NULL },
  { "hide", "hide", NULL, apply_hide, KHARKIV "|2025-08-18|2025-08-18T00:00:00Z|2025-08-19T00:00:00Z|day|edited|n=1|"
    "note=|tags=|flags: hidden|" },
  { "unhide", "unhide", prepare_hide, apply_unhide, NULL },
  { "note", "note", NULL, apply_note, MEETING "|2025-08-18|2025-08-18T00:00:00Z|2025-08-19T00:00:00Z|day|edited|n=2|"
    "note=Check the second source|tags=|flags: note|" },
  { "note-remove", "note", prepare_note, apply_note_remove, NULL },
  { "edit", "edit", NULL, apply_edit,
    "Alaska summit|2025-08-15|2025-08-15T00:00:00Z|2025-08-16T00:00:00Z|day|edited|n=1|note=No deal|tags=|"
    "flags: starred note|" },
  { "delete", "delete", prepare_added, apply_delete, NULL },
  /* The words chosen are the excerpt of the event, and go with it. */
  { "add-passage", "add", NULL, apply_add_passage,
    "Prisoner exchange|2025-08-18|2025-08-18T00:00:00Z|2025-08-19T00:00:00Z|day|user|n=0|note=|tags=|flags:|"
    "src: 1:2267-2273\n" },
  { "delete-passage", "delete", prepare_added_passage, apply_delete, NULL },
  { "merge", "merge", NULL, apply_merge, HEGSETH "|2025-02-12|2025-02-12T00:00:00Z|2025-02-13T00:00:00Z|day|edited|n=1|"
    "note=|tags=|flags:|src: 3:1836-1847 3:2143-2155\n" },
  { "merge-years", "merge", NULL, apply_merge_years, ANNEXATION "|2014-02|2014-02-01T00:00:00Z|2014-03-01T00:00:00Z|"
    "month|edited|n=3|note=|tags=|flags:|src: 1:761-774 1:925-942 2:2195-2199 2:3291-3295 4:2971-2975\n" },
  { "merge-three", "merge", prepare_merge_three, apply_merge_three,
    "Talks in Washington|2025-08-18|2025-08-18T00:00:00Z|2025-08-19T00:00:00Z|day|edited|n=2|"
    "note=First note\nSecond note|tags=Diplomacy|flags: note|" },
  { "rename-merged", "rename", prepare_merged, apply_rename_merged, "Hegseth in Brussels|2025-02-12|" },
  { "split", "split", NULL, apply_split,
    "Russia’s invasion|2022|2022-01-01T00:00:00Z|2023-01-01T00:00:00Z|year|edited|n=1|note=|tags=|flags:|"
    "src: 4:2971-2975\n" },
  { "split-two", "split", NULL, apply_split_two, INVASION "|2022-02-24|2022-02-24T00:00:00Z|2022-02-25T00:00:00Z|day|"
    "edited|n=2|note=|tags=|flags:|src: 1:925-942 2:2195-2199\n" },
  { "detach", "detach", NULL, apply_detach, INVASION "|2022-02-24|2022-02-24T00:00:00Z|2022-02-25T00:00:00Z|day|"
    "extracted|n=2|note=|tags=|flags:|src: 1:925-942 4:2971-2975\n" },
  { "attach", "attach", NULL, apply_attach, MEETING "|2025-08-18|2025-08-18T00:00:00Z|2025-08-19T00:00:00Z|day|"
    "edited|n=2|note=|tags=|flags:|src: 1:2267-2273 2:250-256 2:397-403 2:1362-1368 2:4951-4957\n" },
  /* The rest of the event the excerpt leaves stays where it was. */
  { "attach-shared", "attach", NULL, apply_attach_shared,
    CONTROL "|2014-02/2025-08-17|2014-02-01T00:00:00Z|2025-08-18T00:00:00Z|month|edited|n=2|note=|tags=|"
    "flags: period ongoing|src: 1:755-774 2:3291-3295\n",
    ANNEXATION "|2014-02|2014-02-01T00:00:00Z|2014-03-01T00:00:00Z|month|extracted|n=1|note=|tags=|flags:|"
    "src: 1:761-774\n" },
  { "attach-from-edited", "attach", prepare_renamed_annexation, apply_attach_from_edited,
    "Annexation of Crimea|2014-02|2014-02-01T00:00:00Z|2014-03-01T00:00:00Z|month|edited|n=1|note=|tags=|flags:|"
    "src: 2:3291-3295\n" CONTROL "|2014-02/2025-08-17|2014-02-01T00:00:00Z|2025-08-18T00:00:00Z|month|edited|n=1|"
    "note=|tags=|flags: period ongoing|src: 1:755-774 1:761-774\n" },
  { "attach-detached", "attach", prepare_detached, apply_attach_detached,
    INVASION "|2022-02-24|2022-02-24T00:00:00Z|2022-02-25T00:00:00Z|day|edited|n=3|note=|tags=|flags:|"
    "src: 1:925-942 2:2195-2199 4:2971-2975\n" },
  { "create-tag", "create-tag", NULL, apply_create_tag, "tag Diplomacy 3\n" },
  { "rename-tag", "rename-tag", prepare_tagged, apply_rename_tag, INVASION_TAGGED "Talks|" },
  { "rename-tag-case", "rename-tag", prepare_tagged, apply_rename_tag_case, INVASION_TAGGED "DIPLOMACY|" },
  { "tag-color", "tag-color", prepare_tag, apply_tag_color, "tag Diplomacy 5\n" },
  { "tag", "tag", prepare_tag, apply_tag, INVASION_TAGGED "Diplomacy|" },
  { "untag", "untag", prepare_tagged, apply_untag, NULL },
  { "tag-named-new", "tag", NULL, apply_tag_named_new, INVASION_TAGGED "Crimea|", "tag Crimea 1\n" },
  { "tag-named", "tag", prepare_tag, apply_tag_named, INVASION_TAGGED "Diplomacy|" },
  { "untag-named", "untag", prepare_tagged, apply_untag_named, NULL },
  { "published", "published", NULL, apply_published, "article 1 2025-08-25\n" },
  { "published-edited", "published", prepare_renamed, apply_published_edited, "article 1 2025-08-25\n" },
  /* The meeting, which two articles reported, has one left, and the label it gives. */
  { "delete-article", "delete-article", NULL, apply_delete_article,
    "The planned White House meeting|2025-08-18|2025-08-18T00:00:00Z|2025-08-19T00:00:00Z|day|extracted|n=1|"
    "note=|tags=|flags:|src: 1:2267-2273\n" },
  { "delete-noted-article", "delete-article", prepare_noted_meeting, apply_delete_noted_article,
    "The planned White House meeting|2025-08-18|2025-08-18T00:00:00Z|2025-08-19T00:00:00Z|day|edited|n=1|"
    "note=Check the second source|tags=|flags: note|src: 1:2267-2273\n" },
};

/* Whether a line of @dump begins with @start. */
static gboolean
has_line (const char *dump,
          const char *start)
{
  g_autofree char *anywhere = g_strconcat ("\n", start, NULL);

  return g_str_has_prefix (dump, start) || strstr (dump, anywhere) != NULL;
}

static void
expect_step (Fixture    *f,
             gboolean    redo,
             const char *kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *peeked = chr_edit_log_peek (f->db, redo);
  g_autofree char *done = NULL;
  gboolean ok = redo ? chr_edit_log_redo (f->db, &done, &error) : chr_edit_log_undo (f->db, &done, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpstr (peeked, ==, kind);
  g_assert_cmpstr (done, ==, kind);
}

/* Each edit changes the timeline as it says; undo gives back exactly what
 * was there, redo exactly what the edit made, as often as asked. */
static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  const EditCase *edit = data;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 n_history;

  if (edit->prepare)
    edit->prepare (f);
  before = chr_test_dump (f->db);
  n_history = history_length (f->db);

  edit->apply (f);
  after = chr_test_dump (f->db);
  g_assert_cmpstr (after, !=, before);
  if (g_test_verbose ())
    g_test_message ("after %s:\n%s", edit->path, after);
  if (edit->shows)
    {
      g_assert_true (has_line (after, edit->shows));
      g_assert_false (has_line (before, edit->shows));
    }
  if (edit->also)
    {
      g_assert_true (has_line (after, edit->also));
      g_assert_false (has_line (before, edit->also));
    }
  g_assert_cmpint (history_length (f->db), ==, n_history + 1);
  if (g_str_equal (edit->kind, "delete-article"))
    g_assert_false (has_line (after, "article 2 "));

  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;

      expect_step (f, FALSE, edit->kind);
      undone = chr_test_dump (f->db);
      g_assert_cmpstr (undone, ==, before);
      expect_step (f, TRUE, edit->kind);
      redone = chr_test_dump (f->db);
      g_assert_cmpstr (redone, ==, after);
    }
  g_assert_cmpint (history_length (f->db), ==, n_history + 1);
}

/* What the history shows, and that a new edit drops what was undone. */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kind = NULL;

  g_assert_false (chr_edit_log_undo (f->db, NULL, &error));
  g_assert_error (error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_NOTHING);
  g_clear_error (&error);
  g_assert_false (chr_edit_log_redo (f->db, NULL, &error));
  g_assert_error (error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_NOTHING);
  g_clear_error (&error);
  g_assert_null (chr_edit_log_peek (f->db, FALSE));

  rename_event (f, INVASION, "Invasion");
  star (f, ALASKA, TRUE);
  note (f, KHARKIV, "Three dead");
  g_assert_true (chr_edit_log_undo (f->db, &kind, &error));
  g_assert_cmpstr (kind, ==, "note");
  g_assert_cmpstr (chr_edit_kind_describe (kind), ==, "Note");
  g_assert_cmpstr (chr_edit_kind_describe ("rename"), ==, "Rename");

  entries = chr_edit_log_list (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpstr (((ChrEditLogEntry *) entries->pdata[0])->kind, ==, "rename");
  g_assert_false (((ChrEditLogEntry *) entries->pdata[1])->undone);
  g_assert_true (((ChrEditLogEntry *) entries->pdata[2])->undone);
  g_assert_cmpint (((ChrEditLogEntry *) entries->pdata[0])->created_at, >, 0);

  /* A new edit: what was undone cannot be redone any more. */
  hide (f, KHARKIV, TRUE);
  g_assert_null (chr_edit_log_peek (f->db, TRUE));
  g_assert_cmpint (history_length (f->db), ==, 3);
  g_assert_false (chr_edit_log_redo (f->db, NULL, &error));
  g_assert_error (error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_NOTHING);
}

/* Several edits undone one by one give back each state in turn, down to
 * the timeline as imported, and redone one by one, up again. */
static void
test_undo_all (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  const char * const titles[] = { HEGSETH, PRACTICAL, NULL };
  ChrAnchor excerpt;

  g_ptr_array_add (states, chr_test_dump (f->db));
  rename_event (f, INVASION, "Invasion");
  g_ptr_array_add (states, chr_test_dump (f->db));
  create_tag (f, "War", 2);
  g_ptr_array_add (states, chr_test_dump (f->db));
  tag_event (f, "Invasion", "War", TRUE);
  g_ptr_array_add (states, chr_test_dump (f->db));
  merge (f, titles, PRACTICAL, NULL);
  g_ptr_array_add (states, chr_test_dump (f->db));
  excerpt = excerpt_of (f->db, "Invasion", 0);
  split (f, "Invasion", &excerpt, 1);
  g_ptr_array_add (states, chr_test_dump (f->db));
  add_event (f, "Prisoner exchange", "2025-05");
  g_ptr_array_add (states, chr_test_dump (f->db));
  note (f, "Prisoner exchange", "Hundreds");
  g_ptr_array_add (states, chr_test_dump (f->db));

  for (guint i = states->len - 1; i > 0; i--)
    {
      g_autofree char *now = NULL;

      g_assert_true (chr_edit_log_undo (f->db, NULL, NULL));
      now = chr_test_dump (f->db);
      g_assert_cmpstr (now, ==, g_ptr_array_index (states, i - 1));
    }
  g_assert_cmpint (chr_database_count (f->db, "annotations"), ==, 0);
  g_assert_cmpint (chr_database_count (f->db, "tags"), ==, 0);
  for (guint i = 1; i < states->len; i++)
    {
      g_autofree char *now = NULL;

      g_assert_true (chr_edit_log_redo (f->db, NULL, NULL));
      now = chr_test_dump (f->db);
      g_assert_cmpstr (now, ==, g_ptr_array_index (states, i));
    }
}

/* A few edits of every sort, for the tests of what they survive. */
static void
edit_a_lot (Fixture *f)
{
  const char * const titles[] = { HEGSETH, PRACTICAL, NULL };
  ChrAnchor excerpt;

  rename_event (f, INVASION, "Full-scale invasion");
  note (f, "Full-scale invasion", "The war begins");
  star (f, ALASKA, TRUE);
  hide (f, KHARKIV, TRUE);
  create_tag (f, "Crimea", 4);
  tag_event (f, ANNEXATION, "Crimea", TRUE);
  merge (f, titles, NULL, HEGSETH);
  excerpt = excerpt_of (f->db, MEETING, 1);
  split (f, MEETING, &excerpt, 1);
  add_event (f, "Prisoner exchange", "2025-05-23");
}

/* Importing the same files again changes nothing. */
static void
test_survives_reimport (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *samples = chr_test_samples_dir ();
  const char * const paths[] = { samples, NULL };
  g_autoptr(ChrImportReport) report = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *rebuilt = NULL;

  edit_a_lot (f);
  before = chr_test_dump (f->db);
  report = chr_importer_import_paths (f->db, paths, NULL, NULL);
  g_assert_cmpuint (report->n_added, ==, 0);
  g_assert_cmpuint (report->n_unchanged, ==, 5);
  after = chr_test_dump (f->db);
  g_assert_cmpstr (after, ==, before);

  g_assert_true (chr_importer_rebuild_events (f->db, NULL));
  rebuilt = chr_test_dump (f->db);
  g_assert_cmpstr (rebuilt, ==, before);
}

/* An article that reports an edited event joins it: the edit stays, the
 * sources grow, and no second event appears. */
static void
test_survives_new_article (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->samples.dir, "kyiv.txt", NULL);
  const char * const paths[] = { path, NULL };
  ChrImportOptions options = { "2025-02-24", "Kyiv Post" };
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(ChrEvent) event = NULL;
  g_autoptr(GPtrArray) events = NULL;
  guint before;
  guint on_that_day = 0;

  rename_event (f, INVASION, "Full-scale invasion");
  note (f, "Full-scale invasion", "The war begins");
  event = get_event (f->db, event_titled (f->db, "Full-scale invasion"));
  before = event->n_sources;
  g_clear_pointer (&event, chr_event_free);

  g_assert_true (g_file_set_contents (path,
                                      "Three years of war\n"
                                      "Russia invaded Ukraine on February 24, 2022, with troops crossing from the "
                                      "north, east and south.\n",
                                      -1, NULL));
  report = chr_importer_import_paths (f->db, paths, &options, NULL);
  g_assert_cmpuint (report->n_added, ==, 1);

  event = get_event (f->db, event_titled (f->db, "Full-scale invasion"));
  g_assert_cmpuint (event->n_sources, ==, before + 1);
  g_assert_cmpstr (event->note, ==, "The war begins");
  g_assert_true (event->flags & CHR_EVENT_FLAG_EDITED);

  events = chr_database_list_events (f->db, NULL, 0, FALSE, NULL);
  for (guint i = 0; i < events->len; i++)
    on_that_day += g_strcmp0 (((ChrEvent *) events->pdata[i])->value, "2022-02-24") == 0;
  g_assert_cmpuint (on_that_day, ==, 1);
}

/* A new engine extracts every article again; the edits stay as they were. */
static void
test_survives_reextraction (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  edit_a_lot (f);
  before = chr_test_dump (f->db);
  g_assert_true (chr_database_set_extraction_version (f->db, 1, &error));
  reopen (f);
  g_assert_true (chr_reextract_is_needed (f->db));
  g_assert_true (chr_reextract_refresh (f->db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (chr_reextract_is_needed (f->db));
  after = chr_test_dump (f->db);
  g_assert_cmpstr (after, ==, before);

  /* And undo still works on what was extracted again. */
  g_assert_true (chr_edit_log_undo (f->db, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (chr_edits_find_event (f->db, 1), >, 0);
}

/* An engine that reads a date phrase a little differently (a byte more or
 * less) still finds the excerpts the edits are anchored on. */
static void
test_survives_moved_phrases (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *raw = NULL;

  edit_a_lot (f);
  before = chr_test_dump (f->db);
  g_clear_object (&f->samples.db);
  g_assert_cmpint (sqlite3_open (f->samples.db_path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw,
                                 "UPDATE annotations SET anchor_start = anchor_start + 1;"
                                 "UPDATE annotation_excerpts SET phrase_end = phrase_end - 1;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  reopen (f);
  g_assert_true (chr_importer_rebuild_events (f->db, NULL));
  after = chr_test_dump (f->db);
  g_assert_cmpstr (after, ==, before);
}

/* The history is in the file: undo and redo work after closing it. */
static void
test_survives_reopen (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *fresh = chr_test_dump (f->db);
  g_autofree char *edited = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *kind = NULL;

  edit_a_lot (f);
  edited = chr_test_dump (f->db);
  reopen (f);
  while (chr_edit_log_undo (f->db, NULL, NULL))
    ;
  undone = chr_test_dump (f->db);
  g_assert_cmpstr (undone, ==, fresh);
  reopen (f);
  while (chr_edit_log_redo (f->db, &kind, NULL))
    g_clear_pointer (&kind, g_free);
  redone = chr_test_dump (f->db);
  g_assert_cmpstr (redone, ==, edited);
}

/* What refuses an edit; the timeline and its history stay as they were. */
typedef struct
{
  const char *path;
  void      (*prepare) (Fixture *f);
  gboolean  (*apply) (Fixture *f, GError **error);
  GQuark    (*domain) (void);
  int         code;
} RefusalCase;

static gboolean
refuse_empty_title (Fixture  *f,
                    GError  **error)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE, .title = " \t" };

  return chr_edits_change_event (f->db, event_titled (f->db, INVASION), &what, error);
}

static gboolean
refuse_add_untitled (Fixture  *f,
                     GError  **error)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE, .title = "",
                          .interval = date ("2025") };

  return chr_edits_add_event (f->db, &what, NULL, error);
}

static gboolean
refuse_add_undated (Fixture  *f,
                    GError  **error)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE, .title = "Talks" };

  return chr_edits_add_event (f->db, &what, NULL, error);
}

/* Words beyond the end of the article. */
static gboolean
refuse_add_passage_outside (Fixture  *f,
                            GError  **error)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE, .title = "Talks",
                          .interval = date ("2025-08-18"), .passage = { 1, 2240, 2000000, 2267, 2273 } };

  return chr_edits_add_event (f->db, &what, NULL, error);
}

static gboolean
refuse_end_before_begin (Fixture  *f,
                         GError  **error)
{
  ChrInterval begin = date ("2022"), end = date ("2014");
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_DATE, .interval = { begin.begin, end.end, begin.granularity },
                          .period = TRUE };

  return chr_edits_change_event (f->db, event_titled (f->db, INVASION), &what, error);
}

static gboolean
refuse_nothing_to_change (Fixture  *f,
                          GError  **error)
{
  ChrEventChange what = { 0 };

  return chr_edits_change_event (f->db, event_titled (f->db, INVASION), &what, error);
}

static gboolean
refuse_merge_one (Fixture  *f,
                  GError  **error)
{
  gint64 id = event_titled (f->db, INVASION);

  return chr_edits_merge_events (f->db, &id, 1, 0, 0, NULL, error);
}

static gboolean
refuse_merge_same_twice (Fixture  *f,
                         GError  **error)
{
  gint64 ids[] = { event_titled (f->db, INVASION), event_titled (f->db, INVASION) };

  return chr_edits_merge_events (f->db, ids, G_N_ELEMENTS (ids), 0, 0, NULL, error);
}

static gboolean
refuse_merge_title_elsewhere (Fixture  *f,
                              GError  **error)
{
  gint64 ids[] = { event_titled (f->db, HEGSETH), event_titled (f->db, PRACTICAL) };

  return chr_edits_merge_events (f->db, ids, G_N_ELEMENTS (ids), event_titled (f->db, INVASION), 0, NULL, error);
}

static gboolean
refuse_merge_gone (Fixture  *f,
                   GError  **error)
{
  gint64 ids[] = { event_titled (f->db, HEGSETH), 999999 };

  return chr_edits_merge_events (f->db, ids, G_N_ELEMENTS (ids), 0, 0, NULL, error);
}

static gboolean
refuse_split_all (Fixture  *f,
                  GError  **error)
{
  ChrAnchor excerpts[] = {
    excerpt_of (f->db, INVASION, 0), excerpt_of (f->db, INVASION, 1), excerpt_of (f->db, INVASION, 2),
  };

  return chr_edits_split_event (f->db, event_titled (f->db, INVASION), excerpts, G_N_ELEMENTS (excerpts), NULL,
                                error);
}

static gboolean
refuse_split_none (Fixture  *f,
                   GError  **error)
{
  return chr_edits_split_event (f->db, event_titled (f->db, INVASION), NULL, 0, NULL, error);
}

static gboolean
refuse_split_foreign (Fixture  *f,
                      GError  **error)
{
  ChrAnchor excerpt = excerpt_of (f->db, KHARKIV, 0);

  return chr_edits_split_event (f->db, event_titled (f->db, INVASION), &excerpt, 1, NULL, error);
}

static gboolean
refuse_detach_last (Fixture  *f,
                    GError  **error)
{
  ChrAnchor excerpt = excerpt_of (f->db, KHARKIV, 0);

  return chr_edits_detach_excerpt (f->db, event_titled (f->db, KHARKIV), &excerpt, error);
}

static gboolean
refuse_attach_nowhere (Fixture  *f,
                       GError  **error)
{
  ChrAnchor excerpt = { 1, 3, 4 };

  return chr_edits_attach_excerpt (f->db, &excerpt, event_titled (f->db, INVASION), error);
}

static gboolean
refuse_tag_taken (Fixture  *f,
                  GError  **error)
{
  return chr_edits_create_tag (f->db, "DIPLOMACY", 0, error) != 0;
}

static void
prepare_two_tags (Fixture *f)
{
  create_tag (f, "Diplomacy", 0);
  create_tag (f, "War", 0);
}

static gboolean
refuse_rename_tag_taken (Fixture  *f,
                         GError  **error)
{
  return chr_edits_rename_tag (f->db, chr_edits_find_tag (f->db, "war", NULL), " diplomacy", error);
}

static gboolean
refuse_tag_unnamed (Fixture  *f,
                    GError  **error)
{
  return chr_edits_create_tag (f->db, "  ", 0, error) != 0;
}

static gboolean
refuse_tag_color (Fixture  *f,
                  GError  **error)
{
  return chr_edits_set_tag_color (f->db, chr_edits_find_tag (f->db, "Diplomacy", NULL), CHR_TAG_N_COLORS + 1, error);
}

static gboolean
refuse_tag_gone (Fixture  *f,
                 GError  **error)
{
  return chr_edits_tag_event (f->db, event_titled (f->db, INVASION), 999999, TRUE, error);
}

static gboolean
refuse_untag_named_gone (Fixture  *f,
                         GError  **error)
{
  return chr_edits_tag_event_named (f->db, event_titled (f->db, INVASION), "Nope", FALSE, error);
}

static gboolean
refuse_add_blank_tag (Fixture  *f,
                      GError  **error)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE, .title = "Talks",
                          .interval = date ("2025") };
  const char * const tags[] = { "War", " ", NULL };

  return chr_edits_add_tagged_event (f->db, &what, tags, NULL, error);
}

static gboolean
refuse_change_gone (Fixture  *f,
                    GError  **error)
{
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_STARRED, .starred = TRUE };

  return chr_edits_change_event (f->db, 999999, &what, error);
}

static gboolean
refuse_delete_gone (Fixture  *f,
                    GError  **error)
{
  return chr_edits_delete_event (f->db, 999999, error);
}

static gboolean
refuse_delete_extracted (Fixture  *f,
                         GError  **error)
{
  return chr_edits_delete_event (f->db, event_titled (f->db, INVASION), error);
}

static gboolean
refuse_published (Fixture  *f,
                  GError  **error)
{
  return chr_edits_set_published (f->db, 1, "next week", error);
}

static gboolean
refuse_published_gone (Fixture  *f,
                       GError  **error)
{
  return chr_edits_set_published (f->db, 99, "2025-01-01", error);
}

static const RefusalCase refusal_cases[] = {
  { "empty-title", NULL, refuse_empty_title, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "add-untitled", NULL, refuse_add_untitled, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "add-undated", NULL, refuse_add_undated, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "add-passage-outside", NULL, refuse_add_passage_outside, chr_edit_error_quark, CHR_EDIT_ERROR_GONE },
  { "end-before-begin", NULL, refuse_end_before_begin, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "nothing-to-change", NULL, refuse_nothing_to_change, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "merge-one", NULL, refuse_merge_one, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "merge-same-twice", NULL, refuse_merge_same_twice, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "merge-title-elsewhere", NULL, refuse_merge_title_elsewhere, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "merge-gone", NULL, refuse_merge_gone, chr_edit_error_quark, CHR_EDIT_ERROR_GONE },
  { "split-all", NULL, refuse_split_all, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "split-none", NULL, refuse_split_none, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "split-foreign", NULL, refuse_split_foreign, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "detach-last", NULL, refuse_detach_last, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "attach-nowhere", NULL, refuse_attach_nowhere, chr_edit_error_quark, CHR_EDIT_ERROR_GONE },
  { "tag-taken", prepare_tag, refuse_tag_taken, chr_edit_error_quark, CHR_EDIT_ERROR_TAKEN },
  { "rename-tag-taken", prepare_two_tags, refuse_rename_tag_taken, chr_edit_error_quark, CHR_EDIT_ERROR_TAKEN },
  { "tag-unnamed", NULL, refuse_tag_unnamed, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "tag-color", prepare_tag, refuse_tag_color, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "untag-named-gone", NULL, refuse_untag_named_gone, chr_edit_error_quark, CHR_EDIT_ERROR_GONE },
  { "add-blank-tag", NULL, refuse_add_blank_tag, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "tag-gone", NULL, refuse_tag_gone, chr_edit_error_quark, CHR_EDIT_ERROR_GONE },
  { "change-gone", NULL, refuse_change_gone, chr_edit_error_quark, CHR_EDIT_ERROR_GONE },
  { "delete-gone", NULL, refuse_delete_gone, chr_edit_error_quark, CHR_EDIT_ERROR_GONE },
  { "delete-extracted", NULL, refuse_delete_extracted, chr_edit_error_quark, CHR_EDIT_ERROR_INVALID },
  { "published-bad-date", NULL, refuse_published, chr_import_error_quark, CHR_IMPORT_ERROR_BAD_DATE },
  { "published-gone", NULL, refuse_published_gone, chr_database_error_quark, CHR_DATABASE_ERROR_NOT_FOUND },
};

static void
test_refusal (Fixture       *f,
              gconstpointer  data)
{
  const RefusalCase *refusal = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 n_history, n_annotations;

  if (refusal->prepare)
    refusal->prepare (f);
  before = chr_test_dump (f->db);
  n_history = history_length (f->db);
  n_annotations = chr_database_count (f->db, "annotations");
  g_assert_false (refusal->apply (f, &error));
  g_assert_cmpint (history_length (f->db), ==, n_history);
  g_assert_cmpint (chr_database_count (f->db, "annotations"), ==, n_annotations);
  g_assert_error (error, refusal->domain (), refusal->code);
  g_assert_cmpuint (strlen (error->message), >, 0);
  after = chr_test_dump (f->db);
  g_assert_cmpstr (after, ==, before);
}

/* Another program changed the timeline under us (a merge renumbers the
 * events): the event id we hold is no longer there. */
static void
test_refuse_stale_id (Fixture       *f,
                      gconstpointer  data)
{
  const char * const titles[] = { HEGSETH, PRACTICAL, NULL };
  ChrEventChange what = { .fields = CHR_EVENT_CHANGE_TITLE, .title = "Too late" };
  gint64 stale = event_titled (f->db, PRACTICAL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Fixture other = *f;

  other.db = chr_database_open (f->samples.db_path, &error);
  g_assert_no_error (error);
  merge (&other, titles, NULL, NULL);
  g_clear_object (&other.db);

  before = chr_test_dump (f->db);
  g_assert_false (chr_edits_change_event (f->db, stale, &what, &error));
  g_assert_error (error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_GONE);
  g_assert_cmpint (history_length (f->db), ==, 1);
  after = chr_test_dump (f->db);
  g_assert_cmpstr (after, ==, before);
}

/* An edit whose article is gone is listed, not dropped. */
static void
test_orphans (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  ChrEvent *kept;
  const ChrAnnotation *orphan;
  sqlite3 *raw = NULL;
  gint64 article;

  rename_event (f, KHARKIV, "Kharkiv shelled");
  note (f, "Kharkiv shelled", "Three dead");
  rename_event (f, INVASION, "Invasion");
  orphans = chr_user_store_list_orphans (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (orphans->len, ==, 0);
  g_clear_pointer (&orphans, g_ptr_array_unref);

  {
    g_autoptr(ChrEvent) event = get_event (f->db, event_titled (f->db, "Kharkiv shelled"));

    article = ((ChrSource *) event->sources->pdata[0])->article_id;
  }
  /* Another program removes the article (no Chronicle verb does yet). */
  g_assert_cmpint (sqlite3_open (f->samples.db_path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), ==, SQLITE_OK);
  {
    g_autofree char *sql = g_strdup_printf ("DELETE FROM articles WHERE id = %" G_GINT64_FORMAT, article);

    g_assert_cmpint (sqlite3_exec (raw, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_close (raw);
  g_assert_true (chr_importer_rebuild_events (f->db, &error));
  g_assert_no_error (error);

  after = chr_test_dump (f->db);
  g_assert_null (strstr (after, "Kharkiv shelled"));
  orphans = chr_user_store_list_orphans (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (orphans->len, ==, 1);
  orphan = g_ptr_array_index (orphans, 0);
  g_assert_cmpstr (orphan->title, ==, "Kharkiv shelled");
  g_assert_cmpstr (orphan->note, ==, "Three dead");
  g_assert_cmpint (orphan->anchor.article_id, ==, article);

  /* The other edit is still shown. */
  kept = get_event (f->db, event_titled (f->db, "Invasion"));
  chr_event_free (kept);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/edits/edit/%s", edit_cases[i].path);

      g_test_add (path, Fixture, &edit_cases[i], fixture_set_up, test_edit, fixture_tear_down);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refusal_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/edits/refuse/%s", refusal_cases[i].path);

      g_test_add (path, Fixture, &refusal_cases[i], fixture_set_up, test_refusal, fixture_tear_down);
    }
  g_test_add ("/model/edits/refuse/stale-id", Fixture, NULL, fixture_set_up, test_refuse_stale_id, fixture_tear_down);
  g_test_add ("/model/edits/history", Fixture, NULL, fixture_set_up, test_history, fixture_tear_down);
  g_test_add ("/model/edits/undo-all", Fixture, NULL, fixture_set_up, test_undo_all, fixture_tear_down);
  g_test_add ("/model/edits/survives/reimport", Fixture, NULL, fixture_set_up, test_survives_reimport,
              fixture_tear_down);
  g_test_add ("/model/edits/survives/new-article", Fixture, NULL, fixture_set_up, test_survives_new_article,
              fixture_tear_down);
  g_test_add ("/model/edits/survives/reextraction", Fixture, NULL, fixture_set_up, test_survives_reextraction,
              fixture_tear_down);
  g_test_add ("/model/edits/survives/moved-phrases", Fixture, NULL, fixture_set_up, test_survives_moved_phrases,
              fixture_tear_down);
  g_test_add ("/model/edits/survives/reopen", Fixture, NULL, fixture_set_up, test_survives_reopen,
              fixture_tear_down);
  g_test_add ("/model/edits/orphans", Fixture, NULL, fixture_set_up, test_orphans, fixture_tear_down);

  return g_test_run ();
}
