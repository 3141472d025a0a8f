/* chronicle-bench.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-database.h"
#include "chr-time-scale.h"
#include "chr-timeline-painter.h"

G_BEGIN_DECLS

/* The share of a generated news article's sentences that carry a date:
 * as many dates per megabyte as in real news (Timeline17's 3,158
 * articles, 19.3 MB: about 3,100 dates and 2,100 candidate events per
 * megabyte). */
#define BENCH_NEWS_DATED_SHARE 0.21

/* What the benchmarks share: the generated timeline, one frame as the
 * view draws it, and figures. */
GArray   *bench_generate_timeline    (guint               n,
                                      GPtrArray          *labels);
gboolean  bench_write_timeline_file  (const char         *path,
                                      guint               n_events,
                                      GError            **error);
void      bench_draw_frame           (ChrTimelinePainter *painter,
                                      cairo_t            *cr,
                                      ChrTimelineIndex   *index,
                                      const ChrTimeScale *scale,
                                      double              height);
int       bench_compare_doubles      (const void         *a,
                                      const void         *b);
double    bench_median               (const double       *values,
                                      int                 n);
double    bench_peak_rss_mib         (void);
gboolean  bench_measure_startup      (const char         *db_path,
                                      double             *ms,
                                      double             *rss_mib,
                                      guint              *n_loaded,
                                      GError            **error);
int       bench_edit                 (int                 argc,
                                      char              **argv);
int       bench_export               (int                 argc,
                                      char              **argv);
void      bench_append_sentence      (GString            *out,
                                      GRand              *rand);
void      bench_append_happening     (GString            *out,
                                      GRand              *rand,
                                      guint               n_happenings);
void      bench_append_article       (GString            *out,
                                      GRand              *rand,
                                      guint               n_happenings);
void      bench_remove_folder        (const char         *path);
char     *bench_generate_news_article (GRand             *rand,
                                      guint               n_happenings,
                                      gsize               min_bytes,
                                      double              dated_share);
gboolean  bench_write_articles       (const char         *dir,
                                      guint               n_articles,
                                      gsize               article_bytes,
                                      double              dated_share,
                                      gsize              *bytes,
                                      GError            **error);
gboolean  bench_import_articles      (ChrDatabase        *db,
                                      guint               n_articles,
                                      gsize               article_bytes,
                                      gsize              *bytes,
                                      GError            **error);
const char *bench_news_word          (GRand              *rand);
int       bench_import               (int                 argc,
                                      char              **argv);
int       bench_search               (int                 argc,
                                      char              **argv);

G_END_DECLS
