//! Every `tests/errors/NAME.go` is an invalid program, or one outside gocrane's subset.
//! `gocrane build` must reject it with exit status 1 and exactly the diagnostics in
//! `tests/errors/NAME.expected`:
//! * for invalid programs, gc 1.27.3's own diagnostics (recorded by `scripts/record.sh`),
//!   `NAME.go:LINE:COL: message`;
//! * for `unsupported_*.go` (valid Go that gocrane does not compile), gocrane's hand-written
//!   `NAME.go:LINE:COL: gocrane does not support X`, positioned at the start of the construct.
//!
//! Quicker runs: `GOCRANE_ONLY=undefined,unsupported_channel cargo test --release --test errors`.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const COMPILE_LIMIT: Duration = Duration::from_secs(120);

fn check_rejected(program: &Path) -> Result<(), String> {
    let expected = read_expected(program)?;
    let scratch = scratch("errors", program);
    let binary = scratch.join("prog");

    let mut build = Command::new(env!("CARGO_BIN_EXE_gocrane"));
    build
        .current_dir(build_dir(program))
        .arg("build")
        .arg("-o")
        .arg(&binary)
        .arg(build_arg(program));
    let built = run(build, COMPILE_LIMIT, &scratch.join("build"))?;
    let actual = render(&built.exit, &built.stdout, &built.stderr);
    if actual != expected {
        return Err(diff(&expected, &actual));
    }
    if binary.exists() {
        return Err("the program was rejected but an executable was written anyway".to_string());
    }
    Ok(())
}

#[test]
fn invalid_programs_are_rejected_as_by_gc() {
    let programs = selected(go_files("tests/errors"));
    assert!(!programs.is_empty(), "no error programs selected");
    let failures = check_all(&programs, workers(), check_rejected);
    report("error programs", programs.len(), &failures);
}
