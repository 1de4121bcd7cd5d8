//! Field and method lookup through embedded structs, method sets and interface satisfaction
//! (types2's `lookup.go`).
//!
//! Lookup is breadth-first by embedding depth: the shallowest match wins, two matches at the
//! same depth are ambiguous. A method with a pointer receiver is found on an addressable
//! value or through a pointer, else the lookup reports that a pointer receiver is needed.

use crate::check::{Checker, ObjKind};
use crate::types::{ObjId, Type, TypeId};

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Found {
    /// A struct field: its type.
    Field(TypeId),
    /// A declared method (function object).
    Method(ObjId),
    /// An interface method: its signature type.
    IfaceMethod(TypeId),
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Lookup {
    Found {
        found: Found,
        /// Field indices from the operand's (dereferenced) type; for methods this leads to the
        /// embedded value whose type declares the method.
        path: Vec<usize>,
        /// A pointer was followed on the way.
        indirect: bool,
    },
    NotFound,
    /// Several matches at the same depth.
    Ambiguous,
    /// A pointer-receiver method on a non-addressable value.
    NeedsPointer,
}

#[derive(Clone)]
struct Embedded {
    ty: TypeId,
    path: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

impl Checker<'_> {
    /// Looks `name` up in `t` (types2's `lookupFieldOrMethod`). `fold_case` finds names that
    /// differ only in case (for "but does have" hints).
    pub(crate) fn lookup_field_or_method(
        &mut self,
        t: TypeId,
        addressable: bool,
        name: &str,
        fold_case: bool,
    ) -> Lookup {
        // A defined pointer type has no methods: only fields are found through it.
        if self.types.is_named(t) {
            if let Type::Pointer(_) = self.types.under(t) {
                let u = self.types.underlying(t);
                let r = self.lookup_impl(u, false, name, fold_case);
                if let Lookup::Found {
                    found: Found::Method(_),
                    ..
                } = r
                {
                    return Lookup::NotFound;
                }
                return r;
            }
        }
        self.lookup_impl(t, addressable, name, fold_case)
    }

    fn lookup_impl(&mut self, t: TypeId, addressable: bool, name: &str, fold: bool) -> Lookup {
        if name == "_" {
            return Lookup::NotFound;
        }
        let same = |a: &str| {
            if fold {
                a.eq_ignore_ascii_case(name)
            } else {
                a == name
            }
        };
        let (typ, is_ptr) = match self.types.get(t) {
            Type::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        if is_ptr && self.types.is_interface(typ) {
            return Lookup::NotFound;
        }
        let mut current = vec![Embedded {
            ty: typ,
            path: vec![],
            indirect: is_ptr,
            multiples: false,
        }];
        let mut seen: Vec<TypeId> = Vec::new();
        while !current.is_empty() {
            let mut next: Vec<Embedded> = Vec::new();
            let mut result: Option<(Found, Vec<usize>, bool)> = None;
            for e in &current {
                if self.types.is_named(e.ty) {
                    if seen.contains(&e.ty) {
                        continue;
                    }
                    seen.push(e.ty);
                    let methods = self
                        .types
                        .named_info(e.ty)
                        .map(|n| n.methods.clone())
                        .unwrap_or_default();
                    if let Some(&m) = methods.iter().find(|&&m| same(&self.obj(m).name)) {
                        if result.is_some() || e.multiples {
                            return Lookup::Ambiguous;
                        }
                        result = Some((Found::Method(m), e.path.clone(), e.indirect));
                        continue;
                    }
                }
                match self.types.under(e.ty).clone() {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if same(&f.name) {
                                if result.is_some() || e.multiples {
                                    return Lookup::Ambiguous;
                                }
                                let mut p = e.path.clone();
                                p.push(i);
                                result = Some((Found::Field(f.ty), p, e.indirect));
                                continue;
                            }
                            if result.is_none() && f.embedded {
                                let (ft, fp) = match self.types.get(f.ty) {
                                    Type::Pointer(b) => (*b, true),
                                    _ => (f.ty, false),
                                };
                                let mut p = e.path.clone();
                                p.push(i);
                                next.push(Embedded {
                                    ty: ft,
                                    path: p,
                                    indirect: e.indirect || fp,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    Type::Interface(methods) => {
                        if let Some(m) = methods.iter().find(|m| same(&m.name)) {
                            if result.is_some() || e.multiples {
                                return Lookup::Ambiguous;
                            }
                            result = Some((Found::IfaceMethod(m.sig), e.path.clone(), e.indirect));
                        }
                    }
                    _ => {}
                }
            }
            if let Some((found, path, indirect)) = result {
                if let Found::Method(m) = found {
                    if self.has_ptr_recv(m) && !indirect && !addressable {
                        return Lookup::NeedsPointer;
                    }
                }
                return Lookup::Found {
                    found,
                    path,
                    indirect,
                };
            }
            current = consolidate(next);
        }
        Lookup::NotFound
    }

    /// Whether a method is declared with a pointer receiver (`func (t *T) M()`).
    pub(crate) fn has_ptr_recv(&mut self, m: ObjId) -> bool {
        self.obj_decl(m);
        match &self.obj(m).kind {
            ObjKind::Func(fi) => fi
                .recv
                .is_some_and(|r| matches!(self.types.get(r), Type::Pointer(_))),
            _ => false,
        }
    }

    /// The first method of interface `iface` that `t` lacks, as types2's `missingMethod`:
    /// `(name, Some(wrong))` where `wrong` explains a found method of the wrong kind.
    pub(crate) fn missing_method(
        &mut self,
        t: TypeId,
        iface: TypeId,
    ) -> Option<(String, MissingKind)> {
        let Type::Interface(methods) = self.types.under(iface).clone() else {
            return None;
        };
        if methods.is_empty() {
            return None;
        }
        // Interface to interface: method sets compare directly.
        if let Type::Interface(have) = self.types.under(t).clone() {
            for m in &methods {
                match have.iter().find(|h| h.name == m.name) {
                    None => return Some((m.name.clone(), MissingKind::Missing)),
                    Some(h) if !self.types.identical(h.sig, m.sig) => {
                        return Some((
                            m.name.clone(),
                            MissingKind::WrongType {
                                have: h.sig,
                                want: m.sig,
                            },
                        ))
                    }
                    _ => {}
                }
            }
            return None;
        }
        for m in &methods {
            match self.lookup_field_or_method(t, false, &m.name, false) {
                Lookup::Found {
                    found: Found::Method(f),
                    ..
                } => {
                    self.obj_decl(f);
                    let sig = self.obj(f).ty;
                    if !self.types.identical(sig, m.sig) {
                        return Some((
                            m.name.clone(),
                            MissingKind::WrongType {
                                have: sig,
                                want: m.sig,
                            },
                        ));
                    }
                }
                Lookup::Found {
                    found: Found::IfaceMethod(sig),
                    ..
                } => {
                    if !self.types.identical(sig, m.sig) {
                        return Some((
                            m.name.clone(),
                            MissingKind::WrongType {
                                have: sig,
                                want: m.sig,
                            },
                        ));
                    }
                }
                Lookup::NeedsPointer => {
                    return Some((m.name.clone(), MissingKind::PointerReceiver));
                }
                Lookup::Found { .. } => return Some((m.name.clone(), MissingKind::NotAMethod)),
                Lookup::Ambiguous => return Some((m.name.clone(), MissingKind::Ambiguous)),
                _ => {
                    // A method with a different case?
                    if let Lookup::Found {
                        found: Found::Method(f),
                        ..
                    } = self.lookup_field_or_method(t, false, &m.name, true)
                    {
                        let n = self.obj(f).name.clone();
                        let sig = self.obj(f).ty;
                        return Some((m.name.clone(), MissingKind::WrongName(n, sig, m.sig)));
                    }
                    return Some((m.name.clone(), MissingKind::Missing));
                }
            }
        }
        None
    }

    /// The reason `t` does not implement `iface`, worded as types2 (`(missing method M)`).
    pub(crate) fn not_implements_cause(&mut self, t: TypeId, iface: TypeId) -> Option<String> {
        let (name, kind) = self.missing_method(t, iface)?;
        let ts = self.type_string(t);
        let is = self.type_string(iface);
        let cause = match kind {
            MissingKind::Missing => format!("(missing method {name})"),
            MissingKind::PointerReceiver => format!("(method {name} has pointer receiver)"),
            MissingKind::NotAMethod => format!("({ts}.{name} is a field, not a method)"),
            MissingKind::Ambiguous => format!("(ambiguous selector {ts}.{name})"),
            MissingKind::WrongName(have, hsig, wsig) => {
                let hs = self.func_string(&have, hsig);
                let ws = self.func_string(&name, wsig);
                format!("(missing method {name})\n\t\thave {hs}\n\t\twant {ws}")
            }
            MissingKind::WrongType { have, want } => {
                let hs = self.func_string(&name, have);
                let ws = self.func_string(&name, want);
                if hs == ws {
                    return Some(format!(
                        "{ts} does not implement {is} (wrong type for method {name})"
                    ));
                }
                format!("(wrong type for method {name})\n\t\thave {hs}\n\t\twant {ws}")
            }
        };
        Some(format!("{ts} does not implement {is} {cause}"))
    }

    fn func_string(&self, name: &str, sig: TypeId) -> String {
        match self.types.get(sig) {
            Type::Func(s) => format!("{name}{}", self.types.signature_string(s, self.local_pkg())),
            _ => name.to_string(),
        }
    }

    /// Whether values of type `t` can be assigned to interface `iface`.
    pub(crate) fn implements(&mut self, t: TypeId, iface: TypeId) -> bool {
        self.missing_method(t, iface).is_none()
    }
}

pub(crate) enum MissingKind {
    Missing,
    PointerReceiver,
    NotAMethod,
    Ambiguous,
    WrongName(String, TypeId, TypeId),
    WrongType { have: TypeId, want: TypeId },
}

/// Merges entries for the same type at one depth, marking them as multiple.
fn consolidate(list: Vec<Embedded>) -> Vec<Embedded> {
    let mut out: Vec<Embedded> = Vec::new();
    for e in list {
        if let Some(prev) = out.iter_mut().find(|p| p.ty == e.ty) {
            prev.multiples = true;
        } else {
            out.push(e);
        }
    }
    out
}
