//! gocrane runtime: the Rust library linked (by `cc`) into every program gocrane compiles.
//!
//! Generated code calls it with the platform C calling convention under gc's symbol names
//! (`runtime.mallocgc`, `runtime.printint`, ...); `docs/runtime-abi.md` is the contract and lists
//! every symbol with its C signature. The modules mirror gc's `src/runtime` files:
//!
//! | module | gc file | decides |
//! |---|---|---|
//! | `entry` | `proc.go` (`main`) | C `main`: signals, `main..inittask`, `main.main`, `exit(0)` |
//! | `malloc`, `sizeclasses` | `malloc.go`, `msize.go`, `sizeclasses.go` | size-class rounding, tiny blocks, allocation statistics |
//! | `slice` | `slice.go` | `makeslice`, `growslice` (gc's growth rule) |
//! | `memstats` | `mstats.go` | the `runtime.MemStats` layout and `ReadMemStats` |
//! | `print`, `float` | `print.go`, `internal/strconv` | byte-exact `print`/`println` output |
//! | `string` | `string.go`, `utf8.go` | string conversions and concatenation, with gc's allocation counts |
//! | `panic`, `signal`, `traceback` | `panic.go`, `error.go`, `signal_unix.go`, `traceback.go` | panic texts, exit status 2, the goroutine trace |
//! | `iface` | `iface.go` | itab table, type assertions and switches, interface data words (`convT*`) |
//! | `typedata` | `type.go`, `internal/abi` | reading the compiler's type data: names, offsets, method tables |
//! | `alg` | `alg.go` | equality functions behind `Type.Equal`, interface comparison |
//! | `error` | `error.go`, `panic.go` (printing) | texts of `panic(v)`, type assertion errors, `panicwrap` |
//! | `gocall` | — | calling Go code (`Equal`, `Error`/`String`) from the runtime with an intact traceback |
//!
//! The runtime is single-threaded (no goroutines yet). Shared state still sits behind a small
//! spin lock so the Rust unit tests, which run on several threads, stay sound.

pub mod abi;
pub mod alg;
pub mod entry;
pub mod error;
pub mod float;
pub mod gocall;
pub mod iface;
pub mod malloc;
pub mod memstats;
pub mod panic;
pub mod print;
pub mod signal;
pub mod sizeclasses;
pub mod slice;
pub mod string;
pub mod sys;
pub mod tables;
pub mod traceback;
pub mod typedata;
