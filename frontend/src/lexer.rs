//! The lexer: source text → tokens, with Go's automatic semicolons, lexical errors in gc's
//! wording, and the `//go:` directives the parser needs.
//!
//! `logos` recognises each token by its first bytes; the parts of Go's lexical grammar that
//! need gc's exact error behaviour (numbers, strings, runes, comments, identifiers with Unicode
//! letters) are scanned by hand in callbacks that follow `cmd/compile/internal/syntax/scanner.go`:
//! a malformed literal is still returned as a token (so parsing continues), and the error is
//! recorded with gc's message at gc's position.
//!
//! Semicolon insertion (Go spec, "Semicolons") happens in [`lex`]: after an identifier, a
//! literal, `break continue fallthrough return`, `++ -- ) ] }`, a newline or the end of the file
//! becomes a `;` token. A `/* */` comment that spans a newline counts as a newline. The inserted
//! token's span is the newline itself (or the empty span at EOF, or the comment's start), which
//! is where gc reports `unexpected newline`.
//!
//! Bytes that are not valid UTF-8 never reach the lexer as such: [`source_text`] turns each into
//! [`INVALID_BYTE`], and the lexer reports it as `invalid UTF-8 encoding` and skips it, the way
//! gc's reader skips a bad byte (columns after it shift by two, since the marker takes three
//! bytes).

use crate::ast::BinaryOp;
use logos::Logos;

/// A token as the grammar sees it. Identifiers and literals borrow their text from the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok<'a> {
    Ident(&'a str),
    Int(&'a str),
    Float(&'a str),
    Imag(&'a str),
    Char(&'a str),
    Str(&'a str),
    // keywords
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
    // operators and punctuation
    Add,
    Sub,
    Star,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    /// `op=`, e.g. `+=`
    AssignOp(BinaryOp),
    LogAnd,
    LogOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Dot,
    /// An explicit `;` or one inserted at a newline / EOF (see [`semi_text`]).
    Semi,
    Colon,
    Tilde,
}

impl<'a> Tok<'a> {
    /// How gc's syntax errors name a token (`name x`, `literal 1`, `(`, `keyword if`, ...),
    /// without the semicolon case, which depends on the source (see [`semi_text`]).
    pub fn describe(&self) -> String {
        use Tok::*;
        let s = match self {
            Ident(s) => return format!("name {s}"),
            Int(s) | Float(s) | Imag(s) | Char(s) | Str(s) => return format!("literal {s}"),
            Break => "keyword break",
            Case => "keyword case",
            Chan => "keyword chan",
            Const => "keyword const",
            Continue => "keyword continue",
            Default => "keyword default",
            Defer => "keyword defer",
            Else => "keyword else",
            Fallthrough => "keyword fallthrough",
            For => "keyword for",
            Func => "keyword func",
            Go => "keyword go",
            Goto => "keyword goto",
            If => "keyword if",
            Import => "keyword import",
            Interface => "keyword interface",
            Map => "keyword map",
            Package => "keyword package",
            Range => "keyword range",
            Return => "keyword return",
            Select => "keyword select",
            Struct => "keyword struct",
            Switch => "keyword switch",
            Type => "keyword type",
            Var => "keyword var",
            Add => "+",
            Sub => "-",
            Star => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AssignOp(op) => return format!("{}=", op.as_str()),
            LogAnd => "&&",
            LogOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            RParen => ")",
            LBrack => "[",
            RBrack => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => "comma",
            Dot => ".",
            Semi => "semicolon",
            Colon => ":",
            Tilde => "~",
        };
        s.to_string()
    }
}

/// What gc calls a `;` token in errors: `semicolon` if written, `newline` or `EOF` if inserted.
pub fn semi_text(src: &str, lo: usize) -> &'static str {
    match src.as_bytes().get(lo) {
        None => "EOF",
        Some(b';') => "semicolon",
        Some(_) => "newline",
    }
}

/// A lexical error: byte offset and gc's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub offset: usize,
    pub message: String,
}

/// A `//go:` directive comment: the 1-based line it is on, the byte offset of its `//`, and
/// its text (`go:noinline`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub line: u32,
    pub offset: usize,
    pub text: String,
}

/// A line directive: `//line file:line[:col]` starting a line, or `/*line file:line[:col]*/`
/// anywhere. The source from byte offset `at` on (the next line's start, or right after the
/// `*/`) is reported as being at `line` (and column `col`; 0 when not given) of `file` — None
/// for the file of the directive before (or the file's own), as gc's `:line:col` form says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineDirective {
    pub at: usize,
    pub file: Option<String>,
    pub line: u32,
    pub col: u32,
}

/// The lexer's output. `tokens` are lalrpop triples `(lo, token, hi)`.
pub struct Lexed<'a> {
    pub tokens: Vec<(usize, Tok<'a>, usize)>,
    pub errors: Vec<LexError>,
    pub directives: Vec<Directive>,
    pub line_directives: Vec<LineDirective>,
}

/// Stands for one byte that is not valid UTF-8 (see [`source_text`]): a Unicode
/// noncharacter, which is meant for such internal use and does not occur in real text.
pub const INVALID_BYTE: char = '\u{FDD0}';

/// Turns raw file bytes into source text: each byte that is not part of valid UTF-8 becomes
/// [`INVALID_BYTE`], which the lexer reports as `invalid UTF-8 encoding` (gc's wording) and
/// skips, as gc's reader does.
pub fn source_text(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let bad = e.error_len().unwrap_or(after.len()).max(1);
                for _ in 0..bad.min(after.len()) {
                    out.push(INVALID_BYTE);
                }
                rest = &after[bad.min(after.len())..];
            }
        }
    }
}

/// What the logos automaton recognises. Most variants only say which hand-written scanner
/// takes over; they are turned into [`Tok`]s by [`lex`].
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(extras = Extras)]
#[logos(skip r"[ \t\r]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[token("//", line_comment)]
    LineComment,
    /// true if the comment contains a newline
    #[token("/*", block_comment)]
    BlockComment(bool),
    #[regex(r"[a-zA-Z_]", ident)]
    #[regex(r"[^\x00-\x7F]", unicode_start)]
    Ident,
    /// A character that is neither a letter nor anything else Go allows (already reported).
    Skipped,
    #[regex(r"[0-9]", |lex| number(lex, false))]
    #[regex(r"\.[0-9]", |lex| number(lex, true))]
    Number(NumKind),
    #[token("\"", std_string)]
    #[token("`", raw_string)]
    Str,
    #[token("'", rune_lit)]
    Char,

    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Star,
    #[token("/")]
    Div,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=", |_| BinaryOp::Add)]
    #[token("-=", |_| BinaryOp::Sub)]
    #[token("*=", |_| BinaryOp::Mul)]
    #[token("/=", |_| BinaryOp::Div)]
    #[token("%=", |_| BinaryOp::Rem)]
    #[token("&=", |_| BinaryOp::And)]
    #[token("|=", |_| BinaryOp::Or)]
    #[token("^=", |_| BinaryOp::Xor)]
    #[token("<<=", |_| BinaryOp::Shl)]
    #[token(">>=", |_| BinaryOp::Shr)]
    #[token("&^=", |_| BinaryOp::AndNot)]
    AssignOp(BinaryOp),
    #[token("&&")]
    LogAnd,
    #[token("||")]
    LogOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
    #[token("~")]
    Tilde,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumKind {
    Int,
    Float,
    Imag,
}

/// State shared by the scanning callbacks: errors and directives found so far.
#[derive(Default)]
struct Extras {
    errors: Vec<LexError>,
    directives: Vec<Directive>,
    line_directives: Vec<LineDirective>,
}

type L<'a> = logos::Lexer<'a, Raw>;

fn error(lex: &mut L, offset: usize, message: impl Into<String>) {
    lex.extras.errors.push(LexError {
        offset,
        message: message.into(),
    });
}

/// Consumes chars of the remainder while `keep` holds; returns nothing, bumps the lexer.
fn bump_while(lex: &mut L, mut keep: impl FnMut(char) -> bool) {
    let n: usize = lex
        .remainder()
        .chars()
        .take_while(|&c| keep(c))
        .map(char::len_utf8)
        .sum();
    lex.bump(n);
}

fn peek(lex: &L) -> Option<char> {
    lex.remainder().chars().next()
}

/// gc's `%#U`: `U+0040 '@'`, or just `U+0007` for a non-printable character.
pub fn format_char(c: char) -> String {
    if c.is_control() || c == '\u{FEFF}' {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{}'", c as u32, c)
    }
}

fn line_comment(lex: &mut L) {
    let start = lex.span().start;
    bump_while(lex, |c| c != '\n');
    let text = lex.slice();
    // A `//line` directive must start its line (gc's column 1).
    let first = start == 0 || lex.source().as_bytes()[start - 1] == b'\n';
    if let Some(rest) = text.strip_prefix("//line ").filter(|_| first) {
        let rest = rest.trim_end_matches('\r').to_string();
        // It applies from the next line (the newline is the comment's).
        let at = (lex.span().end + 1).min(lex.source().len());
        line_directive(lex, &rest, start + "//line ".len(), at);
        return;
    }
    if let Some(rest) = text.strip_prefix("//go:") {
        let line = 1 + lex.source()[..start].matches('\n').count() as u32;
        let text = format!("go:{}", rest.trim_end_matches('\r'));
        lex.extras.directives.push(Directive {
            line,
            offset: start,
            text,
        });
    }
}

fn block_comment(lex: &mut L) -> bool {
    let start = lex.span().start;
    match lex.remainder().find("*/") {
        Some(end) => {
            lex.bump(end + 2);
            let slice = lex.slice();
            if let Some(text) = slice.strip_prefix("/*line ") {
                let text = text[..text.len() - 2].to_string();
                let at = lex.span().end;
                line_directive(lex, &text, start + "/*line ".len(), at);
            }
            lex.slice().contains('\n')
        }
        None => {
            let n = lex.remainder().len();
            lex.bump(n);
            error(lex, start, "comment not terminated");
            lex.slice().contains('\n')
        }
    }
}

/// Records the line directive whose text after `line ` is `text` (at byte offset `text_at`),
/// applying from offset `at`; or gc's error for a bad line or column number. Text without a
/// `:` is not a directive.
fn line_directive(lex: &mut L, text: &str, text_at: usize, at: usize) {
    // gc's bound on lines and columns (`PosMax`).
    const POS_MAX: u64 = 1 << 30;
    let number = |s: &str| -> Option<u64> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    // Looked for from the right: a Windows file name may hold a `:`.
    let Some(colon) = text.rfind(':') else {
        return;
    };
    let Some(last) = number(&text[colon + 1..]) else {
        let message = format!("invalid line number: {}", &text[colon + 1..]);
        return error(lex, text_at + colon + 1, message);
    };
    let head = &text[..colon];
    let (name, line, line_digits, col) = match head.rfind(':') {
        Some(c2) if number(&head[c2 + 1..]).is_some() => {
            if last == 0 || last > POS_MAX {
                let message = format!("invalid column number: {}", &text[colon + 1..]);
                return error(lex, text_at + colon + 1, message);
            }
            let line = number(&head[c2 + 1..]).unwrap_or(0);
            (&head[..c2], line, c2 + 1, last)
        }
        _ => (head, last, colon + 1, 0),
    };
    if line == 0 || line > POS_MAX {
        let message = format!("invalid line number: {}", &text[line_digits..]);
        return error(lex, text_at + line_digits, message);
    }
    // `:line:col` keeps the file before; `:line` alone names the empty file.
    let file = match (name, col) {
        ("", 0) => Some(String::new()),
        ("", _) => None,
        (name, _) => Some(crate::source::clean_path(name)),
    };
    lex.extras.line_directives.push(LineDirective {
        at,
        file,
        line: line as u32,
        col: col as u32,
    });
}

fn is_letter(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// Unicode digits (gc's `unicode.IsDigit` is category Nd; Rust's `is_numeric` also admits the
/// rare Nl/No characters such as `²`, which gc rejects inside identifiers).
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
}

/// Continues an identifier after its first character, reporting non-identifier characters
/// that gc still swallows into the identifier (non-ASCII ones).
fn ident_rest(lex: &mut L) {
    while let Some(c) = peek(lex) {
        if c.is_ascii_alphanumeric() || c == '_' || is_letter(c) || is_digit(c) {
            lex.bump(c.len_utf8());
        } else if !c.is_ascii() && c != INVALID_BYTE && c != '\u{FEFF}' {
            let at = lex.span().end;
            error(
                lex,
                at,
                format!("invalid character {} in identifier", format_char(c)),
            );
            lex.bump(c.len_utf8());
        } else {
            break;
        }
    }
}

fn ident(lex: &mut L) {
    ident_rest(lex)
}

/// A non-ASCII first character: a letter starts an identifier, anything else is an error
/// (gc's `atIdentChar(true)`).
fn unicode_start(lex: &mut L) -> Raw {
    let start = lex.span().start;
    let c = lex.slice().chars().next().unwrap_or('\u{FFFD}');
    if c == INVALID_BYTE {
        error(lex, start, "invalid UTF-8 encoding");
        return Raw::Skipped;
    }
    if c == '\u{FEFF}' {
        if start != 0 {
            error(lex, start, "invalid BOM in the middle of the file");
        }
        return Raw::Skipped;
    }
    if is_letter(c) {
    } else if is_digit(c) {
        error(
            lex,
            start,
            format!("identifier cannot begin with digit {}", format_char(c)),
        );
    } else {
        error(
            lex,
            start,
            format!("invalid character {} in identifier", format_char(c)),
        );
    }
    ident_rest(lex);
    Raw::Ident
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Scans `{ digit | '_' }` in `base`; returns (saw digit, saw '_', offset of the first digit
/// too large for a base <= 10, relative to the literal start).
fn digits(lex: &mut L, base: u32, invalid: &mut Option<usize>) -> (bool, bool) {
    let (mut dig, mut sep) = (false, false);
    let start = lex.span().start;
    while let Some(c) = peek(lex) {
        let ok = if base <= 10 {
            c.is_ascii_digit() || c == '_'
        } else {
            c.is_ascii_hexdigit() || c == '_'
        };
        if !ok {
            break;
        }
        if c == '_' {
            sep = true;
        } else {
            dig = true;
            if base <= 10 && c.to_digit(10).unwrap_or(0) >= base && invalid.is_none() {
                *invalid = Some(lex.span().end - start);
            }
        }
        lex.bump(1);
    }
    (dig, sep)
}

/// gc's `number`: the literal may be malformed; errors are recorded, the token is kept.
fn number(lex: &mut L, mut seen_point: bool) -> NumKind {
    let start = lex.span().start;
    let mut ok = true;
    let mut kind = NumKind::Int;
    let mut base = 10;
    let mut prefix = ' ';
    let (mut dig, mut sep) = (false, false);
    let mut invalid = None;
    if !seen_point {
        // logos consumed the first digit
        if lex.slice() == "0" {
            match peek(lex).map(|c| c.to_ascii_lowercase()) {
                Some(p @ ('x' | 'o' | 'b')) => {
                    lex.bump(1);
                    base = match p {
                        'x' => 16,
                        'o' => 8,
                        _ => 2,
                    };
                    prefix = p;
                }
                _ => {
                    base = 8;
                    prefix = '0';
                    dig = true;
                }
            }
        } else {
            dig = true;
        }
        let (d, s) = digits(lex, base, &mut invalid);
        dig |= d;
        sep |= s;
        if peek(lex) == Some('.') {
            if prefix == 'o' || prefix == 'b' {
                let at = lex.span().end;
                error(
                    lex,
                    at,
                    format!("invalid radix point in {} literal", base_name(base)),
                );
                ok = false;
            }
            lex.bump(1);
            seen_point = true;
        }
    } else {
        dig = true; // the digit after '.' that logos consumed
    }
    if seen_point {
        kind = NumKind::Float;
        let (d, s) = digits(lex, base, &mut invalid);
        dig |= d;
        sep |= s;
    }
    if !dig && ok {
        let at = lex.span().end;
        error(
            lex,
            at,
            format!("{} literal has no digits", base_name(base)),
        );
        ok = false;
    }
    let e = peek(lex).map(|c| c.to_ascii_lowercase());
    if let Some(e @ ('e' | 'p')) = e {
        if ok {
            let at = lex.span().end;
            let c = peek(lex).unwrap_or(e);
            if e == 'e' && prefix != ' ' && prefix != '0' {
                error(lex, at, format!("'{c}' exponent requires decimal mantissa"));
                ok = false;
            } else if e == 'p' && prefix != 'x' {
                error(
                    lex,
                    at,
                    format!("'{c}' exponent requires hexadecimal mantissa"),
                );
                ok = false;
            }
        }
        lex.bump(1);
        kind = NumKind::Float;
        if matches!(peek(lex), Some('+' | '-')) {
            lex.bump(1);
        }
        let (d, s) = digits(lex, 10, &mut None);
        sep |= s;
        if !d && ok {
            let at = lex.span().end;
            error(lex, at, "exponent has no digits");
            ok = false;
        }
    } else if prefix == 'x' && kind == NumKind::Float && ok {
        let at = lex.span().end;
        error(lex, at, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if peek(lex) == Some('i') {
        kind = NumKind::Imag;
        lex.bump(1);
    }
    if kind == NumKind::Int && ok {
        if let Some(i) = invalid {
            let digit = lex.slice().as_bytes().get(i).copied().unwrap_or(b'0') as char;
            error(
                lex,
                start + i,
                format!("invalid digit '{digit}' in {} literal", base_name(base)),
            );
            ok = false;
        }
    }
    if sep && ok {
        if let Some(i) = invalid_sep(lex.slice()) {
            error(lex, start + i, "'_' must separate successive digits");
        }
    }
    kind
}

/// The index of the first `_` that does not separate two digits (gc's `invalidSep`).
fn invalid_sep(x: &str) -> Option<usize> {
    let b = x.as_bytes();
    let mut x1 = ' ';
    let mut d = '.';
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' {
        x1 = (b[1] as char).to_ascii_lowercase();
        if matches!(x1, 'x' | 'o' | 'b') {
            d = '0';
            i = 2;
        }
    }
    while i < b.len() {
        let p = d;
        let c = b[i] as char;
        if c == '_' {
            if p != '0' {
                return Some(i);
            }
            d = '_';
        } else if c.is_ascii_digit() || (x1 == 'x' && c.is_ascii_hexdigit()) {
            d = '0';
        } else {
            if p == '_' {
                return Some(i - 1);
            }
            d = '.';
        }
        i += 1;
    }
    if d == '_' {
        return Some(b.len() - 1);
    }
    None
}

/// gc's `escape`: the backslash has been consumed. Returns false after reporting an error.
fn escape(lex: &mut L, quote: char) -> bool {
    let Some(c) = peek(lex) else {
        return true; // the caller reports the missing terminator
    };
    let (n, base, max): (u32, u32, u32) = match c {
        'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\' => {
            lex.bump(1);
            return true;
        }
        c if c == quote => {
            lex.bump(1);
            return true;
        }
        '0'..='7' => (3, 8, 255),
        'x' => {
            lex.bump(1);
            (2, 16, 255)
        }
        'u' => {
            lex.bump(1);
            (4, 16, 0x10FFFF)
        }
        'U' => {
            lex.bump(1);
            (8, 16, 0x10FFFF)
        }
        _ => {
            let at = lex.span().end;
            error(lex, at, "unknown escape");
            return false;
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let Some(c) = peek(lex) else { return true };
        let d = c.to_digit(16).unwrap_or(base);
        if d >= base {
            let at = lex.span().end;
            let shown = format!("{c:?}");
            error(
                lex,
                at,
                format!("invalid character {shown} in {} escape", base_name(base)),
            );
            return false;
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        lex.bump(1);
    }
    let at = lex.span().end;
    if x > max && base == 8 {
        error(lex, at, format!("octal escape value {x} > 255"));
        return false;
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        let shown = match char::from_u32(x) {
            Some(c) => format_char(c),
            None => format!("U+{x:04X}"),
        };
        error(
            lex,
            at,
            format!("escape is invalid Unicode code point {shown}"),
        );
        return false;
    }
    true
}

fn std_string(lex: &mut L) -> Raw {
    let start = lex.span().start;
    loop {
        match peek(lex) {
            Some('"') => {
                lex.bump(1);
                break;
            }
            Some('\\') => {
                lex.bump(1);
                escape(lex, '"');
            }
            Some('\n') => {
                let at = lex.span().end;
                error(lex, at, "newline in string");
                break;
            }
            None => {
                error(lex, start, "string not terminated");
                break;
            }
            Some(c) => lex.bump(c.len_utf8()),
        }
    }
    Raw::Str
}

fn raw_string(lex: &mut L) -> Raw {
    let start = lex.span().start;
    match lex.remainder().find('`') {
        Some(end) => lex.bump(end + 1),
        None => {
            let n = lex.remainder().len();
            lex.bump(n);
            error(lex, start, "string not terminated");
        }
    }
    Raw::Str
}

fn rune_lit(lex: &mut L) {
    let start = lex.span().start;
    let mut ok = true;
    let mut n = 0;
    loop {
        match peek(lex) {
            Some('\'') => {
                if ok {
                    if n == 0 {
                        let at = lex.span().end;
                        error(lex, at, "empty rune literal or unescaped '");
                    } else if n != 1 {
                        error(lex, start, "more than one character in rune literal");
                    }
                }
                lex.bump(1);
                break;
            }
            Some('\\') => {
                lex.bump(1);
                if !escape(lex, '\'') {
                    ok = false;
                }
            }
            Some('\n') => {
                if ok {
                    let at = lex.span().end;
                    error(lex, at, "newline in rune literal");
                }
                break;
            }
            None => {
                if ok {
                    error(lex, start, "rune literal not terminated");
                }
                break;
            }
            Some(c) => lex.bump(c.len_utf8()),
        }
        n += 1;
    }
}

fn keyword(s: &str) -> Option<Tok<'static>> {
    use Tok::*;
    Some(match s {
        "break" => Break,
        "case" => Case,
        "chan" => Chan,
        "const" => Const,
        "continue" => Continue,
        "default" => Default,
        "defer" => Defer,
        "else" => Else,
        "fallthrough" => Fallthrough,
        "for" => For,
        "func" => Func,
        "go" => Go,
        "goto" => Goto,
        "if" => If,
        "import" => Import,
        "interface" => Interface,
        "map" => Map,
        "package" => Package,
        "range" => Range,
        "return" => Return,
        "select" => Select,
        "struct" => Struct,
        "switch" => Switch,
        "type" => Type,
        "var" => Var,
        _ => return None,
    })
}

/// Lexes a whole file.
pub fn lex(src: &str) -> Lexed<'_> {
    let mut lexer = Raw::lexer(src);
    let mut tokens: Vec<(usize, Tok, usize)> = Vec::new();
    // gc's `nlsemi`: would a newline here end a statement?
    let mut nlsemi = false;
    while let Some(raw) = lexer.next() {
        let span = lexer.span();
        let text = lexer.slice();
        let raw = match raw {
            Ok(raw) => raw,
            Err(()) => {
                let c = text.chars().next().unwrap_or('\u{FFFD}');
                let message = match c {
                    '\0' => "invalid NUL character".to_string(),
                    INVALID_BYTE => "invalid UTF-8 encoding".to_string(),
                    c => format!("invalid character {}", format_char(c)),
                };
                lexer.extras.errors.push(LexError {
                    offset: span.start,
                    message,
                });
                continue;
            }
        };
        let tok = match raw {
            Raw::Newline => {
                if nlsemi {
                    tokens.push((span.start, Tok::Semi, span.end));
                    nlsemi = false;
                }
                continue;
            }
            Raw::LineComment | Raw::Skipped => continue,
            Raw::BlockComment(multiline) => {
                if multiline && nlsemi {
                    tokens.push((span.start, Tok::Semi, span.start));
                    nlsemi = false;
                }
                continue;
            }
            Raw::Ident => keyword(text).unwrap_or(Tok::Ident(text)),
            Raw::Number(NumKind::Int) => Tok::Int(text),
            Raw::Number(NumKind::Float) => Tok::Float(text),
            Raw::Number(NumKind::Imag) => Tok::Imag(text),
            Raw::Str => Tok::Str(text),
            Raw::Char => Tok::Char(text),
            Raw::Add => Tok::Add,
            Raw::Sub => Tok::Sub,
            Raw::Star => Tok::Star,
            Raw::Div => Tok::Div,
            Raw::Rem => Tok::Rem,
            Raw::And => Tok::And,
            Raw::Or => Tok::Or,
            Raw::Xor => Tok::Xor,
            Raw::Shl => Tok::Shl,
            Raw::Shr => Tok::Shr,
            Raw::AndNot => Tok::AndNot,
            Raw::AssignOp(op) => Tok::AssignOp(op),
            Raw::LogAnd => Tok::LogAnd,
            Raw::LogOr => Tok::LogOr,
            Raw::Arrow => Tok::Arrow,
            Raw::Inc => Tok::Inc,
            Raw::Dec => Tok::Dec,
            Raw::Eql => Tok::Eql,
            Raw::Lss => Tok::Lss,
            Raw::Gtr => Tok::Gtr,
            Raw::Assign => Tok::Assign,
            Raw::Not => Tok::Not,
            Raw::Neq => Tok::Neq,
            Raw::Leq => Tok::Leq,
            Raw::Geq => Tok::Geq,
            Raw::Define => Tok::Define,
            Raw::Ellipsis => Tok::Ellipsis,
            Raw::LParen => Tok::LParen,
            Raw::RParen => Tok::RParen,
            Raw::LBrack => Tok::LBrack,
            Raw::RBrack => Tok::RBrack,
            Raw::LBrace => Tok::LBrace,
            Raw::RBrace => Tok::RBrace,
            Raw::Comma => Tok::Comma,
            Raw::Dot => Tok::Dot,
            Raw::Semi => Tok::Semi,
            Raw::Colon => Tok::Colon,
            Raw::Tilde => Tok::Tilde,
        };
        nlsemi = matches!(
            tok,
            Tok::Ident(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Char(_)
                | Tok::Str(_)
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        );
        tokens.push((span.start, tok, span.end));
    }
    if nlsemi {
        tokens.push((src.len(), Tok::Semi, src.len()));
    }
    let Extras {
        mut errors,
        directives,
        line_directives,
    } = lexer.extras;
    // NUL, bad bytes and a BOM are errors wherever they are, even inside literals and comments.
    for (i, c) in src.char_indices() {
        let message = match c {
            '\0' => "invalid NUL character",
            INVALID_BYTE => "invalid UTF-8 encoding",
            '\u{FEFF}' if i > 0 => "invalid BOM in the middle of the file",
            _ => continue,
        };
        if !errors.iter().any(|e| e.offset == i) {
            errors.push(LexError {
                offset: i,
                message: message.to_string(),
            });
        }
    }
    errors.sort_by_key(|e| e.offset);
    Lexed {
        tokens,
        errors,
        directives,
        line_directives,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok<'_>> {
        lex(src).tokens.into_iter().map(|(_, t, _)| t).collect()
    }

    #[test]
    fn semicolons_are_inserted_after_line_enders() {
        use Tok::*;
        assert_eq!(
            toks("x++\nreturn\n}\ny /* a\nb */ z"),
            vec![
                Ident("x"),
                Inc,
                Semi,
                Return,
                Semi,
                RBrace,
                Semi,
                Ident("y"),
                Semi,
                Ident("z"),
                Semi
            ]
        );
        assert_eq!(toks("a +\nb"), vec![Ident("a"), Add, Ident("b"), Semi]);
    }

    #[test]
    fn numbers_in_all_bases() {
        use Tok::*;
        assert_eq!(
            toks("0x1F 0o17 0b101 1_000 017 .5 1e3 0x1p-2 2i 1.5e+3i"),
            vec![
                Int("0x1F"),
                Int("0o17"),
                Int("0b101"),
                Int("1_000"),
                Int("017"),
                Float(".5"),
                Float("1e3"),
                Float("0x1p-2"),
                Imag("2i"),
                Imag("1.5e+3i"),
                Semi
            ]
        );
        assert!(lex("0x1F 0o17 0b101 1_000 017 .5 1e3 0x1p-2 2i")
            .errors
            .is_empty());
    }

    #[test]
    fn line_directives_are_read_as_gc_reads_them() {
        let src = "package p\n//line a.go:3\nx /*line :7:2*/y\n //line b.go:9\n/*line c:/w.go:1*/z\n//line d.go\n";
        let l = lex(src);
        let at = |s: &str| src.find(s).unwrap();
        let d = |at, file: Option<&str>, line, col| LineDirective {
            at,
            file: file.map(str::to_string),
            line,
            col,
        };
        // Not at a line's start, `// line b.go:9` is a comment; without a `:line`, no
        // directive at all.
        assert_eq!(
            l.line_directives,
            vec![
                d(at("x"), Some("a.go"), 3, 0),
                d(at("y"), None, 7, 2),
                d(at("z"), Some("c:/w.go"), 1, 0),
            ]
        );
        assert!(l.errors.is_empty());
        let bad = lex("package p\n//line a.go:x\n//line a.go:0:1\n//line a.go:1:0\n");
        let messages: Vec<&str> = bad.errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "invalid line number: x",
                "invalid line number: 0:1",
                "invalid column number: 0"
            ]
        );
    }

    #[test]
    fn directives_are_recorded_with_their_line() {
        let l = lex("package p\n//go:noinline\nfunc f() {}\n");
        assert_eq!(
            l.directives,
            vec![Directive {
                line: 2,
                offset: 10,
                text: "go:noinline".into()
            }]
        );
    }

    #[test]
    fn unicode_identifiers() {
        assert_eq!(
            toks("héllo 世界"),
            vec![Tok::Ident("héllo"), Tok::Ident("世界"), Tok::Semi]
        );
        assert!(lex("héllo 世界").errors.is_empty());
    }
}
