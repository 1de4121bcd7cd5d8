//! What each local variable of a function is assigned, for the passes that follow a variable
//! to the one value it can hold (gc's `ir.StaticValue` and `ir.Reassigned`): devirtualization
//! (the concrete type behind a local interface) and escape analysis (the function behind a
//! local func value).

use std::collections::{HashMap, HashSet};

use crate::ir::*;

/// One way a local variable gets a value.
#[derive(Clone, Debug)]
pub(crate) enum Def {
    /// A declaration without initialiser: the zero value.
    Zero,
    /// An assignment of one value (`l = v`, `l := v`, `var l = v`).
    Value(Expr),
    /// Anything else: a multi-value assignment, being a parameter or a result, having its
    /// address taken.
    Other,
}

impl Def {
    /// The value assigned, if the definition is one assignment.
    pub(crate) fn value(&self) -> Option<&Expr> {
        match self {
            Def::Value(v) => Some(v),
            _ => None,
        }
    }
}

/// What each local variable of a function is assigned, every definition.
pub(crate) type Defs = HashMap<LocalId, Vec<Def>>;

/// What each local of function `id` is assigned. A variable a function literal within it
/// assigns or takes the address of (gc's reassignment oracle covers literals too) can hold
/// anything.
pub(crate) fn definitions(funcs: &[Func], id: FuncId) -> Defs {
    let f = &funcs[id.index()];
    let mut defs = Defs::new();
    collect_defs(&f.body, &mut defs);
    for l in assigned_by_literals(funcs, id) {
        defs.entry(l).or_default().push(Def::Other);
    }
    for (i, l) in f.locals.iter().enumerate() {
        let assigned_elsewhere = matches!(
            l.kind,
            LocalKind::Param | LocalKind::Result | LocalKind::Captured
        );
        if l.addr_taken || assigned_elsewhere {
            defs.entry(LocalId(i as u32)).or_default().push(Def::Other);
        }
    }
    defs
}

/// Each closure's captured locals and the variables of the enclosing functions they are: the
/// enclosing function's local its literal lists for each capture.
pub(crate) fn captured_variables(funcs: &[Func]) -> HashMap<(FuncId, LocalId), (FuncId, LocalId)> {
    let mut out = HashMap::new();
    for (i, f) in funcs.iter().enumerate() {
        walk_exprs(&f.body, &mut |e| {
            let ExprKind::Closure { func, captures, .. } = &e.kind else {
                return;
            };
            for (c, v) in funcs[func.index()].captures.iter().zip(captures) {
                if let ExprKind::Load(Place::Local(l)) = v.kind {
                    out.insert((*func, c.local), (FuncId(i as u32), l));
                }
            }
        });
    }
    out
}

/// The locals of function `id` that a function literal within it, at any depth, assigns or
/// takes the address of.
fn assigned_by_literals(funcs: &[Func], id: FuncId) -> HashSet<LocalId> {
    let mut out = HashSet::new();
    walk_exprs(&funcs[id.index()].body, &mut |e| {
        let ExprKind::Closure { func, captures, .. } = &e.kind else {
            return;
        };
        let lit = &funcs[func.index()];
        let mut changed = assigned_locals(lit);
        changed.extend(assigned_by_literals(funcs, *func));
        for (c, v) in lit.captures.iter().zip(captures) {
            if let (true, ExprKind::Load(Place::Local(l))) = (changed.contains(&c.local), &v.kind) {
                out.insert(*l);
            }
        }
    });
    out
}

/// The locals `f` assigns (wholly or in part) or takes the address of.
fn assigned_locals(f: &Func) -> HashSet<LocalId> {
    fn root(p: &Place) -> Option<LocalId> {
        match p {
            Place::Local(l) => Some(*l),
            Place::Field(inner, _) | Place::Index(inner, _, _) => root(inner),
            _ => None,
        }
    }
    let mut out = HashSet::new();
    walk_stmts(&f.body, &mut |s| match &s.kind {
        StmtKind::Assign(p, _) => out.extend(root(p)),
        StmtKind::AssignMulti(ps, _) => out.extend(ps.iter().flatten().filter_map(root)),
        _ => {}
    });
    walk_exprs(&f.body, &mut |e| {
        if let ExprKind::Addr(p) = &e.kind {
            out.extend(root(p));
        }
    });
    out
}

/// The functions a call through the func value `callee` can reach, as gc's escape analysis
/// finds them (`ReassignOracle.StaticValue`, then `FuncAssignments`): a top-level function
/// itself or a function literal, through conversions between func types and locals assigned
/// once; or, for a local func variable, every function it is assigned (nil and its zero value
/// call nothing). Empty when the callee is unknown (a parameter, a field, a variable assigned
/// anything else, a captured variable).
pub(crate) fn static_callees(callee: &Expr, defs: &Defs) -> Vec<FuncId> {
    let v = static_value(callee, defs, &mut Vec::new());
    if let ExprKind::FuncValue(f) | ExprKind::Closure { func: f, .. } = v.kind {
        return vec![f];
    }
    let ExprKind::Load(Place::Local(l)) = v.kind else {
        return Vec::new();
    };
    let mut fns = Vec::new();
    for d in defs.get(&l).into_iter().flatten() {
        match d {
            Def::Zero => {}
            Def::Value(v) if is_nil(v) => {}
            Def::Value(v) => match strip_conversions(v).kind {
                ExprKind::FuncValue(f) | ExprKind::Closure { func: f, .. } => fns.push(f),
                _ => return Vec::new(),
            },
            Def::Other => return Vec::new(),
        }
    }
    fns
}

/// gc's `StaticValue`: through conversions between func types and locals assigned once.
fn static_value<'e>(e: &'e Expr, defs: &'e Defs, visiting: &mut Vec<LocalId>) -> &'e Expr {
    let e = strip_conversions(e);
    if let ExprKind::Load(Place::Local(l)) = e.kind {
        if let Some([Def::Value(v)]) = defs.get(&l).map(Vec::as_slice) {
            if !visiting.contains(&l) {
                visiting.push(l);
                return static_value(v, defs, visiting);
            }
        }
    }
    e
}

/// `e` without conversions from one func type to another (gc's OCONVNOP).
fn strip_conversions(mut e: &Expr) -> &Expr {
    while let ExprKind::Convert(x) = &e.kind {
        e = x;
    }
    e
}

fn is_nil(e: &Expr) -> bool {
    matches!(
        strip_conversions(e).kind,
        ExprKind::Const(Const::Nil) | ExprKind::Zero
    )
}

fn collect_defs(b: &Block, defs: &mut Defs) {
    for (i, s) in b.iter().enumerate() {
        match &s.kind {
            StmtKind::Decl(l) => {
                // `var l T = v` is a Decl followed by its initialisation.
                let init = b[i + 1..]
                    .iter()
                    .take_while(|n| matches!(n.kind, StmtKind::Decl(_)))
                    .count();
                let initialised = b.get(i + 1 + init).is_some_and(|n| match &n.kind {
                    StmtKind::Assign(Place::Local(x), _) => x == l,
                    StmtKind::AssignMulti(ps, _) => ps
                        .iter()
                        .any(|p| matches!(p, Some(Place::Local(x)) if x == l)),
                    _ => false,
                });
                if !initialised {
                    defs.entry(*l).or_default().push(Def::Zero);
                }
            }
            StmtKind::Assign(Place::Local(l), e) => {
                defs.entry(*l).or_default().push(Def::Value(e.clone()));
            }
            StmtKind::AssignMulti(ps, e) => {
                for (k, p) in ps.iter().enumerate() {
                    if let Some(Place::Local(l)) = p {
                        // `l, ok = x.(I)`: l holds x's concrete value (or nil when !ok).
                        let v = match &e.kind {
                            ExprKind::AssertIface { x, comma_ok: true } if k == 0 => {
                                Def::Value(Expr::new(
                                    ExprKind::AssertIface {
                                        x: x.clone(),
                                        comma_ok: false,
                                    },
                                    e.ty,
                                    e.span,
                                ))
                            }
                            _ => Def::Other,
                        };
                        defs.entry(*l).or_default().push(v);
                    }
                }
            }
            StmtKind::TypeSwitch { x, clauses, .. } => {
                // A clause's variable is `x.(I)` for a single interface case, `x` itself for
                // several cases or `default` (a concrete case gives no interface to resolve).
                for c in clauses {
                    let Some(bind) = c.bind else { continue };
                    let v = match c.cases.as_slice() {
                        [TypeCase::Iface(t)] => Def::Value(Expr::new(
                            ExprKind::AssertIface {
                                x: Box::new(x.clone()),
                                comma_ok: false,
                            },
                            *t,
                            c.span,
                        )),
                        [TypeCase::Concrete(_)] => continue,
                        _ => Def::Value(x.clone()),
                    };
                    defs.entry(bind).or_default().push(v);
                }
            }
            _ => {}
        }
        s.for_each_part(&mut |part| {
            if let StmtPart::Block(inner) = part {
                collect_defs(inner, defs);
            }
        });
    }
}
