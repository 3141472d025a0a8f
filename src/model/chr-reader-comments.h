/* chr-reader-comments.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gsize chr_reader_comments_find (const char *text,
                                gsize       start,
                                gsize       end);

G_END_DECLS
