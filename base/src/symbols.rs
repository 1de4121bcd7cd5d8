//! gc's link names: how the symbols a package defines are spelled in the object file. A
//! function, method or variable carries a [`Symbol`]: its package (a [`PkgId`], gc's
//! `*types.Pkg`) and what it is. Every phase that names a symbol spells it here, from the
//! package's import path (`main` for the program's own package):
//!
//! | symbol                              | spelling                         | gc                      |
//! |-------------------------------------|----------------------------------|-------------------------|
//! | function, variable, `init.N`        | `main.f`, `main.x`, `main.init.0` | `ir.LinkFuncName`       |
//! | method, promoted-method wrapper     | `main.T.M`, `main.(*T).M`        | `ir.MethodSym`          |
//! | a local defined type's name         | `T·1`                            | `types.TypeSymName`     |
//! | package initialisation              | `main.init`, `main..inittask`    | `pkginit`               |
//! | read-only static of a conversion    | `main..stmp_0`                   | `staticdata`            |
//! | type assertion / switch caches      | `main..typeAssert.0`, `main..interfaceSwitch.0` | `walk` |
//! | type descriptor, itab               | `type:main.T`, `go:itab.*main.T,main.I` | `reflectdata`    |
//! | a function's funcval                | `main.f·f`                       | `staticdata`            |
//!
//! A type's own spelling inside `type:` and `go:itab.` is its LinkString, which reflectdata
//! writes; gc's `-m` remarks print names without the
//! local package ([`Symbol::local_name`]).

use crate::types::{PkgId, Types};

/// A symbol a package defines, by its package and what it is; [`Symbol::link_name`] spells it.
/// Functions, methods and variables of the typed IR carry one, so no phase writes or strips a
/// package path by hand.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Symbol {
    /// A package-level function or variable: `main.f`, `main.x`.
    Member { pkg: PkgId, name: String },
    /// A method, or a wrapper promoting one, with receiver `recv` (a defined type's name as
    /// [`type_name`] spells it) or `*recv`: `main.T.M`, `main.(*T).M`.
    Method {
        pkg: PkgId,
        recv: String,
        pointer: bool,
        name: String,
    },
    /// The `n`-th `init` function the user wrote: `main.init.0`.
    UserInit { pkg: PkgId, n: usize },
    /// The package's variable initialisation: `main.init`.
    Init(PkgId),
    /// The package's init task, the runtime's list of what to run before `main`:
    /// `main..inittask`.
    InitTask(PkgId),
    /// The `n`-th read-only static holding the data word of a conversion: `main..stmp_0`.
    Stmp { pkg: PkgId, n: u32 },
    /// The bytes of the `n`-th (from 1) `[]byte("…")` gc's staticinit lays out as data:
    /// `main..gobytes.1`.
    GoBytes { pkg: PkgId, n: u32 },
    /// The `n`-th type assertion's cache descriptor: `main..typeAssert.0`.
    TypeAssert { pkg: PkgId, n: u32 },
    /// The `n`-th interface switch's cache descriptor: `main..interfaceSwitch.0`.
    InterfaceSwitch { pkg: PkgId, n: u32 },
    /// A function literal: `main.main.func1` inside a declared function (or `main.init.func1`
    /// in a package-level initialiser), `main.main.func1.2` inside another literal — gc's
    /// `closureName`, numbered per enclosing function in the order the literals are met.
    Closure { outer: Box<Symbol>, n: u32 },
    /// The function a method value calls (gc's `-fm` wrapper): `main.T.M-fm`,
    /// `main.(*T).M-fm`, `main.I.M-fm`, for the method symbol it wraps.
    MethodValue(Box<Symbol>),
    /// The wrapper gc makes of a deferred call that is not already a call of a function without
    /// parameters or results (`defer f(x)`): `main.f.deferwrap1`, numbered per enclosing
    /// function in the order of the defer statements (gc's `normalizeGoDeferCall`).
    DeferWrap { outer: Box<Symbol>, n: u32 },
    /// A method of an unnamed type, for its method expression or method value: gc names it
    /// after the type's LinkString in the `go:` namespace, the method package-qualified when
    /// unexported (`go:interface { Get() int }.Get`, `go:interface { main.m() }.main.m`).
    /// `pkg` is the package that makes it.
    TypeMethod {
        pkg: PkgId,
        recv: String,
        name: String,
    },
    /// The body of a range-over-func loop, made a function literal (gc's rangefunc rewrite):
    /// `main.main-range1`, numbered per function (the declared function or literal the loop
    /// is written in, never another loop body) in the order the loops are met.
    RangeBody { outer: Box<Symbol>, n: u32 },
}

impl Symbol {
    /// The package that defines the symbol.
    pub fn pkg(&self) -> PkgId {
        match self {
            Symbol::Member { pkg, .. }
            | Symbol::Method { pkg, .. }
            | Symbol::UserInit { pkg, .. }
            | Symbol::Init(pkg)
            | Symbol::InitTask(pkg)
            | Symbol::Stmp { pkg, .. }
            | Symbol::GoBytes { pkg, .. }
            | Symbol::TypeAssert { pkg, .. }
            | Symbol::InterfaceSwitch { pkg, .. }
            | Symbol::TypeMethod { pkg, .. } => *pkg,
            Symbol::Closure { outer, .. }
            | Symbol::DeferWrap { outer, .. }
            | Symbol::RangeBody { outer, .. } => outer.pkg(),
            Symbol::MethodValue(method) => method.pkg(),
        }
    }

    /// The name in the object file: the package's import path, a dot, and [`Symbol::member`].
    pub fn link_name(&self, types: &Types) -> String {
        if self.in_go_namespace() {
            return format!("go:{}", self.member());
        }
        format!("{}.{}", types.pkg_path(self.pkg()), self.member())
    }

    /// Symbols of no package (gc's `go:` prefix): the methods of unnamed types.
    fn in_go_namespace(&self) -> bool {
        match self {
            Symbol::TypeMethod { .. } => true,
            Symbol::MethodValue(m) => m.in_go_namespace(),
            _ => false,
        }
    }

    /// The name as gc's `-m` remarks print it: without the package when it is `local`
    /// (`(*T).M`, `f`), qualified by the package's name otherwise (`runtime.f`, `shapes.New`).
    pub fn local_name(&self, types: &Types, local: PkgId) -> String {
        if self.in_go_namespace() {
            self.link_name(types)
        } else if self.pkg() == local {
            self.member()
        } else {
            format!("{}.{}", types.pkg_name(self.pkg()), self.member())
        }
    }

    /// The part of the name after the package's path and its dot.
    fn member(&self) -> String {
        match self {
            Symbol::Member { name, .. } => name.clone(),
            Symbol::Method {
                recv,
                pointer: true,
                name,
                ..
            } => format!("(*{recv}).{name}"),
            Symbol::Method { recv, name, .. } => format!("{recv}.{name}"),
            Symbol::UserInit { n, .. } => format!("init.{n}"),
            Symbol::Init(_) => "init".to_string(),
            Symbol::InitTask(_) => ".inittask".to_string(),
            Symbol::Stmp { n, .. } => format!(".stmp_{n}"),
            Symbol::GoBytes { n, .. } => format!(".gobytes.{n}"),
            Symbol::TypeAssert { n, .. } => format!(".typeAssert.{n}"),
            Symbol::InterfaceSwitch { n, .. } => format!(".interfaceSwitch.{n}"),
            Symbol::Closure { outer, n } => match **outer {
                Symbol::Closure { .. } => format!("{}.{n}", outer.member()),
                _ => format!("{}.func{n}", outer.member()),
            },
            Symbol::MethodValue(method) => format!("{}-fm", method.member()),
            Symbol::TypeMethod { recv, name, .. } => format!("{recv}.{name}"),
            Symbol::DeferWrap { outer, n } => format!("{}.deferwrap{n}", outer.member()),
            Symbol::RangeBody { outer, n } => format!("{}-range{n}", outer.member()),
        }
    }
}

/// A defined type's name in symbols: a type declared inside a function gets gc's `·N`.
pub fn type_name(name: &str, local_index: u32) -> String {
    if local_index == 0 {
        name.to_string()
    } else {
        format!("{name}·{local_index}")
    }
}

/// A type descriptor, from the type's LinkString (`type:main.T`, `type:*main.T`).
pub fn type_descriptor(link_string: &str) -> String {
    format!("type:{link_string}")
}

/// A top-level function's funcval, the read-only word holding its code address, from the
/// function's link name (`main.f·f`).
pub fn funcval(func: &str) -> String {
    format!("{func}·f")
}

/// An itab, from the LinkStrings of the concrete and the interface type
/// (`go:itab.*main.T,main.I`).
pub fn itab(concrete: &str, iface: &str) -> String {
    format!("go:itab.{concrete},{iface}")
}

/// Go's `token.IsExported`: the name starts with an upper-case letter.
pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// gc's order of methods (`types.Sym.Less`), in method sets, itabs and type descriptors'
/// method tables: exported names first, then by name, then an unexported name by the path of
/// its package (`None` for an exported name). Sort by this key.
pub fn method_order<'s>(name: &'s str, pkg: Option<&'s str>) -> (bool, &'s str, Option<&'s str>) {
    (!is_exported(name), name, pkg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        let mut types = Types::new();
        let main = types.package("main");
        let runtime = types.package("runtime");
        let spell = |s: Symbol| s.link_name(&types);
        let member = |pkg, name: &str| Symbol::Member {
            pkg,
            name: name.into(),
        };
        let method = |recv: &str, pointer, name: &str| Symbol::Method {
            pkg: main,
            recv: recv.into(),
            pointer,
            name: name.into(),
        };
        assert_eq!(spell(member(main, "f")), "main.f");
        assert_eq!(spell(method("T", false, "M")), "main.T.M");
        assert_eq!(spell(method("T·1", true, "M")), "main.(*T·1).M");
        assert_eq!(type_name("T", 0), "T");
        assert_eq!(type_name("T", 2), "T·2");
        assert_eq!(spell(Symbol::UserInit { pkg: main, n: 1 }), "main.init.1");
        assert_eq!(spell(Symbol::Init(main)), "main.init");
        assert_eq!(spell(Symbol::InitTask(main)), "main..inittask");
        assert_eq!(spell(Symbol::Stmp { pkg: main, n: 3 }), "main..stmp_3");
        assert_eq!(
            spell(Symbol::TypeAssert { pkg: main, n: 0 }),
            "main..typeAssert.0"
        );
        assert_eq!(
            spell(Symbol::InterfaceSwitch { pkg: main, n: 1 }),
            "main..interfaceSwitch.1"
        );
        assert_eq!(type_descriptor("*main.T"), "type:*main.T");
        assert_eq!(itab("*main.T", "main.I"), "go:itab.*main.T,main.I");
        assert_eq!(funcval("main.f"), "main.f·f");
        let lit = |outer: Symbol, n| Symbol::Closure {
            outer: Box::new(outer),
            n,
        };
        assert_eq!(spell(lit(member(main, "main"), 2)), "main.main.func2");
        assert_eq!(
            spell(lit(lit(method("T", true, "M"), 1), 3)),
            "main.(*T).M.func1.3"
        );
        assert_eq!(spell(lit(Symbol::Init(main), 1)), "main.init.func1");
        let fm = |m: Symbol| spell(Symbol::MethodValue(Box::new(m)));
        assert_eq!(fm(method("T", true, "Inc")), "main.(*T).Inc-fm");
        assert_eq!(fm(method("I", false, "Get")), "main.I.Get-fm");
        let local = |s: Symbol| s.local_name(&types, main);
        assert_eq!(local(method("T", true, "M")), "(*T).M");
        assert_eq!(local(member(main, "f")), "f");
        assert_eq!(local(member(runtime, "f")), "runtime.f");
    }

    #[test]
    fn methods_in_gc_order() {
        let mut ms = vec![
            ("b", Some("main")),
            ("Z", None),
            ("a", Some("x/y")),
            ("a", Some("main")),
            ("A", None),
        ];
        ms.sort_by_key(|&(n, p)| method_order(n, p));
        assert_eq!(
            ms,
            [
                ("A", None),
                ("Z", None),
                ("a", Some("main")),
                ("a", Some("x/y")),
                ("b", Some("main"))
            ]
        );
    }
}
