//! The solver (gc's `solve.go`): walks the graph backwards from every location, marks what
//! escapes, and records what parameters leak to.

use std::collections::VecDeque;

use super::graph::{LocId, LocKind, BLANK, CALLEE, HEAP, MUTATOR};
use super::leaks::NUM_ESC_RESULTS;
use super::Batch;
use crate::ir::FuncId;

impl Batch<'_> {
    /// Walks from every location until nothing changes (gc's `walkAll`), in gc's order: the
    /// heap, the callee and the mutator first, then the batch's locations last-created first;
    /// a location whose attributes change is walked again, at the front if it now escapes
    /// (which spreads escaping faster), else at the back. The order decides nothing the walk
    /// concludes, only which path `-m=2` explains.
    pub(super) fn walk_all(&mut self) {
        let mut todo: VecDeque<LocId> = VecDeque::with_capacity(self.locs.len());
        for i in 0..self.locs.len() {
            if matches!(i, HEAP | BLANK | MUTATOR | CALLEE) {
                continue;
            }
            self.locs[i].queued = true;
            todo.push_front(i);
        }
        for special in [MUTATOR, CALLEE, HEAP] {
            self.locs[special].queued = true;
            todo.push_front(special);
        }
        let mut walkgen = 0;
        while let Some(root) = todo.pop_front() {
            self.locs[root].queued = false;
            walkgen += 1;
            self.walk_one(root, walkgen, &mut todo);
        }
    }

    /// Puts `l` on the walk's queue again (gc's `enqueue`).
    fn enqueue(&mut self, l: LocId, todo: &mut VecDeque<LocId>) {
        if self.locs[l].queued {
            return;
        }
        self.locs[l].queued = true;
        match self.locs[l].escapes {
            true => todo.push_front(l),
            false => todo.push_back(l),
        }
    }

    /// The fewest dereferences from `root` to every location flowing into it, and what that
    /// implies (gc's `walkOne`): a breadth-first walk (Bellman-Ford, derefs clamped at 0)
    /// that records, for each location reached, the edge it was last reached by.
    fn walk_one(&mut self, root: LocId, walkgen: u32, todo: &mut VecDeque<LocId>) {
        self.locs[root].walkgen = walkgen;
        self.locs[root].derefs = 0;
        self.locs[root].dst = None;
        // A closure of the batch that may be called by an unknown caller: its results may go
        // anywhere, so walk again from them (gc's `ClosureResultsLost`).
        if self.locs[root].calls {
            if let Some(&f) = self.closure_sites.get(&root) {
                if self.in_batch.contains(&f) && self.results_lost.insert(f) {
                    let nresults = self.program.funcs[f.index()].results.len();
                    for i in 0..nresults {
                        if let Some(&r) = self.results.get(&(f, i)) {
                            self.enqueue(r, todo);
                        }
                    }
                }
            }
        }
        let mut queue = VecDeque::from([root]);
        while let Some(l) = queue.pop_front() {
            self.locs[l].queued_walk_one = 0;
            let mut derefs = self.locs[l].derefs;
            let mut new_escapes = false;
            let mut new_mutates = false;
            let mut new_calls = false;
            if derefs < 0 {
                // l's address flows to root.
                derefs = 0;
                if self.outlives(root, l) {
                    if self.explain && !self.locs[l].escapes {
                        self.explain_escape(root, l);
                    }
                    new_escapes = true;
                    new_mutates = true;
                    new_calls = true;
                }
            }
            if derefs == 0 {
                new_mutates |= self.locs[root].mutates;
                new_calls |= self.locs[root].calls;
            }
            if self.locs[l].is_param {
                if self.outlives(root, l) {
                    if self.explain && !self.locs[l].escapes {
                        self.explain_leak(root, l, derefs);
                    }
                    self.leak_to(l, root, derefs);
                }
                if self.locs[root].mutates {
                    self.locs[l].param_esc.add_mutator(derefs);
                }
                if self.locs[root].calls {
                    self.locs[l].param_esc.add_callee(derefs);
                }
            }
            let loc = &self.locs[l];
            let changed = (new_escapes && !loc.escapes)
                || (new_mutates && !loc.mutates)
                || (new_calls && !loc.calls);
            if changed {
                self.locs[l].escapes |= new_escapes;
                self.locs[l].mutates |= new_mutates;
                self.locs[l].calls |= new_calls;
                self.enqueue(l, todo);
                if self.locs[l].escapes {
                    continue;
                }
            }
            for i in 0..self.locs[l].edges.len() {
                let edge = self.locs[l].edges[i];
                if self.locs[edge.src].escapes {
                    continue;
                }
                let d = derefs + edge.derefs;
                let src = &mut self.locs[edge.src];
                if src.walkgen != walkgen || src.derefs > d {
                    src.walkgen = walkgen;
                    src.derefs = d;
                    src.dst = Some((l, i));
                    if src.queued_walk_one != walkgen {
                        src.queued_walk_one = walkgen;
                        queue.push_back(edge.src);
                    }
                }
            }
        }
    }

    /// Whether values stored in `l` may outlive `other` if `other` were in the frame.
    fn outlives(&self, l: LocId, other: LocId) -> bool {
        let a = &self.locs[l];
        if a.escapes {
            return true;
        }
        if l == MUTATOR || l == BLANK || l == CALLEE {
            return false;
        }
        let b = &self.locs[other];
        // Callers may keep what a function returns; but a closure's results go only to its
        // callers in the enclosing function while every call of it is known.
        if a.is_result {
            if let (Some(fa), Some(fb)) = (a.func, b.func) {
                if self.contains_closure(fb, fa) && !self.results_lost.contains(&fa) {
                    return false;
                }
            }
            return true;
        }
        if a.func == b.func && a.loop_depth < b.loop_depth {
            return true;
        }
        // A variable outlives what a closure within its function allocates.
        matches!((a.func, b.func), (Some(fa), Some(fb)) if self.contains_closure(fa, fb))
    }

    /// Whether `c` is a function literal within `f`, directly or not (gc's `ContainsClosure`).
    fn contains_closure(&self, f: FuncId, c: FuncId) -> bool {
        if f == c {
            return false;
        }
        let mut p = self.program.funcs[c.index()].outer;
        while let Some(o) = p {
            if o == f {
                return true;
            }
            p = self.program.funcs[o.index()].outer;
        }
        false
    }

    fn leak_to(&mut self, param: LocId, sink: LocId, derefs: i32) {
        let same_func = self.locs[sink].func == self.locs[param].func;
        if !self.locs[sink].escapes && self.locs[sink].is_result && same_func {
            if let LocKind::Result(i) = self.locs[sink].kind {
                if i < NUM_ESC_RESULTS {
                    self.locs[param].param_esc.add_result(i, derefs);
                    return;
                }
            }
        }
        self.locs[param].param_esc.add_heap(derefs);
    }
}
