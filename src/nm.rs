//! `gocrane nm`: looking inside an ELF object or executable gocrane built (or any ELF file).
//!
//! * `gocrane nm FILE` lists the symbol table as `go tool nm` lists an ELF file: address (blank
//!   for undefined symbols), optionally the size, a kind letter, the name. The letter is
//!   decided as `go tool nm` decides it for ELF (cmd/internal/objfile/elf.go), from the flags
//!   of the symbol's section: `T` executable, `R` read-only, `D` writable, `B` writable
//!   without file contents (`.bss`, `SHT_NOBITS`) or common, `U` undefined, `?` anything else
//!   (file and absolute symbols, non-allocated sections); lower case for local symbols (so a
//!   local `?` prints as `_`, as in go tool nm). Sorted by name by default, or by address, size
//!   (largest first) or not at all, in exactly go tool nm's order, equal keys included: as go
//!   tool nm does, the symbols are taken in symbol-table order, sorted by address, then by the
//!   chosen key (nothing more for "not at all"), both times with Go's unstable sort
//!   (`crate::gosort`), which decides where symbols with equal keys end up.
//! * `gocrane nm --dump SYMBOL FILE` prints one defined symbol's bytes in gc's `-S` hex dump
//!   format and the relocations inside it, as `rel OFF+SIZE t=KIND TARGET+ADDEND` lines with
//!   offsets from the symbol's start. Kinds are gc's names where an ELF relocation has a gc
//!   counterpart (`R_X86_64_64` → `R_ADDR`, `R_X86_64_PLT32` → `R_CALL` after a call opcode and
//!   `R_PCREL` elsewhere, as the `-S` listing names them; pc-relative addends are shown in gc's
//!   convention, from the end of the field), `R_ELF(N)` otherwise.
//!   A relocation against a section symbol is named `section+offset`, as `readelf` does.
//!   An executable has no relocations left: its bytes are shown as linked.

use std::fmt::Write as _;

use object::elf;
use object::read::{
    Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget, SectionIndex,
    SymbolSection,
};

use crate::gosort;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SortOrder {
    Name,
    Address,
    Size,
    None,
}

struct Sym {
    addr: u64,
    /// Signed, as go tool nm's `int64(Size)`, which it compares and prints.
    size: i64,
    code: char,
    name: String,
}

fn parse(bytes: &[u8]) -> Result<object::File<'_>, String> {
    object::File::parse(bytes).map_err(|e| format!("not an ELF object or executable: {e}"))
}

/// The `go tool nm` listing of an ELF file's symbol table.
pub fn list(bytes: &[u8], sort: SortOrder, print_size: bool) -> Result<String, String> {
    let file = parse(bytes)?;
    let mut syms: Vec<Sym> = file
        .symbols()
        .map(|s| Sym {
            addr: s.address(),
            size: s.size() as i64,
            code: kind_letter(&file, &s),
            name: s.name().unwrap_or("").to_string(),
        })
        .collect();
    if syms.is_empty() {
        return Err("no symbols".into());
    }
    // cmd/internal/objfile's `slices.SortFunc` by address, then cmd/nm's `sort.Slice`.
    gosort::sort_by(&mut syms, |a, b| a.addr < b.addr);
    match sort {
        SortOrder::Name => gosort::sort_by(&mut syms, |a, b| a.name < b.name),
        SortOrder::Address => gosort::sort_by(&mut syms, |a, b| a.addr < b.addr),
        SortOrder::Size => gosort::sort_by(&mut syms, |a, b| a.size > b.size),
        SortOrder::None => {}
    }
    let mut out = String::new();
    for s in &syms {
        if s.code == 'U' {
            let _ = write!(out, "{:8}", "");
        } else {
            let _ = write!(out, "{:8x}", s.addr);
        }
        if print_size {
            let _ = write!(out, " {:10}", s.size);
        }
        let _ = writeln!(out, " {} {}", s.code, s.name);
    }
    Ok(out)
}

fn kind_letter(file: &object::File, s: &object::Symbol) -> char {
    let code = match s.section() {
        SymbolSection::Undefined => 'U',
        SymbolSection::Common => 'B',
        SymbolSection::Section(index) => section_letter(file, index),
        _ => '?',
    };
    let local = match s.flags() {
        object::SymbolFlags::Elf { st_info, .. } => st_info >> 4 == elf::STB_LOCAL,
        _ => false,
    };
    if local {
        // As go tool nm: `'?' + ('a' - 'A')` is `_`.
        char::from(code as u8 + (b'a' - b'A'))
    } else {
        code
    }
}

fn section_letter(file: &object::File, index: SectionIndex) -> char {
    let Ok(section) = file.section_by_index(index) else {
        return '?';
    };
    let object::SectionFlags::Elf { sh_flags } = section.flags() else {
        return '?';
    };
    let mask = u64::from(elf::SHF_WRITE | elf::SHF_ALLOC | elf::SHF_EXECINSTR);
    match sh_flags & mask {
        f if f == u64::from(elf::SHF_ALLOC | elf::SHF_EXECINSTR) => 'T',
        f if f == u64::from(elf::SHF_ALLOC) => 'R',
        f if f == u64::from(elf::SHF_ALLOC | elf::SHF_WRITE) => match section.kind() {
            object::SectionKind::UninitializedData | object::SectionKind::UninitializedTls => 'B',
            _ => 'D',
        },
        _ => '?',
    }
}

/// One symbol's bytes and relocations (see the module doc).
pub fn dump(bytes: &[u8], name: &str) -> Result<String, String> {
    let file = parse(bytes)?;
    let symbol = file
        .symbols()
        .find(|s| s.name() == Ok(name) && s.section_index().is_some())
        .ok_or_else(|| format!("no defined symbol {name:?}"))?;
    let section = file
        .section_by_index(symbol.section_index().expect("defined"))
        .map_err(|e| format!("symbol {name:?}: {e}"))?;
    let section_name = section.name().unwrap_or("?").to_string();
    let start = symbol.address().wrapping_sub(section.address());
    let size = symbol.size();
    let mut out = format!("{name} size={size} section={section_name}\n");
    // `.bss` has no bytes in the file: all zero, and gc prints no rows for such symbols.
    let mut contents: &[u8] = &[];
    if section.kind() != object::SectionKind::UninitializedData {
        let data = section
            .data()
            .map_err(|e| format!("section {section_name}: {e}"))?;
        contents = usize::try_from(start)
            .ok()
            .and_then(|s| data.get(s..s.checked_add(usize::try_from(size).ok()?)?))
            .ok_or_else(|| format!("symbol {name:?} lies outside its section's data"))?;
        hex_dump(&mut out, contents);
    }
    let mut relocs: Vec<(u64, String)> = Vec::new();
    for (offset, r) in section.relocations() {
        if offset < start || offset >= start + size {
            continue;
        }
        let (mut kind, field, gc_addend) = reloc_kind(r.flags(), r.addend());
        if kind == "R_CALL" && !follows_call_opcode(contents, offset - start) {
            kind = "R_PCREL".into();
        }
        let target = match r.target() {
            RelocationTarget::Symbol(i) => match file.symbol_by_index(i) {
                Ok(t) if t.kind() == object::SymbolKind::Section => t
                    .section_index()
                    .and_then(|si| file.section_by_index(si).ok())
                    .and_then(|sec| sec.name().ok().map(str::to_string))
                    .unwrap_or_else(|| "?".into()),
                Ok(t) => t.name().unwrap_or("?").to_string(),
                Err(_) => "?".into(),
            },
            RelocationTarget::Section(si) => file
                .section_by_index(si)
                .ok()
                .and_then(|sec| sec.name().ok().map(str::to_string))
                .unwrap_or_else(|| "?".into()),
            _ => "?".into(),
        };
        relocs.push((
            offset - start,
            format!(
                "\trel {}+{field} t={kind} {target}+{gc_addend}\n",
                offset - start
            ),
        ));
    }
    relocs.sort_by_key(|(off, _)| *off);
    for (_, line) in relocs {
        out.push_str(&line);
    }
    Ok(out)
}

/// Whether the field at `offset` follows a `CALL rel32`/`JMP rel32` opcode. Cranelift emits
/// `R_X86_64_PLT32` for every pc-relative symbol reference, `LEAQ sym(SB)` included; gc names
/// the relocation by the instruction (`R_CALL` for calls, `R_PCREL` otherwise), and so does the
/// `-S` listing (backend/src/asm.rs), so the two agree.
fn follows_call_opcode(contents: &[u8], offset: u64) -> bool {
    offset
        .checked_sub(1)
        .and_then(|i| contents.get(usize::try_from(i).ok()?))
        .is_some_and(|&op| op == 0xE8 || op == 0xE9)
}

/// (gc's name or the ELF name, field size, addend as gc counts it).
fn reloc_kind(flags: RelocationFlags, addend: i64) -> (String, u8, i64) {
    let RelocationFlags::Elf { r_type } = flags else {
        return (format!("{flags:?}"), 0, addend);
    };
    match r_type {
        elf::R_X86_64_64 | elf::R_AARCH64_ABS64 => ("R_ADDR".into(), 8, addend),
        elf::R_X86_64_32 | elf::R_X86_64_32S | elf::R_AARCH64_ABS32 => ("R_ADDR".into(), 4, addend),
        elf::R_X86_64_PC32 => ("R_PCREL".into(), 4, addend + 4),
        elf::R_X86_64_PLT32 => ("R_CALL".into(), 4, addend + 4),
        elf::R_AARCH64_CALL26 | elf::R_AARCH64_JUMP26 => ("R_CALLARM64".into(), 4, addend),
        elf::R_AARCH64_PREL32 => ("R_PCREL".into(), 4, addend),
        elf::R_AARCH64_ADR_PREL_PG_HI21 => ("R_AARCH64_ADR_PREL_PG_HI21".into(), 4, addend),
        elf::R_AARCH64_ADD_ABS_LO12_NC => ("R_AARCH64_ADD_ABS_LO12_NC".into(), 4, addend),
        other => (format!("R_ELF({other})"), 0, addend),
    }
}

/// gc's hex dump: 16 bytes a row, then the printable ASCII characters.
fn hex_dump(out: &mut String, bytes: &[u8]) {
    for (row, chunk) in bytes.chunks(16).enumerate() {
        let _ = write!(out, "\t{:#06x}", row * 16);
        for b in chunk {
            let _ = write!(out, " {b:02x}");
        }
        out.push_str(&"   ".repeat(16 - chunk.len()));
        out.push_str("  ");
        out.extend(chunk.iter().map(|&b| {
            if (b' '..=b'~').contains(&b) {
                b as char
            } else {
                '.'
            }
        }));
        out.push('\n');
    }
}
