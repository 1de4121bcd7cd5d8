//! Runtime type data as gc 1.27 lays it out: type descriptors (`type:T`), itabs
//! (`go:itab.T,I`), and the names, pointer masks and equality closures they point to — the
//! analogue of `cmd/compile/internal/reflectdata/reflect.go`, as pure data (no Cranelift).
//! Every byte and relocation is meant to equal what `go tool compile -S` prints for the same
//! program; `backend/tests/reflectdata.rs` checks that against gc 1.27.3's own output.
//!
//! # What gets written
//!
//! [`TypeData::need_type`] writes `type:T` and, as gc's `writeType` does, everything it
//! refers to, in gc's order:
//!
//! * the `abi.Type` header (48 bytes): `Size_`, `PtrBytes`, `Hash` (SHA-256 of the
//!   LinkString, see [`type_hash`]), `TFlag` (Uncommon, ExtraStar, Named, RegularMemory,
//!   GCMaskOnDemand, DirectIface = 1<<5), `Align_`, `FieldAlign_`, `Kind_` (plain kind
//!   number), `Equal` (→ an equality closure, see `eqshape.rs`), `GCData`
//!   (→ `runtime.gcbits.<hex mask>`), `Str` (→ `type:.namedata.*T.`; with ExtraStar the
//!   name is stored as `*T` and shared with `*T`'s descriptor), `PtrToThis` (→ `type:*T`,
//!   which is therefore always written for a non-pointer T; the relocation is weak unless T
//!   is named or `*T` has methods);
//! * the kind's own part: `Elem` of pointers, slices, chans, arrays (arrays also `Slice`
//!   → `type:[]E` and `Len`), a struct's package path and `[]StructField`, a func's
//!   in/out counts and parameter types, an interface's package path and `[]Imethod`, a map's
//!   `abi.MapType` (Key, Elem, the slot-group type `noalg.map.group[K]V` made by
//!   [`table::Table::map_group`], the key's `Hasher` closure — a runtime hash function's, a
//!   `memhash_varlen` one, or one over a generated `type:.hash.<shape>` listed by
//!   [`TypeData::hash_funcs`] — and the group's layout and flags);
//! * for types with a name or methods, `abi.UncommonType` and the method table: each entry
//!   names the method, its type without receiver, and two code pointers — `Ifn` for calls
//!   through an interface (one-word receiver), `Tfn` for direct calls. gc also writes each
//!   method's type *with* the receiver (`type:func(main.Adder, int32, int32) int32`); so do we.
//!
//! [`TypeData::need_itab`] writes `abi.ITab`: `Inter`, `Type`, `Hash` (copy of the type's),
//! padding, then one weak code pointer per interface method, in the interface's (sorted)
//! method order.
//!
//! Method tables are not derived from the frontend: the caller says, per receiver type
//! (`T` and `*T` separately, as their method sets differ), which methods exist and which
//! code symbols implement them ([`TypeData::set_methods`], or
//! [`declared_methods`] for methods declared directly on a defined type).
//!
//! # Relocations
//!
//! Targets are symbol names. [`RelocKind`] mirrors gc: `Addr` is an absolute pointer
//! (`R_ADDR`), `AddrOff` a 4-byte offset of the target from the start of the module's type
//! data (`R_ADDROFF`: `NameOff`/`TypeOff`), `MethodOff` a 4-byte offset of code (or of a
//! method's type) used by method tables (`R_METHODOFF`), `WeakAddr` / `WeakAddrOff` the same
//! as `Addr` / `AddrOff` but not keeping the target alive. Every type-data target is
//! defined by the symbols [`TypeData::finish`] returns; the code targets are method
//! symbols, the runtime's `runtime.memequal64`, `runtime.strhash` and friends, and the
//! generated equality and hash functions listed by [`TypeData::eq_funcs`] and
//! [`TypeData::hash_funcs`]. `Keep` (`R_KEEP`) only keeps its target alive.
//!
//! # Example
//!
//! ```
//! use backend::reflectdata::{declared_methods, DeclaredMethod, TypeData};
//! use base::types::{BasicKind, InterfaceMethod, Named, Signature, StructField, Type, Types};
//!
//! // type Adder struct{ id int32 }; func (a Adder) Add(x, y int32) int32
//! // type Mather interface{ Add(x, y int32) int32 }
//! let mut types = Types::new();
//! let main = types.package("main");
//! let i32_ = types.basic(BasicKind::Int32);
//! let sig = types.intern(Type::Func(Signature { params: vec![i32_, i32_], results: vec![i32_], variadic: false }));
//! let st = types.intern(Type::Struct(vec![StructField {
//!     name: "id".into(), ty: i32_, embedded: false, tag: None, pkg: Some(main),
//! }]));
//! let named = |name: &str, underlying| Named {
//!     name: name.into(), pkg: main, underlying, methods: vec![], local_index: 0,
//!     span: Default::default(),
//! };
//! let adder = types.new_named(named("Adder", st));
//! let iface = types.intern(Type::Interface(vec![InterfaceMethod { name: "Add".into(), sig, pkg: None }]));
//! let mather = types.new_named(named("Mather", iface));
//! let padder = types.pointer(adder);
//!
//! let mut data = TypeData::new(&types, main);
//! let (value_set, ptr_set) = declared_methods(&types, adder, &[DeclaredMethod { name: "Add".into(), sig, pointer_receiver: false }]);
//! data.set_methods(adder, value_set);
//! data.set_methods(padder, ptr_set);
//! assert_eq!(data.need_type(adder), "type:main.Adder");
//! assert_eq!(data.need_itab(adder, mather).unwrap(), "go:itab.main.Adder,main.Mather");
//! let syms = data.finish();
//! let itab = syms.iter().find(|s| s.name == "go:itab.main.Adder,main.Mather").unwrap();
//! assert_eq!(itab.bytes.len(), 32);
//! // The interface call goes through the pointer wrapper: Adder is not pointer-shaped.
//! assert_eq!(itab.to_string().lines().last().unwrap(), "\trel 24+8 t=RelocType(-32767) main.(*Adder).Add+0");
//! let adder_sym = syms.iter().find(|s| s.name == "type:main.Adder").unwrap();
//! assert_eq!(&adder_sym.bytes[16..24], &[0xae, 0x2f, 0x32, 0xab, 0x0f, 0x04, 0x04, 0x19]);
//! ```

mod eqshape;
mod listing;
mod table;
mod typestr;

use std::collections::{HashMap, HashSet};
use std::fmt;

use base::symbols::{self, Symbol};
use base::types::{BasicKind, PkgId, Type, TypeId, Types};

pub use eqshape::{EqAtom, EqShape};

/// The family of runtime map functions a map type uses ([`TypeData::map_fast`]).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum MapFast {
    Slow,
    Fast32,
    Fast64,
    /// An 8-byte key holding a pointer: `mapassign_fast64ptr`, the `_fast64` reads.
    Fast64Ptr,
    Str,
}
pub use listing::listing;
pub use typestr::type_hash_of;

use eqshape::{eq_choice, hash_choice, EqChoice, HashChoice};
use table::{Table, MAP_MAX_ELEM_BYTES, MAP_MAX_KEY_BYTES};
use typestr::{is_exported, type_string, Mode};

/// One data symbol, with gc's attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataSymbol {
    pub name: String,
    /// The whole symbol (its size is `bytes.len()`).
    pub bytes: Vec<u8>,
    /// How many leading bytes gc writes explicitly. gc's symbols can be longer than their
    /// contents (the unused last word of `abi.UncommonType`, a `FuncType`'s padding): the
    /// rest is zero, and `-S` prints only the written bytes (with the full `size=`).
    pub written: usize,
    pub relocs: Vec<Reloc>,
    /// The alignment gc records (and `-S` prints); 0 where gc leaves it to the linker
    /// (closures such as `runtime.memequal64·f`, which hold one pointer).
    pub align: u64,
    /// gc's DUPOK: every package may define it and the linker keeps one.
    pub dupok: bool,
    /// gc's AttrStatic (`main..stmp_N`, jump tables), printed `static` before `dupok`.
    pub static_sym: bool,
    /// SRODATA (true), or writable pointer-free data (false: `type:.gcmask.T`, which the
    /// runtime fills in; gc's SNOPTRBSS as it has no contents).
    pub readonly: bool,
    /// Writable data holding pointers: gc's `SDATA`/`SBSS` (rather than `SNOPTRDATA`/
    /// `SNOPTRBSS`). Read-only symbols are `SRODATA` either way.
    pub pointers: bool,
    /// gc's LOCAL attribute (`runtime.gcbits.*`, `type:.gcmask.*`): not exported from the object.
    pub local: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reloc {
    pub offset: u64,
    pub size: u8,
    pub kind: RelocKind,
    pub target: String,
    pub addend: i64,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum RelocKind {
    /// `R_ADDR`: the target's absolute address (8 bytes).
    Addr,
    /// `R_ADDROFF`: the target's offset from the start of the module's type data (4 bytes).
    AddrOff,
    /// `R_METHODOFF`: like `AddrOff` for method table entries (4 bytes; -1 if the linker
    /// dropped the method).
    MethodOff,
    /// `R_WEAKADDR`: `Addr` that does not keep the target alive (itab `Fun` entries).
    WeakAddr,
    /// `R_WEAKADDROFF`: `AddrOff` that does not keep the target alive (`PtrToThis` of
    /// unnamed types).
    WeakAddrOff,
    /// `R_KEEP` (size 0, no bytes): keeps the target in the binary (a named map type keeps
    /// its underlying map type's descriptor).
    Keep,
}

impl RelocKind {
    /// gc's relocation type name (`objabi.RelocType`).
    pub fn name(self) -> &'static str {
        match self {
            RelocKind::Addr => "R_ADDR",
            RelocKind::AddrOff => "R_ADDROFF",
            RelocKind::MethodOff => "R_METHODOFF",
            RelocKind::WeakAddr => "R_WEAKADDR",
            RelocKind::WeakAddrOff => "R_WEAKADDROFF",
            RelocKind::Keep => "R_KEEP",
        }
    }

    /// How `go tool compile -S` prints it: weak types have no `String` name in gc.
    pub fn gc_name(self) -> &'static str {
        match self {
            RelocKind::WeakAddr => "RelocType(-32767)",
            RelocKind::WeakAddrOff => "RelocType(-32763)",
            k => k.name(),
        }
    }
}

/// One method of a type's method set, as the method table and itabs need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodInfo {
    pub name: String,
    /// The method's `Type::Func`, without receiver.
    pub sig: TypeId,
    /// Code symbol called through an interface (one-word receiver), e.g. `main.(*Adder).Add`.
    pub ifn: String,
    /// Code symbol for a direct call with this receiver type, e.g. `main.Adder.Add`.
    pub tfn: String,
    /// The package of an unexported name; None when the name is exported.
    pub pkg: Option<PkgId>,
}

impl MethodInfo {
    pub fn exported(&self) -> bool {
        self.pkg.is_none()
    }
}

/// A method declared on a defined type (input of [`declared_methods`]).
#[derive(Clone, Debug)]
pub struct DeclaredMethod {
    pub name: String,
    pub sig: TypeId,
    pub pointer_receiver: bool,
}

/// A generated equality function the code must provide: `symbol` compares two values
/// (`func(p, q unsafe.Pointer) bool`) as `shape` says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EqFunc {
    pub symbol: String,
    pub shape: EqShape,
}

/// A generated hash function the code must provide: `symbol` hashes a value
/// (`func(p unsafe.Pointer, h uintptr) uintptr`) as `shape` says; a loop in the shape calls
/// the hash function of its body, `type:.hash.<body>`, which is listed too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HashFunc {
    pub symbol: String,
    pub shape: EqShape,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReflectError {
    /// An itab was asked for a type that lacks one of the interface's methods.
    MissingMethod { itab: String, method: String },
}

impl fmt::Display for ReflectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReflectError::MissingMethod { itab, method } => {
                write!(
                    f,
                    "internal error: {itab}: method {method} is not in the type's method set"
                )
            }
        }
    }
}

/// gc's `LinkString` of a frontend type (`main.T`, `*main.T`, `func(int32) int32`).
pub fn link_string(types: &Types, t: TypeId) -> String {
    base::typestr::link_string(types, t)
}

/// gc's `types.TypeHash` of a frontend type (`abi.Type.Hash`, `ITab.Hash`).
pub fn type_hash(types: &Types, t: TypeId) -> u32 {
    type_hash_of(&link_string(types, t))
}

/// gc 1.26+ `types.IsDirectIface`: the value itself is an interface's data word (one word,
/// entirely pointer).
pub fn is_direct_iface(types: &Types, t: TypeId) -> bool {
    types.size_of(t) == 8 && types.ptr_bytes(t) == 8
}

/// The method sets of a defined type `T` and of `*T` for methods declared on `T`, with gc's
/// symbol names: `T`'s set holds the value-receiver methods, whose interface entry is the
/// `(*T)` wrapper unless `T` is pointer-shaped; `*T`'s set holds all methods.
pub fn declared_methods(
    types: &Types,
    recv: TypeId,
    decls: &[DeclaredMethod],
) -> (Vec<MethodInfo>, Vec<MethodInfo>) {
    let tab = Table::new(types);
    let n = tab
        .named(recv)
        .expect("methods are declared on defined types");
    let direct = tab.is_direct_iface(recv);
    let mut value = Vec::new();
    let mut pointer = Vec::new();
    for d in decls {
        let method = |pointer| Symbol::Method {
            pkg: n.pkg,
            recv: symbols::type_name(&n.name, n.local_index),
            pointer,
            name: d.name.clone(),
        };
        let on_value = method(false).link_name(types);
        let on_pointer = method(true).link_name(types);
        let pkg = (!is_exported(&d.name)).then_some(n.pkg);
        if !d.pointer_receiver {
            value.push(MethodInfo {
                name: d.name.clone(),
                sig: d.sig,
                ifn: if direct {
                    on_value.clone()
                } else {
                    on_pointer.clone()
                },
                tfn: on_value,
                pkg,
            });
        }
        pointer.push(MethodInfo {
            name: d.name.clone(),
            sig: d.sig,
            ifn: on_pointer.clone(),
            tfn: on_pointer,
            pkg,
        });
    }
    (value, pointer)
}

const TFLAG_UNCOMMON: u8 = 1 << 0;
const TFLAG_EXTRA_STAR: u8 = 1 << 1;
const TFLAG_NAMED: u8 = 1 << 2;
const TFLAG_REGULAR_MEMORY: u8 = 1 << 3;
const TFLAG_GC_MASK_ON_DEMAND: u8 = 1 << 4;
const TFLAG_DIRECT_IFACE: u8 = 1 << 5;

/// Above this many pointer-mask bytes (128 pointer words) gc lets the runtime build the
/// mask on demand (`abi.MaxPtrmaskBytes` in 1.27; checked with `[128]*int` / `[129]*int`).
const MAX_PTRMASK_BYTES: u64 = 16;

/// Collects the type data a program needs; see the module documentation.
pub struct TypeData<'a> {
    tab: Table<'a>,
    methods: HashMap<TypeId, Vec<MethodInfo>>,
    syms: Vec<DataSymbol>,
    defined: HashSet<String>,
    eq_funcs: Vec<EqFunc>,
    hash_funcs: Vec<HashFunc>,
    /// gc's `dnameCount`: names that carry a package path get numbered symbols, counted per
    /// package (gc counts in each package's compilation; that package is the name's).
    pkg_names: HashMap<String, usize>,
    /// The import path of the package compiled (`main`): it declares the methods, and its
    /// name symbols are numbered (`type:.namedata.main.0`).
    local_pkg: &'a str,
}

impl<'a> TypeData<'a> {
    pub fn new(types: &'a Types, local_pkg: PkgId) -> TypeData<'a> {
        TypeData {
            local_pkg: types.pkg_path(local_pkg),
            tab: Table::new(types),
            methods: HashMap::new(),
            syms: Vec::new(),
            defined: HashSet::new(),
            eq_funcs: Vec::new(),
            hash_funcs: Vec::new(),
            pkg_names: HashMap::new(),
        }
    }

    /// Declares the method set of receiver type `t` (a defined type, a pointer to one, or a
    /// struct with promoted methods). Order does not matter: they are sorted in gc's order
    /// ([`symbols::method_order`]).
    pub fn set_methods(&mut self, t: TypeId, mut methods: Vec<MethodInfo>) {
        let tab = &self.tab;
        let path = |m: &MethodInfo| m.pkg.map(|p| tab.pkg_path(p));
        methods.sort_by(|a, b| {
            symbols::method_order(&a.name, path(a)).cmp(&symbols::method_order(&b.name, path(b)))
        });
        self.methods.insert(t, methods);
    }

    /// `*t` as this type data knows it: the frontend's id when the program has that type,
    /// otherwise one made up here (so method sets of `*T` can be declared for any `T`).
    pub fn ptr_to(&mut self, t: TypeId) -> TypeId {
        self.tab.ptr_to(t)
    }

    /// The symbol name of `t`'s descriptor, without writing it.
    pub fn type_symbol(&self, t: TypeId) -> String {
        self.descriptor_name(t)
    }

    /// `type:T`, or `type:noalg.T` for a type without equality by the compiler's decision (gc's
    /// `TypeSymName`: its descriptor must not be shared with a user type `T`).
    fn descriptor_name(&self, t: TypeId) -> String {
        let link = self.link(t);
        if table::alg(&self.tab, t) == table::Alg::NoAlg {
            symbols::type_descriptor(&format!("noalg.{link}"))
        } else {
            symbols::type_descriptor(&link)
        }
    }

    /// Which runtime entry points a map with key type `key` and element type `elem` uses
    /// (gc's `walk.mapfast`): the `_fast32`/`_fast64` ones for 4- and 8-byte keys compared as
    /// plain memory (an 8-byte key holding a pointer assigns through `mapassign_fast64ptr`),
    /// `_faststr` for strings, the generic ones otherwise and whenever elements are stored
    /// indirectly (over 128 bytes).
    pub fn map_fast(&mut self, key: TypeId, elem: TypeId) -> MapFast {
        if self.tab.size(elem) > table::MAP_MAX_ELEM_BYTES {
            return MapFast::Slow;
        }
        let pointers = self.tab.ptr_bytes(key) > 0;
        match (table::alg(&self.tab, key), self.tab.size(key)) {
            (table::Alg::Mem, 4) if !pointers => MapFast::Fast32,
            (table::Alg::Mem, 8) if !pointers => MapFast::Fast64,
            (table::Alg::Mem, 8) => MapFast::Fast64Ptr,
            (table::Alg::String, _) => MapFast::Str,
            _ => MapFast::Slow,
        }
    }

    /// Writes `type:T` and everything it refers to; returns the symbol name.
    pub fn need_type(&mut self, t: TypeId) -> String {
        self.write_type(t)
    }

    /// Writes the itab of concrete type `concrete` for interface `iface` (and both
    /// descriptors); returns `go:itab.<T>,<I>`.
    pub fn need_itab(&mut self, concrete: TypeId, iface: TypeId) -> Result<String, ReflectError> {
        let name = symbols::itab(
            &type_string(&self.tab, concrete, Mode::Link),
            &type_string(&self.tab, iface, Mode::Link),
        );
        if self.defined.contains(&name) {
            return Ok(name);
        }
        let Type::Interface(imethods) = self.tab.under(iface).clone() else {
            return Ok(name);
        };
        let have = self.methods.get(&concrete).cloned().unwrap_or_default();
        let mut entries = Vec::new();
        for im in &imethods {
            match have.iter().find(|m| m.name == im.name) {
                Some(m) => entries.push(m.ifn.clone()),
                None => {
                    return Err(ReflectError::MissingMethod {
                        itab: name,
                        method: im.name.clone(),
                    })
                }
            }
        }
        let inter = self.write_type(iface);
        let typ = self.write_type(concrete);
        let mut s = Buf::new(24 + 8 * entries.len());
        s.addr(0, &inter, 0);
        s.addr(8, &typ, 0);
        s.u32(16, self.hash(concrete));
        for (i, fun) in entries.iter().enumerate() {
            s.reloc(24 + 8 * i as u64, 8, RelocKind::WeakAddr, fun, 0);
        }
        self.define(s.finish(&name, 8, true));
        Ok(name)
    }

    /// The generated equality functions the written descriptors point to.
    pub fn eq_funcs(&self) -> &[EqFunc] {
        &self.eq_funcs
    }

    /// The generated hash functions the written map descriptors point to (and those their
    /// loops call).
    pub fn hash_funcs(&self) -> &[HashFunc] {
        &self.hash_funcs
    }

    /// All symbols written, each once, in the order gc would finish them (a symbol after
    /// the ones it refers to, where there is no cycle).
    pub fn finish(self) -> Vec<DataSymbol> {
        self.syms
    }

    fn define(&mut self, sym: DataSymbol) {
        self.defined.insert(sym.name.clone());
        self.syms.push(sym);
    }

    fn link(&self, t: TypeId) -> String {
        type_string(&self.tab, t, Mode::Link)
    }

    fn hash(&self, t: TypeId) -> u32 {
        type_hash_of(&self.link(t))
    }

    fn methods_of(&self, t: TypeId) -> Vec<MethodInfo> {
        self.methods.get(&t).cloned().unwrap_or_default()
    }

    /// The name of the type's own symbol in gc (`t.Sym().Name`), if it has one.
    fn sym_name(&self, t: TypeId) -> Option<String> {
        match self.tab.get(t) {
            Type::Named(_) => self.tab.named(t).map(|n| n.name.clone()),
            Type::Basic(BasicKind::UnsafePointer) => Some("Pointer".into()),
            Type::Basic(k) if self.tab.has_sym(t) => Some(k.name().into()),
            _ => None,
        }
    }

    /// gc's `typePkg`: the package a type's uncommon data names.
    fn type_pkg(&self, t: TypeId) -> Option<String> {
        let owner = if self.tab.has_sym(t) {
            t
        } else {
            match self.tab.get(t) {
                Type::Array(_, e) | Type::Slice(e) | Type::Pointer(e) | Type::Chan(e) => *e,
                _ => return None,
            }
        };
        match self.tab.get(owner) {
            Type::Named(_) => self
                .tab
                .named(owner)
                .filter(|n| n.pkg != PkgId::UNIVERSE)
                .map(|n| self.tab.pkg_path(n.pkg).to_string()),
            Type::Basic(BasicKind::UnsafePointer) => Some("unsafe".into()),
            _ => None,
        }
    }

    fn elem(&self, t: TypeId) -> Option<TypeId> {
        match self.tab.under(t) {
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(e) => Some(*e),
            Type::Map(_, v) => Some(*v),
            _ => None,
        }
    }

    fn kind(&self, t: TypeId) -> u8 {
        use BasicKind::*;
        match self.tab.under(t) {
            Type::Basic(k) => match k {
                Bool => 1,
                Int => 2,
                Int8 => 3,
                Int16 => 4,
                Int32 => 5,
                Int64 => 6,
                Uint => 7,
                Uint8 => 8,
                Uint16 => 9,
                Uint32 => 10,
                Uint64 => 11,
                Uintptr => 12,
                Float32 => 13,
                Float64 => 14,
                Complex64 => 15,
                Complex128 => 16,
                String => 24,
                UnsafePointer => 26,
                _ => 0,
            },
            Type::Array(..) => 17,
            Type::Chan(_) => 18,
            Type::Func(_) => 19,
            Type::Interface(_) => 20,
            Type::Map(..) => 21,
            Type::Pointer(_) => 22,
            Type::Slice(_) => 23,
            Type::Struct(_) => 25,
            Type::Tuple(_) | Type::Named(_) => 0,
        }
    }

    /// gc's `writeType`.
    fn write_type(&mut self, t: TypeId) -> String {
        let name = self.descriptor_name(t);
        if !self.defined.insert(name.clone()) {
            return name;
        }
        let methods = self.methods_of(t);
        let extra = self.tab.has_sym(t) || !methods.is_empty();
        let under = self.tab.under(t).clone();
        let (header, data_add) = match &under {
            Type::Array(..) => (72, 0),
            Type::Slice(_) | Type::Pointer(_) => (56, 0),
            Type::Chan(_) => (64, 0),
            Type::Func(sig) => (56, 8 * (sig.params.len() + sig.results.len()) as u64),
            Type::Interface(ms) => (80, 8 * ms.len() as u64),
            Type::Struct(fs) => (80, 24 * fs.len() as u64),
            Type::Map(..) => (136, 0),
            _ => (48, 0),
        };
        let b = header;
        let c = b + if extra { 16 } else { 0 };
        let e = c + data_add + 16 * methods.len() as u64;
        let mut s = Buf::new(e as usize);
        self.common(&mut s, t);

        match &under {
            Type::Array(n, el) => {
                let s1 = self.write_type(*el);
                let sl = self.tab.slice_of(*el);
                let s2 = self.write_type(sl);
                s.addr(48, &s1, 0);
                s.addr(56, &s2, 0);
                s.u64(64, *n);
            }
            Type::Slice(el) | Type::Pointer(el) => {
                let s1 = self.write_type(*el);
                s.addr(48, &s1, 0);
            }
            Type::Chan(el) => {
                let s1 = self.write_type(*el);
                s.addr(48, &s1, 0);
                s.u64(56, 3); // abi.BothDir: the subset has no directional channels
            }
            Type::Func(sig) => {
                let all: Vec<TypeId> = sig.params.iter().chain(&sig.results).copied().collect();
                let syms: Vec<String> = all.iter().map(|&p| self.write_type(p)).collect();
                s.u16(48, sig.params.len() as u16);
                let variadic = if sig.variadic { 1 << 15 } else { 0 };
                s.u16(50, sig.results.len() as u16 | variadic);
                for (i, p) in syms.iter().enumerate() {
                    s.addr(c + 8 * i as u64, p, 0);
                }
            }
            Type::Interface(ms) => {
                let sigs: Vec<String> = ms.iter().map(|m| self.write_type(m.sig)).collect();
                let tpkg = match self.tab.get(t) {
                    Type::Named(_) => self.type_pkg(t),
                    _ => None,
                };
                self.pkg_path_ptr(&mut s, 48, tpkg.as_deref());
                s.slice(56, &name, c, ms.len() as u64);
                for (i, m) in ms.iter().enumerate() {
                    let exported = is_exported(&m.name);
                    let mpkg = m
                        .pkg
                        .map_or(self.local_pkg, |p| self.tab.pkg_path(p))
                        .to_string();
                    let pkg = (!exported && Some(&mpkg) != tpkg.as_ref()).then_some(mpkg);
                    let nsym = self.dname(&m.name, "", pkg.as_deref(), exported, false);
                    let at = c + 8 * i as u64;
                    s.reloc(at, 4, RelocKind::AddrOff, &nsym, 0);
                    s.reloc(at + 4, 4, RelocKind::AddrOff, &sigs[i], 0);
                }
            }
            Type::Struct(fs) => {
                let tys: Vec<String> = fs.iter().map(|f| self.write_type(f.ty)).collect();
                // The compiler's own structs (map groups, slots) have fields of no package.
                let own = self.tab.is_overlay(t);
                let spkg = fs.iter().find(|f| !is_exported(&f.name)).map(|f| {
                    let default = if own { "" } else { self.local_pkg };
                    f.pkg.map_or(default, |p| self.tab.pkg_path(p)).to_string()
                });
                self.pkg_path_ptr(&mut s, 48, spkg.as_deref());
                s.slice(56, &name, c, fs.len() as u64);
                let offsets = self.tab.field_offsets(t);
                for (i, f) in fs.iter().enumerate() {
                    let tag = f.tag.as_deref().map(typestr::tag_value).unwrap_or_default();
                    let nsym = self.dname(&f.name, &tag, None, is_exported(&f.name), f.embedded);
                    let at = c + 24 * i as u64;
                    s.addr(at, &nsym, 0);
                    s.addr(at + 8, &tys[i], 0);
                    s.u64(at + 16, offsets[i]);
                }
            }
            Type::Map(k, v) => {
                // gc's writeMapType: abi.MapType.
                let group = self.tab.map_group(*k, *v);
                let sk = self.write_type(*k);
                let sv = self.write_type(*v);
                let sg = self.write_type(group);
                let hasher = self.genhash(*k);
                let Type::Struct(fields) = self.tab.get(group).clone() else {
                    unreachable!("a map group is a struct")
                };
                let keys_off = self.tab.field_offsets(group)[1];
                let Type::Array(_, slot) = *self.tab.get(fields[1].ty) else {
                    unreachable!("a map group's slots are an array")
                };
                let slot_size = self.tab.size(slot);
                let elem_off = self.tab.field_offsets(slot)[1];
                s.addr(48, &sk, 0);
                s.addr(56, &sv, 0);
                s.addr(64, &sg, 0);
                s.addr(72, &hasher, 0);
                s.u64(80, self.tab.size(group));
                s.u64(88, keys_off);
                s.u64(96, slot_size);
                s.u64(104, keys_off + elem_off);
                s.u64(112, slot_size);
                s.u64(120, elem_off);
                let mut flags = 0u32;
                if self.need_key_update(*k) {
                    flags |= 1; // abi.MapNeedKeyUpdate
                }
                if self.hash_might_panic(*k) {
                    flags |= 2; // abi.MapHashMightPanic
                }
                if self.tab.size(*k) > MAP_MAX_KEY_BYTES {
                    flags |= 4; // abi.MapIndirectKey
                }
                if self.tab.size(*v) > MAP_MAX_ELEM_BYTES {
                    flags |= 8; // abi.MapIndirectElem
                }
                s.u32(128, flags);
                let u = self.tab.underlying(t);
                if u != t {
                    // A named map keeps its underlying map's descriptor (and so one hash
                    // function for both, whatever reflect converts).
                    let su = self.write_type(u);
                    s.reloc(0, 0, RelocKind::Keep, &su, 0);
                }
            }
            _ => {}
        }

        if extra {
            self.uncommon(&mut s, t, b, data_add, &methods);
        }
        // gc: DUPOK only for types that any package may write (unnamed ones).
        // (`*any` counts as based on a named type: gc's runtime writes it as a pointer to
        // the `any` alias, which has a symbol.)
        let dupok = match self.tab.get(t) {
            Type::Pointer(el) if !self.tab.has_sym(t) => {
                let any = matches!(self.tab.get(*el), Type::Interface(ms) if ms.is_empty());
                !(self.tab.has_sym(*el) || any)
            }
            _ => !self.tab.has_sym(t),
        };
        let sym = s.finish(&name, 8, dupok);
        self.syms.push(sym);
        name
    }

    /// gc's `dcommontype`: the 48-byte `abi.Type` header.
    fn common(&mut self, s: &mut Buf, t: TypeId) {
        let eqfunc = self.geneq(t);
        let is_ptr = matches!(self.tab.under(t), Type::Pointer(_));
        let mut ptr_to_this = None;
        if !is_ptr || self.is_ptr_elem(t) {
            let tptr = self.tab.ptr_to(t);
            let strong = self.tab.has_sym(t) || !self.methods_of(tptr).is_empty();
            ptr_to_this = Some((self.write_type(tptr), strong));
        }
        let (gcsym, on_demand, ptrdata) = self.gcsym(t);

        s.u64(0, self.tab.size(t));
        s.u64(8, ptrdata);
        s.u32(16, self.hash(t));
        let mut tflag = 0;
        if self.tab.has_sym(t) || !self.methods_of(t).is_empty() {
            tflag |= TFLAG_UNCOMMON;
        }
        if self.tab.has_sym(t) {
            tflag |= TFLAG_NAMED;
        }
        if table::alg(&self.tab, t) == table::Alg::Mem {
            tflag |= TFLAG_REGULAR_MEMORY;
        }
        if on_demand {
            tflag |= TFLAG_GC_MASK_ON_DEMAND;
        }
        // The name is stored as "*T" so that T and *T can share it (ExtraStar).
        let mut p = type_string(&self.tab, t, Mode::Name);
        let exported = if !p.starts_with('*') {
            p.insert(0, '*');
            tflag |= TFLAG_EXTRA_STAR;
            self.sym_name(t).is_some_and(|n| is_exported(&n))
        } else {
            let elem_sym = self.elem(t).and_then(|e| self.sym_name(e));
            elem_sym.is_some_and(|n| is_exported(&n))
        };
        if self.tab.is_direct_iface(t) {
            tflag |= TFLAG_DIRECT_IFACE;
        }
        s.u8(20, tflag);
        let align = self.tab.align(t) as u8;
        s.u8(21, align);
        s.u8(22, align);
        s.u8(23, self.kind(t));
        match eqfunc {
            Some(eq) => s.addr(24, &eq, 0),
            None => s.u64(24, 0),
        }
        s.addr(32, &gcsym, 0);
        let nsym = self.dname(&p, "", None, exported, false);
        s.reloc(40, 4, RelocKind::AddrOff, &nsym, 0);
        match ptr_to_this {
            Some((sptr, strong)) => {
                let kind = if strong {
                    RelocKind::AddrOff
                } else {
                    RelocKind::WeakAddrOff
                };
                s.reloc(44, 4, kind, &sptr, 0);
            }
            None => s.u32(44, 0),
        }
    }

    /// gc's `t.IsPtrElem()`: some `*t` exists in the compilation that writes `t`'s
    /// descriptor, so that descriptor gets a `PtrToThis`. For the descriptors gc leaves to
    /// package runtime (see `written_by_runtime`), that is runtime's compilation, where
    /// `**uint8`, `***uint8` and `**string` exist; otherwise it is this program's types.
    fn is_ptr_elem(&self, t: TypeId) -> bool {
        let base = match self.tab.get(t) {
            Type::Pointer(e) if !self.tab.has_sym(t) && self.tab.has_sym(*e) => *e,
            _ => t,
        };
        if ["*uint8", "**uint8", "*string"].contains(&self.link(t).as_str()) {
            return true;
        }
        if self.written_by_runtime(base) {
            return false;
        }
        self.tab.lookup(&Type::Pointer(t)).is_some()
    }

    /// gc's `writtenByWriteBasicTypes`: package runtime writes the descriptors of the
    /// predeclared types, of `any`, of slices of those, and of `func(error) string`
    /// (pointers to them are stripped by the caller).
    fn written_by_runtime(&self, t: TypeId) -> bool {
        let t = match self.tab.get(t) {
            Type::Func(sig) => {
                let is_error = |p: TypeId| {
                    self.tab
                        .named(p)
                        .is_some_and(|n| n.name == "error" && n.pkg == PkgId::UNIVERSE)
                };
                let is_string =
                    |r: TypeId| matches!(self.tab.get(r), Type::Basic(BasicKind::String));
                return sig.params.len() == 1
                    && sig.results.len() == 1
                    && is_error(sig.params[0])
                    && is_string(sig.results[0]);
            }
            Type::Slice(e) => *e,
            _ => t,
        };
        match self.tab.get(t) {
            Type::Basic(_) => self.tab.has_sym(t),
            Type::Interface(ms) => ms.is_empty(),
            Type::Named(_) => self.tab.named(t).is_some_and(|n| n.pkg == PkgId::UNIVERSE),
            _ => false,
        }
    }

    /// gc's `dextratype`: `abi.UncommonType` at `off`, the method table after the
    /// kind's variable-length data.
    fn uncommon(
        &mut self,
        s: &mut Buf,
        t: TypeId,
        off: u64,
        data_add: u64,
        methods: &[MethodInfo],
    ) {
        for m in methods {
            let mt = self.tab.method_type(t, m.sig);
            self.write_type(mt);
        }
        let tpkg = self.type_pkg(t);
        match &tpkg {
            Some(pkg) => {
                let ip = self.importpath(pkg);
                s.reloc(off, 4, RelocKind::AddrOff, &ip, 0);
            }
            None => s.u32(off, 0),
        }
        let moff = data_add + 16;
        let xcount = methods.iter().take_while(|m| m.exported()).count();
        s.u16(off + 4, methods.len() as u16);
        s.u16(off + 6, xcount as u16);
        s.u32(off + 8, moff as u32);
        for (i, m) in methods.iter().enumerate() {
            // An unexported name carries its package unless it is the type's.
            let pkg = m
                .pkg
                .map(|p| self.tab.pkg_path(p))
                .filter(|&p| tpkg.as_deref() != Some(p));
            let nsym = self.dname(&m.name, "", pkg, m.exported(), false);
            let mtyp = self.write_type(m.sig);
            let at = off + moff + 16 * i as u64;
            s.reloc(at, 4, RelocKind::AddrOff, &nsym, 0);
            s.reloc(at + 4, 4, RelocKind::MethodOff, &mtyp, 0);
            s.reloc(at + 8, 4, RelocKind::MethodOff, &m.ifn, 0);
            s.reloc(at + 12, 4, RelocKind::MethodOff, &m.tfn, 0);
        }
    }

    /// A pointer to the package path name at `off`, or nil (`dgopkgpath`).
    fn pkg_path_ptr(&mut self, s: &mut Buf, off: u64, pkg: Option<&str>) {
        match pkg {
            Some(pkg) => {
                let ip = self.importpath(pkg);
                s.addr(off, &ip, 0);
            }
            None => s.u64(off, 0),
        }
    }

    /// `type:.importpath.<pkg>.`: the package path as an `abi.Name`.
    fn importpath(&mut self, pkg: &str) -> String {
        let name = format!("type:.importpath.{pkg}.");
        if !self.defined.contains(&name) {
            let bytes = name_bytes(pkg, "", false, false, false);
            let s = Buf::from_bytes(bytes);
            self.define(s.finish(&name, 1, true));
        }
        name
    }

    /// gc's `dname`: an `abi.Name` symbol (flags, varint length, name, optional tag,
    /// optional package path offset).
    fn dname(
        &mut self,
        name: &str,
        tag: &str,
        pkg: Option<&str>,
        exported: bool,
        embedded: bool,
    ) -> String {
        let mut sname = String::from("type:.namedata.");
        match pkg {
            None => {
                let sep = if exported { "." } else { "-" };
                if name.is_empty() {
                    sname += if exported {
                        "-noname-exported."
                    } else {
                        "-noname-unexported."
                    };
                } else {
                    sname += name;
                    sname += sep;
                }
                sname += tag;
            }
            Some(pkg) => {
                let n = self.pkg_names.entry(pkg.to_string()).or_default();
                sname += &format!("{pkg}.{n}");
                *n += 1;
            }
        }
        if embedded {
            sname += ".embedded";
        }
        if self.defined.contains(&sname) {
            return sname;
        }
        let mut s = Buf::from_bytes(name_bytes(name, tag, exported, pkg.is_some(), embedded));
        if let Some(pkg) = pkg {
            let ip = self.importpath(pkg);
            let at = s.bytes.len() as u64;
            s.bytes.extend([0; 4]);
            s.u32(at, 0);
            s.reloc(at, 4, RelocKind::AddrOff, &ip, 0);
        }
        self.define(s.finish(&sname, 1, true));
        sname
    }

    /// gc's `geneq`: the closure symbol `Equal` points to, if the type is comparable.
    fn geneq(&mut self, t: TypeId) -> Option<String> {
        let (name, bytes_len, target, varlen) = match eq_choice(&self.tab, t) {
            EqChoice::None => return None,
            EqChoice::Runtime(f) => (format!("runtime.{f}·f"), 8, format!("runtime.{f}"), None),
            EqChoice::VarLen(n) => (
                format!("type:.eqfunc.M{n}"),
                16,
                "runtime.memequal_varlen".into(),
                Some(n),
            ),
            EqChoice::Generated(shape) => {
                let func = format!("type:.eq.{shape}");
                if !self.eq_funcs.iter().any(|f| f.symbol == func) {
                    self.eq_funcs.push(EqFunc {
                        symbol: func.clone(),
                        shape: shape.clone(),
                    });
                }
                (format!("type:.eqfunc.{shape}"), 8, func, None)
            }
        };
        self.func_closure(&name, bytes_len, &target, varlen);
        Some(name)
    }

    /// gc's `genhash`: the closure a map type's `Hasher` points to, for key type `t`.
    fn genhash(&mut self, t: TypeId) -> String {
        let (name, bytes_len, target, varlen) = match hash_choice(&self.tab, t) {
            HashChoice::Runtime(f) => (format!("runtime.{f}·f"), 8, format!("runtime.{f}"), None),
            HashChoice::VarLen(n) => (
                format!("type:.hashfunc.M{n}"),
                16,
                "runtime.memhash_varlen".into(),
                Some(n),
            ),
            HashChoice::Generated(shape) => {
                let func = self.need_hash_func(&shape);
                (format!("type:.hashfunc.{shape}"), 8, func, None)
            }
        };
        self.func_closure(&name, bytes_len, &target, varlen);
        name
    }

    /// Defines (once) the read-only dupok closure `name` of `len` bytes: the code address of
    /// `target`, then for a `_varlen` function the size it compares or hashes.
    fn func_closure(&mut self, name: &str, len: usize, target: &str, varlen: Option<u64>) {
        if self.defined.contains(name) {
            return;
        }
        let mut s = Buf::new(len);
        s.addr(0, target, 0);
        if let Some(n) = varlen {
            s.u64(8, n);
        }
        self.define(s.finish(name, 0, true));
    }

    /// Lists `type:.hash.<shape>` (and the functions of its loop bodies) among the
    /// functions to generate; returns its name.
    fn need_hash_func(&mut self, shape: &EqShape) -> String {
        let symbol = format!("type:.hash.{shape}");
        if self.hash_funcs.iter().any(|f| f.symbol == symbol) {
            return symbol;
        }
        self.hash_funcs.push(HashFunc {
            symbol: symbol.clone(),
            shape: shape.clone(),
        });
        for a in &shape.0 {
            if let EqAtom::Loop { body, .. } = a {
                self.need_hash_func(&EqShape(body.clone()));
            }
        }
        symbol
    }

    /// gc's `needkeyupdate`: whether storing a key equal to one in the map must overwrite
    /// it (`+0`/`-0`, strings with other backing stores, interfaces).
    fn need_key_update(&self, t: TypeId) -> bool {
        match self.tab.under(t).clone() {
            Type::Basic(k) => matches!(
                k,
                BasicKind::Float32
                    | BasicKind::Float64
                    | BasicKind::Complex64
                    | BasicKind::Complex128
                    | BasicKind::String
            ),
            Type::Interface(_) => true,
            Type::Array(_, e) => self.need_key_update(e),
            Type::Struct(fs) => fs.iter().any(|f| self.need_key_update(f.ty)),
            _ => false,
        }
    }

    /// gc's `hashMightPanic`: the key holds an interface (whose dynamic type may not be
    /// hashable).
    fn hash_might_panic(&self, t: TypeId) -> bool {
        match self.tab.under(t).clone() {
            Type::Interface(_) => true,
            Type::Array(_, e) => self.hash_might_panic(e),
            Type::Struct(fs) => fs.iter().any(|f| self.hash_might_panic(f.ty)),
            _ => false,
        }
    }

    /// gc's `dgcsym`: the pointer mask symbol, whether it is built on demand, and PtrBytes.
    fn gcsym(&mut self, t: TypeId) -> (String, bool, u64) {
        let ptrdata = self.tab.ptr_bytes(t);
        if ptrdata / 8 > MAX_PTRMASK_BYTES * 8 {
            let name = format!("type:.gcmask.{}", self.link(t));
            if !self.defined.contains(&name) {
                // Zeroed storage the runtime fills with the mask when it first needs it.
                let mut sym = Buf::new(8).finish(&name, 0, true);
                sym.readonly = false;
                sym.local = true;
                self.define(sym);
            }
            return (name, true, ptrdata);
        }
        let words = ptrdata / 8;
        let nbytes = (words.div_ceil(8)).next_multiple_of(8) as usize;
        let mut mask = vec![0u8; nbytes];
        self.fill_ptrmask(t, 0, &mut mask, words);
        let hex: String = mask.iter().map(|b| format!("{b:02x}")).collect();
        let name = format!("runtime.gcbits.{hex}");
        if !self.defined.contains(&name) {
            let mut sym = Buf::from_bytes(mask).finish(&name, 8, true);
            sym.local = true;
            self.define(sym);
        }
        (name, false, ptrdata)
    }

    /// gc's `typebits.Set`: one bit per pointer word, for words below `limit`.
    fn fill_ptrmask(&self, t: TypeId, off: u64, mask: &mut [u8], limit: u64) {
        let mut set = |word: u64| {
            if word < limit {
                mask[(word / 8) as usize] |= 1 << (word % 8);
            }
        };
        match self.tab.under(t).clone() {
            Type::Basic(BasicKind::String) | Type::Basic(BasicKind::UnsafePointer) => set(off / 8),
            Type::Pointer(_) | Type::Chan(_) | Type::Map(..) | Type::Func(_) | Type::Slice(_) => {
                set(off / 8)
            }
            // The type/itab word is not a pointer the GC needs to see.
            Type::Interface(_) => set(off / 8 + 1),
            Type::Array(n, e) if self.tab.ptr_bytes(e) > 0 => {
                let es = self.tab.size(e);
                for i in 0..n {
                    self.fill_ptrmask(e, off + i * es, mask, limit);
                }
            }
            Type::Struct(fs) => {
                let offsets = self.tab.field_offsets(t);
                for (f, fo) in fs.iter().zip(offsets) {
                    self.fill_ptrmask(f.ty, off + fo, mask, limit);
                }
            }
            _ => {}
        }
    }
}

/// The bytes of an `abi.Name` (without the package path offset that may follow).
fn name_bytes(name: &str, tag: &str, exported: bool, has_pkg: bool, embedded: bool) -> Vec<u8> {
    let mut bits = 0u8;
    if exported {
        bits |= 1 << 0;
    }
    if !tag.is_empty() {
        bits |= 1 << 1;
    }
    if has_pkg {
        bits |= 1 << 2;
    }
    if embedded {
        bits |= 1 << 3;
    }
    let mut b = vec![bits];
    uvarint(&mut b, name.len() as u64);
    b.extend(name.as_bytes());
    if !tag.is_empty() {
        uvarint(&mut b, tag.len() as u64);
        b.extend(tag.as_bytes());
    }
    b
}

fn uvarint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// A symbol under construction: little-endian fields written at fixed offsets.
struct Buf {
    bytes: Vec<u8>,
    /// High-water mark of explicit writes (gc's `len(s.P)`).
    written: usize,
    relocs: Vec<Reloc>,
}

impl Buf {
    fn new(size: usize) -> Buf {
        Buf {
            bytes: vec![0; size],
            written: 0,
            relocs: Vec::new(),
        }
    }

    fn from_bytes(bytes: Vec<u8>) -> Buf {
        Buf {
            written: bytes.len(),
            bytes,
            relocs: Vec::new(),
        }
    }

    fn put(&mut self, off: u64, v: &[u8]) {
        let off = off as usize;
        self.bytes[off..off + v.len()].copy_from_slice(v);
        self.written = self.written.max(off + v.len());
    }

    fn u8(&mut self, off: u64, v: u8) {
        self.put(off, &[v]);
    }

    fn u16(&mut self, off: u64, v: u16) {
        self.put(off, &v.to_le_bytes());
    }

    fn u32(&mut self, off: u64, v: u32) {
        self.put(off, &v.to_le_bytes());
    }

    fn u64(&mut self, off: u64, v: u64) {
        self.put(off, &v.to_le_bytes());
    }

    fn reloc(&mut self, offset: u64, size: u8, kind: RelocKind, target: &str, addend: i64) {
        self.written = self.written.max((offset + size as u64) as usize);
        self.relocs.push(Reloc {
            offset,
            size,
            kind,
            target: target.to_string(),
            addend,
        });
    }

    fn addr(&mut self, off: u64, target: &str, addend: i64) {
        self.reloc(off, 8, RelocKind::Addr, target, addend);
    }

    /// A Go slice header pointing into this symbol itself.
    fn slice(&mut self, off: u64, this: &str, data: u64, len: u64) {
        self.addr(off, this, data as i64);
        self.u64(off + 8, len);
        self.u64(off + 16, len);
    }

    fn finish(self, name: &str, align: u64, dupok: bool) -> DataSymbol {
        DataSymbol {
            name: name.to_string(),
            bytes: self.bytes,
            written: self.written,
            relocs: self.relocs,
            align,
            dupok,
            static_sym: false,
            readonly: true,
            pointers: false,
            local: false,
        }
    }
}
