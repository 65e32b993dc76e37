/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-speaker-entities.c: groups speaker mentions into one entity per
 * person or body ("Purwadi" and "Wakil Kepala … Ajun Komisaris Purwadi"),
 * resolves pronouns, and names each entity after the person ("Karine
 * Jean-Pierre", not "juru bicara Gedung Putih Karine Jean-Pierre"). */

#define G_LOG_DOMAIN "kutip-attribution"

#include "config.h"

#include <string.h>

#include "kutip-attribution-private.h"

static inline gboolean
is_word (AttTok *t)
{
  return t->kind == ATT_TOK_WORD;
}

/* The first @needle (@n bytes) in @w (@len bytes), or NULL: like
 * g_strstr_len() on a word, without its call and strlen. */
static const char *
find_in_word (const char *w,
              gsize       len,
              const char *needle,
              gsize       n)
{
  const char *p = w, *end = w + len;

  while (len >= n && (p = memchr (p, needle[0], end - p)) != NULL && (gsize) (end - p) >= n)
    {
      if (memcmp (p, needle, n) == 0)
        return p;
      p++;
    }
  return NULL;
}

/* Appends @t's word, case-folded, to ctx->key_bytes; returns its length. */
static guint32
fold_word (AttContext *ctx,
           AttTok     *t)
{
  const char *w = ctx->text + t->start;
  gsize len = t->end - t->start;
  gsize from = ctx->key_bytes->len;
  const char *apos;

  /* "Clinton’s" and "Clinton's" name Clinton. */
  if (len > 4 && ((apos = find_in_word (w, len, "’s", 4)) != NULL
                  || (apos = find_in_word (w, len, "'s", 2)) != NULL))
    len = apos - w;

  /* Most names are ASCII: lower-casing them is case folding, and much
   * cheaper than g_utf8_casefold's table walk. */
  for (gsize i = 0; i < len; i++)
    if ((guchar) w[i] >= 0x80)
      {
        g_autofree char *folded = g_utf8_casefold (w, len);

        g_string_append (ctx->key_bytes, folded);
        return (guint32) (ctx->key_bytes->len - from);
      }
  g_string_set_size (ctx->key_bytes, from + len);
  for (gsize i = 0; i < len; i++)
    ctx->key_bytes->str[from + i] = g_ascii_tolower (w[i]);
  return (guint32) len;
}

/* Name words and titles point at entities through one open-addressing
 * table in ctx->keys; @kind keeps the two apart. */
enum
{
  KEY_WORD = 1,
  KEY_TITLE = 2,
};

static AttKey *
key_slot (AttContext *ctx,
          guint       kind,
          guint32     offset,
          guint32     len,
          gboolean   *inserted)
{
  const char *word = ctx->key_bytes->str + offset;
  guint mask = ctx->keys->len - 1;
  guint32 h = KUTIP_HASH_INIT ^ kind;

  for (guint32 i = 0; i < len; i++)
    h = kutip_hash_step (h, (guchar) word[i]);
  h |= 1; /* never 0, the empty slot */
  for (guint i = h & mask;; i = (i + 1) & mask)
    {
      AttKey *k = &g_array_index (ctx->keys, AttKey, i);

      if (k->hash == 0)
        {
          k->hash = h;
          k->offset = offset;
          k->len = len;
          k->entity = -1;
          *inserted = TRUE;
          return k;
        }
      if (k->hash == h && k->len == len
          && memcmp (ctx->key_bytes->str + k->offset, word, len) == 0)
        {
          *inserted = FALSE;
          return k;
        }
    }
}

/* The entity @t's folded word points at under @kind, or -1. */
static int
key_lookup (AttContext *ctx,
            guint       kind,
            AttTok     *t)
{
  guint32 offset = (guint32) ctx->key_bytes->len;
  guint32 len = fold_word (ctx, t);
  gboolean inserted;
  AttKey *k = key_slot (ctx, kind, offset, len, &inserted);

  g_string_truncate (ctx->key_bytes, offset);
  if (inserted)
    {
      /* Not there: take the probe out again (it ended its probe chain). */
      k->hash = 0;
      return -1;
    }
  return k->entity;
}

static void
key_set (AttContext *ctx,
         guint       kind,
         AttTok     *t,
         int         entity)
{
  guint32 offset = (guint32) ctx->key_bytes->len;
  guint32 len = fold_word (ctx, t);
  gboolean inserted;
  AttKey *k = key_slot (ctx, kind, offset, len, &inserted);

  if (!inserted)
    g_string_truncate (ctx->key_bytes, offset); /* the word was there already */
  k->entity = entity;
}

/* The word that identifies a person: the last capitalised word that is not a
 * title ("Biden" in "Presiden AS Joe Biden"). Returns a token index or -1. */
static gint
key_token (AttContext *ctx,
           AttMention *m,
           gboolean    allow_title)
{
  for (guint j = m->last; j > m->first; j--)
    {
      AttTok *t = ATT_TOK (ctx, j - 1);

      if (!is_word (t) || (t->flags & ATT_F_DIGIT))
        continue;
      if (allow_title ? ((t->flags & ATT_F_CAP) || (t->lex & (LEX_TITLE | LEX_GROUP_NOUN)))
                      : ((t->flags & ATT_F_CAP) && !(t->lex & LEX_TITLE)
                         && !(t->flags & ATT_F_ALL_CAPS)))
        return j - 1;
    }
  return -1;
}

static int
new_entity (AttContext *ctx)
{
  AttEntity none = { 0, 0, -1, 0, 0, G_MAXUINT, FALSE };

  g_array_append_val (ctx->entities, none);
  return (int) ctx->entities->len - 1;
}

/* A title that names a person's role ("Kepala", "juru bicara"), not an
 * organisation ("Kementerian", "Dinas"). */
static gboolean
is_role (AttContext *ctx,
         guint       j)
{
  const KutipWordTable *organisations = ctx->language->organisation_words;
  AttTok *t = ATT_TOK (ctx, j);

  return (t->lex & LEX_TITLE)
         && !(organisations != NULL
              && kutip_word_table_lookup (organisations, ctx->text + t->start, t->end - t->start));
}

/* The personal name in the segment [first, last) of a mention: the
 * capitalised words after its last title, acronym, lower-case or other
 * word that is never part of a name ("Presiden AS [Joe Biden]"). An age
 * at the end is left out. */
static void
segment_name (AttContext *ctx,
              guint       first,
              guint       last,
              guint      *name_first,
              guint      *name_last)
{
  guint j;

  /* "Winda (36)" */
  if (last >= first + 3 && att_punct_is (ctx, last - 1, ')')
      && (ATT_TOK (ctx, last - 2)->flags & ATT_F_DIGIT) && att_punct_is (ctx, last - 3, '('))
    last -= 3;
  for (j = last; j > first; j--)
    {
      AttTok *t = ATT_TOK (ctx, j - 1);

      if (!is_word (t) || !(t->flags & ATT_F_CAP)
          || (t->flags & (ATT_F_ALL_CAPS | ATT_F_DIGIT))
          || (t->lex & (LEX_TITLE | LEX_NOT_NAME | LEX_GROUP_NOUN | LEX_DETERMINER)))
        break;
    }
  *name_first = j;
  *name_last = last;
}

/* Where the personal name of mention @m is: a segment between its commas
 * with no title, the last of them ("sosiolog Universitas X, [Rakhmat
 * Hidayat]", "[Eky Rahawarin] (45), warga Kota Tual"), else the name after the last title
 * of a segment with a role. An organisation ("Kementerian Dalam Negeri",
 * "KPU Sulut") and a group ("seorang warga") have none. */
static void
mention_name (AttContext       *ctx,
              const AttMention *m,
              guint            *name_first,
              guint            *name_last)
{
  gboolean role = FALSE, pure = FALSE;
  guint seg = m->first;

  *name_first = *name_last = m->first;
  if (m->pronoun)
    return;
  for (guint j = m->first; j < m->last; j++)
    if (is_word (ATT_TOK (ctx, j)) && is_role (ctx, j))
      role = TRUE;

  for (guint j = m->first; j <= m->last; j++)
    {
      guint f, l;

      if (j < m->last && !att_punct_is (ctx, j, ','))
        continue;
      segment_name (ctx, seg, j, &f, &l);
      if (f < l && f == seg)
        {
          /* A segment that is all name: the last one wins ("…, Yogyakarta,
           * Gabriel Lele"). */
          pure = TRUE;
          *name_first = f;
          *name_last = l;
        }
      else if (f < l && role && !pure)
        {
          /* Else the name after the title of the last segment with one. */
          *name_first = f;
          *name_last = l;
        }
      seg = j + 1;
    }
}

/* May mention @m, whose key word is token @key, join @entity? A body
 * ("Kementerian Dalam Negeri") joins a person only through the last word
 * of the person's name, not through the body in their title ("Kepala …
 * Kementerian Dalam Negeri Bahtiar"). */
static gboolean
names_last (AttContext       *ctx,
            const AttMention *m,
            int               entity,
            gint              key)
{
  const AttEntity *e = &g_array_index (ctx->entities, AttEntity, entity);
  guint f, l;
  AttTok *a, *b;

  if (!e->person || e->fullest < 0)
    return TRUE;
  if (m->name_first < m->name_last)
    return TRUE;
  f = g_array_index (ctx->mentions, AttMention, e->fullest).name_first;
  l = g_array_index (ctx->mentions, AttMention, e->fullest).name_last;
  if (f >= l)
    return TRUE;
  a = ATT_TOK (ctx, l - 1);
  b = ATT_TOK (ctx, key);
  return a->end - a->start == b->end - b->start
         && g_ascii_strncasecmp (ctx->text + a->start, ctx->text + b->start, a->end - a->start) == 0;
}

/* Names each entity after the person: the personal name in its fullest
 * mention, from the first word another of its mentions repeats ("Kepala
 * Pusat Penerangan Kementerian Dalam Negeri Bahtiar" … "kata Bahtiar" →
 * "Bahtiar"; "Komisaris Besar Ahmad Ramadhan" … "kata Ahmad" → "Ahmad
 * Ramadhan"), taking the given name too when only the last of three or more
 * words is repeated ("juru bicara Gedung Putih Karine Jean-Pierre" …
 * "Jean-Pierre" → "Karine Jean-Pierre"), and the last two words of a
 * longer name nothing repeats. Organisations and groups keep their whole
 * phrase. */
static void
name_entities (AttContext *ctx)
{
  for (guint e = 0; e < ctx->entities->len; e++)
    {
      AttEntity *entity = &g_array_index (ctx->entities, AttEntity, e);

      entity->matched = G_MAXUINT;
      entity->name_first = entity->name_last = 0;
      if (entity->fullest >= 0)
        {
          const AttMention *fullest = &g_array_index (ctx->mentions, AttMention, entity->fullest);

          entity->name_first = fullest->name_first;
          entity->name_last = fullest->name_last;
        }
    }

  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      AttMention *m = &g_array_index (ctx->mentions, AttMention, k);
      AttEntity *entity = &g_array_index (ctx->entities, AttEntity, m->entity);

      if (m->pronoun || (int) k == entity->fullest || entity->name_first >= entity->name_last)
        continue;
      for (guint j = m->first; j < m->last; j++)
        {
          AttTok *t = ATT_TOK (ctx, j);

          if (!is_word (t) || !(t->flags & ATT_F_CAP) || (t->lex & LEX_TITLE))
            continue;
          for (guint w = entity->name_first; w < entity->name_last && w < entity->matched; w++)
            {
              AttTok *n = ATT_TOK (ctx, w);

              if (n->end - n->start == t->end - t->start
                  && g_ascii_strncasecmp (ctx->text + n->start, ctx->text + t->start,
                                          t->end - t->start) == 0)
                {
                  entity->matched = w;
                  break;
                }
            }
        }
    }

  for (guint e = 0; e < ctx->entities->len; e++)
    {
      AttEntity *entity = &g_array_index (ctx->entities, AttEntity, e);
      guint first = entity->name_first;

      if (first >= entity->name_last)
        continue;
      if (entity->matched != G_MAXUINT)
        {
          first = entity->matched;
          if (first + 1 == entity->name_last && entity->name_last - entity->name_first >= 3)
            first--;
        }
      else if (entity->fullest >= 0
               && !g_array_index (ctx->mentions, AttMention, entity->fullest).pronoun
               && entity->name_last - entity->name_first >= 3)
        /* Nothing repeats it: "Menteri Energi Lina Marlina" → the last two
         * words (the others are often an office or a place). */
        first = entity->name_last - 2;
      entity->start = ATT_TOK (ctx, first)->start;
      entity->len = ATT_TOK (ctx, entity->name_last - 1)->end - entity->start;
    }
}

/* Groups ctx->mentions (in text order) into ctx->entities, setting each
 * mention's entity and each entity's fullest name phrase. */
void
att_group_entities (AttContext *ctx)
{
  int last_named_entity = -1;
  int last_named = -1;
  guint n_keys = 0, size = 16;

  g_array_set_size (ctx->entities, 0);
  /* Most sentences quote nobody: skip the tables. */
  if (ctx->mentions->len == 0)
    return;

  /* At most one key per token of a mention: keep the table under half full. */
  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      AttMention *m = &g_array_index (ctx->mentions, AttMention, k);

      n_keys += m->last - m->first;
      mention_name (ctx, m, &m->name_first, &m->name_last);
    }
  while (size < 2 * n_keys + 2)
    size *= 2;
  g_array_set_size (ctx->keys, size);
  memset (ctx->keys->data, 0, size * sizeof (AttKey));
  g_string_truncate (ctx->key_bytes, 0);

  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      AttMention *m = &g_array_index (ctx->mentions, AttMention, k);
      gint key;
      int entity = -1;
      guint32 len;

      if (m->pronoun)
        {
          /* A pronoun refers to the last named speaker; one with nobody
           * before it stands for itself. Mentions are in text order, so
           * that is the last named one seen (no search: a long document
           * has many pronouns). */
          int a = last_named;

          if (a >= 0 && g_array_index (ctx->mentions, AttMention, a).entity >= 0)
            m->entity = g_array_index (ctx->mentions, AttMention, a).entity;
          else
            m->entity = new_entity (ctx);
          continue;
        }

      key = key_token (ctx, m, FALSE);
      if (key >= 0)
        {
          entity = key_lookup (ctx, KEY_WORD, ATT_TOK (ctx, key));
          if (entity >= 0 && !names_last (ctx, m, entity, key))
            entity = -1;
        }
      else if ((key = key_token (ctx, m, TRUE)) >= 0)
        {
          entity = key_lookup (ctx, KEY_TITLE, ATT_TOK (ctx, key));
          if (entity < 0)
            entity = key_lookup (ctx, KEY_WORD, ATT_TOK (ctx, key));
        }
      if (entity < 0 && key < 0 && last_named_entity >= 0)
        entity = last_named_entity;
      if (entity < 0)
        entity = new_entity (ctx);
      m->entity = entity;
      last_named_entity = entity;
      if (!m->candidate)
        last_named = (int) k;

      /* The words of the person's name now point at the entity, so a later
       * "Parwati" or "Surjaudaja" finds "Parwati Surjaudaja"; of a mention
       * with no personal name (a body: "KPU Sulut"), its last name words
       * (up to four, after its last title or acronym: not "Jakarta" in
       * "Gubernur DKI Jakarta"). A word before the last of a person's name
       * that names a body already keeps pointing at the body ("Negeri" in
       * "… Kementerian Dalam Negeri Bahtiar"). Titles point at it too, for
       * a later "kata Presiden". */
      {
        guint names = 0, name_first = m->name_first, name_last = m->name_last;

        if (name_first < name_last)
          g_array_index (ctx->entities, AttEntity, entity).person = TRUE;
        for (guint j = m->last; j > m->first; j--)
          {
            AttTok *t = ATT_TOK (ctx, j - 1);

            if (!is_word (t) || (t->flags & ATT_F_DIGIT) || !(t->flags & ATT_F_CAP))
              continue;
            if (t->lex & LEX_TITLE)
              {
                key_set (ctx, KEY_TITLE, t, entity);
                if (names > 0)
                  names = G_MAXUINT; /* the personal name ends at its title */
              }
            else if (name_first < name_last)
              {
                int other;

                if (j - 1 < name_first || j - 1 >= name_last)
                  continue;
                other = j < name_last ? key_lookup (ctx, KEY_WORD, t) : -1;
                if (other < 0 || other == entity
                    || g_array_index (ctx->entities, AttEntity, other).person)
                  key_set (ctx, KEY_WORD, t, entity);
              }
            else if (t->flags & (ATT_F_ALL_CAPS))
              {
                if (names > 0)
                  names = G_MAXUINT; /* "DKI" in "Gubernur DKI Jakarta Anies" */
              }
            else if (names < 4)
              {
                key_set (ctx, KEY_WORD, t, entity);
                names++;
              }
          }
      }

      len = ATT_TOK (ctx, m->last - 1)->end - ATT_TOK (ctx, m->first)->start;
      if (len > g_array_index (ctx->entities, AttEntity, entity).len)
        {
          AttEntity *e = &g_array_index (ctx->entities, AttEntity, entity);

          e->start = ATT_TOK (ctx, m->first)->start;
          e->len = len;
          e->fullest = (int) k;
        }
    }

  name_entities (ctx);

  /* Entities seen only through pronouns keep the pronoun as their name. */
  for (guint k = 0; k < ctx->mentions->len; k++)
    {
      AttMention *m = &g_array_index (ctx->mentions, AttMention, k);
      AttEntity *e = &g_array_index (ctx->entities, AttEntity, m->entity);

      if (e->len == 0)
        {
          e->start = ATT_TOK (ctx, m->first)->start;
          e->len = ATT_TOK (ctx, m->last - 1)->end - ATT_TOK (ctx, m->first)->start;
        }
    }
}
