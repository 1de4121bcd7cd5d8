//! `panic(v)` with deferred calls, and `recover()` (gc's `gopanic`, `gorecover`,
//! `printpanics`).
//!
//! A function with `defer` statements keeps a **defer record** in its frame and pushes it on
//! the chain `gocrane.deferchain` while its body runs (the compiler's `codegen/defer.rs`;
//! layout in docs/runtime-abi.md). `gopanic` pushes a panic on the goroutine's list of
//! panics, then walks the chain from its head: for each record it calls the deferred funcvals
//! whose bits are still set, newest first, clearing each bit before the call; a record whose
//! bits are all clear is popped. A deferred call that calls `recover()` directly (gc's rule:
//! exactly one frame that is not a wrapper between the panic's call of the deferred function
//! and `recover`) marks the panic recovered; when that deferred call returns, the panic is
//! taken off the list (with the older panics whose `gopanic` frames the recovery abandons),
//! the frame's remaining deferred calls run, and execution resumes in the frame's `main.f`
//! at the address `runtime.functab` gives, with its frame pointer and the stack pointer
//! below it: `main.f` returns its results normally. If no deferred call recovers, the panics
//! are printed as gc prints them (`panic: a [recovered]` / `\tpanic: b`) and the program
//! exits with status 2 after the trace of the first panic's goroutine.
//!
//! Deferred funcvals are called through `gocrane_calldefer`, which builds a frame record
//! `{fp, pc}` of the panicking Go frame (as `gocall` does) so that a panic inside a deferred
//! call traces back through it, and reports its own frame address: that is where `recover`'s
//! walk up the frame pointers must arrive.
//!
//! Layer 9: it uses `error` (the panic value's text), `caller`, `tables`, `throw`, `traceback`.

use crate::abi::Type;
use crate::caller::{go_entry, CALLER};
use crate::sys::write_err;
use crate::tables::{func_record, FUNC_WRAPPER};
use crate::traceback::{caller_start, Start};
use core::cell::UnsafeCell;

/// A defer record, as the compiler lays it out.
#[repr(C)]
pub struct Record {
    link: *mut Record,
    fp: usize,
    func: usize,
    bits: u64,
    slots: [*const usize; 0],
}

/// One panic of the goroutine (gc's `_panic`), in `gopanic`'s frame.
struct Panic {
    typ: *const Type,
    data: *const u8,
    /// The panic that was running when this one started (gc's `link`).
    link: *mut Panic,
    recovered: bool,
    repanicked: bool,
    /// While a deferred call runs: the frame record `gocrane_calldefer` made for it.
    call_fp: usize,
    start: Start,
}

/// The program's one goroutine's state: the newest defer record and the newest panic.
struct State {
    panic: UnsafeCell<*mut Panic>,
}
// SAFETY: the program is single-threaded.
unsafe impl Sync for State {}
static STATE: State = State {
    panic: UnsafeCell::new(core::ptr::null_mut()),
};

/// The head of the chain of defer records (written by generated code).
#[export_name = "gocrane.deferchain"]
pub static mut DEFER_CHAIN: *mut Record = core::ptr::null_mut();

#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".text",
    ".globl gocrane_calldefer",
    ".hidden gocrane_calldefer",
    ".type gocrane_calldefer,@function",
    ".p2align 4",
    "gocrane_calldefer:",
    // rdi: the funcval (also the callee's context); rsi, rdx: the frame record's fp and pc;
    // rcx: where to store the record's address. 8 mod 16 on entry, 0 at the call.
    "push rbp",
    "push rdx",
    "push rsi",
    "mov rbp, rsp",
    "mov qword ptr [rcx], rbp",
    "call qword ptr [rdi]",
    "add rsp, 16",
    "pop rbp",
    "ret",
    ".size gocrane_calldefer, . - gocrane_calldefer",
    ".globl gocrane_resume",
    ".hidden gocrane_resume",
    ".type gocrane_resume,@function",
    "gocrane_resume:",
    // rdi: where to resume; rsi: its stack pointer; rdx: its frame pointer.
    "mov rsp, rsi",
    "mov rbp, rdx",
    "jmp rdi",
    ".size gocrane_resume, . - gocrane_resume",
);

#[cfg(target_arch = "aarch64")]
core::arch::global_asm!(
    ".text",
    ".globl gocrane_calldefer",
    ".hidden gocrane_calldefer",
    ".type gocrane_calldefer,%function",
    ".p2align 2",
    "gocrane_calldefer:",
    // x0: the funcval (also the callee's context); x1, x2: the frame record's fp and pc;
    // x3: where to store the record's address.
    "stp x29, x30, [sp, #-32]!",
    "stp x1, x2, [sp, #16]",
    "add x29, sp, #16",
    "str x29, [x3]",
    "ldr x9, [x0]",
    "blr x9",
    "ldp x29, x30, [sp], #32",
    "ret",
    ".size gocrane_calldefer, . - gocrane_calldefer",
    ".globl gocrane_resume",
    ".hidden gocrane_resume",
    ".type gocrane_resume,%function",
    "gocrane_resume:",
    // x0: where to resume; x1: its stack pointer; x2: its frame pointer.
    "mov sp, x1",
    "mov x29, x2",
    "br x0",
    ".size gocrane_resume, . - gocrane_resume",
);

extern "C" {
    fn gocrane_calldefer(fv: *const usize, fp: usize, pc: usize, call_fp: *mut usize);
    fn gocrane_resume(pc: usize, sp: usize, fp: usize) -> !;
}

/// Takes the newest deferred funcval of `r` off it (clearing its bit), if any.
unsafe fn pop(r: *mut Record) -> Option<*const usize> {
    let bits = (*r).bits;
    if bits == 0 {
        return None;
    }
    let i = 63 - bits.leading_zeros() as usize;
    (*r).bits = bits & !(1 << i);
    Some(
        *core::ptr::addr_of!((*r).slots)
            .cast::<*const usize>()
            .add(i),
    )
}

/// `panic(v)`, `v` converted to `any` (a nil type word: `panic(nil)`).
unsafe extern "C" fn gopanic(typ: *const Type, data: *const u8) -> ! {
    let panic = STATE.panic.get();
    let mut p = Panic {
        typ,
        data,
        link: *panic,
        recovered: false,
        repanicked: false,
        call_fp: 0,
        start: caller_start(),
    };
    let me: *mut Panic = &mut p;
    *panic = me;
    loop {
        let r = DEFER_CHAIN;
        if r.is_null() {
            break;
        }
        while let Some(fv) = pop(r) {
            gocrane_calldefer(fv, (*me).start.fp, (*me).start.pc, &mut (*me).call_fp);
            (*me).call_fp = 0;
            if (*me).recovered {
                recovery(me, r);
            }
        }
        DEFER_CHAIN = (*r).link;
    }
    print_panics(*panic);
    crate::throw::end_with_trace(None, (*me).start)
}
go_entry!("runtime.gopanic" => gopanic);

/// A deferred call of record `r` recovered panic `p`: drop `p` (and the older panics whose
/// `gopanic` frames lie below `r`'s frame), run `r`'s remaining deferred calls, and resume
/// `r`'s function where the runtime's functab says.
unsafe fn recovery(p: *mut Panic, r: *mut Record) -> ! {
    let panic = STATE.panic.get();
    *panic = (*p).link;
    while !(*panic).is_null() && ((*panic) as usize) < (*r).fp {
        *panic = (**panic).link;
    }
    let Some(rec) = func_record((*r).func) else {
        crate::throw::fatal(
            b"recovered panic in a frame without a functab record",
            None,
            (*p).start,
        )
    };
    let resume = rec.resume as usize;
    let mut call_fp = 0;
    while let Some(fv) = pop(r) {
        gocrane_calldefer(fv, (*r).fp, resume, &mut call_fp);
    }
    gocrane_resume(resume, (*r).fp - rec.frame_offset as usize, (*r).fp)
}

/// `recover()`: the value of the current panic if the caller is a deferred function the panic
/// called (looking through wrappers), which recovers it; otherwise nil.
unsafe extern "C" fn gorecover(out: *mut [usize; 2]) {
    *out = [0, 0];
    let p = *STATE.panic.get();
    if p.is_null() || (*p).recovered || (*p).call_fp == 0 {
        return;
    }
    // From the function that called recover up to the deferred call's frame record: exactly
    // one frame that is not a wrapper (gc's gorecover).
    let [mut fp, mut pc] = CALLER.get();
    let mut frames = 0;
    let (lo, hi) = crate::stack::stack_bounds();
    loop {
        if fp == (*p).call_fp {
            break;
        }
        let wrapper = func_record(pc.wrapping_sub(1)).is_some_and(|f| f.flags & FUNC_WRAPPER != 0);
        if !wrapper {
            frames += 1;
            if frames > 1 {
                return;
            }
        }
        if fp == 0 || fp % 8 != 0 || fp < lo || (hi != 0 && fp + 16 > hi) {
            return;
        }
        let next = *(fp as *const usize);
        pc = *((fp + 8) as *const usize);
        if next <= fp {
            return;
        }
        fp = next;
    }
    if frames != 1 {
        return;
    }
    (*p).recovered = true;
    *out = [(*p).typ as usize, (*p).data as usize];
}
go_entry!("runtime.gorecover" => gorecover);

/// gc's `preprintpanics` + `printpanics`: the oldest panic first, each later one indented; a
/// panic whose value was panicked again printed once, `[recovered, repanicked]`.
unsafe fn print_panics(newest: *mut Panic) {
    let mut q = newest;
    while !q.is_null() {
        let l = (*q).link;
        if !l.is_null() && (*l).typ == (*q).typ && (*l).data == (*q).data {
            (*l).repanicked = true;
        }
        q = l;
    }
    print_chain(newest);
}

unsafe fn print_chain(p: *mut Panic) {
    let l = (*p).link;
    if !l.is_null() {
        print_chain(l);
        if (*l).repanicked {
            return;
        }
        write_err(b"\t");
    }
    write_err(b"panic: ");
    let text = crate::error::panic_value_text((*p).typ, (*p).data);
    write_err(&text);
    if (*p).recovered && (*p).repanicked {
        write_err(b" [recovered, repanicked]");
    } else if (*p).recovered {
        write_err(b" [recovered]");
    }
    write_err(b"\n");
}
