/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-types.c: string forms of the shared enums. */

#include "config.h"

#include <string.h>

#include "kutip-types.h"

static const char * const status_names[] = { "pending", "accepted", "rejected" };

/**
 * kutip_status_to_string:
 * Returns: (transfer none): the name stored in files, e.g. "pending".
 */
const char *
kutip_status_to_string (KutipStatus status)
{
  g_return_val_if_fail (status <= KUTIP_STATUS_REJECTED, NULL);
  return status_names[status];
}

/**
 * kutip_status_from_string:
 * Returns: %TRUE if @str names a status.
 */
gboolean
kutip_status_from_string (const char  *str,
                          KutipStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (strcmp (str, status_names[i]) == 0)
        {
          *status = (KutipStatus) i;
          return TRUE;
        }
    }

  return FALSE;
}

static const char * const document_status_names[] = { "new", "in-progress", "done", "skipped" };

/**
 * kutip_document_status_to_string:
 * Returns: (transfer none): the name stored in files, e.g. "in-progress".
 */
const char *
kutip_document_status_to_string (KutipDocumentStatus status)
{
  g_return_val_if_fail (status <= KUTIP_DOCUMENT_STATUS_SKIPPED, NULL);
  return document_status_names[status];
}

/**
 * kutip_document_status_from_string:
 * Returns: %TRUE if @str names a document status.
 */
gboolean
kutip_document_status_from_string (const char          *str,
                                   KutipDocumentStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (document_status_names); i++)
    {
      if (strcmp (str, document_status_names[i]) == 0)
        {
          *status = (KutipDocumentStatus) i;
          return TRUE;
        }
    }

  return FALSE;
}
