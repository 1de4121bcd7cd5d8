package testdeps

// The matcher half of the pattern matcher: character classes, the Unicode class names,
// and the compiled program with the search that runs it.
//
// A parsed pattern compiles to a small program in the style of Thompson's construction:
// instructions that consume one rune, fork, or check an empty-width assertion. The search
// runs every thread of the program in step over the text (a set of program counters per
// text position), so it takes time proportional to the text's length times the program's,
// whatever the pattern: (a*)*b cannot make it backtrack exponentially. Only whether some
// match exists is asked, so greedy and lazy repetitions compile alike.

import (
	"unicode"
	"unicode/utf8"
)

// charClass is a bracketed class, or a single \d or \pL: the union of its items, or the
// runes outside that union when negate is set.
type charClass struct {
	negate bool
	items  []classItem
}

// classItem is one part of a class: the range lo-hi, a Perl or POSIX group (sorted lo, hi
// pairs), or a Unicode table. negate takes its complement; fold makes a rune count as in
// it when any of its case forms is (the complement is taken after that).
type classItem struct {
	lo, hi rune
	group  []rune
	table  *unicode.RangeTable
	negate bool
	fold   bool
}

// matches reports whether r is in the class.
func (c *charClass) matches(r rune) bool {
	for i := range c.items {
		if c.items[i].matches(r) {
			return !c.negate
		}
	}
	return c.negate
}

// matches reports whether r is in the item.
func (it *classItem) matches(r rune) bool {
	in := it.contains(r)
	if !in && it.fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if it.contains(f) {
				in = true
				break
			}
		}
	}
	return in != it.negate
}

// contains reports whether r is in the item's set, before folding and negation.
func (it *classItem) contains(r rune) bool {
	if it.table != nil {
		return unicode.Is(it.table, r)
	}
	if it.group != nil {
		for i := 0; i < len(it.group); i += 2 {
			if it.group[i] <= r && r <= it.group[i+1] {
				return true
			}
		}
		return false
	}
	return it.lo <= r && r <= it.hi
}

// The Perl classes' runes, as lo, hi pairs.
var (
	digitRunes = []rune{'0', '9'}
	spaceRunes = []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	wordRunes  = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
)

// perlClass is the class escape (\d, \D, \s, \S, \w, \W) that esc spells, if it is one.
func perlClass(esc string, fold bool) (classItem, bool) {
	item := classItem{fold: fold}
	switch esc {
	case `\d`, `\D`:
		item.group = digitRunes
	case `\s`, `\S`:
		item.group = spaceRunes
	case `\w`, `\W`:
		item.group = wordRunes
	default:
		return item, false
	}
	item.negate = esc[1] == 'D' || esc[1] == 'S' || esc[1] == 'W'
	return item, true
}

// posixGroup is one of the ASCII classes [:name:], with its runes as lo, hi pairs.
type posixGroup struct {
	name  string
	runes []rune
}

var posixGroups = []posixGroup{
	{"alnum", []rune{'0', '9', 'A', 'Z', 'a', 'z'}},
	{"alpha", []rune{'A', 'Z', 'a', 'z'}},
	{"ascii", []rune{0, 0x7f}},
	{"blank", []rune{'\t', '\t', ' ', ' '}},
	{"cntrl", []rune{0, 0x1f, 0x7f, 0x7f}},
	{"digit", digitRunes},
	{"graph", []rune{'!', '~'}},
	{"lower", []rune{'a', 'z'}},
	{"print", []rune{' ', '~'}},
	{"punct", []rune{'!', '/', ':', '@', '[', '`', '{', '~'}},
	{"space", []rune{'\t', '\r', ' ', ' '}},
	{"upper", []rune{'A', 'Z'}},
	{"word", wordRunes},
	{"xdigit", []rune{'0', '9', 'A', 'F', 'a', 'f'}},
}

// posixClass is the class that spec, "[:name:]" or "[:^name:]", names, if any.
func posixClass(spec string, fold bool) (classItem, bool) {
	name := spec[2 : len(spec)-2]
	item := classItem{fold: fold}
	if name != "" && name[0] == '^' {
		item.negate = true
		name = name[1:]
	}
	for _, g := range posixGroups {
		if g.name == name {
			item.group = g.runes
			return item, true
		}
	}
	return item, false
}

// unicodeName is a name \p{…} accepts, and its table.
type unicodeName struct {
	name  string
	table *unicode.RangeTable
}

// unicodeClass is the class \p{name} names, case-insensitive when fold: Go's special names
// (Any, Assigned, ASCII), its general categories, their long aliases and its scripts,
// compared with case, spaces, hyphens and underscores ignored, except that the first letter
// of a name must not be lower case where the rest is.
func unicodeClass(name string, fold bool) (classItem, bool) {
	want := canonicalName(name)
	switch want {
	case "Any":
		return classItem{group: []rune{0, unicode.MaxRune}}, true
	case "Assigned":
		return classItem{table: unicode.Cn, negate: true, fold: fold}, true
	case "Ascii":
		return classItem{group: []rune{0, 0x7f}, fold: fold}, true
	case "Lc", "Casedletter":
		// Go has no case-folding table for LC, so (?i) leaves it as it is.
		return classItem{table: unicode.LC}, true
	}
	for _, u := range unicodeNames {
		if canonicalName(u.name) == want {
			return classItem{table: u.table, fold: fold}, true
		}
	}
	return classItem{}, false
}

// canonicalName is name without spaces, hyphens and underscores, its first remaining
// character upper-cased and the others lower-cased (ASCII letters only).
func canonicalName(name string) string {
	b := make([]byte, 0, len(name))
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '_' || c == '-' || c == ' ':
			continue
		case len(b) == 0:
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

// instOp is what a program instruction does.
type instOp uint8

const (
	instMatch    instOp = iota // a match is found
	instRune                   // consume one rune: lit (in any case when fold), or one of cls
	instAnyNotNL               // consume any rune but \n
	instAny                    // consume any rune
	instSplit                  // go on at both next and alt
	instEmpty                  // go on at next if the assertion cond holds here (opEmpty: always)
)

// inst is one instruction of a compiled pattern.
type inst struct {
	op   instOp
	fold bool
	cond reOp
	lit  rune
	cls  *charClass
	next int
	alt  int
}

// program is a compiled pattern; it starts at instruction 0.
type program struct {
	insts []inst
}

// compileRegexp parses and compiles pattern.
func compileRegexp(pattern string) (*program, error) {
	re, err := parseRegexp(pattern)
	if err != nil {
		return nil, err
	}
	c := &compiler{}
	start := c.add(inst{op: instSplit}) // instruction 0, filled in below
	match := c.add(inst{op: instMatch})
	first := c.emit(re, match)
	if len(c.insts) > maxSize {
		return nil, &syntaxError{errLarge, pattern}
	}
	c.insts[start] = inst{op: instEmpty, cond: opEmpty, next: first}
	return &program{insts: c.insts}, nil
}

// compiler builds a program back to front: each piece is compiled knowing where the
// program goes on after it.
type compiler struct {
	insts []inst
}

// add appends in and returns its index.
func (c *compiler) add(in inst) int {
	c.insts = append(c.insts, in)
	return len(c.insts) - 1
}

// emit compiles re followed by the instruction next and returns re's first instruction.
func (c *compiler) emit(re *reNode, next int) int {
	if len(c.insts) > maxSize {
		return next // too large: compileRegexp gives up
	}
	switch re.op {
	case opEmpty:
		return next
	case opLiteral:
		for i := len(re.runes) - 1; i >= 0; i-- {
			next = c.add(inst{op: instRune, lit: re.runes[i], fold: re.fold, next: next})
		}
		return next
	case opClass:
		return c.add(inst{op: instRune, cls: re.cls, next: next})
	case opAnyNotNL:
		return c.add(inst{op: instAnyNotNL, next: next})
	case opAny:
		return c.add(inst{op: instAny, next: next})
	case opBeginLine, opEndLine, opBeginText, opEndText, opWordBoundary, opNoWordBoundary:
		return c.add(inst{op: instEmpty, cond: re.op, next: next})
	case opCapture:
		return c.emit(re.sub[0], next)
	case opStar:
		return c.star(re.sub[0], next)
	case opPlus:
		loop := c.add(inst{op: instSplit, alt: next})
		body := c.emit(re.sub[0], loop)
		c.insts[loop].next = body
		return body
	case opQuest:
		return c.add(inst{op: instSplit, next: c.emit(re.sub[0], next), alt: next})
	case opRepeat:
		// x{2,5} is xx(x(x(x)?)?)?; x{2,} is xx+; x{0,} is x*.
		tail := next
		if re.max < 0 {
			if re.min == 0 {
				return c.star(re.sub[0], next)
			}
			loop := c.add(inst{op: instSplit, alt: next})
			body := c.emit(re.sub[0], loop)
			c.insts[loop].next = body
			tail = body
			for i := 1; i < re.min; i++ {
				tail = c.emit(re.sub[0], tail)
			}
			return tail
		}
		for i := re.min; i < re.max; i++ {
			tail = c.add(inst{op: instSplit, next: c.emit(re.sub[0], tail), alt: next})
		}
		for i := 0; i < re.min; i++ {
			tail = c.emit(re.sub[0], tail)
		}
		return tail
	case opConcat:
		for i := len(re.sub) - 1; i >= 0; i-- {
			next = c.emit(re.sub[i], next)
		}
		return next
	case opAlternate:
		// A chain of forks, one to each alternative.
		start := c.emit(re.sub[len(re.sub)-1], next)
		for i := len(re.sub) - 2; i >= 0; i-- {
			start = c.add(inst{op: instSplit, next: c.emit(re.sub[i], next), alt: start})
		}
		return start
	}
	return next
}

// star compiles sub* followed by next.
func (c *compiler) star(sub *reNode, next int) int {
	loop := c.add(inst{op: instSplit, alt: next})
	c.insts[loop].next = c.emit(sub, loop)
	return loop
}

// matcher is the state of one search: the threads (program counters) alive at the current
// text position and the scratch space for the next.
type matcher struct {
	prog  *program
	text  string
	mark  []int // the step that last queued each instruction
	step  int
	stack []int
}

// match reports whether text contains a match of the program.
func (prog *program) match(text string) bool {
	m := &matcher{prog: prog, text: text, mark: make([]int, len(prog.insts)), step: 1}
	var cur, next []int
	var found bool
	if cur, found = m.addThread(cur, 0, 0); found {
		return true
	}
	for pos := 0; pos < len(text); {
		r, w := utf8.DecodeRuneInString(text[pos:])
		m.step++
		next = next[:0]
		for _, pc := range cur {
			in := &prog.insts[pc]
			if in.consumes(r) {
				if next, found = m.addThread(next, in.next, pos+w); found {
					return true
				}
			}
		}
		pos += w
		// A match may also start here.
		if next, found = m.addThread(next, 0, pos); found {
			return true
		}
		cur, next = next, cur
	}
	return false
}

// addThread adds to list the rune-consuming instructions reachable from pc at text
// position pos without consuming a rune; found reports that a match is reachable.
func (m *matcher) addThread(list []int, pc, pos int) (out []int, found bool) {
	m.stack = append(m.stack[:0], pc)
	for len(m.stack) > 0 {
		pc := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		if m.mark[pc] == m.step {
			continue
		}
		m.mark[pc] = m.step
		in := &m.prog.insts[pc]
		switch in.op {
		case instMatch:
			return list, true
		case instSplit:
			m.stack = append(m.stack, in.alt, in.next)
		case instEmpty:
			if assertionHolds(in.cond, m.text, pos) {
				m.stack = append(m.stack, in.next)
			}
		default:
			list = append(list, pc)
		}
	}
	return list, false
}

// consumes reports whether the instruction accepts the rune r.
func (in *inst) consumes(r rune) bool {
	switch in.op {
	case instAny:
		return true
	case instAnyNotNL:
		return r != '\n'
	}
	if in.cls != nil {
		return in.cls.matches(r)
	}
	if r == in.lit {
		return true
	}
	if in.fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f == in.lit {
				return true
			}
		}
	}
	return false
}

// assertionHolds reports whether the empty-width assertion cond holds at text[pos].
func assertionHolds(cond reOp, text string, pos int) bool {
	switch cond {
	case opBeginText:
		return pos == 0
	case opEndText:
		return pos == len(text)
	case opBeginLine:
		return pos == 0 || text[pos-1] == '\n'
	case opEndLine:
		return pos == len(text) || text[pos] == '\n'
	case opWordBoundary:
		return isWordByte(text, pos-1) != isWordByte(text, pos)
	case opNoWordBoundary:
		return isWordByte(text, pos-1) == isWordByte(text, pos)
	}
	return true
}

// isWordByte reports whether text[i] exists and is an ASCII word character, [0-9A-Za-z_]
// (what \b looks at; a byte of a multi-byte rune never is).
func isWordByte(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	c := text[i]
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// unicodeNames are the names \p{…} looks up, after the special ones: the general
// categories, their long names (Unicode's property value aliases, and cntrl, digit and punct
// as Go has them), and the scripts.
var unicodeNames = []unicodeName{
	{"C", unicode.C},
	{"Cc", unicode.Cc},
	{"Cf", unicode.Cf},
	{"Cn", unicode.Cn},
	{"Co", unicode.Co},
	{"Cs", unicode.Cs},
	{"L", unicode.L},
	{"Ll", unicode.Ll},
	{"Lm", unicode.Lm},
	{"Lo", unicode.Lo},
	{"Lt", unicode.Lt},
	{"Lu", unicode.Lu},
	{"M", unicode.M},
	{"Mc", unicode.Mc},
	{"Me", unicode.Me},
	{"Mn", unicode.Mn},
	{"N", unicode.N},
	{"Nd", unicode.Nd},
	{"Nl", unicode.Nl},
	{"No", unicode.No},
	{"P", unicode.P},
	{"Pc", unicode.Pc},
	{"Pd", unicode.Pd},
	{"Pe", unicode.Pe},
	{"Pf", unicode.Pf},
	{"Pi", unicode.Pi},
	{"Po", unicode.Po},
	{"Ps", unicode.Ps},
	{"S", unicode.S},
	{"Sc", unicode.Sc},
	{"Sk", unicode.Sk},
	{"Sm", unicode.Sm},
	{"So", unicode.So},
	{"Z", unicode.Z},
	{"Zl", unicode.Zl},
	{"Zp", unicode.Zp},
	{"Zs", unicode.Zs},
	{"Close_Punctuation", unicode.Pe},
	{"Combining_Mark", unicode.M},
	{"Connector_Punctuation", unicode.Pc},
	{"Control", unicode.Cc},
	{"Currency_Symbol", unicode.Sc},
	{"Dash_Punctuation", unicode.Pd},
	{"Decimal_Number", unicode.Nd},
	{"Enclosing_Mark", unicode.Me},
	{"Final_Punctuation", unicode.Pf},
	{"Format", unicode.Cf},
	{"Initial_Punctuation", unicode.Pi},
	{"Letter", unicode.L},
	{"Letter_Number", unicode.Nl},
	{"Line_Separator", unicode.Zl},
	{"Lowercase_Letter", unicode.Ll},
	{"Mark", unicode.M},
	{"Math_Symbol", unicode.Sm},
	{"Modifier_Letter", unicode.Lm},
	{"Modifier_Symbol", unicode.Sk},
	{"Nonspacing_Mark", unicode.Mn},
	{"Number", unicode.N},
	{"Open_Punctuation", unicode.Ps},
	{"Other", unicode.C},
	{"Other_Letter", unicode.Lo},
	{"Other_Number", unicode.No},
	{"Other_Punctuation", unicode.Po},
	{"Other_Symbol", unicode.So},
	{"Paragraph_Separator", unicode.Zp},
	{"Private_Use", unicode.Co},
	{"Punctuation", unicode.P},
	{"Separator", unicode.Z},
	{"Space_Separator", unicode.Zs},
	{"Spacing_Mark", unicode.Mc},
	{"Surrogate", unicode.Cs},
	{"Symbol", unicode.S},
	{"Titlecase_Letter", unicode.Lt},
	{"Unassigned", unicode.Cn},
	{"Uppercase_Letter", unicode.Lu},
	{"cntrl", unicode.Cc},
	{"digit", unicode.Nd},
	{"punct", unicode.P},
	{"Adlam", unicode.Adlam},
	{"Ahom", unicode.Ahom},
	{"Anatolian_Hieroglyphs", unicode.Anatolian_Hieroglyphs},
	{"Arabic", unicode.Arabic},
	{"Armenian", unicode.Armenian},
	{"Avestan", unicode.Avestan},
	{"Balinese", unicode.Balinese},
	{"Bamum", unicode.Bamum},
	{"Bassa_Vah", unicode.Bassa_Vah},
	{"Batak", unicode.Batak},
	{"Bengali", unicode.Bengali},
	{"Beria_Erfe", unicode.Beria_Erfe},
	{"Bhaiksuki", unicode.Bhaiksuki},
	{"Bopomofo", unicode.Bopomofo},
	{"Brahmi", unicode.Brahmi},
	{"Braille", unicode.Braille},
	{"Buginese", unicode.Buginese},
	{"Buhid", unicode.Buhid},
	{"Canadian_Aboriginal", unicode.Canadian_Aboriginal},
	{"Carian", unicode.Carian},
	{"Caucasian_Albanian", unicode.Caucasian_Albanian},
	{"Chakma", unicode.Chakma},
	{"Cham", unicode.Cham},
	{"Cherokee", unicode.Cherokee},
	{"Chorasmian", unicode.Chorasmian},
	{"Common", unicode.Common},
	{"Coptic", unicode.Coptic},
	{"Cuneiform", unicode.Cuneiform},
	{"Cypriot", unicode.Cypriot},
	{"Cypro_Minoan", unicode.Cypro_Minoan},
	{"Cyrillic", unicode.Cyrillic},
	{"Deseret", unicode.Deseret},
	{"Devanagari", unicode.Devanagari},
	{"Dives_Akuru", unicode.Dives_Akuru},
	{"Dogra", unicode.Dogra},
	{"Duployan", unicode.Duployan},
	{"Egyptian_Hieroglyphs", unicode.Egyptian_Hieroglyphs},
	{"Elbasan", unicode.Elbasan},
	{"Elymaic", unicode.Elymaic},
	{"Ethiopic", unicode.Ethiopic},
	{"Garay", unicode.Garay},
	{"Georgian", unicode.Georgian},
	{"Glagolitic", unicode.Glagolitic},
	{"Gothic", unicode.Gothic},
	{"Grantha", unicode.Grantha},
	{"Greek", unicode.Greek},
	{"Gujarati", unicode.Gujarati},
	{"Gunjala_Gondi", unicode.Gunjala_Gondi},
	{"Gurmukhi", unicode.Gurmukhi},
	{"Gurung_Khema", unicode.Gurung_Khema},
	{"Han", unicode.Han},
	{"Hangul", unicode.Hangul},
	{"Hanifi_Rohingya", unicode.Hanifi_Rohingya},
	{"Hanunoo", unicode.Hanunoo},
	{"Hatran", unicode.Hatran},
	{"Hebrew", unicode.Hebrew},
	{"Hiragana", unicode.Hiragana},
	{"Imperial_Aramaic", unicode.Imperial_Aramaic},
	{"Inherited", unicode.Inherited},
	{"Inscriptional_Pahlavi", unicode.Inscriptional_Pahlavi},
	{"Inscriptional_Parthian", unicode.Inscriptional_Parthian},
	{"Javanese", unicode.Javanese},
	{"Kaithi", unicode.Kaithi},
	{"Kannada", unicode.Kannada},
	{"Katakana", unicode.Katakana},
	{"Kawi", unicode.Kawi},
	{"Kayah_Li", unicode.Kayah_Li},
	{"Kharoshthi", unicode.Kharoshthi},
	{"Khitan_Small_Script", unicode.Khitan_Small_Script},
	{"Khmer", unicode.Khmer},
	{"Khojki", unicode.Khojki},
	{"Khudawadi", unicode.Khudawadi},
	{"Kirat_Rai", unicode.Kirat_Rai},
	{"Lao", unicode.Lao},
	{"Latin", unicode.Latin},
	{"Lepcha", unicode.Lepcha},
	{"Limbu", unicode.Limbu},
	{"Linear_A", unicode.Linear_A},
	{"Linear_B", unicode.Linear_B},
	{"Lisu", unicode.Lisu},
	{"Lycian", unicode.Lycian},
	{"Lydian", unicode.Lydian},
	{"Mahajani", unicode.Mahajani},
	{"Makasar", unicode.Makasar},
	{"Malayalam", unicode.Malayalam},
	{"Mandaic", unicode.Mandaic},
	{"Manichaean", unicode.Manichaean},
	{"Marchen", unicode.Marchen},
	{"Masaram_Gondi", unicode.Masaram_Gondi},
	{"Medefaidrin", unicode.Medefaidrin},
	{"Meetei_Mayek", unicode.Meetei_Mayek},
	{"Mende_Kikakui", unicode.Mende_Kikakui},
	{"Meroitic_Cursive", unicode.Meroitic_Cursive},
	{"Meroitic_Hieroglyphs", unicode.Meroitic_Hieroglyphs},
	{"Miao", unicode.Miao},
	{"Modi", unicode.Modi},
	{"Mongolian", unicode.Mongolian},
	{"Mro", unicode.Mro},
	{"Multani", unicode.Multani},
	{"Myanmar", unicode.Myanmar},
	{"Nabataean", unicode.Nabataean},
	{"Nag_Mundari", unicode.Nag_Mundari},
	{"Nandinagari", unicode.Nandinagari},
	{"New_Tai_Lue", unicode.New_Tai_Lue},
	{"Newa", unicode.Newa},
	{"Nko", unicode.Nko},
	{"Nushu", unicode.Nushu},
	{"Nyiakeng_Puachue_Hmong", unicode.Nyiakeng_Puachue_Hmong},
	{"Ogham", unicode.Ogham},
	{"Ol_Chiki", unicode.Ol_Chiki},
	{"Ol_Onal", unicode.Ol_Onal},
	{"Old_Hungarian", unicode.Old_Hungarian},
	{"Old_Italic", unicode.Old_Italic},
	{"Old_North_Arabian", unicode.Old_North_Arabian},
	{"Old_Permic", unicode.Old_Permic},
	{"Old_Persian", unicode.Old_Persian},
	{"Old_Sogdian", unicode.Old_Sogdian},
	{"Old_South_Arabian", unicode.Old_South_Arabian},
	{"Old_Turkic", unicode.Old_Turkic},
	{"Old_Uyghur", unicode.Old_Uyghur},
	{"Oriya", unicode.Oriya},
	{"Osage", unicode.Osage},
	{"Osmanya", unicode.Osmanya},
	{"Pahawh_Hmong", unicode.Pahawh_Hmong},
	{"Palmyrene", unicode.Palmyrene},
	{"Pau_Cin_Hau", unicode.Pau_Cin_Hau},
	{"Phags_Pa", unicode.Phags_Pa},
	{"Phoenician", unicode.Phoenician},
	{"Psalter_Pahlavi", unicode.Psalter_Pahlavi},
	{"Rejang", unicode.Rejang},
	{"Runic", unicode.Runic},
	{"Samaritan", unicode.Samaritan},
	{"Saurashtra", unicode.Saurashtra},
	{"Sharada", unicode.Sharada},
	{"Shavian", unicode.Shavian},
	{"Siddham", unicode.Siddham},
	{"Sidetic", unicode.Sidetic},
	{"SignWriting", unicode.SignWriting},
	{"Sinhala", unicode.Sinhala},
	{"Sogdian", unicode.Sogdian},
	{"Sora_Sompeng", unicode.Sora_Sompeng},
	{"Soyombo", unicode.Soyombo},
	{"Sundanese", unicode.Sundanese},
	{"Sunuwar", unicode.Sunuwar},
	{"Syloti_Nagri", unicode.Syloti_Nagri},
	{"Syriac", unicode.Syriac},
	{"Tagalog", unicode.Tagalog},
	{"Tagbanwa", unicode.Tagbanwa},
	{"Tai_Le", unicode.Tai_Le},
	{"Tai_Tham", unicode.Tai_Tham},
	{"Tai_Viet", unicode.Tai_Viet},
	{"Tai_Yo", unicode.Tai_Yo},
	{"Takri", unicode.Takri},
	{"Tamil", unicode.Tamil},
	{"Tangsa", unicode.Tangsa},
	{"Tangut", unicode.Tangut},
	{"Telugu", unicode.Telugu},
	{"Thaana", unicode.Thaana},
	{"Thai", unicode.Thai},
	{"Tibetan", unicode.Tibetan},
	{"Tifinagh", unicode.Tifinagh},
	{"Tirhuta", unicode.Tirhuta},
	{"Todhri", unicode.Todhri},
	{"Tolong_Siki", unicode.Tolong_Siki},
	{"Toto", unicode.Toto},
	{"Tulu_Tigalari", unicode.Tulu_Tigalari},
	{"Ugaritic", unicode.Ugaritic},
	{"Vai", unicode.Vai},
	{"Vithkuqi", unicode.Vithkuqi},
	{"Wancho", unicode.Wancho},
	{"Warang_Citi", unicode.Warang_Citi},
	{"Yezidi", unicode.Yezidi},
	{"Yi", unicode.Yi},
	{"Zanabazar_Square", unicode.Zanabazar_Square},
}
