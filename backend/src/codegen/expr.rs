//! Expressions: Go's operators with Go's semantics, conversions, and the builtins that the IR
//! keeps as expressions (`len`, `append`, `copy`, `make`, string conversions).
//!
//! Integer arithmetic is done at the operand's width (`int8` in `i8`), so it wraps like Go's.
//! Division and shifts get gc's checks:
//!
//! ```text
//!   x / y  ⇒  if y == 0 { panicdivide() }
//!             if y == -1 { -x } else { x / y }   // signed; MinInt / -1 == MinInt, no trap
//!   x % y  ⇒  same zero check; x % (y == -1 ? 1 : y)
//!   x << y ⇒  if y < 0 { panicshift() }         // signed count only
//!             y < width ? x << y : 0            // `>>` of a signed x: x >> (width-1)
//! ```
//!
//! Float → integer conversions reproduce amd64's `CVTTSD2SQ`/`CVTTSD2SL`, which gc uses: a
//! NaN or out-of-range value gives the "integer indefinite" `0x8000…`, whereas Cranelift's
//! `fcvt_to_sint` traps and `fcvt_to_sint_sat` saturates. So: in range → `fcvt_to_sint_sat`,
//! otherwise `MinInt` of the conversion width. The conversion width is gc's on 64-bit targets:
//! `int8/16/32`, `uint8/16` through 32 bits, `int64`, `uint32` through 64 bits, and `uint64`
//! by gc's `floatToUint` (`x < 2⁶³ ? cvt(x) : cvt(x - 2⁶³) | 1<<63`). On arm64, gc uses
//! FCVTZS/FCVTZU (saturating) instead; those results differ only for out-of-range inputs, where the
//! Go spec says the value is implementation-defined; gocrane follows gc on each target.

use base::source::Span;
use base::types::{align_up, BasicKind, Type, TypeId};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, BlockArg, InstBuilder, MemFlagsData, Type as ClType, Value};
use typed_ir::{BinOp, Const, Expr, ExprKind, FuncId, LocalId, Place, UnOp};

use super::checks::Bounds;
use super::value::{go_mem, scalar_type, CValue, Repr, PTR};
use super::FunctionCx;

/// Arrays longer than this are compared in a loop (unless a memory compare does).
const ARRAY_EQ_UNROLL: u64 = 8;

/// What kind of scalar arithmetic a type gets.
#[derive(Copy, Clone, Debug, PartialEq)]
enum Num {
    Int { signed: bool },
    Float,
    Complex,
    Str,
    Bool,
    Other,
}

impl FunctionCx<'_, '_> {
    fn num(&self, t: TypeId) -> Num {
        match self.types().under(t) {
            Type::Basic(k) if k.is_integer() => Num::Int {
                signed: !k.is_unsigned(),
            },
            Type::Basic(k) if k.is_float() => Num::Float,
            Type::Basic(k) if k.is_complex() => Num::Complex,
            Type::Basic(k) if k.is_string() => Num::Str,
            Type::Basic(k) if k.is_boolean() => Num::Bool,
            _ => Num::Other,
        }
    }

    pub fn eval(&mut self, e: &Expr) -> CValue {
        match &e.kind {
            ExprKind::Const(c) => self.constant(c, e.ty),
            ExprKind::Zero => self.zero_value(e.ty),
            ExprKind::Load(p) => {
                let r = self.place(p);
                self.load_place(&r, e.ty)
            }
            ExprKind::Addr(p) => {
                let r = self.place(p);
                // `&*p`, `&p.f`: the address of memory behind an unchecked pointer is only
                // taken after checking the pointer, as gc's nil check does.
                if let super::place::PlaceRef::Addr(base, _, true) = r {
                    self.nil_check(base);
                }
                CValue::scalar(self.place_addr(&r))
            }
            ExprKind::FieldOf(x, i) => {
                if let ExprKind::Load(p) = &x.kind {
                    let r = self.place(&Place::Field(Box::new(p.clone()), *i));
                    return self.load_place(&r, e.ty);
                }
                let v = self.eval(x);
                let off = self
                    .types()
                    .field_offsets(x.ty)
                    .get(*i)
                    .copied()
                    .unwrap_or(0);
                self.load_value(e.ty, v.val(), off as i32)
            }
            ExprKind::IndexOf(x, i, at) => self.index_of(e, x, i, *at),
            ExprKind::Unary(op, x) => self.unary(*op, x, e.ty),
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r, e.ty),
            ExprKind::DeferRangeFunc => {
                let Some(df) = self.defer_frame.clone() else {
                    self.error("deferrangefunc outside a function with a defer record");
                    return self.zero_value(e.ty);
                };
                CValue::scalar(self.call_rt("runtime.deferrangefunc", &[df.record])[0])
            }
            ExprKind::Complex(re, im) => {
                let (re, im) = (self.eval(re).val(), self.eval(im).val());
                CValue::Parts(vec![re, im])
            }
            ExprKind::Convert(x) => {
                let v = self.eval(x);
                self.convert(v, x.ty, e.ty)
            }
            ExprKind::Seq(stmts, x) => {
                self.block(stmts);
                self.eval(x)
            }
            // The walk pass makes these runtime calls.
            ExprKind::StringFromBytes(_)
            | ExprKind::BytesFromString(_)
            | ExprKind::StringFromRune(_)
            | ExprKind::StringFromRunes(_)
            | ExprKind::RunesFromString(_)
            | ExprKind::Concat(_)
            | ExprKind::DecodeRune(..) => {
                self.error("a string operation reached codegen (the walk pass lowers it)");
                self.zero_value(e.ty)
            }
            ExprKind::UnsafeAdd(p, n) => {
                let p = self.eval(p).val();
                let n = self.eval(n).val();
                CValue::scalar(self.b.ins().iadd(p, n))
            }
            ExprKind::StringHeader(p, n) => {
                let p = self.eval(p).val();
                let n = self.eval(n).val();
                CValue::Parts(vec![p, n])
            }
            ExprKind::SliceHeader(p, l, c) => {
                let p = self.eval(p).val();
                let l = self.eval(l).val();
                let c = self.eval(c).val();
                CValue::Parts(vec![p, l, c])
            }
            // A string's or slice's first word.
            ExprKind::DataPtr(x) => CValue::scalar(self.eval(x).val()),
            ExprKind::Call(f, args) => {
                let vals: Vec<CValue> = args.iter().map(|a| self.eval(a)).collect();
                let id = self.cx.func_id(*f);
                let abi = self.cx.func_abis[f.index()].clone();
                self.at_call(e.span, |fx| fx.emit_call(id, &abi, &vals))
            }
            ExprKind::FuncValue(f) => self.static_funcval(*f, e.ty),
            ExprKind::CallValue(callee, args) => {
                let funcval = self.eval(callee).val();
                let vals: Vec<CValue> = args.iter().map(|a| self.eval(a)).collect();
                // The code address is the funcval's first word; a nil func value faults here,
                // as in gc.
                let code = self.b.ins().load(PTR, go_mem(), funcval, 0);
                let (params, results) = match self.types().under(callee.ty) {
                    Type::Func(sig) => (sig.params.clone(), sig.results.clone()),
                    _ => (Vec::new(), Vec::new()),
                };
                let mut abi = super::call::go_abi(self.types(), &params, &results, 2);
                abi.context = true;
                self.at_call(e.span, |fx| {
                    fx.emit_call_indirect(code, &abi, &vals, Some(funcval))
                })
            }
            ExprKind::Closure {
                func,
                captures,
                env,
                buf,
            } => {
                if captures.is_empty() {
                    return self.static_funcval(*func, e.ty);
                }
                let words: Vec<&Expr> = captures.iter().collect();
                self.funcval(*func, &words, *env, *buf, e.ty)
            }
            ExprKind::MethodValue {
                wrapper,
                recv,
                env,
                buf,
                ..
            } => self.funcval(*wrapper, &[recv], *env, *buf, e.ty),
            ExprKind::CallExtern(f, args) => {
                let vals: Vec<CValue> = args.iter().map(|a| self.eval(a)).collect();
                let (id, abi) = self.cx.externs[f.index()].clone();
                self.at_call(e.span, |fx| fx.emit_call(id, &abi, &vals))
            }
            ExprKind::Len(x) | ExprKind::Cap(x) => {
                let is_cap = matches!(e.kind, ExprKind::Cap(_));
                self.len_cap(x, is_cap)
            }
            ExprKind::Slice { x, lo, hi, max, at } => {
                self.slice_expr(x, [lo.as_deref(), hi.as_deref(), max.as_deref()], e.ty, *at)
            }
            ExprKind::New => {
                let elem = match self.types().under(e.ty) {
                    Type::Pointer(t) => *t,
                    _ => e.ty,
                };
                let desc = self.type_desc(elem);
                let p = self.call_rt("runtime.newobject", &[desc]);
                CValue::scalar(p[0])
            }
            ExprKind::Map(op, args) => self.at_call(e.span, |fx| fx.map_expr(op, args, e)),
            ExprKind::MakeSlice { len, cap } => {
                let elem = self.elem_type(e.ty);
                let (l, _) = self.eval_index(len);
                let c = match cap {
                    Some(c) => self.eval_index(c).0,
                    None => l,
                };
                let desc = self.type_desc(elem);
                let p = self.call_rt("runtime.makeslice", &[desc, l, c]);
                CValue::Parts(vec![p[0], l, c])
            }
            ExprKind::Composite(elems) => self.composite(elems, e.ty),
            ExprKind::Append(s, elems) => self.append(s, elems, e.ty),
            ExprKind::AppendSlice(s, t) => self.append_slice(s, t, e.ty),
            ExprKind::Copy(dst, src) => {
                let d = self.eval(dst);
                let s = self.eval(src);
                let size = self.types().size_of(self.elem_type(dst.ty));
                let (dp, dl) = (d.parts()[0], d.parts()[1]);
                let (sp, sl) = (s.parts()[0], s.parts()[1]);
                let shorter = self.b.ins().icmp(IntCC::SignedLessThan, dl, sl);
                let n = self.b.ins().select(shorter, dl, sl);
                let bytes = self.b.ins().imul_imm_s(n, size as i64);
                self.call_rt("runtime.memmove", &[dp, sp, bytes]);
                CValue::scalar(n)
            }
            ExprKind::MakeIface { .. }
            | ExprKind::IfaceToEface(_)
            | ExprKind::IfaceToIface(_)
            | ExprKind::AssertConcrete { .. }
            | ExprKind::AssertIface { .. } => self.iface_expr(e),
            ExprKind::CallIface { .. } => self.at_call(e.span, |fx| fx.iface_expr(e)),
        }
    }

    /// Element type of a slice, array, or pointer-to-array type.
    pub fn elem_type(&self, t: TypeId) -> TypeId {
        let types = self.types();
        match types.under(t) {
            Type::Slice(e) | Type::Array(_, e) => *e,
            Type::Pointer(p) => match types.under(*p) {
                Type::Array(_, e) => *e,
                _ => *p,
            },
            Type::Basic(BasicKind::String) => types.basic(BasicKind::Uint8),
            _ => t,
        }
    }

    pub fn string_const(&mut self, bytes: &[u8]) -> CValue {
        if bytes.is_empty() {
            let z = self.ptr_const(0);
            return CValue::Parts(vec![z, z]);
        }
        let ptr = match self.cx.string_data(bytes) {
            Ok(id) => self.data_addr(id),
            Err(e) => {
                self.error(e);
                self.ptr_const(0)
            }
        };
        let len = self.ptr_const(bytes.len() as i64);
        CValue::Parts(vec![ptr, len])
    }

    fn constant(&mut self, c: &Const, t: TypeId) -> CValue {
        match c {
            Const::Bool(b) => CValue::scalar(self.b.ins().iconst(types::I8, *b as i64)),
            Const::Int(v) => match self.num(t) {
                Num::Float | Num::Complex => self.constant(&Const::Float(*v as f64), t),
                _ => {
                    let ty = scalar_type(self.types(), t);
                    CValue::scalar(self.iconst(ty, *v))
                }
            },
            Const::Float(f) => match self.repr(t) {
                Repr::Parts(parts) => {
                    let mut vals: Vec<Value> =
                        parts.iter().map(|&(ty, _)| self.zero_scalar(ty)).collect();
                    let ty = parts[0].0;
                    vals[0] = if ty == types::F32 {
                        self.b.ins().f32const(*f as f32)
                    } else if ty == types::F64 {
                        self.b.ins().f64const(*f)
                    } else {
                        self.iconst(ty, *f as i64)
                    };
                    CValue::Parts(vals)
                }
                Repr::Mem => self.zero_value(t),
            },
            Const::Complex(re, im) => match self.repr(t) {
                Repr::Parts(parts) if parts[0].0 == types::F32 => CValue::Parts(vec![
                    self.b.ins().f32const(*re as f32),
                    self.b.ins().f32const(*im as f32),
                ]),
                _ => CValue::Parts(vec![self.b.ins().f64const(*re), self.b.ins().f64const(*im)]),
            },
            Const::String(s) => self.string_const(s),
            Const::Nil => self.zero_value(t),
        }
    }

    /// `x[i]` of a string or an array value.
    fn index_of(&mut self, e: &Expr, x: &Expr, i: &Expr, at: Span) -> CValue {
        if let Type::Basic(_) = self.types().under(x.ty) {
            let s = self.eval(x);
            let (ptr, len) = (s.parts()[0], s.parts()[1]);
            let (idx, unsigned) = self.eval_index(i);
            self.bounds_check(idx, len, unsigned, at);
            let a = self.b.ins().iadd(ptr, idx);
            return CValue::scalar(self.b.ins().load(types::I8, go_mem(), a, 0));
        }
        if let ExprKind::Load(p) = &x.kind {
            let r = self.place(&Place::Index(Box::new(p.clone()), Box::new(i.clone()), at));
            return self.load_place(&r, e.ty);
        }
        let n = match self.types().under(x.ty) {
            Type::Array(n, _) => *n,
            _ => 0,
        };
        let arr = self.eval(x).val();
        let (idx, unsigned) = self.eval_index(i);
        let len = self.ptr_const(n as i64);
        self.bounds_check(idx, len, unsigned, at);
        let size = self.types().size_of(e.ty);
        let off = self.b.ins().imul_imm_s(idx, size as i64);
        let a = self.b.ins().iadd(arr, off);
        self.load_value(e.ty, a, 0)
    }

    fn unary(&mut self, op: UnOp, x: &Expr, t: TypeId) -> CValue {
        let v = self.eval(x);
        match (op, self.num(t)) {
            (UnOp::Neg, Num::Float) => CValue::scalar(self.b.ins().fneg(v.val())),
            (UnOp::Neg, Num::Complex) => {
                let p = v.parts().to_vec();
                let (re, im) = (self.b.ins().fneg(p[0]), self.b.ins().fneg(p[1]));
                CValue::Parts(vec![re, im])
            }
            (UnOp::Neg, _) => CValue::scalar(self.b.ins().ineg(v.val())),
            (UnOp::Not, _) => CValue::scalar(self.b.ins().bxor_imm_s(v.val(), 1)),
            (UnOp::Complement, _) => CValue::scalar(self.b.ins().bnot(v.val())),
            (UnOp::Real, _) => CValue::scalar(v.parts()[0]),
            (UnOp::Imag, _) => CValue::scalar(v.parts()[1]),
        }
    }

    fn binary(&mut self, op: BinOp, l: &Expr, r: &Expr, t: TypeId) -> CValue {
        match op {
            BinOp::LogAnd | BinOp::LogOr => return self.logical(op, l, r),
            BinOp::Eq | BinOp::Ne => {
                // Comparison with nil: only the first word matters (slice data pointer,
                // interface type word, map/func/chan pointer).
                let nil_side = match (&l.kind, &r.kind) {
                    (_, ExprKind::Const(Const::Nil)) => Some(l),
                    (ExprKind::Const(Const::Nil), _) => Some(r),
                    _ => None,
                };
                if let Some(x) = nil_side {
                    let v = self.eval(x);
                    let first = v.parts()[0];
                    let cc = if op == BinOp::Eq {
                        IntCC::Equal
                    } else {
                        IntCC::NotEqual
                    };
                    return CValue::scalar(self.b.ins().icmp_imm_s(cc, first, 0));
                }
            }
            _ => {}
        }
        let a = self.eval(l);
        match op {
            BinOp::Shl | BinOp::Shr => {
                let y = self.eval(r);
                return self.shift(op, a.val(), l.ty, y.val(), r);
            }
            _ => {}
        }
        let b = self.eval(r);
        match op {
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                CValue::scalar(self.compare(op, l.ty, &a, &b))
            }
            _ => self.arith(op, t, &a, &b, r),
        }
    }

    /// `&&`/`||`: the right operand runs only when needed.
    fn logical(&mut self, op: BinOp, l: &Expr, r: &Expr) -> CValue {
        let a = self.eval(l).val();
        let rhs = self.b.create_block();
        let join = self.b.create_block();
        let res = self.b.append_block_param(join, types::I8);
        if op == BinOp::LogAnd {
            self.b.ins().brif(a, rhs, &[], join, &[BlockArg::Value(a)]);
        } else {
            self.b.ins().brif(a, join, &[BlockArg::Value(a)], rhs, &[]);
        }
        self.b.switch_to_block(rhs);
        let bv = self.eval(r).val();
        self.b.ins().jump(join, &[BlockArg::Value(bv)]);
        self.b.switch_to_block(join);
        CValue::scalar(res)
    }

    fn arith(&mut self, op: BinOp, t: TypeId, a: &CValue, b: &CValue, r: &Expr) -> CValue {
        match self.num(t) {
            Num::Int { signed } => {
                let (x, y) = (a.val(), b.val());
                let v = match op {
                    BinOp::Add => self.b.ins().iadd(x, y),
                    BinOp::Sub => self.b.ins().isub(x, y),
                    BinOp::Mul => self.b.ins().imul(x, y),
                    BinOp::And => self.b.ins().band(x, y),
                    BinOp::Or => self.b.ins().bor(x, y),
                    BinOp::Xor => self.b.ins().bxor(x, y),
                    BinOp::AndNot => self.b.ins().band_not(x, y),
                    BinOp::Div | BinOp::Rem => self.divrem(op, x, y, signed, r),
                    _ => {
                        self.error(format!("integer operator {op:?}"));
                        x
                    }
                };
                CValue::scalar(v)
            }
            Num::Float => {
                let (x, y) = (a.val(), b.val());
                let v = match op {
                    BinOp::Add => self.b.ins().fadd(x, y),
                    BinOp::Sub => self.b.ins().fsub(x, y),
                    BinOp::Mul => self.b.ins().fmul(x, y),
                    BinOp::Div => self.b.ins().fdiv(x, y),
                    _ => {
                        self.error(format!("float operator {op:?}"));
                        x
                    }
                };
                CValue::scalar(v)
            }
            Num::Complex => {
                let (p, q) = (a.parts().to_vec(), b.parts().to_vec());
                let (re, im) = match op {
                    BinOp::Add => (self.b.ins().fadd(p[0], q[0]), self.b.ins().fadd(p[1], q[1])),
                    BinOp::Sub => (self.b.ins().fsub(p[0], q[0]), self.b.ins().fsub(p[1], q[1])),
                    BinOp::Mul => {
                        // (a+bi)(c+di) = (ac-bd) + (ad+bc)i, as gc (no fused multiply-add).
                        let ac = self.b.ins().fmul(p[0], q[0]);
                        let bd = self.b.ins().fmul(p[1], q[1]);
                        let ad = self.b.ins().fmul(p[0], q[1]);
                        let bc = self.b.ins().fmul(p[1], q[0]);
                        (self.b.ins().fsub(ac, bd), self.b.ins().fadd(ad, bc))
                    }
                    _ => {
                        self.error(format!("complex operator {op:?} is not supported yet"));
                        (p[0], p[1])
                    }
                };
                CValue::Parts(vec![re, im])
            }
            _ => {
                self.error(format!("operator {op:?} on this type"));
                self.zero_value(t)
            }
        }
    }

    fn divrem(&mut self, op: BinOp, x: Value, y: Value, signed: bool, r: &Expr) -> Value {
        let divisor = match &r.kind {
            ExprKind::Const(Const::Int(c)) => Some(*c),
            _ => None,
        };
        if divisor.is_none_or(|c| c == 0) {
            self.div_check(y);
        }
        let ty = self.b.func.dfg.value_type(x);
        if !signed {
            return if op == BinOp::Div {
                self.b.ins().udiv(x, y)
            } else {
                self.b.ins().urem(x, y)
            };
        }
        if divisor.is_some_and(|c| c != -1 && c != 0) {
            return if op == BinOp::Div {
                self.b.ins().sdiv(x, y)
            } else {
                self.b.ins().srem(x, y)
            };
        }
        // MinInt / -1 overflows (and traps in hardware); Go defines it as MinInt, x % -1 as 0.
        let is_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
        let one = self.b.ins().iconst(ty, 1);
        let safe_y = self.b.ins().select(is_m1, one, y);
        if op == BinOp::Div {
            let q = self.b.ins().sdiv(x, safe_y);
            let neg = self.b.ins().ineg(x);
            self.b.ins().select(is_m1, neg, q)
        } else {
            self.b.ins().srem(x, safe_y)
        }
    }

    fn shift(&mut self, op: BinOp, x: Value, xt: TypeId, y: Value, r: &Expr) -> CValue {
        let x_signed = matches!(self.num(xt), Num::Int { signed: true });
        let y_unsigned = self
            .types()
            .basic_kind(r.ty)
            .is_some_and(|k| k.is_unsigned());
        let width = self.b.func.dfg.value_type(x).bits() as i64;
        let shifted = |fx: &mut Self, amount: Value| match op {
            BinOp::Shl => fx.b.ins().ishl(x, amount),
            _ if x_signed => fx.b.ins().sshr(x, amount),
            _ => fx.b.ins().ushr(x, amount),
        };
        // A constant count below the width needs no checks.
        if let ExprKind::Const(Const::Int(c)) = &r.kind {
            if (0..width).contains(c) {
                return CValue::scalar(shifted(self, y));
            }
        }
        let y64 = self.widen(y, y_unsigned);
        if !y_unsigned {
            self.shift_check(y64);
        }
        let in_range = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, y64, width);
        let v = shifted(self, y64);
        let ty = self.b.func.dfg.value_type(x);
        let out_of_range = if op == BinOp::Shr && x_signed {
            self.b.ins().sshr_imm_s(x, width - 1)
        } else {
            self.b.ins().iconst(ty, 0)
        };
        CValue::scalar(self.b.ins().select(in_range, v, out_of_range))
    }

    /// `a op b` for a comparison; the result is a bool (`i8`).
    pub fn compare(&mut self, op: BinOp, t: TypeId, a: &CValue, b: &CValue) -> Value {
        match self.num(t) {
            Num::Float => {
                let cc = match op {
                    BinOp::Eq => FloatCC::Equal,
                    BinOp::Ne => FloatCC::NotEqual,
                    BinOp::Lt => FloatCC::LessThan,
                    BinOp::Le => FloatCC::LessThanOrEqual,
                    BinOp::Gt => FloatCC::GreaterThan,
                    _ => FloatCC::GreaterThanOrEqual,
                };
                self.b.ins().fcmp(cc, a.val(), b.val())
            }
            Num::Complex => {
                let (p, q) = (a.parts().to_vec(), b.parts().to_vec());
                let re = self.b.ins().fcmp(FloatCC::Equal, p[0], q[0]);
                let im = self.b.ins().fcmp(FloatCC::Equal, p[1], q[1]);
                let eq = self.b.ins().band(re, im);
                self.negate_if_ne(op, eq)
            }
            Num::Str => self.compare_strings(op, a, b),
            Num::Int { signed } => {
                let cc = int_cc(op, signed);
                self.b.ins().icmp(cc, a.val(), b.val())
            }
            Num::Bool => {
                let cc = int_cc(op, false);
                self.b.ins().icmp(cc, a.val(), b.val())
            }
            Num::Other => match self.types().under(t).clone() {
                Type::Struct(fields) => {
                    let offs = self.types().field_offsets(t);
                    let parts = fields
                        .iter()
                        .zip(offs)
                        .filter(|(f, _)| f.name != "_")
                        .map(|(f, off)| (f.ty, off as i32));
                    let eq = self.all_equal(parts, a.val(), b.val());
                    self.negate_if_ne(op, eq)
                }
                Type::Array(n, e) => {
                    let size = self.types().size_of(e);
                    let eq = if crate::data::is_regular_memory(self.types(), t) && n * size > 64 {
                        let bytes = self.ptr_const((n * size) as i64);
                        self.call_rt("runtime.memequal", &[a.val(), b.val(), bytes])[0]
                    } else if n > ARRAY_EQ_UNROLL {
                        self.array_eq_loop(n, e, a.val(), b.val())
                    } else {
                        let parts = (0..n).map(|i| (e, (i * size) as i32));
                        self.all_equal(parts, a.val(), b.val())
                    };
                    self.negate_if_ne(op, eq)
                }
                Type::Interface(_) => self.compare_ifaces(op, t, a, b),
                _ => {
                    // Pointers, chans, unsafe.Pointer: compare the word.
                    let cc = int_cc(op, false);
                    self.b.ins().icmp(cc, a.parts()[0], b.parts()[0])
                }
            },
        }
    }

    /// Whether the parts `(type, offset)` of the values at `a` and `b` are all equal, compared
    /// in order and stopping at the first difference, as gc's struct comparisons and equality
    /// functions do: a later part — an interface holding an uncomparable value — must not be
    /// compared, and panic, once an earlier one differs.
    fn all_equal(
        &mut self,
        parts: impl Iterator<Item = (TypeId, i32)>,
        a: Value,
        b: Value,
    ) -> Value {
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, types::I8);
        for (ty, off) in parts {
            let pa = self.load_value(ty, a, off);
            let pb = self.load_value(ty, b, off);
            let eq = self.compare(BinOp::Eq, ty, &pa, &pb);
            let next = self.b.create_block();
            let differ = self.b.ins().iconst(types::I8, 0);
            self.b
                .ins()
                .brif(eq, next, &[], done, &[BlockArg::Value(differ)]);
            self.b.switch_to_block(next);
        }
        let all = self.b.ins().iconst(types::I8, 1);
        self.b.ins().jump(done, &[BlockArg::Value(all)]);
        self.b.switch_to_block(done);
        result
    }

    /// `a == b` for long arrays whose elements need more than a memory compare (floats,
    /// strings): a loop over the elements that stops at the first difference.
    fn array_eq_loop(&mut self, n: u64, e: TypeId, a: Value, b: Value) -> Value {
        let size = self.types().size_of(e);
        let header = self.b.create_block();
        let body = self.b.create_block();
        let exit = self.b.create_block();
        let i = self.b.append_block_param(header, PTR);
        let result = self.b.append_block_param(exit, types::I8);
        let zero = self.ptr_const(0);
        self.b.ins().jump(header, &[BlockArg::Value(zero)]);
        self.b.switch_to_block(header);
        let more = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, i, n as i64);
        let all_equal = self.b.ins().iconst(types::I8, 1);
        self.b
            .ins()
            .brif(more, body, &[], exit, &[BlockArg::Value(all_equal)]);
        self.b.switch_to_block(body);
        let off = self.b.ins().imul_imm_s(i, size as i64);
        let pa = self.b.ins().iadd(a, off);
        let pb = self.b.ins().iadd(b, off);
        let ea = self.load_value(e, pa, 0);
        let eb = self.load_value(e, pb, 0);
        let eq = self.compare(BinOp::Eq, e, &ea, &eb);
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().brif(
            eq,
            header,
            &[BlockArg::Value(next)],
            exit,
            &[BlockArg::Value(eq)],
        );
        self.b.switch_to_block(exit);
        result
    }

    fn negate_if_ne(&mut self, op: BinOp, eq: Value) -> Value {
        if op == BinOp::Ne {
            self.b.ins().bxor_imm_s(eq, 1)
        } else {
            eq
        }
    }

    /// Strings: `==` compares lengths, then bytes (`runtime.memequal`) only when they agree;
    /// ordering uses `runtime.cmpstring`.
    fn compare_strings(&mut self, op: BinOp, a: &CValue, b: &CValue) -> Value {
        let (p, q) = (a.parts().to_vec(), b.parts().to_vec());
        if op == BinOp::Eq || op == BinOp::Ne {
            let same_len = self.b.ins().icmp(IntCC::Equal, p[1], q[1]);
            let bytes = self.b.create_block();
            let join = self.b.create_block();
            let res = self.b.append_block_param(join, types::I8);
            self.b
                .ins()
                .brif(same_len, bytes, &[], join, &[BlockArg::Value(same_len)]);
            self.b.switch_to_block(bytes);
            let eq = self.call_rt("runtime.memequal", &[p[0], q[0], p[1]])[0];
            self.b.ins().jump(join, &[BlockArg::Value(eq)]);
            self.b.switch_to_block(join);
            return self.negate_if_ne(op, res);
        }
        let c = self.call_rt("runtime.cmpstring", &[p[0], p[1], q[0], q[1]])[0];
        self.b.ins().icmp_imm_s(int_cc(op, true), c, 0)
    }

    fn len_cap(&mut self, x: &Expr, is_cap: bool) -> CValue {
        match self.types().under(x.ty).clone() {
            Type::Map(..) => self.map_len(x),
            Type::Array(n, _) => {
                // `len(f())` still calls f; `len(a)` of a variable reads nothing.
                if !matches!(
                    x.kind,
                    ExprKind::Load(_) | ExprKind::Zero | ExprKind::Const(_)
                ) {
                    self.eval(x);
                }
                CValue::scalar(self.ptr_const(n as i64))
            }
            Type::Pointer(p) => {
                let n = match self.types().under(p) {
                    Type::Array(n, _) => *n,
                    _ => 0,
                };
                self.eval(x);
                CValue::scalar(self.ptr_const(n as i64))
            }
            _ => {
                let v = self.eval(x);
                let i = if is_cap { 2 } else { 1 };
                CValue::scalar(v.parts()[i])
            }
        }
    }

    /// `x[lo:hi:max]`, with gc's checks (right to left) and gc's pointer rule: when the
    /// result's capacity is 0, the pointer is not advanced (so it never points past the end).
    fn slice_expr(
        &mut self,
        x: &Expr,
        [lo, hi, max]: [Option<&Expr>; 3],
        t: TypeId,
        at: Span,
    ) -> CValue {
        let types = self.types();
        let (is_slice, is_string) = match types.under(x.ty) {
            Type::Slice(_) => (true, false),
            Type::Basic(_) => (false, true),
            _ => (false, false),
        };
        let elem_size = types.size_of(self.elem_type(x.ty));
        let v = self.eval(x);
        let (ptr, len, cap) = if is_slice {
            let p = v.parts();
            (p[0], p[1], p[2])
        } else if is_string {
            let p = v.parts();
            (p[0], p[1], p[1])
        } else {
            let p = v.val();
            if !matches!(x.kind, ExprKind::Addr(_)) {
                self.nil_check(p);
            }
            let n = match types.under(x.ty) {
                Type::Pointer(a) => match types.under(*a) {
                    Type::Array(n, _) => *n,
                    _ => 0,
                },
                _ => 0,
            };
            let n = self.ptr_const(n as i64);
            (p, n, n)
        };
        let i = lo.map(|e| self.eval_index(e));
        let j = hi.map(|e| self.eval_index(e));
        let k = max.map(|e| self.eval_index(e));
        let (jv, _) = j.unwrap_or((len, false));
        let (kv, _) = k.unwrap_or((cap, false));
        if let Some((k, ku)) = k {
            let kind = if is_slice {
                Bounds::Slice3Acap
            } else {
                Bounds::Slice3Alen
            };
            self.slice_check(k, cap, ku, kind, at);
            if let Some((j, ju)) = j {
                self.slice_check(j, k, ju, Bounds::Slice3B, at);
            }
            if let Some((i, iu)) = i {
                self.slice_check(i, jv, iu, Bounds::Slice3C, at);
            }
        } else {
            if let Some((j, ju)) = j {
                let kind = if is_slice {
                    Bounds::SliceAcap
                } else {
                    Bounds::SliceAlen
                };
                self.slice_check(j, cap, ju, kind, at);
            }
            if let Some((i, iu)) = i {
                self.slice_check(i, jv, iu, Bounds::SliceB, at);
            }
        }
        let (rptr, rlen, rcap) = match i {
            None => (ptr, jv, kv),
            Some((iv, _)) => {
                let rlen = self.b.ins().isub(jv, iv);
                let rcap = if is_string {
                    rlen
                } else {
                    self.b.ins().isub(kv, iv)
                };
                let delta = self.b.ins().imul_imm_s(iv, elem_size as i64);
                let empty = self.b.ins().icmp_imm_s(IntCC::Equal, rcap, 0);
                let zero = self.ptr_const(0);
                let delta = self.b.ins().select(empty, zero, delta);
                (self.b.ins().iadd(ptr, delta), rlen, rcap)
            }
        };
        match self.types().under(t) {
            Type::Basic(_) => CValue::Parts(vec![rptr, rlen]),
            _ => CValue::Parts(vec![rptr, rlen, rcap]),
        }
    }

    fn composite(&mut self, elems: &[(usize, Expr)], t: TypeId) -> CValue {
        let types = self.types();
        let size = types.size_of(t);
        // (number of elements, where element i is and its type).
        let (count, place): (u64, Box<dyn Fn(usize) -> Option<(u64, TypeId)>>) =
            match types.under(t) {
                Type::Struct(fields) => {
                    let offsets = types.field_offsets(t);
                    let tys: Vec<TypeId> = fields.iter().map(|f| f.ty).collect();
                    let n = tys.len() as u64;
                    (n, Box::new(move |i| Some((*offsets.get(i)?, *tys.get(i)?))))
                }
                &Type::Array(n, e) => {
                    let es = types.size_of(e);
                    (
                        n,
                        Box::new(move |i| ((i as u64) < n).then(|| (i as u64 * es, e))),
                    )
                }
                _ => {
                    self.error("composite literal of a non-aggregate type");
                    return self.zero_value(t);
                }
            };
        // Evaluate the elements first: they may read the variable being assigned.
        let vals: Vec<(usize, CValue)> = elems.iter().map(|(i, e)| (*i, self.eval(e))).collect();
        let addr = self.new_slot(size);
        if (vals.len() as u64) < count {
            self.zero_mem(addr, size);
        }
        for (i, v) in vals {
            if let Some((off, ft)) = place(i) {
                self.store_value(ft, addr, off as i32, &v);
            }
        }
        CValue::Mem(addr)
    }

    /// `append(s, e1, …, en)`, as gc's `walkAppend`:
    ///
    /// ```text
    ///   newLen := len(s) + n
    ///   if uint(newLen) > uint(cap(s)) { s = growslice(s.ptr, newLen, cap(s), n, T) }
    ///   s[newLen-n] = e1; …
    /// ```
    fn append(&mut self, s: &Expr, elems: &[Expr], t: TypeId) -> CValue {
        let sv = self.eval(s);
        let vals: Vec<CValue> = elems.iter().map(|e| self.eval(e)).collect();
        if vals.is_empty() {
            return sv;
        }
        let elem = self.elem_type(t);
        let size = self.types().size_of(elem);
        let n = self.ptr_const(vals.len() as i64);
        let (ptr, new_len, _cap) = self.grow(&sv, n, elem);
        let base = self.b.ins().isub(new_len, n);
        let byte_off = self.b.ins().imul_imm_s(base, size as i64);
        let first = self.b.ins().iadd(ptr, byte_off);
        for (i, v) in vals.iter().enumerate() {
            self.store_value(elem, first, (i as u64 * size) as i32, v);
        }
        CValue::Parts(vec![ptr, new_len, _cap])
    }

    /// `append(s, t...)` (t a slice, or a string for `[]byte`): grow as above, then
    /// `memmove(&s[len(s)-len(t)], &t[0], len(t)*sizeof(T))`.
    fn append_slice(&mut self, s: &Expr, x: &Expr, t: TypeId) -> CValue {
        let sv = self.eval(s);
        let xv = self.eval(x);
        let (xptr, xlen) = (xv.parts()[0], xv.parts()[1]);
        let elem = self.elem_type(t);
        let size = self.types().size_of(elem);
        let (ptr, new_len, cap) = self.grow(&sv, xlen, elem);
        let base = self.b.ins().isub(new_len, xlen);
        let byte_off = self.b.ins().imul_imm_s(base, size as i64);
        let dst = self.b.ins().iadd(ptr, byte_off);
        let bytes = self.b.ins().imul_imm_s(xlen, size as i64);
        self.call_rt("runtime.memmove", &[dst, xptr, bytes]);
        CValue::Parts(vec![ptr, new_len, cap])
    }

    /// Makes room for `n` more elements: `(ptr, len+n, cap)`, through `runtime.growslice`
    /// exactly when `len+n > cap` (unsigned).
    fn grow(&mut self, s: &CValue, n: Value, elem: TypeId) -> (Value, Value, Value) {
        let p = s.parts();
        let (ptr, len, cap) = (p[0], p[1], p[2]);
        let new_len = self.b.ins().iadd(len, n);
        let need = self.b.ins().icmp(IntCC::UnsignedGreaterThan, new_len, cap);
        let grow_b = self.b.create_block();
        let join = self.b.create_block();
        let jptr = self.b.append_block_param(join, PTR);
        let jcap = self.b.append_block_param(join, PTR);
        self.b.ins().brif(
            need,
            grow_b,
            &[],
            join,
            &[BlockArg::Value(ptr), BlockArg::Value(cap)],
        );
        self.b.set_cold_block(grow_b);
        self.b.switch_to_block(grow_b);
        let out = self.new_slot(24);
        let desc = self.type_desc(elem);
        self.call_rt("runtime.growslice", &[out, ptr, new_len, cap, n, desc]);
        let nptr = self.b.ins().load(PTR, go_mem(), out, 0);
        let ncap = self.b.ins().load(PTR, go_mem(), out, 16);
        self.b
            .ins()
            .jump(join, &[BlockArg::Value(nptr), BlockArg::Value(ncap)]);
        self.b.switch_to_block(join);
        (jptr, new_len, jcap)
    }

    /// Conversions between numeric types, and no-op changes of type.
    fn convert(&mut self, v: CValue, from: TypeId, to: TypeId) -> CValue {
        let (fk, tk) = (self.num(from), self.num(to));
        match (fk, tk) {
            (Num::Int { signed }, Num::Int { .. }) => {
                let x = v.val();
                let (fw, tw) = (self.b.func.dfg.value_type(x), scalar_type(self.types(), to));
                CValue::scalar(self.int_resize(x, fw, tw, signed))
            }
            (Num::Int { signed }, Num::Float) => {
                let ft = scalar_type(self.types(), to);
                CValue::scalar(self.int_to_float(v.val(), signed, ft))
            }
            (Num::Float, Num::Int { signed }) => {
                let tw = scalar_type(self.types(), to);
                CValue::scalar(self.float_to_int(v.val(), tw, signed))
            }
            (Num::Float, Num::Float) => {
                let ft = scalar_type(self.types(), to);
                let x = self.float_resize(v.val(), ft);
                CValue::scalar(self.rounded(x))
            }
            (Num::Complex, Num::Complex) => {
                let ft = match self.repr(to) {
                    Repr::Parts(p) => p[0].0,
                    Repr::Mem => types::F64,
                };
                let p = v.parts().to_vec();
                let re = self.float_resize(p[0], ft);
                let im = self.float_resize(p[1], ft);
                CValue::Parts(vec![self.rounded(re), self.rounded(im)])
            }
            _ => {
                // Same representation: named ↔ underlying, pointer ↔ unsafe.Pointer ↔ uintptr.
                if let (CValue::Parts(p), Repr::Parts(tp)) = (&v, self.repr(to)) {
                    if p.len() == 1 && tp.len() == 1 {
                        let fw = self.b.func.dfg.value_type(p[0]);
                        if fw != tp[0].0 && fw.is_int() && tp[0].0.is_int() {
                            return CValue::scalar(self.int_resize(p[0], fw, tp[0].0, false));
                        }
                    }
                }
                v
            }
        }
    }

    fn int_resize(&mut self, x: Value, from: ClType, to: ClType, signed: bool) -> Value {
        if from == to {
            x
        } else if from.bits() > to.bits() {
            self.b.ins().ireduce(to, x)
        } else if signed {
            self.b.ins().sextend(to, x)
        } else {
            self.b.ins().uextend(to, x)
        }
    }

    /// A float value an explicit conversion rounded: on arm64, a product is copied through an
    /// integer register, which the multiply-add fusion (`fma.rs`) does not look through, as
    /// gc's `Round64F` keeps its rules from fusing through a conversion.
    fn rounded(&mut self, x: Value) -> Value {
        if !self.cx.arm64 || !super::fma::is_product(&self.b.func.dfg, x) {
            return x;
        }
        let ty = self.b.func.dfg.value_type(x);
        let int = if ty == types::F32 {
            types::I32
        } else {
            types::I64
        };
        let bits = self.b.ins().bitcast(int, MemFlagsData::new(), x);
        self.b.ins().bitcast(ty, MemFlagsData::new(), bits)
    }

    fn float_resize(&mut self, x: Value, to: ClType) -> Value {
        let from = self.b.func.dfg.value_type(x);
        if from == to {
            x
        } else if to == types::F32 {
            self.b.ins().fdemote(to, x)
        } else {
            self.b.ins().fpromote(to, x)
        }
    }

    /// gc's integer → float conversions on 64-bit targets (`uint64` by halving with a sticky
    /// bit, so the result is correctly rounded).
    fn int_to_float(&mut self, x: Value, signed: bool, ft: ClType) -> Value {
        let w = self.b.func.dfg.value_type(x);
        if signed || w.bits() < 64 {
            let x64 = self.widen(x, !signed);
            return self.b.ins().fcvt_from_sint(ft, x64);
        }
        let direct = self.b.ins().fcvt_from_sint(ft, x);
        let low = self.b.ins().band_imm_s(x, 1);
        let half = self.b.ins().ushr_imm_s(x, 1);
        let half = self.b.ins().bor(half, low);
        let hf = self.b.ins().fcvt_from_sint(ft, half);
        let doubled = self.b.ins().fadd(hf, hf);
        let nonneg = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, x, 0);
        self.b.ins().select(nonneg, direct, doubled)
    }

    /// amd64 `CVTTSx2SQ`/`CVTTSx2SL` (`bits` = 64 or 32): truncation, or `MinInt` of that
    /// width when the result does not fit (or x is NaN).
    fn cvtt(&mut self, x: Value, bits: u32) -> Value {
        let ft = self.b.func.dfg.value_type(x);
        let it = if bits == 64 { types::I64 } else { types::I32 };
        let sat = self.b.ins().fcvt_to_sint_sat(it, x);
        let limit = 2f64.powi(bits as i32 - 1);
        let fconst = |fx: &mut Self, v: f64| {
            if ft == types::F32 {
                fx.b.ins().f32const(v as f32)
            } else {
                fx.b.ins().f64const(v)
            }
        };
        // In range: -limit-1 < x < limit. When -limit-1 is not representable (it rounds to
        // -limit), `x >= -limit` is the same set.
        let below_exact = ft == types::F64 && bits == 32;
        let lo = if below_exact {
            let c = fconst(self, -limit - 1.0);
            self.b.ins().fcmp(FloatCC::GreaterThan, x, c)
        } else {
            let c = fconst(self, -limit);
            self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, c)
        };
        let hi_c = fconst(self, limit);
        let hi = self.b.ins().fcmp(FloatCC::LessThan, x, hi_c);
        let ok = self.b.ins().band(lo, hi);
        let min = self
            .b
            .ins()
            .iconst(it, if bits == 64 { i64::MIN } else { 0x8000_0000 });
        self.b.ins().select(ok, sat, min)
    }

    fn float_to_int(&mut self, x: Value, to: ClType, signed: bool) -> Value {
        let ft = self.b.func.dfg.value_type(x);
        if self.cx.arm64 {
            return self.float_to_int_arm64(x, to, signed);
        }
        if !signed && to == types::I64 {
            // gc's floatToUint for uint64 (amd64 has no unsigned conversion).
            let cutoff = if ft == types::F32 {
                self.b.ins().f32const(2f32.powi(63))
            } else {
                self.b.ins().f64const(2f64.powi(63))
            };
            let small = self.b.ins().fcmp(FloatCC::LessThan, x, cutoff);
            let a = self.cvtt(x, 64);
            let y = self.b.ins().fsub(x, cutoff);
            let z = self.cvtt(y, 64);
            let b = self.b.ins().bor_imm_s(z, i64::MIN);
            return self.b.ins().select(small, a, b);
        }
        // int64 and uint32 go through 64 bits; int8/16/32 and uint8/16 through 32 bits.
        let wide = to == types::I64 || (!signed && to == types::I32);
        let v = self.cvtt(x, if wide { 64 } else { 32 });
        let vt = self.b.func.dfg.value_type(v);
        self.int_resize(v, vt, to, true)
    }
}

impl FunctionCx<'_, '_> {
    /// gc on arm64: FCVTZS/FCVTZU, which saturate (NaN gives 0), i.e. Cranelift's `_sat`
    /// conversions, at gc's widths: `uint64` unsigned, `int64`/`uint32` through signed 64 bits,
    /// the rest through signed 32 bits.
    fn float_to_int_arm64(&mut self, x: Value, to: ClType, signed: bool) -> Value {
        if !signed && to == types::I64 {
            return self.b.ins().fcvt_to_uint_sat(types::I64, x);
        }
        let wide = to == types::I64 || (!signed && to == types::I32);
        let via = if wide { types::I64 } else { types::I32 };
        let v = self.b.ins().fcvt_to_sint_sat(via, x);
        self.int_resize(v, via, to, true)
    }
}

fn int_cc(op: BinOp, signed: bool) -> IntCC {
    match (op, signed) {
        (BinOp::Eq, _) => IntCC::Equal,
        (BinOp::Ne, _) => IntCC::NotEqual,
        (BinOp::Lt, true) => IntCC::SignedLessThan,
        (BinOp::Le, true) => IntCC::SignedLessThanOrEqual,
        (BinOp::Gt, true) => IntCC::SignedGreaterThan,
        (BinOp::Ge, true) => IntCC::SignedGreaterThanOrEqual,
        (BinOp::Lt, false) => IntCC::UnsignedLessThan,
        (BinOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
        (BinOp::Gt, false) => IntCC::UnsignedGreaterThan,
        (_, false) => IntCC::UnsignedGreaterThanOrEqual,
        (_, true) => IntCC::SignedGreaterThanOrEqual,
    }
}

impl FunctionCx<'_, '_> {
    /// The address of `f`'s read-only funcval (`main.f·f`), the value of a top-level function
    /// or of a literal that captures nothing.
    fn static_funcval(&mut self, f: FuncId, ty: TypeId) -> CValue {
        match self.cx.funcval(f) {
            Ok(id) => CValue::scalar(self.data_addr(id)),
            Err(err) => {
                self.error(err);
                self.zero_value(ty)
            }
        }
    }

    /// A funcval made at run time (see `ExprKind::Closure`, `ExprKind::MethodValue`): a
    /// `{ F uintptr; X0 T0; … }` in its stack temporary `buf` or from `runtime.newobject`,
    /// holding `func`'s code address and the values of `words`. An interface receiver of a
    /// method value must not be nil (gc checks its itab here).
    fn funcval(
        &mut self,
        func: FuncId,
        words: &[&Expr],
        env: Option<TypeId>,
        buf: Option<LocalId>,
        ty: TypeId,
    ) -> CValue {
        let Some(env) = env else {
            self.error("a funcval reached codegen without its struct type");
            return self.zero_value(ty);
        };
        let values: Vec<CValue> = words.iter().map(|w| self.eval(w)).collect();
        if let ([w], [CValue::Parts(parts)]) = (words, &values[..]) {
            if self.types().is_interface(w.ty) {
                self.nil_check(parts[0]);
            }
        }
        let addr = match buf {
            Some(l) => self.local_addr(l).0,
            None => {
                let desc = self.type_desc(env);
                match self.call_rt("runtime.newobject", &[desc]).first() {
                    Some(&p) => p,
                    None => return self.zero_value(ty),
                }
            }
        };
        let id = self.cx.func_id(func);
        let fref = self.func_ref(id);
        let code = self.b.ins().func_addr(PTR, fref);
        self.b.ins().store(go_mem(), code, addr, 0);
        let types = self.types();
        let layout = words
            .iter()
            .map(|w| (types.size_of(w.ty), types.align_of(w.ty)));
        let offsets = closure_offsets(layout);
        for ((w, v), off) in words.iter().zip(&values).zip(offsets) {
            self.store_value(w.ty, addr, off as i32, v);
        }
        CValue::scalar(addr)
    }
}

/// The offsets of a funcval's captures, given each one's size and alignment (gc's
/// `ClosureStructIter`): after the code address, each at the next multiple of its alignment.
pub(super) fn closure_offsets(layout: impl Iterator<Item = (u64, u64)>) -> Vec<u64> {
    let mut off = 8;
    let mut out = Vec::new();
    for (size, align) in layout {
        off = align_up(off, align);
        out.push(off);
        off += size;
    }
    out
}
