/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: entry point of the Kutip annotation app. */

#include "config.h"

#include "kutip-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(KutipApplication) app = NULL;

  kutip_application_init_i18n ();
  app = kutip_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
