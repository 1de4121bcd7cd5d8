//! Comparisons `x == y`, `x < y`, and switch cases compared with their tag; which types are
//! comparable (types2's `comparison` and `incomparableCause` in `expr.go`, `comparableType` in
//! `predicates.go`).

use crate::ast::{BinaryOp, Expr};
use crate::check::expr::span_of;
use crate::check::operand::{composite_kind, expr_string, OpMode, Operand};
use crate::check::Checker;
use crate::constant::{self, CompareOp, ConstValue};
use crate::types::{BasicKind, Type, TypeId};

impl<'a> Checker<'a> {
    /// `x op y` for a comparison operator; `case_tag` is set for a switch case `x` compared
    /// with the switch tag `y` (printed as `case_tag`).
    pub(crate) fn comparison(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        op: BinaryOp,
        e: Option<&'a Expr>,
        case_tag: Option<String>,
    ) {
        let inv = self.invalid_type();
        if x.ty == inv || y.ty == inv {
            x.mode = OpMode::Invalid;
            return;
        }
        let mut err_on_y = false;
        let mut cause = String::new();
        let ok = self.assignable_to(x, y.ty, &mut None) || self.assignable_to(y, x.ty, &mut None);
        let mut failed = false;
        if !ok {
            err_on_y = true;
            cause = format!(
                "mismatched types {} and {}",
                self.type_string(x.ty),
                self.type_string(y.ty)
            );
            failed = true;
        } else {
            match op {
                BinaryOp::Eq | BinaryOp::Ne => {
                    if x.is_nil() || y.is_nil() {
                        let t = if x.is_nil() { y.ty } else { x.ty };
                        if !self.has_nil(t) {
                            err_on_y = true;
                            failed = true;
                        }
                    } else if !self.comparable(x.ty) {
                        cause = self.incomparable_cause(x.ty);
                        failed = true;
                    } else if !self.comparable(y.ty) {
                        err_on_y = true;
                        cause = self.incomparable_cause(y.ty);
                        failed = true;
                    }
                }
                _ => {
                    if !self.is_ordered(x.ty) {
                        failed = true;
                    } else if !self.is_ordered(y.ty) {
                        err_on_y = true;
                        failed = true;
                    }
                }
            }
        }
        if failed {
            let err_op = if err_on_y { y.clone() } else { x.clone() };
            if cause.is_empty() {
                let k = self.kind_string(err_op.ty);
                cause = format!("operator {} not defined on {k}", op.as_str());
            }
            let xs = x.expr.map(expr_string).unwrap_or_default();
            let ys = match &case_tag {
                Some(t) => t.clone(),
                None => y.expr.map(expr_string).unwrap_or_default(),
            };
            let _ = e;
            if case_tag.is_some() {
                // A switch case: reported at the case expression.
                self.error(
                    span_of(x),
                    format!("invalid case {xs} in switch on {ys} ({cause})"),
                );
            } else {
                self.error(
                    span_of(&err_op),
                    format!("invalid operation: {xs} {} {ys} ({cause})", op.as_str()),
                );
            }
            x.mode = OpMode::Invalid;
            return;
        }
        if let (OpMode::Const(a), OpMode::Const(b)) = (&x.mode, &y.mode) {
            let cop = match op {
                BinaryOp::Eq => CompareOp::Eq,
                BinaryOp::Ne => CompareOp::Ne,
                BinaryOp::Lt => CompareOp::Lt,
                BinaryOp::Le => CompareOp::Le,
                BinaryOp::Gt => CompareOp::Gt,
                _ => CompareOp::Ge,
            };
            let r = constant::compare(a, cop, b).unwrap_or(false);
            x.mode = OpMode::Const(ConstValue::Bool(r));
        } else {
            x.mode = OpMode::Value;
            let (xt, yt) = (self.default_type(x.ty), self.default_type(y.ty));
            if let Some(xe) = x.expr {
                self.update_expr_type(xe, xt, true);
            }
            if let Some(ye) = y.expr {
                self.update_expr_type(ye, yt, true);
            }
        }
        x.ty = self.basic(BasicKind::UntypedBool);
    }

    /// The word types2 uses for a type in `operator < not defined on …`.
    fn kind_string(&self, t: TypeId) -> String {
        match self.types.under(t) {
            Type::Array(..) => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map(..) => "map".into(),
            Type::Chan(_) => "chan".into(),
            _ => self.type_string(t),
        }
    }

    /// Whether values of the type can be compared with `==`.
    pub(crate) fn comparable(&self, t: TypeId) -> bool {
        self.comparable_cause(t).is_none()
    }

    /// None if comparable, else the reason (types2's `comparableType` reporting).
    fn comparable_cause(&self, t: TypeId) -> Option<String> {
        match self.types.under(t) {
            Type::Basic(k) => (*k == BasicKind::UntypedNil).then(String::new),
            Type::Pointer(_) | Type::Chan(_) | Type::Interface(_) => None,
            Type::Struct(fields) => {
                for f in fields {
                    if self.comparable_cause(f.ty).is_some() {
                        return Some(format!(
                            "struct containing {} cannot be compared",
                            self.type_string(f.ty)
                        ));
                    }
                }
                None
            }
            Type::Array(_, e) => {
                if self.comparable_cause(*e).is_some() {
                    return Some(format!("{} cannot be compared", self.type_string(t)));
                }
                None
            }
            _ => Some(String::new()),
        }
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.types.under(t) {
            Type::Slice(_) | Type::Func(_) | Type::Map(..) => {
                format!(
                    "{} can only be compared to nil",
                    composite_kind(&self.types, t)
                )
            }
            _ => self.comparable_cause(t).unwrap_or_default(),
        }
    }
}
