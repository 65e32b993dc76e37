/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-query.c: parses the project search language (see kutip-query.h)
 * into words, phrases and filters, with errors that name the column. */

#define G_LOG_DOMAIN "kutip-query"

#include "config.h"

#include <string.h>

#include "kutip-error.h"
#include "kutip-project-private.h"
#include "kutip-query.h"

typedef enum
{
  FIELD_NONE,
  FIELD_LABEL,
  FIELD_STATUS,
  FIELD_SPEAKER,
  FIELD_DATE,
  FIELD_TEXT,
} Field;

static const char * const field_names[] = {
  [FIELD_LABEL] = "label",
  [FIELD_STATUS] = "status",
  [FIELD_SPEAKER] = "speaker",
  [FIELD_DATE] = "date",
  [FIELD_TEXT] = "text",
};

static void
phrase_free (gpointer data)
{
  KutipQueryPhrase *phrase = data;

  g_ptr_array_unref (phrase->tokens);
  g_free (phrase);
}

void
kutip_query_free (KutipQuery *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->phrases);
  g_ptr_array_unref (self->labels);
  g_ptr_array_unref (self->speakers);
  g_array_unref (self->dates);
  g_free (self);
}

static KutipQuery *
query_new (void)
{
  KutipQuery *self = g_new0 (KutipQuery, 1);

  self->phrases = g_ptr_array_new_with_free_func (phrase_free);
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->speakers = g_ptr_array_new_with_free_func (g_free);
  self->dates = g_array_new (FALSE, TRUE, sizeof (KutipDateRange));
  return self;
}

typedef struct
{
  const char  *start;
  GError     **error;
} Parse;

static gboolean fail (Parse      *parse,
                      const char *at,
                      const char *format,
                      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Parse      *parse,
      const char *at,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (parse->error, KUTIP_ERROR, KUTIP_ERROR_PARSE, "column %ld: %s",
               g_utf8_pointer_to_offset (parse->start, at) + 1, message);
  return FALSE;
}

static gboolean
collect_token_cb (gpointer    data,
                  const char *token,
                  gsize       token_len,
                  gsize       start,
                  gsize       end)
{
  g_ptr_array_add (data, g_strndup (token, token_len));
  return TRUE;
}

/* Words of @value as the index sees them; a value with no letters or
 * digits (a dash) adds nothing. */
static void
add_phrase (KutipQuery *self,
            const char *value,
            gsize       len,
            gboolean    quoted)
{
  KutipQueryPhrase *phrase = g_new0 (KutipQueryPhrase, 1);

  /* word* is a prefix; inside quotes a star is just a star. */
  if (!quoted && len > 1 && value[len - 1] == '*')
    {
      phrase->prefix = TRUE;
      len--;
    }
  phrase->tokens = g_ptr_array_new_with_free_func (g_free);
  _kutip_tokenize (value, len, collect_token_cb, phrase->tokens);
  if (phrase->tokens->len == 0)
    {
      phrase_free (phrase);
      return;
    }
  g_ptr_array_add (self->phrases, phrase);
}

static gboolean
is_date_part (const char *p,
              gsize       len,
              guint      *year,
              guint      *month,
              guint      *day)
{
  *month = *day = 0;
  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      gboolean dash = i == 4 || i == 7;

      if (dash ? p[i] != '-' : !g_ascii_isdigit (p[i]))
        return FALSE;
    }
  *year = (guint) g_ascii_strtoull (p, NULL, 10);
  if (len >= 7)
    *month = (guint) g_ascii_strtoull (p + 5, NULL, 10);
  if (len == 10)
    *day = (guint) g_ascii_strtoull (p + 8, NULL, 10);
  if (*year < 1 || (len >= 7 && (*month < 1 || *month > 12)))
    return FALSE;
  return len < 10 || g_date_valid_dmy ((GDateDay) *day, (GDateMonth) *month, (GDateYear) *year);
}

/* The first date after the period @year[-@month[-@day]], at the same
 * precision: 2022 -> 2023, 2022-12 -> 2023-01, 2022-02-28 -> 2022-03-01. */
static void
next_period (guint  year,
             guint  month,
             guint  day,
             char  *out)
{
  if (month == 0)
    g_snprintf (out, 11, "%04u", year + 1);
  else if (day == 0)
    g_snprintf (out, 11, "%04u-%02u", month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1);
  else
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
      g_date_add_days (&date, 1);
      g_snprintf (out, 11, "%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                  g_date_get_day (&date));
    }
}

static gboolean
add_date (KutipQuery *self,
          Parse      *parse,
          const char *value,
          gsize       len)
{
  const char *dots = g_strstr_len (value, (gssize) len, "..");
  const char *from = value;
  gsize from_len = dots != NULL ? (gsize) (dots - value) : len;
  const char *to = dots != NULL ? dots + 2 : value;
  gsize to_len = dots != NULL ? len - from_len - 2 : len;
  KutipDateRange range = { { 0 }, { 0 } };
  guint y, m, d;

  if (dots != NULL && from_len == 0 && to_len == 0)
    return fail (parse, value, "date: give at least one end of the range (2022-01..2022-06)");

  if (from_len > 0)
    {
      if (!is_date_part (from, from_len, &y, &m, &d))
        return fail (parse, from, "date: “%.*s” is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                     (int) from_len, from);
      memcpy (range.from, from, from_len);
    }
  if (to_len > 0)
    {
      if (!is_date_part (to, to_len, &y, &m, &d))
        return fail (parse, to, "date: “%.*s” is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                     (int) to_len, to);
      /* The end is inclusive as written: ..2022-06 takes all of June. */
      next_period (y, m, d, range.to);
    }
  if (range.from[0] != '\0' && range.to[0] != '\0' && strcmp (range.from, range.to) >= 0)
    return fail (parse, value, "date: the range %.*s ends before it starts", (int) len, value);

  g_array_append_val (self->dates, range);
  return TRUE;
}

static gboolean
add_status (KutipQuery *self,
            Parse      *parse,
            const char *value,
            gsize       len)
{
  g_autofree char *name = g_strndup (value, len);
  KutipStatus status;
  KutipDocumentStatus document_status;

  if (kutip_status_from_string (name, &status))
    {
      self->annotation_statuses |= 1u << status;
      self->annotations = TRUE;
    }
  else if (kutip_document_status_from_string (name, &document_status))
    self->document_statuses |= 1u << document_status;
  else
    return fail (parse, value,
                 "status: “%s” is not a status (pending, accepted, rejected for annotations; "
                 "new, in-progress, done, skipped for documents)", name);
  return TRUE;
}

/* label: and status: take comma-separated alternatives. */
static gboolean
add_list (KutipQuery *self,
          Parse      *parse,
          Field       field,
          const char *value,
          gsize       len)
{
  const char *end = value + len;

  for (const char *p = value; p <= end;)
    {
      const char *comma = memchr (p, ',', (gsize) (end - p));
      const char *stop = comma != NULL ? comma : end;

      if (stop == p)
        return fail (parse, p, "%s: an empty name in the list", field_names[field]);
      if (field == FIELD_STATUS)
        {
          if (!add_status (self, parse, p, (gsize) (stop - p)))
            return FALSE;
        }
      else
        {
          g_ptr_array_add (self->labels, g_strndup (p, (gsize) (stop - p)));
          self->annotations = TRUE;
        }
      p = stop + 1;
    }
  return TRUE;
}

static gboolean
add_term (KutipQuery *self,
          Parse      *parse,
          Field       field,
          const char *value,
          gsize       len,
          gboolean    quoted)
{
  switch (field)
    {
    case FIELD_NONE:
      add_phrase (self, value, len, quoted);
      return TRUE;
    case FIELD_TEXT:
      add_phrase (self, value, len, quoted);
      self->annotations = TRUE;
      return TRUE;
    case FIELD_LABEL:
    case FIELD_STATUS:
      return add_list (self, parse, field, value, len);
    case FIELD_SPEAKER:
      {
        g_autofree char *name = g_strndup (value, len);

        g_ptr_array_add (self->speakers, g_strdup (g_strstrip (name)));
        self->annotations = TRUE;
        return TRUE;
      }
    case FIELD_DATE:
      return add_date (self, parse, value, len);
    default:
      g_assert_not_reached ();
    }
}

static Field
lookup_field (const char *name,
              gsize       len)
{
  for (guint i = FIELD_LABEL; i < G_N_ELEMENTS (field_names); i++)
    if (strlen (field_names[i]) == len && strncmp (field_names[i], name, len) == 0)
      return (Field) i;
  return FIELD_NONE;
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/**
 * kutip_query_parse:
 * @text: a query, e.g. `speaker:"Joko Widodo" status:pending subsidi`
 *
 * Returns: (transfer full) (nullable): the query, or %NULL with @error
 */
KutipQuery *
kutip_query_parse (const char  *text,
                   GError     **error)
{
  g_autoptr(KutipQuery) self = NULL;
  Parse parse = { text, error };
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_INVALID_UTF8, "the query is not UTF-8");
      return NULL;
    }

  self = query_new ();
  while (*p != '\0')
    {
      Field field = FIELD_NONE;
      const char *value;
      const char *name = p;
      gsize len;
      gboolean quoted = FALSE;

      if (is_space (*p))
        {
          p++;
          continue;
        }

      /* field:value, where the field is a word of letters. */
      while (g_ascii_isalpha (*p))
        p++;
      if (*p == ':' && p > name)
        {
          field = lookup_field (name, (gsize) (p - name));
          if (field == FIELD_NONE)
            {
              fail (&parse, name, "unknown field “%.*s” (label, status, speaker, date, text); "
                    "put a word with a colon in quotes", (int) (p - name), name);
              return NULL;
            }
          p++;
        }
      else
        p = name;

      if (*p == '"')
        {
          const char *close = strchr (p + 1, '"');

          if (close == NULL)
            {
              fail (&parse, p, "the quotation mark is not closed");
              return NULL;
            }
          value = p + 1;
          len = (gsize) (close - value);
          quoted = TRUE;
          p = close + 1;
        }
      else
        {
          value = p;
          while (*p != '\0' && !is_space (*p))
            p++;
          len = (gsize) (p - value);
        }

      if (field != FIELD_NONE && len == 0)
        {
          fail (&parse, name, "%s: needs a value", field_names[field]);
          return NULL;
        }
      if (!add_term (self, &parse, field, value, len, quoted))
        return NULL;
    }

  if (self->phrases->len == 0 && self->labels->len == 0 && self->speakers->len == 0 &&
      self->dates->len == 0 && self->annotation_statuses == 0 && self->document_statuses == 0)
    {
      g_set_error (error, KUTIP_ERROR, KUTIP_ERROR_PARSE,
                   "the query has nothing to look for: give words, \"a phrase\" or a field "
                   "such as label:claim");
      return NULL;
    }

  /* speaker: asks who said something: claims, unless a label says else. */
  if (self->speakers->len > 0 && self->labels->len == 0)
    g_ptr_array_add (self->labels, g_strdup (KUTIP_LABEL_CLAIM));

  return g_steal_pointer (&self);
}

gboolean
kutip_query_is_annotation_query (KutipQuery *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->annotations;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
append_sorted (GString    *out,
               const char *field,
               GPtrArray  *values,
               gboolean    quote)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  /* Not g_ptr_array_copy(): the copy would free the strings too. */
  for (guint i = 0; i < values->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (values, i));
  g_ptr_array_sort (sorted, compare_strings);
  for (guint i = 0; i < sorted->len; i++)
    g_string_append_printf (out, quote ? " %s:\"%s\"" : " %s:%s", field,
                            (const char *) g_ptr_array_index (sorted, i));
}

/**
 * kutip_query_to_string:
 *
 * Returns: (transfer full): e.g. `text:"harga naik" label:claim status:pending`
 */
char *
kutip_query_to_string (KutipQuery *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->phrases->len; i++)
    {
      KutipQueryPhrase *phrase = g_ptr_array_index (self->phrases, i);

      g_string_append (out, " text:\"");
      for (guint k = 0; k < phrase->tokens->len; k++)
        g_string_append_printf (out, "%s%s", k > 0 ? " " : "",
                                (const char *) g_ptr_array_index (phrase->tokens, k));
      g_string_append (out, phrase->prefix ? "\"*" : "\"");
    }
  append_sorted (out, "label", self->labels, FALSE);
  for (guint s = 0; s <= KUTIP_STATUS_REJECTED; s++)
    if (self->annotation_statuses & (1u << s))
      g_string_append_printf (out, " status:%s", kutip_status_to_string (s));
  for (guint s = 0; s < KUTIP_DOCUMENT_N_STATUSES; s++)
    if (self->document_statuses & (1u << s))
      g_string_append_printf (out, " status:%s", kutip_document_status_to_string (s));
  append_sorted (out, "speaker", self->speakers, TRUE);
  for (guint i = 0; i < self->dates->len; i++)
    {
      KutipDateRange *range = &g_array_index (self->dates, KutipDateRange, i);

      g_string_append_printf (out, " date:[%s,%s)", range->from, range->to);
    }
  if (self->annotations)
    g_string_append (out, " (annotations)");

  if (out->len > 0)
    g_string_erase (out, 0, 1);
  return g_string_free (out, FALSE);
}
