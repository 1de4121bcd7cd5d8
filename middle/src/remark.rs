//! gc's `-m` remarks, as data: each kind of remark the middle end reports, worded in exactly
//! one place ([`Remark`]'s `Display`), with the words of gc 1.27.3 (cmd/compile/internal/escape
//! and devirtualize).

use std::fmt;

use base::diag::Diagnostic;
use base::source::Span;

/// One `-m` remark. Texts (`what`, names, call and type texts) are already in gc's spelling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Remark {
    /// An allocation site, or a parameter's content, that reaches the heap.
    EscapesToHeap { what: String },
    /// An allocation site, or a parameter, that stays in the frame.
    DoesNotEscape { what: String },
    /// A variable whose address outlives its frame.
    MovedToHeap { name: String },
    /// `[]byte(s)` of a never-mutated slice shares the string's bytes.
    ZeroCopyBytes,
    /// A parameter that reaches the heap.
    LeakingParam { name: String },
    /// A parameter whose pointed-to content reaches the heap.
    LeakingParamContent { name: String },
    /// A parameter that reaches a result, `level` dereferences deep.
    LeakingParamToResult {
        name: String,
        result: String,
        level: i32,
    },
    /// `x.f = x.g`-shaped assignments, which escape analysis ignores.
    IgnoringSelfAssignment { func: String, stmt: String },
    /// An interface call made direct (`partial` when a type assertion stays in front of it).
    Devirtualizing {
        partial: bool,
        call: String,
        ty: String,
    },
}

impl Remark {
    /// The remark at `at`, as a diagnostic.
    pub fn at(&self, at: Span) -> Diagnostic {
        Diagnostic::new(at, self.to_string())
    }
}

impl fmt::Display for Remark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Remark::EscapesToHeap { what } => write!(f, "{what} escapes to heap"),
            Remark::DoesNotEscape { what } => write!(f, "{what} does not escape"),
            Remark::MovedToHeap { name } => write!(f, "moved to heap: {name}"),
            Remark::ZeroCopyBytes => write!(f, "zero-copy string->[]byte conversion"),
            Remark::LeakingParam { name } => write!(f, "leaking param: {name}"),
            Remark::LeakingParamContent { name } => write!(f, "leaking param content: {name}"),
            Remark::LeakingParamToResult {
                name,
                result,
                level,
            } => write!(f, "leaking param: {name} to result {result} level={level}"),
            Remark::IgnoringSelfAssignment { func, stmt } => {
                write!(f, "{func} ignoring self-assignment in {stmt}")
            }
            Remark::Devirtualizing { partial, call, ty } => {
                let how = if *partial {
                    "partially devirtualizing"
                } else {
                    "devirtualizing"
                };
                write!(f, "{how} {call} to {ty}")
            }
        }
    }
}
