/* chr-install-dirs.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *chr_install_dirs_get_localedir  (void);
char       *chr_install_dirs_get_samples_dir (void);

G_END_DECLS
