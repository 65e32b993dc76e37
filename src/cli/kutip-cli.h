/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli.h: subcommands of kutip-cli; each lives in kutip-cli-NAME.c. */
#pragma once

#include <glib.h>

#include "kutip-types.h"

G_BEGIN_DECLS

/* Each subcommand gets argv with argv[0] = "kutip-cli NAME" and returns the
 * process exit status. */
typedef int (*KutipCliCommand) (int    argc,
                                char **argv);

/* Prints "kutip-cli: MESSAGE" to stderr; returns 1 for convenient returns. */
int kutip_cli_fail (const char *format,
                    ...) G_GNUC_PRINTF (1, 2);

/* --offsets: "codepoint" (also when NULL), "utf16" or "byte". */
gboolean kutip_cli_parse_offsets (const char      *value,
                                  KutipOffsetUnit *unit);

int kutip_cli_validate (int argc, char **argv);
int kutip_cli_stats    (int argc, char **argv);
int kutip_cli_new      (int argc, char **argv);
int kutip_cli_suggest  (int argc, char **argv);
int kutip_cli_export   (int argc, char **argv);
int kutip_cli_import   (int argc, char **argv);
int kutip_cli_agree    (int argc, char **argv);

G_END_DECLS
