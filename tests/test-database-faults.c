/* test-database-faults.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a timeline's file does to the model when it is busy, full,
 * read-only or damaged: each fault is told in words a person understands,
 * and what the file held is still there, unchanged.
 */
#define G_LOG_DOMAIN "test-database-faults"

#include "config.h"

#include <grp.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "chr-database-private.h"
#include "chr-edits.h"
#include "chr-importer.h"
#include "test-util.h"

/* The short wait of these tests for a file another connection writes to. */
#define BUSY_TIMEOUT_MS 200

/* The pages a full disk leaves a timeline to grow by: enough for a small
 * article, not for a large one. */
#define SPARE_PAGES 30

/* The user and group ids of nobody, whom a read-only file stops, as it
 * does not stop root. */
#define NOBODY 65534

typedef struct
{
  char        *dir;
  char        *path;
  char        *incoming;           /* a folder of articles to import: a small one, then a large one */
  ChrDatabase *db;
  sqlite3     *other;              /* another program's connection */
} FaultFixture;

/* An article: a title, then @n_sentences sentences, each with a date. */
static char *
make_article (guint seed,
              guint n_sentences)
{
  static const char * const months[] = { "January", "March", "May", "July", "September", "November" };
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "Council %u approves the harbour plan\n", seed);
  for (guint i = 0; i < n_sentences; i++)
    g_string_append_printf (text, "The council of district %u met on %s %u, %u, and approved plan %u of %u. ",
                            seed, months[(seed + i) % 6], 1 + (seed + i) % 27, 1990 + (seed + i) % 30, i, seed);
  g_string_append_c (text, '\n');
  return g_string_free (text, FALSE);
}

static void
write_article (const char *dir,
               const char *name,
               guint       seed,
               guint       n_sentences)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *text = make_article (seed, n_sentences);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* A timeline of three articles in a new folder, closed. */
static void
make_timeline (FaultFixture *f)
{
  g_autofree char *first = g_build_filename (f->dir, "first", NULL);
  const char * const paths[] = { first, NULL };
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_mkdir (first, 0755);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%u.txt", i);

      write_article (first, name, i, 4);
    }
  db = chr_database_open (f->path, &error);
  g_assert_no_error (error);
  report = chr_importer_run (db, paths, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_added, ==, 3);
  g_assert_cmpuint (report->errors->len, ==, 0);
}

static void
fault_set_up (FaultFixture  *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("chronicle-faults-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "timeline.db", NULL);
  f->incoming = g_build_filename (f->dir, "incoming", NULL);
  make_timeline (f);
  g_mkdir (f->incoming, 0755);
  write_article (f->incoming, "a-small.txt", 100, 2);
  write_article (f->incoming, "b-large.txt", 200, 4000);
  f->db = chr_database_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fault_tear_down (FaultFixture  *f,
                 gconstpointer  data)
{
  chr_database_set_test_busy_timeout (0);
  chr_database_set_test_max_page_count (0);
  g_clear_pointer (&f->other, sqlite3_close);
  g_clear_object (&f->db);
  chr_test_remove_tree (f->dir);
  g_free (f->incoming);
  g_free (f->path);
  g_free (f->dir);
}

/* A new connection for the writes to come, with the limits set now. */
static void
reopen (FaultFixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->db);
  f->db = chr_database_open (f->path, &error);
  g_assert_no_error (error);
}

static void
exec_raw (sqlite3    *db,
          const char *sql)
{
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = (gint64) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* A connection of the test's own to look at a timeline. It only reads,
 * but is opened for writing too: closing it then clears away the files
 * beside the timeline (-wal, -shm), as closing the app does. */
static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  return db;
}

/* Everything a timeline holds, as one string to compare: the number of
 * rows of its main tables, the ids of its articles, and a checksum of
 * every row of every table. The file must pass SQLite's integrity check. */
static char *
snapshot (const char *path)
{
  static const char * const counted[] = { "articles", "events", "candidates", "annotations", "history" };
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) summary = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = open_raw (path);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);

  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s", counted[i]);

      g_string_append_printf (summary, "%s=%" G_GINT64_FORMAT " ", counted[i], query_int (db, sql));
    }
  g_string_append (summary, "ids=");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM articles ORDER BY id", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (summary, "%" G_GINT64_FORMAT ",", (gint64) sqlite3_column_int64 (stmt, 0));
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                                       "'CREATE VIRTUAL%' ORDER BY name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (const char *) tables->pdata[i]);

      g_checksum_update (checksum, tables->pdata[i], -1);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            g_checksum_update (checksum, sqlite3_column_blob (stmt, c), sqlite3_column_bytes (stmt, c));
            g_checksum_update (checksum, (const guchar *) "|", 1);
          }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  g_string_append_printf (summary, " rows=%s", g_checksum_get_string (checksum));
  return g_string_free (g_steal_pointer (&summary), FALSE);
}

static GBytes *
file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* The faults that stop a write, and take them away again. */

static void
hold_write_lock (FaultFixture *f)
{
  chr_database_set_test_busy_timeout (BUSY_TIMEOUT_MS);
  reopen (f);
  g_assert_cmpint (sqlite3_open (f->path, &f->other), ==, SQLITE_OK);
  exec_raw (f->other, "BEGIN IMMEDIATE");
}

static void
release_write_lock (FaultFixture *f)
{
  exec_raw (f->other, "COMMIT");
  g_clear_pointer (&f->other, sqlite3_close);
}

static void
fill_disk (FaultFixture *f)
{
  sqlite3 *db = open_raw (f->path);

  chr_database_set_test_max_page_count ((guint) query_int (db, "PRAGMA page_count") + SPARE_PAGES);
  sqlite3_close (db);
  reopen (f);
}

static void
free_disk (FaultFixture *f)
{
  chr_database_set_test_max_page_count (0);
  reopen (f);
}

typedef struct
{
  const char       *name;
  void            (*make) (FaultFixture *f);
  void            (*clear) (FaultFixture *f);
  ChrDatabaseError  code;
  const char       *words;         /* what the message says, besides the file's name */
} WriteFault;

static const WriteFault write_faults[] = {
  { "busy", hold_write_lock, release_write_lock, CHR_DATABASE_ERROR_BUSY,
    "is busy: another program is writing to it. Try again when it is done." },
  { "full", fill_disk, free_disk, CHR_DATABASE_ERROR_FULL,
    "There is no space left on the disk for the timeline" },
};

/* The writes a fault stops. Each needs more room than SPARE_PAGES. */

static gboolean
import_articles (FaultFixture  *f,
                 GError       **error)
{
  const char * const paths[] = { f->incoming, NULL };
  g_autoptr(ChrImportReport) report = chr_importer_run (f->db, paths, NULL, NULL, NULL, NULL, error);

  if (report == NULL)
    return FALSE;
  g_assert_cmpuint (report->n_added, ==, 2);
  g_assert_cmpuint (report->errors->len, ==, 0);
  return TRUE;
}

static gboolean
write_note (FaultFixture  *f,
            GError       **error)
{
  g_autoptr(GPtrArray) events = chr_database_list_events (f->db, NULL, 0, FALSE, NULL);
  g_autoptr(GString) note = g_string_new (NULL);
  ChrEventChange change = { .fields = CHR_EVENT_CHANGE_NOTE | CHR_EVENT_CHANGE_TITLE, .title = "Harbour plan" };

  g_assert_nonnull (events);
  g_assert_cmpuint (events->len, >, 0);
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (note, "Minutes of meeting %u, read into the record. ", i);
  change.note = note->str;
  return chr_edits_change_event (f->db, ((ChrEvent *) events->pdata[0])->id, &change, error);
}

static gboolean
add_article (FaultFixture  *f,
             GError       **error)
{
  g_autofree char *path = g_build_filename (f->incoming, "b-large.txt", NULL);
  g_autoptr(ChrArticle) article = chr_importer_load_file (path, NULL, error);
  gboolean added = FALSE;

  g_assert_nonnull (article);
  chr_importer_extract (article);
  if (!chr_database_add_article (f->db, article, NULL, &added, error))
    return FALSE;
  g_assert_true (added);
  return TRUE;
}

typedef struct
{
  const char  *name;
  gboolean   (*write) (FaultFixture *f, GError **error);
} Write;

static const Write writes[] = {
  { "import", import_articles },
  { "edit", write_note },
  { "add-article", add_article },
};

typedef struct
{
  const WriteFault *fault;
  const Write      *write;
} WriteCase;

/* The write fails with the fault's code and words and leaves the file as
 * it was; once the fault is gone, the same write goes through. */
static void
test_write_fault (FaultFixture  *f,
                  gconstpointer  data)
{
  const WriteCase *c = data;
  g_autofree char *before = snapshot (f->path);
  g_autofree char *after = NULL;
  g_autofree char *done = NULL;
  g_autoptr(GError) error = NULL;
  gint64 started;

  c->fault->make (f);
  started = g_get_monotonic_time ();
  g_assert_false (c->write->write (f, &error));
  g_assert_error (error, CHR_DATABASE_ERROR, (gint) c->fault->code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, c->fault->words));
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_true (chr_database_error_is_fault (error));
  if (c->fault->code == CHR_DATABASE_ERROR_BUSY)
    /* It waited for the other program before it gave up. */
    g_assert_cmpint (g_get_monotonic_time () - started, >=, (BUSY_TIMEOUT_MS - 20) * 1000);
  g_clear_error (&error);

  c->fault->clear (f);
  after = snapshot (f->path);
  g_assert_cmpstr (after, ==, before);

  g_assert_true (c->write->write (f, &error));
  g_assert_no_error (error);
  done = snapshot (f->path);
  g_assert_cmpstr (done, !=, before);
}

/* A file that cannot be read is skipped and the others go in; the
 * timeline's own faults are the only ones that take the import back. */
static void
test_unreadable_file (FaultFixture  *f,
                      gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.txt", NULL);
  const char * const paths[] = { missing, f->incoming, NULL };
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = chr_importer_run (f->db, paths, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_added, ==, 2);
  g_assert_cmpuint (report->errors->len, ==, 1);
  g_assert_false (chr_database_error_is_fault (report->errors->pdata[0]));
  g_assert_cmpint (chr_database_count (f->db, "articles"), ==, 5);
}

/* SQLite may take a whole transaction back on its own after a write
 * fails: what the change does after that must not go in on its own. */
static void
test_rolled_back_by_sqlite (FaultFixture  *f,
                            gconstpointer  data)
{
  g_autofree char *before = snapshot (f->path);
  g_autofree char *after = NULL;
  g_autofree char *small = g_build_filename (f->incoming, "a-small.txt", NULL);
  g_autoptr(ChrArticle) article = chr_importer_load_file (small, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (chr_database_begin (f->db, &error));
  g_assert_true (import_articles (f, &error));
  /* What SQLite does when a full disk or a failed write takes it all back. */
  g_assert_true (chr_database_exec (f->db, "ROLLBACK", &error));

  chr_importer_extract (article);
  g_assert_false (chr_database_add_article (f->db, article, NULL, NULL, &error));
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_FAILED);
  g_assert_true (chr_database_error_is_fault (error));
  chr_database_rollback (f->db);

  after = snapshot (f->path);
  g_assert_cmpstr (after, ==, before);
}

/* Readers wait too: a connection that keeps the file to itself. */
static void
test_busy_reader (FaultFixture  *f,
                  gconstpointer  data)
{
  g_autoptr(ChrDatabase) reader = NULL;
  g_autoptr(GError) error = NULL;
  gint64 started;

  chr_database_set_test_busy_timeout (BUSY_TIMEOUT_MS);
  g_clear_object (&f->db);
  g_assert_cmpint (sqlite3_open (f->path, &f->other), ==, SQLITE_OK);
  exec_raw (f->other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT");

  started = g_get_monotonic_time ();
  g_assert_null ((reader = chr_database_open_for_reading (f->path, &error)));
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "is busy"));
  g_assert_cmpint (g_get_monotonic_time () - started, >=, (BUSY_TIMEOUT_MS - 20) * 1000);
  g_clear_error (&error);

  g_clear_pointer (&f->other, sqlite3_close);
  reader = chr_database_open_for_reading (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (chr_database_count (reader, "articles"), ==, 3);
}

/* Damage. */

static void
scribble (const char *path,
          goffset     offset,
          gsize       length)
{
  g_autofree guchar *junk = g_malloc (length);
  FILE *file = g_fopen (path, "r+b");
  GRand *rand = g_rand_new_with_seed (7);

  for (gsize i = 0; i < length; i++)
    junk[i] = (guchar) g_rand_int_range (rand, 0, 256);
  g_rand_free (rand);
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, (long) offset, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, length, file), ==, length);
  fclose (file);
}

static void
damage_header (const char *path)
{
  scribble (path, 0, 100);
}

static void
damage_length (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (truncate (path, st.st_size / 2), ==, 0);
}

/* The page in the middle of the file that holds the articles' rows, where
 * the next article goes. */
static void
damage_page (const char *path)
{
  sqlite3 *db = open_raw (path);
  gint64 page, page_size;

  page = query_int (db, "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'"
                        " ORDER BY path DESC LIMIT 1");
  page_size = query_int (db, "PRAGMA page_size");
  g_assert_cmpint (page, >, 1);
  g_assert_cmpint (page, <, query_int (db, "PRAGMA page_count"));
  sqlite3_close (db);
  scribble (path, (page - 1) * page_size, (gsize) page_size);
}

typedef struct
{
  const char  *name;
  void       (*damage) (const char *path);
  gboolean     opens;              /* the damage is found when read, not when opened */
  const char  *words;
} Damage;

static const Damage damages[] = {
  { "header", damage_header, FALSE, "is not a Chronicle timeline, or it is damaged, and cannot be opened." },
  { "truncated", damage_length, FALSE, "is damaged and cannot be opened." },
  { "page", damage_page, TRUE, "is damaged and cannot be opened." },
};

static void
assert_damaged (const GError *error,
                const Damage *damage,
                const char   *path)
{
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, damage->words));
  g_assert_nonnull (strstr (error->message, path));
}

/* Neither opening the file, nor reading it, nor trying to import into it
 * changes a byte of it. */
static void
test_damaged (FaultFixture  *f,
              gconstpointer  data)
{
  const Damage *damage = data;
  const char * const paths[] = { f->incoming, NULL };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrDatabase) reader = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->db);
  damage->damage (f->path);
  before = file_bytes (f->path);

  db = chr_database_open (f->path, &error);
  reader = chr_database_open_for_reading (f->path, error == NULL ? &error : NULL);
  if (!damage->opens)
    {
      g_assert_null (db);
      g_assert_null (reader);
      assert_damaged (error, damage, f->path);
      g_test_message ("%s", error->message);
    }
  else
    {
      g_autoptr(GPtrArray) articles = NULL;
      g_autoptr(ChrImportReport) report = NULL;

      g_assert_no_error (error);
      g_assert_null ((articles = chr_database_list_articles (reader, &error)));
      assert_damaged (error, damage, f->path);
      g_test_message ("%s", error->message);
      g_clear_error (&error);

      /* An import that meets the damage keeps nothing of itself. */
      g_assert_null ((report = chr_importer_run (db, paths, NULL, NULL, NULL, NULL, &error)));
      assert_damaged (error, damage, f->path);
    }
  g_clear_object (&db);
  g_clear_object (&reader);

  after = file_bytes (f->path);
  g_assert_true (g_bytes_equal (after, before));
}

/* Read-only files and folders. Root writes them all the same: a test run
 * by root makes its checks as nobody, in a process of their own. */

typedef struct
{
  const char *name;
  gboolean    folder;              /* the folder is read-only, not the file */
} ReadOnly;

static const ReadOnly read_onlies[] = {
  { "file", FALSE },
  { "folder", TRUE },
};

#define READ_ONLY_DIR_VARIABLE "CHR_TEST_READ_ONLY_DIR"

/* Whether this process may become nobody: root in a container may not. */
static gboolean
can_become_nobody (void)
{
  int status = 0;
  pid_t pid;

  if (geteuid () != 0)
    return FALSE;
  if ((pid = fork ()) == 0)
    _exit (setgid (NOBODY) == 0 && setuid (NOBODY) == 0 ? 0 : 1);
  return pid > 0 && waitpid (pid, &status, 0) == pid && WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
become_nobody (void)
{
  if (geteuid () != 0)
    return;
  g_assert_cmpint (setgroups (0, NULL), ==, 0);
  g_assert_cmpint (setgid (NOBODY), ==, 0);
  g_assert_cmpint (setuid (NOBODY), ==, 0);
  /* The leak checker of the sanitizer builds needs to trace the process. */
  prctl (PR_SET_DUMPABLE, 1, 0, 0, 0);
}

static void
give_to_nobody (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_cmpint (chown (dir, NOBODY, NOBODY), ==, 0);
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        give_to_nobody (child);
      else
        g_assert_cmpint (chown (child, NOBODY, NOBODY), ==, 0);
    }
}

/* In the process that cannot write: the timeline opens and reads, and
 * every write says what is read-only. */
static void
check_read_only (const char     *dir,
                 const ReadOnly *read_only)
{
  g_autofree char *path = g_build_filename (dir, "timeline.db", NULL);
  g_autofree char *incoming = g_build_filename (dir, "incoming", NULL);
  g_autofree char *words = read_only->folder
                           ? g_strdup_printf ("cannot be changed: the folder “%s” is read-only.", dir)
                           : g_strdup ("cannot be changed: the file is read-only.");
  const char * const paths[] = { incoming, NULL };
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrDatabase) reader = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  ChrEventChange change = { .fields = CHR_EVENT_CHANGE_TITLE, .title = "Renamed" };

  become_nobody ();
  g_assert_cmpint (g_access (read_only->folder ? dir : path, W_OK), !=, 0);

  db = chr_database_open (path, &error);
  g_assert_no_error (error);
  reader = chr_database_open_for_reading (path, &error);
  g_assert_no_error (error);
  articles = chr_database_list_articles (reader, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 3);
  events = chr_database_list_events (db, NULL, 0, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, >, 0);

  g_assert_null ((report = chr_importer_run (db, paths, NULL, NULL, NULL, NULL, &error)));
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, words));
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  g_assert_false (chr_edits_change_event (db, ((ChrEvent *) events->pdata[0])->id, &change, &error));
  g_assert_error (error, CHR_DATABASE_ERROR, CHR_DATABASE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, words));
  g_clear_error (&error);

  g_assert_cmpint (chr_database_count (db, "articles"), ==, 3);
}

static void
test_read_only (gconstpointer data)
{
  const ReadOnly *read_only = data;
  FaultFixture f = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GBytes) bytes_before = NULL;
  g_autoptr(GBytes) bytes_after = NULL;
  const char *target;

  if (g_test_subprocess ())
    {
      check_read_only (g_getenv (READ_ONLY_DIR_VARIABLE), read_only);
      return;
    }

  fault_set_up (&f, NULL);
  g_clear_object (&f.db);
  before = snapshot (f.path);
  bytes_before = file_bytes (f.path);
  target = read_only->folder ? f.dir : f.path;

  if (geteuid () == 0)
    {
      if (!can_become_nobody ())
        {
          g_test_skip ("run as root, which writes read-only files, and unable to become nobody, who does not");
          fault_tear_down (&f, NULL);
          return;
        }
      give_to_nobody (f.dir);
    }
  g_assert_cmpint (g_chmod (target, read_only->folder ? 0555 : 0444), ==, 0);

  g_setenv (READ_ONLY_DIR_VARIABLE, f.dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv (READ_ONLY_DIR_VARIABLE);
  g_assert_cmpint (g_chmod (target, read_only->folder ? 0755 : 0644), ==, 0);
  g_test_trap_assert_passed ();

  bytes_after = file_bytes (f.path);
  g_assert_true (g_bytes_equal (bytes_after, bytes_before));
  after = snapshot (f.path);
  g_assert_cmpstr (after, ==, before);
  fault_tear_down (&f, NULL);
}

int
main (int    argc,
      char **argv)
{
  static WriteCase cases[G_N_ELEMENTS (write_faults) * G_N_ELEMENTS (writes)];

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (write_faults); i++)
    for (guint j = 0; j < G_N_ELEMENTS (writes); j++)
      {
        WriteCase *c = &cases[i * G_N_ELEMENTS (writes) + j];
        g_autofree char *name = g_strdup_printf ("/model/database-faults/%s/%s", write_faults[i].name, writes[j].name);

        c->fault = &write_faults[i];
        c->write = &writes[j];
        g_test_add (name, FaultFixture, c, fault_set_up, test_write_fault, fault_tear_down);
      }
  g_test_add ("/model/database-faults/busy/reader", FaultFixture, NULL, fault_set_up, test_busy_reader,
              fault_tear_down);
  g_test_add ("/model/database-faults/unreadable-file", FaultFixture, NULL, fault_set_up, test_unreadable_file,
              fault_tear_down);
  g_test_add ("/model/database-faults/rolled-back-by-sqlite", FaultFixture, NULL, fault_set_up,
              test_rolled_back_by_sqlite, fault_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autofree char *name = g_strdup_printf ("/model/database-faults/damaged/%s", damages[i].name);

      g_test_add (name, FaultFixture, &damages[i], fault_set_up, test_damaged, fault_tear_down);
    }
  for (guint i = 0; i < G_N_ELEMENTS (read_onlies); i++)
    {
      g_autofree char *name = g_strdup_printf ("/model/database-faults/read-only/%s", read_onlies[i].name);

      g_test_add_data_func (name, &read_onlies[i], test_read_only);
    }

  return g_test_run ();
}
