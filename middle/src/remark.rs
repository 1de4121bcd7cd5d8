//! gc's `-m` remarks, as data: each kind of remark the middle end reports, worded in exactly
//! one place ([`Remark`]'s `Display`), with the words of gc 1.27.3 (cmd/compile/internal/escape
//! and devirtualize).

use std::collections::HashMap;
use std::fmt;

use base::diag::Diagnostic;
use base::source::Span;
use frontend::ast::NodeId;

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

/// gc's text for an expression in a remark (`make([]int, m.Len())`, `m.Name() + "!"`), kept
/// in parts: an interface method call inside it is printed as devirtualization leaves it,
/// since gc names a site after devirtualizing (`T.Len(m.(T))`). Lowering writes the text
/// (`lower::gcfmt`), devirtualization records what it did with each call
/// ([`Devirtualized`]), and [`GcText::render`] spells the result; no pass edits the words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GcText(Vec<Part>);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Text(String),
    /// `recv.method(args)`, a call of an interface method, known by the node of its receiver
    /// expression (each receiver belongs to one call).
    IfaceCall {
        recv_node: NodeId,
        recv: GcText,
        method: String,
        args: GcText,
    },
}

/// What devirtualization made of an interface call, as gc prints the direct call:
/// `callee(recv.(ty)path, args)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Devirtualized {
    /// The method called, as a method expression: `T.M`, `(*T).M`.
    pub callee: String,
    /// The concrete type the receiver is asserted to.
    pub ty: String,
    /// For a method promoted from an embedded field, the fields the receiver goes through
    /// (`.Val`); empty otherwise.
    pub path: String,
    /// The call passes arguments after the receiver.
    pub has_args: bool,
}

/// Devirtualized interface calls, by the node of their receiver expression.
pub type DevirtualizedCalls = HashMap<NodeId, Devirtualized>;

impl GcText {
    pub fn push_str(&mut self, s: &str) {
        match self.0.last_mut() {
            Some(Part::Text(t)) => t.push_str(s),
            _ => self.0.push(Part::Text(s.to_string())),
        }
    }

    pub fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }

    /// Appends `other`, parts and all.
    pub fn append(&mut self, other: GcText) {
        for part in other.0 {
            match part {
                Part::Text(t) => self.push_str(&t),
                call => self.0.push(call),
            }
        }
    }

    /// Appends the interface call `recv.method(args)`.
    pub fn iface_call(&mut self, recv_node: NodeId, recv: GcText, method: &str, args: GcText) {
        self.0.push(Part::IfaceCall {
            recv_node,
            recv,
            method: method.to_string(),
            args,
        });
    }

    /// The text with each interface call as devirtualization left it.
    pub fn render(&self, devirtualized: &DevirtualizedCalls) -> String {
        let mut out = String::new();
        self.render_into(devirtualized, &mut out);
        out
    }

    fn render_into(&self, devirtualized: &DevirtualizedCalls, out: &mut String) {
        for part in &self.0 {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::IfaceCall {
                    recv_node,
                    recv,
                    method,
                    args,
                } => match devirtualized.get(recv_node) {
                    Some(d) => {
                        out.push_str(&d.callee);
                        out.push('(');
                        recv.render_into(devirtualized, out);
                        out.push_str(&format!(".({}){}", d.ty, d.path));
                        if d.has_args {
                            out.push_str(", ");
                        }
                        args.render_into(devirtualized, out);
                        out.push(')');
                    }
                    None => {
                        recv.render_into(devirtualized, out);
                        out.push('.');
                        out.push_str(method);
                        out.push('(');
                        args.render_into(devirtualized, out);
                        out.push(')');
                    }
                },
            }
        }
    }
}

impl From<&str> for GcText {
    fn from(s: &str) -> GcText {
        let mut t = GcText::default();
        t.push_str(s);
        t
    }
}

impl From<String> for GcText {
    fn from(s: String) -> GcText {
        GcText::from(s.as_str())
    }
}
