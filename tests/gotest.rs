//! `gocrane test` against `go test` (the gc oracle): the same output, durations aside, and the
//! same exit status, for the test packages under tests/gotest/ (passing, failing, skipped,
//! logging, helper, subtest, cleanup, example and TestMain cases) with go test's flags; a
//! panicking test's output up to the goroutine trace; and examples/bench's benchmarks under
//! `-benchtime=1000x`: the same names, iterations, B/op and allocs/op.

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::LazyLock;

use regex::Regex;

/// (exit status, stdout and stderr) of `go test` or `gocrane test` with `args` in `dir`.
fn run(gc: bool, args: &[&str], dir: &Path) -> (i32, String) {
    let mut cmd = match gc {
        true => Command::new(common::oracle()),
        false => Command::new(env!("CARGO_BIN_EXE_gocrane")),
    };
    cmd.arg("test");
    // No cached results (go test's): a package's tests always run.
    if !args.contains(&"-count") {
        cmd.arg("-count=1");
    }
    let out = cmd
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run the test command");
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

/// Durations masked: `(0.00s)` and the summary's `\t0.012s`.
fn mask(text: &str) -> String {
    static DURATION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\(\d+\.\d\ds\)").expect("a regex"));
    static ELAPSED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\t\d+\.\d{3}s\b").expect("a regex"));
    let text = DURATION.replace_all(text, "(X)");
    ELAPSED.replace_all(&text, "\tX").into_owned()
}

fn same_as_go_test(args: &[&str], dir: &Path) {
    let (want_code, want) = run(true, args, dir);
    let (code, got) = run(false, args, dir);
    let (want, got) = (mask(&want), mask(&got));
    if want != got {
        let diff = similar::TextDiff::from_lines(&want, &got)
            .unified_diff()
            .header("go test", "gocrane test")
            .to_string();
        panic!(
            "`test {}` in {}: output differs:\n{diff}",
            args.join(" "),
            dir.display()
        );
    }
    assert_eq!(code, want_code, "`test {}`: exit status", args.join(" "));
}

fn gotest_dir() -> std::path::PathBuf {
    common::repo_root().join("tests/gotest")
}

#[test]
fn tests_report_as_go_test_reports_them() {
    let dir = gotest_dir();
    for args in [
        &["-v", "./basic"][..],
        &["./basic"],
        &["-v", "-run", "Sub|Words", "./basic"],
        &["-v", "-run", "Subtests/nested/failing", "./basic"],
        &["-v", "-short", "-run", "ShortAndVerbose", "./basic"],
        &["-failfast", "./basic"],
        &["-list", ".", "./basic"],
        &["-v", "-run", "Example", "./basic"],
        &["-v", "-count", "2", "-run", "Pass", "./basic"],
        &[
            "-skip",
            "Fail|Fatal|Helper|Subtests|Example_wrong",
            "./basic",
        ],
        &["-run", "NoSuchTest", "./basic"],
        &["-v", "./withmain"],
        &["./notests", "./withmain"],
    ] {
        same_as_go_test(args, &dir);
    }
}

#[test]
fn local_directory_mode_shows_all_output() {
    let dir = gotest_dir().join("basic");
    same_as_go_test(&[], &dir);
    same_as_go_test(&["-run", "Pass"], &dir);
}

/// A panicking test fails with its parents, and the panic ends the binary; the goroutine
/// trace after that is each compiler's own.
#[test]
fn a_panicking_test_ends_the_run() {
    let dir = gotest_dir();
    for args in [&["-v", "./panics"][..], &["./panics"]] {
        let (want_code, want) = run(true, args, &dir);
        let (code, got) = run(false, args, &dir);
        let cut = |t: &str| {
            let head = t.split("goroutine ").next().unwrap_or(t).to_string();
            let tail: Vec<&str> = t.lines().rev().take(2).collect();
            mask(&format!("{head}...\n{}\n{}\n", tail[1], tail[0]))
        };
        assert_eq!(cut(&got), cut(&want), "{args:?}\n{got}");
        assert!(got.contains("[recovered, repanicked]"), "{got}");
        assert_eq!(code, want_code);
    }
}

/// One benchmark result line's name, iterations, B/op and allocs/op.
fn results(text: &str) -> Vec<(String, String, String, String)> {
    text.lines()
        .filter(|l| l.starts_with("Benchmark"))
        .map(|l| {
            let fields: Vec<&str> = l.split('\t').map(str::trim).collect();
            let column = |unit: &str| {
                fields
                    .iter()
                    .find(|f| f.ends_with(unit))
                    .map(|f| f.to_string())
                    .unwrap_or_default()
            };
            (
                fields[0].to_string(),
                fields.get(1).unwrap_or(&"").to_string(),
                column(" B/op"),
                column(" allocs/op"),
            )
        })
        .collect()
}

/// The seed benchmarks (examples/bench) allocate what gc's allocate, iteration for iteration.
/// gc's figures take in what its runtime allocates meanwhile (rarely, on a loaded machine, a
/// few kilobytes show in B/op), so each benchmark runs three times and gc's lowest figures
/// count; gocrane's are the same every time.
#[test]
fn benchmarks_allocate_as_gcs() {
    allocations_are_gcs("examples/bench", "example.com/bench", 15);
}

/// The map benchmarks (examples/mapbench, scripts/mapbench) allocate what gc's allocate: the
/// runtime's maps grow as gc's Swiss tables do.
#[test]
fn map_benchmarks_allocate_as_gcs() {
    allocations_are_gcs("examples/mapbench", "example.com/mapbench", 6);
}

/// The benchmarks of the package in `dir` (import path `pkg`, at least `min` of them) report
/// gc's B/op and allocs/op.
fn allocations_are_gcs(dir: &str, pkg: &str, min: usize) {
    let dir = common::repo_root().join(dir);
    let args = [
        "-run",
        "^$",
        "-bench",
        ".",
        "-benchmem",
        "-benchtime",
        "1000x",
        "-count",
        "3",
    ];
    let (want_code, want) = run(true, &args, &dir);
    let (code, got) = run(false, &args, &dir);
    assert_eq!((code, want_code), (0, 0), "{got}");
    let lowest = |text: &str| {
        let mut out: Vec<(String, String, u64, u64)> = Vec::new();
        for (name, n, bytes, allocs) in results(text) {
            let figure = |s: &str| s.split(' ').next().and_then(|v| v.parse::<u64>().ok());
            let (b, a) = (
                figure(&bytes).expect("B/op"),
                figure(&allocs).expect("allocs/op"),
            );
            match out.iter_mut().find(|r| r.0 == name) {
                Some(r) => {
                    r.2 = r.2.min(b);
                    r.3 = r.3.min(a);
                }
                None => out.push((name, n, b, a)),
            }
        }
        out
    };
    let (theirs, ours) = (lowest(&want), lowest(&got));
    assert!(theirs.len() >= min, "{want}");
    assert_eq!(ours, theirs, "gocrane:\n{got}\ngc:\n{want}");
    // gocrane's figures do not vary.
    let all = results(&got);
    for r in &all {
        assert!(all.iter().filter(|s| s.0 == r.0).all(|s| s == r), "{got}");
    }
    // The header and the summary are go test's.
    let pkg_line = format!("pkg: {pkg}");
    for line in ["goos: linux", "goarch: amd64", pkg_line.as_str(), "PASS"] {
        assert!(got.lines().any(|l| l == line), "{line}: {got}");
    }
    assert!(got.lines().any(|l| l.starts_with("cpu: ")), "{got}");
}

/// `-run` and `-list` patterns select what gc's regexp package selects, and a bad one gets
/// its error text: every pattern of tests/gotest/names/patterns.txt over that package's
/// test names (Unicode, case folding, classes, repetitions, subtest levels).
#[test]
fn patterns_match_as_gos_regexp_matches() {
    let dir = gotest_dir();
    let patterns = std::fs::read_to_string(dir.join("names/patterns.txt")).expect("patterns");
    let mut checked = 0;
    for pattern in patterns.lines().filter(|l| !l.is_empty()) {
        same_as_go_test(&["-list", pattern, "./names"], &dir);
        same_as_go_test(&["-v", "-run", pattern, "./names"], &dir);
        checked += 1;
    }
    assert!(checked >= 40, "{checked} patterns");
}

/// Arguments after `-args` go to the test binary; a bad -run pattern is the binary's error.
#[test]
fn binary_arguments_and_errors() {
    let dir = gotest_dir();
    let (code, out) = run(false, &["-run", "(", "./basic"], &dir);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "testing: invalid regexp for element 0 of -test.run (\"(\"): error parsing regexp"
        ),
        "{out}"
    );
    assert!(out.contains("FAIL\texample.com/gotest/basic\t"), "{out}");
}
