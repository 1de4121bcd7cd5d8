//! Assignability and the statements and declarations built on it: `=`, `:=`, variable and
//! constant initialisation, `return` (types2's `assignments.go`).

use crate::ast::{Expr, ExprKind};
use crate::check::expr::span_of;
use crate::check::operand::{expr_string, OpMode, Operand};
use crate::check::untyped::ConvCode;
use crate::check::{Checker, Mode, ObjKind, VarKind};
use crate::source::Span;
use crate::types::{BasicKind, ObjId, Type, TypeId};

impl<'a> Checker<'a> {
    /// Whether `x` is assignable to a variable of type `t`; `cause` receives an explanation
    /// when one is known (types2's `assignableTo`).
    pub(crate) fn assignable_to(
        &mut self,
        x: &Operand<'a>,
        t: TypeId,
        cause: &mut Option<String>,
    ) -> bool {
        let inv = self.invalid_type();
        if x.is_invalid() || t == inv {
            return true;
        }
        let v = x.ty;
        if self.types.identical(v, t) {
            return true;
        }
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if self.is_untyped(vu) {
            return self.implicit_type_and_value(x, t).is_ok();
        }
        if self.types.identical(vu, tu) && (!self.types.has_name(v) || !self.types.has_name(t)) {
            return true;
        }
        let t_is_iface_ptr =
            matches!(self.types.get(tu), Type::Pointer(b) if self.types.is_interface(*b));
        if self.types.is_interface(tu) || t_is_iface_ptr {
            if t_is_iface_ptr {
                let ts = self.type_string(t);
                *cause = Some(format!("type {ts} is pointer to interface, not interface"));
                return false;
            }
            match self.not_implements_cause(v, t) {
                None => return true,
                Some(c) => {
                    *cause = Some(c);
                    return false;
                }
            }
        }
        if self.types.is_interface(vu) && self.implements(t, v) {
            *cause = Some("need type assertion".into());
            return false;
        }
        false
    }

    /// Checks that `x` can be assigned to type `t` (None: the blank identifier), converting
    /// untyped operands (types2's `assignment`).
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        self.single_value(x);
        match x.mode {
            OpMode::Invalid => return,
            OpMode::Nil
            | OpMode::Const(_)
            | OpMode::Variable
            | OpMode::Value
            | OpMode::CommaOk
            | OpMode::MapIndex => {}
            _ => {
                let s = self.op_string(x);
                let ts = t
                    .map(|t| self.type_string(t))
                    .unwrap_or_else(|| "<nil>".into());
                self.error(
                    span_of(x),
                    format!("cannot assign {s} to {ts} in {context}"),
                );
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if self.is_untyped(x.ty) {
            let mut target = t;
            if x.is_nil() {
                if t.is_none() {
                    self.error(span_of(x), format!("use of untyped nil in {context}"));
                    x.mode = OpMode::Invalid;
                    return;
                }
            } else if t.is_none() || t.is_some_and(|t| self.types.is_interface(t)) {
                target = Some(self.default_type(x.ty));
            }
            let target = target.unwrap_or(x.ty);
            match self.implicit_type_and_value(x, target) {
                Err(code) => {
                    let xs = self.op_string(x);
                    let ts = self.type_string(target);
                    let mut msg = format!("cannot use {xs} as {ts} value in {context}");
                    match code {
                        ConvCode::Truncated => msg.push_str(" (truncated)"),
                        ConvCode::Overflow => msg.push_str(" (overflows)"),
                        _ => {}
                    }
                    self.error(span_of(x), msg);
                    x.mode = OpMode::Invalid;
                    return;
                }
                Ok((nt, v)) => {
                    if let Some(v) = v {
                        x.mode = OpMode::Const(v.clone());
                        if let Some(e) = x.expr {
                            if let Some(u) = self.untyped.get_mut(&e.id) {
                                if matches!(u.mode, OpMode::Const(_)) {
                                    u.mode = OpMode::Const(v);
                                }
                            }
                        }
                    }
                    if nt != x.ty {
                        x.ty = nt;
                        if let Some(e) = x.expr {
                            self.update_expr_type(e, nt, false);
                        }
                    }
                }
            }
        }
        let Some(t) = t else {
            return;
        };
        let mut cause = None;
        if !self.assignable_to(x, t, &mut cause) {
            let xs = self.op_string(x);
            let ts = self.type_string(t);
            let msg = match cause {
                Some(c) => format!("cannot use {xs} as {ts} value in {context}: {c}"),
                None => format!("cannot use {xs} as {ts} value in {context}"),
            };
            self.error(span_of(x), msg);
            x.mode = OpMode::Invalid;
        }
    }

    /// Initialises variable `obj` from `x`; an undeclared type is taken from `x`
    /// (types2's `initVar`).
    pub(crate) fn init_var(
        &mut self,
        obj: ObjId,
        mut x: Operand<'a>,
        has_type: bool,
        context: &str,
    ) {
        let inv = self.invalid_type();
        if x.is_invalid() || x.ty == inv || (has_type && self.obj(obj).ty == inv) {
            if !has_type {
                self.obj_mut(obj).ty = inv;
            }
            return;
        }
        if !has_type {
            let mut t = x.ty;
            if self.is_untyped(t) {
                if t == self.basic(BasicKind::UntypedNil) {
                    self.error(span_of(&x), format!("use of untyped nil in {context}"));
                    self.obj_mut(obj).ty = inv;
                    return;
                }
                t = self.default_type(t);
            }
            self.obj_mut(obj).ty = t;
        }
        let t = self.obj(obj).ty;
        self.assignment(&mut x, Some(t), context);
    }

    /// `var a, b = f()` and `a, b := …` (types2's `initVars`); `lhs` None entries are `_`
    /// placeholders for names that could not be declared.
    pub(crate) fn init_vars_decl(
        &mut self,
        lhs: &[Option<ObjId>],
        rhs: &'a [Expr],
        _has_type: bool,
    ) {
        self.init_vars(lhs, rhs, None);
    }

    pub(crate) fn init_vars(
        &mut self,
        lhs: &[Option<ObjId>],
        rhs: &'a [Expr],
        return_span: Option<Span>,
    ) {
        let inv = self.invalid_type();
        let (l, r) = (lhs.len(), rhs.len());
        let context = if return_span.is_some() {
            "return statement"
        } else if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        let has_type = |c: &Self, o: Option<ObjId>| o.is_some_and(|o| c.obj(o).ty != inv);
        if l == r && !is_call {
            for (o, e) in lhs.iter().zip(rhs) {
                let ht = has_type(self, *o);
                let hint = if ht { o.map(|o| self.obj(o).ty) } else { None };
                let x = self.expr_with_hint(e, hint);
                match o {
                    Some(o) => self.init_var(*o, x, ht, context),
                    None => {}
                }
            }
            return;
        }
        if r != 1 {
            let ok = self.use_all(rhs);
            if ok {
                match return_span {
                    Some(at) => {
                        let xs: Vec<Operand> = rhs.iter().map(|e| self.expr_quiet(e)).collect();
                        let lt: Vec<TypeId> = lhs
                            .iter()
                            .map(|o| o.map_or(inv, |o| self.obj(o).ty))
                            .collect();
                        self.return_error(at, &lt, &xs);
                    }
                    None => self.assign_error(rhs, l, r),
                }
            }
            for &o in lhs.iter().flatten() {
                if !has_type(self, Some(o)) {
                    self.obj_mut(o).ty = inv;
                }
            }
            return;
        }
        let (xs, comma_ok) = self.multi_expr_comma_ok(&rhs[0], l == 2 && return_span.is_none());
        if xs.len() == l {
            for (o, x) in lhs.iter().zip(xs.iter()) {
                if let Some(o) = o {
                    let ht = has_type(self, Some(*o));
                    self.init_var(*o, x.clone(), ht, context);
                }
            }
            if comma_ok {
                self.record_comma_ok(&rhs[0], &xs);
            }
            return;
        }
        if !xs[0].is_invalid() {
            match return_span {
                Some(at) => {
                    let lt: Vec<TypeId> = lhs
                        .iter()
                        .map(|o| o.map_or(inv, |o| self.obj(o).ty))
                        .collect();
                    self.return_error(at, &lt, &xs);
                }
                None => self.assign_error(rhs, l, xs.len()),
            }
        }
        for &o in lhs.iter().flatten() {
            if !has_type(self, Some(o)) {
                self.obj_mut(o).ty = inv;
            }
        }
    }

    /// Evaluates again an expression already checked (for summaries in error messages)
    /// without reporting anything new.
    fn expr_quiet(&mut self, e: &'a Expr) -> Operand<'a> {
        let n = self.diags.len();
        let x = self.raw_expr(e, None);
        self.diags.truncate(n);
        x
    }

    /// Evaluates expressions for their errors; true if all are valid.
    pub(crate) fn use_all(&mut self, es: &'a [Expr]) -> bool {
        let mut ok = true;
        for e in es {
            let x = self.raw_expr(e, None);
            if x.is_invalid() {
                ok = false;
            }
        }
        ok
    }

    /// The operands of a possibly multi-valued expression, with the comma-ok second value
    /// when allowed (types2's `multiExpr`).
    pub(crate) fn multi_expr_comma_ok(
        &mut self,
        e: &'a Expr,
        allow_comma_ok: bool,
    ) -> (Vec<Operand<'a>>, bool) {
        let xs = self.multi_expr(e);
        let comma_ok = matches!(
            xs.first().map(|x| &x.mode),
            Some(OpMode::CommaOk | OpMode::MapIndex)
        );
        if xs.len() == 1 && allow_comma_ok && comma_ok {
            let ok = Operand {
                mode: OpMode::Value,
                ty: self.basic(BasicKind::UntypedBool),
                expr: Some(e),
                dummy: Some("ok value of (comma, ok) expression".into()),
            };
            return (vec![xs[0].clone(), ok], true);
        }
        (xs, false)
    }

    /// A comma-ok expression used for two values gets a tuple type `(T, bool)`, as go/types.
    fn record_comma_ok(&mut self, e: &'a Expr, xs: &[Operand<'a>]) {
        if xs.len() != 2 || xs[0].is_invalid() || xs[1].is_invalid() {
            return;
        }
        let bool_t = self.basic(BasicKind::Bool);
        let t = self.types.tuple(vec![xs[0].ty, bool_t]);
        let mut cur = e;
        loop {
            self.record_raw(cur.id, t, Mode::CommaOk);
            match &cur.kind {
                ExprKind::Paren(x) => cur = x,
                _ => break,
            }
        }
    }

    pub(crate) fn assign_error(&mut self, rhs: &'a [Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let rhs0 = &rhs[0];
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &rhs0.unparen().kind {
                self.error(
                    rhs0.span,
                    format!(
                        "assignment mismatch: {vars} but {} returns {vals}",
                        expr_string(fun)
                    ),
                );
                return;
            }
        }
        self.error(rhs0.span, format!("assignment mismatch: {vars} but {vals}"));
    }

    pub(crate) fn return_error(&mut self, at: Span, lhs: &[TypeId], rhs: &[Operand<'a>]) {
        let (l, r) = (lhs.len(), rhs.len());
        let (at, qualifier) = if r > l {
            (span_of(&rhs[l]), "too many")
        } else if r > 0 {
            (span_of(&rhs[r - 1]), "not enough")
        } else {
            (at, "not enough")
        };
        let have: Vec<TypeId> = rhs.iter().map(|x| x.ty).collect();
        let have = self.types_summary(&have, false, false);
        let want = self.types_summary(lhs, false, false);
        self.error(
            at,
            format!("{qualifier} return values\n\thave {have}\n\twant {want}"),
        );
    }

    /// `(int, string)`, with untyped numbers as `number` (types2's `typesSummary`).
    pub(crate) fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let inv = self.invalid_type();
        let mut res = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let mut s = if t == inv {
                "unknown type".to_string()
            } else if self.is_untyped(t) {
                if self.is_numeric(t) {
                    "number".to_string()
                } else {
                    self.type_string(t).replace("untyped ", "")
                }
            } else {
                self.type_string(t)
            };
            if i + 1 == list.len() {
                if variadic {
                    if let Type::Slice(e) = self.types.get(t) {
                        s = self.type_string(*e);
                    }
                    s = format!("...{s}");
                } else if has_dots {
                    s.push_str("...");
                }
            }
            res.push(s);
        }
        format!("({})", res.join(", "))
    }

    // ------------------------------------------------------------------------------------------
    // Assignment statements

    /// The type of an assignment's left-hand side (None for `_`), without counting the
    /// assignment as a use of the variable (types2's `lhsVar`).
    fn lhs_var(&mut self, lhs: &'a Expr) -> Option<TypeId> {
        let inv = self.invalid_type();
        let ident = match &lhs.unparen().kind {
            ExprKind::Ident(n) => Some((lhs.unparen(), n.as_str())),
            _ => None,
        };
        if let Some((ie, "_")) = ident {
            let _ = ie;
            return None;
        }
        let mut restore = None;
        if let Some((_, name)) = ident {
            if let Some(o) = self.lookup(name) {
                if matches!(self.obj(o).kind, ObjKind::Var(_)) {
                    restore = Some((o, self.objs[o.0 as usize].used));
                }
            }
        }
        let x = self.expr(lhs);
        if let Some((o, used)) = restore {
            self.objs[o.0 as usize].used = used;
        }
        if x.is_invalid() || x.ty == inv {
            return Some(inv);
        }
        if x.mode != OpMode::Variable && x.mode != OpMode::MapIndex {
            self.unassignable(lhs);
            return Some(inv);
        }
        Some(x.ty)
    }

    /// Reports that `lhs` cannot be assigned to (types2's `lhsVar`): a field of a map's
    /// element is named as such.
    pub(crate) fn unassignable(&mut self, lhs: &'a Expr) {
        let s = expr_string(lhs);
        if let ExprKind::Selector { x: base, .. } = &lhs.unparen().kind {
            let recorded = self.info.exprs.get(&base.unparen().id);
            if recorded.is_some_and(|i| i.mode == Mode::MapIndex) {
                self.error(
                    lhs.span,
                    format!("cannot assign to struct field {s} in map"),
                );
                return;
            }
        }
        self.error(
            lhs.span,
            format!("cannot assign to {s} (neither addressable nor a map index expression)"),
        );
    }

    fn assign_var(
        &mut self,
        lhs: &'a Expr,
        rhs: Option<&'a Expr>,
        x: Option<Operand<'a>>,
        context: &str,
    ) {
        let inv = self.invalid_type();
        let t = self.lhs_var(lhs);
        if t == Some(inv) {
            if x.is_none() {
                if let Some(r) = rhs {
                    self.use_expr(r);
                }
            }
            return;
        }
        let mut x = match x {
            Some(x) => x,
            None => {
                let Some(r) = rhs else {
                    return;
                };
                self.expr_with_hint(r, t)
            }
        };
        let context = if t.is_none() && context == "assignment" {
            "assignment to _ identifier"
        } else {
            context
        };
        self.assignment(&mut x, t, context);
    }

    /// `lhs... = rhs...` (types2's `assignVars`).
    pub(crate) fn assign_vars(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (le, re) in lhs.iter().zip(rhs) {
                self.assign_var(le, Some(re), None, context);
            }
            return;
        }
        if r != 1 {
            let ok_l = self.use_lhs(lhs);
            let ok_r = self.use_all(rhs);
            if ok_l && ok_r {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let (xs, comma_ok) = self.multi_expr_comma_ok(&rhs[0], l == 2);
        if xs.len() == l {
            for (le, x) in lhs.iter().zip(xs.iter()) {
                self.assign_var(le, None, Some(x.clone()), context);
            }
            if comma_ok {
                self.record_comma_ok(&rhs[0], &xs);
            }
            return;
        }
        if !xs[0].is_invalid() {
            self.assign_error(rhs, l, xs.len());
        }
        self.use_lhs(lhs);
    }

    /// Evaluates assignment targets for errors without marking variables used.
    pub(crate) fn use_lhs(&mut self, lhs: &'a [Expr]) -> bool {
        let mut ok = true;
        for e in lhs {
            if let ExprKind::Ident(n) = &e.unparen().kind {
                if n == "_" {
                    continue;
                }
                if let Some(o) = self.lookup(n) {
                    if matches!(self.obj(o).kind, ObjKind::Var(_)) {
                        let used = self.objs[o.0 as usize].used;
                        let x = self.raw_expr(e, None);
                        self.objs[o.0 as usize].used = used;
                        ok &= !x.is_invalid();
                        continue;
                    }
                }
            }
            ok &= !self.raw_expr(e, None).is_invalid();
        }
        ok
    }

    /// `lhs... := rhs...` (types2's `shortVarDecl`).
    pub(crate) fn short_var_decl(&mut self, op_span: Span, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let inv = self.invalid_type();
        let mut seen: Vec<&str> = Vec::new();
        let mut lhs_vars: Vec<Option<ObjId>> = Vec::new();
        let mut new_vars: Vec<(ObjId, &'a str, Span)> = Vec::new();
        let mut has_err = false;
        for le in lhs {
            let ExprKind::Ident(name) = &le.kind else {
                self.use_lhs(std::slice::from_ref(le));
                self.error(
                    le.span,
                    format!("non-name {} on left side of :=", expr_string(le)),
                );
                has_err = true;
                lhs_vars.push(None);
                continue;
            };
            if name != "_" {
                if seen.contains(&name.as_str()) {
                    self.error(le.span, format!("{name} repeated on left side of :="));
                    has_err = true;
                    lhs_vars.push(None);
                    continue;
                }
                seen.push(name);
            }
            let alt = self.scopes.last().and_then(|s| s.get(name)).copied();
            if let Some(alt) = alt {
                self.record_use(le.id, alt);
                if matches!(self.obj(alt).kind, ObjKind::Var(_)) {
                    // A redeclared variable is assigned to: it is an addressable operand.
                    let ty = self.obj(alt).ty;
                    self.record_raw(le.id, ty, crate::check::Mode::Variable);
                    lhs_vars.push(Some(alt));
                } else {
                    self.error(le.span, format!("cannot assign to {}", expr_string(le)));
                    has_err = true;
                    lhs_vars.push(None);
                }
                continue;
            }
            let obj = self.new_object(name, ObjKind::Var(VarKind::Local), inv, le.span);
            lhs_vars.push(Some(obj));
            if name != "_" {
                new_vars.push((obj, name.as_str(), le.span));
            }
            self.info.defs.insert(le.id, obj);
        }
        // Variables of existing objects keep their types: assignment context.
        let lhs_typed: Vec<Option<ObjId>> = lhs_vars
            .iter()
            .map(|o| match o {
                Some(o) => Some(*o),
                None => {
                    Some(self.new_object("_", ObjKind::Var(VarKind::Local), inv, Span::default()))
                }
            })
            .collect();
        // Re-assigned variables have a type already; new ones take the value's.
        self.init_vars(&lhs_typed, rhs, None);
        if new_vars.is_empty() && !has_err {
            self.error(op_span, "no new variables on left side of :=");
            return;
        }
        for (obj, name, span) in new_vars {
            self.declare_local_name(name, span, obj);
        }
    }
}

fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}
