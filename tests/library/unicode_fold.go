// unicode: SimpleFold over every code point, the Turkish special case, and every category,
// script and property table gc's package exports (each one's layout and membership over a
// sample of code points), compared with gc's package (Unicode 17.0.0).
package main

import "unicode"

type named struct {
	name  string
	table *unicode.RangeTable
}

var categories = []named{
	{"C", unicode.C}, {"Cc", unicode.Cc}, {"Cf", unicode.Cf}, {"Cn", unicode.Cn}, {"Co", unicode.Co},
	{"Cs", unicode.Cs}, {"L", unicode.L}, {"LC", unicode.LC}, {"Ll", unicode.Ll}, {"Lm", unicode.Lm},
	{"Lo", unicode.Lo}, {"Lt", unicode.Lt}, {"Lu", unicode.Lu}, {"M", unicode.M}, {"Mc", unicode.Mc},
	{"Me", unicode.Me}, {"Mn", unicode.Mn}, {"N", unicode.N}, {"Nd", unicode.Nd}, {"Nl", unicode.Nl},
	{"No", unicode.No}, {"P", unicode.P}, {"Pc", unicode.Pc}, {"Pd", unicode.Pd}, {"Pe", unicode.Pe},
	{"Pf", unicode.Pf}, {"Pi", unicode.Pi}, {"Po", unicode.Po}, {"Ps", unicode.Ps}, {"S", unicode.S},
	{"Sc", unicode.Sc}, {"Sk", unicode.Sk}, {"Sm", unicode.Sm}, {"So", unicode.So}, {"Z", unicode.Z},
	{"Zl", unicode.Zl}, {"Zp", unicode.Zp}, {"Zs", unicode.Zs},
	{"Other", unicode.Other}, {"Letter", unicode.Letter}, {"Lower", unicode.Lower},
	{"Title", unicode.Title}, {"Upper", unicode.Upper}, {"Mark", unicode.Mark},
	{"Number", unicode.Number}, {"Digit", unicode.Digit}, {"Punct", unicode.Punct},
	{"Symbol", unicode.Symbol}, {"Space", unicode.Space},
}

var scripts = []named{
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

var properties = []named{
	{"ASCII_Hex_Digit", unicode.ASCII_Hex_Digit},
	{"Bidi_Control", unicode.Bidi_Control},
	{"Dash", unicode.Dash},
	{"Deprecated", unicode.Deprecated},
	{"Diacritic", unicode.Diacritic},
	{"Extender", unicode.Extender},
	{"Hex_Digit", unicode.Hex_Digit},
	{"Hyphen", unicode.Hyphen},
	{"IDS_Binary_Operator", unicode.IDS_Binary_Operator},
	{"IDS_Trinary_Operator", unicode.IDS_Trinary_Operator},
	{"IDS_Unary_Operator", unicode.IDS_Unary_Operator},
	{"ID_Compat_Math_Continue", unicode.ID_Compat_Math_Continue},
	{"ID_Compat_Math_Start", unicode.ID_Compat_Math_Start},
	{"Ideographic", unicode.Ideographic},
	{"Join_Control", unicode.Join_Control},
	{"Logical_Order_Exception", unicode.Logical_Order_Exception},
	{"Modifier_Combining_Mark", unicode.Modifier_Combining_Mark},
	{"Noncharacter_Code_Point", unicode.Noncharacter_Code_Point},
	{"Other_Alphabetic", unicode.Other_Alphabetic},
	{"Other_Default_Ignorable_Code_Point", unicode.Other_Default_Ignorable_Code_Point},
	{"Other_Grapheme_Extend", unicode.Other_Grapheme_Extend},
	{"Other_ID_Continue", unicode.Other_ID_Continue},
	{"Other_ID_Start", unicode.Other_ID_Start},
	{"Other_Lowercase", unicode.Other_Lowercase},
	{"Other_Math", unicode.Other_Math},
	{"Other_Uppercase", unicode.Other_Uppercase},
	{"Pattern_Syntax", unicode.Pattern_Syntax},
	{"Pattern_White_Space", unicode.Pattern_White_Space},
	{"Prepended_Concatenation_Mark", unicode.Prepended_Concatenation_Mark},
	{"Quotation_Mark", unicode.Quotation_Mark},
	{"Radical", unicode.Radical},
	{"Regional_Indicator", unicode.Regional_Indicator},
	{"STerm", unicode.STerm},
	{"Sentence_Terminal", unicode.Sentence_Terminal},
	{"Soft_Dotted", unicode.Soft_Dotted},
	{"Terminal_Punctuation", unicode.Terminal_Punctuation},
	{"Unified_Ideograph", unicode.Unified_Ideograph},
	{"Variation_Selector", unicode.Variation_Selector},
	{"White_Space", unicode.White_Space},
}

// layout prints a table's shape and a checksum of its ranges, then a checksum of its
// membership over every third code point of the planes that have assigned ones.
func layout(n named) {
	t := n.table
	var h uint64
	for _, r := range t.R16 {
		h = h*1000003 + uint64(r.Lo)<<32 + uint64(r.Hi)<<8 + uint64(r.Stride)
	}
	for _, r := range t.R32 {
		h = h*1000003 + uint64(r.Lo)<<32 + uint64(r.Hi)<<8 + uint64(r.Stride)
	}
	var m uint64
	count := 0
	for r := rune(-1); r <= unicode.MaxRune+1; r += 3 {
		if r == 0x40001 {
			r = 0xE0000
		}
		if unicode.Is(t, r) {
			m = m*31 + uint64(r)
			count++
		}
	}
	println(n.name, len(t.R16), len(t.R32), t.LatinOffset, t.R16 == nil, t.R32 == nil, h, count, m)
}

func main() {
	// SimpleFold over every code point and a little beyond: a checksum, the number of code
	// points it moves, and the longest orbit.
	var sum uint64
	moved, longest := 0, 0
	for r := rune(-3); r <= unicode.MaxRune+3; r++ {
		f := unicode.SimpleFold(r)
		sum = sum*31 + uint64(f)
		if f != r {
			moved++
			n := 1
			for g := f; g != r && n < 10; g = unicode.SimpleFold(g) {
				n++
			}
			if n > longest {
				longest = n
			}
		}
	}
	println("SimpleFold", moved, longest, sum)
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'S', 's', 'ſ', 'µ', 'Μ', 'μ', 'ß', 'ẞ',
		'İ', 'ı', 'i', 'I', 'ǅ', 'ǆ', 'Σ', 'σ', 'ς', 'θ', 'ϑ', 'ϴ', 'ͅ', 'ι', '\u1FBE', 'ﬅ', 'ﬆ', 'Ꙋ', 'ᲈ',
		'Ⴀ', 'ⴀ', 'Ა', 'ა', 'Ꭰ', 'ꭰ', '\U00010400', '\U00010428', '\U0001E900', '1', ' ', 0xFFFD,
		-1, -2, unicode.MaxRune, unicode.MaxRune + 1, 0x7FFFFFFF} {
		print(r, ":")
		g := r
		for i := 0; i < 5; i++ {
			g = unicode.SimpleFold(g)
			print(" ", g)
			if g == r {
				break
			}
		}
		println()
	}

	// The Turkish and Azeri special cases, against the plain mappings.
	for _, r := range []rune{'i', 'I', 'İ', 'ı', 'a', 'Z', 'ǅ', 'ß', -1, 0x110000} {
		println(r, unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r),
			unicode.TurkishCase.ToTitle(r), unicode.AzeriCase.ToUpper(r), unicode.AzeriCase.ToLower(r),
			unicode.ToUpper(r), unicode.ToLower(r))
	}
	println(len(unicode.TurkishCase), len(unicode.AzeriCase), len(unicode.CaseRanges))
	for i := 0; i < len(unicode.CaseRanges); i += 37 {
		c := unicode.CaseRanges[i]
		println(c.Lo, c.Hi, c.Delta[unicode.UpperCase], c.Delta[unicode.LowerCase], c.Delta[unicode.TitleCase])
	}

	for _, n := range categories {
		layout(n)
	}
	for _, n := range scripts {
		layout(n)
	}
	for _, n := range properties {
		layout(n)
	}

	// In and IsOneOf over script lists.
	cjk := []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul}
	for _, r := range "aЖ漢かカ한١ ̀\u0378" {
		println(r, unicode.In(r, cjk...), unicode.IsOneOf(cjk, r), unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic),
			unicode.Is(unicode.Common, r), unicode.Is(unicode.Inherited, r), unicode.Is(unicode.Cn, r), unicode.Is(unicode.C, r),
			unicode.Is(unicode.LC, r), unicode.In(r), unicode.Is(unicode.STerm, r), unicode.Is(unicode.Sentence_Terminal, r))
	}
}
