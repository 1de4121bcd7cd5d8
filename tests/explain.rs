//! `gocrane explain`: the conversion sites of examples, with their lowering, allocation and
//! remark, as snapshots; `--func` narrows them to one function; `--json` carries the same.

mod common;

use std::process::Command;

fn explain(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_gocrane"))
        .current_dir(common::repo_root())
        .arg("explain")
        .args(args)
        .output()
        .expect("run gocrane explain");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn examples_explained() {
    for example in ["empty_interface", "direct_iface", "iface_layout"] {
        let text = explain(&[&format!("examples/{example}.go")]);
        insta::assert_snapshot!(format!("explain_{example}"), text);
    }
}

#[test]
fn func_and_json_narrow_and_carry_the_same_sites() {
    let all = explain(&["examples/empty_interface.go"]);
    let main = explain(&["--func", "^main\\.main$", "examples/empty_interface.go"]);
    assert!(!main.is_empty() && main.len() < all.len());
    let json: serde_json::Value =
        serde_json::from_str(&explain(&["--json", "examples/empty_interface.go"])).expect("JSON");
    let sites = json.as_array().expect("a list");
    // Two lines a site, and one more per flow of a site that escapes.
    let whys = all.lines().filter(|l| l.starts_with("\twhy: ")).count();
    assert_eq!(sites.len(), (all.lines().count() - whys) / 2);
    let json_whys: usize = sites
        .iter()
        .map(|s| s["why"].as_array().map_or(0, |w| w.len()))
        .sum();
    assert_eq!(json_whys, whys);
    assert!(whys > 0, "escaping sites say why");
    assert!(sites.iter().any(|s| s["lowering"]
        .as_str()
        .is_some_and(|l| l.contains("runtime.convT64"))));
}

/// Every example (and every library test program) can be explained.
#[test]
fn every_example_is_explained() {
    for program in common::examples() {
        let dir = common::build_dir(&program);
        let arg = match program.is_dir() {
            true => ".".to_string(),
            false => program.file_name().unwrap().to_string_lossy().into_owned(),
        };
        let out = Command::new(env!("CARGO_BIN_EXE_gocrane"))
            .current_dir(dir)
            .args(["explain", &arg])
            .output()
            .expect("run gocrane explain");
        assert!(
            out.status.success(),
            "{}: {}",
            program.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
