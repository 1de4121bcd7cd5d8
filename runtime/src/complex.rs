//! Complex division (gc's `complex.go`): generated code divides complex numbers by calling
//! `runtime.complex128div`, a complex64 division going through complex128 and back.
//!
//! Smith's algorithm (CACM 5(8), 1962) scales by the larger part of the divisor, so that the
//! intermediate products overflow only where the quotient does; when both parts come out NaN,
//! C99's Annex G rules turn the result into the infinity or zero it should be (`x/0`,
//! `Inf/finite`, `finite/Inf`).

/// A complex128 as its two parts, the layout of the Go value.
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct Complex128 {
    pub re: f64,
    pub im: f64,
}

/// `n / m`, rounding as gc's runtime does on this target: on arm64 gc fuses each multiply-add
/// below into one instruction (`FMADDD` and relatives), so the same operations are fused here.
pub fn div(n: Complex128, m: Complex128) -> Complex128 {
    let (a, b, c, d) = (n.re, n.im, m.re, m.im);
    let (mut re, mut im) = if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = madd(c, ratio, d);
        (madd(a, b, ratio) / denom, msub(b, a, ratio) / denom)
    } else {
        let ratio = c / d;
        let denom = madd(d, ratio, c);
        (madd(b, a, ratio) / denom, nmsub(b, ratio, a) / denom)
    };
    if re.is_nan() && im.is_nan() {
        let divisor_zero = c == 0.0 && d == 0.0;
        if divisor_zero && (!a.is_nan() || !b.is_nan()) {
            let inf = f64::INFINITY.copysign(c);
            re = inf * a;
            im = inf * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (inf_to_one(a), inf_to_one(b));
            re = f64::INFINITY * madd(a * c, b, d);
            im = f64::INFINITY * msub(b * c, a, d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (inf_to_one(c), inf_to_one(d));
            re = 0.0 * madd(a * c, b, d);
            im = 0.0 * msub(b * c, a, d);
        }
    }
    Complex128 { re, im }
}

/// `a + x*y`, fused where gc fuses it (arm64).
fn madd(a: f64, x: f64, y: f64) -> f64 {
    if cfg!(target_arch = "aarch64") {
        x.mul_add(y, a)
    } else {
        a + x * y
    }
}

/// `a - x*y`, fused on arm64.
fn msub(a: f64, x: f64, y: f64) -> f64 {
    if cfg!(target_arch = "aarch64") {
        (-x).mul_add(y, a)
    } else {
        a - x * y
    }
}

/// `x*y - a`, fused on arm64.
fn nmsub(x: f64, y: f64, a: f64) -> f64 {
    if cfg!(target_arch = "aarch64") {
        x.mul_add(y, -a)
    } else {
        x * y - a
    }
}

/// ±1 for an infinity, ±0 otherwise, with `f`'s sign.
fn inf_to_one(f: f64) -> f64 {
    let g: f64 = if f.is_infinite() { 1.0 } else { 0.0 };
    g.copysign(f)
}

/// # Safety
/// `out` must point to 16 writable bytes.
#[export_name = "runtime.complex128div"]
pub unsafe extern "C" fn complex128div(out: *mut Complex128, a: f64, b: f64, c: f64, d: f64) {
    *out = div(Complex128 { re: a, im: b }, Complex128 { re: c, im: d });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(a: f64, b: f64, c: f64, d: f64) -> (f64, f64) {
        let r = div(Complex128 { re: a, im: b }, Complex128 { re: c, im: d });
        (r.re, r.im)
    }

    #[test]
    fn ordinary_quotients() {
        assert_eq!(q(1.0, 2.0, 3.0, 4.0), (0.44, 0.08));
        assert_eq!(q(4.0, 2.0, 0.0, 2.0), (1.0, -2.0));
        assert_eq!(q(-6.0, 0.0, 2.0, 0.0), (-3.0, 0.0));
    }

    #[test]
    fn annex_g_corrections() {
        // Dividing by zero: infinities with the numerator's signs.
        assert_eq!(q(1.0, -1.0, 0.0, 0.0), (f64::INFINITY, f64::NEG_INFINITY));
        // Infinite numerator, finite divisor.
        let (re, im) = q(f64::INFINITY, 0.0, 1.0, 1.0);
        assert_eq!((re, im), (f64::INFINITY, f64::NEG_INFINITY));
        // Finite numerator, infinite divisor: zeros.
        let (re, im) = q(1.0, 1.0, f64::INFINITY, 0.0);
        assert_eq!((re, im), (0.0, 0.0));
        // 0/0 stays NaN.
        let (re, im) = q(0.0, 0.0, 0.0, 0.0);
        assert!(re.is_nan() && im.is_nan());
    }
}
