//! Calls (gc's `call.go`): arguments flow as the callee's parameter tags say, or, inside a
//! batch of mutually recursive functions, straight to the callee's own locations.

use super::graph::{Hole, HEAP, MUTATOR};
use super::leaks::{Leaks, NUM_ESC_RESULTS};
use super::Batch;
use crate::ir::*;

impl<'p> Batch<'p> {
    /// A call: arguments flow as the callee's parameter tags say; `ks` receive the results.
    pub(super) fn call(&mut self, ks: Option<&[Hole]>, e: &'p Expr) {
        match &e.kind {
            ExprKind::Call(f, args) => {
                if self.in_batch.contains(f) {
                    // Mutually recursive: connect to the callee's own locations.
                    if let Some(ks) = ks {
                        for (i, &k) in ks.iter().enumerate() {
                            if let Some(&r) = self.results.get(&(*f, i)) {
                                self.flow(k, r);
                            }
                        }
                    }
                    let params = self.program.funcs[f.index()].params.clone();
                    for (i, a) in args.iter().enumerate() {
                        let k = match params.get(i) {
                            Some(p) => match self.vars.get(&(*f, *p)) {
                                Some(&loc) => self.hole(loc),
                                None => self.hole(HEAP),
                            },
                            None => self.hole(HEAP),
                        };
                        self.expr(k, a);
                    }
                    return;
                }
                let tags = self.tags.get(f.index()).and_then(|t| t.clone());
                for (i, a) in args.iter().enumerate() {
                    let leaks = tags
                        .as_ref()
                        .and_then(|t| t.get(i).copied())
                        .unwrap_or_else(|| {
                            let mut l = Leaks::none();
                            l.add_heap(0);
                            l
                        });
                    let k = self.tag_hole(ks, leaks);
                    self.expr(k, a);
                }
            }
            ExprKind::CallExtern(x, args) => {
                let name = self
                    .program
                    .externs
                    .get(x.index())
                    .map(|e| e.name.as_str())
                    .unwrap_or("");
                for a in args {
                    // runtime.ReadMemStats only writes into *m; other runtime functions
                    // are assumed to keep their arguments, as gc assumes for bodyless ones.
                    let k = if name == "runtime.ReadMemStats" {
                        self.hole(MUTATOR)
                    } else {
                        self.hole(HEAP)
                    };
                    self.expr(k, a);
                }
            }
            _ => self.discard(e),
        }
    }

    fn tag_hole(&mut self, ks: Option<&[Hole]>, leaks: Leaks) -> Hole {
        let mut tag_ks = Vec::new();
        if leaks.heap() >= 0 {
            tag_ks.push(self.hole(HEAP).shift(leaks.heap()));
        }
        if leaks.mutator() >= 0 {
            tag_ks.push(self.hole(MUTATOR).shift(leaks.mutator()));
        }
        if let Some(ks) = ks {
            for (i, k) in ks.iter().enumerate().take(NUM_ESC_RESULTS) {
                if leaks.result(i) >= 0 {
                    tag_ks.push(k.shift(leaks.result(i)));
                }
            }
        }
        self.tee(&tag_ks)
    }
}
