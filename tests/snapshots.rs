//! One insta snapshot per example of what the middle and the backend make of it:
//!
//! ```text
//! ----- SOURCE
//! ----- LOWERED          the IR after the `lower` pass (middle/src/print.rs)
//! ----- ASM x86_64       `gocrane build -S` for x86-64: every function (gc's -S shape)
//! ----- ASM aarch64      the same for arm64, in Go's arm64 syntax
//! ----- DATA             every data symbol the object defines (gc's -S data format)
//! ```
//!
//! Data symbols do not depend on the architecture (both are 64-bit little-endian); the test
//! checks that, and would show an arm64-only `----- DATA aarch64` section if they ever did.
//! Positions name `examples/NAME.go` (the path as given, relative to the repository root), so
//! the snapshots are the same on every machine; a listing has nothing else that varies.
//!
//! A change to lowering or code generation shows up as a snapshot diff; review it with
//! `cargo insta review` and accept only what is right.

use std::path::Path;

use backend::listing::Syntax;
use gocrane::driver::{self, Options, Output, Positions};
use gocrane::listing::{self, Request};
use gocrane::target::{Arch, Target};

fn compile(path: &Path, arch: &str, dump: bool) -> Result<Output, String> {
    let target = Target::parse(Some(arch)).expect("known target");
    let options = Options {
        dump_after: dump.then_some(middle::passes::Pass::Lower),
        listing: Some(Positions::AsGiven),
        ..Default::default()
    };
    driver::compile(
        &gocrane::load::Target::Files(vec![path.to_path_buf()]),
        &target,
        &options,
    )
}

fn render(path: &Path) -> String {
    let source = std::fs::read_to_string(path).expect("example source");
    let mut out = format!("----- SOURCE\n{source}");
    let (x86, arm) = match (
        compile(path, "x86_64", true),
        compile(path, "aarch64", false),
    ) {
        (Ok(x86), Ok(arm)) => (x86, arm),
        (Err(message), _) | (_, Err(message)) => {
            out.push_str("\n----- ERRORS\n");
            out.push_str(&message);
            return out;
        }
    };
    for (_, ir) in &x86.dumps {
        out.push_str("\n----- LOWERED\n");
        out.push_str(ir);
    }
    for (name, arch, compiled) in [
        ("x86_64", Arch::X86_64, &x86),
        ("aarch64", Arch::Aarch64, &arm),
    ] {
        let request = Request {
            arch,
            syntax: Syntax::Go,
            func: None,
        };
        out.push_str(&format!("\n----- ASM {name}\n"));
        out.push_str(&listing::render_functions(compiled, &request));
    }
    let data = listing::render_data(&x86);
    out.push_str("\n----- DATA\n");
    out.push_str(&data);
    let arm_data = listing::render_data(&arm);
    if arm_data != data {
        out.push_str("\n----- DATA aarch64\n");
        out.push_str(&arm_data);
    }
    out
}

#[test]
fn examples() {
    insta::glob!("../examples", "*.go", |path| {
        // The file name is in the snapshot name; paths inside stay relative for stable output.
        let relative = Path::new("examples").join(path.file_name().unwrap());
        let _guard = CwdGuard::enter(env!("CARGO_MANIFEST_DIR"));
        insta::assert_snapshot!(render(&relative));
    });
}

/// Runs the body with the repository root as working directory, so diagnostics and positions
/// name `examples/x.go` whatever directory the tests run from.
struct CwdGuard(std::path::PathBuf);

impl CwdGuard {
    fn enter(dir: &str) -> CwdGuard {
        let old = std::env::current_dir().expect("cwd");
        std::env::set_current_dir(dir).expect("enter repo root");
        CwdGuard(old)
    }
}

impl Drop for CwdGuard {
    fn drop(&mut self) {
        let _ = std::env::set_current_dir(&self.0);
    }
}
