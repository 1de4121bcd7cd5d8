// Package sort sorts slices and user-defined collections, and searches sorted ones.
//
// gocrane's implementation. The unstable sorts are a pattern-defeating quicksort that makes
// the same comparisons and swaps as gc's, so that elements that compare equal come out in the
// same order; Stable and SliceStable keep equal elements in their original order.
package sort

// Interface is a collection Sort can sort: its length, an ordering of its elements by index,
// and a way to swap two of them.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// bitLen is the number of bits needed to write n (0 for 0).
func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

// sorter runs the algorithm over either form.
type sorter struct {
	less func(i, j int) bool
	swap func(i, j int)
}

// Sort sorts data in increasing order of Less; equal elements may be reordered.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	s := sorter{data.Less, data.Swap}
	s.pdqsort(0, n, bitLen(n))
}

// Reverse returns data ordered the other way.
func Reverse(data Interface) Interface { return &reverse{data} }

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

const (
	insertionMax = 12 // ranges this short are insertion-sorted
	nintherMin   = 50 // from this length on, the pivot is a median of medians
	fixupSteps   = 5  // out-of-order neighbours the nearly-sorted pass fixes at most
	fixupMin     = 50 // shorter ranges only get checked by that pass
)

// Trends choosing a pivot may find.
const (
	unknownTrend = iota
	ascending
	descending
)

// pdqsort sorts lo..hi; budget is how many lopsided partitions are tolerated before the
// range is heap-sorted.
func (s *sorter) pdqsort(lo, hi, budget int) {
	balanced := true  // the last partition split its range reasonably evenly
	untouched := true // the last partition moved nothing
	for {
		n := hi - lo
		if n <= insertionMax {
			s.insertionSort(lo, hi)
			return
		}
		if budget == 0 {
			s.heapSort(lo, hi)
			return
		}
		if !balanced {
			s.scramble(lo, hi)
			budget--
		}
		pivot, trend := s.choosePivot(lo, hi)
		if trend == descending {
			s.reverseRange(lo, hi)
			// The pivot's element moved to the mirrored position.
			pivot = (hi - 1) - (pivot - lo)
			trend = ascending
		}
		if balanced && untouched && trend == ascending && s.finishNearlySorted(lo, hi) {
			return
		}
		// Nothing here is less than the element before lo (an earlier pivot); a pivot not
		// greater than it equals it, as do all elements not greater than the pivot.
		if lo > 0 && !s.less(lo-1, pivot) {
			lo = s.partitionEqual(lo, hi, pivot)
			continue
		}
		mid, nothingMoved := s.partition(lo, hi, pivot)
		untouched = nothingMoved
		left, right := mid-lo, hi-mid
		fairShare := n / 8
		if left < right {
			balanced = left >= fairShare
			s.pdqsort(lo, mid, budget)
			lo = mid + 1
		} else {
			balanced = right >= fairShare
			s.pdqsort(mid+1, hi, budget)
			hi = mid
		}
	}
}

func (s *sorter) insertionSort(lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && s.less(j, j-1); j-- {
			s.swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap below node in the heap of n elements stored from base on.
func (s *sorter) siftDown(node, n, base int) {
	for {
		child := 2*node + 1
		if child >= n {
			return
		}
		if child+1 < n && s.less(base+child, base+child+1) {
			child++
		}
		if !s.less(base+node, base+child) {
			return
		}
		s.swap(base+node, base+child)
		node = child
	}
}

func (s *sorter) heapSort(lo, hi int) {
	n := hi - lo
	for node := (n+1)/2 - 1; node >= 0; node-- {
		s.siftDown(node, n, lo)
	}
	for end := n - 1; end >= 0; end-- {
		s.swap(lo, lo+end)
		s.siftDown(0, end, lo)
	}
}

// partition puts the pivot at lo, the elements less than it before the others and the pivot
// between; it returns the pivot's place and whether nothing had to move.
func (s *sorter) partition(lo, hi, pivot int) (int, bool) {
	s.swap(lo, pivot)
	left, right := lo+1, hi-1
	firstRound := true
	for {
		for left <= right && s.less(left, lo) {
			left++
		}
		for left <= right && !s.less(right, lo) {
			right--
		}
		if left > right {
			s.swap(right, lo)
			return right, firstRound
		}
		s.swap(left, right)
		left++
		right--
		firstRound = false
	}
}

// partitionEqual, for a range with nothing less than the pivot, puts the elements equal to
// it first; it returns where the greater ones start.
func (s *sorter) partitionEqual(lo, hi, pivot int) int {
	s.swap(lo, pivot)
	left, right := lo+1, hi-1
	for {
		for left <= right && !s.less(lo, left) {
			left++
		}
		for left <= right && s.less(lo, right) {
			right--
		}
		if left > right {
			return left
		}
		s.swap(left, right)
		left++
		right--
	}
}

// finishNearlySorted fixes a few out-of-order neighbours of a range that looks sorted, and
// reports whether it is sorted then; a short range is only checked.
func (s *sorter) finishNearlySorted(lo, hi int) bool {
	i := lo + 1
	for step := 0; step < fixupSteps; step++ {
		for i < hi && !s.less(i, i-1) {
			i++
		}
		if i == hi {
			return true
		}
		if hi-lo < fixupMin {
			return false
		}
		s.swap(i, i-1)
		if i-lo >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !s.less(j, j-1) {
					break
				}
				s.swap(j, j-1)
			}
		}
		if hi-i >= 2 {
			for j := i + 1; j < hi; j++ {
				if !s.less(j, j-1) {
					break
				}
				s.swap(j, j-1)
			}
		}
	}
	return false
}

// scramble swaps the three elements around the middle with pseudo-random ones (an xorshift
// seeded by the range's length).
func (s *sorter) scramble(lo, hi int) {
	n := hi - lo
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint(1)<<uint(bitLen(n)) - 1
	middle := lo + n/4*2
	for at := middle - 1; at <= middle+1; at++ {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		offset := int(uint(state) & mask)
		if offset >= n {
			offset -= n
		}
		s.swap(at, lo+offset)
	}
}

// choosePivot returns the pivot's position and what choosing it suggested of the order.
func (s *sorter) choosePivot(lo, hi int) (int, int) {
	n := hi - lo
	outOfOrder := 0
	q := n / 4
	a, b, c := lo+q, lo+q*2, lo+q*3
	if n >= 8 {
		if n >= nintherMin {
			a = s.medianOfThree(a-1, a, a+1, &outOfOrder)
			b = s.medianOfThree(b-1, b, b+1, &outOfOrder)
			c = s.medianOfThree(c-1, c, c+1, &outOfOrder)
		}
		b = s.medianOfThree(a, b, c, &outOfOrder)
	}
	switch outOfOrder {
	case 0:
		return b, ascending
	case 12:
		return b, descending
	}
	return b, unknownTrend
}

func (s *sorter) medianOfThree(a, b, c int, outOfOrder *int) int {
	a, b = s.ordered(a, b, outOfOrder)
	b, _ = s.ordered(b, c, outOfOrder)
	_, b = s.ordered(a, b, outOfOrder)
	return b
}

// ordered returns x, y with the smaller element first (x when equal).
func (s *sorter) ordered(x, y int, outOfOrder *int) (int, int) {
	if s.less(y, x) {
		*outOfOrder++
		return y, x
	}
	return x, y
}

func (s *sorter) reverseRange(lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		s.swap(i, j)
	}
}
