//! gc's spellings of a type (`base::typestr`), read through reflectdata's table, and gc's
//! type hash of a LinkString.

use sha2::{Digest, Sha256};

use base::types::Type;

use super::table::{Table, Tid};

pub(crate) use base::symbols::is_exported;
pub(crate) use base::typestr::{tag_value, Mode};

/// `t` spelled as `mode` says. A map's group type is spelled as gc spells it,
/// `map.group[K]V` (it appears on its own or under pointers: `*map.group[K]V`).
pub(crate) fn type_string(tab: &Table, t: Tid, mode: Mode) -> String {
    let mut stars = String::new();
    let mut inner = t;
    while let Type::Pointer(e) = tab.get(inner) {
        stars.push('*');
        inner = *e;
    }
    match tab.group_of(inner) {
        Some((k, v)) => format!(
            "{stars}map.group[{}]{}",
            base::typestr::type_string(tab, k, mode),
            base::typestr::type_string(tab, v, mode)
        ),
        None => base::typestr::type_string(tab, t, mode),
    }
}

/// gc 1.25+ `types.TypeHash`: SHA-256 of the LinkString, first byte inverted, read as a
/// little-endian u32 (`cmd/internal/hash.Sum32`).
pub fn type_hash_of(link: &str) -> u32 {
    let mut sum: [u8; 32] = Sha256::digest(link.as_bytes()).into();
    sum[0] ^= 0xff;
    u32::from_le_bytes([sum[0], sum[1], sum[2], sum[3]])
}
