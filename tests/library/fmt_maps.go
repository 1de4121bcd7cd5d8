// fmt and nil maps: a nil map is pointer-shaped, so it is its own interface data word (no
// allocation), prints as map[] and map[K]V(nil), and its type descriptor is gc's abi.MapType.
package main

import "fmt"

type Registry map[string]int

func (r Registry) Known() bool { return r != nil }

type Knower interface{ Known() bool }

type Config struct {
	Name  string
	Attrs map[string]string
}

func describe(x any) string {
	switch v := x.(type) {
	case map[string]int:
		return fmt.Sprintf("map[string]int nil=%v", v == nil)
	case Registry:
		return fmt.Sprintf("Registry known=%v", v.Known())
	}
	return "other"
}

func main() {
	var m map[string]int
	var r Registry
	var k Knower = r
	var x any = m
	fmt.Println(m == nil, x != nil, k.Known())
	fmt.Printf("%v %#v %T %d\n", m, m, x, len(fmt.Sprint(r)))
	fmt.Printf("%v %+v\n", Config{Name: "a"}, Config{Name: "b"})
	fmt.Println(describe(m), describe(r), describe(1))
	var p *map[string]int = &m
	fmt.Println(*p == nil, p != nil)
}
