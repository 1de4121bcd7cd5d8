//! Package variable initialisation order (types2's `initorder.go`, which gc uses).
//!
//! The dependency graph has a node per package-level constant, variable and function; an edge
//! `a → b` when a's initialiser (or body) refers to b. Functions are eliminated by connecting
//! their callers to their dependencies. Then, repeatedly, the first variable in declaration
//! order with no uninitialised dependencies is initialised (constants first). A node that
//! still has dependencies when chosen is part of a cycle: `initialization cycle for x`.

use std::collections::{BTreeSet, HashMap};

use crate::check::{Checker, DeclRef, Initializer, ObjKind};
use crate::types::ObjId;

impl Checker<'_> {
    pub(crate) fn init_order(&mut self) {
        let objects = self.pkgs[self.cur_pkg].objects.clone();
        let order: HashMap<ObjId, usize> =
            objects.iter().enumerate().map(|(i, &o)| (o, i)).collect();
        let is_dep = |c: &Self, o: ObjId| {
            matches!(
                c.obj(o).kind,
                ObjKind::Const(_) | ObjKind::Var(_) | ObjKind::Func(_)
            )
        };
        let nodes: Vec<ObjId> = objects
            .iter()
            .copied()
            .filter(|&o| is_dep(self, o))
            .collect();
        let mut succ: HashMap<ObjId, BTreeSet<ObjId>> = HashMap::new();
        let mut pred: HashMap<ObjId, BTreeSet<ObjId>> = HashMap::new();
        for &n in &nodes {
            succ.entry(n).or_default();
            pred.entry(n).or_default();
        }
        for &n in &nodes {
            for &d in self.deps.get(&n).map(|v| v.as_slice()).unwrap_or(&[]) {
                if succ.contains_key(&d) {
                    succ.get_mut(&n).map(|s| s.insert(d));
                    pred.get_mut(&d).map(|s| s.insert(n));
                }
            }
        }
        // Eliminate functions, cheapest first.
        let mut funcs: Vec<ObjId> = nodes
            .iter()
            .copied()
            .filter(|&o| matches!(self.obj(o).kind, ObjKind::Func(_)))
            .collect();
        funcs.sort_by_key(|f| (pred[f].len() * succ[f].len(), order[f]));
        for f in &funcs {
            let ps: Vec<ObjId> = pred[f].iter().copied().collect();
            let ss: Vec<ObjId> = succ[f].iter().copied().collect();
            for &p in &ps {
                if p != *f {
                    for &s in &ss {
                        if s != *f {
                            succ.get_mut(&p).map(|x| x.insert(s));
                            pred.get_mut(&s).map(|x| x.insert(p));
                        }
                    }
                    succ.get_mut(&p).map(|x| x.remove(f));
                }
            }
            for &s in &ss {
                pred.get_mut(&s).map(|x| x.remove(f));
            }
        }
        let mut remaining: Vec<ObjId> = nodes
            .iter()
            .copied()
            .filter(|&o| !matches!(self.obj(o).kind, ObjKind::Func(_)))
            .collect();
        let mut ndeps: HashMap<ObjId, usize> =
            remaining.iter().map(|&o| (o, succ[&o].len())).collect();
        let mut emitted: Vec<(usize, usize)> = Vec::new();
        while !remaining.is_empty() {
            // The heap's minimum: constants first, then fewest dependencies, then source order.
            let (idx, &n) = remaining
                .iter()
                .enumerate()
                .min_by_key(|(_, &o)| {
                    let is_const = matches!(self.obj(o).kind, ObjKind::Const(_));
                    (!is_const, ndeps[&o], order[&o])
                })
                .expect("non-empty");
            remaining.remove(idx);
            if ndeps[&n] > 0 {
                if let Some(cycle) = self.find_path(n, n, &mut Vec::new(), &order) {
                    self.report_init_cycle(&cycle);
                }
            }
            for &p in &pred[&n] {
                if let Some(d) = ndeps.get_mut(&p) {
                    *d = d.saturating_sub(1);
                }
            }
            if !matches!(self.obj(n).kind, ObjKind::Var(_)) {
                continue;
            }
            let Some(DeclRef::Var { spec, index }) = self.objs[n.0 as usize].decl else {
                continue;
            };
            if spec.values.is_empty() {
                continue;
            }
            let multi = spec.values.len() == 1 && spec.names.len() > 1;
            let key = (
                spec as *const _ as usize,
                if multi { usize::MAX } else { index },
            );
            if emitted.contains(&key) {
                continue;
            }
            emitted.push(key);
            if multi {
                let lhs = spec
                    .names
                    .iter()
                    .map(|nm| {
                        if nm.is_blank() {
                            None
                        } else {
                            self.info.defs.get(&nm.id).copied()
                        }
                    })
                    .collect();
                self.package_info().init_order.push(Initializer {
                    lhs,
                    rhs: vec![spec.values[0].id],
                });
            } else if let Some(v) = spec.values.get(index) {
                let lhs = if spec.names[index].is_blank() {
                    None
                } else {
                    Some(n)
                };
                self.package_info().init_order.push(Initializer {
                    lhs: vec![lhs],
                    rhs: vec![v.id],
                });
            }
        }
    }

    /// A dependency path from `from` back to `to` (types2's `findPath`), deepest first.
    fn find_path(
        &self,
        from: ObjId,
        to: ObjId,
        seen: &mut Vec<ObjId>,
        order: &HashMap<ObjId, usize>,
    ) -> Option<Vec<ObjId>> {
        if seen.contains(&from) {
            return None;
        }
        seen.push(from);
        let mut deps: Vec<ObjId> = self.deps.get(&from).cloned().unwrap_or_default();
        deps.sort_by_key(|d| order.get(d).copied().unwrap_or(usize::MAX));
        for d in deps {
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut p) = self.find_path(d, to, seen, order) {
                p.push(d);
                return Some(p);
            }
        }
        None
    }

    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let obj = cycle[0];
        let span = self.obj(obj).span;
        let name = self.obj(obj).name.clone();
        if cycle.len() == 1 {
            self.error(
                span,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let mut msg = format!("initialization cycle for {name}");
        let mut cur = obj;
        for j in (0..cycle.len()).rev() {
            let next = cycle[j];
            let p = self.pos_string(self.obj(cur).span);
            msg.push_str(&format!(
                "\n\t{p}: {} refers to {}",
                self.obj(cur).name,
                self.obj(next).name
            ));
            cur = next;
        }
        self.error(span, msg);
    }
}
