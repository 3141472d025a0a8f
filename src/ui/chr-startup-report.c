/* chr-startup-report.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-startup-report"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include "chr-startup-report.h"

/* For measuring, not for users: with CHRONICLE_REPORT_STARTUP set, the first
 * frame painted after the timeline is loaded prints how long start-up took
 * and the memory it needed, and the app quits. chronicle-bench render
 * --startup reads it. */

/* Seconds since this process started, from the kernel's own record of it:
 * start-up measurements then include loading and linking. */
static double
process_age (void)
{
  g_autofree char *stat = NULL;
  g_autofree char *uptime = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after;
  double boot_seconds;
  guint64 start_ticks;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      !g_file_get_contents ("/proc/uptime", &uptime, NULL, NULL) ||
      !(after = strrchr (stat, ')')))
    return -1;
  /* After the command name: state is field 3, starttime field 22. */
  fields = g_strsplit (after + 2, " ", -1);
  if (g_strv_length (fields) < 20)
    return -1;
  start_ticks = g_ascii_strtoull (fields[19], NULL, 10);
  boot_seconds = g_ascii_strtod (uptime, NULL);
  return boot_seconds - (double) start_ticks / sysconf (_SC_CLK_TCK);
}

static gint64
peak_memory_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || !(line = strstr (status, "VmHWM:")))
    return -1;
  return g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10);
}

static void
quit (ChrWindow *window)
{
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
on_after_paint_cb (ChrWindow     *window,
                   GdkFrameClock *frame_clock)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_after_paint_cb, window);
  g_print ("{\"bench\": \"startup\", \"events\": %u, \"first_frame_ms\": %.1f, \"peak_rss_kib\": %"
           G_GINT64_FORMAT "}\n",
           chr_session_get_n_events (chr_window_get_session (window)), process_age () * 1000.0, peak_memory_kib ());
  quit (window);
}

/* The session has its events now: the frame under way at the next tick
 * paints them, and after-paint follows that paint. */
static gboolean
report_on_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (on_after_paint_cb), widget, G_CONNECT_SWAPPED);
  return G_SOURCE_REMOVE;
}

static void
on_loaded_cb (ChrSession *session,
              GParamSpec *pspec,
              ChrWindow  *window)
{
  g_signal_handlers_disconnect_by_data (session, window);
  /* The window's own ticks: the timeline is not shown when there are no events. */
  gtk_widget_add_tick_callback (GTK_WIDGET (window), report_on_tick_cb, NULL, NULL);
}

static void
on_failed_cb (ChrSession   *session,
              const GError *error,
              ChrWindow    *window)
{
  g_printerr ("%s\n", error->message);
  quit (window);
}

void
chr_startup_report_watch (ChrWindow *window)
{
  ChrSession *session = chr_window_get_session (window);

  g_signal_connect_object (session, "notify::index", G_CALLBACK (on_loaded_cb), window, 0);
  g_signal_connect_object (session, "failed", G_CALLBACK (on_failed_cb), window, 0);
}
