/* chr-date-parse.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-time.h"

G_BEGIN_DECLS

gboolean chr_date_parse    (const char        *text,
                            ChrInterval       *interval);
gboolean chr_date_parse_at (const char        *text,
                            const ChrInterval *reference,
                            ChrInterval       *interval);

G_END_DECLS
