//! Golden tests of the type checker.
//!
//! * `check/*.go` are invalid programs: each starts with a comment holding what gc 1.27.3
//!   prints for it (`go build`, path prefix `./` removed); the snapshot holds `----- SOURCE`
//!   and `----- ERRORS` (gocrane's rendering), which must equal that comment.
//! * `check_ok/*.go` are valid programs that must check without errors.

use frontend::check::check;
use frontend::diag::render;
use frontend::parse::{parse_file, NodeIdGen};
use frontend::source::SourceMap;

/// Parses and checks one file; the rendered diagnostics (empty when valid).
fn check_source(name: &str, src: &str) -> String {
    let mut map = SourceMap::default();
    let id = map.add(name, src);
    let mut ids = NodeIdGen::new();
    let file = match parse_file(&map, id, &mut ids) {
        Ok(f) => f,
        Err(d) => return format!("PARSE ERRORS\n{}", render(&map, &d)),
    };
    match check(&mut map, &[file], &mut ids) {
        Ok(_) => String::new(),
        Err(d) => render(&map, &d),
    }
}

/// The gc output recorded in the leading `//` comment block (after a `gc:` line).
fn expected_from_comment(src: &str) -> Option<String> {
    let mut out = String::new();
    let mut in_block = false;
    for line in src.lines() {
        let Some(rest) = line.strip_prefix("//") else {
            break;
        };
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        if rest.trim() == "gc:" {
            in_block = true;
            continue;
        }
        if in_block {
            out.push_str(rest);
            out.push('\n');
        }
    }
    in_block.then_some(out)
}

#[test]
fn golden_errors() {
    insta::glob!("check/*.go", |path| {
        let src = std::fs::read_to_string(path).expect("readable test input");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("x.go");
        let out = check_source(name, &src);
        if let Some(want) = expected_from_comment(&src) {
            assert_eq!(out, want, "{name}: gocrane's errors differ from gc's");
        }
        insta::with_settings!({snapshot_path => "check/snapshots", prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!(format!("----- SOURCE\n{src}\n----- ERRORS\n{out}"));
        });
    });
}

#[test]
fn valid_programs_check() {
    insta::glob!("check_ok/*.go", |path| {
        let src = std::fs::read_to_string(path).expect("readable test input");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("x.go");
        assert_eq!(
            check_source(name, &src),
            "",
            "{name} should check without errors"
        );
    });
}

/// Development aid: `GOCRANE_CHECK=path cargo test -p frontend --test check -- --ignored`
/// prints gocrane's diagnostics for any file.
#[test]
#[ignore]
fn check_file_from_env() {
    let Ok(path) = std::env::var("GOCRANE_CHECK") else {
        return;
    };
    let src = std::fs::read_to_string(&path).expect("readable file");
    let mut map = SourceMap::default();
    let id = map.add(path.as_str(), src);
    let mut ids = NodeIdGen::new();
    let file = match parse_file(&map, id, &mut ids) {
        Ok(f) => f,
        Err(d) => return print!("PARSE ERRORS\n{}", render(&map, &d)),
    };
    if let Err(d) = check(&mut map, &[file], &mut ids) {
        print!("{}", render_like_gc(&map, &d));
    }
}

/// gc's reporting rule (cmd/compile/internal/base): errors are counted in the order they are
/// reported, skipping one equal to the previous on the same line; at the 10th, the ones so
/// far are printed sorted by position, then `<pos of the 10th>: too many errors`.
fn render_like_gc(map: &SourceMap, diags: &[frontend::diag::Diagnostic]) -> String {
    let mut kept: Vec<&frontend::diag::Diagnostic> = Vec::new();
    let mut too_many = None;
    for d in diags {
        if let Some(last) = kept.last() {
            if map.line(last.span) == map.line(d.span) && last.message == d.message {
                continue;
            }
        }
        kept.push(d);
        if kept.len() >= 10 {
            too_many = Some(d.span);
            break;
        }
    }
    let mut out = render(map, &kept.into_iter().cloned().collect::<Vec<_>>());
    if let Some(at) = too_many {
        if out.ends_with("too many errors\n") {
            out.truncate(out.len() - "too many errors\n".len());
        }
        out.push_str(&format!("{}: too many errors\n", map.position(at)));
    }
    out
}
