//! gc's limit on the size of one data symbol (`cmd/internal/obj.MaxSymSize`, 2,000,000,000
//! bytes): a package variable or a read-only static (`main..stmp_N`, which gc makes for a
//! composite literal of constants too big for registers) over it is `NAME: symbol too large
//! (SIZE bytes > 2000000000 bytes)`. gc finds it when it writes the object file, after
//! compiling every function, and reports it at its current position then: the last statement
//! its walk pass visited, in the last function of the package (or that function's name when
//! its body is empty). [`Lowerer::final_walk_pos`] finds that statement.
//!
//! A composite literal that is neither constant nor zero-sized cannot be built in a stack
//! slot over 4 GiB (Cranelift's limit): gocrane rejects those by name.

use base::source::Span;
use base::symbols::Symbol;
use base::types::TypeId;
use frontend::ast::{self, StmtKind};

use super::Lowerer;
use crate::ir::{Expr, ExprKind, Static};

/// `cmd/internal/obj.MaxSymSize`.
const MAX_SYM_SIZE: u64 = 2_000_000_000;

impl<'a> Lowerer<'a> {
    /// Called for each array or struct literal lowered as a value: gc puts a non-zero
    /// constant one in a `main..stmp_N` (counted here so that it is reported), and gocrane
    /// cannot build a larger-than-4-GiB one in a stack slot.
    pub(super) fn check_literal_size(&mut self, e: &'a ast::Expr, ty: TypeId, zero: bool) {
        let size = self.types.size_of(ty);
        if size <= MAX_SYM_SIZE {
            return;
        }
        if !zero && self.is_static_composite(e) {
            let sym = Symbol::Stmp {
                pkg: self.pkg,
                n: self.next_stmp(),
            };
            self.statics.push(Static {
                sym,
                value: Expr::new(ExprKind::Zero, ty, e.span),
            });
        } else if size > u64::from(u32::MAX) {
            self.unsupported(e.node_pos(), "composite literals larger than 4 GiB");
        }
    }

    /// gc's errors for package variables and statics over the limit.
    pub(super) fn check_symbol_sizes(&mut self) {
        let mut big: Vec<(String, u64)> = Vec::new();
        for g in &self.globals {
            big.push((g.sym.link_name(&self.types), self.types.size_of(g.ty)));
        }
        for s in &self.statics {
            big.push((s.sym.link_name(&self.types), self.types.size_of(s.value.ty)));
        }
        big.retain(|&(_, size)| size > MAX_SYM_SIZE);
        if big.is_empty() {
            return;
        }
        let at = self.final_walk_pos();
        for (name, size) in big {
            self.error(
                at,
                format!("{name}: symbol too large ({size} bytes > {MAX_SYM_SIZE} bytes)"),
            );
        }
    }

    /// The position gc's walk leaves behind: the last statement it visits in the last
    /// function declared (see the module comment).
    fn final_walk_pos(&self) -> Span {
        let last = self
            .files
            .iter()
            .flat_map(|f| f.decls.iter())
            .filter_map(|d| match d {
                ast::Decl::Func(fd) if fd.name.name != "_" => Some(fd),
                _ => None,
            })
            .next_back();
        let Some(fd) = last else {
            return Span::default();
        };
        let at = |s: Span| Span::new(s.file, s.lo, s.lo);
        match fd.body.as_ref().and_then(|b| last_stmt(&b.stmts)) {
            Some(s) => at(stmt_pos(s)),
            None => at(fd.name.span),
        }
    }
}

/// The statement of a list that gc's walk visits last, descending into nested blocks.
fn last_stmt(stmts: &[ast::Stmt]) -> Option<&ast::Stmt> {
    let s = stmts.last()?;
    let inner = match &s.kind {
        StmtKind::Block(b) => last_stmt(&b.stmts),
        StmtKind::Labeled { stmt, .. } => last_stmt(std::slice::from_ref(stmt)),
        StmtKind::If { then, els, .. } => match els {
            Some(e) => last_stmt(std::slice::from_ref(e)),
            None => last_stmt(&then.stmts),
        },
        StmtKind::For { body, post, .. } => last_stmt(&body.stmts).or_else(|| {
            post.as_deref()
                .and_then(|p| last_stmt(std::slice::from_ref(p)))
        }),
        StmtKind::Range { body, .. } => last_stmt(&body.stmts),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().rev().find_map(|c| last_stmt(&c.body))
        }
        _ => None,
    };
    Some(inner.unwrap_or(s))
}

/// gc's position of a statement: its operator for assignments and `++`/`--`, the call's
/// parenthesis for a call, the declared name for a declaration, else its first token.
fn stmt_pos(s: &ast::Stmt) -> Span {
    match &s.kind {
        StmtKind::Expr(e) => e.node_pos(),
        StmtKind::Assign { op_span, .. } => *op_span,
        StmtKind::IncDec { x, .. } => Span::new(x.span.file, x.span.hi, x.span.hi),
        StmtKind::Decl(ast::Decl::Var(specs)) => specs
            .last()
            .and_then(|v| v.names.last())
            .map_or(s.span, |n| n.span),
        _ => s.span,
    }
}
