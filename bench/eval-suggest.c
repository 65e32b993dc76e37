/* SPDX-License-Identifier: GPL-3.0-or-later */
/* eval-suggest.c: the whole rule engine (dates, claims, speakers and their
 * links) over the texts of a JSONL file, timed the way the chrono-node peer
 * times itself: only the engine calls, not reading or writing files.
 *
 *   eval-suggest [--repeat N] IN.jsonl
 *
 * Prints {"docs", "bytes", "seconds", "mb_per_s", "cpu_seconds",
 * "cpu_mb_per_s"} on stderr. Each text is made into a KutipText (UTF-8
 * check and offset maps) inside the timed part, as a caller must. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "kutip.h"
#include "kutip-suggester.h"

static gint64
thread_cpu_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) langs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  gint64 t0, c0, elapsed, cpu;
  guint64 bytes = 0;
  guint n_spans = 0;
  int repeat = 1;
  int arg = 1;

  if (argc > 2 && strcmp (argv[1], "--repeat") == 0)
    {
      repeat = MAX (1, atoi (argv[2]));
      arg = 3;
    }
  if (arg >= argc)
    {
      fprintf (stderr, "usage: eval-suggest [--repeat N] IN.jsonl\n");
      return 2;
    }

  if (!g_file_get_contents (argv[arg], &contents, NULL, &error))
    {
      fprintf (stderr, "eval-suggest: %s\n", error->message);
      return 1;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *object;

      if (*lines[i] == '\0')
        continue;
      if (!json_parser_load_from_data (parser, lines[i], -1, &error))
        {
          fprintf (stderr, "eval-suggest: %s:%u: %s\n", argv[arg], i + 1, error->message);
          return 1;
        }
      object = json_node_get_object (json_parser_get_root (parser));
      g_ptr_array_add (texts, g_strdup (json_object_get_string_member (object, "text")));
      g_ptr_array_add (langs, g_strdup (json_object_get_string_member_with_default (object, "lang", NULL)));
      g_ptr_array_add (dates, g_strdup (json_object_get_string_member_with_default (object, "published", NULL)));
    }

  /* The clocks are read around the whole loop, as chrono.mjs does: read
   * per text they cost a system call each, a visible share of the time on
   * one-sentence texts. Freeing the results is inside, as it must be. */
  t0 = g_get_monotonic_time ();
  c0 = thread_cpu_usec ();
  for (int r = 0; r < repeat; r++)
    {
      for (guint i = 0; i < texts->len; i++)
        {
          const char *utf8 = g_ptr_array_index (texts, i);
          gsize len = strlen (utf8);
          g_autoptr(KutipText) text = kutip_text_new (utf8, (gssize) len, NULL);
          g_autoptr(KutipSuggestions) found = NULL;

          found = kutip_suggest_text (text, g_ptr_array_index (langs, i),
                                      g_ptr_array_index (dates, i), KUTIP_SUGGEST_ALL, NULL);
          bytes += len;
          if (found != NULL)
            n_spans += kutip_suggestions_get_n_spans (found);
        }
    }
  elapsed = g_get_monotonic_time () - t0;
  cpu = thread_cpu_usec () - c0;

  fprintf (stderr, "{\"docs\": %u, \"bytes\": %" G_GUINT64_FORMAT ", \"spans\": %u, "
           "\"seconds\": %.4f, \"mb_per_s\": %.2f, \"cpu_seconds\": %.4f, "
           "\"cpu_mb_per_s\": %.2f}\n",
           texts->len * repeat, bytes, n_spans, elapsed / 1e6,
           elapsed > 0 ? bytes / 1e6 / (elapsed / 1e6) : 0.0, cpu / 1e6,
           cpu > 0 ? bytes / 1e6 / (cpu / 1e6) : 0.0);
  return 0;
}
