/* chr-html-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* What the parts of the HTML article reader share: the decoder turns a
 * page's bytes into UTF-8, the noise tables say what each element is and
 * how sure it is that it is not the article, and the linked-data reader
 * takes the article's details from the page's JSON-LD. */

/* How sure it is that an element is not the article. */
typedef enum
{
  NOISE_NONE,
  NOISE_FURNITURE,                 /* header, footer, sidebar: a page's wrapper may be named so */
  NOISE_BOILERPLATE,               /* menus, buttons, banners, ads, bylines, captions */
  NOISE_OFF_TOPIC,                 /* other stories */
  NOISE_NEVER,                     /* readers' comments, scripts, hidden elements */
} Noise;

typedef enum
{
  TAG_INLINE = 1 << 0,             /* text flows through it */
  TAG_PARAGRAPH = 1 << 1,          /* scored as a paragraph */
  TAG_LOOSE_TEXT = 1 << 2,         /* text directly inside is scored as a paragraph */
  TAG_TEXT_BLOCK = 1 << 3,         /* holds running text: its inline children are part of it */
  TAG_CELL = 1 << 4,               /* a table cell: a space between neighbours */
  TAG_NO_TEXT = 1 << 5,            /* never shown as text */
} TagFlags;

typedef struct
{
  const char *name;
  TagFlags    flags;
  Noise       noise;
} TagInfo;


typedef struct
{
  char *published;                 /* as chr_article_record_date() keeps it */
  char *author;                    /* names joined by commas */
  char *publisher;
} LinkedData;

void     _chr_html_linked_data_clear (LinkedData     *data);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LinkedData, _chr_html_linked_data_clear)

char          *_chr_html_decode            (const char     *data,
                                            gsize           length,
                                            const char     *name,
                                            gsize          *out_length,
                                            GError        **error);
const TagInfo *_chr_html_tag_info          (const xmlNode  *node);
Noise          _chr_html_element_noise     (const xmlNode  *node);
char          *_chr_html_get_attribute     (const xmlNode  *node,
                                            const char     *name);
gboolean       _chr_html_has_token         (const char     *value,
                                            const char     *token);
char          *_chr_html_clean_value       (const char     *value);
void           _chr_html_read_linked_data  (GPtrArray      *scripts,
                                            LinkedData     *data);

G_END_DECLS
