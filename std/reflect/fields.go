package reflect

import (
	"internal/abi"
	"strconv"
	"unsafe"
)

// StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string // the package of an unexported field; "" for exported ones
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int // for Type.FieldByIndex
	Anonymous bool  // embedded
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// StructTag is a field's tag: by convention space-separated key:"value" pairs.
type StructTag string

// Get is the value of key in the tag, "" if absent.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup is the value of key in the tag and whether the key is there. Parsing stops at the
// first pair that is not well formed, as gc's does.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		// Skip the spaces between pairs.
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		// A key is a run of printable ASCII other than space, quote and colon.
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		// The quoted value, with backslash escapes.
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		quoted := string(tag[:i+1])
		tag = tag[i+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				break
			}
			return v, true
		}
	}
	return "", false
}

func (t *rtype) structType(what string) *abi.StructType {
	if t.Kind() != Struct {
		panic("reflect: " + what + " of non-struct type " + t.String())
	}
	return t.t.StructType()
}

// Field is the i'th field.
func (t *rtype) Field(i int) StructField {
	st := t.structType("Field")
	if i < 0 || i >= len(st.Fields) {
		panic("reflect: Field index out of bounds")
	}
	return structField(st, i)
}

func structField(st *abi.StructType, i int) StructField {
	p := &st.Fields[i]
	f := StructField{
		Name:      p.Name.Name(),
		Type:      toType(p.Typ),
		Tag:       StructTag(p.Name.Tag()),
		Offset:    p.Offset,
		Index:     []int{i},
		Anonymous: p.Embedded(),
	}
	if !p.Name.IsExported() {
		f.PkgPath = st.PkgPath.Name()
	}
	return f
}

// FieldByIndex is the nested field reached by following index through embedded structs.
func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var ft Type = t
	for depth, i := range index {
		if depth > 0 {
			if ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
				ft = ft.Elem()
			}
		}
		f = ft.Field(i)
		ft = f.Type
	}
	// Index is the last field's own ([]int{i}), as gc's.
	return f
}

// FieldByName finds the field called name, searching embedded structs breadth first; a name
// found twice at the shallowest depth is ambiguous and not found.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	st := t.structType("FieldByName")
	if name != "" {
		embedded := false
		for i := range st.Fields {
			f := &st.Fields[i]
			if f.Name.Name() == name {
				return structField(st, i), true
			}
			embedded = embedded || f.Embedded()
		}
		if !embedded {
			return StructField{}, false
		}
	}
	return searchFields(st, func(s string) bool { return s == name })
}

// FieldByNameFunc finds the field whose name satisfies match, as FieldByName.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	return searchFields(t.structType("FieldByNameFunc"), match)
}

// fieldScan is a struct type to search and the index path that reaches it.
type fieldScan struct {
	typ   *abi.StructType
	index []int
}

// typeCount counts how many times a struct type was reached at one depth.
type typeCount struct {
	typ   *abi.StructType
	count int
}

func countOf(counts []typeCount, t *abi.StructType) int {
	for _, c := range counts {
		if c.typ == t {
			return c.count
		}
	}
	return 0
}

func setCount(counts []typeCount, t *abi.StructType, n int) []typeCount {
	for i := range counts {
		if counts[i].typ == t {
			counts[i].count = n
			return counts
		}
	}
	return append(counts, typeCount{t, n})
}

// searchFields searches the struct and its embedded structs one depth at a time.
func searchFields(st *abi.StructType, match func(string) bool) (result StructField, ok bool) {
	current := []fieldScan{{typ: st}}
	var next []fieldScan
	var count, nextCount []typeCount
	var visited []*abi.StructType
	for len(current) > 0 {
		nextCount = nil
		for _, scan := range current {
			t := scan.typ
			seen := false
			for _, v := range visited {
				if v == t {
					seen = true
					break
				}
			}
			if seen {
				// Already searched at a shallower depth: nothing new down there.
				continue
			}
			visited = append(visited, t)
			for i := range t.Fields {
				f := &t.Fields[i]
				fname := f.Name.Name()
				var ntyp *abi.Type
				if f.Embedded() {
					ntyp = f.Typ
					if ntyp.Kind() == abi.Pointer {
						ntyp = ntyp.Elem()
					}
				}
				if match(fname) {
					if countOf(count, t) > 1 || ok {
						// The name occurs more than once at this depth.
						return StructField{}, false
					}
					result = structField(t, i)
					result.Index = append(append([]int(nil), scan.index...), i)
					ok = true
					continue
				}
				if ok || ntyp == nil || ntyp.Kind() != abi.Struct {
					continue
				}
				styp := ntyp.StructType()
				if countOf(nextCount, styp) > 0 {
					// Reached twice at the next depth: any match there is ambiguous.
					nextCount = setCount(nextCount, styp, 2)
					continue
				}
				n := 1
				if countOf(count, t) > 1 {
					n = 2
				}
				nextCount = setCount(nextCount, styp, n)
				index := append(append([]int(nil), scan.index...), i)
				next = append(next, fieldScan{styp, index})
			}
		}
		if ok {
			break
		}
		current, next = next, current[:0]
		count = nextCount
	}
	return
}

// Method describes one method of a type.
type Method struct {
	Name    string
	PkgPath string // the package of an unexported method; "" for exported ones
	Type    Type   // the method's func type (with the receiver first, for non-interface types)
	Func    Value  // the method as a func value with the receiver first (non-interface types)
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// NumMethod is an interface's method count or, for other types, the exported methods'.
func (t *rtype) NumMethod() int { return t.t.NumMethod() }

// Method is the i'th method: of an interface, any; of another type, the i'th exported one
// in name order.
func (t *rtype) Method(i int) (m Method) {
	if t.Kind() == Interface {
		it := t.t.InterfaceType()
		if i < 0 || i >= len(it.Methods) {
			panic("reflect: Method index out of range")
		}
		p := &it.Methods[i]
		name := abi.ResolveNameOff(p.Name)
		m.Name = name.Name()
		if !name.IsExported() {
			m.PkgPath = name.PkgPath()
			if m.PkgPath == "" {
				m.PkgPath = it.PkgPath.Name()
			}
		}
		m.Type = toType(abi.ResolveTypeOff(p.Typ))
		m.Index = i
		return m
	}
	u := t.t.Uncommon()
	if u == nil || i < 0 || i >= int(u.Xcount) {
		panic("reflect: Method index out of range")
	}
	p := u.ExportedMethods()[i]
	m.Name = abi.ResolveNameOff(p.Name).Name()
	mtyp := abi.ResolveTypeOff(p.Mtyp)
	if mtyp != nil {
		ft := withReceiver(&t.t, mtyp.FuncType())
		m.Type = toType(ft)
		if code := abi.ResolveTextOff(p.Tfn); code != nil {
			fv := new(funcval)
			fv.code = code
			m.Func = Value{ft, unsafe.Pointer(fv), flag(Func)}
		}
	}
	m.Index = i
	return m
}

// funcval is a func value's target: its code address (and, for closures, captures).
type funcval struct {
	code unsafe.Pointer
}

// MethodByName is the method called name (exported only, for non-interface types).
func (t *rtype) MethodByName(name string) (Method, bool) {
	if t.Kind() == Interface {
		it := t.t.InterfaceType()
		for i := range it.Methods {
			if abi.ResolveNameOff(it.Methods[i].Name).Name() == name {
				return t.Method(i), true
			}
		}
		return Method{}, false
	}
	u := t.t.Uncommon()
	if u == nil {
		return Method{}, false
	}
	for i, p := range u.ExportedMethods() {
		if abi.ResolveNameOff(p.Name).Name() == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}
