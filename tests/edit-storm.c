/* edit-storm.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * edit-storm DB SEED: makes edits of every kind on DB, chosen by SEED, one
 * after another until killed. Before each it writes its kind to stdout (a
 * letter: e for an edit, u undo, r redo), after it "." once it is in the
 * file, or "x" when it was refused and changed nothing; test-crash reads
 * this to know what the file must hold.
 */
#define G_LOG_DOMAIN "edit-storm"

#include "config.h"

#include <unistd.h>

#include "chr-edit-log.h"
#include "chr-edits.h"

static void
say (char c)
{
  if (write (STDOUT_FILENO, &c, 1) != 1)
    _exit (3);
}

static gint64
any_event (ChrDatabase *db,
           GRand       *rand)
{
  g_autoptr(GPtrArray) events = chr_database_list_events (db, NULL, 0, FALSE, NULL);

  if (events == NULL || events->len == 0)
    return 0;
  return ((ChrEvent *) g_ptr_array_index (events, g_rand_int_range (rand, 0, (int) events->len)))->id;
}

static gboolean
change_one (ChrDatabase  *db,
            GRand        *rand,
            guint         n,
            GError      **error)
{
  g_autofree char *text = g_strdup_printf ("Storm %u", n);
  ChrEventChange change = { 0 };

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      change = (ChrEventChange) { .fields = CHR_EVENT_CHANGE_TITLE, .title = text };
      break;
    case 1:
      change = (ChrEventChange) { .fields = CHR_EVENT_CHANGE_STARRED, .starred = g_rand_boolean (rand) };
      break;
    case 2:
      change = (ChrEventChange) { .fields = CHR_EVENT_CHANGE_NOTE, .note = text };
      break;
    default:
      change = (ChrEventChange) { .fields = CHR_EVENT_CHANGE_HIDDEN, .hidden = g_rand_boolean (rand) };
      break;
    }
  return chr_edits_change_event (db, any_event (db, rand), &change, error);
}

static gboolean
add_one (ChrDatabase  *db,
         GRand        *rand,
         guint         n,
         GError      **error)
{
  g_autofree char *title = g_strdup_printf ("Added %u", n);
  g_autofree char *tag = g_strdup_printf ("Tag %u", n % 3);
  const char * const tags[] = { tag, NULL };
  ChrInterval day = { 1735689600 + (gint64) n * 86400, 1735689600 + (gint64) (n + 1) * 86400, CHR_GRANULARITY_DAY };
  ChrEventChange change = { .fields = CHR_EVENT_CHANGE_TITLE | CHR_EVENT_CHANGE_DATE, .title = title,
                            .interval = day };

  return chr_edits_add_tagged_event (db, &change, g_rand_boolean (rand) ? tags : NULL, NULL, error);
}

static gboolean
merge_two (ChrDatabase  *db,
           GRand        *rand,
           GError      **error)
{
  gint64 ids[] = { any_event (db, rand), any_event (db, rand) };

  return chr_edits_merge_events (db, ids, G_N_ELEMENTS (ids), 0, 0, NULL, error);
}

static gboolean
split_one (ChrDatabase  *db,
           GRand        *rand,
           GError      **error)
{
  g_autoptr(ChrEvent) event = chr_database_get_event (db, any_event (db, rand), NULL);
  const ChrSource *source;
  ChrAnchor excerpt;

  if (event == NULL || event->sources->len == 0)
    return chr_edits_split_event (db, 0, NULL, 0, NULL, error);
  source = g_ptr_array_index (event->sources, g_rand_int_range (rand, 0, (int) event->sources->len));
  excerpt = (ChrAnchor) { source->article_id, (gint64) source->phrase_start, (gint64) source->phrase_end };
  return chr_edits_split_event (db, event->id, &excerpt, 1, NULL, error);
}

static gboolean
tag_one (ChrDatabase  *db,
         GRand        *rand,
         guint         n,
         GError      **error)
{
  g_autofree char *tag = g_strdup_printf ("Tag %u", n % 3);

  return chr_edits_tag_event_named (db, any_event (db, rand), tag, g_rand_boolean (rand), error);
}

static gboolean
date_article (ChrDatabase  *db,
              GRand        *rand,
              GError      **error)
{
  static const char * const dates[] = { "2025-08-17", "2025-08-25", "2025-09" };

  return chr_edits_set_published (db, 1, dates[g_rand_int_range (rand, 0, G_N_ELEMENTS (dates))], error);
}

/* One edit, its letter said before; FALSE when it was refused. */
static gboolean
storm_step (ChrDatabase  *db,
            GRand        *rand,
            guint         n,
            GError      **error)
{
  int dice = g_rand_int_range (rand, 0, 20);

  say (dice >= 18 ? (dice == 18 ? 'u' : 'r') : 'e');
  if (dice < 6)
    return change_one (db, rand, n, error);
  if (dice < 9)
    return add_one (db, rand, n, error);
  if (dice < 11)
    return merge_two (db, rand, error);
  if (dice < 13)
    return split_one (db, rand, error);
  if (dice < 16)
    return tag_one (db, rand, n, error);
  if (dice < 18)
    return date_article (db, rand, error);
  return dice == 18 ? chr_edit_log_undo (db, NULL, error) : chr_edit_log_redo (db, NULL, error);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: edit-storm DB SEED\n");
      return 2;
    }
  if (!(db = chr_database_open (argv[1], &error)))
    {
      g_printerr ("edit-storm: %s\n", error->message);
      return 1;
    }
  rand = g_rand_new_with_seed ((guint32) g_ascii_strtoull (argv[2], NULL, 10));
  for (guint n = 0; n < 100000; n++)
    {
      g_clear_error (&error);
      if (storm_step (db, rand, n, &error))
        say ('.');
      else if (error->domain == CHR_EDIT_ERROR)
        say ('x');
      else
        {
          g_printerr ("edit-storm: %s\n", error->message);
          return 1;
        }
    }
  return 0;
}
