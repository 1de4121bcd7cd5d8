//! The objects of variables moved to the heap, allocated as gc 1.27 allocates them.
//!
//! A variable of a type with pointers, or of 16 bytes or more, gets its own object
//! (`runtime.newobject`). Small pointer-free variables declared one after the other in one
//! block share an object (gc's `ssagen` `newHeapaddr` and `flushPendingHeapAllocations`):
//! the first one's declaration makes the allocation, later ones join it while the total stays
//! within 16 bytes, and the block's end closes the group. The members are laid out by
//! decreasing alignment; the object's size is their total, rounded up to the largest
//! alignment. A group of one stays `runtime.newobject(T)`; a larger one becomes
//! `runtime.mallocgc(size, nil, true)` (gc calls its size-specialised `mallocgcTiny` or
//! `mallocgcSmallNoScanSC2` there). So `a, b := 1, 2` with both escaping costs one allocation,
//! as under gc, and `MemStats.Mallocs` counts the same.
//!
//! The allocation is emitted at the first member, before the others are known: joining a
//! member rewrites the call, its size and the earlier members' offsets in place.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{self, types, InstBuilder, Value};

use super::value::PTR;
use super::FunctionCx;

/// gc's `maxAggregatedHeapAllocation`.
const MAX_AGGREGATED: u64 = 16;

/// The pending shared object of the block being built.
pub(crate) struct HeapGroup {
    block: ir::Block,
    /// The allocating call (`runtime.newobject`, then `runtime.mallocgc` once a second
    /// member joins, with its size argument's `iconst`).
    call: ir::Inst,
    size: Option<ir::Inst>,
    base: Value,
    members: Vec<Member>,
}

struct Member {
    size: u64,
    align: u64,
    /// `base + offset`, rewritten when the layout changes.
    addr: ir::Inst,
}

impl FunctionCx<'_, '_> {
    /// A new zeroed object for a variable of type `ty` moved to the heap: its address.
    pub(crate) fn heap_object(&mut self, ty: base::types::TypeId) -> Value {
        let types = self.types();
        let (size, align) = (types.size_of(ty), types.align_of(ty).max(1));
        if types.ptr_bytes(ty) > 0 || size == 0 || size >= MAX_AGGREGATED {
            let desc = self.type_desc(ty);
            return self.call_rt("runtime.newobject", &[desc])[0];
        }
        let block = self.b.current_block();
        let joins = self.heap_group.as_ref().is_some_and(|g| {
            let used: u64 = g.members.iter().map(|m| m.size).sum();
            Some(g.block) == block && used + size <= MAX_AGGREGATED
        });
        if !joins {
            return self.start_heap_group(ty, size, align);
        }
        let Some(mut g) = self.heap_group.take() else {
            return self.start_heap_group(ty, size, align);
        };
        if g.size.is_none() {
            g.size = self.call_mallocgc_instead(g.call);
        }
        let addr = self.b.ins().iadd_imm_s(g.base, 0);
        let inst = self.b.func.dfg.value_def(addr).unwrap_inst();
        g.members.push(Member {
            size,
            align,
            addr: inst,
        });
        self.lay_out(&g);
        self.heap_group = Some(g);
        addr
    }

    fn start_heap_group(&mut self, ty: base::types::TypeId, size: u64, align: u64) -> Value {
        let desc = self.type_desc(ty);
        let id = match self.cx.runtime_func("runtime.newobject") {
            Ok(id) => id,
            Err(e) => {
                self.error(e);
                return self.b.ins().iconst(PTR, 0);
            }
        };
        let r = self.func_ref(id);
        let call = self.b.ins().call(r, &[desc]);
        let base = self.b.inst_results(call)[0];
        let addr = self.b.ins().iadd_imm_s(base, 0);
        let inst = self.b.func.dfg.value_def(addr).unwrap_inst();
        self.heap_group = self.b.current_block().map(|block| HeapGroup {
            block,
            call,
            size: None,
            base,
            members: vec![Member {
                size,
                align,
                addr: inst,
            }],
        });
        addr
    }

    /// Rewrites the `runtime.newobject(T)` call `call` into `runtime.mallocgc(size, nil,
    /// true)`, its arguments made just before it (at its position); the size's `iconst`.
    fn call_mallocgc_instead(&mut self, call: ir::Inst) -> Option<ir::Inst> {
        let id = match self.cx.runtime_func("runtime.mallocgc") {
            Ok(id) => id,
            Err(e) => {
                self.error(e);
                return None;
            }
        };
        let r = self.func_ref(id);
        let at = self.b.func.srcloc(call);
        let mut pos = FuncCursor::new(self.b.func).at_inst(call);
        pos.set_srcloc(at);
        let size = pos.ins().iconst(types::I64, 0);
        let nil = pos.ins().iconst(PTR, 0);
        let zeroed = pos.ins().iconst(types::I8, 1);
        self.b.func.replace(call).call(r, &[size, nil, zeroed]);
        Some(self.b.func.dfg.value_def(size).unwrap_inst())
    }

    /// Gives the group's members their offsets (largest alignment first, in declaration
    /// order among equals) and the object its size.
    fn lay_out(&mut self, g: &HeapGroup) {
        let mut order: Vec<usize> = (0..g.members.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(g.members[i].align));
        let mut off = 0u64;
        for &i in &order {
            let m = &g.members[i];
            self.b.func.replace(m.addr).iadd_imm_s(g.base, off as i64);
            off += m.size;
        }
        let align = g.members[order[0]].align;
        let size = off.div_ceil(align) * align;
        if let Some(inst) = g.size {
            self.b.func.replace(inst).iconst(types::I64, size as i64);
        }
    }
}
