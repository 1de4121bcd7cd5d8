//! Places (`ir::Place`): things that can be assigned to or have their address taken.
//!
//! A place is handled in two phases, because Go evaluates the operands of the left-hand
//! side (index expressions, pointers) together with the right-hand side, *before* the checks
//! and the store:
//!
//! ```text
//!   s[i()] = f()   ⇒   ops := prepare(s[i()])   // evaluates s, i()
//!                      v   := f()
//!                      r   := resolve(ops)      // bounds check i < len(s), nil checks
//!                      store(r, v)
//! ```
//!
//! `resolve` yields either the local's variables (a register-held local) or an address plus
//! a constant offset, so a field of a field is one load at `base + off`.

use base::types::{Type, TypeId};
use cranelift_codegen::ir::{InstBuilder, Value};
use typed_ir::{GlobalId, LocalId, Place};

use super::value::{CValue, PTR};
use super::{FunctionCx, LocalStore};

/// Loads and stores through a pointer at offsets below this fault by themselves on a nil
/// pointer (the first page is never mapped); larger objects get an explicit check, as gc's.
pub const NIL_FAULT_LIMIT: u64 = 4096;

pub enum PlaceOps {
    Local(LocalId),
    Global(GlobalId),
    Deref {
        ptr: Value,
        pointee: TypeId,
    },
    Field {
        base: Box<PlaceOps>,
        offset: u64,
    },
    /// `at`: where a failing bounds check is (the `[`).
    Index {
        base: Box<PlaceOps>,
        idx: Value,
        unsigned: bool,
        len: u64,
        elem_size: u64,
        at: base::source::Span,
    },
    SliceElem {
        ptr: Value,
        len: Value,
        idx: Value,
        unsigned: bool,
        elem_size: u64,
        at: base::source::Span,
    },
}

pub enum PlaceRef {
    Vars(LocalId),
    /// Base address, constant offset, and whether the base came from a pointer that may be
    /// nil and has not been checked (the access itself must fault).
    Addr(Value, i32, bool),
}

impl FunctionCx<'_, '_> {
    /// The Go type of a place.
    pub fn place_type(&self, p: &Place) -> TypeId {
        let types = self.types();
        match p {
            Place::Local(l) => self.func.local(*l).ty,
            Place::Global(g) => self.prog.globals[g.index()].ty,
            Place::Deref(e) => match types.under(e.ty) {
                Type::Pointer(t) => *t,
                _ => e.ty,
            },
            Place::Field(base, i) => match types.under(self.place_type(base)) {
                Type::Struct(fields) => fields[*i].ty,
                _ => self.place_type(base),
            },
            Place::Index(base, _, _) => match types.under(self.place_type(base)) {
                Type::Array(_, e) => *e,
                _ => self.place_type(base),
            },
            Place::SliceElem(s, _, _) => match types.under(s.ty) {
                Type::Slice(e) => *e,
                _ => s.ty,
            },
        }
    }

    /// Phase 1: evaluates the place's operands, in source order.
    pub fn prepare(&mut self, p: &Place) -> PlaceOps {
        match p {
            Place::Local(l) => PlaceOps::Local(*l),
            Place::Global(g) => PlaceOps::Global(*g),
            Place::Deref(e) => {
                let ptr = self.eval(e).val();
                let pointee = self.place_type(p);
                PlaceOps::Deref { ptr, pointee }
            }
            Place::Field(base, i) => {
                let bt = self.place_type(base);
                let offset = self.types().field_offsets(bt).get(*i).copied().unwrap_or(0);
                PlaceOps::Field {
                    base: Box::new(self.prepare(base)),
                    offset,
                }
            }
            Place::Index(base, i, at) => {
                let bt = self.place_type(base);
                let (len, elem) = match self.types().under(bt) {
                    Type::Array(n, e) => (*n, *e),
                    _ => (0, bt),
                };
                let base = Box::new(self.prepare(base));
                let (idx, unsigned) = self.eval_index(i);
                PlaceOps::Index {
                    base,
                    idx,
                    unsigned,
                    len,
                    elem_size: self.types().size_of(elem),
                    at: *at,
                }
            }
            Place::SliceElem(s, i, at) => {
                let elem = self.place_type(p);
                let sv = self.eval(s);
                let (idx, unsigned) = self.eval_index(i);
                let parts = sv.parts();
                PlaceOps::SliceElem {
                    ptr: parts[0],
                    len: parts[1],
                    idx,
                    unsigned,
                    elem_size: self.types().size_of(elem),
                    at: *at,
                }
            }
        }
    }

    /// Phase 2: the checks, then where the place is.
    pub fn resolve(&mut self, ops: PlaceOps) -> PlaceRef {
        match ops {
            PlaceOps::Local(l) => match self.locals[l.index()] {
                LocalStore::Vars(_) => PlaceRef::Vars(l),
                _ => {
                    let (a, off) = self.local_addr(l);
                    PlaceRef::Addr(a, off, false)
                }
            },
            PlaceOps::Global(g) => {
                let id = self.cx.global_id(g);
                PlaceRef::Addr(self.data_addr(id), 0, false)
            }
            PlaceOps::Deref { ptr, pointee } => {
                // Accesses that may not fault by themselves: past the first page, or none at
                // all (zero size). Whole copies through memmove are checked where they happen.
                let size = self.types().size_of(pointee);
                if size >= NIL_FAULT_LIMIT || size == 0 {
                    self.nil_check(ptr);
                    PlaceRef::Addr(ptr, 0, false)
                } else {
                    PlaceRef::Addr(ptr, 0, true)
                }
            }
            PlaceOps::Field { base, offset } => match self.resolve(*base) {
                PlaceRef::Addr(a, off, nil) => PlaceRef::Addr(a, off + offset as i32, nil),
                vars => {
                    self.error("field of a register-held local");
                    vars
                }
            },
            PlaceOps::Index {
                base,
                idx,
                unsigned,
                len,
                elem_size,
                at,
            } => {
                let base = self.resolve(*base);
                let len = self.b.ins().iconst(PTR, len as i64);
                self.bounds_check(idx, len, unsigned, at);
                match base {
                    PlaceRef::Addr(a, off, nil) => {
                        let scaled = self.b.ins().imul_imm_s(idx, elem_size as i64);
                        let a = self.b.ins().iadd(a, scaled);
                        PlaceRef::Addr(a, off, nil)
                    }
                    vars => {
                        self.error("index of a register-held local");
                        vars
                    }
                }
            }
            PlaceOps::SliceElem {
                ptr,
                len,
                idx,
                unsigned,
                elem_size,
                at,
            } => {
                self.bounds_check(idx, len, unsigned, at);
                let scaled = self.b.ins().imul_imm_s(idx, elem_size as i64);
                PlaceRef::Addr(self.b.ins().iadd(ptr, scaled), 0, false)
            }
        }
    }

    pub fn place(&mut self, p: &Place) -> PlaceRef {
        let ops = self.prepare(p);
        self.resolve(ops)
    }

    pub fn load_place(&mut self, r: &PlaceRef, t: TypeId) -> CValue {
        match r {
            PlaceRef::Vars(l) => match &self.locals[l.index()] {
                LocalStore::Vars(vars) => {
                    let vars = vars.clone();
                    CValue::Parts(vars.iter().map(|&v| self.b.use_var(v)).collect())
                }
                _ => unreachable!("Vars place of a memory local"),
            },
            PlaceRef::Addr(a, off, nil) => {
                self.check_copy_base(t, *a, *nil);
                self.load_value(t, *a, *off)
            }
        }
    }

    /// A struct or array copied with `runtime.memmove` from or to memory behind an unchecked
    /// pointer: check the pointer first, so a nil fault happens in Go code, as gc's does.
    /// A zero-sized value read or written behind an unchecked pointer (`p.x` with `x struct{}`)
    /// touches no memory: check the pointer, as gc's nil check does.
    fn check_copy_base(&mut self, t: TypeId, base: Value, may_be_nil: bool) {
        let size = self.types().size_of(t);
        if may_be_nil && (size > super::value::INLINE_COPY_LIMIT || size == 0) {
            self.nil_check(base);
        }
    }

    pub fn store_place(&mut self, r: &PlaceRef, t: TypeId, v: &CValue) {
        match r {
            PlaceRef::Vars(l) => {
                if let LocalStore::Vars(vars) = &self.locals[l.index()] {
                    let vars = vars.clone();
                    for (var, val) in vars.iter().zip(v.parts()) {
                        self.b.def_var(*var, *val);
                    }
                }
            }
            PlaceRef::Addr(a, off, nil) => {
                self.check_copy_base(t, *a, *nil);
                self.store_value(t, *a, *off, v)
            }
        }
    }

    pub fn place_addr(&mut self, r: &PlaceRef) -> Value {
        match r {
            PlaceRef::Addr(a, off, _) => self.offset_addr(*a, *off),
            PlaceRef::Vars(l) => {
                let name = self.func.local(*l).name.clone();
                self.error(format!(
                    "address of local {name} which is not marked addr_taken"
                ));
                self.b.ins().iconst(PTR, 0)
            }
        }
    }

    /// `dst = src`.
    pub fn assign(&mut self, dst: &Place, src: &typed_ir::Expr) {
        let t = self.place_type(dst);
        let ops = self.prepare(dst);
        // A struct or array copied from another place goes straight from place to place
        // (memmove semantics, so `a = a` and overlapping copies are fine).
        if let (super::value::Repr::Mem, typed_ir::ExprKind::Load(sp)) = (self.repr(t), &src.kind) {
            let sref = self.place(sp);
            if let PlaceRef::Addr(a, _, nil) = sref {
                self.check_copy_base(t, a, nil);
            }
            let saddr = self.place_addr(&sref);
            let dref = self.resolve(ops);
            if let PlaceRef::Addr(a, _, nil) = dref {
                self.check_copy_base(t, a, nil);
            }
            let daddr = self.place_addr(&dref);
            let size = self.types().size_of(t);
            self.copy_mem(daddr, saddr, size);
            return;
        }
        let v = self.eval(src);
        let r = self.resolve(ops);
        self.store_place(&r, t, &v);
    }

    /// `a, b = f()`.
    pub fn assign_multi(&mut self, dsts: &[Option<Place>], src: &typed_ir::Expr) {
        let ops: Vec<Option<(TypeId, PlaceOps)>> = dsts
            .iter()
            .map(|d| d.as_ref().map(|p| (self.place_type(p), self.prepare(p))))
            .collect();
        let v = self.eval(src);
        let CValue::Tuple(vals) = v else {
            self.error("multi-value assignment from a single value");
            return;
        };
        for (op, val) in ops.into_iter().zip(vals) {
            if let Some((t, op)) = op {
                let r = self.resolve(op);
                self.store_place(&r, t, &val);
            }
        }
    }
}
