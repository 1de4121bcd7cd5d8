//! aarch64 instructions in Go's arm64 assembler syntax (and ARM syntax through yaxpeax-arm).
//!
//! yaxpeax-arm decodes each 4-byte word into an opcode and up to four operands in ARM order;
//! this file writes them the way `GOARCH=arm64 go tool compile -S` does:
//!
//! * operands come in reverse: `ADD R1, R2, R0` is `add x0, x2, x1`, `CMP $3, R0` is
//!   `cmp x0, #3`, `MOVD 8(R0), R2` is `ldr x2, [x0, #8]`; stores keep source first
//!   (`MOVD R1, 8(R0)`); conditional selects put the condition first (`CSEL LO, R3, R8, R3`);
//! * registers are `R0`…`R30`, `RSP` for the stack pointer and `ZR` for the zero register, `F0`…
//!   for floating-point scalars; 32-bit forms take a `W` suffix (`ADDW`, `CMPW`, `CBZW`);
//! * loads and stores are moves named by their size and signedness (`MOVD`, `MOVW`, `MOVWU`,
//!   `MOVH`, `MOVHU`, `MOVB`, `MOVBU`, `FMOVD`, `FMOVS`), with `.W`/`.P` for pre- and
//!   post-indexed writeback; memory is `off(Rn)` or `(Rn)(Rm<<3)`;
//! * ARM aliases are chosen as Go chooses them: `MOVD`/`MOVW` for `mov`, `CMP`, `CMN`, `TST`,
//!   `NEG`, `MVN`, `MUL`, `LSL $n`, `CSET`; `bl` is `CALL`, `b` `JMP`, `blr x2` `CALL (R2)`,
//!   `ret` `RET (R30)`.
//!
//! Like gc, some instruction sequences are printed as the single Go instruction they implement:
//! `ADRP`+`ADD` of a relocated symbol is `MOVD $sym(SB), R0`, `ADRP`+load is `MOVD sym(SB), R0`,
//! and a `MOVZ`/`MOVN` followed by `MOVK`s into the same register is `MOVD $value, R0`; the
//! offsets of the following lines show how many bytes the sequence took.
//!
//! PC-relative literal loads (Cranelift's inline constants) point into the function: the target
//! is shown as `main.f+24(SB)` and the loaded bytes are printed as data (`DWORD $0x...`).
//!
//! A jump table (Cranelift's `br_table`: `ADR 16, R; MOVW (R)(idx<<2), T; ADD; JMP (R)`)
//! follows its `JMP (R)`: one 4-byte entry per slot plus the default, each the target's offset
//! from the table, printed as `WORD` data (see [`super::jump_table_entries`]).

use yaxpeax_arch::{Decoder, U8Reader};
use yaxpeax_arm::armv8::a64::{
    InstDecoder, Instruction, Opcode, Operand, SIMDSizeCode, ShiftStyle, SizeCode,
};

use super::{sym_offset, CodeReloc, FuncCode, Insn, RelocKind, Syntax};

pub(super) fn instructions(syntax: Syntax, func: &FuncCode) -> Vec<Insn> {
    let code = func.code;
    // Trailing zero words are alignment padding (gc pads functions to 16 bytes; `udf #0` is
    // never emitted as code): like gc, list no instruction for them.
    let padding = code
        .chunks(4)
        .rev()
        .take_while(|w| w.iter().all(|&b| b == 0))
        .count();
    let listed = &code[..code.len() - 4 * padding.min(code.len() / 4)];
    let words: Vec<Option<Instruction>> = listed.chunks(4).map(decode).collect();
    let literals = literal_targets(&words);
    let tables = jump_tables(func, &words);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let offset = (i * 4) as u32;
        if let Some(&(_, n)) = tables.iter().find(|(start, _)| *start == offset as usize) {
            let n = n.min(words.len() - i);
            for k in 0..n {
                data_lines(&mut out, syntax, code, offset as usize + 4 * k, 4);
            }
            i += n.max(1);
            continue;
        }
        if let Some(size) = literals.iter().find(|(o, _)| *o == offset).map(|(_, s)| *s) {
            let n = (size as usize).div_ceil(4).max(1).min(words.len() - i);
            data_lines(&mut out, syntax, code, offset as usize, n * 4);
            i += n;
            continue;
        }
        let Some(ins) = &words[i] else {
            data_lines(
                &mut out,
                syntax,
                code,
                offset as usize,
                code.len().min(offset as usize + 4) - offset as usize,
            );
            i += 1;
            continue;
        };
        let next = words.get(i + 1).and_then(|w| w.as_ref());
        let (text, taken) = match syntax {
            Syntax::Go => go_text(func, offset, ins, next, &words[i..]),
            Syntax::Intel | Syntax::Att => (native_text(func, offset, ins), 1),
        };
        out.push(Insn {
            offset,
            len: (taken * 4) as u32,
            text,
        });
        i += taken;
    }
    out
}

fn decode(word: &[u8]) -> Option<Instruction> {
    if word.len() < 4 {
        return None;
    }
    let mut reader = U8Reader::new(word);
    let ins = InstDecoder::default().decode(&mut reader).ok()?;
    (ins.opcode != Opcode::Invalid).then_some(ins)
}

/// `(start, entries)` of every jump table: the words after a `BR Rn` whose table address came
/// from an `ADR Rn, #16` three instructions before. The slot count is the `MOVZ` of the bound
/// check a few instructions earlier (entries: slots + the default).
fn jump_tables(func: &FuncCode, words: &[Option<Instruction>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 3..words.len() {
        let (Some(br), Some(adr)) = (&words[i], &words[i - 3]) else {
            continue;
        };
        let is_adr16 = adr.opcode == Opcode::ADR && adr.operands[1] == Operand::PCOffset(16);
        if br.opcode != Opcode::BR || !is_adr16 {
            continue;
        }
        let slots = words[i.saturating_sub(10)..i - 3]
            .iter()
            .rev()
            .flatten()
            .find_map(|w| match (w.opcode, w.operands[1]) {
                (Opcode::MOVZ, Operand::ImmShift(imm, 0)) => Some(imm as usize + 1),
                _ => None,
            });
        let start = (i + 1) * 4;
        out.push((start, super::jump_table_entries(func, start, slots, 4)));
    }
    out
}

/// `(offset, size)` of every PC-relative literal load's target (Cranelift's inline constants).
fn literal_targets(words: &[Option<Instruction>]) -> Vec<(u32, u8)> {
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let Some(ins) = w else { continue };
        if let (Opcode::LDR | Opcode::LDRSW, Operand::PCOffset(off)) = (ins.opcode, ins.operands[1])
        {
            let target = i as i64 * 4 + off;
            if target >= 0 && (target as usize) < words.len() * 4 {
                let size = match ins.operands[0] {
                    Operand::Register(SizeCode::W, _) => 4,
                    Operand::Register(SizeCode::X, _) => 8,
                    Operand::SIMDRegister(s, _) => simd_bytes(s),
                    _ => 4,
                };
                out.push((target as u32, size));
            }
        }
    }
    out
}

/// Go's `DWORD`/`WORD` pseudo-instructions; the GNU assembler's `.xword`/`.word` in ARM syntax.
fn data_lines(out: &mut Vec<Insn>, syntax: Syntax, code: &[u8], pos: usize, len: usize) {
    let mut p = pos;
    while p < pos + len {
        let n = if pos + len - p >= 8 {
            8
        } else {
            (pos + len - p).min(4)
        };
        let mut value = 0u64;
        for (k, b) in code[p..p + n].iter().enumerate() {
            value |= u64::from(*b) << (8 * k);
        }

        out.push(Insn {
            offset: p as u32,
            len: n as u32,
            text: match (syntax, n) {
                (Syntax::Go, 8) => format!("DWORD\t${value:#x}"),
                (Syntax::Go, _) => format!("WORD\t${value:#x}"),
                (_, 8) => format!(".xword\t{value:#x}"),
                (_, _) => format!(".word\t{value:#x}"),
            },
        });
        p += n;
    }
}

fn simd_bytes(s: SIMDSizeCode) -> u8 {
    match s {
        SIMDSizeCode::B => 1,
        SIMDSizeCode::H => 2,
        SIMDSizeCode::S => 4,
        SIMDSizeCode::D => 8,
        SIMDSizeCode::Q => 16,
    }
}

fn reloc_at<'a>(func: &FuncCode<'a>, offset: u32) -> Option<&'a CodeReloc> {
    func.relocs.iter().find(|r| r.offset == offset)
}

// ---------------------------------------------------------------------------------------------
// Go syntax

/// The Go text of the instruction at `offset`, and how many words it covers.
fn go_text(
    func: &FuncCode,
    offset: u32,
    ins: &Instruction,
    next: Option<&Instruction>,
    rest: &[Option<Instruction>],
) -> (String, usize) {
    let ops = &ins.operands;
    let reloc = reloc_at(func, offset);
    // ADRP + ADD/load of a relocated symbol: one Go instruction.
    if let (Opcode::ADRP, Some(r), Some(next)) = (ins.opcode, reloc, next) {
        if r.kind == RelocKind::Arm64AdrPrelPgHi21 {
            if let Some(second) = reloc_at(func, offset + 4) {
                let sym = format!("{}(SB)", sym_offset(&r.symbol, second.addend));
                match (second.kind.clone(), next.opcode) {
                    (RelocKind::Arm64AddAbsLo12Nc, Opcode::ADD) => {
                        return (format!("MOVD\t${sym}, {}", reg(&next.operands[0])), 2);
                    }
                    (RelocKind::Arm64LdStAbsLo12Nc(_), _) => {
                        if let Some((name, load)) = load_store_name(next) {
                            let rt = reg(&next.operands[0]);
                            let text = if load {
                                format!("{name}\t{sym}, {rt}")
                            } else {
                                format!("{name}\t{rt}, {sym}")
                            };
                            return (text, 2);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    // MOVZ/MOVN/ORR-immediate + MOVK...: one constant.
    let start = match (ins.opcode, ops[0], ops[1], ops[2]) {
        (Opcode::MOVZ, Operand::Register(size, rd), Operand::ImmShift(imm, sh), _) => {
            Some((size, rd, u64::from(imm) << sh))
        }
        (Opcode::MOVN, Operand::Register(size, rd), Operand::ImmShift(imm, sh), _) => {
            Some((size, rd, !(u64::from(imm) << sh)))
        }
        (Opcode::ORR, Operand::RegisterOrSP(size, rd), Operand::Register(_, 31), imm) if matches!(next, Some(k) if k.opcode == Opcode::MOVK) => {
            match imm {
                Operand::Imm64(v) => Some((size, rd, v)),
                Operand::Immediate(v) => Some((size, rd, u64::from(v))),
                _ => None,
            }
        }
        _ => None,
    };
    if let Some((size, rd, mut value)) = start {
        let mut taken = 1;
        while let Some(Some(k)) = rest.get(taken) {
            match (k.opcode, k.operands[0], k.operands[1]) {
                (Opcode::MOVK, Operand::Register(s2, r2), Operand::ImmShift(imm, sh))
                    if s2 == size && r2 == rd =>
                {
                    value = (value & !(0xffffu64 << sh)) | (u64::from(imm) << sh);
                    taken += 1;
                }
                _ => break,
            }
        }
        let (name, v) = match size {
            SizeCode::X => ("MOVD", value as i64),
            SizeCode::W => ("MOVW", value as u32 as i32 as i64),
        };
        return (format!("{name}\t${v}, {}", reg(&ops[0])), taken);
    }
    (go_single(func, offset, ins), 1)
}

/// yaxpeax-arm reports a 64-bit `ADD`/`SUB` of a `UXTW`-extended register as `LSL` of a W
/// register (`sub x3, x2, w1`); a W register there can only be an extension, so restore it.
fn fix_uxtw(ins: &Instruction) -> Instruction {
    let mut ins = *ins;
    let wide = matches!(
        ins.operands[0],
        Operand::Register(SizeCode::X, _) | Operand::RegisterOrSP(SizeCode::X, _)
    );
    let arith = matches!(
        ins.opcode,
        Opcode::ADD | Opcode::ADDS | Opcode::SUB | Opcode::SUBS
    );
    if let Operand::RegShift(ShiftStyle::LSL, amount, SizeCode::W, r) = ins.operands[2] {
        if wide && arith {
            ins.operands[2] = Operand::RegShift(ShiftStyle::UXTW, amount, SizeCode::W, r);
        }
    }
    ins
}

fn go_single(func: &FuncCode, offset: u32, ins: &Instruction) -> String {
    let ins = &fix_uxtw(ins);
    let ops = &ins.operands;
    let n = ops.iter().take_while(|o| **o != Operand::Nothing).count();
    let w = matches!(
        ops[0],
        Operand::Register(SizeCode::W, _) | Operand::RegisterOrSP(SizeCode::W, _)
    );
    let sfx = if w { "W" } else { "" };
    let target = |op: &Operand| match op {
        Operand::PCOffset(o) => {
            if let Some(r) = reloc_at(func, offset) {
                format!("{}(SB)", sym_offset(&r.symbol, r.addend))
            } else {
                (i64::from(offset) + o).to_string()
            }
        }
        other => operand(other),
    };
    let is_zr = |op: &Operand| matches!(op, Operand::Register(_, 31));
    let join = |name: String, list: &[String]| -> String {
        if list.is_empty() {
            name
        } else {
            format!("{name}\t{}", list.join(", "))
        }
    };
    let rev = |name: String| -> String {
        let list: Vec<String> = ops[..n].iter().rev().map(operand).collect();
        join(name, &list)
    };
    match ins.opcode {
        Opcode::B => format!("JMP\t{}", target(&ops[0])),
        Opcode::BL => format!("CALL\t{}", target(&ops[0])),
        Opcode::Bcc(c) => format!("B{}\t{}", cond(c), target(&ops[0])),
        Opcode::BR => format!("JMP\t({})", operand(&ops[0])),
        Opcode::BLR => format!("CALL\t({})", operand(&ops[0])),
        Opcode::RET => format!("RET\t({})", operand(&ops[0])),
        Opcode::CBZ | Opcode::CBNZ => {
            format!(
                "{:?}{sfx}\t{}, {}",
                ins.opcode,
                operand(&ops[0]),
                target(&ops[1])
            )
        }
        Opcode::TBZ | Opcode::TBNZ => format!(
            "{:?}\t{}, {}, {}",
            ins.opcode,
            operand(&ops[1]),
            reg_x(&ops[0]),
            target(&ops[2])
        ),
        Opcode::HINT => match (ops[0], ops[1]) {
            (Operand::ControlReg(crm), Operand::Immediate(op2)) => {
                format!("HINT\t${}", (u32::from(crm) << 3) | op2)
            }
            _ => "HINT".into(),
        },
        // Go's assembler has no operand for `udf`: its `UNDEF` is `udf #0`; any other immediate
        // (Cranelift's traps use `udf #0xc11f`) is kept in a comment.
        Opcode::UDF => match ops[0] {
            Operand::Imm16(0) | Operand::Immediate(0) | Operand::Nothing => "UNDEF".into(),
            Operand::Imm16(v) => format!("UNDEF\t// udf #{v:#x}"),
            Operand::Immediate(v) => format!("UNDEF\t// udf #{v:#x}"),
            _ => "UNDEF".into(),
        },
        Opcode::DMB(option) | Opcode::DSB(option) => {
            let name = if matches!(ins.opcode, Opcode::DMB(_)) {
                "DMB"
            } else {
                "DSB"
            };
            format!("{name}\t${option}")
        }
        Opcode::BRK | Opcode::HLT | Opcode::SVC => join(
            format!("{:?}", ins.opcode),
            &ops[..n].iter().map(operand).collect::<Vec<_>>(),
        ),
        Opcode::ADR | Opcode::ADRP => {
            let name = format!("{:?}", ins.opcode);
            match reloc_at(func, offset) {
                Some(r) => format!(
                    "{name}\t{}(SB), {}",
                    sym_offset(&r.symbol, r.addend),
                    operand(&ops[0])
                ),
                None => format!("{name}\t{}, {}", target(&ops[1]), operand(&ops[0])),
            }
        }
        Opcode::SUBS if is_zr(&ops[0]) => {
            format!("CMP{sfx}\t{}, {}", operand(&ops[2]), operand(&ops[1]))
        }
        Opcode::ADDS if is_zr(&ops[0]) => {
            format!("CMN{sfx}\t{}, {}", operand(&ops[2]), operand(&ops[1]))
        }
        Opcode::ANDS if is_zr(&ops[0]) => {
            format!("TST{sfx}\t{}, {}", operand(&ops[2]), operand(&ops[1]))
        }
        Opcode::SUB if is_zr(&ops[1]) => {
            format!("NEG{sfx}\t{}, {}", operand(&ops[2]), operand(&ops[0]))
        }
        Opcode::SUBS if is_zr(&ops[1]) => {
            format!("NEGS{sfx}\t{}, {}", operand(&ops[2]), operand(&ops[0]))
        }
        Opcode::ADD
            if ops[2] == Operand::Immediate(0)
                && (matches!(ops[0], Operand::RegisterOrSP(_, 31))
                    || matches!(ops[1], Operand::RegisterOrSP(_, 31))) =>
        {
            format!(
                "MOV{}\t{}, {}",
                if w { "W" } else { "D" },
                operand(&ops[1]),
                operand(&ops[0])
            )
        }
        Opcode::ORR if is_zr(&ops[1]) => {
            let src = match ops[2] {
                Operand::RegShift(ShiftStyle::LSL, 0, s, r) => operand(&Operand::Register(s, r)),
                ref other => operand(other),
            };
            let name = match (w, ops[2]) {
                (false, _) => "MOVD",
                (true, Operand::Immediate(_)) => "MOVW",
                (true, _) => "MOVWU",
            };
            format!("{name}\t{src}, {}", operand(&ops[0]))
        }
        Opcode::ORN if is_zr(&ops[1]) => {
            format!("MVN{sfx}\t{}, {}", operand(&ops[2]), operand(&ops[0]))
        }
        Opcode::MADD | Opcode::MSUB if is_zr(&ops[3]) => {
            let name = if ins.opcode == Opcode::MADD {
                "MUL"
            } else {
                "MNEG"
            };
            format!(
                "{name}{sfx}\t{}, {}, {}",
                operand(&ops[2]),
                operand(&ops[1]),
                operand(&ops[0])
            )
        }
        Opcode::MADD | Opcode::MSUB => format!(
            "{:?}{sfx}\t{}, {}, {}, {}",
            ins.opcode,
            operand(&ops[2]),
            operand(&ops[3]),
            operand(&ops[1]),
            operand(&ops[0])
        ),
        Opcode::SMADDL | Opcode::UMADDL if is_zr(&ops[3]) => {
            let name = if ins.opcode == Opcode::SMADDL {
                "SMULL"
            } else {
                "UMULL"
            };
            format!(
                "{name}\t{}, {}, {}",
                operand(&ops[2]),
                operand(&ops[1]),
                operand(&ops[0])
            )
        }
        Opcode::UBFM | Opcode::SBFM | Opcode::BFM => bitfield(ins, w),
        Opcode::EXTR => match (ops[1], ops[2], ops[3]) {
            (a, b, Operand::Immediate(lsb)) if a == b => {
                format!("ROR{sfx}\t${lsb}, {}, {}", operand(&a), operand(&ops[0]))
            }
            _ => format!(
                "EXTR{sfx}\t{}, {}, {}, {}",
                operand(&ops[3]),
                operand(&ops[2]),
                operand(&ops[1]),
                operand(&ops[0])
            ),
        },
        Opcode::CSEL | Opcode::CSINC | Opcode::CSINV | Opcode::CSNEG => {
            let Operand::ConditionCode(c) = ops[3] else {
                return rev(format!("{:?}", ins.opcode));
            };
            let (rd, rn, rm) = (operand(&ops[0]), operand(&ops[1]), operand(&ops[2]));
            let inv = cond(c ^ 1);
            match ins.opcode {
                Opcode::CSINC if is_zr(&ops[1]) && is_zr(&ops[2]) => {
                    format!("CSET{sfx}\t{inv}, {rd}")
                }
                Opcode::CSINV if is_zr(&ops[1]) && is_zr(&ops[2]) => {
                    format!("CSETM{sfx}\t{inv}, {rd}")
                }
                Opcode::CSINC if ops[1] == ops[2] => format!("CINC{sfx}\t{inv}, {rn}, {rd}"),
                Opcode::CSINV if ops[1] == ops[2] => format!("CINV{sfx}\t{inv}, {rn}, {rd}"),
                Opcode::CSNEG if ops[1] == ops[2] => format!("CNEG{sfx}\t{inv}, {rn}, {rd}"),
                op => format!("{op:?}{sfx}\t{}, {rn}, {rm}, {rd}", cond(c)),
            }
        }
        Opcode::CCMP | Opcode::CCMN => match ops[3] {
            Operand::ConditionCode(c) => format!(
                "{:?}{sfx}\t{}, {}, {}, {}",
                ins.opcode,
                cond(c),
                operand(&ops[0]),
                operand(&ops[1]),
                operand(&ops[2])
            ),
            _ => rev(format!("{:?}", ins.opcode)),
        },
        Opcode::LSLV | Opcode::LSRV | Opcode::ASRV | Opcode::RORV => {
            let name = format!("{:?}", ins.opcode);
            rev(format!("{}{sfx}", &name[..3]))
        }
        Opcode::FMOV => fmov(ins),
        Opcode::FCMP | Opcode::FCMPE => {
            let t = fp_suffix(&ops[0]);
            format!(
                "{:?}{t}\t{}, {}",
                ins.opcode,
                operand(&ops[1]),
                operand(&ops[0])
            )
        }
        Opcode::FCVT => format!(
            "FCVT{}{}\t{}, {}",
            fp_suffix(&ops[1]),
            fp_suffix(&ops[0]),
            operand(&ops[1]),
            operand(&ops[0])
        ),
        Opcode::SCVTF | Opcode::UCVTF => {
            let src_w = if matches!(ops[1], Operand::Register(SizeCode::W, _)) {
                "W"
            } else {
                ""
            };
            format!(
                "{:?}{src_w}{}\t{}, {}",
                ins.opcode,
                fp_suffix(&ops[0]),
                operand(&ops[1]),
                operand(&ops[0])
            )
        }
        Opcode::FCVTZS | Opcode::FCVTZU if n == 2 => {
            format!(
                "{:?}{}{sfx}\t{}, {}",
                ins.opcode,
                fp_suffix(&ops[1]),
                operand(&ops[1]),
                operand(&ops[0])
            )
        }
        Opcode::FCSEL => match ops[3] {
            Operand::ConditionCode(c) => format!(
                "FCSEL{}\t{}, {}, {}, {}",
                fp_suffix(&ops[0]),
                cond(c),
                operand(&ops[1]),
                operand(&ops[2]),
                operand(&ops[0])
            ),
            _ => rev("FCSEL".into()),
        },
        Opcode::FMADD | Opcode::FMSUB | Opcode::FNMADD | Opcode::FNMSUB => format!(
            "{:?}{}\t{}, {}, {}, {}",
            ins.opcode,
            fp_suffix(&ops[0]),
            operand(&ops[2]),
            operand(&ops[3]),
            operand(&ops[1]),
            operand(&ops[0])
        ),
        Opcode::FADD
        | Opcode::FSUB
        | Opcode::FMUL
        | Opcode::FDIV
        | Opcode::FMAX
        | Opcode::FMIN
        | Opcode::FMAXNM
        | Opcode::FMINNM
        | Opcode::FNMUL
        | Opcode::FABS
        | Opcode::FNEG
        | Opcode::FSQRT
        | Opcode::FRINTN
        | Opcode::FRINTP
        | Opcode::FRINTM
        | Opcode::FRINTZ
        | Opcode::FRINTA
        | Opcode::FRINTX
        | Opcode::FRINTI
            if matches!(ops[0], Operand::SIMDRegister(..)) =>
        {
            rev(format!("{:?}{}", ins.opcode, fp_suffix(&ops[0])))
        }
        Opcode::LDP | Opcode::STP | Opcode::LDNP | Opcode::STNP | Opcode::LDPSW => pair(ins),
        _ => {
            if let Some((name, load)) = load_store_name(ins) {
                let (rt, mem) = (&ops[0], &ops[1]);
                let mem_text = match mem {
                    Operand::PCOffset(o) => {
                        format!("{}(SB)", sym_offset(func.name, i64::from(offset) + o))
                    }
                    other => operand(other),
                };
                let name = format!("{name}{}", writeback(mem));
                return if load {
                    format!("{name}\t{mem_text}, {}", operand(rt))
                } else {
                    format!("{name}\t{}, {mem_text}", operand(rt))
                };
            }
            // Everything else: the ARM name, 32-bit forms suffixed, operands reversed.
            rev(format!("{:?}{sfx}", ins.opcode))
        }
    }
}

/// Go's name of a single-register load or store, and whether it loads.
fn load_store_name(ins: &Instruction) -> Option<(String, bool)> {
    use Opcode::*;
    let rt = ins.operands[0];
    let x = matches!(rt, Operand::Register(SizeCode::X, _));
    let (name, load) = match ins.opcode {
        LDR | LDUR => (
            match rt {
                Operand::SIMDRegister(s, _) => format!("FMOV{}", simd_letter(s)),
                _ if x => "MOVD".into(),
                _ => "MOVWU".into(),
            },
            true,
        ),
        STR | STUR => (
            match rt {
                Operand::SIMDRegister(s, _) => format!("FMOV{}", simd_letter(s)),
                _ if x => "MOVD".into(),
                _ => "MOVW".into(),
            },
            false,
        ),
        LDRSW | LDURSW => ("MOVW".into(), true),
        LDRH | LDURH => ("MOVHU".into(), true),
        LDRSH | LDURSH => (if x { "MOVH" } else { "MOVHW" }.into(), true),
        LDRB | LDURB => ("MOVBU".into(), true),
        LDRSB | LDURSB => (if x { "MOVB" } else { "MOVBW" }.into(), true),
        STRH | STURH => ("MOVH".into(), false),
        STRB | STURB => ("MOVB".into(), false),
        _ => return None,
    };
    Some((name, load))
}

fn writeback(mem: &Operand) -> &'static str {
    match mem {
        Operand::RegPreIndex(_, _, true) => ".W",
        Operand::RegPostIndex(..) | Operand::RegPostIndexReg(..) => ".P",
        _ => "",
    }
}

/// `LDP 8(RSP), (R0, R1)` / `STP (R0, R1), 8(RSP)`, `FLDPD`/`FSTPD` for FP registers.
fn pair(ins: &Instruction) -> String {
    let ops = &ins.operands;
    let load = matches!(ins.opcode, Opcode::LDP | Opcode::LDNP | Opcode::LDPSW);
    let base = format!("{:?}", ins.opcode);
    let name = match ops[0] {
        Operand::SIMDRegister(s, _) => format!("F{base}{}", simd_letter(s)),
        Operand::Register(SizeCode::W, _) if ins.opcode != Opcode::LDPSW => format!("{base}W"),
        _ => base,
    };
    let regs = format!("({}, {})", operand(&ops[0]), operand(&ops[1]));
    let name = format!("{name}{}", writeback(&ops[2]));
    if load {
        format!("{name}\t{}, {regs}", operand(&ops[2]))
    } else {
        format!("{name}\t{regs}, {}", operand(&ops[2]))
    }
}

/// `UBFM`/`SBFM`/`BFM` by their usual aliases: shifts, extensions, bitfield moves.
fn bitfield(ins: &Instruction, w: bool) -> String {
    let ops = &ins.operands;
    let (Operand::Immediate(immr), Operand::Immediate(imms)) = (ops[2], ops[3]) else {
        return format!("{:?}", ins.opcode);
    };
    let bits = if w { 32 } else { 64 };
    let sfx = if w { "W" } else { "" };
    let (rd, rn) = (operand(&ops[0]), operand(&ops[1]));
    match ins.opcode {
        Opcode::UBFM if imms == bits - 1 => format!("LSR{sfx}\t${immr}, {rn}, {rd}"),
        Opcode::UBFM if imms + 1 == immr => format!("LSL{sfx}\t${}, {rn}, {rd}", bits - 1 - imms),
        Opcode::SBFM if imms == bits - 1 => format!("ASR{sfx}\t${immr}, {rn}, {rd}"),
        Opcode::UBFM | Opcode::SBFM if immr == 0 && (imms == 7 || imms == 15 || imms == 31) => {
            let signed = ins.opcode == Opcode::SBFM;
            let size = match imms {
                7 => "B",
                15 => "H",
                _ => "W",
            };
            let name = match (signed, w) {
                (true, false) => format!("MOV{size}"),
                (true, true) => format!("MOV{size}W"),
                (false, _) => format!("MOV{size}U"),
            };
            format!("{name}\t{rn}, {rd}")
        }
        op => {
            let base = match op {
                Opcode::UBFM => "UBF",
                Opcode::SBFM => "SBF",
                _ => "BF",
            };
            if imms < immr {
                // Insert at lsb = bits - immr, width imms + 1.
                let name = if op == Opcode::BFM {
                    "BFI".to_string()
                } else {
                    format!("{base}IZ")
                };
                format!("{name}{sfx}\t${}, {rn}, ${}, {rd}", bits - immr, imms + 1)
            } else {
                let name = if op == Opcode::BFM {
                    "BFXIL".to_string()
                } else {
                    format!("{base}X")
                };
                format!("{name}{sfx}\t${immr}, {rn}, ${}, {rd}", imms + 1 - immr)
            }
        }
    }
}

fn fmov(ins: &Instruction) -> String {
    let ops = &ins.operands;
    let name = match (ops[0], ops[1]) {
        (Operand::SIMDRegister(s, _), _) | (_, Operand::SIMDRegister(s, _)) => {
            format!("FMOV{}", simd_letter(s))
        }
        _ => "FMOV".into(),
    };
    format!("{name}\t{}, {}", operand(&ops[1]), operand(&ops[0]))
}

fn simd_letter(s: SIMDSizeCode) -> &'static str {
    match s {
        SIMDSizeCode::B => "B",
        SIMDSizeCode::H => "H",
        SIMDSizeCode::S => "S",
        SIMDSizeCode::D => "D",
        SIMDSizeCode::Q => "Q",
    }
}

fn fp_suffix(op: &Operand) -> &'static str {
    match op {
        Operand::SIMDRegister(s, _) => simd_letter(*s),
        _ => "",
    }
}

/// Go's condition names.
fn cond(c: u8) -> &'static str {
    [
        "EQ", "NE", "HS", "LO", "MI", "PL", "VS", "VC", "HI", "LS", "GE", "LT", "GT", "LE", "AL",
        "NV",
    ][usize::from(c & 15)]
}

fn reg(op: &Operand) -> String {
    operand(op)
}

/// A register operand by its 64-bit name (`TBZ` tests a bit of `Wn` or `Xn` alike).
fn reg_x(op: &Operand) -> String {
    match op {
        Operand::Register(_, r) => operand(&Operand::Register(SizeCode::X, *r)),
        other => operand(other),
    }
}

fn gpr(r: u16, sp: bool) -> String {
    match (r, sp) {
        (31, true) => "RSP".into(),
        (31, false) => "ZR".into(),
        (r, _) => format!("R{r}"),
    }
}

fn arrangement(reg: SIMDSizeCode, elem: SIMDSizeCode) -> String {
    let total = if reg == SIMDSizeCode::Q { 16 } else { 8 };
    format!(
        "{}{}",
        simd_letter(elem),
        total / u32::from(simd_bytes(elem))
    )
}

fn shifted(style: ShiftStyle, amount: u8, r: String) -> String {
    match style {
        ShiftStyle::LSL if amount == 0 => r,
        ShiftStyle::LSL => format!("{r}<<{amount}"),
        ShiftStyle::LSR => format!("{r}>>{amount}"),
        ShiftStyle::ASR => format!("{r}->{amount}"),
        ShiftStyle::ROR => format!("{r}@>{amount}"),
        ext => {
            let e = format!("{r}.{ext:?}");
            if amount == 0 {
                e
            } else {
                format!("{e}<<{amount}")
            }
        }
    }
}

fn operand(op: &Operand) -> String {
    match *op {
        Operand::Nothing => String::new(),
        Operand::Register(_, r) => gpr(r, false),
        Operand::RegisterOrSP(_, r) => gpr(r, true),
        Operand::RegisterPair(_, r) => format!("({}, {})", gpr(r, false), gpr(r + 1, false)),
        Operand::SIMDRegister(_, r) => format!("F{r}"),
        Operand::SIMDRegisterElements(s, r, e) => format!("V{r}.{}", arrangement(s, e)),
        Operand::SIMDRegisterElementsLane(_, r, e, lane) => {
            format!("V{r}.{}[{lane}]", simd_letter(e))
        }
        Operand::SIMDRegisterElementsMultipleLane(_, r, e, lane, _) => {
            format!("V{r}.{}[{lane}]", simd_letter(e))
        }
        Operand::SIMDRegisterGroup(s, r, e, count) => {
            let regs: Vec<String> = (0..u16::from(count))
                .map(|k| format!("V{}.{}", (r + k) % 32, arrangement(s, e)))
                .collect();
            format!("[{}]", regs.join(", "))
        }
        Operand::SIMDRegisterGroupLane(r, e, count, lane) => {
            let regs: Vec<String> = (0..u16::from(count))
                .map(|k| format!("V{}.{}", (r + k) % 32, simd_letter(e)))
                .collect();
            format!("[{}][{lane}]", regs.join(", "))
        }
        Operand::ConditionCode(c) => cond(c).to_string(),
        Operand::PCOffset(o) => format!("{o}(PC)"),
        Operand::Immediate(v) => format!("${v}"),
        Operand::Imm64(v) => format!("${}", v as i64),
        Operand::Imm16(v) => format!("${v}"),
        Operand::ImmediateDouble(f) => {
            if f.fract() == 0.0 && f.is_finite() {
                format!("$({f:.1})")
            } else {
                format!("$({f})")
            }
        }
        Operand::ImmShift(v, s) => format!("${}", u64::from(v) << s),
        Operand::ImmShiftMSL(v, s) => format!("${}", ((u64::from(v) + 1) << s) - 1),
        Operand::RegShift(style, amount, _, r) => shifted(style, amount, gpr(r, false)),
        Operand::RegRegOffset(rn, rm, _, style, amount) => {
            format!(
                "({})({})",
                gpr(rn, true),
                shifted(style, amount, gpr(rm, false))
            )
        }
        Operand::RegPreIndex(rn, off, _) | Operand::RegPostIndex(rn, off) => {
            if off == 0 {
                format!("({})", gpr(rn, true))
            } else {
                format!("{off}({})", gpr(rn, true))
            }
        }
        Operand::RegPostIndexReg(rn, rm) => format!("({})({})", gpr(rn, true), gpr(rm, false)),
        Operand::PrefetchOp(p) => format!("${p}"),
        Operand::SystemReg(r) => format!("SYSREG_{r:#x}"),
        Operand::ControlReg(r) => format!("C{r}"),
        Operand::PstateField(f) => format!("PSTATE_{f:#x}"),
        // Only reachable if yaxpeax-arm's `non-exhaustive-enums` feature gets enabled.
        #[allow(unreachable_patterns)]
        _ => "?".into(),
    }
}

// ---------------------------------------------------------------------------------------------
// ARM syntax, by yaxpeax-arm's own printer

fn native_text(func: &FuncCode, offset: u32, ins: &Instruction) -> String {
    let text = ins.to_string();
    let (mnemonic, operands) = text.split_once(' ').unwrap_or((&text, ""));
    let mut operands = operands.to_string();
    if let Some(r) = reloc_at(func, offset) {
        let sym = sym_offset(&r.symbol, r.addend);
        match r.kind {
            RelocKind::Arm64Call | RelocKind::Arm64AdrPrelPgHi21 => {
                // The PC-relative field is the last operand: `bl $+0x0`, `adrp x0, $+0x0`.
                let keep = operands.rsplit_once(", ").map(|(a, _)| format!("{a}, "));
                operands = format!("{}{sym}", keep.unwrap_or_default());
            }
            RelocKind::Arm64AddAbsLo12Nc => {
                if let Some((a, _)) = operands.rsplit_once(", ") {
                    operands = format!("{a}, :lo12:{sym}");
                }
            }
            RelocKind::Arm64LdStAbsLo12Nc(_) => {
                if let Some(pos) = operands.rfind(']') {
                    let inner = operands[..pos]
                        .split(", #")
                        .next()
                        .unwrap_or("")
                        .to_string();
                    operands = format!("{inner}, :lo12:{sym}]");
                }
            }
            _ => {}
        }
    }
    if operands.is_empty() {
        mnemonic.to_string()
    } else {
        format!("{mnemonic}\t{operands}")
    }
}
