//! What gocrane's library packages `internal/abi` and `reflect` (`std/`) need from the runtime,
//! as gc's runtime provides `reflect.unsafe_New`, `reflect.typedmemmove`, `reflect.ifaceE2I`
//! and `resolveNameOff` by link name. The Go side declares them without a body.
//!
//! Layer 10: allocation, slices, interface tables and type data.

use crate::abi::{GoSlice, Type};
use crate::typedata::{InterfaceType, Module};

/// `internal/abi.typesBase() unsafe.Pointer`: the base every `NameOff`, `TypeOff` and
/// `TextOff` counts from (`runtime.types`).
#[export_name = "internal/abi.typesBase"]
pub extern "C" fn types_base() -> *const u8 {
    Module::linked().types as *const u8
}

/// `internal/abi.typesDescEnd() unsafe.Pointer`: the end of the type descriptors, which the
/// compiler lays out first in the blob, each 8-aligned (`runtime.etypedesc`).
#[export_name = "internal/abi.typesDescEnd"]
pub extern "C" fn types_desc_end() -> *const u8 {
    Module::linked_descriptors_end() as *const u8
}

/// `reflect.unsafe_New(t *abi.Type) unsafe.Pointer`: a zeroed object of type `t`.
///
/// # Safety
/// `t` must be a valid descriptor.
#[export_name = "reflect.unsafe_New"]
pub unsafe extern "C" fn unsafe_new(t: *const Type) -> *mut u8 {
    crate::malloc::newobject(t)
}

/// `reflect.unsafe_NewArray(t *abi.Type, n int) unsafe.Pointer`: `n` zeroed elements of type
/// `t` (the caller has checked that the size does not overflow).
///
/// # Safety
/// `t` must be a valid descriptor.
#[export_name = "reflect.unsafe_NewArray"]
pub unsafe extern "C" fn unsafe_new_array(t: *const Type, n: isize) -> *mut u8 {
    crate::malloc::alloc((*t).size * n as usize, t)
}

/// `internal/abi.Typedmemmove(t *Type, dst, src unsafe.Pointer)`: copies one `t`, for reflect
/// and errors.As.
///
/// # Safety
/// As `runtime.typedmemmove`.
#[export_name = "internal/abi.Typedmemmove"]
pub unsafe extern "C" fn typedmemmove(t: *const Type, dst: *mut u8, src: *const u8) {
    crate::malloc::typedmemmove(t, dst, src)
}

/// `internal/abi.IfaceE2I(t *Type, src any, dst unsafe.Pointer)`: stores `src` converted to the
/// non-empty interface type `t` at `dst` (the caller checked that it implements `t`), for
/// reflect and errors.As.
///
/// # Safety
/// `t` must be an interface descriptor, `src_type` null or a descriptor, `dst` writable.
#[export_name = "internal/abi.IfaceE2I"]
pub unsafe extern "C" fn iface_e2i(
    t: *const Type,
    src_type: *const Type,
    src_data: *mut u8,
    dst: *mut [usize; 2],
) {
    let tab = if src_type.is_null() {
        core::ptr::null()
    } else {
        crate::iface::getitab(t as *const InterfaceType, src_type, false)
    };
    *dst = [tab as usize, src_data as usize];
}

/// `internal/abi.addReflectOff(p unsafe.Pointer) int32`: registers a name or descriptor
/// built at run time and returns the (negative) offset that resolves to it, in Go code and
/// in the runtime's own messages alike.
#[export_name = "internal/abi.addReflectOff"]
pub extern "C" fn add_reflect_off(p: *const u8) -> i32 {
    crate::typedata::add_reflect_off(p as usize)
}

/// `internal/abi.resolveReflectOff(off int32) unsafe.Pointer`: the address registered under
/// `off`.
#[export_name = "internal/abi.resolveReflectOff"]
pub extern "C" fn resolve_reflect_off(off: i32) -> *const u8 {
    Module::linked().reflect_off_addr(off) as *const u8
}

/// `reflect.growslice(et *abi.Type, oldPtr unsafe.Pointer, newLen, oldCap, num int) []byte`:
/// append's growth (`runtime.growslice`) for `reflect.Append` and `Value.Grow`; the result's
/// header describes `et` elements.
///
/// # Safety
/// As `runtime.growslice`.
#[export_name = "reflect.growslice"]
pub unsafe extern "C" fn growslice(
    out: *mut GoSlice,
    et: *const Type,
    old_ptr: *const u8,
    new_len: isize,
    old_cap: isize,
    num: isize,
) {
    crate::slice::growslice(out, old_ptr, new_len, old_cap, num, et)
}
