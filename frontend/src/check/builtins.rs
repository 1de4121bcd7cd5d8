//! Calls of the builtins (`append`, `len`, `make`, `unsafe.Sizeof`, …): which gocrane supports,
//! the argument count, then one function per builtin or group of alike builtins (types2's
//! `builtins.go`).

use crate::ast::{Expr, ExprKind};
use crate::check::expr::span_of;
use crate::check::operand::{builtin_name, expr_string, OpMode, Operand};
use crate::check::{Builtin, Checker, Mode};
use crate::constant::ConstValue;
use crate::types::{BasicKind, Signature, Type};

impl<'a> Checker<'a> {
    /// A call of the builtin `b`: gocrane's subset of the builtins, `...` only with `append`,
    /// and types2's rule that `len` and `cap` of an array are constant unless the argument
    /// holds a call.
    pub(crate) fn builtin(
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
            | Builtin::UnsafeOffsetof
            | Builtin::Recover
            | Builtin::Complex
            | Builtin::Real
            | Builtin::Imag
            | Builtin::UnsafeAdd
            | Builtin::UnsafeSlice
            | Builtin::UnsafeSliceData
            | Builtin::UnsafeString
            | Builtin::UnsafeStringData => {}
            Builtin::Delete | Builtin::Clear => {}
            Builtin::Close => {
                self.unsupported(call.span, "channels");
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

    /// The arguments, evaluated (but the type of `make` and `new` and the selector of
    /// `unsafe.Offsetof`) and counted; then the builtin's own check.
    fn builtin_inner(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        arg_list: &'a [Expr],
        ddd: bool,
        b: Builtin,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let (min_args, variadic) = match b {
            Builtin::Append => (1, true),
            Builtin::Cap | Builtin::Len | Builtin::New | Builtin::Panic => (1, false),
            Builtin::Copy | Builtin::Complex | Builtin::Delete => (2, false),
            Builtin::UnsafeAdd | Builtin::UnsafeSlice | Builtin::UnsafeString => (2, false),
            Builtin::Make => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Recover => (0, false),
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
        let x = args
            .first()
            .cloned()
            .unwrap_or_else(|| Operand::invalid(Some(call)));
        match b {
            Builtin::Append => self.builtin_append(call, fun, args, ddd),
            Builtin::Len | Builtin::Cap => self.builtin_len_cap(call, fun, b, x),
            Builtin::Copy => self.builtin_copy(call, fun, x, args[1].clone()),
            Builtin::Make => self.builtin_make(call, fun, arg_list),
            Builtin::Delete => self.builtin_delete(call, fun, x, args[1].clone()),
            Builtin::Clear => self.builtin_clear(call, fun, x),
            Builtin::New => self.builtin_new(call, fun, &arg_list[0]),
            Builtin::Panic => self.builtin_panic(call, fun, x),
            Builtin::Recover => self.builtin_recover(call, fun),
            Builtin::Complex => self.builtin_complex(call, fun, x, args[1].clone()),
            Builtin::Real | Builtin::Imag => self.builtin_real_imag(call, fun, b, x),
            Builtin::Print | Builtin::Println => self.builtin_print(call, fun, b, args),
            Builtin::UnsafeSizeof | Builtin::UnsafeAlignof => self.builtin_size_align(call, b, x),
            Builtin::UnsafeOffsetof => self.builtin_offsetof(call, &arg_list[0]),
            Builtin::UnsafeAdd
            | Builtin::UnsafeSlice
            | Builtin::UnsafeSliceData
            | Builtin::UnsafeString
            | Builtin::UnsafeStringData => self.builtin_unsafe(call, fun, b, args),
            _ => invalid,
        }
    }

    /// `unsafe.Add(ptr, len)`, `unsafe.Slice(ptr, len)`, `unsafe.SliceData(s)`,
    /// `unsafe.String(ptr, len)`, `unsafe.StringData(s)` (types2's rules and wording).
    fn builtin_unsafe(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        b: Builtin,
        mut args: Vec<Operand<'a>>,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let mut x = args[0].clone();
        let (params, result) = match b {
            Builtin::UnsafeAdd => {
                let up = self.basic(BasicKind::UnsafePointer);
                self.assignment(&mut x, Some(up), "argument to unsafe.Add");
                if x.is_invalid() || !self.is_valid_index(&mut args[1], "length", true) {
                    return invalid;
                }
                (vec![up, args[1].ty], up)
            }
            Builtin::UnsafeSlice => {
                let Type::Pointer(elem) = self.types.under(x.ty).clone() else {
                    let s = self.op_string(&x);
                    self.error(
                        span_of(&x),
                        format!("invalid argument: {s} is not a pointer"),
                    );
                    return invalid;
                };
                if !self.is_valid_index(&mut args[1], "length", false) {
                    return invalid;
                }
                (vec![x.ty, args[1].ty], self.types.slice(elem))
            }
            Builtin::UnsafeSliceData => {
                let Type::Slice(elem) = self.types.under(x.ty).clone() else {
                    let s = self.op_string(&x);
                    self.error(span_of(&x), format!("invalid argument: {s} is not a slice"));
                    return invalid;
                };
                (vec![x.ty], self.types.pointer(elem))
            }
            Builtin::UnsafeString => {
                let pbyte = self.types.pointer(crate::types::BYTE);
                self.assignment(&mut x, Some(pbyte), "argument to unsafe.String");
                if x.is_invalid() || !self.is_valid_index(&mut args[1], "length", false) {
                    return invalid;
                }
                (vec![pbyte, args[1].ty], self.basic(BasicKind::String))
            }
            _ => {
                let string = self.basic(BasicKind::String);
                self.assignment(&mut x, Some(string), "argument to unsafe.StringData");
                if x.is_invalid() {
                    return invalid;
                }
                (vec![string], self.types.pointer(crate::types::BYTE))
            }
        };
        self.record_builtin_sig(fun, b, params, vec![result], false);
        Operand {
            mode: OpMode::Value,
            ty: result,
            expr: Some(call),
            dummy: None,
        }
    }

    /// `append(s, x…)`, and `append(b, s...)` for a byte slice `b` and a string `s`.
    fn builtin_append(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        args: Vec<Operand<'a>>,
        ddd: bool,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let nargs = args.len();
        let x = args[0].clone();
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
        self.record_builtin_sig(fun, Builtin::Append, vec![s, elems], vec![s], true);
        Operand {
            mode: OpMode::Value,
            ty: s,
            expr: Some(call),
            dummy: None,
        }
    }

    /// `len(x)` and `cap(x)`: constant for a constant string and, without calls or receives in
    /// `x`, for an array.
    fn builtin_len_cap(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        b: Builtin,
        x: Operand<'a>,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let name = builtin_name(b);
        let int_t = self.basic(BasicKind::Int);
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
                    Some(ConstValue::String(s)) => OpMode::Const(ConstValue::int(s.len() as i64)),
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
            Type::Map(..) if b == Builtin::Len => mode = OpMode::Value,
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

    /// `copy(dst, src)`, `src` a slice or a string.
    fn builtin_copy(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        x: Operand<'a>,
        y: Operand<'a>,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let int_t = self.basic(BasicKind::Int);
        let Type::Slice(dst_e) = self.types.under(x.ty).clone() else {
            let xs = self.op_string(&x);
            self.error(
                span_of(&x),
                format!("invalid copy: argument must be a slice; have {xs}"),
            );
            return invalid;
        };
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
        self.record_builtin_sig(fun, Builtin::Copy, vec![x.ty, y.ty], vec![int_t], false);
        Operand {
            mode: OpMode::Value,
            ty: int_t,
            expr: Some(call),
            dummy: None,
        }
    }

    /// `make(T, n…)`: the type first, then the sizes, as indices.
    fn builtin_make(&mut self, call: &'a Expr, fun: &'a Expr, arg_list: &'a [Expr]) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let nargs = arg_list.len();
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
        self.record_builtin_sig(fun, Builtin::Make, params, vec![t], false);
        Operand {
            mode: OpMode::Value,
            ty: t,
            expr: Some(call),
            dummy: None,
        }
    }

    /// `delete(m, k)`: `m` a map, `k` assignable to its key type.
    fn builtin_delete(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        m: Operand<'a>,
        mut k: Operand<'a>,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let Type::Map(key, _) = *self.types.under(m.ty) else {
            let s = self.op_string(&m);
            self.error(span_of(&m), format!("invalid argument: {s} is not a map"));
            return invalid;
        };
        self.assignment(&mut k, Some(key), "argument to delete");
        if k.is_invalid() {
            return invalid;
        }
        self.record_builtin_sig(fun, Builtin::Delete, vec![m.ty, key], vec![], false);
        Operand {
            mode: OpMode::NoValue,
            ty: self.types.tuple(vec![]),
            expr: Some(call),
            dummy: None,
        }
    }

    /// `clear(x)`: `x` a map or a slice.
    fn builtin_clear(&mut self, call: &'a Expr, fun: &'a Expr, x: Operand<'a>) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        if !matches!(self.types.under(x.ty), Type::Map(..) | Type::Slice(_)) {
            let s = self.op_string(&x);
            self.error(
                span_of(&x),
                format!("invalid argument: cannot clear {s}: argument must be (or constrained by) map or slice"),
            );
            return invalid;
        }
        self.record_builtin_sig(fun, Builtin::Clear, vec![x.ty], vec![], false);
        Operand {
            mode: OpMode::NoValue,
            ty: self.types.tuple(vec![]),
            expr: Some(call),
            dummy: None,
        }
    }

    /// `new(T)`, or `new(v)` for a value `v`: a pointer to a new variable of that type.
    fn builtin_new(&mut self, call: &'a Expr, fun: &'a Expr, arg: &'a Expr) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
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
        self.record_builtin_sig(fun, Builtin::New, vec![t], vec![pt], false);
        Operand {
            mode: OpMode::Value,
            ty: pt,
            expr: Some(call),
            dummy: None,
        }
    }

    /// `panic(v)`: `v` is assigned to `interface{}`.
    fn builtin_panic(&mut self, call: &'a Expr, fun: &'a Expr, mut x: Operand<'a>) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        self.panic_calls.insert(call.id);
        let any = self.any_type;
        self.assignment(&mut x, Some(any), "argument to panic");
        if x.is_invalid() {
            return invalid;
        }
        self.record_builtin_sig(fun, Builtin::Panic, vec![any], vec![], false);
        Operand {
            mode: OpMode::NoValue,
            ty: self.types.tuple(vec![]),
            expr: Some(call),
            dummy: None,
        }
    }

    /// `recover()`: the value of the panic being recovered, as an `interface{}`.
    fn builtin_recover(&mut self, call: &'a Expr, fun: &'a Expr) -> Operand<'a> {
        let any = self.any_type;
        self.record_builtin_sig(fun, Builtin::Recover, vec![], vec![any], false);
        Operand {
            mode: OpMode::Value,
            ty: any,
            expr: Some(call),
            dummy: None,
        }
    }

    /// `complex(re, im)`: two floats of one type make a complex number of the matching size;
    /// untyped constants stay untyped (`complex(1, 2)` is an untyped complex constant).
    fn builtin_complex(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        match (self.is_untyped(x.ty), self.is_untyped(y.ty)) {
            (false, false) => {}
            (true, false) => self.convert_untyped(&mut x, y.ty),
            (false, true) => self.convert_untyped(&mut y, x.ty),
            (true, true) => {
                if x.is_const() && y.is_const() {
                    // Untyped numbers with no imaginary part count as untyped floats.
                    let untyped_float = self.basic(BasicKind::UntypedFloat);
                    for o in [&mut x, &mut y] {
                        let real = o.val().is_some_and(|v| v.to_float().is_some());
                        if self.is_numeric(o.ty) && real {
                            o.ty = untyped_float;
                        }
                    }
                } else {
                    let f64_t = self.basic(BasicKind::Float64);
                    self.convert_untyped(&mut x, f64_t);
                    self.convert_untyped(&mut y, f64_t);
                }
            }
        }
        if x.is_invalid() || y.is_invalid() {
            return invalid;
        }
        if !self.types.identical(x.ty, y.ty) {
            let (xs, ys) = (self.type_string(x.ty), self.type_string(y.ty));
            self.error(
                span_of(&x),
                format!(
                    "invalid operation: {} (mismatched types {xs} and {ys})",
                    expr_string(call)
                ),
            );
            return invalid;
        }
        let result = match self.kind_of(x.ty) {
            Some(BasicKind::Float32) => BasicKind::Complex64,
            Some(BasicKind::Float64) => BasicKind::Complex128,
            Some(BasicKind::UntypedFloat) => BasicKind::UntypedComplex,
            _ => {
                let xs = self.type_string(x.ty);
                self.error(
                    span_of(&x),
                    format!("invalid argument: arguments have type {xs}, expected floating-point"),
                );
                return invalid;
            }
        };
        let result = self.basic(result);
        let mode = match (x.val().and_then(|v| v.to_float()), y.val()) {
            (Some(re), Some(im)) => match im.to_float() {
                Some(im) => OpMode::Const(ConstValue::Complex(re, im)),
                None => return invalid,
            },
            _ => {
                self.record_builtin_sig(
                    fun,
                    Builtin::Complex,
                    vec![x.ty, x.ty],
                    vec![result],
                    false,
                );
                OpMode::Value
            }
        };
        Operand {
            mode,
            ty: result,
            expr: Some(call),
            dummy: None,
        }
    }

    /// `real(c)` and `imag(c)`: the parts of a complex number, as floats of half its size;
    /// any untyped numeric constant counts as an untyped complex one.
    fn builtin_real_imag(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        b: Builtin,
        mut x: Operand<'a>,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        if self.is_untyped(x.ty) {
            if x.is_const() {
                if self.is_numeric(x.ty) {
                    x.ty = self.basic(BasicKind::UntypedComplex);
                }
            } else {
                let c128 = self.basic(BasicKind::Complex128);
                self.convert_untyped(&mut x, c128);
                if x.is_invalid() {
                    return invalid;
                }
            }
        }
        let result = match self.kind_of(x.ty) {
            Some(BasicKind::Complex64) => BasicKind::Float32,
            Some(BasicKind::Complex128) => BasicKind::Float64,
            Some(BasicKind::UntypedComplex) => BasicKind::UntypedFloat,
            _ => {
                let xs = self.type_string(x.ty);
                self.error(
                    span_of(&x),
                    format!("invalid argument: argument has type {xs}, expected complex type"),
                );
                return invalid;
            }
        };
        let result = self.basic(result);
        let mode = match x.val() {
            Some(v) => {
                let Some((re, im)) = v.to_complex() else {
                    return invalid;
                };
                OpMode::Const(ConstValue::Float(if b == Builtin::Real { re } else { im }))
            }
            None => {
                self.record_builtin_sig(fun, b, vec![x.ty], vec![result], false);
                OpMode::Value
            }
        };
        Operand {
            mode,
            ty: result,
            expr: Some(call),
            dummy: None,
        }
    }

    /// `print(…)` and `println(…)`: each argument takes its default type.
    fn builtin_print(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        b: Builtin,
        mut args: Vec<Operand<'a>>,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let name = builtin_name(b);
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

    /// `unsafe.Sizeof(x)` and `unsafe.Alignof(x)`: constants.
    fn builtin_size_align(
        &mut self,
        call: &'a Expr,
        b: Builtin,
        mut x: Operand<'a>,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let name = builtin_name(b);
        let uintptr_t = self.basic(BasicKind::Uintptr);
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

    /// `unsafe.Offsetof(x.f)`: the constant offset of a field, through embedded structs but not
    /// through pointers.
    fn builtin_offsetof(&mut self, call: &'a Expr, arg0: &'a Expr) -> Operand<'a> {
        let invalid = Operand::invalid(Some(call));
        let uintptr_t = self.basic(BasicKind::Uintptr);
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
}
