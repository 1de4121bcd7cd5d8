//! The `print`/`println` builtins, byte-for-byte as gc 1.27's `runtime/print.go`.
//!
//! The compiler brackets one statement with `printlock`/`printunlock` and calls one function per
//! operand (`printsp` between `println` operands, `printnl` at the end). Output goes unbuffered to
//! fd 2. Integers are decimal, pointers hex with `0x`, floats in the shortest `'g'` form.
//!
//! Layer 2: like gc's `print.go`, this is what the traceback, fatal errors and panics print
//! with, so it uses only leaves and `float`: never the heap, type data or panics.

use crate::abi::bytes_of;
use crate::float::{format_complex, format_f32, format_f64};
use crate::sys::write_err;
use core::sync::atomic::{AtomicUsize, Ordering};

/// Recursion depth of `printlock`; the runtime has one thread, so a counter is the whole lock.
static PRINT_DEPTH: AtomicUsize = AtomicUsize::new(0);

#[export_name = "runtime.printlock"]
pub extern "C" fn printlock() {
    PRINT_DEPTH.fetch_add(1, Ordering::Relaxed);
}

#[export_name = "runtime.printunlock"]
pub extern "C" fn printunlock() {
    PRINT_DEPTH.fetch_sub(1, Ordering::Relaxed);
}

#[export_name = "runtime.printsp"]
pub extern "C" fn printsp() {
    write_err(b" ");
}

#[export_name = "runtime.printnl"]
pub extern "C" fn printnl() {
    write_err(b"\n");
}

#[export_name = "runtime.printbool"]
pub extern "C" fn printbool(v: u8) {
    write_err(if v & 1 != 0 { b"true" } else { b"false" });
}

/// Decimal digits of `v` at the end of `buf`; returns the start index.
pub fn format_uint(buf: &mut [u8; 20], mut v: u64) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            return i;
        }
    }
}

/// `-?[0-9]+` for `v`.
pub fn format_int(v: i64) -> crate::sys::Buf<21> {
    let mut out = crate::sys::Buf::new();
    let mut buf = [0u8; 20];
    if v < 0 {
        out.push(b"-");
    }
    let i = format_uint(&mut buf, v.unsigned_abs());
    out.push(&buf[i..]);
    out
}

#[export_name = "runtime.printint"]
pub extern "C" fn printint(v: i64) {
    write_err(format_int(v).as_bytes());
}

#[export_name = "runtime.printuint"]
pub extern "C" fn printuint(v: u64) {
    let mut buf = [0u8; 20];
    let i = format_uint(&mut buf, v);
    write_err(&buf[i..]);
}

/// gc's `printhexopts`: lower-case hex, at least `min_digits` digits, optional `0x`.
pub fn format_hex(v: u64, include_0x: bool, min_digits: usize) -> crate::sys::Buf<20> {
    let mut digits = [0u8; 16];
    let mut i = digits.len();
    let mut x = v;
    loop {
        i -= 1;
        digits[i] = b"0123456789abcdef"[(x % 16) as usize];
        x /= 16;
        if x == 0 && digits.len() - i >= min_digits.min(16) {
            break;
        }
    }
    let mut out = crate::sys::Buf::new();
    if include_0x {
        out.push(b"0x");
    }
    out.push(&digits[i..]);
    out
}

#[export_name = "runtime.printhex"]
pub extern "C" fn printhex(v: u64) {
    write_err(format_hex(v, true, 0).as_bytes());
}

#[export_name = "runtime.printfloat64"]
pub extern "C" fn printfloat64(v: f64) {
    write_err(format_f64(v).as_bytes());
}

#[export_name = "runtime.printfloat32"]
pub extern "C" fn printfloat32(v: f32) {
    write_err(format_f32(v).as_bytes());
}

#[export_name = "runtime.printcomplex128"]
pub extern "C" fn printcomplex128(re: f64, im: f64) {
    write_err(format_complex(format_f64(re), format_f64(im)).as_bytes());
}

#[export_name = "runtime.printcomplex64"]
pub extern "C" fn printcomplex64(re: f32, im: f32) {
    write_err(format_complex(format_f32(re), format_f32(im)).as_bytes());
}

/// # Safety
/// `p` must point at `len` readable bytes.
#[export_name = "runtime.printstring"]
pub unsafe extern "C" fn printstring(p: *const u8, len: isize) {
    write_err(bytes_of(p, len));
}

/// gc's `printquoted`: `"..."` with `\n`, `\r`, `\t`, `\\`, `\"` escaped, other non-printable ASCII
/// as `\xNN`, non-ASCII as `\uNNNN`/`\UNNNNNNNN`, and invalid UTF-8 bytes as `\xNN`.
///
/// # Safety
/// `p` must point at `len` readable bytes.
#[export_name = "runtime.printquoted"]
pub unsafe extern "C" fn printquoted(p: *const u8, len: isize) {
    let s = bytes_of(p, len);
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let (r, n) = crate::utf8::decode_rune(s, i);
        let esc: &[u8] = match r {
            0x0a => b"\\n",
            0x0d => b"\\r",
            0x09 => b"\\t",
            0x5c => b"\\\\",
            0x22 => b"\\\"",
            _ => b"",
        };
        if !esc.is_empty() {
            out.extend_from_slice(esc);
        } else if r == 0xFFFD && n == 1 {
            out.extend_from_slice(b"\\x");
            out.extend_from_slice(format_hex(s[i] as u64, false, 2).as_bytes());
        } else if (0x20..=0x7e).contains(&r) {
            out.push(r as u8);
        } else if r < 127 {
            out.extend_from_slice(b"\\x");
            out.extend_from_slice(format_hex(r as u64, false, 2).as_bytes());
        } else if r < 0x10000 {
            out.extend_from_slice(b"\\u");
            out.extend_from_slice(format_hex(r as u64, false, 4).as_bytes());
        } else {
            out.extend_from_slice(b"\\U");
            out.extend_from_slice(format_hex(r as u64, false, 8).as_bytes());
        }
        i += n;
    }
    out.push(b'"');
    write_err(&out);
}

#[export_name = "runtime.printpointer"]
pub extern "C" fn printpointer(p: *const u8) {
    printhex(p as u64);
}

#[export_name = "runtime.printuintptr"]
pub extern "C" fn printuintptr(p: u64) {
    printhex(p);
}

#[export_name = "runtime.printslice"]
pub extern "C" fn printslice(p: *const u8, len: isize, cap: isize) {
    write_err(b"[");
    printint(len as i64);
    write_err(b"/");
    printint(cap as i64);
    write_err(b"]");
    printpointer(p);
}

#[export_name = "runtime.printeface"]
pub extern "C" fn printeface(typ: *const u8, data: *const u8) {
    write_err(b"(");
    printpointer(typ);
    write_err(b",");
    printpointer(data);
    write_err(b")");
}

#[export_name = "runtime.printiface"]
pub extern "C" fn printiface(tab: *const u8, data: *const u8) {
    printeface(tab, data);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers() {
        assert_eq!(format_int(i64::MIN).as_bytes(), b"-9223372036854775808");
        assert_eq!(format_int(0).as_bytes(), b"0");
        assert_eq!(format_int(-7).as_bytes(), b"-7");
        let mut buf = [0u8; 20];
        let i = format_uint(&mut buf, u64::MAX);
        assert_eq!(&buf[i..], b"18446744073709551615");
    }

    #[test]
    fn hex() {
        assert_eq!(format_hex(0, true, 0).as_bytes(), b"0x0");
        assert_eq!(
            format_hex(0xc000012345, true, 0).as_bytes(),
            b"0xc000012345"
        );
        assert_eq!(
            format_hex(u64::MAX, true, 0).as_bytes(),
            b"0xffffffffffffffff"
        );
        assert_eq!(format_hex(7, false, 2).as_bytes(), b"07");
        assert_eq!(format_hex(0xe9, false, 4).as_bytes(), b"00e9");
    }
}
