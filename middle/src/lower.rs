//! Lowering: the checked AST (plus the checker's side tables) becomes the typed IR.
//!
//! This is the analogue of gc's noder + order + the Go-semantic half of walk. What it decides:
//!
//! * **Evaluation order.** Like gc's order pass, every function call inside an expression (and
//!   every builtin call gc orders as one, see [`is_call`]) is hoisted into a temporary before
//!   the statement, in left-to-right order; variables are read
//!   afterwards, when the statement itself runs. So `println(x, g())` where `g` changes `x`
//!   prints the new `x`, exactly as gc does. A call that is the whole right-hand side of an
//!   assignment to a variable, or a whole expression statement, stays in place.
//!
//!   ```text
//!   y := x + f(1)        =>   var .t0 int = main.f(1)
//!                             var y int = x + .t0
//!   ```
//!
//!   Where hoisting would run code that Go evaluates only conditionally (the right operand of
//!   `&&`/`||`, a loop condition, a `case` expression), the lowering builds the condition from
//!   statements instead (`.t = a; if .t { …; .t = b }`).
//! * **Assignment.** `a, b = b, a` first evaluates the index/pointer operands of the left side
//!   and all right-hand values into temporaries, then assigns left to right (Go spec
//!   "Assignment statements"). `x op= y` and `x++` become `x = x op y` with `x`'s operands
//!   evaluated once.
//! * **Implicit operations made explicit**: method calls (receiver `&`/`*`, promotion through
//!   embedded fields), variadic packing, multi-value `f(g())`, named results, per-iteration loop
//!   variables (Go 1.22), range loops as index loops, composite literals, conversions.
//! * **Address-taken locals.** A local whose address is taken is marked `addr_taken` and, until
//!   escape analysis refines it, `heap` (gc would say `moved to heap`).
//!
//! Everything the checker accepted but gocrane cannot lower becomes a [`Diagnostic`]; nothing
//! here panics on user input.
//!
//! Submodules: `expr` (expressions, calls, builtins, conversions, composite literals),
//! `stmt` (statements, assignments, loops, switch, range), `closure` (function literals and
//! their captured variables), `addr_taken` (the pre-pass finding the variables whose address
//! is taken or that a literal captures), `symsize` (gc's limit on the size of a symbol).

mod addr_taken;
mod autotmp;
mod closure;
mod defer;
mod expr;
pub(crate) mod gcfmt;
pub mod gcnodes;
mod iface;
mod maps;
mod methods;
mod rangefunc;
mod self_assign;
mod static_data;
mod stmt;
mod symsize;
mod unsafe_builtins;

use std::collections::{HashMap, HashSet};

use base::diag::Diagnostic;
use base::source::{FileId, Span};
use base::symbols::Symbol;
use base::types::{BasicKind, ObjId, PkgId, Type, TypeId, Types};
use frontend::ast;
use frontend::check::{ExprInfo, Info, Mode, ObjKind, PackageInfo, VarKind};

use crate::ir::*;
use crate::remark::{DevirtualizedCalls, GcText};

/// Lowers a checked package to IR.
pub fn lower(pkg: frontend::check::Package) -> Result<Program, Vec<Diagnostic>> {
    lower_parts(
        pkg.pkg,
        pkg.types,
        &pkg.info,
        &pkg.files,
        pkg.runtime.as_ref(),
        None,
        false,
    )
    .map(|(p, _)| p)
}

/// The functions of the runtime stub `file` with Go bodies that the program can reach, to be
/// compiled with it: those it names (outside the stub); the methods of the stub's types its
/// values can have (a type named by the program or in the signature of what it names, such as
/// `*Func` of `FuncForPC`: their method tables need the code); those the library archive's
/// code calls (`archive_calls`, by link name); with `recover`, the methods of the run-time
/// error types; and, transitively, what their bodies name.
fn runtime_go_code(
    types: &Types,
    info: &Info,
    file: &ast::File,
    recover: bool,
    archive_calls: &[String],
) -> HashSet<ObjId> {
    let is_runtime = |obj: ObjId| types.pkg_path(info.object(obj).pkg) == "runtime";
    let has_body = |obj: ObjId| match &info.object(obj).kind {
        ObjKind::Func(fi) if is_runtime(obj) => fi
            .decl
            .and_then(|(_, decl)| file.decls.get(decl))
            .is_some_and(|d| matches!(d, ast::Decl::Func(fd) if fd.body.is_some())),
        _ => false,
    };
    // The stub is parsed after every other file, its nodes numbered in source order: a
    // function's own nodes lie between its name's id and the next function's.
    let starts: Vec<(u32, ObjId)> = {
        let mut v: Vec<(u32, ObjId)> = file
            .decls
            .iter()
            .filter_map(|d| match d {
                ast::Decl::Func(fd) => info.defs.get(&fd.name.id).map(|&o| (fd.name.id.0, o)),
                _ => None,
            })
            .collect();
        v.sort();
        v
    };
    let stub_first = file.package.id.0;
    let owner = |id: ast::NodeId| -> Option<ObjId> {
        if id.0 < stub_first {
            return None;
        }
        let at = starts.partition_point(|&(start, _)| start <= id.0);
        at.checked_sub(1).map(|i| starts[i].1)
    };
    // Every use of a runtime object, by the stub function it stands in (None: the program's).
    let uses = info.uses.iter().map(|(&id, &obj)| (id, obj)).chain(
        info.selections
            .iter()
            .filter_map(|(&id, s)| s.method.map(|m| (id, m))),
    );
    let mut by_owner: HashMap<Option<ObjId>, Vec<ObjId>> = HashMap::new();
    for (id, obj) in uses.filter(|&(_, obj)| is_runtime(obj)) {
        by_owner.entry(owner(id)).or_default().push(obj);
    }
    // The methods of the runtime's named types in `t` (through pointers, elements, fields and
    // signatures).
    fn methods_in(types: &Types, t: TypeId, seen: &mut HashSet<TypeId>, out: &mut Vec<ObjId>) {
        if !seen.insert(t) {
            return;
        }
        match types.get(t) {
            Type::Named(n) => {
                let named = &types.named[n.0 as usize];
                if types.pkg_path(named.pkg) == "runtime" {
                    out.extend(named.methods.iter().copied());
                    methods_in(types, named.underlying, seen, out);
                }
            }
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(e) => {
                methods_in(types, *e, seen, out)
            }
            Type::Map(k, v) => {
                methods_in(types, *k, seen, out);
                methods_in(types, *v, seen, out);
            }
            Type::Struct(fields) => {
                for f in fields {
                    methods_in(types, f.ty, seen, out);
                }
            }
            Type::Func(sig) => {
                for &p in sig.params.iter().chain(&sig.results) {
                    methods_in(types, p, seen, out);
                }
            }
            Type::Tuple(ts) => {
                for &p in ts {
                    methods_in(types, p, seen, out);
                }
            }
            Type::Basic(_) | Type::Interface(_) => {}
        }
    }
    let mut seen_types = HashSet::new();
    let mut work: Vec<ObjId> = Vec::new();
    let named_by = |at: Option<ObjId>, work: &mut Vec<ObjId>, seen: &mut HashSet<TypeId>| {
        for &obj in by_owner.get(&at).into_iter().flatten() {
            work.push(obj);
            methods_in(types, info.object(obj).ty, seen, work);
        }
    };
    named_by(None, &mut work, &mut seen_types);
    if !archive_calls.is_empty() {
        for (i, o) in info.objects.iter().enumerate() {
            if let ObjKind::Func(fi) = &o.kind {
                let obj = ObjId(i as u32);
                if is_runtime(obj) && archive_calls.contains(&fi.sym.link_name(types)) {
                    // As where the library's code names it: its signature's types' methods.
                    work.push(obj);
                    methods_in(types, o.ty, &mut seen_types, &mut work);
                }
            }
        }
    }
    if recover {
        for named in &types.named {
            let error_type = types.pkg_path(named.pkg) == "runtime"
                && named
                    .methods
                    .iter()
                    .any(|&m| info.object(m).name == "Error");
            if error_type {
                work.extend(named.methods.iter().copied());
            }
        }
    }
    let mut reached = HashSet::new();
    while let Some(obj) = work.pop() {
        if !has_body(obj) || !reached.insert(obj) {
            continue;
        }
        named_by(Some(obj), &mut work, &mut seen_types);
    }
    reached
}

/// An interface method call as the devirtualize pass needs to name it.
#[derive(Clone, Debug)]
pub struct IfaceCall {
    /// gc's text of the selector (`m.Add`), for the remark.
    pub sel: String,
    /// The call's receiver expression, by which the site texts that contain the call know it
    /// (see [`GcText`]).
    pub recv_node: ast::NodeId,
}

/// What lowering knows that later passes need and the IR does not say: how gc names each
/// allocation (for escape analysis' `-m` remarks) and which locals are copies of parameters.
#[derive(Default)]
pub struct Notes {
    /// gc's name for each allocation site that gets a remark.
    pub sites: HashMap<SiteId, Site>,
    /// Address-taken parameters copied into a local that the body uses:
    /// (function, parameter, copy). For gc they are one variable.
    pub param_copies: Vec<(FuncId, LocalId, LocalId)>,
    /// Assignments lowered from `x op= y` (function, statement position): gc's escape
    /// analysis sees an OASOP there, whose operand `y` flows to the heap.
    pub op_assigns: HashSet<(FuncId, Span)>,
    /// Interface method calls, by site: how gc prints them, for the devirtualize pass.
    pub iface_calls: HashMap<SiteId, IfaceCall>,
    /// What the devirtualize pass made of interface calls: the site texts that contain one
    /// print the direct call ([`GcText::render`]).
    pub devirtualized: DevirtualizedCalls,
    /// gc's "ignoring self-assignment" remarks: (function, position of `=`, statement text),
    /// one per self-assigned pair (see `lower::self_assign`).
    pub self_assigns: Vec<(FuncId, Span, String)>,
    /// Temporaries holding the value of a self-assigned pair: escape analysis ignores their
    /// stores.
    pub self_assign_temps: HashSet<(FuncId, LocalId)>,
    /// Temporaries gc names `.autotmp_N` in remarks (see `lower::autotmp`).
    pub named_temps: HashSet<(FuncId, LocalId)>,
    /// Locals declared with a value (`x := e`, `var x = e`, a parameter's copy, a loop
    /// variable's per-iteration copy): the first assignment after the declaration defines
    /// them; any other assignment is a reassignment (gc's `Defn`, for escape analysis's
    /// capture by value or by reference).
    pub defined: HashSet<(FuncId, LocalId)>,
    /// Promoted-method wrappers of declared methods: how gc prints a call devirtualized to
    /// one, the method expression (`Val.Name`) and the embedded fields the receiver goes
    /// through (`.Val`).
    pub promoted_calls: HashMap<FuncId, (String, String)>,
    /// Direct calls of method expressions that name a generated wrapper (`(*T).M` of a value
    /// method, `T.M` of a promoted one), by position: gc analyses such a call without the
    /// wrapper's escape tags, so its arguments leak (as through an unknown func value).
    pub wrapper_expr_calls: HashSet<Span>,
    /// The `&T{…}` and slice literals of package variables' initialisers that gc lays out as
    /// static data (staticinit): the whole initialiser, and the literals nested in it through
    /// composite literals only. They allocate nothing and get no remark; the same literals
    /// inside a call or an operation do.
    pub static_init_sites: HashSet<SiteId>,
    /// The initialisers of package variables in the order `main.init` runs them: escape
    /// analysis reports an initialiser's sites in source order within it (as within a
    /// function), the initialisers in this order.
    pub init_exprs: Vec<Span>,
    /// With `-m=2`: gc's text and position of the statements and expressions of the
    /// program's functions, by span (see `gcnodes`).
    pub gc_nodes: gcnodes::GcNodes,
    /// With `-m=2`: the package's interfaces, whose method wrappers gc explains.
    pub iface_wrappers: Vec<gcnodes::IfaceWrappers>,
    /// Range loops over slices and arrays that assign an element, by (function, position):
    /// the assignment of `v` in `for _, v := range x` (gc's escape analysis sees the range
    /// statement: `x` goes to a temporary, each element comes from it).
    pub range_values: HashSet<(FuncId, Span)>,
}

/// While lowering, the allocating expression a [`Site`] names: gc's position of it and its
/// kind, and for the conversion of one of gc's named temporaries (several share the position
/// of their multi-value expression, see `lower::autotmp`), that temporary. Lowering records
/// sites by key as it meets them in the AST, and [`attach_sites`] gives each allocating IR
/// expression its [`SiteId`] at the end; no later pass sees a key.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct SiteKey {
    pub file: FileId,
    pub lo: u32,
    pub kind: SiteKind,
    pub temp: Option<LocalId>,
}

impl SiteKey {
    pub fn new(kind: SiteKind, span: Span) -> SiteKey {
        SiteKey {
            file: span.file,
            lo: span.lo,
            kind,
            temp: None,
        }
    }

    /// The conversion of the temporary `temp` at `span`.
    pub fn of_temp(span: Span, temp: LocalId) -> SiteKey {
        SiteKey {
            temp: Some(temp),
            ..SiteKey::new(SiteKind::ConvIface, span)
        }
    }
}

/// gc's name for an allocating expression (`&T{...}`, `make([]int, n)`, `... argument`).
#[derive(Clone, Debug)]
pub struct Site {
    pub text: GcText,
    /// Where gc reports it.
    pub at: Span,
    /// For `make`: its parts, since gc prints a size it proved constant as that constant.
    pub make: Option<MakeArgs>,
    /// Where gc's escape walk meets the site when that is not `at`: a concatenation at the
    /// start of the whole expression (`at` is its last `+`), an `append` after its arguments.
    pub walk: Option<Span>,
    /// The array of a slice literal: gc's escape analysis puts no size limit on it (a slice
    /// literal that does not escape is `does not escape` however large), while gocrane still
    /// allocates one too large for a frame on the heap (see `escape::size_limit`).
    pub slice_lit: bool,
}

impl Site {
    /// A site gc names `text` and reports at `at`.
    pub fn named(text: GcText, at: Span) -> Site {
        Site {
            text,
            at,
            make: None,
            walk: None,
            slice_lit: false,
        }
    }

    /// The site's place in gc's walk order within its function: source position, and at one
    /// position an interface conversion before the literal it converts.
    pub fn walk_key(&self, kind: SiteKind) -> (u32, u32, u8) {
        let at = self.walk.unwrap_or(self.at);
        (at.file.0, at.lo, u8::from(kind != SiteKind::ConvIface))
    }
}

#[derive(Clone, Debug)]
pub struct MakeArgs {
    pub ty: String,
    pub len: GcText,
    pub cap: Option<GcText>,
}

/// [`lower`] on the parts of a checked package, with the [`Notes`] for later passes.
pub fn lower_parts(
    pkg: PkgId,
    types: Types,
    info: &Info,
    files: &[ast::File],
    runtime: Option<&ast::File>,
    archive: Option<&crate::passes::Archived>,
    explain: bool,
) -> Result<(Program, Notes), Vec<Diagnostic>> {
    // The runtime's Go code is compiled with a program that can reach it: one that calls
    // `recover` (its error values' methods) or names one of its Go functions (`Caller`,
    // `CallersFrames`, `(*Func).Name`, …) — in its own code or in the library archive's.
    let recover = archive.is_some_and(|a| a.recovers)
        || info
            .exprs
            .values()
            .any(|e| matches!(e.mode, Mode::Builtin(frontend::check::Builtin::Recover)));
    let archive_calls = archive.map_or(&[][..], |a| &a.calls);
    let runtime_funcs = runtime
        .map(|file| runtime_go_code(&types, info, file, recover, archive_calls))
        .unwrap_or_default();
    let mut l = Lowerer {
        explain,
        pkg,
        main_pkg: pkg,
        types,
        info,
        files,
        runtime_file: runtime.filter(|_| !runtime_funcs.is_empty()),
        runtime_funcs,
        runtime_stub: runtime,
        funcs: Vec::new(),
        func_of: HashMap::new(),
        globals: Vec::new(),
        global_of: HashMap::new(),
        externs: Vec::new(),
        extern_of: HashMap::new(),
        diags: Vec::new(),
        f: FnState::default(),
        notes: Notes::default(),
        site_keys: HashMap::new(),
        iface_call_keys: HashMap::new(),
        static_init_keys: HashSet::new(),
        cur_func: FuncId(0),
        statics: Vec::new(),
        stmps: HashMap::new(),
        gobytes: HashMap::new(),
        stmp_events: Vec::new(),
        stmp_phase: StmpPhase::Functions,
        methods: Vec::new(),
        src: HashMap::new(),
        static_values: HashMap::new(),
        static_zero: HashSet::new(),
        pending_self: Vec::new(),
        method_expr_wrappers: HashMap::new(),
        method_value_wrappers: HashMap::new(),
        lit_stack: Vec::new(),
        lit_gen: HashMap::new(),
        wrapper_exprs: Vec::new(),
        rf: rangefunc::Rewriter::default(),
        synthetic: Vec::new(),
        range_gen: HashMap::new(),
        deferwrap_gen: HashMap::new(),
        range_parents: HashMap::new(),
        iterator_arg: None,
    };
    let (packages, main) = l.program();
    if l.diags.is_empty() {
        l.check_symbol_sizes();
    }
    if explain {
        let files: Vec<&ast::File> = l.package_files(l.main_pkg).iter().collect();
        l.notes.iface_wrappers = gcnodes::iface_wrappers(info, &l.types, &files);
    }
    if !l.diags.is_empty() {
        return Err(l.diags);
    }
    let program = Program {
        pkg,
        types: l.types,
        funcs: l.funcs,
        globals: l.globals,
        externs: l.externs,
        packages,
        main,
        statics: l.statics,
        methods: l.methods,
        sites: Vec::new(),
        escape_tags: Vec::new(),
    };
    let mut program = program;
    let mut notes = l.notes;
    let keys = SiteKeys {
        names: &l.site_keys,
        iface_calls: &l.iface_call_keys,
        static_init: &l.static_init_keys,
    };
    attach_sites(&mut program, &mut notes, keys);
    Ok((program, notes))
}

/// What lowering recorded about sites by [`SiteKey`].
struct SiteKeys<'l> {
    names: &'l HashMap<SiteKey, Site>,
    iface_calls: &'l HashMap<SiteKey, IfaceCall>,
    static_init: &'l HashSet<SiteKey>,
}

/// Gives every allocating expression and interface call of the program its site, in each
/// function's `ir::walk_exprs` order, and keys what lowering recorded about them (by position)
/// by site.
fn attach_sites(program: &mut Program, notes: &mut Notes, keys: SiteKeys<'_>) {
    for fi in 0..program.funcs.len() {
        let f = FuncId(fi as u32);
        let mut body = std::mem::take(&mut program.funcs[fi].body);
        walk_exprs_mut(&mut body, &mut |e| {
            let Some(kind) = site_kind(&e.kind) else {
                return;
            };
            let id = program.new_site(kind);
            e.site = Some(id);
            let key = match &e.kind {
                ExprKind::MakeIface { value, .. } => match value.kind {
                    ExprKind::Load(Place::Local(t)) if notes.named_temps.contains(&(f, t)) => {
                        SiteKey::of_temp(e.span, t)
                    }
                    _ => SiteKey::new(kind, e.span),
                },
                _ => SiteKey::new(kind, e.span),
            };
            if let Some(site) = keys.names.get(&key) {
                notes.sites.insert(id, site.clone());
            }
            if let Some(call) = keys.iface_calls.get(&key) {
                notes.iface_calls.insert(id, call.clone());
            }
            if keys.static_init.contains(&key) {
                notes.static_init_sites.insert(id);
            }
        });
        program.funcs[fi].body = body;
    }
}

pub(crate) struct Lowerer<'a> {
    /// Record gc's texts of the program's nodes for `-m=2` (`Notes::gc_nodes`).
    explain: bool,
    /// The package of the code being lowered: the symbols it makes carry it.
    pkg: PkgId,
    /// The program's package main.
    main_pkg: PkgId,
    types: Types,
    info: &'a Info,
    files: &'a [ast::File],
    /// The runtime stub when its functions with bodies are compiled too (see `lower_parts`).
    runtime_file: Option<&'a ast::File>,
    /// The runtime stub, for the pragmas of its bodyless functions (`//go:noescape`).
    runtime_stub: Option<&'a ast::File>,
    /// The stub's functions with Go bodies compiled with this program (`runtime_go_code`).
    runtime_funcs: HashSet<ObjId>,
    /// Placeholders are pushed when ids are assigned and replaced once lowered.
    funcs: Vec<Func>,
    func_of: HashMap<ObjId, FuncId>,
    globals: Vec<Global>,
    global_of: HashMap<ObjId, GlobalId>,
    externs: Vec<Extern>,
    extern_of: HashMap<String, ExternId>,
    diags: Vec<Diagnostic>,
    /// State of the function being lowered.
    f: FnState,
    notes: Notes,
    /// gc's name for each allocating expression met so far (see [`SiteKey`]).
    site_keys: HashMap<SiteKey, Site>,
    /// The interface calls met so far.
    iface_call_keys: HashMap<SiteKey, IfaceCall>,
    /// The sites of [`Notes::static_init_sites`], while lowering.
    static_init_keys: HashSet<SiteKey>,
    /// The function being lowered.
    cur_func: FuncId,
    /// Read-only statics created so far (`main..stmp_N`).
    statics: Vec<Static>,
    /// How many `P..stmp_N` (read-only statics and package-level temporaries) each package
    /// has: they share one numbering per package, in creation order, as in gc.
    stmps: HashMap<PkgId, u32>,
    /// How many `P..gobytes.N` each package has (gc's staticinit `[]byte("…")` data).
    gobytes: HashMap<PkgId, u32>,
    /// Every `P..stmp_N` numbered so far: (package, number, phase). gc numbers its package
    /// initialisation's static temporaries (staticinit) first, then those of the init
    /// function's code, then the functions' (walk): [`Lowerer::renumber_stmps`] puts them in
    /// that order at the end.
    stmp_events: Vec<(PkgId, u32, StmpPhase)>,
    stmp_phase: StmpPhase,
    /// Method tables of the defined types (see `iface::method_tables`).
    methods: Vec<TypeMethods>,
    /// The AST expression each lowered value came from, by span (gc names conversion sites
    /// after their operand).
    src: HashMap<(FileId, u32, u32), &'a ast::Expr>,
    /// The static value (gc's `ir.StaticValue`) of each variable of the function being
    /// lowered that has one: never reassigned nor address-taken, declared with one value.
    static_values: HashMap<ObjId, &'a ast::Expr>,
    /// Variables of the function being lowered that are their zero value wherever read.
    static_zero: HashSet<ObjId>,
    /// Which pairs of the parallel assignment being lowered are self-assignments.
    pending_self: Vec<bool>,
    /// The wrappers of method expressions made at first use, by receiver type and method:
    /// gc's `main.I.M` of an interface method, and the promoted methods of unnamed struct
    /// types (`go:struct { main.T }.M`).
    method_expr_wrappers: HashMap<(TypeId, String), FuncId>,
    /// gc's `-fm` wrappers of method values, by receiver type and method, made at first use.
    method_value_wrappers: HashMap<(TypeId, String), FuncId>,
    /// The functions enclosing the function literal being lowered, innermost last (see
    /// `closure.rs`).
    lit_stack: Vec<closure::LitFrame<'a>>,
    /// How many function literals each function has so far (gc's `funcLitGen`).
    lit_gen: HashMap<FuncId, u32>,
    /// Method expressions naming a wrapper of the method tables, which are made after the
    /// bodies: the receiver type and method name of each placeholder id (see
    /// `methods::wrapper_expr`).
    wrapper_exprs: Vec<(TypeId, String)>,
    /// The range-over-func rewrite of the function being lowered (see `rangefunc`).
    rf: rangefunc::Rewriter,
    /// Variables the lowering declares itself (`#state1`, …), as objects numbered after the
    /// checker's.
    synthetic: Vec<frontend::check::Object>,
    /// How many deferred calls each function has wrapped so far (gc's `goDeferGen`,
    /// `main.f.deferwrapN`).
    deferwrap_gen: HashMap<FuncId, u32>,
    /// How many range-over-func loop bodies each function has so far (gc's `rangeLitGen`).
    range_gen: HashMap<FuncId, u32>,
    /// Each loop body's function → the function its loop is written in.
    range_parents: HashMap<FuncId, FuncId>,
    /// The argument of the iterator call being lowered (see `call_args`).
    iterator_arg: Option<Expr>,
}

#[derive(Default)]
struct FnState {
    locals: Vec<Local>,
    /// Go variable → its local in this function.
    vars: HashMap<ObjId, LocalId>,
    /// Named result locals, in order (empty when results are unnamed).
    named_results: Vec<LocalId>,
    results: Vec<TypeId>,
    ntemps: u32,
    nlabels: u32,
    /// Enclosing loops and switches, innermost last.
    targets: Vec<Target>,
    /// Variables whose address is taken somewhere in the function (see `addr_taken`).
    addr_taken: HashSet<ObjId>,
    /// gc's numbering of the temporaries of each multi-value expression (see `autotmp`).
    temp_bases: HashMap<ast::NodeId, autotmp::TempBase>,
    /// The temporaries created for them: gc's name and where gc reports their conversions.
    named_temps: HashMap<LocalId, (String, Span)>,
    /// The label of the labeled statement being lowered, taken by the loop/switch it labels.
    pending_label: Option<String>,
    /// The labels some `goto` of the function names, and their ids.
    goto_labels: HashMap<String, LabelId>,
    /// Variables of the function that a function literal in it captures (see `for_stmt`).
    captured: HashSet<ObjId>,
    /// For a function literal: the variables of enclosing functions it uses, and its local for
    /// each, in the order of first use ([`Func::captures`]).
    captures: Vec<(ObjId, LocalId)>,
    /// Defer statements so far: the next one's open-coded slot.
    defers: u32,
}

struct Target {
    label: LabelId,
    name: Option<String>,
    is_loop: bool,
}

/// A lowered expression that may be addressable.
enum Operand {
    Place(Place, TypeId),
    Value(Expr),
}

impl<'a> Lowerer<'a> {
    fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(span, msg));
    }

    fn unsupported(&mut self, span: Span, what: &str) {
        self.diags.push(Diagnostic::unsupported(span, what));
    }

    // ----- the program -----

    /// Assigns ids to globals and functions, lowers every function, and builds each package's
    /// `P.init`. Returns each package's initialisation and the id of `main.main`.
    fn program(&mut self) -> (Vec<PackageInit>, FuncId) {
        let mut decls: Vec<(ObjId, usize, usize)> = Vec::new();
        for (i, obj) in self.info.objects.iter().enumerate() {
            let id = ObjId(i as u32);
            match &obj.kind {
                // `var _ = f()` declares nothing: only its initialiser runs.
                ObjKind::Var(VarKind::Global) if self.is_source_pkg(obj.pkg) && obj.name != "_" => {
                    let gid = GlobalId(self.globals.len() as u32);
                    // `//go:linkname x runtime.zeroVal`: the runtime's variable.
                    let linked = self.info.linknames.get(&id).and_then(|t| t.split_once('.'));
                    let sym = match linked {
                        Some((pkg, name)) => Symbol::Member {
                            pkg: self.types.package(pkg),
                            name: name.to_string(),
                        },
                        None => Symbol::Member {
                            pkg: obj.pkg,
                            name: obj.name.clone(),
                        },
                    };
                    self.globals.push(Global {
                        sym,
                        ty: obj.ty,
                        span: obj.span,
                        init: None,
                        external: linked.is_some(),
                        read_only: false,
                    });
                    self.global_of.insert(id, gid);
                }
                // A blank function is checked but never compiled, as in gc.
                ObjKind::Func(fi) if self.is_source_pkg(obj.pkg) && obj.name != "_" => {
                    if let Some((file, decl)) = fi.decl {
                        decls.push((id, file, decl));
                    }
                }
                // The runtime's functions written in Go that the program reaches, after the
                // program's.
                ObjKind::Func(fi)
                    if self.is_runtime_pkg(obj.pkg) && self.runtime_funcs.contains(&id) =>
                {
                    if let Some((_, decl)) = fi.decl {
                        decls.push((id, usize::MAX, decl));
                    }
                }
                _ => {}
            }
        }
        // Functions in source order (packages in the order they are checked).
        decls.sort_by_key(|&(_, file, decl)| (file, decl));
        let mut bodies = Vec::new();
        for &(obj, file, decl) in &decls {
            let files: &'a [ast::File] = self.files;
            let in_file = match file {
                usize::MAX => self.runtime_file,
                _ => files.get(file),
            };
            let fd = match in_file.and_then(|f| f.decls.get(decl)) {
                // A function without a body (of the runtime stub or the library) is the
                // runtime's: an extern.
                Some(ast::Decl::Func(fd)) if fd.body.is_none() => continue,
                other => other,
            };
            let Some(ast::Decl::Func(fd)) = fd else {
                self.error(
                    self.info.object(obj).span,
                    "internal error: function declaration not found",
                );
                continue;
            };
            let fid = FuncId(self.funcs.len() as u32);
            self.funcs.push(placeholder_func(self.symbol(obj), fd.span));
            self.func_of.insert(obj, fid);
            bodies.push((obj, fid, fd));
        }
        self.stmp_phase = StmpPhase::Functions;
        for (obj, fid, fd) in bodies {
            self.cur_func = fid;
            self.pkg = self.info.object(obj).pkg;
            let func = self.func(obj, fd);
            self.funcs[fid.index()] = func;
        }

        let info: &'a Info = self.info;
        let mut packages = Vec::new();
        for p in &info.packages {
            self.pkg = p.pkg;
            let mut tasks = Vec::new();
            let mut init_id = None;
            if !p.init_order.is_empty() {
                // Its id first: lowering it may add functions (gc's `main.I.M` wrappers).
                let id = FuncId(self.funcs.len() as u32);
                self.funcs
                    .push(placeholder_func(Symbol::Init(p.pkg), Span::default()));
                self.cur_func = id;
                self.stmp_phase = StmpPhase::InitCode;
                let init = self.init_func(p);
                self.stmp_phase = StmpPhase::Functions;
                if !init.body.is_empty() {
                    tasks.push(id);
                }
                self.funcs[id.index()] = init;
                init_id = Some(id);
            }
            tasks.extend(p.init_funcs.iter().filter_map(|o| self.func_of.get(o)));
            packages.push(PackageInit {
                pkg: p.pkg,
                imports: p.imports.clone(),
                init: init_id,
                tasks,
            });
        }
        self.pkg = self.main_pkg;
        self.renumber_stmps();
        self.methods = self.method_tables();
        self.resolve_wrapper_exprs();

        let main = self
            .info
            .objects
            .iter()
            .enumerate()
            .find_map(|(i, o)| match &o.kind {
                ObjKind::Func(fi)
                    if o.pkg == self.main_pkg && o.name == "main" && fi.recv.is_none() =>
                {
                    self.func_of.get(&ObjId(i as u32)).copied()
                }
                _ => None,
            });
        let main = match main {
            Some(m) => m,
            None => {
                let span = self
                    .package_files(self.main_pkg)
                    .first()
                    .map(|f| f.package.span)
                    .unwrap_or_default();
                self.error(span, "function main is undeclared in the main package");
                FuncId(0)
            }
        };
        (packages, main)
    }

    /// `pkg` is written in Go and compiled from source: the program's packages and
    /// gocrane's library.
    fn is_source_pkg(&self, pkg: PkgId) -> bool {
        self.info.packages.iter().any(|p| p.pkg == pkg)
    }

    /// `pkg`'s functions are compiled in the library archive (their bodies were not parsed).
    fn archived_pkg(&self, pkg: PkgId) -> bool {
        self.info
            .packages
            .iter()
            .any(|p| p.pkg == pkg && p.archived)
    }

    /// The files of package `pkg` (none for the runtime).
    fn package_files(&self, pkg: PkgId) -> &'a [ast::File] {
        let files: &'a [ast::File] = self.files;
        match self.info.packages.iter().find(|p| p.pkg == pkg) {
            Some(p) => &files[p.files.clone()],
            None => &[],
        }
    }

    /// `pkg` is the runtime's, whose Go functions are compiled with this program.
    fn is_runtime_pkg(&self, pkg: PkgId) -> bool {
        self.runtime_file.is_some() && self.types.pkg_path(pkg) == "runtime"
    }

    /// The symbol of a function or package variable.
    fn symbol(&self, obj: ObjId) -> Symbol {
        let o = self.info.object(obj);
        match &o.kind {
            ObjKind::Func(fi) => fi.sym.clone(),
            _ => Symbol::Member {
                pkg: o.pkg,
                name: o.name.clone(),
            },
        }
    }

    /// `P.init` of package `p`: its variables in the checker's dependency order. A variable whose
    /// initialiser is a constant or a composite of constants is initialised statically, as gc's
    /// staticinit does: its value becomes the variable's data ([`Global::init`]; none when it is
    /// zero) and no code runs for it.
    fn init_func(&mut self, p: &'a PackageInfo) -> Func {
        self.f = FnState::default();
        let mut body = Vec::new();
        let span = self
            .package_files(p.pkg)
            .first()
            .map(|f| f.package.span)
            .unwrap_or_default();
        for init in &p.init_order {
            let rhs: Vec<&ast::Expr> = init
                .rhs
                .iter()
                .filter_map(|id| self.find_expr(*id))
                .collect();
            if rhs.len() != init.rhs.len() {
                self.error(span, "internal error: initializer expression not found");
                continue;
            }
            for value in &rhs {
                static_literal_sites(value, &mut self.static_init_keys);
                self.notes.init_exprs.push(value.span);
            }
            if let ([Some(obj)], [value]) = (init.lhs.as_slice(), rhs.as_slice()) {
                // gc's staticinit: its temporaries are numbered before any code's.
                self.stmp_phase = StmpPhase::StaticInit;
                let done = self.static_init(*obj, value)
                    || self.static_layout(*obj, value)
                    || self.static_iface_init(*obj, value, &mut body);
                self.stmp_phase = StmpPhase::InitCode;
                if done {
                    continue;
                }
            }
            let dests: Vec<stmt::Dest> = init
                .lhs
                .iter()
                .map(|o| {
                    let g = o.and_then(|o| Some((*self.global_of.get(&o)?, o)));
                    match g {
                        Some((g, o)) => stmt::Dest::Place(Place::Global(g), self.info.object(o).ty),
                        None => stmt::Dest::Blank,
                    }
                })
                .collect();
            self.assign_exprs(dests, &rhs, span, &mut body);
        }
        let st = std::mem::take(&mut self.f);
        Func {
            sym: Symbol::Init(self.pkg),
            locals: st.locals,
            params: vec![],
            results: vec![],
            body,
            noinline: false,
            autogenerated: false,
            archived: false,
            span,
            outer: None,
            captures: Vec::new(),
        }
    }

    /// Initialises package variable `obj` with `value` statically when gc's staticinit would:
    /// a non-interface variable and a constant, a top-level function (its funcval's address),
    /// or a struct or array literal of those.
    fn static_init(&mut self, obj: ObjId, value: &'a ast::Expr) -> bool {
        let Some(&g) = self.global_of.get(&obj) else {
            return false;
        };
        let ty = self.info.object(obj).ty;
        if self.types.is_interface(ty) || !self.is_static_init_value(value) {
            return false;
        }
        let mut scratch = Vec::new();
        let v = self.expr(value, &mut scratch);
        let v = self.assign_conv(v, ty);
        if !scratch.is_empty() || !is_static_data(&v) {
            return false;
        }
        if !iface::is_zero(&v) {
            self.globals[g.index()].init = Some(v);
        }
        true
    }

    /// What gc's staticinit lays out as data: a constant, a top-level function (through
    /// conversions), a struct or array literal of those.
    fn is_static_init_value(&self, e: &'a ast::Expr) -> bool {
        let e = e.unparen();
        if matches!(self.mode(e), Some(Mode::Const(_))) {
            return true;
        }
        match &e.kind {
            ast::ExprKind::Ident(_) => self
                .info
                .uses
                .get(&e.id)
                .is_some_and(|o| self.func_of.contains_key(o)),
            ast::ExprKind::Selector { .. } => self
                .info
                .selections
                .get(&e.id)
                .is_some_and(|s| s.kind == frontend::check::SelectionKind::MethodExpr),
            // At package level a literal captures nothing: its funcval is read-only data.
            ast::ExprKind::FuncLit { .. } => true,
            ast::ExprKind::Call { fun, args, .. }
                if matches!(self.mode(fun), Some(Mode::TypeExpr)) && args.len() == 1 =>
            {
                self.is_static_init_value(&args[0])
            }
            ast::ExprKind::CompositeLit { elts, .. } => {
                let aggregate = self.info.exprs.get(&e.id).is_some_and(|i| {
                    matches!(self.types.under(i.ty), Type::Struct(_) | Type::Array(..))
                });
                aggregate && elts.iter().all(|el| self.is_static_init_value(&el.value))
            }
            _ => false,
        }
    }

    /// `var x I = v` with `v` of a concrete type that is neither pointer-shaped, zero-sized nor
    /// constant, as gc's staticinit does it: `v` goes into a package-level temporary
    /// `main..stmp_N` and `x`'s data word is that temporary's address — no allocation, and so
    /// no `escapes to heap` remark for the conversion (one for what `v` computes stays).
    fn static_iface_init(
        &mut self,
        obj: ObjId,
        value: &'a ast::Expr,
        body: &mut Vec<Stmt>,
    ) -> bool {
        let Some(&g) = self.global_of.get(&obj) else {
            return false;
        };
        let ty = self.info.object(obj).ty;
        // An explicit conversion to the variable's interface type is the same conversion.
        let operand = match &value.unparen().kind {
            ast::ExprKind::Call { fun, args, .. }
                if args.len() == 1
                    && matches!(self.mode(fun), Some(Mode::TypeExpr))
                    && self.info.exprs.get(&value.id).is_some_and(|i| i.ty == ty) =>
            {
                &args[0]
            }
            _ => value,
        };
        let Some(vt) = self.info.exprs.get(&operand.id).map(|i| i.ty) else {
            return false;
        };
        let constant = matches!(self.mode(operand), Some(Mode::Const(_)));
        let pointer_shaped = self.types.size_of(vt) == 8 && self.types.ptr_bytes(vt) == 8;
        if !self.types.is_interface(ty)
            || self.types.is_interface(vt)
            || constant
            || pointer_shaped
            || self.types.size_of(vt) == 0
        {
            return false;
        }
        let v = self.expr(operand, body);
        let span = value.span;
        let tmp = GlobalId(self.globals.len() as u32);
        let sym = Symbol::Stmp {
            pkg: self.pkg,
            n: self.next_stmp(),
        };
        self.globals.push(Global {
            sym,
            ty: vt,
            span,
            init: None,
            external: false,
            read_only: false,
        });
        body.push(Stmt::new(StmtKind::Assign(Place::Global(tmp), v), span));
        let stored = Expr::new(ExprKind::Load(Place::Global(tmp)), vt, span);
        let data = DataWord::Global(tmp);
        let conv = Expr::new(
            ExprKind::MakeIface {
                value: Box::new(stored),
                data,
            },
            ty,
            span,
        );
        body.push(Stmt::new(StmtKind::Assign(Place::Global(g), conv), span));
        true
    }

    /// The number of the next `P..stmp_N` of the package being lowered.
    fn next_stmp(&mut self) -> u32 {
        let n = self.stmps.entry(self.pkg).or_default();
        *n += 1;
        let n = *n - 1;
        self.stmp_events.push((self.pkg, n, self.stmp_phase));
        n
    }

    /// Renames the `P..stmp_N` in gc's order: the static initialisation's, then the init
    /// function's, then the functions', each in the order they were made.
    fn renumber_stmps(&mut self) {
        let mut events: Vec<(usize, &(PkgId, u32, StmpPhase))> =
            self.stmp_events.iter().enumerate().collect();
        events.sort_by_key(|(i, (pkg, _, phase))| (pkg.0, *phase, *i));
        let mut next: HashMap<PkgId, u32> = HashMap::new();
        let mut rename: HashMap<(PkgId, u32), u32> = HashMap::new();
        for (_, (pkg, n, _)) in events {
            let c = next.entry(*pkg).or_default();
            rename.insert((*pkg, *n), *c);
            *c += 1;
        }
        let fix = |sym: &mut Symbol| {
            if let Symbol::Stmp { pkg, n } = sym {
                if let Some(&m) = rename.get(&(*pkg, *n)) {
                    *n = m;
                }
            }
        };
        self.globals.iter_mut().for_each(|g| fix(&mut g.sym));
        self.statics.iter_mut().for_each(|s| fix(&mut s.sym));
    }

    /// Finds an expression by id anywhere in the package-level declarations (the initialisers
    /// of package variables are what the checker's `init_order` refers to).
    fn find_expr(&self, id: ast::NodeId) -> Option<&'a ast::Expr> {
        let files: &'a [ast::File] = self.files;
        for file in files {
            for decl in &file.decls {
                if let ast::Decl::Var(specs) = decl {
                    for spec in specs {
                        if let Some(e) = spec.values.iter().find(|e| e.id == id) {
                            return Some(e);
                        }
                    }
                }
            }
        }
        None
    }

    // ----- functions -----

    fn func(&mut self, obj: ObjId, fd: &'a ast::FuncDecl) -> Func {
        self.f = FnState::default();
        let sym = self.symbol(obj);
        let Some(body) = &fd.body else {
            self.error(fd.name.span, "missing function body");
            return placeholder_func(sym, fd.span);
        };
        let (sig_params, sig_results) = match self.types.under(self.info.object(obj).ty) {
            Type::Func(sig) => (sig.params.clone(), sig.results.clone()),
            _ => (vec![], vec![]),
        };
        let recv_ty = match &self.info.object(obj).kind {
            ObjKind::Func(fi) => fi.recv,
            _ => None,
        };
        let declared = usize::from(recv_ty.is_some()) + sig_params.len() + sig_results.len();
        self.begin_body(body, declared);
        let rename_results = self.begin_range_funcs(body);
        let mut prologue = Vec::new();
        let mut params = Vec::new();
        if let (Some(recv), Some(ty)) = (&fd.recv, recv_ty) {
            params.push(self.param(recv, ty, &mut prologue));
        }
        params.extend(self.signature_locals(
            &fd.ty,
            &sig_params,
            &sig_results,
            rename_results,
            &mut prologue,
        ));
        let mut out = prologue;
        self.block_into(&body.stmts, &mut out);
        let st = std::mem::take(&mut self.f);
        Func {
            sym,
            locals: st.locals,
            params,
            results: sig_results,
            body: out,
            noinline: fd.pragmas.noinline,
            autogenerated: false,
            archived: self.archived_pkg(self.info.object(obj).pkg),
            span: fd.span,
            outer: None,
            captures: Vec::new(),
        }
    }

    /// Prepares the state for lowering a function body (a declared function's or a literal's)
    /// with `declared` parameters and results: the labels gotos name, what the pre-pass finds
    /// about its variables, gc's numbering of its temporaries.
    fn begin_body(&mut self, body: &'a ast::Block, declared: usize) {
        // The labels gotos name get their ids first, so that a label before its goto is one.
        let mut names = Vec::new();
        goto_names(&body.stmts, &mut names);
        for name in names {
            self.goto_label(&name);
        }
        let scan = addr_taken::scan(self.info, &self.types, body);
        self.static_values = scan
            .inits
            .keys()
            .filter_map(|&o| Some((o, scan.static_value(o)?)))
            .collect();
        self.static_zero = scan
            .zero_decls
            .iter()
            .copied()
            .filter(|&o| scan.statically_zero(o))
            .collect();
        self.f.addr_taken = scan.addr_taken;
        self.f.captured = scan.captured;
        self.f.temp_bases = autotmp::number(self.info, &self.types, declared, &body.stmts);
        if self.explain && self.pkg == self.main_pkg {
            // Escape analysis meets calls before gc's order pass puts multi-value arguments
            // in temporaries: its notes print the calls (`f(g())`, not `.autotmp_1`).
            let no_temps = HashMap::new();
            let mut nodes = std::mem::take(&mut self.notes.gc_nodes);
            let fmt = gcfmt::GcFmt {
                temps: &no_temps,
                ..self.gcfmt()
            };
            gcnodes::record(&fmt, body, &mut nodes);
            self.notes.gc_nodes = nodes;
        }
    }

    /// The locals of a signature's parameters (returned, in order) and named results (in
    /// `f.named_results`), declared in `prologue`.
    /// The locals of a signature's parameters and named results. With `rename_results` (a
    /// range-over-func loop body returns values), unnamed and blank results are named as gc
    /// renames them (`#rv1`, …) so that the bodies can assign them.
    fn signature_locals(
        &mut self,
        ft: &'a ast::FuncType,
        sig_params: &[TypeId],
        sig_results: &[TypeId],
        rename_results: bool,
        prologue: &mut Block,
    ) -> Vec<LocalId> {
        let mut params = Vec::new();
        for (p, &ty) in ft.params.iter().zip(sig_params) {
            params.push(self.param(p, ty, prologue));
        }
        self.f.results = sig_results.to_vec();
        for (i, (p, &ty)) in ft.results.iter().zip(sig_results).enumerate() {
            let named = p.name.as_ref().filter(|n| !rename_results || n.name != "_");
            let (name, span, obj) = match named {
                Some(ident) => {
                    let obj = self.info.defs.get(&ident.id).copied();
                    (ident.name.clone(), ident.span, obj)
                }
                None if rename_results => {
                    let obj = self.range_result_name(i, ty, p.ty.span);
                    (self.object(obj).name.clone(), p.ty.span, Some(obj))
                }
                None => continue,
            };
            let id = self.new_local(&name, ty, LocalKind::Result, span, obj);
            self.f.named_results.push(id);
            self.rf.results.extend(obj);
            prologue.push(Stmt::new(StmtKind::Decl(id), span));
        }
        params
    }

    /// A parameter's local. An address-taken or captured parameter gets a second local that the
    /// body uses, initialised from the parameter at entry (gc also copies one that escapes:
    /// `moved to heap: p`).
    fn param(&mut self, p: &'a ast::Param, ty: TypeId, prologue: &mut Block) -> LocalId {
        let (name, span, obj) = match &p.name {
            Some(ident) => (
                ident.name.clone(),
                ident.span,
                self.info.defs.get(&ident.id).copied(),
            ),
            None => ("_".to_string(), p.span, None),
        };
        self.param_local(&name, span, obj, ty, prologue)
    }

    /// The local of parameter `name` (the variable `obj`, if any).
    fn param_local(
        &mut self,
        name: &str,
        span: Span,
        obj: Option<ObjId>,
        ty: TypeId,
        prologue: &mut Block,
    ) -> LocalId {
        let id = self.new_local(name, ty, LocalKind::Param, span, None);
        if let Some(obj) = obj {
            // A captured parameter may be captured by reference (escape analysis decides):
            // it gets the copy too, which can then live in memory.
            if self.f.addr_taken.contains(&obj) || self.f.captured.contains(&obj) {
                let copy = self.new_local(name, ty, LocalKind::User, span, Some(obj));
                self.notes.param_copies.push((self.cur_func, id, copy));
                self.notes.defined.insert((self.cur_func, copy));
                prologue.push(Stmt::new(StmtKind::Decl(copy), span));
                prologue.push(Stmt::new(
                    StmtKind::Assign(Place::Local(copy), load_local(id, ty, span)),
                    span,
                ));
            } else {
                self.f.vars.insert(obj, id);
            }
        }
        id
    }

    // ----- locals, temps, labels -----

    /// A new local; `obj` (the Go variable it implements) binds it for later uses, and marks it
    /// address-taken when the pre-pass found `&obj` somewhere.
    fn new_local(
        &mut self,
        name: &str,
        ty: TypeId,
        kind: LocalKind,
        span: Span,
        obj: Option<ObjId>,
    ) -> LocalId {
        let id = LocalId(self.f.locals.len() as u32);
        let addr = obj.is_some_and(|o| self.f.addr_taken.contains(&o));
        self.f.locals.push(Local {
            name: name.to_string(),
            ty,
            kind,
            span,
            addr_taken: addr,
            heap: addr,
        });
        if let Some(o) = obj {
            self.f.vars.insert(o, id);
        }
        id
    }

    /// The checker's object `id`, or one the lowering declared (the range-over-func
    /// rewrite's variables, `rangefunc::synthetic_var`).
    fn object(&self, id: ObjId) -> &frontend::check::Object {
        let n = self.info.objects.len();
        match (id.0 as usize).checked_sub(n) {
            Some(i) => &self.synthetic[i],
            None => self.info.object(id),
        }
    }

    fn new_temp(&mut self, ty: TypeId, span: Span) -> LocalId {
        let name = format!(".t{}", self.f.ntemps);
        self.f.ntemps += 1;
        self.new_local(&name, ty, LocalKind::Temp, span, None)
    }

    /// `var .tN T = e`; returns `.tN`.
    fn temp_of(&mut self, e: Expr, out: &mut Block) -> LocalId {
        let t = self.new_temp(e.ty, e.span);
        let span = e.span;
        out.push(Stmt::new(StmtKind::Decl(t), span));
        out.push(Stmt::new(StmtKind::Assign(Place::Local(t), e), span));
        t
    }

    /// Evaluates `e` into a temporary unless it is a constant (which cannot change).
    fn stable(&mut self, e: Expr, out: &mut Block) -> Expr {
        if matches!(e.kind, ExprKind::Const(_) | ExprKind::Zero) {
            return e;
        }
        // Temporaries are never assigned by user code: reading one later gives the same value.
        if let ExprKind::Load(Place::Local(l)) = e.kind {
            if self.f.locals[l.index()].kind == LocalKind::Temp {
                return e;
            }
        }
        let (ty, span) = (e.ty, e.span);
        let t = self.temp_of(e, out);
        load_local(t, ty, span)
    }

    fn new_label(&mut self) -> LabelId {
        let l = LabelId(self.f.nlabels);
        self.f.nlabels += 1;
        l
    }

    /// The id of label `name` as a goto target.
    fn goto_label(&mut self, name: &str) -> LabelId {
        if let Some(&id) = self.f.goto_labels.get(name) {
            return id;
        }
        let id = self.new_label();
        self.f.goto_labels.insert(name.to_string(), id);
        id
    }

    /// Marks the local at the root of a place as address-taken.
    fn mark_addr(&mut self, p: &Place) {
        match p {
            Place::Local(id) => {
                let l = &mut self.f.locals[id.index()];
                l.addr_taken = true;
                l.heap = true;
            }
            Place::Field(inner, _) | Place::Index(inner, _, _) => self.mark_addr(inner),
            Place::Global(_) | Place::Deref(_) | Place::SliceElem(..) => {}
        }
    }

    fn addr_of(&mut self, p: Place, ty: TypeId, span: Span) -> Expr {
        self.mark_addr(&p);
        let pty = self.types.pointer(ty);
        Expr::new(ExprKind::Addr(p), pty, span)
    }

    // ----- types -----

    fn bool_type(&self) -> TypeId {
        self.types.basic(BasicKind::Bool)
    }

    fn int_type(&self) -> TypeId {
        self.types.basic(BasicKind::Int)
    }

    /// The type of a call without results.
    fn no_value_type(&mut self) -> TypeId {
        self.types.tuple(vec![])
    }

    /// The default type of an untyped type (`untyped int` → `int`, …); typed ones unchanged.
    fn default_type(&self, t: TypeId) -> TypeId {
        use BasicKind::*;
        let k = match self.types.get(t) {
            Type::Basic(k) => *k,
            _ => return t,
        };
        let d = match k {
            UntypedBool => Bool,
            UntypedInt => Int,
            UntypedRune => Int32,
            UntypedFloat => Float64,
            UntypedComplex => Complex128,
            UntypedString => String,
            _ => return t,
        };
        self.types.basic(d)
    }

    fn expr_info(&mut self, e: &'a ast::Expr) -> Option<&'a ExprInfo> {
        let info: &'a Info = self.info;
        match info.exprs.get(&e.id) {
            Some(i) => Some(i),
            None => {
                self.error(e.span, "internal error: expression was not type-checked");
                None
            }
        }
    }

    /// The recorded type of an expression, untyped defaulted.
    fn ty(&mut self, e: &'a ast::Expr) -> TypeId {
        match self.expr_info(e) {
            Some(i) => self.default_type(i.ty),
            None => self.types.basic(BasicKind::Invalid),
        }
    }

    fn mode(&self, e: &'a ast::Expr) -> Option<&'a Mode> {
        let info: &'a Info = self.info;
        info.exprs.get(&e.id).map(|i| &i.mode)
    }

    fn pointer_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.types.under(t) {
            Type::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    fn slice_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.types.under(t) {
            Type::Slice(e) => Some(*e),
            _ => None,
        }
    }

    fn array_of(&self, t: TypeId) -> Option<(u64, TypeId)> {
        match self.types.under(t) {
            Type::Array(n, e) => Some((*n, *e)),
            _ => None,
        }
    }

    fn field_type(&self, t: TypeId, i: usize) -> Option<TypeId> {
        match self.types.under(t) {
            Type::Struct(fields) => fields.get(i).map(|f| f.ty),
            _ => None,
        }
    }

    fn is_string(&self, t: TypeId) -> bool {
        self.types.basic_kind(t).is_some_and(|k| k.is_string())
    }
}

fn placeholder_func(sym: Symbol, span: Span) -> Func {
    Func {
        sym,
        locals: vec![],
        params: vec![],
        results: vec![],
        body: vec![],
        noinline: false,
        autogenerated: false,
        archived: false,
        span,
        outer: None,
        captures: Vec::new(),
    }
}

fn load_local(id: LocalId, ty: TypeId, span: Span) -> Expr {
    Expr::new(ExprKind::Load(Place::Local(id)), ty, span)
}

/// Expressions whose evaluation has no effect and whose value cannot change between two
/// evaluations within one statement (once calls are hoisted): reading them twice is safe.
fn is_cheap(e: &Expr) -> bool {
    matches!(
        &e.kind,
        ExprKind::Const(_)
            | ExprKind::Zero
            | ExprKind::Load(Place::Local(_) | Place::Global(_))
            | ExprKind::Addr(Place::Local(_) | Place::Global(_))
    )
}

/// A call whose result is hoisted into a temporary, so that calls run left to right before
/// the operands around them are read (gc's order). Interface method calls are calls too.
/// A value gc's staticinit writes as data: constants, funcval addresses, and composites of them.
fn is_static_data(v: &Expr) -> bool {
    match &v.kind {
        ExprKind::FuncValue(_) => true,
        ExprKind::Closure { captures, .. } => captures.is_empty(),
        ExprKind::Convert(x) if matches!(x.kind, ExprKind::FuncValue(_)) => true,
        ExprKind::Composite(items) => items.iter().all(|(_, e)| is_static_data(e)),
        _ => iface::is_static(v),
    }
}

/// The labels named by the `goto`s of `stmts`, in source order.
fn goto_names(stmts: &[ast::Stmt], out: &mut Vec<String>) {
    for s in stmts {
        match &s.kind {
            ast::StmtKind::Goto(l) => out.push(l.name.clone()),
            ast::StmtKind::Labeled { stmt, .. } => goto_names(std::slice::from_ref(stmt), out),
            ast::StmtKind::Block(b) => goto_names(&b.stmts, out),
            ast::StmtKind::If { then, els, .. } => {
                goto_names(&then.stmts, out);
                if let Some(e) = els {
                    goto_names(std::slice::from_ref(e), out);
                }
            }
            ast::StmtKind::For { body, .. } | ast::StmtKind::Range { body, .. } => {
                goto_names(&body.stmts, out)
            }
            ast::StmtKind::Switch { clauses, .. } | ast::StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    goto_names(&c.body, out);
                }
            }
            ast::StmtKind::Select { clauses } => {
                for c in clauses {
                    goto_names(&c.body, out);
                }
            }
            _ => {}
        }
    }
}

/// Whether gc's order pass evaluates `e` like a call, into a temporary before its statement:
/// calls, and the builtins `len`, `cap`, `complex`, `real`, `imag`, `copy`, `make` and
/// `append` (so `a, b := len(x), f()` reads `x` before `f` runs).
fn is_call(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Call(..)
            | ExprKind::CallExtern(..)
            | ExprKind::CallIface { .. }
            | ExprKind::CallValue(..)
            | ExprKind::Len(_)
            | ExprKind::Cap(_)
            | ExprKind::Complex(..)
            | ExprKind::Unary(UnOp::Real | UnOp::Imag, _)
            | ExprKind::Copy(..)
            | ExprKind::MakeSlice { .. }
            | ExprKind::Map(
                MapOp::Make { .. } | MapOp::Assign | MapOp::Delete | MapOp::Clear,
                _
            )
            | ExprKind::Append(..)
            | ExprKind::AppendSlice(..)
    )
}

/// Collects into `out` the allocation sites of an initialiser that gc's staticinit makes static
/// data (see [`Notes::static_init_sites`]).
fn static_literal_sites(e: &ast::Expr, out: &mut HashSet<SiteKey>) {
    let elements = match &e.unparen().kind {
        // A literal at package level captures nothing: its funcval is read-only data.
        ast::ExprKind::FuncLit { .. } => {
            out.insert(SiteKey::new(SiteKind::Closure, e.unparen().span));
            return;
        }
        ast::ExprKind::Unary {
            op: ast::UnaryOp::Addr,
            x,
            ..
        } => match &x.unparen().kind {
            ast::ExprKind::CompositeLit { elts, .. } => {
                out.insert(SiteKey::new(SiteKind::New, e.unparen().node_pos()));
                elts
            }
            _ => return,
        },
        ast::ExprKind::CompositeLit { elts, .. } => {
            // A slice literal's array, or an elided `&T` in a literal of pointers, is
            // allocated at the `{`; the key is only looked up, so a struct or array literal
            // (which allocates nothing) does no harm here.
            out.insert(SiteKey::new(SiteKind::New, e.unparen().node_pos()));
            elts
        }
        _ => return,
    };
    for el in elements {
        static_literal_sites(&el.value, out);
    }
}

/// When a `P..stmp_N` was made (see `Lowerer::stmp_events`), in gc's numbering order.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum StmpPhase {
    /// Package initialisation laid out as data (gc's staticinit).
    StaticInit,
    /// The code of the package's init function.
    InitCode,
    /// The functions' code.
    Functions,
}
