//! `gocrane compare`: one program built and run by gocrane and by gc (see `gc.rs`), side by
//! side — what each prints and its exit status, and each compiler's escape-analysis remarks
//! (`-m`, as `go build -gcflags='-m -l'` prints them).
//!
//! Behaviour is equal when the exit statuses and stdout are, and stderr up to the goroutine
//! trace (`goroutine 1 [running]:`), whose frames hold addresses and offsets that differ
//! between any two compilers. Remarks are compared as lines, a file named by its base name
//! (gc's build cache may replay a remark with the path of an earlier build).

use std::path::PathBuf;
use std::process::Command;

use crate::gc::Gc;
use crate::target::{Arch, Target};

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
}

impl Comparison {
    /// Whether the two runs behaved alike (see the module doc).
    pub fn same_behaviour(&self) -> bool {
        self.gocrane.exit == self.gc.exit
            && self.gocrane.stdout == self.gc.stdout
            && before_trace(&self.gocrane.stderr) == before_trace(&self.gc.stderr)
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

/// `stderr` up to and including its goroutine-trace header.
fn before_trace(stderr: &str) -> &str {
    const HEADER: &str = "goroutine 1 [running]:\n";
    match stderr.find(HEADER) {
        Some(at) => &stderr[..at + HEADER.len()],
        None => stderr,
    }
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

/// Builds and runs `program` (the command line's packages or files) with gocrane — `build`
/// compiles it, giving the object, the library archive's and the remarks — and with gc,
/// for `target`.
pub fn compare(
    program: &[PathBuf],
    target: &Target,
    build: impl FnOnce() -> Result<(Vec<u8>, Option<Vec<u8>>, String), String>,
) -> Result<Comparison, String> {
    let dir = crate::link::TempDir::new()?;
    let (object, library, remarks) = build()?;
    let ours = dir.path().join("gocrane.exe");
    crate::link::link(&object, library.as_deref(), target, &ours)?;
    let gocrane = run(target.command(&ours)?, lines(&remarks))?;

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
        .args(["build", "-gcflags=-m -l", "-o"])
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
    // The go command heads each package's lines with `# import/path`.
    let gc_remarks: Vec<String> = lines(&gc_stderr)
        .into_iter()
        .filter(|l| !l.starts_with("# "))
        .map(|l| l.strip_prefix("./").unwrap_or(&l).to_string())
        .collect();
    let gc = run(target.command(&theirs)?, gc_remarks)?;
    Ok(Comparison { gocrane, gc })
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

/// Runs a built program, without the environment variables that change what Go programs
/// print.
fn run(mut cmd: Command, remarks: Vec<String>) -> Result<Side, String> {
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
                before_trace(&c.gc.stderr),
                before_trace(&c.gocrane.stderr),
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
/// `stderr`; `escape.same`, `escape.only_gc`, `escape.only_gocrane`).
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
    });
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

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
        };
        assert!(c.same_behaviour());
        let c = Comparison {
            gc: side("0", "a\nb\n", "", &[]),
            gocrane: side("1", "a\nc\n", "", &[]),
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
        };
        let (both, only_gc, only_gocrane) = c.remarks();
        assert_eq!(both, ["x.go:3:6: moved to heap: v"]);
        assert_eq!(only_gc, ["x.go:4:2: y escapes to heap"]);
        assert_eq!(only_gocrane, ["x.go:5:1: z does not escape"]);
        let json: serde_json::Value = serde_json::from_str(&render_json(&c)).unwrap();
        assert_eq!(json["escape"]["only_gc"][0], "x.go:4:2: y escapes to heap");
        assert_eq!(json["behaviour"]["same"], true);
    }
}
