//! Type expressions: `[]T`, `[N]T`, `*T`, `struct{…}`, `interface{…}`, names and qualified
//! names, evaluated to interned [`TypeId`]s (types2's `typexpr.go`, `struct.go`,
//! `interface.go`). Maps, channels and function types are outside the subset.

use std::collections::HashMap;

use crate::ast::{Expr, ExprKind, FuncType, InterfaceElem};
use crate::check::decl::Delayed;
use crate::check::operand::{expr_string, OpMode};
use crate::check::Checker;
use crate::source::Span;
use crate::types::{BasicKind, InterfaceMethod, Signature, StructField, Type, TypeId, Types};

impl<'a> Checker<'a> {
    /// A type expression (types2's `typ`/`varType`); invalid type after an error.
    pub fn type_expr(&mut self, e: &'a Expr) -> TypeId {
        let t = self.type_internal(e);
        self.record_raw(e.id, t, crate::check::Mode::TypeExpr);
        t
    }

    fn type_internal(&mut self, e: &'a Expr) -> TypeId {
        let inv = self.invalid_type();
        match &e.kind {
            ExprKind::Ident(name) if name != "_" => {
                let Some(obj) = self.lookup(name) else {
                    self.error(e.span, format!("undefined: {name}"));
                    return inv;
                };
                if !matches!(self.obj(obj).kind, crate::check::ObjKind::TypeName) {
                    self.record_use(e.id, obj);
                    let kind = self.object_kind(obj);
                    self.error(e.span, format!("{name} ({kind}) is not a type"));
                    if matches!(self.obj(obj).kind, crate::check::ObjKind::Var(_)) {
                        self.objs[obj.0 as usize].used = true;
                    }
                    return inv;
                }
                let x = self.raw_expr(e, None);
                match x.mode {
                    OpMode::TypeExpr => x.ty,
                    _ => inv,
                }
            }
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let x = self.raw_expr(e, None);
                match x.mode {
                    OpMode::TypeExpr => x.ty,
                    OpMode::Invalid => inv,
                    OpMode::NoValue => {
                        let s = self.op_string(&x);
                        self.error(e.span, format!("{s} used as type"));
                        inv
                    }
                    _ => {
                        let s = self.op_string(&x);
                        self.error(e.span, format!("{s} is not a type"));
                        inv
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::ArrayType { len, elem } => match len {
                None => {
                    let el = self.type_expr(elem);
                    if el == inv {
                        return inv;
                    }
                    self.types.slice(el)
                }
                Some(l) if matches!(l.kind, ExprKind::Ellipsis) => {
                    self.error(
                        e.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.type_expr(elem);
                    inv
                }
                Some(l) => {
                    let n = self.array_length(l);
                    let el = self.type_expr(elem);
                    match n {
                        Some(n) if el != inv => self.types.array(n, el),
                        _ => inv,
                    }
                }
            },
            ExprKind::Ellipsis => {
                self.error(e.span, "invalid use of ...");
                inv
            }
            ExprKind::Star(x) => {
                let base = self.type_expr(x);
                if base == inv {
                    return inv;
                }
                self.types.pointer(base)
            }
            ExprKind::StructType { fields } => self.struct_type(fields),
            ExprKind::InterfaceType { elems } => self.interface_type(elems),
            ExprKind::FuncType(ft) => self.signature_type(ft),
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                if k == inv || v == inv {
                    return inv;
                }
                match self.decl_obj {
                    // In a function body every package-level type is complete.
                    Some(_) => self.check_map_key(k, key.span),
                    None => self.delayed.push(Delayed::MapKey(k, key.span)),
                }
                self.types.intern(Type::Map(k, v))
            }
            ExprKind::ChanType { .. } => {
                self.unsupported(e.span, "channels");
                inv
            }
            ExprKind::Index { .. } => {
                self.unsupported(e.span, "generics");
                inv
            }
            _ => {
                let s = expr_string(e);
                self.error(e.span, format!("{s} is not a type"));
                inv
            }
        }
    }

    /// The constant length of an array type (types2's `arrayLength`).
    fn array_length(&mut self, e: &'a Expr) -> Option<u64> {
        // An undeclared name gets a message of its own (go.dev/issue/…): types2 checks names
        // before evaluating.
        if let ExprKind::Ident(name) = &e.kind {
            match self.lookup(name) {
                None => {
                    self.error(
                        e.span,
                        format!("undefined array length {name} or missing type constraint"),
                    );
                    return None;
                }
                Some(o) => {
                    if !matches!(self.obj(o).kind, crate::check::ObjKind::Const(_)) {
                        self.error(e.span, format!("invalid array length {name}"));
                        return None;
                    }
                }
            }
        }
        let x = self.expr(e);
        if x.is_invalid() {
            return None;
        }
        let Some(v) = x.val().cloned() else {
            let s = self.op_string(&x);
            self.error(e.span, format!("array length {s} must be constant"));
            return None;
        };
        if self.is_untyped(x.ty) || self.is_integer(x.ty) {
            if let Some(n) = v.to_int().and_then(|i| num_traits::ToPrimitive::to_i64(&i)) {
                if n >= 0 {
                    return Some(n as u64);
                }
            }
        }
        let s = self.op_string(&x);
        let msg = if self.is_integer(x.ty) {
            format!("invalid array length {s}")
        } else {
            format!("array length {s} must be integer")
        };
        self.error(e.span, msg);
        None
    }

    fn struct_type(&mut self, fields: &'a [crate::ast::Field]) -> TypeId {
        let inv = self.invalid_type();
        let mut out: Vec<StructField> = Vec::new();
        let mut seen: HashMap<String, Span> = HashMap::new();
        let pkg = self.local_pkg();
        for f in fields {
            let t = self.type_expr(&f.ty);
            // Tags are part of type identity by value: `"a"` and `` `a` `` are the same tag,
            // and an empty tag is no tag. Kept as one canonical literal.
            let tag = f.tag.as_deref().and_then(canonical_tag);
            if f.names.is_empty() {
                // Embedded field: its name is the type name (T, *T, pkg.T).
                let Some((name, span)) = embedded_name(&f.ty) else {
                    let s = expr_string(&f.ty);
                    self.error(f.ty.span, format!("invalid embedded field type {s}"));
                    continue;
                };
                self.check_embedded(
                    t,
                    f.ty.span,
                    matches!(f.ty.unparen().kind, ExprKind::Star(_)),
                );
                if let Some(prev) = seen.get(&name) {
                    let prev = *prev;
                    self.error(
                        span,
                        format!(
                            "{name} redeclared\n\t{}: other declaration of {name}",
                            self.pos_string(prev)
                        ),
                    );
                    continue;
                }
                seen.insert(name.clone(), span);
                out.push(StructField {
                    pkg: (!is_exported(&name)).then_some(pkg),
                    name,
                    ty: t,
                    embedded: true,
                    tag,
                });
            } else {
                for n in &f.names {
                    if n.name != "_" {
                        if let Some(prev) = seen.get(&n.name) {
                            let prev = *prev;
                            self.error(
                                n.span,
                                format!(
                                    "{} redeclared\n\t{}: other declaration of {}",
                                    n.name,
                                    self.pos_string(prev),
                                    n.name
                                ),
                            );
                            continue;
                        }
                        seen.insert(n.name.clone(), n.span);
                    }
                    out.push(StructField {
                        pkg: (!is_exported(&n.name)).then_some(pkg),
                        name: n.name.clone(),
                        ty: t,
                        embedded: false,
                        tag: tag.clone(),
                    });
                }
            }
        }
        let _ = inv;
        self.types.intern(Type::Struct(out))
    }

    fn check_embedded(&mut self, t: TypeId, span: Span, is_ptr: bool) {
        let base = match self.types.get(t) {
            Type::Pointer(b) if is_ptr => *b,
            _ => t,
        };
        match self.types.under(base) {
            Type::Basic(BasicKind::UnsafePointer) => {
                self.error(span, "embedded field type cannot be unsafe.Pointer")
            }
            Type::Pointer(_) => self.error(span, "embedded field type cannot be a pointer"),
            Type::Interface(_) if is_ptr => self.error(
                span,
                "embedded field type cannot be a pointer to an interface",
            ),
            _ => {}
        }
    }

    fn interface_type(&mut self, elems: &'a [InterfaceElem]) -> TypeId {
        let inv = self.invalid_type();
        let mut methods: Vec<InterfaceMethod> = Vec::new();
        let mut seen: HashMap<String, Span> = HashMap::new();
        let pkg = self.local_pkg();
        // Explicit methods first, then the embedded interfaces' (types2 computes the type set
        // the same way; a duplicate is an error either way).
        for el in elems {
            if let InterfaceElem::Method { name, ty } = el {
                if name.is_blank() {
                    self.error(name.span, "methods must have a unique non-blank name");
                    continue;
                }
                let sig = self.signature_type(ty);
                if let Some(prev) = seen.get(&name.name) {
                    let prev = *prev;
                    self.error(
                        name.span,
                        format!(
                            "duplicate method {}\n\t{}: other declaration of method {}",
                            name.name,
                            self.pos_string(prev),
                            name.name
                        ),
                    );
                    continue;
                }
                seen.insert(name.name.clone(), name.span);
                methods.push(InterfaceMethod {
                    pkg: (!is_exported(&name.name)).then_some(pkg),
                    name: name.name.clone(),
                    sig,
                });
            }
        }
        for el in elems {
            if let InterfaceElem::Embedded(e) = el {
                if matches!(e.kind, ExprKind::Binary { .. } | ExprKind::Unary { .. }) {
                    self.unsupported(e.span, "generics");
                    return inv;
                }
                let t = self.type_expr(e);
                if t == inv {
                    continue;
                }
                if self.in_own_declaration(t) {
                    return inv;
                }
                // A type whose declaration was invalid is reported already.
                if self.types.underlying(t) == inv {
                    continue;
                }
                let Type::Interface(embedded) = self.types.under(t).clone() else {
                    // A non-interface element is a type constraint.
                    self.unsupported(e.span, "generics");
                    return inv;
                };
                for m in embedded {
                    let dup = methods.iter().find(|x| x.name == m.name).map(|x| x.sig);
                    match dup {
                        Some(s) if !self.types.identical(s, m.sig) => {
                            self.error(e.span, format!("duplicate method {}", m.name));
                        }
                        Some(_) => {}
                        None => methods.push(m),
                    }
                }
            }
        }
        sort_methods(&self.types, &mut methods);
        self.types.intern(Type::Interface(methods))
    }

    /// The signature of a function type (receiver excluded), as a `Type::Func`.
    pub fn signature_type(&mut self, ft: &'a FuncType) -> TypeId {
        let sig = self.signature(ft);
        self.types.intern(Type::Func(sig))
    }

    pub fn signature(&mut self, ft: &'a FuncType) -> Signature {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, p) in ft.params.iter().enumerate() {
            let mut t = self.type_expr(&p.ty);
            // A `...` before the last parameter (or among the results) is gc's parser's error,
            // reported while parsing; like gc's parser, the checker then takes the element
            // type.
            if p.variadic {
                if i + 1 == ft.params.len() {
                    variadic = true;
                    if t != self.invalid_type() {
                        t = self.types.slice(t);
                    }
                }
            }
            params.push(t);
        }
        let mut results = Vec::new();
        for r in &ft.results {
            results.push(self.type_expr(&r.ty));
        }
        Signature {
            params,
            results,
            variadic,
        }
    }
}

impl Checker<'_> {
    /// How types2 names an object's kind (`package-level variable`, `function`, …).
    pub(crate) fn object_kind(&self, o: crate::types::ObjId) -> &'static str {
        use crate::check::{ObjKind, VarKind};
        match &self.obj(o).kind {
            ObjKind::PkgName(_) => "package name",
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => {
                if self.objs[o.0 as usize].alias {
                    "type alias"
                } else {
                    "defined type"
                }
            }
            ObjKind::Var(k) => match k {
                VarKind::Global => "package-level variable",
                VarKind::Local => "local variable",
                VarKind::Receiver => "receiver",
                VarKind::Param => "parameter",
                VarKind::Result => "result variable",
            },
            ObjKind::Func(fi) => {
                if fi.recv.is_some() {
                    "method"
                } else {
                    "function"
                }
            }
            ObjKind::Label => "label",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
        }
    }
}

/// Sorts an interface's methods in gc's order ([`crate::symbols::method_order`]).
pub(crate) fn sort_methods(types: &Types, methods: &mut [InterfaceMethod]) {
    methods.sort_by(|a, b| {
        let pkg = |m: &InterfaceMethod| m.pkg.map(|p| types.pkg_path(p));
        crate::symbols::method_order(&a.name, pkg(a))
            .cmp(&crate::symbols::method_order(&b.name, pkg(b)))
    });
}

pub(crate) use crate::symbols::is_exported;

/// The name an embedded field gets: `T` for `T`, `*T`, `pkg.T`.
fn embedded_name(e: &Expr) -> Option<(String, Span)> {
    match &e.kind {
        ExprKind::Ident(n) => Some((n.clone(), e.span)),
        ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Star(x) => match &x.unparen().kind {
            ExprKind::Star(_) => None,
            _ => embedded_name(x),
        },
        ExprKind::Selector { sel, .. } => Some((sel.name.clone(), sel.span)),
        _ => None,
    }
}

/// A struct tag literal as the canonical double-quoted literal of its value; None for "".
fn canonical_tag(raw: &str) -> Option<String> {
    use base::constant::{go_quote_bytes, ConstValue, LitKind};
    match ConstValue::from_literal(LitKind::String, raw) {
        Some(ConstValue::String(v)) if v.is_empty() => None,
        Some(ConstValue::String(v)) => Some(go_quote_bytes(&v)),
        _ => Some(raw.to_string()),
    }
}
