//! `-gcflags`: gc's compiler flags, in the go command's spelling, for what gocrane does too —
//! so that a command from an article (`go build -gcflags='-m -l' x.go`) works with `gocrane`
//! in place of `go`.
//!
//! `-gcflags='[pattern=]flags'`: without a pattern (or with one naming the packages on the
//! command line: `main`, `command-line-arguments`, `.`), the flags apply to the program's own
//! package; with a standard package's path (`fmt=-m`), `-m` adds that package's remarks, as
//! `--m-pkg` does. The flags: `-m` (the escape-analysis remarks; `-m=2`/`-m -m` adds gc's
//! explanations of each decision, the flows behind it), `-l` (no inlining: gocrane never inlines, so it changes
//! nothing), `-N` (no optimisation: Cranelift's `opt_level=none`), `-S` (the assembly
//! listing), `-wb=false` (no write barriers: gocrane emits none yet). Anything else is an error
//! naming the flag.

/// What `-gcflags` asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GcFlags {
    /// `-m`, for the program's own package.
    pub remarks: bool,
    /// `-m=2` or `-m -m`: with each escape decision, the flows that made it.
    pub flows: bool,
    /// `-S`.
    pub listing: bool,
    /// `-N`.
    pub unoptimized: bool,
    /// `PKG=-m`: standard packages whose remarks print (only theirs, unless `-m` is given
    /// for the program's package too).
    pub remark_packages: Vec<String>,
}

impl GcFlags {
    /// Parses the value of `-gcflags`.
    pub fn parse(value: &str) -> Result<GcFlags, String> {
        let mut out = GcFlags::default();
        let value = value.trim();
        // A pattern is what stands before the first `=` when that comes before any flag.
        let (pattern, flags) = match value.split_once('=') {
            Some((p, rest)) if !p.starts_with('-') && !p.contains(char::is_whitespace) => {
                (Some(p), rest)
            }
            _ => (None, value),
        };
        let own = matches!(
            pattern,
            None | Some("main" | "command-line-arguments" | ".")
        );
        let mut m = 0;
        for flag in flags.split_whitespace() {
            match flag {
                "-m" => m += 1,
                "-m=1" => m = m.max(1),
                "-m=2" => m = m.max(2),
                "-m=0" => {}
                "-l" | "-wb=false" => {}
                "-N" if own => out.unoptimized = true,
                "-S" if own => out.listing = true,
                "-m=3" | "-m=4" => {
                    return Err(format!(
                        "gocrane: -gcflags: {flag} (gc's debugging output) is not supported"
                    ))
                }
                other => {
                    let place = match pattern {
                        Some(p) if !own => format!(" for {p}"),
                        _ => String::new(),
                    };
                    return Err(format!(
                        "gocrane: -gcflags: gocrane does not support {other}{place} \
                         (it supports -m, -l, -N, -S and -wb=false)"
                    ));
                }
            }
        }
        if m > 2 {
            return Err(
                "gocrane: -gcflags: -m beyond -m=2 (gc's debugging output) is not supported".into(),
            );
        }
        out.flows = m == 2 && own;
        match pattern {
            _ if m == 0 => {}
            _ if own => out.remarks = true,
            Some("all" | "std") => {
                return Err(format!(
                    "gocrane: -gcflags: the pattern {} is not supported (name one package: fmt=-m)",
                    pattern.unwrap_or_default()
                ))
            }
            Some(pkg) => out.remark_packages.push(pkg.to_string()),
            None => unreachable!("no pattern is the program's own package"),
        }
        Ok(out)
    }
}

/// go test's flags, spelled with one dash as the go command spells them.
const TEST_FLAGS: &[&str] = &[
    "run",
    "skip",
    "bench",
    "benchmem",
    "benchtime",
    "count",
    "cpu",
    "timeout",
    "short",
    "failfast",
    "list",
    "v",
    "args",
];

/// The command line with the go command's single-dash `-gcflags` (and, after `test`, go
/// test's `-run`, `-bench`, `-v`, …) spelled as clap reads them (`--gcflags`, `--run`).
/// After `-args`, everything is the test binary's.
pub fn normalise_args(args: impl Iterator<Item = std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut test = false;
    let mut passthrough = false;
    let mut out = Vec::new();
    for (i, a) in args.enumerate() {
        let Some(s) = a.to_str().filter(|_| !passthrough) else {
            out.push(a);
            continue;
        };
        if i == 1 && s == "test" {
            test = true;
        }
        let name = s.strip_prefix('-').filter(|n| !n.starts_with('-'));
        let flag = name.map(|n| n.split('=').next().unwrap_or(n));
        out.push(match flag {
            Some("gcflags") => format!("-{s}").into(),
            Some(f) if test && TEST_FLAGS.contains(&f) => {
                passthrough = f == "args";
                format!("-{s}").into()
            }
            _ => a,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_test_flags_get_two_dashes() {
        let args = [
            "gocrane", "test", "-v", "-run=X", "-bench", ".", "./p", "-args", "-v",
        ];
        let out = normalise_args(args.iter().map(std::ffi::OsString::from));
        let out: Vec<&str> = out.iter().map(|a| a.to_str().unwrap()).collect();
        assert_eq!(
            out,
            ["gocrane", "test", "--v", "--run=X", "--bench", ".", "./p", "--args", "-v"]
        );
        let out = normalise_args(
            ["gocrane", "build", "-v"]
                .iter()
                .map(std::ffi::OsString::from),
        );
        assert_eq!(out[2], "-v");
    }

    #[test]
    fn the_go_commands_spellings_are_read() {
        let g = GcFlags::parse("-m -l").unwrap();
        assert!(g.remarks && !g.listing && !g.unoptimized);
        let g = GcFlags::parse("-wb=false -l -N").unwrap();
        assert!(g.unoptimized && !g.remarks);
        let g = GcFlags::parse("-S").unwrap();
        assert!(g.listing);
        let g = GcFlags::parse("main=-m").unwrap();
        assert!(g.remarks && g.remark_packages.is_empty());
        let g = GcFlags::parse("fmt=-m -l").unwrap();
        assert_eq!(g.remark_packages, ["fmt"]);
        assert!(!g.remarks);
        let g = GcFlags::parse("-m=2 -l").unwrap();
        assert!(g.remarks && g.flows);
        let g = GcFlags::parse("-m -m").unwrap();
        assert!(g.remarks && g.flows);
        assert!(!GcFlags::parse("-m").unwrap().flows);
        assert!(GcFlags::parse("-m=3").unwrap_err().contains("-m=3"));
        assert!(GcFlags::parse("-B")
            .unwrap_err()
            .contains("does not support -B"));
        assert!(GcFlags::parse("fmt=-S").unwrap_err().contains("-S for fmt"));
        assert!(GcFlags::parse("all=-m").unwrap_err().contains("all"));
    }

    #[test]
    fn single_dash_gcflags_becomes_clap_spelling() {
        let args = [
            "gocrane",
            "build",
            "-gcflags=-m -l",
            "-gcflags",
            "-N",
            "x.go",
        ];
        let out = normalise_args(args.iter().map(std::ffi::OsString::from));
        let out: Vec<&str> = out.iter().map(|a| a.to_str().unwrap()).collect();
        assert_eq!(
            out,
            [
                "gocrane",
                "build",
                "--gcflags=-m -l",
                "--gcflags",
                "-N",
                "x.go"
            ]
        );
    }
}
