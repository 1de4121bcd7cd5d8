//! The function table the generated object provides to the runtime, with weak empty defaults.
//!
//! `runtime.functab`/`runtime.nfunctab` map code addresses to Go function names, files and lines
//! (for tracebacks, `panicwrap` and `runtime.Caller`); `runtime.libfunctab`/`runtime.nlibfunctab`
//! do the same for the functions of the standard library's cached archive, whose object
//! carries its own table. The compiler's strong definitions override the weak zero-length ones
//! below, so programs and tests that do not need them still link.
//!
//! Besides the compiler's records, the runtime has a few of its own (`PSEUDO`): the frames of
//! gc's runtime that gocrane's Rust runtime stands in for — `runtime.Callers`, `runtime.main`,
//! `runtime.doInit1`, `runtime.doInit`, `runtime.goexit` — with gc 1.27.3's files and lines, so
//! that a stack walked with `runtime.Callers` ends as under gc. Their code addresses are bytes
//! of `PSEUDO_TEXT`, which is never run.
//!
//! Layer 0 (leaf): uses nothing else in the crate.

use core::ffi::c_char;

/// One `runtime.functab` record: the code range `[entry, end)` of a Go function, its name,
/// flags, and, for the `main.f` of a function with defers, where a recovered panic resumes it
/// (`resume`, with the stack pointer `frame_offset` bytes below its frame pointer); its source
/// file and line table (`lines`: a count n, then n pairs `(code offset, line)`, sorted, each
/// line holding up to the next offset).
#[repr(C)]
pub struct FuncRecord {
    pub entry: u64,
    pub end: u64,
    pub name: *const c_char,
    pub flags: u32,
    pub frame_offset: u32,
    pub resume: u64,
    pub file: *const c_char,
    pub lines: *const u32,
}

/// A wrapper `recover` looks through (gc's `FuncIDWrapper`).
pub const FUNC_WRAPPER: u32 = 1;
/// The `main.f` of a function with defers: not shown in tracebacks (its body is).
pub const FUNC_DEFER_FRAME: u32 = 2;
/// A package initialisation function the runtime calls (`P.init`, `P.init.0`, …).
pub const FUNC_INIT: u32 = 4;

// Weak definitions, written in assembly because stable Rust cannot mark a static weak.
core::arch::global_asm!(
    ".pushsection .rodata.gocrane_tables,\"a\"",
    ".p2align 3",
    ".weak runtime.functab",
    ".weak runtime.nfunctab",
    ".weak runtime.libfunctab",
    ".weak runtime.nlibfunctab",
    "runtime.functab:",
    "runtime.nfunctab:",
    "runtime.libfunctab:",
    "runtime.nlibfunctab:",
    ".8byte 0",
    ".popsection",
);

extern "C" {
    #[link_name = "runtime.functab"]
    static FUNCTAB: [FuncRecord; 0];
    #[link_name = "runtime.nfunctab"]
    static NFUNCTAB: u64;
    #[link_name = "runtime.libfunctab"]
    static LIBFUNCTAB: [FuncRecord; 0];
    #[link_name = "runtime.nlibfunctab"]
    static NLIBFUNCTAB: u64;
}

fn cstr(p: *const c_char) -> &'static [u8] {
    if p.is_null() {
        return b"?";
    }
    // SAFETY: the compiler emits NUL-terminated names in read-only data.
    unsafe { core::ffi::CStr::from_ptr(p).to_bytes() }
}

/// The record of the Go function whose code contains `pc`, if any (the compiler's, or one of
/// the runtime's stand-ins for gc's runtime frames).
pub fn func_record(pc: usize) -> Option<&'static FuncRecord> {
    // SAFETY: each table holds its count of records (zero with the weak defaults).
    let (tab, lib) = unsafe {
        (
            core::slice::from_raw_parts(FUNCTAB.as_ptr(), NFUNCTAB as usize),
            core::slice::from_raw_parts(LIBFUNCTAB.as_ptr(), NLIBFUNCTAB as usize),
        )
    };
    let pc = pc as u64;
    tab.iter()
        .chain(lib)
        .chain(pseudo_records())
        .find(|f| f.entry <= pc && pc < f.end)
}

/// The name of `f` (`main.f`, `main.(*T).M`).
pub fn name(f: &FuncRecord) -> &'static [u8] {
    cstr(f.name)
}

/// A line-table pair whose first word is this changes the file: its second word is the new
/// file name's address less the record's `file`, a signed 32-bit number (after a line
/// directive, `//line other.go:10`).
const FILE_CHANGE: u32 = u32::MAX;

/// The file of the code at `pc` in `f` (`?` when the compiler recorded none).
pub fn file(f: &FuncRecord, pc: usize) -> &'static [u8] {
    cstr(line_and_file(f, pc).1)
}

/// The line of the code at `pc` in `f` (0 when `f` has no line table).
pub fn line(f: &FuncRecord, pc: usize) -> u32 {
    line_and_file(f, pc).0
}

fn line_and_file(f: &FuncRecord, pc: usize) -> (u32, *const c_char) {
    if f.lines.is_null() {
        return (0, f.file);
    }
    // SAFETY: the compiler (or PSEUDO) writes a count and that many pairs.
    let pairs = unsafe {
        let n = *f.lines as usize;
        core::slice::from_raw_parts(f.lines.add(1), 2 * n)
    };
    let offset = (pc as u64).wrapping_sub(f.entry);
    let (mut line, mut file, mut in_file) = (0, f.file, f.file);
    for pair in pairs.chunks_exact(2) {
        if pair[0] == FILE_CHANGE {
            // The names are in one section of one object: the offset stays inside it.
            in_file = f.file.wrapping_offset(pair[1] as i32 as isize);
            continue;
        }
        if u64::from(pair[0]) > offset {
            break;
        }
        (line, file) = (pair[1], in_file);
    }
    (line, file)
}

/// A frame of gc's runtime that gocrane's runtime stands in for (see the module doc): its
/// function (`PseudoFunc`) and, for a function with several, which call in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pseudo {
    /// `runtime.Callers`, where a walk with `skip == 0` starts.
    Callers,
    DoInit1,
    DoInit,
    /// `runtime.main` calling `doInit`, then `main.main`.
    MainInits,
    MainMain,
    /// The outermost frame.
    Goexit,
    /// `runtime.gopanic` calling a deferred function.
    Gopanic,
    Panicmem,
    /// A fault: the frame above it is at the faulting instruction, not at a return address.
    Sigpanic,
    PanicBounds64,
    PanicBounds,
    Panicdivide,
    PanicdottypeE,
    PanicdottypeI,
    Getitab,
    TypeAssert,
    Panicshift,
    Panicmakeslicelen,
    MakesliceLen,
    Panicmakeslicecap,
    MakesliceCap,
    Panicunsafeslicelen1,
    Panicunsafeslicelen,
    Panicunsafeslicenilptr1,
    Panicunsafeslicenilptr,
    Panicunsafestringlen,
    Panicunsafestringnilptr,
    /// `runtime.panicrangestate` panicking with its `n`th error (`RF_DONE`, `RF_PANIC`,
    /// `RF_EXHAUSTED`, `RF_MISSING_PANIC`).
    Panicrangestate(u8),
    Panicwrap,
}

impl Pseudo {
    /// The stand-in function and the index of the call in it.
    fn place(self) -> (PseudoFunc, usize) {
        use PseudoFunc as F;
        match self {
            Pseudo::Callers => (F::Callers, 0),
            Pseudo::DoInit1 => (F::DoInit1, 0),
            Pseudo::DoInit => (F::DoInit, 0),
            Pseudo::MainInits => (F::Main, 0),
            Pseudo::MainMain => (F::Main, 1),
            Pseudo::Goexit => (F::Goexit, 0),
            Pseudo::Gopanic => (F::Gopanic, 0),
            Pseudo::Panicmem => (F::Panicmem, 0),
            Pseudo::Sigpanic => (F::Sigpanic, 0),
            Pseudo::PanicBounds64 => (F::PanicBounds64, 0),
            Pseudo::PanicBounds => (F::PanicBounds, 0),
            Pseudo::Panicdivide => (F::Panicdivide, 0),
            Pseudo::PanicdottypeE => (F::PanicdottypeE, 0),
            Pseudo::PanicdottypeI => (F::PanicdottypeI, 0),
            Pseudo::Getitab => (F::Getitab, 0),
            Pseudo::TypeAssert => (F::TypeAssert, 0),
            Pseudo::Panicshift => (F::Panicshift, 0),
            Pseudo::Panicmakeslicelen => (F::Panicmakeslicelen, 0),
            Pseudo::MakesliceLen => (F::Makeslice, 0),
            Pseudo::Panicmakeslicecap => (F::Panicmakeslicecap, 0),
            Pseudo::MakesliceCap => (F::Makeslice, 1),
            Pseudo::Panicunsafeslicelen1 => (F::Panicunsafeslicelen1, 0),
            Pseudo::Panicunsafeslicelen => (F::Panicunsafeslicelen, 0),
            Pseudo::Panicunsafeslicenilptr1 => (F::Panicunsafeslicenilptr1, 0),
            Pseudo::Panicunsafeslicenilptr => (F::Panicunsafeslicenilptr, 0),
            Pseudo::Panicunsafestringlen => (F::Panicunsafestringlen, 0),
            Pseudo::Panicunsafestringnilptr => (F::Panicunsafestringnilptr, 0),
            Pseudo::Panicrangestate(n) => (F::Panicrangestate, n as usize),
            Pseudo::Panicwrap => (F::Panicwrap, 0),
        }
    }

    /// The return address a walk reports for this frame: the `k`th call of its function is
    /// at offset `4k + 1`, one byte before the address. `runtime.goexit`'s frame is its
    /// entry plus one instruction (gc's PCQuantum), so that its call pc is its entry on
    /// x86-64, as gc's.
    pub fn pc(self) -> usize {
        let (func, k) = self.place();
        let entry = PSEUDO_TEXT.0.as_ptr() as usize + func as usize * PSEUDO_FUNC;
        match func {
            PseudoFunc::Goexit => entry + PC_QUANTUM,
            _ => entry + 4 * k + 2,
        }
    }
}

#[cfg(target_arch = "aarch64")]
const PC_QUANTUM: usize = 4;
#[cfg(not(target_arch = "aarch64"))]
const PC_QUANTUM: usize = 1;

/// The stand-in functions, in the order of their bytes in `PSEUDO_TEXT` and records in
/// `PSEUDO`.
#[derive(Clone, Copy)]
enum PseudoFunc {
    Callers,
    DoInit1,
    DoInit,
    Main,
    Goexit,
    Gopanic,
    Panicmem,
    Sigpanic,
    PanicBounds64,
    PanicBounds,
    Panicdivide,
    PanicdottypeE,
    PanicdottypeI,
    Getitab,
    TypeAssert,
    Panicshift,
    Panicmakeslicelen,
    Panicmakeslicecap,
    Makeslice,
    Panicunsafeslicelen1,
    Panicunsafeslicelen,
    Panicunsafeslicenilptr1,
    Panicunsafeslicenilptr,
    Panicunsafestringlen,
    Panicunsafestringnilptr,
    Panicrangestate,
    Panicwrap,
}

const PSEUDO_FUNCS: usize = 27;

/// Bytes of `PSEUDO_TEXT` per stand-in function: room for four calls.
const PSEUDO_FUNC: usize = 16;

#[repr(C, align(16))]
struct PseudoText([u8; PSEUDO_FUNCS * PSEUDO_FUNC]);
static PSEUDO_TEXT: PseudoText = PseudoText([0; PSEUDO_FUNCS * PSEUDO_FUNC]);

/// A stand-in for a sigpanic frame: the frame above it is at a faulting instruction.
pub const FUNC_SIGPANIC: u32 = 8;

/// A [`FuncRecord`] the runtime writes itself: the same layout, with addresses as pointers so
/// that it can be a constant.
#[repr(C)]
struct PseudoRecord {
    entry: *const u8,
    end: *const u8,
    name: *const c_char,
    flags: u32,
    frame_offset: u32,
    resume: u64,
    file: *const c_char,
    lines: *const u32,
}
// SAFETY: read-only data.
unsafe impl Sync for PseudoRecord {}

const fn pseudo_record(
    func: PseudoFunc,
    name: &'static core::ffi::CStr,
    file: &'static core::ffi::CStr,
    lines: &'static [u32],
) -> PseudoRecord {
    let entry = PSEUDO_TEXT
        .0
        .as_ptr()
        .wrapping_add(func as usize * PSEUDO_FUNC);
    let flags = match func {
        PseudoFunc::Sigpanic => FUNC_SIGPANIC,
        _ => 0,
    };
    PseudoRecord {
        entry,
        end: entry.wrapping_add(PSEUDO_FUNC),
        name: name.as_ptr(),
        flags,
        frame_offset: 0,
        resume: 0,
        file: file.as_ptr(),
        lines: lines.as_ptr(),
    }
}

#[cfg(target_arch = "aarch64")]
const ASM: &core::ffi::CStr = c"$GOROOT/src/runtime/asm_arm64.s";
#[cfg(target_arch = "aarch64")]
const GOEXIT_LINE: u32 = 1039;
#[cfg(target_arch = "aarch64")]
const PANIC_BOUNDS_LINE: u32 = 1357;
#[cfg(not(target_arch = "aarch64"))]
const ASM: &core::ffi::CStr = c"$GOROOT/src/runtime/asm_amd64.s";
#[cfg(not(target_arch = "aarch64"))]
const GOEXIT_LINE: u32 = 1264;
#[cfg(not(target_arch = "aarch64"))]
const PANIC_BOUNDS_LINE: u32 = 1622;

const PROC: &core::ffi::CStr = c"$GOROOT/src/runtime/proc.go";
const PANIC: &core::ffi::CStr = c"$GOROOT/src/runtime/panic.go";
const IFACE: &core::ffi::CStr = c"$GOROOT/src/runtime/iface.go";
const SLICE: &core::ffi::CStr = c"$GOROOT/src/runtime/slice.go";
const UNSAFE: &core::ffi::CStr = c"$GOROOT/src/runtime/unsafe.go";

/// gc 1.27.3's positions of the calls the stand-ins' frames are at (read from its sources and
/// checked against its `CallersFrames`).
static PSEUDO: [PseudoRecord; PSEUDO_FUNCS] = {
    use PseudoFunc as F;
    [
        pseudo_record(
            F::Callers,
            c"runtime.Callers",
            c"$GOROOT/src/runtime/extern.go",
            &[1, 0, 341],
        ),
        pseudo_record(F::DoInit1, c"runtime.doInit1", PROC, &[1, 0, 8154]),
        pseudo_record(F::DoInit, c"runtime.doInit", PROC, &[1, 0, 8121]),
        pseudo_record(F::Main, c"runtime.main", PROC, &[2, 0, 269, 4, 302]),
        pseudo_record(F::Goexit, c"runtime.goexit", ASM, &[1, 0, GOEXIT_LINE]),
        pseudo_record(F::Gopanic, c"runtime.gopanic", PANIC, &[1, 0, 859]),
        pseudo_record(F::Panicmem, c"runtime.panicmem", PANIC, &[1, 0, 336]),
        pseudo_record(
            F::Sigpanic,
            c"runtime.sigpanic",
            c"$GOROOT/src/runtime/signal_unix.go",
            &[1, 0, 931],
        ),
        pseudo_record(
            F::PanicBounds64,
            c"runtime.panicBounds64",
            PANIC,
            &[1, 0, 236],
        ),
        pseudo_record(
            F::PanicBounds,
            c"runtime.panicBounds",
            ASM,
            &[1, 0, PANIC_BOUNDS_LINE],
        ),
        pseudo_record(F::Panicdivide, c"runtime.panicdivide", PANIC, &[1, 0, 315]),
        pseudo_record(
            F::PanicdottypeE,
            c"runtime.panicdottypeE",
            IFACE,
            &[1, 0, 293],
        ),
        pseudo_record(
            F::PanicdottypeI,
            c"runtime.panicdottypeI",
            IFACE,
            &[1, 0, 303],
        ),
        pseudo_record(F::Getitab, c"runtime.getitab", IFACE, &[1, 0, 102]),
        pseudo_record(F::TypeAssert, c"runtime.typeAssert", IFACE, &[1, 0, 492]),
        pseudo_record(F::Panicshift, c"runtime.panicshift", PANIC, &[1, 0, 307]),
        pseudo_record(
            F::Panicmakeslicelen,
            c"runtime.panicmakeslicelen",
            SLICE,
            &[1, 0, 30],
        ),
        pseudo_record(
            F::Panicmakeslicecap,
            c"runtime.panicmakeslicecap",
            SLICE,
            &[1, 0, 34],
        ),
        pseudo_record(
            F::Makeslice,
            c"runtime.makeslice",
            SLICE,
            &[2, 0, 112, 4, 114],
        ),
        pseudo_record(
            F::Panicunsafeslicelen1,
            c"runtime.panicunsafeslicelen1",
            UNSAFE,
            &[1, 0, 102],
        ),
        pseudo_record(
            F::Panicunsafeslicelen,
            c"runtime.panicunsafeslicelen",
            UNSAFE,
            &[1, 0, 96],
        ),
        pseudo_record(
            F::Panicunsafeslicenilptr1,
            c"runtime.panicunsafeslicenilptr1",
            UNSAFE,
            &[1, 0, 114],
        ),
        pseudo_record(
            F::Panicunsafeslicenilptr,
            c"runtime.panicunsafeslicenilptr",
            UNSAFE,
            &[1, 0, 108],
        ),
        pseudo_record(
            F::Panicunsafestringlen,
            c"runtime.panicunsafestringlen",
            UNSAFE,
            &[1, 0, 46],
        ),
        pseudo_record(
            F::Panicunsafestringnilptr,
            c"runtime.panicunsafestringnilptr",
            UNSAFE,
            &[1, 0, 50],
        ),
        pseudo_record(
            F::Panicrangestate,
            c"runtime.panicrangestate",
            PANIC,
            &[4, 0, 380, 4, 382, 8, 384, 12, 386],
        ),
        pseudo_record(
            F::Panicwrap,
            c"runtime.panicwrap",
            c"$GOROOT/src/runtime/error.go",
            &[1, 0, 354],
        ),
    ]
};

fn pseudo_records() -> impl Iterator<Item = &'static FuncRecord> {
    // SAFETY: PseudoRecord has FuncRecord's layout (u64 and pointers are both 8 bytes).
    PSEUDO
        .iter()
        .map(|r| unsafe { &*(r as *const PseudoRecord).cast::<FuncRecord>() })
}

/// The Go function whose code contains `pc`, if any; None also for the `main.f` of a
/// function with defers, whose body carries the name in traces.
pub fn func_name(pc: usize) -> Option<&'static [u8]> {
    func_record(pc)
        .filter(|f| f.flags & FUNC_DEFER_FRAME == 0)
        .map(|f| cstr(f.name))
}
