//! The texts of panics that carry a value (gc's `error.go` and the printing half of
//! `panic.go`): `panic(v)`, failed type assertions, and nil receivers of value methods.
//!
//! * `panic(v)` prints what gc's `preprintpanics` + `printpanicval` print: `v.Error()` if the
//!   dynamic type has `Error() string`, else `v.String()` if it has `String() string` (both
//!   called through the method table, see `gocall`), else the value of a predeclared basic type
//!   (`42`, `1.5`, `boom`), gc's `printanycustomtype` for a defined basic type
//!   (`main.MyStr("x")`, `main.MyInt(5)`, `main.C(1+2i)`), and `(T) 0xADDR` for any other type.
//!   A newline in printed text is followed by a tab (gc's `printindented`).
//! * `TypeAssertionError`: `interface conversion: interface {} is int, not string`,
//!   `… is nil, not …`, `T is not I: missing method M` — never prefixed with `runtime error: `.
//! * `panicwrap`: `value method main.T.M called using nil *T pointer`, with package, type and
//!   method cut out of the calling wrapper's name (`main.(*T).M`), as gc does.
//!
//! Layer 8: above `panic`, because printing a panic value needs what the core panic path must
//! not depend on (the type data, calling Go methods). So the `panic(v)` entry points
//! (`runtime.gopanic`, `runtime.gopanicstring`) live here and hand the text to `panic`.

use crate::abi::{bytes_of, kind, GoString, Type};
use crate::caller::go_entry;
use crate::panic::{panic_text, PanicValue, PRINTING_PANIC_VALUE};
use crate::throw::throw;
use crate::typedata::{string_method, type_pkg_path, type_string, ITab, Module};
use core::sync::atomic::Ordering;

/// gc's `printindented`: a newline inside printed panic text is followed by a tab.
pub fn push_indented(out: &mut Vec<u8>, s: &[u8]) {
    for &c in s {
        out.push(c);
        if c == b'\n' {
            out.push(b'\t');
        }
    }
}

/// The text after `panic: ` for `panic(v)`, `v` = the eface `(typ, data)`.
///
/// # Safety
/// `typ` null or a valid descriptor of the linked program; `data` the matching data word.
pub unsafe fn panic_value_text(typ: *const Type, data: *const u8) -> Vec<u8> {
    panic_value_text_in(&Module::linked(), typ, data)
}

unsafe fn panic_value_text_in(m: &Module, typ: *const Type, data: *const u8) -> Vec<u8> {
    let mut out = Vec::new();
    if typ.is_null() {
        // gc 1.21+: panic(nil) panics with a *runtime.PanicNilError.
        out.extend_from_slice(b"runtime error: panic called with nil argument");
        return out;
    }
    // preprintpanics: `case error:` before `case stringer:`.
    let method = string_method(m, typ, b"Error").or_else(|| string_method(m, typ, b"String"));
    if let Some(code) = method {
        // A panic inside the method is gc's `fatal error: panic while printing panic value`.
        PRINTING_PANIC_VALUE.store(true, Ordering::Relaxed);
        let r = crate::gocall::call(code, data as usize, 0, 0);
        PRINTING_PANIC_VALUE.store(false, Ordering::Relaxed);
        let s = GoString {
            ptr: r.r0 as *const u8,
            len: r.r1 as isize,
        };
        push_indented(&mut out, s.bytes());
        return out;
    }
    let k = (*typ).kind;
    let name = type_string(m, typ);
    let Some(value) = basic_value_text(k, data) else {
        // printanycustomtype's default: `(T) 0xADDR` with the data word.
        out.push(b'(');
        out.extend_from_slice(name);
        out.extend_from_slice(b") ");
        out.extend_from_slice(crate::print::format_hex(data as u64, true, 0).as_bytes());
        return out;
    };
    // printpanicval's type switch matches the predeclared types themselves.
    let predeclared = kind::predeclared_name(k).is_some_and(|p| p.as_bytes() == name);
    match (predeclared, k) {
        (true, kind::STRING) => push_indented(&mut out, &value),
        (true, _) => out.extend_from_slice(&value),
        (false, kind::STRING) => {
            out.extend_from_slice(name);
            out.extend_from_slice(b"(\"");
            push_indented(&mut out, &value);
            out.extend_from_slice(b"\")");
        }
        // print(complex) already brackets the value: `main.C(1+2i)`.
        (false, kind::COMPLEX64 | kind::COMPLEX128) => {
            out.extend_from_slice(name);
            out.extend_from_slice(&value);
        }
        (false, _) => {
            out.extend_from_slice(name);
            out.push(b'(');
            out.extend_from_slice(&value);
            out.push(b')');
        }
    }
    out
}

/// The type of the panic value `(typ, data)`, as a nested panic reports it.
///
/// # Safety
/// As [`panic_value_text`].
pub unsafe fn panic_value_type<'a>(typ: *const Type, data: *const u8) -> PanicValue<'a> {
    if typ.is_null() {
        return PanicValue::Of(b"*runtime.PanicNilError");
    }
    let name = type_string(&Module::linked(), typ);
    if (*typ).kind == kind::STRING && name == b"string" {
        return PanicValue::String((*(data as *const GoString)).bytes());
    }
    PanicValue::Of(name)
}

/// What `print` prints for a basic-kind value (the eface data word points at it).
unsafe fn basic_value_text(k: u8, data: *const u8) -> Option<Vec<u8>> {
    use crate::float::{format_complex, format_f32, format_f64};
    use crate::print::format_int;
    let uint = |v: u64| {
        let mut d = [0u8; 20];
        let i = crate::print::format_uint(&mut d, v);
        d[i..].to_vec()
    };
    Some(match k {
        kind::BOOL => {
            if *data != 0 {
                b"true".to_vec()
            } else {
                b"false".to_vec()
            }
        }
        kind::INT | kind::INT64 => format_int(*(data as *const i64)).as_bytes().to_vec(),
        kind::INT8 => format_int(*(data as *const i8) as i64).as_bytes().to_vec(),
        kind::INT16 => format_int(*(data as *const i16) as i64).as_bytes().to_vec(),
        kind::INT32 => format_int(*(data as *const i32) as i64).as_bytes().to_vec(),
        kind::UINT | kind::UINT64 | kind::UINTPTR => uint(*(data as *const u64)),
        kind::UINT8 => uint(*data as u64),
        kind::UINT16 => uint(*(data as *const u16) as u64),
        kind::UINT32 => uint(*(data as *const u32) as u64),
        kind::FLOAT32 => format_f32(*(data as *const f32)).as_bytes().to_vec(),
        kind::FLOAT64 => format_f64(*(data as *const f64)).as_bytes().to_vec(),
        kind::COMPLEX64 => {
            let p = data as *const f32;
            format_complex(format_f32(*p), format_f32(*p.add(1)))
                .as_bytes()
                .to_vec()
        }
        kind::COMPLEX128 => {
            let p = data as *const f64;
            format_complex(format_f64(*p), format_f64(*p.add(1)))
                .as_bytes()
                .to_vec()
        }
        kind::STRING => (*(data as *const GoString)).bytes().to_vec(),
        _ => return None,
    })
}

/// `panic(v)` where the compiler already called `v.Error()` or `v.String()`; the text is
/// printed like a string panic value. (Legacy: `gopanic` now calls the method itself.)
unsafe extern "C" fn gopanicstring(p: *const u8, len: isize) -> ! {
    let mut text = Vec::new();
    push_indented(&mut text, bytes_of(p, len));
    panic_text(PanicValue::String(bytes_of(p, len)), &text)
}
go_entry!("runtime.gopanicstring" => gopanicstring);

/// gc's `runtime.TypeAssertionError`.
pub struct TypeAssertionError<'a> {
    /// The static interface type converted from (null: printed as `interface`).
    pub iface: *const Type,
    /// The dynamic type (null: the interface was nil).
    pub concrete: *const Type,
    pub asserted: *const Type,
    /// One method of `asserted` that `concrete` lacks, or empty.
    pub missing_method: &'a [u8],
}

impl TypeAssertionError<'_> {
    /// gc's `(*TypeAssertionError).Error`.
    ///
    /// # Safety
    /// The non-null type pointers must be valid descriptors of module `m`.
    pub unsafe fn message(&self, m: &Module) -> Vec<u8> {
        let inter: &[u8] = if self.iface.is_null() {
            b"interface"
        } else {
            type_string(m, self.iface)
        };
        let as_ = type_string(m, self.asserted);
        let mut msg = b"interface conversion: ".to_vec();
        if self.concrete.is_null() {
            msg.extend_from_slice(&[inter, b" is nil, not ", as_].concat());
            return msg;
        }
        let cs = type_string(m, self.concrete);
        if self.missing_method.is_empty() {
            msg.extend_from_slice(&[inter, b" is ", cs, b", not ", as_].concat());
            if cs == as_ {
                // Same spelling, different types: say why.
                if type_pkg_path(m, self.concrete) != type_pkg_path(m, self.asserted) {
                    msg.extend_from_slice(b" (types from different packages)");
                } else {
                    msg.extend_from_slice(b" (types from different scopes)");
                }
            }
            return msg;
        }
        msg.extend_from_slice(
            &[
                cs,
                b" is not ",
                as_,
                b": missing method ",
                self.missing_method,
            ]
            .concat(),
        );
        msg
    }

    /// Panics with this error on behalf of the last Go caller.
    ///
    /// # Safety
    /// As [`TypeAssertionError::message`], for the linked module.
    pub unsafe fn raise(&self) -> ! {
        let text = self.message(&Module::linked());
        crate::panic::die_with(
            crate::panic::ErrorValue::TypeAssertion {
                iface: self.iface as usize,
                concrete: self.concrete as usize,
                asserted: self.asserted as usize,
                missing: self.missing_method,
            },
            PanicValue::Of(b"*runtime.TypeAssertionError"),
            &[&text],
            None,
            crate::traceback::caller_start(),
        )
    }
}

/// `e.(T)` failed; `have` the dynamic type, `iface` the static type of `e`.
unsafe extern "C" fn panicdottype_e(have: *const Type, want: *const Type, iface: *const Type) -> ! {
    TypeAssertionError {
        iface,
        concrete: have,
        asserted: want,
        missing_method: b"",
    }
    .raise()
}
go_entry!("runtime.panicdottypeE" => panicdottype_e);

/// `i.(T)` failed; `have` the dynamic itab.
unsafe extern "C" fn panicdottype_i(have: *const ITab, want: *const Type, iface: *const Type) -> ! {
    let t = if have.is_null() {
        core::ptr::null()
    } else {
        (*have).typ
    };
    panicdottype_e(t, want, iface)
}
go_entry!("runtime.panicdottypeI" => panicdottype_i);

/// `i.(T)` on a nil interface.
unsafe extern "C" fn panicnildottype(want: *const Type) -> ! {
    TypeAssertionError {
        iface: core::ptr::null(),
        concrete: core::ptr::null(),
        asserted: want,
        missing_method: b"",
    }
    .raise()
}
go_entry!("runtime.panicnildottype" => panicnildottype);

/// A Go string (in the Go heap) holding `bytes`.
pub fn go_string(bytes: &[u8]) -> GoString {
    let p = crate::malloc::alloc_noscan(bytes.len());
    // SAFETY: `p` has room for `bytes.len()` bytes (or is zerobase for none).
    unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len()) };
    GoString {
        ptr: p,
        len: bytes.len() as isize,
    }
}

/// gc's `boundsError.Error`, for the runtime's Go code (`runtime_stub.go`).
unsafe extern "C" fn bounds_error_text(out: *mut GoString, x: i64, y: i64, signed: u8, code: u8) {
    use crate::panic::BoundsCode::*;
    let code = [
        Index, SliceAlen, SliceAcap, SliceB, Slice3Alen, Slice3Acap, Slice3B, Slice3C, Convert,
    ]
    .get(code as usize)
    .copied()
    .unwrap_or(Index);
    let msg = crate::panic::bounds_message(code, x, signed != 0, y);
    *out = go_string(&[b"runtime error: ".as_slice(), msg.as_bytes()].concat());
}
go_entry!("runtime.boundsErrorText" => bounds_error_text);

/// gc's `(*TypeAssertionError).Error`, for the runtime's Go code: `e` points at
/// `{ _interface, concrete, asserted *_type; missingMethod string }`.
unsafe extern "C" fn type_assertion_error_text(out: *mut GoString, e: *const usize) {
    let missing = &*(e.add(3) as *const GoString);
    let err = TypeAssertionError {
        iface: *e as *const Type,
        concrete: *e.add(1) as *const Type,
        asserted: *e.add(2) as *const Type,
        missing_method: missing.bytes(),
    };
    *out = go_string(&err.message(&Module::linked()));
}
go_entry!("runtime.typeAssertionErrorText" => type_assertion_error_text);

/// gc's `panicwrap` message for a wrapper named `name` (`main.(*T).M`), or the `throw` text.
pub fn panicwrap_message(name: &[u8]) -> Result<Vec<u8>, Vec<u8>> {
    let err = |what: &str| Err([what.as_bytes(), name].concat());
    let Some(i) = name.iter().position(|&c| c == b'(') else {
        return err("panicwrap: no ( in ");
    };
    if i == 0 || i + 2 >= name.len() || &name[i - 1..i + 2] != b".(*" {
        return err("panicwrap: unexpected string after package name: ");
    }
    let pkg = &name[..i - 1];
    let rest = &name[i + 2..];
    let Some(j) = rest.iter().position(|&c| c == b')') else {
        return err("panicwrap: no ) in ");
    };
    if j + 2 >= rest.len() || &rest[j..j + 2] != b")." {
        return err("panicwrap: unexpected string after type name: ");
    }
    let (typ, meth) = (&rest[..j], &rest[j + 2..]);
    Ok([
        b"value method ".as_slice(),
        pkg,
        b".",
        typ,
        b".",
        meth,
        b" called using nil *",
        typ,
        b" pointer",
    ]
    .concat())
}

/// Called by the compiler's pointer wrapper of a value method when the pointer is nil; the
/// wrapper is found from the return address.
extern "C" fn panicwrap() -> ! {
    let [_, pc] = crate::caller::CALLER.get();
    let name = crate::tables::func_name(pc.wrapping_sub(1)).unwrap_or(b"");
    match panicwrap_message(name) {
        Ok(msg) => crate::panic::die_with(
            crate::panic::ErrorValue::PlainError(&msg),
            PanicValue::Of(b"runtime.plainError"),
            &[&msg],
            None,
            crate::traceback::caller_start(),
        ),
        Err(msg) => throw(&String::from_utf8_lossy(&msg)),
    }
}
go_entry!("runtime.panicwrap" => panicwrap);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panicwrap_splits_the_wrapper_name_like_gc() {
        let ok = |n: &[u8]| String::from_utf8(panicwrap_message(n).unwrap()).unwrap();
        let bad = |n: &[u8]| String::from_utf8(panicwrap_message(n).unwrap_err()).unwrap();
        assert_eq!(
            ok(b"main.(*T).M"),
            "value method main.T.M called using nil *T pointer"
        );
        assert_eq!(
            ok(b"example.com/p.(*Val).Get"),
            "value method example.com/p.Val.Get called using nil *Val pointer"
        );
        assert_eq!(bad(b"main.f"), "panicwrap: no ( in main.f");
        assert_eq!(bad(b""), "panicwrap: no ( in ");
        assert_eq!(
            bad(b"main.T.(x)"),
            "panicwrap: unexpected string after package name: main.T.(x)"
        );
        assert_eq!(
            bad(b"main.(*T)"),
            "panicwrap: unexpected string after type name: main.(*T)"
        );
    }

    /// A module holding type names, so descriptors can point their `Str` at them.
    struct Names {
        blob: Vec<u8>,
    }

    impl Names {
        fn add(&mut self, s: &str) -> i32 {
            let at = self.blob.len() as i32;
            self.blob.push(0);
            self.blob.push(s.len() as u8);
            self.blob.extend_from_slice(s.as_bytes());
            at
        }
        fn module(&self) -> Module {
            Module {
                types: self.blob.as_ptr() as usize,
                etypes: self.blob.as_ptr() as usize + self.blob.len(),
            }
        }
    }

    fn ty(kind: u8, str_off: i32) -> Type {
        // SAFETY: all-zero is a valid Type (null pointers, zero sizes).
        let mut t: Type = unsafe { core::mem::zeroed() };
        t.kind = kind;
        t.str_off = str_off;
        t
    }

    #[test]
    fn panic_values_print_like_printpanicval() {
        let mut names = Names { blob: vec![0] };
        let (int_, string_, float_, bool_, u8_, c128) = (
            names.add("int"),
            names.add("string"),
            names.add("float64"),
            names.add("bool"),
            names.add("uint8"),
            names.add("complex128"),
        );
        let (my_int, my_str, my_c, s) = (
            names.add("main.MyInt"),
            names.add("main.MyStr"),
            names.add("main.C"),
            names.add("main.S"),
        );
        let m = names.module();
        let text = |t: *const Type, d: *const u8| {
            String::from_utf8(unsafe { panic_value_text_in(&m, t, d) }).unwrap()
        };
        let st = GoString {
            ptr: b"a\nb".as_ptr(),
            len: 3,
        };
        let st = &st as *const GoString as *const u8;
        assert_eq!(text(&ty(kind::STRING, string_), st), "a\n\tb");
        assert_eq!(
            text(&ty(kind::STRING, my_str), st),
            "main.MyStr(\"a\n\tb\")"
        );
        let n = &42i64 as *const i64 as *const u8;
        assert_eq!(text(&ty(kind::INT, int_), n), "42");
        // Descriptors without a name (Str 0) are taken for the predeclared type of their kind.
        assert_eq!(text(&ty(kind::INT, 0), n), "42");
        assert_eq!(text(&ty(kind::STRUCT, 0), 0x10 as _), "(?) 0x10");
        assert_eq!(text(&ty(kind::INT, my_int), n), "main.MyInt(42)");
        assert_eq!(text(&ty(kind::UINT8, u8_), &200u8), "200");
        let f = &1.5f64 as *const f64 as *const u8;
        assert_eq!(text(&ty(kind::FLOAT64, float_), f), "1.5");
        assert_eq!(text(&ty(kind::BOOL, bool_), &1u8), "true");
        let c = [1.0f64, 2.0];
        let c = c.as_ptr() as *const u8;
        assert_eq!(text(&ty(kind::COMPLEX128, c128), c), "(1+2i)");
        assert_eq!(text(&ty(kind::COMPLEX128, my_c), c), "main.C(1+2i)");
        assert_eq!(text(&ty(kind::STRUCT, s), 0x1234 as _), "(main.S) 0x1234");
        assert_eq!(
            text(core::ptr::null(), core::ptr::null()),
            "runtime error: panic called with nil argument"
        );
    }

    #[test]
    fn type_assertion_errors_read_like_gc() {
        let mut names = Names { blob: vec![0] };
        let (e, i, s, t, m_) = (
            names.add("interface {}"),
            names.add("int"),
            names.add("string"),
            names.add("main.T"),
            names.add("main.Mather"),
        );
        let m = names.module();
        let (e, i, s, t, mt) = (
            ty(kind::INTERFACE, e),
            ty(kind::INT, i),
            ty(kind::STRING, s),
            ty(kind::STRUCT, t),
            ty(kind::INTERFACE, m_),
        );
        let msg = |iface: *const Type, concrete: *const Type, asserted: &Type, missing: &[u8]| {
            let err = TypeAssertionError {
                iface,
                concrete,
                asserted,
                missing_method: missing,
            };
            String::from_utf8(unsafe { err.message(&m) }).unwrap()
        };
        let null = core::ptr::null();
        assert_eq!(
            msg(&e, &i, &s, b""),
            "interface conversion: interface {} is int, not string"
        );
        assert_eq!(
            msg(&e, null, &i, b""),
            "interface conversion: interface {} is nil, not int"
        );
        assert_eq!(
            msg(null, null, &mt, b""),
            "interface conversion: interface is nil, not main.Mather"
        );
        assert_eq!(
            msg(null, &t, &mt, b"Sub"),
            "interface conversion: main.T is not main.Mather: missing method Sub"
        );
        // Two distinct descriptors with one spelling, no package paths either side.
        let (t1, t2) = (ty(kind::INT, t.str_off), ty(kind::INT, t.str_off));
        assert_eq!(
            msg(&mt, &t1, &t2, b""),
            "interface conversion: main.Mather is main.T, not main.T (types from different scopes)"
        );
    }
}
