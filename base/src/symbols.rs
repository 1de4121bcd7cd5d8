//! gc's link names: how the symbols a package defines are spelled in the object file. Every
//! phase that names a symbol spells it here, from the package's import path (`main` for the
//! program's own package), so that a second package changes one argument, not the spelling:
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
//!
//! A type's own spelling inside `type:` and `go:itab.` is its LinkString, which reflectdata
//! writes (qualifying names with [`qualified`]); gc's `-m` remarks print names without the
//! local package, which [`local`] gives back.

/// `pkg.name`: a package-level function or variable, or a qualified type name.
pub fn qualified(pkg: &str, name: &str) -> String {
    format!("{pkg}.{name}")
}

/// A method with receiver `recv` (a defined type's name as [`type_name`] spells it) or `*recv`.
pub fn method(pkg: &str, recv: &str, pointer: bool, name: &str) -> String {
    if pointer {
        format!("{pkg}.(*{recv}).{name}")
    } else {
        format!("{pkg}.{recv}.{name}")
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

/// The `n`-th `init` function the user wrote (`main.init.0`).
pub fn user_init(pkg: &str, n: usize) -> String {
    format!("{pkg}.init.{n}")
}

/// The package's variable initialisation (`main.init`).
pub fn init_func(pkg: &str) -> String {
    qualified(pkg, "init")
}

/// The package's init task, the runtime's list of what to run before `main` (`main..inittask`).
pub fn init_task(pkg: &str) -> String {
    format!("{pkg}..inittask")
}

/// The `n`-th read-only static holding the data word of a conversion (`main..stmp_0`).
pub fn stmp(pkg: &str, n: u32) -> String {
    format!("{pkg}..stmp_{n}")
}

/// The `n`-th type assertion's cache descriptor (`main..typeAssert.0`).
pub fn type_assert(pkg: &str, n: u32) -> String {
    format!("{pkg}..typeAssert.{n}")
}

/// The `n`-th interface switch's cache descriptor (`main..interfaceSwitch.0`).
pub fn interface_switch(pkg: &str, n: u32) -> String {
    format!("{pkg}..interfaceSwitch.{n}")
}

/// A type descriptor, from the type's LinkString (`type:main.T`, `type:*main.T`).
pub fn type_descriptor(link_string: &str) -> String {
    format!("type:{link_string}")
}

/// An itab, from the LinkStrings of the concrete and the interface type
/// (`go:itab.*main.T,main.I`).
pub fn itab(concrete: &str, iface: &str) -> String {
    format!("go:itab.{concrete},{iface}")
}

/// A symbol's name as gc prints it in `-m` remarks: without the local package
/// (`main.(*T).M` → `(*T).M`, `main.f` → `f`); names of other packages are left whole.
pub fn local<'s>(pkg: &str, link_name: &'s str) -> &'s str {
    link_name
        .strip_prefix(pkg)
        .and_then(|rest| rest.strip_prefix('.'))
        .unwrap_or(link_name)
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
        assert_eq!(qualified("main", "f"), "main.f");
        assert_eq!(method("main", "T", false, "M"), "main.T.M");
        assert_eq!(method("main", "T·1", true, "M"), "main.(*T·1).M");
        assert_eq!(type_name("T", 0), "T");
        assert_eq!(type_name("T", 2), "T·2");
        assert_eq!(user_init("main", 1), "main.init.1");
        assert_eq!(init_func("main"), "main.init");
        assert_eq!(init_task("main"), "main..inittask");
        assert_eq!(stmp("main", 3), "main..stmp_3");
        assert_eq!(type_assert("main", 0), "main..typeAssert.0");
        assert_eq!(interface_switch("main", 1), "main..interfaceSwitch.1");
        assert_eq!(type_descriptor("*main.T"), "type:*main.T");
        assert_eq!(itab("*main.T", "main.I"), "go:itab.*main.T,main.I");
        assert_eq!(local("main", "main.(*T).M"), "(*T).M");
        assert_eq!(local("main", "main.f"), "f");
        assert_eq!(local("main", "runtime.f"), "runtime.f");
        assert_eq!(local("main", "mainx.f"), "mainx.f");
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
