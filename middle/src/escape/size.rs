//! Sizes of allocations: what is too large to stay in a frame (gc's `HeapAllocReason`,
//! `utils.go`), and `make` sizes proved constant (gc's `rewriteWithLiterals` with
//! `ir.ReassignOracle`, `escape.go`).

use base::types::Type;

use super::graph::LocId;
use super::{Batch, MAX_IMPLICIT_STACK_VAR_SIZE};
use crate::ir::*;

impl<'p> Batch<'p> {
    /// Forces allocations too large for a frame to the heap (gc's `HeapAllocReason`).
    pub(super) fn size_limit(&mut self, e: &Expr, loc: LocId) {
        let types = self.types();
        let too_big = match &e.kind {
            ExprKind::New => match types.under(e.ty) {
                Type::Pointer(t) => types.size_of(*t) > MAX_IMPLICIT_STACK_VAR_SIZE,
                _ => false,
            },
            _ => false,
        };
        let slice_lit = e
            .site
            .and_then(|id| self.notes.sites.get(&id))
            .is_some_and(|s| s.slice_lit);
        if too_big && slice_lit {
            self.locs[loc].heap_placed = true;
        } else if too_big {
            self.locs[loc].escapes = true;
            self.locs[loc].mutates = true;
        }
    }

    /// A `make` whose size is (or is proved to be) a constant small enough stays in the
    /// frame; one with a variable size may use a small stack buffer.
    pub(super) fn make_size(
        &mut self,
        e: &'p Expr,
        loc: LocId,
        len: &'p Expr,
        cap: Option<&'p Expr>,
    ) {
        let r = cap.unwrap_or(len);
        let Some(n) = static_int(self.program, self.func, r, 0) else {
            return;
        };
        if n < 0 {
            return;
        }
        let ty = match &r.kind {
            ExprKind::Const(_) => None,
            _ => Some(crate::print::type_string(self.types(), r.ty)),
        };
        if let Some(site) = e.site {
            self.static_sizes.insert(site, StaticSize { value: n, ty });
        }
        let elem = match self.types().under(e.ty) {
            Type::Slice(t) => *t,
            _ => return,
        };
        let size = self.types().size_of(elem);
        if size != 0 && n as u64 > MAX_IMPLICIT_STACK_VAR_SIZE / size {
            self.locs[loc].escapes = true;
            self.locs[loc].mutates = true;
        }
    }
}

/// A `make` size known at compile time.
#[derive(Clone, Debug)]
pub(super) struct StaticSize {
    pub(super) value: i64,
    /// The type of the replaced operand when gc replaced a variable by the constant (None
    /// when the operand was a constant already).
    pub(super) ty: Option<String>,
}

/// The value of an integer expression when it is a constant or a variable assigned once, from
/// a constant, and never address-taken (gc's `ir.ReassignOracle.StaticValue`). Assignments in
/// the function literals that capture the variable count too.
fn static_int(program: &Program, f: FuncId, e: &Expr, depth: u32) -> Option<i64> {
    if depth > 8 {
        return None;
    }
    let func = &program.funcs[f.index()];
    match &e.kind {
        ExprKind::Const(Const::Int(n)) => Some(*n),
        ExprKind::Load(Place::Local(l)) => {
            let local = func.local(*l);
            if local.addr_taken
                || local.kind == LocalKind::Param
                || assigned_in_literals(program, &func.body, *l)
            {
                return None;
            }
            match assignments(&func.body, *l) {
                (1, Some(value)) => static_int(program, f, &value, depth + 1),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether a function literal made in `body` (or one nested in it) assigns the captured
/// variable `l`.
fn assigned_in_literals(program: &Program, body: &[Stmt], l: LocalId) -> bool {
    let mut assigned = false;
    walk_exprs(body, &mut |e| {
        let ExprKind::Closure { func, captures, .. } = &e.kind else {
            return;
        };
        let lit = &program.funcs[func.index()];
        for (c, inner) in captures.iter().zip(&lit.captures) {
            if !matches!(&c.kind, ExprKind::Load(Place::Local(x)) if *x == l) {
                continue;
            }
            assigned |= assignments(&lit.body, inner.local).0 > 0
                || assigned_in_literals(program, &lit.body, inner.local);
        }
    });
    assigned
}

/// How many times `body` assigns local `l` (a multi-value assignment counts twice: it never
/// is the one defining assignment), and the value of the last single assignment.
fn assignments(body: &[Stmt], l: LocalId) -> (u32, Option<Expr>) {
    let (mut count, mut value) = (0, None);
    walk_stmts(body, &mut |s| match &s.kind {
        StmtKind::Assign(Place::Local(x), v) if *x == l => {
            count += 1;
            value = Some(v.clone());
        }
        StmtKind::AssignMulti(ps, _)
            if ps
                .iter()
                .any(|p| matches!(p, Some(Place::Local(x)) if *x == l)) =>
        {
            count += 2;
        }
        _ => {}
    });
    (count, value)
}
