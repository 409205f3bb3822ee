package check

// Rule describes one kind of problem the checkers report.
type Rule struct {
	ID      string // the stable id found in Problem.Rule
	Format  string // "epub", "pdf" or "any"
	Summary string // what the rule asks for, in one line
}

// ruleTable lists every rule in report order; Rules returns a copy.
var ruleTable = [...]Rule{
	{"epub-zip", "epub", "every zip entry can be read"},
	{"epub-duplicate-entry", "epub", "no zip entry name appears twice"},
	{"epub-too-large", "epub", "entries stay within the checker's size limits (64 MiB each, 256 MiB in all)"},
	{"epub-mimetype", "epub", "the first entry is an uncompressed mimetype holding exactly application/epub+zip"},
	{"epub-container", "epub", "META-INF/container.xml exists, is well-formed and names a package document"},
	{"epub-rootfile-missing", "epub", "the package document named by container.xml exists"},
	{"opf-malformed", "epub", "the package document is well-formed XML"},
	{"opf-identifier-missing", "epub", "a non-empty dc:identifier exists"},
	{"opf-unique-identifier", "epub", "unique-identifier names a dc:identifier"},
	{"opf-title-missing", "epub", "a non-empty dc:title exists"},
	{"opf-language-missing", "epub", "a non-empty dc:language exists (Kindle, hyphenation)"},
	{"opf-modified", "epub", "EPUB 3: exactly one dcterms:modified of the form CCYY-MM-DDThh:mm:ssZ"},
	{"opf-item", "epub", "manifest items have an id and a valid href"},
	{"opf-duplicate-id", "epub", "manifest ids are unique"},
	{"opf-duplicate-href", "epub", "no file is listed twice in the manifest"},
	{"opf-manifest-missing-file", "epub", "every manifest item exists in the zip"},
	{"opf-file-not-in-manifest", "epub", "every content file in the zip is in the manifest"},
	{"opf-media-type", "epub", "media types match the file content (images) and extension"},
	{"opf-spine", "epub", "the spine is non-empty and lists existing XHTML/SVG items once each"},
	{"opf-nav", "epub", "EPUB 3: exactly one XHTML item has the nav property"},
	{"opf-cover", "epub", "a cover image is declared both by properties=\"cover-image\" and <meta name=\"cover\">, consistently"},
	{"nav-toc-missing", "epub", "EPUB 3: the nav document has a non-empty <nav epub:type=\"toc\">"},
	{"nav-landmarks", "epub", "EPUB 3: the nav document has a non-empty <nav epub:type=\"landmarks\">"},
	{"nav-landmarks-entries", "epub", "EPUB 3: the landmarks link bodymatter, cover when there is a cover image, and toc when the nav document is in the spine"},
	{"nav-link-broken", "epub", "nav links point to existing files and ids"},
	{"ncx-missing", "epub", "an NCX exists (Kobo shows no table of contents without it)"},
	{"ncx-malformed", "epub", "the NCX is well-formed XML"},
	{"ncx-uid", "epub", "the NCX dtb:uid equals the package identifier"},
	{"ncx-empty", "epub", "the NCX navMap has navPoints"},
	{"ncx-duplicate-id", "epub", "navPoints have unique ids"},
	{"ncx-play-order", "epub", "playOrder, when given, is 1, 2, 3… in document order"},
	{"ncx-link-broken", "epub", "navPoint targets exist"},
	{"xhtml-malformed", "epub", "every XHTML document is well-formed XML with an XHTML <html> root"},
	{"xhtml-lang", "epub", "every <html> has lang or xml:lang"},
	{"xhtml-duplicate-id", "epub", "ids are unique within a document"},
	{"link-broken", "epub", "internal links point to existing files and ids"},
	{"link-not-in-spine", "epub", "hyperlinks to content documents point into the spine"},
	{"resource-missing", "epub", "images, stylesheets and other referenced files exist"},
	{"footnote-target", "epub", "a noteref points to an element with epub:type footnote/endnote (or a doc-*note role)"},
	{"kindle-xml-declaration", "epub", "every XHTML starts with <?xml … encoding=\"utf-8\"?>"},
	{"kindle-body-link", "epub", "no link points to the id of a <body>"},
	{"kindle-empty-alt", "epub", "every <img> has non-empty alt text"},
	{"kindle-comment-dashes", "epub", "no \"--\" inside XML comments"},
	{"kindle-webp", "epub", "no WebP images"},
	{"kindle-size", "epub", "the EPUB is well under 50 MB (below 45 MB)"},
	{"pdf-too-large", "pdf", "the PDF is at most 512 MiB (the checker's limit)"},
	{"pdf-header", "pdf", "the file starts with %PDF-x.y"},
	{"pdf-xref", "pdf", "the cross-reference table or stream is intact"},
	{"pdf-structure", "pdf", "a document catalog and a sound page tree exist"},
	{"pdf-encrypted", "pdf", "the document is not encrypted"},
	{"pdf-no-pages", "pdf", "the document has pages"},
	{"pdf-page-size", "pdf", "every page has a MediaBox of 3 to 14400 pt per side"},
	{"pdf-trimbox", "pdf", "a TrimBox lies within the MediaBox"},
	{"pdf-font-not-embedded", "pdf", "every font except Type 3 embeds its program (FontFile, FontFile2 or FontFile3)"},
	{"pdf-no-outline", "pdf", "a document of more than one page has an outline"},
	{"pdf-no-title", "pdf", "a title exists in /Info or XMP dc:title"},
	{"pdf-no-lang", "pdf", "the catalog has /Lang"},
	{"pdf-tag-structure", "pdf", "a tagged PDF (/MarkInfo /Marked true) has a /StructTreeRoot"},
	{"pdf-tag-unmarked", "pdf", "in a tagged PDF, everything painted is an element's marked content (MCID) or an artifact"},
	{"pdf-tag-parenttree", "pdf", "in a tagged PDF, every MCID of a page is in the ParentTree under the page's /StructParents"},
	{"pdf-tag-annotation", "pdf", "in a tagged PDF, every link annotation has a /StructParent naming its structure element"},
	{"pdf-too-complex", "pdf", "the objects can be checked within the parsing budget"},
	{"too-many-problems", "any", "at most 1000 problems are reported per file"},
}

// Rules returns every rule the checkers can report, EPUB rules first.
func Rules() []Rule { return append([]Rule(nil), ruleTable[:]...) }
