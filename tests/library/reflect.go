// Package reflect against gc: types (names, kinds, sizes, fields, tags, methods,
// relations), values (reading, setting through pointers, slices, interfaces), errors, and
// DeepEqual, all read from the compiler's type descriptors.
package main

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unsafe"
)

type Point struct {
	X, Y int
}

func (p Point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Scale(k int)     { p.X *= k; p.Y *= k }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) private() int     { return p.X }

type Inner struct {
	Z    float64
	Name string
}

type Outer struct {
	ID     int    `json:"id" db:"pk"`
	name   string `json:"-"`
	Tags   []string
	*Inner `json:"inner,omitempty"`
	Point
	Fn     func(int) string
	Any    any
	Err    error
	Arr    [3]byte
	P      unsafe.Pointer
	U      uintptr
	C      complex64
	B      bool
	u8     uint8
}

type Celsius float64

type Stack []int

func (s Stack) Len() int { return len(s) }

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64      { return s.Side * s.Side }
func (s Square) Perimeter() float64 { return 4 * s.Side }

type Amb1 struct{ V int }
type Amb2 struct{ V int }
type Ambiguous struct {
	Amb1
	Amb2
	W int
}

func main() {
	types()
	fields()
	methods()
	relations()
	values()
	setting()
	slices()
	deepEqual()
	panics()
}

func types() {
	fmt.Println("== types")
	for _, v := range []any{
		0, int8(1), uint16(2), uintptr(3), 1.5, float32(2), complex(1, 2), "s", true,
		[]int{}, [4]string{}, &Point{}, Point{}, Outer{}, Celsius(1), Stack{}, func(int, ...string) (bool, error) { return false, nil },
		errors.New("e"), io.EOF, unsafe.Pointer(nil), struct{ a, B int }{}, [0]struct{}{},
		[]*Point{}, &[]Point{}, reflect.Kind(0), new(any), new(error), new(Shape),
	} {
		t := reflect.TypeOf(v)
		fmt.Printf("%-40s %-12q %-10q %-14v size=%-3d align=%d falign=%d methods=%d comparable=%v\n",
			t.String(), t.Name(), t.PkgPath(), t.Kind(), t.Size(), t.Align(), t.FieldAlign(), t.NumMethod(), t.Comparable())
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			e := t.Elem()
			fmt.Printf("  elem %v %v %q\n", e, e.Kind(), e.Name())
			if t.Kind() == reflect.Array {
				fmt.Println("  len", t.Len())
			}
		case reflect.Func:
			fmt.Println("  in", t.NumIn(), "out", t.NumOut(), "variadic", t.IsVariadic())
			for i := 0; i < t.NumIn(); i++ {
				fmt.Println("   in", i, t.In(i))
			}
			for i := 0; i < t.NumOut(); i++ {
				fmt.Println("   out", i, t.Out(i))
			}
		case reflect.Int, reflect.Float32, reflect.Complex128, reflect.Uint16:
			fmt.Println("  bits", t.Bits())
		}
	}
	for k := reflect.Invalid; k <= reflect.UnsafePointer+1; k++ {
		fmt.Print(k.String(), " ")
	}
	fmt.Println()
	fmt.Println(reflect.Ptr == reflect.Pointer, reflect.RecvDir, reflect.SendDir, reflect.BothDir, reflect.ChanDir(0))
	fmt.Println(reflect.TypeOf(int8(0)).OverflowInt(200), reflect.TypeOf(int8(0)).OverflowInt(-128),
		reflect.TypeOf(uint8(0)).OverflowUint(256), reflect.TypeOf(float32(0)).OverflowFloat(1e39),
		reflect.TypeOf(float32(0)).OverflowFloat(-1e38), reflect.TypeOf(complex64(0)).OverflowComplex(complex(1e40, 0)))
	fmt.Println(reflect.TypeOf(0) == reflect.TypeOf(1), reflect.TypeOf(Point{}) == reflect.TypeOf(&Point{}).Elem())
	fmt.Println(reflect.PointerTo(reflect.TypeOf(Point{})) == reflect.TypeOf(&Point{}))
	pt := reflect.PointerTo(reflect.TypeOf([]Celsius{}))
	fmt.Println(pt, pt.Kind(), pt.Elem(), pt == reflect.PointerTo(reflect.TypeOf([]Celsius{})), reflect.PtrTo(pt))
	ft := reflect.FuncOf([]reflect.Type{reflect.TypeOf(0), reflect.TypeOf([]string{})}, []reflect.Type{reflect.TypeOf(false)}, true)
	fmt.Println(ft, ft.NumIn(), ft.IsVariadic(), ft.Out(0))
	fmt.Println(reflect.FuncOf(nil, nil, false), reflect.FuncOf(nil, []reflect.Type{reflect.TypeOf(0), reflect.TypeOf("")}, false))
}

func fields() {
	fmt.Println("== fields")
	t := reflect.TypeOf(Outer{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%d %-6s %-10q %-16v off=%-3d anon=%-5v exported=%-5v index=%v tag=%q json=%q db=%q\n",
			i, f.Name, f.PkgPath, f.Type, f.Offset, f.Anonymous, f.IsExported(), f.Index, f.Tag, f.Tag.Get("json"), f.Tag.Get("db"))
		v, ok := f.Tag.Lookup("json")
		fmt.Println("  lookup", v, ok)
	}
	for _, name := range []string{"ID", "Z", "Name", "X", "Y", "Missing", "name", "Inner", "Point"} {
		f, ok := t.FieldByName(name)
		fmt.Println(name, ok, f.Name, f.Index, f.Type)
	}
	f, ok := reflect.TypeOf(Ambiguous{}).FieldByName("V")
	fmt.Println("ambiguous", ok, f.Index)
	f, ok = reflect.TypeOf(Ambiguous{}).FieldByName("W")
	fmt.Println("W", ok, f.Index)
	f, ok = t.FieldByNameFunc(func(s string) bool { return strings.HasPrefix(s, "Ta") })
	fmt.Println("func", ok, f.Name, f.Index)
	fmt.Println(t.FieldByIndex([]int{3, 0}).Name, t.FieldByIndex([]int{4, 1}).Name)
	for _, tag := range []reflect.StructTag{`a:"1" b:"2"`, `a:"x\"y"`, `bad`, `a:"1"b:"2"`, `  a:"sp"  `, `a:1`, `:"x"`, `a:"unterminated`} {
		v, ok := tag.Lookup("a")
		b := tag.Get("b")
		fmt.Printf("%q -> %q %v %q\n", string(tag), v, ok, b)
	}
}

func methods() {
	fmt.Println("== methods")
	for _, v := range []any{Point{}, &Point{}, Square{}, Stack{}, new(Shape), new(error), new(fmt.Stringer)} {
		t := reflect.TypeOf(v)
		if t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Interface {
			t = t.Elem()
		}
		fmt.Println(t, t.NumMethod())
		n := t.NumMethod()
		if n > 4 {
			n = 4
		}
		for i := 0; i < n; i++ {
			m := t.Method(i)
			fmt.Printf("  %d %s %q %v exported=%v\n", m.Index, m.Name, m.PkgPath, m.Type, m.IsExported())
		}
	}
	m, ok := reflect.TypeOf(Point{}).MethodByName("Add")
	fmt.Println(m.Name, ok, m.Type, m.Type.NumIn(), m.Type.In(0), m.Type.In(1))
	_, ok = reflect.TypeOf(Point{}).MethodByName("private")
	fmt.Println("private", ok)
	_, ok = reflect.TypeOf(Point{}).MethodByName("Scale")
	fmt.Println("Scale on value", ok)
	m, ok = reflect.TypeOf(&Point{}).MethodByName("Scale")
	fmt.Println(m.Name, ok, m.Type)
	fn := m.Func.Interface().(func(*Point, int))
	p := &Point{1, 2}
	fn(p, 10)
	fmt.Println(p.X, p.Y)
	add := reflect.TypeOf(Point{}).Method(0).Func.Interface().(func(Point, Point) Point)
	fmt.Println(add(Point{1, 2}, Point{3, 4}))
	fmt.Println(m.Type == reflect.TypeOf((*Point).Scale), reflect.PointerTo(reflect.TypeOf([]Point{})) == reflect.TypeOf(&[]Point{}))
	ft := reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, []reflect.Type{reflect.TypeOf("")}, false)
	fmt.Println(ft == reflect.TypeOf(func(int) string { return "" }), ft)
	im, ok := reflect.TypeOf((*Shape)(nil)).Elem().MethodByName("Perimeter")
	fmt.Println(im.Name, ok, im.Type, im.Index)
}

func relations() {
	fmt.Println("== relations")
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	empty := reflect.TypeOf((*any)(nil)).Elem()
	for _, v := range []any{Point{}, &Point{}, Square{}, &Square{}, 0, errors.New("x"), Celsius(0)} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Implements(shape), t.Implements(stringer), t.Implements(errT), t.Implements(empty),
			t.AssignableTo(empty), t.AssignableTo(stringer), t.ConvertibleTo(reflect.TypeOf(0)), t.ConvertibleTo(reflect.TypeOf("")))
	}
	fmt.Println(shape.Implements(empty), empty.Implements(shape), errT.AssignableTo(empty))
	fl := reflect.TypeOf(0.0)
	cel := reflect.TypeOf(Celsius(0))
	fmt.Println(fl.ConvertibleTo(cel), cel.ConvertibleTo(fl), fl.AssignableTo(cel), cel.AssignableTo(fl))
	fmt.Println(reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf([]rune{}).ConvertibleTo(reflect.TypeOf("")),
		reflect.TypeOf([]int{}).ConvertibleTo(reflect.TypeOf([3]int{})), reflect.TypeOf([]int{}).ConvertibleTo(reflect.TypeOf(&[2]int{})),
		reflect.TypeOf(Stack{}).ConvertibleTo(reflect.TypeOf([]int{})), reflect.TypeOf([]int{}).AssignableTo(reflect.TypeOf(Stack{})))
}

func values() {
	fmt.Println("== values")
	o := Outer{ID: 7, name: "secret", Tags: []string{"a", "b"}, Inner: &Inner{Z: 2.5, Name: "in"}, Point: Point{1, 2},
		Any: 42, Err: io.EOF, Arr: [3]byte{'x', 'y', 'z'}, U: 9, C: complex(1, -1), B: true, u8: 200}
	v := reflect.ValueOf(o)
	fmt.Println(v.Kind(), v.Type(), v.NumField(), v.IsValid(), v.CanAddr(), v.CanSet(), v.CanInterface())
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Printf("%d %-14v %-5v canset=%-5v caninterface=%-5v zero=%-5v", i, f.Kind(), f.IsValid(), f.CanSet(), f.CanInterface(), f.IsZero())
		switch f.Kind() {
		case reflect.Int:
			fmt.Print(" int ", f.Int())
		case reflect.String:
			fmt.Print(" string ", f.String(), " len ", f.Len())
		case reflect.Slice:
			fmt.Print(" len ", f.Len(), " cap ", f.Cap(), " [1]=", f.Index(1))
		case reflect.Pointer:
			fmt.Print(" nil ", f.IsNil(), " elem ", f.Elem().Field(1))
		case reflect.Interface:
			fmt.Print(" nil ", f.IsNil(), " elem ", f.Elem().Kind(), " ", f.Elem().Type())
		case reflect.Array:
			fmt.Print(" len ", f.Len(), " [2]=", f.Index(2).Uint())
		case reflect.Uintptr, reflect.Uint8:
			fmt.Print(" uint ", f.Uint())
		case reflect.Complex64:
			fmt.Print(" complex ", f.Complex())
		case reflect.Bool:
			fmt.Print(" bool ", f.Bool())
		case reflect.Func:
			fmt.Print(" nil ", f.IsNil())
		case reflect.Struct:
			fmt.Print(" ", f.NumField(), " ", f.Field(0).Int())
		case reflect.UnsafePointer:
			fmt.Print(" ", f.Pointer() == 0)
		}
		fmt.Println()
	}
	fmt.Println(v.FieldByName("Z").Float(), v.FieldByName("Name"), v.FieldByName("nope").IsValid(), v.FieldByIndex([]int{4, 0}).Int())
	fmt.Println(v.Field(1).String(), v.Field(0).Interface(), v.Field(4).Interface())
	s := reflect.ValueOf("héllo")
	fmt.Println(s.Len(), s.Index(1).Uint(), s.Slice(1, 3).String(), s.Index(0).Kind(), s.Index(0).CanSet())
	a := reflect.ValueOf([3]int{1, 2, 3})
	fmt.Println(a.Len(), a.Index(2).Int(), a.CanAddr(), a.Index(0).CanAddr())
	var e any = Point{5, 6}
	ev := reflect.ValueOf(&e).Elem()
	fmt.Println(ev.Kind(), ev.Elem().Kind(), ev.Elem().Type(), ev.Elem().Field(0).Int(), ev.NumMethod())
	fmt.Println(reflect.ValueOf(nil).IsValid(), reflect.ValueOf(nil).Kind(), reflect.Value{}.String(), reflect.ValueOf(1).String())
	fmt.Println(reflect.ValueOf(Celsius(3.5)).Float(), reflect.ValueOf(float32(0.25)).Float(), reflect.ValueOf(int16(-3)).Int())
	fmt.Println(reflect.ValueOf(1).CanInt(), reflect.ValueOf(1).CanUint(), reflect.ValueOf(1.0).CanFloat(), reflect.ValueOf(1i).CanComplex())
	fmt.Println(reflect.Zero(reflect.TypeOf(Point{})).Interface(), reflect.Zero(reflect.TypeOf(0)).Int(), reflect.Zero(reflect.TypeOf("")).String() == "")
	fmt.Println(reflect.Indirect(reflect.ValueOf(&Point{3, 4})).Field(1).Int(), reflect.Indirect(reflect.ValueOf(5)).Int())
	var np *Point
	fmt.Println(reflect.ValueOf(np).IsNil(), reflect.ValueOf(np).Elem().IsValid(), reflect.ValueOf([]int(nil)).IsNil(), reflect.ValueOf(e).Comparable())
	fmt.Println(reflect.ValueOf(1).Equal(reflect.ValueOf(1)), reflect.ValueOf(Point{1, 2}).Equal(reflect.ValueOf(Point{1, 2})), reflect.ValueOf("a").Equal(reflect.ValueOf(1)))
	fmt.Println(reflect.ValueOf([]byte("abc")).Bytes(), string(reflect.ValueOf(&[2]byte{'h', 'i'}).Elem().Bytes()))
	fmt.Println(reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf(Point{0, 1}).IsZero(), reflect.ValueOf([2]int{}).IsZero(), reflect.ValueOf(-0.0).IsZero())
	fmt.Println(reflect.ValueOf(Point{1, 2}), reflect.ValueOf(&Point{1, 2}), reflect.ValueOf(o.Tags))
}

func setting() {
	fmt.Println("== setting")
	o := Outer{Inner: &Inner{}}
	v := reflect.ValueOf(&o).Elem()
	v.Field(0).SetInt(99)
	v.FieldByName("Tags").Set(reflect.ValueOf([]string{"x"}))
	v.FieldByName("Z").SetFloat(1.25)
	v.FieldByName("Name").SetString("set")
	v.FieldByName("X").SetInt(-4)
	v.FieldByName("Any").Set(reflect.ValueOf("iface"))
	v.FieldByName("Err").Set(reflect.ValueOf(io.ErrUnexpectedEOF))
	v.FieldByName("U").SetUint(77)
	v.FieldByName("C").SetComplex(3 + 4i)
	v.FieldByName("B").SetBool(true)
	v.FieldByName("Arr").Index(1).SetUint('Q')
	fmt.Println(o.ID, o.Tags, o.Z, o.Name, o.X, o.Any, o.Err, o.U, o.C, o.B, string(o.Arr[:]))
	fmt.Println(v.Field(1).CanSet(), v.FieldByName("u8").CanSet(), v.Field(0).CanSet(), v.Field(0).CanAddr())
	x := 5
	xv := reflect.ValueOf(&x).Elem()
	xv.SetInt(6)
	fmt.Println(x, xv.Addr().Interface() == &x, xv.Addr().Type())
	xv.Set(reflect.ValueOf(7))
	fmt.Println(x)
	xv.SetZero()
	fmt.Println(x)
	nv := reflect.New(reflect.TypeOf(Point{}))
	nv.Elem().Field(1).SetInt(3)
	fmt.Println(nv.Type(), nv.Elem().Interface(), nv.Interface().(*Point).Y)
	var i8 int8
	reflect.ValueOf(&i8).Elem().SetInt(300)
	fmt.Println(i8)
	var f32 float32
	reflect.ValueOf(&f32).Elem().SetFloat(0.1)
	fmt.Println(f32)
	var st fmt.Stringer
	reflect.ValueOf(&st).Elem().Set(reflect.ValueOf(Point{8, 9}))
	fmt.Println(st.String())
	reflect.ValueOf(&st).Elem().Set(reflect.Zero(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()))
	fmt.Println(st == nil)
	p := Point{1, 1}
	pv := reflect.ValueOf(&p).Elem()
	pv.Set(reflect.ValueOf(Point{2, 3}))
	fmt.Println(p)
	var c Celsius
	reflect.ValueOf(&c).Elem().SetFloat(-40)
	fmt.Println(c)
}

func slices() {
	fmt.Println("== slices")
	s := []int{1, 2, 3}
	sv := reflect.ValueOf(s)
	fmt.Println(sv.Len(), sv.Cap(), sv.Index(0).CanSet(), sv.Slice(1, 3), sv.Slice3(0, 1, 2).Cap())
	sv.Index(0).SetInt(10)
	fmt.Println(s)
	grown := reflect.Append(sv, reflect.ValueOf(4), reflect.ValueOf(5))
	fmt.Println(grown.Len(), grown.Cap(), grown.Interface(), s)
	more := reflect.AppendSlice(grown, reflect.ValueOf([]int{6, 7, 8, 9}))
	fmt.Println(more.Len(), more.Cap(), more)
	ms := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	ms.Index(1).SetString("b")
	fmt.Println(ms.Len(), ms.Cap(), ms.Interface(), fmt.Sprintf("%q", ms.Interface()))
	dst := make([]int, 2)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{7, 8, 9}))
	fmt.Println(n, dst)
	bs := make([]byte, 3)
	n = reflect.Copy(reflect.ValueOf(bs), reflect.ValueOf("xyzw"))
	fmt.Println(n, string(bs))
	ps := &[]int{1}
	pv := reflect.ValueOf(ps).Elem()
	pv.SetLen(1)
	pv.Set(reflect.Append(pv, reflect.ValueOf(2)))
	fmt.Println(*ps, pv.Len())
	arr := [4]int{1, 2, 3, 4}
	av := reflect.ValueOf(&arr).Elem()
	fmt.Println(av.Slice(1, 3), av.Slice(1, 3).Cap(), av.Slice3(0, 1, 2).Cap())
	var grow []Point
	gv := reflect.ValueOf(&grow).Elem()
	for i := 0; i < 6; i++ {
		gv.Set(reflect.Append(gv, reflect.ValueOf(Point{i, i})))
		fmt.Print(gv.Cap(), " ")
	}
	fmt.Println(grow)
}

func deepEqual() {
	fmt.Println("== deepequal")
	type node struct {
		V    int
		Next *node
	}
	a := &node{1, nil}
	a.Next = a
	b := &node{1, nil}
	b.Next = b
	nan := zero() / zero()
	cases := [][2]any{
		{1, 1}, {1, int64(1)}, {"a", "a"}, {[]int{1, 2}, []int{1, 2}}, {[]int{}, []int(nil)}, {[]int(nil), []int(nil)},
		{Point{1, 2}, Point{1, 2}}, {&Point{1, 2}, &Point{1, 2}}, {[2]any{1, "x"}, [2]any{1, "x"}}, {a, b},
		{nan, nan}, {[]float64{nan}, []float64{nan}}, {error(nil), nil}, {io.EOF, io.EOF}, {errors.New("x"), errors.New("x")},
		{[]any{[]int{1}}, []any{[]int{1}}}, {[]byte("ab"), []byte("ab")}, {Stack{1}, []int{1}}, {nil, nil},
		{func() {}, func() {}}, {(func())(nil), (func())(nil)}, {Outer{Tags: []string{"a"}}, Outer{Tags: []string{"a"}}},
	}
	for _, c := range cases {
		fmt.Print(reflect.DeepEqual(c[0], c[1]), " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	fmt.Println(reflect.DeepEqual(s, s), reflect.DeepEqual(s[:2], s[:2]), reflect.DeepEqual(s[:2], s[1:]))
}

func zero() float64 { return 0 }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %T %v\n", name, err, err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func panics() {
	fmt.Println("== panics")
	try("Int on string", func() { reflect.ValueOf("x").Int() })
	try("zero Value Type", func() { reflect.Value{}.Type() })
	try("Elem of int", func() { reflect.ValueOf(1).Elem() })
	try("Field of int", func() { reflect.ValueOf(1).Field(0) })
	try("Field out of range", func() { reflect.ValueOf(Point{}).Field(5) })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("unaddressable set", func() { reflect.ValueOf(1).SetInt(2) })
	try("unexported interface", func() { reflect.ValueOf(Outer{}).Field(1).Interface() })
	try("unexported set", func() { reflect.ValueOf(&Outer{}).Elem().Field(1).SetString("x") })
	try("Type.Elem of int", func() { reflect.TypeOf(1).Elem() })
	try("Type.Field of int", func() { reflect.TypeOf(1).Field(0) })
	try("Type.Len of slice", func() { reflect.TypeOf([]int{}).Len() })
	try("Type.Key of slice", func() { reflect.TypeOf([]int{}).Key() })
	try("Type.NumIn of int", func() { reflect.TypeOf(1).NumIn() })
	try("Implements non-interface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(1)) })
	try("Method out of range", func() { reflect.TypeOf(Point{}).Method(9) })
	try("Set wrong type", func() { x := 1; reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("s")) })
	try("Bits of string", func() { reflect.TypeOf("").Bits() })
	try("MakeSlice len > cap", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 1) })
	try("Slice out of range", func() { reflect.ValueOf([]int{1}).Slice(0, 5) })
	try("Copy mismatch", func() { reflect.Copy(reflect.ValueOf([]int{1}), reflect.ValueOf([]string{"a"})) })
	try("Bytes of ints", func() { reflect.ValueOf([]int{1}).Bytes() })
	try("IsNil of int", func() { reflect.ValueOf(1).IsNil() })
	try("Len of int", func() { reflect.ValueOf(1).Len() })
	try("Float of int", func() { reflect.ValueOf(1).Float() })
	try("Interface of zero", func() { reflect.Value{}.Interface() })
	try("Addr unaddressable", func() { reflect.ValueOf(1).Addr() })
	try("SetLen too big", func() { s := []int{1}; reflect.ValueOf(&s).Elem().SetLen(5) })
	try("NumField of ptr", func() { reflect.ValueOf(&Point{}).NumField() })
	try("Equal of slices", func() { reflect.ValueOf([]int{}).Equal(reflect.ValueOf([]int{})) })
	try("FuncOf bad variadic", func() { reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, nil, true) })
	try("New nil", func() { reflect.New(nil) })
}
