//! `gocrane compare` against the gc oracle (`$GOCRANE_GO` set to `scripts/go`): for every
//! example, the same behaviour, the same escape-analysis remarks and the same conversion
//! lowerings line by line (gc's read from its `-S`), reported as JSON; a program whose
//! behaviour differs (it prints its binary's size) is reported as different, exit status 1.

mod common;

use std::process::Command;

fn compare(args: &[&str]) -> (i32, serde_json::Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_gocrane"))
        .current_dir(common::repo_root())
        .env("GOCRANE_GO", common::oracle())
        .arg("compare")
        .args(args)
        .arg("--json")
        .output()
        .expect("run gocrane compare");
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{args:?}: not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap_or(-1), json)
}

#[test]
fn every_example_compares_equal_with_gc() {
    let examples = common::go_files("examples");
    let mut converting = 0;
    for example in &examples {
        let example = example.strip_prefix(common::repo_root()).unwrap_or(example);
        let example = example.to_str().expect("UTF-8");
        let (code, report) = compare(&[example]);
        assert_eq!(report["behaviour"]["same"], true, "{example}: {report:#}");
        assert_eq!(code, 0, "{example}");
        let only_gc = report["escape"]["only_gc"].as_array().expect("a list");
        let only_ours = report["escape"]["only_gocrane"].as_array().expect("a list");
        assert!(
            only_gc.is_empty() && only_ours.is_empty(),
            "{example}: {report:#}"
        );
        let lines = report["conversions"].as_array().expect("a list");
        for line in lines {
            assert_eq!(line["same"], true, "{example}: {line:#}");
        }
        // Every function of the program under both compilers, with its size.
        let functions = report["functions"].as_array().expect("a list");
        let main = functions
            .iter()
            .find(|f| f["name"] == "main.main")
            .unwrap_or_else(|| panic!("{example}: no main.main: {report:#}"));
        for side in ["gc", "gocrane"] {
            assert!(
                main[side]["size"].as_u64().unwrap_or(0) > 0,
                "{example}: {main:#}"
            );
            assert!(
                main[side]["instructions"].as_u64().unwrap_or(0) > 0,
                "{example}: {main:#}"
            );
        }
        let symbols = |l: &serde_json::Value| !l["gc"].as_array().expect("a list").is_empty();
        converting += usize::from(lines.iter().any(symbols));
    }
    // The comparison sees conversions: examples convert with a runtime call or a static
    // symbol (18 of 85 today).
    assert!(converting >= 15, "{converting} of {}", examples.len());
}

#[test]
fn a_different_behaviour_is_reported() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("compare");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let file = dir.join("which.go");
    // gocrane's runtime.Version is gc's, but a program can tell the binaries apart by size.
    std::fs::write(
        &file,
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tst, _ := os.Stat(os.Args[0])\n\tfmt.Println(st.Size())\n}\n",
    )
    .expect("write");
    let (code, report) = compare(&[file.to_str().expect("UTF-8")]);
    assert_eq!(report["behaviour"]["same"], false, "{report:#}");
    assert_eq!(code, 1);
}

/// `--listings` prints each function's listings side by side: each source line once, with its
/// text, then gc's instructions on the left and gocrane's on the right, in columns of
/// `$COLUMNS`; both compilers' calls of the runtime's map functions show at their lines.
#[test]
fn listings_are_side_by_side_by_source_line() {
    let out = Command::new(env!("CARGO_BIN_EXE_gocrane"))
        .current_dir(common::repo_root())
        .env("GOCRANE_GO", common::oracle())
        .env("COLUMNS", "100")
        .args(["compare", "--func", "^main.counts$", "--listings"])
        .arg("tests/asmcheck/maps.go")
        .output()
        .expect("run gocrane compare");
    let text = String::from_utf8_lossy(&out.stdout);
    let start = text
        .find("\nmain.counts (gc: ")
        .expect("the function's header");
    let listing = &text[start..];
    let line = "  maps.go:13: m[w]++";
    assert_eq!(listing.matches(line).count(), 1, "{listing}");
    let after = &listing[listing.find(line).expect("the line") + line.len()..];
    let rows: Vec<&str> = after
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("    "))
        .collect();
    let call = "CALL runtime.mapassign_faststr(SB)";
    assert!(
        rows.iter().any(|r| {
            let (gc, ours) = r.split_once(" | ").expect("two columns");
            gc.trim() == call && ours.trim() == call
        }),
        "{listing}"
    );
    // Two columns of 48 characters and the separator.
    assert!(rows.iter().all(|r| r.find(" | ") == Some(52)), "{listing}");
    // Source lines come in order.
    let lines: Vec<u32> = listing
        .lines()
        .filter_map(|l| l.strip_prefix("  maps.go:"))
        .filter_map(|l| l.split(':').next()?.parse().ok())
        .collect();
    assert!(lines.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
}

/// With no gc to be found (no `GOCRANE_GO`, no `go` on `PATH`), compare installs gc 1.27.3
/// from PyPI into gocrane's cache directory, saying so, and uses it; the next run finds it
/// there.
#[test]
fn gc_is_installed_into_the_cache_when_missing() {
    let cache = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("compare-provision");
    let _ = std::fs::remove_dir_all(&cache);
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_gocrane"))
            .current_dir(common::repo_root())
            .env_remove("GOCRANE_GO")
            .env("PATH", "/usr/bin:/bin")
            .env("GOCRANE_CACHE", &cache)
            .args(["compare", "examples/hello.go"])
            .output()
            .expect("run gocrane compare")
    };
    let first = run();
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert!(first.status.success(), "{stderr}");
    assert!(
        stderr.contains("installing gc go1.27.3 (there is no go on PATH)"),
        "{stderr}"
    );
    let report = String::from_utf8_lossy(&first.stdout);
    assert!(report.contains("behaviour: the same"), "{report}");
    let second = run();
    assert!(second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).is_empty());
}
