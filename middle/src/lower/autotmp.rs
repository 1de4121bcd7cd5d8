//! gc's names for the temporaries of multi-value expressions, which `-m` prints.
//!
//! gc's noder reads `a, b = f()`, `return f()` and `g(f())` (and `x, ok = y.(T)`) as
//! `.autotmp_N, .autotmp_N+1 = f()` followed by the assignment, return or call of the
//! temporaries, converting each where its destination's type differs. When such a conversion
//! is to an interface, escape analysis names it by its temporary: `.autotmp_2 escapes to
//! heap`, at the position of the `=`, the `return` or the call's `(`.
//!
//! `N` is the number of variables the function has declared when the noder creates the
//! temporary (`typecheck.TempAt` numbers by `len(curfn.Dcl)`): the receiver, parameters and
//! results (unnamed ones included), then, in the order the unified IR writer visits the body,
//! each variable a `:=`, `var` or `range` declares, each implicit variable of a type switch
//! clause (one per clause) and each earlier temporary. The writer visits an assignment's
//! left-hand side before its right-hand side, a call's function before its arguments, and a
//! multi-value expression before the temporaries it is read into. Dead code is already gone
//! (the `deadcode` pass), as gc's writer skips it too.

use std::collections::HashMap;

use base::source::Span;
use base::types::{Type, Types};
use frontend::ast::{self, AssignOp, ExprKind, NodeId, Stmt, StmtKind};
use frontend::check::{Info, Mode};

/// Where gc numbers the temporaries of one multi-value expression.
#[derive(Copy, Clone, Debug)]
pub(super) struct TempBase {
    /// `N` of the first temporary; the others follow.
    pub first: usize,
    /// Where gc reports the conversions of the temporaries.
    pub pos: Span,
}

/// The temporaries of every multi-value expression of a function body, by the expression's
/// id. `declared` counts the receiver, parameters and results.
pub(super) fn number(
    info: &Info,
    types: &Types,
    declared: usize,
    body: &[Stmt],
) -> HashMap<NodeId, TempBase> {
    let mut c = Counter {
        info,
        types,
        dcl: declared,
        bases: HashMap::new(),
    };
    c.stmts(body);
    c.bases
}

struct Counter<'a> {
    info: &'a Info,
    types: &'a Types,
    /// gc's `len(curfn.Dcl)` so far.
    dcl: usize,
    bases: HashMap<NodeId, TempBase>,
}

impl Counter<'_> {
    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Goto(_)
            | StmtKind::Fallthrough => {}
            StmtKind::Decl(ast::Decl::Var(specs)) => {
                for spec in specs {
                    for name in &spec.names {
                        self.declare(name.id);
                    }
                    self.values(&spec.values, spec.names.len(), spec.span.start());
                }
            }
            StmtKind::Decl(_) => {}
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_span,
            } => {
                for l in lhs {
                    if *op == AssignOp::Define {
                        self.declare(l.id);
                    } else if !matches!(&l.unparen().kind, ExprKind::Ident(n) if n == "_") {
                        self.expr(l);
                    }
                }
                self.values(rhs, lhs.len(), *op_span);
            }
            StmtKind::Return(es) => self.values(es, usize::MAX, s.span.start()),
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.stmts(&then.stmts);
                self.opt_stmt(els);
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.stmts(&body.stmts);
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                for e in [key, value].into_iter().flatten() {
                    if *define {
                        self.declare(e.id);
                    } else {
                        self.expr(e);
                    }
                }
                self.expr(x);
                self.stmts(&body.stmts);
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    for e in &c.exprs {
                        self.expr(e);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                self.opt_stmt(init);
                self.expr(x);
                for c in clauses {
                    if self.info.implicits.contains_key(&c.id) {
                        self.dcl += 1;
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    self.opt_stmt(&c.comm);
                    self.stmts(&c.body);
                }
            }
        }
    }

    /// A variable declared by its identifier (blank `_` declares nothing).
    /// A variable the statement declares; the blank identifier declares none.
    fn declare(&mut self, id: NodeId) {
        if let Some(&obj) = self.info.defs.get(&id) {
            if self.info.object(obj).name != "_" {
                self.dcl += 1;
            }
        }
    }

    /// The right-hand side of an assignment to `dests` destinations (or a return's results,
    /// or a call's arguments): one multi-value expression is read into temporaries.
    fn values(&mut self, es: &[ast::Expr], dests: usize, pos: Span) {
        if let [only] = es {
            if let Some(n) = self.results(only, dests) {
                self.expr(only);
                self.bases.insert(
                    only.id,
                    TempBase {
                        first: self.dcl,
                        pos,
                    },
                );
                self.dcl += n;
                return;
            }
        }
        for e in es {
            self.expr(e);
        }
    }

    /// How many values `e` gives when it stands alone for `dests` destinations, if more
    /// than one: a call with several results, or a comma-ok expression assigned to two.
    fn results(&self, e: &ast::Expr, dests: usize) -> Option<usize> {
        let info = self.info.exprs.get(&e.id)?;
        match self.types.get(info.ty) {
            Type::Tuple(elems) if elems.len() > 1 => Some(elems.len()),
            _ if dests == 2 && matches!(info.mode, Mode::CommaOk) => Some(2),
            _ => None,
        }
    }

    fn expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ExprKind::Ident(_)
            | ExprKind::BasicLit { .. }
            | ExprKind::Ellipsis
            // A function literal is a function of its own, numbered on its own.
            | ExprKind::FuncLit { .. }
            | ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {}
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.expr(k);
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::Paren(x)
            | ExprKind::Selector { x, .. }
            | ExprKind::TypeAssert { x, .. }
            | ExprKind::Star(x)
            | ExprKind::Unary { x, .. } => self.expr(x),
            ExprKind::Index { x, indices, .. } => {
                self.expr(x);
                for i in indices {
                    self.expr(i);
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.expr(i);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::Call { fun, args, .. } => {
                let mode = self.info.exprs.get(&fun.id).map(|i| &i.mode);
                if matches!(mode, Some(Mode::TypeExpr)) {
                    self.values(args, usize::MAX, e.node_pos());
                    return;
                }
                self.expr(fun);
                // gc's typecheck of the call reads its arguments, then replaces a callee
                // that calls something by a temporary (RewriteNonNameCall), then the
                // temporaries of a multi-value argument.
                let multi = match args.as_slice() {
                    [only] => self.results(only, usize::MAX),
                    _ => None,
                };
                for a in args {
                    self.expr(a);
                }
                if !matches!(mode, Some(Mode::Builtin(_))) {
                    if let Some(callee) = self.non_name_callee(fun) {
                        self.bases.insert(
                            callee.id,
                            TempBase {
                                first: self.dcl,
                                pos: callee.node_pos(),
                            },
                        );
                        self.dcl += 1;
                    }
                }
                if let (Some(n), [only]) = (multi, args.as_slice()) {
                    self.bases.insert(
                        only.id,
                        TempBase {
                            first: self.dcl,
                            pos: e.node_pos(),
                        },
                    );
                    self.dcl += n;
                }
            }
        }
    }

    /// The callee of a call that gc evaluates into a temporary first: the function
    /// expression, or an interface method's receiver, when it calls something (a function,
    /// a builtin other than `new`, or a channel receive). gc's noder turns a call of a
    /// declared method into a call of the method expression, `T.M(recv, …)`, whose callee is
    /// a name: no temporary then.
    fn non_name_callee<'e>(&self, fun: &'e ast::Expr) -> Option<&'e ast::Expr> {
        let mut callee = fun.unparen();
        if let ExprKind::Selector { x, .. } = &callee.kind {
            match self.info.selections.get(&callee.id) {
                Some(s) if s.kind == frontend::check::SelectionKind::MethodVal => {
                    if s.method.is_some() {
                        return None;
                    }
                    callee = x;
                }
                _ => {}
            }
        }
        self.calls_something(callee).then_some(callee)
    }

    /// Whether `e` (outside function literals) calls a function or builtin other than `new`
    /// or receives from a channel; constants do not.
    fn calls_something(&self, e: &ast::Expr) -> bool {
        let info = self.info.exprs.get(&e.id);
        if matches!(info.map(|i| &i.mode), Some(Mode::Const(_) | Mode::TypeExpr)) {
            return false;
        }
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                let fmode = self.info.exprs.get(&fun.id).map(|i| &i.mode);
                let is_new = matches!(fmode, Some(Mode::Builtin(frontend::check::Builtin::New)));
                let conversion = matches!(fmode, Some(Mode::TypeExpr));
                (!is_new && !conversion)
                    || args.iter().any(|a| self.calls_something(a))
                    || (!conversion && self.calls_something(fun))
            }
            ExprKind::Unary { op, x, .. } => *op == ast::UnaryOp::Recv || self.calls_something(x),
            ExprKind::Paren(x)
            | ExprKind::Selector { x, .. }
            | ExprKind::TypeAssert { x, .. }
            | ExprKind::Star(x) => self.calls_something(x),
            ExprKind::Index { x, indices, .. } => {
                self.calls_something(x) || indices.iter().any(|i| self.calls_something(i))
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.calls_something(x)
                    || [lo, hi, max]
                        .into_iter()
                        .flatten()
                        .any(|i| self.calls_something(i))
            }
            ExprKind::Binary { x, y, .. } => self.calls_something(x) || self.calls_something(y),
            ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| {
                el.key.as_ref().is_some_and(|k| self.calls_something(k))
                    || self.calls_something(&el.value)
            }),
            _ => false,
        }
    }
}
