/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-external-suggester.c: suggestions from an external command (argv, no
 * shell; document JSON on stdin, the JSONL span shape on stdout, a timeout;
 * running it is kutip-external-run.c) and from a predictions file. */

#define G_LOG_DOMAIN "kutip-external-suggester"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "kutip-error.h"
#include "kutip-external-private.h"
#include "kutip-file.h"
#include "kutip-json-check.h"
#include "kutip-store.h"
#include "kutip-suggester.h"

/* " (it closed its stdin after taking 10 of 70000 bytes of the document)"
 * when it stopped reading early, which may explain what went wrong. */
static const char *
input_note (const KutipExternalRun *run,
            char                   *buffer,
            gsize                   size)
{
  if (run->in_written >= run->in_len)
    return "";
  g_snprintf (buffer, size, " (it closed its stdin after taking %" G_GSIZE_FORMAT " of %"
              G_GSIZE_FORMAT " bytes of the document)", run->in_written, run->in_len);
  return buffer;
}

/* "exit status 4" or "killed by signal 9 (Killed)". */
static char *
describe_status (int wait_status)
{
  if (WIFEXITED (wait_status))
    return g_strdup_printf ("exit status %d", WEXITSTATUS (wait_status));
  if (WIFSIGNALED (wait_status))
    return g_strdup_printf ("killed by signal %d (%s)", WTERMSIG (wait_status),
                            g_strsignal (WTERMSIG (wait_status)));
  return g_strdup ("ended");
}

/* ": LAST LINES" of its stderr, saying how much was left out before. */
static char *
describe_stderr (const KutipExternalRun *run)
{
  g_autofree char *tail = g_strstrip (g_strdup (run->err_tail));
  gsize kept = strlen (run->err_tail);

  if (*tail == '\0')
    return g_strdup ("");
  if (run->err_len > kept)
    return g_strdup_printf (": [the first %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT
                            " bytes of its error output left out] …%s",
                            run->err_len - kept, run->err_len, tail);
  return g_strconcat (": ", tail, NULL);
}

/* The first non-blank line of @out (the command may print a trailing
 * newline or pretty-print one object over several lines). */
static JsonObject *
parse_output (const char  *out,
              const char  *where,
              JsonParser  *parser,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  const char *p = out;

  while (p != NULL && g_ascii_isspace (*p))
    p++;
  if (p == NULL || *p == '\0')
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL,
                   "%s: printed nothing; expected one JSON line "
                   "{\"spans\": [...], \"relations\": [...]}", where);
      return NULL;
    }

  if (!kutip_json_check (out, strlen (out), NULL, &local_error) ||
      !json_parser_load_from_data (parser, out, -1, &local_error))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL,
                   "%s: output is not one JSON object: %s", where, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL,
                   "%s: output is not a JSON object", where);
      return NULL;
    }

  return json_node_get_object (root);
}

/**
 * kutip_suggest_external:
 * Returns: (transfer full) (nullable):
 */
KutipSuggestions *
kutip_suggest_external (KutipDocument       *document,
                        const char * const  *argv,
                        gint64               timeout_us,
                        GCancellable        *cancellable,
                        GError             **error)
{
  g_auto(KutipExternalRun) run = { 0 };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *input = NULL;
  g_autofree char *where = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *base = NULL;
  KutipSuggestions *result;
  char note[128];
  JsonObject *object;
  gsize input_len = 0;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (argv != NULL && argv[0] != NULL, NULL);

  base = g_path_get_basename (argv[0]);
  where = g_strdup_printf ("external suggester “%s”", argv[0]);
  origin = g_strconcat ("external:", base, NULL);

  input = kutip_store_to_data (document, FALSE, &input_len);
  if (!_kutip_external_run (argv, input, input_len, timeout_us, cancellable, where, &run,
                            error))
    return NULL;

  if (!WIFEXITED (run.wait_status) || WEXITSTATUS (run.wait_status) != 0)
    {
      g_autofree char *status = describe_status (run.wait_status);
      g_autofree char *err = describe_stderr (&run);

      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL, "%s: failed (%s)%s%s", where,
                   status, input_note (&run, note, sizeof note), err);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!kutip_utf8_check (run.out, run.out_len, where, &local_error) ||
      (object = parse_output (run.out, where, parser, &local_error)) == NULL)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL, "%s%s", local_error->message,
                   input_note (&run, note, sizeof note));
      return NULL;
    }

  result = kutip_suggestions_new_from_json (kutip_document_get_text (document), object,
                                            KUTIP_OFFSET_CODEPOINT, origin, where,
                                            &local_error);
  if (result == NULL)
    g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL, "%s", local_error->message);
  return result;
}

/**
 * kutip_suggest_from_predictions:
 * Returns: (transfer full) (nullable):
 */
KutipSuggestions *
kutip_suggest_from_predictions (KutipDocument  *document,
                                const char     *path,
                                GError        **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *base = NULL;
  g_auto(GStrv) lines = NULL;
  const char *doc_id;
  guint n_objects = 0;
  int match = -1;
  int only = -1;
  gsize length = 0;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!kutip_file_get_contents (path, &contents, &length, error))
    return NULL;
  if (!kutip_utf8_check (contents, length, path, error))
    return NULL;

  base = g_path_get_basename (path);
  origin = g_strconcat ("import:", base, NULL);
  doc_id = kutip_document_get_id (document);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) local_error = NULL;
      JsonNode *root, *id;

      if (*g_strstrip (lines[i]) == '\0')
        continue;

      if (!kutip_json_check (lines[i], strlen (lines[i]), NULL, &local_error) ||
          !json_parser_load_from_data (parser, lines[i], -1, &local_error) ||
          (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
        {
          g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE, "%s:%u: not a JSON object%s%s",
                       path, i + 1, local_error ? ": " : "",
                       local_error ? local_error->message : "");
          return NULL;
        }

      n_objects++;
      only = (int) i;
      id = json_object_get_member (json_node_get_object (root), "id");
      if (doc_id != NULL && id != NULL && JSON_NODE_TYPE (id) == JSON_NODE_VALUE)
        {
          g_autofree char *id_str = NULL;

          if (json_node_get_value_type (id) == G_TYPE_STRING)
            id_str = g_strdup (json_node_get_string (id));
          else if (json_node_get_value_type (id) == G_TYPE_INT64)
            id_str = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (id));
          if (g_strcmp0 (id_str, doc_id) == 0)
            match = (int) i;
        }
    }

  if (match < 0 && n_objects == 1)
    match = only;

  if (match < 0)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_UNKNOWN_REFERENCE,
                   "%s: no line has the document's id “%s”", path,
                   doc_id != NULL ? doc_id : "(none)");
      return NULL;
    }

  {
    g_autoptr(JsonParser) parser = json_parser_new_immutable ();
    g_autofree char *where = g_strdup_printf ("%s:%d", path, match + 1);

    json_parser_load_from_data (parser, lines[match], -1, NULL);
    return kutip_suggestions_new_from_json (kutip_document_get_text (document),
                                            json_node_get_object (json_parser_get_root (parser)),
                                            KUTIP_OFFSET_CODEPOINT, origin, where, error);
  }
}
