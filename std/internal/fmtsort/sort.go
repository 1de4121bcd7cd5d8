// Package fmtsort orders a map's entries by key, the same way every time, for fmt (gc's
// internal/fmtsort: fmt prints maps sorted by key).
package fmtsort

import "reflect"

// SortedMap is a map's entries in key order.
type SortedMap []KeyValue

// KeyValue is one entry of a map.
type KeyValue struct {
	Key, Value reflect.Value
}

// Sort is the entries of the map mapValue ordered by key (nil if it is not a map); entries
// whose keys compare equal (NaNs) stay in the map's iteration order. Keys order as follows:
//
//   - numbers and strings by <, with NaN below every other float;
//   - complex numbers by real part, then imaginary part;
//   - false before true;
//   - pointers and channels by address, nil first;
//   - arrays and structs element by element, field by field;
//   - interfaces with nil first, then by the dynamic type (its descriptor's address), then
//     by the dynamic value.
//
// It never calls the keys' methods, and copes with a map changed meanwhile (which the
// runtime reports if it can).
func Sort(mapValue reflect.Value) SortedMap {
	if mapValue.Type().Kind() != reflect.Map {
		return nil
	}
	entries := make(SortedMap, 0, mapValue.Len())
	// A local iterator rather than MapRange's: gc inlines MapRange here, so its iterator
	// stays on the stack; gocrane does not inline, and Reset keeps it there.
	var iter reflect.MapIter
	iter.Reset(mapValue)
	for iter.Next() {
		entries = append(entries, KeyValue{iter.Key(), iter.Value()})
	}
	mergeSort(entries)
	return entries
}

// mergeSort sorts s stably by key: short runs by insertion, then runs merged pairwise
// through a buffer, doubling their length each round.
func mergeSort(s SortedMap) {
	const run = 16
	n := len(s)
	for lo := 0; lo < n; lo += run {
		hi := lo + run
		if hi > n {
			hi = n
		}
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && compare(s[j].Key, s[j-1].Key) < 0; j-- {
				s[j], s[j-1] = s[j-1], s[j]
			}
		}
	}
	if n <= run {
		return
	}
	buf := make(SortedMap, n)
	src, dst := s, buf
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := lo + width
			if mid > n {
				mid = n
			}
			hi := mid + width
			if hi > n {
				hi = n
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				// Take from the right run only when strictly smaller: stability.
				if compare(src[j].Key, src[i].Key) < 0 {
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	if &src[0] != &s[0] {
		copy(s, src)
	}
}

// compare orders two keys of a map: -1, 0 or +1 as a is below, equal to or above b. Keys
// of different types (in an interface) have no good answer: -1, never 0.
func compare(a, b reflect.Value) int {
	if a.Type() != b.Type() {
		return -1
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, y := a.Int(), b.Int()
		return sign(x < y, x > y)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x, y := a.Uint(), b.Uint()
		return sign(x < y, x > y)
	case reflect.String:
		x, y := a.String(), b.String()
		return sign(x < y, x > y)
	case reflect.Float32, reflect.Float64:
		return compareFloats(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		if c := compareFloats(real(x), real(y)); c != 0 {
			return c
		}
		return compareFloats(imag(x), imag(y))
	case reflect.Bool:
		x, y := a.Bool(), b.Bool()
		return sign(!x && y, x && !y)
	case reflect.Pointer, reflect.UnsafePointer:
		x, y := a.Pointer(), b.Pointer()
		return sign(x < y, x > y)
	case reflect.Chan:
		if c, either := nilFirst(a, b); either {
			return c
		}
		x, y := a.Pointer(), b.Pointer()
		return sign(x < y, x > y)
	case reflect.Struct:
		for i, n := 0, a.NumField(); i < n; i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i, n := 0, a.Len(); i < n; i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if c, either := nilFirst(a, b); either {
			return c
		}
		ea, eb := a.Elem(), b.Elem()
		// The dynamic types first, by where their descriptors are.
		if c := compare(reflect.ValueOf(ea.Type()), reflect.ValueOf(eb.Type())); c != 0 {
			return c
		}
		return compare(ea, eb)
	}
	// Maps, funcs and slices cannot be keys.
	panic("bad type in compare: " + a.Type().String())
}

// sign is -1 if less, +1 if greater, else 0.
func sign(less, greater bool) int {
	if less {
		return -1
	}
	if greater {
		return 1
	}
	return 0
}

// compareFloats orders floats by <, with NaNs equal to each other and below every number.
func compareFloats(x, y float64) int {
	xNaN, yNaN := x != x, y != y
	if xNaN || yNaN {
		return sign(xNaN && !yNaN, yNaN && !xNaN)
	}
	return sign(x < y, x > y)
}

// nilFirst orders a and b (chans or interfaces) if either is nil: nil below non-nil, two
// nils equal; either reports whether one was.
func nilFirst(a, b reflect.Value) (c int, either bool) {
	an, bn := a.IsNil(), b.IsNil()
	if !an && !bn {
		return 0, false
	}
	return sign(an && !bn, bn && !an), true
}
