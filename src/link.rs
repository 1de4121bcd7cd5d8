//! Linking: the object file plus the runtime staticlib (embedded in this binary by build.rs)
//! become an executable, through the target's C compiler driver. Non-PIE, like gc's binaries.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::target::{Arch, Target};

static RUNTIME_X86_64: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/libgocrane_runtime-x86_64.a"));
static RUNTIME_AARCH64: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/libgocrane_runtime-aarch64.a"));

fn runtime_archive(arch: Arch) -> Result<&'static [u8], String> {
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

pub fn link(object: &[u8], target: &Target, output: &Path) -> Result<(), String> {
    let dir = TempDir::new()?;
    let obj = dir.path().join("main.o");
    let rt = dir.path().join("libgocrane_runtime.a");
    std::fs::write(&obj, object).map_err(|e| format!("gocrane: {e}"))?;
    std::fs::write(&rt, runtime_archive(target.arch)?).map_err(|e| format!("gocrane: {e}"))?;
    let linker = target.arch.linker();
    let result = Command::new(linker)
        .arg("-no-pie")
        .arg("-o")
        .arg(output)
        .arg(&obj)
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
