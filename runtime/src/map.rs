//! Go maps: gc 1.27's Swiss tables (`internal/runtime/maps`: `map.go`, `table.go`,
//! `group.go`, `runtime.go`, `runtime_fast32.go`, `runtime_fast64.go`, `runtime_faststr.go`;
//! the entry points of `runtime/map.go`, `map_fast*.go` and `linkname_shim.go`), with gc's
//! layouts, growth rules and allocations, so that unsafe peeks and `runtime.MemStats` see what
//! they see under gc.
//!
//! ```text
//! Map (48 bytes) ── small (≤ 8 entries, dirLen 0): dirPtr ─► one group
//!                └─ otherwise: dirPtr ─► [dirLen]*table (extendible hashing on the hash's top
//!                   globalDepth bits; a table may fill several consecutive entries)
//! table (32 bytes) ── groups ─► [capacity/8]group   (capacity 8 … 1024 slots, a power of 2)
//! group = ctrl word (8 control bytes) + 8 slots {key, elem} (interleaved, gc's default layout;
//!         keys or elems over 128 bytes are pointers to objects of their own)
//! ```
//!
//! A control byte is `0x80` (empty), `0xFE` (deleted: a tombstone) or the low 7 bits of the
//! key's hash (H2, full). The other 57 bits (H1) choose the first group of a table to probe;
//! probing moves on by 1, 2, 3, … groups (a triangular sequence, which visits every group of
//! a power-of-two table) until a group with an empty slot ends it. A table holds at most 7/8
//! of its slots (all but one for a one-group table); when full it is replaced by one twice as
//! large, or past 1024 slots split in two by the next hash bit, doubling the directory when
//! the table was already as deep as it. Iteration keeps the table it started, so growth never
//! yields an entry twice; entries of a table replaced since are looked up again in the map, so
//! deleted ones are skipped and updated ones show their new element.
//!
//! Keys are hashed by the map type's `Hasher` (a func value, called as
//! `h(p, seed, funcval)`) and compared by the key type's `Equal` (`alg::call_equal`), both
//! through the Go-call shim since either may be compiled Go code. The `_fast32`, `_fast64`
//! and `_faststr` entry points compare keys inline and hash them with `hash::hash32`,
//! `hash64` and `str_hash`, which equal `runtime.memhash32`, `memhash64` and `strhash`, the
//! hashers gc's compiler gives those key types.
//!
//! Layer 9: above `alg` (key equality) and `hash` (hashers and random numbers); it allocates
//! through `malloc`, and raises gc's panics through `panic`.

use crate::abi::{kind, GoString, Type};
use crate::caller::go_entry;
use crate::hash;
use crate::panic::{die_with, ErrorValue, PanicValue};
use crate::throw::throw;
use crate::typedata::{type_string, Module};
use core::ptr::null_mut;

/// Slots per group (`abi.MapGroupSlots`).
pub const GROUP_SLOTS: usize = 8;
/// Keys and elems larger than this are stored indirectly (`abi.MapMaxKeyBytes`).
pub const MAX_KEY_BYTES: usize = 128;
pub const MAX_ELEM_BYTES: usize = 128;
/// The largest table before it splits (`maxTableCapacity`).
pub const MAX_TABLE_CAPACITY: u64 = 1024;
/// A table fills at most 7 of every 8 slots (`maxAvgGroupLoad`).
const MAX_AVG_GROUP_LOAD: u64 = 7;
/// gc's `maxAlloc` on 64-bit Linux (48-bit heap addresses): bigger hints make an empty map.
const MAX_ALLOC: u64 = 1 << 48;

pub const CTRL_EMPTY: u8 = 0x80;
pub const CTRL_DELETED: u8 = 0xFE;
const LSB: u64 = 0x0101_0101_0101_0101;
const MSB: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
/// A control word of eight empty slots (`abi.MapCtrlEmpty`).
pub const CTRL_ALL_EMPTY: u64 = LSB * CTRL_EMPTY as u64;

/// `abi.MapType` flag bits.
pub mod flags {
    pub const NEED_KEY_UPDATE: u32 = 1;
    pub const HASH_MIGHT_PANIC: u32 = 2;
    pub const INDIRECT_KEY: u32 = 4;
    pub const INDIRECT_ELEM: u32 = 8;
}

/// gc's `abi.MapType` (136 bytes): the map's type descriptor.
#[repr(C)]
pub struct MapType {
    pub typ: Type,
    pub key: *const Type,
    pub elem: *const Type,
    /// The group struct `{ctrl uint64; slots [8]struct{key; elem}}`.
    pub group: *const Type,
    /// A funcval: `uintptr hasher(const void *key, uintptr seed, const void *closure)`.
    pub hasher: *const u8,
    pub group_size: usize,
    /// Key `i` of a group is at `keys_off + i*key_stride`, elem `i` at
    /// `elems_off + i*elem_stride` (interleaved: both strides are the slot size).
    pub keys_off: usize,
    pub key_stride: usize,
    pub elems_off: usize,
    pub elem_stride: usize,
    /// The elem's offset inside a slot.
    pub elem_off: usize,
    pub flags: u32,
}

impl MapType {
    fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
    fn indirect_key(&self) -> bool {
        self.has(flags::INDIRECT_KEY)
    }
    fn indirect_elem(&self) -> bool {
        self.has(flags::INDIRECT_ELEM)
    }
    unsafe fn key_size(&self) -> usize {
        (*self.key).size
    }
    unsafe fn elem_size(&self) -> usize {
        (*self.elem).size
    }
}

/// gc's `maps.Map` (48 bytes). `used` comes first: `len(m)` reads it inline.
#[repr(C)]
pub struct Map {
    pub used: u64,
    pub seed: usize,
    /// A small map's group, or the directory `[dir_len]*Table`.
    pub dir_ptr: *mut u8,
    pub dir_len: isize,
    pub global_depth: u8,
    /// `64 - global_depth`: the shift that leaves the directory index of a hash.
    pub global_shift: u8,
    /// Toggled around every write (gc's detector of concurrent writes).
    pub writing: u8,
    pub tombstone_possible: u8,
    /// Counts `clear`s, so an iteration notices one.
    pub clear_seq: u64,
}

/// gc's `maps.table` (32 bytes).
#[repr(C)]
pub struct Table {
    pub used: u16,
    pub capacity: u16,
    /// Inserts left before the table must grow (tombstones count as used).
    pub growth_left: u16,
    pub local_depth: u8,
    /// The first directory index holding this table; -1 once replaced (stale).
    pub index: isize,
    pub groups: *mut u8,
    /// The number of groups minus one.
    pub length_mask: u64,
}

/// gc's `maps.Iter` (96 bytes), the compiler's `range` state; `key == null` ends iteration.
#[repr(C)]
pub struct Iter {
    pub key: *mut u8,
    pub elem: *mut u8,
    pub typ: *const MapType,
    pub m: *mut Map,
    pub entry_offset: u64,
    pub dir_offset: u64,
    pub clear_seq: u64,
    pub global_depth: u8,
    /// -1: the map was small when iteration began.
    pub dir_idx: isize,
    pub tab: *mut Table,
    pub group: *mut u8,
    pub entry_idx: u64,
}

/// The two results of `mapaccess2`: `{elem @0, ok @8}`, through the out-pointer.
#[repr(C)]
pub struct ElemOk {
    pub elem: *mut u8,
    pub ok: u8,
}

/// Descriptors of the runtime's own objects, for the allocator (which asks only whether they
/// hold pointers) and the sizes gc allocates them with.
const fn runtime_type(size: usize, ptr_bytes: usize, k: u8) -> Type {
    Type {
        size,
        ptr_bytes,
        hash: 0,
        tflag: 0,
        align: 8,
        field_align: 8,
        kind: k,
        equal: core::ptr::null(),
        gc_data: core::ptr::null(),
        str_off: 0,
        ptr_to_this: 0,
    }
}
static MAP_TYPE: Type = runtime_type(48, 24, kind::STRUCT);
static TABLE_TYPE: Type = runtime_type(32, 24, kind::STRUCT);
static TABLE_PTR_TYPE: Type = runtime_type(8, 8, kind::POINTER);
static ITER_TYPE: Type = runtime_type(96, 88, kind::STRUCT);

/// Every allocation of this module (gc's `new(Map)`, `newarray`, `make([]*table, n)`,
/// `newobject`), recorded in tests.
unsafe fn alloc(size: usize, typ: *const Type) -> *mut u8 {
    #[cfg(test)]
    tests::record_alloc(size, typ);
    crate::malloc::alloc(size, typ)
}

// ---------------------------------------------------------------------------------------
// Groups and control words (gc's group.go).

/// A set of slots of a group: bit 7 of byte `i` stands for slot `i`.
#[derive(Clone, Copy)]
struct Slots(u64);

impl Slots {
    fn any(self) -> bool {
        self.0 != 0
    }
    fn first(self) -> usize {
        (self.0.trailing_zeros() / 8) as usize
    }
    fn without_first(self) -> Slots {
        Slots(self.0 & (self.0 - 1))
    }
    /// Drops the slots below `i`.
    fn from(self, i: usize) -> Slots {
        Slots(self.0 & !((1u64 << (8 * i)) - 1))
    }
    fn count(self) -> u32 {
        self.0.count_ones()
    }
}

/// Marks the bytes of `v` that are zero (exactly, no false positives).
fn zero_bytes(v: u64) -> Slots {
    Slots(!(((v & LOW7) + LOW7) | v) & MSB)
}

/// A group: the control word, then the slots.
#[derive(Clone, Copy)]
struct Group(*mut u8);

impl Group {
    unsafe fn ctrl(self) -> u64 {
        *(self.0 as *const u64)
    }
    unsafe fn set_all_empty(self) {
        *(self.0 as *mut u64) = CTRL_ALL_EMPTY;
    }
    unsafe fn ctrl_at(self, i: usize) -> u8 {
        *self.0.add(i)
    }
    unsafe fn set_ctrl(self, i: usize, c: u8) {
        *self.0.add(i) = c;
    }
    unsafe fn match_h2(self, h2: u8) -> Slots {
        zero_bytes(self.ctrl() ^ (LSB * h2 as u64))
    }
    unsafe fn match_empty(self) -> Slots {
        zero_bytes(self.ctrl() ^ CTRL_ALL_EMPTY)
    }
    unsafe fn match_empty_or_deleted(self) -> Slots {
        Slots(self.ctrl() & MSB)
    }
    unsafe fn match_full(self) -> Slots {
        Slots(!self.ctrl() & MSB)
    }
    /// The key field of slot `i` (a pointer to the key when keys are indirect).
    unsafe fn key(self, t: &MapType, i: usize) -> *mut u8 {
        self.0.add(t.keys_off + i * t.key_stride)
    }
    unsafe fn elem(self, t: &MapType, i: usize) -> *mut u8 {
        self.0.add(t.elems_off + i * t.elem_stride)
    }
    /// The key of slot `i` itself.
    unsafe fn key_value(self, t: &MapType, i: usize) -> *mut u8 {
        let k = self.key(t, i);
        if t.indirect_key() {
            *(k as *mut *mut u8)
        } else {
            k
        }
    }
    /// The elem of slot `i` itself.
    unsafe fn elem_value(self, t: &MapType, i: usize) -> *mut u8 {
        let e = self.elem(t, i);
        if t.indirect_elem() {
            *(e as *mut *mut u8)
        } else {
            e
        }
    }
    /// Empties slot `i`'s key and elem (gc: keys only when they hold pointers, elems always,
    /// which compound assignments rely on).
    unsafe fn clear_slot(self, t: &MapType, i: usize) {
        let k = self.key(t, i);
        if t.indirect_key() {
            *(k as *mut *mut u8) = null_mut();
        } else if (*t.key).has_pointers() {
            core::ptr::write_bytes(k, 0, t.key_size());
        }
        let e = self.elem(t, i);
        if t.indirect_elem() {
            *(e as *mut *mut u8) = null_mut();
        } else {
            core::ptr::write_bytes(e, 0, t.elem_size());
        }
    }
}

/// `n` groups with every slot empty (gc's `newGroups`: `newarray(typ.Group, n)`).
unsafe fn new_groups(t: &MapType, n: u64) -> *mut u8 {
    let data = alloc(t.group_size * n as usize, t.group);
    for i in 0..n as usize {
        Group(data.add(i * t.group_size)).set_all_empty();
    }
    data
}

fn h1(hash: usize) -> u64 {
    (hash >> 7) as u64
}

fn h2(hash: usize) -> u8 {
    (hash & 0x7f) as u8
}

/// The groups a probe for `hash` visits, in order: `h1, h1+1, h1+1+2, …` modulo the count.
struct ProbeSeq {
    mask: u64,
    offset: u64,
    index: u64,
}

impl ProbeSeq {
    fn new(hash: usize, mask: u64) -> ProbeSeq {
        ProbeSeq {
            mask,
            offset: h1(hash) & mask,
            index: 0,
        }
    }
    fn advance(&mut self) {
        self.index += 1;
        self.offset = (self.offset + self.index) & self.mask;
    }
}

// ---------------------------------------------------------------------------------------
// Keys: the generic path (key by pointer, the map type's Hasher and the key type's Equal) and
// the fast paths (key by value).

/// How an entry point hashes, compares and stores its key.
trait MapKey {
    /// Whether an insert into a full table first tries to drop tombstones (the fast paths
    /// do, gc's generic `mapassign` does not).
    const PRUNE: bool;
    unsafe fn hash(&self, t: &MapType, seed: usize) -> usize;
    /// Whether the key in slot field `slot` equals this one.
    unsafe fn equals(&self, t: &MapType, slot: *mut u8) -> bool;
    /// Stores the key into the empty slot field `slot`.
    unsafe fn store(&self, t: &MapType, slot: *mut u8);
    /// An assignment found the key at `slot`.
    unsafe fn update(&self, t: &MapType, slot: *mut u8);
    /// A lookup or delete in a nil or empty map: gc still panics for an unhashable key.
    unsafe fn check_hashable(&self, t: &MapType);
}

/// A key passed by pointer.
struct Generic(*const u8);

/// Calls the map type's hasher on the key at `p`.
unsafe fn call_hasher(t: &MapType, p: *const u8, seed: usize) -> usize {
    let code = *(t.hasher as *const usize);
    crate::gocall::call(code, p as usize, seed, t.hasher as usize).r0
}

/// Calls the key type's `Equal` on two keys.
unsafe fn keys_equal(t: &MapType, x: *const u8, y: *const u8) -> bool {
    crate::alg::call_equal((*t.key).equal, x, y)
}

impl MapKey for Generic {
    const PRUNE: bool = false;
    unsafe fn hash(&self, t: &MapType, seed: usize) -> usize {
        call_hasher(t, self.0, seed)
    }
    unsafe fn equals(&self, t: &MapType, slot: *mut u8) -> bool {
        let k = if t.indirect_key() {
            *(slot as *mut *mut u8)
        } else {
            slot
        };
        keys_equal(t, self.0, k)
    }
    unsafe fn store(&self, t: &MapType, slot: *mut u8) {
        let mut dst = slot;
        if t.indirect_key() {
            dst = alloc(t.key_size(), t.key);
            *(slot as *mut *mut u8) = dst;
        }
        core::ptr::copy(self.0, dst, t.key_size());
    }
    unsafe fn update(&self, t: &MapType, slot: *mut u8) {
        if t.has(flags::NEED_KEY_UPDATE) {
            let dst = if t.indirect_key() {
                *(slot as *mut *mut u8)
            } else {
                slot
            };
            core::ptr::copy(self.0, dst, t.key_size());
        }
    }
    unsafe fn check_hashable(&self, t: &MapType) {
        if t.has(flags::HASH_MIGHT_PANIC) {
            if let Some(bad) = hash::unhashable_part(t.key, self.0) {
                unhashable_key(bad);
            }
        }
    }
}

/// A 4-byte key by value (`_fast32`). Plain-memory keys such as `[4]byte` take this path
/// too (gc's amd64 and arm64 allow unaligned loads), so slots are read unaligned.
struct Fast32(u32);

impl MapKey for Fast32 {
    const PRUNE: bool = true;
    unsafe fn hash(&self, _t: &MapType, seed: usize) -> usize {
        hash::hash32(self.0, seed)
    }
    unsafe fn equals(&self, _t: &MapType, slot: *mut u8) -> bool {
        (slot as *const u32).read_unaligned() == self.0
    }
    unsafe fn store(&self, _t: &MapType, slot: *mut u8) {
        (slot as *mut u32).write_unaligned(self.0);
    }
    unsafe fn update(&self, _t: &MapType, _slot: *mut u8) {}
    unsafe fn check_hashable(&self, _t: &MapType) {}
}

/// An 8-byte key by value (`_fast64`; also a pointer key, `mapassign_fast64ptr`).
struct Fast64(u64);

impl MapKey for Fast64 {
    const PRUNE: bool = true;
    unsafe fn hash(&self, _t: &MapType, seed: usize) -> usize {
        hash::hash64(self.0, seed)
    }
    unsafe fn equals(&self, _t: &MapType, slot: *mut u8) -> bool {
        (slot as *const u64).read_unaligned() == self.0
    }
    unsafe fn store(&self, _t: &MapType, slot: *mut u8) {
        (slot as *mut u64).write_unaligned(self.0);
    }
    unsafe fn update(&self, _t: &MapType, _slot: *mut u8) {}
    unsafe fn check_hashable(&self, _t: &MapType) {}
}

/// A string key by value (`_faststr`).
struct FastStr(GoString);

impl MapKey for FastStr {
    const PRUNE: bool = true;
    unsafe fn hash(&self, _t: &MapType, seed: usize) -> usize {
        hash::str_hash(self.0, seed)
    }
    unsafe fn equals(&self, _t: &MapType, slot: *mut u8) -> bool {
        let s = &*(slot as *const GoString);
        s.len == self.0.len && (s.ptr == self.0.ptr || s.bytes() == self.0.bytes())
    }
    unsafe fn store(&self, _t: &MapType, slot: *mut u8) {
        *(slot as *mut GoString) = self.0;
    }
    /// gc stores the new string: its bytes may live elsewhere.
    unsafe fn update(&self, _t: &MapType, slot: *mut u8) {
        *(slot as *mut GoString) = self.0;
    }
    unsafe fn check_hashable(&self, _t: &MapType) {}
}

// ---------------------------------------------------------------------------------------
// Panics.

/// `panic: assignment to entry in nil map` (a `runtime.plainError`).
fn nil_map_assignment() -> ! {
    let msg: &[u8] = b"assignment to entry in nil map";
    die_with(
        ErrorValue::PlainError(msg),
        PanicValue::Of(b"runtime.plainError"),
        &[msg],
        None,
        crate::traceback::caller_start(),
    )
}

/// gc's `unhashableTypeError` from a lookup in a nil or empty map:
/// `panic: hash of unhashable type: T` (no `runtime error: ` prefix, a colon, as gc).
unsafe fn unhashable_key(t: *const Type) -> ! {
    let name = type_string(&Module::linked(), t);
    die_with(
        ErrorValue::Text,
        PanicValue::Of(b"maps.unhashableTypeError"),
        &[b"hash of unhashable type: ", name],
        None,
        crate::traceback::caller_start(),
    )
}

// ---------------------------------------------------------------------------------------
// Tables (gc's table.go).

/// The slot a probe found: the key's, or where it would go.
enum Probe {
    Found(Group, usize),
    /// Absent: the first tombstone on the way if any, else the first empty slot of the
    /// group that ended the probe.
    Vacant {
        group: Group,
        slot: usize,
        tombstone: bool,
    },
}

impl Table {
    unsafe fn group(&self, t: &MapType, i: u64) -> Group {
        Group(self.groups.add(i as usize * t.group_size))
    }

    fn max_growth_left(&self) -> u16 {
        if self.capacity as usize <= GROUP_SLOTS {
            // One group: one slot must stay empty to end probes.
            self.capacity - 1
        } else {
            (self.capacity as u64 * MAX_AVG_GROUP_LOAD / GROUP_SLOTS as u64) as u16
        }
    }

    fn tombstones(&self) -> u16 {
        (self.capacity as u64 * MAX_AVG_GROUP_LOAD / GROUP_SLOTS as u64) as u16
            - self.used
            - self.growth_left
    }

    /// Calls `f` on every full slot.
    unsafe fn for_each_full(&self, t: &MapType, mut f: impl FnMut(Group, usize)) {
        for gi in 0..=self.length_mask {
            let g = self.group(t, gi);
            let mut full = g.match_full();
            while full.any() {
                f(g, full.first());
                full = full.without_first();
            }
        }
    }

    unsafe fn probe<K: MapKey>(&self, t: &MapType, hash: usize, key: &K) -> Probe {
        let mut seq = ProbeSeq::new(hash, self.length_mask);
        let h2 = h2(hash);
        let mut tombstone: Option<(Group, usize)> = None;
        loop {
            let g = self.group(t, seq.offset);
            let mut m = g.match_h2(h2);
            while m.any() {
                let i = m.first();
                if key.equals(t, g.key(t, i)) {
                    return Probe::Found(g, i);
                }
                m = m.without_first();
            }
            let empty = g.match_empty();
            if empty.any() {
                return match tombstone {
                    Some((group, slot)) => Probe::Vacant {
                        group,
                        slot,
                        tombstone: true,
                    },
                    None => Probe::Vacant {
                        group: g,
                        slot: empty.first(),
                        tombstone: false,
                    },
                };
            }
            // A group without empty slots: any other free slot is a tombstone.
            let free = g.match_empty_or_deleted();
            if tombstone.is_none() && free.any() {
                tombstone = Some((g, free.first()));
            }
            seq.advance();
        }
    }

    /// The first free slot on `hash`'s probe sequence (the table has room and no entry
    /// with this key).
    unsafe fn first_free(&self, t: &MapType, hash: usize) -> (Group, usize) {
        let mut seq = ProbeSeq::new(hash, self.length_mask);
        loop {
            let g = self.group(t, seq.offset);
            let free = g.match_empty_or_deleted();
            if free.any() {
                return (g, free.first());
            }
            seq.advance();
        }
    }

    /// gc's `uncheckedPutSlot`: moves an entry of a replaced table or small group in (an
    /// indirect key or elem keeps its object).
    unsafe fn put_moved(&mut self, t: &MapType, hash: usize, key: *mut u8, elem: *mut u8) {
        let (g, i) = self.first_free(t, hash);
        if t.indirect_key() {
            *(g.key(t, i) as *mut *mut u8) = key;
        } else {
            core::ptr::copy(key, g.key(t, i), t.key_size());
        }
        if t.indirect_elem() {
            *(g.elem(t, i) as *mut *mut u8) = elem;
        } else {
            core::ptr::copy(elem, g.elem(t, i), t.elem_size());
        }
        self.growth_left -= 1;
        self.used += 1;
        g.set_ctrl(i, h2(hash));
    }

    /// gc's `uncheckedPutSlotForAssign`: inserts a key known to be absent; the elem slot.
    unsafe fn put_new<K: MapKey>(&mut self, t: &MapType, hash: usize, key: &K) -> *mut u8 {
        let (g, i) = self.first_free(t, hash);
        let elem = fill_slot(t, g, i, hash, key);
        self.growth_left -= 1;
        self.used += 1;
        elem
    }

    /// gc's `Delete` of a table; whether it left a tombstone.
    unsafe fn delete<K: MapKey>(&mut self, t: &MapType, m: &mut Map, hash: usize, key: &K) -> bool {
        let Probe::Found(g, i) = self.probe(t, hash, key) else {
            return false;
        };
        self.used -= 1;
        m.used -= 1;
        g.clear_slot(t, i);
        // A group with an empty slot ends every probe through it, so the slot can be
        // empty again; in a full group it must stay a tombstone.
        if g.match_empty().any() {
            g.set_ctrl(i, CTRL_EMPTY);
            self.growth_left += 1;
            false
        } else {
            g.set_ctrl(i, CTRL_DELETED);
            true
        }
    }

    /// gc's `Clear` of a table: every group emptied, the table kept.
    unsafe fn clear(&mut self, t: &MapType) {
        let max = self.max_growth_left();
        if self.used == 0 && self.growth_left == max {
            return;
        }
        for gi in 0..=self.length_mask {
            let g = self.group(t, gi);
            core::ptr::write_bytes(g.0, 0, t.group_size);
            g.set_all_empty();
        }
        self.used = 0;
        self.growth_left = max;
    }

    /// gc's `pruneTombstones`: turns tombstones no probe needs back into empty slots, but
    /// only when that wins back at least a tenth of the table.
    unsafe fn prune_tombstones(&mut self, t: &MapType, m: &Map) {
        if self.tombstones() as u32 * 10 < self.capacity as u32 {
            return;
        }
        // Groups whose tombstones must stay (at most 128 groups in a table).
        let mut needed: u128 = 0;
        for gi in 0..=self.length_mask {
            let g = self.group(t, gi);
            let mut full = g.match_full();
            while full.any() {
                let key = g.key_value(t, full.first());
                full = full.without_first();
                // A key unequal to itself (NaN) is never looked up: its probe may break.
                if !keys_equal(t, key, key) {
                    continue;
                }
                let mut seq = ProbeSeq::new(call_hasher(t, key, m.seed), self.length_mask);
                while seq.offset != gi {
                    if self.group(t, seq.offset).match_empty_or_deleted().any() {
                        needed |= 1 << seq.offset;
                    }
                    seq.advance();
                }
            }
            if g.match_empty().any() {
                needed |= 1 << gi;
            }
        }
        let prunable = |gi: u64| needed >> gi & 1 == 0;
        let mut count = 0;
        for gi in (0..=self.length_mask).filter(|&gi| prunable(gi)) {
            count += self.group(t, gi).match_empty_or_deleted().count();
        }
        if count * 10 < self.capacity as u32 {
            return;
        }
        for gi in (0..=self.length_mask).filter(|&gi| prunable(gi)) {
            let g = self.group(t, gi);
            let mut dead = g.match_empty_or_deleted();
            while dead.any() {
                g.set_ctrl(dead.first(), CTRL_EMPTY);
                self.growth_left += 1;
                dead = dead.without_first();
            }
        }
    }
}

/// Stores `key` into the free slot `i` of `g` and marks it full; the elem slot (for
/// indirect elems, a fresh object: gc allocates the key's object first, then the elem's).
unsafe fn fill_slot<K: MapKey>(t: &MapType, g: Group, i: usize, hash: usize, key: &K) -> *mut u8 {
    key.store(t, g.key(t, i));
    let mut elem = g.elem(t, i);
    if t.indirect_elem() {
        let obj = alloc(t.elem_size(), t.elem);
        *(elem as *mut *mut u8) = obj;
        elem = obj;
    }
    g.set_ctrl(i, h2(hash));
    elem
}

/// gc's `newTable`: `new(table)`, then its groups.
unsafe fn new_table(t: &MapType, capacity: u64, index: isize, local_depth: u8) -> *mut Table {
    let capacity = capacity.max(GROUP_SLOTS as u64);
    if capacity > MAX_TABLE_CAPACITY {
        throw("initial table capacity too large");
    }
    let capacity = capacity.next_power_of_two();
    let tab = alloc(core::mem::size_of::<Table>(), &TABLE_TYPE) as *mut Table;
    let groups = capacity / GROUP_SLOTS as u64;
    *tab = Table {
        used: 0,
        capacity: capacity as u16,
        growth_left: 0,
        local_depth,
        index,
        groups: new_groups(t, groups),
        length_mask: groups - 1,
    };
    (*tab).growth_left = (*tab).max_growth_left();
    tab
}

/// gc's `rehash`: replaces a full table by one twice as large, or splits it past 1024 slots.
unsafe fn rehash(tab: *mut Table, t: &MapType, m: &mut Map) {
    let capacity = 2 * (*tab).capacity as u64;
    if capacity <= MAX_TABLE_CAPACITY {
        grow(tab, t, m, capacity);
    } else {
        split(tab, t, m);
    }
}

unsafe fn grow(tab: *mut Table, t: &MapType, m: &mut Map, capacity: u64) {
    let old = &mut *tab;
    let new = new_table(t, capacity, old.index, old.local_depth);
    old.for_each_full(t, |g, i| {
        let key = g.key_value(t, i);
        (*new).put_moved(t, call_hasher(t, key, m.seed), key, g.elem_value(t, i));
    });
    m.replace_table(new);
    old.index = -1;
}

/// Splits a table in two by the hash bit below its `local_depth` top bits.
unsafe fn split(tab: *mut Table, t: &MapType, m: &mut Map) {
    let old = &mut *tab;
    let depth = old.local_depth + 1;
    let left = new_table(t, MAX_TABLE_CAPACITY, -1, depth);
    let right = new_table(t, MAX_TABLE_CAPACITY, -1, depth);
    let bit = 1usize << (64 - depth as u32);
    old.for_each_full(t, |g, i| {
        let key = g.key_value(t, i);
        let hash = call_hasher(t, key, m.seed);
        let half = if hash & bit == 0 { left } else { right };
        (*half).put_moved(t, hash, key, g.elem_value(t, i));
    });
    m.install_split(tab, left, right);
    old.index = -1;
}

// ---------------------------------------------------------------------------------------
// The map (gc's map.go and runtime*.go).

impl Map {
    unsafe fn dir_at(&self, i: isize) -> *mut Table {
        *(self.dir_ptr as *mut *mut Table).offset(i)
    }

    unsafe fn dir_set(&mut self, i: isize, tab: *mut Table) {
        *(self.dir_ptr as *mut *mut Table).offset(i) = tab;
    }

    unsafe fn table_for(&self, hash: usize) -> *mut Table {
        if self.dir_len == 1 {
            return self.dir_at(0);
        }
        self.dir_at((hash >> (self.global_shift & 63)) as isize)
    }

    /// Points every directory entry of `tab`'s range at it.
    unsafe fn replace_table(&mut self, tab: *mut Table) {
        let entries = 1isize << (self.global_depth - (*tab).local_depth);
        for i in 0..entries {
            self.dir_set((*tab).index + i, tab);
        }
    }

    /// gc's `installTableSplit`: doubles the directory if `old` was as deep as it, then
    /// gives each half its part of `old`'s range.
    unsafe fn install_split(&mut self, old: *mut Table, left: *mut Table, right: *mut Table) {
        if (*old).local_depth == self.global_depth {
            let new_dir = alloc(2 * self.dir_len as usize * 8, &TABLE_PTR_TYPE) as *mut *mut Table;
            for i in 0..self.dir_len {
                let tab = self.dir_at(i);
                *new_dir.offset(2 * i) = tab;
                *new_dir.offset(2 * i + 1) = tab;
                if (*tab).index == i {
                    (*tab).index = 2 * i;
                }
            }
            self.global_depth += 1;
            self.global_shift -= 1;
            self.dir_ptr = new_dir as *mut u8;
            self.dir_len *= 2;
        }
        (*left).index = (*old).index;
        self.replace_table(left);
        (*right).index = (*left).index + (1isize << (self.global_depth - (*left).local_depth));
        self.replace_table(right);
    }

    /// The first assignment to an empty map: one group (`newarray(typ.Group, 1)`).
    unsafe fn grow_to_small(&mut self, t: &MapType) {
        self.dir_ptr = new_groups(t, 1);
    }

    /// The ninth key: the small group's entries move to a table of 16 slots, under a
    /// directory of one.
    unsafe fn grow_to_table(&mut self, t: &MapType) -> *mut Table {
        let tab = new_table(t, 2 * GROUP_SLOTS as u64, 0, 0);
        let g = Group(self.dir_ptr);
        for i in 0..GROUP_SLOTS {
            if g.ctrl_at(i) & CTRL_EMPTY == 0 {
                let key = g.key_value(t, i);
                (*tab).put_moved(t, call_hasher(t, key, self.seed), key, g.elem_value(t, i));
            }
        }
        let dir = alloc(8, &TABLE_PTR_TYPE) as *mut *mut Table;
        *dir = tab;
        self.dir_ptr = dir as *mut u8;
        self.dir_len = 1;
        self.global_depth = 0;
        self.global_shift = 64;
        tab
    }

    /// The slot holding `key` (the map is not empty).
    unsafe fn find<K: MapKey>(&self, t: &MapType, key: &K) -> Option<(Group, usize)> {
        let hash = key.hash(t, self.seed);
        if self.dir_len == 0 {
            return find_small(t, Group(self.dir_ptr), hash, key);
        }
        match (*self.table_for(hash)).probe(t, hash, key) {
            Probe::Found(g, i) => Some((g, i)),
            Probe::Vacant { .. } => None,
        }
    }

    /// gc's `getWithKey`: the map's own key and elem equal to the key at `key`.
    unsafe fn get_with_key(&self, t: &MapType, key: *const u8) -> Option<(*mut u8, *mut u8)> {
        if self.used == 0 {
            return None;
        }
        if self.writing != 0 {
            throw("concurrent map read and map write");
        }
        let (g, i) = self.find(t, &Generic(key))?;
        Some((g.key_value(t, i), g.elem_value(t, i)))
    }

    unsafe fn begin_write(&mut self) {
        if self.writing != 0 {
            throw("concurrent map writes");
        }
        self.writing ^= 1;
    }

    unsafe fn end_write(&mut self) {
        if self.writing == 0 {
            throw("concurrent map writes");
        }
        self.writing ^= 1;
    }
}

unsafe fn find_small<K: MapKey>(
    t: &MapType,
    g: Group,
    hash: usize,
    key: &K,
) -> Option<(Group, usize)> {
    let mut m = g.match_h2(h2(hash));
    while m.any() {
        let i = m.first();
        if key.equals(t, g.key(t, i)) {
            return Some((g, i));
        }
        m = m.without_first();
    }
    None
}

/// `m[key]` for reading: the elem, or `None` (nil or empty map, absent key).
unsafe fn access<K: MapKey>(t: &MapType, m: *const Map, key: &K) -> Option<*mut u8> {
    if m.is_null() || (*m).used == 0 {
        key.check_hashable(t);
        return None;
    }
    let m = &*m;
    if m.writing != 0 {
        throw("concurrent map read and map write");
    }
    let (g, i) = m.find(t, key)?;
    Some(g.elem_value(t, i))
}

/// `m[key] = …`: the elem slot to store into, the key inserted if absent.
unsafe fn assign<K: MapKey>(t: &MapType, m: *mut Map, key: &K) -> *mut u8 {
    if m.is_null() {
        nil_map_assignment();
    }
    let m = &mut *m;
    if m.writing != 0 {
        throw("concurrent map writes");
    }
    // The hasher may panic: hash before marking the write.
    let hash = key.hash(t, m.seed);
    m.writing ^= 1;
    if m.dir_ptr.is_null() {
        m.grow_to_small(t);
    }
    let elem = if m.dir_len == 0 {
        assign_small(t, m, hash, key)
    } else {
        loop {
            let tab = m.table_for(hash);
            if let Some(elem) = assign_in_table(tab, t, m, hash, key) {
                break elem;
            }
        }
    };
    m.end_write();
    elem
}

/// The small map's part of `assign`: the ninth key turns it into a table.
unsafe fn assign_small<K: MapKey>(t: &MapType, m: &mut Map, hash: usize, key: &K) -> *mut u8 {
    let g = Group(m.dir_ptr);
    if let Some((g, i)) = find_small(t, g, hash, key) {
        key.update(t, g.key(t, i));
        return g.elem_value(t, i);
    }
    // A small map has no tombstones: a free slot is an empty one.
    let free = g.match_empty_or_deleted();
    if free.any() {
        m.used += 1;
        return fill_slot(t, g, free.first(), hash, key);
    }
    let tab = m.grow_to_table(t);
    let elem = (*tab).put_new(t, hash, key);
    m.used += 1;
    elem
}

/// The table's part of `assign`; `None` when the table was replaced (the caller retries
/// in the table that now holds the key's hash).
unsafe fn assign_in_table<K: MapKey>(
    tab: *mut Table,
    t: &MapType,
    m: &mut Map,
    hash: usize,
    key: &K,
) -> Option<*mut u8> {
    let table = &mut *tab;
    match table.probe(t, hash, key) {
        Probe::Found(g, i) => {
            key.update(t, g.key(t, i));
            Some(g.elem_value(t, i))
        }
        Probe::Vacant {
            group,
            slot,
            tombstone,
        } => {
            if tombstone {
                // Reusing a tombstone costs no growth.
                table.growth_left += 1;
            }
            if table.growth_left == 0 && K::PRUNE {
                table.prune_tombstones(t, m);
            }
            if table.growth_left == 0 {
                rehash(tab, t, m);
                return None;
            }
            let elem = fill_slot(t, group, slot, hash, key);
            table.growth_left -= 1;
            table.used += 1;
            m.used += 1;
            Some(elem)
        }
    }
}

/// `delete(m, key)`.
unsafe fn delete<K: MapKey>(t: &MapType, m: *mut Map, key: &K) {
    if m.is_null() || (*m).used == 0 {
        key.check_hashable(t);
        return;
    }
    let m = &mut *m;
    if m.writing != 0 {
        throw("concurrent map writes");
    }
    let hash = key.hash(t, m.seed);
    m.writing ^= 1;
    if m.dir_len == 0 {
        if let Some((g, i)) = find_small(t, Group(m.dir_ptr), hash, key) {
            m.used -= 1;
            g.clear_slot(t, i);
            g.set_ctrl(i, CTRL_EMPTY);
        }
    } else {
        let tab = m.table_for(hash);
        if (*tab).delete(t, m, hash, key) {
            m.tombstone_possible = 1;
        }
    }
    if m.used == 0 {
        // A fresh seed makes repeated collision attacks harder (gc, go.dev/issue/25237).
        m.seed = hash::rand() as usize;
    }
    m.end_write();
}

/// `clear(m)`: every table kept, emptied.
unsafe fn clear(t: &MapType, m: *mut Map) {
    if m.is_null() || ((*m).used == 0 && (*m).tombstone_possible == 0) {
        return;
    }
    let m = &mut *m;
    m.begin_write();
    if m.dir_len == 0 {
        core::ptr::write_bytes(m.dir_ptr, 0, t.group_size);
        Group(m.dir_ptr).set_all_empty();
    } else {
        let mut last = null_mut();
        for i in 0..m.dir_len {
            let tab = m.dir_at(i);
            if tab != last {
                (*tab).clear(t);
                last = tab;
            }
        }
        m.tombstone_possible = 0;
    }
    m.used = 0;
    m.clear_seq += 1;
    m.seed = hash::rand() as usize;
    m.end_write();
}

/// gc's `NewMap`: a map for `hint` entries, in `m` if the caller provides the header.
unsafe fn new_map(t: &MapType, hint: u64, m: *mut Map) -> *mut Map {
    let m = if m.is_null() {
        alloc(core::mem::size_of::<Map>(), &MAP_TYPE) as *mut Map
    } else {
        m
    };
    (*m).seed = hash::rand() as usize;
    // Up to 8 entries fit the group the first assignment makes (or the caller's stack
    // group already in `dir_ptr`).
    if hint <= GROUP_SLOTS as u64 {
        return m;
    }
    if let Some((dir_size, per_table)) = initial_tables(t, hint) {
        let depth = dir_size.trailing_zeros() as u8;
        (*m).global_depth = depth;
        (*m).global_shift = 64 - depth;
        let dir = alloc(dir_size as usize * 8, &TABLE_PTR_TYPE) as *mut *mut Table;
        for i in 0..dir_size as usize {
            *dir.add(i) = new_table(t, per_table, i as isize, depth);
        }
        (*m).dir_ptr = dir as *mut u8;
        (*m).dir_len = dir_size as isize;
    }
    m
}

/// The directory size and table capacity for `hint` entries at 7/8 load, or `None` for a
/// hint gc rejects (the map then starts empty).
fn initial_tables(t: &MapType, hint: u64) -> Option<(u64, u64)> {
    let target = hint.wrapping_mul(GROUP_SLOTS as u64) / MAX_AVG_GROUP_LOAD;
    if target < hint {
        return None;
    }
    let dir_size = target.div_ceil(MAX_TABLE_CAPACITY);
    let dir_size = dir_size.checked_next_power_of_two()?;
    let slots = dir_size.checked_mul(MAX_TABLE_CAPACITY)?;
    let bytes = slots.checked_mul(t.group_size as u64)?;
    if bytes > MAX_ALLOC {
        return None;
    }
    Some((dir_size, target / dir_size))
}

// ---------------------------------------------------------------------------------------
// Iteration (gc's Iter in table.go).

impl Iter {
    /// gc's `Iter.Init` (on a zeroed iterator): random starting offsets.
    unsafe fn init(&mut self, t: *const MapType, m: *mut Map) {
        *self = core::mem::zeroed();
        self.typ = t;
        if m.is_null() || (*m).used == 0 {
            return;
        }
        if (*m).dir_len <= 0 {
            self.dir_idx = -1;
            self.group = (*m).dir_ptr;
        }
        self.m = m;
        self.entry_offset = hash::rand();
        self.dir_offset = hash::rand();
        self.global_depth = (*m).global_depth;
        self.clear_seq = (*m).clear_seq;
    }

    fn finish(&mut self, entry: Option<(*mut u8, *mut u8)>) {
        (self.key, self.elem) = entry.unwrap_or((null_mut(), null_mut()));
    }

    /// gc's `Iter.Next`: the next entry in `key`/`elem`, or null keys at the end.
    unsafe fn next(&mut self) {
        if self.m.is_null() {
            return self.finish(None);
        }
        let m = &*self.m;
        if m.writing != 0 {
            throw("concurrent map iteration and map write");
        }
        let t = &*self.typ;
        if self.dir_idx < 0 {
            let entry = self.next_small(t, m);
            return self.finish(entry);
        }
        if self.global_depth != m.global_depth {
            // The directory doubled (maybe more than once) since the last call: scale the
            // position so it points at the same tables.
            let orders = m.global_depth - self.global_depth;
            self.dir_idx <<= orders;
            self.dir_offset <<= orders;
            self.global_depth = m.global_depth;
        }
        while self.dir_idx < m.dir_len {
            if self.tab.is_null() {
                self.tab = self.resolve_table(m);
            }
            if let Some(entry) = self.next_in_table(t, m) {
                return self.finish(Some(entry));
            }
            // Skip the other directory entries of this (maybe since split) table.
            self.dir_idx += 1isize << (m.global_depth - (*self.tab).local_depth);
            self.tab = null_mut();
            self.group = null_mut();
            self.entry_idx = 0;
        }
        self.finish(None)
    }

    /// The table at the (randomised) directory position; the first time, the offset is
    /// moved back to the table's first entry.
    unsafe fn resolve_table(&mut self, m: &Map) -> *mut Table {
        let mask = m.dir_len as u64 - 1;
        let idx = ((self.dir_idx as u64).wrapping_add(self.dir_offset) & mask) as isize;
        let tab = m.dir_at(idx);
        if (*tab).index != idx {
            self.dir_offset = self.dir_offset.wrapping_sub((idx - (*tab).index) as u64);
        }
        tab
    }

    /// The small-map case: the 8 slots of the group from `Init`, from a random start.
    unsafe fn next_small(&mut self, t: &MapType, m: &Map) -> Option<(*mut u8, *mut u8)> {
        let g = Group(self.group);
        while self.entry_idx < GROUP_SLOTS as u64 {
            let i = (self.entry_idx.wrapping_add(self.entry_offset) % GROUP_SLOTS as u64) as usize;
            self.entry_idx += 1;
            if g.ctrl_at(i) & CTRL_EMPTY != 0 {
                continue;
            }
            let key = g.key_value(t, i);
            if m.dir_len == 0 {
                return Some((key, g.elem_value(t, i)));
            }
            // The map has grown into tables since: the group still says which keys to
            // yield, the tables what became of them.
            if let Some(entry) = self.latest(t, m, key, g, i) {
                return Some(entry);
            }
        }
        None
    }

    /// The next full slot of the current table from `entry_idx` on.
    unsafe fn next_in_table(&mut self, t: &MapType, m: &Map) -> Option<(*mut u8, *mut u8)> {
        let tab = &*self.tab;
        let mask = tab.capacity as u64 - 1;
        while self.entry_idx <= mask {
            let entry = self.entry_idx.wrapping_add(self.entry_offset) & mask;
            let slot = (entry % GROUP_SLOTS as u64) as usize;
            if slot == 0 || self.group.is_null() {
                self.group = tab.group(t, entry / GROUP_SLOTS as u64).0;
            }
            let g = Group(self.group);
            let full = g.match_full().from(slot);
            if !full.any() {
                self.entry_idx += (GROUP_SLOTS - slot) as u64;
                continue;
            }
            let i = full.first();
            self.entry_idx += (i - slot) as u64;
            if self.entry_idx > mask {
                break;
            }
            self.entry_idx += 1;
            let key = g.key_value(t, i);
            if tab.index != -1 {
                return Some((key, g.elem_value(t, i)));
            }
            // The table was replaced (grown or split): look the key up again.
            if let Some(entry) = self.latest(t, m, key, g, i) {
                return Some(entry);
            }
        }
        None
    }

    /// gc's `grownKeyElem`: the current key and elem of the entry whose key is at `key` in
    /// the stale slot `i` of `g`, or `None` if it was deleted. A key unequal to itself (NaN)
    /// cannot be looked up, but can only go away with `clear`: the old slot still holds it.
    unsafe fn latest(
        &self,
        t: &MapType,
        m: &Map,
        key: *mut u8,
        g: Group,
        i: usize,
    ) -> Option<(*mut u8, *mut u8)> {
        if let Some(entry) = m.get_with_key(t, key) {
            return Some(entry);
        }
        if self.clear_seq == m.clear_seq && !keys_equal(t, key, key) {
            return Some((key, g.elem_value(t, i)));
        }
        None
    }
}

// ---------------------------------------------------------------------------------------
// Entry points (gc's runtime/map.go, map_fast32.go, map_fast64.go, map_faststr.go).

/// The zero value `mapaccess1` returns a pointer to for an absent key (elems up to 1024
/// bytes; larger ones use the `_fat` variants and the compiler's own zero object).
fn zero_val() -> *mut u8 {
    crate::statics::ZEROVAL.as_ptr() as *mut u8
}

fn string_of(p: *const u8, len: isize) -> GoString {
    GoString { ptr: p, len }
}

/// `runtime.makemap_small() *Map`: `make(map[K]V)` or a constant hint ≤ 8, escaping.
#[export_name = "runtime.makemap_small"]
pub extern "C" fn makemap_small() -> *mut Map {
    // SAFETY: a fresh header; nothing is read from the type for a small map.
    unsafe {
        let m = alloc(core::mem::size_of::<Map>(), &MAP_TYPE) as *mut Map;
        (*m).seed = hash::rand() as usize;
        m
    }
}

/// `runtime.makemap(t, hint int, m *Map) *Map`; `m` non-null is a caller's (stack) header,
/// zeroed, maybe with `dir_ptr` at a stack group whose control word is all empty. A negative
/// hint counts as 0 (gc 1.27).
///
/// # Safety
/// `t` a valid map type; `m` null or a zeroed header.
#[export_name = "runtime.makemap"]
pub unsafe extern "C" fn makemap(t: *const MapType, hint: isize, m: *mut Map) -> *mut Map {
    new_map(&*t, hint.max(0) as u64, m)
}

/// `runtime.makemap64(t, hint int64, m *Map) *Map` (a hint that fits an int on 64-bit).
///
/// # Safety
/// As [`makemap`].
#[export_name = "runtime.makemap64"]
pub unsafe extern "C" fn makemap64(t: *const MapType, hint: i64, m: *mut Map) -> *mut Map {
    makemap(t, hint as isize, m)
}

unsafe extern "C" fn mapaccess1(t: *const MapType, m: *const Map, key: *const u8) -> *mut u8 {
    access(&*t, m, &Generic(key)).unwrap_or_else(zero_val)
}
go_entry!("runtime.mapaccess1" => mapaccess1);

unsafe extern "C" fn mapaccess2(
    out: *mut ElemOk,
    t: *const MapType,
    m: *const Map,
    key: *const u8,
) {
    *out = elem_ok(access(&*t, m, &Generic(key)), zero_val());
}
go_entry!("runtime.mapaccess2" => mapaccess2);

fn elem_ok(found: Option<*mut u8>, zero: *mut u8) -> ElemOk {
    match found {
        Some(elem) => ElemOk { elem, ok: 1 },
        None => ElemOk { elem: zero, ok: 0 },
    }
}

unsafe extern "C" fn mapaccess1_fat(
    t: *const MapType,
    m: *const Map,
    key: *const u8,
    zero: *mut u8,
) -> *mut u8 {
    access(&*t, m, &Generic(key)).unwrap_or(zero)
}
go_entry!("runtime.mapaccess1_fat" => mapaccess1_fat);

unsafe extern "C" fn mapaccess2_fat(
    out: *mut ElemOk,
    t: *const MapType,
    m: *const Map,
    key: *const u8,
    zero: *mut u8,
) {
    *out = elem_ok(access(&*t, m, &Generic(key)), zero);
}
go_entry!("runtime.mapaccess2_fat" => mapaccess2_fat);

unsafe extern "C" fn mapaccess1_fast32(t: *const MapType, m: *const Map, key: u32) -> *mut u8 {
    access(&*t, m, &Fast32(key)).unwrap_or_else(zero_val)
}
go_entry!("runtime.mapaccess1_fast32" => mapaccess1_fast32);

unsafe extern "C" fn mapaccess2_fast32(
    out: *mut ElemOk,
    t: *const MapType,
    m: *const Map,
    key: u32,
) {
    *out = elem_ok(access(&*t, m, &Fast32(key)), zero_val());
}
go_entry!("runtime.mapaccess2_fast32" => mapaccess2_fast32);

unsafe extern "C" fn mapaccess1_fast64(t: *const MapType, m: *const Map, key: u64) -> *mut u8 {
    access(&*t, m, &Fast64(key)).unwrap_or_else(zero_val)
}
go_entry!("runtime.mapaccess1_fast64" => mapaccess1_fast64);

unsafe extern "C" fn mapaccess2_fast64(
    out: *mut ElemOk,
    t: *const MapType,
    m: *const Map,
    key: u64,
) {
    *out = elem_ok(access(&*t, m, &Fast64(key)), zero_val());
}
go_entry!("runtime.mapaccess2_fast64" => mapaccess2_fast64);

unsafe extern "C" fn mapaccess1_faststr(
    t: *const MapType,
    m: *const Map,
    p: *const u8,
    len: isize,
) -> *mut u8 {
    access(&*t, m, &FastStr(string_of(p, len))).unwrap_or_else(zero_val)
}
go_entry!("runtime.mapaccess1_faststr" => mapaccess1_faststr);

unsafe extern "C" fn mapaccess2_faststr(
    out: *mut ElemOk,
    t: *const MapType,
    m: *const Map,
    p: *const u8,
    len: isize,
) {
    *out = elem_ok(access(&*t, m, &FastStr(string_of(p, len))), zero_val());
}
go_entry!("runtime.mapaccess2_faststr" => mapaccess2_faststr);

unsafe extern "C" fn mapassign(t: *const MapType, m: *mut Map, key: *const u8) -> *mut u8 {
    assign(&*t, m, &Generic(key))
}
go_entry!("runtime.mapassign" => mapassign);

unsafe extern "C" fn mapassign_fast32(t: *const MapType, m: *mut Map, key: u32) -> *mut u8 {
    assign(&*t, m, &Fast32(key))
}
go_entry!("runtime.mapassign_fast32" => mapassign_fast32);

unsafe extern "C" fn mapassign_fast64(t: *const MapType, m: *mut Map, key: u64) -> *mut u8 {
    assign(&*t, m, &Fast64(key))
}
go_entry!("runtime.mapassign_fast64" => mapassign_fast64);

/// A pointer key (8 bytes with pointers): hashed and compared as its address.
unsafe extern "C" fn mapassign_fast64ptr(
    t: *const MapType,
    m: *mut Map,
    key: *const u8,
) -> *mut u8 {
    assign(&*t, m, &Fast64(key as u64))
}
go_entry!("runtime.mapassign_fast64ptr" => mapassign_fast64ptr);

unsafe extern "C" fn mapassign_faststr(
    t: *const MapType,
    m: *mut Map,
    p: *const u8,
    len: isize,
) -> *mut u8 {
    assign(&*t, m, &FastStr(string_of(p, len)))
}
go_entry!("runtime.mapassign_faststr" => mapassign_faststr);

unsafe extern "C" fn mapdelete(t: *const MapType, m: *mut Map, key: *const u8) {
    delete(&*t, m, &Generic(key))
}
go_entry!("runtime.mapdelete" => mapdelete);

unsafe extern "C" fn mapdelete_fast32(t: *const MapType, m: *mut Map, key: u32) {
    delete(&*t, m, &Fast32(key))
}
go_entry!("runtime.mapdelete_fast32" => mapdelete_fast32);

unsafe extern "C" fn mapdelete_fast64(t: *const MapType, m: *mut Map, key: u64) {
    delete(&*t, m, &Fast64(key))
}
go_entry!("runtime.mapdelete_fast64" => mapdelete_fast64);

unsafe extern "C" fn mapdelete_faststr(t: *const MapType, m: *mut Map, p: *const u8, len: isize) {
    delete(&*t, m, &FastStr(string_of(p, len)))
}
go_entry!("runtime.mapdelete_faststr" => mapdelete_faststr);

unsafe extern "C" fn mapclear(t: *const MapType, m: *mut Map) {
    clear(&*t, m)
}
go_entry!("runtime.mapclear" => mapclear);

/// `for k, v := range m`: `it` is the compiler's 96-byte iterator (zeroed here first).
unsafe extern "C" fn map_iter_start(t: *const MapType, m: *mut Map, it: *mut Iter) {
    (*it).init(t, m);
    (*it).next();
}
go_entry!("runtime.mapIterStart" => map_iter_start);

unsafe extern "C" fn map_iter_next(it: *mut Iter) {
    (*it).next();
}
go_entry!("runtime.mapIterNext" => map_iter_next);

// ---------------------------------------------------------------------------------------
// Package reflect's link names (gc's reflect_* functions in runtime/map.go and
// linkname_shim.go).

/// `reflect.makemap(t *abi.Type, cap int) unsafe.Pointer`.
unsafe extern "C" fn reflect_makemap(t: *const MapType, cap: isize) -> *mut Map {
    if (*(*t).key).equal.is_null() {
        throw("runtime.reflect_makemap: unsupported map key type");
    }
    makemap(t, cap, null_mut())
}
go_entry!("reflect.makemap" => reflect_makemap);

/// `reflect.mapaccess(t, m, key unsafe.Pointer) unsafe.Pointer`: the elem or nil.
unsafe extern "C" fn reflect_mapaccess(
    t: *const MapType,
    m: *const Map,
    key: *const u8,
) -> *mut u8 {
    access(&*t, m, &Generic(key)).unwrap_or(null_mut())
}
go_entry!("reflect.mapaccess" => reflect_mapaccess);

unsafe extern "C" fn reflect_mapaccess_faststr(
    t: *const MapType,
    m: *const Map,
    p: *const u8,
    len: isize,
) -> *mut u8 {
    access(&*t, m, &FastStr(string_of(p, len))).unwrap_or(null_mut())
}
go_entry!("reflect.mapaccess_faststr" => reflect_mapaccess_faststr);

/// `reflect.mapassign0(t, m, key, val unsafe.Pointer)` (gc's reflect wraps it in
/// `mapassign`).
unsafe extern "C" fn reflect_mapassign0(
    t: *const MapType,
    m: *mut Map,
    key: *const u8,
    val: *const u8,
) {
    let slot = assign(&*t, m, &Generic(key));
    core::ptr::copy(val, slot, (*t).elem_size());
}
go_entry!("reflect.mapassign0" => reflect_mapassign0);

unsafe extern "C" fn reflect_mapassign_faststr0(
    t: *const MapType,
    m: *mut Map,
    p: *const u8,
    len: isize,
    val: *const u8,
) {
    let slot = assign(&*t, m, &FastStr(string_of(p, len)));
    core::ptr::copy(val, slot, (*t).elem_size());
}
go_entry!("reflect.mapassign_faststr0" => reflect_mapassign_faststr0);

go_entry!("reflect.mapdelete" => mapdelete);
go_entry!("reflect.mapdelete_faststr" => mapdelete_faststr);
go_entry!("reflect.mapclear" => mapclear);

/// `reflect.maplen(m unsafe.Pointer) int` (also `internal/reflectlite.maplen`).
///
/// # Safety
/// `m` null or a map.
#[export_name = "reflect.maplen"]
pub unsafe extern "C" fn reflect_maplen(m: *const Map) -> isize {
    if m.is_null() {
        0
    } else {
        (*m).used as isize
    }
}

/// # Safety
/// As [`reflect_maplen`].
#[export_name = "internal/reflectlite.maplen"]
pub unsafe extern "C" fn reflectlite_maplen(m: *const Map) -> isize {
    reflect_maplen(m)
}

/// gc's `linknameIter`: the pre-1.24 `hiter`'s first three words and the real iterator.
#[repr(C)]
pub struct LinknameIter {
    pub key: *mut u8,
    pub elem: *mut u8,
    pub typ: *const MapType,
    pub it: *mut Iter,
}

/// `reflect.mapiterinit(t, m, it *linknameIter)`: allocates the iterator (`new(maps.Iter)`,
/// 96 bytes, as gc).
unsafe extern "C" fn reflect_mapiterinit(t: *const MapType, m: *mut Map, it: *mut LinknameIter) {
    (*it).typ = t;
    (*it).it = alloc(core::mem::size_of::<Iter>(), &ITER_TYPE) as *mut Iter;
    (*(*it).it).init(t, m);
    (*(*it).it).next();
    (*it).key = (*(*it).it).key;
    (*it).elem = (*(*it).it).elem;
}
go_entry!("reflect.mapiterinit" => reflect_mapiterinit);

unsafe extern "C" fn reflect_mapiternext(it: *mut LinknameIter) {
    (*(*it).it).next();
    (*it).key = (*(*it).it).key;
    (*it).elem = (*(*it).it).elem;
}
go_entry!("reflect.mapiternext" => reflect_mapiternext);

/// `reflect.mapiterkey(it *linknameIter) unsafe.Pointer`.
///
/// # Safety
/// `it` initialised by `reflect.mapiterinit`.
#[export_name = "reflect.mapiterkey"]
pub unsafe extern "C" fn reflect_mapiterkey(it: *const LinknameIter) -> *mut u8 {
    (*(*it).it).key
}

/// `reflect.mapiterelem(it *linknameIter) unsafe.Pointer`.
///
/// # Safety
/// As [`reflect_mapiterkey`].
#[export_name = "reflect.mapiterelem"]
pub unsafe extern "C" fn reflect_mapiterelem(it: *const LinknameIter) -> *mut u8 {
    (*(*it).it).elem
}

// gc 1.27's reflect keeps a `maps.Iter` inside `MapIter` and drives it with its own
// `mapIterStart`/`mapIterNext`; a library reflect that declares them without a body gets
// the runtime's (weak, so a Go definition wins).
#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".weak \"reflect.mapIterStart\"",
    ".set \"reflect.mapIterStart\", \"runtime.mapIterStart\"",
    ".weak \"reflect.mapIterNext\"",
    ".set \"reflect.mapIterNext\", \"runtime.mapIterNext\"",
);
#[cfg(target_arch = "aarch64")]
core::arch::global_asm!(
    ".weak \"reflect.mapIterStart\"",
    ".set \"reflect.mapIterStart\", \"runtime.mapIterStart\"",
    ".weak \"reflect.mapIterNext\"",
    ".set \"reflect.mapIterNext\", \"runtime.mapIterNext\"",
);

#[cfg(test)]
mod tests;
