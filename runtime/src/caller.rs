//! Layer 0 (leaf): which Go frame called into the runtime.
//!
//! A panic's traceback, a fatal error's and the Go code the runtime calls back (`gocall`) all
//! start at the Go function that called the runtime entry point, but the Rust code here is not
//! guaranteed to keep frame pointers. So every exported entry point that can panic or throw is a
//! small assembly trampoline (`go_entry!`): it stores the caller's frame pointer and return
//! address into `CALLER`, leaves the argument registers untouched, and jumps to the Rust
//! implementation. x86-64 and arm64 each get their version. `traceback::caller_start` turns
//! `CALLER` into the place a trace starts.

use core::cell::UnsafeCell;

/// `[frame pointer, return address]` of the latest Go call into a runtime entry trampoline.
#[repr(C)]
pub struct Caller(UnsafeCell<[usize; 2]>);
// SAFETY: written only by the trampolines of the (single-threaded) program, read when panicking.
unsafe impl Sync for Caller {}
pub static CALLER: Caller = Caller(UnsafeCell::new([0; 2]));

impl Caller {
    pub fn get(&self) -> [usize; 2] {
        // SAFETY: plain read of two words; see `Caller`.
        unsafe { *self.0.get() }
    }
    pub fn set(&self, v: [usize; 2]) {
        // SAFETY: as above.
        unsafe { *self.0.get() = v }
    }
}

/// Exports `$export` as an assembly trampoline that records the Go caller's frame in `CALLER`
/// and tail-jumps to `$imp` (an `extern "C"` function with the same parameters).
macro_rules! go_entry {
    ($export:literal => $imp:path) => {
        #[cfg(target_arch = "x86_64")]
        core::arch::global_asm!(
            ".text",
            concat!(".globl ", $export),
            concat!(".type ", $export, ",@function"),
            ".p2align 4",
            concat!($export, ":"),
            "mov qword ptr [rip + {caller}], rbp",
            "mov rax, qword ptr [rsp]",
            "mov qword ptr [rip + {caller} + 8], rax",
            "jmp {imp}",
            concat!(".size ", $export, ", . - ", $export),
            caller = sym $crate::caller::CALLER,
            imp = sym $imp,
        );
        #[cfg(target_arch = "aarch64")]
        core::arch::global_asm!(
            ".text",
            concat!(".globl ", $export),
            concat!(".type ", $export, ",%function"),
            ".p2align 2",
            concat!($export, ":"),
            "adrp x16, {caller}",
            "add x16, x16, :lo12:{caller}",
            "stp x29, x30, [x16]",
            "b {imp}",
            concat!(".size ", $export, ", . - ", $export),
            caller = sym $crate::caller::CALLER,
            imp = sym $imp,
        );
    };
}
pub(crate) use go_entry;
