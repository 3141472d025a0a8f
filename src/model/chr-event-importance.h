/* chr-event-importance.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-event-merge.h"

G_BEGIN_DECLS

/* How much a collection talks of each day, and how many of its articles
 * could have: chr_attention_new(). */
typedef struct _ChrAttention ChrAttention;

ChrAttention *chr_attention_new     (void);
void          chr_attention_add     (ChrAttention       *attention,
                                     const ChrCandidate *candidate);
void          chr_attention_finish  (ChrAttention       *attention);
ChrAttention *chr_attention_new_for (const ChrCandidate *candidates,
                                     guint               n_candidates);
void          chr_attention_free    (ChrAttention       *attention);
double        chr_event_importance (const ChrCandidate *candidates,
                                    GArray             *members,
                                    const ChrInterval  *interval,
                                    const ChrAttention *attention);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrAttention, chr_attention_free)

G_END_DECLS
