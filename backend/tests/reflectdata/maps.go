package main

// Map types: gc 1.27's abi.MapType (Key, Elem, the slot-group type
// `noalg.map.group[K]V`, the key's Hasher, the group layout and Flags), the group and slot
// types, and the hash closures: runtime ones (`runtime.strhash·f`, …), memhash_varlen
// closures (`type:.hashfunc.M<n>`) and generated ones (`type:.hashfunc.<shape>`).
type KMem struct {
	a, b int64
	c    int32
}

type KStr struct {
	a int
	s string
}

type KIface struct {
	e any
	r error
	n int8
}

type KBlank struct {
	a int8
	_ int32
	b int64
}

type KFloat struct {
	f float32
	g float64
	c complex64
}

type KNested struct {
	k KStr
	a [2]struct {
		f    float64
		y, z int
	}
}

type Big [20]int64

type BigStr [9]string

// A named map with methods.
type M map[string]int

func (m M) Nil() bool { return m == nil }

type Set map[int32]struct{}

var sinks []any

func main() {
	var (
		m1  map[string]int
		m2  map[int64]string
		m3  map[int32]bool
		m4  map[uint8]struct{}
		m5  map[float64]int
		m6  map[complex128]int
		m7  map[any]int
		m8  map[error]int
		m9  map[[2]string]int
		m10 map[KMem]int
		m11 map[KStr][]string
		m12 map[KIface]int
		m13 map[KBlank]int
		m14 map[Big]Big
		m15 map[string][]int
		m16 map[string]map[string]int
		m17 M
		m18 *map[string]bool
		m19 map[KFloat]int
		m20 map[KNested]int
		m21 map[[5]string]int
		m22 map[BigStr]int
		m23 map[int16]int8
		m24 map[struct{}]int
		m25 Set
		m26 map[[4]struct {
			s string
			b bool
		}]uint
	)
	sinks = append(sinks, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15,
		m16, m17, m18, m19, m20, m21, m22, m23, m24, m25, m26)
	println(m17.Nil())
}
