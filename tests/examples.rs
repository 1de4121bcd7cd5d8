//! Every `examples/NAME.go` is compiled with gocrane, run, and compared with
//! `examples/NAME.expected`, the recording of what the same program does when compiled by gc
//! 1.27.3 (exit status, stdout, and stderr up to `goroutine 1 [running]:`).
//! See `tests/common/mod.rs` for the recording format and `scripts/record.sh` to re-record.
//!
//! One test checks all examples and reports every failing one, each with a unified diff.
//! Quicker runs: `GOCRANE_ONLY=hello,slices cargo test --release --test examples`.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const COMPILE_LIMIT: Duration = Duration::from_secs(120);
const RUN_LIMIT: Duration = Duration::from_secs(20);

fn check_example(program: &Path) -> Result<(), String> {
    let expected = read_expected(program)?;
    let scratch = scratch("examples", program);
    let binary = scratch.join("prog");
    let file_name = program.file_name().expect("file name");

    let mut build = Command::new(env!("CARGO_BIN_EXE_gocrane"));
    build
        .current_dir(program.parent().expect("examples dir"))
        .arg("build")
        .arg("-o")
        .arg(&binary)
        .arg(file_name);
    let built = run(build, COMPILE_LIMIT, &scratch.join("build"))?;
    if !built.success() {
        return Err(format!(
            "`gocrane build` failed (exit {}):\n{}{}",
            built.exit,
            indent(&built.stderr),
            indent(&built.stdout)
        ));
    }
    if !binary.exists() {
        return Err(format!(
            "`gocrane build -o {}` exited 0 but wrote no executable",
            binary.display()
        ));
    }

    let mut prog = Command::new(&binary);
    for var in GO_RUNTIME_ENV {
        prog.env_remove(var);
    }
    let ran = run(prog, RUN_LIMIT, &scratch.join("run"))?;
    let actual = render(&ran.exit, &ran.stdout, &normalise_run_stderr(&ran.stderr));
    if actual == expected {
        Ok(())
    } else {
        Err(diff(&expected, &actual))
    }
}

#[test]
fn examples_behave_as_under_gc() {
    let programs = selected(go_files("examples"));
    assert!(!programs.is_empty(), "no examples selected");
    let failures = check_all(&programs, workers(), check_example);
    report("examples", programs.len(), &failures);
}

/// `gocrane run` behaves like building and running: same output, and gocrane exits with the
/// program's status (2 after a panic).
#[test]
fn run_subcommand_passes_on_the_programs_outcome() {
    let programs: Vec<_> = go_files("examples")
        .into_iter()
        .filter(|p| ["hello", "panic_divide"].contains(&stem(p).as_str()))
        .collect();
    assert_eq!(
        programs.len(),
        2,
        "examples/hello.go and examples/panic_divide.go must exist"
    );
    let failures = check_all(&programs, workers(), |program| {
        let expected = read_expected(program)?;
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gocrane"));
        cmd.current_dir(program.parent().expect("examples dir"))
            .arg("run")
            .arg(program.file_name().expect("file name"));
        for var in GO_RUNTIME_ENV {
            cmd.env_remove(var);
        }
        let ran = run(cmd, COMPILE_LIMIT, &scratch("examples-run", program))?;
        let actual = render(&ran.exit, &ran.stdout, &normalise_run_stderr(&ran.stderr));
        if actual == expected {
            Ok(())
        } else {
            Err(format!(
                "`gocrane run {}`:\n{}",
                stem(program),
                diff(&expected, &actual)
            ))
        }
    });
    report("`gocrane run` checks", programs.len(), &failures);
}
