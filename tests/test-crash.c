/* test-crash.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-crash"

#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "chr-edit-log.h"
#include "test-samples.h"

/* Edits killed at random points (SIGKILL, as a crash or a power cut of the
 * program would) leave a sound file, where each edit is wholly there or
 * wholly absent, with its history row. */

#define N_ROUNDS 16

typedef struct
{
  ChrTestSamples samples;
  char          *base;             /* the file as imported, to start each round from */
  char          *fresh;            /* its events */
} Fixture;

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, (gssize) length, NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  chr_test_samples_set_up (&f->samples);
  f->fresh = chr_test_dump (f->samples.db);
  /* The last connection closed folds the write-ahead log into the file. */
  g_clear_object (&f->samples.db);
  f->base = g_build_filename (f->samples.dir, "base.db", NULL);
  copy_file (f->samples.db_path, f->base);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  chr_test_samples_tear_down (&f->samples);
  g_free (f->base);
  g_free (f->fresh);
}

static void
start_round (Fixture *f)
{
  g_autofree char *wal = g_strconcat (f->samples.db_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->samples.db_path, "-shm", NULL);

  g_clear_object (&f->samples.db);
  g_remove (wal);
  g_remove (shm);
  copy_file (f->base, f->samples.db_path);
}

/* Runs the storm for @usec from its first edit on, then kills it;
 * returns what it said. */
static char *
storm (Fixture *f,
       guint    seed,
       gulong   usec)
{
  g_autofree char *helper = g_test_build_filename (G_TEST_BUILT, "edit-storm", NULL);
  g_autofree char *seed_text = g_strdup_printf ("%u", seed);
  const char *argv[] = { helper, f->samples.db_path, seed_text, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) out = NULL;
  g_autofree char *rest = NULL;
  char first = 0;
  GPid pid;
  int fd, status;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, NULL, &fd,
                            NULL, &error);
  g_assert_no_error (error);
  /* However long opening takes (under a sanitizer, say), the kill lands among the edits. */
  g_assert_cmpint (read (fd, &first, 1), ==, 1);
  g_usleep (usec);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  if (!WIFSIGNALED (status))
    g_error ("the storm ended on its own (status %d) before it was killed", status);

  out = g_io_channel_unix_new (fd);
  g_io_channel_set_close_on_unref (out, TRUE);
  g_io_channel_read_to_end (out, &rest, NULL, &error);
  g_assert_no_error (error);
  return g_strdup_printf ("%c%s", first, rest);
}

static void
assert_sound (const char *path)
{
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
}

/* The history as the storm's edits, undos and redos leave it: whether each
 * entry is undone. */
static void
apply_step (GArray *undone,
            char    kind)
{
  gboolean no = FALSE, yes = TRUE;
  guint i;

  switch (kind)
    {
    case 'e':
      while (undone->len > 0 && g_array_index (undone, gboolean, undone->len - 1))
        g_array_set_size (undone, undone->len - 1);
      g_array_append_val (undone, no);
      break;
    case 'u':
      for (i = undone->len; i > 0 && g_array_index (undone, gboolean, i - 1); i--)
        ;
      g_assert_cmpuint (i, >, 0);
      g_array_index (undone, gboolean, i - 1) = yes;
      break;
    default:
      for (i = 0; i < undone->len && !g_array_index (undone, gboolean, i); i++)
        ;
      g_assert_cmpuint (i, <, undone->len);
      g_array_index (undone, gboolean, i) = no;
      break;
    }
}

static gboolean
history_is (ChrDatabase *db,
            GArray      *undone)
{
  g_autoptr(GPtrArray) entries = chr_edit_log_list (db, NULL);

  g_assert_nonnull (entries);
  if (entries->len != undone->len)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    if (((ChrEditLogEntry *) entries->pdata[i])->undone != g_array_index (undone, gboolean, i))
      return FALSE;
  return TRUE;
}

/* What the storm said was done is in the history; what it was doing when
 * killed is there wholly or not at all. */
static void
assert_history (ChrDatabase *db,
                const char  *said)
{
  g_autoptr(GArray) undone = g_array_new (FALSE, FALSE, sizeof (gboolean));
  char pending = 0;

  for (const char *c = said; *c; c++)
    {
      if (*c == '.')
        apply_step (undone, pending);
      if (*c == '.' || *c == 'x')
        pending = 0;
      else
        pending = *c;
    }
  if (history_is (db, undone))
    return;
  g_assert_cmpint (pending, !=, 0);
  apply_step (undone, pending);
  g_assert_true (history_is (db, undone));
}

static guint
count_rows (const char *path,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s", table);
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  return n;
}

/* Undoing every edit gives back the file as imported, with nothing of the
 * user's layer left (no change without its history); redoing them gives
 * back what the storm left (each edit's history holds all of it). */
static void
assert_undo_redo (Fixture *f)
{
  ChrDatabase *db = f->samples.db;
  const char * const user_tables[] = { "annotations", "annotation_excerpts", "annotation_tags", "tags" };
  g_autofree char *killed = chr_test_dump (db);
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  guint n = 0;

  while (chr_edit_log_undo (db, NULL, NULL))
    n++;
  undone = chr_test_dump (db);
  g_assert_cmpstr (undone, ==, f->fresh);
  for (guint i = 0; i < G_N_ELEMENTS (user_tables); i++)
    g_assert_cmpuint (count_rows (f->samples.db_path, user_tables[i]), ==, 0);
  for (guint i = 0; i < n; i++)
    g_assert_true (chr_edit_log_redo (db, NULL, NULL));
  redone = chr_test_dump (db);
  g_assert_cmpstr (redone, ==, killed);
}

static void
test_killed (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  guint n_done = 0;

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autofree char *said = NULL;

      start_round (f);
      said = storm (f, round, (gulong) g_rand_int_range (rand, 10000, 90000));
      g_test_message ("round %u: %s", round, said);
      for (const char *c = said; *c; c++)
        n_done += *c == '.';

      assert_sound (f->samples.db_path);
      chr_test_samples_reopen (&f->samples);
      assert_history (f->samples.db, said);
      assert_undo_redo (f);
    }
  /* The storm got some way, so it was killed in all sorts of places. */
  g_assert_cmpuint (n_done, >=, N_ROUNDS * 2);
}

/* A folder of articles for an import to be killed in. */
static char *
write_import (Fixture *f,
              guint    n)
{
  char *dir = g_build_filename (f->samples.dir, "incoming", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("story-%04u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GString) text = g_string_new (NULL);

      g_string_append_printf (text, "Story %u\n\n", i);
      for (guint k = 0; k < 40; k++)
        g_string_append_printf (text, "The council of ward %u met on %u March 2026 and voted on motion %u. ",
                                i, k % 28 + 1, k);
      g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
    }
  return dir;
}

/* chronicle-cli import, killed after @usec; whether it was killed before
 * it ended on its own. */
static gboolean
kill_import (Fixture    *f,
             const char *dir,
             gulong      usec)
{
  const char *argv[] = { g_getenv ("CHRONICLE_CLI"), "--db", f->samples.db_path, "import", dir, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int status;

  g_assert_nonnull (argv[0]);
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                 &pid, &error);
  g_assert_no_error (error);
  g_usleep (usec);
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  return WIFSIGNALED (status);
}

/* How long chronicle-cli takes to import @dir into the timeline as each
 * round starts it, when nothing stops it. */
static gulong
time_import (Fixture    *f,
             const char *dir)
{
  const char *argv[] = { g_getenv ("CHRONICLE_CLI"), "--db", f->samples.db_path, "import", dir, NULL };
  g_autoptr(GError) error = NULL;
  gint64 start;
  int status = -1;

  start_round (f);
  start = g_get_monotonic_time ();
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return (gulong) (g_get_monotonic_time () - start);
}

/* Every article with its dates (each of these has some), and the search
 * index in step. */
static void
assert_whole_articles (const char *path)
{
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_cmpuint (count_rows (path, "articles a WHERE NOT EXISTS"
                                      " (SELECT 1 FROM mentions m WHERE m.article_id = a.id)"), ==, 0);
}

/* Imports killed at random points leave the file as it was, or with the
 * whole import in; importing again completes it. */
static void
test_killed_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261206);
  g_autofree char *dir = write_import (f, 300);
  gulong whole = time_import (f, dir);
  guint n_killed = 0;

  g_test_message ("a whole import takes %lu ms", whole / 1000);
  for (guint round = 0; round < N_ROUNDS / 2; round++)
    {
      /* Anywhere in it, from the start of the process to its commit. */
      gulong usec = (gulong) g_rand_int_range (rand, (gint32) (whole / 20), (gint32) (whole - whole / 20));
      gboolean killed;
      guint n;

      start_round (f);
      killed = kill_import (f, dir, usec);
      n = count_rows (f->samples.db_path, "articles");
      g_test_message ("round %u: killed after %lu ms: %s, %u articles", round, usec / 1000,
                      killed ? "killed" : "it had ended", n);
      assert_sound (f->samples.db_path);
      assert_whole_articles (f->samples.db_path);
      g_assert_true (n == 5 || n == 305);
      if (killed)
        n_killed++;
      if (killed && n == 5)
        {
          g_autoptr(ChrImportReport) again = NULL;
          const char * const paths[] = { dir, NULL };

          chr_test_samples_reopen (&f->samples);
          again = chr_importer_import_paths (f->samples.db, paths, NULL, NULL);
          g_assert_cmpuint (again->n_added, ==, 300);
        }
    }
  g_assert_cmpuint (n_killed, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model/crash/killed", Fixture, NULL, fixture_set_up, test_killed, fixture_tear_down);
  g_test_add ("/model/crash/killed-import", Fixture, NULL, fixture_set_up, test_killed_import, fixture_tear_down);

  return g_test_run ();
}
