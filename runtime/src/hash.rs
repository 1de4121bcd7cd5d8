//! Hash functions of map keys: the functions a `MapType.Hasher` points at (gc's `alg.go`:
//! `memhash*`, `strhash`, `f32hash` … `nilinterhash`, `typehash`), the memory hash under them
//! (gc's `internal/runtime/maps` `MemHash`/`MemHash32`/`MemHash64`), the runtime's random
//! numbers (`runtime.rand`, gc's `rand.go`) and the check gc makes before looking a key up in an
//! empty map (`maps.mapKeyError`).
//!
//! **Calling convention.** A hasher is reached through a func value, so every one has the C
//! type `uintptr h(const void *p, uintptr seed, const void *closure)`: the closure (the funcval
//! itself) is the hidden last argument, which `memhash_varlen` reads its size from (`{code,
//! size}`, as `runtime.memequal_varlen`). `runtime.memhash(p, seed, size)` is called directly
//! by the compiler's generated `type:.hash.*` functions and takes no closure.
//!
//! **Algorithm.** Not gc's: gc hashes with AES rounds where the processor has them (a
//! wyhash-like fallback elsewhere). Here every hash is a 64×64→128-bit multiply-and-fold mix
//! over the bytes, keyed by four words the kernel's randomness gives once per process, plus
//! the map's own seed. Hashes are never visible to a Go program (only through iteration
//! order, which is random anyway), so only the properties matter:
//!
//! * `memhash(p, h, 4)` equals `memhash32(p, h)` and `memhash(p, h, 8)` equals
//!   `memhash64(p, h)`, and `strhash` is `memhash` of the bytes: the map fast paths
//!   (`mapaccess1_fast64` …) hash the key inline, and their results must agree with the
//!   `Hasher` the map uses when it grows, whichever of them the compiler picked;
//! * `+0` and `-0` hash alike; a NaN hashes to a random value, so NaN keys never collide
//!   into a match (they never compare equal anyway);
//! * interface values hash through the dynamic type (gc's `typehash`, walking the type by
//!   kind); an uncomparable dynamic type panics `runtime error: hash of unhashable type T`.
//!
//! Layer 8: above `panic` (the unhashable-type panic) and `typedata` (the type's name and
//! the struct and array layouts `typehash` walks).

use crate::abi::{kind, tflag, GoString, Type};
use crate::caller::go_entry;
use crate::typedata::{type_string, ArrayType, ITab, InterfaceType, Module, StructType};
use core::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Mixed into the final step with the length, so inputs of different lengths diverge.
const LEN_SALT: u64 = 0x9e37_79b9_7f4a_7c15;
/// The seed of an interface's dynamic-value hash is perturbed by this, and the result
/// multiplied by `IFACE_MUL` (odd), so an interface holding `x` does not hash like `x`.
const IFACE_SALT: u64 = 0x2545_f491_4f6c_dd1d;
const IFACE_MUL: u64 = 0xc2b2_ae3d_27d4_eb4f;
/// The step of the random-number sequence (odd: the sequence visits every 64-bit value).
const RAND_GAMMA: u64 = 0xd1b5_4a32_d192_ed03;

/// The per-process hash keys, drawn from the kernel on first use.
fn keys() -> &'static [u64; 4] {
    static KEYS: OnceLock<[u64; 4]> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut words = [0u64; 4];
        // SAFETY: 32 writable bytes.
        unsafe { crate::rand::getrandom(words.as_mut_ptr().cast(), 32, 32) };
        words
    })
}

/// Multiplies `a` and `b` to 128 bits and folds the halves together.
#[inline(always)]
fn mix(a: u64, b: u64) -> u64 {
    let p = (a as u128) * (b as u128);
    (p >> 64) as u64 ^ p as u64
}

/// The last step of every memory hash: `s` is the length, `a` and `b` the two words that
/// stand for the (remaining) bytes, `h` the running state.
#[inline(always)]
fn finish(k: &[u64; 4], s: usize, a: u64, b: u64, h: u64) -> usize {
    mix(LEN_SALT ^ k[2] ^ s as u64, mix(a ^ k[1], b ^ h)) as usize
}

#[inline(always)]
unsafe fn read4(p: *const u8) -> u64 {
    (p as *const u32).read_unaligned() as u64
}

#[inline(always)]
unsafe fn read8(p: *const u8) -> u64 {
    (p as *const u64).read_unaligned()
}

/// The hash of `s` bytes at `p` with seed `seed` (gc's `memhash`).
///
/// # Safety
/// `p` readable for `s` bytes.
pub unsafe fn mem_hash(p: *const u8, seed: usize, s: usize) -> usize {
    let k = keys();
    let h = seed as u64 ^ k[0];
    let (a, b) = match s {
        0 => (0, 0),
        1..=3 => {
            let x = *p as u64 | (*p.add(s >> 1) as u64) << 8 | (*p.add(s - 1) as u64) << 16;
            (x, 0)
        }
        4 => (read4(p), read4(p)),
        5..=7 => (read4(p), read4(p.add(s - 4))),
        8 => (read8(p), read8(p)),
        9..=16 => (read8(p), read8(p.add(s - 8))),
        _ => return mem_hash_long(k, p, h, s),
    };
    finish(k, s, a, b, h)
}

/// `mem_hash` of more than 16 bytes: 16 bytes per round, then the last 16 (overlapping).
unsafe fn mem_hash_long(k: &[u64; 4], p: *const u8, mut h: u64, s: usize) -> usize {
    let mut q = p;
    let mut left = s;
    while left > 16 {
        h = mix(read8(q) ^ k[1], read8(q.add(8)) ^ h ^ k[3]);
        q = q.add(16);
        left -= 16;
    }
    let end = q.add(left);
    finish(k, s, read8(end.sub(16)), read8(end.sub(8)), h)
}

/// The hash of a 4-byte value: `mem_hash` of its bytes.
pub fn hash32(x: u32, seed: usize) -> usize {
    let k = keys();
    finish(k, 4, x as u64, x as u64, seed as u64 ^ k[0])
}

/// The hash of an 8-byte value: `mem_hash` of its bytes.
pub fn hash64(x: u64, seed: usize) -> usize {
    let k = keys();
    finish(k, 8, x, x, seed as u64 ^ k[0])
}

/// The hash of a string's bytes (gc's `strhash` of the header's target).
///
/// # Safety
/// `s` must be a valid string.
pub unsafe fn str_hash(s: GoString, seed: usize) -> usize {
    mem_hash(s.ptr, seed, s.len.max(0) as usize)
}

static RAND_STATE: AtomicU64 = AtomicU64::new(0);

/// 64 random bits (gc's `runtime.rand`): a Weyl sequence from a kernel-random start, each
/// value scrambled by splitmix64's finaliser. Cheap, and good enough for map seeds, iteration
/// offsets and NaN hashes.
pub fn rand() -> u64 {
    if RAND_STATE.load(Ordering::Relaxed) == 0 {
        let mut seed = 0u64;
        // SAFETY: 8 writable bytes.
        unsafe { crate::rand::getrandom((&mut seed as *mut u64).cast(), 8, 8) };
        let _ = RAND_STATE.compare_exchange(0, seed | 1, Ordering::Relaxed, Ordering::Relaxed);
    }
    let mut z = RAND_STATE
        .fetch_add(RAND_GAMMA, Ordering::Relaxed)
        .wrapping_add(RAND_GAMMA);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// `runtime.rand() uint64`: the compiler calls it for the seed of a map whose header it
/// keeps on the stack (`m.seed = uintptr(rand())`, gc's walkMakeMap).
#[export_name = "runtime.rand"]
pub extern "C" fn rand_export() -> u64 {
    rand()
}

/// `runtime.memhash(p, seed, size)`, the one hasher called with an explicit size.
///
/// # Safety
/// `p` readable for `size` bytes.
#[export_name = "runtime.memhash"]
pub unsafe extern "C" fn memhash(p: *const u8, seed: usize, size: usize) -> usize {
    mem_hash(p, seed, size)
}

macro_rules! fixed_size_hash {
    ($($export:literal, $fn:ident, $n:literal;)*) => {$(
        /// # Safety
        /// `p` readable for the hashed size.
        #[export_name = $export]
        pub unsafe extern "C" fn $fn(p: *const u8, seed: usize, _closure: *const u8) -> usize {
            mem_hash(p, seed, $n)
        }
    )*};
}

fixed_size_hash! {
    "runtime.memhash8", memhash8, 1;
    "runtime.memhash16", memhash16, 2;
    "runtime.memhash128", memhash128, 16;
}

/// A zero-size key: the seed itself.
#[export_name = "runtime.memhash0"]
pub extern "C" fn memhash0(_p: *const u8, seed: usize, _closure: *const u8) -> usize {
    seed
}

/// # Safety
/// `p` readable for 4 bytes.
#[export_name = "runtime.memhash32"]
pub unsafe extern "C" fn memhash32(p: *const u8, seed: usize, _closure: *const u8) -> usize {
    hash32((p as *const u32).read_unaligned(), seed)
}

/// # Safety
/// `p` readable for 8 bytes.
#[export_name = "runtime.memhash64"]
pub unsafe extern "C" fn memhash64(p: *const u8, seed: usize, _closure: *const u8) -> usize {
    hash64((p as *const u64).read_unaligned(), seed)
}

/// gc's `memhash_varlen`: the size is the word after the code pointer in the closure (the
/// compiler's `type:.hashfunc.M<n>` = `{memhash_varlen, n}`).
///
/// # Safety
/// `closure` points at `{code, size}`; `p` readable for `size` bytes.
#[export_name = "runtime.memhash_varlen"]
pub unsafe extern "C" fn memhash_varlen(p: *const u8, seed: usize, closure: *const u8) -> usize {
    mem_hash(p, seed, *(closure.add(8) as *const usize))
}

/// # Safety
/// `p` points at a string header.
#[export_name = "runtime.strhash"]
pub unsafe extern "C" fn strhash(p: *const u8, seed: usize, _closure: *const u8) -> usize {
    str_hash(*(p as *const GoString), seed)
}

/// `+0` and `-0` hash as `+0`; a NaN hashes to a random value.
fn float_hash(bits: u64, is_zero: bool, is_nan: bool, seed: usize, size: usize) -> usize {
    if is_zero {
        hash64(0, seed)
    } else if is_nan {
        hash64(rand(), seed)
    } else if size == 4 {
        hash32(bits as u32, seed)
    } else {
        hash64(bits, seed)
    }
}

/// # Safety
/// `p` points at a float32.
#[export_name = "runtime.f32hash"]
pub unsafe extern "C" fn f32hash(p: *const u8, seed: usize, _closure: *const u8) -> usize {
    let f = (p as *const f32).read_unaligned();
    float_hash(f.to_bits() as u64, f == 0.0, f.is_nan(), seed, 4)
}

/// # Safety
/// `p` points at a float64.
#[export_name = "runtime.f64hash"]
pub unsafe extern "C" fn f64hash(p: *const u8, seed: usize, _closure: *const u8) -> usize {
    let f = (p as *const f64).read_unaligned();
    float_hash(f.to_bits(), f == 0.0, f.is_nan(), seed, 8)
}

/// The real part's hash seeds the imaginary part's.
///
/// # Safety
/// `p` points at a complex64.
#[export_name = "runtime.c64hash"]
pub unsafe extern "C" fn c64hash(p: *const u8, seed: usize, closure: *const u8) -> usize {
    f32hash(p.add(4), f32hash(p, seed, closure), closure)
}

/// # Safety
/// `p` points at a complex128.
#[export_name = "runtime.c128hash"]
pub unsafe extern "C" fn c128hash(p: *const u8, seed: usize, closure: *const u8) -> usize {
    f64hash(p.add(8), f64hash(p, seed, closure), closure)
}

/// Panics `runtime error: hash of unhashable type T` (a `runtime.errorString`, as gc).
///
/// # Safety
/// `t` must be a valid descriptor.
unsafe fn unhashable(t: *const Type) -> ! {
    let name = type_string(&Module::linked(), t);
    crate::panic::runtime_error(&[b"hash of unhashable type ".as_slice(), name].concat())
}

/// The hash of an interface's dynamic value: `t` and the data word at `data_word`.
unsafe fn dynamic_hash(t: *const Type, data_word: *const *const u8, seed: usize) -> usize {
    if (*t).equal.is_null() {
        unhashable(t);
    }
    let value = if (*t).is_direct_iface() {
        data_word as *const u8
    } else {
        *data_word
    };
    let h = type_hash(t, value, (seed as u64 ^ IFACE_SALT) as usize);
    (h as u64).wrapping_mul(IFACE_MUL) as usize
}

/// gc's `interhash`: `p` points at a non-empty interface `{tab, data}`.
unsafe extern "C" fn interhash(p: *const u8, seed: usize, _closure: *const u8) -> usize {
    let words = p as *const [usize; 2];
    let tab = (*words)[0] as *const ITab;
    if tab.is_null() {
        return seed;
    }
    dynamic_hash((*tab).typ, (p as *const *const u8).add(1), seed)
}
go_entry!("runtime.interhash" => interhash);

/// gc's `nilinterhash`: `p` points at an empty interface `{type, data}`.
unsafe extern "C" fn nilinterhash(p: *const u8, seed: usize, _closure: *const u8) -> usize {
    let t = *(p as *const *const Type);
    if t.is_null() {
        return seed;
    }
    dynamic_hash(t, (p as *const *const u8).add(1), seed)
}
go_entry!("runtime.nilinterhash" => nilinterhash);

/// Whether `t` (an interface type) has no methods.
unsafe fn is_empty_interface(t: *const Type) -> bool {
    (*(t as *const InterfaceType)).methods_len == 0
}

/// gc's `typehash`: the hash of the value of type `t` at `p`, by the type's kind, agreeing
/// with the hasher the compiler would pick for `t`.
///
/// # Safety
/// `t` valid, `p` points at a value of type `t`.
pub unsafe fn type_hash(t: *const Type, p: *const u8, seed: usize) -> usize {
    if (*t).tflag & tflag::REGULAR_MEMORY != 0 {
        return match (*t).size {
            4 => memhash32(p, seed, core::ptr::null()),
            8 => memhash64(p, seed, core::ptr::null()),
            size => mem_hash(p, seed, size),
        };
    }
    let null = core::ptr::null();
    match (*t).kind {
        kind::FLOAT32 => f32hash(p, seed, null),
        kind::FLOAT64 => f64hash(p, seed, null),
        kind::COMPLEX64 => c64hash(p, seed, null),
        kind::COMPLEX128 => c128hash(p, seed, null),
        kind::STRING => strhash(p, seed, null),
        kind::INTERFACE if is_empty_interface(t) => nilinterhash(p, seed, null),
        kind::INTERFACE => interhash(p, seed, null),
        kind::ARRAY => {
            let a = &*(t as *const ArrayType);
            let mut h = seed;
            for i in 0..a.len {
                h = type_hash(a.elem, p.add(i * (*a.elem).size), h);
            }
            h
        }
        kind::STRUCT => {
            let s = &*(t as *const StructType);
            let mut h = seed;
            for f in s.fields().iter().filter(|f| !f.is_blank()) {
                h = type_hash(f.typ, p.add(f.offset), h);
            }
            h
        }
        _ => unhashable(t),
    }
}

unsafe extern "C" fn typehash(t: *const Type, p: *const u8, seed: usize) -> usize {
    type_hash(t, p, seed)
}
go_entry!("runtime.typehash" => typehash);
go_entry!("reflect.typehash" => typehash);

/// gc's `mapKeyError2`: the uncomparable dynamic type inside the key of type `t` at `p`, if
/// any. A lookup in a nil or empty map hashes nothing, yet gc still panics for such a key.
///
/// # Safety
/// `t` valid, `p` points at a value of type `t`.
pub unsafe fn unhashable_part(t: *const Type, p: *const u8) -> Option<*const Type> {
    if (*t).tflag & tflag::REGULAR_MEMORY != 0 {
        return None;
    }
    match (*t).kind {
        kind::FLOAT32 | kind::FLOAT64 | kind::COMPLEX64 | kind::COMPLEX128 | kind::STRING => None,
        kind::INTERFACE => {
            let words = p as *const [usize; 2];
            let dynamic = if is_empty_interface(t) {
                (*words)[0] as *const Type
            } else {
                let tab = (*words)[0] as *const ITab;
                if tab.is_null() {
                    return None;
                }
                (*tab).typ
            };
            if dynamic.is_null() {
                return None;
            }
            if (*dynamic).equal.is_null() {
                return Some(dynamic);
            }
            let data_word = (p as *const *const u8).add(1);
            let value = if (*dynamic).is_direct_iface() {
                data_word as *const u8
            } else {
                *data_word
            };
            unhashable_part(dynamic, value)
        }
        kind::ARRAY => {
            let a = &*(t as *const ArrayType);
            (0..a.len).find_map(|i| unhashable_part(a.elem, p.add(i * (*a.elem).size)))
        }
        kind::STRUCT => {
            let s = &*(t as *const StructType);
            s.fields()
                .iter()
                .filter(|f| !f.is_blank())
                .find_map(|f| unhashable_part(f.typ, p.add(f.offset)))
        }
        _ => Some(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_sizes_agree_with_the_memory_hash() {
        let bytes: [u8; 40] = core::array::from_fn(|i| (i * 37 + 11) as u8);
        unsafe {
            for seed in [0usize, 1, 0xdead_beef, usize::MAX] {
                let p = bytes.as_ptr();
                assert_eq!(memhash32(p, seed, core::ptr::null()), mem_hash(p, seed, 4));
                assert_eq!(memhash64(p, seed, core::ptr::null()), mem_hash(p, seed, 8));
                assert_eq!(memhash16(p, seed, core::ptr::null()), mem_hash(p, seed, 2));
                let closure = [0usize, 24];
                assert_eq!(
                    memhash_varlen(p, seed, closure.as_ptr().cast()),
                    mem_hash(p, seed, 24)
                );
                let s = GoString { ptr: p, len: 33 };
                assert_eq!(
                    strhash((&s as *const GoString).cast(), seed, core::ptr::null()),
                    mem_hash(p, seed, 33)
                );
            }
        }
    }

    #[test]
    fn every_byte_and_the_length_and_the_seed_matter() {
        let mut bytes = [7u8; 64];
        let mut seen = std::collections::HashSet::new();
        unsafe {
            for len in 0..64 {
                assert!(seen.insert(mem_hash(bytes.as_ptr(), 1, len)), "len {len}");
            }
            for i in 0..64 {
                bytes[i] ^= 1;
                assert!(seen.insert(mem_hash(bytes.as_ptr(), 1, 64)), "byte {i}");
                bytes[i] ^= 1;
            }
            assert_ne!(
                mem_hash(bytes.as_ptr(), 1, 64),
                mem_hash(bytes.as_ptr(), 2, 64)
            );
        }
    }

    #[test]
    fn low_and_high_bits_spread() {
        // Sequential integers must fill the 7-bit H2 values and the top bits evenly.
        let mut low = [0u32; 128];
        let mut top = [0u32; 16];
        for i in 0..128 * 1024u64 {
            let h = hash64(i, 42);
            low[h & 127] += 1;
            top[h >> 60] += 1;
        }
        assert!(low.iter().all(|&c| (800..1250).contains(&c)), "{low:?}");
        assert!(top.iter().all(|&c| (7400..9000).contains(&c)), "{top:?}");
    }

    #[test]
    fn floats_hash_zeros_alike_and_nans_randomly() {
        let (z, nz, one, nan) = (0.0f64, -0.0f64, 1.0f64, f64::NAN);
        let h = |x: &f64| unsafe { f64hash((x as *const f64).cast(), 9, core::ptr::null()) };
        assert_eq!(h(&z), h(&nz));
        assert_ne!(h(&z), h(&one));
        assert_ne!(h(&nan), h(&nan));
        let (z32, nz32) = (0.0f32, -0.0f32);
        let h32 = |x: &f32| unsafe { f32hash((x as *const f32).cast(), 9, core::ptr::null()) };
        assert_eq!(h32(&z32), h32(&nz32));
        let c = [1.0f64, -0.0];
        let c2 = [1.0f64, 0.0];
        unsafe {
            assert_eq!(
                c128hash(c.as_ptr().cast(), 3, core::ptr::null()),
                c128hash(c2.as_ptr().cast(), 3, core::ptr::null())
            );
        }
    }

    #[test]
    fn interfaces_hash_their_dynamic_value() {
        unsafe {
            let mut int_t: Type = core::mem::zeroed();
            int_t.size = 8;
            int_t.kind = kind::INT;
            int_t.tflag = tflag::REGULAR_MEMORY;
            extern "C" fn eq64(p: *const u8, q: *const u8, _c: *const u8) -> u8 {
                unsafe { (*(p as *const u64) == *(q as *const u64)) as u8 }
            }
            let funcval = [eq64 as *const () as usize];
            int_t.equal = funcval.as_ptr().cast();
            let (a, b, c) = (5u64, 5u64, 6u64);
            let e = |v: &u64| [&int_t as *const Type as usize, v as *const u64 as usize];
            let h = |w: [usize; 2]| nilinterhash(w.as_ptr().cast(), 77, core::ptr::null());
            assert_eq!(h(e(&a)), h(e(&b)));
            assert_ne!(h(e(&a)), h(e(&c)));
            assert_eq!(h([0, 0]), 77);
            assert_ne!(h(e(&a)), hash64(5, 77));
            // A struct {x int64; _ int64; y float64}: the blank field is skipped.
            let mut f_t: Type = core::mem::zeroed();
            f_t.size = 8;
            f_t.kind = kind::FLOAT64;
            let blank = [0u8, 1, b'_'];
            let named = [0u8, 1, b'x'];
            let fields = [
                crate::typedata::StructField {
                    name: named.as_ptr(),
                    typ: &int_t,
                    offset: 0,
                },
                crate::typedata::StructField {
                    name: blank.as_ptr(),
                    typ: &int_t,
                    offset: 8,
                },
                crate::typedata::StructField {
                    name: named.as_ptr(),
                    typ: &f_t,
                    offset: 16,
                },
            ];
            let mut s: StructType = core::mem::zeroed();
            s.typ.size = 24;
            s.typ.kind = kind::STRUCT;
            s.fields = fields.as_ptr();
            s.fields_len = 3;
            let v1 = [1u64, 2, 0.0f64.to_bits()];
            let v2 = [1u64, 3, (-0.0f64).to_bits()];
            let st = &s as *const StructType as *const Type;
            assert_eq!(
                type_hash(st, v1.as_ptr().cast(), 5),
                type_hash(st, v2.as_ptr().cast(), 5)
            );
            assert!(unhashable_part(st, v1.as_ptr().cast()).is_none());
            // A slice type has no Equal: unhashable inside an interface.
            let mut slice_t: Type = core::mem::zeroed();
            slice_t.kind = kind::SLICE;
            let mut any_t: InterfaceType = core::mem::zeroed();
            any_t.typ.kind = kind::INTERFACE;
            let boxed = [&slice_t as *const Type as usize, 0];
            assert_eq!(
                unhashable_part(&any_t.typ, boxed.as_ptr().cast()),
                Some(&slice_t as *const Type)
            );
        }
    }

    #[test]
    fn rand_differs_between_calls() {
        let a: Vec<u64> = (0..64).map(|_| rand()).collect();
        let distinct: std::collections::HashSet<_> = a.iter().collect();
        assert_eq!(distinct.len(), 64);
    }
}
