//! reflectdata against gc 1.27.3: for each Go program in `tests/reflectdata/`, the type
//! descriptors, itabs, names, pointer masks and equality closures gocrane writes must print
//! exactly as `go tool compile -S` printed gc's (`<prog>.golden`, re-recorded by
//! `record.sh`): same symbols, bytes, relocations (offset, size, type, target, addend),
//! dupok and alignment.
//!
//! The programs are compiled with gocrane's frontend. What to write is derived from gc's
//! output only at the roots: the package's defined types, the types no other data symbol
//! refers to (gc wrote them because code converts them to interfaces) and the itabs. Everything else must be pulled in by
//! reflectdata itself, and nothing more: a symbol gocrane writes that gc did not is an error,
//! unless gc leaves it to package runtime (predeclared types like `type:int32`), in which
//! case it must match `runtime.golden`, gc's output for package runtime.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use backend::reflectdata::{
    declared_methods, link_string, listing, type_hash, DeclaredMethod, MethodInfo, TypeData,
};
use base::source::SourceMap;
use base::types::{BasicKind, Signature, Type, TypeId, Types};
use frontend::check::{ObjKind, Package};

/// gc's `-S` data blocks of a golden file, by symbol name.
struct Golden {
    blocks: BTreeMap<String, String>,
    /// Symbol names in gc's order.
    order: Vec<String>,
    /// Every relocation target named in the file.
    targets: HashSet<String>,
}

fn read_golden(path: &Path) -> Golden {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut blocks = BTreeMap::new();
    let mut targets = HashSet::new();
    let mut order = Vec::new();
    let mut cur: Option<(String, String)> = None;
    for line in text.lines() {
        // A descriptor's PtrToThis (offset 44) does not make `*T` a dependency of `T`:
        // `*T` is written because `T` is, not the other way round.
        let ptr_to_this = line.starts_with("\trel 44+4 ");
        if let Some(rel) = line.strip_prefix("\trel ").filter(|_| !ptr_to_this) {
            let after_kind = rel
                .split_once(" t=")
                .and_then(|(_, k)| k.split_once(' '))
                .map(|(_, t)| t);
            if let Some(t) = after_kind.and_then(|t| t.rsplit_once('+')).map(|(t, _)| t) {
                // Nor does `*T`'s Elem make `T` a dependency of `*T`, for the same reason.
                let elem_of_ptr = cur.as_ref().is_some_and(|(n, _)| {
                    rel.starts_with("48+8 ") && n.strip_prefix("type:*") == t.strip_prefix("type:")
                });
                let own = cur.as_ref().is_some_and(|(n, _)| n == t);
                if !elem_of_ptr && !own {
                    targets.insert(t.to_string());
                }
            }
        }
        if line.starts_with('\t') {
            if let Some((_, b)) = &mut cur {
                b.push_str(line);
                b.push('\n');
            }
            continue;
        }
        if let Some((n, b)) = cur.take() {
            order.push(n.clone());
            blocks.insert(n, b);
        }
        let name = [" SRODATA ", " SNOPTRDATA ", " SNOPTRBSS "]
            .iter()
            .find_map(|k| line.split_once(k).map(|(n, _)| n.to_string()))
            .unwrap_or_else(|| panic!("{}: not a data symbol header: {line}", path.display()));
        cur = Some((name, format!("{line}\n")));
    }
    if let Some((n, b)) = cur {
        order.push(n.clone());
        blocks.insert(n, b);
    }
    Golden {
        blocks,
        order,
        targets,
    }
}

fn dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reflectdata"))
}

fn compile(file: &str) -> Package {
    let src = std::fs::read_to_string(dir().join(file)).unwrap();
    let mut map = SourceMap::default();
    map.add(file, src);
    match frontend::compile_package(&mut map) {
        Ok(p) => p,
        Err(diags) => panic!("{file} does not compile: {diags:?}"),
    }
}

/// The method sets of every defined type of the package and of pointers to them, with
/// methods promoted through embedded fields one level deep (all the programs need).
fn method_sets(pkg: &mut Package) -> Vec<(TypeId, Vec<MethodInfo>)> {
    let mut declared: HashMap<TypeId, Vec<DeclaredMethod>> = HashMap::new();
    for obj in &pkg.info.objects {
        if let ObjKind::Func(f) = &obj.kind {
            let Some(recv) = f.recv else { continue };
            let (base, pointer_receiver) = match pkg.types.get(recv) {
                Type::Pointer(e) => (*e, true),
                _ => (recv, false),
            };
            declared.entry(base).or_default().push(DeclaredMethod {
                name: obj.name.clone(),
                sig: obj.ty,
                pointer_receiver,
            });
        }
    }
    let named: Vec<TypeId> = (0..pkg.types.len() as u32)
        .map(TypeId)
        .filter(|&t| pkg.types.named_info(t).is_some_and(|n| n.pkg == pkg.pkg))
        .collect();
    let mut sets = Vec::new();
    for &t in &named {
        let decls = declared.get(&t).cloned().unwrap_or_default();
        let (mut value, mut pointer) = declared_methods(&pkg.types, t, &decls);
        // Promoted methods: wrappers named after the outer type.
        if let Type::Struct(fields) = pkg.types.under(t).clone() {
            let outer = link_string(&pkg.types, t);
            let base = outer.trim_start_matches("main.");
            for f in fields.iter().filter(|f| f.embedded) {
                let (inner, via_pointer) = match pkg.types.get(f.ty) {
                    Type::Pointer(e) => (*e, true),
                    _ => (f.ty, false),
                };
                for d in declared.get(&inner).into_iter().flatten() {
                    let unexported = !d.name.starts_with(char::is_uppercase);
                    let mpkg = unexported.then_some(pkg.pkg);
                    let on_value = format!("main.{base}.{}", d.name);
                    let on_pointer = format!("main.(*{base}).{}", d.name);
                    if via_pointer || !d.pointer_receiver {
                        value.push(MethodInfo {
                            name: d.name.clone(),
                            sig: d.sig,
                            ifn: on_pointer.clone(),
                            tfn: on_value,
                            pkg: mpkg,
                        });
                    }
                    pointer.push(MethodInfo {
                        name: d.name.clone(),
                        sig: d.sig,
                        ifn: on_pointer.clone(),
                        tfn: on_pointer,
                        pkg: mpkg,
                    });
                }
            }
        }
        let pt = pkg.types.pointer(t);
        sets.push((t, value));
        sets.push((pt, pointer));
    }
    sets
}

/// Compares what reflectdata writes for `prog` with gc's dump; returns the differences.
fn check_program(prog: &str) -> Vec<String> {
    let golden = read_golden(&dir().join(format!("{prog}.golden")));
    let runtime = read_golden(&dir().join("runtime.golden"));
    let mut pkg = compile(&format!("{prog}.go"));
    let sets = method_sets(&mut pkg);
    let types = &pkg.types;
    let by_link: HashMap<String, TypeId> = (0..types.len() as u32)
        .map(TypeId)
        .filter(|&t| !matches!(types.get(t), Type::Tuple(_)))
        .map(|t| (link_string(types, t), t))
        .collect();

    let mut data = TypeData::new(types, pkg.pkg);
    for (t, methods) in sets {
        data.set_methods(t, methods);
    }
    let mut problems = Vec::new();
    // gc writes the descriptor of every defined type declared in the package.
    for t in (0..types.len() as u32).map(TypeId) {
        if types.named_info(t).is_some_and(|n| n.pkg == pkg.pkg) {
            data.need_type(t);
        }
    }
    // In gc's order: names carrying a package path are numbered as they are written.
    for name in &golden.order {
        if let Some(pair) = name.strip_prefix("go:itab.") {
            let split = pair.match_indices(',').find_map(|(i, _)| {
                Some((*by_link.get(&pair[..i])?, *by_link.get(&pair[i + 1..])?))
            });
            match split {
                Some((c, i)) => {
                    if let Err(e) = data.need_itab(c, i) {
                        problems.push(e.to_string());
                    }
                }
                None => problems.push(format!("{name}: types not found in the frontend's table")),
            }
        } else if let Some(link) = name.strip_prefix("type:") {
            let ptr_to_written = link
                .strip_prefix('*')
                .is_some_and(|x| golden.blocks.contains_key(&format!("type:{x}")));
            if link.starts_with('.') || golden.targets.contains(name) || ptr_to_written {
                continue;
            }
            // `*X` for an unnamed X is not in the frontend's table; writing X writes it.
            let found = by_link
                .get(link)
                .or_else(|| by_link.get(link.strip_prefix('*')?));
            // Types gc writes for method tables (receiver-first method types) are not
            // in the frontend's table: reflectdata must write them by itself, which the
            // comparison below checks.
            if let Some(&t) = found {
                data.need_type(t);
            }
        }
    }
    let mine = data.finish();
    let mut seen = HashSet::new();
    for sym in &mine {
        let text = sym.to_string();
        if !seen.insert(sym.name.clone()) {
            problems.push(format!("{}: written twice", sym.name));
        }
        let want = golden
            .blocks
            .get(&sym.name)
            .or_else(|| runtime.blocks.get(&sym.name));
        match want {
            Some(want) if *want == text => {}
            Some(want) => {
                problems.push(format!("{}:\n--- gc\n{want}--- gocrane\n{text}", sym.name))
            }
            None => problems.push(format!(
                "{}: gocrane writes it, gc does not:\n{text}",
                sym.name
            )),
        }
    }
    for name in golden.blocks.keys() {
        if !seen.contains(name) {
            problems.push(format!("{name}: gc writes it, gocrane does not"));
        }
    }
    problems
}

fn assert_matches_gc(prog: &str) {
    let problems = check_program(prog);
    assert!(
        problems.is_empty(),
        "{prog}: {} differences from gc 1.27.3:\n\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn adder_value_methods_and_itab() {
    assert_matches_gc("adder");
}

#[test]
fn calculator_pointer_methods_embedded_interfaces() {
    assert_matches_gc("calculator");
}

#[test]
fn structs_embedded_unexported_tags_padding() {
    assert_matches_gc("structs");
}

#[test]
fn composite_arrays_slices_pointers_funcs_chans() {
    assert_matches_gc("composite");
}

#[test]
fn interfaces_empty_error_unexported_methods() {
    assert_matches_gc("interfaces");
}

#[test]
fn equality_closures_named_by_shape() {
    assert_matches_gc("equality");
}

#[test]
fn maps_groups_hashers_flags() {
    assert_matches_gc("maps");
}

/// What gc's package runtime writes for the predeclared types (`WriteBasicTypes`): each
/// basic type, `any` and `error`, pointers to them and to slices of them, and
/// `func(error) string`.
#[test]
fn predeclared_types_match_package_runtime() {
    let runtime = read_golden(&dir().join("runtime.golden"));
    let mut map = SourceMap::default();
    map.add(
        "x.go",
        "package main\n\nvar e error\n\nfunc main() { _ = e }\n",
    );
    let mut pkg = frontend::compile_package(&mut map).expect("compiles");
    let error_t = (0..pkg.types.len() as u32)
        .map(TypeId)
        .find(|&t| pkg.types.named_info(t).is_some_and(|n| n.name == "error"))
        .expect("error type");
    let types = &mut pkg.types;
    let mut list: Vec<TypeId> = [
        BasicKind::Int8,
        BasicKind::Uint8,
        BasicKind::Int16,
        BasicKind::Uint16,
        BasicKind::Int32,
        BasicKind::Uint32,
        BasicKind::Int64,
        BasicKind::Uint64,
        BasicKind::Int,
        BasicKind::Uint,
        BasicKind::Uintptr,
        BasicKind::Complex64,
        BasicKind::Complex128,
        BasicKind::Float32,
        BasicKind::Float64,
        BasicKind::Bool,
        BasicKind::String,
        BasicKind::UnsafePointer,
    ]
    .iter()
    .map(|&k| types.basic(k))
    .collect();
    list.push(types.intern(Type::Interface(vec![])));
    list.push(error_t);
    let mut roots = Vec::new();
    for &t in &list {
        roots.push(types.pointer(t));
        let s = types.slice(t);
        roots.push(types.pointer(s));
    }
    let string_t = types.basic(BasicKind::String);
    let f = types.intern(Type::Func(Signature {
        params: vec![error_t],
        results: vec![string_t],
        variadic: false,
    }));
    roots.push(types.pointer(f));

    let mut data = TypeData::new(&pkg.types, pkg.pkg);
    for &t in &roots {
        data.need_type(t);
    }
    let mine = data.finish();
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for sym in &mine {
        seen.insert(sym.name.clone());
        let text = sym.to_string();
        match runtime.blocks.get(&sym.name) {
            Some(want) if *want == text => {}
            Some(want) => {
                problems.push(format!("{}:\n--- gc\n{want}--- gocrane\n{text}", sym.name))
            }
            None => problems.push(format!(
                "{}: gocrane writes it, gc does not:\n{text}",
                sym.name
            )),
        }
    }
    for name in runtime.blocks.keys() {
        if !seen.contains(name) && name.starts_with("type:") {
            problems.push(format!("{name}: gc writes it, gocrane does not"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} differences from gc 1.27.3:\n\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn type_hash_matches_gc() {
    let types = Types::new();
    let u32_ = types.basic(BasicKind::Uint32);
    assert_eq!(type_hash(&types, u32_), 383256291);
    let u16_ = types.basic(BasicKind::Uint16);
    assert_eq!(type_hash(&types, u16_), 647813011);
    let s = types.basic(BasicKind::String);
    assert_eq!(type_hash(&types, s), 4169609912);
    assert_eq!(backend::reflectdata::type_hash_of("main.Adder"), 2872192942);
    assert_eq!(
        backend::reflectdata::type_hash_of("*main.Calculator"),
        3764789923
    );
}

/// The printer is gc's: a symbol printed and parsed back as a golden block is unchanged.
#[test]
fn listing_prints_gc_format() {
    let mut pkg = compile("adder.go");
    let sets = method_sets(&mut pkg);
    let adder = (0..pkg.types.len() as u32)
        .map(TypeId)
        .find(|&t| pkg.types.named_info(t).is_some_and(|n| n.name == "Adder"))
        .unwrap();
    let mut data = TypeData::new(&pkg.types, pkg.pkg);
    for (t, m) in sets {
        data.set_methods(t, m);
    }
    data.need_type(adder);
    let text = listing(&data.finish());
    let golden = std::fs::read_to_string(dir().join("adder.golden")).unwrap();
    let block = |s: &str, name: &str| -> String {
        let mut lines = s
            .lines()
            .skip_while(|l| !l.starts_with(&format!("{name} S")));
        let header = lines.next().unwrap_or_default();
        let body = lines.take_while(|l| l.starts_with('\t'));
        std::iter::once(header)
            .chain(body)
            .map(|l| format!("{l}\n"))
            .collect()
    };
    let want = block(&golden, "type:main.Adder");
    assert!(want.starts_with("type:main.Adder SRODATA size=152 align=0x8\n"));
    assert_eq!(block(&text, "type:main.Adder"), want);
}

/// gc's LinkString spellings (types/fmt.go, fmtTypeID): package-qualified names, `·N` for
/// function-local types, unexported field and method names qualified, `byte`/`rune` as
/// `uint8`/`int32`, embedded fields as `name = type` when renamed, tags quoted.
#[test]
fn link_strings_are_gcs() {
    // The program's types2 spellings are tested by the frontend, its link strings here.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../frontend/tests/types/spellings.go"
    );
    let mut map = SourceMap::default();
    map.add(
        "spellings.go",
        std::fs::read_to_string(path).expect("frontend's type program"),
    );
    let pkg = frontend::compile_package(&mut map).expect("spellings.go compiles");
    let ty = |name: &str| {
        pkg.info
            .objects
            .iter()
            .find(|o| o.name == name)
            .map(|o| o.ty)
            .expect("declared")
    };
    let link = |name: &str| link_string(&pkg.types, ty(name));
    assert_eq!(link("v1"), "main.T");
    assert_eq!(link("v2"), "*main.T");
    assert_eq!(link("v3"), "[3]int32");
    assert_eq!(link("v4"), "struct { A int; main.b string }");
    assert_eq!(link("v5"), "*interface { M(int) string; main.n() }");
    assert_eq!(link("v6"), "interface {}");
    assert_eq!(link("v7"), "[]struct {}");
    assert_eq!(link("v9"), "main.L·1");
    assert_eq!(
        link_string(&pkg.types, pkg.types.underlying(ty("v1"))),
        "struct { A int; main.b string; main.E; main.int = *int; main.t int \"tag:\\\"x\\\"\"; main.c []uint8 }"
    );
    assert_eq!(
        link_string(&pkg.types, pkg.types.underlying(ty("v8"))),
        "interface { M(int, ...string) (bool, error); main.n() }"
    );
}
