//! Constants and untyped operands: whether a constant is representable in a type, constant
//! overflow, and the conversion of untyped operands by context (types2's `const.go`, and
//! `implicitTypeAndValue`, `convertUntyped` and `updateExprType` in `expr.go`).
//!
//! An untyped constant expression such as `1 << 3 + 2` stays untyped (and exact) until
//! context gives it a type: `var x int8 = 1 << 3 + 2` converts it to int8, checks that the
//! value fits (`… (overflows)`), and then walks back down the expression recording `int8` on
//! every non-constant sub-expression ([`Checker::update_expr_type`]). Operands of constant
//! sub-expressions are never materialised and keep their untyped types.

use num_traits::ToPrimitive;

use crate::ast::{BinaryOp, Expr, ExprKind};
use crate::check::expr::span_of;
use crate::check::operand::{expr_string, OpMode, Operand};
use crate::check::Checker;
use crate::constant::{self, ConstValue, FloatFormat};
use crate::source::Span;
use crate::types::{BasicKind, Type, TypeId};

/// Why an untyped operand cannot take a type (types2's error codes for it).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum ConvCode {
    Truncated,
    Overflow,
    InvalidConst,
    InvalidUntyped,
}

impl<'a> Checker<'a> {
    /// types2's `overflow`: typed constants must fit their type after every operation;
    /// untyped integer constants are limited to 512 bits.
    pub(crate) fn overflow(&mut self, x: &mut Operand<'a>, op_span: Span) {
        if self.is_typed(x.ty) {
            let t = x.ty;
            self.representable(x, t);
            return;
        }
        if let Some(v) = x.val() {
            if v.is_int() && v.bit_len() > 512 {
                let op = x.expr.map(op_name).unwrap_or("");
                let op = if op.is_empty() {
                    String::new()
                } else {
                    format!("{op} ")
                };
                self.error(op_span, format!("constant {op}overflow"));
                x.mode = OpMode::Invalid;
            }
        }
    }

    /// Checks that constant `x` is representable in (basic) type `t`, rounding it; reports
    /// `… overflows T` / `… truncated to T` otherwise.
    pub(crate) fn representable(&mut self, x: &mut Operand<'a>, t: TypeId) {
        match self.representation(x, t) {
            Ok(v) => x.mode = OpMode::Const(v),
            Err(code) => {
                let ut = self.types.underlying(t);
                self.invalid_conversion(code, x, ut);
                x.mode = OpMode::Invalid;
            }
        }
    }

    fn representation(&self, x: &Operand, t: TypeId) -> Result<ConstValue, ConvCode> {
        let Some(v) = x.val() else {
            return Err(ConvCode::InvalidConst);
        };
        match self.representable_const(v, t) {
            Some(r) => Ok(r),
            None => {
                if self.is_numeric(x.ty) && self.is_numeric(t) {
                    if !self.is_integer(x.ty) && self.is_integer(t) {
                        Err(ConvCode::Truncated)
                    } else {
                        Err(ConvCode::Overflow)
                    }
                } else {
                    Err(ConvCode::InvalidConst)
                }
            }
        }
    }

    /// The value rounded to type `t`, if representable (types2's `representableConst`).
    pub(crate) fn representable_const(&self, v: &ConstValue, t: TypeId) -> Option<ConstValue> {
        let k = self.kind_of(t)?;
        use BasicKind::*;
        if k.is_integer() {
            let i = v.to_int()?;
            let fits = match k {
                UntypedInt | UntypedRune => true,
                Int | Int64 => i.to_i64().is_some(),
                Int8 => i.to_i8().is_some(),
                Int16 => i.to_i16().is_some(),
                Int32 => i.to_i32().is_some(),
                Uint | Uint64 | Uintptr => i.to_u64().is_some(),
                Uint8 => i.to_u8().is_some(),
                Uint16 => i.to_u16().is_some(),
                Uint32 => i.to_u32().is_some(),
                _ => false,
            };
            return fits.then_some(ConstValue::Int(i));
        }
        if k.is_float() {
            let r = v.to_float()?;
            return match k {
                Float32 => constant::round_float(&r, FloatFormat::F32).map(ConstValue::Float),
                Float64 => constant::round_float(&r, FloatFormat::F64).map(ConstValue::Float),
                _ => Some(v.clone()),
            };
        }
        if k.is_complex() {
            let (re, im) = v.to_complex()?;
            let format = match k {
                Complex64 => FloatFormat::F32,
                Complex128 => FloatFormat::F64,
                _ => return Some(ConstValue::Complex(re, im)),
            };
            let re = constant::round_float(&re, format)?;
            let im = constant::round_float(&im, format)?;
            return Some(ConstValue::Complex(re, im));
        }
        if k.is_string() {
            return matches!(v, ConstValue::String(_)).then(|| v.clone());
        }
        if k.is_boolean() {
            return matches!(v, ConstValue::Bool(_)).then(|| v.clone());
        }
        None
    }

    pub(crate) fn invalid_conversion(&mut self, code: ConvCode, x: &Operand<'a>, target: TypeId) {
        let xs = self.op_string(x);
        let ts = self.type_string(target);
        let msg = match code {
            ConvCode::Truncated => format!("{xs} truncated to {ts}"),
            ConvCode::Overflow => format!("{xs} overflows {ts}"),
            _ => format!("cannot convert {xs} to type {ts}"),
        };
        self.error(span_of(x), msg);
    }

    /// The type (and rounded value) an untyped operand takes in a context of type `target`
    /// (types2's `implicitTypeAndValue`); `Ok(None)` leaves it unchanged.
    pub(crate) fn implicit_type_and_value(
        &self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ConvCode> {
        let inv = self.invalid_type();
        if x.is_invalid() || self.is_typed(x.ty) || target == inv {
            return Ok((x.ty, None));
        }
        if self.is_untyped(target) {
            // Both untyped: the "larger" kind wins.
            return match self.max_untyped(x.ty, target) {
                Some(m) => Ok((m, None)),
                None => Err(ConvCode::InvalidUntyped),
            };
        }
        if x.is_nil() {
            return if self.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ConvCode::InvalidUntyped)
            };
        }
        match self.types.under(target).clone() {
            Type::Basic(_) => {
                if x.is_const() {
                    let v = self.representation(x, target)?;
                    return Ok((target, Some(v)));
                }
                let k = self.kind_of(x.ty).unwrap_or(BasicKind::Invalid);
                let ok = match k {
                    BasicKind::UntypedBool => self.is_boolean(target),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => self.is_numeric(target),
                    BasicKind::UntypedString => self.is_string(target),
                    _ => false,
                };
                if !ok {
                    return Err(ConvCode::InvalidUntyped);
                }
                Ok((target, None))
            }
            Type::Interface(methods) => {
                if !methods.is_empty() {
                    return Err(ConvCode::InvalidUntyped);
                }
                Ok((self.default_type(x.ty), None))
            }
            _ => Err(ConvCode::InvalidUntyped),
        }
    }

    /// The larger of two untyped numeric kinds (int < rune < float < complex); None if not both numeric
    /// or not identical.
    fn max_untyped(&self, a: TypeId, b: TypeId) -> Option<TypeId> {
        if a == b {
            return Some(a);
        }
        let (ka, kb) = (self.kind_of(a)?, self.kind_of(b)?);
        let rank = |k: BasicKind| match k {
            BasicKind::UntypedInt => Some(1),
            BasicKind::UntypedRune => Some(2),
            BasicKind::UntypedFloat => Some(3),
            BasicKind::UntypedComplex => Some(4),
            _ => None,
        };
        let (ra, rb) = (rank(ka)?, rank(kb)?);
        Some(if ra >= rb { a } else { b })
    }

    /// Converts untyped `x` to `target` (types2's `convertUntyped`), reporting failures.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = self.types.underlying(target);
                self.invalid_conversion(code, x, t);
                x.mode = OpMode::Invalid;
            }
            Ok((t, v)) => {
                if let Some(v) = v {
                    x.mode = OpMode::Const(v.clone());
                    if let Some(e) = x.expr {
                        self.update_expr_val(e, v);
                    }
                }
                if t != x.ty {
                    x.ty = t;
                    if let Some(e) = x.expr {
                        self.update_expr_type(e, t, false);
                    }
                }
            }
        }
    }

    fn update_expr_val(&mut self, e: &'a Expr, v: ConstValue) {
        if let Some(u) = self.untyped.get_mut(&e.id) {
            if matches!(u.mode, OpMode::Const(_)) {
                u.mode = OpMode::Const(v);
            }
        }
    }

    /// Records the final type of an untyped expression and of the untyped operands it was
    /// computed from (types2's `updateExprType`).
    pub(crate) fn update_expr_type(&mut self, e: &'a Expr, t: TypeId, final_: bool) {
        let Some(old) = self.untyped.get(&e.id).cloned() else {
            return;
        };
        let is_const = matches!(old.mode, OpMode::Const(_));
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t, final_),
            ExprKind::Unary { x, .. } => {
                if !is_const {
                    self.update_expr_type(x, t, final_);
                }
            }
            ExprKind::Binary { op, x, y, .. } => {
                if !is_const {
                    if op.is_comparison() {
                        // Result type is independent of the operand types.
                    } else if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                        self.update_expr_type(x, t, final_);
                    } else {
                        self.update_expr_type(x, t, final_);
                        self.update_expr_type(y, t, final_);
                    }
                }
            }
            ExprKind::Ident(_)
            | ExprKind::BasicLit { .. }
            | ExprKind::Selector { .. }
            | ExprKind::Call { .. } => {}
            _ => return,
        }
        if !final_ && self.is_untyped(t) {
            if let Some(u) = self.untyped.get_mut(&e.id) {
                u.ty = self.types.underlying(t);
            }
            return;
        }
        self.untyped.remove(&e.id);
        if old.is_lhs && !self.is_integer(t) {
            let ts = self.type_string(t);
            self.error(
                e.span,
                format!(
                    "invalid operation: shifted operand {} (type {ts}) must be integer",
                    expr_string(e)
                ),
            );
            return;
        }
        let mut mode = old.mode.clone();
        if is_const {
            let mut c = Operand {
                mode: old.mode.clone(),
                ty: old.ty,
                expr: Some(e),
                dummy: None,
            };
            self.convert_untyped(&mut c, t);
            if c.is_invalid() {
                return;
            }
            mode = c.mode;
        }
        let rec = Operand {
            mode,
            ty: t,
            expr: Some(e),
            dummy: None,
        };
        // Typed now: goes straight to Info.
        self.record(e, &rec);
    }
}

/// types2's `opName`: the word for an operation in `constant … overflow`.
fn op_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Binary { op, .. } => match op {
            BinaryOp::Add => "addition",
            BinaryOp::Sub => "subtraction",
            BinaryOp::Xor => "bitwise XOR",
            BinaryOp::Mul => "multiplication",
            BinaryOp::Shl => "shift",
            _ => "",
        },
        _ => "",
    }
}
