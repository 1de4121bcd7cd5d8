//! `println` of an interface value prints `(typeword,dataword)` in hex, as gc's
//! `printeface`/`printiface`. Addresses differ between compilers and runs, so instead of a
//! recording this checks the shape and that the printed words are the interface's own words
//! (read through unsafe by the program), for gocrane — and the same assertions hold for gc.

mod common;

use common::*;
use std::process::Command;
use std::time::Duration;

fn check(stderr: &str) {
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "five lines expected:\n{stderr}");
    for (pair, words) in [(lines[0], lines[1]), (lines[2], lines[3])] {
        let inner = pair
            .strip_prefix('(')
            .and_then(|p| p.strip_suffix(')'))
            .expect("(t,d)");
        let (t, d) = inner.split_once(',').expect("two words");
        for w in [t, d] {
            assert!(
                w.starts_with("0x") && w.len() > 3 && u64::from_str_radix(&w[2..], 16).is_ok(),
                "{pair}"
            );
        }
        assert_eq!(
            words,
            format!("{t} {d}"),
            "println(iface) shows the interface's own words"
        );
    }
    assert_eq!(lines[4], "(0x0,0x0) (0x0,0x0)");
}

fn run_program(build: Command, binary: &std::path::Path, scratch: &std::path::Path) -> String {
    let built = run(build, Duration::from_secs(120), &scratch.join("build")).expect("build runs");
    assert!(built.success(), "build failed:\n{}", built.stderr);
    let ran = run(
        Command::new(binary),
        Duration::from_secs(20),
        &scratch.join("run"),
    )
    .expect("program runs");
    assert_eq!(ran.exit, "0");
    ran.stderr
}

#[test]
fn println_of_interfaces_prints_both_words() {
    let program = repo_root().join("tests/print/iface.go");
    let scratch = scratch("print", &program);
    let binary = scratch.join("gocrane-prog");
    let mut build = Command::new(env!("CARGO_BIN_EXE_gocrane"));
    build.arg("build").arg("-o").arg(&binary).arg(&program);
    check(&run_program(build, &binary, &scratch));
}

#[test]
fn gc_prints_interfaces_the_same_way() {
    let program = repo_root().join("tests/print/iface.go");
    let scratch = scratch("print-gc", &program);
    let binary = scratch.join("gc-prog");
    let mut build = Command::new(repo_root().join("scripts/go"));
    build.arg("build").arg("-o").arg(&binary).arg(&program);
    check(&run_program(build, &binary, &scratch));
}
