/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-quote-finder.c: pairs quotation marks (“…”, "…", ‘…’, «…») into
 * direct quotes, across sentences and across paragraphs that reopen the
 * quote, and turns the quotes that read as statements into claims. */

#define G_LOG_DOMAIN "kutip-attribution"

#include "config.h"

#include "kutip-attribution-private.h"

typedef enum
{
  FAMILY_NONE,
  FAMILY_DOUBLE,   /* “ ” and " */
  FAMILY_SINGLE,   /* ‘ ’ */
  FAMILY_GUILL,    /* « » */
} Family;

static gboolean
next_is_adjacent_word (AttContext *ctx,
                       guint       i)
{
  AttTok *next;

  if (i + 1 >= ctx->toks->len)
    return FALSE;
  next = ATT_TOK (ctx, i + 1);
  return !(next->flags & ATT_F_SPACE_PRE) && next->kind == ATT_TOK_WORD;
}

static gboolean
after_sentence_end (AttContext *ctx,
                    guint       i)
{
  AttTok *prev;

  if (i == 0)
    return TRUE;
  prev = ATT_TOK (ctx, i - 1);
  return prev->kind == ATT_TOK_PARA || (prev->flags & ATT_F_SENT_END)
         || (ATT_TOK (ctx, i)->flags & ATT_F_SENT_START);
}

/* Is the ” at @i followed, in its paragraph, by a ” that closes a quote
 * (no “ between them)? */
static gboolean
closed_later (AttContext *ctx,
              guint       i)
{
  for (guint j = i + 1; j < ctx->toks->len; j++)
    {
      AttTok *t = ATT_TOK (ctx, j);

      if (t->kind == ATT_TOK_PARA)
        return FALSE;
      if (t->kind == ATT_TOK_QUOTE && t->quote == ATT_Q_DOUBLE_OPEN)
        return FALSE;
      if (t->kind == ATT_TOK_QUOTE && t->quote == ATT_Q_DOUBLE_CLOSE)
        return !(t->flags & ATT_F_SPACE_PRE);
    }
  return FALSE;
}

static void
emit (AttContext *ctx,
      guint       open,
      guint       close,
      gboolean    closed)
{
  AttQuote q = { open, close, closed };

  if (close <= open + 1)
    return;
  for (guint i = open; i <= close; i++)
    ATT_TOK (ctx, i)->flags |= ATT_F_IN_QUOTE;
  g_array_append_val (ctx->quotes, q);
}

void
att_find_quotes (AttContext *ctx)
{
  guint n = ctx->toks->len;
  Family family = FAMILY_NONE;
  guint open = 0;

  for (guint i = 0; i < n; i++)
    {
      AttTok *t = ATT_TOK (ctx, i);
      Family f = FAMILY_NONE;
      gboolean is_open = FALSE, is_close = FALSE;

      if (t->kind == ATT_TOK_PARA)
        {
          if (family != FAMILY_NONE)
            {
              /* A quote running over paragraphs reopens in the next one
               * without closing in this one: each paragraph is a claim. */
              if (i > open + 1)
                emit (ctx, open, i - 1, FALSE);
              family = FAMILY_NONE;
            }
          continue;
        }
      if (t->kind != ATT_TOK_QUOTE)
        continue;

      switch (t->quote)
        {
        case ATT_Q_DOUBLE_OPEN:
          f = FAMILY_DOUBLE;
          is_open = TRUE;
          /* “ where a closing mark belongs (no space before, space after). */
          if (family == FAMILY_DOUBLE && !(t->flags & ATT_F_SPACE_PRE)
              && !next_is_adjacent_word (ctx, i))
            {
              is_open = FALSE;
              is_close = TRUE;
            }
          break;
        case ATT_Q_DOUBLE_CLOSE:
          f = FAMILY_DOUBLE;
          is_close = TRUE;
          /* ” used as an opening mark at the start of a sentence; one that
           * hangs on the previous word ("tersebut.” Kalau …") opens the
           * quote that a later ” in its paragraph closes (where every claim
           * is suggested: quote-only annotation, PFSA-ID, leaves such quotes
           * out), and is a stray closing mark otherwise ("pangan.” Dengan
           * …"). */
          if (family == FAMILY_NONE && after_sentence_end (ctx, i)
              && ((t->flags & ATT_F_SPACE_PRE) || next_is_adjacent_word (ctx, i)
                  || (ctx->hanging_mark_opens && closed_later (ctx, i))))
            {
              is_open = TRUE;
              is_close = FALSE;
            }
          break;
        case ATT_Q_STRAIGHT:
          f = FAMILY_DOUBLE;
          if (family == FAMILY_DOUBLE)
            is_close = TRUE;
          else if ((t->flags & ATT_F_SPACE_PRE) || i == 0
                   || ATT_TOK (ctx, i - 1)->kind != ATT_TOK_WORD)
            is_open = TRUE;
          break;
        case ATT_Q_SINGLE_OPEN:
          f = FAMILY_SINGLE;
          is_open = TRUE;
          break;
        case ATT_Q_SINGLE_CLOSE:
          f = FAMILY_SINGLE;
          is_close = !next_is_adjacent_word (ctx, i);
          break;
        case ATT_Q_GUILL_OPEN:
          f = FAMILY_GUILL;
          is_open = TRUE;
          break;
        case ATT_Q_GUILL_CLOSE:
          f = FAMILY_GUILL;
          is_close = TRUE;
          break;
        default:
          break;
        }

      if (family == FAMILY_NONE)
        {
          if (is_open)
            {
              family = f;
              open = i;
            }
        }
      else if (f == family)
        {
          if (is_close)
            {
              emit (ctx, open, i, TRUE);
              family = FAMILY_NONE;
            }
          else if (is_open)
            {
              /* Two openings in a row: the first was a stray mark. */
              open = i;
            }
        }
      /* Marks of another family inside a quote are nested quotes. */
    }

  if (family != FAMILY_NONE && n > open + 1)
    emit (ctx, open, n - 1, FALSE);
}
