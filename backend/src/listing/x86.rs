//! x86-64 instructions in Go's assembler syntax (and Intel/AT&T through iced-x86's formatters).
//!
//! iced-x86 decodes; this file only writes. Go's syntax differs from Intel's in four ways:
//!
//! * operand order is source first, destination last (`ADDQ BX, AX` is `add rax, rbx`), except
//!   for integer `CMP`, which keeps Intel's order (`CMPQ CX, $3` is `cmp rcx, 3`);
//! * the operand size is a mnemonic suffix (`B`/`W`/`L`/`Q`) and registers are named by their
//!   64-bit name whatever the size (`MOVL AX, BX`), except the byte registers (`AL`, `SIB`,
//!   `R8B`); a shift count in `CL` is written `CX`;
//! * some mnemonics are renamed: `movzx`/`movsx` → `MOVBLZX`, `MOVWQSX`, ...; `movsxd` →
//!   `MOVLQSX`; conditions use Go's names (`JEQ`, `JCS`, `JLS`, `SETHI`, `CMOVQLT`); `cvtsi2sd` →
//!   `CVTSQ2SD`; `movdqu` → `MOVOU`; 3-operand `imul` → `IMUL3Q`; every `nop` form → `NOP`;
//! * memory is `off(base)(index*scale)`, a symbol `sym+off(SB)`, an immediate `$n` in decimal.
//!
//! Cranelift places a function's constants after its code, 16-byte aligned with zero bytes,
//! and reaches them RIP-relatively without relocations. The first such target inside the
//! function is taken as the start of that pool: bytes from there on, and the zero padding just
//! before it, are printed as data (`QUAD $0x...`; `.quad 0x...` in Intel and AT&T listings)
//! rather than decoded as instructions.
//!
//! A jump table (Cranelift's `br_table`: `LEAQ table, R; MOVLQSX (R)(idx*4), T; ADDQ T, R;
//! JMP R`) sits in the code right after its `JMP R`: one 4-byte entry per slot plus the default,
//! each the target's offset from the table. The `LEAQ`'s target is that table, not the constant
//! pool; the entries are printed as `LONG` data (see [`super::jump_table_entries`]).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use iced_x86::{
    Decoder, DecoderOptions, Formatter, GasFormatter, Instruction, IntelFormatter, MemorySize,
    Mnemonic, OpKind, Register, SymbolResolver, SymbolResult,
};

use super::{sym_offset, FuncCode, Insn, RelocKind, Syntax};

pub(super) fn instructions(syntax: Syntax, func: &FuncCode) -> Vec<Insn> {
    let code = func.code;
    let (pool, tables) = pool_start(func);
    let mut text = match syntax {
        Syntax::Go => Text::Go,
        Syntax::Intel | Syntax::Att => Text::Lib(LibFormatter::new(syntax)),
    };
    let mut out = Vec::new();
    let mut decoder = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut ins = Instruction::default();
    let mut pos = 0usize;
    while pos < code.len() {
        if let Some(&(_, end)) = tables.iter().find(|(start, _)| *start == pos) {
            // One `LONG` per entry.
            while pos + 4 <= end {
                data_lines(&mut out, syntax, code, pos, pos + 4);
                pos += 4;
            }
            pos = end;
            continue;
        }
        if pos >= pool || (pool - pos < 16 && code[pos..pool].iter().all(|&b| b == 0)) {
            // Alignment padding and the constant pool.
            let end = if pos < pool { pool } else { code.len() };
            data_lines(&mut out, syntax, code, pos, end);
            pos = end;
            continue;
        }
        if decoder.set_position(pos).is_err() {
            break;
        }
        decoder.set_ip(pos as u64);
        decoder.decode_out(&mut ins);
        let len = ins.len();
        if ins.is_invalid() || len == 0 || pos + len > pool.min(code.len()) {
            data_lines(&mut out, syntax, code, pos, pos + 1);
            pos += 1;
            continue;
        }
        let syms = operand_symbols(func, &decoder, &ins);
        let line = match &mut text {
            Text::Go => go_text(&ins, &syms),
            Text::Lib(f) => f.format(&ins, syms),
        };
        out.push(Insn {
            offset: pos as u32,
            len: len as u32,
            text: line,
        });
        pos += len;
    }
    out
}

enum Text {
    Go,
    Lib(LibFormatter),
}

/// Where the constant pool starts: the lowest RIP-relative, relocation-free target inside the
/// function that is not a jump table (see the module doc); the code's length when there is
/// none. Also the jump tables, as `(start, end)` byte ranges.
fn pool_start(func: &FuncCode) -> (usize, Vec<(usize, usize)>) {
    let code = func.code;
    let mut decoder = Decoder::with_ip(64, code, 0, DecoderOptions::NONE);
    let mut ins = Instruction::default();
    // RIP-relative targets ahead of the code seen so far: the pool, or a jump table.
    let mut targets: Vec<usize> = Vec::new();
    let mut tables = Vec::new();
    // The last `MOVL $n, R`, a few instructions back: the table's slot count (the clamp).
    let mut last_imm: Option<(u64, u32)> = None;
    let mut seen = 0u32;
    let start = |t: &[usize]| t.iter().copied().min().unwrap_or(code.len());
    while decoder.can_decode() && (decoder.ip() as usize) < start(&targets) {
        decoder.decode_out(&mut ins);
        seen += 1;
        if ins.is_invalid() {
            continue;
        }
        if ins.mnemonic() == Mnemonic::Mov && ins.op1_kind() == OpKind::Immediate32 {
            last_imm = Some((ins.immediate32() as u64, seen));
        }
        if ins.mnemonic() == Mnemonic::Jmp && ins.op0_kind() == OpKind::Register {
            let at = ins.next_ip() as usize;
            if let Some(k) = targets.iter().position(|&t| t == at) {
                targets.remove(k);
                let slots = last_imm
                    .filter(|&(_, when)| seen - when <= 8)
                    .map(|(n, _)| n as usize + 1);
                let n = super::jump_table_entries(func, at, slots, 1);
                tables.push((at, at + 4 * n));
                let _ = decoder.set_position(at + 4 * n);
                decoder.set_ip((at + 4 * n) as u64);
            }
            continue;
        }
        if !ins.is_ip_rel_memory_operand() {
            continue;
        }
        let covered = func
            .relocs
            .iter()
            .any(|r| (r.offset as u64) >= ins.ip() && (r.offset as u64) < ins.next_ip());
        let target = ins.ip_rel_memory_address() as usize;
        if !covered && target >= ins.next_ip() as usize && target < code.len() {
            targets.push(target);
        }
    }
    (start(&targets), tables)
}

/// Data bytes as Go's assembler would write them: `QUAD`, `LONG`, `WORD`, `BYTE` immediates.
/// In Intel and AT&T listings, the GNU assembler's directives (`.quad 0x...`).
fn data_lines(out: &mut Vec<Insn>, syntax: Syntax, code: &[u8], mut pos: usize, end: usize) {
    while pos < end {
        let (n, go, gnu) = match end - pos {
            8.. => (8, "QUAD", ".quad"),
            4..=7 => (4, "LONG", ".long"),
            2..=3 => (2, "WORD", ".word"),
            _ => (1, "BYTE", ".byte"),
        };
        let mut value = 0u64;
        for (i, b) in code[pos..pos + n].iter().enumerate() {
            value |= u64::from(*b) << (8 * i);
        }
        out.push(Insn {
            offset: pos as u32,
            len: n as u32,
            text: match syntax {
                Syntax::Go => format!("{go}\t${value:#x}"),
                _ => format!("{gnu}\t{value:#x}"),
            },
        });
        pos += n;
    }
}

/// The symbolic text of operands whose bytes are a relocation's field, or an address inside
/// this function: `(operand index, "sym+off")`.
fn operand_symbols(func: &FuncCode, decoder: &Decoder, ins: &Instruction) -> Vec<(u32, String)> {
    let ip = ins.ip();
    let end = ins.next_ip();
    let offsets = decoder.get_constant_offsets(ins);
    let mut syms = Vec::new();
    for r in func.relocs {
        let p = u64::from(r.offset);
        if p < ip || p >= end {
            continue;
        }
        let field = (p - ip) as usize;
        let pc_relative = matches!(r.kind, RelocKind::X86PcRel4 | RelocKind::X86CallPcRel4);
        // A pc-relative field is relative to the end of the instruction, not of the field.
        let off = if pc_relative {
            r.addend + (end - p) as i64
        } else {
            r.addend
        };
        let text = sym_offset(&r.symbol, off);
        let operand = (0..ins.op_count()).find(|&i| match ins.op_kind(i) {
            OpKind::NearBranch16 | OpKind::NearBranch32 | OpKind::NearBranch64 => true,
            OpKind::Memory => offsets.has_displacement() && offsets.displacement_offset() == field,
            OpKind::Immediate32
            | OpKind::Immediate64
            | OpKind::Immediate32to64
            | OpKind::Immediate16 => offsets.has_immediate() && offsets.immediate_offset() == field,
            _ => false,
        });
        if let Some(i) = operand {
            syms.push((i, text));
        }
    }
    if ins.is_ip_rel_memory_operand() && syms.is_empty() {
        let target = ins.ip_rel_memory_address();
        if let Some(i) = (0..ins.op_count()).find(|&i| ins.op_kind(i) == OpKind::Memory) {
            syms.push((i, sym_offset(func.name, target as i64)));
        }
    }
    syms
}

// ---------------------------------------------------------------------------------------------
// Go syntax

fn go_text(ins: &Instruction, syms: &[(u32, String)]) -> String {
    let mnemonic = go_mnemonic(ins);
    let sym_of = |i: u32| syms.iter().find(|(j, _)| *j == i).map(|(_, s)| s.as_str());
    let count = ins.op_count();
    let mut order: Vec<u32> = (0..count).collect();
    let keeps_order = matches!(ins.mnemonic(), Mnemonic::Cmp);
    if !keeps_order {
        order.reverse();
    }
    let skip_operands = matches!(ins.mnemonic(), Mnemonic::Nop | Mnemonic::Int3);
    let operands: Vec<String> = if skip_operands {
        Vec::new()
    } else {
        order
            .iter()
            .map(|&i| go_operand(ins, i, sym_of(i)))
            .collect()
    };
    if operands.is_empty() {
        mnemonic
    } else {
        format!("{mnemonic}\t{}", operands.join(", "))
    }
}

fn go_operand(ins: &Instruction, i: u32, sym: Option<&str>) -> String {
    match ins.op_kind(i) {
        OpKind::Register => {
            let reg = ins.op_register(i);
            if reg == Register::CL && is_shift(ins.mnemonic()) {
                "CX".to_string()
            } else {
                go_reg(reg)
            }
        }
        OpKind::NearBranch16 | OpKind::NearBranch32 | OpKind::NearBranch64 => match sym {
            Some(s) => format!("{s}(SB)"),
            None => ins.near_branch_target().to_string(),
        },
        OpKind::Memory => go_memory(ins, sym),
        kind @ (OpKind::Immediate8
        | OpKind::Immediate8_2nd
        | OpKind::Immediate16
        | OpKind::Immediate32
        | OpKind::Immediate64
        | OpKind::Immediate8to16
        | OpKind::Immediate8to32
        | OpKind::Immediate8to64
        | OpKind::Immediate32to64) => {
            let v = ins.immediate(i);
            if let Some(s) = sym {
                return format!("${s}(SB)");
            }
            let n: i64 = match kind {
                OpKind::Immediate8 => v as u8 as i8 as i64,
                OpKind::Immediate8_2nd => v as u8 as i64,
                OpKind::Immediate16 | OpKind::Immediate8to16 => v as u16 as i16 as i64,
                OpKind::Immediate32 | OpKind::Immediate8to32 => v as u32 as i32 as i64,
                _ => v as i64,
            };
            format!("${n}")
        }
        // String-instruction operands (`(SI)`, `(DI)`), far branches: rare, printed by kind.
        kind => format!("{kind:?}"),
    }
}

fn go_memory(ins: &Instruction, sym: Option<&str>) -> String {
    let mut s = String::new();
    let seg = ins.segment_prefix();
    if seg == Register::FS || seg == Register::GS {
        s.push_str(&format!("{seg:?}:"));
    }
    if let Some(sym) = sym {
        s.push_str(sym);
        s.push_str("(SB)");
        return s;
    }
    let base = ins.memory_base();
    let index = ins.memory_index();
    let disp = ins.memory_displacement64() as i64;
    if disp != 0 || base == Register::None {
        s.push_str(&disp.to_string());
    }
    if base != Register::None {
        s.push_str(&format!("({})", go_reg(base)));
    }
    if index != Register::None {
        s.push_str(&format!("({}*{})", go_reg(index), ins.memory_index_scale()));
    }
    s
}

/// Go's register names: the 64-bit name for 16/32/64-bit registers, `X`/`Y`/`Z` for vectors.
fn go_reg(reg: Register) -> String {
    if reg.is_gpr8() {
        let name = format!("{reg:?}");
        return match name.as_str() {
            "SPL" => "SPB".into(),
            "BPL" => "BPB".into(),
            "SIL" => "SIB".into(),
            "DIL" => "DIB".into(),
            // iced calls R8's low byte R8L; Go calls it R8B.
            n if n.starts_with('R') => format!("{}B", n.trim_end_matches('L')),
            n => n.into(),
        };
    }
    if reg.is_gpr() {
        let full = format!("{:?}", reg.full_register());
        return match full.as_str() {
            "RAX" | "RCX" | "RDX" | "RBX" | "RSP" | "RBP" | "RSI" | "RDI" => full[1..].to_string(),
            other => other.to_string(),
        };
    }
    let name = format!("{reg:?}");
    if let Some(n) = name.strip_prefix("XMM") {
        return format!("X{n}");
    }
    if let Some(n) = name.strip_prefix("YMM") {
        return format!("Y{n}");
    }
    if let Some(n) = name.strip_prefix("ZMM") {
        return format!("Z{n}");
    }
    match reg {
        Register::RIP => "IP".into(),
        _ => name,
    }
}

fn is_shift(m: Mnemonic) -> bool {
    matches!(
        m,
        Mnemonic::Shl
            | Mnemonic::Shr
            | Mnemonic::Sar
            | Mnemonic::Rol
            | Mnemonic::Ror
            | Mnemonic::Rcl
            | Mnemonic::Rcr
            | Mnemonic::Shld
            | Mnemonic::Shrd
    )
}

/// Go's condition-code names, by the suffix of Intel's `jcc`/`setcc`/`cmovcc`.
fn go_cond(intel: &str) -> Option<&'static str> {
    Some(match intel {
        "e" => "EQ",
        "ne" => "NE",
        "l" => "LT",
        "ge" => "GE",
        "le" => "LE",
        "g" => "GT",
        "b" => "CS",
        "ae" => "CC",
        "be" => "LS",
        "a" => "HI",
        "s" => "MI",
        "ns" => "PL",
        "o" => "OS",
        "no" => "OC",
        "p" => "PS",
        "np" => "PC",
        _ => return None,
    })
}

fn suffix(bytes: usize) -> &'static str {
    match bytes {
        1 => "B",
        2 => "W",
        4 => "L",
        _ => "Q",
    }
}

/// Size in bytes of operand `i`: a register's width or the memory operand's access size.
fn operand_size(ins: &Instruction, i: u32) -> usize {
    match ins.op_kind(i) {
        OpKind::Register => ins.op_register(i).size(),
        OpKind::Memory => match ins.memory_size() {
            MemorySize::Unknown => 8,
            m => m.size(),
        },
        _ => 8,
    }
}

fn go_mnemonic(ins: &Instruction) -> String {
    let m = ins.mnemonic();
    let intel = format!("{m:?}").to_ascii_lowercase();
    let upper = intel.to_ascii_uppercase();
    let size0 = if ins.op_count() > 0 {
        operand_size(ins, 0)
    } else {
        8
    };
    let size1 = if ins.op_count() > 1 {
        operand_size(ins, 1)
    } else {
        8
    };
    let lock = if ins.has_lock_prefix() { "LOCK; " } else { "" };
    let name = match m {
        Mnemonic::Jmp => "JMP".into(),
        Mnemonic::Call => "CALL".into(),
        Mnemonic::Ret => "RET".into(),
        Mnemonic::Nop => "NOP".into(),
        Mnemonic::Ud2 => "UD2".into(),
        Mnemonic::Int3 => "INT\t$3".into(),
        Mnemonic::Int => "INT".into(),
        Mnemonic::Hlt => "HLT".into(),
        Mnemonic::Cqo => "CQO".into(),
        Mnemonic::Cdq => "CDQ".into(),
        Mnemonic::Cwd => "CWD".into(),
        Mnemonic::Cdqe => "CDQE".into(),
        Mnemonic::Cwde => "CWDE".into(),
        Mnemonic::Cbw => "CBW".into(),
        Mnemonic::Push | Mnemonic::Pop => format!("{upper}Q"),
        Mnemonic::Movzx => format!("MOV{}{}ZX", suffix(size1), suffix(size0)),
        Mnemonic::Movsx | Mnemonic::Movsxd => format!("MOV{}{}SX", suffix(size1), suffix(size0)),
        Mnemonic::Movd => "MOVL".into(),
        Mnemonic::Movq => "MOVQ".into(),
        Mnemonic::Movdqa => "MOVO".into(),
        Mnemonic::Movdqu => "MOVOU".into(),
        Mnemonic::Cvtsi2sd => format!("CVTS{}2SD", suffix(size1)),
        Mnemonic::Cvtsi2ss => format!("CVTS{}2SS", suffix(size1)),
        Mnemonic::Cvttsd2si => format!("CVTTSD2S{}", suffix(size0)),
        Mnemonic::Cvttss2si => format!("CVTTSS2S{}", suffix(size0)),
        Mnemonic::Cvtsd2si => format!("CVTSD2S{}", suffix(size0)),
        Mnemonic::Cvtss2si => format!("CVTSS2S{}", suffix(size0)),
        Mnemonic::Imul if ins.op_count() == 3 => format!("IMUL3{}", suffix(size0)),
        _ => {
            if let Some(cc) = intel.strip_prefix('j').and_then(go_cond) {
                format!("J{cc}")
            } else if let Some(cc) = intel.strip_prefix("set").and_then(go_cond) {
                format!("SET{cc}")
            } else if let Some(cc) = intel.strip_prefix("cmov").and_then(go_cond) {
                format!("CMOV{}{cc}", suffix(size0))
            } else if has_vector_operand(ins) || ins.op_count() == 0 {
                // SSE/AVX mnemonics carry their own type (`MOVSD`, `XORPS`, `PXOR`).
                upper
            } else {
                format!("{upper}{}", suffix(size0))
            }
        }
    };
    format!("{lock}{name}")
}

fn has_vector_operand(ins: &Instruction) -> bool {
    (0..ins.op_count()).any(|i| {
        ins.op_kind(i) == OpKind::Register && {
            let r = ins.op_register(i);
            r.is_xmm() || r.is_ymm() || r.is_zmm()
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Intel and AT&T syntax, by iced-x86's formatters

/// iced's Intel or GAS formatter with a symbol resolver that answers, for the instruction being
/// formatted, the symbols of its relocated operands.
struct LibFormatter {
    formatter: Box<dyn Formatter>,
    symbols: Rc<RefCell<HashMap<u32, String>>>,
}

struct Resolver {
    symbols: Rc<RefCell<HashMap<u32, String>>>,
}

impl SymbolResolver for Resolver {
    fn symbol(
        &mut self,
        _instruction: &Instruction,
        _operand: u32,
        instruction_operand: Option<u32>,
        address: u64,
        _address_size: u32,
    ) -> Option<SymbolResult<'_>> {
        let text = self.symbols.borrow().get(&instruction_operand?)?.clone();
        Some(SymbolResult::with_string(address, text))
    }
}

impl LibFormatter {
    fn new(syntax: Syntax) -> LibFormatter {
        let symbols = Rc::new(RefCell::new(HashMap::new()));
        let resolver = Box::new(Resolver {
            symbols: symbols.clone(),
        });
        let mut formatter: Box<dyn Formatter> = match syntax {
            Syntax::Att => Box::new(GasFormatter::with_options(Some(resolver), None)),
            _ => Box::new(IntelFormatter::with_options(Some(resolver), None)),
        };
        let o = formatter.options_mut();
        o.set_hex_prefix("0x");
        o.set_hex_suffix("");
        o.set_uppercase_hex(false);
        o.set_branch_leading_zeros(false);
        o.set_leading_zeros(false);
        o.set_space_after_operand_separator(true);
        LibFormatter { formatter, symbols }
    }

    fn format(&mut self, ins: &Instruction, syms: Vec<(u32, String)>) -> String {
        *self.symbols.borrow_mut() = syms.into_iter().collect();
        let mut mnemonic = String::new();
        self.formatter.format_mnemonic(ins, &mut mnemonic);
        let mut operands = String::new();
        self.formatter.format_all_operands(ins, &mut operands);
        if operands.is_empty() {
            mnemonic
        } else {
            format!("{mnemonic}\t{operands}")
        }
    }
}
