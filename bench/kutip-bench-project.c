/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-bench-project.c: a generated project folder and the project layer
 * timed on it:
 *
 *   kutip-bench-project make DIR [--articles N] [--seed S]
 *       writes N news articles of about 1,300 characters into DIR, in
 *       folders of 100: 60% an article with its .kutip.json, 20% an
 *       article alone, 20% a .kutip.json alone; the annotated ones with
 *       quotes (speaker, claim, date, said-by, dated, entities), some
 *       pending, some marked done or skipped
 *   kutip-bench-project index DIR
 *       the first index build (delete the index first): documents, MB,
 *       seconds, MB/s, progress calls, peak memory
 *   kutip-bench-project search DIR QUERY [--repeat R] [--limit N]
 *       a refreshed project asked QUERY R times (N hits made, 0: all):
 *       best and median ms, hits
 *
 * Results are one JSON line on stdout. */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "kutip.h"
#include "kutip-project.h"

static const char * const speakers[] = {
  "Presiden Joko Widodo", "Menteri Keuangan Sri Mulyani Indrawati", "Gubernur Ridwan Kamil",
  "Kapolri Listyo Sigit", "Juru bicara KPK Ali Fikri", "Ketua DPR Puan Maharani",
  "Menteri Kesehatan Budi Gunadi Sadikin", "Wakil Presiden Ma'ruf Amin", "Jokowi",
  "Direktur Utama Pertamina", "Kepala BMKG Dwikorita Karnawati", "Menlu Retno Marsudi",
};
static const char * const claims[] = {
  "Harga beras akan turun pada bulan depan setelah panen raya",
  "Kami tidak akan menaikkan tarif pajak pertambahan nilai tahun ini",
  "Inflasi tetap terkendali di kisaran 3,5 persen",
  "Proyek jalan tol ini selesai tepat waktu sesuai rencana",
  "Subsidi bahan bakar minyak tetap dilanjutkan untuk masyarakat kecil",
  "Tidak ada korupsi dalam pengadaan alat kesehatan tersebut",
  "Ekonomi tumbuh 5,1 persen pada kuartal ketiga",
  "Semua pihak harus menahan diri dan menjaga ketertiban",
  "Vaksinasi lanjutan akan dimulai pekan depan di seluruh provinsi",
  "Musim kemarau tahun ini lebih panjang dari biasanya",
};
static const char * const dates[] = {
  "12 Mei 2024", "Senin (3/6/2024)", "1 Januari 2025", "kemarin", "pekan lalu",
  "20 Februari 2023", "Kamis (7/9/2023)",
};
static const char * const values[] = {
  "2024-05-12", "2024-06-03", "2025-01-01", NULL, NULL, "2023-02-20", "2023-09-07",
};
static const char * const filler[] = {
  "Pernyataan itu disampaikan di hadapan wartawan di Jakarta.",
  "Para pengamat menilai langkah tersebut cukup berani di tengah situasi ekonomi global.",
  "Sebelumnya, sejumlah lembaga survei merilis hasil yang berbeda-beda.",
  "Data Badan Pusat Statistik menunjukkan tren yang serupa sejak awal tahun.",
  "Warga di beberapa daerah mengeluhkan kenaikan harga kebutuhan pokok.",
  "Pemerintah daerah diminta segera menyiapkan anggaran tambahan.",
  "Rapat kerja dengan komisi terkait dijadwalkan berlangsung pekan depan.",
  "Sejumlah organisasi masyarakat sipil meminta penjelasan yang lebih rinci.",
};
/* One topic word per article: each in about 1 article in 60. */
static const char * const topics[] = {
  "banjir", "gempa", "pemilu", "tol", "beras", "cabai", "vaksin", "sekolah", "nelayan",
  "tambang", "nikel", "sawit", "listrik", "kereta", "bandara", "pelabuhan", "hutan", "sampah",
  "pariwisata", "koperasi", "pajak", "utang", "ekspor", "impor", "rupiah", "saham", "stunting",
  "narkoba", "korupsi", "pilkada", "kemarau", "kebakaran", "longsor", "tsunami", "gunung",
  "jembatan", "irigasi", "pupuk", "gula", "garam", "daging", "telur", "minyak", "gas",
  "baterai", "mobil", "motor", "ojek", "startup", "internet", "satelit", "drone", "robot",
  "museum", "festival", "sepakbola", "bulutangkis", "olimpiade", "haji", "zakat",
};

typedef struct
{
  guint start, end;
} Range;

static guint
append (GString    *text,
        guint      *length,
        const char *piece)
{
  guint at = *length;

  g_string_append (text, piece);
  *length += (guint) g_utf8_strlen (piece, -1);
  return at;
}

static KutipAnnotation *
span (KutipDocument *document,
      const char    *id,
      const char    *label,
      Range          r,
      KutipStatus    status)
{
  KutipAnnotation *a = kutip_annotation_new (label, r.start, r.end);
  g_autofree char *covered = kutip_text_dup_slice (kutip_document_get_text (document), r.start,
                                                   r.end);

  kutip_annotation_set_id (a, id);
  kutip_annotation_set_text (a, covered);
  kutip_annotation_set_status (a, status);
  kutip_annotation_set_origin (a, status == KUTIP_STATUS_PENDING ? "rule:quote-id"
                                                                 : KUTIP_ORIGIN_MANUAL);
  return a;
}

static int
compare_annotations (gconstpointer a,
                     gconstpointer b)
{
  return kutip_annotation_compare (*(KutipAnnotation **) a, *(KutipAnnotation **) b);
}

/* An article of about 1,300 characters; *@document gets its annotations. */
static char *
make_article (GRand          *rand,
              guint           number,
              KutipDocument **document)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (Range));
  g_autoptr(GArray) picks = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) relations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *topic = topics[number % G_N_ELEMENTS (topics)];
  g_autofree char *headline = g_strdup_printf ("Soal %s, pemerintah daerah %u bersiap\n\n",
                                               topic, number);
  guint length = 0;
  guint n_quotes = 0;

  append (text, &length, headline);
  while (text->len < 1150)
    {
      guint s = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (speakers));
      guint c = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (claims));
      guint d = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (dates));
      Range r[3];

      /* “CLAIM,” kata SPEAKER pada DATE. FILLER FILLER (TOPIC)\n\n */
      append (text, &length, "“");
      r[1].start = append (text, &length, claims[c]);
      r[1].end = length;
      append (text, &length, ",” kata ");
      r[0].start = append (text, &length, speakers[s]);
      r[0].end = length;
      append (text, &length, " pada ");
      r[2].start = append (text, &length, dates[d]);
      r[2].end = length;
      append (text, &length, ". ");
      for (guint k = 0; k < 3; k++)
        {
          append (text, &length, filler[g_rand_int_range (rand, 0, G_N_ELEMENTS (filler))]);
          append (text, &length, " ");
        }
      if (n_quotes == 1)
        {
          append (text, &length, "Isu ");
          append (text, &length, topic);
          append (text, &length, " kembali mencuat.");
        }
      append (text, &length, "\n\n");
      g_array_append_vals (ranges, r, 3);
      g_array_append_val (picks, s);
      g_array_append_val (picks, d);
      n_quotes++;
    }

  if (document == NULL)
    return g_string_free (g_steal_pointer (&text), FALSE);

  *document = kutip_document_new_from_string (text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  {
    g_autofree char *id = g_strdup_printf ("artikel-%05u", number);
    g_autofree char *published = g_strdup_printf ("%04u-%02u-%02u", 2022 + number % 3,
                                                  1 + number % 12, 1 + number % 28);

    kutip_document_set_id (*document, id);
    kutip_document_set_language (*document, "id");
    kutip_document_set_published (*document, published, NULL);
  }

  for (guint q = 0; q < n_quotes; q++)
    {
      Range *r = &g_array_index (ranges, Range, 3 * q);
      guint s = g_array_index (picks, guint, 2 * q);
      guint d = g_array_index (picks, guint, 2 * q + 1);
      /* Later quotes of an article are still suggestions to review. */
      KutipStatus status = q < 2 ? KUTIP_STATUS_ACCEPTED : KUTIP_STATUS_PENDING;
      g_autofree char *sid = g_strdup_printf ("s%u", q);
      g_autofree char *cid = g_strdup_printf ("c%u", q);
      g_autofree char *did = g_strdup_printf ("d%u", q);
      g_autofree char *r1 = g_strdup_printf ("r%u", 2 * q);
      g_autofree char *r2 = g_strdup_printf ("r%u", 2 * q + 1);
      g_autofree char *eid = g_strdup_printf ("e%u", q);
      KutipAnnotation *date;
      KutipRelation *relation;
      KutipEntity *entity;

      g_ptr_array_add (annotations, span (*document, sid, KUTIP_LABEL_SPEAKER, r[0], status));
      g_ptr_array_add (annotations, span (*document, cid, KUTIP_LABEL_CLAIM, r[1], status));
      kutip_annotation_set_attribute (g_ptr_array_index (annotations, annotations->len - 1),
                                      "kind", "direct");
      date = span (*document, did, KUTIP_LABEL_DATE, r[2], status);
      if (values[d] != NULL)
        kutip_annotation_set_attribute (date, "value", values[d]);
      g_ptr_array_add (annotations, date);

      relation = kutip_relation_new (KUTIP_RELATION_SAID_BY, cid, sid);
      kutip_relation_set_id (relation, r1);
      kutip_relation_set_status (relation, status);
      g_ptr_array_add (relations, relation);
      relation = kutip_relation_new (KUTIP_RELATION_DATED, cid, did);
      kutip_relation_set_id (relation, r2);
      kutip_relation_set_status (relation, status);
      g_ptr_array_add (relations, relation);

      entity = kutip_entity_new (speakers[s]);
      kutip_entity_set_id (entity, eid);
      kutip_entity_add_mention (entity, sid);
      g_ptr_array_add (entities, entity);
    }
  g_ptr_array_sort (annotations, compare_annotations);
  kutip_document_load_contents (*document, annotations, relations, entities);
  /* A tenth done, a fiftieth skipped (of the documents with a .kutip.json:
   * number % 5 == 3 are the articles alone). */
  if (number % 10 == 1)
    kutip_document_set_status (*document, KUTIP_DOCUMENT_STATUS_DONE);
  else if (number % 50 == 7)
    kutip_document_set_status (*document, KUTIP_DOCUMENT_STATUS_SKIPPED);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
write_or_die (const char *path,
              const char *data,
              gsize       len)
{
  g_autoptr(GError) error = NULL;

  /* No fsync per file: a benchmark corpus, not work to keep. */
  if (!g_file_set_contents_full (path, data, (gssize) len, G_FILE_SET_CONTENTS_NONE, 0644,
                                 &error))
    g_error ("%s", error->message);
}

static int
run_make (const char *dir,
      guint       n_articles,
      guint32     seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint64 bytes = 0;

  for (guint i = 0; i < n_articles; i++)
    {
      g_autofree char *folder = g_strdup_printf ("%s/%s/%03u", dir,
                                                 i % 2 == 0 ? "nasional" : "ekonomi", i / 100);
      g_autofree char *base = g_strdup_printf ("%s/artikel-%05u", folder, i);
      g_autofree char *txt = g_strconcat (base, ".txt", NULL);
      g_autofree char *json = g_strconcat (base, ".kutip.json", NULL);
      g_autoptr(KutipDocument) document = NULL;
      g_autofree char *text = NULL;
      guint kind = i % 5;   /* 0-2 paired, 3 bare article, 4 .kutip.json alone */

      g_mkdir_with_parents (folder, 0755);
      text = make_article (rand, i, kind == 3 ? NULL : &document);
      if (kind != 4)
        {
          write_or_die (txt, text, strlen (text));
          bytes += strlen (text);
        }
      if (document != NULL)
        {
          gsize len = 0;
          g_autofree char *data = kutip_store_to_data (document, TRUE, &len);

          write_or_die (json, data, len);
          bytes += len;
        }
    }

  printf ("{\"articles\": %u, \"mb\": %.1f}\n", n_articles, bytes / 1e6);
  return 0;
}

static glong
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

typedef struct
{
  guint   calls;
  guint64 bytes;
} Progress;

static void
progress_cb (guint    n_done,
             guint    n_total,
             guint64  bytes_done,
             guint64  bytes_total,
             gpointer user_data)
{
  Progress *progress = user_data;

  progress->calls++;
  progress->bytes = bytes_total;
}

static int
run_index (const char *dir)
{
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };
  guint n;
  gint64 start;
  double seconds;

  project = kutip_project_open (dir, KUTIP_PROJECT_OPEN_DEFAULT, &error);
  if (project == NULL)
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  if (!kutip_project_refresh (project, KUTIP_PROJECT_REFRESH_DEFAULT, progress_cb, &progress,
                              NULL, &error))
    g_error ("%s", error->message);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  n = g_list_model_get_n_items (kutip_project_get_documents (project));

  printf ("{\"documents\": %u, \"mb\": %.1f, \"seconds\": %.2f, \"mb_per_s\": %.1f, "
          "\"progress_calls\": %u, \"peak_rss_mb\": %.1f}\n",
          n, progress.bytes / 1e6, seconds, progress.bytes / 1e6 / seconds, progress.calls,
          peak_rss_kb () / 1024.0);
  return 0;
}

/* CPU time of this thread: a loaded machine disturbs it less than wall time. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static int
run_search (const char *dir,
            const char *query,
            guint       repeat,
            guint       limit)
{
  g_autoptr(KutipProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *escaped = g_strescape (query, NULL);
  guint n_hits = 0, n_total = 0;
  double refresh_ms;
  gint64 start;

  project = kutip_project_open (dir, KUTIP_PROJECT_OPEN_DEFAULT, &error);
  if (project == NULL)
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  if (!kutip_project_refresh (project, KUTIP_PROJECT_REFRESH_DEFAULT, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  refresh_ms = (g_get_monotonic_time () - start) / 1e3;

  for (guint i = 0; i < repeat; i++)
    {
      g_autoptr(GListModel) hits = NULL;
      double ms, cpu_ms, cpu_start;

      cpu_start = thread_cpu_ms ();
      start = g_get_monotonic_time ();
      hits = kutip_project_search (project, query, limit, &n_total, NULL, &error);
      ms = (g_get_monotonic_time () - start) / 1e3;
      cpu_ms = thread_cpu_ms () - cpu_start;
      if (hits == NULL)
        g_error ("%s", error->message);
      n_hits = g_list_model_get_n_items (hits);
      g_array_append_val (times, ms);
      g_array_append_val (cpu_times, cpu_ms);
    }
  g_array_sort (times, compare_doubles);
  g_array_sort (cpu_times, compare_doubles);

  printf ("{\"query\": \"%s\", \"hits\": %u, \"total\": %u, \"best_ms\": %.2f, "
          "\"median_ms\": %.2f, \"best_cpu_ms\": %.2f, \"refresh_ms\": %.1f, "
          "\"peak_rss_mb\": %.1f}\n",
          escaped, n_hits, n_total, g_array_index (times, double, 0),
          g_array_index (times, double, times->len / 2), g_array_index (cpu_times, double, 0),
          refresh_ms, peak_rss_kb () / 1024.0);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("make|index|search DIR [QUERY]");
  g_autoptr(GError) error = NULL;
  gint articles = 10000;
  gint seed = 11;
  gint repeat = 20;
  gint limit = 0;
  const GOptionEntry entries[] = {
    { "articles", 0, 0, G_OPTION_ARG_INT, &articles, "Articles to make", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed", "S" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Times to ask", "R" },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, "Hits to make (0: all)", "N" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 3)
    {
      fprintf (stderr, "usage: kutip-bench-project make|index|search DIR [QUERY]\n");
      return 2;
    }

  if (strcmp (argv[1], "make") == 0)
    return run_make (argv[2], (guint) articles, (guint32) seed);
  if (strcmp (argv[1], "index") == 0)
    return run_index (argv[2]);
  if (strcmp (argv[1], "search") == 0 && argc >= 4)
    return run_search (argv[2], argv[3], (guint) MAX (repeat, 1), (guint) MAX (limit, 0));
  fprintf (stderr, "usage: kutip-bench-project make|index|search DIR [QUERY]\n");
  return 2;
}
