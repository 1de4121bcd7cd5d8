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

pub mod asm;
mod cache;
mod codegen;
mod data;
pub mod listing;
mod object;
pub mod reflectdata;
pub mod runtime;

pub use object::build_isa;

/// What the caller wants besides the object bytes.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Keep Cranelift's disassembly (VCode) of every function, for listings and snapshots.
    pub disasm: bool,
    /// Keep what a gc-style listing needs: every function's code, relocations and line
    /// table, and every data symbol (see [`asm`]).
    pub listing: bool,
}

/// Where the program's code came from, for the line table every function's
/// `runtime.functab` record carries (`runtime.Caller`, `CallersFrames`, tracebacks).
pub struct Positions<'a> {
    pub map: &'a base::source::SourceMap,
    /// The name the runtime reports for each file of `map`, by `FileId`: gc's absolute path
    /// for the user's files.
    pub file_names: Vec<String>,
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
) -> Result<Compiled, String> {
    let isa = build_isa(target)?;
    codegen::compile_program(prog, isa, opts, positions)
}
