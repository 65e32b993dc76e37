/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-store.c: how fast Kutip loads, validates, saves and queries a big
 * article, against `jq .` on the same file. A benchmark, not a test:
 * run bench/run-store.sh (a release build) or `meson compile -C BUILD bench-store`.
 *
^ *   kutip-bench-store [--mbytes 10] [--annotations 100000] [--queries 1000000]
^ *   kutip-bench-store --load-only FILE   (one load in a fresh process: time, peak RSS)
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "kutip.h"

static const char * const words[] = {
  "Presiden", "Joko", "Widodo", "mengatakan", "bahwa", "pemerintah", "akan", "terus",
  "mendukung", "gencatan", "senjata", "di", "Gaza", "kata", "dia", "pada", "Senin",
  "(18/5)", "dengan", "85,5", "persen", "Dr.", "Retno", "Marsudi", "menegaskan",
  "“kami", "siap", "membantu”", "—", "warga", "Palestina", "sejak", "Januari", "2024",
  "café", "naïve", "😀", "👍🏽", "🇮🇩", "Jl.", "Sudirman", "dll.", "ujarnya.", "the",
  "minister", "said", "on", "Monday", "that", "talks", "would", "continue.",
};

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
cpu_seconds (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static long
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static KutipText *
make_text (GRand *rand,
           gsize  n_bytes)
{
  GString *s = g_string_sized_new (n_bytes + 64);
  GError *error = NULL;
  KutipText *text;
  guint in_paragraph = 0;

  while (s->len < n_bytes)
    {
      g_string_append (s, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      if (++in_paragraph > 80 && g_rand_int_range (rand, 0, 20) == 0)
        {
          g_string_append (s, ".\n\n");
          in_paragraph = 0;
        }
      else
        g_string_append_c (s, ' ');
    }
  text = kutip_text_new (s->str, (gssize) s->len, &error);
  g_assert_no_error (error);
  g_string_free (s, TRUE);
  return text;
}

static KutipDocument *
make_document (GRand *rand,
               gsize  n_bytes,
               guint  n_annotations)
{
  static const char * const labels[] = {
    KUTIP_LABEL_SPEAKER, KUTIP_LABEL_CLAIM, KUTIP_LABEL_DATE,
  };
  g_autoptr(KutipText) text = make_text (rand, n_bytes);
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) relations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 24, 5, 0, 0);
  guint length = kutip_text_get_length (text);
  KutipDocument *document = kutip_document_new (text);

  for (guint i = 0; i < n_annotations; i++)
    {
      const char *label = labels[i % 3];
      guint span = i % 3 == 1 ? (guint) g_rand_int_range (rand, 20, 200)
                              : (guint) g_rand_int_range (rand, 3, 30);
      guint start = (guint) g_rand_int_range (rand, 0, (gint32) (length - span));
      g_autofree char *id = g_strdup_printf ("a%u", i);
      g_autofree char *covered = NULL;
      KutipAnnotation *a;

      /* Never split a surrogate-free cluster in a way the model refuses. */
      while (start > 0 && !kutip_text_is_grapheme_boundary (text, start))
        start--;
      while (start + span < length && !kutip_text_is_grapheme_boundary (text, start + span))
        span++;
      covered = kutip_text_dup_slice (text, start, start + span);
      a = kutip_annotation_new (label, start, start + span);
      kutip_annotation_set_id (a, id);
      kutip_annotation_set_text (a, covered);
      kutip_annotation_set_status (a, (KutipStatus) g_rand_int_range (rand, 0, 3));
      kutip_annotation_set_origin (a, i % 2 ? "manual" : "rule:quote-id");
      kutip_annotation_set_confidence (a, i % 2 ? 1.0 : 0.75);
      kutip_annotation_set_created (a, when);
      kutip_annotation_set_modified (a, when);
      if (i % 3 == 2)
        kutip_annotation_set_attribute (a, "value", "2024-05-18");
      else if (i % 3 == 1)
        kutip_annotation_set_attribute (a, "kind", "direct");
      g_ptr_array_add (annotations, a);
    }

  /* Each claim (i % 3 == 1) said by the speaker before it, dated by the date after. */
  for (guint i = 1; i + 1 < n_annotations; i += 3)
    {
      g_autofree char *from = g_strdup_printf ("a%u", i);
      g_autofree char *speaker = g_strdup_printf ("a%u", i - 1);
      g_autofree char *date = g_strdup_printf ("a%u", i + 1);
      g_autofree char *r1 = g_strdup_printf ("r%u", relations->len);
      g_autofree char *r2 = g_strdup_printf ("r%u", relations->len + 1);
      KutipRelation *said_by = kutip_relation_new (KUTIP_RELATION_SAID_BY, from, speaker);
      KutipRelation *dated = kutip_relation_new (KUTIP_RELATION_DATED, from, date);

      kutip_relation_set_id (said_by, r1);
      kutip_relation_set_id (dated, r2);
      g_ptr_array_add (relations, said_by);
      g_ptr_array_add (relations, dated);
    }

  /* 1,000 people, each mentioned by some speakers. */
  for (guint e = 0; e < 1000; e++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", e);
      g_autofree char *name = g_strdup_printf ("Orang %u", e);
      KutipEntity *entity = kutip_entity_new (name);

      kutip_entity_set_id (entity, id);
      for (guint i = e * 3; i < n_annotations; i += 3000)
        {
          g_autofree char *mention = g_strdup_printf ("a%u", i);
          kutip_entity_add_mention (entity, mention);
        }
      g_ptr_array_add (entities, entity);
    }

  kutip_document_load_contents (document, annotations, relations, entities);
  return document;
}

static int
load_only (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = NULL;
  double t0 = now ();
  double c0 = cpu_seconds (RUSAGE_SELF);
  double elapsed, cpu;

  document = kutip_store_load_file (path, KUTIP_LOAD_DEFAULT, &error);
  elapsed = now () - t0;
  cpu = cpu_seconds (RUSAGE_SELF) - c0;
  if (document == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("%.6f %.6f %ld %u\n", elapsed, cpu, peak_rss_kb (),
          kutip_document_get_n_annotations (document));
  return 0;
}

/* Runs @argv, returns the wall time (and its CPU time in @cpu) or a
 * negative number if it failed. */
static double
time_command (const char * const *argv,
              char              **out,
              double             *cpu)
{
  g_autoptr(GError) error = NULL;
  double t0 = now ();
  double c0 = cpu_seconds (RUSAGE_CHILDREN);
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, NULL))
    return -1;
  if (cpu)
    *cpu = cpu_seconds (RUSAGE_CHILDREN) - c0;
  return now () - t0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(KutipDocument) document = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *self = NULL;
  g_autofree char *load_only_path = NULL;
  int mbytes = 10;
  int n_annotations = 100000;
  int n_queries = 1000000;
  int n_range_queries = 100000;
  int rounds = 3;
  double best_load = G_MAXDOUBLE, best_save = G_MAXDOUBLE, best_jq = G_MAXDOUBLE;
  double best_load_cpu = G_MAXDOUBLE, best_jq_cpu = G_MAXDOUBLE, best_save_cpu = G_MAXDOUBLE;
  long load_rss = 0;
  guint length;
  gsize found = 0;
  GStatBuf st;
  double t0, c0, t_find, t_range, c_find, c_range;
  const GOptionEntry entries[] = {
    { "mbytes", 0, 0, G_OPTION_ARG_INT, &mbytes, "Article size in MB (10)", "N" },
    { "annotations", 0, 0, G_OPTION_ARG_INT, &n_annotations, "Annotations (100000)", "N" },
    { "queries", 0, 0, G_OPTION_ARG_INT, &n_queries, "Offset queries (1000000)", "N" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Runs of load/save/jq, best kept (3)", "N" },
    { "load-only", 0, 0, G_OPTION_ARG_FILENAME, &load_only_path, "Load FILE once and report",
      "FILE" },
    { NULL }
  };

  context = g_option_context_new ("— benchmark the Kutip JSON store");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  if (load_only_path != NULL)
    return load_only (load_only_path);

  self = g_file_read_link ("/proc/self/exe", NULL);
  dir = g_dir_make_tmp ("kutip-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.kutip.json", NULL);

  printf ("Kutip store benchmark, %s\n", g_get_host_name ());
  t0 = now ();
  document = make_document (rand, (gsize) mbytes * 1000 * 1000, (guint) n_annotations);
  length = kutip_text_get_length (kutip_document_get_text (document));
  printf ("generated: %u code points, %u annotations, %u relations, %u entities (%.2f s)\n",
          length, kutip_document_get_n_annotations (document),
          g_list_model_get_n_items (kutip_document_get_relations (document)),
          g_list_model_get_n_items (kutip_document_get_entities (document)), now () - t0);

  for (int r = 0; r < rounds; r++)
    {
      double c0 = cpu_seconds (RUSAGE_SELF);

      t0 = now ();
      if (!kutip_store_save_file (document, path, &error))
        g_error ("%s", error->message);
      best_save = MIN (best_save, now () - t0);
      best_save_cpu = MIN (best_save_cpu, cpu_seconds (RUSAGE_SELF) - c0);
    }
  g_stat (path, &st);
  printf ("file: %.1f MB\n", st.st_size / 1e6);

  for (int r = 0; r < rounds; r++)
    {
      g_autofree char *out = NULL;
      const char *cmd[] = { self, "--load-only", path, NULL };
      double elapsed, load_s, load_cpu;
      long rss;
      guint n;

      elapsed = time_command (cmd, &out, NULL);
      if (elapsed < 0 || sscanf (out, "%lf %lf %ld %u", &load_s, &load_cpu, &rss, &n) != 4)
        g_error ("loading in a child failed");
      g_assert_cmpuint (n, ==, (guint) n_annotations);
      best_load = MIN (best_load, load_s);
      best_load_cpu = MIN (best_load_cpu, load_cpu);
      load_rss = MAX (load_rss, rss);
    }

  for (int r = 0; r < rounds; r++)
    {
      g_autofree char *script = g_strdup_printf ("jq . '%s' >/dev/null", path);
      const char *cmd[] = { "sh", "-c", script, NULL };
      double cpu = 0;
      double elapsed = time_command (cmd, NULL, &cpu);

      if (elapsed < 0)
        {
          best_jq = -1;
          break;
        }
      best_jq = MIN (best_jq, elapsed);
      best_jq_cpu = MIN (best_jq_cpu, cpu);
    }

  c0 = cpu_seconds (RUSAGE_SELF);
  t0 = now ();
  for (int i = 0; i < n_queries; i++)
    {
      guint offset = (guint) g_rand_int_range (rand, 0, (gint32) length);
      GPtrArray *hits = kutip_document_find_at (document, offset);
      found += hits->len;
      g_ptr_array_unref (hits);
    }
  t_find = now () - t0;
  c_find = cpu_seconds (RUSAGE_SELF) - c0;

  c0 = cpu_seconds (RUSAGE_SELF);
  t0 = now ();
  for (int i = 0; i < n_range_queries; i++)
    {
      guint start = (guint) g_rand_int_range (rand, 0, (gint32) length - 500);
      GPtrArray *hits = kutip_document_find_in_range (document, start, start + 500);
      found += hits->len;
      g_ptr_array_unref (hits);
    }
  t_range = now () - t0;
  c_range = cpu_seconds (RUSAGE_SELF) - c0;

  printf ("\n%-40s %9s %9s %14s\n", "measure (best of rounds)", "wall", "CPU", "target");
  printf ("%-40s %7.3f s %7.3f s %14s\n", "load + validate (fresh process)", best_load,
          best_load_cpu, "≤ 2 × jq");
  if (best_jq > 0)
    {
      printf ("%-40s %7.3f s %7.3f s\n", "jq . >/dev/null", best_jq, best_jq_cpu);
      printf ("%-40s %7.2f × %7.2f × %14s  %s\n", "load + validate / jq", best_load / best_jq,
              best_load_cpu / best_jq_cpu, "≤ 2 ×", best_load / best_jq <= 2 ? "OK" : "MISSED");
    }
  else
    printf ("%-40s %9s\n", "jq . >/dev/null", "(no jq)");
  printf ("%-40s %7.3f s %7.3f s %14s  %s\n", "save (atomic, fsync)", best_save, best_save_cpu,
          "≤ 0.5 s", best_save <= 0.5 ? "OK" : "MISSED");
  printf ("%-40s %7.3f s %7.3f s %14s  %s\n", "find_at × queries", t_find, c_find, "≤ 0.5 s / 1M",
          t_find * 1e6 / n_queries <= 0.5 ? "OK" : "MISSED");
  printf ("  (%d queries, %.0f ns each)\n", n_queries, t_find * 1e9 / n_queries);
  printf ("%-40s %7.3f s %7.3f s\n", "find_in_range (500 code points) × 100k", t_range,
          c_range);
  printf ("%-40s %6.1f MB\n", "peak RSS of the loading process", load_rss / 1024.0);
  printf ("%-40s %7.2f × %9s %14s  %s\n", "peak RSS / file size",
          load_rss * 1024.0 / st.st_size, "", "≤ 8 ×",
          load_rss * 1024.0 / st.st_size <= 8 ? "OK" : "MISSED");
  printf ("(hits counted: %" G_GSIZE_FORMAT ")\n", found);

  if (g_getenv ("KUTIP_BENCH_KEEP") != NULL)
    printf ("kept %s\n", path);
  else
    {
      g_remove (path);
      g_rmdir (dir);
    }
  return 0;
}
