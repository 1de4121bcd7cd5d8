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

// unicodeClass is the class \p{name} names, case-insensitive when fold: one of Go's special
// names (Any, Assigned, ASCII), a general category, one of their long names, or a script
// (unicodeTable, at the end of the file), compared as Go does: ignoring case, spaces,
// hyphens and underscores.
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
	if table := unicodeTable(want); table != nil {
		return classItem{table: table, fold: fold}, true
	}
	return classItem{}, false
}

// canonicalName is name without spaces, hyphens and underscores, its first remaining
// character upper-cased and the others lower-cased (ASCII letters only): "old_italic" and
// "Old Italic" are both "Olditalic".
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

// unicodeNames are the names unicodeTable knows, canonical (see canonicalName), in groups
// ended by "|": the general categories, each with its long names, then the scripts.
// Group i names unicodeTables[i]. (A string and a slice of tables make less code than a
// slice of name-table pairs, or a switch on the names.)
const unicodeNames = "" +
	"C Other|" +
	"Cc Cntrl Control|" +
	"Cf Format|" +
	"Cn Unassigned|" +
	"Co Privateuse|" +
	"Cs Surrogate|" +
	"L Letter|" +
	"Ll Lowercaseletter|" +
	"Lm Modifierletter|" +
	"Lo Otherletter|" +
	"Lt Titlecaseletter|" +
	"Lu Uppercaseletter|" +
	"M Combiningmark Mark|" +
	"Mc Spacingmark|" +
	"Me Enclosingmark|" +
	"Mn Nonspacingmark|" +
	"N Number|" +
	"Nd Decimalnumber Digit|" +
	"Nl Letternumber|" +
	"No Othernumber|" +
	"P Punct Punctuation|" +
	"Pc Connectorpunctuation|" +
	"Pd Dashpunctuation|" +
	"Pe Closepunctuation|" +
	"Pf Finalpunctuation|" +
	"Pi Initialpunctuation|" +
	"Po Otherpunctuation|" +
	"Ps Openpunctuation|" +
	"S Symbol|" +
	"Sc Currencysymbol|" +
	"Sk Modifiersymbol|" +
	"Sm Mathsymbol|" +
	"So Othersymbol|" +
	"Z Separator|" +
	"Zl Lineseparator|" +
	"Zp Paragraphseparator|" +
	"Zs Spaceseparator|" +
	"Adlam|" +
	"Ahom|" +
	"Anatolianhieroglyphs|" +
	"Arabic|" +
	"Armenian|" +
	"Avestan|" +
	"Balinese|" +
	"Bamum|" +
	"Bassavah|" +
	"Batak|" +
	"Bengali|" +
	"Beriaerfe|" +
	"Bhaiksuki|" +
	"Bopomofo|" +
	"Brahmi|" +
	"Braille|" +
	"Buginese|" +
	"Buhid|" +
	"Canadianaboriginal|" +
	"Carian|" +
	"Caucasianalbanian|" +
	"Chakma|" +
	"Cham|" +
	"Cherokee|" +
	"Chorasmian|" +
	"Common|" +
	"Coptic|" +
	"Cuneiform|" +
	"Cypriot|" +
	"Cyprominoan|" +
	"Cyrillic|" +
	"Deseret|" +
	"Devanagari|" +
	"Divesakuru|" +
	"Dogra|" +
	"Duployan|" +
	"Egyptianhieroglyphs|" +
	"Elbasan|" +
	"Elymaic|" +
	"Ethiopic|" +
	"Garay|" +
	"Georgian|" +
	"Glagolitic|" +
	"Gothic|" +
	"Grantha|" +
	"Greek|" +
	"Gujarati|" +
	"Gunjalagondi|" +
	"Gurmukhi|" +
	"Gurungkhema|" +
	"Han|" +
	"Hangul|" +
	"Hanifirohingya|" +
	"Hanunoo|" +
	"Hatran|" +
	"Hebrew|" +
	"Hiragana|" +
	"Imperialaramaic|" +
	"Inherited|" +
	"Inscriptionalpahlavi|" +
	"Inscriptionalparthian|" +
	"Javanese|" +
	"Kaithi|" +
	"Kannada|" +
	"Katakana|" +
	"Kawi|" +
	"Kayahli|" +
	"Kharoshthi|" +
	"Khitansmallscript|" +
	"Khmer|" +
	"Khojki|" +
	"Khudawadi|" +
	"Kiratrai|" +
	"Lao|" +
	"Latin|" +
	"Lepcha|" +
	"Limbu|" +
	"Lineara|" +
	"Linearb|" +
	"Lisu|" +
	"Lycian|" +
	"Lydian|" +
	"Mahajani|" +
	"Makasar|" +
	"Malayalam|" +
	"Mandaic|" +
	"Manichaean|" +
	"Marchen|" +
	"Masaramgondi|" +
	"Medefaidrin|" +
	"Meeteimayek|" +
	"Mendekikakui|" +
	"Meroiticcursive|" +
	"Meroitichieroglyphs|" +
	"Miao|" +
	"Modi|" +
	"Mongolian|" +
	"Mro|" +
	"Multani|" +
	"Myanmar|" +
	"Nabataean|" +
	"Nagmundari|" +
	"Nandinagari|" +
	"Newtailue|" +
	"Newa|" +
	"Nko|" +
	"Nushu|" +
	"Nyiakengpuachuehmong|" +
	"Ogham|" +
	"Olchiki|" +
	"Olonal|" +
	"Oldhungarian|" +
	"Olditalic|" +
	"Oldnortharabian|" +
	"Oldpermic|" +
	"Oldpersian|" +
	"Oldsogdian|" +
	"Oldsoutharabian|" +
	"Oldturkic|" +
	"Olduyghur|" +
	"Oriya|" +
	"Osage|" +
	"Osmanya|" +
	"Pahawhhmong|" +
	"Palmyrene|" +
	"Paucinhau|" +
	"Phagspa|" +
	"Phoenician|" +
	"Psalterpahlavi|" +
	"Rejang|" +
	"Runic|" +
	"Samaritan|" +
	"Saurashtra|" +
	"Sharada|" +
	"Shavian|" +
	"Siddham|" +
	"Sidetic|" +
	"Signwriting|" +
	"Sinhala|" +
	"Sogdian|" +
	"Sorasompeng|" +
	"Soyombo|" +
	"Sundanese|" +
	"Sunuwar|" +
	"Sylotinagri|" +
	"Syriac|" +
	"Tagalog|" +
	"Tagbanwa|" +
	"Taile|" +
	"Taitham|" +
	"Taiviet|" +
	"Taiyo|" +
	"Takri|" +
	"Tamil|" +
	"Tangsa|" +
	"Tangut|" +
	"Telugu|" +
	"Thaana|" +
	"Thai|" +
	"Tibetan|" +
	"Tifinagh|" +
	"Tirhuta|" +
	"Todhri|" +
	"Tolongsiki|" +
	"Toto|" +
	"Tulutigalari|" +
	"Ugaritic|" +
	"Vai|" +
	"Vithkuqi|" +
	"Wancho|" +
	"Warangciti|" +
	"Yezidi|" +
	"Yi|" +
	"Zanabazarsquare|"

// unicodeTable is the table of the general category (by its short or long name) or the
// script that canonical, a name passed through canonicalName, names, or nil.
func unicodeTable(canonical string) *unicode.RangeTable {
	group, start := 0, 0
	for i := 0; i < len(unicodeNames); i++ {
		if c := unicodeNames[i]; c == ' ' || c == '|' {
			if unicodeNames[start:i] == canonical {
				return unicodeTables[group]
			}
			if c == '|' {
				group++
			}
			start = i + 1
		}
	}
	return nil
}

// unicodeTables are the tables unicodeNames names, group by group.
var unicodeTables = []*unicode.RangeTable{
	unicode.C, unicode.Cc, unicode.Cf, unicode.Cn, unicode.Co, unicode.Cs, unicode.L,
	unicode.Ll, unicode.Lm, unicode.Lo, unicode.Lt, unicode.Lu, unicode.M, unicode.Mc,
	unicode.Me, unicode.Mn, unicode.N, unicode.Nd, unicode.Nl, unicode.No, unicode.P,
	unicode.Pc, unicode.Pd, unicode.Pe, unicode.Pf, unicode.Pi, unicode.Po, unicode.Ps,
	unicode.S, unicode.Sc, unicode.Sk, unicode.Sm, unicode.So, unicode.Z, unicode.Zl,
	unicode.Zp, unicode.Zs,

	unicode.Adlam, unicode.Ahom, unicode.Anatolian_Hieroglyphs, unicode.Arabic,
	unicode.Armenian, unicode.Avestan, unicode.Balinese, unicode.Bamum, unicode.Bassa_Vah,
	unicode.Batak, unicode.Bengali, unicode.Beria_Erfe, unicode.Bhaiksuki, unicode.Bopomofo,
	unicode.Brahmi, unicode.Braille, unicode.Buginese, unicode.Buhid,
	unicode.Canadian_Aboriginal, unicode.Carian, unicode.Caucasian_Albanian, unicode.Chakma,
	unicode.Cham, unicode.Cherokee, unicode.Chorasmian, unicode.Common, unicode.Coptic,
	unicode.Cuneiform, unicode.Cypriot, unicode.Cypro_Minoan, unicode.Cyrillic,
	unicode.Deseret, unicode.Devanagari, unicode.Dives_Akuru, unicode.Dogra, unicode.Duployan,
	unicode.Egyptian_Hieroglyphs, unicode.Elbasan, unicode.Elymaic, unicode.Ethiopic,
	unicode.Garay, unicode.Georgian, unicode.Glagolitic, unicode.Gothic, unicode.Grantha,
	unicode.Greek, unicode.Gujarati, unicode.Gunjala_Gondi, unicode.Gurmukhi,
	unicode.Gurung_Khema, unicode.Han, unicode.Hangul, unicode.Hanifi_Rohingya,
	unicode.Hanunoo, unicode.Hatran, unicode.Hebrew, unicode.Hiragana,
	unicode.Imperial_Aramaic, unicode.Inherited, unicode.Inscriptional_Pahlavi,
	unicode.Inscriptional_Parthian, unicode.Javanese, unicode.Kaithi, unicode.Kannada,
	unicode.Katakana, unicode.Kawi, unicode.Kayah_Li, unicode.Kharoshthi,
	unicode.Khitan_Small_Script, unicode.Khmer, unicode.Khojki, unicode.Khudawadi,
	unicode.Kirat_Rai, unicode.Lao, unicode.Latin, unicode.Lepcha, unicode.Limbu,
	unicode.Linear_A, unicode.Linear_B, unicode.Lisu, unicode.Lycian, unicode.Lydian,
	unicode.Mahajani, unicode.Makasar, unicode.Malayalam, unicode.Mandaic, unicode.Manichaean,
	unicode.Marchen, unicode.Masaram_Gondi, unicode.Medefaidrin, unicode.Meetei_Mayek,
	unicode.Mende_Kikakui, unicode.Meroitic_Cursive, unicode.Meroitic_Hieroglyphs,
	unicode.Miao, unicode.Modi, unicode.Mongolian, unicode.Mro, unicode.Multani,
	unicode.Myanmar, unicode.Nabataean, unicode.Nag_Mundari, unicode.Nandinagari,
	unicode.New_Tai_Lue, unicode.Newa, unicode.Nko, unicode.Nushu,
	unicode.Nyiakeng_Puachue_Hmong, unicode.Ogham, unicode.Ol_Chiki, unicode.Ol_Onal,
	unicode.Old_Hungarian, unicode.Old_Italic, unicode.Old_North_Arabian, unicode.Old_Permic,
	unicode.Old_Persian, unicode.Old_Sogdian, unicode.Old_South_Arabian, unicode.Old_Turkic,
	unicode.Old_Uyghur, unicode.Oriya, unicode.Osage, unicode.Osmanya, unicode.Pahawh_Hmong,
	unicode.Palmyrene, unicode.Pau_Cin_Hau, unicode.Phags_Pa, unicode.Phoenician,
	unicode.Psalter_Pahlavi, unicode.Rejang, unicode.Runic, unicode.Samaritan,
	unicode.Saurashtra, unicode.Sharada, unicode.Shavian, unicode.Siddham, unicode.Sidetic,
	unicode.SignWriting, unicode.Sinhala, unicode.Sogdian, unicode.Sora_Sompeng,
	unicode.Soyombo, unicode.Sundanese, unicode.Sunuwar, unicode.Syloti_Nagri, unicode.Syriac,
	unicode.Tagalog, unicode.Tagbanwa, unicode.Tai_Le, unicode.Tai_Tham, unicode.Tai_Viet,
	unicode.Tai_Yo, unicode.Takri, unicode.Tamil, unicode.Tangsa, unicode.Tangut,
	unicode.Telugu, unicode.Thaana, unicode.Thai, unicode.Tibetan, unicode.Tifinagh,
	unicode.Tirhuta, unicode.Todhri, unicode.Tolong_Siki, unicode.Toto, unicode.Tulu_Tigalari,
	unicode.Ugaritic, unicode.Vai, unicode.Vithkuqi, unicode.Wancho, unicode.Warang_Citi,
	unicode.Yezidi, unicode.Yi, unicode.Zanabazar_Square,
}
