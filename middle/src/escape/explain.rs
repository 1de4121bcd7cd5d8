//! `-m=2`: why a value escapes or a parameter leaks, in gc's words (`solve.go`'s `explainPath`,
//! `explainFlow`, `explainLoc`). When the solver first finds a location escaping (or a
//! parameter leaking), it prints the path the walk reached it by, from the location up to the
//! walk's root, one flow per edge and under each flow the notes of the nodes the value went
//! through:
//!
//! ```text
//! x.go:18:2: x escapes to heap in main:
//! x.go:18:2:   flow: {heap} ← &x:
//! x.go:18:2:     from &x (address-of) at x.go:19:7
//! x.go:18:2:     from leak(&x) (call parameter) at x.go:19:6
//! ```

use base::diag::Diagnostic;
use base::source::Span;

use super::graph::{Hole, LocId, LocKind, Node, HEAP};
use super::Batch;

impl Batch<'_> {
    /// One line of an explanation, at the explained location's position.
    fn explain_line(&mut self, at: Span, text: String) {
        self.flow_lines.push(Diagnostic::new(at, text));
    }

    /// gc's `%v` of a location's node: a variable's name, an allocation's expression.
    fn loc_node_text(&self, l: LocId) -> String {
        let loc = &self.locs[l];
        match loc.node {
            Node::Local(id) => loc
                .func
                .map(|f| self.program.funcs[f.index()].local(id).name.clone())
                .unwrap_or_default(),
            // The node as escape analysis meets it (a variable whose constant value a remark
            // prints later is still its name here).
            Node::Site(site, span) => match self.notes.gc_nodes.get(span) {
                Some(n) => n.text.clone(),
                None => match site.and_then(|s| self.notes.sites.get(&s)) {
                    Some(s) => s.text.render(&self.notes.devirtualized),
                    None => "?".to_string(),
                },
            },
            Node::None => match loc.kind {
                LocKind::Result(i) => format!("~r{i}"),
                _ => String::new(),
            },
        }
    }

    /// Where a location's node is (gc's `n.Pos()`).
    fn loc_pos(&self, l: LocId) -> Span {
        let loc = &self.locs[l];
        match loc.node {
            Node::Local(id) => loc
                .func
                .map(|f| self.program.funcs[f.index()].local(id).span)
                .unwrap_or_default(),
            Node::Site(site, span) => match site.and_then(|s| self.notes.sites.get(&s)) {
                Some(s) => s.at,
                None => self.notes.gc_nodes.get(span).map_or(span.start(), |n| n.at),
            },
            Node::None => Span::default(),
        }
    }

    /// gc's `explainLoc`: `{heap}`, a variable's name, `{storage for …}`, or `{temp}`.
    fn explain_loc(&self, l: LocId) -> String {
        if l == HEAP {
            return "{heap}".into();
        }
        match (self.locs[l].node, self.locs[l].kind.clone()) {
            (Node::Local(_), _) | (Node::None, LocKind::Result(_)) => self.loc_node_text(l),
            (Node::Site(..), _) => format!("{{storage for {}}}", self.loc_node_text(l)),
            (Node::None, _) => "{temp}".into(),
        }
    }

    /// gc's name of the function a location belongs to (`main`, `T.M`, `main.func1`).
    fn loc_func_name(&self, l: LocId) -> String {
        match self.locs[l].func {
            Some(f) => self.program.funcs[f.index()]
                .sym
                .local_name(&self.program.types, self.program.pkg)
                .to_string(),
            None => "<nil>".into(),
        }
    }

    /// `f capturing by value: x (addr=false assign=false width=8)`: how closure `f` captures
    /// its variable `local`, the enclosing function's variable at `loc` (gc's `flowClosure`).
    pub(super) fn explain_capture(
        &mut self,
        f: crate::ir::FuncId,
        local: crate::ir::LocalId,
        loc: LocId,
        by_value: bool,
        size: u64,
    ) {
        let l = &self.locs[loc];
        let (addr, assign) = (l.addrtaken, l.reassigned);
        // The variable is the enclosing function's (gc prints its declaration and function).
        let (at, name) = match l.node {
            Node::Local(_) => (self.loc_pos(loc), self.loc_node_text(loc)),
            _ => {
                let var = self.program.funcs[f.index()].local(local);
                (var.span, var.name.clone())
            }
        };
        let how = if by_value { "value" } else { "ref" };
        let func = self.loc_func_name(loc);
        let text =
            format!("{func} capturing by {how}: {name} (addr={addr} assign={assign} width={size})");
        self.explain_line(at, text);
    }

    /// `l escapes to heap in f:` and the path from `l` to `root`.
    pub(super) fn explain_escape(&mut self, root: LocId, l: LocId) {
        let (at, what, func) = (
            self.loc_pos(l),
            self.loc_node_text(l),
            self.loc_func_name(l),
        );
        self.explain_line(at, format!("{what} escapes to heap in {func}:"));
        self.explain_path(root, l);
    }

    /// `parameter p leaks to … for f with derefs=N:` and the path from `p` to `root`.
    pub(super) fn explain_leak(&mut self, root: LocId, l: LocId, derefs: i32) {
        let at = self.loc_pos(l);
        let text = format!(
            "parameter {} leaks to {} for {} with derefs={derefs}:",
            self.loc_node_text(l),
            self.explain_loc(root),
            self.loc_func_name(l)
        );
        self.explain_line(at, text);
        self.explain_path(root, l);
    }

    /// A flow into an escaping location of `src`'s address (`heap = &src`, gc's `flow`): `src`
    /// escapes at once, which this one flow explains.
    pub(super) fn explain_escape_now(&mut self, dst: LocId, src: LocId, k: Hole) {
        let (at, what, func) = (
            self.loc_pos(src),
            self.loc_node_text(src),
            self.loc_func_name(src),
        );
        self.explain_line(at, format!("{what} escapes to heap in {func}:"));
        self.explain_flow(at, dst, src, k.derefs, &[k.notes]);
    }

    /// The flows from `src` up to `root`, along the edges the walk reached each by (gc's
    /// `explainPath`).
    fn explain_path(&mut self, root: LocId, mut src: LocId) {
        let at = self.loc_pos(src);
        let mut visited = std::collections::HashSet::new();
        loop {
            if !visited.insert(src) {
                self.explain_line(
                    at,
                    "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518".into(),
                );
                break;
            }
            let Some((mut dst, i)) = self.locs[src].dst else {
                break;
            };
            let edge = self.locs[dst].edges[i];
            let (mut derefs, mut notes) = (edge.derefs, vec![edge.notes]);
            // A temporary of lowering's (gc has none: its order pass runs after escape
            // analysis) is passed through: its flows join the one they continue.
            while dst != root && self.locs[dst].temp_local {
                let Some((next, j)) = self.locs[dst].dst else {
                    break;
                };
                let e = self.locs[next].edges[j];
                derefs = (derefs + e.derefs).max(-1);
                notes.push(e.notes);
                dst = next;
            }
            self.explain_flow(at, dst, src, derefs, &notes);
            if dst == root {
                break;
            }
            src = dst;
        }
    }

    /// `flow: dst ← *src:` and the notes under it (gc's `explainFlow`): those of each edge of
    /// `notes` in turn, each list newest first.
    fn explain_flow(&mut self, at: Span, dst: LocId, src: LocId, derefs: i32, notes: &[u32]) {
        let ops = match derefs {
            d if d >= 0 => "*".repeat(d as usize),
            _ => "&".into(),
        };
        let line = format!(
            "  flow: {} ← {ops}{}:",
            self.explain_loc(dst),
            self.explain_loc(src)
        );
        self.explain_line(at, line);
        for &first in notes {
            let mut n = first;
            while n != 0 {
                let note = self.flow_notes[n as usize - 1];
                let (text, pos) = match self.notes.gc_nodes.get(note.at) {
                    Some(node) => (node.text.clone(), node.at),
                    None => ("?".to_string(), note.at.start()),
                };
                // The position of another node, for an implicit one.
                let pos = note
                    .pos
                    .and_then(|p| self.notes.gc_nodes.get(p))
                    .map_or(pos, |n| n.at);
                let pos = match self.map {
                    Some(map) => map.remark_position(pos),
                    None => String::new(),
                };
                self.explain_line(at, format!("    from {text} ({}) at {pos}", note.why));
                n = note.next;
            }
        }
    }
}

/// gc's explanations for the method-expression wrappers it compiles for each method of each
/// interface of the package (`I.M`, at `<autogenerated>:1`; gocrane makes no such function):
/// the interface value `~p0` and each parameter with pointers leak to the heap through the
/// wrapper's interface call.
pub(super) fn wrapper_explanations(
    program: &crate::ir::Program,
    notes: &crate::lower::Notes,
    map: &base::source::SourceMap,
) -> Vec<Diagnostic> {
    const AUTO: &str = "<autogenerated>:1";
    let mut out = Vec::new();
    let line = |at: Option<Span>, text: String| {
        let at = at
            .map(|s| map.remark_position(s))
            .unwrap_or_else(|| AUTO.to_string());
        // Positionless: the text carries the position (an `<autogenerated>` one, at times).
        Diagnostic::new(
            Span::nowhere(base::source::FileId(0)),
            format!("{at}: {text}"),
        )
    };
    for iface in &notes.iface_wrappers {
        for m in &iface.methods {
            let args: Vec<String> = m
                .params
                .iter()
                .map(|(n, _, _, variadic)| match variadic {
                    true => format!("{n}..."),
                    false => n.clone(),
                })
                .collect();
            let call = format!("~p0.{}({})", m.name, args.join(", "));
            let func = format!("{}.{}", iface.name, m.name);
            let mut leak = |name: &str, at: Option<Span>| {
                out.push(line(
                    at,
                    format!("parameter {name} leaks to {{heap}} for {func} with derefs=0:"),
                ));
                out.push(line(at, format!("  flow: {{heap}} ← {name}:")));
                out.push(line(
                    at,
                    format!("    from {call} (call parameter) at {AUTO}"),
                ));
            };
            leak("~p0", None);
            for (name, span, ty, _) in &m.params {
                if program.types.has_pointers(*ty) {
                    let at = (!span.is_nowhere()).then_some(*span);
                    leak(name, at);
                }
            }
        }
    }
    out
}
