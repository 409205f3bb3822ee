package layout

// Validate reports whether s can lay out a page: known alignment and page
// numbering, a type size between 4 and 72 pt, a text block large enough for
// the type. The CLI calls it to reject bad flags before reading any input.
func (s Style) Validate() error {
	_, err := s.resolve()
	return err
}
