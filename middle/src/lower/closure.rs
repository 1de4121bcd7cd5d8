//! Function literals (gc's closures).
//!
//! A literal becomes a function of its own, named as gc names it (`main.main.func1`,
//! `main.main.func1.2` inside another literal, `main.init.func1` in a package-level
//! initialiser: [`Symbol::Closure`]), lowered where the literal stands with the enclosing
//! functions' state saved on a stack ([`LitFrame`]). A variable of an enclosing function that
//! the literal's body uses gets a local of the literal's own on first use (a
//! [`LocalKind::Captured`] one, [`Func::captures`]); the literal's value, an
//! [`ExprKind::Closure`], lists the enclosing function's value of each — which, inside
//! another literal, may itself be a capture. Whether a variable is captured by value or by
//! reference is escape analysis's decision (gc's `flowClosure`); the walk pass applies it.
//!
//! ```text
//! func counter() func() int {       func main.counter() func() int {
//!     n := 0                            var n int = 0
//!     return func() int {               return closure{main.counter.func1, n}
//!         n++                       }
//!         return n                  func main.counter.func1() int {
//!     }                                 // captures n int by value   (escape: by reference)
//! }                                     n = n + 1
//!                                       return n
//!                                   }
//! ```

use std::collections::{HashMap, HashSet};

use base::symbols::Symbol;
use base::types::{ObjId, Type, TypeId};
use frontend::ast;

use super::{placeholder_func, FnState, Lowerer, Operand, Site, SiteKey};
use crate::ir::*;

/// A function literal being lowered (see [`Lowerer::enter_literal`]).
pub(super) struct Literal {
    id: FuncId,
    sym: Symbol,
    outer: FuncId,
}

/// What lowering a literal puts aside of the function it stands in, restored after it.
pub(super) struct LitFrame<'a> {
    f: FnState,
    func: FuncId,
    static_values: HashMap<ObjId, &'a ast::Expr>,
    static_zero: HashSet<ObjId>,
    pending_self: Vec<bool>,
}

impl<'a> Lowerer<'a> {
    /// The function literal `e` (of func type `ty`): its function, and its value here.
    pub(super) fn func_lit(&mut self, e: &'a ast::Expr, ty: TypeId) -> Expr {
        let span = e.span;
        let ast::ExprKind::FuncLit { ty: fty, body } = &e.kind else {
            return self.bad(span);
        };
        let (sig_params, sig_results) = match self.types.under(ty) {
            Type::Func(sig) => (sig.params.clone(), sig.results.clone()),
            _ => return self.bad(span),
        };
        // A literal written in a range-over-func loop's body is named after the function the
        // loop is in (gc's `RangeParent`).
        let parent = self.range_parent_of(self.cur_func);
        let n = self.lit_gen.entry(parent).or_insert(0);
        *n += 1;
        let sym = Symbol::Closure {
            outer: Box::new(self.funcs[parent.index()].sym.clone()),
            n: *n,
        };
        // A literal is a function of its own for the range-over-func rewrite too.
        let rewriter = std::mem::take(&mut self.rf);
        let lit = self.enter_literal(sym, body, sig_params.len() + sig_results.len(), span);
        let rename_results = self.begin_range_funcs(body);
        let mut out = Vec::new();
        let params =
            self.signature_locals(fty, &sig_params, &sig_results, rename_results, &mut out);
        self.block_into(&body.stmts, &mut out);
        let value = self.finish_literal(lit, params, sig_results, out, ty, span);
        self.rf = rewriter;
        let text = self.gcfmt().text(e);
        self.site_keys.insert(
            SiteKey::new(SiteKind::Closure, span),
            Site::named(text, span),
        );
        value
    }

    /// The function `range_parent_of(f)` literals and loop bodies in `f` are named after: `f`
    /// itself, or for a range-over-func loop body, the function the loop is written in.
    pub(super) fn range_parent_of(&self, f: FuncId) -> FuncId {
        self.range_parents.get(&f).copied().unwrap_or(f)
    }

    /// Starts lowering a function literal named `sym` whose body is `body` (with `declared`
    /// parameters and results), putting the enclosing function's state aside.
    pub(super) fn enter_literal(
        &mut self,
        sym: Symbol,
        body: &'a ast::Block,
        declared: usize,
        span: base::source::Span,
    ) -> Literal {
        let id = FuncId(self.funcs.len() as u32);
        self.funcs.push(placeholder_func(sym.clone(), span));
        self.lit_stack.push(LitFrame {
            f: std::mem::take(&mut self.f),
            func: self.cur_func,
            static_values: std::mem::take(&mut self.static_values),
            static_zero: std::mem::take(&mut self.static_zero),
            pending_self: std::mem::take(&mut self.pending_self),
        });
        let outer = self.cur_func;
        self.cur_func = id;
        self.begin_body(body, declared);
        // A captured variable keeps its static value (gc's `StaticValue` looks through a
        // capture to the variable, whose reassignments the enclosing function's pre-pass saw,
        // those in literals included).
        if let Some(frame) = self.lit_stack.last() {
            for (&o, &v) in &frame.static_values {
                self.static_values.entry(o).or_insert(v);
            }
            self.static_zero.extend(frame.static_zero.iter().copied());
        }
        Literal { id, sym, outer }
    }

    /// Ends the literal `lit` with its lowered parameters, results and body; restores the
    /// enclosing function's state and gives the literal's value there (of type `ty`): a
    /// closure of each captured variable as the enclosing function sees it.
    pub(super) fn finish_literal(
        &mut self,
        lit: Literal,
        params: Vec<LocalId>,
        results: Vec<TypeId>,
        body: Block,
        ty: TypeId,
        span: base::source::Span,
    ) -> Expr {
        let st = std::mem::take(&mut self.f);
        if let Some(frame) = self.lit_stack.pop() {
            self.f = frame.f;
            self.cur_func = frame.func;
            self.static_values = frame.static_values;
            self.static_zero = frame.static_zero;
            self.pending_self = frame.pending_self;
        }
        let mut values = Vec::new();
        for &(obj, _) in &st.captures {
            let op = self.local_var(obj, span);
            values.push(self.load(op, span));
        }
        self.funcs[lit.id.index()] = Func {
            sym: lit.sym,
            locals: st.locals,
            params,
            results,
            body,
            noinline: false,
            autogenerated: false,
            archived: false,
            span,
            outer: Some(lit.outer),
            captures: st
                .captures
                .iter()
                .map(|&(_, local)| Capture {
                    local,
                    by_ref: false,
                })
                .collect(),
        };
        let kind = ExprKind::Closure {
            func: lit.id,
            captures: values,
            env: None,
            buf: None,
        };
        Expr::new(kind, ty, span)
    }

    /// The method value `e` = `x.M` (of func type `ty`): a funcval of gc's `-fm` wrapper
    /// carrying the receiver, evaluated now (see `ExprKind::MethodValue`).
    pub(super) fn method_value(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        sel: &frontend::check::Selection,
        ty: TypeId,
        out: &mut Block,
    ) -> Expr {
        // gc reports a method value at its dot.
        let span = e.node_pos();
        let ast::ExprKind::Selector { sel: name, .. } = &e.kind else {
            return self.bad(span);
        };
        let tx = self.ty(x);
        let (recv, method) = match sel.method {
            Some(m) => {
                let recv_ty = match &self.info.object(m).kind {
                    frontend::check::ObjKind::Func(fi) => fi.recv,
                    _ => None,
                };
                let (Some(recv_ty), Some(&f)) = (recv_ty, self.func_of.get(&m)) else {
                    self.error(span, "internal error: method value");
                    return self.bad(span);
                };
                let wants_pointer = self.pointer_elem(recv_ty).is_some();
                let recv = self.method_receiver(x, tx, &sel.path, wants_pointer, span, out);
                (recv, Some(f))
            }
            None => {
                let op = self.operand(x, out);
                let (op, _) = self.follow_path(op, tx, &sel.path, span);
                (self.load(op, span), None)
            }
        };
        let Some(wrapper) = self.method_value_wrapper(recv.ty, &name.name, method, ty) else {
            self.error(span, "internal error: method value wrapper");
            return self.bad(span);
        };
        // gc names the embedded fields the method is promoted through (`o.Inner.Get`).
        let mut text = self.gcfmt().text(e);
        if !sel.path.is_empty() {
            text = self.gcfmt().text(x);
            let mut t = tx;
            for &i in &sel.path {
                t = self.pointer_elem(t).unwrap_or(t);
                let Type::Struct(fields) = self.types.under(t) else {
                    break;
                };
                let Some(f) = fields.get(i) else { break };
                text.push('.');
                text.push_str(&f.name);
                t = f.ty;
            }
            text.push('.');
            text.push_str(&name.name);
        }
        self.site_keys.insert(
            SiteKey::new(SiteKind::MethodValue, span),
            Site::named(text, span),
        );
        let kind = ExprKind::MethodValue {
            wrapper,
            method,
            recv: Box::new(recv),
            env: None,
            buf: None,
        };
        Expr::new(kind, ty, span)
    }

    /// The local variable `obj` as the function being lowered sees it: its own, or, in a
    /// function literal, its capture of an enclosing function's (made at the first use).
    pub(super) fn local_var(&mut self, obj: ObjId, span: base::source::Span) -> Operand {
        let ty = self.object(obj).ty;
        if let Some(&l) = self.f.vars.get(&obj) {
            return Operand::Place(Place::Local(l), ty);
        }
        if self.lit_stack.is_empty() {
            self.error(span, "internal error: variable used outside its function");
            return Operand::Value(self.bad(span));
        }
        let object = self.object(obj);
        let (name, decl) = (object.name.clone(), object.span);
        let id = LocalId(self.f.locals.len() as u32);
        self.f.locals.push(Local {
            name,
            ty,
            kind: LocalKind::Captured,
            span: decl,
            addr_taken: false,
            heap: false,
        });
        self.f.vars.insert(obj, id);
        self.f.captures.push((obj, id));
        Operand::Place(Place::Local(id), ty)
    }
}
