/* main.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chronicle"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "chr-application.h"
#include "chr-timeline-index.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(ChrApplication) app = NULL;
  const char *localedir = g_getenv ("CHRONICLE_LOCALEDIR");

  setlocale (LC_ALL, "");
  chr_timeline_index_tune_allocator ();
  /* CHRONICLE_LOCALEDIR points at uncommitted translations, such as the
   * build tree's po/ folder, to try them without installing. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Chronicle"));
  app = chr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
