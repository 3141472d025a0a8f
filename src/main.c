/* main.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chronicle"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "chr-application.h"
#include "chr-install-dirs.h"
#include "chr-timeline-index.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(ChrApplication) app = NULL;

  setlocale (LC_ALL, "");
  chr_timeline_index_tune_allocator ();
  bindtextdomain (GETTEXT_PACKAGE, chr_install_dirs_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Chronicle"));
  app = chr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
