//! Data layouts shared with generated code: gc's `abi.Type` header and the string/slice headers.
//!
//! The kind-specific parts, names, method tables and itabs are in `typedata`.
//!
//! Layer 0 (leaf): uses nothing else in the crate.

/// gc's `internal/abi.Type` (48 bytes on 64-bit targets).
#[repr(C)]
pub struct Type {
    pub size: usize,
    pub ptr_bytes: usize,
    pub hash: u32,
    pub tflag: u8,
    pub align: u8,
    pub field_align: u8,
    pub kind: u8,
    pub equal: *const u8,
    pub gc_data: *const u8,
    pub str_off: i32,
    pub ptr_to_this: i32,
}

// SAFETY: descriptors are immutable data; the raw pointers inside are never written through.
unsafe impl Sync for Type {}

impl Type {
    /// gc's `(*Type).Pointers`: whether objects of this type may hold heap pointers.
    pub fn has_pointers(&self) -> bool {
        self.ptr_bytes != 0
    }

    /// gc's `(*Type).IsDirectIface`.
    pub fn is_direct_iface(&self) -> bool {
        self.tflag & tflag::DIRECT_IFACE != 0
    }
}

/// `abi.TFlag` bits of gc 1.26+.
pub mod tflag {
    pub const UNCOMMON: u8 = 1 << 0;
    pub const EXTRA_STAR: u8 = 1 << 1;
    pub const NAMED: u8 = 1 << 2;
    pub const REGULAR_MEMORY: u8 = 1 << 3;
    pub const GC_MASK_ON_DEMAND: u8 = 1 << 4;
    /// The data word of an interface holding this type is the value itself.
    pub const DIRECT_IFACE: u8 = 1 << 5;
}

/// `abi.Kind` values of gc 1.26+ (Kind_ holds the plain kind, no flag bits).
pub mod kind {
    pub const BOOL: u8 = 1;
    pub const INT: u8 = 2;
    pub const INT8: u8 = 3;
    pub const INT16: u8 = 4;
    pub const INT32: u8 = 5;
    pub const INT64: u8 = 6;
    pub const UINT: u8 = 7;
    pub const UINT8: u8 = 8;
    pub const UINT16: u8 = 9;
    pub const UINT32: u8 = 10;
    pub const UINT64: u8 = 11;
    pub const UINTPTR: u8 = 12;
    pub const FLOAT32: u8 = 13;
    pub const FLOAT64: u8 = 14;
    pub const COMPLEX64: u8 = 15;
    pub const COMPLEX128: u8 = 16;
    pub const ARRAY: u8 = 17;
    pub const CHAN: u8 = 18;
    pub const FUNC: u8 = 19;
    pub const INTERFACE: u8 = 20;
    pub const MAP: u8 = 21;
    pub const POINTER: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const STRING: u8 = 24;
    pub const STRUCT: u8 = 25;
    pub const UNSAFE_POINTER: u8 = 26;

    /// The predeclared type whose kind is `k`, as gc spells it, for the basic kinds.
    pub fn predeclared_name(k: u8) -> Option<&'static str> {
        Some(match k {
            BOOL => "bool",
            INT => "int",
            INT8 => "int8",
            INT16 => "int16",
            INT32 => "int32",
            INT64 => "int64",
            UINT => "uint",
            UINT8 => "uint8",
            UINT16 => "uint16",
            UINT32 => "uint32",
            UINT64 => "uint64",
            UINTPTR => "uintptr",
            FLOAT32 => "float32",
            FLOAT64 => "float64",
            COMPLEX64 => "complex64",
            COMPLEX128 => "complex128",
            STRING => "string",
            _ => return None,
        })
    }
}

/// A Go string header `{ptr, len}`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: isize,
}

impl GoString {
    pub const EMPTY: GoString = GoString {
        ptr: core::ptr::null(),
        len: 0,
    };

    /// The bytes of the string.
    ///
    /// # Safety
    /// `ptr` must point at `len` readable bytes (or `len <= 0`).
    pub unsafe fn bytes<'a>(&self) -> &'a [u8] {
        bytes_of(self.ptr, self.len)
    }
}

/// A Go slice header `{ptr, len, cap}`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoSlice {
    pub ptr: *mut u8,
    pub len: isize,
    pub cap: isize,
}

/// Views `(ptr, len)` from generated code as a Rust slice; an empty view never dereferences `ptr`.
///
/// # Safety
/// When `len > 0`, `ptr` must point at `len` readable bytes.
pub unsafe fn bytes_of<'a>(ptr: *const u8, len: isize) -> &'a [u8] {
    if len <= 0 || ptr.is_null() {
        &[]
    } else {
        core::slice::from_raw_parts(ptr, len as usize)
    }
}
