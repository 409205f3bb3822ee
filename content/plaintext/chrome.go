package plaintext

import (
	"strings"
	"sync"

	"github.com/offprint/offprint/content/article"
	"github.com/offprint/offprint/internal/lazyre"
)

// The words of a page's own chrome — its buttons, its ad and pin labels
// and the labels of its promotions for other stories — in one table, for
// English and the other major European languages alike (German, French,
// Spanish, Italian, Portuguese, Dutch, Swedish, Polish). A reader knows
// these lines by their words, whatever the article is about: a line made
// only of such words, with at least one that does the line's job, is the
// page's, not the article's.

// Kinds of chrome words; a word may be of several kinds.
const (
	chromeVerb   uint8 = 1 << iota // a button's verb: share, listen, save, print
	chromeObject                   // what a button acts on: "this article", "dit artikel"
	chromeLabel                    // a label that marks a box as the page's: an ad, a pinned post
	chromePromo                    // the word that makes a label a promotion: read, more, related
	chromeFill                     // the other words of a promotion's label: "on these topics"
)

// chromeWords holds each chrome word, lower-cased, with its kinds; the
// table is built on first use, not at package init.
var chromeWords = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(kind uint8, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= kind
		}
	}
	// buttons: share, listen, save, print, comment, copy, download
	add(chromeVerb, "share listen save print comment copy download bookmark email")
	add(chromeVerb, "teilen anhören vorlesen speichern merken drucken kommentieren kopieren herunterladen")
	add(chromeVerb, "partager partagez écouter écoutez sauvegarder enregistrer imprimer commenter copier télécharger")
	add(chromeVerb, "compartir comparte escuchar escucha guardar imprimir comentar copiar descargar")
	add(chromeVerb, "condividi condividere ascolta ascoltare salva stampa commenta copia scarica")
	add(chromeVerb, "compartilhe compartilhar partilhar partilhe ouvir ouça salvar imprimir baixar")
	add(chromeVerb, "deel delen luister beluister opslaan bewaar afdrukken reageer kopieer")
	add(chromeVerb, "dela lyssna spara skriv kommentera kopiera")
	add(chromeVerb, "udostępnij posłuchaj słuchaj zapisz drukuj skomentuj kopiuj")
	add(chromeObject, "this the to on via article story post page link audio ut")
	add(chromeObject, "artikel den dieses diesen beitrag")
	add(chromeObject, "cet cette la le lien")
	add(chromeObject, "el este esta artículo nota noticia enlace")
	add(chromeObject, "questo questa articolo notizia")
	add(chromeObject, "o a artigo matéria notícia")
	add(chromeObject, "dit het deze bericht")
	add(chromeObject, "denna artikeln")
	add(chromeObject, "ten artykuł")
	// labels of an ad, a sponsored box, a pinned post
	add(chromeLabel, "advertisement sponsored pinned")
	add(chromeLabel, "anzeige werbung gesponsert angeheftet")
	add(chromeLabel, "publicité sponsorisé épinglé")
	add(chromeLabel, "publicidad patrocinado fijado")
	add(chromeLabel, "pubblicità sponsorizzato fissato")
	add(chromeLabel, "publicidade fixado")
	add(chromeLabel, "advertentie gesponsord vastgepind")
	add(chromeLabel, "annons sponsrad fäst")
	add(chromeLabel, "reklama sponsorowane przypięty")
	// promotions of other stories: "Read this next", "Explore more on
	// these topics", "Mehr zum Thema", "Lo más leído", "Lees ook"
	add(chromePromo, "read more next related recommended explore also popular")
	add(chromePromo, "lesen mehr weitere auch verwandte meistgelesen empfohlen")
	add(chromePromo, "lire aussi plus lus recommandé")
	add(chromePromo, "leer lee lea más también relacionadas relacionados leído")
	add(chromePromo, "leggi anche correlati consigliati letti")
	add(chromePromo, "leia veja mais lidas relacionadas")
	add(chromePromo, "lees ook meer gerelateerde gelezen")
	add(chromePromo, "läs också mer relaterade")
	add(chromePromo, "czytaj także więcej powiązane")
	add(chromePromo, "interessieren interesar interessarti interessar")
	add(chromeFill, "this these the on from about in to you may might like topics topic stories story articles news most our")
	add(chromeFill, "sie das zum thema themen artikel könnte zu dem diesem")
	add(chromeFill, "à sur le même sujet les vous aimerez articles ce de")
	add(chromeFill, "del te puede lo noticias temas sobre este tema información")
	add(chromeFill, "i più altre notizie potrebbe su questo argomento articoli")
	add(chromeFill, "saiba notícias o assunto matérias")
	add(chromeFill, "over dit onderwerp artikelen nieuws het om")
	add(chromeFill, "om detta artiklar nyheter")
	add(chromeFill, "o tym artykuły wiadomości")
	return m
})

// maxChromeWords is the most words a button row or a page's label has.
const maxChromeWords = 6

// chromeCount counts the words of a line by their chrome kinds.
type chromeCount struct {
	words, verbs, labels, objects, promos, others int
}

// chromeKinds counts the words of s by kind, each lower-cased, its
// punctuation and an elided article ("l'article") left out; ok is false
// when s has more than maxChromeWords words or one that is no chrome
// word. It looks each word up as it goes, so that a line of prose is
// rejected at its first word, without copying it.
func chromeKinds(s string) (n chromeCount, ok bool) {
	if len(s) > 80 {
		return n, false
	}
	words := chromeWords()
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ".,:;!?…·|•()\"“”«»")
		if _, rest, cut := strings.Cut(w, "'"); cut {
			w = rest
		} else if _, rest, cut := strings.Cut(w, "’"); cut {
			w = rest
		}
		if w == "" {
			continue
		}
		k, found := words[w]
		if !found {
			k = words[strings.ToLower(w)]
		}
		n.words++
		switch {
		case k == 0 || n.words > maxChromeWords:
			return n, false
		case k&chromeVerb != 0:
			n.verbs++
		case k&chromeLabel != 0:
			n.labels++
		case k&chromeObject != 0:
			n.objects++
		}
		if k&chromePromo != 0 {
			n.promos++
		} else if k&chromeFill == 0 {
			n.others++
		}
	}
	return n, n.words > 0
}

// chromeRule returns the rule by which the whole line s is a page's
// chrome by its words, or "": a row of buttons, a verb to share, listen
// to, save or print with at most what it acts on ("Teilen", "Artikel
// anhören", "Deel dit artikel", "Compartilhe:": button-row), or the label
// of an ad or a pinned post ("Anzeige", "Publicidade", "Pinned":
// page-label).
func chromeRule(s string) string {
	n, ok := chromeKinds(s)
	if !ok || n.verbs+n.labels+n.objects != n.words {
		return ""
	}
	switch {
	case n.labels > 0 && n.verbs == 0 && n.words <= 2:
		return rulePageLabel
	case n.verbs > 0 && n.labels == 0:
		return ruleButtonRow
	}
	return ""
}

// isPromoPhrase reports whether s is a label of two to six words that
// puts other stories under it, by its words: each a promotion's word, one
// at least doing the job ("Read this next", "Explore more on these
// topics", "You may also like", "Lo más leído", "Meer over dit
// onderwerp"). The names of a reference page's sections ("See also",
// "Further reading") are headings.
func isPromoPhrase(s string) bool {
	n, ok := chromeKinds(s)
	return ok && n.words >= 2 && n.others == 0 && n.promos > 0 && !sectionNames[strings.ToLower(s)]
}

// signUpRE finds the words of a newsletter's sign-up box: a line that
// opens asking to sign up or subscribe, or names a newsletter or an
// inbox: "Sign up to our newsletter", "Get the best stories straight to your inbox",
// "Abonnieren Sie unseren Newsletter", "Inscrivez-vous", "Pour ne rien
// manquer de l'actualité", "Suscríbete al boletín", "Iscriviti", "Schrijf
// je in voor de nieuwsbrief".
var signUpRE = lazyre.New(`(?i)(?:^(?:sign(?:ing)?[ -]?up|subscribe|abonnieren|abonnez|inscrivez|pour ne rien manquer|suscr[ií]bete|iscriviti|inscreva|assine|schrijf je in|zapisz się)|(?:^|[^\pL])(?:newsletters?|inbox|bolet[ií]n|nieuwsbrief|nyhetsbrev))(?:$|[^\pL])`)

// maxSignUpWords is the longest line of a sign-up box, in words.
const maxSignUpWords = 12

// isSignUp reports whether s, a short line, asks the reader to sign up
// for a newsletter (newsletter-box): such a line, and the line it pairs
// with, is the box's, never a section's heading.
func isSignUp(s string) bool {
	n := article.WordCount(s)
	return n > 0 && n <= maxSignUpWords && signUpRE.MatchString(s)
}

// authorBoxLabels head the box about an article's author at its end, in
// English and the other major European languages (compared lower-cased,
// a final colon left out).
var authorBoxLabels = map[string]bool{
	"about the author": true, "about the authors": true, "about the writer": true,
	"über den autor": true, "über die autorin": true, "zur person": true,
	"à propos de l'auteur": true, "à propos de l’auteur": true, "l'auteur": true, "l’auteur": true,
	"sobre el autor": true, "sobre la autora": true, "sobre la firma": true,
	"sull'autore": true, "sull’autore": true, "l'autore": true, "l’autore": true,
	"sobre o autor": true, "sobre a autora": true,
	"over de auteur": true, "om författaren": true, "om skribenten": true, "o autorze": true,
}

// isAuthorBox reports whether s is the label of the box about the
// article's author (author-box): page furniture, like the box.
func isAuthorBox(s string) bool {
	return len(s) <= 40 && authorBoxLabels[strings.ToLower(strings.TrimRight(s, ": "))]
}
