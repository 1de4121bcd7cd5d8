//! Functions with `defer` statements: open-coded defers, and the frame the runtime unwinds to.
//!
//! Such a function `main.f` is compiled as two functions:
//!
//! * `main.f·body`, the function's code (calling convention `tail`), which takes the address
//!   of a **defer record** in its caller's frame before the Go parameters. Where gc open-codes
//!   the function's defers, a `defer` stores the deferred funcval in the record's slot and
//!   sets its bit (gc's `deferBits`); each return stores the results into the record, then
//!   calls the funcvals whose bits are set, last slot first, clearing each bit before the
//!   call, and returns. Otherwise (a defer in a loop, more than 8, or more than 15 returns ×
//!   defers) each `defer` pushes a node on the record's list — on the stack with
//!   `runtime.deferprocStack`, from the heap with `runtime.deferproc` in a loop, as gc — and
//!   each return calls `runtime.deferreturn`, which calls them newest first.
//! * `main.f`, with the Go convention callers expect: it makes the record on its stack, pushes
//!   it on the runtime's chain of defer records (`gocrane.deferchain`), calls the body with
//!   `try_call`, pops the record and returns the results the record holds.
//!
//! When the program panics, the runtime walks the chain from its head and calls the deferred
//! funcvals whose bits are still set. When one of them recovers, the runtime calls the rest
//! of that frame's, then resumes `main.f` at the `try_call`'s exception edge with `main.f`'s
//! frame and stack pointers (the frame offset Cranelift reports for the call site, written in
//! `runtime.functab`): the body's frame, and every frame below it, are gone; `main.f` returns
//! the results the record holds, as they were when the deferred calls ended. Because the
//! callee's convention is `tail`, Cranelift treats the exception edge as clobbering every
//! register, so nothing in `main.f` depends on a register the unwinding did not restore.
//!
//! The record (`docs/runtime-abi.md`):
//!
//! ```text
//!  0  link    *record     the next record of the chain (an older frame's)
//!  8  fp      uintptr     main.f's frame pointer
//! 16  func    uintptr     main.f's entry (its functab record has the resume address)
//! 24  bits    uint64      bit i set: slot i holds a deferred funcval not yet called
//! 32  list    *node       defer records (`runtime.deferprocStack`/`deferproc`), newest first
//! 40  slots   [n]*funcval
//! ..  results             each result at its alignment (named results live here)
//! ```

use cranelift_codegen::ir::{
    self, types, AbiParam, BlockCall, ExceptionTableData, ExceptionTableItem, InstBuilder,
    Signature, StackSlotData, StackSlotKind,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::FuncId as ClFuncId;
use typed_ir::{Func, LocalKind};

use super::call::{signature, GoAbi, ResultAbi};
use super::value::{go_mem, CValue, PTR};
use super::{CodegenCx, FunctionCx};

const LINK: i32 = 0;
const FP: i32 = 8;
const FUNC: i32 = 16;
const BITS: i32 = 24;
const SLOTS: i32 = 40;

/// A stack defer node (`runtime.deferprocStack`): `{ fn *funcval; link *node; heap bool }`.
const NODE_SIZE: u64 = 24;

/// The runtime's chain of defer records: the newest one, or null.
pub const CHAIN: &str = "gocrane.deferchain";

/// Where a function with defers keeps its record's parts.
#[derive(Clone, Debug)]
pub struct DeferLayout {
    /// gc open-codes the function's defers (`Func::open_coded_defers`).
    pub open: bool,
    pub slots: u32,
    /// Offset of each result in the record.
    pub results: Vec<i32>,
    /// Which results are named results moved to heap: the record holds the object's address.
    pub heap: Vec<bool>,
    pub size: u32,
}

impl DeferLayout {
    pub fn new(cx: &CodegenCx<'_>, f: &Func) -> DeferLayout {
        let open = f.open_coded_defers();
        let slots = if open { f.defer_slots() } else { 0 };
        let types = &cx.prog.types;
        let mut off = (SLOTS as u64) + 8 * slots as u64;
        let mut results = Vec::new();
        let named: Vec<&typed_ir::Local> = f
            .locals
            .iter()
            .filter(|l| l.kind == LocalKind::Result)
            .collect();
        let heap: Vec<bool> = (0..f.results.len())
            .map(|i| named.get(i).is_some_and(|l| l.heap))
            .collect();
        for (i, &t) in f.results.iter().enumerate() {
            let (size, align) = if heap[i] {
                (8, 8)
            } else {
                (types.size_of(t), types.align_of(t).max(1))
            };
            off = off.div_ceil(align) * align;
            results.push(off as i32);
            off += size;
        }
        DeferLayout {
            open,
            slots,
            results,
            heap,
            size: off.div_ceil(8) as u32 * 8,
        }
    }
}

/// The body's state while it is built: the record's address (its first parameter).
#[derive(Clone, Debug)]
pub struct DeferFrame {
    pub record: ir::Value,
    pub layout: DeferLayout,
}

/// The convention of the body: `tail` (see the module doc), the record's address, then the
/// Go parameters (and the closure context); no results, which go through the record.
pub fn body_signature(abi: &GoAbi) -> Signature {
    let mut go = abi.clone();
    go.results = ResultAbi::Regs(Vec::new());
    let mut sig = signature(&go, CallConv::Tail);
    sig.params.insert(0, AbiParam::new(PTR));
    sig
}

/// The convention of a deferred function: `func()`, called with its funcval as context.
fn deferred_abi() -> GoAbi {
    GoAbi {
        params: Vec::new(),
        results: ResultAbi::Regs(Vec::new()),
        result_types: Vec::new(),
        context: true,
    }
}

impl FunctionCx<'_, '_> {
    /// The address of the result `i` in the record (the storage of a named result).
    pub fn defer_result_addr(&mut self, i: usize) -> Option<ir::Value> {
        let df = self.defer_frame.clone()?;
        let off = *df.layout.results.get(i)?;
        Some(self.offset_addr(df.record, off))
    }

    /// `defer` with the deferred funcval `fv`: store it in its slot and set its bit, or push a
    /// defer node (from the heap in a loop).
    pub fn defer_stmt(&mut self, fv: &CValue, slot: u32, in_loop: bool) {
        let Some(df) = self.defer_frame.clone() else {
            self.error("a defer statement outside a function with defers");
            return;
        };
        let Some(&fv) = fv.parts().first() else {
            self.error("a deferred function without a value");
            return;
        };
        let r = df.record;
        if !df.layout.open {
            if in_loop {
                self.call_rt("runtime.deferproc", &[r, fv]);
            } else {
                let node = self.new_slot(NODE_SIZE);
                self.call_rt("runtime.deferprocStack", &[r, node, fv]);
            }
            return;
        }
        self.b.ins().store(go_mem(), fv, r, SLOTS + 8 * slot as i32);
        let bits = self.b.ins().load(types::I64, go_mem(), r, BITS);
        let bits = self.b.ins().bor_imm_u(bits, (1u64 << slot) as i64);
        self.b.ins().store(go_mem(), bits, r, BITS);
    }

    /// The exit sequence: call the deferred funcvals whose bits are set, last slot first,
    /// clearing each bit before its call (a deferred call that panics is not called again).
    pub fn run_defers(&mut self) {
        let Some(df) = self.defer_frame.clone() else {
            return;
        };
        let r = df.record;
        if !df.layout.open {
            self.call_rt("runtime.deferreturn", &[r]);
            return;
        }
        let abi = deferred_abi();
        for slot in (0..df.layout.slots).rev() {
            let call = self.b.create_block();
            let next = self.b.create_block();
            let bits = self.b.ins().load(types::I64, go_mem(), r, BITS);
            let bit = self.b.ins().band_imm_u(bits, (1u64 << slot) as i64);
            self.b.ins().brif(bit, call, &[], next, &[]);
            self.b.switch_to_block(call);
            let cleared = self.b.ins().band_imm_u(bits, !(1u64 << slot) as i64);
            self.b.ins().store(go_mem(), cleared, r, BITS);
            let fv = self.b.ins().load(PTR, go_mem(), r, SLOTS + 8 * slot as i32);
            let code = self.b.ins().load(PTR, go_mem(), fv, 0);
            self.emit_call_indirect(code, &abi, &[], Some(fv));
            self.b.ins().jump(next, &[]);
            self.b.switch_to_block(next);
        }
    }

    /// `return` in the body: the results into the record, the deferred calls, return.
    pub fn defer_return(&mut self, vals: &[CValue]) {
        let Some(df) = self.defer_frame.clone() else {
            return;
        };
        let results = self.func.results.clone();
        for (i, (v, &t)) in vals.iter().zip(&results).enumerate() {
            let off = df.layout.results[i];
            if df.layout.heap[i] {
                // The object, whose address the record holds (the named result's storage).
                let object = self.b.ins().load(PTR, go_mem(), df.record, off);
                self.store_value(t, object, 0, v);
            } else {
                self.store_value(t, df.record, off, v);
            }
        }
        self.run_defers();
        self.b.ins().return_(&[]);
    }
}

/// Builds `main.f` of a function with defers (see the module doc) into `func`.
pub fn build_outer<'p>(
    cx: &mut CodegenCx<'p>,
    func: &mut ir::Function,
    fb_ctx: &mut FunctionBuilderContext,
    index: usize,
    f: &'p Func,
    body: ClFuncId,
    layout: &DeferLayout,
) -> Result<(), String> {
    let abi = cx.func_abis[index].clone();
    let self_id = cx.func_id(typed_ir::FuncId(index as u32));
    let chain = cx.extern_data(CHAIN)?;
    let b = FunctionBuilder::new(func, fb_ctx);
    let mut fx = FunctionCx::new(cx, b, f, abi.clone());
    fx.set_loc(f.span);
    let entry = fx.b.create_block();
    fx.b.append_block_params_for_function_params(entry);
    fx.b.switch_to_block(entry);
    let params = fx.b.block_params(entry).to_vec();

    let slot = fx.b.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        layout.size,
        3,
    ));
    let rec = fx.b.ins().stack_addr(PTR, slot, 0);
    let zero = fx.b.ins().iconst(types::I64, 0);
    for off in (0..layout.size as i32).step_by(8) {
        fx.b.ins().store(go_mem(), zero, rec, off);
    }
    let head = fx.data_addr(chain);
    let old = fx.b.ins().load(PTR, go_mem(), head, 0);
    fx.b.ins().store(go_mem(), old, rec, LINK);
    let fp = fx.b.ins().get_frame_pointer(PTR);
    fx.b.ins().store(go_mem(), fp, rec, FP);
    let me = fx.func_ref(self_id);
    let entry_addr = fx.b.ins().func_addr(PTR, me);
    fx.b.ins().store(go_mem(), entry_addr, rec, FUNC);
    fx.b.ins().store(go_mem(), rec, head, 0);

    // The body: the record, then the parameters as they came (without the result pointer).
    let out_ptr = match abi.results {
        ResultAbi::OutPtr { .. } => Some(params[0]),
        ResultAbi::Regs(_) => None,
    };
    let mut args = vec![rec];
    args.extend_from_slice(&params[usize::from(out_ptr.is_some())..]);
    let done = fx.b.create_block();
    let unwound = fx.b.create_block();
    let callee = fx.func_ref(body);
    let sig = fx.b.func.dfg.ext_funcs[callee].signature;
    let normal = BlockCall::new(done, [], &mut fx.b.func.dfg.value_lists);
    let handler = BlockCall::new(unwound, [], &mut fx.b.func.dfg.value_lists);
    let table = fx.b.func.dfg.exception_tables.push(ExceptionTableData::new(
        sig,
        normal,
        [ExceptionTableItem::Default(handler)],
    ));
    fx.b.ins().try_call(callee, &args, table);

    // Resumed here after a recovered panic, with this frame's stack and frame pointers.
    fx.b.switch_to_block(unwound);
    fx.b.set_cold_block(unwound);
    fx.b.ins().jump(done, &[]);

    fx.b.switch_to_block(done);
    // The record's address again: nothing computed before the call survives the exception
    // edge in a register.
    let rec = fx.b.ins().stack_addr(PTR, slot, 0);
    let head = fx.data_addr(chain);
    let link = fx.b.ins().load(PTR, go_mem(), rec, LINK);
    fx.b.ins().store(go_mem(), link, head, 0);
    let mut vals = Vec::new();
    for (i, (&t, &off)) in f.results.iter().zip(&layout.results).enumerate() {
        let v = if layout.heap[i] {
            let object = fx.b.ins().load(PTR, go_mem(), rec, off);
            fx.load_value(t, object, 0)
        } else {
            fx.load_value(t, rec, off)
        };
        vals.push(v);
    }
    // The result pointer is a parameter: reload it from where the call left it.
    let out = match abi.results {
        ResultAbi::OutPtr { .. } => Some(fx.b.block_params(entry)[0]),
        ResultAbi::Regs(_) => None,
    };
    fx.return_values(&abi.results, &vals, out);
    fx.finish()
}

/// Whether a named result of `f` lives in the record rather than in the body's frame.
pub fn result_index(f: &Func, local: typed_ir::LocalId) -> Option<usize> {
    if f.local(local).kind != LocalKind::Result {
        return None;
    }
    let before = f.locals[..local.index()]
        .iter()
        .filter(|l| l.kind == LocalKind::Result)
        .count();
    Some(before)
}
