//! The graph (gc's `graph.go`): locations (variables, results, allocation sites, the heap),
//! the edges between them, and holes, the contexts values flow into.

use super::leaks::Leaks;
use super::Batch;
use crate::ir::*;

pub(super) type LocId = usize;

/// What a location stands for (gc's `location.n`).
#[derive(Clone, Debug)]
pub(super) enum LocKind {
    Heap,
    Blank,
    Mutator,
    /// gc's callee location (see [`CALLEE`]).
    Callee,
    /// A local of a function (parameter copies share their parameter's location).
    Var,
    /// A function's result, by index (gc's result parameters).
    Result(usize),
    /// An allocating expression, or the implicit interface conversion of a `panic` argument.
    Site,
    /// A temporary of the analysis (`teeHole`).
    Temp,
}

pub(super) struct Loc {
    pub(super) kind: LocKind,
    pub(super) edges: Vec<Edge>,
    pub(super) loop_depth: i32,
    pub(super) escapes: bool,
    pub(super) mutates: bool,
    /// gc's `attrCalls`: the value may be called through an unknown func value.
    pub(super) calls: bool,
    /// For a variable: a function literal captures it (gc's `captured`).
    pub(super) captured: bool,
    /// For a variable: assigned other than by its declaration (gc's `reassigned`).
    pub(super) reassigned: bool,
    /// For a variable: its address is taken (gc's `addrtaken`).
    pub(super) addrtaken: bool,
    /// A temporary of lowering's (gc has none: its order pass runs after escape analysis).
    pub(super) temp_local: bool,
    /// An allocation too large for a frame that escape analysis itself lets stay (a slice
    /// literal's array): placed on the heap, but reported as its flows decide.
    pub(super) heap_placed: bool,
    /// For parameters: what they leak to.
    pub(super) param_esc: Leaks,
    pub(super) is_param: bool,
    pub(super) is_result: bool,
    pub(super) func: Option<FuncId>,
    // Walk state.
    pub(super) derefs: i32,
    pub(super) walkgen: u32,
    /// On the queue of locations to walk from.
    pub(super) queued: bool,
    /// The walk (by walkgen) whose queue holds it (0: none).
    pub(super) queued_walk_one: u32,
    /// The location and edge (an index into its `edges`) the current walk reached it by.
    pub(super) dst: Option<(LocId, usize)>,
}

#[derive(Copy, Clone)]
pub(super) struct Edge {
    pub(super) src: LocId,
    pub(super) derefs: i32,
}

/// A context an expression's value flows into: `dst = *…*value` with `derefs` stars (or
/// `&value` for -1).
#[derive(Copy, Clone, Debug)]
pub(super) struct Hole {
    pub(super) dst: LocId,
    pub(super) derefs: i32,
    /// The last shift took an address: whatever flows in has its address taken, even if
    /// it goes nowhere (gc's `hole.addrtaken`).
    pub(super) addrtaken: bool,
}

impl Hole {
    pub(super) fn shift(self, delta: i32) -> Hole {
        Hole {
            dst: self.dst,
            derefs: self.derefs + delta,
            addrtaken: delta < 0,
        }
    }
    pub(super) fn deref(self) -> Hole {
        self.shift(1)
    }
    pub(super) fn addr(self) -> Hole {
        self.shift(-1)
    }
}

pub(super) const HEAP: LocId = 0;
pub(super) const BLANK: LocId = 1;
pub(super) const MUTATOR: LocId = 2;
/// gc's `calleeLoc`: the callee of a call through an unknown func value whose results are used.
pub(super) const CALLEE: LocId = 3;

impl Batch<'_> {
    pub(super) fn new_loc(&mut self, kind: LocKind, func: Option<FuncId>, depth: i32) -> LocId {
        self.locs.push(Loc {
            kind,
            edges: Vec::new(),
            loop_depth: depth,
            escapes: false,
            mutates: false,
            calls: false,
            captured: false,
            reassigned: false,
            addrtaken: false,
            temp_local: false,
            heap_placed: false,
            param_esc: Leaks::none(),
            is_param: false,
            is_result: false,
            func,
            derefs: 0,
            walkgen: 0,
            queued: false,
            queued_walk_one: 0,
            dst: None,
        });
        self.locs.len() - 1
    }

    pub(super) fn hole(&self, loc: LocId) -> Hole {
        Hole {
            dst: loc,
            derefs: 0,
            addrtaken: false,
        }
    }

    pub(super) fn var(&self, l: LocalId) -> LocId {
        self.vars.get(&(self.func, l)).copied().unwrap_or(BLANK)
    }

    pub(super) fn flow(&mut self, k: Hole, src: LocId) {
        if k.addrtaken {
            self.locs[src].addrtaken = true;
        }
        let dst = k.dst;
        if dst == BLANK {
            return;
        }
        if dst == src && k.derefs >= 0 {
            return;
        }
        if self.locs[dst].escapes && k.derefs < 0 {
            // `heap = &src`.
            let s = &mut self.locs[src];
            s.escapes = true;
            s.mutates = true;
            s.calls = true;
            return;
        }
        self.locs[dst].edges.push(Edge {
            src,
            derefs: k.derefs,
        });
    }

    /// A new location that flows into each of `ks` (gc's `teeHole`).
    pub(super) fn tee(&mut self, ks: &[Hole]) -> Hole {
        match ks {
            [] => self.hole(BLANK),
            [k] => *k,
            ks => {
                let loc = self.new_loc(LocKind::Temp, Some(self.func), self.loop_depth);
                for &k in ks {
                    self.flow(k, loc);
                }
                self.hole(loc)
            }
        }
    }
}
