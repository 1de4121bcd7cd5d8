// math/rand/v2: PCG (NewPCG, Seed, Uint64, the binary encoding) and ChaCha8 (NewChaCha8,
// Uint64 across its rekeyings, Read with leftovers, the binary encoding and its errors), each
// Rand method's sequence over both (Lemire's bounded integers, the floats, Perm, Shuffle, the
// ziggurat ExpFloat64 and NormFloat64), a Source of the program's own, Zipf and the panics,
// compared value for value with gc; then what does not depend on the random seed of the
// top-level functions: their ranges and Perm being a permutation.
package main

import (
	"fmt"
	"math/rand/v2"
)

// weyl is a Source of the program's own: a Weyl sequence, easy to follow.
type weyl struct{ x uint64 }

func (w *weyl) Uint64() uint64 {
	w.x += 0x9e3779b97f4a7c15
	return w.x ^ w.x>>29
}

// script is a Source replaying fixed values, to reach the redraws and the tails that
// random values seldom take.
type script struct {
	v []uint64
	i int
}

func (s *script) Uint64() uint64 {
	if s.i > 1000 {
		panic("script: endless redraws")
	}
	x := s.v[s.i%len(s.v)]
	s.i++
	return x
}


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

func seedOf(s string) [32]byte {
	var seed [32]byte
	copy(seed[:], s)
	return seed
}

// methods prints a run of every Rand method.
func methods(name string, r *rand.Rand) {
	var i64 []int64
	var u32 []uint32
	var u64 []uint64
	var i32 []int32
	var in []int
	var u []uint
	for i := 0; i < 60; i++ {
		i64 = append(i64, r.Int64())
		u32 = append(u32, r.Uint32())
		u64 = append(u64, r.Uint64())
		i32 = append(i32, r.Int32())
		in = append(in, r.Int())
		u = append(u, r.Uint())
	}
	fmt.Println(name, "Int64", i64)
	fmt.Println(name, "Uint32", u32)
	fmt.Println(name, "Uint64", u64)
	fmt.Println(name, "Int32", i32)
	fmt.Println(name, "Int", in)
	fmt.Println(name, "Uint", u)

	var v []int
	for i := 0; i < 300; i++ {
		v = append(v, r.IntN(10))
	}
	fmt.Println(name, "IntN(10)", v)
	for _, n := range []int64{1, 2, 3, 7, 1000, 1 << 32, 1<<32 + 1, 1<<62 + 1, 1<<63 - 1, 3 << 61} {
		var a []int64
		for i := 0; i < 30; i++ {
			a = append(a, r.Int64N(n))
		}
		fmt.Println(name, "Int64N", n, a)
	}
	for _, n := range []uint64{1, 5, 1 << 63, 1<<63 + 1, 1<<64 - 1, 3 << 62, 12345678901234567} {
		var a []uint64
		for i := 0; i < 30; i++ {
			a = append(a, r.Uint64N(n))
		}
		fmt.Println(name, "Uint64N", n, a)
	}
	for _, n := range []int32{1, 3, 100, 1 << 30, 1<<31 - 1} {
		var a []int32
		for i := 0; i < 30; i++ {
			a = append(a, r.Int32N(n))
		}
		fmt.Println(name, "Int32N", n, a)
	}
	for _, n := range []uint32{1, 6, 1 << 31, 1<<32 - 1} {
		var a []uint32
		for i := 0; i < 30; i++ {
			a = append(a, r.Uint32N(n))
		}
		fmt.Println(name, "Uint32N", n, a)
	}
	for _, n := range []int{1, 52, 1 << 40, 1<<63 - 1} {
		var a []int
		for i := 0; i < 30; i++ {
			a = append(a, r.IntN(n))
		}
		fmt.Println(name, "IntN", n, a)
	}
	for _, n := range []uint{2, 1000, 1<<64 - 1} {
		var a []uint
		for i := 0; i < 30; i++ {
			a = append(a, r.UintN(n))
		}
		fmt.Println(name, "UintN", n, a)
	}

	var f64 []float64
	var f32 []float32
	for i := 0; i < 200; i++ {
		f64 = append(f64, r.Float64())
		f32 = append(f32, r.Float32())
	}
	fmt.Println(name, "Float64", f64)
	fmt.Println(name, "Float32", f32)

	var ex, no []float64
	for i := 0; i < 400; i++ {
		ex = append(ex, r.ExpFloat64())
		no = append(no, r.NormFloat64())
	}
	fmt.Println(name, "ExpFloat64", ex)
	fmt.Println(name, "NormFloat64", no)
	se, sn, tails := 0.0, 0.0, 0
	for i := 0; i < 100000; i++ {
		x, y := r.ExpFloat64(), r.NormFloat64()
		se += x
		sn += y
		if x > 7.69711747013104972 || y > 3.442619855899 || y < -3.442619855899 {
			tails++
		}
	}
	fmt.Println(name, "sums", se, sn, tails)

	for n := 0; n <= 12; n++ {
		fmt.Println(name, "Perm", n, r.Perm(n))
	}
	p := r.Perm(500)
	fmt.Println(name, "Perm 500", isPerm(p), p[:16], p[484:])
	s := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(name, "Shuffle", s)
	var swaps []int
	r.Shuffle(40, func(i, j int) { swaps = append(swaps, j) })
	fmt.Println(name, "Shuffle swaps", swaps)

	for _, z := range [][3]float64{{1.1, 1, 10}, {1.5, 2, 100}, {2, 1, 1000}, {3, 5, 50}, {1.01, 1, 1 << 20}, {1.5, 1, 0}} {
		zz := rand.NewZipf(r, z[0], z[1], uint64(z[2]))
		var a []uint64
		for i := 0; i < 40; i++ {
			a = append(a, zz.Uint64())
		}
		fmt.Println(name, "Zipf", z, a)
	}
}

func main() {
	// PCG: seeds, the zero value, Seed, the encoding.
	for _, s := range [][2]uint64{{0, 0}, {1, 2}, {2, 1}, {1<<64 - 1, 1<<64 - 1}, {0x0123456789abcdef, 0xfedcba9876543210}} {
		p := rand.NewPCG(s[0], s[1])
		var v []uint64
		for i := 0; i < 40; i++ {
			v = append(v, p.Uint64())
		}
		fmt.Println("PCG", s, v)
	}
	{
		var z rand.PCG
		a, b := z.Uint64(), z.Uint64()
		z.Seed(0, 0)
		fmt.Println("zero PCG", a, b, z.Uint64() == a)
		p := rand.NewPCG(1, 2)
		for i := 0; i < 100; i++ {
			p.Uint64()
		}
		data, err := p.MarshalBinary()
		fmt.Println("PCG MarshalBinary", data, err, len(data), cap(data))
		app, err := p.AppendBinary([]byte("x:"))
		fmt.Println("PCG AppendBinary", app, err)
		q := new(rand.PCG)
		fmt.Println("PCG UnmarshalBinary", q.UnmarshalBinary(data), q.Uint64() == p.Uint64())
		fmt.Println("PCG bad", q.UnmarshalBinary(data[:19]), q.UnmarshalBinary(append([]byte("pcx:"), data[4:]...)))
		p.Seed(1, 2)
		fmt.Println("PCG Seed", p.Uint64(), rand.NewPCG(1, 2).Uint64())
	}

	// ChaCha8: long runs through the rekeyings (every 124 words after the first 992 bytes).
	for _, s := range []string{"", "chacha8 seed for gocrane testing", "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456"} {
		c := rand.NewChaCha8(seedOf(s))
		var v []uint64
		for i := 0; i < 400; i++ {
			v = append(v, c.Uint64())
		}
		fmt.Println("ChaCha8", s, v)
	}
	{
		c := rand.NewChaCha8(seedOf("read"))
		for _, n := range []int{0, 1, 3, 8, 5, 16, 2, 0, 7, 9, 100, 4} {
			b := make([]byte, n)
			k, err := c.Read(b)
			fmt.Println("ChaCha8 Read", n, k, err, b)
			if n == 5 {
				data, _ := c.MarshalBinary()
				fmt.Println("ChaCha8 mid-Read state", data)
				d := rand.NewChaCha8(seedOf("x"))
				fmt.Println("ChaCha8 UnmarshalBinary", d.UnmarshalBinary(data))
				b2, b3 := make([]byte, 11), make([]byte, 11)
				c2 := *c
				c2.Read(b2)
				d.Read(b3)
				fmt.Println("ChaCha8 resumes", b2, b3)
			}
		}
		fmt.Println("ChaCha8 Uint64 after Read", c.Uint64())
		c.Seed(seedOf("read"))
		b := make([]byte, 12)
		c.Read(b)
		fmt.Println("ChaCha8 Seed", b)
	}
	{
		c := rand.NewChaCha8(seedOf("marshal"))
		for _, k := range []int{0, 1, 31, 32, 33, 95, 96, 97, 123, 124, 125, 200, 400} {
			for i := 0; i < k; i++ {
				c.Uint64()
			}
			data, err := c.MarshalBinary()
			d := new(rand.ChaCha8)
			uerr := d.UnmarshalBinary(data)
			fmt.Println("ChaCha8 state", k, data[8:16], err, uerr, len(data), cap(data), d.Uint64() == c.Uint64())
		}
		data, _ := c.MarshalBinary()
		app, _ := c.AppendBinary([]byte("pre"))
		fmt.Println("ChaCha8 AppendBinary", len(app), string(app[:3]), string(app[3:11]))
		d := new(rand.ChaCha8)
		bad := append([]byte(nil), data...)
		bad[15] = 200 // more words used than a key's run has
		fmt.Println("ChaCha8 bad", d.UnmarshalBinary(bad), d.UnmarshalBinary(data[:40]), d.UnmarshalBinary([]byte("readbuf:")), d.UnmarshalBinary([]byte("readbuf:\x05ab")))
		fmt.Println("ChaCha8 readbuf ok", d.UnmarshalBinary(append([]byte("readbuf:\x02xy"), data...)))
		b := make([]byte, 3)
		d.Read(b)
		fmt.Println("ChaCha8 readbuf bytes", b)
	}

	methods("pcg", rand.New(rand.NewPCG(1, 2)))
	methods("chacha", rand.New(rand.NewChaCha8(seedOf("methods"))))
	methods("weyl", rand.New(&weyl{}))

	{
		// Uint64N redraws 0 for n = 3 (its product's low word is under 2^64 mod 3); in
		// NormFloat64 and ExpFloat64, low words 0x7fffffff, 0x80000001 and 0xffffffff with
		// strip 0 take the tails (with a redraw when 1 is too small a uniform), and in strip
		// 5 a low word at the strip's end fails the wedge test, one just past k[5] passes it.
		// Each line shows the values and how many words the script gave.
		for _, c := range []struct {
			name string
			v    []uint64
			f    func(*rand.Rand) any
		}{
			{"Uint64N", []uint64{0, 1 << 63}, func(r *rand.Rand) any { return r.Uint64N(3) }},
			{"IntN", []uint64{0, 1 << 63}, func(r *rand.Rand) any { return r.IntN(3) }},
			{"Norm+", []uint64{0x7fffffff, 1 << 52, 1 << 52}, func(r *rand.Rand) any { return r.NormFloat64() }},
			{"Norm-", []uint64{0x80000001, 1 << 50, 1 << 51}, func(r *rand.Rand) any { return r.NormFloat64() }},
			{"Norm retry", []uint64{0x7fffffff, 1, 1 << 52, 1 << 52, 1 << 52}, func(r *rand.Rand) any { return r.NormFloat64() }},
			{"Norm wedge", []uint64{5<<32 | 0x7fffffff, 1 << 52, 5<<32 | 0x7560051e, 1 << 52}, func(r *rand.Rand) any { return r.NormFloat64() }},
			{"Norm wedge-", []uint64{5<<32 | (1<<32 - 0x7560051e), 1 << 52}, func(r *rand.Rand) any { return r.NormFloat64() }},
			{"Exp tail", []uint64{0xffffffff, 1 << 52}, func(r *rand.Rand) any { return r.ExpFloat64() }},
			{"Exp wedge", []uint64{5<<32 | 0xffffffff, 1 << 52, 5<<32 | 0xde893fb9, 1 << 52}, func(r *rand.Rand) any { return r.ExpFloat64() }},
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
		r := rand.New(rand.NewPCG(3, 4))
		fmt.Println("Zipf bad", rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
		var z *rand.Zipf
		try("nil Zipf", func() { z.Uint64() })
		try("IntN(0)", func() { r.IntN(0) })
		try("Int64N(-1)", func() { r.Int64N(-1) })
		try("Int32N(0)", func() { r.Int32N(0) })
		try("UintN(0)", func() { r.UintN(0) })
		try("Uint64N(0)", func() { r.Uint64N(0) })
		try("Uint32N(0)", func() { r.Uint32N(0) })
		try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
		try("top IntN(0)", func() { rand.IntN(0) })
		try("top Uint64N(0)", func() { rand.Uint64N(0) })
	}

	// The top-level functions are seeded at random: only what holds for every seed.
	ok := true
	for i := 0; i < 2000; i++ {
		if v := rand.IntN(10); v < 0 || v >= 10 {
			ok = false
		}
		if v := rand.Int64N(1 << 40); v < 0 || v >= 1<<40 {
			ok = false
		}
		if v := rand.Int32N(7); v < 0 || v >= 7 {
			ok = false
		}
		if rand.UintN(3) >= 3 || rand.Uint32N(5) >= 5 || rand.Uint64N(1<<63+1) > 1<<63 {
			ok = false
		}
		if rand.Int64() < 0 || rand.Int32() < 0 || rand.Int() < 0 {
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
		_ = rand.Uint()
	}
	fmt.Println("top-level ranges", ok)
	fmt.Println("top-level Perm", isPerm(rand.Perm(100)), len(rand.Perm(0)))
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println("top-level Shuffle", isPerm(s))
	fmt.Println("top-level varies", rand.Uint64() != rand.Uint64())
}
