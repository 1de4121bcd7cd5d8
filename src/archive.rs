//! The library archive: the standard packages a program imports, compiled once into an
//! object kept in gocrane's cache, as gc's build cache keeps each package's compiled archive.
//!
//! A program's standard-library code does not depend on the program: gocrane lowers, analyses
//! and compiles each function on its own, naming what it refers to by link name. So the
//! backend compiles the program in two objects (`backend::Unit`): the library's functions,
//! variables and init tasks (`Unit::Library`), and the rest — the program's own code, the
//! compiler's method-value wrappers, the runtime stub's Go code, all the type data, the
//! function table and the init schedule (`Unit::Program`) — linked together. The first,
//! with the summary the second needs of it (`backend::archive::LibrarySummary`), is stored
//! under the cache directory as `lib-<key>/{lib.o, summary.txt}` and reused by every later
//! build of a program that imports the same packages; the key is a hash of the gocrane
//! executable (its path, size and modification time: any rebuild of gocrane makes new
//! archives), the target, and the library packages' import paths and sources. An archive is
//! written to a temporary directory and renamed into place, so concurrent builds never read
//! half of one; an unreadable one is rebuilt.

use std::collections::HashSet;
use std::path::PathBuf;

use base::source::SourceMap;
use base::types::PkgId;
use sha2::{Digest, Sha256};

use backend::archive::LibrarySummary;

/// A library archive: its object and what the program's object needs of it.
pub struct Archive {
    pub object: Vec<u8>,
    pub summary: LibrarySummary,
}

impl Archive {
    /// What the middle end is told of the archive when the library's packages were read for
    /// their declarations only.
    pub fn for_middle(&self) -> middle::passes::Archived {
        use backend::archive::Need;
        middle::passes::Archived {
            tags: self.summary.tags.iter().cloned().collect(),
            recovers: self.summary.recovers,
            calls: self
                .summary
                .needs
                .iter()
                .filter_map(|n| match n {
                    Need::Symbol(s) => Some(s.clone()),
                    _ => None,
                })
                .collect(),
        }
    }
}

/// The packages of `program` that are gocrane's standard library (the runtime stub, whose
/// Go code depends on what the program uses, is the program's).
pub fn library_packages(program: &middle::ir::Program) -> HashSet<PkgId> {
    program
        .packages
        .iter()
        .map(|p| p.pkg)
        .filter(|&p| {
            let path = program.types.pkg_path(p);
            path != "runtime" && crate::library::has(path)
        })
        .collect()
}

/// Where the archive of the standard packages `paths` (from `map`'s sources) for `triple` is,
/// or would be.
pub fn location(paths: &[&str], map: &SourceMap, triple: &str) -> Option<PathBuf> {
    let base = backend::cache_base()?;
    let mut h = Sha256::new();
    h.update(executable_key()?);
    h.update(triple);
    let mut paths = paths.to_vec();
    paths.sort();
    for path in paths {
        h.update(format!("\0package {path}\0"));
        let dir = format!("$GOROOT/src/{path}/");
        let mut files: Vec<_> = map
            .files
            .iter()
            .filter(|f| {
                f.name
                    .strip_prefix(&dir)
                    .is_some_and(|rest| !rest.contains('/'))
            })
            .collect();
        files.sort_by(|a, b| a.name.cmp(&b.name));
        for f in files {
            h.update(format!("\0{}\0{}\0", f.name, f.text.len()));
            h.update(&f.text);
        }
    }
    Some(base.join(format!("lib-{}", hex(&h.finalize()[..16]))))
}

/// The identity of this gocrane executable for keys of its cache (hex): its version, path,
/// size and modification time, so that any rebuild of gocrane makes new entries.
pub fn executable_key() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(&exe).ok()?;
    let mtime = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    let mut h = Sha256::new();
    h.update(format!(
        "{}\0{}\0{}\0{}\0",
        env!("CARGO_PKG_VERSION"),
        exe.display(),
        meta.len(),
        mtime.as_nanos()
    ));
    Some(hex(&h.finalize()[..16]))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The archive at `dir`, if there is a whole one.
pub fn load(dir: &std::path::Path) -> Option<Archive> {
    let summary_path = dir.join("summary.txt");
    let summary = std::fs::read_to_string(&summary_path).ok()?;
    let summary = LibrarySummary::from_text(&summary)?;
    let object = std::fs::read(dir.join("lib.o")).ok()?;
    backend::mark_used(&summary_path);
    Some(Archive { object, summary })
}

/// Stores `archive` at `dir` (quietly not, if the cache cannot be written: the build goes on
/// with the archive in memory).
pub fn store(dir: &std::path::Path, archive: &Archive) {
    let Some(parent) = dir.parent() else { return };
    let Some(name) = dir.file_name() else { return };
    let tmp = parent.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = std::fs::create_dir_all(&tmp).is_ok()
        && std::fs::write(tmp.join("lib.o"), &archive.object).is_ok()
        && std::fs::write(tmp.join("summary.txt"), archive.summary.to_text()).is_ok();
    if !written {
        let _ = std::fs::remove_dir_all(&tmp);
        return;
    }
    if std::fs::rename(&tmp, dir).is_ok() {
        return;
    }
    // Another build may have stored the same archive meanwhile: keep that one; a damaged one
    // is replaced.
    if load(dir).is_none() {
        let _ = std::fs::remove_dir_all(dir);
        if std::fs::rename(&tmp, dir).is_ok() {
            return;
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
