/* chr-image-export.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "chr-database.h"
#include "chr-date-format.h"
#include "chr-palette.h"
#include "chr-timeline-index.h"

G_BEGIN_DECLS

typedef enum
{
  CHR_IMAGE_FORMAT_PNG,
  CHR_IMAGE_FORMAT_SVG,
  CHR_IMAGE_FORMAT_PDF,
} ChrImageFormat;

typedef enum
{
  CHR_PAGE_SIZE_FIT,               /* one page as large as the picture */
  CHR_PAGE_SIZE_A4,                /* landscape */
  CHR_PAGE_SIZE_LETTER,            /* landscape */
} ChrPageSize;

/* What to export, and how. chr_image_request_init() fills in the defaults. */
typedef struct
{
  ChrImageFormat    format;
  ChrTimelineIndex *index;         /* the events, filtered as on screen */
  gint64            begin;         /* the stretch of time; begin >= end for the whole timeline */
  gint64            end;
  double            width;         /* the timeline, in pixels (points in PDF); on pages, across them all: 0 for one page */
  double            height;        /* the timeline; on pages, 0 to fill the page */
  double            scale;         /* PNG: pixels per point, 2 for a high density screen, DPI / 96 for print */
  const char       *title;         /* nullable */
  const char       *subtitle;      /* nullable */
  ChrPalette        palette;
  GPtrArray        *legend;        /* ChrTag to list under the timeline, nullable */
  ChrDatabase      *sources;       /* where footnotes come from, nullable for none */
  ChrPageSize       page;          /* PDF only */
  guint             n_pages;       /* on pages: how many the timeline spans, rather than from width; 0 for width */
  const PangoFontDescription *font; /* nullable: GNOME's UI font */
  const cairo_font_options_t *font_options; /* nullable: Cairo's; a view's own, for a copy of it */
  double            resolution;    /* of the fonts, in dots per inch: 96, or the screen's */
  ChrDateOptions    date_options;  /* how cards, ticks and footnotes say dates */
} ChrImageRequest;

/* An export laid out, ready to draw page by page or to write. */
typedef struct _ChrImageExport ChrImageExport;

/* How far a write is, from 0 to 1; called on the writing thread. */
typedef void (*ChrExportProgress) (double   fraction,
                                   gpointer user_data);

void            chr_image_request_init         (ChrImageRequest       *request,
                                                ChrImageFormat         format,
                                                ChrTimelineIndex      *index);
gboolean        chr_image_format_from_name     (const char            *name,
                                                ChrImageFormat        *format);
ChrImageExport *chr_image_export_new           (const ChrImageRequest *request,
                                                GCancellable          *cancellable,
                                                GError               **error);
void            chr_image_export_free          (ChrImageExport        *self);
guint           chr_image_export_get_n_pages   (ChrImageExport        *self);
void            chr_image_export_get_page_size (ChrImageExport        *self,
                                                double                *width,
                                                double                *height);
void            chr_image_export_draw_page     (ChrImageExport        *self,
                                                cairo_t               *cr,
                                                guint                  page);
cairo_surface_t *chr_image_export_render_page  (ChrImageExport        *self,
                                                guint                  page,
                                                double                 scale);
void            chr_image_export_set_progress  (ChrImageExport        *self,
                                                ChrExportProgress      progress,
                                                gpointer               user_data);
gboolean        chr_image_export_write         (ChrImageExport        *self,
                                                GOutputStream         *out,
                                                GCancellable          *cancellable,
                                                GError               **error);

gboolean        chr_image_export_write_file    (ChrImageExport        *self,
                                                GFile                 *target,
                                                GCancellable          *cancellable,
                                                GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrImageExport, chr_image_export_free)

G_END_DECLS
