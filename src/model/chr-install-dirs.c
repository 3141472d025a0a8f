/* chr-install-dirs.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-install-dirs"

#include "config.h"

#include "chr-install-dirs.h"

/* The folders the programs read their data from. They are found relative to the
 * running executable (`<prefix>/<bindir>/chronicle` → `<prefix>/<datadir>/chronicle`),
 * so an installed tree that was moved, or staged with DESTDIR, reads its own files;
 * when nothing is there (a build tree), the folders configured at build time are used. */

static char *
find_relative_to_executable (const char *relative_dir)
{
  g_autofree char *exe = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *dir = NULL;
  g_auto (GStrv) bin_parts = NULL;

  if (g_path_is_absolute (BINDIR_RELATIVE) || g_path_is_absolute (relative_dir))
    return NULL;

  exe = g_file_read_link ("/proc/self/exe", NULL);
  if (exe == NULL)
    return NULL;

  /* Up from the executable's folder once per component of the bindir. */
  prefix = g_path_get_dirname (exe);
  bin_parts = g_strsplit (BINDIR_RELATIVE, G_DIR_SEPARATOR_S, -1);
  for (guint i = 0; bin_parts[i] != NULL; i++)
    {
      char *up;

      if (*bin_parts[i] == '\0' || g_str_equal (bin_parts[i], "."))
        continue;
      up = g_path_get_dirname (prefix);
      g_free (prefix);
      prefix = up;
    }

  dir = g_build_filename (prefix, relative_dir, NULL);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_steal_pointer (&dir);
}

static const char *
find_dir (char       **cache,
          const char  *relative_dir,
          const char  *configured)
{
  if (g_once_init_enter (cache))
    {
      char *dir = find_relative_to_executable (relative_dir);

      g_once_init_leave (cache, dir != NULL ? dir : g_strdup (configured));
    }
  return *cache;
}

/* The package's data folder, which holds samples/: `<prefix>/<datadir>/chronicle`
 * next to the executable, else the configured `PKGDATADIR`. */
static const char *
get_pkgdatadir (void)
{
  static char *pkgdatadir;

  return find_dir (&pkgdatadir, PKGDATADIR_RELATIVE, PKGDATADIR);
}

/**
 * chr_install_dirs_get_localedir:
 *
 * Where the translations are: `<prefix>/<localedir>` next to the executable,
 * else the configured `LOCALEDIR`. `CHRONICLE_LOCALEDIR` names another
 * folder, such as the build tree's po/, to try translations uninstalled.
 *
 * Returns: (transfer none): a folder name
 */
const char *
chr_install_dirs_get_localedir (void)
{
  static char *localedir;
  const char *asked = g_getenv ("CHRONICLE_LOCALEDIR");

  if (asked != NULL && *asked != '\0')
    return asked;
  return find_dir (&localedir, LOCALEDIR_RELATIVE, LOCALEDIR);
}

/**
 * chr_install_dirs_get_samples_dir:
 *
 * The bundled sample corpus: the folder named by `CHRONICLE_SAMPLES_DIR`
 * (set when running from a build tree), else the one installed with the app
 * (the package data folder next to the executable). The binary names no folder of the
 * source tree, so it can be installed anywhere.
 *
 * Returns: (transfer full) (nullable): a folder, or %NULL if there is none
 */
char *
chr_install_dirs_get_samples_dir (void)
{
  const char *dir = g_getenv ("CHRONICLE_SAMPLES_DIR");
  g_autofree char *installed = NULL;

  if (dir == NULL || *dir == '\0')
    dir = installed = g_build_filename (get_pkgdatadir (), "samples", NULL);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_strdup (dir);
}
