//! gc's staticinit for package variables whose initialisers hold slice literals and `&T{…}`:
//! each literal array or pointed-to object becomes a static `P..stmp_N` (numbered as gc's
//! staticinit names them: a literal before the literals inside it), the variable's data
//! points into it, and no code runs — `var tab = &Table{R16: []Range{{1, 2}}}` is data, as
//! with gc. Anything that is not constant all the way down (a call, an interface conversion,
//! `[]byte("…")`) leaves the whole initialiser to the init function.

use base::source::Span;
use base::symbols::Symbol;
use base::types::{ObjId, Type, TypeId};
use frontend::ast::{self, ExprKind as AstExpr, UnaryOp};
use frontend::check::Mode;

use super::{is_static_data, Lowerer};
use crate::ir::*;

impl<'a> Lowerer<'a> {
    /// Lays out package variable `obj`'s initialiser `value` as data when it is made of
    /// constants, composite literals and `&` of them with at least one slice or pointer
    /// literal among them (plain composites are [`Lowerer::static_init`]'s).
    pub(super) fn static_layout(&mut self, obj: ObjId, value: &'a ast::Expr) -> bool {
        let Some(&g) = self.global_of.get(&obj) else {
            return false;
        };
        let ty = self.info.object(obj).ty;
        if self.types.is_interface(ty) || !self.has_literal_storage(value) {
            return false;
        }
        let globals = self.globals.len();
        let stmps = self.stmps.get(&self.pkg).copied();
        let gobytes = self.gobytes.get(&self.pkg).copied();
        let events = self.stmp_events.len();
        match self.static_data_value(value, ty) {
            Some(v) => {
                if !super::iface::is_zero(&v) {
                    self.globals[g.index()].init = Some(v);
                }
                true
            }
            None => {
                // Not static after all: forget the temporaries made on the way.
                self.globals.truncate(globals);
                match stmps {
                    Some(n) => self.stmps.insert(self.pkg, n),
                    None => self.stmps.remove(&self.pkg),
                };
                match gobytes {
                    Some(n) => self.gobytes.insert(self.pkg, n),
                    None => self.gobytes.remove(&self.pkg),
                };
                self.stmp_events.truncate(events);
                false
            }
        }
    }

    /// Whether `e` holds a slice literal, an `&T{…}` (written or elided) or a `[]byte("…")`
    /// somewhere.
    fn has_literal_storage(&self, e: &'a ast::Expr) -> bool {
        let e = e.unparen();
        match &e.kind {
            AstExpr::Call { fun, args, .. } => {
                args.len() == 1
                    && matches!(self.mode(fun), Some(Mode::TypeExpr))
                    && matches!(self.mode(&args[0]), Some(Mode::Const(_)))
                    && self
                        .info
                        .exprs
                        .get(&e.id)
                        .is_some_and(|i| matches!(self.types.under(i.ty), Type::Slice(_)))
            }
            AstExpr::Unary {
                op: UnaryOp::Addr,
                x,
                ..
            } => matches!(x.unparen().kind, AstExpr::CompositeLit { .. }),
            AstExpr::CompositeLit { elts, .. } => {
                let slice = self.info.exprs.get(&e.id).is_some_and(|i| {
                    matches!(self.types.under(i.ty), Type::Slice(_) | Type::Pointer(_))
                });
                slice || elts.iter().any(|el| self.has_literal_storage(&el.value))
            }
            _ => false,
        }
    }

    /// A new static `P..stmp_N` of type `ty`, numbered now.
    pub(super) fn new_stmp(&mut self, ty: TypeId, span: Span) -> GlobalId {
        let g = GlobalId(self.globals.len() as u32);
        let sym = Symbol::Stmp {
            pkg: self.pkg,
            n: self.next_stmp(),
        };
        self.globals.push(Global {
            sym,
            ty,
            span,
            init: None,
            external: false,
            read_only: false,
        });
        g
    }

    /// The static value of `e` as a `ty`, or None if it is not static.
    fn static_data_value(&mut self, e: &'a ast::Expr, ty: TypeId) -> Option<Expr> {
        // An interface value needs a conversion: left to the init function.
        if self.types.is_interface(ty) {
            return None;
        }
        let e = e.unparen();
        let span = e.span;
        match &e.kind {
            AstExpr::Unary {
                op: UnaryOp::Addr,
                x,
                ..
            } if matches!(x.unparen().kind, AstExpr::CompositeLit { .. }) => {
                let lit_ty = self.info.exprs.get(&x.unparen().id)?.ty;
                self.static_object(x.unparen(), lit_ty, span)
            }
            AstExpr::CompositeLit { ty: None, .. } if self.pointer_elem(ty).is_some() => {
                // An elided `&T{…}` in a literal of pointers.
                let base = self.pointer_elem(ty)?;
                self.static_object(e, base, span)
            }
            AstExpr::CompositeLit { elts, .. } => {
                let mut lit_ty = self.info.exprs.get(&e.id)?.ty;
                // An elided `&T{…}` may be recorded as a `*T`: its literal is the `T`.
                if let Some(base) = self.pointer_elem(lit_ty) {
                    lit_ty = base;
                }
                match self.types.under(lit_ty).clone() {
                    Type::Struct(fields) => {
                        let mut items = Vec::new();
                        for (pos, el) in elts.iter().enumerate() {
                            let i = match &el.key {
                                None => pos,
                                Some(k) => {
                                    let name = k.as_ident()?;
                                    fields.iter().position(|f| f.name == name)?
                                }
                            };
                            if fields[i].name == "_" {
                                return None;
                            }
                            let v = self.static_data_value(&el.value, fields[i].ty)?;
                            if !super::iface::is_zero(&v) {
                                items.push((i, v));
                            }
                        }
                        Some(self.composite_of(items, lit_ty, span))
                    }
                    Type::Array(_, elem) => {
                        let items = self.static_elems(elts, elem)?;
                        Some(self.composite_of(items, lit_ty, span))
                    }
                    Type::Slice(elem) => {
                        let n = self.literal_len(elts);
                        let arr = self.types.array(n, elem);
                        let g = self.new_stmp(arr, e.node_pos());
                        let items = self.static_elems(elts, elem)?;
                        let value = self.composite_of(items, arr, span);
                        self.set_static_init(g, value);
                        Some(self.static_slice(g, arr, n, lit_ty, span))
                    }
                    _ => None,
                }
            }
            AstExpr::Call { fun, args, .. }
                if args.len() == 1 && matches!(self.mode(fun), Some(Mode::TypeExpr)) =>
            {
                match self.static_bytes_conversion(e, &args[0]) {
                    Some(v) => v.map(|v| self.assign_conv(v, ty)),
                    None => self.static_leaf(e, ty),
                }
            }
            _ => self.static_leaf(e, ty),
        }
    }

    /// `[]byte("…")` of a constant: the bytes in `P..gobytes.N`, the slice over them (Some(None)
    /// for an empty string, which gc leaves to code); None if `e` is another conversion.
    fn static_bytes_conversion(
        &mut self,
        e: &'a ast::Expr,
        arg: &'a ast::Expr,
    ) -> Option<Option<Expr>> {
        let to = self.info.exprs.get(&e.id)?.ty;
        let Some(Mode::Const(base::constant::ConstValue::String(text))) = self.mode(arg) else {
            return None;
        };
        let u8t = self.types.basic(base::types::BasicKind::Uint8);
        match self.types.under(to) {
            Type::Slice(el)
                if self.types.basic_kind(*el) == Some(base::types::BasicKind::Uint8) => {}
            _ => return None,
        }
        let bytes = text.to_vec();
        if bytes.is_empty() {
            return Some(None);
        }
        let span = e.span;
        let arr = self.types.array(bytes.len() as u64, u8t);
        let n = {
            let c = self.gobytes.entry(self.pkg).or_default();
            *c += 1;
            *c
        };
        let g = GlobalId(self.globals.len() as u32);
        self.globals.push(Global {
            sym: Symbol::GoBytes { pkg: self.pkg, n },
            ty: arr,
            span,
            init: None,
            external: false,
            read_only: false,
        });
        let items = bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b != 0)
            .map(|(i, b)| {
                (
                    i,
                    Expr::new(ExprKind::Const(Const::Int(*b as i64)), u8t, span),
                )
            })
            .collect();
        let value = self.composite_of(items, arr, span);
        self.set_static_init(g, value);
        Some(Some(self.static_slice(
            g,
            arr,
            bytes.len() as u64,
            to,
            span,
        )))
    }

    /// Static `g`'s data is `value` (nothing when it is zero: `.bss`).
    pub(super) fn set_static_init(&mut self, g: GlobalId, value: Expr) {
        if !super::iface::is_zero(&value) {
            self.globals[g.index()].init = Some(value);
        }
    }

    /// The slice of type `ty` over all `n` elements of static `g`, an array of type `arr`.
    fn static_slice(&mut self, g: GlobalId, arr: TypeId, n: u64, ty: TypeId, span: Span) -> Expr {
        let parr = self.types.pointer(arr);
        let int = self.types.basic(base::types::BasicKind::Int);
        let len = Expr::new(ExprKind::Const(Const::Int(n as i64)), int, span);
        let p = Expr::new(ExprKind::Addr(Place::Global(g)), parr, span);
        Expr::new(
            ExprKind::SliceHeader(Box::new(p), Box::new(len.clone()), Box::new(len)),
            ty,
            span,
        )
    }

    /// A leaf of a static initialiser: a constant or a function value.
    fn static_leaf(&mut self, e: &'a ast::Expr, ty: TypeId) -> Option<Expr> {
        let e = e.unparen();
        let value_like = matches!(
            e.kind,
            AstExpr::Ident(_) | AstExpr::Selector { .. } | AstExpr::FuncLit { .. }
        );
        if !matches!(self.mode(e), Some(Mode::Const(_))) && !value_like {
            return None;
        }
        let mut scratch = Vec::new();
        let v = self.expr(e, &mut scratch);
        if !scratch.is_empty() {
            return None;
        }
        let v = self.assign_conv(v, ty);
        if matches!(v.kind, ExprKind::Const(Const::Nil)) {
            // nil: the zero value, nothing to write.
            return Some(Expr::new(ExprKind::Zero, ty, v.span));
        }
        is_static_data(&v).then_some(v)
    }

    /// `&lit`: the literal in a new static, and its address.
    fn static_object(&mut self, lit: &'a ast::Expr, lit_ty: TypeId, span: Span) -> Option<Expr> {
        let g = self.new_stmp(lit_ty, lit.node_pos());
        let v = self.static_data_value(lit, lit_ty)?;
        self.set_static_init(g, v);
        let p = self.types.pointer(lit_ty);
        Some(Expr::new(ExprKind::Addr(Place::Global(g)), p, span))
    }

    /// The elements of an array or slice literal, each a static `elem`.
    fn static_elems(
        &mut self,
        elts: &'a [ast::Element],
        elem: TypeId,
    ) -> Option<Vec<(usize, Expr)>> {
        let mut items = Vec::new();
        let mut next = 0usize;
        for el in elts {
            let idx = match &el.key {
                Some(k) => match self.mode(k) {
                    Some(Mode::Const(c)) => c.to_u64()? as usize,
                    _ => return None,
                },
                None => next,
            };
            let v = self.static_data_value(&el.value, elem)?;
            if !super::iface::is_zero(&v) {
                items.push((idx, v));
            }
            next = idx + 1;
        }
        Some(items)
    }
}
