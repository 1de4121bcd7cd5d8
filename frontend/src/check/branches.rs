//! `break`, `continue`, `fallthrough`, `goto` and labels, checked per function body with the
//! messages of gc's syntax package (`syntax/branches.go`; types2 leaves these to it). A goto
//! may jump to a label of its own block or of an enclosing one, not into a block, and a
//! forward goto not over a variable declared in the label's block.

use std::collections::HashMap;

use crate::ast::{Block, Stmt, StmtKind};
use crate::check::Checker;
use crate::source::Span;

#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    For,
    Switch,
    TypeSwitch,
    Select,
    Other,
}

struct Label {
    span: Span,
    used: bool,
    /// Identity of the labelled statement.
    stmt: *const Stmt,
    kind: TargetKind,
    /// The block declaring the label, and where that block starts.
    block: usize,
    block_start: Span,
}

/// A goto whose label is not declared yet (gc's forward gotos).
#[derive(Clone)]
struct Goto {
    id: usize,
    label: String,
    span: Span,
}

/// What gc's `blockBranches` tracks for the block being checked.
struct BlockState {
    id: usize,
    start: Span,
    /// The last variable declared in the block so far: its position and name(s).
    var_decl: Option<(Span, String)>,
    /// Forward gotos not resolved yet.
    fwd: Vec<Goto>,
    /// The forward gotos pending when the last variable was declared.
    bad: Vec<usize>,
}

#[derive(Clone, Copy)]
struct Targets {
    breaks: Option<TargetKind>,
    continues: bool,
    /// Index of the case in the enclosing switch, and the number of cases.
    case: Option<(usize, usize)>,
}

struct Branches<'c, 'a> {
    c: &'c mut Checker<'a>,
    labels: HashMap<String, Label>,
    /// The enclosing block of each block (by id).
    parents: Vec<Option<usize>>,
    gotos: usize,
}

impl<'a> Checker<'a> {
    pub(crate) fn check_branches(&mut self, body: &'a Block) {
        let mut b = Branches {
            c: self,
            labels: HashMap::new(),
            parents: Vec::new(),
            gotos: 0,
        };
        let ctxt = Targets {
            breaks: None,
            continues: false,
            case: None,
        };
        let fwd = b.block(&body.stmts, ctxt, &mut Vec::new(), body.span, None);
        // Gotos left unresolved name a label that does not exist or one inside a block.
        for g in fwd {
            let msg = match b.labels.get_mut(&g.label) {
                Some(l) => {
                    l.used = true;
                    let start = b.c.pos_string(l.block_start);
                    format!("goto {} jumps into block starting at {start}", g.label)
                }
                None => format!("label {} not defined", g.label),
            };
            b.c.error(g.span, msg);
        }
        let mut unused: Vec<(Span, String)> = b
            .labels
            .iter()
            .filter(|(_, l)| !l.used)
            .map(|(n, l)| (l.span, n.clone()))
            .collect();
        unused.sort();
        for (span, name) in unused {
            self.error(span, format!("label {name} defined and not used"));
        }
    }
}

impl Branches<'_, '_> {
    /// A block starting at `start` inside block `parent`; returns its unresolved forward
    /// gotos. `enclosing`: the labelled statements enclosing this block, innermost last.
    fn block(
        &mut self,
        stmts: &[Stmt],
        ctxt: Targets,
        enclosing: &mut Vec<*const Stmt>,
        start: Span,
        parent: Option<usize>,
    ) -> Vec<Goto> {
        self.parents.push(parent);
        let mut b = BlockState {
            id: self.parents.len() - 1,
            start,
            var_decl: None,
            fwd: Vec::new(),
            bad: Vec::new(),
        };
        let n = trimmed_len(stmts);
        for (i, s) in stmts[..n].iter().enumerate() {
            self.stmt(s, ctxt, enclosing, i + 1 == n, None, &mut b);
        }
        b.fwd
    }

    /// A nested block: its unresolved gotos become the current block's.
    fn inner(
        &mut self,
        stmts: &[Stmt],
        ctxt: Targets,
        enclosing: &mut Vec<*const Stmt>,
        start: Span,
        b: &mut BlockState,
    ) {
        let fwd = self.block(stmts, ctxt, enclosing, start, Some(b.id));
        b.fwd.extend(fwd);
    }

    fn record_var_decl(b: &mut BlockState, at: Span, names: String) {
        b.var_decl = Some((at, names));
        b.bad = b.fwd.iter().map(|g| g.id).collect();
    }

    #[allow(clippy::too_many_arguments)]
    fn stmt(
        &mut self,
        s: &Stmt,
        ctxt: Targets,
        enclosing: &mut Vec<*const Stmt>,
        last: bool,
        label: Option<*const Stmt>,
        b: &mut BlockState,
    ) {
        match &s.kind {
            StmtKind::Labeled { label: l, stmt } => {
                if l.name != "_" {
                    if let Some(alt) = self.labels.get(&l.name) {
                        let p = self.c.pos_string(alt.span);
                        self.c
                            .error(l.span, format!("label {} already defined at {p}", l.name));
                    } else {
                        self.labels.insert(
                            l.name.clone(),
                            Label {
                                span: l.span,
                                used: false,
                                stmt: &**stmt as *const Stmt,
                                kind: target_kind(stmt),
                                block: b.id,
                                block_start: b.start,
                            },
                        );
                    }
                    // Resolve the forward gotos to it.
                    let (to_label, rest): (Vec<Goto>, Vec<Goto>) =
                        b.fwd.drain(..).partition(|g| g.label == l.name);
                    b.fwd = rest;
                    for g in to_label {
                        if let Some(lab) = self.labels.get_mut(&l.name) {
                            lab.used = true;
                        }
                        if let (Some((at, names)), true) = (&b.var_decl, b.bad.contains(&g.id)) {
                            let p = self.c.pos_string(*at);
                            self.c.error(
                                g.span,
                                format!(
                                    "goto {} jumps over declaration of {names} at {p}",
                                    g.label
                                ),
                            );
                        }
                    }
                }
                self.stmt(stmt, ctxt, enclosing, last, Some(&**stmt as *const Stmt), b);
            }
            StmtKind::Decl(crate::ast::Decl::Var(specs)) => {
                if let Some(first) = specs.first() {
                    let name = first
                        .names
                        .first()
                        .map(|n| n.name.clone())
                        .unwrap_or_default();
                    Self::record_var_decl(b, first.span, name);
                }
            }
            StmtKind::Assign {
                lhs,
                op: crate::ast::AssignOp::Define,
                op_span,
                ..
            } => {
                let names: Vec<String> =
                    lhs.iter().map(crate::check::operand::expr_string).collect();
                Self::record_var_decl(b, *op_span, names.join(", "));
            }
            StmtKind::Break(None) => {
                if ctxt.breaks.is_none() {
                    self.c
                        .error(s.span, "break is not in a loop, switch, or select");
                }
            }
            StmtKind::Continue(None) => {
                if !ctxt.continues {
                    self.c.error(s.span, "continue is not in a loop");
                }
            }
            StmtKind::Fallthrough => {
                let msg = match (ctxt.breaks, ctxt.case) {
                    (Some(TargetKind::TypeSwitch), _) => Some("cannot fallthrough in type switch"),
                    (Some(TargetKind::Switch), Some((i, n))) if last => {
                        if i + 1 == n {
                            Some("cannot fallthrough final case in switch")
                        } else {
                            None
                        }
                    }
                    _ => Some("fallthrough statement out of place"),
                };
                if let Some(m) = msg {
                    self.c.error(s.span, m);
                }
            }
            StmtKind::Break(Some(l)) | StmtKind::Continue(Some(l)) => {
                let is_break = matches!(s.kind, StmtKind::Break(_));
                let what = if is_break { "break" } else { "continue" };
                match self.labels.get_mut(&l.name) {
                    Some(lab) => {
                        lab.used = true;
                        let target = lab.stmt;
                        let kind = lab.kind;
                        if !enclosing.contains(&target) {
                            self.c
                                .error(l.span, format!("invalid {what} label {}", l.name));
                        } else if is_break
                            && !matches!(
                                kind,
                                TargetKind::For
                                    | TargetKind::Switch
                                    | TargetKind::TypeSwitch
                                    | TargetKind::Select
                            )
                        {
                            self.c
                                .error(l.span, format!("invalid break label {}", l.name));
                        } else if !is_break && kind != TargetKind::For {
                            self.c
                                .error(l.span, format!("invalid continue label {}", l.name));
                        }
                    }
                    None => self
                        .c
                        .error(l.span, format!("{what} label not defined: {}", l.name)),
                }
            }
            StmtKind::Goto(l) => {
                // A label of this block or an enclosing one is a valid target; any other goes
                // forward (or into a block, which the end of the function reports).
                let target = self.labels.get_mut(&l.name).map(|lab| {
                    lab.used = true;
                    lab.block
                });
                let reachable = target.is_some_and(|t| {
                    let mut cur = Some(b.id);
                    while let Some(c) = cur {
                        if c == t {
                            return true;
                        }
                        cur = self.parents[c];
                    }
                    false
                });
                if !reachable {
                    self.gotos += 1;
                    b.fwd.push(Goto {
                        id: self.gotos,
                        label: l.name.clone(),
                        span: l.span,
                    });
                }
            }
            StmtKind::Block(blk) => {
                let inner = Targets { case: None, ..ctxt };
                self.with_label(label, enclosing, |me, enc| {
                    me.inner(&blk.stmts, inner, enc, blk.span, b)
                });
            }
            StmtKind::If { then, els, .. } => {
                let inner = Targets { case: None, ..ctxt };
                self.with_label(label, enclosing, |me, enc| {
                    me.inner(&then.stmts, inner, enc, then.span, b);
                    if let Some(e) = els {
                        me.inner(std::slice::from_ref(&**e), inner, enc, e.span, b);
                    }
                });
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                let inner = Targets {
                    breaks: Some(TargetKind::For),
                    continues: true,
                    case: None,
                };
                self.with_label(label, enclosing, |me, enc| {
                    me.inner(&body.stmts, inner, enc, body.span, b)
                });
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                let kind = if matches!(s.kind, StmtKind::Switch { .. }) {
                    TargetKind::Switch
                } else {
                    TargetKind::TypeSwitch
                };
                let n = clauses.len();
                self.with_label(label, enclosing, |me, enc| {
                    for (i, cc) in clauses.iter().enumerate() {
                        let inner = Targets {
                            breaks: Some(kind),
                            continues: ctxt.continues,
                            case: Some((i, n)),
                        };
                        me.inner(&cc.body, inner, enc, cc.span, b);
                    }
                });
            }
            StmtKind::Select { clauses } => {
                self.with_label(label, enclosing, |me, enc| {
                    for cc in clauses {
                        let inner = Targets {
                            breaks: Some(TargetKind::Select),
                            continues: ctxt.continues,
                            case: None,
                        };
                        me.inner(&cc.body, inner, enc, cc.span, b);
                    }
                });
            }
            _ => {}
        }
    }

    fn with_label(
        &mut self,
        label: Option<*const Stmt>,
        enclosing: &mut Vec<*const Stmt>,
        f: impl FnOnce(&mut Self, &mut Vec<*const Stmt>),
    ) {
        if let Some(l) = label {
            enclosing.push(l);
            f(self, enclosing);
            enclosing.pop();
        } else {
            f(self, enclosing);
        }
    }
}

fn target_kind(s: &Stmt) -> TargetKind {
    match s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => TargetKind::For,
        StmtKind::Switch { .. } => TargetKind::Switch,
        StmtKind::TypeSwitch { .. } => TargetKind::TypeSwitch,
        StmtKind::Select { .. } => TargetKind::Select,
        _ => TargetKind::Other,
    }
}

/// Trailing empty statements are invisible to fallthrough analysis.
fn trimmed_len(stmts: &[Stmt]) -> usize {
    let mut n = stmts.len();
    while n > 0 && matches!(stmts[n - 1].kind, StmtKind::Empty) {
        n -= 1;
    }
    n
}
