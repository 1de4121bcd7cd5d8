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
    /// Standard packages whose remarks print with the main package's (`--m-pkg reflect`, as
    /// `go build -gcflags='reflect=-m -l'` adds reflect's).
    pub remark_packages: Vec<String>,
    /// Only `remark_packages`' remarks, not the main package's (`-gcflags='fmt=-m'` alone).
    pub library_remarks_only: bool,
    /// Compile the standard library's code into the cached library archive (`archive.rs`)
    /// rather than into the object: for building an executable, which links both.
    pub archive: bool,
    /// Compile without optimisation (gc's `-N`) — the program's code; the library archive's is
    /// always optimised, as gc's `-gcflags` applies to the packages named only.
    pub unoptimized: bool,
    /// With the remarks, the flows behind each escape decision (gc's `-m=2`).
    pub escape_flows: bool,
}

impl Options {
    /// Whether the library archive is used: building an executable with nothing asked of the
    /// library's own code (its listing, disassembly, IR or remarks).
    fn uses_archive(&self) -> bool {
        self.archive
            && !self.disasm
            && self.listing.is_none()
            && self.dump_after.is_none()
            && self.remark_packages.is_empty()
    }
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
    /// The library archive's object, to link with `object` (with [`Options::archive`]).
    pub library_object: Option<Vec<u8>>,
    /// (pass name, text) for `--dump-after`.
    pub dumps: Vec<(String, String)>,
    /// How long each phase took, in order: reading and parsing, checking, each middle pass,
    /// the backend (`-d timing`; the driver adds linking).
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
    /// How the library archive was used, for `-d archive`: its directory and what happened.
    pub archive: Option<String>,
}

/// Why [`compile_loaded`] failed.
enum Failure {
    /// The program's errors (or gocrane's), rendered.
    Error(String),
    /// The library archive does not fit the program read with the library's declarations
    /// only (it names a type the declarations lack): compile again, whole.
    Mismatch(String),
}

impl From<String> for Failure {
    fn from(e: String) -> Failure {
        Failure::Error(e)
    }
}

/// A compiled function as `-S` lists it: the backend's capture with positions rendered.
pub struct ListedFunc {
    pub code: backend::asm::FuncAsm,
    /// `(code offset, "file.go:19")`, as `backend::listing::FuncCode::lines`.
    pub lines: Vec<(u32, String)>,
}

/// Compiles the program `target` names (its main package and everything it imports) to an
/// object file for `arch`.
pub fn compile(
    target: &crate::load::Target,
    arch: &Target,
    options: &Options,
) -> Result<Output, String> {
    let start = std::time::Instant::now();
    let loaded = crate::load::load(target, build_context(arch), options.uses_archive())?;
    let took = start.elapsed();
    let mut out = match compile_loaded(loaded, arch, options) {
        Ok(out) => out,
        Err(Failure::Error(e)) => return Err(e),
        Err(Failure::Mismatch(why)) => {
            // Rare (a type only a library function's body declares): the library is read
            // whole and compiled with the program.
            let loaded = crate::load::load(target, build_context(arch), false)?;
            let whole = Options {
                archive: false,
                ..options.clone()
            };
            let mut out = compile_loaded(loaded, arch, &whole).map_err(|f| match f {
                Failure::Error(e) | Failure::Mismatch(e) => e,
            })?;
            out.archive = Some(format!("does not fit ({why}): compiled with the program"));
            out
        }
    };
    out.timings.insert(0, ("read+parse".to_string(), took));
    // The cache's entries this build did not use may have aged out.
    if let Some(base) = options.archive.then(backend::cache_base).flatten() {
        backend::trim(&base);
    }
    Ok(out)
}

/// What `gocrane explain` reads: the program through the middle end (no code generated),
/// its sources, the main package's files and the escape-analysis remarks.
pub struct Explained {
    pub program: middle::ir::Program,
    pub map: SourceMap,
    pub main_files: Vec<base::source::FileId>,
    pub remarks: Vec<Diagnostic>,
    /// Every allocation site and escape analysis's decision there.
    pub sites: Vec<middle::passes::SiteReport>,
}

/// Reads, checks and runs the middle end over the program `target` names, for `arch`.
pub fn through_middle(target: &crate::load::Target, arch: &Target) -> Result<Explained, String> {
    let crate::load::Loaded {
        mut map,
        packages,
        mut ids,
        main_files,
        ..
    } = crate::load::load(target, build_context(arch), false)?;
    let goarch = build_context(arch).goarch;
    let out = frontend::check_program_for(&mut map, packages, &mut ids, goarch)
        .and_then(|package| middle::passes::run_reporting_sites(package, &map))
        .map_err(|diags| diag::render(&map, &diags))?;
    Ok(Explained {
        program: out.program,
        map,
        main_files,
        remarks: out.remarks,
        sites: out.sites,
    })
}

/// [`compile`] of a main package given as (name, bytes) for each file, read already. The fuzz
/// targets (`fuzz/`) call this.
pub fn compile_sources(
    sources: &[(String, Vec<u8>)],
    target: &Target,
    options: &Options,
) -> Result<Output, String> {
    let loaded = crate::load::load_sources(sources, build_context(target))?;
    compile_loaded(loaded, target, options).map_err(|f| match f {
        Failure::Error(e) | Failure::Mismatch(e) => e,
    })
}

/// Compiles what was loaded. With the library's packages read for their declarations only,
/// the library archive is looked up first: when it exists the program is compiled against it;
/// when not, the library is parsed whole, compiled into a new archive and the program with it.
fn compile_loaded(
    mut loaded: crate::load::Loaded,
    target: &Target,
    options: &Options,
) -> Result<Output, Failure> {
    let triple = target.triple.to_string();
    let archive_dir = match options.uses_archive() {
        true if !loaded.library_paths().is_empty() => {
            crate::archive::location(&loaded.library_paths(), &loaded.map, &triple)
        }
        _ => None,
    };
    let archive = archive_dir.as_deref().and_then(crate::archive::load);
    if archive.is_none() && loaded.library_archived() {
        loaded.parse_library_bodies()?;
    }
    let middle_view = archive.as_ref().map(crate::archive::Archive::for_middle);
    let crate::load::Loaded {
        mut map,
        packages,
        mut ids,
        main_files,
        paths,
    } = loaded;
    let mut dumps = Vec::new();
    let mut remarks = Vec::new();
    let mut timings = Vec::new();
    let start = std::time::Instant::now();
    let goarch = build_context(target).goarch;
    let mut program = frontend::check_program_for(&mut map, packages, &mut ids, goarch)
        .and_then(|package| {
            timings.push(("check".to_string(), start.elapsed()));
            middle_passes(
                package,
                &map,
                options,
                middle_view.as_ref(),
                &mut dumps,
                &mut remarks,
                &mut timings,
            )
        })
        .map_err(|diags| diag::render(&map, &diags))?;
    // gc's -m speaks of the packages named on the command line only.
    let remarks: String = remarks
        .iter()
        .filter(|r| {
            (main_files.contains(&r.span.file) && !options.library_remarks_only)
                || options.remark_packages.iter().any(|p| {
                    let name = &map.file(r.span.file).name;
                    name.strip_prefix("$GOROOT/src/")
                        .and_then(|rest| rest.strip_prefix(p.as_str()))
                        .and_then(|rest| rest.strip_prefix('/'))
                        .is_some_and(|file| !file.contains('/'))
                })
        })
        .map(|r| match map.remark_position(r.span) {
            // gc prints a remark about a variable without a position as the bare message.
            at if at.is_empty() => format!("{}\n", r.message),
            at => format!("{at}: {}\n", r.message),
        })
        .collect();
    let backend_options = backend::Options {
        disasm: options.disasm,
        listing: options.listing.is_some(),
        unoptimized: options.unoptimized,
    };
    let start = std::time::Instant::now();
    let positions = backend::Positions {
        map: &map,
        file_names: runtime_file_names(&map, &paths),
    };
    let library = crate::archive::library_packages(&program);
    if let Some(archive) = &archive {
        backend::archive::intern_shapes(&archive.summary, &mut program.types)
            .map_err(Failure::Mismatch)?;
    }
    let compile = |unit| {
        let library_options = backend::Options {
            unoptimized: false,
            ..backend_options
        };
        let opts = match unit {
            backend::Unit::Library(_) => &library_options,
            _ => &backend_options,
        };
        backend::compile(&program, &target.triple, opts, Some(&positions), unit)
            .map_err(|e| format!("gocrane: {e}"))
    };
    let mut archive_use = None;
    let (compiled, library_object) = match (archive_dir, archive) {
        (Some(dir), Some(archive)) => {
            let program_unit = compile(backend::Unit::Program(&library, &archive.summary))
                .map_err(Failure::Mismatch)?;
            archive_use = Some(format!(
                "{}: read (the library's declarations only)",
                dir.display()
            ));
            (program_unit, Some(archive.object))
        }
        (Some(dir), None) => {
            let lib = compile(backend::Unit::Library(&library))?;
            let archive = crate::archive::Archive {
                object: lib.object,
                summary: lib.summary.unwrap_or_default(),
            };
            crate::archive::store(&dir, &archive);
            let program_unit = compile(backend::Unit::Program(&library, &archive.summary))?;
            archive_use = Some(format!("{}: built", dir.display()));
            (program_unit, Some(archive.object))
        }
        (None, _) => (compile(backend::Unit::Whole)?, None),
    };
    timings.push(("backend".to_string(), start.elapsed()));
    let mut data = compiled.data;
    let functions = match options.listing {
        Some(positions) => {
            let names = file_names(&map, &paths, &main_files, positions);
            // The code of other packages (the runtime's Go code, the library) compiled with
            // the program is not listed (gc lists the package compiled), nor the data only it
            // uses.
            let (listed, unlisted): (Vec<_>, Vec<_>) =
                compiled.functions.into_iter().partition(|code| {
                    code.lines
                        .iter()
                        .all(|&(_, span)| names.contains_key(&span.file))
                });
            let foreign: Vec<String> = program
                .packages
                .iter()
                .filter(|p| p.pkg != program.pkg)
                .map(|p| program.types.pkg_path(p.pkg).to_string())
                .collect();
            if !unlisted.is_empty() || !foreign.is_empty() {
                data = without_foreign_data(data, &listed, &unlisted, &foreign);
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
                            false => {
                                let own = &names[&span.file];
                                let file = match map.directive_file(span) {
                                    Some(d) => base::source::directive_path(own, d),
                                    None => own.clone(),
                                };
                                (off, format!("{file}:{}", map.line(span)))
                            }
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
        library_object,
        dumps,
        disasm: compiled.disasm,
        functions,
        data,
        remarks,
        timings,
        archive: archive_use,
    })
}

/// What the go command rejects before it runs the compiler: it reads each file's header (the
/// package clause and the imports) to plan the build, and stops at a NUL byte there
/// (`go: reading x.go: unexpected NUL in input`) or at the first byte that is not UTF-8
/// (`x.go:1:1: illegal UTF-8 encoding`, go/scanner's wording, `(got UTF-16)` for a UTF-16
/// byte order mark) — one error, where the compiler would report every bad byte. `sources`
/// are the files of `map` from number `first` on.
pub(crate) fn header_errors(
    map: &SourceMap,
    sources: &[(String, Vec<u8>)],
    first: usize,
) -> Option<String> {
    use frontend::lexer::{Tok, INVALID_BYTE};
    for (i, (name, bytes)) in sources.iter().enumerate() {
        let i = first + i;
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

/// The name of each file of the main package in listing positions (see [`Positions`]).
fn file_names(
    map: &SourceMap,
    paths: &[Option<PathBuf>],
    main_files: &[base::source::FileId],
    positions: Positions,
) -> std::collections::HashMap<base::source::FileId, String> {
    main_files
        .iter()
        .map(|&id| {
            let file = map.file(id);
            let name = match (positions, paths.get(id.0 as usize).and_then(|p| p.as_ref())) {
                (Positions::Absolute, Some(path)) => std::path::absolute(path)
                    .map_or_else(|_| file.name.clone(), |p| clean(&p).display().to_string()),
                _ => file.name.clone(),
            };
            (id, name)
        })
        .collect()
}

/// The name of every file of `map` as the runtime reports it (`runtime.Caller`, `Frame.File`,
/// tracebacks): as gc's, the absolute path of a file read from disk (`/home/u/m/main.go`);
/// the library's and the runtime's files keep their `$GOROOT/src/…` names (gocrane has no
/// GOROOT on disk; gc's linker would put its own there).
fn runtime_file_names(map: &SourceMap, paths: &[Option<PathBuf>]) -> Vec<String> {
    map.files
        .iter()
        .enumerate()
        .map(|(i, file)| match paths.get(i).and_then(|p| p.as_ref()) {
            Some(path) => std::path::absolute(path)
                .map_or_else(|_| file.name.clone(), |p| clean(&p).display().to_string()),
            None => file.name.clone(),
        })
        .collect()
}

/// `.` and `..` resolved lexically, as Go's `filepath.Clean` does for gc's positions
/// (`/a/b/../x.go` is `/a/x.go`; symbolic links are not followed).
pub(crate) fn clean(path: &std::path::Path) -> PathBuf {
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

fn middle_passes(
    package: frontend::check::Package,
    map: &SourceMap,
    options: &Options,
    archive: Option<&middle::passes::Archived>,
    dumps: &mut Vec<(String, String)>,
    remarks: &mut Vec<Diagnostic>,
    timings: &mut Vec<(String, std::time::Duration)>,
) -> Result<middle::ir::Program, Vec<Diagnostic>> {
    let out = match options.escape_flows {
        true => middle::passes::run_explaining(package, map, options.dump_after, archive)?,
        false => middle::passes::run_with(package, map, options.dump_after, archive)?,
    };
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

/// The data symbols of a listing without those other packages define (`foreign` import paths:
/// the library's and the module's packages the program imports) or only the runtime's Go
/// code and its error types use: drop what is reachable from them (by relocations) but not
/// from the main package's code and the rest of its data.
fn without_foreign_data(
    data: Vec<backend::reflectdata::DataSymbol>,
    listed: &[backend::asm::FuncAsm],
    unlisted: &[backend::asm::FuncAsm],
    foreign: &[String],
) -> Vec<backend::reflectdata::DataSymbol> {
    use std::collections::{HashMap, HashSet};
    let index: HashMap<&str, &backend::reflectdata::DataSymbol> =
        data.iter().map(|d| (d.name.as_str(), d)).collect();
    // Type data of (or spelled with) the runtime's types: `type:*runtime.boundsError`,
    // `type:func(*runtime.errorString) string`, … (not `runtime.gcbits.…`, shared). gc
    // defines these in package runtime's object, so a listing of the program never shows
    // them, nor what only they use. Of another package: its variables and init task
    // (`p.X`, `p..inittask`) and its defined types' descriptors (`type:p.T`, `type:*p.T`);
    // unnamed types are every user's (dupok), kept when the main package reaches them.
    let is_foreign = |n: &str| {
        let runtime = !n.starts_with("runtime.") && n.contains("runtime.");
        runtime
            || foreign.iter().any(|p| {
                n.starts_with(&format!("{p}."))
                    || n.starts_with(&format!("type:{p}."))
                    || n.starts_with(&format!("type:*{p}."))
            })
    };
    let reach = |roots: Vec<&str>, through_foreign: bool| {
        let mut seen: HashSet<String> = HashSet::new();
        let mut stack = roots;
        while let Some(n) = stack.pop() {
            if !seen.insert(n.to_string()) || (!through_foreign && is_foreign(n)) {
                continue;
            }
            if let Some(d) = index.get(n) {
                stack.extend(d.relocs.iter().map(|r| r.target.as_str()));
            }
        }
        seen
    };
    let mut foreign_roots: Vec<&str> = unlisted
        .iter()
        .flat_map(|f| f.relocs.iter().map(|r| r.symbol.as_str()))
        .collect();
    foreign_roots.extend(
        data.iter()
            .map(|d| d.name.as_str())
            .filter(|n| is_foreign(n)),
    );
    let from_foreign = reach(foreign_roots, true);
    let mut program_roots: Vec<&str> = listed
        .iter()
        .flat_map(|f| f.relocs.iter().map(|r| r.symbol.as_str()))
        .collect();
    let foreign_only = |n: &str| from_foreign.contains(n) || is_foreign(n);
    program_roots.extend(
        data.iter()
            .map(|d| d.name.as_str())
            .filter(|n| !foreign_only(n)),
    );
    let from_program = reach(program_roots, false);
    data.into_iter()
        .filter(|d| {
            !is_foreign(&d.name) && (!foreign_only(&d.name) || from_program.contains(&d.name))
        })
        .collect()
}

/// The build constraints for `target` (linux on its architecture).
pub fn build_context(target: &Target) -> crate::buildcons::Context {
    crate::buildcons::Context {
        goarch: match target.arch {
            crate::target::Arch::X86_64 => "amd64",
            crate::target::Arch::Aarch64 => "arm64",
        },
    }
}
