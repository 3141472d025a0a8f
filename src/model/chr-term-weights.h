/* chr-term-weights.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How telling each word of a collection's statements is: chr_term_weights_new(). */
typedef struct _ChrTermWeights ChrTermWeights;

ChrTermWeights *chr_term_weights_new  (void);
void            chr_term_weights_add  (ChrTermWeights     *self,
                                       gint64              article_id,
                                       char              **terms);
double          chr_term_weights_get  (const ChrTermWeights *self,
                                       const char         *term);
void            chr_term_weights_free (ChrTermWeights     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrTermWeights, chr_term_weights_free)

G_END_DECLS
