/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli.h: subcommands of kutip-cli; each lives in kutip-cli-NAME.c. */
#pragma once

#include <glib.h>

#include "kutip-project.h"
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

/* The inputs of a command: a file as given, or a folder with its
 * documents (kutip-cli-inputs.c). Each document comes once over all. */
typedef struct
{
  char         *name;      /* as given */
  KutipProject *project;   /* a folder's, or NULL for a file */
  GPtrArray    *paths;     /* what to open: the file, or the folder's documents */
} KutipCliInput;

GPtrArray    *kutip_cli_inputs_new        (int            argc,
                                           char         **argv,
                                           gboolean      *failed);
void          kutip_cli_print_problems    (KutipProject  *project);
gboolean      kutip_cli_print_unreadable  (KutipProject  *project);
gboolean      kutip_cli_refresh           (KutipProject  *project,
                                           gboolean       rebuild,
                                           gboolean      *failed);
KutipProject *kutip_cli_open_project      (const char    *path,
                                           gboolean       rebuild,
                                           gboolean      *failed);

int kutip_cli_validate (int argc, char **argv);
int kutip_cli_stats    (int argc, char **argv);
int kutip_cli_new      (int argc, char **argv);
int kutip_cli_suggest  (int argc, char **argv);
int kutip_cli_export   (int argc, char **argv);
int kutip_cli_import   (int argc, char **argv);
int kutip_cli_status   (int argc, char **argv);
int kutip_cli_search   (int argc, char **argv);
int kutip_cli_who      (int argc, char **argv);
int kutip_cli_agree    (int argc, char **argv);

G_END_DECLS
