//! Linking: the object files (the program's and the library archive's) plus the runtime
//! (embedded in this binary by build.rs, pre-linked into one relocatable object) become an
//! executable, through the target's C compiler driver. Non-PIE, like gc's binaries.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::target::{Arch, Target};

static RUNTIME_X86_64: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/gocrane_runtime-x86_64.o"));
static RUNTIME_AARCH64: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/gocrane_runtime-aarch64.o"));

fn runtime_object(arch: Arch) -> Result<&'static [u8], String> {
    let bytes = match arch {
        Arch::X86_64 => RUNTIME_X86_64,
        Arch::Aarch64 => RUNTIME_AARCH64,
    };
    if bytes.is_empty() {
        return Err(format!(
            "gocrane: this gocrane was built without the {arch:?} runtime: run `rustup target add {}` and rebuild",
            arch.triple()
        ));
    }
    Ok(bytes)
}

/// The runtime object of `arch` as a file: kept in gocrane's cache directory, written once per
/// gocrane executable (its path, size and modification time name the file, as the library
/// archive's key), else in `tmp`.
fn runtime_file(arch: Arch, tmp: &Path) -> Result<PathBuf, String> {
    let bytes = runtime_object(arch)?;
    let name = format!("gocrane_runtime-{arch:?}.o");
    if let Some(path) = crate::archive::executable_key().and_then(|key| {
        Some(
            backend::cache_base()?
                .join(format!("runtime-{key}"))
                .join(&name),
        )
    }) {
        if std::fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64) {
            backend::mark_used(&path);
            return Ok(path);
        }
        // Written beside and renamed into place: a concurrent link never reads half of it.
        let dir = path.parent().expect("a directory");
        let part = dir.join(format!(".{name}.{}", std::process::id()));
        let stored = std::fs::create_dir_all(dir).is_ok()
            && std::fs::write(&part, bytes).is_ok()
            && std::fs::rename(&part, &path).is_ok();
        let _ = std::fs::remove_file(&part);
        if stored {
            return Ok(path);
        }
    }
    let path = tmp.join(name);
    std::fs::write(&path, bytes).map_err(|e| format!("gocrane: {e}"))?;
    Ok(path)
}

/// Links the program's `object` and the library archive's (if any) with the runtime.
pub fn link(
    object: &[u8],
    library: Option<&[u8]>,
    target: &Target,
    output: &Path,
) -> Result<(), String> {
    let dir = TempDir::new()?;
    let mut paths = Vec::new();
    for (i, object) in std::iter::once(object).chain(library).enumerate() {
        let path = dir.path().join(format!("go{i}.o"));
        std::fs::write(&path, object).map_err(|e| format!("gocrane: {e}"))?;
        paths.push(path);
    }
    let rt = runtime_file(target.arch, dir.path())?;
    let linker = target.arch.linker();
    let result = Command::new(linker)
        // gold, binutils' faster linker (the default one takes about twice as long), where
        // the toolchain has it.
        .args(gold(target.arch))
        .arg("-no-pie")
        .arg("-o")
        .arg(output)
        .args(&paths)
        .arg(&rt)
        .args(["-lpthread", "-ldl", "-lm"])
        .output()
        .map_err(|e| format!("gocrane: running the linker {linker}: {e}"))?;
    if !result.status.success() {
        return Err(format!(
            "gocrane: linking failed:\n{}",
            String::from_utf8_lossy(&result.stderr)
        ));
    }
    Ok(())
}

/// `-fuse-ld=gold` when binutils' gold linker for `arch` is installed.
fn gold(arch: Arch) -> Option<&'static str> {
    let name = match arch {
        Arch::X86_64 => "x86_64-linux-gnu-ld.gold",
        Arch::Aarch64 => "aarch64-linux-gnu-ld.gold",
    };
    let installed = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(name).is_file()));
    installed.then_some("-fuse-ld=gold")
}

/// A directory removed when dropped (for intermediate files).
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new() -> Result<TempDir, String> {
        let base = std::env::temp_dir();
        for n in 0..1000u32 {
            let path = base.join(format!("gocrane-{}-{n}", std::process::id()));
            if std::fs::create_dir(&path).is_ok() {
                return Ok(TempDir(path));
            }
        }
        Err("gocrane: cannot create a temporary directory".into())
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The runtime ABI is written down three times: the backend's table of the runtime functions
/// generated code calls (`backend::runtime`), the functions the runtime staticlib exports,
/// and docs/runtime-abi.md. These tests keep the three from drifting apart.
#[cfg(test)]
mod abi_tests {
    use std::collections::BTreeSet;

    use object::{Object, ObjectSymbol};

    use super::{RUNTIME_AARCH64, RUNTIME_X86_64};

    /// The `runtime.*` symbols the runtime object defines globally.
    fn exports(bytes: &[u8]) -> BTreeSet<String> {
        let file = object::File::parse(bytes).expect("the runtime is an object file");
        let mut names = BTreeSet::new();
        for sym in file.symbols() {
            let name = sym.name().unwrap_or("");
            if sym.is_global() && !sym.is_undefined() && name.starts_with("runtime.") {
                names.insert(name.to_string());
            }
        }
        names
    }

    /// Every `runtime.…` name docs/runtime-abi.md spells out.
    fn documented() -> BTreeSet<String> {
        let doc =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/runtime-abi.md"))
                .expect("docs/runtime-abi.md");
        let mut names = BTreeSet::new();
        for (at, _) in doc.match_indices("runtime.") {
            let rest = &doc[at + "runtime.".len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '·'))
                .unwrap_or(rest.len());
            names.insert(format!("runtime.{}", &rest[..end]));
        }
        names
    }

    #[test]
    fn called_functions_are_exported_and_documented() {
        let doc = documented();
        for (arch, archive) in [("x86_64", RUNTIME_X86_64), ("aarch64", RUNTIME_AARCH64)] {
            assert!(
                !archive.is_empty(),
                "gocrane was built without the {arch} runtime"
            );
            let exported = exports(archive);
            for name in backend::runtime::function_names() {
                assert!(
                    exported.contains(name),
                    "{name} is called but the {arch} runtime does not export it"
                );
                assert!(
                    doc.contains(name),
                    "{name} is called but docs/runtime-abi.md does not list it"
                );
            }
        }
    }

    /// Whatever the runtime exports is part of the ABI and documented: a funcval `f·f` with its
    /// function `f`.
    #[test]
    fn exported_symbols_are_documented() {
        let doc = documented();
        let missing: Vec<String> = exports(RUNTIME_X86_64)
            .into_iter()
            .filter(|name| !doc.contains(name.strip_suffix("·f").unwrap_or(name)))
            .collect();
        assert!(
            missing.is_empty(),
            "exported by the runtime, not in docs/runtime-abi.md: {missing:?}"
        );
    }
}
