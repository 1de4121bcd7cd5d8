//! The listing and object-inspection commands, end to end through the `gocrane` binary:
//!
//! * asmcheck: every `tests/asmcheck/*.go` carries comments such as
//!   `// amd64:"CALL\truntime.panicIndex\(SB\)",-"DIVQ" arm64:"SDIV"` after a statement; the
//!   `-S` listing for that architecture must have, among the instructions attributed to that
//!   line, one matching each quoted regular expression and none matching a `-`-prefixed one
//!   (the convention of gc's `test/codegen`, applied to gocrane's own code);
//! * `build -S`: prints gc-shaped listings on stdout, still writes the output file, names
//!   files by absolute path as gc does, is identical from run to run, `--func` and `--syntax`;
//! * `nm`: the same output as `go tool nm` (the oracle, `scripts/go`), line for line and in the
//!   same order, on gocrane's objects and executables for both architectures; the Go sort it
//!   relies on for that order (src/gosort.rs) against Go's own; and `nm --dump` of data symbols.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::{gocrane, repo_root};
use regex::Regex;

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("asm")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// One expectation of an asmcheck comment.
struct Check {
    line: usize,
    arch: String,
    re: Regex,
    negated: bool,
}

/// The `// arch:"re",-"re" arch:...` comments of a Go file.
fn parse_checks(source: &str) -> Vec<Check> {
    let arch_re = Regex::new(r#"(amd64|arm64):((?:-?"(?:[^"\\]|\\.)*",?)+)"#).unwrap();
    let item_re = Regex::new(r#"(-?)"((?:[^"\\]|\\.)*)""#).unwrap();
    let mut checks = Vec::new();
    for (i, text) in source.lines().enumerate() {
        let Some(pos) = text.find("// ") else {
            continue;
        };
        let comment = &text[pos + 3..];
        if text[..pos].trim().is_empty() {
            continue; // a comment line of its own: documentation
        }
        for arch in arch_re.captures_iter(comment) {
            for item in item_re.captures_iter(&arch[2]) {
                // Inside the quotes, `\"` is a quote; everything else is the regex as written.
                let re = item[2].replace("\\\"", "\"");
                checks.push(Check {
                    line: i + 1,
                    arch: arch[1].to_string(),
                    re: Regex::new(&re)
                        .unwrap_or_else(|e| panic!("line {}: bad regex {re:?}: {e}", i + 1)),
                    negated: &item[1] == "-",
                });
            }
        }
    }
    checks
}

/// `line -> instruction texts` of a listing (positions `(file.go:LINE)`).
fn instructions_by_line(
    listing: &str,
    file: &str,
) -> std::collections::HashMap<usize, Vec<String>> {
    let line_re = Regex::new(&format!(
        r"^\t0x[0-9a-f]{{4}} \d{{5}} \([^)]*{}:(\d+)\)\t(.*)$",
        regex::escape(file)
    ))
    .unwrap();
    let mut map: std::collections::HashMap<usize, Vec<String>> = Default::default();
    for l in listing.lines() {
        if let Some(c) = line_re.captures(l) {
            map.entry(c[1].parse().unwrap())
                .or_default()
                .push(c[2].to_string());
        }
    }
    map
}

#[test]
fn asmcheck() {
    let dir = repo_root().join("tests/asmcheck");
    let files = common::go_files("tests/asmcheck");
    assert!(!files.is_empty(), "no tests/asmcheck/*.go");
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in &files {
        let name = path.file_name().unwrap().to_str().unwrap();
        let checks = parse_checks(&std::fs::read_to_string(path).unwrap());
        assert!(!checks.is_empty(), "{name} has no asmcheck comments");
        for (arch, target) in [("amd64", "x86_64"), ("arm64", "aarch64")] {
            let (code, listing, stderr) = gocrane(
                &["build", "-S", "--target", target, "-o", "/dev/null", name],
                &dir,
            );
            assert_eq!(
                code, 0,
                "gocrane build -S {name} --target {target}: {stderr}"
            );
            let by_line = instructions_by_line(&listing, name);
            for c in checks.iter().filter(|c| c.arch == arch) {
                checked += 1;
                let insns = by_line.get(&c.line).cloned().unwrap_or_default();
                let found = insns.iter().any(|i| c.re.is_match(i));
                if found == c.negated {
                    failures.push(format!(
                        "{name}:{} {arch}: {}{:?} {}\n  instructions of that line:\n    {}",
                        c.line,
                        if c.negated { "-" } else { "" },
                        c.re.as_str(),
                        if c.negated { "matched" } else { "not matched" },
                        insns.join("\n    ")
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} asmchecks failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The checker itself: a check that cannot hold must fail (so the test above can fail).
#[test]
fn asmcheck_comments_parse_and_can_fail() {
    let checks =
        parse_checks("\treturn s[i] // amd64:\"CMPQ\",-\"DIVQ\" arm64:\"CALL\\truntime\\.x\"\n");
    assert_eq!(checks.len(), 3);
    assert_eq!(
        (checks[0].line, checks[0].arch.as_str(), checks[0].negated),
        (1, "amd64", false)
    );
    assert!(checks[1].negated && checks[1].re.is_match("DIVQ\tR11"));
    assert!(checks[2].re.is_match("CALL\truntime.x(SB)"));
    let listing = "\t0x0004 00004 (/a/b/x.go:1)\tCMPQ\tCX, SI\n";
    let lines = instructions_by_line(listing, "x.go");
    assert_eq!(lines[&1], vec!["CMPQ\tCX, SI".to_string()]);
    assert!(!lines[&1].iter().any(|i| checks[2].re.is_match(i)));
}

#[test]
fn build_s_lists_and_still_builds() {
    let dir = scratch("build-s");
    let example = repo_root().join("examples/panic_index.go");
    let exe = dir.join("prog");
    let (code, out, err) = gocrane(
        &[
            "build",
            "-S",
            "-o",
            exe.to_str().unwrap(),
            example.to_str().unwrap(),
        ],
        &dir,
    );
    assert_eq!(code, 0, "{err}");
    assert!(exe.exists(), "-S must still write the executable");
    // gc's header and the absolute path gc prints in positions.
    let abs = example.display().to_string();
    assert!(out.starts_with("main.get STEXT size="), "{out}");
    assert!(
        out.contains(&format!(
            "\t0x0000 00000 ({abs}:5)\tTEXT\tmain.get(SB), $8-32\n"
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!("({abs}:6)\tCALL\truntime.panicIndex(SB)\n")),
        "{out}"
    );
    assert!(
        out.contains("\trel 26+4 t=R_CALL runtime.panicIndex+0\n"),
        "{out}"
    );
    // String data as gc names it: the contents, quoted by strconv.Quote.
    assert!(out.contains("go:string.\"not reached\\n\" SRODATA dupok size=12 align=0x1\n\t0x0000 6e 6f 74 20 72 65 61 63 68 65 64 0a              not reached.\n"), "{out}");
    // gc's positions are cleaned absolute paths (`..` resolved).
    let examples = repo_root().join("examples");
    let (code, dotted, _) = gocrane(
        &[
            "build",
            "-S",
            "-o",
            "/dev/null",
            "../examples/./panic_index.go",
        ],
        &examples,
    );
    assert_eq!(code, 0);
    assert!(dotted.contains(&format!("({abs}:5)\tTEXT")), "{dotted}");
    // Identical from run to run, and written to /dev/null just as well.
    let (code, again, _) = gocrane(
        &["build", "-S", "-o", "/dev/null", example.to_str().unwrap()],
        &dir,
    );
    assert_eq!(code, 0);
    assert_eq!(out, again);
}

#[test]
fn build_s_func_and_syntax() {
    let dir = repo_root().join("examples");
    let (code, out, err) = gocrane(
        &[
            "build",
            "-S",
            "--func",
            "^main\\.get$",
            "-o",
            "/dev/null",
            "panic_index.go",
        ],
        &dir,
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.matches(" STEXT ").count(), 1, "{out}");
    assert!(!out.contains("SRODATA"), "--func lists no data:\n{out}");

    let (code, intel, _) = gocrane(
        &[
            "build",
            "-S",
            "--syntax",
            "intel",
            "--func",
            "get",
            "-o",
            "/dev/null",
            "panic_index.go",
        ],
        &dir,
    );
    assert_eq!(code, 0);
    assert!(intel.contains("\tmov\trax, [rdi+rcx*8]\n"), "{intel}");
    let (code, att, _) = gocrane(
        &[
            "build",
            "-S",
            "--syntax",
            "att",
            "--func",
            "get",
            "-o",
            "/dev/null",
            "panic_index.go",
        ],
        &dir,
    );
    assert_eq!(code, 0);
    assert!(att.contains("\tmov\t(%rdi,%rcx,8), %rax\n"), "{att}");

    let (code, arm, _) = gocrane(
        &[
            "build",
            "-S",
            "--target",
            "arm64",
            "--func",
            "get",
            "-o",
            "/dev/null",
            "panic_index.go",
        ],
        &dir,
    );
    assert_eq!(code, 0);
    assert!(
        arm.contains("\tMOVD\t(R0)(R3<<3), R0\n")
            && arm.contains("t=R_CALLARM64 runtime.panicIndex+0"),
        "{arm}"
    );

    let (code, _, err) = gocrane(
        &[
            "build",
            "-S",
            "--func",
            "(",
            "-o",
            "/dev/null",
            "panic_index.go",
        ],
        &dir,
    );
    assert_eq!(code, 1);
    assert!(
        err.starts_with("gocrane: invalid --func regular expression"),
        "{err}"
    );
}

/// `gocrane nm` prints exactly what `go tool nm` prints for the same file, in the same order,
/// for several orders. Go sorts with an unstable sort, which decides the order among equal keys:
/// symbols sharing a name (local symbols such as the runtime's `GCC_except_table*`, the arm64
/// mapping symbols `$x`/`$d`, empty-named section symbols), an address or a size. The
/// executables have many symbols sharing a name, which go tool nm does not list in address
/// order (checked here), so the test sees that order.
#[test]
fn nm_matches_go_tool_nm() {
    let dir = scratch("nm");
    let go = common::oracle();
    let example = repo_root().join("examples/methods.go");
    let mut checked = 0;
    for target in ["x86_64", "aarch64"] {
        for (emit, name) in [("obj", "m.o"), ("exe", "m")] {
            let file = dir.join(format!("{target}-{name}"));
            let (code, _, err) = gocrane(
                &[
                    "build",
                    "--target",
                    target,
                    "--emit",
                    emit,
                    "-o",
                    file.to_str().unwrap(),
                    example.to_str().unwrap(),
                ],
                &dir,
            );
            assert_eq!(code, 0, "{err}");
            for flags in [
                &[][..],
                &["-n", "--size"][..],
                &["--sort", "size"][..],
                &["--sort", "none"][..],
            ] {
                let mut args = vec!["nm"];
                args.extend(flags);
                args.push(file.to_str().unwrap());
                let (code, ours, err) = gocrane(&args, &dir);
                assert_eq!(code, 0, "{err}");
                // go tool nm spells the long options with one dash.
                let go_flags: Vec<&str> = flags
                    .iter()
                    .map(|f| {
                        f.strip_prefix("-")
                            .filter(|f| f.starts_with('-'))
                            .unwrap_or(f)
                    })
                    .collect();
                let theirs = Command::new(&go)
                    .args(["tool", "nm"])
                    .args(&go_flags)
                    .arg(&file)
                    .output()
                    .expect("run the gc oracle");
                assert!(
                    theirs.status.success(),
                    "go tool nm: {}",
                    String::from_utf8_lossy(&theirs.stderr)
                );
                let theirs = String::from_utf8_lossy(&theirs.stdout).into_owned();
                if emit == "exe" && flags.is_empty() {
                    let (equal, descending) = equal_name_neighbours(&theirs);
                    assert!(
                        equal >= 20 && descending >= 10,
                        "go tool nm {}: only {equal} symbols named as the one before, \
                         {descending} of them at a lower address",
                        file.display()
                    );
                }
                if let Some(difference) = first_difference(&ours, &theirs) {
                    panic!(
                        "gocrane nm {flags:?} vs go tool nm {go_flags:?} on {}: {difference}",
                        file.display()
                    );
                }
                checked += 1;
            }
            if emit == "obj" {
                let (_, ours, _) = gocrane(&["nm", file.to_str().unwrap()], &dir);
                assert!(
                    ours.contains(" T main.main\n")
                        && ours.contains("         U runtime.printlock\n"),
                    "{ours}"
                );
            }
        }
    }
    assert_eq!(checked, 16);
}

/// In a `go tool nm` listing sorted by name: how many lines have the same name as the line
/// before, and how many of those have a lower address than it (so that breaking ties by
/// address would not reproduce the listing).
fn equal_name_neighbours(listing: &str) -> (usize, usize) {
    // `ADDR CODE NAME`: the address is blank for undefined symbols, the name may be empty.
    let lines: Vec<(u64, &str)> = listing
        .lines()
        .map(|line| {
            let addr = line.get(..8).unwrap_or("").trim();
            let addr = u64::from_str_radix(addr, 16).unwrap_or(0);
            (addr, line.get(11..).unwrap_or(""))
        })
        .collect();
    let (mut equal, mut descending) = (0, 0);
    for pair in lines.windows(2) {
        if pair[0].1 == pair[1].1 {
            equal += 1;
            if pair[1].0 < pair[0].0 {
                descending += 1;
            }
        }
    }
    (equal, descending)
}

/// Where two outputs first differ (line number and both lines), or `None` when they are equal.
fn first_difference(ours: &str, theirs: &str) -> Option<String> {
    if ours == theirs {
        return None;
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), theirs.lines().collect());
    let at = (0..a.len().max(b.len()))
        .find(|&i| a.get(i) != b.get(i))
        .unwrap_or(a.len());
    Some(format!(
        "{} lines vs {}; first difference at line {}:\n  ours:   {:?}\n  theirs: {:?}",
        a.len(),
        b.len(),
        at + 1,
        a.get(at),
        b.get(at)
    ))
}

/// src/gosort.rs leaves elements in exactly the order Go's unstable sorts do (`sort.Slice`
/// and `slices.SortFunc`, run by tests/gosort/sort.go under the oracle), for both an ascending
/// and a descending ordering, on inputs full of equal keys: every length from 0 to 200 and
/// patterned inputs of up to a few thousand elements, among them some that take every step of
/// the algorithm (reversal, the nearly-sorted pass, the split off of keys equal to an earlier
/// pivot, pattern breaking and the heapsort fallback; src/gosort.rs's unit tests check that
/// such inputs reach them).
#[test]
fn gosort_matches_go() {
    let dir = scratch("gosort");
    let inputs = gosort_inputs();
    let mut text = String::new();
    for (_, keys) in &inputs {
        let keys: Vec<String> = keys.iter().map(u32::to_string).collect();
        text.push_str(&keys.join(" "));
        text.push('\n');
    }
    let input = dir.join("keys.txt");
    std::fs::write(&input, text).expect("write the keys");
    let go = Command::new(common::oracle())
        .arg("run")
        .arg(repo_root().join("tests/gosort/sort.go"))
        .stdin(std::fs::File::open(&input).expect("open the keys"))
        .output()
        .expect("run the gc oracle");
    assert!(
        go.status.success(),
        "go run tests/gosort/sort.go: {}",
        String::from_utf8_lossy(&go.stderr)
    );
    let go = String::from_utf8(go.stdout).expect("Go's output is ASCII");
    let mut go_lines = go.lines();
    type Less = fn(&(u32, usize), &(u32, usize)) -> bool;
    let orders: [(&str, Less); 3] = [
        ("sort.Slice, <", |a, b| a.0 < b.0),
        ("slices.SortFunc, cmp.Compare", |a, b| a.0 < b.0),
        ("sort.Slice, >", |a, b| a.0 > b.0),
    ];
    let mut compared = 0;
    for (label, keys) in &inputs {
        for (order, less) in orders {
            let line = go_lines
                .next()
                .unwrap_or_else(|| panic!("Go's output ends before {label} ({order})"));
            let theirs: Vec<usize> = line
                .split_whitespace()
                .map(|p| p.parse().expect("a position"))
                .collect();
            let mut tagged: Vec<(u32, usize)> = keys.iter().copied().zip(0..).collect();
            gocrane::gosort::sort_by(&mut tagged, less);
            let ours: Vec<usize> = tagged.iter().map(|&(_, pos)| pos).collect();
            if ours != theirs {
                let at = ours.iter().zip(&theirs).position(|(a, b)| a != b);
                panic!(
                    "{label} ({order}, {} keys): our permutation differs from Go's \
                     (first at {at:?})",
                    keys.len()
                );
            }
            compared += 1;
        }
    }
    assert_eq!(go_lines.next(), None, "Go printed more lines than expected");
    assert_eq!(compared, 3 * inputs.len());
}

/// The inputs of `gosort_matches_go`, each with a label for messages.
fn gosort_inputs() -> Vec<(String, Vec<u32>)> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut random = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as u32
    };
    let mut inputs = Vec::new();
    for len in 0..=200u32 {
        let keys = (0..len).map(|_| random() % 3).collect();
        inputs.push((format!("random keys 0..3, length {len}"), keys));
        let distinct = 1 + len / 10;
        let keys = (0..len).map(|_| random() % distinct).collect();
        inputs.push((format!("random keys 0..{distinct}, length {len}"), keys));
    }
    for len in [50u32, 51, 64, 200, 1000, 2049, 5000] {
        let patterns: [(&str, Vec<u32>); 6] = [
            ("equal keys", vec![7; len as usize]),
            ("ascending groups", (0..len).map(|i| i / 7).collect()),
            (
                "descending groups",
                (0..len).map(|i| (len - i) / 7).collect(),
            ),
            ("organ pipe", (0..len).map(|i| i.min(len - i) / 3).collect()),
            ("sawtooth", (0..len).map(|i| i % 17).collect()),
            (
                "McIlroy's adversary",
                gocrane::gosort::adversary(len as usize),
            ),
        ];
        for (name, keys) in patterns {
            inputs.push((format!("{name}, length {len}"), keys));
        }
        let mut nearly: Vec<u32> = (0..len).map(|i| i / 3).collect();
        for at in [len / 10, len / 3 + 5, len - 3] {
            nearly.swap(at as usize, at as usize + 1);
        }
        inputs.push((format!("nearly sorted, length {len}"), nearly));
    }
    for (len, distinct) in [(3000, 5), (4096, 100), (4500, 2)] {
        let keys = (0..len).map(|_| random() % distinct).collect();
        inputs.push((format!("random keys 0..{distinct}, length {len}"), keys));
    }
    inputs
}

/// Printing into a pipe its reader closed (`gocrane nm x | head -1`) ends gocrane quietly,
/// by SIGPIPE, as it ends go tool nm: no panic, no message.
#[test]
fn nm_into_a_closed_pipe_ends_quietly() {
    let dir = scratch("nm-pipe");
    let exe = dir.join("m");
    let example = repo_root().join("examples/methods.go");
    let (code, _, err) = gocrane(
        &[
            "build",
            "-o",
            exe.to_str().unwrap(),
            example.to_str().unwrap(),
        ],
        &dir,
    );
    assert_eq!(code, 0, "{err}");
    let script = format!(
        "{} nm {} | head -1 >/dev/null",
        env!("CARGO_BIN_EXE_gocrane"),
        exe.display()
    );
    let out = Command::new("sh")
        .args(["-c", &script])
        .output()
        .expect("sh");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stderr, "", "gocrane wrote to stderr");
}

#[test]
fn nm_dump_shows_bytes_and_relocations() {
    let dir = scratch("nm-dump");
    let obj = dir.join("x.o");
    let src = dir.join("x.go");
    std::fs::write(
        &src,
        "package main\n\nvar p *int\n\nfunc main() {\n\tpanic(\"boom\")\n}\n",
    )
    .unwrap();
    let (code, _, err) = gocrane(&["build", "--emit", "obj", "-o", "x.o", "x.go"], &dir);
    assert_eq!(code, 0, "{err}");
    let o = obj.to_str().unwrap();

    let (code, out, err) = gocrane(&["nm", "--dump", "go:string.\"boom\"", o], &dir);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "go:string.\"boom\" size=4 section=.rodata\n\t0x0000 62 6f 6f 6d                                      boom\n");

    // panic's argument is an interface{} holding a read-only static string header, which
    // points at the string data: a relocation, named as gc names it.
    let (code, out, err) = gocrane(&["nm", "--dump", "main..stmp_0", o], &dir);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("main..stmp_0 size=16 section=.rodata"),
        "{out}"
    );
    assert!(
        out.contains("\trel 0+8 t=R_ADDR go:string.\"boom\"+0\n"),
        "{out}"
    );

    // Code: pc-relative addends in gc's convention, as in the -S listing.
    let (code, out, _) = gocrane(&["nm", "--dump", "main.main", o], &dir);
    assert_eq!(code, 0);
    assert!(out.contains("+4 t=R_CALL runtime.gopanic+0\n"), "{out}");
    assert!(out.contains("t=R_PCREL main..stmp_0+0\n"), "{out}");
    let (_, listing, _) = gocrane(
        &[
            "build",
            "-S",
            "--func",
            "main.main",
            "-o",
            "/dev/null",
            "x.go",
        ],
        &dir,
    );
    let listed: Vec<&str> = listing
        .lines()
        .filter(|l| l.starts_with("\trel "))
        .collect();
    let dumped: Vec<&str> = out.lines().filter(|l| l.starts_with("\trel ")).collect();
    assert_eq!(
        listed, dumped,
        "-S and nm --dump name the code's relocations alike"
    );

    // .bss: a size and no bytes.
    let (code, out, _) = gocrane(&["nm", "--dump", "main.p", o], &dir);
    assert_eq!(code, 0);
    assert_eq!(out, "main.p size=8 section=.bss\n");

    let (code, _, err) = gocrane(&["nm", "--dump", "no.such", o], &dir);
    assert_eq!(code, 1);
    assert!(err.contains("no defined symbol \"no.such\""), "{err}");
    let (code, _, err) = gocrane(&["nm", src.to_str().unwrap()], &dir);
    assert_eq!(code, 1);
    assert!(err.contains("not an ELF object or executable"), "{err}");
}

/// Issue 4's check: `gocrane nm --dump 'go:itab.main.Adder,main.Mather'` on the Mather/Adder
/// example prints the itab's 40 bytes and its relocations, the same bytes and relocations as
/// gc's `-S` listing of that symbol (gc's weak `Fun` relocations, `RelocType(-32767)`, are
/// ordinary absolute ones in an ELF object, hence `R_ADDR`), on both architectures.
#[test]
fn nm_dump_itab_matches_gc() {
    let dir = scratch("nm-itab");
    let example = repo_root().join("examples/mather.go");
    let theirs = Command::new(repo_root().join("scripts/go"))
        .args(["build", "-gcflags=-S", "-o", "/dev/null"])
        .arg(&example)
        .output()
        .expect("the gc oracle (scripts/go; run scripts/setup.sh)");
    assert!(theirs.status.success());
    let listing = String::from_utf8_lossy(&theirs.stderr).into_owned();
    let name = "go:itab.main.Adder,main.Mather";
    let mut gc_lines = listing
        .lines()
        .skip_while(|l| !l.starts_with(&format!("{name} SRODATA dupok size=40 ")))
        .skip(1)
        .take_while(|l| l.starts_with('\t'))
        .map(|l| l.replace("t=RelocType(-32767)", "t=R_ADDR"))
        .collect::<Vec<_>>();
    gc_lines.insert(0, format!("{name} size=40 section=.go.type"));
    assert_eq!(
        gc_lines.len(),
        1 + 3 + 4,
        "gc's listing of {name}:\n{listing}"
    );
    for target in ["x86_64", "aarch64"] {
        let obj = dir.join(format!("{target}.o"));
        let (code, _, err) = gocrane(
            &[
                "build",
                "--target",
                target,
                "--emit",
                "obj",
                "-o",
                obj.to_str().unwrap(),
                example.to_str().unwrap(),
            ],
            &dir,
        );
        assert_eq!(code, 0, "{err}");
        let (code, out, err) = gocrane(&["nm", "--dump", name, obj.to_str().unwrap()], &dir);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.lines().collect::<Vec<_>>(), gc_lines, "{target}");
    }
}
