/* chr-user-layer.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-event-merge.h"

G_BEGIN_DECLS

/* An excerpt named for good: its article and the byte span of its date
 * phrase, which extracting the article again does not move. */
typedef struct
{
  gint64 article_id;
  gint64 start;
  gint64 end;
} ChrAnchor;

/* The user's hand on one event: an event they made, or an extracted one
 * they changed. Fields left unset keep what extraction says. */
typedef struct
{
  gint64       id;
  gboolean     made_by_user;
  gboolean     has_anchor;         /* an extracted event's: one of its excerpts */
  ChrAnchor    anchor;
  char        *title;              /* nullable: extraction's */
  gboolean     has_interval;
  ChrInterval  interval;
  gboolean     period;             /* with has_interval: a period from begin to end */
  int          approximate;        /* -1: extraction's; else 0 or 1 */
  gboolean     starred;
  gboolean     hidden;
  char        *note;               /* nullable */
} ChrAnnotation;

/* An excerpt the user put in an event (merge, split, attach), or took out
 * of every event (annotation_id 0). */
typedef struct
{
  ChrAnchor anchor;
  gint64    annotation_id;
} ChrExcerptPin;

/* An event as shown: what extraction merged, with the user's layer on it. */
typedef struct
{
  const ChrAnnotation *annotation; /* nullable: as extracted */
  const char          *title;      /* owned by the candidates or the annotation */
  ChrInterval          interval;
  guint                flags;      /* ChrEventFlags, the user's included */
  GArray              *members;    /* guint indices into the candidates, ascending */
  guint                n_articles;
  double               importance; /* chr_event_importance() of the members */
} ChrLayeredEvent;

GPtrArray *chr_user_layer_apply        (const ChrCandidate   *candidates,
                                        const ChrAnchor      *anchors,
                                        guint                 n_candidates,
                                        GPtrArray            *merged,
                                        GPtrArray            *annotations,
                                        const ChrExcerptPin  *pins,
                                        guint                 n_pins,
                                        const ChrAttention   *attention);
guint      chr_annotation_flags        (const ChrAnnotation  *annotation,
                                        guint                 extracted);
void       chr_annotation_free         (ChrAnnotation        *annotation);
void       chr_layered_event_free      (ChrLayeredEvent      *event);
guint      chr_anchor_hash             (gconstpointer         anchor);
gboolean   chr_anchor_equal            (gconstpointer         a,
                                        gconstpointer         b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrAnnotation, chr_annotation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrLayeredEvent, chr_layered_event_free)

G_END_DECLS
