//! `gocrane compare`: one program built and run by gocrane and by gc (see `gc.rs`), side by
//! side — what each prints and its exit status, and each compiler's escape-analysis remarks
//! (`-m`, as `go build -gcflags='-m -l'` prints them).
//!
//! Behaviour is equal when the exit statuses and stdout are, and stderr up to the goroutine
//! trace (`goroutine 1 [running]:`), whose frames hold addresses and offsets that differ
//! between any two compilers — as do a fault's `pc=0x…` and a panic value printed by its
//! address (`panic: (main.S) 0x…`), which are compared as `0x?`. Remarks are compared as lines, a file named by its base name
//! (gc's build cache may replay a remark with the path of an earlier build).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::LazyLock;

use regex::Regex;

use crate::gc::Gc;
use crate::target::{Arch, Target};

pub mod html;
pub mod listing;
pub mod serve;

use listing::Function;

/// What one compiler's build of the program did.
pub struct Side {
    pub exit: String,
    pub stdout: String,
    pub stderr: String,
    /// The `-m` remarks, one per line, as printed.
    pub remarks: Vec<String>,
}

/// The comparison of the two sides.
pub struct Comparison {
    pub gocrane: Side,
    pub gc: Side,
    /// For each source line with an interface conversion (`file.go:12`, the file by base
    /// name), the runtime symbols of the conversion lowerings — `runtime.convT*`,
    /// `runtime.staticuint64s`, `runtime.zeroVal` — in gocrane's code and in gc's `-S`.
    pub conversions: Vec<LineLowering>,
    /// The program's own source files.
    pub sources: Vec<Source>,
    /// gocrane's conversion and allocation sites in them (`gocrane explain`'s).
    pub sites: Vec<SiteNote>,
    /// The program package's functions as each compiler's `-S` lists them.
    pub gc_functions: Vec<Function>,
    pub gocrane_functions: Vec<Function>,
}

/// A source file of the program, named by its base name (as positions are compared).
#[derive(Clone, Debug)]
pub struct Source {
    pub name: String,
    pub text: String,
}

/// A conversion or allocation site, as `gocrane explain` describes it.
#[derive(Clone, Debug)]
pub struct SiteNote {
    /// `x.go:17:9`.
    pub position: String,
    /// `x.go:17`.
    pub line: String,
    pub expr: String,
    /// Static type and interface type (empty for an allocation that is no conversion).
    pub from: String,
    pub to: String,
    pub lowering: String,
    pub allocation: String,
    pub remark: Option<String>,
    /// For a site that escapes, the flows escape analysis found it by (`-m=2`, shortened).
    pub why: Vec<String>,
}

/// One function under both compilers (None where one of them has no such function).
pub struct FunctionPair<'a> {
    pub name: &'a str,
    pub gc: Option<&'a Function>,
    pub gocrane: Option<&'a Function>,
}

/// gocrane's build of the program: its object, the library archive's, the `-m` remarks and
/// the `-S` listing of the program's functions.
pub struct Build {
    pub object: Vec<u8>,
    pub library: Option<Vec<u8>>,
    pub remarks: String,
    pub listing: String,
}

/// What `gocrane explain` finds in the program, for compare's report: the sources and sites.
pub struct Explained {
    pub sources: Vec<Source>,
    pub sites: Vec<SiteNote>,
    /// gocrane's conversion symbols by line (see [`Comparison::conversions`]).
    pub lowerings: BTreeMap<String, Vec<String>>,
}

/// The sources of `files` and explain's `sites` in them, for [`compare`].
pub fn explained(
    sites: &[crate::explain::Site],
    map: &base::source::SourceMap,
    files: &[base::source::FileId],
) -> Explained {
    let base_name = |file: base::source::FileId| {
        let name = &map.file(file).name;
        name.rsplit('/').next().unwrap_or(name).to_string()
    };
    let sources = files
        .iter()
        .map(|&f| Source {
            name: base_name(f),
            text: map.file(f).text.to_string(),
        })
        .collect();
    let notes = sites
        .iter()
        .map(|s| {
            let (line, column) = map.file(s.span.file).line_col(s.span.lo);
            let file = base_name(s.span.file);
            SiteNote {
                position: format!("{file}:{line}:{column}"),
                line: format!("{file}:{line}"),
                expr: s.expr.clone(),
                from: s.from.clone(),
                to: s.to.clone(),
                lowering: s.lowering.clone(),
                allocation: s.allocation.clone(),
                remark: s.remark.clone(),
                why: s.why.clone(),
            }
        })
        .collect();
    Explained {
        sources,
        sites: notes,
        lowerings: lowerings(sites, map),
    }
}

/// One source line's conversion lowerings under each compiler (sorted, each symbol once).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineLowering {
    pub line: String,
    pub gocrane: Vec<String>,
    pub gc: Vec<String>,
}

/// Whether a symbol is one only interface conversions use (see [`Comparison::conversions`]).
fn conversion_symbol(s: &str) -> bool {
    s.starts_with("runtime.convT") || s == "runtime.staticuint64s" || s == "runtime.zeroVal"
}

/// gc's `-S` listing lines `0x0013 00019 (/path/x.go:60) CALL runtime.convTslice(SB)` (tabs
/// between the fields): the conversion symbols each source line's code uses, by `x.go:60`.
fn gc_lowerings(listing: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = Default::default();
    for line in listing.lines() {
        let Some(rest) = line.strip_prefix('\t').filter(|l| l.starts_with("0x")) else {
            continue;
        };
        // An instruction's `(file.go:LINE)` (a data symbol's hex dump has none).
        let Some(open) = rest.find('(') else {
            continue;
        };
        let Some(close) = rest[open..].find(')').map(|n| open + n) else {
            continue;
        };
        let position = &rest[open + 1..close];
        if !position.contains(".go:") {
            continue;
        }
        let base = position.rsplit('/').next().unwrap_or(position);
        for word in rest[close + 1..].split(|c: char| c.is_whitespace() || c == ',' || c == '$') {
            if let Some(symbol) = word.strip_suffix("(SB)") {
                // `runtime.staticuint64s+8(SB)`: an element, folded.
                let symbol = symbol.split('+').next().unwrap_or(symbol);
                if conversion_symbol(symbol) {
                    let list = out.entry(base.to_string()).or_default();
                    if !list.iter().any(|s| s == symbol) {
                        list.push(symbol.to_string());
                    }
                }
            }
        }
    }
    out
}

/// gocrane's conversion symbols by line (`x.go:60`), from `explain`'s sites: every line with a
/// conversion, mapping to the symbols its lowerings use (`runtime.zerobase` left out: other
/// code uses it too).
pub fn lowerings(
    sites: &[crate::explain::Site],
    map: &base::source::SourceMap,
) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for s in sites.iter().filter(|s| !s.to.is_empty()) {
        let file = &map.file(s.span.file).name;
        let base = file.rsplit('/').next().unwrap_or(file);
        let list = out
            .entry(format!("{base}:{}", map.line(s.span)))
            .or_default();
        if let Some(symbol) = s.runtime_symbol.filter(|&s| s != "runtime.zerobase") {
            if !list.iter().any(|x| x == symbol) {
                list.push(symbol.to_string());
            }
        }
    }
    out
}

/// Pairs gocrane's conversion symbols by line (`x.go:60` → symbols, a line with a
/// conversion that uses none mapping to nothing) with gc's on those lines (elsewhere, the
/// symbols are some other code's: `&zeroVal` of a variable linknamed to it).
fn line_lowerings(
    ours: BTreeMap<String, Vec<String>>,
    theirs: BTreeMap<String, Vec<String>>,
) -> Vec<LineLowering> {
    let mut lines: Vec<&String> = ours.keys().collect();
    lines.sort_by_key(|l| {
        let (file, n) = l.rsplit_once(':').unwrap_or((l, "0"));
        (file.to_string(), n.parse::<u32>().unwrap_or(0))
    });
    lines.dedup();
    lines
        .into_iter()
        .map(|l| {
            let sorted = |m: &BTreeMap<String, Vec<String>>| {
                let mut v = m.get(l).cloned().unwrap_or_default();
                v.sort();
                v
            };
            LineLowering {
                line: l.clone(),
                gocrane: sorted(&ours),
                gc: sorted(&theirs),
            }
        })
        .collect()
}

impl Comparison {
    /// Whether the two runs behaved alike (see the module doc).
    pub fn same_behaviour(&self) -> bool {
        self.gocrane.exit == self.gc.exit
            && self.gocrane.stdout == self.gc.stdout
            && before_trace(&self.gocrane.stderr) == before_trace(&self.gc.stderr)
    }

    /// The program's functions under both compilers: gc's in its listing's order, then those
    /// only gocrane has.
    pub fn functions(&self) -> Vec<FunctionPair<'_>> {
        let mut out: Vec<FunctionPair> = self
            .gc_functions
            .iter()
            .map(|f| FunctionPair {
                name: &f.name,
                gc: Some(f),
                gocrane: self.gocrane_functions.iter().find(|g| g.name == f.name),
            })
            .collect();
        for f in &self.gocrane_functions {
            if !self.gc_functions.iter().any(|g| g.name == f.name) {
                out.push(FunctionPair {
                    name: &f.name,
                    gc: None,
                    gocrane: Some(f),
                });
            }
        }
        out
    }

    /// The remarks both print, those only gc prints, and those only gocrane prints, each in
    /// the order its compiler printed them.
    pub fn remarks(&self) -> (Vec<String>, Vec<String>, Vec<String>) {
        let theirs: Vec<String> = self
            .gc
            .remarks
            .iter()
            .map(|r| normalise_remark(r))
            .collect();
        let ours: Vec<String> = self
            .gocrane
            .remarks
            .iter()
            .map(|r| normalise_remark(r))
            .collect();
        let (both, only_gc) = theirs.iter().cloned().partition(|r| ours.contains(r));
        let only_gocrane = ours.into_iter().filter(|r| !theirs.contains(r)).collect();
        (both, only_gc, only_gocrane)
    }
}

/// `stderr` up to and including its goroutine-trace header, addresses hidden (see the
/// module doc).
fn before_trace(stderr: &str) -> String {
    const HEADER: &str = "goroutine 1 [running]:\n";
    let head = match stderr.find(HEADER) {
        Some(at) => &stderr[..at + HEADER.len()],
        None => stderr,
    };
    static PC: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"pc=0x[0-9a-f]+").expect("a regex"));
    static VALUE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?m)^(panic: \(.*\) 0x)[0-9a-f]+").expect("a regex"));
    let head = PC.replace_all(head, "pc=0x?");
    VALUE.replace_all(&head, "${1}?").into_owned()
}

/// A remark with its file named by its base name (`examples/x.go:3:6: …` → `x.go:3:6: …`).
fn normalise_remark(line: &str) -> String {
    match line.split_once(".go:") {
        Some((path, rest)) if !path.contains(' ') => {
            let base = path.rsplit('/').next().unwrap_or(path);
            format!("{base}.go:{rest}")
        }
        _ => line.to_string(),
    }
}

/// `gocrane compare`: builds `program` (named on the command line as `names`) with gocrane
/// and gc for `target`, runs both and compares them; with `func`, only the functions whose
/// name matches are kept in the listings.
pub fn run(
    program: &crate::load::Target,
    names: &[PathBuf],
    target: &Target,
    func: Option<&Regex>,
) -> Result<Comparison, String> {
    let build = || {
        let options = crate::driver::Options {
            archive: true,
            listing: Some(crate::driver::Positions::Absolute),
            ..Default::default()
        };
        let out = crate::driver::compile(program, target, &options)?;
        let request = crate::listing::Request {
            arch: target.arch,
            syntax: backend::listing::Syntax::Go,
            func: None,
        };
        Ok(Build {
            listing: crate::listing::render_functions(&out, &request),
            object: out.object,
            library: out.library_object,
            remarks: out.remarks,
        })
    };
    // The sources and explain's sites: conversion lowerings by line, the page's notes.
    let e = crate::driver::through_middle(program, target)?;
    let sites = crate::explain::sites(&e.program, &e.map, &e.main_files, &e.remarks, &e.sites);
    let explained = explained(&sites, &e.map, &e.main_files);
    let mut c = compare(names, target, build, explained)?;
    if let Some(re) = func {
        c.gc_functions.retain(|f| re.is_match(&f.name));
        c.gocrane_functions.retain(|f| re.is_match(&f.name));
    }
    Ok(c)
}

/// Builds and runs `program` (the command line's packages or files) with gocrane — `build`
/// compiles it (see [`Build`]) — and with gc, for `target`; `explained` is what `gocrane
/// explain` finds in it.
pub fn compare(
    program: &[PathBuf],
    target: &Target,
    build: impl FnOnce() -> Result<Build, String>,
    explained: Explained,
) -> Result<Comparison, String> {
    let dir = crate::link::TempDir::new()?;
    let ours = build()?;
    let exe = dir.path().join("gocrane.exe");
    crate::link::link(&ours.object, ours.library.as_deref(), target, &exe)?;
    let gocrane = run_program(target.command(&exe)?, lines(&ours.remarks))?;

    let gc = Gc::find()?;
    let theirs = dir.path().join("gc.exe");
    let goarch = match target.arch {
        Arch::X86_64 => "amd64",
        Arch::Aarch64 => "arm64",
    };
    let out = gc
        .command()
        .env("GOOS", "linux")
        .env("GOARCH", goarch)
        .args(["build", "-gcflags=-m -l -S", "-o"])
        .arg(&theirs)
        .args(program)
        .output()
        .map_err(|e| format!("gocrane: running gc: {e}"))?;
    let gc_stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        return Err(format!(
            "gocrane: gc cannot build the program:\n{gc_stderr}"
        ));
    }
    // The go command heads each package's lines with `# import/path`; the listing's lines
    // are indented or start with a symbol and its section kind (`main.main STEXT size=…`,
    // `go:string."x" SRODATA dupok size=1`). A remark about a variable without a position
    // is its bare message (`moved to heap: #next`).
    let header = Regex::new(r" S[A-Z]+ (.* )?size=\d+").expect("a regex");
    let is_remark =
        |l: &str| !l.is_empty() && !l.starts_with([' ', '\t', '#']) && !header.is_match(l);
    let gc_remarks: Vec<String> = lines(&gc_stderr)
        .into_iter()
        .filter(|l| is_remark(l))
        .map(|l| l.strip_prefix("./").unwrap_or(&l).to_string())
        .collect();
    let conversions = line_lowerings(explained.lowerings, gc_lowerings(&gc_stderr));
    let gc = run_program(target.command(&theirs)?, gc_remarks)?;
    Ok(Comparison {
        gocrane,
        gc,
        conversions,
        sources: explained.sources,
        sites: explained.sites,
        gc_functions: listing::functions(&gc_stderr),
        gocrane_functions: listing::functions(&ours.listing),
    })
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

/// Runs a built program, without the environment variables that change what Go programs
/// print.
fn run_program(mut cmd: Command, remarks: Vec<String>) -> Result<Side, String> {
    for var in ["GOGC", "GODEBUG", "GOTRACEBACK", "GOMAXPROCS", "GOMEMLIMIT"] {
        cmd.env_remove(var);
    }
    let out = cmd
        .output()
        .map_err(|e| format!("gocrane: running the program: {e}"))?;
    use std::os::unix::process::ExitStatusExt;
    let exit = match (out.status.code(), out.status.signal()) {
        (Some(code), _) => code.to_string(),
        (None, Some(sig)) => format!("killed by signal {sig}"),
        (None, None) => "unknown".to_string(),
    };
    Ok(Side {
        exit,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        remarks,
    })
}

/// The report for a terminal.
pub fn render_text(c: &Comparison, program: &[PathBuf]) -> String {
    let names: Vec<String> = program.iter().map(|p| p.display().to_string()).collect();
    let mut out = format!(
        "gocrane compare {} (gc {})\n\n",
        names.join(" "),
        crate::gc::VERSION
    );
    if c.same_behaviour() {
        out.push_str(&format!(
            "behaviour: the same (exit {}, {} lines of stdout, {} of stderr)\n",
            c.gc.exit,
            c.gc.stdout.lines().count(),
            c.gc.stderr.lines().count()
        ));
    } else {
        out.push_str("behaviour: DIFFERENT\n");
        if c.gocrane.exit != c.gc.exit {
            out.push_str(&format!(
                "  exit status: gc {}, gocrane {}\n",
                c.gc.exit, c.gocrane.exit
            ));
        }
        for (name, theirs, ours) in [
            ("stdout", c.gc.stdout.as_str(), c.gocrane.stdout.as_str()),
            (
                "stderr (up to the goroutine trace)",
                &before_trace(&c.gc.stderr),
                &before_trace(&c.gocrane.stderr),
            ),
        ] {
            if theirs != ours {
                out.push_str(&format!("  {name} (--- gc, +++ gocrane):\n"));
                out.push_str(&diff(theirs, ours));
            }
        }
    }
    let (both, only_gc, only_gocrane) = c.remarks();
    out.push_str(&format!(
        "\nescape analysis (-m -l): {} the same, {} only gc's, {} only gocrane's\n",
        both.len(),
        only_gc.len(),
        only_gocrane.len()
    ));
    for (label, list) in [("only gc:", &only_gc), ("only gocrane:", &only_gocrane)] {
        if !list.is_empty() {
            out.push_str(&format!("  {label}\n"));
            for r in list.iter() {
                out.push_str(&format!("    {r}\n"));
            }
        }
    }
    let differ: Vec<&LineLowering> = c.conversions.iter().filter(|l| l.gc != l.gocrane).collect();
    out.push_str(&format!(
        "\nconversion lowerings (convT*, staticuint64s, zeroVal) by line: {} the same, {} different\n",
        c.conversions.len() - differ.len(),
        differ.len()
    ));
    for l in &c.conversions {
        let mark = if l.gc == l.gocrane { " " } else { "!" };
        let show = |v: &Vec<String>| match v.is_empty() {
            true => "-".to_string(),
            false => v.join(" "),
        };
        out.push_str(&format!(
            "  {mark} {:<24} gc: {:<28} gocrane: {}\n",
            l.line,
            show(&l.gc),
            show(&l.gocrane)
        ));
    }
    let functions = c.functions();
    if !functions.is_empty() {
        out.push_str("\nfunctions: bytes of code and instructions (gc | gocrane)\n");
        let width = functions.iter().map(|f| f.name.len()).max().unwrap_or(0);
        let figures = |f: Option<&Function>| match f {
            Some(f) => format!("{:>6} B {:>5}", f.size, f.instruction_count()),
            None => format!("{:>14}", "-"),
        };
        for f in &functions {
            out.push_str(&format!(
                "  {:<width$}  {} | {}\n",
                f.name,
                figures(f.gc),
                figures(f.gocrane)
            ));
        }
    }
    out
}

/// A unified diff of two texts, indented.
fn diff(theirs: &str, ours: &str) -> String {
    let d = similar::TextDiff::from_lines(theirs, ours);
    d.unified_diff()
        .context_radius(2)
        .to_string()
        .lines()
        .filter(|l| !l.starts_with("---") && !l.starts_with("+++"))
        .map(|l| format!("    {l}\n"))
        .collect()
}

/// The report as JSON (a stable schema: `behaviour.same`, each side's `exit`, `stdout`,
/// `stderr`, `remarks`; `escape.same`, `escape.only_gc`, `escape.only_gocrane`; per
/// line, `conversions`; per function, `functions` with each side's `size` and
/// `instructions`, null where the compiler has no such function).
pub fn render_json(c: &Comparison) -> String {
    let side = |s: &Side| {
        serde_json::json!({
            "exit": s.exit,
            "stdout": s.stdout,
            "stderr": s.stderr,
            "remarks": s.remarks,
        })
    };
    let (both, only_gc, only_gocrane) = c.remarks();
    let report = serde_json::json!({
        "gc_version": crate::gc::VERSION,
        "behaviour": {
            "same": c.same_behaviour(),
            "gocrane": side(&c.gocrane),
            "gc": side(&c.gc),
        },
        "escape": {
            "same": both,
            "only_gc": only_gc,
            "only_gocrane": only_gocrane,
        },
        "conversions": c.conversions.iter().map(|l| serde_json::json!({
            "line": l.line,
            "same": l.gc == l.gocrane,
            "gc": l.gc,
            "gocrane": l.gocrane,
        })).collect::<Vec<_>>(),
        "functions": c.functions().iter().map(|f| {
            let figures = |f: Option<&Function>| f.map(|f| serde_json::json!({
                "size": f.size,
                "instructions": f.instruction_count(),
            }));
            serde_json::json!({
                "name": f.name,
                "gc": figures(f.gc),
                "gocrane": figures(f.gocrane),
            })
        }).collect::<Vec<_>>(),
    });
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A comparison with nothing in it but what a test sets.
    fn empty() -> Comparison {
        Comparison {
            gocrane: side("0", "", "", &[]),
            gc: side("0", "", "", &[]),
            conversions: Vec::new(),
            sources: Vec::new(),
            sites: Vec::new(),
            gc_functions: Vec::new(),
            gocrane_functions: Vec::new(),
        }
    }

    fn side(exit: &str, stdout: &str, stderr: &str, remarks: &[&str]) -> Side {
        Side {
            exit: exit.into(),
            stdout: stdout.into(),
            stderr: stderr.into(),
            remarks: remarks.iter().map(|r| r.to_string()).collect(),
        }
    }

    #[test]
    fn behaviour_is_compared_up_to_the_goroutine_trace() {
        let panic = |frames: &str| {
            format!("panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/x.go:5 {frames}\n")
        };
        let c = Comparison {
            gc: side("2", "a\n", &panic("+0x1d"), &[]),
            gocrane: side("2", "a\n", &panic("+0x2f"), &[]),
            ..empty()
        };
        assert!(c.same_behaviour());
        let fault =
            |pc: &str| format!("panic: (main.S) 0x{pc}\n[signal SIGSEGV: addr=0x0 pc=0x{pc}]\n");
        let c = Comparison {
            gc: side("2", "", &fault("47dc1e"), &[]),
            gocrane: side("2", "", &fault("407b56"), &[]),
            ..empty()
        };
        assert!(c.same_behaviour());
        let c = Comparison {
            gc: side("0", "a\nb\n", "", &[]),
            gocrane: side("1", "a\nc\n", "", &[]),
            ..empty()
        };
        assert!(!c.same_behaviour());
        let text = render_text(&c, &[PathBuf::from("x.go")]);
        assert!(text.contains("behaviour: DIFFERENT"), "{text}");
        assert!(text.contains("exit status: gc 0, gocrane 1"), "{text}");
        assert!(text.contains("    -b\n    +c\n"), "{text}");
    }

    #[test]
    fn remarks_are_matched_by_file_base_name() {
        let c = Comparison {
            gc: side(
                "0",
                "",
                "",
                &[
                    "ex/x.go:3:6: moved to heap: v",
                    "x.go:4:2: y escapes to heap",
                ],
            ),
            gocrane: side(
                "0",
                "",
                "",
                &["x.go:3:6: moved to heap: v", "x.go:5:1: z does not escape"],
            ),
            ..empty()
        };
        let (both, only_gc, only_gocrane) = c.remarks();
        assert_eq!(both, ["x.go:3:6: moved to heap: v"]);
        assert_eq!(only_gc, ["x.go:4:2: y escapes to heap"]);
        assert_eq!(only_gocrane, ["x.go:5:1: z does not escape"]);
        let json: serde_json::Value = serde_json::from_str(&render_json(&c)).unwrap();
        assert_eq!(json["escape"]["only_gc"][0], "x.go:4:2: y escapes to heap");
        assert_eq!(json["behaviour"]["same"], true);
    }

    #[test]
    fn gc_listings_give_each_lines_conversion_symbols() {
        let listing = "main.main STEXT size=10\n\
            \t0x000e 00014 (/tmp/x/y.go:33)\tCALL\truntime.convT64(SB)\n\
            \trel 15+4 t=R_CALL runtime.convT64+0\n\
            \t0x001b 00027 (/tmp/x/y.go:36)\tLEAQ\truntime.staticuint64s(SB), CX\n\
            \t0x0020 00032 (/tmp/x/y.go:36)\tMOVD\t$runtime.zeroVal(SB), R1\n\
            \t0x0031 00049 (/tmp/x/y.go:54)\tLEAQ\truntime.zerobase(SB), AX\n\
            \t0x0040 00064 (/tmp/x/y.go:81)\tLEAQ\truntime.staticuint64s+8(SB), AX\n\
            \t0x0010 f3 48 29 f7 28 08 08 16 00 00 00 00 00 00 00 00  .H).(...........\n";
        let gc = gc_lowerings(listing);
        assert_eq!(gc["y.go:33"], ["runtime.convT64"]);
        assert_eq!(gc["y.go:36"], ["runtime.staticuint64s", "runtime.zeroVal"]);
        assert!(!gc.contains_key("y.go:54"));
        assert_eq!(gc["y.go:81"], ["runtime.staticuint64s"]);
        let ours = [
            ("y.go:33".to_string(), vec!["runtime.convT64".to_string()]),
            ("y.go:36".to_string(), vec![]),
        ]
        .into();
        let lines = line_lowerings(ours, gc);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].gc == lines[0].gocrane && lines[1].gc != lines[1].gocrane);
    }
}
