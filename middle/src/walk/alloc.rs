//! Applying the decisions to the IR: locals moved to the heap, `new`s and `make`s that stay in
//! the frame as stack temporaries, stack buffers for non-escaping conversions, concatenations
//! and `append`s, zero-copy `[]byte(s)` (what gc's `walk` does with escape analysis's verdicts).

use base::source::Span;
use base::types::{BasicKind, Type, TypeId, Types};

use crate::escape::{FuncDecisions, SiteDecision};
use crate::ir::*;

/// Size of the stack buffer gc gives non-escaping variable-size `make`s and appends
/// (`base.Debug.VariableMakeThreshold`).
const SMALL_BUF: u64 = 32;

/// Applies escape analysis's decisions for function `f`.
pub(super) fn rewrite(program: &mut Program, f: FuncId, d: &FuncDecisions) {
    let pkg = program.pkg.as_str();
    let types = &mut program.types;
    let externs = &mut program.externs;
    let func = &mut program.funcs[f.index()];
    for &l in &d.heap_locals {
        let local = &mut func.locals[l.index()];
        local.heap = true;
        local.addr_taken = true;
    }
    for &l in &d.stack_locals {
        func.locals[l.index()].heap = false;
    }
    let mut body = std::mem::take(&mut func.body);
    let mut rw = Rewriter {
        pkg,
        types,
        externs,
        locals: &mut func.locals,
        decisions: d,
        ntemps: 0,
        prologue: Vec::new(),
    };
    rw.ntemps = rw
        .locals
        .iter()
        .filter(|l| l.kind == LocalKind::Temp)
        .count() as u32;
    rw.block(&mut body);
    let mut prologue = std::mem::take(&mut rw.prologue);
    prologue.extend(body);
    func.body = prologue;
}

struct Rewriter<'a> {
    /// The compiled package, which the struct types made up here belong to.
    pkg: &'a str,
    types: &'a mut Types,
    externs: &'a mut Vec<Extern>,
    locals: &'a mut Vec<Local>,
    decisions: &'a FuncDecisions,
    ntemps: u32,
    /// Statements for the start of the function (append buffers and their flags).
    prologue: Block,
}

impl Rewriter<'_> {
    fn temp(&mut self, ty: TypeId, span: Span, addr_taken: bool) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        self.locals.push(Local {
            name: format!(".t{}", self.ntemps),
            ty,
            kind: LocalKind::Temp,
            span,
            addr_taken,
            heap: false,
        });
        self.ntemps += 1;
        id
    }

    fn block(&mut self, b: &mut Block) {
        let old = std::mem::take(b);
        for mut s in old {
            let mut pre = Vec::new();
            self.stmt(&mut s, &mut pre);
            b.extend(pre);
            b.push(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt, pre: &mut Block) {
        match &mut s.kind {
            StmtKind::Decl(_) | StmtKind::Break(_) | StmtKind::Continue(_) => {}
            StmtKind::Assign(p, e) => {
                self.place(p, pre, true);
                if let (Place::Local(_), ExprKind::New) = (&*p, &e.kind) {
                    // `var .t *T = new(T)` → `var .o T; .t = &.o` when it stays in the frame.
                    let decision = e.site.and_then(|id| self.decisions.sites.get(&id));
                    if decision.is_some_and(|d| !d.escapes) {
                        if let Type::Pointer(elem) = self.types.under(e.ty).clone() {
                            let obj = self.temp(elem, e.span, true);
                            pre.push(Stmt::new(StmtKind::Decl(obj), e.span));
                            e.kind = ExprKind::Addr(Place::Local(obj));
                        }
                    }
                    return;
                }
                self.expr(e, pre, true);
            }
            StmtKind::AssignMulti(ps, e) => {
                for p in ps.iter_mut().flatten() {
                    self.place(p, pre, true);
                }
                self.expr(e, pre, true);
            }
            StmtKind::Expr(e) | StmtKind::Panic(e) => self.expr(e, pre, true),
            StmtKind::If { cond, then, els } => {
                self.expr(cond, pre, true);
                self.block(then);
                self.block(els);
            }
            StmtKind::Loop {
                cond, body, post, ..
            } => {
                if let Some(c) = cond {
                    self.expr(c, pre, false);
                }
                self.block(body);
                self.block(post);
            }
            StmtKind::Switch { clauses, .. } => {
                for c in clauses {
                    for e in &mut c.conds {
                        self.expr(e, pre, false);
                    }
                    self.block(&mut c.body);
                }
            }
            StmtKind::Return(es) | StmtKind::Print { args: es, .. } => {
                for e in es {
                    self.expr(e, pre, true);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::TypeSwitch { x, clauses, .. } => {
                self.expr(x, pre, true);
                for c in clauses {
                    self.block(&mut c.body);
                }
            }
        }
    }

    fn place(&mut self, p: &mut Place, pre: &mut Block, ok: bool) {
        match p {
            Place::Local(_) | Place::Global(_) => {}
            Place::Deref(e) => self.expr(e, pre, ok),
            Place::Field(p, _) => self.place(p, pre, ok),
            Place::Index(p, i) => {
                self.place(p, pre, ok);
                self.expr(i, pre, ok);
            }
            Place::SliceElem(s, i) => {
                self.expr(s, pre, ok);
                self.expr(i, pre, ok);
            }
        }
    }

    /// Visits `e` (same order as `ir::walk_expr`); `ok` says whether statements may be put before
    /// the current statement for it (not in loop or case conditions, nor under `&&`/`||`).
    fn expr(&mut self, e: &mut Expr, pre: &mut Block, ok: bool) {
        // Children first visit order must match `ir::walk_expr`: the node, then its children.
        let short_circuit = matches!(
            e.kind,
            ExprKind::Binary(ast_op, ..) if matches!(ast_op, BinOp::LogAnd | BinOp::LogOr)
        );
        match &mut e.kind {
            ExprKind::Const(_) | ExprKind::Zero | ExprKind::New => {}
            ExprKind::Load(p) | ExprKind::Addr(p) => self.place(p, pre, ok),
            ExprKind::FieldOf(x, _)
            | ExprKind::Unary(_, x)
            | ExprKind::Convert(x)
            | ExprKind::StringFromBytes(x)
            | ExprKind::BytesFromString(x)
            | ExprKind::StringFromRune(x)
            | ExprKind::StringFromRunes(x)
            | ExprKind::RunesFromString(x)
            | ExprKind::Len(x)
            | ExprKind::Cap(x) => self.expr(x, pre, ok),
            ExprKind::IndexOf(a, b)
            | ExprKind::Binary(_, a, b)
            | ExprKind::DecodeRune(a, b)
            | ExprKind::AppendSlice(a, b)
            | ExprKind::Copy(a, b) => {
                self.expr(a, pre, ok);
                self.expr(b, pre, ok && !short_circuit);
            }
            ExprKind::Concat(v) | ExprKind::Call(_, v) | ExprKind::CallExtern(_, v) => {
                for x in v {
                    self.expr(x, pre, ok);
                }
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr(x, pre, ok);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(b, pre, ok);
                }
            }
            ExprKind::MakeSlice { len, cap } => {
                self.expr(len, pre, ok);
                if let Some(c) = cap {
                    self.expr(c, pre, ok);
                }
            }
            ExprKind::Composite(items) => {
                for (_, v) in items {
                    self.expr(v, pre, ok);
                }
            }
            ExprKind::Append(s, elems) => {
                self.expr(s, pre, ok);
                for x in elems {
                    self.expr(x, pre, ok);
                }
            }
            ExprKind::MakeIface { value: x, .. }
            | ExprKind::IfaceToEface(x)
            | ExprKind::IfaceToIface(x)
            | ExprKind::AssertConcrete { x, .. }
            | ExprKind::AssertIface { x, .. } => self.expr(x, pre, ok),
            ExprKind::CallIface { recv, args, .. } => {
                self.expr(recv, pre, ok);
                for x in args {
                    self.expr(x, pre, ok);
                }
            }
        }
        let Some(d) = e.site.and_then(|id| self.decisions.sites.get(&id)).copied() else {
            return;
        };
        if let ExprKind::MakeIface { value, data } = &mut e.kind {
            // gc's `dataWord`: a non-escaping conversion copies the value to a stack
            // temporary instead of calling the runtime.
            if !d.escapes
                && matches!(data, DataWord::Call(_))
                && self.types.size_of(value.ty) <= 1024
            {
                *data = DataWord::StackTemp;
            }
            return;
        }
        if d.escapes || !ok {
            return;
        }
        match &e.kind {
            ExprKind::MakeSlice { .. } => self.stack_make(e, d, pre),
            ExprKind::Append(..) => self.stack_append(e, pre),
            ExprKind::BytesFromString(_) if d.zero_copy => self.zero_copy(e, pre),
            ExprKind::Concat(_)
            | ExprKind::StringFromBytes(_)
            | ExprKind::BytesFromString(_)
            | ExprKind::StringFromRune(_)
            | ExprKind::StringFromRunes(_)
            | ExprKind::RunesFromString(_) => self.with_buf(e, pre),
            _ => {}
        }
    }

    fn extern_fn(&mut self, name: &str, params: Vec<TypeId>, results: Vec<TypeId>) -> ExternId {
        if let Some(i) = self.externs.iter().position(|x| x.name == name) {
            return ExternId(i as u32);
        }
        self.externs.push(Extern {
            name: name.to_string(),
            params,
            results,
        });
        ExternId(self.externs.len() as u32 - 1)
    }

    /// `var .tN T = e` before the statement; gives `.tN`.
    fn stable_temp(&mut self, e: Expr, addr_taken: bool, pre: &mut Block) -> LocalId {
        let (ty, span) = (e.ty, e.span);
        let t = self.temp(ty, span, addr_taken);
        pre.push(Stmt::new(StmtKind::Decl(t), span));
        pre.push(Stmt::new(StmtKind::Assign(Place::Local(t), e), span));
        t
    }

    /// `*(*T)(unsafe.Pointer(&local))`: the bytes of `local` seen as a `T` (how gc's walk
    /// takes a slice's pointer and length as a string, or builds a slice header).
    fn reinterpret(&mut self, local: LocalId, from: TypeId, to: TypeId, span: Span) -> Expr {
        let unsafe_ptr = self.types.basic(BasicKind::UnsafePointer);
        let pfrom = self.types.pointer(from);
        let pto = self.types.pointer(to);
        let addr = Expr::new(ExprKind::Addr(Place::Local(local)), pfrom, span);
        let raw = Expr::new(ExprKind::Convert(Box::new(addr)), unsafe_ptr, span);
        let typed = Expr::new(ExprKind::Convert(Box::new(raw)), pto, span);
        Expr::new(ExprKind::Load(Place::Deref(Box::new(typed))), to, span)
    }

    /// A non-escaping string conversion or concatenation: the runtime call gets a 32-byte
    /// stack buffer for a short result (gc passes `buf *tmpBuf`):
    ///
    /// ```text
    /// a + b        =>  var .b [32]uint8; runtime.concatstring2(&.b, a, b)
    /// string(bs)   =>  var .b [32]uint8; var .s []uint8 = bs
    ///                  runtime.slicebytetostring(&.b, *(*string)(unsafe.Pointer(&.s)))
    /// ```
    fn with_buf(&mut self, e: &mut Expr, pre: &mut Block) {
        let span = e.span;
        let u8t = self.types.basic(BasicKind::Uint8);
        let i32t = self.types.basic(BasicKind::Int32);
        let string = self.types.basic(BasicKind::String);
        let int = self.types.basic(BasicKind::Int);
        let (buf_elem, buf_len) = match &e.kind {
            ExprKind::RunesFromString(_) => (i32t, SMALL_BUF),
            ExprKind::StringFromRune(_) => (u8t, 4),
            _ => (u8t, SMALL_BUF),
        };
        let buf_ty = self.types.array(buf_len, buf_elem);
        let pbuf = self.types.pointer(buf_ty);
        let buf = self.temp(buf_ty, span, true);
        pre.push(Stmt::new(StmtKind::Decl(buf), span));
        let buf_addr = Expr::new(ExprKind::Addr(Place::Local(buf)), pbuf, span);
        let result = e.ty;
        let kind = std::mem::replace(&mut e.kind, ExprKind::Zero);
        let (name, mut params, args): (String, Vec<TypeId>, Vec<Expr>) = match kind {
            ExprKind::Concat(parts) if parts.len() <= 5 => {
                let n = parts.len();
                (format!("runtime.concatstring{n}"), vec![string; n], parts)
            }
            ExprKind::Concat(parts) => {
                let n = parts.len();
                let arr_ty = self.types.array(n as u64, string);
                let items = parts.into_iter().enumerate().collect();
                let arr = Expr::new(ExprKind::Composite(items), arr_ty, span);
                let arr = self.stable_temp(arr, true, pre);
                let pstr = self.types.pointer(string);
                let zero = Expr::new(ExprKind::Const(Const::Int(0)), int, span);
                let first = Place::Index(Box::new(Place::Local(arr)), Box::new(zero));
                let count = Expr::new(ExprKind::Const(Const::Int(n as i64)), int, span);
                (
                    "runtime.concatstrings".into(),
                    vec![pstr, int],
                    vec![Expr::new(ExprKind::Addr(first), pstr, span), count],
                )
            }
            ExprKind::StringFromBytes(b) => {
                let bty = b.ty;
                let t = self.stable_temp(*b, true, pre);
                let as_string = self.reinterpret(t, bty, string, span);
                (
                    "runtime.slicebytetostring".into(),
                    vec![string],
                    vec![as_string],
                )
            }
            ExprKind::BytesFromString(s) => {
                ("runtime.stringtoslicebyte".into(), vec![string], vec![*s])
            }
            ExprKind::RunesFromString(s) => {
                ("runtime.stringtoslicerune".into(), vec![string], vec![*s])
            }
            ExprKind::StringFromRunes(rs) => {
                let ty = rs.ty;
                ("runtime.slicerunetostring".into(), vec![ty], vec![*rs])
            }
            ExprKind::StringFromRune(r) => {
                let i64t = self.types.basic(BasicKind::Int64);
                let v = if r.ty == i64t {
                    *r
                } else {
                    Expr::new(ExprKind::Convert(r), i64t, span)
                };
                ("runtime.intstring".into(), vec![i64t], vec![v])
            }
            other => {
                e.kind = other;
                return;
            }
        };
        params.insert(0, pbuf);
        // The runtime returns the Go value; for named result types it is the same bits.
        let ret = match &name[..] {
            "runtime.stringtoslicebyte" => self.types.slice(u8t),
            "runtime.stringtoslicerune" => self.types.slice(i32t),
            _ => string,
        };
        let ext = self.extern_fn(&name, params, vec![ret]);
        let mut all = vec![buf_addr];
        all.extend(args);
        let call = Expr::new(ExprKind::CallExtern(ext, all), ret, span);
        *e = if ret == result {
            call
        } else {
            Expr::new(ExprKind::Convert(Box::new(call)), result, span)
        };
    }

    /// A `[]byte(s)` that neither escapes nor is written through shares `s`'s bytes (gc's
    /// zero-copy conversion): a slice header `{ptr(s), len(s), len(s)}`.
    fn zero_copy(&mut self, e: &mut Expr, pre: &mut Block) {
        let ExprKind::BytesFromString(s) = std::mem::replace(&mut e.kind, ExprKind::Zero) else {
            return;
        };
        let span = e.span;
        let string = s.ty;
        let int = self.types.basic(BasicKind::Int);
        let unsafe_ptr = self.types.basic(BasicKind::UnsafePointer);
        let st = self.stable_temp(*s, true, pre);
        let data = self.reinterpret(st, string, unsafe_ptr, span);
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
            pkg: Some(self.pkg.into()),
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
            let hi = std::mem::replace(len, Box::new(Expr::new(ExprKind::Zero, int, span)));
            let max = cap.take();
            // With a capacity the length must still fit it: keep a runtime check by slicing.
            e.kind = ExprKind::Slice {
                x: Box::new(base),
                lo: None,
                hi: Some(hi),
                max,
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
