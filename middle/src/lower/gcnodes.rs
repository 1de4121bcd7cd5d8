//! For `-m=2`: how gc prints each statement and expression of a function body, and where it
//! says it is. Escape analysis's explanations name the node a value flows through
//! (`from gp = p (assign) at x.go:7:5`); the IR keeps each node's source span, and this
//! table, keyed by that span, gives gc's text and position for it.
//!
//! Texts are gc's `%v` of its IR (`ir/fmt.go`): expressions as `-m` remarks print them
//! (`gcfmt`), assignments `x = y` / `x := y` / `x += y` / `x++`, `return x, y`,
//! `defer f()`, and loops `for loop`. Positions are gc's node positions: an assignment's
//! operator, a return's keyword, a range loop's `range`.

use std::collections::HashMap;

use base::source::{FileId, Span};
use frontend::ast::{self, AssignOp, ExprKind as AstExpr, StmtKind as AstStmt};

use super::gcfmt::GcFmt;

/// gc's text of a node and its position.
#[derive(Clone, Debug)]
pub struct GcNode {
    pub at: Span,
    pub text: String,
    /// A statement (an assignment, a return, a loop…), not an expression.
    pub statement: bool,
    /// A slice expression (`s[i:j]`).
    pub slice: bool,
    /// A slice literal (`[]T{…}`: its elements are `slice-literal-element`s).
    pub slice_literal: bool,
}

/// The table, by the node's span; and by gc's position, the outermost node there (the IR
/// marks an allocation site by its position alone).
#[derive(Default)]
pub struct GcNodes {
    by_span: HashMap<SpanKey, GcNode>,
    /// By position: the length of the longest node there, and its span.
    by_pos: HashMap<(FileId, u32), (u32, SpanKey)>,
}

/// A span as a map key: file, start, end.
type SpanKey = (FileId, u32, u32);

impl GcNodes {
    /// The node at `span`: the one with that span, else the outermost node gc puts at its
    /// start (the IR marks an allocation by its position alone, a call from its `(`).
    pub fn get(&self, span: Span) -> Option<&GcNode> {
        if let Some(n) = self.by_span.get(&(span.file, span.lo, span.hi)) {
            return Some(n);
        }
        let (_, key) = self.by_pos.get(&(span.file, span.lo))?;
        self.by_span.get(key)
    }

    fn insert(&mut self, span: Span, node: GcNode) {
        let key = (span.file, span.lo, span.hi);
        let len = span.hi - span.lo;
        let pos = (node.at.file, node.at.lo);
        // Expressions only: a position names the expression there, not its statement.
        match self.by_pos.get(&pos) {
            _ if node.statement => {}
            Some(&(l, _)) if l >= len => {}
            _ => {
                self.by_pos.insert(pos, (len, key));
            }
        }
        self.by_span.entry(key).or_insert(node);
    }

    /// Whether `span` is exactly a slice expression's (not a slice literal's, which lowering
    /// makes by slicing an array).
    pub fn is_slice(&self, span: Span) -> bool {
        self.by_span
            .get(&(span.file, span.lo, span.hi))
            .is_some_and(|n| n.slice)
    }

    /// Whether the node at `span` (or its position) is a slice literal.
    pub fn is_slice_literal(&self, span: Span) -> bool {
        self.get(span).is_some_and(|n| n.slice_literal)
    }

    /// Whether `span` is exactly a statement's (a source assignment, not one lowering made).
    pub fn is_statement(&self, span: Span) -> bool {
        self.by_span
            .get(&(span.file, span.lo, span.hi))
            .is_some_and(|n| n.statement)
    }

    pub fn len(&self) -> usize {
        self.by_span.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_span.is_empty()
    }
}

/// Adds the statements and expressions of `body` to `out`.
pub(super) fn record(fmt: &GcFmt, body: &ast::Block, out: &mut GcNodes) {
    let mut r = Recorder { fmt, out };
    r.stmts(&body.stmts);
}

struct Recorder<'f, 'a> {
    fmt: &'f GcFmt<'a>,
    out: &'f mut GcNodes,
}

impl Recorder<'_, '_> {
    fn put_statement(&mut self, span: Span, at: Span, text: String) {
        let node = GcNode {
            at: at.start(),
            text,
            statement: true,
            slice: false,
            slice_literal: false,
        };
        self.out.insert(span, node);
    }

    fn list(&self, es: &[ast::Expr]) -> String {
        es.iter()
            .map(|e| self.fmt.expr(e))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn stmts(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            AstStmt::Assign {
                lhs,
                op,
                rhs,
                op_span,
            } => {
                let (l, r) = (self.list(lhs), self.list(rhs));
                let text = match op {
                    AssignOp::Assign => format!("{l} = {r}"),
                    AssignOp::Define => format!("{l} := {r}"),
                    AssignOp::Op(bop) => format!("{l} {}= {r}", bop.as_str()),
                };
                self.put_statement(s.span, *op_span, text);
                lhs.iter().chain(rhs).for_each(|e| self.expr(e));
            }
            AstStmt::IncDec { x, inc } => {
                let text = format!("{}{}", self.fmt.expr(x), if *inc { "++" } else { "--" });
                self.put_statement(s.span, s.span, text);
                self.expr(x);
            }
            AstStmt::Return(es) => {
                let text = format!("return {}", self.list(es));
                self.put_statement(s.span, s.span, text);
                es.iter().for_each(|e| self.expr(e));
            }
            AstStmt::Defer(call) | AstStmt::Go(call) => {
                let word = if matches!(s.kind, AstStmt::Defer(_)) {
                    "defer"
                } else {
                    "go"
                };
                let text = format!("{word} {}", self.fmt.expr(call));
                self.put_statement(s.span, s.span, text);
                self.expr(call);
            }
            AstStmt::Expr(e) => self.expr(e),
            AstStmt::Decl(ast::Decl::Var(specs)) => {
                for spec in specs {
                    spec.values.iter().for_each(|e| self.expr(e));
                }
            }
            AstStmt::Decl(_) | AstStmt::Empty => {}
            AstStmt::Labeled { stmt, .. } => self.stmt(stmt),
            AstStmt::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            AstStmt::Break(_) | AstStmt::Continue(_) | AstStmt::Goto(_) | AstStmt::Fallthrough => {}
            AstStmt::Block(b) => self.stmts(&b.stmts),
            AstStmt::If {
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
            AstStmt::Switch {
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
            AstStmt::TypeSwitch {
                init, x, clauses, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in clauses {
                    self.stmts(&c.body);
                }
            }
            AstStmt::Select { clauses } => {
                for c in clauses {
                    if let Some(s) = &c.comm {
                        self.stmt(s);
                    }
                    self.stmts(&c.body);
                }
            }
            AstStmt::For {
                init,
                cond,
                post,
                body,
            } => {
                self.put_statement(s.span, s.span, "for loop".into());
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
            AstStmt::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                // gc's range statement is at its `range` keyword: just before the ranged
                // expression, past the spaces.
                self.put_statement(s.span, range_keyword(s.span, x.span), "for loop".into());
                for e in [key, value].into_iter().flatten() {
                    self.expr(e);
                }
                self.expr(x);
                self.stmts(&body.stmts);
            }
        }
    }

    fn expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            // Types and function literals' bodies (recorded when their function is).
            AstExpr::ArrayType { .. }
            | AstExpr::StructType { .. }
            | AstExpr::FuncType(_)
            | AstExpr::InterfaceType { .. }
            | AstExpr::MapType { .. }
            | AstExpr::ChanType { .. }
            | AstExpr::Ellipsis => return,
            _ => {}
        }
        let text = self.fmt.expr(e);
        self.out.insert(
            e.span,
            GcNode {
                at: e.node_pos().start(),
                text,
                statement: false,
                slice: matches!(e.kind, AstExpr::Slice { .. }),
                slice_literal: matches!(e.kind, AstExpr::CompositeLit { .. })
                    && self.fmt.info.exprs.get(&e.id).is_some_and(|x| {
                        matches!(self.fmt.types.under(x.ty), base::types::Type::Slice(_))
                    }),
            },
        );
        match &e.kind {
            AstExpr::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.expr(k);
                    }
                    self.expr(&el.value);
                }
            }
            AstExpr::Paren(x) | AstExpr::Star(x) => self.expr(x),
            AstExpr::Selector { x, .. } => self.expr(x),
            AstExpr::Index { x, indices, .. } => {
                self.expr(x);
                indices.iter().for_each(|i| self.expr(i));
            }
            AstExpr::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(b);
                }
            }
            AstExpr::TypeAssert { x, .. } => self.expr(x),
            AstExpr::Call { fun, args, .. } => {
                self.expr(fun);
                args.iter().for_each(|a| self.expr(a));
            }
            AstExpr::Unary { x, .. } => self.expr(x),
            AstExpr::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            _ => {}
        }
    }
}

/// The position of `range` in a range statement at `stmt` ranging over the expression at `x`
/// (gc's `RangeStmt` position): the AST keeps no span for the keyword, so this is where gofmt
/// puts it, one space before the expression.
fn range_keyword(stmt: Span, x: Span) -> Span {
    Span::new(stmt.file, x.lo.saturating_sub(6), x.lo.saturating_sub(6))
}

/// For `-m=2`: an interface type of the package, for which gc compiles a method-expression
/// wrapper per method (`I.M`, `<autogenerated>`) whose escape analysis it explains.
#[derive(Clone, Debug)]
pub struct IfaceWrappers {
    /// The interface's name (`I`).
    pub name: String,
    /// Its methods in method-set order.
    pub methods: Vec<WrapperMethod>,
}

/// One wrapper: the method's name and parameters (after the interface value `~p0`).
#[derive(Clone, Debug)]
pub struct WrapperMethod {
    pub name: String,
    /// Each parameter's name (`~pN` when unnamed), declaration, type, and whether it is
    /// variadic.
    pub params: Vec<(String, Span, base::types::TypeId, bool)>,
}

/// The interfaces declared at the top level of `files`, in source order, with their methods'
/// parameters named as declared (in the interface or in a local interface it embeds).
pub(super) fn iface_wrappers(
    info: &frontend::check::Info,
    types: &base::types::Types,
    files: &[&ast::File],
) -> Vec<IfaceWrappers> {
    use base::types::Type;
    // Every method declared in an interface of these files, by name: its parameters.
    let mut declared: Vec<(String, &ast::FuncType)> = Vec::new();
    let mut specs = Vec::new();
    for f in files {
        for d in &f.decls {
            let ast::Decl::Type(ts) = d else { continue };
            for spec in ts {
                let AstExpr::InterfaceType { elems } = &spec.ty.kind else {
                    continue;
                };
                for el in elems {
                    if let ast::InterfaceElem::Method { name, ty } = el {
                        declared.push((name.name.clone(), ty));
                    }
                }
                if !spec.alias {
                    specs.push(spec);
                }
            }
        }
    }
    let mut out = Vec::new();
    for spec in specs {
        let Some(&obj) = info.defs.get(&spec.name.id) else {
            continue;
        };
        let Type::Interface(methods) = types.under(info.object(obj).ty) else {
            continue;
        };
        let mut ms = Vec::new();
        for m in methods {
            let Type::Func(sig) = types.get(m.sig) else {
                continue;
            };
            let decl = declared.iter().find(|(n, _)| *n == m.name).map(|(_, t)| *t);
            // Parameter names as declared, one per parameter (a `a, b int` list names two).
            let names: Vec<(Option<String>, Span)> = match decl {
                Some(ft) => ft
                    .params
                    .iter()
                    .map(|p| {
                        (
                            p.name.as_ref().map(|n| n.name.clone()),
                            p.name.as_ref().map_or(p.span, |n| n.span),
                        )
                    })
                    .collect(),
                None => Vec::new(),
            };
            let params = sig
                .params
                .iter()
                .enumerate()
                .map(|(i, &t)| {
                    let (name, span) = match names.get(i) {
                        Some((Some(n), span)) if n != "_" => (n.clone(), *span),
                        _ => (
                            format!("~p{}", i + 1),
                            Span::nowhere(base::source::FileId(0)),
                        ),
                    };
                    let variadic = sig.variadic && i + 1 == sig.params.len();
                    (name, span, t, variadic)
                })
                .collect();
            ms.push(WrapperMethod {
                name: m.name.clone(),
                params,
            });
        }
        if !ms.is_empty() {
            out.push(IfaceWrappers {
                name: spec.name.name.clone(),
                methods: ms,
            });
        }
    }
    out
}
