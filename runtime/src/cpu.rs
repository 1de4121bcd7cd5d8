//! The processor as programs see it: what package math asks (gc's `internal/cpu`), and
//! package runtime's `NumCPU`, `GOMAXPROCS`, `NumGoroutine`, `Gosched`, `Version`.
//!
//! Layer 0: nothing else in the crate.

/// `math.cpuHasFMA() bool` (amd64): whether the processor has AVX and FMA, gc's `useFMA`
/// for its Exp assembly.
#[cfg(target_arch = "x86_64")]
#[export_name = "math.cpuHasFMA"]
pub extern "C" fn cpu_has_fma() -> u8 {
    (std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")) as u8
}

use core::sync::atomic::{AtomicIsize, Ordering};

/// `runtime.NumCPU() int`: the CPUs the process may run on (its affinity mask), as gc counts
/// them at start (at least 1).
#[export_name = "runtime.NumCPU"]
pub extern "C" fn num_cpu() -> isize {
    // SAFETY: `set` is a plain bit set the kernel fills.
    unsafe {
        let mut set: libc::cpu_set_t = core::mem::zeroed();
        if libc::sched_getaffinity(0, core::mem::size_of::<libc::cpu_set_t>(), &mut set) == 0 {
            return (libc::CPU_COUNT(&set) as isize).max(1);
        }
    }
    1
}

/// The GOMAXPROCS setting; 0 until first asked.
static MAXPROCS: AtomicIsize = AtomicIsize::new(0);

/// gc's default: `$GOMAXPROCS` if it is a positive number, else the CPU count lowered to the
/// cgroup's CPU limit rounded up (at least 2) — read here from cgroup v2's `cpu.max` at the
/// root of the process's cgroup mount, the usual container layout.
fn default_maxprocs() -> isize {
    if let Some(n) = std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|v| v.parse::<isize>().ok())
        .filter(|&n| n > 0)
    {
        return n;
    }
    let procs = num_cpu();
    let limit = std::fs::read_to_string("/sys/fs/cgroup/cpu.max")
        .ok()
        .and_then(|s| {
            let mut parts = s.split_whitespace();
            let quota = parts.next()?.parse::<f64>().ok()?;
            let period = parts.next()?.parse::<f64>().ok()?;
            (period > 0.0).then(|| ((quota / period).ceil() as isize).max(2))
        });
    match limit {
        Some(l) => procs.min(l),
        None => procs,
    }
}

/// `runtime.GOMAXPROCS(n int) int`: the setting before the call; n > 0 changes it (gocrane
/// runs one goroutine whatever it says).
#[export_name = "runtime.GOMAXPROCS"]
pub extern "C" fn gomaxprocs(n: isize) -> isize {
    let mut prev = MAXPROCS.load(Ordering::Relaxed);
    if prev == 0 {
        prev = default_maxprocs();
        MAXPROCS.store(prev, Ordering::Relaxed);
    }
    if n > 0 {
        MAXPROCS.store(n, Ordering::Relaxed);
    }
    prev
}

/// `runtime.NumGoroutine() int`: the one goroutine gocrane runs.
#[export_name = "runtime.NumGoroutine"]
pub extern "C" fn num_goroutine() -> isize {
    1
}

/// `runtime.Gosched()`: no other goroutine to run.
#[export_name = "runtime.Gosched"]
pub extern "C" fn gosched() {}

/// The Go release gocrane answers to: gc's `runtime.Version()`.
static VERSION: &str = "go1.27.3";

/// `runtime.Version() string` (the result through the hidden first argument).
///
/// # Safety
/// `out` must be writable.
#[export_name = "runtime.Version"]
pub unsafe extern "C" fn version(out: *mut [usize; 2]) {
    *out = [VERSION.as_ptr() as usize, VERSION.len()];
}
