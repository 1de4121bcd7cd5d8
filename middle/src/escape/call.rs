//! Calls (gc's `call.go`): arguments flow as the callee's parameter tags say, or, inside a
//! batch of mutually recursive functions, straight to the callee's own locations.

use super::graph::{Hole, LocId, BLANK, CALLEE, HEAP, MUTATOR};
use super::leaks::{Leaks, NUM_ESC_RESULTS};
use super::Batch;
use crate::defs::{definitions, static_callees};
use crate::ir::*;

impl<'p> Batch<'p> {
    /// A call: arguments flow as the callee's parameter tags say; `ks` receive the results.
    pub(super) fn call(&mut self, ks: Option<&[Hole]>, e: &'p Expr) {
        match &e.kind {
            // A method expression's wrapper (`(*T).M(p)`): gc has no escape tags for it when
            // it analyses the call, so the arguments leak.
            ExprKind::Call(_, args) if self.notes.wrapper_expr_calls.contains(&e.span) => {
                for a in args {
                    let k = self.note(self.hole(HEAP), e.span, "call parameter");
                    self.expr(k, a);
                }
            }
            ExprKind::Call(f, args) => {
                self.in_batch_results(ks, *f);
                for (i, a) in args.iter().enumerate() {
                    let k = self.arg_hole(ks, *f, i);
                    let k = self.note(k, e.span, "call parameter");
                    self.expr(k, a);
                }
            }
            ExprKind::CallValue(callee, args) => {
                // gc resolves the functions a func value can be (a local assigned only top-level
                // functions); an argument then flows as each of them says, and otherwise to the
                // heap.
                let fns = self.callees(callee);
                for &f in &fns {
                    self.in_batch_results(ks, f);
                }
                // An unknown callee whose results are used goes to gc's callee location: the
                // results of a closure that may be called there flow to unknown places.
                let used: Vec<LocId> = ks
                    .into_iter()
                    .flatten()
                    .map(|k| k.dst)
                    .filter(|&d| d != BLANK)
                    .collect();
                if fns.is_empty() && !used.is_empty() {
                    if used.iter().all(|&d| self.is_temp(d)) {
                        // Lowering put the results in temporaries (gc's order pass runs only
                        // after escape analysis): they are used if a temporary is.
                        self.pending_callees.push((self.func, used, callee));
                    } else {
                        self.expr(self.hole(CALLEE), callee);
                    }
                } else {
                    self.discard(callee);
                }
                for (i, a) in args.iter().enumerate() {
                    let k = if fns.is_empty() {
                        self.hole(HEAP)
                    } else {
                        let holes: Vec<Hole> =
                            fns.iter().map(|&f| self.arg_hole(ks, f, i)).collect();
                        self.tee(&holes)
                    };
                    let k = self.note(k, e.span, "call parameter");
                    self.expr(k, a);
                }
            }
            ExprKind::CallExtern(x, args) => {
                let ext = self.program.externs.get(x.index());
                let name = ext.map(|e| e.name.as_str()).unwrap_or("");
                let noescape = ext.is_some_and(|e| e.noescape);
                for a in args {
                    // runtime.ReadMemStats only writes into *m; a `//go:noescape` function
                    // keeps nothing but may write through and call what it is given (gc's
                    // paramTag: mutator and callee); other runtime functions are assumed to
                    // keep their arguments, as gc assumes for bodyless ones.
                    let k = if noescape {
                        self.tee(&[self.hole(MUTATOR), self.hole(CALLEE)])
                    } else if name == "runtime.ReadMemStats" {
                        self.hole(MUTATOR)
                    } else {
                        self.hole(HEAP)
                    };
                    let k = self.note(k, e.span, "call parameter");
                    self.expr(k, a);
                }
            }
            _ => self.discard(e),
        }
    }

    /// The functions a call through `callee` can reach (see `defs::static_callees`). In a
    /// closure, a captured func variable is the enclosing function's, whose assignments (its
    /// literals' included) tell (gc asks the outermost function's reassignment oracle).
    fn callees(&mut self, callee: &Expr) -> Vec<FuncId> {
        let program = self.program;
        if let ExprKind::Load(Place::Local(l)) = callee.kind {
            let mut var = (self.func, l);
            while let Some(&outer) = self.captured.get(&var) {
                var = outer;
            }
            if var.0 != self.func {
                let (f, l) = var;
                let load = Expr::new(ExprKind::Load(Place::Local(l)), callee.ty, callee.span);
                return static_callees(&load, &definitions(&program.funcs, f));
            }
        }
        let defs = self
            .defs
            .get_or_insert_with(|| definitions(&program.funcs, self.func));
        let fns = static_callees(callee, defs);
        // A generated wrapper of a method table as a func value comes from a method
        // expression: gc does not know its escape tags (see `call`), as for an unknown
        // function. A method of an unnamed type (`go:struct { main.T }.M`) gc makes where the
        // method expression is read, and analyses it first.
        let method_table_wrapper = |f: &FuncId| {
            let func = &program.funcs[f.index()];
            func.autogenerated && !matches!(func.sym, base::symbols::Symbol::TypeMethod { .. })
        };
        if fns.iter().any(method_table_wrapper) {
            return Vec::new();
        }
        fns
    }

    /// Whether location `l` is a temporary of lowering's.
    fn is_temp(&self, l: LocId) -> bool {
        self.locs[l].temp_local
    }

    /// The callees of calls whose results went to temporaries (see `call`): each flows to the
    /// callee location if one of the temporaries flows anywhere, and nowhere otherwise.
    pub(super) fn flow_pending_callees(&mut self) {
        let pending = std::mem::take(&mut self.pending_callees);
        if pending.is_empty() {
            return;
        }
        let used: std::collections::HashSet<LocId> = self
            .locs
            .iter()
            .flat_map(|l| l.edges.iter().map(|e| e.src))
            .collect();
        let saved = self.func;
        for (f, temps, callee) in pending {
            self.func = f;
            if temps.iter().any(|t| used.contains(t)) {
                self.expr(self.hole(CALLEE), callee);
            } else {
                self.discard(callee);
            }
        }
        self.func = saved;
    }

    /// A callee in the batch (mutually recursive): its results flow straight to `ks`.
    fn in_batch_results(&mut self, ks: Option<&[Hole]>, f: FuncId) {
        if !self.in_batch.contains(&f) {
            return;
        }
        if let Some(ks) = ks {
            for (i, &k) in ks.iter().enumerate() {
                if let Some(&r) = self.results.get(&(f, i)) {
                    self.flow(k, r);
                }
            }
        }
    }

    /// Where the `i`-th argument of a call of `f` flows (gc's `tagHole`): to the parameter
    /// itself when `f` is in the batch, else as `f`'s parameter tag says (to the heap when
    /// there is none).
    pub(super) fn arg_hole(&mut self, ks: Option<&[Hole]>, f: FuncId, i: usize) -> Hole {
        if self.in_batch.contains(&f) {
            let param = self.program.funcs[f.index()].params.get(i).copied();
            return match param.and_then(|p| self.vars.get(&(f, p))) {
                Some(&loc) => self.hole(loc),
                None => self.hole(HEAP),
            };
        }
        let leaks = self
            .tags
            .get(f.index())
            .and_then(|t| t.as_ref())
            .and_then(|t| t.get(i).copied())
            .unwrap_or_else(|| {
                let mut l = Leaks::none();
                l.add_heap(0);
                l
            });
        self.tag_hole(ks, leaks)
    }

    fn tag_hole(&mut self, ks: Option<&[Hole]>, leaks: Leaks) -> Hole {
        let mut tag_ks = Vec::new();
        if leaks.heap() >= 0 {
            tag_ks.push(self.hole(HEAP).shift(leaks.heap()));
        }
        if leaks.mutator() >= 0 {
            tag_ks.push(self.hole(MUTATOR).shift(leaks.mutator()));
        }
        if leaks.callee() >= 0 {
            tag_ks.push(self.hole(CALLEE).shift(leaks.callee()));
        }
        if let Some(ks) = ks {
            for (i, k) in ks.iter().enumerate().take(NUM_ESC_RESULTS) {
                if leaks.result(i) >= 0 {
                    tag_ks.push(k.shift(leaks.result(i)));
                }
            }
        }
        self.tee(&tag_ks)
    }
}
