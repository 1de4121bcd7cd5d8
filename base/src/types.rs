//! Go types, interned: structurally identical unnamed types get the same [`TypeId`], so type
//! identity is `==` on ids. Each defined (named) type gets its own id.
//!
//! Sizes, alignments and field offsets follow gc on 64-bit targets (amd64 and arm64 agree),
//! because `unsafe.Sizeof`, interface data words and runtime layouts must equal gc's.
//! `byte` and `rune` are the same types as `uint8` and `int32` (as in gc's runtime names:
//! `type:[]uint8`).

use std::cell::RefCell;
use std::collections::HashMap;

use crate::source::Span;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// A package of the compilation, by its index in [`Types`]' package table (gc's
/// `*types.Pkg`): [`Types::pkg_path`] gives its import path.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId(pub u32);

impl PkgId {
    /// The universe: predeclared types and objects belong to no package.
    pub const UNIVERSE: PkgId = PkgId(0);
}

/// Index of a defined type in [`Types::named`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NamedId(pub u32);

/// Index of an object (variable, constant, type name, function, …) in `check::Info::objects`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    /// Every kind.
    pub const ALL: [BasicKind; 26] = ALL_BASIC;

    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }

    pub fn is_complex(self) -> bool {
        matches!(
            self,
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
        )
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }

    /// Size in bytes on a 64-bit target (0 for untyped kinds).
    pub fn size(self) -> u64 {
        use BasicKind::*;
        match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 | String => 16,
            _ => 0,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    /// Raw tag literal, if any (part of type identity).
    pub tag: Option<String>,
    /// Package of an unexported field name; None when exported.
    pub pkg: Option<PkgId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`, stored as `[]T`.
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InterfaceMethod {
    pub name: String,
    /// A `Type::Func` without receiver.
    pub sig: TypeId,
    /// Package of an unexported method name; None when exported.
    pub pkg: Option<PkgId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Struct(Vec<StructField>),
    Func(Signature),
    /// The full method set (embedded interfaces flattened), sorted as gc sorts Imethods:
    /// by name, exported names before unexported ones (see `abi.Imethod` ordering).
    Interface(Vec<InterfaceMethod>),
    Map(TypeId, TypeId),
    Chan(TypeId),
    /// The result list of a call with several results.
    Tuple(Vec<TypeId>),
    Named(NamedId),
}

/// A defined type: `type T struct{…}` (or a predeclared one such as `error`).
#[derive(Clone, Debug)]
pub struct Named {
    pub name: String,
    /// The declaring package ([`PkgId::UNIVERSE`] for predeclared types).
    pub pkg: PkgId,
    /// Set once the declaration is checked; `TypeId` of `Basic(Invalid)` until then.
    pub underlying: TypeId,
    /// Methods declared with receiver T or *T, in source order (function objects).
    pub methods: Vec<ObjId>,
    /// Local types get gc's `·N` suffix in link names (`main.T·1`); 0 for package level.
    pub local_index: u32,
    pub span: Span,
}

pub struct Types {
    /// Import paths of the packages of the compilation, by [`PkgId`].
    pkgs: Vec<String>,
    /// Their names (the package clause's; the path's last element until it is known).
    pkg_names: Vec<String>,
    types: Vec<Type>,
    interned: HashMap<Type, TypeId>,
    pub named: Vec<Named>,
    /// Canonical form of each type with `byte`/`rune` spelled `uint8`/`int32` (memo).
    canon: HashMap<TypeId, TypeId>,
    /// Size, alignment and pointer bytes of each type asked for (memo): computing them anew
    /// per path is exponential in the nesting of struct types (`S0{a, b, c S1}`, `S1{…}`, …).
    /// Only [`Types::set_underlying`] changes a type's layout, and it empties the memo.
    layout: RefCell<HashMap<TypeId, Layout>>,
    /// Struct types the compiler made for itself with no equality or hash (gc's `Noalg`: a
    /// closure's funcval), whose descriptors are `type:noalg.struct { … }`.
    noalg: std::collections::HashSet<TypeId>,
}

#[derive(Clone, Copy, Default)]
struct Layout {
    size: Option<u64>,
    align: Option<u64>,
    ptr_bytes: Option<u64>,
}

/// `byte` and `rune` as the checker spells them. They are identical to `uint8` and `int32`
/// (see [`Types::identical`]) but print as `byte`/`rune` in error messages, as types2's
/// aliases do. The checker canonicalises every type it hands out (`Types::canonical`), so
/// past the checker these ids never appear and type identity is `==`.
pub const BYTE: TypeId = TypeId(ALL_BASIC.len() as u32);
pub const RUNE: TypeId = TypeId(ALL_BASIC.len() as u32 + 1);
/// `any`, printed `any` in messages where an `interface{}` literal prints `interface{}`;
/// canonically the empty interface, like [`BYTE`] and [`RUNE`].
pub const ANY: TypeId = TypeId(ALL_BASIC.len() as u32 + 2);

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Types {
    /// A table holding every basic type, with `TypeId`s fixed by [`Types::basic`].
    pub fn new() -> Types {
        let mut t = Types {
            pkgs: vec![String::new()],
            pkg_names: vec![String::new()],
            types: Vec::new(),
            interned: HashMap::new(),
            named: Vec::new(),
            canon: HashMap::new(),
            layout: RefCell::new(HashMap::new()),
            noalg: std::collections::HashSet::new(),
        };
        for k in ALL_BASIC {
            t.intern(Type::Basic(k));
        }
        // The spellings `byte` and `rune`: not interned, so `Basic(Uint8)` stays `uint8`.
        t.types.push(Type::Basic(BasicKind::Uint8));
        t.types.push(Type::Basic(BasicKind::Int32));
        t.types.push(Type::Interface(Vec::new()));
        t
    }

    /// The package with import path `path`, created on first mention (gc's `types.NewPkg`).
    pub fn package(&mut self, path: &str) -> PkgId {
        match self.pkgs.iter().position(|p| p == path) {
            Some(i) => PkgId(i as u32),
            None => {
                self.pkgs.push(path.to_string());
                let name = path.rsplit('/').next().unwrap_or(path);
                self.pkg_names.push(name.to_string());
                PkgId(self.pkgs.len() as u32 - 1)
            }
        }
    }

    /// A package's import path (`""` for the universe).
    pub fn pkg_path(&self, pkg: PkgId) -> &str {
        &self.pkgs[pkg.0 as usize]
    }

    /// A package's name, as its package clause declares it: what messages, `-m` remarks and
    /// reflection qualify its names with (`shapes.Rect`), where symbols use the path.
    pub fn pkg_name(&self, pkg: PkgId) -> &str {
        &self.pkg_names[pkg.0 as usize]
    }

    /// Records the name package `pkg` declares.
    pub fn set_pkg_name(&mut self, pkg: PkgId, name: &str) {
        self.pkg_names[pkg.0 as usize] = name.to_string();
    }

    /// The type with `byte`/`rune` replaced by `uint8`/`int32` throughout.
    pub fn canonical(&mut self, t: TypeId) -> TypeId {
        if t == BYTE {
            return self.basic(BasicKind::Uint8);
        }
        if t == RUNE {
            return self.basic(BasicKind::Int32);
        }
        if t == ANY {
            return self.intern(Type::Interface(Vec::new()));
        }
        if let Some(&c) = self.canon.get(&t) {
            return c;
        }
        let c = match self.get(t).clone() {
            Type::Basic(_) | Type::Named(_) => t,
            Type::Pointer(e) => {
                let e = self.canonical(e);
                self.intern(Type::Pointer(e))
            }
            Type::Slice(e) => {
                let e = self.canonical(e);
                self.intern(Type::Slice(e))
            }
            Type::Array(n, e) => {
                let e = self.canonical(e);
                self.intern(Type::Array(n, e))
            }
            Type::Chan(e) => {
                let e = self.canonical(e);
                self.intern(Type::Chan(e))
            }
            Type::Map(k, v) => {
                let k = self.canonical(k);
                let v = self.canonical(v);
                self.intern(Type::Map(k, v))
            }
            Type::Struct(fields) => {
                let fields = fields
                    .into_iter()
                    .map(|f| StructField {
                        ty: self.canonical(f.ty),
                        ..f
                    })
                    .collect();
                self.intern(Type::Struct(fields))
            }
            Type::Func(sig) => {
                let params = sig.params.iter().map(|&p| self.canonical(p)).collect();
                let results = sig.results.iter().map(|&r| self.canonical(r)).collect();
                self.intern(Type::Func(Signature {
                    params,
                    results,
                    variadic: sig.variadic,
                }))
            }
            Type::Interface(methods) => {
                let methods = methods
                    .into_iter()
                    .map(|m| InterfaceMethod {
                        sig: self.canonical(m.sig),
                        ..m
                    })
                    .collect();
                self.intern(Type::Interface(methods))
            }
            Type::Tuple(elems) => {
                let elems = elems.iter().map(|&e| self.canonical(e)).collect();
                self.intern(Type::Tuple(elems))
            }
        };
        self.canon.insert(t, c);
        c
    }

    /// Type identity (`byte` and `uint8` are identical).
    pub fn identical(&mut self, a: TypeId, b: TypeId) -> bool {
        a == b || self.canonical(a) == self.canonical(b)
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        TypeId(k as u32)
    }

    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.interned.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.interned.insert(ty, id);
        id
    }

    /// The id of `ty` if the table has it (without making it).
    pub fn find(&self, ty: &Type) -> Option<TypeId> {
        self.interned.get(ty).copied()
    }

    /// The package with import path `path`, if the table has it.
    pub fn find_package(&self, path: &str) -> Option<PkgId> {
        self.pkgs
            .iter()
            .position(|p| p == path)
            .map(|i| PkgId(i as u32))
    }

    /// A new defined type; its underlying type is set later with [`Types::set_underlying`].
    pub fn new_named(&mut self, named: Named) -> TypeId {
        let nid = NamedId(self.named.len() as u32);
        self.named.push(named);
        self.intern(Type::Named(nid))
    }

    pub fn set_underlying(&mut self, t: TypeId, underlying: TypeId) {
        self.layout.get_mut().clear();
        if let Type::Named(n) = self.types[t.0 as usize] {
            self.named[n.0 as usize].underlying = underlying;
        }
    }

    pub fn get(&self, t: TypeId) -> &Type {
        &self.types[t.0 as usize]
    }

    /// A struct of unexported, untagged `fields` that the compiler makes up (gc's runtime
    /// structs: a map's header, group or iterator), without equality or hash.
    pub fn noalg_struct(&mut self, fields: &[(&str, TypeId)]) -> TypeId {
        let fields = fields
            .iter()
            .map(|&(name, ty)| StructField {
                name: name.into(),
                ty,
                embedded: false,
                tag: None,
                pkg: None,
            })
            .collect();
        let t = self.intern(Type::Struct(fields));
        self.set_noalg(t);
        t
    }

    /// Marks `t` as a type without equality or hash (gc's `SetNoalg`).
    pub fn set_noalg(&mut self, t: TypeId) {
        self.noalg.insert(t);
    }

    /// Whether `t` was marked with [`Types::set_noalg`].
    pub fn is_noalg(&self, t: TypeId) -> bool {
        self.noalg.contains(&t)
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    pub fn named_info(&self, t: TypeId) -> Option<&Named> {
        match self.get(t) {
            Type::Named(n) => Some(&self.named[n.0 as usize]),
            _ => None,
        }
    }

    /// The underlying type: follows defined types to the type literal they stand for.
    pub fn underlying(&self, mut t: TypeId) -> TypeId {
        while let Type::Named(n) = self.get(t) {
            let u = self.named[n.0 as usize].underlying;
            if u == t {
                break;
            }
            t = u;
        }
        t
    }

    /// The underlying type's structure.
    pub fn under(&self, t: TypeId) -> &Type {
        self.get(self.underlying(t))
    }

    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.under(t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn array(&mut self, len: u64, elem: TypeId) -> TypeId {
        self.intern(Type::Array(len, elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }

    fn memo(
        &self,
        t: TypeId,
        field: fn(&mut Layout) -> &mut Option<u64>,
        f: impl FnOnce() -> u64,
    ) -> u64 {
        if let Some(v) = self.layout.borrow_mut().get_mut(&t).and_then(|l| *field(l)) {
            return v;
        }
        let v = f();
        *field(self.layout.borrow_mut().entry(t).or_default()) = Some(v);
        v
    }

    /// Size in bytes, as gc computes it (`types.CalcSize`).
    pub fn size_of(&self, t: TypeId) -> u64 {
        self.memo(t, |l| &mut l.size, || self.compute_size(t))
    }

    fn compute_size(&self, t: TypeId) -> u64 {
        match self.under(t) {
            Type::Basic(k) => k.size(),
            Type::Pointer(_) | Type::Map(..) | Type::Chan(_) | Type::Func(_) => 8,
            Type::Slice(_) => 24,
            Type::Interface(_) => 16,
            Type::Array(n, e) => n.saturating_mul(self.size_of(*e)),
            Type::Struct(fields) => {
                let mut off = 0;
                let mut max_align = 1;
                for f in fields {
                    let a = self.align_of(f.ty);
                    max_align = max_align.max(a);
                    off = align_up(off, a).saturating_add(self.size_of(f.ty));
                }
                // gc pads a struct that ends in a zero-sized field so that taking the
                // address of that field cannot point past the object.
                if let Some(last) = fields.last() {
                    if self.size_of(last.ty) == 0 && off > 0 {
                        off = off.saturating_add(1);
                    }
                }
                align_up(off, max_align)
            }
            Type::Tuple(elems) => elems.iter().fold(0u64, |acc, &e| {
                acc.saturating_add(align_up(self.size_of(e), 8))
            }),
            Type::Named(_) => unreachable!("under() never returns Named"),
        }
    }

    /// The size as types2's gc sizes compute it for `unsafe.Sizeof`: None when it does not
    /// fit in an int64 (`… is too large`). [`Types::size_of`] saturates instead.
    pub fn size_of_checked(&self, t: TypeId) -> Option<u64> {
        let s = self.size_of(t);
        (s <= i64::MAX as u64).then_some(s)
    }

    pub fn align_of(&self, t: TypeId) -> u64 {
        self.memo(t, |l| &mut l.align, || self.compute_align(t))
    }

    fn compute_align(&self, t: TypeId) -> u64 {
        match self.under(t) {
            Type::Basic(BasicKind::Complex128) | Type::Basic(BasicKind::Complex64) => {
                self.size_of(t) / 2
            }
            Type::Basic(BasicKind::String) => 8,
            Type::Basic(k) => k.size().max(1),
            Type::Array(_, e) => self.align_of(*e),
            Type::Struct(fields) => fields
                .iter()
                .map(|f| self.align_of(f.ty))
                .max()
                .unwrap_or(1),
            _ => 8,
        }
    }

    /// Byte offsets of a struct's fields.
    pub fn field_offsets(&self, t: TypeId) -> Vec<u64> {
        let Type::Struct(fields) = self.under(t) else {
            return Vec::new();
        };
        let mut off = 0;
        fields
            .iter()
            .map(|f| {
                off = align_up(off, self.align_of(f.ty));
                let this = off;
                off = off.saturating_add(self.size_of(f.ty));
                this
            })
            .collect()
    }

    /// Number of leading bytes that may hold pointers (`abi.Type.PtrBytes`).
    pub fn ptr_bytes(&self, t: TypeId) -> u64 {
        self.memo(t, |l| &mut l.ptr_bytes, || self.compute_ptr_bytes(t))
    }

    fn compute_ptr_bytes(&self, t: TypeId) -> u64 {
        match self.under(t) {
            Type::Basic(BasicKind::String) | Type::Basic(BasicKind::UnsafePointer) => 8,
            Type::Basic(_) => 0,
            Type::Pointer(_) | Type::Map(..) | Type::Chan(_) | Type::Func(_) | Type::Slice(_) => 8,
            Type::Interface(_) => 16,
            Type::Array(n, e) => {
                let pb = self.ptr_bytes(*e);
                if *n == 0 || pb == 0 {
                    0
                } else {
                    (n - 1).saturating_mul(self.size_of(*e)).saturating_add(pb)
                }
            }
            Type::Struct(_) => {
                let Type::Struct(fields) = self.under(t) else {
                    unreachable!()
                };
                let offsets = self.field_offsets(t);
                fields
                    .iter()
                    .zip(offsets)
                    .filter_map(|(f, off)| {
                        let pb = self.ptr_bytes(f.ty);
                        (pb > 0).then_some(off + pb)
                    })
                    .max()
                    .unwrap_or(0)
            }
            Type::Tuple(_) | Type::Named(_) => 0,
        }
    }

    pub fn has_pointers(&self, t: TypeId) -> bool {
        self.ptr_bytes(t) > 0
    }
}

impl Types {
    /// Whether the type has a name: a defined type or a predeclared basic type
    /// (go/types' `hasName`, which decides assignability between identical underlying types).
    pub fn has_name(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Named(_) | Type::Basic(_))
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Named(_))
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Interface(_))
    }

    /// The type as types2 prints it in error messages: names declared in `local_pkg` are
    /// unqualified (`T`, `[]int`, `struct{a int}`, `func(int) string`), other packages'
    /// names are qualified (`runtime.MemStats`).
    pub fn type_string(&self, t: TypeId, local_pkg: PkgId) -> String {
        let mut out = String::new();
        self.write_type(&mut out, t, local_pkg, &mut Vec::new());
        out
    }

    fn write_type(&self, out: &mut String, t: TypeId, local: PkgId, seen: &mut Vec<TypeId>) {
        if seen.contains(&t) {
            out.push_str("<cycle>");
            return;
        }
        match self.get(t) {
            Type::Basic(_) if t == BYTE => out.push_str("byte"),
            Type::Basic(_) if t == RUNE => out.push_str("rune"),
            Type::Basic(k) => out.push_str(k.name()),
            Type::Named(n) => {
                let named = &self.named[n.0 as usize];
                if named.pkg != PkgId::UNIVERSE && named.pkg != local {
                    out.push_str(self.pkg_name(named.pkg));
                    out.push('.');
                }
                out.push_str(&named.name);
            }
            Type::Pointer(e) => {
                out.push('*');
                self.write_type(out, *e, local, seen);
            }
            Type::Slice(e) => {
                out.push_str("[]");
                self.write_type(out, *e, local, seen);
            }
            Type::Array(n, e) => {
                out.push_str(&format!("[{n}]"));
                self.write_type(out, *e, local, seen);
            }
            Type::Struct(fields) => {
                seen.push(t);
                out.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, local, seen);
                    if let Some(tag) = &f.tag {
                        let value = tag_value(tag);
                        if !value.is_empty() {
                            out.push(' ');
                            out.push_str(&crate::constant::go_quote(&value));
                        }
                    }
                }
                out.push('}');
                seen.pop();
            }
            Type::Func(sig) => {
                out.push_str("func");
                self.write_signature(out, sig, local, seen);
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    out.push_str(if t == ANY { "any" } else { "interface{}" });
                    return;
                }
                seen.push(t);
                out.push_str("interface{");
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    out.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_signature(out, sig, local, seen);
                    }
                }
                out.push('}');
                seen.pop();
            }
            Type::Map(k, v) => {
                out.push_str("map[");
                self.write_type(out, *k, local, seen);
                out.push(']');
                self.write_type(out, *v, local, seen);
            }
            Type::Chan(e) => {
                out.push_str("chan ");
                self.write_type(out, *e, local, seen);
            }
            Type::Tuple(elems) => {
                out.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *e, local, seen);
                }
                out.push(')');
            }
        }
    }

    /// `(int, ...string) (int, error)` — a signature without the `func` keyword.
    pub fn signature_string(&self, sig: &Signature, local_pkg: PkgId) -> String {
        let mut out = String::new();
        self.write_signature(&mut out, sig, local_pkg, &mut Vec::new());
        out
    }

    fn write_signature(
        &self,
        out: &mut String,
        sig: &Signature,
        local: PkgId,
        seen: &mut Vec<TypeId>,
    ) {
        out.push('(');
        for (i, &p) in sig.params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                if let Type::Slice(e) = self.get(p) {
                    out.push_str("...");
                    self.write_type(out, *e, local, seen);
                    continue;
                }
            }
            self.write_type(out, p, local, seen);
        }
        out.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                out.push(' ');
                self.write_type(out, sig.results[0], local, seen);
            }
            _ => {
                out.push_str(" (");
                for (i, &r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, r, local, seen);
                }
                out.push(')');
            }
        }
    }
}

/// The value of a struct tag literal as written (`` `json:"a"` `` or `"x"`).
fn tag_value(raw: &str) -> String {
    match crate::constant::ConstValue::from_literal(crate::constant::LitKind::String, raw) {
        Some(crate::constant::ConstValue::String(s)) => String::from_utf8_lossy(&s).into_owned(),
        _ => raw.to_string(),
    }
}

pub fn align_up(x: u64, a: u64) -> u64 {
    x.div_ceil(a.max(1)).saturating_mul(a.max(1))
}

const ALL_BASIC: [BasicKind; 26] = {
    use BasicKind::*;
    [
        Invalid,
        Bool,
        Int,
        Int8,
        Int16,
        Int32,
        Int64,
        Uint,
        Uint8,
        Uint16,
        Uint32,
        Uint64,
        Uintptr,
        Float32,
        Float64,
        Complex64,
        Complex128,
        String,
        UnsafePointer,
        UntypedBool,
        UntypedInt,
        UntypedRune,
        UntypedFloat,
        UntypedComplex,
        UntypedString,
        UntypedNil,
    ]
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_ids_are_fixed() {
        let t = Types::new();
        for k in ALL_BASIC {
            assert_eq!(t.get(t.basic(k)), &Type::Basic(k));
        }
    }

    #[test]
    fn struct_layout_matches_gc() {
        let mut t = Types::new();
        let main = t.package("main");
        let i8_ = t.basic(BasicKind::Int8);
        let i64_ = t.basic(BasicKind::Int64);
        let s = t.intern(Type::Struct(vec![
            StructField {
                name: "a".into(),
                ty: i8_,
                embedded: false,
                tag: None,
                pkg: Some(main),
            },
            StructField {
                name: "b".into(),
                ty: i64_,
                embedded: false,
                tag: None,
                pkg: Some(main),
            },
            StructField {
                name: "c".into(),
                ty: i8_,
                embedded: false,
                tag: None,
                pkg: Some(main),
            },
        ]));
        assert_eq!(t.size_of(s), 24);
        assert_eq!(t.align_of(s), 8);
        assert_eq!(t.field_offsets(s), vec![0, 8, 16]);
        let empty = t.intern(Type::Struct(vec![]));
        assert_eq!(t.size_of(empty), 0);
    }
}
