/* chr-label-words.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char * const *words;
  guint               n;
} ChrWordList;

extern const ChrWordList chr_label_date_leads;
extern const ChrWordList chr_label_time_words;
extern const ChrWordList chr_label_day_names;
extern const ChrWordList chr_label_reporting_verbs;
extern const ChrWordList chr_label_say_verbs;
extern const ChrWordList chr_label_subject_pronouns;
extern const ChrWordList chr_label_first_person;
extern const ChrWordList chr_label_belief_adjectives;
extern const ChrWordList chr_label_belief_verbs;
extern const ChrWordList chr_label_copulas;
extern const ChrWordList chr_label_discourse_words;
extern const ChrWordList chr_label_connectives;
extern const ChrWordList chr_label_subordinators;
extern const ChrWordList chr_label_event_prepositions;
extern const ChrWordList chr_label_prepositions;
extern const ChrWordList chr_label_boundary_words;
extern const ChrWordList chr_label_no_cut_after;
extern const ChrWordList chr_label_dangling;
extern const ChrWordList chr_label_not_heads;
extern const ChrWordList chr_label_participles;
extern const ChrWordList chr_label_bare_participles;
extern const ChrWordList chr_label_titles;
extern const ChrWordList chr_label_abbreviations;
extern const ChrWordList chr_label_sentence_openers;
extern const ChrWordList chr_label_date_verbs;
extern const ChrWordList chr_label_auxiliaries;
extern const ChrWordList chr_label_possessives;
extern const ChrWordList chr_label_free_relatives;
extern const ChrWordList chr_label_articles;
extern const ChrWordList chr_label_determiners;
extern const ChrWordList chr_label_noun_openers;

gboolean chr_word_list_has         (const ChrWordList *list,
                                    const char        *word,
                                    gsize              length);
gboolean chr_word_list_has_exactly (const ChrWordList *list,
                                    const char        *word,
                                    gsize              length);

G_END_DECLS
