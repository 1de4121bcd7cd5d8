//! The frontend's type table plus the few types reflectdata makes up itself.
//!
//! gc's `writeType` asks for types nobody wrote in the source: `*T` for `T`'s `PtrToThis`,
//! `[]E` for an array's `Slice` field, and each method's type with the receiver as first
//! parameter (`func(main.Adder, int32, int32) int32`). The frontend's [`Types`] is shared and
//! read-only here, so such types live in an overlay: ids past the frontend's are ours, and
//! interning looks at both tables so that identical types keep one id (type identity is id
//! equality, as in the frontend).
//!
//! Layout questions (size, alignment, pointer bytes) are answered by the frontend for its
//! own types; the overlay computes them for its own the way gc's `CalcSize` does.
//!
//! A map type's descriptor also names its slot-group type (gc's `MapGroupType`), which no
//! program spells: `noalg.map.group[K]V` = `struct { ctrl uint64; slots [8]struct { key K;
//! elem V } }`, keys or elems above 128 bytes stored as pointers to them. Those three types
//! are the compiler's (gc's `Noalg`: no equality, no hash, `type:noalg.…` symbols), made in
//! the overlay by [`Table::map_group`] and interned apart from the ordinary types, so that
//! they never stand for a type of the program.

use std::collections::{HashMap, HashSet};

use base::types::{BasicKind, Named, PkgId, Signature, StructField, Type, TypeId, Types};

pub(crate) type Tid = TypeId;

pub(crate) struct Table<'a> {
    base: &'a Types,
    extra: Vec<Type>,
    index: HashMap<Type, TypeId>,
    /// The overlay's noalg types (map groups, their slot arrays and slots), by structure.
    noalg_index: HashMap<Type, TypeId>,
    noalg: HashSet<TypeId>,
    /// Each map group type made by [`Table::map_group`], with the key and element types of
    /// its map (gc prints the group as `map.group[K]V`).
    groups: HashMap<TypeId, (TypeId, TypeId)>,
}

/// `abi.MapGroupSlots`: slots per group.
pub(crate) const MAP_GROUP_SLOTS: u64 = 8;
/// `abi.MapMaxKeyBytes` / `abi.MapMaxElemBytes`: larger keys or elems are stored indirectly.
pub(crate) const MAP_MAX_KEY_BYTES: u64 = 128;
pub(crate) const MAP_MAX_ELEM_BYTES: u64 = 128;

impl<'a> Table<'a> {
    pub(crate) fn new(base: &'a Types) -> Table<'a> {
        let index = (0..base.len() as u32)
            .map(|i| (base.get(TypeId(i)).clone(), TypeId(i)))
            // Defined types are never structurally interned; keep only literal types.
            .filter(|(ty, _)| !matches!(ty, Type::Named(_)))
            .collect();
        Table {
            base,
            extra: Vec::new(),
            index,
            noalg_index: HashMap::new(),
            noalg: HashSet::new(),
            groups: HashMap::new(),
        }
    }

    /// Whether `t` is one of the overlay's types (not the frontend's).
    pub(crate) fn is_overlay(&self, t: Tid) -> bool {
        !self.is_base(t)
    }

    /// gc's `t.Noalg()`: a type the compiler made without equality or hash.
    pub(crate) fn is_noalg(&self, t: Tid) -> bool {
        if self.is_base(t) {
            self.base.is_noalg(t)
        } else {
            self.noalg.contains(&t)
        }
    }

    /// The key and element types of the map whose group type `t` is.
    pub(crate) fn group_of(&self, t: Tid) -> Option<(Tid, Tid)> {
        self.groups.get(&t).copied()
    }

    fn intern_noalg(&mut self, ty: Type) -> Tid {
        if let Some(&t) = self.noalg_index.get(&ty) {
            return t;
        }
        let t = TypeId((self.base.len() + self.extra.len()) as u32);
        self.extra.push(ty.clone());
        self.noalg_index.insert(ty, t);
        self.noalg.insert(t);
        t
    }

    /// gc's `MapGroupType` for `map[key]elem` (interleaved slots, as gc 1.27 lays them out
    /// without GOEXPERIMENT=mapsplitgroup); see the module documentation.
    pub(crate) fn map_group(&mut self, key: Tid, elem: Tid) -> Tid {
        let slot_key = match self.size(key) > MAP_MAX_KEY_BYTES {
            true => self.ptr_to(key),
            false => key,
        };
        let slot_elem = match self.size(elem) > MAP_MAX_ELEM_BYTES {
            true => self.ptr_to(elem),
            false => elem,
        };
        let field = |name: &str, ty| StructField {
            name: name.into(),
            ty,
            embedded: false,
            tag: None,
            pkg: None,
        };
        let slot = self.intern_noalg(Type::Struct(vec![
            field("key", slot_key),
            field("elem", slot_elem),
        ]));
        let slots = self.intern_noalg(Type::Array(MAP_GROUP_SLOTS, slot));
        let ctrl = self.base.basic(BasicKind::Uint64);
        let group = self.intern_noalg(Type::Struct(vec![
            field("ctrl", ctrl),
            field("slots", slots),
        ]));
        self.groups.insert(group, (key, elem));
        group
    }

    fn is_base(&self, t: Tid) -> bool {
        (t.0 as usize) < self.base.len()
    }

    pub(crate) fn get(&self, t: Tid) -> &Type {
        if self.is_base(t) {
            self.base.get(t)
        } else {
            &self.extra[t.0 as usize - self.base.len()]
        }
    }

    /// A package's import path.
    pub(crate) fn pkg_path(&self, pkg: PkgId) -> &'a str {
        self.base.pkg_path(pkg)
    }

    pub(crate) fn named(&self, t: Tid) -> Option<&Named> {
        if self.is_base(t) {
            self.base.named_info(t)
        } else {
            None
        }
    }

    pub(crate) fn lookup(&self, ty: &Type) -> Option<Tid> {
        self.index.get(ty).copied()
    }

    pub(crate) fn intern(&mut self, ty: Type) -> Tid {
        if let Some(t) = self.lookup(&ty) {
            return t;
        }
        let t = TypeId((self.base.len() + self.extra.len()) as u32);
        self.extra.push(ty.clone());
        self.index.insert(ty, t);
        t
    }

    pub(crate) fn underlying(&self, t: Tid) -> Tid {
        if self.is_base(t) {
            self.base.underlying(t)
        } else {
            t
        }
    }

    pub(crate) fn under(&self, t: Tid) -> &Type {
        self.get(self.underlying(t))
    }

    /// gc's `t.Sym() != nil`: defined types and the predeclared basic types have a name.
    pub(crate) fn has_sym(&self, t: Tid) -> bool {
        match self.get(t) {
            Type::Named(_) => true,
            Type::Basic(k) => !k.is_untyped() && *k != BasicKind::Invalid,
            _ => false,
        }
    }

    pub(crate) fn size(&self, t: Tid) -> u64 {
        if self.is_base(t) {
            return self.base.size_of(t);
        }
        match self.get(t) {
            Type::Slice(_) => 24,
            Type::Array(n, e) => n * self.size(*e),
            Type::Struct(fields) => {
                let offsets = self.field_offsets(t);
                let mut end = match (fields.last(), offsets.last()) {
                    (Some(f), Some(off)) => off + self.size(f.ty),
                    _ => 0,
                };
                // As gc: a struct ending in a zero-size field gets a byte of padding, so
                // that the field's address does not point past the value.
                if fields.last().is_some_and(|f| self.size(f.ty) == 0) && end > 0 {
                    end += 1;
                }
                end.next_multiple_of(self.align(t))
            }
            _ => 8,
        }
    }

    pub(crate) fn align(&self, t: Tid) -> u64 {
        if self.is_base(t) {
            return self.base.align_of(t);
        }
        match self.get(t) {
            Type::Array(_, e) => self.align(*e),
            Type::Struct(fields) => fields.iter().map(|f| self.align(f.ty)).max().unwrap_or(1),
            _ => 8,
        }
    }

    /// `types.PtrDataSize`: the prefix of a value that may hold pointers.
    pub(crate) fn ptr_bytes(&self, t: Tid) -> u64 {
        if self.is_base(t) {
            return self.base.ptr_bytes(t);
        }
        match self.get(t) {
            Type::Array(n, e) => match self.ptr_bytes(*e) {
                pb if pb == 0 || *n == 0 => 0,
                pb => (n - 1) * self.size(*e) + pb,
            },
            Type::Struct(fields) => fields
                .iter()
                .zip(self.field_offsets(t))
                .filter_map(|(f, off)| {
                    let pb = self.ptr_bytes(f.ty);
                    (pb > 0).then_some(off + pb)
                })
                .max()
                .unwrap_or(0),
            _ => 8,
        }
    }

    pub(crate) fn field_offsets(&self, t: Tid) -> Vec<u64> {
        if self.is_base(t) {
            return self.base.field_offsets(t);
        }
        let Type::Struct(fields) = self.get(t) else {
            return Vec::new();
        };
        let mut off = 0u64;
        fields
            .iter()
            .map(|f| {
                off = off.next_multiple_of(self.align(f.ty));
                let at = off;
                off += self.size(f.ty);
                at
            })
            .collect()
    }

    pub(crate) fn ptr_to(&mut self, t: Tid) -> Tid {
        self.intern(Type::Pointer(t))
    }

    pub(crate) fn slice_of(&mut self, t: Tid) -> Tid {
        self.intern(Type::Slice(t))
    }

    /// The method type gc writes next to a method table: the receiver becomes the first
    /// parameter (`typecheck.NewMethodType(f.Type, recv)`).
    pub(crate) fn method_type(&mut self, recv: Tid, sig: Tid) -> Tid {
        let Type::Func(s) = self.get(sig).clone() else {
            return sig;
        };
        let mut params = vec![recv];
        params.extend(s.params);
        self.intern(Type::Func(Signature {
            params,
            results: s.results,
            variadic: s.variadic,
        }))
    }

    /// gc 1.26+ `types.IsDirectIface`: a value is stored directly in an interface's data
    /// word iff it is one word that is entirely pointer.
    pub(crate) fn is_direct_iface(&self, t: Tid) -> bool {
        self.size(t) == 8 && self.ptr_bytes(t) == 8
    }
}

/// `types.AlgKind`: how `==` (and hashing) treats a type, before the fixed-size memory
/// variants are split off.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum Alg {
    /// Not comparable (slices, maps, funcs, and aggregates holding them).
    NoEq,
    /// Plain memory comparison of the whole value.
    Mem,
    String,
    Inter,
    NilInter,
    Float32,
    Float64,
    Complex64,
    Complex128,
    /// Needs a generated function (strings, floats, interfaces or padding inside).
    Special,
    /// Has no equality by the compiler's decision (gc's `ANOALG`: a closure's funcval).
    NoAlg,
}

/// `types.AlgType`.
pub(crate) fn alg(tab: &Table, t: Tid) -> Alg {
    use BasicKind::*;
    // A pointer to a noalg type is noalg too (gc's `NewPtr` passes the flag on).
    let noalg = |t: Tid| tab.is_noalg(t);
    let pointee = match tab.under(t) {
        Type::Pointer(e) => Some(*e),
        _ => None,
    };
    if noalg(t) || pointee.is_some_and(noalg) {
        return Alg::NoAlg;
    }
    match tab.under(t) {
        Type::Basic(k) => match k {
            Float32 => Alg::Float32,
            Float64 => Alg::Float64,
            Complex64 => Alg::Complex64,
            Complex128 => Alg::Complex128,
            String => Alg::String,
            _ => Alg::Mem,
        },
        Type::Pointer(_) | Type::Chan(_) => Alg::Mem,
        Type::Func(_) | Type::Map(..) | Type::Slice(_) | Type::Tuple(_) => Alg::NoEq,
        Type::Interface(ms) => {
            if ms.is_empty() {
                Alg::NilInter
            } else {
                Alg::Inter
            }
        }
        Type::Array(n, e) => match alg(tab, *e) {
            Alg::Mem => Alg::Mem,
            Alg::NoEq => Alg::NoEq,
            _ if *n == 0 => Alg::Mem,
            a if *n == 1 => a,
            _ => Alg::Special,
        },
        Type::Struct(fields) => {
            if fields.len() == 1 && fields[0].name != "_" {
                return alg(tab, fields[0].ty);
            }
            let offsets = tab.field_offsets(t);
            let size = tab.size(t);
            let mut ret = Alg::Mem;
            for (i, f) in fields.iter().enumerate() {
                let a = alg(tab, f.ty);
                if a == Alg::NoEq {
                    return Alg::NoEq;
                }
                let end = offsets.get(i + 1).copied().unwrap_or(size);
                let padded = offsets[i] + tab.size(f.ty) != end;
                if a != Alg::Mem || f.name == "_" || padded {
                    ret = Alg::Special;
                }
            }
            ret
        }
        Type::Named(_) => Alg::NoEq,
    }
}

impl base::typestr::TypeTable for Table<'_> {
    fn ty(&self, t: TypeId) -> &Type {
        self.get(t)
    }

    fn named(&self, t: TypeId) -> Option<&Named> {
        Table::named(self, t)
    }

    fn pkg_path(&self, pkg: PkgId) -> &str {
        Table::pkg_path(self, pkg)
    }

    fn pkg_name(&self, pkg: PkgId) -> &str {
        self.base.pkg_name(pkg)
    }
}
