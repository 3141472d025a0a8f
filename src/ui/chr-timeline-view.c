/* chr-timeline-view.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timeline-view"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "chr-card-move.h"
#include "chr-date-format.h"
#include "chr-timeline-painter.h"
#include "chr-timeline-view-private.h"

/* One wheel notch or key press zooms by this factor. */
#define ZOOM_STEP 1.25
/* Pixels one wheel notch pans by. */
#define PAN_STEP 60.0
/* How near an edge an event may be and still count as in view. */
#define REVEAL_MARGIN 48.0

struct _ChrTimelineView
{
  GtkWidget     parent_instance;

  ChrSession         *session;
  GSignalGroup       *session_signals;
  ChrTimelinePainter *painter;
  /* The last frame drawn: hit tests answer from what is on screen. */
  ChrTimelineLayout  *layout;
  ChrPalette          palette;
  ChrTimeScale        scale;      /* the session's visible span across the width */

  double        pointer_x;
  double        pointer_y;

  double        drag_origin_x;
  gint64        drag_begin;
  gint64        drag_end;
  gboolean      dragged;
  gboolean      moving;           /* the drag moves a card, not the view */
  gboolean      drag_cancelled;   /* Escape: the rest of the drag does nothing */
  ChrCardMove   move;

  double        pinch_scale;

  guint         kinetic_id;       /* tick callback while the view glides after a fling */
  double        kinetic_velocity; /* pixels per second, positive toward later times */
  gint64        kinetic_frame;

  guint         fill_in_id;       /* tick callback: draws again for cards still to come */
};

G_DEFINE_FINAL_TYPE (ChrTimelineView, chr_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  ADD_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
color_from_rgba (ChrColor      *color,
                 const GdkRGBA *rgba,
                 double         alpha)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha * alpha;
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              const GdkRGBA   *fallback,
              ChrColor        *color)
{
  GdkRGBA rgba;

  if (!gtk_style_context_lookup_color (context, name, &rgba))
    rgba = *fallback;
  color_from_rgba (color, &rgba, 1.0);
}

/* The palette follows the libadwaita style: light, dark and high contrast. */
static void
update_palette (ChrTimelineView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  ChrPalette palette;
  ChrColor foreground;
  GdkRGBA fg;
  GdkRGBA white = { 1, 1, 1, 1 };
  GdkRGBA blue = { 0.21, 0.52, 0.89, 1 };
  GdkRGBA amber = { 0.61, 0.43, 0.01, 1 };

  /* High contrast: secondary text, grid and outlines all but as strong as the text. */
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  gtk_style_context_get_color (context, &fg);

  lookup_color (context, "view_bg_color", &white, &palette.background);
  color_from_rgba (&foreground, &fg, 1.0);
  chr_palette_derive_greys (&palette, &foreground, high_contrast);
  lookup_color (context, "accent_bg_color", &blue, &palette.accent);
  lookup_color (context, "accent_fg_color", &white, &palette.accent_foreground);
  lookup_color (context, "card_bg_color", &white, &palette.card);
  lookup_color (context, "warning_color", &amber, &palette.warning);
  chr_palette_set_tag_colors (&palette, adw_style_manager_get_dark (adw_style_manager_get_default ()));

  self->palette = palette;
}

/* A view with no session shows an empty timeline. */
static ChrTimelineIndex *
get_index (ChrTimelineView *self)
{
  static ChrTimelineIndex *empty;

  if (self->moving && self->move.preview != NULL)
    return self->move.preview;
  if (self->session != NULL)
    return chr_session_get_index (self->session);
  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, chr_timeline_index_new (NULL, 0));
  return empty;
}

static gint64
get_selected (ChrTimelineView *self)
{
  return self->session != NULL ? chr_session_get_selected (self->session) : -1;
}

static gint64
get_hovered (ChrTimelineView *self)
{
  return self->session != NULL ? chr_session_get_hovered (self->session) : -1;
}

static void
ensure_painter (ChrTimelineView *self)
{
  if (self->painter != NULL)
    return;

  self->painter = chr_timeline_painter_new (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  update_palette (self);
}

/* Shows what scale spans, through the session, which tells every view. */
static void
show_scale (ChrTimelineView    *self,
            const ChrTimeScale *scale)
{
  if (self->session != NULL)
    chr_session_set_visible (self->session, &(ChrTimeSpan) { scale->begin, scale->end });
}

static void
zoom_at (ChrTimelineView *self,
         double           x,
         double           factor)
{
  ChrTimeScale scale = self->scale;

  chr_time_scale_zoom_at (&scale, x, factor);
  show_scale (self, &scale);
}

static void
pan_by (ChrTimelineView *self,
        double           dx)
{
  ChrTimeScale scale = self->scale;

  chr_time_scale_pan (&scale, dx);
  show_scale (self, &scale);
}

/* Where most of the importance is across the width, with room for the
 * last label: every event, unless a few lie far from the rest. */
static void
fit (ChrTimelineView *self)
{
  ChrTimeScale scale = self->scale;
  gint64 begin, end;

  if (self->session == NULL || scale.width <= 0 || !chr_timeline_index_get_focus (get_index (self), &begin, &end))
    return;

  chr_time_scale_fit_labelled (&scale, begin, end);
  chr_session_fit_visible (self->session, &(ChrTimeSpan) { scale.begin, scale.end });
}

/* How fast a fling slows down: the velocity falls by e every 1/FRICTION s. */
#define FRICTION 4.0
#define MIN_KINETIC_VELOCITY 30.0

static void
stop_kinetic (ChrTimelineView *self)
{
  if (self->kinetic_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kinetic_id);
      self->kinetic_id = 0;
    }
}

static gboolean
kinetic_tick (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (double) (now - self->kinetic_frame) / G_USEC_PER_SEC;

  self->kinetic_frame = now;
  if (dt > 0)
    {
      pan_by (self, self->kinetic_velocity * dt);
      self->kinetic_velocity *= exp (-FRICTION * dt);
    }
  if (fabs (self->kinetic_velocity) < MIN_KINETIC_VELOCITY)
    {
      self->kinetic_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* Lets the view glide on after a fling, slowing down, as lists do. */
static void
start_kinetic (ChrTimelineView *self,
               double           velocity)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  stop_kinetic (self);
  if (fabs (velocity) < MIN_KINETIC_VELOCITY || clock == NULL)
    return;
  self->kinetic_velocity = velocity;
  self->kinetic_frame = gdk_frame_clock_get_frame_time (clock);
  self->kinetic_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), kinetic_tick, NULL, NULL);
}

static void
on_swipe_cb (GtkGestureSwipe *gesture,
             double           velocity_x,
             double           velocity_y,
             ChrTimelineView *self)
{
  /* Content follows the finger: moving it right shows earlier times. */
  if (self->dragged)
    start_kinetic (self, -velocity_x);
}

static void
on_scroll_decelerate_cb (GtkEventControllerScroll *controller,
                         double                    velocity_x,
                         double                    velocity_y,
                         ChrTimelineView          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK))
    start_kinetic (self, (fabs (velocity_x) > fabs (velocity_y) ? velocity_x : velocity_y) * PAN_STEP);
}


/* Brings an event into view without changing the zoom. */
static void
reveal (ChrTimelineView       *self,
        const ChrTimelineItem *item)
{
  double x = chr_time_scale_time_to_x (&self->scale, item->begin);
  double width = self->scale.width;

  if (x < REVEAL_MARGIN)
    pan_by (self, x - width / 3);
  else if (x > width - REVEAL_MARGIN * 4)
    pan_by (self, x - width / 3);
}

static int
find_item (ChrTimelineView *self,
           gint64           id)
{
  return chr_timeline_index_find (get_index (self), id);
}

/* The event at a position in time order; its label lasts as long as the events. */
static ChrTimelineItem
get_item (ChrTimelineView *self,
          guint            i)
{
  return *chr_timeline_index_get_item (get_index (self), i);
}

static void
select_event (ChrTimelineView *self,
              gint64           id)
{
  if (self->session != NULL)
    chr_session_set_selected (self->session, id);
}

/* Selects the event at a position in time order, brings it into view and opens it. */
static void
choose (ChrTimelineView *self,
        guint            index)
{
  ChrTimelineItem item = get_item (self, index);

  select_event (self, item.id);
  reveal (self, &item);
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, item.id);
}

static void
select_neighbour (ChrTimelineView *self,
                  int              direction)
{
  guint n = chr_timeline_index_get_n_items (get_index (self));
  int index;

  if (n == 0)
    return;

  index = find_item (self, get_selected (self));
  if (index < 0)
    {
      /* Nothing selected: start from the first event in view. */
      gint64 t = chr_time_scale_x_to_time (&self->scale, direction > 0 ? 0 : self->scale.width);
      guint first = chr_timeline_index_count_before (get_index (self), t);

      index = first == n ? (direction > 0 ? -1 : (int) n) : (int) first - (direction > 0 ? 1 : 0);
    }
  choose (self, (guint) CLAMP (index + direction, 0, (int) n - 1));
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      ChrTimelineView *self)
{
  gint64 id;

  g_assert (CHR_IS_TIMELINE_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->dragged || self->layout == NULL)
    return;

  id = chr_timeline_layout_hit_test (self->layout, x, y);
  if (id < 0)
    {
      const ChrLayoutCluster *cluster = chr_timeline_layout_hit_test_cluster (self->layout, x, y);

      /* A cluster opens up: zoom to the span of the events it folds. */
      if (cluster != NULL && self->session != NULL)
        {
          gint64 pad = MAX ((cluster->end - cluster->begin) / 10, CHR_TIME_SCALE_MIN_SPAN / 2);

          chr_session_set_visible (self->session, &(ChrTimeSpan) { cluster->begin - pad, cluster->end + pad });
          return;
        }
    }
  if (id >= 0 && self->session != NULL &&
      (gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)) & GDK_CONTROL_MASK))
    {
      chr_session_toggle_selected (self->session, id);
      return;
    }
  select_event (self, id);
  if (id >= 0)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, id);
}

static void
on_drag_begin_cb (GtkGestureDrag  *gesture,
                  double           x,
                  double           y,
                  ChrTimelineView *self)
{
  gint64 id = self->layout != NULL ? chr_timeline_layout_hit_test (self->layout, x, y) : -1;

  stop_kinetic (self);
  self->drag_begin = self->scale.begin;
  self->drag_end = self->scale.end;
  self->dragged = FALSE;
  self->drag_cancelled = FALSE;
  /* A drag that starts on a card moves the event in time. */
  self->moving = id >= 0 && self->session != NULL && chr_session_get_database (self->session) != NULL &&
                 chr_card_move_begin (&self->move, chr_session_get_index (self->session), id);
}

static void
move_card (ChrTimelineView *self,
           double           dx)
{
  gint64 seconds = (gint64) (dx * chr_time_scale_seconds_per_pixel (&self->scale));

  chr_card_move_update (&self->move, chr_session_get_index (self->session), seconds);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
cancel_move (ChrTimelineView *self)
{
  self->moving = FALSE;
  chr_card_move_clear (&self->move);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_update_cb (GtkGestureDrag  *gesture,
                   double           dx,
                   double           dy,
                   ChrTimelineView *self)
{
  ChrTimeScale scale = self->scale;

  if (self->drag_cancelled || (!self->dragged && fabs (dx) < 4))
    return;

  self->dragged = TRUE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  if (self->moving)
    {
      move_card (self, dx);
      return;
    }
  /* Pan from where the drag began, so the content follows the pointer exactly. */
  scale.begin = self->drag_begin;
  scale.end = self->drag_end;
  chr_time_scale_pan (&scale, -dx);
  show_scale (self, &scale);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
on_drag_end_cb (GtkGestureDrag  *gesture,
                double           dx,
                double           dy,
                ChrTimelineView *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), get_hovered (self) >= 0 ? "pointer" : NULL);
  if (self->moving && self->move.moved && !self->drag_cancelled)
    {
      ChrEventChange change;
      gint64 id = self->move.original.id;

      chr_card_move_get_change (&self->move, &change);
      self->moving = FALSE;
      chr_session_change_event (self->session, id, &change);
      chr_session_set_selected (self->session, id);
    }
  cancel_move (self);
}

/* Escape while a card is dragged puts it back. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (widget);

  if (!self->moving)
    return;
  self->drag_cancelled = TRUE;
  cancel_move (self);
}

/* The day, month or year at x, as precise as the zoom shows. */
static void
date_at (ChrTimelineView *self,
         double           x,
         ChrInterval     *date)
{
  double per_pixel = chr_time_scale_seconds_per_pixel (&self->scale);
  gint64 t = chr_time_scale_x_to_time (&self->scale, x);
  int year, month, day;

  chr_time_to_civil (t, &year, &month, &day, NULL, NULL, NULL);
  if (CHR_SECONDS_PER_DAY / per_pixel >= 8)
    *date = (ChrInterval) { chr_time_from_civil (year, month, day, 0, 0, 0),
                            chr_time_from_civil (year, month, day, 0, 0, 0) + CHR_SECONDS_PER_DAY,
                            CHR_GRANULARITY_DAY };
  else if (30 * CHR_SECONDS_PER_DAY / per_pixel >= 8)
    *date = (ChrInterval) { chr_time_from_civil (year, month, 1, 0, 0, 0),
                            chr_time_add_months (chr_time_from_civil (year, month, 1, 0, 0, 0), 1),
                            CHR_GRANULARITY_MONTH };
  else
    *date = (ChrInterval) { chr_time_from_civil (year, 1, 1, 0, 0, 0), chr_time_from_civil (year + 1, 1, 1, 0, 0, 0),
                            CHR_GRANULARITY_YEAR };
}

/* A double click where there is no event asks for a new one there. */
static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     ChrTimelineView *self)
{
  ChrInterval date;

  if (n_press != 2 || self->layout == NULL || chr_timeline_layout_hit_test (self->layout, x, y) >= 0)
    return;
  date_at (self, x, &date);
  g_signal_emit (self, signals[ADD_REQUESTED], 0, date.begin, date.end, (int) date.granularity);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              ChrTimelineView          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  stop_kinetic (self);
  if (state & GDK_CONTROL_MASK)
    {
      zoom_at (self, self->pointer_x, pow (ZOOM_STEP, -dy));
      return TRUE;
    }

  /* A vertical wheel pans the horizontal axis; touchpads send both. */
  pan_by (self, (fabs (dx) > fabs (dy) ? dx : dy) * PAN_STEP);
  return TRUE;
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              ChrTimelineView          *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  if (self->layout != NULL && self->session != NULL)
    chr_session_set_hovered (self->session, chr_timeline_layout_hit_test (self->layout, x, y));
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             ChrTimelineView          *self)
{
  if (self->session != NULL)
    chr_session_set_hovered (self->session, -1);
}

static void
on_zoom_begin_cb (GtkGesture       *gesture,
                  GdkEventSequence *sequence,
                  ChrTimelineView  *self)
{
  self->pinch_scale = 1.0;
}

static void
on_zoom_scale_changed_cb (GtkGestureZoom  *gesture,
                          double           scale,
                          ChrTimelineView *self)
{
  double x, y;

  if (scale <= 0 || self->pinch_scale <= 0)
    return;
  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = self->scale.width / 2;
  zoom_at (self, x, scale / self->pinch_scale);
  self->pinch_scale = scale;
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (widget);

  if (self->session != NULL)
    chr_session_zoom (self->session, g_variant_get_int32 (parameter) > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
}

static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (widget);

  pan_by (self, g_variant_get_int32 (parameter) * self->scale.width / 8);
}

static void
select_end_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (widget);
  guint n = chr_timeline_index_get_n_items (get_index (self));

  if (n > 0)
    choose (self, g_variant_get_int32 (parameter) < 0 ? 0 : n - 1);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (widget);
  gint64 id = get_selected (self);

  if (id >= 0)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, id);
}

/* "24 February 2022: Russia invaded Ukraine, reported by 3 articles": what a
 * tooltip shows and a screen reader says of an event. */
static char *
describe_item (ChrTimelineView       *self,
               const ChrTimelineItem *item)
{
  ChrInterval interval = { item->begin, item->end, item->granularity };
  g_autofree char *date = chr_date_format_event_with (&interval, item->flags, CHR_DATE_STYLE_LONG,
                                                      chr_session_get_date_options (self->session));
  guint n = item->n_sources;
  g_autofree char *sources = g_strdup_printf (ngettext ("reported by %u article", "reported by %u articles", n), n);

  /* Translators: an event's date, label and number of sources. */
  return g_strdup_printf (_("%s: %s, %s"), date, item->label, sources);
}

static gboolean
on_query_tooltip_cb (GtkWidget       *widget,
                     int              x,
                     int              y,
                     gboolean         keyboard,
                     GtkTooltip      *tooltip,
                     ChrTimelineView *self)
{
  ChrTimelineItem item;
  gint64 id;
  int index;
  g_autofree char *text = NULL;

  if (self->layout == NULL)
    return FALSE;
  id = keyboard ? get_selected (self) : chr_timeline_layout_hit_test (self->layout, x, y);
  if (id < 0 || (index = find_item (self, id)) < 0)
    return FALSE;

  item = get_item (self, (guint) index);
  text = describe_item (self, &item);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  select_neighbour (CHR_TIMELINE_VIEW (widget), g_variant_get_int32 (parameter));
}

/* Shift and an arrow: the next event in time joins those chosen. */
static void
extend_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (widget);
  g_autoptr(GArray) chosen = NULL;
  guint n = chr_timeline_index_get_n_items (get_index (self));
  int position;

  if (self->session == NULL || n == 0)
    return;
  chosen = chr_session_get_selection (self->session);
  if (chosen->len == 0)
    {
      select_neighbour (self, g_variant_get_int32 (parameter));
      return;
    }
  position = find_item (self, g_array_index (chosen, gint64, chosen->len - 1)) + g_variant_get_int32 (parameter);
  for (; position >= 0 && position < (int) n; position += g_variant_get_int32 (parameter))
    {
      ChrTimelineItem item = get_item (self, (guint) position);

      if (!chr_session_is_selected (self->session, item.id))
        {
          chr_session_toggle_selected (self->session, item.id);
          reveal (self, &item);
          return;
        }
    }
}

/* Screen readers say the chosen event with its date and sources. */
static void
describe_selection (ChrTimelineView *self)
{
  gint64 id = get_selected (self);
  int index = id >= 0 ? find_item (self, id) : -1;
  g_autofree char *description = NULL;

  if (index >= 0)
    {
      ChrTimelineItem item = get_item (self, (guint) index);

      description = describe_item (self, &item);
    }
  else
    description = g_strdup (_("Left and Right choose an event; plus and minus zoom"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
on_session_visible_cb (ChrTimelineView *self)
{
  const ChrTimeSpan *visible = chr_session_get_visible (self->session);

  self->scale.begin = visible->begin;
  self->scale.end = visible->end;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_session_index_cb (ChrTimelineView *self)
{
  /* Nothing of the events before answers a hit test. */
  g_clear_pointer (&self->layout, chr_timeline_layout_free);
  if (chr_session_get_fitted (self->session))
    fit (self);
  describe_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_session_fitted_cb (ChrTimelineView *self)
{
  if (chr_session_get_fitted (self->session))
    fit (self);
}

static void
on_session_selected_cb (ChrTimelineView *self)
{
  describe_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_session_hovered_cb (ChrTimelineView *self)
{
  gint64 id = get_hovered (self);

  if (!self->dragged || gtk_widget_get_cursor (GTK_WIDGET (self)) == NULL)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), id >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_session_date_options_cb (ChrTimelineView *self)
{
  describe_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A new session: everything it says is new. */
static void
on_session_bind_cb (ChrTimelineView *self,
                    ChrSession      *session)
{
  on_session_visible_cb (self);
  on_session_index_cb (self);
  on_session_selected_cb (self);
  on_session_hovered_cb (self);
}

static gboolean
fill_in_cb (GtkWidget     *widget,
            GdkFrameClock *frame_clock,
            gpointer       user_data)
{
  gtk_widget_queue_draw (widget);
  return G_SOURCE_REMOVE;
}

/* However the callback goes (done, or the widget with it), it can be asked for again. */
static void
fill_in_done (gpointer user_data)
{
  ChrTimelineView *self = user_data;

  self->fill_in_id = 0;
}

static void
chr_timeline_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  ensure_painter (self);
  chr_timeline_painter_set_date_options (self->painter, chr_session_get_date_options (self->session));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_clear_pointer (&self->layout, chr_timeline_layout_free);
  self->layout = chr_timeline_painter_lay_out (self->painter, cr, get_index (self), &self->scale, height);
  /* Events chosen besides the selected one, drawn as chosen too. */
  if (self->session != NULL && chr_session_get_n_selected (self->session) > 1)
    {
      g_autoptr(GArray) chosen = chr_session_get_selection (self->session);

      chr_timeline_painter_set_marked (self->painter, &g_array_index (chosen, gint64, 1), chosen->len - 1);
    }
  else
    chr_timeline_painter_set_marked (self->painter, NULL, 0);
  chr_timeline_painter_draw (self->painter, cr, self->layout, &self->palette, get_selected (self), get_hovered (self));
  cairo_destroy (cr);

  /* Cards whose text was not ready yet come in the next frames. A redraw
   * asked for while drawing is lost, so it is asked for at the next tick. */
  if (chr_timeline_layout_needs_redraw (self->layout) && self->fill_in_id == 0)
    self->fill_in_id = gtk_widget_add_tick_callback (widget, fill_in_cb, self, fill_in_done);
}

static void
chr_timeline_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (widget);
  double old_width = self->scale.width;

  self->scale.width = width;
  if (self->session == NULL)
    return;
  if (chr_session_get_fitted (self->session))
    fit (self);
  else if (old_width > 0 && old_width != width)
    {
      /* Keep the time at the left edge and the scale (seconds per pixel). */
      gint64 span = (gint64) ((double) (self->scale.end - self->scale.begin) * width / old_width);

      chr_session_set_visible (self->session, &(ChrTimeSpan) { self->scale.begin, self->scale.begin + span });
    }
}

static void
chr_timeline_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (chr_timeline_view_parent_class)->css_changed (widget, change);

  if (self->painter)
    update_palette (self);
  gtk_widget_queue_draw (widget);
}

static void
chr_timeline_view_root (GtkWidget *widget)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (chr_timeline_view_parent_class)->root (widget);

  /* The Pango context can change with the display: a new painter; the
   * events are the session's. */
  g_clear_pointer (&self->painter, chr_timeline_painter_free);
}

static void
chr_timeline_view_dispose (GObject *object)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (object);

  stop_kinetic (self);
  chr_card_move_clear (&self->move);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (chr_timeline_view_parent_class)->dispose (object);
}

static void
chr_timeline_view_finalize (GObject *object)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (object);

  g_clear_object (&self->session_signals);
  g_clear_pointer (&self->layout, chr_timeline_layout_free);
  g_clear_pointer (&self->painter, chr_timeline_painter_free);

  G_OBJECT_CLASS (chr_timeline_view_parent_class)->finalize (object);
}

static void
chr_timeline_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, chr_timeline_view_get_session (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_timeline_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ChrTimelineView *self = CHR_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      chr_timeline_view_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_timeline_view_class_init (ChrTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_timeline_view_dispose;
  object_class->finalize = chr_timeline_view_finalize;
  object_class->get_property = chr_timeline_view_get_property;
  object_class->set_property = chr_timeline_view_set_property;

  widget_class->snapshot = chr_timeline_view_snapshot;
  widget_class->size_allocate = chr_timeline_view_size_allocate;
  widget_class->css_changed = chr_timeline_view_css_changed;
  widget_class->root = chr_timeline_view_root;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         CHR_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ChrTimelineView::event-activated:
   * @id: the event's id
   *
   * The user chose an event, by click or by keyboard.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * ChrTimelineView::add-requested:
   * @begin: the date where the user asked for a new event
   * @end: its end
   * @granularity: its precision (a #ChrGranularity), as fine as the zoom shows
   */
  signals[ADD_REQUESTED] =
    g_signal_new ("add-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT);

  /* Control with plus, minus and 0 are the window's, for the whole window. */
  gtk_widget_class_install_action (widget_class, "timeline.zoom", "i", zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.pan", "i", pan_action);
  gtk_widget_class_install_action (widget_class, "timeline.select", "i", select_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-end", "i", select_end_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate", NULL, activate_action);
  gtk_widget_class_install_action (widget_class, "timeline.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "timeline.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "win.remove-event", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "win.copy-view", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "win.remove-event", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_CONTROL_MASK, "timeline.pan", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_CONTROL_MASK, "timeline.pan", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "timeline.pan", "i", -4);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "timeline.pan", "i", 4);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.select-end", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.select-end", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.activate", NULL);
  gtk_widget_class_install_action (widget_class, "timeline.extend", "i", extend_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "timeline.extend", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "timeline.extend", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.select", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.select", "i", 1);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_WIDGET);
}

static void
chr_timeline_view_init (ChrTimelineView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click;
  GtkGesture *drag;
  GtkGesture *zoom;
  GtkGesture *swipe;
  GtkEventController *scroll;
  GtkEventController *motion;

  self->session_signals = g_signal_group_new (CHR_TYPE_SESSION);
  g_signal_connect_object (self->session_signals, "bind", G_CALLBACK (on_session_bind_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::visible", G_CALLBACK (on_session_visible_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::index", G_CALLBACK (on_session_index_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::fitted", G_CALLBACK (on_session_fitted_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::selected", G_CALLBACK (on_session_selected_cb),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::n-selected", G_CALLBACK (on_session_selected_cb),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "notify::hovered", G_CALLBACK (on_session_hovered_cb),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->session_signals, "date-options-changed",
                                 G_CALLBACK (on_session_date_options_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_widget_set_vexpand (widget, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Left and Right choose an event; Control with plus, minus or 0 zooms"),
                                  -1);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (zoom));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                            GTK_EVENT_CONTROLLER_SCROLL_KINETIC);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  g_signal_connect (scroll, "decelerate", G_CALLBACK (on_scroll_decelerate_cb), self);

  swipe = gtk_gesture_swipe_new ();
  g_signal_connect (swipe, "swipe", G_CALLBACK (on_swipe_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (swipe));
  gtk_widget_add_controller (widget, scroll);

  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (widget, motion);
}

GtkWidget *
chr_timeline_view_new (void)
{
  return g_object_new (CHR_TYPE_TIMELINE_VIEW, NULL);
}

/**
 * chr_timeline_view_get_session:
 * @self: a #ChrTimelineView
 *
 * Returns: (transfer none) (nullable): the session whose events and view it shows
 */
ChrSession *
chr_timeline_view_get_session (ChrTimelineView *self)
{
  g_return_val_if_fail (CHR_IS_TIMELINE_VIEW (self), NULL);

  return self->session;
}

/**
 * chr_timeline_view_set_session:
 * @self: a #ChrTimelineView
 * @session: (nullable): the session to show
 *
 * Shows the session's events over its visible span, with its selection and
 * hover; everything the view changes, it changes in the session.
 */
void
chr_timeline_view_set_session (ChrTimelineView *self,
                               ChrSession      *session)
{
  g_return_if_fail (CHR_IS_TIMELINE_VIEW (self));
  g_return_if_fail (!session || CHR_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  g_clear_pointer (&self->layout, chr_timeline_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * chr_timeline_view_is_settled:
 * @self: a #ChrTimelineView
 *
 * Returns: whether the last frame drew every card it had room for; cards
 *   wait a few frames for their text in a crowd
 */
gboolean
chr_timeline_view_is_settled (ChrTimelineView *self)
{
  g_return_val_if_fail (CHR_IS_TIMELINE_VIEW (self), FALSE);

  return self->layout != NULL && !chr_timeline_layout_needs_redraw (self->layout);
}

/* Where the last frame drew an event, in widget coordinates. */
gboolean
chr_timeline_view_get_event_rect (ChrTimelineView *self,
                                  gint64           id,
                                  graphene_rect_t *rect)
{
  ChrLayoutRect r;

  g_return_val_if_fail (CHR_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (self->layout == NULL || !chr_timeline_layout_get_event_rect (self->layout, id, &r))
    return FALSE;
  graphene_rect_init (rect, r.x, r.y, r.width, r.height);
  return TRUE;
}

/* The time axis of the last frame: each tick's label and, after it on the
 * same line, its context if it has one; a line per tick. */
char *
chr_timeline_view_get_axis_text (ChrTimelineView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (CHR_IS_TIMELINE_VIEW (self), NULL);

  for (guint i = 0; self->layout != NULL && i < self->layout->ticks->len; i++)
    {
      const ChrTick *tick = &g_array_index (self->layout->ticks, ChrTick, i);

      g_string_append (text, tick->label);
      if (tick->context[0] != '\0')
        g_string_append_printf (text, " (%s)", tick->context);
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The cards of the last frame. */
guint
chr_timeline_view_get_n_cards (ChrTimelineView *self)
{
  g_return_val_if_fail (CHR_IS_TIMELINE_VIEW (self), 0);

  return self->layout ? self->layout->cards->len : 0;
}

guint
chr_timeline_view_get_n_clusters (ChrTimelineView *self)
{
  g_return_val_if_fail (CHR_IS_TIMELINE_VIEW (self), 0);

  return self->layout ? self->layout->clusters->len : 0;
}

/* Where the last frame drew a cluster, and the span of its events. */
gboolean
chr_timeline_view_get_cluster (ChrTimelineView *self,
                               guint            index,
                               graphene_rect_t *rect,
                               gint64          *begin,
                               gint64          *end,
                               guint           *count)
{
  const ChrLayoutCluster *cluster;

  g_return_val_if_fail (CHR_IS_TIMELINE_VIEW (self), FALSE);

  if (self->layout == NULL || index >= self->layout->clusters->len)
    return FALSE;
  cluster = &g_array_index (self->layout->clusters, ChrLayoutCluster, index);
  graphene_rect_init (rect, cluster->x, cluster->y, cluster->width, cluster->height);
  if (begin != NULL)
    *begin = cluster->begin;
  if (end != NULL)
    *end = cluster->end;
  if (count != NULL)
    *count = cluster->count;
  return TRUE;
}

/**
 * chr_timeline_view_describe:
 * @self: a #ChrTimelineView
 * @request: (out caller-allocates): filled
 *
 * What the view shows, as a PNG export of it: the same events, stretch of
 * time, size, colours, font and dates. Its index and font belong to the view.
 */
void
chr_timeline_view_describe (ChrTimelineView *self,
                            ChrImageRequest *request)
{
  PangoContext *context;

  g_return_if_fail (CHR_IS_TIMELINE_VIEW (self));
  g_return_if_fail (request != NULL);

  chr_image_request_init (request, CHR_IMAGE_FORMAT_PNG, get_index (self));
  request->begin = self->scale.begin;
  request->end = self->scale.end;
  request->width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 100);
  request->height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), 100);
  request->palette = self->palette;
  context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  request->font = pango_context_get_font_description (context);
  request->font_options = pango_cairo_context_get_font_options (context);
  request->resolution = pango_cairo_context_get_resolution (context);
  request->date_options = *chr_session_get_date_options (self->session);
}
