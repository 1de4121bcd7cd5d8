//! The file and process system calls of gocrane's standard library (`std/syscall/files.go`,
//! `std/os`): opening, reading at offsets, seeking, stat, directories, links, the working
//! directory, process and user ids, the host name, the random numbers of temporary names,
//! and SIGPIPE as gc's runtime treats it.
//! Like the calls of `os.rs`, each one is a bodyless Go function defined here under its link
//! name, and returns its count (or 0) on success and `-errno` on failure.
//!
//! gocrane compiles one copy of package syscall for either target (no build constraints), so
//! what differs between amd64 and arm64 stays on this side: the C library's `struct stat`
//! (whose field sizes and order differ) is copied field by field into one layout, gc's
//! linux/amd64 `syscall.Stat_t`; the open flags whose values differ (`O_DIRECTORY`,
//! `O_NOFOLLOW`, `O_DIRECT`) arrive as amd64's and are translated; and the system call
//! numbers are the C library's business.
//! Paths arrive as NUL-terminated byte strings that the Go side made.
//!
//! Layer 0 (leaf): uses nothing else in the crate.

use libc::{c_char, c_int, c_void};

/// The result of a C library call as the Go side wants it: `n`, or `-errno` when it failed.
pub(crate) fn result(n: isize) -> isize {
    if n < 0 {
        -(std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EIO) as isize)
    } else {
        n
    }
}

/// The same for a call that reports failure as -1 in a C `int`.
fn result_int(n: c_int) -> isize {
    result(n as isize)
}

/// gc's linux/amd64 `syscall.Stat_t`, the one layout the Go side knows (144 bytes).
#[repr(C)]
pub struct GoStat {
    dev: u64,
    ino: u64,
    nlink: u64,
    mode: u32,
    uid: u32,
    gid: u32,
    pad0: i32,
    rdev: u64,
    size: i64,
    blksize: i64,
    blocks: i64,
    atim: [i64; 2],
    mtim: [i64; 2],
    ctim: [i64; 2],
    unused: [i64; 3],
}

/// Copies the C library's `struct stat` of this target into `out`.
fn fill_stat(st: &libc::stat, out: &mut GoStat) {
    // The casts widen arm64's narrower fields (nlink, blksize) and are no-ops on amd64.
    #[allow(clippy::unnecessary_cast)]
    {
        *out = GoStat {
            dev: st.st_dev as u64,
            ino: st.st_ino as u64,
            nlink: st.st_nlink as u64,
            mode: st.st_mode as u32,
            uid: st.st_uid as u32,
            gid: st.st_gid as u32,
            pad0: 0,
            rdev: st.st_rdev as u64,
            size: st.st_size as i64,
            blksize: st.st_blksize as i64,
            blocks: st.st_blocks as i64,
            atim: [st.st_atime as i64, st.st_atime_nsec as i64],
            mtim: [st.st_mtime as i64, st.st_mtime_nsec as i64],
            ctim: [st.st_ctime as i64, st.st_ctime_nsec as i64],
            unused: [0; 3],
        };
    }
}

/// The open flags whose values differ between amd64 and arm64, as gc's amd64 `syscall`
/// spells them (the Go side's constants): `O_DIRECT`, `O_DIRECTORY`, `O_NOFOLLOW`.
const GO_O_DIRECT: isize = 0x4000;
const GO_O_DIRECTORY: isize = 0x10000;
const GO_O_NOFOLLOW: isize = 0x20000;

/// Open flags as the Go side spells them (amd64's values) made this target's.
fn native_open_flags(flags: isize) -> c_int {
    let mut n = (flags & !(GO_O_DIRECT | GO_O_DIRECTORY | GO_O_NOFOLLOW)) as c_int;
    if flags & GO_O_DIRECT != 0 {
        n |= libc::O_DIRECT;
    }
    if flags & GO_O_DIRECTORY != 0 {
        n |= libc::O_DIRECTORY;
    }
    if flags & GO_O_NOFOLLOW != 0 {
        n |= libc::O_NOFOLLOW;
    }
    n
}

/// `syscall.openat(dirfd int, path *byte, flags int, perm int) int`: openat(2); the new
/// descriptor or `-errno`. The flags are gc's amd64 values on either target.
///
/// # Safety
/// `path` must be a NUL-terminated string.
#[export_name = "syscall.openat"]
pub unsafe extern "C" fn openat(
    dirfd: isize,
    path: *const c_char,
    flags: isize,
    perm: isize,
) -> isize {
    result_int(libc::openat(
        dirfd as c_int,
        path,
        native_open_flags(flags),
        perm as libc::c_uint,
    ))
}

/// `syscall.pread(fd int, p []byte, off int64) int`: pread(2), once.
///
/// # Safety
/// `p` must point at `len` writable bytes.
#[export_name = "syscall.pread"]
pub unsafe extern "C" fn pread(fd: isize, p: *mut u8, len: isize, _cap: isize, off: i64) -> isize {
    result(libc::pread(
        fd as c_int,
        p.cast(),
        len.max(0) as usize,
        off as libc::off_t,
    ))
}

/// `syscall.pwrite(fd int, p []byte, off int64) int`: pwrite(2), once.
///
/// # Safety
/// `p` must point at `len` readable bytes.
#[export_name = "syscall.pwrite"]
pub unsafe extern "C" fn pwrite(
    fd: isize,
    p: *const u8,
    len: isize,
    _cap: isize,
    off: i64,
) -> isize {
    result(libc::pwrite(
        fd as c_int,
        p.cast(),
        len.max(0) as usize,
        off as libc::off_t,
    ))
}

/// `syscall.lseek(fd int, off int64, whence int) int64`: lseek(2); the new offset.
#[export_name = "syscall.lseek"]
pub extern "C" fn lseek(fd: isize, off: i64, whence: isize) -> i64 {
    // SAFETY: lseek has no memory-safety preconditions.
    let r = unsafe { libc::lseek(fd as c_int, off as libc::off_t, whence as c_int) };
    result(r as isize) as i64
}

/// `syscall.fstat(fd int, st *Stat_t) int`: fstat(2) into gc's amd64 layout.
///
/// # Safety
/// `out` must point at a writable `Stat_t`.
#[export_name = "syscall.fstat"]
pub unsafe extern "C" fn fstat(fd: isize, out: *mut GoStat) -> isize {
    let mut st: libc::stat = core::mem::zeroed();
    let r = result_int(libc::fstat(fd as c_int, &mut st));
    if r == 0 {
        fill_stat(&st, &mut *out);
    }
    r
}

/// `syscall.fstatat(dirfd int, path *byte, st *Stat_t, flags int) int`: fstatat(2) (stat and
/// lstat with `AT_FDCWD`) into gc's amd64 layout.
///
/// # Safety
/// `path` must be a NUL-terminated string and `out` point at a writable `Stat_t`.
#[export_name = "syscall.fstatat"]
pub unsafe extern "C" fn fstatat(
    dirfd: isize,
    path: *const c_char,
    out: *mut GoStat,
    flags: isize,
) -> isize {
    let mut st: libc::stat = core::mem::zeroed();
    let r = result_int(libc::fstatat(dirfd as c_int, path, &mut st, flags as c_int));
    if r == 0 {
        fill_stat(&st, &mut *out);
    }
    r
}

/// `syscall.unlinkat(dirfd int, path *byte, flags int) int`: unlinkat(2) (unlink, and rmdir
/// with `AT_REMOVEDIR`).
///
/// # Safety
/// `path` must be a NUL-terminated string.
#[export_name = "syscall.unlinkat"]
pub unsafe extern "C" fn unlinkat(dirfd: isize, path: *const c_char, flags: isize) -> isize {
    result_int(libc::unlinkat(dirfd as c_int, path, flags as c_int))
}

/// `syscall.renameat(olddirfd int, oldpath *byte, newdirfd int, newpath *byte) int`.
///
/// # Safety
/// Both paths must be NUL-terminated strings.
#[export_name = "syscall.renameat"]
pub unsafe extern "C" fn renameat(
    olddirfd: isize,
    oldpath: *const c_char,
    newdirfd: isize,
    newpath: *const c_char,
) -> isize {
    result_int(libc::renameat(
        olddirfd as c_int,
        oldpath,
        newdirfd as c_int,
        newpath,
    ))
}

/// `syscall.mkdirat(dirfd int, path *byte, mode int) int`: mkdirat(2).
///
/// # Safety
/// `path` must be a NUL-terminated string.
#[export_name = "syscall.mkdirat"]
pub unsafe extern "C" fn mkdirat(dirfd: isize, path: *const c_char, mode: isize) -> isize {
    result_int(libc::mkdirat(dirfd as c_int, path, mode as libc::mode_t))
}

/// `syscall.linkat(olddirfd int, oldpath *byte, newdirfd int, newpath *byte, flags int) int`.
///
/// # Safety
/// Both paths must be NUL-terminated strings.
#[export_name = "syscall.linkat"]
pub unsafe extern "C" fn linkat(
    olddirfd: isize,
    oldpath: *const c_char,
    newdirfd: isize,
    newpath: *const c_char,
    flags: isize,
) -> isize {
    result_int(libc::linkat(
        olddirfd as c_int,
        oldpath,
        newdirfd as c_int,
        newpath,
        flags as c_int,
    ))
}

/// `syscall.symlinkat(target *byte, newdirfd int, newpath *byte) int`.
///
/// # Safety
/// Both paths must be NUL-terminated strings.
#[export_name = "syscall.symlinkat"]
pub unsafe extern "C" fn symlinkat(
    target: *const c_char,
    newdirfd: isize,
    newpath: *const c_char,
) -> isize {
    result_int(libc::symlinkat(target, newdirfd as c_int, newpath))
}

/// `syscall.readlinkat(dirfd int, path *byte, buf []byte) int`: the link's length (the text
/// is cut at `len(buf)`, without a NUL).
///
/// # Safety
/// `path` must be a NUL-terminated string and `buf` point at `len` writable bytes.
#[export_name = "syscall.readlinkat"]
pub unsafe extern "C" fn readlinkat(
    dirfd: isize,
    path: *const c_char,
    buf: *mut u8,
    len: isize,
    _cap: isize,
) -> isize {
    result(libc::readlinkat(
        dirfd as c_int,
        path,
        buf.cast(),
        len.max(0) as usize,
    ))
}

/// `syscall.fchmodat(dirfd int, path *byte, mode int) int`: chmod relative to `dirfd`.
///
/// # Safety
/// `path` must be a NUL-terminated string.
#[export_name = "syscall.fchmodat"]
pub unsafe extern "C" fn fchmodat(dirfd: isize, path: *const c_char, mode: isize) -> isize {
    result_int(libc::fchmodat(
        dirfd as c_int,
        path,
        mode as libc::mode_t,
        0,
    ))
}

/// `syscall.fchmod(fd int, mode int) int`.
#[export_name = "syscall.fchmod"]
pub extern "C" fn fchmod(fd: isize, mode: isize) -> isize {
    // SAFETY: fchmod has no memory-safety preconditions.
    result_int(unsafe { libc::fchmod(fd as c_int, mode as libc::mode_t) })
}

/// `syscall.fchownat(dirfd int, path *byte, uid, gid, flags int) int` (chown, and lchown with
/// `AT_SYMLINK_NOFOLLOW`).
///
/// # Safety
/// `path` must be a NUL-terminated string.
#[export_name = "syscall.fchownat"]
pub unsafe extern "C" fn fchownat(
    dirfd: isize,
    path: *const c_char,
    uid: isize,
    gid: isize,
    flags: isize,
) -> isize {
    result_int(libc::fchownat(
        dirfd as c_int,
        path,
        uid as libc::uid_t,
        gid as libc::gid_t,
        flags as c_int,
    ))
}

/// `syscall.fchown(fd, uid, gid int) int`.
#[export_name = "syscall.fchown"]
pub extern "C" fn fchown(fd: isize, uid: isize, gid: isize) -> isize {
    // SAFETY: fchown has no memory-safety preconditions.
    result_int(unsafe { libc::fchown(fd as c_int, uid as libc::uid_t, gid as libc::gid_t) })
}

/// `syscall.getdents(fd int, buf []byte) int`: getdents64(2), whose records
/// (`linux_dirent64`) are the same on amd64 and arm64; 0 at the directory's end.
///
/// # Safety
/// `buf` must point at `len` writable bytes.
#[export_name = "syscall.getdents"]
pub unsafe extern "C" fn getdents(fd: isize, buf: *mut u8, len: isize, _cap: isize) -> isize {
    let r = libc::syscall(
        libc::SYS_getdents64,
        fd as c_int,
        buf.cast::<c_void>(),
        len.max(0) as usize,
    );
    result(r as isize)
}

/// `syscall.getcwd(buf []byte) int`: the working directory into `buf`, NUL-terminated; its
/// length with the NUL, as the system call counts.
///
/// # Safety
/// `buf` must point at `len` writable bytes.
#[export_name = "syscall.getcwd"]
pub unsafe extern "C" fn getcwd(buf: *mut u8, len: isize, _cap: isize) -> isize {
    if libc::getcwd(buf.cast(), len.max(0) as usize).is_null() {
        return result(-1);
    }
    libc::strlen(buf.cast()) as isize + 1
}

/// `syscall.chdir(path *byte) int`.
///
/// # Safety
/// `path` must be a NUL-terminated string.
#[export_name = "syscall.chdir"]
pub unsafe extern "C" fn chdir(path: *const c_char) -> isize {
    result_int(libc::chdir(path))
}

/// `syscall.fchdir(fd int) int`.
#[export_name = "syscall.fchdir"]
pub extern "C" fn fchdir(fd: isize) -> isize {
    // SAFETY: fchdir has no memory-safety preconditions.
    result_int(unsafe { libc::fchdir(fd as c_int) })
}

/// `syscall.ftruncate(fd int, length int64) int`.
#[export_name = "syscall.ftruncate"]
pub extern "C" fn ftruncate(fd: isize, length: i64) -> isize {
    // SAFETY: ftruncate has no memory-safety preconditions.
    result_int(unsafe { libc::ftruncate(fd as c_int, length as libc::off_t) })
}

/// `syscall.truncate(path *byte, length int64) int`.
///
/// # Safety
/// `path` must be a NUL-terminated string.
#[export_name = "syscall.truncate"]
pub unsafe extern "C" fn truncate(path: *const c_char, length: i64) -> isize {
    result_int(libc::truncate(path, length as libc::off_t))
}

/// `syscall.fsync(fd int) int`.
#[export_name = "syscall.fsync"]
pub extern "C" fn fsync(fd: isize) -> isize {
    // SAFETY: fsync has no memory-safety preconditions.
    result_int(unsafe { libc::fsync(fd as c_int) })
}

/// `syscall.fcntl(fd, cmd, arg int) int`: fcntl(2) with an integer argument.
#[export_name = "syscall.fcntl"]
pub extern "C" fn fcntl(fd: isize, cmd: isize, arg: isize) -> isize {
    // SAFETY: the commands the library uses (F_GETFL, F_SETFL, F_GETFD, F_SETFD, F_DUPFD…)
    // take an integer.
    result_int(unsafe { libc::fcntl(fd as c_int, cmd as c_int, arg as libc::c_long) })
}

/// `syscall.pipe2(p *[2]int32, flags int) int`.
///
/// # Safety
/// `p` must point at two writable `int32`s.
#[export_name = "syscall.pipe2"]
pub unsafe extern "C" fn pipe2(p: *mut c_int, flags: isize) -> isize {
    result_int(libc::pipe2(p, flags as c_int))
}

/// `syscall.uname(buf *Utsname) int`: uname(2); Linux's `struct utsname` (six 65-byte
/// strings) is the same on amd64 and arm64, and so is gc's `Utsname`.
///
/// # Safety
/// `buf` must point at a writable `Utsname`.
#[export_name = "syscall.uname"]
pub unsafe extern "C" fn uname(buf: *mut libc::utsname) -> isize {
    result_int(libc::uname(buf))
}

/// `syscall.getgroups(list []uint32) int`: getgroups(2); with an empty `list`, the count.
///
/// # Safety
/// `list` must point at `len` writable `uint32`s.
#[export_name = "syscall.getgroups"]
pub unsafe extern "C" fn getgroups(list: *mut libc::gid_t, len: isize, _cap: isize) -> isize {
    result_int(libc::getgroups(len.max(0) as c_int, list))
}

/// `syscall.Getpid() int`.
#[export_name = "syscall.Getpid"]
pub extern "C" fn getpid() -> isize {
    // SAFETY: getpid cannot fail.
    unsafe { libc::getpid() as isize }
}

/// `syscall.Getppid() int`.
#[export_name = "syscall.Getppid"]
pub extern "C" fn getppid() -> isize {
    // SAFETY: getppid cannot fail.
    unsafe { libc::getppid() as isize }
}

/// `syscall.Getuid() int`.
#[export_name = "syscall.Getuid"]
pub extern "C" fn getuid() -> isize {
    // SAFETY: getuid cannot fail.
    unsafe { libc::getuid() as isize }
}

/// `syscall.Geteuid() int`.
#[export_name = "syscall.Geteuid"]
pub extern "C" fn geteuid() -> isize {
    // SAFETY: geteuid cannot fail.
    unsafe { libc::geteuid() as isize }
}

/// `syscall.Getgid() int`.
#[export_name = "syscall.Getgid"]
pub extern "C" fn getgid() -> isize {
    // SAFETY: getgid cannot fail.
    unsafe { libc::getgid() as isize }
}

/// `syscall.Getegid() int`.
#[export_name = "syscall.Getegid"]
pub extern "C" fn getegid() -> isize {
    // SAFETY: getegid cannot fail.
    unsafe { libc::getegid() as isize }
}

/// `syscall.Getpagesize() int`: the size of a memory page.
#[export_name = "syscall.Getpagesize"]
pub extern "C" fn getpagesize() -> isize {
    // SAFETY: sysconf has no memory-safety preconditions.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as isize }
}

/// `syscall.Umask(mask int) (oldmask int)`: umask(2), which cannot fail.
#[export_name = "syscall.Umask"]
pub extern "C" fn umask(mask: isize) -> isize {
    // SAFETY: umask has no memory-safety preconditions.
    unsafe { libc::umask(mask as libc::mode_t) as isize }
}

/// `syscall.utimensat(dirfd int, path *byte, times *[2]Timespec, flags int) int`: sets the
/// access and modification times (`UTIME_OMIT` keeps one).
///
/// # Safety
/// `path` must be a NUL-terminated string and `times` point at two readable Timespecs.
#[export_name = "syscall.utimensat"]
pub unsafe extern "C" fn utimensat(
    dirfd: isize,
    path: *const c_char,
    times: *const [i64; 2],
    flags: isize,
) -> isize {
    // Timespec is {Sec int64; Nsec int64} on the Go side, libc's timespec on both targets.
    let t = [
        libc::timespec {
            tv_sec: (*times)[0] as libc::time_t,
            tv_nsec: (*times)[1] as libc::c_long,
        },
        libc::timespec {
            tv_sec: (*times.add(1))[0] as libc::time_t,
            tv_nsec: (*times.add(1))[1] as libc::c_long,
        },
    ];
    result_int(libc::utimensat(
        dirfd as c_int,
        path,
        t.as_ptr(),
        flags as c_int,
    ))
}

/// `os.fcntl(fd, cmd, arg int) int`: fcntl(2) for package os (gc's os reads a descriptor's
/// flags through internal/syscall/unix), the same as `syscall.fcntl`.
#[export_name = "os.fcntl"]
pub extern "C" fn os_fcntl(fd: isize, cmd: isize, arg: isize) -> isize {
    fcntl(fd, cmd, arg)
}

/// A SIGPIPE handler that does nothing: the write that caused the signal fails with EPIPE.
extern "C" fn ignore_signal(_sig: c_int) {}

/// `os.catchSIGPIPE()`: makes a write to a broken pipe an EPIPE error rather than the end of
/// the program, as gc's runtime does for every program (a handler, not SIG_IGN, so that a
/// child would get the default back).
#[export_name = "os.catchSIGPIPE"]
pub extern "C" fn catch_sigpipe() {
    // SAFETY: installs a handler that touches nothing; the old action is not needed.
    unsafe {
        let mut sa: libc::sigaction = core::mem::zeroed();
        sa.sa_sigaction = ignore_signal as *const () as usize;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGPIPE, &sa, core::ptr::null_mut());
    }
}

/// `os.sigpipe()`: ends the program with SIGPIPE, as gc's `os_sigpipe` does after a write to
/// standard output or error failed with EPIPE (exit status 2 should the signal not kill it).
#[export_name = "os.sigpipe"]
pub extern "C" fn sigpipe() {
    // SAFETY: restoring the default action and raising the signal have no memory-safety
    // preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        let mut set: libc::sigset_t = core::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGPIPE);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, core::ptr::null_mut());
        libc::raise(libc::SIGPIPE);
        libc::_exit(2);
    }
}

/// `os.runtime_rand() uint64`: 64 random bits for the names of temporary files (gc's
/// `runtime.rand`), from getrandom(2), or from the clock and the process id should that fail.
#[export_name = "os.runtime_rand"]
pub extern "C" fn runtime_rand() -> u64 {
    let mut v = 0u64;
    // SAFETY: getrandom writes at most 8 bytes into `v`.
    let n = unsafe { libc::getrandom((&mut v as *mut u64).cast(), 8, 0) };
    if n == 8 {
        return v;
    }
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    let seed = (ts.tv_sec as u64) ^ ((ts.tv_nsec as u64) << 20) ^ (getpid() as u64) << 40;
    // One round of splitmix64 spreads the bits.
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}
