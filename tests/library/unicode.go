// unicode: every predicate and case mapping over every code point (checksums), and a few
// code points spelled out, compared with gc's package (Unicode 17.0.0).
package main

import "unicode"

func main() {
	// A checksum of each predicate and mapping over every code point of planes 0-3 and
	// 14-16 (4-13 have none assigned), and some outside the range.
	var sums [16]uint64
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if r == 0x40000 {
			r = 0xE0000
		}
		preds := []bool{unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsMark(r),
			unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsSpace(r), unicode.IsControl(r),
			unicode.IsGraphic(r), unicode.IsPrint(r)}
		for i, p := range preds {
			if p {
				sums[i] = sums[i]*31 + uint64(r)
			}
		}
		sums[13] = sums[13]*31 + uint64(unicode.ToUpper(r))
		sums[14] = sums[14]*31 + uint64(unicode.ToLower(r))
		sums[15] = sums[15]*31 + uint64(unicode.ToTitle(r))
	}
	for i, s := range sums {
		println(i, s)
	}
	println(unicode.Version, unicode.In('x', unicode.Lu, unicode.Ll), unicode.Is(unicode.Zs, 0x3000))
	for _, r := range []rune{'A', 'z', 'ǅ', 'Σ', 'ς', 'ß', 'İ', 'ı', 'ﬃ', '٣', 'Ⅻ', '½', '\u00a0',
		'\u2028', '\u200b', '\ufeff', '\U0001F600', '\U0010FFFF', '\U000E0001', -1} {
		println(r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.To(unicode.TitleCase, r), unicode.To(7, r), unicode.IsLetter(r), unicode.IsPrint(r),
			unicode.IsGraphic(r), unicode.IsSpace(r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Co, r),
			unicode.IsOneOf([]*unicode.RangeTable{unicode.Nl, unicode.No}, r))
	}
	// A table of the program's own.
	vowels := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'e', 4}, {'i', 'o', 6}, {'u', 'u', 1}}, LatinOffset: 3}
	for _, r := range "abcdeiou" {
		print(unicode.Is(vowels, r), " ")
	}
	println()
}
