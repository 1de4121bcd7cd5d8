//! The textual IR: what `--dump-after=PASS` and the snapshot tests show.
//!
//! One statement per line, blocks indented by four spaces, Go-like syntax:
//!
//! ```text
//! func main.sum(xs []int) (total int) {
//!     var total int
//!     {
//!         var .t0 []int = xs
//!         var .t1 int = len(.t0)
//!         var .t2 int = 0
//!         L0: for .t2 < .t1 {
//!             var x int = .t0[.t2]
//!             total = total + x
//!         } post {
//!             .t2 = .t2 + 1
//!         }
//!     }
//!     return total
//! }
//! ```
//!
//! A `var` line followed by an assignment to the same local prints as one `var x T = e` line.
//! Locals print by name; compiler temporaries are `.tN`; a second local with the same name
//! (shadowing, per-iteration copies) prints as `x#1`. `var` lines note `// heap` for locals
//! that live on the heap and `// addr-taken` for address-taken ones that do not.
//! Calls print the callee's link name; types print as gc spells them (`main.T`, `[]int`).

use std::fmt::{self, Write};

use base::constant::{format_g, go_quote};
use base::types::{BasicKind, Type, TypeId, Types};

use crate::*;

/// Go's spelling of a type, package-qualified as in gc's link names (`main.T`, `*main.T`).
pub fn type_string(types: &Types, t: TypeId) -> String {
    let mut s = String::new();
    write_type(types, t, &mut s);
    s
}

fn write_type(types: &Types, t: TypeId, s: &mut String) {
    match types.get(t) {
        Type::Basic(k) => s.push_str(k.name()),
        Type::Pointer(e) => {
            s.push('*');
            write_type(types, *e, s);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            write_type(types, *e, s);
        }
        Type::Array(n, e) => {
            let _ = write!(s, "[{n}]");
            write_type(types, *e, s);
        }
        Type::Struct(fields) => {
            if fields.is_empty() {
                s.push_str("struct {}");
                return;
            }
            s.push_str("struct { ");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !f.embedded {
                    s.push_str(&f.name);
                    s.push(' ');
                }
                write_type(types, f.ty, s);
            }
            s.push_str(" }");
        }
        Type::Func(sig) => {
            s.push_str("func");
            write_signature(types, &sig.params, &sig.results, sig.variadic, s);
        }
        Type::Interface(methods) => {
            if methods.is_empty() {
                s.push_str("interface {}");
                return;
            }
            s.push_str("interface { ");
            for (i, m) in methods.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                s.push_str(&m.name);
                if let Type::Func(sig) = types.get(m.sig) {
                    write_signature(types, &sig.params, &sig.results, sig.variadic, s);
                }
            }
            s.push_str(" }");
        }
        Type::Map(k, v) => {
            s.push_str("map[");
            write_type(types, *k, s);
            s.push(']');
            write_type(types, *v, s);
        }
        Type::Chan(e) => {
            s.push_str("chan ");
            write_type(types, *e, s);
        }
        Type::Tuple(elems) => {
            s.push('(');
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_type(types, *e, s);
            }
            s.push(')');
        }
        Type::Named(_) => {
            let Some(n) = types.named_info(t) else { return };
            if n.pkg != PkgId::UNIVERSE {
                s.push_str(types.pkg_path(n.pkg));
                s.push('.');
            }
            s.push_str(&n.name);
            if n.local_index > 0 {
                let _ = write!(s, "·{}", n.local_index);
            }
        }
    }
}

fn write_signature(
    types: &Types,
    params: &[TypeId],
    results: &[TypeId],
    variadic: bool,
    s: &mut String,
) {
    s.push('(');
    for (i, p) in params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if variadic && i + 1 == params.len() {
            s.push_str("...");
            match types.get(*p) {
                Type::Slice(e) => write_type(types, *e, s),
                _ => write_type(types, *p, s),
            }
        } else {
            write_type(types, *p, s);
        }
    }
    s.push(')');
    match results {
        [] => {}
        [r] => {
            s.push(' ');
            write_type(types, *r, s);
        }
        rs => {
            s.push_str(" (");
            for (i, r) in rs.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_type(types, *r, s);
            }
            s.push(')');
        }
    }
}

impl fmt::Display for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for g in &self.globals {
            let name = g.sym.link_name(&self.types);
            // A variable another object defines (`//go:linkname`).
            let ext = if g.external { "extern " } else { "" };
            write!(f, "{ext}var {name} {}", type_string(&self.types, g.ty))?;
            // A static initial value names no local, so any function's printer spells it.
            if let (Some(init), Some(func)) = (&g.init, self.funcs.first()) {
                let mut value = String::new();
                FuncPrinter::new(self, func).expr(init, &mut value);
                write!(f, " = {value}")?;
            }
            writeln!(f)?;
        }
        for e in &self.externs {
            let mut sig = String::new();
            write_signature(&self.types, &e.params, &e.results, false, &mut sig);
            writeln!(f, "extern {}{}", e.name, sig)?;
        }
        if !self.globals.is_empty() || !self.externs.is_empty() {
            writeln!(f)?;
        }
        for (i, func) in self.funcs.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", self.display_func(func))?;
        }
        Ok(())
    }
}

impl Program {
    /// A function's textual IR.
    pub fn display_func<'p>(&'p self, func: &'p Func) -> impl fmt::Display + 'p {
        FuncPrinter::new(self, func)
    }

    /// A statement of `func`, with nested blocks, indented by `indent` levels.
    pub fn display_stmt<'p>(
        &'p self,
        func: &'p Func,
        stmt: &'p Stmt,
        indent: usize,
    ) -> impl fmt::Display + 'p {
        Displayed(move |f: &mut fmt::Formatter<'_>| {
            let p = FuncPrinter::new(self, func);
            let mut s = String::new();
            p.stmts(std::slice::from_ref(stmt), indent, &mut s);
            f.write_str(&s)
        })
    }

    /// An expression of `func`.
    pub fn display_expr<'p>(&'p self, func: &'p Func, e: &'p Expr) -> impl fmt::Display + 'p {
        Displayed(move |f: &mut fmt::Formatter<'_>| {
            let p = FuncPrinter::new(self, func);
            let mut s = String::new();
            p.expr(e, &mut s);
            f.write_str(&s)
        })
    }
}

struct Displayed<F>(F);

impl<F: Fn(&mut fmt::Formatter<'_>) -> fmt::Result> fmt::Display for Displayed<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.0)(f)
    }
}

struct FuncPrinter<'p> {
    prog: &'p Program,
    func: &'p Func,
    /// Display name of each local.
    names: Vec<String>,
}

impl fmt::Display for FuncPrinter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        self.func(&mut s);
        f.write_str(&s)
    }
}

impl<'p> FuncPrinter<'p> {
    fn new(prog: &'p Program, func: &'p Func) -> FuncPrinter<'p> {
        let mut seen: std::collections::HashMap<&str, usize> = Default::default();
        let names = func
            .locals
            .iter()
            .map(|l| {
                let n = seen.entry(l.name.as_str()).or_insert(0);
                *n += 1;
                if *n == 1 || l.name == "_" {
                    l.name.clone()
                } else {
                    format!("{}#{}", l.name, *n - 1)
                }
            })
            .collect();
        FuncPrinter { prog, func, names }
    }

    fn ty(&self, t: TypeId) -> String {
        type_string(&self.prog.types, t)
    }

    /// A function's link name (`func#N` for an id the program does not have).
    fn func_name(&self, f: FuncId) -> String {
        match self.prog.funcs.get(f.index()) {
            Some(func) => func.sym.link_name(&self.prog.types),
            None => format!("func#{}", f.0),
        }
    }

    fn func(&self, s: &mut String) {
        let func = self.func;
        if func.noinline {
            s.push_str("//go:noinline\n");
        }
        let _ = write!(s, "func {}(", func.sym.link_name(&self.prog.types));
        for (i, &p) in func.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            let _ = write!(s, "{} {}", self.names[p.index()], self.ty(func.local(p).ty));
        }
        s.push(')');
        match &func.results[..] {
            [] => {}
            [r] => {
                let _ = write!(s, " {}", self.ty(*r));
            }
            rs => {
                s.push_str(" (");
                for (i, r) in rs.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&self.ty(*r));
                }
                s.push(')');
            }
        }
        s.push_str(" {\n");
        // A literal's captured variables, in funcval order (by value unless escape analysis
        // decided otherwise; the walk pass records it).
        for c in &func.captures {
            let how = if c.by_ref { " by reference" } else { "" };
            let local = func.local(c.local);
            let _ = writeln!(
                s,
                "    // captures {} {}{how}",
                self.names[c.local.index()],
                self.ty(local.ty)
            );
        }
        self.stmts(&func.body, 1, s);
        s.push_str("}\n");
    }

    fn stmts(&self, stmts: &[Stmt], indent: usize, s: &mut String) {
        let mut i = 0;
        while i < stmts.len() {
            let pad = "    ".repeat(indent);
            // `var x T` directly followed by `x = e` prints as `var x T = e`.
            if let StmtKind::Decl(l) = &stmts[i].kind {
                let init = match stmts.get(i + 1).map(|s| &s.kind) {
                    Some(StmtKind::Assign(Place::Local(l2), e)) if l2 == l => Some(e),
                    _ => None,
                };
                let local = self.func.local(*l);
                let _ = write!(
                    s,
                    "{pad}var {} {}",
                    self.names[l.index()],
                    self.ty(local.ty)
                );
                if let Some(e) = init {
                    s.push_str(" = ");
                    self.expr(e, s);
                    i += 1;
                }
                if local.heap {
                    s.push_str("  // heap");
                } else if local.addr_taken {
                    s.push_str("  // addr-taken");
                }
                s.push('\n');
                i += 1;
                continue;
            }
            self.stmt(&stmts[i], indent, s);
            i += 1;
        }
    }

    fn stmt(&self, st: &Stmt, indent: usize, s: &mut String) {
        let pad = "    ".repeat(indent);
        s.push_str(&pad);
        match &st.kind {
            StmtKind::Decl(l) => {
                let _ = write!(
                    s,
                    "var {} {}",
                    self.names[l.index()],
                    self.ty(self.func.local(*l).ty)
                );
            }
            StmtKind::Assign(p, e) => {
                self.place(p, s);
                s.push_str(" = ");
                self.expr(e, s);
            }
            StmtKind::AssignMulti(ps, e) => {
                for (i, p) in ps.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    match p {
                        Some(p) => self.place(p, s),
                        None => s.push('_'),
                    }
                }
                s.push_str(" = ");
                self.expr(e, s);
            }
            StmtKind::Expr(e) => self.expr(e, s),
            StmtKind::If { cond, then, els } => {
                s.push_str("if ");
                self.expr(cond, s);
                s.push_str(" {\n");
                self.stmts(then, indent + 1, s);
                let _ = write!(s, "{pad}}}");
                if !els.is_empty() {
                    s.push_str(" else {\n");
                    self.stmts(els, indent + 1, s);
                    let _ = write!(s, "{pad}}}");
                }
            }
            StmtKind::Loop {
                label,
                cond,
                body,
                post,
            } => {
                let _ = write!(s, "L{}: for ", label.0);
                if let Some(c) = cond {
                    self.expr(c, s);
                    s.push(' ');
                }
                s.push_str("{\n");
                self.stmts(body, indent + 1, s);
                let _ = write!(s, "{pad}}}");
                if !post.is_empty() {
                    s.push_str(" post {\n");
                    self.stmts(post, indent + 1, s);
                    let _ = write!(s, "{pad}}}");
                }
            }
            StmtKind::Switch { label, clauses } => {
                let _ = writeln!(s, "L{}: switch {{", label.0);
                for c in clauses {
                    if c.conds.is_empty() {
                        let _ = writeln!(s, "{pad}default:");
                    } else {
                        let _ = write!(s, "{pad}case ");
                        for (i, e) in c.conds.iter().enumerate() {
                            if i > 0 {
                                s.push_str(", ");
                            }
                            self.expr(e, s);
                        }
                        s.push_str(":\n");
                    }
                    self.stmts(&c.body, indent + 1, s);
                    if c.fallthrough {
                        let _ = writeln!(s, "{pad}    fallthrough");
                    }
                }
                let _ = write!(s, "{pad}}}");
            }
            StmtKind::Break(l) => {
                let _ = write!(s, "break L{}", l.0);
            }
            StmtKind::Continue(l) => {
                let _ = write!(s, "continue L{}", l.0);
            }
            StmtKind::Label(l) => {
                let _ = write!(s, "L{}:", l.0);
            }
            StmtKind::Goto(l) => {
                let _ = write!(s, "goto L{}", l.0);
            }
            StmtKind::Return(es) => {
                s.push_str("return");
                for (i, e) in es.iter().enumerate() {
                    s.push_str(if i == 0 { " " } else { ", " });
                    self.expr(e, s);
                }
            }
            StmtKind::DeferAt { func, frame } => {
                s.push_str("deferat(");
                self.expr(frame, s);
                s.push_str(") ");
                self.expr(func, s);
            }
            StmtKind::NilCheck(e) => {
                s.push_str("nilcheck(");
                self.expr(e, s);
                s.push(')');
            }
            StmtKind::Panic(e) => {
                s.push_str("panic(");
                self.expr(e, s);
                s.push(')');
            }
            StmtKind::Defer {
                func,
                slot,
                in_loop,
            } => {
                let l = if *in_loop { " in loop" } else { "" };
                s.push_str(&format!("defer[{slot}{l}] "));
                self.expr(func, s);
            }
            StmtKind::Print { args, newline } => {
                s.push_str(if *newline { "println(" } else { "print(" });
                self.list(args, s);
                s.push(')');
            }
            StmtKind::Block(b) => {
                s.push_str("{\n");
                self.stmts(b, indent + 1, s);
                let _ = write!(s, "{pad}}}");
            }
            StmtKind::TypeSwitch { label, x, clauses } => {
                let _ = write!(s, "L{}: switch ", label.0);
                self.operand(x, s);
                s.push_str(".(type) {\n");
                for c in clauses {
                    if c.cases.is_empty() {
                        let _ = write!(s, "{pad}default:");
                    } else {
                        let _ = write!(s, "{pad}case ");
                        for (i, case) in c.cases.iter().enumerate() {
                            if i > 0 {
                                s.push_str(", ");
                            }
                            match case {
                                TypeCase::Nil => s.push_str("nil"),
                                TypeCase::Concrete(t) => s.push_str(&self.ty(*t)),
                                TypeCase::Iface(t) => {
                                    let _ = write!(s, "{} /*iface*/", self.ty(*t));
                                }
                            }
                        }
                        s.push(':');
                    }
                    if let Some(b) = c.bind {
                        let _ = write!(
                            s,
                            "  // {} {}",
                            self.names[b.index()],
                            self.ty(self.func.local(b).ty)
                        );
                    }
                    s.push('\n');
                    self.stmts(&c.body, indent + 1, s);
                }
                let _ = write!(s, "{pad}}}");
            }
        }
        s.push('\n');
    }

    fn list(&self, es: &[Expr], s: &mut String) {
        for (i, e) in es.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            self.expr(e, s);
        }
    }

    fn field_name(&self, struct_ty: TypeId, i: usize) -> String {
        match self.prog.types.under(struct_ty) {
            Type::Struct(fields) => fields
                .get(i)
                .map(|f| f.name.clone())
                .unwrap_or_else(|| format!("#{i}")),
            _ => format!("#{i}"),
        }
    }

    /// The type of a place (for field names).
    fn place_type(&self, p: &Place) -> Option<TypeId> {
        let types = &self.prog.types;
        match p {
            Place::Local(l) => Some(self.func.local(*l).ty),
            Place::Global(g) => self.prog.globals.get(g.index()).map(|g| g.ty),
            Place::Deref(e) => match types.under(e.ty) {
                Type::Pointer(t) => Some(*t),
                _ => None,
            },
            Place::Field(inner, i) => match types.under(self.place_type(inner)?) {
                Type::Struct(fields) => fields.get(*i).map(|f| f.ty),
                _ => None,
            },
            Place::Index(inner, _, _) => match types.under(self.place_type(inner)?) {
                Type::Array(_, e) => Some(*e),
                _ => None,
            },
            Place::SliceElem(s, _, _) => match types.under(s.ty) {
                Type::Slice(e) => Some(*e),
                _ => None,
            },
        }
    }

    fn place(&self, p: &Place, s: &mut String) {
        match p {
            Place::Local(l) => s.push_str(&self.names[l.index()]),
            Place::Global(g) => match self.prog.globals.get(g.index()) {
                Some(g) => s.push_str(&g.sym.link_name(&self.prog.types)),
                None => {
                    let _ = write!(s, "global#{}", g.0);
                }
            },
            Place::Deref(e) => {
                s.push('*');
                self.operand(e, s);
            }
            Place::Field(inner, i) => {
                if matches!(**inner, Place::Deref(_)) {
                    s.push('(');
                    self.place(inner, s);
                    s.push(')');
                } else {
                    self.place(inner, s);
                }
                let name = self
                    .place_type(inner)
                    .map(|t| self.field_name(t, *i))
                    .unwrap_or_else(|| format!("#{i}"));
                let _ = write!(s, ".{name}");
            }
            Place::Index(inner, i, _) => {
                if matches!(**inner, Place::Deref(_)) {
                    s.push('(');
                    self.place(inner, s);
                    s.push(')');
                } else {
                    self.place(inner, s);
                }
                s.push('[');
                self.expr(i, s);
                s.push(']');
            }
            Place::SliceElem(e, i, _) => {
                self.operand(e, s);
                s.push('[');
                self.expr(i, s);
                s.push(']');
            }
        }
    }

    /// An expression in operand position: parenthesised unless it is atomic.
    fn operand(&self, e: &Expr, s: &mut String) {
        let atomic = matches!(
            e.kind,
            ExprKind::Const(_)
                | ExprKind::Zero
                | ExprKind::Load(Place::Local(_))
                | ExprKind::Load(Place::Global(_))
                | ExprKind::Load(Place::Field(..))
                | ExprKind::Load(Place::Index(..))
                | ExprKind::Load(Place::SliceElem(..))
                | ExprKind::Call(..)
                | ExprKind::CallExtern(..)
                | ExprKind::CallValue(..)
                | ExprKind::FuncValue(_)
                | ExprKind::FieldOf(..)
                | ExprKind::IndexOf(..)
                | ExprKind::Len(_)
                | ExprKind::Cap(_)
                | ExprKind::Convert(_)
                | ExprKind::Slice { .. }
                | ExprKind::New
                | ExprKind::Composite(_)
        );
        if atomic {
            self.expr(e, s);
        } else {
            s.push('(');
            self.expr(e, s);
            s.push(')');
        }
    }

    fn constant(&self, c: &Const, ty: TypeId, s: &mut String) {
        match c {
            Const::Bool(b) => {
                let _ = write!(s, "{b}");
            }
            Const::Int(i) => {
                let unsigned = self
                    .prog
                    .types
                    .basic_kind(ty)
                    .is_some_and(|k| k.is_unsigned());
                if unsigned {
                    let _ = write!(s, "{}", *i as u64);
                } else {
                    let _ = write!(s, "{i}");
                }
            }
            Const::Float(f) => {
                let is32 = self.prog.types.basic_kind(ty) == Some(BasicKind::Float32);
                let text = if is32 {
                    format_g(*f as f32 as f64, None)
                } else {
                    format_g(*f, None)
                };
                s.push_str(&text);
                if !text.contains(['.', 'e', 'I', 'N']) {
                    s.push_str(".0");
                }
            }
            Const::Complex(re, im) => {
                // gc's `%v` of a complex constant: `(1+2i)`.
                let is64 = self.prog.types.basic_kind(ty) == Some(BasicKind::Complex64);
                let g = |f: f64| format_g(if is64 { f as f32 as f64 } else { f }, None);
                let im_text = g(*im);
                let sign = if im_text.starts_with(['-', '+']) {
                    ""
                } else {
                    "+"
                };
                let _ = write!(s, "({}{sign}{im_text}i)", g(*re));
            }
            Const::String(b) => s.push_str(&go_quote(&String::from_utf8_lossy(b))),
            Const::Nil => s.push_str("nil"),
        }
    }

    fn expr(&self, e: &Expr, s: &mut String) {
        match &e.kind {
            ExprKind::Const(c) => self.constant(c, e.ty, s),
            ExprKind::Zero => {
                let _ = write!(s, "zero({})", self.ty(e.ty));
            }
            ExprKind::Load(p) => self.place(p, s),
            ExprKind::Addr(p) => {
                s.push('&');
                self.place(p, s);
            }
            ExprKind::FieldOf(x, i) => {
                self.operand(x, s);
                let _ = write!(s, ".{}", self.field_name(x.ty, *i));
            }
            ExprKind::IndexOf(x, i, _) => {
                self.operand(x, s);
                s.push('[');
                self.expr(i, s);
                s.push(']');
            }
            ExprKind::Unary(op, x) => {
                s.push_str(match op {
                    UnOp::Neg => "-",
                    UnOp::Not => "!",
                    UnOp::Complement => "^",
                    UnOp::Real | UnOp::Imag => "",
                });
                match op {
                    UnOp::Real => self.call_like("real", &[x], s),
                    UnOp::Imag => self.call_like("imag", &[x], s),
                    _ => self.operand(x, s),
                }
            }
            ExprKind::Complex(re, im) => self.call_like("complex", &[re, im], s),
            ExprKind::DeferRangeFunc => s.push_str("deferrangefunc()"),
            ExprKind::Binary(op, a, b) => {
                self.operand(a, s);
                let _ = write!(s, " {} ", op.as_str());
                self.operand(b, s);
            }
            ExprKind::Convert(x) => {
                let t = self.ty(e.ty);
                if t.starts_with('*') || t.starts_with("func") {
                    let _ = write!(s, "({t})(");
                } else {
                    let _ = write!(s, "{t}(");
                }
                self.expr(x, s);
                s.push(')');
            }
            ExprKind::StringFromBytes(x) => self.call_like("slicebytetostring", &[x], s),
            ExprKind::BytesFromString(x) => self.call_like("stringtoslicebyte", &[x], s),
            ExprKind::StringFromRune(x) => self.call_like("intstring", &[x], s),
            ExprKind::StringFromRunes(x) => self.call_like("slicerunetostring", &[x], s),
            ExprKind::RunesFromString(x) => self.call_like("stringtoslicerune", &[x], s),
            ExprKind::Concat(parts) => {
                s.push_str("concatstrings(");
                self.list(parts, s);
                s.push(')');
            }
            ExprKind::DecodeRune(x, i) => self.call_like("decoderune", &[x, i], s),
            ExprKind::UnsafeAdd(p, n) => self.call_like("unsafe.Add", &[p, n], s),
            ExprKind::StringHeader(p, n) => self.call_like("stringheader", &[p, n], s),
            ExprKind::SliceHeader(p, l, c) => self.call_like("sliceheader", &[p, l, c], s),
            ExprKind::DataPtr(x) => self.call_like("dataptr", &[x], s),
            ExprKind::Seq(stmts, v) => {
                // `{ stmt; …; value }` on one line.
                let mut inner = String::new();
                self.stmts(stmts, 0, &mut inner);
                s.push_str("{ ");
                for line in inner.lines().map(str::trim).filter(|l| !l.is_empty()) {
                    // A trailing `// note` becomes `/* note */`, so that the line goes on.
                    match line.split_once("  // ") {
                        Some((stmt, note)) => s.push_str(&format!("{stmt} /* {note} */")),
                        None => s.push_str(line),
                    }
                    s.push_str("; ");
                }
                self.expr(v, s);
                s.push_str(" }");
            }
            ExprKind::Call(f, args) => {
                let name = self.func_name(*f);
                self.call_like(&name, &args.iter().collect::<Vec<_>>(), s);
            }
            ExprKind::FuncValue(f) => {
                // The funcval's symbol, as gc spells it.
                let name = self.func_name(*f);
                s.push_str(&format!("&{}", base::symbols::funcval(&name)));
            }
            ExprKind::Closure {
                func,
                captures,
                env,
                buf,
            } => {
                let name = self.func_name(*func);
                if captures.is_empty() {
                    s.push_str(&format!("&{}", base::symbols::funcval(&name)));
                    return;
                }
                let mut fields = vec![name];
                for c in captures {
                    let mut f = String::new();
                    self.expr(c, &mut f);
                    fields.push(f);
                }
                match (env, buf) {
                    (_, Some(b)) => {
                        let _ = write!(s, "&{}{{", self.names[b.index()]);
                    }
                    (Some(t), None) => {
                        let _ = write!(s, "new {}{{", self.ty(*t));
                    }
                    (None, None) => s.push_str("closure{"),
                }
                s.push_str(&fields.join(", "));
                s.push('}');
            }
            ExprKind::MethodValue {
                wrapper, recv, buf, ..
            } => {
                let name = self.func_name(*wrapper);
                let mut r = String::new();
                self.expr(recv, &mut r);
                match buf {
                    Some(b) => {
                        let _ = write!(s, "&{}{{{name}, {r}}}", self.names[b.index()]);
                    }
                    None => {
                        let _ = write!(s, "methodvalue{{{name}, {r}}}");
                    }
                }
            }
            ExprKind::CallValue(callee, args) => {
                let mut name = String::new();
                self.operand(callee, &mut name);
                self.call_like(&name, &args.iter().collect::<Vec<_>>(), s);
            }
            ExprKind::CallExtern(x, args) => {
                let name = match self.prog.externs.get(x.index()) {
                    Some(ext) => ext.name.clone(),
                    None => format!("extern#{}", x.0),
                };
                self.call_like(&name, &args.iter().collect::<Vec<_>>(), s);
            }
            ExprKind::Len(x) => self.call_like("len", &[x], s),
            ExprKind::Cap(x) => self.call_like("cap", &[x], s),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.operand(x, s);
                s.push('[');
                if let Some(lo) = lo {
                    self.expr(lo, s);
                }
                s.push(':');
                if let Some(hi) = hi {
                    self.expr(hi, s);
                }
                if let Some(max) = max {
                    s.push(':');
                    self.expr(max, s);
                }
                s.push(']');
            }
            ExprKind::New => {
                let elem = match self.prog.types.under(e.ty) {
                    Type::Pointer(t) => self.ty(*t),
                    _ => self.ty(e.ty),
                };
                let _ = write!(s, "new({elem})");
            }
            ExprKind::Map(op, args) => {
                let name = match op {
                    MapOp::Make { .. } => format!("makemap[{}]", self.ty(e.ty)),
                    MapOp::Index { comma_ok: false } => "mapindex".to_string(),
                    MapOp::Index { comma_ok: true } => "mapindex2".to_string(),
                    MapOp::Assign => "mapassign".to_string(),
                    MapOp::Delete => "mapdelete".to_string(),
                    MapOp::Clear => "mapclear".to_string(),
                    MapOp::IterStart => "mapiterstart".to_string(),
                    MapOp::IterNext => "mapiternext".to_string(),
                };
                let args: Vec<&Expr> = args.iter().collect();
                self.call_like(&name, &args, s);
            }
            ExprKind::MakeSlice { len, cap } => {
                let _ = write!(s, "make({}, ", self.ty(e.ty));
                self.expr(len, s);
                if let Some(cap) = cap {
                    s.push_str(", ");
                    self.expr(cap, s);
                }
                s.push(')');
            }
            ExprKind::Composite(items) => {
                let _ = write!(s, "{}{{", self.ty(e.ty));
                let is_struct = matches!(self.prog.types.under(e.ty), Type::Struct(_));
                for (n, (i, v)) in items.iter().enumerate() {
                    if n > 0 {
                        s.push_str(", ");
                    }
                    if is_struct {
                        let _ = write!(s, "{}: ", self.field_name(e.ty, *i));
                    } else {
                        let _ = write!(s, "{i}: ");
                    }
                    self.expr(v, s);
                }
                s.push('}');
            }
            ExprKind::Append(x, elems) => {
                s.push_str("append(");
                self.expr(x, s);
                for el in elems {
                    s.push_str(", ");
                    self.expr(el, s);
                }
                s.push(')');
            }
            ExprKind::AppendSlice(x, y) => {
                s.push_str("append(");
                self.expr(x, s);
                s.push_str(", ");
                self.expr(y, s);
                s.push_str("...)");
            }
            ExprKind::Copy(a, b) => self.call_like("copy", &[a, b], s),
            ExprKind::MakeIface { value, data } => {
                let _ = write!(s, "{}(", self.ty(e.ty));
                self.expr(value, s);
                s.push_str(") /*");
                if matches!(self.prog.types.under(e.ty), Type::Interface(ms) if !ms.is_empty()) {
                    let _ = write!(s, "go:itab.{},{} ", self.ty(value.ty), self.ty(e.ty));
                }
                match data {
                    DataWord::Direct => s.push_str("direct"),
                    DataWord::ZeroBase => s.push_str("zerobase"),
                    DataWord::StaticUint64s => s.push_str("staticuint64s"),
                    DataWord::ZeroVal => s.push_str("zeroVal"),
                    DataWord::ReadOnlyStatic(id) => match self.prog.statics.get(id.0 as usize) {
                        Some(st) => {
                            let _ = write!(s, "stmp {}", st.sym.link_name(&self.prog.types));
                        }
                        None => {
                            let _ = write!(s, "stmp#{}", id.0);
                        }
                    },
                    DataWord::StackTemp => s.push_str("stack"),
                    DataWord::Global(g) => match self.prog.globals.get(g.index()) {
                        Some(global) => {
                            s.push('&');
                            s.push_str(&global.sym.link_name(&self.prog.types));
                        }
                        None => s.push_str("&?"),
                    },
                    DataWord::Call(f) => {
                        s.push_str(f.symbol().trim_start_matches("runtime."));
                    }
                }
                s.push_str("*/");
            }
            ExprKind::IfaceToEface(x) => {
                let _ = write!(s, "{}(", self.ty(e.ty));
                self.expr(x, s);
                s.push_str(") /*I2E*/");
            }
            ExprKind::IfaceToIface(x) => {
                let _ = write!(s, "{}(", self.ty(e.ty));
                self.expr(x, s);
                s.push_str(") /*I2I*/");
            }
            ExprKind::CallIface { recv, method, args } => {
                self.operand(recv, s);
                let name = match self.prog.types.under(recv.ty) {
                    Type::Interface(ms) => ms.get(*method).map(|m| m.name.clone()),
                    _ => None,
                };
                match name {
                    Some(n) => {
                        let _ = write!(s, ".{n}");
                    }
                    None => {
                        let _ = write!(s, ".method#{method}");
                    }
                }
                let _ = write!(s, "/*itab.Fun[{method}]*/(");
                self.list(args, s);
                s.push(')');
            }
            ExprKind::AssertConcrete { x, comma_ok } | ExprKind::AssertIface { x, comma_ok } => {
                self.operand(x, s);
                let target = match self.prog.types.get(e.ty) {
                    Type::Tuple(ts) if *comma_ok => ts.first().map(|t| self.ty(*t)),
                    _ => Some(self.ty(e.ty)),
                };
                let _ = write!(s, ".({})", target.unwrap_or_default());
                if *comma_ok {
                    s.push_str(" /*comma-ok*/");
                }
            }
        }
    }

    fn call_like(&self, name: &str, args: &[&Expr], s: &mut String) {
        s.push_str(name);
        s.push('(');
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            self.expr(a, s);
        }
        s.push(')');
    }
}
