//! Interfaces at run time (gc's `iface.go`): itabs, type assertions and switches, and boxing.
//!
//! **Itabs.** `getitab(I, T)` finds or builds the `abi.ITab` of a pair in gc's itab table: open
//! addressing over `2^k` slots (512 at first), hash `I.Hash ^ T.Hash`, quadratic probing
//! (`h += i`), doubling at 75% load. Before the init task, `itabsinit` enters every itab the
//! compiler emitted (`[runtime.itabs, runtime.eitabs)`), so the runtime hands out exactly the
//! itabs the generated code compares against. A missing pair is built off-heap (not in
//! `MemStats`, like gc's `persistentalloc`) with `Hash = 0`, by `itab_init`: one merge pass over
//! the interface's and the type's sorted method lists, matching name, method type (descriptor
//! identity) and, for unexported names, package path. A type that lacks a method gets a
//! negative entry (`Fun[0] == 0`), also cached.
//!
//! **Assertions.** `x.(I)` calls `typeAssert(desc, T)` when the inline cache probe misses;
//! type switches with interface cases call `interfaceSwitch(desc, T)`. Both sometimes (1 call in
//! 1024, sampled with gc's `cheaprand`) rebuild the descriptor's cache with the new entry, as
//! gc does, so later probes hit without a call.
//!
//! **Boxing.** `convT16/32/64` return `&staticuint64s[v]` for values below 256 (compared
//! unsigned, so negative values always allocate); `convTstring("")` and `convTslice(nil)`
//! return `&zeroVal` (both tables are in `statics`).
//!
//! Layer 9: a failed assertion is a `TypeAssertionError` panic (`error`); table corruption and
//! running out of memory for itabs are fatal (`throw`), as in gc.

use crate::abi::{tflag, GoSlice, GoString, Type};
use crate::caller::go_entry;
use crate::error::TypeAssertionError;
use crate::malloc::{alloc, alloc_noscan};
use crate::statics::{small_value, ZEROVAL};
use crate::throw::throw;
use crate::typedata::{methods, uncommon, ITab, InterfaceType, Module};
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, Ordering};

/// A heap block holding `size` bytes copied from `src`, pointer-free or not.
unsafe fn boxed(size: usize, has_pointers: bool, src: *const u8) -> *mut u8 {
    // The descriptor only decides scan/noscan; a one-word stand-in says "has pointers".
    static PTR_WORD: Type = Type {
        size: 8,
        ptr_bytes: 8,
        hash: 0,
        tflag: 0,
        align: 8,
        field_align: 8,
        kind: 22,
        equal: core::ptr::null(),
        gc_data: core::ptr::null(),
        str_off: 0,
        ptr_to_this: 0,
    };
    let p = alloc(
        size,
        if has_pointers {
            &PTR_WORD
        } else {
            core::ptr::null()
        },
    );
    if size != 0 {
        core::ptr::copy_nonoverlapping(src, p, size);
    }
    p
}

#[export_name = "runtime.convT16"]
pub extern "C" fn convt16(v: u16) -> *mut u8 {
    small_value(v as u64)
        .unwrap_or_else(|| unsafe { boxed(2, false, &v as *const u16 as *const u8) })
}

#[export_name = "runtime.convT32"]
pub extern "C" fn convt32(v: u32) -> *mut u8 {
    small_value(v as u64)
        .unwrap_or_else(|| unsafe { boxed(4, false, &v as *const u32 as *const u8) })
}

#[export_name = "runtime.convT64"]
pub extern "C" fn convt64(v: u64) -> *mut u8 {
    small_value(v).unwrap_or_else(|| unsafe { boxed(8, false, &v as *const u64 as *const u8) })
}

#[export_name = "runtime.convTstring"]
pub extern "C" fn convtstring(p: *const u8, len: isize) -> *mut u8 {
    if len == 0 {
        return ZEROVAL.as_ptr() as *mut u8;
    }
    let s = GoString { ptr: p, len };
    unsafe { boxed(16, true, &s as *const GoString as *const u8) }
}

#[export_name = "runtime.convTslice"]
pub extern "C" fn convtslice(p: *mut u8, len: isize, cap: isize) -> *mut u8 {
    if p.is_null() {
        return ZEROVAL.as_ptr() as *mut u8;
    }
    let s = GoSlice { ptr: p, len, cap };
    unsafe { boxed(24, true, &s as *const GoSlice as *const u8) }
}

/// # Safety
/// `t` valid; `v` readable for `t.Size_` bytes.
#[export_name = "runtime.convT"]
pub unsafe extern "C" fn convt(t: *const Type, v: *const u8) -> *mut u8 {
    let p = alloc((*t).size, t);
    core::ptr::copy_nonoverlapping(v, p, (*t).size);
    p
}

/// # Safety
/// `t` valid; `v` readable for `t.Size_` bytes.
#[export_name = "runtime.convTnoptr"]
pub unsafe extern "C" fn convtnoptr(t: *const Type, v: *const u8) -> *mut u8 {
    let p = alloc((*t).size, core::ptr::null());
    core::ptr::copy_nonoverlapping(v, p, (*t).size);
    p
}

/// A spin lock around runtime state: the runtime is single-threaded, its unit tests are not.
struct SpinLock<T> {
    busy: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: `value` is only reached through `with`, which holds `busy`.
unsafe impl<T> Sync for SpinLock<T> {}

impl<T> SpinLock<T> {
    const fn new(value: T) -> Self {
        SpinLock {
            busy: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        while self
            .busy
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            core::hint::spin_loop();
        }
        // SAFETY: the lock is held, so this is the only reference.
        let r = f(unsafe { &mut *self.value.get() });
        self.busy.store(false, Ordering::Release);
        r
    }
}

/// gc's `itabInitSize`.
const ITAB_INIT_SIZE: usize = 512;

/// gc's `itabTableType`: `size` slots (a power of two), `count` of them filled.
struct ItabTable {
    size: usize,
    count: usize,
    /// Null while the table is the initial one (`initial`).
    grown: *mut *const ITab,
    initial: [*const ITab; ITAB_INIT_SIZE],
    /// Off-heap memory for runtime-built itabs: the rest of the current chunk.
    chunk: usize,
    chunk_end: usize,
}

static ITAB_TABLE: SpinLock<ItabTable> = SpinLock::new(ItabTable {
    size: ITAB_INIT_SIZE,
    count: 0,
    grown: core::ptr::null_mut(),
    initial: [core::ptr::null(); ITAB_INIT_SIZE],
    chunk: 0,
    chunk_end: 0,
});

/// gc's `itabHashFunc`.
unsafe fn itab_hash(inter: *const InterfaceType, typ: *const Type) -> usize {
    ((*inter).typ.hash ^ (*typ).hash) as usize
}

impl ItabTable {
    fn slots(&mut self) -> &mut [*const ITab] {
        if self.grown.is_null() {
            &mut self.initial
        } else {
            // SAFETY: `grown` holds `size` slots (see `add_itab`).
            unsafe { core::slice::from_raw_parts_mut(self.grown, self.size) }
        }
    }

    /// gc's `(*itabTableType).find`: probe `h0 + i*(i+1)/2`, which visits every slot.
    unsafe fn find(&mut self, inter: *const InterfaceType, typ: *const Type) -> *const ITab {
        let mask = self.size - 1;
        let mut h = itab_hash(inter, typ) & mask;
        let slots = self.slots();
        for i in 1..=slots.len() {
            let m = slots[h];
            if m.is_null() || ((*m).inter == inter && (*m).typ == typ) {
                return m;
            }
            h = (h + i) & mask;
        }
        core::ptr::null()
    }

    /// gc's `(*itabTableType).add`: the first empty slot of the probe sequence; a pair that is
    /// already present keeps its first itab.
    unsafe fn insert(&mut self, m: *const ITab) {
        let mask = self.size - 1;
        let mut h = itab_hash((*m).inter, (*m).typ) & mask;
        let mut i = 1;
        loop {
            let slots = self.slots();
            let m2 = slots[h];
            if !m2.is_null() && (*m2).inter == (*m).inter && (*m2).typ == (*m).typ {
                return;
            }
            if m2.is_null() {
                slots[h] = m;
                self.count += 1;
                return;
            }
            h = (h + i) & mask;
            i += 1;
        }
    }

    /// gc's `itabAdd`: grows (doubling) at 75% load first. The new table is a heap allocation
    /// of gc's size (`(2 + 2*size)` words: its header and the slots), counted like gc's.
    unsafe fn add_itab(&mut self, m: *const ITab) {
        if self.count >= 3 * (self.size / 4) {
            let new_size = self.size * 2;
            let block = alloc_noscan((2 + new_size) * 8) as *mut *const ITab;
            let old: Vec<*const ITab> = self
                .slots()
                .iter()
                .copied()
                .filter(|p| !p.is_null())
                .collect();
            self.grown = block.add(2);
            self.size = new_size;
            self.count = 0;
            for p in &old {
                self.insert(*p);
            }
            if self.count != old.len() {
                throw("mismatched count during itab table copy");
            }
        }
        self.insert(m);
    }

    /// gc's `persistentalloc` for itabs: zeroed memory outside the heap statistics.
    fn persistent_alloc(&mut self, size: usize) -> *mut u8 {
        const CHUNK: usize = 256 << 10;
        let size = size.next_multiple_of(8);
        if self.chunk == 0 || self.chunk + size > self.chunk_end {
            let len = size.max(CHUNK);
            let Some(p) = crate::sys::map_anon(0, len) else {
                throw("out of memory");
            };
            self.chunk = p as usize;
            self.chunk_end = p as usize + len;
        }
        let p = self.chunk as *mut u8;
        self.chunk += size;
        p
    }
}

/// gc's `itabInit`: fills `tab.Fun` and returns "" — or leaves `Fun[0] == 0` and returns the
/// name of an interface method the type lacks. With `first_time` false nothing is written (used
/// to recover the missing method's name from a cached negative entry).
///
/// # Safety
/// `tab.inter`/`tab.typ` valid descriptors of `m`, `tab.typ` with an UncommonType; `tab`
/// has room for one code pointer per interface method.
unsafe fn itab_init(m: &Module, tab: *mut ITab, first_time: bool) -> &'static [u8] {
    let inter = &*(*tab).inter;
    let typ = (*tab).typ;
    let Some(x) = uncommon(typ) else {
        return m.name_off(inter.methods()[0].name).name();
    };
    let xmethods = methods(x);
    let fun = (*tab).fun.as_mut_ptr();
    let mut fun0 = 0usize;
    let mut j = 0;
    // Both lists are sorted the same way, so one merge pass finds every method.
    'imethods: for (k, im) in inter.methods().iter().enumerate() {
        let itype = m.type_off(im.typ);
        let name = m.name_off(im.name);
        let iname = name.name();
        let mut ipkg = name.pkg_path(m);
        if ipkg.is_empty() {
            ipkg = crate::typedata::Name(inter.pkg_path).name();
        }
        while j < xmethods.len() {
            let t = &xmethods[j];
            let tname = m.name_off(t.name);
            if m.type_off(t.mtyp) == itype && tname.name() == iname {
                let mut pkg_path = tname.pkg_path(m);
                if pkg_path.is_empty() {
                    pkg_path = m.name_off(x.pkg_path).name();
                }
                if tname.is_exported() || pkg_path == ipkg {
                    let ifn = m.text_off(t.ifn).unwrap_or(0);
                    if k == 0 {
                        fun0 = ifn; // Fun[0] is written last: it marks the itab complete.
                    } else if first_time {
                        *fun.add(k) = ifn;
                    }
                    continue 'imethods;
                }
            }
            j += 1;
        }
        return iname;
    }
    if first_time {
        *fun = fun0;
    }
    b""
}

/// gc's `itabsinit`: enters the compiler's itabs, `[runtime.itabs, runtime.eitabs)`.
pub fn itabsinit() {
    let (start, end) = Module::linked_itabs();
    // SAFETY: the compiler lays out valid itabs back to back between the two labels.
    unsafe { add_module_itabs(start, end) }
}

unsafe fn add_module_itabs(start: usize, end: usize) {
    ITAB_TABLE.with(|t| {
        let mut p = start;
        while p + 24 <= end {
            let tab = p as *const ITab;
            t.add_itab(tab);
            p += (*tab).size();
        }
    })
}

/// gc's `getitab`: the itab of `(inter, typ)`; null if `typ` lacks a method and `canfail`,
/// else a `missing method` panic.
///
/// # Safety
/// `inter` and `typ` valid descriptors of the linked program.
pub unsafe fn getitab(inter: *const InterfaceType, typ: *const Type, canfail: bool) -> *const ITab {
    getitab_in(&Module::linked(), inter, typ, canfail)
}

unsafe fn getitab_in(
    m: &Module,
    inter: *const InterfaceType,
    typ: *const Type,
    canfail: bool,
) -> *const ITab {
    let imethods = (*inter).methods();
    if imethods.is_empty() {
        throw("internal error - misuse of itab");
    }
    if (*typ).tflag & tflag::UNCOMMON == 0 {
        if canfail {
            return core::ptr::null();
        }
        let name = m.name_off(imethods[0].name).name();
        TypeAssertionError {
            iface: core::ptr::null(),
            concrete: typ,
            asserted: &(*inter).typ,
            missing_method: name,
        }
        .raise();
    }
    let tab = ITAB_TABLE.with(|t| {
        let found = t.find(inter, typ);
        if !found.is_null() {
            return found as *mut ITab;
        }
        let tab = t.persistent_alloc(24 + 8 * imethods.len()) as *mut ITab;
        (*tab).inter = inter;
        (*tab).typ = typ;
        // Only compiler itabs take part in type switches, so gc leaves the hash 0 here.
        (*tab).hash = 0;
        itab_init(m, tab, true);
        t.add_itab(tab);
        tab
    });
    if (*tab).fun[0] != 0 {
        return tab;
    }
    if canfail {
        return core::ptr::null();
    }
    // A cached negative entry does not record which method was missing: look again.
    TypeAssertionError {
        iface: core::ptr::null(),
        concrete: typ,
        asserted: &(*inter).typ,
        missing_method: itab_init(m, tab, false),
    }
    .raise()
}

unsafe extern "C" fn getitab_entry(
    inter: *const InterfaceType,
    typ: *const Type,
    canfail: u8,
) -> *const ITab {
    getitab(inter, typ, canfail & 1 != 0)
}
go_entry!("runtime.getitab" => getitab_entry);

/// gc's `cheaprand` (wyrand over a per-thread — here per-process — 32-bit state).
fn cheaprand() -> u32 {
    static STATE: AtomicU32 = AtomicU32::new(0);
    let mut s = STATE.load(Ordering::Relaxed);
    if s == 0 {
        // Seeded once, randomly, as gc seeds each M.
        let mut seed = [0u8; 4];
        // SAFETY: getrandom writes at most 4 bytes into `seed`.
        unsafe { libc::getrandom(seed.as_mut_ptr().cast(), 4, 0) };
        s = u32::from_le_bytes(seed) | 1;
    }
    s = s.wrapping_add(0x53c5ca59);
    STATE.store(s, Ordering::Relaxed);
    let p = s as u64 * (s ^ 0x74743c1b) as u64;
    ((p >> 32) as u32) ^ (p as u32)
}

/// The shared shape of `abi.TypeAssertCache` and `abi.InterfaceSwitchCache`:
/// `{Mask uintptr; Entries [Mask+1]{Typ uintptr, ...}}`, `W` words per entry.
unsafe fn cache_entries<'a, const W: usize>(c: *const usize) -> &'a [[usize; W]] {
    core::slice::from_raw_parts(c.add(1) as *const [usize; W], *c + 1)
}

/// gc's `buildTypeAssertCache` / `buildInterfaceSwitchCache`: a new cache holding the old
/// entries and `new`, at most half full, linearly probed from `Typ.Hash & Mask`. Allocated on
/// the heap (gc: `mallocgc(size, nil, true)`); the old cache stays valid.
unsafe fn build_cache<const W: usize>(old: *const usize, new: [usize; W]) -> *mut usize {
    let live: Vec<[usize; W]> = cache_entries::<W>(old)
        .iter()
        .copied()
        .filter(|e| e[0] != 0)
        .chain(core::iter::once(new))
        .collect();
    let n = (live.len() * 2).next_power_of_two();
    let c = alloc_noscan(8 + n * W * 8) as *mut usize;
    *c = n - 1;
    let entries = core::slice::from_raw_parts_mut(c.add(1) as *mut [usize; W], n);
    for e in live {
        let mut h = (*(e[0] as *const Type)).hash as usize & (n - 1);
        while entries[h][0] != 0 {
            h = (h + 1) & (n - 1);
        }
        entries[h] = e;
    }
    c
}

/// Maybe (about 1 call in 1024, less often for big caches) replaces `*slot` by a cache with
/// `new` added, so the generated code's inline probe finds it next time.
unsafe fn maybe_update_cache<const W: usize>(slot: &AtomicPtr<usize>, new: [usize; W]) {
    if cheaprand() & 1023 != 0 {
        return;
    }
    let old = slot.load(Ordering::Acquire);
    if cheaprand() & (*old as u32) != 0 {
        return;
    }
    let c = build_cache::<W>(old, new);
    let _ = slot.compare_exchange(old, c, Ordering::AcqRel, Ordering::Relaxed);
}

/// gc's `abi.TypeAssert`: the compiler's descriptor of one `x.(I)`.
#[repr(C)]
pub struct TypeAssert {
    pub cache: AtomicPtr<usize>,
    pub inter: *const InterfaceType,
    pub can_fail: u8,
}

/// gc's `abi.InterfaceSwitch`: the compiler's descriptor of one type switch's interface cases.
#[repr(C)]
pub struct InterfaceSwitch {
    pub cache: AtomicPtr<usize>,
    pub ncases: isize,
    pub cases: [*const InterfaceType; 1],
}

/// The empty caches every descriptor starts with (one entry with a nil `Typ`).
#[export_name = "runtime.emptyTypeAssertCache"]
pub static EMPTY_TYPE_ASSERT_CACHE: [usize; 3] = [0; 3];
#[export_name = "runtime.emptyInterfaceSwitchCache"]
pub static EMPTY_INTERFACE_SWITCH_CACHE: [usize; 4] = [0; 4];

unsafe extern "C" fn type_assert(s: *const TypeAssert, t: *const Type) -> *const ITab {
    let s = &*s;
    if t.is_null() {
        if s.can_fail == 0 {
            TypeAssertionError {
                iface: core::ptr::null(),
                concrete: core::ptr::null(),
                asserted: &(*s.inter).typ,
                missing_method: b"",
            }
            .raise();
        }
        // gc would go on to cache a nil type; the generated code never asks (it checks nil first).
        return core::ptr::null();
    }
    let tab = getitab(s.inter, t, s.can_fail & 1 != 0);
    maybe_update_cache::<2>(&s.cache, [t as usize, tab as usize]);
    tab
}
go_entry!("runtime.typeAssert" => type_assert);

/// `interfaceSwitch`'s two results, through the out-pointer.
#[repr(C)]
pub struct SwitchResult {
    pub case: isize,
    pub tab: *const ITab,
}

unsafe extern "C" fn interface_switch(
    out: *mut SwitchResult,
    s: *const InterfaceSwitch,
    t: *const Type,
) {
    let s = &*s;
    let cases = core::slice::from_raw_parts(s.cases.as_ptr(), s.ncases.max(0) as usize);
    let mut result = SwitchResult {
        case: cases.len() as isize,
        tab: core::ptr::null(),
    };
    if !t.is_null() {
        for (i, &c) in cases.iter().enumerate() {
            let tab = getitab(c, t, true);
            if !tab.is_null() {
                result = SwitchResult {
                    case: i as isize,
                    tab,
                };
                break;
            }
        }
        maybe_update_cache::<3>(
            &s.cache,
            [t as usize, result.case as usize, result.tab as usize],
        );
    }
    out.write(result);
}
go_entry!("runtime.interfaceSwitch" => interface_switch);

unsafe extern "C" fn assert_e2i(inter: *const InterfaceType, t: *const Type) -> *const ITab {
    if t.is_null() {
        // Explicit conversions require a non-nil interface value.
        TypeAssertionError {
            iface: core::ptr::null(),
            concrete: core::ptr::null(),
            asserted: &(*inter).typ,
            missing_method: b"",
        }
        .raise();
    }
    getitab(inter, t, false)
}
go_entry!("runtime.assertE2I" => assert_e2i);

unsafe extern "C" fn assert_e2i2(inter: *const InterfaceType, t: *const Type) -> *const ITab {
    if t.is_null() {
        return core::ptr::null();
    }
    getitab(inter, t, true)
}
go_entry!("runtime.assertE2I2" => assert_e2i2);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statics::STATICUINT64S;

    #[test]
    fn small_values_use_the_static_table() {
        assert_eq!(convt64(7), &STATICUINT64S[7] as *const u64 as *mut u8);
        assert_ne!(convt64(256), &STATICUINT64S[0] as *const u64 as *mut u8);
        assert_eq!(unsafe { *(convt64(u64::MAX) as *const u64) }, u64::MAX);
        assert_eq!(
            convtstring(core::ptr::null(), 0),
            ZEROVAL.as_ptr() as *mut u8
        );
    }
}
