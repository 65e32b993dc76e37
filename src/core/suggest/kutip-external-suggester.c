/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-external-suggester.c: suggestions from an external command (argv, no
 * shell; document JSON on stdin, the JSONL span shape on stdout, a timeout)
 * and from a predictions file. */

#define G_LOG_DOMAIN "kutip-external-suggester"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-json-check.h"
#include "kutip-store.h"
#include "kutip-suggester.h"

typedef struct
{
  GMainLoop *loop;
  char      *out;
  char      *err;
  GError    *error;
  gboolean   timed_out;
  gboolean   done;
} ExternalRun;

static void
communicate_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExternalRun *run = user_data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (object), result,
                                        &run->out, &run->err, &run->error);
  run->done = TRUE;
  g_main_loop_quit (run->loop);
}

/* The caller's cancellable stops the run: cancels @target, the one the
 * communication waits on. */
static void
forward_cancel_cb (GCancellable *source,
                   GCancellable *target)
{
  g_cancellable_cancel (target);
}

static gboolean
timeout_cb (gpointer user_data)
{
  GCancellable *cancellable = user_data;

  g_cancellable_cancel (cancellable);
  return G_SOURCE_REMOVE;
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
                        guint                timeout_ms,
                        GCancellable        *cancellable,
                        GError             **error)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GCancellable) timeout_cancellable = NULL;
  g_autoptr(GSource) timeout = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *input = NULL;
  g_autofree char *where = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *base = NULL;
  ExternalRun run = { 0 };
  JsonObject *object;
  gulong handler = 0;

  g_return_val_if_fail (KUTIP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (argv != NULL && argv[0] != NULL, NULL);

  base = g_path_get_basename (argv[0]);
  where = g_strdup_printf ("external suggester “%s”", argv[0]);
  origin = g_strconcat ("external:", base, NULL);

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                     G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                     G_SUBPROCESS_FLAGS_STDERR_PIPE, error);
  if (process == NULL)
    {
      g_prefix_error (error, "%s: cannot start: ", where);
      return NULL;
    }

  input = kutip_store_to_data (document, FALSE, NULL);

  /* A private main context keeps this call synchronous without running the
   * caller's sources; the app calls it from a worker thread. */
  context = g_main_context_new ();
  g_main_context_push_thread_default (context);

  run.loop = g_main_loop_new (context, FALSE);
  timeout_cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (forward_cancel_cb),
                                     g_object_ref (timeout_cancellable), g_object_unref);
  timeout = g_timeout_source_new (timeout_ms > 0 ? timeout_ms : 30000);
  g_source_set_callback (timeout, timeout_cb, timeout_cancellable, NULL);
  g_source_attach (timeout, context);

  g_subprocess_communicate_utf8_async (process, input, timeout_cancellable, communicate_cb, &run);
  while (!run.done)
    g_main_context_iteration (context, TRUE);

  g_source_destroy (timeout);
  if (handler != 0)
    g_cancellable_disconnect (cancellable, handler);
  g_main_loop_unref (run.loop);

  if (run.error != NULL && g_error_matches (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_subprocess_force_exit (process);
      g_subprocess_wait (process, NULL, NULL);
      g_main_context_pop_thread_default (context);
      g_clear_error (&run.error);
      if (cancellable != NULL && g_cancellable_is_cancelled (cancellable))
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s: cancelled", where);
      else
        g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL,
                     "%s: no answer within %.1f s; stopped", where,
                     (timeout_ms > 0 ? timeout_ms : 30000) / 1000.0);
      g_free (run.out);
      g_free (run.err);
      return NULL;
    }

  g_subprocess_wait (process, NULL, NULL);
  g_main_context_pop_thread_default (context);

  if (run.error != NULL)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL, "%s: %s", where, run.error->message);
      g_clear_error (&run.error);
      g_free (run.out);
      g_free (run.err);
      return NULL;
    }

  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    {
      g_autofree char *err = g_strstrip (g_steal_pointer (&run.err));

      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL, "%s: failed (exit status %d)%s%s",
                   where,
                   g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process)
                                                        : -1,
                   err != NULL && *err ? ": " : "", err != NULL ? err : "");
      g_free (run.out);
      return NULL;
    }

  g_free (run.err);
  parser = json_parser_new_immutable ();
  object = parse_output (run.out, where, parser, error);
  g_free (run.out);
  if (object == NULL)
    return NULL;

  {
    KutipSuggestions *result;
    g_autoptr(GError) local_error = NULL;

    result = kutip_suggestions_new_from_json (kutip_document_get_text (document), object,
                                              KUTIP_OFFSET_CODEPOINT, origin, where,
                                              &local_error);
    if (result == NULL)
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL, "%s", local_error->message);
    return result;
  }
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

  if (!g_file_get_contents (path, &contents, &length, error))
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
