//! Programs of several packages in a module, built by gocrane and by gc (the oracle) in the same
//! scratch module: exit status, stdout and stderr must be the same — the output of the program
//! when both build it (package initialisation order among them), the go command's and the
//! type checker's errors when neither does (import cycles, imports no module provides,
//! `internal/` packages, unexported and undefined names), and `-m` remarks, which speak of the
//! package named on the command line only.
//!
//! Each case is a set of files written into a fresh directory; `go.mod` declares module
//! `example.com/m`. examples/packages/ is the recorded example of the same features.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(120);

struct Case {
    name: &'static str,
    files: &'static [(&'static str, &'static str)],
    /// What both compilers are asked: `build -o BIN ARG` then run BIN, or `build -m`.
    remarks: bool,
    /// The package argument (`.` or files).
    arg: &'static str,
}

const GO_MOD: &str = "module example.com/m\n\ngo 1.27\n";

const CASES: &[Case] = &[
    Case {
        name: "init_order_is_lexical_among_ready_packages",
        arg: ".",
        remarks: false,
        files: &[
            (
                "main.go",
                "package main\n\nimport (\n\t\"example.com/m/zeta\"\n\t_ \"example.com/m/mid\"\n\t\"example.com/m/alpha\"\n)\n\nvar v = zeta.Z + alpha.A\n\nfunc init() { println(\"main init\", v) }\n\nfunc main() { println(\"main\") }\n",
            ),
            (
                "zeta/z.go",
                "package zeta\n\nimport \"example.com/m/alpha\"\n\nvar Z = alpha.A * 2\n\nfunc init() { println(\"zeta init\", Z) }\n",
            ),
            (
                "alpha/a.go",
                "package alpha\n\nvar A = f()\n\nfunc f() int { println(\"alpha vars\"); return 21 }\n\nfunc init() { println(\"alpha init\") }\n",
            ),
            (
                "mid/m.go",
                "package mid\n\nfunc init() { println(\"mid init\") }\n",
            ),
        ],
    },
    Case {
        name: "package_name_differs_from_directory",
        arg: ".",
        remarks: false,
        files: &[
            (
                "main.go",
                "package main\n\nimport \"example.com/m/v2\"\n\nfunc main() {\n\tvar s geometry.Shape = geometry.Sq{3}\n\tprintln(s.Area())\n}\n",
            ),
            (
                "v2/g.go",
                "package geometry\n\ntype Shape interface{ Area() int }\n\ntype Sq struct{ S int }\n\nfunc (q Sq) Area() int { return q.S * q.S }\n",
            ),
        ],
    },
    Case {
        name: "remarks_are_the_main_packages_only",
        arg: ".",
        remarks: true,
        files: &[
            (
                "main.go",
                "package main\n\nimport \"example.com/m/p\"\n\nfunc main() {\n\tx := p.New(1)\n\tp.Keep(x)\n\tvar i p.I = p.T{2}\n\tprintln(i.M(), p.Sum(3, 4))\n}\n",
            ),
            (
                "p/p.go",
                "package p\n\ntype T struct{ N int }\n\ntype I interface{ M() int }\n\nfunc (t T) M() int { return t.N }\n\nvar kept []*T\n\nfunc New(n int) *T { return &T{n} }\n\nfunc Keep(t *T) { kept = append(kept, t) }\n\nfunc Sum(xs ...int) int {\n\ts := 0\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n",
            ),
        ],
    },
    Case {
        name: "import_cycle",
        arg: "main.go",
        remarks: false,
        files: &[
            (
                "main.go",
                "package main\n\nimport \"example.com/m/a\"\n\nfunc main() { println(a.X) }\n",
            ),
            (
                "a/a.go",
                "package a\n\nimport \"example.com/m/b\"\n\nvar X = b.Y\n",
            ),
            ("b/b.go", "package b\n\nimport \"example.com/m/a\"\n\nvar Y = a.X\n"),
        ],
    },
    Case {
        name: "imports_nothing_provides",
        arg: "main.go",
        remarks: false,
        files: &[(
            "main.go",
            "package main\n\nimport (\n\t\"example.com/m/missing\"\n\t\"github.com/x/y\"\n\t\"foo/bar\"\n)\n\nfunc main() { missing.F(); y.G(); bar.H() }\n",
        )],
    },
    Case {
        name: "internal_package_of_another_tree",
        arg: "main.go",
        remarks: false,
        files: &[
            (
                "main.go",
                "package main\n\nimport \"example.com/m/b\"\n\nfunc main() { println(b.F()) }\n",
            ),
            (
                "b/b.go",
                "package b\n\nimport \"example.com/m/a/internal/x\"\n\nfunc F() int { return x.X }\n",
            ),
            ("a/internal/x/x.go", "package x\n\nconst X = 1\n"),
        ],
    },
    Case {
        name: "internal_packages_imported_by_the_main_package",
        arg: "main.go",
        remarks: false,
        files: &[
            (
                "main.go",
                "package main\n\nimport (\n\t\"example.com/m/x/internal/y\"\n\t\"internal/oserror\"\n)\n\nfunc main() { println(y.Y, oserror.ErrClosed) }\n",
            ),
            ("x/internal/y/y.go", "package y\n\nconst Y = 1\n"),
        ],
    },
    Case {
        name: "missing_import_of_a_dependency",
        arg: ".",
        remarks: false,
        files: &[
            (
                "main.go",
                "package main\n\nimport \"example.com/m/dep\"\n\nfunc main() { println(dep.X) }\n",
            ),
            (
                "dep/dep.go",
                "package dep\n\nimport \"example.com/m/nothere\"\n\nvar X = nothere.X\n",
            ),
        ],
    },
    Case {
        name: "a_directory_outside_the_module",
        arg: "../outside",
        remarks: false,
        files: &[
            ("main.go", "package main\n\nfunc main() {}\n"),
            ("../outside/o.go", "package main\n\nfunc main() {}\n"),
        ],
    },
    Case {
        name: "a_directory_that_does_not_exist",
        arg: "./nothere",
        remarks: false,
        files: &[("main.go", "package main\n\nfunc main() {}\n")],
    },
    Case {
        name: "names_of_an_imported_package",
        arg: "main.go",
        remarks: false,
        files: &[
            (
                "main.go",
                "package main\n\nimport (\n\t\"example.com/m/p\"\n\t\"example.com/m/q\"\n)\n\nfunc main() { println(p.count, p.hidden, p.Nope) }\n",
            ),
            (
                "p/p.go",
                "package p\n\nvar Count = 1\n\nvar hidden = 2\n\nfunc use() int { return hidden }\n",
            ),
            ("q/q.go", "package q\n\nconst Q = 1\n"),
        ],
    },
    Case {
        name: "errors_in_an_imported_package",
        arg: ".",
        remarks: false,
        files: &[
            (
                "main.go",
                "package main\n\nimport \"example.com/m/p\"\n\nfunc main() { println(p.F()) }\n",
            ),
            ("p/p.go", "package p\n\nfunc F() int { return \"x\" }\n"),
        ],
    },
    Case {
        name: "build_constraints",
        arg: ".",
        remarks: false,
        files: &[
            (
                "main.go",
                "package main\n\nimport \"example.com/m/arch\"\n\nfunc main() { println(arch.Name, arch.Unix, arch.Old) }\n",
            ),
            ("arch/arch_amd64.go", "package arch\n\nconst Name = \"amd64\"\n"),
            ("arch/arch_arm64.go", "package arch\n\nconst Name = \"arm64\"\n"),
            ("arch/arch_windows.go", "package arch\n\nthis is not Go\n"),
            ("arch/arch_linux_386.go", "package arch\n\nconst Name = \"386\"\n"),
            (
                "arch/unix.go",
                "// Copyright notice.\n\n//go:build unix && (linux || darwin) && gc && go1.21\n\npackage arch\n\nconst Unix = true\n",
            ),
            (
                "arch/gen.go",
                "//go:build ignore\n\npackage main\n\nfunc main() {}\n",
            ),
            (
                "arch/old.go",
                "//go:build !go1.99 && !cgo\n\npackage arch\n\nconst Old = 1\n",
            ),
        ],
    },
];

/// Writes the case into a fresh module directory.
fn write_case(case: &Case, test: &str) -> std::path::PathBuf {
    let dir = scratch(test, Path::new(case.name)).join("module");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch module");
    std::fs::write(dir.join("go.mod"), GO_MOD).expect("go.mod");
    for (name, text) in case.files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("package dir");
        std::fs::write(&path, text).expect("file");
    }
    dir
}

/// Builds (and runs) the case with `compiler`, rendering the outcome in the recording format.
fn outcome(compiler: &Path, dir: &Path, case: &Case, gc: bool) -> Result<String, String> {
    let scratch = dir.parent().expect("scratch");
    let binary = scratch.join(if gc { "gc-prog" } else { "prog" });
    let mut build = Command::new(compiler);
    build.current_dir(dir).arg("build");
    match case.remarks {
        true if gc => build.args(["-gcflags=-m -l", "-o", "/dev/null"]),
        true => build.args(["-m", "-o", "/dev/null"]),
        false => build.arg("-o").arg(&binary),
    };
    build.arg(case.arg);
    let built = run(
        build,
        LIMIT,
        &scratch.join(if gc { "gc-build" } else { "build" }),
    )?;
    let stderr = match gc {
        true => normalise_gc_diagnostics(&built.stderr),
        false => built.stderr.clone(),
    };
    if !built.success() || case.remarks {
        return Ok(render(&built.exit, &built.stdout, &stderr));
    }
    let mut prog = Command::new(&binary);
    for var in GO_RUNTIME_ENV {
        prog.env_remove(var);
    }
    let ran = run(
        prog,
        LIMIT,
        &scratch.join(if gc { "gc-run" } else { "run" }),
    )?;
    Ok(render(
        &ran.exit,
        &ran.stdout,
        &normalise_run_stderr(&ran.stderr),
    ))
}

#[test]
fn multi_package_programs_behave_as_under_gc() {
    let go = oracle();
    let gocrane = Path::new(env!("CARGO_BIN_EXE_gocrane"));
    let mut failures = Vec::new();
    for case in CASES {
        let dir = write_case(case, "packages");
        let expected = outcome(&go, &dir, case, true).expect("gc runs");
        let actual = outcome(gocrane, &dir, case, false).expect("gocrane runs");
        if actual != expected {
            failures.push(format!("==== {}\n{}", case.name, diff(&expected, &actual)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from gc:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// The same module built for arm64 initialises its packages in the same order.
#[test]
fn package_initialisation_on_arm64() {
    let case = &CASES[0];
    let dir = write_case(case, "packages-arm64");
    let scratch = dir.parent().expect("scratch").to_path_buf();
    let binary = scratch.join("prog-arm64");
    let mut build = Command::new(env!("CARGO_BIN_EXE_gocrane"));
    build
        .current_dir(&dir)
        .args(["build", "--target", "aarch64", "-o"])
        .arg(&binary)
        .arg(".");
    let built = run(build, LIMIT, &scratch.join("build-arm64")).expect("gocrane runs");
    assert!(built.success(), "build failed:\n{}", built.stderr);
    let mut qemu = Command::new("qemu-aarch64");
    qemu.args(["-L", "/usr/aarch64-linux-gnu"]).arg(&binary);
    let ran = run(qemu, LIMIT, &scratch.join("run-arm64")).expect("qemu runs");
    let expected = "alpha vars\nalpha init\nmid init\nzeta init 42\nmain init 63\nmain\n";
    assert_eq!(ran.stderr, expected, "println writes to stderr");
}
