//! The parser boundary: [`parse_file`] turns one source file into an [`ast::File`] or gc-worded
//! diagnostics. Behind it: `lexer.rs` (tokens, semicolons, lexical errors) and the LR(1) grammar
//! `grammar.lalrpop`, whose actions build the AST through [`Ctx`].
//!
//! Go's grammar is not LR(1) as the spec writes it; the grammar resolves each ambiguity the way
//! gc's hand-written parser does, by splitting nonterminals:
//!
//! - Composite literals in `if`/`for`/`switch` headers: expression nonterminals take a parameter
//!   `C`; in headers (`"nc"`) `T{` is not a composite literal when `T` is a name, so
//!   `if x == T {` opens the block. Type literals (`[]int{…}`) stay composite literals there,
//!   and parentheses or brackets re-enable everything.
//! - `func` in expressions: `func(…) … {` is always a function literal; a func *type* is only an
//!   expression where no `{` can follow (so not in headers).
//! - Result-less func types followed by `(`: in `[]func()(x)` the `(x)` is the func's result
//!   list, as in gc. Type nonterminals take a parameter `V` ("np": cannot end in a result-less
//!   func; "rf": does), and only "np" type literals can be called or indexed.
//! - Parameter lists `(a, b int)` vs `(int, string)`: each entry is parsed as "maybe a name,
//!   then a type" and [`Ctx::params`] groups names afterwards, as gc's `paramList` does.
//! - Headers are parsed as `[simple statement ;] simple statement` and checked afterwards, which
//!   yields gc's `cannot use x := 1 as value` and recognises the type-switch guard `v := x.(type)`.
//!
//! Simplifications: generic instantiations (`List[int]`) parse only in expressions, not in type
//! positions; `<-chan T(x)` parses as a receive of a conversion. Generic declarations parse and
//! only record the span of their type parameters, which the checker rejects.
//!
//! Errors: all lexical errors are reported. Every file is also read by [`recognise`], a
//! replay of gc's hand-written parser over the same tokens (no AST). When either parser
//! rejects the file, the syntax errors are the replay's, so they are gc's, with gc's recovery
//! and the errors after it. Where the two disagree the other way (the grammar's
//! simplifications above reject what gc's parser accepts) gocrane names the construct it does
//! not support. The replay also follows gc's `//go:` directives: where gc's parser finds one
//! misplaced (reported with the file's other errors), and where a declaration took one it
//! does not allow (reported once the package type-checks, as gc's writer does). Before gc,
//! the go command reads the package clause and imports itself ([`header`]); an error there is
//! the file's only one.

use std::cell::Cell;

use lalrpop_util::{lalrpop_mod, ParseError};

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::lexer::{self, Tok};
use crate::source::{FileId, SourceMap, Span};

lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    grammar
);

pub use crate::ast::NodeIdGen;

mod header;
mod recognise;

/// Parses one file. `Err` holds every diagnostic (lexical and syntax errors).
pub fn parse_file(
    map: &SourceMap,
    file: FileId,
    ids: &mut NodeIdGen,
) -> Result<File, Vec<Diagnostic>> {
    let parsed = parse_file_lenient(map, file, ids);
    match parsed.file {
        Some(f) if parsed.diagnostics.is_empty() => Ok(f),
        _ => Err(parsed.diagnostics),
    }
}

/// The result of [`parse_file_lenient`].
pub struct Parsed {
    /// None after a syntax error.
    pub file: Option<File>,
    pub diagnostics: Vec<Diagnostic>,
    /// True if some diagnostic is a syntax error. gc type-checks a package whose only errors are
    /// lexical (a bad escape, an invalid character) and stops after syntax errors.
    pub has_syntax_errors: bool,
    /// Errors gc reports only once the package type-checks: directives a declaration does not
    /// allow (its unified IR writer's `checkPragmas`).
    pub late: Vec<Diagnostic>,
}

/// Like [`parse_file`], but also returns the AST when there were only lexical errors, so that
/// a driver can type-check anyway and print what gc prints.
pub fn parse_file_lenient(map: &SourceMap, file: FileId, ids: &mut NodeIdGen) -> Parsed {
    let src = map.file(file).text.as_str();
    let lexed = lexer::lex(src);
    set_line_bases(map, file, &lexed.line_directives);
    let mut diagnostics: Vec<Diagnostic> = lexed
        .errors
        .iter()
        .map(|e| Diagnostic::new(point(file, e.offset), e.message.clone()))
        .collect();
    let first_id = ids.peek();
    let lex_errors: Vec<usize> = lexed.errors.iter().map(|e| e.offset).collect();
    let mut run = parse_tokens(file, src, first_id, &lexed.tokens, &lex_errors);
    // After an earlier error, gc's parser reports nothing at the end of the file and closes
    // whatever is still open (after a raw string running to the end of the file, say), and
    // gc type-checks the file when the earlier errors were all lexical. The same here: when
    // the grammar's only complaint is the end of the file, the brackets still open are closed
    // there (and the declaration ended).
    if !diagnostics.is_empty() && matches!(run.result, Err(ParseError::UnrecognizedEof { .. })) {
        let eof = src.len();
        let mut closed = lexed.tokens.clone();
        closed.extend(
            closers(&lexed.tokens)
                .into_iter()
                .rev()
                .map(|t| (eof, t, eof)),
        );
        closed.push((eof, Tok::Semi, eof));
        let attempt = parse_tokens(file, src, first_id, &closed, &lex_errors);
        if attempt.result.is_ok() {
            run = attempt;
        }
    }
    ids.set_next(run.next_id);
    let replay = recognise::replay(src, &lexed.tokens, &lexed.directives, &lex_errors);
    // gc's parser may reject what the grammar accepts; then its errors are the answer too.
    if let Some(at) = replay.go_command {
        // The go command reports one error and stops: its own, or the lexical one there.
        diagnostics.retain(|d| replay.errors.is_empty() && d.span.lo as usize == at);
        diagnostics.truncate(1);
        diagnostics.extend(
            replay
                .errors
                .into_iter()
                .map(|r| Diagnostic::new(point(file, r.offset), r.message)),
        );
        return Parsed {
            file: None,
            diagnostics,
            has_syntax_errors: true,
            late: vec![],
        };
    }
    let replay_rejects = replay
        .errors
        .iter()
        .any(|e| e.parser && e.message.starts_with("syntax error"));
    let (mut f, soft) = match run.result {
        Ok(f) if !replay_rejects => (f, run.soft),
        result => {
            diagnostics.extend(syntax_errors(map, file, replay, result.err()));
            diagnostics.sort_by_key(|d| d.span.lo);
            return Parsed {
                file: None,
                diagnostics,
                has_syntax_errors: true,
                late: vec![],
            };
        }
    };
    apply_pragmas(&mut f, &lexed.directives);
    // The errors gc reports while parsing that do not stop it: the grammar's own, and those of
    // gc's parser and pragma handler (`method has no receiver`, `misplaced compiler
    // directive`).
    let soft: Vec<Diagnostic> = soft
        .into_iter()
        .map(|e| Diagnostic::new(point(file, e.offset), e.message))
        .collect();
    for r in replay.errors {
        let d = Diagnostic::new(point(file, r.offset), r.message);
        if !soft.contains(&d) {
            diagnostics.push(d);
        }
    }
    diagnostics.extend(soft);
    diagnostics.sort_by_key(|d| d.span.lo);
    Parsed {
        file: Some(f),
        diagnostics,
        has_syntax_errors: false,
        late: replay
            .misplaced_late
            .into_iter()
            .map(|(at, message)| Diagnostic::new(point(file, at), message))
            .collect(),
    }
}

/// The syntax errors of a file gc's parser or the grammar rejected (with `err`): gc's, from
/// the replay of its parser, with gc's reporting rule of one syntax error per line
/// (cmd/compile/internal/base). When gc's parser accepts the file, the grammar stopped at one
/// of its simplifications (see the module comment): gocrane names the construct, the last one
/// the replay noted before where the grammar stopped.
fn syntax_errors(
    map: &SourceMap,
    file: FileId,
    replay: recognise::Replay,
    err: Option<ParseError<usize, Tok, PError>>,
) -> Vec<Diagnostic> {
    let src = map.file(file).text.as_str();
    let mut out = Vec::new();
    if !replay.errors.iter().any(|e| e.parser) {
        // gc's parser stopped silently after a lexical error (at the end of the file, or
        // right after the package clause): the lexical errors are all gc says.
        if replay.lexical_errors {
            return out;
        }
        let stop = match err {
            Some(ParseError::User { error }) => error.offset,
            Some(ParseError::InvalidToken { location }) => location,
            Some(
                ParseError::UnrecognizedToken { token, .. } | ParseError::ExtraToken { token },
            ) => token.0,
            _ => src.len(),
        };
        let noted = replay.unsupported.iter().rev().find(|u| u.0 <= stop);
        let (at, what) = noted.or(replay.unsupported.first()).copied().unwrap_or((
            stop,
            "this syntax (gc's parser accepts it, gocrane's does not)",
        ));
        out.push(Diagnostic::unsupported(point(file, at), what));
    }
    let mut last_line = None;
    for r in replay.errors {
        let d = Diagnostic::new(point(file, r.offset), r.message);
        if d.message.starts_with("syntax error") {
            let line = map.line(d.span);
            if last_line == Some(line) {
                continue;
            }
            last_line = Some(line);
        }
        out.push(d);
    }
    out
}

/// The closing brackets of the brackets open at the end of `tokens`, innermost last.
fn closers<'s>(tokens: &[(usize, Tok<'s>, usize)]) -> Vec<Tok<'s>> {
    let mut stack = Vec::new();
    for t in tokens {
        match t.1 {
            Tok::LParen => stack.push(Tok::RParen),
            Tok::LBrack => stack.push(Tok::RBrack),
            Tok::LBrace => stack.push(Tok::RBrace),
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack
}

/// What one run of the grammar produced.
struct Run<'s> {
    result: Result<File, ParseError<usize, Tok<'s>, PError>>,
    /// Errors reported without stopping (see [`Ctx`]).
    soft: Vec<PError>,
    /// The next free node id.
    next_id: u32,
}

/// One run of the grammar over `tokens`, numbering nodes from `first_id`.
fn parse_tokens<'s>(
    file: FileId,
    src: &'s str,
    first_id: u32,
    tokens: &[(usize, Tok<'s>, usize)],
    lex_errors: &'s [usize],
) -> Run<'s> {
    let cx = Ctx {
        file,
        src,
        next: Cell::new(first_id),
        soft: Default::default(),
        lex_errors,
    };
    let result = grammar::FileParser::new().parse(&cx, tokens.iter().cloned().map(Ok::<_, PError>));
    Run {
        result,
        soft: cx.soft.take(),
        next_id: cx.next.get(),
    }
}

/// Parses one file of gocrane's standard library for its declarations only: the body of every
/// function declared at package level is left empty (`{}`), as if the functions were
/// compiled elsewhere — they are, in the library archive (see the driver's `archive.rs`).
/// Package-level variables keep their initialisers (function literals included). The
/// library's files are valid Go, so gc's parser is not replayed over them; any error is
/// returned as is.
pub fn parse_file_declarations(
    map: &SourceMap,
    file: FileId,
    ids: &mut NodeIdGen,
) -> Result<File, Vec<Diagnostic>> {
    let src = map.file(file).text.as_str();
    let lexed = lexer::lex(src);
    if let Some(e) = lexed.errors.first() {
        return Err(vec![Diagnostic::new(
            point(file, e.offset),
            e.message.clone(),
        )]);
    }
    let tokens = without_bodies(&lexed.tokens);
    let run = parse_tokens(file, src, ids.peek(), &tokens, &[]);
    ids.set_next(run.next_id);
    let mut f = run.result.map_err(|e| {
        let at = match &e {
            ParseError::UnrecognizedToken { token, .. } | ParseError::ExtraToken { token } => {
                token.0
            }
            ParseError::InvalidToken { location } => *location,
            _ => src.len(),
        };
        vec![Diagnostic::new(
            point(file, at),
            format!("syntax error: {e:?}"),
        )]
    })?;
    apply_pragmas(&mut f, &lexed.directives);
    Ok(f)
}

/// `tokens` without what stands between the braces of each package-level function's body.
/// A package-level `func` follows a `;` (or opens the file) outside any braces; its body is
/// the first `{` outside its signature's parentheses and brackets that does not open a
/// `struct` or `interface` type (`func f() interface{ M() } {`).
fn without_bodies<'s>(tokens: &[(usize, Tok<'s>, usize)]) -> Vec<(usize, Tok<'s>, usize)> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut depth = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        let tok = &tokens[i].1;
        let decl_start = i == 0 || matches!(tokens[i - 1].1, Tok::Semi);
        if depth == 0 && decl_start && matches!(tok, Tok::Func) {
            match body_start(tokens, i) {
                Some(open) => {
                    let close = matching_brace(tokens, open);
                    out.extend_from_slice(&tokens[i..=open]);
                    out.extend(tokens.get(close).copied());
                    i = close + 1;
                }
                None => {
                    out.push(tokens[i]);
                    i += 1;
                }
            }
            continue;
        }
        match tok {
            Tok::LBrace => depth += 1,
            Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        out.push(tokens[i]);
        i += 1;
    }
    out
}

/// The index of the `{` opening the body of the function declared at `func`, if it has one.
fn body_start(tokens: &[(usize, Tok<'_>, usize)], func: usize) -> Option<usize> {
    let mut nesting = 0usize;
    let mut i = func + 1;
    while i < tokens.len() {
        match tokens[i].1 {
            Tok::LParen | Tok::LBrack => nesting += 1,
            Tok::RParen | Tok::RBrack => nesting = nesting.saturating_sub(1),
            Tok::Struct | Tok::Interface
                if nesting == 0 && matches!(tokens.get(i + 1), Some((_, Tok::LBrace, _))) =>
            {
                i = matching_brace(tokens, i + 1);
            }
            Tok::LBrace if nesting == 0 => return Some(i),
            Tok::Semi if nesting == 0 => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

/// The index of the `}` closing the `{` at `open` (the last token if it is never closed).
fn matching_brace(tokens: &[(usize, Tok<'_>, usize)], open: usize) -> usize {
    let mut depth = 0usize;
    for (i, t) in tokens.iter().enumerate().skip(open) {
        match t.1 {
            Tok::LBrace => depth += 1,
            Tok::RBrace => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    tokens.len().saturating_sub(1)
}

/// Records the file's line directives as the positions it reports (gc's position bases): a
/// directive without a file name keeps the one before it.
fn set_line_bases(map: &SourceMap, file: FileId, directives: &[lexer::LineDirective]) {
    if directives.is_empty() {
        return;
    }
    let mut before: Option<String> = None;
    let bases = directives
        .iter()
        .map(|d| {
            let name = d.file.clone().or_else(|| before.clone());
            before = name.clone();
            crate::source::LineBase {
                at: d.at as u32,
                file: name,
                line: d.line,
                col: d.col,
            }
        })
        .collect();
    map.file(file).set_line_bases(bases);
}

fn point(file: FileId, offset: usize) -> Span {
    Span::new(file, offset as u32, offset as u32)
}

/// gc's rule (checked with `-gcflags=-m`): a `//go:noinline` anywhere between the end of the
/// previous declaration and the `func` keyword applies to that function, even across blank
/// lines and doc comments (the parser collects pragmas until the declaration and clears them
/// after it).
fn apply_pragmas(f: &mut File, directives: &[lexer::Directive]) {
    // `//go:linkname local target` anywhere in the file (gc checks the usage elsewhere).
    let file = f.span.file;
    for d in directives {
        let fields: Vec<&str> = d.text.split_whitespace().collect();
        if let ["go:linkname", local, target] = fields.as_slice() {
            let at = (d.offset + 2) as u32;
            f.linknames.push(crate::ast::Linkname {
                local: local.to_string(),
                target: target.to_string(),
                span: Span::new(file, at, at),
            });
        }
    }
    let mut prev_end = f.imports.last().map_or(f.package.span.hi, |i| i.span.hi) as usize;
    for decl in &mut f.decls {
        let (lo, hi) = match decl {
            Decl::Func(fd) => (fd.span.lo, fd.span.hi),
            Decl::Const(v) => span_of(v.iter().map(|s| s.span)),
            Decl::Var(v) => span_of(v.iter().map(|s| s.span)),
            Decl::Type(v) => span_of(v.iter().map(|s| s.span)),
        };
        if let Decl::Func(fd) = decl {
            let has = |name: &str| {
                directives.iter().any(|d| {
                    (prev_end..lo as usize).contains(&d.offset)
                        && d.text.split_whitespace().next() == Some(name)
                })
            };
            fd.pragmas.noinline = has("go:noinline");
            fd.pragmas.noescape = has("go:noescape");
        }
        prev_end = prev_end.max(hi as usize);
    }
}

fn span_of(spans: impl Iterator<Item = Span>) -> (u32, u32) {
    spans.fold((u32::MAX, 0), |(lo, hi), s| (lo.min(s.lo), hi.max(s.hi)))
}

// -------------------------------------------------------------------------------------------
// Syntax errors

/// An error raised by a grammar action, already worded (without the `syntax error: ` prefix
/// when `plain` is false... see [`PError::syntax`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PError {
    pub offset: usize,
    pub message: String,
}

impl PError {
    /// A `syntax error: …` at `offset`.
    pub fn syntax(offset: usize, message: impl Into<String>) -> PError {
        PError {
            offset,
            message: format!("syntax error: {}", message.into()),
        }
    }
}

/// Wraps an action error for lalrpop.
pub fn user<'a>(error: PError) -> ParseError<usize, Tok<'a>, PError> {
    ParseError::User { error }
}

// -------------------------------------------------------------------------------------------
// AST construction helpers used by the grammar's actions

/// What the grammar's actions need: the file, the source (for error texts) and the id counter.
pub struct Ctx<'a> {
    pub file: FileId,
    pub src: &'a str,
    next: Cell<u32>,
    /// Errors gc reports without stopping (it type-checks afterwards), such as
    /// `range clause permits at most two iteration variables`.
    soft: std::cell::RefCell<Vec<PError>>,
    /// Where the lexer reported errors (a literal holding one is bad).
    lex_errors: &'a [usize],
}

/// One entry of a parameter list before names are grouped: `a`, `a int`, `...int`, `int`.
pub struct ParamEntry {
    pub name: Option<Ident>,
    pub ty: Expr,
    pub variadic: bool,
    pub span: Span,
}

/// A composite literal element's key or value: an expression or an elided-type `{…}`.
pub enum ElemKey {
    Expr(Expr),
    Lit(usize, LitValue, usize),
}

/// `{ elements }` with the spans of its braces.
pub type LitValue = (Vec<(Option<ElemKey>, ElemKey)>, Span, Span);

/// An `if`/`switch` header: `[init ;] last`, with byte offsets for error positions.
pub struct Header {
    pub init: Option<Stmt>,
    pub semi: Option<usize>,
    pub last: Option<Stmt>,
    pub lo: usize,
    pub hi: usize,
}

impl<'a> Ctx<'a> {
    pub fn span(&self, l: usize, r: usize) -> Span {
        Span::new(self.file, l as u32, r as u32)
    }

    pub fn id(&self) -> NodeId {
        let n = self.next.get();
        self.next.set(n + 1);
        NodeId(n)
    }

    pub fn expr(&self, l: usize, kind: ExprKind, r: usize) -> Expr {
        Expr {
            id: self.id(),
            kind,
            span: self.span(l, r),
        }
    }

    pub fn ident(&self, l: usize, name: &str, r: usize) -> Ident {
        Ident {
            id: self.id(),
            name: name.to_string(),
            span: self.span(l, r),
        }
    }

    pub fn lit(&self, l: usize, kind: LitKind, raw: &str, r: usize) -> Expr {
        let bad = self.lex_errors.iter().any(|&at| (l..=r).contains(&at));
        self.expr(
            l,
            ExprKind::BasicLit {
                kind,
                raw: raw.to_string(),
                bad,
            },
            r,
        )
    }

    pub fn binary(&self, x: Expr, op: BinaryOp, ol: usize, or: usize, y: Expr) -> Expr {
        let span = x.span.to(y.span);
        Expr {
            id: self.id(),
            kind: ExprKind::Binary {
                op,
                x: Box::new(x),
                y: Box::new(y),
                op_span: self.span(ol, or),
            },
            span,
        }
    }

    /// `<-chan T` arrives as a receive applied to `chan T` (the grammar cannot tell them
    /// apart); like gc, turn it into a receive-only channel type.
    pub fn unary(&self, l: usize, op: UnaryOp, r: usize, x: Expr) -> Expr {
        let hi = x.span.hi as usize;
        if op == UnaryOp::Recv {
            if let ExprKind::ChanType {
                dir: ChanDir::Both,
                elem,
            } = x.kind
            {
                return self.expr(
                    l,
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        elem,
                    },
                    hi,
                );
            }
        }
        self.expr(
            l,
            ExprKind::Unary {
                op,
                x: Box::new(x),
                op_span: self.span(l, r),
            },
            hi,
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub fn slice(
        &self,
        l: usize,
        x: Expr,
        lbrack: Span,
        lo: Option<Expr>,
        hi: Option<Expr>,
        max: Option<Expr>,
        r: usize,
    ) -> Expr {
        self.expr(
            l,
            ExprKind::Slice {
                x: Box::new(x),
                lo: lo.map(Box::new),
                hi: hi.map(Box::new),
                three: max.is_some(),
                max: max.map(Box::new),
                lbrack,
            },
            r,
        )
    }

    pub fn call(
        &self,
        l: usize,
        fun: Expr,
        lparen: Span,
        args: (Vec<Expr>, Option<Span>),
        rparen: Span,
    ) -> Expr {
        self.expr(
            l,
            ExprKind::Call {
                fun: Box::new(fun),
                args: args.0,
                ellipsis: args.1,
                lparen,
                rparen,
            },
            rparen.hi as usize,
        )
    }

    fn elem(&self, e: ElemKey) -> Expr {
        match e {
            ElemKey::Expr(e) => e,
            ElemKey::Lit(l, v, r) => self.composite(l, None, v, r),
        }
    }

    pub fn composite(&self, l: usize, ty: Option<Expr>, value: LitValue, r: usize) -> Expr {
        let (elems, lbrace, rbrace) = value;
        let elts = elems
            .into_iter()
            .map(|(k, v)| Element {
                key: k.map(|k| self.elem(k)),
                value: self.elem(v),
            })
            .collect();
        self.expr(
            l,
            ExprKind::CompositeLit {
                ty: ty.map(Box::new),
                elts,
                lbrace,
                rbrace,
            },
            r,
        )
    }

    pub fn stmt(&self, l: usize, kind: StmtKind, r: usize) -> Stmt {
        Stmt {
            kind,
            span: self.span(l, r),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn func_decl(
        &self,
        recv: Option<Param>,
        name: Ident,
        type_params: Option<Span>,
        ty: FuncType,
        body: Option<Block>,
        l: usize,
        r: usize,
    ) -> FuncDecl {
        FuncDecl {
            recv,
            name,
            type_params,
            ty,
            body,
            pragmas: Pragmas::default(),
            span: self.span(l, r),
        }
    }

    /// A method has exactly one receiver (gc checks this in types2 with these words).
    pub fn receiver(&self, mut params: Vec<Param>, l: usize) -> Result<Param, PError> {
        match params.len() {
            1 => Ok(params.remove(0)),
            0 => Err(PError {
                offset: l + 5,
                message: "method has no receiver".into(),
            }),
            _ => Err(PError {
                offset: params[1].span.lo as usize,
                message: "method has multiple receivers".into(),
            }),
        }
    }

    pub fn func_type_expr(
        &self,
        l: usize,
        params: Vec<Param>,
        results: Vec<Param>,
        r: usize,
    ) -> Expr {
        let ty = FuncType {
            params,
            results,
            span: self.span(l, r),
        };
        self.expr(l, ExprKind::FuncType(ty), r)
    }

    pub fn unnamed_param(&self, ty: Expr) -> Param {
        Param {
            name: None,
            span: ty.span,
            ty,
            variadic: false,
        }
    }

    /// Groups `a, b int` into named parameters, as gc's `paramList`: either every entry has a
    /// name (entries that are a bare name take the type of the next entry with a type), or
    /// none has.
    pub fn params(&self, entries: Vec<ParamEntry>) -> Result<Vec<Param>, PError> {
        if entries.iter().all(|e| e.name.is_none()) {
            return Ok(entries
                .into_iter()
                .map(|e| Param {
                    name: None,
                    ty: e.ty,
                    variadic: e.variadic,
                    span: e.span,
                })
                .collect());
        }
        let mut out: Vec<Param> = Vec::with_capacity(entries.len());
        let mut next_type: Option<Expr> = None;
        let end = entries.last().map(|e| e.span.hi as usize).unwrap_or(0);
        for e in entries.into_iter().rev() {
            match e.name {
                Some(name) => {
                    next_type = Some(e.ty.clone());
                    out.push(Param {
                        name: Some(name),
                        ty: e.ty,
                        variadic: e.variadic,
                        span: e.span,
                    });
                }
                None => {
                    let (Some(name), false) = (e.ty.as_ident(), e.variadic) else {
                        return Err(PError::syntax(e.span.lo as usize, "missing parameter name"));
                    };
                    let Some(ty) = next_type.clone() else {
                        // gc reports this where the list ends.
                        return Err(PError::syntax(end, "missing parameter type"));
                    };
                    let name = Ident {
                        id: e.ty.id,
                        name: name.to_string(),
                        span: e.ty.span,
                    };
                    out.push(Param {
                        name: Some(name),
                        ty,
                        variadic: false,
                        span: e.span,
                    });
                }
            }
        }
        out.reverse();
        Ok(out)
    }

    /// gc's rendering of a statement in `cannot use … as value`: the source with spaces
    /// normalised around `:=`, `=` and `op=`.
    fn stmt_text(&self, s: &Stmt) -> String {
        let text = self
            .src
            .get(s.span.lo as usize..s.span.hi as usize)
            .unwrap_or("");
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The position gc gives a simple statement: the operator of an assignment, else its start.
    fn stmt_pos(&self, s: &Stmt) -> usize {
        match &s.kind {
            StmtKind::Assign { op_span, .. } => op_span.lo as usize,
            _ => s.span.lo as usize,
        }
    }

    fn cond(&self, s: Stmt) -> Result<Expr, PError> {
        match s.kind {
            StmtKind::Expr(e) => Ok(e),
            _ => Err(PError::syntax(
                self.stmt_pos(&s),
                format!("cannot use {} as value", self.stmt_text(&s)),
            )),
        }
    }

    fn header_init(init: Option<Stmt>) -> Option<Box<Stmt>> {
        init.map(Box::new)
    }

    pub fn if_stmt(
        &self,
        l: usize,
        h: Header,
        then: Block,
        els: Option<Stmt>,
        r: usize,
    ) -> Result<Stmt, PError> {
        let cond = match h.last {
            Some(s) => self.cond(s)?,
            None => {
                let at = h.semi.unwrap_or(h.hi);
                return match h.semi {
                    Some(semi) if lexer::semi_text(self.src, semi) != "semicolon" => Err(PError {
                        offset: semi,
                        message: format!(
                            "syntax error: unexpected {}, expected {{ after if clause",
                            lexer::semi_text(self.src, semi)
                        ),
                    }),
                    _ => Err(PError::syntax(at, "missing condition in if statement")),
                };
            }
        };
        Ok(self.stmt(
            l,
            StmtKind::If {
                init: Self::header_init(h.init),
                cond,
                then,
                els: els.map(Box::new),
            },
            r,
        ))
    }

    pub fn switch_stmt(
        &self,
        l: usize,
        h: Header,
        clauses: Vec<CaseClause>,
        body_span: Span,
        r: usize,
    ) -> Result<Stmt, PError> {
        let init = Self::header_init(h.init);
        let Some(last) = h.last else {
            return Ok(self.stmt(
                l,
                StmtKind::Switch {
                    init,
                    tag: None,
                    clauses,
                    body_span,
                },
                r,
            ));
        };
        // The type switch guard: `x.(type)` or `v := x.(type)`.
        let guard = |e: &Expr| matches!(e.kind, ExprKind::TypeAssert { ty: None, .. });
        match last.kind {
            StmtKind::Expr(e) if guard(&e) => {
                let ExprKind::TypeAssert { x, .. } = e.kind else {
                    unreachable!()
                };
                Ok(self.stmt(
                    l,
                    StmtKind::TypeSwitch {
                        init,
                        bind: None,
                        x: *x,
                        clauses,
                        body_span,
                    },
                    r,
                ))
            }
            StmtKind::Assign {
                op: AssignOp::Define,
                ref lhs,
                ref rhs,
                ..
            } if lhs.len() == 1
                && rhs.len() == 1
                && lhs[0].as_ident().is_some()
                && guard(&rhs[0]) =>
            {
                let StmtKind::Assign {
                    mut lhs, mut rhs, ..
                } = last.kind
                else {
                    unreachable!()
                };
                let (lhs, rhs) = (lhs.remove(0), rhs.remove(0));
                let ExprKind::TypeAssert { x, .. } = rhs.kind else {
                    unreachable!()
                };
                let bind = Ident {
                    id: lhs.id,
                    name: lhs.as_ident().unwrap_or("_").to_string(),
                    span: lhs.span,
                };
                Ok(self.stmt(
                    l,
                    StmtKind::TypeSwitch {
                        init,
                        bind: Some(bind),
                        x: *x,
                        clauses,
                        body_span,
                    },
                    r,
                ))
            }
            _ => {
                let tag = self.cond(last)?;
                Ok(self.stmt(
                    l,
                    StmtKind::Switch {
                        init,
                        tag: Some(tag),
                        clauses,
                        body_span,
                    },
                    r,
                ))
            }
        }
    }

    pub fn for_stmt(
        &self,
        l: usize,
        init: Option<Stmt>,
        cond: Option<Stmt>,
        post: Option<Stmt>,
        body: Block,
        r: usize,
    ) -> Result<Stmt, PError> {
        let cond = cond.map(|c| self.cond(c)).transpose()?;
        if let Some(p) = &post {
            if let StmtKind::Assign {
                op: AssignOp::Define,
                ..
            } = p.kind
            {
                return Err(PError::syntax(
                    self.stmt_pos(p),
                    "cannot declare in post statement of for loop",
                ));
            }
        }
        Ok(self.stmt(
            l,
            StmtKind::For {
                init: init.map(Box::new),
                cond,
                post: post.map(Box::new),
                body,
            },
            r,
        ))
    }

    pub fn range(
        &self,
        l: usize,
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
        body: Block,
        r: usize,
    ) -> Result<Stmt, PError> {
        if lhs.len() > 2 {
            self.soft.borrow_mut().push(PError {
                offset: lhs[2].span.lo as usize,
                message: "range clause permits at most two iteration variables".into(),
            });
        }
        let mut it = lhs.into_iter();
        let key = it.next();
        let value = it.next();
        Ok(self.stmt(
            l,
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            },
            r,
        ))
    }
}

/// The import path without its quotes.
pub fn unquote_import(lit: &str) -> String {
    let inner = lit.get(1..lit.len().saturating_sub(1)).unwrap_or("");
    inner.to_string()
}

/// Sets each const spec's `iota` to its index in the group.
pub fn number_iota(mut specs: Vec<ConstSpec>) -> Vec<ConstSpec> {
    for (i, s) in specs.iter_mut().enumerate() {
        s.iota = i as u32;
    }
    specs
}
