//! How a Go value is held in CLIF.
//!
//! Every Go type has a [`Repr`]:
//! * **Parts**: one to three Cranelift values, each at a fixed offset of gc's memory layout.
//!   Scalars are one part (ints at their width: `int8` is `i8`; bool is `i8` holding 0/1;
//!   pointers, maps, chans, funcs are `i64`; floats `f32`/`f64`). A string is
//!   `(ptr i64 @0, len i64 @8)`, a slice `(ptr, len, cap)`, an interface `(tab/type, data)`,
//!   a complex number `(re, im)`. These are the "by-value pair" of rustc_codegen_cranelift:
//!   they live in SSA values and variables, and runtime calls take them as separate arguments.
//! * **Mem**: structs and arrays live in memory in gc's exact layout
//!   (`Types::field_offsets`, `size_of`), and a value of such a type is the *address* of its
//!   bytes. Every expression producing a Mem value returns memory it owns (a fresh stack
//!   slot, or a callee's result buffer), so reading `x` and then changing `x` cannot change the
//!   value already read; `x = y` copies straight from place to place.
//!
//! A call returning several results yields [`CValue::Tuple`].

use base::types::{BasicKind, Type as GoType, TypeId, Types};
use cranelift_codegen::ir::{
    types, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Type, Value,
};

use super::FunctionCx;

/// Pointer-sized integer: both targets (amd64, arm64) are 64-bit.
pub const PTR: Type = types::I64;

/// Copies up to this many bytes are inline loads and stores; longer ones call memmove.
pub const INLINE_COPY_LIMIT: u64 = 64;

#[derive(Clone, Debug, PartialEq)]
pub enum Repr {
    /// The Cranelift type and byte offset of each part.
    Parts(Vec<(Type, u32)>),
    /// In memory; the value is its address.
    Mem,
}

pub fn repr(types: &Types, t: TypeId) -> Repr {
    use BasicKind::*;
    let parts = match types.under(t) {
        GoType::Basic(k) => match k {
            Bool | Int8 | Uint8 => vec![(types::I8, 0)],
            Int16 | Uint16 => vec![(types::I16, 0)],
            Int32 | Uint32 => vec![(types::I32, 0)],
            Float32 => vec![(types::F32, 0)],
            Float64 => vec![(types::F64, 0)],
            Complex64 => vec![(types::F32, 0), (types::F32, 4)],
            Complex128 => vec![(types::F64, 0), (types::F64, 8)],
            String => vec![(PTR, 0), (PTR, 8)],
            _ => vec![(types::I64, 0)],
        },
        GoType::Pointer(_) | GoType::Map(..) | GoType::Chan(_) | GoType::Func(_) => {
            vec![(PTR, 0)]
        }
        GoType::Slice(_) => vec![(PTR, 0), (PTR, 8), (PTR, 16)],
        GoType::Interface(_) => vec![(PTR, 0), (PTR, 8)],
        GoType::Struct(_) | GoType::Array(..) | GoType::Tuple(_) | GoType::Named(_) => {
            return Repr::Mem
        }
    };
    Repr::Parts(parts)
}

/// The Cranelift type of a one-part (scalar) Go type.
pub fn scalar_type(types: &Types, t: TypeId) -> Type {
    match repr(types, t) {
        Repr::Parts(p) if p.len() == 1 => p[0].0,
        _ => PTR,
    }
}

#[derive(Clone, Debug)]
pub enum CValue {
    Parts(Vec<Value>),
    /// Address of memory this value owns.
    Mem(Value),
    Tuple(Vec<CValue>),
}

impl CValue {
    pub fn scalar(v: Value) -> CValue {
        CValue::Parts(vec![v])
    }

    /// The single part of a scalar value.
    pub fn val(&self) -> Value {
        match self {
            CValue::Parts(p) => p[0],
            CValue::Mem(a) => *a,
            CValue::Tuple(_) => panic!("tuple used as a scalar"),
        }
    }

    pub fn parts(&self) -> &[Value] {
        match self {
            CValue::Parts(p) => p,
            _ => panic!("not a parts value"),
        }
    }

    pub fn unit() -> CValue {
        CValue::Parts(Vec::new())
    }
}

/// Flags for memory the Go program can see: may fault (nil pointers), so never reordered
/// across other side effects or removed.
pub fn go_mem() -> MemFlagsData {
    MemFlagsData::new()
}

impl FunctionCx<'_, '_> {
    pub fn repr(&self, t: TypeId) -> Repr {
        repr(self.types(), t)
    }

    /// A fresh 8-byte-aligned stack slot; returns its address.
    pub fn new_slot(&mut self, size: u64) -> Value {
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size.max(1) as u32,
            3,
        ));
        self.b.ins().stack_addr(PTR, slot, 0)
    }

    pub fn iconst(&mut self, ty: Type, v: i64) -> Value {
        let bits = ty.bits();
        let v = if bits < 64 {
            v & ((1i64 << bits) - 1)
        } else {
            v
        };
        self.b.ins().iconst(ty, v)
    }

    /// Reads a value of type `t` stored at `addr + off` (for Mem, into a fresh copy).
    pub fn load_value(&mut self, t: TypeId, addr: Value, off: i32) -> CValue {
        match self.repr(t) {
            Repr::Parts(parts) => CValue::Parts(
                parts
                    .iter()
                    .map(|&(ty, o)| self.b.ins().load(ty, go_mem(), addr, off + o as i32))
                    .collect(),
            ),
            Repr::Mem => {
                let size = self.types().size_of(t);
                let dst = self.new_slot(size);
                let src = self.offset_addr(addr, off);
                self.copy_mem(dst, src, size);
                CValue::Mem(dst)
            }
        }
    }

    pub fn store_value(&mut self, t: TypeId, addr: Value, off: i32, v: &CValue) {
        match (self.repr(t), v) {
            (Repr::Parts(parts), CValue::Parts(vals)) => {
                for (&(_, o), &val) in parts.iter().zip(vals) {
                    self.b.ins().store(go_mem(), val, addr, off + o as i32);
                }
            }
            (Repr::Mem, CValue::Mem(src)) => {
                let size = self.types().size_of(t);
                let dst = self.offset_addr(addr, off);
                self.copy_mem(dst, *src, size);
            }
            (r, v) => panic!("store_value: {r:?} with {v:?}"),
        }
    }

    pub fn offset_addr(&mut self, addr: Value, off: i32) -> Value {
        if off == 0 {
            addr
        } else {
            self.b.ins().iadd_imm_s(addr, off as i64)
        }
    }

    /// `memmove(dst, src, size)`: inline loads/stores for small sizes, the runtime otherwise.
    pub fn copy_mem(&mut self, dst: Value, src: Value, size: u64) {
        if size > INLINE_COPY_LIMIT {
            let n = self.b.ins().iconst(PTR, size as i64);
            self.call_rt("runtime.memmove", &[dst, src, n]);
            return;
        }
        // All loads before all stores: `dst` and `src` may overlap.
        let mut chunks = Vec::new();
        let mut off = 0u64;
        for (ty, n) in [
            (types::I64, 8),
            (types::I32, 4),
            (types::I16, 2),
            (types::I8, 1),
        ] {
            while size - off >= n {
                let v = self.b.ins().load(ty, go_mem(), src, off as i32);
                chunks.push((v, off));
                off += n;
            }
        }
        for (v, off) in chunks {
            self.b.ins().store(go_mem(), v, dst, off as i32);
        }
    }

    pub fn zero_mem(&mut self, addr: Value, size: u64) {
        if size > 128 {
            let n = self.b.ins().iconst(PTR, size as i64);
            self.call_rt("runtime.memclrNoHeapPointers", &[addr, n]);
            return;
        }
        let mut off = 0u64;
        for (ty, n) in [
            (types::I64, 8),
            (types::I32, 4),
            (types::I16, 2),
            (types::I8, 1),
        ] {
            let zero = self.b.ins().iconst(ty, 0);
            while size - off >= n {
                self.b.ins().store(go_mem(), zero, addr, off as i32);
                off += n;
            }
        }
    }

    /// The zero value of `t`.
    pub fn zero_value(&mut self, t: TypeId) -> CValue {
        match self.repr(t) {
            Repr::Parts(parts) => {
                CValue::Parts(parts.iter().map(|&(ty, _)| self.zero_scalar(ty)).collect())
            }
            Repr::Mem => {
                let size = self.types().size_of(t);
                let addr = self.new_slot(size);
                self.zero_mem(addr, size);
                CValue::Mem(addr)
            }
        }
    }

    pub fn zero_scalar(&mut self, ty: Type) -> Value {
        if ty == types::F32 {
            self.b.ins().f32const(0.0)
        } else if ty == types::F64 {
            self.b.ins().f64const(0.0)
        } else {
            self.b.ins().iconst(ty, 0)
        }
    }

    /// Stores a value into a fresh stack slot and returns the slot's address (for passing a
    /// pointer to a copy: `gopanic`, aggregate arguments).
    pub fn spill(&mut self, t: TypeId, v: &CValue) -> Value {
        match v {
            CValue::Mem(a) => *a,
            _ => {
                let size = self.types().size_of(t);
                let addr = self.new_slot(size);
                self.store_value(t, addr, 0, v);
                addr
            }
        }
    }
}
