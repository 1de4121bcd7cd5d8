//! Unary and binary operators, shifts included, with constant folding (types2's `unary`,
//! `binary`, `matchTypes` and `shift` in `expr.go`).

use num_traits::{Signed, ToPrimitive};

use crate::ast::{BinaryOp, Expr, ExprKind, UnaryOp};
use crate::check::expr::span_of;
use crate::check::operand::{expr_string, OpMode, Operand};
use crate::check::Checker;
use crate::constant::{self, ArithOp, ConstValue, UnaryConstOp};
use crate::source::Span;
use crate::types::BasicKind;

/// Constant strings are built in memory; beyond this gocrane gives up (gc's own limit is 2e9).
const MAX_MATERIALIZED_STRING: usize = 256 << 20;

/// Size limit of exact rational constants (numerator plus denominator bits).
const MAX_RATIONAL_BITS: u64 = 1 << 20;

impl<'a> Checker<'a> {
    pub(crate) fn unary(&mut self, e: &'a Expr, op: UnaryOp, xe: &'a Expr) -> Operand<'a> {
        let invalid = Operand::invalid(Some(e));
        if op == UnaryOp::Recv {
            self.expr(xe);
            self.unsupported(e.span, "channels");
            return invalid;
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            return invalid;
        }
        if op == UnaryOp::Addr {
            let is_lit = matches!(xe.unparen().kind, ExprKind::CompositeLit { .. });
            if !is_lit && x.mode != OpMode::Variable {
                let s = self.op_string(&x);
                self.error(
                    xe.span,
                    format!("invalid operation: cannot take address of {s}"),
                );
                return invalid;
            }
            return Operand {
                mode: OpMode::Value,
                ty: self.types.pointer(x.ty),
                expr: Some(e),
                dummy: None,
            };
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.is_numeric(x.ty),
            UnaryOp::Complement => self.is_integer(x.ty),
            UnaryOp::Not => self.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let s = self.op_string(&x);
            self.error(
                xe.span,
                format!(
                    "invalid operation: operator {} not defined on {s}",
                    op.as_str()
                ),
            );
            return invalid;
        }
        if let OpMode::Const(v) = &x.mode {
            let bits = if self.is_unsigned(x.ty) {
                Some(self.types.size_of(x.ty) as u32 * 8)
            } else {
                None
            };
            let cop = match op {
                UnaryOp::Pos => UnaryConstOp::Pos,
                UnaryOp::Neg => UnaryConstOp::Neg,
                UnaryOp::Not => UnaryConstOp::Not,
                _ => UnaryConstOp::Complement,
            };
            let Some(r) = constant::unary_op(cop, v, bits) else {
                return invalid;
            };
            x.mode = OpMode::Const(r);
            x.expr = Some(e);
            self.overflow(&mut x, e.span);
            return x;
        }
        x.mode = OpMode::Value;
        x.expr = Some(e);
        x
    }

    pub(crate) fn binary(
        &mut self,
        e: &'a Expr,
        op: BinaryOp,
        lhs: &'a Expr,
        rhs: &'a Expr,
        op_span: Span,
    ) -> Operand<'a> {
        let mut x = self.expr(lhs);
        let mut y = self.expr(rhs);
        self.binary_operands(Some(e), op, &mut x, &mut y, op_span);
        if !x.is_invalid() {
            x.expr = Some(e);
        }
        x
    }

    /// The operator part of a binary expression (shared with `x op= y`); `e` None for an
    /// assignment operation. The result is left in `x`.
    pub(crate) fn binary_operands(
        &mut self,
        e: Option<&'a Expr>,
        op: BinaryOp,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        op_span: Span,
    ) {
        if x.is_invalid() {
            return;
        }
        if y.is_invalid() {
            x.mode = OpMode::Invalid;
            return;
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            self.shift(x, y, e, op, op_span);
            return;
        }
        self.match_types(x, y);
        if x.is_invalid() {
            return;
        }
        if op.is_comparison() {
            self.comparison(x, y, op, e, None);
            return;
        }
        if !self.types.identical(x.ty, y.ty) {
            let inv = self.invalid_type();
            if x.ty != inv && y.ty != inv {
                let (xs, ys) = (self.type_string(x.ty), self.type_string(y.ty));
                let msg = match e {
                    Some(e) => format!(
                        "invalid operation: {} (mismatched types {xs} and {ys})",
                        expr_string(e)
                    ),
                    None => format!(
                        "invalid operation: {} {}= {} (mismatched types {xs} and {ys})",
                        x.expr.map(expr_string).unwrap_or_default(),
                        op.as_str(),
                        y.expr.map(expr_string).unwrap_or_default()
                    ),
                };
                self.error(span_of(x), msg);
            }
            x.mode = OpMode::Invalid;
            return;
        }
        let ok = match op {
            BinaryOp::Add => self.is_numeric(x.ty) || self.is_string(x.ty),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.is_numeric(x.ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.is_integer(x.ty)
            }
            BinaryOp::LogAnd | BinaryOp::LogOr => self.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let s = self.op_string(x);
            self.error(
                span_of(x),
                format!(
                    "invalid operation: operator {} not defined on {s}",
                    op.as_str()
                ),
            );
            x.mode = OpMode::Invalid;
            return;
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem) {
            let y_zero = y.val().is_some_and(|v| v.sign() == 0);
            if (x.is_const() || self.is_integer(x.ty)) && y_zero {
                self.error(span_of(y), "invalid operation: division by zero");
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if let (OpMode::Const(xv), OpMode::Const(yv)) = (&x.mode, &y.mode) {
            let aop = match op {
                BinaryOp::Add => ArithOp::Add,
                BinaryOp::Sub => ArithOp::Sub,
                BinaryOp::Mul => ArithOp::Mul,
                BinaryOp::Div if self.is_integer(x.ty) => ArithOp::IntQuo,
                BinaryOp::Div => ArithOp::Quo,
                BinaryOp::Rem => ArithOp::Rem,
                BinaryOp::And => ArithOp::And,
                BinaryOp::Or => ArithOp::Or,
                BinaryOp::Xor => ArithOp::Xor,
                BinaryOp::AndNot => ArithOp::AndNot,
                BinaryOp::LogAnd => ArithOp::LogAnd,
                _ => ArithOp::LogOr,
            };
            if let (ConstValue::String(a), ConstValue::String(b)) = (xv, yv) {
                // gc's limit (cmd/internal/obj.MaxSymSize); checked before building the value.
                const MAX_LEN: usize = 2_000_000_000;
                let len = a.len() + b.len();
                if len > MAX_LEN {
                    self.error(
                        op_span,
                        format!("constant string too long ({len} bytes > {MAX_LEN} bytes)"),
                    );
                    x.mode = OpMode::Invalid;
                    return;
                }
                if len > MAX_MATERIALIZED_STRING {
                    self.unsupported(op_span, "constant strings longer than 256 MiB");
                    x.mode = OpMode::Invalid;
                    return;
                }
            }
            let Some(v) = constant::binary_op(xv, aop, yv) else {
                x.mode = OpMode::Invalid;
                return;
            };
            if let ConstValue::Float(r) = &v {
                // Exact rationals would grow without bound (go/constant switches to 512-bit
                // floats); programs that need this are pathological.
                if r.numer().bits() + r.denom().bits() > MAX_RATIONAL_BITS {
                    self.unsupported(op_span, "floating-point constants this large");
                    x.mode = OpMode::Invalid;
                    return;
                }
            }
            x.mode = OpMode::Const(v);
            if let Some(e) = e {
                x.expr = Some(e);
            }
            self.overflow(x, op_span);
            return;
        }
        x.mode = OpMode::Value;
    }

    /// Converts untyped operands of a binary operation to the other operand's type when that
    /// is possible (types2's `matchTypes`).
    pub(crate) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        if self.may_convert(x, y) {
            self.convert_untyped(x, y.ty);
            if x.is_invalid() {
                return;
            }
            self.convert_untyped(y, x.ty);
            if y.is_invalid() {
                x.mode = OpMode::Invalid;
            }
        }
    }

    fn may_convert(&self, x: &Operand, y: &Operand) -> bool {
        if self.is_typed(x.ty) && self.is_typed(y.ty) {
            return false;
        }
        if self.is_numeric(x.ty) != self.is_numeric(y.ty) {
            return false;
        }
        if self.is_boolean(x.ty) != self.is_boolean(y.ty) {
            return false;
        }
        if self.is_string(x.ty) != self.is_string(y.ty) {
            return false;
        }
        if x.is_nil() {
            return self.has_nil(y.ty);
        }
        if y.is_nil() {
            return self.has_nil(x.ty);
        }
        if self.is_pointer(x.ty) || self.is_pointer(y.ty) {
            return false;
        }
        true
    }

    fn shift(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        e: Option<&'a Expr>,
        op: BinaryOp,
        op_span: Span,
    ) {
        let xval = x.val().and_then(|v| v.to_int());
        let lhs_ok = self.is_integer(x.ty) || (self.is_untyped(x.ty) && xval.is_some());
        if !lhs_ok {
            let s = self.op_string(x);
            self.error(
                span_of(x),
                format!("invalid operation: shifted operand {s} must be integer"),
            );
            x.mode = OpMode::Invalid;
            return;
        }
        let mut yval = None;
        if let Some(v) = y.val().cloned() {
            yval = v.to_int();
            if yval.as_ref().is_some_and(|i| i.is_negative()) {
                let s = self.op_string(y);
                self.error(
                    span_of(y),
                    format!("invalid operation: negative shift count {s}"),
                );
                x.mode = OpMode::Invalid;
                return;
            }
            if self.is_untyped(y.ty) {
                let uint = self.basic(BasicKind::Uint);
                self.representable(y, uint);
                if y.is_invalid() {
                    x.mode = OpMode::Invalid;
                    return;
                }
            }
        } else if self.is_integer(y.ty) {
        } else if self.is_untyped(y.ty) {
            let uint = self.basic(BasicKind::Uint);
            self.convert_untyped(y, uint);
            if y.is_invalid() {
                x.mode = OpMode::Invalid;
                return;
            }
        } else {
            let s = self.op_string(y);
            self.error(
                span_of(y),
                format!("invalid operation: shift count {s} must be integer"),
            );
            x.mode = OpMode::Invalid;
            return;
        }
        if x.is_const() {
            if y.is_const() {
                const SHIFT_BOUND: u64 = 1023 - 1 + 52;
                let s = yval.as_ref().and_then(|i| i.to_u64());
                let Some(s) = s.filter(|&s| s <= SHIFT_BOUND) else {
                    let ys = self.op_string(y);
                    self.error(
                        span_of(y),
                        format!("invalid operation: invalid shift count {ys}"),
                    );
                    x.mode = OpMode::Invalid;
                    return;
                };
                if !self.is_integer(x.ty) {
                    x.ty = self.basic(BasicKind::UntypedInt);
                }
                let xi = xval.unwrap_or_default();
                let r = constant::shift(&xi, op == BinaryOp::Shl, s as u32);
                x.mode = OpMode::Const(ConstValue::Int(r));
                if let Some(e) = e {
                    x.expr = Some(e);
                }
                self.overflow(x, op_span);
                return;
            }
            if self.is_untyped(x.ty) {
                // The untyped lhs of a non-constant shift gets its type from context.
                if let Some(xe) = x.expr {
                    if let Some(u) = self.untyped.get_mut(&xe.id) {
                        u.is_lhs = true;
                    }
                }
                x.mode = OpMode::Value;
                return;
            }
        }
        if !self.is_integer(x.ty) {
            let s = self.op_string(x);
            self.error(
                span_of(x),
                format!("invalid operation: shifted operand {s} must be integer"),
            );
            x.mode = OpMode::Invalid;
            return;
        }
        x.mode = OpMode::Value;
    }
}
