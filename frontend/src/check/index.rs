//! Index and slice expressions `x[i]`, `x[i:j:k]`, and constant indices (types2's `index.go`).

use crate::ast::Expr;
use crate::check::expr::span_of;
use crate::check::operand::{OpMode, Operand};
use crate::check::Checker;
use crate::constant::ConstValue;
use crate::source::Span;
use crate::types::{BasicKind, Type};

impl<'a> Checker<'a> {
    pub(crate) fn index_expr(
        &mut self,
        e: &'a Expr,
        xe: &'a Expr,
        indices: &'a [Expr],
        lbrack: Span,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(e));
        if indices.len() != 1 {
            self.unsupported(e.span, "generics");
            return invalid;
        }
        let mut x = self.expr_or_type(xe);
        match x.mode {
            OpMode::Invalid => {
                self.expr(&indices[0]);
                return invalid;
            }
            OpMode::TypeExpr => {
                self.unsupported(e.span, "generics");
                return invalid;
            }
            _ => {}
        }
        self.reject_func_value(&mut x);
        if x.is_invalid() {
            return invalid;
        }
        let mut length: i64 = -1;
        let mut valid = false;
        match self.types.under(x.ty).clone() {
            Type::Basic(k) if k.is_string() => {
                valid = true;
                if let Some(ConstValue::String(s)) = x.val() {
                    length = s.len() as i64;
                }
                x.mode = OpMode::Value;
                x.ty = crate::types::BYTE;
            }
            Type::Array(n, el) => {
                valid = true;
                length = n as i64;
                if x.mode != OpMode::Variable {
                    x.mode = OpMode::Value;
                }
                x.ty = el;
            }
            Type::Pointer(b) => {
                if let Type::Array(n, el) = self.types.under(b).clone() {
                    valid = true;
                    length = n as i64;
                    x.mode = OpMode::Variable;
                    x.ty = el;
                }
            }
            Type::Slice(el) => {
                valid = true;
                x.mode = OpMode::Variable;
                x.ty = el;
            }
            Type::Map(key, el) => {
                let mut k = self.expr(&indices[0]);
                self.assignment(&mut k, Some(key), "map index");
                x.mode = OpMode::MapIndex;
                x.ty = el;
                x.expr = Some(e);
                return x;
            }
            _ => {}
        }
        if !valid {
            let s = self.op_string(&x);
            self.error(lbrack, format!("cannot index {s}"));
            self.expr(&indices[0]);
            return invalid;
        }
        self.index(&indices[0], length);
        x.expr = Some(e);
        x
    }

    /// Checks an index (types2's `index`): integer, non-negative, below `max` if known.
    /// Returns its constant value, if constant.
    pub(crate) fn index(&mut self, e: &'a Expr, max: i64) -> (bool, i64) {
        let mut x = self.expr(e);
        if !self.is_valid_index(&mut x, "index", false) {
            return (false, -1);
        }
        let Some(v) = x.val().cloned() else {
            return (true, -1);
        };
        let n = v.to_i64().unwrap_or(-1);
        if max >= 0 && n >= max {
            self.error(
                e.span,
                format!("invalid argument: index {v} out of bounds [0:{max}]"),
            );
            return (false, -1);
        }
        (true, n)
    }

    pub(crate) fn is_valid_index(
        &mut self,
        x: &mut Operand<'a>,
        what: &str,
        allow_negative: bool,
    ) -> bool {
        if x.is_invalid() {
            return false;
        }
        let int_t = self.basic(BasicKind::Int);
        self.convert_untyped(x, int_t);
        if x.is_invalid() {
            return false;
        }
        if !self.is_integer(x.ty) {
            let s = self.op_string(x);
            self.error(
                span_of(x),
                format!("invalid argument: {what} {s} must be integer"),
            );
            return false;
        }
        if let Some(v) = x.val().cloned() {
            if !allow_negative && v.sign() < 0 {
                let s = self.op_string(x);
                self.error(
                    span_of(x),
                    format!("invalid argument: {what} {s} must not be negative"),
                );
                return false;
            }
            if self.representable_const(&v, int_t).is_none() {
                let s = self.op_string(x);
                self.error(
                    span_of(x),
                    format!("invalid argument: {what} {s} overflows int"),
                );
                return false;
            }
        }
        true
    }

    pub(crate) fn slice_expr(
        &mut self,
        e: &'a Expr,
        xe: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
        three: bool,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(e));
        let mut x = self.expr(xe);
        if x.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.expr(i);
            }
            return invalid;
        }
        let mut valid = false;
        let mut length: i64 = -1;
        match self.types.under(x.ty).clone() {
            Type::Basic(k) if k.is_string() => {
                if three {
                    let at = max.map_or(e.span, |m| m.span);
                    self.error(at, "invalid operation: 3-index slice of string");
                    return invalid;
                }
                valid = true;
                if let Some(ConstValue::String(s)) = x.val() {
                    length = s.len() as i64;
                }
                if self.is_untyped(x.ty) {
                    x.ty = self.basic(BasicKind::String);
                }
            }
            Type::Array(n, el) => {
                valid = true;
                length = n as i64;
                if x.mode != OpMode::Variable {
                    let s = self.op_string(&x);
                    self.error(xe.span, format!("cannot slice unaddressable value {s}"));
                    return invalid;
                }
                x.ty = self.types.slice(el);
            }
            Type::Pointer(b) => {
                if let Type::Array(n, el) = self.types.under(b).clone() {
                    valid = true;
                    length = n as i64;
                    x.ty = self.types.slice(el);
                }
            }
            Type::Slice(_) => valid = true,
            _ => {}
        }
        if !valid {
            let s = self.op_string(&x);
            self.error(xe.span, format!("cannot slice {s}"));
            return invalid;
        }
        x.mode = OpMode::Value;
        if three && (hi.is_none() || max.is_none()) {
            self.error(e.span, "2nd and 3rd index required in 3-index slice");
            return invalid;
        }
        let idx = [lo, hi, max];
        let mut ind = [-1i64; 3];
        for (i, ie) in idx.iter().enumerate() {
            ind[i] = match ie {
                Some(ie) => {
                    let m = if length >= 0 { length + 1 } else { -1 };
                    let (_, v) = self.index(ie, m);
                    v
                }
                None if i == 0 => 0,
                None if length >= 0 => length,
                None => -1,
            };
        }
        'outer: for i in 0..2 {
            let xv = ind[i];
            if xv > 0 {
                for j in i + 1..3 {
                    let yv = ind[j];
                    if yv >= 0 && yv < xv {
                        if let Some(at) = idx[j] {
                            self.error(at.span, format!("invalid slice indices: {yv} < {xv}"));
                        }
                        break 'outer;
                    }
                }
            }
        }
        x.expr = Some(e);
        x
    }
}
