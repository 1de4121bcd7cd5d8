//! The heap: gc's allocation *accounting* over a trivial bump allocator.
//!
//! There is no garbage collector yet, so memory is never freed: objects are carved one after the
//! other out of 64 MiB `mmap`ed arenas, wherever the kernel puts them (gc 1.27 randomises its heap
//! base too, so no address is promised). What is modelled exactly is what a Go program can observe:
//!
//! * the usable size of every block (gc's size classes, malloc headers, 8 KiB pages for large
//!   objects), which decides `cap()` after `append` and `[]byte(s)`;
//! * gc's *tiny allocator*: pointer-free objects under 16 bytes share 16-byte blocks, with gc's
//!   alignment and block-replacement rule, so `TotalAlloc` grows by 16 per block, not per object;
//! * the counters behind `runtime.MemStats` (`Mallocs` counts every object once, tiny ones too).
//!
//! Fresh mappings are zero-filled and never reused, so every block is already zeroed and
//! `needzero` needs no work.
//!
//! Layer 5: the heap needs only leaves and `throw`. Running out of memory is gc's fatal
//! `throw("out of memory")`, never a Go panic; size checks that *are* Go panics
//! (`makeslice: len out of range`, `growslice: ...`) belong to the caller, `slice`, which sits
//! above `panic`, as in gc.

use crate::abi::Type;
use crate::sizeclasses::{
    roundupsize, size_to_class, CLASS_TO_SIZE, MALLOC_HEADER_SIZE, MAX_SMALL_SIZE, MAX_TINY_SIZE,
    MIN_SIZE_FOR_MALLOC_HEADER, NUM_SIZE_CLASSES, PAGE_SIZE, TINY_SIZE_CLASS,
};
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicBool, Ordering};

/// The address of every zero-size allocation, as in gc.
#[export_name = "runtime.zerobase"]
pub static ZEROBASE: u64 = 0;

const ARENA_SIZE: usize = 64 << 20;

/// Allocation counters, the source of truth for `ReadMemStats`.
#[derive(Clone, Copy)]
pub struct Stats {
    /// Objects allocated per size class (tiny blocks count in class 2).
    pub small_alloc_count: [u64; NUM_SIZE_CLASSES],
    pub large_alloc_bytes: u64,
    pub large_alloc_count: u64,
    /// Objects placed inside an existing tiny block (gc counts them in Mallocs *and* Frees).
    pub tiny_allocs: u64,
    /// Bytes obtained from the OS.
    pub sys: u64,
    /// Bytes of the arenas handed out (rounded to pages, as gc counts spans).
    pub in_use: u64,
}

struct Heap {
    cur: usize,
    end: usize,
    /// The current tiny block and the offset of its first free byte (gc's `mcache.tiny`).
    tiny: usize,
    tiny_offset: usize,
    stats: Stats,
}

/// The heap behind a spin lock: the runtime itself is single-threaded, the unit tests are not.
struct Locked {
    busy: AtomicBool,
    heap: UnsafeCell<Heap>,
}

// SAFETY: `heap` is only reached through `with_heap`, which holds `busy`.
unsafe impl Sync for Locked {}

static HEAP: Locked = Locked {
    busy: AtomicBool::new(false),
    heap: UnsafeCell::new(Heap {
        cur: 0,
        end: 0,
        tiny: 0,
        tiny_offset: 0,
        stats: Stats {
            small_alloc_count: [0; NUM_SIZE_CLASSES],
            large_alloc_bytes: 0,
            large_alloc_count: 0,
            tiny_allocs: 0,
            sys: 0,
            in_use: 0,
        },
    }),
};

fn with_heap<R>(f: impl FnOnce(&mut Heap) -> R) -> R {
    while HEAP
        .busy
        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        core::hint::spin_loop();
    }
    // SAFETY: the lock is held, so this is the only reference.
    let r = f(unsafe { &mut *HEAP.heap.get() });
    HEAP.busy.store(false, Ordering::Release);
    r
}

impl Heap {
    /// Carves `size` bytes aligned to `align` out of the current arena, mapping a new one if needed.
    fn carve(&mut self, size: usize, align: usize) -> *mut u8 {
        let mut start = (self.cur + align - 1) & !(align - 1);
        if self.cur == 0 || start + size > self.end {
            let len = size.max(ARENA_SIZE).next_multiple_of(PAGE_SIZE);
            let Some(p) = crate::sys::map_anon(0, len) else {
                crate::throw::throw("out of memory");
            };
            self.stats.sys += len as u64;
            self.cur = p as usize;
            self.end = p as usize + len;
            start = self.cur;
        }
        let old_page = self.cur.div_ceil(PAGE_SIZE);
        self.cur = start + size;
        let new_page = self.cur.div_ceil(PAGE_SIZE);
        self.stats.in_use += ((new_page - old_page) * PAGE_SIZE) as u64;
        start as *mut u8
    }

    /// gc's `mallocgcTiny`: pack pointer-free objects under 16 bytes into shared 16-byte blocks.
    fn alloc_tiny(&mut self, size: usize) -> *mut u8 {
        let mut off = self.tiny_offset;
        if size & 7 == 0 {
            off = off.next_multiple_of(8);
        } else if size & 3 == 0 {
            off = off.next_multiple_of(4);
        } else if size & 1 == 0 {
            off = off.next_multiple_of(2);
        }
        if off + size <= MAX_TINY_SIZE && self.tiny != 0 {
            self.tiny_offset = off + size;
            self.stats.tiny_allocs += 1;
            return (self.tiny + off) as *mut u8;
        }
        let block = self.carve(MAX_TINY_SIZE, MAX_TINY_SIZE);
        self.stats.small_alloc_count[TINY_SIZE_CLASS] += 1;
        // Keep whichever block has more room left.
        if size < self.tiny_offset || self.tiny == 0 {
            self.tiny = block as usize;
            self.tiny_offset = size;
        }
        block
    }

    fn alloc(&mut self, size: usize, noscan: bool) -> *mut u8 {
        if noscan && size < MAX_TINY_SIZE {
            return self.alloc_tiny(size);
        }
        if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
            let header = if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER {
                MALLOC_HEADER_SIZE
            } else {
                0
            };
            let class = size_to_class(size + header);
            let elem = CLASS_TO_SIZE[class] as usize;
            self.stats.small_alloc_count[class] += 1;
            let align = if elem.is_power_of_two() {
                elem.min(PAGE_SIZE)
            } else {
                8
            };
            // The header slot (where gc keeps the type pointer) precedes the object.
            return unsafe { self.carve(elem, align).add(header) };
        }
        let bytes = roundupsize(size, noscan);
        self.stats.large_alloc_count += 1;
        self.stats.large_alloc_bytes += bytes as u64;
        self.carve(bytes, PAGE_SIZE)
    }
}

/// Allocates `size` zeroed bytes; `typ` (nullable) only tells whether the object holds pointers.
///
/// # Safety
/// `typ` must be null or point at a valid type descriptor.
pub unsafe fn alloc(size: usize, typ: *const Type) -> *mut u8 {
    if size == 0 {
        return &ZEROBASE as *const u64 as *mut u8;
    }
    let noscan = typ.is_null() || !(*typ).has_pointers();
    with_heap(|h| h.alloc(size, noscan))
}

/// Allocates a pointer-free block of `size` bytes (strings, byte and rune slices).
pub fn alloc_noscan(size: usize) -> *mut u8 {
    // SAFETY: a null descriptor is allowed.
    unsafe { alloc(size, core::ptr::null()) }
}

/// A snapshot of the counters. Like gc's `ReadMemStats` (which flushes every mcache), it also
/// retires the current tiny block, so the next tiny object starts a new block.
pub fn read_stats_and_flush() -> Stats {
    with_heap(|h| {
        h.tiny = 0;
        h.tiny_offset = 0;
        h.stats
    })
}

/// # Safety
/// `typ` must be null or point at a valid type descriptor.
#[export_name = "runtime.mallocgc"]
pub unsafe extern "C" fn mallocgc(size: usize, typ: *const Type, _needzero: u8) -> *mut u8 {
    alloc(size, typ)
}

/// # Safety
/// `typ` must point at a valid type descriptor.
#[export_name = "runtime.newobject"]
pub unsafe extern "C" fn newobject(typ: *const Type) -> *mut u8 {
    alloc((*typ).size, typ)
}

/// # Safety
/// Both pointers must address `size` readable bytes.
#[export_name = "runtime.memequal"]
pub unsafe extern "C" fn memequal(a: *const u8, b: *const u8, size: usize) -> u8 {
    if a == b || size == 0 {
        return 1;
    }
    (core::slice::from_raw_parts(a, size) == core::slice::from_raw_parts(b, size)) as u8
}

/// # Safety
/// `src` readable and `dst` writable for `n` bytes.
#[export_name = "runtime.memmove"]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) {
    if n != 0 {
        core::ptr::copy(src, dst, n);
    }
}

/// # Safety
/// `p` writable for `n` bytes.
#[export_name = "runtime.memclrNoHeapPointers"]
pub unsafe extern "C" fn memclr_no_heap_pointers(p: *mut u8, n: usize) {
    if n != 0 {
        core::ptr::write_bytes(p, 0, n);
    }
}

/// # Safety
/// `typ` valid; `src` readable and `dst` writable for `typ.Size_` bytes.
#[export_name = "runtime.typedmemmove"]
pub unsafe extern "C" fn typedmemmove(typ: *const Type, dst: *mut u8, src: *const u8) {
    if !core::ptr::eq(dst, src) {
        memmove(dst, src, (*typ).size);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The heap is global and tests run in parallel, so each test looks only at its own
    // allocations inside a single `with_heap` call.
    #[test]
    fn tiny_objects_share_blocks_like_gc() {
        with_heap(|h| {
            h.tiny = 0;
            h.tiny_offset = 0;
            let before = h.stats;
            let a = h.alloc(1, true) as usize;
            let b = h.alloc(1, true) as usize;
            let c = h.alloc(8, true) as usize; // aligned to 8 within the block
            let d = h.alloc(8, true) as usize; // no room: new block
            assert_eq!(b, a + 1);
            assert_eq!(c, a + 8);
            assert_ne!(d / 16, a / 16);
            assert_eq!(
                h.stats.small_alloc_count[2] - before.small_alloc_count[2],
                2
            );
            assert_eq!(h.stats.tiny_allocs - before.tiny_allocs, 2);
        });
    }

    #[test]
    fn zero_size_is_zerobase_and_uncounted() {
        let z = alloc_noscan(0);
        assert_eq!(z as usize, &ZEROBASE as *const u64 as usize);
    }

    #[test]
    fn scan_objects_with_header_use_next_class() {
        with_heap(|h| {
            let before = h.stats;
            h.alloc(512, false); // fits class 512 exactly (no header at 512)
            h.alloc(513, false); // 513 + 8 -> class 576
            assert_eq!(
                h.stats.small_alloc_count[26] - before.small_alloc_count[26],
                1
            );
            assert_eq!(
                h.stats.small_alloc_count[27] - before.small_alloc_count[27],
                1
            );
        });
    }
}
