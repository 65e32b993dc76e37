/* SPDX-License-Identifier: GPL-3.0-or-later */
/* eval-dates.c: runs the date finder over a gold JSONL file
 * ({"id","lang","published"?,"text",...} per line) and writes prediction
 * JSONL ({"id","spans":[{"label":"date","start","end","value"}]}, code point
 * offsets) for ../shared/eval/score.py; prints the finder's throughput on
 * stderr.
 *
 *   eval-dates [--repeat N] [--min-confidence C] GOLD.jsonl [PRED.jsonl] */

#define G_LOG_DOMAIN "eval-dates"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "kutip-date-finder.h"
#include "kutip-text.h"

typedef struct
{
  char  *id;
  char  *lang;
  char  *text;
  gsize  n_bytes;
  GDate  published;
  gboolean has_published;
} Doc;

static void
doc_clear (gpointer data)
{
  Doc *doc = data;

  g_free (doc->id);
  g_free (doc->lang);
  g_free (doc->text);
}

static GArray *
load_docs (const char *path,
           GError    **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  GArray *docs;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, error))
    return NULL;
  docs = g_array_new (FALSE, TRUE, sizeof (Doc));
  g_array_set_clear_func (docs, doc_clear);
  lines = g_strsplit (contents, "\n", -1);
  for (guint k = 0; lines[k] != NULL; k++)
    {
      JsonObject *obj;
      JsonNode *id;
      Doc doc = { 0 };
      const char *published;

      if (*g_strstrip (lines[k]) == '\0')
        continue;
      if (!json_parser_load_from_data (parser, lines[k], -1, error))
        {
          g_prefix_error (error, "%s:%u: ", path, k + 1);
          g_array_unref (docs);
          return NULL;
        }
      obj = json_node_get_object (json_parser_get_root (parser));
      id = json_object_get_member (obj, "id");
      doc.id = json_node_get_value_type (id) == G_TYPE_STRING
               ? g_strdup (json_node_get_string (id))
               : g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (id));
      doc.lang = json_object_has_member (obj, "lang")
                 ? g_strdup (json_object_get_string_member (obj, "lang")) : NULL;
      doc.text = g_strdup (json_object_get_string_member (obj, "text"));
      doc.n_bytes = strlen (doc.text);
      published = json_object_has_member (obj, "published")
                  ? json_object_get_string_member (obj, "published") : NULL;
      g_date_clear (&doc.published, 1);
      if (published != NULL)
        {
          int y, m, d;

          if (sscanf (published, "%d-%d-%d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
            {
              g_date_set_dmy (&doc.published, d, m, y);
              doc.has_published = TRUE;
            }
        }
      g_array_append_val (docs, doc);
    }
  return docs;
}

/* CPU time of this thread: on a busy machine wall time also counts the
 * time other processes held the core. */
static gint64
thread_cpu_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) docs = NULL;
  g_autoptr(GOptionContext) context = NULL;
  FILE *out = stdout;
  int repeat = 1;
  double min_confidence = 0.0;
  gint64 t0, elapsed = 0, cpu = 0;
  gsize bytes = 0;
  guint found = 0;
  GOptionEntry entries[] = {
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &repeat, "Run the finder N times (timing)", "N" },
    { "min-confidence", 'c', 0, G_OPTION_ARG_DOUBLE, &min_confidence,
      "Write only matches at least this confident", "C" },
    { NULL }
  };

  context = g_option_context_new ("GOLD.jsonl [PRED.jsonl]");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("%s\n", error ? error->message : "usage: eval-dates GOLD.jsonl [PRED.jsonl]");
      return 2;
    }
  docs = load_docs (argv[1], &error);
  if (docs == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (argc > 2 && (out = fopen (argv[2], "w")) == NULL)
    {
      g_printerr ("cannot write %s\n", argv[2]);
      return 1;
    }

  /* Timing: the finder alone, over every document, @repeat times. */
  for (int r = 0; r < MAX (repeat, 1); r++)
    {
      gint64 c0 = thread_cpu_usec ();

      t0 = g_get_monotonic_time ();
      for (guint k = 0; k < docs->len; k++)
        {
          Doc *doc = &g_array_index (docs, Doc, k);
          GArray *matches = kutip_date_finder_find (doc->text, doc->n_bytes, doc->lang,
                                                    doc->has_published ? &doc->published : NULL);

          found += matches->len;
          g_array_unref (matches);
          bytes += doc->n_bytes;
        }
      elapsed += g_get_monotonic_time () - t0;
      cpu += thread_cpu_usec () - c0;
    }

  for (guint k = 0; k < docs->len; k++)
    {
      Doc *doc = &g_array_index (docs, Doc, k);
      const GDate *published = doc->has_published ? &doc->published : NULL;
      g_autoptr(GArray) matches = kutip_date_finder_find (doc->text, doc->n_bytes, doc->lang,
                                                          published);
      g_autoptr(KutipText) text = kutip_text_new (doc->text, doc->n_bytes, &error);
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonGenerator) gen = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *line = NULL;

      if (text == NULL)
        {
          g_printerr ("%s: %s\n", doc->id, error->message);
          return 1;
        }
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, doc->id);
      json_builder_set_member_name (b, "spans");
      json_builder_begin_array (b);
      for (guint m = 0; m < matches->len; m++)
        {
          KutipDateMatch *match = &g_array_index (matches, KutipDateMatch, m);

          if (match->confidence < min_confidence)
            continue;
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "label");
          json_builder_add_string_value (b, "date");
          json_builder_set_member_name (b, "start");
          json_builder_add_int_value (b, kutip_text_byte_to_offset (text, match->start));
          json_builder_set_member_name (b, "end");
          json_builder_add_int_value (b, kutip_text_byte_to_offset (text, match->end));
          json_builder_set_member_name (b, "value");
          json_builder_add_string_value (b, match->value);
          json_builder_set_member_name (b, "rule");
          json_builder_add_string_value (b, match->rule);
          json_builder_set_member_name (b, "confidence");
          json_builder_add_double_value (b, match->confidence);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      json_generator_set_root (gen, root);
      line = json_generator_to_data (gen, NULL);
      fprintf (out, "%s\n", line);
    }
  if (out != stdout)
    fclose (out);

  g_printerr ("{\"docs\": %u, \"bytes\": %" G_GSIZE_FORMAT ", \"matches\": %u, "
              "\"seconds\": %.4f, \"mb_per_s\": %.2f, \"cpu_seconds\": %.4f, "
              "\"cpu_mb_per_s\": %.2f}\n",
              docs->len, bytes, found, elapsed / 1e6,
              elapsed > 0 ? bytes / 1e6 / (elapsed / 1e6) : 0.0, cpu / 1e6,
              cpu > 0 ? bytes / 1e6 / (cpu / 1e6) : 0.0);
  return 0;
}
