//! Go programs through the whole pipeline (parse, check, lower, this backend), linked and run.
//! Each `tests/go/NAME.go` targets the backend's Go semantics (integer wrapping, division and
//! shift checks, float conversions, strings, slices, value semantics, panics); `NAME.expected`
//! is what gc 1.27.3 did: `exit N`, then stderr up to `goroutine 1 [running]:`, hex numbers
//! masked. `NAME.arm64.expected`, when present, is gc's arm64 result where it differs.

mod common;

use std::path::{Path, PathBuf};

use base::source::SourceMap;
use common::*;

fn compile_go(path: &Path) -> middle::ir::Program {
    let text = std::fs::read_to_string(path).expect("read Go source");
    let mut map = SourceMap::default();
    map.add(path.display().to_string(), text);
    let pkg = frontend::compile_package(&mut map)
        .unwrap_or_else(|d| panic!("{}: {}", path.display(), base::diag::render(&map, &d)));
    middle::passes::run(pkg, &map)
        .unwrap_or_else(|d| panic!("{}: {}", path.display(), base::diag::render(&map, &d)))
}

/// `exit N` and stderr up to the goroutine header, with hex numbers masked.
fn normalize(out: &Outcome) -> String {
    let mut s = format!("exit {}\n", out.status);
    for line in out.stderr.lines() {
        s.push_str(&mask(line));
        s.push('\n');
        if line == "goroutine 1 [running]:" {
            break;
        }
    }
    s
}

fn mask(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = &rest[i + 2..];
        let n = rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if n > 0 {
            out.push('?');
        }
        rest = &rest[n..];
    }
    out.push_str(rest);
    out
}

#[test]
fn go_programs_behave_as_under_gc() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/go");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/go")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    programs.sort();
    assert!(!programs.is_empty());
    let mut failures = Vec::new();
    for go in &programs {
        let prog = compile_go(go);
        for arch in [Arch::X86_64, Arch::Aarch64] {
            if !can_run(arch) {
                continue;
            }
            let arm = go.with_extension("arm64.expected");
            let expected_path = if arch == Arch::Aarch64 && arm.exists() {
                arm
            } else {
                go.with_extension("expected")
            };
            let expected = std::fs::read_to_string(&expected_path).expect("expected output");
            let actual = normalize(&run_on(&prog, arch));
            if actual != expected {
                failures.push(format!(
                    "{} ({arch:?})\n--- expected\n{expected}--- actual\n{actual}",
                    go.display()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
