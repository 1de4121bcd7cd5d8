package unicode

// The category tables: Unicode's general categories, each one-letter category the union of
// its two-letter ones (C includes Cn, the unassigned code points), and LC the cased letters
// (Lu, Ll and Lt). The script and property tables are in tables.go.
var (
	C  = _C
	Cc = _Cc
	Cf = _Cf
	Cn = _Cn
	Co = _Co
	Cs = _Cs
	L  = _L
	LC = _LC
	Ll = _Ll
	Lm = _Lm
	Lo = _Lo
	Lt = _Lt
	Lu = _Lu
	M  = _M
	Mc = _Mc
	Me = _Me
	Mn = _Mn
	N  = _N
	Nd = _Nd
	Nl = _Nl
	No = _No
	P  = _P
	Pc = _Pc
	Pd = _Pd
	Pe = _Pe
	Pf = _Pf
	Pi = _Pi
	Po = _Po
	Ps = _Ps
	S  = _S
	Sc = _Sc
	Sk = _Sk
	Sm = _Sm
	So = _So
	Z  = _Z
	Zl = _Zl
	Zp = _Zp
	Zs = _Zs

	Other  = _C
	Letter = _L
	Lower  = _Ll
	Title  = _Lt
	Upper  = _Lu
	Mark   = _M
	Number = _N
	Digit  = _Nd
	Punct  = _P
	Symbol = _S
	Space  = _Z

	// CaseRanges holds the simple case mappings (To, ToUpper, ToLower, ToTitle).
	CaseRanges = _CaseRanges
)

// GraphicRanges are the categories IsGraphic accepts; PrintRanges those IsPrint accepts.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

var PrintRanges = []*RangeTable{L, M, N, P, S}

// IsGraphic reports whether r is a letter, mark, number, punctuation, symbol or space
// separator (Zs).
func IsGraphic(r rune) bool { return In(r, GraphicRanges...) }

// IsPrint is IsGraphic with ASCII space as the only space: a letter, mark, number,
// punctuation or symbol, or U+0020.
func IsPrint(r rune) bool {
	if r == ' ' {
		return true
	}
	return In(r, PrintRanges...)
}

// IsControl reports whether r is a control character; only Latin-1 ones (C0 and C1) are.
func IsControl(r rune) bool {
	return uint32(r) <= MaxLatin1 && (r < 0x20 || 0x7F <= r && r <= 0x9F)
}

// IsLetter reports whether r is a letter (L).
func IsLetter(r rune) bool { return Is(Letter, r) }

// IsMark reports whether r is a mark (M).
func IsMark(r rune) bool { return Is(Mark, r) }

// IsNumber reports whether r is a number (N).
func IsNumber(r rune) bool { return Is(Number, r) }

// IsDigit reports whether r is a decimal digit (Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return Is(Digit, r)
}

// IsPunct reports whether r is punctuation (P).
func IsPunct(r rune) bool { return Is(Punct, r) }

// IsSymbol reports whether r is a symbol (S).
func IsSymbol(r rune) bool { return Is(Symbol, r) }

// IsSpace reports whether r is white space: '\t', '\n', '\v', '\f', '\r', ' ', U+0085,
// U+00A0, and the White_Space property beyond Latin-1.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return Is(White_Space, r)
}
