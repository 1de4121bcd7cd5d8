// Maps through fmt and reflect against gc: fmt prints a map's entries sorted by key
// (internal/fmtsort's order for every key kind: numbers, NaNs first, strings, bools,
// complex numbers, arrays, structs, pointers, interfaces by type then value), under every
// verb and flag, nested in maps, slices, structs and pointers, with the keys' and elements'
// own methods; reflect reads and writes maps (MapKeys, MapIndex, MapRange and MapIter,
// SetMapIndex, SetIterKey/Value, Clear, MakeMap, DeepEqual, Len) with gc's panics.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"sort"
	"strings"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Point struct {
	X, Y int
}

type Pair struct {
	Name string
	n    int
}

type Loud string

func (l Loud) GoString() string { return "Loud(" + strings.ToUpper(string(l)) + ")" }

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprint("ptr", p.v) }

type Failing struct{}

func (Failing) Error() string { return "failing" }

type Panicky int

func (p Panicky) String() string {
	if p == 0 {
		panic("zero Panicky")
	}
	return fmt.Sprint("P", int(p))
}

type Registry map[string]int

func (r Registry) String() string { return fmt.Sprintf("Registry(%d)", len(r)) }

type Plain map[string]bool

type Config struct {
	Name  string
	Attrs map[string]string
	Sub   map[Color][]int
}

// try runs f and prints what it panicked with, as gc's recover sees it.
func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: panic %T: %v\n", name, r, err)
			return
		}
		fmt.Printf("%s: panic %v\n", name, r)
	}()
	f()
}

func verbs() {
	m := map[string]int{"b": 2, "a": 1, "c": 3, "": 0}
	for _, f := range []string{"%v", "%+v", "%#v", "%T", "%d", "%x", "%X", "%q", "%s", "%5v", "%-3d|", "%03d", "%t", "%e", "%o", "%b"} {
		fmt.Printf(f+"\n", m)
	}
	fmt.Println(m)
	fmt.Print(m, "\n")
	fmt.Println(fmt.Sprint(m), fmt.Sprintf("%v", m) == fmt.Sprint(m))
	s := fmt.Sprintln(m, len(m))
	fmt.Print(s)
	var nilMap map[string]int
	fmt.Printf("%v %+v %#v %T %d %s|\n", nilMap, nilMap, nilMap, nilMap, nilMap, nilMap)
	fmt.Println(nilMap, len(nilMap), nilMap == nil)
	empty := map[string]int{}
	fmt.Printf("%v %#v %d\n", empty, empty, len(empty))
	fmt.Printf("%p %v\n", nilMap, strings.HasPrefix(fmt.Sprintf("%p", m), "0x"))
	fmt.Println(fmt.Sprintf("%p", m) == fmt.Sprintf("%#x", reflect.ValueOf(m).Pointer()))
	fmt.Printf("%v %d\n", fmt.Sprintf("%x", reflect.ValueOf(m).Pointer()) == fmt.Sprintf("%x", uintptr(reflect.ValueOf(m).UnsafePointer())), len(fmt.Sprint(m)))
	fmt.Printf("%[2]v %[1]v\n", map[int]int{1: 1}, map[int]int{2: 2})
	fmt.Printf("%v %v\n", map[int]int{1: 1})
	fmt.Printf("%!\n", map[int]int{})
	err := fmt.Errorf("bad config %v: %w", map[string]int{"x": 1}, errors.New("inner"))
	fmt.Println(err, errors.Unwrap(err))
	fmt.Fprintln(os.Stdout, map[string][]string{"k": {"a", "b"}, "e": nil})
	b := fmt.Appendf(nil, "%v", map[byte]byte{'a': 'b'})
	fmt.Println(string(b))
}

func keyKinds() {
	fmt.Println(map[int]string{3: "c", -1: "m", 0: "z", 100: "h", -50: "n"})
	fmt.Println(map[int8]bool{-128: true, 127: false, 0: true})
	fmt.Println(map[int16]int{-3: 1, 2: 2}, map[int32]int{9: 9, -9: -9}, map[int64]int{1 << 40: 1, -1 << 40: 2})
	fmt.Println(map[uint]int{10: 1, 2: 2, 0: 3}, map[uint8]int{255: 1, 1: 2}, map[uint16]int{7: 7}, map[uint32]int{3: 3, 1: 1})
	fmt.Println(map[uint64]int{math.MaxUint64: 1, 0: 0}, map[uintptr]int{0x10: 1, 0x8: 2})
	fmt.Printf("%#v %#v\n", map[uint8]uint16{1: 2, 3: 4}, map[uintptr]int{5: 1})
	fmt.Println(map[string]int{"banana": 1, "apple": 2, "Cherry": 3, "äpple": 4, "b": 5, "": 6})
	fmt.Println(map[float64]string{2.5: "x", math.Inf(-1): "-inf", 0: "zero", -1: "neg", math.Inf(1): "inf", 1e100: "big"})
	nan := math.NaN()
	nans := map[float64]string{nan: "nan", 1: "one", nan * 2: "nan", -math.MaxFloat64: "min"}
	fmt.Println(nans, len(nans))
	fmt.Printf("%#v\n", nans)
	fmt.Println(map[float32]int{1.5: 1, -0.25: 2, float32(math.NaN()): 0})
	fmt.Println(map[complex128]int{complex(1, 2): 1, complex(1, -1): 2, complex(-3, 0): 3, complex(nan, 0): 4})
	fmt.Printf("%v %#v\n", map[complex64]bool{1i: true, 2: false}, map[complex64]bool{1i: true})
	fmt.Println(map[bool]string{true: "t", false: "f"}, map[bool]int{true: 1})
	fmt.Printf("%v %+v %#v\n", map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}, map[Point]string{{1, 1}: "c", {0, 5}: "d"}, map[Point]string{{1, 2}: "a"})
	fmt.Printf("%v %+v %#v\n", map[Pair]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}, map[Pair]int{{"x", 0}: 0}, map[Pair]int{{"y", 9}: 9})
	fmt.Printf("%v %#v\n", map[[2]int]bool{{3, 1}: true, {1, 9}: false, {1, 2}: true}, map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2})
	fmt.Println(map[[0]int]string{{}: "empty array key"}, map[struct{}]int{{}: 7})
	fmt.Println(map[rune]string{'b': "B", 'a': "A", '€': "euro"})
	fmt.Printf("%c %q %U\n", map[rune]rune{'b': 'B', 'a': 'A'}, map[rune]rune{'x': 'y'}, map[rune]int{'z': 1})
	// Interfaces: nil first, then by dynamic type, then by value.
	fmt.Println(map[any]int{nil: 0, 2: 1, 1: 2, "b": 3, "a": 4})
	fmt.Printf("%#v\n", map[any]string{nil: "nil", 7: "seven"})
	fmt.Println(map[error]int{nil: 1})
	// Pointers: by address, so print only how many and whether nil sorts first.
	a, b := new(int), new(int)
	pm := map[*int]string{a: "a", b: "b", nil: "nil"}
	fmt.Println(len(pm), strings.HasPrefix(fmt.Sprint(pm), "map[<nil>:nil 0x"))
}

func methods() {
	fmt.Println(map[Color]int{2: 20, 0: 0, 1: 10})
	fmt.Printf("%v %d %s %x %#v\n", map[Color]int{1: 1}, map[Color]int{1: 1}, map[Color]int{1: 1}, map[Color]int{2: 2}, map[Color]int{2: 2})
	fmt.Println(map[string]Color{"sky": 2, "grass": 1})
	fmt.Println(map[Temp]Temp{21.5: -3, -1: 100})
	fmt.Printf("%v %#v\n", map[Loud]Loud{"a": "b"}, map[Loud]Loud{"a": "b"})
	fmt.Println(map[string]PtrStringer{"v": {1}}, map[string]*PtrStringer{"p": {2}, "nil": nil})
	fmt.Println(map[string]error{"e": Failing{}, "nil": nil, "std": errors.New("std")})
	fmt.Println(map[Panicky]int{0: 0, 1: 1})
	fmt.Println(map[string]Panicky{"zero": 0, "one": 1})
	r := Registry{"a": 1, "b": 2}
	fmt.Println(r, Plain{"x": true, "y": false})
	fmt.Printf("%v %s %d %#v %T\n", r, r, r, r, r)
	fmt.Printf("%v %#v\n", Plain(nil), Plain(nil))
	fmt.Println(map[string]Registry{"in": r, "nil": nil})
	fmt.Println(map[string]fmt.Stringer{"c": Color(0), "t": Temp(1)})
}

func nesting() {
	nested := map[string]map[string]int{"outer": {"z": 26, "a": 1}, "empty": {}, "nil": nil}
	fmt.Println(nested)
	fmt.Printf("%+v\n%#v\n", nested, nested)
	deep := map[int]map[int]map[int]string{1: {2: {3: "deep"}}}
	fmt.Println(deep, deep[1][2][3], len(deep[1]), len(deep[5]))
	cfg := Config{Name: "svc", Attrs: map[string]string{"env": "prod", "team": "core"}, Sub: map[Color][]int{1: {1, 2}, 0: nil}}
	fmt.Printf("%v\n%+v\n%#v\n", cfg, cfg, cfg)
	fmt.Printf("%v %+v\n", &cfg, []Config{{Name: "nil attrs"}})
	list := []map[string]int{{"a": 1}, nil, {}}
	fmt.Printf("%v %#v\n", list, list)
	arr := [2]map[bool]bool{{true: false}}
	fmt.Printf("%v %#v\n", arr, arr)
	m := map[string]int{"k": 1}
	pm := &m
	fmt.Printf("%v %+v %d\n", pm, pm, pm)
	fmt.Println(strings.HasPrefix(fmt.Sprintf("%#v", pm), "(*map[string]int)(0x"))
	anyMap := map[string]any{"int": 1, "str": "s", "nil": nil, "map": map[string]int{"x": 1}, "slice": []int{1}, "float": 2.5}
	fmt.Printf("%v\n%#v\n", anyMap, anyMap)
	fmt.Println(map[string]struct{}{"set": {}, "of": {}, "keys": {}})
	fmt.Println(map[string][]byte{"b": []byte("hi"), "n": nil})
	fmt.Printf("%s %q %x %#v\n", map[string][]byte{"b": []byte("hi")}, map[string][]byte{"b": []byte("hi")}, map[string][]byte{"b": []byte("hi")}, map[string][]byte{"b": []byte("hi")})
	fmt.Println(map[string]*Point{"nil": nil}, len(fmt.Sprint(map[string]*Point{"p": {1, 2}})) > 10)
	big := make(map[int]int)
	for i := 0; i < 200; i++ {
		big[(i*37)%200-100] = i
	}
	s := fmt.Sprint(big)
	fmt.Println(len(big), len(s), s[:60], s[len(s)-40:])
	words := map[string]int{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		words[w]++
	}
	fmt.Println(words)
	delete(words, "the")
	delete(words, "absent")
	fmt.Println(words, len(words))
	clear(words)
	fmt.Println(words, len(words))
}

// sortedKeys is the map's keys in order (their %v forms sorted), as the reflect tests print them.
func sortedKeys(v reflect.Value) []string {
	var keys []string
	for _, k := range v.MapKeys() {
		keys = append(keys, fmt.Sprint(k))
	}
	sort.Strings(keys)
	return keys
}

func reflection() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	v := reflect.ValueOf(m)
	fmt.Println(v.Kind(), v.Type(), v.Type().Key(), v.Type().Elem(), v.Len(), v.IsNil(), v.IsZero(), v.IsValid())
	fmt.Println(sortedKeys(v), len(v.MapKeys()))
	fmt.Println(v.MapIndex(reflect.ValueOf("two")), v.MapIndex(reflect.ValueOf("four")).IsValid())
	fmt.Println(v.MapIndex(reflect.ValueOf("one")).Kind(), v.MapIndex(reflect.ValueOf("one")).CanSet(), v.MapIndex(reflect.ValueOf("one")).CanAddr())
	sum := 0
	var seen []string
	for it := v.MapRange(); it.Next(); {
		sum += int(it.Value().Int())
		seen = append(seen, it.Key().String())
	}
	sort.Strings(seen)
	fmt.Println(sum, seen)
	v.SetMapIndex(reflect.ValueOf("four"), reflect.ValueOf(4))
	v.SetMapIndex(reflect.ValueOf("one"), reflect.Value{})
	v.SetMapIndex(reflect.ValueOf("absent"), reflect.Value{})
	fmt.Println(m, v.Len(), len(m))
	type Name string
	nm := map[Name]float64{"pi": 3.14}
	nv := reflect.ValueOf(nm)
	nv.SetMapIndex(reflect.ValueOf(Name("e")), reflect.ValueOf(2.72))
	fmt.Println(nm, nv.MapIndex(reflect.ValueOf(Name("pi"))))
	try("string key for Name map", func() { nv.MapIndex(reflect.ValueOf("pi")) })
	im := map[int][]string{}
	iv := reflect.ValueOf(im)
	iv.SetMapIndex(reflect.ValueOf(7), reflect.ValueOf([]string{"x"}))
	iv.SetMapIndex(reflect.ValueOf(8), reflect.ValueOf([]string(nil)))
	fmt.Println(im, iv.MapIndex(reflect.ValueOf(8)).IsNil(), iv.MapIndex(reflect.ValueOf(7)).Len())
	am := map[any]any{}
	av := reflect.ValueOf(am)
	av.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf("one"))
	av.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(Point{1, 2}))
	fmt.Println(am, av.MapIndex(reflect.ValueOf(1)).Kind(), av.MapIndex(reflect.ValueOf(1)).Elem().Kind())
	pk := map[Point]string{{1, 2}: "a"}
	fmt.Println(reflect.ValueOf(pk).MapIndex(reflect.ValueOf(Point{1, 2})), reflect.ValueOf(pk).MapKeys()[0].Field(1))
	// An element read from the map is a copy: changing the map afterwards does not show.
	e := reflect.ValueOf(pk).MapIndex(reflect.ValueOf(Point{1, 2}))
	pk[Point{1, 2}] = "changed"
	fmt.Println(e, pk)

	made := reflect.MakeMap(reflect.TypeOf(map[string]bool(nil)))
	made.SetMapIndex(reflect.ValueOf("yes"), reflect.ValueOf(true))
	mb := made.Interface().(map[string]bool)
	mb["no"] = false
	fmt.Println(mb, made.Len(), made.Type())
	sized := reflect.MakeMapWithSize(reflect.TypeOf(map[int]int(nil)), 100)
	for i := 0; i < 50; i++ {
		sized.SetMapIndex(reflect.ValueOf(i), reflect.ValueOf(i*i))
	}
	fmt.Println(sized.Len(), sized.MapIndex(reflect.ValueOf(7)), len(sized.Interface().(map[int]int)))
	sized.Clear()
	fmt.Println(sized.Len(), sized.Interface())
	s := []int{1, 2, 3}
	reflect.ValueOf(s).Clear()
	fmt.Println(s)

	var nilMap map[string]int
	nv2 := reflect.ValueOf(nilMap)
	fmt.Println(nv2.Len(), nv2.IsNil(), nv2.IsZero(), len(nv2.MapKeys()), nv2.MapIndex(reflect.ValueOf("x")).IsValid(), nv2.MapRange().Next())
	nv2.SetMapIndex(reflect.ValueOf("x"), reflect.Value{})
	fmt.Println(reflect.Zero(reflect.TypeOf(m)).IsNil(), reflect.ValueOf(&m).Elem().CanSet())

	it := reflect.ValueOf(map[string]int{"only": 1}).MapRange()
	fmt.Println(it.Next(), it.Key(), it.Value(), it.Next())
	it.Reset(reflect.ValueOf(map[string]int{"other": 2}))
	fmt.Println(it.Next(), it.Key(), it.Value())
	var key string
	var val int
	reflect.ValueOf(&key).Elem().SetIterKey(it)
	reflect.ValueOf(&val).Elem().SetIterValue(it)
	fmt.Println(key, val)
	var anyKey any
	reflect.ValueOf(&anyKey).Elem().SetIterKey(it)
	fmt.Println(anyKey)

	ptr := reflect.ValueOf(&m).Elem()
	ptr.Set(reflect.ValueOf(map[string]int{"replaced": 1}))
	fmt.Println(m, ptr.Kind(), ptr.CanAddr())
	fmt.Println(reflect.ValueOf(m).Comparable(), reflect.TypeOf(m).Comparable(), reflect.TypeOf(m).Key().Comparable())
	fmt.Println(reflect.ValueOf(m).Pointer() == reflect.ValueOf(m).Pointer(), reflect.ValueOf(m).UnsafePointer() != nil, reflect.ValueOf(nilMap).Pointer())
	fmt.Println(reflect.ValueOf(m).String(), reflect.ValueOf(m).Interface().(map[string]int)["replaced"])
}

func deepEqual() {
	a := map[string][]int{"x": {1, 2}, "y": nil}
	b := map[string][]int{"y": nil, "x": {1, 2}}
	c := map[string][]int{"x": {1, 2}, "y": {}}
	d := map[string][]int{"x": {1, 2}, "z": nil}
	var n1, n2 map[string][]int
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, c), reflect.DeepEqual(a, d), reflect.DeepEqual(a, a))
	fmt.Println(reflect.DeepEqual(n1, n2), reflect.DeepEqual(n1, map[string][]int{}), reflect.DeepEqual(map[int]int{}, map[int]int{}))
	fmt.Println(reflect.DeepEqual(map[int]int{1: 1}, map[int]int{1: 1, 2: 2}), reflect.DeepEqual(map[int]int{1: 1}, map[int]int8{1: 1}))
	nan := math.NaN()
	fmt.Println(reflect.DeepEqual(map[float64]int{nan: 1}, map[float64]int{nan: 1}), reflect.DeepEqual(map[int]float64{1: nan}, map[int]float64{1: nan}))
	nanMap := map[float64]int{nan: 1}
	fmt.Println(reflect.DeepEqual(nanMap, nanMap))
	type Holder struct {
		M map[string]any
	}
	h1 := Holder{map[string]any{"n": 1, "m": map[string]int{"deep": 1}}}
	h2 := Holder{map[string]any{"n": 1, "m": map[string]int{"deep": 1}}}
	h3 := Holder{map[string]any{"n": 1, "m": map[string]int{"deep": 2}}}
	fmt.Println(reflect.DeepEqual(h1, h2), reflect.DeepEqual(h1, h3), reflect.DeepEqual(&h1, &h2))
	cyc := map[string]any{}
	cyc["self"] = cyc
	cyc2 := map[string]any{}
	cyc2["self"] = cyc2
	fmt.Println(reflect.DeepEqual(cyc, cyc2))
}

func panics() {
	try("MapIndex on int", func() { reflect.ValueOf(1).MapIndex(reflect.ValueOf(1)) })
	try("MapKeys on zero", func() { reflect.Value{}.MapKeys() })
	try("MapRange on slice", func() { reflect.ValueOf([]int{}).MapRange() })
	try("SetMapIndex on string", func() { reflect.ValueOf("s").SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(1)) })
	try("SetMapIndex on nil map", func() {
		reflect.ValueOf(map[string]int(nil)).SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(1))
	})
	try("SetMapIndex on nil int map", func() {
		reflect.ValueOf(map[int]int(nil)).SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(1))
	})
	try("assign to nil map", func() {
		var m map[string]int
		m["k"] = 1
	})
	m := map[string]int{}
	v := reflect.ValueOf(m)
	try("bad key type", func() { v.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(1)) })
	try("bad elem type", func() { v.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf("v")) })
	try("bad lookup type", func() { v.MapIndex(reflect.ValueOf(1.5)) })
	try("Key before Next", func() { v.MapRange().Key() })
	try("Value before Next", func() { v.MapRange().Value() })
	try("Next after end", func() {
		it := v.MapRange()
		it.Next()
		it.Next()
	})
	try("Next without map", func() {
		var it reflect.MapIter
		it.Next()
	})
	try("Reset to int", func() { v.MapRange().Reset(reflect.ValueOf(1)) })
	try("Clear on int", func() { reflect.ValueOf(1).Clear() })
	try("Len on bool", func() { reflect.ValueOf(true).Len() })
	try("MakeMap of slice type", func() { reflect.MakeMap(reflect.TypeOf([]int{})) })
	try("Key of slice type", func() { reflect.TypeOf([]int{}).Key() })
	try("Equal on maps", func() { v.Equal(v) })
	try("unhashable key", func() {
		am := map[any]int{}
		reflect.ValueOf(am).SetMapIndex(reflect.ValueOf([]int{1}), reflect.ValueOf(1))
	})
	type hidden struct {
		m map[string]int
	}
	hv := reflect.ValueOf(hidden{m: map[string]int{"h": 1}}).Field(0)
	fmt.Println(hv.MapIndex(reflect.ValueOf("h")), hv.MapIndex(reflect.ValueOf("h")).CanInterface(), hv.Len())
	try("SetMapIndex through unexported field", func() { hv.SetMapIndex(reflect.ValueOf("h"), reflect.ValueOf(2)) })
	try("Interface of unexported element", func() { hv.MapIndex(reflect.ValueOf("h")).Interface() })
	try("SetIterKey on unaddressable", func() {
		it := v.MapRange()
		v.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(1))
		it = v.MapRange()
		it.Next()
		reflect.ValueOf("").SetIterKey(it)
	})
	fmt.Printf("%v %d\n", hidden{m: map[string]int{"h": 1}}, hidden{})
}

func main() {
	verbs()
	keyKinds()
	methods()
	nesting()
	reflection()
	deepEqual()
	panics()
}
