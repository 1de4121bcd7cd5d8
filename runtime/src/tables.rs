//! The function table the generated object provides to the runtime, with weak empty defaults.
//!
//! `runtime.functab`/`runtime.nfunctab` map code addresses to Go function names (for tracebacks
//! and `panicwrap`). The compiler's strong definitions override the weak zero-length ones below,
//! so programs and tests that do not need them still link.
//!
//! Layer 0 (leaf): uses nothing else in the crate.

use core::ffi::c_char;

/// One `runtime.functab` record: the code range `[entry, end)` of a Go function, its name,
/// flags, and, for the `main.f` of a function with defers, where a recovered panic resumes it
/// (`resume`, with the stack pointer `frame_offset` bytes below its frame pointer).
#[repr(C)]
pub struct FuncRecord {
    pub entry: u64,
    pub end: u64,
    pub name: *const c_char,
    pub flags: u32,
    pub frame_offset: u32,
    pub resume: u64,
}

/// A wrapper `recover` looks through (gc's `FuncIDWrapper`).
pub const FUNC_WRAPPER: u32 = 1;
/// The `main.f` of a function with defers: not shown in tracebacks (its body is).
pub const FUNC_DEFER_FRAME: u32 = 2;

// Weak definitions, written in assembly because stable Rust cannot mark a static weak.
core::arch::global_asm!(
    ".pushsection .rodata.gocrane_tables,\"a\"",
    ".p2align 3",
    ".weak runtime.functab",
    ".weak runtime.nfunctab",
    "runtime.functab:",
    "runtime.nfunctab:",
    ".8byte 0",
    ".popsection",
);

extern "C" {
    #[link_name = "runtime.functab"]
    static FUNCTAB: [FuncRecord; 0];
    #[link_name = "runtime.nfunctab"]
    static NFUNCTAB: u64;
}

fn cstr(p: *const c_char) -> &'static [u8] {
    if p.is_null() {
        return b"?";
    }
    // SAFETY: the compiler emits NUL-terminated names in read-only data.
    unsafe { core::ffi::CStr::from_ptr(p).to_bytes() }
}

/// The record of the Go function whose code contains `pc`, if any.
pub fn func_record(pc: usize) -> Option<&'static FuncRecord> {
    // SAFETY: the table holds NFUNCTAB records (zero with the weak defaults).
    let tab = unsafe { core::slice::from_raw_parts(FUNCTAB.as_ptr(), NFUNCTAB as usize) };
    let pc = pc as u64;
    tab.iter().find(|f| f.entry <= pc && pc < f.end)
}

/// The Go function whose code contains `pc`, if any; None also for the `main.f` of a
/// function with defers, whose body carries the name in traces.
pub fn func_name(pc: usize) -> Option<&'static [u8]> {
    func_record(pc)
        .filter(|f| f.flags & FUNC_DEFER_FRAME == 0)
        .map(|f| cstr(f.name))
}
