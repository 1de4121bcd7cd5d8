// math/rand: the seeded lagged-Fibonacci Source (NewSource, every seed class), each Rand
// method's sequence (Int63, Uint32, Uint64, Int31, Int, Int63n, Int31n, Intn, Float32,
// Float64, Perm, Shuffle, Read, ExpFloat64, NormFloat64), a Source that is not a Source64,
// Seed, Zipf and the panics, compared value for value with gc; then what does not depend on
// the random seed of the top-level functions: their ranges, Perm being a permutation, Read's
// count, Seed being a no-op.
package main

import (
	"fmt"
	"math/rand"
)

// counter is a Source that is not a Source64: Rand.Uint64 then joins two Int63s, and Read
// takes the generic path.
type counter struct{ x int64 }

func (c *counter) Int63() int64 {
	c.x = (c.x*6364136223846793005 + 1442695040888963407) & (1<<63 - 1)
	return c.x
}

func (c *counter) Seed(seed int64) { c.x = seed }

// script is a Source replaying fixed values, to reach the redraws that random values
// almost never take.
type script struct {
	v []int64
	i int
}

func (s *script) Int63() int64 {
	if s.i > 1000 {
		panic("script: endless redraws")
	}
	x := s.v[s.i%len(s.v)]
	s.i++
	return x
}

func (s *script) Seed(int64) { s.i = 0 }


func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, "panic:", e)
		}
	}()
	f()
}

func isPerm(p []int) bool {
	seen := make([]bool, len(p))
	for _, v := range p {
		if v < 0 || v >= len(p) || seen[v] {
			return false
		}
		seen[v] = true
	}
	return true
}

func main() {
	// Seeds: negative ones, multiples of 2^31-1 (the same as 0), 0's stand-in 89482311.
	for _, seed := range []int64{0, 1, 2, -1, 42, 89482311, 1<<31 - 1, 1<<31 - 2, 1 << 31, 2 * (1<<31 - 1), -(1<<31 - 1), 1 << 40, 1<<63 - 1, -1 << 63, 123456789012345} {
		r := rand.New(rand.NewSource(seed))
		var v []int64
		for i := 0; i < 8; i++ {
			v = append(v, r.Int63())
		}
		fmt.Println("seed", seed, v)
	}

	// Long runs of each method, each from a fresh source.
	{
		r := rand.New(rand.NewSource(42))
		var v []int
		for i := 0; i < 400; i++ {
			v = append(v, r.Intn(100))
		}
		fmt.Println("Intn(100)", v)
	}
	{
		r := rand.New(rand.NewSource(7))
		var a []int64
		var b []uint32
		var c []uint64
		var d []int32
		var e []int
		for i := 0; i < 150; i++ {
			a = append(a, r.Int63())
			b = append(b, r.Uint32())
			c = append(c, r.Uint64())
			d = append(d, r.Int31())
			e = append(e, r.Int())
		}
		fmt.Println("Int63", a)
		fmt.Println("Uint32", b)
		fmt.Println("Uint64", c)
		fmt.Println("Int31", d)
		fmt.Println("Int", e)
	}
	{
		r := rand.New(rand.NewSource(1))
		for _, n := range []int64{1, 2, 3, 7, 10, 64, 1000, 1 << 31, 1<<31 + 1, 1 << 40, 1<<62 + 1, 1<<63 - 1, 3 << 61, 5 << 60} {
			var v []int64
			for i := 0; i < 40; i++ {
				v = append(v, r.Int63n(n))
			}
			fmt.Println("Int63n", n, v)
		}
		for _, n := range []int32{1, 2, 3, 5, 16, 100, 1 << 20, 1<<30 + 1, 1<<31 - 1, 3 << 29} {
			var v []int32
			for i := 0; i < 40; i++ {
				v = append(v, r.Int31n(n))
			}
			fmt.Println("Int31n", n, v)
		}
		for _, n := range []int{1, 6, 52, 1 << 16, 1<<31 - 1, 1 << 31, 1<<31 + 7, 1 << 50, 1<<62 + 3} {
			var v []int
			for i := 0; i < 40; i++ {
				v = append(v, r.Intn(n))
			}
			fmt.Println("Intn", n, v)
		}
	}
	{
		r := rand.New(rand.NewSource(2024))
		var f []float64
		var g []float32
		for i := 0; i < 300; i++ {
			f = append(f, r.Float64())
			g = append(g, r.Float32())
		}
		fmt.Println("Float64", f)
		fmt.Println("Float32", g)
	}
	{
		r := rand.New(rand.NewSource(99))
		var ex, no []float64
		for i := 0; i < 600; i++ {
			ex = append(ex, r.ExpFloat64())
			no = append(no, r.NormFloat64())
		}
		fmt.Println("ExpFloat64", ex)
		fmt.Println("NormFloat64", no)
		// Many more, summed, to reach the rare tail and wedge branches.
		se, sn, tails := 0.0, 0.0, 0
		for i := 0; i < 200000; i++ {
			x, y := r.ExpFloat64(), r.NormFloat64()
			se += x
			sn += y
			if x > 7.69711747013104972 || y > 3.442619855899 || y < -3.442619855899 {
				tails++
			}
		}
		fmt.Println("sums", se, sn, tails)
	}
	{
		r := rand.New(rand.NewSource(5))
		for n := 0; n <= 20; n++ {
			fmt.Println("Perm", n, r.Perm(n))
		}
		p := r.Perm(1000)
		fmt.Println("Perm 1000", isPerm(p), p[:20], p[980:])
		for _, n := range []int{0, 1, 2, 3, 10, 30} {
			s := make([]int, n)
			for i := range s {
				s[i] = i * 10
			}
			r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
			fmt.Println("Shuffle", n, s)
		}
		var swaps []int
		r.Shuffle(50, func(i, j int) { swaps = append(swaps, i-j) })
		fmt.Println("Shuffle swaps", swaps)
	}
	{
		// Read: 7 bytes per Int63, leftovers carried over between calls, interleaved with
		// other methods (which do not touch the leftovers).
		r := rand.New(rand.NewSource(11))
		for _, n := range []int{0, 1, 3, 7, 8, 13, 14, 1, 2, 64, 5} {
			b := make([]byte, n)
			k, err := r.Read(b)
			fmt.Println("Read", n, k, err, b)
			if n == 13 {
				fmt.Println("Int63 between", r.Int63())
			}
		}
		r.Seed(11) // drops the leftover bytes
		b := make([]byte, 10)
		r.Read(b)
		fmt.Println("Read after Seed", b)
	}
	{
		// Seed on a Rand restarts its sequence; Seed on the Source alone does too.
		src := rand.NewSource(3)
		r := rand.New(src)
		a := []int64{r.Int63(), r.Int63(), r.Int63()}
		r.Seed(3)
		b := []int64{r.Int63(), r.Int63(), r.Int63()}
		src.Seed(3)
		c := []int64{r.Int63(), r.Int63(), r.Int63()}
		fmt.Println("Seed", a, b, c)
		s64, ok := src.(rand.Source64)
		fmt.Println("Source64", ok, s64.Uint64(), src.Int63())
	}
	{
		// A Source without Uint64.
		r := rand.New(&counter{x: 17})
		var u []uint64
		var f []float64
		for i := 0; i < 30; i++ {
			u = append(u, r.Uint64())
			f = append(f, r.NormFloat64())
		}
		fmt.Println("counter Uint64", u)
		fmt.Println("counter NormFloat64", f)
		b := make([]byte, 20)
		r.Read(b)
		fmt.Println("counter Read", b, r.Intn(1000), r.Perm(8))
		r.Seed(17)
		fmt.Println("counter reseeded", r.Uint64())
	}
	{
		// The redraws: Float64 of 2^63-1 and of 2^63-512 (ties to even) rounds to 1, Float32
		// of 1-2^-30 too; Int63n and Int31n reject values past their last whole multiple of
		// n, Shuffle's int31n a product whose low word is under 2^32 mod n; NormFloat64 and
		// ExpFloat64 take their tails past strip 0. Each line shows the values and how many
		// the script gave.
		for _, c := range []struct {
			name string
			v    []int64
			f    func(*rand.Rand) any
		}{
			{"Float64", []int64{1<<63 - 1, 1<<63 - 512, 1 << 62}, func(r *rand.Rand) any { return r.Float64() }},
			{"Float32", []int64{1<<63 - 1<<33, 1 << 61}, func(r *rand.Rand) any { return r.Float32() }},
			{"Int63n", []int64{1<<63 - 2, 1<<62 + 5}, func(r *rand.Rand) any { return r.Int63n(3 << 61) }},
			{"Int31n", []int64{1<<63 - 2, 7 << 32}, func(r *rand.Rand) any { return r.Int31n(3 << 29) }},
			{"Intn", []int64{1<<63 - 2, 7 << 32}, func(r *rand.Rand) any { return r.Intn(3 << 29) }},
			{"Norm tail", []int64{0x7fffff80 << 31, 1 << 62, 1 << 62}, func(r *rand.Rand) any { return r.NormFloat64() }},
			{"Norm tail-", []int64{0x80000080 << 31, 1 << 62, 1 << 62}, func(r *rand.Rand) any { return r.NormFloat64() }},
			{"Exp tail", []int64{0xffffff00 << 31, 1 << 62}, func(r *rand.Rand) any { return r.ExpFloat64() }},
			{"Shuffle", []int64{0, 1 << 62, 3 << 61}, func(r *rand.Rand) any {
				var js []int
				r.Shuffle(3, func(i, j int) { js = append(js, j) })
				return js
			}},
		} {
			sc := &script{v: c.v}
			r := rand.New(sc)
			var v []any
			for i := 0; i < 3; i++ {
				v = append(v, c.f(r))
			}
			fmt.Println("script", c.name, v, sc.i)
		}
	}
	{
		r := rand.New(rand.NewSource(1234))
		for _, p := range [][3]float64{{1.1, 1, 10}, {1.5, 2, 100}, {2, 1, 1000}, {3, 5, 50}, {1.01, 1, 1 << 20}, {1.5, 1, 0}, {2.5, 10.5, 1e6}} {
			z := rand.NewZipf(r, p[0], p[1], uint64(p[2]))
			var v []uint64
			for i := 0; i < 60; i++ {
				v = append(v, z.Uint64())
			}
			fmt.Println("Zipf", p, v)
		}
		fmt.Println("Zipf bad", rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
		var z *rand.Zipf
		try("nil Zipf", func() { z.Uint64() })
	}
	{
		r := rand.New(rand.NewSource(1))
		try("Intn(0)", func() { r.Intn(0) })
		try("Intn(-3)", func() { r.Intn(-3) })
		try("Int63n(0)", func() { r.Int63n(0) })
		try("Int31n(-1)", func() { r.Int31n(-1) })
		try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
		try("top Intn(0)", func() { rand.Intn(0) })
	}

	// The top-level functions are seeded at random: only what holds for every seed.
	ok := true
	for i := 0; i < 2000; i++ {
		if v := rand.Intn(10); v < 0 || v >= 10 {
			ok = false
		}
		if v := rand.Int63n(1 << 40); v < 0 || v >= 1<<40 {
			ok = false
		}
		if v := rand.Int31n(7); v < 0 || v >= 7 {
			ok = false
		}
		if rand.Int63() < 0 || rand.Int31() < 0 || rand.Int() < 0 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if f := rand.Float32(); f < 0 || f >= 1 {
			ok = false
		}
		if rand.ExpFloat64() <= 0 {
			ok = false
		}
		_ = rand.NormFloat64()
		_ = rand.Uint32()
		_ = rand.Uint64()
	}
	fmt.Println("top-level ranges", ok)
	fmt.Println("top-level Perm", isPerm(rand.Perm(100)), len(rand.Perm(0)))
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println("top-level Shuffle", isPerm(s))
	b := make([]byte, 33)
	n, err := rand.Read(b)
	fmt.Println("top-level Read", n, err)
	// Seed is a no-op in gc 1.24 and later: the top-level sequence is not Seed(1)'s.
	rand.Seed(1)
	r1 := rand.New(rand.NewSource(1))
	same := 0
	for i := 0; i < 10; i++ {
		if rand.Int63() == r1.Int63() {
			same++
		}
	}
	fmt.Println("Seed(1) no-op", same < 10)
	// Two top-level draws of 64 bits are (all but surely) different.
	fmt.Println("top-level varies", rand.Uint64() != rand.Uint64())
}
