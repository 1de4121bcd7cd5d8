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
//! walk up the frame pointers must arrive. A panic's deferred calls see gc's runtime frames
//! between them and the panicking frame (`runtime.gopanic`, and for a run-time error the
//! function gc raises it in: `runtime.panicmem` and `runtime.sigpanic` for a fault, …): the
//! record leads through the runtime's stand-in records for those (`tables::Pseudo`) first.
//!
//! Layer 9: it uses `error` (the panic value's text), `caller`, `tables`, `throw`,
//! `traceback`, `typedata` (whether an assertion's operand is an empty interface).

use crate::abi::Type;
use crate::caller::{go_entry, CALLER};
use crate::panic::ErrorValue;
use crate::sys::write_err;
use crate::tables::{func_record, Pseudo, FUNC_WRAPPER};
use crate::throw::SigInfo;
use crate::traceback::{caller_start, Start};
use core::cell::UnsafeCell;

/// A defer record, as the compiler lays it out.
#[repr(C)]
pub struct Record {
    link: *mut Record,
    fp: usize,
    func: usize,
    bits: u64,
    list: *mut Node,
    slots: [*const usize; 0],
}

/// A defer node of a function whose defers are not open-coded (gc's `_defer`).
#[repr(C)]
pub struct Node {
    fv: *const usize,
    link: *mut Node,
    /// Allocated by `deferproc` (else in the function's frame, by `deferprocStack`).
    heap: bool,
}

/// gc's `_defer` is 48 bytes: a heap node takes that size class, as gc's `new(_defer)`.
const HEAP_NODE_SIZE: usize = 48;

/// Heap nodes whose call has started, for reuse (gc's per-P defer pool).
struct Pool(UnsafeCell<*mut Node>);
// SAFETY: the program is single-threaded.
unsafe impl Sync for Pool {}
static POOL: Pool = Pool(UnsafeCell::new(core::ptr::null_mut()));

/// One panic of the goroutine (gc's `_panic`), in `gopanic`'s frame.
struct Panic {
    typ: *const Type,
    data: *const u8,
    /// A run-time error's text (its value is not a Go value yet: it cannot be recovered).
    text: Option<Vec<u8>>,
    /// The fault a run-time error comes from.
    sig: Option<SigInfo>,
    /// The panic that was running when this one started (gc's `link`).
    link: *mut Panic,
    recovered: bool,
    repanicked: bool,
    /// While a deferred call runs: the frame record `gocrane_calldefer` made for it.
    call_fp: usize,
    start: Start,
    /// The frames of gc's runtime between a deferred call the panic runs and the panicking
    /// Go frame (`runtime.gopanic`, and a run-time error's own: see [`panic_frames`]).
    frames: &'static [Pseudo],
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

/// Takes the newest deferred funcval of `r` off it (clearing its bit, or unlinking its node),
/// if any.
unsafe fn pop(r: *mut Record) -> Option<*const usize> {
    let bits = (*r).bits;
    if bits != 0 {
        let i = 63 - bits.leading_zeros() as usize;
        (*r).bits = bits & !(1 << i);
        return Some(
            *core::ptr::addr_of!((*r).slots)
                .cast::<*const usize>()
                .add(i),
        );
    }
    let n = (*r).list;
    if n.is_null() {
        return None;
    }
    (*r).list = (*n).link;
    let fv = (*n).fv;
    if (*n).heap {
        (*n).link = *POOL.0.get();
        *POOL.0.get() = n;
    }
    Some(fv)
}

/// gc's `deferproc`: a defer in a loop; its node comes from the heap (or the pool).
unsafe extern "C" fn deferproc(r: *mut Record, fv: *const usize) {
    let pool = POOL.0.get();
    let n = if (*pool).is_null() {
        crate::malloc::alloc_noscan(HEAP_NODE_SIZE) as *mut Node
    } else {
        let n = *pool;
        *pool = (*n).link;
        n
    };
    *n = Node {
        fv,
        link: (*r).list,
        heap: true,
    };
    (*r).list = n;
}
go_entry!("runtime.deferproc" => deferproc);

/// gc's `deferrangefunc`: the token a function gives the bodies of its range-over-func
/// loops, for their defers. gc pushes a record holding a list; here the token is the
/// function's own record `r`, since a loop body's defers join its list in the order gc's
/// would run them (after the defers that follow the loop, before those that precede it).
unsafe extern "C" fn deferrangefunc(r: *mut Record) -> *mut Record {
    r
}
go_entry!("runtime.deferrangefunc" => deferrangefunc);

/// gc's `deferprocat`: a defer in a range-over-func loop body, onto the list of the
/// function the loop is in (`frame`, its `deferrangefunc` token).
unsafe extern "C" fn deferprocat(fv: *const usize, frame: *mut Record) {
    deferproc(frame, fv)
}
go_entry!("runtime.deferprocat" => deferprocat);

/// gc's `deferprocStack`: a defer whose node `n` is in the deferring function's frame.
unsafe extern "C" fn deferproc_stack(r: *mut Record, n: *mut Node, fv: *const usize) {
    *n = Node {
        fv,
        link: (*r).list,
        heap: false,
    };
    (*r).list = n;
}
go_entry!("runtime.deferprocStack" => deferproc_stack);

/// gc's `deferreturn`: a return of a function whose defers are not open-coded calls them.
unsafe extern "C" fn deferreturn(r: *mut Record) {
    let start = caller_start();
    let mut call_fp = 0;
    while let Some(fv) = pop(r) {
        gocrane_calldefer(fv, start.fp, start.pc, &mut call_fp);
    }
}
go_entry!("runtime.deferreturn" => deferreturn);

/// `panic(v)`, `v` converted to `any` (a nil type word: `panic(nil)`).
unsafe extern "C" fn gopanic(typ: *const Type, data: *const u8) -> ! {
    if crate::panic::PRINTING_PANIC_VALUE.load(core::sync::atomic::Ordering::Relaxed) {
        // A panic inside a panic value's Error/String method: gc's fatal error, naming it.
        let value = crate::error::panic_value_type(typ, data);
        crate::panic::die(value, &[], None, caller_start());
    }
    // gc 1.21+: panic(nil) panics with a new *runtime.PanicNilError (zero-sized: zerobase).
    let (typ, data) = match (
        typ.is_null(),
        emitted(&*core::ptr::addr_of!(TYPE_PANIC_NIL_ERROR)),
    ) {
        (true, Some(t)) => (t, crate::malloc::alloc_noscan(0) as *const u8),
        _ => (typ, data),
    };
    run_panic(Panic {
        typ,
        data,
        text: None,
        sig: None,
        link: *STATE.panic.get(),
        recovered: false,
        repanicked: false,
        call_fp: 0,
        start: caller_start(),
        frames: &[Pseudo::Gopanic],
    })
}
go_entry!("runtime.gopanic" => gopanic);

// The type descriptors of the run-time errors' values, which the compiler emits (with the
// runtime's Go code, `runtime_stub.go`) when the program calls `recover`; weak defaults at one
// address, `gocrane_no_type`, otherwise.
core::arch::global_asm!(
    ".pushsection .rodata.gocrane_error_types,\"a\"",
    ".p2align 3",
    ".weak \"type:runtime.errorString\"",
    ".weak \"type:runtime.plainError\"",
    ".weak \"type:runtime.boundsError\"",
    ".weak \"type:*runtime.TypeAssertionError\"",
    ".weak \"type:*runtime.PanicNilError\"",
    ".globl gocrane_no_type",
    ".hidden gocrane_no_type",
    "gocrane_no_type:",
    "\"type:runtime.errorString\":",
    "\"type:runtime.plainError\":",
    "\"type:runtime.boundsError\":",
    "\"type:*runtime.TypeAssertionError\":",
    "\"type:*runtime.PanicNilError\":",
    ".8byte 0",
    ".popsection",
);

extern "C" {
    static gocrane_no_type: u8;
    #[link_name = "type:runtime.errorString"]
    static TYPE_ERROR_STRING: u8;
    #[link_name = "type:runtime.plainError"]
    static TYPE_PLAIN_ERROR: u8;
    #[link_name = "type:runtime.boundsError"]
    static TYPE_BOUNDS_ERROR: u8;
    #[link_name = "type:*runtime.TypeAssertionError"]
    static TYPE_TYPE_ASSERTION_ERROR: u8;
    #[link_name = "type:*runtime.PanicNilError"]
    static TYPE_PANIC_NIL_ERROR: u8;
}

/// The descriptor at `t`, unless it is the weak default (the program has none).
fn emitted(t: &'static u8) -> Option<*const Type> {
    let none = core::ptr::addr_of!(gocrane_no_type) as usize;
    // The optimizer takes distinct statics for distinct objects: compare opaque addresses.
    let (a, none) = core::hint::black_box((t as *const u8 as usize, none));
    (a != none).then_some(a as *const Type)
}

/// A new Go heap object holding `words`.
fn boxed(words: &[usize]) -> *const u8 {
    let p = crate::malloc::alloc_noscan(words.len() * 8) as *mut usize;
    // SAFETY: room for the words.
    unsafe { core::ptr::copy_nonoverlapping(words.as_ptr(), p, words.len()) };
    p as *const u8
}

/// A Go string holding `s`: its two words.
fn string_words(s: &[u8]) -> [usize; 2] {
    let g = crate::error::go_string(s);
    [g.ptr as usize, g.len as usize]
}

/// The Go value (type, data) of a run-time error, if the program has its type.
fn error_value(err: ErrorValue) -> Option<(*const Type, *const u8)> {
    // SAFETY: addresses of linker-defined symbols.
    let (es, pe, be, tae) = unsafe {
        (
            &*core::ptr::addr_of!(TYPE_ERROR_STRING),
            &*core::ptr::addr_of!(TYPE_PLAIN_ERROR),
            &*core::ptr::addr_of!(TYPE_BOUNDS_ERROR),
            &*core::ptr::addr_of!(TYPE_TYPE_ASSERTION_ERROR),
        )
    };
    Some(match err {
        ErrorValue::ErrorString(s) => (emitted(es)?, boxed(&string_words(s))),
        ErrorValue::PlainError(s) => (emitted(pe)?, boxed(&string_words(s))),
        ErrorValue::Bounds { x, y, signed, code } => {
            let flags = usize::from(signed) | (code as usize) << 8;
            (emitted(be)?, boxed(&[x as usize, y as usize, flags]))
        }
        ErrorValue::TypeAssertion {
            iface,
            concrete,
            asserted,
            missing,
        } => {
            let [p, n] = string_words(missing);
            (emitted(tae)?, boxed(&[iface, concrete, asserted, p, n]))
        }
        ErrorValue::Text => return None,
    })
}

/// A run-time error (index out of range, nil dereference, …) raised in the Go frame `start`:
/// it runs the deferred calls as `panic(v)` does (see `panic::set_unwinder`).
pub fn runtime_panic(text: &[u8], err: ErrorValue, sig: Option<SigInfo>, start: Start) -> ! {
    let frames = panic_frames(&err, sig.is_some());
    let (typ, data) = error_value(err).unwrap_or((core::ptr::null(), core::ptr::null()));
    // SAFETY: single-threaded access to the goroutine's state.
    unsafe {
        run_panic(Panic {
            typ,
            data,
            text: Some(text.to_vec()),
            sig,
            link: *STATE.panic.get(),
            recovered: false,
            repanicked: false,
            call_fp: 0,
            start,
            frames,
        })
    }
}

/// gc's runtime frames between the deferred calls of a run-time error's panic and the Go code
/// that failed, innermost first: `runtime.gopanic`, then the function that raised the error
/// (gc 1.27.3's, as its `CallersFrames` reports them). Errors whose path through gc's runtime
/// gocrane does not know show `runtime.gopanic` alone.
fn panic_frames(err: &ErrorValue, fault: bool) -> &'static [Pseudo] {
    use Pseudo::*;
    const MEM: &[Pseudo] = &[Gopanic, Panicmem, Sigpanic];
    if fault {
        return MEM;
    }
    match err {
        ErrorValue::Bounds { .. } => &[Gopanic, PanicBounds64, PanicBounds],
        ErrorValue::TypeAssertion { iface, missing, .. } => {
            // SAFETY: the descriptor (if any) is the compiler's interface type of the operand.
            let empty = *iface == 0
                || unsafe {
                    (*(*iface as *const crate::typedata::InterfaceType))
                        .methods()
                        .is_empty()
                };
            if !missing.is_empty() {
                &[Gopanic, Getitab, TypeAssert]
            } else if empty {
                &[Gopanic, PanicdottypeE]
            } else {
                &[Gopanic, PanicdottypeE, PanicdottypeI]
            }
        }
        ErrorValue::ErrorString(msg) => match *msg {
            b"invalid memory address or nil pointer dereference" => MEM,
            b"integer divide by zero" => &[Gopanic, Panicdivide],
            b"negative shift amount" => &[Gopanic, Panicshift],
            b"makeslice: len out of range" => &[Gopanic, Panicmakeslicelen, MakesliceLen],
            b"makeslice: cap out of range" => &[Gopanic, Panicmakeslicecap, MakesliceCap],
            b"unsafe.Slice: len out of range" => {
                &[Gopanic, Panicunsafeslicelen1, Panicunsafeslicelen]
            }
            b"unsafe.Slice: ptr is nil and len is not zero" => {
                &[Gopanic, Panicunsafeslicenilptr1, Panicunsafeslicenilptr]
            }
            b"unsafe.String: len out of range" => &[Gopanic, Panicunsafestringlen],
            b"unsafe.String: ptr is nil and len is not zero" => &[Gopanic, Panicunsafestringnilptr],
            b"range function continued iteration after function for loop body returned false" => {
                &[Gopanic, Panicrangestate(0)]
            }
            b"range function continued iteration after loop body panic" => {
                &[Gopanic, Panicrangestate(1)]
            }
            b"range function continued iteration after whole loop exit" => {
                &[Gopanic, Panicrangestate(2)]
            }
            b"range function recovered a loop body panic and did not resume panicking" => {
                &[Gopanic, Panicrangestate(3)]
            }
            _ => &[Gopanic],
        },
        ErrorValue::PlainError(msg) if msg.starts_with(b"value method ") => &[Gopanic, Panicwrap],
        _ => &[Gopanic],
    }
}

/// The most stand-in frames a panic links in (see [`panic_frames`]).
const MAX_PANIC_FRAMES: usize = 3;

/// Calls the deferred funcval `fv` for panic `p`: its frame record leads through `p`'s stand-in
/// frames (each a record of this frame, in increasing addresses as a stack's callers are) to
/// the panicking Go frame, so that a walk from the deferred call sees gc's frames.
unsafe fn call_for_panic(fv: *const usize, p: *mut Panic) {
    let frames = (*p).frames;
    let start = (*p).start;
    let mut links = [[0usize; 2]; MAX_PANIC_FRAMES];
    let n = frames.len().min(MAX_PANIC_FRAMES);
    if n == 0 {
        gocrane_calldefer(fv, start.fp, start.pc, &mut (*p).call_fp);
        return;
    }
    // The deferred call's record returns into frames[0]; links[i] (frames[i]'s own record)
    // returns into frames[i + 1], the last into the panicking frame.
    for i in 0..n - 1 {
        let next = core::ptr::addr_of!(links[i + 1]) as usize;
        links[i] = [next, frames[i + 1].pc()];
    }
    links[n - 1] = [start.fp, start.pc];
    let first = core::ptr::addr_of!(links[0]) as usize;
    gocrane_calldefer(fv, first, frames[0].pc(), &mut (*p).call_fp);
    core::hint::black_box(&links);
}

unsafe fn run_panic(mut p: Panic) -> ! {
    let panic = STATE.panic.get();
    let me: *mut Panic = &mut p;
    *panic = me;
    loop {
        let r = DEFER_CHAIN;
        if r.is_null() {
            break;
        }
        while let Some(fv) = pop(r) {
            call_for_panic(fv, me);
            (*me).call_fp = 0;
            if (*me).recovered {
                recovery(me, r);
            }
        }
        DEFER_CHAIN = (*r).link;
    }
    print_panics(*panic);
    let mut sig = None;
    let mut q = *panic;
    while !q.is_null() && sig.is_none() {
        sig = (*q).sig;
        q = (*q).link;
    }
    crate::throw::end_with_trace(sig, (*me).start)
}

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
    // The remaining deferred calls run as called from `r`'s function where it was when the
    // panic left it (its body's frame, still in memory): gc's frames for them.
    let (fp, pc) = body_frame((*p).start, (*r).fp).unwrap_or(((*r).fp, resume));
    let mut call_fp = 0;
    while let Some(fv) = pop(r) {
        gocrane_calldefer(fv, fp, pc, &mut call_fp);
    }
    gocrane_resume(resume, (*r).fp - rec.frame_offset as usize, (*r).fp)
}

/// The frame (fp, return address) whose caller's frame pointer is `outer`, walking out from
/// `start`: the body of the function with defers whose frame is `outer`.
unsafe fn body_frame(start: Start, outer: usize) -> Option<(usize, usize)> {
    let (lo, hi) = crate::stack::stack_bounds();
    let (mut fp, mut pc) = (start.fp, start.pc);
    loop {
        if fp == 0 || fp % 8 != 0 || fp < lo || (hi != 0 && fp + 16 > hi) {
            return None;
        }
        let next = *(fp as *const usize);
        if next == outer {
            return Some((fp, pc));
        }
        if next <= fp {
            return None;
        }
        pc = *((fp + 8) as *const usize);
        fp = next;
    }
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
    if (*p).typ.is_null() && (*p).text.is_some() {
        crate::throw::fatal(
            b"gocrane does not support recovering run-time errors yet (their runtime.Error values are not Go values)",
            None,
            crate::traceback::caller_start(),
        );
    }
    (*p).recovered = true;
    *out = [(*p).typ as usize, (*p).data as usize];
}
go_entry!("runtime.gorecover" => gorecover);

/// gc's `preprintpanics` + `printpanics`: every value's text first (its `Error`/`String`
/// method may panic: a fatal error), then the oldest panic first, each later one indented; a
/// panic whose value was panicked again printed once, `[recovered, repanicked]`.
unsafe fn print_panics(newest: *mut Panic) {
    let mut chain = Vec::new();
    let mut q = newest;
    while !q.is_null() {
        let l = (*q).link;
        if !l.is_null() && !(*q).typ.is_null() && (*l).typ == (*q).typ && (*l).data == (*q).data {
            (*l).repanicked = true;
        }
        chain.push(q);
        q = l;
    }
    let texts: Vec<Vec<u8>> = chain
        .iter()
        .map(|&p| match &(*p).text {
            Some(text) => text.clone(),
            None => crate::error::panic_value_text((*p).typ, (*p).data),
        })
        .collect();
    // Oldest first (gc's printpanics recurses on the link before printing).
    for i in (0..chain.len()).rev() {
        let p = chain[i];
        if i + 1 < chain.len() {
            if (*chain[i + 1]).repanicked {
                continue;
            }
            write_err(b"\t");
        }
        write_err(b"panic: ");
        write_err(&texts[i]);
        if (*p).recovered && (*p).repanicked {
            write_err(b" [recovered, repanicked]");
        } else if (*p).recovered {
            write_err(b" [recovered]");
        }
        write_err(b"\n");
    }
}
