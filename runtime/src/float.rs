//! Floating-point text exactly as gc 1.26+ prints it: `strconv.AppendFloat(v, 'g', -1, bits)`.
//!
//! Go's shortest `'g'` format needs two things: the shortest decimal digits that round-trip at the
//! given precision, and Go's layout rule for them. Rust's `{:e}` formatting already produces the
//! shortest round-trip digits (for `f32` at 32-bit precision), so we take the digit string and
//! decimal exponent from it and lay them out the way Go's `fmtEFG` does:
//!
//! ```text
//! exp := dp - 1                     // dp: position of the decimal point in the digit string
//! if exp < -4 || exp >= 6 { %e: d.ddde±XX (at least two exponent digits) }
//! else                    { %f: as many fraction digits as needed, no exponent }
//! ```
//!
//! Specials: `+Inf`, `-Inf`, `NaN`; negative zero prints `-0`.
//! Everything is written into a stack buffer so it is usable while panicking.
//!
//! Layer 1: needs only `sys`'s stack buffer.

use crate::sys::Buf;
use core::fmt::Write;

/// Longest output: sign, 17 digits, point, `e`, sign, 3 exponent digits.
pub type FloatBuf = Buf<32>;

/// Formats `v` with Go's shortest `'g'` format at 64-bit precision.
pub fn format_f64(v: f64) -> FloatBuf {
    let mut digits: Buf<40> = Buf::new();
    if let Some(special) = special(v) {
        let mut out = FloatBuf::new();
        out.push(special);
        return out;
    }
    // `{:e}` of a finite f64 always fits in 40 bytes.
    let _ = write!(digits, "{:e}", v);
    layout(digits.as_bytes())
}

/// Formats `v` with Go's shortest `'g'` format at 32-bit precision (`printfloat32`).
pub fn format_f32(v: f32) -> FloatBuf {
    let mut digits: Buf<40> = Buf::new();
    if let Some(special) = special(v as f64) {
        let mut out = FloatBuf::new();
        out.push(special);
        return out;
    }
    let _ = write!(digits, "{:e}", v);
    layout(digits.as_bytes())
}

fn special(v: f64) -> Option<&'static [u8]> {
    if v.is_nan() {
        Some(b"NaN")
    } else if v == f64::INFINITY {
        Some(b"+Inf")
    } else if v == f64::NEG_INFINITY {
        Some(b"-Inf")
    } else {
        None
    }
}

/// Lays out Rust's `[-]D[.DDD]e[-]X` (shortest digits) in Go's `%g` style.
fn layout(rust: &[u8]) -> FloatBuf {
    let mut out = FloatBuf::new();
    let (neg, rest) = match rust.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, rust),
    };
    let e_pos = rest.iter().position(|&c| c == b'e').unwrap_or(rest.len());
    let mantissa = &rest[..e_pos];
    let exp10: i32 = parse_exp(rest.get(e_pos + 1..).unwrap_or(b"0"));
    let mut digits = [0u8; 24];
    let mut nd = 0;
    for &c in mantissa {
        if c.is_ascii_digit() && nd < digits.len() {
            digits[nd] = c;
            nd += 1;
        }
    }
    let digits = &digits[..nd];
    let dp = exp10 + 1;
    if neg {
        out.push(b"-");
    }
    let exp = dp - 1;
    if !(-4..6).contains(&exp) {
        out.push(&digits[..1]);
        if nd > 1 {
            out.push(b".");
            out.push(&digits[1..]);
        }
        out.push(if exp < 0 { b"e-" } else { b"e+" });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push(b"0");
        }
        let mut eb: Buf<4> = Buf::new();
        let _ = write!(eb, "{}", e);
        out.push(eb.as_bytes());
    } else {
        // %f with max(nd-dp, 0) fraction digits.
        if dp > 0 {
            for i in 0..dp as usize {
                out.push(if i < nd { &digits[i..i + 1] } else { b"0" });
            }
        } else {
            out.push(b"0");
        }
        let frac = (nd as i32 - dp).max(0);
        if frac > 0 {
            out.push(b".");
            for i in 0..frac {
                let j = dp + i;
                out.push(if j >= 0 && (j as usize) < nd {
                    &digits[j as usize..j as usize + 1]
                } else {
                    b"0"
                });
            }
        }
    }
    out
}

fn parse_exp(s: &[u8]) -> i32 {
    let (neg, digits) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, s),
    };
    let v = digits
        .iter()
        .fold(0i32, |acc, &c| acc * 10 + (c - b'0') as i32);
    if neg {
        -v
    } else {
        v
    }
}

/// `(re±imi)` as gc's `printcomplex128` / `printcomplex64`.
pub fn format_complex(re: FloatBuf, im: FloatBuf) -> Buf<72> {
    let mut out = Buf::new();
    out.push(b"(");
    out.push(re.as_bytes());
    if !matches!(im.as_bytes().first(), Some(b'+') | Some(b'-')) {
        out.push(b"+");
    }
    out.push(im.as_bytes());
    out.push(b"i)");
    out
}

#[cfg(test)]
mod tests;
