/* test-html-article.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-html-article"

#include "config.h"

#include <string.h>

#include "chr-html-article.h"
#include "chr-importer.h"

#define MAX_PARAGRAPHS 12
#define MAX_ABSENT 40

/* A saved news page, what must be read from it, and what must not. */
typedef struct
{
  const char *file;
  const char *title;
  const char *published;
  const char *source;
  const char *url;
  const char *author;
  const char *paragraphs[MAX_PARAGRAPHS];  /* the whole text, in order */
  const char *absent[MAX_ABSENT];          /* menus, banners, other stories, comments */
} PageCase;

static const PageCase pages[] = {
  /* Open Graph, article:published_time, <link rel="canonical">, <meta name="author">. */
  {
    "og-tags.html",
    "Harbour Bridge reopens after two-year repair",
    "2025-08-18",
    "The Northern Ledger",
    "https://northernledger.example/news/2025/08/harbour-bridge-reopens",
    "Maria Okafor",
    {
      "The Harbour Bridge reopened to traffic on Monday morning, two years after engineers closed "
      "it when cracks were found in its main span.",
      "City officials said the £48 million repair was finished three weeks ahead of schedule & "
      "under budget.",
      "A long closure",
      "The bridge was shut in June 2023 after a routine inspection found corrosion in the steel "
      "cables, forcing 30,000 daily commuters onto ferries and a 12-mile detour.",
      "“It’s been a long two years for everyone who lives on the north shore,” said the council "
      "leader, Dana Whitfield.",
      "Length: 1.2 km",
      "Opened: 1931",
      "Daily crossings before closure: 30,000",
      "Tolls will not be charged until January 2026, the council said.",
    },
    {
      "cookies", "Accept all", "Skip to content", "World affairs", "Wednesday 20 August",
      "Share on Facebook", "Email this story", "Photograph", "Traffic crosses", "Advertisement",
      "morning briefing", "Sign up", "Bridges", "Transport correspondent",
      "transport correspondent", "Related stories", "closed indefinitely", "Comments (3)",
      "Posted by", "I remember when", "Finally!", "2011 repairs", "Most read", "tram line",
      "All rights reserved", "Privacy policy", "Script paragraph", "dataLayer",
      "Breaking news since", "1 April 1999", "Maria Okafor", "Harbour Bridge reopens",
      "Ferry fares", "free articles", "Updated", "Tell your friends",
    },
  },
  /* Only <title> (with the site's name after it) and <h1>; a table layout. */
  {
    "title-h1.html",
    "Council approves new cycle lanes",
    NULL,
    NULL,
    NULL,
    NULL,
    {
      "Riverside council voted seven to two on Wednesday night to build protected cycle lanes "
      "along the length of Mill Road.",
      "The scheme, first proposed in 2019, will remove forty parking spaces and add a signalled "
      "crossing outside the primary school.",
      "Councillor Anne Brook said the lanes would be finished before the start of the school "
      "year, although the contract has not yet been signed.",
      "Opponents collected more than 1,200 signatures against the plan and say they will ask for "
      "a judicial review.",
    },
    {
      "Serving Riverside", "Front page", "Classifieds", "Posted Thursday", "Read more",
      "Traders warn", "Story continues", "Share this", "Most read", "Fire at the old mill",
      "Weather", "Sunny intervals", "Copyright", "About us", "_gaq", "Council approves",
    },
  },
  /* <time datetime> in the article, after other stories' and before comments' own. */
  {
    "time-element.html",
    "Floods close valley roads",
    "2024-03-05",
    "Valley Courier",
    "https://valleycourier.example/2024/03/05/floods-close-valley-roads/",
    "Tom Reyes",
    {
      "Three roads into the valley were closed on Tuesday after the river burst its banks for the "
      "second time this winter.",
      "Police said drivers should avoid the B4518 and the old quarry road until at least "
      "Thursday, when the water is expected to fall.",
      "The Environment Agency has issued four flood warnings for the area and opened a rest "
      "centre at the village hall in Llanfair.",
      "Residents were last flooded in February, when more than sixty homes were evacuated "
      "overnight.",
    },
    {
      "Log in", "Trending", "Bypass plans", "Tom Reyes", "5 March 2024", "Share", "Tweet",
      "WhatsApp", "More stories", "Farmers count", "Sheep farmers", "Join the discussion",
      "RiverWatcher", "drainage", "Registered in Wales", "Old draft", "Floods close",
    },
  },
  /* JSON-LD: a "@graph" whose article names its author and publisher by "@id". */
  {
    "json-ld-graph.html",
    "Port strike ends after six weeks",
    "2023-11-14",
    "Coastline Daily Ltd",
    "https://coastlinedaily.example/business/port-strike-ends/",
    "Priya Natarajan",
    {
      "Dock workers at the port of Saltmouth voted on Monday to accept a new pay offer, ending a "
      "strike that began on 2 October.",
      "The deal gives the 900 workers a rise of 11% over two years and a one-off payment of "
      "€1,500, the union said.",
      "Shipping lines had diverted more than forty vessels to other ports during the dispute, and "
      "exporters said the stoppage cost them millions.",
      "The port's owners said normal operations would resume by the end of the week.",
    },
    {
      "Posted on", "14 November 2023", "We have a deal", "Dockers Union", "Share this", "LinkedIn",
      "Related", "fifth week", "Trending", "Ferry timetable", "Disqus", "About us",
      "south coast since 1998", "WordPress", "Port strike ends",
    },
  },
  /* <meta name="date">, before DC.date.issued; the title from the only <h1>. */
  {
    "meta-date.html",
    "Ridge path restored by volunteers",
    "2019-11-02",
    "Hill Post",
    NULL,
    "A. Lindqvist",
    {
      "After three summers of work, volunteers have finished restoring the eroded ridge path "
      "between the two summits.",
      "More than 400 tonnes of stone were flown in by helicopter in 2017 and laid by hand, a few "
      "metres at a time.",
      "The trust that manages the hill said walkers should keep to the new surface so that the "
      "vegetation on either side can recover.",
    },
    {
      "News from the uplands", "Walks", "Events", "Home", "You may also like", "winter walks",
      "cookies", "PO Box", "Ridge path restored", "independent newspaper",
    },
  },
  /* Declares ISO-8859-1, is Windows-1252 (curly quotes, dashes, the euro sign); DC.date.issued. */
  {
    "windows-1252.html",
    "Café owners in Montréal fear “the end of the terrace”",
    "2021-06-30",
    "Le Courrier du Plateau",
    NULL,
    "Hélène Côté",
    {
      "Owners of the cafés along Rue Saint-Denis say a new by-law limiting terraces to 40% of the "
      "pavement will cost them a summer’s profit.",
      "“We pay €2,000 a season for the permit and now they take half of it away,” said Josée "
      "Tremblay, who has run Le Petit Déjeuner since 1998.",
      "The city says the rule – adopted on 28 June – is needed to keep the pavement wide enough "
      "for wheelchairs and prams.",
    },
    {
      "Accueil", "Actualité", "Par Hélène", "Partager", "Courriel", "Tous droits", "S’abonner",
      "Café owners in",
    },
  },
  /* UTF-8 that declares no charset; JSON-LD as an array, with several authors. */
  {
    "no-charset.html",
    "Zürich trams to run all night at weekends",
    "2022-02-24",
    "Alpine Wire",
    NULL,
    "Olena Kovalenko, Jürg Müller",
    {
      "Zürich’s public transport authority will run trams through the night on Fridays and "
      "Saturdays from April, a naïve idea according to its critics.",
      "The trial costs 4.5 million francs a year; the city’s Ukrainian community welcomed it, "
      "citing Світлана Коваленко, who works night shifts at the university hospital.",
      "Night buses will keep running on the lines that trams do not serve — about a third of the "
      "network.",
    },
    {
      "Schweiz", "Welt", "Alpine Wire AG", "Zürich trams",
    },
  },
};

static char *
page_path (const char *file)
{
  return g_test_build_filename (G_TEST_DIST, "data", "html", file, NULL);
}

static ChrArticleRecord *
parse_file (const char  *file,
            GError     **error)
{
  g_autofree char *path = page_path (file);
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr(GError) local_error = NULL;

  g_file_get_contents (path, &data, &length, &local_error);
  g_assert_no_error (local_error);
  return chr_html_article_parse (data, length, file, error);
}

static void
assert_valid_utf8 (const ChrArticleRecord *record)
{
  const char *strings[] = {
    record->title, record->text, record->published, record->source, record->url, record->author,
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_assert_true (strings[i] == NULL || g_utf8_validate (strings[i], -1, NULL));
}

static void
test_page (gconstpointer data)
{
  const PageCase *page = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrArticleRecord) record = parse_file (page->file, &error);
  g_auto(GStrv) paragraphs = NULL;
  guint n = 0;

  g_assert_no_error (error);
  g_assert_nonnull (record);
  assert_valid_utf8 (record);
  g_assert_cmpstr (record->title, ==, page->title);
  g_assert_cmpstr (record->published, ==, page->published);
  g_assert_cmpstr (record->source, ==, page->source);
  g_assert_cmpstr (record->url, ==, page->url);
  g_assert_cmpstr (record->author, ==, page->author);

  paragraphs = g_strsplit (record->text, "\n\n", -1);
  while (n < MAX_PARAGRAPHS && page->paragraphs[n] != NULL)
    n++;
  for (guint i = 0; i < n && paragraphs[i] != NULL; i++)
    g_assert_cmpstr (paragraphs[i], ==, page->paragraphs[i]);
  g_assert_cmpuint (g_strv_length (paragraphs), ==, n);
  for (guint i = 0; i < MAX_ABSENT && page->absent[i] != NULL; i++)
    {
      g_test_message ("absent: %s", page->absent[i]);
      g_assert_null (strstr (record->text, page->absent[i]));
    }
}

/* @length: -1 if @data is a string */
static void
assert_fails (const char     *data,
              gssize          length,
              const char     *name,
              ChrImportError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrArticleRecord) record = NULL;

  record = chr_html_article_parse (data, length < 0 ? strlen (data) : (gsize) length, name, &error);

  g_assert_null (record);
  g_assert_error (error, CHR_IMPORT_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, name));
}

static void
assert_file_fails (const char     *file,
                   ChrImportError  code)
{
  g_autofree char *path = page_path (file);
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  assert_fails (data, (gssize) length, file, code);
}

static void
test_empty (void)
{
  assert_fails ("", 0, "empty.html", CHR_IMPORT_ERROR_EMPTY);
  assert_fails (NULL, 0, "nothing.html", CHR_IMPORT_ERROR_EMPTY);
  assert_fails (" \n\t ", -1, "blank.html", CHR_IMPORT_ERROR_EMPTY);
  assert_fails ("<html><head><title>Only a title</title></head><body></body></html>", -1,
                "title.html", CHR_IMPORT_ERROR_EMPTY);
  assert_fails ("<!-- a comment -->"
                "<script>var text = 'A script, not a paragraph of the page.';</script>", -1,
                "script.html", CHR_IMPORT_ERROR_EMPTY);
}

static void
test_navigation_only (void)
{
  assert_file_fails ("nav-only.html", CHR_IMPORT_ERROR_EMPTY);
}

static void
test_binary (void)
{
  static const char bad_utf16[] = "\xFF\xFE<\0p\0>\0\0\0\0\0";

  assert_file_fails ("garbage.bin", CHR_IMPORT_ERROR_BINARY);
  assert_fails ("\x01\x02\x03\x04<p>text</p>", -1, "controls.html", CHR_IMPORT_ERROR_BINARY);
  assert_fails (bad_utf16, sizeof bad_utf16 - 1, "utf16.html", CHR_IMPORT_ERROR_BINARY);
}

static void
test_no_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrArticleRecord) record = chr_html_article_parse ("<p></p>", 7, NULL, &error);

  g_assert_null (record);
  g_assert_error (error, CHR_IMPORT_ERROR, CHR_IMPORT_ERROR_EMPTY);
}

static ChrArticleRecord *
parse_string (const char *html)
{
  g_autoptr(GError) error = NULL;
  ChrArticleRecord *record = chr_html_article_parse (html, strlen (html), "inline.html", &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  assert_valid_utf8 (record);
  return record;
}

/* Entities decoded, white space collapsed, invisible characters dropped,
 * line breaks: one is a space, two end a paragraph. */
static void
test_text_cleanup (void)
{
  g_autoptr(ChrArticleRecord) record = parse_string (
    "<body><div>"
    "<p>  Fish &amp; chips &lt;3 &#8212; caf&eacute;&nbsp;au&#xA0;lait,\n\t  "
    "don&rsquo;t\r\nstop.&shy;</p>"
    "<p>First line of a poem<br>second line of it<br><br>A new stanza starts here, after the "
    "gap.</p>"
    "<pre>code   keeps\nits lines\n\nand blank ones split it</pre>"
    "</div></body>");

  g_assert_cmpstr (record->text, ==,
                   "Fish & chips <3 — café au lait, don’t stop.\n\n"
                   "First line of a poem second line of it\n\n"
                   "A new stanza starts here, after the gap.\n\n"
                   "code keeps\nits lines\n\n"
                   "and blank ones split it");
}

/* Pages that do not say what their charset is are UTF-8 when they can be,
 * else Windows-1252; a byte order mark says it before any <meta>. */
static void
test_encodings (void)
{
  static const char windows_1252[] = "<p>Caf\xe9 \x93quoted\x94 \x96 \x80" "5, na\xefve</p>";
  static const char bom_utf8[] = "\xEF\xBB\xBF<meta charset=\"iso-8859-1\"><p>Zürich</p>";
  static const char latin_9[] = "<meta charset='ISO-8859-15'><p>\xA4" "5 \xBD</p>";
  static const char cyrillic[] = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>"
                                 "<html><p>\xcd\xee\xe2\xee\xf1\xf2\xe8</p></html>";
  static const char utf7[] = "<meta charset=\"utf-7\"><p>+ADw-b+AD4-</p>";
  g_autoptr(ChrArticleRecord) guessed = parse_string (windows_1252);
  g_autoptr(ChrArticleRecord) marked = parse_string (bom_utf8);
  g_autoptr(ChrArticleRecord) euro = parse_string (latin_9);
  g_autoptr(ChrArticleRecord) news = parse_string (cyrillic);
  g_autoptr(ChrArticleRecord) plain = parse_string (utf7);
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) with_bom = g_string_new_len ("\xFF\xFE", 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrArticleRecord) wide = NULL;
  gsize length = 0;

  g_assert_cmpstr (guessed->text, ==, "Café “quoted” – €5, naïve");
  g_assert_cmpstr (marked->text, ==, "Zürich");
  g_assert_cmpstr (euro->text, ==, "€5 œ");
  g_assert_cmpstr (news->text, ==, "Новости");
  g_assert_cmpstr (plain->text, ==, "+ADw-b+AD4-");

  utf16 = g_convert ("<title>Ça va</title><p>Ünïcödé text in UTF-16</p>", -1, "UTF-16LE", "UTF-8",
                     NULL, &length, &error);
  g_assert_no_error (error);
  g_string_append_len (with_bom, utf16, (gssize) length);
  wide = chr_html_article_parse (with_bom->str, with_bom->len, "utf16.html", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wide->title, ==, "Ça va");
  g_assert_cmpstr (wide->text, ==, "Ünïcödé text in UTF-16");
}

static const char paragraph[] = "Enough text to count as the paragraph of an article.";

static const struct
{
  const char *html;
  const char *title;
} titles[] = {
  { "<title>Storm hits coast | News Site</title>", "Storm hits coast" },
  { "<title>Storm hits coast - live updates | Daily Planet</title>",
    "Storm hits coast - live updates" },
  { "<title>Storm hits coast — The Daily Planet Newspaper</title>", "Storm hits coast" },
  /* A long tail is part of the headline unless it is the site's name. */
  { "<title>Storm hits coast - what we know about the damage so far</title>",
    "Storm hits coast - what we know about the damage so far" },
  { "<meta property=\"og:site_name\" content=\"The Daily Planet Group of Newspapers\">"
    "<title>Storm hits coast | The Daily Planet Group of Newspapers</title>", "Storm hits coast" },
  { "<title>Home | Site</title>", "Home | Site" },
  { "<meta property=\"og:site_name\" content=\"Planet\">"
    "<meta property=\"og:title\" content=\"Storm | Planet\"><title>Other</title>", "Storm" },
  { "<meta property=\"og:title\" content=\"  Storm   &amp; flood \"><title>Other</title>",
    "Storm & flood" },
  { "<h1 class=\"logo\">Planet</h1><article><h1>Storm <em>hits</em>\ncoast</h1></article>",
    "Storm hits coast" },
  { "<h1>First heading</h1><h1>Second heading</h1>", "First heading" },
};

static void
test_titles (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *html = g_strdup_printf ("%s<p>%s</p>", titles[i].html, paragraph);
      g_autoptr(ChrArticleRecord) record = parse_string (html);

      g_test_message ("%s", titles[i].html);
      g_assert_cmpstr (record->title, ==, titles[i].title);
    }
}

/* Where the publication date comes from when there are several, and
 * values that are not dates are passed over. */
static const struct
{
  const char *html;
  const char *published;
} dates[] = {
  { "<meta property=\"article:published_time\" content=\"not a date\">"
    "<meta name=\"date\" content=\"2020-05-04\">", "2020-05-04" },
  { "<meta name=\"pubdate\" content=\"2014-03-02T10:00:00Z\">", "2014-03-02" },
  { "<meta name=\"DC.date.issued\" content=\"2011-03\">", "2011-03" },
  { "<time datetime=\"2001-02-03\">then</time><meta name=\"date\" content=\"2020-05-04\">",
    "2001-02-03" },
  { "<article><time datetime=\"2005-01-01\">x</time>"
    "<time datetime=\"2006-06-06\" pubdate>y</time></article>", "2006-06-06" },
  { "<script type=\"application/ld+json\">"
    "{\"@type\":\"Article\",\"datePublished\":\"Tue, 18 Aug 2025\"}</script>"
    "<meta name=\"date\" content=\"2020-05-04\">", "2025-08-18" },
  { "<script type=\"application/ld+json\">"
    "{\"@type\":\"WebPage\",\"datePublished\":\"2019-09-09\"}</script>", "2019-09-09" },
  /* Raw line breaks in JSON strings, as pages write them. */
  { "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\n\"headline\":\"Two\nlines\","
    "\"datePublished\":\"2018-08-08\"}</script>", "2018-08-08" },
  { "<script type=\"application/ld+json\">{broken json</script>"
    "<meta name=\"date\" content=\"2020-05-04\">", "2020-05-04" },
  { "<div class=\"comments\"><time datetime=\"2030-01-01\">later</time></div>", NULL },
};

static void
test_dates (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *html = g_strdup_printf ("%s<p>%s</p>", dates[i].html, paragraph);
      g_autoptr(ChrArticleRecord) record = parse_string (html);

      g_test_message ("%s", dates[i].html);
      g_assert_cmpstr (record->published, ==, dates[i].published);
    }
}

static void
test_addresses (void)
{
  g_autoptr(ChrArticleRecord) relative = parse_string (
    "<link rel=\"canonical\" href=\"/news/1\"><meta property=\"og:url\" "
    "content=\"https://a.example/x?y=1\">"
    "<p>Enough text to count as the paragraph of an article.</p>");
  g_autoptr(ChrArticleRecord) not_web = parse_string (
    "<link rel=\"canonical\" href=\"javascript:alert(1)\">"
    "<p>Enough text to count as the paragraph of an article.</p>");

  g_assert_cmpstr (relative->url, ==, "https://a.example/news/1");
  g_assert_null (not_web->url);
}

/* Without <body>, libxml2 (which knows HTML 4) leaves <main>, <article>
 * and their content in <head>: they are read all the same. */
static void
test_html5_in_head (void)
{
  g_autoptr(ChrArticleRecord) record = parse_string (
    "<title>In the head | Site</title><main><article><h1>In the head</h1>"
    "<p>HTML 5 elements that come right after the title, as pages may write them.</p>"
    "</article></main>");

  g_assert_cmpstr (record->title, ==, "In the head");
  g_assert_cmpstr (record->text, ==,
                   "HTML 5 elements that come right after the title, as pages may write them.");
}

/* An article without <article> split into blocks around an advertisement,
 * beside a list of links and a short promotion. */
static void
test_split_body (void)
{
  g_autoptr(ChrArticleRecord) record = parse_string (
    "<body><div id=\"wrap\"><div class=\"col\">"
    "<div class=\"block\"><p>The first part of the story has two paragraphs, and this is the "
    "first.</p>"
    "<p>This is the second paragraph of the first part, a little longer than the first.</p></div>"
    "<div class=\"dfp\"><p>Advertisement: buy our excellent product today, it is very "
    "good.</p></div>"
    "<div class=\"block\"><p>The second part starts after the advertisement, with a paragraph.</p>"
    "<p>And it ends with this one, which closes the story for good, as stories do.</p></div>"
    "<div class=\"links\"><p><a href=\"/1\">One of the other stories of the day</a></p>"
    "<p><a href=\"/2\">Another of the other stories of the day</a></p></div>"
    "<div class=\"note\"><div><p>Short note in a box, nested deeper.</p></div></div>"
    "</div></div></body>");

  g_assert_cmpstr (record->text, ==,
                   "The first part of the story has two paragraphs, and this is the first.\n\n"
                   "This is the second paragraph of the first part, a little longer than the "
                   "first.\n\n"
                   "The second part starts after the advertisement, with a paragraph.\n\n"
                   "And it ends with this one, which closes the story for good, as stories do.");
}

/* Deep nesting, and JSON-LD nested deeper than json-glib can follow. */
static void
test_deep (void)
{
  g_autoptr(GString) html = g_string_new ("<meta name=\"author\" content=\"Deep Writer\">");
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrArticleRecord) record = NULL;

  g_string_append (html, "<script type=\"application/ld+json\">");
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (html, '[');
  g_string_append (html, "</script>");
  g_string_append (html, "<p>A paragraph before the deep part of the page, long enough.</p>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (html, "<div><span>");
  g_string_append (html, "<p>A paragraph deep inside the page.</p>");
  record = chr_html_article_parse (html->str, html->len, "deep.html", &error);
  g_assert_no_error (error);
  g_assert_nonnull (record);
  g_assert_cmpstr (record->author, ==, "Deep Writer");
  g_assert_true (g_str_has_prefix (record->text, "A paragraph before the deep part"));
}

/* A page of many paragraphs and many siblings is read whole. */
static void
test_large (void)
{
  g_autoptr(GString) html = g_string_new ("<article>");
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrArticleRecord) record = NULL;
  const char *last;
  guint n = 1;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (html, "<p>Paragraph %u of a very long article about nothing.</p>", i);
  g_string_append (html, "</article>");
  record = chr_html_article_parse (html->str, html->len, "large.html", &error);
  g_assert_no_error (error);
  /* Counted by hand: strstr() under AddressSanitizer measures the whole text each time. */
  last = record->text;
  for (const char *p = record->text; *p != '\0'; p++)
    if (p[0] == '\n' && p[1] == '\n')
      {
        n++;
        last = p + 2;
      }
  g_assert_cmpuint (n, ==, 50000);
  g_assert_cmpstr (last, ==, "Paragraph 49999 of a very long article about nothing.");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strndup (pages[i].file, strcspn (pages[i].file, "."));
      g_autofree char *path = g_strconcat ("/model/html-article/page/", name, NULL);

      g_test_add_data_func (path, &pages[i], test_page);
    }
  g_test_add_func ("/model/html-article/empty", test_empty);
  g_test_add_func ("/model/html-article/navigation-only", test_navigation_only);
  g_test_add_func ("/model/html-article/binary", test_binary);
  g_test_add_func ("/model/html-article/no-name", test_no_name);
  g_test_add_func ("/model/html-article/text-cleanup", test_text_cleanup);
  g_test_add_func ("/model/html-article/encodings", test_encodings);
  g_test_add_func ("/model/html-article/titles", test_titles);
  g_test_add_func ("/model/html-article/dates", test_dates);
  g_test_add_func ("/model/html-article/addresses", test_addresses);
  g_test_add_func ("/model/html-article/html5-in-head", test_html5_in_head);
  g_test_add_func ("/model/html-article/split-body", test_split_body);
  g_test_add_func ("/model/html-article/deep", test_deep);
  g_test_add_func ("/model/html-article/large", test_large);
  return g_test_run ();
}
