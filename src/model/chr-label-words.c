/* chr-label-words.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "chr-label-words.h"

/* The closed classes of English words that an event's label is cut by:
 * what introduces a date, reports speech, opens or ends a clause, and may
 * not end a label. They are in lower case, except where case says
 * something (abbreviations, words that open a sentence). */

#define WORD_LIST(array) { array, G_N_ELEMENTS (array) }

/* Words that introduce a date ("in 2014", "earlier this year") and go with it. */
static const char * const date_leads[] = {
  "in", "on", "since", "by", "until", "till", "from", "before", "after", "during", "of", "at",
  "for", "through", "throughout", "around", "as", "early", "late", "mid", "pre", "post", "earlier",
  "later", "date", "dated",
};
const ChrWordList chr_label_date_leads = WORD_LIST (date_leads);

/* Words that extend a day into part of it ("Sunday night"). */
static const char * const time_words[] = {
  "morning", "afternoon", "evening", "night", "midnight", "noon", "overnight",
};
const ChrWordList chr_label_time_words = WORD_LIST (time_words);

/* Days that date a clause without a preposition: "The court Friday rejected …". */
static const char * const day_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
  "yesterday", "tomorrow", "tonight",
};
const ChrWordList chr_label_day_names = WORD_LIST (day_names);

static const char * const reporting_verbs[] = {
  "said", "says", "say", "told", "tells", "announced", "announces", "stated", "states", "reported",
  "added", "adds", "noted", "notes", "confirmed", "confirms", "claimed", "claims", "insisted",
  "insists", "warned", "warns", "wrote", "writes", "argued", "argues", "declared", "declares",
  "explained", "explains", "emphasized", "emphasised", "emphasizes", "underlined", "underlines",
  "stressed", "stresses", "revealed", "reveals", "acknowledged", "acknowledges", "denied", "denies",
  "indicated", "indicates", "suggested", "suggests", "disclosed", "admitted", "asserted", "replied",
  "remarked", "posted", "tweeted", "concluded", "hinted", "predicted", "reiterated", "recalled",
};
const ChrWordList chr_label_reporting_verbs = WORD_LIST (reporting_verbs);

/* Reporting verbs that take a clause without "that": "Trump said Russia …". */
static const char * const say_verbs[] = {
  "said", "says", "say", "added", "adds", "wrote", "writes", "claimed", "claims", "insisted",
  "insists", "argued", "argues", "warned", "warns", "noted", "notes", "stated", "states",
};
const ChrWordList chr_label_say_verbs = WORD_LIST (say_verbs);

static const char * const subject_pronouns[] = {
  "he", "she", "they", "it", "we", "i", "you",
};
const ChrWordList chr_label_subject_pronouns = WORD_LIST (subject_pronouns);

static const char * const first_person[] = {
  "i", "we", "i’m", "we’re", "i'm", "we're", "my", "our", "us", "i’ve", "we’ve", "i'd", "i’d",
};
const ChrWordList chr_label_first_person = WORD_LIST (first_person);

/* "he was convinced that X": the speaker's own belief, so X is what he said. */
static const char * const belief_adjectives[] = {
  "convinced", "confident", "sure", "certain", "adamant",
};
const ChrWordList chr_label_belief_adjectives = WORD_LIST (belief_adjectives);

static const char * const belief_verbs[] = {
  "believes", "believed", "thinks", "thought", "feels", "felt", "hopes", "hoped", "expects",
};
const ChrWordList chr_label_belief_verbs = WORD_LIST (belief_verbs);

static const char * const copulas[] = {
  "is", "was", "are", "were", "am",
};
const ChrWordList chr_label_copulas = WORD_LIST (copulas);

/* Words that open a clause without adding to what happened. */
static const char * const discourse_words[] = {
  "however", "meanwhile", "and", "but", "also", "so", "then", "yet", "still", "moreover",
  "additionally", "furthermore", "therefore", "thus", "instead", "indeed", "now", "besides", "or",
  "nonetheless", "nevertheless", "separately", "when", "while", "as", "which", "who", "whom",
  "whose", "where", "because", "although", "though", "whereas", "if", "once", "whether",
};
const ChrWordList chr_label_discourse_words = WORD_LIST (discourse_words);

/* Connectives and adverbs that may open a sentence before its date ("And
 * just last month, …", "Also on Sunday, …"): they leave the date alone. */
static const char * const connectives[] = {
  "and", "but", "or", "also", "so", "then", "yet", "still", "however", "meanwhile", "moreover",
  "furthermore", "additionally", "besides", "therefore", "thus", "instead", "indeed", "now",
  "nonetheless", "nevertheless", "separately", "just", "only", "even", "again", "already",
  "finally", "plus",
};
const ChrWordList chr_label_connectives = WORD_LIST (connectives);

/* Subordinators: a clause opened by one of them and a pronoun ("since he
 * invaded Ukraine in 2022") is what happened at a date inside it. */
static const char * const subordinators[] = {
  "since", "after", "before", "because", "while", "as", "once", "until",
};
const ChrWordList chr_label_subordinators = WORD_LIST (subordinators);

/* Prepositions whose object is the thing a following date dates
 * ("after Russia’s invasion in 2022"). */
static const char * const event_prepositions[] = {
  "after", "since", "before", "following", "until", "amid", "during",
};
const ChrWordList chr_label_event_prepositions = WORD_LIST (event_prepositions);

static const char * const prepositions[] = {
  "in", "on", "at", "for", "with", "from", "by", "during", "after", "before", "since", "until",
  "against", "over", "under", "between", "through", "into", "as", "amid", "despite", "without",
  "within", "near", "about", "across", "toward", "towards", "following", "to", "of", "prior",
  "according", "like", "among", "unlike", "upon", "regarding", "beyond", "throughout",
};
const ChrWordList chr_label_prepositions = WORD_LIST (prepositions);

/* Words a label may end before when it has to be cut. */
static const char * const boundary_words[] = {
  "in", "on", "at", "for", "with", "from", "by", "during", "after", "before", "since", "until",
  "against", "over", "under", "between", "through", "into", "as", "amid", "despite", "without",
  "within", "near", "about", "across", "toward", "towards", "following", "and", "but", "or",
  "while", "because", "although", "though", "whereas", "so", "yet", "when", "where", "which",
  "who", "that", "if", "unless", "amid", "among",
};
const ChrWordList chr_label_boundary_words = WORD_LIST (boundary_words);

/* Words a label must not end on when it is cut after them: they need what follows. */
static const char * const no_cut_after[] = {
  "is", "was", "were", "are", "be", "been", "being", "am", "has", "have", "had", "will", "would",
  "can", "could", "should", "may", "might", "must", "not", "to", "of", "the", "a", "an", "and",
  "or", "exchange", "addition", "order", "front", "spite", "terms", "regard", "part", "ahead",
  "according", "due", "incompatible", "compatible", "similar", "able", "unable", "ready", "likely",
  "keen", "willing", "set", "going", "more", "less", "rather", "instead", "out", "up", "than",
  "such", "its", "their", "his", "her", "this", "these", "that", "those", "with", "in", "on",
  "for", "by", "from", "at", "prior", "close", "next", "member", "made", "met",
};
const ChrWordList chr_label_no_cut_after = WORD_LIST (no_cut_after);

/* Words that dangle at the end of a label. */
static const char * const dangling[] = {
  "the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "at", "for", "with", "from",
  "by", "that", "which", "who", "as", "than", "into", "about", "its", "their", "his", "her",
  "this", "these", "those", "is", "was", "were", "are", "be", "been", "has", "have", "had",
  "will", "would", "not", "while", "when", "after", "before", "since", "during", "until", "over",
  "between", "against", "also", "its", "our", "my", "your", "being", "whose", "where", "through",
  "via", "per", "amid", "among", "so", "if", "because", "although", "though", "whether",
};
const ChrWordList chr_label_dangling = WORD_LIST (dangling);

/* Words that are not the noun a date qualifies ("on Friday met"). */
static const char * const not_heads[] = {
  "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "can", "could",
  "should", "may", "might", "must", "did", "does", "do", "met", "took", "made", "began", "came",
  "went", "saw", "gave", "held", "won", "lost", "left", "sent", "hit", "struck", "became", "fell",
  "rose", "ran", "led", "paid", "put", "set", "cut", "spoke", "got", "also", "again", "alone",
  "only", "too", "then", "there", "here", "ago", "last", "next", "this", "that", "these", "those",
  "and", "or", "but", "the", "a", "an", "to", "of", "its", "his", "her", "their", "our", "not",
  "he", "she", "they", "it", "we", "you", "when", "while", "which", "who", "where", "as", "than",
  "so", "said", "says", "told", "wrote", "all", "both", "each", "every", "saying", "what", "how",
};
const ChrWordList chr_label_not_heads = WORD_LIST (not_heads);

/* Past participles that open a reduced clause without ending in -ed, and
 * adjectives that do the same ("…, effective May 1"). */
static const char * const participles[] = {
  "set", "held", "due", "made", "seen", "known", "shown", "given", "done", "led", "sent",
  "begun", "taken", "slated", "effective",
};
const ChrWordList chr_label_participles = WORD_LIST (participles);

/* Words that can only be a participle or a predicate adjective, never a
 * verb in the past tense: "the well begun in May", "results due on
 * Tuesday" qualify the noun before them. */
static const char * const bare_participles[] = {
  "begun", "seen", "known", "shown", "given", "done", "taken", "written", "spoken", "chosen",
  "driven", "broken", "frozen", "stolen", "beaten", "fallen", "hidden", "risen", "sworn",
  "due", "slated",
};
const ChrWordList chr_label_bare_participles = WORD_LIST (bare_participles);

/* A person's title before the name: "Italian Prime Minister Giorgia Meloni". */
static const char * const titles[] = {
  "president", "minister", "secretary", "chancellor", "envoy", "spokesperson", "spokesman",
  "spokeswoman", "chief", "leader", "general", "gen", "senator", "governor", "mayor", "king",
  "queen", "prince", "pope", "ambassador", "commissioner", "director", "ceo", "chairman",
  "premier", "lt", "col", "adviser", "advisor",
};
const ChrWordList chr_label_titles = WORD_LIST (titles);

/* Abbreviations whose full stop does not end a clause. */
static const char * const abbreviations[] = {
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs",
  "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Gov", "Sen", "Rep", "Jr", "Prof", "Capt",
  "Inc", "Corp", "Co", "Ltd", "Bros",
};
const ChrWordList chr_label_abbreviations = WORD_LIST (abbreviations);

/* Capitalised words that, in mid-clause, start a new sentence. */
static const char * const sentence_openers[] = {
  "On", "In", "At", "After", "Before", "Since", "During", "Meanwhile", "However", "Earlier",
  "Later",
};
const ChrWordList chr_label_sentence_openers = WORD_LIST (sentence_openers);

/* Verbs a date can be the subject of: "Tuesday was the deadline", "Wednesday saw …". */
static const char * const date_verbs[] = {
  "was", "is", "will", "saw", "sees", "marked", "marks", "brought", "brings",
};
const ChrWordList chr_label_date_verbs = WORD_LIST (date_verbs);

static const char * const auxiliaries[] = {
  "did", "does", "do", "has", "have", "had", "will", "would", "could", "can", "may", "might",
  "should", "must",
};
const ChrWordList chr_label_auxiliaries = WORD_LIST (auxiliaries);

static const char * const possessives[] = {
  "their", "his", "her", "its", "our", "my", "your",
};
const ChrWordList chr_label_possessives = WORD_LIST (possessives);

/* Free relatives: "Whichever side wins today, …" is no event. */
static const char * const free_relatives[] = {
  "whichever", "whatever", "whoever", "whenever", "wherever",
};
const ChrWordList chr_label_free_relatives = WORD_LIST (free_relatives);

static const char * const articles[] = {
  "the", "a", "an",
};
const ChrWordList chr_label_articles = WORD_LIST (articles);

static const char * const determiners[] = {
  "a", "an",
};
const ChrWordList chr_label_determiners = WORD_LIST (determiners);

/* Words after "and" that start a noun phrase rather than a second verb. */
static const char * const noun_openers[] = {
  "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "other",
  "some", "many", "more", "most", "all", "both", "each", "every", "several", "two", "three",
};
const ChrWordList chr_label_noun_openers = WORD_LIST (noun_openers);

/**
 * chr_word_list_has:
 * @list: a list of words in lower case
 * @word: a word of a text, in any case
 * @length: its length in bytes
 *
 * Returns: whether @word is one of @list, case aside
 */
gboolean
chr_word_list_has (const ChrWordList *list,
                   const char        *word,
                   gsize              length)
{
  char first = word[0] >= 'A' && word[0] <= 'Z' ? (char) (word[0] - 'A' + 'a') : word[0];

  /* Most words differ at the first letter. */
  for (guint k = 0; k < list->n; k++)
    if (list->words[k][0] == first && strlen (list->words[k]) == length &&
        g_ascii_strncasecmp (word, list->words[k], length) == 0)
      return TRUE;
  return FALSE;
}

/**
 * chr_word_list_has_exactly:
 * @list: a list of words
 * @word: a word of a text
 * @length: its length in bytes
 *
 * Returns: whether @word is one of @list, in the same case
 */
gboolean
chr_word_list_has_exactly (const ChrWordList *list,
                           const char        *word,
                           gsize              length)
{
  for (guint k = 0; k < list->n; k++)
    if (strlen (list->words[k]) == length && strncmp (word, list->words[k], length) == 0)
      return TRUE;
  return FALSE;
}
