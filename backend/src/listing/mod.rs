//! Assembly listings of one function's machine code, in the shape `go tool compile -S` prints.
//!
//! This module is pure: machine-code bytes, their relocations and a line table go in, text
//! comes out. It knows nothing about Cranelift; the backend translates its relocations into
//! [`CodeReloc`]s. Decoding is done by disassembler libraries (iced-x86 for x86-64, yaxpeax-arm
//! for aarch64), never by the host's objdump, so a listing is the same on every machine and
//! from run to run.
//!
//! For `main.f` (24 bytes of frame, 24 bytes of arguments) the listing reads (tabs shown as
//! spaces):
//!
//! ```text
//! main.f STEXT size=102 args=0x18 locals=0x18
//!     0x0000 00000 (x.go:10)    TEXT    main.f(SB), $24-24
//!     0x0000 00000 (x.go:11)    CMPQ    CX, $3
//!     0x0004 00004 (x.go:11)    JLE    52
//!     0x0006 00006 (x.go:12)    MOVQ    24(AX), DX
//!     0x000a 00010 (x.go:12)    CALL    DX
//!     0x000c 00012 (x.go:12)    CALL    runtime.convT64(SB)
//!     ...
//!     0x0000 49 3b 66 10 76 3b 55 48 89 e5 48 83 ec 10 48 89  I;f.v;UH..H...H.
//!     ...
//!     rel 13+4 t=R_CALL runtime.convT64+0
//! ```
//!
//! * The header is gc's `STEXT` line without what only gc's linker knows (`align=`, `funcid=`,
//!   and flags such as `nosplit`, `leaf`, `dupok`).
//! * Each instruction line is `\t<offset hex> <offset decimal> (<file:line>)\t<instruction>`,
//!   the position being the last line-table entry at or before the instruction.
//! * gc's `PCDATA`/`FUNCDATA` lines describe gc's own stack maps and are omitted; the `TEXT`
//!   line is kept without gc's ABI flags (`ABIInternal`, `NOSPLIT`, ...).
//! * Branch targets are printed as gc prints them after assembly: the target's byte offset in
//!   the function, in decimal (`JLE 52`).
//! * Relocated fields are shown as the symbol they will hold: `CALL runtime.convT64(SB)`,
//!   `LEAQ type:int(SB), AX`, `MOVQ main.sink+8(SB), AX`. Addresses inside the function that
//!   carry no relocation (Cranelift's constant pool) are shown as `main.f+64(SB)`, and the pool
//!   itself as data lines (`QUAD $0x4010000000000000`), as are bytes that decode to no
//!   instruction. Trailing zero words of an aarch64 function are alignment padding and, as in
//!   gc, get no line (they are in the hex dump).
//! * After the instructions come gc's hex dump of the bytes and one `rel OFF+SIZE t=KIND SYM+ADD`
//!   line per relocation, with gc's relocation names and gc's addend convention (a pc-relative
//!   addend counts from the end of the field, as in gc, not from its start as in ELF).
//!
//! [`Syntax::Go`] prints instructions in Go's assembler syntax (x86: `x86.rs`, arm64: `arm64.rs`);
//! [`Syntax::Intel`] and [`Syntax::Att`] print the same lines with the instruction text in those
//! conventions (aarch64 has a single conventional syntax, the ARM one, printed for both).

mod arm64;
mod x86;

use std::fmt::Write as _;

/// The instruction set of the machine code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    X86_64,
    Aarch64,
}

/// How instruction text is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// Go's (Plan 9) assembler syntax, as `go tool compile -S` prints it.
    Go,
    /// Intel syntax (x86-64); ARM syntax on aarch64.
    Intel,
    /// AT&T (GNU as) syntax (x86-64); ARM syntax on aarch64.
    Att,
}

/// What a relocation patches, with ELF semantics: `S` is the symbol's address, `A` the addend,
/// `P` the address of the patched field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RelocKind {
    /// x86-64 4-byte pc-relative field of a memory operand: `S + A - P` (R_X86_64_PC32).
    X86PcRel4,
    /// x86-64 4-byte pc-relative field of a `CALL`/`JMP`: `S + A - P` (R_X86_64_PLT32).
    X86CallPcRel4,
    /// 4-byte absolute address `S + A`.
    Abs4,
    /// 8-byte absolute address `S + A`.
    Abs8,
    /// aarch64 `BL`/`B` 26-bit word offset: `S + A - P` (R_AARCH64_CALL26).
    Arm64Call,
    /// aarch64 `ADRP` page: `Page(S + A) - Page(P)` (R_AARCH64_ADR_PREL_PG_HI21).
    Arm64AdrPrelPgHi21,
    /// aarch64 `ADD` low 12 bits of `S + A` (R_AARCH64_ADD_ABS_LO12_NC).
    Arm64AddAbsLo12Nc,
    /// aarch64 load/store low 12 bits of `S + A`, scaled by the access size in bytes
    /// (R_AARCH64_LDST{8,16,32,64,128}_ABS_LO12_NC).
    Arm64LdStAbsLo12Nc(u8),
    /// Any other relocation: named in the `rel` lines, its field shown as it is encoded.
    Other(String),
}

/// One relocation inside a function's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeReloc {
    /// Offset of the patched field from the function's start.
    pub offset: u32,
    pub kind: RelocKind,
    pub symbol: String,
    pub addend: i64,
}

/// A function's machine code and what the listing needs to know about it.
#[derive(Clone, Debug)]
pub struct FuncCode<'a> {
    /// The link name, e.g. `main.main`.
    pub name: &'a str,
    pub code: &'a [u8],
    pub relocs: &'a [CodeReloc],
    /// `(code offset, "file.go:19")`, sorted by offset: each entry holds from its offset on,
    /// and the last of several entries at one offset wins. The `TEXT` line shows the *first*
    /// entry, so a caller can put the function's declaration line first, at offset 0, as gc does.
    pub lines: &'a [(u32, String)],
    /// Bytes of arguments and results, as in gc's `args=` and `$locals-args`.
    pub args: u64,
    /// Bytes of frame, as in gc's `locals=`.
    pub locals: u64,
}

/// Lists one function: header, instructions, hex dump, relocations (see the module doc).
pub fn list_function(arch: Arch, syntax: Syntax, func: &FuncCode) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} STEXT size={} args={:#x} locals={:#x}",
        func.name,
        func.code.len(),
        func.args,
        func.locals
    );
    let _ = writeln!(
        out,
        "\t{} {}\tTEXT\t{}(SB), ${}-{}",
        offset_columns(0),
        match func.lines.first() {
            Some((0, pos)) => format!("({pos})"),
            _ => position(func.lines, 0),
        },
        func.name,
        func.locals,
        func.args
    );
    for insn in instructions(arch, syntax, func) {
        let _ = writeln!(
            out,
            "\t{} {}\t{}",
            offset_columns(insn.offset),
            position(func.lines, insn.offset),
            insn.text
        );
    }
    hex_dump(&mut out, func.code);
    for r in func.relocs {
        let (kind, size, addend) = gc_reloc(r);
        let _ = writeln!(
            out,
            "\trel {}+{} t={} {}+{}",
            r.offset, size, kind, r.symbol, addend
        );
    }
    out
}

/// One decoded line of the listing: an instruction (or a run of data) at `offset`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Insn {
    pub offset: u32,
    /// Bytes covered; more than one machine instruction when gc prints them as one (aarch64
    /// `ADRP`+`ADD` of a symbol address, `MOVZ`+`MOVK` of a constant).
    pub len: u32,
    /// `MNEMONIC\toperands`, or just `MNEMONIC`.
    pub text: String,
}

/// The instruction lines alone, without header, positions, hex dump or relocations.
pub fn instructions(arch: Arch, syntax: Syntax, func: &FuncCode) -> Vec<Insn> {
    match arch {
        Arch::X86_64 => x86::instructions(syntax, func),
        Arch::Aarch64 => arm64::instructions(syntax, func),
    }
}

/// `0x0021 00033`: gc's offset columns.
fn offset_columns(offset: u32) -> String {
    format!("{offset:#06x} {offset:05}")
}

/// `(file.go:19)`, or gc's `(<unknown line number>)` before the first line-table entry.
fn position(lines: &[(u32, String)], offset: u32) -> String {
    match lines.iter().rev().find(|(o, _)| *o <= offset) {
        Some((_, pos)) => format!("({pos})"),
        None => "(<unknown line number>)".to_string(),
    }
}

/// gc's hex dump: 16 bytes a line, then the printable ASCII characters.
fn hex_dump(out: &mut String, bytes: &[u8]) {
    for (i, chunk) in bytes.chunks(16).enumerate() {
        let _ = write!(out, "\t{:#06x}", i * 16);
        for b in chunk {
            let _ = write!(out, " {b:02x}");
        }
        for _ in chunk.len()..16 {
            out.push_str("   ");
        }
        out.push_str("  ");
        for &b in chunk {
            out.push(if (b' '..=b'~').contains(&b) {
                b as char
            } else {
                '.'
            });
        }
        out.push('\n');
    }
}

/// A relocation as gc names it in its `rel` lines: kind, field size, and addend in gc's
/// convention (gc's pc-relative relocations count from the end of the field).
fn gc_reloc(r: &CodeReloc) -> (String, u32, i64) {
    match &r.kind {
        RelocKind::X86CallPcRel4 => ("R_CALL".into(), 4, r.addend + 4),
        RelocKind::X86PcRel4 => ("R_PCREL".into(), 4, r.addend + 4),
        RelocKind::Abs4 => ("R_ADDR".into(), 4, r.addend),
        RelocKind::Abs8 => ("R_ADDR".into(), 8, r.addend),
        RelocKind::Arm64Call => ("R_CALLARM64".into(), 4, r.addend),
        RelocKind::Arm64AdrPrelPgHi21 => ("R_AARCH64_ADR_PREL_PG_HI21".into(), 4, r.addend),
        RelocKind::Arm64AddAbsLo12Nc => ("R_AARCH64_ADD_ABS_LO12_NC".into(), 4, r.addend),
        RelocKind::Arm64LdStAbsLo12Nc(size) => (
            format!("R_AARCH64_LDST{}_ABS_LO12_NC", u32::from(*size) * 8),
            4,
            r.addend,
        ),
        RelocKind::Other(name) => (name.clone(), 0, r.addend),
    }
}

/// How many 4-byte entries the jump table at `start` has (Cranelift's `br_table`: each entry
/// the target's offset from the table, the default last). `slots` is the count the code
/// before it names (its bound check), when found; otherwise, and as a check, entries are
/// taken while they name an instruction of this function outside the table and carry no
/// relocation. `align` is the instruction alignment (4 on aarch64).
fn jump_table_entries(func: &FuncCode, start: usize, slots: Option<usize>, align: i64) -> usize {
    let code = func.code;
    let mut n = 0;
    while start + 4 * (n + 1) <= code.len() {
        let at = start + 4 * n;
        if func
            .relocs
            .iter()
            .any(|r| (r.offset as usize) < at + 4 && r.offset as usize + 4 > at)
        {
            break;
        }
        let e = i32::from_le_bytes([code[at], code[at + 1], code[at + 2], code[at + 3]]);
        let target = start as i64 + i64::from(e);
        let in_table = target >= start as i64 && target < (at + 4) as i64;
        if target < 0 || target >= code.len() as i64 || in_table || target % align != 0 {
            break;
        }
        n += 1;
        if Some(n) == slots {
            break;
        }
    }
    n
}

/// `sym`, `sym+8`, `sym-8`: a symbol plus an offset, as Go's assembler writes it before `(SB)`.
fn sym_offset(sym: &str, off: i64) -> String {
    match off {
        0 => sym.to_string(),
        o if o > 0 => format!("{sym}+{o}"),
        o => format!("{sym}{o}"),
    }
}
