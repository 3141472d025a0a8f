/* chr-preferences-window.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-preferences-window"

#include "config.h"

#include "chr-preferences-window-private.h"

/* The preferences people change, each row bound to its key in the settings:
 * a change is written at once, and every window follows the settings. */

struct _ChrPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *style_row;
  GtkSwitch            *overview_switch;
  AdwComboRow          *week_start_row;
  AdwComboRow          *precision_row;
};

G_DEFINE_FINAL_TYPE (ChrPreferencesWindow, chr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A combo row's choices, in the order of its .ui list, as the key spells them. */
static const char * const style_values[] = { "default", "light", "dark", NULL };
static const char * const week_start_values[] = { "locale", "monday", "sunday", NULL };
static const char * const precision_values[] = { "auto", "day", "month", "year", NULL };

static gboolean
selected_from_setting (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  const char * const *values = user_data;
  const char *setting = g_variant_get_string (variant, NULL);

  for (guint i = 0; values[i] != NULL; i++)
    if (g_strcmp0 (values[i], setting) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
selected_to_setting (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  const char * const *values = user_data;
  guint selected = g_value_get_uint (value);

  if (selected >= g_strv_length ((char **) values))
    return NULL;
  return g_variant_new_string (values[selected]);
}

static void
bind_choice (ChrPreferencesWindow *self,
             const char           *key,
             AdwComboRow          *row,
             const char * const   *values)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                selected_from_setting, selected_to_setting, (gpointer) values, NULL);
}

static void
chr_preferences_window_constructed (GObject *object)
{
  ChrPreferencesWindow *self = CHR_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (chr_preferences_window_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));
  bind_choice (self, "style-variant", self->style_row, style_values);
  g_settings_bind (self->settings, "show-overview", self->overview_switch, "active", G_SETTINGS_BIND_DEFAULT);
  bind_choice (self, "week-start", self->week_start_row, week_start_values);
  bind_choice (self, "date-precision", self->precision_row, precision_values);
}

static void
chr_preferences_window_dispose (GObject *object)
{
  ChrPreferencesWindow *self = CHR_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CHR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (chr_preferences_window_parent_class)->dispose (object);
}

static void
chr_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ChrPreferencesWindow *self = CHR_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_preferences_window_class_init (ChrPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = chr_preferences_window_constructed;
  object_class->dispose = chr_preferences_window_dispose;
  object_class->set_property = chr_preferences_window_set_property;

  /* Chronicle's settings, which the rows change. */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chronicle/Chronicle/ui/chr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ChrPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, ChrPreferencesWindow, overview_switch);
  gtk_widget_class_bind_template_child (widget_class, ChrPreferencesWindow, week_start_row);
  gtk_widget_class_bind_template_child (widget_class, ChrPreferencesWindow, precision_row);
}

static void
chr_preferences_window_init (ChrPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * chr_preferences_window_new:
 * @settings: Chronicle's settings
 *
 * Returns: (transfer floating): a preferences window on @settings
 */
ChrPreferencesWindow *
chr_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (CHR_TYPE_PREFERENCES_WINDOW, "settings", settings, NULL);
}

AdwComboRow *
chr_preferences_window_get_style_row (ChrPreferencesWindow *self)
{
  g_return_val_if_fail (CHR_IS_PREFERENCES_WINDOW (self), NULL);

  return self->style_row;
}

GtkSwitch *
chr_preferences_window_get_overview_switch (ChrPreferencesWindow *self)
{
  g_return_val_if_fail (CHR_IS_PREFERENCES_WINDOW (self), NULL);

  return self->overview_switch;
}

AdwComboRow *
chr_preferences_window_get_week_start_row (ChrPreferencesWindow *self)
{
  g_return_val_if_fail (CHR_IS_PREFERENCES_WINDOW (self), NULL);

  return self->week_start_row;
}

AdwComboRow *
chr_preferences_window_get_precision_row (ChrPreferencesWindow *self)
{
  g_return_val_if_fail (CHR_IS_PREFERENCES_WINDOW (self), NULL);

  return self->precision_row;
}
