/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-query.c: the project search language: words, "phrases", prefixes,
 * fields and their alternatives, date ranges, and errors that name the
 * column. */

#include "config.h"

#include "kutip.h"
#include "kutip-query.h"

typedef struct
{
  const char *query;
  const char *canonical;
} Parsed;

static void
test_parse (void)
{
  static const Parsed cases[] = {
    { "subsidi", "text:\"subsidi\"" },
    { "  Subsidi   BBM ", "text:\"subsidi\" text:\"bbm\"" },
    { "\"ibu kota\"", "text:\"ibu kota\"" },
    /* One word of the index is a run of letters and digits, folded. */
    { "anak-anak", "text:\"anak anak\"" },
    { "PRABÓWO", "text:\"prabowo\"" },
    { "subsi*", "text:\"subsi\"*" },
    { "\"subsi*\"", "text:\"subsi\"" },
    { "— , .", NULL },
    { "label:claim", "label:claim (annotations)" },
    { "label:claim,date label:speaker", "label:claim label:date label:speaker (annotations)" },
    { "status:pending", "status:pending (annotations)" },
    { "status:done,in-progress", "status:in-progress status:done" },
    { "status:pending,done", "status:pending status:done (annotations)" },
    /* speaker: asks for claims unless a label says otherwise. */
    { "speaker:\"Joko Widodo\" status:pending",
      "label:claim status:pending speaker:\"Joko Widodo\" (annotations)" },
    { "speaker:Jokowi label:speaker", "label:speaker speaker:\"Jokowi\" (annotations)" },
    { "text:\"harga naik\"", "text:\"harga naik\" (annotations)" },
    { "label:claim subsidi", "text:\"subsidi\" label:claim (annotations)" },
    { "date:2022-01..2022-06", "date:[2022-01,2022-07)" },
    { "date:2022", "date:[2022,2023)" },
    { "date:2022-12", "date:[2022-12,2023-01)" },
    { "date:2024-02-28..2024-02-29", "date:[2024-02-28,2024-03-01)" },
    { "date:2022-12-31", "date:[2022-12-31,2023-01-01)" },
    { "date:..2022-06", "date:[,2022-07)" },
    { "date:2022-01.. label:claim", "label:claim date:[2022-01,) (annotations)" },
    /* A colon after something that is not a field name is part of a word. */
    { "10:30", "text:\"10 30\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KutipQuery) query = kutip_query_parse (cases[i].query, &error);

      if (cases[i].canonical == NULL)
        {
          g_assert_null (query);
          g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE);
          continue;
        }
      g_assert_no_error (error);
      g_assert_nonnull (query);
      {
        g_autofree char *canonical = kutip_query_to_string (query);

        g_assert_cmpstr (canonical, ==, cases[i].canonical);
      }
    }
}

typedef struct
{
  const char *query;
  const char *message;
} Bad;

static void
test_errors (void)
{
  static const Bad cases[] = {
    { "", "the query has nothing to look for: give words, \"a phrase\" or a field such as "
          "label:claim" },
    { "lable:claim",
      "column 1: unknown field “lable” (label, status, speaker, date, text); put a word with a "
      "colon in quotes" },
    { "subsidi \"ibu kota", "column 9: the quotation mark is not closed" },
    { "subsidi label:", "column 9: label: needs a value" },
    { "label:claim,,date", "column 13: label: an empty name in the list" },
    { "status:finished", "column 8: status: “finished” is not a status (pending, accepted, "
                         "rejected for annotations; new, in-progress, done, skipped for "
                         "documents)" },
    { "date:2022-13", "column 6: date: “2022-13” is not a date (YYYY, YYYY-MM or YYYY-MM-DD)" },
    { "date:2023-02-29", "column 6: date: “2023-02-29” is not a date (YYYY, YYYY-MM or "
                         "YYYY-MM-DD)" },
    { "date:2022-06..2022-01", "column 6: date: the range 2022-06..2022-01 ends before it "
                               "starts" },
    { "date:..", "column 6: date: give at least one end of the range (2022-01..2022-06)" },
    { "“harga” date:kemarin", "column 14: date: “kemarin” is not a date (YYYY, YYYY-MM or "
                               "YYYY-MM-DD)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KutipQuery) query = kutip_query_parse (cases[i].query, &error);

      g_assert_null (query);
      g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_mode (void)
{
  g_autoptr(KutipQuery) words = kutip_query_parse ("subsidi status:done", NULL);
  g_autoptr(KutipQuery) claims = kutip_query_parse ("subsidi label:claim", NULL);

  g_assert_false (kutip_query_is_annotation_query (words));
  g_assert_true (kutip_query_is_annotation_query (claims));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/query/parse", test_parse);
  g_test_add_func ("/kutip/query/errors", test_errors);
  g_test_add_func ("/kutip/query/mode", test_mode);

  return g_test_run ();
}
