//! Interfaces: making interface values, converting between interface types, dynamic calls,
//! type assertions, type switches and interface comparison, as gc 1.27 compiles them
//! (gc's walk/convert.go, walk/switch.go, ssagen; docs/runtime-abi.md, *Interfaces*).
//!
//! An interface value is two words (`value.rs`): the type word (`*abi.Type` for `any`,
//! `*abi.ITab` otherwise) and the data word.
//!
//! * `MakeIface`: type word `&type:T` / `&go:itab.T,I`; the data word as the IR's `DataWord`
//!   says (the value itself, `&runtime.zerobase`, `&runtime.staticuint64s[v]`,
//!   `&runtime.zeroVal`, `&main..stmp_N`, a stack copy, or a `runtime.convT*` call).
//! * `x.(T)` concrete: one pointer compare of the type word with `&type:T` (or of the itab
//!   with `&go:itab.T,I`); failure calls `panicdottypeE`/`panicdottypeI`.
//! * `x.(I)` and I→I conversions: a `main..typeAssert.N` descriptor
//!   `{Cache, Inter, CanFail}`, gc's inline probe of the cache
//!   (`Entries[hash & Mask]`, linear), and `runtime.typeAssert` on a miss.
//! * Type switches: nil first; runs of concrete cases dispatch on the type hash (sorted;
//!   with five or more distinct hashes gc's jump table indexed by a collision-free bit window
//!   `(hash >> i) & (1<<b - 1)`, else a binary search with linear runs below 4) and confirm
//!   with the pointer compare; runs of
//!   interface cases make one `runtime.interfaceSwitch` call through a
//!   `main..interfaceSwitch.N` descriptor, after gc's inline probe of its cache. Runs are tried in source order, so a concrete case
//!   after an interface case that also matches is never preferred (gc groups the same way
//!   when interface cases come last, the usual shape).
//! * `==` on interfaces: type words first, then `runtime.efaceeq`/`runtime.ifaceeq` on the
//!   data words (gc's `walkCompare` / `eqinterface`).

use base::symbols::Symbol;
use base::types::{BasicKind, PkgId, Type, TypeId};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, BlockArg, InstBuilder, Value};
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use typed_ir::{BinOp, ConvFunc, DataWord, Expr, ExprKind, LabelId, Place, TypeCase, TypeClause};

use super::call::go_abi;
use super::value::{go_mem, CValue, Repr, PTR};
use super::{CodegenCx, FunctionCx};
use crate::asm::DataAttrs;

/// `abi.UseInterfaceSwitchCache`: gc probes the caches inline on amd64 and arm64.
const PROBE_CACHE: bool = true;

impl CodegenCx<'_> {
    /// A writable descriptor (`main..typeAssert.N`, `main..interfaceSwitch.N`): `words` are
    /// pointers to symbols (or plain integers), gc's SDATA.
    fn descriptor(
        &mut self,
        name: String,
        words: &[Result<DataId, u64>],
    ) -> Result<DataId, String> {
        let id = self
            .module
            .declare_data(&name, Linkage::Local, true, false)
            .map_err(|e| e.to_string())?;
        let mut bytes = vec![0u8; words.len() * 8];
        for (i, w) in words.iter().enumerate() {
            if let Err(v) = w {
                bytes[i * 8..i * 8 + 8].copy_from_slice(&v.to_le_bytes());
            }
        }
        let mut desc = DataDescription::new();
        desc.define(bytes.into_boxed_slice());
        desc.set_align(8);
        for (i, w) in words.iter().enumerate() {
            if let Ok(target) = w {
                let gv = self.module.declare_data_in_data(*target, &mut desc);
                desc.write_data_addr(8 * i as u32, gv, 0);
            }
        }
        self.note_data(
            id,
            &desc,
            DataAttrs {
                readonly: false,
                pointers: true,
                local: true,
                dupok: false,
                static_sym: false,
            },
        );
        self.module
            .define_data(id, &desc)
            .map_err(|e| e.to_string())?;
        Ok(id)
    }

    /// `P..typeAssert.N` for target interface `iface`, in package `pkg`.
    fn type_assert_desc(
        &mut self,
        pkg: PkgId,
        iface: TypeId,
        can_fail: bool,
    ) -> Result<DataId, String> {
        let n = self.type_asserts.entry(pkg).or_default();
        let name = Symbol::TypeAssert { pkg, n: *n }.link_name(&self.prog.types);
        *n += 1;
        let cache = self.extern_data("runtime.emptyTypeAssertCache")?;
        let inter = self.type_symbol(iface)?;
        self.descriptor(name, &[Ok(cache), Ok(inter), Err(can_fail as u64)])
    }

    /// `P..interfaceSwitch.N` for the interface cases `ifaces`, in package `pkg`.
    fn iface_switch_desc(&mut self, pkg: PkgId, ifaces: &[TypeId]) -> Result<DataId, String> {
        let n = self.iface_switches.entry(pkg).or_default();
        let name = Symbol::InterfaceSwitch { pkg, n: *n }.link_name(&self.prog.types);
        *n += 1;
        let mut words = vec![
            Ok(self.extern_data("runtime.emptyInterfaceSwitchCache")?),
            Err(ifaces.len() as u64),
        ];
        for &i in ifaces {
            words.push(Ok(self.type_symbol(i)?));
        }
        self.descriptor(name, &words)
    }

    /// Defines `prog.statics` (`main..stmp_N`): read-only data holding constant values.
    pub fn define_statics(&mut self) -> Result<(), String> {
        let prog = self.prog;
        for st in &prog.statics {
            // Another object's package's: only its code uses it.
            if !self.owns_pkg(st.sym.pkg()) {
                self.statics.push(None);
                continue;
            }
            let size = prog.types.size_of(st.value.ty) as usize;
            let mut bytes = vec![0u8; size];
            let mut relocs = Vec::new();
            self.static_bytes(&st.value, &mut bytes, 0, &mut relocs)?;
            let id = self
                .module
                .declare_data(&st.sym.link_name(&prog.types), Linkage::Local, false, false)
                .map_err(|e| e.to_string())?;
            self.statics.push(Some(id));
            let mut desc = DataDescription::new();
            desc.define(bytes.into_boxed_slice());
            desc.set_align(prog.types.align_of(st.value.ty).max(1));
            // Read-only even when it holds a string's address (see `obj::finish`).
            desc.set_custom_section(".rodata");
            for (off, target) in relocs {
                let gv = self.module.declare_data_in_data(target, &mut desc);
                desc.write_data_addr(off, gv, 0);
            }
            self.note_data(id, &desc, DataAttrs::STATIC_RODATA);
            self.module
                .define_data(id, &desc)
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    pub(crate) fn static_bytes(
        &mut self,
        e: &Expr,
        out: &mut [u8],
        off: usize,
        relocs: &mut Vec<(u32, DataId)>,
    ) -> Result<(), String> {
        use typed_ir::Const;
        let types = &self.prog.types;
        let size = types.size_of(e.ty) as usize;
        match &e.kind {
            ExprKind::Const(Const::Bool(b)) => out[off] = *b as u8,
            ExprKind::Const(Const::Int(v)) => {
                out[off..off + size].copy_from_slice(&v.to_le_bytes()[..size]);
            }
            ExprKind::Const(Const::Float(f)) => match types.under(e.ty) {
                Type::Basic(BasicKind::Float32) => {
                    out[off..off + 4].copy_from_slice(&(*f as f32).to_le_bytes())
                }
                _ => out[off..off + 8].copy_from_slice(&f.to_le_bytes()),
            },
            ExprKind::Const(Const::Complex(re, im)) => match types.under(e.ty) {
                Type::Basic(BasicKind::Complex64) => {
                    out[off..off + 4].copy_from_slice(&(*re as f32).to_le_bytes());
                    out[off + 4..off + 8].copy_from_slice(&(*im as f32).to_le_bytes());
                }
                _ => {
                    out[off..off + 8].copy_from_slice(&re.to_le_bytes());
                    out[off + 8..off + 16].copy_from_slice(&im.to_le_bytes());
                }
            },
            ExprKind::Const(Const::String(s)) => {
                if !s.is_empty() {
                    let id = self.string_data(s)?;
                    relocs.push((off as u32, id));
                }
                out[off + 8..off + 16].copy_from_slice(&(s.len() as u64).to_le_bytes());
            }
            ExprKind::Const(Const::Nil) | ExprKind::Zero => {}
            ExprKind::FuncValue(f) => relocs.push((off as u32, self.funcval(*f)?)),
            ExprKind::Closure { func, captures, .. } if captures.is_empty() => {
                relocs.push((off as u32, self.funcval(*func)?))
            }
            ExprKind::Convert(x) if types.size_of(x.ty) == types.size_of(e.ty) => {
                self.static_bytes(x, out, off, relocs)?
            }
            // A static's address (gc's staticinit: `&T{…}`, a slice literal's array).
            ExprKind::Addr(typed_ir::Place::Global(g)) => {
                relocs.push((off as u32, self.global_id(*g)))
            }
            ExprKind::SliceHeader(p, len, cap) => {
                self.static_bytes(p, out, off, relocs)?;
                for (at, v) in [(8, len), (16, cap)] {
                    let ExprKind::Const(Const::Int(n)) = v.kind else {
                        return Err("a static slice of non-constant length".into());
                    };
                    out[off + at..off + at + 8].copy_from_slice(&n.to_le_bytes());
                }
            }
            ExprKind::Composite(elems) => {
                let (offsets, elem_size) = match types.under(e.ty) {
                    Type::Struct(_) => (types.field_offsets(e.ty), 0),
                    Type::Array(_, el) => (Vec::new(), types.size_of(*el)),
                    _ => return Err("static composite of a non-aggregate type".into()),
                };
                for (i, v) in elems {
                    let at = if offsets.is_empty() {
                        *i as u64 * elem_size
                    } else {
                        offsets[*i]
                    };
                    self.static_bytes(v, out, off + at as usize, relocs)?;
                }
            }
            _ => return Err("a read-only static whose value is not constant".into()),
        }
        Ok(())
    }
}

/// gc's `tryJumpTable` window for these distinct (sorted) hashes: the first `(shift, bits)`,
/// `bits` from the fewest that can number them up to two more, `shift` from 0 up, under which
/// `(hash >> shift) & (1<<bits - 1)` differs for every hash. None below five hashes (gc's
/// `minCases`) or when no window separates them (gc then searches binarily).
pub fn jump_table_window(hashes: &[u32]) -> Option<(u32, u32)> {
    if hashes.len() < 5 {
        return None;
    }
    let b0 = usize::BITS - (hashes.len() - 1).leading_zeros();
    for bits in b0..b0 + 3 {
        for shift in 0..=32 - bits {
            let mask = (1u64 << bits) - 1;
            let mut slots: Vec<u64> = hashes
                .iter()
                .map(|&h| (u64::from(h) >> shift) & mask)
                .collect();
            slots.sort_unstable();
            if slots.windows(2).all(|w| w[0] != w[1]) {
                return Some((shift, bits));
            }
        }
    }
    None
}

impl FunctionCx<'_, '_> {
    fn is_empty_iface(&self, t: TypeId) -> bool {
        matches!(self.types().under(t), Type::Interface(ms) if ms.is_empty())
    }

    fn data_of(&mut self, r: Result<DataId, String>) -> Value {
        match r {
            Ok(id) => self.data_addr(id),
            Err(e) => {
                self.error(e);
                self.b.ins().iconst(PTR, 0)
            }
        }
    }

    fn extern_addr(&mut self, name: &str) -> Value {
        let r = self.cx.extern_data(name);
        self.data_of(r)
    }

    /// `&type:T` (empty interface `iface`) or `&go:itab.T,I`.
    fn type_word(&mut self, concrete: TypeId, iface: TypeId) -> Value {
        let r = if self.is_empty_iface(iface) {
            self.cx.type_symbol(concrete)
        } else {
            self.cx.itab_symbol(concrete, iface)
        };
        self.data_of(r)
    }

    /// The dynamic type of an interface value's first word (`itab.Type` for non-empty).
    fn dyn_type(&mut self, iface: TypeId, word: Value) -> Value {
        if self.is_empty_iface(iface) {
            word
        } else {
            self.itab_type(word)
        }
    }

    /// The address of a value's bytes (a fresh copy for Parts values).
    fn value_addr(&mut self, t: TypeId, v: &CValue) -> Value {
        self.spill(t, v)
    }

    /// Loads the `n` words of a by-value conversion argument from the value's bytes.
    fn value_words(&mut self, t: TypeId, v: &CValue, tys: &[types::Type]) -> Vec<Value> {
        if let CValue::Parts(p) = v {
            let same = p.len() == tys.len()
                && p.iter()
                    .zip(tys)
                    .all(|(x, ty)| self.b.func.dfg.value_type(*x) == *ty);
            if same {
                return p.clone();
            }
        }
        let addr = self.value_addr(t, v);
        tys.iter()
            .enumerate()
            .map(|(i, &ty)| self.b.ins().load(ty, go_mem(), addr, 8 * i as i32))
            .collect()
    }

    pub fn make_iface(&mut self, e: &Expr, value: &Expr, data: &DataWord) -> CValue {
        let t = value.ty;
        let tw = self.type_word(t, e.ty);
        let dw = match data {
            DataWord::Direct => {
                let v = self.eval(value);
                self.value_words(t, &v, &[PTR])[0]
            }
            DataWord::ZeroBase => {
                self.eval(value);
                self.extern_addr("runtime.zerobase")
            }
            DataWord::StaticUint64s => {
                let v = self.eval(value);
                let b = self.value_words(t, &v, &[types::I8])[0];
                let w = self.b.ins().uextend(PTR, b);
                let off = self.b.ins().ishl_imm_u(w, 3);
                let base = self.extern_addr("runtime.staticuint64s");
                self.b.ins().iadd(base, off)
            }
            DataWord::ZeroVal => self.extern_addr("runtime.zeroVal"),
            DataWord::ReadOnlyStatic(id) => match self.cx.statics.get(id.0 as usize).copied() {
                Some(Some(d)) => self.data_addr(d),
                _ => {
                    self.error("unknown read-only static");
                    self.b.ins().iconst(PTR, 0)
                }
            },
            DataWord::Global(g) => {
                let id = self.cx.global_id(*g);
                self.data_addr(id)
            }
            DataWord::StackTemp => {
                let v = self.eval(value);
                let size = self.types().size_of(t);
                let slot = self.new_slot(size);
                self.store_value(t, slot, 0, &v);
                slot
            }
            DataWord::Call(f) => {
                let v = self.eval(value);
                let args = match f {
                    ConvFunc::ConvT16 => self.value_words(t, &v, &[types::I16]),
                    ConvFunc::ConvT32 => self.value_words(t, &v, &[types::I32]),
                    ConvFunc::ConvT64 => self.value_words(t, &v, &[types::I64]),
                    ConvFunc::ConvTstring => self.value_words(t, &v, &[PTR, PTR]),
                    ConvFunc::ConvTslice => self.value_words(t, &v, &[PTR, PTR, PTR]),
                    ConvFunc::ConvT | ConvFunc::ConvTnoptr => {
                        let desc = self.type_desc(t);
                        let addr = self.value_addr(t, &v);
                        vec![desc, addr]
                    }
                };
                let r = self.call_rt(f.symbol(), &args);
                match r.first() {
                    Some(&p) => p,
                    None => self.b.ins().iconst(PTR, 0),
                }
            }
        };
        CValue::Parts(vec![tw, dw])
    }

    /// gc's inline probe of a type-keyed runtime cache (`{Mask uintptr; Entries [Mask+1]E}`,
    /// each entry `entry_size` bytes and starting with its `Typ`): linear probing from
    /// `typ.Hash & Mask`, an empty `Typ` ends the probe. `on_hit` fills the hit block, given
    /// `entry` (the hit's `Typ` is at `entry+8`); the builder is left in the miss block.
    fn probe_type_cache(
        &mut self,
        desc: Value,
        typ: Value,
        entry_size: i64,
        on_hit: impl FnOnce(&mut Self, Value),
    ) {
        let cache = self.b.ins().load(PTR, go_mem(), desc, 0);
        let mask = self.b.ins().load(PTR, go_mem(), cache, 0);
        let hash = self.b.ins().load(types::I32, go_mem(), typ, 16);
        let hash = self.b.ins().uextend(PTR, hash);
        let probe = self.b.create_block();
        let i = self.b.append_block_param(probe, PTR);
        let start = self.b.ins().band(hash, mask);
        self.b.ins().jump(probe, &[BlockArg::Value(start)]);
        self.b.switch_to_block(probe);
        let off = if entry_size.count_ones() == 1 {
            self.b
                .ins()
                .ishl_imm_u(i, entry_size.trailing_zeros() as i64)
        } else {
            self.b.ins().imul_imm_s(i, entry_size)
        };
        let entry = self.b.ins().iadd(cache, off);
        let et = self.b.ins().load(PTR, go_mem(), entry, 8);
        let hit = self.b.ins().icmp(IntCC::Equal, et, typ);
        let hit_b = self.b.create_block();
        let next_b = self.b.create_block();
        let miss_b = self.b.create_block();
        self.b.ins().brif(hit, hit_b, &[], next_b, &[]);
        self.b.switch_to_block(hit_b);
        on_hit(self, entry);
        self.b.switch_to_block(next_b);
        let next = self.b.ins().iadd_imm_s(i, 1);
        let next = self.b.ins().band(next, mask);
        self.b
            .ins()
            .brif(et, probe, &[BlockArg::Value(next)], miss_b, &[]);
        self.b.switch_to_block(miss_b);
    }

    /// gc's inline probe of a `TypeAssert` cache, then `runtime.typeAssert` on a miss:
    /// the itab for dynamic type `typ` (non-nil).
    fn type_assert_call(&mut self, desc: Value, typ: Value) -> Value {
        let done = self.b.create_block();
        let res = self.b.append_block_param(done, PTR);
        if PROBE_CACHE {
            self.probe_type_cache(desc, typ, 16, |cx, entry| {
                let itab = cx.b.ins().load(PTR, go_mem(), entry, 16);
                cx.b.ins().jump(done, &[BlockArg::Value(itab)]);
            });
        }
        let r = self.call_rt("runtime.typeAssert", &[desc, typ]);
        let itab = match r.first() {
            Some(&v) => v,
            None => self.b.ins().iconst(PTR, 0),
        };
        self.b.ins().jump(done, &[BlockArg::Value(itab)]);
        self.b.switch_to_block(done);
        res
    }

    /// gc's inline probe of an `InterfaceSwitch` cache (`{Mask, Entries[{Typ, Case, Itab}]}`,
    /// linear from `hash & Mask`, an empty `Typ` ends it), then `runtime.interfaceSwitch` on a
    /// miss: `(case, itab)` for dynamic type `typ` (non-nil).
    fn iface_switch_call(&mut self, desc: Value, typ: Value) -> (Value, Value) {
        let done = self.b.create_block();
        let case = self.b.append_block_param(done, PTR);
        let tab = self.b.append_block_param(done, PTR);
        if PROBE_CACHE {
            self.probe_type_cache(desc, typ, 24, |cx, entry| {
                let c = cx.b.ins().load(PTR, go_mem(), entry, 16);
                let t = cx.b.ins().load(PTR, go_mem(), entry, 24);
                cx.b.ins()
                    .jump(done, &[BlockArg::Value(c), BlockArg::Value(t)]);
            });
        }
        let out = self.new_slot(16);
        self.call_rt("runtime.interfaceSwitch", &[out, desc, typ]);
        let c = self.b.ins().load(PTR, go_mem(), out, 0);
        let t = self.b.ins().load(PTR, go_mem(), out, 8);
        self.b
            .ins()
            .jump(done, &[BlockArg::Value(c), BlockArg::Value(t)]);
        self.b.switch_to_block(done);
        (case, tab)
    }

    /// `x.(I)` / I→I through a typeAssert descriptor: `(tab, ok)`; a nil `x` gives `(0, 0)`
    /// when `can_fail`, else panics (`panicnildottype`).
    fn assert_to_iface(
        &mut self,
        src: TypeId,
        x: &CValue,
        target: TypeId,
        can_fail: bool,
    ) -> (Value, Value, Value) {
        let p = x.parts().to_vec();
        let typ = self.dyn_type(src, p[0]);
        let empty_target = self.is_empty_iface(target);
        if !can_fail {
            let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, typ, 0);
            let want = self.type_desc(target);
            self.fail_if(is_nil, "runtime.panicnildottype", &[want]);
        }
        if empty_target {
            let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, typ, 0);
            return (typ, p[1], ok);
        }
        let r = self
            .cx
            .type_assert_desc(self.func.sym.pkg(), target, can_fail);
        let desc = self.data_of(r);
        let join = self.b.create_block();
        let tab = self.b.append_block_param(join, PTR);
        let call_b = self.b.create_block();
        let zero = self.b.ins().iconst(PTR, 0);
        self.b
            .ins()
            .brif(typ, call_b, &[], join, &[BlockArg::Value(zero)]);
        self.b.switch_to_block(call_b);
        let t = self.type_assert_call(desc, typ);
        self.b.ins().jump(join, &[BlockArg::Value(t)]);
        self.b.switch_to_block(join);
        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, tab, 0);
        let zero = self.b.ins().iconst(PTR, 0);
        let data = self.b.ins().select(ok, p[1], zero);
        (tab, data, ok)
    }

    /// The value of concrete type `t` held in data word `data`.
    fn unbox(&mut self, t: TypeId, data: Value) -> CValue {
        if crate::reflectdata::is_direct_iface(self.types(), t) {
            match self.repr(t) {
                Repr::Parts(_) => CValue::Parts(vec![data]),
                Repr::Mem => {
                    let slot = self.new_slot(8);
                    self.b.ins().store(go_mem(), data, slot, 0);
                    CValue::Mem(slot)
                }
            }
        } else {
            self.load_value(t, data, 0)
        }
    }

    pub fn iface_expr(&mut self, e: &Expr) -> CValue {
        match &e.kind {
            ExprKind::MakeIface { value, data } => self.make_iface(e, value, data),
            ExprKind::IfaceToEface(x) => {
                let v = self.eval(x);
                let p = v.parts().to_vec();
                let t = self.dyn_type(x.ty, p[0]);
                CValue::Parts(vec![t, p[1]])
            }
            ExprKind::IfaceToIface(x) => {
                let v = self.eval(x);
                let (tab, data, _) = self.assert_to_iface(x.ty, &v, e.ty, true);
                CValue::Parts(vec![tab, data])
            }
            ExprKind::CallIface { recv, method, args } => self.call_iface(recv, *method, args),
            ExprKind::AssertConcrete { x, comma_ok } => self.assert_concrete(e, x, *comma_ok),
            ExprKind::AssertIface { x, comma_ok } => {
                let target = self.result_type(e.ty, *comma_ok);
                let v = self.eval(x);
                let (tab, data, ok) = self.assert_to_iface(x.ty, &v, target, *comma_ok);
                let val = CValue::Parts(vec![tab, data]);
                if *comma_ok {
                    CValue::Tuple(vec![val, CValue::scalar(ok)])
                } else {
                    val
                }
            }
            _ => {
                self.error("not an interface expression");
                self.zero_value(e.ty)
            }
        }
    }

    /// T of a single-result assertion, or of the `(T, bool)` tuple of a comma-ok one.
    fn result_type(&mut self, t: TypeId, comma_ok: bool) -> TypeId {
        if comma_ok {
            if let Type::Tuple(ts) = self.types().get(t) {
                return ts[0];
            }
        }
        t
    }

    fn call_iface(&mut self, recv: &Expr, method: usize, args: &[Expr]) -> CValue {
        let Type::Interface(ms) = self.types().under(recv.ty).clone() else {
            self.error("method call on a non-interface");
            return CValue::unit();
        };
        let Some(Type::Func(sig)) = ms.get(method).map(|m| self.types().get(m.sig).clone()) else {
            self.error("interface method out of range");
            return CValue::unit();
        };
        let r = self.eval(recv);
        let p = r.parts().to_vec();
        if matches!(recv.kind, ExprKind::Const(typed_ir::Const::Nil)) {
            // A receiver known to be nil: gc checks the itab explicitly (TESTB AL, (CX)), so
            // the fault is at address 0 rather than at the method's slot.
            self.b.ins().load(types::I8, go_mem(), p[0], 0);
        }
        let mut vals = vec![CValue::scalar(p[1])];
        for a in args {
            vals.push(self.eval(a));
        }
        let fnptr = self
            .b
            .ins()
            .load(PTR, go_mem(), p[0], 24 + 8 * method as i32);
        let word = self.types().basic(BasicKind::UnsafePointer);
        let mut params = vec![word];
        params.extend(&sig.params);
        let abi = go_abi(self.types(), &params, &sig.results, 2);
        self.emit_call_indirect(fnptr, &abi, &vals, None)
    }

    fn assert_concrete(&mut self, e: &Expr, x: &Expr, comma_ok: bool) -> CValue {
        let t = self.result_type(e.ty, comma_ok);
        let v = self.eval(x);
        let p = v.parts().to_vec();
        let want = self.type_word(t, x.ty);
        let ok = self.b.ins().icmp(IntCC::Equal, p[0], want);
        if !comma_ok {
            let bad = self.b.ins().icmp(IntCC::NotEqual, p[0], want);
            let want_t = self.type_desc(t);
            let iface = self.type_desc(x.ty);
            let f = if self.is_empty_iface(x.ty) {
                "runtime.panicdottypeE"
            } else {
                "runtime.panicdottypeI"
            };
            self.fail_if(bad, f, &[p[0], want_t, iface]);
            return self.unbox(t, p[1]);
        }
        let size = self.types().size_of(t);
        let slot = self.new_slot(size);
        let yes = self.b.create_block();
        let no = self.b.create_block();
        let join = self.b.create_block();
        self.b.ins().brif(ok, yes, &[], no, &[]);
        self.b.switch_to_block(yes);
        let val = self.unbox(t, p[1]);
        self.store_value(t, slot, 0, &val);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(no);
        self.zero_mem(slot, size);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
        let val = self.load_value(t, slot, 0);
        CValue::Tuple(vec![val, CValue::scalar(ok)])
    }

    /// `a == b` / `a != b` on interface values of type `t`.
    pub fn compare_ifaces(&mut self, op: BinOp, t: TypeId, a: &CValue, b: &CValue) -> Value {
        let (x, y) = (a.parts().to_vec(), b.parts().to_vec());
        let same = self.b.ins().icmp(IntCC::Equal, x[0], y[0]);
        let deep = self.b.create_block();
        let join = self.b.create_block();
        let res = self.b.append_block_param(join, types::I8);
        let zero = self.b.ins().iconst(types::I8, 0);
        self.b
            .ins()
            .brif(same, deep, &[], join, &[BlockArg::Value(zero)]);
        self.b.switch_to_block(deep);
        let f = if self.is_empty_iface(t) {
            "runtime.efaceeq"
        } else {
            "runtime.ifaceeq"
        };
        let r = self.call_rt(f, &[x[0], x[1], y[1]]);
        let eq = match r.first() {
            Some(&v) => v,
            None => zero,
        };
        self.b.ins().jump(join, &[BlockArg::Value(eq)]);
        self.b.switch_to_block(join);
        if op == BinOp::Ne {
            self.b.ins().bxor_imm_u(res, 1)
        } else {
            res
        }
    }

    /// `switch [v :=] x.(type)` (see the module doc).
    pub fn type_switch(&mut self, label: LabelId, x: &Expr, clauses: &[TypeClause]) {
        let v = self.eval(x);
        let p = v.parts().to_vec();
        let src = x.ty;
        let exit = self.b.create_block();
        self.labels.insert(label, (exit, None));
        let bodies: Vec<_> = clauses.iter().map(|_| self.b.create_block()).collect();
        // Each clause body receives the matched itab-or-type word for its binding.
        for &b in &bodies {
            self.b.append_block_param(b, PTR);
        }
        let default = clauses.iter().position(|c| c.cases.is_empty());
        let nil_clause = clauses
            .iter()
            .position(|c| c.cases.contains(&TypeCase::Nil))
            .or(default);
        let zero = self.b.ins().iconst(PTR, 0);
        let not_nil = self.b.create_block();
        match nil_clause {
            Some(i) => self
                .b
                .ins()
                .brif(p[0], not_nil, &[], bodies[i], &[BlockArg::Value(zero)]),
            None => self.b.ins().brif(p[0], not_nil, &[], exit, &[]),
        };
        self.b.switch_to_block(not_nil);
        let typ = self.dyn_type(src, p[0]);
        // Runs of same-kind cases, in source order.
        let mut cases: Vec<(usize, TypeCase)> = Vec::new();
        for (i, c) in clauses.iter().enumerate() {
            for &k in &c.cases {
                if k != TypeCase::Nil {
                    cases.push((i, k));
                }
            }
        }
        let mut at = 0;
        while at < cases.len() {
            let iface_run = matches!(cases[at].1, TypeCase::Iface(_));
            let mut end = at;
            while end < cases.len() && matches!(cases[end].1, TypeCase::Iface(_)) == iface_run {
                end += 1;
            }
            let run = &cases[at..end];
            if iface_run {
                self.iface_cases(run, typ, &bodies);
            } else {
                self.concrete_cases(run, src, p[0], typ, &bodies);
            }
            at = end;
        }
        match default {
            Some(d) => self.b.ins().jump(bodies[d], &[BlockArg::Value(zero)]),
            None => self.b.ins().jump(exit, &[]),
        };
        for (i, c) in clauses.iter().enumerate() {
            self.b.switch_to_block(bodies[i]);
            let word = self.b.block_params(bodies[i])[0];
            if let Some(bind) = c.bind {
                let bt = self.func.local(bind).ty;
                let val = match c.cases.as_slice() {
                    [TypeCase::Concrete(t)] => self.unbox(*t, p[1]),
                    // The word is the itab, or the type for `case any`.
                    [TypeCase::Iface(_)] => CValue::Parts(vec![word, p[1]]),
                    _ => v.clone(),
                };
                let r = self.place(&Place::Local(bind));
                self.store_place(&r, bt, &val);
            }
            self.block(&c.body);
            self.b.ins().jump(exit, &[]);
        }
        self.b.switch_to_block(exit);
    }

    /// Concrete cases: binary search over the sorted type hashes, each hit confirmed by the
    /// type-word (or itab) pointer compare; falls through when nothing matched.
    fn concrete_cases(
        &mut self,
        run: &[(usize, TypeCase)],
        src: TypeId,
        word: Value,
        typ: Value,
        bodies: &[cranelift_codegen::ir::Block],
    ) {
        let mut sorted: Vec<(u32, usize, TypeId)> = run
            .iter()
            .filter_map(|&(i, k)| match k {
                TypeCase::Concrete(t) => {
                    Some((crate::reflectdata::type_hash(self.types(), t), i, t))
                }
                _ => None,
            })
            .collect();
        // Stable: equal hashes keep source order.
        sorted.sort_by_key(|&(h, _, _)| h);
        let hash = self.b.ins().load(types::I32, go_mem(), typ, 16);
        let next = self.b.create_block();
        let mut distinct: Vec<u32> = sorted.iter().map(|c| c.0).collect();
        distinct.dedup();
        match jump_table_window(&distinct) {
            Some((shift, bits)) => {
                self.hash_jump_table(&sorted, src, word, hash, (shift, bits), bodies, next)
            }
            None => self.hash_search(&sorted, src, word, hash, bodies, next),
        }
        self.b.switch_to_block(next);
    }

    /// gc's jump table over the hashes: index `(hash >> shift) & (1<<bits - 1)`, each used
    /// slot confirming its cases with the pointer compare, the others going to `miss`.
    /// Cranelift's `br_table` builds the table (of code offsets, in the function's code).
    #[allow(clippy::too_many_arguments)]
    fn hash_jump_table(
        &mut self,
        cases: &[(u32, usize, TypeId)],
        src: TypeId,
        word: Value,
        hash: Value,
        (shift, bits): (u32, u32),
        bodies: &[cranelift_codegen::ir::Block],
        miss: cranelift_codegen::ir::Block,
    ) {
        let mask = (1u32 << bits) - 1;
        let shifted = if shift == 0 {
            hash
        } else {
            self.b.ins().ushr_imm_u(hash, i64::from(shift))
        };
        let index = self.b.ins().band_imm_u(shifted, i64::from(mask));
        let mut slots = vec![miss; 1 << bits];
        let mut slot_blocks = Vec::new();
        for &(h, _, _) in cases {
            let slot = ((h >> shift) & mask) as usize;
            if slots[slot] == miss {
                let blk = self.b.create_block();
                slots[slot] = blk;
                slot_blocks.push((h, blk));
            }
        }
        let miss_call = self.b.func.dfg.block_call(miss, &[]);
        let calls: Vec<_> = slots
            .iter()
            .map(|&blk| self.b.func.dfg.block_call(blk, &[]))
            .collect();
        let jt = self
            .b
            .create_jump_table(cranelift_codegen::ir::JumpTableData::new(miss_call, &calls));
        self.b.ins().br_table(index, jt);
        for (h, blk) in slot_blocks {
            self.b.switch_to_block(blk);
            for &(_, i, t) in cases.iter().filter(|c| c.0 == h) {
                let want = self.type_word(t, src);
                let same = self.b.ins().icmp(IntCC::Equal, word, want);
                let other = self.b.create_block();
                self.b
                    .ins()
                    .brif(same, bodies[i], &[BlockArg::Value(word)], other, &[]);
                self.b.switch_to_block(other);
            }
            self.b.ins().jump(miss, &[]);
        }
    }

    fn hash_search(
        &mut self,
        cases: &[(u32, usize, TypeId)],
        src: TypeId,
        word: Value,
        hash: Value,
        bodies: &[cranelift_codegen::ir::Block],
        miss: cranelift_codegen::ir::Block,
    ) {
        // Distinct hashes in this range.
        let mut distinct: Vec<u32> = cases.iter().map(|c| c.0).collect();
        distinct.dedup();
        if distinct.len() < 4 {
            for &h in &distinct {
                let eq = self.b.ins().icmp_imm_s(IntCC::Equal, hash, h as i64);
                let hit = self.b.create_block();
                let cont = self.b.create_block();
                self.b.ins().brif(eq, hit, &[], cont, &[]);
                self.b.switch_to_block(hit);
                for &(_, i, t) in cases.iter().filter(|c| c.0 == h) {
                    let want = self.type_word(t, src);
                    let same = self.b.ins().icmp(IntCC::Equal, word, want);
                    let other = self.b.create_block();
                    self.b
                        .ins()
                        .brif(same, bodies[i], &[BlockArg::Value(word)], other, &[]);
                    self.b.switch_to_block(other);
                }
                self.b.ins().jump(miss, &[]);
                self.b.switch_to_block(cont);
            }
            self.b.ins().jump(miss, &[]);
            return;
        }
        let mid = distinct[distinct.len() / 2];
        let split = cases.iter().position(|c| c.0 >= mid).unwrap_or(cases.len());
        let lo = self.b.create_block();
        let hi = self.b.create_block();
        let below = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, hash, mid as i64);
        self.b.ins().brif(below, lo, &[], hi, &[]);
        self.b.switch_to_block(lo);
        self.hash_search(&cases[..split], src, word, hash, bodies, miss);
        self.b.switch_to_block(hi);
        self.hash_search(&cases[split..], src, word, hash, bodies, miss);
    }

    /// Interface cases: one `runtime.interfaceSwitch` call; case `i` of the run jumps to its
    /// clause with the itab (or the type for `any`), NCases falls through.
    fn iface_cases(
        &mut self,
        run: &[(usize, TypeCase)],
        typ: Value,
        bodies: &[cranelift_codegen::ir::Block],
    ) {
        let ifaces: Vec<TypeId> = run
            .iter()
            .filter_map(|&(_, k)| match k {
                TypeCase::Iface(t) => Some(t),
                _ => None,
            })
            .collect();
        // `case any` matches every non-nil value: no call needed before it.
        if let Some(first_any) = ifaces.iter().position(|&t| self.is_empty_iface(t)) {
            if first_any == 0 {
                self.b.ins().jump(bodies[run[0].0], &[BlockArg::Value(typ)]);
                let dead = self.b.create_block();
                self.b.switch_to_block(dead);
                return;
            }
        }
        let r = self.cx.iface_switch_desc(self.func.sym.pkg(), &ifaces);
        let desc = self.data_of(r);
        let (case, tab) = self.iface_switch_call(desc, typ);
        for (k, &(i, c)) in run.iter().enumerate() {
            let eq = self.b.ins().icmp_imm_s(IntCC::Equal, case, k as i64);
            let next = self.b.create_block();
            let word = match c {
                TypeCase::Iface(t) if self.is_empty_iface(t) => typ,
                _ => tab,
            };
            self.b
                .ins()
                .brif(eq, bodies[i], &[BlockArg::Value(word)], next, &[]);
            self.b.switch_to_block(next);
        }
    }
}
