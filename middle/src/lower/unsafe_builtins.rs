//! `unsafe.Add`, `unsafe.Slice`, `unsafe.SliceData`, `unsafe.String` and `unsafe.StringData`,
//! open-coded as gc's walk does them (walk/builtin.go): the checks first, as statements, then
//! the value built from its parts without a copy.
//!
//! ```text
//! unsafe.String(p, n)  =>  if int(n) < 0 { runtime.panicunsafestringlen() }
//!                          if uintptr(n) > -uintptr(p) {
//!                              if p == nil { runtime.panicunsafestringnilptr() }
//!                              runtime.panicunsafestringlen()
//!                          }
//!                          stringheader(p, int(n))
//! unsafe.Slice(p, n)   =>  the same checks on n·size(T) (overflow first), or for a
//!                          zero-size T only `p == nil && n > 0`; sliceheader(p, n, n)
//! ```
//!
//! The panics are gc's run-time errors (`unsafe.String: len out of range`, `unsafe.Slice: ptr
//! is nil and len is not zero`, …). Escape analysis sees the pointer flow into the result.

use base::source::Span;
use base::types::BasicKind;
use frontend::ast;
use frontend::check::Builtin;

use super::Lowerer;
use crate::ir::*;

impl<'a> Lowerer<'a> {
    pub(super) fn unsafe_builtin(
        &mut self,
        b: Builtin,
        e: &'a ast::Expr,
        args: &'a [ast::Expr],
        out: &mut Block,
    ) -> Expr {
        let span = e.span;
        let ty = self.ty(e);
        let int = self.int_type();
        let unsafe_ptr = self.types.basic(BasicKind::UnsafePointer);
        let [x, rest @ ..] = args else {
            return self.bad(span);
        };
        let xv = self.expr(x, out);
        let Some(n) = rest.first() else {
            // StringData, SliceData: the first word.
            return Expr::new(ExprKind::DataPtr(Box::new(xv)), ty, span);
        };
        let xt = xv.ty;
        let p = self.stable(xv, out);
        let nv = self.expr(n, out);
        let nv = self.convert(nv, int, span);
        let nv = self.stable(nv, out);
        let raw = |p: Expr| Expr::new(ExprKind::Convert(Box::new(p)), unsafe_ptr, span);
        match b {
            Builtin::UnsafeAdd => Expr::new(
                ExprKind::UnsafeAdd(Box::new(raw(p)), Box::new(nv)),
                ty,
                span,
            ),
            Builtin::UnsafeString => {
                self.unsafe_checks("string", p.clone(), nv.clone(), 1, out, span);
                Expr::new(
                    ExprKind::StringHeader(Box::new(raw(p)), Box::new(nv)),
                    ty,
                    span,
                )
            }
            _ => {
                let elem = self.pointer_elem(xt).unwrap_or(xt);
                let size = self.types.size_of(elem);
                self.unsafe_checks("slice", p.clone(), nv.clone(), size, out, span);
                Expr::new(
                    ExprKind::SliceHeader(Box::new(raw(p)), Box::new(nv.clone()), Box::new(nv)),
                    ty,
                    span,
                )
            }
        }
    }

    /// gc's checks of `unsafe.String`/`unsafe.Slice` (`what`) of `n` elements of `size` bytes
    /// from `p`: a negative length, one whose bytes overflow or run past the end of the
    /// address space, a nil pointer with a length.
    fn unsafe_checks(
        &mut self,
        what: &str,
        p: Expr,
        n: Expr,
        size: u64,
        out: &mut Block,
        span: Span,
    ) {
        let int = self.int_type();
        let uintptr = self.types.basic(BasicKind::Uintptr);
        let bool_ty = self.bool_type();
        let len_panic = format!("runtime.panicunsafe{what}len");
        let nil_panic = format!("runtime.panicunsafe{what}nilptr");
        let call = |l: &mut Self, name: &str| l.runtime_call_stmt(name, vec![], span);
        let cmp = |op, a: Expr, b: Expr| {
            Expr::new(
                ExprKind::Binary(op, Box::new(a), Box::new(b)),
                bool_ty,
                span,
            )
        };
        let if_then = |cond: Expr, then: Block| {
            Stmt::new(
                StmtKind::If {
                    cond,
                    then,
                    els: Vec::new(),
                },
                span,
            )
        };
        let int_c = |v: i64| Expr::new(ExprKind::Const(Const::Int(v)), int, span);
        let uint_c = |v: i64| Expr::new(ExprKind::Const(Const::Int(v)), uintptr, span);
        let unsafe_ptr = self.types.basic(BasicKind::UnsafePointer);
        let as_uintptr = |e: Expr| {
            // Through unsafe.Pointer, as Go converts a pointer to an integer.
            let e = match e.ty == unsafe_ptr || e.ty == uintptr || e.ty == int {
                true => e,
                false => Expr::new(ExprKind::Convert(Box::new(e)), unsafe_ptr, span),
            };
            Expr::new(ExprKind::Convert(Box::new(e)), uintptr, span)
        };
        let is_nil = cmp(
            BinOp::Eq,
            p.clone(),
            Expr::new(ExprKind::Const(Const::Nil), p.ty, span),
        );
        // if n < 0 { len() }
        let negative = call(self, &len_panic);
        out.push(if_then(cmp(BinOp::Lt, n.clone(), int_c(0)), vec![negative]));
        if size == 0 {
            // if p == nil && n > 0 { nilptr() }
            let nil = call(self, &nil_panic);
            let inner = if_then(cmp(BinOp::Gt, n, int_c(0)), vec![nil]);
            out.push(if_then(is_nil, vec![inner]));
            return;
        }
        // if ptr == nil { nilptr() }; len()
        let fail = |l: &mut Self| {
            let nil = call(l, &nil_panic);
            vec![if_then(is_nil.clone(), vec![nil]), call(l, &len_panic)]
        };
        let un = as_uintptr(n);
        if size > 1 {
            // The multiplication overflows.
            let max = (u64::MAX / size) as i64;
            let body = fail(self);
            out.push(if_then(cmp(BinOp::Gt, un.clone(), uint_c(max)), body));
        }
        let mem = if size > 1 {
            Expr::new(
                ExprKind::Binary(BinOp::Mul, Box::new(un), Box::new(uint_c(size as i64))),
                uintptr,
                span,
            )
        } else {
            un
        };
        // Past the end of the address space: more bytes than -uintptr(p).
        let room = Expr::new(
            ExprKind::Unary(UnOp::Neg, Box::new(as_uintptr(p))),
            uintptr,
            span,
        );
        let body = fail(self);
        out.push(if_then(cmp(BinOp::Gt, mem, room), body));
    }
}
