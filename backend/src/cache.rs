//! The code cache: each function's machine code, keyed by a hash of its Cranelift IR and the
//! target ISA with its flags (Cranelift's incremental cache), kept on disk so that a function
//! compiled once — the standard library's above all — is not compiled again by any later
//! build. The directory is `$GOCRANE_CACHE` (`off` disables the cache), else
//! `$XDG_CACHE_HOME/gocrane`, else `$HOME/.cache/gocrane`, with one folder per gocrane and
//! Cranelift version. Entries are written to a temporary name and renamed, so concurrent
//! builds never read half an entry; a missing or unreadable entry is a miss.
//!
//! As gc's build cache, the directory is trimmed ([`trim`]): entries unused for five days go
//! (an entry's modification time is its last use, refreshed at most hourly).

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

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
        let path = self.path(key)?;
        let code = std::fs::read(&path).ok()?;
        mark_used(&path);
        Some(Cow::Owned(code))
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

/// How long an unused entry stays (gc's `trimLimit`).
const TRIM_LIMIT: Duration = Duration::from_secs(5 * 24 * 3600);
/// How often the cache is trimmed (gc's `trimInterval`), and how stale an entry's use time
/// may get before a use refreshes it (gc's `mtimeInterval`).
const TRIM_INTERVAL: Duration = Duration::from_secs(24 * 3600);
const MTIME_INTERVAL: Duration = Duration::from_secs(3600);

fn age(path: &Path) -> Option<Duration> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    SystemTime::now().duration_since(modified).ok()
}

/// Records a use of the cache entry at `path` (its modification time), unless one was
/// recorded within the hour.
pub fn mark_used(path: &Path) {
    if age(path).is_some_and(|a| a > MTIME_INTERVAL) {
        if let Ok(f) = std::fs::File::options().append(true).open(path) {
            let _ = f.set_modified(SystemTime::now());
        }
    }
}

/// Removes the entries of the cache under `base` unused for five days, if it was not trimmed
/// within the day (`trim.txt` records when): the library archives (`lib-*`, by their
/// `summary.txt`), the runtime objects (`runtime-*`) and the machine code (`code-*/xx/*`).
/// Best effort: what cannot be read or removed stays.
pub fn trim(base: &Path) {
    let stamp = base.join("trim.txt");
    if age(&stamp).is_some_and(|a| a < TRIM_INTERVAL) {
        return;
    }
    if std::fs::write(&stamp, "").is_err() {
        return;
    }
    let stale = |p: &Path| age(p).is_some_and(|a| a > TRIM_LIMIT);
    let entries = |dir: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    for entry in entries(base) {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with("lib-") {
            if stale(&entry.join("summary.txt")) {
                let _ = std::fs::remove_dir_all(&entry);
            }
        } else if name.starts_with("runtime-") {
            if entries(&entry).iter().all(|f| stale(f)) {
                let _ = std::fs::remove_dir_all(&entry);
            }
        } else if name.starts_with("code-") {
            for sub in entries(&entry) {
                for file in entries(&sub) {
                    if stale(&file) {
                        let _ = std::fs::remove_file(&file);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_age(path: &Path, days: u64) {
        let when = SystemTime::now() - Duration::from_secs(days * 24 * 3600);
        let f = std::fs::File::options().append(true).open(path).unwrap();
        f.set_modified(when).unwrap();
    }

    #[test]
    fn trimming_removes_what_was_not_used_for_five_days() {
        let base = std::env::temp_dir().join(format!("gocrane-trim-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        for dir in ["lib-old", "lib-new", "runtime-old", "code-x/ab"] {
            std::fs::create_dir_all(base.join(dir)).unwrap();
        }
        let files = [
            ("lib-old/summary.txt", 6),
            ("lib-new/summary.txt", 1),
            ("runtime-old/rt.o", 9),
            ("code-x/ab/old", 7),
            ("code-x/ab/new", 0),
        ];
        for (f, days) in files {
            std::fs::write(base.join(f), "x").unwrap();
            set_age(&base.join(f), days);
        }
        // A use refreshes a stale entry's time.
        set_age(&base.join("lib-new/summary.txt"), 6);
        mark_used(&base.join("lib-new/summary.txt"));
        trim(&base);
        let left: Vec<bool> = [
            "lib-old",
            "lib-new",
            "runtime-old",
            "code-x/ab/old",
            "code-x/ab/new",
        ]
        .iter()
        .map(|p| base.join(p).exists())
        .collect();
        assert_eq!(left, [false, true, false, false, true]);
        // Not again within the day.
        std::fs::create_dir_all(base.join("lib-older")).unwrap();
        std::fs::write(base.join("lib-older/summary.txt"), "x").unwrap();
        set_age(&base.join("lib-older/summary.txt"), 10);
        trim(&base);
        assert!(base.join("lib-older").exists());
        let _ = std::fs::remove_dir_all(&base);
    }
}
