//! The goroutine trace printed after a panic: `goroutine 1 [running]:` and one line per Go frame.
//!
//! Frames are found by walking the frame-pointer chain (generated code keeps frame pointers; on
//! x86-64 and arm64 a frame record is `[fp] = caller's fp, [fp+8] = return address`). Each
//! return address is looked up in the compiler's `runtime.functab`; addresses outside Go code
//! (C `main`, the runtime) print nothing. The walk stops after `main.main`.
//!
//! gc additionally prints argument words (`main.f(0x1, 0x2)`) and a `\tfile.go:LINE +0xOFF` line
//! per frame. gocrane has neither argument counts nor a line table, so it prints `main.f(...)`
//! (gc's own notation for elided arguments), `main.main()`, and no file:line lines.

use crate::sys::write_err;

/// Where the walk starts: a code address in the innermost Go frame and that frame's frame pointer.
#[derive(Clone, Copy, Debug)]
pub struct Start {
    pub pc: usize,
    pub fp: usize,
    /// `pc` is a return address (points after a call), as opposed to a faulting instruction.
    pub pc_is_return: bool,
}

/// gc prints at most 100 frames per goroutine.
const MAX_FRAMES: usize = 100;

pub fn print_goroutine(start: Start) {
    write_err(b"goroutine 1 [running]:\n");
    let (lo, hi) = crate::entry::stack_bounds();
    let Start {
        mut pc,
        mut fp,
        mut pc_is_return,
    } = start;
    for _ in 0..MAX_FRAMES {
        // A return address may equal the end of the calling function when the call is its last
        // instruction, so look up the call itself.
        let lookup = if pc_is_return { pc.wrapping_sub(1) } else { pc };
        if let Some(name) = crate::tables::func_name(lookup) {
            write_err(name);
            if name == b"main.main" {
                write_err(b"()\n");
                return;
            }
            write_err(b"(...)\n");
        }
        if fp == 0 || fp % 8 != 0 || fp < lo || (hi != 0 && fp + 16 > hi) {
            return;
        }
        // SAFETY: fp lies inside the current thread's stack (checked above).
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
