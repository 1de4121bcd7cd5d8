//! How gc names an expression and where it says it is, for the `-m` remarks of escape analysis
//! (`make([]int, n) does not escape`, `&T{...} escapes to heap`, …).
//!
//! gc prints its typechecked IR with `ir.exprFmt` (`cmd/compile/internal/ir/fmt.go`):
//! constants as values (`make([]int, 3)` for `make([]int, N)`), with their type when it is not
//! the constant's default (`int64(2)`, `'x'` for runes, long strings cut at 72 characters),
//! parentheses only where precedence needs them, composite literals as `T{...}` (or `T{}`),
//! conversions as `T(x)` or `([]byte)(x)` when the type has no name, no implicit conversions.
//! Types are spelled as written where the source names them (`[]byte`), else as gc prints
//! them: package `main`'s types unqualified (`T`), others qualified (`runtime.MemStats`).
//!
//! Positions are those of gc's syntax tree: a call is at its `(`, a composite literal at its
//! `{`, a binary expression at its operator, a selector at its `.`, an index or slice at its
//! `[`, a parenthesised expression at its `(`, anything else at its first character.

use std::collections::HashMap;

use base::constant::ConstValue;
use base::types::{BasicKind, PkgId, Type, TypeId, Types, BYTE, RUNE};
use frontend::ast::{self, ExprKind as AstExpr, NodeId, UnaryOp};
use frontend::check::{Info, Mode, SelectionKind};

use super::autotmp::TempBase;
use crate::remark::{DevirtualizedCalls, GcText};

pub(crate) struct GcFmt<'a> {
    pub info: &'a Info,
    pub types: &'a Types,
    /// The local package, whose names gc prints bare.
    pub pkg: PkgId,
    /// The temporaries gc reads multi-value arguments into (`f(g())` prints as
    /// `f(.autotmp_1, .autotmp_2)`), by the argument's id.
    pub(super) temps: &'a HashMap<NodeId, TempBase>,
}

impl GcFmt<'_> {
    /// gc's text of `e` in a remark, with its interface calls left for devirtualization to
    /// decide (see [`GcText`]).
    pub fn text(&self, e: &ast::Expr) -> GcText {
        let mut s = GcText::default();
        self.expr_prec(e, 0, &mut s);
        s
    }

    /// gc's text of `e` as it is before devirtualization.
    pub fn expr(&self, e: &ast::Expr) -> String {
        self.text(e).render(&DevirtualizedCalls::new())
    }

    /// gc's precedence of the node an expression becomes (`ir.OpPrec`).
    fn prec(&self, e: &ast::Expr) -> i32 {
        use ast::BinaryOp::*;
        if self.constant(e).is_some() {
            return 8;
        }
        match &e.kind {
            AstExpr::Paren(x) => self.prec(x),
            AstExpr::Binary { op, .. } => match op {
                Mul | Div | Rem | Shl | Shr | And | AndNot => 6,
                Add | Sub | Or | Xor => 5,
                Eq | Ne | Lt | Le | Gt | Ge => 4,
                LogAnd => 2,
                LogOr => 1,
            },
            AstExpr::Unary { .. } | AstExpr::Star(_) => 7,
            _ => 8,
        }
    }

    fn constant(&self, e: &ast::Expr) -> Option<(&ConstValue, TypeId)> {
        Some((self.info.const_value(e.id)?, self.info.exprs.get(&e.id)?.ty))
    }

    fn expr_prec(&self, e: &ast::Expr, prec: i32, s: &mut GcText) {
        if let AstExpr::Paren(x) = &e.kind {
            return self.expr_prec(x, prec, s);
        }
        // A callee gc's typecheck evaluated into a temporary first (`f().M()`).
        if let Some(base) = self.temps.get(&e.id) {
            let single = !matches!(
                self.info.exprs.get(&e.id).map(|i| self.types.get(i.ty)),
                Some(Type::Tuple(_))
            );
            if single {
                s.push_str(&format!(".autotmp_{}", base.first));
                return;
            }
        }
        let nprec = self.prec(e);
        if prec > nprec {
            s.push('(');
            self.expr_prec(e, 0, s);
            s.push(')');
            return;
        }
        if let Some((v, ty)) = self.constant(e) {
            let ty = self.info.spelled.get(&e.id).copied().unwrap_or(ty);
            self.write_constant(v, ty, s);
            return;
        }
        match &e.kind {
            AstExpr::Ident(name) => s.push_str(name),
            AstExpr::BasicLit { raw, .. } => s.push_str(raw),
            AstExpr::CompositeLit { ty, elts, .. } => {
                match ty {
                    Some(t) => s.push_str(&self.type_expr(t)),
                    None => {
                        let t = self.info.exprs.get(&e.id).map(|i| i.ty);
                        if let Some(t) = t {
                            s.push_str(&self.type_id(t));
                        }
                    }
                }
                s.push_str(if elts.is_empty() { "{}" } else { "{...}" });
            }
            AstExpr::FuncLit { .. } => s.push_str("func literal"),
            AstExpr::Paren(_) => {}
            AstExpr::Selector { x, sel, .. } => {
                match self.info.selections.get(&e.id) {
                    Some(selection) if selection.kind == SelectionKind::FieldVal => {
                        self.expr_prec(x, nprec, s);
                        // Promoted fields print with the embedded fields they go through.
                        let mut t = self.info.exprs.get(&x.id).map(|i| i.ty);
                        let n = selection.path.len();
                        for (k, &i) in selection.path.iter().enumerate() {
                            let Some(cur) = t else { break };
                            let cur = match self.types.under(cur) {
                                Type::Pointer(e) => *e,
                                _ => cur,
                            };
                            let Type::Struct(fields) = self.types.under(cur) else {
                                break;
                            };
                            let Some(f) = fields.get(i) else { break };
                            if k + 1 < n {
                                s.push('.');
                                s.push_str(&f.name);
                            }
                            t = Some(f.ty);
                        }
                    }
                    _ => self.expr_prec(x, nprec, s),
                }
                s.push('.');
                s.push_str(&sel.name);
            }
            AstExpr::Index { x, indices, .. } => {
                self.expr_prec(x, nprec, s);
                s.push('[');
                self.list(indices, s);
                s.push(']');
            }
            AstExpr::Slice {
                x,
                lo,
                hi,
                max,
                three,
                ..
            } => {
                self.expr_prec(x, nprec, s);
                s.push('[');
                if let Some(lo) = lo {
                    self.expr_prec(lo, 0, s);
                }
                s.push(':');
                if let Some(hi) = hi {
                    self.expr_prec(hi, 0, s);
                }
                if *three {
                    s.push(':');
                    if let Some(max) = max {
                        self.expr_prec(max, 0, s);
                    }
                }
                s.push(']');
            }
            AstExpr::TypeAssert { x, ty, .. } => {
                self.expr_prec(x, nprec, s);
                s.push_str(".(");
                match ty {
                    Some(t) => s.push_str(&self.type_expr(t)),
                    None => s.push_str("type"),
                }
                s.push(')');
            }
            AstExpr::Call {
                fun,
                args,
                ellipsis,
                ..
            } => self.call(fun, args, ellipsis.is_some(), nprec, s),
            AstExpr::Star(x) => {
                s.push('*');
                self.expr_prec(x, nprec + 1, s);
            }
            AstExpr::Unary { op, x, .. } => {
                s.push_str(op.as_str());
                if let AstExpr::Unary { op: inner, .. } = &x.unparen().kind {
                    if inner == op {
                        s.push(' ');
                    }
                }
                if *op == UnaryOp::Addr {
                    if let AstExpr::CompositeLit { .. } = &x.unparen().kind {
                        self.expr_prec(x, 0, s);
                        return;
                    }
                }
                self.expr_prec(x, nprec + 1, s);
            }
            AstExpr::Binary { op, x, y, .. } => {
                self.expr_prec(x, nprec, s);
                s.push(' ');
                s.push_str(op.as_str());
                s.push(' ');
                // An untyped constant shift count is converted to uint (gc's noder makes the
                // conversion explicit, and prints it: `a << uint(1)`).
                let shift = matches!(op, ast::BinaryOp::Shl | ast::BinaryOp::Shr);
                match self.constant(y) {
                    Some((v, ty))
                        if shift && self.types.basic_kind(ty).is_some_and(|k| k.is_untyped()) =>
                    {
                        let uint = self.types.basic(BasicKind::Uint);
                        self.write_constant(v, uint, s);
                    }
                    _ => self.expr_prec(y, nprec + 1, s),
                }
            }
            AstExpr::Ellipsis
            | AstExpr::ArrayType { .. }
            | AstExpr::StructType { .. }
            | AstExpr::FuncType(_)
            | AstExpr::InterfaceType { .. }
            | AstExpr::MapType { .. }
            | AstExpr::ChanType { .. } => s.push_str(&self.type_expr(e)),
        }
    }

    fn list(&self, es: &[ast::Expr], s: &mut GcText) {
        for (i, e) in es.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            self.arg(e, s);
        }
    }

    /// A call argument: a multi-value one as the temporaries gc reads it into.
    fn arg(&self, e: &ast::Expr, s: &mut GcText) {
        let results = self.info.exprs.get(&e.id).map(|i| self.types.get(i.ty));
        if let (Some(base), Some(Type::Tuple(elems))) = (self.temps.get(&e.id), results) {
            let names: Vec<String> = (0..elems.len())
                .map(|i| format!(".autotmp_{}", base.first + i))
                .collect();
            s.push_str(&names.join(", "));
            return;
        }
        self.expr_prec(e, 0, s);
    }

    /// The constant value of `e` as gc prints a literal of type `ty` (`Name("a")`).
    pub fn typed_constant(&self, e: &ast::Expr, ty: TypeId) -> GcText {
        let mut s = GcText::default();
        match self.constant(e) {
            Some((v, _)) => self.write_constant(v, ty, &mut s),
            None => self.expr_prec(e, 0, &mut s),
        }
        s
    }

    /// The conversion `fun(arg)` as gc prints it, with `arg` standing for the operand written.
    pub fn conversion(&self, fun: &ast::Expr, arg: &ast::Expr) -> GcText {
        let mut s = GcText::default();
        self.call(fun, std::slice::from_ref(arg), false, 0, &mut s);
        s
    }

    fn call(&self, fun: &ast::Expr, args: &[ast::Expr], ddd: bool, nprec: i32, s: &mut GcText) {
        let mode = self.info.exprs.get(&fun.unparen().id).map(|i| &i.mode);
        match mode {
            Some(Mode::TypeExpr) => {
                // A conversion: `T(x)` for a named type, `(T)(x)` otherwise.
                let t = self.type_expr(fun);
                let named = matches!(
                    &fun.unparen().kind,
                    AstExpr::Ident(_) | AstExpr::Selector { .. }
                );
                if named {
                    s.push_str(&t);
                } else {
                    s.push('(');
                    s.push_str(&t);
                    s.push(')');
                }
                s.push('(');
                self.list(args, s);
                s.push(')');
            }
            Some(Mode::Builtin(_)) => {
                // Builtins print by name, a type argument as a type.
                s.push_str(&self.builtin_name(fun));
                s.push('(');
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    let is_type = matches!(
                        self.info.exprs.get(&a.id).map(|i| &i.mode),
                        Some(Mode::TypeExpr)
                    );
                    if is_type {
                        s.push_str(&self.type_expr(a));
                    } else {
                        self.expr_prec(a, 0, s);
                    }
                }
                if ddd {
                    s.push_str("...");
                }
                s.push(')');
            }
            _ => {
                if self.method_call(fun, args, ddd, s) || self.iface_call(fun, args, ddd, s) {
                    return;
                }
                self.expr_prec(fun, nprec, s);
                s.push('(');
                self.call_args(fun, args, ddd, s);
                s.push(')');
            }
        }
    }

    /// The arguments of a call of `fun` as gc prints them after its typecheck packed a
    /// variadic call's extra arguments into a slice: `f(1, ... argument...)`, and
    /// `f(1, nil...)` when there are none.
    fn call_args(&self, fun: &ast::Expr, args: &[ast::Expr], ddd: bool, s: &mut GcText) {
        let Some(fixed) = self.packed_after(fun, ddd) else {
            self.list(args, s);
            if ddd {
                s.push_str("...");
            }
            return;
        };
        self.list(&args[..fixed.min(args.len())], s);
        if fixed > 0 {
            s.push_str(", ");
        }
        if args.len() > fixed {
            s.push_str("... argument...");
        } else {
            s.push_str("nil...");
        }
    }

    /// A call of a declared method `x.M(args)` prints as gc's typecheck rewrites it, a method
    /// expression call `T.M(x, args)` / `(*T).M(x, args)`, the receiver with the embedded
    /// fields it goes through and without implicit `&`/`*`. Returns false for other calls.
    fn method_call(&self, fun: &ast::Expr, args: &[ast::Expr], ddd: bool, s: &mut GcText) -> bool {
        let fun = fun.unparen();
        let AstExpr::Selector { x, sel, .. } = &fun.kind else {
            return false;
        };
        let Some(selection) = self.info.selections.get(&fun.id) else {
            return false;
        };
        if selection.kind != SelectionKind::MethodVal {
            return false;
        }
        let Some(method) = selection.method else {
            return false;
        };
        let recv = match &self.info.object(method).kind {
            frontend::check::ObjKind::Func(fi) => fi.recv,
            _ => None,
        };
        let Some(recv) = recv else {
            return false;
        };
        match self.types.get(recv) {
            Type::Pointer(e) => {
                s.push_str("(*");
                s.push_str(&self.type_id(*e));
                s.push(')');
            }
            _ => s.push_str(&self.type_id(recv)),
        }
        s.push('.');
        s.push_str(&sel.name);
        s.push('(');
        self.expr_prec(x, 8, s);
        let mut t = self.info.exprs.get(&x.id).map(|i| i.ty);
        for &i in &selection.path {
            let Some(cur) = t else { break };
            let cur = match self.types.under(cur) {
                Type::Pointer(e) => *e,
                _ => cur,
            };
            let Type::Struct(fields) = self.types.under(cur) else {
                break;
            };
            let Some(f) = fields.get(i) else { break };
            s.push('.');
            s.push_str(&f.name);
            t = Some(f.ty);
        }
        if !args.is_empty() || self.is_variadic_call(fun, ddd) {
            s.push_str(", ");
            self.call_args(fun, args, ddd, s);
        }
        s.push(')');
        true
    }

    /// Whether `fun`'s call packs its extra arguments (a variadic callee, no `...`).
    fn is_variadic_call(&self, fun: &ast::Expr, ddd: bool) -> bool {
        self.packed_after(fun, ddd).is_some()
    }

    /// How many fixed parameters a call of `fun` has before the extra arguments its typecheck
    /// packs into a slice; None when it packs none (not variadic, or called with `...`).
    fn packed_after(&self, fun: &ast::Expr, ddd: bool) -> Option<usize> {
        let ty = self.info.exprs.get(&fun.unparen().id)?.ty;
        match self.types.under(ty) {
            Type::Func(sig) if sig.variadic && !ddd => Some(sig.params.len() - 1),
            _ => None,
        }
    }

    /// A call of an interface method `x.M(args)`, as a part devirtualization may rewrite.
    /// Returns false for other calls.
    fn iface_call(&self, fun: &ast::Expr, args: &[ast::Expr], ddd: bool, s: &mut GcText) -> bool {
        let fun = fun.unparen();
        let AstExpr::Selector { x, sel, .. } = &fun.kind else {
            return false;
        };
        let is_iface_method = self
            .info
            .selections
            .get(&fun.id)
            .is_some_and(|m| m.kind == SelectionKind::MethodVal && m.method.is_none());
        if !is_iface_method {
            return false;
        }
        let mut recv = GcText::default();
        self.expr_prec(x, 8, &mut recv);
        let mut list = GcText::default();
        self.call_args(fun, args, ddd, &mut list);
        s.iface_call(x.id, recv, &sel.name, list);
        true
    }

    fn builtin_name(&self, fun: &ast::Expr) -> String {
        match &fun.unparen().kind {
            AstExpr::Ident(n) => n.clone(),
            AstExpr::Selector { x, sel, .. } => format!("{}.{}", self.expr(x), sel.name),
            _ => self.expr(fun),
        }
    }

    /// A constant as gc prints it; `ty` may be the spelling `byte` or `rune` ([`BYTE`],
    /// [`RUNE`]): a rune prints as a character literal, a byte as `byte(120)`, an `int32` as
    /// `int32(5)`.
    fn write_constant(&self, v: &ConstValue, ty: TypeId, s: &mut GcText) {
        let kind = self.types.basic_kind(ty);
        let is_named = matches!(self.types.get(ty), Type::Named(_));
        if ty == RUNE || kind == Some(BasicKind::UntypedRune) {
            if let Some(r) = v.to_u64().filter(|&r| r <= 0x10FFFF) {
                s.push_str(&quote_rune(r as u32));
                return;
            }
        }
        let default = match v {
            ConstValue::Bool(_) => BasicKind::Bool,
            ConstValue::String(_) => BasicKind::String,
            ConstValue::Int(_) => BasicKind::Int,
            ConstValue::Float(_) => BasicKind::Float64,
            ConstValue::Complex(..) => BasicKind::Complex128,
        };
        let plain = !is_named && kind.is_some_and(|k| k == default || k.is_untyped());
        if plain {
            s.push_str(&v.to_string());
        } else {
            let name = if ty == BYTE {
                "byte".to_string()
            } else if ty == RUNE {
                // A rune that is no character: `rune(-1)`.
                "rune".to_string()
            } else {
                self.type_id(ty)
            };
            s.push_str(&name);
            s.push('(');
            s.push_str(&v.to_string());
            s.push(')');
        }
    }

    /// A type as written in the source.
    pub fn type_expr(&self, e: &ast::Expr) -> String {
        // A declared alias (`type A = T`, `os.FileMode`) is the type it stands for, as gc's
        // types know it; the predeclared `any`, `byte` and `rune` keep their names.
        if let AstExpr::Ident(_) | AstExpr::Selector { .. } = &e.kind {
            let obj = self
                .info
                .uses
                .get(&e.id)
                .copied()
                .or_else(|| match &e.kind {
                    AstExpr::Selector { sel, .. } => self.info.uses.get(&sel.id).copied(),
                    _ => None,
                });
            if let Some(obj) = obj {
                let o = self.info.object(obj);
                // An alias's object names a type declared under another name (or none).
                let alias = matches!(o.kind, frontend::check::ObjKind::TypeName)
                    && o.pkg != PkgId::UNIVERSE
                    && self
                        .types
                        .named_info(o.ty)
                        .is_none_or(|n| n.name != o.name || n.pkg != o.pkg);
                if alias {
                    return self.type_id(o.ty);
                }
            }
        }
        match &e.kind {
            AstExpr::Paren(x) => self.type_expr(x),
            AstExpr::Ident(n) => n.clone(),
            AstExpr::Selector { x, sel, .. } => format!("{}.{}", self.expr(x), sel.name),
            AstExpr::Star(x) => format!("*{}", self.type_expr(x)),
            AstExpr::ArrayType { len: None, elem } => format!("[]{}", self.type_expr(elem)),
            AstExpr::ArrayType { len: Some(_), elem } => {
                // The length as gc knows it (`[...]T` has its count by now).
                match self.info.exprs.get(&e.id).map(|i| i.ty) {
                    Some(t) => match self.types.under(t) {
                        Type::Array(n, _) => format!("[{n}]{}", self.type_expr(elem)),
                        _ => self.type_id(t),
                    },
                    None => format!("[?]{}", self.type_expr(elem)),
                }
            }
            // Composite types as written, so that `any`, `byte` and `rune` keep their
            // spelling inside them, as gc's types do.
            AstExpr::StructType { fields } if !fields.is_empty() => {
                let mut parts = Vec::new();
                for f in fields {
                    let ty = self.type_expr(&f.ty);
                    let tag = f
                        .tag
                        .as_deref()
                        .and_then(|raw| {
                            ConstValue::from_literal(base::constant::LitKind::String, raw)
                        })
                        .and_then(|v| match v {
                            ConstValue::String(b) if !b.is_empty() => {
                                Some(format!(" {}", base::constant::go_quote_bytes(&b)))
                            }
                            _ => None,
                        })
                        .unwrap_or_default();
                    if f.names.is_empty() {
                        parts.push(format!("{ty}{tag}"));
                    }
                    for n in &f.names {
                        parts.push(format!("{} {ty}{tag}", n.name));
                    }
                }
                format!("struct {{ {} }}", parts.join("; "))
            }
            AstExpr::FuncType(ft) => {
                let params: Vec<String> = ft
                    .params
                    .iter()
                    .map(|p| {
                        let t = self.type_expr(&p.ty);
                        if p.variadic {
                            format!("...{t}")
                        } else {
                            t
                        }
                    })
                    .collect();
                let results: Vec<String> =
                    ft.results.iter().map(|r| self.type_expr(&r.ty)).collect();
                let results = match results.len() {
                    0 => String::new(),
                    1 => format!(" {}", results[0]),
                    _ => format!(" ({})", results.join(", ")),
                };
                format!("func({}){results}", params.join(", "))
            }
            AstExpr::MapType { key, value } => {
                format!("map[{}]{}", self.type_expr(key), self.type_expr(value))
            }
            _ => match self.info.exprs.get(&e.id).map(|i| i.ty) {
                Some(t) => self.type_id(t),
                None => "?".into(),
            },
        }
    }

    /// A type as gc prints it.
    pub fn type_id(&self, t: TypeId) -> String {
        type_text(self.types, self.pkg, t)
    }
}

/// A type as gc prints it in remarks (`%v`): names of the local package `pkg` bare.
pub(crate) fn type_text(types: &Types, pkg: PkgId, t: TypeId) -> String {
    match types.get(t) {
        Type::Basic(k) => k.name().to_string(),
        Type::Pointer(e) => format!("*{}", type_text(types, pkg, *e)),
        Type::Slice(e) => format!("[]{}", type_text(types, pkg, *e)),
        Type::Array(n, e) => format!("[{n}]{}", type_text(types, pkg, *e)),
        Type::Map(k, v) => format!(
            "map[{}]{}",
            type_text(types, pkg, *k),
            type_text(types, pkg, *v)
        ),
        Type::Chan(e) => format!("chan {}", type_text(types, pkg, *e)),
        Type::Named(_) => match types.named_info(t) {
            Some(n) if n.pkg == PkgId::UNIVERSE || n.pkg == pkg => n.name.clone(),
            Some(n) => format!("{}.{}", types.pkg_name(n.pkg), n.name),
            None => "?".into(),
        },
        Type::Struct(fields) => {
            if fields.is_empty() {
                return "struct {}".into();
            }
            let fs: Vec<String> = fields
                .iter()
                .map(|f| {
                    if f.embedded {
                        type_text(types, pkg, f.ty)
                    } else {
                        format!("{} {}", f.name, type_text(types, pkg, f.ty))
                    }
                })
                .collect();
            format!("struct {{ {} }}", fs.join("; "))
        }
        Type::Interface(ms) if ms.is_empty() => "interface {}".into(),
        Type::Func(sig) => {
            let n = sig.params.len();
            let params: Vec<String> = sig
                .params
                .iter()
                .enumerate()
                .map(|(i, &p)| match types.get(p) {
                    Type::Slice(e) if sig.variadic && i + 1 == n => {
                        format!("...{}", type_text(types, pkg, *e))
                    }
                    _ => type_text(types, pkg, p),
                })
                .collect();
            let results: Vec<String> = sig
                .results
                .iter()
                .map(|&r| type_text(types, pkg, r))
                .collect();
            let results = match results.as_slice() {
                [] => String::new(),
                [one] => format!(" {one}"),
                more => format!(" ({})", more.join(", ")),
            };
            format!("func({}){results}", params.join(", "))
        }
        Type::Interface(_) | Type::Tuple(_) => crate::print::type_string(types, t),
    }
}

/// Go's `%q` of a rune (`'x'`, `'\n'`, `'世'`).
fn quote_rune(r: u32) -> String {
    match char::from_u32(r) {
        Some('\'') => "'\\''".into(),
        Some('\\') => "'\\\\'".into(),
        Some('\n') => "'\\n'".into(),
        Some('\t') => "'\\t'".into(),
        Some('\r') => "'\\r'".into(),
        Some('\0') => "'\\x00'".into(),
        Some(c) if !c.is_control() => format!("'{c}'"),
        _ if r < 0x100 => format!("'\\x{r:02x}'"),
        _ if r < 0x10000 => format!("'\\u{r:04x}'"),
        _ => format!("'\\U{r:08x}'"),
    }
}
