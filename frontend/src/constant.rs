//! Exact constant values (Go's untyped constant arithmetic).

use num_bigint::BigInt;
use num_rational::BigRational;

#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    Int(BigInt),
    /// Exact rational; float32/float64 constants are stored already rounded to their type.
    Float(BigRational),
    Complex(BigRational, BigRational),
    String(String),
}
