//! Keeps the runtime's modules in layers, without import cycles.
//!
//! The rule is the layer table at the top of `src/lib.rs` (`| layer | module | may use |`), read
//! from there so it is written down once. This test checks that
//!
//! * the table is well formed: every module declared in `lib.rs` has one row, and every module
//!   it may use sits in a strictly lower layer (so the allowed graph cannot have a cycle);
//! * every `crate::X` a module's source mentions (`use crate::X`, `crate::X::f()`,
//!   `$crate::X` in a macro, `use crate::{X, Y}`) names a module its row allows.
//!
//! A module is `src/X.rs` together with everything under `src/X/` (e.g. `src/float/tests.rs`).
//! Comment lines are ignored, so documentation may name any module.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One row of the table: the module's layer and the modules it may use.
struct Row {
    layer: u32,
    may_use: BTreeSet<String>,
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The text between backticks in `cell`, one entry per pair.
fn backticked(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// Parses the rows `//! | <layer> | \`module\` | \`a\`, \`b\` |` of `lib.rs`'s doc comment.
fn layer_table(lib_rs: &str) -> BTreeMap<String, Row> {
    let mut rows = BTreeMap::new();
    for line in lib_rs.lines() {
        let Some(row) = line.trim().strip_prefix("//!") else {
            continue;
        };
        let cells: Vec<&str> = row
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        if cells.len() != 3 {
            continue;
        }
        let Ok(layer) = cells[0].parse::<u32>() else {
            continue; // the header, the separator, or another table
        };
        let module = backticked(cells[1]);
        assert_eq!(
            module.len(),
            1,
            "lib.rs: a layer row needs one `module`: {line}"
        );
        let may_use = backticked(cells[2]).into_iter().collect();
        let prev = rows.insert(module[0].clone(), Row { layer, may_use });
        assert!(
            prev.is_none(),
            "lib.rs: module `{}` has two rows",
            module[0]
        );
    }
    rows
}

/// The modules `lib.rs` declares (`pub mod X;` / `mod X;`).
fn declared_modules(lib_rs: &str) -> BTreeSet<String> {
    lib_rs
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let l = l.strip_prefix("pub ").unwrap_or(l);
            l.strip_prefix("mod ")?
                .strip_suffix(';')
                .map(|m| m.trim().to_string())
        })
        .collect()
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The leading identifier of `s` (after whitespace).
fn ident(s: &str) -> &str {
    let s = s.trim_start();
    &s[..s.find(|c: char| !is_ident_char(c)).unwrap_or(s.len())]
}

/// Every module named right after `crate::` in `source`, outside comment lines.
fn crate_refs(source: &str) -> BTreeSet<String> {
    let mut refs = BTreeSet::new();
    for line in source.lines() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            // `crate` must be a whole word (`$crate::` counts, `my_crate::` does not).
            let before = rest[..at].chars().next_back();
            let after = &rest[at + "crate::".len()..];
            rest = after;
            if before.is_some_and(is_ident_char) {
                continue;
            }
            if let Some(group) = after.strip_prefix('{') {
                // `crate::{a, b::c, d as e}`: the first identifier of each top-level item.
                let mut depth = 0;
                let mut item_start = true;
                for (i, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => item_start = true,
                        _ if item_start && is_ident_char(c) => {
                            refs.insert(ident(&group[i..]).to_string());
                            item_start = false;
                        }
                        _ => {}
                    }
                }
            } else {
                let name = ident(after);
                if !name.is_empty() {
                    refs.insert(name.to_string());
                }
            }
        }
    }
    refs
}

/// The source of each module: `src/X.rs` plus the files under `src/X/`.
fn module_sources() -> BTreeMap<String, Vec<(PathBuf, String)>> {
    fn walk(dir: &Path, module: &str, out: &mut BTreeMap<String, Vec<(PathBuf, String)>>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, module, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.entry(module.to_string())
                    .or_default()
                    .push((path, text));
            }
        }
    }
    let mut out = BTreeMap::new();
    let mut entries: Vec<_> = std::fs::read_dir(src_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            walk(&path, &stem, &mut out);
        } else if path.extension().is_some_and(|e| e == "rs") && stem != "lib" {
            let text = std::fs::read_to_string(&path).unwrap();
            out.entry(stem).or_default().push((path, text));
        }
    }
    out
}

#[test]
fn runtime_modules_use_only_lower_layers() {
    let lib_rs = std::fs::read_to_string(src_dir().join("lib.rs")).unwrap();
    let table = layer_table(&lib_rs);
    let declared = declared_modules(&lib_rs);
    let sources = module_sources();
    let mut errors = Vec::new();

    assert!(!table.is_empty(), "no layer table found in src/lib.rs");
    for m in &declared {
        if !table.contains_key(m) {
            errors.push(format!(
                "module `{m}` is declared in lib.rs but has no row in its layer table"
            ));
        }
        if !sources.contains_key(m) {
            errors.push(format!(
                "module `{m}` is declared in lib.rs but src/{m}.rs is missing"
            ));
        }
    }
    for (m, row) in &table {
        if !declared.contains(m) {
            errors.push(format!(
                "the layer table lists `{m}`, which lib.rs does not declare"
            ));
        }
        for dep in &row.may_use {
            match table.get(dep) {
                None => errors.push(format!("`{m}` may use `{dep}`, which has no row")),
                Some(d) if d.layer >= row.layer => errors.push(format!(
                    "`{m}` (layer {}) may use `{dep}` (layer {}): a module may only use lower layers",
                    row.layer, d.layer
                )),
                Some(_) => {}
            }
        }
    }
    for (m, files) in &sources {
        if !declared.contains(m) {
            errors.push(format!("src/{m}.rs is not declared in lib.rs"));
            continue;
        }
        let Some(row) = table.get(m) else { continue };
        for (path, text) in files {
            for used in crate_refs(text) {
                if used == *m || row.may_use.contains(&used) {
                    continue;
                }
                let file = path.strip_prefix(src_dir()).unwrap_or(path).display();
                errors.push(match table.get(&used) {
                    Some(u) if u.layer >= row.layer => format!(
                        "src/{file}: `{m}` (layer {}) uses `crate::{used}` (layer {}), an upward \
                         import: move the item down or the use up",
                        row.layer, u.layer
                    ),
                    Some(_) => format!(
                        "src/{file}: `{m}` uses `crate::{used}`, which its row in lib.rs's layer \
                         table does not list (add it there if it belongs)"
                    ),
                    None => {
                        format!("src/{file}: `crate::{used}` is not a module of the layer table")
                    }
                });
            }
        }
    }
    assert!(
        errors.is_empty(),
        "runtime layering broken:\n  {}",
        errors.join("\n  ")
    );
}

#[test]
fn references_are_found_in_every_spelling() {
    let src = "use crate::a::b;\n\
               let x = crate::c::f();\n\
               caller = sym $crate::d::CALLER,\n\
               use crate::{e, f::g, h as i, j::{k, l}};\n\
               // crate::commented::out\n\
               use other_crate::m;\n";
    let got: Vec<String> = crate_refs(src).into_iter().collect();
    assert_eq!(got, ["a", "c", "d", "e", "f", "h", "j"]);
}

#[test]
fn the_table_parser_reads_layer_rows_only() {
    let lib = "//! | layer | module | may use |\n\
               //! |---|---|---|\n\
               //! | 0 | `sys` | — |\n\
               //! | 2 | `print` | `sys`, `float` |\n\
               //! | module | gc file | decides |\n\
               //! | `entry` | `proc.go` | C `main` |\n\
               pub mod print;\nmod sys;\n";
    let t = layer_table(lib);
    assert_eq!(t.len(), 2);
    assert_eq!(t["print"].layer, 2);
    assert_eq!(
        t["print"].may_use.iter().collect::<Vec<_>>(),
        ["float", "sys"]
    );
    assert!(t["sys"].may_use.is_empty());
    assert_eq!(
        declared_modules(lib).into_iter().collect::<Vec<_>>(),
        ["print", "sys"]
    );
}
