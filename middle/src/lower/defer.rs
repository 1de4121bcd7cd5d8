//! `defer` statements and `recover()`.
//!
//! A deferred call becomes a call of a function without parameters or results, as gc's
//! `normalizeGoDeferCall` makes it: a call that already is one (`defer func() { … }()`,
//! `defer f()` for `f func()`) defers its function value; any other call (`defer f(x)`,
//! `defer t.M()`, `defer println(x)`) gets a wrapper, gc's `main.f.deferwrap1`, a closure
//! whose captures are the operands, evaluated at the `defer` statement:
//!
//! ```text
//! func f(t *T) {                  func main.f(t *T) {
//!     defer g(1, t.n)                 var .t0 int = t.n
//! }                                   defer[0] closure{main.f.deferwrap1, .t0}
//!                                 }
//!                                 func main.f.deferwrap1() {   // captures .t0 int
//!                                     main.g(1, .t0)
//!                                 }
//! ```
//!
//! Each defer statement is numbered in its function; the backend records the function value
//! in that slot of the frame when gc open-codes the function's defers (at most 8, none in a
//! loop, few returns), in a defer record otherwise, and calls the recorded ones in reverse
//! order when the function returns, the runtime when it panics.

use base::source::Span;
use base::symbols::Symbol;
use base::types::Type;
use frontend::ast;
use frontend::check::{Mode, SelectionKind};

use super::{placeholder_func, Lowerer};
use crate::ir::*;

impl<'a> Lowerer<'a> {
    /// `defer call`.
    pub(super) fn defer_stmt(&mut self, call: &'a ast::Expr, span: Span, out: &mut Block) {
        let in_loop = self.f.targets.iter().any(|t| t.is_loop);
        let slot = self.f.defers;
        self.f.defers += 1;
        let func = self.deferred_func(call, span, out);
        out.push(Stmt::new(
            StmtKind::Defer {
                func,
                slot,
                in_loop,
            },
            span,
        ));
    }

    /// What `defer call` defers: the function value of a plain call, or gc's wrapper.
    pub(super) fn deferred_func(
        &mut self,
        call: &'a ast::Expr,
        span: Span,
        out: &mut Block,
    ) -> Expr {
        if self.is_plain_call(call) {
            let ast::ExprKind::Call { fun, .. } = &call.kind else {
                return self.bad(span);
            };
            self.expr(fun, out)
        } else {
            self.defer_wrapper(call, span, out)
        }
    }

    /// A call of a function value without parameters or results, not a method call: gc defers
    /// the value itself.
    fn is_plain_call(&mut self, call: &'a ast::Expr) -> bool {
        let ast::ExprKind::Call { fun, args, .. } = &call.kind else {
            return false;
        };
        let fun = fun.unparen();
        if !args.is_empty() || matches!(self.mode(fun), Some(Mode::Builtin(_) | Mode::TypeExpr)) {
            return false;
        }
        if let Some(sel) = self.info.selections.get(&fun.id) {
            if sel.kind == SelectionKind::MethodVal {
                return false;
            }
        }
        let t = self.ty(fun);
        matches!(self.types.under(t), Type::Func(sig) if sig.params.is_empty() && sig.results.is_empty())
    }

    /// gc's deferwrap: the call lowered in a closure of its own, its operands evaluated here.
    fn defer_wrapper(&mut self, call: &'a ast::Expr, span: Span, out: &mut Block) -> Expr {
        let mut pre = Block::new();
        self.expr_stmt(call, &mut pre);
        let mut body: Block = match pre.last().map(|s| &s.kind) {
            Some(StmtKind::Expr(_) | StmtKind::Panic(_) | StmtKind::Print { .. }) => {
                pre.pop().into_iter().collect()
            }
            _ => Block::new(),
        };
        out.append(&mut pre);

        // The wrapper's symbol and id first, so that literals among the operands (already
        // lowered) keep their numbers.
        // Named after the function a range-over-func loop body is in (gc's RangeParent).
        let parent = self.range_parent_of(self.cur_func);
        let outer_sym = self.funcs[parent.index()].sym.clone();
        let n = self.deferwrap_gen.entry(parent).or_insert(0);
        *n += 1;
        let sym = Symbol::DeferWrap {
            outer: Box::new(outer_sym),
            n: *n,
        };
        let id = FuncId(self.funcs.len() as u32);
        self.funcs.push(placeholder_func(sym.clone(), span));

        // Each operand that is not a constant or a top-level function is evaluated into a
        // temporary now and captured by the wrapper.
        let mut locals = Vec::new();
        let mut captures = Vec::new();
        let mut values = Vec::new();
        let mut bad = false;
        let mut nil_check = None;
        if let Some(stmt) = body.first_mut() {
            let mut hoist = |e: &mut Expr, lw: &mut Self| -> bool {
                if matches!(e.kind, ExprKind::Const(_) | ExprKind::FuncValue(_)) {
                    return false;
                }
                let (ty, espan) = (e.ty, e.span);
                let value = std::mem::replace(e, Expr::new(ExprKind::Const(Const::Nil), ty, espan));
                let t = lw.temp_of(value, out);
                values.push(Expr::new(ExprKind::Load(Place::Local(t)), ty, espan));
                let local = LocalId(locals.len() as u32);
                locals.push(Local {
                    name: lw.f.locals[t.index()].name.clone(),
                    ty,
                    kind: LocalKind::Captured,
                    span: espan,
                    addr_taken: false,
                    heap: false,
                });
                captures.push(Capture {
                    local,
                    by_ref: false,
                });
                *e = Expr::new(ExprKind::Load(Place::Local(local)), ty, espan);
                true
            };
            match &mut stmt.kind {
                StmtKind::Panic(e) => {
                    hoist(e, self);
                }
                StmtKind::Print { args, .. } => {
                    for a in args {
                        hoist(a, self);
                    }
                }
                StmtKind::Expr(e) => match &mut e.kind {
                    ExprKind::Call(_, args) | ExprKind::CallExtern(_, args) => {
                        for a in args {
                            hoist(a, self);
                        }
                    }
                    ExprKind::CallValue(f, args) => {
                        hoist(f, self);
                        for a in args {
                            hoist(a, self);
                        }
                    }
                    ExprKind::CallIface { recv, args, .. } => {
                        // gc checks the receiver at the defer statement (`OCHECKNIL`): the
                        // first operand hoisted, or the constant itself.
                        let constant = (**recv).clone();
                        nil_check = Some((hoist(recv, self), constant));
                        for a in args {
                            hoist(a, self);
                        }
                    }
                    _ => bad = true,
                },
                _ => {}
            }
        }
        if let Some((hoisted, constant)) = nil_check {
            let recv = match hoisted {
                true => values[0].clone(),
                false => constant,
            };
            let span = recv.span;
            out.push(Stmt::new(StmtKind::NilCheck(recv), span));
        }
        if bad {
            self.unsupported(span, "defer of this call");
            body.clear();
        }
        let fty = self.types.intern(Type::Func(base::types::Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        }));
        self.funcs[id.index()] = Func {
            locals,
            body,
            outer: Some(self.cur_func),
            captures,
            ..placeholder_func(sym, span)
        };
        let kind = ExprKind::Closure {
            func: id,
            captures: values,
            env: None,
            buf: None,
        };
        Expr::new(kind, fty, span)
    }

    /// `recover()`: `runtime.gorecover`, which gives the panic value or nil.
    pub(super) fn recover_call(&mut self, span: Span) -> Expr {
        let any = self.types.canonical(base::types::ANY);
        let id = self.runtime_extern_sig("runtime.gorecover", vec![], vec![any]);
        Expr::new(ExprKind::CallExtern(id, vec![]), any, span)
    }
}
