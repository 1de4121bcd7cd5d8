//! gocrane's calling convention between Go functions, and calls into the runtime.
//!
//! Go functions use the platform C calling convention (System V on x86-64, AAPCS64 on
//! arm64) with Go values passed as follows (see `value.rs` for [`Repr`]):
//!
//! * a **Parts** parameter is passed as its parts, each a separate argument: an `int` is one
//!   register, a string two (`ptr, len`), a slice three (`ptr, len, cap`), an interface two.
//!   This is also how the runtime takes strings and slices, so a listing reads alike for both;
//! * a **Mem** parameter (struct, array) is passed as a pointer to a copy the caller made;
//!   the callee owns that copy and uses it as the parameter's storage (no second copy);
//! * except a **pointer-shaped** struct or array (one word, all pointer: `struct{ p *int }`,
//!   `[1]*int`, gc's direct-iface types), which is passed as that one word in a register, as
//!   gc passes it. An interface holding such a value has the value itself as its data word, and
//!   the itab entry of a value method is the method itself (gc's `Ifn` is `T.M`, no wrapper):
//!   the interface call hands the data word over unchanged, so the method must take the word;
//! * **results**: when all results are Parts and together need at most two registers
//!   (`int`, `(int, bool)`, `string`, `float64`), they are returned in registers. Otherwise
//!   (a slice, a struct, three or more words) the caller passes a pointer to a result buffer as
//!   the first argument. The buffer holds the results in the layout of `Types::size_of(Tuple)`:
//!   each result at the next multiple of 8 bytes.
//!
//! Runtime functions declared by the program (`ir::Extern`) follow the runtime's C ABI
//! (`docs/runtime-abi.md`): the same parameter rules, a single scalar result in a register,
//! any other result through an out-pointer first argument.
//!
//! Every call target is declared `colocated`: everything ends up in one statically linked,
//! non-PIE executable, so calls are direct `call rel32` / `bl` and data addresses are
//! pc-relative.

use base::types::{align_up, TypeId, Types};
use cranelift_codegen::ir::{
    self, AbiParam, ExtFuncData, ExternalName, FuncRef, InstBuilder, Signature, Type,
    UserExternalName, Value,
};
use cranelift_codegen::isa::CallConv;
use cranelift_module::{DataId, FuncId as ClFuncId, Module};

use super::value::{go_mem, repr, CValue, Repr, PTR};
use super::FunctionCx;

#[derive(Clone, Debug)]
pub enum ParamAbi {
    Parts(Vec<Type>),
    ByRef,
    /// A pointer-shaped struct or array: its one word, by value (see the module doc).
    Word,
}

#[derive(Clone, Debug)]
pub enum ResultAbi {
    /// Flattened parts of all results, in order.
    Regs(Vec<Type>),
    /// Offsets of each result in the caller's buffer, and its size.
    OutPtr { offsets: Vec<u64>, size: u64 },
}

#[derive(Clone, Debug)]
pub struct GoAbi {
    pub params: Vec<ParamAbi>,
    pub results: ResultAbi,
    pub result_types: Vec<TypeId>,
    /// A hidden last parameter, the closure context: the funcval a call through a func value
    /// was made with (gc passes it in a register of its own, DX on amd64, R26 on arm64).
    /// Calls through func values pass it; a function literal with captures takes it; other
    /// functions ignore it, harmlessly, since the caller owns its argument registers and
    /// stack.
    pub context: bool,
}

/// The convention for a function with these parameter and result types; `max_result_regs`
/// is 2 for Go functions and 1 for the runtime's C functions.
pub fn go_abi(
    types: &Types,
    params: &[TypeId],
    results: &[TypeId],
    max_result_regs: usize,
) -> GoAbi {
    let params = params
        .iter()
        .map(|&t| match repr(types, t) {
            Repr::Parts(p) => ParamAbi::Parts(p.iter().map(|&(ty, _)| ty).collect()),
            Repr::Mem if crate::reflectdata::is_direct_iface(types, t) => ParamAbi::Word,
            Repr::Mem => ParamAbi::ByRef,
        })
        .collect();
    let mut regs = Vec::new();
    let mut in_regs = true;
    for &t in results {
        match repr(types, t) {
            Repr::Parts(p) => regs.extend(p.iter().map(|&(ty, _)| ty)),
            Repr::Mem => in_regs = false,
        }
    }
    let results_abi = if in_regs && regs.len() <= max_result_regs {
        ResultAbi::Regs(regs)
    } else {
        let mut offsets = Vec::new();
        let mut off = 0;
        for &t in results {
            offsets.push(off);
            off += align_up(types.size_of(t), 8);
        }
        ResultAbi::OutPtr { offsets, size: off }
    };
    GoAbi {
        params,
        results: results_abi,
        result_types: results.to_vec(),
        context: false,
    }
}

pub fn signature(abi: &GoAbi, call_conv: CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    if let ResultAbi::OutPtr { .. } = abi.results {
        sig.params.push(AbiParam::new(PTR));
    }
    for p in &abi.params {
        match p {
            ParamAbi::Parts(tys) => sig.params.extend(tys.iter().map(|&t| AbiParam::new(t))),
            ParamAbi::ByRef | ParamAbi::Word => sig.params.push(AbiParam::new(PTR)),
        }
    }
    if abi.context {
        sig.params.push(AbiParam::new(PTR));
    }
    if let ResultAbi::Regs(tys) = &abi.results {
        sig.returns.extend(tys.iter().map(|&t| AbiParam::new(t)));
    }
    sig
}

impl FunctionCx<'_, '_> {
    /// A reference to a module function from the function being built (cached).
    pub fn func_ref(&mut self, id: ClFuncId) -> FuncRef {
        if let Some(&r) = self.func_refs.get(&id) {
            return r;
        }
        let sig = self
            .cx
            .module
            .declarations()
            .get_function_decl(id)
            .signature
            .clone();
        let sigref = self.b.import_signature(sig);
        let name = self
            .b
            .func
            .declare_imported_user_function(UserExternalName {
                namespace: 0,
                index: id.as_u32(),
            });
        let r = self.b.import_function(ExtFuncData {
            name: ExternalName::user(name),
            signature: sigref,
            colocated: true,
            patchable: false,
        });
        self.func_refs.insert(id, r);
        r
    }

    /// The address of a module data object, materialised where it is used.
    ///
    /// Each use gets a global value of its own: Cranelift's optimizer merges equal
    /// `symbol_value`s, which would compute `&go:itab.T,I` once, at the first use, and keep it
    /// in a register across calls, so that the listing shows the `LEAQ` at the first use's line.
    /// gc materialises a symbol's address at each use, as this does.
    pub fn data_addr(&mut self, id: DataId) -> Value {
        let name = match self.data_refs.get(&id) {
            Some(&name) => name,
            None => {
                let name = self
                    .b
                    .func
                    .declare_imported_user_function(UserExternalName {
                        namespace: 1,
                        index: id.as_u32(),
                    });
                self.data_refs.insert(id, name);
                name
            }
        };
        let gv = self.b.create_global_value(ir::GlobalValueData::Symbol {
            name: ExternalName::user(name),
            offset: ir::immediates::Imm64::new(0),
            colocated: true,
            tls: false,
        });
        self.b.ins().symbol_value(PTR, gv)
    }

    /// Calls a runtime function by name; returns its results.
    pub fn call_rt(&mut self, name: &'static str, args: &[Value]) -> Vec<Value> {
        let id = match self.cx.runtime_func(name) {
            Ok(id) => id,
            Err(e) => {
                self.error(e);
                return Vec::new();
            }
        };
        let r = self.func_ref(id);
        let inst = self.b.ins().call(r, args);
        self.b.inst_results(inst).to_vec()
    }

    /// Calls a no-return runtime function (a panic) and ends the block with a trap.
    pub fn call_rt_noreturn(&mut self, name: &'static str, args: &[Value]) {
        self.call_rt(name, args);
        self.b.ins().trap(ir::TrapCode::unwrap_user(1));
    }

    /// Calls a Go function (or an extern) with the convention `abi`.
    pub fn emit_call(&mut self, id: ClFuncId, abi: &GoAbi, args: &[CValue]) -> CValue {
        self.emit_call_to(Some(id), None, abi, args, None)
    }

    /// Calls the code at `fnptr` (an itab entry, or a funcval's code with the funcval as
    /// `context`) with the convention `abi`.
    pub fn emit_call_indirect(
        &mut self,
        fnptr: Value,
        abi: &GoAbi,
        args: &[CValue],
        context: Option<Value>,
    ) -> CValue {
        self.emit_call_to(None, Some(fnptr), abi, args, context)
    }

    fn emit_call_to(
        &mut self,
        id: Option<ClFuncId>,
        fnptr: Option<Value>,
        abi: &GoAbi,
        args: &[CValue],
        context: Option<Value>,
    ) -> CValue {
        let mut argv = Vec::new();
        let out = match &abi.results {
            ResultAbi::OutPtr { size, .. } => {
                let out = self.new_slot(*size);
                argv.push(out);
                Some(out)
            }
            ResultAbi::Regs(_) => None,
        };
        for (p, a) in abi.params.iter().zip(args) {
            match (p, a) {
                (ParamAbi::Parts(_), CValue::Parts(vals)) => argv.extend(vals),
                (ParamAbi::ByRef, CValue::Mem(addr)) => argv.push(*addr),
                (ParamAbi::Word, CValue::Mem(addr)) => {
                    let word = self.b.ins().load(PTR, go_mem(), *addr, 0);
                    argv.push(word)
                }
                // An interface's data word (the receiver of an interface call).
                (ParamAbi::Word, CValue::Parts(vals)) if vals.len() == 1 => argv.extend(vals),
                (p, a) => {
                    self.error(format!("call argument {a:?} does not match {p:?}"));
                    return CValue::unit();
                }
            }
        }
        if abi.context {
            let ctx = match context {
                Some(c) => c,
                None => self.b.ins().iconst(PTR, 0),
            };
            argv.push(ctx);
        }
        let inst = match (id, fnptr) {
            (Some(id), _) => {
                let r = self.func_ref(id);
                self.b.ins().call(r, &argv)
            }
            (None, Some(p)) => {
                let sig = self.b.import_signature(signature(abi, self.cx.call_conv));
                self.b.ins().call_indirect(sig, p, &argv)
            }
            (None, None) => return CValue::unit(),
        };
        let rets = self.b.inst_results(inst).to_vec();
        let mut results = Vec::new();
        match (&abi.results, out) {
            (ResultAbi::OutPtr { offsets, .. }, Some(out)) => {
                for (&t, &off) in abi.result_types.iter().zip(offsets) {
                    let v = match self.repr(t) {
                        // The buffer is fresh for this call: Mem results can live in it.
                        Repr::Mem => {
                            let a = self.offset_addr(out, off as i32);
                            CValue::Mem(a)
                        }
                        Repr::Parts(_) => self.load_value(t, out, off as i32),
                    };
                    results.push(v);
                }
            }
            _ => {
                let mut i = 0;
                for &t in &abi.result_types {
                    let n = match self.repr(t) {
                        Repr::Parts(p) => p.len(),
                        Repr::Mem => 0,
                    };
                    results.push(CValue::Parts(rets[i..i + n].to_vec()));
                    i += n;
                }
            }
        }
        match results.len() {
            0 => CValue::unit(),
            1 => results.pop().unwrap_or_else(CValue::unit),
            _ => CValue::Tuple(results),
        }
    }
}
