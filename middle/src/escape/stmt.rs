//! The graph of statements (gc's `stmt.go`): declarations set a variable's loop depth, loops
//! deepen it, assignments, returns and `panic` send values to their holes.

use base::types::TypeId;

use super::graph::{Hole, LocKind, BLANK, HEAP};
use super::Batch;
use crate::ir::*;

impl<'p> Batch<'p> {
    /// The element a range loop assigns (gc's ORANGE): the ranged value went to a temporary
    /// before the loop, and each element comes from it — through a dereference for a slice or
    /// a pointer to an array (`range-deref`), as a part of it for an array (`range`).
    fn range_value(&mut self, k: Hole, element: &'p Place, at: base::source::Span) {
        let tmp = self.new_loc(LocKind::Temp, Some(self.func), self.loop_depth - 1);
        let (whole, index) = match element {
            Place::SliceElem(s, i, _) => {
                self.expr(self.hole(tmp), s);
                (false, i)
            }
            Place::Index(base, i, _) => {
                match &**base {
                    Place::Deref(p) => {
                        self.expr(self.hole(tmp), p);
                        self.discard(i);
                        let k = self.deref_note(k, at, "range-deref");
                        self.flow(k, tmp);
                        return;
                    }
                    base => self.load(self.hole(tmp), base),
                }
                (true, i)
            }
            _ => return,
        };
        self.discard(index);
        let k = match whole {
            true => self.note(k, at, "range"),
            false => self.deref_note(k, at, "range-deref"),
        };
        self.flow(k, tmp);
    }

    pub(super) fn block(&mut self, b: &'p [Stmt]) {
        let depth = self.loop_depth;
        for s in b {
            self.stmt(s);
        }
        self.loop_depth = depth;
    }

    fn stmt(&mut self, s: &'p Stmt) {
        match &s.kind {
            // A label a later goto jumps back to heads a loop: what follows it in its block is
            // one loop deeper (gc's looping labels).
            StmtKind::Label(l) => {
                if self.looping_labels.contains(l) {
                    self.loop_depth += 1;
                }
            }
            StmtKind::Goto(_) => {}
            StmtKind::Decl(l) => {
                let loc = self.var(*l);
                if loc != BLANK {
                    self.locs[loc].loop_depth = self.loop_depth;
                }
                if self.notes.defined.contains(&(self.func, *l)) {
                    self.pending_defs.insert(*l);
                }
            }
            StmtKind::Assign(p, e) => {
                self.assign(s, p, e);
                self.reassigned(p);
            }
            StmtKind::AssignMulti(ps, e) => {
                let ks: Vec<Hole> = ps
                    .iter()
                    .map(|p| match p {
                        Some(p) => self.addr_hole(p),
                        None => self.hole(BLANK),
                    })
                    .collect();
                match &e.kind {
                    ExprKind::Call(..) | ExprKind::CallExtern(..) | ExprKind::CallValue(..) => {
                        self.call(Some(&ks), e)
                    }
                    // `v, ok = x.(T)`: the value goes to the first destination.
                    ExprKind::AssertConcrete { .. } | ExprKind::AssertIface { .. } => {
                        let k = ks.first().cloned().unwrap_or_else(|| self.hole(BLANK));
                        let k = self.note(k, s.span, "assign-pair-dot-type");
                        self.expr(k, e)
                    }
                    _ => self.discard(e),
                }
                for p in ps.iter().flatten() {
                    self.reassigned(p);
                }
            }
            StmtKind::Expr(e) => match &e.kind {
                ExprKind::Call(..) | ExprKind::CallExtern(..) | ExprKind::CallValue(..) => {
                    self.call(None, e)
                }
                _ => self.discard(e),
            },
            StmtKind::If { cond, then, els } => {
                self.discard(cond);
                self.block(then);
                self.block(els);
            }
            StmtKind::Loop {
                cond, body, post, ..
            } => {
                self.loop_depth += 1;
                if let Some(c) = cond {
                    self.discard(c);
                }
                self.block(post);
                self.block(body);
                self.loop_depth -= 1;
            }
            StmtKind::Switch { clauses, .. } => {
                for c in clauses {
                    for e in &c.conds {
                        self.discard(e);
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::Break(_) | StmtKind::Continue(_) => {}
            StmtKind::Return(es) => {
                for (i, e) in es.iter().enumerate() {
                    let k = match self.results.get(&(self.func, i)) {
                        Some(&r) => self.hole(r),
                        None => self.hole(BLANK),
                    };
                    let k = self.note(k, s.span, "return");
                    self.expr(k, e);
                }
                // A return assigns the named results (gc's `ORETURN` is an assignment).
                let locals = &self.program.funcs[self.func.index()].locals;
                for (i, l) in locals.iter().enumerate() {
                    if l.kind == LocalKind::Result {
                        let loc = self.var(LocalId(i as u32));
                        self.locs[loc].reassigned = true;
                    }
                }
            }
            // gc's goDeferStmt: a top-level defer's function does not escape, but must last
            // until it is called (`e.later(e.discardHole())`).
            // Elsewhere (in a loop) it is kept in a heap defer record.
            StmtKind::Defer { func, .. } => {
                let k = if self.loop_depth == 1 {
                    let loc = self.new_loc(LocKind::Temp, Some(self.func), self.loop_depth);
                    self.hole(loc)
                } else {
                    self.hole(HEAP)
                };
                self.expr(k, func);
            }
            // gc's goDeferStmt with a DeferAt: onto another frame's list, from the heap.
            StmtKind::DeferAt { func, frame } => {
                self.expr(self.hole(HEAP), func);
                self.discard(frame);
            }
            StmtKind::NilCheck(e) => self.discard(e),
            // The argument was converted to interface{} when lowered; the panic keeps it.
            StmtKind::Panic(v) => {
                let k = self.note(self.hole(HEAP), s.span, "call parameter");
                self.expr(k, v)
            }
            StmtKind::Print { args, .. } => {
                for a in args {
                    self.discard(a);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::TypeSwitch { x, clauses, .. } => {
                // Each clause's variable is the switched value asserted to its type (gc's
                // dotType): a pointer-shaped or interface type holds the data word, another
                // type the value it points to; a type without pointers holds nothing to track.
                let locals = &self.program.funcs[self.func.index()].locals;
                let bind_types: Vec<(LocalId, TypeId)> = clauses
                    .iter()
                    .filter_map(|c| c.bind)
                    .map(|b| (b, locals[b.index()].ty))
                    .collect();
                let mut binds = Vec::new();
                for (b, t) in bind_types {
                    // Declared at the switch, in its loop (gc's e.dcl: they have no ODCL).
                    let loc = self.var(b);
                    if loc != BLANK {
                        self.locs[loc].loop_depth = self.loop_depth;
                    }
                    let types = self.types();
                    if !types.has_pointers(t) {
                        continue;
                    }
                    let direct =
                        types.is_interface(t) || (types.size_of(t) == 8 && types.ptr_bytes(t) == 8);
                    let k = self.hole(self.var(b));
                    binds.push(if direct { k } else { k.deref() });
                }
                if binds.is_empty() {
                    self.discard(x);
                } else {
                    let tee = self.tee(&binds);
                    self.expr(tee, x);
                }
                for c in clauses {
                    self.block(&c.body);
                }
            }
        }
    }

    /// `p = e` (gc's `assignList` for one pair).
    fn assign(&mut self, s: &'p Stmt, p: &'p Place, e: &'p Expr) {
        if self.notes.range_values.contains(&(self.func, s.span)) {
            if let ExprKind::Load(place @ (Place::SliceElem(..) | Place::Index(..))) = &e.kind {
                let k = self.addr_hole(p);
                // An element without pointers carries nothing to track (gc's per-iteration
                // copy of the variable takes it by a plain assignment, which drops it).
                let k = match self.types().has_pointers(e.ty) {
                    true => k,
                    false => self.hole(BLANK),
                };
                self.range_value(k, place, s.span);
                return;
            }
        }
        if let (Place::Local(t), ExprKind::New) = (p, &e.kind) {
            // `var .t *T = new(T)`: .t = &site.
            let k = self.hole(self.var(*t));
            let site = self.spill(k, e);
            self.alloc_temps.insert(*t, site.dst);
            self.size_limit(e, site.dst);
            return;
        }
        if let ExprKind::Load(Place::Local(t)) = &e.kind {
            if self.notes.self_assign_temps.contains(&(self.func, *t)) {
                // gc's isSelfAssign: the value goes nowhere new.
                self.addr_hole(p);
                self.discard(e);
                return;
            }
        }
        if self.is_self_assign(p, e) {
            self.discard(e);
            return;
        }
        let k = self.addr_hole(p);
        // gc's note names the source's assignment (not one lowering made).
        let k = match self.explain && self.notes.gc_nodes.is_statement(s.span) {
            true => self.note(k, s.span, "assign"),
            false => k,
        };
        if self.notes.op_assigns.contains(&(self.func, s.span)) {
            // gc's OASOP: `x op= y` keeps `x` in place and assigns `y` to the heap.
            if let ExprKind::Binary(_, x, y) = &e.kind {
                self.discard(x);
                self.expr(self.hole(HEAP), y);
                return;
            }
            if let ExprKind::Concat(parts) = &e.kind {
                if let [x, y] = &parts[..] {
                    self.discard(x);
                    self.expr(self.hole(HEAP), y);
                    return;
                }
            }
        }
        self.expr(k, e);
    }
}
