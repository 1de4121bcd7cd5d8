//! gocrane's standard library: the packages under `std/`, written in Go and compiled with the
//! program like its own packages. They are embedded in the gocrane binary, so a program that
//! imports them builds with nothing else installed; positions in them read
//! `$GOROOT/src/errors/errors.go`, as the runtime stub's do.

use include_dir::{include_dir, Dir};

use crate::load::SourceFile;

static STD: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/std");

/// Whether gocrane's library has the standard package `path`.
pub fn has(path: &str) -> bool {
    STD.get_dir(path).is_some_and(|d| {
        d.files()
            .any(|f| f.path().extension().is_some_and(|e| e == "go"))
    })
}

/// The `.go` files of standard package `path` (`unicode/utf8`), in name order; None if
/// gocrane does not have it.
pub fn package(path: &str) -> Option<Vec<SourceFile>> {
    let dir = STD.get_dir(path)?;
    let mut files: Vec<_> = dir
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "go"))
        .filter(|f| !f.path().to_string_lossy().ends_with("_test.go"))
        .map(|f| {
            let name = format!("$GOROOT/src/{}", f.path().display());
            SourceFile {
                name,
                bytes: f.contents().to_vec(),
                path: None,
            }
        })
        .collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    (!files.is_empty()).then_some(files)
}
