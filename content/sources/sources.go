// Package sources is the attribution pass of offprint: it finds the direct
// quotations of an article and who said them, and turns them into footnotes
// ("Riccardo Valle, director of research at the Khorasan Diary; interview
// with Vox.") and a closing "Sources" section, for articles that carry no
// links of their own.
//
// The pass is conservative: it only uses names, roles and organisations that
// appear in the text, and when the speaker of a quotation is unclear it adds
// nothing. It runs before content.NumberNotes, which numbers the notes it adds.
//
// How it works: each paragraph is split into words and marks; curly and
// straight double quotation marks delimit quotations (single marks are left
// alone: they nest inside or are apostrophes). A first pass over the text
// outside quotations registers the people it names — full names, titled
// names ("Russian President Vladimir Putin"), roles in apposition ("Riccardo
// Valle, the director of research at …", "the shadow chancellor, Tom
// Riley,") — and resolves surnames and first names to them; full names in
// the headline and standfirst (unless they are in title case) count too.
// A role that starts a sentence loses the sentence's capital ("Economist
// Sara Lindholm" → economist) unless the text uses the word as a proper
// noun elsewhere ("Riverside manager"); "Prof" between a role and a name
// is dropped, and a possessive role keeps its article ("the company’s
// long-distance director"). A second pass
// gives each quotation a speaker with the first rule that applies; the rule
// names are what Attribution.Rule reports:
//
//	quote-name-verb          “…,” Valle told Vox / “…,” Byman, senior fellow …, told Vox
//	quote-verb-name          “…,” said Colin Clarke, an analyst at the Soufan Center
//	quote-role-name-verb     “…,” the shadow chancellor, Tom Riley, said
//	quote-verb-role-name     “…,” said Jones’s lawyer, Tom Hill
//	according-to             “…,” according to Jane Foster, chief economist at … /
//	                         According to Reyes, “…”
//	sentence-final           “…” since the withdrawal in 2021, Clarke said
//	name-verb-before-quote   Putin said in a video address: “…” / Smith said that “…”
//	name-verb-clause         Okafor wrote that the law was “…”
//	colon-before-paragraph   a paragraph ending “Park wrote to staff:” then “…”
//	colon-before-block-quote the same before a block quotation without marks
//	dash-signature           “…” — Ewan MacLeod (same paragraph or the next)
//	continuation             a later quotation of the same sentence, or the next
//	                         sentence of the paragraph with nobody else named
//	continuation-paragraph   a quotation that runs on into the next paragraph
//
// A "-pronoun" suffix means the speaker was "he" or "she", resolved to the
// one person named in the previous sentence (or further back through
// sentences that start with the same pronoun); any other person, or a
// person named only by a role ("the police chief"), makes it unclear.
//
// Precision comes first; these make a speaker unclear rather than guess:
// a pronoun whose one named candidate is an object ("under manager Sam
// Ford", "She told me about Tom Berg") or is outnumbered by an unnamed
// person ("a man walking his dog found Mark Stone"); a surname shared with
// a relative the text names without a full name ("His widow", "her son,
// Tom", "the Okoro brothers") or with an organisation ("Ford Motor
// Company"); words the speaker recalls or repeats from someone else
// ("recalled her grandmother telling her", "quoting …", "Bell had
// promised “…”", "dismissed as “…”"); a quotation that is the subject of
// a clause ("“…” was painted on the wall, Ward said").
//
// Not quotations: titles and labels (title case, "so-called", "known as",
// "a book titled"), quotations used as modifiers ("the bill’s “…” approach"),
// and one to three words unless an attribution follows right away (“No,”
// she said). Unnamed sources ("US intelligence officials", "a spokesperson",
// "the company"), organisations, ambiguous surnames and words repeated from
// someone else ("she said, quoting …") get no speaker, and neither note nor
// list names a speaker the article calls only by a surname ("Mr. Okafor").
// The rules are for English: documents whose Meta.Language is set to
// another language get no notes.
//
// The Sources section (heading ID SectionID) lists the people quoted, the
// lead photo's credit (labelled "Photo:" unless it says what it is) and
// the publication (only when its publisher or URL is known: the article's
// own title alone cites nothing); the section is left out when that
// leaves nothing. Its heading, labels, quotation marks and dates follow
// Meta.Language for de, fr, es, it, pt, nl, ar and he, and are English
// otherwise.
package sources

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/offprint/offprint/content"
)

// Mode says what Annotate adds to a document.
type Mode int

// The modes, as accepted by ParseMode ("none", "notes", "list", "both").
const (
	None  Mode = iota // analyse only, change nothing
	Notes             // a note on each speaker's first quotation
	List              // a "Sources" section at the end of the body
	Both              // notes and the section
)

// String returns the mode's name as ParseMode accepts it.
func (m Mode) String() string {
	switch m {
	case None:
		return "none"
	case Notes:
		return "notes"
	case List:
		return "list"
	case Both:
		return "both"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// ParseMode parses "none", "notes", "list" or "both" (case-insensitive).
func ParseMode(s string) (Mode, error) {
	for m := None; m <= Both; m++ {
		if strings.EqualFold(strings.TrimSpace(s), m.String()) {
			return m, nil
		}
	}
	return None, fmt.Errorf("sources: unknown mode %q (want none, notes, list or both)", s)
}

// Options configure Annotate.
type Options struct {
	Mode Mode // what to add; the zero value adds nothing
	// Context stops the analysis between paragraphs once cancelled:
	// Annotate then returns its error and changes nothing. nil: never.
	Context context.Context
}

// Attribution is one direct quotation and who said it, as found by Find:
// what `offprint inspect --explain` prints.
type Attribution struct {
	Speaker string // full name as the article gives it, e.g. "Riccardo Valle"
	Role    string // role as the article states it, e.g. "director of research"; may be empty
	Org     string // organisation of the role, e.g. "the Khorasan Diary"; may be empty
	How     string // how it was obtained, e.g. "interview with Vox"; may be empty
	Quote   string // the quotation (shortened for display)
	Block   int    // index of the block holding the quotation, in content.WalkBlocks order
	Rule    string // the rule that found the speaker, e.g. "quote-name-verb"
	Note    bool   // whether this quotation gets (or got) the speaker's note
}

// String formats the attribution for `offprint inspect --explain`:
//
//	block 9  note  Riccardo Valle (director of research, Khorasan Diary; interview with Vox)  [quote-name-verb]  “There are several hints…”
func (a Attribution) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "block %d  ", a.Block)
	if a.Note {
		sb.WriteString("note  ")
	} else {
		sb.WriteString("      ")
	}
	sb.WriteString(a.Speaker)
	var details []string
	if a.Role != "" || a.Org != "" {
		details = append(details, strings.Trim(a.Role+", "+a.Org, ", "))
	}
	if a.How != "" {
		details = append(details, a.How)
	}
	if len(details) > 0 {
		sb.WriteString(" (" + strings.Join(details, "; ") + ")")
	}
	fmt.Fprintf(&sb, "  [%s]  “%s”", a.Rule, a.Quote)
	return sb.String()
}

// errNilDoc is returned by Annotate for a nil document.
var errNilDoc = errors.New("sources: nil document")

// Find analyses doc and returns every attributed quotation in reading order,
// without changing the document. Attribution.Note marks each speaker's first
// quotation, the one Annotate gives a note.
func Find(doc *content.Document) []Attribution {
	if doc == nil {
		return nil
	}
	return analyse(context.Background(), doc).attributions()
}

// Annotate adds what opts.Mode asks for to doc and returns the attributions
// it found (as Find does). Notes are appended to doc.Notes with kind
// content.NoteAttribution, and called by a content.NoteRef right after the
// closing quotation mark of each speaker's first quotation; NoteRef.Note is
// the 1-based index into doc.Notes, as content.NumberNotes expects. Run it
// before NumberNotes. Running it twice adds nothing the second time.
func Annotate(doc *content.Document, opts Options) ([]Attribution, error) {
	if doc == nil {
		return nil, errNilDoc
	}
	if opts.Mode < None || opts.Mode > Both {
		return nil, fmt.Errorf("sources: annotate: invalid mode %d", int(opts.Mode))
	}
	a := analyse(opts.Context, doc)
	if a.stop.Err() != nil {
		return nil, a.stop.Err()
	}
	atts := a.attributions()
	if opts.Mode == Notes || opts.Mode == Both {
		if !hasAttributionNotes(doc) {
			a.addNotes(doc)
		}
	}
	if opts.Mode == List || opts.Mode == Both {
		addSection(doc, a.people())
	}
	return atts, nil
}

func hasAttributionNotes(doc *content.Document) bool {
	for _, n := range doc.Notes {
		if n.Kind == content.NoteAttribution {
			return true
		}
	}
	return false
}
