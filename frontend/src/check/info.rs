//! What the checker hands to the middle: objects, and side tables keyed by AST [`NodeId`]s —
//! the analogue of go/types' `Info`. The AST itself is not changed; the middle reads the AST
//! and these tables together.
//!
//! Conventions the middle relies on (all as go/types records them unless noted):
//! * Every expression of a checked function body has an [`ExprInfo`]; identifiers that declare
//!   something (`x` in `x := 1`, range variables) are in `defs` instead, package names of
//!   qualified identifiers only in `uses`, and `x.(type)` guards are not expressions.
//! * A constant expression (`Mode::Const`) is a leaf for lowering: its value is already
//!   converted to its type (floats rounded to float32/float64). Its operands keep the untyped
//!   types they were computed in (`1` in `1 << 3`), since they are never materialised.
//!   Expressions of constant declarations may be evaluated several times (once per `iota`);
//!   lower constants from their objects' values, not from those expressions.
//! * Untyped non-constant values get their final type from context, or their default type
//!   (`x == y` used as a condition is `bool`). `nil` gets the type it is compared or assigned
//!   with; a `nil` case of a type switch stays `untyped nil`.
//! * Implicit conversions to interfaces are not recorded as such: an operand keeps its own
//!   type and the middle converts where the target (variable, parameter, result, field,
//!   element, `panic`'s `any`) is an interface.
//! * A comma-ok expression used for two values (`v, ok := x.(T)`) has a `Tuple(T, bool)` type
//!   with `Mode::CommaOk`; used for one value it has type `T`.
//! * Keys of struct literals (`T{X: 1}`) are in `selections` (field path, possibly through
//!   embedded fields: Go 1.27 allows promoted fields there), keyed by the key expression.
//! * A method of an interface (or of an interface embedded in a struct) has a selection with
//!   `method: None`: look the name up in the interface's method list.
//! * `runtime.KeepAlive(x)` is a call of the runtime stub's `KeepAlive` whose argument keeps
//!   its own type (no interface conversion); `FuncInfo::link_name` is `runtime.KeepAlive`.
//! * `byte`/`rune` never appear: every `TypeId` in here is canonical (`uint8`/`int32`), so type
//!   identity is `==`.
//! * `for i := range arr` with a constant `len(arr)` (an array, or pointer to array, without
//!   calls or receives) must not evaluate `arr` (spec); the expression is recorded normally.
//! * Loop variables of `for` and `range` statements are per-iteration (Go 1.22): one object per
//!   variable here; a fresh variable per iteration is the middle's business.

use std::collections::HashMap;

use crate::ast::NodeId;
use crate::constant::ConstValue;
use crate::source::Span;
use crate::symbols::Symbol;
use crate::types::{ObjId, PkgId, TypeId};

/// The predeclared functions (and `unsafe`'s / `runtime`'s functions that the compiler treats
/// specially).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    UnsafeSizeof,
    UnsafeAlignof,
    UnsafeOffsetof,
    UnsafeAdd,
    UnsafeSlice,
    UnsafeString,
    UnsafeStringData,
    UnsafeSliceData,
}

/// How an expression may be used, as go/types' operand modes.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// A call of a function without results.
    NoValue,
    /// A builtin function name (only valid as a call's function).
    Builtin(Builtin),
    /// The expression denotes a type.
    TypeExpr,
    /// A constant; the value is already converted to `ExprInfo::ty` when that is typed.
    Const(ConstValue),
    /// An addressable value (variable, `*p`, `s[i]`, field of addressable struct, …).
    Variable,
    /// Any other value.
    Value,
    /// A value that may also be used in a two-value context (`v, ok := x.(T)`).
    CommaOk,
    /// `m[k]` of a map: assignable, not addressable; `v, ok := m[k]` records it as
    /// [`Mode::CommaOk`].
    MapIndex,
}

#[derive(Clone, Debug)]
pub struct ExprInfo {
    /// For untyped constants: the final type after the context converted or defaulted it
    /// (`var x float64 = 1` records `float64` for `1`). For `nil`: the type it stands for in
    /// context (`*T`, `[]int`, …) where there is one. For a call with several results: a `Tuple`.
    pub ty: TypeId,
    pub mode: Mode,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// Package-level variable.
    Global,
    /// Function-local variable (incl. range variables and type-switch bindings).
    Local,
    Param,
    Result,
    Receiver,
}

#[derive(Clone, Debug)]
pub struct FuncInfo {
    /// The receiver's type (`T` or `*T`) for a method.
    pub recv: Option<TypeId>,
    /// Where the declaration is: index into the checked files and into that file's decls.
    /// None for functions without Go body (runtime stubs).
    pub decl: Option<(usize, usize)>,
    /// gc's symbol: `main.f`, `main.T.M`, `main.(*T).M`, `runtime.ReadMemStats`.
    pub sym: Symbol,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    Var(VarKind),
    Const(ConstValue),
    TypeName,
    /// A function or method; `Object::ty` is its signature (a `Type::Func`, receiver excluded).
    Func(FuncInfo),
    Builtin(Builtin),
    /// An imported package, by path ("runtime", "unsafe").
    PkgName(String),
    Nil,
    Label,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    /// The declaring package ([`PkgId::UNIVERSE`] for universe objects).
    pub pkg: PkgId,
    /// Where it is declared (the identifier); a default span for universe objects.
    pub span: Span,
    /// The function whose body declares it (locals, params, results); None at package level.
    pub func: Option<ObjId>,
}

impl Object {
    /// Whether this is function `name` of the package with import path `pkg`
    /// (`runtime.KeepAlive`).
    pub fn is_func(&self, types: &crate::types::Types, pkg: &str, name: &str) -> bool {
        matches!(self.kind, ObjKind::Func(_))
            && self.name == name
            && types.pkg_path(self.pkg) == pkg
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// `x.f`: a struct field, possibly through embedded fields.
    FieldVal,
    /// `x.m`: a method value (only as the function of a call in gocrane's subset).
    MethodVal,
    /// `T.m` / `(*T).m`: a method expression.
    MethodExpr,
}

#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelectionKind,
    /// Field indices from the operand's (dereferenced) struct type down through embedded
    /// fields. For `FieldVal` the last index is the selected field; for methods the path leads
    /// to the embedded value whose type declares the method (empty when declared directly).
    /// Each step through a pointer-typed field (or a pointer operand) is an implicit `*`.
    pub path: Vec<usize>,
    /// For methods: the method's function object. For fields: None.
    pub method: Option<ObjId>,
    /// Type of the selector expression.
    pub ty: TypeId,
}

/// One step of package initialisation, in the order gc runs them.
#[derive(Clone, Debug)]
pub struct Initializer {
    /// Package variables assigned (several for `var a, b = f()`); `_` appears as None.
    pub lhs: Vec<Option<ObjId>>,
    /// The initialising expression(s) (index into file decls is not needed: the ids are unique).
    pub rhs: Vec<NodeId>,
}

/// A package of the program: what it imports and what initialising it runs.
#[derive(Clone, Debug)]
pub struct PackageInfo {
    pub pkg: PkgId,
    /// The packages it imports (`unsafe` and the runtime excepted), each once, in the order
    /// of their first import.
    pub imports: Vec<PkgId>,
    /// Its files: a range of [`crate::check::Package::files`].
    pub files: std::ops::Range<usize>,
    /// Package variable initialisation, in dependency order.
    pub init_order: Vec<Initializer>,
    /// User `func init()` functions in source order (gc's `main.init.0`, `main.init.1`, …).
    pub init_funcs: Vec<ObjId>,
    /// Its functions' bodies were not parsed: they are compiled in the library archive (see
    /// [`crate::check::SourcePackage::archived`]).
    pub archived: bool,
}

#[derive(Default)]
pub struct Info {
    pub objects: Vec<Object>,
    /// Every checked expression (types included: a type expression has `Mode::TypeExpr`).
    pub exprs: HashMap<NodeId, ExprInfo>,
    /// Declaring identifiers → the object they declare (blank `_` declares nothing).
    pub defs: HashMap<NodeId, ObjId>,
    /// Identifier expressions (and qualified `pkg.Name` selector expressions) → object used.
    pub uses: HashMap<NodeId, ObjId>,
    /// Selector expressions that select a field or method.
    pub selections: HashMap<NodeId, Selection>,
    /// Type-switch clauses (`CaseClause::id`) → the clause's implicit bound variable.
    pub implicits: HashMap<NodeId, ObjId>,
    /// The packages written in Go (the program's and gocrane's library, not the runtime
    /// stub), each after the packages it imports; the program's main package last.
    pub packages: Vec<PackageInfo>,
    /// Package variables declared `//go:linkname x target`: they are the symbol `target`
    /// (a variable of gocrane's runtime), which the program refers to and does not define.
    pub linknames: HashMap<ObjId, String>,
    /// Constant expressions whose type is spelled `byte` or `rune` ([`crate::types::BYTE`],
    /// [`crate::types::RUNE`]): `exprs` holds the canonical `uint8`/`int32`, but gc prints
    /// such a constant as `byte(120)` or `'x'` where an `int32` one is `int32(5)`.
    pub spelled: HashMap<NodeId, TypeId>,
    /// Function literals → the objects declared inside them (their parameters, results and
    /// locals, those of nested literals included): `ObjId`s in this range. A use of a local
    /// variable outside the range is a use of a variable the literal captures.
    pub func_lits: HashMap<NodeId, std::ops::Range<u32>>,
    /// The objects declared by each range-over-func loop (its iteration variables, when `:=`,
    /// and its body's), by the range expression's id: like a function literal's, as the loop
    /// body becomes one (gc's rangefunc rewrite).
    pub range_func_bodies: HashMap<NodeId, std::ops::Range<u32>>,
}

impl Info {
    pub fn object(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    /// The value of the expression `id` if it is a constant.
    pub fn const_value(&self, id: NodeId) -> Option<&ConstValue> {
        match &self.exprs.get(&id)?.mode {
            Mode::Const(v) => Some(v),
            _ => None,
        }
    }

    /// Whether object `obj` is declared inside the function literal `lit` (or the body of the
    /// range-over-func loop whose range expression is `lit`).
    pub fn declared_in_literal(&self, lit: NodeId, obj: ObjId) -> bool {
        self.func_lits
            .get(&lit)
            .or_else(|| self.range_func_bodies.get(&lit))
            .is_some_and(|r| r.contains(&obj.0))
    }

    pub fn expr(&self, id: NodeId) -> &ExprInfo {
        &self.exprs[&id]
    }
}
