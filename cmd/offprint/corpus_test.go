package main

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"offprint/internal/testtool"
)

// corpusDir holds realistic article inputs of every kind offprint reads:
// scraped plain text in several house styles and languages, Markdown, saved
// web pages with their furniture, and edge cases. TestCorpus exports each one
// the way a user would and checks both outputs.
const corpusDir = "../../testdata/corpus"

// corpusCase is what a careful reader expects from one corpus input.
type corpusCase struct {
	file     string   // under corpusDir
	title    string   // meta.title, the PDF's Title and the EPUB's dc:title
	authors  []string // meta.authors, exactly; nil skips the check
	bio      string   // prefix of the first author's bio; "" skips the check
	lang     string   // meta.language; "" skips the check
	date     string   // meta.date (YYYY-MM-DD); "" skips the check
	source   string   // substring of meta.source_url; "" skips the check
	headings []string // section headings in order, without the Sources section; nil skips
	images   int      // figures with an image, in the EPUB and in the PDF
	want     []string // distinctive text of the body: in the PDF and in the EPUB
	epubOnly []string // body text in scripts the PDF fonts lack: in the EPUB
	absent   []string // navigation, ads, comments: in neither output
	// bugs are known failures of named checks (see the report of the corpus
	// QA): the check is skipped with the reason while the bug stands, and
	// fails once the bug is fixed so that the entry gets removed.
	bugs map[string]string
}

var corpusCases = []corpusCase{
	{
		file:    "ap-wildfire.txt",
		title:   "Crews gain ground on wildfire that forced thousands to flee foothill towns",
		authors: []string{"Marta Jensen", "David Okafor"},
		source:  "apnews.com", headings: []string{},
		want: []string{
			"SACRAMENTO, Calif. (AP) — Firefighters took advantage of calmer winds on Wednesday",
			"It sounded like a freight train coming down the canyon.",
			"Associated Press writer Hannah Liu in San Francisco contributed to this report.",
			"Lena Whitaker, a battalion chief with the state fire agency",
		},
	},
	{
		file:    "guardian-housing.txt",
		title:   "Councils warn of ‘perfect storm’ as temporary housing bill passes £2bn",
		authors: []string{"Anna Keller"}, date: "2024-03-12", source: "theguardian.com",
		headings: []string{"A shortage that began long ago"},
		want: []string{
			"Local authorities in England say spending on bed and breakfasts and hostels",
			"Councils in England spent more than £2bn on temporary accommodation",
			"A family is moved into a bed and breakfast in Hastings, East Sussex.",
			"Christopher Thomond/The Guardian",
			"Others have sent families to towns more than 50 miles away, separating children from their schools.",
		},
	},
	{
		file:    "blog-sourdough.txt",
		title:   "What I learned from baking sourdough every day for a year",
		authors: []string{"Tomasz Wiśniewski"}, date: "2024-02-04",
		headings: []string{"The starter matters less than you think", "My daily schedule",
			"Three mistakes I made so you do not have to", "What I would tell a beginner"},
		want: []string{
			"14:00 to 17:00 stretch and fold every forty-five minutes",
			"I opened the oven to peek. Every time I did, the crust came out pale.",
			"Buy a cheap kitchen scale before you buy anything else.",
		},
		bugs: map[string]string{
			"authors":  "plaintext: 'Posted on February 4, 2024 by Tomasz Wiśniewski' is not read as a byline",
			"date":     "plaintext: the date of a 'Posted on DATE by NAME' line is not read",
			"headings": "plaintext: the 'Posted on … by …' byline becomes a section heading",
		},
	},
	{
		file:    "interview-qa.txt",
		title:   "“The ocean is running a fever”: a marine biologist on the summer the reefs turned white",
		authors: []string{"Clara Whitfield"}, source: "hakaimagazine.com", headings: []string{},
		want: []string{
			"Q: What did you see when you went back to the reef in August?",
			"A: I am stubborn, which is a kind of hope.",
			"This interview has been edited for length and clarity.",
		},
		bugs: map[string]string{
			"authors":  "plaintext: 'Interview by NAME' is not read as a byline",
			"headings": "plaintext: 'Interview by NAME' and the interviewer's short 'Q: …?' lines become section headings",
		},
	},
	{
		file:    "opinion-transit.txt",
		title:   "Opinion: Free buses will not fix our city. Frequent buses will.",
		authors: []string{"Maria Lopez"}, date: "2024-03-03", source: "bostonglobe.com",
		bio:      "Maria Lopez is a transportation planner",
		headings: []string{},
		want: []string{
			"A free bus that comes every forty minutes is still a bus most people will not take.",
			"ask them a simple question: how often will my bus come?",
		},
		bugs: map[string]string{
			"bio": "plaintext: the author's note under a 'By NAME | Updated DATE' byline stays a body paragraph",
		},
	},
	{
		file:    "longform-river.txt",
		title:   "The river that forgot its way to the sea",
		authors: []string{"Jonas Halvorsen"}, source: "longreads.example.org",
		headings: []string{"1. The source", "2. The dams", "3. The drought", "4. The way back"},
		want: []string{
			"How a century of dams, canals and droughts turned one of Europe’s great rivers into a chain of lakes",
			"In the summer of 2022 the river stopped flowing at its mouth for the first time in recorded history.",
			"The shepherds at the spring, for now, still have all the water they need.",
		},
	},
	{
		file:    "de-energiewende.txt",
		title:   "Wärmepumpen-Boom: Warum Handwerksbetriebe kaum noch hinterherkommen",
		authors: []string{"Katharina Müller-Lüdenscheidt"}, source: "tagesspiegel.de",
		headings: []string{"Förderung und Unsicherheit"},
		want: []string{
			"„Wir könnten doppelt so viele Aufträge annehmen, wenn wir die Leute hätten“, sagt Jürgen Weiß",
			"Besonders gefragt sind Geräte für ältere Einfamilienhäuser",
			"und entscheidet über die Betriebskosten der nächsten zwanzig Jahre.",
		},
		bugs: map[string]string{
			"authors":  "plaintext: the German byline 'Von NAME' is not read as a byline",
			"headings": "plaintext: the German byline 'Von NAME' becomes a section heading",
			"source":   "plaintext: the German source line 'Quelle: tagesspiegel.de' is not read as a source line (it stays a paragraph)",
		},
	},
	{
		file:    "fr-bibliotheques.txt",
		title:   "À Lyon, les bibliothèques ouvrent le dimanche et découvrent un nouveau public",
		authors: []string{"Élodie Beauséjour"}, source: "lemonde.fr",
		headings: []string{"Un coût maîtrisé"},
		want: []string{
			"« Le dimanche, on voit arriver des gens qui n’avaient jamais franchi notre porte », raconte Hélène Garnier",
			"La fréquentation dominicale dépasse déjà celle du samedi matin",
			"rémunéré à hauteur de 150 %.",
		},
		bugs: map[string]string{
			"authors":  "plaintext: the French byline 'Par NAME' is not read as a byline",
			"headings": "plaintext: the French byline 'Par NAME' becomes a section heading",
		},
	},
	{
		file:    "multiscript-quotes.txt",
		title:   "Three languages, one border: how a Balkan market town keeps talking",
		authors: []string{"Nikos Petrakis"}, headings: []string{},
		want: []string{
			"«Καλημέρα, τι θα πάρουμε σήμερα;»",
			"“Свежи домати, три лева килото,” her sign reads",
			"“Ο καθένας εδώ μιλάει τη γλώσσα του άλλου όσο χρειάζεται για να κάνει δουλειά",
			"«Спасибо — ευχαριστώ — teşekkürler»",
		},
	},
	{
		file:  "short-one-para.txt",
		title: "Library extends opening hours during exam season", headings: []string{},
		want: []string{"The central library will stay open until midnight from Monday until the end of the exam period",
			"many had nowhere quiet to study once the building closed at nine o’clock."},
	},
	{
		file:    "long-paragraph.txt",
		title:   "An inquiry that nobody wanted: the first day of the harbour tunnel hearings",
		authors: []string{"Sunniva Ekdahl"}, headings: []string{},
		want: []string{
			"The inquiry into the harbour tunnel began on a wet Monday morning in a courtroom",
			"a retired welder named Osvaldo Ferreira stood up in the public gallery",
			"would not be finished this year.",
		},
	},
	{
		file:    "emoji-cjk.txt",
		title:   "Tokyo’s tiniest bookshop sells one title a week 📚",
		authors: []string{"Aiko Tanaka-Brooks"}, headings: []string{},
		want: []string{
			"In a narrow alley in Ginza, a shop no larger than a parking space sells exactly one book at a time.",
			"by Natsume Sōseki, the 1905 satire narrated by a cat.",
		},
		epubOnly: []string{"一冊、一室", "吾輩は猫である", "하늘과 바람과 별과 시", "随园食单", "green tea 🍵", "a thumbs up 👍"},
		bugs: map[string]string{
			"pdf title": "export/pdf: a character outside the BMP in the Info Title is cut to 16 bits (📚 U+1F4DA becomes ߓ U+07D3) instead of a UTF-16 surrogate pair",
		},
	},
	{
		file:    "md-frontmatter.md",
		title:   "Counting bicycles: what a year of sensor data says about our commute",
		authors: []string{"Priya Raman", "Lukas Brandt"}, lang: "en", date: "2024-05-14",
		source: "civicdata.example.org/2024/05/counting-bicycles", images: 1,
		headings: []string{"The headline numbers", "How we cleaned the data", "What surprised us"},
		want: []string{
			"A city's open data, a spreadsheet and a few surprises",
			"We downloaded all 43,800 rows and went looking for patterns.",
			"Average weekday crossings on the five bridges",
			"Riverside 1,105 2,236 +67%",
			"daily = daily[daily.missing_hours <= 3]",
			"heavy rain by about 35 percent.",
			"the autumn half-term by a tenth.",
			"The counts are published under an open licence on the city's data portal",
			"found them within 1 percent.",
		},
		bugs: map[string]string{
			"headings": "markdown: a first '# heading' equal to the front-matter title stays in the body, so the title prints twice",
		},
	},
	{
		file:  "md-long-url.md",
		title: "The night the trams stopped: reading the council minutes of 1957", headings: []string{},
		want: []string{"She was right, and the city began building a new tram line in 2004."},
		bugs: map[string]string{
			"pdf prints link 1": "layout: a URL breaks after a hyphen (\"tramway-closure-⏎debates\", \"council-⏎minutes\"): the reader cannot tell the hyphen is part of the address and pdftotext drops it; break before the hyphen",
			"pdf prints link 2": "layout: a URL breaks after a hyphen (see link 1)",
		},
	},
	{
		file:    "md-sixty-links.md",
		title:   "Sixty links for the long weekend",
		authors: []string{"The Editors"},
		want:    []string{"Skim a profile of a bus driver who writes poetry (item 35)", "number 60 in our list."},
	},
	{
		file:    "news-page.html",
		title:   "Night trains return to the Alps as demand soars",
		authors: []string{"Sophie Marchetti"}, lang: "en-GB", date: "2024-01-18",
		source: "meridianpost.example.com/travel/2024/jan/18/night-trains-alps", images: 1,
		headings: []string{"A shortage of carriages", "Cheaper than a hotel, slower than a plane"},
		want: []string{
			"Sleeper services between Brussels, Munich and Innsbruck are fully booked for the winter season",
			"every one of its 238 berths was taken.",
			"The overnight service pauses at Innsbruck Hauptbahnhof before climbing to the Brenner Pass.",
			"Lukas Feichtner/Alpine Images",
			"“We are renting carriages from anyone who will lend them to us,” said Anneke Vos",
			"Travellers have voted with their feet.",
			"A berth in a six-person couchette between Brussels and Innsbruck costs from €79",
			"https://eur-lex.example.eu/rail-passenger-rights",
		},
		absent: []string{
			"Subscribe for 99p a week", "Markets tumble as central bank", "Refinance your mortgage",
			"Volantis SUV", "Related stories", "Ski pass prices hit record high", "smelled of old socks",
			"mark my words", "Comments (312)", "Royal biographer", "Win a luxury cruise",
			"All rights reserved", "Share on X", "Cookie settings", "Rail travel",
		},
		bugs: map[string]string{
			"absent Volantis SUV": "html: an inline ad inside the article body (<div class=\"ad-slot ad-inline\">Sponsored: …</div>) is kept as a paragraph",
		},
	},
	{
		file:    "singlefile-recipe.html",
		title:   "Miso-roasted squash with crispy chickpeas",
		authors: []string{"Ingrid Solberg"}, lang: "en", date: "2023-11-21",
		source: "kitchennotes.example.com/2023/11/miso-roast-squash", images: 1,
		headings: []string{"Ingredients", "Method"},
		want: []string{
			"The squash caramelises at the edges while the chickpeas turn into little crunchy croutons.",
			"Roasted squash straight from the oven.",
			"1 tin of chickpeas, drained and patted dry",
			"Heat the oven to 220°C and line a large tray with baking paper.",
			"excellent cold in a lunchbox with a handful of rocket.",
		},
		absent: []string{"Shop our cast-iron cookware", "All recipes", "Never miss a recipe",
			"Join 40,000 home cooks", "Sign me up", "As an Amazon Associate"},
		bugs: map[string]string{
			"authors": "html: the byline 'by NAME · DATE' (author and date in one line) gives authors [\"Ingrid Solberg · November 21\", \"2023\"]",
		},
	},
	{
		file:  "docs-page.html",
		title: "Configuring retries", lang: "en",
		headings: []string{"The retry policy", "Writing idempotent jobs"},
		want: []string{
			"By default a job is retried five times with an exponential backoff",
			"How many times a job runs before it is moved to the dead-letter queue.",
			`max_delay = "1h"`,
			"Design every job so that running it twice has the same effect as running it once.",
			"Never send an email or charge a card in a job without first recording",
			"if Receipt.objects.filter(order=order_id).exists():",
		},
		absent: []string{"Installation on every supported platform", "Quickstart tutorial for impatient people",
			"Search docs", "Dead-letter queues and poison messages", "Previous: Quickstart",
			"Next: Dead-letter queues", "Built with Sphinx"},
	},
	{
		file:    "rtl-arabic.html",
		title:   "مكتبة الإسكندرية تفتح قاعة جديدة للمخطوطات النادرة",
		authors: []string{"ليلى حسن"}, lang: "ar", headings: []string{"رقمنة المجموعة"},
		want: []string{"تضم أكثر من ثلاثمائة مخطوطة يعود بعضها إلى القرن الحادي عشر الميلادي"},
		epubOnly: []string{
			"افتتحت مكتبة الإسكندرية يوم الأحد قاعة جديدة مخصصة لعرض المخطوطات النادرة",
			"وتعمل المكتبة منذ عام 2019 على رقمنة مجموعتها بالكامل",
		},
		absent: []string{"اشترك الآن واحصل على شهر مجاني", "خبر رائع", "جميع الحقوق محفوظة"},
		bugs: map[string]string{
			"pdf has تضم أكثر من ثلاثمائة": "fonts/layout: no Arabic font and no right-to-left shaping: every Arabic letter of the PDF prints as U+FFFD (title, byline, body)",
		},
	},
	{
		file:    "wide-table.html",
		title:   "Western Europe in twelve numbers",
		authors: []string{"Henrik Aas"}, lang: "en", headings: []string{},
		want: []string{
			"We gathered twelve indicators for eight neighbours",
			"Official languages", "Netherlands", "100,570", "German, French, Italian, Romansh",
			"railway lengths include only lines open to passenger traffic.",
		},
		absent: []string{"Buy the printed atlas", "Sign up for our newsletter to receive a new map"},
		bugs: map[string]string{
			"authors":                                  "html: the role after a comma in 'By Henrik Aas, data editor' becomes a second author \"data editor\"",
			"pdf has Netherlands":                      "layout: a 12-column table gives every column the same width and breaks words without a hyphen (\"Neth|erlan|ds\", \"Spai|n\")",
			"pdf has Official languages":               "layout: a header cell breaks a word without a hyphen (\"lan-|guag|es\")",
			"pdf has German, French, Italian, Romansh": "layout: a table cell breaks a word without a hyphen (\"Fren|ch\")",
			"pdf has 100,570":                          "layout: numbers in narrow table columns break in the middle without a hyphen (\"100,5|70\", \"24,54|0\"), which misreads as two numbers",
		},
	},
}

// TestCorpus exports every corpus input to EPUB and PDF through the CLI and
// checks what a reader would: valid files, embedded fonts, the right
// metadata, the article's text in both outputs, and none of the page's
// furniture. epubcheck runs once for all the EPUBs (one JVM start costs more
// than checking twenty books).
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("the corpus runs epubcheck and poppler on every input")
	}
	root := t.TempDir()
	var mu sync.Mutex
	epubs := map[string]string{} // case name → EPUB written
	t.Run("export", func(t *testing.T) {
		for _, c := range corpusCases {
			name := strings.TrimSuffix(c.file, filepath.Ext(c.file))
			t.Run(name, func(t *testing.T) {
				t.Parallel() // go test runs GOMAXPROCS of them at once
				dir := filepath.Join(root, name)
				if err := os.Mkdir(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				path := runCorpusCase(t, c, dir)
				mu.Lock()
				epubs[name] = path
				mu.Unlock()
			})
		}
	})
	t.Run("epubcheck", func(t *testing.T) {
		reports := epubcheckAll(t, slices.Sorted(maps.Values(epubs)))
		for _, name := range slices.Sorted(maps.Keys(epubs)) {
			if r := reports[epubs[name]]; r != "" {
				t.Errorf("%s: epubcheck:\n%s", name, r)
			}
		}
	})
}

// runCorpusCase exports one input into dir, checks the outputs and returns
// the EPUB's path for epubcheck.
func runCorpusCase(t *testing.T, c corpusCase, dir string) string {
	in := filepath.Join(corpusDir, c.file)
	code, _, stderr := offprint(t, "", "export", "-q", "--check", "--stats", "-o", dir, in)
	if code != 0 {
		t.Fatalf("offprint export %s: exit %d\n%s", in, code, stderr)
	}
	stem := strings.TrimSuffix(c.file, filepath.Ext(c.file))
	epubPath, pdfPath := filepath.Join(dir, stem+".epub"), filepath.Join(dir, stem+".pdf")
	testtool.QPDFCheck(t, pdfPath)
	testtool.FontsEmbedded(t, pdfPath)

	meta := inspectMeta(t, in)
	book := readEPUB(t, epubPath)
	pdfText := testtool.PDFText(t, pdfPath)
	pdfTitle := pdfInfoTitle(testtool.Run(t, "pdfinfo", pdfPath))
	pdfImages := countPDFImages(testtool.Run(t, "pdfimages", "-list", pdfPath))

	ck := newChecker(t, c.bugs)
	ck.check("title", equal(meta.Title, c.title))
	ck.check("pdf title", equal(pdfTitle, c.title))
	ck.check("epub title", equal(book.title, c.title))
	if c.authors != nil {
		ck.check("authors", equal(fmt.Sprintf("%q", meta.Authors), fmt.Sprintf("%q", c.authors)))
	}
	if c.bio != "" {
		ck.check("bio", hasPrefix(firstOr(meta.AuthorBios, ""), c.bio))
	}
	optional(ck, "lang", meta.Language, c.lang)
	optional(ck, "date", meta.Date, c.date)
	if c.source != "" {
		ck.check("source", contains(meta.SourceURL, c.source))
	}
	if c.headings != nil {
		ck.check("headings", equal(fmt.Sprintf("%q", bodyHeadings(meta.Blocks)), fmt.Sprintf("%q", c.headings)))
	}
	ck.check("epub images", equal(fmt.Sprint(book.images), fmt.Sprint(c.images)))
	ck.check("pdf images", equal(fmt.Sprint(pdfImages), fmt.Sprint(c.images)))
	ck.check("pdf stats", cleanStats(stderr))

	pdfFlat, epubFlat := flatten(pdfText, true), flatten(book.text, false)
	for _, w := range c.want {
		ck.check("pdf has "+short(w), contains(pdfFlat, flatten(w, false)))
		ck.check("epub has "+short(w), contains(epubFlat, flatten(w, false)))
	}
	for _, w := range c.epubOnly {
		ck.check("epub has "+short(w), contains(epubFlat, flatten(w, false)))
	}
	for _, a := range c.absent {
		ck.check("absent "+short(a), absent(pdfFlat, epubFlat, flatten(a, false)))
	}
	for i, u := range markdownURLs(t, in) {
		ck.check(fmt.Sprintf("pdf prints link %d", i+1), contains(squeeze(pdfText), u))
		ck.check(fmt.Sprintf("epub cites link %d", i+1), contains(squeeze(book.text), u))
	}
	ck.done()
	return epubPath
}

// checker runs named checks and knows which ones fail because of a known bug.
type checker struct {
	t    *testing.T
	bugs map[string]string
	seen map[string]bool
}

func newChecker(t *testing.T, bugs map[string]string) *checker {
	return &checker{t: t, bugs: bugs, seen: map[string]bool{}}
}

// check reports problem ("" when the check passed) under name: a failure,
// a skipped subtest for a known bug, or a failure when a known bug is gone.
func (c *checker) check(name, problem string) {
	c.t.Helper()
	c.seen[name] = true
	bug, known := c.bugs[name]
	switch {
	case problem != "" && known:
		c.t.Run(name, func(t *testing.T) { t.Skipf("BUG: %s (see the corpus QA report): %s", bug, problem) })
	case problem != "":
		c.t.Errorf("%s: %s", name, problem)
	case known:
		c.t.Errorf("%s: passes now, remove the known bug %q from the case", name, bug)
	}
}

// done fails on known bugs that name no check (a typo would hide nothing).
func (c *checker) done() {
	c.t.Helper()
	for name := range c.bugs {
		if !c.seen[name] {
			c.t.Errorf("known bug names no check: %q", name)
		}
	}
}

func equal(got, want string) string {
	if got != want {
		return fmt.Sprintf("got %s, want %s", got, want)
	}
	return ""
}

func hasPrefix(got, prefix string) string {
	if !strings.HasPrefix(got, prefix) {
		return fmt.Sprintf("got %q, want it to start with %q", got, prefix)
	}
	return ""
}

func contains(text, want string) string {
	if !strings.Contains(text, want) {
		return fmt.Sprintf("lacks %q", want)
	}
	return ""
}

func absent(pdf, epub, text string) string {
	var in []string
	if strings.Contains(pdf, text) {
		in = append(in, "PDF")
	}
	if strings.Contains(epub, text) {
		in = append(in, "EPUB")
	}
	if in != nil {
		return fmt.Sprintf("%q is in the %s", text, strings.Join(in, " and the "))
	}
	return ""
}

func optional(ck *checker, name, got, want string) {
	if want != "" {
		ck.check(name, equal(got, want))
	}
}

func firstOr(s []string, def string) string {
	if len(s) == 0 {
		return def
	}
	return s[0]
}

// short names a text check by its first four words.
func short(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(len(f), 4)], " ")
}

// cleanStats checks the --stats line of the PDF: no overfull line and every
// note on the page of its call.
func cleanStats(stdout string) string {
	var bad []string
	for _, key := range []string{"overfull", "notes-off-page", "notes-lost", "notes-split"} {
		m := regexp.MustCompile(`\b` + key + `=(\d+)`).FindStringSubmatch(stdout)
		if m == nil || m[1] != "0" {
			bad = append(bad, fmt.Sprintf("%s=%v", key, m))
		}
	}
	if bad != nil {
		return fmt.Sprintf("%s in %q", strings.Join(bad, " "), stdout)
	}
	return ""
}

var (
	quotes     = strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`)
	lineHyphen = regexp.MustCompile(`[-‐\x{00AD}]\s*\n\s*`)
	hyphens    = strings.NewReplacer("-", "", "‐", "", "\u00ad", "")
)

// flatten makes text comparable across outputs: straight quotes, no
// hyphens (the PDF hyphenates, and its line-end hyphens join the halves),
// single spaces.
func flatten(s string, pdf bool) string {
	if pdf {
		s = lineHyphen.ReplaceAllString(s, "")
	}
	s = hyphens.Replace(quotes.Replace(s))
	return strings.Join(strings.Fields(s), " ")
}

// squeeze removes all white space: a URL broken across lines reads whole.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// corpusMeta is the part of `offprint inspect --json` the corpus checks.
type corpusMeta struct {
	Title      string   `json:"title"`
	Authors    []string `json:"authors"`
	AuthorBios []string `json:"author_bios"`
	Language   string   `json:"language"`
	Date       string   `json:"date"`
	SourceURL  string   `json:"source_url"`
	Blocks     []struct {
		Type, Text string
	} `json:"-"`
}

func inspectMeta(t *testing.T, in string) corpusMeta {
	t.Helper()
	code, stdout, stderr := offprint(t, "", "inspect", "--json", in)
	if code != 0 {
		t.Fatalf("offprint inspect --json %s: exit %d\n%s", in, code, stderr)
	}
	var doc struct {
		Meta   corpusMeta `json:"meta"`
		Blocks []struct {
			Type, Text string
		} `json:"blocks"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("inspect --json: %v", err)
	}
	doc.Meta.Blocks = doc.Blocks
	return doc.Meta
}

// bodyHeadings lists the headings of the body, leaving out the Sources
// section that the sources pass appends.
func bodyHeadings(blocks []struct{ Type, Text string }) []string {
	out := []string{}
	for _, b := range blocks {
		if b.Type == "heading" {
			out = append(out, b.Text)
		}
	}
	if n := len(out); n > 0 && out[n-1] == "Sources" {
		out = out[:n-1]
	}
	return out
}

// epubContent is what a reader sees in an EPUB: the text of its XHTML
// documents, its title and how many body images it has.
type epubContent struct {
	text, title string
	images      int
}

var (
	tags    = regexp.MustCompile(`(?s)<[^>]*>`)
	dcTitle = regexp.MustCompile(`<dc:title[^>]*>([^<]*)</dc:title>`)
)

func readEPUB(t *testing.T, path string) epubContent {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("open EPUB: %v", err)
	}
	defer zr.Close()
	var out epubContent
	var text strings.Builder
	for _, f := range zr.File {
		name := f.Name
		switch {
		case strings.HasSuffix(name, ".xhtml"):
			data := readZipFile(t, f)
			text.WriteString(html.UnescapeString(tags.ReplaceAllString(data, " ")))
			text.WriteString("\n")
		case strings.HasSuffix(name, ".opf"):
			if m := dcTitle.FindStringSubmatch(readZipFile(t, f)); m != nil {
				out.title = html.UnescapeString(m[1])
			}
		case strings.Contains(name, "/images/") && !strings.Contains(name, "cover"):
			out.images++
		}
	}
	out.text = text.String()
	return out
}

func readZipFile(t *testing.T, f *zip.File) string {
	t.Helper()
	rc, err := f.Open()
	if err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	return string(data)
}

func pdfInfoTitle(info string) string {
	for _, l := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(l, "Title:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// countPDFImages counts the image rows of `pdfimages -list` (soft masks
// excluded).
func countPDFImages(list string) int {
	n := 0
	for _, l := range strings.Split(list, "\n")[min(2, len(strings.Split(list, "\n"))):] {
		if f := strings.Fields(l); len(f) > 2 && f[2] == "image" {
			n++
		}
	}
	return n
}

var mdURL = regexp.MustCompile(`\]\((https?://[^)\s]+)\)|<(https?://[^>\s]+)>`)

// markdownURLs lists the link targets of a Markdown input: each must be
// printed in full as a footnote of the PDF and cited in the EPUB.
func markdownURLs(t *testing.T, path string) []string {
	t.Helper()
	if filepath.Ext(path) != ".md" {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, m := range mdURL.FindAllStringSubmatch(string(data), -1) {
		u := m[1] + m[2]
		if !slices.Contains(urls, u) {
			urls = append(urls, u)
		}
	}
	return urls
}

// epubcheckBatch runs epubcheck's command-line checker on each file in one
// JVM (Java 11 runs a single source file), printing a marker line before
// each report.
const epubcheckBatch = `import com.adobe.epubcheck.tool.EpubChecker;

public class Batch {
    public static void main(String[] args) {
        System.setErr(System.out);
        for (String f : args) {
            System.out.println("@@@ " + f);
            int rc = new EpubChecker().run(new String[] {"-q", f});
            System.out.println("@@@ exit " + rc);
        }
        System.out.flush();
    }
}
`

// epubcheckAll checks every EPUB and returns, per path, epubcheck's report
// when it found any fatal error, error or warning ("" when clean). Without
// Debian's jar it falls back to testtool.EPUBCheck, which skips or fails
// (in CI) as the other tests do.
func epubcheckAll(t *testing.T, paths []string) map[string]string {
	t.Helper()
	jar := findEPUBCheckJar()
	if jar == "" || len(paths) == 0 {
		for _, p := range paths {
			testtool.EPUBCheck(t, p)
		}
		return nil
	}
	java := testtool.Require(t, "java")
	src := filepath.Join(t.TempDir(), "Batch.java")
	if err := os.WriteFile(src, []byte(epubcheckBatch), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(java, append([]string{"-cp", jar, src}, paths...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("epubcheck batch: %v\n%s", err, out)
	}
	return splitEPUBCheck(string(out), paths, t)
}

// splitEPUBCheck cuts the batch output into one report per file.
func splitEPUBCheck(out string, paths []string, t *testing.T) map[string]string {
	reports := map[string]string{}
	checked := map[string]bool{}
	var cur string
	var buf strings.Builder
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(l, "@@@ exit "):
			rep := buf.String()
			if l != "@@@ exit 0" || strings.Contains(rep, "ERROR") || strings.Contains(rep, "WARNING") || strings.Contains(rep, "FATAL") {
				reports[cur] = rep + l
			}
			checked[cur] = true
			buf.Reset()
		case strings.HasPrefix(l, "@@@ "):
			cur = strings.TrimPrefix(l, "@@@ ")
		default:
			buf.WriteString(l + "\n")
		}
	}
	for _, p := range paths {
		if !checked[p] {
			t.Errorf("epubcheck did not check %s:\n%s", p, out)
		}
	}
	return reports
}

// findEPUBCheckJar finds Debian's epubcheck.jar, or "".
func findEPUBCheckJar() string {
	for _, p := range []string{"/usr/share/java/epubcheck.jar", "/usr/share/epubcheck/epubcheck.jar"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	out, err := exec.Command("dpkg", "-L", "epubcheck").Output()
	if err != nil {
		return ""
	}
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasSuffix(l, "/epubcheck.jar") {
			return l
		}
	}
	return ""
}
