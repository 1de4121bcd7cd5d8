//! Every `examples/NAME.go` is compiled with gocrane, run, and compared with
//! `examples/NAME.expected`, the recording of what the same program does when compiled by gc
//! 1.27.3 (exit status, stdout, and stderr up to `goroutine 1 [running]:`).
//! See `tests/common/mod.rs` for the recording format and `scripts/record.sh` to re-record.
//!
//! Every example is built and run twice: for x86-64 natively and for arm64 under qemu-user,
//! against the same recording (gc's arm64 build behaves the same on every example).
//! One test per architecture checks all examples and reports every failing one, each with a
//! unified diff.
//! Quicker runs: `GOCRANE_ONLY=hello,slices cargo test --release --test examples`.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const COMPILE_LIMIT: Duration = Duration::from_secs(120);
const RUN_LIMIT: Duration = Duration::from_secs(20);

/// The architectures the examples are built for; programs for a foreign architecture run under
/// qemu-user (see `src/target.rs`).
#[derive(Copy, Clone, PartialEq, Eq)]
enum Arch {
    X86_64,
    Aarch64,
}

impl Arch {
    fn name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::Aarch64 => "aarch64",
        }
    }
}

/// gc's recording for `arch`: `NAME.arm64.expected` where gc's arm64 build behaves differently
/// (`scripts/record.sh` writes one where they differ: float multiply-adds fused on arm64), else
/// `NAME.expected`.
fn expected_for(program: &Path, arch: Arch) -> Result<String, String> {
    let arm = program.with_extension("arm64.expected");
    if arch == Arch::Aarch64 && arm.exists() {
        return std::fs::read_to_string(&arm).map_err(|e| format!("{}: {e}", arm.display()));
    }
    read_expected(program)
}

fn check_example(program: &Path) -> Result<(), String> {
    check_example_on(program, Arch::X86_64)
}

fn check_example_on(program: &Path, arch: Arch) -> Result<(), String> {
    let expected = expected_for(program, arch)?;
    let scratch = scratch(&format!("examples-{}", arch.name()), program);
    let binary = scratch.join("prog");
    let file_name = build_arg(program);

    let mut build = Command::new(env!("CARGO_BIN_EXE_gocrane"));
    build
        .current_dir(build_dir(program))
        .arg("build")
        .args(["--target", arch.name()])
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

    let mut prog = match arch {
        Arch::X86_64 => Command::new(&binary),
        Arch::Aarch64 => {
            let mut qemu = Command::new("qemu-aarch64");
            qemu.args(["-L", "/usr/aarch64-linux-gnu"]).arg(&binary);
            qemu
        }
    };
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
    let programs = selected(examples());
    assert!(!programs.is_empty(), "no examples selected");
    let failures = check_all(&programs, workers(), check_example);
    report("examples", programs.len(), &failures);
}

/// The same programs built for arm64 (Cranelift's aarch64 backend, the runtime cross-built,
/// linked by aarch64-linux-gnu-gcc) and run under qemu-aarch64 do what gc's build does.
/// `scripts/setup.sh` installs the cross toolchain, qemu-user and the Rust target.
#[test]
fn examples_behave_as_under_gc_on_arm64() {
    let programs = selected(examples());
    assert!(!programs.is_empty(), "no examples selected");
    let failures = check_all(&programs, workers(), |p| check_example_on(p, Arch::Aarch64));
    report("examples on arm64 (qemu)", programs.len(), &failures);
}

/// `gocrane run --target aarch64` runs the program under qemu and passes on its status.
#[test]
fn run_subcommand_runs_arm64_programs_under_qemu() {
    let program = repo_root().join("examples/panic_divide.go");
    let expected = read_expected(&program).expect("recording");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gocrane"));
    cmd.current_dir(build_dir(&program)).args([
        "run",
        "--target",
        "aarch64-unknown-linux-gnu",
        "panic_divide.go",
    ]);
    for var in GO_RUNTIME_ENV {
        cmd.env_remove(var);
    }
    let ran =
        run(cmd, COMPILE_LIMIT, &scratch("examples-run-arm64", &program)).expect("gocrane run");
    let actual = render(&ran.exit, &ran.stdout, &normalise_run_stderr(&ran.stderr));
    assert_eq!(actual, expected, "{}", diff(&expected, &actual));
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
        cmd.current_dir(build_dir(program))
            .arg("run")
            .arg(build_arg(program));
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
