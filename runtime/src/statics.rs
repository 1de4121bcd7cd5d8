//! Layer 0 (leaf): read-only data the generated code and the runtime point interface data words
//! and strings at instead of allocating.
//!
//! * `runtime.staticuint64s`: `staticuint64s[i] == i` for 0..255. A 1-byte or small integer
//!   value converted to an interface gets `&staticuint64s[v]` as its data word (gc's `convT*`),
//!   and `string(b)` of one byte points at the low byte of `staticuint64s[b]` (little-endian).
//! * `runtime.zeroVal`: gc's 1024 zero bytes (`abi.ZeroValSize`), the data word of zero values
//!   (`convTstring("")`, `convTslice(nil)`, zero-value conversions the compiler makes).

const fn small_ints() -> [u64; 256] {
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u64;
        i += 1;
    }
    t
}

/// `staticuint64s[i] == i`: data words for 1-byte values and small integers, without allocating.
#[export_name = "runtime.staticuint64s"]
pub static STATICUINT64S: [u64; 256] = small_ints();

/// gc's `zeroVal` (`abi.ZeroValSize` = 1024 zero bytes).
#[export_name = "runtime.zeroVal"]
pub static ZEROVAL: [u8; 1024] = [0; 1024];

/// `&staticuint64s[v]` for `v < 256`: the data word of a small value, without allocating.
pub fn small_value(v: u64) -> Option<*mut u8> {
    (v < 256).then(|| &STATICUINT64S[v as usize] as *const u64 as *mut u8)
}

/// The one-byte string `b`, backed by `staticuint64s` (whose low byte of entry `b` is `b`).
pub fn one_byte_string(b: u8) -> *const u8 {
    &STATICUINT64S[b as usize] as *const u64 as *const u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_hold_their_index_and_strings_their_byte() {
        for v in [0u64, 1, 7, 255] {
            let p = small_value(v).unwrap();
            assert_eq!(unsafe { *(p as *const u64) }, v);
            assert_eq!(unsafe { *one_byte_string(v as u8) }, v as u8);
        }
        assert!(small_value(256).is_none());
        assert!(ZEROVAL.iter().all(|&b| b == 0));
    }
}
