//! The pipeline, in order: read → parse (each file) → check (the package) → middle passes →
//! backend → object bytes. Diagnostics from any stage are rendered here, once, in gc's
//! `file.go:line:col: message` form.

use std::path::PathBuf;

use base::diag::{self, Diagnostic};
use base::source::SourceMap;

use crate::target::Target;

#[derive(Default, Clone)]
pub struct Options {
    /// Keep the text after this pass (`--dump-after`).
    pub dump_after: Option<middle::passes::Pass>,
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
    /// (pass name, text) for `--dump-after`.
    pub dumps: Vec<(String, String)>,
    /// How long each phase took, in order: parsing and checking, each middle pass, the
    /// backend (`-d timing`).
    pub timings: Vec<(String, std::time::Duration)>,
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
    let mut sources = Vec::new();
    for path in files {
        let bytes = std::fs::read(path)
            .map_err(|e| format!("open {}: {}", path.display(), io_reason(&e)))?;
        sources.push((path.display().to_string(), bytes));
    }
    compile_sources(&sources, files, target, options)
}

/// [`compile`] over sources already read: (name, bytes) for each file, and the paths they
/// came from (for listing positions). The fuzz targets (`fuzz/`) call this with no files.
pub fn compile_sources(
    sources: &[(String, Vec<u8>)],
    files: &[PathBuf],
    target: &Target,
    options: &Options,
) -> Result<Output, String> {
    let mut map = SourceMap::default();
    for (name, bytes) in sources {
        // Invalid bytes become markers the lexer reports as gc's `invalid UTF-8 encoding`.
        map.add(name.clone(), frontend::lexer::source_text(bytes));
    }
    if let Some(error) = header_errors(&map, sources) {
        return Err(error);
    }
    let mut dumps = Vec::new();
    let mut remarks = Vec::new();
    let mut timings = Vec::new();
    let program = frontend_and_middle(&mut map, options, &mut dumps, &mut remarks, &mut timings)
        .map_err(|diags| diag::render(&map, &diags))?;
    let remarks: String = remarks
        .iter()
        .map(|r| match map.position(r.span) {
            // gc prints a remark about a variable without a position as the bare message.
            at if at.is_empty() => format!("{}\n", r.message),
            at => format!("{at}: {}\n", r.message),
        })
        .collect();
    let backend_options = backend::Options {
        disasm: options.disasm,
        listing: options.listing.is_some(),
    };
    let start = std::time::Instant::now();
    let compiled = backend::compile(&program, &target.triple, &backend_options)
        .map_err(|e| format!("gocrane: {e}"))?;
    timings.push(("backend".to_string(), start.elapsed()));
    let mut data = compiled.data;
    let functions = match options.listing {
        Some(positions) => {
            let names = file_names(&map, files, positions);
            // The runtime's Go code compiled with the program is not listed (gc lists the
            // package compiled), nor the data only it uses.
            let (listed, runtime): (Vec<_>, Vec<_>) =
                compiled.functions.into_iter().partition(|code| {
                    code.lines
                        .iter()
                        .all(|&(_, span)| names.get(span.file.0 as usize).is_some())
                });
            if !runtime.is_empty() {
                data = without_runtime_data(data, &listed, &runtime);
            }
            listed
                .into_iter()
                .map(|code| {
                    let lines = code
                        .lines
                        .iter()
                        .map(|&(off, span)| match code.autogenerated {
                            // gc's position of compiler-generated code (method wrappers).
                            true => (off, "<autogenerated>:1".to_string()),
                            false => (
                                off,
                                format!("{}:{}", names[span.file.0 as usize], map.line(span)),
                            ),
                        })
                        .collect();
                    ListedFunc { code, lines }
                })
                .collect()
        }
        None => Vec::new(),
    };
    Ok(Output {
        object: compiled.object,
        dumps,
        disasm: compiled.disasm,
        functions,
        data,
        remarks,
        timings,
    })
}

/// What the go command rejects before it runs the compiler: it reads each file's header (the
/// package clause and the imports) to plan the build, and stops at a NUL byte there
/// (`go: reading x.go: unexpected NUL in input`) or at the first byte that is not UTF-8
/// (`x.go:1:1: illegal UTF-8 encoding`, go/scanner's wording, `(got UTF-16)` for a UTF-16
/// byte order mark) — one error, where the compiler would report every bad byte.
fn header_errors(map: &SourceMap, sources: &[(String, Vec<u8>)]) -> Option<String> {
    use frontend::lexer::{Tok, INVALID_BYTE};
    for (i, (name, bytes)) in sources.iter().enumerate() {
        let text = &map.files[i].text;
        // Only a file with such a byte somewhere needs its header found.
        if !text.contains(['\0', INVALID_BYTE]) {
            continue;
        }
        let tokens = frontend::lexer::lex(text).tokens;
        // The header ends after `package name;` and each `import …;` that follows.
        let mut k = 0;
        if matches!(tokens.first(), Some((_, Tok::Package, _))) {
            k = 3.min(tokens.len());
            while let Some((_, Tok::Import, _)) = tokens.get(k) {
                let group = matches!(tokens.get(k + 1), Some((_, Tok::LParen, _)));
                k += 1;
                while k < tokens.len() && !matches!(tokens[k].1, Tok::Semi if !group) {
                    if group && matches!(tokens[k].1, Tok::RParen) {
                        k += 1;
                        break;
                    }
                    k += 1;
                }
                k += 1;
            }
        }
        let end = match tokens.get(k) {
            Some(&(lo, _, _)) if k > 0 => lo,
            _ if k > 0 => text.len(),
            // No package clause: the header is whatever comes before the first token.
            _ => tokens.first().map_or(text.len(), |t| t.0),
        };
        let header = &text[..end.min(text.len())];
        if header.contains('\0') {
            return Some(format!("go: reading {name}: unexpected NUL in input"));
        }
        if let Some(at) = header.find(INVALID_BYTE) {
            let utf16 =
                at == 0 && (bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]));
            let message = match utf16 {
                true => "illegal UTF-8 encoding (got UTF-16)",
                false => "illegal UTF-8 encoding",
            };
            let span =
                base::source::Span::new(base::source::FileId(i as u32), at as u32, at as u32);
            return Some(format!("{}: {message}", map.position(span)));
        }
    }
    None
}

/// The name of each source file in listing positions (see [`Positions`]).
fn file_names(map: &SourceMap, files: &[PathBuf], positions: Positions) -> Vec<String> {
    map.files
        .iter()
        .zip(files)
        .map(|(file, path)| match positions {
            Positions::AsGiven => file.name.clone(),
            Positions::Absolute => std::path::absolute(path)
                .map_or_else(|_| file.name.clone(), |p| clean(&p).display().to_string()),
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
    timings: &mut Vec<(String, std::time::Duration)>,
) -> Result<middle::ir::Program, Vec<Diagnostic>> {
    let start = std::time::Instant::now();
    let package = frontend::compile_package(map)?;
    timings.push(("parse+check".to_string(), start.elapsed()));
    let out = middle::passes::run_with(package, map, options.dump_after)?;
    if let (Some(pass), Some(text)) = (options.dump_after, out.dump) {
        dumps.push((pass.name().to_string(), text));
    }
    let passes = out.timings.iter().map(|(p, t)| (p.name().to_string(), *t));
    timings.extend(passes);
    *remarks = out.remarks;
    Ok(out.program)
}

/// The compiler's passes recurse over the program's syntax, whose depth the user decides
/// (100,000 nested parentheses, `if`s or calls are valid Go that gc compiles). They run on a
/// thread whose stack is large enough for that; the memory is only reserved, and the pages a
/// shallow program never touches cost nothing.
pub const COMPILER_STACK: usize = 4 << 30;

/// Runs `work` on a thread with [`COMPILER_STACK`] bytes of stack; a panic becomes
/// gocrane's internal-error message.
pub fn on_compiler_stack<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Result<T, String> {
    let thread = std::thread::Builder::new()
        .name("gocrane".into())
        .stack_size(COMPILER_STACK)
        .spawn(work)
        .map_err(|e| format!("gocrane: cannot start the compiler thread: {e}"))?;
    thread
        .join()
        .unwrap_or_else(|_| Err("gocrane: internal error: the compiler panicked".into()))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        _ => e.to_string(),
    }
}

/// The data symbols of a listing without those only the runtime's Go code and its error types
/// use: drop what is reachable from them (by relocations) but not from the program's code and
/// the rest of its data.
fn without_runtime_data(
    data: Vec<backend::reflectdata::DataSymbol>,
    listed: &[backend::asm::FuncAsm],
    runtime: &[backend::asm::FuncAsm],
) -> Vec<backend::reflectdata::DataSymbol> {
    use std::collections::{HashMap, HashSet};
    let index: HashMap<&str, &backend::reflectdata::DataSymbol> =
        data.iter().map(|d| (d.name.as_str(), d)).collect();
    // Type data of (or spelled with) the runtime's types: `type:*runtime.boundsError`,
    // `type:func(*runtime.errorString) string`, … (not `runtime.gcbits.…`, shared). gc
    // defines these in package runtime's object, so a listing of the program never shows
    // them, nor what only they use.
    let is_runtime_type = |n: &str| !n.starts_with("runtime.") && n.contains("runtime.");
    let reach = |roots: Vec<&str>, through_runtime: bool| {
        let mut seen: HashSet<String> = HashSet::new();
        let mut stack = roots;
        while let Some(n) = stack.pop() {
            if !seen.insert(n.to_string()) || (!through_runtime && is_runtime_type(n)) {
                continue;
            }
            if let Some(d) = index.get(n) {
                stack.extend(d.relocs.iter().map(|r| r.target.as_str()));
            }
        }
        seen
    };
    let mut runtime_roots: Vec<&str> = runtime
        .iter()
        .flat_map(|f| f.relocs.iter().map(|r| r.symbol.as_str()))
        .collect();
    runtime_roots.extend(
        data.iter()
            .map(|d| d.name.as_str())
            .filter(|n| is_runtime_type(n)),
    );
    let from_runtime = reach(runtime_roots, true);
    let mut program_roots: Vec<&str> = listed
        .iter()
        .flat_map(|f| f.relocs.iter().map(|r| r.symbol.as_str()))
        .collect();
    let runtime_only = |n: &str| from_runtime.contains(n) || is_runtime_type(n);
    program_roots.extend(
        data.iter()
            .map(|d| d.name.as_str())
            .filter(|n| !runtime_only(n)),
    );
    let from_program = reach(program_roots, false);
    data.into_iter()
        .filter(|d| {
            !is_runtime_type(&d.name) && (!runtime_only(&d.name) || from_program.contains(&d.name))
        })
        .collect()
}
