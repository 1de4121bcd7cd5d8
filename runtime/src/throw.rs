//! Layer 4: fatal errors (gc's `throw` and `fatalthrow`): an unrecoverable runtime failure.
//!
//! ```text
//! fatal error: fault
//! [signal SIGSEGV: segmentation violation code=0x2 addr=0x... pc=0x...]   <- only for faults
//!
//! goroutine 1 [running]:
//! main.f(...)
//! main.main()
//! ```
//!
//! then exit status 2. This sits right above `traceback` and below everything that allocates or
//! reads type data, so that the heap, the type-data reader and (later) a collector can fail
//! without depending on panics, panic values or the signal handler. Go panics (`panic: ...`)
//! are `panic`'s, higher up (layer 7); like gc, the heap, the type-data reader and the string
//! code throw (`out of memory`, `nameOff out of range`, `string concatenation too long`), and
//! only the layers above `panic` raise Go panics.

use crate::print::format_hex;
use crate::sys::{exit, write_err};
use crate::traceback::{caller_start, print_goroutine, Start};

/// A memory fault to report in gc's `[signal ...]` line.
#[derive(Clone, Copy, Debug)]
pub struct SigInfo {
    pub signo: i32,
    pub code: i32,
    pub addr: usize,
    pub pc: usize,
}

fn signal_name(signo: i32) -> &'static [u8] {
    match signo {
        libc::SIGSEGV => b"SIGSEGV: segmentation violation",
        libc::SIGBUS => b"SIGBUS: bus error",
        libc::SIGFPE => b"SIGFPE: floating-point exception",
        libc::SIGILL => b"SIGILL: illegal instruction",
        _ => b"?",
    }
}

/// gc's `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]` line.
pub fn print_signal_line(sig: &SigInfo) {
    write_err(b"[signal ");
    write_err(signal_name(sig.signo));
    write_err(b" code=");
    write_err(format_hex(sig.code as u32 as u64, true, 0).as_bytes());
    write_err(b" addr=");
    write_err(format_hex(sig.addr as u64, true, 0).as_bytes());
    write_err(b" pc=");
    write_err(format_hex(sig.pc as u64, true, 0).as_bytes());
    write_err(b"]\n");
}

/// gc's `throw`: `fatal error: <msg>` and the trace from the last Go caller of the runtime.
pub fn throw(msg: &str) -> ! {
    fatal(msg.as_bytes(), None, caller_start())
}

/// Prints `fatal error: ` + `msg` (+ the signal line), the trace from `start`, and exits with
/// status 2.
pub fn fatal(msg: &[u8], sig: Option<SigInfo>, start: Start) -> ! {
    write_err(b"fatal error: ");
    write_err(msg);
    write_err(b"\n");
    end_with_trace(sig, start)
}

/// How every fatal error and unrecovered panic ends once its first line is out: the signal
/// line of a fault, a blank line, the goroutine's trace from `start`, exit status 2.
pub fn end_with_trace(sig: Option<SigInfo>, start: Start) -> ! {
    if let Some(sig) = &sig {
        print_signal_line(sig);
    }
    write_err(b"\n");
    print_goroutine(start);
    exit(2)
}
