//! A readable, indented dump of the AST for golden tests and debugging: one node per line,
//! its kind, the names and literal text it carries, and the `line:col` where it starts.
//!
//! ```text
//! FuncDecl main 3:6
//!   Body 3:13
//!     Assign := 4:4
//!       Ident x 4:2
//!       BasicLit Int 1 4:7
//! ```
//!
//! Node ids are not printed: they depend on parse order and would make every snapshot churn.

use std::fmt::Write;

use crate::ast::*;
use crate::source::{SourceMap, Span};

/// Prints a whole file.
pub fn print_file(map: &SourceMap, file: &File) -> String {
    let mut p = Printer {
        map,
        out: String::new(),
        depth: 0,
    };
    p.file(file);
    p.out
}

/// Prints one expression (useful in tests of the checker).
pub fn print_expr(map: &SourceMap, e: &Expr) -> String {
    let mut p = Printer {
        map,
        out: String::new(),
        depth: 0,
    };
    p.expr(e);
    p.out
}

struct Printer<'a> {
    map: &'a SourceMap,
    out: String,
    depth: usize,
}

impl Printer<'_> {
    fn pos(&self, span: Span) -> String {
        let (line, col) = self.map.file(span.file).line_col(span.lo);
        format!("{line}:{col}")
    }

    /// Writes one line: `label` then the position of `span`.
    fn line(&mut self, label: &str, span: Span) {
        let pos = self.pos(span);
        let _ = writeln!(
            self.out,
            "{:indent$}{label} {pos}",
            "",
            indent = self.depth * 2
        );
    }

    /// Writes a line without a position (a grouping such as `Params`).
    fn group(&mut self, label: &str) {
        let _ = writeln!(self.out, "{:indent$}{label}", "", indent = self.depth * 2);
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    /// A labelled child: `label:` on its own line and the child below it.
    fn child_expr(&mut self, label: &str, e: &Expr) {
        self.group(&format!("{label}:"));
        self.nested(|p| p.expr(e));
    }

    fn file(&mut self, f: &File) {
        self.line(&format!("File package {}", f.package.name), f.package.span);
        self.nested(|p| {
            for i in &f.imports {
                let name = match &i.name {
                    Some(n) => format!(" as {}", n.name),
                    None => String::new(),
                };
                p.line(&format!("Import {:?}{name}", i.path), i.span);
            }
            for d in &f.decls {
                p.decl(d);
            }
        });
    }

    fn names(names: &[Ident]) -> String {
        names
            .iter()
            .map(|n| n.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn decl(&mut self, d: &Decl) {
        match d {
            Decl::Const(specs) => {
                for s in specs {
                    self.line(
                        &format!("ConstSpec {} iota={}", Self::names(&s.names), s.iota),
                        s.span,
                    );
                    self.nested(|p| {
                        if let Some(t) = &s.ty {
                            p.child_expr("Type", t);
                        }
                        for v in &s.values {
                            p.expr(v);
                        }
                    });
                }
            }
            Decl::Var(specs) => {
                for s in specs {
                    self.line(&format!("VarSpec {}", Self::names(&s.names)), s.span);
                    self.nested(|p| {
                        if let Some(t) = &s.ty {
                            p.child_expr("Type", t);
                        }
                        for v in &s.values {
                            p.expr(v);
                        }
                    });
                }
            }
            Decl::Type(specs) => {
                for s in specs {
                    let mut label = format!("TypeSpec {}", s.name.name);
                    if s.alias {
                        label.push_str(" alias");
                    }
                    if let Some(tp) = s.type_params {
                        label.push_str(&format!(" type-params@{}", self.pos(tp)));
                    }
                    self.line(&label, s.span);
                    self.nested(|p| p.expr(&s.ty));
                }
            }
            Decl::Func(f) => {
                let mut label = format!("FuncDecl {}", f.name.name);
                if f.pragmas.noinline {
                    label.push_str(" //go:noinline");
                }
                if let Some(tp) = f.type_params {
                    label.push_str(&format!(" type-params@{}", self.pos(tp)));
                }
                self.line(&label, f.name.span);
                self.nested(|p| {
                    if let Some(r) = &f.recv {
                        p.group("Recv");
                        p.nested(|p| p.param(r));
                    }
                    p.func_type(&f.ty);
                    match &f.body {
                        Some(b) => p.block("Body", b),
                        None => p.group("NoBody"),
                    }
                });
            }
        }
    }

    fn param(&mut self, prm: &Param) {
        let name = prm
            .name
            .as_ref()
            .map(|n| n.name.as_str())
            .unwrap_or("_unnamed");
        let dots = if prm.variadic { " ..." } else { "" };
        self.line(&format!("Param {name}{dots}"), prm.span);
        self.nested(|p| p.expr(&prm.ty));
    }

    fn func_type(&mut self, ft: &FuncType) {
        if !ft.params.is_empty() {
            self.group("Params");
            self.nested(|p| ft.params.iter().for_each(|x| p.param(x)));
        }
        if !ft.results.is_empty() {
            self.group("Results");
            self.nested(|p| ft.results.iter().for_each(|x| p.param(x)));
        }
    }

    fn block(&mut self, label: &str, b: &Block) {
        self.line(label, b.span);
        self.nested(|p| b.stmts.iter().for_each(|s| p.stmt(s)));
    }

    fn opt_stmt(&mut self, label: &str, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.group(&format!("{label}:"));
            self.nested(|p| p.stmt(s));
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let span = s.span;
        match &s.kind {
            StmtKind::Empty => self.line("Empty", span),
            StmtKind::Decl(d) => {
                self.line("DeclStmt", span);
                self.nested(|p| p.decl(d));
            }
            StmtKind::Labeled { label, stmt } => {
                self.line(&format!("Labeled {}", label.name), span);
                self.nested(|p| p.stmt(stmt));
            }
            StmtKind::Expr(e) => {
                self.line("ExprStmt", span);
                self.nested(|p| p.expr(e));
            }
            StmtKind::Send { chan, value } => {
                self.line("Send", span);
                self.nested(|p| {
                    p.expr(chan);
                    p.expr(value);
                });
            }
            StmtKind::IncDec { x, inc } => {
                self.line(if *inc { "IncDec ++" } else { "IncDec --" }, span);
                self.nested(|p| p.expr(x));
            }
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_span,
            } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                let at = self.pos(*op_span);
                self.line(&format!("Assign {op} (op at {at})"), span);
                self.nested(|p| {
                    p.group("Lhs");
                    p.nested(|p| lhs.iter().for_each(|e| p.expr(e)));
                    p.group("Rhs");
                    p.nested(|p| rhs.iter().for_each(|e| p.expr(e)));
                });
            }
            StmtKind::Go(e) => {
                self.line("Go", span);
                self.nested(|p| p.expr(e));
            }
            StmtKind::Defer(e) => {
                self.line("Defer", span);
                self.nested(|p| p.expr(e));
            }
            StmtKind::Return(es) => {
                self.line("Return", span);
                self.nested(|p| es.iter().for_each(|e| p.expr(e)));
            }
            StmtKind::Break(l) => self.line(&label_text("Break", l), span),
            StmtKind::Continue(l) => self.line(&label_text("Continue", l), span),
            StmtKind::Goto(l) => self.line(&format!("Goto {}", l.name), span),
            StmtKind::Fallthrough => self.line("Fallthrough", span),
            StmtKind::Block(b) => self.block("Block", b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.line("If", span);
                self.nested(|p| {
                    p.opt_stmt("Init", init);
                    p.child_expr("Cond", cond);
                    p.block("Then", then);
                    p.opt_stmt("Else", els);
                });
            }
            StmtKind::Switch {
                init,
                tag,
                clauses,
                body_span,
            } => {
                let body = self.pos(*body_span);
                self.line(&format!("Switch (body at {body})"), span);
                self.nested(|p| {
                    p.opt_stmt("Init", init);
                    if let Some(t) = tag {
                        p.child_expr("Tag", t);
                    }
                    clauses.iter().for_each(|c| p.case(c));
                });
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                body_span,
            } => {
                let bind = bind
                    .as_ref()
                    .map(|b| format!(" {} :=", b.name))
                    .unwrap_or_default();
                let body = self.pos(*body_span);
                self.line(&format!("TypeSwitch{bind} (body at {body})"), span);
                self.nested(|p| {
                    p.opt_stmt("Init", init);
                    p.child_expr("X", x);
                    clauses.iter().for_each(|c| p.case(c));
                });
            }
            StmtKind::Select { clauses } => {
                self.line("Select", span);
                self.nested(|p| {
                    for c in clauses {
                        match &c.comm {
                            Some(s) => {
                                p.line("CommCase", c.span);
                                p.nested(|p| {
                                    p.stmt(s);
                                    c.body.iter().for_each(|s| p.stmt(s));
                                });
                            }
                            None => {
                                p.line("CommDefault", c.span);
                                p.nested(|p| c.body.iter().for_each(|s| p.stmt(s)));
                            }
                        }
                    }
                });
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.line("For", span);
                self.nested(|p| {
                    p.opt_stmt("Init", init);
                    if let Some(c) = cond {
                        p.child_expr("Cond", c);
                    }
                    p.opt_stmt("Post", post);
                    p.block("Body", body);
                });
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                self.line(if *define { "Range :=" } else { "Range =" }, span);
                self.nested(|p| {
                    if let Some(k) = key {
                        p.child_expr("Key", k);
                    }
                    if let Some(v) = value {
                        p.child_expr("Value", v);
                    }
                    p.child_expr("X", x);
                    p.block("Body", body);
                });
            }
        }
    }

    fn case(&mut self, c: &CaseClause) {
        self.line(if c.is_default { "Default" } else { "Case" }, c.span);
        self.nested(|p| {
            c.exprs.iter().for_each(|e| p.expr(e));
            if !c.body.is_empty() {
                p.group("Body");
                p.nested(|p| c.body.iter().for_each(|s| p.stmt(s)));
            }
        });
    }

    fn opt_expr(&mut self, label: &str, e: &Option<Box<Expr>>) {
        match e {
            Some(e) => self.child_expr(label, e),
            None => self.group(&format!("{label}: none")),
        }
    }

    fn expr(&mut self, e: &Expr) {
        let span = e.span;
        match &e.kind {
            ExprKind::Ident(name) => self.line(&format!("Ident {name}"), span),
            ExprKind::BasicLit { kind, raw, .. } => {
                self.line(&format!("BasicLit {kind:?} {raw}"), span)
            }
            ExprKind::CompositeLit {
                ty,
                elts,
                lbrace,
                rbrace,
            } => {
                let (l, r) = (self.pos(*lbrace), self.pos(*rbrace));
                let elided = if ty.is_none() { " (elided type)" } else { "" };
                self.line(&format!("CompositeLit{elided} {{ at {l}, }} at {r}"), span);
                self.nested(|p| {
                    if let Some(t) = ty {
                        p.child_expr("Type", t);
                    }
                    for el in elts {
                        match &el.key {
                            Some(k) => {
                                p.group("KeyValue");
                                p.nested(|p| {
                                    p.expr(k);
                                    p.expr(&el.value);
                                });
                            }
                            None => p.expr(&el.value),
                        }
                    }
                });
            }
            ExprKind::FuncLit { ty, body } => {
                self.line("FuncLit", span);
                self.nested(|p| {
                    p.func_type(ty);
                    p.block("Body", body);
                });
            }
            ExprKind::Paren(x) => {
                self.line("Paren", span);
                self.nested(|p| p.expr(x));
            }
            ExprKind::Selector { x, sel, .. } => {
                self.line(&format!("Selector .{}", sel.name), span);
                self.nested(|p| p.expr(x));
            }
            ExprKind::Index { x, indices, .. } => {
                self.line("Index", span);
                self.nested(|p| {
                    p.expr(x);
                    p.group("Indices");
                    p.nested(|p| indices.iter().for_each(|i| p.expr(i)));
                });
            }
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
                ..
            } => {
                self.line(if *three { "Slice3" } else { "Slice" }, span);
                self.nested(|p| {
                    p.expr(x);
                    p.opt_expr("Lo", lo);
                    p.opt_expr("Hi", hi);
                    if *three {
                        p.opt_expr("Max", max);
                    }
                });
            }
            ExprKind::TypeAssert { x, ty, .. } => {
                self.line(
                    if ty.is_none() {
                        "TypeAssert (type)"
                    } else {
                        "TypeAssert"
                    },
                    span,
                );
                self.nested(|p| {
                    p.expr(x);
                    if let Some(t) = ty {
                        p.child_expr("Type", t);
                    }
                });
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                lparen,
                rparen,
            } => {
                let (l, r) = (self.pos(*lparen), self.pos(*rparen));
                let dots = match ellipsis {
                    Some(s) => format!(" ... at {}", self.pos(*s)),
                    None => String::new(),
                };
                self.line(&format!("Call ( at {l}, ) at {r}{dots}"), span);
                self.nested(|p| {
                    p.child_expr("Fun", fun);
                    if !args.is_empty() {
                        p.group("Args");
                        p.nested(|p| args.iter().for_each(|a| p.expr(a)));
                    }
                });
            }
            ExprKind::Star(x) => {
                self.line("Star", span);
                self.nested(|p| p.expr(x));
            }
            ExprKind::Unary { op, x, .. } => {
                self.line(&format!("Unary {}", op.as_str()), span);
                self.nested(|p| p.expr(x));
            }
            ExprKind::Binary { op, x, y, op_span } => {
                let at = self.pos(*op_span);
                self.line(&format!("Binary {} (op at {at})", op.as_str()), span);
                self.nested(|p| {
                    p.expr(x);
                    p.expr(y);
                });
            }
            ExprKind::ArrayType { len, elem } => {
                let label = match len {
                    None => "SliceType",
                    Some(l) if matches!(l.kind, ExprKind::Ellipsis) => "ArrayType [...]",
                    Some(_) => "ArrayType",
                };
                self.line(label, span);
                self.nested(|p| {
                    if let Some(l) = len {
                        if !matches!(l.kind, ExprKind::Ellipsis) {
                            p.child_expr("Len", l);
                        }
                    }
                    p.expr(elem);
                });
            }
            ExprKind::Ellipsis => self.line("Ellipsis", span),
            ExprKind::StructType { fields } => {
                self.line("StructType", span);
                self.nested(|p| {
                    for f in fields {
                        let mut label = if f.embedded {
                            "Embedded".to_string()
                        } else {
                            format!("Field {}", Self::names(&f.names))
                        };
                        if let Some(tag) = &f.tag {
                            label.push_str(&format!(" tag {tag}"));
                        }
                        p.line(&label, f.span);
                        p.nested(|p| p.expr(&f.ty));
                    }
                });
            }
            ExprKind::FuncType(ft) => {
                self.line("FuncType", span);
                self.nested(|p| p.func_type(ft));
            }
            ExprKind::InterfaceType { elems } => {
                self.line("InterfaceType", span);
                self.nested(|p| {
                    for el in elems {
                        match el {
                            InterfaceElem::Method { name, ty } => {
                                p.line(&format!("Method {}", name.name), name.span);
                                p.nested(|p| p.func_type(ty));
                            }
                            InterfaceElem::Embedded(t) => {
                                p.group("Embedded");
                                p.nested(|p| p.expr(t));
                            }
                        }
                    }
                });
            }
            ExprKind::MapType { key, value } => {
                self.line("MapType", span);
                self.nested(|p| {
                    p.child_expr("Key", key);
                    p.child_expr("Value", value);
                });
            }
            ExprKind::ChanType { dir, elem } => {
                let dir = match dir {
                    ChanDir::Both => "chan",
                    ChanDir::Send => "chan<-",
                    ChanDir::Recv => "<-chan",
                };
                self.line(&format!("ChanType {dir}"), span);
                self.nested(|p| p.expr(elem));
            }
        }
    }
}

fn label_text(kind: &str, label: &Option<Ident>) -> String {
    match label {
        Some(l) => format!("{kind} {}", l.name),
        None => kind.to_string(),
    }
}
