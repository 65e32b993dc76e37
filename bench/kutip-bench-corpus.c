/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-bench-corpus.c: writes a reproducible corpus of annotated news-like
 * documents as Kutip JSONL for the format benchmarks. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kutip-format.h"

static const char * const speakers[] = {
  "Presiden Joko Widodo", "Menteri Keuangan Sri Mulyani", "Gubernur Anies", "Kapolri",
  "Juru bicara KPK", "Ketua DPR Puan Maharani", "Dr. Siti Nadia", "Jean-Pierre Dupont",
};
static const char * const claims[] = {
  "Harga beras akan turun bulan depan",
  "Kami tidak akan menaikkan pajak 😀",
  "Inflasi tetap terkendali di angka 3,5 persen",
  "Proyek ini selesai tepat waktu 🚧",
  "Cafe\xCC\x81 di Jakarta harus membayar upah minimum",
  "Tidak ada korupsi dalam pengadaan ini",
  "Ekonomi tumbuh 5,1 persen pada kuartal ketiga",
  "Semua pihak harus menahan diri 🙏🏽",
};
static const char * const dates[] = {
  "12 Mei 2024", "Senin (3/6/2024)", "1 Januari 2025", "kemarin", "pekan lalu",
};
static const char * const values[] = {
  "2024-05-12", "2024-06-03", "2025-01-01", "2024-06-02", "2024-05-27",
};
static const char * const filler[] = {
  "Pernyataan itu disampaikan di hadapan wartawan di Istana Merdeka, Jakarta.",
  "Para pengamat menilai langkah tersebut cukup berani di tengah situasi ekonomi global.",
  "Sebelumnya, sejumlah lembaga survei merilis hasil yang berbeda-beda.",
  "Data Badan Pusat Statistik menunjukkan tren yang serupa sejak awal tahun.",
  "Warga di beberapa daerah mengeluhkan kenaikan harga kebutuhan pokok.",
};

static void
add (KutipDocument *document,
     GPtrArray     *items,
     const char    *id,
     const char    *label,
     guint          start,
     guint          end)
{
  KutipAnnotation *a = kutip_annotation_new (label, start, end);
  g_autofree char *text = kutip_text_dup_slice (kutip_document_get_text (document), start, end);

  kutip_annotation_set_id (a, id);
  kutip_annotation_set_text (a, text);
  kutip_annotation_set_status (a, KUTIP_STATUS_ACCEPTED);
  kutip_annotation_set_origin (a, KUTIP_ORIGIN_MANUAL);
  g_ptr_array_add (items, a);
}

typedef struct
{
  guint start, end;
} Range;

typedef struct
{
  Range r[3];  /* speaker, claim, date */
  guint speaker;
  guint date;
} Quote;

static int
compare_annotations (gconstpointer a,
                     gconstpointer b)
{
  return kutip_annotation_compare (*(KutipAnnotation **) a, *(KutipAnnotation **) b);
}

static KutipDocument *
make_document (GRand *rand,
               guint  number,
               guint  target_bytes)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) quotes = g_array_new (FALSE, FALSE, sizeof (Quote));
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) relations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("doc-%05u", number);
  KutipDocument *document;
  guint length = 0;

  while (text->len < target_bytes)
    {
      guint s = g_rand_int_range (rand, 0, G_N_ELEMENTS (speakers));
      guint c = g_rand_int_range (rand, 0, G_N_ELEMENTS (claims));
      guint d = g_rand_int_range (rand, 0, G_N_ELEMENTS (dates));
      Quote quote;
      Range *r = quote.r;

      /* “CLAIM,” kata SPEAKER pada DATE. FILLER\r\n */
      g_string_append (text, "“");
      length += 1;
      r[1].start = length;
      g_string_append (text, claims[c]);
      length += g_utf8_strlen (claims[c], -1);
      r[1].end = length;
      g_string_append (text, ",” kata ");
      length += 8;
      r[0].start = length;
      g_string_append (text, speakers[s]);
      length += g_utf8_strlen (speakers[s], -1);
      r[0].end = length;
      g_string_append (text, " pada ");
      length += 6;
      r[2].start = length;
      g_string_append (text, dates[d]);
      length += g_utf8_strlen (dates[d], -1);
      r[2].end = length;
      g_string_append (text, ". ");
      length += 2;
      for (guint k = 0; k < 2; k++)
        {
          const char *f = filler[g_rand_int_range (rand, 0, G_N_ELEMENTS (filler))];

          g_string_append (text, f);
          g_string_append_c (text, ' ');
          length += g_utf8_strlen (f, -1) + 1;
        }
      g_string_append (text, "\r\n");
      length += 2;
      quote.speaker = s;
      quote.date = d;
      g_array_append_val (quotes, quote);
    }

  document = kutip_document_new_from_string (text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  kutip_document_set_id (document, id);
  kutip_document_set_title (document, "Berita");

  for (guint q = 0; q < quotes->len; q++)
    {
      Quote *quote = &g_array_index (quotes, Quote, q);
      Range *r = quote->r;
      g_autofree char *sid = g_strdup_printf ("s%u", q);
      g_autofree char *cid = g_strdup_printf ("c%u", q);
      g_autofree char *did = g_strdup_printf ("d%u", q);
      g_autofree char *rid = g_strdup_printf ("r%u", 2 * q);
      g_autofree char *rid2 = g_strdup_printf ("r%u", 2 * q + 1);
      KutipRelation *relation;

      add (document, annotations, cid, KUTIP_LABEL_CLAIM, r[1].start, r[1].end);
      add (document, annotations, sid, KUTIP_LABEL_SPEAKER, r[0].start, r[0].end);
      add (document, annotations, did, KUTIP_LABEL_DATE, r[2].start, r[2].end);
      kutip_annotation_set_attribute (g_ptr_array_index (annotations, annotations->len - 1),
                                      "value", values[quote->date]);
      kutip_annotation_set_attribute (g_ptr_array_index (annotations, annotations->len - 3),
                                      "kind", "direct");
      relation = kutip_relation_new (KUTIP_RELATION_SAID_BY, cid, sid);
      kutip_relation_set_id (relation, rid);
      g_ptr_array_add (relations, relation);
      relation = kutip_relation_new (KUTIP_RELATION_DATED, cid, did);
      kutip_relation_set_id (relation, rid2);
      g_ptr_array_add (relations, relation);
    }

  for (guint s = 0; s < G_N_ELEMENTS (speakers); s++)
    {
      KutipEntity *entity = NULL;

      for (guint q = 0; q < quotes->len; q++)
        if (g_array_index (quotes, Quote, q).speaker == s)
          {
            g_autofree char *sid = g_strdup_printf ("s%u", q);

            if (entity == NULL)
              {
                g_autofree char *eid = g_strdup_printf ("e%u", s);

                entity = kutip_entity_new (speakers[s]);
                kutip_entity_set_id (entity, eid);
                g_ptr_array_add (entities, entity);
              }
            kutip_entity_add_mention (entity, sid);
          }
    }

  g_ptr_array_sort (annotations, compare_annotations);
  kutip_document_load_contents (document, annotations, relations, entities);
  return document;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GRand) rand = NULL;
  g_autoptr(KutipExporter) exporter = NULL;
  g_autoptr(GError) error = NULL;
  KutipExportOptions options;
  guint n_documents;
  guint bytes_per_document;

  if (argc != 4)
    {
      fprintf (stderr, "usage: %s N_DOCUMENTS TEXT_BYTES_PER_DOCUMENT OUT.jsonl\n", argv[0]);
      return 2;
    }
  n_documents = (guint) atoi (argv[1]);
  bytes_per_document = (guint) atoi (argv[2]);

  rand = g_rand_new_with_seed (20240512);
  kutip_export_options_init (&options);
  options.overwrite = TRUE; /* OUT.jsonl is named: make it anew */
  exporter = kutip_exporter_new_for_path (kutip_format_lookup ("jsonl"), argv[3], &options,
                                          &error);
  if (exporter == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < n_documents; i++)
    {
      g_autoptr(KutipDocument) document = make_document (rand, i + 1, bytes_per_document);

      if (!kutip_exporter_add (exporter, document, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }

  if (!kutip_exporter_finish (exporter, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  return 0;
}
