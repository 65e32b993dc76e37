/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-date-rules-common.c: rule pieces both languages share: numbers,
 * years, numeric dates and clock times. */

#define G_LOG_DOMAIN "kutip-date"

#include "config.h"

#include "kutip-date-private.h"

int
kutip_date_number_at (const KutipDateCtx *ctx,
                      guint               j)
{
  const KutipDateTok *t = kutip_date_tok (ctx, j);

  if (t == NULL)
    return -1;
  if (t->kind == KUTIP_DTOK_NUM)
    return t->num;
  if (t->lex != NULL && t->lex->kind == KUTIP_LEX_NUMBER)
    return t->lex->value;
  return -1;
}

gboolean
kutip_date_number_is_quantity (const KutipDateCtx *ctx,
                               guint               j)
{
  const KutipDateTok *prev = j > 0 ? &ctx->toks[j - 1] : NULL;
  const KutipDateTok *next = kutip_date_tok (ctx, j + 1);

  if (prev != NULL && !(ctx->toks[j].flags & KUTIP_DTOKF_SPACE_BEFORE))
    {
      /* "2.014", "1,990", "$1990", "-2014" (but "(2014" and "'90" are fine) */
      if (prev->kind == KUTIP_DTOK_NUM || prev->kind == KUTIP_DTOK_WORD)
        return TRUE;
      if (prev->punct == '.' || prev->punct == ',' || prev->punct == '$' ||
          prev->punct == '#' || prev->punct == '+')
        return TRUE;
    }
  if (prev != NULL && (prev->punct == '$' || kutip_date_is_word_len (ctx, j - 1, "rp", 2) ||
                       kutip_date_is_word_len (ctx, j - 1, "no", 2) ||
                       kutip_date_is_word_len (ctx, j - 1, "nomor", 5) ||
                       kutip_date_is_word_len (ctx, j - 1, "number", 6)))
    return TRUE;
  if (next != NULL && !(next->flags & KUTIP_DTOKF_SPACE_BEFORE))
    {
      /* "2014.5", "1,990", "2014%" */
      if ((next->punct == '.' || next->punct == ',') && kutip_date_is_num (ctx, j + 2) &&
          kutip_date_glued (ctx, j + 2))
        return TRUE;
      if (next->punct == '%')
        return TRUE;
    }
  return FALSE;
}

guint
kutip_date_year_at (const KutipDateCtx *ctx,
                    guint               j,
                    gboolean            loose,
                    int                *year)
{
  const KutipDateTok *t = kutip_date_tok (ctx, j);

  if (t == NULL || t->kind != KUTIP_DTOK_NUM)
    return 0;
  if (loose ? (t->n_digits > 4 || t->num < 1)
            : (t->n_digits != 4 || t->num < 1000 || t->num > 2199))
    return 0;
  if (kutip_date_number_is_quantity (ctx, j))
    return 0;
  *year = t->num;
  return j + 1;
}

guint
kutip_date_iso_at (const KutipDateCtx *ctx,
                   guint               j,
                   int                *day,
                   int                *month,
                   int                *year)
{
  const KutipDateTok *t = kutip_date_tok (ctx, j);

  if (t == NULL || t->kind != KUTIP_DTOK_NUM || t->n_digits != 4 ||
      !kutip_date_is_punct (ctx, j + 1, '-') || !kutip_date_glued (ctx, j + 1) ||
      !kutip_date_is_num (ctx, j + 2) || !kutip_date_glued (ctx, j + 2) ||
      ctx->toks[j + 2].n_digits != 2 ||
      !kutip_date_is_punct (ctx, j + 3, '-') || !kutip_date_glued (ctx, j + 3) ||
      !kutip_date_is_num (ctx, j + 4) || !kutip_date_glued (ctx, j + 4) ||
      ctx->toks[j + 4].n_digits != 2)
    return 0;
  if (!kutip_date_valid_dmy (ctx->toks[j + 4].num, ctx->toks[j + 2].num, t->num))
    return 0;
  *year = t->num;
  *month = ctx->toks[j + 2].num;
  *day = ctx->toks[j + 4].num;
  return j + 5;
}

guint
kutip_date_numeric_at (const KutipDateCtx *ctx,
                       guint               j,
                       gboolean            month_first,
                       int                *day,
                       int                *month,
                       int                *year)
{
  const KutipDateTok *t = kutip_date_tok (ctx, j);
  char sep;
  int d, m, y = 0;
  guint k;

  if (t == NULL || t->kind != KUTIP_DTOK_NUM || t->n_digits > 2)
    return 0;
  if (!kutip_date_glued (ctx, j + 1) || !kutip_date_glued (ctx, j + 2) ||
      !kutip_date_is_num (ctx, j + 2))
    return 0;
  sep = ctx->toks[j + 1].punct;
  if (sep != '/' && sep != '-' && sep != '.')
    return 0;
  if (ctx->toks[j + 2].n_digits > 2)
    return 0;
  d = t->num;
  m = ctx->toks[j + 2].num;
  k = j + 3;
  if (kutip_date_is_punct (ctx, k, sep) && kutip_date_glued (ctx, k) &&
      kutip_date_is_num (ctx, k + 1) && kutip_date_glued (ctx, k + 1))
    {
      const KutipDateTok *ty = &ctx->toks[k + 1];

      if (ty->n_digits == 4)
        y = ty->num;
      else if (ty->n_digits == 2)
        y = kutip_date_expand_year (ty->num, ctx->published);
      else
        return 0;
      k += 2;
    }
  else if (sep != '/')
    return 0;  /* "18-5" and "18.5" are not dates; "18/5" is */
  /* "1/2/3/4" and "18/5/2021/..." are something else. */
  if (kutip_date_is_punct (ctx, k, sep) && kutip_date_glued (ctx, k))
    return 0;
  if (kutip_date_is_num (ctx, k) && kutip_date_glued (ctx, k))
    return 0;
  if (month_first)
    {
      int swap = d;

      d = m;
      m = swap;
    }
  if (!kutip_date_valid_dmy (d, m, y))
    return 0;
  *day = d;
  *month = m;
  *year = y;
  return k;
}

guint
kutip_date_clock_at (const KutipDateCtx *ctx,
                     guint               j,
                     int                *hour,
                     int                *minute)
{
  const KutipDateTok *t = kutip_date_tok (ctx, j);

  if (t == NULL || t->kind != KUTIP_DTOK_NUM || t->n_digits > 2 || t->num > 24)
    return 0;
  if ((kutip_date_is_punct (ctx, j + 1, '.') || kutip_date_is_punct (ctx, j + 1, ':')) &&
      kutip_date_glued (ctx, j + 1) && kutip_date_is_num (ctx, j + 2) &&
      kutip_date_glued (ctx, j + 2) && ctx->toks[j + 2].n_digits == 2 &&
      ctx->toks[j + 2].num < 60)
    {
      *hour = t->num;
      *minute = ctx->toks[j + 2].num;
      return j + 3;
    }
  return 0;
}

guint
kutip_date_decade_suffix (const KutipDateCtx *ctx,
                          guint               j)
{
  if (kutip_date_is_punct (ctx, j, '-') && kutip_date_glued (ctx, j) &&
      kutip_date_is_word (ctx, j + 1, "an") && kutip_date_glued (ctx, j + 1))
    return j + 2;
  if (kutip_date_glued (ctx, j) && (kutip_date_is_word (ctx, j, "an") ||
                                    kutip_date_is_word (ctx, j, "s")))
    return j + 1;
  if (kutip_date_is_punct (ctx, j, '\'') && kutip_date_glued (ctx, j) &&
      kutip_date_is_word (ctx, j + 1, "s") && kutip_date_glued (ctx, j + 1))
    return j + 2;
  return 0;
}
