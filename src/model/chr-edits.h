/* chr-edits.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-database.h"
#include "chr-user-layer.h"

G_BEGIN_DECLS

#define CHR_EDIT_ERROR (chr_edit_error_quark ())

/* Why an edit was refused; nothing was changed. */
typedef enum
{
  CHR_EDIT_ERROR_INVALID = 1,      /* what was asked makes no sense (an empty title, an end before the begin) */
  CHR_EDIT_ERROR_GONE,             /* the event or tag is not there (another program may have removed it) */
  CHR_EDIT_ERROR_TAKEN,            /* a tag of that name exists */
  CHR_EDIT_ERROR_NOTHING,          /* nothing to undo or redo */
} ChrEditError;

typedef enum
{
  CHR_EVENT_CHANGE_TITLE       = 1 << 0,
  CHR_EVENT_CHANGE_DATE        = 1 << 1,
  CHR_EVENT_CHANGE_APPROXIMATE = 1 << 2,
  CHR_EVENT_CHANGE_STARRED     = 1 << 3,
  CHR_EVENT_CHANGE_HIDDEN      = 1 << 4,
  CHR_EVENT_CHANGE_NOTE        = 1 << 5,
} ChrEventChangeFields;

/* Words of an article the user chose as a new event's excerpt: bytes
 * [start, end) of its text, and the date phrase in them, if any. */
typedef struct
{
  gint64 article_id;               /* 0: none */
  gint64 start;
  gint64 end;
  gint64 phrase_start;             /* equal to phrase_end when the words hold no date */
  gint64 phrase_end;
} ChrPassage;

/* What an edit sets on an event; only the fields named in @fields. */
typedef struct
{
  guint        fields;             /* ChrEventChangeFields */
  const char  *title;
  ChrInterval  interval;
  gboolean     period;             /* the interval runs from its begin to its end, both ends meant */
  gboolean     approximate;
  gboolean     starred;
  gboolean     hidden;
  const char  *note;               /* nullable: no note */
  ChrPassage   passage;            /* a new event's excerpt; article_id 0 for none */
} ChrEventChange;

/* The colours a tag may take: a palette readable in light, dark and high contrast. */
#define CHR_TAG_N_COLORS 8

GQuark    chr_edit_error_quark      (void);
const char *chr_edit_kind_describe  (const char           *kind);
gboolean  chr_edits_add_event       (ChrDatabase          *db,
                                     const ChrEventChange *change,
                                     gint64               *event_id,
                                     GError              **error);
gboolean  chr_edits_add_tagged_event (ChrDatabase         *db,
                                     const ChrEventChange *change,
                                     const char * const   *tags,
                                     gint64               *event_id,
                                     GError              **error);
gboolean  chr_edits_change_event    (ChrDatabase          *db,
                                     gint64                event_id,
                                     const ChrEventChange *change,
                                     GError              **error);
gboolean  chr_edits_delete_event    (ChrDatabase          *db,
                                     gint64                event_id,
                                     GError              **error);
gboolean  chr_edits_merge_events    (ChrDatabase          *db,
                                     const gint64         *event_ids,
                                     guint                 n_events,
                                     gint64                title_from,
                                     gint64                date_from,
                                     gint64               *merged_id,
                                     GError              **error);
gboolean  chr_edits_split_event     (ChrDatabase          *db,
                                     gint64                event_id,
                                     const ChrAnchor      *excerpts,
                                     guint                 n_excerpts,
                                     gint64               *new_id,
                                     GError              **error);
gboolean  chr_edits_detach_excerpt  (ChrDatabase          *db,
                                     gint64                event_id,
                                     const ChrAnchor      *excerpt,
                                     GError              **error);
gboolean  chr_edits_attach_excerpt  (ChrDatabase          *db,
                                     const ChrAnchor      *excerpt,
                                     gint64                event_id,
                                     GError              **error);
gint64    chr_edits_create_tag      (ChrDatabase          *db,
                                     const char           *name,
                                     guint                 color,
                                     GError              **error);
gboolean  chr_edits_rename_tag      (ChrDatabase          *db,
                                     gint64                tag_id,
                                     const char           *name,
                                     GError              **error);
gboolean  chr_edits_set_tag_color   (ChrDatabase          *db,
                                     gint64                tag_id,
                                     guint                 color,
                                     GError              **error);
gboolean  chr_edits_tag_event       (ChrDatabase          *db,
                                     gint64                event_id,
                                     gint64                tag_id,
                                     gboolean              add,
                                     GError              **error);
gboolean  chr_edits_tag_event_named (ChrDatabase          *db,
                                     gint64                event_id,
                                     const char           *name,
                                     gboolean              add,
                                     GError              **error);
gint64    chr_edits_find_event      (ChrDatabase          *db,
                                     gint64                annotation_id);
gint64    chr_edits_find_event_of_excerpt (ChrDatabase    *db,
                                     const ChrAnchor      *excerpt);
gint64    chr_edits_find_tag        (ChrDatabase          *db,
                                     const char           *name,
                                     GError              **error);
gboolean  chr_edits_set_published   (ChrDatabase          *db,
                                     gint64                article_id,
                                     const char           *published,
                                     GError              **error);
gboolean  chr_edits_delete_article  (ChrDatabase          *db,
                                     gint64                article_id,
                                     GError              **error);

G_END_DECLS
