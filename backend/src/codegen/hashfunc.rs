//! The generated hash functions `type:.hash.<shape>` that map types' `Hasher` closures
//! (`type:.hashfunc.<shape>`) point to, for key types no runtime function hashes by itself
//! (gc's `hashFunc`, reflectdata/alg.go). Like the equality functions they are named by the
//! *shape* of the key (`reflectdata/eqshape.rs`), so all keys hashed alike share one.
//!
//! Calling convention (docs/runtime-abi.md, *Hash functions*): `u64 hash(const void *p, u64 h,
//! const void *closure)`, C ABI; the closure is ignored. The atoms are hashed in memory
//! order, each call taking the running hash and returning the next, as gc's do:
//!
//! | atom | call |
//! |---|---|
//! | `M4` / `M8` | `runtime.memhash32(p+off, h)` / `runtime.memhash64(p+off, h)` |
//! | `M<n>` | `runtime.memhash(p+off, h, n)` |
//! | `K<n>` | nothing (padding, `_` fields) |
//! | `S` | `runtime.strhash(p+off, h)` |
//! | `F` / `G` | `runtime.f32hash` / `runtime.f64hash` |
//! | `E` / `I` | `runtime.nilinterhash` / `runtime.interhash` |
//! | `[k<body>]` | a loop calling `type:.hash.<body>(p+i, h)` for each of the k bodies |

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    AbiParam, BlockArg, ExtFuncData, ExternalName, InstBuilder, Signature, UserExternalName,
    UserFuncName, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId as ClFuncId, Linkage, Module};

use super::value::PTR;
use super::CodegenCx;
use crate::reflectdata::{EqAtom, EqShape, HashFunc};

/// The C signature of a hash function: `(p, h[, size or closure]) -> h`.
fn hash_signature(cx: &CodegenCx<'_>, params: usize) -> Signature {
    let mut sig = Signature::new(cx.call_conv);
    sig.params
        .extend(std::iter::repeat_n(AbiParam::new(PTR), params));
    sig.returns.push(AbiParam::new(PTR));
    sig
}

impl CodegenCx<'_> {
    /// A runtime hash function: `runtime.memhash(p, h, size)`, or one of the two-argument
    /// ones (`runtime.strhash(p, h)`, …), declared once.
    fn runtime_hash(&mut self, name: &str) -> Result<ClFuncId, String> {
        let params = if name == "runtime.memhash" { 3 } else { 2 };
        let sig = hash_signature(self, params);
        self.module
            .declare_function(name, Linkage::Import, &sig)
            .map_err(|e| format!("{name}: {e}"))
    }

    /// The generated hash function `symbol`, declared (defined or not) once.
    fn declare_hash_func(&mut self, symbol: &str) -> Result<ClFuncId, String> {
        let sig = hash_signature(self, 3);
        // Dupok in gc: the library archive's is weak, any program's own wins.
        let linkage = match self.is_library_unit() {
            true => Linkage::Preemptible,
            false => Linkage::Export,
        };
        self.module
            .declare_function(symbol, linkage, &sig)
            .map_err(|e| format!("{symbol}: {e}"))
    }

    /// Declares and defines `hash.symbol` (see the module doc).
    pub fn define_hash_func(&mut self, hash: &HashFunc) -> Result<(), String> {
        let id = self.declare_hash_func(&hash.symbol)?;
        let mut ctx = self.module.make_context();
        ctx.func.signature = hash_signature(self, 3);
        ctx.func.name = UserFuncName::user(0, id.as_u32());
        let mut fb_ctx = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fb_ctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let params = b.block_params(entry).to_vec();
            let mut hb = HashBuilder { cx: self, b };
            let h = hb.atoms(&hash.shape.0, params[0], params[1])?;
            hb.b.ins().return_(&[h]);
            hb.b.seal_all_blocks();
            let config = hb.cx.module.isa().frontend_config();
            hb.b.finalize(config);
        }
        self.module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("{}: {e}", hash.symbol))?;
        let size = ctx
            .compiled_code()
            .map(|c| c.code_buffer().len() as u64)
            .unwrap_or(0);
        if self.listing {
            if let Some(code) = ctx.compiled_code() {
                self.hash_listings.push(crate::asm::capture_function(
                    &self.module,
                    id,
                    &ctx.func,
                    code,
                    &self.srclocs,
                    Default::default(),
                    16,
                    self.arm64,
                    true,
                ));
            }
        }
        // Recorded in `runtime.functab` as the equality functions are.
        self.eq_records.push((id, hash.symbol.clone(), size));
        Ok(())
    }
}

struct HashBuilder<'a, 'b, 'p> {
    cx: &'a mut CodegenCx<'p>,
    b: FunctionBuilder<'b>,
}

impl HashBuilder<'_, '_, '_> {
    /// A direct call (`CALL runtime.strhash(SB)`): declared colocated, as every call
    /// target is (one statically linked, non-PIE executable; see `call.rs`).
    fn call(&mut self, callee: ClFuncId, args: &[Value]) -> Value {
        let sig = self
            .cx
            .module
            .declarations()
            .get_function_decl(callee)
            .signature
            .clone();
        let signature = self.b.import_signature(sig);
        let name = self
            .b
            .func
            .declare_imported_user_function(UserExternalName {
                namespace: 0,
                index: callee.as_u32(),
            });
        let r = self.b.import_function(ExtFuncData {
            name: ExternalName::user(name),
            signature,
            colocated: true,
            patchable: false,
        });
        let inst = self.b.ins().call(r, args);
        self.b.inst_results(inst)[0]
    }

    /// Hashes `atoms` of the value at `p`, starting from `h`; returns the hash.
    fn atoms(&mut self, atoms: &[EqAtom], p: Value, mut h: Value) -> Result<Value, String> {
        let mut off = 0u64;
        for a in atoms {
            let at = |hb: &mut Self| match off {
                0 => p,
                _ => hb.b.ins().iadd_imm_s(p, off as i64),
            };
            match a {
                EqAtom::Skip(_) => {}
                EqAtom::Mem(n) => {
                    let q = at(self);
                    h = match n {
                        4 | 8 => {
                            let name = if *n == 4 {
                                "runtime.memhash32"
                            } else {
                                "runtime.memhash64"
                            };
                            let f = self.cx.runtime_hash(name)?;
                            self.call(f, &[q, h])
                        }
                        _ => {
                            let f = self.cx.runtime_hash("runtime.memhash")?;
                            let size = self.b.ins().iconst(PTR, *n as i64);
                            self.call(f, &[q, h, size])
                        }
                    };
                }
                EqAtom::String
                | EqAtom::Float32
                | EqAtom::Float64
                | EqAtom::Eface
                | EqAtom::Iface => {
                    let name = match a {
                        EqAtom::String => "runtime.strhash",
                        EqAtom::Float32 => "runtime.f32hash",
                        EqAtom::Float64 => "runtime.f64hash",
                        EqAtom::Eface => "runtime.nilinterhash",
                        _ => "runtime.interhash",
                    };
                    let q = at(self);
                    let f = self.cx.runtime_hash(name)?;
                    h = self.call(f, &[q, h]);
                }
                EqAtom::Loop { count, body } => {
                    // for i := off; i < off + count*step; i += step { h = hash_body(p+i, h) }
                    let step: u64 = body.iter().map(EqAtom::size).sum();
                    let body_fn = format!("type:.hash.{}", EqShape(body.clone()));
                    let callee = self.cx.declare_hash_func(&body_fn)?;
                    let header = self.b.create_block();
                    let looped = self.b.create_block();
                    let exit = self.b.create_block();
                    self.b.append_block_param(header, PTR);
                    self.b.append_block_param(header, PTR);
                    self.b.append_block_param(exit, PTR);
                    let start = self.b.ins().iconst(PTR, off as i64);
                    self.b
                        .ins()
                        .jump(header, &[BlockArg::Value(start), BlockArg::Value(h)]);
                    self.b.switch_to_block(header);
                    let hp = self.b.block_params(header).to_vec();
                    let end = (off + count * step) as i64;
                    let more = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, hp[0], end);
                    self.b
                        .ins()
                        .brif(more, looped, &[], exit, &[BlockArg::Value(hp[1])]);
                    self.b.switch_to_block(looped);
                    let q = self.b.ins().iadd(p, hp[0]);
                    let closure = self.b.ins().iconst(PTR, 0);
                    let nh = self.call(callee, &[q, hp[1], closure]);
                    let next = self.b.ins().iadd_imm_s(hp[0], step as i64);
                    self.b
                        .ins()
                        .jump(header, &[BlockArg::Value(next), BlockArg::Value(nh)]);
                    self.b.switch_to_block(exit);
                    h = self.b.block_params(exit)[0];
                }
            }
            off += a.size();
        }
        Ok(h)
    }
}
