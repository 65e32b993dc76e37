/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-label-names.c: display names for labels, statuses and origins. */

#define G_LOG_DOMAIN "kutip-label-names"

#include "config.h"

#include <glib/gi18n.h>

#include "kutip-label-names.h"

const char *
kutip_label_display_name (KutipSchema *schema,
                          const char  *name)
{
  const KutipLabel *label;

  if (name == NULL)
    return "";
  /* The built-in titles, spelled out so xgettext finds them. */
  if (g_str_equal (name, KUTIP_LABEL_SPEAKER))
    return C_("label", "Speaker");
  if (g_str_equal (name, KUTIP_LABEL_CLAIM))
    return C_("label", "Claim");
  if (g_str_equal (name, KUTIP_LABEL_DATE))
    return C_("label", "Date");

  label = schema != NULL ? kutip_schema_lookup (schema, name) : NULL;
  if (label != NULL && label->title != NULL)
    return label->title;
  return name;
}

const char *
kutip_status_display_name (KutipStatus status)
{
  switch (status)
    {
    case KUTIP_STATUS_PENDING:
      return _("Suggested");
    case KUTIP_STATUS_ACCEPTED:
      return _("Accepted");
    case KUTIP_STATUS_REJECTED:
      return _("Rejected");
    default:
      return "";
    }
}

const char *
kutip_label_css_class (const char *name)
{
  if (g_strcmp0 (name, KUTIP_LABEL_SPEAKER) == 0)
    return "label-speaker";
  if (g_strcmp0 (name, KUTIP_LABEL_CLAIM) == 0)
    return "label-claim";
  if (g_strcmp0 (name, KUTIP_LABEL_DATE) == 0)
    return "label-date";
  return "label-other";
}

gboolean
kutip_date_value_is_valid (const char *value)
{
  static GRegex *pattern = NULL;

  if (value == NULL || value[0] == '\0')
    return FALSE;

  if (g_once_init_enter (&pattern))
    {
      /* Calendar dates with unknown parts as X, weeks, quarters, seasons,
       * decades and centuries, times, durations and the TIMEX3 references. */
      GRegex *regex = g_regex_new (
        "^(?:"
          "(?:[0-9X]{2}|[0-9X]{3}|[0-9X]{4})"
          "(?:-(?:[0-9X]{2}|W[0-9X]{2}(?:-[1-7X])?|Q[1-4X]|H[12]|SP|SU|FA|WI)"
            "(?:-[0-9X]{2})?)?"
          "(?:T(?:[0-2][0-9](?::[0-5][0-9](?::[0-5][0-9])?)?|MO|AF|EV|NI|DT))?"
        "|P(?:[0-9]+(?:\\.[0-9]+)?|X)[YMWDHS]"
        "|PT(?:[0-9]+|X)[HMS]"
        "|PRESENT_REF|PAST_REF|FUTURE_REF"
        ")$",
        G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&pattern, regex);
    }

  if (!g_regex_match (pattern, value, 0, NULL))
    return FALSE;

  /* Months and days in range where they are given as digits. */
  if (g_ascii_isdigit (value[0]) && strlen (value) >= 7 && value[4] == '-' &&
      g_ascii_isdigit (value[5]) && g_ascii_isdigit (value[6]))
    {
      int month = (value[5] - '0') * 10 + (value[6] - '0');

      if (month < 1 || month > 12)
        return FALSE;
      if (strlen (value) >= 10 && value[7] == '-' &&
          g_ascii_isdigit (value[8]) && g_ascii_isdigit (value[9]))
        {
          int day = (value[8] - '0') * 10 + (value[9] - '0');
          int year = atoi (value);

          if (day < 1 || day > g_date_get_days_in_month (month, year))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * kutip_label_short_text:
 * @text: (nullable): a span's covered text
 * @max_chars: how many characters to keep at most
 *
 * Returns: (transfer full): @text on one line (line ends and tabs become
 *   spaces), cut to @max_chars with “…”
 */
char *
kutip_label_short_text (const char *text,
                        guint       max_chars)
{
  g_autofree char *copy = g_strdup (text ? text : "");
  g_autofree char *head = NULL;

  g_strdelimit (copy, "\n\r\t", ' ');
  if (g_utf8_strlen (copy, -1) <= (glong) max_chars)
    return g_steal_pointer (&copy);
  head = g_utf8_substring (copy, 0, max_chars);
  return g_strconcat (head, "…", NULL);
}
