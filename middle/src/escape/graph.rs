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

/// What a location is, for `-m=2`'s explanations (gc's `location.n`).
#[derive(Copy, Clone, Debug)]
pub(super) enum Node {
    /// None of the program's (a temporary of the analysis, the heap, …).
    None,
    /// A local of the location's function.
    Local(LocalId),
    /// An allocating expression: its site, if it has one, and its span.
    Site(Option<SiteId>, base::source::Span),
}

pub(super) struct Loc {
    pub(super) kind: LocKind,
    pub(super) node: Node,
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
    /// The notes of the flow (see [`FlowNote`]).
    pub(super) notes: u32,
}

/// Why a value flows where it does, for `-m=2` (gc's `note`): the node it passes through
/// (by span: `Notes::gc_nodes` has its text and position) and what the node does with it.
/// Notes form lists in `Batch::flow_notes`, newest first; `next` and the holes' and edges'
/// `notes` are indices there plus one (0: none).
#[derive(Copy, Clone, Debug)]
pub(super) struct FlowNote {
    pub(super) next: u32,
    pub(super) at: base::source::Span,
    pub(super) why: &'static str,
    /// The node whose position gc gives this one, when not the node whose text it prints (an
    /// implicit `*p` of `p[i]` prints as `p`, at the index expression's `[`).
    pub(super) pos: Option<base::source::Span>,
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
    /// The notes of the flow so far (see [`FlowNote`]).
    pub(super) notes: u32,
}

impl Hole {
    pub(super) fn shift(self, delta: i32) -> Hole {
        Hole {
            dst: self.dst,
            derefs: self.derefs + delta,
            addrtaken: delta < 0,
            notes: self.notes,
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
            node: Node::None,
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
            notes: 0,
        }
    }

    /// `k` with a note: the value passes through the node at `at`, which `why` says how
    /// (gc's `hole.note`; kept only for `-m=2`).
    pub(super) fn note(&mut self, k: Hole, at: base::source::Span, why: &'static str) -> Hole {
        if !self.explain {
            return k;
        }
        self.flow_notes.push(FlowNote {
            next: k.notes,
            at,
            why,
            pos: None,
        });
        Hole {
            notes: self.flow_notes.len() as u32,
            ..k
        }
    }

    /// `k.deref()` with a note about an implicit dereference: its text is the pointer's (at
    /// `at`), its position the node's at `pos`.
    pub(super) fn implicit_deref_note(
        &mut self,
        k: Hole,
        at: base::source::Span,
        pos: base::source::Span,
        why: &'static str,
    ) -> Hole {
        let k = self.deref_note(k, at, why);
        if let Some(n) = (k.notes as usize)
            .checked_sub(1)
            .and_then(|i| self.flow_notes.get_mut(i))
        {
            n.pos = Some(pos);
        }
        k
    }

    /// `k.deref()` with a note (gc's `hole.deref`).
    pub(super) fn deref_note(
        &mut self,
        k: Hole,
        at: base::source::Span,
        why: &'static str,
    ) -> Hole {
        let k = k.deref();
        self.note(k, at, why)
    }

    /// `k.addr()` with a note (gc's `hole.addr`).
    pub(super) fn addr_note(&mut self, k: Hole, at: base::source::Span, why: &'static str) -> Hole {
        let k = k.addr();
        self.note(k, at, why)
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
            if self.explain && !self.locs[src].escapes {
                self.explain_escape_now(dst, src, k);
            }
            let s = &mut self.locs[src];
            s.escapes = true;
            s.mutates = true;
            s.calls = true;
            return;
        }
        self.locs[dst].edges.push(Edge {
            src,
            derefs: k.derefs,
            notes: k.notes,
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
