//! gocrane runtime: the Rust library linked (by `cc`) into every program gocrane compiles.
//!
//! Generated code calls it with the platform C calling convention under gc's symbol names
//! (`runtime.mallocgc`, `runtime.printint`, ...); `docs/runtime-abi.md` is the contract and lists
//! every symbol with its C signature.
//!
//! **Layers.** The modules form layers, and a module uses (`crate::X`) only modules of lower
//! layers, so the module graph has no cycles: the heap, the type-data reader, the stack bounds
//! and the traceback (what a garbage collector will need) work without panics or the printing
//! of panic values. A runtime failure below `panic` is a fatal error (`throw`), as gc's heap
//! and string code throw; Go panics (`panic: ...`) are raised from layer 7 up. This table is
//! the rule, checked by `runtime/tests/layers.rs`:
//!
//! | layer | module | may use |
//! |---|---|---|
//! | 0 | `sys` | — |
//! | 0 | `abi` | — |
//! | 0 | `sizeclasses` | — |
//! | 0 | `tables` | — |
//! | 0 | `stack` | — |
//! | 0 | `statics` | — |
//! | 0 | `utf8` | — |
//! | 0 | `caller` | — |
//! | 0 | `complex` | — |
//! | 0 | `cpu` | — |
//! | 0 | `time` | — |
//! | 0 | `rand` | — |
//! | 0 | `syscalls` | — |
//! | 1 | `float` | `sys` |
//! | 1 | `gocall` | `caller` |
//! | 1 | `os` | `abi`, `sys`, `syscalls` |
//! | 2 | `print` | `abi`, `float`, `sys`, `utf8` |
//! | 3 | `traceback` | `caller`, `print`, `stack`, `sys`, `tables` |
//! | 4 | `throw` | `print`, `sys`, `traceback` |
//! | 4 | `symtab` | `abi`, `caller`, `tables`, `traceback` |
//! | 5 | `malloc` | `abi`, `sizeclasses`, `sys`, `throw` |
//! | 5 | `typedata` | `abi`, `throw` |
//! | 6 | `memstats` | `malloc`, `sizeclasses` |
//! | 6 | `string` | `abi`, `malloc`, `sizeclasses`, `stack`, `statics`, `throw`, `utf8` |
//! | 7 | `panic` | `caller`, `print`, `sys`, `throw`, `traceback` |
//! | 8 | `alg` | `abi`, `caller`, `gocall`, `panic`, `typedata` |
//! | 8 | `hash` | `abi`, `caller`, `panic`, `rand`, `typedata` |
//! | 8 | `error` | `abi`, `caller`, `float`, `gocall`, `malloc`, `panic`, `print`, `tables`, `throw`, `traceback`, `typedata` |
//! | 8 | `signal` | `caller`, `panic`, `print`, `stack`, `sys`, `throw`, `traceback` |
//! | 8 | `slice` | `abi`, `caller`, `malloc`, `panic`, `sizeclasses` |
//! | 9 | `deferred` | `abi`, `caller`, `error`, `malloc`, `panic`, `stack`, `sys`, `tables`, `throw`, `traceback`, `typedata` |
//! | 9 | `map` | `abi`, `alg`, `caller`, `gocall`, `hash`, `malloc`, `panic`, `sizeclasses`, `statics`, `throw`, `traceback`, `typedata` |
//! | 9 | `iface` | `abi`, `caller`, `error`, `malloc`, `statics`, `sys`, `throw`, `typedata` |
//! | 10 | `reflect` | `abi`, `iface`, `malloc`, `slice`, `typedata` |
//! | 10 | `entry` | `deferred`, `iface`, `os`, `panic`, `signal`, `stack`, `sys` |
//!
//! A module may use any module of a lower layer; the table lists what each one uses today.
//! Adding a use means adding it here, and the test rejects one that does not point downwards.
//!
//! **What each module does.** The modules mirror gc's `src/runtime` files:
//!
//! | module | gc file | decides |
//! |---|---|---|
//! | `entry` | `proc.go` (`main`) | C `main`: the Go stack, signals, `main..inittask`, `main.main`, `exit(0)` |
//! | `stack` | `stack.go` | the Go stack's bounds (traceback, stack overflow, strings on the stack) |
//! | `malloc`, `sizeclasses` | `malloc.go`, `msize.go`, `sizeclasses.go` | size-class rounding, tiny blocks, allocation statistics |
//! | `slice` | `slice.go` | `makeslice`, `growslice` (gc's growth rule) |
//! | `memstats` | `mstats.go` | the `runtime.MemStats` layout and `ReadMemStats` |
//! | `print`, `float` | `print.go`, `internal/strconv` | byte-exact `print`/`println` output |
//! | `string`, `utf8` | `string.go`, `utf8.go` | string conversions and concatenation, with gc's allocation counts |
//! | `statics` | `iface.go`, `runtime.go` | `staticuint64s` and `zeroVal`, data words that need no allocation |
//! | `throw` | `panic.go` (`throw`) | `fatal error: ...` for unrecoverable runtime failures |
//! | `panic`, `signal`, `traceback` | `panic.go`, `error.go`, `signal_unix.go`, `traceback.go` | panic texts, exit status 2, the goroutine trace |
//! | `symtab` | `extern.go`, `symtab.go`, `traceback.go` (`tracebackPCs`) | `Callers`, `FuncForPC` and the `Func` helpers: frames as return addresses, names, entries, files, lines |
//! | `caller` | — | the entry trampolines that record the Go caller's frame for traces |
//! | `iface` | `iface.go` | itab table, type assertions and switches, interface data words (`convT*`) |
//! | `typedata` | `type.go`, `internal/abi` | reading the compiler's type data: names, offsets, method tables |
//! | `alg` | `alg.go` | equality functions behind `Type.Equal`, interface comparison |
//! | `hash` | `alg.go` (hashers, `typehash`), `internal/runtime/maps` (`MemHash`), `rand.go` | the hash functions behind `MapType.Hasher`, `runtime.rand` |
//! | `map` | `internal/runtime/maps`, `map.go`, `map_fast*.go`, `linkname_shim.go` | Go maps as gc 1.27's Swiss tables: layouts, growth, iteration, allocations |
//! | `error` | `error.go`, `panic.go` (printing) | `panic(v)` (`gopanic`) and its text, type assertion errors, `panicwrap` |
//! | `complex` | `complex.go` | complex division (`complex128div`) |
//! | `cpu` | `internal/cpu`, `debug.go`, `cgroup_linux.go`, `extern.go` | the processor: the features package math asks about (`useFMA`), `NumCPU`, `GOMAXPROCS`, `NumGoroutine`, `Gosched`, `Version` |
//! | `syscalls` | `syscall` (`zsyscall_linux_*.go`), `os` (`sys_linux.go`, `tempfile.go`) | the library's file and process system calls: open, stat (into gc's amd64 `Stat_t` on both targets), directories, links, ids, `uname`, temporary names' random numbers |
//! | `os` | `os_linux.go`, `runtime.go` (`os_runtime_args`), `syscall` | the library's system calls: arguments, environment, read/write, exit, errno texts |
//! | `reflect` | `iface.go`, `mbarrier.go` (reflect's link names) | what `std/reflect` and `std/internal/abi` need: the type-data base, allocation, copies, interface conversion |
//! | `time` | `time.go` (`now`), `time_nofake.go`, `timestub.go` | package time's clocks (CLOCK_REALTIME, CLOCK_MONOTONIC), `Sleep` (nanosleep), opening zoneinfo files |
//! | `rand` | `os_linux.go` (`readRandom`), `rand.go` (`startupRand`) | the kernel's random bytes that seed `math/rand`'s and `math/rand/v2`'s top-level generator (getrandom) |
//! | `gocall` | — | calling Go code (`Equal`, `Error`/`String`) from the runtime with an intact traceback |
//!
//! The runtime is single-threaded (no goroutines yet). Shared state still sits behind a small
//! spin lock so the Rust unit tests, which run on several threads, stay sound.

pub mod abi;
pub mod alg;
pub mod caller;
pub mod complex;
pub mod cpu;
pub mod deferred;
pub mod entry;
pub mod error;
pub mod float;
pub mod gocall;
pub mod hash;
pub mod iface;
pub mod malloc;
pub mod map;
pub mod memstats;
pub mod os;
pub mod panic;
pub mod print;
pub mod rand;
pub mod reflect;
pub mod signal;
pub mod sizeclasses;
pub mod slice;
pub mod stack;
pub mod statics;
pub mod string;
pub mod symtab;
pub mod sys;
pub mod syscalls;
pub mod tables;
pub mod throw;
pub mod time;
pub mod traceback;
pub mod typedata;
pub mod utf8;
