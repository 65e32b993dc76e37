/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-index-search.c: answers queries from the index: places in the
 * documents' text (FTS5 finds the documents, the shared tokenizer finds
 * the place again), annotations by label, status, speaker, date and text,
 * and the people index. */

#define G_LOG_DOMAIN "kutip-index"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-index-private.h"
#include "kutip-text.h"

#define CONTEXT     40    /* code points of context on each side of a hit */
#define MAX_HIT     160   /* code points of a hit shown in a snippet */

/* ---------------------------------------------------------------------- */
/* Building a query                                                        */

typedef struct
{
  GString   *sql;
  GPtrArray *texts;    /* values bound in order, as text */
} Sql;

static void
sql_init (Sql *sql)
{
  sql->sql = g_string_new (NULL);
  sql->texts = g_ptr_array_new_with_free_func (g_free);
}

static void
sql_clear (Sql *sql)
{
  g_string_free (sql->sql, TRUE);
  g_ptr_array_unref (sql->texts);
}

/* Appends "?" and keeps @value to bind there. */
static void
sql_value (Sql        *sql,
           const char *value)
{
  g_string_append_c (sql->sql, '?');
  g_ptr_array_add (sql->texts, g_strdup (value));
}

static void
sql_in (Sql        *sql,
        const char *column,
        GPtrArray  *values)
{
  g_string_append_printf (sql->sql, " AND %s IN (", column);
  for (guint i = 0; i < values->len; i++)
    {
      if (i > 0)
        g_string_append_c (sql->sql, ',');
      sql_value (sql, g_ptr_array_index (values, i));
    }
  g_string_append_c (sql->sql, ')');
}

static void
sql_bits (Sql        *sql,
          const char *column,
          guint       bits,
          guint       n)
{
  gboolean first = TRUE;

  g_string_append_printf (sql->sql, " AND %s IN (", column);
  for (guint i = 0; i < n; i++)
    if (bits & (1u << i))
      {
        g_string_append_printf (sql->sql, "%s%u", first ? "" : ",", i);
        first = FALSE;
      }
  g_string_append_c (sql->sql, ')');
}

static void
sql_dates (Sql        *sql,
           const char *column,
           GArray     *dates)
{
  g_string_append (sql->sql, " AND (");
  for (guint i = 0; i < dates->len; i++)
    {
      KutipDateRange *range = &g_array_index (dates, KutipDateRange, i);

      g_string_append_printf (sql->sql, "%s(%s IS NOT NULL", i > 0 ? " OR " : "", column);
      if (range->from[0] != '\0')
        {
          g_string_append_printf (sql->sql, " AND %s >= ", column);
          sql_value (sql, range->from);
        }
      if (range->to[0] != '\0')
        {
          g_string_append_printf (sql->sql, " AND %s < ", column);
          sql_value (sql, range->to);
        }
      g_string_append_c (sql->sql, ')');
    }
  g_string_append_c (sql->sql, ')');
}

/* The FTS5 form of the words: each phrase quoted (its tokens never hold a
 * quote), all required. */
static char *
fts_match (GPtrArray *phrases)
{
  GString *match = g_string_new (NULL);

  for (guint i = 0; i < phrases->len; i++)
    {
      KutipQueryPhrase *phrase = g_ptr_array_index (phrases, i);

      g_string_append (match, i > 0 ? " AND \"" : "\"");
      for (guint k = 0; k < phrase->tokens->len; k++)
        g_string_append_printf (match, "%s%s", k > 0 ? " " : "",
                                (const char *) g_ptr_array_index (phrase->tokens, k));
      g_string_append (match, phrase->prefix ? "\" *" : "\"");
    }
  return g_string_free (match, FALSE);
}

static sqlite3_stmt *
sql_prepare (KutipIndex  *index,
             Sql         *sql,
             const char  *tail,
             GError     **error)
{
  g_autofree char *text = g_strconcat (sql->sql->str, tail, NULL);
  sqlite3_stmt *stmt = _kutip_index_prepare (index, text, error);

  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < sql->texts->len; i++)
    sqlite3_bind_text (stmt, (int) i + 1, g_ptr_array_index (sql->texts, i), -1,
                       SQLITE_STATIC);
  return stmt;
}

/* ---------------------------------------------------------------------- */
/* People                                                                  */

/* folded name -> GPtrArray of the folded names of the same person, for
 * every name in the project's people merges. */
static GHashTable *
merged_names (KutipProjectSettings *settings)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
  guint n = kutip_project_settings_get_n_people (settings);

  for (guint i = 0; i < n; i++)
    {
      const char * const *aliases = NULL;
      const char *name = kutip_project_settings_get_person (settings, i, &aliases);
      GPtrArray *all = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (all, kutip_utf8_fold_for_match (name, -1));
      for (guint k = 0; aliases[k] != NULL; k++)
        g_ptr_array_add (all, kutip_utf8_fold_for_match (aliases[k], -1));
      for (guint k = 0; k < all->len; k++)
        g_hash_table_insert (names, g_strdup (g_ptr_array_index (all, k)),
                             g_ptr_array_ref (all));
      g_ptr_array_unref (all);
    }
  return names;
}

/* Whether @needle occurs in @name as whole words ("widodo" in "joko
 * widodo", not "dod"). Both folded, spaces single. */
static gboolean
has_words (const char *name,
           const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = strstr (name, needle); p != NULL; p = strstr (p + 1, needle))
    if ((p == name || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
      return TRUE;
  return FALSE;
}

/* The speaker keys in the index that the query's speakers name. */
static GPtrArray *
resolve_speakers (KutipIndex            *index,
                  KutipQuery            *query,
                  KutipProjectSettings  *settings,
                  gboolean               exact,
                  GError               **error)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) merged = merged_names (settings);
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < query->speakers->len; i++)
    g_ptr_array_add (wanted, kutip_utf8_fold_for_match (g_ptr_array_index (query->speakers, i),
                                                        -1));

  stmt = _kutip_index_prepare (index, "SELECT DISTINCT speaker_key FROM annotations"
                                      " WHERE speaker_key IS NOT NULL", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      GPtrArray *names = g_hash_table_lookup (merged, key);
      gboolean match = FALSE;

      for (guint w = 0; !match && w < wanted->len; w++)
        {
          const char *needle = g_ptr_array_index (wanted, w);

          if (names == NULL)
            match = exact ? strcmp (key, needle) == 0 : has_words (key, needle);
          for (guint k = 0; !match && names != NULL && k < names->len; k++)
            match = exact ? strcmp (g_ptr_array_index (names, k), needle) == 0
                          : has_words (g_ptr_array_index (names, k), needle);
        }
      if (match)
        g_ptr_array_add (keys, g_strdup (key));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _kutip_index_fail (index, rc, "could not read the search index", error);
      return NULL;
    }
  return g_steal_pointer (&keys);
}

static char *
person_of (KutipProjectSettings *settings,
           const char           *speaker)
{
  const char *merged;

  if (speaker == NULL)
    return NULL;
  merged = kutip_project_settings_lookup_person (settings, speaker);
  return g_strdup (merged != NULL ? merged : speaker);
}

/* ---------------------------------------------------------------------- */
/* Snippets                                                                */

/* Appends [@p, @end) on one line: each run of spaces and control
 * characters becomes one space. Bytes are copied as they are; only
 * characters beyond ASCII are decoded, to ask whether they are spaces. */
static void
append_snippet_text (GString    *out,
                     const char *p,
                     const char *end,
                     guint      *n_chars)
{
  while (p < end)
    {
      guchar c = (guchar) *p;
      const char *next = c < 0x80 ? p + 1 : g_utf8_next_char (p);
      gboolean space;

      if (next > end)
        next = end;
      if (c < 0x80)
        space = g_ascii_isspace (c) || c < 0x20 || c == 0x7f;
      else
        {
          gunichar u = g_utf8_get_char (p);

          space = g_unichar_isspace (u) || g_unichar_iscntrl (u);
        }
      if (space)
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            {
              g_string_append_c (out, ' ');
              (*n_chars)++;
            }
        }
      else
        {
          g_string_append_len (out, p, next - p);
          (*n_chars)++;
        }
      p = next;
    }
}

/* The hit at bytes [@start, @end) of @text with context, on one line. */
static void
make_snippet (const char         *text,
              gsize               len,
              gsize               start,
              gsize               end,
              KutipSearchHitData *data)
{
  GString *out = g_string_new (NULL);
  const char *before = text + start;
  const char *after = text + end;
  const char *hit_end = text + end;
  guint n_chars = 0;

  for (guint i = 0; i < CONTEXT && before > text; i++)
    before = g_utf8_prev_char (before);
  for (guint i = 0; i < CONTEXT && after < text + len; i++)
    after = g_utf8_next_char (after);
  /* Cut between words, not inside one. */
  if (before > text && !g_ascii_isspace (before[-1]))
    {
      const char *p = before;

      while (p < text + start && !g_ascii_isspace (*p))
        p++;
      if (p < text + start)
        before = p + 1;
    }
  if (after < text + len && !g_ascii_isspace (*after))
    {
      const char *p = after;

      while (p > text + end && !g_ascii_isspace (p[-1]))
        p--;
      if (p > text + end)
        after = p - 1;
    }
  if (g_utf8_strlen (text + start, (gssize) (end - start)) > MAX_HIT)
    hit_end = g_utf8_offset_to_pointer (text + start, MAX_HIT);

  if (before > text)
    {
      g_string_append (out, "…");
      n_chars++;
    }
  append_snippet_text (out, before, text + start, &n_chars);
  data->match_start = n_chars;
  append_snippet_text (out, text + start, hit_end, &n_chars);
  if (hit_end < text + end)
    {
      g_string_append (out, "…");
      n_chars++;
    }
  data->match_length = n_chars - data->match_start;
  append_snippet_text (out, text + end, after, &n_chars);
  if (out->len > 0 && out->str[out->len - 1] == ' ' && n_chars > data->match_start +
                                                                 data->match_length)
    g_string_truncate (out, out->len - 1);
  if (after < text + len)
    g_string_append (out, "…");

  data->snippet = g_string_free (out, FALSE);
}

static gboolean
read_text (KutipIndex    *index,
           sqlite3_stmt  *stmt,
           gint64         id,
           GString       *out,
           GError       **error)
{
  int rc;

  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, id);
  g_string_truncate (out, 0);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    g_string_append_len (out, (const char *) sqlite3_column_text (stmt, 0),
                         sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _kutip_index_fail (index, rc, "could not read the search index", error);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Searching                                                               */

static gboolean
count_rows (KutipIndex  *index,
            Sql         *sql,
            guint       *n_total,
            GError     **error)
{
  g_autoptr(GString) count = g_string_new ("SELECT count(*) FROM (");
  Sql wrapped = *sql;
  sqlite3_stmt *stmt;
  int rc;

  g_string_append (count, sql->sql->str);
  g_string_append_c (count, ')');
  wrapped.sql = count;
  stmt = sql_prepare (index, &wrapped, "", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *n_total = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return _kutip_index_fail (index, rc, "could not read the search index", error);
  return TRUE;
}

static GPtrArray *
search_text (KutipIndex            *index,
             KutipQuery            *query,
             guint                  limit,
             guint                 *n_total,
             GCancellable          *cancellable,
             GError               **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *tail = limit > 0 ? g_strdup_printf (" LIMIT %u", limit) : g_strdup ("");
  g_autofree char *match = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3_stmt *text_stmt = NULL;
  Sql sql;
  int rc;

  sql_init (&sql);
  g_string_append (sql.sql, "SELECT d.id, d.key FROM documents d WHERE d.error IS NULL");
  if (query->phrases->len > 0)
    {
      match = fts_match (query->phrases);
      g_string_append (sql.sql, " AND d.id IN (SELECT rowid FROM document_text"
                                " WHERE document_text MATCH ");
      sql_value (&sql, match);
      g_string_append_c (sql.sql, ')');
    }
  if (query->document_statuses != 0)
    sql_bits (&sql, "d.status", query->document_statuses, KUTIP_DOCUMENT_N_STATUSES);
  if (query->dates->len > 0)
    sql_dates (&sql, "d.published", query->dates);
  g_string_append (sql.sql, " ORDER BY d.position");

  if (!(stmt = sql_prepare (index, &sql, tail, error)) ||
      !(text_stmt = _kutip_index_prepare (index,
                                          "SELECT body FROM document_text WHERE rowid = ?1",
                                          error)))
    goto fail;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KutipSearchHitData data = { 0 };
      gsize start = 0, end = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;
      if (!read_text (index, text_stmt, sqlite3_column_int64 (stmt, 0), text, error))
        goto fail;

      data.key = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      data.status = KUTIP_STATUS_ACCEPTED;
      if (query->phrases->len > 0 &&
          _kutip_find_phrases (text->str, text->len, query->phrases, &start, &end))
        {
          data.offset = (guint) g_utf8_strlen (text->str, (gssize) start);
          data.length = (guint) g_utf8_strlen (text->str + start, (gssize) (end - start));
          data.text = g_strndup (text->str + start, end - start);
        }
      make_snippet (text->str, text->len, start, end, &data);
      g_ptr_array_add (hits, _kutip_search_hit_new (&data));
    }
  if (rc != SQLITE_DONE)
    {
      _kutip_index_fail (index, rc, "could not read the search index", error);
      goto fail;
    }

  *n_total = hits->len;
  if (limit > 0 && hits->len == limit && !count_rows (index, &sql, n_total, error))
    goto fail;

  sqlite3_finalize (stmt);
  sqlite3_finalize (text_stmt);
  sql_clear (&sql);
  return g_steal_pointer (&hits);

fail:
  sqlite3_finalize (stmt);
  sqlite3_finalize (text_stmt);
  sql_clear (&sql);
  return NULL;
}

/* Whether each of @phrases occurs in @text. */
static gboolean
has_all_phrases (const char *text,
                 gsize       len,
                 GPtrArray  *phrases)
{
  g_autoptr(GPtrArray) one = g_ptr_array_sized_new (1);

  g_ptr_array_add (one, NULL);
  for (guint i = 0; i < phrases->len; i++)
    {
      gsize start, end;

      one->pdata[0] = g_ptr_array_index (phrases, i);
      if (!_kutip_find_phrases (text, len, one, &start, &end))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
search_annotations (KutipIndex            *index,
                    KutipQuery            *query,
                    KutipProjectSettings  *settings,
                    guint                  limit,
                    guint                 *n_total,
                    GCancellable          *cancellable,
                    GError               **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) speaker_keys = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  sqlite3_stmt *text_stmt = NULL;
  const char *cursor = NULL;
  gint64 cursor_offset = 0;
  gint64 text_doc = -1;
  Sql sql;
  int rc;

  *n_total = 0;
  if (query->speakers->len > 0)
    {
      speaker_keys = resolve_speakers (index, query, settings, query->exact_speakers, error);
      if (speaker_keys == NULL)
        return NULL;
      if (speaker_keys->len == 0)
        return g_steal_pointer (&hits);
    }

  sql_init (&sql);
  g_string_append (sql.sql,
                   "SELECT d.key, a.aid, a.label, a.status, a.start, a.\"end\", a.body,"
                   " a.speaker, a.date, a.kind, a.doc"
                   " FROM annotations a JOIN documents d ON d.id = a.doc WHERE 1");
  /* An annotation with the words is in a text with them: the text index
   * narrows the documents, the words are checked in each annotation. */
  if (query->phrases->len > 0)
    {
      g_autofree char *match = fts_match (query->phrases);

      g_string_append (sql.sql, " AND a.doc IN (SELECT rowid FROM document_text"
                                " WHERE document_text MATCH ");
      sql_value (&sql, match);
      g_string_append_c (sql.sql, ')');
    }
  if (query->labels->len > 0)
    sql_in (&sql, "a.label", query->labels);
  if (query->annotation_statuses != 0)
    sql_bits (&sql, "a.status", query->annotation_statuses, KUTIP_STATUS_REJECTED + 1);
  else
    g_string_append_printf (sql.sql, " AND a.status != %d", KUTIP_STATUS_REJECTED);
  if (speaker_keys != NULL)
    sql_in (&sql, "a.speaker_key", speaker_keys);
  if (query->document_statuses != 0)
    sql_bits (&sql, "d.status", query->document_statuses, KUTIP_DOCUMENT_N_STATUSES);
  if (query->dates->len > 0)
    sql_dates (&sql, "a.date", query->dates);
  g_string_append (sql.sql, " ORDER BY d.position, a.start, a.\"end\" DESC, a.aid");

  if (!(stmt = sql_prepare (index, &sql, "", error)) ||
      !(text_stmt = _kutip_index_prepare (index,
                                          "SELECT body FROM document_text WHERE rowid = ?1",
                                          error)))
    goto fail;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KutipSearchHitData data = { 0 };
      gint64 doc = sqlite3_column_int64 (stmt, 10);
      gint64 start = sqlite3_column_int64 (stmt, 4);
      gint64 end = sqlite3_column_int64 (stmt, 5);
      int status = sqlite3_column_int (stmt, 3);
      gsize hit_len;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;
      if (query->phrases->len > 0 &&
          !has_all_phrases ((const char *) sqlite3_column_text (stmt, 6),
                            (gsize) sqlite3_column_bytes (stmt, 6), query->phrases))
        continue;
      /* All are counted; the first @limit are made into hits. */
      (*n_total)++;
      if (limit > 0 && hits->len >= limit)
        continue;

      data.key = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      data.annotation_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      data.label = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      data.status = status >= 0 && status <= KUTIP_STATUS_REJECTED ? (KutipStatus) status
                                                                   : KUTIP_STATUS_ACCEPTED;
      data.offset = (guint) start;
      data.length = (guint) (end - start);
      data.text = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      data.speaker = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      data.person = person_of (settings, data.speaker);
      data.date = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      data.kind = g_strdup ((const char *) sqlite3_column_text (stmt, 9));

      /* Hits come in document order, by start: each text is read once,
       * and offsets turn into bytes walking forward. */
      if (doc != text_doc)
        {
          if (!read_text (index, text_stmt, doc, text, error))
            {
              _kutip_search_hit_data_clear (&data);
              goto fail;
            }
          text_doc = doc;
          cursor = text->str;
          cursor_offset = 0;
        }
      while (cursor_offset < start && cursor < text->str + text->len)
        {
          cursor = g_utf8_next_char (cursor);
          cursor_offset++;
        }
      hit_len = strlen (data.text);
      if (cursor_offset == start && hit_len <= (gsize) (text->str + text->len - cursor))
        make_snippet (text->str, text->len, (gsize) (cursor - text->str),
                      (gsize) (cursor - text->str) + hit_len, &data);
      else
        make_snippet (data.text, hit_len, 0, hit_len, &data);
      g_ptr_array_add (hits, _kutip_search_hit_new (&data));
    }
  if (rc != SQLITE_DONE)
    {
      _kutip_index_fail (index, rc, "could not read the search index", error);
      goto fail;
    }

  sqlite3_finalize (stmt);
  sqlite3_finalize (text_stmt);
  sql_clear (&sql);
  return g_steal_pointer (&hits);

fail:
  sqlite3_finalize (stmt);
  sqlite3_finalize (text_stmt);
  sql_clear (&sql);
  return NULL;
}

GPtrArray *
_kutip_index_search (KutipIndex            *index,
                     KutipQuery            *query,
                     KutipProjectSettings  *settings,
                     guint                  limit,
                     guint                 *n_total,
                     GCancellable          *cancellable,
                     GError               **error)
{
  guint total = 0;
  GPtrArray *hits;

  if (query->annotations)
    hits = search_annotations (index, query, settings, limit, &total, cancellable, error);
  else
    hits = search_text (index, query, limit, &total, cancellable, error);
  if (n_total != NULL)
    *n_total = total;
  return hits;
}

/* ---------------------------------------------------------------------- */
/* The people index                                                        */

typedef struct
{
  char       *name;        /* merged name, or NULL */
  GHashTable *spellings;   /* raw name -> GUINT count */
  GHashTable *documents;   /* set of document row ids */
  guint       n_claims;
} PersonTally;

static void
tally_free (gpointer data)
{
  PersonTally *tally = data;

  g_free (tally->name);
  g_hash_table_unref (tally->spellings);
  g_hash_table_unref (tally->documents);
  g_free (tally);
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  KutipPerson *x = *(KutipPerson * const *) a;
  KutipPerson *y = *(KutipPerson * const *) b;
  g_autofree char *fx = NULL;
  g_autofree char *fy = NULL;
  int c;

  if (kutip_person_get_n_claims (x) != kutip_person_get_n_claims (y))
    return kutip_person_get_n_claims (x) > kutip_person_get_n_claims (y) ? -1 : 1;
  fx = kutip_utf8_fold_for_match (kutip_person_get_name (x), -1);
  fy = kutip_utf8_fold_for_match (kutip_person_get_name (y), -1);
  c = strcmp (fx, fy);
  return c != 0 ? c : strcmp (kutip_person_get_name (x), kutip_person_get_name (y));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static KutipPerson *
person_from_tally (PersonTally          *tally,
                   KutipProjectSettings *settings)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;
  const char *best = NULL;
  guint best_count = 0;

  g_hash_table_iter_init (&iter, tally->spellings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint count = GPOINTER_TO_UINT (value);

      g_ptr_array_add (names, key);
      if (count > best_count || (count == best_count && strcmp (key, best) < 0))
        {
          best = key;
          best_count = count;
        }
    }
  if (tally->name != NULL)
    {
      /* Merged: the project's names count even where no document uses them. */
      for (guint i = 0; i < kutip_project_settings_get_n_people (settings); i++)
        {
          const char * const *aliases = NULL;
          const char *name = kutip_project_settings_get_person (settings, i, &aliases);

          if (strcmp (name, tally->name) != 0)
            continue;
          if (!g_hash_table_contains (tally->spellings, name))
            g_ptr_array_add (names, (gpointer) name);
          for (guint k = 0; aliases[k] != NULL; k++)
            if (!g_hash_table_contains (tally->spellings, aliases[k]))
              g_ptr_array_add (names, (gpointer) aliases[k]);
        }
    }
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);

  return _kutip_person_new (tally->name != NULL ? tally->name : best,
                            g_strdupv ((char **) names->pdata), tally->name != NULL,
                            tally->n_claims, g_hash_table_size (tally->documents));
}

GPtrArray *
_kutip_index_list_people (KutipIndex            *index,
                          KutipProjectSettings  *settings,
                          GCancellable          *cancellable,
                          GError               **error)
{
  g_autoptr(GHashTable) tallies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         tally_free);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer value;
  int rc;

  stmt = _kutip_index_prepare (index,
                               "SELECT speaker_key, speaker, doc, count(*) FROM annotations"
                               " WHERE label = 'claim' AND status != 2"
                               " AND speaker_key IS NOT NULL GROUP BY speaker_key, speaker, doc",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      const char *speaker = (const char *) sqlite3_column_text (stmt, 1);
      const char *merged = kutip_project_settings_lookup_person (settings, speaker);
      g_autofree char *merged_key = merged ? kutip_utf8_fold_for_match (merged, -1) : NULL;
      const char *person_key = merged_key != NULL ? merged_key : key;
      PersonTally *tally = g_hash_table_lookup (tallies, person_key);
      guint count = (guint) sqlite3_column_int (stmt, 3);

      if (tally == NULL)
        {
          tally = g_new0 (PersonTally, 1);
          tally->name = g_strdup (merged);
          tally->spellings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          tally->documents = g_hash_table_new (NULL, NULL);
          g_hash_table_insert (tallies, g_strdup (person_key), tally);
        }
      tally->n_claims += count;
      g_hash_table_insert (tally->spellings, g_strdup (speaker),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (
                             tally->spellings, speaker)) + count));
      g_hash_table_add (tally->documents,
                        GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 2)));
      if (g_cancellable_is_cancelled (cancellable))
        break;
    }
  sqlite3_finalize (stmt);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (rc != SQLITE_DONE)
    {
      _kutip_index_fail (index, rc, "could not read the search index", error);
      return NULL;
    }

  g_hash_table_iter_init (&iter, tallies);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (people, person_from_tally (value, settings));
  g_ptr_array_sort (people, compare_people);
  return g_steal_pointer (&people);
}
