//! Expressions: the entry points that evaluate an expression to an operand, the switch over
//! expression kinds, identifiers, and type assertions (types2's `expr.go`).
//!
//! The kinds of expression have files of their own beside this one, as in types2:
//! `selector.rs` (`x.sel`), `operators.rs` (unary, binary and shift operators), `comparison.rs`,
//! `untyped.rs` (constants, and untyped operands taking a type from context), `index.rs` (index
//! and slice expressions), `literals.rs` (composite literals); calls are in `call.rs`,
//! `conversions.rs` and `builtins.rs`.

use crate::ast::{Expr, ExprKind, LitKind};
use crate::check::operand::{expr_string, OpMode, Operand};
use crate::check::{Checker, Mode, ObjKind, VarKind};
use crate::constant::ConstValue;
use crate::source::Span;
use crate::types::{BasicKind, ObjId, PkgId, Type, TypeId};

/// Re-exported for the files that name it from here.

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

    /// Function values gocrane does not make yet: the functions of package runtime (gocrane's
    /// runtime has no funcvals for them).
    pub(crate) fn reject_func_value(&mut self, x: &mut Operand<'a>) {
        if x.is_invalid() || !matches!(self.types.under(x.ty), Type::Func(_)) {
            return;
        }
        let Some(e) = x.expr.map(Expr::unparen) else {
            return;
        };
        let what = match self.info.selections.get(&e.id).map(|s| s.kind) {
            Some(_) => return,
            None => {
                let runtime = self.runtime_pkg.map(|p| self.pkgs[p].id);
                let runtime_func = self.info.uses.get(&e.id).is_some_and(|&o| {
                    let ob = self.obj(o);
                    matches!(ob.kind, ObjKind::Func(_)) && Some(ob.pkg) == runtime
                });
                if !runtime_func {
                    return;
                }
                "functions of package runtime as values"
            }
        };
        self.unsupported(span_of(x), what);
        x.mode = OpMode::Invalid;
    }

    /// Evaluates an expression only for its errors and uses (types2's `use`).
    pub(crate) fn use_expr(&mut self, e: &'a Expr) {
        let _ = self.raw_expr(e, None);
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
                // types2 caps only numeric literals (a longer mantissa means nothing); string
                // literals may be as long as the user likes.
                if matches!(kind, LitKind::Int | LitKind::Float | LitKind::Imag)
                    && raw.len() > 10_000
                {
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
                            LitKind::Imag => BasicKind::UntypedComplex,
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
            ExprKind::FuncLit { ty, body } => {
                let t = self.func_lit(e.id, ty, body);
                Operand {
                    mode: OpMode::Value,
                    ty: t,
                    expr: Some(e),
                    dummy: None,
                }
            }
            ExprKind::Paren(x) => {
                let mut y = self.raw_expr(x, hint);
                y.expr = Some(e);
                y
            }
            ExprKind::Selector { x, sel, .. } => self.selector(e, x, sel),
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
                if ob.name == "iota" && ob.pkg == PkgId::UNIVERSE {
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
            && ob.pkg != PkgId::UNIVERSE
            && self.objs[obj.0 as usize].decl.is_some();
        if pkg_level {
            let deps = self.deps.entry(d).or_default();
            if !deps.contains(&obj) {
                deps.push(obj);
            }
        }
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
}

/// Where errors about an operand are reported: its expression's start.
pub(crate) fn span_of(x: &Operand) -> Span {
    x.expr.map_or(Span::default(), |e| e.span)
}

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
