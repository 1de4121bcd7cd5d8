//! Golden tests of the parser: every `parse/*.go` is parsed and its AST printed
//! (`----- SOURCE` / `----- AST`); every `parse_errors/*.go` must fail with gc's diagnostics
//! (`----- SOURCE` / `----- ERRORS`). Each error input states at its top what gc 1.27.3 prints.

use frontend::ast_print::print_file;
use frontend::diag::render;
use frontend::parse::{parse_file, NodeIdGen};
use frontend::source::SourceMap;

fn load(path: &std::path::Path) -> (SourceMap, frontend::source::FileId) {
    let bytes = std::fs::read(path).expect("readable test input");
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("x.go")
        .to_string();
    let mut map = SourceMap::default();
    let id = map.add(name, frontend::lexer::source_text(&bytes));
    (map, id)
}

#[test]
fn golden_ast() {
    insta::glob!("parse/*.go", |path| {
        let (map, id) = load(path);
        let mut ids = NodeIdGen::new();
        let out = match parse_file(&map, id, &mut ids) {
            Ok(file) => print_file(&map, &file),
            Err(d) => format!("UNEXPECTED ERRORS\n{}", render(&map, &d)),
        };
        let src = &map.file(id).text;
        insta::with_settings!({snapshot_path => "parse/snapshots", prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!(format!("----- SOURCE\n{src}\n----- AST\n{out}"));
        });
    });
}

#[test]
fn golden_errors() {
    insta::glob!("parse_errors/*.go", |path| {
        let (map, id) = load(path);
        let mut ids = NodeIdGen::new();
        let out = match parse_file(&map, id, &mut ids) {
            Ok(_) => "UNEXPECTEDLY PARSED\n".to_string(),
            Err(d) => render(&map, &d),
        };
        let src = &map.file(id).text;
        insta::with_settings!({snapshot_path => "parse_errors/snapshots", prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!(format!("----- SOURCE\n{src}\n----- ERRORS\n{out}"));
        });
    });
}

/// Ids are unique across files parsed with one generator.
#[test]
fn node_ids_are_shared_across_files() {
    let mut map = SourceMap::default();
    let a = map.add("a.go", "package main\nvar x = 1 + 2\n");
    let b = map.add("b.go", "package main\nvar y = 3\n");
    let mut ids = NodeIdGen::new();
    let fa = parse_file(&map, a, &mut ids).expect("a parses");
    let fb = parse_file(&map, b, &mut ids).expect("b parses");
    let mut seen = std::collections::HashSet::new();
    for f in [&fa, &fb] {
        seen.insert(f.package.id);
        for d in &f.decls {
            if let frontend::ast::Decl::Var(specs) = d {
                for s in specs {
                    for n in &s.names {
                        assert!(seen.insert(n.id), "duplicate id {:?}", n.id);
                    }
                    for v in &s.values {
                        assert!(seen.insert(v.id), "duplicate id {:?}", v.id);
                    }
                }
            }
        }
    }
    // two package names, x, `1 + 2` and its operands are not walked here: x, the sum, y, 3
    assert_eq!(seen.len(), 6);
}

/// `//go:noinline` applies to the next func when nothing but comments and blank lines come
/// between (gc 1.27.3 with `-gcflags=-m` reports `can inline` only for `d` below).
#[test]
fn noinline_pragma() {
    let mut map = SourceMap::default();
    let src = "package main\n\n//go:noinline\nfunc a() {}\n\n//go:noinline\n// doc\nfunc b() {}\n\n//go:noinline\n\nfunc c() {}\n\nfunc d() {}\n";
    let id = map.add("p.go", src);
    let f = parse_file(&map, id, &mut NodeIdGen::new()).expect("parses");
    let flags: Vec<(String, bool)> = f
        .decls
        .iter()
        .filter_map(|d| match d {
            frontend::ast::Decl::Func(fd) => Some((fd.name.name.clone(), fd.pragmas.noinline)),
            _ => None,
        })
        .collect();
    let expected = [("a", true), ("b", true), ("c", true), ("d", false)];
    let expected: Vec<(String, bool)> = expected.iter().map(|(n, b)| (n.to_string(), *b)).collect();
    assert_eq!(flags, expected);
}
