// sorter.go: one sorting routine for many kinds of data. Insertion sort needs only to know how
// many elements there are, how to compare two of them and how to swap them, so it takes an
// interface with those three methods (the shape of the standard library's sort.Interface).
package main

type Sorter interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func insertionSort(data Sorter) {
	for i := 1; i < data.Len(); i++ {
		for j := i; j > 0 && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func isSorted(data Sorter) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// IntSlice sorts ints in increasing order. Slices are reference-like: a value receiver still
// swaps the caller's elements.
type IntSlice []int

func (s IntSlice) Len() int           { return len(s) }
func (s IntSlice) Less(i, j int) bool { return s[i] < s[j] }
func (s IntSlice) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Person struct {
	name string
	age  int
}

// ByAge sorts people by age, then name; it also counts the swaps it does.
type ByAge struct {
	people []Person
	swaps  int
}

func (b *ByAge) Len() int { return len(b.people) }
func (b *ByAge) Less(i, j int) bool {
	if b.people[i].age != b.people[j].age {
		return b.people[i].age < b.people[j].age
	}
	return b.people[i].name < b.people[j].name
}
func (b *ByAge) Swap(i, j int) {
	b.people[i], b.people[j] = b.people[j], b.people[i]
	b.swaps++
}

// Reverse turns any Sorter around by embedding it and overriding Less.
type Reverse struct {
	Sorter
}

func (r Reverse) Less(i, j int) bool { return r.Sorter.Less(j, i) }

func main() {
	nums := IntSlice{5, 2, 9, 1, 5, 6, -3, 0}
	println("sorted before:", isSorted(nums))
	insertionSort(nums)
	print("ints:")
	for _, n := range nums {
		print(" ", n)
	}
	println()
	println("sorted after:", isSorted(nums))

	insertionSort(Reverse{nums})
	print("reversed:")
	for _, n := range nums {
		print(" ", n)
	}
	println()

	people := &ByAge{people: []Person{
		{"alice", 31}, {"bob", 25}, {"carol", 31}, {"dave", 19}, {"eve", 25},
	}}
	insertionSort(people)
	for _, p := range people.people {
		println(p.name, p.age)
	}
	println("swaps:", people.swaps, "sorted:", isSorted(people))
}
