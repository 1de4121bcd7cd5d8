package sort

// Search returns the smallest index i in [0, n) at which f(i) is true, or n, for an f that
// is false then true over the range (binary search).
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find returns the smallest index i in [0, n) at which cmp(i) <= 0, and whether cmp(i) == 0
// there, for a cmp that is positive, then zero, then negative over the range.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts returns where x is, or would be inserted, in the sorted a.
func SearchInts(a []int, x int) int { return Search(len(a), func(i int) bool { return a[i] >= x }) }

// SearchFloat64s returns where x is, or would be inserted, in the sorted a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns where x is, or would be inserted, in the sorted a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// IntSlice sorts a []int in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice sorts a []float64 in increasing order, NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int             { return len(x) }
func (x Float64Slice) Less(i, j int) bool   { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

func isNaN(f float64) bool { return f != f }

// StringSlice sorts a []string in increasing order.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts x in increasing order. (Through functions over the slice, not an Interface, so
// that x does not escape, as with gc's generic slices.Sort.)
func Ints(x []int) {
	s := sorter{func(i, j int) bool { return x[i] < x[j] }, func(i, j int) { x[i], x[j] = x[j], x[i] }}
	s.pdqsort(0, len(x), bitLen(len(x)))
}

// Float64s sorts x in increasing order, NaNs first.
func Float64s(x []float64) {
	s := sorter{
		func(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}
	s.pdqsort(0, len(x), bitLen(len(x)))
}

// Strings sorts x in increasing order.
func Strings(x []string) {
	s := sorter{func(i, j int) bool { return x[i] < x[j] }, func(i, j int) { x[i], x[j] = x[j], x[i] }}
	s.pdqsort(0, len(x), bitLen(len(x)))
}

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether x is sorted in increasing order, NaNs first.
func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] || (isNaN(x[i]) && !isNaN(x[i-1])) {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}
