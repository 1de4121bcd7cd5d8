//! Strings: conversions, concatenation, comparison and UTF-8 decoding (gc's `string.go`, `utf8.go`).
//!
//! What must match gc is what a program can observe: the bytes, and how many heap objects each
//! operation allocates (visible through `MemStats.Mallocs`). gc's rules, reproduced here:
//!
//! * `a + b + ...`: no allocation if the result is empty or has exactly one non-empty operand (that
//!   operand is returned as is, unless its bytes live on the stack); otherwise one allocation.
//! * `string(b)`: none for `len(b) == 0` or `len(b) == 1` (points into `staticuint64s`), else one.
//! * `string(r)`: always one 4-byte (tiny) allocation without a buffer.
//! * `string(runes)`: one allocation of `len+3` bytes, even for no runes.
//! * `[]byte(s)`, `[]rune(s)`: one allocation of the size-class-rounded size, whose rounding is
//!   visible as `cap()`; none when empty (the zero-size allocation).
//!
//! Every function taking `buf` uses it (gc's 32-byte stack buffer for non-escaping results) when
//! it is non-null and large enough, instead of allocating.
//!
//! Layer 6: above the heap (`malloc`). UTF-8 itself is `utf8`'s; a concatenation longer than
//! the address space is a fatal error (`throw`), as in gc, so strings never need `panic`.

use crate::abi::{bytes_of, GoSlice, GoString};
use crate::malloc::alloc_noscan;
use crate::sizeclasses::roundupsize;
use crate::utf8::{decode_rune, encode_rune, runes, RUNE_ERROR};

const TMP_BUF_SIZE: usize = 32;

/// gc's `rawstringtmp`: room for `len` bytes, in `buf` if it fits, else a fresh heap block.
fn raw_bytes(buf: *mut u8, buf_len: usize, len: usize) -> *mut u8 {
    if !buf.is_null() && len <= buf_len {
        buf
    } else {
        alloc_noscan(len)
    }
}

/// # Safety
/// `parts` must point at `n` valid string headers.
#[export_name = "runtime.concatstrings"]
pub unsafe extern "C" fn concatstrings(
    out: *mut GoString,
    buf: *mut u8,
    parts: *const GoString,
    n: isize,
) {
    let parts = if n <= 0 {
        &[][..]
    } else {
        core::slice::from_raw_parts(parts, n as usize)
    };
    *out = concat(buf, parts);
}

unsafe fn concat(buf: *mut u8, parts: &[GoString]) -> GoString {
    let mut total: usize = 0;
    let mut count = 0;
    let mut last = 0;
    for (i, p) in parts.iter().enumerate() {
        if p.len <= 0 {
            continue;
        }
        total = match total.checked_add(p.len as usize) {
            Some(t) if t <= isize::MAX as usize => t,
            _ => crate::throw::throw("string concatenation too long"),
        };
        count += 1;
        last = i;
    }
    if count == 0 {
        return GoString::EMPTY;
    }
    // A single non-empty operand is the result itself, unless it points into the stack, which
    // the result might outlive.
    if count == 1 && (!buf.is_null() || !crate::stack::on_stack(parts[last].ptr)) {
        return parts[last];
    }
    let p = raw_bytes(buf, TMP_BUF_SIZE, total);
    let mut off = 0;
    for part in parts {
        let b = part.bytes();
        core::ptr::copy_nonoverlapping(b.as_ptr(), p.add(off), b.len());
        off += b.len();
    }
    GoString {
        ptr: p,
        len: total as isize,
    }
}

macro_rules! concat_n {
    ($name:literal, $fn:ident, $($p:ident $l:ident),+) => {
        /// # Safety
        /// Every `(ptr, len)` pair must be a valid string.
        #[export_name = $name]
        pub unsafe extern "C" fn $fn(out: *mut GoString, buf: *mut u8, $($p: *const u8, $l: isize),+) {
            *out = concat(buf, &[$(GoString { ptr: $p, len: $l }),+]);
        }
    };
}
concat_n!("runtime.concatstring2", concatstring2, p0 l0, p1 l1);
concat_n!("runtime.concatstring3", concatstring3, p0 l0, p1 l1, p2 l2);
concat_n!("runtime.concatstring4", concatstring4, p0 l0, p1 l1, p2 l2, p3 l3);
concat_n!("runtime.concatstring5", concatstring5, p0 l0, p1 l1, p2 l2, p3 l3, p4 l4);

/// # Safety
/// Both strings must be valid.
#[export_name = "runtime.cmpstring"]
pub unsafe extern "C" fn cmpstring(a: *const u8, alen: isize, b: *const u8, blen: isize) -> isize {
    match bytes_of(a, alen).cmp(bytes_of(b, blen)) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }
}

/// Takes the whole slice (gc's takes its pointer and length), as `slicerunetostring` does.
///
/// # Safety
/// `p` must point at `n` readable bytes; `buf` null or 32 writable bytes.
#[export_name = "runtime.slicebytetostring"]
pub unsafe extern "C" fn slicebytetostring(
    out: *mut GoString,
    buf: *mut u8,
    p: *const u8,
    n: isize,
    _cap: isize,
) {
    if n <= 0 {
        *out = GoString::EMPTY;
        return;
    }
    if n == 1 {
        // The low byte of staticuint64s[b] is b (little-endian), so no allocation is needed.
        let q = crate::statics::one_byte_string(*p);
        *out = GoString { ptr: q, len: 1 };
        return;
    }
    let dst = raw_bytes(buf, TMP_BUF_SIZE, n as usize);
    core::ptr::copy_nonoverlapping(p, dst, n as usize);
    *out = GoString { ptr: dst, len: n };
}

/// # Safety
/// The string must be valid; `buf` null or 32 writable bytes.
#[export_name = "runtime.stringtoslicebyte"]
pub unsafe extern "C" fn stringtoslicebyte(
    out: *mut GoSlice,
    buf: *mut u8,
    p: *const u8,
    len: isize,
) {
    let n = len.max(0) as usize;
    let (dst, cap) = if !buf.is_null() && n <= TMP_BUF_SIZE {
        core::ptr::write_bytes(buf, 0, TMP_BUF_SIZE);
        (buf, n)
    } else {
        let cap = roundupsize(n, true);
        (alloc_noscan(cap), cap)
    };
    if n > 0 {
        core::ptr::copy_nonoverlapping(p, dst, n);
    }
    *out = GoSlice {
        ptr: dst,
        len: n as isize,
        cap: cap as isize,
    };
}

/// # Safety
/// The string must be valid; `buf` null or 32 writable runes.
#[export_name = "runtime.stringtoslicerune"]
pub unsafe extern "C" fn stringtoslicerune(
    out: *mut GoSlice,
    buf: *mut i32,
    p: *const u8,
    len: isize,
) {
    let s = bytes_of(p, len);
    let n = runes(s).count();
    let (dst, cap) = if !buf.is_null() && n <= TMP_BUF_SIZE {
        core::ptr::write_bytes(buf, 0, TMP_BUF_SIZE);
        (buf, n)
    } else {
        let mem = roundupsize(n * 4, true);
        (alloc_noscan(mem) as *mut i32, mem / 4)
    };
    for (i, r) in runes(s).enumerate() {
        *dst.add(i) = r as i32;
    }
    *out = GoSlice {
        ptr: dst as *mut u8,
        len: n as isize,
        cap: cap as isize,
    };
}

/// # Safety
/// `p` must point at `len` readable runes; `buf` null or 32 writable bytes.
#[export_name = "runtime.slicerunetostring"]
pub unsafe extern "C" fn slicerunetostring(
    out: *mut GoString,
    buf: *mut u8,
    p: *const i32,
    len: isize,
    _cap: isize,
) {
    let runes: &[i32] = if len <= 0 {
        &[]
    } else {
        core::slice::from_raw_parts(p, len as usize)
    };
    let mut tmp = [0u8; 4];
    let size: usize = runes.iter().map(|&r| encode_rune(&mut tmp, r)).sum();
    // gc reserves 3 spare bytes (room for one more U+FFFD if the runes change under it).
    let dst = raw_bytes(buf, TMP_BUF_SIZE, size + 3);
    let mut off = 0;
    for &r in runes {
        if off >= size {
            break;
        }
        let n = encode_rune(&mut tmp, r);
        core::ptr::copy_nonoverlapping(tmp.as_ptr(), dst.add(off), n);
        off += n;
    }
    *out = GoString {
        ptr: dst,
        len: off as isize,
    };
}

/// # Safety
/// `buf` null or 4 writable bytes.
#[export_name = "runtime.intstring"]
pub unsafe extern "C" fn intstring(out: *mut GoString, buf: *mut u8, v: i64) {
    let dst = if buf.is_null() { alloc_noscan(4) } else { buf };
    let r = if v as i32 as i64 != v {
        RUNE_ERROR as i32
    } else {
        v as i32
    };
    let mut tmp = [0u8; 4];
    let n = encode_rune(&mut tmp, r);
    core::ptr::copy_nonoverlapping(tmp.as_ptr(), dst, n);
    *out = GoString {
        ptr: dst,
        len: n as isize,
    };
}

/// The result of `decoderune`: the rune and the index just after it.
#[repr(C)]
pub struct DecodedRune {
    pub rune: i32,
    pub pos: isize,
}

/// # Safety
/// The string must be valid.
#[export_name = "runtime.decoderune"]
pub unsafe extern "C" fn decoderune(out: *mut DecodedRune, p: *const u8, len: isize, k: isize) {
    let s = bytes_of(p, len);
    *out = if k < 0 || k as usize >= s.len() {
        DecodedRune {
            rune: RUNE_ERROR as i32,
            pos: k.wrapping_add(1),
        }
    } else {
        let (r, n) = decode_rune(s, k as usize);
        DecodedRune {
            rune: r as i32,
            pos: k + n as isize,
        }
    };
}

/// # Safety
/// The string must be valid.
#[export_name = "runtime.countrunes"]
pub unsafe extern "C" fn countrunes(p: *const u8, len: isize) -> isize {
    runes(bytes_of(p, len)).count() as isize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concat_aliases_single_operand() {
        let a = b"hello";
        let parts = [
            GoString::EMPTY,
            GoString {
                ptr: a.as_ptr(),
                len: 5,
            },
            GoString::EMPTY,
        ];
        let mut out = GoString::EMPTY;
        unsafe { concatstrings(&mut out, core::ptr::null_mut(), parts.as_ptr(), 3) };
        assert_eq!(out.ptr, a.as_ptr());
        let parts = [
            GoString {
                ptr: a.as_ptr(),
                len: 5,
            },
            GoString {
                ptr: b"!".as_ptr(),
                len: 1,
            },
        ];
        unsafe { concatstrings(&mut out, core::ptr::null_mut(), parts.as_ptr(), 2) };
        assert_eq!(unsafe { out.bytes() }, b"hello!");
    }

    #[test]
    fn conversions() {
        let mut s = GoString::EMPTY;
        unsafe { intstring(&mut s, core::ptr::null_mut(), 0x110000) };
        assert_eq!(unsafe { s.bytes() }, "\u{FFFD}".as_bytes());
        let mut sl = GoSlice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
        unsafe { stringtoslicebyte(&mut sl, core::ptr::null_mut(), b"abcde".as_ptr(), 5) };
        assert_eq!((sl.len, sl.cap), (5, 8));
        let text = "añ€";
        unsafe {
            stringtoslicerune(
                &mut sl,
                core::ptr::null_mut(),
                text.as_ptr(),
                text.len() as isize,
            )
        };
        assert_eq!((sl.len, sl.cap), (3, 4));
        unsafe {
            slicerunetostring(
                &mut s,
                core::ptr::null_mut(),
                sl.ptr as *const i32,
                sl.len,
                sl.cap,
            )
        };
        assert_eq!(unsafe { s.bytes() }, text.as_bytes());
        let mut d = DecodedRune { rune: 0, pos: 0 };
        unsafe { decoderune(&mut d, text.as_ptr(), text.len() as isize, 1) };
        assert_eq!((d.rune, d.pos), (0xF1, 3));
    }
}
