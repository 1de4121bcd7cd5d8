//! Checks the recordings themselves: gc 1.27.3 (the oracle, `scripts/go`, installed by
//! `scripts/setup.sh`) is run again on every example and error program, and what it does must
//! be exactly what the checked-in `.expected` file says. This catches a recording that was edited
//! by hand, a program changed without re-recording, and any drift between the normalisation in
//! `scripts/record.sh` and the one in `tests/common/mod.rs`.
//!
//! `tests/errors/unsupported_*.go` are not gc recordings; for them the test checks that gc
//! accepts the program (so the only reason gocrane rejects it is the subset) and that the
//! hand-written expectation is a single `gocrane does not support X` diagnostic.
//!
//! The escape-analysis recordings (`examples/NAME.escape`, `tests/escape/NAME.escape`) are
//! re-verified the same way, from `go build -gcflags='-m -l'`.
//!
//! Without the oracle this test fails (it never skips): run `scripts/setup.sh`.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// Generous: the first build with an empty GOCACHE compiles gc's runtime.
const GO_BUILD_LIMIT: Duration = Duration::from_secs(600);
const RUN_LIMIT: Duration = Duration::from_secs(20);

/// What gocrane names each unsupported construct, as in `gocrane does not support X`.
const UNSUPPORTED: &[&str] = &[
    "goroutines",
    "channels",
    "select statements",
    "built-in clear",
    "runtime.GC",
    "reflect.Value.Call",
    "generics",
    "package \"encoding/json\"",
    "packages other than main",
    "composite literals larger than 4 GiB",
    "conversions to function types without parentheses",
    "method expressions",
    "conversions of unnamed struct types with promoted methods to interfaces",
];

fn go_build(go: &Path, program: &Path, binary: &Path, scratch: &Path) -> Result<Outcome, String> {
    let mut cmd = Command::new(go);
    cmd.current_dir(build_dir(program))
        .arg("build")
        .arg("-o")
        .arg(binary)
        .arg(build_arg(program));
    run(cmd, GO_BUILD_LIMIT, scratch)
}

fn compare(program: &Path, actual: &str) -> Result<(), String> {
    let expected = read_expected(program)?;
    if actual == expected {
        Ok(())
    } else {
        Err(format!(
            "the recording is not what gc does; if the program changed on purpose, re-record with \
             scripts/record.sh {}\n{}",
            program.display(),
            diff(&expected, actual)
        ))
    }
}

fn check_example(go: &Path, program: &Path) -> Result<(), String> {
    let scratch = scratch("oracle-examples", program);
    let binary = scratch.join("prog");
    let built = go_build(go, program, &binary, &scratch.join("build"))?;
    if !built.success() {
        return Err(format!(
            "gc cannot build the example:\n{}",
            indent(&built.stderr)
        ));
    }
    let mut prog = Command::new(&binary);
    for var in GO_RUNTIME_ENV {
        prog.env_remove(var);
    }
    let ran = run(prog, RUN_LIMIT, &scratch.join("run"))?;
    compare(
        program,
        &render(&ran.exit, &ran.stdout, &normalise_run_stderr(&ran.stderr)),
    )?;
    check_arm64_recording(go, program, &scratch)
}

/// `NAME.arm64.expected`, where gc's arm64 build behaves differently, is what that build does
/// under qemu-aarch64.
fn check_arm64_recording(go: &Path, program: &Path, scratch: &Path) -> Result<(), String> {
    let recording = program.with_extension("arm64.expected");
    if !recording.exists() {
        return Ok(());
    }
    let binary = scratch.join("prog.arm64");
    let mut cmd = Command::new(go);
    cmd.current_dir(build_dir(program))
        .env("GOARCH", "arm64")
        .args(["build", "-o"])
        .arg(&binary)
        .arg(build_arg(program));
    let built = run(cmd, GO_BUILD_LIMIT, &scratch.join("build-arm64"))?;
    if !built.success() {
        return Err(format!(
            "gc cannot build the example for arm64:\n{}",
            indent(&built.stderr)
        ));
    }
    let mut prog = Command::new("qemu-aarch64");
    prog.arg(&binary);
    for var in GO_RUNTIME_ENV {
        prog.env_remove(var);
    }
    let ran = run(prog, RUN_LIMIT, &scratch.join("run-arm64"))?;
    let actual = render(&ran.exit, &ran.stdout, &normalise_run_stderr(&ran.stderr));
    let expected = std::fs::read_to_string(&recording).map_err(|e| e.to_string())?;
    if actual == expected {
        Ok(())
    } else {
        Err(format!(
            "the arm64 recording is not what gc's arm64 build does; re-record with \
             scripts/record.sh {}\n{}",
            program.display(),
            diff(&expected, &actual)
        ))
    }
}

fn check_error_program(go: &Path, program: &Path) -> Result<(), String> {
    let scratch = scratch("oracle-errors", program);
    let built = go_build(go, program, &scratch.join("prog"), &scratch.join("build"))?;
    if stem(program).starts_with("unsupported_") {
        if !built.success() {
            return Err(format!(
                "gc rejects this program, but unsupported_* programs must be valid Go:\n{}",
                indent(&built.stderr)
            ));
        }
        return check_unsupported_expectation(program);
    }
    if built.success() {
        return Err("gc accepts this program, but tests/errors programs must be invalid".into());
    }
    compare(
        program,
        &render(
            &built.exit,
            &built.stdout,
            &normalise_gc_diagnostics(&built.stderr),
        ),
    )
}

/// The hand-written expectation: exit 1, nothing on stdout, one diagnostic
/// `NAME.go:L:C: gocrane does not support X` with X one of [`UNSUPPORTED`].
fn check_unsupported_expectation(program: &Path) -> Result<(), String> {
    let expected = read_expected(program)?;
    let file = program.file_name().unwrap().to_string_lossy().into_owned();
    let Some(stderr) = expected.strip_prefix("-- exit --\n1\n-- stdout --\n-- stderr --\n") else {
        return Err(format!(
            "expected exit 1 and an empty stdout in the recording:\n{}",
            indent(&expected)
        ));
    };
    let line = stderr.strip_suffix('\n').unwrap_or(stderr);
    let well_formed = line.strip_prefix(&format!("{file}:")).and_then(|rest| {
        let (line_no, rest) = rest.split_once(':')?;
        let (col, msg) = rest.split_once(": ")?;
        let numbers = line_no.parse::<u32>().ok()? > 0 && col.parse::<u32>().ok()? > 0;
        let what = msg.strip_prefix("gocrane does not support ")?;
        (numbers && UNSUPPORTED.contains(&what) && !line.contains('\n')).then_some(())
    });
    well_formed.ok_or_else(|| {
        format!(
            "expected one line `{file}:LINE:COL: gocrane does not support X` with X one of \
             {UNSUPPORTED:?}, found:\n{}",
            indent(stderr)
        )
    })
}

/// gc's `-m -l` remarks for a program, normalised as `scripts/record.sh` writes them.
fn check_escape(go: &Path, program: &Path) -> Result<(), String> {
    let expected = read_escape(program)?;
    let mut cmd = Command::new(go);
    cmd.current_dir(build_dir(program))
        .args(["build", "-gcflags=-m -l", "-o", "/dev/null"])
        .arg(build_arg(program));
    let built = run(cmd, GO_BUILD_LIMIT, &scratch("oracle-escape", program))?;
    if !built.success() {
        return Err(format!(
            "gc cannot build the program with -gcflags='-m -l':\n{}",
            indent(&built.stderr)
        ));
    }
    // go build replays a cached compile's remarks with the paths of the build that ran it
    // (`examples/NAME.go` after a build from the repository root): keep the file name only,
    // as scripts/record.sh does.
    let name = program.file_name().expect("file name").to_string_lossy();
    let actual: String = normalise_gc_diagnostics(&built.stderr)
        .lines()
        .map(|line| match line.find(&format!("/{name}:")) {
            Some(at) if !line[..at].contains(' ') => format!("{}\n", &line[at + 1..]),
            _ => format!("{line}\n"),
        })
        .collect();
    if actual == expected {
        Ok(())
    } else {
        Err(format!(
            "the escape recording is not what gc prints; if the program changed on purpose, \
             re-record with scripts/record.sh {}\n{}",
            program.display(),
            diff(&expected, &actual)
        ))
    }
}

/// Every recording (`.expected`, `.escape`) belongs to a program.
fn orphan_recordings(dir: &str) -> Vec<String> {
    let root = repo_root().join(dir);
    let mut orphans = Vec::new();
    for entry in std::fs::read_dir(&root).expect("readable directory") {
        let path = entry.expect("directory entry").path();
        let recording = path
            .extension()
            .is_some_and(|x| x == "expected" || x == "escape");
        // NAME.arm64.expected belongs to NAME.go.
        let program = match path.file_stem() {
            Some(stem) if stem.to_string_lossy().ends_with(".arm64") => {
                path.with_file_name(stem).with_extension("go")
            }
            _ => path.with_extension("go"),
        };
        // NAME.expected of a module directory NAME/.
        let module = path.with_extension("").join("go.mod").is_file();
        if recording && !program.exists() && !module {
            orphans.push(format!(
                "{dir}/{}",
                path.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    orphans
}

#[test]
fn recordings_are_what_gc_does() {
    let go = oracle();
    let examples = selected(examples());
    let errors = selected(go_files("tests/errors"));
    let mut programs = examples.clone();
    programs.extend(errors.iter().cloned());
    assert!(!programs.is_empty(), "no programs selected");

    // go build already uses every core; two at a time keeps the machine busy between builds.
    let failures = check_all(&programs, 2, |program| {
        if errors.iter().any(|e| e == program) {
            check_error_program(&go, program)
        } else {
            check_example(&go, program)
        }
    });
    report("recordings", programs.len(), &failures);

    let mut orphans = orphan_recordings("examples");
    orphans.extend(orphan_recordings("tests/errors"));
    orphans.extend(orphan_recordings("tests/escape"));
    orphans.extend(orphan_recordings("tests/library"));
    assert!(
        orphans.is_empty(),
        "recordings without a program: {orphans:?}"
    );
}

#[test]
fn escape_recordings_are_what_gc_does() {
    let go = oracle();
    let programs = selected(escape_programs());
    assert!(!programs.is_empty(), "no programs selected");
    let failures = check_all(&programs, 2, |program| check_escape(&go, program));
    report("escape recordings", programs.len(), &failures);
}

/// The address normalisation touches only `panic: (T) 0x<hex>` lines (the same rule as the
/// `sed` in scripts/record.sh, which `recordings_are_what_gc_does` exercises on
/// examples/panic_struct.go).
#[test]
fn only_panic_values_printed_by_address_are_normalised() {
    let cases = [
        ("panic: (main.S) 0xc000012340\n", "panic: (main.S) 0x?\n"),
        (
            "panic: (*main.T) 0x4a0f20 [recovered]\n",
            "panic: (*main.T) 0x? [recovered]\n",
        ),
        (
            "panic: (struct { a int }) 0x1\n",
            "panic: (struct { a int }) 0x?\n",
        ),
        (
            "panic: main.MyStr(\"(x) 0x12\")\n",
            "panic: main.MyStr(\"(x) 0x12\")\n",
        ),
        ("(main.S) 0xc000012340\n", "(main.S) 0xc000012340\n"),
        ("panic: (main.S) 0x\n", "panic: (main.S) 0x\n"),
        ("p 0xc000012340\n", "p 0xc000012340\n"),
    ];
    for (input, want) in cases {
        assert_eq!(normalise_run_stderr(input), want, "normalising {input:?}");
    }
}

#[test]
fn there_are_enough_examples_and_error_programs() {
    let examples = examples();
    let errors = go_files("tests/errors");
    assert!(examples.len() >= 18, "only {} examples", examples.len());
    assert!(
        examples.iter().any(|p| stem(p) == "hello"),
        "examples/hello.go is missing (the README runs it)"
    );
    let unsupported = errors
        .iter()
        .filter(|p| stem(p).starts_with("unsupported_"))
        .count();
    assert!(
        errors.len() - unsupported >= 15,
        "only {} invalid programs",
        errors.len() - unsupported
    );
    assert!(
        unsupported >= UNSUPPORTED.len(),
        "only {unsupported} unsupported_* programs"
    );
}
