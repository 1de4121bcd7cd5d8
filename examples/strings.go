// strings.go: strings are immutable byte sequences, usually UTF-8. Indexing gives bytes,
// `range` decodes runes, and conversions to []byte / []rune / string copy the data.
package main

func main() {
	s := "héllo, 世界"
	println(s, "has", len(s), "bytes")

	// Indexing yields a byte (uint8); é is two bytes in UTF-8.
	println("s[0] =", s[0], "s[1] =", s[1], "s[2] =", s[2])

	// Slicing yields a string sharing the same bytes.
	println("s[0:1] =", s[0:1], "s[7:] =", s[7:], "s[:0] is empty:", s[:0] == "")

	// range decodes one rune at a time; i is the byte offset.
	for i, r := range s {
		println(i, r, string(r))
	}

	// Invalid UTF-8 decodes as U+FFFD (65533), one byte at a time.
	bad := "a\xffb"
	for i, r := range bad {
		println("bad:", i, r)
	}

	// Conversions.
	b := []byte("abc")
	b[0] = 'A' // the []byte is a copy; the string is unchanged
	println(string(b), len(b))
	runes := []rune("世界!")
	println(len(runes), runes[0], string(runes[1]))
	println(string(rune(65)), string(runes))

	// Concatenation builds a new string.
	greeting := "hello"
	greeting += ", " + "gopher"
	println(greeting, len(greeting))
	var built string
	for i := 0; i < 5; i++ {
		built += string(rune('a' + i))
	}
	println(built)

	// Comparison is byte-wise, lexicographic.
	println("apple" < "banana", "apple" < "app", "Z" < "a", "go" == "g"+"o")
	x, y := "abc", "abd"
	println(x < y, x >= y, x != y)

	// Raw strings keep backslashes and newlines as written.
	raw := `C:\dir\n`
	println(raw, len(raw))

	// Escapes in interpreted strings.
	println("tab:\tquote:\" unicode:\u00e9 hex:\x41")
}
