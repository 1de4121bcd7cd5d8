//! Slices: `make([]T, len, cap)`, `append` growth and `copy`, following gc 1.27's `slice.go`.
//!
//! Growth (`growslice`) is where a program can see the allocator: the new capacity is gc's
//! `nextslicecap` (double below 256 elements, then grow by `(cap + 3*256)/4` until large enough),
//! and then the byte size is rounded up to the size class and the capacity recomputed from it.
//! So `append` to an empty `[]int` gives caps 1, 2, 4, 8, ... and for 3-byte elements 8, 16, 32, ...
//!
//! Layer 8: a bad length or capacity is a Go panic (gc's `panicmakeslicelen`,
//! `errorString("growslice: len out of range")`), so the checks live here, above `panic`,
//! and `malloc` below never panics.

use crate::abi::{GoSlice, Type};
use crate::caller::go_entry;
use crate::malloc::{alloc, ZEROBASE};
use crate::sizeclasses::roundupsize;

/// gc's `maxAlloc` on 64-bit Linux (`1 << heapAddrBits`, 48 bits).
pub const MAX_ALLOC: usize = 1 << 48;

/// gc's `nextslicecap`: the capacity before size-class rounding.
pub fn nextslicecap(new_len: isize, old_cap: isize) -> isize {
    let mut newcap = old_cap;
    let doublecap = newcap.wrapping_add(newcap);
    if new_len > doublecap {
        return new_len;
    }
    const THRESHOLD: isize = 256;
    if old_cap < THRESHOLD {
        return doublecap;
    }
    loop {
        newcap = newcap.wrapping_add((newcap.wrapping_add(3 * THRESHOLD)) >> 2);
        // Compared as unsigned so that an overflowed (negative) newcap also ends the loop.
        if newcap as usize >= new_len as usize {
            break;
        }
    }
    if newcap <= 0 {
        return new_len;
    }
    newcap
}

/// The capacity `growslice` ends up with and the byte size of the new block, or None on overflow.
pub fn grown_cap(
    new_len: isize,
    old_cap: isize,
    elem_size: usize,
    noscan: bool,
) -> Option<(isize, usize)> {
    let newcap = nextslicecap(new_len, old_cap) as usize;
    let mem = elem_size.checked_mul(newcap)?;
    if mem > MAX_ALLOC {
        return None;
    }
    let capmem = roundupsize(mem, noscan);
    let cap = capmem / elem_size;
    Some((cap as isize, cap * elem_size))
}

/// # Safety
/// `et` must point at a valid type descriptor.
pub unsafe extern "C" fn makeslice(et: *const Type, len: isize, cap: isize) -> *mut u8 {
    let size = (*et).size;
    let mem = size.checked_mul(cap as usize);
    if mem.is_none_or(|m| m > MAX_ALLOC) || len < 0 || len > cap {
        // As gc: a bad len is reported as such even when cap (implicitly len) is also bad.
        let lmem = size.checked_mul(len as usize);
        if lmem.is_none_or(|m| m > MAX_ALLOC) || len < 0 {
            crate::panic::runtime_error(b"makeslice: len out of range");
        }
        crate::panic::runtime_error(b"makeslice: cap out of range");
    }
    alloc(mem.unwrap_or(0), et)
}

/// # Safety
/// `et` valid; `old_ptr` readable for `(new_len - num) * et.Size_` bytes.
pub unsafe extern "C" fn growslice(
    out: *mut GoSlice,
    old_ptr: *const u8,
    new_len: isize,
    old_cap: isize,
    num: isize,
    et: *const Type,
) {
    let old_len = new_len - num;
    if new_len < 0 {
        crate::panic::runtime_error(b"growslice: len out of range");
    }
    let size = (*et).size;
    if size == 0 {
        // Never a nil pointer with a non-zero length.
        let p = &ZEROBASE as *const u64 as *mut u8;
        *out = GoSlice {
            ptr: p,
            len: new_len,
            cap: new_len,
        };
        return;
    }
    let noscan = !(*et).has_pointers();
    let Some((cap, capmem)) = grown_cap(new_len, old_cap, size, noscan) else {
        crate::panic::runtime_error(b"growslice: len out of range");
    };
    let p = alloc(capmem, if noscan { core::ptr::null() } else { et });
    if old_len > 0 {
        core::ptr::copy(old_ptr, p, old_len as usize * size);
    }
    *out = GoSlice {
        ptr: p,
        len: new_len,
        cap,
    };
}

/// # Safety
/// The source and destination ranges must be valid for the lengths given.
#[export_name = "runtime.slicecopy"]
pub unsafe extern "C" fn slicecopy(
    to: *mut u8,
    to_len: isize,
    from: *const u8,
    from_len: isize,
    width: usize,
) -> isize {
    if from_len <= 0 || to_len <= 0 {
        return 0;
    }
    let n = from_len.min(to_len);
    if width != 0 {
        core::ptr::copy(from, to, n as usize * width);
    }
    n
}

/// `internal/bytealg.MakeNoZero(len int) []byte` (gc's runtime `bytealg_MakeNoZero`): a byte
/// slice of length `len` whose capacity is its block's whole size class, for the library's
/// growing buffers (`strings.Builder`), written through the hidden result pointer.
///
/// # Safety
/// `out` must be writable.
#[export_name = "internal/bytealg.MakeNoZero"]
pub unsafe extern "C" fn make_no_zero(out: *mut GoSlice, len: isize) {
    if len < 0 || len as usize > MAX_ALLOC {
        panicmakeslicelen();
    }
    let cap = roundupsize(len as usize, true);
    *out = GoSlice {
        ptr: alloc(cap, core::ptr::null()),
        len,
        cap: cap as isize,
    };
}

pub extern "C" fn panicmakeslicelen() -> ! {
    crate::panic::runtime_error(b"makeslice: len out of range")
}

pub extern "C" fn panicmakeslicecap() -> ! {
    crate::panic::runtime_error(b"makeslice: cap out of range")
}

// These can panic, so they enter through trampolines that record the Go caller's frame.
go_entry!("runtime.makeslice" => makeslice);
go_entry!("runtime.growslice" => growslice);
go_entry!("runtime.panicmakeslicelen" => panicmakeslicelen);
go_entry!("runtime.panicmakeslicecap" => panicmakeslicecap);

#[cfg(test)]
mod tests {
    use super::*;

    /// `(elem size, pointer-free, the successive caps)` printed by gc 1.27.3 when appending 2000
    /// elements one at a time to an escaping slice (every growth goes through growslice).
    const GC_CAPS: &[(usize, bool, &[isize])] = &[
        (1, true, &[8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048]),
        (
            3,
            true,
            &[2, 5, 10, 21, 42, 85, 170, 341, 682, 1066, 1621, 2261],
        ),
        (
            8,
            true,
            &[1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560],
        ),
        (
            12,
            true,
            &[1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048],
        ),
        (
            24,
            true,
            &[1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048],
        ),
        (
            8,
            false,
            &[1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303],
        ),
        (
            16,
            false,
            &[1, 2, 4, 8, 16, 32, 71, 143, 303, 591, 1023, 1535, 2560],
        ),
        (
            24,
            false,
            &[1, 2, 4, 8, 16, 37, 74, 170, 341, 682, 1135, 1706, 2389],
        ),
    ];

    #[test]
    fn append_growth_matches_gc() {
        for &(size, noscan, want) in GC_CAPS {
            let (mut len, mut cap) = (0isize, 0isize);
            let mut caps = Vec::new();
            for _ in 0..2000 {
                len += 1;
                if len > cap {
                    cap = grown_cap(len, cap, size, noscan).unwrap().0;
                    caps.push(cap);
                }
            }
            assert_eq!(caps, want, "elem size {size}, noscan {noscan}");
        }
    }

    #[test]
    fn nextslicecap_doubles_then_grows_smoothly() {
        assert_eq!(nextslicecap(1, 0), 1);
        assert_eq!(nextslicecap(5, 2), 5); // more than double needed: exactly that
        assert_eq!(nextslicecap(257, 256), 512);
        assert_eq!(nextslicecap(513, 512), 832);
    }
}
