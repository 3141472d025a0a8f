/* chr-session-edits.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-session"

#include "config.h"

#include "chr-edit-log.h"
#include "chr-session-private.h"

/* The user's edits. Each is written by the session's writer thread, in a
 * transaction of its own that the history records. An edit of one event's
 * fields shows at once: the session derives the next index from the one
 * shown (chr_timeline_index_new_edited()) before the write is done, and
 * reads nothing again. Edits that move excerpts between events (add,
 * delete, merge, split, undo, redo) read the timeline again when written. */

typedef enum
{
  OP_CHANGE,
  OP_ADD,
  OP_DELETE,
  OP_MERGE,
  OP_SPLIT,
  OP_DETACH,
  OP_ATTACH,
  OP_TAG,
  OP_CREATE_TAG,
  OP_RENAME_TAG,
  OP_TAG_COLOR,
  OP_UNDO,
  OP_REDO,
} Op;

typedef struct
{
  Op              op;
  gint64          event_id;
  ChrEventChange  change;          /* its strings owned by title and note */
  char           *title;
  char           *note;
  GArray         *ids;             /* gint64 */
  GArray         *anchors;         /* ChrAnchor */
  gint64          title_from;
  gint64          date_from;
  char           *tag;
  char           *new_name;
  guint           color;
  gboolean        add;
  gint64          pending_id;      /* the id an added event is shown with until the file numbers it */
  ChrTimelineItem pending;
  /* What the write did. */
  char           *kind;
  gint64          result_id;
} EditJob;

static void
edit_job_free (EditJob *job)
{
  g_free (job->title);
  g_free (job->note);
  g_clear_pointer (&job->ids, g_array_unref);
  g_clear_pointer (&job->anchors, g_array_unref);
  g_free (job->tag);
  g_free (job->new_name);
  g_free (job->kind);
  g_free (job);
}

static EditJob *
edit_job_new (Op                    op,
              gint64                event_id,
              const ChrEventChange *change)
{
  EditJob *job = g_new0 (EditJob, 1);

  job->op = op;
  job->event_id = event_id;
  if (change)
    {
      job->change = *change;
      job->title = g_strdup (change->title);
      job->note = g_strdup (change->note);
      job->change.title = job->title;
      job->change.note = job->note;
    }
  return job;
}

static gint64
tag_for (ChrDatabase  *db,
         const char   *name,
         gboolean      create,
         GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id = chr_edits_find_tag (db, name, &local_error);

  if (id != 0 || !create)
    {
      if (id == 0)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return id;
    }
  return chr_edits_create_tag (db, name, 0, error);
}

static gboolean
run_tag_op (ChrDatabase  *db,
            EditJob      *job,
            GError      **error)
{
  gint64 tag;

  switch (job->op)
    {
    case OP_TAG:
      return (tag = tag_for (db, job->tag, job->add, error)) != 0 &&
             chr_edits_tag_event (db, job->event_id, tag, job->add, error);
    case OP_CREATE_TAG:
      return chr_edits_create_tag (db, job->tag, job->color, error) != 0;
    case OP_RENAME_TAG:
      return (tag = tag_for (db, job->tag, FALSE, error)) != 0 &&
             chr_edits_rename_tag (db, tag, job->new_name, error);
    case OP_TAG_COLOR:
      return (tag = tag_for (db, job->tag, FALSE, error)) != 0 &&
             chr_edits_set_tag_color (db, tag, job->color, error);
    case OP_CHANGE: case OP_ADD: case OP_DELETE: case OP_MERGE: case OP_SPLIT:
    case OP_DETACH: case OP_ATTACH: case OP_UNDO: case OP_REDO:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* What names an event across a rebuild, which numbers events anew: its
 * annotation, else one of its excerpts. */
typedef struct
{
  gint64    annotation_id;
  gboolean  has_anchor;
  ChrAnchor anchor;
} Identity;

static Identity
identify (ChrDatabase *db,
          gint64       event_id)
{
  g_autoptr(ChrEvent) event = chr_database_get_event (db, event_id, NULL);
  Identity identity = { 0 };

  if (event == NULL)
    return identity;
  identity.annotation_id = event->annotation_id;
  if (event->sources != NULL && event->sources->len > 0)
    {
      const ChrSource *source = g_ptr_array_index (event->sources, 0);

      identity.has_anchor = TRUE;
      identity.anchor = (ChrAnchor) { source->article_id, (gint64) source->phrase_start, (gint64) source->phrase_end };
    }
  return identity;
}

static gint64
find_identity (ChrDatabase    *db,
               const Identity *identity)
{
  gint64 id = identity->annotation_id ? chr_edits_find_event (db, identity->annotation_id) : 0;

  if (id == 0 && identity->has_anchor)
    id = chr_edits_find_event_of_excerpt (db, &identity->anchor);
  return id;
}

static gboolean
run_op (ChrDatabase  *db,
        EditJob      *job,
        GError      **error)
{
  job->result_id = job->event_id;
  switch (job->op)
    {
    case OP_CHANGE:
      return chr_edits_change_event (db, job->event_id, &job->change, error);
    case OP_ADD:
      return chr_edits_add_event (db, &job->change, &job->result_id, error);
    case OP_DELETE:
      job->result_id = 0;
      return chr_edits_delete_event (db, job->event_id, error);
    case OP_MERGE:
      return chr_edits_merge_events (db, (const gint64 *) (gpointer) job->ids->data, job->ids->len,
                                     job->title_from, job->date_from, &job->result_id, error);
    case OP_SPLIT:
      return chr_edits_split_event (db, job->event_id, (const ChrAnchor *) (gpointer) job->anchors->data,
                                    job->anchors->len, &job->result_id, error);
    case OP_DETACH:
      job->result_id = 0;
      return chr_edits_detach_excerpt (db, job->event_id, &g_array_index (job->anchors, ChrAnchor, 0), error);
    case OP_ATTACH:
      /* Events are numbered again: the one to choose is where the excerpt went. */
      if (!chr_edits_attach_excerpt (db, &g_array_index (job->anchors, ChrAnchor, 0), job->event_id, error))
        return FALSE;
      job->result_id = chr_edits_find_event_of_excerpt (db, &g_array_index (job->anchors, ChrAnchor, 0));
      return TRUE;
    case OP_UNDO:
    case OP_REDO:
      return chr_edit_log_step (db, job->op == OP_REDO, &job->kind, &job->result_id, error);
    case OP_TAG:
      {
        Identity identity = identify (db, job->event_id);

        if (!run_tag_op (db, job, error))
          return FALSE;
        job->result_id = find_identity (db, &identity);
        return TRUE;
      }
    case OP_CREATE_TAG: case OP_RENAME_TAG: case OP_TAG_COLOR:
    default:
      return run_tag_op (db, job, error);
    }
}

static void
edit_write (GTask        *task,
            ChrDatabase  *db,
            gpointer      data,
            GCancellable *cancellable)
{
  EditJob *job = data;
  GError *error = NULL;

  if (!run_op (db, job, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Whether the shown events are right once the write is done: an event
 * that was changed, or one the user added
 * (an added one then takes the id the file gave it). Deleting may take
 * excerpts out of other events, so the timeline is read again after it. */
static gboolean
show_written (ChrSession *self,
              EditJob    *job)
{
  switch (job->op)
    {
    case OP_CHANGE:
      return TRUE;
    case OP_ADD:
      {
        ChrTimelineItem item = job->pending;
        g_autoptr(ChrTimelineIndex) index = NULL;
        gboolean fitted = self->fitted;

        if (job->pending_id == 0 || job->result_id <= 0)
          return FALSE;
        item.id = job->result_id;
        item.label = job->title;
        index = chr_timeline_index_new_edited (self->index, &item, 1, &job->pending_id, 1);
        self->fitted = FALSE;
        chr_session_set_index (self, index);
        self->fitted = fitted;
        chr_session_set_selected (self, job->result_id);
        return TRUE;
      }
    case OP_DELETE: case OP_MERGE: case OP_SPLIT: case OP_DETACH: case OP_ATTACH: case OP_TAG: case OP_CREATE_TAG:
    case OP_RENAME_TAG: case OP_TAG_COLOR: case OP_UNDO: case OP_REDO:
    default:
      return FALSE;
    }
}

/* The kind the history gave the edit, for the "edited" signal. */
static const char *
job_kind (const EditJob *job)
{
  static const char * const kinds[] = {
    [OP_CHANGE] = "edit", [OP_ADD] = "add", [OP_DELETE] = "delete", [OP_MERGE] = "merge",
    [OP_SPLIT] = "split", [OP_DETACH] = "detach", [OP_ATTACH] = "attach", [OP_TAG] = "tag",
    [OP_CREATE_TAG] = "create-tag", [OP_RENAME_TAG] = "rename-tag", [OP_TAG_COLOR] = "tag-color",
    [OP_UNDO] = "undo", [OP_REDO] = "redo",
  };

  if (job->op == OP_TAG && !job->add)
    return "untag";
  if (job->op == OP_CHANGE && job->change.fields == CHR_EVENT_CHANGE_HIDDEN)
    return job->change.hidden ? "hide" : "unhide";
  return kinds[job->op];
}

static void
edit_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  ChrSession *self = CHR_SESSION (object);
  EditJob *job = user_data;        /* the task's, alive while the task is */
  g_autoptr(GError) error = NULL;

  self->n_writes--;
  _chr_session_end_job (self);
  if (self->db == NULL)
    return;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* What was shown at once goes back to what the file holds. */
      _chr_session_fail (self, error);
      chr_session_reload (self);
      return;
    }
  self->data_version = chr_database_get_data_version (self->db);
  _chr_session_update_history (self);
  if (!show_written (self, job))
    {
      self->select_after_load = job->result_id;
      chr_session_reload (self);
    }
  else
    _chr_session_warm_later (self);
  g_signal_emit (self, _chr_session_signals[CHR_SESSION_SIGNAL_EDITED], 0, job_kind (job), job->result_id);
}

static void
queue_edit (ChrSession *self,
            EditJob    *job)
{
  self->n_writes++;
  _chr_session_queue_write (self, edit_write, job, (GDestroyNotify) edit_job_free, queue_edit, NULL, edit_cb, job);
}

/* An event as shown after @change, from the event as shown before it. */
static void
apply_change (const ChrTimelineItem *before,
              const ChrEventChange  *change,
              ChrTimelineItem       *after)
{
  *after = *before;
  if (change->fields & CHR_EVENT_CHANGE_TITLE)
    after->label = change->title;
  if (change->fields & CHR_EVENT_CHANGE_DATE)
    {
      after->begin = change->interval.begin;
      after->end = change->interval.end;
      after->granularity = change->interval.granularity;
      after->flags &= ~(guint) (CHR_EVENT_FLAG_PERIOD | CHR_EVENT_FLAG_ONGOING | CHR_EVENT_FLAG_CONFLICT);
      if (change->period)
        after->flags |= CHR_EVENT_FLAG_PERIOD;
    }
  if (change->fields & CHR_EVENT_CHANGE_APPROXIMATE)
    after->flags = change->approximate ? after->flags | CHR_EVENT_FLAG_APPROXIMATE
                                       : after->flags & ~(guint) CHR_EVENT_FLAG_APPROXIMATE;
  if (change->fields & CHR_EVENT_CHANGE_STARRED)
    after->flags = change->starred ? after->flags | CHR_EVENT_FLAG_STARRED
                                   : after->flags & ~(guint) CHR_EVENT_FLAG_STARRED;
  if (change->fields & CHR_EVENT_CHANGE_HIDDEN)
    after->flags = change->hidden ? after->flags | CHR_EVENT_FLAG_HIDDEN
                                  : after->flags & ~(guint) CHR_EVENT_FLAG_HIDDEN;
  if (change->fields & CHR_EVENT_CHANGE_NOTE)
    after->flags = change->note && *change->note ? after->flags | CHR_EVENT_FLAG_NOTE
                                                 : after->flags & ~(guint) CHR_EVENT_FLAG_NOTE;
  if (!(after->flags & CHR_EVENT_FLAG_USER))
    after->flags |= CHR_EVENT_FLAG_EDITED;
}

/* Shows an edit at once: the index shown, with @changed in place of the
 * events of the same ids and without @removed. */
static void
show_edited (ChrSession            *self,
             const ChrTimelineItem *changed,
             guint                  n_changed,
             const gint64          *removed,
             guint                  n_removed)
{
  g_autoptr(ChrTimelineIndex) index = chr_timeline_index_new_edited (self->index, changed, n_changed,
                                                                     removed, n_removed);
  gboolean fitted = self->fitted;

  /* An edit does not move the view, even when it moves the extent. */
  self->fitted = FALSE;
  chr_session_set_index (self, index);
  self->fitted = fitted;
}

/**
 * chr_session_change_event:
 * @self: a #ChrSession with an open timeline
 * @event_id: an event shown
 * @change: what to set: title, date, approximate, star, hidden, note
 *
 * Changes an event. The timeline shows it at once; the file has it when
 * the #ChrSession::edited signal says so, or #ChrSession::failed says why not
 * (and the timeline shows again what the file holds).
 */
void
chr_session_change_event (ChrSession           *self,
                          gint64                event_id,
                          const ChrEventChange *change)
{
  int position;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (change != NULL);
  g_return_if_fail (self->db != NULL);

  if ((position = chr_timeline_index_find (self->index, event_id)) >= 0)
    {
      ChrTimelineItem after;

      apply_change (chr_timeline_index_get_item (self->index, (guint) position), change, &after);
      if ((after.flags & CHR_EVENT_FLAG_HIDDEN) && !self->show_hidden)
        show_edited (self, NULL, 0, &event_id, 1);
      else
        show_edited (self, &after, 1, NULL, 0);
    }
  queue_edit (self, edit_job_new (OP_CHANGE, event_id, change));
}

/**
 * chr_session_add_event:
 * @self: a #ChrSession with an open timeline
 * @change: the new event's title and date, and any note
 *
 * Adds an event no article reports. It shows at once, and is chosen when
 * the file has it.
 */
void
chr_session_add_event (ChrSession           *self,
                       const ChrEventChange *change)
{
  EditJob *job;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (change != NULL);
  g_return_if_fail (self->db != NULL);

  job = edit_job_new (OP_ADD, 0, change);
  if ((change->fields & CHR_EVENT_CHANGE_TITLE) && (change->fields & CHR_EVENT_CHANGE_DATE) &&
      change->interval.end > change->interval.begin)
    {
      /* Below every id the file gives, and apart from -1, "none". */
      ChrTimelineItem blank = { .id = -2 - self->next_pending_id++, .importance = 1,
                                .flags = CHR_EVENT_FLAG_USER, .label = "" };

      apply_change (&blank, change, &job->pending);
      job->pending.flags &= ~(guint) CHR_EVENT_FLAG_EDITED;
      job->pending_id = blank.id;
      show_edited (self, &job->pending, 1, NULL, 0);
    }
  queue_edit (self, job);
}

/**
 * chr_session_delete_event:
 * @self: a #ChrSession with an open timeline
 * @event_id: an event the user added
 */
void
chr_session_delete_event (ChrSession *self,
                          gint64      event_id)
{
  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->db != NULL);

  if (chr_timeline_index_find (self->index, event_id) >= 0)
    show_edited (self, NULL, 0, &event_id, 1);
  queue_edit (self, edit_job_new (OP_DELETE, event_id, NULL));
}

/**
 * chr_session_merge_events:
 * @self: a #ChrSession with an open timeline
 * @event_ids: two or more events
 * @n_events: how many
 * @title_from: the event whose title the merged one keeps, 0 for the first
 * @date_from: the event whose date it keeps, 0 for the first
 */
void
chr_session_merge_events (ChrSession   *self,
                          const gint64 *event_ids,
                          guint         n_events,
                          gint64        title_from,
                          gint64        date_from)
{
  EditJob *job;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->db != NULL);

  job = edit_job_new (OP_MERGE, n_events > 0 ? event_ids[0] : 0, NULL);
  job->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_vals (job->ids, event_ids, n_events);
  job->title_from = title_from;
  job->date_from = date_from;
  queue_edit (self, job);
}

static void
queue_excerpt_edit (ChrSession      *self,
                    Op               op,
                    gint64           event_id,
                    const ChrAnchor *excerpts,
                    guint            n_excerpts)
{
  EditJob *job = edit_job_new (op, event_id, NULL);

  job->anchors = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  g_array_append_vals (job->anchors, excerpts, n_excerpts);
  queue_edit (self, job);
}

/**
 * chr_session_split_event:
 * @self: a #ChrSession with an open timeline
 * @event_id: an event
 * @excerpts: the excerpts that go to a new event
 * @n_excerpts: how many
 */
void
chr_session_split_event (ChrSession      *self,
                         gint64           event_id,
                         const ChrAnchor *excerpts,
                         guint            n_excerpts)
{
  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->db != NULL);

  queue_excerpt_edit (self, OP_SPLIT, event_id, excerpts, n_excerpts);
}

/**
 * chr_session_move_excerpt:
 * @self: a #ChrSession with an open timeline
 * @event_id: the event the excerpt leaves (@attach %FALSE) or joins (@attach %TRUE)
 * @excerpt: the excerpt
 * @attach: whether the excerpt joins @event_id or leaves it
 */
void
chr_session_move_excerpt (ChrSession      *self,
                          gint64           event_id,
                          const ChrAnchor *excerpt,
                          gboolean         attach)
{
  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->db != NULL);

  queue_excerpt_edit (self, attach ? OP_ATTACH : OP_DETACH, event_id, excerpt, 1);
}

/**
 * chr_session_tag_event:
 * @self: a #ChrSession with an open timeline
 * @event_id: an event
 * @tag: a tag's name; a new tag when @add and there is none of that name
 * @add: whether to give the tag or take it away
 */
void
chr_session_tag_event (ChrSession *self,
                       gint64      event_id,
                       const char *tag,
                       gboolean    add)
{
  EditJob *job;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (tag != NULL);
  g_return_if_fail (self->db != NULL);

  job = edit_job_new (OP_TAG, event_id, NULL);
  job->tag = g_strdup (tag);
  job->add = add;
  queue_edit (self, job);
}

/**
 * chr_session_edit_tag:
 * @self: a #ChrSession with an open timeline
 * @tag: a tag's name
 * @new_name: (nullable): its new name, or %NULL to keep it
 * @color: its new colour, 1 to %CHR_TAG_N_COLORS, or 0 to keep it
 */
void
chr_session_edit_tag (ChrSession *self,
                      const char *tag,
                      const char *new_name,
                      guint       color)
{
  EditJob *job;

  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (tag != NULL);
  g_return_if_fail (self->db != NULL);

  if (new_name)
    {
      job = edit_job_new (OP_RENAME_TAG, 0, NULL);
      job->tag = g_strdup (tag);
      job->new_name = g_strdup (new_name);
      queue_edit (self, job);
    }
  if (color)
    {
      job = edit_job_new (OP_TAG_COLOR, 0, NULL);
      job->tag = g_strdup (new_name ? new_name : tag);
      job->color = color;
      queue_edit (self, job);
    }
}

/**
 * chr_session_undo:
 * @self: a #ChrSession with an open timeline
 *
 * Takes back the last edit, as the history in the file has it: edits made
 * before the app last closed, or by another program, included.
 */
void
chr_session_undo (ChrSession *self)
{
  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->db != NULL);

  queue_edit (self, edit_job_new (OP_UNDO, 0, NULL));
}

/**
 * chr_session_redo:
 * @self: a #ChrSession with an open timeline
 */
void
chr_session_redo (ChrSession *self)
{
  g_return_if_fail (CHR_IS_SESSION (self));
  g_return_if_fail (self->db != NULL);

  queue_edit (self, edit_job_new (OP_REDO, 0, NULL));
}

/* The kinds undo and redo would take back, read from the file. */
void
_chr_session_update_history (ChrSession *self)
{
  g_autofree char *undo = self->db ? chr_edit_log_peek (self->db, FALSE) : NULL;
  g_autofree char *redo = self->db ? chr_edit_log_peek (self->db, TRUE) : NULL;

  if (g_strcmp0 (undo, self->undo_kind) != 0)
    {
      g_free (self->undo_kind);
      self->undo_kind = g_steal_pointer (&undo);
      _chr_session_notify (self, CHR_SESSION_PROP_UNDO_KIND);
    }
  if (g_strcmp0 (redo, self->redo_kind) != 0)
    {
      g_free (self->redo_kind);
      self->redo_kind = g_steal_pointer (&redo);
      _chr_session_notify (self, CHR_SESSION_PROP_REDO_KIND);
    }
}

const char *
chr_session_get_undo_kind (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), NULL);

  return self->undo_kind;
}

const char *
chr_session_get_redo_kind (ChrSession *self)
{
  g_return_val_if_fail (CHR_IS_SESSION (self), NULL);

  return self->redo_kind;
}

/* Another program (chronicle-cli, say) changed the file: read it again,
 * unless this session's own edits are still on their way. */
static gboolean
watch_cb (gpointer user_data)
{
  ChrSession *self = user_data;
  gint64 version;

  if (self->db == NULL || self->n_jobs > 0)
    return G_SOURCE_CONTINUE;
  version = chr_database_get_data_version (self->db);
  if (version != self->data_version)
    {
      self->data_version = version;
      chr_session_reload (self);
      _chr_session_update_history (self);
    }
  return G_SOURCE_CONTINUE;
}

void
_chr_session_watch (ChrSession *self)
{
  self->data_version = chr_database_get_data_version (self->db);
  if (self->watch_id == 0)
    self->watch_id = g_timeout_add_seconds (1, watch_cb, self);
}

void
_chr_session_unwatch (ChrSession *self)
{
  g_clear_handle_id (&self->watch_id, g_source_remove);
}
