//! Program entry: the C `main` that `cc` links every gocrane program around.
//!
//! gc gives the main goroutine a stack that may grow to 1 GB, so Go programs recurse far deeper
//! than an 8 MiB C stack allows. To behave the same, `main` reserves a 1 GiB stack (lazily
//! committed, `MAP_NORESERVE`) with a guard area below it and runs the Go code on a thread that
//! uses it: install the fault handlers, enter the compiler's itabs in the itab table, run the
//! init tasks of `go:main.inittasks` (the packages' `P..inittask`s in gc's order: each runs
//! `P.init` when package variables need code, then the `init` funcs), `main.main`, then exit
//! with status 0. A fault in
//! the guard area is reported as gc's `fatal error: stack overflow`.
//!
//! The stack's bounds are recorded in `stack`, where the traceback, the signal handler and
//! `concatstrings` read them.
//! All output is written unbuffered, so nothing needs flushing at exit.
//!
//! Layer 10, the top: it starts everything below (`signal`, `iface`'s itab table) and nothing
//! uses it.

#[cfg(not(test))]
use crate::stack::{set_bounds, GO_STACK_SIZE, GUARD_SIZE};

/// gc's `initTask` (`P..inittask`): a package's functions to run before `main.main`.
#[cfg(not(test))]
#[repr(C)]
struct InitTask {
    state: u32,
    nfns: u32,
    fns: [extern "C" fn(); 0],
}

#[cfg(not(test))]
extern "C" {
    /// The init tasks to run, in order, ending with a null pointer (gocrane's form of the
    /// linker's `go:main.inittasks`, whose length gc keeps in the module data).
    #[link_name = "go:main.inittasks"]
    static MAIN_INITTASKS: [*mut InitTask; 0];
    #[link_name = "main.main"]
    fn main_main();
}

/// gc's `doInit1`: runs a package's init functions in order, once.
#[cfg(not(test))]
unsafe fn do_init(task: *mut InitTask) {
    if (*task).state != 0 {
        return;
    }
    (*task).state = 1;
    let fns = core::ptr::addr_of!((*task).fns).cast::<extern "C" fn()>();
    for i in 0..(*task).nfns as usize {
        (*fns.add(i))();
    }
    (*task).state = 2;
}

#[cfg(not(test))]
extern "C" fn run_go(_: *mut libc::c_void) -> *mut libc::c_void {
    // The alternate signal stack is per thread, so it is set up here, on the Go thread.
    crate::signal::install();
    // Run-time errors run the deferred calls, as `panic(v)` does.
    crate::panic::set_unwinder(crate::deferred::runtime_panic);
    // gc's itabsinit runs in schedinit, before any Go code.
    crate::iface::itabsinit();
    // SAFETY: the init task and main are emitted by gocrane; its functions take and return
    // nothing.
    unsafe {
        let mut task = core::ptr::addr_of!(MAIN_INITTASKS).cast::<*mut InitTask>();
        while !(*task).is_null() {
            do_init(*task);
            task = task.add(1);
        }
        main_main();
    }
    crate::sys::exit(0)
}

/// Maps the Go stack and starts `run_go` on it; false if the OS refuses.
#[cfg(not(test))]
fn start_on_big_stack() -> bool {
    let Some(base) = crate::sys::map_anon(0, GUARD_SIZE + GO_STACK_SIZE) else {
        return false;
    };
    // SAFETY: plain libc calls on memory we just mapped and a locally owned attribute object.
    unsafe {
        libc::mprotect(base.cast(), GUARD_SIZE, libc::PROT_NONE);
        let lo = base as usize + GUARD_SIZE;
        set_bounds(lo, lo + GO_STACK_SIZE);
        let mut attr: libc::pthread_attr_t = core::mem::zeroed();
        libc::pthread_attr_init(&mut attr);
        if libc::pthread_attr_setstack(&mut attr, lo as *mut libc::c_void, GO_STACK_SIZE) != 0 {
            return false;
        }
        let mut thread: libc::pthread_t = 0;
        if libc::pthread_create(&mut thread, &attr, run_go, core::ptr::null_mut()) != 0 {
            return false;
        }
        // run_go ends the process; this thread just waits.
        libc::pthread_join(thread, core::ptr::null_mut());
    }
    true
}

/// The C entry point. Not part of the unit-test build, which has its own `main`.
#[cfg(not(test))]
#[no_mangle]
pub extern "C" fn main(argc: i32, argv: *const *const u8) -> i32 {
    crate::os::set_args(argc, argv);
    if !start_on_big_stack() {
        // Fall back to the process stack (no stack-overflow report, bounds unknown).
        set_bounds(0, 0);
        run_go(core::ptr::null_mut());
    }
    crate::sys::exit(0)
}
