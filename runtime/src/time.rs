//! The clocks, sleeping and file opening of gocrane's package time: its bodyless Go functions
//! (`time.runtimeNano`, `time.realtimeNano`, `time.nanosleep`, `time.open`) under their link
//! names, as gc's runtime provides `time.now`, `time.runtimeNano` and `time.Sleep`. The Go
//! side is `std/time/sys.go`.
//!
//! Layer 0: it uses nothing else of the runtime.

/// Reads one of the kernel's clocks as nanoseconds.
fn clock_nanos(clock: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    (ts.tv_sec as i64)
        .wrapping_mul(1_000_000_000)
        .wrapping_add(ts.tv_nsec as i64)
}

/// `time.runtimeNano() int64`: the monotonic clock (CLOCK_MONOTONIC, as gc's `nanotime`).
#[export_name = "time.runtimeNano"]
pub extern "C" fn runtime_nano() -> i64 {
    clock_nanos(libc::CLOCK_MONOTONIC)
}

/// `time.realtimeNano() int64`: the wall clock (CLOCK_REALTIME, gc's `walltime`) as
/// nanoseconds since 1970 (an int64 holds them until the year 2262).
#[export_name = "time.realtimeNano"]
pub extern "C" fn realtime_nano() -> i64 {
    clock_nanos(libc::CLOCK_REALTIME)
}

/// `time.nanosleep(ns int64)`: sleeps `ns` nanoseconds (nothing for `ns <= 0`), resuming
/// after a signal interrupts it.
#[export_name = "time.nanosleep"]
pub extern "C" fn nanosleep(ns: i64) {
    if ns <= 0 {
        return;
    }
    let mut req = libc::timespec {
        tv_sec: (ns / 1_000_000_000) as libc::time_t,
        tv_nsec: (ns % 1_000_000_000) as libc::c_long,
    };
    let mut rem = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: both timespecs are valid; `rem` receives the time left after an interruption.
    while unsafe { libc::nanosleep(&req, &mut rem) } != 0 {
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            break;
        }
        req = rem;
    }
}

/// `time.open(name string) int`: opens the file `name` read-only (close-on-exec); the
/// descriptor or `-errno`. The string's bytes are copied to add the NUL the kernel wants.
///
/// # Safety
/// `p` must point at `len` readable bytes.
#[export_name = "time.open"]
pub unsafe extern "C" fn open(p: *const u8, len: isize) -> isize {
    let bytes = if len > 0 {
        core::slice::from_raw_parts(p, len as usize)
    } else {
        &[]
    };
    if bytes.contains(&0) {
        return -(libc::EINVAL as isize); // gc's syscall.ByteSliceFromString refuses a NUL
    }
    let mut path = Vec::with_capacity(bytes.len() + 1);
    path.extend_from_slice(bytes);
    path.push(0);
    let fd = libc::open(path.as_ptr().cast(), libc::O_RDONLY | libc::O_CLOEXEC);
    if fd < 0 {
        -(std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO) as isize)
    } else {
        fd as isize
    }
}
