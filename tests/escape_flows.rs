//! `-m=2`: for every program whose `-m` remarks are checked (the examples, the library's
//! test programs, `tests/escape/NAME.go`), `gocrane build -gcflags=-m=2` prints what gc's
//! `go build -gcflags='-m=2 -l'` prints — the remarks with, before each function's, the flows
//! behind each decision — except for the programs tests/escape-flows/differences.txt lists,
//! each with the reason. The list only shrinks: the test fails when a listed program comes
//! out equal (take it off) as when an unlisted one differs.
//!
//! Rewrite the list with `GOCRANE_BLESS=1 cargo test --release --test escape_flows` (it keeps
//! the reasons of programs that stay), then read the diff.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use common::*;

const LIST: &str = "tests/escape-flows/differences.txt";

/// gc's `-m=2` output for `program`, as gocrane prints positions (no `./`, no `# package`).
fn gc_flows(program: &Path) -> String {
    let out = Command::new(oracle())
        .current_dir(build_dir(program))
        .args(["build", "-gcflags=-m=2 -l", "-o", "/dev/null"])
        .arg(build_arg(program))
        .output()
        .expect("run gc");
    let text = String::from_utf8_lossy(&out.stderr);
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let l = l.strip_prefix("./").unwrap_or(l);
            format!("{}\n", l.replace(" at ./", " at "))
        })
        .collect()
}

fn gocrane_flows(program: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_gocrane"))
        .current_dir(build_dir(program))
        .args(["build", "-gcflags=-m=2", "-o", "/dev/null"])
        .arg(build_arg(program))
        .output()
        .expect("run gocrane");
    assert!(
        out.status.success(),
        "{}: {}",
        program.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The listed programs (by path from the repository root) and their reasons.
fn listed() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(repo_root().join(LIST)).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| match l.split_once(char::is_whitespace) {
            Some((p, r)) => (p.to_string(), r.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

/// What a difference comes from, as far as its lines tell (for a new entry of the list).
fn reason(diff: &str) -> &'static str {
    let has = |s: &str| {
        diff.lines()
            .any(|l| (l.starts_with('-') || l.starts_with('+')) && l.contains(s))
    };
    if has("for loop") {
        "range and for loops: gocrane lowers them (index, length, copies) before escape analysis"
    } else if has("capturing by value: .autotmp") || has("capturing by value: .t") {
        "gc's .autotmp names for a deferred call's arguments"
    } else if has("(switch case)") {
        "type switch cases"
    } else if has("(indirection)") {
        "the implicit dereference of a pointer receiver"
    } else if has("<node ") {
        "gc's `<node …>` text for unsafe builtins"
    } else if has("(call parameter)") {
        "the call a value is passed through (method calls, devirtualized calls, wrappers)"
    } else {
        "the path the walk takes through gocrane's lowered code"
    }
}

#[test]
fn escape_explanations_are_gcs() {
    let list = listed();
    let root = repo_root();
    let mut differing = BTreeMap::new();
    let mut equal = 0;
    for program in escape_programs() {
        let name = program
            .strip_prefix(&root)
            .unwrap_or(&program)
            .display()
            .to_string();
        let (want, got) = (gc_flows(&program), gocrane_flows(&program));
        if want == got {
            equal += 1;
        } else {
            differing.insert(name, diff(&want, &got));
        }
    }
    if std::env::var_os("GOCRANE_BLESS").is_some() {
        let mut text = String::from(
            "# Programs whose -m=2 explanations still differ from gc's (tests/escape_flows.rs),\n\
             # each with the reason. GOCRANE_BLESS=1 rewrites the list, keeping the reasons.\n",
        );
        for name in differing.keys() {
            let reason = list
                .get(name)
                .cloned()
                .unwrap_or_else(|| reason(&differing[name]).to_string());
            text.push_str(&format!("{name:<48} {reason}\n"));
        }
        std::fs::write(root.join(LIST), text).expect("write the list");
        return;
    }
    let mut problems = Vec::new();
    for (name, d) in &differing {
        if !list.contains_key(name) {
            problems.push(format!(
                "{name}: differs from gc's -m=2 and is not listed:\n{d}"
            ));
        }
    }
    for name in list.keys() {
        if !differing.contains_key(name) {
            problems.push(format!(
                "{name}: listed, but now equal to gc's: take it off the list"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} programs equal, {} differ:\n{}",
        equal,
        differing.len(),
        problems.join("\n")
    );
    // Most programs explain exactly as gc does.
    assert!(
        equal > differing.len(),
        "{equal} equal, {} differ",
        differing.len()
    );
}
