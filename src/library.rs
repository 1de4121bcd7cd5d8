//! gocrane's standard library: the packages under `std/`, written in Go and compiled with the
//! program like its own packages. They are embedded in the gocrane binary, so a program that
//! imports them builds with nothing else installed; positions in them read
//! `$GOROOT/src/errors/errors.go`, as the runtime stub's do.
//!
//! While working on the library, `GOCRANE_STD=DIR` makes gocrane read the packages from DIR
//! (a checkout's `std/`) instead of the embedded copy, so an edited package needs no rebuild.

use std::path::PathBuf;

use include_dir::{include_dir, Dir};

use crate::load::SourceFile;

static STD: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/std");

/// The directory named by `GOCRANE_STD`, if set.
fn override_dir() -> Option<PathBuf> {
    std::env::var_os("GOCRANE_STD").map(PathBuf::from)
}

/// Whether `name` is a Go source file of a package (not a test).
fn is_go(name: &str) -> bool {
    name.ends_with(".go") && !name.ends_with("_test.go")
}

/// The `.go` files (name, contents) directly in the library folder `path`, embedded or from
/// `GOCRANE_STD`.
fn go_files(path: &str) -> Vec<(String, Vec<u8>)> {
    match override_dir() {
        Some(root) => std::fs::read_dir(root.join(path))
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                if !is_go(&name) {
                    return None;
                }
                Some((name, std::fs::read(e.path()).ok()?))
            })
            .collect(),
        None => STD
            .get_dir(path)
            .map(|dir| {
                dir.files()
                    .filter_map(|f| {
                        let name = f.path().file_name()?.to_string_lossy().into_owned();
                        is_go(&name).then(|| (name, f.contents().to_vec()))
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// Whether gocrane's library has the standard package `path` (its files are not read).
pub fn has(path: &str) -> bool {
    match override_dir() {
        Some(root) => std::fs::read_dir(root.join(path))
            .into_iter()
            .flatten()
            .flatten()
            .any(|e| is_go(&e.file_name().to_string_lossy())),
        None => STD.get_dir(path).is_some_and(|d| {
            d.files().any(|f| {
                f.path()
                    .file_name()
                    .is_some_and(|n| is_go(&n.to_string_lossy()))
            })
        }),
    }
}

/// The `.go` files of standard package `path` (`unicode/utf8`) that the build constraints
/// select, in name order; None if gocrane does not have it.
pub fn package(path: &str, build: crate::buildcons::Context) -> Option<Vec<SourceFile>> {
    let mut files: Vec<_> = go_files(path)
        .into_iter()
        .filter(|(name, bytes)| build.matches(name, bytes))
        .map(|(name, bytes)| SourceFile {
            name: format!("$GOROOT/src/{path}/{name}"),
            bytes,
            path: None,
        })
        .collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    (!files.is_empty()).then_some(files)
}
