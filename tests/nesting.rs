//! Depth of input is the user's to choose: 100,000 levels of nested expressions, statements,
//! calls, selectors, index expressions and parentheses are valid Go that gc compiles, and
//! gocrane must compile them too — never overflow its stack. Types nested in types (12 levels
//! of three fields each, 28 anonymous structs, 22 embedded types) must compile in time linear
//! in the number of types; 200,000 constant strings joined by `+` in memory linear in their
//! number. Each program is generated, built with `gocrane build` and run; it
//! must print what gc's build prints.
//!
//! Not here yet: 100,000 nested composite literals (`[]any{[]any{…}}`) and 100,000 nested
//! `if` blocks build correctly but slowly (escape analysis' walk is quadratic in the chain, as
//! gc's is; gc 1.27.3 itself takes about 7 minutes on the nested `if`s), so they are checked at
//! 5,000 levels.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const LEVELS: usize = 100_000;
const BUILD_LIMIT: Duration = Duration::from_secs(120);

/// (name, program, what it prints on stderr).
fn programs() -> Vec<(&'static str, String, String)> {
    let n = LEVELS;
    let small = 5_000;
    vec![
        (
            "add",
            format!(
                "package main\n\nfunc main() {{\n\tx := 1\n\ty := {}\n\tprintln(y)\n}}\n",
                vec!["x"; n].join("+")
            ),
            format!("{n}\n"),
        ),
        (
            "unary",
            format!(
                "package main\n\nfunc main() {{\n\tx := 1\n\tprintln({}x)\n}}\n",
                "- ".repeat(n)
            ),
            "1\n".into(),
        ),
        (
            "paren",
            format!(
                "package main\n\nfunc main() {{\n\tx := {}1{}\n\tprintln(x)\n}}\n",
                "(".repeat(n),
                ")".repeat(n)
            ),
            "1\n".into(),
        ),
        (
            "call",
            format!(
                "package main\n\nfunc f(x int) int {{ return x + 1 }}\n\n\
                 func main() {{\n\tprintln({}0{})\n}}\n",
                "f(".repeat(n),
                ")".repeat(n)
            ),
            format!("{n}\n"),
        ),
        (
            "selector",
            format!(
                "package main\n\ntype S struct {{\n\ts *S\n\tv int\n}}\n\n\
                 func main() {{\n\tvar s S\n\ts.v = 7\n\ts.s = &s\n\tprintln(s{}.v)\n}}\n",
                ".s".repeat(n)
            ),
            "7\n".into(),
        ),
        (
            "index",
            format!(
                "package main\n\ntype T []T\n\n\
                 func main() {{\n\tt := T{{nil}}\n\tt[0] = t\n\tprintln(len(t{}))\n}}\n",
                "[0]".repeat(n)
            ),
            "1\n".into(),
        ),
        (
            "for",
            format!(
                "package main\n\nfunc main() {{\n\tn := 0\n{}n++\nbreak\n{}}}\n\tprintln(n)\n}}\n",
                "for {\n".repeat(n),
                "}\nbreak\n".repeat(n - 1)
            ),
            "1\n".into(),
        ),
        (
            "block",
            format!(
                "package main\n\nfunc main() {{\n\tn := 0\n{}n++\n{}\tprintln(n)\n}}\n",
                "{\n".repeat(n),
                "}\n".repeat(n)
            ),
            "1\n".into(),
        ),
        (
            "if",
            format!(
                "package main\n\nfunc main() {{\n\tn := 0\n{}n++\n{}\tprintln(n)\n}}\n",
                "if n >= 0 {\n".repeat(small),
                "}\n".repeat(small)
            ),
            "1\n".into(),
        ),
        (
            "literal",
            format!(
                "package main\n\nfunc main() {{\n\tx := {}1{}\n\tprintln(len(x))\n}}\n",
                "[]any{".repeat(small),
                "}".repeat(small)
            ),
            "1\n".into(),
        ),
        // Types nested inside types: their sizes and layouts must be computed once per
        // type, not once per path (3^11 paths through `S0{a, b, c S1}` … `S11`).
        (
            "struct_types",
            {
                let mut s = String::from("package main\n\n");
                for i in 0..11 {
                    s += &format!("type S{i} struct{{ a, b, c S{} }}\n", i + 1);
                }
                s += "type S11 struct{ x int }\n\nfunc main() {\n\tvar s S0\n";
                s += &format!("\ts{}.x = 4\n", ".a".repeat(11));
                s += &format!(
                    "\tprintln(s{}.x + s{}.x)\n}}\n",
                    ".a".repeat(11),
                    ".c".repeat(11)
                );
                s
            },
            "4\n".into(),
        ),
        (
            "anonymous_structs",
            format!(
                "package main\n\nfunc main() {{\n\tvar s {}int{}\n\tprintln(s{})\n}}\n",
                "struct{ a ".repeat(28),
                " }".repeat(28),
                ".a".repeat(28)
            ),
            "0\n".into(),
        ),
        (
            "embedded_types",
            {
                let mut s = String::from("package main\n\n");
                for i in 0..21 {
                    s += &format!("type E{i} struct {{\n\tE{}\n\tf{i} int\n}}\n", i + 1);
                }
                s += "type E21 struct{ x int }\n\nfunc (E21) M() int { return 7 }\n\n";
                s += "func main() {\n\tvar e E0\n\tprintln(e.x, e.M())\n}\n";
                s
            },
            "0 7\n".into(),
        ),
        // Constant strings joined by 200,000 `+`: joined once, not at every operand (which
        // would copy 40 GB).
        (
            "string_concat",
            format!(
                "package main\n\nconst s = {}\n\nfunc main() {{\n\tprintln(len(s), s[399996:])\n}}\n",
                vec!["\"ab\""; 2 * LEVELS].join(" + ")
            ),
            format!("{} abab\n", 4 * LEVELS),
        ),
        // Only numeric literals have a length limit (types2's 10,000 characters).
        (
            "long_string",
            format!(
                "package main\n\nconst long = \"{}\"\n\nfunc main() {{\n\tprintln(len(long), long[19998:])\n}}\n",
                "ab".repeat(10_000)
            ),
            "20000 ab\n".into(),
        ),
    ]
}

fn check(name: &str, source: &str, want: &str) -> Result<(), String> {
    let dir = scratch("nesting", Path::new(&format!("{name}.go")));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join(format!("{name}.go"));
    std::fs::write(&file, source).map_err(|e| e.to_string())?;
    let binary = dir.join(name);
    let mut build = Command::new(env!("CARGO_BIN_EXE_gocrane"));
    build.arg("build").arg("-o").arg(&binary).arg(&file);
    let built = run(build, BUILD_LIMIT, &dir.join("build"))?;
    if !built.success() {
        return Err(format!(
            "gocrane build exited {}:\n{}",
            built.exit,
            indent(&built.stderr)
        ));
    }
    let ran = run(
        Command::new(&binary),
        Duration::from_secs(20),
        &dir.join("run"),
    )?;
    let expected = render("0", "", want);
    let actual = render(&ran.exit, &ran.stdout, &ran.stderr);
    if actual == expected {
        Ok(())
    } else {
        Err(diff(&expected, &actual))
    }
}

#[test]
fn deeply_nested_programs_compile() {
    let programs = programs();
    let results = map_parallel(&programs, workers(), |(name, source, want)| {
        let result = check(name, source, want);
        eprintln!(
            "{name} ... {}",
            if result.is_ok() { "ok" } else { "FAILED" }
        );
        result
    });
    let failures: Vec<_> = programs
        .iter()
        .zip(results)
        .filter_map(|((name, ..), r)| r.err().map(|msg| (name.into(), msg)))
        .collect();
    report("deeply nested programs", programs.len(), &failures);
}
