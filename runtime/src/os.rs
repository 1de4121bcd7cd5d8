//! The system calls of gocrane's standard library: its bodyless Go functions (`syscall.write`,
//! `os.runtime_arg`, …) are implemented here under their link names, as gc implements
//! package syscall's in assembly and the runtime's `os_runtime_args` in Go. The Go side is
//! `std/syscall/syscall.go` and `std/os/proc.go`.
//!
//! The C `main` records the command line here before any Go code runs; the environment is
//! read from libc's `environ` when asked.
//!
//! Layer 1: it uses `abi` (the string header), `sys` and `syscalls` (a call's `-errno`) only.

use core::sync::atomic::{AtomicIsize, AtomicPtr, Ordering};

use crate::abi::GoString;
use crate::syscalls::result;

static ARGC: AtomicIsize = AtomicIsize::new(0);
static ARGV: AtomicPtr<*const u8> = AtomicPtr::new(core::ptr::null_mut());

/// Records the command line (called by the C `main`).
pub fn set_args(argc: i32, argv: *const *const u8) {
    ARGC.store(argc as isize, Ordering::Relaxed);
    ARGV.store(argv as *mut *const u8, Ordering::Relaxed);
}

/// A C string as a Go string, without a copy (the bytes live as long as the process).
///
/// # Safety
/// `p` must be null or point at a NUL-terminated string that is never freed.
unsafe fn c_string(p: *const u8) -> GoString {
    if p.is_null() {
        return GoString::EMPTY;
    }
    let len = libc::strlen(p.cast());
    GoString {
        ptr: p,
        len: len as isize,
    }
}

/// `os.runtime_argc() int`: how many arguments the program got (its name included).
#[export_name = "os.runtime_argc"]
pub extern "C" fn runtime_argc() -> isize {
    ARGC.load(Ordering::Relaxed)
}

/// `os.runtime_arg(i int) string`: argument `i` (0 is the program's name). A string result
/// is written through the hidden first argument, as for every runtime function.
///
/// # Safety
/// `out` must be writable.
#[export_name = "os.runtime_arg"]
pub unsafe extern "C" fn runtime_arg(out: *mut GoString, i: isize) {
    let argv = ARGV.load(Ordering::Relaxed);
    *out = if argv.is_null() || i < 0 || i >= runtime_argc() {
        GoString::EMPTY
    } else {
        // SAFETY: argv holds argc pointers to C strings that live until the process ends.
        c_string(*argv.add(i as usize))
    };
}

extern "C" {
    static environ: *const *const u8;
}

/// `syscall.runtime_envc() int`: how many `KEY=value` strings the environment has.
#[export_name = "syscall.runtime_envc"]
pub extern "C" fn runtime_envc() -> isize {
    // SAFETY: environ is libc's null-terminated array; the program never changes it.
    unsafe {
        let mut n = 0;
        while !environ.is_null() && !(*environ.add(n)).is_null() {
            n += 1;
        }
        n as isize
    }
}

/// `syscall.runtime_env(i int) string`: the `i`th `KEY=value` string.
///
/// # Safety
/// `out` must be writable.
#[export_name = "syscall.runtime_env"]
pub unsafe extern "C" fn runtime_env(out: *mut GoString, i: isize) {
    *out = if i < 0 || i >= runtime_envc() {
        GoString::EMPTY
    } else {
        // SAFETY: i is within the array counted above.
        c_string(*environ.add(i as usize))
    };
}

/// `syscall.write(fd int, p []byte) int`: write(2), once; the count or `-errno`.
///
/// # Safety
/// `p` must point at `len` readable bytes.
#[export_name = "syscall.write"]
pub unsafe extern "C" fn write(fd: isize, p: *const u8, len: isize, _cap: isize) -> isize {
    result(libc::write(fd as i32, p.cast(), len.max(0) as usize))
}

/// `syscall.read(fd int, p []byte) int`: read(2), once; the count (0 at the end) or `-errno`.
///
/// # Safety
/// `p` must point at `len` writable bytes.
#[export_name = "syscall.read"]
pub unsafe extern "C" fn read(fd: isize, p: *mut u8, len: isize, _cap: isize) -> isize {
    result(libc::read(fd as i32, p.cast(), len.max(0) as usize))
}

/// `syscall.close(fd int) int`: close(2); 0 or `-errno`.
#[export_name = "syscall.close"]
pub extern "C" fn close(fd: isize) -> isize {
    // SAFETY: closing a descriptor has no memory-safety preconditions.
    result(unsafe { libc::close(fd as i32) } as isize)
}

/// `syscall.Exit(code int)`: ends the process at once (deferred calls do not run).
#[export_name = "syscall.Exit"]
pub extern "C" fn exit(code: isize) -> ! {
    crate::sys::exit(code as i32)
}

/// The largest errno gc's syscall table names: `ERFKILL` on linux/amd64, `EHWPOISON` on
/// linux/arm64 (past it, "errno N").
#[cfg(not(target_arch = "aarch64"))]
const ERRNO_MAX: usize = 132;
#[cfg(target_arch = "aarch64")]
const ERRNO_MAX: usize = 133;

/// `syscall.errstr(e uintptr) string`: errno `e`'s text as gc's table spells it — the C
/// library's message with its first letter in lower case (gc's table was made that way) —
/// or "" for a number it does not name. The texts are made once and kept.
///
/// # Safety
/// `out` must be writable.
#[export_name = "syscall.errstr"]
pub unsafe extern "C" fn errstr(out: *mut GoString, e: usize) {
    static TEXTS: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    let texts = TEXTS.get_or_init(|| {
        (0..=ERRNO_MAX)
            .map(|n| {
                if n == 0 {
                    return Vec::new();
                }
                let mut buf = [0u8; 256];
                // SAFETY: the buffer is writable and its length is given.
                let rc = unsafe { libc::strerror_r(n as i32, buf.as_mut_ptr().cast(), buf.len()) };
                if rc != 0 {
                    return Vec::new();
                }
                let len = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
                let mut text = buf[..len].to_vec();
                if let Some(first) = text.first_mut() {
                    first.make_ascii_lowercase();
                }
                text
            })
            .collect()
    });
    *out = match texts.get(e) {
        Some(t) if !t.is_empty() => GoString {
            ptr: t.as_ptr(),
            len: t.len() as isize,
        },
        _ => GoString::EMPTY,
    };
}
