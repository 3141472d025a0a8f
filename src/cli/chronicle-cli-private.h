/* chronicle-cli-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "chr-database.h"

G_BEGIN_DECLS

/* What the files of chronicle-cli share: its exit statuses, how a verb
 * opens the timeline and reports, and the verbs each file defines. */

enum
{
  EXIT_OK = 0,
  EXIT_USER_ERROR = 1,
  EXIT_USAGE = 2,
};

typedef int (*ChrCliCommand) (const char  *db_path,
                              int          argc,
                              char       **argv);

int          _chr_cli_usage_error        (GOptionContext  *context,
                                          const char      *message);
int          _chr_cli_user_error         (const char      *message);
ChrDatabase *_chr_cli_open_database      (const char      *db_path,
                                          GError         **error);
int          _chr_cli_print_json         (JsonNode        *node);
gboolean     _chr_cli_parse_list_options (const char      *summary,
                                          const char      *no_arguments,
                                          int              argc,
                                          char           **argv,
                                          gboolean        *json,
                                          int             *status);

/* chronicle-cli-edit.c */
int _chr_cli_add_event    (const char *db_path, int argc, char **argv);
int _chr_cli_edit_event   (const char *db_path, int argc, char **argv);
int _chr_cli_note         (const char *db_path, int argc, char **argv);
int _chr_cli_hide         (const char *db_path, int argc, char **argv);
int _chr_cli_unhide       (const char *db_path, int argc, char **argv);
int _chr_cli_delete_event (const char *db_path, int argc, char **argv);
int _chr_cli_merge        (const char *db_path, int argc, char **argv);
int _chr_cli_split        (const char *db_path, int argc, char **argv);
int _chr_cli_detach       (const char *db_path, int argc, char **argv);
int _chr_cli_attach       (const char *db_path, int argc, char **argv);

/* chronicle-cli-tags.c */
int _chr_cli_tag          (const char *db_path, int argc, char **argv);
int _chr_cli_tags         (const char *db_path, int argc, char **argv);

/* chronicle-cli-history.c */
int _chr_cli_undo         (const char *db_path, int argc, char **argv);
int _chr_cli_redo         (const char *db_path, int argc, char **argv);
int _chr_cli_history      (const char *db_path, int argc, char **argv);
int _chr_cli_orphans      (const char *db_path, int argc, char **argv);

/* chronicle-cli-export.c */
int      _chr_cli_export         (const char *db_path, int argc, char **argv);
int      _chr_cli_import_archive (const char *db_path, const char *path);

/* chronicle-cli-search.c */
int _chr_cli_search       (const char *db_path, int argc, char **argv);

/* chronicle-cli.c, for the verbs that take --from and --to */
gboolean _chr_cli_parse_range_option (const char  *text,
                                      gboolean     is_end,
                                      gint64      *value,
                                      GError     **error);

/* chronicle-cli-edit.c, for the verbs that name an event */
gboolean _chr_cli_parse_event_id (const char  *text,
                                  gint64      *id,
                                  GError     **error);

G_END_DECLS
