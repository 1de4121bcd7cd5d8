//! `break`, `continue`, `fallthrough` and labels, checked per function body with the
//! messages of gc's syntax package (`syntax/branches.go`; types2 leaves these to it).
//! `goto` is outside the subset and rejected when statements are checked.

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
    /// Labels named by (unsupported) forward gotos.
    gotos: Vec<String>,
}

impl<'a> Checker<'a> {
    pub(crate) fn check_branches(&mut self, body: &'a Block) {
        let mut b = Branches {
            c: self,
            labels: HashMap::new(),
            gotos: Vec::new(),
        };
        let ctxt = Targets {
            breaks: None,
            continues: false,
            case: None,
        };
        b.block(&body.stmts, ctxt, &mut Vec::new());
        let mut unused: Vec<(Span, String)> = b
            .labels
            .iter()
            .filter(|(n, l)| !l.used && !b.gotos.contains(n))
            .map(|(n, l)| (l.span, n.clone()))
            .collect();
        unused.sort();
        for (span, name) in unused {
            self.error(span, format!("label {name} defined and not used"));
        }
    }
}

impl Branches<'_, '_> {
    /// `enclosing`: the labelled statements enclosing this block, innermost last.
    fn block(&mut self, stmts: &[Stmt], ctxt: Targets, enclosing: &mut Vec<*const Stmt>) {
        let n = trimmed_len(stmts);
        for (i, s) in stmts[..n].iter().enumerate() {
            self.stmt(s, ctxt, enclosing, i + 1 == n, None);
        }
    }

    fn stmt(
        &mut self,
        s: &Stmt,
        ctxt: Targets,
        enclosing: &mut Vec<*const Stmt>,
        last: bool,
        label: Option<*const Stmt>,
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
                            },
                        );
                    }
                }
                self.stmt(stmt, ctxt, enclosing, last, Some(&**stmt as *const Stmt));
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
                // goto is rejected elsewhere; its label counts as used.
                if let Some(lab) = self.labels.get_mut(&l.name) {
                    lab.used = true;
                } else {
                    self.gotos.push(l.name.clone());
                }
            }
            StmtKind::Block(b) => {
                let inner = Targets { case: None, ..ctxt };
                self.with_label(label, enclosing, |me, enc| me.block(&b.stmts, inner, enc));
            }
            StmtKind::If { then, els, .. } => {
                let inner = Targets { case: None, ..ctxt };
                self.with_label(label, enclosing, |me, enc| {
                    me.block(&then.stmts, inner, enc);
                    if let Some(e) = els {
                        me.block(std::slice::from_ref(&**e), inner, enc);
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
                    me.block(&body.stmts, inner, enc)
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
                        me.block(&cc.body, inner, enc);
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
                        me.block(&cc.body, inner, enc);
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
