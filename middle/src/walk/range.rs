//! The step of `for i, r := range s` over a string (gc's `walkRange` for strings): the rune at
//! byte `i` and the index after it. ASCII is decoded inline, the rest by the runtime:
//!
//! ```text
//! r, next = decoderune(s, i)   =>   var .c uint8 = s[i]
//!                                    if .c < utf8.RuneSelf { r = rune(.c); next = i + 1 }
//!                                    else { r, next = runtime.decoderune(s, i) }
//! ```
//!
//! `s` and `i` are loads of the loop's own temporaries (lowering made them stable), so reading
//! them twice reads the same values.

use base::types::BasicKind;

use super::Walker;
use crate::ir::*;

/// gc's `utf8.RuneSelf`: bytes below it are runes of their own.
const RUNE_SELF: i64 = 0x80;

impl Walker<'_> {
    /// Replaces `targets = DecodeRune(s, i)` (already walked) by its inline ASCII path and the
    /// runtime call.
    pub(super) fn decode_rune(&mut self, targets: Vec<Option<Place>>, e: Expr) -> StmtKind {
        let span = e.span;
        let ExprKind::DecodeRune(s, i) = e.kind else {
            unreachable!("not a DecodeRune");
        };
        let u8t = self.types.basic(BasicKind::Uint8);
        let rune = self.types.basic(BasicKind::Int32);
        let int = self.types.basic(BasicKind::Int);
        let boolean = self.types.basic(BasicKind::Bool);
        let (r, next) = match <[Option<Place>; 2]>::try_from(targets) {
            Ok([r, Some(next)]) => (r, next),
            _ => unreachable!("DecodeRune assigns a rune and the next index"),
        };
        let c = self.temp(u8t, span, false);
        let load_c = || Expr::new(ExprKind::Load(Place::Local(c)), u8t, span);
        let mut ascii = Vec::new();
        if let Some(r) = r.clone() {
            let conv = Expr::new(ExprKind::Convert(Box::new(load_c())), rune, span);
            ascii.push(Stmt::new(StmtKind::Assign(r, conv), span));
        }
        let one = Expr::new(ExprKind::Const(Const::Int(1)), int, span);
        let after = Expr::new(
            ExprKind::Binary(BinOp::Add, i.clone(), Box::new(one)),
            int,
            span,
        );
        ascii.push(Stmt::new(StmtKind::Assign(next.clone(), after), span));
        let ext = self.extern_fn("runtime.decoderune", vec![s.ty, int], vec![rune, int]);
        let call = Expr::new(
            ExprKind::CallExtern(ext, vec![(*s).clone(), (*i).clone()]),
            e.ty,
            span,
        );
        let other = vec![Stmt::new(
            StmtKind::AssignMulti(vec![r, Some(next)], call),
            span,
        )];
        let byte = Expr::new(ExprKind::IndexOf(s, i, span), u8t, span);
        let limit = Expr::new(ExprKind::Const(Const::Int(RUNE_SELF)), u8t, span);
        let is_ascii = Expr::new(
            ExprKind::Binary(BinOp::Lt, Box::new(load_c()), Box::new(limit)),
            boolean,
            span,
        );
        StmtKind::Block(vec![
            Stmt::new(StmtKind::Decl(c), span),
            Stmt::new(StmtKind::Assign(Place::Local(c), byte), span),
            Stmt::new(
                StmtKind::If {
                    cond: is_ascii,
                    then: ascii,
                    els: other,
                },
                span,
            ),
        ])
    }
}
