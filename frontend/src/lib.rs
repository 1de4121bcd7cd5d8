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

/// Parses every file in `map` and checks them together as package main. Syntax errors stop
/// the compilation before type checking, as in gc; lexical errors alone do not (gc goes on and
/// reports type errors too).
pub fn compile_package(map: &mut SourceMap) -> Result<check::Package, Vec<Diagnostic>> {
    let mut ids = ast::NodeIdGen::default();
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut syntax_errors = false;
    let mut late = Vec::new();
    for i in 0..map.files.len() {
        let parsed = parse::parse_file_lenient(map, FileId(i as u32), &mut ids);
        syntax_errors |= parsed.has_syntax_errors || parsed.file.is_none();
        errors.extend(parsed.diagnostics);
        late.extend(parsed.late);
        files.extend(parsed.file);
    }
    if syntax_errors {
        return Err(errors);
    }
    errors.extend(package_clause_errors(&files));
    match check::check(map, &files, &mut ids) {
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

/// All files must be of one package (types2: `package foo; expected package main`), and that
/// package must be main: gocrane builds programs, not libraries.
fn package_clause_errors(files: &[ast::File]) -> Vec<Diagnostic> {
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
    if errors.is_empty() && name != "main" {
        errors.push(Diagnostic::unsupported(
            first.package.span,
            "packages other than main",
        ));
    }
    errors
}
