package plaintext

import "testing"

// TestGluedCreditLabel covers credit-glued-label: a one-word credit label
// without its colon glued to the caption or the credit, the label
// dropped and the credit's initials kept.
func TestGluedCreditLabel(t *testing.T) {
	tests := []struct {
		line, caption, credit, rule string // credit "" means: no credit
	}{
		{"Workers repair cables in Flushing, Queens. Water had seeped underground.CreditCreditChang W. Lee/The New York Times",
			"Workers repair cables in Flushing, Queens. Water had seeped underground.", "Chang W. Lee/The New York Times", ruleCreditGlued},
		{"Utilities were buried to lessen the exposure to winter weather.CreditKirsten Luce for The New York Times",
			"Utilities were buried to lessen the exposure to winter weather.", "Kirsten Luce for The New York Times", ruleCreditGlued},
		{"A rally downtown on Sunday.Credit John F. Kennedy/AP", "A rally downtown on Sunday.", "John F. Kennedy/AP", ruleCreditGlued},
		{"Fans at the stadium.CreditJ. R. Smith/Reuters", "Fans at the stadium.", "J. R. Smith/Reuters", ruleCreditGlued},
		{"Ein ICE im Hauptbahnhof Berlin.BildChristoph Soeder/dpa", "Ein ICE im Hauptbahnhof Berlin.", "Christoph Soeder/dpa", ruleCreditGlued},
		{"Manifestation à Lyon.Crédit: Jean-Luc M. Martin/AFP", "Manifestation à Lyon.", "Jean-Luc M. Martin/AFP", ruleCreditGlued},
		{"Vista de Madrid al amanecer.FotoAna Pérez", "Vista de Madrid al amanecer.", "Ana Pérez", ruleCreditGlued},
		{"“We will rebuild,” she said.”PhotoCourtesy of the Smith family", "“We will rebuild,” she said.”", "Courtesy of the Smith family", ruleCreditGlued},
		{"The old mill in 1920CreditCreditLibrary of Congress", "The old mill in 1920", "Library of Congress", ruleCreditGlued},
		{"CreditCreditChang W. Lee/The New York Times", "", "Chang W. Lee/The New York Times", ruleCreditGlued},
		{"Credit...Illustration by Rebecca Chew/The New York Times; photograph by Getty Images", "",
			"Illustration by Rebecca Chew/The New York Times; photograph by Getty Images", ruleCreditGlued},
		{"Des migrants à Calais.Crédit…Sameer Al-Doumy/AFP", "Des migrants à Calais.", "Sameer Al-Doumy/AFP", ruleCreditGlued},
		// A bare label before a name credit of two words or more.
		{"Sudan has said it will cooperate. Credit Ashraf Shazly/Agence France-Presse — Getty Images", "Sudan has said it will cooperate.",
			"Ashraf Shazly/Agence France-Presse — Getty Images", ruleCreditGlued},
		{"Un marché à Dakar. Photo Jean-Luc M. Martin/AFP", "Un marché à Dakar.", "Jean-Luc M. Martin/AFP", ruleCreditGlued},
		// An initial does not cut a credit after a sentence either.
		{"People gather at the square. John F. Kennedy/AP", "People gather at the square.", "John F. Kennedy/AP", ruleCreditAgency},
		// Not glued labels.
		{"The bank's shares fell. Credit Suisse/Reuters", "The bank's shares fell.", "Credit Suisse/Reuters", ruleCreditAgency},
		{"Credit Suisse/Reuters", "", "Credit Suisse/Reuters", ruleCreditAgency},
		{"Credit Ashraf Shazly/Agence France-Presse", "", "Ashraf Shazly/Agence France-Presse", ruleCreditGlued},
		{"Fans in Turin. Foto Marco Rossi", "", "", ""}, // a bare label before a name alone: no credit
		{"The bank said so. Credit Agricole/AFP", "The bank said so.", "Credit Agricole/AFP", ruleCreditAgency},
		{"Photographers crowded the red carpet.", "", "", ""},
		{"Sie sprach über Bildung.Bildungspolitik ist Ländersache.", "", "", ""},
		{"He checked his credit score.Credit ratings fell that year.", "", "", ""},
		{"The lender is UniCredit Bank.", "", "", ""},
		{"Shares of UniCreditCredit rose.", "", "", ""},
		{"It was over.Photo shoots resumed on Monday, the crew said.", "", "", ""},
	}
	for _, tt := range tests {
		cs, ok := splitCredit(tt.line, false)
		if ok != (tt.credit != "") {
			t.Errorf("splitCredit(%q) found=%v (%+v), want %v", tt.line, ok, cs, tt.credit != "")
			continue
		}
		if ok && (cs.caption != tt.caption || cs.credit != tt.credit || cs.rule != tt.rule) {
			t.Errorf("splitCredit(%q)\n got %q | %q (%s)\nwant %q | %q (%s)", tt.line, cs.caption, cs.credit, cs.rule, tt.caption, tt.credit, tt.rule)
		}
	}
}
