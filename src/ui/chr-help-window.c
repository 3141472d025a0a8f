/* chr-help-window.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-help-window"

#include "config.h"

#include "chr-help-window.h"

/* The user guide where Yelp is missing: the Mallard pages of help/C, compiled into the
 * program, shown one after the other as headings and paragraphs. Links, the page
 * information and the index's list of topics are left out; a table row is one line. */

struct _ChrHelpWindow
{
  AdwWindow  parent_instance;

  GtkBox    *pages;
};

G_DEFINE_FINAL_TYPE (ChrHelpWindow, chr_help_window, ADW_TYPE_WINDOW)

/* In the order the guide reads. */
static const char * const page_ids[] = { "index", "timelines", "import", "explore", "edit", "export", "preferences", "shortcuts" };

typedef struct
{
  GtkBox  *box;
  GString *text;
  guint    skip_depth;     /* > 0 inside <info> or <section> */
  char    *block;          /* "title", "p" or "tr" being read, or NULL */
  guint    n_titles;
  guint    n_keys;         /* keys read so far in the current <keyseq> */
  gboolean in_keyseq;
} PageParser;

static void
add_block (PageParser *parser)
{
  GtkWidget *label;
  g_autofree char *text = g_strstrip (g_strdup (parser->text->str));

  if (*text == '\0')
    return;

  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (g_str_equal (parser->block, "title"))
    {
      gtk_widget_add_css_class (label, parser->n_titles == 0 ? "title-2" : "heading");
      if (parser->n_titles == 0)
        gtk_widget_set_margin_top (label, 12);
      parser->n_titles++;
    }
  gtk_box_append (parser->box, label);
}

static void
on_start_element_cb (GMarkupParseContext  *context,
                     const char           *element_name,
                     const char          **attribute_names,
                     const char          **attribute_values,
                     gpointer              user_data,
                     GError              **error)
{
  PageParser *parser = user_data;

  if (parser->skip_depth > 0 || g_str_equal (element_name, "info") || g_str_equal (element_name, "section"))
    {
      parser->skip_depth++;
      return;
    }

  if (parser->block == NULL)
    {
      if (g_str_equal (element_name, "title") || g_str_equal (element_name, "p") || g_str_equal (element_name, "tr"))
        {
          parser->block = g_strdup (element_name);
          g_string_truncate (parser->text, 0);
        }
      return;
    }

  if (g_str_equal (element_name, "td") && parser->text->len > 0)
    g_string_append (parser->text, " — ");
  else if (g_str_equal (element_name, "keyseq"))
    {
      parser->in_keyseq = TRUE;
      parser->n_keys = 0;
    }
  else if (g_str_equal (element_name, "key") && parser->in_keyseq && parser->n_keys++ > 0)
    g_string_append_c (parser->text, '+');
}

static void
on_end_element_cb (GMarkupParseContext  *context,
                   const char           *element_name,
                   gpointer              user_data,
                   GError              **error)
{
  PageParser *parser = user_data;

  if (parser->skip_depth > 0)
    {
      parser->skip_depth--;
      return;
    }

  if (g_str_equal (element_name, "keyseq"))
    parser->in_keyseq = FALSE;
  else if (parser->block != NULL && g_str_equal (element_name, parser->block))
    {
      add_block (parser);
      g_clear_pointer (&parser->block, g_free);
    }
}

static void
on_text_cb (GMarkupParseContext  *context,
            const char           *text,
            gsize                 text_len,
            gpointer              user_data,
            GError              **error)
{
  PageParser *parser = user_data;

  if (parser->skip_depth > 0 || parser->block == NULL)
    return;

  /* Line breaks and indentation in the page are one space in the text. */
  for (gsize i = 0; i < text_len; i++)
    {
      if (g_ascii_isspace (text[i]))
        {
          if (parser->text->len > 0 && parser->text->str[parser->text->len - 1] != ' ')
            g_string_append_c (parser->text, ' ');
        }
      else
        g_string_append_c (parser->text, text[i]);
    }
}

static const GMarkupParser page_parser = {
  on_start_element_cb,
  on_end_element_cb,
  on_text_cb,
  NULL,
  NULL,
};

static void
add_page (ChrHelpWindow *self,
          const char    *id)
{
  g_autofree char *path = g_strdup_printf ("/org/chronicle/Chronicle/help/%s.page", id);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GMarkupParseContext) context = NULL;
  g_autoptr (GError) error = NULL;
  PageParser parser = { self->pages, g_string_new (NULL), 0, NULL, 0, 0, FALSE };
  gsize len;
  const char *data;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      g_warning ("No help page %s: %s", id, error->message);
      g_string_free (parser.text, TRUE);
      return;
    }

  data = g_bytes_get_data (bytes, &len);
  context = g_markup_parse_context_new (&page_parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &parser, NULL);
  if (!g_markup_parse_context_parse (context, data, len, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    g_warning ("Cannot read help page %s: %s", id, error->message);

  g_free (parser.block);
  g_string_free (parser.text, TRUE);
}

static void
chr_help_window_class_init (ChrHelpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chronicle/Chronicle/ui/chr-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChrHelpWindow, pages);
}

static void
chr_help_window_init (ChrHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (page_ids); i++)
    {
      if (i > 0)
        gtk_box_append (self->pages, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
      add_page (self, page_ids[i]);
    }
}

/**
 * chr_help_window_new:
 * @application: Chronicle
 * @parent: (nullable): the window it was asked from
 *
 * Returns: (transfer none): a new help window, owned by its application
 */
ChrHelpWindow *
chr_help_window_new (GtkApplication *application,
                     GtkWindow      *parent)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (CHR_TYPE_HELP_WINDOW,
                       "application", application,
                       "transient-for", parent,
                       NULL);
}
