//! The library archive's summary: what the program's object must know of the standard
//! library's object compiled once and cached (see `Unit` in `lib.rs`).
//!
//! The library's object defines its functions (with their table, `runtime.libfunctab`),
//! package variables and init tasks; the program's object defines the rest — its own
//! functions and their table, the type-data blob, the init schedule — and so needs from the
//! library's compilation:
//!
//! * the symbols of the functions it defines (the program's code calls the wrappers of
//!   library methods the archive has there rather than making its own);
//! * every symbol the library's code and data refer to that the program's object defines:
//!   type descriptors (`type:T`, by descriptor name), itabs (`go:itab.T,I`, by the two
//!   descriptor names) and other symbols (the runtime stub's Go functions, checked to exist);
//! * each type those descriptors and itabs are of, spelled out (its *shape*): the program
//!   may not have the type at all, when only the library's function bodies mention it (the
//!   front end reads just the library's declarations when the archive exists);
//! * whether the library's code calls `recover` (the runtime's error types then need their
//!   methods and descriptors, which the program's object has);
//! * the escape-analysis tags of the library's functions' parameters, which calls from the
//!   program use, as gc's export data carries them.
//!
//! It is stored next to the object as text, one record per line, fields separated by tabs
//! (no symbol name, file name or type string holds a tab or a newline):
//!
//! ```text
//! gocrane-library-summary 3
//! func <symbol>
//! type <descriptor symbol>
//! itab <concrete descriptor symbol> <interface descriptor symbol>
//! symbol <name>
//! shape <descriptor symbol> <shape>
//! recover
//! tags <symbol> <tag>;<tag>;…   (a tag: its ten counts, comma-separated)
//! ```
//!
//! A shape is a term in prefix form, its words separated by spaces (strings escaped:
//! [`word`]): `b <basic name>`, `n <package path> <name>` (a package-level defined type),
//! `p T`, `s T` (slice), `a <length> T`, `m K V`, `c T` (channel), `f <variadic 0|1> <count>
//! T… <count> T…`, `st <noalg 0|1> <count> (<name> <embedded 0|1> <tag|-> <package|-> T)…`,
//! `i <count> (<name> <package|-> SIGNATURE)…`.

use std::collections::HashMap;

use base::types::{
    BasicKind, InterfaceMethod, NamedId, PkgId, Signature, StructField, Type, TypeId, Types,
};
use typed_ir::EscapeTag;

/// What the program's object needs of a library archive (see the module doc).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LibrarySummary {
    /// The symbols of the functions the archive's object defines (`fmt.Println`, and
    /// `fmt.f·body` for the body of a function with defers).
    pub funcs: Vec<String>,
    pub needs: Vec<Need>,
    /// The shape of each type `needs` names, by descriptor symbol (see the module doc).
    pub shapes: Vec<(String, String)>,
    /// The library's code calls `recover`.
    pub recovers: bool,
    /// The parameter tags of the library's functions, by symbol.
    pub tags: Vec<(String, Vec<EscapeTag>)>,
}

/// A symbol the library object refers to that the program's object must define.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Need {
    /// A type descriptor, by its symbol (`type:*fmt.pp`).
    Type(String),
    /// The itab of a concrete type for an interface, by their descriptors' symbols.
    Itab(String, String),
    /// Any other symbol (a function or variable of the program's object).
    Symbol(String),
}

const MAGIC: &str = "gocrane-library-summary 3";

impl LibrarySummary {
    pub fn to_text(&self) -> String {
        let mut out = format!("{MAGIC}\n");
        for symbol in &self.funcs {
            out.push_str(&format!("func\t{symbol}\n"));
        }
        for n in &self.needs {
            match n {
                Need::Type(t) => out.push_str(&format!("type\t{t}\n")),
                Need::Itab(c, i) => out.push_str(&format!("itab\t{c}\t{i}\n")),
                Need::Symbol(s) => out.push_str(&format!("symbol\t{s}\n")),
            }
        }
        for (symbol, shape) in &self.shapes {
            out.push_str(&format!("shape\t{symbol}\t{shape}\n"));
        }
        if self.recovers {
            out.push_str("recover\n");
        }
        for (symbol, tags) in &self.tags {
            let tags: Vec<String> = tags
                .iter()
                .map(|t| t.0.iter().map(i32::to_string).collect::<Vec<_>>().join(","))
                .collect();
            out.push_str(&format!("tags\t{symbol}\t{}\n", tags.join(";")));
        }
        out
    }

    /// The summary `text` holds; None if it is not one (another version's, or damaged).
    pub fn from_text(text: &str) -> Option<LibrarySummary> {
        let mut lines = text.lines();
        if lines.next()? != MAGIC {
            return None;
        }
        let mut s = LibrarySummary::default();
        for line in lines {
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                ["func", symbol] => s.funcs.push(symbol.to_string()),
                ["type", t] => s.needs.push(Need::Type(t.to_string())),
                ["itab", c, i] => s.needs.push(Need::Itab(c.to_string(), i.to_string())),
                ["symbol", n] => s.needs.push(Need::Symbol(n.to_string())),
                ["shape", symbol, shape] => s.shapes.push((symbol.to_string(), shape.to_string())),
                ["recover"] => s.recovers = true,
                ["tags", symbol, tags] => {
                    let mut out = Vec::new();
                    for tag in tags.split(';').filter(|t| !t.is_empty()) {
                        let counts: Vec<i32> = tag
                            .split(',')
                            .map(str::parse)
                            .collect::<Result<_, _>>()
                            .ok()?;
                        out.push(EscapeTag(counts.try_into().ok()?));
                    }
                    s.tags.push((symbol.to_string(), out));
                }
                _ => return None,
            }
        }
        Some(s)
    }
}

/// The shape of `t` (see the module doc).
pub fn shape(types: &Types, t: TypeId) -> String {
    let mut out = Vec::new();
    shape_words(types, t, &mut out);
    out.join(" ")
}

fn shape_words(types: &Types, t: TypeId, out: &mut Vec<String>) {
    let pkg = |p: Option<base::types::PkgId>| match p {
        Some(p) => word(types.pkg_path(p)),
        None => "-".to_string(),
    };
    match types.get(t) {
        Type::Basic(k) => out.extend(["b".to_string(), word(k.name())]),
        Type::Named(n) => {
            let named = &types.named[n.0 as usize];
            out.extend([
                "n".to_string(),
                word(types.pkg_path(named.pkg)),
                word(&named.name),
            ]);
        }
        Type::Pointer(e) => {
            out.push("p".into());
            shape_words(types, *e, out);
        }
        Type::Slice(e) => {
            out.push("s".into());
            shape_words(types, *e, out);
        }
        Type::Array(n, e) => {
            out.extend(["a".to_string(), n.to_string()]);
            shape_words(types, *e, out);
        }
        Type::Map(k, v) => {
            out.push("m".into());
            shape_words(types, *k, out);
            shape_words(types, *v, out);
        }
        Type::Chan(e) => {
            out.push("c".into());
            shape_words(types, *e, out);
        }
        Type::Func(sig) => {
            out.extend(["f".to_string(), u8::from(sig.variadic).to_string()]);
            for list in [&sig.params, &sig.results] {
                out.push(list.len().to_string());
                for &p in list {
                    shape_words(types, p, out);
                }
            }
        }
        Type::Struct(fields) => {
            out.extend([
                "st".to_string(),
                u8::from(types.is_noalg(t)).to_string(),
                fields.len().to_string(),
            ]);
            for f in fields {
                out.extend([
                    word(&f.name),
                    u8::from(f.embedded).to_string(),
                    f.tag.as_deref().map_or_else(|| "-".to_string(), word),
                    pkg(f.pkg),
                ]);
                shape_words(types, f.ty, out);
            }
        }
        Type::Interface(methods) => {
            out.extend(["i".to_string(), methods.len().to_string()]);
            for m in methods {
                out.extend([word(&m.name), pkg(m.pkg)]);
                shape_words(types, m.sig, out);
            }
        }
        // No descriptor is ever made of a tuple.
        Type::Tuple(_) => out.push("tuple".into()),
    }
}

/// A string as one word of a shape: `%` for the empty string, else with `%`, space, tab,
/// newline and carriage return as `%XX` (and `-`, which stands for none, as `%2D`).
fn word(s: &str) -> String {
    if s.is_empty() {
        return "%".to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' | ' ' | '\t' | '\n' | '\r' => out.push_str(&format!("%{:02X}", c as u32)),
            '-' if s == "-" => out.push_str("%2D"),
            c => out.push(c),
        }
    }
    out
}

fn unword(w: &str) -> Option<String> {
    if w == "%" {
        return Some(String::new());
    }
    let mut out = String::with_capacity(w.len());
    let mut chars = w.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            let hex: String = chars.by_ref().take(2).collect();
            out.push(char::from(u8::from_str_radix(&hex, 16).ok()?));
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// How the types a shape spells out come to be: made in a table ([`intern_shapes`]) or found
/// in one ([`resolve_shapes`]).
trait Maker {
    fn make(&mut self, ty: Type, noalg: bool) -> Option<TypeId>;
    fn package(&mut self, path: &str) -> Option<PkgId>;
}

impl Maker for Types {
    fn make(&mut self, ty: Type, noalg: bool) -> Option<TypeId> {
        let t = self.intern(ty);
        if noalg {
            self.set_noalg(t);
        }
        Some(t)
    }
    fn package(&mut self, path: &str) -> Option<PkgId> {
        Some(Types::package(self, path))
    }
}

/// Finds a shape's types in a table that has them all.
struct Finder<'t>(&'t Types);

impl Maker for Finder<'_> {
    fn make(&mut self, ty: Type, noalg: bool) -> Option<TypeId> {
        self.0.find(&ty).filter(|&t| self.0.is_noalg(t) == noalg)
    }
    fn package(&mut self, path: &str) -> Option<PkgId> {
        self.0.find_package(path)
    }
}

/// The package-level defined types of `types`, by (package path, name).
fn named_types(types: &Types) -> HashMap<(String, String), TypeId> {
    let mut named = HashMap::new();
    for (i, n) in types.named.iter().enumerate() {
        if n.local_index == 0 {
            if let Some(t) = types.find(&Type::Named(NamedId(i as u32))) {
                let key = (types.pkg_path(n.pkg).to_string(), n.name.clone());
                named.entry(key).or_insert(t);
            }
        }
    }
    named
}

/// Makes the types `summary.shapes` spell out in `types` (those it has already are found):
/// the program's front end may not have met them, when only the library's bodies mention
/// them. A defined type must be one the program has (package-level, of a library package
/// or the universe).
pub fn intern_shapes(summary: &LibrarySummary, types: &mut Types) -> Result<(), String> {
    let named = named_types(types);
    for (symbol, shape) in &summary.shapes {
        let mut words = shape.split(' ');
        read_shape(types, &named, &mut words).ok_or_else(|| {
            format!("the library archive's type {symbol} ({shape}) is not the program's")
        })?;
        if words.next().is_some() {
            return Err(format!(
                "the library archive's type {symbol}: bad shape {shape}"
            ));
        }
    }
    Ok(())
}

/// Each type `summary.shapes` spells out, by descriptor symbol, found in `types` (made there
/// by [`intern_shapes`]).
pub fn resolve_shapes(
    summary: &LibrarySummary,
    types: &Types,
) -> Result<HashMap<String, TypeId>, String> {
    let named = named_types(types);
    let mut finder = Finder(types);
    summary
        .shapes
        .iter()
        .map(|(symbol, shape)| {
            let t = read_shape(&mut finder, &named, &mut shape.split(' ')).ok_or_else(|| {
                format!("the library archive's type {symbol} is not the program's")
            })?;
            Ok((symbol.clone(), t))
        })
        .collect()
}

fn read_shape<'w>(
    maker: &mut impl Maker,
    named: &HashMap<(String, String), TypeId>,
    words: &mut impl Iterator<Item = &'w str>,
) -> Option<TypeId> {
    let count =
        |words: &mut dyn Iterator<Item = &'w str>| -> Option<usize> { words.next()?.parse().ok() };
    let pkg = |maker: &mut dyn Maker, w: &str| -> Option<Option<PkgId>> {
        match w {
            "-" => Some(None),
            w => Some(Some(maker.package(&unword(w)?)?)),
        }
    };
    let mut noalg = false;
    let ty = match words.next()? {
        "b" => {
            let name = unword(words.next()?)?;
            let kind = BasicKind::ALL.into_iter().find(|k| k.name() == name)?;
            Type::Basic(kind)
        }
        "n" => {
            let path = unword(words.next()?)?;
            let name = unword(words.next()?)?;
            return named.get(&(path, name)).copied();
        }
        "p" => Type::Pointer(read_shape(maker, named, words)?),
        "s" => Type::Slice(read_shape(maker, named, words)?),
        "a" => {
            let n: u64 = words.next()?.parse().ok()?;
            Type::Array(n, read_shape(maker, named, words)?)
        }
        "m" => {
            let k = read_shape(maker, named, words)?;
            Type::Map(k, read_shape(maker, named, words)?)
        }
        "c" => Type::Chan(read_shape(maker, named, words)?),
        "f" => {
            let variadic = words.next()? == "1";
            let mut lists = [Vec::new(), Vec::new()];
            for list in &mut lists {
                for _ in 0..count(words)? {
                    list.push(read_shape(maker, named, words)?);
                }
            }
            let [params, results] = lists;
            Type::Func(Signature {
                params,
                results,
                variadic,
            })
        }
        "st" => {
            noalg = words.next()? == "1";
            let mut fields = Vec::new();
            for _ in 0..count(words)? {
                let name = unword(words.next()?)?;
                let embedded = words.next()? == "1";
                let tag = match words.next()? {
                    "-" => None,
                    w => Some(unword(w)?),
                };
                let pkg = pkg(maker, words.next()?)?;
                let ty = read_shape(maker, named, words)?;
                fields.push(StructField {
                    name,
                    ty,
                    embedded,
                    tag,
                    pkg,
                });
            }
            Type::Struct(fields)
        }
        "i" => {
            let mut methods = Vec::new();
            for _ in 0..count(words)? {
                let name = unword(words.next()?)?;
                let pkg = pkg(maker, words.next()?)?;
                let sig = read_shape(maker, named, words)?;
                methods.push(InterfaceMethod { name, sig, pkg });
            }
            Type::Interface(methods)
        }
        _ => return None,
    };
    maker.make(ty, noalg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use base::types::Named;

    #[test]
    fn summaries_read_back_as_written() {
        let s = LibrarySummary {
            funcs: vec!["fmt.f·body".into(), "fmt.Println".into()],
            needs: vec![
                Need::Type("type:struct { X int \"json:\\\"x\\\"\" }".into()),
                Need::Itab("type:*os.File".into(), "type:io.Writer".into()),
                Need::Symbol("fmt.(*pp).Write".into()),
            ],
            shapes: vec![("type:[]uint8".into(), "s b uint8".into())],
            recovers: true,
            tags: vec![
                (
                    "fmt.Println".into(),
                    vec![EscapeTag([0, -1, -1, -1, -1, -1, -1, -1, -1, -1])],
                ),
                ("fmt.nothing".into(), vec![]),
            ],
        };
        assert_eq!(LibrarySummary::from_text(&s.to_text()), Some(s));
        assert_eq!(
            LibrarySummary::from_text("gocrane-library-summary 0\n"),
            None
        );
    }

    /// Every kind of type spelled out as a shape and made again, in a table that has never
    /// seen it, is the same type (its descriptor has the same name).
    #[test]
    fn shapes_make_the_same_types() {
        let mut types = Types::new();
        let pkg = types.package("example.com/p");
        let named = types.new_named(Named {
            name: "T".into(),
            pkg,
            underlying: TypeId(0),
            methods: vec![],
            local_index: 0,
            span: Default::default(),
        });
        let int = types.intern(Type::Basic(BasicKind::Int));
        types.set_underlying(named, int);
        let string = types.intern(Type::Basic(BasicKind::String));
        let ptr = types.intern(Type::Pointer(named));
        let sig = types.intern(Type::Func(Signature {
            params: vec![int, ptr],
            results: vec![string],
            variadic: true,
        }));
        let st = types.intern(Type::Struct(vec![
            StructField {
                name: "a b".into(),
                ty: sig,
                embedded: false,
                tag: Some("`x:\"%y\"`".into()),
                pkg: Some(pkg),
            },
            StructField {
                name: "T".into(),
                ty: named,
                embedded: true,
                tag: None,
                pkg: None,
            },
        ]));
        types.set_noalg(st);
        let iface = types.intern(Type::Interface(vec![InterfaceMethod {
            name: "m".into(),
            sig,
            pkg: Some(pkg),
        }]));
        let arr = types.intern(Type::Array(3, st));
        let slice = types.intern(Type::Slice(iface));
        let all = [named, ptr, sig, st, iface, arr, slice];
        let summary = LibrarySummary {
            shapes: all
                .iter()
                .map(|&t| (format!("{t:?}"), shape(&types, t)))
                .collect(),
            ..Default::default()
        };
        let summary = LibrarySummary::from_text(&summary.to_text()).expect("read back");
        // Another table: the same named type, declared alone.
        let mut other = Types::new();
        let pkg2 = other.package("example.com/p");
        let named2 = other.new_named(Named {
            name: "T".into(),
            pkg: pkg2,
            underlying: TypeId(0),
            methods: vec![],
            local_index: 0,
            span: Default::default(),
        });
        let int2 = other.intern(Type::Basic(BasicKind::Int));
        other.set_underlying(named2, int2);
        let before = other.len();
        intern_shapes(&summary, &mut other).expect("the shapes fit");
        assert!(other.len() > before);
        for &t in &all {
            let again = read_shape(
                &mut other,
                &[(("example.com/p".to_string(), "T".to_string()), named2)].into(),
                &mut shape(&types, t).split(' '),
            )
            .expect("a shape");
            assert_eq!(shape(&other, again), shape(&types, t));
            assert_eq!(types.is_noalg(t), other.is_noalg(again));
        }
        // A type the program does not have is not made up.
        let missing = LibrarySummary {
            shapes: vec![("type:q.U".into(), "n q U".into())],
            ..Default::default()
        };
        assert!(intern_shapes(&missing, &mut other).is_err());
    }
}
