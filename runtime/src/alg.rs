//! Equality of values reached through interfaces (gc's `alg.go`).
//!
//! A type descriptor's `Equal` points to a *funcval*: a word holding the code pointer, maybe
//! followed by data (`memequal_varlen`'s size). gc passes the funcval in its context register;
//! gocrane passes it as a hidden third argument, so every equality function has the C type
//! `u8 eq(const void *p, const void *q, const void *closure)`.
//!
//! This module defines the functions gc's runtime provides for the compiler's type data
//! (`runtime.memequal64`, `runtime.strequal`, ...) and their funcvals `runtime.<f>·f`. The
//! funcvals are *weak*: the compiler may emit its own copies (gc's object files carry them as
//! DUPOK data), and those win.
//!
//! Comparing two interfaces (`efaceeq`/`ifaceeq`, after the compiler checked that the type
//! words are equal) follows gc: direct-interface types compare the data words, other types
//! call `Equal` on the two data pointers, and a type without `Equal` panics with
//! `runtime error: comparing uncomparable type T`.
//!
//! Layer 8: above `panic` (that panic) and `typedata` (the type's name in it).

use crate::abi::{GoString, Type};
use crate::caller::go_entry;
use crate::typedata::{type_string, ITab, Module};

macro_rules! fixed_size_equal {
    ($($export:literal, $fn:ident, $n:literal;)*) => {$(
        /// # Safety
        /// `p` and `q` readable for the compared size.
        #[export_name = $export]
        pub unsafe extern "C" fn $fn(p: *const u8, q: *const u8, _closure: *const u8) -> u8 {
            (core::slice::from_raw_parts(p, $n) == core::slice::from_raw_parts(q, $n)) as u8
        }
    )*};
}

fixed_size_equal! {
    "runtime.memequal8", memequal8, 1;
    "runtime.memequal16", memequal16, 2;
    "runtime.memequal32", memequal32, 4;
    "runtime.memequal64", memequal64, 8;
    "runtime.memequal128", memequal128, 16;
}

#[export_name = "runtime.memequal0"]
pub extern "C" fn memequal0(_p: *const u8, _q: *const u8, _closure: *const u8) -> u8 {
    1
}

/// gc's `memequal_varlen`: the size is the word after the code pointer in the closure.
///
/// # Safety
/// `closure` points at `{code, size}`; `p`, `q` readable for `size` bytes.
#[export_name = "runtime.memequal_varlen"]
pub unsafe extern "C" fn memequal_varlen(p: *const u8, q: *const u8, closure: *const u8) -> u8 {
    let size = *(closure.add(8) as *const usize);
    (p == q || crate::abi::bytes_of(p, size as isize) == crate::abi::bytes_of(q, size as isize))
        as u8
}

/// # Safety
/// `p`, `q` point at float32 values.
#[export_name = "runtime.f32equal"]
pub unsafe extern "C" fn f32equal(p: *const u8, q: *const u8, _closure: *const u8) -> u8 {
    (*(p as *const f32) == *(q as *const f32)) as u8
}

/// # Safety
/// `p`, `q` point at float64 values.
#[export_name = "runtime.f64equal"]
pub unsafe extern "C" fn f64equal(p: *const u8, q: *const u8, _closure: *const u8) -> u8 {
    (*(p as *const f64) == *(q as *const f64)) as u8
}

/// # Safety
/// `p`, `q` point at complex64 values.
#[export_name = "runtime.c64equal"]
pub unsafe extern "C" fn c64equal(p: *const u8, q: *const u8, _closure: *const u8) -> u8 {
    let (x, y) = (p as *const [f32; 2], q as *const [f32; 2]);
    ((*x)[0] == (*y)[0] && (*x)[1] == (*y)[1]) as u8
}

/// # Safety
/// `p`, `q` point at complex128 values.
#[export_name = "runtime.c128equal"]
pub unsafe extern "C" fn c128equal(p: *const u8, q: *const u8, _closure: *const u8) -> u8 {
    let (x, y) = (p as *const [f64; 2], q as *const [f64; 2]);
    ((*x)[0] == (*y)[0] && (*x)[1] == (*y)[1]) as u8
}

/// # Safety
/// `p`, `q` point at string headers.
#[export_name = "runtime.strequal"]
pub unsafe extern "C" fn strequal(p: *const u8, q: *const u8, _closure: *const u8) -> u8 {
    let (x, y) = (&*(p as *const GoString), &*(q as *const GoString));
    (x.len == y.len && (x.ptr == y.ptr || x.bytes() == y.bytes())) as u8
}

/// Calls a type's `Equal` funcval on two data pointers (through the Go-call shim: it may be a
/// compiler-generated `type:.eq.*` function that panics). Maps compare keys with it too.
///
/// # Safety
/// `equal` must be a non-null funcval of an equality function; `x`, `y` values of its type.
pub unsafe fn call_equal(equal: *const u8, x: *const u8, y: *const u8) -> bool {
    let code = *(equal as *const usize);
    crate::gocall::call(code, x as usize, y as usize, equal as usize).r0 as u8 != 0
}

/// gc's `efaceeq`/`ifaceeq` once the dynamic type is known.
unsafe fn data_equal(t: *const Type, x: *const u8, y: *const u8) -> bool {
    if t.is_null() {
        return true;
    }
    let equal = (*t).equal;
    if equal.is_null() {
        let name = type_string(&Module::linked(), t);
        crate::panic::runtime_error(&[b"comparing uncomparable type ".as_slice(), name].concat());
    }
    if (*t).is_direct_iface() {
        return x == y;
    }
    call_equal(equal, x, y)
}

unsafe extern "C" fn efaceeq(t: *const Type, x: *const u8, y: *const u8) -> u8 {
    data_equal(t, x, y) as u8
}
go_entry!("runtime.efaceeq" => efaceeq);

unsafe extern "C" fn ifaceeq(tab: *const ITab, x: *const u8, y: *const u8) -> u8 {
    if tab.is_null() {
        return 1;
    }
    data_equal((*tab).typ, x, y) as u8
}
go_entry!("runtime.ifaceeq" => ifaceeq);

/// `*iface` equality: same itab, then `ifaceeq`.
unsafe extern "C" fn interequal(p: *const u8, q: *const u8, _closure: *const u8) -> u8 {
    let (x, y) = (p as *const [usize; 2], q as *const [usize; 2]);
    ((*x)[0] == (*y)[0] && ifaceeq((*x)[0] as *const ITab, (*x)[1] as _, (*y)[1] as _) != 0) as u8
}
go_entry!("runtime.interequal" => interequal);

/// `*eface` equality: same type word, then `efaceeq`.
unsafe extern "C" fn nilinterequal(p: *const u8, q: *const u8, _closure: *const u8) -> u8 {
    let (x, y) = (p as *const [usize; 2], q as *const [usize; 2]);
    ((*x)[0] == (*y)[0] && data_equal((*x)[0] as *const Type, (*x)[1] as _, (*y)[1] as _)) as u8
}
go_entry!("runtime.nilinterequal" => nilinterequal);

// The funcvals `runtime.<f>·f = {&runtime.<f>}`, weak (see the module comment). Writable-
// after-relocation data, since they hold absolute addresses in a position-independent program.
macro_rules! funcvals {
    ($($name:literal)*) => {
        core::arch::global_asm!(
            ".pushsection .data.rel.ro.gocrane_funcvals,\"aw\"",
            ".p2align 3",
            $(
                concat!(".weak \"runtime.", $name, "·f\""),
                concat!(".type \"runtime.", $name, "·f\",@object"),
                concat!(".size \"runtime.", $name, "·f\", 8"),
                concat!("\"runtime.", $name, "·f\":"),
                concat!(".8byte \"runtime.", $name, "\""),
            )*
            ".popsection",
        );
    };
}

funcvals! {
    "memequal0" "memequal8" "memequal16" "memequal32" "memequal64" "memequal128"
    "f32equal" "f64equal" "c64equal" "c128equal" "strequal" "interequal" "nilinterequal"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equality_functions_follow_go_semantics() {
        unsafe {
            let nan = f64::NAN;
            assert_eq!(
                f64equal(
                    &nan as *const f64 as _,
                    &nan as *const f64 as _,
                    core::ptr::null()
                ),
                0
            );
            let (z, nz) = (0.0f32, -0.0f32);
            assert_eq!(
                f32equal(
                    &z as *const f32 as _,
                    &nz as *const f32 as _,
                    core::ptr::null()
                ),
                1
            );
            let (a, b) = ([1.0f64, nan], [1.0f64, nan]);
            assert_eq!(
                c128equal(a.as_ptr() as _, b.as_ptr() as _, core::ptr::null()),
                0
            );
            let s1 = GoString {
                ptr: b"abc".as_ptr(),
                len: 3,
            };
            let s2 = GoString {
                ptr: b"abcd".as_ptr(),
                len: 3,
            };
            let s3 = GoString {
                ptr: b"abd".as_ptr(),
                len: 3,
            };
            assert_eq!(
                strequal(
                    &s1 as *const _ as _,
                    &s2 as *const _ as _,
                    core::ptr::null()
                ),
                1
            );
            assert_eq!(
                strequal(
                    &s1 as *const _ as _,
                    &s3 as *const _ as _,
                    core::ptr::null()
                ),
                0
            );
            let closure: [usize; 2] = [0, 3];
            let (x, y) = (*b"abcX", *b"abcY");
            assert_eq!(
                memequal_varlen(x.as_ptr(), y.as_ptr(), closure.as_ptr() as _),
                1
            );
            let (x, y) = (0x1122334455667788u64, 0x1122334455667789u64);
            assert_eq!(
                memequal64(
                    &x as *const u64 as _,
                    &y as *const u64 as _,
                    core::ptr::null()
                ),
                0
            );
            assert_eq!(
                memequal32(
                    &x as *const u64 as _,
                    &y as *const u64 as _,
                    core::ptr::null()
                ),
                0
            );
            assert_eq!(
                memequal16(
                    &x as *const u64 as _,
                    &(x ^ 1u64 << 40) as *const u64 as _,
                    core::ptr::null()
                ),
                1
            );
        }
    }

    #[test]
    fn interface_equality_compares_words_of_direct_types_and_calls_equal_otherwise() {
        unsafe {
            // A pointer-shaped type: data words compare as values.
            let mut ptr_t: Type = core::mem::zeroed();
            ptr_t.tflag = crate::abi::tflag::DIRECT_IFACE;
            let funcval: [usize; 1] = [memequal64 as *const () as usize];
            ptr_t.equal = funcval.as_ptr() as *const u8;
            assert!(data_equal(&ptr_t, 8 as _, 8 as _));
            assert!(!data_equal(&ptr_t, 8 as _, 16 as _));
            // An int: Equal = {memequal64} is called on the pointed-to values.
            let mut int_t: Type = core::mem::zeroed();
            int_t.equal = funcval.as_ptr() as *const u8;
            let (a, b, c) = (5u64, 5u64, 6u64);
            assert!(data_equal(
                &int_t,
                &a as *const u64 as _,
                &b as *const u64 as _
            ));
            assert!(!data_equal(
                &int_t,
                &a as *const u64 as _,
                &c as *const u64 as _
            ));
            // nil == nil.
            assert!(data_equal(core::ptr::null(), 1 as _, 2 as _));
            // Two efaces holding 5: nilinterequal.
            let e1 = [&int_t as *const Type as usize, &a as *const u64 as usize];
            let e2 = [&int_t as *const Type as usize, &b as *const u64 as usize];
            let e3 = [&ptr_t as *const Type as usize, &b as *const u64 as usize];
            assert_eq!(
                nilinterequal(e1.as_ptr() as _, e2.as_ptr() as _, core::ptr::null()),
                1
            );
            assert_eq!(
                nilinterequal(e1.as_ptr() as _, e3.as_ptr() as _, core::ptr::null()),
                0
            );
        }
    }
}
