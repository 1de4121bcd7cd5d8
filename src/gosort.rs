//! Go's unstable sort, step for step, so that `gocrane nm` lists symbols with equal keys in the
//! order `go tool nm` does.
//!
//! `go tool nm` sorts an ELF file's symbols twice: by address (`slices.SortFunc` in
//! cmd/internal/objfile), then by the key the user chose (`sort.Slice` in cmd/nm). Neither
//! sort is stable, so where several symbols share a name (local symbols from different files,
//! section symbols, the arm64 mapping symbols `$x`/`$d`, …), an address or a size, the order they
//! come out in is whatever permutation Go's algorithm happens to produce. Neither of Rust's sorts gives
//! that permutation (`sort_by` keeps equal elements in their original order, `sort_unstable_by`
//! is a different algorithm), so this module runs Go's: the same comparisons and the same swaps
//! in the same order, hence the same result for any input and any ordering.
//!
//! Both Go sorts are one algorithm (generated from a single template): a pattern-defeating
//! quicksort (pdqsort, <https://arxiv.org/abs/2106.05123>) without the block partitioning.
//!
//! * Ranges of at most 12 elements are finished by insertion sort.
//! * The pivot is the median of three positions (at a quarter, a half and three quarters of
//!   the range) or, from 50 elements on, the median of three such medians of neighbours.
//!   Counting how many of those comparisons found a pair out of order guesses whether the range
//!   is ascending (none) or descending (all twelve); a descending range is reversed first, and
//!   an ascending one gets a bounded insertion-sort pass that may finish it outright.
//! * When the element just before the range (the pivot of an enclosing partition) is not less
//!   than the new pivot, the range holds many copies of that value: it is split into "equal to
//!   the pivot" and "greater", and only the greater part is sorted further.
//! * After a lopsided partition, three elements near the middle of the next range are swapped
//!   with pseudo-random ones (an xorshift generator seeded by the range's length) and one unit
//!   of a budget, initially the bit length of the slice's length, is spent; a range reached with
//!   nothing left is heap-sorted.
//! * The smaller side of a partition is sorted by recursion, the larger one by the loop.

/// Sorts `v` so that no element is `less` than the one before it, with exactly the permutation
/// Go's `sort.Slice` and `slices.SortFunc` produce for the same input and the same ordering
/// (`less(a, b)` standing for Go's `less(i, j)` or for `cmp(a, b) < 0`).
pub fn sort_by<T, F>(v: &mut [T], less: F)
where
    F: FnMut(&T, &T) -> bool,
{
    let len = v.len();
    let mut sorter = Sorter { v, less };
    sorter.quicksort(0, len, bit_length(len));
}

/// Ranges this short are insertion-sorted.
const INSERTION_MAX: usize = 12;
/// From this length on the pivot is a median of medians.
const NINTHER_MIN: usize = 50;
/// The order checks made while choosing a median of medians (four medians, three each).
const ALL_OUT_OF_ORDER: u32 = 12;
/// How many out-of-order neighbours the nearly-sorted pass fixes before giving up.
const FIXUP_STEPS: usize = 5;
/// Ranges shorter than this are not worth the nearly-sorted pass's shifting.
const FIXUP_MIN: usize = 50;

/// The number of bits needed to write `n` (0 for 0), Go's `bits.Len`.
fn bit_length(n: usize) -> u32 {
    usize::BITS - n.leading_zeros()
}

/// What choosing the pivot suggested about the range's order.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Trend {
    Ascending,
    Descending,
    Unknown,
}

/// The steps whose use the tests check (see `record`).
#[derive(Copy, Clone)]
enum Step {
    Reverse,
    NearlySorted,
    PartitionEqual,
    Scramble,
    Heapsort,
}

/// Counts, in tests, how often each step ran on this thread; does nothing otherwise.
#[cfg(test)]
fn record(step: Step) {
    tests::STEPS.with(|steps| steps.borrow_mut()[step as usize] += 1);
}

#[cfg(not(test))]
fn record(_: Step) {}

/// The slice being sorted and its ordering; every index is absolute (into the whole slice),
/// since one step looks at the element just before the range it works on.
struct Sorter<'a, T, F> {
    v: &'a mut [T],
    less: F,
}

impl<T, F> Sorter<'_, T, F>
where
    F: FnMut(&T, &T) -> bool,
{
    fn lt(&mut self, i: usize, j: usize) -> bool {
        (self.less)(&self.v[i], &self.v[j])
    }

    fn swap(&mut self, i: usize, j: usize) {
        self.v.swap(i, j);
    }

    /// Sorts `lo..hi`; `budget` is how many more lopsided partitions are tolerated before
    /// falling back to heapsort.
    fn quicksort(&mut self, mut lo: usize, mut hi: usize, mut budget: u32) {
        let mut balanced = true; // the previous partition split the range reasonably evenly
        let mut untouched = true; // the previous partition found nothing to move
        loop {
            let len = hi - lo;
            if len <= INSERTION_MAX {
                self.insertion_sort(lo, hi);
                return;
            }
            if budget == 0 {
                record(Step::Heapsort);
                self.heapsort(lo, hi);
                return;
            }
            if !balanced {
                self.scramble(lo, hi);
                budget -= 1;
            }

            let (mut pivot, mut trend) = self.choose_pivot(lo, hi);
            if trend == Trend::Descending {
                record(Step::Reverse);
                self.reverse(lo, hi);
                // The pivot keeps its element: mirror its position.
                pivot = (hi - 1) - (pivot - lo);
                trend = Trend::Ascending;
            }
            if balanced
                && untouched
                && trend == Trend::Ascending
                && self.finish_nearly_sorted(lo, hi)
            {
                return;
            }

            // Nothing in the range is less than the element before it (an earlier pivot); if the
            // new pivot is not greater than that element either, it equals it, and so do all
            // elements not greater than the pivot: set them aside and go on with the rest.
            if lo > 0 && !self.lt(lo - 1, pivot) {
                record(Step::PartitionEqual);
                lo = self.partition_equal(lo, hi, pivot);
                continue;
            }

            let (mid, nothing_moved) = self.partition(lo, hi, pivot);
            untouched = nothing_moved;
            let (left, right) = (mid - lo, hi - mid);
            let fair_share = len / 8;
            if left < right {
                balanced = left >= fair_share;
                self.quicksort(lo, mid, budget);
                lo = mid + 1;
            } else {
                balanced = right >= fair_share;
                self.quicksort(mid + 1, hi, budget);
                hi = mid;
            }
        }
    }

    fn insertion_sort(&mut self, lo: usize, hi: usize) {
        for i in lo + 1..hi {
            let mut j = i;
            while j > lo && self.lt(j, j - 1) {
                self.swap(j, j - 1);
                j -= 1;
            }
        }
    }

    /// Restores the max-heap property below `node` in the heap of `len` elements stored from
    /// `base` on (heap positions are relative to `base`).
    fn sift_down(&mut self, mut node: usize, len: usize, base: usize) {
        loop {
            let mut child = 2 * node + 1;
            if child >= len {
                return;
            }
            if child + 1 < len && self.lt(base + child, base + child + 1) {
                child += 1;
            }
            if !self.lt(base + node, base + child) {
                return;
            }
            self.swap(base + node, base + child);
            node = child;
        }
    }

    fn heapsort(&mut self, lo: usize, hi: usize) {
        let len = hi - lo;
        for node in (0..len.div_ceil(2)).rev() {
            self.sift_down(node, len, lo);
        }
        for end in (0..len).rev() {
            self.swap(lo, lo + end);
            self.sift_down(0, end, lo);
        }
    }

    /// Moves the pivot to `lo`, then the elements less than it before the others, and the pivot
    /// between the two groups. Returns the pivot's final position and whether the range was
    /// already split that way (no element needed to move).
    fn partition(&mut self, lo: usize, hi: usize, pivot: usize) -> (usize, bool) {
        self.swap(lo, pivot);
        // `left..=right` is what remains to be classified.
        let (mut left, mut right) = (lo + 1, hi - 1);
        let mut first_round = true;
        loop {
            while left <= right && self.lt(left, lo) {
                left += 1;
            }
            while left <= right && !self.lt(right, lo) {
                right -= 1;
            }
            if left > right {
                self.swap(right, lo);
                return (right, first_round);
            }
            self.swap(left, right);
            left += 1;
            right -= 1;
            first_round = false;
        }
    }

    /// For a range with nothing less than the pivot: moves the pivot to `lo`, then the
    /// elements equal to it (not greater) before the greater ones. Returns where the greater
    /// ones start.
    fn partition_equal(&mut self, lo: usize, hi: usize, pivot: usize) -> usize {
        self.swap(lo, pivot);
        let (mut left, mut right) = (lo + 1, hi - 1);
        loop {
            while left <= right && !self.lt(lo, left) {
                left += 1;
            }
            while left <= right && self.lt(lo, right) {
                right -= 1;
            }
            if left > right {
                return left;
            }
            self.swap(left, right);
            left += 1;
            right -= 1;
        }
    }

    /// On a range that looks sorted: fixes up to a few out-of-order neighbours by moving the
    /// smaller one left and the larger one right as far as they go. Returns whether the range
    /// ended up sorted; on short ranges it only checks.
    fn finish_nearly_sorted(&mut self, lo: usize, hi: usize) -> bool {
        let mut i = lo + 1;
        for _ in 0..FIXUP_STEPS {
            while i < hi && !self.lt(i, i - 1) {
                i += 1;
            }
            if i == hi {
                return true;
            }
            if hi - lo < FIXUP_MIN {
                return false;
            }
            record(Step::NearlySorted);
            self.swap(i, i - 1);
            if i - lo >= 2 {
                // Bounded, as in Go, by the start of the whole slice rather than by `lo`: the
                // element before `lo` is not greater than any in the range, so it stops there
                // anyway (for a consistent ordering), but the bound is Go's.
                let mut j = i - 1;
                while j >= 1 && self.lt(j, j - 1) {
                    self.swap(j, j - 1);
                    j -= 1;
                }
            }
            if hi - i >= 2 {
                let mut j = i + 1;
                while j < hi && self.lt(j, j - 1) {
                    self.swap(j, j - 1);
                    j += 1;
                }
            }
        }
        false
    }

    /// Swaps the three elements around the middle of the range with pseudo-random ones.
    fn scramble(&mut self, lo: usize, hi: usize) {
        let len = hi - lo;
        if len < 8 {
            return;
        }
        record(Step::Scramble);
        let mut state = len as u64;
        // Draws are taken modulo the power of two above `len`, folded back once into range.
        let mask = (1u64 << bit_length(len)) - 1;
        let middle = lo + len / 4 * 2;
        for at in middle - 1..=middle + 1 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut offset = (state & mask) as usize;
            if offset >= len {
                offset -= len;
            }
            self.swap(at, lo + offset);
        }
    }

    /// The pivot's position, and what the comparisons made choosing it say about the order.
    fn choose_pivot(&mut self, lo: usize, hi: usize) -> (usize, Trend) {
        let len = hi - lo;
        let mut out_of_order = 0;
        let quarter = len / 4;
        let (mut a, mut b, mut c) = (lo + quarter, lo + quarter * 2, lo + quarter * 3);
        if len >= 8 {
            if len >= NINTHER_MIN {
                a = self.median_of_three(a - 1, a, a + 1, &mut out_of_order);
                b = self.median_of_three(b - 1, b, b + 1, &mut out_of_order);
                c = self.median_of_three(c - 1, c, c + 1, &mut out_of_order);
            }
            b = self.median_of_three(a, b, c, &mut out_of_order);
        }
        let trend = match out_of_order {
            0 => Trend::Ascending,
            ALL_OUT_OF_ORDER => Trend::Descending,
            _ => Trend::Unknown,
        };
        (b, trend)
    }

    /// The position of the median of three elements, found with three ordering checks, each
    /// counted in `out_of_order` when its pair was out of order.
    fn median_of_three(&mut self, a: usize, b: usize, c: usize, out_of_order: &mut u32) -> usize {
        let (a, b) = self.ordered(a, b, out_of_order);
        let (b, _) = self.ordered(b, c, out_of_order);
        let (_, b) = self.ordered(a, b, out_of_order);
        b
    }

    /// `(x, y)` or `(y, x)`, whichever puts the smaller element first (`x` when equal).
    fn ordered(&mut self, x: usize, y: usize, out_of_order: &mut u32) -> (usize, usize) {
        if self.lt(y, x) {
            *out_of_order += 1;
            (y, x)
        } else {
            (x, y)
        }
    }

    fn reverse(&mut self, lo: usize, hi: usize) {
        self.v[lo..hi].reverse();
    }
}

/// An input that drives this sort into heapsort, for tests (here and in tests/asm.rs, which
/// compares the result with Go's): McIlroy's adversary ("A killer adversary for quicksort", 1999),
/// made to leave many equal keys: keys are decided during a sort, as late as possible, so that
/// partitions come out lopsided and the sort ends in heapsort. Comparing two undecided elements
/// decides one of them: the left one if it is the undecided element compared last (or nothing was),
/// else the right one, so that the pivot, compared again and again, gets decided early and small. A
/// decided key is the least agreeing with the answers given so far, hence many equal keys;
/// undecided elements count as greater than every decided one. Sorting the final keys replays the
/// same run.
pub fn adversary(len: usize) -> Vec<u32> {
    const UNDECIDED: u32 = u32::MAX;
    let mut keys = vec![UNDECIDED; len];
    // For each undecided element, one more than the greatest decided key it was found
    // greater than.
    let mut least = vec![0; len];
    let mut last_undecided: Option<usize> = None;
    let mut ids: Vec<usize> = (0..len).collect();
    sort_by(&mut ids, |&x, &y| {
        if keys[x] == UNDECIDED && keys[y] == UNDECIDED {
            let decide = if last_undecided.is_some_and(|c| c != x) {
                y
            } else {
                x
            };
            keys[decide] = least[decide];
        }
        for (a, b) in [(x, y), (y, x)] {
            if keys[a] == UNDECIDED && keys[b] != UNDECIDED {
                least[a] = least[a].max(keys[b] + 1);
            }
        }
        if keys[x] == UNDECIDED {
            last_undecided = Some(x);
        } else if keys[y] == UNDECIDED {
            last_undecided = Some(y);
        }
        keys[x] < keys[y]
    });
    // Never decided: greater than every decided key (each is below `len`), equal among them.
    let top = len as u32;
    keys.iter()
        .map(|&k| if k == UNDECIDED { top } else { k })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{adversary, sort_by, Step};
    use std::cell::RefCell;

    thread_local! {
        /// How often each `Step` ran (indexed by `Step as usize`).
        pub(super) static STEPS: RefCell<[usize; 5]> = const { RefCell::new([0; 5]) };
    }

    /// Sorts the keys tagged with their positions; returns the positions in sorted order and
    /// how often each step ran.
    fn permutation(keys: &[u32]) -> (Vec<usize>, [usize; 5]) {
        STEPS.with(|steps| *steps.borrow_mut() = [0; 5]);
        let mut tagged: Vec<(u32, usize)> = keys.iter().copied().zip(0..).collect();
        sort_by(&mut tagged, |a, b| a.0 < b.0);
        let steps = STEPS.with(|steps| *steps.borrow());
        (tagged.iter().map(|&(_, i)| i).collect(), steps)
    }

    fn lcg(seed: u64) -> impl FnMut() -> u64 {
        let mut state = seed;
        move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            state >> 33
        }
    }

    #[test]
    fn sorts_and_permutes() {
        let mut next = lcg(7);
        for len in (0..300).chain([1000, 4096, 5000]) {
            for modulus in [1, 2, 3, 10, 1 << 20] {
                let keys: Vec<u32> = (0..len).map(|_| (next() % modulus) as u32).collect();
                let (perm, _) = permutation(&keys);
                let mut seen = vec![false; len];
                for &i in &perm {
                    assert!(!seen[i], "index {i} twice");
                    seen[i] = true;
                }
                assert!(
                    perm.windows(2).all(|w| keys[w[0]] <= keys[w[1]]),
                    "len {len} mod {modulus}: not sorted"
                );
            }
        }
    }

    /// Each step of the algorithm has an input that takes it (tests/asm.rs compares such
    /// inputs' permutations with Go's).
    #[test]
    fn inputs_reach_every_step() {
        let ran = |keys: &[u32], step: Step| permutation(keys).1[step as usize] > 0;
        let descending: Vec<u32> = (0..200).rev().collect();
        assert!(ran(&descending, Step::Reverse));
        let mut nearly: Vec<u32> = (0..200).collect();
        nearly.swap(10, 11); // away from where the pivot is chosen
        assert!(ran(&nearly, Step::NearlySorted));
        let few: Vec<u32> = (0..200).map(|i| i % 3).collect();
        assert!(ran(&few, Step::PartitionEqual));
        for len in [49, 200, 1000, 5000] {
            let keys = adversary(len);
            assert!(ran(&keys, Step::Scramble), "{len}");
            assert!(ran(&keys, Step::Heapsort), "{len}");
            // Equal keys, so that the heapsort's permutation matters.
            let distinct: std::collections::BTreeSet<u32> = keys.iter().copied().collect();
            assert!(
                distinct.len() * 2 < len,
                "{len}: {} distinct keys",
                distinct.len()
            );
        }
    }

    /// Go's answers, from `sort.Slice(xs, func(i, j int) bool { return xs[i].k < xs[j].k })`
    /// on `{k, index}` pairs (Go 1.27.3); a stable sort would put equal keys in index order.
    #[test]
    fn matches_go_on_small_inputs() {
        let keys: Vec<u32> = (0..20).map(|i| (i * 7) % 3).collect();
        assert_eq!(permutation(&keys).0, GO_20_MOD_3);
        let keys: Vec<u32> = (0..60).map(|i| (59 - i) / 10).collect();
        assert_eq!(permutation(&keys).0, GO_60_DESCENDING_GROUPS);
    }

    const GO_20_MOD_3: [usize; 20] = [
        9, 18, 15, 3, 12, 0, 6, 10, 7, 4, 13, 16, 1, 19, 8, 5, 11, 14, 2, 17,
    ];
    const GO_60_DESCENDING_GROUPS: [usize; 60] = [
        50, 59, 58, 57, 56, 55, 54, 53, 51, 52, 48, 49, 40, 47, 46, 45, 44, 43, 42, 41, 31, 39, 38,
        37, 36, 35, 34, 33, 32, 30, 20, 29, 28, 27, 26, 25, 24, 23, 22, 21, 16, 11, 18, 17, 10, 15,
        14, 13, 12, 19, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1,
    ];
}
