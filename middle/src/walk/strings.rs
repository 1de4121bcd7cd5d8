//! String conversions and concatenations as runtime calls (gc's `walkStringToBytes`,
//! `walkBytesToString`, `walkAddString`, …): each takes a buffer first, a stack buffer when
//! escape analysis keeps the result in the frame (`alloc.rs` declares it), nil otherwise.
//!
//! ```text
//! a + b           =>  runtime.concatstring2(buf, a, b)
//! a + … (6 or more) => runtime.concatstrings(buf, [n]string{a, …}, n)
//! string(bs)      =>  runtime.slicebytetostring(buf, bs)
//! []byte(s)       =>  runtime.stringtoslicebyte(buf, s)
//! []rune(s)       =>  runtime.stringtoslicerune(buf, s)
//! string(rs)      =>  runtime.slicerunetostring(buf, rs)
//! string(r)       =>  runtime.intstring(buf, int64(r))
//! ```

use base::types::BasicKind;

use super::Walker;
use crate::ir::*;

/// Size of the stack buffer gc gives a non-escaping string operation's result
/// (`tmpStringBufSize`), in elements; None if `e` is not a string operation.
pub(super) fn string_op_buffer(e: &ExprKind) -> Option<u64> {
    match e {
        ExprKind::StringFromRune(_) => Some(4),
        ExprKind::Concat(_)
        | ExprKind::StringFromBytes(_)
        | ExprKind::BytesFromString(_)
        | ExprKind::StringFromRunes(_)
        | ExprKind::RunesFromString(_) => Some(32),
        _ => None,
    }
}

impl Walker<'_> {
    /// Replaces the string operation `e` (if it is one, [`string_op_buffer`]) by its runtime
    /// call, with `buf` (a local array) as the buffer, or nil.
    pub(super) fn string_op(&mut self, e: &mut Expr, buf: Option<LocalId>) {
        let Some(buf_len) = string_op_buffer(&e.kind) else {
            return;
        };
        let span = e.span;
        let u8t = self.types.basic(BasicKind::Uint8);
        let i32t = self.types.basic(BasicKind::Int32);
        let string = self.types.basic(BasicKind::String);
        let int = self.types.basic(BasicKind::Int);
        let elem = match &e.kind {
            ExprKind::RunesFromString(_) => i32t,
            _ => u8t,
        };
        let buf_ty = self.types.array(buf_len, elem);
        let pbuf = self.types.pointer(buf_ty);
        let buf_arg = match buf {
            Some(b) => Expr::new(ExprKind::Addr(Place::Local(b)), pbuf, span),
            None => Expr::new(ExprKind::Zero, pbuf, span),
        };
        let result = e.ty;
        let kind = std::mem::replace(&mut e.kind, ExprKind::Zero);
        let (name, mut args): (String, Vec<Expr>) = match kind {
            ExprKind::Concat(parts) if parts.len() <= 5 => {
                (format!("runtime.concatstring{}", parts.len()), parts)
            }
            ExprKind::Concat(parts) => {
                let n = parts.len();
                let arr_ty = self.types.array(n as u64, string);
                let items = parts.into_iter().enumerate().collect();
                let arr = Expr::new(ExprKind::Composite(items), arr_ty, span);
                let count = Expr::new(ExprKind::Const(Const::Int(n as i64)), int, span);
                ("runtime.concatstrings".into(), vec![arr, count])
            }
            ExprKind::StringFromBytes(b) => ("runtime.slicebytetostring".into(), vec![*b]),
            ExprKind::BytesFromString(s) => ("runtime.stringtoslicebyte".into(), vec![*s]),
            ExprKind::RunesFromString(s) => ("runtime.stringtoslicerune".into(), vec![*s]),
            ExprKind::StringFromRunes(rs) => ("runtime.slicerunetostring".into(), vec![*rs]),
            ExprKind::StringFromRune(r) => {
                let i64t = self.types.basic(BasicKind::Int64);
                let v = if r.ty == i64t {
                    *r
                } else {
                    Expr::new(ExprKind::Convert(r), i64t, span)
                };
                ("runtime.intstring".into(), vec![v])
            }
            other => unreachable!("not a string operation: {other:?}"),
        };
        args.insert(0, buf_arg);
        let params = args.iter().map(|a| a.ty).collect();
        // The runtime returns the Go value; for named result types it is the same bits.
        let ret = match &name[..] {
            "runtime.stringtoslicebyte" => self.types.slice(u8t),
            "runtime.stringtoslicerune" => self.types.slice(i32t),
            _ => string,
        };
        let ext = self.extern_fn(&name, params, vec![ret]);
        let call = Expr::new(ExprKind::CallExtern(ext, args), ret, span);
        *e = if ret == result {
            call
        } else {
            Expr::new(ExprKind::Convert(Box::new(call)), result, span)
        };
    }
}
