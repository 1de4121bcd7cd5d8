//! Layer 4: what package runtime's `Callers`, `Caller`, `FuncForPC`, `Func` and `Frames` read
//! (gc's `extern.go`, `symtab.go` and `tracebackPCs`): the calling goroutine's frames as
//! return addresses, and a function's name, entry, file and lines from `runtime.functab`.
//!
//! A `*runtime.Func` is the address of the function's `tables::FuncRecord`. The walk is the
//! traceback's (frame pointers), and the frames are gc's: it starts at the `runtime.Callers`
//! frame, elides wrappers (gc's `elideWrapperCalling`) and the outer frame of a function with
//! defers (its body is the frame), and ends as gc's stack does — after `main.main` at
//! `runtime.main` and `runtime.goexit`; after a package's init function at `runtime.doInit1`,
//! `runtime.doInit`, `runtime.main`, `runtime.goexit` — with the runtime's stand-in records for
//! those (`tables::Pseudo`).

use crate::abi::GoString;
use crate::caller::go_entry;
use crate::tables::{self, FuncRecord, Pseudo, FUNC_DEFER_FRAME, FUNC_INIT, FUNC_WRAPPER};
use crate::traceback::{caller_start, frames, Start};

/// The frames that end a walk from `main.main`.
const AFTER_MAIN: &[Pseudo] = &[Pseudo::MainMain, Pseudo::Goexit];
/// The frames that end a walk from a package's init function.
const AFTER_INIT: &[Pseudo] = &[
    Pseudo::DoInit1,
    Pseudo::DoInit,
    Pseudo::MainInits,
    Pseudo::Goexit,
];

/// Calls `each` with the return address of every frame from `runtime.Callers` (whose Go
/// caller's frame is `start`) outwards, until it returns false.
fn walk_pcs(start: Start, mut each: impl FnMut(usize) -> bool) {
    if !each(Pseudo::Callers.pc()) {
        return;
    }
    let mut tail: &[Pseudo] = &[];
    frames(start, |frame| {
        let f = frame.func;
        if f.flags & (FUNC_DEFER_FRAME | FUNC_WRAPPER) != 0 {
            return true;
        }
        // gc's buffer holds return addresses; a faulting pc is made one by adding 1.
        let pc = if frame.pc_is_return {
            frame.pc
        } else {
            frame.pc + 1
        };
        if !each(pc) {
            return false;
        }
        if tables::name(f) == b"main.main" {
            tail = AFTER_MAIN;
            return false;
        }
        if f.flags & FUNC_INIT != 0 {
            tail = AFTER_INIT;
            return false;
        }
        true
    });
    for frame in tail {
        if !each(frame.pc()) {
            return;
        }
    }
}

/// `runtime.Callers(skip int, pc []uintptr) int` (entered through a trampoline that records
/// the Go caller).
extern "C" fn callers(skip: i64, buf: *mut usize, len: i64, _cap: i64) -> i64 {
    if len <= 0 || buf.is_null() {
        return 0;
    }
    let mut skip = skip.max(0);
    let mut n = 0i64;
    walk_pcs(caller_start(), |pc| {
        if skip > 0 {
            skip -= 1;
            return true;
        }
        // SAFETY: buf holds len words (the slice Callers was given); n < len here.
        unsafe { *buf.add(n as usize) = pc };
        n += 1;
        n < len
    });
    n
}
go_entry!("runtime.Callers" => callers);

/// `runtime.FuncForPC(pc uintptr) *Func`: the record of the function containing `pc`, or nil.
#[export_name = "runtime.FuncForPC"]
pub extern "C" fn func_for_pc(pc: usize) -> *const FuncRecord {
    tables::func_record(pc).map_or(core::ptr::null(), |f| f as *const FuncRecord)
}

fn go_string(bytes: &'static [u8]) -> GoString {
    GoString {
        ptr: bytes.as_ptr(),
        len: bytes.len() as isize,
    }
}

/// `runtime.funcName(f *Func) string`: the name, in place (no allocation, as gc's).
///
/// # Safety
/// `f` is a record `FuncForPC` returned; `out` is writable.
#[export_name = "runtime.funcName"]
pub unsafe extern "C" fn func_name(out: *mut GoString, f: *const FuncRecord) {
    *out = go_string(tables::name(&*f));
}

/// `runtime.funcEntry(f *Func) uintptr`.
///
/// # Safety
/// `f` is a record `FuncForPC` returned.
#[export_name = "runtime.funcEntry"]
pub unsafe extern "C" fn func_entry(f: *const FuncRecord) -> u64 {
    (*f).entry
}

/// `runtime.funcFile(f *Func, pc uintptr) string`: the file of the code at `pc` (the
/// function's, or a line directive's), in place.
///
/// # Safety
/// `f` is a record `FuncForPC` returned; `out` is writable.
#[export_name = "runtime.funcFile"]
pub unsafe extern "C" fn func_file(out: *mut GoString, f: *const FuncRecord, pc: usize) {
    *out = go_string(tables::file(&*f, pc));
}

/// `runtime.funcLine(f *Func, pc uintptr) int`: the line of the code at `pc`.
///
/// # Safety
/// `f` is a record `FuncForPC` returned.
#[export_name = "runtime.funcLine"]
pub unsafe extern "C" fn func_line(f: *const FuncRecord, pc: usize) -> i64 {
    i64::from(tables::line(&*f, pc))
}
