package main

// Remarks write the type of a literal as written: `any`, `byte` and `rune` keep their names
// inside struct and func types, func types drop parameter names, tags are quoted.

type T struct{ x int }

func main() {
	a := []struct {
		f    func(int, ...byte) (any, error)
		g    func() rune
		a, b int `json:"x"`
		*T
	}{{}}
	b := &struct {
		c []byte
		d func(x int) (y int)
	}{}
	println(len(a), b != nil, aliases())
}

// A declared alias is the type it stands for.
type Alias = T

func aliases() int {
	n := 0
	for _, t := range []Alias{{1}} {
		n += t.x
	}
	return n
}
