//! `gocrane test`: a package's tests, benchmarks and examples, run as `go test` runs them.
//!
//! For each package directory: its `*_test.go` files are split into the package's own test
//! files and the external test package's (`package p_test`); their `TestXxx(*testing.T)`,
//! `BenchmarkXxx(*testing.B)`, `ExampleXxx()` (with its `// Output:` comment) and
//! `TestMain(*testing.M)` functions are found; a main package that hands them to the testing
//! package is generated; the three packages are built as one program (`load::TestTarget`) and
//! run in the package's directory with go test's `-test.*` flags. What it prints, and the
//! summary line after it (`ok  \tpkg\t0.012s`, `FAIL\tpkg\t0.003s`), follow go test's two modes:
//! with no package named (local directory mode) the output is always shown; with packages
//! named, a passing package's output only under `-v` or `-bench`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::LazyLock;
use std::time::Instant;

use base::source::SourceMap;
use frontend::ast;
use regex::Regex;

use crate::load::{SourceFile, TestTarget};
use crate::target::Target;

/// What `gocrane test` was asked, as go test's flags (one dash on the command line: see
/// `gcflags::normalise_args`).
#[derive(Clone, Debug, Default, clap::Args)]
pub struct Options {
    /// The package directories (default `.`, in go test's local directory mode); `DIR/...`
    /// names every package under DIR.
    #[arg(value_name = "PKG")]
    pub packages: Vec<PathBuf>,
    /// Print every test's output and result as it runs (`-test.v`).
    #[arg(long = "v")]
    pub verbose: bool,
    /// Run only the tests and examples matching this regular expression (`/` separates
    /// subtest levels).
    #[arg(long, value_name = "RE")]
    pub run: Option<String>,
    /// Do not run the tests, examples and benchmarks matching this regular expression.
    #[arg(long, value_name = "RE")]
    pub skip: Option<String>,
    /// Run the benchmarks matching this regular expression (`.` for all).
    #[arg(long, value_name = "RE")]
    pub bench: Option<String>,
    /// Report B/op and allocs/op of every benchmark.
    #[arg(long)]
    pub benchmem: bool,
    /// How long each benchmark runs (`1s`), or how many iterations (`1000x`).
    #[arg(long, value_name = "D|Nx")]
    pub benchtime: Option<String>,
    /// Run each test and benchmark N times.
    #[arg(long, value_name = "N")]
    pub count: Option<String>,
    /// GOMAXPROCS values to run the tests and benchmarks with (`1,2,4`).
    #[arg(long, value_name = "LIST")]
    pub cpu: Option<String>,
    /// The test binary's time limit (`-test.timeout`; gocrane does not enforce it).
    #[arg(long, value_name = "D")]
    pub timeout: Option<String>,
    /// Tell long-running tests to shorten their run time (`testing.Short()`).
    #[arg(long)]
    pub short: bool,
    /// Stop at the first failing test.
    #[arg(long)]
    pub failfast: bool,
    /// List the tests, benchmarks and examples matching this regular expression, and exit.
    #[arg(long, value_name = "RE")]
    pub list: Option<String>,
    /// Everything after `-args` is passed to the test binary.
    #[arg(long = "args", num_args = 0.., allow_hyphen_values = true, value_name = "ARGS")]
    pub args: Vec<String>,
}

impl Options {
    /// The test binary's flags, in go test's order and spelling.
    fn binary_args(&self) -> Vec<String> {
        let mut out = vec!["-test.paniconexit0".to_string()];
        let mut value = |name: &str, v: &Option<String>| {
            if let Some(v) = v {
                out.push(format!("-test.{name}={v}"));
            }
        };
        value("timeout", &self.timeout.clone().or(Some("10m0s".into())));
        value("count", &self.count);
        value("cpu", &self.cpu);
        value("run", &self.run);
        value("skip", &self.skip);
        value("bench", &self.bench);
        value("benchtime", &self.benchtime);
        value("list", &self.list);
        for (on, name) in [
            (self.verbose, "v"),
            (self.benchmem, "benchmem"),
            (self.short, "short"),
            (self.failfast, "failfast"),
        ] {
            if on {
                out.push(format!("-test.{name}=true"));
            }
        }
        out.extend(self.args.iter().cloned());
        out
    }
}

/// Runs the tests of the packages `options` names for `target`: go test's exit status.
pub fn run(options: &Options, target: &Target) -> Result<ExitCode, String> {
    let local = options.packages.is_empty();
    let dirs = match local {
        true => vec![PathBuf::from(".")],
        false => expand(&options.packages)?,
    };
    let mut failed = false;
    for dir in &dirs {
        if !test_package(dir, options, target, local)? {
            failed = true;
        }
    }
    if failed && !local {
        println!("FAIL");
    }
    Ok(match failed {
        true => ExitCode::from(1),
        false => ExitCode::SUCCESS,
    })
}

/// The package directories `dir/...` names (those with Go files), or `dir` itself.
fn expand(packages: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for p in packages {
        let text = p.to_string_lossy();
        match text.strip_suffix("/...") {
            Some(root) => walk(
                Path::new(if root.is_empty() { "." } else { root }),
                &mut out,
            ),
            None => out.push(p.clone()),
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut names: Vec<(String, PathBuf, bool)> = entries
        .flatten()
        .map(|e| {
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            (
                e.file_name().to_string_lossy().into_owned(),
                e.path(),
                is_dir,
            )
        })
        .collect();
    names.sort();
    if names.iter().any(|(n, _, d)| !d && n.ends_with(".go")) {
        out.push(dir.to_path_buf());
    }
    for (name, path, is_dir) in names {
        if is_dir && !name.starts_with(['.', '_']) && name != "testdata" {
            walk(&path, out);
        }
    }
}

/// Builds and runs the tests of the package in `dir`, printing what go test prints for it;
/// whether it passed.
fn test_package(
    dir: &Path,
    options: &Options,
    target: &Target,
    local: bool,
) -> Result<bool, String> {
    let path = crate::load::import_path(dir)?;
    let build = crate::driver::build_context(target);
    let tests = crate::load::test_sources(dir, build)?;
    if tests.is_empty() {
        println!("?   \t{path}\t[no test files]");
        return Ok(true);
    }
    // The package's name, from its other files (a directory of test files alone takes the
    // first test file's).
    let package = crate::load::package_name(dir, build)?;
    let found = match discover(package.as_deref(), &tests) {
        Ok(found) => found,
        Err(e) => {
            print!("# {path}\n{e}");
            println!("FAIL\t{path} [setup failed]");
            return Ok(false);
        }
    };
    let main = testmain(&path, &found);
    let test_target = crate::load::Target::Test(Box::new(TestTarget {
        dir: dir.to_path_buf(),
        path: path.clone(),
        internal: found.internal_files.clone(),
        external: found.external_files.clone(),
        main,
    }));
    let options_build = crate::driver::Options {
        archive: true,
        ..Default::default()
    };
    let out = match crate::driver::compile(&test_target, target, &options_build) {
        Ok(out) => out,
        Err(e) => {
            print!("# {path} [{path}.test]\n{e}");
            if !e.ends_with('\n') {
                println!();
            }
            println!("FAIL\t{path} [build failed]");
            return Ok(false);
        }
    };
    let tmp = crate::link::TempDir::new()?;
    let exe = tmp
        .path()
        .join(format!("{}.test", path.rsplit('/').next().unwrap_or(&path)));
    crate::link::link(&out.object, out.library_object.as_deref(), target, &exe)?;

    let mut cmd = target.command(&exe)?;
    cmd.args(options.binary_args()).current_dir(dir);
    let show_always = local || options.verbose || options.bench.is_some() || options.list.is_some();
    let start = Instant::now();
    let (status, output) = run_binary(cmd, show_always)?;
    let secs = start.elapsed().as_secs_f64();
    let no_tests = output.contains("testing: warning: no tests to run\n");
    let passed = status == Some(0);
    if passed {
        let note = if no_tests { " [no tests to run]" } else { "" };
        println!("ok  \t{path}\t{secs:.3}s{note}");
    } else {
        if !show_always {
            print!("{output}");
        }
        if local {
            match status {
                Some(code) => println!("exit status {code}"),
                None => println!("signal: killed"),
            }
        }
        println!("FAIL\t{path}\t{secs:.3}s");
    }
    Ok(passed)
}

/// Runs the test binary with its standard output and error going to one pipe, printed as it
/// comes when `show` (else kept); its exit code (None when a signal ended it) and output.
fn run_binary(mut cmd: Command, show: bool) -> Result<(Option<i32>, String), String> {
    use std::io::Write;
    let (mut reader, writer) = std::io::pipe().map_err(|e| format!("gocrane test: {e}"))?;
    let writer2 = writer
        .try_clone()
        .map_err(|e| format!("gocrane test: {e}"))?;
    cmd.stdin(Stdio::inherit()).stdout(writer).stderr(writer2);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("gocrane test: running the test binary: {e}"))?;
    // The command keeps its copies of the pipe's write end until dropped: drop them so that
    // the read ends when the binary exits.
    drop(cmd);
    let mut output = Vec::new();
    let mut buf = [0u8; 8192];
    let stdout = std::io::stdout();
    loop {
        let n = reader
            .read(&mut buf)
            .map_err(|e| format!("gocrane test: {e}"))?;
        if n == 0 {
            break;
        }
        output.extend_from_slice(&buf[..n]);
        if show {
            let mut out = stdout.lock();
            let _ = out.write_all(&buf[..n]);
            let _ = out.flush();
        }
    }
    let status = child.wait().map_err(|e| format!("gocrane test: {e}"))?;
    Ok((status.code(), String::from_utf8_lossy(&output).into_owned()))
}

/// What the test files hold.
#[derive(Default)]
struct Found {
    internal_files: Vec<SourceFile>,
    external_files: Vec<SourceFile>,
    /// (in the external package, name) of each test, benchmark, example.
    tests: Vec<(bool, String)>,
    benchmarks: Vec<(bool, String)>,
    examples: Vec<Example>,
    test_main: Option<bool>,
}

struct Example {
    external: bool,
    name: String,
    output: String,
    unordered: bool,
}

/// Reads the test files of package `path`: which package each belongs to and its test
/// functions, in file order then source order (go test's).
fn discover(package: Option<&str>, files: &[SourceFile]) -> Result<Found, String> {
    let mut map = SourceMap::default();
    let mut ids = ast::NodeIdGen::default();
    let mut found = Found::default();
    let mut package_name: Option<String> = package.map(str::to_string);
    let mut errors = String::new();
    for file in files {
        let id = map.add(file.name.clone(), frontend::lexer::source_text(&file.bytes));
        let parsed = frontend::parse::parse_file(&map, id, &mut ids)
            .map_err(|d| base::diag::render(&map, &d))?;
        let name = parsed.package.name.clone();
        let base_name = name.strip_suffix("_test").unwrap_or(&name).to_string();
        if package_name.is_none() {
            package_name = Some(name.clone());
        }
        let external = package_name.as_deref() != Some(name.as_str());
        match &package_name {
            Some(p) if *p == base_name || *p == name => {}
            None => {}
            Some(p) => {
                return Err(format!(
                    "found packages {p} and {name} in {}\n",
                    Path::new(&file.name)
                        .parent()
                        .map_or(".".into(), |d| d.display().to_string())
                ))
            }
        }
        match external {
            true => found.external_files.push(file.clone()),
            false => found.internal_files.push(file.clone()),
        }
        let testing = parsed
            .imports
            .iter()
            .find(|i| i.path == "testing")
            .map(|i| {
                i.name
                    .as_ref()
                    .map_or("testing".to_string(), |n| n.name.clone())
            });
        let text = &map.file(id).text;
        for decl in &parsed.decls {
            let ast::Decl::Func(f) = decl else { continue };
            if f.recv.is_some() {
                continue;
            }
            let fname = f.name.name.as_str();
            let pos = map.position(f.name.span);
            let param = |want: &str| -> bool {
                f.ty.results.is_empty()
                    && f.ty.params.len() == 1
                    && testing
                        .as_deref()
                        .is_some_and(|t| is_pointer_to(&f.ty.params[0].ty, t, want))
            };
            if fname == "TestMain" {
                if !param("M") {
                    errors.push_str(&format!("{pos}: wrong signature for TestMain, must be: func TestMain(m *testing.M)\n"));
                }
                found.test_main = Some(external);
            } else if is_test(fname, "Test") {
                if !param("T") {
                    errors.push_str(&format!(
                        "{pos}: wrong signature for {fname}, must be: func {fname}(t *testing.T)\n"
                    ));
                }
                found.tests.push((external, fname.to_string()));
            } else if is_test(fname, "Benchmark") {
                if !param("B") {
                    errors.push_str(&format!(
                        "{pos}: wrong signature for {fname}, must be: func {fname}(b *testing.B)\n"
                    ));
                }
                found.benchmarks.push((external, fname.to_string()));
            } else if is_test(fname, "Fuzz") {
                errors.push_str(&format!("{pos}: gocrane does not support fuzz tests\n"));
            } else if fname.starts_with("Example") {
                if !f.ty.params.is_empty() || !f.ty.results.is_empty() {
                    errors.push_str(&format!(
                        "{pos}: test {fname} should have no parameters or results\n"
                    ));
                    continue;
                }
                let Some(body) = &f.body else { continue };
                let body_text = &text[body.span.lo as usize..body.span.hi as usize];
                if let Some((output, unordered)) = example_output(body_text) {
                    found.examples.push(Example {
                        external,
                        name: fname.to_string(),
                        output,
                        unordered,
                    });
                }
            }
        }
    }
    match errors.is_empty() {
        true => Ok(found),
        false => Err(errors),
    }
}

/// Whether `ty` is `*pkg.name`.
fn is_pointer_to(ty: &ast::Expr, pkg: &str, name: &str) -> bool {
    let ast::ExprKind::Star(inner) = &ty.kind else {
        return false;
    };
    match &inner.kind {
        ast::ExprKind::Selector { x, sel, .. } => {
            sel.name == name && matches!(&x.kind, ast::ExprKind::Ident(i) if i == pkg)
        }
        _ => false,
    }
}

/// go test's rule: `Test` alone, or followed by something other than a lower-case letter.
fn is_test(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        None => false,
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
    }
}

/// The expected output of an example: the text after `Output:` (or `Unordered output:`) of
/// the last comment group in its body (`body` from `{` to `}`), as go/doc reads it.
fn example_output(body: &str) -> Option<(String, bool)> {
    let groups = comment_groups(body);
    let last = groups.last()?;
    let text = comment_text(last);
    static PREFIX: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^[[:space:]]*(unordered )?output:").expect("a regex"));
    let c = PREFIX.captures(&text)?;
    let unordered = c.get(1).is_some();
    let rest = text[c.get(0).expect("the match").end()..].trim_start_matches(' ');
    let rest = rest.strip_prefix('\n').unwrap_or(rest);
    Some((rest.to_string(), unordered))
}

/// The comments of Go source `src`, grouped as go/parser groups them: comments on adjacent
/// lines with nothing else between them.
fn comment_groups(src: &str) -> Vec<Vec<&str>> {
    let b = src.as_bytes();
    let mut groups: Vec<Vec<&str>> = Vec::new();
    // The line the last comment ended on, while the current group may go on.
    let mut open: Option<usize> = None;
    let mut line = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b' ' | b'\t' | b'\r' => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                let end = src[i..].find('\n').map_or(b.len(), |n| i + n);
                push_comment(&mut groups, &mut open, line, &src[i..end]);
                open = Some(line);
                i = end;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let end = src[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 2);
                let text = &src[i..end];
                let start_line = line;
                line += text.matches('\n').count();
                push_comment(&mut groups, &mut open, start_line, text);
                open = Some(line);
                i = end;
            }
            q @ (b'"' | b'\'' | b'`') => {
                open = None;
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' && q != b'`' {
                        i += 1;
                    } else if b[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            _ => {
                open = None;
                i += 1;
            }
        }
    }
    groups
}

fn push_comment<'a>(
    groups: &mut Vec<Vec<&'a str>>,
    open: &mut Option<usize>,
    line: usize,
    text: &'a str,
) {
    match *open {
        Some(last) if line <= last + 1 && !groups.is_empty() => {
            groups.last_mut().expect("a group").push(text)
        }
        _ => groups.push(vec![text]),
    }
}

/// A comment group's text as go/ast's `CommentGroup.Text`: markers removed (and one space
/// after `//`), directives dropped, trailing spaces cut, blank lines at the ends removed and
/// runs of them made one, a final newline.
fn comment_text(group: &[&str]) -> String {
    let mut lines: Vec<String> = Vec::new();
    for c in group {
        let body = if let Some(rest) = c.strip_prefix("//") {
            if let Some(r) = rest.strip_prefix(' ') {
                r
            } else if is_directive(rest) {
                continue;
            } else {
                rest
            }
        } else {
            c.strip_prefix("/*")
                .and_then(|r| r.strip_suffix("*/"))
                .unwrap_or(c)
        };
        for l in body.split('\n') {
            lines.push(
                l.trim_end_matches([' ', '\t', '\r', '\n', '\x0b', '\x0c'])
                    .to_string(),
            );
        }
    }
    let mut kept: Vec<String> = Vec::new();
    for l in lines {
        if !l.is_empty() || kept.last().is_some_and(|p| !p.is_empty()) {
            kept.push(l);
        }
    }
    while kept.last().is_some_and(|l| l.is_empty()) {
        kept.pop();
    }
    if kept.is_empty() {
        return String::new();
    }
    let mut text = kept.join("\n");
    text.push('\n');
    text
}

/// `//go:build`-shaped comments (`[a-z0-9]+:[a-z0-9]`), `//line `, `//extern `, `//export `.
fn is_directive(c: &str) -> bool {
    if c.starts_with("line ") || c.starts_with("extern ") || c.starts_with("export ") {
        return true;
    }
    let b = c.as_bytes();
    let Some(colon) = c.find(':') else {
        return false;
    };
    if colon == 0 || colon + 1 >= b.len() {
        return false;
    }
    (0..=colon + 1)
        .filter(|&i| i != colon)
        .all(|i| b[i].is_ascii_lowercase() || b[i].is_ascii_digit())
}

/// The generated main package of the test binary of package `path`.
fn testmain(path: &str, found: &Found) -> String {
    let uses_internal = found.tests.iter().any(|(e, _)| !e)
        || found.benchmarks.iter().any(|(e, _)| !e)
        || found.examples.iter().any(|e| !e.external)
        || found.test_main == Some(false);
    let uses_external = found.tests.iter().any(|(e, _)| *e)
        || found.benchmarks.iter().any(|(e, _)| *e)
        || found.examples.iter().any(|e| e.external)
        || found.test_main == Some(true);
    let pkg = |external: bool| if external { "_xtest" } else { "_test" };
    let mut s = String::from("package main\n\nimport (\n\t\"os\"\n");
    if found.test_main.is_some() {
        // After TestMain returns, the binary exits with what m.Run returned (gc's testmain
        // reads the unexported field the same way).
        s.push_str("\t\"reflect\"\n");
    }
    s.push_str("\t\"testing\"\n\t\"testing/internal/testdeps\"\n\n");
    s.push_str(&format!(
        "\t{} {path:?}\n",
        if uses_internal { "_test" } else { "_" }
    ));
    if !found.external_files.is_empty() {
        s.push_str(&format!(
            "\t{} {:?}\n",
            if uses_external { "_xtest" } else { "_" },
            format!("{path}_test")
        ));
    }
    s.push_str(")\n\nvar tests = []testing.InternalTest{\n");
    for (e, name) in &found.tests {
        s.push_str(&format!("\t{{{name:?}, {}.{name}}},\n", pkg(*e)));
    }
    s.push_str("}\n\nvar benchmarks = []testing.InternalBenchmark{\n");
    for (e, name) in &found.benchmarks {
        s.push_str(&format!("\t{{{name:?}, {}.{name}}},\n", pkg(*e)));
    }
    s.push_str("}\n\nvar fuzzTargets = []testing.InternalFuzzTarget{}\n\nvar examples = []testing.InternalExample{\n");
    for e in &found.examples {
        s.push_str(&format!(
            "\t{{{:?}, {}.{}, {}, {}}},\n",
            e.name,
            pkg(e.external),
            e.name,
            go_string(&e.output),
            e.unordered
        ));
    }
    s.push_str("}\n\nfunc init() {\n");
    s.push_str(&format!(
        "\ttestdeps.ImportPath = {}\n}}\n\n",
        go_string(path)
    ));
    s.push_str("func main() {\n\tm := testing.MainStart(testdeps.TestDeps{}, tests, benchmarks, fuzzTargets, examples)\n");
    match found.test_main {
        Some(e) => s.push_str(&format!(
            "\t{}.TestMain(m)\n\tos.Exit(int(reflect.ValueOf(m).Elem().FieldByName(\"exitCode\").Int()))\n}}\n",
            pkg(e)
        )),
        None => s.push_str("\tos.Exit(m.Run())\n}\n"),
    }
    s
}

/// `text` as a Go interpreted string literal.
fn go_string(text: &str) -> String {
    let mut s = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            '\r' => s.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => s.push_str(&format!("\\x{:02x}", c as u32)),
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_outputs_are_read_as_go_doc_reads_them() {
        let body = "{\n\tfmt.Println(\"// not a comment\")\n\t// Output:\n\t// hello\n\t//\n\t//   indented\n}";
        assert_eq!(
            example_output(body),
            Some(("hello\n\n  indented\n".to_string(), false))
        );
        let body = "{\n\tf()\n\t// unordered OUTPUT: a\n\t// b\n}";
        assert_eq!(example_output(body), Some(("a\nb\n".to_string(), true)));
        // A comment that is not the last group does not count.
        let body = "{\n\t// Output: x\n\n\t// something else\n}";
        assert_eq!(example_output(body), None);
        let body = "{\n\t/* Output:\n\tyes */\n}";
        assert_eq!(example_output(body), Some(("\tyes\n".to_string(), false)));
        let body = "{\n\tprintln()\n\t// Output:\n}";
        assert_eq!(example_output(body), Some((String::new(), false)));
    }

    #[test]
    fn test_names_follow_go_tests_rule() {
        assert!(is_test("Test", "Test"));
        assert!(is_test("TestX", "Test"));
        assert!(is_test("Test_x", "Test"));
        assert!(!is_test("Testing", "Test"));
        assert!(is_test("Benchmark1", "Benchmark"));
    }

    #[test]
    fn strings_are_go_literals() {
        assert_eq!(go_string("a\"b\\\n\x01"), "\"a\\\"b\\\\\\n\\x01\"");
    }
}
