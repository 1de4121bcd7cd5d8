// Package unicode tells what Unicode says of a code point — its category, whether it is a
// letter, digit, space, printable — and maps it between upper, lower and title case.
//
// gocrane's implementation; tables.go is generated from the Unicode Character Database
// (scripts/unicode.sh).
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest code point
	ReplacementChar = '\uFFFD'     // stands for an invalid code point
	MaxASCII        = '\u007F'     // the largest ASCII value
	MaxLatin1       = '\u00FF'     // the largest Latin-1 value
)

// Indexes into the delta arrays of CaseRange, and the number of cases.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange's deltas marks a run alternating upper and lower case letters
// (upper at even offsets from Lo).
const UpperLower = MaxRune + 1

// A RangeTable is a set of code points, as ranges with strides: 16-bit ones first (R16), then
// 32-bit ones (R32); LatinOffset counts the R16 ranges that end within Latin-1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 is Lo, Lo+Stride, Lo+2*Stride, … up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is Range16 for code points past 0xFFFF.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange maps the code points Lo…Hi to their upper, lower and title case by adding Delta.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// SpecialCase holds a language's own case mappings (Turkish and Azeri in gc's package).
type SpecialCase []CaseRange

func in16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := &ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func in32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := &ranges[m]
		if rg.Lo <= r && r <= rg.Hi {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
		if r < rg.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

// Is reports whether r is in the table.
func Is(rangeTab *RangeTable, r rune) bool {
	if r < 0 {
		return false
	}
	if len(rangeTab.R16) > 0 && uint32(r) <= uint32(rangeTab.R16[len(rangeTab.R16)-1].Hi) {
		return in16(rangeTab.R16, uint16(r))
	}
	if len(rangeTab.R32) > 0 && r >= rune(rangeTab.R32[0].Lo) {
		return in32(rangeTab.R32, uint32(r))
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with the tables in a slice.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsUpper reports whether r is an upper case letter (Lu).
func IsUpper(r rune) bool { return Is(Upper, r) }

// IsLower reports whether r is a lower case letter (Ll).
func IsLower(r rune) bool { return Is(Lower, r) }

// IsTitle reports whether r is a title case letter (Lt).
func IsTitle(r rune) bool { return Is(Title, r) }

// to maps r to case _case with the table, reporting whether the table has r.
func to(_case int, r rune, caseRange []CaseRange) (mapped rune, found bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Alternating upper/lower pairs: upper at even offsets.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// To maps r to case _case (UpperCase, LowerCase or TitleCase).
func To(_case int, r rune) rune {
	r, _ = to(_case, r, CaseRanges)
	return r
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// ToUpper maps r to upper case, the special mappings first.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps r to title case, the special mappings first.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps r to lower case, the special mappings first.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

// TurkishCase maps the dotted and dotless i the Turkish way: I↔ı and İ↔i, instead of I↔i.
var TurkishCase SpecialCase = _TurkishCase

var _TurkishCase = SpecialCase{
	{'I', 'I', d{0, 'ı' - 'I', 0}},
	{'i', 'i', d{'İ' - 'i', 0, 'İ' - 'i'}},
	{'İ', 'İ', d{0, 'i' - 'İ', 0}},
	{'ı', 'ı', d{'I' - 'ı', 0, 'I' - 'ı'}},
}

// AzeriCase is TurkishCase: Azeri cases the i's the same way.
var AzeriCase SpecialCase = _TurkishCase

// foldStep is an entry of foldSteps (tables.go): From's successor in its orbit is To.
type foldStep struct {
	From uint16
	To   uint16
}

// SimpleFold returns the code point after r in r's orbit under Unicode's simple case
// folding: the smallest equivalent code point greater than r, or, when r is the largest, the
// smallest of the orbit (r itself when nothing else folds with it). Invalid code points are
// returned unchanged. Calling it repeatedly from r cycles through all of r's case forms.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	// The orbits the case mappings cannot tell: a binary search of foldSteps.
	lo, hi := 0, len(foldSteps)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(foldSteps[m].From) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(foldSteps) && rune(foldSteps[lo].From) == r {
		return rune(foldSteps[lo].To)
	}
	// Otherwise the orbit is r with its lower case form, or with its upper case form.
	if l, ok := to(LowerCase, r, CaseRanges); ok {
		if l != r {
			return l
		}
		u, _ := to(UpperCase, r, CaseRanges)
		return u
	}
	return r
}
