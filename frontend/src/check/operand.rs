//! Operands (the checker's view of an evaluated expression) and how error messages print
//! them: `x (variable of type int)`, `1 << 70 (untyped int constant 1180591620717411303424)`,
//! `t (variable of struct type T)` — types2's `operandString`, and the expression printer
//! (gc's `syntax.String` in short form: composite literal and function bodies become `…`).

use crate::ast::{Expr, ExprKind, FuncType, InterfaceElem, LitKind};
use crate::check::info::Builtin;
use crate::constant::ConstValue;
use crate::types::{BasicKind, PkgId, Type, TypeId, Types};

/// How an operand may be used (types2's operand modes).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Const(ConstValue),
    Variable,
    Value,
    /// The untyped `nil` (its type is `untyped nil` until context gives it one).
    Nil,
    CommaOk,
    /// `m[k]`: assignable but not addressable, and comma-ok in a two-value context.
    MapIndex,
}

impl OpMode {
    fn name(&self) -> &'static str {
        match self {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Const(_) => "constant",
            OpMode::Variable => "variable",
            OpMode::Value => "value",
            OpMode::Nil => "nil",
            OpMode::CommaOk => "comma, ok expression",
            OpMode::MapIndex => "map index expression",
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: OpMode,
    pub ty: TypeId,
    /// The expression evaluated (None for operands synthesised by the checker).
    pub expr: Option<&'a Expr>,
    /// What messages call one of several values of `expr` (types2's dummy name): `2nd
    /// function result`, `ok value of (comma, ok) expression`.
    pub dummy: Option<String>,
}

impl<'a> Operand<'a> {
    pub fn invalid(expr: Option<&'a Expr>) -> Operand<'a> {
        Operand {
            mode: OpMode::Invalid,
            ty: TypeId(BasicKind::Invalid as u32),
            expr,
            dummy: None,
        }
    }

    pub fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }

    pub fn is_nil(&self) -> bool {
        self.mode == OpMode::Nil
    }

    pub fn val(&self) -> Option<&ConstValue> {
        match &self.mode {
            OpMode::Const(v) => Some(v),
            _ => None,
        }
    }

    pub fn is_const(&self) -> bool {
        matches!(self.mode, OpMode::Const(_))
    }
}

/// The kind word types2 puts before `type` for defined types: `struct type T`, `int type MyInt`.
pub(crate) fn composite_kind(types: &Types, t: TypeId) -> &'static str {
    match types.under(t) {
        Type::Basic(k) => k.name(),
        Type::Array(..) => "array",
        Type::Slice(_) => "slice",
        Type::Struct(_) => "struct",
        Type::Pointer(_) => "pointer",
        Type::Func(_) => "func",
        Type::Interface(_) => "interface",
        Type::Map(..) => "map",
        Type::Chan(_) => "chan",
        Type::Tuple(_) => "tuple",
        Type::Named(_) => "",
    }
}

/// types2's `operandString`.
pub(crate) fn operand_string(types: &Types, x: &Operand, local_pkg: PkgId) -> String {
    let invalid = TypeId(BasicKind::Invalid as u32);
    if x.mode == OpMode::Nil {
        if x.ty == invalid {
            return "nil (with invalid type)".into();
        }
        if x.ty == TypeId(BasicKind::UntypedNil as u32) {
            return "nil".into();
        }
        return format!("nil (of type {})", types.type_string(x.ty, local_pkg));
    }
    let mut buf = String::new();
    let expr = match (&x.dummy, x.expr) {
        (Some(d), _) => d.clone(),
        (None, Some(e)) => expr_string(e),
        (None, None) => match &x.mode {
            OpMode::Builtin(b) => builtin_name(*b).to_string(),
            OpMode::TypeExpr => types.type_string(x.ty, local_pkg),
            OpMode::Const(v) => v.to_string(),
            _ => String::new(),
        },
    };
    if !expr.is_empty() {
        buf.push_str(&expr);
        buf.push_str(" (");
    }
    let mut has_type = false;
    match x.mode {
        OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr => {}
        _ => {
            if let Type::Basic(k) = types.get(x.ty) {
                if k.is_untyped() {
                    buf.push_str(k.name());
                    buf.push(' ');
                } else {
                    has_type = true;
                }
            } else {
                has_type = true;
            }
        }
    }
    buf.push_str(x.mode.name());
    if let OpMode::Const(v) = &x.mode {
        let s = v.to_string();
        if s != expr {
            buf.push(' ');
            buf.push_str(&s);
        }
    }
    if has_type {
        if x.ty != invalid {
            let mut desc = String::new();
            // Defined types and the alias `any` are described by their structure.
            if types.is_named(x.ty) || x.ty == crate::types::ANY {
                desc.push_str(composite_kind(types, x.ty));
                desc.push(' ');
            }
            buf.push_str(" of ");
            buf.push_str(&desc);
            buf.push_str("type ");
            buf.push_str(&types.type_string(x.ty, local_pkg));
        } else {
            buf.push_str(" with invalid type");
        }
    }
    if !expr.is_empty() {
        buf.push(')');
    }
    buf
}

pub(crate) fn builtin_name(b: Builtin) -> &'static str {
    use Builtin::*;
    match b {
        Append => "append",
        Cap => "cap",
        Clear => "clear",
        Close => "close",
        Complex => "complex",
        Copy => "copy",
        Delete => "delete",
        Imag => "imag",
        Len => "len",
        Make => "make",
        Max => "max",
        Min => "min",
        New => "new",
        Panic => "panic",
        Print => "print",
        Println => "println",
        Real => "real",
        Recover => "recover",
        UnsafeSizeof => "unsafe.Sizeof",
        UnsafeAlignof => "unsafe.Alignof",
        UnsafeOffsetof => "unsafe.Offsetof",
        UnsafeAdd => "unsafe.Add",
        UnsafeSlice => "unsafe.Slice",
        UnsafeString => "unsafe.String",
        UnsafeStringData => "unsafe.StringData",
        UnsafeSliceData => "unsafe.SliceData",
    }
}

/// An expression as gc's `syntax.String` prints it (short form).
pub fn expr_string(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e);
    out
}

fn write_list(out: &mut String, list: &[Expr]) {
    for (i, e) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, e);
    }
}

fn write_expr(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(name) => out.push_str(name),
        ExprKind::BasicLit { raw, kind, .. } => {
            let _ = kind == &LitKind::String;
            out.push_str(raw)
        }
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(out, t);
            }
            out.push('{');
            if !elts.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::FuncLit { ty, body } => {
            write_func_type(out, ty, true);
            out.push_str(" {");
            if !body.stmts.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, x);
            out.push(')');
        }
        ExprKind::Selector { x, sel, .. } => {
            write_expr(out, x);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, indices, .. } => {
            write_expr(out, x);
            out.push('[');
            write_list(out, indices);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(out, x);
            out.push('[');
            if let Some(lo) = lo {
                write_expr(out, lo);
            }
            out.push(':');
            if let Some(hi) = hi {
                write_expr(out, hi);
            }
            if let Some(max) = max {
                out.push(':');
                write_expr(out, max);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty, .. } => {
            write_expr(out, x);
            out.push_str(".(");
            match ty {
                Some(t) => write_expr(out, t),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            write_expr(out, fun);
            out.push('(');
            write_list(out, args);
            if ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(out, x);
        }
        ExprKind::Unary { op, x, .. } => {
            out.push_str(op.as_str());
            write_expr(out, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(out, x);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, y);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            if let Some(len) = len {
                write_expr(out, len);
            }
            out.push(']');
            write_expr(out, elem);
        }
        ExprKind::Ellipsis => out.push_str("..."),
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                for (j, n) in f.names.iter().enumerate() {
                    if j > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&n.name);
                }
                if !f.names.is_empty() {
                    out.push(' ');
                }
                write_expr(out, &f.ty);
                if let Some(tag) = &f.tag {
                    out.push(' ');
                    out.push_str(tag);
                }
            }
            out.push('}');
        }
        ExprKind::FuncType(ft) => write_func_type(out, ft, true),
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, ty } => {
                        out.push_str(&name.name);
                        write_func_type(out, ty, false);
                    }
                    InterfaceElem::Embedded(e) => write_expr(out, e),
                }
            }
            out.push('}');
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(out, key);
            out.push(']');
            write_expr(out, value);
        }
        ExprKind::ChanType { dir, elem } => {
            match dir {
                crate::ast::ChanDir::Recv => out.push_str("<-chan "),
                crate::ast::ChanDir::Send => out.push_str("chan<- "),
                crate::ast::ChanDir::Both => out.push_str("chan "),
            }
            write_expr(out, elem);
        }
    }
}

fn write_func_type(out: &mut String, ft: &FuncType, keyword: bool) {
    if keyword {
        out.push_str("func");
    }
    write_params(out, &ft.params);
    match ft.results.len() {
        0 => {}
        1 if ft.results[0].name.is_none() => {
            out.push(' ');
            write_expr(out, &ft.results[0].ty);
        }
        _ => {
            out.push(' ');
            write_params(out, &ft.results);
        }
    }
}

fn write_params(out: &mut String, params: &[crate::ast::Param]) {
    out.push('(');
    for (i, p) in params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if let Some(n) = &p.name {
            out.push_str(&n.name);
            out.push(' ');
        }
        if p.variadic {
            out.push_str("...");
        }
        write_expr(out, &p.ty);
    }
    out.push(')');
}
