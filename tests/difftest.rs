//! Differential testing against gc: random programs from `difftest/gen.rs` (interfaces,
//! conversions of every kind, assertions, type switches, escape-shaped code, arithmetic,
//! Mallocs deltas) are built and run by gocrane and by gc 1.27.3, and must agree on stdout,
//! stderr (up to the goroutine trace), exit status and the `-m -l` remarks.
//!
//! CI runs a fixed set of seeds (`SEEDS`). `scripts/difftest N` runs N more, from a random
//! first seed: each mismatch is minimised (lines removed while the two still differ) and saved
//! as `tests/difftest/found/seed_S.go` with what differed, to become a regression test
//! (an example with gc's recording) once fixed. That mode reports and never fails.
//!
//! Without the oracle this test fails (it never skips): run `scripts/setup.sh`.

mod common;
#[path = "difftest/gen.rs"]
mod gen;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The seeds every CI run checks.
const SEEDS: std::ops::Range<u64> = 1..61;

const BUILD_LIMIT: Duration = Duration::from_secs(300);
const RUN_LIMIT: Duration = Duration::from_secs(10);

/// What one compiler did with a program: the run in the recording format, and the remarks.
#[derive(PartialEq)]
struct Outcome2 {
    built: bool,
    run: String,
    remarks: String,
}

fn gocrane_outcome(file: &Path, scratch: &Path) -> Result<Outcome2, String> {
    let binary = scratch.join("gocrane.bin");
    let mut build = Command::new(env!("CARGO_BIN_EXE_gocrane"));
    build
        .current_dir(file.parent().unwrap())
        .args(["build", "-m", "-o"])
        .arg(&binary)
        .arg(file.file_name().unwrap());
    let built = run(build, BUILD_LIMIT, &scratch.join("gocrane-build"))?;
    finish(built, &binary, scratch, "gocrane-run", |s| s.to_string())
}

fn gc_outcome(go: &Path, file: &Path, scratch: &Path) -> Result<Outcome2, String> {
    let binary = scratch.join("gc.bin");
    let mut build = Command::new(go);
    build
        .current_dir(file.parent().unwrap())
        .args(["build", "-gcflags=-m -l", "-o"])
        .arg(&binary)
        .arg(file.file_name().unwrap());
    let built = run(build, BUILD_LIMIT, &scratch.join("gc-build"))?;
    finish(built, &binary, scratch, "gc-run", normalise_gc_diagnostics)
}

fn finish(
    built: Outcome,
    binary: &Path,
    scratch: &Path,
    run_dir: &str,
    remarks: impl Fn(&str) -> String,
) -> Result<Outcome2, String> {
    if !built.success() {
        return Ok(Outcome2 {
            built: false,
            run: String::new(),
            remarks: remarks(&built.stderr),
        });
    }
    Ok(Outcome2 {
        built: true,
        run: run_binary(binary, &scratch.join(run_dir))?,
        remarks: remarks(&built.stderr),
    })
}

/// A built program's run in the recording format.
fn run_binary(binary: &Path, dir: &Path) -> Result<String, String> {
    let mut cmd = Command::new(binary);
    for var in GO_RUNTIME_ENV {
        cmd.env_remove(var);
    }
    let ran = run(cmd, RUN_LIMIT, dir)?;
    Ok(render(
        &ran.exit,
        &ran.stdout,
        &normalise_run_stderr(&ran.stderr),
    ))
}

/// None when the two agree, else what differs.
fn compare(go: &Path, file: &Path, scratch: &Path) -> Result<Option<String>, String> {
    let ours = gocrane_outcome(file, scratch)?;
    let gc = gc_outcome(go, file, scratch)?;
    if !gc.built {
        return Err(format!(
            "gc rejects the generated program (a generator bug):\n{}",
            indent(&gc.remarks)
        ));
    }
    if !ours.built {
        return Ok(Some(format!(
            "gocrane cannot build it:\n{}",
            indent(&ours.remarks)
        )));
    }
    let mut why = String::new();
    // gc's runtime may allocate in its own goroutines now and then (counted in Mallocs): a run
    // difference counts only if both programs, run again, still disagree.
    let runs_differ = ours.run != gc.run && {
        let again_ours = run_binary(&scratch.join("gocrane.bin"), &scratch.join("gocrane-rerun"))?;
        let again_gc = run_binary(&scratch.join("gc.bin"), &scratch.join("gc-rerun"))?;
        again_ours != again_gc
    };
    if runs_differ {
        why += &format!("run:\n{}", diff(&gc.run, &ours.run));
    }
    if ours.remarks != gc.remarks {
        why += &format!("-m:\n{}", diff(&gc.remarks, &ours.remarks));
    }
    Ok((!why.is_empty()).then_some(why))
}

fn write_program(dir: &Path, source: &str) -> PathBuf {
    std::fs::create_dir_all(dir).expect("scratch directory");
    let file = dir.join("prog.go");
    std::fs::write(&file, source).expect("writing the program");
    file
}

fn check_seed(go: &Path, seed: u64) -> Result<Option<String>, String> {
    let dir = scratch("difftest", Path::new(&format!("seed_{seed}.go")));
    let file = write_program(&dir, &gen::program(seed));
    let result = compare(go, &file, &dir);
    // Two binaries a program: thousands of seeds would fill the disk. Keep only mismatches.
    if matches!(result, Ok(None)) {
        let _ = std::fs::remove_dir_all(&dir);
    }
    result
}

/// Which parts differ: the run, the remarks, or both.
fn categories(why: &str) -> (bool, bool) {
    (why.starts_with("run:"), why.contains("-m:"))
}

/// Removes lines of the generated functions (from the end, one at a time; the prelude and
/// `main`, which does the counting, stay) while gocrane and gc still build the program and still
/// disagree in the same way (run, remarks).
fn minimise(go: &Path, seed: u64, source: &str, why: &str) -> String {
    let dir = scratch("difftest-min", Path::new(&format!("seed_{seed}.go")));
    let mut lines: Vec<&str> = source.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.starts_with("// seed"))
        .unwrap_or(0);
    let mut i = lines
        .iter()
        .position(|l| *l == "func main() {")
        .unwrap_or(0);
    while i > first + 1 {
        i -= 1;
        let mut candidate = lines.clone();
        candidate.remove(i);
        let text = candidate.join("\n") + "\n";
        let file = write_program(&dir, &text);
        if let Ok(Some(now)) = compare(go, &file, &dir) {
            if categories(&now) == categories(why) {
                lines = candidate;
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    lines.join("\n") + "\n"
}

#[test]
fn random_programs_behave_as_under_gc() {
    let go = oracle();
    let explore: Option<u64> = std::env::var("GOCRANE_DIFFTEST_COUNT")
        .ok()
        .and_then(|n| n.parse().ok());
    let seeds: Vec<u64> = match explore {
        Some(n) => {
            let first: u64 = std::env::var("GOCRANE_DIFFTEST_FIRST")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(1000);
            (first..first + n).collect()
        }
        None => SEEDS.collect(),
    };
    let results = map_parallel(&seeds, workers(), |&seed| check_seed(&go, seed));
    let mut mismatches = Vec::new();
    for (&seed, result) in seeds.iter().zip(results) {
        match result {
            Ok(None) => {}
            Ok(Some(why)) => mismatches.push((seed, why)),
            Err(e) => panic!("seed {seed}: {e}"),
        }
    }
    eprintln!(
        "difftest: {} programs, {} mismatches with gc",
        seeds.len(),
        mismatches.len()
    );
    if explore.is_some() {
        let found = repo_root().join("tests/difftest/found");
        std::fs::create_dir_all(&found).expect("tests/difftest/found");
        for (seed, why) in &mismatches {
            let small = minimise(&go, *seed, &gen::program(*seed), why);
            let path = found.join(format!("seed_{seed}.go"));
            let note: String = why.lines().map(|l| format!("// {l}\n")).collect();
            std::fs::write(
                &path,
                format!("{small}\n// What differed (before minimising):\n{note}"),
            )
            .expect("saving a mismatch");
            eprintln!("seed {seed}: saved {}", path.display());
        }
        return;
    }
    let report: Vec<String> = mismatches
        .iter()
        .map(|(seed, why)| format!("==== seed {seed}\n{why}"))
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} of {} random programs differ from gc (GOCRANE_ONLY is ignored; reproduce with \
         gen::program(seed)):\n{}",
        mismatches.len(),
        seeds.len(),
        report.join("\n")
    );
}

#[test]
fn the_generator_is_deterministic() {
    assert_eq!(gen::program(7), gen::program(7));
    assert_ne!(gen::program(7), gen::program(8));
}
