//! Fused multiply-add on arm64, where gc fuses (its ARM64.rules, `useFMA`): a float addition
//! or subtraction one of whose operands is a product becomes one `FMADDD`/`FMSUBD`/
//! `FNMSUBD`/`FNMADDD` (and the `S` forms for float32), rounding once. The Go spec allows it,
//! and the results differ from two roundings in the last bit, so gocrane fuses exactly where
//! gc does to print gc's numbers on arm64. x86-64 gc never fuses (GOAMD64=v1).
//!
//! gc's rules, tried in this order (`a ± x*y` with the product second first, then first; a
//! negated product `-(x*y)` after the plain ones):
//!
//! ```text
//! a + x*y   → FMADD  a + x*y        a - x*y    → FMSUB  a - x*y
//! x*y - a   → FNMSUB x*y - a        a + -(x*y) → FMSUB  a - x*y
//! a - -(x*y) → FMADD a + x*y        -(x*y) - a → FNMADD -(x*y) - a
//! ```
//!
//! Each is Cranelift's `fma` with a negated factor or addend (negation is exact). The product
//! may be a variable's value (gc's SSA sees through variables as Cranelift's does); the
//! multiplication stays if something else uses it.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{self, InstBuilder, InstructionData, Opcode, Value};

/// A product operand: its factors, and whether it is negated.
struct Product {
    x: Value,
    y: Value,
    negated: bool,
}

/// Fuses the multiply-adds of `func` as gc does on arm64.
pub fn fuse(func: &mut ir::Function) {
    let mut pos = FuncCursor::new(func);
    while pos.next_block().is_some() {
        while let Some(inst) = pos.next_inst() {
            let (opcode, p, q) = match pos.func.dfg.insts[inst] {
                InstructionData::Binary { opcode, args } => (opcode, args[0], args[1]),
                _ => continue,
            };
            if !matches!(opcode, Opcode::Fadd | Opcode::Fsub) {
                continue;
            }
            if let Some((x, y, z)) = fused_operands(&mut pos, opcode, p, q) {
                pos.func.replace(inst).fma(x, y, z);
            }
        }
    }
}

/// The `fma` operands (`x*y + z`) that compute `p op q` fused, if one operand is a product,
/// with the negations it needs inserted before the current instruction.
fn fused_operands(
    pos: &mut FuncCursor,
    opcode: Opcode,
    p: Value,
    q: Value,
) -> Option<(Value, Value, Value)> {
    let plain = |pos: &FuncCursor, v| product(pos, v).filter(|m| !m.negated);
    let negated = |pos: &FuncCursor, v| product(pos, v).filter(|m| m.negated);
    // gc's order: the plain product second, first; then the negated one second, first.
    let (m, other, product_first) = if let Some(m) = plain(pos, q) {
        (m, p, false)
    } else if let Some(m) = plain(pos, p) {
        (m, q, true)
    } else if let Some(m) = negated(pos, q) {
        (m, p, false)
    } else {
        (negated(pos, p)?, q, true)
    };
    // The sign of the product in the result, and whether the other operand is subtracted.
    let (product_negative, other_negative) = match (opcode, product_first) {
        (Opcode::Fadd, _) => (m.negated, false),
        (_, false) => (!m.negated, false),
        (_, true) => (m.negated, true),
    };
    let x = if product_negative {
        pos.ins().fneg(m.x)
    } else {
        m.x
    };
    let z = if other_negative {
        pos.ins().fneg(other)
    } else {
        other
    };
    Some((x, m.y, z))
}

/// Whether `v` is a product `x*y` or `-(x*y)` that an addition could fuse.
pub fn is_product(dfg: &ir::DataFlowGraph, v: Value) -> bool {
    product_in(dfg, v).is_some()
}

/// `v` as a product `x*y` or `-(x*y)`.
fn product(pos: &FuncCursor, v: Value) -> Option<Product> {
    product_in(&pos.func.dfg, v)
}

fn product_in(dfg: &ir::DataFlowGraph, v: Value) -> Option<Product> {
    if let Some([x, y]) = fmul_args(dfg, v) {
        return Some(Product {
            x,
            y,
            negated: false,
        });
    }
    let inst = dfg.value_def(v).inst()?;
    match dfg.insts[inst] {
        InstructionData::Unary {
            opcode: Opcode::Fneg,
            arg,
        } => fmul_args(dfg, arg).map(|[x, y]| Product {
            x,
            y,
            negated: true,
        }),
        _ => None,
    }
}

/// The factors of `v` if an `fmul` computes it.
fn fmul_args(dfg: &ir::DataFlowGraph, v: Value) -> Option<[Value; 2]> {
    let inst = dfg.value_def(v).inst()?;
    match dfg.insts[inst] {
        InstructionData::Binary {
            opcode: Opcode::Fmul,
            args,
        } => Some(args),
        _ => None,
    }
}
