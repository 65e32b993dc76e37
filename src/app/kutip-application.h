/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-application.h: the AdwApplication: windows, app actions, recovery. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KUTIP_TYPE_APPLICATION (kutip_application_get_type ())

G_DECLARE_FINAL_TYPE (KutipApplication, kutip_application, KUTIP, APPLICATION, AdwApplication)

KutipApplication *kutip_application_new          (void);
/* Path of the bundled sample article (transfer full), NULL if missing. */
char             *kutip_application_find_sample  (void);
void              kutip_application_init_i18n    (void);

G_END_DECLS
