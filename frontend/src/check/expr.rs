//! Expressions: operands, operators, untyped constants and their conversion by context
//! (types2's `expr.go`, `const.go`, `index.go`, `literals.go`).
//!
//! An untyped constant expression such as `1 << 3 + 2` stays untyped (and exact) until
//! context gives it a type: `var x int8 = 1 << 3 + 2` converts it to int8, checks that the
//! value fits (`… (overflows)`), and then walks back down the expression recording `int8` on
//! every non-constant sub-expression ([`Checker::update_expr_type`]). Operands of constant
//! sub-expressions are never materialised and keep their untyped types.

use num_traits::{Signed, ToPrimitive};

use crate::ast::{BinaryOp, Element, Expr, ExprKind, LitKind, UnaryOp};
use crate::check::lookup::{Found, Lookup};
use crate::check::operand::{composite_kind, expr_string, OpMode, Operand};
use crate::check::{Checker, Mode, ObjKind, Selection, SelectionKind, VarKind};
use crate::constant::{self, ArithOp, CompareOp, ConstValue, FloatFormat, UnaryConstOp};
use crate::source::Span;
use crate::types::{BasicKind, Type, TypeId};

/// Constant strings are built in memory; beyond this gocrane gives up (gc's own limit is 2e9).
const MAX_MATERIALIZED_STRING: usize = 256 << 20;

/// Size limit of exact rational constants (numerator plus denominator bits).
const MAX_RATIONAL_BITS: u64 = 1 << 20;

/// Why an untyped operand cannot take a type (types2's error codes for it).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) enum ConvCode {
    Truncated,
    Overflow,
    InvalidConst,
    InvalidUntyped,
}

impl<'a> Checker<'a> {
    // ------------------------------------------------------------------------------------------
    // Entry points

    /// Evaluates `e` and records the result (types2's `rawExpr`).
    pub(crate) fn raw_expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.expr_internal(e, hint);
        x.expr = Some(e);
        self.record_operand(e, &x);
        x
    }

    fn record_operand(&mut self, e: &'a Expr, x: &Operand<'a>) {
        match x.mode {
            OpMode::Invalid => {}
            OpMode::NoValue => {
                let t = self.types.tuple(vec![]);
                self.record_raw(e.id, t, Mode::NoValue);
            }
            _ => self.record(e, x),
        }
    }

    /// A single value (not a type, not a builtin, not a call without result).
    pub(crate) fn expr(&mut self, e: &'a Expr) -> Operand<'a> {
        self.expr_with_hint(e, None)
    }

    pub(crate) fn expr_with_hint(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint);
        self.exclude(&mut x, true, true, true);
        self.single_value(&mut x);
        self.reject_func_value(&mut x);
        x
    }

    /// A value or a type.
    pub(crate) fn expr_or_type(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        self.exclude(&mut x, true, false, false);
        self.single_value(&mut x);
        x
    }

    /// One expression that may have several values (a call): the values as operands.
    pub(crate) fn multi_expr(&mut self, e: &'a Expr) -> Vec<Operand<'a>> {
        let mut x = self.raw_expr(e, None);
        self.exclude(&mut x, true, true, true);
        if x.mode == OpMode::Value {
            if let Type::Tuple(elems) = self.types.get(x.ty).clone() {
                return elems
                    .into_iter()
                    .enumerate()
                    .map(|(i, t)| Operand {
                        mode: OpMode::Value,
                        ty: t,
                        expr: Some(e),
                        dummy: Some(nth(i + 1, "function result")),
                    })
                    .collect();
            }
        }
        self.reject_func_value(&mut x);
        vec![x]
    }

    pub(crate) fn exclude(
        &mut self,
        x: &mut Operand<'a>,
        novalue: bool,
        builtin: bool,
        typexpr: bool,
    ) {
        let msg = match x.mode {
            OpMode::NoValue if novalue => {
                if typexpr {
                    "used as value"
                } else {
                    "used as value or type"
                }
            }
            OpMode::Builtin(_) if builtin => "must be called",
            OpMode::TypeExpr if typexpr => "is not an expression",
            _ => return,
        };
        let s = self.op_string(x);
        self.error(span_of(x), format!("{s} {msg}"));
        x.mode = OpMode::Invalid;
    }

    pub(crate) fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == OpMode::Value {
            if let Type::Tuple(_) = self.types.get(x.ty) {
                let s = self.op_string(x);
                self.error(
                    span_of(x),
                    format!("multiple-value {s} in single-value context"),
                );
                x.mode = OpMode::Invalid;
            }
        }
    }

    /// Functions are not first-class values in gocrane's subset.
    fn reject_func_value(&mut self, x: &mut Operand<'a>) {
        if x.is_invalid() {
            return;
        }
        if let Type::Func(_) = self.types.under(x.ty) {
            let what = match x.expr.map(|e| &e.unparen().kind) {
                Some(ExprKind::Selector { .. })
                    if self.info.selections.contains_key(
                        &x.expr.map_or(crate::ast::NodeId(0), |e| e.unparen().id),
                    ) =>
                {
                    "method values"
                }
                _ => "function values",
            };
            self.unsupported(span_of(x), what);
            x.mode = OpMode::Invalid;
        }
    }

    // ------------------------------------------------------------------------------------------
    // The expression switch

    fn expr_internal(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let inv = self.invalid_type();
        let invalid = Operand::invalid(Some(e));
        match &e.kind {
            ExprKind::Ident(name) => self.ident(e, name),
            ExprKind::BasicLit { kind, raw, bad } => {
                if *bad {
                    // The lexer reported it (types2: `error reported during parsing`).
                    return invalid;
                }
                if *kind == LitKind::Imag {
                    self.unsupported(e.span, "complex numbers");
                    return invalid;
                }
                // types2 caps only numeric literals (a longer mantissa means nothing); string
                // literals may be as long as the user likes.
                if matches!(kind, LitKind::Int | LitKind::Float) && raw.len() > 10_000 {
                    self.error(
                        e.span,
                        format!(
                            "excessively long constant: {}... ({} chars)",
                            &raw[..10],
                            raw.len()
                        ),
                    );
                    return invalid;
                }
                match ConstValue::from_literal(*kind, raw) {
                    Some(v) => {
                        let k = match kind {
                            LitKind::Int => BasicKind::UntypedInt,
                            LitKind::Float => BasicKind::UntypedFloat,
                            LitKind::Char => BasicKind::UntypedRune,
                            _ => BasicKind::UntypedString,
                        };
                        Operand {
                            mode: OpMode::Const(v),
                            ty: self.basic(k),
                            expr: Some(e),
                            dummy: None,
                        }
                    }
                    None => {
                        self.error(e.span, format!("malformed constant: {raw}"));
                        invalid
                    }
                }
            }
            ExprKind::CompositeLit {
                ty, elts, rbrace, ..
            } => self.composite_lit(e, ty.as_deref(), elts, *rbrace, hint),
            ExprKind::FuncLit { .. } => {
                self.unsupported(e.span, "function literals");
                invalid
            }
            ExprKind::Paren(x) => {
                let mut y = self.raw_expr(x, hint);
                y.expr = Some(e);
                y
            }
            ExprKind::Selector { x, sel, .. } => self.selector(e, x, sel, false),
            ExprKind::Index { x, indices, lbrack } => self.index_expr(e, x, indices, *lbrack),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
                ..
            } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three),
            ExprKind::TypeAssert { x, ty, .. } => {
                // As types2: the operand first (so its variables count as used), then the guard.
                let xo = self.expr(x);
                if xo.is_invalid() {
                    return invalid;
                }
                let Some(ty) = ty else {
                    self.error(
                        e.span,
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                    return invalid;
                };
                if !self.types.is_interface(xo.ty) {
                    let s = self.op_string(&xo);
                    self.error(
                        x.span,
                        format!("invalid operation: {s} is not an interface"),
                    );
                    return invalid;
                }
                let t = self.type_expr(ty);
                if t == inv {
                    return invalid;
                }
                self.type_assertion(e, &xo, t, false);
                Operand {
                    mode: OpMode::CommaOk,
                    ty: t,
                    expr: Some(e),
                    dummy: None,
                }
            }
            ExprKind::Call { .. } => self.call_expr(e),
            ExprKind::Star(x) => {
                let xo = self.expr_or_type(x);
                match xo.mode {
                    OpMode::Invalid => invalid,
                    OpMode::TypeExpr => Operand {
                        mode: OpMode::TypeExpr,
                        ty: self.types.pointer(xo.ty),
                        expr: Some(e),
                        dummy: None,
                    },
                    _ => {
                        if xo.is_nil() {
                            self.error(x.span, "invalid operation: cannot indirect nil");
                            return invalid;
                        }
                        match self.types.under(xo.ty).clone() {
                            Type::Pointer(base) => Operand {
                                mode: OpMode::Variable,
                                ty: base,
                                expr: Some(e),
                                dummy: None,
                            },
                            _ => {
                                let s = self.op_string(&xo);
                                self.error(
                                    x.span,
                                    format!("invalid operation: cannot indirect {s}"),
                                );
                                invalid
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x, .. } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y, op_span } => self.binary(e, *op, x, y, *op_span),
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.type_expr(e);
                if t == inv {
                    return invalid;
                }
                Operand {
                    mode: OpMode::TypeExpr,
                    ty: t,
                    expr: Some(e),
                    dummy: None,
                }
            }
            ExprKind::Ellipsis => {
                self.error(e.span, "invalid use of ...");
                invalid
            }
        }
    }

    fn ident(&mut self, e: &'a Expr, name: &str) -> Operand<'a> {
        let invalid = Operand::invalid(Some(e));
        let Some(obj) = self.lookup(name) else {
            if name == "_" {
                self.error(e.span, "cannot use _ as value or type");
            } else {
                self.error(e.span, format!("undefined: {name}"));
            }
            return invalid;
        };
        self.record_use(e.id, obj);
        self.obj_decl(obj);
        let ob = self.obj(obj).clone();
        let ty = ob.ty;
        let inv = self.invalid_type();
        let mode = match &ob.kind {
            ObjKind::PkgName(_) => {
                self.objs[obj.0 as usize].used = true;
                self.error(
                    e.span,
                    format!("use of package {} not in selector", ob.name),
                );
                return invalid;
            }
            ObjKind::Const(v) => {
                self.add_decl_dep(obj);
                if ty == inv {
                    return invalid;
                }
                if ob.name == "iota" && ob.pkg.is_empty() {
                    match self.iota {
                        Some(i) => OpMode::Const(ConstValue::int(i as i64)),
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            return invalid;
                        }
                    }
                } else {
                    OpMode::Const(v.clone())
                }
            }
            ObjKind::TypeName => {
                if ty == inv {
                    return invalid;
                }
                if self.kind_of(ty).is_some_and(|k| k.is_complex()) {
                    self.unsupported(e.span, "complex numbers");
                    return invalid;
                }
                OpMode::TypeExpr
            }
            ObjKind::Var(_) => {
                self.objs[obj.0 as usize].used = true;
                self.add_decl_dep(obj);
                if ty == inv {
                    return invalid;
                }
                OpMode::Variable
            }
            ObjKind::Func(_) => {
                self.add_decl_dep(obj);
                if ty == inv {
                    return invalid;
                }
                OpMode::Value
            }
            ObjKind::Builtin(b) => OpMode::Builtin(*b),
            ObjKind::Nil => OpMode::Nil,
            ObjKind::Label => return invalid,
        };
        Operand {
            mode,
            ty,
            expr: Some(e),
            dummy: None,
        }
    }

    /// Notes that the package-level declaration being checked depends on `obj`.
    pub(crate) fn add_decl_dep(&mut self, obj: ObjId) {
        let Some(d) = self.decl_obj else {
            return;
        };
        let ob = self.obj(obj);
        let pkg_level = matches!(
            ob.kind,
            ObjKind::Var(VarKind::Global) | ObjKind::Const(_) | ObjKind::Func(_)
        ) && ob.func.is_none()
            && !ob.pkg.is_empty()
            && self.objs[obj.0 as usize].decl.is_some();
        if pkg_level {
            let deps = self.deps.entry(d).or_default();
            if !deps.contains(&obj) {
                deps.push(obj);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Selectors

    /// `x.sel`: a qualified identifier, a field, or (only as a call's function when
    /// `in_call`) a method.
    pub(crate) fn selector(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &'a crate::ast::Ident,
        in_call: bool,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(e));
        // Qualified identifier?
        if let ExprKind::Ident(pname) = &x.kind {
            if let Some(obj) = self.lookup(pname) {
                if let ObjKind::PkgName(path) = self.obj(obj).kind.clone() {
                    self.record_use(x.id, obj);
                    self.objs[obj.0 as usize].used = true;
                    if path != "unsafe" && path != "runtime" {
                        return invalid;
                    }
                    let member = if path == "unsafe" {
                        self.unsafe_scope.get(&sel.name).copied()
                    } else {
                        self.runtime_pkg
                            .and_then(|p| self.pkgs[p].scope.get(&sel.name).copied())
                    };
                    let Some(m) = member else {
                        self.error(sel.span, format!("undefined: {}", expr_string(e)));
                        return invalid;
                    };
                    if !crate::check::typexpr::is_exported(&sel.name) {
                        self.error(
                            sel.span,
                            format!("name {} not exported by package {}", sel.name, path),
                        );
                        return invalid;
                    }
                    self.record_use(sel.id, m);
                    self.record_use(e.id, m);
                    let ob = self.obj(m).clone();
                    let mode = match &ob.kind {
                        ObjKind::Const(v) => OpMode::Const(v.clone()),
                        ObjKind::TypeName => OpMode::TypeExpr,
                        ObjKind::Var(_) => OpMode::Variable,
                        ObjKind::Func(_) => OpMode::Value,
                        ObjKind::Builtin(b) => OpMode::Builtin(*b),
                        _ => return invalid,
                    };
                    return Operand {
                        mode,
                        ty: ob.ty,
                        expr: Some(e),
                        dummy: None,
                    };
                }
            }
        }
        let xo = self.expr_or_type(x);
        match xo.mode {
            OpMode::Invalid => return invalid,
            OpMode::Builtin(_) => {
                let s = self.op_string(&xo);
                self.error(x.span, format!("invalid use of {s} in selector expression"));
                return invalid;
            }
            _ => {}
        }
        if xo.mode == OpMode::TypeExpr {
            self.unsupported(e.span, "method expressions");
            return invalid;
        }
        if xo.is_nil() {
            self.error(
                sel.span,
                format!(
                    "{}.{} undefined (type untyped nil has no field or method {})",
                    expr_string(x),
                    sel.name,
                    sel.name
                ),
            );
            return invalid;
        }
        let addressable = xo.mode == OpMode::Variable;
        match self.lookup_field_or_method(xo.ty, addressable, &sel.name, false) {
            Lookup::Found {
                found,
                path,
                indirect,
            } => match found {
                Found::Field(ft) => {
                    self.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::FieldVal,
                            path,
                            method: None,
                            ty: ft,
                        },
                    );
                    let through_ptr = indirect;
                    Operand {
                        mode: if xo.mode == OpMode::Variable || through_ptr {
                            OpMode::Variable
                        } else {
                            OpMode::Value
                        },
                        ty: ft,
                        expr: Some(e),
                        dummy: None,
                    }
                }
                Found::Method(m) => {
                    self.obj_decl(m);
                    self.add_decl_dep(m);
                    let sig = self.obj(m).ty;
                    self.record_use(sel.id, m);
                    self.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::MethodVal,
                            path,
                            method: Some(m),
                            ty: sig,
                        },
                    );
                    if !in_call {
                        self.unsupported(e.span, "method values");
                        return invalid;
                    }
                    Operand {
                        mode: OpMode::Value,
                        ty: sig,
                        expr: Some(e),
                        dummy: None,
                    }
                }
                Found::IfaceMethod(sig) => {
                    self.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::MethodVal,
                            path,
                            method: None,
                            ty: sig,
                        },
                    );
                    if !in_call {
                        self.unsupported(e.span, "method values");
                        return invalid;
                    }
                    Operand {
                        mode: OpMode::Value,
                        ty: sig,
                        expr: Some(e),
                        dummy: None,
                    }
                }
            },
            Lookup::Ambiguous => {
                self.error(
                    sel.span,
                    format!("ambiguous selector {}.{}", expr_string(x), sel.name),
                );
                invalid
            }
            Lookup::NeedsPointer => {
                let ts = self.type_string(xo.ty);
                self.error(
                    sel.span,
                    format!("cannot call pointer method {} on {ts}", sel.name),
                );
                invalid
            }
            Lookup::NotFound => {
                if self.types.underlying(xo.ty) == self.invalid_type() {
                    return invalid;
                }
                let why = self.lookup_error_why(xo.ty, addressable, &sel.name);
                self.error(
                    sel.span,
                    format!("{}.{} undefined ({why})", expr_string(x), sel.name),
                );
                invalid
            }
        }
    }

    fn lookup_error_why(&mut self, t: TypeId, addressable: bool, sel: &str) -> String {
        let ts = self.type_string(t);
        if let Type::Pointer(b) = self.types.under(t).clone() {
            if self.types.is_interface(b) {
                return format!("type {ts} is pointer to interface, not interface");
            }
        }
        let alt = self.lookup_field_or_method(t, addressable, sel, true);
        if let Lookup::Found { found, .. } = alt {
            let (alt_name, what) = match found {
                Found::Method(m) => (self.obj(m).name.clone(), "method"),
                Found::Field(_) => (self.find_field_name_ci(t, sel).unwrap_or_default(), "field"),
                Found::IfaceMethod(_) => (
                    self.find_iface_name_ci(t, sel).unwrap_or_default(),
                    "method",
                ),
            };
            if !alt_name.is_empty() && alt_name != sel {
                return format!(
                    "type {ts} has no field or method {sel}, but does have {what} {alt_name}"
                );
            }
        }
        format!("type {ts} has no field or method {sel}")
    }

    fn find_field_name_ci(&self, t: TypeId, sel: &str) -> Option<String> {
        let base = match self.types.under(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        match self.types.under(base) {
            Type::Struct(fields) => fields
                .iter()
                .find(|f| f.name.eq_ignore_ascii_case(sel))
                .map(|f| f.name.clone()),
            _ => None,
        }
    }

    fn find_iface_name_ci(&self, t: TypeId, sel: &str) -> Option<String> {
        match self.types.under(t) {
            Type::Interface(ms) => ms
                .iter()
                .find(|m| m.name.eq_ignore_ascii_case(sel))
                .map(|m| m.name.clone()),
            _ => None,
        }
    }

    // ------------------------------------------------------------------------------------------
    // Unary and binary operators

    fn unary(&mut self, e: &'a Expr, op: UnaryOp, xe: &'a Expr) -> Operand<'a> {
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

    fn binary(
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

    // ------------------------------------------------------------------------------------------
    // Untyped conversion

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
            return None;
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
                    BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat => {
                        self.is_numeric(target)
                    }
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

    /// The larger of two untyped numeric kinds (int < rune < float); None if not both numeric
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

    // ------------------------------------------------------------------------------------------
    // Index and slice expressions

    fn index_expr(
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

    fn slice_expr(
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

    // ------------------------------------------------------------------------------------------
    // Type assertions

    pub(crate) fn type_assertion(
        &mut self,
        e: &'a Expr,
        x: &Operand<'a>,
        t: TypeId,
        type_switch: bool,
    ) {
        if self.types.is_interface(t) {
            return;
        }
        // Every method of x's interface must exist on t (static: also with matching receiver).
        let Some((name, kind)) = self.missing_method(t, x.ty) else {
            return;
        };
        let cause = match kind {
            crate::check::lookup::MissingKind::PointerReceiver => {
                format!("(method {name} has pointer receiver)")
            }
            crate::check::lookup::MissingKind::WrongType { have, want } => {
                let hs = match self.types.get(have) {
                    Type::Func(s) => {
                        format!("{name}{}", self.types.signature_string(s, self.local_pkg()))
                    }
                    _ => name.clone(),
                };
                let ws = match self.types.get(want) {
                    Type::Func(s) => {
                        format!("{name}{}", self.types.signature_string(s, self.local_pkg()))
                    }
                    _ => name.clone(),
                };
                format!("(wrong type for method {name})\n\t\thave {hs}\n\t\twant {ws}")
            }
            _ => format!("(missing method {name})"),
        };
        let ts = self.type_string(t);
        if type_switch {
            let xs = self.op_string(x);
            self.error(
                e.span,
                format!(
                    "impossible type switch case: {}\n\t{xs} cannot have dynamic type {ts} {cause}",
                    expr_string(e)
                ),
            );
        } else {
            let xt = self.type_string(x.ty);
            self.error(
                e.span,
                format!(
                    "impossible type assertion: {}\n\t{ts} does not implement {xt} {cause}",
                    expr_string(e)
                ),
            );
        }
    }

    // ------------------------------------------------------------------------------------------
    // Composite literals

    fn composite_lit(
        &mut self,
        e: &'a Expr,
        ty: Option<&'a Expr>,
        elts: &'a [Element],
        rbrace: Span,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let inv = self.invalid_type();
        let invalid = Operand::invalid(Some(e));
        let (typ, base) = match ty {
            Some(te) => {
                // [...]T: the length comes from the literal.
                if let ExprKind::ArrayType { len: Some(l), elem } = &te.unparen().kind {
                    if matches!(l.kind, ExprKind::Ellipsis) {
                        let el = self.type_expr(elem);
                        let n = self.indexed_elts(elts, el, -1);
                        if el == inv {
                            return invalid;
                        }
                        let t = self.types.array(n as u64, el);
                        self.record_raw(te.id, t, Mode::TypeExpr);
                        self.note_literal_size(e, t);
                        return Operand {
                            mode: OpMode::Value,
                            ty: t,
                            expr: Some(e),
                            dummy: None,
                        };
                    }
                }
                let t = self.type_expr(te);
                if self.in_own_declaration(t) {
                    return invalid;
                }
                (t, t)
            }
            None => match hint {
                Some(h) => {
                    let mut base = h;
                    if let Type::Pointer(b) = self.types.under(h) {
                        base = *b;
                    }
                    (h, base)
                }
                None => {
                    self.error(e.span, "missing type in composite literal");
                    (inv, inv)
                }
            },
        };
        match self.types.under(base).clone() {
            Type::Struct(fields) => {
                if elts.is_empty() {
                } else if elts[0].key.is_some() {
                    let mut visited: Vec<Vec<usize>> = Vec::new();
                    for el in elts {
                        let Some(key) = &el.key else {
                            self.error(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        };
                        let mut x = self.expr_with_hint(&el.value, None);
                        let ExprKind::Ident(kname) = &key.kind else {
                            self.error(
                                key.span,
                                format!(
                                    "invalid field name {} in struct literal",
                                    expr_string(key)
                                ),
                            );
                            continue;
                        };
                        let st = self.types.underlying(base);
                        match self.lookup_field_or_method(st, false, kname, false) {
                            Lookup::Found {
                                found: Found::Field(ft),
                                path,
                                indirect,
                            } => {
                                if indirect {
                                    self.error(
                                        key.span,
                                        format!(
                                            "invalid implicit pointer indirection to reach {kname}"
                                        ),
                                    );
                                    continue;
                                }
                                self.info.selections.insert(
                                    key.id,
                                    Selection {
                                        kind: SelectionKind::FieldVal,
                                        path: path.clone(),
                                        method: None,
                                        ty: ft,
                                    },
                                );
                                self.assignment(&mut x, Some(ft), "struct literal");
                                // Duplicates: the same path, or one a prefix of the other.
                                let mut dup = None;
                                for p in &visited {
                                    let n = p.len().min(path.len());
                                    if p[..n] == path[..n] {
                                        dup = Some(p.clone());
                                        break;
                                    }
                                }
                                match dup {
                                    Some(p) if p == path => self.error(
                                        el.value.span.to(key.span),
                                        format!("duplicate field name {kname} in struct literal"),
                                    ),
                                    Some(p) => {
                                        let alt = self.field_name_at(st, &p);
                                        if p.len() < path.len() {
                                            self.error(key.span, format!("cannot specify promoted field {kname} and enclosing embedded field {alt}"));
                                        } else {
                                            self.error(key.span, format!("cannot specify embedded field {kname} and enclosed promoted field {alt}"));
                                        }
                                    }
                                    None => visited.push(path),
                                }
                            }
                            Lookup::Found { .. } => {
                                self.error(key.span, format!("{kname} is not a field"));
                            }
                            _ => {
                                let ts = self.type_string(base);
                                let alt = self.find_field_name_ci(st, kname);
                                let msg = match alt {
                                    Some(a) if a != *kname => format!("unknown field {kname} in struct literal of type {ts}, but does have {a}"),
                                    _ => format!("unknown field {kname} in struct literal of type {ts}"),
                                };
                                self.error(key.span, msg);
                            }
                        }
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if let Some(key) = &el.key {
                            self.error(
                                key.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        }
                        let mut x = self.expr_with_hint(&el.value, None);
                        if i >= fields.len() {
                            let ts = self.type_string(base);
                            self.error(
                                span_of(&x),
                                format!("too many values in struct literal of type {ts}"),
                            );
                            break;
                        }
                        let f = &fields[i];
                        if f.pkg.as_deref().is_some_and(|p| p != self.local_pkg()) {
                            let ts = self.type_string(base);
                            self.error(
                                span_of(&x),
                                format!("implicit assignment to unexported field {} in struct literal of type {ts}", f.name),
                            );
                            continue;
                        }
                        self.assignment(&mut x, Some(f.ty), "struct literal");
                    }
                    if elts.len() < fields.len() {
                        let ts = self.type_string(base);
                        let hint = if fields
                            .iter()
                            .any(|f| f.pkg.as_deref().is_some_and(|p| p != self.local_pkg()))
                        {
                            " (type has unexported fields - use key:value pairs)"
                        } else {
                            ""
                        };
                        self.error(
                            rbrace,
                            format!("too few values in struct literal of type {ts}{hint}"),
                        );
                    }
                }
            }
            Type::Array(n, el) => {
                self.indexed_elts(elts, el, n as i64);
            }
            Type::Slice(el) => {
                let n = self.indexed_elts(elts, el, -1);
                let backing = self.types.array(n.max(0) as u64, el);
                self.note_literal_size(e, backing);
            }
            Type::Map(..) => {
                // The map type was rejected already.
                return invalid;
            }
            _ => {
                for el in elts {
                    self.use_expr(&el.value);
                }
                if typ != inv && self.types.underlying(base) != inv {
                    let qual = if ty.is_none() { " element" } else { "" };
                    let ts = self.type_string(typ);
                    self.error(e.span, format!("invalid composite literal{qual} type {ts}"));
                }
                return invalid;
            }
        }
        self.note_literal_size(e, typ);
        Operand {
            mode: OpMode::Value,
            ty: typ,
            expr: Some(e),
            dummy: None,
        }
    }

    /// The name of the field at a path (for duplicate-field errors).
    fn field_name_at(&self, st: TypeId, path: &[usize]) -> String {
        let mut t = st;
        let mut name = String::new();
        for &i in path {
            let base = match self.types.under(t) {
                Type::Pointer(b) => *b,
                _ => t,
            };
            match self.types.under(base) {
                Type::Struct(fields) => match fields.get(i) {
                    Some(f) => {
                        name = f.name.clone();
                        t = f.ty;
                    }
                    None => break,
                },
                _ => break,
            }
        }
        name
    }

    /// Elements of an array or slice literal (types2's `indexedElts`); returns the length.
    fn indexed_elts(&mut self, elts: &'a [Element], el: TypeId, length: i64) -> i64 {
        let mut visited = std::collections::HashSet::new();
        let mut index: i64 = 0;
        let mut max: i64 = 0;
        for elt in elts {
            let mut valid_index = false;
            let span = elt
                .key
                .as_ref()
                .map_or(elt.value.span, |k| k.span.to(elt.value.span));
            if let Some(k) = &elt.key {
                let (ok, i) = self.index(k, length);
                if ok {
                    if i >= 0 {
                        index = i;
                        valid_index = true;
                    } else {
                        self.error(
                            span,
                            format!("index {} must be integer constant", expr_string(k)),
                        );
                    }
                }
            } else if length >= 0 && index >= length {
                self.error(
                    span,
                    format!("index {index} is out of bounds (>= {length})"),
                );
            } else {
                valid_index = true;
            }
            if valid_index {
                if !visited.insert(index) {
                    self.error(
                        span,
                        format!("duplicate index {index} in array or slice literal"),
                    );
                }
            }
            index += 1;
            if index > max {
                max = index;
            }
            let mut x = self.expr_with_hint(&elt.value, Some(el));
            self.assignment(&mut x, Some(el), "array or slice literal");
        }
        max
    }

    /// Evaluates an expression only for its errors and uses (types2's `use`).
    pub(crate) fn use_expr(&mut self, e: &'a Expr) {
        let _ = self.raw_expr(e, None);
    }
}

/// Where errors about an operand are reported: its expression's start.
pub(crate) fn span_of(x: &Operand) -> Span {
    x.expr.map_or(Span::default(), |e| e.span)
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

use crate::types::ObjId;

/// `1st what`, `2nd what`, `3rd what`, `4th what`, … (types2's wording, `11st` included).
fn nth(n: usize, what: &str) -> String {
    let suffix = match n {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
    format!("{n}{suffix} {what}")
}
