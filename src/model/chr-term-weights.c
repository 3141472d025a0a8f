/* chr-term-weights.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-term-weights"

#include "config.h"

#include <math.h>

#include "chr-term-weights.h"

/* A word weighs by how few articles use it, and by how few statements do,
 * whichever says more (normalized IDF: log (N / df) / log N, so a word only
 * one article uses weighs 1 and one every article uses weighs 0). Across
 * articles, a word one article repeats is no more common for it; across
 * statements, in a few articles on one story every article says "invaded",
 * but few of its sentences do. */

typedef struct
{
  guint articles;          /* articles that use it */
  guint statements;        /* statements that use it */
  guint last_article;      /* the article that last used it, numbered from 1 */
  guint last_statement;    /* the statement that last used it, numbered from 1 */
} TermCount;

struct _ChrTermWeights
{
  GStringChunk *words;
  GHashTable   *counts;    /* word → TermCount */
  gint64        article_id;
  guint         n_articles;
  guint         n_statements;
};

/**
 * chr_term_weights_new:
 *
 * Starts counting the words of a collection's statements
 * (chr_term_weights_add()). What it keeps grows with the collection's
 * vocabulary, not with its articles.
 *
 * Returns: (transfer full): the weights, with nothing counted
 */
ChrTermWeights *
chr_term_weights_new (void)
{
  ChrTermWeights *self = g_new0 (ChrTermWeights, 1);

  self->words = g_string_chunk_new (64 * 1024);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  return self;
}

/**
 * chr_term_weights_add:
 * @self: the weights
 * @article_id: the article the statement is from
 * @terms: (array zero-terminated=1) (nullable): the statement's stems
 *
 * Counts one statement. Statements come article by article: all those of
 * one article follow one another.
 */
void
chr_term_weights_add (ChrTermWeights  *self,
                      gint64           article_id,
                      char           **terms)
{
  if (self->n_articles == 0 || article_id != self->article_id)
    {
      self->n_articles++;
      self->article_id = article_id;
    }
  self->n_statements++;

  for (char **t = terms; t != NULL && *t != NULL; t++)
    {
      TermCount *count;

      if (**t == '\0')
        continue;
      if (!(count = g_hash_table_lookup (self->counts, *t)))
        {
          count = g_new0 (TermCount, 1);
          g_hash_table_insert (self->counts, g_string_chunk_insert (self->words, *t), count);
        }
      if (count->last_statement == self->n_statements)
        continue;                  /* the same stem twice in one statement counts once */
      count->last_statement = self->n_statements;
      count->statements++;
      if (count->last_article != self->n_articles)
        {
          count->last_article = self->n_articles;
          count->articles++;
        }
    }
}

/**
 * chr_term_weights_get:
 * @self: the weights, every statement counted
 * @term: a stem
 *
 * Returns: how telling @term is, from 0 (every article and statement
 *   uses it) to 1 (only one does); 1 for a stem never counted
 */
double
chr_term_weights_get (const ChrTermWeights *self,
                      const char           *term)
{
  const TermCount *count = g_hash_table_lookup (self->counts, term);
  double by_article, by_statement;

  if (count == NULL)
    return 1.0;
  /* With one article there is nothing to compare with: every word counts. */
  by_article = self->n_articles < 2 ? 1.0
               : log ((double) self->n_articles / count->articles) / log ((double) self->n_articles);
  by_statement = self->n_statements < 2 ? 1.0
                 : log ((double) self->n_statements / count->statements) / log ((double) self->n_statements);
  return MAX (by_article, by_statement);
}

void
chr_term_weights_free (ChrTermWeights *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->counts);
  g_string_chunk_free (self->words);
  g_free (self);
}
