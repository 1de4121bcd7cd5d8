//! The surface syntax: what the user wrote, as the parser builds it.
//!
//! Shaped like go/ast: types are expressions (`[]int(x)` is a call whose function is an
//! `ArrayType`), so the parser never has to decide whether a name is a type. The checker decides,
//! and records what it found in side tables keyed by [`NodeId`] (see `check::Info`).
//!
//! Constructs outside gocrane's subset (goroutines, channels, maps, closures, generics, …) are
//! still parsed into nodes so that the checker can reject them by name at their position.

use crate::source::Span;

/// Identity of an expression or identifier, unique within one parse session (all files of a
/// package share one counter). The checker's side tables are keyed by it.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// Hands out [`NodeId`]s. One generator serves all files of a package (and the checker's
/// runtime stub), so ids are unique across them.
#[derive(Debug, Default)]
pub struct NodeIdGen {
    next: u32,
}

impl NodeIdGen {
    pub fn new() -> NodeIdGen {
        NodeIdGen::default()
    }

    /// A fresh id.
    pub fn next_id(&mut self) -> NodeId {
        let id = NodeId(self.next);
        self.next += 1;
        id
    }

    /// The id the next call to [`NodeIdGen::next_id`] returns (the parser numbers nodes in a
    /// `Cell` and hands the counter back with [`NodeIdGen::set_next`]).
    pub fn peek(&self) -> u32 {
        self.next
    }

    pub fn set_next(&mut self, next: u32) {
        self.next = self.next.max(next);
    }
}

#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    pub span: Span,
    /// The file's `//go:linkname local target` directives (with a target), in order.
    pub linknames: Vec<Linkname>,
}

/// `//go:linkname local target`: the package-level `local` is the symbol `target`.
#[derive(Clone, Debug)]
pub struct Linkname {
    pub local: String,
    pub target: String,
    /// Where gc reports about it: the directive's text, after `//`.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Import {
    /// `import r "runtime"` names it `r`; `_` and `.` are kept as written.
    pub name: Option<Ident>,
    /// The path without quotes.
    pub path: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty when the spec repeats the previous spec's type and values (`const ( A = iota; B )`);
    /// the checker re-evaluates the previous list with this spec's `iota`.
    pub values: Vec<Expr>,
    /// The value of `iota` in this spec: its index in the parenthesised group.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    /// `type T[P any] …`: rejected as generics.
    pub type_params: Option<Span>,
    /// `type A = B`
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, Default)]
pub struct Pragmas {
    /// `//go:noinline` on the line(s) just above the func.
    pub noinline: bool,
    /// `//go:noescape` above a func declared without a body: its pointer arguments do not
    /// escape (taken into account for gocrane's library's runtime-implemented functions).
    pub noescape: bool,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Param>,
    pub name: Ident,
    /// `func f[T any]()`: rejected as generics.
    pub type_params: Option<Span>,
    pub ty: FuncType,
    /// None for a declaration without body (only allowed in gocrane's runtime stub).
    pub body: Option<Block>,
    pub pragmas: Pragmas,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: Option<Ident>,
    pub ty: Expr,
    /// `xs ...int` (only the last parameter).
    pub variadic: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// From `{` to `}` inclusive.
    pub span: Span,
}

impl Block {
    /// The position of the closing brace (gc reports `missing return` there).
    pub fn rbrace(&self) -> Span {
        Span {
            file: self.span.file,
            lo: self.span.hi.saturating_sub(1),
            hi: self.span.hi,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=` is `Op(BinaryOp::Add)`
    Op(BinaryOp),
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    /// Local `const`, `var` or `type`.
    Decl(Decl),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        chan: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
        op_span: Span,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    /// Expression switch; `tag` None is `switch { … }` (tag `true`).
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        body_span: Span,
    },
    /// `switch [init;] [v :=] x.(type) { … }`
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<CaseClause>,
        body_span: Span,
    },
    Select {
        clauses: Vec<CommClause>,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [k[, v] (:=|=)] range x { … }`
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Keys the implicit variable of a type-switch clause in `check::Info::implicits`.
    pub id: NodeId,
    /// Empty for `default`. In a type switch, types (and `nil`).
    pub exprs: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    /// From `case`/`default` to the colon.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// None for `default`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub kind: ExprKind,
    pub span: Span,
}

pub use base::constant::LitKind;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Complement,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

pub use base::ops::BinaryOp;

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Complement => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
        }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug)]
pub struct Element {
    /// Field name, index, or (for maps) key. A field name is an `Ident` expression.
    pub key: Option<Expr>,
    /// May be a `CompositeLit` with `ty: None` (elided type).
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub struct Field {
    /// Empty for an embedded field (`T` or `*T`).
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub embedded: bool,
    /// The tag's string literal as written, quotes included.
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        ty: FuncType,
    },
    /// An embedded interface name (or, rejected as generics, a type union / constraint).
    Embedded(Expr),
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(String),
    /// `raw` is the literal exactly as written (quotes, prefixes and underscores included).
    BasicLit {
        kind: LitKind,
        raw: String,
        /// The lexer reported an error inside the literal (gc's `BasicLit.Bad`): the checker
        /// treats it as invalid without another message.
        bad: bool,
    },
    /// `ty` None inside another composite literal whose element type is implied.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        lbrace: Span,
        rbrace: Span,
    },
    FuncLit {
        ty: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel`; `dot` is the span of the `.` (gc's position of the node).
    Selector {
        x: Box<Expr>,
        sel: Ident,
        dot: Span,
    },
    /// `x[i]`; `x[A, B]` (generic instantiation) has several indices and is rejected.
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
        lbrack: Span,
    },
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
        lbrack: Span,
    },
    /// `x.(T)`; `ty` None is `x.(type)` (only as a type-switch guard).
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
        dot: Span,
    },
    /// `ellipsis` is the span of `...` in `f(xs...)`.
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: Option<Span>,
        lparen: Span,
        rparen: Span,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
        op_span: Span,
    },
    Binary {
        op: BinaryOp,
        x: Box<Expr>,
        y: Box<Expr>,
        op_span: Span,
    },
    /// `[N]T`, `[...]T` (len is `Ellipsis`), `[]T` (len None).
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    /// `...` as an array length.
    Ellipsis,
    StructType {
        fields: Vec<Field>,
    },
    FuncType(FuncType),
    InterfaceType {
        elems: Vec<InterfaceElem>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
}

impl Expr {
    /// Strips parentheses.
    pub fn unparen(&self) -> &Expr {
        match &self.kind {
            ExprKind::Paren(x) => x.unparen(),
            _ => self,
        }
    }

    pub fn as_ident(&self) -> Option<&str> {
        match &self.kind {
            ExprKind::Ident(name) => Some(name),
            _ => None,
        }
    }

    /// The position gc's syntax tree gives this node (`syntax.Node.Pos`), as an empty span:
    /// not always its start, but the operator of a unary or binary expression, the `(` of a
    /// call, the `[` of an index or slice, the `{` of a composite literal and the `.` of a
    /// selector or type assertion. gc's `-m` remarks and some of types2's continuation
    /// lines (`previous case`, `extra init expr at`) print it.
    pub fn node_pos(&self) -> Span {
        match &self.kind {
            ExprKind::Binary { op_span: at, .. }
            | ExprKind::Unary { op_span: at, .. }
            | ExprKind::Call { lparen: at, .. }
            | ExprKind::Index { lbrack: at, .. }
            | ExprKind::Slice { lbrack: at, .. }
            | ExprKind::CompositeLit { lbrace: at, .. }
            | ExprKind::Selector { dot: at, .. }
            | ExprKind::TypeAssert { dot: at, .. } => at.start(),
            _ => self.span.start(),
        }
    }
}

/// Calls `f` on the body of each function literal in `stmts`, wherever it stands (in any
/// statement or expression), but not on literals inside the literals found: `f` gets to
/// those when it looks at a body itself. Type expressions hold no literals and are skipped.
pub fn for_each_func_lit_mut(stmts: &mut [Stmt], f: &mut dyn FnMut(&mut Block)) {
    for s in stmts {
        func_lits_in_stmt(s, f);
    }
}

fn func_lits_in_stmt(s: &mut Stmt, f: &mut dyn FnMut(&mut Block)) {
    let stmt = |s: &mut Option<Box<Stmt>>, f: &mut dyn FnMut(&mut Block)| {
        if let Some(s) = s {
            func_lits_in_stmt(s, f);
        }
    };
    match &mut s.kind {
        StmtKind::Empty
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Goto(_)
        | StmtKind::Fallthrough => {}
        StmtKind::Decl(Decl::Var(specs)) => {
            for spec in specs {
                spec.values.iter_mut().for_each(|e| func_lits_in_expr(e, f));
            }
        }
        StmtKind::Decl(_) => {}
        StmtKind::Labeled { stmt: inner, .. } => func_lits_in_stmt(inner, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => func_lits_in_expr(e, f),
        StmtKind::IncDec { x, .. } => func_lits_in_expr(x, f),
        StmtKind::Send { chan, value } => {
            func_lits_in_expr(chan, f);
            func_lits_in_expr(value, f);
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter_mut()
                .chain(rhs)
                .for_each(|e| func_lits_in_expr(e, f));
        }
        StmtKind::Return(es) => es.iter_mut().for_each(|e| func_lits_in_expr(e, f)),
        StmtKind::Block(b) => for_each_func_lit_mut(&mut b.stmts, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            stmt(init, f);
            func_lits_in_expr(cond, f);
            for_each_func_lit_mut(&mut then.stmts, f);
            stmt(els, f);
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            stmt(init, f);
            if let Some(t) = tag {
                func_lits_in_expr(t, f);
            }
            for c in clauses {
                c.exprs.iter_mut().for_each(|e| func_lits_in_expr(e, f));
                for_each_func_lit_mut(&mut c.body, f);
            }
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            stmt(init, f);
            func_lits_in_expr(x, f);
            for c in clauses {
                for_each_func_lit_mut(&mut c.body, f);
            }
        }
        StmtKind::Select { clauses } => {
            for c in clauses {
                stmt(&mut c.comm, f);
                for_each_func_lit_mut(&mut c.body, f);
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            stmt(init, f);
            if let Some(c) = cond {
                func_lits_in_expr(c, f);
            }
            stmt(post, f);
            for_each_func_lit_mut(&mut body.stmts, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                func_lits_in_expr(e, f);
            }
            func_lits_in_expr(x, f);
            for_each_func_lit_mut(&mut body.stmts, f);
        }
    }
}

/// [`for_each_func_lit_mut`] for the function literals of one expression.
pub fn func_lits_in_expr(e: &mut Expr, f: &mut dyn FnMut(&mut Block)) {
    match &mut e.kind {
        ExprKind::FuncLit { body, .. } => f(body),
        ExprKind::CompositeLit { elts, .. } => {
            for el in elts {
                if let Some(k) = &mut el.key {
                    func_lits_in_expr(k, f);
                }
                func_lits_in_expr(&mut el.value, f);
            }
        }
        ExprKind::Paren(x) | ExprKind::Star(x) => func_lits_in_expr(x, f),
        ExprKind::Selector { x, .. } | ExprKind::TypeAssert { x, .. } => func_lits_in_expr(x, f),
        ExprKind::Unary { x, .. } => func_lits_in_expr(x, f),
        ExprKind::Index { x, indices, .. } => {
            func_lits_in_expr(x, f);
            indices.iter_mut().for_each(|i| func_lits_in_expr(i, f));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            func_lits_in_expr(x, f);
            for b in [lo, hi, max].into_iter().flatten() {
                func_lits_in_expr(b, f);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            func_lits_in_expr(fun, f);
            args.iter_mut().for_each(|a| func_lits_in_expr(a, f));
        }
        ExprKind::Binary { x, y, .. } => {
            func_lits_in_expr(x, f);
            func_lits_in_expr(y, f);
        }
        ExprKind::Ident(_)
        | ExprKind::BasicLit { .. }
        | ExprKind::Ellipsis
        | ExprKind::ArrayType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => {}
    }
}
