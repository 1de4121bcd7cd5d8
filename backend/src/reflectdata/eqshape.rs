//! Which equality function a type descriptor's `Equal` field points to (gc 1.27 `geneq`).
//!
//! gc 1.27 no longer names generated equality functions after the type
//! (`type:.eq.main.T` in ≤1.26) but after the *shape* of the comparison, so that all types
//! compared the same way share one function: `type:.eq.M4K4S` compares 4 bytes of memory,
//! skips 4 bytes of padding, then compares a string. The shape is a string of atoms:
//!
//! | atom | compares |
//! |---|---|
//! | `M<n>` | n bytes of plain memory (integers, bools, pointers, chans, merged runs) |
//! | `K<n>` | nothing: n bytes of padding or `_` fields |
//! | `S` | a string (length, then bytes) |
//! | `F` / `G` | a float32 / float64 (`==` on floats, so NaN != NaN) |
//! | `E` / `I` | an empty / non-empty interface |
//! | `[<k><atoms>]` | the atoms k times in a loop |
//!
//! Complex numbers are two floats (`FF`, `GG`); structs are their fields in order with the
//! gaps as `K`; adjacent `M`s and adjacent `K`s merge; trailing padding of the whole value
//! is dropped. An array's body covers about 32 bytes (`max(1, 32/elemsize)` elements); the
//! remainder elements are peeled off in front, and what is left becomes a loop unless it is
//! a single body (then written out): `[5]string` is `S[2SS]`, `[3]string` is `SSS`,
//! `[100]float32` is `FFFF[12FFFFFFFF]`, `[2]struct{ f float64; a, b int }` is `[2GM16]`
//! (gc's `eqSigBuilder`, reflectdata/alg.go).
//!
//! The same signature picks a map key's hash function ([`hash_choice`], gc's `genhash`):
//! `runtime.memhash64·f`, `runtime.strhash·f`, …, `type:.hashfunc.M<n>` =
//! {`runtime.memhash_varlen`, n}, or `type:.hashfunc.<shape>` over the generated
//! `type:.hash.<shape>`, which hashes the atoms in order (a loop calling `type:.hash.<body>`
//! once per body).
//!
//! Shapes that a runtime function already handles use it (`M8` → `runtime.memequal64·f`,
//! `S` → `runtime.strequal·f`, `GG` → `runtime.c128equal·f`, …), any other plain-memory
//! shape `M<n>` gets the closure `type:.eqfunc.M<n>` = {`runtime.memequal_varlen`, n}, and
//! everything else the closure `type:.eqfunc.<shape>` pointing at the generated function
//! `type:.eq.<shape>` (which the backend must generate from [`EqShape`]).

use std::fmt;

use base::types::{BasicKind, Type};

use super::table::{alg, Alg, Table, Tid};

/// One step of an equality comparison; see the module documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EqAtom {
    Mem(u64),
    Skip(u64),
    String,
    Float32,
    Float64,
    Eface,
    Iface,
    Loop { count: u64, body: Vec<EqAtom> },
}

/// The comparison a generated `type:.eq.<shape>` function performs, in memory order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EqShape(pub Vec<EqAtom>);

impl fmt::Display for EqShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for a in &self.0 {
            write!(f, "{a}")?;
        }
        Ok(())
    }
}

impl fmt::Display for EqAtom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EqAtom::Mem(n) => write!(f, "M{n}"),
            EqAtom::Skip(n) => write!(f, "K{n}"),
            EqAtom::String => f.write_str("S"),
            EqAtom::Float32 => f.write_str("F"),
            EqAtom::Float64 => f.write_str("G"),
            EqAtom::Eface => f.write_str("E"),
            EqAtom::Iface => f.write_str("I"),
            EqAtom::Loop { count, body } => {
                write!(f, "[{count}")?;
                for a in body {
                    write!(f, "{a}")?;
                }
                f.write_str("]")
            }
        }
    }
}

/// What `Equal` holds for a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum EqChoice {
    /// Not comparable: `Equal` is nil.
    None,
    /// `runtime.<name>·f`, a closure over a runtime function.
    Runtime(&'static str),
    /// `type:.eqfunc.M<n>`: `runtime.memequal_varlen` with the size in the closure.
    VarLen(u64),
    /// `type:.eqfunc.<shape>` over the generated `type:.eq.<shape>`.
    Generated(EqShape),
}

/// gc's `eqSignature`: the atoms of a comparable type, trailing padding dropped.
fn signature(tab: &Table, t: Tid) -> Vec<EqAtom> {
    let mut shape = Vec::new();
    push_type(tab, t, &mut shape);
    if let Some(EqAtom::Skip(_)) = shape.last() {
        shape.pop();
    }
    shape
}

pub(crate) fn eq_choice(tab: &Table, t: Tid) -> EqChoice {
    if matches!(alg(tab, t), Alg::NoEq | Alg::NoAlg) {
        return EqChoice::None;
    }
    let shape = signature(tab, t);
    use EqAtom::*;
    let runtime = match shape.as_slice() {
        [] => "memequal0",
        [Mem(1)] => "memequal8",
        [Mem(2)] => "memequal16",
        [Mem(4)] => "memequal32",
        [Mem(8)] => "memequal64",
        [Mem(16)] => "memequal128",
        [Mem(n)] => return EqChoice::VarLen(*n),
        [String] => "strequal",
        [Eface] => "nilinterequal",
        [Iface] => "interequal",
        [Float32] => "f32equal",
        [Float64] => "f64equal",
        [Float32, Float32] => "c64equal",
        [Float64, Float64] => "c128equal",
        _ => return EqChoice::Generated(EqShape(shape)),
    };
    EqChoice::Runtime(runtime)
}

/// What a map type's `Hasher` holds for its key type (gc's `genhash`): the signature is the
/// equality signature, hashed atom by atom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum HashChoice {
    /// `runtime.<name>·f`.
    Runtime(&'static str),
    /// `type:.hashfunc.M<n>`: `runtime.memhash_varlen` with the size in the closure.
    VarLen(u64),
    /// `type:.hashfunc.<shape>` over the generated `type:.hash.<shape>`.
    Generated(EqShape),
}

pub(crate) fn hash_choice(tab: &Table, t: Tid) -> HashChoice {
    let shape = signature(tab, t);
    use EqAtom::*;
    let runtime = match shape.as_slice() {
        [] => "memhash0",
        [Mem(1)] => "memhash8",
        [Mem(2)] => "memhash16",
        [Mem(4)] => "memhash32",
        [Mem(8)] => "memhash64",
        [Mem(16)] => "memhash128",
        [Mem(n)] => return HashChoice::VarLen(*n),
        [String] => "strhash",
        [Iface] => "interhash",
        [Eface] => "nilinterhash",
        [Float32] => "f32hash",
        [Float64] => "f64hash",
        [Float32, Float32] => "c64hash",
        [Float64, Float64] => "c128hash",
        _ => return HashChoice::Generated(EqShape(shape)),
    };
    HashChoice::Runtime(runtime)
}

/// Appends `a`, merging it into a preceding atom of the same memory kind.
fn push(out: &mut Vec<EqAtom>, a: EqAtom) {
    match (out.last_mut(), &a) {
        (_, EqAtom::Mem(0) | EqAtom::Skip(0)) => {}
        (Some(EqAtom::Mem(m)), EqAtom::Mem(n)) | (Some(EqAtom::Skip(m)), EqAtom::Skip(n)) => {
            *m += n
        }
        _ => out.push(a),
    }
}

fn push_all(out: &mut Vec<EqAtom>, atoms: &[EqAtom]) {
    for a in atoms {
        push(out, a.clone());
    }
}

/// Appends the atoms covering all `size(t)` bytes of a value of type `t`.
fn push_type(tab: &Table, t: Tid, out: &mut Vec<EqAtom>) {
    if alg(tab, t) == Alg::Mem {
        push(out, EqAtom::Mem(tab.size(t)));
        return;
    }
    match tab.under(t) {
        Type::Basic(BasicKind::Float32) => push(out, EqAtom::Float32),
        Type::Basic(BasicKind::Float64) => push(out, EqAtom::Float64),
        Type::Basic(BasicKind::Complex64) => {
            push(out, EqAtom::Float32);
            push(out, EqAtom::Float32);
        }
        Type::Basic(BasicKind::Complex128) => {
            push(out, EqAtom::Float64);
            push(out, EqAtom::Float64);
        }
        Type::Basic(BasicKind::String) => push(out, EqAtom::String),
        Type::Interface(ms) if ms.is_empty() => push(out, EqAtom::Eface),
        Type::Interface(_) => push(out, EqAtom::Iface),
        Type::Struct(fields) => {
            let offsets = tab.field_offsets(t);
            let mut at = 0;
            for (f, off) in fields.iter().zip(offsets) {
                push(out, EqAtom::Skip(off - at));
                if f.name == "_" {
                    push(out, EqAtom::Skip(tab.size(f.ty)));
                } else {
                    push_type(tab, f.ty, out);
                }
                at = off + tab.size(f.ty);
            }
            push(out, EqAtom::Skip(tab.size(t) - at));
        }
        Type::Array(n, e) => push_array(tab, *n, *e, out),
        // Not comparable; alg() returned NoEq before we got here.
        _ => push(out, EqAtom::Mem(tab.size(t))),
    }
}

/// gc's `eqSigBuilder` on an array that is not plain memory: elements one after another,
/// except that a run of them is folded into a loop whose body covers about 32 bytes
/// (`max(1, 32/elemsize)` elements), the remainder elements peeled off in front. A run of
/// exactly one body's worth is written out.
fn push_array(tab: &Table, n: u64, e: Tid, out: &mut Vec<EqAtom>) {
    if n == 0 {
        return;
    }
    if n == 1 {
        return push_type(tab, e, out);
    }
    let esize = tab.size(e);
    if esize == 0 {
        return;
    }
    let mut elem = Vec::new();
    push_type(tab, e, &mut elem);
    let per_iter = (32 / esize).max(1);
    let peeled = n % per_iter;
    for _ in 0..peeled {
        push_all(out, &elem);
    }
    let rest = n - peeled;
    if rest == 0 {
        return;
    }
    let mut body = Vec::new();
    for _ in 0..per_iter {
        push_all(&mut body, &elem);
    }
    if rest == per_iter {
        push_all(out, &body);
        return;
    }
    out.push(EqAtom::Loop {
        count: rest / per_iter,
        body,
    });
}

impl EqAtom {
    /// How many bytes of the value the atom covers (gc's `sigSize`).
    pub fn size(&self) -> u64 {
        match self {
            EqAtom::Mem(n) | EqAtom::Skip(n) => *n,
            EqAtom::String | EqAtom::Eface | EqAtom::Iface => 16,
            EqAtom::Float32 => 4,
            EqAtom::Float64 => 8,
            EqAtom::Loop { count, body } => count * body.iter().map(EqAtom::size).sum::<u64>(),
        }
    }
}
