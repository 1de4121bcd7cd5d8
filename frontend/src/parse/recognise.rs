//! gc's parser, replayed for its syntax errors.
//!
//! The LR grammar builds the AST. This module reads the same tokens the way gc's hand-written
//! parser (`cmd/compile/internal/syntax/parser.go`) does, function for function, and reports
//! what gc reports: the same message at the same token, then gc's recovery (`advance` to a
//! follow token, `want` skipping one token) and the errors after it. It builds only the little
//! of a syntax tree that gc's parser consults to decide (is this a name, a type, a value; what
//! is its first position), and no AST.
//!
//! It also follows the `//go:` directives as gc's scanner, parser and pragma handler (noder)
//! do: a directive is read when the scanner passes it, kept until a declaration takes it or a
//! statement clears it (clearing a flag is `misplaced compiler directive`), and checked against
//! what the declaration that took it allows.
//!
//! Each function below carries the name of the gc parser function it follows. The errors are
//! returned in the order gc's parser meets them; the caller applies gc's reporting rules (one
//! syntax error per line, sorted, at most ten).

use crate::lexer::{self, Directive, Tok};

/// An error gc reports while parsing: byte offset and message (`syntax error: …`, or a plain
/// message such as `method has no receiver` or `misplaced compiler directive`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reported {
    pub offset: usize,
    pub message: String,
    /// False for the errors of gc's pragma handler (noder), which the parser does not count.
    pub parser: bool,
}

/// What a replay of gc's parser found.
pub struct Replay {
    /// The errors gc's parser reports, in its order.
    pub errors: Vec<Reported>,
    /// Syntax that gc's parser took and gocrane's grammar does not, by offset: the name of the
    /// construct for `gocrane does not support …` (`generics`, `function types`, `method
    /// expressions`).
    pub unsupported: Vec<(usize, &'static str)>,
    /// Directives a declaration took that it does not allow (`//go:noinline` before a `var`):
    /// gc reports them (`misplaced compiler directive`) only once the package type-checks
    /// (its unified IR writer's `checkPragmas`, `checkEmbed`). Offset and message.
    pub misplaced_late: Vec<(usize, String)>,
    /// Whether the file had lexical errors.
    pub lexical_errors: bool,
    /// Where the go command, reading the header (`super::header`), met the file's only error:
    /// gc never sees the file. The error is the only one of `errors`, or the lexical error
    /// there when `errors` is empty.
    pub go_command: Option<usize>,
}

/// Replays gc's parser on `tokens` (the lexer's, with its semicolons) and the file's `//go:`
/// directives, given the offsets of the lexical errors (after any error, gc stays silent at
/// the end of the file).
pub fn replay(
    src: &str,
    tokens: &[(usize, Tok, usize)],
    directives: &[Directive],
    lex_errors: &[usize],
) -> Replay {
    let mut p = Parser {
        src,
        toks: tokens,
        i: 0,
        tok: K::Eof,
        lex_errors,
        errors: Vec::new(),
        fnest: 0,
        xnest: 0,
        prev_end: 0,
        fuel: 64 * (tokens.len() + 16),
        unsupported: Vec::new(),
        directives,
        next_directive: 0,
        pragma: Vec::new(),
        misplaced_late: Vec::new(),
        parser_errors: 0,
    };
    if let Some((offset, message)) = super::header::go_command_error(src, tokens, lex_errors) {
        return Replay {
            errors: message
                .map(|message| Reported {
                    offset,
                    message,
                    parser: true,
                })
                .into_iter()
                .collect(),
            unsupported: Vec::new(),
            misplaced_late: Vec::new(),
            lexical_errors: !lex_errors.is_empty(),
            go_command: Some(offset),
        };
    }
    p.load();
    p.file();
    Replay {
        errors: p.errors,
        unsupported: p.unsupported,
        misplaced_late: p.misplaced_late,
        lexical_errors: !lex_errors.is_empty(),
        go_command: None,
    }
}

/// gc's token classes (`syntax/tokens.go`): operators are one class with an operator and a
/// precedence, `*` has its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum K {
    Eof,
    Name,
    Literal,
    Operator,
    AssignOp,
    IncOp,
    Assign,
    Define,
    Arrow,
    Star,
    Lparen,
    Lbrack,
    Lbrace,
    Rparen,
    Rbrack,
    Rbrace,
    Comma,
    Semi,
    Colon,
    Dot,
    DotDotDot,
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

fn class(t: &Tok) -> K {
    use Tok::*;
    match t {
        Ident(_) => K::Name,
        Int(_) | Float(_) | Imag(_) | Char(_) | Str(_) => K::Literal,
        Break => K::Break,
        Case => K::Case,
        Chan => K::Chan,
        Const => K::Const,
        Continue => K::Continue,
        Default => K::Default,
        Defer => K::Defer,
        Else => K::Else,
        Fallthrough => K::Fallthrough,
        For => K::For,
        Func => K::Func,
        Go => K::Go,
        Goto => K::Goto,
        If => K::If,
        Import => K::Import,
        Interface => K::Interface,
        Map => K::Map,
        Package => K::Package,
        Range => K::Range,
        Return => K::Return,
        Select => K::Select,
        Struct => K::Struct,
        Switch => K::Switch,
        Type => K::Type,
        Var => K::Var,
        Star => K::Star,
        Add | Sub | Div | Rem | And | Or | Xor | Shl | Shr | AndNot | LogAnd | LogOr | Eql
        | Lss | Gtr | Not | Neq | Leq | Geq | Tilde => K::Operator,
        AssignOp(_) => K::AssignOp,
        Inc | Dec => K::IncOp,
        Arrow => K::Arrow,
        Assign => K::Assign,
        Define => K::Define,
        Ellipsis => K::DotDotDot,
        LParen => K::Lparen,
        RParen => K::Rparen,
        LBrack => K::Lbrack,
        RBrack => K::Rbrack,
        LBrace => K::Lbrace,
        RBrace => K::Rbrace,
        Comma => K::Comma,
        Dot => K::Dot,
        Semi => K::Semi,
        Colon => K::Colon,
    }
}

/// A binary operator's precedence (0 for the unary-only `!` and `~`), as gc's scanner gives it.
fn precedence(t: &Tok) -> u8 {
    use Tok::*;
    match t {
        LogOr => 1,
        LogAnd => 2,
        Eql | Neq | Lss | Leq | Gtr | Geq => 3,
        Add | Sub | Or | Xor => 4,
        Star | Div | Rem | Shl | Shr | And | AndNot => 5,
        _ => 0,
    }
}

/// gc's `tokstring`: how an expected token is named.
fn tokstring(k: K) -> &'static str {
    match k {
        K::Eof => "EOF",
        K::Name => "name",
        K::Literal => "literal",
        K::Operator => "op",
        K::AssignOp => "op=",
        K::IncOp => "opop",
        K::Assign => "=",
        K::Define => ":=",
        K::Arrow => "<-",
        K::Star => "*",
        K::Lparen => "(",
        K::Lbrack => "[",
        K::Lbrace => "{",
        K::Rparen => ")",
        K::Rbrack => "]",
        K::Rbrace => "}",
        K::Comma => "comma",
        K::Semi => "semicolon or newline",
        K::Colon => ":",
        K::Dot => ".",
        K::DotDotDot => "...",
        K::Break => "keyword break",
        K::Case => "keyword case",
        K::Chan => "keyword chan",
        K::Const => "keyword const",
        K::Continue => "keyword continue",
        K::Default => "keyword default",
        K::Defer => "keyword defer",
        K::Else => "keyword else",
        K::Fallthrough => "keyword fallthrough",
        K::For => "keyword for",
        K::Func => "keyword func",
        K::Go => "keyword go",
        K::Goto => "keyword goto",
        K::If => "keyword if",
        K::Import => "keyword import",
        K::Interface => "keyword interface",
        K::Map => "keyword map",
        K::Package => "keyword package",
        K::Range => "keyword range",
        K::Return => "keyword return",
        K::Select => "keyword select",
        K::Struct => "keyword struct",
        K::Switch => "keyword switch",
        K::Type => "keyword type",
        K::Var => "keyword var",
    }
}

/// gc's `stopset`: inside a function, `advance` also stops at a statement keyword.
const STOPSET: &[K] = &[
    K::Break,
    K::Const,
    K::Continue,
    K::Defer,
    K::Fallthrough,
    K::For,
    K::Go,
    K::Goto,
    K::If,
    K::Return,
    K::Select,
    K::Switch,
    K::Type,
    K::Var,
];

/// The operators whose kind gc's parser looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Mul,
    And,
    Or,
    Tilde,
    Recv,
    Other,
}

/// The part of gc's syntax tree its parser consults: what kind of node, gc's position for it
/// (`pos`), where its text starts (`lo`, gc's `StartPos`) and ends (`hi`).
#[derive(Clone, Debug)]
struct Node {
    kind: N,
    pos: usize,
    lo: usize,
    hi: usize,
}

#[derive(Clone, Debug)]
enum N {
    Bad,
    Name,
    BasicLit,
    CompositeLit,
    FuncLit,
    Paren(Box<Node>),
    Selector,
    Index(Box<Node>, Box<Node>),
    Slice,
    Assert,
    Guard,
    Call {
        fun: Box<Node>,
        args: Vec<Node>,
        dots: bool,
    },
    Operation {
        op: Op,
        x: Box<Node>,
        y: Option<Box<Node>>,
    },
    List(Vec<Node>),
    ArrayType,
    SliceType,
    StructType,
    FuncType,
    InterfaceType,
    MapType,
    ChanType {
        dir: ChanDir,
        elem: Box<Node>,
    },
    DotsType,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ChanDir {
    Both,
    Send,
    Recv,
}

/// A parameter (gc's `Field` in a parameter list): a name, a type, or both.
struct Field {
    name: Option<Node>,
    ty: Option<Node>,
}

/// gc's simple statements, as far as `header` and `forStmt` look at them.
#[derive(Clone, Debug)]
enum Simple {
    Expr(Node),
    /// `=` (op None), `:=` (define) or `op=` / `++` / `--`; `pos` is the operator's.
    Assign {
        pos: usize,
        plain: bool,
        define: bool,
        lhs: Node,
        rhs: Option<Node>,
        lo: usize,
        hi: usize,
    },
    Send {
        pos: usize,
        lo: usize,
        hi: usize,
    },
    Range,
}

impl Node {
    fn unparen(&self) -> &Node {
        match &self.kind {
            N::Paren(x) => x.unparen(),
            _ => self,
        }
    }

    fn is_binary(&self) -> bool {
        matches!(&self.kind, N::Operation { y: Some(_), .. })
    }
}

struct Parser<'s, 't> {
    src: &'s str,
    toks: &'t [(usize, Tok<'s>, usize)],
    /// The current token's index (`toks.len()` at the end of the file).
    i: usize,
    tok: K,
    lex_errors: &'t [usize],
    errors: Vec<Reported>,
    fnest: u32,
    xnest: i32,
    /// The end of the last token consumed.
    prev_end: usize,
    /// Steps left: a guard against a loop that makes no progress, which gc's parser does not
    /// have and this one must not have either; when it runs out, the file ends.
    fuel: usize,
    unsupported: Vec<(usize, &'static str)>,
    directives: &'t [Directive],
    /// The first directive the scanner has not passed yet.
    next_directive: usize,
    /// gc's `p.pragma`: the directives read since the last declaration took them or a
    /// statement cleared them.
    pragma: Vec<Pragma>,
    misplaced_late: Vec<(usize, String)>,
    /// The errors gc's parser itself reported (its `errcnt`; pragma errors are not counted).
    parser_errors: usize,
}

/// A directive gc's pragma handler kept: where its `go:` text starts, its flag, and whether
/// it is a `//go:embed`.
#[derive(Clone, Copy, Debug)]
struct Pragma {
    offset: usize,
    flag: u32,
    embed: bool,
}

/// gc's pragma flags (`ir.PragmaFlag`), one bit each; `//go:nointerface` has none without the
/// fieldtrack experiment.
mod flag {
    pub const GO_BUILD: u32 = 1 << 0;
    pub const NOESCAPE: u32 = 1 << 1;
    pub const NORACE: u32 = 1 << 2;
    pub const NOSPLIT: u32 = 1 << 3;
    pub const NOINLINE: u32 = 1 << 4;
    pub const NOCHECKPTR: u32 = 1 << 5;
    pub const SYSTEMSTACK: u32 = 1 << 6;
    pub const NOWRITEBARRIER: u32 = 1 << 7;
    pub const NOWRITEBARRIERREC: u32 = 1 << 8;
    pub const YESWRITEBARRIERREC: u32 = 1 << 9;
    pub const CGO_UNSAFE_ARGS: u32 = 1 << 10;
    pub const UINTPTR_KEEPALIVE: u32 = 1 << 11;
    pub const UINTPTR_ESCAPES: u32 = 1 << 12;
    pub const REGISTER_PARAMS: u32 = 1 << 13;
    /// What a function declaration may carry: everything but `//go:build`.
    pub const FUNC: u32 = !GO_BUILD;
    /// Only the runtime may use these.
    pub const RUNTIME: u32 = SYSTEMSTACK | NOWRITEBARRIER | NOWRITEBARRIERREC | YESWRITEBARRIERREC;
}

/// gc's `pragmaFlag`: the flag of a directive's verb (`go:noinline`).
fn pragma_flag(verb: &str) -> u32 {
    match verb {
        "go:build" => flag::GO_BUILD,
        "go:noescape" => flag::NOESCAPE,
        "go:norace" => flag::NORACE,
        "go:nosplit" => flag::NOSPLIT | flag::NOCHECKPTR,
        "go:noinline" => flag::NOINLINE,
        "go:nocheckptr" => flag::NOCHECKPTR,
        "go:systemstack" => flag::SYSTEMSTACK,
        "go:nowritebarrier" => flag::NOWRITEBARRIER,
        "go:nowritebarrierrec" => flag::NOWRITEBARRIERREC | flag::NOWRITEBARRIER,
        "go:yeswritebarrierrec" => flag::YESWRITEBARRIERREC,
        "go:cgo_unsafe_args" => flag::CGO_UNSAFE_ARGS | flag::NOCHECKPTR,
        "go:uintptrkeepalive" => flag::UINTPTR_KEEPALIVE,
        "go:uintptrescapes" => flag::UINTPTR_ESCAPES | flag::UINTPTR_KEEPALIVE,
        "go:registerparams" => flag::REGISTER_PARAMS,
        _ => 0,
    }
}

/// What took a pragma, for the flags it allows (gc's writer, `checkPragmas`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Taker {
    File,
    Func,
    /// A `var` spec, the one place an embed may stand.
    Var,
    /// `import`, `const` or `type`.
    Other,
}

impl Parser<'_, '_> {
    // ---------------------------------------------------------------------------------------
    // Tokens

    /// Makes token `i` current; the scanner has then passed the directives before it.
    fn load(&mut self) {
        self.tok = match self.toks.get(self.i) {
            Some(t) => class(&t.1),
            None => K::Eof,
        };
        let upto = self.pos();
        while let Some(d) = self.directives.get(self.next_directive) {
            if d.offset >= upto {
                break;
            }
            self.next_directive += 1;
            self.read_pragma(d.offset, &d.text);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Directives (gc: noder's pragma handler; parser: takePragma, clearPragma)

    /// gc's noder `pragma`: a directive is kept for the next declaration, or an error.
    fn read_pragma(&mut self, offset: usize, text: &str) {
        // gc reports a directive at its text, after the `//`.
        let at = offset + 2;
        let line_start = self.src[..offset].rfind('\n').map_or(0, |i| i + 1);
        // gc's scanner: nothing but blanks before it on its line.
        let blank_line = self.src[line_start..offset]
            .chars()
            .all(|c| matches!(c, ' ' | '\t' | '\r'));
        if !blank_line {
            self.pragma_error(at, "misplaced compiler directive".into());
            return;
        }
        let fields: Vec<&str> = text.split_whitespace().collect();
        let verb = text.split(' ').next().unwrap_or(text);
        // Directives that are not flags: gc checks how many arguments they have (gocrane
        // does not look further: what a linkname names, what an embed pattern matches).
        let usage = match verb {
            "go:wasmimport" if fields.len() != 3 => {
                Some("usage: //go:wasmimport importmodule importname".to_string())
            }
            "go:wasmexport" if fields.len() != 2 => {
                Some("usage: //go:wasmexport exportname".into())
            }
            "go:linkname" | "go:linknamestd" if !(2..=3).contains(&fields.len()) => {
                Some(format!("usage: //{verb} localname [linkname]"))
            }
            "go:embed" if fields.len() < 2 => Some("usage: //go:embed pattern...".into()),
            _ => None,
        };
        if let Some(usage) = usage {
            self.pragma_error(at, usage);
            return;
        }
        if verb == "go:embed" {
            self.pragma.push(Pragma {
                offset: at,
                flag: 0,
                embed: true,
            });
            return;
        }
        if matches!(
            verb,
            "go:linkname" | "go:linknamestd" | "go:wasmimport" | "go:wasmexport"
        ) {
            return;
        }
        if verb == "go:cgo_import_dynamic" && fields.len() >= 4 {
            return;
        }
        if verb.starts_with("go:cgo_") {
            self.pragma_error(at, format!("//{text} only allowed in cgo-generated code"));
        }
        let flag = pragma_flag(verb);
        if flag & flag::RUNTIME != 0 {
            self.pragma_error(at, format!("//{verb} only allowed in runtime"));
        }
        if flag == flag::UINTPTR_KEEPALIVE {
            self.pragma_error(
                at,
                format!("//{verb} is only allowed in the standard library"),
            );
        }
        self.pragma.push(Pragma {
            offset: at,
            flag,
            embed: false,
        });
    }

    fn pragma_error(&mut self, offset: usize, message: String) {
        self.errors.push(Reported {
            offset,
            message,
            parser: false,
        });
    }

    /// gc's `takePragma`, and its writer's check of what the taker allows.
    fn take_pragma(&mut self, taker: Taker) {
        let allowed = match taker {
            Taker::File => flag::GO_BUILD,
            Taker::Func => flag::FUNC,
            Taker::Var | Taker::Other => 0,
        };
        let pragma = std::mem::take(&mut self.pragma);
        for p in &pragma {
            if p.flag & !allowed != 0 {
                self.misplaced_late
                    .push((p.offset, "misplaced compiler directive".into()));
            }
        }
        let mut embeds = pragma.iter().filter(|p| p.embed);
        if taker == Taker::Var {
            // gc's checkEmbed: its first complaint is the missing import, and gocrane's
            // programs cannot import "embed".
            if let Some(p) = embeds.next() {
                self.misplaced_late.push((
                    p.offset,
                    "go:embed requires import \"embed\" (or import _ \"embed\", if package is not used)"
                        .into(),
                ));
            }
        } else {
            for p in embeds {
                self.misplaced_late
                    .push((p.offset, "misplaced go:embed directive".into()));
            }
        }
    }

    /// gc's `clearPragma`: directives no declaration took are misplaced.
    fn clear_pragma(&mut self) {
        let pragma = std::mem::take(&mut self.pragma);
        for p in &pragma {
            if p.flag != 0 {
                self.pragma_error(p.offset, "misplaced compiler directive".into());
            }
        }
        for p in pragma.iter().filter(|p| p.embed) {
            self.pragma_error(p.offset, "misplaced go:embed directive".into());
        }
    }

    fn next(&mut self) {
        if self.i < self.toks.len() {
            self.prev_end = self.toks[self.i].2;
            self.i += 1;
        }
        self.load();
    }

    fn burn(&mut self) {
        if self.fuel == 0 {
            self.i = self.toks.len();
            self.load();
        } else {
            self.fuel -= 1;
        }
    }

    /// The current token's offset (the end of the file at EOF).
    fn pos(&self) -> usize {
        self.toks.get(self.i).map_or(self.src.len(), |t| t.0)
    }

    fn raw(&self) -> Option<&Tok<'_>> {
        self.toks.get(self.i).map(|t| &t.1)
    }

    fn is_op(&self, want: Op) -> bool {
        self.tok == K::Operator && self.op() == want
    }

    fn op(&self) -> Op {
        match self.raw() {
            Some(Tok::Star) => Op::Mul,
            Some(Tok::And) => Op::And,
            Some(Tok::Or) => Op::Or,
            Some(Tok::Tilde) => Op::Tilde,
            _ => Op::Other,
        }
    }

    fn got(&mut self, k: K) -> bool {
        if self.tok == k {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, k: K) {
        if !self.got(k) {
            self.syntax_error(&format!("expected {}", tokstring(k)));
            self.advance(&[]);
        }
    }

    fn got_assign(&mut self) -> bool {
        match self.tok {
            K::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            K::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    /// gc's `advance`: with no follow list, skip one token; else skip to one of them (or, in
    /// a function, to a statement keyword).
    fn advance(&mut self, follow: &[K]) {
        let stops = |k: K, fnest: u32| {
            k == K::Eof
                || follow.contains(&k)
                || (!follow.is_empty() && fnest > 0 && STOPSET.contains(&k))
        };
        while !stops(self.tok, self.fnest) {
            self.next();
            if follow.is_empty() {
                break;
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Errors

    /// Whether gc's parser has met an error before the current token (its `first`): a syntax
    /// error, or a lexical error the scanner met while reading up to here.
    fn has_first(&self) -> bool {
        let upto = self.toks.get(self.i).map_or(usize::MAX, |t| t.2);
        self.parser_errors > 0 || self.lex_errors.iter().any(|&o| o <= upto)
    }

    fn error_at(&mut self, offset: usize, message: String) {
        self.parser_errors += 1;
        self.errors.push(Reported {
            offset,
            message,
            parser: true,
        });
        if self.errors.len() > 1000 {
            // gc stops after ten errors; nothing after this many matters.
            self.i = self.toks.len();
            self.load();
        }
    }

    /// Records syntax gocrane's grammar does not take (see [`Replay::unsupported`]).
    fn note(&mut self, offset: usize, what: &'static str) {
        self.unsupported.push((offset, what));
    }

    fn error(&mut self, message: &str) {
        self.error_at(self.pos(), message.to_string());
    }

    fn syntax_error(&mut self, msg: &str) {
        self.syntax_error_at(self.pos(), msg);
    }

    /// gc's `syntaxErrorAt`: `unexpected <token>` and the context, or a plain message.
    fn syntax_error_at(&mut self, offset: usize, msg: &str) {
        if self.tok == K::Eof && self.has_first() {
            return; // gc: "avoid meaningless follow-up errors"
        }
        let context = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {msg}")
        } else if msg.starts_with("expected ") {
            format!(", {msg}")
        } else {
            self.error_at(offset, format!("syntax error: {msg}"));
            return;
        };
        let tok = match self.toks.get(self.i) {
            None => "EOF".to_string(),
            Some((lo, Tok::Semi, _)) => lexer::semi_text(self.src, *lo).to_string(),
            Some((_, t, _)) => t.describe(),
        };
        self.error_at(offset, format!("syntax error: unexpected {tok}{context}"));
    }

    // ---------------------------------------------------------------------------------------
    // Nodes

    fn node(&self, kind: N, pos: usize, lo: usize) -> Node {
        Node {
            kind,
            pos,
            lo,
            hi: self.prev_end.max(lo),
        }
    }

    fn bad(&self) -> Node {
        let p = self.pos();
        Node {
            kind: N::Bad,
            pos: p,
            lo: p,
            hi: p,
        }
    }

    /// gc's `String` of the source from `lo` to `hi`, as its syntax printer spells it in
    /// error messages (short form): tokens joined with blanks around binary and assignment
    /// operators, after commas and between words, and every `{…}` body elided.
    fn text(&self, lo: usize, hi: usize) -> String {
        let ends_operand = |t: &Tok| {
            matches!(
                t,
                Tok::Ident(_)
                    | Tok::Int(_)
                    | Tok::Float(_)
                    | Tok::Imag(_)
                    | Tok::Char(_)
                    | Tok::Str(_)
                    | Tok::RParen
                    | Tok::RBrack
                    | Tok::RBrace
            )
        };
        let is_word = |t: &Tok| {
            let c = class(t);
            matches!(c, K::Name | K::Literal) || tokstring(c).starts_with("keyword ")
        };
        let mut out = String::new();
        let mut prev: Option<Tok> = None;
        let mut depth = 0usize;
        for (tlo, t, thi) in self.toks.iter().filter(|t| t.0 >= lo && t.2 <= hi) {
            if depth > 0 {
                match t {
                    Tok::LBrace => depth += 1,
                    Tok::RBrace => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    out.push_str("…}");
                    prev = Some(*t);
                }
                continue;
            }
            let piece = self.src.get(*tlo..*thi).unwrap_or("");
            let after_operand = prev.as_ref().is_some_and(ends_operand);
            let spaced = match t {
                Tok::Assign | Tok::Define | Tok::AssignOp(_) => true,
                Tok::Arrow => after_operand,
                t if matches!(class(t), K::Operator | K::Star) => {
                    precedence(t) > 0 && after_operand
                }
                _ => false,
            };
            if spaced {
                out.push(' ');
                out.push_str(piece);
                out.push(' ');
            } else {
                if prev.as_ref().is_some_and(is_word) && is_word(t) {
                    out.push(' ');
                }
                out.push_str(piece);
                match t {
                    Tok::Comma => out.push(' '),
                    Tok::LBrace => depth = 1,
                    _ => {}
                }
            }
            prev = Some(*t);
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    // ---------------------------------------------------------------------------------------
    // Declarations (gc: fileOrNil, list, appendGroup, importDecl, constDecl, typeDecl, varDecl,
    // funcDeclOrNil, funcBody)

    fn file(&mut self) {
        if !self.got(K::Package) {
            self.syntax_error("package statement must be first");
            return;
        }
        self.take_pragma(Taker::File);
        self.name();
        self.want(K::Semi);
        if self.has_first() {
            return;
        }
        let mut prev = K::Import;
        let mut last_func_without_body = false;
        while self.tok != K::Eof {
            self.burn();
            if self.tok == K::Import && prev != K::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok;
            let decl: Option<fn(&mut Self)> = match self.tok {
                K::Import => Some(Self::import_decl),
                K::Const => Some(Self::const_decl),
                K::Type => Some(Self::type_decl),
                K::Var => Some(Self::var_decl),
                _ => None,
            };
            match self.tok {
                _ if decl.is_some() => {
                    self.next();
                    // gc's DeclList: an empty group adds nothing, so a body-less func before
                    // it stays the last declaration.
                    if decl.is_some_and(|f| self.group(f) > 0) {
                        last_func_without_body = false;
                    }
                }
                K::Func => {
                    self.next();
                    last_func_without_body = !self.func_decl();
                }
                _ => {
                    if self.tok == K::Lbrace && last_func_without_body {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[K::Import, K::Const, K::Type, K::Var, K::Func]);
                    continue;
                }
            }
            self.clear_pragma();
            if self.tok != K::Eof && !self.got(K::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(&[K::Import, K::Const, K::Type, K::Var, K::Func]);
            }
        }
        self.clear_pragma();
    }

    /// gc's `list`: elements separated by `sep` up to `close`; returns the closer's offset.
    fn list(
        &mut self,
        context: &str,
        sep: K,
        close: K,
        mut f: impl FnMut(&mut Self) -> bool,
    ) -> usize {
        let mut done = false;
        while self.tok != K::Eof && self.tok != close && !done {
            self.burn();
            done = f(self);
            if !self.got(sep) && self.tok != close {
                self.syntax_error(&format!(
                    "in {context}; possibly missing {} or {}",
                    tokstring(sep),
                    tokstring(close)
                ));
                self.advance(&[K::Rparen, K::Rbrack, K::Rbrace]);
                if self.tok != close {
                    return self.pos();
                }
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    /// gc's `appendGroup`.
    /// gc's `appendGroup`; returns how many declarations it added (each spec is one).
    fn group(&mut self, f: fn(&mut Self)) -> usize {
        if self.tok == K::Lparen {
            self.clear_pragma();
            self.next();
            let mut n = 0;
            self.list("grouped declaration", K::Semi, K::Rparen, |p| {
                f(p);
                n += 1;
                false
            });
            n
        } else {
            f(self);
            1
        }
    }

    fn import_decl(&mut self) {
        self.take_pragma(Taker::Other);
        match self.tok {
            K::Name | K::Dot => self.next(),
            _ => {}
        }
        if self.tok != K::Literal {
            self.syntax_error("missing import path");
            self.advance(&[K::Semi, K::Rparen]);
            return;
        }
        // A literal with a lexical error (gc's `Bad`) has had its error.
        let (lo, _, hi) = self.toks[self.i];
        let bad = self.lex_errors.iter().any(|&o| (lo..=hi).contains(&o));
        if !bad && !matches!(self.raw(), Some(Tok::Str(_))) {
            self.syntax_error_at(lo, "import path must be a string");
        }
        self.next();
    }

    fn const_decl(&mut self) {
        self.take_pragma(Taker::Other);
        self.name();
        self.name_list();
        if !matches!(self.tok, K::Eof | K::Semi | K::Rparen) {
            self.type_or_nil();
            if self.got_assign() {
                self.expr_list();
            }
        }
    }

    fn type_decl(&mut self) {
        self.take_pragma(Taker::Other);
        self.name();
        let ty = if self.tok == K::Lbrack {
            let pos = self.pos();
            self.next();
            match self.tok {
                K::Name => {
                    let mut x = self.name();
                    if self.tok != K::Lbrack {
                        self.xnest += 1;
                        let px = self.pexpr(Some(x), false);
                        x = self.binary_expr(Some(px), 0);
                        self.xnest -= 1;
                    }
                    let force = self.tok == K::Comma;
                    match extract_name(x, force) {
                        Ok((name, ptype)) if ptype.is_some() || self.tok != K::Rbrack => {
                            self.note(pos, "generics");
                            self.param_list(Some(name), ptype, K::Rbrack, true, false);
                            self.got_assign();
                            self.type_or_nil()
                        }
                        Ok((x, _)) | Err(x) => Some(self.array_type(pos, Some(x))),
                    }
                }
                K::Rbrack => {
                    self.next();
                    Some(self.slice_type(pos))
                }
                _ => Some(self.array_type(pos, None)),
            }
        } else {
            self.got_assign();
            self.type_or_nil()
        };
        if ty.is_none() {
            self.syntax_error("in type declaration");
            self.advance(&[K::Semi, K::Rparen]);
        }
    }

    fn var_decl(&mut self) {
        self.take_pragma(Taker::Var);
        self.name();
        self.name_list();
        if self.got_assign() {
            self.expr_list();
        } else {
            self.type_();
            if self.got_assign() {
                self.expr_list();
            }
        }
    }

    /// gc's `funcDeclOrNil`; returns whether the declaration has a body.
    fn func_decl(&mut self) -> bool {
        self.take_pragma(Taker::Func);
        let mut has_recv = false;
        if self.got(K::Lparen) {
            has_recv = true;
            let recv = self.param_list(None, None, K::Rparen, false, false);
            let at = self.pos();
            match recv.len() {
                0 => self.error_at(at, "method has no receiver".into()),
                1 => {}
                _ => self.error_at(at, "method has multiple receivers".into()),
            }
        }
        if self.tok == K::Name {
            self.next();
            self.func_type("");
        } else {
            self.syntax_error(if has_recv {
                "expected name"
            } else {
                "expected name or ("
            });
            self.advance(&[K::Lbrace, K::Semi]);
        }
        if self.tok == K::Lbrace {
            self.func_body();
            return true;
        }
        false
    }

    fn func_body(&mut self) {
        self.fnest += 1;
        self.block_stmt("");
        self.fnest -= 1;
    }

    // ---------------------------------------------------------------------------------------
    // Expressions (gc: expr, binaryExpr, unaryExpr, callStmt, operand, pexpr, complitexpr)

    fn expr(&mut self) -> Node {
        self.binary_expr(None, 0)
    }

    fn binary_expr(&mut self, x: Option<Node>, prec: u8) -> Node {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        while matches!(self.tok, K::Operator | K::Star) && self.raw().map_or(0, precedence) > prec {
            let pos = self.pos();
            let op = self.op();
            let tprec = self.raw().map_or(0, precedence);
            self.next();
            let y = self.binary_expr(None, tprec);
            let lo = x.lo;
            x = self.node(
                N::Operation {
                    op,
                    x: Box::new(x),
                    y: Some(Box::new(y)),
                },
                pos,
                lo,
            );
        }
        x
    }

    fn unary_expr(&mut self) -> Node {
        let pos = self.pos();
        match self.tok {
            K::Operator | K::Star
                if matches!(
                    self.raw(),
                    Some(
                        Tok::Star
                            | Tok::Add
                            | Tok::Sub
                            | Tok::Not
                            | Tok::Xor
                            | Tok::Tilde
                            | Tok::And
                    )
                ) =>
            {
                let op = self.op();
                self.next();
                let x = self.unary_expr();
                let x = if op == Op::And {
                    x.unparen().clone()
                } else {
                    x
                };
                return self.node(
                    N::Operation {
                        op,
                        x: Box::new(x),
                        y: None,
                    },
                    pos,
                    pos,
                );
            }
            K::Arrow => {
                self.next();
                let x = self.unary_expr();
                if let N::ChanType { .. } = x.kind {
                    // `<-chan T`: the arrow belongs to the channel type.
                    let mut dir = ChanDir::Send;
                    let mut t = &x;
                    while dir == ChanDir::Send {
                        let N::ChanType { dir: d, elem } = &t.kind else {
                            break;
                        };
                        dir = *d;
                        if dir == ChanDir::Recv {
                            self.syntax_error("unexpected <-, expected chan");
                        }
                        t = elem;
                    }
                    if dir == ChanDir::Send {
                        let s = self.text(t.lo, t.hi);
                        self.syntax_error(&format!("unexpected {s}, expected chan"));
                    }
                    return x;
                }
                return self.node(
                    N::Operation {
                        op: Op::Recv,
                        x: Box::new(x),
                        y: None,
                    },
                    pos,
                    pos,
                );
            }
            _ => {}
        }
        self.pexpr(None, true)
    }

    fn call_stmt(&mut self) {
        let keyword = if self.tok == K::Defer { "defer" } else { "go" };
        self.next();
        let keep = self.tok == K::Lparen;
        let x = self.pexpr(None, keep);
        if let N::Paren(_) = x.kind {
            self.error_at(
                x.pos,
                format!("expression in {keyword} must not be parenthesized"),
            );
        }
    }

    fn operand(&mut self, keep_parens: bool) -> Node {
        let pos = self.pos();
        match self.tok {
            K::Name => self.name(),
            K::Literal => {
                self.next();
                self.node(N::BasicLit, pos, pos)
            }
            K::Lparen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(K::Rparen);
                if keep_parens || self.tok == K::Lbrace {
                    self.node(N::Paren(Box::new(x)), pos, pos)
                } else {
                    x
                }
            }
            K::Func => {
                self.next();
                self.func_type("function type");
                if self.tok == K::Lbrace {
                    self.xnest += 1;
                    self.func_body();
                    self.xnest -= 1;
                    return self.node(N::FuncLit, pos, pos);
                }
                // gocrane's grammar takes a function type as an operand only in parentheses
                // (`(func() int)(f)`), gc's also without (`func() int(f)`).
                self.note(pos, "conversions to function types without parentheses");
                self.node(N::FuncType, pos, pos)
            }
            K::Lbrack | K::Chan | K::Map | K::Struct | K::Interface => self.type_(),
            _ => {
                let x = self.bad();
                self.syntax_error("expected expression");
                self.advance(&[K::Rparen, K::Rbrack, K::Rbrace]);
                x
            }
        }
    }

    fn pexpr(&mut self, x: Option<Node>, keep_parens: bool) -> Node {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(keep_parens),
        };
        loop {
            self.burn();
            let pos = self.pos();
            let lo = x.lo;
            match self.tok {
                K::Dot => {
                    self.next();
                    match self.tok {
                        K::Name => {
                            if is_type_literal(&x) {
                                self.note(x.lo, "method expressions");
                            }
                            self.next();
                            x = self.node(N::Selector, pos, lo);
                        }
                        K::Lparen => {
                            self.next();
                            if self.got(K::Type) {
                                self.want(K::Rparen);
                                x = self.node(N::Guard, pos, lo);
                            } else {
                                self.type_();
                                self.want(K::Rparen);
                                x = self.node(N::Assert, pos, lo);
                            }
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[K::Semi, K::Rparen]);
                        }
                    }
                }
                K::Lbrack => {
                    self.next();
                    if self.tok != K::Colon {
                        let (i, comma) = if self.tok == K::Rbrack {
                            self.syntax_error("expected operand");
                            (self.bad(), false)
                        } else {
                            self.type_list(false)
                        };
                        if comma || self.tok == K::Rbrack {
                            self.want(K::Rbrack);
                            x = self.node(N::Index(Box::new(x), Box::new(i)), pos, lo);
                            continue;
                        }
                    }
                    if !self.got(K::Colon) {
                        self.syntax_error("expected comma, : or ]");
                        self.advance(&[K::Comma, K::Colon, K::Rbrack]);
                    }
                    self.xnest += 1;
                    let mut middle = false;
                    if self.tok != K::Colon && self.tok != K::Rbrack {
                        self.expr();
                        middle = true;
                    }
                    if self.tok == K::Colon {
                        if !middle {
                            self.error("middle index required in 3-index slice");
                        }
                        self.next();
                        if self.tok != K::Rbrack {
                            self.expr();
                        } else {
                            self.error("final index required in 3-index slice");
                        }
                    }
                    self.xnest -= 1;
                    self.want(K::Rbrack);
                    x = self.node(N::Slice, pos, lo);
                }
                K::Lparen => {
                    self.next();
                    let (args, dots) = self.arg_list();
                    x = self.node(
                        N::Call {
                            fun: Box::new(x),
                            args,
                            dots,
                        },
                        pos,
                        lo,
                    );
                }
                K::Lbrace => {
                    let t = x.unparen();
                    let complit_ok = match &t.kind {
                        N::Name | N::Selector => self.xnest >= 0,
                        N::Index(..) => self.xnest >= 0 && !is_value(t),
                        N::ArrayType | N::SliceType | N::StructType | N::MapType => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if let N::Paren(_) = x.kind {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    self.complit_expr();
                    x = self.node(N::CompositeLit, pos, lo);
                }
                _ => break,
            }
        }
        x
    }

    fn bare_complit_expr(&mut self) -> Node {
        if self.tok == K::Lbrace {
            let pos = self.pos();
            self.complit_expr();
            return self.node(N::CompositeLit, pos, pos);
        }
        self.expr()
    }

    fn complit_expr(&mut self) {
        self.xnest += 1;
        self.want(K::Lbrace);
        self.list("composite literal", K::Comma, K::Rbrace, |p| {
            p.bare_complit_expr();
            if p.tok == K::Colon {
                p.next();
                p.bare_complit_expr();
            }
            false
        });
        self.xnest -= 1;
    }

    // ---------------------------------------------------------------------------------------
    // Types (gc: type_, typeOrNil, typeInstance, funcType, arrayType, sliceType, chanElem,
    // structType, interfaceType, funcResult, fieldDecl, arrayOrTArgs, methodDecl,
    // embeddedElem, embeddedTerm, paramDeclOrNil, paramList)

    fn type_(&mut self) -> Node {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad();
                self.syntax_error("expected type");
                self.advance(&[K::Comma, K::Colon, K::Semi, K::Rparen, K::Rbrack, K::Rbrace]);
                t
            }
        }
    }

    fn type_or_nil(&mut self) -> Option<Node> {
        let pos = self.pos();
        let t = match self.tok {
            K::Star => {
                self.next();
                let t = self.type_();
                N::Operation {
                    op: Op::Mul,
                    x: Box::new(t),
                    y: None,
                }
            }
            K::Arrow => {
                self.next();
                self.want(K::Chan);
                let elem = self.chan_elem();
                N::ChanType {
                    dir: ChanDir::Recv,
                    elem: Box::new(elem),
                }
            }
            K::Func => {
                self.next();
                self.func_type("function type");
                N::FuncType
            }
            K::Lbrack => {
                self.next();
                if self.got(K::Rbrack) {
                    return Some(self.slice_type(pos));
                }
                return Some(self.array_type(pos, None));
            }
            K::Chan => {
                self.next();
                let dir = if self.got(K::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let elem = self.chan_elem();
                N::ChanType {
                    dir,
                    elem: Box::new(elem),
                }
            }
            K::Map => {
                self.next();
                self.want(K::Lbrack);
                self.type_();
                self.want(K::Rbrack);
                self.type_();
                N::MapType
            }
            K::Struct => {
                self.struct_type();
                N::StructType
            }
            K::Interface => {
                self.interface_type();
                N::InterfaceType
            }
            K::Name => return Some(self.qualified_name(None)),
            K::Lparen => {
                self.next();
                let t = self.type_();
                self.want(K::Rparen);
                return Some(t);
            }
            _ => return None,
        };
        Some(self.node(t, pos, pos))
    }

    fn type_instance(&mut self, typ: Node) -> Node {
        let pos = self.pos();
        self.note(typ.lo, "generics");
        self.want(K::Lbrack);
        let index = if self.tok == K::Rbrack {
            self.syntax_error("expected type argument list");
            self.bad()
        } else {
            self.type_list(true).0
        };
        self.want(K::Rbrack);
        let lo = typ.lo;
        self.node(N::Index(Box::new(typ), Box::new(index)), pos, lo)
    }

    fn func_type(&mut self, context: &str) {
        let pos = self.pos();
        if self.got(K::Lbrack) {
            self.note(pos, "generics");
            if !context.is_empty() {
                self.syntax_error_at(pos, &format!("{context} must have no type parameters"));
            }
            if self.tok == K::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                self.param_list(None, None, K::Rbrack, true, false);
            }
        }
        self.want(K::Lparen);
        self.param_list(None, None, K::Rparen, false, true);
        self.func_result();
    }

    fn array_type(&mut self, pos: usize, len: Option<Node>) -> Node {
        if len.is_none() && !self.got(K::DotDotDot) {
            self.xnest += 1;
            self.expr();
            self.xnest -= 1;
        }
        if self.tok == K::Comma {
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(K::Rbrack);
        self.type_();
        self.node(N::ArrayType, pos, pos)
    }

    fn slice_type(&mut self, pos: usize) -> Node {
        self.type_();
        self.node(N::SliceType, pos, pos)
    }

    fn chan_elem(&mut self) -> Node {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad();
                self.syntax_error("missing channel element type");
                t
            }
        }
    }

    fn struct_type(&mut self) {
        self.want(K::Struct);
        self.want(K::Lbrace);
        self.list("struct type", K::Semi, K::Rbrace, |p| {
            p.field_decl();
            false
        });
    }

    fn interface_type(&mut self) {
        self.want(K::Interface);
        self.want(K::Lbrace);
        self.list("interface type", K::Semi, K::Rbrace, |p| {
            if p.tok != K::Name {
                p.embedded_elem(None);
            } else if let Some(t) = p.method_decl() {
                p.embedded_elem(Some(t));
            }
            false
        });
    }

    fn func_result(&mut self) {
        if self.got(K::Lparen) {
            self.param_list(None, None, K::Rparen, false, false);
            return;
        }
        self.type_or_nil();
    }

    fn oliteral(&mut self) {
        if self.tok == K::Literal {
            self.next();
        }
    }

    fn field_decl(&mut self) {
        match self.tok {
            K::Name => {
                let name = self.name();
                if matches!(self.tok, K::Dot | K::Literal | K::Semi | K::Rbrace) {
                    self.qualified_name(Some(name));
                    self.oliteral();
                    return;
                }
                let n = 1 + self.name_list();
                if n == 1 && self.tok == K::Lbrack {
                    self.array_or_targs();
                } else {
                    self.type_();
                }
                self.oliteral();
            }
            K::Star => {
                self.next();
                if self.tok == K::Lparen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    self.qualified_name(None);
                    self.got(K::Rparen);
                } else {
                    self.qualified_name(None);
                }
                self.oliteral();
            }
            K::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                if self.tok == K::Star {
                    self.next();
                }
                self.qualified_name(None);
                self.got(K::Rparen);
                self.oliteral();
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[K::Semi, K::Rbrace]);
            }
        }
    }

    fn array_or_targs(&mut self) -> Node {
        let pos = self.pos();
        self.want(K::Lbrack);
        if self.got(K::Rbrack) {
            return self.slice_type(pos);
        }
        let (n, comma) = self.type_list(false);
        self.want(K::Rbrack);
        if !comma && self.type_or_nil().is_some() {
            return self.node(N::ArrayType, pos, pos);
        }
        self.note(pos, "generics");
        let placeholder = self.node(N::Name, pos, pos);
        self.node(N::Index(Box::new(placeholder), Box::new(n)), pos, pos)
    }

    /// gc's `methodDecl`: `None` for a method, or the embedded type (which may go on with
    /// `|`).
    fn method_decl(&mut self) -> Option<Node> {
        let lo = self.pos();
        let name = self.name();
        const CONTEXT: &str = "interface method";
        match self.tok {
            K::Lparen => {
                self.func_type(CONTEXT);
                None
            }
            K::Lbrack => {
                let pos = self.pos();
                self.next();
                if self.tok == K::Rbrack {
                    let at = self.pos();
                    self.next();
                    if self.tok == K::Lparen {
                        self.error_at(at, "empty type parameter list".into());
                        self.func_type(CONTEXT);
                        return None;
                    }
                    self.error_at(at, "empty type argument list".into());
                    return Some(name);
                }
                let list = self.param_list(None, None, K::Rbrack, false, false);
                if list.is_empty() {
                    if self.tok == K::Lparen {
                        self.func_type(CONTEXT);
                        return None;
                    }
                    return Some(name);
                }
                if list[0].name.is_some() {
                    self.func_type(CONTEXT);
                    self.error_at(pos, "interface method must have no type parameters".into());
                    return None;
                }
                self.note(lo, "generics");
                let placeholder = self.node(N::Bad, pos, pos);
                Some(self.node(N::Index(Box::new(name), Box::new(placeholder)), pos, lo))
            }
            _ => Some(self.qualified_name(Some(name))),
        }
    }

    fn embedded_elem(&mut self, f: Option<Node>) -> Node {
        let mut t = match f {
            Some(t) => t,
            None => self.embedded_term(),
        };
        while self.is_op(Op::Or) {
            let pos = self.pos();
            self.next();
            let y = self.embedded_term();
            let lo = t.lo;
            t = self.node(
                N::Operation {
                    op: Op::Or,
                    x: Box::new(t),
                    y: Some(Box::new(y)),
                },
                pos,
                lo,
            );
        }
        t
    }

    fn embedded_term(&mut self) -> Node {
        if self.is_op(Op::Tilde) {
            let pos = self.pos();
            self.next();
            let t = self.type_();
            return self.node(
                N::Operation {
                    op: Op::Tilde,
                    x: Box::new(t),
                    y: None,
                },
                pos,
                pos,
            );
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad();
                self.syntax_error("expected ~ term or type");
                self.advance(&[K::Operator, K::Semi, K::Rparen, K::Rbrack, K::Rbrace]);
                t
            }
        }
    }

    fn param_decl_or_nil(&mut self, name: Option<Node>, follow: K) -> Option<Field> {
        let type_sets_ok = follow == K::Rbrack;
        if name.is_none() && type_sets_ok && self.is_op(Op::Tilde) {
            let t = self.embedded_elem(None);
            return Some(Field {
                name: None,
                ty: Some(t),
            });
        }
        let mut f = Field {
            name: None,
            ty: None,
        };
        if self.tok == K::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            if self.tok == K::Lbrack {
                let t = self.array_or_targs();
                match t.kind {
                    N::Index(_, index) => {
                        let (pos, lo) = (t.pos, name.lo);
                        f.ty = Some(self.node(N::Index(Box::new(name), index), pos, lo));
                    }
                    _ => {
                        f.name = Some(name);
                        f.ty = Some(t);
                    }
                }
                if type_sets_ok && self.is_op(Op::Or) {
                    f.ty = f.ty.map(|t| self.embedded_elem(Some(t)));
                }
                return Some(f);
            }
            if self.tok == K::Dot {
                let t = self.qualified_name(Some(name));
                let t = if type_sets_ok && self.is_op(Op::Or) {
                    self.embedded_elem(Some(t))
                } else {
                    t
                };
                return Some(Field {
                    name: None,
                    ty: Some(t),
                });
            }
            if type_sets_ok && self.is_op(Op::Or) {
                let t = self.embedded_elem(Some(name));
                return Some(Field {
                    name: None,
                    ty: Some(t),
                });
            }
            f.name = Some(name);
        }
        if self.tok == K::DotDotDot {
            let pos = self.pos();
            self.next();
            match self.type_or_nil() {
                Some(_) => f.ty = Some(self.node(N::DotsType, pos, pos)),
                None => {
                    f.ty = Some(self.bad());
                    self.syntax_error("... is missing type");
                }
            }
            return Some(f);
        }
        if type_sets_ok && self.is_op(Op::Tilde) {
            f.ty = Some(self.embedded_elem(None));
            return Some(f);
        }
        f.ty = self.type_or_nil();
        if type_sets_ok && self.is_op(Op::Or) {
            if let Some(t) = f.ty.take() {
                f.ty = Some(self.embedded_elem(Some(t)));
            }
        }
        if f.name.is_some() || f.ty.is_some() {
            return Some(f);
        }
        self.syntax_error(&format!("expected {}", tokstring(follow)));
        self.advance(&[K::Comma, follow]);
        None
    }

    fn param_list(
        &mut self,
        name: Option<Node>,
        typ: Option<Node>,
        close: K,
        require_names: bool,
        dddok: bool,
    ) -> Vec<Field> {
        if let (Some(name), Some(typ)) = (&name, &typ) {
            if self.tok == close {
                self.next();
                return vec![Field {
                    name: Some(name.clone()),
                    ty: Some(typ.clone()),
                }];
            }
        }
        let mut name = name;
        let mut typ = typ;
        let mut list: Vec<Field> = Vec::new();
        let mut named = 0;
        let mut typed = 0;
        let end = self.list("parameter list", K::Comma, close, |p| {
            let par = if typ.is_some() {
                Some(Field {
                    name: name.take(),
                    ty: typ.take(),
                })
            } else {
                p.param_decl_or_nil(name.take(), close)
            };
            if let Some(par) = par {
                if par.name.is_some() && par.ty.is_some() {
                    named += 1;
                }
                if par.ty.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });
        if list.is_empty() {
            return list;
        }
        if named == 0 && !require_names {
            for par in &mut list {
                if let Some(n) = par.name.take() {
                    par.ty = Some(n);
                }
            }
        } else if named != list.len() {
            let mut err_pos = None;
            // The type to the right, which a name without one takes.
            let mut typ: Option<Node> = None;
            for par in list.iter_mut().rev() {
                if let Some(t) = &par.ty {
                    typ = Some(t.clone());
                    if par.name.is_none() {
                        err_pos = Some(t.lo);
                        par.name = Some(Node {
                            kind: N::Name,
                            pos: t.lo,
                            lo: t.lo,
                            hi: t.lo,
                        });
                    }
                } else if let Some(t) = &typ {
                    par.ty = Some(t.clone());
                } else {
                    err_pos = par.name.as_ref().map(|n| n.pos);
                    par.ty = Some(Node {
                        kind: N::Bad,
                        pos: 0,
                        lo: 0,
                        hi: 0,
                    });
                }
            }
            if let Some(mut at) = err_pos {
                let msg = if named == typed {
                    at = end;
                    if require_names {
                        "missing type constraint"
                    } else {
                        "missing parameter type"
                    }
                } else if require_names {
                    if list.len() == 1 {
                        "missing type parameter name or invalid array length"
                    } else {
                        "missing type parameter name"
                    }
                } else {
                    "missing parameter name"
                };
                self.syntax_error_at(at, msg);
            }
        }
        let n = list.len();
        for (i, f) in list.iter().enumerate() {
            if let Some(Node {
                kind: N::DotsType,
                pos,
                ..
            }) = &f.ty
            {
                if !dddok || i + 1 < n {
                    let msg = if dddok {
                        "can only use ... with final parameter"
                    } else {
                        "invalid use of ..."
                    };
                    self.error_at(*pos, msg.into());
                    break;
                }
            }
        }
        list
    }

    // ---------------------------------------------------------------------------------------
    // Statements (gc: simpleStmt, newRangeClause, labeledStmtOrNil, blockStmt, declStmt,
    // forStmt, header, ifStmt, switchStmt, selectStmt, caseClause, commClause, stmtOrNil,
    // stmtList, argList)

    fn simple_stmt(&mut self, lhs: Option<Node>, keyword: K) -> Simple {
        if keyword == K::For && self.tok == K::Range {
            self.next();
            self.expr();
            return Simple::Range;
        }
        let lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        let lo = lhs.lo;
        let is_list = matches!(lhs.kind, N::List(_));
        if !is_list && self.tok != K::Assign && self.tok != K::Define {
            let pos = self.pos();
            match self.tok {
                K::AssignOp => {
                    self.next();
                    let rhs = self.expr();
                    return Simple::Assign {
                        pos,
                        plain: false,
                        define: false,
                        lhs,
                        rhs: Some(rhs),
                        lo,
                        hi: self.prev_end,
                    };
                }
                K::IncOp => {
                    self.next();
                    return Simple::Assign {
                        pos,
                        plain: false,
                        define: false,
                        lhs,
                        rhs: None,
                        lo,
                        hi: self.prev_end,
                    };
                }
                K::Arrow => {
                    self.next();
                    self.expr();
                    return Simple::Send {
                        pos,
                        lo,
                        hi: self.prev_end,
                    };
                }
                _ => return Simple::Expr(lhs),
            }
        }
        match self.tok {
            K::Assign | K::Define => {
                let pos = self.pos();
                let define = self.tok == K::Define;
                self.next();
                if keyword == K::For && self.tok == K::Range {
                    self.next();
                    self.expr();
                    return Simple::Range;
                }
                let rhs = self.expr_list();
                if keyword == K::Switch && define && matches!(rhs.kind, N::Guard) {
                    if let N::Name = lhs.kind {
                        return Simple::Expr(rhs);
                    }
                }
                Simple::Assign {
                    pos,
                    plain: !define,
                    define,
                    lhs,
                    rhs: Some(rhs),
                    lo,
                    hi: self.prev_end,
                }
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[K::Semi, K::Rbrace]);
                let first = match lhs.kind {
                    N::List(mut l) if !l.is_empty() => l.swap_remove(0),
                    _ => lhs,
                };
                Simple::Expr(first)
            }
        }
    }

    fn labeled_stmt(&mut self) -> bool {
        let colon = self.pos();
        self.want(K::Colon);
        if self.tok == K::Rbrace {
            return true;
        }
        if self.stmt_or_nil() {
            return true;
        }
        self.syntax_error_at(colon, "missing statement after label");
        false
    }

    fn block_stmt(&mut self, context: &str) {
        if !self.got(K::Lbrace) {
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(&[K::Name, K::Rbrace]);
            if self.got(K::Rbrace) {
                return;
            }
        }
        self.stmt_list();
        self.want(K::Rbrace);
    }

    fn decl_stmt(&mut self, f: fn(&mut Self)) {
        self.next();
        self.group(f);
    }

    fn for_stmt(&mut self) {
        self.header(K::For);
        self.block_stmt("for clause");
    }

    fn header(&mut self, keyword: K) {
        self.want(keyword);
        if self.tok == K::Lbrace {
            if keyword == K::If {
                self.syntax_error("missing condition in if statement");
            }
            return;
        }
        let outer = self.xnest;
        self.xnest = -1;
        let mut init = None;
        if self.tok != K::Semi {
            if self.got(K::Var) {
                let k = match keyword {
                    K::If => "if",
                    K::For => "for",
                    _ => "switch",
                };
                self.syntax_error(&format!("var declaration not allowed in {k} initializer"));
            }
            let s = self.simple_stmt(None, keyword);
            if let Simple::Range = s {
                self.xnest = outer;
                return;
            }
            init = Some(s);
        }
        let mut cond_stmt = None;
        let mut semi: Option<(usize, &'static str)> = None;
        'done: {
            if self.tok != K::Lbrace {
                if self.tok == K::Semi {
                    semi = Some((self.pos(), lexer::semi_text(self.src, self.pos())));
                    self.next();
                } else {
                    self.want(K::Lbrace);
                    if self.tok != K::Lbrace {
                        self.advance(&[K::Lbrace, K::Rbrace]);
                    }
                }
                if keyword == K::For {
                    if self.tok != K::Semi {
                        if self.tok == K::Lbrace {
                            self.syntax_error("expected for loop condition");
                            break 'done;
                        }
                        cond_stmt = Some(self.simple_stmt(None, K::Eof));
                    }
                    self.want(K::Semi);
                    if self.tok != K::Lbrace {
                        let post = self.simple_stmt(None, K::Eof);
                        if let Simple::Assign {
                            pos, define: true, ..
                        } = post
                        {
                            self.syntax_error_at(
                                pos,
                                "cannot declare in post statement of for loop",
                            );
                        }
                    }
                } else if self.tok != K::Lbrace {
                    cond_stmt = Some(self.simple_stmt(None, keyword));
                }
            } else {
                cond_stmt = init.take();
            }
        }
        match cond_stmt {
            None => {
                if keyword == K::If {
                    if let Some((at, lit)) = semi {
                        if lit != "semicolon" {
                            self.syntax_error_at(
                                at,
                                &format!("unexpected {lit}, expected {{ after if clause"),
                            );
                        } else {
                            self.syntax_error_at(at, "missing condition in if statement");
                        }
                    }
                }
            }
            Some(Simple::Expr(_)) => {}
            Some(s) => {
                let (at, text) = self.stmt_text(&s);
                self.syntax_error_at(at, &format!("cannot use {text} as value"));
            }
        }
        self.xnest = outer;
    }

    /// gc's position and rendering of a simple statement used as a value.
    fn stmt_text(&self, s: &Simple) -> (usize, String) {
        let emphasize = |x: &Node| {
            let t = self.text(x.lo, x.hi);
            if x.is_binary() {
                format!("({t})")
            } else {
                t
            }
        };
        match s {
            Simple::Assign {
                pos,
                plain: true,
                lhs,
                rhs: Some(rhs),
                ..
            } => (
                *pos,
                format!("assignment {} = {}", emphasize(lhs), emphasize(rhs)),
            ),
            Simple::Assign { pos, lo, hi, .. } | Simple::Send { pos, lo, hi } => {
                (*pos, self.text(*lo, *hi))
            }
            Simple::Expr(x) => (x.pos, self.text(x.lo, x.hi)),
            Simple::Range => (self.pos(), String::new()),
        }
    }

    fn if_stmt(&mut self) {
        self.header(K::If);
        self.block_stmt("if clause");
        if self.got(K::Else) {
            match self.tok {
                K::If => self.if_stmt(),
                K::Lbrace => self.block_stmt(""),
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[K::Name, K::Rbrace]);
                }
            }
        }
    }

    fn switch_stmt(&mut self) {
        self.header(K::Switch);
        self.clause_block("switch", false);
    }

    fn select_stmt(&mut self) {
        self.want(K::Select);
        self.clause_block("select", true);
    }

    /// The `{ case …: … }` of gc's `switchStmt` (or of `selectStmt` when `comm`).
    fn clause_block(&mut self, keyword: &str, comm: bool) {
        if !self.got(K::Lbrace) {
            self.syntax_error(&format!("missing {{ after {keyword} clause"));
            self.advance(&[K::Case, K::Default, K::Rbrace]);
        }
        while self.tok != K::Eof && self.tok != K::Rbrace {
            self.burn();
            self.case_clause(comm);
        }
        self.want(K::Rbrace);
    }

    /// gc's `caseClause` (and `commClause` when `comm`).
    fn case_clause(&mut self, comm: bool) {
        match self.tok {
            K::Case => {
                self.next();
                if comm {
                    self.simple_stmt(None, K::Eof);
                } else {
                    self.expr_list();
                }
            }
            K::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[K::Colon, K::Case, K::Default, K::Rbrace]);
            }
        }
        self.want(K::Colon);
        self.stmt_list();
    }

    /// gc's `stmtOrNil`: false where no statement starts.
    fn stmt_or_nil(&mut self) -> bool {
        if self.tok == K::Name {
            self.clear_pragma();
            let lhs = self.expr_list();
            if let N::Name = lhs.kind {
                if self.tok == K::Colon {
                    return self.labeled_stmt();
                }
            }
            self.simple_stmt(Some(lhs), K::Eof);
            return true;
        }
        match self.tok {
            K::Var => {
                self.decl_stmt(Self::var_decl);
                return true;
            }
            K::Const => {
                self.decl_stmt(Self::const_decl);
                return true;
            }
            K::Type => {
                self.decl_stmt(Self::type_decl);
                return true;
            }
            _ => {}
        }
        self.clear_pragma();
        match self.tok {
            K::Lbrace => self.block_stmt(""),
            K::Operator | K::Star => {
                if matches!(
                    self.raw(),
                    Some(Tok::Add | Tok::Sub | Tok::Star | Tok::And | Tok::Xor | Tok::Not)
                ) {
                    self.simple_stmt(None, K::Eof);
                } else {
                    return false;
                }
            }
            K::Literal
            | K::Func
            | K::Lparen
            | K::Lbrack
            | K::Struct
            | K::Map
            | K::Chan
            | K::Interface
            | K::Arrow => {
                self.simple_stmt(None, K::Eof);
            }
            K::For => self.for_stmt(),
            K::Switch => self.switch_stmt(),
            K::Select => self.select_stmt(),
            K::If => self.if_stmt(),
            K::Fallthrough => self.next(),
            K::Break | K::Continue => {
                self.next();
                if self.tok == K::Name {
                    self.next();
                }
            }
            K::Go | K::Defer => self.call_stmt(),
            K::Goto => {
                self.next();
                self.name();
            }
            K::Return => {
                self.next();
                if self.tok != K::Semi && self.tok != K::Rbrace {
                    self.expr_list();
                }
            }
            K::Semi => {}
            _ => return false,
        }
        true
    }

    fn stmt_list(&mut self) {
        while !matches!(self.tok, K::Eof | K::Rbrace | K::Case | K::Default) {
            self.burn();
            let found = self.stmt_or_nil();
            self.clear_pragma();
            if !found {
                break;
            }
            if !self.got(K::Semi) && self.tok != K::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[K::Semi, K::Rbrace, K::Case, K::Default]);
                self.got(K::Semi);
            }
        }
    }

    fn arg_list(&mut self) -> (Vec<Node>, bool) {
        let mut list = Vec::new();
        let mut dots = false;
        self.xnest += 1;
        self.list("argument list", K::Comma, K::Rparen, |p| {
            list.push(p.expr());
            dots = p.got(K::DotDotDot);
            dots
        });
        self.xnest -= 1;
        (list, dots)
    }

    // ---------------------------------------------------------------------------------------
    // Common (gc: name, nameList, qualifiedName, exprList, typeList)

    fn name(&mut self) -> Node {
        let pos = self.pos();
        if self.tok == K::Name {
            self.next();
            return self.node(N::Name, pos, pos);
        }
        let n = self.bad();
        self.syntax_error("expected name");
        self.advance(&[]);
        Node { kind: N::Name, ..n }
    }

    /// gc's `nameList` after its first name: the number of further names.
    fn name_list(&mut self) -> usize {
        let mut n = 0;
        while self.got(K::Comma) {
            self.name();
            n += 1;
        }
        n
    }

    fn qualified_name(&mut self, name: Option<Node>) -> Node {
        let mut x = match name {
            Some(n) => n,
            None if self.tok == K::Name => self.name(),
            None => {
                let n = self.bad();
                self.syntax_error("expected name");
                self.advance(&[K::Dot, K::Semi, K::Rbrace]);
                Node { kind: N::Name, ..n }
            }
        };
        if self.tok == K::Dot {
            let pos = self.pos();
            self.next();
            self.name();
            let lo = x.lo;
            x = self.node(N::Selector, pos, lo);
        }
        if self.tok == K::Lbrack {
            x = self.type_instance(x);
        }
        x
    }

    fn expr_list(&mut self) -> Node {
        let x = self.expr();
        if self.got(K::Comma) {
            let lo = x.lo;
            let mut list = vec![x, self.expr()];
            while self.got(K::Comma) {
                self.burn();
                list.push(self.expr());
            }
            let pos = list[0].pos;
            return self.node(N::List(list), pos, lo);
        }
        x
    }

    fn type_list(&mut self, strict: bool) -> (Node, bool) {
        self.xnest += 1;
        let mut x = if strict { self.type_() } else { self.expr() };
        let mut comma = false;
        if self.got(K::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                let mut list = vec![x, t];
                while self.got(K::Comma) {
                    self.burn();
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
                let (pos, lo) = (list[0].pos, list[0].lo);
                x = self.node(N::List(list), pos, lo);
            }
        }
        self.xnest -= 1;
        (x, comma)
    }
}

/// gc's `extractName`: in `type T[P C]`, whether `[`…`]` holds a type parameter list (a name
/// and maybe its constraint) or an array length.
fn extract_name(x: Node, force: bool) -> Result<(Node, Option<Node>), Node> {
    match x.kind {
        N::Name => Ok((x, None)),
        N::Operation {
            op,
            x: ref a,
            y: Some(ref b),
        } => match op {
            Op::Mul if matches!(a.kind, N::Name) && (force || is_type_elem(b)) => {
                let name = (**a).clone();
                let t = Node {
                    kind: N::Operation {
                        op: Op::Mul,
                        x: b.clone(),
                        y: None,
                    },
                    ..x.clone()
                };
                Ok((name, Some(t)))
            }
            Op::Or => {
                let force = force || is_type_elem(b);
                match extract_name((**a).clone(), force) {
                    Ok((name, Some(lhs))) => {
                        let t = Node {
                            kind: N::Operation {
                                op: Op::Or,
                                x: Box::new(lhs),
                                y: Some(b.clone()),
                            },
                            ..x.clone()
                        };
                        Ok((name, Some(t)))
                    }
                    _ => Err(x),
                }
            }
            _ => Err(x),
        },
        N::Call {
            ref fun,
            ref args,
            dots,
        } if matches!(fun.kind, N::Name)
            && args.len() == 1
            && !dots
            && (force || is_type_elem(&args[0])) =>
        {
            Ok(((**fun).clone(), Some(args[0].unparen().clone())))
        }
        _ => Err(x),
    }
}

/// gc's `isTypeElem`.
fn is_type_elem(x: &Node) -> bool {
    match &x.kind {
        N::ArrayType
        | N::StructType
        | N::FuncType
        | N::InterfaceType
        | N::SliceType
        | N::MapType
        | N::ChanType { .. } => true,
        N::Operation { op, x, y } => {
            is_type_elem(x) || y.as_ref().is_some_and(|y| is_type_elem(y)) || *op == Op::Tilde
        }
        N::Paren(x) => is_type_elem(x),
        _ => false,
    }
}

/// Whether `x` is a type literal (whose methods gocrane cannot take as method expressions).
fn is_type_literal(x: &Node) -> bool {
    matches!(
        x.unparen().kind,
        N::ArrayType
            | N::SliceType
            | N::StructType
            | N::FuncType
            | N::InterfaceType
            | N::MapType
            | N::ChanType { .. }
    )
}

/// gc's `isValue`: whether `x` is certainly a value (so `x[i] {` is not a composite literal).
fn is_value(x: &Node) -> bool {
    match &x.kind {
        N::BasicLit
        | N::CompositeLit
        | N::FuncLit
        | N::Slice
        | N::Assert
        | N::Guard
        | N::Call { .. } => true,
        N::Operation { op, y, .. } => *op != Op::Mul || y.is_some(),
        N::Paren(x) => is_value(x),
        N::Index(x, i) => is_value(x) || is_value(i),
        _ => false,
    }
}
