/* SPDX-License-Identifier: GPL-3.0-or-later */
/* eval-attribution.c: runs the attribution finder over a JSONL file
 * ({"id","text","lang"?} per line) and writes predictions in the scorer's
 * shape ({"id","spans":[{"label","start","end"}]}, code point offsets) on
 * stdout; prints throughput on stderr. */

#include "config.h"

#include <stdio.h>
#include <time.h>
#include <json-glib/json-glib.h>

#include "kutip-attribution.h"

/* CPU time of this thread: throughput that does not depend on the load of
 * the machine. */
static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Byte offset → code point offset. */
static glong
to_codepoints (const char *text,
               gsize       byte)
{
  return g_utf8_pointer_to_offset (text, text + byte);
}

static void
add_span (JsonBuilder *b,
          const char  *label,
          const char  *text,
          gsize        start,
          gsize        end,
          const char  *rule,
          double       confidence)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "label");
  json_builder_add_string_value (b, label);
  json_builder_set_member_name (b, "start");
  json_builder_add_int_value (b, to_codepoints (text, start));
  json_builder_set_member_name (b, "end");
  json_builder_add_int_value (b, to_codepoints (text, end));
  json_builder_set_member_name (b, "rule");
  json_builder_add_string_value (b, rule);
  json_builder_set_member_name (b, "confidence");
  json_builder_add_double_value (b, confidence);
  json_builder_end_object (b);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GIOChannel) in = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  char *line = NULL;
  gsize len = 0;
  gsize total_bytes = 0;
  double total_seconds = 0, total_cpu = 0;
  int repeat = 1;

  if (argc < 2)
    {
      g_printerr ("usage: %s GOLD.jsonl [REPEAT] > PRED.jsonl\n", argv[0]);
      return 2;
    }
  if (argc > 2)
    repeat = MAX (1, atoi (argv[2]));
  in = g_io_channel_new_file (argv[1], "r", &error);
  if (in == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  while (g_io_channel_read_line (in, &line, &len, NULL, &error) == G_IO_STATUS_NORMAL)
    {
      g_autofree char *owned = line;
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonGenerator) gen = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *out = NULL;
      g_autoptr(KutipAttribution) att = NULL;
      JsonObject *obj;
      const char *text, *id, *lang;
      const KutipClaimMatch *claims;
      const KutipSpeakerMatch *speakers;
      guint n_claims, n_speakers;
      gint64 t0;
      double c0;

      if (len == 0 || line[0] == '\n')
        continue;
      if (!json_parser_load_from_data (parser, line, len, &error))
        {
          g_printerr ("%s: %s\n", argv[1], error->message);
          return 1;
        }
      obj = json_node_get_object (json_parser_get_root (parser));
      text = json_object_get_string_member (obj, "text");
      id = json_object_get_string_member (obj, "id");
      lang = json_object_has_member (obj, "lang")
        ? json_object_get_string_member (obj, "lang") : NULL;
      if (g_getenv ("KUTIP_DETECT"))
        lang = NULL;

      t0 = g_get_monotonic_time ();
      c0 = cpu_seconds ();
      for (int r = 0; r < repeat; r++)
        {
          g_clear_pointer (&att, kutip_attribution_free);
          att = kutip_attribution_find (text, strlen (text), lang);
        }
      total_seconds += (g_get_monotonic_time () - t0) / 1e6;
      total_cpu += cpu_seconds () - c0;
      total_bytes += strlen (text) * repeat;

      claims = kutip_attribution_get_claims (att, &n_claims);
      speakers = kutip_attribution_get_speakers (att, &n_speakers);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, id);
      json_builder_set_member_name (b, "lang");
      json_builder_add_string_value (b, kutip_attribution_get_language (att));
      json_builder_set_member_name (b, "spans");
      json_builder_begin_array (b);
      for (guint k = 0; k < n_claims; k++)
        add_span (b, "claim", text, claims[k].start, claims[k].end,
                  claims[k].rule, claims[k].confidence);
      for (guint k = 0; k < n_speakers; k++)
        add_span (b, "speaker", text, speakers[k].start, speakers[k].end,
                  speakers[k].rule, speakers[k].confidence);
      json_builder_end_array (b);
      json_builder_end_object (b);

      root = json_builder_get_root (b);
      json_generator_set_root (gen, root);
      out = json_generator_to_data (gen, NULL);
      printf ("%s\n", out);
    }

  g_printerr ("attribution: %.1f MB in %.3f s = %.1f MB/s (CPU time %.3f s = %.1f MB/s)\n",
              total_bytes / 1e6, total_seconds,
              total_seconds > 0 ? total_bytes / 1e6 / total_seconds : 0.0,
              total_cpu, total_cpu > 0 ? total_bytes / 1e6 / total_cpu : 0.0);
  return 0;
}
