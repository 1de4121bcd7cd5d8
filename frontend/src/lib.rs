//! gocrane's frontend: source text → AST → checked package.
//!
//! `parse::parse_file` turns one file into an [`ast::File`]; `check::check` resolves names and
//! types across the package's files and returns the side tables the middle reads.

pub mod ast;
pub mod ast_print;
pub mod check;
pub mod constant;
pub mod diag;
pub mod lexer;
pub mod parse;
pub mod source;
pub mod types;
