//! The code cache: each function's machine code, keyed by a hash of its Cranelift IR and the
//! target ISA with its flags (Cranelift's incremental cache), kept on disk so that a function
//! compiled once — the standard library's above all — is not compiled again by any later
//! build. The directory is `$GOCRANE_CACHE` (`off` disables the cache), else
//! `$XDG_CACHE_HOME/gocrane`, else `$HOME/.cache/gocrane`, with one folder per gocrane and
//! Cranelift version. Entries are written to a temporary name and renamed, so concurrent
//! builds never read half an entry; a missing or unreadable entry is a miss.

use std::borrow::Cow;
use std::path::PathBuf;

use cranelift_codegen::incremental_cache::CacheKvStore;

/// The Cranelift the entries were made by: its serialised code is only read back by the same.
const CRANELIFT: &str = "cranelift-0.135";

/// gocrane's cache directory: `$GOCRANE_CACHE` (None for `off`), else
/// `$XDG_CACHE_HOME/gocrane`, else `$HOME/.cache/gocrane`. The code cache and the library
/// archives (`src/archive.rs`) live in it.
pub fn cache_base() -> Option<PathBuf> {
    match std::env::var_os("GOCRANE_CACHE") {
        Some(v) if v == "off" => None,
        Some(v) if !v.is_empty() => Some(PathBuf::from(v)),
        _ => std::env::var_os("XDG_CACHE_HOME")
            .filter(|v| !v.is_empty())
            .map(|v| PathBuf::from(v).join("gocrane"))
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/gocrane"))),
    }
}

/// A code cache on disk (or none).
pub struct CodeCache {
    dir: Option<PathBuf>,
}

impl CodeCache {
    /// The cache the environment names (see the module doc).
    pub fn from_env() -> CodeCache {
        let dir =
            cache_base().map(|b| b.join(format!("code-{}-{CRANELIFT}", env!("CARGO_PKG_VERSION"))));
        CodeCache { dir }
    }

    /// No cache: every function is compiled.
    pub fn none() -> CodeCache {
        CodeCache { dir: None }
    }

    fn path(&self, key: &[u8]) -> Option<PathBuf> {
        let name: String = key.iter().map(|b| format!("{b:02x}")).collect();
        Some(self.dir.as_ref()?.join(&name[..2]).join(&name[2..]))
    }
}

impl CacheKvStore for CodeCache {
    fn get(&self, key: &[u8]) -> Option<Cow<'_, [u8]>> {
        std::fs::read(self.path(key)?).ok().map(Cow::Owned)
    }

    fn insert(&mut self, key: &[u8], val: Vec<u8>) {
        let Some(path) = self.path(key) else { return };
        let Some(dir) = path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        // Unique per process and entry: concurrent builds may write the same key.
        let tmp = dir.join(format!(
            ".{}.{}.tmp",
            std::process::id(),
            path.file_name().and_then(|n| n.to_str()).unwrap_or("entry")
        ));
        if std::fs::write(&tmp, &val).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}
