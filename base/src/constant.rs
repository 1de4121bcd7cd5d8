//! Exact constant values and their arithmetic (Go's untyped constant arithmetic, as go/constant).
//!
//! Integers are arbitrary-precision ([`BigInt`]); floating-point constants are exact rationals
//! ([`BigRational`]). As in go/constant, a value keeps the kind it was made with: `1.0` and
//! `6.0 / 2` are `Float`s even though they are integral, and print as floats (`%.6g`), while
//! `7 / 2` between integer constants is integer division only when the checker asks for it
//! (the operand *type* decides, not the value). Values of typed float constants are rounded to
//! float32/float64 by [`round_float`] whenever the checker converts them to such a type.
//!
//! Nothing here reports errors: the checker decides what is representable and words the errors.

use std::fmt;
use std::sync::{Arc, OnceLock};

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The kind of a basic literal as written (`1`, `1.5`, `1i`, `'a'`, `"a"`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    Int(BigInt),
    /// Exact rational; float32/float64 constants are stored already rounded to their type.
    Float(BigRational),
    Complex(BigRational, BigRational),
    /// A Go string: bytes, which need not be valid UTF-8 (`"\xff"`).
    String(ConstStr),
}

/// The bytes of a string constant. Concatenation is lazy, as in go/constant: `"ab" + "ab" + …`
/// over n operands builds n nodes that share their operands, and the bytes are joined once,
/// when first read. Joining at every `+` would copy O(n²) bytes, since the checker keeps the
/// value of every operand (40,000 operands took 2 GB).
#[derive(Clone)]
pub struct ConstStr(Arc<StrNode>);

struct StrNode {
    len: usize,
    /// The operands of a concatenation not yet read; None for a literal's bytes.
    parts: Option<(ConstStr, ConstStr)>,
    bytes: OnceLock<Vec<u8>>,
}

impl ConstStr {
    pub fn concat(a: &ConstStr, b: &ConstStr) -> ConstStr {
        ConstStr(Arc::new(StrNode {
            len: a.len() + b.len(),
            parts: Some((a.clone(), b.clone())),
            bytes: OnceLock::new(),
        }))
    }

    /// The length in bytes, without joining.
    pub fn len(&self) -> usize {
        self.0.len
    }

    pub fn is_empty(&self) -> bool {
        self.0.len == 0
    }

    /// The bytes, joined on first use. The walk over a concatenation's operands keeps its own
    /// stack: a chain of 100,000 `+` is as deep as it is long.
    pub fn bytes(&self) -> &[u8] {
        self.0.bytes.get_or_init(|| {
            let mut out = Vec::with_capacity(self.0.len);
            let mut todo = vec![self];
            while let Some(node) = todo.pop() {
                match (node.0.bytes.get(), &node.0.parts) {
                    (Some(bytes), _) => out.extend_from_slice(bytes),
                    (None, Some((a, b))) => {
                        todo.push(b);
                        todo.push(a);
                    }
                    (None, None) => unreachable!("a literal's bytes are set when it is made"),
                }
            }
            out
        })
    }
}

impl From<Vec<u8>> for ConstStr {
    fn from(bytes: Vec<u8>) -> ConstStr {
        ConstStr(Arc::new(StrNode {
            len: bytes.len(),
            parts: None,
            bytes: OnceLock::from(bytes),
        }))
    }
}

impl From<&str> for ConstStr {
    fn from(s: &str) -> ConstStr {
        ConstStr::from(s.as_bytes().to_vec())
    }
}

impl std::ops::Deref for ConstStr {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        self.bytes()
    }
}

impl PartialEq for ConstStr {
    fn eq(&self, other: &ConstStr) -> bool {
        self.len() == other.len() && self.bytes() == other.bytes()
    }
}

impl fmt::Debug for ConstStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(self.bytes()))
    }
}

/// Dropping a long concatenation releases its nodes one by one, not by recursion.
impl Drop for StrNode {
    fn drop(&mut self) {
        let mut todo: Vec<ConstStr> = Vec::new();
        if let Some((a, b)) = self.parts.take() {
            todo.extend([a, b]);
        }
        while let Some(node) = todo.pop() {
            if let Ok(mut inner) = Arc::try_unwrap(node.0) {
                if let Some((a, b)) = inner.parts.take() {
                    todo.extend([a, b]);
                }
            }
        }
    }
}

/// Operators of constant binary arithmetic (comparisons and shifts have their own functions).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    /// Exact division (a `Float` result for integer operands).
    Quo,
    /// Truncated integer division (Go's `/` on integer operands).
    IntQuo,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    LogAnd,
    LogOr,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// IEEE binary formats that float constants are rounded to.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FloatFormat {
    F32,
    F64,
}

impl FloatFormat {
    /// (significand bits incl. the implicit one, exponent of the smallest subnormal, largest
    /// binary exponent + 1).
    fn params(self) -> (u64, i64, i64) {
        match self {
            FloatFormat::F32 => (24, -149, 128),
            FloatFormat::F64 => (53, -1074, 1024),
        }
    }
}

/// Literals whose exponent is larger than this are refused (go/constant would switch to a
/// 512-bit float; exact rationals of that size would only cost time).
const MAX_DECIMAL_EXPONENT: i64 = 20_000;

impl ConstValue {
    pub fn int(v: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(v))
    }

    /// The value of an integer, floating-point, rune or string literal as written
    /// (`0x1p-2`, `1_000`, `'\n'`, `` `raw` ``); None when malformed.
    pub fn from_literal(kind: LitKind, raw: &str) -> Option<ConstValue> {
        match kind {
            LitKind::Int => parse_int(raw).map(ConstValue::Int),
            LitKind::Float => parse_float(raw).map(ConstValue::Float),
            LitKind::Imag => {
                let body = raw.strip_suffix('i')?;
                let prefixed = body.len() > 1
                    && body.starts_with('0')
                    && matches!(body.as_bytes()[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B');
                let im = if body.contains(['.', 'e', 'E', 'p', 'P'])
                    && !body.starts_with("0x")
                    && !body.starts_with("0X")
                {
                    parse_float(body)?
                } else if !prefixed {
                    // `0_1_2i`, `0089i`: decimal despite the leading zero (Go's imaginary
                    // literals keep their old decimal reading).
                    let digits: String = body.chars().filter(|&c| c != '_').collect();
                    BigRational::from_integer(digits.parse::<BigInt>().ok()?)
                } else {
                    match parse_int(body) {
                        Some(i) => BigRational::from_integer(i),
                        None => parse_float(body)?,
                    }
                };
                Some(ConstValue::Complex(BigRational::zero(), im))
            }
            LitKind::Char => {
                let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
                let chars = unquote_chars(inner, '\'')?;
                if chars.len() != 1 {
                    return None;
                }
                let v = match chars[0] {
                    Unquoted::Char(c) => c as u32,
                    Unquoted::Byte(b) => b as u32,
                };
                Some(ConstValue::Int(BigInt::from(v)))
            }
            LitKind::String => {
                if let Some(inner) = raw.strip_prefix('`').and_then(|s| s.strip_suffix('`')) {
                    // Carriage returns are discarded from raw strings.
                    return Some(ConstValue::String(
                        inner.replace('\r', "").into_bytes().into(),
                    ));
                }
                let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
                let mut bytes = Vec::new();
                for u in unquote_chars(inner, '"')? {
                    match u {
                        Unquoted::Char(c) => {
                            let mut buf = [0; 4];
                            bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                        }
                        Unquoted::Byte(b) => bytes.push(b),
                    }
                }
                Some(ConstValue::String(bytes.into()))
            }
        }
    }

    pub fn is_int(&self) -> bool {
        matches!(self, ConstValue::Int(_))
    }

    /// The sign of a numeric value (0 for non-numeric ones).
    pub fn sign(&self) -> i32 {
        let s = match self {
            ConstValue::Int(i) => i.sign(),
            ConstValue::Float(r) => {
                if r.is_zero() {
                    Sign::NoSign
                } else if r.is_negative() {
                    Sign::Minus
                } else {
                    Sign::Plus
                }
            }
            ConstValue::Complex(re, im) => {
                return if re.is_zero() && im.is_zero() { 0 } else { 1 };
            }
            _ => return 0,
        };
        match s {
            Sign::Minus => -1,
            Sign::NoSign => 0,
            Sign::Plus => 1,
        }
    }

    /// go/constant's `ToInt`: the integer value of an integral number, else None.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            ConstValue::Float(r) if r.is_integer() => Some(r.to_integer()),
            ConstValue::Complex(re, im) if im.is_zero() && re.is_integer() => Some(re.to_integer()),
            _ => None,
        }
    }

    /// go/constant's `ToFloat`: the value of a real number as a rational, else None.
    pub fn to_float(&self) -> Option<BigRational> {
        match self {
            ConstValue::Int(i) => Some(BigRational::from_integer(i.clone())),
            ConstValue::Float(r) => Some(r.clone()),
            ConstValue::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    /// go/constant's `ToComplex`: the real and imaginary parts of a number, else None.
    pub fn to_complex(&self) -> Option<(BigRational, BigRational)> {
        match self {
            ConstValue::Complex(re, im) => Some((re.clone(), im.clone())),
            v => Some((v.to_float()?, BigRational::zero())),
        }
    }

    /// The value as an `i64`, if it is an integer that fits.
    pub fn to_i64(&self) -> Option<i64> {
        self.to_int()?.to_i64()
    }

    pub fn to_u64(&self) -> Option<u64> {
        self.to_int()?.to_u64()
    }

    /// The nearest `f64` (for printing).
    pub fn to_f64(&self) -> Option<f64> {
        rat_to_f64(&self.to_float()?)
    }

    /// The length in bits of an integer's magnitude (go/constant's `BitLen`).
    pub fn bit_len(&self) -> u64 {
        match self {
            ConstValue::Int(i) => i.bits(),
            _ => 0,
        }
    }
}

/// The representation a constant gets when converted to a numeric kind: integers stay `Int`,
/// anything converted to a float kind becomes `Float`.
pub fn to_float_value(v: &ConstValue) -> Option<ConstValue> {
    v.to_float().map(ConstValue::Float)
}

// ----------------------------------------------------------------------------------------------
// Arithmetic

/// Brings two numeric values to a common representation (Int < Float < Complex).
fn match_kinds(x: &ConstValue, y: &ConstValue) -> (ConstValue, ConstValue) {
    fn ord(v: &ConstValue) -> u8 {
        match v {
            ConstValue::Int(_) => 1,
            ConstValue::Float(_) => 2,
            ConstValue::Complex(..) => 3,
            _ => 0,
        }
    }
    fn raise(v: &ConstValue, to: u8) -> ConstValue {
        match (v, to) {
            (ConstValue::Int(i), 2) => ConstValue::Float(BigRational::from_integer(i.clone())),
            (ConstValue::Int(i), 3) => {
                ConstValue::Complex(BigRational::from_integer(i.clone()), BigRational::zero())
            }
            (ConstValue::Float(r), 3) => ConstValue::Complex(r.clone(), BigRational::zero()),
            _ => v.clone(),
        }
    }
    let (ox, oy) = (ord(x), ord(y));
    if ox == 0 || oy == 0 || ox == oy {
        return (x.clone(), y.clone());
    }
    let to = ox.max(oy);
    (raise(x, to), raise(y, to))
}

/// `x op y` for constants of matching types. None when the operation is undefined for the
/// values (the checker has rejected those before) or divides by zero.
pub fn binary_op(x: &ConstValue, op: ArithOp, y: &ConstValue) -> Option<ConstValue> {
    use ConstValue::*;
    let (x, y) = match_kinds(x, y);
    Some(match (&x, &y) {
        (Bool(a), Bool(b)) => match op {
            ArithOp::LogAnd => Bool(*a && *b),
            ArithOp::LogOr => Bool(*a || *b),
            _ => return None,
        },
        (String(a), String(b)) if op == ArithOp::Add => String(ConstStr::concat(a, b)),
        (Int(a), Int(b)) => match op {
            ArithOp::Add => Int(a + b),
            ArithOp::Sub => Int(a - b),
            ArithOp::Mul => Int(a * b),
            ArithOp::Quo => {
                if b.is_zero() {
                    return None;
                }
                Float(BigRational::new(a.clone(), b.clone()))
            }
            ArithOp::IntQuo => {
                if b.is_zero() {
                    return None;
                }
                // BigInt's `/` truncates toward zero, as Go does.
                Int(a / b)
            }
            ArithOp::Rem => {
                if b.is_zero() {
                    return None;
                }
                Int(a % b)
            }
            ArithOp::And => Int(a & b),
            ArithOp::Or => Int(a | b),
            ArithOp::Xor => Int(a ^ b),
            ArithOp::AndNot => Int(a & !b),
            _ => return None,
        },
        (Float(a), Float(b)) => match op {
            ArithOp::Add => Float(a + b),
            ArithOp::Sub => Float(a - b),
            ArithOp::Mul => Float(a * b),
            ArithOp::Quo | ArithOp::IntQuo => {
                if b.is_zero() {
                    return None;
                }
                Float(a / b)
            }
            _ => return None,
        },
        (Complex(a, b), Complex(c, d)) => match op {
            ArithOp::Add => Complex(a + c, b + d),
            ArithOp::Sub => Complex(a - c, b - d),
            ArithOp::Mul => Complex(a * c - b * d, b * c + a * d),
            ArithOp::Quo | ArithOp::IntQuo => {
                let s = c * c + d * d;
                if s.is_zero() {
                    return None;
                }
                Complex((a * c + b * d) / &s, (b * c - a * d) / &s)
            }
            _ => return None,
        },
        _ => return None,
    })
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnaryConstOp {
    Pos,
    Neg,
    Not,
    /// `^x`; for unsigned types the checker passes the type's size in bits.
    Complement,
}

/// `op x`. `unsigned_bits` is the size of an unsigned type (`^x` then flips only those bits).
pub fn unary_op(
    op: UnaryConstOp,
    x: &ConstValue,
    unsigned_bits: Option<u32>,
) -> Option<ConstValue> {
    use ConstValue::*;
    Some(match (op, x) {
        (UnaryConstOp::Pos, Int(_) | Float(_) | Complex(..)) => x.clone(),
        (UnaryConstOp::Neg, Int(i)) => Int(-i),
        (UnaryConstOp::Neg, Float(r)) => Float(-r),
        (UnaryConstOp::Neg, Complex(a, b)) => Complex(-a, -b),
        (UnaryConstOp::Not, Bool(b)) => Bool(!b),
        (UnaryConstOp::Complement, Int(i)) => {
            let z = !i;
            match unsigned_bits {
                // For an unsigned type, ^x is x XOR all-ones of that width.
                Some(bits) => {
                    let mask = (BigInt::one() << bits) - 1;
                    Int(z & mask)
                }
                None => Int(z),
            }
        }
        _ => return None,
    })
}

/// `x << s` / `x >> s` for an integer constant (arithmetic shift right, as Go's `>>` on
/// signed values and big integers).
pub fn shift(x: &BigInt, left: bool, s: u32) -> BigInt {
    if left {
        x << s
    } else {
        // BigInt's `>>` rounds toward negative infinity, like Go's arithmetic shift.
        x >> s
    }
}

/// `x op y` for comparable constants of matching types.
pub fn compare(x: &ConstValue, op: CompareOp, y: &ConstValue) -> Option<bool> {
    use std::cmp::Ordering;
    use ConstValue::*;
    let (x, y) = match_kinds(x, y);
    let ord: Ordering = match (&x, &y) {
        (Bool(a), Bool(b)) => {
            return match op {
                CompareOp::Eq => Some(a == b),
                CompareOp::Ne => Some(a != b),
                _ => None,
            }
        }
        (Complex(a, b), Complex(c, d)) => {
            let eq = a == c && b == d;
            return match op {
                CompareOp::Eq => Some(eq),
                CompareOp::Ne => Some(!eq),
                _ => None,
            };
        }
        (Int(a), Int(b)) => a.cmp(b),
        (Float(a), Float(b)) => a.cmp(b),
        (String(a), String(b)) => a.bytes().cmp(b.bytes()),
        _ => return None,
    };
    Some(match op {
        CompareOp::Eq => ord == Ordering::Equal,
        CompareOp::Ne => ord != Ordering::Equal,
        CompareOp::Lt => ord == Ordering::Less,
        CompareOp::Le => ord != Ordering::Greater,
        CompareOp::Gt => ord == Ordering::Greater,
        CompareOp::Ge => ord != Ordering::Less,
    })
}

// ----------------------------------------------------------------------------------------------
// Rounding to IEEE formats

/// Rounds `r` to the nearest value of the format (ties to even, subnormals included).
/// None if it overflows to infinity.
pub fn round_float(r: &BigRational, format: FloatFormat) -> Option<BigRational> {
    let (mant_bits, min_exp, max_exp) = format.params();
    if r.is_zero() {
        return Some(BigRational::zero());
    }
    let neg = r.is_negative();
    let num = r.numer().abs();
    let den = r.denom().abs();
    // Binary exponent e with 2^e <= |r| < 2^(e+1).
    let mut e = num.bits() as i64 - den.bits() as i64;
    if cmp_scaled(&num, &den, e) == std::cmp::Ordering::Less {
        e -= 1;
    }
    if e >= max_exp {
        return None;
    }
    // Scale so that the integer part holds `mant_bits` significant bits, unless the value is
    // subnormal, where the quantum is fixed at 2^min_exp.
    let quantum_exp = (e - (mant_bits as i64 - 1)).max(min_exp);
    // q = |r| / 2^quantum_exp, rounded to nearest even.
    let (sn, sd) = if quantum_exp >= 0 {
        (num.clone(), den.clone() << quantum_exp as u64)
    } else {
        (num.clone() << (-quantum_exp) as u64, den.clone())
    };
    let (mut q, rem) = sn.div_rem(&sd);
    let twice = rem << 1u32;
    match twice.cmp(&sd) {
        std::cmp::Ordering::Greater => q += 1,
        std::cmp::Ordering::Equal if q.is_odd() => q += 1,
        _ => {}
    }
    // Rounding up may carry into a new binary exponent; check overflow again.
    if q.bits() as i64 + quantum_exp > max_exp {
        return None;
    }
    let mut v = if quantum_exp >= 0 {
        BigRational::from_integer(q << quantum_exp as u64)
    } else {
        BigRational::new(q, BigInt::one() << (-quantum_exp) as u64)
    };
    if neg {
        v = -v;
    }
    Some(v)
}

/// Compares `num / den` with `2^e`.
fn cmp_scaled(num: &BigInt, den: &BigInt, e: i64) -> std::cmp::Ordering {
    if e >= 0 {
        num.cmp(&(den << e as u64))
    } else {
        (num << (-e) as u64).cmp(den)
    }
}

/// The nearest `f64`, or None when out of range.
pub fn rat_to_f64(r: &BigRational) -> Option<f64> {
    let v = round_float(r, FloatFormat::F64)?;
    // `v` is exactly representable: numerator and denominator (a power of two) convert
    // without further rounding when the numerator fits in 53 bits; otherwise the numerator
    // is a multiple of a power of two and the division is still exact.
    let n = v.numer().to_f64()?;
    let d = v.denom().to_f64()?;
    if d.is_infinite() {
        // Subnormal range: divide in two steps to avoid an infinite denominator.
        let half = (v.denom() >> 600u32).to_f64()?;
        return Some(n / half / 2f64.powi(600));
    }
    Some(n / d)
}

// ----------------------------------------------------------------------------------------------
// Printing (go/constant's String)

impl fmt::Display for ConstValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstValue::Bool(b) => write!(f, "{b}"),
            ConstValue::Int(i) => write!(f, "{i}"),
            ConstValue::Float(r) => f.write_str(&float_string(r)),
            ConstValue::Complex(re, im) => {
                write!(f, "({} + {}i)", float_string(re), float_string(im))
            }
            ConstValue::String(s) => {
                const MAX_LEN: usize = 72;
                let q = go_quote_bytes(s);
                if q.chars().count() > MAX_LEN {
                    let cut: String = q.chars().take(MAX_LEN - 3).collect();
                    write!(f, "{cut}...")
                } else {
                    f.write_str(&q)
                }
            }
        }
    }
}

/// A float constant as go/constant prints it: `%.6g` of the nearest float64, or (out of
/// float64 range) an approximate `m.mmmmmep` form.
fn float_string(r: &BigRational) -> String {
    if let Some(x) = rat_to_f64(r) {
        if (r.is_zero()) == (x == 0.0) {
            let s = format_g(x, Some(6));
            if !r.is_integer() && !s.contains('.') {
                return format_g(x, None);
            }
            return s;
        }
    }
    // Out of float64 range: m * 10^e with 1 <= |m| < 10, from the binary exponent.
    let num = r.numer().abs();
    let den = r.denom().abs();
    let mut exp2 = num.bits() as i64 - den.bits() as i64 + 1;
    // mant = |r| / 2^exp2 in [0.5, 1)
    let mant = BigRational::new(num, den)
        / if exp2 >= 0 {
            BigRational::from_integer(BigInt::one() << exp2 as u64)
        } else {
            BigRational::new(BigInt::one(), BigInt::one() << (-exp2) as u64)
        };
    let mut m = rat_to_f64(&mant).unwrap_or(0.5);
    if m >= 1.0 {
        m /= 2.0;
        exp2 += 1;
    }
    if r.is_negative() {
        m = -m;
    }
    let d = exp2 as f64 * (std::f64::consts::LN_2 / std::f64::consts::LN_10);
    let mut e = d as i64;
    m *= 10f64.powf(d - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!(
        "{}e{}{}",
        format_g(m, Some(6)),
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
}

/// Go's `%g` (`prec` None: shortest representation, `%g`; Some(p): `%.pg`).
pub fn format_g(x: f64, prec: Option<usize>) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    // Decimal digits and exponent: d.ddd × 10^exp.
    let (digits, exp) = match prec {
        Some(p) => {
            let p = p.max(1);
            let s = format!("{:.*e}", p - 1, x.abs());
            split_exp(&s)
        }
        None => {
            let s = format!("{:e}", x.abs());
            split_exp(&s)
        }
    };
    // Strip trailing zeros (%g without '#').
    let digits = digits.trim_end_matches('0').to_string();
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    let eprec = match prec {
        Some(p) => {
            let mut ep = p.max(1) as i64;
            let nd = digits.len() as i64;
            if ep > nd && nd >= exp + 1 {
                ep = nd;
            }
            ep
        }
        None => 6,
    };
    let sign = if x < 0.0 { "-" } else { "" };
    if exp < -4 || exp >= eprec {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let es = if exp < 0 { "-" } else { "+" };
        format!("{sign}{m}e{es}{:02}", exp.abs())
    } else if exp < 0 {
        format!("{sign}0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            format!("{sign}{}{}", digits, "0".repeat(int_len - digits.len()))
        } else {
            format!("{sign}{}.{}", &digits[..int_len], &digits[int_len..])
        }
    }
}

/// Splits Rust's `1.2345e-7` into ("12345", -7).
fn split_exp(s: &str) -> (String, i64) {
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, e.parse().unwrap_or(0))
}

/// `strconv.Quote`: a double-quoted Go string literal with Go's escapes.
pub fn go_quote(s: &str) -> String {
    go_quote_bytes(s.as_bytes())
}

/// `strconv.Quote` of a Go string: bytes that are not valid UTF-8 print as `\xNN`.
pub fn go_quote_bytes(s: &[u8]) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for chunk in s.utf8_chunks() {
        quote_chars(&mut out, chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out.push('"');
    out
}

fn quote_chars(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if is_go_printable(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
}

/// An approximation of `strconv.IsPrint` (letters, marks, numbers, punctuation, symbols and
/// the ASCII space).
fn is_go_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    // Unassigned, private-use and format characters are escaped by Go; Rust's std has no
    // category tables, so treat the common format/private ranges explicitly.
    !matches!(c as u32, 0xAD | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xE000..=0xF8FF | 0xFFF0..=0xFFFF)
}

// ----------------------------------------------------------------------------------------------
// Literal parsing

fn parse_int(raw: &str) -> Option<BigInt> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    if digits.is_empty() {
        return None;
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

fn pow10(e: u64) -> BigInt {
    num_traits::pow(BigInt::from(10), e as usize)
}

fn parse_float(raw: &str) -> Option<BigRational> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        // Hexadecimal mantissa with a binary exponent: 0x1.8p3.
        let (mant, exp) = match h.find(['p', 'P']) {
            Some(i) => (&h[..i], h[i + 1..].parse::<i64>().ok()?),
            None => (h, 0),
        };
        let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int_part}{frac_part}");
        if digits.is_empty() || exp.abs() > MAX_DECIMAL_EXPONENT * 4 {
            return None;
        }
        let n = BigInt::parse_bytes(digits.as_bytes(), 16)?;
        let e2 = exp - 4 * frac_part.len() as i64;
        return Some(scale2(BigRational::from_integer(n), e2));
    }
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
        None => (s.as_str(), 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac_part}");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = BigInt::parse_bytes(digits.as_bytes(), 10)?;
    if n.is_zero() {
        return Some(BigRational::zero());
    }
    let e10 = exp - frac_part.len() as i64;
    if e10.abs() > MAX_DECIMAL_EXPONENT {
        return None;
    }
    Some(if e10 >= 0 {
        BigRational::from_integer(n * pow10(e10 as u64))
    } else {
        BigRational::new(n, pow10((-e10) as u64))
    })
}

fn scale2(r: BigRational, e: i64) -> BigRational {
    if e >= 0 {
        r * BigRational::from_integer(BigInt::one() << e as u64)
    } else {
        r / BigRational::from_integer(BigInt::one() << (-e) as u64)
    }
}

enum Unquoted {
    Char(char),
    Byte(u8),
}

/// Decodes the escapes of a rune or interpreted string literal body.
fn unquote_chars(s: &str, quote: char) -> Option<Vec<Unquoted>> {
    let mut out = Vec::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(Unquoted::Char(c));
            continue;
        }
        let e = it.next()?;
        let simple = match e {
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            '\\' => Some('\\'),
            c if c == quote => Some(c),
            _ => None,
        };
        if let Some(c) = simple {
            out.push(Unquoted::Char(c));
            continue;
        }
        let hex = |it: &mut std::iter::Peekable<std::str::Chars>, n: usize| -> Option<u32> {
            let mut v = 0u32;
            for _ in 0..n {
                v = v * 16 + it.next()?.to_digit(16)?;
            }
            Some(v)
        };
        match e {
            'x' => out.push(Unquoted::Byte(hex(&mut it, 2)? as u8)),
            'u' => out.push(Unquoted::Char(char::from_u32(hex(&mut it, 4)?)?)),
            'U' => out.push(Unquoted::Char(char::from_u32(hex(&mut it, 8)?)?)),
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    v = v * 8 + it.next()?.to_digit(8)?;
                }
                if v > 255 {
                    return None;
                }
                out.push(Unquoted::Byte(v as u8));
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Bytes from `\x`/octal escapes: valid UTF-8 sequences are kept; a byte that is not part of
/// one becomes U+FFFD (Rust strings cannot hold it).

#[cfg(test)]
mod tests {
    use super::LitKind;
    use super::*;

    fn lit(kind: LitKind, raw: &str) -> ConstValue {
        ConstValue::from_literal(kind, raw).expect(raw)
    }

    fn int(v: i64) -> ConstValue {
        ConstValue::int(v)
    }

    #[test]
    fn integer_literals_in_every_base() {
        assert_eq!(lit(LitKind::Int, "1_000"), int(1000));
        assert_eq!(lit(LitKind::Int, "0x_Ff"), int(255));
        assert_eq!(lit(LitKind::Int, "0o17"), int(15));
        assert_eq!(lit(LitKind::Int, "017"), int(15));
        assert_eq!(lit(LitKind::Int, "0b101"), int(5));
        assert_eq!(lit(LitKind::Int, "0"), int(0));
        assert!(ConstValue::from_literal(LitKind::Int, "09").is_none());
    }

    #[test]
    fn float_literals_are_exact() {
        let v = lit(LitKind::Float, "0.1");
        assert_eq!(
            v,
            ConstValue::Float(BigRational::new(BigInt::from(1), BigInt::from(10)))
        );
        assert_eq!(lit(LitKind::Float, "0x1.8p1").to_f64(), Some(3.0));
        assert_eq!(
            lit(LitKind::Float, "1e3").to_int(),
            Some(BigInt::from(1000))
        );
        assert_eq!(lit(LitKind::Float, ".5").to_f64(), Some(0.5));
    }

    #[test]
    fn rune_and_string_literals() {
        assert_eq!(lit(LitKind::Char, "'a'"), int(97));
        assert_eq!(lit(LitKind::Char, "'\\n'"), int(10));
        assert_eq!(lit(LitKind::Char, "'\\x41'"), int(65));
        assert_eq!(lit(LitKind::Char, "'\\u00e9'"), int(0xe9));
        assert_eq!(lit(LitKind::Char, "'世'"), int(0x4e16));
        assert_eq!(
            lit(LitKind::String, "\"a\\tb\\\"\""),
            ConstValue::String("a\tb\"".into())
        );
        assert_eq!(
            lit(LitKind::String, "`a\\n`"),
            ConstValue::String("a\\n".into())
        );
        assert_eq!(
            lit(LitKind::String, "\"\\303\\251\""),
            ConstValue::String("é".into())
        );
    }

    #[test]
    fn integer_division_truncates_and_exact_division_does_not() {
        let q = binary_op(&int(-7), ArithOp::IntQuo, &int(2)).unwrap();
        assert_eq!(q, int(-3));
        let r = binary_op(&int(-7), ArithOp::Rem, &int(2)).unwrap();
        assert_eq!(r, int(-1));
        let f = binary_op(&int(7), ArithOp::Quo, &int(2)).unwrap();
        assert_eq!(f.to_f64(), Some(3.5));
        assert!(binary_op(&int(1), ArithOp::IntQuo, &int(0)).is_none());
    }

    #[test]
    fn complement_of_unsigned_flips_only_its_bits() {
        assert_eq!(
            unary_op(UnaryConstOp::Complement, &int(1), Some(8)),
            Some(int(254))
        );
        assert_eq!(
            unary_op(UnaryConstOp::Complement, &int(1), None),
            Some(int(-2))
        );
    }

    #[test]
    fn shifts_are_arithmetic() {
        assert_eq!(shift(&BigInt::from(-5), false, 1), BigInt::from(-3));
        assert_eq!(shift(&BigInt::from(1), true, 70), BigInt::one() << 70u32);
    }

    #[test]
    fn rounding_to_float64_and_float32() {
        let tenth = BigRational::new(BigInt::from(1), BigInt::from(10));
        let r64 = round_float(&tenth, FloatFormat::F64).unwrap();
        assert_eq!(rat_to_f64(&r64), Some(0.1));
        let r32 = round_float(&tenth, FloatFormat::F32).unwrap();
        assert_eq!(rat_to_f64(&r32), Some(0.1f32 as f64));
        // 1e40 overflows float32 but not float64.
        let big = lit(LitKind::Float, "1e40").to_float().unwrap();
        assert!(round_float(&big, FloatFormat::F32).is_none());
        assert!(round_float(&big, FloatFormat::F64).is_some());
        // 2^1024 overflows float64.
        let two1024 = BigRational::from_integer(BigInt::one() << 1024u32);
        assert!(round_float(&two1024, FloatFormat::F64).is_none());
        // Subnormals: 2^-1074 is representable, 2^-1076 rounds to zero.
        let tiny = BigRational::new(BigInt::one(), BigInt::one() << 1074u32);
        assert_eq!(rat_to_f64(&tiny), Some(f64::from_bits(1)));
        let tinier = BigRational::new(BigInt::one(), BigInt::one() << 1076u32);
        assert_eq!(rat_to_f64(&tinier), Some(0.0));
        // Ties go to even: 2^53 + 1 rounds to 2^53.
        let tie = BigRational::from_integer((BigInt::one() << 53u32) + 1);
        assert_eq!(rat_to_f64(&tie), Some(9007199254740992.0));
    }

    #[test]
    fn printing_matches_go_constant() {
        assert_eq!(lit(LitKind::Float, "1.5").to_string(), "1.5");
        assert_eq!(lit(LitKind::Float, "1e40").to_string(), "1e+40");
        assert_eq!(lit(LitKind::Float, "1e6").to_string(), "1e+06");
        assert_eq!(lit(LitKind::Float, "100000.0").to_string(), "100000");
        assert_eq!(lit(LitKind::Float, "0.0001").to_string(), "0.0001");
        assert_eq!(lit(LitKind::Float, "0.00001").to_string(), "1e-05");
        assert_eq!(lit(LitKind::Float, "3.14159265").to_string(), "3.14159");
        // Not an integer but %.6g hides it: more digits are shown.
        assert_eq!(
            lit(LitKind::Float, "1000000.5").to_string(),
            "1.0000005e+06"
        );
        assert_eq!(lit(LitKind::Float, "1e400").to_string(), "1e+400");
        assert_eq!(int(-42).to_string(), "-42");
        assert_eq!(
            ConstValue::String("a\"b\n".into()).to_string(),
            "\"a\\\"b\\n\""
        );
        let long = ConstValue::String("x".repeat(100).as_str().into()).to_string();
        assert_eq!(long.len(), 72);
        assert!(long.ends_with("xxx..."));
    }

    #[test]
    fn format_g_like_go() {
        assert_eq!(format_g(100000.0, Some(6)), "100000");
        assert_eq!(format_g(1234567.0, Some(6)), "1.23457e+06");
        assert_eq!(format_g(0.5, None), "0.5");
        assert_eq!(format_g(1e21, None), "1e+21");
        assert_eq!(format_g(123456789.0, None), "1.23456789e+08");
        assert_eq!(format_g(-2.5, Some(6)), "-2.5");
    }

    #[test]
    fn comparisons_across_kinds() {
        let half = lit(LitKind::Float, "0.5");
        assert_eq!(compare(&int(0), CompareOp::Lt, &half), Some(true));
        assert_eq!(
            compare(
                &ConstValue::String("a".into()),
                CompareOp::Lt,
                &ConstValue::String("b".into())
            ),
            Some(true)
        );
    }
}
