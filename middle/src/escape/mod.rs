//! Escape analysis: which allocations may live in the stack frame, decided as gc's
//! `cmd/compile/internal/escape` decides it, and gc's `-m` remarks about it.
//!
//! # The model (gc's, see its `escape.go`)
//!
//! Every variable (local, parameter, temporary) and every allocating expression (`new`,
//! `&T{…}`, slice literals, variadic `...` slices, `make`, string conversions and
//! concatenations, `append`'s backing store) is a *location*. Every assignment is an edge
//! `dst = src` weighted by dereferences minus address-ofs:
//!
//! ```text
//! p = &q    // -1        p = q     //  0        p = *q    //  1
//! ```
//!
//! Composite values are not split: `x.f = u[0]` is `x = *u`. Stores through pointers, into
//! globals, into slice elements go to the *heap* location; `panic` arguments and appended
//! elements too. A call to a function analysed earlier uses that function's *parameter
//! tags*: for each parameter, the fewest dereferences with which it reaches the heap or
//! each result. Functions are analysed callees first, mutually recursive ones together.
//!
//! Solving walks the graph backwards from every location (Bellman-Ford with derefs clamped
//! at 0): a location whose *address* reaches a location that outlives it escapes. The heap
//! outlives everything; a function's results outlive its locals; a variable declared outside
//! a loop outlives one declared inside it. Escaping variables are `moved to heap`; escaping
//! allocations are `... escapes to heap`; the others stay in the frame.
//!
//! Worked example:
//!
//! ```text
//! func f(p *T) *int {      p: leaking param: p to result ~r0 level=1
//!     x := 0               x: moved to heap (its address reaches ~r0)
//!     q := &x              q = &x  (-1)
//!     _ = p.a              (no flow: int has no pointers)
//!     return q             ~r0 = q (0)  => ~r0 reaches x with derefs -1
//! }
//! ```
//!
//! # What the decisions change in the IR
//!
//! Nothing new is needed in the IR: a non-escaping `new(T)` (always `var .t *T = new(T)`)
//! becomes `var .o T; .t = &.o`; a non-escaping `make([]T, n)` with `n` constant (or a
//! variable assigned once from a constant) becomes a slice of a stack array; other
//! non-escaping `make`s use a 32-byte stack array when the length fits (gc 1.25+). Local
//! variables get `heap` from the analysis instead of from `addr_taken`.
//!
//! # Files
//!
//! The module is split as gc splits its package:
//!
//! | file | what it holds | gc |
//! |---|---|---|
//! | `mod.rs` | [`analyze`] and its result ([`Decisions`], applied by the `walk` pass), the batches (call graph components), a batch's setup | `escape.go` (`Funcs`, `Batch`, `initFunc`, `walkFunc`) |
//! | `graph.rs` | locations, edges, holes, flows | `graph.go` |
//! | `stmt.rs` | the graph of statements | `stmt.go` |
//! | `assign.rs` | stores: the hole of a place, self-assignments | `assign.go`, `utils.go` (`isSelfAssign`) |
//! | `expr.rs` | the graph of expressions and places; allocation sites | `expr.go` |
//! | `call.rs` | calls, through the callee's parameter tags | `call.go` |
//! | `size.rs` | allocations too large for a frame; `make` sizes proved constant | `utils.go` (`HeapAllocReason`), `escape.go` (`rewriteWithLiterals`) |
//! | `solve.rs` | the solver | `solve.go` |
//! | `leaks.rs` | parameter tags and their remarks | `leaks.go`, `escape.go` (`reportLeaks`) |
//! | `finish.rs` | a batch's results: tags, decisions, `-m` remarks in gc's order | `escape.go` (`finish`, `paramTag`) |

mod assign;
mod call;
mod expr;
mod finish;
mod graph;
mod leaks;
mod size;
mod solve;
mod stmt;

use std::collections::{HashMap, HashSet};

use base::diag::Diagnostic;
use base::types::Types;

use crate::defs::Defs;
use crate::ir::*;
use crate::lower::Notes;

use graph::{Loc, LocId, LocKind};
use leaks::Leaks;
use size::StaticSize;

/// gc's `ir.MaxStackVarSize`: larger variables are always on the heap.
const MAX_STACK_VAR_SIZE: u64 = 128 * 1024;
/// gc's `ir.MaxImplicitStackVarSize`: larger `new`/`&T{}`/`make` results are on the heap.
const MAX_IMPLICIT_STACK_VAR_SIZE: u64 = 64 * 1024;

/// What escape analysis decided, per function (by `FuncId`): the walk pass makes it explicit
/// in the IR.
pub struct Decisions {
    pub funcs: Vec<FuncDecisions>,
}

impl Decisions {
    /// No decision for any of `nfuncs` functions: every allocation stays as lowered (for IR
    /// that did not go through escape analysis, such as the backend's hand-built tests).
    pub fn none(nfuncs: usize) -> Decisions {
        let funcs = (0..nfuncs).map(|_| FuncDecisions::default()).collect();
        Decisions { funcs }
    }
}

/// Per-function results: what each allocation site does, and where locals live.
#[derive(Default)]
pub struct FuncDecisions {
    pub sites: HashMap<SiteId, SiteDecision>,
    /// Locals that must be on the heap.
    pub heap_locals: Vec<LocalId>,
    /// Address-taken locals that may stay in the frame.
    pub stack_locals: Vec<LocalId>,
}

#[derive(Copy, Clone, Debug)]
pub struct SiteDecision {
    pub escapes: bool,
    /// For `make`: the constant size gc proved (of cap, or of len without cap).
    pub static_size: Option<i64>,
    /// For `[]byte(s)`: never mutated (gc shares the string's bytes).
    pub zero_copy: bool,
}

/// Runs escape analysis on the whole program: its decisions, and gc's `-m` remarks in gc's
/// order. The program is not changed (the walk pass applies the decisions).
pub fn analyze(program: &Program, notes: &Notes) -> (Decisions, Vec<Diagnostic>) {
    let batches = batches(program);
    let nfuncs = program.funcs.len();
    let mut tags: Vec<Option<Vec<Leaks>>> = vec![None; nfuncs];
    let mut decisions: Vec<FuncDecisions> = (0..nfuncs).map(|_| FuncDecisions::default()).collect();
    let mut remarks = Vec::new();
    for batch in &batches {
        let mut b = Batch::new(program, notes, &tags);
        b.run(batch);
        let new_tags = b.finish(batch, &mut remarks, &mut decisions);
        for (f, t) in new_tags {
            tags[f.index()] = Some(t);
        }
    }
    (Decisions { funcs: decisions }, remarks)
}

/// gc's looping labels: those a `goto` names after the label, in source order.
fn looping_labels(body: &Block) -> HashSet<LabelId> {
    fn visit(b: &Block, seen: &mut HashSet<LabelId>, looping: &mut HashSet<LabelId>) {
        for s in b {
            match s.kind {
                StmtKind::Label(l) => {
                    seen.insert(l);
                }
                StmtKind::Goto(l) if seen.contains(&l) => {
                    looping.insert(l);
                }
                _ => {}
            }
            s.for_each_part(&mut |part| {
                if let StmtPart::Block(inner) = part {
                    visit(inner, seen, looping);
                }
            });
        }
    }
    let mut looping = HashSet::new();
    visit(body, &mut HashSet::new(), &mut looping);
    looping
}

/// Functions grouped into strongly connected components of the call graph, callees first
/// (gc's `VisitFuncsBottomUp`, whose roots are the package's functions with `init` first).
fn batches(program: &Program) -> Vec<Vec<FuncId>> {
    let n = program.funcs.len();
    let callees: Vec<Vec<usize>> = program
        .funcs
        .iter()
        .map(|f| {
            let mut out = Vec::new();
            walk_exprs(&f.body, &mut |e| {
                // A function used as a value is an edge too (gc visits every PFUNC name).
                if let ExprKind::Call(c, _) | ExprKind::FuncValue(c) = &e.kind {
                    out.push(c.index());
                }
            });
            out
        })
        .collect();
    let init = program.init.map(|f| f.index());
    let mut roots: Vec<usize> = init.into_iter().collect();
    roots.extend((0..n).filter(|&i| Some(i) != init));
    // Tarjan's algorithm.
    struct State {
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<FuncId>>,
    }
    fn visit(v: usize, callees: &[Vec<usize>], st: &mut State) {
        st.index[v] = Some(st.next);
        st.low[v] = st.next;
        st.next += 1;
        st.stack.push(v);
        st.on_stack[v] = true;
        for &w in &callees[v] {
            if w >= callees.len() {
                continue;
            }
            match st.index[w] {
                None => {
                    visit(w, callees, st);
                    st.low[v] = st.low[v].min(st.low[w]);
                }
                Some(iw) if st.on_stack[w] => st.low[v] = st.low[v].min(iw),
                _ => {}
            }
        }
        if Some(st.low[v]) == st.index[v] {
            let mut scc = Vec::new();
            while let Some(w) = st.stack.pop() {
                st.on_stack[w] = false;
                scc.push(w);
                if w == v {
                    break;
                }
            }
            scc.sort();
            st.out
                .push(scc.into_iter().map(|i| FuncId(i as u32)).collect());
        }
    }
    let mut st = State {
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for r in roots {
        if st.index[r].is_none() {
            visit(r, &callees, &mut st);
        }
    }
    st.out
}

/// The analysis of one batch of functions (gc's `batch`): its graph, and the state of the walk
/// that builds it.
struct Batch<'p> {
    program: &'p Program,
    notes: &'p Notes,
    tags: &'p [Option<Vec<Leaks>>],
    locs: Vec<Loc>,
    /// Locations of locals, per function of the batch.
    vars: HashMap<(FuncId, LocalId), LocId>,
    results: HashMap<(FuncId, usize), LocId>,
    /// The locations of allocation sites, in the order created (for remarks).
    sites: Vec<(LocId, FuncId, SiteId)>,

    in_batch: Vec<FuncId>,
    // Per-function walk state.
    func: FuncId,
    loop_depth: i32,
    /// Temporaries holding a fresh allocation (`var .t *T = new(T)`): stores through them
    /// initialise that allocation (gc's `&T{...}`), they do not go to the heap.
    alloc_temps: HashMap<LocalId, LocId>,
    /// Sizes of `make`s proved constant.
    static_sizes: HashMap<SiteId, StaticSize>,
    /// What the locals of the function walked are assigned, to resolve calls through func
    /// values: computed at the first such call.
    defs: Option<Defs>,
    /// The labels of the function walked that a goto after them jumps back to.
    looping_labels: HashSet<LabelId>,
}

impl<'p> Batch<'p> {
    fn new(program: &'p Program, notes: &'p Notes, tags: &'p [Option<Vec<Leaks>>]) -> Self {
        let mut b = Batch {
            program,
            notes,
            tags,
            locs: Vec::new(),
            vars: HashMap::new(),
            results: HashMap::new(),
            sites: Vec::new(),

            in_batch: Vec::new(),
            func: FuncId(0),
            loop_depth: 1,
            alloc_temps: HashMap::new(),
            static_sizes: HashMap::new(),
            defs: None,
            looping_labels: HashSet::new(),
        };
        let heap = b.new_loc(LocKind::Heap, None, 0);
        b.locs[heap].escapes = true;
        b.locs[heap].mutates = true;
        b.new_loc(LocKind::Blank, None, 0);
        let m = b.new_loc(LocKind::Mutator, None, 0);
        b.locs[m].mutates = true;
        b
    }

    fn types(&self) -> &'p Types {
        &self.program.types
    }

    fn run(&mut self, batch: &[FuncId]) {
        self.in_batch = batch.to_vec();
        // Locations for every local (and result) of the batch first, as gc's `initFunc`.
        for &f in batch {
            let func = &self.program.funcs[f.index()];
            let copies: HashMap<LocalId, LocalId> = self
                .notes
                .param_copies
                .iter()
                .filter(|(pf, _, _)| *pf == f)
                .map(|&(_, p, c)| (c, p))
                .collect();
            for (i, local) in func.locals.iter().enumerate() {
                let id = LocalId(i as u32);
                if let Some(&param) = copies.get(&id) {
                    // The copy of a parameter is the parameter, as far as gc is concerned.
                    if let Some(&loc) = self.vars.get(&(f, param)) {
                        self.vars.insert((f, id), loc);
                        continue;
                    }
                }
                let loc = self.new_loc(LocKind::Var, Some(f), 1);
                if local.kind == LocalKind::Param {
                    self.locs[loc].is_param = true;
                }
                self.vars.insert((f, id), loc);
                // Very large variables never fit in a frame.
                if local.kind != LocalKind::Param
                    && self.program.types.size_of(local.ty) > MAX_STACK_VAR_SIZE
                {
                    self.locs[loc].escapes = true;
                }
            }
            for (i, _) in func.results.iter().enumerate() {
                let loc = self.new_loc(LocKind::Result(i), Some(f), 1);
                self.locs[loc].is_result = true;
                self.results.insert((f, i), loc);
            }
        }
        for &f in batch {
            self.func = f;
            self.loop_depth = 1;
            self.alloc_temps.clear();
            self.defs = None;
            self.looping_labels = looping_labels(&self.program.funcs[f.index()].body);
            let body = &self.program.funcs[f.index()].body;
            self.block(body);
        }
    }
}
