//! `-gcflags` in the go command's spelling: `-gcflags='-m -l'` prints what `-m` prints,
//! `-gcflags=-N` (no optimisation) builds a program that behaves the same, `-gcflags -S`
//! lists the code, and an unsupported flag is an error naming it.

mod common;

use std::process::Command;

fn gocrane(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gocrane"))
        .current_dir(common::repo_root())
        .args(args)
        .output()
        .expect("run gocrane")
}

#[test]
fn gcflags_spellings_do_what_gocranes_own_flags_do() {
    let example = "examples/closures.go";
    let m = gocrane(&["build", "-m", "-o", "/dev/null", example]);
    let g = gocrane(&["build", "-gcflags=-m -l", "-o", "/dev/null", example]);
    assert!(g.status.success());
    assert!(!m.stderr.is_empty());
    assert_eq!(m.stderr, g.stderr);

    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("gcflags");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let outputs: Vec<Vec<u8>> = [None, Some("-gcflags=-N")]
        .into_iter()
        .map(|flag| {
            let exe = dir.join(format!("closures{}", flag.is_some()));
            let mut args = vec!["build", "-o", exe.to_str().expect("UTF-8")];
            args.extend(flag);
            args.push(example);
            assert!(gocrane(&args).status.success());
            Command::new(&exe).output().expect("run").stdout
        })
        .collect();
    assert_eq!(outputs[0], outputs[1]);

    let s = gocrane(&[
        "build",
        "-gcflags",
        "-S",
        "-o",
        "/dev/null",
        "examples/hello.go",
    ]);
    assert!(String::from_utf8_lossy(&s.stdout).contains("main.main STEXT"));

    let bad = gocrane(&[
        "build",
        "-gcflags=-B",
        "-o",
        "/dev/null",
        "examples/hello.go",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("does not support -B"));
}
