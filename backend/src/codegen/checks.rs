//! Go's run-time checks, emitted as gc emits them: a compare, a branch to a cold block that
//! calls the runtime's panic entry (which never returns), and the fast path falling through.
//!
//! * index: `uint64(i) >= uint64(len)` → `runtime.panicIndex(i, len)`; the `U` variant when
//!   the index expression has an unsigned type (so a huge `uint` prints as unsigned);
//! * slice bounds: `x > y` (unsigned) → `runtime.panicSlice…(x, y)`, checked right to left
//!   like gc (`max <= cap`, `hi <= max`, `lo <= hi`);
//! * nil: a one-byte load from the pointer, which faults (SIGSEGV; the runtime's handler
//!   prints gc's nil-dereference panic) — used where the access itself might not fault.

use base::source::Span;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use typed_ir::Expr;

use super::value::{go_mem, PTR};
use super::FunctionCx;

/// The bounds-check panic entries, signed and unsigned variants.
#[derive(Copy, Clone, Debug)]
pub enum Bounds {
    SliceAlen,
    SliceAcap,
    SliceB,
    Slice3Alen,
    Slice3Acap,
    Slice3B,
    Slice3C,
}

impl Bounds {
    fn func(self, unsigned: bool) -> &'static str {
        use Bounds::*;
        match (self, unsigned) {
            (SliceAlen, false) => "runtime.panicSliceAlen",
            (SliceAlen, true) => "runtime.panicSliceAlenU",
            (SliceAcap, false) => "runtime.panicSliceAcap",
            (SliceAcap, true) => "runtime.panicSliceAcapU",
            (SliceB, false) => "runtime.panicSliceB",
            (SliceB, true) => "runtime.panicSliceBU",
            (Slice3Alen, false) => "runtime.panicSlice3Alen",
            (Slice3Alen, true) => "runtime.panicSlice3AlenU",
            (Slice3Acap, false) => "runtime.panicSlice3Acap",
            (Slice3Acap, true) => "runtime.panicSlice3AcapU",
            (Slice3B, false) => "runtime.panicSlice3B",
            (Slice3B, true) => "runtime.panicSlice3BU",
            (Slice3C, false) => "runtime.panicSlice3C",
            (Slice3C, true) => "runtime.panicSlice3CU",
        }
    }
}

impl FunctionCx<'_, '_> {
    /// If `cond` is true, calls the no-return runtime function `name(args)`.
    pub fn fail_if(&mut self, cond: Value, name: &'static str, args: &[Value]) {
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(cond, fail, &[], ok, &[]);
        self.b.set_cold_block(fail);
        self.b.switch_to_block(fail);
        self.call_rt_noreturn(name, args);
        self.b.switch_to_block(ok);
    }

    /// Evaluates an index operand, widened to 64 bits by its signedness.
    pub fn eval_index(&mut self, e: &Expr) -> (Value, bool) {
        let unsigned = self
            .types()
            .basic_kind(e.ty)
            .is_some_and(|k| k.is_unsigned());
        let v = self.eval(e).val();
        (self.widen(v, unsigned), unsigned)
    }

    /// Sign- or zero-extends an integer to 64 bits.
    pub fn widen(&mut self, v: Value, unsigned: bool) -> Value {
        let ty = self.b.func.dfg.value_type(v);
        if ty == types::I64 {
            v
        } else if unsigned {
            self.b.ins().uextend(types::I64, v)
        } else {
            self.b.ins().sextend(types::I64, v)
        }
    }

    /// `i < len` or panic with gc's index-out-of-range message, at `at` (the index's `[`,
    /// gc's position of the check).
    pub fn bounds_check(&mut self, idx: Value, len: Value, unsigned: bool, at: Span) {
        let bad = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, idx, len);
        let name = if unsigned {
            "runtime.panicIndexU"
        } else {
            "runtime.panicIndex"
        };
        self.at_call(at, |fx| fx.fail_if(bad, name, &[idx, len]));
    }

    /// `x <= y` or panic with the slice-bounds message `kind`, at `at` (the slice's `[`).
    pub fn slice_check(&mut self, x: Value, y: Value, unsigned: bool, kind: Bounds, at: Span) {
        let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, x, y);
        self.at_call(at, |fx| fx.fail_if(bad, kind.func(unsigned), &[x, y]));
    }

    /// Faults when `p` is nil (gc's explicit nil check: `TESTB AX, (AX)`).
    pub fn nil_check(&mut self, p: Value) {
        self.b.ins().load(types::I8, go_mem(), p, 0);
    }

    /// Panics with "integer divide by zero" when `y` is zero.
    pub fn div_check(&mut self, y: Value) {
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
        self.fail_if(zero, "runtime.panicdivide", &[]);
    }

    /// Panics with "negative shift amount" when the signed count `y` (64-bit) is negative.
    pub fn shift_check(&mut self, y: Value) {
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
        self.fail_if(neg, "runtime.panicshift", &[]);
    }

    pub fn ptr_const(&mut self, v: i64) -> Value {
        self.b.ins().iconst(PTR, v)
    }
}
