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
//! Errors: all lexical errors are reported, and syntax errors worded as gc words them (see
//! [`syntax_error`]). Like gc's parser, the grammar recovers after a syntax error and goes on
//! (lalrpop's `!` productions): a bad operand is skipped to a token that can follow an
//! expression, a bad top-level declaration to the next declaration; as gc's error reporting
//! does, one syntax error is kept per line. gc's hand-written parser recovers at many more
//! points (list elements, clauses, headers); where the grammar's recovery had to skip a bracket
//! opened before the error, or the error ends a block in gc's parser (`expected }`), the two
//! part ways and reporting stops.

use std::cell::Cell;

use lalrpop_util::{lalrpop_mod, ErrorRecovery, ParseError};

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::lexer::{self, Tok};
use crate::source::{FileId, SourceMap, Span};

lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    grammar
);

pub use crate::ast::NodeIdGen;

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
}

/// Like [`parse_file`], but also returns the AST when there were only lexical errors, so that
/// a driver can type-check anyway and print what gc prints.
pub fn parse_file_lenient(map: &SourceMap, file: FileId, ids: &mut NodeIdGen) -> Parsed {
    let src = map.file(file).text.as_str();
    let lexed = lexer::lex(src);
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
    // the only syntax error is the end of the file, the brackets still open are closed there
    // (and the declaration ended).
    if !diagnostics.is_empty() && run.only_error_is_eof() {
        let eof = src.len();
        let mut closed = lexed.tokens.clone();
        let open = open_brackets(&lexed.tokens, lexed.tokens.len());
        closed.extend(open.iter().rev().map(|o| (eof, o.closer(), eof)));
        closed.push((eof, Tok::Semi, eof));
        let attempt = parse_tokens(file, src, first_id, &closed, &lex_errors);
        if attempt.result.is_ok() && attempt.recovered.is_empty() {
            run = attempt;
        }
    }
    ids.set_next(run.next_id);
    diagnostics.extend(
        run.soft
            .into_iter()
            .map(|e| Diagnostic::new(point(file, e.offset), e.message)),
    );
    let has_syntax_errors = !run.recovered.is_empty() || run.result.is_err();
    // The syntax errors in the order the parser met them: those it recovered from, then the
    // one that ended the parse, if any. A recovery is in step with gc's parser only when it
    // replaced a self-contained piece of the statement that went wrong; errors after one that
    // is not would not be gc's, so reporting stops there.
    // Each with the range its recovery replaced (None for the error that ended the parse).
    let mut steps: Vec<(ParseError<usize, Tok, PError>, Option<(usize, usize)>)> = run
        .recovered
        .into_iter()
        .map(|r| (r.error, Some(r.replaced)))
        .collect();
    let file_ast = match run.result {
        Ok(mut f) => {
            apply_pragmas(&mut f, &lexed.directives);
            Some(f)
        }
        Err(err) => {
            steps.push((err, None));
            None
        }
    };
    // gc's error reporting keeps one syntax error per line (cmd/compile/internal/base).
    let mut last_line = None;
    for (err, replaced) in steps {
        let had_errors = !diagnostics.is_empty();
        let Some(d) = syntax_error(src, file, &lexed.tokens, err, had_errors) else {
            break;
        };
        // A statement that cannot start ends gc's block (`unexpected else, expected }`), and
        // gc then skips to the next top-level declaration, where the grammar goes on inside
        // the block.
        let ends_block = d.message.ends_with(", expected }");
        if d.message.starts_with("syntax error") {
            let line = map.line(d.span);
            if last_line != Some(line) {
                last_line = Some(line);
                diagnostics.push(d);
            }
        } else {
            diagnostics.push(d);
        }
        let in_step = replaced.is_some_and(|r| balanced(&lexed.tokens, r));
        if !in_step || ends_block {
            break;
        }
    }
    diagnostics.sort_by_key(|d| d.span.lo);
    Parsed {
        file: if has_syntax_errors { None } else { file_ast },
        diagnostics,
        has_syntax_errors,
    }
}

/// A syntax error the grammar recovered from, and the byte range its recovering production
/// replaced (what it popped from the stack and the tokens it dropped).
struct Recovered<'s> {
    error: ParseError<usize, Tok<'s>, PError>,
    replaced: (usize, usize),
}

/// What one run of the grammar produced.
struct Run<'s> {
    result: Result<File, ParseError<usize, Tok<'s>, PError>>,
    /// The syntax errors the grammar recovered from, in order.
    recovered: Vec<Recovered<'s>>,
    /// Errors reported without stopping (see [`Ctx`]).
    soft: Vec<PError>,
    /// The next free node id.
    next_id: u32,
}

impl Run<'_> {
    /// Whether the parse met exactly one syntax error, at the end of the file.
    fn only_error_is_eof(&self) -> bool {
        let eof =
            |e: &ParseError<usize, Tok, PError>| matches!(e, ParseError::UnrecognizedEof { .. });
        match (&self.result, self.recovered.as_slice()) {
            (Err(e), []) => eof(e),
            (Ok(_), [r]) => eof(&r.error),
            _ => false,
        }
    }
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
        recovered: Default::default(),
        lex_errors,
    };
    let result = grammar::FileParser::new().parse(&cx, tokens.iter().cloned().map(Ok::<_, PError>));
    Run {
        result,
        recovered: cx.recovered.take(),
        soft: cx.soft.take(),
        next_id: cx.next.get(),
    }
}

/// Whether the tokens within the byte range close no bracket opened before it and leave none
/// open. A closer that matches nothing open (a stray `]` in a statement) is skipped by gc's
/// parser too.
fn balanced(tokens: &[(usize, Tok, usize)], (lo, hi): (usize, usize)) -> bool {
    let mut outer: Vec<Tok> = Vec::new();
    let mut inner: Vec<Tok> = Vec::new();
    for t in tokens.iter().take_while(|t| t.2 <= hi) {
        let stack = if t.0 >= lo { &mut inner } else { &mut outer };
        match t.1 {
            Tok::LParen => stack.push(Tok::RParen),
            Tok::LBrack => stack.push(Tok::RBrack),
            Tok::LBrace => stack.push(Tok::RBrace),
            closer @ (Tok::RParen | Tok::RBrack | Tok::RBrace) => {
                if stack.last() == Some(&closer) {
                    stack.pop();
                } else if t.0 >= lo && inner.is_empty() && outer.last() == Some(&closer) {
                    return false;
                }
            }
            _ => {}
        }
    }
    inner.is_empty()
}

fn point(file: FileId, offset: usize) -> Span {
    Span::new(file, offset as u32, offset as u32)
}

/// gc's rule (checked with `-gcflags=-m`): a `//go:noinline` anywhere between the end of the
/// previous declaration and the `func` keyword applies to that function, even across blank
/// lines and doc comments (the parser collects pragmas until the declaration and clears them
/// after it).
fn apply_pragmas(f: &mut File, directives: &[lexer::Directive]) {
    let mut prev_end = f.imports.last().map_or(f.package.span.hi, |i| i.span.hi) as usize;
    for decl in &mut f.decls {
        let (lo, hi) = match decl {
            Decl::Func(fd) => (fd.span.lo, fd.span.hi),
            Decl::Const(v) => span_of(v.iter().map(|s| s.span)),
            Decl::Var(v) => span_of(v.iter().map(|s| s.span)),
            Decl::Type(v) => span_of(v.iter().map(|s| s.span)),
        };
        if let Decl::Func(fd) = decl {
            fd.pragmas.noinline = directives.iter().any(|d| {
                (prev_end..lo as usize).contains(&d.offset)
                    && d.text.split_whitespace().next() == Some("go:noinline")
            });
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

/// What an open bracket belongs to, for gc's "in argument list; possibly missing comma or )".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    Args,
    Params,
    Group,
    Paren,
    Brack,
    CompositeLit,
    Block,
    TypeBody,
}

impl Open {
    fn closer(self) -> Tok<'static> {
        match self {
            Open::Args | Open::Params | Open::Group | Open::Paren => Tok::RParen,
            Open::Brack => Tok::RBrack,
            Open::CompositeLit | Open::Block | Open::TypeBody => Tok::RBrace,
        }
    }
}

/// Classifies the brackets open before token `upto`.
fn open_brackets(tokens: &[(usize, Tok, usize)], upto: usize) -> Vec<Open> {
    let mut stack: Vec<Open> = Vec::new();
    // What the most recently closed `(` was, to recognise `func (r T) M(` and result lists.
    let mut last_closed: Option<Open> = None;
    // Whether the next `{` opens a block (after a header keyword, until the `{`).
    let mut header = false;
    for i in 0..upto.min(tokens.len()) {
        let tok = tokens[i].1;
        let prev = if i > 0 { Some(tokens[i - 1].1) } else { None };
        let prev2 = if i > 1 { Some(tokens[i - 2].1) } else { None };
        match tok {
            Tok::If | Tok::For | Tok::Switch | Tok::Select => header = true,
            Tok::LParen => {
                let kind = match prev {
                    Some(Tok::Func) => Open::Params,
                    Some(Tok::Ident(_))
                        if matches!(prev2, Some(Tok::Func))
                            || (matches!(prev2, Some(Tok::RParen))
                                && last_closed == Some(Open::Params))
                            || stack.last() == Some(&Open::TypeBody) =>
                    {
                        Open::Params
                    }
                    Some(Tok::RParen) if last_closed == Some(Open::Params) => Open::Params,
                    Some(Tok::Const | Tok::Var | Tok::Type | Tok::Import) => Open::Group,
                    Some(
                        Tok::Ident(_)
                        | Tok::RParen
                        | Tok::RBrack
                        | Tok::RBrace
                        | Tok::Str(_)
                        | Tok::Int(_)
                        | Tok::Char(_)
                        | Tok::Float(_)
                        | Tok::Imag(_),
                    ) => Open::Args,
                    _ => Open::Paren,
                };
                stack.push(kind);
            }
            Tok::LBrack => stack.push(Open::Brack),
            Tok::LBrace => {
                let kind = match prev {
                    Some(Tok::Struct | Tok::Interface) => Open::TypeBody,
                    _ if header => Open::Block,
                    Some(Tok::Ident(_) | Tok::RBrack | Tok::RBrace)
                        if stack.last() != Some(&Open::Block)
                            || !matches!(prev, Some(Tok::RBrace)) =>
                    {
                        if matches!(prev, Some(Tok::Ident(_) | Tok::RBrack)) {
                            Open::CompositeLit
                        } else {
                            Open::Block
                        }
                    }
                    Some(Tok::LBrace | Tok::Comma | Tok::Colon)
                        if stack.last() == Some(&Open::CompositeLit) =>
                    {
                        Open::CompositeLit
                    }
                    _ => Open::Block,
                };
                header = false;
                stack.push(kind);
            }
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                last_closed = stack.pop();
            }
            _ => {}
        }
    }
    stack
}

/// gc's name for a token in `unexpected X`.
fn token_text(src: &str, lo: usize, tok: &Tok) -> String {
    match tok {
        Tok::Semi => lexer::semi_text(src, lo).to_string(),
        t => t.describe(),
    }
}

fn is_expr_start(expected: &[String]) -> bool {
    expected.iter().any(|e| e == "\"int\"") && expected.iter().any(|e| e == "\"name\"")
}

fn has(expected: &[String], t: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == t)
}

/// The `if`/`for`/`switch` whose header the tokens end in, if any: the nearest such keyword
/// with no brace after it.
fn header_keyword(tokens: &[(usize, Tok, usize)]) -> Option<&'static str> {
    for t in tokens.iter().rev() {
        match t.1 {
            Tok::If => return Some("if"),
            Tok::For => return Some("for"),
            Tok::Switch => return Some("switch"),
            Tok::LBrace | Tok::RBrace => return None,
            _ => {}
        }
    }
    None
}

/// The written `;` of the header being parsed (from the last `if`/`for`/`switch`).
fn header_semicolons(src: &str, tokens: &[(usize, Tok, usize)]) -> usize {
    let mut n = 0;
    for t in tokens.iter().rev() {
        match t.1 {
            Tok::If | Tok::For | Tok::Switch | Tok::LBrace | Tok::RBrace => return n,
            Tok::Semi if src.get(t.0..t.2) == Some(";") => n += 1,
            _ => {}
        }
    }
    n
}

/// Whether the statement the tokens end in has a `,` outside brackets (a list of operands).
fn statement_has_list(tokens: &[(usize, Tok, usize)]) -> bool {
    let mut depth = 0;
    for t in tokens.iter().rev() {
        match t.1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace if depth == 0 => return false,
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth -= 1,
            Tok::Semi if depth == 0 => return false,
            Tok::Comma if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// Whether the innermost `{` open before `upto` is a struct type's.
fn in_struct(tokens: &[(usize, Tok, usize)], upto: usize) -> bool {
    let mut depth = 0;
    for i in (0..upto.min(tokens.len())).rev() {
        match tokens[i].1 {
            Tok::RBrace => depth += 1,
            Tok::LBrace if depth == 0 => return i > 0 && tokens[i - 1].1 == Tok::Struct,
            Tok::LBrace => depth -= 1,
            _ => {}
        }
    }
    false
}

/// The keyword before the innermost `(` open before token `upto` (`const` in `const (`).
fn group_keyword<'s>(tokens: &[(usize, Tok<'s>, usize)], upto: usize) -> Option<Tok<'s>> {
    let mut depth = 0;
    for i in (0..upto.min(tokens.len())).rev() {
        match tokens[i].1 {
            Tok::RParen => depth += 1,
            Tok::LParen if depth == 0 => return i.checked_sub(1).map(|j| tokens[j].1),
            Tok::LParen => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Whether the `)` at `close` ends a method receiver: `func (r T)` at top level.
fn receiver_closes_at(tokens: &[(usize, Tok, usize)], close: usize) -> bool {
    let mut depth = 0;
    for i in (0..=close).rev() {
        match tokens[i].1 {
            Tok::RParen => depth += 1,
            Tok::LParen => {
                depth -= 1;
                if depth == 0 {
                    return i > 0 && tokens[i - 1].1 == Tok::Func;
                }
            }
            _ => {}
        }
    }
    false
}

/// A file that does not start with a package clause is rejected by the go command (go/parser)
/// before gc runs, in go/parser's words: `expected 'package', found main`.
fn missing_package(tok: &Tok) -> String {
    format!("expected 'package', found {}", go_parser_found(tok))
}

/// How go/parser names the token it found in an error (`found main`, `found 'func'`).
fn go_parser_found(tok: &Tok) -> String {
    match tok {
        Tok::Ident(s) | Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) | Tok::Char(s) | Tok::Str(s) => {
            s.to_string()
        }
        Tok::Semi => "';'".to_string(),
        t => {
            let d = t.describe();
            let d = d.strip_prefix("keyword ").unwrap_or(&d).to_string();
            let d = if d == "comma" { ",".to_string() } else { d };
            format!("'{d}'")
        }
    }
}

fn is_type_start(expected: &[String]) -> bool {
    has(expected, "chan") && has(expected, "name") && !has(expected, "int")
}

/// Words a lalrpop error as gc does. Returns None when gc would stay silent (an error at EOF
/// after earlier errors: gc avoids "meaningless follow-up errors").
fn syntax_error(
    src: &str,
    file: FileId,
    tokens: &[(usize, Tok, usize)],
    err: ParseError<usize, Tok, PError>,
    had_errors: bool,
) -> Option<Diagnostic> {
    let (lo, tok, expected) = match err {
        ParseError::User { error } => {
            return Some(Diagnostic::new(point(file, error.offset), error.message));
        }
        ParseError::InvalidToken { location } => {
            return Some(Diagnostic::new(
                point(file, location),
                "syntax error: invalid token",
            ));
        }
        ParseError::UnrecognizedEof { expected, .. } => {
            if had_errors {
                return None;
            }
            // gc's EOF is the end of the file, after any blank lines and comments (the
            // parser's location is the end of the last token).
            let location = src.len();
            let context = if has(&expected, "}") {
                ", expected }".to_string()
            } else if has(&expected, ")") {
                ", expected )".to_string()
            } else if has(&expected, "package") {
                return Some(Diagnostic::new(
                    point(file, location),
                    "expected 'package', found 'EOF'",
                ));
            } else {
                String::new()
            };
            return Some(Diagnostic::new(
                point(file, location),
                format!("syntax error: unexpected EOF{context}"),
            ));
        }
        ParseError::UnrecognizedToken {
            token: (lo, tok, _),
            expected,
        } => (lo, tok, expected),
        ParseError::ExtraToken {
            token: (lo, tok, _),
        } => (lo, tok, vec![]),
    };
    let at = point(file, lo);
    let unexpected = token_text(src, lo, &tok);
    let index = tokens
        .iter()
        .position(|t| t.0 == lo && t.1 == tok)
        .unwrap_or(tokens.len());
    let stack = open_brackets(tokens, index);
    let msg = |s: &str| Some(Diagnostic::new(at, format!("syntax error: {s}")));
    let unexpected_msg = |ctx: &str| {
        Some(Diagnostic::new(
            at,
            format!("syntax error: unexpected {unexpected}{ctx}"),
        ))
    };
    let prev = if index > 0 {
        Some(tokens[index - 1].1)
    } else {
        None
    };

    if has(&expected, "package") {
        return Some(Diagnostic::new(at, missing_package(&tok)));
    }
    // `package ]`: the go command's reading of the header (go/parser) rejects it first.
    if prev == Some(Tok::Package) {
        let found = go_parser_found(&tok);
        return Some(Diagnostic::new(
            at,
            format!("expected 'IDENT', found {found}"),
        ));
    }
    // `func name` (or `func (r T) name`) not followed by its parameters.
    if stack.is_empty()
        && has(&expected, "(")
        && index >= 2
        && matches!(prev, Some(Tok::Ident(_)))
        && (tokens[index - 2].1 == Tok::Func
            || (tokens[index - 2].1 == Tok::RParen && receiver_closes_at(tokens, index - 2)))
    {
        return unexpected_msg(", expected (");
    }
    // `var`, `const` or `type` not followed by a name.
    if matches!(prev, Some(Tok::Var | Tok::Const | Tok::Type))
        && has(&expected, "name")
        && !matches!(tok, Tok::Ident(_) | Tok::LParen)
    {
        return unexpected_msg(", expected name");
    }
    // `map` not followed by its key type.
    if prev == Some(Tok::Map) && has(&expected, "[") {
        return unexpected_msg(", expected [");
    }
    // `x[]`: gc's index wants an operand.
    if prev == Some(Tok::LBrack) && tok == Tok::RBrack && is_expr_start(&expected) {
        return unexpected_msg(", expected operand");
    }
    // `x.` followed by neither a name nor `(`: gc's pexpr.
    if prev == Some(Tok::Dot) && has(&expected, "name") {
        return unexpected_msg(", expected name or (");
    }
    // `chan` without its element type.
    if prev == Some(Tok::Chan) && is_type_start(&expected) {
        return msg("missing channel element type");
    }
    // `type T` followed by what cannot start a type: gc's typeDecl.
    if index >= 2
        && tokens[index - 2].1 == Tok::Type
        && matches!(prev, Some(Tok::Ident(_)))
        && is_type_start(&expected)
    {
        return unexpected_msg(" in type declaration");
    }
    // `func f()` followed by neither a result type nor a body: gc takes the declaration as
    // complete (a body is optional) and finds the token after it.
    if stack.is_empty()
        && prev == Some(Tok::RParen)
        && is_type_start(&expected)
        && !receiver_closes_at(tokens, index - 1)
    {
        return unexpected_msg(" after top level declaration");
    }
    // `func` at top level, or a method's receiver, not followed by a name: gc's funcDeclOrNil.
    if stack.is_empty() && has(&expected, "name") && !matches!(tok, Tok::Ident(_)) {
        let after_func = prev == Some(Tok::Func);
        let after_receiver = prev == Some(Tok::RParen) && receiver_closes_at(tokens, index - 1);
        if after_func {
            return unexpected_msg(", expected name or (");
        }
        if after_receiver {
            return unexpected_msg(", expected name");
        }
    }
    // Top level: after the package clause only declarations may appear.
    if stack.is_empty() {
        if has(&expected, "const") && has(&expected, "var") && !has(&expected, "}") {
            if tok == Tok::LBrace && prev == Some(Tok::Semi) {
                return msg("unexpected semicolon or newline before {");
            }
            if tok == Tok::Import {
                return msg("imports must appear before other declarations");
            }
            return msg("non-declaration statement outside function body");
        }
        if has(&expected, ";") && expected.len() <= 3 && !is_expr_start(&expected) {
            return unexpected_msg(" after top level declaration");
        }
    }
    let innermost = stack.last().copied();
    match innermost {
        Some(Open::Args) if has(&expected, ",") && has(&expected, ")") => {
            return unexpected_msg(" in argument list; possibly missing comma or )");
        }
        Some(Open::Params) if has(&expected, ",") && has(&expected, ")") => {
            return unexpected_msg(" in parameter list; possibly missing comma or )");
        }
        // At the start of an element, a token that cannot start one: gc's operand wants an
        // expression.
        Some(Open::CompositeLit)
            if matches!(prev, Some(Tok::LBrace | Tok::Comma)) && is_expr_start(&expected) =>
        {
            return unexpected_msg(", expected expression");
        }
        Some(Open::CompositeLit) if has(&expected, ",") && has(&expected, "}") => {
            return unexpected_msg(" in composite literal; possibly missing comma or }");
        }
        // A parameter that cannot start: gc's paramDeclOrNil asks for the closing `)`; within
        // a parameter's type (`s []`), gc's typeOrNil asks for the type.
        Some(Open::Params) if is_type_start(&expected) && tok != Tok::RParen => {
            if matches!(prev, Some(Tok::LParen | Tok::Comma)) {
                return unexpected_msg(", expected )");
            }
            return unexpected_msg(", expected type");
        }
        Some(Open::TypeBody)
            if has(&expected, "}") && has(&expected, "name") && in_struct(tokens, index) =>
        {
            return unexpected_msg(", expected field name or embedded type");
        }
        // After a complete field or method: gc's list wants `;` or the closing `}`.
        Some(Open::TypeBody) if has(&expected, ";") && has(&expected, "}") => {
            let what = if in_struct(tokens, index) {
                "struct"
            } else {
                "interface"
            };
            return unexpected_msg(&format!(
                " in {what} type; possibly missing semicolon or newline or }}"
            ));
        }
        // At the start of a spec of a `const`, `var` or `type` group: gc wants its name.
        Some(Open::Group)
            if matches!(prev, Some(Tok::LParen | Tok::Semi))
                && has(&expected, "name")
                && matches!(
                    group_keyword(tokens, index),
                    Some(Tok::Const | Tok::Var | Tok::Type)
                ) =>
        {
            return unexpected_msg(", expected name");
        }
        Some(Open::Group) if has(&expected, ";") && has(&expected, ")") => {
            return unexpected_msg(
                " in grouped declaration; possibly missing semicolon or newline or )",
            );
        }
        _ => {}
    }
    // `for init; {`: gc wants the condition.
    if tok == Tok::LBrace
        && prev == Some(Tok::Semi)
        && header_keyword(&tokens[..index]) == Some("for")
    {
        return unexpected_msg(", expected for loop condition");
    }
    // A header (`if x` …) that is not followed by `{`.
    if has(&expected, "{") && !is_expr_start(&expected) {
        let keyword = header_keyword(&tokens[..index]);
        if matches!(prev, Some(Tok::Else)) {
            return msg("else must be followed by if or statement block");
        }
        if let Some(k) = keyword {
            // gc asks for `{` right after the init statement, and for the block (`{ after
            // for clause`) only once the header has its `;`-separated parts.
            if header_semicolons(src, &tokens[..index]) == 0 {
                return unexpected_msg(", expected {");
            }
            return unexpected_msg(&format!(", expected {{ after {k} clause"));
        }
    }
    // A `for` header's condition followed by something else than its `;`.
    if has(&expected, ";")
        && header_keyword(&tokens[..index]) == Some("for")
        && header_semicolons(src, &tokens[..index]) == 1
    {
        return unexpected_msg(", expected semicolon or newline");
    }
    // At the start of a switch clause.
    if has(&expected, "case") && has(&expected, "default") && has(&expected, "}") {
        return unexpected_msg(", expected case or default or }");
    }
    // After a list of expressions on the left of an assignment: gc's simpleStmt.
    if has(&expected, ":=")
        && has(&expected, "=")
        && has(&expected, ",")
        && !has(&expected, "+")
        && statement_has_list(&tokens[..index])
    {
        return unexpected_msg(", expected := or = or comma");
    }
    // Right after `if`, `for` or `switch`, a token that cannot start the header's statement:
    // gc's operand wants an expression.
    if matches!(prev, Some(Tok::If | Tok::For | Tok::Switch))
        && is_expr_start(&expected)
        && !matches!(tok, Tok::LBrace | Tok::Semi)
    {
        return unexpected_msg(", expected expression");
    }
    // At the start of a statement, a token that cannot start one: gc's block wants its `}`.
    if has(&expected, "if") && has(&expected, "}") {
        return unexpected_msg(", expected }");
    }
    if has(&expected, ";")
        && (has(&expected, "}") || innermost == Some(Open::Block))
        && tok != Tok::Semi
    {
        return unexpected_msg(" at end of statement");
    }
    if is_expr_start(&expected) && !has(&expected, "}") {
        return unexpected_msg(", expected expression");
    }
    if is_type_start(&expected) {
        return unexpected_msg(", expected type");
    }
    if innermost == Some(Open::Brack) && has(&expected, ":") && has(&expected, "]") {
        return unexpected_msg(", expected comma, : or ]");
    }
    if has(&expected, "name") && expected.len() == 1 {
        return unexpected_msg(", expected name");
    }
    // After a case's expressions.
    if has(&expected, ":") {
        return unexpected_msg(", expected :");
    }
    for closer in [")", "]", "}"] {
        if has(&expected, closer) {
            return unexpected_msg(&format!(", expected {closer}"));
        }
    }
    // Only one token can follow (`struct {`, `func f(`).
    if let [only] = expected.as_slice() {
        return unexpected_msg(&format!(", expected {}", only.trim_matches('"')));
    }
    unexpected_msg("")
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
    /// The syntax errors the grammar recovered from (see [`Ctx::recover`]).
    recovered: std::cell::RefCell<Vec<Recovered<'a>>>,
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

    /// Records a syntax error the grammar recovered from at one of its recovery points (an
    /// operand, a top-level declaration), having replaced the source from `l` to `r` by the
    /// recovering production. The file is not type-checked afterwards, so what that
    /// production builds is never used.
    pub fn recover(&self, l: usize, e: ErrorRecovery<usize, Tok<'a>, PError>, r: usize) {
        self.recovered.borrow_mut().push(Recovered {
            error: e.error,
            replaced: (l, r),
        });
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
