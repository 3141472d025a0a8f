/* test-samples.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-importer.h"
#include "test-util.h"

G_BEGIN_DECLS

/* A timeline file in a folder of its own, holding the seed articles. */
typedef struct
{
  char        *dir;
  char        *db_path;
  ChrDatabase *db;
} ChrTestSamples;

static inline char *
chr_test_samples_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
}

static inline void
chr_test_samples_reopen (ChrTestSamples *samples)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&samples->db);
  samples->db = chr_database_open (samples->db_path, &error);
  g_assert_no_error (error);
}

/* Imports the five seed articles into a new file under a temporary folder. */
static inline void
chr_test_samples_set_up (ChrTestSamples *samples)
{
  g_autofree char *dir = chr_test_samples_dir ();
  const char * const paths[] = { dir, NULL };
  g_autoptr(ChrImportReport) report = NULL;

  samples->dir = g_dir_make_tmp ("chronicle-samples-XXXXXX", NULL);
  g_assert_nonnull (samples->dir);
  samples->db_path = g_build_filename (samples->dir, "t.db", NULL);
  chr_test_samples_reopen (samples);
  report = chr_importer_import_paths (samples->db, paths, NULL, NULL);
  g_assert_cmpuint (report->errors->len, ==, 0);
  g_assert_cmpuint (report->n_added, ==, 5);
}

static inline void
chr_test_samples_tear_down (ChrTestSamples *samples)
{
  g_clear_object (&samples->db);
  chr_test_remove_tree (samples->dir);
  g_clear_pointer (&samples->dir, g_free);
  g_clear_pointer (&samples->db_path, g_free);
}

G_END_DECLS
