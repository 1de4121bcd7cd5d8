//! gocrane backend: compiles the typed IR ([`typed_ir`]) to an ELF object with Cranelift.
//!
//! The pipeline inside the backend:
//!
//! ```text
//!   ir::Program ──► declare every Go function, global, extern  (codegen/mod.rs)
//!               ──► per function: IR tree → CLIF → machine code (codegen/*)
//!               ──► data: string literals, package variables      (data.rs)
//!               ──► type data: descriptors, itabs, names, …       (reflectdata/, data.rs)
//!                   + generated `type:.eq.<shape>` functions       (codegen/eqfunc.rs)
//!               ──► the type-data blob runtime.types…etypes,      (object.rs)
//!                   runtime.functab / nfunctab, ELF bytes
//! ```
//!
//! How a Go value is held in CLIF is decided in `codegen/value.rs`; how Go functions call each
//! other in `codegen/call.rs`; the runtime functions we call are declared in `runtime.rs`
//! (the contract is `docs/runtime-abi.md`).

pub mod archive;
pub mod asm;
mod cache;
mod codegen;
mod data;
pub mod listing;
mod object;
pub mod reflectdata;
pub mod runtime;

pub use cache::{cache_base, mark_used, trim};
pub use object::{build_isa, RecordFields};

/// What the caller wants besides the object bytes.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Keep Cranelift's disassembly (VCode) of every function, for listings and snapshots.
    pub disasm: bool,
    /// Keep what a gc-style listing needs: every function's code, relocations and line
    /// table, and every data symbol (see [`asm`]).
    pub listing: bool,
    /// No optimisation (gc's `-N`): Cranelift's `opt_level=none`.
    pub unoptimized: bool,
}

/// Where the program's code came from, for the line table every function's
/// `runtime.functab` record carries (`runtime.Caller`, `CallersFrames`, tracebacks).
pub struct Positions<'a> {
    pub map: &'a base::source::SourceMap,
    /// The name the runtime reports for each file of `map`, by `FileId`: gc's absolute path
    /// for the user's files.
    pub file_names: Vec<String>,
}

/// Which of the program's functions and data an object holds. A program's standard-library
/// code is the same in every program that imports the same packages, so it is compiled once
/// into an object kept in a cache (the *library archive*, see `src/archive.rs`), and each
/// program's own object holds the rest.
#[derive(Clone, Copy, Default)]
pub enum Unit<'a> {
    /// Everything, in one object.
    #[default]
    Whole,
    /// The functions (but the compiler's method-value and method-expression wrappers, which
    /// any package may make), package variables, read-only statics and init tasks of the
    /// packages in the set: the archive's object. No type data, function table or init
    /// schedule: the program's object has those, told what this one needs by the
    /// [`archive::LibrarySummary`] returned with it. Its string data, funcvals and equality
    /// functions are local.
    Library(&'a std::collections::HashSet<base::types::PkgId>),
    /// Everything else, linked with the archive made by `Library` of the same packages, whose
    /// summary this is.
    Program(
        &'a std::collections::HashSet<base::types::PkgId>,
        &'a archive::LibrarySummary,
    ),
}

/// The result of [`compile`].
pub struct Compiled {
    /// A relocatable ELF object, to be linked with the runtime by `cc -no-pie`.
    pub object: Vec<u8>,
    /// `(link name, disassembly)` per function in IR order; empty unless `Options::disasm`.
    pub disasm: Vec<(String, String)>,
    /// Every function's machine code, in IR order; empty unless `Options::listing`.
    pub functions: Vec<asm::FuncAsm>,
    /// The data symbols the object defines, in definition order; empty unless
    /// `Options::listing`. (`runtime.functab`/`nfunctab`, added by the object writer, are not
    /// among them.)
    pub data: Vec<reflectdata::DataSymbol>,
    /// For [`Unit::Library`]: what the program's object needs to know of this one.
    pub summary: Option<archive::LibrarySummary>,
}

/// Compiles a whole program for `target`; without `positions` the functions' line tables are
/// empty (`runtime.Caller` then reports no file and line 0).
///
/// Errors are internal limits of the backend (an IR construct it does not lower yet, a
/// Cranelift verifier failure), rendered as one message each.
pub fn compile(
    prog: &typed_ir::Program,
    target: &target_lexicon::Triple,
    opts: &Options,
    positions: Option<&Positions>,
    unit: Unit,
) -> Result<Compiled, String> {
    let isa = build_isa(target, opts.unoptimized)?;
    codegen::compile_program(prog, isa, opts, positions, unit)
}
