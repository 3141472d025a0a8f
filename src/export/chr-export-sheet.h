/* chr-export-sheet.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "chr-palette.h"
#include "chr-timeline-painter.h"

G_BEGIN_DECLS

/* What an exported picture shows around its timeline: the title, the tag
 * legend, the footnotes and their numbers on the cards, the marks where a
 * page continues. Measured for one width; drawn through a text sink when
 * one is set. */
typedef struct _ChrExportSheet ChrExportSheet;

ChrExportSheet *chr_export_sheet_new            (PangoContext   *context,
                                                 const ChrPalette *palette,
                                                 double          width);
void            chr_export_sheet_free           (ChrExportSheet *self);
void            chr_export_sheet_set_text_sink  (ChrExportSheet *self,
                                                 ChrTextSink     sink,
                                                 gpointer        user_data);
double          chr_export_sheet_set_header     (ChrExportSheet *self,
                                                 const char     *title,
                                                 const char     *subtitle);
double          chr_export_sheet_set_legend     (ChrExportSheet *self,
                                                 GPtrArray      *tags);
double          chr_export_sheet_add_note       (ChrExportSheet *self,
                                                 guint           number,
                                                 const char     *markup);
double          chr_export_sheet_get_caption_height (ChrExportSheet *self);
double          chr_export_sheet_get_sources_height (ChrExportSheet *self);
void            chr_export_sheet_draw_sources   (ChrExportSheet *self,
                                                 cairo_t        *cr,
                                                 double          x,
                                                 double          y);
void            chr_export_sheet_draw_header    (ChrExportSheet *self,
                                                 cairo_t        *cr,
                                                 double          x,
                                                 double          y);
void            chr_export_sheet_draw_legend    (ChrExportSheet *self,
                                                 cairo_t        *cr,
                                                 double          x,
                                                 double          y);
double          chr_export_sheet_draw_note      (ChrExportSheet *self,
                                                 cairo_t        *cr,
                                                 guint           index,
                                                 double          x,
                                                 double          y);
void            chr_export_sheet_draw_badge     (ChrExportSheet *self,
                                                 cairo_t        *cr,
                                                 double          x,
                                                 double          y,
                                                 guint           number);
void            chr_export_sheet_draw_caption   (ChrExportSheet *self,
                                                 cairo_t        *cr,
                                                 double          x,
                                                 double          y,
                                                 const char     *text,
                                                 gboolean        right_aligned);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrExportSheet, chr_export_sheet_free)

G_END_DECLS
