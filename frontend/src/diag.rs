//! Errors as data. Every stage reports [`Diagnostic`]s; they are rendered in exactly one place,
//! [`render`], in gc's form `file.go:line:col: message`.

use crate::source::{SourceMap, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
        }
    }

    /// A Go construct outside gocrane's subset, named: `gocrane does not support goroutines`.
    pub fn unsupported(span: Span, what: &str) -> Diagnostic {
        Diagnostic::new(span, format!("gocrane does not support {what}"))
    }
}

/// gc stops after this many errors and prints `too many errors`.
pub const MAX_ERRORS: usize = 10;

/// Renders diagnostics as gc does: sorted by position, one per line, at most [`MAX_ERRORS`],
/// then `too many errors` if some were left out.
pub fn render(map: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by_key(|d| (d.span.file, d.span.lo));
    sorted.dedup_by(|a, b| {
        a.span.file == b.span.file && map.line(a.span) == map.line(b.span) && a.message == b.message
    });
    let mut out = String::new();
    for d in sorted.iter().take(MAX_ERRORS) {
        out.push_str(&map.position(d.span));
        out.push_str(": ");
        out.push_str(&d.message);
        out.push('\n');
    }
    if sorted.len() > MAX_ERRORS {
        out.push_str("too many errors\n");
    }
    out
}
