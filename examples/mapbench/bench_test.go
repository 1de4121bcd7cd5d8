package mapbench

import "testing"

const size = 1 << 12

var sink int

func filledInts() map[int]int {
	m := make(map[int]int)
	for i := 0; i < size; i++ {
		m[i*7] = i
	}
	return m
}

// BenchmarkInsertInt fills a new map of 4096 int keys per op (growth included).
func BenchmarkInsertInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int)
		for k := 0; k < size; k++ {
			m[k] = k
		}
		sink += len(m)
	}
}

// BenchmarkLookupInt looks up 4096 present int keys per op (mapaccess1_fast64).
func BenchmarkLookupInt(b *testing.B) {
	m := filledInts()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := 0
		for k := 0; k < size; k++ {
			s += m[k*7]
		}
		sink += s
	}
}

// BenchmarkLookupString looks up 4096 present string keys per op (mapaccess2_faststr).
func BenchmarkLookupString(b *testing.B) {
	keys := Keys(size)
	m := make(map[string]int, size)
	for i, k := range keys {
		m[k] = i
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := 0
		for _, k := range keys {
			if v, ok := m[k]; ok {
				s += v
			}
		}
		sink += s
	}
}

type point struct{ x, y int32 }

// BenchmarkLookupStruct looks up 4096 struct keys per op (the generic mapaccess1 and the
// generated hash).
func BenchmarkLookupStruct(b *testing.B) {
	m := make(map[point]int)
	for i := 0; i < size; i++ {
		m[point{int32(i), int32(-i)}] = i
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := 0
		for k := 0; k < size; k++ {
			s += m[point{int32(k), int32(-k)}]
		}
		sink += s
	}
}

// BenchmarkDeleteInsert deletes and re-inserts 4096 int keys per op.
func BenchmarkDeleteInsert(b *testing.B) {
	m := filledInts()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := 0; k < size; k++ {
			delete(m, k*7)
			m[k*7] = k
		}
	}
	sink += len(m)
}

// BenchmarkIterate ranges over a 4096-entry map per op.
func BenchmarkIterate(b *testing.B) {
	m := filledInts()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := 0
		for k, v := range m {
			s += k + v
		}
		sink += s
	}
}
