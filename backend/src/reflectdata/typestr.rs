//! gc's spellings of a type (`base::typestr`), read through reflectdata's table, and gc's
//! type hash of a LinkString.

use sha2::{Digest, Sha256};

pub(crate) use base::symbols::is_exported;
pub(crate) use base::typestr::{tag_value, type_string, Mode};

/// gc 1.25+ `types.TypeHash`: SHA-256 of the LinkString, first byte inverted, read as a
/// little-endian u32 (`cmd/internal/hash.Sum32`).
pub fn type_hash_of(link: &str) -> u32 {
    let mut sum: [u8; 32] = Sha256::digest(link.as_bytes()).into();
    sum[0] ^= 0xff;
    u32::from_le_bytes([sum[0], sum[1], sum[2], sum[3]])
}
