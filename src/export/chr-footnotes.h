/* chr-footnotes.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-database.h"
#include "chr-date-format.h"

G_BEGIN_DECLS

/* One labelled event of an exported picture and the articles behind it,
 * as Pango markup ready to set. */
typedef struct
{
  guint  number;                   /* from 1, in the order the cards are drawn */
  gint64 event_id;
  char  *markup;
} ChrFootnote;

/* Numbers events and writes their footnotes from the timeline file. */
typedef struct _ChrFootnotes ChrFootnotes;

ChrFootnotes      *chr_footnotes_new        (ChrDatabase          *db,
                                             const ChrDateOptions *options,
                                             GError              **error);
void               chr_footnotes_free       (ChrFootnotes  *self);
guint              chr_footnotes_number     (ChrFootnotes  *self,
                                             gint64         event_id);
gboolean           chr_footnotes_write      (ChrFootnotes  *self,
                                             GCancellable  *cancellable,
                                             GError       **error);
guint              chr_footnotes_get_n      (ChrFootnotes  *self);
const ChrFootnote *chr_footnotes_get        (ChrFootnotes  *self,
                                             guint          index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrFootnotes, chr_footnotes_free)

G_END_DECLS
