//! Statements and function bodies (types2's `stmt.go`, `range.go`, `return.go`): scopes,
//! `if`/`for`/`switch`/`range`, `missing return` (terminating statement analysis) and
//! `declared and not used`.
//!
//! Loop variables follow Go 1.22 semantics: each iteration has fresh `i` and `v` in
//! `for i := …` and `for i, v := range …`. The checker declares one object per loop
//! variable; the middle must allocate a new variable per iteration when one escapes.

use std::collections::HashMap;

use crate::ast::{self, AssignOp, Block, CaseClause, Expr, ExprKind, FuncDecl, Stmt, StmtKind};
use crate::check::expr::span_of;
use crate::check::operand::{expr_string, OpMode, Operand};
use crate::check::{Checker, FuncCtx, ObjKind, VarKind};
use crate::constant::ConstValue;
use crate::source::Span;
use crate::types::{BasicKind, ObjId, Signature, Type, TypeId};

impl<'a> Checker<'a> {
    /// Checks a function body: parameters and results become local variables of the
    /// function's outermost scope.
    pub(crate) fn func_body(&mut self, obj: ObjId, decl: &'a FuncDecl) {
        let Some(body) = &decl.body else {
            return;
        };
        let sig = match self.types.get(self.obj(obj).ty).clone() {
            Type::Func(s) => s,
            _ => return,
        };
        let recv_t = match &self.obj(obj).kind {
            ObjKind::Func(fi) => fi.recv,
            _ => None,
        };
        self.func = Some(FuncCtx {
            obj: Some(obj),
            results: sig.results.clone(),
            named_results: Vec::new(),
            has_named_results: decl.ty.results.iter().any(|r| r.name.is_some()),
        });
        self.scopes = vec![HashMap::new()];
        let inv = self.invalid_type();
        if let Some(recv) = &decl.recv {
            if let Some(n) = &recv.name {
                let t = recv_t.unwrap_or(inv);
                let o = self.new_object(&n.name, ObjKind::Var(VarKind::Receiver), t, n.span);
                self.record_def(n, o);
                self.declare_local(n, o);
            }
        }
        self.declare_signature(&decl.ty, &sig);
        let first_local = self.info.objects.len();
        self.body_stmts(body, &sig);
        self.usage(first_local, Some(obj));
        self.scopes.clear();
        self.func = None;
    }

    /// A function literal: its body is checked where it stands, in a scope nested in the
    /// enclosing ones, against its own signature (types2's `funcLit`, which checks it before
    /// the enclosing scope changes). Its labels are its own (gc's parser checks them per
    /// function body). Its variables belong to the enclosing function declaration; as types2
    /// does, `declared and not used` is checked for them at the end of the literal.
    pub(crate) fn func_lit(
        &mut self,
        id: ast::NodeId,
        ty: &'a ast::FuncType,
        body: &'a Block,
    ) -> TypeId {
        let sig = self.signature(ty);
        let t = self.types.intern(Type::Func(sig.clone()));
        self.check_branches(body);
        let outer = self.func.take();
        let outer_scopes = self.scopes.len();
        self.func = Some(FuncCtx {
            obj: outer.as_ref().and_then(|f| f.obj),
            results: sig.results.clone(),
            named_results: Vec::new(),
            has_named_results: ty.results.iter().any(|r| r.name.is_some()),
        });
        let first_local = self.info.objects.len();
        self.open_scope();
        self.declare_signature(ty, &sig);
        self.body_stmts(body, &sig);
        self.scopes.truncate(outer_scopes);
        let end = self.info.objects.len() as u32;
        self.info.func_lits.insert(id, first_local as u32..end);
        // types2 checks a literal's variables at the end of its body.
        let func = outer.as_ref().and_then(|f| f.obj);
        self.usage(first_local, func);
        self.func = outer;
        t
    }

    /// Declares a signature's parameters and results as locals of the current scope (the named
    /// results are the function's `named_results`).
    fn declare_signature(&mut self, ty: &'a ast::FuncType, sig: &Signature) {
        for (p, &t) in ty.params.iter().zip(sig.params.iter()) {
            if let Some(n) = &p.name {
                let o = self.new_object(&n.name, ObjKind::Var(VarKind::Param), t, n.span);
                self.record_def(n, o);
                self.declare_local(n, o);
            }
        }
        let mut named = Vec::new();
        for (r, &t) in ty.results.iter().zip(sig.results.iter()) {
            let name = r.name.as_ref().map_or("", |n| n.name.as_str());
            let span = r.name.as_ref().map_or(r.span, |n| n.span);
            let o = self.new_object(name, ObjKind::Var(VarKind::Result), t, span);
            if let Some(n) = &r.name {
                self.record_def(n, o);
                self.declare_local(n, o);
            }
            named.push(o);
        }
        if let Some(f) = &mut self.func {
            f.named_results = named;
        }
    }

    /// A function body's statements, and `missing return` when it has results and does not
    /// end in a terminating statement.
    fn body_stmts(&mut self, body: &'a Block, sig: &Signature) {
        self.stmt_list(&body.stmts);
        if !sig.results.is_empty() && !self.is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace(), "missing return");
        }
    }

    /// `declared and not used: x` for the local variables of function `func` (None: of a
    /// function literal outside any function) created since `first`.
    fn usage(&mut self, first: usize, func: Option<ObjId>) {
        let mut unused = Vec::new();
        for i in first..self.info.objects.len() {
            if std::mem::replace(&mut self.objs[i].usage_checked, true) {
                continue;
            }
            let o = &self.info.objects[i];
            if matches!(o.kind, ObjKind::Var(VarKind::Local))
                && o.func == func
                && !o.name.is_empty()
                && o.name != "_"
                && !self.objs[i].used
                && self.objs[i].declared
            {
                unused.push((o.span, o.name.clone()));
            }
        }
        unused.sort();
        for (span, name) in unused {
            self.error(span, format!("declared and not used: {name}"));
        }
    }

    fn stmt_list(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn block(&mut self, b: &'a Block) {
        self.open_scope();
        self.stmt_list(&b.stmts);
        self.close_scope();
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.decl_stmt(d),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { chan, value } => {
                self.use_expr(chan);
                self.use_expr(value);
                self.unsupported(s.span, "channels");
            }
            StmtKind::IncDec { x, inc } => {
                let xo = self.expr(x);
                if xo.is_invalid() {
                    return;
                }
                if !self.is_numeric(xo.ty) {
                    let op = if *inc { "++" } else { "--" };
                    let ts = self.type_string(xo.ty);
                    self.error(
                        x.span,
                        format!(
                            "invalid operation: {}{op} (non-numeric type {ts})",
                            expr_string(x)
                        ),
                    );
                    return;
                }
                self.assign_op_target(x, xo);
            }
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_span,
            } => match op {
                AssignOp::Assign | AssignOp::Define => {
                    for r in rhs {
                        if let ExprKind::CompositeLit { .. } = r.kind {
                            self.assigned_literals.insert(r.id, *op_span);
                        }
                    }
                    if *op == AssignOp::Define {
                        self.short_var_decl(*op_span, lhs, rhs)
                    } else {
                        self.assign_vars(lhs, rhs)
                    }
                }
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            s.span,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    let mut x = self.expr(&lhs[0]);
                    let mut y = self.expr(&rhs[0]);
                    self.binary_operands(None, *bop, &mut x, &mut y, *op_span);
                    if x.is_invalid() {
                        return;
                    }
                    self.assign_op_target(&lhs[0], x);
                }
            },
            StmtKind::Go(e) => {
                self.use_expr(e);
                self.unsupported(s.span, "goroutines");
            }
            StmtKind::Defer(e) => self.defer_stmt(e),
            StmtKind::Return(results) => self.return_stmt(s, results),
            // Checked with the labels (`branches.rs`).
            StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Fallthrough
            | StmtKind::Goto(_) => {}
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let x = self.expr(cond);
                if !x.is_invalid() && !self.is_boolean(x.ty) {
                    self.error(cond.span, "non-boolean condition in if statement");
                }
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.close_scope();
            }
            StmtKind::Switch {
                init,
                tag,
                clauses,
                body_span,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.switch_stmt(tag.as_ref(), clauses, *body_span);
                self.close_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.type_switch_stmt(bind.as_ref(), x, clauses);
                self.close_scope();
            }
            StmtKind::Select { .. } => self.unsupported(s.span, "select statements"),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    let x = self.expr(c);
                    if !x.is_invalid() && !self.is_boolean(x.ty) {
                        self.error(c.span, "non-boolean condition in for statement");
                    }
                }
                if let Some(p) = post {
                    if matches!(
                        p.kind,
                        StmtKind::Assign {
                            op: AssignOp::Define,
                            ..
                        }
                    ) {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p);
                    }
                }
                self.block(body);
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body),
        }
    }

    /// Assigns the result of `x op= y` / `x++` back to `x`.
    fn assign_op_target(&mut self, lhs: &'a Expr, x: Operand<'a>) {
        if x.is_invalid() {
            return;
        }
        // The target must be assignable; evaluating it again would double-count a use. An
        // untyped constant (`-1 += 2`) has no recorded type yet: its operand tells.
        let target = self.info.exprs.get(&lhs.id).map(|i| (i.ty, i.mode.clone()));
        match target {
            Some((t, crate::check::Mode::Variable | crate::check::Mode::MapIndex)) => {
                let mut x = x;
                self.assignment(&mut x, Some(t), "assignment");
            }
            None if x.mode == OpMode::Variable => {}
            _ => self.unassignable(lhs),
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) {
        let x = self.raw_expr(e, None);
        let msg = match x.mode {
            OpMode::Invalid => return,
            OpMode::Builtin(_) => "must be called",
            OpMode::TypeExpr => "is not an expression",
            _ => {
                if let ExprKind::Call { .. } = &e.unparen().kind {
                    // A call is a statement unless it is a conversion or a value builtin.
                    if !self.is_value_call(e.unparen()) {
                        return;
                    }
                }
                "is not used"
            }
        };
        let s = self.op_string(&x);
        self.error(span_of(&x), format!("{s} {msg}"));
    }

    /// `defer call` (types2's suspendedCall): the call is checked as a statement; a conversion
    /// or a builtin whose value would be discarded is an error.
    fn defer_stmt(&mut self, e: &'a Expr) {
        // A parenthesized call is the parser's error (`must not be parenthesized`).
        let e = e.unparen();
        let ExprKind::Call { .. } = &e.kind else {
            self.error(
                e.span,
                "expression in defer must be function call".to_string(),
            );
            self.use_expr(e);
            return;
        };
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        let msg = if self.is_conversion_call(e) {
            "requires function call, not conversion"
        } else if self.is_value_call(e) {
            "discards result of"
        } else {
            return;
        };
        let s = self.op_string(&x);
        self.error(span_of(&x), format!("defer {msg} {s}"));
    }

    /// A call that is a conversion `T(x)`.
    fn is_conversion_call(&self, e: &Expr) -> bool {
        let ExprKind::Call { fun, .. } = &e.kind else {
            return false;
        };
        matches!(
            self.info.exprs.get(&fun.unparen().id).map(|i| &i.mode),
            Some(crate::check::Mode::TypeExpr)
        ) || self
            .untyped
            .get(&fun.unparen().id)
            .is_some_and(|u| u.mode == OpMode::TypeExpr)
    }

    /// Conversions and builtins such as `len` produce values that must be used.
    fn is_value_call(&self, e: &Expr) -> bool {
        let ExprKind::Call { fun, .. } = &e.kind else {
            return false;
        };
        match self.info.exprs.get(&fun.unparen().id).map(|i| &i.mode) {
            Some(crate::check::Mode::TypeExpr) => true,
            Some(crate::check::Mode::Builtin(b)) => matches!(
                b,
                crate::check::Builtin::Len
                    | crate::check::Builtin::Cap
                    | crate::check::Builtin::Append
                    | crate::check::Builtin::Make
                    | crate::check::Builtin::New
                    | crate::check::Builtin::UnsafeSizeof
                    | crate::check::Builtin::UnsafeAlignof
                    | crate::check::Builtin::UnsafeOffsetof
            ),
            _ => self
                .untyped
                .get(&fun.unparen().id)
                .is_some_and(|u| u.mode == OpMode::TypeExpr),
        }
    }

    fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        let Some(f) = self.func.clone() else {
            return;
        };
        if results.is_empty() && !f.results.is_empty() && f.has_named_results {
            // A bare return: named results must not be shadowed.
            for &r in &f.named_results {
                let name = self.obj(r).name.clone();
                if let Some(alt) = self.lookup(&name) {
                    if alt != r {
                        let alt_span = self.obj(alt).span;
                        let p = self.pos_string(alt_span);
                        let desc = self.object_string(alt);
                        self.error(
                            s.span,
                            format!("result parameter {name} not in scope at return\n\t{p}: inner declaration of {desc}"),
                        );
                    }
                }
            }
            return;
        }
        let lhs: Vec<Option<ObjId>> = f.named_results.iter().map(|&o| Some(o)).collect();
        if lhs.is_empty() && results.is_empty() {
            return;
        }
        self.init_vars(&lhs, results, Some(s.span));
    }

    /// `var x int` — types2's ObjectString for messages.
    fn object_string(&self, o: ObjId) -> String {
        let ob = self.obj(o);
        match ob.kind {
            ObjKind::Var(_) => format!("var {} {}", ob.name, self.type_string(ob.ty)),
            ObjKind::Const(_) => format!("const {} {}", ob.name, self.type_string(ob.ty)),
            ObjKind::TypeName => format!(
                "type {} {}",
                ob.name,
                self.type_string(self.types.underlying(ob.ty))
            ),
            _ => ob.name.clone(),
        }
    }

    // ------------------------------------------------------------------------------------------
    // Switches

    fn switch_stmt(&mut self, tag: Option<&'a Expr>, clauses: &'a [CaseClause], body_span: Span) {
        let mut x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, "switch expression");
                if !x.is_invalid() && !self.comparable(x.ty) && !self.has_nil(x.ty) {
                    let s = self.op_string(&x);
                    let ts = self.type_string(x.ty);
                    self.error(
                        t.span,
                        format!("cannot switch on {s} ({ts} is not comparable)"),
                    );
                    x.mode = OpMode::Invalid;
                }
                x
            }
            None => Operand {
                mode: OpMode::Const(ConstValue::Bool(true)),
                ty: self.basic(BasicKind::Bool),
                expr: None,
                dummy: None,
            },
        };
        let _ = body_span;
        self.multiple_defaults(clauses);
        let mut seen: Vec<(ConstValue, TypeId, Span)> = Vec::new();
        for cc in clauses {
            for e in &cc.exprs {
                self.case_value(&mut x, e, &mut seen);
            }
            self.open_scope();
            self.stmt_list(&cc.body);
            self.close_scope();
        }
    }

    fn multiple_defaults(&mut self, clauses: &'a [CaseClause]) {
        let mut first: Option<Span> = None;
        for cc in clauses {
            if cc.is_default {
                match first {
                    Some(f) => {
                        let p = self.pos_string(f);
                        self.error(cc.span, format!("multiple defaults (first at {p})"));
                    }
                    None => first = Some(cc.span),
                }
            }
        }
    }

    fn case_value(
        &mut self,
        x: &mut Operand<'a>,
        e: &'a Expr,
        seen: &mut Vec<(ConstValue, TypeId, Span)>,
    ) {
        let mut v = self.expr(e);
        if x.is_invalid() || v.is_invalid() {
            return;
        }
        self.convert_untyped(&mut v, x.ty);
        if v.is_invalid() {
            return;
        }
        // Compare as `v == x`; the switch tag prints as `true` for a tagless switch.
        let mut res = v.clone();
        let mut xx = x.clone();
        let tag = xx.expr.map_or_else(|| "true".to_string(), expr_string);
        self.comparison(&mut res, &mut xx, crate::ast::BinaryOp::Eq, None, Some(tag));
        if res.is_invalid() {
            return;
        }
        let Some(val) = v.val().cloned() else {
            return;
        };
        let vt = self.types.canonical(v.ty);
        if let Some((_, _, prev)) = seen.iter().find(|(pv, pt, _)| *pv == val && *pt == vt) {
            let p = self.pos_string(*prev);
            let s = self.op_string(&v);
            self.error(
                e.span,
                format!("duplicate case {s} in expression switch\n\t{p}: previous case"),
            );
            return;
        }
        seen.push((val, vt, e.node_pos()));
    }

    fn type_switch_stmt(
        &mut self,
        bind: Option<&'a crate::ast::Ident>,
        xe: &'a Expr,
        clauses: &'a [CaseClause],
    ) {
        let mut bind = bind;
        if let Some(b) = bind {
            if b.is_blank() {
                self.error(b.span, "no new variable on left side of :=");
                bind = None;
            }
        }
        let x = self.expr(xe);
        let mut sx = None;
        if !x.is_invalid() {
            if self.types.is_interface(x.ty) {
                sx = Some(x.clone());
            } else {
                let s = self.op_string(&x);
                self.error(xe.span, format!("{s} is not an interface"));
            }
        }
        self.multiple_defaults(clauses);
        let mut seen: Vec<(Option<TypeId>, Span)> = Vec::new();
        let mut vars = Vec::new();
        let inv = self.invalid_type();
        for cc in clauses {
            let mut t: Option<TypeId> = None;
            for e in &cc.exprs {
                let is_nil = matches!(&e.unparen().kind, ExprKind::Ident(n) if n == "nil")
                    && self
                        .lookup("nil")
                        .is_some_and(|o| matches!(self.obj(o).kind, ObjKind::Nil));
                let this = if is_nil {
                    self.expr(e);
                    None
                } else {
                    let ty = self.type_expr(e);
                    if ty == inv {
                        t = Some(inv);
                        continue;
                    }
                    Some(ty)
                };
                let key = this.map(|t| self.types.canonical(t));
                if let Some((_, prev)) = seen.iter().find(|(st, _)| *st == key) {
                    let ts = this.map_or("nil".to_string(), |t| self.type_string(t));
                    let p = self.pos_string(*prev);
                    self.error(
                        e.span,
                        format!("duplicate case {ts} in type switch\n\t{p}: previous case"),
                    );
                    t = this;
                    continue;
                }
                seen.push((key, e.span));
                if let (Some(sx), Some(ty)) = (&sx, this) {
                    self.type_assertion(e, sx, ty, true);
                }
                t = this;
            }
            // The clause variable has the case type for single-type cases, else x's type.
            let var_t = match (cc.exprs.len(), t) {
                (1, Some(ty)) => ty,
                _ => sx.as_ref().map_or(inv, |x| x.ty),
            };
            self.open_scope();
            if let Some(b) = bind {
                let o = self.new_object(&b.name, ObjKind::Var(VarKind::Local), var_t, b.span);
                self.declare_local(b, o);
                self.info.implicits.insert(cc.id, o);
                vars.push(o);
            }
            self.stmt_list(&cc.body);
            self.close_scope();
        }
        if let Some(b) = bind {
            let used = vars.iter().any(|&v| self.objs[v.0 as usize].used);
            for &v in &vars {
                self.objs[v.0 as usize].used = true;
            }
            if !used {
                self.error(b.span, format!("{} declared and not used", b.name));
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Range

    /// The iteration variables' types of a range over function `sig` (types2's `rangeKeyVal`
    /// for a signature): `func(yield func(K, V) bool)` gives K and V; Err with types2's cause
    /// when it is not an iterator.
    fn iterator_key_value(
        &mut self,
        sig: &Signature,
    ) -> Result<(Option<TypeId>, Option<TypeId>), Option<String>> {
        let bad = |why: &str| {
            Err(Some(format!(
                "func must be func(yield func(...) bool): {why}"
            )))
        };
        if sig.params.len() != 1 {
            return bad("wrong argument count");
        }
        if !sig.results.is_empty() {
            return bad("unexpected results");
        }
        let Type::Func(yield_sig) = self.types.under(sig.params[0]).clone() else {
            return bad("argument is not func");
        };
        if yield_sig.params.len() > 2 {
            return bad("yield func has too many parameters");
        }
        let bool_t = self.basic(BasicKind::Bool);
        if yield_sig.results.len() != 1 || yield_sig.results[0] != bool_t {
            if yield_sig.results.len() == 1 && self.is_boolean(yield_sig.results[0]) {
                return bad("yield func returns user-defined boolean, not bool");
            }
            return bad("yield func does not return bool");
        }
        if yield_sig.variadic {
            let ys = self.type_string(sig.params[0]);
            return Err(Some(format!("yield func of type {ys} cannot be variadic")));
        }
        Ok((
            yield_sig.params.first().copied(),
            yield_sig.params.get(1).copied(),
        ))
    }

    fn range_stmt(
        &mut self,
        s: &'a Stmt,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        xe: &'a Expr,
        body: &'a Block,
    ) {
        let inv = self.invalid_type();
        let mut x = self.expr(xe);
        let mut kv: Option<(Option<TypeId>, Option<TypeId>)> = None;
        if !x.is_invalid() {
            let mut t = self.types.underlying(x.ty);
            if let Type::Pointer(p) = self.types.get(t).clone() {
                if let Type::Array(..) = self.types.under(p) {
                    t = self.types.underlying(p);
                }
            }
            let int_t = self.basic(BasicKind::Int);
            let r = match self.types.get(t).clone() {
                Type::Basic(k) if k.is_string() => Ok((Some(int_t), Some(crate::types::RUNE))),
                Type::Basic(k) if k.is_integer() => Ok((Some(x.ty), None)),
                Type::Array(_, el) | Type::Slice(el) => Ok((Some(int_t), Some(el))),
                Type::Map(k, v) => Ok((Some(k), Some(v))),
                Type::Func(sig) => self.iterator_key_value(&sig),
                _ => Err(None),
            };
            match r {
                Err(cause) => {
                    let xs = self.op_string(&x);
                    let msg = match cause {
                        Some(c) => format!("cannot range over {xs}: {c}"),
                        None => format!("cannot range over {xs}"),
                    };
                    self.error(xe.span, msg);
                }
                Ok((None, _)) if key.is_some() => {
                    let xs = self.op_string(&x);
                    self.error(
                        key.map_or(xe.span, |k| k.span),
                        format!("range over {xs} permits no iteration variables"),
                    );
                }
                Ok((k, v)) => {
                    if v.is_none() && value.is_some() {
                        let xs = self.op_string(&x);
                        self.error(
                            value.map_or(xe.span, |v| v.span),
                            format!("range over {xs} permits only one iteration variable"),
                        );
                    }
                    kv = Some((k, v));
                }
            }
        }
        let first_local = self.info.objects.len() as u32;
        self.open_scope();
        let (kt, vt) = kv.unwrap_or((None, None));
        let range_over_int = self.is_integer(x.ty);
        let lhs = [key, value];
        let rhs = [kt, vt];
        if define {
            let mut vars: Vec<(ObjId, &'a Expr)> = Vec::new();
            for i in 0..2 {
                let Some(le) = lhs[i] else {
                    continue;
                };
                let ExprKind::Ident(name) = &le.kind else {
                    self.error(le.span, format!("cannot declare {}", expr_string(le)));
                    continue;
                };
                let o = self.new_object(name, ObjKind::Var(VarKind::Local), inv, le.span);
                self.info.defs.insert(le.id, o);
                if name != "_" {
                    vars.push((o, le));
                }
                let Some(t) = rhs[i].filter(|&t| t != inv) else {
                    self.obj_mut(o).ty = inv;
                    self.objs[o.0 as usize].used = true;
                    continue;
                };
                if range_over_int {
                    self.init_var(o, x.clone(), false, "range clause");
                } else {
                    let y = Operand {
                        mode: OpMode::Value,
                        ty: t,
                        expr: Some(le),
                        dummy: None,
                    };
                    self.init_var(o, y, false, "assignment");
                }
            }
            if vars.is_empty() {
                self.error(s.span, "no new variables on left side of :=");
            }
            for (o, le) in vars {
                let ExprKind::Ident(name) = &le.kind else {
                    continue;
                };
                self.declare_local_name(name, le.span, o);
            }
        } else if key.is_some() {
            for i in 0..2 {
                let Some(le) = lhs[i] else {
                    continue;
                };
                let Some(t) = rhs[i].filter(|&t| t != inv) else {
                    continue;
                };
                if range_over_int {
                    let y = self.assign_range_var(le, x.clone(), "range clause");
                    if !y.is_invalid() && !self.is_integer(y.ty) {
                        let ts = self.type_string(y.ty);
                        self.error(
                            le.span,
                            format!("cannot use iteration variable of type {ts}"),
                        );
                    }
                } else {
                    let y = Operand {
                        mode: OpMode::Value,
                        ty: t,
                        expr: Some(le),
                        dummy: None,
                    };
                    self.assign_range_var(le, y, "assignment");
                }
            }
        } else if range_over_int {
            self.assignment(&mut x, None, "range clause");
        }
        self.block(body);
        self.close_scope();
        if matches!(self.types.under(x.ty), Type::Func(_)) {
            // The body becomes a function literal (see `Info::range_func_bodies`).
            let end = self.info.objects.len() as u32;
            self.info.range_func_bodies.insert(xe.id, first_local..end);
        }
    }

    /// Assigns an iteration value to an existing variable; returns the value as converted.
    fn assign_range_var(
        &mut self,
        lhs: &'a Expr,
        mut y: Operand<'a>,
        context: &str,
    ) -> Operand<'a> {
        if let ExprKind::Ident(n) = &lhs.unparen().kind {
            if n == "_" {
                self.assignment(&mut y, None, context);
                return y;
            }
        }
        let mut restore = None;
        if let ExprKind::Ident(n) = &lhs.unparen().kind {
            if let Some(o) = self.lookup(n) {
                restore = Some((o, self.objs[o.0 as usize].used));
            }
        }
        let t = self.expr(lhs);
        if let Some((o, u)) = restore {
            self.objs[o.0 as usize].used = u;
        }
        if t.is_invalid() {
            y.mode = OpMode::Invalid;
            return y;
        }
        if t.mode != OpMode::Variable && t.mode != OpMode::MapIndex {
            self.unassignable(lhs);
            y.mode = OpMode::Invalid;
            return y;
        }
        self.assignment(&mut y, Some(t.ty), context);
        y
    }

    // ------------------------------------------------------------------------------------------
    // Terminating statements

    fn is_terminating(&self, s: &Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Labeled { label: l, stmt } => self.is_terminating(stmt, &l.name),
            StmtKind::Expr(e) => match &e.unparen().kind {
                ExprKind::Call { .. } => self.panic_calls.contains(&e.unparen().id),
                _ => false,
            },
            StmtKind::Return(_) | StmtKind::Goto(_) | StmtKind::Fallthrough => true,
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::If { then, els, .. } => els.as_ref().is_some_and(|e| {
                self.is_terminating_list(&then.stmts, "") && self.is_terminating(e, "")
            }),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                let mut has_default = false;
                for cc in clauses {
                    if cc.is_default {
                        has_default = true;
                    }
                    if !self.is_terminating_list(&cc.body, "")
                        || has_break_list(&cc.body, label, true)
                    {
                        return false;
                    }
                }
                has_default
            }
            StmtKind::Select { clauses } => clauses.iter().all(|cc| {
                self.is_terminating_list(&cc.body, "") && !has_break_list(&cc.body, label, true)
            }),
            StmtKind::For {
                cond: None, body, ..
            } => !has_break_list(&body.stmts, label, true),
            _ => false,
        }
    }

    fn is_terminating_list(&self, list: &[Stmt], label: &str) -> bool {
        for s in list.iter().rev() {
            if !matches!(s.kind, StmtKind::Empty) {
                return self.is_terminating(s, label);
            }
        }
        false
    }
}

fn has_break(s: &Stmt, label: &str, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        StmtKind::Break(None) => implicit,
        StmtKind::Break(Some(l)) => l.name == label,
        StmtKind::Block(b) => has_break_list(&b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            !label.is_empty()
                && clauses
                    .iter()
                    .any(|cc| has_break_list(&cc.body, label, false))
        }
        StmtKind::Select { clauses } => {
            !label.is_empty()
                && clauses
                    .iter()
                    .any(|cc| has_break_list(&cc.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            !label.is_empty() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}

fn has_break_list(list: &[Stmt], label: &str, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}
