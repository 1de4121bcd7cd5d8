//! Go's own test suite, judged by gc 1.27.3.
//!
//! Debian's `golang-1.19-src` (installed by `scripts/setup.sh`) ships Go's `test/` directory.
//! This test takes from it, the way Go's own harness (`cmd/internal/testdir`) reads them:
//!
//! * every `// run` program (the recipe exactly `run`, no flags or arguments) whose build
//!   constraints admit linux/amd64 and that needs no `NAME.dir` of helper files: it is built and
//!   run with gocrane and its exit status, stdout and stderr (up to `goroutine 1 [running]:`,
//!   addresses hidden, as in the example recordings) compared with gc's;
//! * every `// errorcheck -0 -m -l` program (escape analysis): `gocrane build -m` must satisfy
//!   its `// ERROR "regexp"` annotations by the harness's rules (`LINE±n`, each message at that
//!   line matching the regexp is consumed, any message left over at a line of the file is an
//!   error). Only annotations that gc 1.27.3 itself satisfies count, and only leftover lines
//!   that gc does not also leave over: the annotations date from Go 1.19.
//!
//! gc 1.27.3's behaviour is the reference, never the suite's 1.19 `.out` files. gc's results are
//! cached in `tests/go-test-suite/gc/` keyed by the program's content, so a run does not rebuild
//! ~900 programs with gc; a cache miss runs gc (and writes the cache), and a missing gc fails.
//!
//! Every program lands in one class: **pass**; **unsupported** (gocrane rejects it with
//! `gocrane does not support …` where gc accepts it); **wrong** (anything else). The
//! expectations file `tests/go-test-suite/expectations.txt` lists every program that does not
//! pass, with its class and a one-line reason; the test fails when a program's class is not the
//! listed one (an unlisted program must pass), so the list can only shrink. After an improvement,
//! rewrite it with `GOCRANE_BLESS=1 cargo test --release --test go_test_suite` (the reasons of
//! wrong entries that stay wrong are kept, those of unsupported ones are what gocrane names
//! now) and read the diff.
//!
//! The figures are printed last, on stderr, even when the test passes.
//! Quicker runs: `GOCRANE_ONLY=fixedbugs/bug1,ken/ cargo test --release --test go_test_suite`
//! (programs whose path contains one of the comma-separated strings).

mod common;

use common::*;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const SUITE: &str = "/usr/share/go-1.19/test";
const EXPECTATIONS: &str = "tests/go-test-suite/expectations.txt";
const GC_CACHE: &str = "tests/go-test-suite/gc";
const GC_VERSION: &str = "go1.27.3";

const COMPILE_LIMIT: Duration = Duration::from_secs(60);
const RUN_LIMIT: Duration = Duration::from_secs(10);
const GC_RUN_LIMIT: Duration = Duration::from_secs(60);
/// Address space for a program gocrane built: it has no garbage collector yet, and a program
/// that allocates without bound must fail alone rather than take the machine with it.
const MEMORY_LIMIT_KIB: u64 = 8 << 20;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// `// run`: build, run, compare with gc.
    Run,
    /// `// errorcheck -0 -m -l`: escape annotations.
    Escape,
}

struct Program {
    /// Path inside the suite, `fixedbugs/bug123.go`: the name in the expectations file.
    name: String,
    path: PathBuf,
    kind: Kind,
    source: String,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, PartialOrd, Ord)]
enum Class {
    Pass,
    Unsupported,
    Wrong,
}

impl Class {
    fn name(self) -> &'static str {
        match self {
            Class::Pass => "pass",
            Class::Unsupported => "unsupported",
            Class::Wrong => "wrong",
        }
    }

    fn parse(s: &str) -> Option<Class> {
        [Class::Pass, Class::Unsupported, Class::Wrong]
            .into_iter()
            .find(|c| c.name() == s)
    }
}

struct Verdict {
    class: Class,
    reason: String,
    /// For escape programs: (annotations gocrane satisfies, annotations gc satisfies).
    annotations: (usize, usize),
}

impl Verdict {
    fn new(class: Class, reason: impl Into<String>) -> Verdict {
        Verdict {
            class,
            reason: reason.into(),
            annotations: (0, 0),
        }
    }
}

fn suite_dir() -> PathBuf {
    let dir = PathBuf::from(SUITE);
    assert!(
        dir.join("helloworld.go").exists(),
        "Go's test suite is not installed ({SUITE} is missing): run scripts/setup.sh \
         (it installs Debian's golang-1.19-src)"
    );
    dir
}

// ---- Which programs, as Go's harness reads them --------------------------------------------

/// The recipe: the first non-empty line that is not a build constraint, without its `//`.
fn recipe(source: &str) -> &str {
    source
        .lines()
        .filter(|l| !is_go_build(l) && !is_plus_build(l))
        .map(|l| l.trim().trim_start_matches("//").trim())
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

fn is_go_build(line: &str) -> bool {
    line.trim_start().starts_with("//go:build")
}

fn is_plus_build(line: &str) -> bool {
    let rest = line.trim_start().strip_prefix("//").map(str::trim_start);
    rest.is_some_and(|r| r.starts_with("+build"))
}

/// A build tag as the harness matches it for linux/amd64 with gc 1.27 (cgo off, as scripts/go
/// builds): release tags `go1.1`…`go1.27`, `linux`, `amd64`, `gc`; nothing else (not even
/// `unix`, which the harness does not set).
fn tag_holds(tag: &str) -> bool {
    if let Some(minor) = tag.strip_prefix("go1.") {
        return minor.parse::<u32>().is_ok_and(|m| (1..=27).contains(&m));
    }
    matches!(tag, "linux" | "amd64" | "gc")
}

/// Whether the build constraints before `package` admit linux/amd64.
fn constraints_hold(source: &str) -> bool {
    let header = source.split("\npackage").next().unwrap_or("");
    header.lines().all(|line| {
        if let Some(expr) = line.trim_start().strip_prefix("//go:build") {
            let expr = expr.split("//").next().unwrap_or("");
            eval_go_build(expr).unwrap_or(true)
        } else if is_plus_build(line) {
            let options = line.trim_start()[2..].trim_start()["+build".len()..].split_whitespace();
            options.into_iter().any(|option| {
                option.split(',').all(|t| match t.strip_prefix('!') {
                    Some(t) => !tag_holds(t),
                    None => tag_holds(t),
                })
            })
        } else {
            true
        }
    })
}

/// Evaluates a `//go:build` expression (`||`, `&&`, `!`, parentheses, tags); `None` if it does
/// not parse (the harness then ignores the line).
fn eval_go_build(expr: &str) -> Option<bool> {
    let mut tokens = Vec::new();
    let mut chars = expr.trim().chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' | '\t' => {
                chars.next();
            }
            '(' | ')' | '!' => {
                tokens.push(c.to_string());
                chars.next();
            }
            '&' | '|' => {
                chars.next();
                if chars.next() != Some(c) {
                    return None;
                }
                tokens.push(format!("{c}{c}"));
            }
            _ => {
                let mut tag = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_alphanumeric() || c == '_' || c == '.' {
                        tag.push(c);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if tag.is_empty() {
                    return None;
                }
                tokens.push(tag);
            }
        }
    }
    let mut pos = 0;
    let value = parse_or(&tokens, &mut pos)?;
    (pos == tokens.len()).then_some(value)
}

fn parse_or(t: &[String], pos: &mut usize) -> Option<bool> {
    let mut value = parse_and(t, pos)?;
    while t.get(*pos).is_some_and(|s| s == "||") {
        *pos += 1;
        value |= parse_and(t, pos)?;
    }
    Some(value)
}

fn parse_and(t: &[String], pos: &mut usize) -> Option<bool> {
    let mut value = parse_not(t, pos)?;
    while t.get(*pos).is_some_and(|s| s == "&&") {
        *pos += 1;
        value &= parse_not(t, pos)?;
    }
    Some(value)
}

fn parse_not(t: &[String], pos: &mut usize) -> Option<bool> {
    let token = t.get(*pos)?;
    *pos += 1;
    match token.as_str() {
        "!" => parse_not(t, pos).map(|v| !v),
        "(" => {
            let v = parse_or(t, pos)?;
            (t.get(*pos)? == ")").then(|| *pos += 1)?;
            Some(v)
        }
        "&&" | "||" | ")" => None,
        tag => Some(tag_holds(tag)),
    }
}

fn kind_of(recipe: &str) -> Option<Kind> {
    let words: Vec<&str> = recipe.split_whitespace().collect();
    match words.as_slice() {
        ["run"] => Some(Kind::Run),
        ["errorcheck", flags @ ..] => {
            let mut flags = flags.to_vec();
            flags.sort_unstable();
            (flags == ["-0", "-l", "-m"]).then_some(Kind::Escape)
        }
        _ => None,
    }
}

fn collect(dir: &Path, suite: &Path, out: &mut Vec<Program>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .strip_prefix(suite)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if path.is_dir() {
            // NAME.dir holds the files of a multi-file test; never a program of its own.
            if !name.ends_with(".dir") {
                collect(&path, suite, out);
            }
            continue;
        }
        if path.extension().is_none_or(|x| x != "go") {
            continue;
        }
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Some(kind) = kind_of(recipe(&source)) else {
            continue;
        };
        if !constraints_hold(&source) || path.with_extension("dir").is_dir() {
            continue;
        }
        out.push(Program {
            name,
            path,
            kind,
            source,
        });
    }
}

fn selected_programs(all: Vec<Program>) -> (Vec<Program>, bool) {
    match std::env::var("GOCRANE_ONLY") {
        Ok(only) if !only.trim().is_empty() => {
            let wanted: Vec<String> = only.split(',').map(|s| s.trim().to_string()).collect();
            let programs = all
                .into_iter()
                .filter(|p| wanted.iter().any(|w| p.name.contains(w.as_str())))
                .collect();
            (programs, true)
        }
        _ => (all, false),
    }
}

// ---- gc's results, cached by content ---------------------------------------------------------

fn cache_key(program: &Program) -> String {
    let mut hash = Sha256::new();
    hash.update(GC_VERSION.as_bytes());
    hash.update([0]);
    hash.update(format!("{:?}", program.kind).as_bytes());
    hash.update([0]);
    hash.update(program.source.as_bytes());
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn cache_path(program: &Program) -> PathBuf {
    let suffix = match program.kind {
        Kind::Run => "run",
        Kind::Escape => "escape",
    };
    repo_root()
        .join(GC_CACHE)
        .join(format!("{}.{suffix}", program.name))
}

/// gc's outcome for a program, rendered in the recording format: for `run` programs the run
/// (or, if gc cannot build it, the build's diagnostics under `-- exit --` `build failed N`);
/// for escape programs the `-m -l` lines on stderr.
fn gc_outcome(go: &Path, program: &Program) -> Result<String, String> {
    let key = format!("-- key {} --\n", cache_key(program));
    let path = cache_path(program);
    if let Ok(cached) = std::fs::read_to_string(&path) {
        if let Some(outcome) = cached.strip_prefix(&key) {
            return Ok(outcome.to_string());
        }
    }
    let scratch = scratch_for("go-test-suite-gc", program);
    let dir = program.path.parent().unwrap();
    let file = program.path.file_name().unwrap();
    let outcome = match program.kind {
        Kind::Run => {
            let binary = scratch.join("prog");
            let mut build = Command::new(go);
            build
                .current_dir(dir)
                .arg("build")
                .arg("-o")
                .arg(&binary)
                .arg(file);
            let built = run(build, COMPILE_LIMIT * 10, &scratch.join("build"))?;
            if !built.success() {
                render(
                    &format!("build failed {}", built.exit),
                    &built.stdout,
                    &normalise_gc_diagnostics(&built.stderr),
                )
            } else {
                let ran = run(program_command(&binary, dir, false), GC_RUN_LIMIT, &scratch)?;
                render(&ran.exit, &ran.stdout, &normalise_run_stderr(&ran.stderr))
            }
        }
        Kind::Escape => {
            let mut build = Command::new(go);
            build
                .current_dir(dir)
                .args(["build", "-gcflags=-m -l", "-o", "/dev/null"])
                .arg(file);
            let built = run(build, COMPILE_LIMIT * 10, &scratch)?;
            render(
                &built.exit,
                &built.stdout,
                &normalise_gc_diagnostics(&built.stderr),
            )
        }
    };
    std::fs::create_dir_all(path.parent().unwrap()).map_err(|e| e.to_string())?;
    std::fs::write(&path, format!("{key}{outcome}")).map_err(|e| e.to_string())?;
    Ok(outcome)
}

fn scratch_dir(test: &str, program: &Program) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(test)
        .join(program.name.replace('/', "__"))
}

/// A fresh scratch directory for one program of one part of the test.
fn scratch_for(test: &str, program: &Program) -> PathBuf {
    let dir = scratch_dir(test, program);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Runs a built program in its source directory (some read files next to them), without the
/// variables that change what Go programs print, under a memory limit when gocrane built it.
fn program_command(binary: &Path, dir: &Path, limit_memory: bool) -> Command {
    let mut cmd = if limit_memory {
        let mut sh = Command::new("sh");
        sh.arg("-c")
            .arg(format!("ulimit -v {MEMORY_LIMIT_KIB} && exec \"$0\""))
            .arg(binary);
        sh
    } else {
        Command::new(binary)
    };
    cmd.current_dir(dir);
    for var in GO_RUNTIME_ENV {
        cmd.env_remove(var);
    }
    cmd
}

// ---- gocrane ----------------------------------------------------------------------------------

/// `X` of the first `gocrane does not support X` diagnostic.
fn unsupported_feature(stderr: &str) -> Option<String> {
    stderr.lines().find_map(|l| {
        let (_, what) = l.split_once("gocrane does not support ")?;
        Some(what.to_string())
    })
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

fn judge_run(go: &Path, program: &Program) -> Result<Verdict, String> {
    let expected = gc_outcome(go, program)?;
    let gc_built = !expected.starts_with("-- exit --\nbuild failed");
    let scratch = scratch_for("go-test-suite", program);
    let dir = program.path.parent().unwrap();
    let binary = scratch.join("prog");
    let mut build = Command::new(env!("CARGO_BIN_EXE_gocrane"));
    build
        .current_dir(dir)
        .arg("build")
        .arg("-o")
        .arg(&binary)
        .arg(program.path.file_name().unwrap());
    let built = run(build, COMPILE_LIMIT, &scratch.join("build"))?;
    if !built.success() {
        if let (true, Some(what)) = (gc_built, unsupported_feature(&built.stderr)) {
            return Ok(Verdict::new(Class::Unsupported, what));
        }
        let actual = render(
            &format!("build failed {}", built.exit),
            &built.stdout,
            &built.stderr,
        );
        return Ok(if actual == expected {
            Verdict::new(Class::Pass, "")
        } else if gc_built {
            let why = first_line(&built.stderr);
            Verdict::new(Class::Wrong, format!("gocrane cannot build it: {why}"))
        } else {
            Verdict::new(Class::Wrong, "gc rejects it with other diagnostics")
        });
    }
    if !gc_built {
        return Ok(Verdict::new(
            Class::Wrong,
            "gc rejects it, gocrane builds it",
        ));
    }
    let ran = run(program_command(&binary, dir, true), RUN_LIMIT, &scratch)?;
    let actual = render(&ran.exit, &ran.stdout, &normalise_run_stderr(&ran.stderr));
    if actual == expected {
        return Ok(Verdict::new(Class::Pass, ""));
    }
    let expected_exit = expected.lines().nth(1).unwrap_or("");
    let reason = if ran.exit != expected_exit {
        let err = first_line(&normalise_run_stderr(&ran.stderr)).to_string();
        format!("exit {} (gc {expected_exit}): {err}", ran.exit)
    } else if !expected.contains(&format!("-- stdout --\n{}", ran.stdout))
        && !expected.contains(&format!("-- stdout (no final newline) --\n{}", ran.stdout))
    {
        "stdout differs".to_string()
    } else {
        "stderr differs".to_string()
    };
    Ok(Verdict::new(Class::Wrong, reason))
}

// ---- Escape annotations, checked by the harness's rules --------------------------------------

struct Annotation {
    /// `file.go:LINE`: the messages it may consume.
    prefix: String,
    regex: regex::Regex,
}

/// The `// ERROR "re" "re"…` annotations of a file, as the harness's `wantedErrors` reads them
/// (`////` disables a line; `LINE`, `LINE+n`, `LINE-n` name lines). `ERRORAUTO` annotations
/// match only `<autogenerated>` messages, which plain `errorcheck` drops: they are left out,
/// as are regexps the `regex` crate cannot compile (none in the files used today).
fn annotations(source: &str, short: &str) -> Vec<Annotation> {
    let error = regex::Regex::new(r"// (?:GC_)?ERROR (.*)").unwrap();
    let quoted = regex::Regex::new(r#""([^"]*)""#).unwrap();
    let line_ref = regex::Regex::new(r"LINE(([+-])(\d+))?").unwrap();
    let mut out = Vec::new();
    for (i, line) in source.split('\n').enumerate() {
        let number = i + 1;
        if line.contains("////") || line.contains("ERRORAUTO") {
            continue;
        }
        let Some(found) = error.captures(line) else {
            continue;
        };
        for q in quoted.captures_iter(&found[1]) {
            let text = line_ref.replace_all(&q[1], |c: &regex::Captures| {
                let delta: usize = c.get(3).map_or(0, |d| d.as_str().parse().unwrap());
                let n = match c.get(2).map(|s| s.as_str()) {
                    Some("+") => number + delta,
                    Some("-") => number - delta,
                    _ => number,
                };
                format!("{short}:{n}")
            });
            if let Ok(regex) = regex::Regex::new(&text) {
                out.push(Annotation {
                    prefix: format!("{short}:{number}"),
                    regex,
                });
            }
        }
    }
    out
}

/// The harness's `matchPrefix`: `s` is `(dir/)?prefix` followed by `:` or `[`.
fn match_prefix(s: &str, prefix: &str) -> bool {
    let Some(colon) = s.find(':') else {
        return false;
    };
    let start = s[..colon].rfind('/').map_or(0, |j| j + 1);
    let s = &s[start..];
    s.len() > prefix.len()
        && s.starts_with(prefix)
        && matches!(s.as_bytes()[prefix.len()], b':' | b'[')
}

/// Matches compiler output against annotations as the harness's `errorCheck` does: for each
/// annotation in order, the messages at its line are taken out, those matching are consumed and
/// the rest put back. Returns which annotations matched and the leftover messages of the file.
fn error_check(annotations: &[Annotation], output: &str, short: &str) -> (Vec<bool>, Vec<String>) {
    let mut out: Vec<String> = Vec::new();
    for line in output.lines() {
        if line.starts_with('\t') {
            if let Some(last) = out.last_mut() {
                last.push('\n');
                last.push_str(line);
            }
        } else if !(line.starts_with("go tool")
            || line.starts_with('#')
            || line.starts_with("<autogenerated>")
            || line.trim().is_empty())
        {
            out.push(line.to_string());
        }
    }
    let mut matched = Vec::with_capacity(annotations.len());
    for a in annotations {
        let (at_line, rest): (Vec<String>, Vec<String>) =
            out.into_iter().partition(|m| match_prefix(m, &a.prefix));
        out = rest;
        let mut any = false;
        for message in at_line {
            let text = message.split_once(' ').map_or(message.as_str(), |(_, t)| t);
            if a.regex.is_match(text) {
                any = true;
            } else {
                out.push(message);
            }
        }
        matched.push(any);
    }
    out.retain(|m| m.starts_with(&format!("{short}:")));
    (matched, out)
}

fn judge_escape(go: &Path, program: &Program) -> Result<Verdict, String> {
    let short = program
        .path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let wanted = annotations(&program.source, &short);
    let gc = gc_outcome(go, program)?;
    let gc_stderr = gc.split_once("-- stderr --\n").map_or("", |(_, s)| s);
    let (gc_matched, gc_left) = error_check(&wanted, gc_stderr, &short);
    let gc_total = gc_matched.iter().filter(|m| **m).count();

    let scratch = scratch_for("go-test-suite-escape", program);
    let mut build = Command::new(env!("CARGO_BIN_EXE_gocrane"));
    build
        .current_dir(program.path.parent().unwrap())
        .args(["build", "-m", "-o", "/dev/null"])
        .arg(&short);
    let built = run(build, COMPILE_LIMIT, &scratch)?;
    // A program gc 1.27 rejects (it imports a package that no longer exists): rejecting it
    // with gc's diagnostics is right.
    let gc_failed = !gc.starts_with("-- exit --\n0\n");
    if !built.success() && gc_failed && gc_stderr == built.stderr {
        return Ok(Verdict::new(Class::Pass, ""));
    }
    if !built.success() {
        let mut verdict = match unsupported_feature(&built.stderr) {
            Some(what) => Verdict::new(Class::Unsupported, what),
            None => {
                let why = first_line(&built.stderr);
                Verdict::new(Class::Wrong, format!("gocrane cannot build it: {why}"))
            }
        };
        verdict.annotations = (0, gc_total);
        return Ok(verdict);
    }
    let (ours_matched, mut ours_left) = error_check(&wanted, &built.stderr, &short);
    let satisfied = gc_matched
        .iter()
        .zip(&ours_matched)
        .filter(|(gc, ours)| **gc && **ours)
        .count();
    // Leftovers gc leaves over too are the annotations' age, not gocrane's doing.
    for left in &gc_left {
        if let Some(i) = ours_left.iter().position(|o| o == left) {
            ours_left.remove(i);
        }
    }
    let mut verdict = if satisfied == gc_total && ours_left.is_empty() {
        Verdict::new(Class::Pass, "")
    } else {
        let mut why = format!("{satisfied}/{gc_total} annotations");
        if !ours_left.is_empty() {
            let _ = write!(why, ", {} unmatched: {}", ours_left.len(), ours_left[0]);
        }
        Verdict::new(Class::Wrong, why)
    };
    verdict.annotations = (satisfied, gc_total);
    Ok(verdict)
}

// ---- The expectations file --------------------------------------------------------------------

fn read_expectations() -> BTreeMap<String, (Class, String)> {
    let path = repo_root().join(EXPECTATIONS);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let rest = rest.trim_start();
        let (class, reason) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let class = Class::parse(class)
            .unwrap_or_else(|| panic!("{EXPECTATIONS}:{}: `{class}` is not a class", i + 1));
        let reason = reason.trim().to_string();
        out.insert(name.to_string(), (class, reason));
    }
    out
}

const EXPECTATIONS_HEADER: &str = "\
# Go's test suite (Debian's golang-1.19-src) under gocrane, judged by gc 1.27.3: every program
# that does not pass today, with its class and why. tests/go_test_suite.rs fails when a program's
# class is not the one listed here (a program not listed must pass), so the list only shrinks.
#   unsupported  gocrane rejects it with `gocrane does not support X` (the reason is X)
#   wrong        anything else that differs from gc
# Rewrite with `GOCRANE_BLESS=1 cargo test --release --test go_test_suite` (keeps the reasons of
# wrong entries that stay wrong), then read the diff.
#
# program class reason
";

fn write_expectations(
    verdicts: &BTreeMap<String, Verdict>,
    old: &BTreeMap<String, (Class, String)>,
) {
    let width = verdicts.keys().map(String::len).max().unwrap_or(0);
    let mut text = EXPECTATIONS_HEADER.to_string();
    for (name, v) in verdicts {
        if v.class == Class::Pass {
            continue;
        }
        // An unsupported program's reason is what gocrane names now; a wrong one's may be an
        // explanation written by hand.
        let reason = match old.get(name) {
            Some((Class::Wrong, reason)) if v.class == Class::Wrong && !reason.is_empty() => reason,
            _ => &v.reason,
        };
        let _ = writeln!(text, "{name:width$}  {:11}  {reason}", v.class.name());
    }
    std::fs::write(repo_root().join(EXPECTATIONS), text).expect("writing the expectations");
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[test]
fn go_test_suite_matches_gc() {
    let go = oracle();
    let suite = suite_dir();
    let mut all = Vec::new();
    collect(&suite, &suite, &mut all);
    let (programs, filtered) = selected_programs(all);
    assert!(!programs.is_empty(), "no programs selected");

    let verdicts: BTreeMap<String, Verdict> = programs
        .iter()
        .zip(map_parallel(&programs, workers(), |program| {
            let verdict = match program.kind {
                Kind::Run => judge_run(&go, program),
                Kind::Escape => judge_escape(&go, program),
            }
            .unwrap_or_else(|e| Verdict::new(Class::Wrong, format!("test harness: {e}")));
            // ~900 programs' binaries would take gigabytes: keep none once judged.
            for test in ["go-test-suite", "go-test-suite-gc", "go-test-suite-escape"] {
                let _ = std::fs::remove_dir_all(scratch_dir(test, program));
            }
            verdict
        }))
        .map(|(p, v)| (p.name.clone(), v))
        .collect();
    let expected = read_expectations();

    let mut problems = Vec::new();
    for (name, v) in &verdicts {
        let (listed, _) = expected
            .get(name)
            .cloned()
            .unwrap_or((Class::Pass, String::new()));
        if v.class != listed {
            problems.push(format!(
                "{name}: {} (listed as {}){}{}",
                v.class.name(),
                listed.name(),
                if v.reason.is_empty() { "" } else { ": " },
                v.reason
            ));
        }
    }
    if !filtered {
        for name in expected.keys() {
            if !verdicts.contains_key(name) {
                problems.push(format!("{name}: listed, but not a program of the suite"));
            }
        }
    }

    let count = |kind: Kind, class: Class| {
        programs
            .iter()
            .filter(|p| p.kind == kind && verdicts[&p.name].class == class)
            .count()
    };
    let (satisfied, total) = verdicts.values().fold((0, 0), |(s, t), v| {
        (s + v.annotations.0, t + v.annotations.1)
    });
    let escape_files = programs.iter().filter(|p| p.kind == Kind::Escape).count();
    let figures = format!(
        "go test/ run: {} pass, {} unsupported, {} wrong (listed); \
         escape: {} of {escape_files} files pass, annotations {}/{}",
        count(Kind::Run, Class::Pass),
        count(Kind::Run, Class::Unsupported),
        count(Kind::Run, Class::Wrong),
        count(Kind::Escape, Class::Pass),
        thousands(satisfied),
        thousands(total),
    );

    if std::env::var_os("GOCRANE_BLESS").is_some() && !filtered {
        write_expectations(&verdicts, &expected);
        problems.clear();
    }
    // Straight to the process's stderr, so the figures show even when the test passes.
    let mut err = std::io::stderr();
    for p in &problems {
        let _ = writeln!(err, "  {p}");
    }
    let _ = writeln!(err, "{figures}");
    assert!(
        problems.is_empty(),
        "{} programs of Go's test suite are not in the class {EXPECTATIONS} lists \
         (GOCRANE_BLESS=1 rewrites it; read the diff):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn build_constraints_are_read_as_the_harness_reads_them() {
    assert!(constraints_hold("// run\n\npackage main\n"));
    assert!(constraints_hold(
        "//go:build !wasm\n\n// run\npackage main\n"
    ));
    assert!(!constraints_hold("//go:build wasm\n// run\npackage main\n"));
    assert!(constraints_hold(
        "//go:build (386 || amd64) && !gcflags_noopt\n\npackage p\n"
    ));
    assert!(!constraints_hold("// +build !nacl,!js,!gc\n\npackage p\n"));
    assert!(constraints_hold(
        "// +build linux,amd64 darwin,arm64\n\npackage p\n"
    ));
    assert!(!constraints_hold("// +build cgo\n\npackage p\n"));
    assert!(!constraints_hold("// +build unix\n\npackage p\n"));
    assert!(constraints_hold("//go:build go1.21\npackage p\n"));
    assert!(!constraints_hold("//go:build go1.28\npackage p\n"));
    assert_eq!(
        recipe("//go:build !wasm\n\n// run\n\npackage main\n"),
        "run"
    );
    assert_eq!(kind_of("errorcheck -0 -l -m"), Some(Kind::Escape));
    assert_eq!(kind_of("errorcheck -0 -m"), None);
    assert_eq!(kind_of("run"), Some(Kind::Run));
    assert_eq!(kind_of("run -gcflags=-l"), None);
}

#[test]
fn escape_annotations_are_checked_as_the_harness_checks_them() {
    let source = "package p\n\
                  func f(p *int) { // ERROR \"leaking param: p$\"\n\
                  \tx := 1 // ERROR \"moved to heap: x\" \"LINE-1 unused\"\n\
                  }\n\
                  //// x // ERROR \"never\"\n";
    let wanted = annotations(source, "a.go");
    assert_eq!(wanted.len(), 3);
    assert_eq!(wanted[2].regex.as_str(), "a.go:2 unused");
    let out = "# p\n./a.go:2:8: leaking param: p\na.go:3:2: moved to heap: x\n\
               a.go:3:2: x escapes\n";
    let (matched, left) = error_check(&wanted, out, "a.go");
    assert_eq!(matched, [true, true, false]);
    assert_eq!(left, ["a.go:3:2: x escapes"]);
    assert!(match_prefix("dir/a.go:12:3: m", "a.go:12"));
    assert!(!match_prefix("a.go:123: m", "a.go:12"));
}
