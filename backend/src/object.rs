//! Target ISA and the ELF object: Cranelift settings, the `cranelift-object` module, and the
//! `runtime.functab` table written into the finished object.
//!
//! Settings, for every target (x86-64 now, arm64 next):
//! * `opt_level=speed` (`none` without optimisation, gc's `-N`);
//! * `preserve_frame_pointers=true`: the runtime's traceback walks the `[fp]`/`[fp+8]` chain;
//! * `is_pic=false`: programs are linked with `cc -no-pie`, like gc's non-PIE binaries, so
//!   code and data refer to each other with absolute or pc-relative relocations, never a GOT.
//!
//! `runtime.functab` is `[n]struct{ entry, end uint64; name *byte; flags, frameOffset uint32;
//! resume uint64; file *byte; lines *uint32 }` (flags and the resume address: `codegen` and
//! `defer.rs`; `lines` is the count n, then n pairs `(code offset, line)`, a pair
//! `(0xFFFFFFFF, delta)` changing the file after a line directive). `end = entry + size`
//! needs a relocation against the function symbol *with an addend*, which cranelift-module's
//! data descriptions cannot express, so the table is appended with the `object` crate after
//! cranelift-object has written everything else.
//!
//! The type data (docs/runtime-abi.md, *Interfaces*) is written the same way, as ONE blob in
//! its own read-only section `.go.type` (gc 1.27's section name): `runtime.types` at its
//! start, every [`DataSymbol`] at its (aligned) offset with its own ELF symbol and size: the type
//! descriptors first, 8-aligned and contiguous up to `runtime.etypedesc` (reflect walks them,
//! as gc 1.27's runtime walks its types for typelinks), the itabs last and contiguous between
//! `runtime.itabs` and `runtime.eitabs`, then `runtime.etypes`. Code refers to these symbols as imports of the Cranelift module; here
//! those undefined symbols become definitions inside the blob. Relocations:
//!
//! | reflectdata kind | written as |
//! |---|---|
//! | `Addr`, `WeakAddr` (8 bytes) | absolute 64-bit relocation (`R_X86_64_64` / `R_AARCH64_ABS64`) |
//! | `AddrOff`, `WeakAddrOff`, `MethodOff` to type data (4 bytes) | the constant `target - runtime.types` |
//! | `MethodOff` to code (`Ifn`/`Tfn`) | 32-bit pc-relative relocation with addend = the field's blob offset, i.e. `S + A - P = S - runtime.types` |
//! | `Keep` (a named map type's underlying map) | nothing |
//!
//! Weak relocations are strong here: gocrane has no dead-code pass that could drop a method.

use cranelift_codegen::isa::{self, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::FuncId;
use std::collections::HashMap;

use cranelift_object::{ObjectBuilder, ObjectModule, ObjectProduct};
use object::write::{Object, Relocation, StandardSection, Symbol, SymbolId, SymbolSection};
use object::{
    RelocationEncoding, RelocationFlags, RelocationKind, SectionKind, SymbolFlags, SymbolKind,
    SymbolScope,
};

use crate::reflectdata::{DataSymbol, RelocKind};

/// Builds the Cranelift ISA for `triple` with gocrane's settings (see the module doc).
pub fn build_isa(
    triple: &target_lexicon::Triple,
    unoptimized: bool,
) -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    let opt_level = match unoptimized {
        true => "none",
        false => "speed",
    };
    for (name, value) in [
        ("opt_level", opt_level),
        ("preserve_frame_pointers", "true"),
        ("is_pic", "false"),
    ] {
        flags
            .set(name, value)
            .map_err(|e| format!("cranelift setting {name}={value}: {e}"))?;
    }
    isa::lookup(triple.clone())
        .map_err(|e| format!("unsupported target {triple}: {e}"))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("target {triple}: {e}"))
}

pub fn new_module(isa: OwnedTargetIsa) -> Result<ObjectModule, String> {
    let builder = ObjectBuilder::new(isa, "go.o", cranelift_module::default_libcall_names())
        .map_err(|e| e.to_string())?;
    Ok(ObjectModule::new(builder))
}

/// The size of a `runtime.functab` record.
const RECORD: usize = 56;

/// One `runtime.functab` record: a function this object defines, and the record's fields.
pub struct FuncRecord {
    pub id: FuncId,
    pub fields: RecordFields,
}

/// What a `runtime.functab` record says of a function besides its address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordFields {
    /// The name the record carries (`main.f`, `main.(*T).M`).
    pub name: String,
    /// The code's size.
    pub size: u64,
    /// `runtime.functab` flags (see `codegen`: wrapper, defer frame, init).
    pub flags: u32,
    /// For a defer frame: where a recovered panic resumes (offset in the function) and the
    /// distance from its frame pointer down to its stack pointer there.
    pub handler: u32,
    pub frame_offset: u32,
    /// The source file the runtime reports (`runtime.Caller`, tracebacks) for the code at
    /// offset 0; empty for none.
    pub file: String,
    /// `(code offset, line)` wherever the line changes, from offset 0.
    pub lines: Vec<(u32, u32)>,
    /// Where a line directive changes the file (`//line other.go:10`): from `lines[i]` on,
    /// `(i, file)`.
    pub file_changes: Vec<(usize, String)>,
}

/// A line-table pair whose first word is this marks a change of file: its second word is the
/// new file name's address less that of the record's `file`, as a signed 32-bit number (both
/// are in this object's table section).
pub const FILE_CHANGE: u32 = u32::MAX;

/// Appends the type-data blob `types`, if any, and the table of `funcs`, this object's
/// functions: `runtime.functab`/`runtime.nfunctab`, or for the library archive's object
/// (`library`) `runtime.libfunctab`/`runtime.nlibfunctab`; returns the ELF bytes.
pub fn finish(
    mut product: ObjectProduct,
    funcs: &[FuncRecord],
    library: bool,
    types: Option<&[DataSymbol]>,
    read_only: &[cranelift_module::DataId],
) -> Result<Vec<u8>, String> {
    // Read-only statics with relocations (`main..stmp_N` holding a string header) are in
    // sections of their own, which cranelift-object marks writable (`.data.rel.ro`-style, for
    // PIC). gocrane links non-PIE: the linker resolves those relocations and nothing writes
    // them at run time, so they are plain read-only data, as gc's `SRODATA` (`go tool nm`: `r`).
    for &id in read_only {
        if let Some((sym, true)) = product.data_objects[id] {
            if let SymbolSection::Section(section) = product.object.symbol(sym).section {
                product.object.section_mut(section).flags = object::write::SectionFlags::Elf {
                    sh_flags: u64::from(object::elf::SHF_ALLOC),
                };
            }
        }
    }
    if let Some(types) = types {
        write_type_blob(&mut product.object, types)?;
    }
    // One row per record: the code's symbol and the record's fields.
    let mut rows: Vec<(SymbolId, &RecordFields)> = Vec::with_capacity(funcs.len());
    for f in funcs {
        let sym = product.functions[f.id]
            .map(|(s, _)| s)
            .ok_or_else(|| format!("functab: {} was not defined", f.fields.name))?;
        rows.push((sym, &f.fields));
    }
    let obj = &mut product.object;
    let section = obj.section_id(StandardSection::ReadOnlyDataWithRel);

    // Names and file names first (NUL-terminated, each file once), then the line tables,
    // the table, the count.
    let mut name_offsets = Vec::with_capacity(rows.len());
    let mut file_offsets: HashMap<&str, u64> = HashMap::new();
    for &(_, r) in &rows {
        let mut bytes = r.name.as_bytes().to_vec();
        bytes.push(0);
        name_offsets.push(obj.append_section_data(section, &bytes, 1));
        let files = std::iter::once(&r.file).chain(r.file_changes.iter().map(|(_, f)| f));
        for file in files {
            if !file_offsets.contains_key(file.as_str()) {
                let mut bytes = file.as_bytes().to_vec();
                bytes.push(0);
                let at = obj.append_section_data(section, &bytes, 1);
                file_offsets.insert(file, at);
            }
        }
    }
    let mut line_offsets = Vec::with_capacity(rows.len());
    for &(_, r) in &rows {
        let mut words = vec![(r.lines.len() + r.file_changes.len()) as u32];
        let mut changes = r.file_changes.iter().peekable();
        for (i, &(offset, line)) in r.lines.iter().enumerate() {
            while let Some((_, file)) = changes.next_if(|(at, _)| *at == i) {
                let delta =
                    file_offsets[file.as_str()] as i64 - file_offsets[r.file.as_str()] as i64;
                let delta =
                    i32::try_from(delta).map_err(|_| "functab: file names too far apart")?;
                words.extend([FILE_CHANGE, delta as u32]);
            }
            words.extend([offset, line]);
        }
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        line_offsets.push(obj.append_section_data(section, &bytes, 4));
    }
    let mut table_bytes = Vec::with_capacity(rows.len() * RECORD);
    for &(_, r) in &rows {
        table_bytes.extend_from_slice(&[0u8; 24]);
        table_bytes.extend_from_slice(&r.flags.to_le_bytes());
        table_bytes.extend_from_slice(&r.frame_offset.to_le_bytes());
        table_bytes.extend_from_slice(&[0u8; 24]);
    }
    let table = obj.append_section_data(section, &table_bytes, 8);
    let count = obj.append_section_data(section, &(rows.len() as u64).to_le_bytes(), 8);

    let section_sym = obj.section_symbol(section);
    let abs64 = RelocationFlags::Generic {
        kind: RelocationKind::Absolute,
        encoding: RelocationEncoding::Generic,
        size: 64,
    };
    for (i, &(sym, r)) in rows.iter().enumerate() {
        let (file, handler) = (r.file.as_str(), r.handler);
        let rec = table + (RECORD * i) as u64;
        let mut relocs = vec![
            (rec, sym, 0),
            (rec + 8, sym, r.size as i64),
            (rec + 16, section_sym, name_offsets[i] as i64),
        ];
        // No file: null pointers (a record of code compiled without source positions).
        if !file.is_empty() {
            relocs.push((rec + 40, section_sym, file_offsets[file] as i64));
            relocs.push((rec + 48, section_sym, line_offsets[i] as i64));
        }
        if handler != 0 {
            relocs.push((rec + 32, sym, handler as i64));
        }
        for (offset, symbol, addend) in relocs {
            obj.add_relocation(
                section,
                Relocation {
                    offset,
                    symbol,
                    addend,
                    flags: abs64,
                },
            )
            .map_err(|e| e.to_string())?;
        }
    }
    let funcs = &rows;
    let (tab, ntab) = match library {
        true => ("runtime.libfunctab", "runtime.nlibfunctab"),
        false => ("runtime.functab", "runtime.nfunctab"),
    };
    for (name, value, size) in [
        (tab, table, (funcs.len() * RECORD) as u64),
        (ntab, count, 8),
    ] {
        obj.add_symbol(Symbol {
            name: name.as_bytes().to_vec(),
            value,
            size,
            kind: SymbolKind::Data,
            scope: SymbolScope::Linkage,
            weak: false,
            section: SymbolSection::Section(section),
            flags: SymbolFlags::None,
        });
    }
    product.emit().map_err(|e| e.to_string())
}

const ABS64: RelocationFlags = RelocationFlags::Generic {
    kind: RelocationKind::Absolute,
    encoding: RelocationEncoding::Generic,
    size: 64,
};

const PCREL32: RelocationFlags = RelocationFlags::Generic {
    kind: RelocationKind::Relative,
    encoding: RelocationEncoding::Generic,
    size: 32,
};

/// Defines (or adds) the symbol `name` at `value` in `section`.
fn define_symbol(
    obj: &mut Object,
    name: &str,
    section: object::write::SectionId,
    value: u64,
    size: u64,
    local: bool,
) -> SymbolId {
    let scope = if local {
        SymbolScope::Compilation
    } else {
        SymbolScope::Linkage
    };
    let sym = Symbol {
        name: name.as_bytes().to_vec(),
        value,
        size,
        kind: SymbolKind::Data,
        scope,
        weak: false,
        section: SymbolSection::Section(section),
        flags: SymbolFlags::None,
    };
    match obj.symbol_id(name.as_bytes()) {
        Some(id) => {
            *obj.symbol_mut(id) = sym;
            id
        }
        None => obj.add_symbol(sym),
    }
}

/// A relocation target outside the blob: a symbol of the object (a function, runtime data),
/// or an undefined one added now (a runtime function such as `runtime.memequal64`).
fn external_symbol(obj: &mut Object, name: &str) -> SymbolId {
    match obj.symbol_id(name.as_bytes()) {
        Some(id) => id,
        None => obj.add_symbol(Symbol {
            name: name.as_bytes().to_vec(),
            value: 0,
            size: 0,
            kind: SymbolKind::Text,
            scope: SymbolScope::Unknown,
            weak: false,
            section: SymbolSection::Undefined,
            flags: SymbolFlags::None,
        }),
    }
}

/// Writes the type-data blob (see the module doc).
fn write_type_blob(obj: &mut Object, syms: &[DataSymbol]) -> Result<(), String> {
    let is_itab = |s: &DataSymbol| s.name.starts_with("go:itab.");
    let is_descriptor =
        |s: &DataSymbol| s.name.starts_with("type:") && !s.name.starts_with("type:.");
    // Layout: the type descriptors, each at the next multiple of 8 and as long as its
    // DescriptorSize, so that the runtime can walk them as gc 1.27's walks its typelinks
    // (`runtime.etypedesc` ends them); then the other symbols in order; then the itabs.
    let mut offsets: HashMap<&str, u64> = HashMap::new();
    let mut order: Vec<&DataSymbol> = syms.iter().filter(|s| is_descriptor(s)).collect();
    let mut end = 0u64;
    for s in &order {
        end = end.next_multiple_of(s.align.max(8));
        offsets.insert(&s.name, end);
        end += s.bytes.len() as u64;
    }
    let descriptors_end = end;
    order.extend(syms.iter().filter(|s| !is_itab(s) && !is_descriptor(s)));
    for s in order.iter().filter(|s| !is_descriptor(s)) {
        // A symbol holding an address (a funcval such as `type:.eqfunc.*`) is read as a word.
        let holds_address = s
            .relocs
            .iter()
            .any(|r| matches!(r.kind, RelocKind::Addr | RelocKind::WeakAddr));
        let align = if holds_address {
            s.align.max(8)
        } else {
            s.align.max(1)
        };
        end = end.next_multiple_of(align);
        offsets.insert(&s.name, end);
        end += s.bytes.len() as u64;
    }
    end = end.next_multiple_of(8);
    let itabs_start = end;
    for s in syms.iter().filter(|s| is_itab(s)) {
        offsets.insert(&s.name, end);
        end += s.bytes.len() as u64;
        order.push(s);
    }
    let itabs_end = end;
    let mut blob = vec![0u8; end as usize];
    for s in &order {
        let off = offsets[s.name.as_str()] as usize;
        blob[off..off + s.bytes.len()].copy_from_slice(&s.bytes);
    }
    // Offsets of type data are constants of the blob itself.
    let mut relocs = Vec::new();
    for s in &order {
        let base = offsets[s.name.as_str()];
        for r in &s.relocs {
            let at = base + r.offset;
            let inside = offsets.get(r.target.as_str()).copied();
            match (r.kind, inside) {
                // Keeping a symbol alive: everything written is kept anyway.
                (RelocKind::Keep, _) => {}
                (RelocKind::Addr | RelocKind::WeakAddr, _) => relocs.push((at, r, ABS64, 0)),
                (_, Some(t)) => {
                    let v = (t as i64 + r.addend) as i32;
                    let p = at as usize;
                    blob[p..p + 4].copy_from_slice(&v.to_le_bytes());
                }
                (RelocKind::MethodOff, None) => relocs.push((at, r, PCREL32, at as i64)),
                (kind, None) => {
                    return Err(format!(
                        "{}: {} offset to {} outside the type data",
                        s.name,
                        kind.name(),
                        r.target
                    ))
                }
            }
        }
    }
    let section = obj.add_section(Vec::new(), b".go.type".to_vec(), SectionKind::ReadOnlyData);
    let start = obj.append_section_data(section, &blob, 8);
    for s in &order {
        let off = start + offsets[s.name.as_str()];
        define_symbol(obj, &s.name, section, off, s.bytes.len() as u64, s.local);
    }
    for (name, value, size) in [
        ("runtime.types", start, end),
        ("runtime.etypes", start + end, 0),
        ("runtime.etypedesc", start + descriptors_end, 0),
        (
            "runtime.itabs",
            start + itabs_start,
            itabs_end - itabs_start,
        ),
        ("runtime.eitabs", start + itabs_end, 0),
    ] {
        define_symbol(obj, name, section, value, size, false);
    }
    for (at, r, flags, extra) in relocs {
        let (symbol, addend) = match offsets.get(r.target.as_str()) {
            // A pointer into the blob: through the target's own symbol.
            Some(_) => (obj.symbol_id(r.target.as_bytes()), r.addend),
            None => (Some(external_symbol(obj, &r.target)), r.addend),
        };
        let symbol = symbol.ok_or_else(|| format!("type data: no symbol {}", r.target))?;
        obj.add_relocation(
            section,
            Relocation {
                offset: start + at,
                symbol,
                addend: addend + extra,
                flags,
            },
        )
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}
