//! gc's malloc size classes (`internal/runtime/gc/sizeclasses.go`, go1.27) and `roundupsize`.
//!
//! Every small allocation is rounded up to the smallest class that holds it; objects larger than
//! `MAX_SMALL_SIZE - MALLOC_HEADER_SIZE` are rounded up to whole 8 KiB pages. Objects with pointers
//! larger than 512 bytes carry an 8-byte malloc header inside their slot (gc's heap-bits scheme),
//! which is why `roundupsize` depends on `noscan`. Matching this exactly is what makes `cap()` after
//! `append` and `MemStats.TotalAlloc` agree with gc.
//!
//! Layer 0 (leaf): pure tables and arithmetic, shared by `malloc`, `slice`, `string` and
//! `memstats`.

pub const NUM_SIZE_CLASSES: usize = 68;
pub const MAX_SMALL_SIZE: usize = 32768;
pub const PAGE_SIZE: usize = 8192;
pub const MALLOC_HEADER_SIZE: usize = 8;
/// Objects with pointers up to this size keep their pointer bitmap in the span, without a header.
pub const MIN_SIZE_FOR_MALLOC_HEADER: usize = 8 * 64;
/// Noscan objects smaller than this go to the tiny allocator.
pub const MAX_TINY_SIZE: usize = 16;
/// The class of the 16-byte tiny blocks.
pub const TINY_SIZE_CLASS: usize = 2;

pub const CLASS_TO_SIZE: [u32; NUM_SIZE_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// The smallest size class holding `size` bytes (1 <= size <= MAX_SMALL_SIZE).
pub fn size_to_class(size: usize) -> usize {
    // The table is sorted, so the first class at least as large as `size` is the answer
    // (gc's SizeToSizeClass8/128 lookup tables encode the same function).
    CLASS_TO_SIZE.partition_point(|&c| (c as usize) < size)
}

/// gc's `roundupsize`: the usable size of the block `mallocgc(size)` would return.
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let header = if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER {
            MALLOC_HEADER_SIZE
        } else {
            0
        };
        return CLASS_TO_SIZE[size_to_class(size + header)] as usize - header;
    }
    match size.checked_add(PAGE_SIZE - 1) {
        Some(r) => r & !(PAGE_SIZE - 1),
        None => size,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_round_up_like_gc() {
        assert_eq!(size_to_class(1), 1);
        assert_eq!(size_to_class(8), 1);
        assert_eq!(size_to_class(9), 2);
        assert_eq!(size_to_class(33), 5);
        assert_eq!(size_to_class(1025), 33);
        assert_eq!(size_to_class(32768), 67);
        // Every class boundary maps to itself and one byte more to the next class.
        for (c, &s) in CLASS_TO_SIZE
            .iter()
            .enumerate()
            .take(NUM_SIZE_CLASSES - 1)
            .skip(1)
        {
            assert_eq!(size_to_class(s as usize), c);
            assert_eq!(size_to_class(s as usize + 1), c + 1);
        }
    }

    #[test]
    fn roundupsize_matches_gc_rules() {
        assert_eq!(roundupsize(5, true), 8);
        assert_eq!(roundupsize(700, true), 704);
        // With pointers and > 512 bytes the 8-byte header takes part of the slot.
        assert_eq!(roundupsize(576, false), 640 - 8);
        assert_eq!(roundupsize(512, false), 512);
        assert_eq!(roundupsize(32761, true), 32768); // large: whole pages
        assert_eq!(roundupsize(40000, true), 40960);
        assert_eq!(roundupsize(32760, true), 32768);
        assert_eq!(roundupsize(100000, false), 106496);
    }
}
