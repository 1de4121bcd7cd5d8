//! Calls: function and method calls, conversions `T(x)`, and the builtins (types2's
//! `call.go`, `conversions.go`, `builtins.go`).

use crate::ast::{Expr, ExprKind};
use crate::check::expr::span_of;
use crate::check::operand::{builtin_name, expr_string, OpMode, Operand};
use crate::check::{Builtin, Checker, Mode, ObjKind};
use crate::constant::ConstValue;
use crate::types::{BasicKind, Signature, Type, TypeId};

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
                let mut o = self.selector(f, sx, sel, true);
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
    fn record_builtin_sig(
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
        matches!(&self.obj(o).kind, ObjKind::Func(fi) if fi.link_name == "runtime.KeepAlive")
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
    fn arguments(
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

    // ------------------------------------------------------------------------------------------
    // Conversions

    /// `T(x)` (types2's `conversion`).
    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let const_arg = x.is_const();
        let mut ok = false;
        let mut cause = None;
        if const_arg && self.is_const_type(t) {
            let v = x.val().cloned().unwrap_or(ConstValue::Bool(false));
            match self.representable_const(&v, t) {
                Some(r) => {
                    ok = true;
                    x.mode = OpMode::Const(r);
                }
                None => {
                    if self.is_integer(x.ty) && self.is_string(t) {
                        let c = v
                            .to_u64()
                            .and_then(|i| u32::try_from(i).ok())
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        ok = true;
                        x.mode =
                            OpMode::Const(ConstValue::String(c.to_string().into_bytes().into()));
                    } else if self.is_integer(x.ty) && self.is_integer(t) {
                        let ts = self.type_string(t);
                        self.error(span_of(x), format!("constant {v} overflows {ts}"));
                        x.mode = OpMode::Invalid;
                        return;
                    }
                }
            }
        } else if self.convertible_to(x, t, &mut cause) {
            ok = true;
            x.mode = OpMode::Value;
        }
        if !ok {
            let xs = self.op_string(x);
            let ts = self.type_string(t);
            let msg = match cause {
                Some(c) => format!("cannot convert {xs} to type {ts}: {c}"),
                None => format!("cannot convert {xs} to type {ts}"),
            };
            self.error(span_of(x), msg);
            x.mode = OpMode::Invalid;
            return;
        }
        if self.is_untyped(x.ty) {
            let mut final_ = t;
            if x.ty == self.basic(BasicKind::UntypedNil) {
            } else if self.types.is_interface(t) || (const_arg && !self.is_const_type(t)) {
                final_ = self.default_type(x.ty);
            } else if const_arg && self.is_integer(x.ty) && self.is_string(t) {
                final_ = x.ty;
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, final_, true);
            }
        }
        x.ty = t;
    }

    fn convertible_to(&mut self, x: &Operand<'a>, t: TypeId, cause: &mut Option<String>) -> bool {
        if self.assignable_to(x, t, cause) {
            return true;
        }
        // No other conversion rule reaches an interface type, so assignability's reason
        // (`T does not implement I (missing method M)`) is the one gc gives.
        if self.types.is_interface(t) {
            return false;
        }
        *cause = None;
        let v = x.ty;
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(vb), Type::Pointer(tb)) =
            (self.types.get(v).clone(), self.types.get(t).clone())
        {
            let (vbu, tbu) = (self.types.underlying(vb), self.types.underlying(tb));
            if self.identical_ignore_tags(vbu, tbu) {
                return true;
            }
        }
        let int_or_float = |c: &Self, t: TypeId| c.is_integer(t) || c.is_float(t);
        if int_or_float(self, vu) && int_or_float(self, tu) {
            return true;
        }
        if (self.is_integer(vu) || self.is_bytes_or_runes(vu)) && self.is_string(tu) {
            return true;
        }
        if self.is_string(vu) && self.is_bytes_or_runes(tu) {
            return true;
        }
        let is_unsafe_ptr = |c: &Self, t: TypeId| c.kind_of(t) == Some(BasicKind::UnsafePointer);
        let is_uintptr = |c: &Self, t: TypeId| c.kind_of(t) == Some(BasicKind::Uintptr);
        if (self.is_pointer(vu) || is_uintptr(self, vu)) && is_unsafe_ptr(self, tu) {
            return true;
        }
        if is_unsafe_ptr(self, vu) && (self.is_pointer(tu) || is_uintptr(self, tu)) {
            return true;
        }
        if let Type::Slice(se) = self.types.get(vu).clone() {
            match self.types.get(tu).clone() {
                Type::Array(_, ae) if self.types.identical(ae, se) => return true,
                Type::Pointer(p) => {
                    if let Type::Array(_, ae) = self.types.under(p).clone() {
                        if self.types.identical(ae, se) {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.types.under(t) {
            Type::Slice(e) => matches!(
                self.types.under(*e),
                Type::Basic(BasicKind::Uint8) | Type::Basic(BasicKind::Int32)
            ),
            _ => false,
        }
    }

    /// Type identity ignoring struct tags (for conversions).
    pub(crate) fn identical_ignore_tags(&mut self, a: TypeId, b: TypeId) -> bool {
        if self.types.identical(a, b) {
            return true;
        }
        let (a, b) = (self.types.canonical(a), self.types.canonical(b));
        match (self.types.get(a).clone(), self.types.get(b).clone()) {
            (Type::Struct(fa), Type::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb.iter()).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && x.pkg == y.pkg
                            && self.identical_ignore_tags(x.ty, y.ty)
                    })
            }
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.identical_ignore_tags(x, y)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.identical_ignore_tags(x, y),
            _ => false,
        }
    }

    // ------------------------------------------------------------------------------------------
    // Builtins

    fn builtin(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        args: &'a [Expr],
        ellipsis: Option<crate::source::Span>,
        b: Builtin,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let name = builtin_name(b);
        match b {
            Builtin::Append
            | Builtin::Cap
            | Builtin::Copy
            | Builtin::Len
            | Builtin::Make
            | Builtin::New
            | Builtin::Panic
            | Builtin::Print
            | Builtin::Println
            | Builtin::UnsafeSizeof
            | Builtin::UnsafeAlignof
            | Builtin::UnsafeOffsetof => {}
            Builtin::Recover => {
                self.unsupported(call.span, "recover");
                return invalid;
            }
            Builtin::Close | Builtin::Delete => {
                let what = if b == Builtin::Close {
                    "channels"
                } else {
                    "maps"
                };
                self.unsupported(call.span, what);
                return invalid;
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.unsupported(call.span, "complex numbers");
                return invalid;
            }
            _ => {
                self.unsupported(call.span, &format!("built-in {name}"));
                return invalid;
            }
        }
        if ellipsis.is_some() {
            if b != Builtin::Append {
                self.error(
                    call.span,
                    format!("invalid operation: invalid use of ... with built-in {name}"),
                );
                for a in args {
                    self.use_expr(a);
                }
                return invalid;
            }
        }
        let saved_call = self.has_call_or_recv;
        if matches!(b, Builtin::Len | Builtin::Cap) {
            self.has_call_or_recv = false;
        }
        let r = self.builtin_inner(call, fun, args, ellipsis.is_some(), b);
        if matches!(b, Builtin::Len | Builtin::Cap) {
            self.has_call_or_recv = saved_call;
        }
        if !r.is_invalid() && !r.is_const() {
            self.has_call_or_recv = true;
        }
        r
    }

    fn builtin_inner(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        arg_list: &'a [Expr],
        ddd: bool,
        b: Builtin,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let name = builtin_name(b);
        let (min_args, variadic) = match b {
            Builtin::Append => (1, true),
            Builtin::Cap | Builtin::Len | Builtin::New | Builtin::Panic => (1, false),
            Builtin::Copy => (2, false),
            Builtin::Make => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            _ => (1, false),
        };
        let mut args: Vec<Operand<'a>> = Vec::new();
        let nargs;
        if matches!(b, Builtin::Make | Builtin::New | Builtin::UnsafeOffsetof) {
            nargs = arg_list.len();
        } else {
            args = if arg_list.len() == 1 {
                self.multi_expr(&arg_list[0])
            } else {
                arg_list.iter().map(|a| self.expr(a)).collect()
            };
            nargs = args.len();
            if args.iter().any(|a| a.is_invalid()) {
                return invalid;
            }
        }
        let msg = if nargs < min_args {
            "not enough"
        } else if !variadic && nargs > min_args {
            "too many"
        } else {
            ""
        };
        if !msg.is_empty() {
            // types2's argErrPos: the call itself.
            let at = call.span;
            self.error(
                at,
                format!(
                    "invalid operation: {msg} arguments for {} (expected {min_args}, found {nargs})",
                    expr_string(call)
                ),
            );
            return invalid;
        }
        let int_t = self.basic(BasicKind::Int);
        let uintptr_t = self.basic(BasicKind::Uintptr);
        let mut x = args
            .first()
            .cloned()
            .unwrap_or_else(|| Operand::invalid(Some(call)));
        let result = match b {
            Builtin::Append => {
                let Type::Slice(elem) = self.types.under(x.ty).clone() else {
                    let xs = self.op_string(&x);
                    let msg = if x.is_nil() {
                        "invalid append: argument must be a slice; have untyped nil".to_string()
                    } else {
                        format!("invalid append: argument must be a slice; have {xs}")
                    };
                    self.error(span_of(&x), msg);
                    return invalid;
                };
                let s = x.ty;
                // append([]byte, string...) is special.
                let byte_slice = self.types.slice(crate::types::BYTE);
                let mut special = false;
                if nargs == 2
                    && ddd
                    && self.assignable_to(&x, byte_slice, &mut None)
                    && self.is_string(args[1].ty)
                {
                    special = true;
                    let mut y = args[1].clone();
                    let st = self.basic(BasicKind::String);
                    self.assignment(&mut y, Some(st), "argument to append");
                }
                if !special {
                    let sig = Signature {
                        params: vec![s, self.types.slice(elem)],
                        results: vec![s],
                        variadic: true,
                    };
                    self.arguments(call, fun, &sig, args.clone(), ddd);
                }
                let elems = self.types.slice(elem);
                self.record_builtin_sig(fun, b, vec![s, elems], vec![s], true);
                Operand {
                    mode: OpMode::Value,
                    ty: s,
                    expr: Some(call),
                    dummy: None,
                }
            }
            Builtin::Len | Builtin::Cap => {
                let mut t = self.types.underlying(x.ty);
                if let Type::Pointer(p) = self.types.get(t).clone() {
                    if let Type::Array(..) = self.types.under(p) {
                        t = self.types.underlying(p);
                    }
                }
                let mut mode = OpMode::Invalid;
                match self.types.get(t).clone() {
                    Type::Basic(k) if k.is_string() && b == Builtin::Len => {
                        mode = match x.val() {
                            Some(ConstValue::String(s)) => {
                                OpMode::Const(ConstValue::int(s.len() as i64))
                            }
                            _ => OpMode::Value,
                        };
                    }
                    Type::Array(n, _) => {
                        mode = if self.has_call_or_recv {
                            OpMode::Value
                        } else {
                            OpMode::Const(ConstValue::int(n as i64))
                        };
                    }
                    Type::Slice(_) => mode = OpMode::Value,
                    _ => {}
                }
                if mode == OpMode::Invalid {
                    if self.types.underlying(x.ty) != self.invalid_type() {
                        let xs = self.op_string(&x);
                        self.error(
                            span_of(&x),
                            format!("invalid argument: {xs} for built-in {name}"),
                        );
                    }
                    return invalid;
                }
                if !matches!(mode, OpMode::Const(_)) {
                    self.record_builtin_sig(fun, b, vec![x.ty], vec![int_t], false);
                }
                Operand {
                    mode,
                    ty: int_t,
                    expr: Some(call),
                    dummy: None,
                }
            }
            Builtin::Copy => {
                let Type::Slice(dst_e) = self.types.under(x.ty).clone() else {
                    let xs = self.op_string(&x);
                    self.error(
                        span_of(&x),
                        format!("invalid copy: argument must be a slice; have {xs}"),
                    );
                    return invalid;
                };
                let y = args[1].clone();
                let byte_t = crate::types::BYTE;
                let src_e = match self.types.under(y.ty).clone() {
                    Type::Slice(e) => e,
                    Type::Basic(k) if k.is_string() => byte_t,
                    _ => {
                        let ys = self.op_string(&y);
                        self.error(
                            span_of(&y),
                            format!("invalid copy: argument must be a slice; have {ys}"),
                        );
                        return invalid;
                    }
                };
                if !self.types.identical(dst_e, src_e) {
                    let (xs, ys) = (self.op_string(&x), self.op_string(&y));
                    let (ds, ss) = (self.type_string(dst_e), self.type_string(src_e));
                    self.error(
                        span_of(&x),
                        format!("invalid copy: arguments {xs} and {ys} have different element types {ds} and {ss}"),
                    );
                    return invalid;
                }
                let mut y = y;
                if self.is_untyped(y.ty) {
                    let st = self.basic(BasicKind::String);
                    self.assignment(&mut y, Some(st), "argument to copy");
                }
                self.record_builtin_sig(fun, b, vec![x.ty, y.ty], vec![int_t], false);
                Operand {
                    mode: OpMode::Value,
                    ty: int_t,
                    expr: Some(call),
                    dummy: None,
                }
            }
            Builtin::Make => {
                let arg0 = &arg_list[0];
                let t = self.type_expr(arg0);
                if t == self.invalid_type() {
                    return invalid;
                }
                let min = match self.types.under(t) {
                    Type::Slice(_) => 2,
                    Type::Map(..) | Type::Chan(_) => 1,
                    _ => {
                        self.error(
                            arg0.span,
                            format!(
                                "invalid argument: cannot make {}: type must be slice, map, or channel",
                                expr_string(arg0)
                            ),
                        );
                        return invalid;
                    }
                };
                if nargs < min || min + 1 < nargs {
                    self.error(
                        call.span,
                        format!(
                            "invalid operation: {} expects {min} or {} arguments; found {nargs}",
                            expr_string(call),
                            min + 1
                        ),
                    );
                    return invalid;
                }
                let mut sizes = Vec::new();
                let mut params = vec![t];
                for a in &arg_list[1..] {
                    let (ok, v) = self.index(a, -1);
                    let at = self
                        .info
                        .exprs
                        .get(&a.id)
                        .map_or(self.invalid_type(), |i| i.ty);
                    params.push(at);
                    if ok && v >= 0 {
                        sizes.push(v);
                    }
                }
                if sizes.len() == 2 && sizes[0] > sizes[1] {
                    self.error(
                        arg_list[1].span,
                        "invalid argument: length and capacity swapped",
                    );
                }
                self.record_builtin_sig(fun, b, params, vec![t], false);
                Operand {
                    mode: OpMode::Value,
                    ty: t,
                    expr: Some(call),
                    dummy: None,
                }
            }
            Builtin::New => {
                let arg = &arg_list[0];
                let mut y = self.expr_or_type(arg);
                self.exclude(&mut y, true, true, false);
                match y.mode {
                    OpMode::Invalid => return invalid,
                    OpMode::TypeExpr => {}
                    _ => {
                        if self.is_untyped(y.ty) {
                            self.assignment(&mut y, None, "argument to new");
                            if y.is_invalid() {
                                return invalid;
                            }
                        }
                    }
                }
                let t = y.ty;
                let pt = self.types.pointer(t);
                self.record_builtin_sig(fun, b, vec![t], vec![pt], false);
                Operand {
                    mode: OpMode::Value,
                    ty: pt,
                    expr: Some(call),
                    dummy: None,
                }
            }
            Builtin::Panic => {
                self.panic_calls.insert(call.id);
                let any = self.any_type;
                self.assignment(&mut x, Some(any), "argument to panic");
                if x.is_invalid() {
                    return invalid;
                }
                self.record_builtin_sig(fun, b, vec![any], vec![], false);
                Operand {
                    mode: OpMode::NoValue,
                    ty: self.types.tuple(vec![]),
                    expr: Some(call),
                    dummy: None,
                }
            }
            Builtin::Print | Builtin::Println => {
                let mut params = Vec::new();
                for a in args.iter_mut() {
                    self.assignment(a, None, &format!("argument to built-in {name}"));
                    if a.is_invalid() {
                        return invalid;
                    }
                    params.push(a.ty);
                }
                self.record_builtin_sig(fun, b, params, vec![], false);
                Operand {
                    mode: OpMode::NoValue,
                    ty: self.types.tuple(vec![]),
                    expr: Some(call),
                    dummy: None,
                }
            }
            Builtin::UnsafeSizeof | Builtin::UnsafeAlignof => {
                self.assignment(&mut x, None, &format!("argument to {name}"));
                if x.is_invalid() {
                    return invalid;
                }
                let v = if b == Builtin::UnsafeSizeof {
                    match self.types.size_of_checked(x.ty) {
                        Some(v) => v,
                        None => {
                            let xs = self.op_string(&x);
                            self.error(span_of(&x), format!("{xs} is too large"));
                            return invalid;
                        }
                    }
                } else {
                    self.types.align_of(x.ty)
                };
                Operand {
                    mode: OpMode::Const(ConstValue::int(v as i64)),
                    ty: uintptr_t,
                    expr: Some(call),
                    dummy: None,
                }
            }
            Builtin::UnsafeOffsetof => {
                let arg0 = &arg_list[0];
                let ExprKind::Selector { x: sx, sel, .. } = &arg0.unparen().kind else {
                    self.error(
                        arg0.span,
                        format!(
                            "invalid argument: {} is not a selector expression",
                            expr_string(arg0)
                        ),
                    );
                    self.use_expr(arg0);
                    return invalid;
                };
                let y = self.expr(sx);
                if y.is_invalid() {
                    return invalid;
                }
                let base = match self.types.under(y.ty) {
                    Type::Pointer(p) if matches!(self.types.under(*p), Type::Struct(_)) => *p,
                    _ => y.ty,
                };
                match self.lookup_field_or_method(base, false, &sel.name, false) {
                    crate::check::lookup::Lookup::Found {
                        found: crate::check::lookup::Found::Field(ft),
                        path,
                        indirect,
                    } => {
                        if indirect {
                            let bs = self.type_string(base);
                            self.error(
                                span_of(&y),
                                format!(
                                    "invalid argument: field {} is embedded via a pointer in {bs}",
                                    sel.name
                                ),
                            );
                            return invalid;
                        }
                        let sel_expr = arg0.unparen();
                        self.info.selections.insert(
                            sel_expr.id,
                            crate::check::Selection {
                                kind: crate::check::SelectionKind::FieldVal,
                                path: path.clone(),
                                method: None,
                                ty: ft,
                            },
                        );
                        let mode = if y.mode == OpMode::Variable {
                            Mode::Variable
                        } else {
                            Mode::Value
                        };
                        self.record_raw(sel_expr.id, ft, mode);
                        // Offset: sum of field offsets along the path.
                        let mut off = 0u64;
                        let mut t = base;
                        for &i in &path {
                            let offs = self.types.field_offsets(t);
                            off += offs.get(i).copied().unwrap_or(0);
                            t = match self.types.under(t) {
                                Type::Struct(fs) => fs.get(i).map_or(t, |f| f.ty),
                                _ => t,
                            };
                        }
                        Operand {
                            mode: OpMode::Const(ConstValue::int(off as i64)),
                            ty: uintptr_t,
                            expr: Some(call),
                            dummy: None,
                        }
                    }
                    crate::check::lookup::Lookup::Found { .. } => {
                        self.error(
                            arg0.span,
                            format!("invalid argument: {} is a method value", expr_string(arg0)),
                        );
                        invalid
                    }
                    _ => {
                        let bs = self.type_string(base);
                        self.error(
                            span_of(&y),
                            format!("invalid argument: {bs} has no single field {}", sel.name),
                        );
                        invalid
                    }
                }
            }
            _ => invalid,
        };
        result
    }
}
