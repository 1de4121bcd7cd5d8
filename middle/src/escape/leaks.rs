//! Parameter tags (gc's `leaks.go`): what each parameter leaks to, and the `leaking param`
//! remarks about them (gc's `reportLeaks`, `escape.go`).

use base::diag::Diagnostic;
use base::source::Span;

use crate::ir::*;
use crate::remark::Remark;

/// gc records flows to at most this many results in a parameter tag.
pub(super) const NUM_ESC_RESULTS: usize = 7;

/// The first result's index in [`Leaks`].
const RESULTS: usize = 3;

/// gc's `leaks`: for a parameter, the fewest dereferences with which its value reaches the
/// heap, the mutator, the callee of a call through an unknown func value, and each of the
/// first results (-1: never).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Leaks([i32; RESULTS + NUM_ESC_RESULTS]);

impl From<EscapeTag> for Leaks {
    fn from(tag: EscapeTag) -> Leaks {
        Leaks(tag.0)
    }
}

impl From<Leaks> for EscapeTag {
    fn from(leaks: Leaks) -> EscapeTag {
        EscapeTag(leaks.0)
    }
}

impl Leaks {
    pub(super) fn none() -> Leaks {
        Leaks([-1; RESULTS + NUM_ESC_RESULTS])
    }
    pub(super) fn heap(&self) -> i32 {
        self.0[0]
    }
    pub(super) fn mutator(&self) -> i32 {
        self.0[1]
    }
    pub(super) fn callee(&self) -> i32 {
        self.0[2]
    }
    pub(super) fn result(&self, i: usize) -> i32 {
        self.0[RESULTS + i]
    }
    fn add(&mut self, i: usize, derefs: i32) {
        let old = self.0[i];
        if old < 0 || derefs < old {
            self.0[i] = derefs;
        }
    }
    pub(super) fn add_heap(&mut self, derefs: i32) {
        self.add(0, derefs)
    }
    pub(super) fn add_mutator(&mut self, derefs: i32) {
        self.add(1, derefs)
    }
    pub(super) fn add_callee(&mut self, derefs: i32) {
        self.add(2, derefs)
    }
    pub(super) fn add_result(&mut self, i: usize, derefs: i32) {
        self.add(RESULTS + i, derefs)
    }
    /// Drops the mutator, callee and result flows no shorter than the heap flow (they add
    /// nothing).
    pub(super) fn optimize(&mut self) {
        let h = self.heap();
        if h >= 0 {
            for i in 1..self.0.len() {
                if self.0[i] >= h {
                    self.0[i] = -1;
                }
            }
        }
    }
}

/// Result names as gc prints them: the named results, or `~r0`, `~r1`, ….
pub(super) fn result_names(func: &Func) -> Vec<String> {
    let named: Vec<&Local> = func
        .locals
        .iter()
        .filter(|l| l.kind == LocalKind::Result)
        .collect();
    (0..func.results.len())
        .map(|i| match named.get(i) {
            Some(l) if l.name != "_" => l.name.clone(),
            _ => format!("~r{i}"),
        })
        .collect()
}

pub(super) fn report_leaks(
    remarks: &mut Vec<Diagnostic>,
    span: Span,
    name: &str,
    esc: Leaks,
    results: &[String],
) {
    let mut warned = false;
    let h = esc.heap();
    if h >= 0 {
        let name = name.to_string();
        let remark = if h == 0 {
            Remark::LeakingParam { name }
        } else {
            Remark::LeakingParamContent { name }
        };
        remarks.push(remark.at(span));
        warned = true;
    }
    for (i, r) in results.iter().enumerate().take(NUM_ESC_RESULTS) {
        let x = esc.result(i);
        if x >= 0 {
            let remark = Remark::LeakingParamToResult {
                name: name.to_string(),
                result: r.clone(),
                level: x,
            };
            remarks.push(remark.at(span));
            warned = true;
        }
    }
    if !warned {
        let what = name.to_string();
        remarks.push(Remark::DoesNotEscape { what }.at(span));
    }
}
