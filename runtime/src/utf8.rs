//! Layer 0 (leaf): UTF-8 decoding and encoding as gc's runtime does it (`utf8.go`), shared by
//! the string conversions (`string`) and `printquoted` (`print`).

/// U+FFFD, what invalid input decodes to and invalid runes encode as.
pub const RUNE_ERROR: u32 = 0xFFFD;

/// Decodes the rune at `s[i]` like gc's `decoderune` (and `for range`): returns the rune and its
/// width; an invalid or truncated sequence gives `(0xFFFD, 1)`. `i` must be in range.
pub fn decode_rune(s: &[u8], i: usize) -> (u32, usize) {
    let b0 = s[i];
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let cont = |j: usize| {
        s.get(i + j)
            .filter(|&&b| (0x80..=0xBF).contains(&b))
            .map(|&b| (b & 0x3F) as u32)
    };
    let decoded = match b0 {
        0xC0..=0xDF => cont(1)
            .map(|c1| (((b0 & 0x1F) as u32) << 6 | c1, 2))
            .filter(|&(r, _)| r > 0x7F),
        0xE0..=0xEF => cont(1)
            .zip(cont(2))
            .map(|(c1, c2)| (((b0 & 0x0F) as u32) << 12 | c1 << 6 | c2, 3))
            .filter(|&(r, _)| r > 0x7FF && !(0xD800..=0xDFFF).contains(&r)),
        0xF0..=0xF7 => cont(1)
            .zip(cont(2))
            .zip(cont(3))
            .map(|((c1, c2), c3)| (((b0 & 0x07) as u32) << 18 | c1 << 12 | c2 << 6 | c3, 4))
            .filter(|&(r, _)| r > 0xFFFF && r <= 0x10FFFF),
        _ => None,
    };
    decoded.unwrap_or((RUNE_ERROR, 1))
}

/// gc's `encoderune`: UTF-8 of `r` into `p` (at least 4 bytes); invalid runes become U+FFFD.
pub fn encode_rune(p: &mut [u8], r: i32) -> usize {
    let mut i = r as u32;
    if i <= 0x7F {
        p[0] = i as u8;
        return 1;
    }
    if i <= 0x7FF {
        p[0] = 0xC0 | (i >> 6) as u8;
        p[1] = 0x80 | (i & 0x3F) as u8;
        return 2;
    }
    if i > 0x10FFFF || (0xD800..=0xDFFF).contains(&i) {
        i = RUNE_ERROR;
    }
    if i <= 0xFFFF {
        p[0] = 0xE0 | (i >> 12) as u8;
        p[1] = 0x80 | ((i >> 6) & 0x3F) as u8;
        p[2] = 0x80 | (i & 0x3F) as u8;
        return 3;
    }
    p[0] = 0xF0 | (i >> 18) as u8;
    p[1] = 0x80 | ((i >> 12) & 0x3F) as u8;
    p[2] = 0x80 | ((i >> 6) & 0x3F) as u8;
    p[3] = 0x80 | (i & 0x3F) as u8;
    4
}

/// The runes of `s`, as `for range` yields them.
pub fn runes(s: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut i = 0;
    core::iter::from_fn(move || {
        if i >= s.len() {
            return None;
        }
        let (r, n) = decode_rune(s, i);
        i += n;
        Some(r)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_rejects_what_gc_rejects() {
        assert_eq!(decode_rune("é".as_bytes(), 0), (0xE9, 2));
        assert_eq!(decode_rune("€".as_bytes(), 0), (0x20AC, 3));
        assert_eq!(decode_rune("𝄞".as_bytes(), 0), (0x1D11E, 4));
        assert_eq!(decode_rune(b"\xC0\x80", 0), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode_rune(b"\xED\xA0\x80", 0), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode_rune(b"\xF4\x90\x80\x80", 0), (RUNE_ERROR, 1)); // > U+10FFFF
        assert_eq!(decode_rune(b"\xE2\x82", 0), (RUNE_ERROR, 1)); // truncated
        assert_eq!(decode_rune(b"\xFF", 0), (RUNE_ERROR, 1));
    }

    #[test]
    fn encoding_replaces_invalid_runes() {
        let enc = |r: i32| {
            let mut b = [0u8; 4];
            let n = encode_rune(&mut b, r);
            b[..n].to_vec()
        };
        assert_eq!(enc(0x41), b"A");
        assert_eq!(enc(-1), "\u{FFFD}".as_bytes());
        assert_eq!(enc(0xD800), "\u{FFFD}".as_bytes());
        assert_eq!(enc(0x110000), "\u{FFFD}".as_bytes());
        assert_eq!(enc(0x10FFFF), "\u{10FFFF}".as_bytes());
    }

    #[test]
    fn runes_decode_one_after_another() {
        let got: Vec<u32> = runes(b"a\xC3\xA9\xFFz").collect();
        assert_eq!(got, [0x61, 0xE9, RUNE_ERROR, 0x7A]);
    }
}
