package pdf

import (
	"html"
	"strings"
	"time"

	"github.com/offprint/offprint/internal/fpdf"

	"github.com/offprint/offprint/content"
)

// setMeta writes the document information dictionary (its strings in
// UTF-16, see infoString), /Lang and an XMP packet with the same facts
// (PDF/A and archives read XMP).
func setMeta(pdf *fpdf.Fpdf, m content.Meta, date time.Time, creator string) {
	if creator == "" {
		creator = "offprint"
	}
	authors := authorNames(m)
	subject := m.Description
	if subject == "" {
		subject = m.Subtitle
	}
	pdf.SetTitle(infoString(m.Title), false)
	pdf.SetAuthor(infoString(strings.Join(authors, ", ")), false)
	pdf.SetSubject(infoString(subject), false)
	pdf.SetKeywords(infoString(strings.Join(m.Keywords, ", ")), false)
	pdf.SetCreator(infoString(creator), false)
	pdf.SetProducer(infoString("offprint (codeberg.org/go-pdf/fpdf)"), false)
	lang := langTag(m.Language)
	pdf.SetLang(lang)
	pdf.SetXmpMetadata(xmp(m, authors, subject, lang, creator, date))
}

func authorNames(m content.Meta) []string {
	var out []string
	for _, a := range m.Authors {
		if n := strings.TrimSpace(a.Name); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// langTag returns a BCP 47 tag safe to print in the catalog: letters,
// digits and hyphens only; "en" when the document has none.
func langTag(s string) string {
	var sb strings.Builder
	for _, r := range strings.ReplaceAll(strings.TrimSpace(s), "_", "-") {
		if r < 128 && (r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			sb.WriteRune(r)
		}
	}
	if sb.Len() == 0 || sb.Len() > 35 {
		return "en"
	}
	return sb.String()
}

// xmp builds the XMP metadata packet (Dublin Core, XMP basic, PDF).
func xmp(m content.Meta, authors []string, subject, lang, creator string, date time.Time) []byte {
	e := xmlText
	var b strings.Builder
	b.WriteString(`<?xpacket begin="` + "\ufeff" + `" id="W5M0MpCehiHzreSzNTczkc9d"?>` + "\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/">` + "\n")
	b.WriteString(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` + "\n")
	b.WriteString(`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">` + "\n")
	b.WriteString(`<dc:format>application/pdf</dc:format>` + "\n")
	if m.Title != "" {
		b.WriteString(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">` + e(m.Title) + `</rdf:li></rdf:Alt></dc:title>` + "\n")
	}
	if len(authors) > 0 {
		b.WriteString(`<dc:creator><rdf:Seq>`)
		for _, a := range authors {
			b.WriteString(`<rdf:li>` + e(a) + `</rdf:li>`)
		}
		b.WriteString(`</rdf:Seq></dc:creator>` + "\n")
	}
	if subject != "" {
		b.WriteString(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">` + e(subject) + `</rdf:li></rdf:Alt></dc:description>` + "\n")
	}
	if len(m.Keywords) > 0 {
		b.WriteString(`<dc:subject><rdf:Bag>`)
		for _, k := range m.Keywords {
			b.WriteString(`<rdf:li>` + e(k) + `</rdf:li>`)
		}
		b.WriteString(`</rdf:Bag></dc:subject>` + "\n")
		b.WriteString(`<pdf:Keywords>` + e(strings.Join(m.Keywords, ", ")) + `</pdf:Keywords>` + "\n")
	}
	if m.Publisher != "" {
		b.WriteString(`<dc:publisher><rdf:Bag><rdf:li>` + e(m.Publisher) + `</rdf:li></rdf:Bag></dc:publisher>` + "\n")
	}
	if m.SourceURL != "" {
		b.WriteString(`<dc:source>` + e(m.SourceURL) + `</dc:source>` + "\n")
	}
	if m.Rights != "" {
		b.WriteString(`<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">` + e(m.Rights) + `</rdf:li></rdf:Alt></dc:rights>` + "\n")
	}
	b.WriteString(`<dc:language><rdf:Bag><rdf:li>` + e(lang) + `</rdf:li></rdf:Bag></dc:language>` + "\n")
	if !date.IsZero() {
		d := date.Format("2006-01-02T15:04:05Z")
		b.WriteString(`<xmp:CreateDate>` + d + `</xmp:CreateDate><xmp:ModifyDate>` + d + `</xmp:ModifyDate><xmp:MetadataDate>` + d + `</xmp:MetadataDate>` + "\n")
	}
	b.WriteString(`<xmp:CreatorTool>` + e(creator) + `</xmp:CreatorTool>` + "\n")
	b.WriteString(`<pdf:Producer>offprint (codeberg.org/go-pdf/fpdf)</pdf:Producer>` + "\n")
	b.WriteString("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n")
	b.WriteString(`<?xpacket end="w"?>`)
	return []byte(b.String())
}

// xmlText escapes s for XML character data, replacing invalid UTF-8 by
// U+FFFD and dropping the characters XML 1.0 forbids (controls other than
// tab, line feed and carriage return; U+FFFE and U+FFFF), so that the XMP
// packet stays well-formed whatever the document's metadata holds.
func xmlText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < ' ' && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
	return html.EscapeString(s)
}

// infoString encodes s as a PDF text string for the document information
// dictionary: UTF-16BE with a byte order mark, a character outside the
// Basic Multilingual Plane (an emoji) as a surrogate pair, invalid UTF-8
// as U+FFFD; "" stays "" so that fpdf leaves the entry out. fpdf's own
// conversion (isUTF8 true) cuts such characters to 16 bits, so the result
// is handed to fpdf as a byte string (isUTF8 false), which it writes as is.
func infoString(s string) string {
	if s == "" {
		return ""
	}
	return fpdf.UTF16BE(s)
}
