//! The pass table drives the command line: `--dump-after` accepts exactly the passes that run
//! (the syntax tree after `deadcode`, the IR after the others) and `-d timing` lists every
//! phase and pass in pipeline order.

mod common;

use middle::passes::Pass;

fn gocrane(args: &[&str]) -> (i32, String, String) {
    common::gocrane(args, &common::repo_root())
}

#[test]
fn dump_after_every_pass() {
    for &pass in Pass::ALL {
        let args = [
            "build",
            "-o",
            "/dev/null",
            "--dump-after",
            pass.name(),
            "tests/escape/dead_code.go",
        ];
        let (code, out, err) = gocrane(&args);
        assert_eq!(code, 0, "{}: {err}", pass.name());
        let header = format!("# after {}\n", pass.name());
        assert!(out.starts_with(&header), "{}: {out}", pass.name());
        if pass == Pass::Deadcode {
            // The syntax tree, without what gc never compiles: `sink = 2.5` stays, the other
            // clauses of `switch 3` and the code after `panic("no")` and `return` are gone.
            assert!(out.contains("FuncDecl g"), "{out}");
            assert!(out.contains("BasicLit Float 2.5"), "{out}");
            for dropped in ["1.5", "3.5", "4.5", "5.5", "6.5", "7.5"] {
                assert!(!out.contains(&format!("BasicLit Float {dropped}")), "{out}");
            }
        } else {
            assert!(out.contains("func main.g("), "{out}");
        }
    }
}

#[test]
fn dump_after_unknown_pass_lists_the_passes() {
    let (code, _, err) = gocrane(&["build", "--dump-after", "ssa", "examples/hello.go"]);
    assert_eq!(code, 2, "{err}");
    let names: Vec<&str> = Pass::ALL.iter().map(|p| p.name()).collect();
    assert!(
        err.contains(&format!("unknown pass (passes: {})", names.join(", "))),
        "{err}"
    );
}

#[test]
fn timing_lists_phases_in_order() {
    let args = [
        "build",
        "-o",
        "/dev/null",
        "-d",
        "timing",
        "examples/hello.go",
    ];
    let (code, _, err) = gocrane(&args);
    assert_eq!(code, 0, "{err}");
    let phases: Vec<&str> = err
        .lines()
        .map(|l| l.split_whitespace().next().unwrap_or(""))
        .collect();
    let mut want = vec!["read+parse", "check"];
    want.extend(Pass::ALL.iter().map(|p| p.name()));
    want.extend(["backend", "link"]);
    assert_eq!(phases, want, "{err}");
    for line in err.lines() {
        assert!(line.trim_end().ends_with(" ms"), "{line}");
    }
}
