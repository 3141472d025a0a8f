/* chr-image-export-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-export-sheet.h"
#include "chr-footnotes.h"
#include "chr-image-export.h"
#include "chr-timeline-layout.h"
#include "chr-timeline-painter.h"

G_BEGIN_DECLS

/* What chr-image-export.c lays out and chr-image-export-write.c writes. */
/* One page: its timeline, or footnotes only; and the footnotes it lists. */
typedef struct
{
  ChrTimelineLayout *layout;       /* NULL on a page of footnotes */
  guint              first_note;
  guint              n_notes;
} ChrExportPage;

struct _ChrImageExport
{
  ChrImageFormat      format;
  ChrPageSize         page_size;
  double              scale;
  ChrPalette          palette;
  char               *title;
  double              page_width;
  double              page_height;
  double              margin;
  double              header_height;
  double              timeline_height;
  double              caption_height;  /* under the timeline, on pages that continue */
  double              legend_height;
  PangoFontMap       *font_map;
  PangoContext       *context;
  ChrTimelinePainter *painter;
  ChrExportSheet     *sheet;
  ChrFootnotes       *footnotes;       /* nullable */
  GArray             *pages;           /* ChrExportPage */
  guint               n_timeline_pages;
  ChrExportProgress   progress;        /* nullable */
  gpointer            progress_data;
};

G_END_DECLS
