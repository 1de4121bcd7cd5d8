//! IR → CLIF, one function at a time: function → blocks → statements (this module),
//! expressions (`expr.rs`), places (`place.rs`), Go's run-time checks (`checks.rs`), value
//! representation (`value.rs`) and calls (`call.rs`).
//!
//! Locals are stored by what they need (decided once, at function entry):
//!
//! | local                                   | storage                                        |
//! |-----------------------------------------|------------------------------------------------|
//! | Parts type, address never taken         | Cranelift variables, one per part (SSA)        |
//! | Parts type with `addr_taken`, or Mem    | a stack slot                                   |
//! | Mem parameter                           | the caller's copy, through its pointer         |
//! | `heap` (moved to heap)                  | `runtime.newobject` at its `Decl`, via pointer |
//!
//! `Decl` zeroes a local (and allocates a heap local anew, so per-iteration loop variables get
//! a fresh object each iteration). Named results (`LocalKind::Result`) are zeroed/allocated at
//! entry instead, and their `Decl`, if any, does nothing.
//!
//! Structured control flow maps to blocks directly: `If` to a diamond, `Loop` to
//! header/body/post/exit blocks, `Switch` to a chain of condition tests followed by the clause
//! bodies (a `fallthrough` jumps into the next body). After a jump (`break`, `return`, a panic)
//! the remaining statements of the block are emitted into a fresh block without predecessors,
//! which Cranelift drops.

mod call;
mod checks;
mod defer;
mod eqfunc;
mod expr;
mod fma;
mod hashfunc;
mod heapvars;
mod iface;
mod maps;
mod place;
mod value;

use std::collections::HashMap;

use base::types::{PkgId, TypeId, Types};
use cranelift_codegen::ir::{self, Block, FuncRef, InstBuilder, Value};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataDescription, DataId, FuncId as ClFuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use typed_ir::{Func, FuncId, LabelId, LocalId, LocalKind, Program, Stmt, StmtKind};

use crate::asm::{self, DataAttrs, Srclocs};
use crate::object::{self as obj, FuncRecord, RecordFields};
use crate::reflectdata::{DataSymbol, TypeData};
use crate::{Compiled, Options};
use call::{go_abi, signature, GoAbi, ParamAbi, ResultAbi};
use value::{go_mem, CValue, Repr, PTR};

/// Module-wide state: the object being written and what has been declared in it.
pub(crate) struct CodegenCx<'p> {
    pub module: ObjectModule,
    pub prog: &'p Program,
    pub call_conv: CallConv,
    /// Targeting arm64 (where a few Go operations follow gc's arm64 lowering).
    pub arm64: bool,
    /// Module ids and conventions of `prog.funcs`, by index: those this object defines are
    /// declared first; another object's when first referred to ([`CodegenCx::func_id`]).
    funcs: Vec<Option<ClFuncId>>,
    pub func_abis: Vec<GoAbi>,
    pub externs: Vec<(ClFuncId, GoAbi)>,
    /// Module ids of `prog.globals`, by index (another object's declared when first used).
    pub(crate) globals: Vec<Option<DataId>>,
    /// Which part of the program this object holds.
    pub unit: crate::Unit<'p>,
    /// What the code of a [`crate::Unit::Library`] object asked of the type data: the
    /// program's object defines it.
    pub type_needs: Vec<TypeId>,
    pub itab_needs: Vec<(TypeId, TypeId)>,
    /// Functions of the program's object a `Library` object's code refers to.
    symbol_needs: Vec<String>,
    /// The compiler's method wrappers of the method tables (`main.(*T).M` of a value method,
    /// promoted methods): made for every defined type, so a library type's are the archive's
    /// (the other wrappers are made where a program uses them: the program's object has them).
    table_wrappers: std::collections::HashSet<FuncId>,
    /// The on-demand wrappers (see [`archive_wrappers`]) the library archive's object defines.
    archive_wrappers: std::collections::HashSet<FuncId>,
    runtime_funcs: HashMap<&'static str, (ClFuncId, bool)>,
    pub strings: HashMap<Vec<u8>, DataId>,
    /// The program's type data, collected as code asks for it (see `data.rs`).
    pub typedata: TypeData<'p>,
    /// Symbols defined outside the Cranelift module (type data, runtime data), by name.
    pub extern_data: HashMap<String, DataId>,
    /// `main..stmp_N` by `StaticId` (None: another object's package's).
    pub statics: Vec<Option<DataId>>,
    /// The funcvals (`main.f·f`) of the top-level functions used as values, defined on first
    /// use.
    pub funcvals: HashMap<FuncId, DataId>,
    /// Counters naming `P..typeAssert.N` and `P..interfaceSwitch.N`, per package.
    pub type_asserts: HashMap<PkgId, u32>,
    pub iface_switches: HashMap<PkgId, u32>,
    /// The generated equality functions: id, name, code size (for `runtime.functab`).
    pub eq_records: Vec<(ClFuncId, String, u64)>,
    /// The generated hash functions' code, for listings (`hashfunc.rs`).
    pub hash_listings: Vec<asm::FuncAsm>,
    /// Statement spans by `SourceLoc` (see `asm.rs`).
    pub srclocs: Srclocs,
    /// The data symbols defined so far, kept for listings when `Options::listing` is set
    /// (see [`CodegenCx::note_data`]).
    pub listing: bool,
    pub data_symbols: Vec<DataSymbol>,
    /// The body functions (`main.f·body`) of the functions with defers, by index.
    pub defer_bodies: HashMap<usize, (ClFuncId, defer::DeferLayout)>,
}

impl<'p> CodegenCx<'p> {
    /// Records a data symbol for the listing (when one is asked for), as defined from `desc`.
    /// Call it next to `define_data`; symbols built by `reflectdata` can be pushed to
    /// `data_symbols` directly, with their gc attributes.
    pub fn note_data(&mut self, id: DataId, desc: &DataDescription, attrs: DataAttrs) {
        if self.listing {
            self.data_symbols
                .push(asm::data_symbol(&self.module, id, desc, attrs));
        }
    }

    /// Whether this object defines the code of `prog.funcs[f]` (see [`crate::Unit`]).
    pub fn owns_func(&self, f: FuncId) -> bool {
        match self.unit {
            crate::Unit::Whole => true,
            crate::Unit::Library(library) => self.library_func(library, f),
            crate::Unit::Program(library, _) => !self.library_func(library, f),
        }
    }

    /// Whether `prog.funcs[f]` is code of the library archive's object: a function of a
    /// package in `library`, but not a wrapper made where a method value or expression is
    /// used (any package may make one: the program's object has those).
    fn library_func(&self, library: &std::collections::HashSet<PkgId>, f: FuncId) -> bool {
        let func = &self.prog.funcs[f.index()];
        let declared = library.contains(&func.sym.pkg())
            && (!func.autogenerated || self.table_wrappers.contains(&f));
        declared || self.archive_wrappers.contains(&f)
    }

    /// Whether this object defines the variables and statics of package `pkg`.
    pub fn owns_pkg(&self, pkg: PkgId) -> bool {
        match self.unit {
            crate::Unit::Whole => true,
            crate::Unit::Library(library) => library.contains(&pkg),
            crate::Unit::Program(library, _) => !library.contains(&pkg),
        }
    }

    /// Whether this is the library archive's object (its shared data is local or weak).
    pub fn is_library_unit(&self) -> bool {
        matches!(self.unit, crate::Unit::Library(_))
    }

    /// The module id of `prog.funcs[f]`, declared as another object's on first use.
    pub fn func_id(&mut self, f: FuncId) -> ClFuncId {
        if let Some(id) = self.funcs[f.index()] {
            return id;
        }
        let func = &self.prog.funcs[f.index()];
        let name = func.sym.link_name(&self.prog.types);
        let sig = signature(&self.func_abis[f.index()], self.call_conv);
        let id = self
            .module
            .declare_function(&name, Linkage::Import, &sig)
            .expect("a function declared once, with one signature");
        self.funcs[f.index()] = Some(id);
        if self.is_library_unit() {
            self.symbol_needs.push(name);
        }
        id
    }

    /// The module id of `prog.globals[g]`, declared as another object's on first use.
    pub fn global_id(&mut self, g: typed_ir::GlobalId) -> DataId {
        if let Some(id) = self.globals[g.index()] {
            return id;
        }
        let name = self.prog.globals[g.index()].sym.link_name(&self.prog.types);
        let id = self
            .module
            .declare_data(&name, Linkage::Import, true, false)
            .expect("a variable declared once");
        self.globals[g.index()] = Some(id);
        id
    }

    /// Declares a runtime function (once) with its signature from `runtime.rs`.
    pub fn runtime_func(&mut self, name: &'static str) -> Result<ClFuncId, String> {
        if let Some(&(id, _)) = self.runtime_funcs.get(name) {
            return Ok(id);
        }
        let (sig, returns) = crate::runtime::signature(name, self.call_conv)
            .ok_or_else(|| format!("runtime function {name} is not in the runtime ABI"))?;
        let id = self
            .module
            .declare_function(name, Linkage::Import, &sig)
            .map_err(|e| e.to_string())?;
        self.runtime_funcs.insert(name, (id, returns));
        Ok(id)
    }
}

pub(crate) fn compile_program<'p>(
    prog: &'p Program,
    isa: OwnedTargetIsa,
    opts: &Options,
    positions: Option<&crate::Positions>,
    unit: crate::Unit<'p>,
) -> Result<Compiled, String> {
    let call_conv = isa.default_call_conv();
    let arm64 = matches!(
        isa.triple().architecture,
        target_lexicon::Architecture::Aarch64(_)
    );
    let module = obj::new_module(isa)?;
    let mut cx = CodegenCx {
        module,
        prog,
        call_conv,
        arm64,
        funcs: Vec::new(),
        func_abis: Vec::new(),
        externs: Vec::new(),
        globals: vec![None; prog.globals.len()],
        runtime_funcs: HashMap::new(),
        strings: HashMap::new(),
        typedata: TypeData::new(&prog.types, prog.pkg),
        extern_data: HashMap::new(),
        eq_records: Vec::new(),
        hash_listings: Vec::new(),
        statics: Vec::new(),
        funcvals: HashMap::new(),
        type_asserts: HashMap::new(),
        iface_switches: HashMap::new(),
        srclocs: Srclocs::default(),
        listing: opts.listing,
        data_symbols: Vec::new(),
        defer_bodies: HashMap::new(),
        unit,
        type_needs: Vec::new(),
        itab_needs: Vec::new(),
        symbol_needs: Vec::new(),
        table_wrappers: prog
            .methods
            .iter()
            .flat_map(|tm| &tm.methods)
            .flat_map(|m| [Some(m.func), m.ptr_wrapper])
            .flatten()
            .filter(|f| prog.funcs[f.index()].autogenerated)
            .collect(),
        archive_wrappers: Default::default(),
    };
    cx.archive_wrappers = archive_wrappers(prog, unit, &cx.table_wrappers);
    let types = &prog.types;
    for f in &prog.funcs {
        let params: Vec<TypeId> = f.params.iter().map(|&p| f.local(p).ty).collect();
        let mut abi = go_abi(types, &params, &f.results, 2);
        // Closures and method values' wrappers read their variables from the funcval.
        abi.context = !f.captures.is_empty();
        cx.func_abis.push(abi);
        cx.funcs.push(None);
    }
    for (i, f) in prog.funcs.iter().enumerate() {
        if !cx.owns_func(FuncId(i as u32)) {
            continue;
        }
        let name = f.sym.link_name(types);
        let abi = cx.func_abis[i].clone();
        let id = cx
            .module
            .declare_function(&name, Linkage::Export, &signature(&abi, call_conv))
            .map_err(|e| format!("{name}: {e}"))?;
        cx.funcs[i] = Some(id);
        if f.has_defer_frame() {
            // The program's function table refers to the archive's bodies.
            let linkage = match cx.is_library_unit() {
                true => Linkage::Export,
                false => Linkage::Local,
            };
            let body = cx
                .module
                .declare_function(
                    &format!("{name}·body"),
                    linkage,
                    &defer::body_signature(&abi),
                )
                .map_err(|e| format!("{name}: {e}"))?;
            let layout = defer::DeferLayout::new(&cx, f);
            cx.defer_bodies.insert(i, (body, layout));
        }
    }
    for e in &prog.externs {
        let abi = go_abi(types, &e.params, &e.results, 1);
        let mut sig = signature(&abi, call_conv);
        // A runtime function's C signature is written once, in the runtime ABI table: the
        // IR's declaration must agree with it word for word, and the table says which narrow
        // arguments the caller extends.
        if let Some((table, _)) = crate::runtime::signature(&e.name, call_conv) {
            let words = |s: &cranelift_codegen::ir::Signature| {
                let p: Vec<_> = s.params.iter().map(|p| p.value_type).collect();
                let r: Vec<_> = s.returns.iter().map(|p| p.value_type).collect();
                (p, r)
            };
            if words(&table) != words(&sig) {
                return Err(format!("{}: disagrees with the runtime ABI table", e.name));
            }
            sig = table;
        }
        let id = cx
            .module
            .declare_function(&e.name, Linkage::Import, &sig)
            .map_err(|err| format!("{}: {err}", e.name))?;
        cx.externs.push((id, abi));
    }
    cx.define_globals()?;
    cx.define_inittasks()?;
    cx.set_method_sets();
    cx.need_runtime_error_types();
    cx.define_statics()?;

    let mut ctx = cx.module.make_context();
    let mut fb_ctx = FunctionBuilderContext::new();
    // Listings and disassembly need what Cranelift saw while compiling: no cached code then.
    let mut cache = if opts.disasm || opts.listing {
        crate::cache::CodeCache::none()
    } else {
        crate::cache::CodeCache::from_env()
    };
    let mut records = Vec::new();
    let mut disasm = Vec::new();
    let mut functions = Vec::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        if !cx.owns_func(FuncId(i as u32)) {
            continue;
        }
        let name = f.sym.link_name(types);
        let deferring = cx.defer_bodies.get(&i).cloned();
        let init = prog
            .packages
            .iter()
            .any(|p| p.tasks.contains(&FuncId(i as u32)));
        let flags = match (f.is_wrapper(), init) {
            (true, _) => FUNC_WRAPPER,
            (false, true) => FUNC_INIT,
            (false, false) => 0,
        };
        if let Some((body, layout)) = &deferring {
            // `main.f` of a function with defers (`defer.rs`): the record, the body's call.
            let sig = signature(&cx.func_abis[i], call_conv);
            let id = cx.func_id(FuncId(i as u32));
            build_and_define(
                &mut cx,
                &mut ctx,
                &mut fb_ctx,
                &mut cache,
                opts.disasm,
                id,
                sig,
                &name,
                |cx, func, fb| defer::build_outer(cx, func, fb, i, f, *body, layout),
            )?;
            let code = ctx
                .compiled_code()
                .ok_or_else(|| format!("{name}: no code"))?;
            let site = code
                .buffer
                .call_sites()
                .find_map(|c| {
                    c.exception_handlers.iter().find_map(|h| match h {
                        cranelift_codegen::FinalizedMachExceptionHandler::Default(off) => {
                            Some((*off, c.frame_offset))
                        }
                        _ => None,
                    })
                })
                .and_then(|(off, frame)| Some((off, frame?)));
            let Some((handler, frame_offset)) = site else {
                return Err(format!(
                    "{name}: no exception handler for the deferring call"
                ));
            };
            let (file, lines, file_changes) =
                line_table(code, &cx.srclocs, f.span, f.autogenerated, positions);
            records.push(FuncRecord {
                id: cx.func_id(FuncId(i as u32)),
                fields: RecordFields {
                    name: name.clone(),
                    size: code.code_buffer().len() as u64,
                    flags: FUNC_DEFER_FRAME,
                    handler,
                    frame_offset,
                    file,
                    lines,
                    file_changes,
                },
            });
            if opts.disasm {
                disasm.push((name.clone(), code.vcode.clone().unwrap_or_default()));
            }
            if opts.listing {
                let id = cx.func_id(FuncId(i as u32));
                functions.push(asm::capture_function(
                    &cx.module,
                    id,
                    &ctx.func,
                    code,
                    &cx.srclocs,
                    f.span,
                    0,
                    arm64,
                    f.autogenerated,
                ));
            }
        }
        let (own_id, sig) = match &deferring {
            Some((body, _)) => (*body, defer::body_signature(&cx.func_abis[i])),
            None => (
                cx.func_id(FuncId(i as u32)),
                signature(&cx.func_abis[i], call_conv),
            ),
        };
        build_and_define(
            &mut cx,
            &mut ctx,
            &mut fb_ctx,
            &mut cache,
            opts.disasm,
            own_id,
            sig,
            &name,
            |cx, func, fb| build_function(cx, func, fb, i, f),
        )?;
        let code = ctx
            .compiled_code()
            .ok_or_else(|| format!("{name}: no code"))?;
        let (file, lines, file_changes) =
            line_table(code, &cx.srclocs, f.span, f.autogenerated, positions);
        records.push(FuncRecord {
            id: own_id,
            fields: RecordFields {
                name: name.clone(),
                size: code.code_buffer().len() as u64,
                flags,
                handler: 0,
                frame_offset: 0,
                file,
                lines,
                file_changes,
            },
        });
        let name = match deferring {
            Some(_) => format!("{name}·body"),
            None => name,
        };
        if opts.disasm {
            disasm.push((name.clone(), code.vcode.clone().unwrap_or_default()));
        }
        if opts.listing {
            let params: Vec<TypeId> = f.params.iter().map(|&p| f.local(p).ty).collect();
            functions.push(asm::capture_function(
                &cx.module,
                own_id,
                &ctx.func,
                code,
                &cx.srclocs,
                f.span,
                asm::args_size(types, &params),
                arm64,
                f.autogenerated,
            ));
        }
    }
    let statics: Vec<_> = cx.statics.iter().flatten().copied().collect();
    if cx.is_library_unit() {
        // The archive's object: its code and data; the program's object has the rest.
        let summary = library_summary(&cx, &records);
        let data = std::mem::take(&mut cx.data_symbols);
        let product = cx.module.finish();
        let object = obj::finish(product, &records, true, None, &statics)?;
        return Ok(Compiled {
            object,
            disasm,
            functions,
            data,
            summary: Some(summary),
        });
    }
    if let crate::Unit::Program(_, summary) = cx.unit {
        cx.need_archive(summary)?;
    }
    let blob = cx.finish_type_data()?;
    functions.append(&mut cx.hash_listings);
    for (id, name, size) in std::mem::take(&mut cx.eq_records) {
        records.push(FuncRecord {
            id,
            fields: RecordFields {
                name,
                size,
                flags: 0,
                handler: 0,
                frame_offset: 0,
                file: AUTOGENERATED.to_string(),
                lines: vec![(0, 1)],
                file_changes: Vec::new(),
            },
        });
    }
    if opts.listing {
        cx.data_symbols.extend(blob.iter().cloned());
    }
    let data = std::mem::take(&mut cx.data_symbols);
    let product = cx.module.finish();
    let object = obj::finish(product, &records, false, Some(&blob), &statics)?;
    Ok(Compiled {
        object,
        disasm,
        functions,
        data,
        summary: None,
    })
}

/// The wrappers the compiler makes where a method value or method expression is used (gc's
/// `T.M-fm`, `(*T).M`…; any package may make one, gc's linker keeps one copy) that the
/// library archive's object defines: in the archive's own unit, those its code uses; in the
/// program's, those the archive defines (its summary names them), which the program's code
/// then calls there.
fn archive_wrappers(
    prog: &Program,
    unit: crate::Unit<'_>,
    table_wrappers: &std::collections::HashSet<FuncId>,
) -> std::collections::HashSet<FuncId> {
    use std::collections::HashSet;
    let on_demand = |f: FuncId| prog.funcs[f.index()].autogenerated && !table_wrappers.contains(&f);
    let all = (0..prog.funcs.len()).map(|i| FuncId(i as u32));
    match unit {
        crate::Unit::Whole => HashSet::new(),
        crate::Unit::Library(library) => {
            let mut out = HashSet::new();
            let mut work: Vec<FuncId> = all
                .filter(|&f| library.contains(&prog.funcs[f.index()].sym.pkg()) && !on_demand(f))
                .collect();
            let mut seen: HashSet<FuncId> = work.iter().copied().collect();
            while let Some(f) = work.pop() {
                typed_ir::walk_exprs(&prog.funcs[f.index()].body, &mut |e| {
                    use typed_ir::ExprKind::*;
                    let used = match &e.kind {
                        Call(g, _) | FuncValue(g) | Closure { func: g, .. } => vec![*g],
                        MethodValue {
                            wrapper, method, ..
                        } => [Some(*wrapper), *method].into_iter().flatten().collect(),
                        _ => vec![],
                    };
                    for g in used {
                        if on_demand(g) && seen.insert(g) {
                            out.insert(g);
                            work.push(g);
                        }
                    }
                });
            }
            out
        }
        crate::Unit::Program(_, summary) => {
            let defined: HashSet<&str> = summary.funcs.iter().map(String::as_str).collect();
            all.filter(|&f| {
                on_demand(f)
                    && defined.contains(prog.funcs[f.index()].sym.link_name(&prog.types).as_str())
            })
            .collect()
        }
    }
}

/// What the program's object must know of a library archive's object (`cx` having compiled
/// it): its functions' records, and the type data and functions its code refers to.
fn library_summary(cx: &CodegenCx, records: &[FuncRecord]) -> crate::archive::LibrarySummary {
    use crate::archive::Need;
    let decls = cx.module.declarations();
    let funcs = records
        .iter()
        .map(|r| {
            decls
                .get_function_decl(r.id)
                .linkage_name(r.id)
                .into_owned()
        })
        .collect();
    let mut needs: Vec<Need> = cx
        .type_needs
        .iter()
        .map(|&t| Need::Type(cx.typedata.type_symbol(t)))
        .chain(
            cx.itab_needs
                .iter()
                .map(|&(c, i)| Need::Itab(cx.typedata.type_symbol(c), cx.typedata.type_symbol(i))),
        )
        .chain(cx.symbol_needs.iter().cloned().map(Need::Symbol))
        .collect();
    needs.sort();
    needs.dedup();
    let prog = cx.prog;
    let mut shapes: Vec<(String, String)> = cx
        .type_needs
        .iter()
        .chain(cx.itab_needs.iter().flat_map(|(c, i)| [c, i]))
        .map(|&t| {
            let shape = crate::archive::shape(&prog.types, t);
            (cx.typedata.type_symbol(t), shape)
        })
        .collect();
    shapes.sort();
    shapes.dedup();
    let owned = (0..prog.funcs.len())
        .map(|i| FuncId(i as u32))
        .filter(|&f| cx.owns_func(f));
    let mut recovers = false;
    let mut tags = Vec::new();
    for f in owned {
        let func = &prog.funcs[f.index()];
        typed_ir::walk_exprs(&func.body, &mut |e| {
            if let typed_ir::ExprKind::CallExtern(x, _) = &e.kind {
                recovers |= prog.externs[x.index()].name == "runtime.gorecover";
            }
        });
        if let Some(Some(t)) = prog.escape_tags.get(f.index()) {
            tags.push((func.sym.link_name(&prog.types), t.clone()));
        }
    }
    crate::archive::LibrarySummary {
        funcs,
        needs,
        shapes,
        recovers,
        tags,
    }
}

/// gc's file name for compiler-generated code (method wrappers, equality functions), always
/// at line 1.
const AUTOGENERATED: &str = "<autogenerated>";

/// A function's file at offset 0, its `(offset, line)` pairs and where the file changes
/// (`RecordFields::file`, `lines`, `file_changes`).
type LineTable = (String, Vec<(u32, u32)>, Vec<(usize, String)>);

/// A compiled function's file and line table for its `runtime.functab` record: `(code
/// offset, line)` wherever the line changes, starting at offset 0 with the line of the
/// declaration (the prologue's, as gc's), and the file wherever a line directive changes it.
/// Code without a srcloc keeps the line before it. Without `positions`, none (an empty
/// file: the record's pointers stay null).
fn line_table(
    code: &cranelift_codegen::CompiledCode,
    srclocs: &Srclocs,
    decl: base::source::Span,
    autogenerated: bool,
    positions: Option<&crate::Positions>,
) -> LineTable {
    let Some(positions) = positions else {
        return (String::new(), Vec::new(), Vec::new());
    };
    if autogenerated {
        return (AUTOGENERATED.to_string(), vec![(0, 1)], Vec::new());
    }
    // The file as the runtime names it: the file's own, or a line directive's — `??` when
    // empty, and made absolute from the file's directory as gc's `objabi.AbsFile`.
    // A position's file, as (the source file, the directive's name if one applies): compared
    // per srcloc, named only where it changes.
    let map = positions.map;
    let name = |file: base::source::FileId, directive: Option<&str>| {
        let own = positions.file_names.get(file.0 as usize);
        let own = own.map_or("", String::as_str);
        match directive {
            Some(d) => base::source::directive_path(own, d),
            None => own.to_string(),
        }
    };
    let at_decl = map.file(decl.file).rel(decl.lo);
    let mut file = (decl.file, at_decl.directive_file);
    let first = name(file.0, file.1);
    let mut changes: Vec<(usize, String)> = Vec::new();
    let mut lines = vec![(0, at_decl.line)];
    for s in code.buffer.get_srclocs_sorted() {
        let Some(span) = srclocs.span(s.loc) else {
            continue;
        };
        let rel = map.file(span.file).rel(span.lo);
        let line = rel.line;
        let in_file = (span.file, rel.directive_file);
        let same_file = in_file == file;
        let last = *lines.last().expect("the entry at offset 0");
        if last.1 == line && same_file {
            continue;
        }
        // An entry at the same offset is replaced; a new file starts at the entry.
        let at = match last.0 == s.start {
            true => {
                lines.pop();
                lines.len()
            }
            false => lines.len(),
        };
        lines.push((s.start, line));
        if !same_file {
            if changes.last().is_some_and(|c| c.0 == at) {
                changes.pop();
            }
            changes.push((at, name(in_file.0, in_file.1)));
            file = in_file;
        }
    }
    (first, lines, changes)
}

/// Builds one function into `ctx` with `build` (a panic of the code generator is reported as
/// an internal error) and defines it in the module as `id`.
#[allow(clippy::too_many_arguments)]
fn build_and_define<'p>(
    cx: &mut CodegenCx<'p>,
    ctx: &mut cranelift_codegen::Context,
    fb_ctx: &mut FunctionBuilderContext,
    cache: &mut crate::cache::CodeCache,
    disasm: bool,
    id: ClFuncId,
    sig: ir::Signature,
    name: &str,
    build: impl FnOnce(
        &mut CodegenCx<'p>,
        &mut ir::Function,
        &mut FunctionBuilderContext,
    ) -> Result<(), String>,
) -> Result<(), String> {
    ctx.clear();
    ctx.set_disasm(disasm);
    ctx.func.signature = sig;
    ctx.func.name = ir::UserFuncName::user(0, id.as_u32());
    let built = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        build(cx, &mut ctx.func, fb_ctx)
    }));
    match built {
        Ok(Ok(())) => {}
        Ok(Err(e)) => return Err(format!("{name}: {e}")),
        Err(_) => return Err(format!("{name}: internal error in the code generator")),
    }
    if cx.arm64 {
        fma::fuse(&mut ctx.func);
    }
    // Compiled (or found in the code cache) here, then handed to the module as bytes, as
    // cranelift-object's define_function does with what it compiles.
    let mut ctrl = cranelift_codegen::control::ControlPlane::default();
    if let Err(e) = ctx.compile_with_cache(cx.module.isa(), cache, &mut ctrl) {
        let e = cranelift_module::ModuleError::Compilation(e.inner);
        return Err(format!("{name}: {}", describe_module_error(&e)));
    }
    let code = ctx
        .compiled_code()
        .ok_or_else(|| format!("{name}: no code"))?;
    let relocs: Vec<cranelift_module::ModuleReloc> = code
        .buffer
        .relocs()
        .iter()
        .map(|r| cranelift_module::ModuleReloc::from_mach_reloc(r, &ctx.func, id))
        .collect();
    let alignment = code.buffer.alignment as u64;
    let bytes = code.buffer.data().to_vec();
    cx.module
        .define_function_bytes(id, alignment, &bytes, &relocs)
        .map_err(|e| format!("{name}: {}", describe_module_error(&e)))
}

fn describe_module_error(e: &cranelift_module::ModuleError) -> String {
    match e {
        cranelift_module::ModuleError::Compilation(cranelift_codegen::CodegenError::Verifier(
            errs,
        )) => {
            format!("verifier errors: {errs}")
        }
        other => other.to_string(),
    }
}

/// Where a local lives (see the module doc).
#[derive(Clone, Debug)]
pub(crate) enum LocalStore {
    Vars(Vec<Variable>),
    /// Address of a stack slot (computed in the entry block).
    Slot(Value),
    /// A variable holding the address of the local's memory.
    Ptr(Variable),
}

pub(crate) struct FunctionCx<'a, 'p> {
    pub cx: &'a mut CodegenCx<'p>,
    pub b: FunctionBuilder<'a>,
    pub prog: &'p Program,
    pub func: &'p Func,
    pub abi: GoAbi,
    pub out_ptr: Option<Value>,
    pub locals: Vec<LocalStore>,
    /// `break` and `continue` targets of the enclosing loops and switches.
    pub labels: HashMap<LabelId, (Block, Option<Block>)>,
    /// The block of each `goto` target, made at the first `Label` or `Goto` naming it.
    pub goto_blocks: HashMap<LabelId, Block>,
    pub func_refs: HashMap<ClFuncId, FuncRef>,
    /// The function's name for each data object it refers to (see `data_addr`).
    pub data_refs: HashMap<DataId, ir::UserExternalNameRef>,
    pub errors: Vec<String>,
    /// In the body of a function with defers: its defer record (`defer.rs`).
    pub defer_frame: Option<defer::DeferFrame>,
    /// The object small heap variables of the current block share (`heapvars.rs`).
    pub heap_group: Option<heapvars::HeapGroup>,
    /// The source location the instructions being emitted get (see [`FunctionCx::set_loc`]).
    loc: ir::SourceLoc,
}

/// `runtime.functab` flags: a wrapper `recover` looks through (gc's `FuncIDWrapper`).
const FUNC_WRAPPER: u32 = 1;
/// `runtime.functab` flags: the `main.f` of a function with defers, which a recovered panic
/// resumes (`defer.rs`); tracebacks skip it (its body is listed as `main.f`).
const FUNC_DEFER_FRAME: u32 = 2;
/// `runtime.functab` flags: a function the runtime calls to initialise a package (`P.init`,
/// `P.init.0`, …: gc's `doInit1` calls them), where a stack walk ends.
const FUNC_INIT: u32 = 4;

impl<'a, 'p> FunctionCx<'a, 'p> {
    /// Seals and finalizes the function built; the errors met, if any.
    fn finish(mut self) -> Result<(), String> {
        self.b.seal_all_blocks();
        let errors = std::mem::take(&mut self.errors);
        let config = self.cx.module.isa().frontend_config();
        self.b.finalize(config);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("; "))
        }
    }

    fn new(
        cx: &'a mut CodegenCx<'p>,
        b: FunctionBuilder<'a>,
        func: &'p Func,
        abi: GoAbi,
    ) -> FunctionCx<'a, 'p> {
        let prog = cx.prog;
        FunctionCx {
            cx,
            b,
            prog,
            func,
            abi,
            out_ptr: None,
            locals: Vec::new(),
            labels: HashMap::new(),
            goto_blocks: HashMap::new(),
            func_refs: HashMap::new(),
            data_refs: HashMap::new(),
            errors: Vec::new(),
            defer_frame: None,
            heap_group: None,
            loc: ir::SourceLoc::default(),
        }
    }
}

fn build_function<'p>(
    cx: &mut CodegenCx<'p>,
    func: &mut ir::Function,
    fb_ctx: &mut FunctionBuilderContext,
    index: usize,
    f: &'p Func,
) -> Result<(), String> {
    let abi = cx.func_abis[index].clone();
    let layout = cx.defer_bodies.get(&index).map(|(_, l)| l.clone());
    let b = FunctionBuilder::new(func, fb_ctx);
    let mut fx = FunctionCx::new(cx, b, f, abi);
    fx.set_loc(f.span);
    let entry = fx.b.create_block();
    fx.b.append_block_params_for_function_params(entry);
    fx.b.switch_to_block(entry);
    if let Some(layout) = layout {
        let record = fx.b.block_params(entry)[0];
        fx.defer_frame = Some(defer::DeferFrame { record, layout });
    }
    fx.setup_locals(entry);
    fx.block(&f.body);
    // Falling off the end: a function without results returns; one with results cannot get
    // here in a checked program. gc places this exit (and its deferred calls) at the closing
    // brace.
    if f.results.is_empty() {
        if !f.autogenerated && f.span.hi > f.span.lo {
            let brace = base::source::Span::new(f.span.file, f.span.hi - 1, f.span.hi);
            fx.set_loc(brace);
        }
        fx.run_defers();
        fx.b.ins().return_(&[]);
    } else {
        fx.b.ins().trap(ir::TrapCode::unwrap_user(2));
    }
    fx.finish()
}

impl<'a, 'p> FunctionCx<'a, 'p> {
    pub fn types(&self) -> &'p Types {
        &self.prog.types
    }

    /// Records a construct the backend cannot lower; compilation of the function fails.
    pub fn error(&mut self, msg: impl Into<String>) {
        self.errors.push(msg.into());
    }

    fn setup_locals(&mut self, entry: Block) {
        let params = self.b.block_params(entry).to_vec();
        let mut next = 0;
        if self.defer_frame.is_some() {
            // The body of a function with defers: the record first, results through it.
            next = 1;
        } else if let ResultAbi::OutPtr { .. } = self.abi.results {
            self.out_ptr = Some(params[0]);
            next = 1;
        }
        // Incoming values per parameter local.
        let mut incoming: HashMap<LocalId, CValue> = HashMap::new();
        for (i, &p) in self.func.params.iter().enumerate() {
            let v = match &self.abi.params[i] {
                ParamAbi::Parts(tys) => {
                    let v = CValue::Parts(params[next..next + tys.len()].to_vec());
                    next += tys.len();
                    v
                }
                ParamAbi::ByRef => {
                    next += 1;
                    CValue::Mem(params[next - 1])
                }
                // The word is the value: it gets a slot of its own, the parameter's storage.
                ParamAbi::Word => {
                    next += 1;
                    let slot = self.new_slot(8);
                    self.b.ins().store(go_mem(), params[next - 1], slot, 0);
                    CValue::Mem(slot)
                }
            };
            incoming.insert(p, v);
        }
        for (i, local) in self.func.locals.iter().enumerate() {
            let id = LocalId(i as u32);
            let repr = self.repr(local.ty);
            // In the body of a function with defers, a named result lives in the defer
            // record (one moved to heap: its object, whose address the record holds).
            let in_record = defer::result_index(self.func, id)
                .filter(|_| !local.heap)
                .and_then(|r| self.defer_result_addr(r));
            let store = if let Some(addr) = in_record {
                LocalStore::Slot(addr)
            } else if local.heap {
                let var = self.b.declare_var(PTR);
                let zero = self.b.ins().iconst(PTR, 0);
                self.b.def_var(var, zero);
                LocalStore::Ptr(var)
            } else if let (Repr::Mem, Some(CValue::Mem(addr))) = (&repr, incoming.get(&id)) {
                let var = self.b.declare_var(PTR);
                self.b.def_var(var, *addr);
                LocalStore::Ptr(var)
            } else {
                match repr {
                    Repr::Parts(parts) if !local.addr_taken => {
                        // Temporaries are assigned before they are read.
                        let temp = local.kind == LocalKind::Temp;
                        let vars: Vec<Variable> = parts
                            .iter()
                            .map(|&(ty, _)| {
                                let var = self.b.declare_var(ty);
                                if !temp {
                                    let zero = self.zero_scalar(ty);
                                    self.b.def_var(var, zero);
                                }
                                var
                            })
                            .collect();
                        LocalStore::Vars(vars)
                    }
                    _ => {
                        let size = self.types().size_of(local.ty);
                        LocalStore::Slot(self.new_slot(size))
                    }
                }
            };
            self.locals.push(store);
        }
        // Parameters: move incoming values into their storage.
        for (&p, v) in self
            .func
            .params
            .iter()
            .zip(self.func.params.iter().map(|p| incoming[p].clone()))
        {
            let local = self.func.local(p);
            if local.heap {
                self.alloc_heap_local(p);
                let (addr, off) = self.local_addr(p);
                self.store_value(local.ty, addr, off, &v);
            } else {
                match self.locals[p.index()].clone() {
                    LocalStore::Vars(vars) => {
                        for (var, val) in vars.iter().zip(v.parts()) {
                            self.b.def_var(*var, *val);
                        }
                    }
                    LocalStore::Slot(addr) => self.store_value(local.ty, addr, 0, &v),
                    LocalStore::Ptr(_) => {}
                }
            }
        }
        for (i, local) in self.func.locals.iter().enumerate() {
            if local.kind == LocalKind::Result {
                self.init_local(LocalId(i as u32));
                let id = LocalId(i as u32);
                if let (true, Some(r)) = (local.heap, defer::result_index(self.func, id)) {
                    if let Some(slot) = self.defer_result_addr(r) {
                        let (object, _) = self.local_addr(id);
                        self.b.ins().store(go_mem(), object, slot, 0);
                    }
                }
            }
        }
        if self.abi.context {
            let context = params[params.len() - 1];
            self.load_captures(context);
        }
    }

    /// A closure's captured variables, from the funcval it was called with: a variable
    /// captured by value is copied into the closure's local, one captured by reference is
    /// reached through the address the funcval holds.
    fn load_captures(&mut self, context: Value) {
        let func = self.func;
        let types = self.types();
        let layout = func.captures.iter().map(|c| {
            let t = func.local(c.local).ty;
            if c.by_ref {
                (8, 8)
            } else {
                (types.size_of(t), types.align_of(t))
            }
        });
        let offsets = expr::closure_offsets(layout);
        for (c, off) in func.captures.iter().zip(offsets) {
            let ty = func.local(c.local).ty;
            match self.locals[c.local.index()].clone() {
                LocalStore::Ptr(var) if c.by_ref => {
                    let p = self.b.ins().load(PTR, go_mem(), context, off as i32);
                    self.b.def_var(var, p);
                }
                LocalStore::Vars(vars) => {
                    let v = self.load_value(ty, context, off as i32);
                    for (var, val) in vars.iter().zip(v.parts()) {
                        self.b.def_var(*var, *val);
                    }
                }
                LocalStore::Slot(addr) => {
                    let v = self.load_value(ty, context, off as i32);
                    self.store_value(ty, addr, 0, &v);
                }
                LocalStore::Ptr(var) => {
                    // By value, in memory the funcval does not own: a copy of its own.
                    let size = self.types().size_of(ty);
                    let copy = self.new_slot(size);
                    let src = self.offset_addr(context, off as i32);
                    self.copy_mem(copy, src, size);
                    self.b.def_var(var, copy);
                }
            }
        }
    }

    fn alloc_heap_local(&mut self, l: LocalId) {
        let ty = self.func.local(l).ty;
        let p = self.heap_object(ty);
        if let LocalStore::Ptr(var) = &self.locals[l.index()] {
            self.b.def_var(*var, p);
        }
    }

    /// Go's `var x T`: the zero value (a new object for a heap local).
    fn init_local(&mut self, l: LocalId) {
        let local = self.func.local(l);
        if local.heap {
            // newobject memory is already zeroed.
            self.alloc_heap_local(l);
            return;
        }
        match self.locals[l.index()].clone() {
            LocalStore::Vars(vars) => {
                let Repr::Parts(parts) = self.repr(local.ty) else {
                    return;
                };
                for (var, (ty, _)) in vars.into_iter().zip(parts) {
                    let zero = self.zero_scalar(ty);
                    self.b.def_var(var, zero);
                }
            }
            LocalStore::Slot(addr) => {
                let size = self.types().size_of(local.ty);
                self.zero_mem(addr, size);
            }
            LocalStore::Ptr(var) => {
                let addr = self.b.use_var(var);
                let size = self.types().size_of(local.ty);
                self.zero_mem(addr, size);
            }
        }
    }

    /// The address of a memory-resident local.
    pub fn local_addr(&mut self, l: LocalId) -> (Value, i32) {
        match self.locals[l.index()].clone() {
            LocalStore::Slot(addr) => (addr, 0),
            LocalStore::Ptr(var) => (self.b.use_var(var), 0),
            LocalStore::Vars(_) => {
                self.error(format!(
                    "address of local {} which is not marked addr_taken",
                    self.func.local(l).name
                ));
                (self.b.ins().iconst(PTR, 0), 0)
            }
        }
    }

    /// `&type:T` for `runtime.newobject`, `makeslice`, `gopanic`, ….
    pub fn type_desc(&mut self, t: TypeId) -> Value {
        match self.cx.type_symbol(t) {
            Ok(id) => self.data_addr(id),
            Err(e) => {
                self.error(e);
                self.b.ins().iconst(PTR, 0)
            }
        }
    }

    fn goto_block(&mut self, label: LabelId) -> Block {
        if let Some(&b) = self.goto_blocks.get(&label) {
            return b;
        }
        let b = self.b.create_block();
        self.goto_blocks.insert(label, b);
        b
    }

    /// Leaves the current (terminated) block for a fresh one without predecessors.
    fn start_dead_block(&mut self) {
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    pub fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    /// Gives the instructions emitted from now on the position `span` (a statement's; a
    /// call's for its call instruction, which the runtime's line table reports).
    pub fn set_loc(&mut self, span: base::source::Span) {
        self.loc = self.cx.srclocs.loc(span);
        self.b.set_srcloc(self.loc);
    }

    /// Runs `emit` with the instructions it emits at the position of the call `span`, then
    /// goes back to the position before: a call's return address maps to the call's line
    /// (`runtime.Caller`), not to its statement's first.
    pub fn at_call<T>(&mut self, span: base::source::Span, emit: impl FnOnce(&mut Self) -> T) -> T {
        let before = self.loc;
        self.set_loc(span);
        let out = emit(self);
        self.loc = before;
        self.b.set_srcloc(before);
        out
    }

    fn stmt(&mut self, s: &Stmt) {
        self.set_loc(s.span);
        match &s.kind {
            StmtKind::Decl(l) => {
                if self.func.local(*l).kind != LocalKind::Result {
                    self.init_local(*l);
                }
            }
            StmtKind::Assign(place, src) => self.assign(place, src),
            StmtKind::AssignMulti(places, src) => self.assign_multi(places, src),
            StmtKind::Expr(e) => {
                self.eval(e);
            }
            StmtKind::If { cond, then, els } => {
                let c = self.eval(cond).val();
                let then_b = self.b.create_block();
                let else_b = self.b.create_block();
                let join = self.b.create_block();
                self.b.ins().brif(c, then_b, &[], else_b, &[]);
                self.b.switch_to_block(then_b);
                self.block(then);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(else_b);
                self.block(els);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(join);
            }
            StmtKind::Loop {
                label,
                cond,
                body,
                post,
            } => {
                let header = self.b.create_block();
                let body_b = self.b.create_block();
                let post_b = self.b.create_block();
                let exit = self.b.create_block();
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(header);
                match cond {
                    Some(c) => {
                        let c = self.eval(c).val();
                        self.b.ins().brif(c, body_b, &[], exit, &[]);
                    }
                    None => {
                        self.b.ins().jump(body_b, &[]);
                    }
                }
                self.labels.insert(*label, (exit, Some(post_b)));
                self.b.switch_to_block(body_b);
                self.block(body);
                self.b.ins().jump(post_b, &[]);
                self.b.switch_to_block(post_b);
                self.block(post);
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(exit);
            }
            StmtKind::Switch { label, clauses } => {
                let exit = self.b.create_block();
                let bodies: Vec<Block> = clauses.iter().map(|_| self.b.create_block()).collect();
                self.labels.insert(*label, (exit, None));
                // Tests in source order; `default` is taken when none matched.
                for (i, c) in clauses.iter().enumerate() {
                    for cond in &c.conds {
                        let v = self.eval(cond).val();
                        let next = self.b.create_block();
                        self.b.ins().brif(v, bodies[i], &[], next, &[]);
                        self.b.switch_to_block(next);
                    }
                }
                match clauses.iter().position(|c| c.conds.is_empty()) {
                    Some(d) => self.b.ins().jump(bodies[d], &[]),
                    None => self.b.ins().jump(exit, &[]),
                };
                for (i, c) in clauses.iter().enumerate() {
                    self.b.switch_to_block(bodies[i]);
                    self.block(&c.body);
                    let target = if c.fallthrough && i + 1 < bodies.len() {
                        bodies[i + 1]
                    } else {
                        exit
                    };
                    self.b.ins().jump(target, &[]);
                }
                self.b.switch_to_block(exit);
            }
            StmtKind::Break(label) => {
                match self.labels.get(label) {
                    Some(&(brk, _)) => {
                        self.b.ins().jump(brk, &[]);
                    }
                    None => self.error("break to an unknown label"),
                }
                self.start_dead_block();
            }
            StmtKind::Continue(label) => {
                match self.labels.get(label) {
                    Some(&(_, Some(cont))) => {
                        self.b.ins().jump(cont, &[]);
                    }
                    _ => self.error("continue to an unknown loop"),
                }
                self.start_dead_block();
            }
            StmtKind::Label(label) => {
                let target = self.goto_block(*label);
                self.b.ins().jump(target, &[]);
                self.b.switch_to_block(target);
            }
            StmtKind::Goto(label) => {
                let target = self.goto_block(*label);
                self.b.ins().jump(target, &[]);
                self.start_dead_block();
            }
            StmtKind::Return(exprs) => {
                self.ret(exprs);
                self.start_dead_block();
            }
            StmtKind::Panic(e) => {
                self.panic_value(e);
                self.start_dead_block();
            }
            StmtKind::NilCheck(e) => {
                let v = self.eval(e);
                if let Some(&word) = v.parts().first() {
                    self.nil_check(word);
                }
            }
            StmtKind::Defer {
                func,
                slot,
                in_loop,
            } => {
                let fv = self.eval(func);
                self.defer_stmt(&fv, *slot, *in_loop);
            }
            StmtKind::DeferAt { func, frame } => {
                let fv = self.eval(func).val();
                let frame = self.eval(frame).val();
                self.call_rt("runtime.deferprocat", &[fv, frame]);
            }
            StmtKind::Print { .. } => {
                self.error("a print statement reached codegen (the walk pass lowers them)")
            }
            StmtKind::Block(stmts) => self.block(stmts),
            StmtKind::TypeSwitch { label, x, clauses } => self.type_switch(*label, x, clauses),
        }
    }

    fn ret(&mut self, exprs: &[typed_ir::Expr]) {
        let vals: Vec<CValue> = exprs.iter().map(|e| self.eval(e)).collect();
        if self.defer_frame.is_some() {
            self.defer_return(&vals);
            return;
        }
        let results = self.abi.results.clone();
        let out = self.out_ptr;
        self.return_values(&results, &vals, out);
    }

    /// Returns `vals` by the Go convention `results`: in registers, or stored through the
    /// caller's result pointer `out`.
    pub fn return_values(&mut self, results: &ResultAbi, vals: &[CValue], out: Option<Value>) {
        match results {
            ResultAbi::Regs(_) => {
                let mut flat = Vec::new();
                for v in vals {
                    flat.extend_from_slice(v.parts());
                }
                self.b.ins().return_(&flat);
            }
            ResultAbi::OutPtr { offsets, .. } => {
                let Some(out) = out else {
                    self.error("a result pointer is missing");
                    return;
                };
                for ((v, &off), &t) in vals.iter().zip(offsets).zip(&self.func.results) {
                    self.store_value(t, out, off as i32, v);
                }
                self.b.ins().return_(&[]);
            }
        }
    }

    /// `panic(v)`: `runtime.gopanic(&type:T, &copy)`, as gc's conversion of `v` to `any`.
    fn panic_value(&mut self, e: &typed_ir::Expr) {
        let v = self.eval(e);
        let (typ, data) = if let base::types::Type::Interface(methods) = self.types().under(e.ty) {
            // An interface value already is (type or itab, data); an itab's type is at 8.
            let p = v.parts().to_vec();
            if methods.is_empty() {
                (p[0], p[1])
            } else {
                (self.itab_type(p[0]), p[1])
            }
        } else {
            let typ = self.type_desc(e.ty);
            let data = self.spill(e.ty, &v);
            (typ, data)
        };
        self.call_rt_noreturn("runtime.gopanic", &[typ, data]);
    }

    /// The dynamic type of a non-empty interface: `tab == nil ? nil : tab.Type`.
    pub(crate) fn itab_type(&mut self, tab: Value) -> Value {
        let non_nil = self.b.create_block();
        let join = self.b.create_block();
        let typ = self.b.append_block_param(join, PTR);
        self.b.ins().brif(
            tab,
            non_nil,
            &[],
            join,
            &[cranelift_codegen::ir::BlockArg::Value(tab)],
        );
        self.b.switch_to_block(non_nil);
        let t = self.b.ins().load(PTR, go_mem(), tab, 8);
        self.b
            .ins()
            .jump(join, &[cranelift_codegen::ir::BlockArg::Value(t)]);
        self.b.switch_to_block(join);
        typ
    }
}
