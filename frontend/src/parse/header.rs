//! The go command's reading of a file's header, before gc runs.
//!
//! `go build` reads each file's package clause and imports itself (`go/build`'s
//! `readGoInfo`): a quick reader walks `package name` and the `import` declarations; where
//! it stumbles, go/parser parses the file in ImportsOnly mode, and the first error go/parser
//! reports is the go command's only error for the file (gc never runs). Where the quick
//! reader does not stumble, the header is well formed and gc's parser has the file.
//!
//! Both readers are followed here on gocrane's tokens: [`quick_reader_stumbles`] and
//! [`go_parser_error`], in go/parser's words (`expected ';', found '['`, `missing import
//! path`).

use crate::lexer::{self, Tok};

/// The go command's error for the file's header, if it has one: offset and message. go/parser
/// reads with its own scanner, whose error comes first when it met one in the tokens read so
/// far (the first of `lex_errors`, reported with the lexer's message: message None).
pub fn go_command_error(
    src: &str,
    tokens: &[(usize, Tok, usize)],
    lex_errors: &[usize],
) -> Option<(usize, Option<String>)> {
    if !quick_reader_stumbles(src, tokens) {
        return None;
    }
    let (at, message) = go_parser_error(src, tokens)?;
    let scanned = tokens
        .iter()
        .find(|t| t.0 >= at)
        .map_or(usize::MAX, |t| t.2);
    match lex_errors.iter().copied().filter(|&o| o <= scanned).min() {
        Some(lex) => Some((lex, None)),
        None => Some((at, Some(message))),
    }
}

/// Whether an automatically inserted `;` (a newline or the end of the file, which the quick
/// reader skips as space).
fn is_newline(src: &str, t: &(usize, Tok, usize)) -> bool {
    t.1 == Tok::Semi && lexer::semi_text(src, t.0) != "semicolon"
}

/// `go/build`'s import reader: `package name`, then while the next word starts with `i`, an
/// `import` keyword and one spec or a parenthesised list of specs (`[name|.] "path"`). True
/// where it meets something else than it expects (its `errSyntax`).
fn quick_reader_stumbles(src: &str, tokens: &[(usize, Tok, usize)]) -> bool {
    let mut i = 0;
    // The next token, skipping newlines as the reader skips space.
    let peek = |i: &mut usize| -> Option<Tok> {
        while tokens.get(*i).is_some_and(|t| is_newline(src, t)) {
            *i += 1;
        }
        tokens.get(*i).map(|t| t.1)
    };
    if peek(&mut i) != Some(Tok::Package) {
        return true;
    }
    i += 1;
    if !matches!(peek(&mut i), Some(Tok::Ident(_))) {
        return true;
    }
    i += 1;
    loop {
        let Some(t) = peek(&mut i) else {
            return false;
        };
        let text = src.get(tokens[i].0..tokens[i].2).unwrap_or("");
        if !text.starts_with('i') {
            return false;
        }
        if t != Tok::Import {
            return true;
        }
        i += 1;
        if peek(&mut i) == Some(Tok::LParen) {
            i += 1;
            while !matches!(peek(&mut i), Some(Tok::RParen)) {
                if !quick_import(src, tokens, &mut i) {
                    return true;
                }
            }
            i += 1;
        } else if !quick_import(src, tokens, &mut i) {
            return true;
        }
    }
}

/// One import spec for the quick reader: an optional word or `.`, then a string.
fn quick_import(src: &str, tokens: &[(usize, Tok, usize)], i: &mut usize) -> bool {
    let skip = |i: &mut usize| {
        while tokens.get(*i).is_some_and(|t| is_newline(src, t)) {
            *i += 1;
        }
    };
    skip(i);
    let Some(t) = tokens.get(*i) else {
        return false;
    };
    let word = src
        .get(t.0..t.2)
        .and_then(|s| s.chars().next())
        .is_some_and(|c| c.is_alphanumeric() || c == '_');
    if t.1 == Tok::Dot || word {
        *i += 1;
        skip(i);
    }
    match tokens.get(*i) {
        Some((_, Tok::Str(_), _)) => {
            *i += 1;
            true
        }
        _ => false,
    }
}

/// go/parser in ImportsOnly mode: the package clause and the import declarations, and the
/// first error it reports there.
fn go_parser_error(src: &str, tokens: &[(usize, Tok, usize)]) -> Option<(usize, String)> {
    let mut p = GoParser { src, tokens, i: 0 };
    p.file().err()
}

struct GoParser<'s, 't> {
    src: &'s str,
    tokens: &'t [(usize, Tok<'s>, usize)],
    i: usize,
}

type Step = Result<(), (usize, String)>;

impl GoParser<'_, '_> {
    fn tok(&self) -> Option<Tok<'_>> {
        self.tokens.get(self.i).map(|t| t.1)
    }

    fn pos(&self) -> usize {
        self.tokens.get(self.i).map_or(self.src.len(), |t| t.0)
    }

    /// go/parser's `errorExpected`: `expected X, found Y`.
    fn expected(&self, what: &str) -> Step {
        let found = match self.tokens.get(self.i) {
            None => "'EOF'".to_string(),
            Some(t) if is_newline(self.src, t) => "newline".to_string(),
            Some((_, Tok::Semi, _)) => "';'".to_string(),
            Some((
                _,
                Tok::Ident(s)
                | Tok::Int(s)
                | Tok::Float(s)
                | Tok::Imag(s)
                | Tok::Char(s)
                | Tok::Str(s),
                _,
            )) => s.to_string(),
            Some((_, t, _)) => {
                let d = t.describe();
                let d = d.strip_prefix("keyword ").unwrap_or(&d);
                format!("'{}'", if d == "comma" { "," } else { d })
            }
        };
        Err((self.pos(), format!("expected {what}, found {found}")))
    }

    fn expect(&mut self, t: Tok, what: &str) -> Step {
        if self.tok() != Some(t) {
            return self.expected(what);
        }
        self.i += 1;
        Ok(())
    }

    /// go/parser's `expectSemi`: `;` (or `,`, with an error) unless `)` or `}` follows.
    fn expect_semi(&mut self) -> Step {
        match self.tok() {
            Some(Tok::RParen | Tok::RBrace) => Ok(()),
            Some(Tok::Semi) => {
                self.i += 1;
                Ok(())
            }
            _ => self.expected("';'"),
        }
    }

    fn file(&mut self) -> Step {
        self.expect(Tok::Package, "'package'")?;
        match self.tok() {
            Some(Tok::Ident(_)) => self.i += 1,
            _ => return self.expected("'IDENT'"),
        }
        self.expect_semi()?;
        while self.tok() == Some(Tok::Import) {
            self.i += 1;
            if self.tok() == Some(Tok::LParen) {
                self.i += 1;
                while !matches!(self.tok(), None | Some(Tok::RParen)) {
                    self.import_spec()?;
                }
                self.expect(Tok::RParen, "')'")?;
                self.expect_semi()?;
            } else {
                self.import_spec()?;
            }
        }
        Ok(())
    }

    fn import_spec(&mut self) -> Step {
        if matches!(self.tok(), Some(Tok::Ident(_) | Tok::Dot)) {
            self.i += 1;
        }
        match self.tok() {
            Some(Tok::Str(_)) => self.i += 1,
            Some(Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_)) => {
                return Err((self.pos(), "import path must be a string".into()));
            }
            _ => return Err((self.pos(), "missing import path".into())),
        }
        self.expect_semi()
    }
}
