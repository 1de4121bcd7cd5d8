//! Stores (gc's `assign.go`): the hole of a place assigned to, what is mutated on the way, and
//! the self-assignments that store nothing new (gc's `isSelfAssign`, `utils.go`).

use super::graph::{Hole, HEAP, MUTATOR};
use super::Batch;
use crate::ir::*;

impl<'p> Batch<'p> {
    /// The hole for storing into a place (gc's `addr`).
    pub(super) fn addr_hole(&mut self, p: &'p Place) -> Hole {
        match p {
            Place::Local(l) => self.hole(self.var(*l)),
            Place::Global(_) => self.hole(HEAP),
            Place::Field(inner, _) => self.addr_hole(inner),
            Place::Index(inner, i, _) => {
                self.discard(i);
                self.addr_hole(inner)
            }
            Place::Deref(x) => {
                if let ExprKind::Load(Place::Local(t)) = &x.kind {
                    if let Some(&site) = self.alloc_temps.get(t) {
                        return self.hole(site);
                    }
                }
                self.mutate(x);
                self.hole(HEAP)
            }
            Place::SliceElem(s, i, _) => {
                self.discard(i);
                self.mutate(s);
                self.hole(HEAP)
            }
        }
    }

    /// Marks the variable an assignment to `p` stores into as reassigned, unless the
    /// assignment is the one defining it (gc's `reassigned`). Stores through pointers and into
    /// globals reassign no variable of the batch.
    pub(super) fn reassigned(&mut self, p: &Place) {
        match p {
            Place::Local(l) => {
                if !self.pending_defs.remove(l) {
                    let loc = self.var(*l);
                    self.locs[loc].reassigned = true;
                }
            }
            Place::Field(inner, _) | Place::Index(inner, _, _) => {
                if let Some(l) = root_local(inner) {
                    let loc = self.var(l);
                    self.locs[loc].reassigned = true;
                }
            }
            Place::Global(_) | Place::Deref(_) | Place::SliceElem(..) => {}
        }
    }

    pub(super) fn mutate(&mut self, e: &'p Expr) {
        self.expr(self.hole(MUTATOR), e);
    }

    /// `p.f = p.g` and `p.buf = p.buf[i:j]` (p a pointer variable) store nothing new into
    /// `*p` (gc's `isSelfAssign`).
    pub(super) fn is_self_assign(&self, p: &Place, e: &Expr) -> bool {
        /// The pointer variable `x` of `*x` or `x.f` (x a pointer).
        fn through(p: &Place) -> Option<LocalId> {
            let p = match p {
                Place::Field(inner, _) => inner,
                p => p,
            };
            match p {
                Place::Deref(x) => match &x.kind {
                    ExprKind::Load(Place::Local(l)) => Some(*l),
                    _ => None,
                },
                _ => None,
            }
        }
        let Some(dst) = through(p) else {
            return false;
        };
        match &e.kind {
            ExprKind::Slice { x, .. } => {
                matches!(&x.kind, ExprKind::Load(src) if through(src) == Some(dst))
            }
            ExprKind::Load(src @ Place::Field(..)) => {
                matches!(p, Place::Field(..)) && through(src) == Some(dst)
            }
            _ => false,
        }
    }
}

/// The local at the root of a place made of fields and array elements.
fn root_local(p: &Place) -> Option<LocalId> {
    match p {
        Place::Local(l) => Some(*l),
        Place::Field(inner, _) | Place::Index(inner, _, _) => root_local(inner),
        Place::Global(_) | Place::Deref(_) | Place::SliceElem(..) => None,
    }
}
