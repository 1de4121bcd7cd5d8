package sort

import "unsafe"

// The start of a type descriptor (the runtime's abi.Type) and of a slice type's.
type typeDescriptor struct {
	size, ptrBytes           uintptr
	hash                     uint32
	tflag, align, fieldAlign uint8
	kind                     uint8
	equal, gcData            unsafe.Pointer
	str, ptrToThis           int32
}

type sliceType struct {
	typeDescriptor
	elem *typeDescriptor
}

type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

const kindSlice = 23

// swapper returns a function swapping two elements of the slice x (reflect.Swapper).
func swapper(x any) func(i, j int) {
	e := (*[2]unsafe.Pointer)(unsafe.Pointer(&x))
	t := (*typeDescriptor)(e[0])
	if t == nil || t.kind&0x1f != kindSlice {
		panic("reflect: call of Swapper on non-slice Value")
	}
	h := (*sliceHeader)(e[1])
	size := (*sliceType)(unsafe.Pointer(t)).elem.size
	tmp := make([]byte, size)
	return func(i, j int) {
		if uint(i) >= uint(h.len) || uint(j) >= uint(h.len) {
			panic("reflect: slice index out of range")
		}
		a := unsafe.Slice((*byte)(unsafe.Add(h.data, uintptr(i)*size)), size)
		b := unsafe.Slice((*byte)(unsafe.Add(h.data, uintptr(j)*size)), size)
		copy(tmp, a)
		copy(a, b)
		copy(b, tmp)
	}
}

// lenOf returns the length of the slice x.
func lenOf(x any) int {
	e := (*[2]unsafe.Pointer)(unsafe.Pointer(&x))
	t := (*typeDescriptor)(e[0])
	if t == nil || t.kind&0x1f != kindSlice {
		panic("reflect: call of Len on non-slice Value")
	}
	return (*sliceHeader)(e[1]).len
}

// Slice sorts the slice x by less, which compares the elements at two indexes; equal elements
// may be reordered (the same way as with gc's).
func Slice(x any, less func(i, j int) bool) {
	swap := swapper(x)
	n := lenOf(x)
	if n <= 1 {
		return
	}
	s := sorter{less, swap}
	s.pdqsort(0, n, bitLen(n))
}

// SliceStable sorts the slice x by less, keeping equal elements in their order.
func SliceStable(x any, less func(i, j int) bool) {
	s := sorter{less, swapper(x)}
	s.stable(lenOf(x))
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := lenOf(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// Stable sorts data, keeping equal elements in their original order.
func Stable(data Interface) {
	s := sorter{data.Less, data.Swap}
	s.stable(data.Len())
}

// stable insertion-sorts blocks of 20 elements, then merges neighbouring blocks of doubling
// size in place (SymMerge, Kim and Kutzner 2004).
func (s *sorter) stable(n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		s.insertionSort(a, b)
		a = b
		b += blockSize
	}
	s.insertionSort(a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			s.symMerge(a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			s.symMerge(a, m, n)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted a..m and m..b in place.
func (s *sorter) symMerge(a, m, b int) {
	// One element on a side: binary-search its place and rotate it in.
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if s.less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			s.swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !s.less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			s.swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !s.less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		s.rotate(start, m, end)
	}
	if a < start && start < mid {
		s.symMerge(a, start, mid)
	}
	if mid < end && end < b {
		s.symMerge(mid, end, b)
	}
}

// swapRange swaps the n elements from a with those from b.
func (s *sorter) swapRange(a, b, n int) {
	for i := 0; i < n; i++ {
		s.swap(a+i, b+i)
	}
}

// rotate turns a..m, m..b into m..b, a..m (block swaps).
func (s *sorter) rotate(a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			s.swapRange(m-i, m, j)
			i -= j
		} else {
			s.swapRange(m-i, m+j-i, i)
			j -= i
		}
	}
	s.swapRange(m-i, m, i)
}
