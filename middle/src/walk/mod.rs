//! The walk pass (gc's `walk`): after escape analysis, what the IR still leaves implicit
//! becomes explicit. Today that is what escape analysis decided (`alloc.rs`): variables moved
//! to the heap, `new`s and `make`s that stay in the frame as stack temporaries, stack buffers
//! for non-escaping string conversions, concatenations and `append`s, zero-copy `[]byte(s)`;
//! `print`/`println`, which become runtime calls (`print.rs`); string conversions and
//! concatenations, runtime calls too (`strings.rs`); and the rune decoding of `range` over a
//! string (`range.rs`); function literals called where they stand become direct calls with
//! their captures as arguments (`direct_call.rs`); complex division becomes a runtime call. Escape analysis only analyses; this pass
//! is the one place its verdicts change the program. After it, the IR has no print
//! statement, string operation or `DecodeRune` left.
//!
//! What an expression needs done first (a stack buffer's declaration, a stack object, a
//! temporary) goes before its statement, as gc's order pass puts it in the statement's init
//! list. Where nothing may go there — a loop's condition, a case's expression, the right
//! operand of `&&`/`||` — the expression gets its own init list: an [`ExprKind::Seq`], run
//! each time and only when the value is computed. So a value that does not escape stays in
//! the frame wherever it is made, as in gc.

mod alloc;
mod direct_call;
mod print;
mod range;
mod strings;

use base::source::Span;
use base::types::{BasicKind, PkgId, Type, TypeId, Types};

use crate::escape::{Decisions, FuncDecisions};
use crate::ir::*;

/// Walks every function of the program with escape analysis's `decisions`.
pub fn run(program: &mut Program, decisions: &Decisions) {
    direct_call::rewrite(program, &decisions.funcs);
    for (i, d) in decisions.funcs.iter().enumerate() {
        walk_func(program, FuncId(i as u32), d, &decisions.funcs);
    }
}

/// Walks function `f`, with escape analysis's decisions for it (and for the function
/// literals it makes, `all`).
fn walk_func(program: &mut Program, f: FuncId, d: &FuncDecisions, all: &[FuncDecisions]) {
    let pkg = program.funcs[f.index()].sym.pkg();
    let types = &mut program.types;
    let externs = &mut program.externs;
    let globals = &mut program.globals;
    let func = &mut program.funcs[f.index()];
    for &l in &d.heap_locals {
        let local = &mut func.locals[l.index()];
        local.heap = true;
        local.addr_taken = true;
    }
    for &l in &d.stack_locals {
        let local = &mut func.locals[l.index()];
        local.heap = false;
        local.addr_taken = true;
    }
    // A variable captured by reference is reached through the address the funcval holds.
    for (c, &by_ref) in func.captures.iter_mut().zip(&d.by_ref) {
        c.by_ref = by_ref;
        let local = &mut func.locals[c.local.index()];
        local.heap = by_ref;
        local.addr_taken = by_ref;
    }
    let mut body = std::mem::take(&mut func.body);
    let mut rw = Walker {
        pkg,
        types,
        externs,
        globals,
        locals: &mut func.locals,
        decisions: d,
        all,
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

/// A literal's captured values as its funcval (or, called where it stands, its arguments)
/// holds them: a variable captured by reference (`by_ref`, escape analysis's decision) as its
/// address.
fn capture_values(captures: &mut [Expr], by_ref: &[bool], types: &mut Types) {
    for (c, _) in captures.iter_mut().zip(by_ref).filter(|(_, &r)| r) {
        if let ExprKind::Load(place) = std::mem::replace(&mut c.kind, ExprKind::Zero) {
            c.kind = ExprKind::Addr(place);
            c.ty = types.pointer(c.ty);
        }
    }
}

/// The state of the walk of one function.
struct Walker<'a> {
    /// The compiled package, which the struct types made up here belong to.
    pkg: PkgId,
    types: &'a mut Types,
    externs: &'a mut Vec<Extern>,
    /// The program's variables: the runtime's `zerobase` is added when first needed.
    globals: &'a mut Vec<Global>,
    locals: &'a mut Vec<Local>,
    decisions: &'a FuncDecisions,
    /// Every function's decisions: how the literals made here capture.
    all: &'a [FuncDecisions],
    ntemps: u32,
    /// Statements for the start of the function (append buffers and their flags).
    prologue: Block,
}

impl Walker<'_> {
    pub(super) fn temp(&mut self, ty: TypeId, span: Span, addr_taken: bool) -> LocalId {
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
        if let StmtKind::Print { args, newline } = &mut s.kind {
            for e in args.iter_mut() {
                self.expr(e, pre);
            }
            let (args, newline) = (std::mem::take(args), *newline);
            *s = self.print(args, newline, s.span, pre);
            return;
        }
        match &mut s.kind {
            StmtKind::Decl(_)
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Label(_)
            | StmtKind::Goto(_) => {}
            StmtKind::Assign(p, e) => {
                self.place(p, pre);
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
                self.expr(e, pre);
            }
            StmtKind::AssignMulti(ps, e) => {
                for p in ps.iter_mut().flatten() {
                    self.place(p, pre);
                }
                self.expr(e, pre);
                if let ExprKind::DecodeRune(..) = e.kind {
                    let (ps, e) = (std::mem::take(ps), e.clone());
                    s.kind = self.decode_rune(ps, e);
                }
            }
            StmtKind::Expr(e)
            | StmtKind::Panic(e)
            | StmtKind::NilCheck(e)
            | StmtKind::Defer { func: e, .. } => self.expr(e, pre),
            StmtKind::DeferAt { func, frame } => {
                self.expr(func, pre);
                self.expr(frame, pre);
            }
            StmtKind::If { cond, then, els } => {
                self.expr(cond, pre);
                self.block(then);
                self.block(els);
            }
            StmtKind::Loop {
                cond, body, post, ..
            } => {
                if let Some(c) = cond {
                    self.expr_with_init(c);
                }
                self.block(body);
                self.block(post);
            }
            StmtKind::Switch { clauses, .. } => {
                for c in clauses {
                    for e in &mut c.conds {
                        self.expr_with_init(e);
                    }
                    self.block(&mut c.body);
                }
            }
            // Lowered above.
            StmtKind::Print { .. } => {}
            StmtKind::Return(es) => {
                for e in es {
                    self.expr(e, pre);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::TypeSwitch { x, clauses, .. } => {
                self.expr(x, pre);
                for c in clauses {
                    self.block(&mut c.body);
                }
            }
        }
    }

    fn place(&mut self, p: &mut Place, pre: &mut Block) {
        p.for_each_expr_mut(&mut |e| self.expr(e, pre));
    }

    /// Visits `e`, its operands first (in `Expr::for_each_child` order); what must run before
    /// it goes to `pre`, the statements before the current statement.
    fn expr(&mut self, e: &mut Expr, pre: &mut Block) {
        let short_circuit = matches!(e.kind, ExprKind::Binary(BinOp::LogAnd | BinOp::LogOr, ..));
        let mut operand = 0;
        e.for_each_child_mut(&mut |x| {
            let right_of_short_circuit = short_circuit && operand == 1;
            operand += 1;
            if right_of_short_circuit {
                self.expr_with_init(x);
            } else {
                self.expr(x, pre);
            }
        });
        self.complex_division(e);
        self.apply_decision(e, pre);
    }

    /// `x / y` of complex numbers becomes `runtime.complex128div(x, y)`, a complex64
    /// division through complex128 and back (gc's `walkDivMod`).
    fn complex_division(&mut self, e: &mut Expr) {
        let ExprKind::Binary(BinOp::Div, ..) = e.kind else {
            return;
        };
        if !self.types.basic_kind(e.ty).is_some_and(|k| k.is_complex()) {
            return;
        }
        let (ty, span) = (e.ty, e.span);
        let ExprKind::Binary(_, x, y) = std::mem::replace(&mut e.kind, ExprKind::Zero) else {
            unreachable!("matched above");
        };
        let c128 = self.types.basic(BasicKind::Complex128);
        let widen = |x: Box<Expr>| {
            if x.ty == c128 {
                *x
            } else {
                Expr::new(ExprKind::Convert(x), c128, span)
            }
        };
        let args = vec![widen(x), widen(y)];
        let f = self.extern_fn("runtime.complex128div", vec![c128, c128], vec![c128]);
        let call = Expr::new(ExprKind::CallExtern(f, args), c128, span);
        *e = if ty == c128 {
            call
        } else {
            Expr::new(ExprKind::Convert(Box::new(call)), ty, span)
        };
    }

    /// Visits `e` where nothing may go before the current statement for it (a loop's
    /// condition, a case's expression, the right operand of `&&`/`||`: gc's order gives these
    /// their own init list). What must run first becomes part of `e` ([`ExprKind::Seq`]).
    fn expr_with_init(&mut self, e: &mut Expr) {
        let mut init = Vec::new();
        self.expr(e, &mut init);
        if !init.is_empty() {
            let (ty, span) = (e.ty, e.span);
            let value = std::mem::replace(e, Expr::new(ExprKind::Zero, ty, span));
            *e = Expr::new(ExprKind::Seq(init, Box::new(value)), ty, span);
        }
    }

    pub(super) fn extern_fn(
        &mut self,
        name: &str,
        params: Vec<TypeId>,
        results: Vec<TypeId>,
    ) -> ExternId {
        // One per signature: gc instantiates some runtime functions for each type
        // (`printslice`, `printeface`, …).
        let same = |x: &Extern| x.name == name && x.params == params && x.results == results;
        if let Some(i) = self.externs.iter().position(same) {
            return ExternId(i as u32);
        }
        self.externs.push(Extern {
            name: name.to_string(),
            params,
            results,
            noescape: false,
        });
        ExternId(self.externs.len() as u32 - 1)
    }

    /// `unsafe.Pointer(&runtime.zerobase)`, the address gc gives what has no bytes (the
    /// runtime's variable, declared in the program once).
    pub(super) fn zerobase(&mut self, span: Span) -> Expr {
        let runtime = self.types.package("runtime");
        let sym = base::symbols::Symbol::Member {
            pkg: runtime,
            name: "zerobase".to_string(),
        };
        let uintptr = self.types.basic(BasicKind::Uintptr);
        let g = match self.globals.iter().position(|g| g.external && g.sym == sym) {
            Some(i) => GlobalId(i as u32),
            None => {
                self.globals.push(Global {
                    sym,
                    ty: uintptr,
                    span,
                    init: None,
                    external: true,
                    read_only: false,
                });
                GlobalId(self.globals.len() as u32 - 1)
            }
        };
        let ptr = self.types.pointer(uintptr);
        let unsafe_ptr = self.types.basic(BasicKind::UnsafePointer);
        let addr = Expr::new(ExprKind::Addr(Place::Global(g)), ptr, span);
        Expr::new(ExprKind::Convert(Box::new(addr)), unsafe_ptr, span)
    }

    /// `var .tN T = e` before the statement; gives `.tN`.
    pub(super) fn stable_temp(&mut self, e: Expr, addr_taken: bool, pre: &mut Block) -> LocalId {
        let (ty, span) = (e.ty, e.span);
        let t = self.temp(ty, span, addr_taken);
        pre.push(Stmt::new(StmtKind::Decl(t), span));
        pre.push(Stmt::new(StmtKind::Assign(Place::Local(t), e), span));
        t
    }

    /// `*(*T)(unsafe.Pointer(&local))`: the bytes of `local` seen as a `T` (how gc's walk
    /// takes a slice's pointer and length as a string, or builds a slice header).
    pub(super) fn reinterpret(
        &mut self,
        local: LocalId,
        from: TypeId,
        to: TypeId,
        span: Span,
    ) -> Expr {
        let unsafe_ptr = self.types.basic(BasicKind::UnsafePointer);
        let pfrom = self.types.pointer(from);
        let pto = self.types.pointer(to);
        let addr = Expr::new(ExprKind::Addr(Place::Local(local)), pfrom, span);
        let raw = Expr::new(ExprKind::Convert(Box::new(addr)), unsafe_ptr, span);
        let typed = Expr::new(ExprKind::Convert(Box::new(raw)), pto, span);
        Expr::new(ExprKind::Load(Place::Deref(Box::new(typed))), to, span)
    }
}
