//! Composite literals `T{…}`: struct, array, slice and map literals, and the elements of
//! indexed ones (types2's `literals.go`).

use std::collections::HashMap;

use crate::ast::{Element, Expr, ExprKind};
use crate::check::expr::span_of;
use crate::check::lookup::{Found, Lookup};
use crate::check::operand::{expr_string, OpMode, Operand};
use crate::check::{Checker, Mode, Selection, SelectionKind};
use crate::constant::ConstValue;
use crate::source::Span;
use crate::types::{Type, TypeId};

impl<'a> Checker<'a> {
    pub(crate) fn composite_lit(
        &mut self,
        e: &'a Expr,
        ty: Option<&'a Expr>,
        elts: &'a [Element],
        rbrace: Span,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let inv = self.invalid_type();
        let invalid = Operand::invalid(Some(e));
        let (typ, base) = match ty {
            Some(te) => {
                // [...]T: the length comes from the literal.
                if let ExprKind::ArrayType { len: Some(l), elem } = &te.unparen().kind {
                    if matches!(l.kind, ExprKind::Ellipsis) {
                        let el = self.type_expr(elem);
                        let n = self.indexed_elts(elts, el, -1);
                        if el == inv {
                            return invalid;
                        }
                        let t = self.types.array(n as u64, el);
                        self.record_raw(te.id, t, Mode::TypeExpr);
                        self.note_literal_size(e, t);
                        return Operand {
                            mode: OpMode::Value,
                            ty: t,
                            expr: Some(e),
                            dummy: None,
                        };
                    }
                }
                let t = self.type_expr(te);
                if self.in_own_declaration(t) {
                    return invalid;
                }
                (t, t)
            }
            None => match hint {
                Some(h) => {
                    let mut base = h;
                    if let Type::Pointer(b) = self.types.under(h) {
                        base = *b;
                    }
                    (h, base)
                }
                None => {
                    self.error(e.span, "missing type in composite literal");
                    (inv, inv)
                }
            },
        };
        match self.types.under(base).clone() {
            Type::Struct(fields) => {
                if elts.is_empty() {
                } else if elts[0].key.is_some() {
                    let mut visited: Vec<Vec<usize>> = Vec::new();
                    for el in elts {
                        let Some(key) = &el.key else {
                            self.error(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        };
                        let mut x = self.expr_with_hint(&el.value, None);
                        let ExprKind::Ident(kname) = &key.kind else {
                            self.error(
                                key.span,
                                format!(
                                    "invalid field name {} in struct literal",
                                    expr_string(key)
                                ),
                            );
                            continue;
                        };
                        let st = self.types.underlying(base);
                        match self.lookup_field_or_method(st, false, kname, false) {
                            Lookup::Found {
                                found: Found::Field(ft),
                                path,
                                indirect,
                            } => {
                                if indirect {
                                    self.error(
                                        key.span,
                                        format!(
                                            "invalid implicit pointer indirection to reach {kname}"
                                        ),
                                    );
                                    continue;
                                }
                                self.info.selections.insert(
                                    key.id,
                                    Selection {
                                        kind: SelectionKind::FieldVal,
                                        path: path.clone(),
                                        method: None,
                                        ty: ft,
                                    },
                                );
                                self.assignment(&mut x, Some(ft), "struct literal");
                                // Duplicates: the same path, or one a prefix of the other.
                                let mut dup = None;
                                for p in &visited {
                                    let n = p.len().min(path.len());
                                    if p[..n] == path[..n] {
                                        dup = Some(p.clone());
                                        break;
                                    }
                                }
                                match dup {
                                    Some(p) if p == path => self.error(
                                        el.value.span.to(key.span),
                                        format!("duplicate field name {kname} in struct literal"),
                                    ),
                                    Some(p) => {
                                        let alt = self.field_name_at(st, &p);
                                        if p.len() < path.len() {
                                            self.error(key.span, format!("cannot specify promoted field {kname} and enclosing embedded field {alt}"));
                                        } else {
                                            self.error(key.span, format!("cannot specify embedded field {kname} and enclosed promoted field {alt}"));
                                        }
                                    }
                                    None => visited.push(path),
                                }
                            }
                            Lookup::Found { .. } => {
                                self.error(key.span, format!("{kname} is not a field"));
                            }
                            _ => {
                                let ts = self.type_string(base);
                                let alt = self.find_field_name_ci(st, kname);
                                let msg = match alt {
                                    Some(a) if a != *kname => format!("unknown field {kname} in struct literal of type {ts}, but does have {a}"),
                                    _ => format!("unknown field {kname} in struct literal of type {ts}"),
                                };
                                self.error(key.span, msg);
                            }
                        }
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if let Some(key) = &el.key {
                            self.error(
                                key.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        }
                        let mut x = self.expr_with_hint(&el.value, None);
                        if i >= fields.len() {
                            let ts = self.type_string(base);
                            self.error(
                                span_of(&x),
                                format!("too many values in struct literal of type {ts}"),
                            );
                            break;
                        }
                        let f = &fields[i];
                        if f.pkg.is_some_and(|p| p != self.local_pkg()) {
                            let ts = self.type_string(base);
                            self.error(
                                span_of(&x),
                                format!("implicit assignment to unexported field {} in struct literal of type {ts}", f.name),
                            );
                            continue;
                        }
                        self.assignment(&mut x, Some(f.ty), "struct literal");
                    }
                    if elts.len() < fields.len() {
                        let ts = self.type_string(base);
                        let hint = if fields
                            .iter()
                            .any(|f| f.pkg.is_some_and(|p| p != self.local_pkg()))
                        {
                            " (type has unexported fields - use key:value pairs)"
                        } else {
                            ""
                        };
                        self.error(
                            rbrace,
                            format!("too few values in struct literal of type {ts}{hint}"),
                        );
                    }
                }
            }
            Type::Array(n, el) => {
                self.indexed_elts(elts, el, n as i64);
            }
            Type::Slice(el) => {
                let n = self.indexed_elts(elts, el, -1);
                let backing = self.types.array(n.max(0) as u64, el);
                self.note_literal_size(e, backing);
            }
            Type::Map(key, elem) => self.map_elts(elts, key, elem),
            _ => {
                for el in elts {
                    self.use_expr(&el.value);
                }
                if typ != inv && self.types.underlying(base) != inv {
                    let qual = if ty.is_none() { " element" } else { "" };
                    let ts = self.type_string(typ);
                    self.error(e.span, format!("invalid composite literal{qual} type {ts}"));
                }
                return invalid;
            }
        }
        self.note_literal_size(e, typ);
        Operand {
            mode: OpMode::Value,
            ty: typ,
            expr: Some(e),
            dummy: None,
        }
    }

    /// The elements of a map literal (types2's `*Map` case): each a `key: value` pair, and
    /// no constant key twice (for an interface key type, twice with an identical type).
    fn map_elts(&mut self, elts: &'a [Element], key: TypeId, elem: TypeId) {
        let key_is_iface = self.types.is_interface(key);
        let mut seen: HashMap<String, Vec<TypeId>> = HashMap::new();
        for el in elts {
            let Some(ke) = &el.key else {
                self.error(el.value.span, "missing key in map literal");
                continue;
            };
            let mut k = self.expr_with_hint(ke, Some(key));
            self.assignment(&mut k, Some(key), "map literal");
            if let OpMode::Const(v) = &k.mode {
                let types = seen.entry(const_key(v)).or_default();
                let duplicate = match key_is_iface {
                    true => types.iter().any(|&t| self.types.identical(t, k.ty)),
                    false => !types.is_empty(),
                };
                types.push(k.ty);
                if duplicate {
                    self.error(span_of(&k), format!("duplicate key {v} in map literal"));
                    continue;
                }
            }
            let mut v = self.expr_with_hint(&el.value, Some(elem));
            self.assignment(&mut v, Some(elem), "map literal");
        }
    }

    /// The name of the field at a path (for duplicate-field errors).
    fn field_name_at(&self, st: TypeId, path: &[usize]) -> String {
        let mut t = st;
        let mut name = String::new();
        for &i in path {
            let base = match self.types.under(t) {
                Type::Pointer(b) => *b,
                _ => t,
            };
            match self.types.under(base) {
                Type::Struct(fields) => match fields.get(i) {
                    Some(f) => {
                        name = f.name.clone();
                        t = f.ty;
                    }
                    None => break,
                },
                _ => break,
            }
        }
        name
    }

    /// Elements of an array or slice literal (types2's `indexedElts`); returns the length.
    fn indexed_elts(&mut self, elts: &'a [Element], el: TypeId, length: i64) -> i64 {
        let mut visited = std::collections::HashSet::new();
        let mut index: i64 = 0;
        let mut max: i64 = 0;
        for elt in elts {
            let mut valid_index = false;
            let span = elt
                .key
                .as_ref()
                .map_or(elt.value.span, |k| k.span.to(elt.value.span));
            if let Some(k) = &elt.key {
                let (ok, i) = self.index(k, length);
                if ok {
                    if i >= 0 {
                        index = i;
                        valid_index = true;
                    } else {
                        self.error(
                            span,
                            format!("index {} must be integer constant", expr_string(k)),
                        );
                    }
                }
            } else if length >= 0 && index >= length {
                self.error(
                    span,
                    format!("index {index} is out of bounds (>= {length})"),
                );
            } else {
                valid_index = true;
            }
            if valid_index {
                if !visited.insert(index) {
                    self.error(
                        span,
                        format!("duplicate index {index} in array or slice literal"),
                    );
                }
            }
            index += 1;
            if index > max {
                max = index;
            }
            let mut x = self.expr_with_hint(&elt.value, Some(el));
            self.assignment(&mut x, Some(el), "array or slice literal");
        }
        max
    }
}

/// A constant map key as types2's `keyVal` compares them: numbers by value whatever their
/// kind (`1`, `1.0` and `1+0i` are the same key), strings by their bytes.
fn const_key(v: &ConstValue) -> String {
    match v {
        ConstValue::Bool(b) => format!("b{b}"),
        ConstValue::String(s) => format!("s{:?}", s.bytes()),
        _ => match v.to_complex() {
            Some((re, im)) => format!("n{re}/{im}"),
            None => format!("?{v}"),
        },
    }
}
