/* chr-timeml-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timeml-export"

#include "config.h"

#include <string.h>

#include "chr-export-file.h"
#include "chr-timeml-export.h"
#include "chr-timeml.h"
#include "chr-timex.h"

/* TimeML, one document for each article: its publication date as the DCT,
 * its whole text in <TEXT>, tagged with TIMEX3 exactly as `chronicle-cli
 * timeml` tags a document (the same parse, scan and annotate). */

#define SLUG_MAX 40

/* The document before tagging: what `chronicle-cli timeml` would be given. */
static char *
plain_document (const ChrArticle *article,
                gint64            article_id)
{
  g_autofree char *title = g_markup_escape_text (article->title ? article->title : "", -1);
  g_autofree char *text = g_markup_escape_text (article->text, (gssize) article->length);
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");

  g_string_append_printf (out, "<DOCID>%" G_GINT64_FORMAT "</DOCID>\n", article_id);
  if (article->published != NULL)
    {
      g_autofree char *dct = g_markup_escape_text (article->published, -1);

      g_string_append_printf (out, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" temporalFunction=\"false\""
                              " functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n", dct, dct);
    }
  g_string_append_printf (out, "<TITLE>%s</TITLE>\n<TEXT>%s</TEXT>\n</TimeML>\n", title, text);
  return g_string_free (out, FALSE);
}

/**
 * chr_timeml_export_article:
 * @article: an article's text and details (chr_database_get_article())
 * @article_id: its id
 * @length: (out): the document's length
 *
 * Returns: (transfer full): the TimeML document, its <TEXT> the article's
 *   text (escaped) with the TIMEX3 tags the engine finds
 */
char *
chr_timeml_export_article (const ChrArticle *article,
                           gint64            article_id,
                           gsize            *length)
{
  g_autofree char *plain = NULL;
  g_autoptr(ChrTimemlDocument) document = NULL;
  g_autoptr(GArray) found = NULL;
  ChrInterval dct;
  gboolean has_dct;

  g_return_val_if_fail (article != NULL && article->text != NULL, NULL);

  plain = plain_document (article, article_id);
  document = chr_timeml_document_parse (plain, strlen (plain), NULL);
  g_assert (document != NULL);
  has_dct = document->dct != NULL && chr_timex_value_to_interval (document->dct, &dct);
  found = chr_timex_scan (document->plain, document->plain_length, has_dct ? &dct : NULL);
  return chr_timeml_document_annotate (document, found, length);
}

/**
 * chr_timeml_export_file_name:
 * @article_id: an article's id
 * @title: (nullable): its title
 *
 * Returns: (transfer full): "0007-russia-annexes-crimea.tml": the id, so
 *   that names never collide, and the title as lower-case ASCII words
 */
char *
chr_timeml_export_file_name (gint64      article_id,
                             const char *title)
{
  g_autofree char *ascii = g_str_to_ascii (title ? title : "", "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p && slug->len < SLUG_MAX; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "article");
  g_string_prepend_c (slug, '-');
  g_string_append (slug, ".tml");
  {
    g_autofree char *id = g_strdup_printf ("%04" G_GINT64_FORMAT, article_id);

    g_string_prepend (slug, id);
  }
  return g_string_free (slug, FALSE);
}

static gboolean
make_folder (GFile         *folder,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_make_directory_with_parents (folder, cancellable, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * chr_timeml_export_folder:
 * @db: the timeline
 * @folder: where to write; made if it is not there
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes a .tml file for each article (chr_timeml_export_file_name()), each
 * whole or not at all.
 */
gboolean
chr_timeml_export_folder (ChrDatabase   *db,
                          GFile         *folder,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (CHR_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (!make_folder (folder, cancellable, error) || !(ids = chr_database_list_article_ids (db, error)))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(ChrArticle) article = NULL;
      g_autofree char *name = NULL;
      g_autofree char *document = NULL;
      g_autoptr(GFile) target = NULL;
      gsize length = 0;

      if (!(article = chr_database_get_article (db, id, error)))
        return FALSE;
      name = chr_timeml_export_file_name (id, article->title);
      document = chr_timeml_export_article (article, id, &length);
      target = g_file_get_child (folder, name);
      if (!chr_export_file_replace_contents (target, document, length, cancellable, error))
        return FALSE;
    }
  return TRUE;
}
