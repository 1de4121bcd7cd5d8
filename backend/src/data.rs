//! Data the generated code refers to: string literal bytes, package variables (`.bss`), and
//! the program's type data (type descriptors `type:T`, itabs `go:itab.T,I`, and everything
//! they point to), which [`crate::reflectdata`] lays out byte for byte as gc 1.27 does.
//!
//! Type data is collected while functions are compiled: code that needs `&type:T` or
//! `&go:itab.T,I` asks [`CodegenCx::type_symbol`] / [`CodegenCx::itab_symbol`], which record
//! the need in the [`TypeData`](crate::reflectdata::TypeData) and declare the symbol as an
//! import of the Cranelift module (so code can take its address). After the last function,
//! [`CodegenCx::finish_type_data`] adds gc's descriptors for every package-level defined type,
//! generates the `type:.eq.<shape>` equality functions and the `type:.hash.<shape>` map key
//! hash functions the descriptors point to, and returns all symbols; `object.rs` then writes
//! them as ONE read-only blob `runtime.types` …
//! `runtime.etypes` (itabs contiguous between `runtime.itabs` and `runtime.eitabs`) and turns
//! the imports into definitions inside it (docs/runtime-abi.md, *Interfaces*).

use std::collections::HashMap;

use base::symbols::{self, Symbol};
use base::types::{BasicKind, PkgId, Type, TypeId, Types};
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use typed_ir::FuncId;

use crate::asm::DataAttrs;
use crate::codegen::CodegenCx;
use crate::reflectdata::{DataSymbol, MethodInfo};

/// gc's `isRegularMemory`: `==` is a plain memory comparison (no floats, strings,
/// interfaces, or padding).
pub fn is_regular_memory(types: &Types, t: TypeId) -> bool {
    match types.under(t) {
        Type::Basic(k) => k.is_integer() || matches!(k, BasicKind::Bool | BasicKind::UnsafePointer),
        Type::Pointer(_) | Type::Chan(_) => true,
        Type::Array(_, e) => is_regular_memory(types, *e),
        Type::Struct(fields) => {
            let offsets = types.field_offsets(t);
            let mut end = 0;
            for (f, off) in fields.iter().zip(offsets) {
                if off != end || f.name == "_" || !is_regular_memory(types, f.ty) {
                    return false;
                }
                end = off + types.size_of(f.ty);
            }
            end == types.size_of(t)
        }
        _ => false,
    }
}

/// gc's name for the read-only bytes of a string literal (`staticdata.StringSym`):
/// `go:string."hello\n"` (the contents as `strconv.Quote` writes them) for strings of up to
/// 100 bytes; longer ones are named by length and hash,
/// `go:string..gostring.<len>.<base64 of the first 16 bytes of SHA-256(0x01 ‖ s)>`.
pub fn string_symbol_name(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    if bytes.len() <= 100 {
        return format!("go:string.{}", base::constant::go_quote_bytes(bytes));
    }
    // cmd/internal/hash.New32: SHA-256 made distinct by a leading 1 byte.
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(bytes);
    let sum = h.finalize();
    format!(
        "go:string..gostring.{}.{}",
        bytes.len(),
        base64_std(&sum[..16])
    )
}

/// Standard base64 with `=` padding (Go's `base64.StdEncoding`).
fn base64_std(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

impl CodegenCx<'_> {
    /// The read-only bytes of a string literal (shared between equal literals).
    pub fn string_data(&mut self, bytes: &[u8]) -> Result<DataId, String> {
        if let Some(&id) = self.strings.get(bytes) {
            return Ok(id);
        }
        let name = string_symbol_name(bytes);
        // A global symbol, as gc's DUPOK string data is (`go tool nm`: `R`, not `r`); the
        // library archive's own.
        let linkage = match self.is_library_unit() {
            true => Linkage::Local,
            false => Linkage::Export,
        };
        let id = self
            .module
            .declare_data(&name, linkage, false, false)
            .map_err(|e| e.to_string())?;
        let mut desc = DataDescription::new();
        desc.define(bytes.to_vec().into_boxed_slice());
        desc.set_align(1);
        self.note_data(id, &desc, DataAttrs::STRING);
        self.module
            .define_data(id, &desc)
            .map_err(|e| e.to_string())?;
        self.strings.insert(bytes.to_vec(), id);
        Ok(id)
    }

    /// A symbol defined outside the Cranelift module (a type-data symbol the object writer
    /// places in the blob, or runtime data such as `runtime.zerobase`), declared once.
    pub fn extern_data(&mut self, name: &str) -> Result<DataId, String> {
        if let Some(&id) = self.extern_data.get(name) {
            return Ok(id);
        }
        let id = self
            .module
            .declare_data(name, Linkage::Import, false, false)
            .map_err(|e| e.to_string())?;
        self.extern_data.insert(name.to_string(), id);
        Ok(id)
    }

    /// `type:T`: recorded as needed (with everything it refers to) and declared.
    pub fn type_symbol(&mut self, t: TypeId) -> Result<DataId, String> {
        let name = self.typedata.need_type(t);
        if self.is_library_unit() {
            self.type_needs.push(t);
        }
        self.extern_data(&name)
    }

    /// `go:itab.T,I`: recorded as needed and declared.
    pub fn itab_symbol(&mut self, concrete: TypeId, iface: TypeId) -> Result<DataId, String> {
        let name = self
            .typedata
            .need_itab(concrete, iface)
            .map_err(|e| e.to_string())?;
        if self.is_library_unit() {
            self.itab_needs.push((concrete, iface));
        }
        self.extern_data(&name)
    }

    /// Declares the method sets of `T` and `*T` for each defined type with methods, from the
    /// IR's method lists: `T`'s set has the value methods, whose interface entry (`Ifn`) is
    /// the pointer wrapper `main.(*T).M` unless `T` is pointer-shaped; `*T`'s has all.
    pub fn set_method_sets(&mut self) {
        let prog = self.prog;
        for tm in &prog.methods {
            let direct = crate::reflectdata::is_direct_iface(&prog.types, tm.ty);
            let mut value = Vec::new();
            let mut pointer = Vec::new();
            for m in &tm.methods {
                let name_of = |f: FuncId| prog.funcs[f.index()].sym.link_name(&prog.types);
                let own = name_of(m.func);
                let wrapper = m.ptr_wrapper.map(name_of);
                let on_pointer = if m.ptr_recv {
                    own.clone()
                } else {
                    wrapper.clone().unwrap_or_else(|| own.clone())
                };
                if !m.ptr_recv {
                    value.push(MethodInfo {
                        name: m.name.clone(),
                        sig: m.sig,
                        ifn: if direct {
                            own.clone()
                        } else {
                            on_pointer.clone()
                        },
                        tfn: own.clone(),
                        pkg: m.pkg,
                    });
                }
                pointer.push(MethodInfo {
                    name: m.name.clone(),
                    sig: m.sig,
                    ifn: on_pointer.clone(),
                    tfn: on_pointer,
                    pkg: m.pkg,
                });
            }
            self.typedata.set_methods(tm.ty, value);
            let p = self.typedata.ptr_to(tm.ty);
            self.typedata.set_methods(p, pointer);
        }
    }

    /// The descriptors of the runtime's error types (`T` and `*T`) when the program has their
    /// methods (it calls `recover`): the runtime makes its panics' values of these types.
    pub fn need_runtime_error_types(&mut self) {
        let prog = self.prog;
        for tm in &prog.methods {
            let runtime = prog
                .types
                .named_info(tm.ty)
                .is_some_and(|n| prog.types.pkg_path(n.pkg) == "runtime");
            if runtime {
                self.typedata.need_type(tm.ty);
                let p = self.typedata.ptr_to(tm.ty);
                self.typedata.need_type(p);
            }
        }
    }

    /// Asks the type data for what the library archive's code refers to (see
    /// [`crate::archive`]): its descriptors and itabs, of the types the summary spells out
    /// (which [`crate::archive::intern_shapes`] made among the program's); and checks that the
    /// program's object defines the functions it calls.
    pub fn need_archive(&mut self, summary: &crate::archive::LibrarySummary) -> Result<(), String> {
        use crate::archive::Need;
        use std::collections::HashSet;
        let prog = self.prog;
        // Each type by its descriptor's name: the driver made them all from their shapes.
        let found = crate::archive::resolve_shapes(summary, &prog.types)?;
        for (name, &t) in &found {
            if self.typedata.type_symbol(t) != *name {
                return Err(format!("the library archive's {name} is not the program's"));
            }
        }
        let ty = |name: &str| {
            found
                .get(name)
                .copied()
                .ok_or_else(|| format!("the library archive's summary has no shape of {name}"))
        };
        // The functions this object defines, by link name, when the archive calls any.
        let calls_program = summary.needs.iter().any(|n| matches!(n, Need::Symbol(_)));
        let defined: HashSet<String> = match calls_program {
            true => (0..prog.funcs.len())
                .filter(|&i| self.owns_func(FuncId(i as u32)))
                .map(|i| prog.funcs[i].sym.link_name(&prog.types))
                .collect(),
            false => HashSet::new(),
        };
        for n in &summary.needs {
            match n {
                Need::Type(t) => {
                    let t = ty(t)?;
                    self.type_symbol(t)?;
                }
                Need::Itab(c, i) => {
                    let (c, i) = (ty(c)?, ty(i)?);
                    self.itab_symbol(c, i)?;
                }
                Need::Symbol(name) => {
                    if !defined.contains(name) {
                        return Err(format!(
                            "the library archive calls {name}, which the program does not define"
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// Finishes the type data (see the module doc): descriptors of the package-level defined
    /// types, then the generated equality and hash functions; returns every type-data
    /// symbol. Those of the library archive's packages only as far as something reaches them,
    /// as gc's linker keeps them.
    pub fn finish_type_data(&mut self) -> Result<Vec<DataSymbol>, String> {
        let types = &self.prog.types;
        for i in 0..types.len() {
            let t = TypeId(i as u32);
            if let Some(n) = types.named_info(t) {
                let compiled =
                    self.owns_pkg(n.pkg) && self.prog.packages.iter().any(|p| p.pkg == n.pkg);
                if compiled && n.local_index == 0 && matches!(types.get(t), Type::Named(_)) {
                    self.typedata.need_type(t);
                }
            }
        }
        let eqs = self.typedata.eq_funcs().to_vec();
        for eq in &eqs {
            self.define_eq_func(eq)?;
        }
        let hashes = self.typedata.hash_funcs().to_vec();
        for hash in &hashes {
            self.define_hash_func(hash)?;
        }
        let fresh = crate::reflectdata::TypeData::new(types, self.prog.pkg);
        let td = std::mem::replace(&mut self.typedata, fresh);
        Ok(td.finish())
    }

    /// Package variables, writable: their static initial value (gc's `SNOPTRDATA`/`SDATA`),
    /// or zeroes (`.bss`) for `main.init` to set or leave.
    pub fn define_globals(&mut self) -> Result<(), String> {
        let prog = self.prog;
        // Declared first, all of this object's: a static's data may point at another
        // (`P..stmp_N`). Another object's (the runtime's, the library archive's) are declared
        // when used.
        for (gi, g) in prog.globals.iter().enumerate() {
            if g.external || !self.owns_pkg(g.sym.pkg()) {
                continue;
            }
            // gc's `..gobytes.N` are local symbols.
            let linkage = match g.sym {
                base::symbols::Symbol::GoBytes { .. } => Linkage::Local,
                _ => Linkage::Export,
            };
            let id = self
                .module
                .declare_data(&g.sym.link_name(&prog.types), linkage, true, false)
                .map_err(|e| e.to_string())?;
            self.globals[gi] = Some(id);
        }
        for (gi, g) in prog.globals.iter().enumerate() {
            if g.external || !self.owns_pkg(g.sym.pkg()) {
                continue;
            }
            let id = self.global_id(typed_ir::GlobalId(gi as u32));
            // A zero-size variable still gets a byte (distinct addresses); gc's zero-size
            // temporaries do not.
            let size = match g.sym {
                base::symbols::Symbol::Stmp { .. } => prog.types.size_of(g.ty) as usize,
                _ => prog.types.size_of(g.ty).max(1) as usize,
            };
            let mut desc = DataDescription::new();
            match &g.init {
                Some(value) => {
                    let mut bytes = vec![0u8; size];
                    let mut relocs = Vec::new();
                    self.static_bytes(value, &mut bytes, 0, &mut relocs)?;
                    desc.define(bytes.into_boxed_slice());
                    for (off, target) in relocs {
                        let gv = self.module.declare_data_in_data(target, &mut desc);
                        desc.write_data_addr(off, gv, 0);
                    }
                }
                None => desc.define_zeroinit(size),
            }
            desc.set_align(prog.types.align_of(g.ty));
            let pointers = self.prog.types.ptr_bytes(g.ty) > 0;
            self.note_data(
                id,
                &desc,
                DataAttrs {
                    readonly: g.read_only,
                    pointers,
                    local: matches!(g.sym, base::symbols::Symbol::GoBytes { .. }),
                    dupok: false,
                    // gc's package-level temporaries are "static" in listings.
                    static_sym: matches!(g.sym, base::symbols::Symbol::Stmp { .. }),
                },
            );
            self.module
                .define_data(id, &desc)
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// gc's `main.f·f` for the top-level function `f` (read-only, dupok): one word, `f`'s code
    /// address. A func value of `f` is the address of it.
    pub fn funcval(&mut self, f: FuncId) -> Result<DataId, String> {
        if let Some(&id) = self.funcvals.get(&f) {
            return Ok(id);
        }
        let prog = self.prog;
        let name = symbols::funcval(&prog.funcs[f.index()].sym.link_name(&prog.types));
        // Dupok in gc: the library archive's is weak, any program's own wins.
        let linkage = match self.is_library_unit() {
            true => Linkage::Preemptible,
            false => Linkage::Export,
        };
        let id = self
            .module
            .declare_data(&name, linkage, false, false)
            .map_err(|e| e.to_string())?;
        let mut desc = DataDescription::new();
        desc.define(vec![0u8; 8].into_boxed_slice());
        desc.set_align(8);
        let code = self.func_id(f);
        let r = self.module.declare_func_in_data(code, &mut desc);
        desc.write_function_addr(0, r);
        self.note_data(
            id,
            &desc,
            DataAttrs {
                readonly: true,
                pointers: false,
                local: false,
                dupok: true,
                static_sym: false,
            },
        );
        self.module
            .define_data(id, &desc)
            .map_err(|e| e.to_string())?;
        self.funcvals.insert(f, id);
        Ok(id)
    }

    /// Each package's `P..inittask` (`SNOPTRDATA`): `{state uint32; nfns uint32; fns
    /// [nfns]uintptr}` with its init functions' addresses — defined, as gc's `pkginit` does,
    /// for package main and for every package with init functions or an import that has an
    /// init task. Then the linker's schedule `go:main.inittasks`: the tasks with functions, in
    /// an order where each package comes after those it imports and, among those ready,
    /// the lexically first symbol goes first (gc's `ld.inittasks`). gocrane ends it with a
    /// null pointer, since no module data holds its length; the runtime runs it before
    /// `main.main`.
    pub fn define_inittasks(&mut self) -> Result<(), String> {
        let prog = self.prog;
        let mut tasks: HashMap<PkgId, (String, DataId)> = HashMap::new();
        for p in &prog.packages {
            let has_task = p.pkg == prog.pkg
                || !p.tasks.is_empty()
                || p.imports.iter().any(|i| tasks.contains_key(i));
            if !has_task {
                continue;
            }
            let name = Symbol::InitTask(p.pkg).link_name(&prog.types);
            let id = match self.owns_pkg(p.pkg) {
                true => self.define_inittask(&name, &p.tasks, p.pkg == prog.pkg)?,
                false => self.extern_data(&name)?,
            };
            tasks.insert(p.pkg, (name, id));
        }
        // The schedule is the program's (the library archive's object has none).
        if self.is_library_unit() {
            return Ok(());
        }
        // The schedule: Kahn's algorithm with the lexically first ready task next. Each task's
        // dependencies are the imports that have tasks.
        let deps: HashMap<PkgId, Vec<PkgId>> = prog
            .packages
            .iter()
            .filter(|p| tasks.contains_key(&p.pkg))
            .map(|p| {
                let d = p.imports.iter().copied().filter(|i| tasks.contains_key(i));
                (p.pkg, d.collect())
            })
            .collect();
        let mut waiting: HashMap<PkgId, usize> = deps.iter().map(|(&p, d)| (p, d.len())).collect();
        let mut ready: std::collections::BTreeSet<(String, PkgId)> = waiting
            .iter()
            .filter(|(_, &n)| n == 0)
            .map(|(p, _)| (tasks[p].0.clone(), *p))
            .collect();
        let mut schedule = Vec::new();
        while let Some((_, pkg)) = ready.pop_first() {
            let has_fns = prog
                .packages
                .iter()
                .any(|p| p.pkg == pkg && !p.tasks.is_empty());
            if has_fns {
                schedule.push(tasks[&pkg].1);
            }
            for (q, d) in &deps {
                if d.contains(&pkg) {
                    let n = waiting.get_mut(q).expect("counted");
                    *n -= 1;
                    if *n == 0 {
                        ready.insert((tasks[q].0.clone(), *q));
                    }
                }
            }
        }
        let id = self
            .module
            .declare_data("go:main.inittasks", Linkage::Export, true, false)
            .map_err(|e| e.to_string())?;
        let mut desc = DataDescription::new();
        desc.define(vec![0u8; 8 * (schedule.len() + 1)].into_boxed_slice());
        desc.set_align(8);
        for (i, task) in schedule.iter().enumerate() {
            let r = self.module.declare_data_in_data(*task, &mut desc);
            desc.write_data_addr(8 * i as u32, r, 0);
        }
        // The linker's symbol: no compilation lists it.
        self.module
            .define_data(id, &desc)
            .map_err(|e| e.to_string())
    }

    /// One package's init task `name`, running `fns`; `listed` for package main's (a listing
    /// shows the main package's data only).
    fn define_inittask(
        &mut self,
        name: &str,
        fns: &[FuncId],
        listed: bool,
    ) -> Result<DataId, String> {
        let n = fns.len();
        let id = self
            .module
            .declare_data(name, Linkage::Export, true, false)
            .map_err(|e| e.to_string())?;
        let mut bytes = vec![0u8; 8 + 8 * n];
        bytes[4..8].copy_from_slice(&(n as u32).to_le_bytes());
        let mut desc = DataDescription::new();
        desc.define(bytes.into_boxed_slice());
        desc.set_align(8);
        for (i, f) in fns.iter().enumerate() {
            let id = self.func_id(*f);
            let r = self.module.declare_func_in_data(id, &mut desc);
            desc.write_function_addr(8 + 8 * i as u32, r);
        }
        if listed {
            self.note_data(
                id,
                &desc,
                DataAttrs {
                    readonly: false,
                    pointers: false,
                    local: false,
                    dupok: false,
                    static_sym: false,
                },
            );
        }
        self.module
            .define_data(id, &desc)
            .map_err(|e| e.to_string())?;
        Ok(id)
    }
}

#[cfg(test)]
mod tests {
    use super::string_symbol_name;

    /// Names gc 1.27.3 gives these strings (`go tool compile -S` / `go tool nm`): `println`'s
    /// strings carry their newline, so the 100 digits become a 101-byte string.
    #[test]
    fn string_symbols_are_named_as_gc_names_them() {
        assert_eq!(string_symbol_name(b"hello\n"), r#"go:string."hello\n""#);
        assert_eq!(
            string_symbol_name(b"bin\x00\xff\n\n"),
            r#"go:string."bin\x00\xff\n\n""#
        );
        let digits = "0123456789".repeat(10);
        assert_eq!(
            string_symbol_name(digits.as_bytes()),
            format!("go:string.\"{digits}\"")
        );
        assert_eq!(
            string_symbol_name(format!("{digits}\n").as_bytes()),
            "go:string..gostring.101.KjJ33YP0ujSQTV8xEBsnfA=="
        );
        assert_eq!(
            string_symbol_name(format!("{digits}x\n").as_bytes()),
            "go:string..gostring.102.SzvK9Qgs9Tqfh0CXED9+4w=="
        );
    }
}
