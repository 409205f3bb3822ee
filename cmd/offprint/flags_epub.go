package main

import (
	"os"

	"github.com/urfave/cli/v3"

	"github.com/offprint/offprint/export/epub"
)

// epubFlagList are the flags of the EPUB writer.
func epubFlagList() []cli.Flag {
	return []cli.Flag{
		stringFlag("cover", "use this image (JPEG, PNG, GIF or WebP) as the EPUB cover instead of drawing one", ""),
		boolFlag("no-cover", "write the EPUB without a cover"),
		boolFlag("embed-fonts", "embed offprint's fonts in the EPUB (readers usually prefer their own)"),
		&cli.IntFlag{Name: "max-image-px", Usage: "scale EPUB images down to at most this many pixels on the longest side (default 1600)", Sources: env("max-image-px"), HideDefault: true},
	}
}

func epubOptions(c *cli.Command) (epub.Options, error) {
	o := epub.Options{NoCover: c.Bool("no-cover"), EmbedFonts: c.Bool("embed-fonts"), MaxImagePx: c.Int("max-image-px")}
	if o.MaxImagePx < 0 {
		return o, usagef("--max-image-px %d: want a positive number", o.MaxImagePx)
	}
	sys, err := fallbackFonts(c)
	if err != nil {
		return o, err
	}
	o.Fallback = sys
	if path := c.String("cover"); path != "" {
		if o.NoCover {
			return o, usagef("--cover and --no-cover contradict each other")
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return o, usagef("--cover %s: %v", path, unwrapPath(err))
		}
		o.Cover = data
	}
	return o, nil
}
