//! Map operations ([`ExprKind::Map`]) as calls of gc 1.27's runtime functions, chosen as
//! gc's `walk` chooses them (`walkMakeMap`, `walkIndexMap`, `mapfast`), so that a listing
//! shows the calls gc's does:
//!
//! ```text
//! make(map[K]V)          escaping:  runtime.makemap_small()          (no hint or hint ≤ 8)
//!                                    runtime.makemap(&type:map[K]V, hint, nil)
//!                        in the frame: header (and first group) are stack temporaries:
//!                                    group.ctrl = empty; hdr.dirPtr = &group; hdr.seed = runtime.rand()
//!                                    (a larger or unknown hint: runtime.makemap(t, hint, &hdr))
//! m[k]                   runtime.mapaccess1[_fast32|_fast64|_faststr](t, m, k) → *V, loaded
//! v, ok := m[k]          runtime.mapaccess2…(out, t, m, k)
//! m[k] = v, m[k] op= v   *runtime.mapassign[_fast32|_fast64|_fast64ptr|_faststr](t, m, k) = …
//! delete(m, k)           runtime.mapdelete…(t, m, k)
//! clear(m)               runtime.mapclear(t, m)
//! for k, v := range m    runtime.mapIterStart(t, m, &it); runtime.mapIterNext(&it)
//! len(m)                 inline: 0 for nil, else the header's first word (used)
//! ```
//!
//! The fast variants take the key by value (a 4- or 8-byte key as an integer, a string as
//! its two words); the generic ones by address, from a stack copy.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types as cl, InstBuilder, Value};

use base::types::{Type, TypeId};
use typed_ir::{Const, Expr, ExprKind, MapOp};

use super::value::{go_mem, CValue};
use super::{FunctionCx, PTR};
use crate::reflectdata::MapFast;

/// gc's `abi.MapCtrlEmpty`: a control word with every slot empty.
const CTRL_EMPTY: i64 = 0x8080_8080_8080_8080_u64 as i64;
/// `abi.MapGroupSlots`: a hint up to this makes a small map (one group).
const GROUP_SLOTS: i64 = 8;
/// The size of `runtime.zeroVal`, which `mapaccess1` returns for an absent key: larger elements
/// need the `_fat` variants (gc's `abi.ZeroValSize`).
const MAX_ZERO: u64 = 1024;
/// Offsets in gc's `maps.Map` header.
const MAP_SEED: i32 = 8;
const MAP_DIR_PTR: i32 = 16;

impl FunctionCx<'_, '_> {
    pub fn map_expr(&mut self, op: &MapOp, args: &[Expr], e: &Expr) -> CValue {
        match op {
            MapOp::Make { stack } => self.make_map(args.first(), *stack, e.ty),
            MapOp::Index { comma_ok } => self.map_index(&args[0], &args[1], *comma_ok),
            MapOp::Assign => {
                let p = self.map_call(&args[0], &args[1], MapCall::Assign);
                CValue::scalar(p[0])
            }
            MapOp::Delete => {
                self.map_call(&args[0], &args[1], MapCall::Delete);
                CValue::unit()
            }
            MapOp::Clear => {
                let desc = self.type_desc(args[0].ty);
                let m = self.eval(&args[0]).val();
                self.call_rt("runtime.mapclear", &[desc, m]);
                CValue::unit()
            }
            MapOp::IterStart => {
                let desc = self.type_desc(args[0].ty);
                let m = self.eval(&args[0]).val();
                let it = self.eval(&args[1]).val();
                self.call_rt("runtime.mapIterStart", &[desc, m, it]);
                CValue::unit()
            }
            MapOp::IterNext => {
                let it = self.eval(&args[0]).val();
                self.call_rt("runtime.mapIterNext", &[it]);
                CValue::unit()
            }
        }
    }

    /// `len(m)`: 0 for a nil map, else the header's count of entries.
    pub fn map_len(&mut self, m: &Expr) -> CValue {
        let m = self.eval(m).val();
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, m, 0);
        let nil_block = self.b.create_block();
        let load_block = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, cl::I64);
        self.b.ins().brif(is_nil, nil_block, &[], load_block, &[]);
        self.b.switch_to_block(nil_block);
        let zero = self.b.ins().iconst(cl::I64, 0);
        self.b.ins().jump(done, &[zero.into()]);
        self.b.switch_to_block(load_block);
        let used = self.b.ins().load(cl::I64, go_mem(), m, 0);
        self.b.ins().jump(done, &[used.into()]);
        self.b.seal_block(nil_block);
        self.b.seal_block(load_block);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        CValue::scalar(self.b.block_params(done)[0])
    }

    fn make_map(
        &mut self,
        hint: Option<&Expr>,
        stack: Option<(typed_ir::LocalId, Option<typed_ir::LocalId>)>,
        t: TypeId,
    ) -> CValue {
        let constant = match hint.map(|h| &h.kind) {
            None => Some(0),
            Some(ExprKind::Const(Const::Int(n))) => Some(*n),
            Some(_) => None,
        };
        let hint = hint.map(|h| self.eval(h).val());
        let small = constant.is_some_and(|n| n <= GROUP_SLOTS);
        let Some((hdr, group)) = stack else {
            if small {
                let m = self.call_rt("runtime.makemap_small", &[]);
                return CValue::scalar(m[0]);
            }
            let desc = self.type_desc(t);
            let nil = self.b.ins().iconst(PTR, 0);
            let hint = hint.unwrap_or(nil);
            let m = self.call_rt("runtime.makemap", &[desc, hint, nil]);
            return CValue::scalar(m[0]);
        };
        let (h, _) = self.local_addr(hdr);
        if let Some(g) = group {
            // The first group in the frame too, when the hint may be small (gc tests an
            // unknown hint at run time).
            let join = match (constant, hint) {
                (None, Some(n)) => {
                    let body = self.b.create_block();
                    let join = self.b.create_block();
                    let fits =
                        self.b
                            .ins()
                            .icmp_imm_s(IntCC::SignedLessThanOrEqual, n, GROUP_SLOTS);
                    self.b.ins().brif(fits, body, &[], join, &[]);
                    self.b.seal_block(body);
                    self.b.switch_to_block(body);
                    Some(join)
                }
                _ => None,
            };
            let (ga, _) = self.local_addr(g);
            let empty = self.b.ins().iconst(cl::I64, CTRL_EMPTY);
            self.b.ins().store(go_mem(), empty, ga, 0);
            self.b.ins().store(go_mem(), ga, h, MAP_DIR_PTR);
            if let Some(join) = join {
                self.b.ins().jump(join, &[]);
                self.b.seal_block(join);
                self.b.switch_to_block(join);
            }
        }
        if small {
            let seed = self.call_rt("runtime.rand", &[]);
            self.b.ins().store(go_mem(), seed[0], h, MAP_SEED);
            return CValue::scalar(h);
        }
        let desc = self.type_desc(t);
        let hint = hint.unwrap_or_else(|| self.b.ins().iconst(PTR, 0));
        let m = self.call_rt("runtime.makemap", &[desc, hint, h]);
        CValue::scalar(m[0])
    }

    fn map_index(&mut self, m: &Expr, key: &Expr, comma_ok: bool) -> CValue {
        let call = if comma_ok {
            MapCall::Access2
        } else {
            MapCall::Access1
        };
        let (mut name, desc, mv, mut k) = self.map_call_args(m, key, call);
        let elem = self.map_elem(m.ty);
        let size = self.types().size_of(elem);
        if size > MAX_ZERO {
            // An absent key reads as zero from a zero value the caller provides (gc's
            // `mapaccess1_fat` with its zero-value symbol; here a zeroed frame slot).
            let zero = self.new_slot(size);
            self.zero_mem(zero, size);
            k.push(zero);
            name = match comma_ok {
                false => "runtime.mapaccess1_fat",
                true => "runtime.mapaccess2_fat",
            };
        }
        if !comma_ok {
            let mut a = vec![desc, mv];
            a.extend(k);
            let p = self.call_rt(name, &a)[0];
            return self.load_value(elem, p, 0);
        }
        let out = self.new_slot(16);
        let mut a = vec![out, desc, mv];
        a.extend(k);
        self.call_rt(name, &a);
        let p = self.b.ins().load(PTR, go_mem(), out, 0);
        let ok = self.b.ins().load(cl::I8, go_mem(), out, 8);
        let val = self.load_value(elem, p, 0);
        CValue::Tuple(vec![val, CValue::scalar(ok)])
    }

    /// Calls the runtime's `call` function for `m[key]` (`t, m, key`); returns its results.
    fn map_call(&mut self, m: &Expr, key: &Expr, call: MapCall) -> Vec<Value> {
        let (name, desc, mv, k) = self.map_call_args(m, key, call);
        let mut a = vec![desc, mv];
        a.extend(k);
        self.call_rt(name, &a)
    }

    fn map_elem(&self, t: TypeId) -> TypeId {
        match self.types().under(t) {
            Type::Map(_, v) => *v,
            _ => t,
        }
    }

    /// The runtime function for `call` on map `m` with key `key` (gc's `mapfast` choice), the
    /// map type's descriptor, the map, and the key as that function takes it.
    fn map_call_args(
        &mut self,
        m: &Expr,
        key: &Expr,
        call: MapCall,
    ) -> (&'static str, Value, Value, Vec<Value>) {
        let (kt, vt) = match self.types().under(m.ty) {
            Type::Map(k, v) => (*k, *v),
            _ => (key.ty, key.ty),
        };
        let fast = self.cx.typedata.map_fast(kt, vt);
        let desc = self.type_desc(m.ty);
        let mv = self.eval(m).val();
        let kv = self.eval(key);
        let k = match fast {
            MapFast::Fast32 => vec![self.key_word(kt, &kv, cl::I32)],
            MapFast::Fast64 | MapFast::Fast64Ptr => vec![self.key_word(kt, &kv, cl::I64)],
            MapFast::Str => kv.parts().to_vec(),
            MapFast::Slow => vec![self.spill(kt, &kv)],
        };
        (call.name(fast), desc, mv, k)
    }

    /// A 4- or 8-byte key as one integer of type `ty` (read from a stack copy unless the
    /// key is already one such scalar).
    fn key_word(&mut self, kt: TypeId, k: &CValue, ty: cl::Type) -> Value {
        if let CValue::Parts(p) = k {
            if p.len() == 1 && self.b.func.dfg.value_type(p[0]) == ty {
                return p[0];
            }
        }
        let addr = self.spill(kt, k);
        self.b.ins().load(ty, go_mem(), addr, 0)
    }
}

/// Which map function (before the variant is chosen).
#[derive(Copy, Clone)]
enum MapCall {
    Access1,
    Access2,
    Assign,
    Delete,
}

impl MapCall {
    /// gc's tables `mapaccess1`, `mapaccess2`, `mapassign`, `mapdelete` (walk/walk.go).
    fn name(self, fast: MapFast) -> &'static str {
        use MapFast::*;
        match (self, fast) {
            (MapCall::Access1, Slow) => "runtime.mapaccess1",
            (MapCall::Access1, Fast32) => "runtime.mapaccess1_fast32",
            (MapCall::Access1, Fast64 | Fast64Ptr) => "runtime.mapaccess1_fast64",
            (MapCall::Access1, Str) => "runtime.mapaccess1_faststr",
            (MapCall::Access2, Slow) => "runtime.mapaccess2",
            (MapCall::Access2, Fast32) => "runtime.mapaccess2_fast32",
            (MapCall::Access2, Fast64 | Fast64Ptr) => "runtime.mapaccess2_fast64",
            (MapCall::Access2, Str) => "runtime.mapaccess2_faststr",
            (MapCall::Assign, Slow) => "runtime.mapassign",
            (MapCall::Assign, Fast32) => "runtime.mapassign_fast32",
            (MapCall::Assign, Fast64) => "runtime.mapassign_fast64",
            (MapCall::Assign, Fast64Ptr) => "runtime.mapassign_fast64ptr",
            (MapCall::Assign, Str) => "runtime.mapassign_faststr",
            (MapCall::Delete, Slow) => "runtime.mapdelete",
            (MapCall::Delete, Fast32) => "runtime.mapdelete_fast32",
            (MapCall::Delete, Fast64 | Fast64Ptr) => "runtime.mapdelete_fast64",
            (MapCall::Delete, Str) => "runtime.mapdelete_faststr",
        }
    }
}
