// String conversions, concatenation and append.
package main

var keep string
var keepb []byte

func concat(a, b string) string { return a + b }

func local(a, b string) int {
	s := a + b + "!"
	return len(s)
}

func conv(s string) int {
	b := []byte(s)
	b[0] = 'x'
	r := []rune(s)
	return len(b) + len(r)
}

func readOnly(s string) byte {
	b := []byte(s)
	return b[0]
}

func back(b []byte) string {
	return string(b)
}

func cmp(b []byte) bool {
	return string(b) == "hi"
}

func grow(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

func growKeep(n int) {
	for i := 0; i < n; i++ {
		keepb = append(keepb, byte(i))
	}
}

// range over a string: the walk decodes ASCII inline and calls runtime.decoderune for the
// rest.
func runes() int {
	n := 0
	for i, r := range "hé!" {
		n += i * int(r)
	}
	for range "ab" {
		n++
	}
	return n
}

func main() {
	keep = concat("a", "b")
	println(runes())
	println(local("x", "y"), conv("héllo"), readOnly("abc"), back([]byte{'o', 'k'}), cmp([]byte("hi")))
	println(grow(10))
	growKeep(3)
	r := 'é'
	keep = string(r)
	n := 65
	println(string(rune(n)) + keep)
}
