//! Builds the runtime staticlib for every target whose Rust standard library is installed and
//! hands the archives to the driver, which embeds them (`include_bytes!`). That way `gocrane`
//! finds its runtime without any path set by hand, from `cargo run` or from an installed copy.
//!
//! The runtime is built by a nested `cargo build` into a target directory under OUT_DIR, so it
//! never contends with the outer build's lock, always in release mode, and with panic=abort.
//!
//! The staticlib (≈22 MB: Rust's standard library with its debug information) is then
//! pre-linked into one relocatable object (`ld -r`): only the sections reachable from the
//! runtime's exported symbols, without debug information (≈10 MB, a few hundred KB of it
//! code). Every program's link reads that object instead of searching the archive, which
//! makes linking about three times faster and executables ten times smaller.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

/// (Rust target triple, short name used in the archive's file name).
const TARGETS: [(&str, &str); 2] = [
    ("x86_64-unknown-linux-gnu", "x86_64"),
    ("aarch64-unknown-linux-gnu", "aarch64"),
];

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed=runtime/src");
    println!("cargo:rerun-if-changed=runtime/Cargo.toml");
    println!("cargo:rerun-if-changed=build.rs");
    // The standard library (std/) is embedded by `include_dir!`, which cargo does not track.
    println!("cargo:rerun-if-changed=std");
    // Adding or removing a Rust target (`rustup target add/remove`) changes the sysroot's
    // lib/rustlib folder, which holds one folder per installed target: watching it rebuilds the
    // embedded runtimes when a target becomes available or goes away.
    if let Some(rustlib) = sysroot_rustlib() {
        println!("cargo:rerun-if-changed={}", rustlib.display());
    }

    for (triple, short) in TARGETS {
        let dest = out.join(format!("gocrane_runtime-{short}.o"));
        if !std_installed(triple) {
            // An empty file tells the driver this target's runtime is unavailable.
            std::fs::write(&dest, b"").unwrap();
            println!("cargo:warning=Rust std for {triple} is not installed; gocrane cannot target {short} (rustup target add {triple})");
            continue;
        }
        let archive = build_runtime(&root, &out, triple);
        prelink(&archive, triple, &dest);
    }
}

/// The C compiler driver that links for `triple` (as `src/target.rs` picks it).
fn linker(triple: &str) -> &'static str {
    let host = env::var("HOST").unwrap_or_default();
    match triple {
        _ if host == triple => "cc",
        "x86_64-unknown-linux-gnu" => "x86_64-linux-gnu-gcc",
        _ => "aarch64-linux-gnu-gcc",
    }
}

/// Pre-links the runtime `archive` into the relocatable object `dest` (see the module doc).
/// The roots are the symbols the archive's members define globally, but Rust's own (mangled,
/// or LLVM's `anon.…` constants): the runtime's ABI (`runtime.*`, `gocrane_*`), the functions
/// the library's Go code declares and the runtime defines (`syscall.write`, …) and `main`.
fn prelink(archive: &Path, triple: &str, dest: &Path) {
    use object::{Object, ObjectSymbol};
    let bytes = std::fs::read(archive).unwrap_or_else(|e| panic!("{}: {e}", archive.display()));
    let parsed = object::read::archive::ArchiveFile::parse(&*bytes).expect("the runtime archive");
    let mut roots = std::collections::BTreeSet::new();
    for member in parsed.members() {
        let member = member.expect("an archive member");
        let Ok(file) = object::File::parse(member.data(&*bytes).expect("member data")) else {
            continue;
        };
        for sym in file.symbols() {
            let name = sym.name().unwrap_or("");
            let rust =
                name.starts_with("_ZN") || name.starts_with("_R") || name.starts_with("anon.");
            if sym.is_global() && !sym.is_undefined() && !rust && !name.is_empty() {
                roots.insert(name.to_string());
            }
        }
    }
    // The roots go in a response file: there are hundreds.
    let rsp = dest.with_extension("rsp");
    let args: String = roots.iter().map(|r| format!("-Wl,-u,{r}\n")).collect();
    std::fs::write(&rsp, args).unwrap();
    let cc = linker(triple);
    let status = Command::new(cc)
        .args([
            "-r",
            "-nostdlib",
            "-Wl,--gc-sections",
            "-Wl,--strip-debug",
            "-o",
        ])
        .arg(dest)
        .arg(format!("@{}", rsp.display()))
        .arg("-Wl,--whole-archive")
        .arg(archive)
        .arg("-Wl,--no-whole-archive")
        .status();
    if !status.is_ok_and(|s| s.success()) {
        // Without the target's C toolchain gocrane cannot link for it anyway; the archive
        // stands in (the linker knows an archive by its contents, whatever its name).
        println!("cargo:warning=cannot pre-link the runtime for {triple} with {cc}: embedding the archive");
        std::fs::copy(archive, dest)
            .unwrap_or_else(|e| panic!("copying {}: {e}", archive.display()));
    }
}

fn rustc() -> String {
    env::var("RUSTC").unwrap_or_else(|_| "rustc".into())
}

/// `<sysroot>/lib/rustlib`, where every installed target's standard library lives.
fn sysroot_rustlib() -> Option<PathBuf> {
    let output = Command::new(rustc())
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    let sysroot = String::from_utf8(output.stdout).ok()?;
    let dir = Path::new(sysroot.trim()).join("lib").join("rustlib");
    (output.status.success() && dir.is_dir()).then_some(dir)
}

fn std_installed(triple: &str) -> bool {
    let Ok(output) = Command::new(rustc())
        .args(["--print", "target-libdir", "--target", triple])
        .output()
    else {
        return false;
    };
    let dir = String::from_utf8_lossy(&output.stdout).trim().to_string();
    output.status.success()
        && Path::new(&dir)
            .read_dir()
            .map(|mut d| {
                d.any(|e| e.is_ok_and(|e| e.file_name().to_string_lossy().starts_with("libstd-")))
            })
            .unwrap_or(false)
}

/// Builds the runtime staticlib for `triple`; returns its path.
fn build_runtime(root: &Path, out: &Path, triple: &str) -> PathBuf {
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target_dir = out.join("runtime-target");
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root)
        .args([
            "build",
            "--release",
            "-p",
            "gocrane-runtime",
            "--lib",
            "--target",
            triple,
        ])
        .arg("--target-dir")
        .arg(&target_dir)
        .args(["--config", "profile.release.panic=\"abort\""]);
    // The outer build's settings are not meant for the runtime.
    for var in [
        "CARGO_TARGET_DIR",
        "CARGO_ENCODED_RUSTFLAGS",
        "RUSTFLAGS",
        "CARGO_BUILD_TARGET",
        "CARGO_MAKEFLAGS",
        "MAKEFLAGS",
        "MFLAGS",
    ] {
        cmd.env_remove(var);
    }
    let status = cmd.status().expect("running cargo to build the runtime");
    assert!(
        status.success(),
        "building the gocrane runtime for {triple} failed"
    );
    target_dir
        .join(triple)
        .join("release")
        .join("libgocrane_runtime.a")
}
