package main

import (
	"os"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/offprint/offprint/export/pdf"
	"github.com/offprint/offprint/fonts"
	"github.com/offprint/offprint/layout"
)

// pdfFlagList are the flags of the print layout and the PDF writer.
func pdfFlagList() []cli.Flag {
	return []cli.Flag{
		stringFlag("paper", "paper size: "+strings.Join(layout.PaperNames(), ", ")+" or WxH with units (148x210mm, 6x9in)", "a4"),
		stringFlag("margin", "all four margins, e.g. 20mm or 0.75in (default: from the paper)", ""),
		stringFlag("font-size", "body type size, e.g. 11pt (default: from the paper)", ""),
		stringFlag("align", "paragraph alignment: justify, left (ragged right) or auto (justified, ragged on narrow pages)", "auto"),
		boolFlag("duplex", "two-sided printing: mirrored margins, running heads on alternating sides"),
		stringFlag("page-numbers", "page numbers: plain (\"3\"), total (\"3 / 7\") or none", "plain"),
		boolFlag("no-hyphenate", "do not hyphenate words (URLs still break cleanly)"),
		&cli.StringSliceFlag{Name: "font", Usage: "typeface of the PDF: a font file or a family on this machine; repeat for regular, bold, italic, bold italic (one family gives all four; default: the embedded Noto Serif)", Sources: env("font")},
		&cli.StringSliceFlag{Name: "font-dir", Usage: "folder of fonts to try first for characters the typeface lacks (then the machine's fonts); repeatable", Sources: env("font-dir")},
		boolFlag("stats", "print the PDF's typesetting quality report (overfull lines, widows, notes off their page, …)"),
	}
}

func pdfOptions(c *cli.Command) (pdf.Options, error) {
	style := layout.DefaultStyle()
	var err error
	if style.PaperWidth, style.PaperHeight, err = layout.ParsePaper(c.String("paper")); err != nil {
		return pdf.Options{}, usagef("--paper: %v", err)
	}
	if s := c.String("margin"); s != "" {
		if style.Margin, err = layout.ParseLength(s); err != nil {
			return pdf.Options{}, usagef("--margin: %v", err)
		}
	}
	if s := c.String("font-size"); s != "" {
		if style.FontSize, err = layout.ParseLength(s); err != nil {
			return pdf.Options{}, usagef("--font-size: %v", err)
		}
	}
	style.Align = "" // automatic
	if a := strings.ToLower(c.String("align")); a != "auto" {
		style.Align = layout.Align(a)
	}
	style.PageNumbers = layout.PageNumbers(strings.ToLower(c.String("page-numbers")))
	style.Duplex = c.Bool("duplex")
	style.NoHyphenate = c.Bool("no-hyphenate")
	if err := pdfFonts(c, &style); err != nil {
		return pdf.Options{}, err
	}
	if err := style.Validate(); err != nil {
		return pdf.Options{}, usagef("%v", err)
	}
	return pdf.Options{Style: style}, nil
}

// fallbackFonts returns where the writers find faces for characters the
// embedded fonts lack: the --font-dir folders first, then the machine's
// fonts.
func fallbackFonts(c *cli.Command) (*fonts.System, error) {
	dirs := c.StringSlice("font-dir")
	for _, d := range dirs {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			return nil, usagef("--font-dir %s: not a folder", d)
		}
	}
	if len(dirs) > 0 {
		return fonts.NewSystem(dirs, false), nil
	}
	return fonts.DefaultSystem(), nil
}

// pdfFonts sets the user's typeface (--font) and fallback folders
// (--font-dir) in style.
func pdfFonts(c *cli.Command, style *layout.Style) error {
	sys, err := fallbackFonts(c)
	if err != nil {
		return err
	}
	if len(c.StringSlice("font-dir")) > 0 {
		style.Fallback = sys
	}
	if specs := c.StringSlice("font"); len(specs) > 0 {
		faces, err := sys.UserFaces(specs)
		if err != nil {
			return usagef("--font: %v", err)
		}
		style.Faces = faces
	}
	return nil
}
