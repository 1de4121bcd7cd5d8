//! The walk pass (gc's `walk`): after escape analysis, what the IR still leaves implicit
//! becomes explicit. Today that is what escape analysis decided (`alloc.rs`): variables moved
//! to the heap, `new`s and `make`s that stay in the frame as stack temporaries, stack buffers
//! for non-escaping string conversions, concatenations and `append`s, zero-copy `[]byte(s)`.
//! Escape analysis only analyses; this pass is the one place its verdicts change the program.

mod alloc;

use crate::escape::Decisions;
use crate::ir::{FuncId, Program};

/// Walks every function of the program with escape analysis's `decisions`.
pub fn run(program: &mut Program, decisions: &Decisions) {
    for (i, d) in decisions.funcs.iter().enumerate() {
        alloc::rewrite(program, FuncId(i as u32), d);
    }
}
