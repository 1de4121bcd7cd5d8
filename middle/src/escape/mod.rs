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
//! each result. Functions are analysed callees first, mutually recursive ones together. A
//! named result is the result's location itself (gc's result parameter).
//!
//! Closures (function literals that capture variables) are analysed with the function they
//! stand in: a closure's body is walked where its literal stands, its captured variables are
//! the captured variables' locations, and once every reassignment and address-taking is known
//! each variable is captured by value or by reference (gc's `flowClosure`), flowing into the
//! funcval as a value or as an address.
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
//! | `mod.rs` | [`analyze`] and its result ([`Decisions`], applied by the `walk` pass), the batches (call graph components, a closure with the function it stands in), a batch's setup, how closures capture | `escape.go` (`Funcs`, `Batch`, `initFunc`, `walkFunc`, `flowClosure`) |
//! | `graph.rs` | locations, edges, holes, flows | `graph.go` |
//! | `stmt.rs` | the graph of statements | `stmt.go` |
//! | `assign.rs` | stores: the hole of a place, self-assignments | `assign.go`, `utils.go` (`isSelfAssign`) |
//! | `expr.rs` | the graph of expressions and places; allocation sites | `expr.go` |
//! | `call.rs` | calls, through the callee's parameter tags | `call.go` |
//! | `size.rs` | allocations too large for a frame; `make` sizes proved constant | `utils.go` (`HeapAllocReason`), `escape.go` (`rewriteWithLiterals`) |
//! | `solve.rs` | the solver | `solve.go` |
//! | `leaks.rs` | parameter tags and their remarks | `leaks.go`, `escape.go` (`reportLeaks`) |
//! | `finish.rs` | a batch's results: tags, decisions, `-m` remarks in gc's order | `escape.go` (`finish`, `paramTag`) |
//! | `explain.rs` | `-m=2`: the path of flows behind each decision, with the notes of the nodes on it | `solve.go` (`explainPath`, `explainFlow`, `explainLoc`) |

mod assign;
mod call;
mod explain;
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

use graph::{Hole, Loc, LocId, LocKind};
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
    /// Address-taken locals that may stay in the frame (captured by reference included).
    pub stack_locals: Vec<LocalId>,
    /// For a function literal: which of its captures ([`Func::captures`]) are by reference.
    pub by_ref: Vec<bool>,
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
/// order; the parameter tags go to [`Program::escape_tags`]. The code is not changed (the
/// walk pass applies the decisions). Archived functions are not analysed: their tags are
/// the archive's, already in `escape_tags`.
pub fn analyze(program: &mut Program, notes: &Notes) -> (Decisions, Vec<Diagnostic>) {
    analyze_explaining(program, notes, None)
}

/// [`analyze`], and with `map` gc's `-m=2` explanations of each decision among the remarks
/// (see `explain.rs`; `map` formats the positions they name).
pub fn analyze_explaining(
    program: &mut Program,
    notes: &Notes,
    map: Option<&base::source::SourceMap>,
) -> (Decisions, Vec<Diagnostic>) {
    let mut batches = batches(program);
    // An archived function has no body, hence no callee: it is a batch of its own.
    batches.retain(|b| !b.iter().any(|f| program.funcs[f.index()].archived));
    let nfuncs = program.funcs.len();
    let mut tags: Vec<Option<Vec<Leaks>>> = vec![None; nfuncs];
    for (f, preset) in program.escape_tags.iter().enumerate().take(nfuncs) {
        tags[f] = preset
            .as_ref()
            .map(|t| t.iter().map(|&t| Leaks::from(t)).collect());
    }
    let mut decisions: Vec<FuncDecisions> = (0..nfuncs).map(|_| FuncDecisions::default()).collect();
    let mut remarks = Vec::new();
    let captured = crate::defs::captured_variables(&program.funcs);
    for batch in &batches {
        let mut b = Batch::new(program, notes, &tags, &captured);
        b.map = map;
        b.explain = map.is_some();
        b.run(batch);
        let new_tags = b.finish(batch, &mut remarks, &mut decisions);
        for (f, t) in new_tags {
            tags[f.index()] = Some(t);
        }
    }
    if let Some(map) = map {
        remarks.extend(explain::wrapper_explanations(program, notes, map));
    }
    program.escape_tags = tags
        .into_iter()
        .map(|t| t.map(|t| t.into_iter().map(EscapeTag::from).collect()))
        .collect();
    (Decisions { funcs: decisions }, remarks)
}

/// Where `body` first uses local `l` (a load, an address, an assignment): the position gc
/// gives a closure's variable, which its `-m=2` notes name.
fn first_use(body: &Block, l: LocalId) -> Option<base::source::Span> {
    fn take(best: &mut Option<base::source::Span>, s: base::source::Span) {
        if best.is_none_or(|b| s.lo < b.lo) {
            *best = Some(s);
        }
    }
    fn visit(b: &Block, l: LocalId, best: &mut Option<base::source::Span>) {
        for s in b {
            match &s.kind {
                // The variable at the start of the assignment.
                StmtKind::Assign(Place::Local(x), _) if *x == l => take(best, s.span.start()),
                StmtKind::AssignMulti(ps, _)
                    if ps
                        .iter()
                        .any(|p| matches!(p, Some(Place::Local(x)) if *x == l)) =>
                {
                    take(best, s.span.start())
                }
                _ => {}
            }
            s.for_each_part(&mut |part| {
                if let StmtPart::Block(inner) = part {
                    visit(inner, l, best);
                }
            });
        }
        walk_exprs(b, &mut |e| {
            // By its start: the variable, not a selector or call around it.
            if let ExprKind::Load(Place::Local(x)) | ExprKind::Addr(Place::Local(x)) = &e.kind {
                if *x == l {
                    take(best, e.span.start());
                }
            }
        });
    }
    let mut best = None;
    visit(body, l, &mut best);
    best
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
                // A function used as a value is an edge too (gc visits every PFUNC name), and
                // so is a function literal.
                if let ExprKind::Call(c, _)
                | ExprKind::FuncValue(c)
                | ExprKind::Closure { func: c, .. }
                | ExprKind::MethodValue {
                    method: Some(c), ..
                } = &e.kind
                {
                    out.push(((e.span.file.0, e.span.lo), c.index()));
                }
            });
            // gc's visit is a pre-order walk of the source tree: in `outer(inner(x))` it meets
            // `outer` first, where gocrane's IR computes `inner(x)` into a temporary before
            // the call. Source order is gc's order.
            out.sort_by_key(|&(at, _)| at);
            out.into_iter().map(|(_, c)| c).collect::<Vec<_>>()
        })
        .collect();
    let closure: Vec<bool> = program.funcs.iter().map(Func::is_closure).collect();
    // gc's list of a package's functions starts with package initialisation: `P.init`, then
    // the literals of package-level initialisers, then the declared functions. Packages are
    // analysed each on its own, after those it imports (which it cannot call back), so one
    // list of the inits, then one of the rest, keeps each package's order.
    let is_init = |i: usize| program.is_init(FuncId(i as u32));
    let in_init = |i: usize| program.funcs[i].outer.is_some_and(|o| is_init(o.index()));
    let mut roots: Vec<usize> = Vec::new();
    for init in program.packages.iter().filter_map(|p| p.init) {
        roots.push(init.index());
        roots.extend((0..n).filter(|&i| program.funcs[i].outer == Some(init)));
    }
    roots.extend((0..n).filter(|&i| !is_init(i) && !in_init(i) && !closure[i]));
    // Tarjan's algorithm.
    struct State {
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<FuncId>>,
    }
    fn visit(v: usize, callees: &[Vec<usize>], closure: &[bool], st: &mut State) {
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
                    visit(w, callees, closure, st);
                    st.low[v] = st.low[v].min(st.low[w]);
                }
                Some(iw) if st.on_stack[w] => st.low[v] = st.low[v].min(iw),
                _ => {}
            }
        }
        // A closure is never a component of its own: it stays on the stack and joins the
        // component of the function it stands in.
        if Some(st.low[v]) == st.index[v] && !closure[v] {
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
            visit(r, &callees, &closure, &mut st);
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
    /// Locals of the function walked declared with a value whose defining assignment is
    /// still to come: it is not a reassignment (gc's `Defn`).
    pending_defs: HashSet<LocalId>,

    /// The function literals met: the hole of each one's funcval, and the literal (gc's
    /// `closures`, flowed once every variable's reassignments are known).
    closures: Vec<(Hole, FuncId)>,
    /// The site locations of function literals, by literal.
    closure_sites: HashMap<LocId, FuncId>,
    /// Closures whose results the solver found may reach an unknown caller (gc's
    /// `ClosureResultsLost`).
    results_lost: HashSet<FuncId>,
    /// The canonical location of each capture of each closure of the batch.
    capture_locs: HashMap<FuncId, Vec<LocId>>,
    /// How each closure of the batch captures each variable (true: by reference).
    by_ref: Vec<(FuncId, Vec<bool>)>,
    /// Each closure's captured locals and the enclosing functions' variables they are.
    captured: &'p HashMap<(FuncId, LocalId), (FuncId, LocalId)>,
    /// Calls through unknown func values whose results went to temporaries: the function,
    /// the temporaries' locations, the callee (see `call.rs`).
    pending_callees: Vec<(FuncId, Vec<LocId>, &'p Expr)>,

    /// `-m=2`: explain decisions (see `explain.rs`), with positions from `map`.
    explain: bool,
    map: Option<&'p base::source::SourceMap>,
    /// The notes of flows (see [`graph::FlowNote`]).
    flow_notes: Vec<graph::FlowNote>,
    /// The explanations printed so far, in order.
    flow_lines: Vec<Diagnostic>,
}

impl<'p> Batch<'p> {
    fn new(
        program: &'p Program,
        notes: &'p Notes,
        tags: &'p [Option<Vec<Leaks>>],
        captured: &'p HashMap<(FuncId, LocalId), (FuncId, LocalId)>,
    ) -> Self {
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
            pending_defs: HashSet::new(),
            closures: Vec::new(),
            closure_sites: HashMap::new(),
            results_lost: HashSet::new(),
            capture_locs: HashMap::new(),
            by_ref: Vec::new(),
            pending_callees: Vec::new(),
            captured,
            explain: false,
            map: None,
            flow_notes: Vec::new(),
            flow_lines: Vec::new(),
        };
        let heap = b.new_loc(LocKind::Heap, None, 0);
        b.locs[heap].escapes = true;
        b.locs[heap].mutates = true;
        b.locs[heap].calls = true;
        b.new_loc(LocKind::Blank, None, 0);
        let m = b.new_loc(LocKind::Mutator, None, 0);
        b.locs[m].mutates = true;
        let callee = b.new_loc(LocKind::Callee, None, 0);
        b.locs[callee].calls = true;
        b
    }

    fn types(&self) -> &'p Types {
        &self.program.types
    }

    fn run(&mut self, batch: &[FuncId]) {
        self.in_batch = batch.to_vec();
        // Locations for every local (and result) of the batch first, as gc's `initFunc`. A
        // function literal comes after the function it stands in (a greater id): its captures
        // are the locations of the variables they capture.
        for &f in batch {
            let func = &self.program.funcs[f.index()];
            let copies: HashMap<LocalId, LocalId> = self
                .notes
                .param_copies
                .iter()
                .filter(|(pf, _, _)| *pf == f)
                .map(|&(_, p, c)| (c, p))
                .collect();
            let captures = self.capture_locations(f);
            let mut named_results = 0;
            for (i, local) in func.locals.iter().enumerate() {
                let id = LocalId(i as u32);
                if let Some(&param) = copies.get(&id) {
                    // The copy of a parameter is the parameter, as far as gc is concerned.
                    if let Some(&loc) = self.vars.get(&(f, param)) {
                        self.vars.insert((f, id), loc);
                        continue;
                    }
                }
                if let Some(&loc) = captures.get(&id) {
                    self.vars.insert((f, id), loc);
                    continue;
                }
                if local.kind == LocalKind::Result {
                    // A named result is the result parameter itself (gc's PPARAMOUT): what is
                    // returned flows into it, and if it escapes, so does what flows in.
                    let loc = self.new_loc(LocKind::Result(named_results), Some(f), 1);
                    self.locs[loc].node = graph::Node::Local(id);
                    self.locs[loc].is_result = true;
                    self.vars.insert((f, id), loc);
                    self.results.insert((f, named_results), loc);
                    named_results += 1;
                    continue;
                }
                let loc = self.new_loc(LocKind::Var, Some(f), 1);
                self.locs[loc].node = graph::Node::Local(id);
                if local.kind == LocalKind::Param {
                    self.locs[loc].is_param = true;
                }
                self.locs[loc].temp_local = local.kind == LocalKind::Temp;
                self.vars.insert((f, id), loc);
                // Very large variables never fit in a frame.
                if local.kind != LocalKind::Param
                    && self.program.types.size_of(local.ty) > MAX_STACK_VAR_SIZE
                {
                    self.locs[loc].escapes = true;
                }
            }
            for (i, _) in func.results.iter().enumerate().skip(named_results) {
                let loc = self.new_loc(LocKind::Result(i), Some(f), 1);
                self.locs[loc].is_result = true;
                self.results.insert((f, i), loc);
            }
        }
        // Closures are walked where their literal stands (`walk_closure`).
        for &f in batch {
            if !self.program.funcs[f.index()].is_closure() {
                self.walk_func(f);
            }
        }
        self.flow_pending_callees();
        // Every reassignment and address-taking is known: decide how closures capture.
        for (k, f) in std::mem::take(&mut self.closures) {
            self.flow_closure(k, f);
        }
    }

    /// Walks the body of function `f` (gc's `walkFunc`).
    fn walk_func(&mut self, f: FuncId) {
        self.func = f;
        self.loop_depth = 1;
        self.alloc_temps.clear();
        self.defs = None;
        self.pending_defs.clear();
        let body = &self.program.funcs[f.index()].body;
        self.looping_labels = looping_labels(body);
        self.block(body);
    }

    /// Walks closure `f` where its literal stands, within the walk of the enclosing function,
    /// whose state is kept aside meanwhile.
    pub(super) fn walk_closure(&mut self, f: FuncId) {
        let saved = (
            self.func,
            self.loop_depth,
            std::mem::take(&mut self.alloc_temps),
            self.defs.take(),
            std::mem::take(&mut self.looping_labels),
            std::mem::take(&mut self.pending_defs),
        );
        self.walk_func(f);
        self.func = saved.0;
        self.loop_depth = saved.1;
        self.alloc_temps = saved.2;
        self.defs = saved.3;
        self.looping_labels = saved.4;
        self.pending_defs = saved.5;
    }

    /// The locations closure `f`'s captures stand for: those of the enclosing function's
    /// variables its literal lists (themselves captures, in a literal within a literal).
    fn capture_locations(&mut self, f: FuncId) -> HashMap<LocalId, LocId> {
        let func = &self.program.funcs[f.index()];
        let mut out = HashMap::new();
        if !func.is_closure() {
            return out;
        }
        // The enclosing function's local each capture is (gc's `cv.Outer`).
        let mut locs = Vec::new();
        for c in &func.captures {
            let loc = match self.captured.get(&(f, c.local)) {
                Some(&(o, l)) => self.vars.get(&(o, l)).copied(),
                None => None,
            };
            let loc = loc.unwrap_or(graph::BLANK);
            out.insert(c.local, loc);
            locs.push(loc);
        }
        self.capture_locs.insert(f, locs);
        out
    }

    /// How closure `f`, whose funcval flows to `k`, captures its variables (gc's
    /// `flowClosure`): by value when the variable is never reassigned after the capture nor
    /// has its address taken, and is at most 128 bytes; otherwise by reference, and the
    /// funcval holds its address.
    fn flow_closure(&mut self, k: Hole, f: FuncId) {
        let func = &self.program.funcs[f.index()];
        let locs = self.capture_locs.get(&f).cloned().unwrap_or_default();
        let mut by_ref = Vec::new();
        for (c, loc) in func.captures.iter().zip(locs) {
            let ty = func.local(c.local).ty;
            let l = &self.locs[loc];
            let size = self.types().size_of(ty);
            let by_value = !l.addrtaken && !l.reassigned && size <= 128;
            by_ref.push(!by_value);
            if self.explain {
                self.explain_capture(f, c.local, loc, by_value, size);
            }
            // The closure's first use of the variable (gc's closure variable).
            let used = self
                .explain
                .then(|| first_use(&func.body, c.local))
                .flatten();
            let k = match (by_value, used) {
                (true, _) => k,
                (false, Some(at)) => self.addr_note(k, at, "reference"),
                (false, None) => k.addr(),
            };
            let k = match used {
                Some(at) => self.note(k, at, "captured by a closure"),
                None => k,
            };
            self.flow(k, loc);
        }
        self.by_ref.push((f, by_ref));
    }
}
