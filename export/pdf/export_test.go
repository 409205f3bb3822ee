package pdf

// ActualTextForTest exposes actualText to the external tests.
var ActualTextForTest = actualText
