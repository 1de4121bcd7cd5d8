//! Layer 0 (leaf): the bounds of the stack the Go code runs on.
//!
//! gc lets the main goroutine's stack grow to 1 GB, so `entry` reserves a 1 GiB stack (lazily
//! committed) with an inaccessible guard area below it and records its bounds here. They are
//! read by the traceback (frame pointers must lie inside the stack), by the signal handler (a
//! fault in the guard area is a stack overflow) and by `concatstrings` ("does this string live
//! on the stack?"). Before `entry` sets them, or when the program runs on the process stack,
//! the bounds are `(0, 0)`: unknown.

use core::sync::atomic::{AtomicUsize, Ordering};

/// gc's maximum goroutine stack on 64-bit platforms is 1e9 bytes; we reserve 1 GiB.
pub const GO_STACK_SIZE: usize = 1 << 30;
/// Inaccessible memory below the stack, so that running off its end faults.
pub const GUARD_SIZE: usize = 1 << 20;

/// `[STACK_LO, STACK_HI)` is the stack the Go code runs on; 0 before it is set up.
static STACK_LO: AtomicUsize = AtomicUsize::new(0);
static STACK_HI: AtomicUsize = AtomicUsize::new(0);

/// Records `[lo, hi)` as the Go stack (`(0, 0)`: unknown).
pub fn set_bounds(lo: usize, hi: usize) {
    STACK_LO.store(lo, Ordering::Relaxed);
    STACK_HI.store(hi, Ordering::Relaxed);
}

/// `(lo, hi)` of the Go stack, or `(0, 0)` when the program did not start through `main`.
pub fn stack_bounds() -> (usize, usize) {
    (
        STACK_LO.load(Ordering::Relaxed),
        STACK_HI.load(Ordering::Relaxed),
    )
}

/// Whether `p` points into the Go stack (false while the bounds are unknown).
pub fn on_stack(p: *const u8) -> bool {
    let (lo, hi) = stack_bounds();
    hi != 0 && lo <= p as usize && (p as usize) < hi
}

/// Whether a fault at `addr` hit the guard area below the Go stack (a stack overflow).
pub fn is_stack_guard(addr: usize) -> bool {
    let (lo, hi) = stack_bounds();
    hi != 0 && addr < lo && addr >= lo.saturating_sub(GUARD_SIZE)
}
