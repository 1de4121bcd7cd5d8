//! gc's two spellings of a type for symbols and runtime data (cmd/compile/internal/types/fmt.go):
//!
//! * **LinkString** (`fmtTypeID`) names symbols — `type:main.T`, `go:itab.*main.T,main.I`,
//!   the method expression wrapper `go:interface { Get() int }.Get` — and is hashed into
//!   `abi.Type.Hash`. Unexported struct field names are package-qualified
//!   (`struct { main.a int }`), function-local types keep gc's `·N` suffix (`main.T·1`).
//! * **NameString** (`fmtTypeIDName`) is what reflection shows (`abi.Type.Str`):
//!   unexported field names stay bare and `·N` is dropped.
//!
//! Both qualify unexported interface methods (`interface { main.m() }`), spell `byte`/`rune`
//! as `uint8`/`int32`, `any` as `interface {}`, and write a recursive reference to a type
//! being printed as `@offset` (gc's `visited` map).
//!
//! This is gocrane's only LinkString writer (the frontend needs only types2's message
//! spelling, `Types::type_string`). It reads types through [`TypeTable`], so that the
//! backend's reflectdata, which synthesizes types of its own (method types with a receiver,
//! `*T` for `PtrToThis`), spells those too.

use crate::types::{Named, PkgId, Type, TypeId, Types};

/// Where the writer reads types: the program's [`Types`], or a table extending them.
pub trait TypeTable {
    fn ty(&self, t: TypeId) -> &Type;
    fn named(&self, t: TypeId) -> Option<&Named>;
    fn pkg_path(&self, pkg: PkgId) -> &str;
    fn pkg_name(&self, pkg: PkgId) -> &str;
}

impl TypeTable for Types {
    fn ty(&self, t: TypeId) -> &Type {
        self.get(t)
    }

    fn named(&self, t: TypeId) -> Option<&Named> {
        self.named_info(t)
    }

    fn pkg_path(&self, pkg: PkgId) -> &str {
        Types::pkg_path(self, pkg)
    }

    fn pkg_name(&self, pkg: PkgId) -> &str {
        Types::pkg_name(self, pkg)
    }
}

#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Mode {
    Link,
    Name,
}

/// The type `t` spelled as `mode` says.
pub fn type_string<T: TypeTable + ?Sized>(tab: &T, t: TypeId, mode: Mode) -> String {
    let mut out = String::new();
    write(tab, t, mode, true, &mut out, &mut Vec::new());
    out
}

/// How `mode` qualifies a name of package `pkg`: by import path in symbols, by package name
/// in what reflection shows (gc's `pkgqual`).
fn qualifier<T: TypeTable + ?Sized>(tab: &T, pkg: PkgId, mode: Mode) -> &str {
    match mode {
        Mode::Link => tab.pkg_path(pkg),
        Mode::Name => tab.pkg_name(pkg),
    }
}

/// gc's `LinkString` of a type.
pub fn link_string(types: &Types, t: TypeId) -> String {
    type_string(types, t, Mode::Link)
}

fn write<T: TypeTable + ?Sized>(
    tab: &T,
    t: TypeId,
    mode: Mode,
    with_func: bool,
    out: &mut String,
    seen: &mut Vec<(TypeId, usize)>,
) {
    if let Some(&(_, off)) = seen.iter().find(|(s, _)| *s == t) {
        out.push_str(&format!("@{off}"));
        return;
    }
    match tab.ty(t) {
        Type::Basic(k) => out.push_str(k.name()),
        Type::Named(_) => {
            let n = tab.named(t).expect("Named has info");
            if n.pkg != PkgId::UNIVERSE {
                out.push_str(qualifier(tab, n.pkg, mode));
                out.push('.');
            }
            out.push_str(&n.name);
            if mode == Mode::Link && n.local_index > 0 {
                out.push_str(&format!("·{}", n.local_index));
            }
        }
        ty => {
            seen.push((t, out.len()));
            match ty {
                Type::Pointer(e) => {
                    out.push('*');
                    write(tab, *e, mode, true, out, seen);
                }
                Type::Slice(e) => {
                    out.push_str("[]");
                    write(tab, *e, mode, true, out, seen);
                }
                Type::Array(n, e) => {
                    out.push_str(&format!("[{n}]"));
                    write(tab, *e, mode, true, out, seen);
                }
                Type::Map(k, v) => {
                    out.push_str("map[");
                    write(tab, *k, mode, true, out, seen);
                    out.push(']');
                    write(tab, *v, mode, true, out, seen);
                }
                Type::Chan(e) => {
                    out.push_str("chan ");
                    write(tab, *e, mode, true, out, seen);
                }
                Type::Struct(fields) => {
                    out.push_str("struct {");
                    for (i, f) in fields.iter().enumerate() {
                        if i > 0 {
                            out.push(';');
                        }
                        out.push(' ');
                        // gc (fldconv): NameString omits an embedded field's name; LinkString
                        // omits it only when it is the embedded type's own symbol, so an
                        // embedded predeclared type keeps it: `struct { main.int = *int }`.
                        let named_as_its_type = f.embedded && {
                            let base = match tab.ty(f.ty) {
                                Type::Pointer(e) => *e,
                                _ => f.ty,
                            };
                            tab.named(base).is_some_and(|n| {
                                n.pkg != PkgId::UNIVERSE
                                    && n.name == f.name
                                    && f.pkg.is_none_or(|p| p == n.pkg)
                            })
                        };
                        if !(named_as_its_type || f.embedded && mode == Mode::Name) {
                            // An unexported name carries its package (the checker sets it).
                            if let (Mode::Link, Some(pkg)) = (mode, f.pkg) {
                                out.push_str(tab.pkg_path(pkg));
                                out.push('.');
                            }
                            out.push_str(&f.name);
                            out.push_str(if f.embedded { " = " } else { " " });
                        }
                        write(tab, f.ty, mode, true, out, seen);
                        if let Some(tag) = f.tag.as_deref().map(tag_value) {
                            if !tag.is_empty() {
                                out.push(' ');
                                out.push_str(&crate::constant::go_quote(&tag));
                            }
                        }
                    }
                    if !fields.is_empty() {
                        out.push(' ');
                    }
                    out.push('}');
                }
                Type::Interface(methods) => {
                    if methods.is_empty() {
                        out.push_str("interface {}");
                    } else {
                        out.push_str("interface {");
                        for (i, m) in methods.iter().enumerate() {
                            if i > 0 {
                                out.push(';');
                            }
                            out.push(' ');
                            if let Some(pkg) = m.pkg {
                                out.push_str(qualifier(tab, pkg, mode));
                                out.push('.');
                            }
                            out.push_str(&m.name);
                            write(tab, m.sig, mode, false, out, seen);
                        }
                        out.push_str(" }");
                    }
                }
                Type::Func(sig) => {
                    if with_func {
                        out.push_str("func");
                    }
                    out.push('(');
                    for (i, &p) in sig.params.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        if sig.variadic && i + 1 == sig.params.len() {
                            if let Type::Slice(e) = tab.ty(p) {
                                out.push_str("...");
                                write(tab, *e, mode, true, out, seen);
                                continue;
                            }
                        }
                        write(tab, p, mode, true, out, seen);
                    }
                    out.push(')');
                    match sig.results.len() {
                        0 => {}
                        1 => {
                            out.push(' ');
                            write(tab, sig.results[0], mode, true, out, seen);
                        }
                        _ => {
                            out.push_str(" (");
                            for (i, &r) in sig.results.iter().enumerate() {
                                if i > 0 {
                                    out.push_str(", ");
                                }
                                write(tab, r, mode, true, out, seen);
                            }
                            out.push(')');
                        }
                    }
                }
                Type::Tuple(elems) => {
                    for (i, &e) in elems.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        write(tab, e, mode, true, out, seen);
                    }
                }
                Type::Basic(_) | Type::Named(_) => unreachable!("handled above"),
            }
            seen.pop();
        }
    }
}

/// The value of a struct tag as written in the source (`` `json:"a"` `` → `json:"a"`).
pub fn tag_value(raw: &str) -> String {
    use crate::constant::{ConstValue, LitKind};
    match ConstValue::from_literal(LitKind::String, raw) {
        Some(ConstValue::String(s)) => String::from_utf8_lossy(&s).into_owned(),
        _ => raw.to_string(),
    }
}
