package abi

import "unsafe"

// Name is an encoded name: a flags byte (exported, has a tag, has a package path,
// embedded), the name's length as a varint and its bytes, then optionally the tag (varint
// length and bytes) and a 4-byte NameOff of the package path.
type Name struct {
	Bytes *byte
}

const (
	nameExported = 1 << 0
	nameHasTag   = 1 << 1
	nameHasPkg   = 1 << 2
	nameEmbedded = 1 << 3
)

func (n Name) byteAt(off int) byte { return *(*byte)(unsafe.Add(unsafe.Pointer(n.Bytes), off)) }

func (n Name) flags() byte { return n.byteAt(0) }

func (n Name) IsExported() bool { return n.flags()&nameExported != 0 }

func (n Name) HasTag() bool { return n.flags()&nameHasTag != 0 }

func (n Name) IsEmbedded() bool { return n.flags()&nameEmbedded != 0 }

// varint reads the unsigned varint at off: its value and how many bytes it took.
func (n Name) varint(off int) (value, size int) {
	for shift := 0; ; shift += 7 {
		b := n.byteAt(off + size)
		size++
		value |= int(b&0x7f) << shift
		if b < 0x80 {
			return value, size
		}
	}
}

// str is the string of length l at off, without a copy (names live as long as the program).
func (n Name) str(off, l int) string {
	if l == 0 {
		return ""
	}
	return unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(n.Bytes), off)), l)
}

// Name is the name itself ("" for a nil Name).
func (n Name) Name() string {
	if n.Bytes == nil {
		return ""
	}
	l, size := n.varint(1)
	return n.str(1+size, l)
}

// Tag is a struct field's tag ("" when it has none).
func (n Name) Tag() string {
	if n.Bytes == nil || !n.HasTag() {
		return ""
	}
	l, size := n.varint(1)
	off := 1 + size + l
	tl, tsize := n.varint(off)
	return n.str(off+tsize, tl)
}

// PkgPath is the package path recorded with the name (for unexported names of types and
// fields from another package), "" if none.
func (n Name) PkgPath() string {
	if n.Bytes == nil || n.flags()&nameHasPkg == 0 {
		return ""
	}
	l, size := n.varint(1)
	off := 1 + size + l
	if n.HasTag() {
		tl, tsize := n.varint(off)
		off += tsize + tl
	}
	var b [4]byte
	for i := range b {
		b[i] = n.byteAt(off + i)
	}
	o := int32(b[0]) | int32(b[1])<<8 | int32(b[2])<<16 | int32(b[3])<<24
	return ResolveNameOff(NameOff(o)).Name()
}

// IsBlank reports whether the name is "_".
func (n Name) IsBlank() bool {
	if n.Bytes == nil {
		return false
	}
	l, size := n.varint(1)
	return l == 1 && n.byteAt(1+size) == '_'
}

// NewName encodes a name (and tag) as the compiler does, in new memory.
func NewName(n, tag string, exported, embedded bool) Name {
	var flags byte
	if exported {
		flags |= nameExported
	}
	if tag != "" {
		flags |= nameHasTag
	}
	if embedded {
		flags |= nameEmbedded
	}
	b := []byte{flags}
	b = appendVarint(b, len(n))
	b = append(b, n...)
	if tag != "" {
		b = appendVarint(b, len(tag))
		b = append(b, tag...)
	}
	return Name{Bytes: &b[0]}
}

func appendVarint(b []byte, v int) []byte {
	for ; v >= 0x80; v >>= 7 {
		b = append(b, byte(v)|0x80)
	}
	return append(b, byte(v))
}
