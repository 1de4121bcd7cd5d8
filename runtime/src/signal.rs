//! Synchronous fault signals turned into gc's panics (gc's `signal_unix.go` `sigpanic`).
//!
//! SIGSEGV/SIGBUS at an address below 0x1000 is a nil dereference:
//! `panic: runtime error: invalid memory address or nil pointer dereference` followed by
//! `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]` (code = `si_code`,
//! addr = `si_addr`, pc = the faulting instruction from the `ucontext`). Other addresses are gc's
//! `unexpected fault address` fatal error; a fault in the guard area below the Go stack is gc's
//! `fatal error: stack overflow` (with gc's "exceeds 1000000000-byte limit" line).
//! SIGFPE maps to gc's integer divide / overflow panics. The handler runs on its own
//! alternate stack so that a stack overflow can still be reported.
//!
//! Layer 8: it raises Go panics (`panic`) and fatal errors (`throw`); only `entry` uses it.

use crate::panic::{ERROR_STRING, NIL_DEREF};
use crate::sys::write_err;
use crate::throw::{fatal, SigInfo};
use crate::traceback::Start;

const ALT_STACK_SIZE: usize = 256 << 10;
/// `si_code` values for SIGFPE (Linux `asm-generic/siginfo.h`; not exported by the libc crate).
const FPE_INTDIV: i32 = 1;
const FPE_INTOVF: i32 = 2;

/// Installs the handler for SIGSEGV, SIGBUS and SIGFPE on an alternate signal stack.
pub fn install() {
    // SAFETY: plain libc calls with properly initialised arguments.
    unsafe {
        if let Some(stack) = crate::sys::map_anon(0, ALT_STACK_SIZE) {
            let ss = libc::stack_t {
                ss_sp: stack.cast(),
                ss_flags: 0,
                ss_size: ALT_STACK_SIZE,
            };
            libc::sigaltstack(&ss, core::ptr::null_mut());
        }
        let mut sa: libc::sigaction = core::mem::zeroed();
        sa.sa_sigaction = handler as *const () as usize;
        sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        for sig in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE] {
            libc::sigaction(sig, &sa, core::ptr::null_mut());
        }
    }
}

/// The faulting pc, frame pointer and stack pointer saved in the signal's `ucontext`.
unsafe fn context_registers(ctx: *mut libc::c_void) -> (usize, usize, usize) {
    let uc = ctx as *mut libc::ucontext_t;
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    {
        let g = &(*uc).uc_mcontext.gregs;
        (
            g[libc::REG_RIP as usize] as usize,
            g[libc::REG_RBP as usize] as usize,
            g[libc::REG_RSP as usize] as usize,
        )
    }
    #[cfg(all(target_os = "linux", target_arch = "aarch64"))]
    {
        let m = &(*uc).uc_mcontext;
        (m.pc as usize, m.regs[29] as usize, m.sp as usize)
    }
}

/// The fault `sigpanic` reports: written by the handler just before it returns into it.
struct Pending(core::cell::UnsafeCell<Option<SigInfo>>);
// SAFETY: the program is single-threaded; the handler writes, `sigpanic` reads after it.
unsafe impl Sync for Pending {}
static PENDING: Pending = Pending(core::cell::UnsafeCell::new(None));

/// Makes the interrupted code call `runtime.sigpanic` from the faulting instruction: the
/// return address is the faulting pc (pushed on x86-64, in the link register on arm64) and
/// the frame pointer is untouched, so `sigpanic` sees the faulting function as its caller.
unsafe fn prepare_panic(ctx: *mut libc::c_void, sig: SigInfo) {
    *PENDING.0.get() = Some(sig);
    let uc = ctx as *mut libc::ucontext_t;
    let target = sigpanic_entry as *const () as usize;
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    {
        let g = &mut (*uc).uc_mcontext.gregs;
        let sp = g[libc::REG_RSP as usize] as usize - 8;
        *(sp as *mut usize) = g[libc::REG_RIP as usize] as usize;
        g[libc::REG_RSP as usize] = sp as i64;
        g[libc::REG_RIP as usize] = target as i64;
    }
    #[cfg(all(target_os = "linux", target_arch = "aarch64"))]
    {
        let m = &mut (*uc).uc_mcontext;
        m.regs[30] = m.pc;
        m.pc = target as u64;
    }
}

extern "C" {
    #[link_name = "runtime.sigpanic"]
    fn sigpanic_entry();
}

/// gc's `sigpanic`: the pending fault as a run-time error panic of the faulting Go code.
extern "C" fn sigpanic() -> ! {
    // SAFETY: written by `prepare_panic` before the handler returned here.
    let sig = unsafe { (*PENDING.0.get()).take() };
    let start = crate::traceback::caller_start();
    let msg: &[u8] = match sig {
        Some(SigInfo {
            signo: libc::SIGFPE,
            code,
            ..
        }) => match code {
            FPE_INTDIV => b"integer divide by zero",
            FPE_INTOVF => b"integer overflow",
            _ => b"floating point error",
        },
        _ => NIL_DEREF,
    };
    crate::panic::die_with(
        crate::panic::ErrorValue::ErrorString(msg),
        ERROR_STRING,
        &[b"runtime error: ", msg],
        sig,
        start,
    )
}
crate::caller::go_entry!("runtime.sigpanic" => sigpanic);

fn hex(v: usize) -> crate::sys::Buf<20> {
    crate::print::format_hex(v as u64, true, 0)
}

extern "C" fn handler(signo: i32, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes valid siginfo and ucontext pointers to an SA_SIGINFO handler.
    unsafe {
        let (pc, fp, sp) = context_registers(ctx);
        let code = (*info).si_code;
        let addr = (*info).si_addr() as usize;
        let sig = SigInfo {
            signo,
            code,
            addr,
            pc,
        };
        let start = Start {
            pc,
            fp,
            pc_is_return: false,
        };
        match signo {
            // A Go panic: it must run deferred calls, on the Go stack, with the signal
            // handled. So the handler returns into `runtime.sigpanic` as if the faulting
            // instruction had called it (gc's sigctxt.preparePanic).
            libc::SIGFPE => prepare_panic(ctx, sig),
            _ if addr < 0x1000 => prepare_panic(ctx, sig),
            _ if crate::stack::is_stack_guard(addr) => {
                let (lo, hi) = crate::stack::stack_bounds();
                write_err(b"runtime: goroutine stack exceeds 1000000000-byte limit\n");
                write_err(b"runtime: sp=");
                write_err(hex(sp).as_bytes());
                write_err(b" stack=[");
                write_err(hex(lo).as_bytes());
                write_err(b", ");
                write_err(hex(hi).as_bytes());
                write_err(b"]\n");
                fatal(b"stack overflow", None, start)
            }
            _ => {
                write_err(b"unexpected fault address ");
                write_err(hex(addr).as_bytes());
                write_err(b"\n");
                fatal(b"fault", Some(sig), start)
            }
        }
    }
}
