package sources

import "strings"

// person is someone the article names.
type person struct {
	name   string     // as first given in full, e.g. "Riccardo Valle"
	first  string     // first name word
	last   string     // surname (last name word, no suffix)
	roles  []roleDesc // every role the text gives, in order
	intro  int        // position of the first mention
	gender byte       // 'm' or 'f' when an honorific or a role says so
	org    bool       // the "name" turned out to be an organisation
}

// role returns the fullest role the article gives the person.
func (p *person) role() roleDesc {
	var best roleDesc
	for _, r := range p.roles {
		if len(r.text) > len(best.text) {
			best = r
		}
	}
	return roleDesc{text: oneSpaced(best.text), role: oneSpaced(best.role), org: oneSpaced(best.org)}
}

// oneSpaced is s with each run of spaces, tabs and line breaks one space
// (a no-break space stays): a role taken
// from "the  chair" is written "the chair" in its note.
func oneSpaced(s string) string {
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }), " ")
}

// fullName reports whether the article gives the person's full name: at
// least a given name and a surname, not counting a suffix ("Jr.").
func (p *person) fullName() bool {
	words := strings.Fields(p.name)
	if len(words) > 1 && nameSuffixes.has(lower(words[len(words)-1])) {
		words = words[:len(words)-1]
	}
	return len(words) >= 2
}

// registry holds the people of an article.
type registry struct {
	people []*person
	byKey  map[string]*person
	kin    map[*person]int // position of the first relative of a person who shares the surname
	given  map[string]int  // given names of relatives named only by them ("her son, Tom")
	family map[string]int  // surnames of families ("the Okoro brothers")
}

func nameKey(words []string) (first, last string) {
	ws := words
	if len(ws) > 1 && nameSuffixes.has(lower(ws[len(ws)-1])) {
		ws = ws[:len(ws)-1]
	}
	return ws[0], ws[len(ws)-1]
}

// full returns the person with this full name (two or more words),
// registering them at pos when new.
func (r *registry) full(words []string, pos int) *person {
	first, last := nameKey(words)
	key := first + "\x00" + last
	if p := r.byKey[key]; p != nil {
		return p
	}
	p := &person{name: strings.Join(words, " "), first: first, last: last, intro: pos}
	if r.byKey == nil {
		r.byKey = map[string]*person{}
	}
	r.byKey[key] = p
	r.people = append(r.people, p)
	return p
}

// single registers a person known by one word (a titled surname such as
// "President Putin" whose full name the article never gives).
func (r *registry) single(word string, pos int) *person {
	p := &person{name: word, first: word, last: word, intro: pos}
	r.people = append(r.people, p)
	return p
}

// resolve finds the one person introduced before pos whose surname (or,
// failing that, first name) is word. ambiguous is true when several match.
func (r *registry) resolve(word string, pos int) (p *person, ambiguous bool) {
	word, _ = stripPossessive(word)
	for _, byFirst := range []bool{false, true} {
		var found *person
		n := 0
		for _, q := range r.people {
			if q.org || q.intro > pos {
				continue
			}
			k := q.last
			if byFirst {
				k = q.first
			}
			if k == word && found != q {
				found = q
				n++
			}
		}
		if n == 1 {
			if f, ok := r.family[word]; !byFirst && ok && f < pos {
				return nil, true // "Okoro said" after "the Okoro brothers"
			}
			if !byFirst && r.kinBefore(found, pos) {
				return nil, true // "Mrs Smith" after "his widow"
			}
			if g, ok := r.given[word]; byFirst && ok && g < pos {
				return nil, true // "Tom" after "her son, Tom"
			}
			return found, false
		}
		if n > 1 {
			return nil, true
		}
	}
	return nil, false
}

// lookup returns the person a name phrase refers to at pos, registering
// full names and titled surnames. ok is false for an ambiguous surname.
func (r *registry) lookup(ph *phrase, pos int) (p *person, ok bool) {
	if len(ph.words) >= 2 {
		p = r.full(ph.words, pos)
	} else {
		var amb bool
		p, amb = r.resolve(ph.words[0], pos)
		if amb {
			return nil, false
		}
		if p == nil && (ph.role != "" || ph.honor != "") {
			p = r.single(ph.words[0], pos)
		}
	}
	if p == nil || p.org {
		return nil, p == nil
	}
	if firmNames.has(strings.ToLower(strings.Join(ph.words, "_"))) {
		p.org = true
		return nil, true
	}
	if ph.role != "" {
		p.addRole(roleDesc{text: ph.role, role: ph.role})
	}
	var g byte
	switch lower(strings.TrimSuffix(ph.honor, ".")) {
	case "mr":
		g = 'm'
	case "mrs", "ms", "miss":
		g = 'f'
	}
	if g != 0 && p.gender != 0 && g != p.gender && len(ph.words) == 1 {
		return nil, false // "Ms. Adams" after "Tom Adams … his wife": not him
	}
	if g != 0 {
		p.gender = g
	}
	return p, true
}

func (p *person) addRole(rd roleDesc) {
	for _, r := range p.roles {
		if r.text == rd.text {
			return
		}
	}
	p.roles = append(p.roles, rd)
	if p.gender == 0 {
		words := strings.Fields(rd.role)
		for i, w := range words {
			if rolePreps.has(w) {
				words = words[:i]
				break
			}
		}
		if len(words) > 0 {
			p.gender = genderOf(words[len(words)-1])
		}
	}
}

// markOrgs flags people whose "name" is an organisation the article names
// as such (the org of a role, the publisher, the object of "told").
func (r *registry) markOrgs(orgs map[string]bool) {
	for _, p := range r.people {
		if orgs[p.name] || orgs[p.last] && len(strings.Fields(p.name)) == 1 {
			p.org = true
		}
	}
}
