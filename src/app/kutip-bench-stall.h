/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-bench-stall.h: the main-loop stall of Suggest, Undo and Redo, for
 * bench/bench-app.sh (KUTIP_BENCH=suggest). */
#pragma once

#include "kutip-window.h"

G_BEGIN_DECLS

void kutip_bench_stall (KutipWindow *window,
                        void       (*next) (KutipWindow *window));

G_END_DECLS
