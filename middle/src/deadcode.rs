//! The `deadcode` pass: the code gc never compiles because its front end drops it before
//! building IR. gc's noder (the unified IR writer, `noder/writer.go`) omits
//!
//! * the branch of an `if` whose condition is a constant (`if false { … }` keeps only the
//!   `else`, `if true { … } else { … }` only the `then`), and the body and post statement of a
//!   `for` whose condition is constant false;
//! * every clause but the chosen one of a `switch` on a constant whose case values are all
//!   constants (the chosen clause becomes the only, `default`, clause; a clause ending in
//!   `fallthrough` keeps the switch as written);
//! * the statements of a list after one that terminates (`return`, `goto`, `panic(…)`, an `if`
//!   both of whose branches terminate, a block ending in one), unless a label follows.
//!
//! A condition counts as constant when it is one, or when `&&`/`||` decide it from one
//! constant operand (`f() && false` is false, still evaluating `f()`; `false && f()` is
//! rewritten to `false`), as gc's `staticBool` decides.
//!
//! Nothing in the dropped code runs, so the program's behaviour cannot change; what changes
//! is what gc shows: no `-m` remark, allocation, string or type symbol comes from dropped
//! code, and the temporaries gc names `.autotmp_N` are counted without its variables. The
//! pass runs on the checked syntax tree (diagnostics are final), before lowering.

use base::constant::{compare, CompareOp, ConstValue};
use frontend::ast::{self, ExprKind, Stmt, StmtKind};
use frontend::check::{Builtin, Info, Mode};

/// Drops the dead code of every function body in `files`, function literals' included (those
/// in package-level initialisers too).
pub fn prune(files: &mut [ast::File], info: &Info) {
    let p = Pruner { info };
    for file in files {
        for decl in &mut file.decls {
            match decl {
                ast::Decl::Func(f) => {
                    if let Some(body) = &mut f.body {
                        p.body(&mut body.stmts);
                    }
                }
                ast::Decl::Var(specs) => {
                    for spec in specs {
                        for v in &mut spec.values {
                            ast::func_lits_in_expr(v, &mut |b| p.body(&mut b.stmts));
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

struct Pruner<'a> {
    info: &'a Info,
}

impl Pruner<'_> {
    /// Prunes a function body, then the bodies of the function literals left in it (a literal
    /// in dropped code is dropped with it).
    fn body(&self, stmts: &mut Vec<Stmt>) {
        self.stmts(stmts);
        ast::for_each_func_lit_mut(stmts, &mut |b| self.body(&mut b.stmts));
    }

    /// Prunes a statement list; returns whether it terminates: whether its last non-empty
    /// statement does, looked at as written (gc asks the syntax tree, dropped code included).
    fn stmts(&self, stmts: &mut Vec<Stmt>) -> bool {
        // Code after the last label may be reached only by falling into it.
        let last_label = stmts
            .iter()
            .rposition(|s| matches!(s.kind, StmtKind::Labeled { .. }));
        let last_non_empty = stmts
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty));
        let mut dead = false;
        let mut verdict = false;
        let mut i = 0;
        stmts.retain_mut(|s| {
            let labeled = matches!(s.kind, StmtKind::Labeled { .. });
            let keep = !dead || last_label.is_some_and(|l| i <= l) || labeled;
            if keep {
                // As in gc, an empty statement (`return;;`) ends the dead stretch too.
                dead = self.stmt(s);
                if Some(i) == last_non_empty {
                    verdict = dead;
                }
            } else if Some(i) == last_non_empty {
                verdict = self.terminates_as_written(s);
            }
            i += 1;
            keep
        });
        verdict
    }

    /// gc's `terminates` of a statement the noder drops (so it is not pruned first).
    fn terminates_as_written(&self, s: &mut Stmt) -> bool {
        match &mut s.kind {
            StmtKind::Goto(_) | StmtKind::Return(_) => true,
            StmtKind::Expr(e) => self.is_panic(e),
            StmtKind::Block(b) => self.block_terminates_as_written(&mut b.stmts),
            StmtKind::If {
                cond, then, els, ..
            } => {
                let known = self.static_bool(cond);
                (known < 0 || self.block_terminates_as_written(&mut then.stmts))
                    && (known > 0 || els.as_mut().is_some_and(|e| self.terminates_as_written(e)))
            }
            _ => false,
        }
    }

    fn block_terminates_as_written(&self, stmts: &mut [Stmt]) -> bool {
        stmts
            .iter_mut()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty))
            .is_some_and(|s| self.terminates_as_written(s))
    }

    fn opt_stmt(&self, s: &mut Option<Box<Stmt>>) -> bool {
        s.as_mut().is_some_and(|s| self.stmt(s))
    }

    /// Prunes a statement; returns whether it terminates as gc's `terminates` decides: a
    /// `return` or `goto`, a call of `panic`, a block whose last non-empty statement
    /// terminates, an `if` both of whose branches do (a branch a constant condition never
    /// takes counts as terminating).
    fn stmt(&self, s: &mut Stmt) -> bool {
        match &mut s.kind {
            StmtKind::Goto(_) | StmtKind::Return(_) => true,
            StmtKind::Expr(e) => self.is_panic(e),
            StmtKind::Labeled { stmt, .. } => {
                self.stmt(stmt);
                false
            }
            StmtKind::Block(b) => self.stmts(&mut b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                let known = self.static_bool(cond);
                let then_ends = if known < 0 {
                    then.stmts.clear();
                    true
                } else {
                    self.stmts(&mut then.stmts)
                };
                let else_ends = if known > 0 {
                    *els = None;
                    true
                } else {
                    self.opt_stmt(els)
                };
                then_ends && else_ends
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(c) = cond {
                    if self.static_bool(c) < 0 {
                        *post = None;
                        body.stmts.clear();
                    }
                }
                self.opt_stmt(init);
                self.opt_stmt(post);
                self.stmts(&mut body.stmts);
                false
            }
            StmtKind::Range { body, .. } => {
                self.stmts(&mut body.stmts);
                false
            }
            StmtKind::Switch { tag, clauses, .. } => {
                self.constant_switch(tag, clauses);
                for c in clauses {
                    self.stmts(&mut c.body);
                }
                false
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    self.stmts(&mut c.body);
                }
                false
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    self.stmts(&mut c.body);
                }
                false
            }
            _ => false,
        }
    }

    fn is_panic(&self, e: &ast::Expr) -> bool {
        match &e.unparen().kind {
            ExprKind::Call { fun, .. } => matches!(
                self.info.exprs.get(&fun.unparen().id).map(|i| &i.mode),
                Some(Mode::Builtin(Builtin::Panic))
            ),
            _ => false,
        }
    }

    /// A switch on a constant (`switch { … }` switches on `true`) whose case values are all
    /// constants keeps only the clause it always takes, as its `default`; with no such
    /// clause, no clause at all.
    fn constant_switch(&self, tag: &mut Option<ast::Expr>, clauses: &mut Vec<ast::CaseClause>) {
        let tag_value = match tag {
            Some(t) => match self.constant(t) {
                Some(v) => v.clone(),
                None => return,
            },
            None => ConstValue::Bool(true),
        };
        let mut target = None;
        'clauses: for (i, c) in clauses.iter().enumerate() {
            if c.is_default {
                target = Some(i);
            }
            for e in &c.exprs {
                let Some(v) = self.constant(e) else {
                    return;
                };
                if compare(&tag_value, CompareOp::Eq, v) == Some(true) {
                    target = Some(i);
                    break 'clauses;
                }
            }
        }
        match target {
            Some(i) => {
                let ends_in_fallthrough = clauses[i]
                    .body
                    .iter()
                    .rev()
                    .find(|s| !matches!(s.kind, StmtKind::Empty))
                    .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough));
                if ends_in_fallthrough {
                    return;
                }
                let mut only = clauses.swap_remove(i);
                only.exprs.clear();
                only.is_default = true;
                *clauses = vec![only];
            }
            None => clauses.clear(),
        }
        *tag = None;
    }

    /// gc's `staticBool`: +1 if the condition is always true, -1 if always false, 0 if not
    /// known. An `&&` or `||` decided by its left operand is replaced by that operand; one
    /// decided by its right operand after a constant left one, by the right operand.
    fn static_bool(&self, e: &mut ast::Expr) -> i8 {
        let known = self.constant_bool(e);
        if known != 0 {
            return known;
        }
        let ExprKind::Binary { op, x, y, .. } = &mut e.kind else {
            // gc looks through `!` without negating; its operand is never a constant here
            // (or `!x` would be one), nor an `&&`/`||` without parentheses, so this is 0.
            if let ExprKind::Unary {
                op: ast::UnaryOp::Not,
                x,
                ..
            } = &mut e.kind
            {
                return self.static_bool(x);
            }
            return 0;
        };
        let (and, or) = (*op == ast::BinaryOp::LogAnd, *op == ast::BinaryOp::LogOr);
        if !and && !or {
            return 0;
        }
        let decisive = if and { -1 } else { 1 };
        let left = self.static_bool(x);
        if left == decisive {
            let x = std::mem::replace(&mut **x, placeholder());
            *e = x;
            return left;
        }
        let right = self.static_bool(y);
        if left == -decisive || right == decisive {
            if self.constant(x).is_some() {
                let y = std::mem::replace(&mut **y, placeholder());
                *e = y;
            }
            return right;
        }
        0
    }

    fn constant_bool(&self, e: &ast::Expr) -> i8 {
        match self.constant(e) {
            Some(ConstValue::Bool(true)) => 1,
            Some(ConstValue::Bool(false)) => -1,
            _ => 0,
        }
    }

    fn constant(&self, e: &ast::Expr) -> Option<&ConstValue> {
        self.info.const_value(e.id)
    }
}

/// What an operand moved out of its `&&`/`||` leaves behind (the parent is overwritten
/// immediately after).
fn placeholder() -> ast::Expr {
    ast::Expr {
        id: ast::NodeId(u32::MAX),
        kind: ExprKind::Ident(String::new()),
        span: Default::default(),
    }
}
