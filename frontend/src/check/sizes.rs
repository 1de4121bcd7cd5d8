//! gc's limit on the size of a value, checked once the package type-checks, as gc's backend
//! checks it when it lays out types (`types.CalcSize`): an array whose size reaches MaxWidth
//! (2^50 bytes on amd64 and arm64) is `type [N]T larger than address space`, and a struct whose
//! fields reach it is `type struct{…} too large`. gc reports a type where it lays it out: a
//! declared type or variable at its name, a composite literal at its `{`, or at the `=`/`:=`
//! of the assignment whose right-hand side it is (see [`Checker::check_sizes`]).

use super::info::ObjKind;
use super::Checker;
use crate::ast::{Expr, ExprKind};
use crate::source::Span;
use crate::types::{Type, TypeId};

/// Where a composite literal's size is reported.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Place {
    /// An operand: at its `{`.
    Operand(Span),
    /// The right-hand side of an assignment: at its operator.
    Assigned(Span),
}

impl Place {
    fn span(self) -> Span {
        match self {
            Place::Operand(s) | Place::Assigned(s) => s,
        }
    }
}

/// `ssagen.Arch.MAXWIDTH` on 64-bit targets.
pub(crate) const MAX_WIDTH: u64 = 1 << 50;

impl Checker<'_> {
    /// Notes a composite literal's type (for a slice literal, the array it allocates) when its
    /// size may break the limit, for [`Checker::check_sizes`].
    pub(crate) fn note_literal_size(&mut self, e: &Expr, t: TypeId) {
        if self.types.size_of(t) < MAX_WIDTH {
            return;
        }
        let place = match (self.assigned_literals.get(&e.id), &e.kind) {
            (Some(&op), _) => Place::Assigned(op),
            (None, ExprKind::CompositeLit { lbrace, .. }) => {
                Place::Operand(Span::new(e.span.file, lbrace.lo, lbrace.lo))
            }
            (None, _) => Place::Operand(e.span),
        };
        self.big_literals.push((place, t));
    }

    /// Reports every type over the limit, in source order, in gc's three rounds (it stops
    /// after a round that reported): the types of declared types and variables, which it lays
    /// out as it type-checks, each reported once; then those of composite literals that are
    /// operands, each once; then the arrays of slice literals assigned by `=` or `:=`, which
    /// its walk makes afresh for each literal.
    pub(crate) fn check_sizes(&mut self) {
        let declared: Vec<(Span, TypeId)> = self
            .info
            .objects
            .iter()
            .filter(|o| o.pkg == self.local_pkg())
            .filter(|o| matches!(o.kind, ObjKind::TypeName | ObjKind::Var(_)))
            .filter(|o| self.types.size_of(o.ty) >= MAX_WIDTH)
            .map(|o| (o.span, o.ty))
            .collect();
        let literals = std::mem::take(&mut self.big_literals);
        let (operands, assigned): (Vec<_>, Vec<_>) = literals
            .into_iter()
            .partition(|(p, _)| matches!(p, Place::Operand(_)));
        let spans = |v: Vec<(Place, TypeId)>| -> Vec<(Span, TypeId)> {
            v.into_iter().map(|(p, t)| (p.span(), t)).collect()
        };
        let rounds = [
            (declared, true),
            (spans(operands), true),
            (spans(assigned), false),
        ];
        for (mut places, once) in rounds {
            places.sort_by_key(|&(span, _)| (span.file, span.lo));
            let mut reported = std::collections::HashSet::new();
            for (span, t) in places {
                if let Some((bad, message)) = self.too_large(t) {
                    if !once || reported.insert(bad) {
                        self.error(span, message);
                    }
                }
            }
            if !self.diags.is_empty() {
                return;
            }
        }
    }

    /// The innermost type within `t` (through arrays and struct fields) over the limit, with
    /// gc's message for it.
    fn too_large(&self, t: TypeId) -> Option<(TypeId, String)> {
        let under = self.types.underlying(t);
        match self.types.under(t).clone() {
            Type::Array(n, elem) => {
                if let Some(inner) = self.too_large(elem) {
                    return Some(inner);
                }
                let size = self.types.size_of(elem);
                let cap = (MAX_WIDTH - 1).checked_div(size).unwrap_or(u64::MAX);
                (n > cap).then(|| {
                    let ts = self.type_string(under);
                    (under, format!("type {ts} larger than address space"))
                })
            }
            Type::Struct(fields) => {
                if let Some(inner) = fields.iter().find_map(|f| self.too_large(f.ty)) {
                    return Some(inner);
                }
                (self.types.size_of(t) >= MAX_WIDTH).then(|| {
                    let ts = self.type_string(under);
                    (under, format!("type {ts} too large"))
                })
            }
            _ => None,
        }
    }
}
