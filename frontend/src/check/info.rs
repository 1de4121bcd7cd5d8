//! What the checker hands to the middle: objects, and side tables keyed by AST [`NodeId`]s —
//! the analogue of go/types' `Info`. The AST itself is not changed; the middle reads the AST
//! and these tables together.

use std::collections::HashMap;

use crate::ast::NodeId;
use crate::constant::ConstValue;
use crate::source::Span;
use crate::types::{ObjId, TypeId};

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
    /// gc's symbol name: `main.f`, `main.T.M`, `main.(*T).M`, `runtime.ReadMemStats`.
    pub link_name: String,
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
    /// Package path of the declaring package: "main", "runtime", or "" for universe objects.
    pub pkg: String,
    /// Where it is declared (the identifier); a default span for universe objects.
    pub span: Span,
    /// The function whose body declares it (locals, params, results); None at package level.
    pub func: Option<ObjId>,
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
    /// Package variable initialisation, in dependency order.
    pub init_order: Vec<Initializer>,
    /// User `func init()` functions in source order (gc's `main.init.0`, `main.init.1`, …).
    pub init_funcs: Vec<ObjId>,
}

impl Info {
    pub fn object(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn expr(&self, id: NodeId) -> &ExprInfo {
        &self.exprs[&id]
    }
}
