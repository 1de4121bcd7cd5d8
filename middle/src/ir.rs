//! gocrane's typed IR: what the middle hands to the backend.
//!
//! A tree IR, like gc's `ir` after walk: Go's control flow is kept structured (if, loops,
//! switch with fallthrough), but everything implicit in Go source is explicit here:
//! method calls are calls of a link name with the receiver as first argument (`&`/`*` already
//! applied), variadic arguments are packed into a slice, `x op= y` and `x++` are plain
//! assignments, range loops are index loops, package initialisation is the function
//! `main.init`, named results are locals, and every expression has its final type (no untyped
//! constants). What stays implicit is what the backend does for every access the same way gc's
//! SSA backend does: bounds checks on `Index`/`Slice`, nil faults on `Deref`, division-by-zero
//! and shift checks on `Binary`.
//!
//! Entities live in arenas indexed by `u32` ids ([`FuncId`], [`LocalId`], [`GlobalId`]).
//! `Display` (in `print.rs`) prints the textual IR used by `--dump-after` and snapshot tests.
//!
//! Values of aggregate type (string, slice, struct, array, interface) are values here; the
//! backend decides how they are held (registers, pairs, stack slots).

use frontend::source::Span;
use frontend::types::{TypeId, Types};

macro_rules! entity {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

entity!(FuncId);
entity!(LocalId);
entity!(GlobalId);
entity!(ExternId);
entity!(
    /// Names a loop or switch so `break`/`continue` can target it (Go labels resolve to these).
    LabelId
);

pub struct Program {
    pub types: Types,
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// Functions implemented outside the generated code (the runtime), called by name.
    pub externs: Vec<Extern>,
    /// `main.init`: package variable initialisation in dependency order, then the user's
    /// `init` functions (`main.init.0`, …). Always present; the runtime calls it before main.
    pub init: FuncId,
    /// `main.main`.
    pub main: FuncId,
}

pub struct Global {
    /// Link name: `main.x`.
    pub name: String,
    pub ty: TypeId,
    pub span: Span,
}

pub struct Extern {
    /// Link name: `runtime.ReadMemStats`.
    pub name: String,
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
}

pub struct Func {
    /// Link name as gc spells it: `main.f`, `main.T.M`, `main.(*T).M`, `main.init.0`.
    pub name: String,
    pub locals: Vec<Local>,
    /// Parameters in order; a method's receiver is the first.
    pub params: Vec<LocalId>,
    /// Result types. Results are returned by `Stmt::Return`.
    pub results: Vec<TypeId>,
    pub body: Block,
    /// `//go:noinline`.
    pub noinline: bool,
    pub span: Span,
}

impl Func {
    pub fn local(&self, id: LocalId) -> &Local {
        &self.locals[id.index()]
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LocalKind {
    Param,
    /// A named result (`func f() (n int)`); unnamed results have no local.
    Result,
    /// A variable the user declared.
    User,
    /// A compiler temporary (`~r0`-like; printed as `.tN`).
    Temp,
}

pub struct Local {
    pub name: String,
    pub ty: TypeId,
    pub kind: LocalKind,
    pub span: Span,
    /// Its address is taken (`&x`, or a pointer-receiver method call on it, or slicing an
    /// array variable): it must live in memory.
    pub addr_taken: bool,
    /// It lives on the heap (gc: `moved to heap: x`): the backend allocates it with
    /// `runtime.newobject` at its declaration (`Stmt::Decl`) and accesses it through the pointer.
    pub heap: bool,
}

pub type Block = Vec<Stmt>;

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// A local comes into scope and is set to its zero value (Go's `var x T`); runs again on each
    /// loop iteration where it sits in a loop body (per-iteration variables, Go 1.22).
    Decl(LocalId),
    /// `dst = src`. The source is evaluated fully before the destination is written.
    Assign(Place, Expr),
    /// `a, b = f()` with a call returning several results; None discards (`_`).
    AssignMulti(Vec<Option<Place>>, Expr),
    /// An expression evaluated for its effects (a call).
    Expr(Expr),
    If {
        cond: Expr,
        then: Block,
        els: Block,
    },
    /// `for { if !cond { break }; body; continue: post }`. `continue` runs `post`.
    Loop {
        label: LabelId,
        cond: Option<Expr>,
        body: Block,
        post: Block,
    },
    /// Clauses are tried in source order skipping `default`; `default` (conds empty) runs when
    /// none matched. A clause with `fallthrough` continues into the next clause's body.
    Switch {
        label: LabelId,
        clauses: Vec<SwitchClause>,
    },
    Break(LabelId),
    Continue(LabelId),
    Return(Vec<Expr>),
    /// `panic(v)`; `v` has the panicking value's own type (an interface once interfaces exist).
    Panic(Expr),
    /// `print`/`println`; `newline` is println (spaces between operands and a final newline).
    Print {
        args: Vec<Expr>,
        newline: bool,
    },
    Block(Block),
}

#[derive(Clone, Debug)]
pub struct SwitchClause {
    /// Boolean conditions, any of which selects the clause; empty for `default`.
    pub conds: Vec<Expr>,
    pub body: Block,
    pub fallthrough: bool,
    pub span: Span,
}

/// Something that can be assigned to or have its address taken.
#[derive(Clone, Debug)]
pub enum Place {
    Local(LocalId),
    Global(GlobalId),
    /// `*p`; faults (nil dereference panic) when `p` is nil.
    Deref(Box<Expr>),
    /// A field of a struct place, by index into the struct's fields.
    Field(Box<Place>, usize),
    /// An element of an array place; bounds-checked.
    Index(Box<Place>, Box<Expr>),
    /// An element of a slice value `s[i]`; bounds-checked against len.
    SliceElem(Box<Expr>, Box<Expr>),
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: TypeId,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    /// Any integer type, as the bits of the value sign- or zero-extended to 64 bits.
    Int(i64),
    /// float32 values are already rounded to float32.
    Float(f64),
    String(Vec<u8>),
    /// The zero value of a pointer, slice, or (later) interface type.
    Nil,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    Complement,
}

pub use frontend::ast::BinaryOp as BinOp;

#[derive(Clone, Debug)]
pub enum ExprKind {
    Const(Const),
    /// The zero value of `ty` (structs, arrays, …).
    Zero,
    Load(Place),
    /// `&place` (pointer to the place).
    Addr(Place),
    /// A field of a struct value (not addressable: `f().x`).
    FieldOf(Box<Expr>, usize),
    /// Element of an array value or byte of a string, bounds-checked.
    IndexOf(Box<Expr>, Box<Expr>),
    Unary(UnOp, Box<Expr>),
    /// Go semantics on the operand type: wrapping integer arithmetic, truncated division with
    /// divide-by-zero panic, shifts by any unsigned count (negative signed count panics),
    /// `==`/`!=` on any comparable type (strings, structs, arrays field-wise),
    /// ordering on numbers and strings, string `+`. `&&`/`||` short-circuit.
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// Numeric conversion, or a no-op change of type between identical underlying types
    /// (`MyInt(x)`, `unsafe.Pointer(p)`, `uintptr(p)`).
    Convert(Box<Expr>),
    /// `string(b)` for `b []byte`.
    StringFromBytes(Box<Expr>),
    /// `[]byte(s)`.
    BytesFromString(Box<Expr>),
    /// `string(r)` for an integer `r`.
    StringFromRune(Box<Expr>),
    /// `string(rs)` for `rs []rune`.
    StringFromRunes(Box<Expr>),
    /// `[]rune(s)`.
    RunesFromString(Box<Expr>),
    /// `s1 + s2 + …` (more than two operands merged, as gc's concatstrings).
    Concat(Vec<Expr>),
    /// Decodes the rune at byte index `i` of string `s`: a 2-tuple (rune int32, next index int).
    /// Only as the source of `AssignMulti`.
    DecodeRune(Box<Expr>, Box<Expr>),
    /// Call of a generated function; a `Tuple`-typed result is only used by `AssignMulti`.
    Call(FuncId, Vec<Expr>),
    /// Call of a runtime function.
    CallExtern(ExternId, Vec<Expr>),
    Len(Box<Expr>),
    Cap(Box<Expr>),
    /// `x[lo:hi:max]` of a slice, a string, or a pointer to an array (`Addr` of an array place).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// A heap allocation of one zeroed value of the pointer's element type: `new(T)`, `&T{}`
    /// (then initialised by an Assign through it), a moved-to-heap local.
    New,
    /// `make([]T, len, cap)`; cap None means cap = len.
    MakeSlice {
        len: Box<Expr>,
        cap: Option<Box<Expr>>,
    },
    /// A struct or array value built from elements: `(index, value)`; missing ones are zero.
    Composite(Vec<(usize, Expr)>),
    /// `append(s, elems...)` with the individual elements.
    Append(Box<Expr>, Vec<Expr>),
    /// `append(s, t...)` (t a slice, or a string when s is []byte).
    AppendSlice(Box<Expr>, Box<Expr>),
    /// `copy(dst, src)`; the result is the count (int).
    Copy(Box<Expr>, Box<Expr>),
}

impl Expr {
    pub fn new(kind: ExprKind, ty: TypeId, span: Span) -> Expr {
        Expr { kind, ty, span }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt { kind, span }
    }
}
