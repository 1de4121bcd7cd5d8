//! Function literals called where they stand (gc's `directClosureCall`, walk/closure.go).
//!
//! `func(a int) { … byval … byref++ … }(42)` needs no funcval: the literal's captured
//! variables become its leading parameters — a variable captured by value is passed by value,
//! one captured by reference as its address `&byref`, through which the body reaches it — and
//! the call becomes a direct call:
//!
//! ```text
//! (closure{main.f.func1, byval, &byref})(42)   =>   main.f.func1(byval, &byref, 42)
//! func main.f.func1(a int)                     =>   func main.f.func1(byval int, &byref *int, a int)
//!     byref = byref + 1                                *&byref = *&byref + 1
//! ```
//!
//! Escape analysis has run (it saw the literal: `func literal does not escape`); this only
//! changes how the call is made, so that the listing shows gc's `CALL main.f.func1(SB)`.

use std::collections::HashMap;

use base::types::TypeId;

use crate::escape::FuncDecisions;
use crate::ir::*;

/// Rewrites every direct call of a function literal with captures in the program.
pub(super) fn rewrite(program: &mut Program, decisions: &[FuncDecisions]) {
    // A literal's value appears once; count to be sure before changing its function.
    let mut uses: HashMap<FuncId, usize> = HashMap::new();
    let mut called: Vec<FuncId> = Vec::new();
    for f in &program.funcs {
        walk_exprs(&f.body, &mut |e| match &e.kind {
            ExprKind::Closure { func, .. } => *uses.entry(*func).or_default() += 1,
            ExprKind::CallValue(callee, _) => {
                if let ExprKind::Closure { func, captures, .. } = &callee.kind {
                    if !captures.is_empty() {
                        called.push(*func);
                    }
                }
            }
            _ => {}
        });
    }
    called.retain(|f| uses.get(f) == Some(&1));
    for &lit in &called {
        let by_ref = decisions
            .get(lit.index())
            .map_or(&[][..], |d| &d.by_ref[..]);
        let by_ref = by_ref.to_vec();
        for i in 0..program.funcs.len() {
            let mut body = std::mem::take(&mut program.funcs[i].body);
            walk_exprs_mut(&mut body, &mut |e| {
                rewrite_call(e, lit, &by_ref, &mut program.types)
            });
            program.funcs[i].body = body;
        }
        pass_captures(program, lit, &by_ref);
    }
}

/// `(closure{lit, v…})(args)` → `lit(v…, args)`, each variable captured by reference as its
/// address.
fn rewrite_call(e: &mut Expr, lit: FuncId, by_ref: &[bool], types: &mut base::types::Types) {
    let ExprKind::CallValue(callee, args) = &mut e.kind else {
        return;
    };
    let ExprKind::Closure { func, captures, .. } = &mut callee.kind else {
        return;
    };
    if *func != lit {
        return;
    }
    let mut all: Vec<Expr> = std::mem::take(captures);
    super::capture_values(&mut all, by_ref, types);
    all.append(args);
    e.kind = ExprKind::Call(lit, all);
}

/// The literal's captures become its leading parameters; one captured by reference is a
/// pointer parameter `&x`, and every use of `x` goes through it (`*&x`).
fn pass_captures(program: &mut Program, lit: FuncId, by_ref: &[bool]) {
    let types = &mut program.types;
    let func = &mut program.funcs[lit.index()];
    let captures = std::mem::take(&mut func.captures);
    let mut leading = Vec::new();
    let mut through: HashMap<LocalId, (LocalId, TypeId)> = HashMap::new();
    for (c, &r) in captures
        .iter()
        .zip(by_ref.iter().chain(std::iter::repeat(&false)))
    {
        let local = &mut func.locals[c.local.index()];
        if !r {
            local.kind = LocalKind::Param;
            leading.push(c.local);
            continue;
        }
        let ptr = types.pointer(local.ty);
        let name = format!("&{}", local.name);
        let span = local.span;
        let p = LocalId(func.locals.len() as u32);
        func.locals.push(Local {
            name,
            ty: ptr,
            kind: LocalKind::Param,
            span,
            addr_taken: false,
            heap: false,
        });
        through.insert(c.local, (p, ptr));
        leading.push(p);
    }
    leading.append(&mut func.params);
    func.params = leading;
    if !through.is_empty() {
        through_pointers(&mut func.body, &through);
    }
}

/// Replaces each use of a local in `through` by a dereference of its pointer.
fn through_pointers(b: &mut Block, through: &HashMap<LocalId, (LocalId, TypeId)>) {
    for s in b.iter_mut() {
        s.for_each_part_mut(&mut |part| match part {
            StmtPartMut::Place(p) => {
                deref_root(p, through);
                p.for_each_expr_mut(&mut |e| walk_expr_mut(e, &mut |e| deref_use(e, through)));
            }
            StmtPartMut::Expr(e) => walk_expr_mut(e, &mut |e| deref_use(e, through)),
            StmtPartMut::Block(inner) => through_pointers(inner, through),
        });
    }
}

fn deref_use(e: &mut Expr, through: &HashMap<LocalId, (LocalId, TypeId)>) {
    if let ExprKind::Load(p) | ExprKind::Addr(p) = &mut e.kind {
        deref_root(p, through);
    }
}

/// `x`, `x.f`, `x[i]` → `(*&x)`, `(*&x).f`, `(*&x)[i]`.
fn deref_root(p: &mut Place, through: &HashMap<LocalId, (LocalId, TypeId)>) {
    match p {
        Place::Local(l) => {
            if let Some(&(ptr, ty)) = through.get(l) {
                let load = Expr::new(ExprKind::Load(Place::Local(ptr)), ty, Default::default());
                *p = Place::Deref(Box::new(load));
            }
        }
        Place::Field(inner, _) | Place::Index(inner, _, _) => deref_root(inner, through),
        Place::Global(_) | Place::Deref(_) | Place::SliceElem(..) => {}
    }
}
