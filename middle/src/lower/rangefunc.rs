//! Range-over-func loops (Go 1.23 iterators), rewritten as gc's `rangefunc` package rewrites
//! them before its noder, so that the names, variables and escape remarks are gc's.
//!
//! The loop body becomes a function literal, `main.f-range1` (numbered per function, gc's
//! `closureName` for an ORANGE), which the iterator calls once per element. A `#stateN`
//! variable per loop checks that the iterator plays by the rules (gc's `internal/abi`
//! `RF_*` states: 0 done, 1 ready, 2 running or panicked, 3 exhausted), and `#next`, shared
//! by a nest of loops, tells the code after the iterator call what the body asked for when it
//! returned false: `-1` return, positive codes break or continue an enclosing range-over-func
//! loop (`2·depth` breaks the loop at that depth, one less continues it), other negative codes
//! a `goto`, or a `break`/`continue` of another statement, out of the body.
//!
//! ```text
//! for x := range seq {               {
//!     if x > 2 { return x }              var #next int                // only when needed
//!     sum += x                           var #state1 int = 1
//! }                                      #yield1 := func(x int) bool {   // main.f-range1
//!                                            #tmpState := #state1
//!                                            #state1 = 2
//!                                            if #tmpState != 1 { runtime.panicrangestate(#tmpState) }
//!                                            if x > 2 { #rv1 = x; #next = -1; #state1 = 0; return false }
//!                                            sum += x
//!                                            #state1 = 1
//!                                            return true
//!                                        }
//!                                        seq(#yield1)
//!                                        if #state1 == 2 { runtime.panicrangestate(4) }
//!                                        #state1 = 3
//!                                        if #next == -1 { return }    // returns #rv1
//!                                    }
//! ```
//!
//! Unnamed results of a function whose loop bodies return values are named `#rv1`, `#rv2`, …
//! as gc renames them. The variables the rewrite declares are objects of the lowering's own
//! (see [`Lowerer::synthetic_var`]), so that a loop body captures them as any literal
//! captures a variable, and escape analysis moves them to the heap where gc does
//! (`moved to heap: #state1`, and `moved to heap: #next`, which gc prints without a
//! position). A `defer` in a loop body is deferred onto the frame of the function the loop is
//! in: `#defers`, gc's `runtime.deferrangefunc()` token, then `runtime.deferprocat`.

use std::collections::HashMap;

use base::source::Span;
use base::symbols::Symbol;
use base::types::{ObjId, Signature, Type, TypeId};
use frontend::ast::{self, ExprKind as AstExpr, StmtKind as AstStmt};
use frontend::check::{ObjKind, Object, SelectionKind, VarKind};

use super::stmt::Dest;
use super::{load_local, Lowerer, Site, SiteKey};
use crate::ir::*;

/// gc's `abi.RF_State` values.
const RF_DONE: i64 = 0;
const RF_READY: i64 = 1;
const RF_PANIC: i64 = 2;
const RF_EXHAUSTED: i64 = 3;
const RF_MISSING_PANIC: i64 = 4;

/// `#next` codes per loop level: `2·depth` breaks the loop at `depth`, one less continues it.
const PER_LOOP_STEP: i64 = 2;

/// A branch that leaves loop bodies to reach a label (or a loop) outside them.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Branch {
    Break,
    Continue,
    Goto,
}

/// The rewrite of one function (declared or literal: loop bodies share their function's).
#[derive(Default)]
pub(super) struct Rewriter {
    /// The range-over-func loops being lowered, outermost first.
    loops: Vec<Loop>,
    /// `#next` of the current nest of loops, when it needs one.
    next: Option<ObjId>,
    /// `#defers` of the current nest of loops, when a body defers calls: the token of the
    /// function's defer record (gc's `runtime.deferrangefunc`).
    defers: Option<ObjId>,
    /// `#stateN` variables so far.
    states: u32,
    /// `#yieldN` variables so far.
    yields: u32,
    /// Each label of the function: the innermost range-over-func loop (by its range
    /// expression) whose body holds it, None at the function's level.
    label_loop: HashMap<String, Option<ast::NodeId>>,
    /// Labels of range-over-func loops, and the loops (by range expression).
    loop_labels: HashMap<String, ast::NodeId>,
    /// The `#next` code of each branch out of loop bodies.
    branch_next: HashMap<(Branch, String), i64>,
    /// The function's results, which a `return` in a loop body assigns (named, or renamed).
    pub(super) results: Vec<ObjId>,
}

/// One range-over-func loop being lowered (gc's `forLoop`).
struct Loop {
    /// The range expression's id: the loop's identity.
    id: ast::NodeId,
    state: ObjId,
    /// 1 for the outermost loop of a nest.
    depth: usize,
    check_ret: bool,
    check_break: bool,
    check_continue: bool,
    check_branch: Vec<(Branch, String)>,
}

impl<'a> Lowerer<'a> {
    /// A variable the range-over-func rewrite declares (`#next`, `#state1`, `#rv1`, `#p1`):
    /// an object like the checker's, unknown to the checker.
    fn synthetic_var(&mut self, name: String, ty: TypeId, span: Span) -> ObjId {
        let id = ObjId((self.info.objects.len() + self.synthetic.len()) as u32);
        self.synthetic.push(Object {
            name,
            kind: ObjKind::Var(VarKind::Local),
            ty,
            pkg: self.pkg,
            span,
            func: None,
        });
        id
    }

    /// Declares `obj` in the function being lowered, with value `init` (or its zero value).
    fn declare_var(&mut self, obj: ObjId, init: Option<Expr>, span: Span, out: &mut Block) {
        let (name, ty, decl) = {
            let o = self.object(obj);
            (o.name.clone(), o.ty, o.span)
        };
        let id = self.new_local(&name, ty, LocalKind::User, decl, Some(obj));
        out.push(Stmt::new(StmtKind::Decl(id), span));
        if let Some(v) = init {
            out.push(Stmt::new(StmtKind::Assign(Place::Local(id), v), span));
        }
    }

    fn var_place(&mut self, obj: ObjId, span: Span) -> Place {
        match self.local_var(obj, span) {
            super::Operand::Place(p, _) => p,
            super::Operand::Value(_) => Place::Local(LocalId(0)),
        }
    }

    fn load_var(&mut self, obj: ObjId, span: Span) -> Expr {
        let op = self.local_var(obj, span);
        self.load(op, span)
    }

    fn int_const(&self, v: i64, span: Span) -> Expr {
        Expr::new(ExprKind::Const(Const::Int(v)), self.int_type(), span)
    }

    fn set_var(&mut self, obj: ObjId, v: Expr, span: Span) -> Stmt {
        let p = self.var_place(obj, span);
        Stmt::new(StmtKind::Assign(p, v), span)
    }

    fn set_int(&mut self, obj: ObjId, v: i64, span: Span) -> Stmt {
        let c = self.int_const(v, span);
        self.set_var(obj, c, span)
    }

    fn return_bool(&self, v: bool, span: Span) -> Stmt {
        let b = Expr::new(ExprKind::Const(Const::Bool(v)), self.bool_type(), span);
        Stmt::new(StmtKind::Return(vec![b]), span)
    }

    /// `if x op c { then }`.
    fn if_int(&mut self, op: BinOp, x: ObjId, c: i64, then: Block, span: Span) -> Stmt {
        let x = self.load_var(x, span);
        let c = self.int_const(c, span);
        let cond = Expr::new(
            ExprKind::Binary(op, Box::new(x), Box::new(c)),
            self.bool_type(),
            span,
        );
        Stmt::new(
            StmtKind::If {
                cond,
                then,
                els: Vec::new(),
            },
            span,
        )
    }

    fn panic_range_state(&mut self, state: Expr, span: Span) -> Stmt {
        self.runtime_call_stmt("runtime.panicrangestate", vec![state], span)
    }

    /// Whether the function being lowered is a range-over-func loop's body.
    pub(super) fn in_range_body(&self) -> bool {
        !self.rf.loops.is_empty()
    }

    // ----- the function's labels and results -----

    /// Prepares the rewrite of a function with body `body`: where its labels are, and whether
    /// a loop body returns values (then unnamed results get gc's names, see
    /// [`Self::range_result_name`]).
    pub(super) fn begin_range_funcs(&mut self, body: &'a ast::Block) -> bool {
        self.rf = Rewriter::default();
        let mut scan = LabelScan {
            info: self.info,
            stack: Vec::new(),
            labels: Vec::new(),
            rf: &mut self.rf,
            returns_value: false,
        };
        scan.stmts(&body.stmts);
        let (labels, returns_value) = (scan.labels, scan.returns_value);
        // gc's numbering: after -1 (return), three codes per label in the order they appear.
        let mut used = -1;
        for l in labels {
            used -= 3;
            self.rf.branch_next.insert((Branch::Break, l.clone()), used);
            self.rf
                .branch_next
                .insert((Branch::Continue, l.clone()), used + 1);
            self.rf.branch_next.insert((Branch::Goto, l), used + 2);
        }
        returns_value
    }

    /// gc's name for the unnamed (or blank) result `i` of a function whose loop bodies return
    /// values, declared as a named result.
    pub(super) fn range_result_name(&mut self, i: usize, ty: TypeId, span: Span) -> ObjId {
        self.synthetic_var(format!("#rv{}", i + 1), ty, span)
    }

    // ----- the loop -----

    /// `for key, value := range x { body }` over a function (`define` for `:=`). Its label,
    /// if any, is in `Rewriter::loop_labels`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_func(
        &mut self,
        key: Option<&'a ast::Expr>,
        value: Option<&'a ast::Expr>,
        define: bool,
        x: &'a ast::Expr,
        body: &'a ast::Block,
        span: Span,
        out: &mut Block,
    ) {
        let tx = self.ty(x);
        let yield_ty = match self.types.under(tx) {
            Type::Func(sig) => sig.params.first().copied(),
            _ => None,
        };
        let Some(Type::Func(yield_sig)) = yield_ty.map(|t| self.types.under(t).clone()) else {
            return self.error(span, "internal error: range over a non-iterator function");
        };
        let start = Span::new(span.file, span.lo, span.lo);
        let int = self.int_type();
        let mut blk = Vec::new();
        if self.rf.loops.is_empty() {
            self.rf.next = None;
            self.rf.defers = None;
            if self.needs_next(body, x.id) {
                let next = self.synthetic_var("#next".into(), int, Span::nowhere(span.file));
                self.declare_var(next, None, start, &mut blk);
                self.rf.next = Some(next);
            }
            if has_defer(&body.stmts) {
                let ptr = self.types.basic(base::types::BasicKind::UnsafePointer);
                let defers = self.synthetic_var("#defers".into(), ptr, Span::nowhere(span.file));
                let token = Expr::new(ExprKind::DeferRangeFunc, ptr, start);
                self.declare_var(defers, Some(token), start, &mut blk);
                self.rf.defers = Some(defers);
            }
        }
        self.rf.states += 1;
        let state = self.synthetic_var(format!("#state{}", self.rf.states), int, start);
        let ready = self.int_const(RF_READY, start);
        self.declare_var(state, Some(ready), start, &mut blk);
        self.rf.loops.push(Loop {
            id: x.id,
            state,
            depth: self.rf.loops.len() + 1,
            check_ret: false,
            check_break: false,
            check_continue: false,
            check_branch: Vec::new(),
        });
        let closure = self.range_body([key, value], define, &yield_sig, body, start);
        let Some(lp) = self.rf.loops.pop() else {
            return;
        };
        self.rf.yields += 1;
        let yield_var = self.synthetic_var(
            format!("#yield{}", self.rf.yields),
            closure.ty,
            Span::nowhere(span.file),
        );
        self.declare_var(yield_var, Some(closure), start, &mut blk);
        let arg = self.load_var(yield_var, start);
        let call = self.iterator_call(x, arg, start, &mut blk);
        blk.push(Stmt::new(StmtKind::Expr(call), start));

        // The iterator returned: the body must not be running, and must not run again.
        let end = Span::new(
            span.file,
            span.hi.saturating_sub(1),
            span.hi.saturating_sub(1),
        );
        let missing = self.int_const(RF_MISSING_PANIC, end);
        let then = vec![self.panic_range_state(missing, end)];
        blk.push(self.if_int(BinOp::Eq, state, RF_PANIC, then, end));
        blk.push(self.set_int(state, RF_EXHAUSTED, end));
        self.range_checks(&lp, end, &mut blk);
        if self.rf.loops.is_empty() {
            self.rf.next = None;
            self.rf.defers = None;
        }
        out.push(Stmt::new(StmtKind::Block(blk), span));
    }

    /// The loop body as a function literal taking the yield function's parameters (the
    /// iteration variables when declared with `:=`, otherwise `#p1`, `#p2` assigned to them).
    fn range_body(
        &mut self,
        vars: [Option<&'a ast::Expr>; 2],
        define: bool,
        yield_sig: &Signature,
        body: &'a ast::Block,
        start: Span,
    ) -> Expr {
        let parent = self.range_parent_of(self.cur_func);
        let n = self.range_gen.entry(parent).or_insert(0);
        *n += 1;
        let sym = Symbol::RangeBody {
            outer: Box::new(self.funcs[parent.index()].sym.clone()),
            n: *n,
        };
        let bool_t = self.bool_type();
        let lit = self.enter_literal(sym, body, yield_sig.params.len() + 1, start);
        self.range_parents.insert(self.cur_func, parent);
        let mut out = Vec::new();
        let mut params = Vec::new();
        let mut assigns = Vec::new();
        for (i, &ty) in yield_sig.params.iter().enumerate() {
            let var = vars.get(i).copied().flatten();
            let declared = var
                .filter(|_| define)
                .and_then(|v| self.info.defs.get(&v.id).map(|&o| (o, v)));
            match declared {
                Some((obj, v)) => {
                    let name = self.object(obj).name.clone();
                    params.push(self.param_local(&name, v.span, Some(obj), ty, &mut out));
                }
                None => {
                    let p = self.synthetic_var(format!("#p{}", i + 1), ty, start);
                    let name = self.object(p).name.clone();
                    params.push(self.param_local(&name, start, Some(p), ty, &mut out));
                    if let Some(v) = var {
                        assigns.push((v, p));
                    }
                }
            }
        }
        for (v, p) in assigns {
            let dest = if v.unparen().as_ident() == Some("_") {
                Dest::Blank
            } else {
                self.dest(v, false, &mut out)
            };
            let value = self.load_var(p, v.span);
            self.assign_one(dest, value, v.span, &mut out);
        }
        // Entering the body: it must be ready; it is running now.
        let state = self.rf.loops.last().map(|l| l.state);
        if let Some(state) = state {
            let int = self.int_type();
            let tmp = self.new_local(
                "#tmpState",
                int,
                LocalKind::User,
                Span::nowhere(start.file),
                None,
            );
            out.push(Stmt::new(StmtKind::Decl(tmp), start));
            let cur = self.load_var(state, start);
            out.push(Stmt::new(StmtKind::Assign(Place::Local(tmp), cur), start));
            out.push(self.set_int(state, RF_PANIC, start));
            let tmp_v = load_local(tmp, int, start);
            let then = vec![self.panic_range_state(tmp_v.clone(), start)];
            let ready = self.int_const(RF_READY, start);
            let cond = Expr::new(
                ExprKind::Binary(BinOp::Ne, Box::new(tmp_v), Box::new(ready)),
                bool_t,
                start,
            );
            out.push(Stmt::new(
                StmtKind::If {
                    cond,
                    then,
                    els: Vec::new(),
                },
                start,
            ));
        }
        self.block_into(&body.stmts, &mut out);
        let end = Span::new(body.span.file, body.span.hi.saturating_sub(1), body.span.hi);
        if let Some(state) = state {
            out.push(self.set_int(state, RF_READY, end));
        }
        out.push(self.return_bool(true, end));
        let ty = self.types.intern(Type::Func(Signature {
            params: yield_sig.params.clone(),
            results: vec![bool_t],
            variadic: false,
        }));
        let value = self.finish_literal(lit, params, vec![bool_t], out, ty, start);
        self.site_keys.insert(
            SiteKey::new(SiteKind::Closure, start),
            Site::named("func literal".into(), start),
        );
        value
    }

    /// `x(arg)`: a call of a declared function or a method is a direct call, as gc's rewritten
    /// `x(#yield1)` is; anything else a call of the func value.
    fn iterator_call(&mut self, x: &'a ast::Expr, arg: Expr, span: Span, out: &mut Block) -> Expr {
        let info: &'a frontend::check::Info = self.info;
        let x = x.unparen();
        let unit = self.no_value_type();
        if let AstExpr::Selector { x: recv, sel, .. } = &x.kind {
            let method = info
                .selections
                .get(&x.id)
                .filter(|s| s.kind != SelectionKind::FieldVal);
            if let Some(s) = method {
                self.iterator_arg = Some(arg);
                return self.method_call(recv, s, &sel.name, &[], false, unit, span, out);
            }
        }
        if let Some(&obj) = info.uses.get(&x.id) {
            if let (ObjKind::Func(_), Some(&f)) = (&info.object(obj).kind, self.func_of.get(&obj)) {
                let param = match self.types.under(info.object(obj).ty) {
                    Type::Func(sig) => sig.params.first().copied(),
                    _ => None,
                };
                let arg = match param {
                    Some(p) => self.assign_conv(arg, p),
                    None => arg,
                };
                return Expr::new(ExprKind::Call(f, vec![arg]), unit, span);
            }
        }
        let callee = self.expr(x, out);
        let param = match self.types.under(callee.ty) {
            Type::Func(sig) => sig.params.first().copied(),
            _ => None,
        };
        let arg = match param {
            Some(p) => self.assign_conv(arg, p),
            None => arg,
        };
        Expr::new(ExprKind::CallValue(Box::new(callee), vec![arg]), unit, span)
    }

    /// What the code after the iterator call of loop `lp` does with `#next` (gc's `checks`).
    fn range_checks(&mut self, lp: &Loop, at: Span, out: &mut Block) {
        let Some(next) = self.rf.next else {
            return;
        };
        let mut done: Vec<&(Branch, String)> = Vec::new();
        for br in &lp.check_branch {
            if done.contains(&br) {
                continue;
            }
            done.push(br);
            let (kind, label) = br;
            let code = self.rf.branch_next.get(br).copied().unwrap_or(0);
            let mut then = vec![self.set_int(next, 0, at)];
            match kind {
                Branch::Goto => {
                    let id = self.goto_label(label);
                    then.push(Stmt::new(StmtKind::Goto(id), at));
                }
                Branch::Break | Branch::Continue => {
                    self.branch(Some(label), *kind == Branch::Continue, at, &mut then);
                }
            }
            out.push(self.if_int(BinOp::Eq, next, code, then, at));
        }
        let Some(enclosing) = self.rf.loops.last().map(|l| l.state) else {
            // The outermost loop: do the return a body asked for.
            if lp.check_ret {
                let mut then = Vec::new();
                self.ret(&[], at, &mut then);
                out.push(self.if_int(BinOp::Eq, next, -1, then, at));
            }
            return;
        };
        if lp.check_ret {
            let then = vec![
                self.set_int(enclosing, RF_DONE, at),
                self.return_bool(false, at),
            ];
            out.push(self.if_int(BinOp::Lt, next, 0, then, at));
        }
        let step = PER_LOOP_STEP * (lp.depth as i64 - 1);
        let done_c = self.int_const(RF_DONE, at);
        let then = vec![self.panic_range_state(done_c, at)];
        out.push(self.if_int(BinOp::Gt, next, step, then, at));
        if lp.check_continue {
            let then = vec![
                self.set_int(next, 0, at),
                self.set_int(enclosing, RF_READY, at),
                self.return_bool(true, at),
            ];
            out.push(self.if_int(BinOp::Eq, next, step - 1, then, at));
        }
        if lp.check_break {
            let then = vec![
                self.set_int(next, 0, at),
                self.set_int(enclosing, RF_DONE, at),
                self.return_bool(false, at),
            ];
            out.push(self.if_int(BinOp::Eq, next, step, then, at));
        }
        if lp.check_continue || lp.check_break {
            let then = vec![
                self.set_int(enclosing, RF_DONE, at),
                self.return_bool(false, at),
            ];
            out.push(self.if_int(BinOp::Gt, next, 0, then, at));
        }
    }

    /// `defer call` in a loop body: onto the function's frame (gc's `runtime.deferprocat`), to
    /// run when the function the loop is in returns.
    pub(super) fn range_defer(&mut self, call: &'a ast::Expr, span: Span, out: &mut Block) {
        let Some(defers) = self.rf.defers else {
            return self.error(
                span,
                "internal error: a defer in a loop body without #defers",
            );
        };
        let func = self.deferred_func(call, span, out);
        let frame = self.load_var(defers, span);
        out.push(Stmt::new(StmtKind::DeferAt { func, frame }, span));
    }

    // ----- control flow out of a loop body -----

    /// `return es` in a loop body: the results are assigned, and the loops stop (gc's
    /// `editReturn`).
    pub(super) fn range_return(&mut self, es: &'a [ast::Expr], span: Span, out: &mut Block) {
        if !es.is_empty() {
            let results = self.rf.results.clone();
            let dests = results
                .iter()
                .map(|&o| {
                    let ty = self.object(o).ty;
                    Dest::Place(self.var_place(o, span), ty)
                })
                .collect();
            let rhs: Vec<&'a ast::Expr> = es.iter().collect();
            self.assign_exprs(dests, &rhs, span, out);
        }
        for lp in &mut self.rf.loops {
            lp.check_ret = true;
        }
        self.leave_body(-1, false, span, out);
    }

    /// `break`, `continue` or `goto` (with `label`, None for an unlabeled break or continue)
    /// in a loop body whose target is outside the function being lowered; false when the
    /// branch stays inside it and is lowered as usual (gc's `editBranch`).
    pub(super) fn range_branch(
        &mut self,
        kind: Branch,
        label: Option<&str>,
        span: Span,
        out: &mut Block,
    ) -> bool {
        let Some(innermost) = self.rf.loops.len().checked_sub(1) else {
            return false;
        };
        let target = match (kind, label) {
            (Branch::Goto, _) => None,
            (_, None) => Some(innermost),
            (_, Some(l)) => self
                .rf
                .loop_labels
                .get(l)
                .and_then(|id| self.rf.loops.iter().position(|lp| lp.id == *id)),
        };
        let Some(i) = target else {
            // A goto, or a break or continue of a statement that is not such a loop.
            let Some(l) = label else { return false };
            let home = self.rf.label_loop.get(l).copied().flatten();
            if home == Some(self.rf.loops[innermost].id) {
                return false;
            }
            let code = self.rf.branch_next.get(&(kind, l.to_string())).copied();
            let exit_from = home
                .and_then(|h| self.rf.loops.iter().position(|lp| lp.id == h))
                .map_or(0, |i| i + 1);
            self.rf.loops[exit_from]
                .check_branch
                .push((kind, l.to_string()));
            for lp in &mut self.rf.loops[exit_from + 1..] {
                lp.check_ret = true;
            }
            self.leave_body(code.unwrap_or(0), false, span, out);
            return true;
        };
        if i == innermost {
            // A plain break or continue of the loop: the body returns.
            let state = self.rf.loops[i].state;
            let (st, result) = if kind == Branch::Continue {
                (RF_READY, true)
            } else {
                (RF_DONE, false)
            };
            out.push(self.set_int(state, st, span));
            out.push(self.return_bool(result, span));
            return true;
        }
        let mut exit_from = i + 1;
        if kind == Branch::Continue {
            self.rf.loops[exit_from].check_continue = true;
        } else {
            exit_from = i;
            self.rf.loops[exit_from].check_break = true;
        }
        for lp in &mut self.rf.loops[exit_from + 1..] {
            lp.check_break = true;
        }
        let mut code = PER_LOOP_STEP * (i as i64 + 1);
        if kind == Branch::Continue {
            code -= 1;
        }
        self.leave_body(code, false, span, out);
        true
    }

    /// `#next = code; #stateN = done; return result` of the innermost loop body.
    fn leave_body(&mut self, code: i64, result: bool, span: Span, out: &mut Block) {
        if let Some(next) = self.rf.next {
            out.push(self.set_int(next, code, span));
        }
        if let Some(state) = self.rf.loops.last().map(|l| l.state) {
            out.push(self.set_int(state, RF_DONE, span));
        }
        out.push(self.return_bool(result, span));
    }

    /// Whether the nest of loops starting with the one over `id` with body `body` needs
    /// `#next`: a return, a nested loop, or a branch out of a body that is not a plain break or
    /// continue of its own loop.
    fn needs_next(&self, body: &'a ast::Block, id: ast::NodeId) -> bool {
        let mut scan = NextScan {
            lowerer: self,
            stack: vec![id],
            found: false,
        };
        scan.stmts(&body.stmts);
        scan.found
    }
}

/// Finds the labels of a function body in order, the loop each is in, and whether a loop
/// body returns values (gc's `computeBranchNext`).
struct LabelScan<'s, 'a> {
    info: &'a frontend::check::Info,
    /// The range-over-func loops around, innermost last.
    stack: Vec<ast::NodeId>,
    labels: Vec<String>,
    rf: &'s mut Rewriter,
    returns_value: bool,
}

impl LabelScan<'_, '_> {
    fn stmts(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            AstStmt::Labeled { label, stmt } => {
                self.labels.push(label.name.clone());
                let home = self.stack.last().copied();
                self.rf.label_loop.entry(label.name.clone()).or_insert(home);
                if let AstStmt::Range { x, .. } = &stmt.kind {
                    if self.info.range_func_bodies.contains_key(&x.id) {
                        self.rf.loop_labels.insert(label.name.clone(), x.id);
                    }
                }
                self.stmt(stmt);
            }
            AstStmt::Return(es) if !es.is_empty() && !self.stack.is_empty() => {
                self.returns_value = true;
            }
            AstStmt::Range { x, body, .. } => {
                let range_func = self.info.range_func_bodies.contains_key(&x.id);
                if range_func {
                    self.stack.push(x.id);
                }
                self.stmts(&body.stmts);
                if range_func {
                    self.stack.pop();
                }
            }
            _ => each_block(s, &mut |b| self.stmts(b)),
        }
    }
}

/// Looks for what makes a nest of loops need `#next` (see [`Lowerer::needs_next`]).
struct NextScan<'s, 'a> {
    lowerer: &'s Lowerer<'a>,
    /// The range-over-func loops around, innermost last.
    stack: Vec<ast::NodeId>,
    found: bool,
}

impl NextScan<'_, '_> {
    fn stmts(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    /// Whether a branch to `label` leaves the innermost loop body: a goto to a label outside
    /// it, a break or continue of another loop or statement outside it.
    fn leaves(&self, label: &str, goto: bool) -> bool {
        let rf = &self.lowerer.rf;
        let inner = self.stack.last().copied();
        if let (false, Some(id)) = (goto, rf.loop_labels.get(label)) {
            return Some(*id) != inner;
        }
        rf.label_loop.get(label).copied().flatten() != inner
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            AstStmt::Return(_) => self.found = true,
            AstStmt::Goto(l) => self.found |= self.leaves(&l.name, true),
            AstStmt::Break(Some(l)) | AstStmt::Continue(Some(l)) => {
                self.found |= self.leaves(&l.name, false)
            }
            AstStmt::Range { x, body, .. }
                if self.lowerer.info.range_func_bodies.contains_key(&x.id) =>
            {
                self.found = true;
                self.stack.push(x.id);
                self.stmts(&body.stmts);
                self.stack.pop();
            }
            _ => each_block(s, &mut |b| self.stmts(b)),
        }
    }
}

/// Whether a `defer` statement is among `stmts` (not in function literals).
fn has_defer(stmts: &[ast::Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        AstStmt::Defer(_) => true,
        _ => {
            let mut found = false;
            each_block(s, &mut |b| found |= has_defer(b));
            found
        }
    })
}

/// Calls `f` on each statement list directly inside `s` (not in function literals).
fn each_block(s: &ast::Stmt, f: &mut dyn FnMut(&[ast::Stmt])) {
    match &s.kind {
        AstStmt::Labeled { stmt, .. } => f(std::slice::from_ref(stmt)),
        AstStmt::Block(b) => f(&b.stmts),
        AstStmt::If { then, els, .. } => {
            f(&then.stmts);
            if let Some(e) = els {
                f(std::slice::from_ref(e));
            }
        }
        AstStmt::For { body, .. } | AstStmt::Range { body, .. } => f(&body.stmts),
        AstStmt::Switch { clauses, .. } | AstStmt::TypeSwitch { clauses, .. } => {
            for c in clauses {
                f(&c.body);
            }
        }
        AstStmt::Select { clauses } => {
            for c in clauses {
                f(&c.body);
            }
        }
        _ => {}
    }
}
