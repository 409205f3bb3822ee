// Package plaintext reads an article scraped to plain text — one paragraph
// per line, the headline first, section headings on short lines of their
// own, front matter (photo caption and credit, byline, date, author bio)
// under the headline and a source line at the end — into the document
// model of package content.
//
// Read builds the document; Explain reports the decision behind every
// line. Both run the same classifier, so what Explain says is what Read
// did. The classifier reads a page the way a person would: it finds the
// title, then the front matter under it, then the tail at the end, and
// treats what lies between as the body. Each rule below is named as in
// Decision.Rule.
//
// blank-line: an empty (or white-space) line separates nothing and is
// skipped; paragraphs are lines, so blank lines between them are optional.
//
// joined-wrapped-line: text saved with hard line breaks (blank lines
// between paragraphs, almost no line over 100 characters, at least 30% of
// lines followed by another non-blank line, at most half of those ending a
// sentence) is unwrapped first: a line that
// fills at least 60% of the wrap width takes the next non-blank line,
// unless that one opens a list item, a quote, a scene break, a byline, a
// date, a source or a picture's label line. The first line's decision then holds the whole
// paragraph; each joined line reports this rule with the same role. Text
// with one paragraph per line is never unwrapped.
// A line ending with a letter and a hyphen takes the next line however
// short it is when that one starts with a lower-case letter: a word was
// hyphenated across the line end. The hyphen is dropped ("inter-" +
// "national" is "international") unless the document writes that word
// with its hyphen elsewhere and never without it ("so-called"). Before a
// capital letter the hyphen stays and no space is put ("Franco-German").
//
// One block per line: a scrape often writes each block on one line with
// no blank line anywhere, each paragraph of prose one long line
// (examples/vox-isis-k.txt). The classifier takes a text for one written
// so when it has no blank line between its first and last visible line,
// and at least three lines of prose (a space or CJK letters in them)
// wider than any wrap width — over 100 columns (maxWrapWidth), a CJK
// letter two — which are more than 5% of its lines: hard-wrapped text
// has at most 5% of its lines longer than 100 characters (long URLs, see
// joined-wrapped-line), verse, addresses, a signature and lists have
// short lines throughout. In such a text a line right under another
// tells nothing, as every block is written so: the rules that ask
// whether no blank line stands between two lines to put them in one
// block (a run of short lines, heading-above-block, block-label,
// heading-long-series, a list's items after a colon, a CJK line against
// a short line: cjk-heading-in-block) take every two lines as set apart
// by one, as in the same text with blank lines between its blocks, but
// for a label and its value: a line that ends with a colon over a line
// that opens with no capital letter ("Фото:" over "личный архив Андрея
// Рудькова", "Ingredients:" over "200 g pasta") is one block, as a page
// with blank lines writes it, so a name over that label stands apart
// from it (heading-above-block) as it does with blank lines. A colon
// line over a line that opens with a capital ("This week:" over "The
// Girl on the Train") leads into a block of its own. The rules that pair
// a line with the line next to it still pair them: a short line with the
// line its sentence runs on into (run-on-line: a stanza quoted in the
// text), a credit with its caption (lone-credit), a name with the
// valediction above it (signature-line), a table's title with its row
// (table-title), an item with the items of its run (run-item). Verse and
// hard-wrapped text, with short lines only, keep all their lines
// together.
//
// boilerplate: a short line that is page furniture rather than article
// text ("Advertisement", "Share this article", "Skip to content", "Sign up
// for our newsletter", "Related: …", "Read more: …", "SEE MORE: …", "Listen to this
// article", "Updated 5 hours ago", comment counters and sharing buttons
// such as "Read 212 Comments", "123 comments", "Leave a comment", "Share
// on Facebook", "Follow us on Instagram") is dropped, unless it names the
// source ("Read more at vox.com").
// Also boilerplate: a blog's taxonomy line ("Filed under: NLP,
// replication", "Tags: …", "Categories: …", "Posted in: …"); what stands for a picture the scrape left out
// ("Image", "Photo", "Foto", "View gallery", "Play video"); a forum's or a documentation
// page's buttons ("Reply",
// "Report", "Quote", "Add a comment", "Improve this answer", "Previous",
// "Next"); a live blog's "Live", "Key events" and "Show key
// events only"; a press release's "FOR IMMEDIATE RELEASE", "NEWS RELEASE",
// "PRESS RELEASE" and "EMBARGOED UNTIL …" (so the headline under them is
// the title); paywall lines ("Regístrate gratis para seguir leyendo", "Si
// tienes cuenta en …", "Suscríbete", "Subscribe to continue …"); "Se
// adhiere a los criterios de The Trust Project"; a broadcaster's
// programme line ("Heard on Morning Edition"); the count over a thread's
// answers or replies, its number first ("4 Answers", "12 replies"); a
// newsletter's issue line ("Issue No. 212", "Issue 61 · Spring 2025");
// a promo that opens "Also:" and a call to see or read ("Also: See Black
// Friday coverage at CNET");
// a broadcaster's "From the section Premier League"; a label over links to
// more stories on a topic, "More on" (in, about) and one to three words
// with nothing after them ("MORE ON EDUCATION"); a recipe blog's "Jump to
// Recipe" and "Print Recipe"; a newsletter's "View in browser"; an
// encyclopedia's "From Wikipedia, the free encyclopedia" and "Contents"; a wire service's "Our Standards: …" line;
// a page number kept from a PDF or print copy ("Page 3 of 8", "- 3 -"
// with spaces, so a press release's "-30-" is still its end mark; a bare
// number may number a section and stays); and a broadcaster's desk line, an outlet's name ending in "News" (with
// an initialism, a number or a known outlet word: not "Good News"), a
// comma and a place ("BBC News, Somerset").
// The list is in boilerplate.go; a line of more than 150 characters is
// never boilerplate.
//
// end-mark: a press release ends with "###" or "-30-" on its own line;
// when at most 15 lines, and at most a third of the text, follow it, the
// mark and what follows (media contact, "About …", references) are
// dropped as boilerplate, except source and copyright lines, which keep
// their meaning. With more text after it, "###" is a scene break. An
// "About …" heading ("About AIMS", "Über uns", "À propos de …"; not
// "About 200 …") at most four lines above the end mark starts the
// issuer's own boilerplate, dropped with it.
//
// gallery-counter: a gallery's counter alone on its line ("Image 1 / 8",
// "1 of 20", "Photo 3 of 18", "Foto 2 de 9") is dropped as furniture.
//
// shop-button: a shop's button under a product in a buying guide or a
// deals post, alone on its line or several set apart by bars, is dropped
// as furniture: a price at a shop ("$159.99 at Amazon", "£999 at Amazon |
// £999 at Currys"), a call to buy it there ("See it now: Amazon", "Get it
// at Walmart for $249.95", "Also at Best Buy") or the bare call ("Buy
// now", "View all prices"). The shop is a name (a capital or a figure
// first, at most four words), so "Shop at the farmers market" and "Buy
// now, pay later" stay headings. The button closes its product's block:
// the short line under it (the next product's name) starts a run of its
// own, also in a text without blank lines.
//
// bracket-promo: a line that is wholly one pair of square brackets (a
// full stop may follow) and at most 300 characters inside is a
// promotion, and is dropped, when it holds a label of one to four words
// and a colon before a title ("[Read: Why Tunisia …]", "[Related: …]",
// "[See also: …]", "[Lire aussi : …]"), or when it names a newsletter or
// an inbox, or when one of its clauses (after a colon, a full stop, a bar
// or a dash) opens with a call to act: subscribe, sign up, download,
// listen, watch, follow … on their own, read, get, see, join, explore …
// with a word of what the page offers (inbox, newsletter, app, more,
// here, our, story, coverage …), in English and the other major European
// languages ("[What you need to know to start the day: Get New York
// Today in your inbox.]", "[Abonnez-vous à notre lettre d'information.]").
// A bracketed line that is the editor's stays, whatever it says: a note,
// a correction or an update ("[Editor's note: …]", "[Correction: …]",
// "[This article has been updated to …]", "[An earlier version of this
// article …]"), a translator's note or a translation ("[N. d. T.: …]",
// "[Anm. d. Red.: …]"), a disclosure or a warning, a transcript's cue
// ("[Laughter]", "[Inaudible]", "[sic]") and a reference ("[1]").
//
// link-row: a row of three or more short link labels separated by " | ",
// without digits or sentence punctuation ("Bookshop | Amazon | Barnes &
// Noble"), is dropped.
//
// button-row: a line of at most six words made only of a button's verbs
// (share, listen, save, print, comment, copy, download) and what they act
// on ("this article"), with one verb at least, in English, German,
// French, Spanish, Italian, Portuguese, Dutch, Swedish or Polish
// ("Teilen", "Artikel anhören", "Deel dit artikel", "Condividi",
// "Compartilhe:"), is the page's row of buttons and is dropped.
//
// page-label: a line of one or two words that labels a box as the
// page's, an ad or a pinned post, in the same languages ("Anzeige",
// "Publicidade", "Publicité", "Pubblicità", "Advertentie", "Pinned"), is
// dropped. The words of both rules and of a promotion's label are in one
// table (chromeWords, chrome.go).
//
// promo-label: a label that puts a link to another story between
// paragraphs ("Read more", "Related Topics", "Seguí leyendo", "Lire
// aussi", "Leggi anche", "Mehr zum Thema"), or a label of two to six
// words all of a promotion's words with one at least that does the job
// ("Read this next", "Explore more on these topics", "You may also
// like", "Lo más leído", "Meer over dit onderwerp"; a reference page's
// "See also" and "Further reading" are headings), is dropped, and so is the
// story title under it when that line is at most 150 characters and the
// line after it is short too (a section heading stands over a paragraph,
// a promo's title does not); up to three more titles under that one go
// too, each when the line after it could head a section (one sentence or
// none, short), so that a heading under the titles keeps its text; so is
// a label and title on one line ("Lire
// aussi | …"). Labels that end the article are read by related-links
// first.
//
// related-links: a header such as "More on this story", "Related Topics", or a
// promotion's label as promo-label reads it,
// "Related stories", "Read next", "Archivado En", "Leggi anche", "Mehr zum
// Thema" followed only by short lines (at most 150 characters: story
// titles and topic tags, at most 30 lines, none of two sentences, and at
// most a third ending with a full stop: short paragraphs of a story are not
// a list of links) ends the article the same way.
// Both look for the end after the first three lines of text, before the
// title, front matter and tail are found.
//
// editors-note-top: an editor's note or correction above the headline
// ("Editor's note: …", "Correction: …", "Clarification: …", "Update:
// …", "Note: …", ending a sentence) is kept as the first paragraph of the
// body and is not taken for the headline.
//
// kicker-line: a section label above the headline ("OBITUARY", "WORLD
// NEWS": one to three words in capitals, at most 30 characters, no
// punctuation) is dropped when the line under it can be the headline
// (more than three words, some in lower case, not front matter). Lines
// of one or two words right over the byline near the top, under the
// standfirst at most ("Weather", then "By Priya Raman"; "Ratgeber",
// "Energie", then "Von Stefan Brückner") are the site's topic tags, a
// paragraph with the same rule name, not sections of the text; a
// heading over a byline lower down (a roundup's signed pieces) stays one.
//
// first-line: the first line that is not blank, boilerplate, a byline or a
// date (scrapes sometimes put those above the headline) is the headline,
// unless it is longer than 300 characters (then there is no title and the
// line is body text). A full stop ending a one-sentence headline is
// dropped; an ellipsis or an abbreviation ("U.S.") is kept.
//
// Front matter: up to eight lines after the title are front matter as long
// as each one is a byline, a date, a source, a caption with its credit or an
// author bio; the first line that is none of these starts the body, with
// three exceptions (byline-name-only, dek-before-front-matter and
// caption-above-credit-line).
//
// dek-before-front-matter: the line right after the title is the subtitle
// (dek) when the next line is front matter (a name-only byline counts), it
// is at most 300 characters and it does not end with a colon.
//
// byline-by: a line of at most 200 characters starting with "By",
// "Written by", "Words by", "Story by", "Text by", "Reporting by",
// "Reported by", "Posted by", "Interview by", "Interviewed by",
// "Review by", "Reviewed by", "Essay by", "Fiction by" or "A story by"
// ("A poem by", "A short story by", "A column by", "An analysis by"),
// followed by names separated by commas, "and" or "&" is a byline. Every
// name must be one to five capitalised words (particles such as "de" or
// "van" allowed), so "By the time we arrived, …" is not a byline. An
// affiliation after a name ("Associated Press", "Staff Writer", "for The
// Times") is dropped, and a date after "|", "·", "—", "Updated" or
// "Published" becomes the document date; so does a date after the names
// ("Posted by Jane Doe on March 3, 2024").
//
// byline-date-by: a blog's "Posted on DATE by NAME" ("Published March 3,
// 2024 by Jane Doe", or without the verb: "February 10, 2024 by Maria
// Lopez"): the words before "by" must be a date line and the rest names
// as above; the date becomes the document date.
//
// byline-name-only also takes the names after a lower-case word for "by"
// (di, da, von, par, por, door, de, by) followed by a capitalised word:
// "di Giulia Ferraresi" is the author "Giulia Ferraresi".
//
// byline-other-language: at the top of the article only (above the title
// or in its front matter), a line of at most 80 characters opening with
// the capitalised word for "by" in German ("Von"), French ("Par"),
// Spanish and Portuguese ("Por"), Italian ("Di") or Dutch ("Door"), or
// a phrase for "written by" or "a column by" in those languages
// ("Erstellt von", "Eine Kolumne von", "Écrit par", "Publicado por"),
// followed by names of two to four name words each, joined by commas or
// the language's "and" (und, et, y, e, en). These words open ordinary
// sentences too ("Par ailleurs, …", "Von Berlin aus …"), hence the strict
// name shape and the position.
//
// A line that is a byline of any of these forms is never a section
// heading, wherever it stands.
//
// byline-job-title: in the front matter, a line right under a byline
// that is only a job title, desk or outlet ("Staff Writer", "Sports
// Reporter", "The Millbrook Courier": at most six capitalised or small
// words, no punctuation, ending with a word such as writer, reporter,
// editor or correspondent, or a newspaper word such as Times, Courier,
// Herald) belongs to the byline and is dropped, so the date under it is
// still found.
//
// A wire story's credit line, clauses joined by semicolons that each
// name who did the work ("Reporting by Yimou Lee; Editing by Kim
// Coghill"), counts as a byline for headings (never one) but stays a
// paragraph, in the tail too: editors are not authors.
//
// byline-wire-service: in the front matter, a line that is only the name
// of a news agency ("Reuters", "The Associated Press") credits the agency as
// the author of wire copy; so does "By Reuters Staff".
//
// byline-name-only: in the front matter, a line of at most 80 characters
// that is only personal names of two to four words each ("Jane Doe and
// John Roe"), or one two-word name followed by a job title ending in a
// word such as editor, correspondent or reporter ("Damian Carrington
// Environment editor"), is a byline when it is not the first line under
// the title or when more front matter follows it, or when every name
// opens with an academic title ("Dr. Helen Okoye and Prof. Martin Sauer",
// a paper's authors above its abstract). The job title is dropped. Under
// the front matter's first line, a line most of whose words the text
// writes in lower case elsewhere ("Better Student Journalism" under
// "Pippin Lee", over an article about student journalism) is no one's
// name and no byline.
//
// date-line: a line that is only a date ("March 25, 2024", "25 March
// 2024", "2024-03-25", "Mar. 25, 2024") with the words that surround dates
// on web pages (Updated, Published, weekdays, times of day, time zones,
// "at", "on") sets Meta.Date. A publication date wins over an update date.
// Month names and abbreviations are read in English, Spanish, Italian,
// French, German, Portuguese and Dutch ("12 mar 2024", "25 settembre
// 2024", "1er mars 2024", "12. März 2024", "12 de marzo de 2024"), and
// so is a German date in figures ("10.01.2024, 06.12 Uhr"); "Aktualisiert",
// "publié", "actualizado" and their kin are date words too.
//
// date-line-top: a date alone on its line (a date line or a place and
// a date line, as above; a German "12. März 2024" is no list item) that
// stands in the body near its top — among its first eight lines, before
// its second paragraph of prose, and the body's only line that is a date
// alone, so a timeline's dates stay its text — is the article's date
// printed under the byline or the lead photo ("Feb. 21, 2019" under a
// caption). It sets Meta.Date when no date line or byline of the front
// matter, above the title or in the tail names one; otherwise it is
// dropped as page furniture.
//
// date-line-place: a line of at most 80 characters that names a place
// (one to four capitalised words, not a "by" word) and then, after a comma
// or a dash, is a date line ("Madrid - 12 mar 2024 - 13:45 CET", "Berlin,
// 12. März 2024") sets Meta.Date the same way.
//
// Credit labels include a cartoonist's or staff photographer's ("Cartoon
// by Lars Kenseth", "Staff photo by …", "Submitted photo", "File photo"),
// other languages' ("Foto: La Nacion", "Bild: …", "Imagen: …") and a
// wiki's "Credited to …". In a "Name/Agency" credit every part joined by
// the slash is capitalised, holds a capital ("iStock") or is a lower-case
// agency ("dpa"), so "Mark Stout/iStock/Getty Images" and "© Michael
// Kappeler/dpa" are credits; a slash standing between words marks a
// credit of four words or more ("The Spruce / Ana Cadena", not
// "Equipment / Tools").
//
// credit-parenthesised, credit-label, credit-agency: a photo credit ends a
// caption line (or is a whole line). It is a bracketed credit at the end
// ("(AP Photo/Efrem Lukatsky)", "(Photo by Jane Doe/Reuters)"), a labelled
// credit after the end of a sentence ("Photo: Jane Doe", "Photograph by …",
// "Courtesy of …", "Illustration by …", "Bildquelle: …", "Titelbild: …",
// "Photographer: …"), or a name credit: up to four
// capitalised name words with a "Name/Agency" word, "via Agency", "for
// Publication" after a name of two words or more (so "Tips for Success"
// is no credit), or a known agency at the end ("Sefa Karacan/Anadolu via
// Getty Images", "Jane Doe for The New York Times", "Getty Images"); the
// wire services of bylines (article.IsWireService: "Ansa", "PA Media")
// count as agencies. In brackets a picture word may stand without its
// colon ("(foto Reuters)"). A name
// credit starts after the end of a sentence, or, when the caption has no
// full stop, its name part has at most two words. Credits never contain a
// lower-case word other than "via", "for" and name particles.
//
// credit-glued-label: a one-word credit label without its colon — the
// one-word labels of the credit labels above ("Credit", "Photo",
// "Image", "Foto", "Bild", "Crédit", "Crédito"), in one table — that is
// glued to the caption's last sentence, to the credit or to itself, as
// a browser's copy of a page that prints the label once for screen
// readers and once on screen leaves it ("…seeped
// underground.CreditCreditChang W. Lee/The New York Times",
// "Credit...Illustration by …"), opens a credit: the label (with a
// colon or an ellipsis after it, repeated up to three times) is
// dropped, and what follows it is the credit when it reads as one — a
// name credit, a labelled credit ("PhotoCourtesy of …" keeps "Courtesy
// of …") or capitalised credit words, with initials ("Chang W. Lee") and
// dashes between its parts ("Agence France-Presse — Getty Images"). A
// repeated label may follow a caption without a full stop. A label
// standing as a word of its own after the end of a sentence ("… agents.
// Credit Ashraf Shazly/AFP") counts only before a name credit whose name
// has two words or more, so "… fell. Credit Suisse/Reuters" keeps its
// bank.
//
// caption-before-credit: the text before a credit on the same line is the
// caption (less a label opening it: "Photo: ", "Pictured: ", "Above: "); caption and credit make a content.Figure without an image. In
// the body the caption must be at most 300 characters, so a long paragraph
// ending with a capitalised name is not mistaken for a caption.
//
// caption-above-credit-line: a paragraph of at most 300 characters, not
// ending with a colon, right above a line that is only a credit, is that
// credit's caption — unless a picture's placeholder ("Image", "Photo")
// stands between them: it opens the next figure.
//
// credit-after-caption: in the body, a line that can only be a credit
// once a caption stands above it — a name in brackets ("(Jim Bartsch)",
// not a stage direction in capitals) or, when the line above speaks of a
// picture ("photographed", "pictured", "portrait", "circa", ", left,"), a
// lender's name of one to six capitalised words with an institution word
// such as Library, Museum, Archives, Collection, Foundation or Family
// ("Library of Congress") — right under a one-sentence paragraph of at
// most 300 characters is that picture's credit, and the paragraph its
// caption.
//
// credit-like-others: on a page whose pictures already have two captions
// or more over credit lines, a name of one to four capitalised words (not
// set in capitals, no punctuation at its end: "Berkeley Earth", "NASA
// Worldview") between a one-sentence caption of five words or more ending
// with a full stop and a paragraph of at least 15 words is one more
// picture's credit, and the sentence its caption: a page credits its
// pictures alike, and a section heading stands over its text, not under a
// caption.
//
// image-label-pair: a BBC-style page keeps, for each picture, two
// labelled lines, "Image source, Getty Images" (the credit) and "Image
// caption, Pumps were brought in …" (the caption), in either order and
// anywhere in the text; older pages write "Image copyright EPA" and
// "Image caption Eva-Marie Persson said …", and a video's "Media caption
// …", its label often glued to the text by the copy ("Media captionWho
// is Julian Assange?": glued text must open with a capital or a figure,
// so "Image sources vary" is prose). Each pair becomes one Figure at its
// place; a lone label makes a Figure of its own. The video player's
// "Media playback is unsupported on your device" is boilerplate. Label lines are never headings,
// paragraphs or front matter, and hard-wrapped text is never joined to or
// from them.
//
// caption-below-credit: in the front matter, a credit that names one
// picture's author ("Foto: Christoph Soeder / dpa", not "Photographs by
// …") with no caption above it takes the line under it as its caption
// when that line is a phrase of four words or more, at most 150
// characters and one sentence ("Ein ICE im Hauptbahnhof Berlin"): some
// sites print the credit over the caption.
//
// credit-contributor: in the front matter, a credit with no caption on its
// line or right above it ("Photographs by Jane Doe", "Illustrations by
// Sam Lee") credits the article's pictures, not one picture. It becomes
// the credit of the document's first figure that has no credit of its
// own; when there is none (a scraped page keeps no picture, or each
// caption has its credit) it is dropped, as no picture is left to credit.
//
// author-bio-name-verb: an author bio starts with a personal name of two or
// three capitalised words (not "The …", "This …") followed by a verb such
// as covers, is, writes, reports, joined. It may follow a credit on the
// same line (scrapers run caption, credit and bio together), in which case
// the name is where the credit stops; otherwise it must open its sentence
// and speak of journalism (reporter, writer, editor, covers …). The bio
// runs to the end of the line and becomes Meta.Authors[i].Bio for the
// author of that name (added when no byline named them). Bios are found in
// the front matter and in the tail, never in the body. The journalism
// words count as whole words only ("typewriters" names no writer). On a
// line of its own in the front matter, such a bio must be about a byline
// author, or, when no byline names anyone, must not be followed by a line
// that goes on about the same person (its surname: "Whitcombe said …"):
// a lede that opens with a person's name and "has" or "is" is body text.
//
// author-bio-byline-name: in the front matter and the tail, a line of at
// most 400 characters that opens with the full name (two words or more)
// of an author named by a byline at the top (a name-only byline in the
// front matter counts), followed by a bio verb ("Maria
// Lopez is a transportation planner …"), is that author's bio, even when
// it does not speak of journalism: the byline vouches for the name.
//
// print-edition-note: in the tail, a newspaper's note "A version of this
// article appears in print on …" is page furniture and is dropped, and so
// is a magazine's "This article appeared in the April 2024 issue" (an
// issue or edition named in at most 40 characters).
//
// rights-line: in the tail, a copyright statement ("© 2024 Vox Media",
// "Copyright 2024 The Associated Press. All rights reserved.") of at most
// 250 characters becomes Meta.Rights.
//
// source-label, source-bare-address: in the tail (the last four lines,
// read backwards, which may also be bylines, dates, rights or bios) or the
// front matter, a source line names where the article was published. It is a
// label followed by a URL, a domain or a publication name — "Source:",
// "Via", "From:", "Originally published at", "First published in", "Read
// more at", with up to one typing error (two for long labels), so
// "Sourse: vox.com" counts; in other languages "Quelle:", "Source :",
// "Fuente:", "Fonte:", "Bron:" with their colon — or a line that is only
// a URL or a domain. A
// date ending the value ("Source: CNN, March 25, 2024") is left out. A
// domain gives SourceURL "https://" + domain; the publisher is the named
// publication, else the site's name: a small table of well-known sites
// whose name is not their domain, else the registered domain's first label
// capitalised ("vox.com" is "Vox"; three letters or fewer make an
// initialism: "cnn.com" is "CNN"; hyphens become spaces). A guessed name
// gives way to the name as the article spells it: capitalised words whose
// letters are the domain label, "The" allowed ("The Daily Ledger" for
// dailyledger.com). On blogging platforms (substack.com, medium.com …) the
// blog's subdomain names it. A value that reads like a sentence ("Source:
// a person familiar with the talks said …") is not a source, so a real last
// paragraph is never swallowed.
//
// list-bullet, list-number: in the body, a line starting with a bullet
// ("- ", "* ", "• ", "◦ ", "▪ ") or a number of at most three digits with
// "." or ")" ("1. ", "2) ") is a list item; consecutive items of the same
// kind make one content.List (blank lines between them allowed), numbered
// lists keep their first number.
//
// list-after-colon: two or more consecutive short paragraphs (at most 120
// characters and one sentence each) right after a paragraph ending with a
// colon are the items of a bulleted list that lost its bullets. The items
// end alike, all without punctuation or all with a semicolon or comma (the
// last may end with a full stop); the first that ends otherwise is not an
// item, so the paragraph after the list stays one. Items are alike in form
// too: a "Label: text" line does not continue a list of plain items.
// Sentences ending with full stops after a colon are prose, not items.
// A line ending with a colon ("Cons:") is no item: it opens a list of its
// own. When the first two items stand line under line, a blank line ends
// the list, so a heading after it ("Verdict") stays a heading.
// A capitalised line after items that all open in lower case or with a
// digit ("fever", "fatigue", then "Causes") is no item either: a heading
// follows the list.
//
// interview-q-and-a: a body paragraph opening with a question label ("Q:",
// "Q.", "Question:") and, when the body has such a question, one opening
// with an answer label ("A:", "A.", "Answer:"; without questions "A." is
// an initial) is a line of an interview: a paragraph whose label is bold,
// never a heading, however short the question.
//
// transcript-speaker: when at least two body paragraphs open with a
// speaker label in capitals — a name of one to four words, an optional
// role after a comma, then a colon and text ("INSKEEP: ", "RACHEL NGUYEN,
// BYLINE: ") — the text is a broadcast transcript: each such paragraph
// prints its label bold and is never a heading, however short the line;
// a label alone on its line ("STEVE INSKEEP, HOST:") is bold whole.
// A podcast's labels in title case ("Terry Gross: ") count when at
// least two labels each open two paragraphs or more; a label seen once
// ("Update: …", "Pros: …") is no speaker.
//
// quote-marker: a body line starting with ">" is a paragraph of a quote.
//
// pull-quote-repeated: a body line that is one quotation with nothing
// outside it is a pull quote when it repeats another line of the article:
// pull quotes repeat the text, lightly edited, so at least 70% of its pairs
// of consecutive words (and at least four) appear in one other line, or at
// least 80% of its words (and at least five; a final "s" aside, so
// "follows" matches "follow") are words of the quotations of one other
// line. Such a pull quote is dropped, with its attribution line if it has
// one, so the sentence is not printed twice; Explain reports it with the
// role "pull-quote". Of two lines that repeat each other, only the first
// is dropped.
//
// pull-quote-attributed: a line that is one quotation, repeats nothing and
// is followed by an attribution ("— Jane Doe, mayor") is a quote; the
// attribution joins it.
//
// heading-short-unpunctuated, heading-short-question, heading-title-case:
// a body line is a level-2 section heading when it starts with a capital
// letter or a digit, has at most 100 characters and 15 words, holds a
// single sentence, and either ends without punctuation ("What we know
// about ISIS now"), or is a question of at most 10 words, or is a
// title-case phrase of two to six words ending with one full stop
// ("Enter: ISIS-K."). It must be followed by body text (a paragraph, list,
// quote or caption), not by the end of the body. A line ending with a
// comma, colon, semicolon or dash introduces what follows and is never a
// heading, nor is a sentence in sentence case ending with a full stop.
// A section's number that opens the line ("III. Challenges") ends no
// sentence, nor does an exclamation or a question mark before a word in
// lower case ("Examining the 'a-ha!' moment"); a permalink mark after
// the line ("Do we need non-standalone Wasm? #", "Installation ¶") is
// the page's, and the tests look at the line without it, as they do
// without a listicle's rank before it ("#1 Spielebogen"). A number in a
// circle or brackets may open it ("①Visual Studio Code"), and the
// full-width marks of Chinese and Japanese count as their ASCII kin ("。"
// ends a sentence, "？" asks).
//
// heading-cjk-short: Chinese, Japanese and Korean text has no capitals
// and no spaces, so a line written in those scripts (at least two CJK
// letters, and half as many as letters of other scripts) is measured
// otherwise: a CJK character counts half a word; the line must hold no
// sentence end ("。", "！", "？" and their full-width forms) inside it (a
// question quoted before a particle, "何て言う？の右側", is none), must be
// no quantity ("51ページ"), and must end without punctuation
// ("あらすじ・内容") or be a question of at most 10 words ("ブール型っ
// て？"). Such a candidate is still no heading when it is the body's
// first line, under the headline: its byline or standfirst
// (cjk-heading-under-title); when it is written right against a short
// line above or below it that ends with no full stop, without a blank
// line between, as an item of a list or of a table of contents is ("1章 コンピュータ的に考える：始めよ
// う" over its sections: cjk-heading-in-block); when it opens with a
// label of at most four characters and a full-width colon ("图注：…":
// cjk-label-line); when it ends as a Japanese sentence in the polite
// style ("写真はイメージです", "…しました", "…ください":
// cjk-polite-sentence); when a bullet or a note's mark opens it ("・",
// "※": cjk-bullet-line); when it opens as a byline does ("记者 张三",
// "文／山田太郎": cjk-byline-line) or as a picture's caption does ("图为
// …", "写真は…": cjk-caption-line); when it is a button's, a link's or
// an ad's words ("広告", "続きを読む", "分享到": cjk-interface-line); when
// it is a story's end mark ("おしまい", "全文完": cjk-end-mark). Over
// 10 words it is a caption or a
// standfirst that lost its stop (long-unpunctuated). A heading in CJK
// text over a line of figures or a quantity ("付与コイン" over "8/15 (月)
// 09:59まで", "付与コインの内訳" over "480コイン") labels a price, a date
// or a count: a paragraph (cjk-heading-over-figures). A short line
// paired under a heading in CJK text (heading-pair) is the heading's
// deck, text rather than a second heading (cjk-no-sub-heading).
//
// A line that passes these tests is still no heading when it is a line
// of dialogue, one quotation with nothing outside it ("“Richy?”",
// "“Is Mr. Hale at home?”": dialogue-line); a line wholly in brackets, a
// stage direction or an editor's insert ("(SOUNDBITE OF MUSIC)":
// bracketed-line); a publication stamp with a year and a time of day,
// or a date label with a date in figures, that the date rules could not
// read ("Publié le 18 juin 2024 à 11h02", "Published: 05/12/2023":
// date-stamp-line); a note of sources ("Quelle: ZEIT ONLINE, dpa":
// source-note); a line of facts, a short label, a colon and a value with
// a figure ("Asking price: $2.4 million", "Weight: 250g": fact-line); or
// a correspondent's "Reporting from Monson, Maine" (reporting-from); or a
// caption that carries its picture's credit after its first word, "©" or
// a credit's label and a name ("So wird in Deutschland geheizt ©
// Quelle: BDEW", "Demut hinter Masken Foto: Adobe Stock":
// caption-with-credit). These stay paragraphs; Explain names the rule where
// the line would otherwise have been a heading. The Spanish opening marks
// "¿" and "¡" do not count when the heading must start with a capital.
//
// Nor is a short line a heading when it is a row of table cells parted
// by bars or tabs (table-row), or a date alone (date-stamp-line): neither
// counts among the short lines around it, and a date under a line is no
// text for it to head. Other lines stay among the short lines around them
// but head nothing: the label of a tip or a warning ("Tip", "Note",
// "Warning": callout-label); the label of a table or figure ("Table 1", "Fig. 2":
// figure-label); a line with a tab in it, a row of a table whose cells
// the copy parted by tabs ("Surface area<TAB>1,893 km2": table-row); a
// line that holds more figures and signs than letters, not counting
// spaces, a section number alone aside ("4.3333333333333333", "2, 3, 5,
// 12", "48.1k": figures-line); a picture's caption that ends with its
// photographer's name in brackets ("Glass cloche terrariums (Lucy
// Akins)": caption-named); a label ending with "by" ("NEWS PROVIDED BY") or a credit
// ending with "by" and a name ("Fact checked by Emily Park": by-label);
// the line of a comment's writer, "NAME says", a user name with "_" or
// "@", a name with its surname's initial ("Lisa R."), a line right
// under a user name, a name two lines under such a commenter's line
// (the reply), or, below the line that opens a page's comments ("12
// comments", "12 commentaires", "Kommentare"; a counter above the body's
// first paragraph of prose is a button by the byline and opens
// nothing), a name or a single
// capitalised word ("Sophie") (commenter-line); a line of at most four words that
// the body holds twice or more, once at least over no prose, a section
// name aside — a page's button or a commenter's name (repeated-line); a
// longer line the body prints three times or more, each copy after the
// first right over another candidate that heads prose — a gallery's title
// over each slide's title — is a heading the first time only
// (repeated-line); a
// subheading that a roundup repeats over each pick's text stays a heading. By what stands
// around them: a line over an e-mail address, a phone number or a web
// address is a contact (contact-line); a name (two to four capitalised
// words, or names joined by "and" or "&") next to a date or a stamp with
// a year and a time is a byline or a comment's signature (name-by-date);
// "NAME, Place" right under a paragraph that ends a sentence signs a
// letter (signature-line); a line naming a journalist's job under a
// byline is the author's (byline-job-title); a short label and value
// ("Referee: Tom Spencer.") next to another is a fact (fact-line); a
// number alone that counts with no other ("51", where no "50" or "52"
// heads a section; "1" may stand alone) is no section number
// (lone-numeral); five or more section numbers, three in four of them
// over a single paragraph with the next number at most three lines down
// ("12." over each citation of a paper's references), number a list's
// entries and head nothing, though they stay among the short lines
// around them (entry-numerals); five or more numbered candidates, half
// of them questions, with at most twenty words under the median one
// before the next candidate or list item, are the entries of a page of
// jokes or a quiz ("1. What do you call an ant who fights crime?" over
// "A vigilante!") and head nothing (short-entries); a candidate over one
// paragraph and a button ("Mehr erfahren", "Read more", "On"), the same
// button in any case under at least three such cards, or right over a
// line of facts that opens with the same label under at least three
// ("Autor: …, Datum: …"), is the title of a card in a list of teasers or
// of a blog's other posts and heads nothing (card-title); a line whose sentence the line right under it goes on
// with, opening in lower case and ending with punctuation ("Under the
// ice, a voice", then "clears its throat."), is a line of verse or of a
// wrapped sentence (run-on-line); a month and a year alone above the
// body's first paragraph of prose ("April 2024") is a magazine's issue
// (date-stamp-line). Like a repeated line, a line between two lines of
// page furniture is one of a page's buttons ("Like" between "Share" and
// "Comment": amid-furniture), and a line over one that opens with a
// credit's label ("Credited to …", "Photo: …") though the rest reads as
// no credit is a caption (over-credit-line); both stay among the short
// lines around them. Explain names the rule on each such line.
//
// metadata-line: a short line that tells about the article rather than
// heads a part of it — one with a reading time, in English or another
// major European language ("Fiction · 14 min read", "Lesezeit: 4 Min.",
// "5 minutos de lectura"), with a full date ("Last medically reviewed on
// January 9, 2024"), or a month and a year with the word for an issue
// ("June 2024 Issue") — stays among the short lines around it and heads
// nothing; so does a byline that goes on after its name (byline-line:
// "By Dana Whitfield dwhitfield@…", "Por Rafael Nogueira, de Corumbá
// (MS)", "Reviewed by Nina Patel, certified bike mechanic", "Maya Chen,
// reporting from Atlanta"; "By The Numbers" names no one), and the label
// of a table or figure with its title ("Table 1. Open-access networks",
// "Abbildung 3: …": figure-label). Neither is a live blog's post title.
//
// new-tab-link: a candidate that ends with the note a copied link keeps,
// "opens new tab", "(opens in a new window)" or its German, French,
// Spanish, Italian, Portuguese or Dutch form, is a link's text and heads
// nothing (a credit line that ends so stays a credit).
//
// code-line: a candidate with a sign of program code (a snake_case
// identifier, "()", a call such as "avg(n)" (a letter right before a
// bracket), " = ", "=>", "->", or ending with ";", "{" or "}")
// next to another line with one is a line of code, no heading; an
// identifier in a heading alone ("Tuning max_connections") is no code.
//
// signature-line also takes a candidate right under a valediction, a
// line of at most four words ending with a comma ("IN SOLIDARITY,",
// "Best wishes,", "Cordialement,"): it signs the letter. It takes too a
// line in the article's second half that repeats the byline of its top
// without "By" or "Par" ("Cécile Ducourtieux(Bruxelles, bureau
// européen)"), and every candidate under it: the article is signed and
// over, and a box the page prints there (its questions about the
// subscription) heads no section of it.
//
// A command line or a setting alone between paragraphs (a crontab's
// line, "PATH=/usr/bin:/bin", an attribute given its value in quotes) is
// a line of code too (code-line), with no line of code next to it.
//
// author-box: the label of the box about the author at an article's end,
// in English and the other major European languages ("About the author",
// "Über den Autor", "À propos de l'auteur", "Sobre la firma",
// "Sull'autore", "Over de auteur"), is dropped.
//
// newsletter-box: a heading candidate of at most twelve words that opens
// asking to sign up or subscribe, or names a newsletter or an inbox, in
// the languages above ("Sign up to First Edition", "Free daily
// newsletter", "Get the best stories straight to your inbox",
// "Abonnieren Sie unseren Newsletter"), is a newsletter's box, never a
// section's heading, and is dropped; so each line of the box goes, and
// neither makes a pair of headings with the other.
//
// over-caption: a candidate of eight words or more right over a
// picture's caption or credit is a caption or a standfirst (a slide's or
// a section's title is shorter); it stays among the short lines around it
// and heads nothing. A short line the page prints again among the tags
// under a promotion's label ("Film" over the picture, and under "Explore
// more on these topics") counts as repeated (repeated-line).
//
// heading-wh-label: in a run of short lines, a clause of two to six
// words that opens with a wh-word and asks nothing ("What you'll do",
// "What You'll Need") heads the short lines under it when the line under
// it is another short line that is no such clause and no table of
// contents' entry.
//
// heading-list-label: a run of short lines that opens right under a full
// sentence of prose (a list that lost its bullets is led in by a line
// ending with a colon) opens with its label when its first line has at
// most four words and no figures and each of the three lines under it is
// longer ("In this episode", then the episode's topics) — unless the
// first two of them, their section numbers left out, open lines further
// down: they are a table of contents ("Índice", then "1 Etimología").
//
// heading-sub-label: inside a run of short lines headed by a label
// (heading-list-label or heading-section-name), a line of at most four
// words and no figures, with fewer words than the item above it and each
// of the two under it, labels the items under it as the first label did
// ("Against" after "For" and its items, "For the topping" among the
// ingredients). Under a section's name it needs two words at least:
// "Pepper" among the ingredients is one of them.
//
// heading-edit-link: a wiki page copied whole glues its edit link to
// each section heading ("History[edit]", "Etimología[editar]"). When at
// least two paragraphs end with the same bracketed word glued to them,
// each one whose text without it passes the heading tests heads the text
// under it, whatever stands around it, and the heading reads without the
// link. Such a heading may open in lower case ("pdf.js[edit]"): the
// link marks it, not its capital; and it heads its section even under a
// paragraph ending with a colon, which would have made it the item of a
// list (list-after-colon).
//
// without-edit-link: on such a page (two headings at least with their
// edit link), a heading without the link is turned back into a
// paragraph: the page marks every section's heading, so a short line
// without the mark is a picture's caption ("SeaMonkey logo"), the page's
// chrome ("Jump to search") or a lead-in ("Proof:").
//
// heading-toc-entry: when at least two lines of a run of short lines come
// again, once each, later in the body, the run is a table of contents and
// those later lines are headings, even right under another short line.
// A leading emoji set apart by a space ("🏛️ City Hall") does not count
// when a heading must start with a capital; "©", "®" and ASCII signs
// such as "^" are no emoji ("© Chloe Martin", a wiki's "^ Persona" are
// no headings).
//
// breadcrumb: a trail of a page's sections parted by "›" or "»" ("Home ›
// Health A to Z › Shingles"), or starting at "Home" and parted by ">" or
// "/", is page furniture wherever it stands.
//
// narrative-question: a question that belongs to the text around it is
// no heading: one that opens with a connective ("So what now?", "But
// why?") goes on from the paragraph before it, and in a story told in
// dialogue (three lines of dialogue or more, and fewer than two
// headings in words amid its prose: a text with sections quotes rather
// than tells) a short question on its own line ("Who leaves a coat?") is
// the narrator's.
//
// interview-question: a magazine interview printed without "Q:" labels:
// when the body has at least three questions on lines of their own, some
// short, at most six lines apart on average from the first to the last,
// and half of them speak to "you" ("How did you decide what
// stayed?", "vous", "Lei"…) or are answered, in the paragraph under them,
// in the first person ("I didn't, really.", "je", "ich", "mi"…; an
// answer that ends with a question mark right under its question is no
// question) or by a speaker's name ("Auerbach: …"), the
// short ones are the interviewer's questions, printed as bold paragraphs,
// not headings. An explainer's questions ask about the subject ("Is the
// milk safe to drink?") and stay headings, as do a recipe's few questions
// far apart.
//
// heading-pair: two heading candidates, and only two, between lines that
// are no candidates, with body text under the second, are a heading and
// its subheading ("Career", then "Early discoveries"; "MUSIC", then
// "Chicago Jazz Festival"): the first is a level-2 heading by its own
// rule, the second a level-3 heading. A first line with digits, or a
// second whose words are half figures or more, two at least (score lines,
// table rows: "Ireland (20) 27"), makes no pair, but a numbered heading
// can be the second ("Our picks", then "1. Best overall: Roborock Q5
// Pro"). A second line of words with figures in them ("Vape Wave
// (documentaire, 1h28, Planète+)", "6 Days (film, 1h34, Netflix)", a film
// under the heading that recommends it; "★★★★★ 4.9 from 212 reviews"
// under a recipe's name) makes the pair but stays a paragraph.
//
// heading-colon-label: a label of at most five words ending with a colon,
// capitalised, with no comma or other colon in it and a paragraph under
// it ("Getting there:", "Where to stay:"), is a heading candidate when
// the body has at least two such labels: a page that heads its sections
// with colons does so throughout, while a lone line ending with a colon
// introduces what follows. A label over a list ("Pros:", "Ingredients:")
// stays the list's lead-in, unless at least two labels of two words or
// more open with the same word, each over its list, one right under the
// other's list: "For the vegetables:", "For the ricotta filling:", "For
// assembly:" among a recipe's ingredients, "Pour la pâte brisée :" and
// "Pour la garniture :" name the parts of one list, and are headings.
// Code ("ELSE:"), lead-ins of different words ("Share this:", "Like
// this:") and lead-ins with prose between them ("For example:" here,
// "For more walks:" there) stay paragraphs. Labels of one or two words
// printed twice or more, when two such labels take turns ("Anne:",
// "Sunshine:", "Anne:"), name the speakers of a conversation: lines of a
// transcript (transcript-speaker), bold whole, never headings.
//
// heading-section-name: a conventional section name ("Ingredients",
// "Method", "Pros", "Cons", "See also", "References", "Zutaten",
// "Préparation", "Benodigdheden", "Składniki", "What you'll need",
// "Substitutes", "Also consider", "Requirements", "Timestamps",
// "Transcript", "Player of the match" …: the list is sectionNames in
// heading.go) among other short lines (where short-line-run would
// keep it a paragraph) is a heading when another such name stands in the
// same run of short lines or right next to it, or a heading stands
// above it in the run ("Benefits" under the list that "What we're
// looking for" heads) — "Ingredients" over the ingredients and "Method"
// under them, "Pros" and "Cons" over their
// items — and body text follows it. A lone name in a run stays a
// paragraph, as the run may be a list that names things, unless it is
// the run's last line, right over prose: "Verdict" under the list of a
// review's cons, "Introduction" under a tutorial's tags, "Line-ups"
// under the player of the match, each over the text it heads; or its
// first line, right under prose: "External links" over the links. A name
// over another short line ("Notes", then "Serve warm") stays in its run.
//
// heading-numbered: a numbered line ("1. Give your keys one home") that
// stands alone — no list item right before or after it — and passes the
// heading tests is a numbered section heading; its number stays in the
// text. When three such lines at least count up one by one ("1. The Salt
// House, by Min-ji Park", "2. Low Water, by Owen Price", …) with prose
// between each and the next, they number the article's sections: each
// one over prose is a heading even right under another short line (a
// listicle's "Fig Tree, £18.99, out 11 September" under the previous
// pick), and even with one short line between it and its prose (a
// video's title, "Volker: Allegations against Biden are \"not
// credible\"", under "2. Never urged Ukraine to investigate Joe Biden";
// "3.1 The markets are good" under "3. Results"). An entry of such a
// series too long for the heading tests (up to 200 characters, ending no
// sentence) is a heading too when the entry numbered one less or one
// more is one: a listicle heads its entries alike.
//
// heading-before-prose: the body's first paragraph of prose (a
// paragraph, dateline or quote of at least 10 words ending a sentence,
// or of at least 25 words) starts the article's text. A heading above it
// is turned back into a paragraph, but for the one right above it with no
// line between them, when another heading follows in the body (the first
// section's heading; a lone label over the prose is a kicker: "Weather",
// "Design"), and for those that are
// one wherever they stand (a conventional section name, a section
// number, a label over a list, a wiki heading with its edit link, a live
// post's or a how-to step's lead): short lines between the headline and
// the prose are breadcrumbs ("News", "Local News"), section labels and
// buttons ("Download PDF", "Jump to search") far more often than
// headings. Text without prose (verse, a gallery) keeps its headings.
//
// name-at-top: a name alone (two to four capitalised words, not all in
// capitals, or names joined by "and", "&" or a comma) on the first line
// of the body, above
// its first prose, whose words the text never writes in lower case
// ("Nicolas Perriault" under the headline; not "Our Verdict", as the
// text says "our"), is the byline a copy left without its "By", not a
// heading: its names are the article's authors (when they read as names,
// see byline-name-only), else it stays a paragraph.
//
// long-unpunctuated: a line without final punctuation of more than ten
// words (a run of Chinese or Japanese characters counts one word for two)
// is a picture's caption or a standfirst that lost its full stop, not a
// heading ("Emergency workers survey the damage from a boat on Friday
// morning"): it stays a paragraph, though it still counts among the
// short lines around it. A line of at most fifteen words that opens with
// a question word ("Why", "How", "What", "When", "Where", "Who",
// "Which") and stands alone between lines of prose is the exception: an
// explainer's heading that asks without its question mark ("Why Delhi's
// air pollution gets so bad this time of year").
//
// heading-after-prose: a heading under the body's last paragraph of
// prose is turned back into a paragraph when it heads no text: before the
// next heading, and within eight lines, no caption, no contact's lines
// and no line ending a sentence ("Kraków" among the tags, "Zobacz także"
// over another story's title, "Källa: Naturvårdsverket"). It stays when
// it is one wherever it stands (as above) or shares its form with a
// heading amid the prose: numbered ("13. Contact" after "12. Changes"),
// in capitals ("QUOTE OF THE DAY") or a question.
// A label over a run of short lines (heading-list-label,
// heading-sub-label) gets no such pass there: under the prose, the run is
// an author's box ("Julien Marchand" over his bio) or links to other
// stories more often than a list.
//
// heading-numeral: a section number alone on its line ("II.", "IV", "3")
// is a heading under the same conditions of position.
//
// Lines of real pages that a reader sees as something else than a
// heading, by their wording or by the lines around them (falsehead.go):
// promo-line, a call to read, watch or learn more ("Learn more about
// WebIDE", a promotion's verb with a promotion's noun) or a widget's
// credit ("Powered by …"); media-label, the label of a map, a video or a
// chart with its title ("Map: …") or a button alone ("Watch", "View
// Images", "Advert"); open-bracket-line, a line ending with "(", "[" or
// "{" (code); courtesy-line, a courtesy credit or a copyright notice
// ("VIDEO COURTESY OF …", "(C)…"); link-text, a line with a web address
// or a social handle (an embedded post, "Name@handle"); column-line,
// words set in columns by runs of three spaces; name-caption, a name
// alone with a full stop ("Megyn Kelly.", a portrait's caption);
// colon-lead-in, a line ending with a colon that goes on with the story
// (opens with a subject pronoun, a conjunction or "here", ends with a
// verb of speech, or quotes: "She is still trying:"); table-title, a line
// right over a table flattened into one line of names and figures;
// echo-caption, a line of three words or more, four fifths of them among
// the first fourteen words of the prose paragraph right above it (the
// label of the chart that paragraph described); after-lead-in, a line in
// the first or second person under a paragraph ending with a colon (the
// quotation it announced); bio-name, a name over a paragraph that opens
// with it (the author's box); block-label, on a page that sets its
// paragraphs and two headings at least apart with blank lines, the short
// lines of a block of lines written line under line holding two
// candidates or more (the labels of a list's items); toc-zone, the
// entries under a line naming a table of contents ("Contents", "目次")
// down to the first paragraph of prose, but the last one, which heads
// that prose unless its text comes again further down (then it is the
// table's entry for that section: "FAQs"); a page's "Jump to a section"
// names such a table too (the line naming the table, over two entries or more, is
// the table's title, dropped as furniture: toc-title); repeated-label, one text over three candidates in a row
// ("Amazon" over each review). courtesy-line, link-text, column-line and
// name-caption lines, and block-label, toc-zone and repeated-label ones,
// stay among the short lines around them (short-line-run).
//
// credit-maker, heading-under-maker: in a buying guide whose pictures
// are credited to their maker, a name of one to three words right under
// prose (or a picture's credit), over a line that opens with the name's
// first word and reads as a heading, over prose, is the picture's credit
// and the line under it the product's heading ("Nintendo", then
// "Nintendo Switch Lite for $200", then its review). The page shows the
// pattern twice at least, else both lines are left to the other rules:
// "Paris" over "Paris in the spring" is a heading and its subheading.
//
// lone-credit: a picture's credit given by an agency's initials alone on
// its line, two to four capitals or capitals parted by slashes ("ANP",
// "JAMSTEC/IODP"; not a Roman numeral, not a word with a hyphen), is a
// credit, not a heading, when it is the page's only heading candidate set
// in capitals and a picture's text stands next to it: a caption or a
// credit on the line above or under it, or, with no blank line between, a
// short line that reads as a caption (one phrase of at most 150
// characters that asks nothing and ends with no colon). A page that heads
// its sections in capitals ("MUSIC", "FOOD") sets more than one line so.
// The line right under the credit, when it reads as a caption, is its
// caption (caption-below-credit).
//
// counter-credit: right under a gallery's counter ("1 / 9"), one to four
// capitalised words ("ANP", "Omrop Fryslân") over a paragraph of at most
// 300 characters that neither asks nor ends with a colon are the
// picture's credit, and that paragraph its caption (caption-below-credit):
// under a counter comes a picture, not a section. Not when a credit
// stands under that paragraph: then the words are a slide's title ("Slide
// 2 of 10", "Ezov", its text, "Photo: Jane Kim").
//
// line-under-title: the heading that heading-before-prose keeps right
// over the body's first paragraph of prose (short and unpunctuated, in
// title case, or a question) is a paragraph when it stands right under
// the headline, no line between them: an article opens under its
// headline with its front matter (the site's name "AppleInsider", a
// byline "Текст: Лида Буслаева" or "By Carrie ArnoldNovember 15, 2019",
// a standfirst) or with its text, not with a section, which divides a
// text already begun. A conventional section's name ("Introduction") and
// a section's number stay headings there, a person's name is left to
// name-at-top, a heading under a byline or a date is left to the other
// rules, and a poem's title over its lines, with no prose under it,
// stays. cjk-heading-under-title does the same for Chinese, Japanese and
// Korean lines, first anywhere in the body.
//
// short-line-run: heading candidates next to each other are kept as
// paragraphs: a run of short lines is more often a list without bullets,
// an address or verse than a series of empty sections. A page's button
// printed again (repeated-line: "Zurück zum Inhaltsverzeichnis" closing
// each section) does not make the line printed once under it a line of
// its run; a line the page prints again under it does (a meal plan's
// block of labels, repeated for each day).
//
// run-item: a line read as a heading that stands, with no blank line on
// either side, between two lines read as items of a run of short lines
// (short-line-run) or of "label: value" lines (fact-line) is one more
// item of that list ("Best for library books: Kobo Libra Colour" between
// "Best overall: …" and "Best budget: …"): a heading stands over the list
// it names, not in the middle of its lines. Both lines must be of one
// run, both short lines or both "label: value" lines: a heading between
// the last fact of one section ("Portion Fix Containers: 1 Purple") and
// the short line under it ("Eat 1–2 hours after your workout") stands
// between two runs, as a page written one block per line sets a
// section's head. A section's name, a label
// over a list or a run and a wh-question's label keep their place
// ("Ingredients" between "Sheet pan" and "1 pound gnocchi"; runitem.go).
//
// heading-after-figures: of two short lines between prose, the first
// holding figures and standing right under the prose ("Comments (5
// posted)", "2012" under a chart, "From our 2011 research"), the second
// is a heading when prose follows it, or a byline and then prose ("By
// Nathan Willis"): the line with figures closes the section above, a
// count or a caption, and makes no pair with the heading under it. A word
// and a number ("Meal 1", "Day 3") are a label over what follows, not
// figures.
//
// heading-over-picture: on a page whose pictures go without captions
// (a credit of the body stands right under prose), a short line taken
// for the caption of the credit under it (caption-above-credit-line) is
// a heading when it stands between prose and the credit, prose follows
// the credit, and it has at most six words and no final punctuation
// ("In use", then "Devindra Hardawar/AOL", then the section's text): the
// section's heading, then its picture. The credit stays the picture's.
//
// heading-repeated-shape: a short line of figures more than words
// (figures-line) is a heading when at least three such lines share one
// shape (each run of digits read as one digit, each run of letters as one
// letter: "[3.4.0] - 2025-04-28" and "[3.3.2] - 2025-02-11" are both
// "[0.0.0] - 0-0-0"), and each stands under a line that ends a sentence
// and over body text: a changelog's versions, each over its section. A
// short line right under one, over body text ("Added", "Fixed"), is its
// subheading (heading-pair, level 3). Lines of one shape in a row are a
// table's or a list's, and none of them is a heading; nor is any when two
// of them are the same text ("0-10", a value printed under each of a
// page's settings).
//
// heading-repeated-series: short lines the page repeats (repeated-line)
// are section labels when two texts or more are each printed as often
// as the others, in the same order each time: a meal plan heads each of
// its plans with "Pre-Workout Meal", "Pre-Workout Supplement", …, "Meal
// 1", "Meal 2". Such a line is a heading where it stands under body text
// and over body text that is no other label of the series. A button the
// page prints under each post ("Like", "Reply") is one text and makes no
// series; lines in capitals ("SELECT", "FROM"), code and a text printed
// twice in a row stay repeated lines.
//
// heading-same-form: a heading candidate left a paragraph in a run of
// short lines (short-line-run) is a heading when prose follows it and it
// opens as two of the article's headings at least do, with a word and a
// number or with a section's number: "Step 1: Shift to the smallest cog"
// right under the list of tools, when "Step 2: Remove the old chain" and
// "Step 3: Size the new chain" head the sections below.
//
// heading-long-series: a line of eleven to fifteen words that ends
// without punctuation or with a question mark, set alone between blank
// lines under prose (or a picture's caption or credit) and over prose,
// is a heading when the article has at least two headings of eight words
// or more: a site that heads its sections with sentences writes some of
// them longer than the ten words of long-unpunctuated ("The reality is
// that Twitter is unlikely to act against Trump"; "So, where do people
// learn how to fix some of these issues?"). A line that quotes words or
// holds a bar ("… | Sign up") is another story's link, and stays.
//
// heading-more-link, more-link: a heading candidate right over a link to
// more of the section it names — the label whole, at most three more
// words, and an arrow at the end ("Opinión", then "Más en Opinión ›";
// "More in Politics »") — is a heading, the label of a section of a news
// site's front page; the link is dropped.
//
// heading-over-contact: the first of a run of short lines right under
// prose is a heading when, within the next eight lines and before any
// prose, one gives an e-mail address or a telephone number, and it is a
// name of at most four words without figures or final punctuation, and
// no one's name ("Pressekontakt", then the company, a name, the address,
// "E-Mail: presse@…"; "Media enquiries", then "Email press.office@…"): the
// label of the press release's contact box. It stays a heading under the
// article's last prose.
//
// heading-above-block: in text with blank lines, a candidate with a blank
// line between it and a block of lines set line under line (no blank
// line inside the block: a recipe's ingredients) is not part of that
// block's run, so "Ingredients" above the block, and "Method" below it,
// can still be headings; the block's lines stay paragraphs. Short lines
// that each stand between blank lines still make one run. In text whose
// lines are mostly (two thirds of the pairs) set apart by blank lines, a
// candidate written right under the line above it belongs to that block
// ("OPEC+ meets next week" as a key point) and is no heading.
// In text written one block per line the only blocks of two lines are
// a label and its value ("Фото:" over "личный архив …"), and a name over
// such a label stands apart from it. In other text with no blank line
// at all (short lines only: a list, verse) nothing stands apart from a
// block: a line dropped as boilerplate or a picture's label between a
// candidate and a block is no blank line, so the candidate makes one
// run with the block as it would with the dropped line gone.
//
// dateline: a body paragraph that opens with a dateline — a place in
// capitals, an optional region, date and agency, then a dash ("KYIV,
// Ukraine (AP) — ", "LONDON, March 25 (Reuters) - "), or a place in title
// case with an agency ("Washington (CNN) — ") — is a paragraph; the
// dateline stays in its text. A dateline that is only a date, or a place
// and a date, is one too ("4 June 2024 — ", "Berlin, 12. März 2024 – ").
// A dateline naming a full date, year included ("TOWNSVILLE, Australia, 4
// June 2024 — "), sets Meta.Date as a publication date.
//
// dek-before-dateline: the line right after the title is the subtitle
// when the line after it opens with a dateline and it does not itself;
// the dateline paragraph then starts the body (a press release's
// headline, standfirst and first paragraph).
//
// live-post-time: a live blog opens each post with a time alone on its
// line ("10:42 GMT", "10:42", "2.15pm", "14.05 CET", "15:12 Uhr"; a time with a full
// stop needs am/pm or a zone, so "3.14" is none; a time with a colon is a
// time of day, so "58:14" is a duration), or with its author's name or a
// label glued to it ("21:22Frances Watkins", "18:28KEY EVENT": printed
// "21:22 Frances Watkins"). When a short title line
// that passes the heading tests (and is no date, name or label: see
// above) follows, with more body text after it,
// the two make one level-3 heading "10:42 GMT — Title" (level 3 because
// posts are many and small; a time is not a section). When a paragraph
// follows, the time becomes its bold lead ("**2.15pm** The count …"). A
// time line never is a heading or paragraph of its own unless nothing
// follows it.
//
// step-label: a how-to's step label alone on its line ("Step 2", "Step 3
// of 5", "Paso 1", "Étape 4") leads the step the way a live blog's time
// leads a post: with a short title line and more text under it, the two
// make one level-3 heading "Step 2 — Cut the fabric"; over a paragraph it
// becomes the paragraph's bold lead. It is never a heading of its own. A
// live blog's time may read "Posted at 10:42" or "Updated at 18.46 BST";
// the words before the time are left out of the heading, and a post's
// title may be a short exclamation ("Alcaraz retains title!").
//
// drop-cap-split: a magazine sets the first letter of a section as a drop
// cap, and scrapers often part it from its word ("T he river came back
// …"). In the first body paragraph and the first after each heading or
// scene break, a capital letter (after an opening quotation mark, if
// any), a space and a lower-case letter are joined into one word ("The
// river …", "“We thought …"), unless the letter is a word of its own (A,
// I, O, Y, E, À, É). Explain shows the line as it was.
//
// scene-break: a body line of three or more break symbols ("* * *",
// "---", "⁂") is a content.Rule.
//
// paragraph: any other body line is a paragraph, its text unchanged.
//
// language-detect: the text does not say its language, so Meta.Language
// is guessed (content/language): by its script when most of its letters
// are of one that names a language (Hangul, kana, Han, Cyrillic, Greek,
// Hebrew, Arabic, Thai…), else from the frequency of function words (the,
// der, le, el, il, o, het, się …) in English, German, French, Spanish,
// Italian, Portuguese, Dutch and Polish, over the first 3,000 words. A
// word shared by several languages scores for each a share of one point.
// The best language needs a score of at least 8, function words making
// at least 15% of the words, and twice the score of the runner-up;
// otherwise Meta.Language stays empty and the writer's default applies.
//
// Tables: lines in a row whose cells a tab parts (a browser copies a
// table's row so), as many cells each and two at least, paragraphs or
// list items alike (a list item's tab must part its text, not only
// follow its number), make one table; its first line is the header when
// no cell of it holds a digit and a line under it does. A line alone
// stays what it was. Such a line is never a byline.
//
// Web addresses written out in the text of paragraphs, list items, quotes
// and captions become content.Link inlines whose text is the address, so
// the notes pass can cite them; the plain text stays the same.
//
// Read rejects, with an error and no panic: input without visible text
// (ErrEmpty), NUL bytes or many control characters (ErrBinary), invalid
// UTF-8 (the error names the byte offset and line), a line longer than
// Options.MaxLineBytes and input larger than Options.MaxInputBytes. It
// strips a UTF-8 byte order mark, turns CRLF and CR line ends into LF and
// trims white space around lines; all other text is kept byte for byte.
package plaintext
