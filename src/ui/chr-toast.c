/* chr-toast.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-toast"

#include "config.h"

#include "chr-toast.h"

/**
 * chr_toast_new:
 * @text: what the toast says, plain text
 *
 * A toast reads its title as markup: @text is escaped, so that a file or an
 * article called "Notes & Drafts" does not blank it.
 *
 * Returns: (transfer floating): the toast
 */
AdwToast *
chr_toast_new (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}
