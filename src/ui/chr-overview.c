/* chr-overview.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-overview"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "chr-overview-private.h"
#include "chr-time-scale.h"

/* Pixels either side of a brush edge that grab the edge rather than the brush. */
#define EDGE_GRIP 6.0
/* The narrowest brush, so that a deep zoom is still something to grab. */
#define MIN_BRUSH_WIDTH 8.0
#define MARGIN 0.02

typedef enum
{
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_LEFT,
  DRAG_RIGHT,
} DragMode;

struct _ChrOverview
{
  GtkWidget        parent_instance;

  ChrSession      *session;
  GSignalGroup    *session_signals;

  DragMode         drag_mode;
  gint64           drag_begin;
  gint64           drag_end;
};

G_DEFINE_FINAL_TYPE (ChrOverview, chr_overview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The whole timeline, with a little room at both ends. */
static gboolean
overview_scale (ChrOverview  *self,
                ChrTimeScale *scale)
{
  gint64 begin, end, margin;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  const ChrTimeSpan *visible;

  if (self->session == NULL || width <= 0 ||
      !chr_timeline_index_get_extent (chr_session_get_index (self->session), &begin, &end))
    return FALSE;

  /* The view may reach beyond the events: the overview shows both. */
  visible = chr_session_get_visible (self->session);
  begin = MIN (begin, visible->begin);
  end = MAX (end, visible->end);
  margin = (gint64) ((double) (end - begin) * MARGIN) + 1;
  chr_time_scale_init (scale, begin - margin, end + margin, width);
  return TRUE;
}

static void
brush_extent (ChrOverview        *self,
              const ChrTimeScale *scale,
              double             *x0,
              double             *x1)
{
  const ChrTimeSpan *visible = chr_session_get_visible (self->session);

  *x0 = CLAMP (chr_time_scale_time_to_x (scale, visible->begin), 0, scale->width);
  *x1 = CLAMP (chr_time_scale_time_to_x (scale, visible->end), 0, scale->width);
  if (*x1 - *x0 < MIN_BRUSH_WIDTH)
    {
      double middle = (*x0 + *x1) / 2;

      *x0 = middle - MIN_BRUSH_WIDTH / 2;
      *x1 = middle + MIN_BRUSH_WIDTH / 2;
    }
}

static void
chr_overview_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  ChrOverview *self = CHR_OVERVIEW (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree guint *counts = NULL;
  ChrTimeScale scale;
  GdkRGBA fg, accent, fill;
  guint max_count = 1, from;
  double x0, x1;
  GskRoundedRect outline;
  ChrTimelineIndex *index;

  if (!overview_scale (self, &scale))
    return;
  index = chr_session_get_index (self->session);

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &accent))
    accent = (GdkRGBA) { 0.21, 0.52, 0.89, 1 };

  /* Density per column: a binary search each, whatever the number of events. */
  counts = g_new0 (guint, width);
  from = chr_timeline_index_count_before (index, chr_time_scale_x_to_time (&scale, 0));
  for (int c = 0; c < width; c++)
    {
      guint to = chr_timeline_index_count_before (index, chr_time_scale_x_to_time (&scale, c + 1));

      counts[c] = to - from;
      max_count = MAX (max_count, counts[c]);
      from = to;
    }
  fill = fg;
  fill.alpha *= adw_style_manager_get_high_contrast (adw_style_manager_get_default ()) ? 0.7 : 0.35;
  for (int c = 0; c < width; c++)
    if (counts[c] > 0)
      {
        /* A square root keeps a lone event visible beside a crowded month. */
        double h = MAX (2.0, (height - 6) * sqrt ((double) counts[c] / max_count));

        gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (c, height - 3 - h, 1, h));
      }

  brush_extent (self, &scale, &x0, &x1);
  fill = accent;
  fill.alpha = 0.18;
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x0, 1, x1 - x0, height - 2), 4);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (x0, 1, x1 - x0, height - 2));
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &outline,
                              (float[4]) { 1.5, 1.5, 1.5, 1.5 },
                              (GdkRGBA[4]) { accent, accent, accent, accent });
}

static void
set_view (ChrOverview *self,
          gint64       begin,
          gint64       end)
{
  if (end > begin)
    chr_session_set_visible (self->session, &(ChrTimeSpan) { begin, end });
}

/* What a press at x would take hold of: an edge of the brush (when it is
 * wide enough to have two), the brush, or nothing. */
static DragMode
brush_part_at (ChrOverview        *self,
               const ChrTimeScale *scale,
               double              x)
{
  double x0, x1;

  brush_extent (self, scale, &x0, &x1);
  if (x1 - x0 > 3 * EDGE_GRIP && fabs (x - x0) <= EDGE_GRIP)
    return DRAG_LEFT;
  if (x1 - x0 > 3 * EDGE_GRIP && fabs (x - x1) <= EDGE_GRIP)
    return DRAG_RIGHT;
  if (x >= x0 && x <= x1)
    return DRAG_MOVE;
  return DRAG_NONE;
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  ChrOverview    *self)
{
  ChrTimeScale scale;

  self->drag_mode = DRAG_NONE;
  if (!overview_scale (self, &scale))
    return;

  self->drag_begin = chr_session_get_visible (self->session)->begin;
  self->drag_end = chr_session_get_visible (self->session)->end;
  self->drag_mode = brush_part_at (self, &scale, x);
  if (self->drag_mode == DRAG_NONE)
    {
      /* A press beside the brush brings it there, then drags it. */
      gint64 half = (self->drag_end - self->drag_begin) / 2;
      gint64 centre = chr_time_scale_x_to_time (&scale, x);

      self->drag_begin = centre - half;
      self->drag_end = centre + half;
      set_view (self, self->drag_begin, self->drag_end);
      self->drag_mode = DRAG_MOVE;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   ChrOverview    *self)
{
  ChrTimeScale scale;
  gint64 shift;

  if (self->drag_mode == DRAG_NONE || !overview_scale (self, &scale))
    return;

  shift = (gint64) (dx * chr_time_scale_seconds_per_pixel (&scale));
  switch (self->drag_mode)
    {
    case DRAG_MOVE:
      set_view (self, self->drag_begin + shift, self->drag_end + shift);
      break;
    case DRAG_LEFT:
      set_view (self, MIN (self->drag_begin + shift, self->drag_end - CHR_TIME_SCALE_MIN_SPAN), self->drag_end);
      break;
    case DRAG_RIGHT:
      set_view (self, self->drag_begin, MAX (self->drag_end + shift, self->drag_begin + CHR_TIME_SCALE_MIN_SPAN));
      break;
    case DRAG_NONE:
    default:
      break;
    }
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              ChrOverview              *self)
{
  ChrTimeScale scale;
  const char *cursor = "pointer";

  if (overview_scale (self, &scale))
    switch (brush_part_at (self, &scale, x))
      {
      case DRAG_LEFT:
      case DRAG_RIGHT:
        cursor = "ew-resize";
        break;
      case DRAG_MOVE:
        cursor = "grab";
        break;
      case DRAG_NONE:
      default:
        break;
      }
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

static void
chr_overview_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural = 36;
  else
    *minimum = *natural = 120;
}

static void
chr_overview_dispose (GObject *object)
{
  ChrOverview *self = CHR_OVERVIEW (object);

  chr_overview_set_session (self, NULL);

  G_OBJECT_CLASS (chr_overview_parent_class)->dispose (object);
}

static void
chr_overview_finalize (GObject *object)
{
  ChrOverview *self = CHR_OVERVIEW (object);

  g_clear_object (&self->session_signals);

  G_OBJECT_CLASS (chr_overview_parent_class)->finalize (object);
}

static void
chr_overview_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ChrOverview *self = CHR_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, chr_overview_get_session (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_overview_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ChrOverview *self = CHR_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      chr_overview_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_overview_class_init (ChrOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_overview_dispose;
  object_class->finalize = chr_overview_finalize;
  object_class->get_property = chr_overview_get_property;
  object_class->set_property = chr_overview_set_property;
  widget_class->snapshot = chr_overview_snapshot;
  widget_class->measure = chr_overview_measure;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CHR_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "overview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
chr_overview_init (ChrOverview *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  /* The events and the view are the session's: it says when either changes. */
  self->session_signals = g_signal_group_new (CHR_TYPE_SESSION);
  g_signal_group_connect_object (self->session_signals, "notify::visible", G_CALLBACK (gtk_widget_queue_draw), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::index", G_CALLBACK (gtk_widget_queue_draw), self,
                                 G_CONNECT_SWAPPED);

  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("The whole timeline: drag the window to move through time, "
                                                    "its edges to zoom"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Overview of the whole timeline"), -1);
}

GtkWidget *
chr_overview_new (void)
{
  return g_object_new (CHR_TYPE_OVERVIEW, NULL);
}

/**
 * chr_overview_set_session:
 * @self: a #ChrOverview
 * @session: (nullable): the session whose events and view it shows
 */
void
chr_overview_set_session (ChrOverview *self,
                          ChrSession  *session)
{
  g_return_if_fail (CHR_IS_OVERVIEW (self));
  g_return_if_fail (!session || CHR_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, session);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * chr_overview_get_session:
 * @self: a #ChrOverview
 *
 * Returns: (transfer none) (nullable): the session it shows
 */
ChrSession *
chr_overview_get_session (ChrOverview *self)
{
  g_return_val_if_fail (CHR_IS_OVERVIEW (self), NULL);

  return self->session;
}

/* Where the brush was drawn, in widget coordinates. */
void
chr_overview_get_brush (ChrOverview *self,
                        double      *x,
                        double      *width)
{
  ChrTimeScale scale;
  double x0 = 0, x1 = 0;

  g_return_if_fail (CHR_IS_OVERVIEW (self));

  if (overview_scale (self, &scale))
    brush_extent (self, &scale, &x0, &x1);
  *x = x0;
  *width = x1 - x0;
}
