/* test-event-label.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-event-label"

#include "config.h"

#include <string.h>

#include "chr-event-label.h"
#include "chr-sentences.h"

typedef struct
{
  const char *sentence;
  const char *date;          /* its first occurrence is the mention */
  const char *label;
} LabelCase;

static guint
count_words (const char *label)
{
  g_auto(GStrv) words = g_strsplit (label, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && strcmp (words[i], "…") != 0)
      n++;
  return n;
}

static void
check_cases (const LabelCase *cases,
             gsize            n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      const char *text = cases[i].sentence;
      const char *at = strstr (text, cases[i].date);
      ChrSpan sentence = { 0, strlen (text) };
      ChrSpan mention;
      g_autofree char *label = NULL;

      g_assert_nonnull (at);
      mention.start = (gsize) (at - text);
      mention.end = mention.start + strlen (cases[i].date);
      label = chr_event_label (text, &sentence, &mention);
      g_test_message ("%s [%s]", text, cases[i].date);
      g_assert_cmpstr (label, ==, cases[i].label);
      g_assert_cmpuint (count_words (label), <=, CHR_EVENT_LABEL_MAX_WORDS);
    }
}

static void
test_date_removal (void)
{
  static const LabelCase cases[] = {
    { "Trump and Putin met in Alaska on Friday.", "Friday", "Trump and Putin met in Alaska" },
    { "the summit ended on Friday.", "Friday", "The summit ended" },
    { "Crimea has been under Russian control since 2014.", "2014",
      "Crimea has been under Russian control" },
    { "Prices rose by 3% in early 2023.", "2023", "Prices rose by 3%" },
    { "The bridge reopened on Sunday night.", "Sunday", "The bridge reopened" },
    { "The plan would restore the pre-2014 borders of the country.", "2014",
      "The plan would restore the borders of the country" },
    { "Talks resumed on Monday – the first in months.", "Monday", "Talks resumed" },
    /* A date that qualifies a noun leaves the noun phrase as the event. */
    { "Zelensky arrived in Washington for Monday talks aimed at ending the war.", "Monday",
      "Talks aimed at ending the war" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_reporting (void)
{
  static const LabelCase cases[] = {
    { "The ministry said on Monday that troops had withdrawn from the city.", "Monday",
      "Troops had withdrawn from the city" },
    { "Rescue teams pulled four survivors from the rubble, officials said on Tuesday.", "Tuesday",
      "Rescue teams pulled four survivors from the rubble" },
    { "The dam was breached overnight, the governor told reporters on Tuesday, while rescuers "
      "searched for survivors.", "Tuesday", "The dam was breached overnight" },
    { "A spokesman for the ministry said on Monday.", "Monday", "A spokesman for the ministry said" },
    { "According to officials on Wednesday, the dam burst after heavy rain.", "Wednesday",
      "The dam burst after heavy rain" },
    { "The army announced in a statement on Friday that two brigades had crossed the river.",
      "Friday", "Two brigades had crossed the river" },
    { "Reports last week suggested that the ceasefire was holding.", "last week",
      "The ceasefire was holding" },
    { "“The front is stable,” said Oleksandr Syrskyi on Thursday.", "Thursday",
      "The front is stable" },
    /* A statement in the first person needs its speaker. */
    { "“We will not give up,” Zelensky said on Saturday.", "Saturday",
      "Zelensky: We will not give up" },
    { "On Monday, Macron said he believed that Europe must rearm.", "Monday",
      "Macron said Europe must rearm" },
    { "In a statement on Monday, the Kremlin said it would respond.", "Monday",
      "Kremlin said it would respond" },
    /* The speaker's words count against the limit. */
    { "On Monday, Trump said he spoke to Putin about the possibility of a NATO-style collective "
      "defence guarantee.", "Monday", "Trump said he spoke to Putin" },
    /* A body keeps its whole name, a person the surname. */
    { "Nordhavn Shipping Corp. said on Monday it would sell two ferries.", "Monday",
      "Nordhavn Shipping Corp. said it would sell two ferries" },
    { "The Fishing Council said Friday it would pay for the storm damage of two winters ago.",
      "two winters ago", "Fishing Council said it would pay for the storm damage" },
    { "The head of the port authority, Maria Sund, told reporters on Monday that she would resign.",
      "Monday", "Sund said she would resign" },
    { "In a letter, Ivar Dahl, head of the dock union, said he expects a strike in the spring.",
      "the spring", "Dahl said he expects a strike" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_when (void)
{
  static const LabelCase cases[] = {
    { "The crisis began in March 2020, when the government closed the borders.", "March 2020",
      "The government closed the borders" },
    { "Prices fell sharply in 2008 when the bank collapsed.", "2008", "The bank collapsed" },
    { "Markets panicked when the central bank raised rates on Thursday.", "Thursday",
      "The central bank raised rates" },
    { "The deal was hailed as historic since they signed it in 1994 after years of talks.", "1994",
      "They signed it" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_opening_date (void)
{
  static const LabelCase cases[] = {
    { "On Tuesday, the parliament approved the budget after a long debate.", "Tuesday",
      "The parliament approved the budget after a long debate" },
    { "On March 3, the minister said that the border would reopen.", "March 3",
      "The border would reopen" },
    { "On Sunday night, after landing in Kyiv, the chancellor met the president.", "Sunday",
      "The chancellor met the president" },
    { "Earlier in December, rebels seized the airport.", "December", "Rebels seized the airport" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_event_phrase (void)
{
  static const LabelCase cases[] = {
    /* The thing a date dates, after "since", "after", "on the heels of"… */
    { "Relations soured after the military coup in 2021.", "2021", "The military coup" },
    { "Since the election in May, the coalition has struggled.", "May", "The election" },
    { "The visit comes in the wake of a deadly strike on the port on Friday.", "Friday",
      "Deadly strike on the port" },
    /* An aside refers to the clause before it. */
    { "The vote, set for Tuesday after weeks of delay, is expected to pass.", "Tuesday",
      "The vote" },
    { "The treaty (signed in 1994) guaranteed the borders.", "1994", "The treaty" },
    /* A second verb with its own date keeps the first verb's subject. */
    { "Russia annexed Crimea in 2014 and recognised two breakaway regions in 2022.", "2022",
      "Russia recognised two breakaway regions" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_trim (void)
{
  static const LabelCase cases[] = {
    { "Meanwhile, the central bank raised interest rates on Thursday.", "Thursday",
      "The central bank raised interest rates" },
    { "However the talks resumed in May.", "May", "The talks resumed" },
    { "But the strikes continued on Sunday.", "Sunday", "The strikes continued" },
    { "The dam burst on 6 June, flooding dozens of villages.", "6 June", "The dam burst" },
    { "The court ruled on Tuesday, which surprised many observers.", "Tuesday", "The court ruled" },
    { "The envoy met the prime minister on Friday who later resigned.", "Friday",
      "The envoy met the prime minister" },
    { "The governor, who took office in January, vetoed the bill on Friday.", "Friday",
      "The governor vetoed the bill" },
    { "“The bridge will reopen in June,” the mayor said.", "June", "The bridge will reopen" },
    { "(Talks collapsed in 2019.)", "2019", "Talks collapsed" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Connectives and participle clauses before the main clause, which says
 * what happened. */
static void
test_openers (void)
{
  static const LabelCase cases[] = {
    { "Also on Monday, the port authority closed two of its docks.", "Monday",
      "The port authority closed two of its docks" },
    { "And this spring, the mayor hired more wardens for the parks.", "this spring",
      "The mayor hired more wardens for the parks" },
    { "But in May last year, the old board had a quarrel, and the chairman left.", "May last year",
      "The old board had a quarrel" },
    { "And just last week, a ferry ran aground near the harbour.", "last week",
      "A ferry ran aground near the harbour" },
    { "Finally today, the council voted to rebuild the bridge.", "today",
      "The council voted to rebuild the bridge" },
    { "Separately on Friday, the bank raised its rates.", "Friday", "The bank raised its rates" },
    { "However, fined by the harbour police in March for speeding, Nils Berg was sent ashore.", "March",
      "Nils Berg was sent ashore" },
    { "Launched last June, the ferry carries 400 cars across the bay.", "last June",
      "The ferry carries 400 cars across the bay" },
    { "The mill also named a new board of directors, effective March 3.", "March 3",
      "The mill also named a new board of directors" },
    /* The old AP wire's underscore is a dash. */
    { "Since 2012 _ when the dam was built _ the river has flooded twice.", "2012", "The dam was built" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A verb after a comma: its subject is before an aside, or what "which" stands for. */
static void
test_subjects (void)
{
  static const LabelCase cases[] = {
    { "The offer, valued at about $5 million, had been set to expire on May 6.", "May 6",
      "The offer had been set to expire" },
    { "Lena Holm, 61, of Tromsø, Norland, was elected mayor in 2019.", "2019", "Lena Holm was elected mayor" },
    { "The mill, built in 1880, was closed in 2019.", "2019", "The mill was closed" },
    /* After a long clause, the noun it ends on. */
    { "Fares rose on the new ferry to the northern island, which was repaired in May.", "May",
      "Northern island was repaired" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_cut (void)
{
  static const LabelCase cases[] = {
    /* At a natural boundary: no ellipsis. */
    { "Thousands of protesters marched through the capital on Saturday against the new pension law "
      "and rising prices.", "Saturday", "Thousands of protesters marched through the capital" },
    /* No boundary within reach: mid-phrase, with an ellipsis. */
    { "The government in Kyiv on Monday approved a sweeping package of emergency energy subsidies "
      "for households.", "Monday", "The government in Kyiv approved a sweeping package of emergency…" },
    /* A title gives way to the name when the label is too long. */
    { "On Friday, Polish Prime Minister Donald Tusk signed a decree extending the border controls "
      "with Germany.", "Friday", "Tusk signed a decree extending the border controls with Germany" },
    /* Lists stay whole, with their commas. */
    { "In 2004, Estonia, Latvia, and Lithuania joined the alliance.", "2004",
      "Estonia, Latvia, and Lithuania joined the alliance" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_fallback (void)
{
  static const LabelCase cases[] = {
    { "On Monday.", "Monday", "On Monday" },
    { "2014", "2014", "2014" },
    { "Monday, then.", "Monday", "Then" },
    /* A bare name gives way to the clause after it. */
    { "(Update 9:15 a.m. Portvale, 3:15 a.m. ET) Fishermen blocked the harbour with their boats.",
      "9:15 a.m.", "Fishermen blocked the harbour with their boats" },
    { "Ann Lee on Tuesday. ``We never closed the pier to anyone.''", "Tuesday",
      "Lee: We never closed the pier to anyone" },
    /* A fragment with no verb gives way to the clause that has one. */
    { "Ferrum Steel Inc. said net income rose to $8 million, or 40 cents a share, from $6 million, or "
      "30 cents a share, a year earlier.", "a year earlier", "Net income rose to $8 million" },
    { "The plan was described in a letter sent by the mill's owner, Ostby Holdings, to lenders last April.",
      "last April", "The plan was described in a letter sent" },
    { "Harbour Lines said net income fell 4% to $2 million, or 9 cents a share, for the year ended June 30.",
      "June 30", "Net income fell 4% to $2 million" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Shapes of wire and web news: page furniture, asides, relative clauses,
 * dates as subjects and list entries. */
static void
test_news_shapes (void)
{
  static const LabelCase cases[] = {
    /* Poll buttons and photo credits are no part of the clause. */
    { "YES | NO The mayor resigned on Friday.", "Friday", "The mayor resigned" },
    /* A word that can only qualify the noun before it goes with its date;
     * a verb in the past tense stays. */
    { "Drilling continued on the relief well begun on 2 May 2010, intended to stop the leak.", "2 May 2010",
      "Drilling continued on the relief well" },
    { "The company's quarterly results due on 27 July are expected to show a large provision.", "27 July",
      "Company's quarterly results are expected to show a large provision" },
    { "Work on the bridge begun in 2019 was finally finished.", "2019", "Work on the bridge was finally finished" },
    { "He was seen on 3 May at the market.", "3 May", "He was seen at the market" },
    /* An infinitive cut from its object shows that the clause goes on. */
    { "Work went on at a second shaft begun May 3 intended to reach and seal the flooded tunnel under the hill.",
      "May 3", "Work went on at a second shaft intended to reach…" },
    { "Photograph: Ann Lee/AP The ferry sank on Sunday near the harbour.", "Sunday",
      "The ferry sank near the harbour" },
    /* A bullet opens an item of a list and is no word of it. */
    { "* The ferry talks resumed on Monday in the port.", "Monday", "The ferry talks resumed in the port" },
    { "Fares rise again * The ferry talks resumed on Monday.", "Monday", "The ferry talks resumed" },
    { "\u2022 The ferry talks resumed on Monday.", "Monday", "The ferry talks resumed" },
    /* Asides between dashes, and an apposition after a bare name. */
    { "Two envoys -- Ruth Hale and Omar Diaz -- were talking on Monday about a truce, aides said.",
      "Monday", "Two envoys were talking about a truce" },
    { "June 3 - Peter Grant, the former finance chief, is arrested.", "June 3",
      "Peter Grant is arrested" },
    { "Several aides left the minister this week after a scandal on Friday On Monday, Rosa Vidal, "
      "the chief whip, told reporters she would stay.", "Monday",
      "Rosa Vidal told reporters she would stay" },
    /* A date heading an entry of a list, and the next entry's date left out. */
    { "Rail workers walk out 9 May: The unions call off the strike 12 May: Trains run again.", "9 May",
      "The unions call off the strike" },
    /* The date as the subject. */
    { "Tuesday was the first day of the new school year.", "Tuesday",
      "Tuesday was the first day of the new school year" },
    { "Thursday saw a crowd of farmers block the main road.", "Thursday",
      "A crowd of farmers block the main road" },
    { "Meanwhile, the mayor is pushing his own long and costly reform plan, which will see a new tax "
      "put to a vote on 12 March.", "12 March", "A new tax put to a vote" },
    /* Relative clauses, fronted objects and participles around the date. */
    { "Rallies that began on March 4 turned into a general strike.", "March 4", "Rallies began" },
    { "The scandal grew out of leaks that started on May 2 and reached the cabinet by June.", "May 2",
      "Leaks started and reached the cabinet by June" },
    { "The 5 May fire that gutted the old mill was started by a candle.", "5 May",
      "The fire gutted the old mill" },
    { "A law Parliament passed on Monday that bans smoking is seen as strict.", "Monday",
      "Parliament passed a law that bans smoking" },
    { "The budget unveiled on Monday did not include new taxes.", "Monday",
      "The budget did not include new taxes" },
    /* The main clause after a free relative or an opening phrase. */
    { "Whichever club wins on Saturday, thousands of fans will flood the square.", "Saturday",
      "Thousands of fans will flood the square" },
    { "On Friday, after the vote in the senate, Marta Ruiz thanked her staff.", "Friday",
      "Marta Ruiz thanked her staff" },
    /* An object is not a reported clause; a report after the date is about something else. */
    { "Senior officials stated on Tuesday their wish for a quick deal with the unions.", "Tuesday",
      "Senior officials stated their wish for a quick deal" },
    { "Stores may stay open until Dec. 24 under a deal struck before March 3 but owners said they "
      "were unhappy.", "March 3", "Stores may stay open until Dec. 24" },
    /* Cuts before a participle phrase, and before a subordinate an aside cut short. */
    { "Angry residents gathered outside the town hall on Sunday calling for new elections.", "Sunday",
      "Angry residents gathered outside the town hall" },
    { "Pressure grew on the mayor on Monday after Lisbon, a long-time partner, cut its funding.",
      "Monday", "Pressure grew on the mayor" },
    /* Another date's day between the subject and its verb. */
    { "The harbour board Friday refused the request of two pilots jailed in 2029.", "2029",
      "The harbour board refused the request of two pilots jailed" },
    /* Initials, companies' abbreviations and the wire's quotes end no clause. */
    { "Mr. Berg, 58, will succeed Karl J. Lund on March 1, after Mr. Lund retires.", "March 1",
      "Mr. Berg will succeed Karl J. Lund" },
    { "Tollef agreed to buy the Arden Mills Inc. preferred shares by May 9.", "May 9",
      "Tollef agreed to buy the Arden Mills Inc. preferred shares" },
    { "The mayor called the strike ``a disaster for the port'' on Monday.", "Monday",
      "The mayor called the strike a disaster for the port" },
    /* An aside between subject and verb. */
    { "The old ferries, most of which were sold to other lines, carried few cars this year.", "this year",
      "The old ferries carried few cars" },
    { "Ticket sales, compared with last winter, were lifted by cheaper fares.", "last winter",
      "Ticket sales were lifted by cheaper fares" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Sentences from data/samples, with the dates chronicle-cli finds in them. */
static void
test_samples (void)
{
  static const LabelCase cases[] = {
    { "He underlined that there would be “No getting back Obama given Crimea (12 years ago, without "
      "a shot being fired!), and NO GOING INTO NATO BY UKRAINE.”", "12 years ago",
      "There would be No getting back Obama given Crimea" },
    { "Crimea has been under Russian control since February 2014, when Russia annexed the peninsula "
      "in a move condemned internationally as illegal.", "February 2014",
      "Russia annexed the peninsula" },
    { "The conflict escalated dramatically when Russia invaded Ukraine on February 24, 2022, sparking "
      "a devastating war that has now lasted over three years.", "February 24, 2022",
      "Russia invaded Ukraine" },
    { "Trump’s stance aligns with a pragmatic approach to peace talks that his administration has "
      "favored since returning to office in January 2025.", "January 2025",
      "Trump’s stance aligns with a pragmatic approach to peace talks" },
    { "This approach considers restoring Ukraine’s borders to their pre-2014 status as a “realistic "
      "objective,” explicitly ruling out Ukraine’s NATO membership as part of any negotiated "
      "settlement.", "2014", "This approach considers restoring Ukraine’s borders to their status" },
    { "The planned White House meeting, set for Monday after Trump’s recent talks with Putin in "
      "Alaska, is expected to refine these terms and explore pathways to end Russia’s war in "
      "Ukraine, which has caused extensive human suffering and geopolitical upheaval.", "Monday",
      "The planned White House meeting" },
    { "US President Donald Trump said reclaiming Crimea or entering NATO were off the table for "
      "Ukraine, as President Volodymyr Zelensky arrived in Washington for Monday talks aimed at "
      "ending the war with Russia.", "Monday", "Talks aimed at ending the war with Russia" },
    { "Zelensky, who has repeatedly rejected territorial concessions, will meet Trump in Washington "
      "on Monday, accompanied by European Commission chief Ursula von der Leyen and other leaders.",
      "Monday", "Zelensky will meet Trump in Washington" },
    { "The meeting comes on the heels of a summit between Trump and Russia’s Vladimir Putin in "
      "Alaska on Friday, which failed to yield a ceasefire breakthrough but produced promises from "
      "both leaders to provide “robust security guarantees” to Ukraine.", "Friday",
      "Summit between Trump and Russia’s Vladimir Putin in Alaska" },
    { "No getting back Obama given Crimea (12 years ago, without a shot being fired!), and NO GOING "
      "INTO NATO BY UKRAINE.", "12 years ago", "No getting back Obama given Crimea" },
    { "Trump and Zelensky are expected to meet one-on-one before being joined by a cohort of "
      "European leaders on Monday, according to the White House schedule.", "Monday",
      "Trump and Zelensky are expected to meet one-on-one" },
    { "It will be the first time Zelensky visits Washington since a bust-up with Trump and Vice "
      "President JD Vance in February when the two men berated the Ukrainian leader for being "
      "“ungrateful”.", "February", "The two men berated the Ukrainian leader for being ungrateful" },
    { "On Sunday night, after arriving in Washington, Zelensky said: “We all share a strong desire "
      "to end this war quickly and reliably.”", "Sunday night",
      "Zelensky: We all share a strong desire to end…" },
    { "Since the Oval Office row in February, Trump has grown more critical of Putin and shown some "
      "signs of frustration as Russia repeatedly stalled on peace talks.", "February",
      "The Oval Office row" },
    { "But Washington has not placed extra sanctions on Moscow and the lavish welcome offered to "
      "Putin in Alaska on his first visit to the West since he invaded Ukraine in 2022 was seen as a "
      "diplomatic coup for Russia.", "2022", "He invaded Ukraine" },
    { "That discussion is going to specifically be detailed on Monday,” he said, without giving "
      "details.", "Monday", "That discussion is going to specifically be detailed" },
    { "Russia annexed Crimea in 2014 following a sham referendum and did the same in 2022 for four "
      "Ukrainian regions - Donetsk, Kherson, Lugansk and Zaporizhzhia - even though its forces have "
      "not fully captured them.", "2014", "Russia annexed Crimea following a sham referendum" },
    { "Russia annexed Crimea in 2014 following a sham referendum and did the same in 2022 for four "
      "Ukrainian regions - Donetsk, Kherson, Lugansk and Zaporizhzhia - even though its forces have "
      "not fully captured them.", "2022", "Russia did the same for four Ukrainian regions" },
    { "A source briefed on a phone call between Trump and European leaders on Saturday told AFP "
      "that the US leader was “inclined to support” a Russian demand to be given territory it has "
      "not yet captured in the Donbas, an area that includes the Donetsk and Lugansk regions and "
      "which has seen the deadliest battles of the war.", "Saturday",
      "The US leader was inclined to support a Russian demand…" },
    { "“For peace to prevail, pressure must be applied to the aggressor, not the victim of "
      "aggression,” Polish Foreign Minister Radoslaw Sikorski said on Sunday.", "Sunday",
      "Pressure must be applied to the aggressor" },
    { "Russian attacks on Kharkiv killed three people and wounded dozens more, Ukrainian authorities "
      "said on Monday, while a separate overnight attack on the Sumy region near the border wounded "
      "two others.", "Monday", "Russian attacks on Kharkiv killed three people" },
    { "date 2025-03-22 Ukraineʼs membership in NATO is incompatible with a future peace agreement "
      "with Russia, but the issue of defense is open.", "2025-03-22",
      "Ukraineʼs membership in NATO is incompatible with a future peace…" },
    { "In January, President Volodymyr Zelensky said that the United States, Germany, Hungary, and "
      "Slovakia were against Ukraine joining NATO.", "January",
      "The United States, Germany, Hungary, and Slovakia were against Ukraine…" },
    { "Prior to that, in October 2024, Politico wrote that seven countries, including the United "
      "States, Germany, Slovakia, and Hungary, were against Ukraine joining NATO.", "October 2024",
      "Seven countries were against Ukraine joining NATO" },
    { "On February 12, the US Secretary of Defense Pete Hegseth said that he was convinced that "
      "Washington was \"committed to a sovereign Ukraine\", but that the countryʼs membership in "
      "the Alliance was not a realistic scenario.", "February 12",
      "Hegseth said Washington was committed to a sovereign Ukraine" },
    { "I donʼt think itʼs practical,\" the US President Donald Trump said the same day.",
      "the same day", "Trump: I donʼt think itʼs practical" },
    { "In March, Italian Prime Minister Giorgia Meloni proposed extending Article 5 of NATO’s "
      "charter to Ukraine without granting it full membership in the Alliance.", "March",
      "Meloni proposed extending Article 5 of NATO’s charter to Ukraine" },
    { "Ukraine has abandoned its goal of joining NATO in exchange for security guarantees from "
      "Western allies, as a compromise to bring an end to the conflict with Russia, President "
      "Volodymyr Zelensky announced Sunday during peace negotiations in Berlin.", "Sunday",
      "Ukraine has abandoned its goal of joining NATO" },
    { "Other European leaders are scheduled to arrive in Germany for discussions on Monday.", "Monday",
      "Other European leaders are scheduled to arrive in Germany" },
    { "“Therefore, today we are considering bilateral security guarantees from the US—similar to "
      "NATO’s Article 5—along with assurances from European allies, Canada, Japan, and others as a "
      "way to prevent another Russian invasion,” he added.", "today",
      "We are considering bilateral security guarantees from the US" },
    { "Reports earlier this year indicated that Putin seeks a written pledge from major Western "
      "powers explicitly promising not to expand NATO eastward, effectively ruling out Ukraine, "
      "Georgia, Moldova, and other former Soviet states from joining the alliance.",
      "earlier this year", "Putin seeks a written pledge from major Western powers" },
    { "Sending Witkoff, who has led negotiations with Ukraine and Russia on U.S. peace proposals, "
      "signals that Washington sees a real chance for progress nearly four years after Russia’s "
      "invasion in 2022.", "2022", "Russia’s invasion" },
    { "European nations—including Britain, France, and Germany—are working to refine these U.S. "
      "proposals, which, as revealed in a draft last month, call for Ukraine to cede additional "
      "territory, abandon NATO aspirations, and accept limits on its armed forces.", "last month",
      "European nations are working to refine these U.S. proposals" },
    { "Earlier in December, Russian officials met with Witkoff and Kushner in a meeting that the "
      "Kremlin described as “constructive,” though no major breakthroughs occurred.", "December",
      "Russian officials met with Witkoff and Kushner in a meeting" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Offsets are into the whole text, not the sentence. */
static void
test_offsets (void)
{
  const char *text = "Talks failed. The ceasefire collapsed on Tuesday, officials said. More talks follow.";
  g_autoptr(GArray) sentences = chr_sentences_split (text, strlen (text));
  const char *at = strstr (text, "Tuesday");
  ChrSpan mention = { (gsize) (at - text), (gsize) (at - text) + strlen ("Tuesday") };
  g_autofree char *label = NULL;

  g_assert_cmpuint (sentences->len, ==, 3);
  label = chr_event_label (text, &g_array_index (sentences, ChrSpan, 1), &mention);
  g_assert_cmpstr (label, ==, "The ceasefire collapsed");
}

/* Any word of any sentence taken as the date gives a short, non-empty label. */
static void
test_any_mention (void)
{
  const char *texts[] = {
    "On February 12, the US Secretary of Defense Pete Hegseth said that he was convinced that "
    "Washington was \"committed to a sovereign Ukraine\", but that the countryʼs membership in "
    "the Alliance was not a realistic scenario.",
    "European nations—including Britain, France, and Germany—are working to refine these U.S. "
    "proposals, which, as revealed in a draft last month, call for Ukraine to cede additional "
    "territory, abandon NATO aspirations, and accept limits on its armed forces.",
    "“For peace to prevail, pressure must be applied to the aggressor, not the victim of "
    "aggression,” Polish Foreign Minister Radoslaw Sikorski said on Sunday.",
    "( , — ) “ ” - : ; 2014 , , when which who said that",
  };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      const char *text = texts[t];
      ChrSpan sentence = { 0, strlen (text) };

      for (gsize i = 0; i < sentence.end; i++)
        {
          ChrSpan mention = { i, i };
          g_autofree char *label = NULL;

          if (i > 0 && text[i - 1] != ' ')
            continue;
          while (mention.end < sentence.end && text[mention.end] != ' ')
            mention.end++;
          label = chr_event_label (text, &sentence, &mention);
          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "");
          g_assert_true (g_utf8_validate (label, -1, NULL));
          g_assert_cmpuint (count_words (label), <=, CHR_EVENT_LABEL_MAX_WORDS);
        }
    }
}

/* A sentence longer than the window the labeller looks at. */
static void
test_long_sentence (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *label = NULL;
  ChrSpan sentence, mention;
  const char *at;

  for (guint i = 0; i < 300; i++)
    g_string_append (text, "and the rain fell; ");
  g_string_append (text, "the dam broke on Friday; ");
  for (guint i = 0; i < 300; i++)
    g_string_append (text, "the rain fell; ");
  sentence = (ChrSpan) { 0, text->len };
  at = strstr (text->str, "Friday");
  mention = (ChrSpan) { (gsize) (at - text->str), (gsize) (at - text->str) + strlen ("Friday") };
  label = chr_event_label (text->str, &sentence, &mention);
  g_assert_cmpstr (label, ==, "The dam broke");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/event-label/date-removal", test_date_removal);
  g_test_add_func ("/model/event-label/reporting", test_reporting);
  g_test_add_func ("/model/event-label/when", test_when);
  g_test_add_func ("/model/event-label/opening-date", test_opening_date);
  g_test_add_func ("/model/event-label/event-phrase", test_event_phrase);
  g_test_add_func ("/model/event-label/trim", test_trim);
  g_test_add_func ("/model/event-label/openers", test_openers);
  g_test_add_func ("/model/event-label/subjects", test_subjects);
  g_test_add_func ("/model/event-label/cut", test_cut);
  g_test_add_func ("/model/event-label/fallback", test_fallback);
  g_test_add_func ("/model/event-label/news-shapes", test_news_shapes);
  g_test_add_func ("/model/event-label/samples", test_samples);
  g_test_add_func ("/model/event-label/offsets", test_offsets);
  g_test_add_func ("/model/event-label/any-mention", test_any_mention);
  g_test_add_func ("/model/event-label/long-sentence", test_long_sentence);

  return g_test_run ();
}
