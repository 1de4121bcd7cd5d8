//! The compiler's type data as the runtime reads it: gc's `internal/abi` layouts, `abi.Name`
//! decoding and the resolution of the 32-bit offsets descriptors use (gc's `type.go`,
//! `resolveNameOff`/`resolveTypeOff`/`textOff`).
//!
//! The compiler emits every descriptor, name and itab into one read-only blob
//! `[runtime.types, runtime.etypes)`; every compiler itab lies contiguously in
//! `[runtime.itabs, runtime.eitabs)` inside it. A `NameOff`/`TypeOff`/`TextOff` is a signed
//! offset from `runtime.types` (gc makes `TextOff` relative to the text segment; resolving
//! code the same way as data keeps one base and one relocation form). Weak empty definitions
//! below let a program without type data link.
//!
//! A [`Module`] is that base and bound. The runtime uses [`Module::linked`]; unit tests build
//! modules over their own buffers.
//!
//! ```text
//! type:main.T ─ Str ──────────► Name{flags, varint len, "main.T"}
//!      │  TFlagUncommon
//!      └ UncommonType{PkgPath, Mcount, Moff} ─► [Method{Name, Mtyp, Ifn, Tfn}] (sorted)
//! ```
//!
//! Layer 5: reading type data needs only `abi` and `throw` (an offset out of range is fatal,
//! as in gc), so a collector can walk descriptors without the panic machinery.

use crate::abi::{kind, tflag, Type};

// Weak labels of an empty type-data blob, all at one address; the compiler's strong
// definitions replace them. (Written in assembly: stable Rust cannot mark a static weak.)
core::arch::global_asm!(
    ".pushsection .rodata.gocrane_typedata,\"a\"",
    ".p2align 3",
    ".weak runtime.types",
    ".weak runtime.etypes",
    ".weak runtime.itabs",
    ".weak runtime.eitabs",
    ".weak runtime.etypedesc",
    "runtime.types:",
    "runtime.etypes:",
    "runtime.etypedesc:",
    "runtime.itabs:",
    "runtime.eitabs:",
    ".8byte 0",
    ".popsection",
);

extern "C" {
    #[link_name = "runtime.types"]
    static TYPES: u8;
    #[link_name = "runtime.etypes"]
    static ETYPES: u8;
    #[link_name = "runtime.etypedesc"]
    static ETYPEDESC: u8;
    #[link_name = "runtime.itabs"]
    static ITABS: u8;
    #[link_name = "runtime.eitabs"]
    static EITABS: u8;
}

/// gc's `abi.UncommonType`: the package path and method table of a named type or a type
/// with methods.
#[repr(C)]
pub struct UncommonType {
    pub pkg_path: i32,
    pub mcount: u16,
    pub xcount: u16,
    /// Offset from this header to `[mcount]Method`.
    pub moff: u32,
    pub unused: u32,
}

/// gc's `abi.Method`: one entry of a type's method table (sorted like interface methods).
#[repr(C)]
pub struct Method {
    pub name: i32,
    /// The method's func type without receiver.
    pub mtyp: i32,
    /// Code for interface calls (the receiver is the interface data word).
    pub ifn: i32,
    /// Code for direct calls.
    pub tfn: i32,
}

/// gc's `abi.Imethod`.
#[repr(C)]
pub struct Imethod {
    pub name: i32,
    pub typ: i32,
}

/// gc's `abi.InterfaceType` (80 bytes).
#[repr(C)]
pub struct InterfaceType {
    pub typ: Type,
    /// An `abi.Name` (absolute pointer), null for none.
    pub pkg_path: *const u8,
    pub methods: *const Imethod,
    pub methods_len: isize,
    pub methods_cap: isize,
}

impl InterfaceType {
    /// # Safety
    /// `self` must be a real interface descriptor.
    pub unsafe fn methods(&self) -> &[Imethod] {
        if self.methods_len <= 0 || self.methods.is_null() {
            &[]
        } else {
            core::slice::from_raw_parts(self.methods, self.methods_len as usize)
        }
    }
}

/// gc's `abi.ITab`; `fun` really holds one code pointer per interface method.
#[repr(C)]
pub struct ITab {
    pub inter: *const InterfaceType,
    pub typ: *const Type,
    /// Copy of `typ.Hash` (0 in itabs the runtime builds).
    pub hash: u32,
    pub pad: u32,
    pub fun: [usize; 1],
}

impl ITab {
    /// gc's `(*ITab).Size`: 24 + 8 per method, 32 for a negative entry.
    ///
    /// # Safety
    /// `self.inter` must be valid.
    pub unsafe fn size(&self) -> usize {
        if self.fun[0] == 0 {
            return 32;
        }
        24 + 8 * (*self.inter).methods_len.max(1) as usize
    }
}

/// `abi.FuncType`'s header: parameter counts (the top bit of `out_count` marks variadic).
#[repr(C)]
pub struct FuncType {
    pub typ: Type,
    pub in_count: u16,
    pub out_count: u16,
}

/// gc's `abi.ArrayType` (72 bytes): the element type, the slice type `[]Elem`, the length.
#[repr(C)]
pub struct ArrayType {
    pub typ: Type,
    pub elem: *const Type,
    pub slice: *const Type,
    pub len: usize,
}

/// gc's `abi.StructField` (24 bytes): an absolute `abi.Name` pointer, the field's type and
/// its byte offset.
#[repr(C)]
pub struct StructField {
    pub name: *const u8,
    pub typ: *const Type,
    pub offset: usize,
}

impl StructField {
    /// gc's `Name.IsBlank`: the field is named `_`.
    ///
    /// # Safety
    /// `self.name` null or a valid encoded name.
    pub unsafe fn is_blank(&self) -> bool {
        Name(self.name).name() == b"_"
    }
}

/// gc's `abi.StructType` (80 bytes): the package path name and `[]StructField`.
#[repr(C)]
pub struct StructType {
    pub typ: Type,
    pub pkg_path: *const u8,
    pub fields: *const StructField,
    pub fields_len: isize,
    pub fields_cap: isize,
}

impl StructType {
    /// # Safety
    /// `self` must be a real struct descriptor.
    pub unsafe fn fields(&self) -> &[StructField] {
        if self.fields_len <= 0 || self.fields.is_null() {
            &[]
        } else {
            core::slice::from_raw_parts(self.fields, self.fields_len as usize)
        }
    }
}

/// A view of an `abi.Name`: flag byte, varint length, bytes [, varint tag length, tag]
/// [, 4-byte NameOff of the package path].
#[derive(Clone, Copy)]
pub struct Name(pub *const u8);

const NAME_EXPORTED: u8 = 1 << 0;
const NAME_HAS_TAG: u8 = 1 << 1;
const NAME_HAS_PKG_PATH: u8 = 1 << 2;

impl Name {
    /// gc's `readVarint`: (value, bytes used) of the varint at `off`.
    unsafe fn varint(&self, off: usize) -> (usize, usize) {
        let mut v = 0usize;
        let mut i = 0;
        loop {
            let b = *self.0.add(off + i);
            v |= ((b & 0x7f) as usize) << (7 * i);
            i += 1;
            if b & 0x80 == 0 || i == 5 {
                return (v, i);
            }
        }
    }

    /// The name's bytes (empty for the null name).
    ///
    /// # Safety
    /// `self.0` null or a valid encoded name.
    pub unsafe fn name<'a>(&self) -> &'a [u8] {
        if self.0.is_null() {
            return &[];
        }
        let (len, used) = self.varint(1);
        core::slice::from_raw_parts(self.0.add(1 + used), len)
    }

    /// # Safety
    /// As [`Name::name`].
    pub unsafe fn is_exported(&self) -> bool {
        !self.0.is_null() && *self.0 & NAME_EXPORTED != 0
    }

    /// gc's `pkgPath(name)`: the package path stored after the name, if any.
    ///
    /// # Safety
    /// As [`Name::name`]; `m` the module the name belongs to.
    pub unsafe fn pkg_path<'a>(&self, m: &Module) -> &'a [u8] {
        if self.0.is_null() || *self.0 & NAME_HAS_PKG_PATH == 0 {
            return &[];
        }
        let (len, used) = self.varint(1);
        let mut off = 1 + used + len;
        if *self.0 & NAME_HAS_TAG != 0 {
            let (tlen, tused) = self.varint(off);
            off += tused + tlen;
        }
        let name_off = (self.0.add(off) as *const i32).read_unaligned();
        m.name_off(name_off).name()
    }
}

/// A type-data blob: the base `NameOff`/`TypeOff`/`TextOff` count from, and its end.
#[derive(Clone, Copy, Debug)]
pub struct Module {
    pub types: usize,
    pub etypes: usize,
}

impl Module {
    /// The program's blob, `[runtime.types, runtime.etypes)`.
    pub fn linked() -> Module {
        // SAFETY: only the addresses of the linker-defined labels are taken.
        unsafe {
            Module {
                types: &TYPES as *const u8 as usize,
                etypes: &ETYPES as *const u8 as usize,
            }
        }
    }

    /// The end of the type descriptors at the start of the blob, `runtime.etypedesc`.
    pub fn linked_descriptors_end() -> usize {
        // SAFETY: only the address of the label is taken.
        unsafe { &ETYPEDESC as *const u8 as usize }
    }

    /// The compiler's itabs, `[runtime.itabs, runtime.eitabs)`.
    pub fn linked_itabs() -> (usize, usize) {
        // SAFETY: as above.
        unsafe { (&ITABS as *const u8 as usize, &EITABS as *const u8 as usize) }
    }

    fn resolve(&self, off: i32, what: &str) -> usize {
        if off < 0 {
            // Data reflect made at run time (`add_reflect_off`), as gc's `reflectOffs`.
            if let Some(p) = reflect_off(off) {
                return p;
            }
            crate::throw::throw(what);
        }
        let p = self.types.wrapping_add(off as isize as usize);
        if p < self.types || p >= self.etypes {
            // gc: "runtime: nameOff 0x... out of range" + throw.
            crate::throw::throw(what);
        }
        p
    }

    /// The address of the run-time data registered under `off` (fatal if none).
    pub fn reflect_off_addr(&self, off: i32) -> usize {
        self.resolve(off, "runtime: reflectOff out of range")
    }

    /// gc's `resolveNameOff`: offset 0 is the empty name.
    pub fn name_off(&self, off: i32) -> Name {
        if off == 0 {
            return Name(core::ptr::null());
        }
        Name(self.resolve(off, "runtime: nameOff out of range") as *const u8)
    }

    /// gc's `resolveTypeOff`: 0 and -1 are "no type".
    pub fn type_off(&self, off: i32) -> *const Type {
        if off == 0 || off == -1 {
            return core::ptr::null();
        }
        self.resolve(off, "runtime: typeOff out of range") as *const Type
    }

    /// gc's `textOff`: the code address, `None` for -1 (a method without code).
    pub fn text_off(&self, off: i32) -> Option<usize> {
        (off != -1).then(|| self.types.wrapping_add(off as isize as usize))
    }
}

/// Names and descriptors package reflect builds at run time (`PointerTo`, method types),
/// which an offset from `runtime.types` cannot reach: they get negative ids, -2 down (as gc's
/// `reflectOffs`; -1 and 0 mean "none"). Never freed: descriptors live as long as the program.
static REFLECT_OFFS: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());

/// Registers run-time type data at `p` and returns its negative id.
pub fn add_reflect_off(p: usize) -> i32 {
    let mut offs = REFLECT_OFFS.lock().unwrap_or_else(|e| e.into_inner());
    offs.push(p);
    -(offs.len() as i32) - 1
}

/// The address registered under id `off` (< -1).
fn reflect_off(off: i32) -> Option<usize> {
    let offs = REFLECT_OFFS.lock().unwrap_or_else(|e| e.into_inner());
    let index = (-(off as i64) - 2) as usize;
    offs.get(index).copied()
}

/// gc's `(*Type).Uncommon`: the header after the kind's own part, if `TFlagUncommon`.
///
/// # Safety
/// `t` must be a valid descriptor.
pub unsafe fn uncommon(t: *const Type) -> Option<&'static UncommonType> {
    if (*t).tflag & tflag::UNCOMMON == 0 {
        return None;
    }
    let at = match (*t).kind {
        kind::STRUCT | kind::INTERFACE => 80,
        kind::POINTER | kind::FUNC | kind::SLICE => 56,
        kind::ARRAY => 72,
        kind::CHAN => 64,
        kind::MAP => 136,
        _ => 48,
    };
    Some(&*((t as *const u8).add(at) as *const UncommonType))
}

/// The method table of an uncommon type.
///
/// # Safety
/// `u` must belong to a valid descriptor.
pub unsafe fn methods(u: &UncommonType) -> &'static [Method] {
    let p = (u as *const UncommonType as *const u8).add(u.moff as usize) as *const Method;
    core::slice::from_raw_parts(p, u.mcount as usize)
}

/// gc's `(*_type).string()`: the type's name, without the extra `*` of `TFlagExtraStar`.
///
/// Every descriptor the compiler emits has a name. One without (`Str` 0: a descriptor the
/// runtime builds for itself) is named after the predeclared type of its kind, else `?`.
///
/// # Safety
/// `t` must be a valid descriptor of module `m`.
pub unsafe fn type_string(m: &Module, t: *const Type) -> &'static [u8] {
    if (*t).str_off == 0 {
        return kind::predeclared_name((*t).kind)
            .map(str::as_bytes)
            .unwrap_or(b"?");
    }
    let s = m.name_off((*t).str_off).name();
    if (*t).tflag & tflag::EXTRA_STAR != 0 && !s.is_empty() {
        &s[1..]
    } else {
        s
    }
}

/// gc's `(*_type).pkgpath()`.
///
/// # Safety
/// As [`type_string`].
pub unsafe fn type_pkg_path(m: &Module, t: *const Type) -> &'static [u8] {
    if let Some(u) = uncommon(t) {
        return m.name_off(u.pkg_path).name();
    }
    match (*t).kind {
        // StructType.PkgPath and InterfaceType.PkgPath are absolute Name pointers at 48.
        kind::STRUCT | kind::INTERFACE => {
            Name(*((t as *const u8).add(48) as *const *const u8)).name()
        }
        _ => &[],
    }
}

/// Whether `t` is the type `func() string` (as `Error` and `String` must have).
///
/// # Safety
/// As [`type_string`].
pub unsafe fn is_func_returning_string(m: &Module, t: *const Type) -> bool {
    if t.is_null() || (*t).kind != kind::FUNC {
        return false;
    }
    let f = &*(t as *const FuncType);
    if f.in_count != 0 || f.out_count != 1 {
        return false;
    }
    // FuncType.InSlice/OutSlice: the parameter types follow the header (and UncommonType).
    let mut at = core::mem::size_of::<FuncType>().next_multiple_of(8);
    if (*t).tflag & tflag::UNCOMMON != 0 {
        at += core::mem::size_of::<UncommonType>();
    }
    let out = *((t as *const u8).add(at) as *const *const Type);
    !out.is_null() && (*out).kind == kind::STRING && type_string(m, out) == b"string"
}

/// The code of `t`'s method `name` with type `func() string`, if its method set has one.
///
/// # Safety
/// As [`type_string`].
pub unsafe fn string_method(m: &Module, t: *const Type, name: &[u8]) -> Option<usize> {
    let u = uncommon(t)?;
    let meth = methods(u).iter().find(|me| {
        let n = m.name_off(me.name);
        n.is_exported() && n.name() == name
    })?;
    if !is_func_returning_string(m, m.type_off(meth.mtyp)) {
        return None;
    }
    m.text_off(meth.ifn)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Encodes an `abi.Name` the way the compiler does.
    fn encode_name(flags: u8, s: &[u8]) -> Vec<u8> {
        let mut v = vec![flags];
        let mut n = s.len();
        loop {
            let b = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                v.push(b);
                break;
            }
            v.push(b | 0x80);
        }
        v.extend_from_slice(s);
        v
    }

    #[test]
    fn names_decode_with_varint_lengths_and_package_paths() {
        // blob: [pad][name "main"][name "m" with pkgPath -> "main"][long name]
        let mut blob = vec![0u8; 4];
        let main_at = blob.len();
        blob.extend(encode_name(0, b"main"));
        let m_at = blob.len();
        blob.extend(encode_name(NAME_HAS_PKG_PATH, b"m"));
        blob.extend((main_at as i32).to_le_bytes());
        let long_at = blob.len();
        let long = vec![b'x'; 200];
        blob.extend(encode_name(NAME_EXPORTED, &long));
        let m = Module {
            types: blob.as_ptr() as usize,
            etypes: blob.as_ptr() as usize + blob.len(),
        };
        unsafe {
            assert_eq!(m.name_off(main_at as i32).name(), b"main");
            let n = m.name_off(m_at as i32);
            assert_eq!(n.name(), b"m");
            assert!(!n.is_exported());
            assert_eq!(n.pkg_path(&m), b"main");
            let l = m.name_off(long_at as i32);
            assert_eq!(l.name(), &long[..]);
            assert!(l.is_exported());
            assert_eq!(l.pkg_path(&m), b"");
            assert_eq!(m.name_off(0).name(), b"");
        }
        assert!(m.type_off(-1).is_null());
        assert_eq!(m.text_off(-1), None);
        assert_eq!(m.text_off(-16), Some(m.types - 16));
    }
}
