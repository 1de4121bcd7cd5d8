//! Lowering of expressions: operands and places, calls (functions, methods, variadic packing,
//! multi-value arguments), builtins, conversions, composite literals, constants.
//!
//! Shapes produced (pseudo-Go on the left, IR on the right):
//!
//! ```text
//! x.M(a)         M on *T, x addressable T   main.(*T).M(&x, a)
//! p.M(a)         M on T, p *T               main.T.M(*p, a)
//! f(1, 2, 3)     f(xs ...int)               var .t0 *[3]int = new([3]int)
//!                                           *.t0 = [3]int{0: 1, 1: 2, 2: 3}
//!                                           main.f(.t0[:])
//! f(g())         g() (int, string)          var .t0 int; var .t1 string
//!                                           .t0, .t1 = main.g()
//!                                           main.f(.t0, .t1)
//! []int{1, 2}                               (like the variadic slice above)
//! &T{a: 1}                                  var .t0 *T = new(T); *.t0 = T{a: 1}; .t0
//! a && f()                                  var .t0 bool = a; if .t0 { …; .t0 = main.f() }
//! ```

use base::constant::ConstValue;
use base::source::Span;
use base::types::{BasicKind, ObjId, Type, TypeId};
use frontend::ast::{self, ExprKind as AstExpr, UnaryOp};
use frontend::check::{Builtin, Mode, ObjKind, SelectionKind, VarKind};
use num_traits::ToPrimitive;

use super::gcfmt::GcFmt;
use super::iface;
use super::{is_call, is_cheap, load_local, Lowerer, MakeArgs, Operand, Site, SiteKey, SiteKind};
use crate::ir::*;
use crate::remark::GcText;

impl<'a> Lowerer<'a> {
    /// Lowers a value expression. A call is hoisted into a temporary (see the module comment of
    /// `lower` on evaluation order).
    pub(super) fn expr(&mut self, e: &'a ast::Expr, out: &mut Block) -> Expr {
        let v = self.expr_direct(e, out);
        if is_call(&v) && self.is_value_type(v.ty) {
            let (ty, span) = (v.ty, v.span);
            let t = self.temp_of(v, out);
            return load_local(t, ty, span);
        }
        v
    }

    /// Lowers an expression, leaving a call at the top in place.
    pub(super) fn expr_direct(&mut self, e: &'a ast::Expr, out: &mut Block) -> Expr {
        let v = self.expr_direct_inner(e, out);
        let key = (v.span.file, v.span.lo, v.span.hi);
        if matches!(e.kind, AstExpr::Paren(_)) || self.is_conversion(e) {
            // gc places a conversion of `(x & y)` at the parenthesis (its syntax position),
            // and prints it without: the outermost parenthesised form is the source. A
            // conversion is placed at its operand's position (`[]byte(w.Name())` at the
            // call's `(`): the value there is the conversion's.
            self.src.insert(key, e);
        } else {
            self.src.entry(key).or_insert(e);
        }
        v
    }

    /// `T(x)`: a call whose function is a type.
    fn is_conversion(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            AstExpr::Call { fun, .. } => matches!(self.mode(fun.unparen()), Some(Mode::TypeExpr)),
            _ => false,
        }
    }

    fn expr_direct_inner(&mut self, e: &'a ast::Expr, out: &mut Block) -> Expr {
        let span = e.span;
        let Some(info) = self.expr_info(e) else {
            return self.bad(span);
        };
        let ty = self.default_type(info.ty);
        if let Mode::Const(v) = &info.mode {
            return self.constant(v, ty, span);
        }
        match &e.kind {
            AstExpr::Paren(x) => self.expr_direct(x, out),
            AstExpr::Ident(_)
            | AstExpr::Selector { .. }
            | AstExpr::Index { .. }
            | AstExpr::Star(_) => {
                let op = self.operand(e, out);
                self.load(op, span)
            }
            AstExpr::CompositeLit { .. } => self.composite(e, ty, out),
            AstExpr::FuncLit { .. } => self.func_lit(e, ty),
            AstExpr::Slice { x, lo, hi, max, .. } => {
                self.slice_expr(x, [lo, hi, max], ty, (span, e.node_pos()), out)
            }
            AstExpr::TypeAssert {
                x,
                ty: Some(target),
                ..
            } => {
                let comma_ok = matches!(self.types.get(ty), Type::Tuple(_));
                let target = self.ty(target);
                let v = self.expr(x, out);
                let v = Box::new(v);
                let kind = if matches!(self.types.under(target), Type::Interface(_)) {
                    ExprKind::AssertIface { x: v, comma_ok }
                } else {
                    ExprKind::AssertConcrete { x: v, comma_ok }
                };
                Expr::new(kind, ty, span)
            }
            AstExpr::TypeAssert { ty: None, .. } => {
                self.error(span, "internal error: x.(type) outside a type switch");
                self.bad(span)
            }
            AstExpr::Call { .. } => self.call(e, out),
            AstExpr::Unary { op, x, .. } => match op {
                UnaryOp::Addr => self.address(e, x, ty, out),
                UnaryOp::Pos => self.expr(x, out),
                UnaryOp::Neg | UnaryOp::Not | UnaryOp::Complement => {
                    let uop = match op {
                        UnaryOp::Neg => UnOp::Neg,
                        UnaryOp::Not => UnOp::Not,
                        _ => UnOp::Complement,
                    };
                    let v = self.expr(x, out);
                    Expr::new(ExprKind::Unary(uop, Box::new(v)), ty, span)
                }
                UnaryOp::Recv => {
                    self.unsupported(span, "channels");
                    self.bad(span)
                }
            },
            AstExpr::Binary { op, x, y, .. } => self.binary(e, *op, x, y, ty, out),
            AstExpr::BasicLit { .. } => {
                self.error(span, "internal error: literal without constant value");
                self.bad(span)
            }
            AstExpr::Ellipsis
            | AstExpr::ArrayType { .. }
            | AstExpr::StructType { .. }
            | AstExpr::FuncType(_)
            | AstExpr::InterfaceType { .. }
            | AstExpr::MapType { .. }
            | AstExpr::ChanType { .. } => {
                self.error(span, "internal error: type used as expression");
                self.bad(span)
            }
        }
    }

    pub(super) fn gcfmt(&self) -> GcFmt<'_> {
        GcFmt {
            info: self.info,
            types: &self.types,
            pkg: self.pkg,
            temps: &self.f.temp_bases,
        }
    }

    /// Records gc's name for the allocation at `span`.
    pub(super) fn site(&mut self, kind: SiteKind, span: Span, text: GcText) {
        self.site_keys
            .insert(SiteKey::new(kind, span), Site::named(text, span));
    }

    /// Sets where gc's escape walk meets the site recorded at `span` (see `Site::walk`).
    pub(super) fn site_walk(&mut self, kind: SiteKind, span: Span, walk: Span) {
        if let Some(site) = self.site_keys.get_mut(&SiteKey::new(kind, span)) {
            site.walk = Some(walk);
        }
    }

    /// A stand-in after an error has been reported.
    pub(super) fn bad(&self, span: Span) -> Expr {
        Expr::new(ExprKind::Zero, self.types.basic(BasicKind::Invalid), span)
    }

    /// Types a call result can have as a value (not a tuple of several results, not "no value").
    pub(super) fn is_value_type(&self, t: TypeId) -> bool {
        !matches!(self.types.get(t), Type::Tuple(_))
    }

    pub(super) fn load(&mut self, op: Operand, span: Span) -> Expr {
        match op {
            Operand::Place(p, t) => Expr::new(ExprKind::Load(p), t, span),
            Operand::Value(v) => v,
        }
    }

    // ----- operands and places -----

    /// Lowers an expression that may denote a variable (a place) or just a value.
    pub(super) fn operand(&mut self, e: &'a ast::Expr, out: &mut Block) -> Operand {
        let span = e.span;
        let Some(info) = self.expr_info(e) else {
            return Operand::Value(self.bad(span));
        };
        let ty = self.default_type(info.ty);
        if let Mode::Const(v) = &info.mode {
            return Operand::Value(self.constant(v, ty, span));
        }
        match &e.kind {
            AstExpr::Paren(x) => self.operand(x, out),
            AstExpr::Ident(_) => self.object_operand(e, ty),
            AstExpr::Selector { x, .. } => {
                let info: &'a frontend::check::Info = self.info;
                match info.selections.get(&e.id) {
                    Some(sel) if sel.kind == SelectionKind::FieldVal => {
                        let op = self.operand(x, out);
                        let tx = self.ty(x);
                        self.follow_path(op, tx, &sel.path, span).0
                    }
                    Some(sel) if sel.kind == SelectionKind::MethodExpr => {
                        // The checker takes only method expressions that name the declared
                        // method itself (`T.M`, `(*T).M` of a pointer method) or a defined
                        // interface's method (`I.M`).
                        let AstExpr::Selector { sel: name, .. } = &e.kind else {
                            return Operand::Value(self.bad(span));
                        };
                        let recv = self.ty(x);
                        match self.method_expr_func(sel, recv, &name.name) {
                            Some(f) => Operand::Value(Expr::new(ExprKind::FuncValue(f), ty, span)),
                            None => {
                                self.error(span, "internal error: method expression");
                                Operand::Value(self.bad(span))
                            }
                        }
                    }
                    Some(sel) if sel.kind == SelectionKind::MethodVal => {
                        Operand::Value(self.method_value(e, x, sel, ty, out))
                    }
                    Some(_) => {
                        self.error(span, "internal error: selection");
                        Operand::Value(self.bad(span))
                    }
                    // A qualified identifier `pkg.Name`.
                    None => self.object_operand(e, ty),
                }
            }
            AstExpr::Index { x, indices, .. } => {
                if indices.len() != 1 {
                    self.unsupported(span, "generics");
                    return Operand::Value(self.bad(span));
                }
                // A failing bounds check is at the `[` (gc's position of an index).
                let at = e.node_pos();
                let tx = self.ty(x);
                match self.types.under(tx).clone() {
                    Type::Array(_, elem) => {
                        let base = self.operand(x, out);
                        let i = self.expr(&indices[0], out);
                        match base {
                            Operand::Place(p, _) => {
                                Operand::Place(Place::Index(Box::new(p), Box::new(i), at), elem)
                            }
                            Operand::Value(v) => Operand::Value(Expr::new(
                                ExprKind::IndexOf(Box::new(v), Box::new(i), at),
                                elem,
                                span,
                            )),
                        }
                    }
                    Type::Pointer(arr) => {
                        let elem = self.array_of(arr).map(|(_, e)| e).unwrap_or(ty);
                        let p = self.expr(x, out);
                        let i = self.expr(&indices[0], out);
                        let base = Place::Deref(Box::new(p));
                        Operand::Place(Place::Index(Box::new(base), Box::new(i), at), elem)
                    }
                    Type::Slice(elem) => {
                        let s = self.expr(x, out);
                        let i = self.expr(&indices[0], out);
                        Operand::Place(Place::SliceElem(Box::new(s), Box::new(i), at), elem)
                    }
                    Type::Basic(k) if k.is_string() => {
                        let s = self.expr(x, out);
                        let i = self.expr(&indices[0], out);
                        Operand::Value(Expr::new(
                            ExprKind::IndexOf(Box::new(s), Box::new(i), at),
                            ty,
                            span,
                        ))
                    }
                    Type::Map(..) => Operand::Value(self.map_index(e, x, &indices[0], out)),
                    _ => {
                        self.error(span, "internal error: index of non-indexable value");
                        Operand::Value(self.bad(span))
                    }
                }
            }
            AstExpr::Star(x) => {
                let p = self.expr(x, out);
                Operand::Place(Place::Deref(Box::new(p)), ty)
            }
            _ => Operand::Value(self.expr(e, out)),
        }
    }

    /// An identifier (or qualified identifier) that denotes an object.
    fn object_operand(&mut self, e: &'a ast::Expr, ty: TypeId) -> Operand {
        let span = e.span;
        let Some(&obj) = self.info.uses.get(&e.id) else {
            self.error(span, "internal error: unresolved identifier");
            return Operand::Value(self.bad(span));
        };
        let object = self.info.object(obj);
        match &object.kind {
            ObjKind::Var(VarKind::Global) => match self.global_of.get(&obj) {
                Some(&g) => Operand::Place(Place::Global(g), object.ty),
                None => {
                    self.unsupported(span, "variables of other packages");
                    Operand::Value(self.bad(span))
                }
            },
            ObjKind::Var(_) => self.local_var(obj, span),
            ObjKind::Nil => Operand::Value(Expr::new(ExprKind::Const(Const::Nil), ty, span)),
            ObjKind::Func(_) => match self.func_of.get(&obj) {
                Some(&f) => Operand::Value(Expr::new(ExprKind::FuncValue(f), ty, span)),
                None => {
                    self.unsupported(span, "functions of package runtime as values");
                    Operand::Value(self.bad(span))
                }
            },
            _ => {
                self.error(span, "internal error: identifier is not a value");
                Operand::Value(self.bad(span))
            }
        }
    }

    /// Follows a selection path (field indices through embedded fields) from an operand of type
    /// `t`, dereferencing pointers on the way. Returns the operand reached and its type.
    pub(super) fn follow_path(
        &mut self,
        mut op: Operand,
        mut t: TypeId,
        path: &[usize],
        span: Span,
    ) -> (Operand, TypeId) {
        for &i in path {
            if let Some(elem) = self.pointer_elem(t) {
                let p = self.load(op, span);
                op = Operand::Place(Place::Deref(Box::new(p)), elem);
                t = elem;
            }
            let Some(ft) = self.field_type(t, i) else {
                self.error(span, "internal error: bad selection path");
                return (Operand::Value(self.bad(span)), t);
            };
            op = match op {
                Operand::Place(p, _) => Operand::Place(Place::Field(Box::new(p), i), ft),
                Operand::Value(v) => {
                    Operand::Value(Expr::new(ExprKind::FieldOf(Box::new(v), i), ft, span))
                }
            };
            t = ft;
        }
        (op, t)
    }

    /// The place an assignment writes to.
    pub(super) fn place(&mut self, e: &'a ast::Expr, out: &mut Block) -> Option<(Place, TypeId)> {
        if let AstExpr::Index { x, indices, .. } = &e.unparen().kind {
            if let ([key], Some(Mode::MapIndex)) = (&indices[..], self.mode(e.unparen())) {
                return self.map_place(x, key, e.unparen().node_pos(), out);
            }
        }
        match self.operand(e, out) {
            Operand::Place(p, t) => Some((p, t)),
            Operand::Value(_) => {
                self.error(e.span, "internal error: cannot assign to a value");
                None
            }
        }
    }

    /// `&x`: the address of a variable, or of a new object for `&T{…}`.
    fn address(&mut self, e: &'a ast::Expr, x: &'a ast::Expr, ty: TypeId, out: &mut Block) -> Expr {
        let span = e.span;
        if let AstExpr::CompositeLit { .. } = &x.unparen().kind {
            let text = self.gcfmt().text(e);
            let pos = e.node_pos();
            let t = self.alloc_begin(ty, pos, text, out);
            let v = self.expr(x, out);
            return self.alloc_finish(t, v, ty, pos, out);
        }
        match self.operand(x, out) {
            Operand::Place(p, t) => self.addr_of(p, t, span),
            Operand::Value(_) => {
                self.error(span, "internal error: address of a value");
                self.bad(span)
            }
        }
    }

    /// `var .tN *T = new(T)` for an allocation at gc's position `span` that gc calls `text`
    /// (`&T{...}`). gc allocates before it evaluates what is stored into the new object (and
    /// its remarks list the allocation first); [`Self::alloc_finish`] stores it.
    fn alloc_begin(
        &mut self,
        ptr_ty: TypeId,
        span: Span,
        text: GcText,
        out: &mut Block,
    ) -> LocalId {
        self.site(SiteKind::New, span, text);
        self.temp_of(Expr::new(ExprKind::New, ptr_ty, span), out)
    }

    /// `*.tN = v` (unless `v` is the zero value), giving `.tN`.
    fn alloc_finish(
        &mut self,
        t: LocalId,
        v: Expr,
        ptr_ty: TypeId,
        span: Span,
        out: &mut Block,
    ) -> Expr {
        if !matches!(v.kind, ExprKind::Zero) {
            let target = Place::Deref(Box::new(load_local(t, ptr_ty, span)));
            out.push(Stmt::new(StmtKind::Assign(target, v), span));
        }
        load_local(t, ptr_ty, span)
    }

    // ----- operators -----

    fn binary(
        &mut self,
        e: &'a ast::Expr,
        op: ast::BinaryOp,
        x: &'a ast::Expr,
        y: &'a ast::Expr,
        ty: TypeId,
        out: &mut Block,
    ) -> Expr {
        use ast::BinaryOp::*;
        let span = e.span;
        match op {
            LogAnd | LogOr => {
                let a = self.expr(x, out);
                let mut pre = Vec::new();
                let b = self.expr(y, &mut pre);
                if pre.is_empty() {
                    return Expr::new(ExprKind::Binary(op, Box::new(a), Box::new(b)), ty, span);
                }
                // The right operand's hoisted calls may only run when it is evaluated.
                let t = self.temp_of(a, out);
                pre.push(Stmt::new(StmtKind::Assign(Place::Local(t), b), span));
                let cond = load_local(t, ty, span);
                let (then, els) = if op == LogAnd {
                    (pre, vec![])
                } else {
                    (vec![], pre)
                };
                out.push(Stmt::new(StmtKind::If { cond, then, els }, span));
                load_local(t, ty, span)
            }
            Add if self.is_string(ty) => {
                let mut operands = Vec::new();
                self.concat_operands(x, &mut operands);
                operands.push(y);
                let parts: Vec<Expr> = operands.into_iter().map(|o| self.expr(o, out)).collect();
                let pos = e.node_pos();
                let text = self.gcfmt().text(e);
                self.site(SiteKind::Concat, pos, text);
                self.site_walk(SiteKind::Concat, pos, e.span);
                Expr::new(ExprKind::Concat(parts), ty, pos)
            }
            _ => {
                let mut a = self.expr(x, out);
                let mut b = self.expr(y, out);
                if matches!(op, Shl | Shr) {
                    // An untyped constant shift count (`x << 1.`, `x << (1+0i)`) is a uint, as
                    // gc's noder converts it.
                    if let (Some(Mode::Const(v)), Some(info)) = (self.mode(y), self.expr_info(y)) {
                        let untyped = self
                            .types
                            .basic_kind(info.ty)
                            .is_some_and(|k| k.is_untyped());
                        if untyped {
                            let uint = self.types.basic(BasicKind::Uint);
                            b = self.constant(&v.clone(), uint, y.span);
                        }
                    }
                }
                if op.is_comparison() {
                    // `p == nil`: give an untyped nil the other operand's type.
                    self.type_nil(&mut a, b.ty);
                    self.type_nil(&mut b, a.ty);
                    // `iface == concrete`: gc converts the concrete operand and compares
                    // interfaces (efaceeq/ifaceeq).
                    let (ia, ib) = (self.types.is_interface(a.ty), self.types.is_interface(b.ty));
                    // Two interfaces of different types: as gc's noder, `x` is converted to
                    // `y`'s type when it is assignable to it, else `y` to `x`'s, so that both
                    // type words mean the same (`error == any` compares as `any`).
                    if ia && ib && !self.types.identical(a.ty, b.ty) {
                        if self.iface_assignable(a.ty, b.ty) {
                            a = self.assign_conv(a, b.ty);
                        } else {
                            b = self.assign_conv(b, a.ty);
                        }
                    } else if ia && !ib {
                        b = self.assign_conv(b, a.ty);
                    } else if ib && !ia {
                        a = self.assign_conv(a, b.ty);
                    }
                }
                Expr::new(ExprKind::Binary(op, Box::new(a), Box::new(b)), ty, span)
            }
        }
    }

    /// Whether a value of interface type `from` is assignable to interface type `to`: `from`'s
    /// method set has every method of `to`'s (same name and package, identical signature).
    fn iface_assignable(&mut self, from: TypeId, to: TypeId) -> bool {
        let (Type::Interface(have), Type::Interface(want)) =
            (self.types.under(from).clone(), self.types.under(to).clone())
        else {
            return false;
        };
        want.iter().all(|w| {
            have.iter()
                .any(|h| h.name == w.name && h.pkg == w.pkg && self.types.identical(h.sig, w.sig))
        })
    }

    /// The operands of a chain `a + b + c` of non-constant string additions, in order.
    fn concat_operands<'e>(&self, e: &'e ast::Expr, acc: &mut Vec<&'e ast::Expr>) {
        let is_const = matches!(self.mode(e), Some(Mode::Const(_)));
        if let AstExpr::Binary {
            op: ast::BinaryOp::Add,
            x,
            y,
            ..
        } = &e.unparen().kind
        {
            if !is_const {
                self.concat_operands(x, acc);
                acc.push(y);
                return;
            }
        }
        acc.push(e);
    }

    pub(super) fn type_nil(&self, e: &mut Expr, ty: TypeId) {
        if matches!(e.kind, ExprKind::Const(Const::Nil))
            && self.types.basic_kind(e.ty) == Some(BasicKind::UntypedNil)
        {
            e.ty = ty;
        }
    }

    fn slice_expr(
        &mut self,
        x: &'a ast::Expr,
        bounds: [&'a Option<Box<ast::Expr>>; 3],
        ty: TypeId,
        (span, at): (Span, Span),
        out: &mut Block,
    ) -> Expr {
        let tx = self.ty(x);
        let base = if self.array_of(tx).is_some() {
            // Slicing an array slices the array variable itself: `a[i:j]` is `(&a)[i:j]`.
            match self.operand(x, out) {
                Operand::Place(p, t) => self.addr_of(p, t, span),
                Operand::Value(_) => {
                    self.error(span, "internal error: slice of unaddressable array");
                    self.bad(span)
                }
            }
        } else {
            self.expr(x, out)
        };
        let [lo, hi, max] = bounds.map(|b| b.as_ref().map(|b| Box::new(self.expr(b, out))));
        Expr::new(
            ExprKind::Slice {
                x: Box::new(base),
                lo,
                hi,
                max,
                at,
            },
            ty,
            span,
        )
    }

    // ----- calls -----

    /// A call expression (not hoisted).
    pub(super) fn call(&mut self, e: &'a ast::Expr, out: &mut Block) -> Expr {
        let span = e.span;
        let AstExpr::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return self.bad(span);
        };
        let fun = fun.unparen();
        match self.mode(fun) {
            Some(Mode::Builtin(b)) => return self.builtin(*b, e, args, ellipsis.is_some(), out),
            Some(Mode::TypeExpr) => {
                let to = self.ty(e);
                if args.len() != 1 {
                    self.error(span, "internal error: conversion needs one argument");
                    return self.bad(span);
                }
                if let Some(lit) = self.runes_of_constant(fun, &args[0], to, out) {
                    return lit;
                }
                let v = self.expr(&args[0], out);
                let operand_span = v.span;
                let mut c = if v.ty == to && self.rounds(to) {
                    // gc keeps an explicit float conversion to the same type (OCONV): it
                    // rounds, so arm64 does not fuse a multiply-add through it.
                    Expr::new(ExprKind::Convert(Box::new(v)), to, span)
                } else {
                    self.convert(v, to, span)
                };
                // Converting an untyped operand (`[]int(nil)`, `Flag(i%2 == 0)`) only gives it
                // its type, so the operand is the result; gc keeps the conversion as the
                // expression, and names and places what is done with it by the conversion
                // (`([]int)(nil) does not escape`).
                if c.span == operand_span {
                    c.span = span;
                }
                if let Some(kind) = super::site_kind(&c.kind) {
                    // gc puts a conversion at its operand's position.
                    c.span = args[0].node_pos();
                    // gc's escape analysis replaces a variable whose static value is a constant
                    // by the constant: `any(s)` with `s := "x"` is reported as `any("x")`.
                    let constant = self
                        .static_const(&args[0])
                        .filter(|_| self.types.is_interface(to));
                    let text = match constant {
                        Some(init) => self.gcfmt().conversion(fun, init),
                        None => self.gcfmt().text(e),
                    };
                    self.site(kind, c.span, text);
                    self.site_walk(kind, c.span, args[0].span);
                }
                return c;
            }
            _ => {}
        }
        let result_ty = match self.mode(e) {
            Some(Mode::NoValue) | None => self.no_value_type(),
            Some(_) => self
                .expr_info(e)
                .map(|i| i.ty)
                .unwrap_or_else(|| self.int_type()),
        };
        let info: &'a frontend::check::Info = self.info;
        if let AstExpr::Selector { x, .. } = &fun.kind {
            let field = |s: &frontend::check::Selection| s.kind == SelectionKind::FieldVal;
            if let Some(sel) = info.selections.get(&fun.id).filter(|s| !field(s)) {
                let pos = e.node_pos();
                let name = match &fun.kind {
                    AstExpr::Selector { sel: name, .. } => name.name.as_str(),
                    _ => "",
                };
                return self.method_call(
                    x,
                    sel,
                    name,
                    args,
                    ellipsis.is_some(),
                    result_ty,
                    pos,
                    out,
                );
            }
        }
        let pos = e.node_pos();
        // The call itself is at its `(`, as in gc: the line its return address maps to
        // (`runtime.Caller`) is that of the `(`.
        let span = Span::new(span.file, pos.lo, span.hi);
        let callee = info.uses.get(&fun.id).map(|&o| (o, &info.object(o).kind));
        let Some((obj, ObjKind::Func(fi))) = callee else {
            // A variable, a field, a call's result, …: a func value.
            return self.call_value(fun, args, ellipsis.is_some(), result_ty, pos, span, out);
        };
        let (params, variadic) = self.signature(info.object(obj).ty);
        if let Some(&fid) = self.func_of.get(&obj) {
            let args = self.call_args(&params, variadic, args, ellipsis.is_some(), pos, out);
            return Expr::new(ExprKind::Call(fid, args), result_ty, span);
        }
        // A function of the runtime library (declared without a body in the runtime stub).
        let bodyless = self.func_decl(obj).is_some_and(|fd| fd.body.is_none());
        if fi.decl.is_none() || !self.is_source_pkg(info.object(obj).pkg) || bodyless {
            let args = self.call_args(&params, variadic, args, ellipsis.is_some(), pos, out);
            let ext = self.extern_func(obj);
            return Expr::new(ExprKind::CallExtern(ext, args), result_ty, span);
        }
        self.error(span, "internal error: call of an unknown function");
        self.bad(span)
    }

    /// A call through a func value: the value, then the arguments (a variable is read when
    /// the call is made, after the arguments, as in gc).
    #[allow(clippy::too_many_arguments)]
    fn call_value(
        &mut self,
        fun: &'a ast::Expr,
        args: &'a [ast::Expr],
        ellipsis: bool,
        result_ty: TypeId,
        pos: Span,
        span: Span,
        out: &mut Block,
    ) -> Expr {
        let callee = self.expr(fun, out);
        let (params, variadic) = self.signature(callee.ty);
        let args = self.call_args(&params, variadic, args, ellipsis, pos, out);
        Expr::new(ExprKind::CallValue(Box::new(callee), args), result_ty, span)
    }

    fn signature(&self, t: TypeId) -> (Vec<TypeId>, bool) {
        match self.types.under(t) {
            Type::Func(sig) => (sig.params.clone(), sig.variadic),
            _ => (vec![], false),
        }
    }

    fn extern_func(&mut self, obj: ObjId) -> ExternId {
        let object = self.info.object(obj);
        let name = match &object.kind {
            ObjKind::Func(fi) => fi.sym.link_name(&self.types),
            _ => object.name.clone(),
        };
        if let Some(&id) = self.extern_of.get(&name) {
            return id;
        }
        let (params, results) = match self.types.under(object.ty) {
            Type::Func(sig) => (sig.params.clone(), sig.results.clone()),
            _ => (vec![], vec![]),
        };
        // A library function declared without a body: `//go:noescape` keeps its arguments.
        let noescape = match (&object.kind, self.func_decl(obj)) {
            (ObjKind::Func(_), Some(fd)) => fd.pragmas.noescape,
            _ => false,
        };
        let id = ExternId(self.externs.len() as u32);
        self.externs.push(Extern {
            name: name.clone(),
            params,
            results,
            noescape,
        });
        self.extern_of.insert(name, id);
        id
    }

    /// The declaration of a function of the program's or the library's packages.
    fn func_decl(&self, obj: ObjId) -> Option<&'a ast::FuncDecl> {
        let ObjKind::Func(fi) = &self.info.object(obj).kind else {
            return None;
        };
        let (file, decl) = fi.decl?;
        let pkg = self.info.object(obj).pkg;
        let in_file = if self.types.pkg_path(pkg) == "runtime" {
            self.runtime_stub?
        } else if self.is_source_pkg(pkg) {
            let files: &'a [ast::File] = self.files;
            files.get(file)?
        } else {
            return None;
        };
        match in_file.decls.get(decl)? {
            ast::Decl::Func(fd) => Some(fd),
            _ => None,
        }
    }

    /// `x.M(args)` (method value called at once) or `T.M(x, args)` (method expression).
    #[allow(clippy::too_many_arguments)]
    #[allow(clippy::too_many_arguments)]
    pub(super) fn method_call(
        &mut self,
        x: &'a ast::Expr,
        sel: &frontend::check::Selection,
        name: &str,
        args: &'a [ast::Expr],
        ellipsis: bool,
        result_ty: TypeId,
        span: Span,
        out: &mut Block,
    ) -> Expr {
        let tx = self.ty(x);
        if sel.kind == SelectionKind::MethodExpr {
            // The method itself, its receiver first (see `check::selector`'s method_expr), or
            // an interface's `main.I.M`.
            let Some(f) = self.method_expr_func(sel, tx, name) else {
                self.error(span, "internal error: method expression");
                return self.bad(span);
            };
            let (params, variadic) = self.signature(sel.ty);
            let all = self.call_args(&params, variadic, args, ellipsis, span, out);
            if f.0 > u32::MAX / 2 {
                self.notes.wrapper_expr_calls.insert(span);
            }
            return Expr::new(ExprKind::Call(f, all), result_ty, span);
        }
        let Some(method) = sel.method else {
            if sel.kind == SelectionKind::MethodVal {
                if let Some(call) =
                    self.iface_call(x, tx, sel, name, args, ellipsis, result_ty, span, out)
                {
                    return call;
                }
            }
            // A field of function type.
            self.unsupported(span, "calls of function values");
            return self.bad(span);
        };
        let Some(&fid) = self.func_of.get(&method) else {
            self.error(span, "internal error: method without body");
            return self.bad(span);
        };
        let recv_ty = match &self.info.object(method).kind {
            ObjKind::Func(fi) => fi.recv,
            _ => None,
        };
        let Some(recv_ty) = recv_ty else {
            self.error(span, "internal error: method without receiver");
            return self.bad(span);
        };
        let wants_pointer = self.pointer_elem(recv_ty).is_some();
        match sel.kind {
            SelectionKind::MethodVal => {
                let recv = self.method_receiver(x, tx, &sel.path, wants_pointer, span, out);
                let (params, variadic) = self.signature(self.info.object(method).ty);
                let mut all = vec![recv];
                all.extend(self.call_args(&params, variadic, args, ellipsis, span, out));
                Expr::new(ExprKind::Call(fid, all), result_ty, span)
            }
            SelectionKind::MethodExpr => {
                self.error(span, "internal error: method expression call");
                self.bad(span)
            }
            SelectionKind::FieldVal => {
                self.unsupported(span, "calls of function values");
                self.bad(span)
            }
        }
    }

    /// The receiver a method of `x` (reached through the selection `path`) is called with:
    /// `&x.path` or `x.path` for a pointer method (`wants_pointer`), `*x.path` or `x.path` for
    /// a value method.
    pub(super) fn method_receiver(
        &mut self,
        x: &'a ast::Expr,
        tx: TypeId,
        path: &[usize],
        wants_pointer: bool,
        span: Span,
        out: &mut Block,
    ) -> Expr {
        let op = self.operand(x, out);
        let (op, t) = self.follow_path(op, tx, path, span);
        match (wants_pointer, self.pointer_elem(t)) {
            (true, Some(_)) => self.load(op, span),
            (true, None) => match op {
                Operand::Place(p, t) => self.addr_of(p, t, span),
                Operand::Value(_) => {
                    self.error(span, "internal error: pointer method on a value");
                    self.bad(span)
                }
            },
            (false, Some(elem)) => {
                let p = self.load(op, span);
                Expr::new(ExprKind::Load(Place::Deref(Box::new(p))), elem, span)
            }
            (false, None) => self.load(op, span),
        }
    }

    /// The arguments of a call, converted to the parameter types: a multi-value call as the
    /// only argument is spread through temporaries, and the extra arguments of a variadic call
    /// are packed into a slice.
    pub(super) fn call_args(
        &mut self,
        params: &[TypeId],
        variadic: bool,
        args: &'a [ast::Expr],
        ellipsis: bool,
        span: Span,
        out: &mut Block,
    ) -> Vec<Expr> {
        // The body of a range-over-func loop, passed to its iterator, has no AST.
        if let Some(arg) = self.iterator_arg.take() {
            return match params.first() {
                Some(&p) => vec![self.assign_conv(arg, p)],
                None => vec![arg],
            };
        }
        let packs = variadic && !ellipsis && !params.is_empty();
        let spread = matches!(args, [only] if self.is_tuple_expr(only));
        let mut vals;
        if packs && !spread && args.len() >= params.len() {
            // gc allocates the `...` slice before evaluating what goes into it.
            let fixed = params.len() - 1;
            vals = args[..fixed]
                .iter()
                .map(|a| self.expr(a, out))
                .collect::<Vec<_>>();
            let slice_ty = params[fixed];
            let elem = self.slice_elem(slice_ty).unwrap_or(slice_ty);
            let n = (args.len() - fixed) as u64;
            let (t, arr) = self.slice_begin(elem, n, span, "... argument".into(), out);
            if fixed > 0 {
                // gc's escape walk meets the packed slice after the fixed arguments, right
                // before its first element.
                let first = args[fixed].span;
                let walk = Span {
                    lo: first.lo.saturating_sub(1),
                    hi: first.lo.saturating_sub(1),
                    ..first
                };
                self.site_walk(SiteKind::New, span, walk);
            }
            let mut items = Vec::new();
            for (i, a) in args[fixed..].iter().enumerate() {
                let v = self.expr(a, out);
                items.push((i, self.assign_conv(v, elem)));
            }
            vals.push(self.slice_finish(t, arr, slice_ty, items, span, out));
        } else {
            vals = self.spread_args(args, out);
            if packs {
                let fixed = params.len() - 1;
                let extra = vals.split_off(fixed.min(vals.len()));
                let slice_ty = params[fixed];
                let elem = self.slice_elem(slice_ty).unwrap_or(slice_ty);
                let packed = if extra.is_empty() {
                    Expr::new(ExprKind::Const(Const::Nil), slice_ty, span)
                } else {
                    let n = extra.len() as u64;
                    let (t, arr) = self.slice_begin(elem, n, span, "... argument".into(), out);
                    // The spread temporaries' conversions are reported at the call, where
                    // gc's walk meets the packed slice first.
                    let walk = Span {
                        lo: span.lo.saturating_sub(1),
                        hi: span.lo.saturating_sub(1),
                        ..span
                    };
                    self.site_walk(SiteKind::New, span, walk);
                    let items = extra
                        .into_iter()
                        .enumerate()
                        .map(|(i, v)| (i, self.assign_conv(v, elem)))
                        .collect();
                    self.slice_finish(t, arr, slice_ty, items, span, out)
                };
                vals.push(packed);
            }
        }
        vals.into_iter()
            .enumerate()
            .map(|(i, v)| match params.get(i) {
                Some(&p) => self.assign_conv(v, p),
                None => v,
            })
            .collect()
    }

    /// `[]rune("…")` of a constant string: gc makes it a slice literal of the runes.
    fn runes_of_constant(
        &mut self,
        fun: &'a ast::Expr,
        arg: &'a ast::Expr,
        to: TypeId,
        out: &mut Block,
    ) -> Option<Expr> {
        let elem = self.slice_elem(to)?;
        if self.types.basic_kind(elem) != Some(BasicKind::Int32) {
            return None;
        }
        let Some(Mode::Const(ConstValue::String(text))) = self.mode(arg) else {
            return None;
        };
        let runes: Vec<char> = String::from_utf8_lossy(text).chars().collect();
        let pos = arg.node_pos();
        let name = format!(
            "{}{}",
            self.gcfmt().type_expr(fun),
            if runes.is_empty() { "{}" } else { "{...}" }
        );
        let (t, arr) = self.slice_begin(elem, runes.len() as u64, pos, name.into(), out);
        let items = runes
            .iter()
            .enumerate()
            .map(|(i, &r)| {
                (
                    i,
                    Expr::new(ExprKind::Const(Const::Int(r as i64)), elem, pos),
                )
            })
            .collect();
        Some(self.slice_finish(t, arr, to, items, pos, out))
    }

    /// A call with several results.
    fn is_tuple_expr(&self, e: &'a ast::Expr) -> bool {
        self.info
            .exprs
            .get(&e.id)
            .is_some_and(|i| matches!(self.types.get(i.ty), Type::Tuple(_)))
    }

    /// Lowers call arguments; `f(g())` with a multi-value `g` gives `g`'s results in temps.
    pub(super) fn spread_args(&mut self, args: &'a [ast::Expr], out: &mut Block) -> Vec<Expr> {
        if let [only] = args {
            let raw = self.expr_info(only).map(|i| i.ty);
            if let Some(Type::Tuple(elems)) = raw.map(|t| self.types.get(t).clone()) {
                let call = self.expr_direct(only, out);
                return self.tuple_temps(call, &elems, only, out);
            }
        }
        args.iter().map(|a| self.expr(a, out)).collect()
    }

    /// `.t0, .t1 = call` for a multi-value call (or comma-ok expression) `src`: the loads of
    /// the temporaries, which gc names `.autotmp_N` (see `autotmp`).
    pub(super) fn tuple_temps(
        &mut self,
        call: Expr,
        elems: &[TypeId],
        src: &ast::Expr,
        out: &mut Block,
    ) -> Vec<Expr> {
        let span = call.span;
        let temps: Vec<LocalId> = elems.iter().map(|&t| self.new_temp(t, span)).collect();
        if let Some(base) = self.f.temp_bases.get(&src.id).copied() {
            for (i, &t) in temps.iter().enumerate() {
                let name = format!(".autotmp_{}", base.first + i);
                self.f.named_temps.insert(t, (name, base.pos));
                self.notes.named_temps.insert((self.cur_func, t));
            }
        }
        for &t in &temps {
            out.push(Stmt::new(StmtKind::Decl(t), span));
        }
        let places = temps.iter().map(|&t| Some(Place::Local(t))).collect();
        out.push(Stmt::new(StmtKind::AssignMulti(places, call), span));
        temps
            .iter()
            .zip(elems)
            .map(|(&t, &ty)| load_local(t, ty, span))
            .collect()
    }

    /// Converts a value for assignment to a variable of type `to` (Go's assignability: here
    /// only between types with identical underlying types).
    pub(super) fn assign_conv(&mut self, mut v: Expr, to: TypeId) -> Expr {
        if v.ty == to {
            return v;
        }
        let to_iface = matches!(self.types.under(to), Type::Interface(_));
        let from_iface = matches!(self.types.under(v.ty), Type::Interface(_));
        let untyped_nil = self.types.basic_kind(v.ty) == Some(BasicKind::UntypedNil);
        if matches!(v.kind, ExprKind::Const(_) | ExprKind::Zero)
            && (!to_iface || from_iface || untyped_nil)
        {
            v.ty = to;
            return v;
        }
        if to_iface {
            return self.iface_conv(v, to);
        }
        let span = v.span;
        Expr::new(ExprKind::Convert(Box::new(v)), to, span)
    }

    // ----- builtins -----

    fn builtin(
        &mut self,
        b: Builtin,
        e: &'a ast::Expr,
        args: &'a [ast::Expr],
        ellipsis: bool,
        out: &mut Block,
    ) -> Expr {
        let span = e.span;
        let ty = self.ty(e);
        let int = self.int_type();
        match b {
            Builtin::Len | Builtin::Cap => {
                let Some(x) = args.first() else {
                    return self.bad(span);
                };
                let tx = self.ty(x);
                if matches!(self.types.under(tx), Type::Map(..)) && b == Builtin::Len {
                    let m = self.expr(x, out);
                    return Expr::new(ExprKind::Len(Box::new(m)), int, span);
                }
                let arr = self
                    .array_of(tx)
                    .or_else(|| self.pointer_elem(tx).and_then(|p| self.array_of(p)));
                let v = self.expr(x, out);
                if let Some((n, _)) = arr {
                    // The length of an array is its type's; the operand is evaluated only for
                    // its effects (a pointer to an array is not even dereferenced).
                    if !is_cheap(&v) {
                        out.push(Stmt::new(StmtKind::Expr(v), span));
                    }
                    return Expr::new(ExprKind::Const(Const::Int(n as i64)), int, span);
                }
                let kind = if b == Builtin::Len {
                    ExprKind::Len(Box::new(v))
                } else {
                    ExprKind::Cap(Box::new(v))
                };
                Expr::new(kind, int, span)
            }
            Builtin::Append => {
                let vals = self.spread_args(args, out);
                let mut vals = vals.into_iter();
                let Some(s) = vals.next() else {
                    return self.bad(span);
                };
                let s = self.assign_conv(s, ty);
                if ellipsis {
                    let Some(t) = vals.next() else {
                        return self.bad(span);
                    };
                    let pos = e.node_pos();
                    self.site(SiteKind::Append, pos, "append".into());
                    let end = Span::new(e.span.file, e.span.hi, e.span.hi);
                    self.site_walk(SiteKind::Append, pos, end);
                    let end = Span::new(e.span.file, e.span.hi, e.span.hi);
                    self.site_walk(SiteKind::Append, pos, end);
                    return Expr::new(ExprKind::AppendSlice(Box::new(s), Box::new(t)), ty, pos);
                }
                let elem = self.slice_elem(ty).unwrap_or(ty);
                let elems: Vec<Expr> = vals.map(|v| self.assign_conv(v, elem)).collect();
                if elems.is_empty() {
                    return s;
                }
                let pos = e.node_pos();
                self.site(SiteKind::Append, pos, "append".into());
                let end = Span::new(e.span.file, e.span.hi, e.span.hi);
                self.site_walk(SiteKind::Append, pos, end);
                Expr::new(ExprKind::Append(Box::new(s), elems), ty, pos)
            }
            Builtin::Copy => {
                let vals = self.spread_args(args, out);
                let [dst, src]: [Expr; 2] = match vals.try_into() {
                    Ok(v) => v,
                    Err(_) => return self.bad(span),
                };
                Expr::new(ExprKind::Copy(Box::new(dst), Box::new(src)), int, span)
            }
            Builtin::Make => {
                let Some(t) = args.first() else {
                    return self.bad(span);
                };
                let t = self.ty(t);
                match self.types.under(t) {
                    Type::Slice(_) => {
                        let Some(len) = args.get(1) else {
                            return self.bad(span);
                        };
                        let fmt = self.gcfmt();
                        let make = MakeArgs {
                            ty: fmt.type_expr(&args[0]),
                            len: fmt.text(len),
                            cap: args.get(2).map(|c| fmt.text(c)),
                        };
                        let pos = e.node_pos();
                        let text = self.gcfmt().text(e);
                        self.site_keys.insert(
                            SiteKey::new(SiteKind::MakeSlice, pos),
                            Site {
                                text,
                                at: pos,
                                make: Some(make),
                                walk: None,
                                slice_lit: false,
                            },
                        );
                        let len = self.expr(len, out);
                        let cap = args.get(2).map(|c| Box::new(self.expr(c, out)));
                        let span = pos;
                        Expr::new(
                            ExprKind::MakeSlice {
                                len: Box::new(len),
                                cap,
                            },
                            ty,
                            span,
                        )
                    }
                    Type::Map(..) => self.make_map(e, ty, args.get(1), out),
                    _ => {
                        self.unsupported(span, "channels");
                        self.bad(span)
                    }
                }
            }
            Builtin::New => {
                // Through a temporary, like every allocation, so that escape analysis can
                // put it on the stack by replacing one assignment.
                let pos = e.node_pos();
                let text = self.gcfmt().text(e);
                self.site(SiteKind::New, pos, text);
                let t = self.temp_of(Expr::new(ExprKind::New, ty, pos), out);
                load_local(t, ty, span)
            }
            Builtin::Panic | Builtin::Print | Builtin::Println => {
                self.error(span, "internal error: builtin without value used as value");
                self.bad(span)
            }
            Builtin::UnsafeSizeof | Builtin::UnsafeAlignof | Builtin::UnsafeOffsetof => {
                self.error(span, "internal error: unsafe size is not constant");
                self.bad(span)
            }
            Builtin::Min | Builtin::Max => self.unsupported_value(span, "non-constant min and max"),
            Builtin::Clear => {
                let Some(x) = args.first() else {
                    return self.bad(span);
                };
                let t = self.ty(x);
                match self.types.under(t) {
                    Type::Map(..) => self.map_clear(span, x, out),
                    _ => self.unsupported_value(span, "built-in clear"),
                }
            }
            Builtin::Complex => {
                // `complex(f())` spreads a call's two results, as `copy(f())` does.
                let vals = self.spread_args(args, out);
                let [re, im]: [Expr; 2] = match vals.try_into() {
                    Ok(v) => v,
                    Err(_) => return self.bad(span),
                };
                Expr::new(ExprKind::Complex(Box::new(re), Box::new(im)), ty, span)
            }
            Builtin::Real | Builtin::Imag => {
                let [x] = args else {
                    return self.bad(span);
                };
                let x = self.expr(x, out);
                let op = if b == Builtin::Real {
                    UnOp::Real
                } else {
                    UnOp::Imag
                };
                Expr::new(ExprKind::Unary(op, Box::new(x)), ty, span)
            }
            Builtin::Delete => self.map_delete(span, args, out),
            Builtin::Close => self.unsupported_value(span, "channels"),
            Builtin::Recover => self.recover_call(span),
            Builtin::UnsafeAdd
            | Builtin::UnsafeSlice
            | Builtin::UnsafeString
            | Builtin::UnsafeStringData
            | Builtin::UnsafeSliceData => self.unsafe_builtin(b, e, args, out),
        }
    }

    fn unsupported_value(&mut self, span: Span, what: &str) -> Expr {
        self.unsupported(span, what);
        self.bad(span)
    }

    // ----- conversions -----

    /// `T(v)` for a non-constant `v`.
    /// A float or complex type: its explicit conversions round.
    fn rounds(&self, t: TypeId) -> bool {
        self.types
            .basic_kind(t)
            .is_some_and(|k| k.is_float() || k.is_complex())
    }

    pub(super) fn convert(&mut self, v: Expr, to: TypeId, span: Span) -> Expr {
        if v.ty == to {
            return v;
        }
        let from = v.ty;
        let elem_kind = |l: &Self, t: TypeId| l.slice_elem(t).and_then(|e| l.types.basic_kind(e));
        let from_int = self.types.basic_kind(from).is_some_and(|k| k.is_integer());
        if matches!(self.types.under(to), Type::Interface(_)) {
            // Before the string cases: `any(s)` of a string is an interface conversion.
            return self.iface_conv(v, to);
        }
        let kind = if self.is_string(to) && !self.is_string(from) {
            match elem_kind(self, from) {
                Some(BasicKind::Uint8) => ExprKind::StringFromBytes(Box::new(v)),
                Some(BasicKind::Int32) => ExprKind::StringFromRunes(Box::new(v)),
                _ if from_int => ExprKind::StringFromRune(Box::new(v)),
                _ => ExprKind::Convert(Box::new(v)),
            }
        } else if self.is_string(from) && !self.is_string(to) {
            match elem_kind(self, to) {
                Some(BasicKind::Uint8) => ExprKind::BytesFromString(Box::new(v)),
                Some(BasicKind::Int32) => ExprKind::RunesFromString(Box::new(v)),
                _ => ExprKind::Convert(Box::new(v)),
            }
        } else if self.slice_elem(from).is_some()
            && (self.array_of(to).is_some()
                || self
                    .pointer_elem(to)
                    .is_some_and(|p| self.array_of(p).is_some()))
        {
            self.unsupported(span, "conversions from slice to array");
            return self.bad(span);
        } else {
            ExprKind::Convert(Box::new(v))
        };
        Expr::new(kind, to, span)
    }

    // ----- composite literals -----

    fn composite(&mut self, e: &'a ast::Expr, ty: TypeId, out: &mut Block) -> Expr {
        // An elided `&T` in a literal of pointers: `[]*T{{1, 2}}`.
        if let Some(elem) = self.pointer_elem(ty) {
            let text = self.elided_ptr_text(e, elem);
            let pos = e.node_pos();
            let t = self.alloc_begin(ty, pos, text.into(), out);
            let v = self.composite_value(e, elem, out);
            return self.alloc_finish(t, v, ty, pos, out);
        }
        self.composite_value(e, ty, out)
    }

    fn composite_value(&mut self, e: &'a ast::Expr, ty: TypeId, out: &mut Block) -> Expr {
        let span = e.span;
        let AstExpr::CompositeLit { elts, .. } = &e.kind else {
            return self.bad(span);
        };
        match self.types.under(ty).clone() {
            Type::Struct(fields) => {
                let mut items = Vec::new();
                let info: &'a frontend::check::Info = self.info;
                for (pos, el) in elts.iter().enumerate() {
                    // A key's field path (Go 1.27 allows promoted fields: `T{X: 1}` with X in
                    // an embedded struct, which becomes `T{E: E{X: 1}}`).
                    let path: Vec<usize> = match &el.key {
                        Some(k) => match info.selections.get(&k.id) {
                            Some(sel) => sel.path.clone(),
                            None => match k
                                .as_ident()
                                .and_then(|n| fields.iter().position(|f| f.name == n))
                            {
                                Some(i) => vec![i],
                                None => {
                                    self.error(span, "internal error: unknown field in literal");
                                    continue;
                                }
                            },
                        },
                        None => vec![pos],
                    };
                    let v = self.expr(&el.value, out);
                    if let [i] = path[..] {
                        if fields.get(i).is_some_and(|f| f.name == "_") {
                            // A blank field stays zero; its value is only evaluated.
                            if !is_cheap(&v) {
                                self.temp_of(v, out);
                            }
                            continue;
                        }
                    }
                    self.insert_field(&mut items, ty, &path, v, span);
                }
                let value = self.composite_of(items, ty, span);
                self.check_literal_size(e, ty, iface::is_zero(&value));
                value
            }
            Type::Array(_, elem) => {
                let (items, _) = self.indexed_elems(elts, elem, out);
                let value = self.composite_of(items, ty, span);
                self.check_literal_size(e, ty, iface::is_zero(&value));
                value
            }
            Type::Slice(elem) => {
                let text = self.gcfmt().text(e);
                let n = self.literal_len(elts);
                let pos = e.node_pos();
                let (t, arr) = self.slice_begin(elem, n, pos, text, out);
                let (items, _) = self.indexed_elems(elts, elem, out);
                self.slice_finish(t, arr, ty, items, pos, out)
            }
            Type::Map(..) => self.map_literal(e, ty, elts, out),
            _ => {
                self.error(
                    span,
                    "internal error: composite literal of a non-composite type",
                );
                self.bad(span)
            }
        }
    }

    /// An element of an array or slice literal. An elided literal whose element type is a
    /// pointer stands for `&T{…}`, whichever of `T` and `*T` the checker recorded for it.
    pub(super) fn elem_value(
        &mut self,
        value: &'a ast::Expr,
        elem: TypeId,
        out: &mut Block,
    ) -> Expr {
        if let AstExpr::CompositeLit { ty: None, .. } = &value.kind {
            if let Some(base) = self.pointer_elem(elem) {
                let text = self.elided_ptr_text(value, base);
                let pos = value.node_pos();
                let t = self.alloc_begin(elem, pos, text.into(), out);
                let v = self.composite_value(value, base, out);
                return self.alloc_finish(t, v, elem, pos, out);
            }
        }
        let v = self.expr(value, out);
        self.assign_conv(v, elem)
    }

    /// gc's name for an elided `&T{…}` in a literal of pointers.
    fn elided_ptr_text(&self, e: &'a ast::Expr, elem: TypeId) -> String {
        let empty = matches!(&e.kind, AstExpr::CompositeLit { elts, .. } if elts.is_empty());
        let t = self.gcfmt().type_id(elem);
        format!("&{t}{}", if empty { "{}" } else { "{...}" })
    }

    pub(super) fn composite_of(&self, items: Vec<(usize, Expr)>, ty: TypeId, span: Span) -> Expr {
        if items.is_empty() {
            Expr::new(ExprKind::Zero, ty, span)
        } else {
            Expr::new(ExprKind::Composite(items), ty, span)
        }
    }

    /// Puts `v` at a field path into a struct literal's items, building the literals of the
    /// embedded structs the path goes through.
    fn insert_field(
        &mut self,
        items: &mut Vec<(usize, Expr)>,
        ty: TypeId,
        path: &[usize],
        v: Expr,
        span: Span,
    ) {
        let Some((&first, rest)) = path.split_first() else {
            return;
        };
        let Some(fty) = self.field_type(ty, first) else {
            self.error(span, "internal error: bad field path in literal");
            return;
        };
        if rest.is_empty() {
            let v = self.assign_conv(v, fty);
            items.push((first, v));
            return;
        }
        if self.pointer_elem(fty).is_some() {
            self.unsupported(
                span,
                "promoted fields through embedded pointers in literals",
            );
            return;
        }
        let at = match items.iter().position(|(i, _)| *i == first) {
            Some(at) => at,
            None => {
                items.push((first, Expr::new(ExprKind::Composite(vec![]), fty, span)));
                items.len() - 1
            }
        };
        let mut inner = match std::mem::replace(&mut items[at].1.kind, ExprKind::Zero) {
            ExprKind::Composite(inner) => inner,
            _ => Vec::new(),
        };
        self.insert_field(&mut inner, fty, rest, v, span);
        items[at].1.kind = ExprKind::Composite(inner);
    }

    /// The length a slice literal needs (its highest index plus one).
    pub(super) fn literal_len(&self, elts: &'a [ast::Element]) -> u64 {
        let mut next = 0u64;
        let mut len = 0u64;
        for el in elts {
            let idx = match el.key.as_ref().and_then(|k| self.mode(k)) {
                Some(Mode::Const(c)) => c.to_u64().unwrap_or(next),
                _ => next,
            };
            next = idx + 1;
            len = len.max(next);
        }
        len
    }

    /// Elements of an array or slice literal with their indices (`[]int{5: x, y}`), and the
    /// length they need.
    fn indexed_elems(
        &mut self,
        elts: &'a [ast::Element],
        elem: TypeId,
        out: &mut Block,
    ) -> (Vec<(usize, Expr)>, u64) {
        let mut items = Vec::new();
        let mut next = 0usize;
        let mut len = 0usize;
        for el in elts {
            let idx = match &el.key {
                Some(k) => match self.mode(k) {
                    Some(Mode::Const(c)) => match c.to_u64() {
                        Some(i) => i as usize,
                        None => {
                            self.error(k.span, "internal error: bad literal index");
                            next
                        }
                    },
                    _ => {
                        self.error(k.span, "internal error: literal index is not constant");
                        next
                    }
                },
                None => next,
            };
            let v = self.elem_value(&el.value, elem, out);
            items.push((idx, v));
            next = idx + 1;
            len = len.max(next);
        }
        (items, len as u64)
    }

    /// A slice literal: a new backing array `[n]T` holding the elements, sliced.
    /// The backing array of a slice literal of `n` elements: `var .t *[n]T = new([n]T)`.
    fn slice_begin(
        &mut self,
        elem: TypeId,
        n: u64,
        span: Span,
        text: GcText,
        out: &mut Block,
    ) -> (LocalId, TypeId) {
        let arr = self.types.array(n, elem);
        let parr = self.types.pointer(arr);
        let t = self.alloc_begin(parr, span, text, out);
        if let Some(site) = self.site_keys.get_mut(&SiteKey::new(SiteKind::New, span)) {
            site.slice_lit = true;
        }
        (t, arr)
    }

    /// `*.t = [n]T{…}; .t[:]`: the slice literal from its elements. When under a quarter of
    /// the elements are given (`[]int{1 << 40: 1}`), each is stored into the new array,
    /// `(*.t)[i] = v`, as gc's initDynamic does: the array, possibly terabytes of zeroes that
    /// `new` gives for free, is never built as a value.
    fn slice_finish(
        &mut self,
        t: LocalId,
        arr: TypeId,
        slice_ty: TypeId,
        items: Vec<(usize, Expr)>,
        span: Span,
        out: &mut Block,
    ) -> Expr {
        let parr = self.types.pointer(arr);
        let len = match self.types.under(arr) {
            Type::Array(n, _) => *n,
            _ => 0,
        };
        let value = if len / 4 > items.len() as u64 {
            let int = self.int_type();
            for (i, v) in items {
                let array = Place::Deref(Box::new(load_local(t, parr, span)));
                let index = Expr::new(ExprKind::Const(Const::Int(i as i64)), int, span);
                let place = Place::Index(Box::new(array), Box::new(index), span);
                out.push(Stmt::new(StmtKind::Assign(place, v), span));
            }
            Expr::new(ExprKind::Zero, arr, span)
        } else {
            self.composite_of(items, arr, span)
        };
        let p = self.alloc_finish(t, value, parr, span, out);
        Expr::new(
            ExprKind::Slice {
                x: Box::new(p),
                lo: None,
                hi: None,
                max: None,
                at: span,
            },
            slice_ty,
            span,
        )
    }

    // ----- constants -----

    pub(super) fn constant(&mut self, v: &ConstValue, ty: TypeId, span: Span) -> Expr {
        let kind = self.types.basic_kind(ty);
        let c = match v {
            ConstValue::Bool(b) => Const::Bool(*b),
            ConstValue::String(s) => Const::String(s.to_vec()),
            ConstValue::Int(_) | ConstValue::Float(_) => match kind {
                Some(k) if k.is_integer() => {
                    let i = v.to_int();
                    match i
                        .as_ref()
                        .and_then(|i| i.to_i64().or_else(|| i.to_u64().map(|u| u as i64)))
                    {
                        Some(i) => Const::Int(i),
                        None => {
                            self.error(span, "internal error: constant does not fit its type");
                            Const::Int(0)
                        }
                    }
                }
                Some(k) if k.is_float() => {
                    let f = v.to_f64().unwrap_or(0.0);
                    if k == BasicKind::Float32 {
                        Const::Float(f as f32 as f64)
                    } else {
                        Const::Float(f)
                    }
                }
                Some(k) if k.is_complex() => complex_const(k, v),
                _ => {
                    self.error(span, "internal error: numeric constant of non-numeric type");
                    Const::Int(0)
                }
            },
            ConstValue::Complex(..) => match kind {
                Some(k) if k.is_complex() => complex_const(k, v),
                // A complex constant with an integer value converted to an integer type.
                Some(k) if k.is_integer() && v.to_int().is_some() => {
                    let i = v.to_int().unwrap_or_default();
                    Const::Int(
                        i.to_i64()
                            .or_else(|| i.to_u64().map(|u| u as i64))
                            .unwrap_or(0),
                    )
                }
                _ => {
                    self.error(span, "internal error: complex constant of non-complex type");
                    Const::Int(0)
                }
            },
        };
        Expr::new(ExprKind::Const(c), ty, span)
    }
}

/// The complex constant `v` of kind `k`, its parts rounded to float32 for a complex64.
fn complex_const(k: BasicKind, v: &ConstValue) -> Const {
    let part = |r| base::constant::rat_to_f64(&r).unwrap_or(0.0);
    let (re, im) = v
        .to_complex()
        .map_or((0.0, 0.0), |(re, im)| (part(re), part(im)));
    if k == BasicKind::Complex64 {
        Const::Complex(re as f32 as f64, im as f32 as f64)
    } else {
        Const::Complex(re, im)
    }
}
