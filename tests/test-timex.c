/* test-timex.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-timex"

#include "config.h"

#include <string.h>

#include "chr-timex.h"

#define MAX_EXPECTED 3

/* A NULL type stands for "DATE", a NULL mod for no mod. */
typedef struct
{
  const char *span;
  const char *value;
  gboolean    resolved;
  const char *type;
  const char *mod;
} Expected;

/* One scan: the text, the document date (NULL: none), and every mention it
 * must yield, in order; a row with no expected mention wants none. */
typedef struct
{
  const char *text;
  const char *dct;
  Expected    expected[MAX_EXPECTED];
} ScanCase;

typedef struct
{
  const ScanCase *cases;
  guint           n_cases;
} ScanTable;

#define TABLE(cases) { cases, G_N_ELEMENTS (cases) }
#define NOTHING { { NULL, NULL, FALSE, NULL, NULL } }

static const ScanCase full_date_cases[] = {
  { "Russia invaded Ukraine on February 24, 2022.", NULL,
    { { "February 24, 2022", "2022-02-24", TRUE } } },
  { "It began on Feb. 24, 2022, at dawn.", NULL, { { "Feb. 24, 2022", "2022-02-24", TRUE } } },
  { "It began on 24 February 2022.", NULL, { { "24 February 2022", "2022-02-24", TRUE } } },
  { "It began on the 24th of February 2022.", NULL,
    { { "24th of February 2022", "2022-02-24", TRUE } } },
  { "It began Feb 24 2022.", NULL, { { "Feb 24 2022", "2022-02-24", TRUE } } },
  { "The attacks of Sept. 11, 2001 changed it.", NULL,
    { { "Sept. 11, 2001", "2001-09-11", TRUE } } },
  { "It began on Thursday, February 24, 2022.", NULL,
    { { "Thursday, February 24, 2022", "2022-02-24", TRUE } } },
  { "date 2025-03-22 Ukraine", NULL, { { "2025-03-22", "2025-03-22", TRUE } } },
  { "Filed (2024-02-29).", "2025-08-18", { { "2024-02-29", "2024-02-29", TRUE } } },
  { "Leap day 2024-02-29 and 2025-02-29.", NULL, { { "2024-02-29", "2024-02-29", TRUE } } },
  { "Version 2025-03-225 is out.", NULL, NOTHING },
  { "Absolute dates ignore the DCT: February 24, 2022.", "2025-08-18",
    { { "February 24, 2022", "2022-02-24", TRUE } } },
};

static const ScanCase month_year_cases[] = {
  { "Crimea has been under Russian control since February 2014, when", NULL,
    { { "February 2014", "2014-02", TRUE } } },
  { "Prior to that, in October 2024, Politico wrote", NULL,
    { { "October 2024", "2024-10", TRUE } } },
  { "It happened in May 2019.", NULL, { { "May 2019", "2019-05", TRUE } } },
  { "It happened in Oct. 2024 again.", NULL, { { "Oct. 2024", "2024-10", TRUE } } },
  { "March 2020 was different.", NULL, { { "March 2020", "2020-03", TRUE } } },
};

static const ScanCase year_cases[] = {
  { "Russia annexed Crimea in 2014 following a referendum.", NULL, { { "2014", "2014", TRUE } } },
  { "He has been in office since 2022.", NULL, { { "2022", "2022", TRUE } } },
  { "restoring the pre-2014 borders", NULL, { { "2014", "2014", TRUE } } },
  { "the post-2014 order", NULL, { { "2014", "2014", TRUE } } },
  { "by mid-2014 the front had moved", NULL, { { "mid-2014", "2014", TRUE, NULL, "MID" } } },
  { "The plant should open by 2025.", NULL, { { "2025", "2025", TRUE } } },
  { "It runs until 2030.", NULL, { { "2030", "2030", TRUE } } },
  { "in the summer of 2019", NULL, { { "the summer of 2019", "2019-SU", TRUE } } },
  { "Growth resumed in early 2023.", NULL, { { "early 2023", "2023", TRUE, NULL, "START" } } },
  { "In 2014, Russia annexed Crimea.", NULL, { { "2014", "2014", TRUE } } },
  { "the 2014-2015 season", NULL, { { "2014", "2014", TRUE }, { "2015", "2015", TRUE } } },
  { "the 2014\xe2\x80\x93" "2015 season", NULL,
    { { "2014", "2014", TRUE }, { "2015", "2015", TRUE } } },
  { "between 2014 and 2016", NULL, { { "2014", "2014", TRUE }, { "2016", "2016", TRUE } } },
  { "from 1991 to 2014", NULL, { { "1991", "1991", TRUE }, { "2014", "2014", TRUE } } },
  { "(in 2014)", NULL, { { "2014", "2014", TRUE } } },
  { "in 2022 was seen as a coup", NULL, { { "2022", "2022", TRUE } } },
};

static const ScanCase not_a_year_cases[] = {
  { "They sold 2000 shoes.", NULL, NOTHING },
  { "in 2000 shoes", NULL, NOTHING },
  { "It cost $2014 in total.", NULL, NOTHING },
  { "It cost 2,014 dollars in 2,014 ways.", NULL, NOTHING },
  { "The index rose to 2014.5 points.", NULL, NOTHING },
  { "See No. 2014 for details.", NULL, NOTHING },
  { "There were 2014 people there.", NULL, NOTHING },
  { "There were in 2014 people there.", NULL, NOTHING },
  { "The count rose by 2014% overall.", NULL, NOTHING },
    { "in 999 and in 2200 and in 20140", NULL, NOTHING },
  { "a COVID2019 variant in A2014", NULL, NOTHING },
  { "the 2014/15 budget", NULL, NOTHING },
  { "Article 5 of the treaty, a 20-point plan, 24 people", "2025-08-18", NOTHING },
};

static const ScanCase month_cases[] = {
  { "In January, Zelensky said that", "2025-03-22", { { "January", "2025-01", TRUE } } },
  { "In March, Meloni proposed it.", "2025-03-22", { { "March", "2025-03", TRUE } } },
  { "Earlier in December, officials met.", "2025-12-14", { { "December", "2025-12", TRUE } } },
  { "He arrived in February.", NULL, { { "February", "XXXX-02", FALSE } } },
  { "It was warm in May.", NULL, { { "May", "XXXX-05", FALSE } } },
  { "by mid-March", NULL, { { "mid-March", "XXXX-03", FALSE, NULL, "MID" } } },
  { "It reopened in Feb. after repairs.", NULL, { { "Feb.", "XXXX-02", FALSE } } },
  { "February was cold.", NULL, { { "February", "XXXX-02", FALSE } } },
  { "They may come; March on Washington; May I?", NULL, NOTHING },
  { "It reopened in Feb after repairs.", NULL, NOTHING },
  { "the february rain", NULL, NOTHING },
  /* A past event months after the DCT happened the year before; a month
   * or two after is too close to tell ("payable Oct. 7"). */
  { "The talks were held in November.", "2025-08-18", { { "November", "2024-11", TRUE } } },
  { "The talks were held in October.", "2025-08-18", { { "October", "2025-10", TRUE } } },
  /* A future event in a month before the DCT's happens the year after. */
  { "The summit will take place in March.", "2025-08-18", { { "March", "2026-03", TRUE } } },
  { "The summit will take place in October.", "2025-08-18", { { "October", "2025-10", TRUE } } },
  { "In February, he said", "2025-08-18", { { "February", "2025-02", TRUE } } },
  { "Talks in October.", "2025-08-18", { { "October", "2025-10", TRUE } } },
  /* A month-only DCT still gives the year. */
  { "In January, he said", "2024-06", { { "January", "2024-01", TRUE } } },
  /* No tense: the nearest such month, news looking back more than ahead. */
  { "Sales in January.", "2024-11-20", { { "January", "2025-01", TRUE } } },
  { "Sales in June.", "2024-11-20", { { "June", "2024-06", TRUE } } },
};

static const ScanCase month_day_cases[] = {
  { "On February 12, the US Secretary of Defense said", "2025-03-22",
    { { "February 12", "2025-02-12", TRUE } } },
  { "On February 12, the minister said", NULL, { { "February 12", "XXXX-02-12", FALSE } } },
  { "He spoke on Feb. 12 in Munich.", "2025-03-22", { { "Feb. 12", "2025-02-12", TRUE } } },
  { "He spoke on 12 February in Munich.", "2025-03-22", { { "12 February", "2025-02-12", TRUE } } },
  { "He spoke on February 12th.", "2025-03-22", { { "February 12th", "2025-02-12", TRUE } } },
  { "He arrived on December 5.", "2025-03-22", { { "December 5", "2024-12-05", TRUE } } },
  { "He will arrive on January 5.", "2025-05-22", { { "January 5", "2026-01-05", TRUE } } },
  { "He arrived on July 25.", "2025-03-22", { { "July 25", "2024-07-25", TRUE } } },
  { "He will arrive on December 20.", "2026-03-22", { { "December 20", "2026-12-20", TRUE } } },
  /* A day number before a plural noun still belongs to an unambiguous month. */
  { "Since the Aug. 7 bombings, guards stayed.", "2025-08-18", { { "Aug. 7", "2025-08-07", TRUE } } },
  { "It was built in July last year and opens in April next year.", "2025-08-18",
    { { "July last year", "2024-07", TRUE }, { "April next year", "2026-04", TRUE } } },
  { "Voters turned out on Election Day.", "2024-10-20", { { "Election Day", "2024-11-05", TRUE } } },
};

static const ScanCase weekday_cases[] = {
  { "The meeting, set for Monday after the talks, is expected to", "2025-08-17",
    { { "Monday", "2025-08-18", TRUE } } },
  { "Zelensky announced Sunday during negotiations in Berlin.", "2025-12-14",
    { { "Sunday", "2025-12-14", TRUE } } },
  { "a summit in Alaska on Friday, which failed to yield a ceasefire", "2025-08-18",
    { { "Friday", "2025-08-15", TRUE } } },
  { "Zelensky, who has repeatedly rejected concessions, will meet Trump on Monday, accompanied by",
    "2025-08-18", { { "Monday", "2025-08-18", TRUE } } },
  /* The night or morning of a named day dates an event to that day; evenings keep their part. */
  { "On Sunday night, after arriving in Washington, Zelensky said:", "2025-08-18",
    { { "Sunday night", "2025-08-17", TRUE } } },
  { "Friday morning was calm.", "2025-08-18", { { "Friday morning", "2025-08-15", TRUE } } },
  { "The crowd gathered Saturday evening.", "2025-08-18",
    { { "Saturday evening", "2025-08-16TEV", TRUE, "TIME" } } },
  /* "would", "planned to": future for what follows them, past for what comes before. */
  { "She said the delegation would fly home Thursday.", "2025-08-20",
    { { "Thursday", "2025-08-21", TRUE } } },
  { "The crew planned to sail on Friday for the coast.", "2025-08-20",
    { { "Friday", "2025-08-22", TRUE } } },
  { "On Friday, the council planned to widen the road.", "2025-08-20",
    { { "Friday", "2025-08-15", TRUE } } },
  { "The vote is set to take place Monday.", "2025-08-16",
    { { "Monday", "2025-08-18", TRUE } } },
  { "The new ferry could sail as soon as Tuesday.", "2025-08-20",
    { { "Tuesday", "2025-08-26", TRUE } } },
  /* "next to" is a place: the weekday still reads from the nearest tense. */
  { "Two shops next to the bank burned on Friday.", "2025-08-16",
    { { "Friday", "2025-08-15", TRUE } } },
  /* A possessive weekday names a day that has happened. */
  { "Bonds trade above Thursday's close.", "2025-08-18", { { "Thursday", "2025-08-14", TRUE } } },
  { "Today's and Monday's sessions.", "2025-08-18",
    { { "Today", "2025-08-18", TRUE }, { "Monday", "2025-08-18", TRUE } } },
  { "They met on Friday.", "2025-08-18", { { "Friday", "2025-08-15", TRUE } } },
  { "We will meet on Friday", "2025-08-18", { { "Friday", "2025-08-22", TRUE } } },
  { "We'll meet on Friday", "2025-08-18", { { "Friday", "2025-08-22", TRUE } } },
  { "We\xe2\x80\x99ll meet on Friday", "2025-08-18", { { "Friday", "2025-08-22", TRUE } } },
  { "Talks are scheduled for Wednesday.", "2025-08-18", { { "Wednesday", "2025-08-20", TRUE } } },
  { "Talks happened on Wednesday.", "2025-08-18", { { "Wednesday", "2025-08-13", TRUE } } },
  /* No tense: the nearest such weekday. */
  { "Talks on Wednesday.", "2025-08-18", { { "Wednesday", "2025-08-20", TRUE } } },
  { "Talks on Thursday.", "2025-08-18", { { "Thursday", "2025-08-21", TRUE } } },
  { "Talks on Friday.", "2025-08-18", { { "Friday", "2025-08-15", TRUE } } },
  { "Talks on Monday.", "2025-08-18", { { "Monday", "2025-08-18", TRUE } } },
  { "It happened last Friday.", "2025-08-18", { { "last Friday", "2025-08-15", TRUE } } },
  { "It happened last Monday.", "2025-08-18", { { "last Monday", "2025-08-11", TRUE } } },
  { "It happens next Monday.", "2025-08-18", { { "next Monday", "2025-08-25", TRUE } } },
  { "They joined this march on the capital.", "2025-08-18", NOTHING },
  { "They met on Monday.", NULL, { { "Monday", "XXXX-WXX-1", FALSE } } },
  { "On Sunday night he arrived.", NULL, { { "Sunday night", "XXXX-WXX-7", FALSE } } },
  /* A month-only DCT cannot place a weekday. */
  { "They met on Monday.", "2024-12", { { "Monday", "XXXX-WXX-1", FALSE } } },
  { "Shops close on Wed. and Sat. evenings.", NULL,
    { { "Wed.", "XXXX-WXX-3", FALSE }, { "Sat.", "XXXX-WXX-6", FALSE } } },
  { "Shops close on Wed and Sat evenings.", NULL, NOTHING },
};

static const ScanCase deictic_cases[] = {
  { "Therefore, today we are considering guarantees", "2025-12-14",
    { { "today", "2025-12-14", TRUE } } },
  { "He left yesterday.", "2025-08-18", { { "yesterday", "2025-08-17", TRUE } } },
  { "He leaves tomorrow morning.", "2025-08-18",
    { { "tomorrow morning", "2025-08-19TMO", TRUE , "TIME" } } },
  { "He leaves tonight.", "2025-08-18", { { "tonight", "2025-08-18", TRUE } } },
  { "Today is the day.", NULL, { { "Today", "XXXX-XX-XX", FALSE } } },
  /* "today's world" is the present age; "today's edition" is the day. */
  { "It shapes today's youth.", "2025-08-18", NOTHING },
  { "It ran in today's edition.", "2025-08-18", { { "today", "2025-08-18", TRUE } } },
  { "Today is the day.", "2024-12", { { "Today", "XXXX-XX-XX", FALSE } } },
};

static const ScanCase relative_cases[] = {
  { "Reports earlier this year indicated", "2025-12-14",
    { { "earlier this year", "2025", TRUE, NULL, "START" } } },
  { "as revealed in a draft last month, call for", "2025-12-14",
    { { "last month", "2025-11", TRUE } } },
  { "It grew last year.", "2025-01-10", { { "last year", "2024", TRUE } } },
  { "It opens next month.", "2025-12-14", { { "next month", "2026-01", TRUE } } },
  { "It opens this week.", "2025-08-18", { { "this week", "2025-W34", TRUE } } },
  { "Obama given Crimea (12 years ago, without", "2025-08-17",
    { { "12 years ago", "2013", TRUE } } },
  { "It ended three years ago.", "2025-08-17", { { "three years ago", "2022", TRUE } } },
  { "It ended two weeks ago.", "2025-08-18", { { "two weeks ago", "2025-W32", TRUE } } },
  { "It ended five days ago.", "2025-08-18", { { "five days ago", "2025-08-13", TRUE } } },
  { "It ended a month ago.", "2024-12", { { "a month ago", "2024-11", TRUE } } },
  { "It ended 12 years ago.", NULL, { { "12 years ago", "XXXX", FALSE } } },
  { "It ended last week.", "2024-12", { { "last week", "XXXX-WXX", FALSE } } },
};

/* Which marker decides when a sentence has both tenses. */
static const ScanCase tense_cases[] = {
  { "It will be the first time he visits since a row with Vance in February when the two men "
    "berated him.", "2025-08-18", { { "February", "2025-02", TRUE } } },
  { "He said the talks will resume in March.", "2025-08-18", { { "March", "2026-03", TRUE } } },
  { "That discussion is going to be detailed on Thursday, he said.", "2025-08-18",
    { { "Thursday", "2025-08-21", TRUE } } },
  { "The United Nations meets on Friday.", "2025-08-18", { { "Friday", "2025-08-15", TRUE } } },
  { "They are set to meet on Friday.", "2025-08-18", { { "Friday", "2025-08-22", TRUE } } },
  { "Trump was expected to travel on Friday.", "2025-08-18", { { "Friday", "2025-08-22", TRUE } } },
  { "The upcoming vote in June was delayed.", "2025-08-18", { { "June", "2025-06", TRUE } } },
};

/* Seasons, quarters, halves, decades and centuries. */
static const ScanCase period_cases[] = {
  { "Sales slowed in summer 1998.", NULL, { { "summer 1998", "1998-SU", TRUE } } },
  { "It rained all last fall.", "1998-06-10", { { "last fall", "1997-FA", TRUE } } },
  { "Crops failed this summer.", "1998-08-10", { { "this summer", "1998-SU", TRUE } } },
  { "Profit rose in the third quarter.", "1998-11-02", { { "the third quarter", "1998-Q3", TRUE } } },
  { "Third-quarter profit rose.", "1998-11-02", { { "Third-quarter", "1998-Q3", TRUE } } },
  { "It lost money in the fourth quarter of 1997.", "1998-11-02",
    { { "the fourth quarter of 1997", "1997-Q4", TRUE } } },
  { "Sales doubled in the first half.", "1998-11-02", { { "the first half", "1998-H1", TRUE } } },
  { "Prices fell in the 1990s.", NULL, { { "the 1990s", "199", TRUE } } },
  { "Music of the '90s.", NULL, { { "the '90s", "199", TRUE } } },
  { "It was built in the mid-1970s.", NULL, { { "the mid-1970s", "197", TRUE, NULL, "MID" } } },
  { "Wars of the 20th century.", NULL, { { "the 20th century", "19", TRUE } } },
  { "Profit rose in the third quarter.", NULL, { { "the third quarter", "XXXX-Q3", FALSE } } },
};

/* Parts of the day and clock times. */
static const ScanCase time_cases[] = {
  { "The quake struck at 4:49 p.m. local time.", "1998-01-08",
    { { "4:49 p.m.", "1998-01-08T16:49", TRUE, "TIME" } } },
  { "Trading opens at 9:30 am.", "1998-01-08", { { "9:30 am", "1998-01-08T09:30", TRUE, "TIME" } } },
  { "They met at noon.", "1998-01-08", { { "noon", "1998-01-08T12:00", TRUE, "TIME" } } },
  { "They met at midday.", "1998-01-08", { { "midday", "1998-01-08T12:00", TRUE, "TIME" } } },
  { "He called this morning.", "1998-01-08", { { "this morning", "1998-01-08TMO", TRUE, "TIME" } } },
  { "Shots were heard last night.", "1998-01-08", { { "last night", "1998-01-07TNI", TRUE, "TIME" } } },
  { "Meet at 20:14 in the hall.", NULL, { { "20:14", "XXXX-XX-XXT20:14", FALSE, "TIME" } } },
  /* A clock time before a day, with a time zone between, is that day's hour. */
  { "Bids are due by 9 a.m. Tuesday.", "2025-08-18",
    { { "9 a.m. Tuesday", "2025-08-19T09:00", TRUE, "TIME" } } },
  { "The offer expires at 5 p.m. EDT, Aug. 29.", "2025-08-18",
    { { "5 p.m. EDT, Aug. 29", "2025-08-29T17:00", TRUE, "TIME" } } },
  { "The polls closed at noon Saturday.", "2025-08-18",
    { { "noon Saturday", "2025-08-16T12:00", TRUE, "TIME" } } },
  { "They met on March 3, 1998 at 10 a.m. sharp.", NULL,
    { { "March 3, 1998", "1998-03-03", TRUE }, { "10 a.m.", "1998-03-03T10:00", TRUE, "TIME" } } },
  /* The time zone after a clock time is part of it; a place named by a region is not. */
  { "The count began at 7:15 a.m. ET in the capital.", "2025-08-18",
    { { "7:15 a.m. ET", "2025-08-18T07:15", TRUE, "TIME" } } },
  { "Doors open at 6 p.m. GMT.", "2025-08-18", { { "6 p.m. GMT", "2025-08-18T18:00", TRUE, "TIME" } } },
  { "The rally ended at 11:40 am Eastern after the speeches.", "2025-08-18",
    { { "11:40 am Eastern", "2025-08-18T11:40", TRUE, "TIME" } } },
  { "Liftoff is set for 4 a.m. Pacific Daylight Time.", "2025-08-18",
    { { "4 a.m. Pacific Daylight Time", "2025-08-18T04:00", TRUE, "TIME" } } },
  { "The ferry left at 9 a.m. Eastern Europe stayed quiet.", "2025-08-18",
    { { "9 a.m.", "2025-08-18T09:00", TRUE, "TIME" } } },
  { "Voting closes at 8 p.m. ET Tuesday.", "2025-08-18",
    { { "8 p.m. ET Tuesday", "2025-08-19T20:00", TRUE, "TIME" } } },
  /* A clock time with its seconds, as broadcast transcripts stamp themselves. */
  { "Broadcast on March 3, 2012 - 21:00:00 ET", NULL,
    { { "March 3, 2012", "2012-03-03", TRUE }, { "21:00:00 ET", "2012-03-03T21:00", TRUE, "TIME" } } },
  { "She won in 2:05:30 on a cold day.", NULL, NOTHING },
};

/* Durations, with the quantity modifiers inside the span. */
static const ScanCase duration_cases[] = {
  { "The war has lasted three years.", NULL, { { "three years", "P3Y", TRUE, "DURATION" } } },
  { "Talks went on for 24 hours.", NULL, { { "24 hours", "PT24H", TRUE, "DURATION" } } },
  { "It took nearly four years.", "2025-08-18",
    { { "nearly four years", "P4Y", TRUE, "DURATION", "APPROX" } } },
  { "It has lasted over three years.", NULL,
    { { "over three years", "P3Y", TRUE, "DURATION", "MORE_THAN" } } },
  { "It took less than a week.", NULL,
    { { "less than a week", "P1W", TRUE, "DURATION", "LESS_THAN" } } },
  { "It took several years.", NULL, { { "several years", "PXY", TRUE, "DURATION" } } },
  { "Prices fell in the past few months.", NULL,
    { { "the past few months", "PXM", TRUE, "DURATION" } } },
  { "Rain is expected for a few days.", NULL, { { "a few days", "PXD", TRUE, "DURATION" } } },
  { "They signed a five-year plan.", NULL, { { "five-year", "P5Y", TRUE, "DURATION" } } },
  { "It took a decade.", NULL, { { "a decade", "P10Y", TRUE, "DURATION" } } },
  { "It lasted twenty-four hours.", NULL, { { "twenty-four hours", "PT24H", TRUE, "DURATION" } } },
  { "It lasted thirty five days.", NULL, { { "thirty five days", "P35D", TRUE, "DURATION" } } },
  { "It lasted a dozen years.", NULL, { { "a dozen years", "P12Y", TRUE, "DURATION" } } },
  { "Profit rose in the first nine months.", NULL,
    { { "the first nine months", "P9M", TRUE, "DURATION" } } },
  { "Three days later, he left.", "2025-08-18", { { "Three days", "P3D", TRUE, "DURATION" } } },
  { "He was interviewed on 60 Minutes at high noon.", "2025-08-18", NOTHING },
  { "The flight took 5 1/2 hours.", NULL, { { "5 1/2 hours", "PT5H30M", TRUE, "DURATION" } } },
  { "It lasted a year and a half.", NULL, { { "a year and a half", "P1Y6M", TRUE, "DURATION" } } },
  { "He stays two more weeks.", NULL, { { "two more weeks", "P2W", TRUE, "DURATION" } } },
  { "For weeks they waited; it may end within months.", NULL,
    { { "weeks", "PXW", TRUE, "DURATION" }, { "months", "PXM", TRUE, "DURATION" } } },
  { "After weeks of talks, years of war ended.", NULL, NOTHING },
  { "A 6-year-old boy and his 52 years old father.", NULL, NOTHING },
  { "About three-quarters of them, more than a quarter of it.", NULL, NOTHING },
};

/* Sets: "every Monday", "daily", "twice a year". */
static const ScanCase set_cases[] = {
  { "They meet every Monday.", NULL, { { "every Monday", "XXXX-WXX-1", TRUE, "SET" } } },
  { "The paper is published daily.", NULL, { { "daily", "P1D", TRUE, "SET" } } },
  { "Rates are reset annually.", NULL, { { "annually", "P1Y", TRUE, "SET" } } },
  { "It is held each year.", NULL, { { "each year", "P1Y", TRUE, "SET" } } },
  { "Farms rotate crops each season.", NULL, NOTHING },
  { "Average daily volume rose; sales grow 8% annually.", NULL, NOTHING },
  { "The board meets twice a year.", NULL, { { "a year", "P1Y", TRUE, "SET" } } },
  { "The fair returns every summer.", NULL, { { "every summer", "XXXX-SU", TRUE, "SET" } } },
};

/* PRESENT_REF, PAST_REF, FUTURE_REF. */
static const ScanCase reference_cases[] = {
  { "Prices are now falling.", "2025-08-18", { { "now", "PRESENT_REF", FALSE } } },
  { "He is currently abroad.", "2025-08-18", { { "currently", "PRESENT_REF", FALSE } } },
  { "She recently resigned.", "2025-08-18", { { "recently", "PAST_REF", FALSE } } },
  { "It happened in the past.", "2025-08-18", { { "the past", "PAST_REF", FALSE } } },
  { "It will matter in the future.", "2025-08-18", { { "the future", "FUTURE_REF", FALSE } } },
  { "Rates will rise soon.", "2025-08-18", { { "soon", "FUTURE_REF", FALSE } } },
  { "Call as soon as you can.", "2025-08-18", NOTHING },
  { "The driver was soon released and the road soon reopened.", "2025-08-18", NOTHING },
  { "Now, the rules differ. Currently, few agree.", "2025-08-18", NOTHING },
  { "The rules differ now.", "2025-08-18", { { "now", "PRESENT_REF", FALSE } } },
  { "The recently passed law and the recent sale were cited.", "2025-08-18", NOTHING },
  { "It cited a recent filing.", "2025-08-18", { { "recent", "PAST_REF", FALSE } } },
  { "Three were hurt, most recently last October.", "2025-08-18",
    { { "last October", "2024-10", TRUE } } },
  { "Prices are worth half that now.", "2025-08-18", { { "now", "PRESENT_REF", FALSE } } },
  { "He is a former minister with future plans.", "2025-08-18", NOTHING },
};

/* Dates counted from the last mentioned one, as news writes them. */
/* Phenomena of general text, in news and narrative alike. */
static const ScanCase bc_cases[] = {
  { "The colony was founded in 733 BC by settlers.", NULL, { { "733 BC", "BC0733", FALSE } } },
  { "The town fell in 146 B.C. to the legions.", NULL, { { "146 B.C.", "BC0146", FALSE } } },
  { "The league held from 478\xe2\x80\x93" "404 BC, mostly.", NULL,
    { { "478", "BC0478", FALSE }, { "404 BC", "BC0404", FALSE } } },
  { "The walls rose in the 5th century BC.", NULL,
    { { "the 5th century BC", "BC04", FALSE } } },
  { "The port was lost in 260 BCE. The following summer it was retaken.", NULL,
    { { "260 BCE", "BC0260", FALSE }, { "The following summer", "BC0259-SU", FALSE } } },
  { "Rome had 300 BC soldiers?", NULL, { { "300 BC", "BC0300", FALSE } } },
};

static const ScanCase range_cases[] = {
  { "The raid ran on 14\xe2\x80\x93" "16 March 1871.", NULL,
    { { "14", "1871-03-14", TRUE }, { "16 March 1871", "1871-03-16", TRUE } } },
  { "The fair was held 2-4 June 1906.", NULL,
    { { "2", "1906-06-02", TRUE }, { "4 June 1906", "1906-06-04", TRUE } } },
  { "The talks of July 8\xe2\x80\x93" "11, 1889 ended well.", NULL,
    { { "July 8", "1889-07-08", TRUE } } },
  { "Scores were 4-2 in May 1950.", NULL, { { "May 1950", "1950-05", TRUE } } },
};

static const ScanCase general_cases[] = {
  { "The ship docked on 9 July 1852. The day following, the crew left.", NULL,
    { { "9 July 1852", "1852-07-09", TRUE }, { "The day following", "1852-07-10", TRUE } } },
  { "The store opens at 8am and shuts at 6PM.", "2011-03-04",
    { { "8am", "2011-03-04T08:00", TRUE, "TIME" }, { "6PM", "2011-03-04T18:00", TRUE, "TIME" } } },
  { "Ask for code B7pm at the desk.", "2011-03-04", NOTHING },
  { "The board meets on thursday and again on Tues. morning.", "2011-03-04",
    { { "thursday", "2011-03-03", TRUE }, { "Tues. morning", "2011-03-01", TRUE } } },
  { "She writes for the Sun. Papers sell.", "2011-03-04", NOTHING },
  { "After the fall of Rhodes the knights left.", NULL, NOTHING },
  { "The spring of 1911 was wet; the crops failed in the spring.", NULL,
    { { "The spring of 1911", "1911-SP", TRUE }, { "the spring", "1911-SP", TRUE } } },
  { "They debated motion 1138 until dawn.", NULL, NOTHING },
  { "Resolution 1244 was adopted; Flight 1549 landed.", NULL, NOTHING },
  { "Some 1998 people signed the letter.", NULL, NOTHING },
  { "The landings at Anzio (1944) were costly.", NULL, { { "1944", "1944", TRUE } } },
  /* In news a count before "later" is a duration; in a narrative, the date it leads to. */
  { "The plant opened March 2. Two days later it closed.", "1998-03-10",
    { { "March 2", "1998-03-02", TRUE }, { "Two days", "P2D", TRUE, "DURATION" } } },
  { "The fort fell on 2 March 1836. Two days later the army left.", NULL,
    { { "2 March 1836", "1836-03-02", TRUE }, { "Two days later", "1836-03-04", TRUE } } },
};

/* Without a document date the text is a narrative: relative and partial
 * dates count from the last date it told, at the precision they need. */
static const ScanCase narrative_cases[] = {
  { "The siege began on 3 June 1812. In August, the town fell.", NULL,
    { { "3 June 1812", "1812-06-03", TRUE }, { "August", "1812-08", TRUE } } },
  { "The fleet sailed in November 1703. By early March, it was home.", NULL,
    { { "November 1703", "1703-11", TRUE }, { "early March", "1704-03", TRUE, NULL, "START" } } },
  { "The treaty was signed in May 1650. In April, talks had begun.", NULL,
    { { "May 1650", "1650-05", TRUE }, { "April", "1650-04", TRUE } } },
  { "The rebels rose in 1848 and by the summer held the capital.", NULL,
    { { "1848", "1848", TRUE }, { "the summer", "1848-SU", TRUE } } },
  { "The army wintered near the river in 1777. The following spring it marched north.", NULL,
    { { "1777", "1777", TRUE }, { "The following spring", "1778-SP", TRUE } } },
  { "The bridge was taken on 12 May 1809. On the 20th, the bridge was lost.", NULL,
    { { "12 May 1809", "1809-05-12", TRUE }, { "the 20th", "1809-05-20", TRUE } } },
  { "He was crowned in 1520; by the end of the year he was at war.", NULL,
    { { "1520", "1520", TRUE }, { "the end of the year", "1520", TRUE, NULL, "END" } } },
  { "The port was blockaded in March 1690. The next year, it surrendered.", NULL,
    { { "March 1690", "1690-03", TRUE }, { "The next year", "1691", TRUE } } },
  { "The truce held from June 1433. Two years earlier it had failed.", NULL,
    { { "June 1433", "1433-06", TRUE }, { "Two years earlier", "1431", TRUE } } },
  /* A weekday points at the day of writing: it waits for the article's date. */
  { "The storm struck on 2 May 1791. On Friday the ships sailed.", NULL,
    { { "2 May 1791", "1791-05-02", TRUE }, { "Friday", "XXXX-WXX-5", FALSE } } },
  /* Nothing told yet: the month stays open. */
  { "In March the rivers flooded.", NULL, { { "March", "XXXX-03", FALSE } } },
  /* "ago" counts from the day of writing, which a narrative does not give. */
  { "The fort was built in 1820. It burned 12 years ago.", NULL,
    { { "1820", "1820", TRUE }, { "12 years ago", "XXXX", FALSE } } },
  /* News keeps its document date. */
  { "The plant closed in March 1988. In April, it reopened.", "1998-06-10",
    { { "March 1988", "1988-03", TRUE }, { "April", "1998-04", TRUE } } },
};

static const ScanCase anaphora_cases[] = {
  { "Profit rose in the third quarter from $5 a year earlier.", "1998-11-02",
    { { "the third quarter", "1998-Q3", TRUE }, { "a year earlier", "1997-Q3", TRUE } } },
  { "He arrived on March 3, 1998. He left the following day.", NULL,
    { { "March 3, 1998", "1998-03-03", TRUE }, { "the following day", "1998-03-04", TRUE } } },
  { "The law passed in 2009. That year, prices fell.", NULL,
    { { "2009", "2009", TRUE }, { "That year", "2009", TRUE } } },
  { "They met on May 5, 2001 and signed the same day.", NULL,
    { { "May 5, 2001", "2001-05-05", TRUE }, { "the same day", "2001-05-05", TRUE } } },
  { "It fell in 1995; the previous year it rose.", NULL,
    { { "1995", "1995", TRUE }, { "the previous year", "1994", TRUE } } },
  { "He landed on March 3, 1998 and left the next morning.", NULL,
    { { "March 3, 1998", "1998-03-03", TRUE }, { "the next morning", "1998-03-04", TRUE } } },
  /* A reported period stays in force past the dates named after it. */
  { "Sales rose in the second quarter, the firm said on July 20. Costs were lower than a year ago.",
    "1998-08-03",
    { { "the second quarter", "1998-Q2", TRUE }, { "July 20", "1998-07-20", TRUE },
      { "a year ago", "1997-Q2", TRUE } } },
  { "For the quarter ended June 30, the firm earned $5, up from $4 a year earlier.", "1998-08-03",
    { { "the quarter", "1998-Q2", TRUE }, { "June 30", "1998-06-30", TRUE },
      { "a year earlier", "1997-06-30", TRUE } } },
  { "For the nine months, profit rose from $4 a year earlier.", "1998-11-02",
    { { "the nine months", "P9M", TRUE, "DURATION" }, { "a year earlier", "1997", TRUE } } },
  { "Profit in this year's third quarter beat last year's quarter.", "1998-11-02",
    { { "this year's third quarter", "1998-Q3", TRUE }, { "last year's quarter", "1997-Q3", TRUE } } },
  { "Next year's first quarter will be weak.", "1998-11-02",
    { { "Next year's first quarter", "1999-Q1", TRUE } } },
  /* A quarter still to come is a forecast, not the one reported. */
  { "Analysts expect a loss in the fourth quarter. Sales in the latest quarter rose.", "1998-11-02",
    { { "the fourth quarter", "1998-Q4", TRUE }, { "the latest quarter", "1998-Q3", TRUE } } },
};

/* The DCT-relative cases news needs most, with a Monday DCT. */
static const ScanCase dct_cases[] = {
  { "Talks collapsed on Friday.", "2025-08-18", { { "Friday", "2025-08-15", TRUE } } },
  { "Obama ceded Crimea 12 years ago.", "2025-08-18", { { "12 years ago", "2013", TRUE } } },
  { "Aid was cut in February.", "2025-08-18", { { "February", "2025-02", TRUE } } },
  { "It took nearly four years.", "2025-08-18",
    { { "nearly four years", "P4Y", TRUE, "DURATION", "APPROX" } } },
  { "Prices rose earlier this year.", "2025-08-18",
    { { "earlier this year", "2025", TRUE, NULL, "START" } } },
  { "Sales fell last month.", "2025-08-18", { { "last month", "2025-07", TRUE } } },
  { "Talks resume next week.", "2025-08-18", { { "next week", "2025-W35", TRUE } } },
  { "It opened late last July.", "2025-05-18", { { "late last July", "2024-07", TRUE, NULL, "END" } } },
  { "Prices rose in mid-March.", "2025-08-18", { { "mid-March", "2025-03", TRUE, NULL, "MID" } } },
  { "It ends at the end of the year.", "2025-08-18",
    { { "the end of the year", "2025", TRUE, NULL, "END" } } },
  { "He resigned on the 24th.", "2025-08-18", { { "the 24th", "2025-07-24", TRUE } } },
  { "Numbers rose 2/24/2022 and on 2022-02-24.", NULL,
    { { "2/24/2022", "2022-02-24", TRUE }, { "2022-02-24", "2022-02-24", TRUE } } },
  { "Stores close on Christmas.", "2025-08-18", { { "Christmas", "2025-12-25", TRUE } } },
  { "It grew last year.", NULL, { { "last year", "XXXX", FALSE } } },
};

/* Bytes that are not UTF-8, NULs, no-break spaces: never a crash, no pattern across noise. */
static const ScanCase noise_cases[] = {
  { "\xff\xfe in 2014 \xc3", NULL, { { "2014", "2014", TRUE } } },
  { "in\xc2\xa0" "2014", NULL, { { "2014", "2014", TRUE } } },
  { "on February\xc2\xa0" "24, 2022", NULL,
    { { "February\xc2\xa0" "24, 2022", "2022-02-24", TRUE } } },
  { "\xe2\x80", NULL, NOTHING },
  { "in \xe2\x82\xac" "2014", NULL, NOTHING },
  { "in 2014\xe2\x82\xac", NULL, NOTHING },
  { "Feb\x01 24, 2022", NULL, NOTHING },
  { "2014-\x80" "02-24", NULL, NOTHING },
};

static gboolean
parse_dct (const char  *text,
           ChrInterval *dct)
{
  if (text == NULL)
    return FALSE;
  g_assert_true (chr_time_parse_iso (text, dct));
  return TRUE;
}

/* What every scan must guarantee, whatever the input. */
static void
check_invariants (GArray *timexes,
                  gsize   length)
{
  gsize previous_end = 0;

  g_assert_nonnull (timexes);
  for (guint i = 0; i < timexes->len; i++)
    {
      const ChrTimex *t = &g_array_index (timexes, ChrTimex, i);
      ChrInterval interval;

      g_assert_cmpuint (t->start, <, t->end);
      g_assert_cmpuint (t->end, <=, length);
      g_assert_cmpuint (t->start, >=, previous_end);
      previous_end = t->end;
      g_assert_nonnull (memchr (t->value, '\0', sizeof t->value));
      g_assert_cmpstr (chr_timex_mod_to_string (t->mod), !=, NULL);
      if (t->type == CHR_TIMEX_DURATION || t->type == CHR_TIMEX_SET)
        {
          /* Complete in themselves; they name no interval. */
          g_assert_true (t->value[0] == 'P' || g_str_has_prefix (t->value, "XXXX"));
          g_assert_true (t->resolved);
          g_assert_cmpint (t->interval.begin, ==, 0);
          g_assert_cmpint (t->interval.end, ==, 0);
        }
      else if (t->resolved && g_str_has_suffix (t->value, "-WE"))
        g_assert_cmpint (t->interval.begin, <, t->interval.end);
      else if (t->resolved)
        {
          g_assert_true (chr_timex_value_to_interval (t->value, &interval));
          g_assert_cmpint (interval.begin, ==, t->interval.begin);
          g_assert_cmpint (interval.end, ==, t->interval.end);
          g_assert_cmpint (interval.granularity, ==, t->interval.granularity);
          g_assert_cmpint (t->interval.begin, <, t->interval.end);
        }
    }
}

static void
run_case (const ScanCase *c,
          gsize           length)
{
  ChrInterval dct;
  gboolean has_dct = parse_dct (c->dct, &dct);
  g_autoptr (GArray) timexes = chr_timex_scan (c->text, length, has_dct ? &dct : NULL);
  guint n_expected = 0;

  while (n_expected < MAX_EXPECTED && c->expected[n_expected].span != NULL)
    n_expected++;

  check_invariants (timexes, length);
  if (timexes->len != n_expected)
    {
      g_test_message ("text: %s", c->text);
      for (guint i = 0; i < timexes->len; i++)
        {
          const ChrTimex *t = &g_array_index (timexes, ChrTimex, i);

          g_test_message ("  found %.*s = %s", (int) (t->end - t->start), c->text + t->start, t->value);
        }
    }
  g_assert_cmpuint (timexes->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      const ChrTimex *t = &g_array_index (timexes, ChrTimex, i);
      g_autofree char *span = g_strndup (c->text + t->start, t->end - t->start);

      g_assert_cmpstr (span, ==, c->expected[i].span);
      g_assert_cmpstr (t->value, ==, c->expected[i].value);
      g_assert_cmpint (t->resolved, ==, c->expected[i].resolved);
      g_assert_cmpstr (chr_timex_type_to_string (t->type), ==,
                       c->expected[i].type != NULL ? c->expected[i].type : "DATE");
      g_assert_cmpstr (chr_timex_mod_to_string (t->mod), ==,
                       c->expected[i].mod != NULL ? c->expected[i].mod : "NONE");
    }
}

static void
test_table (gconstpointer data)
{
  const ScanTable *table = data;

  for (guint i = 0; i < table->n_cases; i++)
    run_case (&table->cases[i], strlen (table->cases[i].text));
}

static void
test_interval (void)
{
  static const char text[] = "since February 2014, on Sunday evening";
  ChrInterval dct;
  g_autoptr (GArray) timexes = NULL;
  const ChrTimex *t;

  parse_dct ("2025-08-18", &dct);
  timexes = chr_timex_scan (text, strlen (text), &dct);
  g_assert_cmpuint (timexes->len, ==, 2);

  t = &g_array_index (timexes, ChrTimex, 0);
  g_assert_cmpint (t->interval.granularity, ==, CHR_GRANULARITY_MONTH);
  g_assert_cmpint (t->interval.begin, ==, chr_time_from_civil (2014, 2, 1, 0, 0, 0));
  g_assert_cmpint (t->interval.end, ==, chr_time_from_civil (2014, 3, 1, 0, 0, 0));

  t = &g_array_index (timexes, ChrTimex, 1);
  g_assert_cmpint (t->interval.granularity, ==, CHR_GRANULARITY_PART_OF_DAY);
  g_assert_cmpint (t->interval.begin, ==, chr_time_from_civil (2025, 8, 17, 18, 0, 0));
  g_assert_cmpint (t->interval.end, ==, chr_time_from_civil (2025, 8, 17, 22, 0, 0));
}

/* The season and part-of-day codes the engine writes are the ones the
 * shared table spans: "the winter of 2014" begins on the table's first
 * month, "this evening" at the table's hour. */
static void
test_season_and_part_codes (void)
{
  static const char * const seasons[CHR_N_SEASONS] = {
    [CHR_SEASON_SPRING] = "spring", [CHR_SEASON_SUMMER] = "summer",
    [CHR_SEASON_FALL] = "fall", [CHR_SEASON_WINTER] = "winter",
  };
  static const char * const parts[] = {
    [CHR_PART_OF_DAY_MORNING] = "morning", [CHR_PART_OF_DAY_AFTERNOON] = "afternoon",
    [CHR_PART_OF_DAY_EVENING] = "evening", [CHR_PART_OF_DAY_NIGHT] = "night",
  };
  ChrInterval dct;

  for (guint i = 0; i < CHR_N_SEASONS; i++)
    {
      g_autofree char *text = g_strdup_printf ("in the %s of 2014", seasons[i]);
      g_autofree char *value = g_strdup_printf ("2014-%s", chr_season_codes[i].code);
      g_autoptr (GArray) timexes = chr_timex_scan (text, strlen (text), NULL);
      const ChrTimex *t;

      g_assert_cmpuint (timexes->len, ==, 1);
      t = &g_array_index (timexes, ChrTimex, 0);
      g_assert_cmpstr (t->value, ==, value);
      g_assert_cmpint (t->interval.begin, ==, chr_time_from_civil (2014, chr_season_codes[i].first_month, 1, 0, 0, 0));
    }
  for (int month = 1; month <= 12; month++)
    {
      int first = chr_season_codes[chr_season_of_month (month)].first_month;

      g_assert_cmpint ((month - first + 12) % 12, <, 3);
    }

  parse_dct ("2025-08-18", &dct);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *text = g_strdup_printf ("They met this %s.", parts[i]);
      g_autofree char *value = g_strdup_printf ("2025-08-18T%s", chr_part_of_day_codes[i].code);
      g_autoptr (GArray) timexes = chr_timex_scan (text, strlen (text), &dct);
      const ChrTimex *t;

      g_assert_cmpuint (timexes->len, ==, 1);
      t = &g_array_index (timexes, ChrTimex, 0);
      g_assert_cmpstr (t->value, ==, value);
      g_assert_cmpint (t->interval.begin, ==,
                       chr_time_from_civil (2025, 8, 18, chr_part_of_day_codes[i].from_hour, 0, 0));
      g_assert_cmpint (t->interval.end, ==,
                       chr_time_from_civil (2025, 8, 18, 0, 0, 0) + chr_part_of_day_codes[i].to_hour * 3600);
    }
}

static void
test_embedded_nul (void)
{
  static const char text[] = "in 2014\0 in 2015\0\0 Feb\0 24, 2022 \0";
  g_autoptr (GArray) timexes = chr_timex_scan (text, sizeof text - 1, NULL);

  check_invariants (timexes, sizeof text - 1);
  g_assert_cmpuint (timexes->len, ==, 2);
  g_assert_cmpstr (g_array_index (timexes, ChrTimex, 0).value, ==, "2014");
  g_assert_cmpstr (g_array_index (timexes, ChrTimex, 1).value, ==, "2015");
  g_assert_cmpuint (g_array_index (timexes, ChrTimex, 1).start, ==, 12);
}

static void
test_empty (void)
{
  g_autoptr (GArray) a = chr_timex_scan ("", 0, NULL);
  g_autoptr (GArray) b = chr_timex_scan (NULL, 0, NULL);
  /* The length bounds the scan: "in 2014" is cut to "in 20". */
  g_autoptr (GArray) c = chr_timex_scan ("in 2014", 5, NULL);

  g_assert_cmpuint (a->len, ==, 0);
  g_assert_cmpuint (b->len, ==, 0);
  g_assert_cmpuint (c->len, ==, 0);
}

/* Random bytes biased towards the characters patterns care about. */
static void
test_random_bytes (void)
{
  static const char alphabet[] = "0123456789 ,.-'$%:/\n\0\xe2\x80\x93\x99\xc2\xa0\xff";
  static const char * const words[] = {
    "in ", "February ", "Feb.", "24", "2014", "2022", "Monday ", "night ", "last ", "ago ",
    "years ", "on ", "pre-", "will ", "said ", "today ", "th ",
  };
  GRand *rand = g_rand_new_with_seed (20250818);
  ChrInterval dct;

  parse_dct ("2025-08-18", &dct);
  for (guint round = 0; round < 2000; round++)
    {
      GString *s = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 80);
      g_autoptr (GArray) timexes = NULL;

      for (guint i = 0; i < n; i++)
        {
          if (g_rand_boolean (rand))
            g_string_append (s, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          else
            g_string_append_c (s, alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)]);
        }
      timexes = chr_timex_scan (s->str, s->len, round % 2 ? &dct : NULL);
      check_invariants (timexes, s->len);
      g_string_free (s, TRUE);
    }
  g_rand_free (rand);
}

typedef struct
{
  const char *file;
  const char *dct;
  Expected    expected[20];
} SeedCase;

static const SeedCase seed_cases[] = {
  { "000_a0d0abd315d38227.txt", "2025-08-17", {
      { "12 years ago", "2013", TRUE },
      { "February 2014", "2014-02", TRUE },
      { "February 24, 2022", "2022-02-24", TRUE },
      { "now", "PRESENT_REF", FALSE },                          /* has now lasted */
      { "over three years", "P3Y", TRUE, "DURATION", "MORE_THAN" },
      { "January 2025", "2025-01", TRUE },
      { "2014", "2014", TRUE },                                 /* pre-2014 */
      { "Monday", "2025-08-18", TRUE },                         /* set for Monday */
      { "recent", "PAST_REF", FALSE },                          /* Trump's recent talks */
    } },
  { "001_987273f1e552f6ba.txt", "2025-08-18", {
      { "Monday", "2025-08-18", TRUE },                         /* for Monday talks */
      { "Monday", "2025-08-18", TRUE },                         /* will meet Trump ... on Monday */
      { "Friday", "2025-08-15", TRUE },                         /* in Alaska on Friday */
      { "12 years ago", "2013", TRUE },
      { "Monday", "2025-08-18", TRUE },                         /* joined by European leaders on Monday */
      { "February", "2025-02", TRUE },                          /* a bust-up with Trump in February */
      { "Sunday night", "2025-08-17", TRUE },
      { "February", "2025-02", TRUE },                          /* the Oval Office row in February */
      { "2022", "2022", TRUE },
      { "Monday", "2025-08-18", TRUE },                         /* detailed on Monday */
      { "2014", "2014", TRUE },
      { "2022", "2022", TRUE },
      { "Saturday", "2025-08-16", TRUE },
      { "now", "PRESENT_REF", FALSE },                          /* has until now insisted */
      { "Sunday", "2025-08-17", TRUE },
      { "Monday", "2025-08-18", TRUE },                         /* authorities said on Monday */
    } },
  { "002_3efe0e8289e4b80b.txt", "2025-03-22", {
      { "2025-03-22", "2025-03-22", TRUE },
      { "January", "2025-01", TRUE },
      { "October 2024", "2024-10", TRUE },
      { "February 12", "2025-02-12", TRUE },
      { "the same day", "2025-02-12", TRUE },                   /* the day of the statement before */
      { "March", "2025-03", TRUE },
    } },
  { "003_08aeda4bc9fdb31b.txt", "2025-12-14", {
      { "Sunday", "2025-12-14", TRUE },                         /* announced Sunday */
      { "Monday", "2025-12-15", TRUE },                         /* scheduled to arrive ... on Monday */
      { "today", "2025-12-14", TRUE },
      { "earlier this year", "2025", TRUE, NULL, "START" },
      { "nearly four years", "P4Y", TRUE, "DURATION", "APPROX" },
      { "2022", "2022", TRUE },
      { "current", "PRESENT_REF", FALSE },                      /* freeze current battle lines */
      { "last month", "2025-11", TRUE },
      { "December", "2025-12", TRUE },
      { "recently", "PAST_REF", FALSE },
      { "the past", "PAST_REF", FALSE },                        /* experienced in the past */
    } },
  { "004_0f917d4df3fde03f.txt", "2024-12", {
      { "current", "PRESENT_REF", FALSE },                      /* current aid to Ukraine */
      { "24 hours", "PT24H", TRUE, "DURATION" },                /* within 24 hours of taking office */
      { "current", "PRESENT_REF", FALSE },
    } },
  /* Without a publication date, every absolute date is still found and resolved. */
  { "000_a0d0abd315d38227.txt", NULL, {
      { "12 years ago", "XXXX", FALSE },
      { "February 2014", "2014-02", TRUE },
      { "February 24, 2022", "2022-02-24", TRUE },
      { "now", "PRESENT_REF", FALSE },
      { "over three years", "P3Y", TRUE, "DURATION", "MORE_THAN" },
      { "January 2025", "2025-01", TRUE },
      { "2014", "2014", TRUE },
      { "Monday", "XXXX-WXX-1", FALSE },
      { "recent", "PAST_REF", FALSE },
    } },
  /* Read as a narrative: a month without a year is in the year last told. */
  { "002_3efe0e8289e4b80b.txt", NULL, {
      { "2025-03-22", "2025-03-22", TRUE },
      { "January", "2025-01", TRUE },
      { "October 2024", "2024-10", TRUE },
      { "February 12", "2025-02-12", TRUE },     /* eight months or more before October: the next year */
      { "the same day", "2025-02-12", TRUE },
      { "March", "2025-03", TRUE },
    } },
};

static char *
load_seed (const char *name,
           gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, length, &error);
  g_assert_no_error (error);
  return text;
}

static void
test_seed (gconstpointer data)
{
  const SeedCase *c = data;
  gsize length;
  g_autofree char *text = load_seed (c->file, &length);
  ChrInterval dct;
  gboolean has_dct = parse_dct (c->dct, &dct);
  g_autoptr (GArray) timexes = chr_timex_scan (text, length, has_dct ? &dct : NULL);
  guint n_expected = 0;

  while (n_expected < G_N_ELEMENTS (c->expected) && c->expected[n_expected].span != NULL)
    n_expected++;

  check_invariants (timexes, length);
  for (guint i = 0; i < MIN (timexes->len, n_expected); i++)
    {
      const ChrTimex *t = &g_array_index (timexes, ChrTimex, i);
      g_autofree char *span = g_strndup (text + t->start, t->end - t->start);

      g_assert_cmpstr (span, ==, c->expected[i].span);
      g_assert_cmpstr (t->value, ==, c->expected[i].value);
      g_assert_cmpint (t->resolved, ==, c->expected[i].resolved);
      g_assert_cmpstr (chr_timex_type_to_string (t->type), ==,
                       c->expected[i].type != NULL ? c->expected[i].type : "DATE");
    }
  g_assert_cmpuint (timexes->len, ==, n_expected);
}

/* Every prefix of a seed: cuts in the middle of words, numbers and UTF-8 sequences. */
static void
test_seed_prefixes (void)
{
  gsize length;
  g_autofree char *text = load_seed ("001_987273f1e552f6ba.txt", &length);
  ChrInterval dct;

  parse_dct ("2025-08-18", &dct);
  for (gsize cut = 0; cut <= length; cut += 3)
    {
      g_autoptr (GArray) timexes = chr_timex_scan (text, cut, &dct);

      check_invariants (timexes, cut);
    }
}

static void
test_strings (void)
{
  g_assert_cmpstr (chr_timex_type_to_string (CHR_TIMEX_DATE), ==, "DATE");
  g_assert_cmpstr (chr_timex_type_to_string (CHR_TIMEX_TIME), ==, "TIME");
  g_assert_cmpstr (chr_timex_type_to_string (CHR_TIMEX_DURATION), ==, "DURATION");
  g_assert_cmpstr (chr_timex_type_to_string (CHR_TIMEX_SET), ==, "SET");
  g_assert_cmpstr (chr_timex_mod_to_string (CHR_TIMEX_MOD_NONE), ==, "NONE");
  g_assert_cmpstr (chr_timex_mod_to_string (CHR_TIMEX_MOD_APPROX), ==, "APPROX");
  g_assert_cmpstr (chr_timex_mod_to_string (CHR_TIMEX_MOD_MORE_THAN), ==, "MORE_THAN");
  g_assert_cmpstr (chr_timex_mod_to_string (CHR_TIMEX_MOD_LESS_THAN), ==, "LESS_THAN");
  g_assert_cmpstr (chr_timex_mod_to_string (CHR_TIMEX_MOD_START), ==, "START");
  g_assert_cmpstr (chr_timex_mod_to_string (CHR_TIMEX_MOD_MID), ==, "MID");
  g_assert_cmpstr (chr_timex_mod_to_string (CHR_TIMEX_MOD_END), ==, "END");
}

/* Inputs that once crashed the engine under the fuzzer stay in its seed
 * corpus; each is scanned here as the fuzzer does, with every kind of DCT. */
static void
test_fuzz_regressions (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", "timex", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      const char * const dcts[] = { NULL, "2025-08-18", "1998-02" };
      gsize length;

      if (!g_str_has_prefix (name, "regression-"))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      for (guint i = 0; i < G_N_ELEMENTS (dcts); i++)
        {
          ChrInterval dct;
          g_autoptr(GArray) timexes = NULL;

          if (dcts[i])
            g_assert_true (chr_timex_value_to_interval (dcts[i], &dct));
          timexes = chr_timex_scan (contents, length, dcts[i] ? &dct : NULL);
          check_invariants (timexes, length);
        }
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  static const ScanTable full_date = TABLE (full_date_cases);
  static const ScanTable month_year = TABLE (month_year_cases);
  static const ScanTable year = TABLE (year_cases);
  static const ScanTable not_a_year = TABLE (not_a_year_cases);
  static const ScanTable month = TABLE (month_cases);
  static const ScanTable month_day = TABLE (month_day_cases);
  static const ScanTable weekday = TABLE (weekday_cases);
  static const ScanTable deictic = TABLE (deictic_cases);
  static const ScanTable relative = TABLE (relative_cases);
  static const ScanTable tense = TABLE (tense_cases);
  static const ScanTable noise = TABLE (noise_cases);
  static const ScanTable period = TABLE (period_cases);
  static const ScanTable time = TABLE (time_cases);
  static const ScanTable duration = TABLE (duration_cases);
  static const ScanTable set = TABLE (set_cases);
  static const ScanTable reference = TABLE (reference_cases);
  static const ScanTable anaphora = TABLE (anaphora_cases);
  static const ScanTable narrative = TABLE (narrative_cases);
  static const ScanTable bc = TABLE (bc_cases);
  static const ScanTable range = TABLE (range_cases);
  static const ScanTable general = TABLE (general_cases);
  static const ScanTable dct_relative = TABLE (dct_cases);

  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/model/timex/full-date", &full_date, test_table);
  g_test_add_data_func ("/model/timex/month-year", &month_year, test_table);
  g_test_add_data_func ("/model/timex/year", &year, test_table);
  g_test_add_data_func ("/model/timex/not-a-year", &not_a_year, test_table);
  g_test_add_data_func ("/model/timex/month", &month, test_table);
  g_test_add_data_func ("/model/timex/month-day", &month_day, test_table);
  g_test_add_data_func ("/model/timex/weekday", &weekday, test_table);
  g_test_add_data_func ("/model/timex/deictic", &deictic, test_table);
  g_test_add_data_func ("/model/timex/relative", &relative, test_table);
  g_test_add_data_func ("/model/timex/tense", &tense, test_table);
  g_test_add_data_func ("/model/timex/noise", &noise, test_table);
  g_test_add_data_func ("/model/timex/period", &period, test_table);
  g_test_add_data_func ("/model/timex/time", &time, test_table);
  g_test_add_data_func ("/model/timex/duration", &duration, test_table);
  g_test_add_data_func ("/model/timex/set", &set, test_table);
  g_test_add_data_func ("/model/timex/reference", &reference, test_table);
  g_test_add_data_func ("/model/timex/anaphora", &anaphora, test_table);
  g_test_add_data_func ("/model/timex/narrative", &narrative, test_table);
  g_test_add_data_func ("/model/timex/bc", &bc, test_table);
  g_test_add_data_func ("/model/timex/range", &range, test_table);
  g_test_add_data_func ("/model/timex/general", &general, test_table);
  g_test_add_data_func ("/model/timex/dct-relative", &dct_relative, test_table);
  g_test_add_func ("/model/timex/interval", test_interval);
  g_test_add_func ("/model/timex/season-and-part-codes", test_season_and_part_codes);
  g_test_add_func ("/model/timex/embedded-nul", test_embedded_nul);
  g_test_add_func ("/model/timex/empty", test_empty);
  g_test_add_func ("/model/timex/random-bytes", test_random_bytes);
  g_test_add_func ("/model/timex/seed-prefixes", test_seed_prefixes);
  g_test_add_func ("/model/timex/strings", test_strings);
  g_test_add_func ("/model/timex/fuzz-regressions", test_fuzz_regressions);

  for (guint i = 0; i < G_N_ELEMENTS (seed_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/timex/seed/%.3s%s", seed_cases[i].file,
                                               seed_cases[i].dct != NULL ? "" : "-no-dct");

      g_test_add_data_func (path, &seed_cases[i], test_seed);
    }

  return g_test_run ();
}
