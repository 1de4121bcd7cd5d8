//! Selectors `x.sel`: qualified identifiers, fields, methods, and the explanation of a selector
//! that finds nothing (types2's `selector` in `call.go`, `lookupError` in `errsupport.go`).

use crate::ast::{Expr, ExprKind};
use crate::check::lookup::{Found, Lookup};
use crate::check::operand::{expr_string, OpMode, Operand};
use crate::check::{Checker, ObjKind, Selection, SelectionKind};
use crate::types::{Type, TypeId};

impl<'a> Checker<'a> {
    /// `x.sel`: a qualified identifier, a field, a method (called, or a method value) or a
    /// method expression.
    pub(crate) fn selector(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &'a crate::ast::Ident,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(e));
        // Qualified identifier?
        if let ExprKind::Ident(pname) = &x.kind {
            if let Some(obj) = self.lookup(pname) {
                if let ObjKind::PkgName(path) = self.obj(obj).kind.clone() {
                    self.record_use(x.id, obj);
                    self.objs[obj.0 as usize].used = true;
                    let scope = match path.as_str() {
                        "unsafe" => Some(&self.unsafe_scope),
                        "runtime" => self.runtime_pkg.map(|p| &self.pkgs[p].scope),
                        _ => self.checked_package(&path).map(|p| &self.pkgs[p].scope),
                    };
                    // An import gocrane rejected: its uses are silently invalid.
                    let Some(scope) = scope else {
                        return invalid;
                    };
                    // A package compiled from source shows its exported names only, as gc's
                    // export data does.
                    let from_source = path != "unsafe" && path != "runtime";
                    let member = scope
                        .get(&sel.name)
                        .copied()
                        .filter(|_| !from_source || crate::check::typexpr::is_exported(&sel.name));
                    let Some(m) = member else {
                        // types2 suggests an exported name that differs only in case.
                        let mut alike: Vec<&String> = scope
                            .keys()
                            .filter(|k| {
                                crate::check::typexpr::is_exported(k)
                                    && k.to_lowercase() == sel.name.to_lowercase()
                            })
                            .collect();
                        alike.sort();
                        if path == "runtime" && is_runtime_api(&sel.name)
                            || is_std_api(&path, &sel.name)
                        {
                            // A member of gc's package that gocrane's does not have yet.
                            self.unsupported(e.span, &format!("{path}.{}", sel.name));
                        } else if let Some(have) = alike.first() {
                            let msg = format!("undefined: {} (but have {have})", expr_string(e));
                            self.error(sel.span, msg);
                        } else {
                            self.error(sel.span, format!("undefined: {}", expr_string(e)));
                        }
                        return invalid;
                    };
                    if !crate::check::typexpr::is_exported(&sel.name) {
                        let name = self.types.pkg_name(self.obj(m).pkg).to_string();
                        self.error(
                            sel.span,
                            format!("name {} not exported by package {name}", sel.name),
                        );
                        return invalid;
                    }
                    self.record_use(sel.id, m);
                    self.record_use(e.id, m);
                    let ob = self.obj(m).clone();
                    let mode = match &ob.kind {
                        ObjKind::Const(v) => OpMode::Const(v.clone()),
                        ObjKind::TypeName => OpMode::TypeExpr,
                        ObjKind::Var(_) => OpMode::Variable,
                        ObjKind::Func(_) => OpMode::Value,
                        ObjKind::Builtin(b) => OpMode::Builtin(*b),
                        _ => return invalid,
                    };
                    return Operand {
                        mode,
                        ty: ob.ty,
                        expr: Some(e),
                        dummy: None,
                    };
                }
            }
        }
        let xo = self.expr_or_type(x);
        match xo.mode {
            OpMode::Invalid => return invalid,
            OpMode::Builtin(_) => {
                let s = self.op_string(&xo);
                self.error(x.span, format!("invalid use of {s} in selector expression"));
                return invalid;
            }
            _ => {}
        }
        if xo.mode == OpMode::TypeExpr {
            return self.method_expr(e, x, sel, xo.ty);
        }
        if xo.is_nil() {
            self.error(
                sel.span,
                format!(
                    "{}.{} undefined (type untyped nil has no field or method {})",
                    expr_string(x),
                    sel.name,
                    sel.name
                ),
            );
            return invalid;
        }
        let addressable = xo.mode == OpMode::Variable;
        match self.lookup_field_or_method(xo.ty, addressable, &sel.name, false) {
            Lookup::Found {
                found,
                path,
                indirect,
            } => match found {
                Found::Field(ft) => {
                    self.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::FieldVal,
                            path,
                            method: None,
                            ty: ft,
                        },
                    );
                    let through_ptr = indirect;
                    Operand {
                        mode: if xo.mode == OpMode::Variable || through_ptr {
                            OpMode::Variable
                        } else {
                            OpMode::Value
                        },
                        ty: ft,
                        expr: Some(e),
                        dummy: None,
                    }
                }
                Found::Method(m) => {
                    self.obj_decl(m);
                    self.add_decl_dep(m);
                    let sig = self.obj(m).ty;
                    self.record_use(sel.id, m);
                    self.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::MethodVal,
                            path,
                            method: Some(m),
                            ty: sig,
                        },
                    );
                    Operand {
                        mode: OpMode::Value,
                        ty: sig,
                        expr: Some(e),
                        dummy: None,
                    }
                }
                Found::IfaceMethod(sig) => {
                    self.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::MethodVal,
                            path,
                            method: None,
                            ty: sig,
                        },
                    );
                    Operand {
                        mode: OpMode::Value,
                        ty: sig,
                        expr: Some(e),
                        dummy: None,
                    }
                }
            },
            failed => {
                self.lookup_failed(x, sel, xo.ty, addressable, false, failed);
                invalid
            }
        }
    }

    /// The error of a selector whose lookup found nothing usable (types2's `selector` when
    /// `obj == nil`); `method_expr` when `x` is a type.
    fn lookup_failed(
        &mut self,
        x: &Expr,
        sel: &crate::ast::Ident,
        t: TypeId,
        addressable: bool,
        method_expr: bool,
        failed: Lookup,
    ) {
        let name = &sel.name;
        let msg = match failed {
            Lookup::Found { .. } => return,
            Lookup::Ambiguous => format!("ambiguous selector {}.{name}", expr_string(x)),
            Lookup::NeedsPointer if method_expr => {
                let ts = self.type_string(t);
                format!(
                    "invalid method expression {ts}.{name} (needs pointer receiver (*{ts}).{name})"
                )
            }
            Lookup::NeedsPointer => {
                let ts = self.type_string(t);
                format!("cannot call pointer method {name} on {ts}")
            }
            Lookup::NotFound => {
                if self.types.underlying(t) == self.invalid_type() {
                    return;
                }
                if let Some(what) = self.missing_std_method(t, name) {
                    // A method of gc's standard type that gocrane's library lacks.
                    self.unsupported(x.span, &what);
                    return;
                }
                let why = self.lookup_error_why(t, addressable, name);
                format!("{}.{name} undefined ({why})", expr_string(x))
            }
        };
        self.error(sel.span, msg);
    }

    /// `T.M`, `(*T).M`, `I.M`: the method as a function whose first parameter is the receiver
    /// (types2's `selector` on a type operand).
    fn method_expr(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &'a crate::ast::Ident,
        t: TypeId,
    ) -> Operand<'a> {
        let invalid = Operand::invalid(Some(e));
        let ts = self.type_string(t);
        let (found, path) = match self.lookup_field_or_method(t, false, &sel.name, false) {
            Lookup::Found { found, path, .. } => (found, path),
            failed => {
                self.lookup_failed(x, sel, t, false, true, failed);
                return invalid;
            }
        };
        let (method, sig) = match found {
            Found::Field(_) => {
                self.error(
                    x.span,
                    format!(
                        "operand for field selector {} must be value of type {ts}",
                        sel.name
                    ),
                );
                return invalid;
            }
            Found::Method(m) => {
                self.obj_decl(m);
                self.add_decl_dep(m);
                self.record_use(sel.id, m);
                (Some(m), self.obj(m).ty)
            }
            Found::IfaceMethod(sig) => (None, sig),
        };
        let Type::Func(msig) = self.types.under(sig).clone() else {
            return invalid;
        };
        let mut params = vec![t];
        params.extend(msig.params);
        let ty = self.types.intern(Type::Func(crate::types::Signature {
            params,
            results: msig.results,
            variadic: msig.variadic,
        }));
        self.info.selections.insert(
            e.id,
            Selection {
                kind: SelectionKind::MethodExpr,
                path,
                method,
                ty,
            },
        );
        Operand {
            mode: OpMode::Value,
            ty,
            expr: Some(e),
            dummy: None,
        }
    }

    /// `reflect.Value.Call` when `t` (or what it points to) is a type of a standard package
    /// whose gc version has the exported method `sel` (`std_api.txt`).
    fn missing_std_method(&self, t: TypeId, sel: &str) -> Option<String> {
        let base = match self.types.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        let named = self.types.named_info(base)?;
        let path = self.types.pkg_path(named.pkg);
        let member = format!("{}.{sel}", named.name);
        is_std_api(path, &member).then(|| format!("{path}.{member}"))
    }

    fn lookup_error_why(&mut self, t: TypeId, addressable: bool, sel: &str) -> String {
        let ts = self.type_string(t);
        if let Type::Pointer(b) = self.types.under(t).clone() {
            if self.types.is_interface(b) {
                return format!("type {ts} is pointer to interface, not interface");
            }
        }
        let alt = self.lookup_field_or_method(t, addressable, sel, true);
        if let Lookup::Found { found, .. } = alt {
            let (alt_name, what) = match found {
                Found::Method(m) => (self.obj(m).name.clone(), "method"),
                Found::Field(_) => (self.find_field_name_ci(t, sel).unwrap_or_default(), "field"),
                Found::IfaceMethod(_) => (
                    self.find_iface_name_ci(t, sel).unwrap_or_default(),
                    "method",
                ),
            };
            if !alt_name.is_empty() && alt_name != sel {
                return format!(
                    "type {ts} has no field or method {sel}, but does have {what} {alt_name}"
                );
            }
        }
        format!("type {ts} has no field or method {sel}")
    }

    pub(crate) fn find_field_name_ci(&self, t: TypeId, sel: &str) -> Option<String> {
        let base = match self.types.under(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        match self.types.under(base) {
            Type::Struct(fields) => fields
                .iter()
                .find(|f| f.name.eq_ignore_ascii_case(sel))
                .map(|f| f.name.clone()),
            _ => None,
        }
    }

    fn find_iface_name_ci(&self, t: TypeId, sel: &str) -> Option<String> {
        match self.types.under(t) {
            Type::Interface(ms) => ms
                .iter()
                .find(|m| m.name.eq_ignore_ascii_case(sel))
                .map(|m| m.name.clone()),
            _ => None,
        }
    }
}

/// Whether `name` is an exported member of gc's package runtime (`runtime_api.txt`, generated
/// by scripts/runtime-api.sh from the oracle's `go doc`).
/// Whether `name` is an exported name of gc's standard package `path` (`std_api.txt`, written
/// by scripts/std-api.sh).
fn is_std_api(path: &str, name: &str) -> bool {
    let line = format!("{path} {name}");
    include_str!("../std_api.txt").lines().any(|l| l == line)
}

fn is_runtime_api(name: &str) -> bool {
    include_str!("../runtime_api.txt")
        .lines()
        .any(|l| !l.starts_with('#') && l == name)
}
