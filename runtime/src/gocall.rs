//! Calling Go code from the runtime: equality functions (`Type.Equal`) and the `Error`/`String`
//! methods of panic values.
//!
//! Generated code follows the C calling convention, so the call itself is ordinary. What needs
//! care is the traceback: if the Go code panics, the trace walks frame pointers from the
//! innermost Go frame outwards, and the Rust frames in between need not keep frame pointers.
//! So the call goes through a small assembly shim that builds a fake frame record
//! `{fp, return address}` = the Go frame that called into the runtime (`caller::CALLER`) and
//! points the frame pointer at it: the callee's chain then continues straight into that Go
//! caller, as if the runtime frames (which gc hides from traces anyway) were not there.
//!
//! ```text
//! Go caller ─► runtime.efaceeq (Rust, no fp) ─► shim: [fp] = {CALLER.fp, CALLER.pc} ─► type:.eq.T
//!   ▲                                                     │
//!   └──────────────── the walk continues here ───────────┘
//! ```
//!
//! A nested runtime entry overwrites `CALLER`; the shim's wrapper restores it afterwards.
//!
//! Layer 1: it needs only `caller`, so `alg` and `error` can call Go code without this module
//! knowing anything about panics.

use crate::caller::CALLER;

/// The two result registers (`rax:rdx` / `x0:x1`): a string result, or a bool in the low byte
/// of the first word.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Results {
    pub r0: usize,
    pub r1: usize,
}

#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".text",
    ".globl gocrane_gocall",
    ".hidden gocrane_gocall",
    ".type gocrane_gocall,@function",
    ".p2align 4",
    "gocrane_gocall:",
    // rdi, rsi, rdx: the arguments; rcx: the code. Stack: 8 mod 16 on entry, 0 at the call.
    "push rbp",
    "push qword ptr [rip + {caller} + 8]",
    "push qword ptr [rip + {caller}]",
    "mov rbp, rsp",
    "call rcx",
    "add rsp, 16",
    "pop rbp",
    "ret",
    ".size gocrane_gocall, . - gocrane_gocall",
    caller = sym CALLER,
);

#[cfg(target_arch = "aarch64")]
core::arch::global_asm!(
    ".text",
    ".globl gocrane_gocall",
    ".hidden gocrane_gocall",
    ".type gocrane_gocall,%function",
    ".p2align 2",
    "gocrane_gocall:",
    // x0..x2: the arguments; x3: the code.
    "stp x29, x30, [sp, #-32]!",
    "adrp x16, {caller}",
    "add x16, x16, :lo12:{caller}",
    "ldp x9, x10, [x16]",
    "stp x9, x10, [sp, #16]",
    "add x29, sp, #16",
    "blr x3",
    "ldp x29, x30, [sp], #32",
    "ret",
    ".size gocrane_gocall, . - gocrane_gocall",
    caller = sym CALLER,
);

extern "C" {
    fn gocrane_gocall(a0: usize, a1: usize, a2: usize, code: usize) -> Results;
}

/// Calls the Go (or runtime) function at `code` with three word arguments.
///
/// # Safety
/// `code` must be a function taking up to three word arguments with the C calling convention.
pub unsafe fn call(code: usize, a0: usize, a1: usize, a2: usize) -> Results {
    let saved = CALLER.get();
    let r = gocrane_gocall(a0, a1, a2, code);
    CALLER.set(saved);
    r
}

#[cfg(test)]
mod tests {
    extern "C" fn pair(a: usize, b: usize, c: usize) -> super::Results {
        super::Results {
            r0: a + b,
            r1: c * 2,
        }
    }

    #[test]
    fn arguments_and_both_result_words_pass_through() {
        let r = unsafe { super::call(pair as *const () as usize, 2, 3, 21) };
        assert_eq!((r.r0, r.r1), (5, 42));
    }
}
