// maps.go: the runtime calls gocrane makes for map operations are gc's, with gc's choice of
// the _fast32/_fast64/_fast64ptr/_faststr variants (walk.mapfast) and of a map's allocation.
package main

type pair struct{ a, b int }

type big struct{ x [200]byte }

//go:noinline
func counts(words []string) map[string]int {
	m := make(map[string]int) // amd64:"CALL\truntime.makemap_small\(SB\)" arm64:"CALL\truntime.makemap_small\(SB\)"
	for _, w := range words {
		m[w]++ // amd64:"CALL\truntime.mapassign_faststr\(SB\)",-"mapaccess" arm64:"CALL\truntime.mapassign_faststr\(SB\)",-"mapaccess"
	}
	return m
}

//go:noinline
func sized(n int) map[int]int {
	return make(map[int]int, n) // amd64:"CALL\truntime.makemap\(SB\)" arm64:"CALL\truntime.makemap\(SB\)"
}

//go:noinline
func local(k int32) bool {
	m := map[int32]bool{} // amd64:"CALL\truntime.rand\(SB\)",-"makemap" arm64:"CALL\truntime.rand\(SB\)",-"makemap"
	m[k] = true           // amd64:"CALL\truntime.mapassign_fast32\(SB\)" arm64:"CALL\truntime.mapassign_fast32\(SB\)"
	_, ok := m[k+1]       // amd64:"CALL\truntime.mapaccess2_fast32\(SB\)" arm64:"CALL\truntime.mapaccess2_fast32\(SB\)"
	return ok
}

//go:noinline
func lookups(m map[int64]string, p map[*int]int, s map[pair]bool, b map[int]big, k int64) int {
	x := 7
	n := len(m[k])  // amd64:"CALL\truntime.mapaccess1_fast64\(SB\)" arm64:"CALL\truntime.mapaccess1_fast64\(SB\)"
	p[&x] = 1       // amd64:"CALL\truntime.mapassign_fast64ptr\(SB\)" arm64:"CALL\truntime.mapassign_fast64ptr\(SB\)"
	n += p[&x]      // amd64:"CALL\truntime.mapaccess1_fast64\(SB\)" arm64:"CALL\truntime.mapaccess1_fast64\(SB\)"
	if s[pair{1, 2}] { // amd64:"CALL\truntime.mapaccess1\(SB\)" arm64:"CALL\truntime.mapaccess1\(SB\)"
		n++
	}
	b[1] = big{} // amd64:"CALL\truntime.mapassign\(SB\)",-"fast64" arm64:"CALL\truntime.mapassign\(SB\)",-"fast64"
	return n
}

//go:noinline
func cleanup(m map[string]int, s map[pair]bool) {
	delete(m, "a")       // amd64:"CALL\truntime.mapdelete_faststr\(SB\)" arm64:"CALL\truntime.mapdelete_faststr\(SB\)"
	delete(s, pair{1, 2}) // amd64:"CALL\truntime.mapdelete\(SB\)" arm64:"CALL\truntime.mapdelete\(SB\)"
	clear(m)             // amd64:"CALL\truntime.mapclear\(SB\)" arm64:"CALL\truntime.mapclear\(SB\)"
}

//go:noinline
func sum(m map[string]int) int {
	t := 0
	for _, v := range m { // amd64:"CALL\truntime.mapIterStart\(SB\)","CALL\truntime.mapIterNext\(SB\)" arm64:"CALL\truntime.mapIterStart\(SB\)","CALL\truntime.mapIterNext\(SB\)"
		t += v
	}
	return t
}

func main() {
	m := counts([]string{"a", "b", "a"})
	println(m["a"], len(sized(3)), local(1), sum(m))
	println(lookups(map[int64]string{1: "x"}, map[*int]int{}, map[pair]bool{{1, 2}: true}, map[int]big{}, 1))
	cleanup(m, map[pair]bool{})
	println(len(m))
}
