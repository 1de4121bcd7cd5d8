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
        let out = check_source(&format!("./{name}"), &src);
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

mod completeness {
    //! Every expression of a valid program has a type in `Info::exprs` (the middle relies on
    //! it), and every identifier expression is a definition or a use.
    use frontend::ast::*;
    use frontend::check::{check, Info, ObjKind};
    use frontend::parse::{parse_file, NodeIdGen};
    use frontend::source::SourceMap;

    struct Walk<'i> {
        info: &'i Info,
        missing: Vec<String>,
    }

    impl Walk<'_> {
        fn expr(&mut self, e: &Expr) {
            let skip = match &e.kind {
                ExprKind::Ident(n) => {
                    if n == "_" {
                        true
                    } else if let Some(o) = self.info.uses.get(&e.id) {
                        matches!(self.info.object(*o).kind, ObjKind::PkgName(_))
                    } else {
                        if !self.info.defs.contains_key(&e.id) {
                            self.missing
                                .push(format!("ident {n} neither def nor use at {:?}", e.span));
                        }
                        self.info.defs.contains_key(&e.id)
                    }
                }
                ExprKind::TypeAssert { ty: None, .. } | ExprKind::Ellipsis => true,
                _ => false,
            };
            if !skip && !self.info.exprs.contains_key(&e.id) {
                self.missing.push(format!(
                    "no type for {:?} at {:?}",
                    std::mem::discriminant(&e.kind),
                    e.span
                ));
            }
            match &e.kind {
                ExprKind::CompositeLit { ty, elts, .. } => {
                    if let Some(t) = ty {
                        self.expr(t);
                    }
                    for el in elts {
                        if let Some(k) = &el.key {
                            // Struct field keys are selections, not expressions.
                            if !self.info.selections.contains_key(&k.id) {
                                self.expr(k);
                            }
                        }
                        self.expr(&el.value);
                    }
                }
                ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
                ExprKind::Selector { x, .. } => self.expr(x),
                ExprKind::Index { x, indices, .. } => {
                    self.expr(x);
                    indices.iter().for_each(|i| self.expr(i));
                }
                ExprKind::Slice { x, lo, hi, max, .. } => {
                    self.expr(x);
                    for i in [lo, hi, max].into_iter().flatten() {
                        self.expr(i);
                    }
                }
                ExprKind::TypeAssert { x, ty, .. } => {
                    self.expr(x);
                    if let Some(t) = ty {
                        self.expr(t);
                    }
                }
                ExprKind::Call { fun, args, .. } => {
                    self.expr(fun);
                    args.iter().for_each(|a| self.expr(a));
                }
                ExprKind::Unary { x, .. } => self.expr(x),
                ExprKind::Binary { x, y, .. } => {
                    self.expr(x);
                    self.expr(y);
                }
                ExprKind::ArrayType { len, elem } => {
                    if let Some(l) = len {
                        self.expr(l);
                    }
                    self.expr(elem);
                }
                ExprKind::StructType { fields } => fields.iter().for_each(|f| self.expr(&f.ty)),
                _ => {}
            }
        }

        fn stmts(&mut self, list: &[Stmt]) {
            list.iter().for_each(|s| self.stmt(s));
        }

        fn stmt(&mut self, s: &Stmt) {
            match &s.kind {
                StmtKind::Decl(d) => self.decl(d),
                StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
                StmtKind::Expr(e) => self.expr(e),
                StmtKind::IncDec { x, .. } => self.expr(x),
                StmtKind::Assign { lhs, rhs, .. } => {
                    lhs.iter().chain(rhs).for_each(|e| self.expr(e));
                }
                StmtKind::Return(rs) => rs.iter().for_each(|e| self.expr(e)),
                StmtKind::Block(b) => self.stmts(&b.stmts),
                StmtKind::If {
                    init,
                    cond,
                    then,
                    els,
                } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    self.expr(cond);
                    self.stmts(&then.stmts);
                    if let Some(e) = els {
                        self.stmt(e);
                    }
                }
                StmtKind::Switch {
                    init, tag, clauses, ..
                } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    if let Some(t) = tag {
                        self.expr(t);
                    }
                    for c in clauses {
                        c.exprs.iter().for_each(|e| self.expr(e));
                        self.stmts(&c.body);
                    }
                }
                StmtKind::TypeSwitch {
                    init, x, clauses, ..
                } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    self.expr(x);
                    for c in clauses {
                        c.exprs.iter().for_each(|e| self.expr(e));
                        self.stmts(&c.body);
                    }
                }
                StmtKind::For {
                    init,
                    cond,
                    post,
                    body,
                } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    if let Some(c) = cond {
                        self.expr(c);
                    }
                    if let Some(p) = post {
                        self.stmt(p);
                    }
                    self.stmts(&body.stmts);
                }
                StmtKind::Range {
                    key,
                    value,
                    x,
                    body,
                    ..
                } => {
                    for k in [key, value].into_iter().flatten() {
                        self.expr(k);
                    }
                    self.expr(x);
                    self.stmts(&body.stmts);
                }
                _ => {}
            }
        }

        fn decl(&mut self, d: &Decl) {
            match d {
                Decl::Const(specs) => specs.iter().for_each(|s| {
                    s.ty.iter().chain(&s.values).for_each(|e| self.expr(e));
                }),
                Decl::Var(specs) => specs.iter().for_each(|s| {
                    s.ty.iter().chain(&s.values).for_each(|e| self.expr(e));
                }),
                Decl::Type(specs) => specs.iter().for_each(|s| self.expr(&s.ty)),
                Decl::Func(f) => {
                    for p in f.recv.iter().chain(&f.ty.params).chain(&f.ty.results) {
                        self.expr(&p.ty);
                    }
                    if let Some(b) = &f.body {
                        self.stmts(&b.stmts);
                    }
                }
            }
        }
    }

    #[test]
    fn every_expression_of_valid_programs_is_typed() {
        insta::glob!("check_ok/*.go", check_complete);
        insta::glob!("../../examples", "*.go", check_complete);
    }

    fn check_complete(path: &std::path::Path) {
        {
            let src = std::fs::read_to_string(path).expect("readable");
            let mut map = SourceMap::default();
            let id = map.add("x.go", src);
            let mut ids = NodeIdGen::new();
            let file = parse_file(&map, id, &mut ids).expect("parses");
            let pkg = match check(&mut map, &[file], &mut ids) {
                Ok(p) => p,
                Err(_) => panic!("{path:?} does not check"),
            };
            let mut w = Walk {
                info: &pkg.info,
                missing: Vec::new(),
            };
            for f in &pkg.files {
                f.decls.iter().for_each(|d| w.decl(d));
            }
            assert!(w.missing.is_empty(), "{path:?}:\n{}", w.missing.join("\n"));
        }
    }
}

/// The checker never panics: every program obtained from a valid one by deleting,
/// duplicating or altering one line is checked (when it parses) without a Rust panic.
#[test]
fn mutated_programs_never_panic() {
    let mut inputs: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["tests/check_ok", "tests/check", "../examples"] {
        let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        if let Ok(rd) = std::fs::read_dir(&base) {
            for e in rd.flatten() {
                if e.path().extension().is_some_and(|x| x == "go") {
                    inputs.push(e.path());
                }
            }
        }
    }
    inputs.sort();
    let swaps: [(&str, &str); 8] = [
        ("int", "string"),
        ("(", "(("),
        ("*", "&"),
        ("[", "[2]"),
        ("func", "type"),
        (":=", "="),
        ("return", "return 1,"),
        ("{", "{}"),
    ];
    let mut failures = Vec::new();
    for path in inputs {
        let src = std::fs::read_to_string(&path).expect("readable");
        let lines: Vec<&str> = src.lines().collect();
        let mut variants = Vec::new();
        for i in 0..lines.len() {
            let mut del = lines.clone();
            del.remove(i);
            variants.push(del.join("\n"));
            let mut dup = lines.clone();
            dup.insert(i, lines[i]);
            variants.push(dup.join("\n"));
            for (from, to) in swaps {
                if lines[i].contains(from) {
                    let mut sw = lines.clone();
                    let changed = lines[i].replacen(from, to, 1);
                    sw[i] = &changed;
                    variants.push(sw.join("\n"));
                }
            }
        }
        for v in variants {
            let r = std::panic::catch_unwind(|| check_source("m.go", &v));
            if r.is_err() {
                failures.push(v);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "checker panicked on:\n{}",
        failures.first().map_or("", |s| s)
    );
}

/// `Types::type_string` spells types as types2's messages do. The same program's gc link
/// strings (symbols, hashes) are reflectdata's, tested in backend/tests/reflectdata.rs.
#[test]
fn type_strings() {
    let src = include_str!("types/spellings.go");
    let mut map = SourceMap::default();
    let id = map.add("x.go", src);
    let mut ids = NodeIdGen::new();
    let file = parse_file(&map, id, &mut ids).expect("parses");
    let pkg = match check(&mut map, &[file], &mut ids) {
        Ok(p) => p,
        Err(d) => panic!("{}", render(&map, &d)),
    };
    let ty = |name: &str| {
        pkg.info
            .objects
            .iter()
            .find(|o| o.name == name)
            .map(|o| o.ty)
            .expect("declared")
    };
    let t = pkg.types.underlying(ty("v1"));
    let i = pkg.types.underlying(ty("v8"));
    assert_eq!(
        pkg.types.type_string(i, pkg.pkg),
        "interface{M(int, ...string) (bool, error); n()}"
    );
    assert_eq!(
        pkg.types.type_string(t, pkg.pkg),
        "struct{A int; b string; E; *int; t int \"tag:\\\"x\\\"\"; c []uint8}"
    );
}

/// What the checker records for the middle, printed per expression (source text, type,
/// mode, constant value), plus selections, implicits and the initialisation order.
fn info_dump(src: &str) -> String {
    use std::fmt::Write;
    let mut map = SourceMap::default();
    let id = map.add("x.go", src);
    let mut ids = NodeIdGen::new();
    let file = parse_file(&map, id, &mut ids).expect("parses");
    let pkg = match check(&mut map, &[file], &mut ids) {
        Ok(p) => p,
        Err(d) => panic!("{}", render(&map, &d)),
    };
    let text = &map.file(id).text;
    let snippet = |s: frontend::source::Span| text[s.lo as usize..s.hi as usize].replace('\n', " ");
    let mut out = String::new();
    let mut exprs: Vec<_> = pkg.info.exprs.iter().collect();
    // Expressions are keyed by id; print them in source order (outer before inner).
    let spans = collect_spans(&pkg.files);
    exprs.retain(|(id, _)| spans.contains_key(id));
    exprs.sort_by_key(|(id, _)| {
        let s = spans[id];
        (s.lo, std::cmp::Reverse(s.hi))
    });
    for (id, e) in exprs {
        let t = pkg.types.type_string(e.ty, pkg.pkg);
        let mode = match &e.mode {
            frontend::check::Mode::Const(v) => format!("const {v}"),
            m => format!("{m:?}"),
        };
        writeln!(out, "{:<28} {t:<16} {mode}", snippet(spans[id])).unwrap();
    }
    let mut sels: Vec<_> = pkg.info.selections.iter().collect();
    // The runtime stub's selections (in its own file) are not the program's.
    sels.retain(|(id, _)| spans.contains_key(id));
    sels.sort_by_key(|(id, _)| spans.get(id).map(|s| s.lo));
    for (id, s) in sels {
        let m = s.method.map(|m| match &pkg.info.object(m).kind {
            frontend::check::ObjKind::Func(fi) => fi.sym.link_name(&pkg.types),
            _ => String::new(),
        });
        writeln!(
            out,
            "selection {:<18} {:?} path {:?} {}",
            spans.get(id).map(|s| snippet(*s)).unwrap_or_default(),
            s.kind,
            s.path,
            m.unwrap_or_default()
        )
        .unwrap();
    }
    let mut imps: Vec<_> = pkg.info.implicits.values().collect();
    imps.sort();
    for o in imps {
        let ob = pkg.info.object(*o);
        writeln!(
            out,
            "implicit {} {}",
            ob.name,
            pkg.types.type_string(ob.ty, pkg.pkg)
        )
        .unwrap();
    }
    for init in &pkg.info.packages.last().expect("package main").init_order {
        let lhs: Vec<String> = init
            .lhs
            .iter()
            .map(|o| o.map_or("_".to_string(), |o| pkg.info.object(o).name.clone()))
            .collect();
        let rhs: Vec<String> = init.rhs.iter().map(|id| snippet(spans[id])).collect();
        writeln!(out, "init {} = {}", lhs.join(", "), rhs.join(", ")).unwrap();
    }
    out
}

/// Spans of every expression of the files, by id.
fn collect_spans(
    files: &[frontend::ast::File],
) -> std::collections::HashMap<frontend::ast::NodeId, frontend::source::Span> {
    use frontend::ast::*;
    fn expr(e: &Expr, m: &mut std::collections::HashMap<NodeId, frontend::source::Span>) {
        m.insert(e.id, e.span);
        let mut sub = |x: &Expr| expr(x, m);
        match &e.kind {
            ExprKind::CompositeLit { ty, elts, .. } => {
                if let Some(t) = ty {
                    sub(t);
                }
                for el in elts {
                    if let Some(k) = &el.key {
                        sub(k);
                    }
                    sub(&el.value);
                }
            }
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Selector { x, .. }
            | ExprKind::Unary { x, .. } => sub(x),
            ExprKind::Index { x, indices, .. } => {
                sub(x);
                indices.iter().for_each(sub);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                sub(x);
                for i in [lo, hi, max].into_iter().flatten() {
                    sub(i);
                }
            }
            ExprKind::TypeAssert { x, ty, .. } => {
                sub(x);
                if let Some(t) = ty {
                    sub(t);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                sub(fun);
                args.iter().for_each(sub);
            }
            ExprKind::Binary { x, y, .. } => {
                sub(x);
                sub(y);
            }
            ExprKind::ArrayType { len, elem } => {
                if let Some(l) = len {
                    sub(l);
                }
                sub(elem);
            }
            _ => {}
        }
    }
    fn stmt(s: &Stmt, m: &mut std::collections::HashMap<NodeId, frontend::source::Span>) {
        match &s.kind {
            StmtKind::Decl(d) => decl(d, m),
            StmtKind::Labeled { stmt: s, .. } => stmt(s, m),
            StmtKind::Expr(e) | StmtKind::IncDec { x: e, .. } => expr(e, m),
            StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|e| expr(e, m)),
            StmtKind::Return(rs) => rs.iter().for_each(|e| expr(e, m)),
            StmtKind::Block(b) => b.stmts.iter().for_each(|s| stmt(s, m)),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                init.iter().for_each(|s| stmt(s, m));
                expr(cond, m);
                then.stmts.iter().for_each(|s| stmt(s, m));
                els.iter().for_each(|s| stmt(s, m));
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                init.iter().for_each(|s| stmt(s, m));
                tag.iter().for_each(|e| expr(e, m));
                for c in clauses {
                    c.exprs.iter().for_each(|e| expr(e, m));
                    c.body.iter().for_each(|s| stmt(s, m));
                }
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                init.iter().for_each(|s| stmt(s, m));
                expr(x, m);
                for c in clauses {
                    c.exprs.iter().for_each(|e| expr(e, m));
                    c.body.iter().for_each(|s| stmt(s, m));
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                init.iter().for_each(|s| stmt(s, m));
                cond.iter().for_each(|e| expr(e, m));
                post.iter().for_each(|s| stmt(s, m));
                body.stmts.iter().for_each(|s| stmt(s, m));
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                key.iter().chain(value).for_each(|e| expr(e, m));
                expr(x, m);
                body.stmts.iter().for_each(|s| stmt(s, m));
            }
            _ => {}
        }
    }
    fn decl(d: &Decl, m: &mut std::collections::HashMap<NodeId, frontend::source::Span>) {
        match d {
            Decl::Const(specs) => specs
                .iter()
                .for_each(|s| s.ty.iter().chain(&s.values).for_each(|e| expr(e, m))),
            Decl::Var(specs) => specs
                .iter()
                .for_each(|s| s.ty.iter().chain(&s.values).for_each(|e| expr(e, m))),
            Decl::Type(specs) => specs.iter().for_each(|s| expr(&s.ty, m)),
            Decl::Func(f) => {
                for p in f.recv.iter().chain(&f.ty.params).chain(&f.ty.results) {
                    expr(&p.ty, m);
                }
                if let Some(b) = &f.body {
                    b.stmts.iter().for_each(|s| stmt(s, m));
                }
            }
        }
    }
    let mut m = std::collections::HashMap::new();
    for f in files {
        f.decls.iter().for_each(|d| decl(d, &mut m));
    }
    m
}

#[test]
fn recorded_info() {
    insta::glob!("check_info/*.go", |path| {
        let src = std::fs::read_to_string(path).expect("readable");
        let out = info_dump(&src);
        insta::with_settings!({snapshot_path => "check_info/snapshots", prepend_module_to_snapshot => false}, {
            insta::assert_snapshot!(format!("----- SOURCE\n{src}\n----- INFO\n{out}"));
        });
    });
}
