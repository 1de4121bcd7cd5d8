package main

func cat(a, b string) string { return a + b }

func main() {
	s := cat("hello, ", "world")
	println(s, len(s), s[4], s[7:], s[:5], s == "hello, world", s < "hello", s > "hello")
	b := []byte(s)
	b[0] = 'H'
	t := string(b)
	println(t, s)
	println(s + "!" + t + "?" + "x" + s + "y")
	n := 0
	for i := 0; i < len("héllo"); {
		r, next := decode("héllo", i)
		println(i, r)
		i = next
		n++
	}
	println(n, string(rune(233)), string(rune(-1)))
}

func decode(s string, i int) (rune, int) {
	for j, r := range s[i:] {
		_ = j
		next := i + len(string(r))
		return r, next
	}
	return 0, 0
}
