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

/// Renders diagnostics as gc does (cmd/compile/internal/base): they are counted in the order
/// they were reported, skipping one equal to the previous on the same line; at the 10th, those
/// so far are printed sorted by position, then `<position of the 10th>: too many errors`.
pub fn render(map: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut kept: Vec<&Diagnostic> = Vec::new();
    let mut too_many = None;
    for d in diags {
        if let Some(last) = kept.last() {
            if last.span.file == d.span.file
                && map.line(last.span) == map.line(d.span)
                && last.message == d.message
            {
                continue;
            }
        }
        kept.push(d);
        if kept.len() >= MAX_ERRORS {
            too_many = Some(d.span);
            break;
        }
    }
    kept.sort_by_key(|d| (d.span.file, d.span.lo));
    // gc prints each distinct message once after sorting.
    kept.dedup_by(|a, b| a.span == b.span && a.message == b.message);
    let mut out = String::new();
    for d in &kept {
        // A message without a position (the linker's) is printed bare.
        let at = map.position(d.span);
        if !at.is_empty() {
            out.push_str(&at);
            out.push_str(": ");
        }
        out.push_str(&d.message);
        out.push('\n');
    }
    if let Some(at) = too_many {
        out.push_str(&format!("{}: too many errors\n", map.position(at)));
    }
    out
}
