//! The runtime functions generated code calls, with their C signatures (the contract is
//! `docs/runtime-abi.md`; every name here must be listed there).
//!
//! Signatures are written as short strings, one letter per C argument: `i` 64-bit integer or
//! pointer, `b` bool (u8), `h` 16-bit integer, `w` 32-bit integer, `f` float64, `s` float32. A string argument is
//! `ii` (ptr, len), a slice `iii`; an aggregate result is an out-pointer, the first `i`.

use cranelift_codegen::ir::{types, AbiParam, Signature, Type};
use cranelift_codegen::isa::CallConv;

/// `(name, params, results, returns)`; `returns` is false for the no-return panics, which
/// callers follow with a trap.
const RUNTIME: &[(&str, &str, &str, bool)] = &[
    // Allocation and memory.
    ("runtime.newobject", "i", "i", true),
    ("runtime.mallocgc", "iib", "i", true),
    ("runtime.makeslice", "iii", "i", true),
    ("runtime.growslice", "iiiiii", "", true),
    ("runtime.memequal", "iii", "b", true),
    ("runtime.memmove", "iii", "", true),
    ("runtime.memclrNoHeapPointers", "ii", "", true),
    ("runtime.typedmemmove", "iii", "", true),
    ("runtime.slicecopy", "iiiii", "i", true),
    // Maps (runtime/src/map.rs).
    ("runtime.makemap_small", "", "i", true),
    ("runtime.makemap", "iii", "i", true),
    ("runtime.rand", "", "i", true),
    ("runtime.mapaccess1", "iii", "i", true),
    ("runtime.mapaccess1_fat", "iiii", "i", true),
    ("runtime.mapaccess2_fat", "iiiii", "", true),
    ("runtime.mapaccess1_fast32", "iiw", "i", true),
    ("runtime.mapaccess1_fast64", "iii", "i", true),
    ("runtime.mapaccess1_faststr", "iiii", "i", true),
    ("runtime.mapaccess2", "iiii", "", true),
    ("runtime.mapaccess2_fast32", "iiiw", "", true),
    ("runtime.mapaccess2_fast64", "iiii", "", true),
    ("runtime.mapaccess2_faststr", "iiiii", "", true),
    ("runtime.mapassign", "iii", "i", true),
    ("runtime.mapassign_fast32", "iiw", "i", true),
    ("runtime.mapassign_fast64", "iii", "i", true),
    ("runtime.mapassign_fast64ptr", "iii", "i", true),
    ("runtime.mapassign_faststr", "iiii", "i", true),
    ("runtime.mapdelete", "iii", "", true),
    ("runtime.mapdelete_fast32", "iiw", "", true),
    ("runtime.mapdelete_fast64", "iii", "", true),
    ("runtime.mapdelete_faststr", "iiii", "", true),
    ("runtime.mapclear", "ii", "", true),
    ("runtime.mapIterStart", "iii", "", true),
    ("runtime.mapIterNext", "i", "", true),
    // print / println.
    ("runtime.printlock", "", "", true),
    ("runtime.printunlock", "", "", true),
    ("runtime.printsp", "", "", true),
    ("runtime.printnl", "", "", true),
    ("runtime.printbool", "b", "", true),
    ("runtime.printint", "i", "", true),
    ("runtime.printuint", "i", "", true),
    ("runtime.printhex", "i", "", true),
    ("runtime.printfloat64", "f", "", true),
    ("runtime.printfloat32", "s", "", true),
    ("runtime.printcomplex128", "ff", "", true),
    ("runtime.printcomplex64", "ss", "", true),
    ("runtime.printstring", "ii", "", true),
    ("runtime.printpointer", "i", "", true),
    ("runtime.printslice", "iii", "", true),
    ("runtime.printeface", "ii", "", true),
    ("runtime.printiface", "ii", "", true),
    // Strings.
    ("runtime.concatstrings", "iiii", "", true),
    ("runtime.concatstring2", "iiiiii", "", true),
    ("runtime.concatstring3", "iiiiiiii", "", true),
    ("runtime.concatstring4", "iiiiiiiiii", "", true),
    ("runtime.concatstring5", "iiiiiiiiiiii", "", true),
    ("runtime.cmpstring", "iiii", "i", true),
    ("runtime.slicebytetostring", "iiiii", "", true),
    ("runtime.stringtoslicebyte", "iiii", "", true),
    ("runtime.stringtoslicerune", "iiii", "", true),
    ("runtime.slicerunetostring", "iiiii", "", true),
    ("runtime.intstring", "iii", "", true),
    ("runtime.decoderune", "iiii", "", true),
    // Arithmetic.
    ("runtime.complex128div", "iffff", "", true),
    // Panics.
    ("runtime.panicIndex", "ii", "", false),
    ("runtime.panicIndexU", "ii", "", false),
    ("runtime.panicSliceAlen", "ii", "", false),
    ("runtime.panicSliceAlenU", "ii", "", false),
    ("runtime.panicSliceAcap", "ii", "", false),
    ("runtime.panicSliceAcapU", "ii", "", false),
    ("runtime.panicSliceB", "ii", "", false),
    ("runtime.panicSliceBU", "ii", "", false),
    ("runtime.panicSlice3Alen", "ii", "", false),
    ("runtime.panicSlice3AlenU", "ii", "", false),
    ("runtime.panicSlice3Acap", "ii", "", false),
    ("runtime.panicSlice3AcapU", "ii", "", false),
    ("runtime.panicSlice3B", "ii", "", false),
    ("runtime.panicSlice3BU", "ii", "", false),
    ("runtime.panicSlice3C", "ii", "", false),
    ("runtime.panicSlice3CU", "ii", "", false),
    ("runtime.panicdivide", "", "", false),
    ("runtime.panicshift", "", "", false),
    ("runtime.panicrangestate", "i", "", false),
    ("runtime.panicmem", "", "", false),
    ("runtime.gopanic", "ii", "", false),
    ("runtime.gorecover", "i", "", true),
    // Go code of package runtime (its error values' methods) calls these.
    ("runtime.boundsErrorText", "iiibb", "", true),
    ("runtime.typeAssertionErrorText", "ii", "", true),
    ("runtime.deferproc", "ii", "", true),
    ("runtime.deferrangefunc", "i", "i", true),
    ("runtime.deferprocat", "ii", "", true),
    ("runtime.deferprocStack", "iii", "", true),
    ("runtime.deferreturn", "i", "", true),
    // Interfaces.
    ("runtime.convT16", "h", "i", true),
    ("runtime.convT32", "w", "i", true),
    ("runtime.convT64", "i", "i", true),
    ("runtime.convTstring", "ii", "i", true),
    ("runtime.convTslice", "iii", "i", true),
    ("runtime.convT", "ii", "i", true),
    ("runtime.convTnoptr", "ii", "i", true),
    ("runtime.typeAssert", "ii", "i", true),
    ("runtime.interfaceSwitch", "iii", "", true),
    ("runtime.efaceeq", "iii", "b", true),
    ("runtime.ifaceeq", "iii", "b", true),
    ("runtime.panicdottypeE", "iii", "", false),
    ("runtime.panicdottypeI", "iii", "", false),
    ("runtime.panicnildottype", "i", "", false),
    ("runtime.panicwrap", "", "", false),
];

/// The name of every runtime function generated code may call, in table order.
pub fn function_names() -> impl Iterator<Item = &'static str> {
    RUNTIME.iter().map(|r| r.0)
}

fn letter_type(c: char) -> Type {
    match c {
        'b' => types::I8,
        'h' => types::I16,
        'w' => types::I32,
        'f' => types::F64,
        's' => types::F32,
        _ => types::I64,
    }
}

/// The C signature of a runtime function, and whether it returns; None for a name the ABI
/// document does not list (a backend bug, reported as an error).
pub fn signature(name: &str, call_conv: CallConv) -> Option<(Signature, bool)> {
    let &(_, params, results, returns) = RUNTIME.iter().find(|r| r.0 == name)?;
    let mut sig = Signature::new(call_conv);
    sig.params.extend(params.chars().map(|c| {
        let p = AbiParam::new(letter_type(c));
        // The C ABI the runtime is compiled against (Rust's, like clang's) takes the caller to
        // zero-extend narrow integer arguments: a 16-bit multiply leaves the register's upper
        // bits as they were, and `convT16` would see a value it must box.
        if matches!(c, 'b' | 'h' | 'w') {
            p.uext()
        } else {
            p
        }
    }));
    sig.returns
        .extend(results.chars().map(|c| AbiParam::new(letter_type(c))));
    Some((sig, returns))
}
