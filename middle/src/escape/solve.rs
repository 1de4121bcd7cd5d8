//! The solver (gc's `solve.go`): walks the graph backwards from every location, marks what
//! escapes, and records what parameters leak to.

use super::graph::{LocId, LocKind, BLANK, MUTATOR};
use super::leaks::NUM_ESC_RESULTS;
use super::Batch;

impl Batch<'_> {
    pub(super) fn walk_all(&mut self) {
        let mut todo: Vec<LocId> = Vec::new();
        for i in 0..self.locs.len() {
            self.locs[i].queued = true;
            todo.push(i);
        }
        // The heap and the mutator last-in first-out: walked first.
        let mut walkgen = 0;
        while let Some(root) = todo.pop() {
            self.locs[root].queued = false;
            walkgen += 1;
            self.walk_one(root, walkgen, &mut todo);
        }
    }

    /// The fewest dereferences from `root` to every location flowing into it, and what that
    /// implies (gc's `walkOne`).
    fn walk_one(&mut self, root: LocId, walkgen: u32, todo: &mut Vec<LocId>) {
        self.locs[root].walkgen = walkgen;
        self.locs[root].derefs = 0;
        let mut stack = vec![root];
        while let Some(l) = stack.pop() {
            let mut derefs = self.locs[l].derefs;
            let mut new_escapes = false;
            let mut new_mutates = false;
            if derefs < 0 {
                // l's address flows to root.
                derefs = 0;
                if self.outlives(root, l) {
                    new_escapes = true;
                    new_mutates = true;
                }
            }
            if derefs == 0 && self.locs[root].mutates {
                new_mutates = true;
            }
            if self.locs[l].is_param {
                if self.outlives(root, l) {
                    self.leak_to(l, root, derefs);
                }
                if self.locs[root].mutates {
                    self.locs[l].param_esc.add_mutator(derefs);
                }
            }
            let changed =
                (new_escapes && !self.locs[l].escapes) || (new_mutates && !self.locs[l].mutates);
            if changed {
                self.locs[l].escapes |= new_escapes;
                self.locs[l].mutates |= new_mutates;
                if !self.locs[l].queued {
                    self.locs[l].queued = true;
                    todo.push(l);
                }
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
                    stack.push(edge.src);
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
        if l == MUTATOR || l == BLANK {
            return false;
        }
        // Callers may keep what a function returns.
        if a.is_result {
            return true;
        }
        let b = &self.locs[other];
        a.func == b.func && a.loop_depth < b.loop_depth
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
