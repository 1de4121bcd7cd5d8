//! Interface data words (gc's `iface.go`): the static tables the compiler points data words at,
//! and the `convT*` helpers that box a value when it cannot.
//!
//! `convT16/32/64` return `&staticuint64s[v]` for values below 256 (compared unsigned, so negative
//! values always allocate); `convTstring("")` and `convTslice(nil)` return `&zeroVal`.

use crate::abi::{GoSlice, GoString, Type};
use crate::malloc::alloc;

const fn small_ints() -> [u64; 256] {
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u64;
        i += 1;
    }
    t
}

/// `staticuint64s[i] == i`: data words for 1-byte values and small integers, without allocating.
#[export_name = "runtime.staticuint64s"]
pub static STATICUINT64S: [u64; 256] = small_ints();

/// gc's `zeroVal` (`abi.ZeroValSize` = 1024 zero bytes).
#[export_name = "runtime.zeroVal"]
pub static ZEROVAL: [u8; 1024] = [0; 1024];

/// A heap block holding `size` bytes copied from `src`, pointer-free or not.
unsafe fn boxed(size: usize, has_pointers: bool, src: *const u8) -> *mut u8 {
    // The descriptor only decides scan/noscan; a one-word stand-in says "has pointers".
    static PTR_WORD: Type = Type {
        size: 8,
        ptr_bytes: 8,
        hash: 0,
        tflag: 0,
        align: 8,
        field_align: 8,
        kind: 22,
        equal: core::ptr::null(),
        gc_data: core::ptr::null(),
        str_off: 0,
        ptr_to_this: 0,
    };
    let p = alloc(
        size,
        if has_pointers {
            &PTR_WORD
        } else {
            core::ptr::null()
        },
    );
    if size != 0 {
        core::ptr::copy_nonoverlapping(src, p, size);
    }
    p
}

fn small(v: u64) -> Option<*mut u8> {
    (v < 256).then(|| &STATICUINT64S[v as usize] as *const u64 as *mut u8)
}

#[export_name = "runtime.convT16"]
pub extern "C" fn convt16(v: u16) -> *mut u8 {
    small(v as u64).unwrap_or_else(|| unsafe { boxed(2, false, &v as *const u16 as *const u8) })
}

#[export_name = "runtime.convT32"]
pub extern "C" fn convt32(v: u32) -> *mut u8 {
    small(v as u64).unwrap_or_else(|| unsafe { boxed(4, false, &v as *const u32 as *const u8) })
}

#[export_name = "runtime.convT64"]
pub extern "C" fn convt64(v: u64) -> *mut u8 {
    small(v).unwrap_or_else(|| unsafe { boxed(8, false, &v as *const u64 as *const u8) })
}

#[export_name = "runtime.convTstring"]
pub extern "C" fn convtstring(p: *const u8, len: isize) -> *mut u8 {
    if len == 0 {
        return ZEROVAL.as_ptr() as *mut u8;
    }
    let s = GoString { ptr: p, len };
    unsafe { boxed(16, true, &s as *const GoString as *const u8) }
}

#[export_name = "runtime.convTslice"]
pub extern "C" fn convtslice(p: *mut u8, len: isize, cap: isize) -> *mut u8 {
    if p.is_null() {
        return ZEROVAL.as_ptr() as *mut u8;
    }
    let s = GoSlice { ptr: p, len, cap };
    unsafe { boxed(24, true, &s as *const GoSlice as *const u8) }
}

/// # Safety
/// `t` valid; `v` readable for `t.Size_` bytes.
#[export_name = "runtime.convT"]
pub unsafe extern "C" fn convt(t: *const Type, v: *const u8) -> *mut u8 {
    let p = alloc((*t).size, t);
    core::ptr::copy_nonoverlapping(v, p, (*t).size);
    p
}

/// # Safety
/// `t` valid; `v` readable for `t.Size_` bytes.
#[export_name = "runtime.convTnoptr"]
pub unsafe extern "C" fn convtnoptr(t: *const Type, v: *const u8) -> *mut u8 {
    let p = alloc((*t).size, core::ptr::null());
    core::ptr::copy_nonoverlapping(v, p, (*t).size);
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_values_use_the_static_table() {
        assert_eq!(convt64(7), &STATICUINT64S[7] as *const u64 as *mut u8);
        assert_ne!(convt64(256), &STATICUINT64S[0] as *const u64 as *mut u8);
        assert_eq!(unsafe { *(convt64(u64::MAX) as *const u64) }, u64::MAX);
        assert_eq!(
            convtstring(core::ptr::null(), 0),
            ZEROVAL.as_ptr() as *mut u8
        );
    }
}
