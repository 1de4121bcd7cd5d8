//! The run-time spelling of a type (`abi.Type.Str`, what `reflect.Type.String` returns), which
//! the runtime prints in panics: `main.MyStr("x")`, `(main.S) 0x…`, `(struct { a int }) 0x…`.
//!
//! Defined types are `pkg.Name` (predeclared ones bare: `int`, `error`; function-local ones
//! without gc's `·N` link suffix), `byte`/`rune` are `uint8`/`int32`, literals are spelled
//! with gc's spacing (`struct { A int; b string }`, `interface { M() }`,
//! `func(int, string) (int, error)`). Symbol names and type hashes use the frontend's
//! `Types::link_string` instead, which qualifies unexported field names.

use frontend::types::{Type, TypeId, Types};

pub fn type_string(types: &Types, t: TypeId) -> String {
    let mut s = String::new();
    write_type(types, t, &mut s);
    s
}

fn write_type(types: &Types, t: TypeId, s: &mut String) {
    match types.get(t) {
        Type::Basic(k) => s.push_str(k.name()),
        Type::Named(_) => {
            let n = types.named_info(t).expect("named");
            if !n.pkg.is_empty() {
                s.push_str(&n.pkg);
                s.push('.');
            }
            s.push_str(&n.name);
        }
        Type::Pointer(e) => {
            s.push('*');
            write_type(types, *e, s);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            write_type(types, *e, s);
        }
        Type::Array(n, e) => {
            s.push_str(&format!("[{n}]"));
            write_type(types, *e, s);
        }
        Type::Map(k, v) => {
            s.push_str("map[");
            write_type(types, *k, s);
            s.push(']');
            write_type(types, *v, s);
        }
        Type::Chan(e) => {
            s.push_str("chan ");
            write_type(types, *e, s);
        }
        Type::Struct(fields) => {
            if fields.is_empty() {
                s.push_str("struct {}");
                return;
            }
            s.push_str("struct { ");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !f.embedded {
                    s.push_str(&f.name);
                    s.push(' ');
                }
                write_type(types, f.ty, s);
                if let Some(tag) = &f.tag {
                    s.push(' ');
                    s.push_str(tag);
                }
            }
            s.push_str(" }");
        }
        Type::Interface(methods) => {
            if methods.is_empty() {
                s.push_str("interface {}");
                return;
            }
            s.push_str("interface { ");
            for (i, m) in methods.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                s.push_str(&m.name);
                write_signature(types, m.sig, s);
            }
            s.push_str(" }");
        }
        Type::Func(_) => {
            s.push_str("func");
            write_signature(types, t, s);
        }
        Type::Tuple(elems) => {
            s.push('(');
            write_list(types, elems, false, s);
            s.push(')');
        }
    }
}

fn write_list(types: &Types, elems: &[TypeId], variadic: bool, s: &mut String) {
    for (i, &e) in elems.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if variadic && i + 1 == elems.len() {
            s.push_str("...");
            match types.get(e) {
                Type::Slice(inner) => write_type(types, *inner, s),
                _ => write_type(types, e, s),
            }
        } else {
            write_type(types, e, s);
        }
    }
}

/// `(params) results` of a `Type::Func`.
fn write_signature(types: &Types, t: TypeId, s: &mut String) {
    let Type::Func(sig) = types.get(t) else {
        return;
    };
    s.push('(');
    write_list(types, &sig.params, sig.variadic, s);
    s.push(')');
    match sig.results.len() {
        0 => {}
        1 => {
            s.push(' ');
            write_type(types, sig.results[0], s);
        }
        _ => {
            s.push_str(" (");
            write_list(types, &sig.results, false, s);
            s.push(')');
        }
    }
}
