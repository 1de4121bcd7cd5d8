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
//! Each frame is two lines, as gc's: the function, then `\tfile.go:LINE +0xOFF` (the line of the
//! call or faulting instruction, from the compiler's line table; the offset of the return
//! address in the function's code — gocrane's code, so not gc's number). gc also prints the
//! argument words (`main.f(0x1, 0x2)`); gocrane has no argument counts, so it prints
//! `main.f(...)` (gc's own notation for elided arguments) and `main.main()`.

use crate::caller::CALLER;
use crate::sys::write_err;
use crate::tables::{FuncRecord, FUNC_DEFER_FRAME};

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

/// A Go frame met by [`frames`]: its function, and the code address in it — a return
/// address (`pc_is_return`) or, for the innermost frame of a fault, the faulting instruction.
#[derive(Clone, Copy)]
pub struct Frame {
    pub func: &'static FuncRecord,
    pub pc: usize,
    pub pc_is_return: bool,
}

impl Frame {
    /// The address to look positions up at: a return address may equal the end of the
    /// calling function when the call is its last instruction, so the call itself.
    pub fn lookup_pc(&self) -> usize {
        if self.pc_is_return {
            self.pc.wrapping_sub(1)
        } else {
            self.pc
        }
    }
}

/// Calls `each` with every Go frame from the innermost outwards (the `main.f` of a function
/// with defers included: its body's record carries the name), until `each` returns false or
/// the frame-pointer chain leaves the Go stack.
pub fn frames(start: Start, mut each: impl FnMut(Frame) -> bool) {
    let (lo, hi) = crate::stack::stack_bounds();
    let Start {
        mut pc,
        mut fp,
        mut pc_is_return,
    } = start;
    loop {
        let lookup = if pc_is_return { pc.wrapping_sub(1) } else { pc };
        let record = crate::tables::func_record(lookup);
        if let Some(func) = record {
            let frame = Frame {
                func,
                pc,
                pc_is_return,
            };
            if !each(frame) {
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
        // Above a fault's sigpanic frame (a stand-in: `deferred` links it in), the frame is at
        // the faulting instruction, as gc's unwinder knows from sigpanic's function id.
        pc_is_return = !record.is_some_and(|f| f.flags & crate::tables::FUNC_SIGPANIC != 0);
    }
}

/// Calls `each` with every frame a trace shows, from the innermost outwards, up to `main.main`.
fn walk(start: Start, mut each: impl FnMut(Frame)) {
    frames(start, |frame| {
        if frame.func.flags & FUNC_DEFER_FRAME != 0 {
            return true;
        }
        each(frame);
        crate::tables::name(frame.func) != b"main.main"
    });
}

fn print_frame(frame: Frame) {
    let name = crate::tables::name(frame.func);
    write_err(name);
    write_err(if name == b"main.main" {
        b"()\n"
    } else {
        b"(...)\n"
    });
    // A record without a file (a hand-made table) has no position to print.
    if frame.func.file.is_null() {
        return;
    }
    write_err(b"\t");
    write_err(crate::tables::file(frame.func, frame.lookup_pc()));
    write_err(b":");
    let line = crate::tables::line(frame.func, frame.lookup_pc());
    write_err(crate::print::format_int(i64::from(line)).as_bytes());
    write_err(b" +");
    let offset = (frame.pc as u64).wrapping_sub(frame.func.entry);
    write_err(crate::print::format_hex(offset, true, 1).as_bytes());
    write_err(b"\n");
}

pub fn print_goroutine(start: Start) {
    write_err(b"goroutine 1 [running]:\n");
    // First pass: print the inner frames and count them all.
    let mut total = 0usize;
    walk(start, |frame| {
        if total < INNER_FRAMES {
            print_frame(frame);
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
    walk(start, |frame| {
        if i >= skip {
            print_frame(frame);
        }
        i += 1;
    });
}
