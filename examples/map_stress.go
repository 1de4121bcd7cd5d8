// A stress test of maps: a million random inserts, updates and deletes over several key kinds,
// checked against a reference kept without maps (a sorted slice for int keys, arrays indexed
// by the key for small key spaces), with growth across many table splits and shrinking back,
// iteration checked to visit every live key exactly once, and float keys with -0 and NaN.
package main

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

// search returns the position of k in the sorted slice s, and whether it is there.
func search(s []int64, k int64) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := (lo + hi) / 2
		if s[mid] < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(s) && s[lo] == k
}

func insert(s []int64, i int, k int64) []int64 {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = k
	return s
}

func remove(s []int64, i int) []int64 {
	copy(s[i:], s[i+1:])
	return s[:len(s)-1]
}

func intKeys(r *rng) bool {
	m := map[int64]int64{}
	var ref []int64
	for op := 0; op < 300000; op++ {
		k := int64(r.next()%50000) - 25000
		i, found := search(ref, k)
		switch r.next() % 4 {
		case 0, 1, 2:
			if !found {
				ref = insert(ref, i, k)
			}
			m[k] = k * 3
		case 3:
			if found {
				ref = remove(ref, i)
			}
			delete(m, k)
		}
		if len(m) != len(ref) {
			println("length differs at op", op, len(m), len(ref))
			return false
		}
	}
	for _, k := range ref {
		if v, ok := m[k]; !ok || v != k*3 {
			println("missing", k)
			return false
		}
	}
	seen := map[int64]bool{}
	for k, v := range m {
		if v != k*3 || seen[k] {
			println("bad iteration at", k)
			return false
		}
		seen[k] = true
	}
	println("int64 keys:", len(m), "live,", len(seen), "seen")
	return len(seen) == len(ref)
}

type key struct {
	a int32
	s string
	b [2]byte
}

func structKeys(r *rng) bool {
	const n = 4096
	m := map[key]int{}
	var present [n]bool
	var value [n]int
	names := []string{"alpha", "beta", "gamma", "", "δέλτα"}
	mk := func(i int) key {
		return key{int32(i / 5), names[i%5], [2]byte{byte(i), byte(i >> 8)}}
	}
	for op := 0; op < 300000; op++ {
		i := int(r.next() % n)
		if r.next()%3 == 0 {
			delete(m, mk(i))
			present[i] = false
		} else {
			m[mk(i)] += i
			if !present[i] {
				value[i] = 0
			}
			value[i] += i
			present[i] = true
		}
	}
	live := 0
	for i := 0; i < n; i++ {
		v, ok := m[mk(i)]
		if ok != present[i] || (ok && v != value[i]) {
			println("struct key", i, "differs")
			return false
		}
		if ok {
			live++
		}
	}
	println("struct keys:", len(m), "live")
	return live == len(m)
}

func stringKeys(r *rng) bool {
	m := make(map[string]int, 10)
	digits := "0123456789abcdef"
	name := func(i int) string {
		b := []byte("key-")
		for ; i > 0; i /= 16 {
			b = append(b, digits[i%16])
		}
		return string(b)
	}
	for round := 0; round < 4; round++ {
		for i := 0; i < 60000; i++ {
			m[name(i)] = i
		}
		for i := 0; i < 60000; i += 2 {
			delete(m, name(i))
		}
		if len(m) != 30000 {
			println("string round", round, "has", len(m))
			return false
		}
		total := 0
		for k, v := range m {
			if k != name(v) || v%2 == 0 {
				println("string key", k, "holds", v)
				return false
			}
			total++
		}
		if total != 30000 {
			return false
		}
		clear(m)
	}
	println("string keys: ok", len(m))
	return true
}

func floatKeys() bool {
	m := map[float64]int{}
	zero := 0.0
	negZero := -zero
	nan := zero / zero
	m[zero] = 1
	m[negZero]++
	m[nan] = 1
	m[nan] = 2
	count := 0
	for k, v := range m {
		if k != k {
			count += v
		}
	}
	_, found := m[nan]
	println("float keys:", len(m), m[0], count, found)
	delete(m, nan)
	return len(m) == 3 && m[0] == 2 && count == 3 && !found
}

func iterationWithInserts() bool {
	m := map[int]int{}
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	seen := map[int]int{}
	for k := range m {
		seen[k]++
		if k < 8 {
			for j := 0; j < 100; j++ {
				m[1000+k*100+j] = j
			}
		}
	}
	for k, n := range seen {
		if n != 1 || (k < 8 && seen[k] != 1) {
			println("visited twice:", k)
			return false
		}
	}
	for i := 0; i < 8; i++ {
		if seen[i] != 1 {
			println("original key not visited:", i)
			return false
		}
	}
	println("iteration with inserts: ok", len(m))
	return true
}

func main() {
	r := &rng{s: 88172645463325252}
	ok := intKeys(r) && structKeys(r) && stringKeys(r) && floatKeys() && iterationWithInserts()
	println("all:", ok)
}
