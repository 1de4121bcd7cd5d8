//! Tests of the maps: layouts against gc's, randomized operations against `BTreeMap`, growth
//! across many splits, iteration under mutation, and allocation counts against what gc 1.27.3
//! measures for the same operations.

use super::*;
use crate::abi::tflag;
use core::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};

// ---------------------------------------------------------------------------------------
// Allocation recording (per test thread: the tests run in parallel on one heap).

thread_local! {
    static ALLOCS: RefCell<Option<Vec<(usize, bool)>>> = const { RefCell::new(None) };
}

pub(super) fn record_alloc(size: usize, typ: *const Type) {
    // SAFETY: the map code passes valid descriptors.
    let scan = !typ.is_null() && unsafe { (*typ).has_pointers() };
    ALLOCS.with(|a| {
        if let Some(v) = a.borrow_mut().as_mut() {
            v.push((size, scan));
        }
    });
}

/// Runs `f` and returns (Mallocs, TotalAlloc) of the map allocations it made, counted as gc's
/// MemStats count them: each object once, its size class's size (with the 8-byte malloc
/// header of pointerful objects over 512 bytes), whole pages beyond 32 KiB.
fn counting(f: impl FnOnce()) -> (u64, u64) {
    use crate::sizeclasses::*;
    ALLOCS.with(|a| *a.borrow_mut() = Some(Vec::new()));
    f();
    let v = ALLOCS.with(|a| a.borrow_mut().take()).unwrap_or_default();
    let bytes = v.iter().map(|&(size, scan)| {
        assert!(size >= MAX_TINY_SIZE || scan, "no map object is tiny");
        if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
            let header = if scan && size > MIN_SIZE_FOR_MALLOC_HEADER {
                MALLOC_HEADER_SIZE
            } else {
                0
            };
            CLASS_TO_SIZE[size_to_class(size + header)] as u64
        } else {
            roundupsize(size, !scan) as u64
        }
    });
    (v.len() as u64, bytes.sum())
}

// ---------------------------------------------------------------------------------------
// Type descriptors built by hand, as gc's compiler lays them out.

fn leak<T>(v: T) -> &'static T {
    Box::leak(Box::new(v))
}

fn funcval(code: usize) -> *const u8 {
    leak([code]).as_ptr().cast()
}

fn closure(code: usize, size: usize) -> *const u8 {
    leak([code, size]).as_ptr().cast()
}

fn basic(size: usize, k: u8, ptr_bytes: usize, tf: u8, equal: *const u8) -> &'static Type {
    let mut t: Type = unsafe { core::mem::zeroed() };
    t.size = size;
    t.ptr_bytes = ptr_bytes;
    t.tflag = tf;
    t.align = size.clamp(1, 8) as u8;
    t.field_align = t.align;
    t.kind = k;
    t.equal = equal;
    leak(t)
}

fn int64_type() -> &'static Type {
    let eq = funcval(crate::alg::memequal64 as *const () as usize);
    basic(8, kind::INT64, 0, tflag::REGULAR_MEMORY, eq)
}

fn string_type() -> &'static Type {
    let eq = funcval(crate::alg::strequal as *const () as usize);
    basic(16, kind::STRING, 8, 0, eq)
}

fn float64_type() -> &'static Type {
    let eq = funcval(crate::alg::f64equal as *const () as usize);
    basic(8, kind::FLOAT64, 0, 0, eq)
}

/// `[n]byte` as a memory key (equality and hash by `_varlen` closures).
fn bytes_type(n: usize) -> &'static Type {
    let eq = closure(crate::alg::memequal_varlen as *const () as usize, n);
    let t = basic(n, kind::ARRAY, 0, tflag::REGULAR_MEMORY, eq);
    let mut t2: Type = unsafe { core::ptr::read(t) };
    t2.align = 1;
    t2.field_align = 1;
    leak(t2)
}

fn pointer_type() -> &'static Type {
    let eq = funcval(crate::alg::memequal64 as *const () as usize);
    basic(8, kind::POINTER, 8, tflag::REGULAR_MEMORY, eq)
}

fn hasher_of(f: unsafe extern "C" fn(*const u8, usize, *const u8) -> usize) -> *const u8 {
    funcval(f as *const () as usize)
}

/// gc's `MapGroupType` and `writeMapType` for the interleaved layout.
fn map_type(key: &'static Type, elem: &'static Type, hasher: *const u8) -> &'static MapType {
    let stored = |t: &Type, max: usize| {
        if t.size > max {
            (8, 8, true)
        } else {
            (t.size, t.align.max(1) as usize, t.has_pointers())
        }
    };
    let (ks, ka, kp) = stored(key, MAX_KEY_BYTES);
    let (es, ea, ep) = stored(elem, MAX_ELEM_BYTES);
    let slot_align = ka.max(ea);
    let elem_off = ks.next_multiple_of(ea);
    let slot_size = (elem_off + es).next_multiple_of(slot_align);
    let group_size = (8 + GROUP_SLOTS * slot_size).next_multiple_of(8);
    let ptr_bytes = if kp || ep { group_size } else { 0 };
    let group = basic(group_size, kind::STRUCT, ptr_bytes, 0, core::ptr::null());
    let mut fl = 0;
    if matches!(key.kind, kind::STRING | kind::FLOAT32 | kind::FLOAT64) {
        fl |= flags::NEED_KEY_UPDATE;
    }
    if key.kind == kind::INTERFACE {
        fl |= flags::HASH_MIGHT_PANIC;
    }
    if key.size > MAX_KEY_BYTES {
        fl |= flags::INDIRECT_KEY;
    }
    if elem.size > MAX_ELEM_BYTES {
        fl |= flags::INDIRECT_ELEM;
    }
    let mut typ: Type = unsafe { core::mem::zeroed() };
    typ.size = 8;
    typ.ptr_bytes = 8;
    typ.kind = kind::MAP;
    leak(MapType {
        typ,
        key,
        elem,
        group,
        hasher,
        group_size,
        keys_off: 8,
        key_stride: slot_size,
        elems_off: 8 + elem_off,
        elem_stride: slot_size,
        elem_off,
        flags: fl,
    })
}

fn int_map_type() -> &'static MapType {
    map_type(
        int64_type(),
        int64_type(),
        hasher_of(crate::hash::memhash64),
    )
}

fn str_map_type() -> &'static MapType {
    map_type(string_type(), int64_type(), hasher_of(crate::hash::strhash))
}

/// A small deterministic generator for the randomized tests.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

// Thin wrappers over the entry points' implementations.

unsafe fn get64(t: &MapType, m: *mut Map, k: u64) -> Option<u64> {
    let mut out = ElemOk {
        elem: null_mut(),
        ok: 0,
    };
    mapaccess2_fast64(&mut out, t, m, k);
    let p1 = mapaccess1_fast64(t, m, k);
    if out.ok == 0 {
        assert_eq!(out.elem, zero_val());
        assert_eq!(p1, zero_val());
        return None;
    }
    assert_eq!(p1, out.elem);
    Some(*(out.elem as *const u64))
}

unsafe fn put64(t: &MapType, m: *mut Map, k: u64, v: u64) {
    *(mapassign_fast64(t, m, k) as *mut u64) = v;
}

/// The map's entries by iteration, checking that no key comes twice.
unsafe fn entries<K: Ord + Copy + core::fmt::Debug, V>(
    t: &MapType,
    m: *mut Map,
    read: impl Fn(*mut u8, *mut u8) -> (K, V),
) -> BTreeMap<K, V> {
    let mut it: Iter = core::mem::zeroed();
    map_iter_start(t, m, &mut it);
    let mut out = BTreeMap::new();
    while !it.key.is_null() {
        let (k, v) = read(it.key, it.elem);
        assert!(out.insert(k, v).is_none(), "key {k:?} twice");
        map_iter_next(&mut it);
    }
    out
}

unsafe fn u64_entries(t: &MapType, m: *mut Map) -> BTreeMap<u64, u64> {
    entries(t, m, |k, v| (*(k as *const u64), *(v as *const u64)))
}

// ---------------------------------------------------------------------------------------
// Layouts.

#[test]
fn layouts_are_gcs() {
    use core::mem::{offset_of, size_of};
    assert_eq!(size_of::<Map>(), 48);
    assert_eq!(offset_of!(Map, used), 0);
    assert_eq!(offset_of!(Map, seed), 8);
    assert_eq!(offset_of!(Map, dir_ptr), 16);
    assert_eq!(offset_of!(Map, dir_len), 24);
    assert_eq!(offset_of!(Map, global_depth), 32);
    assert_eq!(offset_of!(Map, global_shift), 33);
    assert_eq!(offset_of!(Map, writing), 34);
    assert_eq!(offset_of!(Map, tombstone_possible), 35);
    assert_eq!(offset_of!(Map, clear_seq), 40);

    assert_eq!(size_of::<Table>(), 32);
    assert_eq!(offset_of!(Table, used), 0);
    assert_eq!(offset_of!(Table, capacity), 2);
    assert_eq!(offset_of!(Table, growth_left), 4);
    assert_eq!(offset_of!(Table, local_depth), 6);
    assert_eq!(offset_of!(Table, index), 8);
    assert_eq!(offset_of!(Table, groups), 16);
    assert_eq!(offset_of!(Table, length_mask), 24);

    assert_eq!(size_of::<Iter>(), 96);
    assert_eq!(offset_of!(Iter, key), 0);
    assert_eq!(offset_of!(Iter, elem), 8);
    assert_eq!(offset_of!(Iter, typ), 16);
    assert_eq!(offset_of!(Iter, m), 24);
    assert_eq!(offset_of!(Iter, entry_offset), 32);
    assert_eq!(offset_of!(Iter, dir_offset), 40);
    assert_eq!(offset_of!(Iter, clear_seq), 48);
    assert_eq!(offset_of!(Iter, global_depth), 56);
    assert_eq!(offset_of!(Iter, dir_idx), 64);
    assert_eq!(offset_of!(Iter, tab), 72);
    assert_eq!(offset_of!(Iter, group), 80);
    assert_eq!(offset_of!(Iter, entry_idx), 88);

    // abi.MapType: the 48-byte Type, then its fields; 136 bytes (UncommonType follows).
    assert_eq!(size_of::<MapType>(), 136);
    assert_eq!(offset_of!(MapType, key), 48);
    assert_eq!(offset_of!(MapType, elem), 56);
    assert_eq!(offset_of!(MapType, group), 64);
    assert_eq!(offset_of!(MapType, hasher), 72);
    assert_eq!(offset_of!(MapType, group_size), 80);
    assert_eq!(offset_of!(MapType, keys_off), 88);
    assert_eq!(offset_of!(MapType, key_stride), 96);
    assert_eq!(offset_of!(MapType, elems_off), 104);
    assert_eq!(offset_of!(MapType, elem_stride), 112);
    assert_eq!(offset_of!(MapType, elem_off), 120);
    assert_eq!(offset_of!(MapType, flags), 128);

    assert_eq!(size_of::<ElemOk>(), 16);
    assert_eq!(offset_of!(ElemOk, ok), 8);
    assert_eq!(size_of::<LinknameIter>(), 32);
}

#[test]
fn groups_hold_a_control_word_then_interleaved_slots() {
    unsafe {
        let t = str_map_type();
        // map[string]int: slot {string; int} = 24 bytes, group 8 + 8*24.
        assert_eq!(
            (t.keys_off, t.key_stride, t.elems_off, t.group_size),
            (8, 24, 24, 200)
        );
        let m = makemap_small();
        let key = b"hello";
        *(mapassign_faststr(t, m, key.as_ptr(), 5) as *mut u64) = 7;
        let g = (*m).dir_ptr;
        let ctrl = *(g as *const u64);
        let full: Vec<usize> = (0..8).filter(|&i| ctrl >> (8 * i) & 0x80 == 0).collect();
        assert_eq!(full.len(), 1);
        let i = full[0];
        let h = crate::hash::str_hash(string_of(key.as_ptr(), 5), (*m).seed);
        assert_eq!(
            (ctrl >> (8 * i)) as u8,
            (h & 0x7f) as u8,
            "control byte = H2"
        );
        let slot = g.add(8 + 24 * i);
        let stored = *(slot as *const GoString);
        assert_eq!((stored.ptr, stored.len), (key.as_ptr(), 5));
        assert_eq!(*(slot.add(16) as *const u64), 7);
        for j in (0..8).filter(|&j| j != i) {
            assert_eq!((ctrl >> (8 * j)) as u8, CTRL_EMPTY);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Randomized operations against a reference map.

#[test]
fn int64_keys_through_the_fast_paths_match_a_btreemap() {
    unsafe {
        let t = int_map_type();
        let m = makemap_small();
        let mut reference = BTreeMap::new();
        let mut rng = Rng(0x1234_5678_9abc_def1);
        for step in 0..3_000_000u64 {
            let k = rng.below(120_000);
            match rng.below(8) {
                0..=3 => {
                    put64(t, m, k, step);
                    reference.insert(k, step);
                }
                4 | 5 => {
                    mapdelete_fast64(t, m, k);
                    reference.remove(&k);
                }
                _ => assert_eq!(get64(t, m, k), reference.get(&k).copied(), "key {k}"),
            }
            assert_eq!((*m).used as usize, reference.len());
        }
        assert!((*m).dir_len >= 64, "the map split many times");
        assert_eq!(u64_entries(t, m), reference);
        // Through the generic entry points and the hasher, the same entries.
        for k in 0..120_000u64 {
            let p = mapaccess1(t, m, (&k as *const u64).cast());
            let want = reference.get(&k).copied().unwrap_or(0);
            assert_eq!(*(p as *const u64), want);
        }
    }
}

#[test]
fn string_keys_through_faststr_match_a_btreemap() {
    unsafe {
        let t = str_map_type();
        let m = makemap_small();
        let pool: Vec<String> = (0..40_000).map(|i| format!("key-{i}-{}", i * 7)).collect();
        let mut reference = BTreeMap::new();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for step in 0..1_000_000u64 {
            let i = rng.below(pool.len() as u64) as usize;
            // A copy of the bytes elsewhere: keys compare by content.
            let s = if rng.below(2) == 0 {
                pool[i].clone().leak() as &str
            } else {
                pool[i].as_str()
            };
            let (p, n) = (s.as_ptr(), s.len() as isize);
            match rng.below(8) {
                0..=3 => {
                    *(mapassign_faststr(t, m, p, n) as *mut u64) = step;
                    reference.insert(i, step);
                }
                4 | 5 => {
                    mapdelete_faststr(t, m, p, n);
                    reference.remove(&i);
                }
                _ => {
                    let mut out = ElemOk {
                        elem: null_mut(),
                        ok: 0,
                    };
                    mapaccess2_faststr(&mut out, t, m, p, n);
                    let got = (out.ok != 0).then(|| *(out.elem as *const u64));
                    assert_eq!(got, reference.get(&i).copied());
                }
            }
        }
        assert_eq!((*m).used as usize, reference.len());
        let by_name: HashMap<&str, usize> = pool
            .iter()
            .enumerate()
            .map(|(i, s)| (s.as_str(), i))
            .collect();
        let got = entries(t, m, |k, v| {
            let s = *(k as *const GoString);
            let name = core::str::from_utf8(s.bytes()).unwrap();
            (by_name[name], *(v as *const u64))
        });
        assert_eq!(got, reference);
    }
}

#[test]
fn memory_keys_through_the_generic_path_match_a_btreemap() {
    unsafe {
        // map[[24]byte]int: hasher and equality are `_varlen` closures of size 24.
        let key = bytes_type(24);
        let hasher = closure(crate::hash::memhash_varlen as *const () as usize, 24);
        let t = map_type(key, int64_type(), hasher);
        let m = makemap(t, 0, null_mut());
        let mut reference = BTreeMap::new();
        let mut rng = Rng(77);
        for step in 0..1_000_000u64 {
            let n = rng.below(30_000);
            let k: [u64; 3] = [n, n.wrapping_mul(0x9e37_79b9), !n];
            let kp = k.as_ptr().cast::<u8>();
            match rng.below(8) {
                0..=3 => {
                    *(mapassign(t, m, kp) as *mut u64) = step;
                    reference.insert(k, step);
                }
                4 | 5 => {
                    mapdelete(t, m, kp);
                    reference.remove(&k);
                }
                _ => {
                    let p = mapaccess1(t, m, kp);
                    assert_eq!(*(p as *const u64), reference.get(&k).copied().unwrap_or(0));
                }
            }
        }
        let got = entries(t, m, |k, v| (*(k as *const [u64; 3]), *(v as *const u64)));
        assert_eq!(got, reference);
    }
}

#[test]
fn float_keys_handle_nan_and_signed_zero() {
    unsafe {
        let t = map_type(
            float64_type(),
            int64_type(),
            hasher_of(crate::hash::f64hash),
        );
        let m = makemap_small();
        let canon = |x: f64| (x + 0.0).to_bits();
        let mut reference = BTreeMap::new();
        let mut nans = 0usize;
        let mut rng = Rng(5);
        let values = [0.0, -0.0, 1.5, -2.25, f64::INFINITY, f64::NAN, 1e300, 3.0];
        for step in 0..200_000u64 {
            let x = if rng.below(4) == 0 {
                values[rng.below(values.len() as u64) as usize]
            } else {
                (rng.below(5000) as f64) / 7.0
            };
            let kp = (&x as *const f64).cast::<u8>();
            match rng.below(8) {
                0..=3 => {
                    *(mapassign(t, m, kp) as *mut u64) = step;
                    if x.is_nan() {
                        nans += 1;
                    } else {
                        reference.insert(canon(x), step);
                    }
                }
                4 | 5 => {
                    mapdelete(t, m, kp);
                    if !x.is_nan() {
                        reference.remove(&canon(x));
                    }
                }
                _ => {
                    let mut out = ElemOk {
                        elem: null_mut(),
                        ok: 0,
                    };
                    mapaccess2(&mut out, t, m, kp);
                    let got = (out.ok != 0).then(|| *(out.elem as *const u64));
                    let want = if x.is_nan() {
                        None
                    } else {
                        reference.get(&canon(x)).copied()
                    };
                    assert_eq!(got, want, "key {x}");
                }
            }
            assert_eq!((*m).used as usize, reference.len() + nans);
        }
        // Iteration yields every NaN entry (each a key of its own) and the rest once.
        let mut it: Iter = core::mem::zeroed();
        map_iter_start(t, m, &mut it);
        let (mut seen_nans, mut seen) = (0, BTreeMap::new());
        while !it.key.is_null() {
            let x = *(it.key as *const f64);
            if x.is_nan() {
                seen_nans += 1;
            } else {
                assert!(seen.insert(canon(x), *(it.elem as *const u64)).is_none());
            }
            map_iter_next(&mut it);
        }
        assert_eq!((seen_nans, seen), (nans, reference));
        // -0 finds +0's entry; the stored key keeps the sign of the last assignment.
        let (z, nz) = (0.0f64, -0.0f64);
        *(mapassign(t, m, (&z as *const f64).cast()) as *mut u64) = 1;
        *(mapassign(t, m, (&nz as *const f64).cast()) as *mut u64) = 2;
        assert_eq!(
            *(mapaccess1(t, m, (&z as *const f64).cast()) as *const u64),
            2
        );
    }
}

#[test]
fn big_keys_and_elems_are_stored_indirectly() {
    unsafe {
        let key = bytes_type(200);
        let hasher = closure(crate::hash::memhash_varlen as *const () as usize, 200);
        let elem = basic(300, kind::ARRAY, 0, 0, core::ptr::null());
        let t = map_type(key, elem, hasher);
        assert_eq!(t.flags & (flags::INDIRECT_KEY | flags::INDIRECT_ELEM), 12);
        assert_eq!(t.key_stride, 16);
        let m = makemap_small();
        let mut reference = BTreeMap::new();
        let mut rng = Rng(99);
        for step in 0..60_000u64 {
            let n = rng.below(3000) as u8 as u64 | rng.below(12) << 8;
            let mut k = [0u8; 200];
            k[..8].copy_from_slice(&n.to_le_bytes());
            k[199] = n as u8;
            match rng.below(3) {
                0 | 1 => {
                    let e = mapassign(t, m, k.as_ptr());
                    core::ptr::write_bytes(e, step as u8, 300);
                    reference.insert(n, step as u8);
                }
                _ => {
                    mapdelete(t, m, k.as_ptr());
                    reference.remove(&n);
                }
            }
        }
        let got = entries(t, m, |k, v| {
            let n = (k as *const u64).read_unaligned();
            let e = &*(v as *const [u8; 300]);
            assert!(e.iter().all(|&b| b == e[0]));
            (n, e[0])
        });
        assert_eq!(got, reference);
    }
}

// ---------------------------------------------------------------------------------------
// Growth.

/// Checks the directory: each table covers `2^(globalDepth - localDepth)` entries from its
/// `index`, and the map's count is the tables' sum.
unsafe fn check_directory(m: *mut Map) {
    let m = &*m;
    assert_eq!(m.dir_len, 1 << m.global_depth);
    assert_eq!(m.global_shift, 64 - m.global_depth);
    let mut i = 0;
    let mut used = 0u64;
    while i < m.dir_len {
        let tab = &*m.dir_at(i);
        assert_eq!(tab.index, i);
        assert!(tab.local_depth <= m.global_depth);
        let n = 1isize << (m.global_depth - tab.local_depth);
        for j in i..i + n {
            assert!(core::ptr::eq(m.dir_at(j), tab));
        }
        assert!(tab.used <= tab.capacity / 8 * 7);
        used += tab.used as u64;
        i += n;
    }
    assert_eq!(used, m.used);
}

#[test]
fn growth_splits_tables_and_doubles_the_directory() {
    unsafe {
        let t = int_map_type();
        let m = makemap_small();
        for k in 0..8 {
            put64(t, m, k, k);
        }
        assert_eq!(
            ((*m).dir_len, (*m).used),
            (0, 8),
            "eight entries stay small"
        );
        put64(t, m, 8, 8);
        assert_eq!((*m).dir_len, 1);
        assert_eq!((*(*m).dir_at(0)).capacity, 16);
        for k in 9..896 {
            put64(t, m, k, k);
        }
        assert_eq!(((*m).dir_len, (*(*m).dir_at(0)).capacity), (1, 1024));
        put64(t, m, 896, 896);
        assert_eq!(
            (*m).dir_len,
            2,
            "the 897th entry splits the full 1024-slot table"
        );
        for k in 897..400_000 {
            put64(t, m, k, k * 3);
        }
        check_directory(m);
        assert!((*m).global_depth >= 9);
        for k in 0..400_000 {
            let want = if k < 897 { k } else { k * 3 };
            assert_eq!(get64(t, m, k), Some(want));
        }
        for k in (0..400_000).step_by(2) {
            mapdelete_fast64(t, m, k);
        }
        check_directory(m);
        assert_eq!((*m).used, 200_000);
        assert_eq!(u64_entries(t, m).len(), 200_000);
    }
}

#[test]
fn a_size_hint_preallocates_tables() {
    unsafe {
        let t = int_map_type();
        let m = makemap(t, 5000, null_mut());
        // 5000 * 8/7 = 5714 slots: 8 tables of 1024.
        assert_eq!(
            ((*m).dir_len, (*m).global_depth, (*m).global_shift),
            (8, 3, 61)
        );
        check_directory(m);
        let (mallocs, _) = counting(|| {
            for k in 0..5000 {
                put64(t, m, k, k);
            }
        });
        assert!(mallocs <= 5, "few tables fill up: {mallocs}");
        // Hints gc rejects make an empty map; negative ones count as zero.
        let huge = makemap(t, isize::MAX, null_mut());
        assert_eq!(((*huge).dir_len, (*huge).dir_ptr), (0, null_mut()));
        let neg = makemap64(t, -5, null_mut());
        assert_eq!((*neg).dir_len, 0);
        put64(t, neg, 1, 2);
        assert_eq!(get64(t, neg, 1), Some(2));
    }
}

#[test]
fn a_stack_header_and_group_are_used_in_place() {
    unsafe {
        let t = int_map_type();
        let mut header: Map = core::mem::zeroed();
        let mut group = vec![0u64; t.group_size / 8];
        group[0] = CTRL_ALL_EMPTY;
        header.dir_ptr = group.as_mut_ptr().cast();
        let (mallocs, _) = counting(|| {
            let m = makemap(t, 8, &mut header);
            assert!(core::ptr::eq(m, &header));
            for k in 0..8 {
                put64(t, m, k, k + 100);
            }
        });
        assert_eq!(mallocs, 0, "eight entries fit the caller's group");
        assert_eq!(group[2], group[1] + 100, "slot 0: key word, then elem word");
        let (mallocs, _) = counting(|| put64(t, &mut header, 8, 108));
        assert_eq!(mallocs, 3, "table, groups, directory");
        for k in 0..9 {
            assert_eq!(get64(t, &mut header, k), Some(k + 100));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Allocation counts: gc 1.27.3 (amd64) measured with runtime.MemStats around
// `m = make(map[K]V)` (escaping) and the inserts `m[k] = v` for k = 0, 1, ….
//
// map[int]int: group = 8 + 8*16 = 136 bytes (class 144). `make` = new(Map), 48 bytes.
// The first insert allocates the small group (144). The 9th moves to a table of 16 slots:
// new(table) 32 + 2 groups 272 (class 288) + a directory of one *table (8) = 3 objects.
// Each later growth doubles the table (new(table) + groups): at 15 (14 = 16*7/8 used),
// 29, 57, 113, 225, 449 entries; the 897th splits the full 1024-slot table into two
// 1024-slot tables under a 2-entry directory: 5 objects.

#[test]
fn allocations_equal_gcs_for_growing_int_maps() {
    let t = int_map_type();
    // (inserts, Mallocs, TotalAlloc) as gc 1.27.3 reports them.
    let cases = [
        (0u64, 1u64, 48u64),
        (1, 2, 192),
        (8, 2, 192),
        (9, 5, 520),
        (14, 5, 520),
        (15, 7, 1128),
        (28, 7, 1128),
        (29, 9, 2312),
        (57, 11, 4648),
        (113, 13, 9544),
        (224, 13, 9544),
        (225, 15, 19048),
        (449, 17, 37512),
        (896, 17, 37512),
        (897, 22, 74456),
        (1000, 22, 74456),
    ];
    for (n, mallocs, bytes) in cases {
        let got = counting(|| unsafe {
            let m = makemap_small();
            for k in 0..n {
                put64(t, m, k, k);
            }
        });
        assert_eq!(got, (mallocs, bytes), "{n} inserts");
    }
}

#[test]
fn allocations_equal_gcs_for_size_hints() {
    let t = int_map_type();
    // make(map[int]int, hint): hint ≤ 8 allocates the header only; 9 → one table of 16 slots
    // (dir 8 + table 32 + groups 288); 100 → 114 slots → 128 (16 groups, 2176 → 2304);
    // 1000 → 1142 slots → 2 tables of 1024 (groups 17408 → 18432); 5000 → 8 tables.
    for (hint, mallocs, bytes) in [
        (0isize, 1u64, 48u64),
        (8, 1, 48),
        (9, 4, 376),
        (100, 4, 2392),
        (1000, 6, 36992),
        (5000, 18, 147824),
    ] {
        let got = counting(|| unsafe {
            makemap(t, hint, null_mut());
        });
        assert_eq!(got, (mallocs, bytes), "hint {hint}");
    }
}

#[test]
fn allocations_equal_gcs_for_other_key_and_elem_types() {
    unsafe {
        let fill = |t: &'static MapType, n: u64, key: &dyn Fn(u64) -> Vec<u8>| {
            counting(|| {
                let m = makemap_small();
                for k in 0..n {
                    let kb = key(k);
                    mapassign(t, m, kb.as_ptr());
                }
            })
        };
        // map[int][200]byte: elems over 128 bytes are objects of their own (208-byte class),
        // the group holds pointers (scan).
        let big_elem = map_type(
            int64_type(),
            basic(200, kind::ARRAY, 0, 0, core::ptr::null()),
            hasher_of(crate::hash::memhash64),
        );
        let int_key = |k: u64| k.to_le_bytes().to_vec();
        assert_eq!(fill(big_elem, 1, &int_key), (3, 400));
        assert_eq!(fill(big_elem, 9, &int_key), (14, 2392));
        assert_eq!(fill(big_elem, 20, &int_key), (27, 5288));
        // map[[200]byte]int: the keys are objects.
        let big_key = map_type(
            bytes_type(200),
            int64_type(),
            closure(crate::hash::memhash_varlen as *const () as usize, 200),
        );
        let key200 = |k: u64| {
            let mut v = vec![0u8; 200];
            v[0] = k as u8;
            v
        };
        assert_eq!(fill(big_key, 1, &key200), (3, 400));
        assert_eq!(fill(big_key, 9, &key200), (14, 2392));
        // map[[24]byte]int: slot 32, group 264 (288), 2 groups 528 (576).
        let key24 = map_type(
            bytes_type(24),
            int64_type(),
            closure(crate::hash::memhash_varlen as *const () as usize, 24),
        );
        let k24 = |k: u64| {
            let mut v = vec![0u8; 24];
            v[0] = k as u8;
            v
        };
        assert_eq!(fill(key24, 9, &k24), (5, 952));
        assert_eq!(fill(key24, 15, &k24), (7, 2136));
        // map[int]*int: pointerful groups; 4 groups = 544 bytes + malloc header → 576.
        let ptr_elem = map_type(
            int64_type(),
            pointer_type(),
            hasher_of(crate::hash::memhash64),
        );
        assert_eq!(fill(ptr_elem, 9, &int_key), (5, 520));
        assert_eq!(fill(ptr_elem, 15, &int_key), (7, 1128));
        assert_eq!(fill(ptr_elem, 29, &int_key), (9, 2312));
    }
}

#[test]
fn allocations_equal_gcs_for_string_keys_with_deletes() {
    unsafe {
        let t = str_map_type();
        let keys: Vec<String> = (0..100).map(|i| format!("key{i}")).collect();
        let put = |m: *mut Map, s: &str| {
            *(mapassign_faststr(t, m, s.as_ptr(), s.len() as isize) as *mut u64) = 1;
        };
        // map[string]int: group 200 (208); 2 groups 400 (416); 4 groups 800 (896).
        for (n, want) in [(9, (5, 712)), (15, (7, 1640))] {
            let got = counting(|| {
                let m = makemap_small();
                for k in &keys[..n] {
                    put(m, k);
                }
            });
            assert_eq!(got, want, "{n} string keys");
        }
        // 50 rounds of 14 inserts and 14 deletes over a sliding window of keys: tombstones
        // are reused or pruned, so the table grows once (16 → 32 slots), as in gc.
        let got = counting(|| {
            let m = makemap_small();
            for r in 0..50 {
                for k in &keys[r..r + 14] {
                    put(m, k);
                }
                for k in &keys[r..r + 14] {
                    mapdelete_faststr(t, m, k.as_ptr(), k.len() as isize);
                }
            }
            assert_eq!((*m).used, 0);
        });
        assert_eq!(got, (7, 1640));
    }
}

#[test]
fn reflect_iteration_allocates_the_iterator() {
    unsafe {
        let t = int_map_type();
        let m = makemap_small();
        for k in 0..20 {
            put64(t, m, k, k * 2);
        }
        let mut it: LinknameIter = core::mem::zeroed();
        let (mallocs, bytes) = counting(|| reflect_mapiterinit(t, m, &mut it));
        assert_eq!((mallocs, bytes), (1, 96));
        let mut seen = BTreeMap::new();
        while !it.key.is_null() {
            assert_eq!(reflect_mapiterkey(&it), it.key);
            seen.insert(*(it.key as *const u64), *(it.elem as *const u64));
            reflect_mapiternext(&mut it);
        }
        assert_eq!(seen, (0..20).map(|k| (k, k * 2)).collect());
        assert_eq!(reflect_maplen(m), 20);
        assert_eq!(reflect_maplen(core::ptr::null()), 0);
        let (k, v) = (5u64, 55u64);
        reflect_mapassign0(t, m, (&k as *const u64).cast(), (&v as *const u64).cast());
        assert_eq!(
            *(reflect_mapaccess(t, m, (&k as *const u64).cast()) as *const u64),
            55
        );
        let absent = 99u64;
        assert!(reflect_mapaccess(t, m, (&absent as *const u64).cast()).is_null());
    }
}

// ---------------------------------------------------------------------------------------
// Iteration.

#[test]
fn iteration_visits_every_entry_once_in_varying_order() {
    unsafe {
        let t = int_map_type();
        for n in [0u64, 1, 5, 8, 9, 100, 1000, 5000, 70_000] {
            let m = makemap_small();
            for k in 0..n {
                put64(t, m, k, k + 1);
            }
            let got = u64_entries(t, m);
            assert_eq!(got, (0..n).map(|k| (k, k + 1)).collect(), "{n} entries");
        }
        // The order is random per iteration.
        let m = makemap_small();
        for k in 0..8 {
            put64(t, m, k, k);
        }
        let firsts: HashSet<u64> = (0..200)
            .map(|_| {
                let mut it: Iter = core::mem::zeroed();
                map_iter_start(t, m, &mut it);
                *(it.key as *const u64)
            })
            .collect();
        assert!(firsts.len() > 4, "{firsts:?}");
        // A nil map iterates nothing.
        let mut it: Iter = core::mem::zeroed();
        map_iter_start(t, null_mut(), &mut it);
        assert!(it.key.is_null());
    }
}

/// Iterates `m` while `mutate(step, key)` changes it, checking the spec's rules: no key
/// twice, nothing deleted before it was reached, every key present throughout exactly once,
/// and an updated entry shows its newest elem.
unsafe fn iterate_while_mutating(
    t: &MapType,
    m: *mut Map,
    mut mutate: impl FnMut(u64, u64, &mut BTreeMap<u64, u64>) -> Vec<u64>,
) {
    let initial = u64_entries(t, m);
    let mut current = initial.clone();
    let mut deleted = HashSet::new();
    let mut seen = HashSet::new();
    let mut it: Iter = core::mem::zeroed();
    map_iter_start(t, m, &mut it);
    let mut step = 0;
    while !it.key.is_null() {
        let (k, v) = (*(it.key as *const u64), *(it.elem as *const u64));
        assert!(seen.insert(k), "key {k} twice");
        assert!(!deleted.contains(&k), "deleted key {k} produced");
        assert_eq!(Some(&v), current.get(&k), "key {k}: the latest elem");
        for d in mutate(step, k, &mut current) {
            if !seen.contains(&d) {
                deleted.insert(d);
            }
        }
        step += 1;
        map_iter_next(&mut it);
    }
    for k in initial.keys() {
        if current.contains_key(k) && !deleted.contains(k) {
            assert!(
                seen.contains(k),
                "key {k} present throughout but not produced"
            );
        }
    }
}

#[test]
fn deleting_during_iteration_hides_the_deleted_entries() {
    unsafe {
        let t = int_map_type();
        for n in [8u64, 50, 3000] {
            let m = makemap_small();
            for k in 0..n {
                put64(t, m, k, k);
            }
            iterate_while_mutating(t, m, |step, _k, cur| {
                if step == 0 {
                    // Delete every odd key at once.
                    let odd: Vec<u64> = (0..n).filter(|k| k % 2 == 1).collect();
                    for &d in &odd {
                        mapdelete_fast64(t, m, d);
                        cur.remove(&d);
                    }
                    odd
                } else {
                    Vec::new()
                }
            });
        }
    }
}

#[test]
fn growing_during_iteration_yields_old_entries_once_with_new_elems() {
    unsafe {
        let t = int_map_type();
        for n in [5u64, 8, 500, 900, 5000] {
            let m = makemap_small();
            for k in 0..n {
                put64(t, m, k, k);
            }
            let mut next_new = 1_000_000u64;
            iterate_while_mutating(t, m, |step, k, cur| {
                // Many inserts (growth and splits), updates of entries not reached yet,
                // and deletes of some.
                // (Bounded: new entries may be produced, and would insert more.)
                for _ in 0..if step < n { 40 } else { 0 } {
                    put64(t, m, next_new, next_new);
                    cur.insert(next_new, next_new);
                    next_new += 1;
                }
                // (A deleted key is never assigned again: it would be a new entry, which
                // may be produced even after the old one was.)
                let later = (k + 1) % n;
                if cur.contains_key(&later) {
                    let v = 7_000_000 + step;
                    put64(t, m, later, v);
                    cur.insert(later, v);
                }
                let gone = (k + 3) % n;
                if step % 3 == 0 {
                    mapdelete_fast64(t, m, gone);
                    cur.remove(&gone);
                    vec![gone]
                } else {
                    Vec::new()
                }
            });
            check_directory(m);
        }
    }
}

#[test]
fn clearing_during_iteration_ends_it_and_clear_empties_the_map() {
    unsafe {
        let t = int_map_type();
        for n in [6u64, 3000] {
            let m = makemap_small();
            for k in 0..n {
                put64(t, m, k, k);
            }
            let mut it: Iter = core::mem::zeroed();
            map_iter_start(t, m, &mut it);
            assert!(!it.key.is_null());
            let seq = (*m).clear_seq;
            mapclear(t, m);
            assert_eq!(((*m).used, (*m).clear_seq), (0, seq + 1));
            map_iter_next(&mut it);
            assert!(it.key.is_null(), "nothing after clear");
            for k in 0..n {
                assert_eq!(get64(t, m, k), None);
            }
            put64(t, m, 3, 33);
            assert_eq!(u64_entries(t, m), [(3, 33)].into_iter().collect());
        }
        // clear of a nil or empty map does nothing.
        mapclear(t, null_mut());
        let m = makemap_small();
        mapclear(t, m);
        assert_eq!((*m).clear_seq, 0);
    }
}

#[test]
fn nan_keys_survive_growth_during_iteration() {
    unsafe {
        let t = map_type(
            float64_type(),
            int64_type(),
            hasher_of(crate::hash::f64hash),
        );
        let m = makemap_small();
        let nan = f64::NAN;
        for i in 0..5u64 {
            *(mapassign(t, m, (&nan as *const f64).cast()) as *mut u64) = i;
        }
        let mut it: Iter = core::mem::zeroed();
        map_iter_start(t, m, &mut it);
        let mut nans = 0;
        let mut x = 0.5f64;
        while !it.key.is_null() {
            if (*(it.key as *const f64)).is_nan() {
                nans += 1;
            }
            // Grow the small map into tables while iterating it.
            for _ in 0..100 {
                *(mapassign(t, m, (&x as *const f64).cast()) as *mut u64) = 0;
                x += 1.0;
            }
            map_iter_next(&mut it);
        }
        assert_eq!(nans, 5, "NaN entries cannot be looked up, yet are produced");
    }
}

// ---------------------------------------------------------------------------------------
// Nil maps and small helpers.

#[test]
fn nil_maps_read_zero_values_and_ignore_deletes() {
    unsafe {
        let t = int_map_type();
        assert_eq!(get64(t, null_mut(), 5), None);
        mapdelete_fast64(t, null_mut(), 5);
        let k = 5u64;
        mapdelete(t, null_mut(), (&k as *const u64).cast());
        let zero = [0u8; 2048];
        let p = mapaccess1_fat(t, null_mut(), (&k as *const u64).cast(), zero.as_ptr() as _);
        assert_eq!(p as *const u8, zero.as_ptr());
        // A pointer key through fast64ptr is found by mapaccess1_fast64 (same hash).
        let pt = map_type(
            pointer_type(),
            int64_type(),
            hasher_of(crate::hash::memhash64),
        );
        let m = makemap_small();
        let target = leak(1u8) as *const u8;
        *(mapassign_fast64ptr(pt, m, target) as *mut u64) = 9;
        assert_eq!(get64(pt, m, target as u64), Some(9));
        // A 4-byte key through fast32.
        let k32 = basic(
            4,
            kind::INT32,
            0,
            tflag::REGULAR_MEMORY,
            funcval(crate::alg::memequal32 as *const () as usize),
        );
        let t32 = map_type(k32, int64_type(), hasher_of(crate::hash::memhash32));
        let m = makemap_small();
        for k in 0..1000u32 {
            *(mapassign_fast32(t32, m, k) as *mut u64) = k as u64 + 1;
        }
        for k in (0..1000u32).step_by(3) {
            mapdelete_fast32(t32, m, k);
        }
        for k in 0..1000u32 {
            let mut out = ElemOk {
                elem: null_mut(),
                ok: 0,
            };
            mapaccess2_fast32(&mut out, t32, m, k);
            assert_eq!(out.ok != 0, k % 3 != 0);
            if out.ok != 0 {
                assert_eq!(*(out.elem as *const u64), k as u64 + 1);
                let via_hasher = mapaccess1(t32, m, (&k as *const u32).cast());
                assert_eq!(via_hasher, out.elem);
            }
        }
    }
}

#[test]
fn deleting_the_last_entry_reseeds_the_map() {
    unsafe {
        let t = int_map_type();
        let m = makemap_small();
        put64(t, m, 1, 1);
        let seed = (*m).seed;
        mapdelete_fast64(t, m, 1);
        assert_ne!((*m).seed, seed);
        assert_eq!((*m).used, 0);
    }
}

#[test]
fn control_word_matching_is_exact() {
    unsafe {
        let mut word = 0u64;
        let bytes = [
            0x02u8,
            0x03,
            CTRL_EMPTY,
            CTRL_DELETED,
            0x7f,
            0x00,
            0x02,
            CTRL_EMPTY,
        ];
        for (i, b) in bytes.iter().enumerate() {
            word |= (*b as u64) << (8 * i);
        }
        let g = Group((&mut word as *mut u64).cast());
        let slots = |s: Slots| {
            (0..8)
                .filter(|&i| s.0 >> (8 * i + 7) & 1 == 1)
                .collect::<Vec<_>>()
        };
        assert_eq!(slots(g.match_h2(0x02)), [0, 6]);
        assert_eq!(slots(g.match_h2(0x00)), [5]);
        assert_eq!(slots(g.match_h2(0x7f)), [4]);
        assert_eq!(slots(g.match_empty()), [2, 7]);
        assert_eq!(slots(g.match_empty_or_deleted()), [2, 3, 7]);
        assert_eq!(slots(g.match_full()), [0, 1, 4, 5, 6]);
        assert_eq!(g.match_full().first(), 0);
        assert_eq!(slots(g.match_full().from(2)), [4, 5, 6]);
        assert_eq!(slots(g.match_full().without_first()), [1, 4, 5, 6]);
    }
}

#[test]
fn the_probe_sequence_visits_every_group() {
    for groups in [1u64, 2, 8, 128] {
        let mut seq = ProbeSeq::new(12345 << 7, groups - 1);
        let mut seen = HashSet::new();
        for _ in 0..groups {
            seen.insert(seq.offset);
            seq.advance();
        }
        assert_eq!(seen.len() as u64, groups);
    }
}
