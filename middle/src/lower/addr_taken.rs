//! The pre-pass that finds, before a function body is lowered, which of its variables have
//! their address taken, which are reassigned after their declaration, and the initialiser of
//! each declared with one value: together gc's `ir.StaticValue` (a variable never reassigned
//! nor address-taken stands for its initialiser; interface conversions of one holding a
//! constant use the constant).
//!
//! Lowering needs address-taken variables up front too: a 3-clause `for` loop variable is
//! given a fresh copy per iteration (Go 1.22) only when its address is taken, since otherwise
//! nobody can tell the iterations' variables apart.
//!
//! A variable `x` is address-taken when it is the root of an addressable operand of
//! * `&x`, `&x.f`, `&x[i]` (x an array),
//! * a slice expression `x[i:j]` with `x` an array,
//! * a call of a pointer-receiver method `x.M()` with `x` (or the embedded field on the path to
//!   the method) not a pointer: Go calls `(&x).M()`.
//!
//! The root is found through field selections and array indexing, but not through pointers:
//! `&p.f` with `p` a pointer takes the address of `*p`, not of `p`.

use std::collections::{HashMap, HashSet};

use base::types::{ObjId, Type, TypeId, Types};
use frontend::ast::{self, ExprKind, StmtKind, UnaryOp};
use frontend::check::{Info, ObjKind, SelectionKind, VarKind};

/// What the pre-pass finds about a function's variables.
pub(super) struct Scan<'b> {
    pub addr_taken: HashSet<ObjId>,
    /// Variables assigned after their declaration (`=`, `op=`, `++`, a `:=` redeclaring them,
    /// `range` with `=`): gc's `ir.Reassigned`.
    pub reassigned: HashSet<ObjId>,
    /// The initialiser of each variable declared with exactly one value of its own
    /// (`x := e`, `var x T = e`).
    pub inits: HashMap<ObjId, &'b ast::Expr>,
    /// Variables declared without a value (`var x T`).
    pub zero_decls: HashSet<ObjId>,
    /// Variables a function literal of the body uses but does not declare: captured.
    pub captured: HashSet<ObjId>,
}

impl<'b> Scan<'b> {
    /// gc's `ir.StaticValue` of a variable: its initialiser when it is never reassigned nor
    /// address-taken.
    pub fn static_value(&self, obj: ObjId) -> Option<&'b ast::Expr> {
        if self.reassigned.contains(&obj) || self.addr_taken.contains(&obj) {
            return None;
        }
        self.inits.get(&obj).copied()
    }

    /// Whether the variable is its zero value wherever it is read: declared without a value,
    /// never reassigned nor address-taken.
    pub fn statically_zero(&self, obj: ObjId) -> bool {
        self.zero_decls.contains(&obj)
            && !self.reassigned.contains(&obj)
            && !self.addr_taken.contains(&obj)
    }
}

pub(super) fn scan<'b>(info: &Info, types: &Types, body: &'b ast::Block) -> Scan<'b> {
    let mut c = Collector {
        info,
        types,
        found: HashSet::new(),
        reassigned: HashSet::new(),
        inits: HashMap::new(),
        zero_decls: HashSet::new(),
        captured: HashSet::new(),
        lits: Vec::new(),
    };
    for s in &body.stmts {
        c.stmt(s);
    }
    Scan {
        addr_taken: c.found,
        reassigned: c.reassigned,
        zero_decls: c.zero_decls,
        inits: c.inits,
        captured: c.captured,
    }
}

struct Collector<'a, 'b> {
    info: &'a Info,
    types: &'a Types,
    found: HashSet<ObjId>,
    reassigned: HashSet<ObjId>,
    inits: HashMap<ObjId, &'b ast::Expr>,
    zero_decls: HashSet<ObjId>,
    captured: HashSet<ObjId>,
    /// The function literals around the expression visited, innermost last.
    lits: Vec<ast::NodeId>,
}

impl<'b> Collector<'_, 'b> {
    fn ty(&self, e: &ast::Expr) -> Option<TypeId> {
        self.info.exprs.get(&e.id).map(|i| i.ty)
    }

    fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.types.under(t), Type::Pointer(_))
    }

    fn is_array(&self, t: TypeId) -> bool {
        matches!(self.types.under(t), Type::Array(..))
    }

    /// Follows a selection path from a value of type `t`: the type reached and whether a
    /// pointer was dereferenced on the way.
    fn walk_path(&self, mut t: TypeId, path: &[usize]) -> (TypeId, bool) {
        let mut through_pointer = false;
        for &i in path {
            if let Type::Pointer(e) = self.types.under(t) {
                through_pointer = true;
                t = *e;
            }
            match self.types.under(t) {
                Type::Struct(fields) => match fields.get(i) {
                    Some(f) => t = f.ty,
                    None => return (t, true),
                },
                _ => return (t, true),
            }
        }
        (t, through_pointer)
    }

    /// The local variable whose storage `e` denotes part of, if any.
    fn root(&self, e: &ast::Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Paren(x) => self.root(x),
            ExprKind::Ident(_) => {
                let obj = *self.info.uses.get(&e.id)?;
                match self.info.object(obj).kind {
                    ObjKind::Var(VarKind::Global) => None,
                    ObjKind::Var(_) => Some(obj),
                    _ => None,
                }
            }
            ExprKind::Selector { x, .. } => {
                let sel = self.info.selections.get(&e.id)?;
                if sel.kind != SelectionKind::FieldVal {
                    return None;
                }
                let (_, through_pointer) = self.walk_path(self.ty(x)?, &sel.path);
                if through_pointer {
                    None
                } else {
                    self.root(x)
                }
            }
            ExprKind::Index { x, .. } => {
                if self.is_array(self.ty(x)?) {
                    self.root(x)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// `e` assigned to: the variable it is part of is reassigned, through field selections
    /// and array indexing but not through pointers (gc's `ir.OuterValue`): after `s.a++`, `s`
    /// no longer stands for its initialiser.
    fn reassign(&mut self, e: &ast::Expr) {
        if let Some(obj) = self.root(e) {
            self.reassigned.insert(obj);
        }
    }

    fn take(&mut self, e: &ast::Expr) {
        if let Some(o) = self.root(e) {
            self.found.insert(o);
        }
    }

    fn stmt(&mut self, s: &'b ast::Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Break(_) | StmtKind::Continue(_) => {}
            StmtKind::Goto(_) | StmtKind::Fallthrough => {}
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => {
                self.reassign(x);
                self.expr(x)
            }
            StmtKind::Assign { lhs, rhs, op, .. } => {
                for (i, l) in lhs.iter().enumerate() {
                    match (op, self.info.defs.get(&l.id)) {
                        (ast::AssignOp::Define, Some(&obj)) => {
                            if lhs.len() == rhs.len() {
                                self.inits.insert(obj, &rhs[i]);
                            }
                        }
                        _ => self.reassign(l),
                    }
                }
                lhs.iter().chain(rhs).for_each(|e| self.expr(e));
            }
            StmtKind::Return(es) => es.iter().for_each(|e| self.expr(e)),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.block(&then.stmts);
                self.opt_stmt(els);
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                self.clauses(clauses);
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                self.opt_stmt(init);
                self.expr(x);
                self.clauses(clauses);
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    self.opt_stmt(&c.comm);
                    self.block(&c.body);
                }
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
                self.block(&body.stmts);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                define,
            } => {
                // The body of a range over a function is a function literal (gc's rangefunc
                // rewrite), which assigns the iteration variables too.
                let range_func = self.info.range_func_bodies.contains_key(&x.id);
                self.expr(x);
                if range_func {
                    self.lits.push(x.id);
                }
                for e in [key, value].into_iter().flatten() {
                    if !*define {
                        self.reassign(e);
                    }
                    self.expr(e);
                }
                self.block(&body.stmts);
                if range_func {
                    self.lits.pop();
                }
            }
        }
    }

    fn opt_stmt(&mut self, s: &'b Option<Box<ast::Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn block(&mut self, stmts: &'b [ast::Stmt]) {
        stmts.iter().for_each(|s| self.stmt(s));
    }

    fn clauses(&mut self, clauses: &'b [ast::CaseClause]) {
        for c in clauses {
            c.exprs.iter().for_each(|e| self.expr(e));
            self.block(&c.body);
        }
    }

    fn decl(&mut self, d: &'b ast::Decl) {
        if let ast::Decl::Var(specs) = d {
            for spec in specs {
                if spec.values.is_empty() {
                    let objs = spec.names.iter().filter_map(|n| self.info.defs.get(&n.id));
                    self.zero_decls.extend(objs);
                }
                if spec.names.len() == spec.values.len() {
                    for (n, v) in spec.names.iter().zip(&spec.values) {
                        if let Some(&obj) = self.info.defs.get(&n.id) {
                            self.inits.insert(obj, v);
                        }
                    }
                }
                spec.values.iter().for_each(|e| self.expr(e));
            }
        }
    }

    fn expr(&mut self, e: &'b ast::Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {
                let Some(&lit) = self.lits.last() else { return };
                let Some(&obj) = self.info.uses.get(&e.id) else {
                    return;
                };
                let local = matches!(
                    self.info.object(obj).kind,
                    ObjKind::Var(k) if k != VarKind::Global
                );
                if local && !self.info.declared_in_literal(lit, obj) {
                    self.captured.insert(obj);
                }
            }
            ExprKind::BasicLit { .. } | ExprKind::Ellipsis => {}
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.expr(k);
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { body, .. } => {
                self.lits.push(e.id);
                self.block(&body.stmts);
                self.lits.pop();
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Selector { x, .. } => self.expr(x),
            ExprKind::Index { x, indices, .. } => {
                self.expr(x);
                indices.iter().for_each(|i| self.expr(i));
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                if self.ty(x).is_some_and(|t| self.is_array(t)) {
                    self.take(x);
                }
                self.expr(x);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.expr(i);
                }
            }
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Call { fun, args, .. } => {
                self.method_receiver(fun);
                self.expr(fun);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Unary { op, x, .. } => {
                if *op == UnaryOp::Addr {
                    self.take(x);
                }
                self.expr(x);
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            // Type expressions hold no variables.
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {}
        }
    }

    /// `x.M()` with a pointer-receiver method `M` and an addressable non-pointer receiver
    /// takes `&x` (or `&x.embedded`).
    fn method_receiver(&mut self, fun: &ast::Expr) {
        let fun = fun.unparen();
        let ExprKind::Selector { x, .. } = &fun.kind else {
            return;
        };
        let Some(sel) = self.info.selections.get(&fun.id) else {
            return;
        };
        if sel.kind != SelectionKind::MethodVal {
            return;
        }
        let Some(method) = sel.method else { return };
        let wants_pointer = match &self.info.object(method).kind {
            ObjKind::Func(fi) => fi.recv.is_some_and(|r| self.is_pointer(r)),
            _ => false,
        };
        let Some(tx) = self.ty(x) else { return };
        let (t, through_pointer) = self.walk_path(tx, &sel.path);
        if wants_pointer && !through_pointer && !self.is_pointer(t) {
            self.take(x);
        }
    }
}
