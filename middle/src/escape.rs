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

use std::collections::HashMap;

use frontend::diag::Diagnostic;
use frontend::source::Span;
use frontend::types::{BasicKind, Type, TypeId, Types};

use crate::ir::*;
use crate::lower::{site_kind, Notes, Site, SiteKey, SiteKind};

/// gc's `ir.MaxStackVarSize`: larger variables are always on the heap.
const MAX_STACK_VAR_SIZE: u64 = 128 * 1024;
/// gc's `ir.MaxImplicitStackVarSize`: larger `new`/`&T{}`/`make` results are on the heap.
const MAX_IMPLICIT_STACK_VAR_SIZE: u64 = 64 * 1024;
/// Size of the stack buffer gc gives non-escaping variable-size `make`s and appends
/// (`base.Debug.VariableMakeThreshold`).
const SMALL_BUF: u64 = 32;
/// gc records flows to at most this many results in a parameter tag.
const NUM_ESC_RESULTS: usize = 7;

/// Runs escape analysis on the whole program, applies its decisions, and returns gc's `-m`
/// remarks in gc's order.
pub fn analyze(program: &mut Program, notes: &Notes) -> Vec<Diagnostic> {
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
    for (i, d) in decisions.into_iter().enumerate() {
        rewrite(program, FuncId(i as u32), d);
    }
    remarks
}

// ----- parameter tags -----

/// gc's `leaks`: for a parameter, the fewest dereferences with which its value reaches the
/// heap, the mutator, and each of the first results (-1: never).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
struct Leaks([i32; 2 + NUM_ESC_RESULTS]);

impl Leaks {
    fn none() -> Leaks {
        Leaks([-1; 2 + NUM_ESC_RESULTS])
    }
    fn heap(&self) -> i32 {
        self.0[0]
    }
    fn mutator(&self) -> i32 {
        self.0[1]
    }
    fn result(&self, i: usize) -> i32 {
        self.0[2 + i]
    }
    fn add(&mut self, i: usize, derefs: i32) {
        let old = self.0[i];
        if old < 0 || derefs < old {
            self.0[i] = derefs;
        }
    }
    fn add_heap(&mut self, derefs: i32) {
        self.add(0, derefs)
    }
    fn add_mutator(&mut self, derefs: i32) {
        self.add(1, derefs)
    }
    fn add_result(&mut self, i: usize, derefs: i32) {
        self.add(2 + i, derefs)
    }
    /// Drops result flows no shorter than the heap flow (they add nothing).
    fn optimize(&mut self) {
        let h = self.heap();
        if h >= 0 {
            for i in 0..NUM_ESC_RESULTS {
                if self.result(i) >= h {
                    self.0[2 + i] = -1;
                }
            }
        }
    }
}

// ----- call graph -----

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
                if let ExprKind::Call(c, _) = &e.kind {
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

// ----- locations and holes -----

type LocId = usize;

/// What a location stands for (gc's `location.n`).
#[derive(Clone, Debug)]
enum LocKind {
    Heap,
    Blank,
    Mutator,
    /// A local of a function (parameter copies share their parameter's location).
    Var,
    /// A function's result, by index (gc's result parameters).
    Result(usize),
    /// An allocating expression, or the implicit interface conversion of a `panic` argument.
    Site,
    /// A temporary of the analysis (`teeHole`).
    Temp,
}

struct Loc {
    kind: LocKind,
    edges: Vec<Edge>,
    loop_depth: i32,
    escapes: bool,
    mutates: bool,
    /// An allocation too large for a frame that escape analysis itself lets stay (a slice
    /// literal's array): placed on the heap, but reported as its flows decide.
    heap_placed: bool,
    /// For parameters: what they leak to.
    param_esc: Leaks,
    is_param: bool,
    is_result: bool,
    func: Option<FuncId>,
    // Walk state.
    derefs: i32,
    walkgen: u32,
    queued: bool,
}

#[derive(Copy, Clone)]
struct Edge {
    src: LocId,
    derefs: i32,
}

/// A context an expression's value flows into: `dst = *…*value` with `derefs` stars (or
/// `&value` for -1).
#[derive(Copy, Clone, Debug)]
struct Hole {
    dst: LocId,
    derefs: i32,
}

impl Hole {
    fn shift(self, delta: i32) -> Hole {
        Hole {
            dst: self.dst,
            derefs: self.derefs + delta,
        }
    }
    fn deref(self) -> Hole {
        self.shift(1)
    }
    fn addr(self) -> Hole {
        self.shift(-1)
    }
}

const HEAP: LocId = 0;
const BLANK: LocId = 1;
const MUTATOR: LocId = 2;

/// Per-function results: which sites (by ordinal) escape, and static sizes of `make`s.
#[derive(Default)]
struct FuncDecisions {
    /// Site ordinal → escapes.
    sites: HashMap<usize, SiteDecision>,
    /// Locals that must be on the heap.
    heap_locals: Vec<LocalId>,
    /// Address-taken locals that may stay in the frame.
    stack_locals: Vec<LocalId>,
}

#[derive(Copy, Clone, Debug)]
struct SiteDecision {
    escapes: bool,
    /// For `make`: the constant size gc proved (of cap, or of len without cap).
    static_size: Option<i64>,
    /// For `[]byte(s)`: never mutated (gc shares the string's bytes).
    zero_copy: bool,
}

struct Batch<'p> {
    program: &'p Program,
    notes: &'p Notes,
    tags: &'p [Option<Vec<Leaks>>],
    locs: Vec<Loc>,
    /// Locations of locals, per function of the batch.
    vars: HashMap<(FuncId, LocalId), LocId>,
    results: HashMap<(FuncId, usize), LocId>,
    /// Order of site locations as created (for remarks), with the site's key.
    sites: Vec<(LocId, FuncId, usize, Option<SiteKey>)>,

    in_batch: Vec<FuncId>,
    // Per-function walk state.
    func: FuncId,
    loop_depth: i32,
    ordinals: HashMap<*const Expr, usize>,
    /// Temporaries holding a fresh allocation (`var .t *T = new(T)`): stores through them
    /// initialise that allocation (gc's `&T{...}`), they do not go to the heap.
    alloc_temps: HashMap<LocalId, LocId>,
    /// Sizes of `make`s proved constant, by function and site ordinal.
    static_sizes: HashMap<(FuncId, usize), StaticSize>,
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
            ordinals: HashMap::new(),
            alloc_temps: HashMap::new(),
            static_sizes: HashMap::new(),
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

    fn new_loc(&mut self, kind: LocKind, func: Option<FuncId>, depth: i32) -> LocId {
        self.locs.push(Loc {
            kind,
            edges: Vec::new(),
            loop_depth: depth,
            escapes: false,
            mutates: false,
            heap_placed: false,
            param_esc: Leaks::none(),
            is_param: false,
            is_result: false,
            func,
            derefs: 0,
            walkgen: 0,
            queued: false,
        });
        self.locs.len() - 1
    }

    fn hole(&self, loc: LocId) -> Hole {
        Hole {
            dst: loc,
            derefs: 0,
        }
    }

    fn var(&self, l: LocalId) -> LocId {
        self.vars.get(&(self.func, l)).copied().unwrap_or(BLANK)
    }

    fn flow(&mut self, k: Hole, src: LocId) {
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
            return;
        }
        self.locs[dst].edges.push(Edge {
            src,
            derefs: k.derefs,
        });
    }

    /// A new location that flows into each of `ks` (gc's `teeHole`).
    fn tee(&mut self, ks: &[Hole]) -> Hole {
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

    /// Allocates the location of an allocating expression, flows its address to `k`, and
    /// returns the hole for values stored in it.
    fn spill(&mut self, k: Hole, e: &Expr) -> Hole {
        let ord = self
            .ordinals
            .get(&(e as *const Expr))
            .copied()
            .unwrap_or(usize::MAX);
        let loc = self.new_loc(LocKind::Site, Some(self.func), self.loop_depth);
        let key = self.site_key(e);
        self.sites.push((loc, self.func, ord, key));
        self.flow(k.addr(), loc);
        self.hole(loc)
    }

    // ----- building the graph -----

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
            self.ordinals = number_sites(&self.program.funcs[f.index()]);
            self.alloc_temps.clear();
            let body = &self.program.funcs[f.index()].body;
            self.block(body);
        }
    }

    fn block(&mut self, b: &'p [Stmt]) {
        let depth = self.loop_depth;
        for s in b {
            self.stmt(s);
        }
        self.loop_depth = depth;
    }

    fn stmt(&mut self, s: &'p Stmt) {
        match &s.kind {
            StmtKind::Decl(l) => {
                let loc = self.var(*l);
                if loc != BLANK {
                    self.locs[loc].loop_depth = self.loop_depth;
                }
            }
            StmtKind::Assign(p, e) => {
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
            StmtKind::AssignMulti(ps, e) => {
                let ks: Vec<Hole> = ps
                    .iter()
                    .map(|p| match p {
                        Some(p) => self.addr_hole(p),
                        None => self.hole(BLANK),
                    })
                    .collect();
                match &e.kind {
                    ExprKind::Call(..) | ExprKind::CallExtern(..) => self.call(Some(&ks), e),
                    // `v, ok = x.(T)`: the value goes to the first destination.
                    ExprKind::AssertConcrete { .. } | ExprKind::AssertIface { .. } => {
                        let k = ks.first().cloned().unwrap_or_else(|| self.hole(BLANK));
                        self.expr(k, e)
                    }
                    _ => self.discard(e),
                }
            }
            StmtKind::Expr(e) => match &e.kind {
                ExprKind::Call(..) | ExprKind::CallExtern(..) => self.call(None, e),
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
                    self.expr(k, e);
                }
            }
            StmtKind::Panic(v) => {
                let key = SiteKey::new(SiteKind::PanicArg, s.span);
                if self.notes.sites.contains_key(&key) {
                    // The conversion to interface{} copies the value to memory that the
                    // panic keeps.
                    let loc = self.new_loc(LocKind::Site, Some(self.func), self.loop_depth);
                    self.sites.push((loc, self.func, usize::MAX, Some(key)));
                    self.flow(self.hole(HEAP).addr(), loc);
                    self.expr(self.hole(loc), v);
                } else {
                    self.expr(self.hole(HEAP), v);
                }
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

    /// Forces allocations too large for a frame to the heap (gc's `HeapAllocReason`).
    fn size_limit(&mut self, e: &Expr, loc: LocId) {
        let types = self.types();
        let too_big = match &e.kind {
            ExprKind::New => match types.under(e.ty) {
                Type::Pointer(t) => types.size_of(*t) > MAX_IMPLICIT_STACK_VAR_SIZE,
                _ => false,
            },
            _ => false,
        };
        let slice_lit = self
            .notes
            .sites
            .get(&SiteKey::new(SiteKind::New, e.span))
            .is_some_and(|s| s.slice_lit);
        if too_big && slice_lit {
            self.locs[loc].heap_placed = true;
        } else if too_big {
            self.locs[loc].escapes = true;
            self.locs[loc].mutates = true;
        }
    }

    /// `p.f = p.g` and `p.buf = p.buf[i:j]` (p a pointer variable) store nothing new into
    /// `*p` (gc's `isSelfAssign`).
    fn is_self_assign(&self, p: &Place, e: &Expr) -> bool {
        /// The pointer variable `x` of `*x` or `x.f` (x a pointer).
        fn through(p: &Place) -> Option<LocalId> {
            let p = match p {
                Place::Field(inner, _) => inner,
                p => p,
            };
            match p {
                Place::Deref(x) => match &x.kind {
                    ExprKind::Load(Place::Local(l)) => Some(*l),
                    _ => None,
                },
                _ => None,
            }
        }
        let Some(dst) = through(p) else {
            return false;
        };
        match &e.kind {
            ExprKind::Slice { x, .. } => {
                matches!(&x.kind, ExprKind::Load(src) if through(src) == Some(dst))
            }
            ExprKind::Load(src @ Place::Field(..)) => {
                matches!(p, Place::Field(..)) && through(src) == Some(dst)
            }
            _ => false,
        }
    }

    /// The hole for storing into a place (gc's `addr`).
    fn addr_hole(&mut self, p: &'p Place) -> Hole {
        match p {
            Place::Local(l) => self.hole(self.var(*l)),
            Place::Global(_) => self.hole(HEAP),
            Place::Field(inner, _) => self.addr_hole(inner),
            Place::Index(inner, i) => {
                self.discard(i);
                self.addr_hole(inner)
            }
            Place::Deref(x) => {
                if let ExprKind::Load(Place::Local(t)) = &x.kind {
                    if let Some(&site) = self.alloc_temps.get(t) {
                        return self.hole(site);
                    }
                }
                self.mutate(x);
                self.hole(HEAP)
            }
            Place::SliceElem(s, i) => {
                self.discard(i);
                self.mutate(s);
                self.hole(HEAP)
            }
        }
    }

    fn mutate(&mut self, e: &'p Expr) {
        self.expr(self.hole(MUTATOR), e);
    }

    fn discard(&mut self, e: &'p Expr) {
        self.expr(self.hole(BLANK), e);
    }

    fn has_pointers(&self, t: TypeId) -> bool {
        match self.types().get(t) {
            Type::Tuple(_) => true,
            _ => self.types().has_pointers(t),
        }
    }

    /// The value of `e` flows into `k`.
    fn expr(&mut self, mut k: Hole, e: &'p Expr) {
        if k.derefs >= 0 && !self.has_pointers(e.ty) {
            k.dst = BLANK;
        }
        match &e.kind {
            ExprKind::Const(_) | ExprKind::Zero => {}
            ExprKind::Load(p) => self.load(k, p),
            ExprKind::Addr(p) => self.addr_of(k, p),
            ExprKind::FieldOf(x, _) => self.expr(k, x),
            ExprKind::IndexOf(x, i) => {
                self.expr(k, x);
                self.discard(i);
            }
            ExprKind::Unary(_, x) => self.discard(x),
            ExprKind::Binary(_, a, b) => {
                self.discard(a);
                self.discard(b);
            }
            ExprKind::Convert(x) => self.expr(k, x),
            ExprKind::StringFromBytes(x)
            | ExprKind::BytesFromString(x)
            | ExprKind::StringFromRune(x)
            | ExprKind::StringFromRunes(x)
            | ExprKind::RunesFromString(x) => {
                if self.is_site(e) {
                    self.spill(k, e);
                }
                self.discard(x);
            }
            ExprKind::Concat(parts) => {
                if self.is_site(e) {
                    self.spill(k, e);
                }
                for p in parts {
                    self.discard(p);
                }
            }
            ExprKind::DecodeRune(a, b) => {
                self.discard(a);
                self.discard(b);
            }
            ExprKind::Call(..) | ExprKind::CallExtern(..) => self.call(Some(&[k]), e),
            ExprKind::Len(x) | ExprKind::Cap(x) => self.discard(x),
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr(k, x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.discard(b);
                }
            }
            ExprKind::New => {
                let site = self.spill(k, e);
                self.size_limit(e, site.dst);
            }
            ExprKind::MakeSlice { len, cap } => {
                let site = self.spill(k, e);
                self.make_size(e, site.dst, len, cap.as_deref());
                self.discard(len);
                if let Some(c) = cap {
                    self.discard(c);
                }
            }
            ExprKind::Composite(items) => {
                for (_, v) in items {
                    self.expr(k, v);
                }
            }
            ExprKind::Append(s, elems) => {
                let elem_ptrs = self.elem_has_pointers(s.ty);
                self.appendee(k, s, elem_ptrs);
                for el in elems {
                    self.expr(self.hole(HEAP), el);
                }
                self.append_store(k, e);
            }
            ExprKind::AppendSlice(s, t) => {
                let elem_ptrs = self.elem_has_pointers(s.ty);
                self.appendee(k, s, elem_ptrs);
                let appended = if self.elem_has_pointers(t.ty) {
                    self.hole(HEAP).deref()
                } else {
                    self.hole(BLANK)
                };
                self.expr(appended, t);
                self.append_store(k, e);
            }
            ExprKind::Copy(a, b) => {
                self.mutate(a);
                let copied = if self.elem_has_pointers(b.ty) {
                    self.hole(HEAP).deref()
                } else {
                    self.hole(BLANK)
                };
                self.expr(copied, b);
            }
            // A value that is not pointer-shaped is copied to memory the data word points
            // to (gc's OCONVIFACE spill): that copy is an allocation site.
            ExprKind::MakeIface { value, data } => {
                if matches!(data, DataWord::Direct | DataWord::Global(_)) {
                    self.expr(k, value);
                } else {
                    let site = self.spill(k, e);
                    self.expr(site, value);
                }
            }
            ExprKind::IfaceToEface(x)
            | ExprKind::IfaceToIface(x)
            | ExprKind::AssertIface { x, .. } => self.expr(k, x),
            // gc's dotType: a value that is not pointer-shaped is loaded through the data
            // word, so what flows is what the interface points to.
            ExprKind::AssertConcrete { x, .. } => {
                let t = match self.types().get(e.ty) {
                    Type::Tuple(ts) => ts.first().copied().unwrap_or(e.ty),
                    _ => e.ty,
                };
                if self.types().size_of(t) == 8 && self.types().ptr_bytes(t) == 8 {
                    self.expr(k, x)
                } else {
                    self.expr(k.deref(), x)
                }
            }
            ExprKind::CallIface { recv, args, .. } => {
                self.expr(self.hole(HEAP), recv);
                for a in args {
                    self.expr(self.hole(HEAP), a);
                }
            }
        }
    }

    fn is_site(&self, e: &Expr) -> bool {
        self.site_key(e)
            .is_some_and(|key| self.notes.sites.contains_key(&key))
    }

    /// The key of the site an allocating expression is: its kind and position, and for the
    /// conversion of a temporary gc names, that temporary.
    fn site_key(&self, e: &Expr) -> Option<SiteKey> {
        let kind = site_kind(&e.kind)?;
        if let ExprKind::MakeIface { value, .. } = &e.kind {
            if let ExprKind::Load(Place::Local(t)) = value.kind {
                if self.notes.named_temps.contains(&(self.func, t)) {
                    return Some(SiteKey::of_temp(e.span, t));
                }
            }
        }
        Some(SiteKey::new(kind, e.span))
    }

    fn elem_has_pointers(&self, t: TypeId) -> bool {
        match self.types().under(t) {
            Type::Slice(e) => self.types().has_pointers(*e),
            _ => false,
        }
    }

    /// The slice `append` appends to: it may be the result, it is mutated, and its elements
    /// may be copied to a new heap array.
    fn appendee(&mut self, k: Hole, s: &'p Expr, elem_ptrs: bool) {
        let mut ks = vec![k, self.hole(MUTATOR)];
        if elem_ptrs {
            ks.push(self.hole(HEAP).deref());
        }
        let tee = self.tee(&ks);
        self.expr(tee, s);
    }

    /// The backing store `append` may allocate; gc treats it as outside any loop, since each
    /// append site uses its stack buffer at most once.
    fn append_store(&mut self, k: Hole, e: &Expr) {
        if !self.is_site(e) {
            return;
        }
        let site = self.spill(k, e);
        self.locs[site.dst].loop_depth = 0;
    }

    /// The value of a place flows into `k`.
    fn load(&mut self, k: Hole, p: &'p Place) {
        match p {
            Place::Local(l) => {
                let loc = self.var(*l);
                self.flow(k, loc);
            }
            Place::Global(_) => {}
            Place::Deref(x) => self.expr(k.deref(), x),
            Place::Field(inner, _) => self.load(k, inner),
            Place::Index(inner, i) => {
                self.load(k, inner);
                self.discard(i);
            }
            Place::SliceElem(s, i) => {
                self.expr(k.deref(), s);
                self.discard(i);
            }
        }
    }

    /// The address of a place flows into `k`.
    fn addr_of(&mut self, k: Hole, p: &'p Place) {
        match p {
            Place::Local(l) => {
                let loc = self.var(*l);
                self.flow(k.addr(), loc);
            }
            Place::Global(_) => {}
            // `&*x` is `x`; `&s[i]` points into what `s` points to.
            Place::Deref(x) => self.expr(k, x),
            Place::SliceElem(s, i) => {
                self.expr(k, s);
                self.discard(i);
            }
            Place::Field(inner, _) => self.addr_of(k, inner),
            Place::Index(inner, i) => {
                self.addr_of(k, inner);
                self.discard(i);
            }
        }
    }

    /// A call: arguments flow as the callee's parameter tags say; `ks` receive the results.
    fn call(&mut self, ks: Option<&[Hole]>, e: &'p Expr) {
        match &e.kind {
            ExprKind::Call(f, args) => {
                if self.in_batch.contains(f) {
                    // Mutually recursive: connect to the callee's own locations.
                    if let Some(ks) = ks {
                        for (i, &k) in ks.iter().enumerate() {
                            if let Some(&r) = self.results.get(&(*f, i)) {
                                self.flow(k, r);
                            }
                        }
                    }
                    let params = self.program.funcs[f.index()].params.clone();
                    for (i, a) in args.iter().enumerate() {
                        let k = match params.get(i) {
                            Some(p) => match self.vars.get(&(*f, *p)) {
                                Some(&loc) => self.hole(loc),
                                None => self.hole(HEAP),
                            },
                            None => self.hole(HEAP),
                        };
                        self.expr(k, a);
                    }
                    return;
                }
                let tags = self.tags.get(f.index()).and_then(|t| t.clone());
                for (i, a) in args.iter().enumerate() {
                    let leaks = tags
                        .as_ref()
                        .and_then(|t| t.get(i).copied())
                        .unwrap_or_else(|| {
                            let mut l = Leaks::none();
                            l.add_heap(0);
                            l
                        });
                    let k = self.tag_hole(ks, leaks);
                    self.expr(k, a);
                }
            }
            ExprKind::CallExtern(x, args) => {
                let name = self
                    .program
                    .externs
                    .get(x.index())
                    .map(|e| e.name.as_str())
                    .unwrap_or("");
                for a in args {
                    // runtime.ReadMemStats only writes into *m; other runtime functions
                    // are assumed to keep their arguments, as gc assumes for bodyless ones.
                    let k = if name == "runtime.ReadMemStats" {
                        self.hole(MUTATOR)
                    } else {
                        self.hole(HEAP)
                    };
                    self.expr(k, a);
                }
            }
            _ => self.discard(e),
        }
    }

    fn tag_hole(&mut self, ks: Option<&[Hole]>, leaks: Leaks) -> Hole {
        let mut tag_ks = Vec::new();
        if leaks.heap() >= 0 {
            tag_ks.push(self.hole(HEAP).shift(leaks.heap()));
        }
        if leaks.mutator() >= 0 {
            tag_ks.push(self.hole(MUTATOR).shift(leaks.mutator()));
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

    /// A `make` whose size is (or is proved to be) a constant small enough stays in the
    /// frame; one with a variable size may use a small stack buffer.
    fn make_size(&mut self, e: &'p Expr, loc: LocId, len: &'p Expr, cap: Option<&'p Expr>) {
        let r = cap.unwrap_or(len);
        let func = &self.program.funcs[self.func.index()];
        let Some(n) = static_int(func, r, 0) else {
            return;
        };
        if n < 0 {
            return;
        }
        let ord = self
            .ordinals
            .get(&(e as *const Expr))
            .copied()
            .unwrap_or(usize::MAX);
        let ty = match &r.kind {
            ExprKind::Const(_) => None,
            _ => Some(crate::print::type_string(self.types(), r.ty)),
        };
        self.static_sizes
            .insert((self.func, ord), StaticSize { value: n, ty });
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

    // ----- solving -----

    fn walk_all(&mut self) {
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

    // ----- results -----

    fn finish(
        &mut self,
        batch: &[FuncId],
        remarks: &mut Vec<Diagnostic>,
        decisions: &mut [FuncDecisions],
    ) -> Vec<(FuncId, Vec<Leaks>)> {
        let mut tags = Vec::new();
        self.walk_all();
        let program = self.program;
        // Remarks gc prints while walking the batch.
        for &f in batch {
            let fname = program.funcs[f.index()].name.trim_start_matches("main.");
            for (sf, at, text) in &self.notes.self_assigns {
                if *sf == f {
                    remarks.push(Diagnostic::new(
                        *at,
                        format!("{fname} ignoring self-assignment in {text}"),
                    ));
                }
            }
        }
        // Parameter tags (and their remarks), receiver first.
        for &f in batch {
            let func = &program.funcs[f.index()];
            let result_names = result_names(func);
            let mut ftags = Vec::new();
            for &p in &func.params {
                let local = func.local(p);
                let loc = self.vars[&(f, p)];
                let mut esc = self.locs[loc].param_esc;
                if !program.types.has_pointers(local.ty) {
                    // Scalars: gc's empty tag (nothing to track).
                    ftags.push(esc);
                    continue;
                }
                if local.name == "_" {
                    ftags.push(Leaks::none());
                    continue;
                }
                esc.optimize();
                ftags.push(esc);
                // gc is silent about its generated wrappers.
                if !self.locs[loc].escapes && !func.autogenerated {
                    report_leaks(remarks, local.span, &local.name, esc, &result_names);
                }
            }
            tags.push((f, ftags));
        }
        // Variables, in declaration order, then allocations, in the order met.
        for &f in batch {
            let func = &program.funcs[f.index()];
            let copies: Vec<LocalId> = self
                .notes
                .param_copies
                .iter()
                .filter(|(pf, _, _)| *pf == f)
                .map(|&(_, _, c)| c)
                .collect();
            for (i, local) in func.locals.iter().enumerate() {
                let id = LocalId(i as u32);
                let loc = self.vars[&(f, id)];
                let escapes = self.locs[loc].escapes;
                let is_copy = copies.contains(&id);
                if local.kind == LocalKind::Param {
                    // The parameter's own storage is never moved; its copy is.
                    if escapes {
                        remarks.push(Diagnostic::new(
                            local.span,
                            format!("moved to heap: {}", local.name),
                        ));
                    }
                    continue;
                }
                if escapes {
                    decisions[f.index()].heap_locals.push(id);
                    if local.kind != LocalKind::Temp && !is_copy {
                        remarks.push(Diagnostic::new(
                            local.span,
                            format!("moved to heap: {}", local.name),
                        ));
                    }
                } else if local.addr_taken {
                    decisions[f.index()].stack_locals.push(id);
                }
            }
        }
        // Site remarks go out in gc's walk order, which is source order within a function
        // (`Site::walk_key`), while lowering hoists allocations and calls out of the
        // statement they belong to. Package initialisation keeps its dependency order.
        let mut site_remarks: Vec<(usize, (u32, u32, u8), Vec<Diagnostic>)> = Vec::new();
        let mut func_order: Vec<FuncId> = Vec::new();
        for &(loc, f, ord, key) in &self.sites {
            let escapes = self.locs[loc].escapes;
            let static_size = self.static_sizes.get(&(f, ord)).cloned();
            let zero_copy = matches!(key, Some(k) if k.kind == SiteKind::BytesFromString)
                && !escapes
                && !self.locs[loc].mutates;
            if ord != usize::MAX {
                decisions[f.index()].sites.insert(
                    ord,
                    SiteDecision {
                        escapes: escapes || self.locs[loc].heap_placed,
                        static_size: static_size.as_ref().map(|s| s.value),
                        zero_copy,
                    },
                );
            }
            let Some(key) = key else { continue };
            let Some(site) = self.notes.sites.get(&key) else {
                continue;
            };
            if Some(f) == program.init && self.notes.static_init_sites.contains(&key) {
                // Package-level `&T{…}` and slice literals are static data in gc.
                continue;
            }
            let span = site.at;
            let text = site_text(site, static_size);
            let message = match (key.kind, escapes) {
                (SiteKind::Append, true) => "append escapes to heap".to_string(),
                (SiteKind::Append, false) => "append does not escape".to_string(),
                (_, true) => format!("{text} escapes to heap"),
                (_, false) => format!("{text} does not escape"),
            };
            let mut group = vec![Diagnostic::new(span, message)];
            if zero_copy {
                group.push(Diagnostic::new(span, "zero-copy string->[]byte conversion"));
            }
            let fi = match func_order.iter().position(|&x| x == f) {
                Some(i) => i,
                None => {
                    func_order.push(f);
                    func_order.len() - 1
                }
            };
            let mut walk = site.walk_key(key.kind);
            if Some(f) == program.init {
                // By initialiser in initialisation order, then as in a function.
                let at = site.at;
                let init = self
                    .notes
                    .init_exprs
                    .iter()
                    .position(|s| s.file == at.file && s.lo <= at.lo && at.lo <= s.hi);
                walk.0 = init.map_or(u32::MAX, |i| i as u32);
            }
            site_remarks.push((fi, walk, group));
        }
        site_remarks.sort_by_key(|(fi, walk, _)| (*fi, *walk));
        remarks.extend(site_remarks.into_iter().flat_map(|(_, _, g)| g));
        tags
    }
}

/// gc's name for a site; a `make` size it proved constant prints as that constant.
fn site_text(site: &Site, static_size: Option<StaticSize>) -> String {
    match (&site.make, static_size) {
        (
            Some(m),
            Some(StaticSize {
                value,
                ty: Some(ty),
            }),
        ) => {
            let lit = if ty == "int" {
                value.to_string()
            } else {
                format!("{ty}({value})")
            };
            match &m.cap {
                Some(_) => format!("make({}, {}, {})", m.ty, m.len, lit),
                None => format!("make({}, {})", m.ty, lit),
            }
        }
        _ => site.text.clone(),
    }
}

/// A `make` size known at compile time.
#[derive(Clone, Debug)]
struct StaticSize {
    value: i64,
    /// The type of the replaced operand when gc replaced a variable by the constant (None
    /// when the operand was a constant already).
    ty: Option<String>,
}

/// Result names as gc prints them: the named results, or `~r0`, `~r1`, ….
fn result_names(func: &Func) -> Vec<String> {
    let named: Vec<&Local> = func
        .locals
        .iter()
        .filter(|l| l.kind == LocalKind::Result)
        .collect();
    (0..func.results.len())
        .map(|i| match named.get(i) {
            Some(l) if l.name != "_" => l.name.clone(),
            _ => format!("~r{i}"),
        })
        .collect()
}

fn report_leaks(
    remarks: &mut Vec<Diagnostic>,
    span: Span,
    name: &str,
    esc: Leaks,
    results: &[String],
) {
    let mut warned = false;
    let h = esc.heap();
    if h >= 0 {
        let msg = if h == 0 {
            format!("leaking param: {name}")
        } else {
            format!("leaking param content: {name}")
        };
        remarks.push(Diagnostic::new(span, msg));
        warned = true;
    }
    for (i, r) in results.iter().enumerate().take(NUM_ESC_RESULTS) {
        let x = esc.result(i);
        if x >= 0 {
            remarks.push(Diagnostic::new(
                span,
                format!("leaking param: {name} to result {r} level={x}"),
            ));
            warned = true;
        }
    }
    if !warned {
        remarks.push(Diagnostic::new(span, format!("{name} does not escape")));
    }
}

/// The value of an integer expression when it is a constant or a variable assigned once, from
/// a constant, and never address-taken (gc's `ir.ReassignOracle.StaticValue`).
fn static_int(func: &Func, e: &Expr, depth: u32) -> Option<i64> {
    if depth > 8 {
        return None;
    }
    match &e.kind {
        ExprKind::Const(Const::Int(n)) => Some(*n),
        ExprKind::Load(Place::Local(l)) => {
            let local = func.local(*l);
            if local.addr_taken || local.kind == LocalKind::Param {
                return None;
            }
            let mut value = None;
            let mut count = 0;
            walk_stmts(&func.body, &mut |s| match &s.kind {
                StmtKind::Assign(Place::Local(x), v) if x == l => {
                    count += 1;
                    value = Some(v.clone());
                }
                StmtKind::AssignMulti(ps, _)
                    if ps
                        .iter()
                        .any(|p| matches!(p, Some(Place::Local(x)) if x == l)) =>
                {
                    count += 2;
                }
                _ => {}
            });
            if count != 1 {
                return None;
            }
            static_int(func, &value?, depth + 1)
        }
        _ => None,
    }
}

// ----- traversals -----

/// Ordinals of a function's allocating expressions, in `ir::walk_exprs` order.
fn number_sites(func: &Func) -> HashMap<*const Expr, usize> {
    let mut map = HashMap::new();
    let mut n = 0;
    walk_exprs(&func.body, &mut |e| {
        if site_kind(&e.kind).is_some() {
            map.insert(e as *const Expr, n);
            n += 1;
        }
    });
    map
}

// ----- applying the decisions -----

fn rewrite(program: &mut Program, f: FuncId, d: FuncDecisions) {
    let types = &mut program.types;
    let externs = &mut program.externs;
    let func = &mut program.funcs[f.index()];
    for &l in &d.heap_locals {
        let local = &mut func.locals[l.index()];
        local.heap = true;
        local.addr_taken = true;
    }
    for &l in &d.stack_locals {
        func.locals[l.index()].heap = false;
    }
    let mut body = std::mem::take(&mut func.body);
    let mut rw = Rewriter {
        types,
        externs,
        locals: &mut func.locals,
        decisions: &d,
        next: 0,
        ntemps: 0,
        prologue: Vec::new(),
    };
    rw.ntemps = rw
        .locals
        .iter()
        .filter(|l| l.kind == LocalKind::Temp)
        .count() as u32;
    rw.block(&mut body);
    let mut prologue = std::mem::take(&mut rw.prologue);
    prologue.extend(body);
    func.body = prologue;
}

struct Rewriter<'a> {
    types: &'a mut Types,
    externs: &'a mut Vec<Extern>,
    locals: &'a mut Vec<Local>,
    decisions: &'a FuncDecisions,
    /// Ordinal of the next site met (same order as `for_each_expr`).
    next: usize,
    ntemps: u32,
    /// Statements for the start of the function (append buffers and their flags).
    prologue: Block,
}

impl Rewriter<'_> {
    fn temp(&mut self, ty: TypeId, span: Span, addr_taken: bool) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(Local {
            name: format!(".t{}", self.ntemps),
            ty,
            kind: LocalKind::Temp,
            span,
            addr_taken,
            heap: false,
        });
        self.ntemps += 1;
        id
    }

    fn block(&mut self, b: &mut Block) {
        let old = std::mem::take(b);
        for mut s in old {
            let mut pre = Vec::new();
            self.stmt(&mut s, &mut pre);
            b.extend(pre);
            b.push(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt, pre: &mut Block) {
        match &mut s.kind {
            StmtKind::Decl(_) | StmtKind::Break(_) | StmtKind::Continue(_) => {}
            StmtKind::Assign(p, e) => {
                self.place(p, pre, true);
                if let (Place::Local(_), ExprKind::New) = (&*p, &e.kind) {
                    // `var .t *T = new(T)` → `var .o T; .t = &.o` when it stays in the frame.
                    let ord = self.next;
                    self.next += 1;
                    if self.decisions.sites.get(&ord).is_some_and(|d| !d.escapes) {
                        if let Type::Pointer(elem) = self.types.under(e.ty).clone() {
                            let obj = self.temp(elem, e.span, true);
                            pre.push(Stmt::new(StmtKind::Decl(obj), e.span));
                            e.kind = ExprKind::Addr(Place::Local(obj));
                        }
                    }
                    return;
                }
                self.expr(e, pre, true);
            }
            StmtKind::AssignMulti(ps, e) => {
                for p in ps.iter_mut().flatten() {
                    self.place(p, pre, true);
                }
                self.expr(e, pre, true);
            }
            StmtKind::Expr(e) | StmtKind::Panic(e) => self.expr(e, pre, true),
            StmtKind::If { cond, then, els } => {
                self.expr(cond, pre, true);
                self.block(then);
                self.block(els);
            }
            StmtKind::Loop {
                cond, body, post, ..
            } => {
                if let Some(c) = cond {
                    self.expr(c, pre, false);
                }
                self.block(body);
                self.block(post);
            }
            StmtKind::Switch { clauses, .. } => {
                for c in clauses {
                    for e in &mut c.conds {
                        self.expr(e, pre, false);
                    }
                    self.block(&mut c.body);
                }
            }
            StmtKind::Return(es) | StmtKind::Print { args: es, .. } => {
                for e in es {
                    self.expr(e, pre, true);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::TypeSwitch { x, clauses, .. } => {
                self.expr(x, pre, true);
                for c in clauses {
                    self.block(&mut c.body);
                }
            }
        }
    }

    fn place(&mut self, p: &mut Place, pre: &mut Block, ok: bool) {
        match p {
            Place::Local(_) | Place::Global(_) => {}
            Place::Deref(e) => self.expr(e, pre, ok),
            Place::Field(p, _) => self.place(p, pre, ok),
            Place::Index(p, i) => {
                self.place(p, pre, ok);
                self.expr(i, pre, ok);
            }
            Place::SliceElem(s, i) => {
                self.expr(s, pre, ok);
                self.expr(i, pre, ok);
            }
        }
    }

    /// Visits `e` (same order as `ir::walk_expr`); `ok` says whether statements may be put before
    /// the current statement for it (not in loop or case conditions, nor under `&&`/`||`).
    fn expr(&mut self, e: &mut Expr, pre: &mut Block, ok: bool) {
        let ord = if site_kind(&e.kind).is_some() {
            let o = self.next;
            self.next += 1;
            Some(o)
        } else {
            None
        };
        // Children first visit order must match `ir::walk_expr`: the node, then its children.
        let short_circuit = matches!(
            e.kind,
            ExprKind::Binary(ast_op, ..) if matches!(ast_op, BinOp::LogAnd | BinOp::LogOr)
        );
        match &mut e.kind {
            ExprKind::Const(_) | ExprKind::Zero | ExprKind::New => {}
            ExprKind::Load(p) | ExprKind::Addr(p) => self.place(p, pre, ok),
            ExprKind::FieldOf(x, _)
            | ExprKind::Unary(_, x)
            | ExprKind::Convert(x)
            | ExprKind::StringFromBytes(x)
            | ExprKind::BytesFromString(x)
            | ExprKind::StringFromRune(x)
            | ExprKind::StringFromRunes(x)
            | ExprKind::RunesFromString(x)
            | ExprKind::Len(x)
            | ExprKind::Cap(x) => self.expr(x, pre, ok),
            ExprKind::IndexOf(a, b)
            | ExprKind::Binary(_, a, b)
            | ExprKind::DecodeRune(a, b)
            | ExprKind::AppendSlice(a, b)
            | ExprKind::Copy(a, b) => {
                self.expr(a, pre, ok);
                self.expr(b, pre, ok && !short_circuit);
            }
            ExprKind::Concat(v) | ExprKind::Call(_, v) | ExprKind::CallExtern(_, v) => {
                for x in v {
                    self.expr(x, pre, ok);
                }
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr(x, pre, ok);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(b, pre, ok);
                }
            }
            ExprKind::MakeSlice { len, cap } => {
                self.expr(len, pre, ok);
                if let Some(c) = cap {
                    self.expr(c, pre, ok);
                }
            }
            ExprKind::Composite(items) => {
                for (_, v) in items {
                    self.expr(v, pre, ok);
                }
            }
            ExprKind::Append(s, elems) => {
                self.expr(s, pre, ok);
                for x in elems {
                    self.expr(x, pre, ok);
                }
            }
            ExprKind::MakeIface { value: x, .. }
            | ExprKind::IfaceToEface(x)
            | ExprKind::IfaceToIface(x)
            | ExprKind::AssertConcrete { x, .. }
            | ExprKind::AssertIface { x, .. } => self.expr(x, pre, ok),
            ExprKind::CallIface { recv, args, .. } => {
                self.expr(recv, pre, ok);
                for x in args {
                    self.expr(x, pre, ok);
                }
            }
        }
        let Some(ord) = ord else { return };
        let Some(d) = self.decisions.sites.get(&ord).copied() else {
            return;
        };
        if let ExprKind::MakeIface { value, data } = &mut e.kind {
            // gc's `dataWord`: a non-escaping conversion copies the value to a stack
            // temporary instead of calling the runtime.
            if !d.escapes
                && matches!(data, DataWord::Call(_))
                && self.types.size_of(value.ty) <= 1024
            {
                *data = DataWord::StackTemp;
            }
            return;
        }
        if d.escapes || !ok {
            return;
        }
        match &e.kind {
            ExprKind::MakeSlice { .. } => self.stack_make(e, d, pre),
            ExprKind::Append(..) => self.stack_append(e, pre),
            ExprKind::BytesFromString(_) if d.zero_copy => self.zero_copy(e, pre),
            ExprKind::Concat(_)
            | ExprKind::StringFromBytes(_)
            | ExprKind::BytesFromString(_)
            | ExprKind::StringFromRune(_)
            | ExprKind::StringFromRunes(_)
            | ExprKind::RunesFromString(_) => self.with_buf(e, pre),
            _ => {}
        }
    }

    fn extern_fn(&mut self, name: &str, params: Vec<TypeId>, results: Vec<TypeId>) -> ExternId {
        if let Some(i) = self.externs.iter().position(|x| x.name == name) {
            return ExternId(i as u32);
        }
        self.externs.push(Extern {
            name: name.to_string(),
            params,
            results,
        });
        ExternId(self.externs.len() as u32 - 1)
    }

    /// `var .tN T = e` before the statement; gives `.tN`.
    fn stable_temp(&mut self, e: Expr, addr_taken: bool, pre: &mut Block) -> LocalId {
        let (ty, span) = (e.ty, e.span);
        let t = self.temp(ty, span, addr_taken);
        pre.push(Stmt::new(StmtKind::Decl(t), span));
        pre.push(Stmt::new(StmtKind::Assign(Place::Local(t), e), span));
        t
    }

    /// `*(*T)(unsafe.Pointer(&local))`: the bytes of `local` seen as a `T` (how gc's walk
    /// takes a slice's pointer and length as a string, or builds a slice header).
    fn reinterpret(&mut self, local: LocalId, from: TypeId, to: TypeId, span: Span) -> Expr {
        let unsafe_ptr = self.types.basic(BasicKind::UnsafePointer);
        let pfrom = self.types.pointer(from);
        let pto = self.types.pointer(to);
        let addr = Expr::new(ExprKind::Addr(Place::Local(local)), pfrom, span);
        let raw = Expr::new(ExprKind::Convert(Box::new(addr)), unsafe_ptr, span);
        let typed = Expr::new(ExprKind::Convert(Box::new(raw)), pto, span);
        Expr::new(ExprKind::Load(Place::Deref(Box::new(typed))), to, span)
    }

    /// A non-escaping string conversion or concatenation: the runtime call gets a 32-byte
    /// stack buffer for a short result (gc passes `buf *tmpBuf`):
    ///
    /// ```text
    /// a + b        =>  var .b [32]uint8; runtime.concatstring2(&.b, a, b)
    /// string(bs)   =>  var .b [32]uint8; var .s []uint8 = bs
    ///                  runtime.slicebytetostring(&.b, *(*string)(unsafe.Pointer(&.s)))
    /// ```
    fn with_buf(&mut self, e: &mut Expr, pre: &mut Block) {
        let span = e.span;
        let u8t = self.types.basic(BasicKind::Uint8);
        let i32t = self.types.basic(BasicKind::Int32);
        let string = self.types.basic(BasicKind::String);
        let int = self.types.basic(BasicKind::Int);
        let (buf_elem, buf_len) = match &e.kind {
            ExprKind::RunesFromString(_) => (i32t, SMALL_BUF),
            ExprKind::StringFromRune(_) => (u8t, 4),
            _ => (u8t, SMALL_BUF),
        };
        let buf_ty = self.types.array(buf_len, buf_elem);
        let pbuf = self.types.pointer(buf_ty);
        let buf = self.temp(buf_ty, span, true);
        pre.push(Stmt::new(StmtKind::Decl(buf), span));
        let buf_addr = Expr::new(ExprKind::Addr(Place::Local(buf)), pbuf, span);
        let result = e.ty;
        let kind = std::mem::replace(&mut e.kind, ExprKind::Zero);
        let (name, mut params, args): (String, Vec<TypeId>, Vec<Expr>) = match kind {
            ExprKind::Concat(parts) if parts.len() <= 5 => {
                let n = parts.len();
                (format!("runtime.concatstring{n}"), vec![string; n], parts)
            }
            ExprKind::Concat(parts) => {
                let n = parts.len();
                let arr_ty = self.types.array(n as u64, string);
                let items = parts.into_iter().enumerate().collect();
                let arr = Expr::new(ExprKind::Composite(items), arr_ty, span);
                let arr = self.stable_temp(arr, true, pre);
                let pstr = self.types.pointer(string);
                let zero = Expr::new(ExprKind::Const(Const::Int(0)), int, span);
                let first = Place::Index(Box::new(Place::Local(arr)), Box::new(zero));
                let count = Expr::new(ExprKind::Const(Const::Int(n as i64)), int, span);
                (
                    "runtime.concatstrings".into(),
                    vec![pstr, int],
                    vec![Expr::new(ExprKind::Addr(first), pstr, span), count],
                )
            }
            ExprKind::StringFromBytes(b) => {
                let bty = b.ty;
                let t = self.stable_temp(*b, true, pre);
                let as_string = self.reinterpret(t, bty, string, span);
                (
                    "runtime.slicebytetostring".into(),
                    vec![string],
                    vec![as_string],
                )
            }
            ExprKind::BytesFromString(s) => {
                ("runtime.stringtoslicebyte".into(), vec![string], vec![*s])
            }
            ExprKind::RunesFromString(s) => {
                ("runtime.stringtoslicerune".into(), vec![string], vec![*s])
            }
            ExprKind::StringFromRunes(rs) => {
                let ty = rs.ty;
                ("runtime.slicerunetostring".into(), vec![ty], vec![*rs])
            }
            ExprKind::StringFromRune(r) => {
                let i64t = self.types.basic(BasicKind::Int64);
                let v = if r.ty == i64t {
                    *r
                } else {
                    Expr::new(ExprKind::Convert(r), i64t, span)
                };
                ("runtime.intstring".into(), vec![i64t], vec![v])
            }
            other => {
                e.kind = other;
                return;
            }
        };
        params.insert(0, pbuf);
        // The runtime returns the Go value; for named result types it is the same bits.
        let ret = match &name[..] {
            "runtime.stringtoslicebyte" => self.types.slice(u8t),
            "runtime.stringtoslicerune" => self.types.slice(i32t),
            _ => string,
        };
        let ext = self.extern_fn(&name, params, vec![ret]);
        let mut all = vec![buf_addr];
        all.extend(args);
        let call = Expr::new(ExprKind::CallExtern(ext, all), ret, span);
        *e = if ret == result {
            call
        } else {
            Expr::new(ExprKind::Convert(Box::new(call)), result, span)
        };
    }

    /// A `[]byte(s)` that neither escapes nor is written through shares `s`'s bytes (gc's
    /// zero-copy conversion): a slice header `{ptr(s), len(s), len(s)}`.
    fn zero_copy(&mut self, e: &mut Expr, pre: &mut Block) {
        let ExprKind::BytesFromString(s) = std::mem::replace(&mut e.kind, ExprKind::Zero) else {
            return;
        };
        let span = e.span;
        let string = s.ty;
        let int = self.types.basic(BasicKind::Int);
        let unsafe_ptr = self.types.basic(BasicKind::UnsafePointer);
        let st = self.stable_temp(*s, true, pre);
        let data = self.reinterpret(st, string, unsafe_ptr, span);
        let len = Expr::new(
            ExprKind::Len(Box::new(Expr::new(
                ExprKind::Load(Place::Local(st)),
                string,
                span,
            ))),
            int,
            span,
        );
        let field = |name: &str, ty| frontend::types::StructField {
            name: name.into(),
            ty,
            embedded: false,
            tag: None,
            pkg: Some("main".into()),
        };
        let header = self.types.intern(Type::Struct(vec![
            field("ptr", unsafe_ptr),
            field("len", int),
            field("cap", int),
        ]));
        let value = Expr::new(
            ExprKind::Composite(vec![(0, data), (1, len.clone()), (2, len)]),
            header,
            span,
        );
        let h = self.stable_temp(value, true, pre);
        *e = self.reinterpret(h, header, e.ty, span);
    }

    /// A non-escaping `append(s, x…)` of at most 32 bytes to an empty slice that needs room
    /// uses a stack array, once per function (gc 1.25+):
    ///
    /// ```text
    /// append(s, x)  =>  (at function entry) var .buf [32/size]T; var .used bool
    ///                   var .s []T = s
    ///                   if !.used && len(.s) == 0 && cap(.s) < 1 { .used = true; .s = .buf[:0] }
    ///                   append(.s, x)
    /// ```
    fn stack_append(&mut self, e: &mut Expr, pre: &mut Block) {
        let span = e.span;
        let ExprKind::Append(s, elems) = &mut e.kind else {
            return;
        };
        let Type::Slice(elem) = self.types.under(e.ty).clone() else {
            return;
        };
        let size = self.types.size_of(elem);
        if size == 0 || size > SMALL_BUF {
            return;
        }
        let k = SMALL_BUF / size;
        let n = elems.len() as u64;
        if n > k {
            return;
        }
        let int = self.types.basic(BasicKind::Int);
        let bool_ty = self.types.basic(BasicKind::Bool);
        let arr_ty = self.types.array(k, elem);
        let parr = self.types.pointer(arr_ty);
        let buf = self.temp(arr_ty, span, true);
        let used = self.temp(bool_ty, span, false);
        self.prologue.push(Stmt::new(StmtKind::Decl(buf), span));
        self.prologue.push(Stmt::new(StmtKind::Decl(used), span));
        let sty = s.ty;
        let old = std::mem::replace(&mut **s, Expr::new(ExprKind::Zero, sty, span));
        let st = self.stable_temp(old, false, pre);
        let load = |l: LocalId, ty| Expr::new(ExprKind::Load(Place::Local(l)), ty, span);
        let c = |v: i64| Expr::new(ExprKind::Const(Const::Int(v)), int, span);
        let bin = |op, a: Expr, b: Expr| {
            Expr::new(
                ExprKind::Binary(op, Box::new(a), Box::new(b)),
                bool_ty,
                span,
            )
        };
        let not_used = Expr::new(
            ExprKind::Unary(UnOp::Not, Box::new(load(used, bool_ty))),
            bool_ty,
            span,
        );
        let len0 = bin(
            BinOp::Eq,
            Expr::new(ExprKind::Len(Box::new(load(st, sty))), int, span),
            c(0),
        );
        let no_room = bin(
            BinOp::Lt,
            Expr::new(ExprKind::Cap(Box::new(load(st, sty))), int, span),
            c(n as i64),
        );
        let cond = bin(BinOp::LogAnd, bin(BinOp::LogAnd, not_used, len0), no_room);
        let on_stack = Expr::new(
            ExprKind::Slice {
                x: Box::new(Expr::new(ExprKind::Addr(Place::Local(buf)), parr, span)),
                lo: None,
                hi: Some(Box::new(c(0))),
                max: None,
            },
            sty,
            span,
        );
        let yes = Expr::new(ExprKind::Const(Const::Bool(true)), bool_ty, span);
        pre.push(Stmt::new(
            StmtKind::If {
                cond,
                then: vec![
                    Stmt::new(StmtKind::Assign(Place::Local(used), yes), span),
                    Stmt::new(StmtKind::Assign(Place::Local(st), on_stack), span),
                ],
                els: vec![],
            },
            span,
        ));
        **s = load(st, sty);
    }

    /// A `make` that does not escape: a stack array when its size is a known constant, else
    /// a 32-byte stack buffer when the requested capacity fits (gc 1.25+):
    ///
    /// ```text
    /// make([]T, 10)   =>  var .a [10]T; .a[:10]
    /// make([]T, n)    =>  var .b [32/size]T; var .l int = n
    ///                     var .s []T; if uint(.l) <= 32/size { .s = .b[:.l] } else { .s = make([]T, .l) }
    /// ```
    fn stack_make(&mut self, e: &mut Expr, d: SiteDecision, pre: &mut Block) {
        let ExprKind::MakeSlice { len, cap } = &mut e.kind else {
            return;
        };
        let Type::Slice(elem) = self.types.under(e.ty).clone() else {
            return;
        };
        let span = e.span;
        let elem_size = self.types.size_of(elem);
        let int = self.types.basic(BasicKind::Int);
        if let Some(n) = d.static_size {
            let arr_ty = self.types.array(n as u64, elem);
            let arr = self.temp(arr_ty, span, true);
            pre.push(Stmt::new(StmtKind::Decl(arr), span));
            let base = {
                let p = self.types.pointer(arr_ty);
                Expr::new(ExprKind::Addr(Place::Local(arr)), p, span)
            };
            let hi = std::mem::replace(len, Box::new(Expr::new(ExprKind::Zero, int, span)));
            let max = cap.take();
            // With a capacity the length must still fit it: keep a runtime check by slicing.
            e.kind = ExprKind::Slice {
                x: Box::new(base),
                lo: None,
                hi: Some(hi),
                max,
            };
            return;
        }
        if elem_size == 0 || elem_size > SMALL_BUF {
            return;
        }
        let k = SMALL_BUF / elem_size;
        let uint = self.types.basic(BasicKind::Uint);
        let bool_ty = self.types.basic(BasicKind::Bool);
        let arr_ty = self.types.array(k, elem);
        let buf = self.temp(arr_ty, span, true);
        pre.push(Stmt::new(StmtKind::Decl(buf), span));
        let stable = |rw: &mut Self, x: Box<Expr>, pre: &mut Block| -> Expr {
            let ty = x.ty;
            let t = rw.temp(ty, span, false);
            pre.push(Stmt::new(StmtKind::Decl(t), span));
            pre.push(Stmt::new(StmtKind::Assign(Place::Local(t), *x), span));
            Expr::new(ExprKind::Load(Place::Local(t)), ty, span)
        };
        let l = stable(
            self,
            std::mem::replace(len, Box::new(Expr::new(ExprKind::Zero, int, span))),
            pre,
        );
        let c = cap.take().map(|c| stable(self, c, pre));
        let as_uint = |x: &Expr| Expr::new(ExprKind::Convert(Box::new(x.clone())), uint, span);
        let kconst = Expr::new(ExprKind::Const(Const::Int(k as i64)), uint, span);
        let fits = |a: Expr, b: Expr| {
            Expr::new(
                ExprKind::Binary(BinOp::Le, Box::new(a), Box::new(b)),
                bool_ty,
                span,
            )
        };
        let cond = match &c {
            None => fits(as_uint(&l), kconst),
            Some(c) => Expr::new(
                ExprKind::Binary(
                    BinOp::LogAnd,
                    Box::new(fits(as_uint(c), kconst)),
                    Box::new(fits(as_uint(&l), as_uint(c))),
                ),
                bool_ty,
                span,
            ),
        };
        let result = self.temp(e.ty, span, false);
        pre.push(Stmt::new(StmtKind::Decl(result), span));
        let base = {
            let p = self.types.pointer(arr_ty);
            Expr::new(ExprKind::Addr(Place::Local(buf)), p, span)
        };
        // The capacity is the requested one, not the buffer's.
        let max = c.clone().unwrap_or_else(|| l.clone());
        let on_stack = Expr::new(
            ExprKind::Slice {
                x: Box::new(base),
                lo: None,
                hi: Some(Box::new(l.clone())),
                max: Some(Box::new(max)),
            },
            e.ty,
            span,
        );
        let on_heap = Expr::new(
            ExprKind::MakeSlice {
                len: Box::new(l),
                cap: c.map(Box::new),
            },
            e.ty,
            span,
        );
        pre.push(Stmt::new(
            StmtKind::If {
                cond,
                then: vec![Stmt::new(
                    StmtKind::Assign(Place::Local(result), on_stack),
                    span,
                )],
                els: vec![Stmt::new(
                    StmtKind::Assign(Place::Local(result), on_heap),
                    span,
                )],
            },
            span,
        ));
        *e = Expr::new(ExprKind::Load(Place::Local(result)), e.ty, span);
    }
}
