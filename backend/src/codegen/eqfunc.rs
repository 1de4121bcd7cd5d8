//! The generated equality functions `type:.eq.<shape>` that type descriptors' `Equal`
//! closures point to (gc 1.27 names them by the *shape* of the comparison; see
//! `reflectdata/eqshape.rs` for the atoms).
//!
//! Calling convention (docs/runtime-abi.md, *Equal*): `u8 eq(const void *p, const void *q,
//! const void *closure)`, C ABI; the closure is ignored. The atoms are compared in memory
//! order and the first difference returns 0:
//!
//! | atom | code |
//! |---|---|
//! | `M<n>` | 8/4/2/1-byte loads and compares (`runtime.memequal` above 64 bytes) |
//! | `K<n>` | nothing (padding, `_` fields) |
//! | `S` | lengths; the bytes (`runtime.memequal`) later, before the next `E`/`I`/loop or at the end |
//! | `F` / `G` | float compare (NaN ≠ NaN) |
//! | `E` / `I` | type/itab words, then `runtime.efaceeq` / `runtime.ifaceeq` of the data words |
//! | `[k…]` | a loop running the body k times over consecutive chunks |

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, InstBuilder, Signature, UserFuncName, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{Linkage, Module};

use super::value::{go_mem, PTR};
use super::CodegenCx;
use crate::reflectdata::{EqAtom, EqFunc};

fn atom_size(a: &EqAtom) -> u64 {
    match a {
        EqAtom::Mem(n) | EqAtom::Skip(n) => *n,
        EqAtom::String | EqAtom::Eface | EqAtom::Iface => 16,
        EqAtom::Float32 => 4,
        EqAtom::Float64 => 8,
        EqAtom::Loop { count, body } => count * body.iter().map(atom_size).sum::<u64>(),
    }
}

struct EqBuilder<'a, 'b, 'p> {
    cx: &'a mut CodegenCx<'p>,
    b: FunctionBuilder<'b>,
    fail: Block,
    /// Strings `(p, q, offset)` whose lengths are equal and whose bytes are still to compare.
    pending_strings: Vec<(Value, Value, i32)>,
}

impl EqBuilder<'_, '_, '_> {
    fn call(&mut self, name: &'static str, args: &[Value]) -> Result<Value, String> {
        let id = self.cx.runtime_func(name)?;
        let r = self.cx.module.declare_func_in_func(id, self.b.func);
        let inst = self.b.ins().call(r, args);
        self.b
            .inst_results(inst)
            .first()
            .copied()
            .ok_or_else(|| format!("{name} returns nothing"))
    }

    /// Continues in a fresh block if `ok` (an i8 or comparison result) holds, else fails.
    fn require(&mut self, ok: Value) {
        let next = self.b.create_block();
        self.b.ins().brif(ok, next, &[], self.fail, &[]);
        self.b.switch_to_block(next);
    }

    /// Compares the bytes of the strings whose lengths were found equal since the last flush:
    /// gc puts them off so that cheaper comparisons further on decide first.
    fn flush_strings(&mut self) -> Result<(), String> {
        for (p, q, off) in std::mem::take(&mut self.pending_strings) {
            let px = self.b.ins().load(PTR, go_mem(), p, off);
            let py = self.b.ins().load(PTR, go_mem(), q, off);
            let len = self.b.ins().load(PTR, go_mem(), p, off + 8);
            let eq = self.call("runtime.memequal", &[px, py, len])?;
            self.require(eq);
        }
        Ok(())
    }

    fn atoms(&mut self, atoms: &[EqAtom], p: Value, q: Value, mut off: i32) -> Result<(), String> {
        for a in atoms {
            match a {
                EqAtom::Skip(_) => {}
                EqAtom::Mem(n) if *n > 64 => {
                    let pa = self.b.ins().iadd_imm_s(p, off as i64);
                    let qa = self.b.ins().iadd_imm_s(q, off as i64);
                    let len = self.b.ins().iconst(PTR, *n as i64);
                    let eq = self.call("runtime.memequal", &[pa, qa, len])?;
                    self.require(eq);
                }
                EqAtom::Mem(n) => {
                    let mut at = 0u64;
                    for (ty, w) in [
                        (types::I64, 8),
                        (types::I32, 4),
                        (types::I16, 2),
                        (types::I8, 1),
                    ] {
                        while n - at >= w {
                            let o = off + at as i32;
                            let x = self.b.ins().load(ty, go_mem(), p, o);
                            let y = self.b.ins().load(ty, go_mem(), q, o);
                            let eq = self.b.ins().icmp(IntCC::Equal, x, y);
                            self.require(eq);
                            at += w;
                        }
                    }
                }
                EqAtom::String => {
                    let lx = self.b.ins().load(PTR, go_mem(), p, off + 8);
                    let ly = self.b.ins().load(PTR, go_mem(), q, off + 8);
                    let same_len = self.b.ins().icmp(IntCC::Equal, lx, ly);
                    self.require(same_len);
                    self.pending_strings.push((p, q, off));
                }
                EqAtom::Float32 | EqAtom::Float64 => {
                    let ty = if *a == EqAtom::Float32 {
                        types::F32
                    } else {
                        types::F64
                    };
                    let x = self.b.ins().load(ty, go_mem(), p, off);
                    let y = self.b.ins().load(ty, go_mem(), q, off);
                    let eq = self.b.ins().fcmp(FloatCC::Equal, x, y);
                    self.require(eq);
                }
                EqAtom::Eface | EqAtom::Iface => {
                    // Only once everything before is equal may an interface compare panic.
                    self.flush_strings()?;
                    let tx = self.b.ins().load(PTR, go_mem(), p, off);
                    let ty = self.b.ins().load(PTR, go_mem(), q, off);
                    let same = self.b.ins().icmp(IntCC::Equal, tx, ty);
                    self.require(same);
                    let dx = self.b.ins().load(PTR, go_mem(), p, off + 8);
                    let dy = self.b.ins().load(PTR, go_mem(), q, off + 8);
                    let f = if *a == EqAtom::Eface {
                        "runtime.efaceeq"
                    } else {
                        "runtime.ifaceeq"
                    };
                    let eq = self.call(f, &[tx, dx, dy])?;
                    self.require(eq);
                }
                EqAtom::Loop { count, body } => {
                    self.flush_strings()?;
                    let step: u64 = body.iter().map(atom_size).sum();
                    let header = self.b.create_block();
                    let body_b = self.b.create_block();
                    let exit = self.b.create_block();
                    for _ in 0..3 {
                        self.b.append_block_param(header, PTR);
                    }
                    let p0 = self.b.ins().iadd_imm_s(p, off as i64);
                    let q0 = self.b.ins().iadd_imm_s(q, off as i64);
                    let zero = self.b.ins().iconst(PTR, 0);
                    let args = [
                        BlockArg::Value(p0),
                        BlockArg::Value(q0),
                        BlockArg::Value(zero),
                    ];
                    self.b.ins().jump(header, &args);
                    self.b.switch_to_block(header);
                    let hp = self.b.block_params(header).to_vec();
                    let more =
                        self.b
                            .ins()
                            .icmp_imm_s(IntCC::UnsignedLessThan, hp[2], *count as i64);
                    self.b.ins().brif(more, body_b, &[], exit, &[]);
                    self.b.switch_to_block(body_b);
                    self.atoms(body, hp[0], hp[1], 0)?;
                    self.flush_strings()?;
                    let np = self.b.ins().iadd_imm_s(hp[0], step as i64);
                    let nq = self.b.ins().iadd_imm_s(hp[1], step as i64);
                    let ni = self.b.ins().iadd_imm_s(hp[2], 1);
                    let args = [
                        BlockArg::Value(np),
                        BlockArg::Value(nq),
                        BlockArg::Value(ni),
                    ];
                    self.b.ins().jump(header, &args);
                    self.b.switch_to_block(exit);
                }
            }
            off += atom_size(a) as i32;
        }
        Ok(())
    }
}

impl CodegenCx<'_> {
    /// Declares and defines `eq.symbol` (see the module doc).
    pub fn define_eq_func(&mut self, eq: &EqFunc) -> Result<(), String> {
        let mut sig = Signature::new(self.call_conv);
        sig.params.extend([AbiParam::new(PTR); 3]);
        sig.returns.push(AbiParam::new(types::I8));
        // Dupok in gc: the library archive's is weak, any program's own wins.
        let linkage = match self.is_library_unit() {
            true => Linkage::Preemptible,
            false => Linkage::Export,
        };
        let id = self
            .module
            .declare_function(&eq.symbol, linkage, &sig)
            .map_err(|e| e.to_string())?;
        let mut ctx = self.module.make_context();
        ctx.func.signature = sig;
        ctx.func.name = UserFuncName::user(0, id.as_u32());
        let mut fb_ctx = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fb_ctx);
            let entry = b.create_block();
            let fail = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let params = b.block_params(entry).to_vec();
            let mut eb = EqBuilder {
                cx: self,
                b,
                fail,
                pending_strings: Vec::new(),
            };
            eb.atoms(&eq.shape.0, params[0], params[1], 0)?;
            eb.flush_strings()?;
            let one = eb.b.ins().iconst(types::I8, 1);
            eb.b.ins().return_(&[one]);
            eb.b.switch_to_block(fail);
            let zero = eb.b.ins().iconst(types::I8, 0);
            eb.b.ins().return_(&[zero]);
            eb.b.seal_all_blocks();
            let config = eb.cx.module.isa().frontend_config();
            eb.b.finalize(config);
        }
        self.module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("{}: {e}", eq.symbol))?;
        let size = ctx
            .compiled_code()
            .map(|c| c.code_buffer().len() as u64)
            .unwrap_or(0);
        self.eq_records.push((id, eq.symbol.clone(), size));
        Ok(())
    }
}
