//! The pipeline, in order: read → parse (each file) → check (the package) → middle passes →
//! backend → object bytes. Diagnostics from any stage are rendered here, once, in gc's
//! `file.go:line:col: message` form.

use std::path::PathBuf;

use frontend::diag::{self, Diagnostic};
use frontend::source::SourceMap;

use crate::target::Target;

#[derive(Default, Clone)]
pub struct Options {
    /// Keep the textual IR after this pass (`--dump-after`).
    pub dump_after: Option<String>,
    /// Keep Cranelift's disassembly of every function (for snapshot tests).
    pub disasm: bool,
    /// Keep what `-S` lists (machine code, relocations, line tables, data symbols), with
    /// source positions spelled as this says.
    pub listing: Option<Positions>,
}

/// How a listing names source files in its `(file.go:LINE)` positions.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Positions {
    /// The absolute path, cleaned, as `go build -gcflags=-S` and `go tool compile -S` print it.
    Absolute,
    /// The path as given on the command line (stable across machines, for snapshot tests).
    AsGiven,
}

pub struct Output {
    pub object: Vec<u8>,
    /// (pass name, textual IR) for `--dump-after`.
    pub dumps: Vec<(String, String)>,
    /// (function name, Cranelift disassembly) when `Options::disasm` is set.
    pub disasm: Vec<(String, String)>,
    /// Every function's machine code with `file.go:line` positions, when `Options::listing`
    /// is set (see `listing.rs`).
    pub functions: Vec<ListedFunc>,
    /// Every data symbol the object defines, when `Options::listing` is set.
    pub data: Vec<backend::reflectdata::DataSymbol>,
    /// gc's `-m` remarks (escape analysis), rendered `file.go:line:col: message`, one per line,
    /// in gc's order (not sorted).
    pub remarks: String,
}

/// A compiled function as `-S` lists it: the backend's capture with positions rendered.
pub struct ListedFunc {
    pub code: backend::asm::FuncAsm,
    /// `(code offset, "file.go:19")`, as `backend::listing::FuncCode::lines`.
    pub lines: Vec<(u32, String)>,
}

/// Compiles the files of package main to an object file for `target`.
pub fn compile(files: &[PathBuf], target: &Target, options: &Options) -> Result<Output, String> {
    if let Some(pass) = &options.dump_after {
        if !middle::passes::is_pass(pass) {
            let names: Vec<&str> = middle::passes::PASSES.iter().map(|p| p.name).collect();
            return Err(format!("gocrane: unknown pass {pass:?} for --dump-after (passes: {})", names.join(", ")));
        }
    }
    let mut map = SourceMap::default();
    for path in files {
        let bytes = std::fs::read(path).map_err(|e| format!("open {}: {}", path.display(), io_reason(&e)))?;
        // Invalid bytes become markers the lexer reports as gc's `invalid UTF-8 encoding`.
        let text = frontend::lexer::source_text(&bytes);
        map.add(path.display().to_string(), text);
    }
    let mut dumps = Vec::new();
    let mut remarks = Vec::new();
    let program =
        frontend_and_middle(&mut map, options, &mut dumps, &mut remarks).map_err(|diags| diag::render(&map, &diags))?;
    let remarks: String = remarks.iter().map(|r| format!("{}: {}\n", map.position(r.span), r.message)).collect();
    let backend_options = backend::Options { disasm: options.disasm, listing: options.listing.is_some() };
    let compiled = backend::compile(&program, &target.triple, &backend_options).map_err(|e| format!("gocrane: {e}"))?;
    let functions = match options.listing {
        Some(positions) => {
            let names = file_names(&map, files, positions);
            compiled
                .functions
                .into_iter()
                .map(|code| {
                    let lines = code
                        .lines
                        .iter()
                        .map(|&(off, span)| (off, format!("{}:{}", names[span.file.0 as usize], map.line(span))))
                        .collect();
                    ListedFunc { code, lines }
                })
                .collect()
        }
        None => Vec::new(),
    };
    Ok(Output { object: compiled.object, dumps, disasm: compiled.disasm, functions, data: compiled.data, remarks })
}

/// The name of each source file in listing positions (see [`Positions`]).
fn file_names(map: &SourceMap, files: &[PathBuf], positions: Positions) -> Vec<String> {
    map.files
        .iter()
        .zip(files)
        .map(|(file, path)| match positions {
            Positions::AsGiven => file.name.clone(),
            Positions::Absolute => std::path::absolute(path).map_or_else(|_| file.name.clone(), |p| clean(&p).display().to_string()),
        })
        .collect()
}

/// `.` and `..` resolved lexically, as Go's `filepath.Clean` does for gc's positions
/// (`/a/b/../x.go` is `/a/x.go`; symbolic links are not followed).
fn clean(path: &std::path::Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            // `/..` is `/`; a relative path cannot occur (the path is absolute).
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn frontend_and_middle(
    map: &mut SourceMap,
    options: &Options,
    dumps: &mut Vec<(String, String)>,
    remarks: &mut Vec<Diagnostic>,
) -> Result<middle::ir::Program, Vec<Diagnostic>> {
    let package = frontend::compile_package(map)?;
    let out = middle::passes::run_with(package, options.dump_after.as_deref())?;
    if let (Some(pass), Some(text)) = (&options.dump_after, out.dump) {
        dumps.push((pass.clone(), text));
    }
    *remarks = out.remarks;
    Ok(out.program)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        _ => e.to_string(),
    }
}
