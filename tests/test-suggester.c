/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-suggester.c: the suggestion glue: merging into a document without
 * touching human decisions, the JSONL filter, external commands and
 * predictions files. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kutip.h"
#include "kutip-date-finder.h"
#include "kutip-suggester.h"
#include "kutip-suggestions-private.h"

#define ARTICLE \
  "JAKARTA — Menteri Keuangan Sri Mulyani mengatakan, pemerintah akan menambah " \
  "anggaran subsidi energi pada Senin (21/2/2022).\n" \
  "“Kami tidak akan menaikkan harga BBM tahun ini,” kata Sri Mulyani.\n"

static KutipDocument *
new_article (void)
{
  g_autoptr(GError) error = NULL;
  KutipDocument *document = kutip_document_new_from_string (ARTICLE, -1, &error);

  g_assert_no_error (error);
  kutip_document_set_language (document, "id");
  kutip_document_set_published (document, "2022-02-21", &error);
  g_assert_no_error (error);
  kutip_document_mark_saved (document);
  return document;
}

static guint
count_label (KutipDocument *document,
             const char    *label,
             int            status)
{
  GListModel *model = kutip_document_get_annotations (document);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (model, i);

      if (g_str_equal (kutip_annotation_get_label (a), label) &&
          (status < 0 || kutip_annotation_get_status (a) == (KutipStatus) status))
        n++;
    }
  return n;
}

static KutipAnnotation *
first_with_label (KutipDocument *document,
                  const char    *label)
{
  GListModel *model = kutip_document_get_annotations (document);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (model, i);

      if (g_str_equal (kutip_annotation_get_label (a), label))
        return a;
    }
  return NULL;
}

/* The annotation of @label starting at @start, or NULL. */
static KutipAnnotation *
first_at_label (KutipDocument *document,
                const char    *label,
                guint          start)
{
  GListModel *model = kutip_document_get_annotations (document);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KutipAnnotation) a = g_list_model_get_item (model, i);

      if (g_str_equal (kutip_annotation_get_label (a), label)
          && kutip_annotation_get_start (a) == start)
        return a;
    }
  return NULL;
}

/* The rules find the quote, its speaker and the date; everything is pending
 * with a rule origin, and one undo takes all of it back. */
static void
test_apply_rules (void)
{
  g_autoptr(KutipDocument) document = new_article ();
  g_autoptr(KutipSuggestions) found = NULL;
  g_autoptr(GError) error = NULL;
  KutipApplyReport report;
  KutipAnnotation *claim, *date;

  found = kutip_suggest_document (document, KUTIP_SUGGEST_ALL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);

  kutip_suggestions_apply (found, document, &report);
  g_assert_cmpuint (report.added, ==, kutip_suggestions_get_spans (found)->len);
  g_assert_cmpuint (report.added, >=, 4);
  g_assert_cmpuint (count_label (document, "claim", KUTIP_STATUS_PENDING), >=, 1);
  g_assert_cmpuint (count_label (document, "speaker", KUTIP_STATUS_PENDING), >=, 1);
  g_assert_cmpuint (count_label (document, "date", KUTIP_STATUS_PENDING), >=, 1);
  g_assert_cmpuint (kutip_document_get_n_pending (document), ==, report.added);

  date = first_with_label (document, "date");
  g_assert_cmpstr (kutip_annotation_get_text (date), ==, "Senin (21/2/2022)");
  g_assert_cmpstr (kutip_annotation_get_attribute (date, "value"), ==, "2022-02-21");
  g_assert_true (g_str_has_prefix (kutip_annotation_get_origin (date), "rule:"));

  /* The direct quote is said by a speaker mention of Sri Mulyani. */
  claim = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (kutip_document_get_annotations (document)); i++)
    {
      g_autoptr(KutipAnnotation) a =
        g_list_model_get_item (kutip_document_get_annotations (document), i);

      if (g_str_equal (kutip_annotation_get_label (a), "claim") &&
          g_strcmp0 (kutip_annotation_get_attribute (a, "kind"), "direct") == 0)
        claim = a;
    }
  g_assert_nonnull (claim);
  g_assert_true (g_str_has_prefix (kutip_annotation_get_text (claim), "“Kami tidak"));
  {
    KutipAnnotation *speaker = kutip_document_get_linked (document, claim, "said-by");

    g_assert_nonnull (speaker);
    g_assert_nonnull (strstr (kutip_annotation_get_text (speaker), "Sri Mulyani"));
  }

  g_assert_true (kutip_document_get_modified (document));
  g_assert_true (kutip_document_undo (document));
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kutip_document_get_relations (document)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kutip_document_get_entities (document)), ==, 0);
  g_assert_false (kutip_document_get_modified (document));
}

/* Suggesting again never duplicates or revives: accepted work and rejected
 * suggestions stay as the person left them. */
static void
test_apply_keeps_decisions (void)
{
  g_autoptr(KutipDocument) document = new_article ();
  g_autoptr(KutipSuggestions) first = NULL;
  g_autoptr(KutipSuggestions) second = NULL;
  KutipApplyReport report;
  KutipAnnotation *date, *claim;
  guint n_before;

  first = kutip_suggest_document (document, KUTIP_SUGGEST_ALL, NULL);
  kutip_suggestions_apply (first, document, &report);
  n_before = kutip_document_get_n_annotations (document);

  date = first_with_label (document, "date");
  kutip_document_set_annotation_status (document, date, KUTIP_STATUS_REJECTED);
  claim = first_with_label (document, "claim");
  kutip_document_set_annotation_status (document, claim, KUTIP_STATUS_ACCEPTED);
  /* The person moved the claim's start: the suggestion's own bounds overlap it. */
  g_assert_true (kutip_document_set_annotation_bounds (document, claim,
                                                       kutip_annotation_get_start (claim) + 1,
                                                       kutip_annotation_get_end (claim), NULL));

  second = kutip_suggest_document (document, KUTIP_SUGGEST_ALL, NULL);
  kutip_suggestions_apply (second, document, &report);
  g_assert_cmpuint (report.added, ==, 0);
  g_assert_cmpuint (report.relations, ==, 0);
  g_assert_cmpuint (kutip_document_get_n_annotations (document), ==, n_before);
  g_assert_cmpint (kutip_annotation_get_status (date), ==, KUTIP_STATUS_REJECTED);
  g_assert_cmpint (kutip_annotation_get_status (claim), ==, KUTIP_STATUS_ACCEPTED);
}

/* A claim the person linked to a speaker keeps that speaker. */
static void
test_apply_keeps_links (void)
{
  g_autoptr(KutipDocument) document = new_article ();
  g_autoptr(KutipSuggestions) found = NULL;
  g_autoptr(GError) error = NULL;
  KutipAnnotation *claim, *speaker, *other;
  KutipApplyReport report;
  guint quote_start = 0;

  g_assert_true (kutip_text_find (kutip_document_get_text (document), "“Kami", 0, &quote_start));
  claim = kutip_document_tag (document, "claim", quote_start, quote_start + 48, &error);
  g_assert_no_error (error);
  other = kutip_document_tag (document, "speaker", 0, 7, &error); /* "JAKARTA" */
  g_assert_no_error (error);
  kutip_document_link (document, "said-by", claim, other);

  found = kutip_suggest_document (document, KUTIP_SUGGEST_ALL, NULL);
  kutip_suggestions_apply (found, document, &report);

  speaker = kutip_document_get_linked (document, claim, "said-by");
  g_assert_true (speaker == other);
}

/* Suggesting groups its own mentions; it never changes the entity of a
 * mention a person decided: one in the person's entity stays there, one
 * they left without an entity stays without, and a new mention of the same
 * person joins the person's entity. */
static void
test_apply_keeps_entities (void)
{
  const char *text = "CIREBON — Wakil Kepala Satlantas Polresta Cirebon Ajun Komisaris Purwadi "
                     "mengatakan, kendaraan pemudik akan memadati Cirebon. “Kami siapkan jalur "
                     "alternatif di Kuningan,” kata Purwadi. “Petugas berjaga sampai malam di "
                     "setiap simpang,” ujar Purwadi.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = kutip_document_new_from_string (text, -1, &error);
  g_autoptr(KutipSuggestions) found = NULL;
  g_autoptr(KutipEntity) mine = kutip_entity_new ("Purwadi (Satlantas)");
  KutipText *t = kutip_document_get_text (document);
  KutipAnnotation *titled, *named, *third;
  KutipEntity *e;
  guint at = 0, first_kata = 0, ujar = 0;
  KutipApplyReport report;

  g_assert_no_error (error);
  kutip_document_set_language (document, "id");
  g_assert_true (kutip_text_find (t, "Ajun Komisaris Purwadi", 0, &at));
  titled = kutip_document_tag (document, "speaker", at, at + 22, &error);
  g_assert_no_error (error);
  g_assert_true (kutip_text_find (t, "kata Purwadi", 0, &first_kata));
  named = kutip_document_tag (document, "speaker", first_kata + 5, first_kata + 12, &error);
  g_assert_no_error (error);
  g_assert_true (kutip_document_add_entity (document, mine, &error));
  g_assert_no_error (error);
  kutip_document_entity_add_mention (document, mine, named);
  g_assert_cmpint (kutip_annotation_get_status (titled), ==, KUTIP_STATUS_ACCEPTED);

  found = kutip_suggest_document (document, KUTIP_SUGGEST_ALL, NULL);
  kutip_suggestions_apply (found, document, &report);

  g_assert_null (kutip_document_get_entity_for (document, titled));
  g_assert_true (kutip_document_get_entity_for (document, named) == mine);
  g_assert_cmpstr (kutip_entity_get_name (mine), ==, "Purwadi (Satlantas)");
  g_assert_true (kutip_text_find (t, "ujar Purwadi", 0, &ujar));
  third = first_at_label (document, "speaker", ujar + 5);
  g_assert_nonnull (third);
  g_assert_cmpint (kutip_annotation_get_status (third), ==, KUTIP_STATUS_PENDING);
  e = kutip_document_get_entity_for (document, third);
  g_assert_true (e == mine);
}

static void
test_jsonl_line (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *line =
    "{\"id\": 7, \"lang\": \"en\", \"published\": \"2021-05-20\", "
    "\"text\": \"\\ud83d\\ude00 \\\"We will win,\\\" President Joe Biden said on Wednesday.\"}";
  JsonObject *object;
  JsonArray *spans;
  gboolean saw_date = FALSE;

  g_assert_true (kutip_suggest_jsonl_line (line, strlen (line), "t:1", KUTIP_SUGGEST_ALL, 0,
                                           out, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (out->str, "\n"));
  g_assert_true (strchr (out->str, '\n') + 1 == out->str + out->len);

  g_assert_true (json_parser_load_from_data (parser, out->str, -1, &error));
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, "7");
  spans = json_object_get_array_member (object, "spans");
  g_assert_cmpuint (json_array_get_length (spans), >=, 2);
  for (guint i = 0; i < json_array_get_length (spans); i++)
    {
      JsonObject *span = json_array_get_object_element (spans, i);

      g_assert_true (json_object_has_member (span, "confidence"));
      if (g_str_equal (json_object_get_string_member (span, "label"), "date"))
        {
          /* Code points: the emoji is one, so "Wednesday" starts at 45. */
          g_assert_cmpint (json_object_get_int_member (span, "start"), ==, 45);
          g_assert_cmpint (json_object_get_int_member (span, "end"), ==, 54);
          g_assert_cmpstr (json_object_get_string_member (span, "value"), ==, "2021-05-19");
          saw_date = TRUE;
        }
    }
  g_assert_true (saw_date);
  g_assert_true (json_object_has_member (object, "relations"));
}

/* A confidence floor drops relative dates (and what links to them) but keeps
 * calendar dates. */
static void
test_filter (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipText) text = kutip_text_new ("Kemarin, kata Joko Widodo, harga turun. "
                                              "“Kami siap,” kata Joko Widodo pada "
                                              "Senin (21/2/2022).", -1, &error);
  g_autoptr(KutipSuggestions) found = NULL;
  GPtrArray *spans;
  guint n_dates;

  found = kutip_suggest_text (text, "id", "2022-02-22", KUTIP_SUGGEST_ALL, &error);
  g_assert_no_error (error);
  n_dates = kutip_suggestions_count_label (found, "date");
  g_assert_cmpuint (n_dates, ==, 2);

  kutip_suggestions_filter (found, 0.8);
  g_assert_cmpuint (kutip_suggestions_count_label (found, "date"), ==, 1);
  spans = kutip_suggestions_get_spans (found);
  for (guint i = 0; i < spans->len; i++)
    {
      KutipAnnotation *a = g_ptr_array_index (spans, i);

      g_assert_cmpfloat (kutip_annotation_get_confidence (a), >=, 0.8);
      if (g_str_equal (kutip_annotation_get_label (a), "date"))
        g_assert_cmpstr (kutip_annotation_get_text (a), ==, "Senin (21/2/2022)");
    }
  for (guint i = 0; i < kutip_suggestions_get_relations (found)->len; i++)
    {
      KutipRelation *r = g_ptr_array_index (kutip_suggestions_get_relations (found), i);
      gboolean from = FALSE, to = FALSE;

      for (guint j = 0; j < spans->len; j++)
        {
          const char *id = kutip_annotation_get_id (g_ptr_array_index (spans, j));

          from |= g_str_equal (id, kutip_relation_get_from_id (r));
          to |= g_str_equal (id, kutip_relation_get_to_id (r));
        }
      g_assert_true (from && to);
    }
}

/* A claim is dated by the date in its attribution sentence, not by one in
 * the next sentence. */
static void
test_dated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipText) text = kutip_text_new (
    "“Harga beras akan turun,” kata Menteri Perdagangan Zulkifli Hasan, Senin (21/2/2022). "
    "Pasar dibuka Selasa (22/2/2022).", -1, &error);
  g_autoptr(KutipSuggestions) found = NULL;
  GPtrArray *relations;
  guint n_dated = 0;

  found = kutip_suggest_text (text, "id", NULL, KUTIP_SUGGEST_ALL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_suggestions_count_label (found, "date"), ==, 2);
  relations = kutip_suggestions_get_relations (found);
  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *r = g_ptr_array_index (relations, i);
      GPtrArray *spans = kutip_suggestions_get_spans (found);

      if (!g_str_equal (kutip_relation_get_rtype (r), "dated"))
        continue;
      n_dated++;
      for (guint j = 0; j < spans->len; j++)
        {
          KutipAnnotation *a = g_ptr_array_index (spans, j);

          if (g_str_equal (kutip_annotation_get_id (a), kutip_relation_get_to_id (r)))
            g_assert_cmpstr (kutip_annotation_get_text (a), ==, "Senin (21/2/2022)");
          if (g_str_equal (kutip_annotation_get_id (a), kutip_relation_get_from_id (r)))
            g_assert_cmpstr (kutip_annotation_get_label (a), ==, "claim");
        }
    }
  g_assert_cmpuint (n_dated, ==, 1);
}

/* The text of the date the claim starting with @claim_prefix is dated by,
 * or NULL. */
static const char *
dated_text (KutipSuggestions *found,
            const char       *claim_prefix)
{
  GPtrArray *spans = kutip_suggestions_get_spans (found);
  GPtrArray *relations = kutip_suggestions_get_relations (found);
  KutipAnnotation *claim = NULL;

  for (guint j = 0; j < spans->len && claim == NULL; j++)
    {
      KutipAnnotation *a = g_ptr_array_index (spans, j);

      if (g_str_equal (kutip_annotation_get_label (a), "claim")
          && g_str_has_prefix (kutip_annotation_get_text (a), claim_prefix))
        claim = a;
    }
  if (claim == NULL)
    g_error ("no claim “%s…”", claim_prefix);
  for (guint i = 0; i < relations->len; i++)
    {
      KutipRelation *r = g_ptr_array_index (relations, i);

      if (!g_str_equal (kutip_relation_get_rtype (r), "dated")
          || !g_str_equal (kutip_relation_get_from_id (r), kutip_annotation_get_id (claim)))
        continue;
      for (guint j = 0; j < spans->len; j++)
        {
          KutipAnnotation *a = g_ptr_array_index (spans, j);

          if (g_str_equal (kutip_annotation_get_id (a), kutip_relation_get_to_id (r)))
            return kutip_annotation_get_text (a);
        }
    }
  return NULL;
}

/* A claim is dated when it was said: the date in its attribution before a
 * date inside it; the date of the sentence before that sets the speaker's
 * scene; none from a sentence about something else; and an abbreviation
 * ("Dr.") does not cut the attribution off its sentence. */
static void
test_dated_statement (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipText) text = kutip_text_new (
    "Ahmad, Senin (4/4/2022), mengatakan, bantuan akan tiba pada Rabu (6/4/2022). "
    "Pada Selasa (5/4/2022), Menteri Sosial Tri Rismaharini meninjau lokasi banjir di "
    "Demak. Rismaharini mengatakan, pemerintah menyiapkan dapur umum di setiap desa.\n"
    "Pada Selasa (5/4/2022), banjir merendam 300 rumah. Camat Budi Santoso mengatakan, "
    "warga sudah dievakuasi ke balai desa.\n"
    "Pada Kamis (7/4/2022), Dr. Sari Wulandari mengatakan, stok obat di posko cukup.\n"
    "“Kami membuka posko sampai Jumat (8/4/2022),” kata Budi.\n"
    "Camat Budi Santoso memperkirakan air surut dua hari lagi.\n", -1, &error);
  g_autoptr(KutipSuggestions) found = NULL;

  g_assert_no_error (error);
  found = kutip_suggest_text (text, "id", "2022-04-09", KUTIP_SUGGEST_ALL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dated_text (found, "bantuan akan tiba"), ==, "Senin (4/4/2022)");
  g_assert_cmpstr (dated_text (found, "pemerintah menyiapkan"), ==, "Selasa (5/4/2022)");
  g_assert_null (dated_text (found, "warga sudah dievakuasi"));
  g_assert_cmpstr (dated_text (found, "stok obat"), ==, "Kamis (7/4/2022)");
  /* Nothing else says when: the date inside a quote; not a date reported
   * speech tells of. */
  g_assert_cmpstr (dated_text (found, "“Kami membuka"), ==, "Jumat (8/4/2022)");
  g_assert_null (dated_text (found, "air surut"));
}

/* The engine keeps its suggestions as records until annotations are asked
 * for: both write the same JSONL, and the count is the same before. */
static void
test_rule_records (void)
{
  g_autoptr(KutipDocument) document = new_article ();
  g_autoptr(KutipSuggestions) found = kutip_suggest_document (document, KUTIP_SUGGEST_ALL, NULL);
  g_autoptr(GString) records = g_string_new (NULL);
  g_autoptr(GString) objects = g_string_new (NULL);
  guint n;

  n = kutip_suggestions_get_n_spans (found);
  g_assert_cmpuint (n, >=, 4);
  g_assert_cmpuint (kutip_suggestions_count_label (found, "claim"), ==, 2);
  kutip_suggestions_write_jsonl (found, "a", records);
  g_assert_cmpuint (kutip_suggestions_get_spans (found)->len, ==, n);
  g_assert_cmpuint (kutip_suggestions_get_n_spans (found), ==, n);
  kutip_suggestions_write_jsonl (found, "a", objects);
  g_assert_cmpstr (records->str, ==, objects->str);
  g_assert_nonnull (strstr (records->str, "\"kind\":\"indirect\""));
  g_assert_nonnull (strstr (records->str, "\"type\":\"dated\""));
}

static void
test_jsonl_bad_lines (void)
{
  struct { const char *line; const char *message; } cases[] = {
    { "{\"id\": 1, \"text\": ", "t:3: $.text: expected a string, found the end" },
    { "{\"id\": 1 \"text\": \"x\"}", "t:3: line 1, column 10: not valid JSON" },
    { "[1, 2]", "t:3: $: expected an object" },
    { "{\"text\": \"x\"}", "t:3: $: the member “id” is missing" },
    { "{\"id\": 1.5, \"text\": \"x\"}", "t:3: $.id: expected a string or a whole number" },
    { "{\"id\": \"a\", \"text\": \"x\"} x", "t:3: line 1, column 26: not valid JSON" },
    { "{\"id\": \"a\", \"text\": \"\\ud800\"}", "t:3: " },
    { "{\"id\": \"a\"}", "t:3: $: the member “text” is missing" },
    { "{\"id\": \"a\", \"text\": 5}", "t:3: $.text: expected a string" },
    { "{\"id\": \"a\", \"text\": \"x\", \"published\": \"21/2/2022\"}", "t:3: $.published" },
    { "{\"id\": \"a\", \"text\": \"x\", \"lang\": 5}", "t:3: $.lang" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GError) error = NULL;

      g_assert_false (kutip_suggest_jsonl_line (cases[i].line, strlen (cases[i].line), "t:3",
                                                KUTIP_SUGGEST_ALL, 0, out, &error));
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” lacks “%s”", i, error->message, cases[i].message);
      g_assert_cmpuint (out->len, ==, 0);
    }
}

static char *
write_script (const char *dir,
              const char *name,
              const char *body)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *script = g_strdup_printf ("#!/bin/sh\n%s\n", body);

  g_assert_true (g_file_set_contents (path, script, -1, NULL));
  g_assert_cmpint (g_chmod (path, 0755), ==, 0);
  return g_steal_pointer (&path);
}

static void
test_external (void)
{
  g_autoptr(KutipDocument) document = new_article ();
  g_autofree char *dir = g_dir_make_tmp ("kutip-external-XXXXXX", NULL);
  g_autofree char *good = NULL, *slow = NULL, *garbage = NULL, *failing = NULL, *range = NULL;
  g_autoptr(KutipSuggestions) found = NULL;
  g_autoptr(GError) error = NULL;
  KutipApplyReport report;
  KutipAnnotation *speaker;

  /* It must read the document JSON from stdin: count its "format" member. */
  good = write_script (dir, "good",
    "grep -q '\"format\" *: *\"kutip\"' || exit 3\n"
    "echo '{\"spans\":[{\"id\":\"x\",\"label\":\"speaker\",\"start\":0,\"end\":7,"
    "\"confidence\":0.4}],\"relations\":[]}'");
  slow = write_script (dir, "slow", "cat >/dev/null; sleep 10; echo '{}'");
  garbage = write_script (dir, "garbage", "cat >/dev/null; echo 'spans: none'");
  failing = write_script (dir, "failing", "cat >/dev/null; echo 'model missing' >&2; exit 4");
  range = write_script (dir, "range",
    "cat >/dev/null; echo '{\"spans\":[{\"label\":\"date\",\"start\":5,\"end\":99999}]}'");

  {
    const char *argv[] = { good, NULL };

    found = kutip_suggest_external (document, argv, 5 * G_USEC_PER_SEC, NULL, &error);
    g_assert_no_error (error);
    kutip_suggestions_apply (found, document, &report);
    g_assert_cmpuint (report.added, ==, 1);
    speaker = first_with_label (document, "speaker");
    g_assert_cmpstr (kutip_annotation_get_text (speaker), ==, "JAKARTA");
    g_assert_cmpstr (kutip_annotation_get_origin (speaker), ==, "external:good");
    g_assert_cmpfloat (kutip_annotation_get_confidence (speaker), ==, 0.4);
    g_assert_cmpint (kutip_annotation_get_status (speaker), ==, KUTIP_STATUS_PENDING);
  }

  {
    const char *argv[] = { slow, NULL };
    gint64 begin = g_get_monotonic_time ();

    g_assert_null (kutip_suggest_external (document, argv, 300 * 1000, NULL, &error));
    g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL);
    g_assert_nonnull (strstr (error->message, "no answer within 0.3 s"));
    g_assert_cmpint (g_get_monotonic_time () - begin, <, 5 * G_USEC_PER_SEC);
    g_clear_error (&error);
  }

  {
    const char *argv[] = { garbage, NULL };

    g_assert_null (kutip_suggest_external (document, argv, 5 * G_USEC_PER_SEC, NULL, &error));
    g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL);
    g_assert_nonnull (strstr (error->message, "not one JSON object"));
    g_clear_error (&error);
  }

  {
    const char *argv[] = { failing, NULL };

    g_assert_null (kutip_suggest_external (document, argv, 5 * G_USEC_PER_SEC, NULL, &error));
    g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL);
    g_assert_nonnull (strstr (error->message, "exit status 4"));
    g_assert_nonnull (strstr (error->message, "model missing"));
    g_clear_error (&error);
  }

  {
    const char *argv[] = { range, NULL };

    g_assert_null (kutip_suggest_external (document, argv, 5 * G_USEC_PER_SEC, NULL, &error));
    g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL);
    g_assert_nonnull (strstr (error->message, "$.spans[0]"));
    g_clear_error (&error);
  }

  {
    const char *argv[] = { "/nonexistent/suggester", NULL };

    g_assert_null (kutip_suggest_external (document, argv, 5 * G_USEC_PER_SEC, NULL, &error));
    g_assert_nonnull (strstr (error->message, "cannot start"));
    g_clear_error (&error);
  }

  g_remove (good); g_remove (slow); g_remove (garbage); g_remove (failing); g_remove (range);
  g_rmdir (dir);
}

static void
test_predictions (void)
{
  g_autoptr(KutipDocument) document = new_article ();
  g_autofree char *dir = g_dir_make_tmp ("kutip-predictions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pred.jsonl", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.jsonl", NULL);
  g_autoptr(KutipSuggestions) found = NULL;
  g_autoptr(GError) error = NULL;
  KutipApplyReport report;
  KutipAnnotation *claim, *speaker;

  kutip_document_set_id (document, "doc-2");
  g_assert_true (g_file_set_contents (path,
    "{\"id\":\"doc-1\",\"spans\":[{\"id\":\"a\",\"label\":\"date\",\"start\":0,\"end\":3}]}\n"
    "{\"id\":\"doc-2\",\"spans\":[{\"id\":\"c\",\"label\":\"claim\",\"start\":124,\"end\":172,"
    "\"score\":0.9},{\"id\":\"s\",\"label\":\"speaker\",\"start\":178,\"end\":189}],"
    "\"relations\":[{\"type\":\"said-by\",\"from\":\"c\",\"to\":\"s\"}]}\n", -1, NULL));

  found = kutip_suggest_from_predictions (document, path, &error);
  g_assert_no_error (error);
  kutip_suggestions_apply (found, document, &report);
  g_assert_cmpuint (report.added, ==, 2);
  g_assert_cmpuint (report.relations, ==, 1);
  claim = first_with_label (document, "claim");
  speaker = kutip_document_get_linked (document, claim, "said-by");
  g_assert_cmpstr (kutip_annotation_get_text (speaker), ==, "Sri Mulyani");
  g_assert_cmpfloat (kutip_annotation_get_confidence (claim), ==, 0.9);
  g_assert_cmpstr (kutip_annotation_get_origin (claim), ==, "import:pred.jsonl");

  g_assert_true (g_file_set_contents (bad,
    "{\"id\":\"doc-2\",\"spans\":[{\"id\":\"c\",\"label\":\"claim\",\"start\":9,\"end\":2}]}\n",
    -1, NULL));
  g_assert_null (kutip_suggest_from_predictions (document, bad, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_OFFSET);
  g_assert_nonnull (strstr (error->message, "bad.jsonl:1: $.spans[0]"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (bad, "{\"id\":\"doc-2\"\n", -1, NULL));
  g_assert_null (kutip_suggest_from_predictions (document, bad, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "bad.jsonl:1"));
  g_clear_error (&error);

  g_remove (path);
  g_remove (bad);
  g_rmdir (dir);
}

static void
suggest_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  KutipSuggestions **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = kutip_suggest_document_finish (KUTIP_DOCUMENT (object), result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(KutipDocument) document = new_article ();
  KutipSuggestions *found = NULL;

  kutip_suggest_document_async (document, KUTIP_SUGGEST_DATES, NULL, NULL, NULL,
                                suggest_done_cb, &found);
  while (found == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (kutip_suggestions_count_label (found, "date"), >=, 1);
  g_assert_cmpuint (kutip_suggestions_count_label (found, "claim"), ==, 0);
  /* A window applies the result on its main thread: the annotations were
   * made in the engine's thread (on a 10 MB article they cost 80 ms). */
  g_assert_false (_kutip_suggestions_has_rules (found));
  kutip_suggestions_free (found);
}

/* A text of many pages: a dateline, then the same paragraph over and over,
 * so the date finder works through it a piece at a time. */
static char *
long_article (gsize min_bytes)
{
  GString *text = g_string_new ("JAKARTA, Senin (21/2/2022) — Pemerintah rapat.\n");

  while (text->len < min_bytes)
    g_string_append (text, "Menurut Sri Mulyani, anggaran naik sejak kemarin. "
                           "“Kami siap,” kata Joko Widodo pada 18 Mei 2021 pukul 10.00 WIB. "
                           "Ia kembali pekan depan.\n");
  return g_string_free (text, FALSE);
}

typedef struct
{
  GArray   *fractions;
  gboolean  done;
  gboolean  late;       /* progress after the result */
  int       cancel_at;  /* cancel on this report, or -1 */
  GCancellable *cancellable;
} ProgressLog;

static void
log_progress (double   fraction,
              gpointer user_data)
{
  ProgressLog *log = user_data;

  if (log->done)
    log->late = TRUE;
  g_array_append_val (log->fractions, fraction);
  if ((int) log->fractions->len == log->cancel_at)
    g_cancellable_cancel (log->cancellable);
}

/* Progress climbs to 1 in many steps on a long text, and reading it a piece
 * at a time finds exactly the dates one pass over the whole text finds,
 * dateline included. */
static void
test_progress (void)
{
  g_autofree char *utf8 = long_article (1200 * 1024);
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipText) text = kutip_text_new (utf8, -1, &error);
  g_autoptr(KutipSuggestions) found = NULL;
  g_autoptr(GArray) whole = NULL;
  ProgressLog log = { g_array_new (FALSE, FALSE, sizeof (double)), FALSE, FALSE, -1, NULL };
  GPtrArray *spans;
  guint n_dates = 0;

  found = kutip_suggest_text_full (text, "id", NULL, KUTIP_SUGGEST_ALL, log_progress, &log,
                                   NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (log.fractions->len, >=, 6);
  for (guint i = 1; i < log.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (log.fractions, double, i), >=,
                       g_array_index (log.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (log.fractions, double, 0), >, 0.0);
  g_assert_cmpfloat (g_array_index (log.fractions, double, 0), <, 0.2);
  g_assert_cmpfloat (g_array_index (log.fractions, double, log.fractions->len - 1), ==, 1.0);

  whole = kutip_date_finder_find (utf8, strlen (utf8), "id", NULL);
  spans = kutip_suggestions_get_spans (found);
  for (guint i = 0; i < spans->len; i++)
    {
      KutipAnnotation *a = g_ptr_array_index (spans, i);
      const KutipDateMatch *m;

      if (!g_str_equal (kutip_annotation_get_label (a), "date"))
        continue;
      g_assert_cmpuint (n_dates, <, whole->len);
      m = &g_array_index (whole, KutipDateMatch, n_dates++);
      g_assert_cmpuint (kutip_text_offset_to_byte (text, kutip_annotation_get_start (a)), ==,
                        m->start);
      g_assert_cmpuint (kutip_text_offset_to_byte (text, kutip_annotation_get_end (a)), ==,
                        m->end);
      g_assert_cmpstr (kutip_annotation_get_attribute (a, "value"), ==, m->value);
    }
  g_assert_cmpuint (n_dates, ==, whole->len);
  /* The dateline dates the last page's "kemarin" too. */
  g_assert_cmpstr (g_array_index (whole, KutipDateMatch, whole->len - 4).value, ==,
                   "2022-02-20");
  g_array_unref (log.fractions);
}

/* A cancel stops the rules between pieces, with no result. */
static void
test_cancel (void)
{
  g_autofree char *utf8 = long_article (1200 * 1024);
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipText) text = kutip_text_new (utf8, -1, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  ProgressLog log = { g_array_new (FALSE, FALSE, sizeof (double)), FALSE, FALSE, 2, cancellable };

  g_assert_null (kutip_suggest_text_full (text, "id", NULL, KUTIP_SUGGEST_ALL, log_progress,
                                          &log, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (log.fractions->len, ==, 2);
  g_assert_cmpfloat (g_array_index (log.fractions, double, 1), <, 0.4);
  g_array_unref (log.fractions);
}

static void
progress_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ProgressLog *log = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipSuggestions) found = NULL;

  found = kutip_suggest_document_finish (KUTIP_DOCUMENT (object), result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kutip_suggestions_count_label (found, "claim"), >, 1000);
  log->done = TRUE;
}

/* In a thread, progress reaches the caller's main context, ends at 1 and
 * never comes after the result. */
static void
test_async_progress (void)
{
  g_autofree char *utf8 = long_article (1200 * 1024);
  g_autoptr(GError) error = NULL;
  g_autoptr(KutipDocument) document = kutip_document_new_from_string (utf8, -1, &error);
  ProgressLog log = { g_array_new (FALSE, FALSE, sizeof (double)), FALSE, FALSE, -1, NULL };
  guint spins = 0;

  g_assert_no_error (error);
  kutip_suggest_document_async (document, KUTIP_SUGGEST_ALL, log_progress, &log, NULL,
                                progress_done_cb, &log);
  while (!log.done)
    g_main_context_iteration (NULL, TRUE);
  /* Anything still queued would run now. */
  while (spins++ < 10)
    g_main_context_iteration (NULL, FALSE);

  g_assert_false (log.late);
  g_assert_cmpuint (log.fractions->len, >=, 1);
  g_assert_cmpfloat (g_array_index (log.fractions, double, log.fractions->len - 1), ==, 1.0);
  g_array_unref (log.fractions);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/suggester/apply-rules", test_apply_rules);
  g_test_add_func ("/kutip/suggester/apply-keeps-decisions", test_apply_keeps_decisions);
  g_test_add_func ("/kutip/suggester/apply-keeps-links", test_apply_keeps_links);
  g_test_add_func ("/kutip/suggester/apply-keeps-entities", test_apply_keeps_entities);
  g_test_add_func ("/kutip/suggester/jsonl-line", test_jsonl_line);
  g_test_add_func ("/kutip/suggester/jsonl-bad-lines", test_jsonl_bad_lines);
  g_test_add_func ("/kutip/suggester/filter", test_filter);
  g_test_add_func ("/kutip/suggester/dated", test_dated);
  g_test_add_func ("/kutip/suggester/dated-statement", test_dated_statement);
  g_test_add_func ("/kutip/suggester/rule-records", test_rule_records);
  g_test_add_func ("/kutip/suggester/external", test_external);
  g_test_add_func ("/kutip/suggester/predictions", test_predictions);
  g_test_add_func ("/kutip/suggester/async", test_async);
  g_test_add_func ("/kutip/suggester/progress", test_progress);
  g_test_add_func ("/kutip/suggester/cancel", test_cancel);
  g_test_add_func ("/kutip/suggester/async-progress", test_async_progress);

  return g_test_run ();
}
