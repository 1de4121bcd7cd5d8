//! Calls: function and method calls and their arguments (types2's `call.go`); a call that is a
//! conversion `T(x)` goes to `conversions.rs`, one of a builtin to `builtins.rs`.

use crate::ast::{Expr, ExprKind};
use crate::check::expr::span_of;
use crate::check::operand::{expr_string, OpMode, Operand};
use crate::check::{Builtin, Checker, Mode};
use crate::types::{Signature, Type, TypeId};

impl<'a> Checker<'a> {
    pub(crate) fn call_expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return Operand::invalid(Some(e));
        };
        let invalid = Operand::invalid(Some(e));
        // The function: a selector may name a method (method values are only allowed here).
        let mut x = match &fun.unparen().kind {
            ExprKind::Selector { x: sx, sel, .. } => {
                let f = fun.unparen();
                let mut o = self.selector(f, sx, sel);
                o.expr = Some(f);
                self.record_fun(f, &o);
                if !std::ptr::eq(f, &**fun) {
                    self.record_fun(fun, &o);
                }
                o
            }
            _ => {
                let mut o = self.raw_expr(fun, None);
                self.exclude(&mut o, true, false, false);
                self.single_value(&mut o);
                o
            }
        };
        match x.mode.clone() {
            OpMode::Invalid => {
                for a in args {
                    self.use_expr(a);
                }
                return invalid;
            }
            OpMode::TypeExpr => {
                let t = x.ty;
                match args.len() {
                    0 => {
                        let ts = self.type_string(t);
                        self.error(e.span, format!("missing argument in conversion to {ts}"));
                        return invalid;
                    }
                    1 => {
                        let mut y = self.expr_with_hint(&args[0], None);
                        if y.is_invalid() {
                            return invalid;
                        }
                        if ellipsis.is_some() {
                            let ts = self.type_string(t);
                            self.error(
                                args[0].span,
                                format!("invalid use of ... in conversion to {ts}"),
                            );
                            return invalid;
                        }
                        self.conversion(&mut y, t);
                        if y.is_invalid() {
                            return invalid;
                        }
                        y.expr = Some(e);
                        return y;
                    }
                    n => {
                        for a in args {
                            self.use_expr(a);
                        }
                        let ts = self.type_string(t);
                        self.error(
                            args[n - 1].span,
                            format!("too many arguments in conversion to {ts}"),
                        );
                        return invalid;
                    }
                }
            }
            OpMode::Builtin(b) => {
                let r = self.builtin(e, fun, args, *ellipsis, b);
                return r;
            }
            _ => {}
        }
        let sig = match self.types.under(x.ty).clone() {
            Type::Func(sig) => sig,
            _ => {
                let xs = self.op_string(&x);
                let ts = self.type_string(x.ty);
                self.error(
                    span_of(&x),
                    format!("invalid operation: cannot call {xs}: {ts} is not a function"),
                );
                for a in args {
                    self.use_expr(a);
                }
                return invalid;
            }
        };
        // runtime.KeepAlive accepts any argument without converting it to an interface.
        if self.is_keep_alive(fun) {
            let mut have = Vec::new();
            for a in args {
                let mut y = self.expr(a);
                if self.is_untyped(y.ty) {
                    self.assignment(&mut y, None, "argument to runtime.KeepAlive");
                }
                have.push(y.ty);
            }
            if args.len() != 1 {
                let (at, msg) = if args.is_empty() {
                    (e.span, "not enough")
                } else {
                    (args[1].span, "too many")
                };
                let have = self.types_summary(&have, false, ellipsis.is_some());
                self.error(
                    at,
                    format!(
                        "{msg} arguments in call to {}\n\thave {have}\n\twant (any)",
                        expr_string(fun)
                    ),
                );
            }
            return Operand {
                mode: OpMode::NoValue,
                ty: self.types.tuple(vec![]),
                expr: Some(e),
                dummy: None,
            };
        }
        let xs = self.call_args(args);
        self.arguments(e, fun, &sig, xs, ellipsis.is_some());
        self.has_call_or_recv = true;
        x.expr = Some(e);
        match sig.results.len() {
            0 => {
                x.mode = OpMode::NoValue;
                x.ty = self.types.tuple(vec![]);
            }
            1 => {
                x.mode = OpMode::Value;
                x.ty = sig.results[0];
            }
            _ => {
                x.mode = OpMode::Value;
                x.ty = self.types.tuple(sig.results.clone());
            }
        }
        x
    }

    /// Records the signature a builtin was called with, as types2's `recordBuiltinType`
    /// (the middle reads it to lower the call).
    pub(crate) fn record_builtin_sig(
        &mut self,
        fun: &'a Expr,
        b: Builtin,
        params: Vec<TypeId>,
        results: Vec<TypeId>,
        variadic: bool,
    ) {
        let st = self.types.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }));
        self.record_raw(fun.id, st, Mode::Builtin(b));
    }

    fn record_fun(&mut self, f: &'a Expr, o: &Operand<'a>) {
        if !o.is_invalid() {
            self.record(f, o);
        }
    }

    fn is_keep_alive(&self, fun: &Expr) -> bool {
        let f = fun.unparen();
        let Some(&o) = self.info.uses.get(&f.id) else {
            return false;
        };
        self.obj(o).is_func(&self.types, "runtime", "KeepAlive")
    }

    /// Argument operands: `f(g())` spreads g's results (which messages call `g()`, where
    /// an assignment says `2nd function result`: types2's `genericExprList`).
    fn call_args(&mut self, args: &'a [Expr]) -> Vec<Operand<'a>> {
        if args.len() == 1 {
            let mut xs = self.multi_expr(&args[0]);
            for x in &mut xs {
                x.dummy = None;
            }
            return xs;
        }
        args.iter().map(|a| self.expr(a)).collect()
    }

    /// Checks argument count and assignability (types2's `arguments`).
    pub(crate) fn arguments(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        sig: &Signature,
        mut args: Vec<Operand<'a>>,
        ddd: bool,
    ) {
        if args.iter().any(|a| a.is_invalid()) {
            // Still convert the valid ones so that their types are final.
            for a in args.iter_mut().filter(|a| !a.is_invalid()) {
                if self.is_untyped(a.ty) {
                    self.assignment(a, None, "argument");
                }
            }
            return;
        }
        let nargs = args.len();
        let mut npars = sig.params.len();
        let mut params = sig.params.clone();
        if sig.variadic {
            if ddd {
                if let ExprKind::Call { args: list, .. } = &call.kind {
                    if list.len() == 1 && nargs > 1 {
                        self.error(
                            call.span,
                            format!(
                                "cannot use ... with {nargs}-valued {}",
                                expr_string(&list[0])
                            ),
                        );
                        return;
                    }
                }
            } else if nargs + 1 >= npars {
                let last = *params.last().unwrap_or(&self.invalid_type());
                let elem = match self.types.get(last) {
                    Type::Slice(e) => *e,
                    _ => self.invalid_type(),
                };
                params.truncate(npars - 1);
                while params.len() < nargs {
                    params.push(elem);
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if ddd {
            self.error(
                call.span,
                format!(
                    "cannot use ... in call to non-variadic {}",
                    expr_string(fun)
                ),
            );
            return;
        }
        if nargs != npars {
            let (at, qualifier) = if nargs > npars {
                (span_of(&args[npars]), "too many")
            } else if nargs > 0 {
                (span_of(&args[nargs - 1]), "not enough")
            } else {
                (call.span, "not enough")
            };
            let have: Vec<TypeId> = args.iter().map(|a| a.ty).collect();
            let have = self.types_summary(&have, false, ddd);
            let want = self.types_summary(&sig.params, sig.variadic, false);
            self.error(
                at,
                format!(
                    "{qualifier} arguments in call to {}\n\thave {have}\n\twant {want}",
                    expr_string(fun)
                ),
            );
            return;
        }
        let context = format!("argument to {}", expr_string(fun));
        for (a, &p) in args.iter_mut().zip(params.iter()) {
            self.assignment(a, Some(p), &context);
        }
    }
}
