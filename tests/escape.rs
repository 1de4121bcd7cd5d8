//! gc's escape-analysis remarks are part of what gocrane must match. For every example and every
//! `tests/escape/NAME.go`, `NAME.escape` holds what `go build -gcflags='-m -l'` (gc 1.27.3)
//! prints: `NAME.go:LINE:COL: msg` lines such as `x escapes to heap`, `leaking param: p`,
//! `moved to heap: n`, `devirtualizing s.Area to *Box`, in gc's order (see
//! `scripts/record.sh`). `gocrane build -m -o /dev/null NAME.go` must print exactly those lines
//! on stderr, nothing on stdout, and exit 0.
//!
//! `-l` (no inlining) is implied: gocrane does not inline, so its remarks are compared with gc's
//! per-function results. `tests/oracle.rs` re-verifies the recordings against gc.
//!
//! Quicker runs: `GOCRANE_ONLY=mather,conversions cargo test --test escape`.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const COMPILE_LIMIT: Duration = Duration::from_secs(120);

fn check_remarks(program: &Path) -> Result<(), String> {
    let expected = read_escape(program)?;
    let mut build = Command::new(env!("CARGO_BIN_EXE_gocrane"));
    build
        .current_dir(build_dir(program))
        .args(["build", "-m", "-o", "/dev/null"])
        .arg(build_arg(program));
    let built = run(build, COMPILE_LIMIT, &scratch("escape", program))?;
    if !built.success() || !built.stdout.is_empty() {
        return Err(format!(
            "`gocrane build -m` should exit 0 with the remarks on stderr only; it exited {}\n\
             stdout:\n{}stderr:\n{}",
            built.exit,
            indent(&built.stdout),
            indent(&built.stderr)
        ));
    }
    if built.stderr == expected {
        Ok(())
    } else {
        Err(diff(&expected, &built.stderr))
    }
}

#[test]
fn escape_remarks_are_gcs() {
    let programs = selected(escape_programs());
    assert!(!programs.is_empty(), "no programs selected");
    let failures = check_all(&programs, workers(), check_remarks);
    report("escape remark checks", programs.len(), &failures);
}
