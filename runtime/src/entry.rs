//! Program entry: the C `main` that `cc` links every gocrane program around.
//!
//! It records the main stack's bounds (for tracebacks and `concatstrings`' "is this string on the
//! stack?" test), installs the fault handlers, runs `main.init` (package variable initialisation
//! and `init` funcs, always emitted by the compiler) and `main.main`, and exits with status 0.
//! All output is written unbuffered, so nothing needs flushing at exit.

use core::sync::atomic::{AtomicUsize, Ordering};

/// Highest address of the main thread's stack (approximately: the frame of C `main`).
static STACK_HI: AtomicUsize = AtomicUsize::new(0);
/// The stack size limit (`RLIMIT_STACK`) when the program started.
static STACK_LIMIT: AtomicUsize = AtomicUsize::new(0);

/// `(lo, hi)` of the main stack, or `(0, 0)` when the program did not start through `main`.
pub fn stack_bounds() -> (usize, usize) {
    let hi = STACK_HI.load(Ordering::Relaxed);
    if hi == 0 {
        return (0, 0);
    }
    (hi.saturating_sub(STACK_LIMIT.load(Ordering::Relaxed)), hi)
}

pub fn on_stack(p: *const u8) -> bool {
    let (lo, hi) = stack_bounds();
    hi != 0 && lo <= p as usize && (p as usize) < hi
}

/// Whether a fault at `addr` hit the guard area below the stack (a stack overflow).
pub fn is_stack_guard(addr: usize) -> bool {
    let (lo, hi) = stack_bounds();
    hi != 0 && addr < hi && addr + (1 << 20) >= lo
}

fn record_stack(marker: usize) {
    // Environment strings and auxv sit above main's frame; one page of slack covers main's own
    // frame so that its locals are inside the bounds.
    STACK_HI.store(marker + 4096, Ordering::Relaxed);
    let mut rl = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes into rl.
    let limit = if unsafe { libc::getrlimit(libc::RLIMIT_STACK, &mut rl) } == 0
        && rl.rlim_cur != libc::RLIM_INFINITY
    {
        rl.rlim_cur as usize
    } else {
        1 << 30
    };
    STACK_LIMIT.store(limit, Ordering::Relaxed);
}

#[cfg(not(test))]
extern "C" {
    #[link_name = "main.init"]
    fn main_init();
    #[link_name = "main.main"]
    fn main_main();
}

/// The C entry point. Not part of the unit-test build, which has its own `main`.
#[cfg(not(test))]
#[no_mangle]
pub extern "C" fn main(_argc: i32, _argv: *const *const u8) -> i32 {
    let marker = 0u8;
    record_stack(&marker as *const u8 as usize);
    crate::signal::install();
    // SAFETY: both are Go functions emitted by gocrane, taking and returning nothing.
    unsafe {
        main_init();
        main_main();
    }
    crate::sys::exit(0)
}
