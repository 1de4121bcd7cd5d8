//! A short run of each fuzz target (fuzz/, driven by scripts/fuzz): libFuzzer mutates
//! gocrane's own Go files for a minute per target, and any panic, stack overflow, or input
//! slower than 10 s fails the test, with the input saved under fuzz/artifacts/. Long runs are
//! `scripts/fuzz TARGET SECONDS` by hand (README, "Testing").

use std::path::Path;
use std::process::Command;

fn fuzz(target: &str, seconds: u32) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = Command::new(root.join("scripts/fuzz"))
        .arg(target)
        .arg(seconds.to_string())
        .output()
        .expect("running scripts/fuzz");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "fuzz target {target} found a failure:\n{stderr}"
    );
    assert!(
        stderr.contains("stat::number_of_executed_units"),
        "fuzz target {target} did not run:\n{stderr}"
    );
}

#[test]
fn parse_target_finds_nothing_in_a_minute() {
    fuzz("parse", 60);
}

#[test]
fn compile_target_finds_nothing_in_a_minute() {
    fuzz("compile", 60);
}
