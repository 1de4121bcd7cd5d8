//! Panics: gc's messages on stderr, the goroutine trace, exit status 2.
//!
//! ```text
//! panic: runtime error: index out of range [5] with length 3
//! [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]   <- only for memory faults
//!
//! goroutine 1 [running]:
//! main.f(...)
//! main.main()
//! ```
//!
//! There is no `recover` yet, so every panic ends the program.
//!
//! Layer 7: the core of panicking, with gc's texts for the runtime's own errors (bounds,
//! divide, shift, overflow, nil dereference). It uses nothing above `throw`: a panic never
//! touches the Go heap, reads type data or calls Go code. `panic(v)` itself (`gopanic`), which must
//! do all three to print `v`, is in `error` one layer up, and so are type assertion errors.
//! Entry points reach the Go caller's frame through `caller`'s trampolines, and a failure
//! inside the runtime that is not a Go panic is `throw`'s `fatal error`.

use crate::caller::go_entry;
use crate::sys::{write_err, Buf};
use crate::throw::{end_with_trace, fatal, SigInfo};
use crate::traceback::{caller_start, Start};
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The dynamic type of a panic value. gc names it when a second panic happens while the
/// first one's `Error`/`String` method runs (`preprintpanics`): `fatal error: panic while
/// printing panic value: type runtime.errorString` (or the string itself for a string value).
#[derive(Clone, Copy, Debug)]
pub enum PanicValue<'a> {
    /// A value of the predeclared type `string`.
    String(&'a [u8]),
    /// A value of the named type.
    Of(&'a [u8]),
}

/// `runtime.errorString`: the type of most runtime errors (divide, nil dereference, ...).
pub const ERROR_STRING: PanicValue = PanicValue::Of(b"runtime.errorString");

/// Set while `gopanic` runs the panic value's `Error`/`String` method.
pub static PRINTING_PANIC_VALUE: AtomicBool = AtomicBool::new(false);

/// What a run-time error's value is (gc's error.go types), for `recover` to return it.
#[derive(Clone, Copy, Debug)]
pub enum ErrorValue<'a> {
    /// `runtime.errorString(s)`: its `Error()` is `runtime error: ` + s.
    ErrorString(&'a [u8]),
    /// `runtime.plainError(s)`.
    PlainError(&'a [u8]),
    /// `runtime.boundsError`.
    Bounds {
        x: i64,
        y: i64,
        signed: bool,
        code: BoundsCode,
    },
    /// `*runtime.TypeAssertionError` (type descriptors, the missing method's name).
    TypeAssertion {
        iface: usize,
        concrete: usize,
        asserted: usize,
        missing: &'a [u8],
    },
    /// Only its text.
    Text,
}

/// How a run-time error panics once the program runs: the deferred calls first
/// (`deferred::runtime_panic`, installed by `entry`; a layer above this one). Its arguments:
/// the panic's text (without `panic: `), its value, the fault, the frame of the Go code that
/// panicked.
pub type Unwinder = fn(&[u8], ErrorValue, Option<SigInfo>, Start) -> !;
static UNWINDER: AtomicUsize = AtomicUsize::new(0);

/// Installs the function through which run-time errors panic (see [`Unwinder`]).
pub fn set_unwinder(f: Unwinder) {
    UNWINDER.store(f as usize, Ordering::Relaxed);
}

/// Prints `panic: ` + `msg` (+ the signal line), the trace, and exits with status 2.
/// `value` is the panic value's type (see [`PanicValue`]).
pub fn die(value: PanicValue, msg: &[&[u8]], sig: Option<SigInfo>, start: Start) -> ! {
    die_with(ErrorValue::Text, value, msg, sig, start)
}

/// [`die`] for a run-time error whose value is `err`.
pub fn die_with(
    err: ErrorValue,
    value: PanicValue,
    msg: &[&[u8]],
    sig: Option<SigInfo>,
    start: Start,
) -> ! {
    if PRINTING_PANIC_VALUE.load(Ordering::Relaxed) {
        let what: &[&[u8]] = match value {
            PanicValue::String(s) => &[s],
            PanicValue::Of(t) => &[b"type ", t],
        };
        let text = [&[b"panic while printing panic value: ".as_slice()], what]
            .concat()
            .concat();
        fatal(&text, sig, start);
    }
    let unwinder = UNWINDER.load(Ordering::Relaxed);
    if unwinder != 0 {
        let text = msg.concat();
        // SAFETY: only `set_unwinder` stores here, from an `Unwinder`.
        let f: Unwinder = unsafe { core::mem::transmute::<usize, Unwinder>(unwinder) };
        f(&text, err, sig, start);
    }
    write_err(b"panic: ");
    for part in msg {
        write_err(part);
    }
    write_err(b"\n");
    end_with_trace(sig, start)
}

/// A `runtime.Error` panic (`panic: runtime error: <msg>`) raised on behalf of the last Go caller.
pub fn runtime_error(msg: &[u8]) -> ! {
    die_with(
        ErrorValue::ErrorString(msg),
        ERROR_STRING,
        &[b"runtime error: ", msg],
        None,
        caller_start(),
    )
}

/// A panic with a value of type `value` that prints as `text` (already indented), raised on
/// behalf of the last Go caller.
pub fn panic_text(value: PanicValue, text: &[u8]) -> ! {
    die(value, &[text], None, caller_start())
}

/// Which of gc's `boundsError` formats (`abi.BoundsErrorCode`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BoundsCode {
    Index,
    SliceAlen,
    SliceAcap,
    SliceB,
    Slice3Alen,
    Slice3Acap,
    Slice3B,
    Slice3C,
    Convert,
}

/// gc's `boundsError.Error()` without the `runtime error: ` prefix. `%x` is the offending
/// index (signed or not), `%y` the bound; a negative signed index drops the `with ...` part.
pub fn bounds_message(code: BoundsCode, x: i64, signed: bool, y: i64) -> Buf<128> {
    use BoundsCode::*;
    let fmt: &[u8] = if signed && x < 0 {
        match code {
            Index => b"index out of range [%x]",
            SliceAlen | SliceAcap => b"slice bounds out of range [:%x]",
            SliceB => b"slice bounds out of range [%x:]",
            Slice3Alen | Slice3Acap => b"slice bounds out of range [::%x]",
            Slice3B => b"slice bounds out of range [:%x:]",
            Slice3C => b"slice bounds out of range [%x::]",
            // A conversion length is a constant, never negative.
            Convert => {
                b"cannot convert slice with length %y to array or pointer to array with length %x"
            }
        }
    } else {
        match code {
            Index => b"index out of range [%x] with length %y",
            SliceAlen => b"slice bounds out of range [:%x] with length %y",
            SliceAcap => b"slice bounds out of range [:%x] with capacity %y",
            SliceB => b"slice bounds out of range [%x:%y]",
            Slice3Alen => b"slice bounds out of range [::%x] with length %y",
            Slice3Acap => b"slice bounds out of range [::%x] with capacity %y",
            Slice3B => b"slice bounds out of range [:%x:%y]",
            Slice3C => b"slice bounds out of range [%x:%y:]",
            Convert => {
                b"cannot convert slice with length %y to array or pointer to array with length %x"
            }
        }
    };
    let mut out = Buf::new();
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] == b'%' && i + 1 < fmt.len() {
            let num = match fmt[i + 1] {
                b'x' if signed => crate::print::format_int(x),
                b'x' => {
                    let mut b = Buf::new();
                    let mut digits = [0u8; 20];
                    let s = crate::print::format_uint(&mut digits, x as u64);
                    b.push(&digits[s..]);
                    b
                }
                _ => crate::print::format_int(y),
            };
            out.push(num.as_bytes());
            i += 2;
        } else {
            out.push(&fmt[i..i + 1]);
            i += 1;
        }
    }
    out
}

fn bounds_panic(code: BoundsCode, x: i64, signed: bool, y: i64) -> ! {
    let msg = bounds_message(code, x, signed, y);
    die_with(
        ErrorValue::Bounds { x, y, signed, code },
        PanicValue::Of(b"runtime.boundsError"),
        &[b"runtime error: ", msg.as_bytes()],
        None,
        caller_start(),
    )
}

macro_rules! bounds_entries {
    ($($export:literal, $fn:ident, $code:ident, $signed:literal;)*) => {$(
        extern "C" fn $fn(x: i64, y: i64) -> ! {
            bounds_panic(BoundsCode::$code, x, $signed, y)
        }
        go_entry!($export => $fn);
    )*};
}

bounds_entries! {
    "runtime.panicIndex", panic_index, Index, true;
    "runtime.panicIndexU", panic_index_u, Index, false;
    "runtime.panicSliceAlen", panic_slice_alen, SliceAlen, true;
    "runtime.panicSliceAlenU", panic_slice_alen_u, SliceAlen, false;
    "runtime.panicSliceAcap", panic_slice_acap, SliceAcap, true;
    "runtime.panicSliceAcapU", panic_slice_acap_u, SliceAcap, false;
    "runtime.panicSliceB", panic_slice_b, SliceB, true;
    "runtime.panicSliceBU", panic_slice_b_u, SliceB, false;
    "runtime.panicSlice3Alen", panic_slice3_alen, Slice3Alen, true;
    "runtime.panicSlice3AlenU", panic_slice3_alen_u, Slice3Alen, false;
    "runtime.panicSlice3Acap", panic_slice3_acap, Slice3Acap, true;
    "runtime.panicSlice3AcapU", panic_slice3_acap_u, Slice3Acap, false;
    "runtime.panicSlice3B", panic_slice3_b, Slice3B, true;
    "runtime.panicSlice3BU", panic_slice3_b_u, Slice3B, false;
    "runtime.panicSlice3C", panic_slice3_c, Slice3C, true;
    "runtime.panicSlice3CU", panic_slice3_c_u, Slice3C, false;
    "runtime.panicSliceConvert", panic_slice_convert, Convert, true;
}

extern "C" fn panicdivide() -> ! {
    runtime_error(b"integer divide by zero")
}
go_entry!("runtime.panicdivide" => panicdivide);

extern "C" fn panicshift() -> ! {
    runtime_error(b"negative shift amount")
}
go_entry!("runtime.panicshift" => panicshift);

// The checks of unsafe.String and unsafe.Slice the compiler open-codes (gc's
// walkUnsafeString / walkUnsafeSlice).
extern "C" fn panicunsafestringlen() -> ! {
    runtime_error(b"unsafe.String: len out of range")
}
go_entry!("runtime.panicunsafestringlen" => panicunsafestringlen);

extern "C" fn panicunsafestringnilptr() -> ! {
    runtime_error(b"unsafe.String: ptr is nil and len is not zero")
}
go_entry!("runtime.panicunsafestringnilptr" => panicunsafestringnilptr);

extern "C" fn panicunsafeslicelen() -> ! {
    runtime_error(b"unsafe.Slice: len out of range")
}
go_entry!("runtime.panicunsafeslicelen" => panicunsafeslicelen);

extern "C" fn panicunsafeslicenilptr() -> ! {
    runtime_error(b"unsafe.Slice: ptr is nil and len is not zero")
}
go_entry!("runtime.panicunsafeslicenilptr" => panicunsafeslicenilptr);

/// A range-over-func loop's body was called when its state (`#stateN`, see the compiler's
/// `middle/src/lower/rangefunc.rs`) forbids it, or the iterator swallowed a body's panic
/// (gc's `panicrangestate` with `internal/abi`'s `RF_*` states).
extern "C" fn panicrangestate(state: isize) -> ! {
    match state {
        0 => runtime_error(
            b"range function continued iteration after function for loop body returned false",
        ),
        2 => runtime_error(b"range function continued iteration after loop body panic"),
        3 => runtime_error(b"range function continued iteration after whole loop exit"),
        4 => runtime_error(
            b"range function recovered a loop body panic and did not resume panicking",
        ),
        _ => crate::throw::throw("unexpected state passed to panicrangestate"),
    }
}
go_entry!("runtime.panicrangestate" => panicrangestate);

extern "C" fn panicoverflow() -> ! {
    runtime_error(b"integer overflow")
}
go_entry!("runtime.panicoverflow" => panicoverflow);

pub const NIL_DEREF: &[u8] = b"invalid memory address or nil pointer dereference";

/// An explicit nil check failed. gc finds nil dereferences by faulting, so this prints what gc's
/// fault path prints, including the `[signal SIGSEGV ...]` line (pc = the check's call site).
extern "C" fn panicmem() -> ! {
    let start = caller_start();
    let sig = SigInfo {
        signo: libc::SIGSEGV,
        code: 1,
        addr: 0,
        pc: start.pc,
    };
    die_with(
        ErrorValue::ErrorString(NIL_DEREF),
        ERROR_STRING,
        &[b"runtime error: ", NIL_DEREF],
        Some(sig),
        start,
    )
}
go_entry!("runtime.panicmem" => panicmem);

#[cfg(test)]
mod tests {
    use super::*;
    use BoundsCode::*;

    fn msg(code: BoundsCode, x: i64, signed: bool, y: i64) -> String {
        String::from_utf8(bounds_message(code, x, signed, y).as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn bounds_texts_match_gc_error_go() {
        assert_eq!(
            msg(Index, 5, true, 3),
            "index out of range [5] with length 3"
        );
        assert_eq!(msg(Index, -1, true, 3), "index out of range [-1]");
        assert_eq!(
            msg(Index, -1, false, 3),
            "index out of range [18446744073709551615] with length 3"
        );
        assert_eq!(
            msg(SliceAcap, 5, true, 3),
            "slice bounds out of range [:5] with capacity 3"
        );
        assert_eq!(
            msg(SliceAlen, 5, true, 3),
            "slice bounds out of range [:5] with length 3"
        );
        assert_eq!(msg(SliceB, 3, true, 2), "slice bounds out of range [3:2]");
        assert_eq!(msg(SliceB, -3, true, 2), "slice bounds out of range [-3:]");
        assert_eq!(
            msg(Slice3Acap, 5, true, 3),
            "slice bounds out of range [::5] with capacity 3"
        );
        assert_eq!(msg(Slice3B, 4, true, 2), "slice bounds out of range [:4:2]");
        assert_eq!(msg(Slice3C, 3, true, 1), "slice bounds out of range [3:1:]");
        assert_eq!(
            msg(Slice3C, -3, true, 1),
            "slice bounds out of range [-3::]"
        );
        assert_eq!(
            msg(Convert, 4, true, 2),
            "cannot convert slice with length 2 to array or pointer to array with length 4"
        );
    }
}
