//! Data the generated code refers to: string literal bytes, package variables (`.bss`),
//! type descriptors (`type:T`), and the `runtime.typenames` table.
//!
//! A type descriptor is gc's `abi.Type` header (48 bytes, reference §2.1), followed for
//! pointer, slice and array types by their element header part (`Elem *Type` at 48; arrays
//! also `Len` at 64). Filled: `Size_`, `PtrBytes`, `Hash` (gc 1.25+: sha256 of the link string,
//! low byte of the first word xor 0xff), `TFlag` (Uncommon, ExtraStar, Named, RegularMemory,
//! DirectIface as gc computes them), `Align_`, `FieldAlign_`, `Kind_` (1.26+ plain numbering).
//! Still zero: `Equal`, `GCData`, `Str`, `PtrToThis`, and the struct/func/interface parts
//! (interfaces will need them).
//!
//! Descriptors are declared when code first asks for one and defined at the end, so each
//! type used gets exactly one `type:T` symbol, named by its link string.

use cranelift_module::{DataDescription, DataId, Linkage, Module};
use frontend::types::{BasicKind, Type, TypeId, Types};
use sha2::{Digest, Sha256};

use crate::asm::DataAttrs;
use crate::codegen::CodegenCx;
use crate::typestr::type_string;

const TFLAG_UNCOMMON: u8 = 1 << 0;
const TFLAG_EXTRA_STAR: u8 = 1 << 1;
const TFLAG_NAMED: u8 = 1 << 2;
const TFLAG_REGULAR_MEMORY: u8 = 1 << 3;
const TFLAG_DIRECT_IFACE: u8 = 1 << 5;

/// gc 1.25+ `types.TypeHash`: sha256 of the link string, first byte xor 0xff, low 4 bytes.
pub fn type_hash(link: &str) -> u32 {
    let mut sum: [u8; 32] = Sha256::digest(link.as_bytes()).into();
    sum[0] ^= 0xff;
    u32::from_le_bytes([sum[0], sum[1], sum[2], sum[3]])
}

/// `abi.Kind` (1.26+ numbering, no flag bits).
pub fn kind_of(types: &Types, t: TypeId) -> u8 {
    use BasicKind::*;
    match types.under(t) {
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

/// gc's `isRegularMemory`: `==` is a plain memory comparison (no floats, strings,
/// interfaces, or padding).
pub fn is_regular_memory(types: &Types, t: TypeId) -> bool {
    match types.under(t) {
        Type::Basic(k) => k.is_integer() || matches!(k, BasicKind::Bool | BasicKind::UnsafePointer),
        Type::Pointer(_) | Type::Chan(_) => true,
        Type::Array(_, e) => is_regular_memory(types, *e),
        Type::Struct(fields) => {
            let offsets = types.field_offsets(t);
            let mut end = 0;
            for (f, off) in fields.iter().zip(offsets) {
                if off != end || f.name == "_" || !is_regular_memory(types, f.ty) {
                    return false;
                }
                end = off + types.size_of(f.ty);
            }
            end == types.size_of(t)
        }
        _ => false,
    }
}

/// Pointer-shaped types are stored directly in an interface's data word.
fn is_direct_iface(types: &Types, t: TypeId) -> bool {
    match types.under(t) {
        Type::Pointer(_) | Type::Map(..) | Type::Chan(_) | Type::Func(_) => true,
        Type::Basic(BasicKind::UnsafePointer) => true,
        Type::Array(1, e) => is_direct_iface(types, *e),
        Type::Struct(fields) if fields.len() == 1 => is_direct_iface(types, fields[0].ty),
        _ => false,
    }
}

fn has_methods(types: &Types, t: TypeId) -> bool {
    match types.get(t) {
        Type::Named(_) => types.named_info(t).is_some_and(|n| !n.methods.is_empty()),
        Type::Pointer(e) => matches!(types.get(*e), Type::Named(_)) && has_methods(types, *e),
        _ => false,
    }
}

pub fn tflag_of(types: &Types, t: TypeId, link: &str) -> u8 {
    // Predeclared types (`int`, `string`) are named types to gc too.
    let named = matches!(types.get(t), Type::Named(_) | Type::Basic(_));
    let mut f = 0;
    if named || has_methods(types, t) {
        f |= TFLAG_UNCOMMON;
    }
    if !link.starts_with('*') {
        f |= TFLAG_EXTRA_STAR;
    }
    if named {
        f |= TFLAG_NAMED;
    }
    if is_regular_memory(types, t) {
        f |= TFLAG_REGULAR_MEMORY;
    }
    if is_direct_iface(types, t) {
        f |= TFLAG_DIRECT_IFACE;
    }
    f
}

impl CodegenCx<'_> {
    /// The read-only bytes of a string literal (shared between equal literals).
    pub fn string_data(&mut self, bytes: &[u8]) -> Result<DataId, String> {
        if let Some(&id) = self.strings.get(bytes) {
            return Ok(id);
        }
        let name = format!("go:string.{}", self.strings.len());
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        let mut desc = DataDescription::new();
        desc.define(bytes.to_vec().into_boxed_slice());
        desc.set_align(1);
        self.note_data(id, &desc, DataAttrs::LOCAL_RODATA);
        self.module
            .define_data(id, &desc)
            .map_err(|e| e.to_string())?;
        self.strings.insert(bytes.to_vec(), id);
        Ok(id)
    }

    /// A NUL-terminated copy of `s`, for the runtime's C-string tables.
    fn cstring_data(&mut self, s: &str) -> Result<DataId, String> {
        let mut bytes = s.as_bytes().to_vec();
        bytes.push(0);
        self.string_data(&bytes)
    }

    /// `type:T`, declared now and defined by [`CodegenCx::define_type_descriptors`].
    pub fn type_descriptor(&mut self, t: TypeId) -> Result<DataId, String> {
        let link = self.prog.types.link_string(t);
        if let Some(&(id, _)) = self.type_descs.get(&link) {
            return Ok(id);
        }
        let id = self
            .module
            .declare_data(&format!("type:{link}"), Linkage::Local, false, false)
            .map_err(|e| e.to_string())?;
        self.type_descs.insert(link.clone(), (id, t));
        self.type_desc_order.push(link);
        Ok(id)
    }

    /// Defines every descriptor asked for (and, transitively, their element types), then
    /// `runtime.typenames`.
    pub fn define_type_descriptors(&mut self) -> Result<(), String> {
        let mut i = 0;
        while i < self.type_desc_order.len() {
            let link = self.type_desc_order[i].clone();
            let (id, t) = self.type_descs[&link];
            self.define_type_descriptor(id, t, &link)?;
            i += 1;
        }
        self.define_typenames()
    }

    fn define_type_descriptor(&mut self, id: DataId, t: TypeId, link: &str) -> Result<(), String> {
        let types = &self.prog.types;
        let elem = match types.under(t) {
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) => Some(*e),
            _ => None,
        };
        let total = match types.under(t) {
            Type::Pointer(_) | Type::Slice(_) => 56,
            Type::Array(..) => 72,
            _ => 48,
        };
        let mut bytes = vec![0u8; total];
        bytes[0..8].copy_from_slice(&types.size_of(t).to_le_bytes());
        bytes[8..16].copy_from_slice(&types.ptr_bytes(t).to_le_bytes());
        bytes[16..20].copy_from_slice(&type_hash(link).to_le_bytes());
        bytes[20] = tflag_of(types, t, link);
        bytes[21] = types.align_of(t) as u8;
        bytes[22] = types.align_of(t) as u8;
        bytes[23] = kind_of(types, t);
        if let Type::Array(n, _) = types.under(t) {
            bytes[64..72].copy_from_slice(&n.to_le_bytes());
        }
        let mut desc = DataDescription::new();
        desc.define(bytes.into_boxed_slice());
        desc.set_align(8);
        if let Some(e) = elem {
            let eid = self.type_descriptor(e)?;
            let gv = self.module.declare_data_in_data(eid, &mut desc);
            desc.write_data_addr(48, gv, 0);
        }
        self.note_data(id, &desc, DataAttrs::LOCAL_RODATA);
        self.module
            .define_data(id, &desc)
            .map_err(|e| e.to_string())
    }

    /// `runtime.typenames`: `{typ, name}` for each descriptor (the name as `reflect` spells
    /// it), so the runtime prints
    /// `main.MyStr("x")` for `panic(MyStr("x"))`.
    fn define_typenames(&mut self) -> Result<(), String> {
        let entries: Vec<(String, DataId)> = self
            .type_desc_order
            .iter()
            .map(|l| (l.clone(), self.type_descs[l].0))
            .collect();
        let mut desc = DataDescription::new();
        desc.define(vec![0u8; entries.len() * 16].into_boxed_slice());
        desc.set_align(8);
        for (i, (link, tid)) in entries.iter().enumerate() {
            let t = self.type_descs[link].1;
            let name = self.cstring_data(&type_string(&self.prog.types, t))?;
            let tgv = self.module.declare_data_in_data(*tid, &mut desc);
            let ngv = self.module.declare_data_in_data(name, &mut desc);
            desc.write_data_addr(16 * i as u32, tgv, 0);
            desc.write_data_addr(16 * i as u32 + 8, ngv, 0);
        }
        let table = self
            .module
            .declare_data("runtime.typenames", Linkage::Export, false, false)
            .map_err(|e| e.to_string())?;
        self.note_data(table, &desc, DataAttrs::RODATA);
        self.module
            .define_data(table, &desc)
            .map_err(|e| e.to_string())?;
        let mut count = DataDescription::new();
        count.define(
            (entries.len() as u64)
                .to_le_bytes()
                .to_vec()
                .into_boxed_slice(),
        );
        count.set_align(8);
        let n = self
            .module
            .declare_data("runtime.ntypenames", Linkage::Export, false, false)
            .map_err(|e| e.to_string())?;
        self.note_data(n, &count, DataAttrs::RODATA);
        self.module
            .define_data(n, &count)
            .map_err(|e| e.to_string())
    }

    /// Package variables: zero-initialised, writable (`.bss`); `main.init` sets them.
    pub fn define_globals(&mut self) -> Result<(), String> {
        for g in &self.prog.globals {
            let id = self
                .module
                .declare_data(&g.name, Linkage::Export, true, false)
                .map_err(|e| e.to_string())?;
            let mut desc = DataDescription::new();
            desc.define_zeroinit(self.prog.types.size_of(g.ty).max(1) as usize);
            desc.set_align(self.prog.types.align_of(g.ty));
            let pointers = self.prog.types.ptr_bytes(g.ty) > 0;
            self.note_data(
                id,
                &desc,
                DataAttrs {
                    readonly: false,
                    pointers,
                    local: false,
                },
            );
            self.module
                .define_data(id, &desc)
                .map_err(|e| e.to_string())?;
            self.globals.push(id);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontend::source::Span;
    use frontend::types::{Named, StructField};

    /// Values read from `eface._type.Hash` under gc 1.25–1.27 (reference §3).
    #[test]
    fn type_hash_matches_gc() {
        assert_eq!(type_hash("uint32"), 383256291);
        assert_eq!(type_hash("uint16"), 647813011);
        assert_eq!(type_hash("main.Adder"), 2872192942);
        assert_eq!(type_hash("*main.Calculator"), 3764789923);
        assert_eq!(type_hash("string"), 4169609912);
    }

    /// TFlag values gc 1.26+ writes (reference §2.1).
    #[test]
    fn tflags_match_gc() {
        let mut t = Types::new();
        let u32_ = t.basic(BasicKind::Uint32);
        let s = t.basic(BasicKind::String);
        let int = t.basic(BasicKind::Int);
        let pint = t.pointer(int);
        let arr = t.array(1, pint);
        assert_eq!(tflag_of(&t, u32_, "uint32"), 15);
        assert_eq!(tflag_of(&t, s, "string"), 7);
        assert_eq!(tflag_of(&t, pint, "*int"), 40);
        assert_eq!(tflag_of(&t, arr, "[1]*int"), 42);
        // type Adder struct{ id int32 } with methods: Uncommon|ExtraStar|Named|RegularMemory.
        let i32_ = t.basic(BasicKind::Int32);
        let lit = t.intern(Type::Struct(vec![StructField {
            name: "id".into(),
            ty: i32_,
            embedded: false,
            tag: None,
            pkg: Some("main".into()),
        }]));
        let adder = t.new_named(Named {
            name: "Adder".into(),
            pkg: "main".into(),
            underlying: lit,
            methods: vec![frontend::types::ObjId(0)],
            local_index: 0,
            span: Span::default(),
        });
        t.set_underlying(adder, lit);
        assert_eq!(tflag_of(&t, adder, "main.Adder"), 0x0f);
        assert_eq!(kind_of(&t, adder), 25);
    }
}
