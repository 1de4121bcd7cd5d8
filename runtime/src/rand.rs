//! The entropy behind gocrane's randomly seeded generators: the bodyless Go function
//! `internal/chacha8rand.getrandom` under its link name, as gc's runtime reads `startupRand`
//! from the kernel (getrandom(2), or the auxiliary vector's AT_RANDOM) to seed the ChaCha8
//! state behind `runtime.rand`. The Go side is `std/internal/chacha8rand/runtime.go`, which
//! seeds its own ChaCha8 state with these bytes for the top-level functions of `math/rand`
//! and `math/rand/v2`.
//!
//! Layer 0: it uses nothing else of the runtime.

/// `internal/chacha8rand.getrandom(p []byte)`: fills `p` with random bytes from the kernel
/// (getrandom(2), retried after a signal or a short read). Should the kernel have no
/// getrandom, it reads /dev/urandom; should that fail too, the bytes left are mixed from the
/// clocks and the process id, so a program still starts (with weaker seeds), as gc's
/// fallback does.
///
/// # Safety
/// `p` must point at `len` writable bytes.
#[export_name = "internal/chacha8rand.getrandom"]
pub unsafe extern "C" fn getrandom(p: *mut u8, len: isize, _cap: isize) {
    let len = len.max(0) as usize;
    let mut done = 0;
    while done < len {
        let n = libc::getrandom(p.add(done).cast(), len - done, 0);
        if n > 0 {
            done += n as usize;
        } else if n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
            continue;
        } else {
            break;
        }
    }
    if done < len {
        done += urandom(p.add(done), len - done);
    }
    if done < len {
        weak_fill(p.add(done), len - done);
    }
}

/// Reads up to `len` bytes of /dev/urandom into `p`; how many it read.
///
/// # Safety
/// `p` must point at `len` writable bytes.
unsafe fn urandom(p: *mut u8, len: usize) -> usize {
    let fd = libc::open(c"/dev/urandom".as_ptr(), libc::O_RDONLY | libc::O_CLOEXEC);
    if fd < 0 {
        return 0;
    }
    let mut done = 0;
    while done < len {
        let n = libc::read(fd, p.add(done).cast(), len - done);
        if n > 0 {
            done += n as usize;
        } else if n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
            continue;
        } else {
            break;
        }
    }
    libc::close(fd);
    done
}

/// Fills `len` bytes at `p` from the clocks and the process id, stirred by splitmix64: no
/// secret, but different from run to run.
///
/// # Safety
/// `p` must point at `len` writable bytes.
unsafe fn weak_fill(p: *mut u8, len: usize) {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    libc::clock_gettime(libc::CLOCK_REALTIME, &mut ts);
    let mut x = (ts.tv_sec as u64).wrapping_mul(1_000_000_007) ^ ts.tv_nsec as u64;
    libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts);
    x ^= (ts.tv_nsec as u64).rotate_left(32) ^ (libc::getpid() as u64).rotate_left(48);
    for i in 0..len {
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        *p.add(i) = (z ^ (z >> 31)) as u8;
    }
}
