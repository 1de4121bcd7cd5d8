//! `runtime.ReadMemStats` and gc's `runtime.MemStats` layout (5776 bytes on 64-bit; offsets
//! checked against gc 1.27.3 with `unsafe.Offsetof`, see the test below).
//!
//! Without a collector nothing is ever freed, so the derived fields follow gc's formulas with
//! zero frees — except tiny allocations, which gc counts in both `Mallocs` and `Frees` (the
//! 16-byte block holding them is what `TotalAlloc` counts).
//!
//! Layer 6: reads `malloc`'s counters.

use crate::malloc::read_stats_and_flush;
use crate::sizeclasses::CLASS_TO_SIZE;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct BySize {
    pub size: u32,
    pub mallocs: u64,
    pub frees: u64,
}

/// gc's `runtime.MemStats`, field for field.
#[repr(C)]
pub struct MemStats {
    pub alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub lookups: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_alloc: u64,
    pub heap_sys: u64,
    pub heap_idle: u64,
    pub heap_inuse: u64,
    pub heap_released: u64,
    pub heap_objects: u64,
    pub stack_inuse: u64,
    pub stack_sys: u64,
    pub mspan_inuse: u64,
    pub mspan_sys: u64,
    pub mcache_inuse: u64,
    pub mcache_sys: u64,
    pub buck_hash_sys: u64,
    pub gc_sys: u64,
    pub other_sys: u64,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub gc_cpu_fraction: f64,
    pub enable_gc: bool,
    pub debug_gc: bool,
    pub by_size: [BySize; 61],
}

/// gc's initial heap goal (`GOGC=100`, 4 MiB minimum heap); no collection ever moves it.
const NEXT_GC: u64 = 4 << 20;

/// # Safety
/// `m` must point at a writable `runtime.MemStats`.
#[export_name = "runtime.ReadMemStats"]
pub unsafe extern "C" fn read_mem_stats(m: *mut MemStats) {
    let s = read_stats_and_flush();
    let mut total_alloc = s.large_alloc_bytes;
    let mut mallocs = s.large_alloc_count;
    for (class, &count) in s.small_alloc_count.iter().enumerate() {
        total_alloc += count * CLASS_TO_SIZE[class] as u64;
        mallocs += count;
    }
    let frees = s.tiny_allocs;
    mallocs += s.tiny_allocs;
    let m = &mut *m;
    core::ptr::write_bytes(
        m as *mut MemStats as *mut u8,
        0,
        core::mem::size_of::<MemStats>(),
    );
    m.alloc = total_alloc;
    m.total_alloc = total_alloc;
    m.sys = s.sys;
    m.mallocs = mallocs;
    m.frees = frees;
    m.heap_alloc = total_alloc;
    m.heap_sys = s.sys;
    m.heap_inuse = s.in_use;
    m.heap_idle = s.sys - s.in_use;
    m.heap_objects = mallocs - frees;
    m.next_gc = NEXT_GC;
    m.enable_gc = true;
    for (i, b) in m.by_size.iter_mut().enumerate() {
        b.size = CLASS_TO_SIZE[i];
        b.mallocs = s.small_alloc_count[i];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::{offset_of, size_of};

    #[test]
    fn layout_matches_gc() {
        // Values printed by gc 1.27.3 (unsafe.Sizeof / unsafe.Offsetof on runtime.MemStats).
        assert_eq!(size_of::<MemStats>(), 5776);
        assert_eq!(offset_of!(MemStats, mallocs), 32);
        assert_eq!(offset_of!(MemStats, heap_objects), 88);
        assert_eq!(offset_of!(MemStats, other_sys), 160);
        assert_eq!(offset_of!(MemStats, next_gc), 168);
        assert_eq!(offset_of!(MemStats, pause_ns), 192);
        assert_eq!(offset_of!(MemStats, pause_end), 2240);
        assert_eq!(offset_of!(MemStats, num_gc), 4288);
        assert_eq!(offset_of!(MemStats, num_forced_gc), 4292);
        assert_eq!(offset_of!(MemStats, gc_cpu_fraction), 4296);
        assert_eq!(offset_of!(MemStats, enable_gc), 4304);
        assert_eq!(offset_of!(MemStats, debug_gc), 4305);
        assert_eq!(offset_of!(MemStats, by_size), 4312);
        assert_eq!(size_of::<BySize>(), 24);
    }

    #[test]
    fn counts_every_object_once() {
        let mut m = unsafe { core::mem::zeroed::<MemStats>() };
        unsafe { read_mem_stats(&mut m) };
        let before = (m.mallocs, m.by_size[1].size, m.by_size[60].size);
        assert_eq!((before.1, before.2), (8, 18432));
        crate::malloc::alloc_noscan(100);
        unsafe { read_mem_stats(&mut m) };
        // Other tests allocate concurrently, so only a lower bound is certain here.
        assert!(m.mallocs > before.0);
        assert!(m.enable_gc);
    }
}
