//! The pipeline, in order: read → parse (each file) → check (the package) → middle passes →
//! backend → object bytes. Diagnostics from any stage are rendered here, once, in gc's
//! `file.go:line:col: message` form.

use std::path::PathBuf;

use frontend::diag::{self, Diagnostic};
use frontend::source::SourceMap;

use crate::target::Target;

/// Compiles the files of package main to an object file for `target`.
pub fn compile(files: &[PathBuf], target: &Target, dump_after: Option<&str>) -> Result<Vec<u8>, String> {
    let mut map = SourceMap::default();
    for path in files {
        let bytes = std::fs::read(path).map_err(|e| format!("open {}: {}", path.display(), io_reason(&e)))?;
        // The lexer reports invalid UTF-8 at its position, so keep the bytes as they are.
        let text = String::from_utf8(bytes).unwrap_or_else(|e| lossy(e.into_bytes()));
        map.add(path.display().to_string(), text);
    }
    let program = frontend_and_middle(&mut map, dump_after).map_err(|diags| diag::render(&map, &diags))?;
    let options = backend::Options::default();
    let compiled = backend::compile(&program, &target.triple, &options).map_err(|e| format!("gocrane: {e}"))?;
    Ok(compiled.object)
}

fn frontend_and_middle(map: &mut SourceMap, dump_after: Option<&str>) -> Result<middle::ir::Program, Vec<Diagnostic>> {
    let package = frontend::compile_package(map)?;
    let program = middle::passes::run(package, dump_after, &mut |name, text| {
        println!("# after {name}\n{text}");
    })?;
    Ok(program)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        _ => e.to_string(),
    }
}

/// Invalid UTF-8 is replaced by U+FFFD so that the text is a `String`; the lexer sees the
/// replacement character and reports `invalid UTF-8 encoding` at that position.
fn lossy(bytes: Vec<u8>) -> String {
    String::from_utf8_lossy(&bytes).into_owned()
}
