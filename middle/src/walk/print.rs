//! `print` and `println` as gc's `walkPrint` lowers them: the operands are evaluated first
//! (into temporaries, constants aside), then `runtime.printlock`, one runtime call per operand, and `runtime.printunlock`.
//! Adjacent constant strings are merged (`println`'s separating `" "` and final `"\n"`
//! included); a lone `" "` or `"\n"` becomes `printsp` or `printnl`. Integers are widened to
//! 64 bits by signedness; pointers, slices and interfaces are passed as they are (gc
//! instantiates `printpointer`, `printslice`, `printeface` and `printiface` for each type).

use base::source::Span;
use base::types::{BasicKind as K, Type};

use super::Walker;
use crate::ir::*;

/// One call of the lowered statement: a constant text or a value.
enum Item {
    Text(Vec<u8>),
    Value(Expr),
}

impl Walker<'_> {
    /// Lowers `print(args)` or `println(args)` at `span`: the statements before the last go
    /// to `pre`; returns the last (`printunlock`).
    pub(super) fn print(
        &mut self,
        args: Vec<Expr>,
        newline: bool,
        span: Span,
        pre: &mut Block,
    ) -> Stmt {
        let mut items: Vec<Item> = Vec::new();
        let text = |items: &mut Vec<Item>, s: &[u8]| match items.last_mut() {
            Some(Item::Text(prev)) => prev.extend_from_slice(s),
            _ => items.push(Item::Text(s.to_vec())),
        };
        for (i, a) in args.into_iter().enumerate() {
            if newline && i > 0 {
                text(&mut items, b" ");
            }
            match a.kind {
                ExprKind::Const(Const::String(s)) => text(&mut items, &s),
                // Constants are cheap (gc's `walkExprListCheap` leaves them in place).
                ExprKind::Const(_) => items.push(Item::Value(a)),
                _ => {
                    // Assigned before the lock and read after it; no zeroing `Decl` is needed
                    // for a temporary that lives in registers.
                    let ty = a.ty;
                    let t = self.temp(ty, span, false);
                    pre.push(Stmt::new(StmtKind::Assign(Place::Local(t), a), span));
                    let v = Expr::new(ExprKind::Load(Place::Local(t)), ty, span);
                    items.push(Item::Value(v));
                }
            }
        }
        if newline {
            text(&mut items, b"\n");
        }
        pre.push(self.runtime_call("runtime.printlock", None, span));
        for item in items {
            let call = match item {
                Item::Text(s) if s == b" " => self.runtime_call("runtime.printsp", None, span),
                Item::Text(s) if s == b"\n" => self.runtime_call("runtime.printnl", None, span),
                Item::Text(s) => {
                    let string = self.types.basic(K::String);
                    let v = Expr::new(ExprKind::Const(Const::String(s)), string, span);
                    self.runtime_call("runtime.printstring", Some(v), span)
                }
                Item::Value(v) => self.print_value(v, span),
            };
            pre.push(call);
        }
        self.runtime_call("runtime.printunlock", None, span)
    }

    /// The runtime call that prints `v`.
    fn print_value(&mut self, v: Expr, span: Span) -> Stmt {
        let (name, param) = match self.types.under(v.ty).clone() {
            Type::Basic(k) => match k {
                K::Bool => ("runtime.printbool", self.types.basic(K::Bool)),
                K::Int | K::Int8 | K::Int16 | K::Int32 | K::Int64 => {
                    ("runtime.printint", self.types.basic(K::Int64))
                }
                K::Uint | K::Uint8 | K::Uint16 | K::Uint32 | K::Uint64 | K::Uintptr => {
                    ("runtime.printuint", self.types.basic(K::Uint64))
                }
                K::Float32 => ("runtime.printfloat32", self.types.basic(K::Float32)),
                K::Float64 => ("runtime.printfloat64", self.types.basic(K::Float64)),
                K::Complex64 => ("runtime.printcomplex64", self.types.basic(K::Complex64)),
                K::Complex128 => ("runtime.printcomplex128", self.types.basic(K::Complex128)),
                K::String => ("runtime.printstring", self.types.basic(K::String)),
                _ => ("runtime.printpointer", v.ty),
            },
            Type::Interface(m) if m.is_empty() => ("runtime.printeface", v.ty),
            Type::Interface(_) => ("runtime.printiface", v.ty),
            Type::Slice(_) => ("runtime.printslice", v.ty),
            Type::Pointer(_) | Type::Map(..) | Type::Chan(_) | Type::Func(_) => {
                ("runtime.printpointer", v.ty)
            }
            // Lowering rejects printing anything else (`illegal types for operand: print`).
            t => unreachable!("print of {t:?} reached the walk"),
        };
        let arg = if v.ty == param {
            v
        } else {
            Expr::new(ExprKind::Convert(Box::new(v)), param, span)
        };
        self.runtime_call(name, Some(arg), span)
    }

    /// `name(arg)` as a statement, for a runtime function of at most one parameter and no
    /// result.
    fn runtime_call(&mut self, name: &str, arg: Option<Expr>, span: Span) -> Stmt {
        let params = arg.iter().map(|a| a.ty).collect();
        let f = self.extern_fn(name, params, vec![]);
        let void = self.types.tuple(vec![]);
        let call = Expr::new(
            ExprKind::CallExtern(f, arg.into_iter().collect()),
            void,
            span,
        );
        Stmt::new(StmtKind::Expr(call), span)
    }
}
