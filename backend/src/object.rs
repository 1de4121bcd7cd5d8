//! Target ISA and the ELF object: Cranelift settings, the `cranelift-object` module, and the
//! `runtime.functab` table written into the finished object.
//!
//! Settings, for every target (x86-64 now, arm64 next):
//! * `opt_level=speed`;
//! * `preserve_frame_pointers=true`: the runtime's traceback walks the `[fp]`/`[fp+8]` chain;
//! * `is_pic=false`: programs are linked with `cc -no-pie`, like gc's non-PIE binaries, so
//!   code and data refer to each other with absolute or pc-relative relocations, never a GOT.
//!
//! `runtime.functab` is `[n]struct{ entry, end uint64; name *byte }`. `end = entry + size`
//! needs a relocation against the function symbol *with an addend*, which cranelift-module's
//! data descriptions cannot express, so the table is appended with the `object` crate after
//! cranelift-object has written everything else.

use cranelift_codegen::isa::{self, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::FuncId;
use cranelift_object::{ObjectBuilder, ObjectModule, ObjectProduct};
use object::write::{Relocation, StandardSection, Symbol, SymbolSection};
use object::{
    RelocationEncoding, RelocationFlags, RelocationKind, SymbolFlags, SymbolKind, SymbolScope,
};

/// Builds the Cranelift ISA for `triple` with gocrane's settings (see the module doc).
pub fn build_isa(triple: &target_lexicon::Triple) -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    for (name, value) in [
        ("opt_level", "speed"),
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

/// One `runtime.functab` record: a defined function and its code size.
pub struct FuncRecord {
    pub id: FuncId,
    pub name: String,
    pub size: u64,
}

/// Appends `runtime.functab`/`runtime.nfunctab` and returns the ELF bytes.
pub fn finish(mut product: ObjectProduct, funcs: &[FuncRecord]) -> Result<Vec<u8>, String> {
    let obj = &mut product.object;
    let section = obj.section_id(StandardSection::ReadOnlyDataWithRel);

    // Names first (NUL-terminated), then the table, then the count.
    let mut name_offsets = Vec::with_capacity(funcs.len());
    for f in funcs {
        let mut bytes = f.name.as_bytes().to_vec();
        bytes.push(0);
        name_offsets.push(obj.append_section_data(section, &bytes, 1));
    }
    let table = obj.append_section_data(section, &vec![0u8; funcs.len() * 24], 8);
    let count = obj.append_section_data(section, &(funcs.len() as u64).to_le_bytes(), 8);

    let section_sym = obj.section_symbol(section);
    let abs64 = RelocationFlags::Generic {
        kind: RelocationKind::Absolute,
        encoding: RelocationEncoding::Generic,
        size: 64,
    };
    for (i, f) in funcs.iter().enumerate() {
        let sym = product.functions[f.id]
            .map(|(s, _)| s)
            .ok_or_else(|| format!("functab: {} was not defined", f.name))?;
        let rec = table + 24 * i as u64;
        let relocs = [
            (rec, sym, 0),
            (rec + 8, sym, f.size as i64),
            (rec + 16, section_sym, name_offsets[i] as i64),
        ];
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
    for (name, value, size) in [
        ("runtime.functab", table, funcs.len() as u64 * 24),
        ("runtime.nfunctab", count, 8),
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
