//! Applying escape analysis's decisions to the IR: locals moved to the heap, `new`s and `make`s that stay in
//! the frame as stack temporaries, stack buffers for non-escaping conversions, concatenations
//! and `append`s, zero-copy `[]byte(s)` (what gc's `walk` does with escape analysis's verdicts).

use base::types::{BasicKind, Type, TypeId, Types};

use super::strings::string_op_buffer;
use super::Walker;
use crate::escape::SiteDecision;
use crate::ir::*;

/// Size of the stack buffer gc gives non-escaping variable-size `make`s and appends
/// (`base.Debug.VariableMakeThreshold`).
pub(super) const SMALL_BUF: u64 = 32;

impl Walker<'_> {
    /// Makes what escape analysis decided for the allocation `e` explicit; what must run
    /// before it goes to `pre`.
    /// A function literal with captures, or a method value: each variable captured by
    /// reference is its address, and the funcval is a struct `{ F uintptr; X0 T0; … }` (gc's
    /// `ClosureType`; `{ F uintptr; R T }` for a method value, gc's `MethodValueType`), in a
    /// stack temporary when it does not escape.
    fn closure(&mut self, e: &mut Expr, stays: bool, pre: &mut Block) {
        let (words, env, buf) = match &mut e.kind {
            ExprKind::Closure {
                func,
                captures,
                env,
                buf,
            } => {
                if captures.is_empty() {
                    return;
                }
                let by_ref = self
                    .all
                    .get(func.index())
                    .map_or(&[][..], |d| &d.by_ref[..]);
                super::capture_values(captures, by_ref, self.types);
                let words: Vec<(String, base::types::TypeId)> = captures
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (format!("X{i}"), c.ty))
                    .collect();
                (words, env, buf)
            }
            ExprKind::MethodValue { recv, env, buf, .. } => {
                (vec![("R".to_string(), recv.ty)], env, buf)
            }
            _ => return,
        };
        let uintptr = self.types.basic(BasicKind::Uintptr);
        let field = |name: String, ty| base::types::StructField {
            name,
            ty,
            embedded: false,
            tag: None,
            pkg: None,
        };
        let mut fields = vec![field("F".to_string(), uintptr)];
        fields.extend(words.into_iter().map(|(n, t)| field(n, t)));
        let t = self.types.intern(Type::Struct(fields));
        self.types.set_noalg(t);
        // gc takes the funcval's address (`&struct{…}{…}`), so `*struct{…}` exists too.
        self.types.pointer(t);
        *env = Some(t);
        if stays {
            let tmp = self.temp(t, e.span, true);
            pre.push(Stmt::new(StmtKind::Decl(tmp), e.span));
            *buf = Some(tmp);
        }
    }

    pub(super) fn apply_decision(&mut self, e: &mut Expr, pre: &mut Block) {
        let d = e.site.and_then(|id| self.decisions.sites.get(&id)).copied();
        if let ExprKind::Closure { .. } | ExprKind::MethodValue { .. } = e.kind {
            let stays = d.is_some_and(|d| !d.escapes);
            self.closure(e, stays, pre);
            return;
        }
        if let ExprKind::MakeIface { value, data } = &mut e.kind {
            // gc's `dataWord`: a non-escaping conversion copies the value to a stack
            // temporary instead of calling the runtime.
            if d.is_some_and(|d| !d.escapes)
                && matches!(data, DataWord::Call(_))
                && self.types.size_of(value.ty) <= 1024
            {
                *data = DataWord::StackTemp;
            }
            return;
        }
        // What stays in the frame needs statements before the current one.
        let stays = match d {
            Some(d) if !d.escapes => d,
            _ => {
                // Escaping (or undecided) string operations are runtime calls without a
                // buffer.
                self.string_op(e, None);
                return;
            }
        };
        match &e.kind {
            ExprKind::MakeSlice { .. } => self.stack_make(e, stays, pre),
            ExprKind::Map(MapOp::Make { .. }, _) => self.stack_map(e, pre),
            ExprKind::Append(..) => self.stack_append(e, pre),
            ExprKind::BytesFromString(_) if stays.zero_copy => self.zero_copy(e, pre),
            _ => {
                if let Some(len) = string_op_buffer(&e.kind) {
                    // gc passes a stack buffer (`buf *tmpBuf`) for a short result.
                    let elem = match e.kind {
                        ExprKind::RunesFromString(_) => BasicKind::Int32,
                        _ => BasicKind::Uint8,
                    };
                    let elem = self.types.basic(elem);
                    let buf_ty = self.types.array(len, elem);
                    let buf = self.temp(buf_ty, e.span, true);
                    pre.push(Stmt::new(StmtKind::Decl(buf), e.span));
                    self.string_op(e, Some(buf));
                }
            }
        }
    }

    /// A map that does not escape (gc's `walkMakeMap`): its header is a stack temporary, and
    /// so is its first group unless the hint is a constant over 8 (the backend sets them up:
    /// `backend/src/codegen/maps.rs`).
    fn stack_map(&mut self, e: &mut Expr, pre: &mut Block) {
        let ExprKind::Map(MapOp::Make { stack }, args) = &mut e.kind else {
            return;
        };
        let Type::Map(k, v) = *self.types.under(e.ty) else {
            return;
        };
        let span = e.span;
        let big =
            matches!(args.first().map(|h| &h.kind), Some(ExprKind::Const(Const::Int(n))) if *n > 8);
        let hdr_ty = map_header_type(self.types);
        let hdr = self.temp(hdr_ty, span, true);
        pre.push(Stmt::new(StmtKind::Decl(hdr), span));
        let group = (!big).then(|| {
            let g_ty = map_group_type(self.types, k, v);
            let g = self.temp(g_ty, span, true);
            pre.push(Stmt::new(StmtKind::Decl(g), span));
            g
        });
        *stack = Some((hdr, group));
    }

    /// A `[]byte(s)` that neither escapes nor is written through shares `s`'s bytes (gc's
    /// zero-copy conversion): a slice header `{ptr(s), len(s), len(s)}`, where a nil `ptr(s)`
    /// (an empty string) is `&runtime.zerobase`, as gc's: `[]byte("")` is empty, not nil.
    fn zero_copy(&mut self, e: &mut Expr, pre: &mut Block) {
        let ExprKind::BytesFromString(s) = std::mem::replace(&mut e.kind, ExprKind::Zero) else {
            return;
        };
        let span = e.span;
        let string = s.ty;
        let unsafe_ptr = self.types.basic(BasicKind::UnsafePointer);
        // A non-empty constant's bytes are somewhere: no check (gc's SSA folds it away).
        let non_empty = matches!(&s.kind, ExprKind::Const(Const::String(b)) if !b.is_empty());
        let st = self.stable_temp(*s, true, pre);
        let data = self.reinterpret(st, string, unsafe_ptr, span);
        if non_empty {
            return self.slice_header(data, st, e, pre);
        }
        let p = self.stable_temp(data, false, pre);
        let load_p = Expr::new(ExprKind::Load(Place::Local(p)), unsafe_ptr, span);
        let bool_ty = self.types.basic(BasicKind::Bool);
        let nil = Expr::new(ExprKind::Zero, unsafe_ptr, span);
        let is_nil = Expr::new(
            ExprKind::Binary(BinOp::Eq, Box::new(load_p.clone()), Box::new(nil)),
            bool_ty,
            span,
        );
        let zerobase = self.zerobase(span);
        pre.push(Stmt::new(
            StmtKind::If {
                cond: is_nil,
                then: vec![Stmt::new(StmtKind::Assign(Place::Local(p), zerobase), span)],
                els: Vec::new(),
            },
            span,
        ));
        self.slice_header(load_p, st, e, pre);
    }

    /// `e` becomes the slice `{data, len(.st), len(.st)}` of the string in temporary `st`.
    fn slice_header(&mut self, data: Expr, st: LocalId, e: &mut Expr, pre: &mut Block) {
        let span = e.span;
        let string = self.locals[st.index()].ty;
        let int = self.types.basic(BasicKind::Int);
        let unsafe_ptr = self.types.basic(BasicKind::UnsafePointer);
        let len = Expr::new(
            ExprKind::Len(Box::new(Expr::new(
                ExprKind::Load(Place::Local(st)),
                string,
                span,
            ))),
            int,
            span,
        );
        let field = |name: &str, ty| base::types::StructField {
            name: name.into(),
            ty,
            embedded: false,
            tag: None,
            pkg: Some(self.pkg),
        };
        let header = self.types.intern(Type::Struct(vec![
            field("ptr", unsafe_ptr),
            field("len", int),
            field("cap", int),
        ]));
        let value = Expr::new(
            ExprKind::Composite(vec![(0, data), (1, len.clone()), (2, len)]),
            header,
            span,
        );
        let h = self.stable_temp(value, true, pre);
        *e = self.reinterpret(h, header, e.ty, span);
    }

    /// A non-escaping `append(s, x…)` of at most 32 bytes to an empty slice that needs room
    /// uses a stack array, once per function (gc 1.25+):
    ///
    /// ```text
    /// append(s, x)  =>  (at function entry) var .buf [32/size]T; var .used bool
    ///                   var .s []T = s
    ///                   if !.used && len(.s) == 0 && cap(.s) < 1 { .used = true; .s = .buf[:0] }
    ///                   append(.s, x)
    /// ```
    fn stack_append(&mut self, e: &mut Expr, pre: &mut Block) {
        let span = e.span;
        let ExprKind::Append(s, elems) = &mut e.kind else {
            return;
        };
        let Type::Slice(elem) = self.types.under(e.ty).clone() else {
            return;
        };
        let size = self.types.size_of(elem);
        if size == 0 || size > SMALL_BUF {
            return;
        }
        let k = SMALL_BUF / size;
        let n = elems.len() as u64;
        if n > k {
            return;
        }
        let int = self.types.basic(BasicKind::Int);
        let bool_ty = self.types.basic(BasicKind::Bool);
        let arr_ty = self.types.array(k, elem);
        let parr = self.types.pointer(arr_ty);
        let buf = self.temp(arr_ty, span, true);
        let used = self.temp(bool_ty, span, false);
        self.prologue.push(Stmt::new(StmtKind::Decl(buf), span));
        self.prologue.push(Stmt::new(StmtKind::Decl(used), span));
        let sty = s.ty;
        let old = std::mem::replace(&mut **s, Expr::new(ExprKind::Zero, sty, span));
        let st = self.stable_temp(old, false, pre);
        let load = |l: LocalId, ty| Expr::new(ExprKind::Load(Place::Local(l)), ty, span);
        let c = |v: i64| Expr::new(ExprKind::Const(Const::Int(v)), int, span);
        let bin = |op, a: Expr, b: Expr| {
            Expr::new(
                ExprKind::Binary(op, Box::new(a), Box::new(b)),
                bool_ty,
                span,
            )
        };
        let not_used = Expr::new(
            ExprKind::Unary(UnOp::Not, Box::new(load(used, bool_ty))),
            bool_ty,
            span,
        );
        let len0 = bin(
            BinOp::Eq,
            Expr::new(ExprKind::Len(Box::new(load(st, sty))), int, span),
            c(0),
        );
        let no_room = bin(
            BinOp::Lt,
            Expr::new(ExprKind::Cap(Box::new(load(st, sty))), int, span),
            c(n as i64),
        );
        let cond = bin(BinOp::LogAnd, bin(BinOp::LogAnd, not_used, len0), no_room);
        let on_stack = Expr::new(
            ExprKind::Slice {
                x: Box::new(Expr::new(ExprKind::Addr(Place::Local(buf)), parr, span)),
                lo: None,
                hi: Some(Box::new(c(0))),
                max: None,
                at: span,
            },
            sty,
            span,
        );
        let yes = Expr::new(ExprKind::Const(Const::Bool(true)), bool_ty, span);
        pre.push(Stmt::new(
            StmtKind::If {
                cond,
                then: vec![
                    Stmt::new(StmtKind::Assign(Place::Local(used), yes), span),
                    Stmt::new(StmtKind::Assign(Place::Local(st), on_stack), span),
                ],
                els: vec![],
            },
            span,
        ));
        **s = load(st, sty);
    }

    /// A `make` that does not escape: a stack array when its size is a known constant, else
    /// a 32-byte stack buffer when the requested capacity fits (gc 1.25+):
    ///
    /// ```text
    /// make([]T, 10)   =>  var .a [10]T; .a[:10]
    /// make([]T, n)    =>  var .b [32/size]T; var .l int = n
    ///                     var .s []T; if uint(.l) <= 32/size { .s = .b[:.l] } else { .s = make([]T, .l) }
    /// ```
    fn stack_make(&mut self, e: &mut Expr, d: SiteDecision, pre: &mut Block) {
        let ExprKind::MakeSlice { len, cap } = &mut e.kind else {
            return;
        };
        let Type::Slice(elem) = self.types.under(e.ty).clone() else {
            return;
        };
        let span = e.span;
        let elem_size = self.types.size_of(elem);
        let int = self.types.basic(BasicKind::Int);
        if let Some(n) = d.static_size {
            let arr_ty = self.types.array(n as u64, elem);
            let arr = self.temp(arr_ty, span, true);
            pre.push(Stmt::new(StmtKind::Decl(arr), span));
            let base = {
                let p = self.types.pointer(arr_ty);
                Expr::new(ExprKind::Addr(Place::Local(arr)), p, span)
            };
            let hi = *std::mem::replace(len, Box::new(Expr::new(ExprKind::Zero, int, span)));
            let constant = matches!(hi.kind, ExprKind::Const(_));
            let hi = if cap.take().is_some() && !constant {
                // A length that the constant capacity n must hold, checked as gc's walk does:
                // if uint64(len) > n { if len < 0 { panicmakeslicelen() }; panicmakeslicecap() }
                let len_ty = hi.ty;
                let l = self.stable_temp(hi, false, pre);
                let load = Expr::new(ExprKind::Load(Place::Local(l)), len_ty, span);
                let (uint64, bool_ty) = (
                    self.types.basic(BasicKind::Uint64),
                    self.types.basic(BasicKind::Bool),
                );
                let no_value = self.types.tuple(vec![]);
                let call = |w: &mut Self, name: &str| {
                    let f = w.extern_fn(name, vec![], vec![]);
                    let call = Expr::new(ExprKind::CallExtern(f, vec![]), no_value, span);
                    Stmt::new(StmtKind::Expr(call), span)
                };
                let cmp = |op, a: Expr, b: Expr| {
                    Expr::new(
                        ExprKind::Binary(op, Box::new(a), Box::new(b)),
                        bool_ty,
                        span,
                    )
                };
                let negative = cmp(
                    BinOp::Lt,
                    load.clone(),
                    Expr::new(ExprKind::Const(Const::Int(0)), len_ty, span),
                );
                let too_long = cmp(
                    BinOp::Gt,
                    Expr::new(ExprKind::Convert(Box::new(load.clone())), uint64, span),
                    Expr::new(ExprKind::Const(Const::Int(n)), uint64, span),
                );
                let len_panic = call(self, "runtime.panicmakeslicelen");
                let cap_panic = call(self, "runtime.panicmakeslicecap");
                let inner = Stmt::new(
                    StmtKind::If {
                        cond: negative,
                        then: vec![len_panic],
                        els: Vec::new(),
                    },
                    span,
                );
                pre.push(Stmt::new(
                    StmtKind::If {
                        cond: too_long,
                        then: vec![inner, cap_panic],
                        els: Vec::new(),
                    },
                    span,
                ));
                load
            } else {
                hi
            };
            e.kind = ExprKind::Slice {
                x: Box::new(base),
                lo: None,
                hi: Some(Box::new(hi)),
                max: None,
                at: span,
            };
            return;
        }
        if elem_size == 0 || elem_size > SMALL_BUF {
            return;
        }
        let k = SMALL_BUF / elem_size;
        let uint = self.types.basic(BasicKind::Uint);
        let bool_ty = self.types.basic(BasicKind::Bool);
        let arr_ty = self.types.array(k, elem);
        let buf = self.temp(arr_ty, span, true);
        pre.push(Stmt::new(StmtKind::Decl(buf), span));
        let stable = |rw: &mut Self, x: Box<Expr>, pre: &mut Block| -> Expr {
            let ty = x.ty;
            let t = rw.temp(ty, span, false);
            pre.push(Stmt::new(StmtKind::Decl(t), span));
            pre.push(Stmt::new(StmtKind::Assign(Place::Local(t), *x), span));
            Expr::new(ExprKind::Load(Place::Local(t)), ty, span)
        };
        let l = stable(
            self,
            std::mem::replace(len, Box::new(Expr::new(ExprKind::Zero, int, span))),
            pre,
        );
        let c = cap.take().map(|c| stable(self, c, pre));
        let as_uint = |x: &Expr| Expr::new(ExprKind::Convert(Box::new(x.clone())), uint, span);
        let kconst = Expr::new(ExprKind::Const(Const::Int(k as i64)), uint, span);
        let fits = |a: Expr, b: Expr| {
            Expr::new(
                ExprKind::Binary(BinOp::Le, Box::new(a), Box::new(b)),
                bool_ty,
                span,
            )
        };
        let cond = match &c {
            None => fits(as_uint(&l), kconst),
            Some(c) => Expr::new(
                ExprKind::Binary(
                    BinOp::LogAnd,
                    Box::new(fits(as_uint(c), kconst)),
                    Box::new(fits(as_uint(&l), as_uint(c))),
                ),
                bool_ty,
                span,
            ),
        };
        let result = self.temp(e.ty, span, false);
        pre.push(Stmt::new(StmtKind::Decl(result), span));
        let base = {
            let p = self.types.pointer(arr_ty);
            Expr::new(ExprKind::Addr(Place::Local(buf)), p, span)
        };
        // The capacity is the requested one, not the buffer's.
        let max = c.clone().unwrap_or_else(|| l.clone());
        let on_stack = Expr::new(
            ExprKind::Slice {
                x: Box::new(base),
                lo: None,
                hi: Some(Box::new(l.clone())),
                max: Some(Box::new(max)),
                at: span,
            },
            e.ty,
            span,
        );
        let on_heap = Expr::new(
            ExprKind::MakeSlice {
                len: Box::new(l),
                cap: c.map(Box::new),
            },
            e.ty,
            span,
        );
        pre.push(Stmt::new(
            StmtKind::If {
                cond,
                then: vec![Stmt::new(
                    StmtKind::Assign(Place::Local(result), on_stack),
                    span,
                )],
                els: vec![Stmt::new(
                    StmtKind::Assign(Place::Local(result), on_heap),
                    span,
                )],
            },
            span,
        ));
        *e = Expr::new(ExprKind::Load(Place::Local(result)), e.ty, span);
    }
}

/// gc's `maps.Map` header (`reflectdata.MapType`): 48 bytes.
fn map_header_type(types: &mut Types) -> TypeId {
    let u64t = types.basic(BasicKind::Uint64);
    let uptr = types.basic(BasicKind::Uintptr);
    let ptr = types.basic(BasicKind::UnsafePointer);
    let int = types.basic(BasicKind::Int);
    let u8t = types.basic(BasicKind::Uint8);
    let b = types.basic(BasicKind::Bool);
    types.noalg_struct(&[
        ("used", u64t),
        ("seed", uptr),
        ("dirPtr", ptr),
        ("dirLen", int),
        ("globalDepth", u8t),
        ("globalShift", u8t),
        ("writing", u8t),
        ("tombstonePossible", b),
        ("clearSeq", u64t),
    ])
}

/// gc's `MapGroupType` for `map[k]v`: a control word and 8 slots `{key, elem}`, a key or
/// element over 128 bytes stored as a pointer to it.
fn map_group_type(types: &mut Types, k: TypeId, v: TypeId) -> TypeId {
    let indirect = |types: &mut Types, t: TypeId| match types.size_of(t) > 128 {
        true => types.pointer(t),
        false => t,
    };
    let (k, v) = (indirect(types, k), indirect(types, v));
    let slot = types.noalg_struct(&[("key", k), ("elem", v)]);
    let slots = types.array(8, slot);
    types.set_noalg(slots);
    let ctrl = types.basic(BasicKind::Uint64);
    types.noalg_struct(&[("ctrl", ctrl), ("slots", slots)])
}
