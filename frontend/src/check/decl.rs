//! Declarations: collecting package-level objects, checking each declaration on demand with
//! cycle detection, local declaration statements, and function signatures (types2's
//! `resolver.go`, `decl.go`, `validtype.go`, `signature.go`).
//!
//! Package-level objects are white until first needed, grey while their declaration is being
//! checked, black afterwards. Meeting a grey object is a cycle: legal through a type
//! definition (`type L struct{ next *L }`), an error otherwise. Struct/array types that
//! contain themselves are found afterwards by `valid_type` (`type T [2]T`).

use std::collections::HashMap;

use crate::ast::{self, Decl, Expr, ExprKind, FuncDecl};
use crate::check::operand::{expr_string, OpMode, Operand};
use crate::check::{Checker, Color, DeclRef, FuncInfo, ObjKind, VarKind};
use crate::constant::ConstValue;
use crate::source::Span;
use crate::symbols::Symbol;
use crate::types::{Named, ObjId, PkgId, Type, TypeId};

/// The variables of gocrane's runtime that a program may pull with `//go:linkname` (those gc
/// allows, `runtime_linknames.txt`, that gocrane's runtime defines).
const RUNTIME_DATA: &[&str] = &["runtime.zeroVal"];

/// Work deferred until all package-level declarations are known (types2's `check.later`).
#[derive(Clone, Copy)]
pub(crate) enum Delayed<'a> {
    ValidType(TypeId),
    FuncBody(ObjId, &'a FuncDecl),
    /// A map type's key must be comparable (checked once the key's type is complete, as
    /// types2 delays it: `type T struct{ m map[T]int }` is valid).
    MapKey(TypeId, Span),
}

impl<'a> Checker<'a> {
    // ------------------------------------------------------------------------------------------
    // Collection

    pub(crate) fn collect_objects(&mut self, user: bool) {
        let pkg = self.cur_pkg;
        let files = self.pkgs[pkg].files;
        for (fi, file) in files.iter().enumerate() {
            self.cur_file = fi;
            for imp in &file.imports {
                self.collect_import(imp, user);
            }
            for decl in &file.decls {
                match decl {
                    Decl::Const(specs) => self.collect_consts(specs),
                    Decl::Var(specs) => self.collect_vars(specs),
                    Decl::Type(specs) => {
                        for spec in specs {
                            self.collect_type(spec);
                        }
                    }
                    Decl::Func(f) => self.collect_func(f, user),
                }
            }
        }
        self.associate_methods();
        let _ = user;
    }

    fn collect_import(&mut self, imp: &'a ast::Import, user: bool) {
        let path = imp.path.as_str();
        if !user {
            return;
        }
        // The loader checked the packages imported before this one (or rejected the import).
        let imported = self.checked_package(path).filter(|_| path != "runtime");
        if let Some(p) = imported {
            let id = self.pkgs[p].id;
            if !self.package_info().imports.contains(&id) {
                self.package_info().imports.push(id);
            }
        }
        let supported = path == "runtime" || path == "unsafe" || imported.is_some();
        if !supported {
            self.unsupported(
                imp.span,
                &format!("package {}", crate::constant::go_quote(path)),
            );
        }
        let name = match &imp.name {
            Some(n) if n.name == "_" => return,
            Some(n) if n.name == "." => {
                self.unsupported(n.span, "dot imports");
                return;
            }
            Some(n) => n.name.clone(),
            // The name the package declares.
            None => match imported {
                Some(p) => self.types.pkg_name(self.pkgs[p].id).to_string(),
                None => path.rsplit('/').next().unwrap_or(path).to_string(),
            },
        };
        let inv = self.invalid_type();
        let obj = self.new_object(&name, ObjKind::PkgName(path.to_string()), inv, imp.span);
        if !supported {
            // Uses of an unsupported package are silently invalid; it is never "unused".
            self.objs[obj.0 as usize].used = true;
        }
        if let Some(n) = &imp.name {
            self.record_def(n, obj);
        }
        let pkg = self.cur_pkg;
        let file = self.cur_file;
        if let Some(&alt) = self.pkgs[pkg].file_scopes[file].get(&name) {
            let alt_span = self.obj(alt).span;
            self.error(
                imp.span,
                format!(
                    "{name} redeclared in this block\n\t{}: other declaration of {name}",
                    self.pos_string(alt_span)
                ),
            );
            return;
        }
        self.pkgs[pkg].file_scopes[file].insert(name, obj);
    }

    fn declare_pkg_obj(&mut self, ident: &'a ast::Ident, obj: ObjId, decl: DeclRef<'a>) {
        self.objs[obj.0 as usize].decl = Some(decl);
        self.objs[obj.0 as usize].color = Color::White;
        self.record_def(ident, obj);
        let pkg = self.cur_pkg;
        self.pkgs[pkg].objects.push(obj);
        if ident.is_blank() {
            return;
        }
        if ident.name == "init" {
            self.error(ident.span, "cannot declare init - must be func");
            return;
        }
        if ident.name == "main"
            && self.pkgs[pkg].path == "main"
            && !matches!(decl, DeclRef::Func { .. })
        {
            self.error(ident.span, "cannot declare main - must be func");
            return;
        }
        if let Some(&alt) = self.pkgs[pkg].scope.get(&ident.name) {
            self.report_redeclared(ident, alt);
            return;
        }
        // A package-level name may not clash with a file's import name.
        for fs in &self.pkgs[pkg].file_scopes {
            if let Some(&imp) = fs.get(&ident.name) {
                let imp_span = self.obj(imp).span;
                let msg = format!(
                    "{} already declared through import of package {} ({})\n\t{}: other declaration of {}",
                    ident.name,
                    ident.name,
                    crate::constant::go_quote(match &self.obj(imp).kind {
                        ObjKind::PkgName(p) => p,
                        _ => "",
                    }),
                    self.pos_string(imp_span),
                    ident.name
                );
                self.error(ident.span, msg);
                return;
            }
        }
        self.pkgs[pkg].scope.insert(ident.name.clone(), obj);
    }

    fn collect_consts(&mut self, specs: &'a [ast::ConstSpec]) {
        let inv = self.invalid_type();
        let mut last: Option<&'a ast::ConstSpec> = None;
        for spec in specs {
            let inherited = spec.ty.is_none() && spec.values.is_empty() && last.is_some();
            if !inherited {
                last = Some(spec);
            }
            let src = last.unwrap_or(spec);
            for (i, name) in spec.names.iter().enumerate() {
                let obj = self.new_object(
                    &name.name,
                    ObjKind::Const(ConstValue::int(0)),
                    inv,
                    name.span,
                );
                self.declare_pkg_obj(
                    name,
                    obj,
                    DeclRef::Const {
                        name,
                        ty: src.ty.as_ref(),
                        init: src.values.get(i),
                        iota: spec.iota,
                        inherited,
                    },
                );
            }
            self.arity(spec, &src.values, true, inherited);
        }
    }

    /// Reports init expressions without names and names without init expressions.
    pub(crate) fn arity_names(
        &mut self,
        spec_span: Span,
        names: &[ast::Ident],
        values: &[Expr],
        is_const: bool,
        inherited: bool,
    ) {
        let (l, r) = (names.len(), values.len());
        if l < r {
            let n = &values[l];
            if inherited {
                let p = self.pos_string(n.node_pos());
                self.error(spec_span, format!("extra init expr at {p}"));
            } else {
                let s = expr_string(n);
                self.error(n.span, format!("extra init expr {s}"));
            }
        } else if l > r && (is_const || r != 1) {
            let n = &names[r];
            self.error(n.span, format!("missing init expr for {}", n.name));
        }
    }

    fn arity(&mut self, spec: &ast::ConstSpec, values: &[Expr], is_const: bool, inherited: bool) {
        self.arity_names(spec.span, &spec.names, values, is_const, inherited);
    }

    fn collect_vars(&mut self, specs: &'a [ast::VarSpec]) {
        let inv = self.invalid_type();
        for spec in specs {
            for (i, name) in spec.names.iter().enumerate() {
                let obj =
                    self.new_object(&name.name, ObjKind::Var(VarKind::Global), inv, name.span);
                self.declare_pkg_obj(name, obj, DeclRef::Var { spec, index: i });
            }
            if spec.ty.is_none() || !spec.values.is_empty() {
                self.arity_names(spec.span, &spec.names, &spec.values, false, false);
            }
        }
    }

    fn collect_type(&mut self, spec: &'a ast::TypeSpec) {
        let inv = self.invalid_type();
        let obj = self.new_object(&spec.name.name, ObjKind::TypeName, inv, spec.name.span);
        if let Some(tp) = spec.type_params {
            self.unsupported(tp, "generics");
        }
        if !spec.alias {
            let pkg = self.local_pkg();
            let t = self.types.new_named(Named {
                name: spec.name.name.clone(),
                pkg,
                underlying: inv,
                methods: Vec::new(),
                local_index: 0,
                span: spec.name.span,
            });
            self.obj_mut(obj).ty = t;
            self.type_obj.insert(t, obj);
        } else {
            self.objs[obj.0 as usize].alias = true;
        }
        self.declare_pkg_obj(&spec.name, obj, DeclRef::Type(spec));
    }

    fn collect_func(&mut self, f: &'a FuncDecl, user: bool) {
        let inv = self.invalid_type();
        let name = &f.name;
        let pkg = self.local_pkg();
        let info = FuncInfo {
            recv: None,
            decl: None,
            sym: Symbol::Member {
                pkg,
                name: name.name.clone(),
            },
        };
        let obj = self.new_object(&name.name, ObjKind::Func(info), inv, name.span);
        {
            let (fi, di) = (
                self.pkgs[self.cur_pkg].file_base + self.cur_file,
                self.pkgs[self.cur_pkg].files[self.cur_file]
                    .decls
                    .iter()
                    .position(|d| matches!(d, Decl::Func(g) if std::ptr::eq(g, f)))
                    .unwrap_or(0),
            );
            if let ObjKind::Func(fi_) = &mut self.obj_mut(obj).kind {
                fi_.decl = Some((fi, di));
            }
        }
        if let Some(tp) = f.type_params {
            self.unsupported(tp, "generics");
        }
        if f.body.is_none() && user && !self.pkgs[self.cur_pkg].library {
            self.missing_bodies.push(name.span);
        }
        self.objs[obj.0 as usize].decl = Some(DeclRef::Func { decl: f });
        self.objs[obj.0 as usize].color = Color::White;
        let pkg = self.cur_pkg;
        match &f.recv {
            None => {
                if name.name == "init" || (name.name == "main" && self.pkgs[pkg].path == "main") {
                    if !f.ty.params.is_empty() || !f.ty.results.is_empty() {
                        self.error(
                            name.span,
                            format!(
                                "func {} must have no arguments and no return values",
                                name.name
                            ),
                        );
                    }
                }
                if name.name == "init" {
                    self.record_def(name, obj);
                    let n = self.package_info().init_funcs.len();
                    let id = self.local_pkg();
                    if let ObjKind::Func(fi) = &mut self.obj_mut(obj).kind {
                        fi.sym = Symbol::UserInit { pkg: id, n };
                    }
                    self.package_info().init_funcs.push(obj);
                    self.pkgs[pkg].objects.push(obj);
                } else {
                    self.record_def(name, obj);
                    self.pkgs[pkg].objects.push(obj);
                    if name.is_blank() {
                        return;
                    }
                    if let Some(&alt) = self.pkgs[pkg].scope.get(&name.name) {
                        self.report_redeclared(name, alt);
                        return;
                    }
                    self.pkgs[pkg].scope.insert(name.name.clone(), obj);
                }
            }
            Some(recv) => {
                self.record_def(name, obj);
                if let Some(base) = recv_base_name(&recv.ty) {
                    if !name.is_blank() {
                        self.pkgs[pkg].methods.entry(base).or_default().push(obj);
                    }
                }
                // Methods are checked like functions even when their receiver is invalid.
                self.pkgs[pkg].objects.push(obj);
            }
        }
    }

    /// Attaches collected methods to their receiver base types (only package-level defined
    /// types of this package qualify; the rest is reported when the signature is checked).
    fn associate_methods(&mut self) {
        let pkg = self.cur_pkg;
        let methods = std::mem::take(&mut self.pkgs[pkg].methods);
        let mut bases: Vec<_> = methods.into_iter().collect();
        bases.sort_by_key(|(_, ms)| ms.first().map(|m| self.obj(*m).span));
        for (base, ms) in bases {
            let Some(&tobj) = self.pkgs[pkg].scope.get(&base) else {
                continue;
            };
            if !matches!(self.obj(tobj).kind, ObjKind::TypeName) {
                continue;
            }
            let mut t = self.obj(tobj).ty;
            if self.objs[tobj.0 as usize].alias {
                // `type A = T` (or `= *T`): methods with receiver A belong to T.
                self.obj_decl(tobj);
                t = self.obj(tobj).ty;
                if let Type::Pointer(b) = self.types.get(t) {
                    t = *b;
                }
            }
            if self
                .types
                .named_info(t)
                .is_none_or(|n| n.pkg != self.local_pkg())
            {
                continue;
            }
            let Type::Named(n) = *self.types.get(t) else {
                continue;
            };
            // Duplicate method names.
            let mut seen: HashMap<String, Span> = HashMap::new();
            for m in ms {
                let mname = self.obj(m).name.clone();
                let mspan = self.obj(m).span;
                if let Some(prev) = seen.get(&mname) {
                    let prev = *prev;
                    self.error(
                        mspan,
                        format!(
                            "method {base}.{mname} already declared at {}",
                            self.pos_string(prev)
                        ),
                    );
                    continue;
                }
                seen.insert(mname, mspan);
                self.types.named[n.0 as usize].methods.push(m);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Checking declarations

    /// Checks every package-level declaration: defined types first, then aliases, then the
    /// rest, each in source order (types2's `packageObjects`).
    pub(crate) fn package_objects(&mut self) {
        let objs = self.pkgs[self.cur_pkg].objects.clone();
        let is_type = |c: &Self, o: ObjId| matches!(c.obj(o).kind, ObjKind::TypeName);
        for &o in &objs {
            if is_type(self, o) && !self.objs[o.0 as usize].alias {
                self.obj_decl(o);
            }
        }
        for &o in &objs {
            if is_type(self, o) && self.objs[o.0 as usize].alias {
                self.obj_decl(o);
            }
        }
        for &o in &objs {
            if !is_type(self, o) {
                self.obj_decl(o);
            }
        }
        // Field/method name clashes, once every type and method is known.
        for &o in &objs {
            if is_type(self, o) && !self.objs[o.0 as usize].alias {
                self.check_field_method_clash(o);
            }
        }
    }

    fn check_field_method_clash(&mut self, tobj: ObjId) {
        let t = self.obj(tobj).ty;
        let Some(named) = self.types.named_info(t) else {
            return;
        };
        let methods = named.methods.clone();
        let Type::Struct(fields) = self.types.under(t).clone() else {
            return;
        };
        for m in methods {
            let name = self.obj(m).name.clone();
            if fields.iter().any(|f| f.name == name) {
                let mspan = self.obj(m).span;
                self.error(
                    mspan,
                    format!("field and method with the same name {name}\n\t{}: other declaration of {name}",
                        self.pos_string(self.field_span(tobj, &name).unwrap_or(mspan))),
                );
            }
        }
    }

    /// Where a field of a package-level struct type is declared.
    fn field_span(&self, tobj: ObjId, name: &str) -> Option<Span> {
        let Some(DeclRef::Type(spec)) = self.objs[tobj.0 as usize].decl else {
            return None;
        };
        let ExprKind::StructType { fields } = &spec.ty.unparen().kind else {
            return None;
        };
        for f in fields {
            for n in &f.names {
                if n.name == name {
                    return Some(n.span);
                }
            }
            if f.names.is_empty() {
                if let Some((n, s)) = embedded_field_name(&f.ty) {
                    if n == name {
                        return Some(s);
                    }
                }
            }
        }
        None
    }

    /// Checks the declaration of a package-level object if it has not been checked yet.
    pub(crate) fn obj_decl(&mut self, obj: ObjId) {
        match self.objs[obj.0 as usize].color {
            Color::Black => return,
            Color::Grey => {
                self.handle_cycle(obj);
                return;
            }
            Color::White => {}
        }
        let Some(decl) = self.objs[obj.0 as usize].decl else {
            self.objs[obj.0 as usize].color = Color::Black;
            return;
        };
        self.objs[obj.0 as usize].color = Color::Grey;
        self.obj_path.push(obj);

        // Save the environment and switch to the object's file.
        let saved_pkg = self.cur_pkg;
        let saved_file = self.cur_file;
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_func = self.func.take();
        let saved_decl = self.decl_obj.take();
        let saved_iota = self.iota.take();
        let saved_errpos = self.errpos.take();
        self.cur_pkg = self.objs[obj.0 as usize].pkg;
        self.cur_file = self.objs[obj.0 as usize].file;

        match decl {
            DeclRef::Const {
                name,
                ty,
                init,
                iota,
                inherited,
            } => {
                self.decl_obj = Some(obj);
                self.const_decl(obj, name.span, ty, init, iota, inherited);
            }
            DeclRef::Var { spec, index } => {
                self.decl_obj = Some(obj);
                self.pkg_var_decl(obj, spec, index);
            }
            DeclRef::Type(spec) => self.type_decl(obj, spec),
            DeclRef::Func { decl } => {
                self.decl_obj = Some(obj);
                self.func_decl(obj, decl);
            }
        }

        self.cur_pkg = saved_pkg;
        self.cur_file = saved_file;
        self.scopes = saved_scopes;
        self.func = saved_func;
        self.decl_obj = saved_decl;
        self.iota = saved_iota;
        self.errpos = saved_errpos;
        self.obj_path.pop();
        self.objs[obj.0 as usize].color = Color::Black;
    }

    /// A grey object was reached again: decide whether the cycle is legal (types2's
    /// `validCycle`).
    fn handle_cycle(&mut self, obj: ObjId) {
        let Some(start) = self.obj_path.iter().position(|&o| o == obj) else {
            return;
        };
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        let mut nval = 0;
        let mut ndef = 0;
        for &o in &cycle {
            match self.obj(o).kind {
                ObjKind::Const(_) | ObjKind::Var(_) => nval += 1,
                ObjKind::TypeName => {
                    if !self.objs[o.0 as usize].alias {
                        ndef += 1;
                    }
                }
                _ => {}
            }
        }
        let valid = nval == cycle.len() || (nval == 0 && ndef > 0);
        if !valid {
            let first = first_in_src(self, &cycle);
            self.cycle_error(&cycle, first);
        }
        let inv = self.invalid_type();
        match self.obj(obj).kind {
            ObjKind::Const(_) | ObjKind::Var(_) => {
                // The type is unknown while its initialiser is being checked.
                if !valid || self.obj(obj).ty == inv {
                    self.obj_mut(obj).ty = inv;
                }
            }
            ObjKind::TypeName if !valid => {
                if self.objs[obj.0 as usize].alias {
                    self.obj_mut(obj).ty = inv;
                }
            }
            _ => {}
        }
    }

    /// Whether `t` is a defined type whose declaration is being checked, so that its
    /// underlying type is not known yet: `type I interface{ I }`, `type R [len(R{})]int`.
    /// Reports the cycle (types2's `invalid recursive type`).
    pub(crate) fn in_own_declaration(&mut self, t: TypeId) -> bool {
        let Some(&obj) = self.type_obj.get(&t) else {
            return false;
        };
        let Some(start) = self.obj_path.iter().position(|&o| o == obj) else {
            return false;
        };
        let cycle = self.obj_path[start..].to_vec();
        let first = first_in_src(self, &cycle);
        self.cycle_error(&cycle, first);
        true
    }

    /// `invalid recursive type T` / `invalid cycle in declaration of x`, with the cycle.
    pub(crate) fn cycle_error(&mut self, cycle: &[ObjId], start: usize) {
        let obj = cycle[start];
        let is_type = matches!(self.obj(obj).kind, ObjKind::TypeName);
        let name = |c: &Self, o: ObjId| {
            let ob = c.obj(o);
            if ob.pkg != PkgId::UNIVERSE && ob.pkg != c.local_pkg() {
                format!("{}.{}", c.types.pkg_path(ob.pkg), ob.name)
            } else {
                ob.name.clone()
            }
        };
        let span = self.obj(obj).span;
        if cycle.len() == 1 {
            let n = name(self, obj);
            if is_type {
                self.error(
                    span,
                    format!("invalid recursive type: {n} refers to itself"),
                );
            } else {
                self.error(
                    span,
                    format!("invalid cycle in declaration: {n} refers to itself"),
                );
            }
            return;
        }
        let n = name(self, obj);
        let mut msg = if is_type {
            format!("invalid recursive type {n}")
        } else {
            format!("invalid cycle in declaration of {n}")
        };
        let mut cur = obj;
        for i in 0..cycle.len() {
            let next = cycle[(start + i + 1) % cycle.len()];
            let p = self.pos_string(self.obj(cur).span);
            msg.push_str(&format!(
                "\n\t{p}: {} refers to {}",
                name(self, cur),
                name(self, next)
            ));
            cur = next;
        }
        self.error(span, msg);
    }

    fn const_decl(
        &mut self,
        obj: ObjId,
        name_span: Span,
        ty: Option<&'a Expr>,
        init: Option<&'a Expr>,
        iota: u32,
        inherited: bool,
    ) {
        self.iota = Some(iota);
        self.errpos = None;
        let inv = self.invalid_type();
        let mut declared = None;
        if let Some(te) = ty {
            let t = self.type_expr(te);
            if !self.is_const_type(t) {
                if self.types.underlying(t) != inv {
                    let s = self.type_string(t);
                    self.error(te.span, format!("invalid constant type {s}"));
                }
                self.obj_mut(obj).ty = inv;
                return;
            }
            declared = Some(t);
            self.obj_mut(obj).ty = t;
        }
        let x = match init {
            Some(e) => {
                if inherited {
                    self.errpos = Some(name_span);
                }
                self.expr(e)
            }
            None => Operand::invalid(None),
        };
        self.init_const(obj, x, declared);
        self.errpos = None;
    }

    /// types2's `initConst`.
    pub(crate) fn init_const(&mut self, obj: ObjId, mut x: Operand<'a>, declared: Option<TypeId>) {
        let inv = self.invalid_type();
        if x.is_invalid() || x.ty == inv || declared == Some(inv) {
            if declared.is_none() {
                self.obj_mut(obj).ty = inv;
            }
            return;
        }
        if !x.is_const() {
            let s = self.op_string(&x);
            self.error(
                x.expr.map_or(Span::default(), |e| e.span),
                format!("{s} is not constant"),
            );
            if declared.is_none() {
                self.obj_mut(obj).ty = inv;
            }
            return;
        }
        let t = declared.unwrap_or(x.ty);
        self.obj_mut(obj).ty = t;
        self.assignment(&mut x, Some(t), "constant declaration");
        if let OpMode::Const(v) = &x.mode {
            let v = self.value_for_type(v, t);
            self.obj_mut(obj).kind = ObjKind::Const(v);
        } else {
            self.obj_mut(obj).ty = if declared.is_some() { t } else { inv };
        }
    }

    fn pkg_var_decl(&mut self, obj: ObjId, spec: &'a ast::VarSpec, index: usize) {
        let multi = spec.values.len() == 1 && spec.names.len() > 1;
        if multi {
            // `var a, b = f()`: one declaration for all names.
            let lhs: Vec<ObjId> = spec
                .names
                .iter()
                .map(|n| self.info.defs.get(&n.id).copied())
                .collect::<Option<Vec<_>>>()
                .unwrap_or_else(|| vec![obj]);
            if let Some(te) = &spec.ty {
                let t = self.type_expr(te);
                for &o in &lhs {
                    self.obj_mut(o).ty = t;
                }
            }
            for &o in &lhs {
                if o != obj {
                    self.objs[o.0 as usize].color = Color::Grey;
                }
            }
            let lhs_opt: Vec<Option<ObjId>> = spec
                .names
                .iter()
                .map(|n| self.info.defs.get(&n.id).copied())
                .collect();
            self.init_vars_decl(&lhs_opt, &spec.values, spec.ty.is_some());
            for &o in &lhs {
                self.objs[o.0 as usize].color = Color::Black;
                // All names share the dependencies of the one initialiser.
                if o != obj {
                    let d = self.deps.get(&obj).cloned().unwrap_or_default();
                    self.deps.insert(o, d);
                }
            }
            return;
        }
        self.var_decl(obj, spec.ty.as_ref(), spec.values.get(index));
    }

    /// types2's `varDecl` for a single variable.
    pub(crate) fn var_decl(&mut self, obj: ObjId, ty: Option<&'a Expr>, init: Option<&'a Expr>) {
        let inv = self.invalid_type();
        let declared = ty.map(|te| self.type_expr(te));
        if let Some(t) = declared {
            self.obj_mut(obj).ty = t;
        }
        let Some(init) = init else {
            if declared.is_none() {
                self.obj_mut(obj).ty = inv;
            }
            return;
        };
        let x = self.expr_with_hint(init, declared);
        self.init_var(obj, x, declared.is_some(), "variable declaration");
    }

    fn type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        let inv = self.invalid_type();
        if spec.alias {
            let t = self.type_expr(&spec.ty);
            // A cycle through the alias may have invalidated it meanwhile.
            self.obj_mut(obj).ty = t;
            return;
        }
        let named = self.obj(obj).ty;
        if spec.type_params.is_some() {
            // Rejected as generics when collected.
            self.obj_mut(obj).ty = inv;
            return;
        }
        self.delayed.push(Delayed::ValidType(named));
        let rhs = self.type_expr(&spec.ty);
        self.set_named_rhs(named, rhs);
        let _ = inv;
    }

    /// Sets a defined type's underlying type from its right-hand side, following other
    /// defined types (`type A B; type B int`) and detecting chains that never reach a type
    /// literal (`type A B; type B A`).
    pub(crate) fn set_named_rhs(&mut self, named: TypeId, rhs: TypeId) {
        let inv = self.invalid_type();
        self.named_rhs.insert(named, rhs);
        let mut path = vec![named];
        let mut t = rhs;
        loop {
            match self.types.get(t) {
                Type::Named(_) => {
                    if path.contains(&t) {
                        // Cycle of defined types without a type literal.
                        let start = path.iter().position(|&p| p == t).unwrap_or(0);
                        let objs: Vec<ObjId> = path[start..]
                            .iter()
                            .filter_map(|nt| self.type_obj.get(nt).copied())
                            .collect();
                        if !objs.is_empty() {
                            self.cycle_error(&objs, 0);
                        }
                        for &p in &path {
                            self.types.set_underlying(p, inv);
                        }
                        return;
                    }
                    path.push(t);
                    match self.named_rhs.get(&t) {
                        Some(&next) => t = next,
                        None => {
                            // Predeclared or from another package: its underlying is known.
                            let u = self.types.underlying(t);
                            self.types.set_underlying(named, u);
                            return;
                        }
                    }
                }
                _ => {
                    self.types.set_underlying(named, t);
                    return;
                }
            }
        }
    }

    /// Reports struct and array types that contain themselves (types2's `validType`).
    pub(crate) fn valid_type(&mut self, named: TypeId) {
        let mut path = Vec::new();
        self.valid_type0(named, &mut path);
    }

    fn valid_type0(&mut self, t: TypeId, path: &mut Vec<TypeId>) -> bool {
        match self.types.get(t).clone() {
            Type::Array(_, e) => self.valid_type0(e, path),
            Type::Struct(fields) => {
                for f in fields {
                    if !self.valid_type0(f.ty, path) {
                        return false;
                    }
                }
                true
            }
            Type::Named(_) => {
                if self.valid_types.contains(&t) {
                    return true;
                }
                if let Some(start) = path.iter().position(|&p| p == t) {
                    let objs: Vec<ObjId> = path[start..]
                        .iter()
                        .filter_map(|nt| self.type_obj.get(nt).copied())
                        .collect();
                    let inv = self.invalid_type();
                    self.types.set_underlying(t, inv);
                    self.named_rhs.insert(t, inv);
                    if !objs.is_empty() {
                        self.cycle_error(&objs, 0);
                    }
                    return false;
                }
                let Some(&rhs) = self.named_rhs.get(&t) else {
                    return true;
                };
                path.push(t);
                let ok = self.valid_type0(rhs, path);
                path.pop();
                if ok && path.is_empty() {
                    self.valid_types.insert(t);
                }
                ok
            }
            _ => true,
        }
    }

    // ------------------------------------------------------------------------------------------
    // Functions

    fn func_decl(&mut self, obj: ObjId, decl: &'a FuncDecl) {
        let inv = self.invalid_type();
        if decl.type_params.is_some() {
            // Rejected as generics when collected; uses of it are silently invalid.
            self.obj_mut(obj).ty = inv;
            return;
        }
        let mut recv_type = None;
        if let Some(recv) = &decl.recv {
            recv_type = Some(self.receiver_type(recv, &decl.name));
        }
        let sig = self.signature(&decl.ty);
        let t = self.types.intern(Type::Func(sig));
        self.obj_mut(obj).ty = t;
        if let Some(rt) = recv_type {
            let pkg = self.local_pkg();
            // A receiver's base type is declared at package level: no `·N` to add.
            let base_name = |t| {
                self.types
                    .named_info(t)
                    .map(|n| n.name.clone())
                    .unwrap_or_default()
            };
            let method = &decl.name.name;
            let (recv, pointer) = match self.types.get(rt) {
                Type::Pointer(b) => (base_name(*b), true),
                _ => (base_name(rt), false),
            };
            let sym = if rt == inv {
                Symbol::Member {
                    pkg,
                    name: method.clone(),
                }
            } else {
                Symbol::Method {
                    pkg,
                    recv,
                    pointer,
                    name: method.clone(),
                }
            };
            if let ObjKind::Func(fi) = &mut self.obj_mut(obj).kind {
                fi.recv = (rt != inv).then_some(rt);
                fi.sym = sym;
            }
        }
        let archived = self.pkgs[self.cur_pkg].archived;
        if decl.body.is_some() && decl.type_params.is_none() && !archived {
            self.delayed.push(Delayed::FuncBody(obj, decl));
        }
    }

    /// The receiver's type `T` or `*T`; T must be a defined type of this package.
    fn receiver_type(&mut self, recv: &'a ast::Param, _name: &ast::Ident) -> TypeId {
        let inv = self.invalid_type();
        let t = self.type_expr(&recv.ty);
        if t == inv {
            return inv;
        }
        let (base, is_ptr) = match self.types.get(t) {
            Type::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        let _ = is_ptr;
        let base_span = recv_base_span(&recv.ty);
        match self.types.get(base) {
            Type::Named(_) => {
                let named = self.types.named_info(base).cloned();
                let local = named.as_ref().is_some_and(|n| n.pkg == self.local_pkg());
                if !local {
                    let s = self.type_string(base);
                    self.error(
                        base_span,
                        format!("cannot define new methods on non-local type {s}"),
                    );
                    return inv;
                }
                match self.types.under(base) {
                    Type::Pointer(_) | Type::Interface(_) => {
                        let s = self.type_string(t);
                        self.error(
                            base_span,
                            format!("invalid receiver type {s} (pointer or interface type)"),
                        );
                        inv
                    }
                    _ => t,
                }
            }
            Type::Basic(_) => {
                let s = self.type_string(base);
                self.error(
                    base_span,
                    format!("cannot define new methods on non-local type {s}"),
                );
                inv
            }
            _ => {
                let s = self.type_string(t);
                self.error(base_span, format!("invalid receiver type {s}"));
                inv
            }
        }
    }

    /// Runs deferred work: validity of types, then function bodies (appended work runs too).
    pub(crate) fn check_delayed(&mut self) {
        let mut i = 0;
        while i < self.delayed.len() {
            let d = self.delayed[i];
            i += 1;
            match d {
                Delayed::ValidType(t) => self.valid_type(t),
                Delayed::MapKey(key, span) => self.check_map_key(key, span),
                Delayed::FuncBody(obj, decl) => {
                    let saved_pkg = self.cur_pkg;
                    let saved_file = self.cur_file;
                    self.cur_pkg = self.objs[obj.0 as usize].pkg;
                    self.cur_file = self.objs[obj.0 as usize].file;
                    self.decl_obj = Some(obj);
                    self.func_body(obj, decl);
                    self.decl_obj = None;
                    self.cur_pkg = saved_pkg;
                    self.cur_file = saved_file;
                }
            }
        }
        self.delayed.clear();
    }

    /// A map type's key must be comparable (spec: not a function, map or slice).
    pub(crate) fn check_map_key(&mut self, key: TypeId, span: Span) {
        if !self.comparable(key) {
            let ks = self.type_string(key);
            self.error(span, format!("invalid map key type {ks}"));
        }
    }

    /// The files' `//go:linkname local target` directives: allowed only in a file that
    /// imports "unsafe" (gc's noder); `local` must be a package-level variable or function.
    /// A variable may be one of gocrane's runtime's that gc's runtime lets programs pull
    /// (`runtime.zeroVal`); gc's linker refuses the runtime's other symbols.
    pub(crate) fn linknames(&mut self) {
        let pkg = self.cur_pkg;
        let files = self.pkgs[pkg].files;
        for file in files {
            let imports_unsafe = file.imports.iter().any(|i| i.path == "unsafe");
            for ln in &file.linknames {
                if !imports_unsafe {
                    self.error(
                        ln.span,
                        "//go:linkname only allowed in Go files that import \"unsafe\"",
                    );
                    continue;
                }
                let Some(&obj) = self.pkgs[pkg].scope.get(&ln.local) else {
                    continue;
                };
                let target = ln.target.as_str();
                let pullable = include_str!("../runtime_linknames.txt")
                    .lines()
                    .any(|l| l == target);
                match &self.obj(obj).kind {
                    ObjKind::Var(_) if RUNTIME_DATA.contains(&target) => {
                        self.info.linknames.insert(obj, target.to_string());
                    }
                    _ if target.starts_with("runtime.") && !pullable => {
                        // What gc's linker says (no position).
                        let file_id = ln.span.file;
                        let msg = format!("link: main: invalid reference to {target}");
                        self.diags
                            .push(crate::diag::Diagnostic::new(Span::nowhere(file_id), msg));
                    }
                    _ => self.unsupported(ln.span, &format!("//go:linkname to {target}")),
                }
            }
        }
    }

    pub(crate) fn unused_imports(&mut self) {
        let pkg = self.cur_pkg;
        let mut unused = Vec::new();
        for fs in &self.pkgs[pkg].file_scopes {
            for &o in fs.values() {
                if !self.objs[o.0 as usize].used {
                    unused.push(o);
                }
            }
        }
        unused.sort_by_key(|o| self.obj(*o).span);
        for o in unused {
            let ob = self.obj(o);
            let ObjKind::PkgName(path) = &ob.kind else {
                continue;
            };
            let q = crate::constant::go_quote(path);
            let elem = path.rsplit('/').next().unwrap_or(path);
            let msg = if ob.name == elem {
                format!("{q} imported and not used")
            } else {
                format!("{q} imported as {} and not used", ob.name)
            };
            let span = ob.span;
            self.diags.push(crate::diag::Diagnostic::new(span, msg));
        }
    }

    // ------------------------------------------------------------------------------------------
    // Local declarations

    pub(crate) fn decl_stmt(&mut self, decl: &'a Decl) {
        match decl {
            Decl::Const(specs) => {
                let mut last: Option<&'a ast::ConstSpec> = None;
                for spec in specs {
                    let inherited = spec.ty.is_none() && spec.values.is_empty() && last.is_some();
                    if !inherited {
                        last = Some(spec);
                    }
                    let src = last.unwrap_or(spec);
                    let inv = self.invalid_type();
                    let mut objs = Vec::new();
                    for (i, name) in spec.names.iter().enumerate() {
                        let obj = self.new_object(
                            &name.name,
                            ObjKind::Const(ConstValue::int(0)),
                            inv,
                            name.span,
                        );
                        let saved_iota = self.iota;
                        self.const_decl(
                            obj,
                            name.span,
                            src.ty.as_ref(),
                            src.values.get(i),
                            spec.iota,
                            inherited,
                        );
                        self.iota = saved_iota;
                        objs.push(obj);
                    }
                    self.arity(spec, &src.values, true, inherited);
                    for (name, obj) in spec.names.iter().zip(objs) {
                        self.record_def(name, obj);
                        self.declare_local(name, obj);
                    }
                }
            }
            Decl::Var(specs) => {
                for spec in specs {
                    let inv = self.invalid_type();
                    let objs: Vec<ObjId> = spec
                        .names
                        .iter()
                        .map(|n| {
                            self.new_object(&n.name, ObjKind::Var(VarKind::Local), inv, n.span)
                        })
                        .collect();
                    if spec.values.len() == 1 && spec.names.len() > 1 {
                        if let Some(te) = &spec.ty {
                            let t = self.type_expr(te);
                            for &o in &objs {
                                self.obj_mut(o).ty = t;
                            }
                        }
                        let lhs: Vec<Option<ObjId>> = objs.iter().map(|&o| Some(o)).collect();
                        self.init_vars_decl(&lhs, &spec.values, spec.ty.is_some());
                    } else {
                        let declared = spec.ty.as_ref().map(|te| self.type_expr(te));
                        for (i, &o) in objs.iter().enumerate() {
                            if let Some(t) = declared {
                                self.obj_mut(o).ty = t;
                            }
                            match spec.values.get(i) {
                                Some(init) => {
                                    let x = self.expr_with_hint(init, declared);
                                    self.init_var(o, x, declared.is_some(), "variable declaration");
                                }
                                None => {
                                    if declared.is_none() {
                                        self.obj_mut(o).ty = inv;
                                    }
                                }
                            }
                        }
                        // Extra values are still checked.
                        for v in spec.values.iter().skip(objs.len()) {
                            self.expr(v);
                        }
                    }
                    if spec.ty.is_none() || !spec.values.is_empty() {
                        self.arity_names(spec.span, &spec.names, &spec.values, false, false);
                    }
                    for (name, obj) in spec.names.iter().zip(objs) {
                        self.record_def(name, obj);
                        self.declare_local(name, obj);
                    }
                }
            }
            Decl::Type(specs) => {
                for spec in specs {
                    if let Some(tp) = spec.type_params {
                        self.unsupported(tp, "generics");
                    }
                    let inv = self.invalid_type();
                    let obj =
                        self.new_object(&spec.name.name, ObjKind::TypeName, inv, spec.name.span);
                    self.record_def(&spec.name, obj);
                    self.declare_local(&spec.name, obj);
                    if spec.alias {
                        self.objs[obj.0 as usize].alias = true;
                        let t = self.type_expr(&spec.ty);
                        self.obj_mut(obj).ty = t;
                        continue;
                    }
                    self.local_types += 1;
                    let pkg = self.local_pkg();
                    let t = self.types.new_named(Named {
                        name: spec.name.name.clone(),
                        pkg,
                        underlying: inv,
                        methods: Vec::new(),
                        local_index: self.local_types,
                        span: spec.name.span,
                    });
                    self.type_obj.insert(t, obj);
                    self.obj_mut(obj).ty = t;
                    self.delayed.push(Delayed::ValidType(t));
                    self.objs[obj.0 as usize].color = Color::Grey;
                    self.obj_path.push(obj);
                    let rhs = self.type_expr(&spec.ty);
                    self.obj_path.pop();
                    self.objs[obj.0 as usize].color = Color::Black;
                    self.set_named_rhs(t, rhs);
                }
            }
            Decl::Func(f) => {
                // The parser only produces function declarations at package level.
                self.error(f.span, "function declaration not at package level");
            }
        }
    }
}

fn first_in_src(c: &Checker, cycle: &[ObjId]) -> usize {
    let mut best = 0;
    for (i, &o) in cycle.iter().enumerate() {
        let a = c.obj(o).span;
        let b = c.obj(cycle[best]).span;
        if (a.file, a.lo) < (b.file, b.lo) {
            best = i;
        }
    }
    best
}

/// The base type name of a receiver (`T` in `t *T`).
fn recv_base_name(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Ident(n) => Some(n.clone()),
        ExprKind::Paren(x) | ExprKind::Star(x) => recv_base_name(x),
        _ => None,
    }
}

fn recv_base_span(e: &Expr) -> Span {
    match &e.kind {
        ExprKind::Paren(x) | ExprKind::Star(x) => recv_base_span(x),
        _ => e.span,
    }
}

fn embedded_field_name(e: &Expr) -> Option<(String, Span)> {
    match &e.kind {
        ExprKind::Ident(n) => Some((n.clone(), e.span)),
        ExprKind::Paren(x) | ExprKind::Star(x) => embedded_field_name(x),
        ExprKind::Selector { sel, .. } => Some((sel.name.clone(), sel.span)),
        _ => None,
    }
}
