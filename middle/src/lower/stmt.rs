//! Lowering of statements: declarations, assignments, control flow, loops, switch, range.
//!
//! ```text
//! a, b = b, a                var .t0 T = b; var .t1 T = a; a = .t0; b = .t1
//! x[f()] += 1                var .t0 int = main.f(); x[.t0] = x[.t0] + 1
//! for i := 0; i < n; i++ {   (only when i's address is taken: one i per iteration)
//!     use(&i)                var i int = 0              // the loop's own copy
//! }                          for i < n {
//!                                var i#1 int = i        // this iteration's i
//!                                main.use(&i#1)
//!                            } post { i = i#1; i = i + 1 }
//! for i, v := range s        var .t0 []T = s; var .t1 int = len(.t0); var .t2 int = 0
//!                            for .t2 < .t1 { var i int = .t2; var v T = .t0[.t2]; … }
//!                            post { .t2 = .t2 + 1 }
//! for i, r := range str      … var .tr int32; .tr, .tnext = decoderune(.ts, .ti) …
//!                            post { .ti = .tnext }
//! switch x { case 1, 2: }    var .t0 int = x; switch { case .t0 == 1, .t0 == 2: }
//! ```

use base::source::Span;
use base::types::{BasicKind, ObjId, Type, TypeId};
use frontend::ast::{self, AssignOp, StmtKind as AstStmt};
use frontend::check::{Builtin, Mode, ObjKind};

use super::rangefunc::Branch;
use super::{is_cheap, load_local, Lowerer, Target};
use crate::ir::*;

/// The left-hand side of one assignment.
pub(super) enum Dest {
    Blank,
    /// A variable declared by `:=` (or `var`), created when it is assigned.
    New {
        obj: ObjId,
        name: String,
        ty: TypeId,
        span: Span,
    },
    Place(Place, TypeId),
}

impl<'a> Lowerer<'a> {
    pub(super) fn block_into(&mut self, stmts: &'a [ast::Stmt], out: &mut Block) {
        for s in stmts {
            self.stmt(s, out);
        }
    }

    fn block(&mut self, stmts: &'a [ast::Stmt]) -> Block {
        let mut b = Vec::new();
        self.block_into(stmts, &mut b);
        b
    }

    fn stmt(&mut self, s: &'a ast::Stmt, out: &mut Block) {
        let label = self.f.pending_label.take();
        let span = s.span;
        match &s.kind {
            AstStmt::Empty => {}
            AstStmt::Decl(d) => self.local_decl(d, out),
            AstStmt::Labeled { label, stmt } => {
                if let Some(&id) = self.f.goto_labels.get(&label.name) {
                    out.push(Stmt::new(StmtKind::Label(id), label.span));
                }
                self.f.pending_label = Some(label.name.clone());
                self.stmt(stmt, out);
            }
            AstStmt::Expr(e) => self.expr_stmt(e, out),
            AstStmt::Send { .. } => self.unsupported(span, "channels"),
            AstStmt::IncDec { x, inc } => {
                let op = if *inc {
                    ast::BinaryOp::Add
                } else {
                    ast::BinaryOp::Sub
                };
                self.op_assign(x, op, None, span, out);
            }
            AstStmt::Assign {
                lhs,
                op,
                rhs,
                op_span,
            } => match op {
                AssignOp::Op(bop) => match (lhs.first(), rhs.first()) {
                    (Some(l), Some(r)) => self.op_assign(l, *bop, Some(r), span, out),
                    _ => self.error(span, "internal error: malformed assignment"),
                },
                AssignOp::Assign => {
                    self.pending_self = self.self_assigns(lhs, rhs, *op_span);
                    self.assign(lhs, rhs, false, span, out);
                    self.pending_self.clear();
                }
                AssignOp::Define => self.assign(lhs, rhs, true, span, out),
            },
            AstStmt::Go(_) => self.unsupported(span, "goroutines"),
            AstStmt::Defer(call) if self.in_range_body() => self.range_defer(call, span, out),
            AstStmt::Defer(call) => self.defer_stmt(call, span, out),
            AstStmt::Return(es) if self.in_range_body() => self.range_return(es, span, out),
            AstStmt::Return(es) => self.ret(es, span, out),
            AstStmt::Break(l) => self.branch(l.as_ref().map(|l| l.name.as_str()), false, span, out),
            AstStmt::Continue(l) => {
                self.branch(l.as_ref().map(|l| l.name.as_str()), true, span, out)
            }
            AstStmt::Goto(l) => {
                if !self.range_branch(Branch::Goto, Some(&l.name), span, out) {
                    let id = self.goto_label(&l.name);
                    out.push(Stmt::new(StmtKind::Goto(id), span));
                }
            }
            AstStmt::Fallthrough => self.error(span, "fallthrough statement out of place"),
            AstStmt::Block(b) => {
                let inner = self.block(&b.stmts);
                out.push(Stmt::new(StmtKind::Block(inner), span));
            }
            AstStmt::If {
                init,
                cond,
                then,
                els,
            } => self.if_stmt(init.as_deref(), cond, then, els.as_deref(), span, out),
            AstStmt::Switch {
                init, tag, clauses, ..
            } => self.switch_stmt(label, init.as_deref(), tag.as_ref(), clauses, span, out),
            AstStmt::TypeSwitch {
                init, x, clauses, ..
            } => self.type_switch(label, init.as_deref(), x, clauses, span, out),
            AstStmt::Select { .. } => self.unsupported(span, "select"),
            AstStmt::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(
                label,
                init.as_deref(),
                cond.as_ref(),
                post.as_deref(),
                body,
                span,
                out,
            ),
            AstStmt::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(
                label,
                key.as_ref(),
                value.as_ref(),
                *define,
                x,
                body,
                span,
                out,
            ),
        }
    }

    // ----- simple statements -----

    pub(super) fn expr_stmt(&mut self, e: &'a ast::Expr, out: &mut Block) {
        let span = e.span;
        if let ast::ExprKind::Call {
            fun, args, lparen, ..
        } = &e.unparen().kind
        {
            let fun = fun.unparen();
            match self.mode(fun) {
                Some(Mode::Builtin(Builtin::Panic)) => {
                    let Some(arg) = args.first() else { return };
                    let v = self.expr(arg, out);
                    // gc converts the argument to interface{} (`x escapes to heap`).
                    let any = self.types.canonical(base::types::ANY);
                    let v = self.assign_conv(v, any);
                    out.push(Stmt::new(StmtKind::Panic(v), span));
                    return;
                }
                Some(Mode::Builtin(b @ (Builtin::Print | Builtin::Println))) => {
                    let newline = *b == Builtin::Println;
                    let args = self.spread_args(args, out);
                    // gc's walk (walkPrint) rejects what the runtime cannot print, at the call.
                    for a in &args {
                        if matches!(self.types.under(a.ty), Type::Struct(_) | Type::Array(..)) {
                            let name = if newline { "println" } else { "print" };
                            let ty = self.gcfmt().type_id(a.ty);
                            let msg = format!("illegal types for operand: {name}\n\t{ty}");
                            self.error(*lparen, msg);
                        }
                    }
                    out.push(Stmt::new(StmtKind::Print { args, newline }, span));
                    return;
                }
                _ => {}
            }
            if self.is_keep_alive(fun) {
                // runtime.KeepAlive only keeps its argument alive: with no garbage collector
                // yet, evaluating it is all there is to do.
                if let Some(arg) = args.first() {
                    let v = self.expr(arg, out);
                    if !is_cheap(&v) {
                        out.push(Stmt::new(StmtKind::Expr(v), span));
                    }
                }
                return;
            }
        }
        let v = self.expr_direct(e, out);
        if !is_cheap(&v) {
            out.push(Stmt::new(StmtKind::Expr(v), span));
        }
    }

    fn is_keep_alive(&self, fun: &'a ast::Expr) -> bool {
        let Some(&obj) = self.info.uses.get(&fun.id) else {
            return false;
        };
        self.info
            .object(obj)
            .is_func(&self.types, "runtime", "KeepAlive")
    }

    fn local_decl(&mut self, d: &'a ast::Decl, out: &mut Block) {
        let ast::Decl::Var(specs) = d else {
            // Local constants and types produce no code.
            return;
        };
        for spec in specs {
            let dests: Vec<Dest> = spec.names.iter().map(|n| self.def_dest(n)).collect();
            if spec.values.is_empty() {
                for d in dests {
                    if let Dest::New {
                        obj,
                        name,
                        ty,
                        span,
                    } = d
                    {
                        let id = self.new_local(&name, ty, LocalKind::User, span, Some(obj));
                        out.push(Stmt::new(StmtKind::Decl(id), span));
                    }
                }
                continue;
            }
            let values: Vec<&ast::Expr> = spec.values.iter().collect();
            self.assign_exprs(dests, &values, spec.span, out);
        }
    }

    /// The destination for a declared name.
    fn def_dest(&mut self, name: &ast::Ident) -> Dest {
        match self.info.defs.get(&name.id) {
            Some(&obj) => Dest::New {
                obj,
                name: name.name.clone(),
                ty: self.info.object(obj).ty,
                span: name.span,
            },
            None => Dest::Blank,
        }
    }

    // ----- assignments -----

    fn assign(
        &mut self,
        lhs: &'a [ast::Expr],
        rhs: &'a [ast::Expr],
        define: bool,
        span: Span,
        out: &mut Block,
    ) {
        let mut dests = Vec::new();
        for l in lhs {
            dests.push(self.dest(l, define, out));
        }
        let rhs: Vec<&ast::Expr> = rhs.iter().collect();
        self.assign_exprs(dests, &rhs, span, out);
    }

    /// The destination for a left-hand side expression (its operands' calls are hoisted now).
    pub(super) fn dest(&mut self, l: &'a ast::Expr, define: bool, out: &mut Block) -> Dest {
        if let ast::ExprKind::Ident(name) = &l.unparen().kind {
            if name == "_" {
                return Dest::Blank;
            }
            if define {
                if let Some(&obj) = self.info.defs.get(&l.unparen().id) {
                    return Dest::New {
                        obj,
                        name: name.clone(),
                        ty: self.info.object(obj).ty,
                        span: l.span,
                    };
                }
            }
        }
        match self.place(l, out) {
            Some((p, t)) => Dest::Place(p, t),
            None => Dest::Blank,
        }
    }

    /// Assigns the values of `rhs` (n values, or one multi-value call) to `dests`.
    pub(super) fn assign_exprs(
        &mut self,
        dests: Vec<Dest>,
        rhs: &[&'a ast::Expr],
        span: Span,
        out: &mut Block,
    ) {
        if dests.len() > 1 && rhs.len() == 1 {
            let call = self.expr_direct(rhs[0], out);
            self.assign_tuple(dests, call, rhs[0], span, out);
            return;
        }
        if dests.len() != rhs.len() {
            self.error(span, "internal error: assignment count mismatch");
            return;
        }
        if let ([dest], &[r]) = (&dests[..], rhs) {
            // One value: a call may stay in place unless the destination has operands that
            // must be read after it (gc reads them after all calls).
            let direct = match dest {
                Dest::Place(p, _) => place_is_plain(p),
                _ => true,
            };
            let v = if direct {
                self.expr_direct(r, out)
            } else {
                self.expr(r, out)
            };
            // A self-assignment's value goes through a temporary whose store escape analysis
            // skips (see `self_assign`).
            let v = if self.pending_self.first() == Some(&true) {
                let v = self.stable(v, out);
                if let ExprKind::Load(Place::Local(t)) = v.kind {
                    self.notes.self_assign_temps.insert((self.cur_func, t));
                }
                v
            } else {
                v
            };
            let dest = dests.into_iter().next().expect("one destination");
            self.assign_one(dest, v, span, out);
            return;
        }
        let vals: Vec<Expr> = rhs.iter().map(|r| self.expr(r, out)).collect();
        self.assign_values(dests, vals, span, out);
    }

    /// Parallel assignment of already lowered values: Go evaluates the destinations' index
    /// and pointer operands and all values first, then assigns left to right.
    pub(super) fn assign_values(
        &mut self,
        dests: Vec<Dest>,
        vals: Vec<Expr>,
        span: Span,
        out: &mut Block,
    ) {
        let only_new = dests.iter().all(|d| !matches!(d, Dest::Place(..)));
        if only_new || dests.len() == 1 {
            // New variables cannot appear in the values, and a single assignment has nothing
            // to interfere with: assign one after the other.
            for (d, v) in dests.into_iter().zip(vals) {
                self.assign_one(d, v, span, out);
            }
            return;
        }
        let dests: Vec<Dest> = dests
            .into_iter()
            .map(|d| match d {
                Dest::Place(p, t) => Dest::Place(self.stabilize(p, false, out), t),
                d => d,
            })
            .collect();
        let vals: Vec<Expr> = vals.into_iter().map(|v| self.stable(v, out)).collect();
        let self_assigned = std::mem::take(&mut self.pending_self);
        for (v, _) in vals.iter().zip(&self_assigned).filter(|(_, &f)| f) {
            if let ExprKind::Load(Place::Local(t)) = v.kind {
                self.notes.self_assign_temps.insert((self.cur_func, t));
            }
        }
        for (d, v) in dests.into_iter().zip(vals) {
            self.assign_one(d, v, span, out);
        }
    }

    pub(super) fn assign_one(&mut self, dest: Dest, v: Expr, span: Span, out: &mut Block) {
        match dest {
            Dest::Blank => {
                if !is_cheap(&v) {
                    out.push(Stmt::new(StmtKind::Expr(v), span));
                }
            }
            Dest::New {
                obj,
                name,
                ty,
                span: decl_span,
            } => {
                let v = self.assign_conv(v, ty);
                let id = self.new_local(&name, ty, LocalKind::User, decl_span, Some(obj));
                out.push(Stmt::new(StmtKind::Decl(id), decl_span));
                self.notes.defined.insert((self.cur_func, id));
                out.push(Stmt::new(StmtKind::Assign(Place::Local(id), v), span));
            }
            Dest::Place(p, ty) => {
                let v = self.assign_conv(v, ty);
                out.push(Stmt::new(StmtKind::Assign(p, v), span));
            }
        }
    }

    /// `a, b = f()`.
    fn assign_tuple(
        &mut self,
        dests: Vec<Dest>,
        call: Expr,
        src: &ast::Expr,
        span: Span,
        out: &mut Block,
    ) {
        let elems = match self.types.get(call.ty) {
            Type::Tuple(e) if e.len() == dests.len() => e.clone(),
            _ => {
                // After an error in the value, still declare the variables so that their
                // uses do not report more.
                if self.types.basic_kind(call.ty) != Some(BasicKind::Invalid) {
                    self.error(span, "internal error: assignment count mismatch");
                }
                for d in dests {
                    if let Dest::New {
                        obj,
                        name,
                        ty,
                        span,
                    } = d
                    {
                        let id = self.new_local(&name, ty, LocalKind::User, span, Some(obj));
                        out.push(Stmt::new(StmtKind::Decl(id), span));
                    }
                }
                return;
            }
        };
        let direct = dests.iter().zip(&elems).all(|(d, &t)| match d {
            Dest::Blank => true,
            Dest::New { ty, .. } => *ty == t,
            Dest::Place(p, ty) => *ty == t && place_has_no_operands(p),
        });
        if !direct {
            let vals = self.tuple_temps(call, &elems, src, out);
            self.assign_values(dests, vals, span, out);
            return;
        }
        let mut places = Vec::new();
        for d in dests {
            places.push(match d {
                Dest::Blank => None,
                Dest::New {
                    obj,
                    name,
                    ty,
                    span,
                } => {
                    let id = self.new_local(&name, ty, LocalKind::User, span, Some(obj));
                    out.push(Stmt::new(StmtKind::Decl(id), span));
                    self.notes.defined.insert((self.cur_func, id));
                    Some(Place::Local(id))
                }
                Dest::Place(p, _) => Some(p),
            });
        }
        out.push(Stmt::new(StmtKind::AssignMulti(places, call), span));
    }

    /// Makes a place's operands safe to evaluate later or twice: operands are moved into
    /// temporaries (all of them, or with `keep_cheap` only those that are not plain variable
    /// reads or constants).
    fn stabilize(&mut self, p: Place, keep_cheap: bool, out: &mut Block) -> Place {
        let fix = |l: &mut Self, e: Expr, out: &mut Block| {
            if keep_cheap && is_cheap(&e) {
                e
            } else {
                l.stable(e, out)
            }
        };
        match p {
            Place::Local(_) | Place::Global(_) => p,
            Place::Field(inner, i) => {
                Place::Field(Box::new(self.stabilize(*inner, keep_cheap, out)), i)
            }
            Place::Index(inner, i, at) => {
                let inner = self.stabilize(*inner, keep_cheap, out);
                let i = fix(self, *i, out);
                Place::Index(Box::new(inner), Box::new(i), at)
            }
            // A map slot: its operands are already evaluated, and `mapassign` must run when
            // the store is made (it may grow the map).
            Place::Deref(ptr) if matches!(ptr.kind, ExprKind::Map(MapOp::Assign, _)) => {
                Place::Deref(ptr)
            }
            Place::Deref(ptr) => Place::Deref(Box::new(fix(self, *ptr, out))),
            Place::SliceElem(s, i, at) => {
                let s = fix(self, *s, out);
                let i = fix(self, *i, out);
                Place::SliceElem(Box::new(s), Box::new(i), at)
            }
        }
    }

    /// `x op= y` and `x++`: `x = x op y` with `x`'s operands evaluated once.
    fn op_assign(
        &mut self,
        x: &'a ast::Expr,
        op: ast::BinaryOp,
        y: Option<&'a ast::Expr>,
        span: Span,
        out: &mut Block,
    ) {
        let Some((place, ty)) = self.place(x, out) else {
            return;
        };
        let (place, rhs) = match place {
            // `m[k] op= y`: y first, then one `mapassign` whose slot is read and written
            // (gc's single call for `m[k]++`).
            Place::Deref(slot) if matches!(slot.kind, ExprKind::Map(MapOp::Assign, _)) => {
                let rhs = match y {
                    Some(y) => {
                        let v = self.expr(y, out);
                        self.stable(v, out)
                    }
                    None => self.one(ty, span),
                };
                let (pty, pspan) = (slot.ty, slot.span);
                let p = self.temp_of(*slot, out);
                (Place::Deref(Box::new(load_local(p, pty, pspan))), rhs)
            }
            place => {
                let place = self.stabilize(place, true, out);
                let rhs = match y {
                    Some(y) => self.expr(y, out),
                    None => self.one(ty, span),
                };
                (place, rhs)
            }
        };
        let cur = Expr::new(ExprKind::Load(place.clone()), ty, span);
        let v = if op == ast::BinaryOp::Add && self.is_string(ty) {
            Expr::new(ExprKind::Concat(vec![cur, rhs]), ty, span)
        } else {
            Expr::new(ExprKind::Binary(op, Box::new(cur), Box::new(rhs)), ty, span)
        };
        if y.is_some() {
            self.notes.op_assigns.insert((self.cur_func, span));
        }
        out.push(Stmt::new(StmtKind::Assign(place, v), span));
    }

    /// The constant 1 of a numeric type (for `++`/`--`).
    fn one(&mut self, ty: TypeId, span: Span) -> Expr {
        let c = match self.types.basic_kind(ty) {
            Some(k) if k.is_float() => Const::Float(1.0),
            Some(k) if k.is_complex() => Const::Complex(1.0, 0.0),
            _ => Const::Int(1),
        };
        Expr::new(ExprKind::Const(c), ty, span)
    }

    pub(super) fn ret(&mut self, es: &'a [ast::Expr], span: Span, out: &mut Block) {
        let results = self.f.results.clone();
        let vals = if es.is_empty() {
            self.f
                .named_results
                .iter()
                .zip(&results)
                .map(|(&l, &t)| load_local(l, t, span))
                .collect()
        } else if es.len() == 1 && results.len() > 1 {
            let call = self.expr_direct(&es[0], out);
            // The temporaries have the call's result types; each converts to the function's.
            let elems = match self.types.get(call.ty) {
                Type::Tuple(elems) => elems.clone(),
                _ => results.clone(),
            };
            let vals = self.tuple_temps(call, &elems, &es[0], out);
            vals.into_iter()
                .zip(&results)
                .map(|(v, &t)| self.assign_conv(v, t))
                .collect()
        } else if es.len() == 1 {
            let v = self.expr_direct(&es[0], out);
            let ty = results.first().copied().unwrap_or(v.ty);
            vec![self.assign_conv(v, ty)]
        } else {
            let vals: Vec<Expr> = es.iter().map(|e| self.expr(e, out)).collect();
            vals.into_iter()
                .zip(&results)
                .map(|(v, &t)| self.assign_conv(v, t))
                .collect()
        };
        out.push(Stmt::new(StmtKind::Return(vals), span));
    }

    /// `break` or `continue`, of the loop or switch labeled `label` or the innermost one; in a
    /// range-over-func loop body, one whose target is outside the body leaves it (see
    /// `rangefunc`).
    pub(super) fn branch(
        &mut self,
        label: Option<&str>,
        is_continue: bool,
        span: Span,
        out: &mut Block,
    ) {
        let target = self
            .f
            .targets
            .iter()
            .rev()
            .find(|t| match label {
                Some(l) => t.name.as_deref() == Some(l),
                None => t.is_loop || !is_continue,
            })
            .map(|t| (t.label, t.is_loop));
        if target.is_none() && self.in_range_body() {
            let kind = if is_continue {
                Branch::Continue
            } else {
                Branch::Break
            };
            if self.range_branch(kind, label, span, out) {
                return;
            }
        }
        match target {
            Some((_, false)) if is_continue => {
                self.error(span, "internal error: continue to a switch")
            }
            Some((target, _)) => {
                let kind = if is_continue {
                    StmtKind::Continue(target)
                } else {
                    StmtKind::Break(target)
                };
                out.push(Stmt::new(kind, span));
            }
            None => self.error(span, "internal error: branch target not found"),
        }
    }

    // ----- if -----

    fn if_stmt(
        &mut self,
        init: Option<&'a ast::Stmt>,
        cond: &'a ast::Expr,
        then: &'a ast::Block,
        els: Option<&'a ast::Stmt>,
        span: Span,
        out: &mut Block,
    ) {
        let mut blk = Vec::new();
        if let Some(init) = init {
            self.stmt(init, &mut blk);
        }
        let c = self.expr(cond, &mut blk);
        let then = self.block(&then.stmts);
        let els = match els {
            None => Vec::new(),
            Some(s) => match &s.kind {
                AstStmt::Block(b) => self.block(&b.stmts),
                _ => {
                    let mut b = Vec::new();
                    self.stmt(s, &mut b);
                    b
                }
            },
        };
        blk.push(Stmt::new(StmtKind::If { cond: c, then, els }, span));
        self.scoped(init.is_some(), blk, span, out);
    }

    /// Appends `blk` to `out`, inside its own block when it opens a scope (an init statement).
    fn scoped(&mut self, scope: bool, blk: Block, span: Span, out: &mut Block) {
        if scope {
            out.push(Stmt::new(StmtKind::Block(blk), span));
        } else {
            out.extend(blk);
        }
    }

    // ----- for -----

    #[allow(clippy::too_many_arguments)]
    fn for_stmt(
        &mut self,
        name: Option<String>,
        init: Option<&'a ast::Stmt>,
        cond: Option<&'a ast::Expr>,
        post: Option<&'a ast::Stmt>,
        body: &'a ast::Block,
        span: Span,
        out: &mut Block,
    ) {
        let mut blk = Vec::new();
        let label = self.new_label();
        if let Some(init) = init {
            self.stmt(init, &mut blk);
        }
        // Go 1.22: each iteration has its own copy of the variables declared by the init
        // statement. Only visible when their address is taken or a function literal captures
        // them (gc's `loopvar` rewrites those loops only); then the loop keeps its own
        // variable (read by cond and post) and copies it in and out of a fresh one per
        // iteration.
        let mut per_iter = Vec::new();
        if let Some(ast::Stmt {
            kind:
                AstStmt::Assign {
                    lhs,
                    op: AssignOp::Define,
                    ..
                },
            ..
        }) = init
        {
            for l in lhs {
                let Some(&obj) = self.info.defs.get(&l.id) else {
                    continue;
                };
                let taken = self.f.addr_taken.contains(&obj);
                if !taken && !self.f.captured.contains(&obj) {
                    continue;
                }
                let Some(&outer) = self.f.vars.get(&obj) else {
                    continue;
                };
                let (name, ty, lspan) = {
                    let l = &mut self.f.locals[outer.index()];
                    l.addr_taken = false;
                    l.heap = false;
                    (l.name.clone(), l.ty, l.span)
                };
                let inner = self.new_local(&name, ty, LocalKind::User, lspan, None);
                let li = &mut self.f.locals[inner.index()];
                li.addr_taken = taken;
                li.heap = taken;
                per_iter.push((obj, outer, inner, ty));
            }
        }
        self.f.targets.push(Target {
            label,
            name,
            is_loop: true,
        });
        if !per_iter.is_empty() {
            self.per_iteration_loop(label, &per_iter, cond, post, body, span, &mut blk);
            self.f.targets.pop();
            self.scoped(init.is_some(), blk, span, out);
            return;
        }
        let mut cond_pre = Vec::new();
        let c = cond.map(|c| self.expr(c, &mut cond_pre));
        let mut b = Vec::new();
        self.block_into(&body.stmts, &mut b);
        let mut p = Vec::new();
        if let Some(post) = post {
            self.stmt(post, &mut p);
        }
        self.f.targets.pop();
        let cond = if cond_pre.is_empty() {
            c
        } else {
            // The condition needs statements: evaluate it at the top of each iteration.
            let c = c.unwrap_or_else(|| self.bad(span));
            let bool_ty = c.ty;
            let not = Expr::new(ExprKind::Unary(UnOp::Not, Box::new(c)), bool_ty, span);
            cond_pre.push(Stmt::new(
                StmtKind::If {
                    cond: not,
                    then: vec![Stmt::new(StmtKind::Break(label), span)],
                    els: vec![],
                },
                span,
            ));
            cond_pre.extend(b);
            b = cond_pre;
            None
        };
        blk.push(Stmt::new(
            StmtKind::Loop {
                label,
                cond,
                body: b,
                post: p,
            },
            span,
        ));
        self.scoped(init.is_some(), blk, span, out);
    }

    /// A 3-clause loop whose variables are per-iteration (Go 1.22), in gc's loopvar shape:
    /// the loop keeps its own variables (`z'`) and each iteration declares a fresh one,
    /// applies the post statement to it except on the first iteration, then tests the
    /// condition on it — so a variable moved to the heap is allocated once more than the loop
    /// runs, as in gc, and the post statement reassigns the per-iteration variable (a literal
    /// capturing it in a nested loop captures it by reference):
    ///
    /// ```text
    /// for z := 0; z < n; z++ { body }   =>   z' := 0; first := true
    ///                                        for {
    ///                                            z := z'
    ///                                            if first { first = false } else { z++ }
    ///                                            if !(z < n) { break }
    ///                                            body
    ///                                        next:   // continue
    ///                                            z' = z
    ///                                        }
    /// ```
    #[allow(clippy::too_many_arguments)]
    fn per_iteration_loop(
        &mut self,
        label: LabelId,
        per_iter: &[(ObjId, LocalId, LocalId, TypeId)],
        cond: Option<&'a ast::Expr>,
        post: Option<&'a ast::Stmt>,
        body: &'a ast::Block,
        span: Span,
        blk: &mut Block,
    ) {
        let bool_ty = self.bool_type();
        let first = post.map(|_| {
            let t = self.new_temp(bool_ty, span);
            let yes = Expr::new(ExprKind::Const(Const::Bool(true)), bool_ty, span);
            blk.push(Stmt::new(StmtKind::Decl(t), span));
            blk.push(Stmt::new(StmtKind::Assign(Place::Local(t), yes), span));
            t
        });
        let mut b = Vec::new();
        for &(obj, outer, inner, ty) in per_iter {
            self.f.vars.insert(obj, inner);
            b.push(Stmt::new(StmtKind::Decl(inner), span));
            self.notes.defined.insert((self.cur_func, inner));
            b.push(Stmt::new(
                StmtKind::Assign(Place::Local(inner), load_local(outer, ty, span)),
                span,
            ));
        }
        if let (Some(first), Some(post)) = (first, post) {
            let no = Expr::new(ExprKind::Const(Const::Bool(false)), bool_ty, span);
            let then = vec![Stmt::new(StmtKind::Assign(Place::Local(first), no), span)];
            let mut els = Vec::new();
            self.stmt(post, &mut els);
            b.push(Stmt::new(
                StmtKind::If {
                    cond: load_local(first, bool_ty, span),
                    then,
                    els,
                },
                post.span,
            ));
        }
        if let Some(c) = cond {
            let v = self.expr(c, &mut b);
            let not = Expr::new(ExprKind::Unary(UnOp::Not, Box::new(v)), bool_ty, c.span);
            b.push(Stmt::new(
                StmtKind::If {
                    cond: not,
                    then: vec![Stmt::new(StmtKind::Break(label), c.span)],
                    els: vec![],
                },
                c.span,
            ));
        }
        self.block_into(&body.stmts, &mut b);
        let mut p = Vec::new();
        for &(obj, outer, inner, ty) in per_iter {
            p.push(Stmt::new(
                StmtKind::Assign(Place::Local(outer), load_local(inner, ty, span)),
                span,
            ));
            self.f.vars.insert(obj, outer);
        }
        blk.push(Stmt::new(
            StmtKind::Loop {
                label,
                cond: None,
                body: b,
                post: p,
            },
            span,
        ));
    }

    // ----- range -----

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        name: Option<String>,
        key: Option<&'a ast::Expr>,
        value: Option<&'a ast::Expr>,
        define: bool,
        x: &'a ast::Expr,
        body: &'a ast::Block,
        span: Span,
        out: &mut Block,
    ) {
        let tx = self.ty(x);
        if let Type::Func(_) = self.types.under(tx) {
            return self.range_func(key, value, define, x, body, span, out);
        }
        let is_blank = |e: &&ast::Expr| e.unparen().as_ident() == Some("_");
        let key = key.filter(|k| !is_blank(k));
        let value = value.filter(|v| !is_blank(v));
        let int = self.int_type();
        let label = self.new_label();
        let mut blk = Vec::new();
        let under = self.types.under(tx).clone();

        // Each form sets up its state in `blk` and describes one iteration: the loop
        // condition, the values of key and value, and the advance.
        let ti;
        let cond;
        let mut first: Block = Vec::new();
        let key_val;
        let mut value_val = None;
        let mut advance = None;
        // The advance of a range over a map: `mapIterNext(&it)` instead of a counter's step.
        let mut map_post = None;
        match under {
            Type::Basic(k) if k.is_integer() => {
                let n_ty = match (define, key) {
                    (true, Some(k)) => self
                        .info
                        .defs
                        .get(&k.id)
                        .map(|&o| self.info.object(o).ty)
                        .unwrap_or(tx),
                    _ => tx,
                };
                let n = self.expr(x, &mut blk);
                let n = self.assign_conv(n, n_ty);
                let n = self.stable(n, &mut blk);
                ti = self.counter(n_ty, span, &mut blk);
                cond = self.less(load_local(ti, n_ty, span), n, span);
                key_val = load_local(ti, n_ty, span);
            }
            Type::Basic(k) if k.is_string() => {
                let s = self.expr(x, &mut blk);
                let s = self.stable(s, &mut blk);
                ti = self.counter(int, span, &mut blk);
                let next = self.new_temp(int, span);
                blk.push(Stmt::new(StmtKind::Decl(next), span));
                let len = Expr::new(ExprKind::Len(Box::new(s.clone())), int, span);
                cond = self.less(load_local(ti, int, span), len, span);
                key_val = load_local(ti, int, span);
                let rune = self.types.basic(BasicKind::Int32);
                let r = value.map(|_| self.new_temp(rune, span));
                if let Some(r) = r {
                    first.push(Stmt::new(StmtKind::Decl(r), span));
                }
                let pair = self.types.tuple(vec![rune, int]);
                let decode = Expr::new(
                    ExprKind::DecodeRune(Box::new(s), Box::new(load_local(ti, int, span))),
                    pair,
                    span,
                );
                first.push(Stmt::new(
                    StmtKind::AssignMulti(
                        vec![r.map(Place::Local), Some(Place::Local(next))],
                        decode,
                    ),
                    span,
                ));
                value_val = r.map(|r| load_local(r, rune, span));
                advance = Some(load_local(next, int, span));
            }
            Type::Slice(elem) => {
                let s = self.expr(x, &mut blk);
                let s = self.stable(s, &mut blk);
                let len = Expr::new(ExprKind::Len(Box::new(s.clone())), int, span);
                let n = self.stable(len, &mut blk);
                ti = self.counter(int, span, &mut blk);
                cond = self.less(load_local(ti, int, span), n, span);
                key_val = load_local(ti, int, span);
                value_val = value.map(|_| {
                    let p =
                        Place::SliceElem(Box::new(s), Box::new(load_local(ti, int, span)), span);
                    Expr::new(ExprKind::Load(p), elem, span)
                });
            }
            Type::Array(n, elem) => {
                // The array is copied once; with only a key its length is all that is needed
                // and, unless it has calls, the operand is not evaluated at all.
                let base = if value.is_some() {
                    let a = self.expr(x, &mut blk);
                    let t = self.temp_of(a, &mut blk);
                    Some(Place::Local(t))
                } else {
                    let mut pre = Vec::new();
                    let a = self.expr(x, &mut pre);
                    if !pre.is_empty() {
                        blk.extend(pre);
                        blk.push(Stmt::new(StmtKind::Expr(a), span));
                    }
                    None
                };
                ti = self.counter(int, span, &mut blk);
                let n = Expr::new(ExprKind::Const(Const::Int(n as i64)), int, span);
                cond = self.less(load_local(ti, int, span), n, span);
                key_val = load_local(ti, int, span);
                value_val = base.map(|b| {
                    let p = Place::Index(Box::new(b), Box::new(load_local(ti, int, span)), span);
                    Expr::new(ExprKind::Load(p), elem, span)
                });
            }
            Type::Pointer(arr) if self.array_of(arr).is_some() => {
                let (n, elem) = self.array_of(arr).unwrap_or((0, arr));
                let p = if value.is_some() {
                    let p = self.expr(x, &mut blk);
                    Some(self.stable(p, &mut blk))
                } else {
                    let mut pre = Vec::new();
                    let a = self.expr(x, &mut pre);
                    if !pre.is_empty() {
                        blk.extend(pre);
                        blk.push(Stmt::new(StmtKind::Expr(a), span));
                    }
                    None
                };
                ti = self.counter(int, span, &mut blk);
                let n = Expr::new(ExprKind::Const(Const::Int(n as i64)), int, span);
                cond = self.less(load_local(ti, int, span), n, span);
                key_val = load_local(ti, int, span);
                value_val = p.map(|p| {
                    let base = Place::Deref(Box::new(p));
                    let e = Place::Index(Box::new(base), Box::new(load_local(ti, int, span)), span);
                    Expr::new(ExprKind::Load(e), elem, span)
                });
            }
            Type::Map(kt, vt) => {
                // gc's walkRange: `mapIterStart(t, m, &it)`; while `it.key != nil`, the key and
                // element are read through the iterator's pointers; `mapIterNext(&it)`.
                let m = self.expr(x, &mut blk);
                let it_ty = self.map_iter_type();
                let it = self.new_temp(it_ty, span);
                blk.push(Stmt::new(StmtKind::Decl(it), span));
                let pit_ty = self.types.pointer(it_ty);
                let pit = self.addr_of(Place::Local(it), pit_ty, span);
                let unit = self.no_value_type();
                let start = ExprKind::Map(MapOp::IterStart, vec![m, pit.clone()]);
                blk.push(Stmt::new(
                    StmtKind::Expr(Expr::new(start, unit, span)),
                    span,
                ));
                let uptr = self.types.basic(BasicKind::UnsafePointer);
                let word = |i: usize| {
                    Expr::new(
                        ExprKind::Load(Place::Field(Box::new(Place::Local(it)), i)),
                        uptr,
                        span,
                    )
                };
                let nil = Expr::new(ExprKind::Const(Const::Nil), uptr, span);
                let bool_ty = self.bool_type();
                cond = Expr::new(
                    ExprKind::Binary(ast::BinaryOp::Ne, Box::new(word(0)), Box::new(nil)),
                    bool_ty,
                    span,
                );
                let pk = self.types.pointer(kt);
                let pv = self.types.pointer(vt);
                let through = |p: Expr, pt: TypeId, t: TypeId| {
                    let p = Expr::new(ExprKind::Convert(Box::new(p)), pt, span);
                    Expr::new(ExprKind::Load(Place::Deref(Box::new(p))), t, span)
                };
                key_val = through(word(0), pk, kt);
                value_val = value.map(|_| through(word(1), pv, vt));
                ti = it;
                let next = ExprKind::Map(MapOp::IterNext, vec![pit]);
                map_post = Some(vec![Stmt::new(
                    StmtKind::Expr(Expr::new(next, unit, span)),
                    span,
                )]);
            }
            Type::Chan(_) => return self.unsupported(span, "channels"),
            _ => {
                return self.error(span, "internal error: range over a non-rangeable value");
            }
        }
        let ti_ty = key_val.ty;

        self.f.targets.push(Target {
            label,
            name,
            is_loop: true,
        });
        let mut b = first;
        let mut dests = Vec::new();
        let mut vals = Vec::new();
        if let Some(k) = key {
            dests.push(self.range_dest(k, define, &mut b));
            vals.push(key_val);
        }
        if value.is_some() && value_val.is_some() {
            self.notes.range_values.insert((self.cur_func, span));
        }
        if let (Some(v), Some(val)) = (value, value_val) {
            dests.push(self.range_dest(v, define, &mut b));
            vals.push(val);
        }
        self.assign_values(dests, vals, span, &mut b);
        self.block_into(&body.stmts, &mut b);
        self.f.targets.pop();

        let next = advance.unwrap_or_else(|| {
            let one = Expr::new(ExprKind::Const(Const::Int(1)), ti_ty, span);
            let cur = load_local(ti, ti_ty, span);
            Expr::new(
                ExprKind::Binary(ast::BinaryOp::Add, Box::new(cur), Box::new(one)),
                ti_ty,
                span,
            )
        });
        let post = map_post
            .unwrap_or_else(|| vec![Stmt::new(StmtKind::Assign(Place::Local(ti), next), span)]);
        blk.push(Stmt::new(
            StmtKind::Loop {
                label,
                cond: Some(cond),
                body: b,
                post,
            },
            span,
        ));
        out.push(Stmt::new(StmtKind::Block(blk), span));
    }

    fn range_dest(&mut self, e: &'a ast::Expr, define: bool, out: &mut Block) -> Dest {
        if define {
            if let ast::ExprKind::Ident(name) = &e.unparen().kind {
                return self.def_dest(&ast::Ident {
                    id: e.unparen().id,
                    name: name.clone(),
                    span: e.span,
                });
            }
        }
        self.dest(e, false, out)
    }

    /// `var .tN T = 0`: a loop counter.
    fn counter(&mut self, ty: TypeId, span: Span, out: &mut Block) -> LocalId {
        let zero = Expr::new(ExprKind::Const(Const::Int(0)), ty, span);
        self.temp_of(zero, out)
    }

    fn less(&mut self, a: Expr, b: Expr, span: Span) -> Expr {
        let bool_ty = self.bool_type();
        Expr::new(
            ExprKind::Binary(ast::BinaryOp::Lt, Box::new(a), Box::new(b)),
            bool_ty,
            span,
        )
    }

    // ----- switch -----

    fn switch_stmt(
        &mut self,
        name: Option<String>,
        init: Option<&'a ast::Stmt>,
        tag: Option<&'a ast::Expr>,
        clauses: &'a [ast::CaseClause],
        span: Span,
        out: &mut Block,
    ) {
        let mut blk = Vec::new();
        if let Some(init) = init {
            self.stmt(init, &mut blk);
        }
        let label = self.new_label();
        let tag = tag.map(|t| {
            let v = self.expr(t, &mut blk);
            self.stable(v, &mut blk)
        });
        let bool_ty = self.bool_type();
        // Each case expression with the statements computing it (hoisted calls).
        let mut conds: Vec<Vec<(Block, Expr)>> = Vec::new();
        for c in clauses {
            let mut list = Vec::new();
            for e in &c.exprs {
                let mut pre = Vec::new();
                let mut v = self.expr(e, &mut pre);
                let cond = match &tag {
                    Some(t) => {
                        let mut t = t.clone();
                        self.type_nil(&mut v, t.ty);
                        self.type_nil(&mut t, v.ty);
                        // A case value compared with an interface tag is converted to it.
                        if self.types.is_interface(t.ty) && !self.types.is_interface(v.ty) {
                            v = self.assign_conv(v, t.ty);
                        }
                        Expr::new(
                            ExprKind::Binary(ast::BinaryOp::Eq, Box::new(t), Box::new(v)),
                            bool_ty,
                            e.span,
                        )
                    }
                    None => v,
                };
                list.push((pre, cond));
            }
            conds.push(list);
        }
        self.f.targets.push(Target {
            label,
            name,
            is_loop: false,
        });
        let mut bodies = Vec::new();
        for c in clauses {
            let (stmts, fallthrough) = match c.body.last() {
                Some(ast::Stmt {
                    kind: AstStmt::Fallthrough,
                    ..
                }) => (&c.body[..c.body.len() - 1], true),
                _ => (&c.body[..], false),
            };
            bodies.push((self.block(stmts), fallthrough));
        }
        self.f.targets.pop();

        let needs_stmts = conds.iter().flatten().any(|(pre, _)| !pre.is_empty());
        let mut ir_clauses = Vec::new();
        if !needs_stmts {
            for ((c, list), (body, fallthrough)) in clauses.iter().zip(conds).zip(bodies) {
                ir_clauses.push(SwitchClause {
                    conds: list.into_iter().map(|(_, e)| e).collect(),
                    body,
                    fallthrough,
                    span: c.span,
                });
            }
        } else {
            // Some case needs statements to compute: decide which clause matches first, with
            // the case expressions evaluated in order and only until one matches, then
            // switch on the clause number.
            let int = self.int_type();
            let none = Expr::new(ExprKind::Const(Const::Int(-1)), int, span);
            let which = self.temp_of(none, &mut blk);
            let mut chain: Block = Vec::new();
            for (ci, list) in conds.into_iter().enumerate().rev() {
                for (pre, cond) in list.into_iter().rev() {
                    let mut b = pre;
                    let set = Expr::new(ExprKind::Const(Const::Int(ci as i64)), int, span);
                    b.push(Stmt::new(
                        StmtKind::If {
                            cond,
                            then: vec![Stmt::new(StmtKind::Assign(Place::Local(which), set), span)],
                            els: chain,
                        },
                        span,
                    ));
                    chain = b;
                }
            }
            blk.extend(chain);
            for (ci, (c, (body, fallthrough))) in clauses.iter().zip(bodies).enumerate() {
                let conds = if c.is_default {
                    vec![]
                } else {
                    let n = Expr::new(ExprKind::Const(Const::Int(ci as i64)), int, span);
                    vec![Expr::new(
                        ExprKind::Binary(
                            ast::BinaryOp::Eq,
                            Box::new(load_local(which, int, span)),
                            Box::new(n),
                        ),
                        bool_ty,
                        c.span,
                    )]
                };
                ir_clauses.push(SwitchClause {
                    conds,
                    body,
                    fallthrough,
                    span: c.span,
                });
            }
        }
        blk.push(Stmt::new(
            StmtKind::Switch {
                label,
                clauses: ir_clauses,
            },
            span,
        ));
        out.push(Stmt::new(StmtKind::Block(blk), span));
    }
    // ----- type switch -----

    /// `switch [v :=] x.(type) { case T1, T2: …; case nil: …; default: … }`: `x` is evaluated
    /// once into a temporary; each clause gets its own implicit variable (the checker's
    /// `implicits`), which the backend sets from the matched value (see `StmtKind::TypeSwitch`).
    fn type_switch(
        &mut self,
        name: Option<String>,
        init: Option<&'a ast::Stmt>,
        guard: &'a ast::Expr,
        clauses: &'a [ast::CaseClause],
        span: Span,
        out: &mut Block,
    ) {
        let mut blk = Vec::new();
        if let Some(init) = init {
            self.stmt(init, &mut blk);
        }
        let label = self.new_label();
        let inner = match &guard.unparen().kind {
            ast::ExprKind::TypeAssert { x, ty: None, .. } => &**x,
            _ => guard,
        };
        let v = self.expr(inner, &mut blk);
        let (ty, vspan) = (v.ty, v.span);
        let t = self.temp_of(v, &mut blk);
        let x = load_local(t, ty, vspan);
        self.f.targets.push(Target {
            label,
            name,
            is_loop: false,
        });
        let info: &'a frontend::check::Info = self.info;
        let mut ir_clauses = Vec::new();
        for c in clauses {
            let cases: Vec<TypeCase> = c
                .exprs
                .iter()
                .map(|e| {
                    let is_nil = matches!(
                        info.uses
                            .get(&e.unparen().id)
                            .map(|&o| &info.object(o).kind),
                        Some(ObjKind::Nil)
                    );
                    if is_nil {
                        return TypeCase::Nil;
                    }
                    let ct = self.ty(e);
                    if self.types.is_interface(ct) {
                        TypeCase::Iface(ct)
                    } else {
                        TypeCase::Concrete(ct)
                    }
                })
                .collect();
            let bind = info.implicits.get(&c.id).map(|&obj| {
                let object = info.object(obj);
                let (name, oty, ospan) = (object.name.clone(), object.ty, object.span);
                self.new_local(&name, oty, LocalKind::User, ospan, Some(obj))
            });
            let body = self.block(&c.body);
            ir_clauses.push(TypeClause {
                cases,
                bind,
                body,
                span: c.span,
            });
        }
        self.f.targets.pop();
        blk.push(Stmt::new(
            StmtKind::TypeSwitch {
                label,
                x,
                clauses: ir_clauses,
            },
            span,
        ));
        out.push(Stmt::new(StmtKind::Block(blk), span));
    }
}

/// A place without operands to evaluate (a variable or a field of one).
fn place_has_no_operands(p: &Place) -> bool {
    match p {
        Place::Local(_) | Place::Global(_) => true,
        Place::Field(inner, _) => place_has_no_operands(inner),
        _ => false,
    }
}

/// A place whose operands are all constants or variables (nothing a call could change).
fn place_is_plain(p: &Place) -> bool {
    place_has_no_operands(p)
}
