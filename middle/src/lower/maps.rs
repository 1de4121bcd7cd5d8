//! Maps in the lowering: `make(map…)`, map literals, `m[k]` as a value and as a place,
//! `delete`, `clear` and `range` become [`ExprKind::Map`] operations, which the backend makes
//! gc's runtime calls (`backend/src/codegen/maps.rs`).
//!
//! Evaluation order is gc's: an assignment `m[k] = v` evaluates `m`, `k` and `v` first and
//! calls `mapassign` last (it may grow the map, so the slot it returns is stored into at
//! once); `m[k] op= v` calls it once (`*mapassign(m, k) op= v`, gc's single call for `m[k]++`).
//! A map literal is gc's `make` followed by one assignment per entry.

use base::source::Span;
use base::types::{BasicKind, Type, TypeId};
use frontend::ast;
use frontend::check::Mode;

use super::{load_local, Lowerer, Site, SiteKey};
use crate::ir::*;
use crate::remark::GcText;

/// gc's `maplit`: up to this many static entries are assigned one by one; more come from two
/// static arrays in a loop.
const MAX_ENTRIES_INLINE: usize = 25;

impl<'a> Lowerer<'a> {
    /// `make(map[K]V[, hint])` at `e`; gc names the site `make(map[K]V)` (hint included).
    pub(super) fn make_map(
        &mut self,
        e: &'a ast::Expr,
        ty: TypeId,
        hint: Option<&'a ast::Expr>,
        out: &mut Block,
    ) -> Expr {
        let pos = e.node_pos();
        let text = self.gcfmt().text(e);
        self.map_site(text, pos);
        let int = self.int_type();
        let hint = hint.map(|h| {
            let v = self.expr(h, out);
            match v.ty == int {
                true => v,
                false => {
                    let span = v.span;
                    Expr::new(ExprKind::Convert(Box::new(v)), int, span)
                }
            }
        });
        let hint = hint.map(|h| fold_int_conversion(h, int));
        let args = hint.into_iter().collect();
        Expr::new(ExprKind::Map(MapOp::Make { stack: None }, args), ty, pos)
    }

    fn map_site(&mut self, text: GcText, pos: Span) {
        self.site_keys
            .insert(SiteKey::new(SiteKind::MakeMap, pos), Site::named(text, pos));
    }

    /// A map literal `map[K]V{k: v, …}`: a new map (hinted with the number of entries), then
    /// each entry assigned in order.
    pub(super) fn map_literal(
        &mut self,
        e: &'a ast::Expr,
        ty: TypeId,
        elts: &'a [ast::Element],
        out: &mut Block,
    ) -> Expr {
        let Type::Map(kt, vt) = *self.types.under(ty) else {
            return self.bad(e.span);
        };
        let pos = e.node_pos();
        let text = self.gcfmt().text(e);
        self.map_site(text, pos);
        let int = self.int_type();
        let args = match elts.len() {
            0 => vec![],
            n => vec![Expr::new(ExprKind::Const(Const::Int(n as i64)), int, pos)],
        };
        let make = Expr::new(ExprKind::Map(MapOp::Make { stack: None }, args), ty, pos);
        let m = self.temp_of(make, out);
        // gc's order pass: the static entries (constants and literals of them) go in with the
        // map, the others after them, one by one in source order.
        let (statics, dynamics): (Vec<&ast::Element>, Vec<&ast::Element>) =
            elts.iter().filter(|el| el.key.is_some()).partition(|el| {
                el.key.as_ref().is_some_and(|k| self.is_static_entry(k))
                    && self.is_static_entry(&el.value)
            });
        let constants = |l: &Self| {
            statics.iter().all(|el| {
                let k = el.key.as_ref().expect("a key");
                matches!(l.mode(k), Some(Mode::Const(_)))
                    && matches!(l.mode(&el.value), Some(Mode::Const(_)))
            })
        };
        let plain = !self.types.is_interface(kt) && !self.types.is_interface(vt);
        if statics.len() > MAX_ENTRIES_INLINE && plain && constants(self) {
            self.map_entries_from_arrays(m, ty, &statics, pos, out);
        } else {
            for el in &statics {
                self.map_entry(m, ty, el, out);
            }
        }
        for el in &dynamics {
            self.map_entry(m, ty, el, out);
        }
        load_local(m, ty, pos)
    }

    /// `m[k] = v` for the entry `k: v` of a literal of map type `ty`.
    fn map_entry(&mut self, m: LocalId, ty: TypeId, el: &'a ast::Element, out: &mut Block) {
        let Type::Map(kt, vt) = *self.types.under(ty) else {
            return;
        };
        let Some(ke) = &el.key else { return };
        let span = el.value.span;
        let k = self.elem_value(ke, kt, out);
        let k = self.assign_conv(k, kt);
        let k = self.stable(k, out);
        let v = self.elem_value(&el.value, vt, out);
        let v = self.assign_conv(v, vt);
        let v = self.stable(v, out);
        let slot = self.map_slot(load_local(m, ty, span), k, vt, span);
        out.push(Stmt::new(StmtKind::Assign(slot, v), span));
    }

    /// gc's `maplit` for many constant entries: the keys and the values in two read-only
    /// static arrays (`.stmp_N`), and a loop `for i := 0; i < n; i++ { m[keys[i]] = vals[i] }`.
    fn map_entries_from_arrays(
        &mut self,
        m: LocalId,
        ty: TypeId,
        entries: &[&'a ast::Element],
        pos: Span,
        out: &mut Block,
    ) {
        let Type::Map(kt, vt) = *self.types.under(ty) else {
            return;
        };
        let n = entries.len();
        let mut statics = [kt, vt].map(|t| {
            let arr = self.types.array(n as u64, t);
            (self.new_stmp(arr, pos), arr, Vec::new())
        });
        for (i, el) in entries.iter().enumerate() {
            for (j, e) in [el.key.as_ref().expect("a key"), &el.value]
                .into_iter()
                .enumerate()
            {
                let Some(Mode::Const(c)) = self.mode(e) else {
                    return;
                };
                let t = [kt, vt][j];
                let v = self.constant(c, t, e.span);
                statics[j].2.push((i, v));
            }
        }
        let [(gk, ak, ks), (gv, av, vs)] = statics;
        for (g, arr, items) in [(gk, ak, ks), (gv, av, vs)] {
            let value = Expr::new(ExprKind::Composite(items), arr, pos);
            self.set_static_init(g, value);
            self.globals[g.index()].read_only = true;
        }
        let int = self.int_type();
        let zero = Expr::new(ExprKind::Const(Const::Int(0)), int, pos);
        let i = self.temp_of(zero, out);
        let at = |g: GlobalId, t: TypeId| {
            let idx = Box::new(load_local(i, int, pos));
            Expr::new(
                ExprKind::Load(Place::Index(Box::new(Place::Global(g)), idx, pos)),
                t,
                pos,
            )
        };
        let slot = self.map_slot(load_local(m, ty, pos), at(gk, kt), vt, pos);
        let body = vec![Stmt::new(StmtKind::Assign(slot, at(gv, vt)), pos)];
        let bool_ty = self.bool_type();
        let limit = Expr::new(ExprKind::Const(Const::Int(n as i64)), int, pos);
        let cond = Expr::new(
            ExprKind::Binary(
                ast::BinaryOp::Lt,
                Box::new(load_local(i, int, pos)),
                Box::new(limit),
            ),
            bool_ty,
            pos,
        );
        let one = Expr::new(ExprKind::Const(Const::Int(1)), int, pos);
        let next = Expr::new(
            ExprKind::Binary(
                ast::BinaryOp::Add,
                Box::new(load_local(i, int, pos)),
                Box::new(one),
            ),
            int,
            pos,
        );
        let label = self.new_label();
        out.push(Stmt::new(
            StmtKind::Loop {
                label,
                cond: Some(cond),
                body,
                post: vec![Stmt::new(StmtKind::Assign(Place::Local(i), next), pos)],
            },
            pos,
        ));
    }

    /// gc's `isStaticCompositeLiteral` for a map literal's key or value: a constant, `nil`, or
    /// an array or struct literal of such.
    fn is_static_entry(&self, e: &'a ast::Expr) -> bool {
        let nil = self
            .info
            .exprs
            .get(&e.unparen().id)
            .is_some_and(|i| self.types.basic_kind(i.ty) == Some(BasicKind::UntypedNil));
        matches!(self.mode(e), Some(Mode::Const(_))) || nil || self.is_static_composite(e)
    }

    /// `m[k]` read (`comma_ok`: `v, ok := m[k]`, a 2-tuple).
    pub(super) fn map_index(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        key: &'a ast::Expr,
        out: &mut Block,
    ) -> Expr {
        let tx = self.ty(x);
        let Type::Map(kt, vt) = *self.types.under(tx) else {
            return self.bad(e.span);
        };
        let comma_ok = matches!(self.mode(e), Some(Mode::CommaOk));
        let m = self.expr(x, out);
        let k = self.expr(key, out);
        let k = self.assign_conv(k, kt);
        let ty = match comma_ok {
            true => {
                let b = self.types.basic(BasicKind::Bool);
                self.types.tuple(vec![vt, b])
            }
            false => vt,
        };
        let op = MapOp::Index { comma_ok };
        Expr::new(ExprKind::Map(op, vec![m, k]), ty, e.node_pos())
    }

    /// The place `m[k] = …` stores to, with `m` and `k` evaluated now (into temporaries
    /// unless constant or a temporary): `*mapassign(m, k)`, called when the store is made.
    pub(super) fn map_place(
        &mut self,
        x: &'a ast::Expr,
        key: &'a ast::Expr,
        at: Span,
        out: &mut Block,
    ) -> Option<(Place, TypeId)> {
        let tx = self.ty(x);
        let Type::Map(kt, vt) = *self.types.under(tx) else {
            return None;
        };
        let m = self.expr(x, out);
        let m = self.stable(m, out);
        let k = self.expr(key, out);
        let k = self.assign_conv(k, kt);
        let k = self.stable(k, out);
        Some((self.map_slot(m, k, vt, at), vt))
    }

    /// `*mapassign(m, k)` for evaluated `m` and `k`.
    fn map_slot(&mut self, m: Expr, k: Expr, vt: TypeId, at: Span) -> Place {
        let pv = self.types.pointer(vt);
        let slot = Expr::new(ExprKind::Map(MapOp::Assign, vec![m, k]), pv, at);
        Place::Deref(Box::new(slot))
    }

    /// `delete(m, k)`.
    pub(super) fn map_delete(
        &mut self,
        span: Span,
        args: &'a [ast::Expr],
        out: &mut Block,
    ) -> Expr {
        // `delete(f())` spreads a call's two results, as `copy(f())` does.
        let vals = self.spread_args(args, out);
        let Ok::<[Expr; 2], _>([m, k]) = vals.try_into() else {
            return self.bad(span);
        };
        let Type::Map(kt, _) = *self.types.under(m.ty) else {
            return self.bad(span);
        };
        let k = self.assign_conv(k, kt);
        let unit = self.no_value_type();
        Expr::new(ExprKind::Map(MapOp::Delete, vec![m, k]), unit, span)
    }

    /// `clear(m)`.
    pub(super) fn map_clear(&mut self, span: Span, m: &'a ast::Expr, out: &mut Block) -> Expr {
        let m = self.expr(m, out);
        let unit = self.no_value_type();
        Expr::new(ExprKind::Map(MapOp::Clear, vec![m]), unit, span)
    }

    /// gc's `maps.Iter` (96 bytes), the iteration state of a range over a map: its first two
    /// words are the current key's and element's addresses (nil at the end).
    pub(super) fn map_iter_type(&mut self) -> TypeId {
        let uptr = self.types.basic(BasicKind::UnsafePointer);
        let u64t = self.types.basic(BasicKind::Uint64);
        let u8t = self.types.basic(BasicKind::Uint8);
        let int = self.types.basic(BasicKind::Int);
        self.types.noalg_struct(&[
            ("key", uptr),
            ("elem", uptr),
            ("typ", uptr),
            ("m", uptr),
            ("groupSlotOffset", u64t),
            ("dirOffset", u64t),
            ("clearSeq", u64t),
            ("globalDepth", u8t),
            ("dirIdx", int),
            ("tab", uptr),
            ("group", uptr),
            ("entryIdx", u64t),
        ])
    }
}

/// A constant hint converted to `int` is that constant (gc folds it, and tests a constant
/// hint at compile time).
fn fold_int_conversion(h: Expr, int: TypeId) -> Expr {
    match h.kind {
        ExprKind::Convert(inner) if matches!(inner.kind, ExprKind::Const(Const::Int(_))) => {
            Expr::new(inner.kind, int, h.span)
        }
        _ => h,
    }
}
