//! Thin wrappers over the few system calls the runtime needs: unbuffered writes to stderr,
//! process exit, anonymous memory mappings.
//!
//! Layer 0 (leaf): uses nothing else in the crate.

/// Writes all of `b` to fd 2 with `write(2)`, retrying on short writes and EINTR, like gc's `writeErr`.
pub fn write_err(b: &[u8]) {
    write_fd(2, b)
}

pub fn write_fd(fd: i32, mut b: &[u8]) {
    while !b.is_empty() {
        // SAFETY: b is a valid readable buffer of b.len() bytes.
        let n = unsafe { libc::write(fd, b.as_ptr().cast(), b.len()) };
        if n < 0 {
            if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return;
        }
        b = &b[n as usize..];
    }
}

/// Ends the process at once with `status`, without running Rust or C atexit machinery.
pub fn exit(status: i32) -> ! {
    // SAFETY: _exit has no preconditions.
    unsafe { libc::_exit(status) }
}

/// Maps `len` bytes of zeroed read/write memory, preferably at `hint`; `None` if the OS refuses.
pub fn map_anon(hint: usize, len: usize) -> Option<*mut u8> {
    // SAFETY: an anonymous private mapping without MAP_FIXED cannot clobber existing mappings.
    let p = unsafe {
        libc::mmap(
            hint as *mut libc::c_void,
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        None
    } else {
        Some(p.cast())
    }
}

/// A tiny stack-allocated byte buffer for formatting without the Rust heap (usable in a signal handler).
pub struct Buf<const N: usize> {
    pub bytes: [u8; N],
    pub len: usize,
}

impl<const N: usize> Buf<N> {
    pub fn new() -> Self {
        Buf {
            bytes: [0; N],
            len: 0,
        }
    }
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
    pub fn push(&mut self, b: &[u8]) {
        let n = b.len().min(N - self.len);
        self.bytes[self.len..self.len + n].copy_from_slice(&b[..n]);
        self.len += n;
    }
}

impl<const N: usize> Default for Buf<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> core::fmt::Write for Buf<N> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        if self.len + s.len() > N {
            return Err(core::fmt::Error);
        }
        self.push(s.as_bytes());
        Ok(())
    }
}
