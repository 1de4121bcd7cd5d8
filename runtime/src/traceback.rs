//! Layer 3: the goroutine trace printed after a panic or a fatal error: `goroutine 1 [running]:`
//! and one line per Go frame. It only reads memory and prints; it never panics or throws, so
//! `throw` can sit on top of it.
//!
//! Frames are found by walking the frame-pointer chain (generated code keeps frame pointers; on
//! x86-64 and arm64 a frame record is `[fp] = caller's fp, [fp+8] = return address`). Each
//! return address is looked up in the compiler's `runtime.functab`; addresses outside Go code
//! (C `main`, the runtime) print nothing. The walk stops after `main.main`.
//!
//! Like gc (`traceback.go`), a trace of more than 100 frames prints the innermost 50, a line
//! `...N frames elided...`, and the outermost 50.
//!
//! gc additionally prints argument words (`main.f(0x1, 0x2)`) and a `\tfile.go:LINE +0xOFF` line
//! per frame. gocrane has neither argument counts nor a line table, so it prints `main.f(...)`
//! (gc's own notation for elided arguments), `main.main()`, and no file:line lines.

use crate::caller::CALLER;
use crate::sys::write_err;

/// Where the walk starts: a code address in the innermost Go frame and that frame's frame pointer.
#[derive(Clone, Copy, Debug)]
pub struct Start {
    pub pc: usize,
    pub fp: usize,
    /// `pc` is a return address (points after a call), as opposed to a faulting instruction.
    pub pc_is_return: bool,
}

/// Where the trace of a panic or throw raised on behalf of the last Go caller of a runtime entry
/// trampoline starts (see `caller`): that caller's frame, at the return address of its call.
pub fn caller_start() -> Start {
    let [fp, pc] = CALLER.get();
    Start {
        pc,
        fp,
        pc_is_return: true,
    }
}

/// gc's `tracebackInnerFrames` and `tracebackOuterFrames`.
const INNER_FRAMES: usize = 50;
const OUTER_FRAMES: usize = 50;

/// Calls `each` with the name of every Go frame from the innermost outwards, up to `main.main`.
fn walk(start: Start, mut each: impl FnMut(&'static [u8])) {
    let (lo, hi) = crate::stack::stack_bounds();
    let Start {
        mut pc,
        mut fp,
        mut pc_is_return,
    } = start;
    loop {
        // A return address may equal the end of the calling function when the call is its last
        // instruction, so look up the call itself.
        let lookup = if pc_is_return { pc.wrapping_sub(1) } else { pc };
        if let Some(name) = crate::tables::func_name(lookup) {
            each(name);
            if name == b"main.main" {
                return;
            }
        }
        if fp == 0 || fp % 8 != 0 || fp < lo || (hi != 0 && fp + 16 > hi) {
            return;
        }
        // SAFETY: fp lies inside the Go stack (checked above).
        let (next_fp, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        // The stack grows down, so callers' frames sit at higher addresses.
        if next_fp <= fp {
            return;
        }
        fp = next_fp;
        pc = ret;
        pc_is_return = true;
    }
}

fn print_frame(name: &[u8]) {
    write_err(name);
    write_err(if name == b"main.main" {
        b"()\n"
    } else {
        b"(...)\n"
    });
}

pub fn print_goroutine(start: Start) {
    write_err(b"goroutine 1 [running]:\n");
    // First pass: print the inner frames and count them all.
    let mut total = 0usize;
    walk(start, |name| {
        if total < INNER_FRAMES {
            print_frame(name);
        }
        total += 1;
    });
    if total <= INNER_FRAMES {
        return;
    }
    let rest = total - INNER_FRAMES;
    let skip = if rest > OUTER_FRAMES {
        let elided = rest - OUTER_FRAMES;
        write_err(b"...");
        write_err(crate::print::format_int(elided as i64).as_bytes());
        write_err(b" frames elided...\n");
        INNER_FRAMES + elided
    } else {
        INNER_FRAMES
    };
    // Second pass: the outer frames.
    let mut i = 0usize;
    walk(start, |name| {
        if i >= skip {
            print_frame(name);
        }
        i += 1;
    });
}
