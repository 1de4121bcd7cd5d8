//! What a listing (`gocrane build -S`) needs from code generation, captured while the object is
//! written: per function its machine code, relocations, line table and frame sizes (for
//! [`crate::listing`]), and per data symbol its bytes and relocations (as
//! [`crate::reflectdata::DataSymbol`]s, printed by gc's `-S` data printer).
//!
//! Everything is taken from what Cranelift actually produced (`ctx.compiled_code()` and the
//! `DataDescription`s handed to the module), so a listing shows the object's real bytes.
//!
//! Decisions:
//! * Relocation targets are named by the module's declarations (link names such as
//!   `runtime.printstring`, `type:int`); Cranelift's relocation kinds map to the listing's
//!   ELF-level kinds one to one (see [`code_reloc_kind`]).
//! * Source positions: the code generator sets each statement's srcloc to an index into
//!   [`Srclocs`] (a span table), because a `SourceLoc` is a bare `u32` and a byte offset alone
//!   would not say which file it is in. Offset 0 gets the function's declaration, as gc's
//!   `TEXT` line does; then every srcloc range Cranelift reports, in code order. Instructions
//!   Cranelift's optimizer builds afresh (pure arithmetic placed by the e-graph pass, such as
//!   the shift replacing `x / 8`) carry no srcloc; the listing shows them at the position of the
//!   code before them, where gc would name the statement they come from.
//! * `args=`: what gc's register ABI reserves in the caller's frame: the spill area of the
//!   parameters (each at its alignment, the total rounded up to a pointer); results passed in
//!   registers get none. That is gc's number whenever every parameter and result fits in gc's
//!   registers (9 integer, 15 floating-point on amd64; 16 on arm64); for functions whose
//!   values gc would pass on the stack it is a lower bound.
//! * `locals=`: the bytes our frame occupies below the return address, i.e. Cranelift's
//!   SP-to-FP distance plus the saved frame pointer (x86-64) or the saved FP/LR pair (arm64).
//!   gc's number counts the same thing for its own frame layout.

use cranelift_codegen::binemit::Reloc;
use cranelift_codegen::ir::{self, SourceLoc};
use cranelift_codegen::CompiledCode;
use cranelift_module::{
    DataDescription, DataId, FuncId, Init, Module, ModuleReloc, ModuleRelocTarget,
};
use cranelift_object::ObjectModule;
use frontend::source::Span;
use frontend::types::{TypeId, Types};

use crate::listing::{CodeReloc, RelocKind};
use crate::reflectdata::{self, DataSymbol};

/// One compiled function, ready for [`crate::listing::FuncCode`].
#[derive(Clone, Debug)]
pub struct FuncAsm {
    /// Link name (`main.main`).
    pub name: String,
    pub code: Vec<u8>,
    pub relocs: Vec<CodeReloc>,
    /// `(code offset, source span)`, sorted by offset; the first entry (offset 0) is the
    /// function's declaration. The caller renders spans as `file.go:line`.
    pub lines: Vec<(u32, Span)>,
    /// gc's `args=` (see the module doc).
    pub args: u64,
    /// gc's `locals=` (see the module doc).
    pub locals: u64,
}

/// The spans statements were compiled from, indexed by `SourceLoc`.
#[derive(Default)]
pub(crate) struct Srclocs(Vec<Span>);

impl Srclocs {
    /// The `SourceLoc` to set while emitting code for `span`.
    pub fn loc(&mut self, span: Span) -> SourceLoc {
        if self.0.last() != Some(&span) {
            self.0.push(span);
        }
        SourceLoc::new(self.0.len() as u32 - 1)
    }

    fn span(&self, loc: SourceLoc) -> Option<Span> {
        if loc.is_default() {
            return None;
        }
        self.0.get(loc.bits() as usize).copied()
    }
}

/// What a function's listing needs, from Cranelift's result for it.
#[allow(clippy::too_many_arguments)]
pub(crate) fn capture_function(
    module: &ObjectModule,
    id: FuncId,
    func: &ir::Function,
    code: &CompiledCode,
    srclocs: &Srclocs,
    decl: Span,
    args: u64,
    arm64: bool,
) -> FuncAsm {
    let buffer = &code.buffer;
    let name = module
        .declarations()
        .get_function_decl(id)
        .linkage_name(id)
        .into_owned();
    let relocs = buffer
        .relocs()
        .iter()
        .map(|r| {
            let m = ModuleReloc::from_mach_reloc(r, func, id);
            let mut kind = code_reloc_kind(r.kind);
            if kind == RelocKind::X86CallPcRel4 && !is_x86_call_field(buffer.data(), r.offset) {
                kind = RelocKind::X86PcRel4;
            }
            CodeReloc {
                offset: r.offset,
                kind,
                symbol: target_name(module, &m.name),
                addend: m.addend,
            }
        })
        .collect();
    let mut lines = vec![(0, decl)];
    for s in buffer.get_srclocs_sorted() {
        if let Some(span) = srclocs.span(s.loc) {
            lines.push((s.start, span));
        }
    }
    // Cranelift's frame: [saved FP (x86) | saved FP, LR (arm64)] above the SP-to-FP area.
    let saved = if arm64 { 16 } else { 8 };
    let locals = buffer
        .frame_layout()
        .map_or(0, |l| u64::from(l.frame_to_fp_offset) + saved);
    FuncAsm {
        name,
        code: buffer.data().to_vec(),
        relocs,
        lines,
        args,
        locals,
    }
}

/// Cranelift's relocation kinds in the listing's (ELF-level) terms.
fn code_reloc_kind(kind: Reloc) -> RelocKind {
    match kind {
        Reloc::Abs4 => RelocKind::Abs4,
        Reloc::Abs8 => RelocKind::Abs8,
        Reloc::X86PCRel4 => RelocKind::X86PcRel4,
        Reloc::X86CallPCRel4 | Reloc::X86CallPLTRel4 => RelocKind::X86CallPcRel4,
        Reloc::Arm64Call => RelocKind::Arm64Call,
        Reloc::Aarch64AdrPrelPgHi21 => RelocKind::Arm64AdrPrelPgHi21,
        Reloc::Aarch64AddAbsLo12Nc => RelocKind::Arm64AddAbsLo12Nc,
        other => RelocKind::Other(format!("{other:?}")),
    }
}

/// Whether the 4-byte field at `offset` is the displacement of a `CALL rel32` (0xE8) or
/// `JMP rel32` (0xE9). Cranelift marks every pc-relative symbol address as a call relocation
/// (ELF `R_X86_64_PLT32`, which a non-PIE link resolves exactly as `R_X86_64_PC32`), also a
/// `LEAQ sym(SB)`; the listing names a relocation by what the instruction does, as gc does:
/// `R_CALL` for calls and jumps, `R_PCREL` for addresses. (A RIP-relative operand's ModRM
/// byte is never 0xE8/0xE9, which encode a register operand.)
fn is_x86_call_field(code: &[u8], offset: u32) -> bool {
    offset
        .checked_sub(1)
        .and_then(|i| code.get(i as usize))
        .is_some_and(|&op| op == 0xE8 || op == 0xE9)
}

/// The link name a relocation refers to.
fn target_name(module: &ObjectModule, target: &ModuleRelocTarget) -> String {
    let decls = module.declarations();
    match target {
        ModuleRelocTarget::User {
            namespace: 0,
            index,
        } => {
            let id = FuncId::from_u32(*index);
            decls.get_function_decl(id).linkage_name(id).into_owned()
        }
        ModuleRelocTarget::User {
            namespace: 1,
            index,
        } => {
            let id = DataId::from_u32(*index);
            decls.get_data_decl(id).linkage_name(id).into_owned()
        }
        ModuleRelocTarget::FunctionOffset(id, off) => {
            let name = decls.get_function_decl(*id).linkage_name(*id).into_owned();
            format!("{name}+{off}")
        }
        other => other.to_string(),
    }
}

/// gc's `args=`: the parameters' spill area, each at its alignment, rounded up to a pointer
/// (see the module doc).
pub(crate) fn args_size(types: &Types, params: &[TypeId]) -> u64 {
    const PTR: u64 = 8;
    let mut off: u64 = 0;
    for &t in params {
        let align = types.align_of(t).max(1);
        off = off.div_ceil(align) * align + types.size_of(t);
    }
    off.div_ceil(PTR) * PTR
}

/// gc's attributes of a data symbol that the `DataDescription` does not carry.
pub(crate) struct DataAttrs {
    pub readonly: bool,
    /// Holds pointers (gc's `SDATA`/`SBSS` rather than `SNOPTRDATA`/`SNOPTRBSS`).
    pub pointers: bool,
    pub local: bool,
}

impl DataAttrs {
    pub const RODATA: DataAttrs = DataAttrs {
        readonly: true,
        pointers: false,
        local: false,
    };
    pub const LOCAL_RODATA: DataAttrs = DataAttrs {
        readonly: true,
        pointers: false,
        local: true,
    };
}

/// A data symbol as the module defines it from `desc`, in `-S` form.
pub(crate) fn data_symbol(
    module: &ObjectModule,
    id: DataId,
    desc: &DataDescription,
    attrs: DataAttrs,
) -> DataSymbol {
    let name = module
        .declarations()
        .get_data_decl(id)
        .linkage_name(id)
        .into_owned();
    let (bytes, written) = match &desc.init {
        Init::Bytes { contents } => (contents.to_vec(), contents.len()),
        Init::Zeros { size } => (vec![0; *size], 0),
        Init::Uninitialized => (Vec::new(), 0),
    };
    let mut relocs: Vec<reflectdata::Reloc> = desc
        .all_relocs(Reloc::Abs8)
        .map(|r| reflectdata::Reloc {
            offset: u64::from(r.offset),
            size: 8,
            kind: reflectdata::RelocKind::Addr,
            target: target_name(module, &r.name),
            addend: r.addend,
        })
        .collect();
    relocs.sort_by_key(|r| r.offset);
    DataSymbol {
        name,
        bytes,
        written,
        relocs,
        align: desc.align.unwrap_or(1),
        dupok: false,
        readonly: attrs.readonly,
        pointers: attrs.pointers,
        local: attrs.local,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frontend::types::BasicKind;

    /// Values gc 1.27.3 prints in `args=` for these signatures (results in registers take no
    /// space).
    #[test]
    fn args_size_matches_gc() {
        let t = Types::new();
        let i8_ = t.basic(BasicKind::Int8);
        let int = t.basic(BasicKind::Int);
        let s = t.basic(BasicKind::String);
        assert_eq!(args_size(&t, &[]), 0); // func main()
        assert_eq!(args_size(&t, &[i8_]), 0x8); // func f1(a int8)
        assert_eq!(args_size(&t, &[int, int, int]), 0x18); // func f2(a, b, c int)
        assert_eq!(args_size(&t, &[i8_, int]), 0x10); // func f3(a int8, b int) int8
        assert_eq!(args_size(&t, &[s]), 0x10); // func f4(s string) (int32, int32)
        assert_eq!(args_size(&t, &[i8_, i8_]), 0x8); // func f5(a, b int8) int8
    }
}
