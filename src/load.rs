//! Finding the packages of a program, as the go command does before it runs the compiler: the
//! main package from the command line (a directory or a list of files), the module it is in
//! (`go.mod`'s `module` line, found from the current directory upwards), and every package it
//! imports, transitively — the program's own packages from the module's directories, the
//! standard library from gocrane's embedded `std/` (see [`crate::library`]). Each package is
//! parsed here (its imports are what the loader follows) and the result is ordered for the
//! checker: every package after those it imports, the main package last.
//!
//! The go command's errors, in its words: an import no module provides, one outside the
//! standard library without a module, an `internal/` package imported from outside its tree,
//! and import cycles.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use base::diag::{self, Diagnostic};
use base::source::{FileId, SourceMap};
use frontend::ast;

/// The packages of a program, parsed, in the order the checker takes them.
pub struct Loaded {
    pub map: SourceMap,
    pub packages: Vec<frontend::ParsedPackage>,
    pub ids: ast::NodeIdGen,
    /// The files of the main package, as the map numbers them: `-m` and `-S` speak of these
    /// only, as `go build -gcflags` applies to the packages named on the command line.
    pub main_files: Vec<FileId>,
    /// The path each file of the map was read from (none for embedded library files).
    pub paths: Vec<Option<PathBuf>>,
}

impl Loaded {
    /// The standard library's packages among [`Loaded::packages`], by import path.
    pub fn library_paths(&self) -> Vec<&str> {
        self.packages
            .iter()
            .filter(|p| p.library)
            .map(|p| p.path.as_str())
            .collect()
    }

    /// Whether the library's packages were parsed for their declarations only.
    pub fn library_archived(&self) -> bool {
        self.packages.iter().any(|p| p.archived)
    }

    /// Parses the library's packages read for their declarations only again, whole.
    pub fn parse_library_bodies(&mut self) -> Result<(), String> {
        for p in &mut self.packages {
            if !p.archived {
                continue;
            }
            let files: Vec<FileId> = p.files.iter().map(|f| f.package.span.file).collect();
            let mut parsed = frontend::parse_package(&self.map, &p.path, &files, &mut self.ids)
                .map_err(|d| diag::render(&self.map, &d))?;
            parsed.library = true;
            *p = parsed;
        }
        Ok(())
    }
}

/// What the command line names: Go files of package main, or the directory of a package —
/// or the test binary of a package (`gocrane test`).
#[derive(Debug)]
pub enum Target {
    Files(Vec<PathBuf>),
    Dir(PathBuf),
    Test(Box<TestTarget>),
}

/// A package's test binary, as `go test` builds it: the package with its in-package test files
/// (`package p` in `*_test.go`), the external test package (`package p_test`, import path
/// `P_test`), and a generated main package (import path `P.test`) that runs their tests.
#[derive(Debug)]
pub struct TestTarget {
    /// The package's directory and import path.
    pub dir: PathBuf,
    pub path: String,
    /// Its `*_test.go` files of the package itself, and those of the external test package.
    pub internal: Vec<SourceFile>,
    pub external: Vec<SourceFile>,
    /// The generated main package's source.
    pub main: String,
}

impl Target {
    /// `gocrane build [PKG | FILE.go...]`: files when every argument ends in `.go`, else one
    /// directory (`.` when there is no argument).
    pub fn from_args(args: &[PathBuf]) -> Result<Target, String> {
        let is_go = |p: &PathBuf| p.extension().is_some_and(|e| e == "go");
        match args {
            [] => Ok(Target::Dir(PathBuf::from("."))),
            _ if args.iter().all(is_go) => Ok(Target::Files(args.to_vec())),
            [dir] => Ok(Target::Dir(dir.clone())),
            _ => Err("gocrane: builds one package: a directory, or Go files".to_string()),
        }
    }

    /// The program's name, as `go build` names its output: the first file's stem, or the last
    /// element of the package's import path (the module path's for the module's root).
    pub fn program_name(&self, module: Option<&Module>) -> String {
        match self {
            Target::Files(files) => files[0]
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "main".into()),
            Target::Test(t) => format!("{}.test", t.path.rsplit('/').next().unwrap_or(&t.path)),
            Target::Dir(dir) => {
                let abs = absolute(dir);
                match module {
                    Some(m) if abs == m.root => {
                        m.path.rsplit('/').next().unwrap_or(&m.path).to_string()
                    }
                    _ => abs
                        .file_name()
                        .map_or_else(|| "main".into(), |n| n.to_string_lossy().into_owned()),
                }
            }
        }
    }
}

/// A Go file to compile: its name as positions print it, its bytes, and the path it was read
/// from (none for the embedded library's files).
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub path: Option<PathBuf>,
}

/// The main module: its path and root directory.
#[derive(Clone, Debug)]
pub struct Module {
    pub path: String,
    pub root: PathBuf,
}

/// Finds `go.mod` in the current directory or a parent, and reads its `module` line.
pub fn find_module() -> Result<Option<Module>, String> {
    let Ok(cwd) = std::env::current_dir() else {
        return Ok(None);
    };
    for dir in cwd.ancestors() {
        let gomod = dir.join("go.mod");
        if let Ok(text) = std::fs::read_to_string(&gomod) {
            return match module_path(&text) {
                Some(path) => Ok(Some(Module {
                    path,
                    root: dir.to_path_buf(),
                })),
                None => Err(format!(
                    "go: error reading {}: missing module declaration",
                    gomod.display()
                )),
            };
        }
    }
    Ok(None)
}

/// The path of go.mod's `module` directive (quoted or not, comments ignored).
fn module_path(gomod: &str) -> Option<String> {
    for line in gomod.lines() {
        let line = line.split("//").next().unwrap_or("").trim();
        if let Some(rest) = line.strip_prefix("module") {
            let rest = rest.trim();
            if rest.is_empty() || !line[6..].starts_with([' ', '\t', '"']) {
                continue;
            }
            return Some(rest.trim_matches('"').to_string());
        }
    }
    None
}

/// Why an import cannot be resolved, in the order the go command reports them.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum ImportError {
    /// A path in the main module that no directory of it holds.
    InModule,
    /// A path without a dot in its first element that the standard library does not have.
    NotInStd,
    /// A path of another module.
    OtherModule,
    /// An `internal/` package imported from outside the tree it belongs to: the go command
    /// reports it after the chain of imports, once every import was found.
    Internal,
}

/// A package found but not yet ordered, by its import path (`command-line-arguments` or its
/// path in the module for the main package, whose path for the checker is `main`).
struct Found {
    parsed: frontend::ParsedPackage,
    /// The packages it imports that are compiled from source, with the file importing each
    /// first (for the cycle error).
    imports: Vec<(String, String)>,
}

struct Loader {
    map: SourceMap,
    ids: ast::NodeIdGen,
    paths: Vec<Option<PathBuf>>,
    module: Option<Module>,
    found: HashMap<String, Found>,
    /// For files named on the command line: the import path of their directory, which the
    /// `internal/` rule judges them by.
    files_dir: Option<String>,
    /// The build constraints of package directories and the library.
    build: crate::buildcons::Context,
    /// Parse the standard library's packages for their declarations only (their code is in
    /// the library archive).
    library_declarations: bool,
    /// Packages whose files are given rather than read (a test binary's package under test,
    /// with its test files, and its external test package), by import path.
    overlay: Vec<(String, Vec<SourceFile>)>,
    /// The import path of a test binary's generated main, which may import the testing
    /// package's internals.
    testmain: Option<String>,
}

/// Loads the program `target` names, for the architecture of `build`; with
/// `library_declarations`, the standard library's packages are parsed for their declarations
/// only (see [`frontend::parse_package_declarations`]).
pub fn load(
    target: &Target,
    build: crate::buildcons::Context,
    library_declarations: bool,
) -> Result<Loaded, String> {
    let mut l = Loader::new(find_module()?, build);
    l.library_declarations = library_declarations;
    let (main_path, files) = match target {
        Target::Files(files) => {
            let mut sources = Vec::new();
            for path in files {
                let bytes = std::fs::read(path)
                    .map_err(|e| format!("open {}: {}", path.display(), io_reason(&e)))?;
                sources.push(SourceFile {
                    name: path.display().to_string(),
                    bytes,
                    path: Some(path.clone()),
                });
            }
            let dir = files[0].parent().unwrap_or(Path::new("."));
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            l.files_dir = Some(l.dir_import_path(dir));
            ("command-line-arguments".to_string(), sources)
        }
        Target::Dir(dir) => {
            // The go command builds a directory only as a package of the main module.
            let Some(module) = &l.module else {
                return Err(
                    "go: go.mod file not found in current directory or any parent \
                            directory; see 'go help modules'"
                        .into(),
                );
            };
            let abs = absolute(dir);
            if !abs.is_dir() {
                return Err(format!("stat {}: directory not found", abs.display()));
            }
            let sources = read_dir_sources(dir, &display_dir(dir), l.build)?;
            if sources.is_empty() {
                return Err(format!("no Go files in {}", abs.display()));
            }
            if !abs.starts_with(&module.root) {
                let shown = pathdiff(&abs);
                return Err(format!(
                    "directory {shown} outside main module or its selected dependencies"
                ));
            }
            (l.dir_import_path(dir), sources)
        }
        Target::Test(t) => {
            let mut files = read_dir_sources(&t.dir, &display_dir(&t.dir), l.build)?;
            files.extend(t.internal.iter().cloned());
            l.overlay.push((t.path.clone(), files));
            if !t.external.is_empty() {
                l.overlay
                    .push((format!("{}_test", t.path), t.external.clone()));
            }
            let main = SourceFile {
                name: "_testmain.go".to_string(),
                bytes: t.main.clone().into_bytes(),
                path: None,
            };
            let main_path = format!("{}.test", t.path);
            l.testmain = Some(main_path.clone());
            (main_path, vec![main])
        }
    };
    l.finish(&main_path, files)
}

/// The `*_test.go` files of the package in `dir` that the build constraints of `build` keep,
/// in name order (named as positions show them).
pub fn test_sources(
    dir: &Path,
    build: crate::buildcons::Context,
) -> Result<Vec<SourceFile>, String> {
    read_dir_files(dir, &display_dir(dir), build, true)
}

/// The package name of the (non-test) Go files in `dir`, if it has any.
pub fn package_name(
    dir: &Path,
    build: crate::buildcons::Context,
) -> Result<Option<String>, String> {
    let files = read_dir_sources(dir, &display_dir(dir), build)?;
    let Some(first) = files.first() else {
        return Ok(None);
    };
    let mut map = SourceMap::default();
    let id = map.add(
        first.name.clone(),
        frontend::lexer::source_text(&first.bytes),
    );
    let mut ids = ast::NodeIdGen::default();
    let parsed =
        frontend::parse::parse_file(&map, id, &mut ids).map_err(|d| diag::render(&map, &d))?;
    Ok(Some(parsed.package.name))
}

/// The import path of the package in `dir`, in the module of the current directory.
pub fn import_path(dir: &Path) -> Result<String, String> {
    let l = Loader::new(
        find_module()?,
        crate::buildcons::Context { goarch: "amd64" },
    );
    Ok(l.dir_import_path(dir))
}

/// Loads a main package given as (name, bytes) pairs — the fuzz targets' programs, which
/// import nothing but the standard library.
pub fn load_sources(
    sources: &[(String, Vec<u8>)],
    build: crate::buildcons::Context,
) -> Result<Loaded, String> {
    let l = Loader::new(None, build);
    let files = sources
        .iter()
        .map(|(name, bytes)| SourceFile {
            name: name.clone(),
            bytes: bytes.clone(),
            path: None,
        })
        .collect();
    l.finish("command-line-arguments", files)
}

impl Loader {
    fn new(module: Option<Module>, build: crate::buildcons::Context) -> Loader {
        Loader {
            build,
            map: SourceMap::default(),
            ids: ast::NodeIdGen::default(),
            paths: Vec::new(),
            module,
            found: HashMap::new(),
            files_dir: None,
            library_declarations: false,
            overlay: Vec::new(),
            testmain: None,
        }
    }

    /// Loads the main package `files` (import path `main_path`) and all it imports, and
    /// orders them for the checker.
    fn finish(mut self, main_path: &str, files: Vec<SourceFile>) -> Result<Loaded, String> {
        let main_files = self.add_package(main_path, "main", files, &[])?;
        let mut order = Vec::new();
        self.visit(main_path, &mut Vec::new(), &mut order)?;
        let packages = order
            .into_iter()
            .map(|p| {
                self.found
                    .remove(&p)
                    .expect("visited packages were found")
                    .parsed
            })
            .collect();
        Ok(Loaded {
            map: self.map,
            packages,
            ids: self.ids,
            main_files,
            paths: self.paths,
        })
    }

    /// Reads and parses one package, then finds the packages it imports (recursively).
    /// `importers` are the packages through which the main package imports it (the main
    /// package first), which the go command prints before an error in it. Returns the ids of
    /// its files.
    fn add_package(
        &mut self,
        path: &str,
        check_path: &str,
        files: Vec<SourceFile>,
        importers: &[String],
    ) -> Result<Vec<FileId>, String> {
        let mut ids = Vec::new();
        let first = self.map.files.len();
        let mut raw = Vec::new();
        for SourceFile {
            name,
            bytes,
            path: from,
        } in files
        {
            // Invalid bytes become markers the lexer reports as gc's `invalid UTF-8 encoding`.
            ids.push(
                self.map
                    .add(name.clone(), frontend::lexer::source_text(&bytes)),
            );
            self.paths.push(from);
            raw.push((name, bytes));
        }
        let library = crate::library::has(path);
        let mut parsed = match library && self.library_declarations {
            true => {
                frontend::parse_package_declarations(&self.map, check_path, &ids, &mut self.ids)
            }
            false => {
                if let Some(error) = crate::driver::header_errors(&self.map, &raw, first) {
                    return Err(error);
                }
                frontend::parse_package(&self.map, check_path, &ids, &mut self.ids)
            }
        }
        .map_err(|d| diag::render(&self.map, &d))?;
        parsed.library = library;
        // The imports compiled from source, resolved now: the go command reports every import
        // it cannot resolve in the package at once.
        let mut imports: Vec<(String, String)> = Vec::new();
        let mut errors = Vec::new();
        let mut wanted: Vec<(String, Vec<SourceFile>)> = Vec::new();
        for file in &parsed.files {
            let file_name = self.file_base_name(file.package.span.file);
            for imp in &file.imports {
                let p = imp.path.as_str();
                if p == "unsafe" || p == "runtime" || p == "C" {
                    continue;
                }
                if imports.iter().any(|(q, _)| q == p) {
                    continue;
                }
                let from = match (&self.files_dir, path) {
                    (Some(dir), "command-line-arguments") => dir.as_str(),
                    _ => path,
                };
                match self.resolve(from, p) {
                    Ok(None) => {}
                    Ok(Some(files)) => {
                        imports.push((p.to_string(), file_name.clone()));
                        if !self.found.contains_key(p) && !wanted.iter().any(|(q, _)| q == p) {
                            wanted.push((p.to_string(), files));
                        }
                    }
                    Err((kind, message)) => errors.push((kind, Diagnostic::new(imp.span, message))),
                }
            }
        }
        if !errors.is_empty() {
            // The go command reports imports it cannot find first — those in the module, then
            // those that look like standard packages, then those of other modules, each at its
            // position — and only then the first `internal/` violation, after the chain of
            // imports from the main package (which starts with the main package alone).
            errors.sort_by_key(|(kind, _)| *kind);
            let internal = errors
                .iter()
                .all(|(kind, _)| *kind == ImportError::Internal);
            errors.retain(|(kind, _)| internal || *kind != ImportError::Internal);
            if internal {
                // The first one only.
                errors.truncate(1);
            }
            // Rendered one by one: `diag::render` would sort them by position.
            let text: String = errors
                .iter()
                .map(|(_, d)| diag::render(&self.map, std::slice::from_ref(d)))
                .collect();
            if !internal {
                return Err(text);
            }
            let main = importers.first().map_or(path, String::as_str);
            let mut out = format!("package {main}\n");
            if !importers.is_empty() {
                for p in importers[1..].iter().map(String::as_str).chain([path]) {
                    out.push_str(&format!("\timports {p}\n"));
                }
            }
            for line in text.lines() {
                out.push_str(&format!("\t{line}\n"));
            }
            return Err(out);
        }
        self.found
            .insert(path.to_string(), Found { parsed, imports });
        let mut chain = importers.to_vec();
        chain.push(path.to_string());
        for (p, files) in wanted {
            if !self.found.contains_key(&p) {
                self.add_package(&p, &p, files, &chain)?;
            }
        }
        Ok(ids)
    }

    /// The files of the package `path` imported by package `from`, or the go command's error;
    /// None for an import the checker handles (a standard package gocrane does not have is
    /// rejected there by name).
    fn resolve(
        &self,
        from: &str,
        path: &str,
    ) -> Result<Option<Vec<SourceFile>>, (ImportError, String)> {
        if let Some((_, files)) = self.overlay.iter().find(|(p, _)| p == path) {
            return Ok(Some(files.clone()));
        }
        if let Some(files) = crate::library::package(path, self.build) {
            // `internal/…` of the standard library is the standard library's (and the
            // testing package's internals its test mains').
            let from_std = crate::library::has(from);
            let testmain = self.testmain.as_deref() == Some(from) && path.starts_with("testing/");
            if let Some(parent) = internal_parent(path) {
                let inside =
                    parent.is_empty() || from == parent || from.starts_with(&format!("{parent}/"));
                let allowed = (from_std && inside) || testmain;
                if !allowed {
                    let message = format!("use of internal package {path} not allowed");
                    return Err((ImportError::Internal, message));
                }
            }
            return Ok(Some(files));
        }
        let first = path.split('/').next().unwrap_or(path);
        let rel = self.module.as_ref().and_then(|m| {
            if path == m.path {
                Some("")
            } else {
                path.strip_prefix(&format!("{}/", m.path))
            }
        });
        let Some(rel) = rel else {
            if is_std(path) {
                // A standard package gocrane does not have: the checker names it.
                return Ok(None);
            }
            if !first.contains('.') {
                let message = format!("package {path} is not in std ($GOROOT/src/{path})");
                return Err((ImportError::NotInStd, message));
            }
            return Err((
                ImportError::OtherModule,
                match self.module {
                    None => format!(
                        "no required module provides package {path}: go.mod file not found in \
                     current directory or any parent directory; see 'go help modules'"
                    ),
                    Some(_) => {
                        format!("no required module provides package {path}; to add it:\n\tgo get {path}")
                    }
                },
            ));
        };
        let module = self.module.as_ref().expect("the path is in the module");
        let dir = module.root.join(rel);
        let shown = display_dir(&dir);
        let files = read_dir_sources(&dir, &shown, self.build).unwrap_or_default();
        if files.is_empty() {
            let message =
                format!("no required module provides package {path}; to add it:\n\tgo get {path}");
            return Err((ImportError::InModule, message));
        }
        if let Some(parent) = internal_parent(path) {
            let allowed = from == parent || from.starts_with(&format!("{parent}/"));
            if !allowed {
                let message = format!("use of internal package {path} not allowed");
                return Err((ImportError::Internal, message));
            }
        }
        Ok(Some(files))
    }

    /// Depth-first over the imports (in import-path order, as `go list -deps`), appending each
    /// package after those it imports; a package met again on the current path is a cycle.
    fn visit(
        &self,
        path: &str,
        stack: &mut Vec<(String, String)>,
        order: &mut Vec<String>,
    ) -> Result<(), String> {
        if order.iter().any(|p| p == path) {
            return Ok(());
        }
        let found = &self.found[path];
        let mut imports = found.imports.clone();
        imports.sort();
        for (imp, from_file) in imports {
            if imp == path || stack.iter().any(|(p, _)| *p == imp) {
                return Err(cycle_error(stack, path, &imp, &from_file));
            }
            stack.push((path.to_string(), from_file));
            self.visit(&imp, stack, order)?;
            stack.pop();
        }
        order.push(path.to_string());
        Ok(())
    }

    /// The import path of the package in directory `dir`: its path in the module, or
    /// `command-line-arguments` outside one.
    fn dir_import_path(&self, dir: &Path) -> String {
        let Some(m) = &self.module else {
            return "command-line-arguments".into();
        };
        let abs = absolute(dir);
        match abs.strip_prefix(&m.root) {
            Ok(rel) if rel.as_os_str().is_empty() => m.path.clone(),
            Ok(rel) => format!("{}/{}", m.path, rel.display()),
            Err(_) => "command-line-arguments".into(),
        }
    }

    fn file_base_name(&self, file: FileId) -> String {
        let name = &self.map.file(file).name;
        name.rsplit('/').next().unwrap_or(name).to_string()
    }
}

/// gc's `import cycle not allowed`: the chain of imports from the main package, each with the
/// file that imports it.
fn cycle_error(stack: &[(String, String)], path: &str, imp: &str, from_file: &str) -> String {
    let mut lines = Vec::new();
    let mut chain: Vec<(String, String)> = stack.to_vec();
    chain.push((path.to_string(), from_file.to_string()));
    lines.push(format!("package {}", chain[0].0));
    for (i, (_, file)) in chain.iter().enumerate() {
        let target = chain.get(i + 1).map_or(imp, |(p, _)| p.as_str());
        let end = if i + 1 == chain.len() {
            ": import cycle not allowed"
        } else {
            ""
        };
        lines.push(format!("\timports {target} from {file}{end}"));
    }
    lines.join("\n")
}

/// Whether `path` is a package of gc's standard library (`src/std_packages.txt`).
fn is_std(path: &str) -> bool {
    const STD: &str = include_str!("std_packages.txt");
    STD.lines().any(|l| l == path)
}

/// For `a/b/internal/c`: `a/b`, the tree allowed to import it (`internal` alone: the root).
fn internal_parent(path: &str) -> Option<&str> {
    if path == "internal" || path.starts_with("internal/") {
        return Some("");
    }
    if let Some(i) = path.rfind("/internal/") {
        return Some(&path[..i]);
    }
    path.strip_suffix("/internal")
}

/// The `.go` files of a directory that the build constraints select, tests excluded, in name
/// order.
fn read_dir_sources(
    dir: &Path,
    shown: &str,
    build: crate::buildcons::Context,
) -> Result<Vec<SourceFile>, String> {
    read_dir_files(dir, shown, build, false)
}

/// The `.go` files of `dir` the build constraints keep: the package's, or with `tests` its
/// `*_test.go` files.
fn read_dir_files(
    dir: &Path,
    shown: &str,
    build: crate::buildcons::Context,
    tests: bool,
) -> Result<Vec<SourceFile>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("open {}: {}", dir.display(), io_reason(&e)))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.ends_with(".go") && n.ends_with("_test.go") == tests && !n.starts_with(['.', '_'])
        })
        .collect();
    names.sort();
    let mut out = Vec::new();
    for n in names {
        let path = dir.join(&n);
        let bytes = std::fs::read(&path)
            .map_err(|e| format!("open {}: {}", path.display(), io_reason(&e)))?;
        if !build.matches(&n, &bytes) {
            continue;
        }
        let shown = if shown.is_empty() {
            n.clone()
        } else {
            format!("{shown}/{n}")
        };
        out.push(SourceFile {
            name: shown,
            bytes,
            path: Some(path),
        });
    }
    Ok(out)
}

/// A directory as positions name its files: relative to the current directory when inside it
/// (`shapes`, empty for `.`), else absolute.
fn display_dir(dir: &Path) -> String {
    let abs = absolute(dir);
    let cwd = std::env::current_dir().map(|c| absolute(&c)).ok();
    match cwd.as_deref().and_then(|c| abs.strip_prefix(c).ok()) {
        Some(rel) => rel.display().to_string(),
        None => abs.display().to_string(),
    }
}

/// `dir` relative to the current directory (`../outside`), as the go command names it.
fn pathdiff(dir: &Path) -> String {
    let Ok(cwd) = std::env::current_dir() else {
        return dir.display().to_string();
    };
    let cwd = absolute(&cwd);
    let (mut a, mut b) = (cwd.components().peekable(), dir.components().peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        if x != y {
            break;
        }
        a.next();
        b.next();
    }
    let mut out = PathBuf::new();
    for _ in a {
        out.push("..");
    }
    out.extend(b);
    out.display().to_string()
}

/// `dir` made absolute and cleaned (`.` and `..` resolved lexically).
fn absolute(dir: &Path) -> PathBuf {
    let abs = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    crate::driver::clean(&abs)
}

pub(crate) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        _ => e.to_string(),
    }
}
