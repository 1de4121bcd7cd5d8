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
//! Entities live in arenas indexed by `u32` ids ([`FuncId`], [`LocalId`], [`GlobalId`],
//! [`SiteId`]). `Display` (in [`print`]) prints the textual IR used by `--dump-after` and
//! snapshot tests.
//!
//! The IR is a crate of its own (`typed-ir`; the middle end re-exports it as `middle::ir`),
//! depending on `base` only: the middle end builds it from the
//! checked syntax tree, the backend reads it, and the backend never sees the parser's crate.
//!
//! Values of aggregate type (string, slice, struct, array, interface) are values here; the
//! backend decides how they are held (registers, pairs, stack slots).

pub mod print;

use base::source::Span;
use base::symbols::Symbol;
use base::types::{PkgId, TypeId, Types};

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
    /// The compiled package (`main`); symbols are spelled from its path (`base::symbols`).
    pub pkg: PkgId,
    pub types: Types,
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// Functions implemented outside the generated code (the runtime), called by name.
    pub externs: Vec<Extern>,
    /// The packages written in Go, each after those it imports (package main last), with
    /// what initialising each runs.
    pub packages: Vec<PackageInit>,
    /// `main.main`.
    pub main: FuncId,
    /// Read-only statics holding constant data words of interface conversions
    /// (`main..stmp_N`, gc's `readonlystaticname`).
    pub statics: Vec<Static>,
    /// Methods of each defined type that has any, for type descriptors' method tables and
    /// itabs. The backend builds `T`'s and `*T`'s method sets from these (gc's rules).
    pub methods: Vec<TypeMethods>,
    /// Every allocation site of the program, by [`SiteId`].
    pub sites: Vec<SiteKind>,
    /// Each function's parameter tags, by [`FuncId`] (none: not known): escape analysis's
    /// results, which calls from other functions use. An archived function's
    /// ([`Func::archived`]) are the library archive's, set before escape analysis runs.
    pub escape_tags: Vec<Option<Vec<EscapeTag>>>,
}

/// What a parameter leaks to, as gc's escape analysis tags it (`leaks` in gc's `leaks.go`):
/// the fewest dereferences with which its value reaches the heap, the mutator, the callee of
/// a call through an unknown func value, then each of the first seven results; -1 for never.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct EscapeTag(pub [i32; 10]);

/// A package's initialisation (gc's `pkginit`).
#[derive(Clone, Debug)]
pub struct PackageInit {
    pub pkg: PkgId,
    /// The packages it imports.
    pub imports: Vec<PkgId>,
    /// `P.init`: the package variable initialisation left to run time, in dependency order
    /// (variables with a constant value are initialised statically, [`Global::init`]). As in
    /// gc, it exists when some package variable has an initialiser, even if nothing is left
    /// for it to do.
    pub init: Option<FuncId>,
    /// gc's `P..inittask` functions: what the runtime calls before `main.main`, in order —
    /// `P.init` when it does something, then the user's `init` functions (`P.init.0`, …).
    pub tasks: Vec<FuncId>,
}

impl Program {
    /// Whether `f` is a package's variable initialisation (`P.init`).
    pub fn is_init(&self, f: FuncId) -> bool {
        self.packages.iter().any(|p| p.init == Some(f))
    }

    /// A new allocation site.
    pub fn new_site(&mut self, kind: SiteKind) -> SiteId {
        self.sites.push(kind);
        SiteId(self.sites.len() as u32 - 1)
    }
}

/// A read-only static: `main..stmp_0`, holding `value` (a constant, or a composite of constants).
pub struct Static {
    pub sym: Symbol,
    pub value: Expr,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StaticId(pub u32);

/// The methods declared on one defined type `T` (receiver `T` or `*T`), sorted as gc sorts
/// method tables (by name, exported first).
pub struct TypeMethods {
    pub ty: TypeId,
    pub methods: Vec<MethodDecl>,
}

pub struct MethodDecl {
    pub name: String,
    /// The package of an unexported name; None when the name is exported.
    pub pkg: Option<PkgId>,
    /// The method's signature without receiver (a `Type::Func`).
    pub sig: TypeId,
    /// Declared with a pointer receiver (`func (t *T) M()`).
    pub ptr_recv: bool,
    /// The declared method (`main.T.M` or `main.(*T).M`).
    pub func: FuncId,
    /// For a value method: the generated pointer wrapper `main.(*T).M` (itab entries call it
    /// with the data word), None for pointer methods.
    pub ptr_wrapper: Option<FuncId>,
}

pub struct Global {
    /// `main.x`.
    pub sym: Symbol,
    pub ty: TypeId,
    pub span: Span,
    /// The initial value when it is static (a constant, or a composite of constants: gc's
    /// staticinit) and not zero; the variable is then data, not `.bss`.
    pub init: Option<Expr>,
    /// Defined elsewhere (`//go:linkname x runtime.zeroVal`): the program refers to `sym`.
    pub external: bool,
    /// Never written: read-only data (gc's `readonlystaticname`, the arrays a large map
    /// literal is filled from).
    pub read_only: bool,
}

pub struct Extern {
    /// Link name: `runtime.ReadMemStats`.
    pub name: String,
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// Declared `//go:noescape`: its arguments do not escape (otherwise escape analysis
    /// assumes, as gc does of a function without a body, that it keeps them).
    pub noescape: bool,
}

pub struct Func {
    /// The symbol as gc names it: `main.f`, `main.T.M`, `main.(*T).M`, `main.init.0`.
    pub sym: Symbol,
    pub locals: Vec<Local>,
    /// Parameters in order; a method's receiver is the first.
    pub params: Vec<LocalId>,
    /// Result types. Results are returned by `Stmt::Return`.
    pub results: Vec<TypeId>,
    pub body: Block,
    /// `//go:noinline`.
    pub noinline: bool,
    /// Generated by the compiler (method wrappers): listed at `<autogenerated>:1` as gc does.
    pub autogenerated: bool,
    /// Declared only: a function of the standard library whose code is in the library
    /// archive, compiled once (the driver's `archive.rs`). Its body here is empty; its
    /// parameters' escape tags are the archive's.
    pub archived: bool,
    pub span: Span,
    /// For a function literal: the function it is written in (gc's `ClosureParent`).
    pub outer: Option<FuncId>,
    /// For a function literal: the variables of enclosing functions it uses (gc's
    /// `ClosureVars`), in the order of their first use, which is their order in the funcval.
    pub captures: Vec<Capture>,
}

/// A variable a function literal captures: `local` is the literal's own name for it (a
/// [`LocalKind::Captured`] local), set at entry from the funcval the call came with.
#[derive(Clone, Debug)]
pub struct Capture {
    pub local: LocalId,
    /// Captured by reference: the funcval holds the variable's address, and `local` is
    /// accessed through it (it is `heap`). Escape analysis decides (gc's rule: by value when
    /// never reassigned after the capture, its address never taken, and at most 128 bytes);
    /// the walk pass records it. False until then.
    pub by_ref: bool,
}

impl Func {
    pub fn local(&self, id: LocalId) -> &Local {
        &self.locals[id.index()]
    }

    /// A function literal that captures variables (gc's `IsClosure`): it is analysed with the
    /// function it stands in, and its value is a funcval allocated where it is made. A literal
    /// without captures is an ordinary function whose value is read-only data.
    pub fn is_closure(&self) -> bool {
        self.outer.is_some() && !self.captures.is_empty()
    }

    /// Whether it keeps a defer record: it has `defer` statements, or range-over-func loop
    /// bodies defer onto it ([`ExprKind::DeferRangeFunc`]), or it is such a body (gc marks a
    /// function with any defer statement, `deferreturn` at its exits, even one deferring onto
    /// another frame).
    pub fn has_defer_frame(&self) -> bool {
        self.defer_slots() > 0 || self.defers_for_loop_bodies()
    }

    /// Whether range-over-func loop bodies defer calls onto its frame, or it is a body that
    /// does.
    fn defers_for_loop_bodies(&self) -> bool {
        let mut found = false;
        walk_exprs(&self.body, &mut |e| {
            found |= matches!(e.kind, ExprKind::DeferRangeFunc)
        });
        walk_stmts(&self.body, &mut |s| {
            found |= matches!(s.kind, StmtKind::DeferAt { .. })
        });
        found
    }

    /// The number of its `defer` statements (0: it defers nothing).
    pub fn defer_slots(&self) -> u32 {
        let mut n = 0;
        walk_stmts(&self.body, &mut |s| {
            if let StmtKind::Defer { slot, .. } = s.kind {
                n = n.max(slot + 1);
            }
        });
        n
    }

    /// Whether gc open-codes its defers (ssagen's rule): at most 8 defer statements, none in a
    /// loop, at most 15 return statements × defer statements, and no loop body deferring onto
    /// its frame.
    pub fn open_coded_defers(&self) -> bool {
        let (mut in_loop, mut returns) = (false, 0u32);
        walk_stmts(&self.body, &mut |s| match s.kind {
            StmtKind::Defer { in_loop: l, .. } => in_loop |= l,
            StmtKind::Return(_) => returns += 1,
            _ => {}
        });
        let n = self.defer_slots();
        !in_loop && n <= 8 && returns * n <= 15 && !self.defers_for_loop_bodies()
    }

    /// A wrapper gc hides from `recover`'s count of frames (its `FuncIDWrapper`): the
    /// autogenerated method wrappers and the wrappers of deferred calls.
    pub fn is_wrapper(&self) -> bool {
        self.autogenerated || matches!(self.sym, base::symbols::Symbol::DeferWrap { .. })
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
    /// A variable of an enclosing function, as a function literal sees it ([`Capture`]).
    Captured,
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
    /// A point a `Goto` jumps to: a label of the source that some `goto` names.
    Label(LabelId),
    /// `goto`: jumps to the `Label` with this id, in this block or an enclosing one (the
    /// checker allows no other).
    Goto(LabelId),
    Return(Vec<Expr>),
    /// `panic(v)`; `v` is the argument converted to `interface{}`, as gc converts it.
    Panic(Expr),
    /// `defer`: the deferred function `func` (a `func()` value: a literal, or the wrapper gc
    /// makes of any other call, `main.f.deferwrap1`) is called when the function returns or
    /// panics, the last deferred first. `slot` numbers the function's defer statements in
    /// source order; `in_loop`: the statement is in a loop (its funcval escapes, gc's heap
    /// defer record). The backend open-codes a function's defers (slot `slot` of its frame)
    /// when gc does, else keeps defer records (gc's `deferprocStack`/`deferproc`).
    Defer {
        func: Expr,
        slot: u32,
        in_loop: bool,
    },
    /// `defer` in a range-over-func loop body: `func` is deferred onto the enclosing
    /// function's frame, `frame` the token [`ExprKind::DeferRangeFunc`] gave there (gc's
    /// `runtime.deferprocat`). The funcval goes to the heap, as in a loop.
    DeferAt {
        func: Expr,
        frame: Expr,
    },
    /// Faults (gc's nil dereference panic) if the interface value is nil: gc's `OCHECKNIL`
    /// of the receiver of a deferred interface method call, at the `defer` statement.
    NilCheck(Expr),
    /// `print`/`println`; `newline` is println (spaces between operands and a final newline).
    /// The walk pass turns it into runtime calls; the backend never sees one.
    Print {
        args: Vec<Expr>,
        newline: bool,
    },
    Block(Block),
    /// `switch [v :=] x.(type)`. `x` is an interface value evaluated once (a `Load` of a temp).
    /// The backend dispatches as gc does (walk/switch.go): nil check; concrete cases by the type
    /// hash (binary search, or a jump table with ≥5 distinct hashes) confirmed by comparing the
    /// type word (eface) or itab (iface) pointer; all interface cases with one
    /// `runtime.interfaceSwitch` call through a `main..interfaceSwitch.N` descriptor.
    TypeSwitch {
        label: LabelId,
        x: Expr,
        clauses: Vec<TypeClause>,
    },
}

#[derive(Clone, Debug)]
pub struct TypeClause {
    /// Empty for `default`.
    pub cases: Vec<TypeCase>,
    /// The clause's implicit variable: with one non-nil case it has that case's type and is
    /// set from the matched value (the data word loaded as T, or the (itab, data) pair for an
    /// interface case); otherwise it has `x`'s type and is set to `x`.
    pub bind: Option<LocalId>,
    pub body: Block,
    pub span: Span,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TypeCase {
    Nil,
    /// A concrete (non-interface) type.
    Concrete(TypeId),
    /// An interface type.
    Iface(TypeId),
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
    /// An element of an array place; bounds-checked (a failing check is at the span, the
    /// `[`, as gc's position of an index).
    Index(Box<Place>, Box<Expr>, Span),
    /// An element of a slice value `s[i]`; bounds-checked against len (at the span, the `[`).
    SliceElem(Box<Expr>, Box<Expr>, Span),
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: TypeId,
    pub span: Span,
    /// For an expression that may allocate or that a remark names ([`site_kind`]): its site.
    /// Escape analysis's decisions and `-m` remarks are keyed by it, never by position.
    pub site: Option<SiteId>,
}

/// An allocation site: one IR expression that may allocate, an id into [`Program::sites`].
/// Lowering gives every allocating expression its own; what gc calls it in remarks is a
/// side table (`lower::Notes::sites`), and so is what escape analysis decides for it.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SiteId(pub u32);

impl SiteId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What an allocation site allocates.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum SiteKind {
    New,
    MakeSlice,
    StringFromBytes,
    BytesFromString,
    StringFromRune,
    StringFromRunes,
    RunesFromString,
    Concat,
    Append,
    /// A conversion to an interface whose data word is not the value itself.
    ConvIface,
    /// A function literal's funcval (`func literal escapes to heap`).
    Closure,
    /// `make(map…)` or a map literal: the map's header (and first group).
    MakeMap,
    /// A method value's funcval (`t.M escapes to heap`).
    MethodValue,
    /// An interface method call. It allocates nothing, but devirtualization may make it
    /// direct, and the remarks that name it (and the sites whose texts contain it) follow.
    IfaceCall,
}

/// The site kind of an allocating IR expression, or of an interface call.
pub fn site_kind(e: &ExprKind) -> Option<SiteKind> {
    Some(match e {
        ExprKind::New => SiteKind::New,
        ExprKind::MakeSlice { .. } => SiteKind::MakeSlice,
        ExprKind::Map(MapOp::Make { .. }, _) => SiteKind::MakeMap,
        ExprKind::StringFromBytes(_) => SiteKind::StringFromBytes,
        ExprKind::BytesFromString(_) => SiteKind::BytesFromString,
        ExprKind::StringFromRune(_) => SiteKind::StringFromRune,
        ExprKind::StringFromRunes(_) => SiteKind::StringFromRunes,
        ExprKind::RunesFromString(_) => SiteKind::RunesFromString,
        ExprKind::Concat(_) => SiteKind::Concat,
        ExprKind::Append(..) | ExprKind::AppendSlice(..) => SiteKind::Append,
        ExprKind::CallIface { .. } => SiteKind::IfaceCall,
        ExprKind::Closure { .. } => SiteKind::Closure,
        ExprKind::MethodValue { .. } => SiteKind::MethodValue,
        ExprKind::MakeIface { data, .. }
            if !matches!(data, DataWord::Direct | DataWord::Global(_)) =>
        {
            SiteKind::ConvIface
        }
        _ => return None,
    })
}

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    /// Any integer type, as the bits of the value sign- or zero-extended to 64 bits.
    Int(i64),
    /// float32 values are already rounded to float32.
    Float(f64),
    /// Real and imaginary parts; a complex64's are already rounded to float32.
    Complex(f64, f64),
    String(Vec<u8>),
    /// The zero value of a pointer, slice, or (later) interface type.
    Nil,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    Complement,
    /// `real(x)` and `imag(x)` of a complex number (gc's OREAL, OIMAG).
    Real,
    Imag,
}

pub use base::ops::BinaryOp as BinOp;

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
    /// Element of an array value or byte of a string, bounds-checked (at the span, the `[`).
    IndexOf(Box<Expr>, Box<Expr>, Span),
    Unary(UnOp, Box<Expr>),
    /// Go semantics on the operand type: wrapping integer arithmetic, truncated division with
    /// divide-by-zero panic, shifts by any unsigned count (negative signed count panics),
    /// `==`/`!=` on any comparable type (strings, structs, arrays field-wise),
    /// ordering on numbers and strings. `&&`/`||` short-circuit. (String `+` is [`ExprKind::Concat`].)
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `complex(re, im)` of two floats (gc's OCOMPLEX).
    Complex(Box<Expr>, Box<Expr>),
    /// gc's `runtime.deferrangefunc()`: the token of this function's defer record, onto which
    /// the bodies of its range-over-func loops defer calls ([`StmtKind::DeferAt`]). A
    /// function using it keeps a defer record and does not open-code its defers.
    DeferRangeFunc,
    /// Numeric conversion, or a no-op change of type between identical underlying types
    /// (`MyInt(x)`, `unsafe.Pointer(p)`, `uintptr(p)`).
    Convert(Box<Expr>),
    /// `string(b)` for `b []byte`. This and the other string conversions below, like
    /// [`ExprKind::Concat`], become runtime calls in the walk pass; the backend never sees one.
    StringFromBytes(Box<Expr>),
    /// `[]byte(s)`.
    BytesFromString(Box<Expr>),
    /// `string(r)` for an integer `r`.
    StringFromRune(Box<Expr>),
    /// `string(rs)` for `rs []rune`.
    StringFromRunes(Box<Expr>),
    /// `[]rune(s)`.
    RunesFromString(Box<Expr>),
    /// `s1 + s2 + …`: string concatenation, its operands merged as gc's `OADDSTR` (the walk
    /// pass makes it a `concatstringN`/`concatstrings` call).
    Concat(Vec<Expr>),
    /// Decodes the rune at byte index `i` of string `s`: a 2-tuple (rune int32, next index int).
    /// Only as the source of `AssignMulti`; the walk pass expands it (ASCII inline, the rest a
    /// `runtime.decoderune` call), so the backend never sees one.
    DecodeRune(Box<Expr>, Box<Expr>),
    /// `unsafe.Add(p, n)`: the `unsafe.Pointer` `p` plus `n` bytes (an `int`).
    UnsafeAdd(Box<Expr>, Box<Expr>),
    /// A string of a data pointer and a length (an `int`), without a copy: `unsafe.String`
    /// once its checks passed (gc's `OSTRINGHEADER`).
    StringHeader(Box<Expr>, Box<Expr>),
    /// A slice of a data pointer, a length and a capacity (`int`s): `unsafe.Slice` once its
    /// checks passed (gc's `OSLICEHEADER`).
    SliceHeader(Box<Expr>, Box<Expr>, Box<Expr>),
    /// The data pointer of a string or a slice: `unsafe.StringData`, `unsafe.SliceData`
    /// (gc's `OSPTR`).
    DataPtr(Box<Expr>),
    /// Call of a generated function; a `Tuple`-typed result is only used by `AssignMulti`.
    Call(FuncId, Vec<Expr>),
    /// The func value of a top-level function: the address of its funcval, gc's read-only
    /// `main.f·f`, whose one word is the function's code address.
    FuncValue(FuncId),
    /// A method value `x.M` (gc's `OMETHVALUE`): a funcval `{ F: wrapper, R: recv }` where
    /// `wrapper` is gc's `main.T.M-fm` (or `(*T).M-fm`, `I.M-fm`), whose one capture is the
    /// receiver, evaluated here: a copy for a value method, the pointer for a pointer method,
    /// the interface value (nil panics here, as in gc) for an interface's method.
    MethodValue {
        wrapper: FuncId,
        /// The declared method, whose receiver's escape tag `recv` flows by; None for an
        /// interface's method.
        method: Option<FuncId>,
        recv: Box<Expr>,
        /// Set by the walk pass: the funcval's struct type (`struct { F uintptr; R T }`).
        env: Option<TypeId>,
        /// Set by the walk pass when the method value does not escape: its stack temporary.
        buf: Option<LocalId>,
    },
    /// A call through a func value (the first operand, of a `Type::Func` type): the code
    /// address is the funcval's first word, and the funcval itself is passed as a hidden
    /// last argument (the closure context; functions that are not literals ignore it). A nil
    /// func value faults as a nil dereference.
    CallValue(Box<Expr>, Vec<Expr>),
    /// A function literal's value (gc's `OCLOSURE`): a funcval holding the code address of
    /// `func`, then each captured variable — its value, or its address (`Addr`) when captured
    /// by reference — in the order of [`Func::captures`]. Without captures it is the
    /// literal's read-only `main.f.func1·f`, as a top-level function's [`ExprKind::FuncValue`].
    Closure {
        func: FuncId,
        captures: Vec<Expr>,
        /// Set by the walk pass when there are captures: the funcval's struct type (gc's
        /// `struct { F uintptr; X0 T0; … }`).
        env: Option<TypeId>,
        /// Set by the walk pass when the literal does not escape: the stack temporary holding
        /// the funcval; otherwise it is allocated with `runtime.newobject`.
        buf: Option<LocalId>,
    },
    /// Runs the statements, then gives the value: gc's init list of an expression. The walk
    /// pass makes one where an expression needs statements run first (a stack buffer, a
    /// stack object) and nothing may go before its statement: a loop's condition, a case's
    /// expression, the right operand of `&&`/`||`; the statements then run each time, and
    /// only when, the value is computed.
    Seq(Block, Box<Expr>),
    /// Call of a runtime function.
    CallExtern(ExternId, Vec<Expr>),
    Len(Box<Expr>),
    Cap(Box<Expr>),
    /// `x[lo:hi:max]` of a slice, a string, or a pointer to an array (`Addr` of an array place);
    /// a failing bounds check is at `at`, the `[`.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        at: Span,
    },
    /// A heap allocation of one zeroed value of the pointer's element type: `new(T)`, `&T{}`
    /// (then initialised by an Assign through it), a moved-to-heap local.
    New,
    /// A map operation (gc's OMAKEMAP, OINDEXMAP, ODELETE, OCLEAR of a map, the iteration of
    /// a range over a map): a call of gc's runtime function for the map type, which the
    /// backend picks (the `_fast32`/`_fast64`/`_faststr` variants by key type, as gc's
    /// `walk.mapfast`) and passes `type:map[K]V` to. The operands are listed by [`MapOp`].
    Map(MapOp, Vec<Expr>),
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
    /// A concrete value converted to an interface (`ty`): gc's OCONVIFACE after walk. The type
    /// word is `&type:T` for an empty interface, `&go:itab.T,I` otherwise; `data` says how the
    /// data word is made (the lowering choice users study).
    MakeIface {
        value: Box<Expr>,
        data: DataWord,
    },
    /// Interface → empty interface: the type word becomes `itab.Type` (nil stays nil).
    IfaceToEface(Box<Expr>),
    /// Interface → non-empty interface (`ty`), compiled as gc does, like `v, _ := x.(I)`:
    /// `runtime.typeAssert` through a descriptor with CanFail; nil gives nil.
    IfaceToIface(Box<Expr>),
    /// `x.M(args)` with `x` an interface: loads `itab.Fun[method]` (offset 24 + 8*method; the
    /// method's index in the interface's sorted method list) and calls it with the data word
    /// as the receiver.
    CallIface {
        recv: Box<Expr>,
        method: usize,
        args: Vec<Expr>,
    },
    /// `x.(T)` with T concrete: compare the type word with `&type:T` (or the itab with
    /// `&go:itab.T,I`); on success the value is the data word (direct) or loaded through it.
    /// Single-result: fails with panicdottypeE/I. `comma_ok`: a 2-tuple (T, bool), zero on failure.
    AssertConcrete {
        x: Box<Expr>,
        comma_ok: bool,
    },
    /// `x.(I)` with I an interface: nil check, then (non-empty I) `runtime.typeAssert` through a
    /// `main..typeAssert.N` descriptor; `comma_ok` as above.
    AssertIface {
        x: Box<Expr>,
        comma_ok: bool,
    },
}

/// What an [`ExprKind::Map`] does, and its operands.
#[derive(Clone, Debug, PartialEq)]
pub enum MapOp {
    /// `make(map[K]V[, hint])` (operands: the hint, if any, an `int`); the map type is the
    /// expression's. `stack` is set by the walk pass when the map does not escape: the
    /// locals holding its header (gc's `maps.Map`) and, for a small map, its first group.
    Make {
        stack: Option<(LocalId, Option<LocalId>)>,
    },
    /// `m[k]` (operands: m, k): the element's value, or with `comma_ok` a 2-tuple (V, bool).
    Index { comma_ok: bool },
    /// The slot `m[k]` is stored into (operands: m, k), a `*V`: gc's `mapassign`, which
    /// inserts the key if absent.
    Assign,
    /// `delete(m, k)` (operands: m, k).
    Delete,
    /// `clear(m)` (operand: m).
    Clear,
    /// Starts an iteration (operands: m, the address of a `maps.Iter` temporary).
    IterStart,
    /// Advances an iteration (operand: the iterator's address); at the end its first word,
    /// the key pointer, is nil.
    IterNext,
}

/// How the data word of a concrete → interface conversion is made: gc's `walk.dataWord`
/// decision (walk/convert.go), first match wins.
#[derive(Clone, Debug, PartialEq)]
pub enum DataWord {
    /// Pointer-shaped type (size and pointer bytes one word): the value itself.
    Direct,
    /// Zero-size type: `&runtime.zerobase` (the operand is still evaluated).
    ZeroBase,
    /// bool or a 1-byte integer: `&runtime.staticuint64s[v*8]`.
    StaticUint64s,
    /// An all-zero composite literal of size ≤ 1024: `&runtime.zeroVal`.
    ZeroVal,
    /// A constant or static composite literal: a read-only static holding the value.
    ReadOnlyStatic(StaticId),
    /// The conversion does not escape and the value is ≤ 1024 bytes: `&tmp` of a stack copy.
    StackTemp,
    /// A package variable's initialiser, converted as gc's staticinit converts it: the value
    /// lives in a package-level temporary (`main..stmp_N`), and the data word is its address.
    Global(GlobalId),
    /// A runtime call makes the data word (and may allocate).
    Call(ConvFunc),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ConvFunc {
    ConvT16,
    ConvT32,
    ConvT64,
    ConvTstring,
    ConvTslice,
    /// By address, for types with pointers: `convT(&type:T, &v)`.
    ConvT,
    /// By address, pointer-free types: `convTnoptr(&type:T, &v)`.
    ConvTnoptr,
}

impl ConvFunc {
    /// The runtime function's link name.
    pub fn symbol(self) -> &'static str {
        match self {
            ConvFunc::ConvT16 => "runtime.convT16",
            ConvFunc::ConvT32 => "runtime.convT32",
            ConvFunc::ConvT64 => "runtime.convT64",
            ConvFunc::ConvTstring => "runtime.convTstring",
            ConvFunc::ConvTslice => "runtime.convTslice",
            ConvFunc::ConvT => "runtime.convT",
            ConvFunc::ConvTnoptr => "runtime.convTnoptr",
        }
    }
}

impl Expr {
    pub fn new(kind: ExprKind, ty: TypeId, span: Span) -> Expr {
        Expr {
            kind,
            ty,
            span,
            site: None,
        }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt { kind, span }
    }
}

/// The child traversals every pass shares, written once for `&` and `&mut`. The order is
/// fixed (operands left to right, as they are evaluated); lowering numbers the allocation
/// sites in this order.
macro_rules! traversals {
    ($for_each_child:ident, $for_each_expr:ident, $($mut_:ident)?) => {
        impl Expr {
            /// Calls `f` on each direct subexpression (including those inside a `Place`).
            pub fn $for_each_child(&$($mut_)? self, f: &mut dyn FnMut(&$($mut_)? Expr)) {
                match &$($mut_)? self.kind {
                    ExprKind::Const(_)
                    | ExprKind::Zero
                    | ExprKind::New
                    | ExprKind::FuncValue(_)
                    | ExprKind::DeferRangeFunc => {}
                    ExprKind::Load(p) | ExprKind::Addr(p) => p.$for_each_expr(f),
                    ExprKind::FieldOf(x, _)
                    | ExprKind::Unary(_, x)
                    | ExprKind::Convert(x)
                    | ExprKind::StringFromBytes(x)
                    | ExprKind::BytesFromString(x)
                    | ExprKind::StringFromRune(x)
                    | ExprKind::StringFromRunes(x)
                    | ExprKind::RunesFromString(x)
                    | ExprKind::Len(x)
                    | ExprKind::Cap(x)
                    | ExprKind::MakeIface { value: x, .. }
                    | ExprKind::IfaceToEface(x)
                    | ExprKind::IfaceToIface(x)
                    | ExprKind::AssertConcrete { x, .. }
                    | ExprKind::AssertIface { x, .. }
                    | ExprKind::MethodValue { recv: x, .. }
                    | ExprKind::DataPtr(x) => f(x),
                    // The statements' expressions are not children ([`walk_expr`] visits them).
                    ExprKind::Seq(_, x) => f(x),
                    ExprKind::IndexOf(a, b, _)
                    | ExprKind::Binary(_, a, b)
                    | ExprKind::Complex(a, b)
                    | ExprKind::DecodeRune(a, b)
                    | ExprKind::UnsafeAdd(a, b)
                    | ExprKind::StringHeader(a, b)
                    | ExprKind::AppendSlice(a, b)
                    | ExprKind::Copy(a, b) => {
                        f(a);
                        f(b);
                    }
                    ExprKind::Concat(v)
                    | ExprKind::Map(_, v)
                    | ExprKind::Call(_, v)
                    | ExprKind::CallExtern(_, v)
                    | ExprKind::Closure { captures: v, .. } => {
                        for x in v {
                            f(x);
                        }
                    }
                    ExprKind::Slice { x, lo, hi, max, .. } => {
                        f(x);
                        for b in [lo, hi, max].into_iter().flatten() {
                            f(b);
                        }
                    }
                    ExprKind::SliceHeader(a, b, c) => {
                        f(a);
                        f(b);
                        f(c);
                    }
                    ExprKind::MakeSlice { len, cap } => {
                        f(len);
                        if let Some(c) = cap {
                            f(c);
                        }
                    }
                    ExprKind::Composite(items) => {
                        for (_, v) in items {
                            f(v);
                        }
                    }
                    ExprKind::Append(s, elems) => {
                        f(s);
                        for x in elems {
                            f(x);
                        }
                    }
                    ExprKind::CallIface { recv, args, .. } | ExprKind::CallValue(recv, args) => {
                        f(recv);
                        for x in args {
                            f(x);
                        }
                    }
                }
            }
        }

        impl Place {
            /// Calls `f` on each expression the place evaluates (through nested places).
            pub fn $for_each_expr(&$($mut_)? self, f: &mut dyn FnMut(&$($mut_)? Expr)) {
                match self {
                    Place::Local(_) | Place::Global(_) => {}
                    Place::Deref(e) => f(e),
                    Place::Field(p, _) => p.$for_each_expr(f),
                    Place::Index(p, i, _) => {
                        p.$for_each_expr(f);
                        f(i);
                    }
                    Place::SliceElem(s, i, _) => {
                        f(s);
                        f(i);
                    }
                }
            }
        }
    };
}

traversals!(for_each_child, for_each_expr,);
traversals!(for_each_child_mut, for_each_expr_mut, mut);

/// What a statement holds directly: an expression, a place assigned to, or a nested block.
#[derive(Copy, Clone)]
pub enum StmtPart<'a> {
    Expr(&'a Expr),
    Place(&'a Place),
    Block(&'a Block),
}

/// [`StmtPart`] for passes that change what they visit.
pub enum StmtPartMut<'a> {
    Expr(&'a mut Expr),
    Place(&'a mut Place),
    Block(&'a mut Block),
}

/// The statement traversal, written once for `&` and `&mut` (as `traversals!` is for
/// expressions).
macro_rules! part_traversal {
    ($for_each_part:ident, $Part:ident, $($mut_:ident)?) => {
        impl Stmt {
            /// Calls `f` on each part of the statement, in evaluation order: an assignment's
            /// places before its value, a condition before the blocks it chooses, a switch
            /// clause's conditions before its body.
            pub fn $for_each_part(&$($mut_)? self, f: &mut dyn FnMut($Part<'_>)) {
                match &$($mut_)? self.kind {
                    StmtKind::Decl(_)
                    | StmtKind::Break(_)
                    | StmtKind::Continue(_)
                    | StmtKind::Label(_)
                    | StmtKind::Goto(_) => {}
                    StmtKind::Assign(p, e) => {
                        f($Part::Place(p));
                        f($Part::Expr(e));
                    }
                    StmtKind::AssignMulti(ps, e) => {
                        for p in ps.into_iter().flatten() {
                            f($Part::Place(p));
                        }
                        f($Part::Expr(e));
                    }
                    StmtKind::Expr(e)
                    | StmtKind::Panic(e)
                    | StmtKind::NilCheck(e)
                    | StmtKind::Defer { func: e, .. } => f($Part::Expr(e)),
                    StmtKind::DeferAt { func, frame } => {
                        f($Part::Expr(func));
                        f($Part::Expr(frame));
                    }
                    StmtKind::If { cond, then, els } => {
                        f($Part::Expr(cond));
                        f($Part::Block(then));
                        f($Part::Block(els));
                    }
                    StmtKind::Loop {
                        cond, body, post, ..
                    } => {
                        if let Some(c) = cond {
                            f($Part::Expr(c));
                        }
                        f($Part::Block(body));
                        f($Part::Block(post));
                    }
                    StmtKind::Switch { clauses, .. } => {
                        for c in clauses {
                            for e in & $($mut_)? c.conds {
                                f($Part::Expr(e));
                            }
                            f($Part::Block(& $($mut_)? c.body));
                        }
                    }
                    StmtKind::Return(es) | StmtKind::Print { args: es, .. } => {
                        for e in es {
                            f($Part::Expr(e));
                        }
                    }
                    StmtKind::Block(b) => f($Part::Block(b)),
                    StmtKind::TypeSwitch { x, clauses, .. } => {
                        f($Part::Expr(x));
                        for c in clauses {
                            f($Part::Block(& $($mut_)? c.body));
                        }
                    }
                }
            }
        }
    };
}

part_traversal!(for_each_part, StmtPart,);
part_traversal!(for_each_part_mut, StmtPartMut, mut);

/// Every statement of `b` and of the blocks nested in it, each before those inside it.
pub fn walk_stmts(b: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    for s in b {
        f(s);
        s.for_each_part(&mut |part| {
            if let StmtPart::Block(inner) = part {
                walk_stmts(inner, f);
            }
        });
    }
}

/// Every expression node of `b`, nested blocks included, in a fixed pre-order: statements in
/// order, each statement's parts in [`Stmt::for_each_part`] order, an expression before its
/// operands ([`Expr::for_each_child`] order).
pub fn walk_exprs(b: &[Stmt], f: &mut dyn FnMut(&Expr)) {
    for s in b {
        s.for_each_part(&mut |part| match part {
            StmtPart::Expr(e) => walk_expr(e, f),
            StmtPart::Place(p) => p.for_each_expr(&mut |e| walk_expr(e, f)),
            StmtPart::Block(inner) => walk_exprs(inner, f),
        });
    }
}

/// `e` and everything below it, in pre-order.
pub fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    if let ExprKind::Seq(stmts, _) = &e.kind {
        walk_exprs(stmts, f);
    }
    e.for_each_child(&mut |c| walk_expr(c, f));
}

/// [`walk_exprs`] for passes that change the expressions they visit.
pub fn walk_exprs_mut(b: &mut [Stmt], f: &mut dyn FnMut(&mut Expr)) {
    for s in b {
        s.for_each_part_mut(&mut |part| match part {
            StmtPartMut::Expr(e) => walk_expr_mut(e, f),
            StmtPartMut::Place(p) => p.for_each_expr_mut(&mut |e| walk_expr_mut(e, f)),
            StmtPartMut::Block(inner) => walk_exprs_mut(inner, f),
        });
    }
}

/// [`walk_expr`] for passes that change the expressions they visit.
pub fn walk_expr_mut(e: &mut Expr, f: &mut dyn FnMut(&mut Expr)) {
    f(e);
    if let ExprKind::Seq(stmts, _) = &mut e.kind {
        walk_exprs_mut(stmts, f);
    }
    e.for_each_child_mut(&mut |c| walk_expr_mut(c, f));
}
