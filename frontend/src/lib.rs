//! gocrane's frontend: source text → AST → checked package.
//!
//! `parse::parse_file` turns one file into an [`ast::File`]; `check::check` resolves names and
//! types across the package's files and returns the side tables the middle reads.

pub use base::{constant, diag, source, symbols, types};

pub mod ast;
pub mod ast_print;
pub mod check;
pub mod lexer;
pub mod parse;

use diag::Diagnostic;
use source::{FileId, SourceMap};

/// A package's files, parsed: what the checker takes.
pub struct ParsedPackage {
    /// The import path (`main` for the program's main package).
    pub path: String,
    /// A package of gocrane's standard library, whose functions declared without a body are
    /// the runtime's (as gc's assembly functions are).
    pub library: bool,
    /// Parsed for its declarations only ([`parse_package_declarations`]).
    pub archived: bool,
    pub files: Vec<ast::File>,
    /// Lexical errors (the files parsed nonetheless; gc reports type errors too).
    errors: Vec<Diagnostic>,
    /// Misplaced directives, reported only if the package type-checks (as gc does).
    late: Vec<Diagnostic>,
}

/// Parses the files `ids` of the package with import path `path`. Syntax errors stop the
/// compilation before type checking, as in gc; lexical errors alone do not.
pub fn parse_package(
    map: &SourceMap,
    path: &str,
    file_ids: &[FileId],
    ids: &mut ast::NodeIdGen,
) -> Result<ParsedPackage, Vec<Diagnostic>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut syntax_errors = false;
    let mut late = Vec::new();
    for &id in file_ids {
        let parsed = parse::parse_file_lenient(map, id, ids);
        syntax_errors |= parsed.has_syntax_errors || parsed.file.is_none();
        errors.extend(parsed.diagnostics);
        late.extend(parsed.late);
        files.extend(parsed.file);
    }
    if syntax_errors {
        return Err(errors);
    }
    Ok(ParsedPackage {
        path: path.to_string(),
        library: false,
        archived: false,
        files,
        errors,
        late,
    })
}

/// Parses the files `ids` of gocrane's standard package `path` for their declarations only:
/// the functions' bodies are compiled in the library archive (see
/// [`parse::parse_file_declarations`]).
pub fn parse_package_declarations(
    map: &SourceMap,
    path: &str,
    file_ids: &[FileId],
    ids: &mut ast::NodeIdGen,
) -> Result<ParsedPackage, Vec<Diagnostic>> {
    let files = file_ids
        .iter()
        .map(|&id| parse::parse_file_declarations(map, id, ids))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ParsedPackage {
        path: path.to_string(),
        library: true,
        archived: true,
        files,
        errors: Vec::new(),
        late: Vec::new(),
    })
}

/// Parses every file in `map` and checks them together as package main.
pub fn compile_package(map: &mut SourceMap) -> Result<check::Package, Vec<Diagnostic>> {
    let mut ids = ast::NodeIdGen::default();
    let file_ids: Vec<FileId> = (0..map.files.len()).map(|i| FileId(i as u32)).collect();
    let main = parse_package(map, "main", &file_ids, &mut ids)?;
    check_program(map, vec![main], &mut ids)
}

/// Checks the packages of a program (parsed with `ids`), each after those it imports; the last
/// is the program's main package. The target is amd64 (see [`check_program_for`]).
pub fn check_program(
    map: &mut SourceMap,
    packages: Vec<ParsedPackage>,
    ids: &mut ast::NodeIdGen,
) -> Result<check::Package, Vec<Diagnostic>> {
    check_program_for(map, packages, ids, "amd64")
}

/// [`check_program`] for the architecture `goarch` (`amd64`, `arm64`): `runtime.GOARCH`.
pub fn check_program_for(
    map: &mut SourceMap,
    packages: Vec<ParsedPackage>,
    ids: &mut ast::NodeIdGen,
    goarch: &str,
) -> Result<check::Package, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut late = Vec::new();
    let count = packages.len();
    let mut sources = Vec::new();
    for (i, p) in packages.into_iter().enumerate() {
        errors.extend(p.errors);
        errors.extend(package_clause_errors(&p.files, i + 1 == count));
        late.extend(p.late);
        sources.push(check::SourcePackage {
            path: p.path,
            library: p.library,
            archived: p.archived,
            files: p.files,
        });
    }
    match check::check_program_for(map, sources, ids, goarch) {
        // gc checks where directives stand only once the package type-checks.
        Ok(_) if errors.is_empty() && !late.is_empty() => Err(late),
        Ok(package) if errors.is_empty() => Ok(package),
        Ok(_) => Err(errors),
        Err(more) => {
            errors.extend(more);
            Err(errors)
        }
    }
}

/// All files must be of one package (types2: `package foo; expected package main`), and the
/// program's own package (`main_pkg`) must be main: gocrane builds programs, not libraries.
fn package_clause_errors(files: &[ast::File], main_pkg: bool) -> Vec<Diagnostic> {
    let Some(first) = files.first() else {
        return Vec::new();
    };
    let name = &first.package.name;
    let mut errors: Vec<Diagnostic> = files
        .iter()
        .filter(|f| &f.package.name != name)
        .map(|f| {
            Diagnostic::new(
                f.package.span,
                format!("package {}; expected package {name}", f.package.name),
            )
        })
        .collect();
    if errors.is_empty() && main_pkg && name != "main" {
        errors.push(Diagnostic::unsupported(
            first.package.span,
            "packages other than main",
        ));
    }
    errors
}
