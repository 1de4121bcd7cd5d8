//! Links a stand-in for a gocrane-compiled program (`c/prog.c`: "Go" functions named `main.*`
//! calling the runtime under gc's symbol names, plus `runtime.functab`, and `c/types.S`: type data
//! laid out as the compiler emits it)
//! against the runtime's static library with `cc`, runs each scenario and compares stderr and the
//! exit status with what gc 1.27.3 prints for the equivalent Go program.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The runtime's static library, built for this test by a nested `cargo build` into a target
/// directory of its own: `cargo test` builds the crate's rlib for its tests, but does not
/// necessarily leave `libgocrane_runtime.a` anywhere predictable.
fn staticlib() -> PathBuf {
    static LIB: OnceLock<PathBuf> = OnceLock::new();
    LIB.get_or_init(|| {
        let target_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("runtime-staticlib");
        let status = Command::new(env!("CARGO"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args([
                "build",
                "--release",
                "-p",
                "gocrane-runtime",
                "--lib",
                "--target-dir",
            ])
            .arg(&target_dir)
            .env_remove("CARGO_TARGET_DIR")
            .status()
            .expect("run cargo to build the runtime staticlib");
        assert!(status.success(), "building libgocrane_runtime.a failed");
        let lib = target_dir.join("release").join("libgocrane_runtime.a");
        assert!(lib.exists(), "{} not built", lib.display());
        lib
    })
    .clone()
}

/// Compiles and links `c/prog.c` once for all tests.
fn program() -> &'static Path {
    static PROG: OnceLock<PathBuf> = OnceLock::new();
    PROG.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("runtime-c-program");
        std::fs::create_dir_all(&dir).unwrap();
        let exe = dir.join("prog");
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/c/prog.c");
        let types = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/c/types.S");
        let status = Command::new("cc")
            .args(["-O0", "-g", "-fno-omit-frame-pointer", "-o"])
            .arg(&exe)
            .arg(&src)
            .arg(&types)
            .arg(staticlib())
            // What `rustc --print native-static-libs` lists for the runtime archive.
            .args([
                "-lgcc_s",
                "-lutil",
                "-lrt",
                "-lpthread",
                "-lm",
                "-ldl",
                "-lc",
            ])
            .status()
            .expect("run cc");
        assert!(status.success(), "cc failed");
        exe
    })
}

fn run(scenario: &str) -> (String, String, i32) {
    let out = Command::new(program())
        .env("SCENARIO", scenario)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn assert_panics(scenario: &str, want_stderr: &str) {
    let (stdout, stderr, code) = run(scenario);
    assert_eq!(stdout, "");
    assert_eq!(stderr, want_stderr, "scenario {scenario}");
    assert_eq!(code, 2, "scenario {scenario}");
}

#[test]
fn println_output_matches_gc() {
    let (stdout, stderr, code) = run("print");
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "x -5 1e+21 true 0.1 18446744073709551615 0x0 [0/0]0x0 (0x0,0x0) (1.5-2i)\n\
         0 97\n1 233\n3 65533\ninit ran: 42\n"
    );
    assert_eq!(code, 0);
}

#[test]
fn bounds_panic_with_traceback() {
    assert_panics(
        "index",
        "panic: runtime error: index out of range [5] with length 3\n\n\
         goroutine 1 [running]:\nmain.f(...)\nmain.main()\n",
    );
    assert_panics(
        "slice3",
        "panic: runtime error: slice bounds out of range [3:1:]\n\n\
         goroutine 1 [running]:\nmain.main()\n",
    );
}

#[test]
fn nil_dereference_through_the_signal_handler() {
    let (stdout, stderr, code) = run("nil");
    assert_eq!(stdout, "");
    assert_eq!(code, 2);
    let (head, rest) = stderr
        .split_once("pc=0x")
        .expect("a [signal ...] line with pc");
    assert_eq!(
        head,
        "panic: runtime error: invalid memory address or nil pointer dereference\n\
         [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 "
    );
    let (pc, tail) = rest.split_once(']').unwrap();
    assert!(u64::from_str_radix(pc, 16).is_ok(), "pc {pc}");
    assert_eq!(
        tail,
        "\n\ngoroutine 1 [running]:\nmain.g(...)\nmain.main()\n"
    );
}

#[test]
fn explicit_nil_check_prints_the_fault_text() {
    let (_, stderr, code) = run("panicmem");
    assert_eq!(code, 2);
    assert!(stderr.starts_with(
        "panic: runtime error: invalid memory address or nil pointer dereference\n\
         [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x"
    ));
    assert!(stderr.ends_with("]\n\ngoroutine 1 [running]:\nmain.main()\n"));
}

#[test]
fn other_runtime_panics() {
    assert_panics(
        "divide",
        "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n",
    );
    assert_panics(
        "makeslice",
        "panic: runtime error: makeslice: len out of range\n\ngoroutine 1 [running]:\nmain.main()\n",
    );
}

#[test]
fn panic_values_print_like_gc() {
    assert_panics(
        "gopanic",
        "panic: boom\n\tline two\n\ngoroutine 1 [running]:\nmain.main()\n",
    );
    assert_panics(
        "gopanic_float",
        "panic: 1e+21\n\ngoroutine 1 [running]:\nmain.main()\n",
    );
    assert_panics(
        "custom",
        "panic: main.MyInt(5)\n\ngoroutine 1 [running]:\nmain.main()\n",
    );
    assert_panics(
        "nilpanic",
        "panic: runtime error: panic called with nil argument\n\ngoroutine 1 [running]:\nmain.main()\n",
    );
    // gc: panic(E(1)) with `func (E) Error() string { return "boom\nsecond" }`, and a Stringer.
    assert_panics(
        "error",
        "panic: boom\n\tsecond\n\ngoroutine 1 [running]:\nmain.main()\n",
    );
    assert_panics(
        "stringer",
        "panic: stringer!\n\ngoroutine 1 [running]:\nmain.main()\n",
    );
    // A struct prints its type and data word: `panic: (main.T) 0xc000012345`.
    let (_, stderr, code) = run("struct");
    assert_eq!(code, 2);
    let (hex, rest) = stderr
        .strip_prefix("panic: (main.T) 0x")
        .and_then(|rest| rest.split_once('\n'))
        .unwrap_or_else(|| panic!("unexpected: {stderr}"));
    assert!(
        u64::from_str_radix(hex, 16).is_ok_and(|a| a != 0),
        "{stderr}"
    );
    assert_eq!(rest, "\ngoroutine 1 [running]:\nmain.main()\n");
}

/// The itab table, assertions, switches and equality over the hand-written type data of
/// `c/types.S` (the layout the compiler emits): compiler itabs are found, others built
/// with hash 0 and the right code pointers, negative results cached, unexported methods
/// matched by package path, caches filled by sampling, equality dispatched through `Equal`.
#[test]
fn interface_runtime_over_compiler_type_data() {
    let (stdout, stderr, code) = run("interfaces");
    assert_eq!((stdout.as_str(), code), ("", 0), "{stderr}");
    assert_eq!(
        stderr,
        "\
T,I is the compiler's itab 1
*T,I built 1
*T,I hash 0
*T,I fun 1
*T,I cached 1
T,J fails 1
T,J fails again 1
T,K unexported method 1
int,I fails 1
assertE2I2 nil 1
assertE2I 1
method calls 101
typeAssert cache mask 1
typeAssert cache entry 1
typeAssert miss 1
switch T case 1
switch T tab 1
switch int case 2
switch int tab 0
efaceeq 5 5 1
efaceeq 5 6 0
efaceeq nil 1
efaceeq strings 1
efaceeq pointers 1
efaceeq pointers differ 0
efaceeq any in any 1
ifaceeq 1
ifaceeq nil 1
"
    );
}

/// Texts recorded from gc 1.27.3 running the equivalent Go programs (`/tmp/rt/b.go`, `c.go`).
#[test]
fn interface_panics_match_gc() {
    let trace = "\n\ngoroutine 1 [running]:\nmain.main()\n";
    for (scenario, msg) in [
        (
            "missing",
            "interface conversion: main.T is not main.J: missing method N",
        ),
        // The negative entry is cached; the name of the missing method is found again.
        (
            "missing_cached",
            "interface conversion: main.T is not main.J: missing method N",
        ),
        (
            "nouncommon",
            "interface conversion: []int is not main.I: missing method M",
        ),
        (
            "dottypeE",
            "interface conversion: interface {} is int, not string",
        ),
        (
            "dottypeI",
            "interface conversion: main.I is main.T, not *main.T",
        ),
        (
            "nildottype",
            "interface conversion: interface is nil, not main.I",
        ),
        (
            "typeassert_nil",
            "interface conversion: interface is nil, not main.I",
        ),
        (
            "uncomparable",
            "runtime error: comparing uncomparable type []int",
        ),
    ] {
        assert_panics(scenario, &format!("panic: {msg}{trace}"));
    }
    // The wrapper main.(*T).M of a value method, called through an itab with a nil *T.
    assert_panics(
        "wrap",
        "panic: value method main.T.M called using nil *T pointer\n\n\
         goroutine 1 [running]:\nmain.(*T).M(...)\nmain.call(...)\nmain.main()\n",
    );
}

/// `name Mallocs TotalAlloc Frees` deltas printed by gc 1.27.3 for the same operations
/// (each result assigned to a global, so everything is heap-allocated; `/tmp/rt/gr` probe).
const GC_MEMSTATS: &str = "\
new_int 1 16 0
two_new_int 2 16 1
new_arr3 1 24 0
concat10 1 16 0
concat_one 0 0 0
bytes5 1 16 0
intstring 1 16 0
bytestostring40 1 48 0
bytestostring1 0 0 0
runes 1 24 0
append100 8 2048 0
make64k 1 65536 0
nothing 0 0 0
";

#[test]
fn allocation_statistics_match_gc() {
    let (_, stderr, code) = run("memstats");
    assert_eq!(code, 0);
    assert_eq!(stderr, GC_MEMSTATS);
}

/// gc prints the innermost 50 frames, `...N frames elided...`, and the outermost 50
/// (recorded from gc 1.27.3 for `f(150)` recursing to an index panic: 152 frames, 52 elided).
#[test]
fn long_traces_are_elided_like_gc() {
    let mut want = String::from("panic: runtime error: index out of range [1] with length 0\n\n");
    want.push_str("goroutine 1 [running]:\n");
    want.push_str(&"main.rec(...)\n".repeat(50));
    want.push_str("...52 frames elided...\n");
    want.push_str(&"main.rec(...)\n".repeat(49));
    want.push_str("main.main()\n");
    assert_panics("deep", &want);
}

#[test]
fn unbounded_recursion_is_a_stack_overflow() {
    let (stdout, stderr, code) = run("overflow");
    assert_eq!(stdout, "");
    assert_eq!(code, 2);
    assert!(
        stderr
            .starts_with("runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x"),
        "{stderr}"
    );
    let (_, rest) = stderr
        .split_once("]\nfatal error: stack overflow\n\n")
        .expect("fatal error line");
    assert!(rest.starts_with("goroutine 1 [running]:\nmain.inf(...)\n"));
    assert!(rest.contains(" frames elided...\n"));
    assert!(rest.ends_with("main.inf(...)\nmain.main()\n"));
    assert_eq!(rest.lines().count(), 1 + 50 + 1 + 50);
}

/// A panic inside the panic value's `Error`/`String` method: gc's `preprintpanics` turns it
/// into a fatal error naming the new panic value (its type, or the string itself). The trace
/// runs from the method through the runtime's Go-call shim back into `main.main`.
#[test]
fn panics_while_printing_the_panic_value_are_fatal_like_gc() {
    // gc 1.27.3 (`/tmp/rt/d.go`): `var e *ME; panic(e)` with `func (e *ME) Error() string { return e.msg }`.
    let (_, stderr, code) = run("nilerr");
    assert_eq!(code, 2);
    let (head, rest) = stderr.split_once(" addr=").expect("a [signal ...] line");
    assert_eq!(
        head,
        "fatal error: panic while printing panic value: type runtime.errorString\n\
         [signal SIGSEGV: segmentation violation code=0x1"
    );
    let (_, tail) = rest.split_once(']').unwrap();
    assert_eq!(
        tail,
        "\n\ngoroutine 1 [running]:\nmain.(*ME).Error(...)\nmain.main()\n"
    );
    // `func (PS) String() string { panic("inner") }`.
    assert_panics(
        "strpanic",
        "fatal error: panic while printing panic value: inner\n\n\
         goroutine 1 [running]:\nmain.(*PS).String(...)\nmain.main()\n",
    );
}
