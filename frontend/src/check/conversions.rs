//! Conversions `T(x)`: whether `x` is convertible to `T`, and the constant result (types2's
//! `conversions.go`).

use crate::check::expr::span_of;
use crate::check::operand::{OpMode, Operand};
use crate::check::Checker;
use crate::constant::ConstValue;
use crate::types::{BasicKind, Type, TypeId};

impl<'a> Checker<'a> {
    /// `T(x)` (types2's `conversion`).
    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let const_arg = x.is_const();
        let mut ok = false;
        let mut cause = None;
        if const_arg && self.is_const_type(t) {
            let v = x.val().cloned().unwrap_or(ConstValue::Bool(false));
            match self.representable_const(&v, t) {
                Some(r) => {
                    ok = true;
                    x.mode = OpMode::Const(r);
                }
                None => {
                    if self.is_integer(x.ty) && self.is_string(t) {
                        let c = v
                            .to_u64()
                            .and_then(|i| u32::try_from(i).ok())
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        ok = true;
                        x.mode =
                            OpMode::Const(ConstValue::String(c.to_string().into_bytes().into()));
                    } else if self.is_integer(x.ty) && self.is_integer(t) {
                        let ts = self.type_string(t);
                        self.error(span_of(x), format!("constant {v} overflows {ts}"));
                        x.mode = OpMode::Invalid;
                        return;
                    }
                }
            }
        } else if self.convertible_to(x, t, &mut cause) {
            ok = true;
            x.mode = OpMode::Value;
        }
        if !ok {
            let xs = self.op_string(x);
            let ts = self.type_string(t);
            let msg = match cause {
                Some(c) => format!("cannot convert {xs} to type {ts}: {c}"),
                None => format!("cannot convert {xs} to type {ts}"),
            };
            self.error(span_of(x), msg);
            x.mode = OpMode::Invalid;
            return;
        }
        if self.is_untyped(x.ty) {
            let mut final_ = t;
            if x.ty == self.basic(BasicKind::UntypedNil) {
            } else if self.types.is_interface(t) || (const_arg && !self.is_const_type(t)) {
                final_ = self.default_type(x.ty);
            } else if const_arg && self.is_integer(x.ty) && self.is_string(t) {
                final_ = x.ty;
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, final_, true);
            }
        }
        x.ty = t;
    }

    fn convertible_to(&mut self, x: &Operand<'a>, t: TypeId, cause: &mut Option<String>) -> bool {
        if self.assignable_to(x, t, cause) {
            return true;
        }
        // No other conversion rule reaches an interface type, so assignability's reason
        // (`T does not implement I (missing method M)`) is the one gc gives.
        if self.types.is_interface(t) {
            return false;
        }
        *cause = None;
        let v = x.ty;
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(vb), Type::Pointer(tb)) =
            (self.types.get(v).clone(), self.types.get(t).clone())
        {
            let (vbu, tbu) = (self.types.underlying(vb), self.types.underlying(tb));
            if self.identical_ignore_tags(vbu, tbu) {
                return true;
            }
        }
        let int_or_float = |c: &Self, t: TypeId| c.is_integer(t) || c.is_float(t);
        if int_or_float(self, vu) && int_or_float(self, tu) {
            return true;
        }
        let is_complex = |c: &Self, t: TypeId| c.kind_of(t).is_some_and(|k| k.is_complex());
        if is_complex(self, vu) && is_complex(self, tu) {
            return true;
        }
        if (self.is_integer(vu) || self.is_bytes_or_runes(vu)) && self.is_string(tu) {
            return true;
        }
        if self.is_string(vu) && self.is_bytes_or_runes(tu) {
            return true;
        }
        let is_unsafe_ptr = |c: &Self, t: TypeId| c.kind_of(t) == Some(BasicKind::UnsafePointer);
        let is_uintptr = |c: &Self, t: TypeId| c.kind_of(t) == Some(BasicKind::Uintptr);
        if (self.is_pointer(vu) || is_uintptr(self, vu)) && is_unsafe_ptr(self, tu) {
            return true;
        }
        if is_unsafe_ptr(self, vu) && (self.is_pointer(tu) || is_uintptr(self, tu)) {
            return true;
        }
        if let Type::Slice(se) = self.types.get(vu).clone() {
            match self.types.get(tu).clone() {
                Type::Array(_, ae) if self.types.identical(ae, se) => return true,
                Type::Pointer(p) => {
                    if let Type::Array(_, ae) = self.types.under(p).clone() {
                        if self.types.identical(ae, se) {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.types.under(t) {
            Type::Slice(e) => matches!(
                self.types.under(*e),
                Type::Basic(BasicKind::Uint8) | Type::Basic(BasicKind::Int32)
            ),
            _ => false,
        }
    }

    /// Type identity ignoring struct tags (for conversions).
    pub(crate) fn identical_ignore_tags(&mut self, a: TypeId, b: TypeId) -> bool {
        if self.types.identical(a, b) {
            return true;
        }
        let (a, b) = (self.types.canonical(a), self.types.canonical(b));
        match (self.types.get(a).clone(), self.types.get(b).clone()) {
            (Type::Struct(fa), Type::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb.iter()).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && x.pkg == y.pkg
                            && self.identical_ignore_tags(x.ty, y.ty)
                    })
            }
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.identical_ignore_tags(x, y)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.identical_ignore_tags(x, y),
            _ => false,
        }
    }
}
