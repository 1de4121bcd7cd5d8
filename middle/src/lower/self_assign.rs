//! gc's escape-analysis filter for no-op assignments (`escape.isSelfAssign`): in
//! `dst = src` (also each pair of `a, b = c, d`) where both sides select from the same "safe"
//! expression — `v.x = v.y`, `v.x[i] = v.y[j]`, `s[i], s[j] = s[j], s[i]` — the stored value
//! cannot outlive what it came from, so its flow is ignored, and `-m` says
//! `F ignoring self-assignment in STMT` once per such pair, at the `=`.
//!
//! Lowering decides on the AST (the IR has split the statement into temporaries by then): it
//! records the remark and the temporaries holding the values, whose stores escape analysis
//! then skips.

use base::source::Span;
use base::types::Type;
use frontend::ast::{self, BinaryOp, ExprKind as AstExpr, UnaryOp};
use frontend::check::SelectionKind;

use super::Lowerer;

impl<'a> Lowerer<'a> {
    /// For `lhs = rhs` at `op_pos`: which pairs are self-assignments (gc's order), with their
    /// remarks recorded.
    pub(super) fn self_assigns(
        &mut self,
        lhs: &'a [ast::Expr],
        rhs: &'a [ast::Expr],
        op_pos: Span,
    ) -> Vec<bool> {
        if lhs.len() != rhs.len() {
            return vec![false; lhs.len()];
        }
        let flags: Vec<bool> = lhs
            .iter()
            .zip(rhs)
            .map(|(d, s)| self.is_self_assign(d, s))
            .collect();
        if flags.iter().any(|&f| f) {
            let g = self.gcfmt();
            let list =
                |es: &[ast::Expr]| es.iter().map(|e| g.expr(e)).collect::<Vec<_>>().join(", ");
            let text = format!("{} = {}", list(lhs), list(rhs));
            let pos = Span::new(op_pos.file, op_pos.lo, op_pos.lo);
            for _ in flags.iter().filter(|&&f| f) {
                self.notes
                    .self_assigns
                    .push((self.cur_func, pos, text.clone()));
            }
        }
        flags
    }

    fn is_self_assign(&self, dst: &ast::Expr, src: &ast::Expr) -> bool {
        let (dst, src) = (dst.unparen(), src.unparen());
        if self.is_slice_self_assign(dst, src) {
            return true;
        }
        match (&dst.kind, &src.kind) {
            (AstExpr::Selector { x: dx, .. }, AstExpr::Selector { x: sx, .. }) => {
                self.is_field(dst) && self.is_field(src) && self.same_safe(dx, sx)
            }
            (
                AstExpr::Index {
                    x: dx, indices: di, ..
                },
                AstExpr::Index {
                    x: sx, indices: si, ..
                },
            ) => {
                di.len() == 1
                    && si.len() == 1
                    && !self.may_affect_memory(&di[0])
                    && !self.may_affect_memory(&si[0])
                    && self.same_safe(dx, sx)
            }
            _ => false,
        }
    }

    /// gc's `isSliceSelfAssign`: `b.buf = b.buf[n:m]` (or `*p = (*p)[i:]`), reslicing what a
    /// pointer variable points at into the same place: no new pointer is stored. Not the
    /// slice of an array value, whose address would be new.
    fn is_slice_self_assign(&self, dst: &ast::Expr, src: &ast::Expr) -> bool {
        let AstExpr::Slice { x: base, .. } = &src.kind else {
            return false;
        };
        let base = base.unparen();
        let array_value = self
            .info
            .exprs
            .get(&base.id)
            .is_some_and(|e| matches!(self.types.under(e.ty), Type::Array(..)));
        if array_value {
            return false;
        }
        match (self.pointer_base(dst), self.pointer_base(base)) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        }
    }

    /// For `*v` or `v.f` with `v` a pointer variable (gc's ODEREF / ODOTPTR of an ONAME): `v`.
    fn pointer_base(&self, e: &ast::Expr) -> Option<frontend::types::ObjId> {
        let x = match &e.kind {
            AstExpr::Star(x) => x.unparen(),
            AstExpr::Selector { x, .. } => {
                let sel = self.info.selections.get(&e.id)?;
                let x = x.unparen();
                let through_pointer = self
                    .info
                    .exprs
                    .get(&x.id)
                    .is_some_and(|i| matches!(self.types.under(i.ty), Type::Pointer(_)));
                if sel.kind != SelectionKind::FieldVal || sel.path.len() != 1 || !through_pointer {
                    return None;
                }
                x
            }
            _ => return None,
        };
        if !matches!(x.kind, AstExpr::Ident(_)) {
            return None;
        }
        let obj = *self.info.uses.get(&x.id)?;
        matches!(self.info.object(obj).kind, frontend::check::ObjKind::Var(_)).then_some(obj)
    }

    fn is_field(&self, e: &ast::Expr) -> bool {
        matches!(self.info.selections.get(&e.id), Some(s) if s.kind == SelectionKind::FieldVal)
    }

    /// gc's `ir.SameSafeExpr`: both denote the same value, without side effects.
    fn same_safe(&self, l: &ast::Expr, r: &ast::Expr) -> bool {
        let (l, r) = (l.unparen(), r.unparen());
        if let (Some(a), Some(b)) = (self.info.const_value(l.id), self.info.const_value(r.id)) {
            return a == b;
        }
        match (&l.kind, &r.kind) {
            (AstExpr::Ident(_), AstExpr::Ident(_)) => {
                let (a, b) = (self.info.uses.get(&l.id), self.info.uses.get(&r.id));
                a.is_some() && a == b
            }
            (
                AstExpr::Selector { x: lx, sel: ls, .. },
                AstExpr::Selector { x: rx, sel: rs, .. },
            ) => {
                self.is_field(l) && self.is_field(r) && ls.name == rs.name && self.same_safe(lx, rx)
            }
            (AstExpr::Star(a), AstExpr::Star(b)) => self.same_safe(a, b),
            (
                AstExpr::Index {
                    x: lx, indices: li, ..
                },
                AstExpr::Index {
                    x: rx, indices: ri, ..
                },
            ) => {
                li.len() == 1
                    && ri.len() == 1
                    && self.same_safe(lx, rx)
                    && self.same_safe(&li[0], &ri[0])
            }
            (
                AstExpr::Binary {
                    op: lo,
                    x: lx,
                    y: ly,
                    ..
                },
                AstExpr::Binary {
                    op: ro,
                    x: rx,
                    y: ry,
                    ..
                },
            ) => lo == ro && self.same_safe(lx, rx) && self.same_safe(ly, ry),
            _ => false,
        }
    }

    /// gc's `mayAffectMemory` for an index expression.
    fn may_affect_memory(&self, e: &ast::Expr) -> bool {
        let e = e.unparen();
        if self.info.const_value(e.id).is_some() {
            return false;
        }
        match &e.kind {
            AstExpr::Ident(_) => false,
            AstExpr::Binary { op, x, y, .. } => {
                use BinaryOp::*;
                !matches!(
                    op,
                    Add | Sub | Or | Xor | Mul | Shl | Shr | And | AndNot | Div | Rem
                ) || self.may_affect_memory(x)
                    || self.may_affect_memory(y)
            }
            AstExpr::Index { x, indices, .. } => {
                self.may_affect_memory(x) || indices.iter().any(|i| self.may_affect_memory(i))
            }
            AstExpr::Unary { op, x, .. } => {
                !matches!(
                    op,
                    UnaryOp::Not | UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Complement
                ) || self.may_affect_memory(x)
            }
            AstExpr::Selector { x, .. } if self.is_field(e) => self.may_affect_memory(x),
            AstExpr::Star(x) => self.may_affect_memory(x),
            _ => true,
        }
    }
}
