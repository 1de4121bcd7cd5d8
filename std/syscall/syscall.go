// Package syscall is the interface to the operating system that package os is built on:
// system calls, error numbers, the environment.
//
// gocrane's implementation has what os needs; the functions without a body are gocrane's
// runtime's (runtime/src/os.rs and runtime/src/syscalls.rs), as gc's are assembly. It is one
// copy for amd64 and arm64 (gocrane has no build constraints yet), laid out as gc's amd64
// package where the two differ (Stat_t, the O_DIRECTORY, O_NOFOLLOW and O_DIRECT flags).
package syscall

import (
	"errors"
	"internal/oserror"
)

// The standard file descriptors.
const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// An Errno is an error number of the operating system (Linux's).
type Errno uintptr

// Error returns the number's text, as the C library writes it but for the first letter;
// "errno N" for a number Linux does not name.
func (e Errno) Error() string {
	if s := errstr(uintptr(e)); s != "" {
		return s
	}
	return "errno " + itoa(int(e))
}

// Is reports whether e is one of the portable errors it stands for: permission, existence,
// or an unsupported operation.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case errors.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

// Temporary reports whether trying again may succeed.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether e is a timeout.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint(n)
	if neg {
		u = -u
	}
	var buf [20]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// The runtime's system calls: a count (or 0) on success, -errno on failure. The buffers
// are used during the call only.
//
//go:noescape
func write(fd int, p []byte) int

//go:noescape
func read(fd int, p []byte) int

func close(fd int) int
func errstr(e uintptr) string
func runtime_envc() int
func runtime_env(i int) string

// Exit ends the program at once with status code; deferred calls do not run.
func Exit(code int)

// Write writes p to the descriptor fd, once (it may write fewer bytes).
func Write(fd int, p []byte) (n int, err error) {
	r := write(fd, p)
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

// Read reads into p from the descriptor fd, once; 0 at the end of the input.
func Read(fd int, p []byte) (n int, err error) {
	r := read(fd, p)
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

// Close closes the descriptor fd.
func Close(fd int) (err error) {
	if r := close(fd); r < 0 {
		return Errno(-r)
	}
	return nil
}
