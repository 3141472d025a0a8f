/* chr-svg-text.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* Keeps text as text in an SVG that Cairo draws: Cairo writes glyphs as
 * shapes, so the text is gathered here instead (chr_svg_text_show(), a
 * ChrTextSink) and written as <text> elements into Cairo's document. */
typedef struct _ChrSvgText ChrSvgText;

ChrSvgText *chr_svg_text_new    (void);
void        chr_svg_text_free   (ChrSvgText  *self);
void        chr_svg_text_show   (cairo_t     *cr,
                                 PangoLayout *layout,
                                 gpointer     self);
gboolean    chr_svg_text_insert (ChrSvgText  *self,
                                 GString     *svg);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrSvgText, chr_svg_text_free)

G_END_DECLS
