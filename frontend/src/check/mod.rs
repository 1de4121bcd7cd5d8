//! Name resolution and type checking (the analogue of gc's types2).
//!
//! The checker reads the package's files and decides, for every identifier, which object it
//! denotes, and for every expression its type and mode (constant with its exact value,
//! addressable variable, value, type, …). It writes these answers into [`Info`] and reports
//! errors with types2's wording and positions (an error is reported at the *start* of the
//! offending expression, as types2's `atPos`).
//!
//! The model follows types2:
//! * **Collection** (`decl.rs`): every package-level object is created first (types get their
//!   defined `Named` type immediately, methods are attached to their receiver's base type), so
//!   declarations may appear in any order.
//! * **Lazy declaration checking**: an object's declaration is checked when first needed
//!   (`obj_decl`), with white/grey/black colouring so that cycles are found
//!   (`invalid recursive type`, `invalid cycle in declaration`).
//! * **Untyped operands** (`expr.rs`): untyped constant expressions keep their untyped type
//!   until context converts them; the conversion walks back down the expression tree and
//!   records the final type on each node (types2's `updateExprType`).
//! * **Function bodies** are checked after all package-level declarations, then the package
//!   variable initialisation order is computed (`initorder.rs`).
//!
//! Constructs outside gocrane's subset are rejected by name (`gocrane does not support
//! maps`); the rejected operand becomes invalid, which silences follow-on errors exactly as
//! types2 silences errors about invalid operands.
//!
//! Package `runtime` is gocrane's own stub (`runtime_stub.go`), parsed and checked like user
//! code; package `unsafe` is built in.

pub mod info;

mod assign;
mod branches;
mod builtins;
mod call;
mod comparison;
mod conversions;
mod decl;
mod expr;
mod index;
mod initorder;
mod literals;
mod lookup;
pub(crate) mod operand;
mod operators;
mod selector;
mod sizes;
mod stmt;
mod typexpr;
mod untyped;

use std::collections::HashMap;

pub use info::*;

use crate::ast::{self, Expr, Ident, NodeId};
use crate::constant::ConstValue;
use crate::diag::Diagnostic;
use crate::source::{SourceMap, Span};
use crate::symbols::Symbol;
use crate::types::{BasicKind, Named, ObjId, PkgId, Signature, Type, TypeId, Types};
use operand::{OpMode, Operand};

/// The checked package: what the middle lowers.
pub struct Package {
    /// The checked package (`main`): link names are spelled from its path (`crate::symbols`).
    pub pkg: PkgId,
    pub types: Types,
    pub info: Info,
    /// The user's files, in the order given; `FuncInfo::decl` indexes these.
    pub files: Vec<ast::File>,
    /// gocrane's runtime stub (package `runtime`; `FuncInfo::decl` of its functions indexes
    /// `[runtime]`).
    pub runtime: Option<ast::File>,
}

impl Package {
    /// The user's `func main` of package main (None if absent: gc's linker then reports
    /// `runtime.main_main·f: function main is undeclared in the main package`).
    pub fn main_func(&self) -> Option<ObjId> {
        self.info.objects.iter().enumerate().find_map(|(i, o)| {
            let is_main = o.name == "main"
                && o.pkg == self.pkg
                && matches!(&o.kind, ObjKind::Func(fi) if matches!(fi.sym, Symbol::Member { .. }));
            is_main.then_some(ObjId(i as u32))
        })
    }
}

/// The text of gocrane's `runtime` package (declarations only).
pub const RUNTIME_STUB: &str = include_str!("../runtime_stub.go");

/// A package to check: its import path and its files, parsed (all sharing one `NodeIdGen`).
pub struct SourcePackage {
    /// The import path (`main` for the program's main package).
    pub path: String,
    /// Of gocrane's standard library: functions may be declared without a body (the
    /// runtime implements them).
    pub library: bool,
    /// Of gocrane's standard library, parsed for its declarations only (every function's body
    /// empty: the functions are compiled in the library archive): bodies are not checked, and
    /// imports only they use are no error.
    pub archived: bool,
    pub files: Vec<ast::File>,
}

/// Checks a `package main` made of `files` (already parsed, sharing one `NodeIdGen`).
pub fn check(
    map: &mut SourceMap,
    files: &[ast::File],
    ids: &mut ast::NodeIdGen,
) -> Result<Package, Vec<Diagnostic>> {
    let main = SourcePackage {
        path: "main".to_string(),
        library: false,
        archived: false,
        files: files.to_vec(),
    };
    check_program(map, vec![main], ids)
}

/// Checks the packages of a program, each after those it imports (the loader orders them);
/// the last is package main. The first package with errors stops the checking, as a failed
/// dependency stops `go build`.
///
/// gocrane's runtime stub is added to `map` as one more file (named
/// `$GOROOT/src/runtime/stub.go`), parsed with `ids` and checked first, as package `runtime`:
/// files that import "runtime" use its members, and the values of the runtime's own panics
/// (`runtime.Error`) are of its types whether the program imports it or not.
pub fn check_program(
    map: &mut SourceMap,
    packages: Vec<SourcePackage>,
    ids: &mut ast::NodeIdGen,
) -> Result<Package, Vec<Diagnostic>> {
    check_program_for(map, packages, ids, "amd64")
}

/// [`check_program`] for the architecture `goarch`: the stub's `GOARCH` constant says it.
pub fn check_program_for(
    map: &mut SourceMap,
    packages: Vec<SourcePackage>,
    ids: &mut ast::NodeIdGen,
    goarch: &str,
) -> Result<Package, Vec<Diagnostic>> {
    let stub = {
        let text = RUNTIME_STUB.replace(
            "const GOARCH = \"amd64\"",
            &format!("const GOARCH = {goarch:?}"),
        );
        let id = map.add("$GOROOT/src/runtime/stub.go", text);
        match crate::parse::parse_file(map, id, ids) {
            Ok(f) => Some(f),
            Err(diags) => return Err(diags),
        }
    };
    let mut files = Vec::new();
    let mut parts = Vec::new();
    for p in packages {
        let start = files.len();
        files.extend(p.files);
        parts.push(Part {
            path: p.path,
            files: start..files.len(),
            library: p.library,
            archived: p.archived,
        });
    }
    let map: &SourceMap = map;
    // The checker recurses along the syntax tree: a 20000-term string concatenation is 20000
    // nested binary expressions. It runs on a thread with a stack large enough for that
    // (address space only: pages are committed as they are touched).
    let checked = std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("gocrane-check".into())
            .stack_size(CHECK_STACK_SIZE)
            .spawn_scoped(scope, || check_files(map, &files, &parts, stub.as_ref()));
        match worker {
            Ok(handle) => match handle.join() {
                Ok(result) => result,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            Err(_) => check_files(map, &files, &parts, stub.as_ref()),
        }
    });
    // The syntax trees move into the package (the checker only borrowed them).
    checked.map(|(pkg, types, info)| Package {
        pkg,
        types,
        info,
        files,
        runtime: stub,
    })
}

/// Stack of the checking thread.
const CHECK_STACK_SIZE: usize = 1 << 30;

/// A package of [`check_files`]: its files' range, and how they were parsed.
struct Part {
    path: String,
    files: std::ops::Range<usize>,
    library: bool,
    archived: bool,
}

fn check_files(
    map: &SourceMap,
    files: &[ast::File],
    parts: &[Part],
    stub: Option<&ast::File>,
) -> Result<(PkgId, Types, Info), Vec<Diagnostic>> {
    let mut checker = Checker::new(map);
    if let Some(stub) = stub {
        checker.check_package(
            "runtime",
            std::slice::from_ref(stub),
            0,
            false,
            (false, false),
        );
    }
    for p in parts {
        let range = p.files.clone();
        let how = (p.library, p.archived);
        checker.check_package(&p.path, &files[range.clone()], range.start, true, how);
        if !checker.diags.is_empty() {
            break;
        }
    }
    if checker.diags.is_empty() {
        checker.check_sizes();
    }
    if checker.diags.is_empty() {
        checker.canonicalize();
        let pkg = checker.local_pkg();
        let Checker { types, info, .. } = checker;
        Ok((pkg, types, info))
    } else {
        Err(checker.diags)
    }
}

/// The declaration behind a package-level object, checked on demand.
#[derive(Clone, Copy)]
pub(crate) enum DeclRef<'a> {
    Const {
        name: &'a Ident,
        ty: Option<&'a Expr>,
        init: Option<&'a Expr>,
        iota: u32,
        /// The spec repeats an earlier spec's expressions (errors go to the name).
        inherited: bool,
    },
    Var {
        spec: &'a ast::VarSpec,
        index: usize,
    },
    Type(&'a ast::TypeSpec),
    Func {
        decl: &'a ast::FuncDecl,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Color {
    White,
    Grey,
    Black,
}

/// Checker-private facts about an object, parallel to `Info::objects`.
#[derive(Clone)]
pub(crate) struct ObjState<'a> {
    pub color: Color,
    pub decl: Option<DeclRef<'a>>,
    /// Index of the declaring package in `Checker::pkgs` and of the file in it.
    pub pkg: usize,
    pub file: usize,
    /// For variables and imports: whether it was used.
    pub used: bool,
    /// For a type name whose declaration found it to be an alias.
    pub alias: bool,
    /// For local variables: entered into a scope (a redeclaration is not, and is never
    /// reported as unused).
    pub declared: bool,
    /// For local variables: looked at by a `declared and not used` check already (that of the
    /// function literal declaring it, before that of the enclosing function).
    pub usage_checked: bool,
}

/// A package being checked (user package or runtime stub).
pub(crate) struct PkgData<'a> {
    pub id: PkgId,
    pub path: String,
    pub files: &'a [ast::File],
    /// Where `files` start in [`Package::files`] (`FuncInfo::decl` counts from there).
    pub file_base: usize,
    /// Of gocrane's standard library (see [`SourcePackage::library`]).
    pub library: bool,
    /// Parsed for its declarations only (see [`SourcePackage::archived`]).
    pub archived: bool,
    pub scope: HashMap<String, ObjId>,
    /// Per file: imported package names.
    pub file_scopes: Vec<HashMap<String, ObjId>>,
    /// Package-level objects in source order (for init order and deterministic checking).
    pub objects: Vec<ObjId>,
    /// Methods by receiver base type name, in source order.
    pub methods: HashMap<String, Vec<ObjId>>,
}

/// What the checker knows about the function whose body it is in.
#[derive(Clone)]
pub(crate) struct FuncCtx {
    pub obj: Option<ObjId>,
    pub results: Vec<TypeId>,
    /// Result variables, when named.
    pub named_results: Vec<ObjId>,
    pub has_named_results: bool,
}

/// An untyped expression whose final type is not yet known (types2's `exprInfo`).
#[derive(Clone)]
pub(crate) struct UntypedInfo<'a> {
    #[allow(dead_code)]
    pub expr: &'a Expr,
    /// The expression is the left operand of a non-constant shift.
    pub is_lhs: bool,
    pub mode: OpMode,
    pub ty: TypeId,
}

pub(crate) struct Checker<'a> {
    pub map: &'a SourceMap,
    pub types: Types,
    pub info: Info,
    pub diags: Vec<Diagnostic>,
    pub objs: Vec<ObjState<'a>>,
    pub universe: HashMap<String, ObjId>,
    /// Scope of package `unsafe`.
    pub unsafe_scope: HashMap<String, ObjId>,
    pub pkgs: Vec<PkgData<'a>>,
    pub cur_pkg: usize,
    pub cur_file: usize,
    /// Block scopes of the function body being checked, innermost last.
    pub scopes: Vec<HashMap<String, ObjId>>,
    pub func: Option<FuncCtx>,
    pub untyped: HashMap<NodeId, UntypedInfo<'a>>,
    /// Stack of objects whose declarations are being checked (grey objects).
    pub obj_path: Vec<ObjId>,
    /// The package-level declaration whose dependencies are being collected.
    pub decl_obj: Option<ObjId>,
    /// Package-level dependencies (vars, consts, funcs) of each package-level object.
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    /// The value of `iota` inside a constant declaration.
    pub iota: Option<u32>,
    /// Position to report errors at while checking an inherited constant expression.
    pub errpos: Option<Span>,
    /// Local type declarations so far, for gc's `·N` suffix.
    pub local_types: u32,
    /// Work deferred until the package-level declarations are known.
    pub delayed: Vec<decl::Delayed<'a>>,
    /// Right-hand side of each defined type (`B` in `type A B`), for cycle detection.
    pub named_rhs: HashMap<TypeId, TypeId>,
    /// The type name object of each defined type.
    pub type_obj: HashMap<TypeId, ObjId>,
    /// Defined types already found valid by `valid_type`.
    pub valid_types: std::collections::HashSet<TypeId>,
    /// Set when an expression contains a call or receive (`len` of an array is then not
    /// constant).
    pub has_call_or_recv: bool,
    /// Names of user functions declared without a body.
    pub missing_bodies: Vec<Span>,
    /// Calls of the builtin `panic` (terminating statements).
    pub panic_calls: std::collections::HashSet<NodeId>,
    /// Objects named in errors of the form `undefined: runtime.X` are package members absent from
    /// gocrane's runtime: pointers to `Info::objects` of `PkgName` objects per file.
    pub runtime_pkg: Option<usize>,
    pub error_type: TypeId,
    pub any_type: TypeId,
    /// Composite literals whose type may exceed gc's size limit (see `sizes.rs`).
    pub big_literals: Vec<(sizes::Place, TypeId)>,
    /// Composite literals that are the right-hand side of an assignment → the assignment's
    /// operator (where gc reports a slice literal's size).
    pub assigned_literals: HashMap<NodeId, Span>,
}

impl<'a> Checker<'a> {
    pub fn new(map: &'a SourceMap) -> Checker<'a> {
        let mut c = Checker {
            map,
            types: Types::new(),
            info: Info::default(),
            diags: Vec::new(),
            objs: Vec::new(),
            universe: HashMap::new(),
            unsafe_scope: HashMap::new(),
            pkgs: Vec::new(),
            cur_pkg: 0,
            cur_file: 0,
            scopes: Vec::new(),
            func: None,
            untyped: HashMap::new(),
            obj_path: Vec::new(),
            decl_obj: None,
            deps: HashMap::new(),
            iota: None,
            errpos: None,
            local_types: 0,
            delayed: Vec::new(),
            named_rhs: HashMap::new(),
            type_obj: HashMap::new(),
            valid_types: std::collections::HashSet::new(),
            has_call_or_recv: false,
            panic_calls: std::collections::HashSet::new(),
            missing_bodies: Vec::new(),
            big_literals: Vec::new(),
            assigned_literals: HashMap::new(),
            runtime_pkg: None,
            error_type: TypeId(0),
            any_type: TypeId(0),
        };
        c.init_universe();
        c
    }

    // ------------------------------------------------------------------------------------------
    // Errors

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        let span = self.errpos.unwrap_or(span);
        let msg = msg.into();
        // types2 drops follow-on errors mentioning invalid operands or types once an error
        // has been reported (errors.go: "Cheap trick").
        if !self.diags.is_empty()
            && (msg.find("invalid operand").is_some_and(|i| i > 0)
                || msg.find("invalid type").is_some_and(|i| i > 0))
        {
            return;
        }
        self.diags.push(Diagnostic::new(span, msg));
    }

    pub fn unsupported(&mut self, span: Span, what: &str) {
        self.diags.push(Diagnostic::unsupported(span, what));
    }

    /// `file.go:L:C` for continuation lines of multi-line errors.
    pub fn pos_string(&self, span: Span) -> String {
        self.map.position(span)
    }

    pub fn op_string(&self, x: &Operand) -> String {
        operand::operand_string(&self.types, x, self.local_pkg())
    }

    pub fn type_string(&self, t: TypeId) -> String {
        self.types.type_string(t, self.local_pkg())
    }

    /// What the checker records of the package being checked (a package written in Go).
    pub fn package_info(&mut self) -> &mut PackageInfo {
        self.info
            .packages
            .last_mut()
            .expect("a package written in Go is being checked")
    }

    /// The package with import path `path`, if it was checked already (imports are checked
    /// first).
    pub fn checked_package(&self, path: &str) -> Option<usize> {
        self.pkgs.iter().position(|p| p.path == path)
    }

    /// The package being checked ([`PkgId::UNIVERSE`] while the universe is populated).
    pub fn local_pkg(&self) -> PkgId {
        self.pkgs
            .get(self.cur_pkg)
            .map_or(PkgId::UNIVERSE, |p| p.id)
    }

    // ------------------------------------------------------------------------------------------
    // Objects and scopes

    pub fn invalid_type(&self) -> TypeId {
        self.types.basic(BasicKind::Invalid)
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        self.types.basic(k)
    }

    pub fn new_object(&mut self, name: &str, kind: ObjKind, ty: TypeId, span: Span) -> ObjId {
        let id = ObjId(self.info.objects.len() as u32);
        let pkg = self.local_pkg();
        let func = self.func.as_ref().and_then(|f| f.obj);
        let is_local = !self.scopes.is_empty();
        self.info.objects.push(Object {
            name: name.to_string(),
            kind,
            ty,
            pkg,
            span,
            func: if is_local { func } else { None },
        });
        self.objs.push(ObjState {
            color: Color::Black,
            decl: None,
            pkg: self.cur_pkg,
            file: self.cur_file,
            used: false,
            alias: false,
            declared: false,
            usage_checked: false,
        });
        id
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.info.objects[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.info.objects[id.0 as usize]
    }

    /// Declares `obj` in the innermost block scope (or reports the redeclaration).
    pub fn declare_local(&mut self, ident: &Ident, obj: ObjId) {
        self.declare_local_name(&ident.name, ident.span, obj);
    }

    pub fn declare_local_name(&mut self, name: &str, span: Span, obj: ObjId) {
        if name == "_" {
            return;
        }
        if self.scopes.is_empty() {
            self.scopes.push(HashMap::new());
        }
        let scope = self.scopes.last_mut().expect("a local scope exists");
        if let Some(&alt) = scope.get(name) {
            self.report_redeclared_name(name, span, alt);
            return;
        }
        scope.insert(name.to_string(), obj);
        self.objs[obj.0 as usize].declared = true;
    }

    pub fn report_redeclared(&mut self, ident: &Ident, alt: ObjId) {
        self.report_redeclared_name(&ident.name, ident.span, alt);
    }

    fn report_redeclared_name(&mut self, name: &str, span: Span, alt: ObjId) {
        let alt_span = self.obj(alt).span;
        let mut msg = format!("{name} redeclared in this block");
        if alt_span != Span::default() {
            msg.push_str(&format!(
                "\n\t{}: other declaration of {name}",
                self.pos_string(alt_span)
            ));
        }
        self.error(span, msg);
    }

    /// Finds the object an identifier denotes: innermost block first, then the file's
    /// imports, the package, and the universe.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        for scope in self.scopes.iter().rev() {
            if let Some(&o) = scope.get(name) {
                return Some(o);
            }
        }
        let pkg = self.pkgs.get(self.cur_pkg)?;
        if let Some(&o) = pkg.file_scopes.get(self.cur_file).and_then(|s| s.get(name)) {
            return Some(o);
        }
        if let Some(&o) = pkg.scope.get(name) {
            return Some(o);
        }
        self.universe.get(name).copied()
    }

    pub fn open_scope(&mut self) {
        self.scopes.push(HashMap::new());
    }

    pub fn close_scope(&mut self) {
        self.scopes.pop();
    }

    // ------------------------------------------------------------------------------------------
    // Recording

    pub fn record(&mut self, e: &'a Expr, x: &Operand<'a>) {
        let mode = match &x.mode {
            OpMode::Invalid => return,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(b) => Mode::Builtin(*b),
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Const(v) => Mode::Const(v.clone()),
            OpMode::Variable => Mode::Variable,
            OpMode::Value | OpMode::Nil => Mode::Value,
            OpMode::CommaOk => Mode::CommaOk,
            OpMode::MapIndex => Mode::MapIndex,
        };
        if let Type::Basic(k) = self.types.get(x.ty) {
            if k.is_untyped() {
                // Final type decided later by context (update_expr_type) or at the end.
                self.untyped.insert(
                    e.id,
                    UntypedInfo {
                        expr: e,
                        is_lhs: false,
                        mode: x.mode.clone(),
                        ty: x.ty,
                    },
                );
                return;
            }
        }
        let mode = match mode {
            Mode::Const(v) => Mode::Const(self.value_for_type(&v, x.ty)),
            m => m,
        };
        self.info.exprs.insert(e.id, ExprInfo { ty: x.ty, mode });
    }

    /// The representation a constant value gets in `Info` for its final type: floats as
    /// `Float`, integers as `Int`.
    pub fn value_for_type(&self, v: &ConstValue, t: TypeId) -> ConstValue {
        match self.types.basic_kind(t) {
            Some(k) if k.is_float() => v
                .to_float()
                .map(ConstValue::Float)
                .unwrap_or_else(|| v.clone()),
            Some(k) if k.is_integer() => {
                v.to_int().map(ConstValue::Int).unwrap_or_else(|| v.clone())
            }
            _ => v.clone(),
        }
    }

    pub fn record_raw(&mut self, id: NodeId, ty: TypeId, mode: Mode) {
        self.info.exprs.insert(id, ExprInfo { ty, mode });
    }

    pub fn record_use(&mut self, ident_id: NodeId, obj: ObjId) {
        self.info.uses.insert(ident_id, obj);
    }

    pub fn record_def(&mut self, ident: &Ident, obj: ObjId) {
        if !ident.is_blank() {
            self.info.defs.insert(ident.id, obj);
        }
    }

    /// Records the untyped expressions whose type no context decided: constants keep their
    /// untyped type (they are never materialised), other values get their default type.
    pub fn record_untyped(&mut self) {
        let mut pending: Vec<_> = self.untyped.drain().collect();
        pending.sort_by_key(|(id, _)| *id);
        for (id, u) in pending {
            let (ty, mode) = match &u.mode {
                OpMode::Const(v) => (u.ty, Mode::Const(self.value_for_type(v, u.ty))),
                OpMode::Nil => (u.ty, Mode::Value),
                m => {
                    let ty = self.default_type(u.ty);
                    let mode = match m {
                        OpMode::Variable => Mode::Variable,
                        OpMode::CommaOk => Mode::CommaOk,
                        OpMode::MapIndex => Mode::MapIndex,
                        _ => Mode::Value,
                    };
                    (ty, mode)
                }
            };
            self.info.exprs.insert(id, ExprInfo { ty, mode });
        }
    }

    /// The default type of an untyped type (`untyped int` → `int`, …).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        // types2's default of an untyped rune is the alias `rune`, spelled so in messages
        // and remarks (`'y' escapes to heap`).
        if self.types.basic_kind(t) == Some(BasicKind::UntypedRune) {
            return crate::types::RUNE;
        }
        match self.types.get(t) {
            Type::Basic(k) => self.basic(match k {
                BasicKind::UntypedBool => BasicKind::Bool,
                BasicKind::UntypedInt => BasicKind::Int,
                BasicKind::UntypedRune => BasicKind::Int32,
                BasicKind::UntypedFloat => BasicKind::Float64,
                BasicKind::UntypedComplex => BasicKind::Complex128,
                BasicKind::UntypedString => BasicKind::String,
                k => *k,
            }),
            _ => t,
        }
    }

    // ------------------------------------------------------------------------------------------
    // The universe

    fn init_universe(&mut self) {
        use BasicKind::*;
        let basics = [
            ("bool", Bool),
            ("int", Int),
            ("int8", Int8),
            ("int16", Int16),
            ("int32", Int32),
            ("int64", Int64),
            ("uint", Uint),
            ("uint8", Uint8),
            ("uint16", Uint16),
            ("uint32", Uint32),
            ("uint64", Uint64),
            ("uintptr", Uintptr),
            ("float32", Float32),
            ("float64", Float64),
            ("complex64", Complex64),
            ("complex128", Complex128),
            ("string", String),
            ("byte", Uint8),
            ("rune", Int32),
        ];
        for (name, k) in basics {
            let t = match name {
                "byte" => crate::types::BYTE,
                "rune" => crate::types::RUNE,
                _ => self.basic(k),
            };
            let o = self.new_object(name, ObjKind::TypeName, t, Span::default());
            self.universe.insert(name.to_string(), o);
        }
        // error: a defined interface type `interface{ Error() string }`.
        let string_t = self.basic(String);
        let err_sig = self.types.intern(Type::Func(Signature {
            params: vec![],
            results: vec![string_t],
            variadic: false,
        }));
        let err_iface = self
            .types
            .intern(Type::Interface(vec![crate::types::InterfaceMethod {
                name: "Error".into(),
                sig: err_sig,
                pkg: None,
            }]));
        let error_t = self.types.new_named(Named {
            name: "error".into(),
            pkg: PkgId::UNIVERSE,
            underlying: err_iface,
            methods: vec![],
            local_index: 0,
            span: Span::default(),
        });
        self.error_type = error_t;
        let o = self.new_object("error", ObjKind::TypeName, error_t, Span::default());
        self.universe.insert("error".into(), o);
        let any_t = crate::types::ANY;
        self.any_type = any_t;
        let o = self.new_object("any", ObjKind::TypeName, any_t, Span::default());
        self.universe.insert("any".into(), o);

        let ub = self.basic(UntypedBool);
        for (name, v) in [("true", true), ("false", false)] {
            let o = self.new_object(
                name,
                ObjKind::Const(ConstValue::Bool(v)),
                ub,
                Span::default(),
            );
            self.universe.insert(name.into(), o);
        }
        let ui = self.basic(UntypedInt);
        let o = self.new_object(
            "iota",
            ObjKind::Const(ConstValue::int(0)),
            ui,
            Span::default(),
        );
        self.universe.insert("iota".into(), o);
        let un = self.basic(UntypedNil);
        let o = self.new_object("nil", ObjKind::Nil, un, Span::default());
        self.universe.insert("nil".into(), o);

        let inv = self.invalid_type();
        let builtins = [
            ("append", Builtin::Append),
            ("cap", Builtin::Cap),
            ("clear", Builtin::Clear),
            ("close", Builtin::Close),
            ("complex", Builtin::Complex),
            ("copy", Builtin::Copy),
            ("delete", Builtin::Delete),
            ("imag", Builtin::Imag),
            ("len", Builtin::Len),
            ("make", Builtin::Make),
            ("max", Builtin::Max),
            ("min", Builtin::Min),
            ("new", Builtin::New),
            ("panic", Builtin::Panic),
            ("print", Builtin::Print),
            ("println", Builtin::Println),
            ("real", Builtin::Real),
            ("recover", Builtin::Recover),
        ];
        for (name, b) in builtins {
            let o = self.new_object(name, ObjKind::Builtin(b), inv, Span::default());
            self.universe.insert(name.into(), o);
        }
        // `comparable` is only usable as a constraint: generics are outside the subset.

        let unsafe_pkg = self.types.package("unsafe");
        let up = self.basic(UnsafePointer);
        let o = self.new_object("Pointer", ObjKind::TypeName, up, Span::default());
        self.obj_mut(o).pkg = unsafe_pkg;
        self.unsafe_scope.insert("Pointer".into(), o);
        let unsafe_builtins = [
            ("Sizeof", Builtin::UnsafeSizeof),
            ("Alignof", Builtin::UnsafeAlignof),
            ("Offsetof", Builtin::UnsafeOffsetof),
            ("Add", Builtin::UnsafeAdd),
            ("Slice", Builtin::UnsafeSlice),
            ("String", Builtin::UnsafeString),
            ("StringData", Builtin::UnsafeStringData),
            ("SliceData", Builtin::UnsafeSliceData),
        ];
        for (name, b) in unsafe_builtins {
            let o = self.new_object(name, ObjKind::Builtin(b), inv, Span::default());
            self.obj_mut(o).pkg = unsafe_pkg;
            self.unsafe_scope.insert(name.into(), o);
        }
    }

    /// Checks one package: collects its objects, checks every declaration, then the function
    /// bodies, the initialisation order and unused imports.
    fn check_package(
        &mut self,
        path: &str,
        files: &'a [ast::File],
        file_base: usize,
        user: bool,
        (library, archived): (bool, bool),
    ) {
        let pkg_index = self.pkgs.len();
        let id = self.types.package(path);
        if let Some(f) = files.first() {
            self.types.set_pkg_name(id, &f.package.name);
        }
        self.pkgs.push(PkgData {
            id,
            path: path.to_string(),
            files,
            file_base,
            library,
            archived,
            scope: HashMap::new(),
            file_scopes: vec![HashMap::new(); files.len()],
            objects: Vec::new(),
            methods: HashMap::new(),
        });
        if path == "runtime" {
            self.runtime_pkg = Some(pkg_index);
        }
        self.cur_pkg = pkg_index;
        if user {
            self.info.packages.push(PackageInfo {
                pkg: id,
                imports: Vec::new(),
                files: file_base..file_base + files.len(),
                init_order: Vec::new(),
                init_funcs: Vec::new(),
                archived,
            });
            // gc's parser checks branches and labels, before any type checking.
            for (fi, f) in files.iter().enumerate().filter(|_| !archived) {
                self.cur_file = fi;
                for d in &f.decls {
                    if let ast::Decl::Func(fd) = d {
                        if let Some(body) = &fd.body {
                            self.check_branches(body);
                        }
                    }
                }
            }
        }
        self.collect_objects(user);
        if user {
            self.linknames();
        }
        self.package_objects();
        self.check_delayed();
        self.record_untyped();
        if user {
            self.init_order();
            if !archived {
                self.unused_imports();
            }
            // gc reports missing bodies when building the IR, i.e. only for a well-typed
            // package.
            if self.diags.is_empty() {
                for span in std::mem::take(&mut self.missing_bodies) {
                    self.error(span, "missing function body");
                }
            }
        }
    }
}

impl Checker<'_> {
    /// Spells every type handed to the middle canonically (`byte` as `uint8`, `rune` as
    /// `int32`), so that past the checker type identity is `==` on ids.
    fn canonicalize(&mut self) {
        for i in 0..self.info.objects.len() {
            let t = self.info.objects[i].ty;
            self.info.objects[i].ty = self.types.canonical(t);
            if let ObjKind::Func(fi) = &self.info.objects[i].kind {
                if let Some(r) = fi.recv {
                    let r = self.types.canonical(r);
                    if let ObjKind::Func(fi) = &mut self.info.objects[i].kind {
                        fi.recv = Some(r);
                    }
                }
            }
        }
        let ids: Vec<NodeId> = self.info.exprs.keys().copied().collect();
        for id in ids {
            let t = self.info.exprs[&id].ty;
            let alias = t == crate::types::BYTE || t == crate::types::RUNE;
            if alias && matches!(self.info.exprs[&id].mode, Mode::Const(_)) {
                self.info.spelled.insert(id, t);
            }
            let c = self.types.canonical(t);
            if let Some(e) = self.info.exprs.get_mut(&id) {
                e.ty = c;
            }
        }
        let ids: Vec<NodeId> = self.info.selections.keys().copied().collect();
        for id in ids {
            let t = self.info.selections[&id].ty;
            let c = self.types.canonical(t);
            if let Some(s) = self.info.selections.get_mut(&id) {
                s.ty = c;
            }
        }
        for n in 0..self.types.named.len() {
            let u = self.types.named[n].underlying;
            self.types.named[n].underlying = self.types.canonical(u);
        }
    }
}

/// Identity of types is `==` on interned ids; a few type predicates used across the checker.
impl Checker<'_> {
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.types.get(t), Type::Basic(k) if k.is_untyped())
    }

    pub fn is_typed(&self, t: TypeId) -> bool {
        !self.is_untyped(t)
    }

    pub fn kind_of(&self, t: TypeId) -> Option<BasicKind> {
        self.types.basic_kind(t)
    }

    pub fn is_integer(&self, t: TypeId) -> bool {
        self.kind_of(t).is_some_and(|k| k.is_integer())
    }

    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.kind_of(t).is_some_and(|k| k.is_unsigned())
    }

    pub fn is_float(&self, t: TypeId) -> bool {
        self.kind_of(t).is_some_and(|k| k.is_float())
    }

    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.kind_of(t)
            .is_some_and(|k| k.is_numeric() || k == BasicKind::UntypedFloat)
    }

    pub fn is_string(&self, t: TypeId) -> bool {
        self.kind_of(t).is_some_and(|k| k.is_string())
    }

    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.kind_of(t).is_some_and(|k| k.is_boolean())
    }

    /// Types whose values can be constants.
    pub fn is_const_type(&self, t: TypeId) -> bool {
        self.kind_of(t)
            .is_some_and(|k| k.is_boolean() || k.is_numeric() || k.is_string())
    }

    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.types.under(t), Type::Pointer(_))
    }

    /// Integer, float and string types are ordered.
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.kind_of(t)
            .is_some_and(|k| k.is_integer() || k.is_float() || k.is_string())
    }

    /// Types that have a `nil` value.
    pub fn has_nil(&self, t: TypeId) -> bool {
        match self.types.under(t) {
            Type::Basic(k) => *k == BasicKind::UnsafePointer,
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Func(_)
            | Type::Interface(_)
            | Type::Map(..)
            | Type::Chan(_) => true,
            _ => false,
        }
    }
}
