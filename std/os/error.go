package os

import (
	"errors"
	"io/fs"
	"syscall"
)

// Errors of file operations, as io/fs declares them.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline             = errors.New("file type does not support deadline")
	ErrDeadlineExceeded error = &deadlineExceededError{} // "i/o timeout"
)

// deadlineExceededError is the error of an operation past its deadline (gc's poll package's;
// gocrane's files have no deadlines yet).
type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

// PathError records an error and the operation and file that caused it.
type PathError = fs.PathError

// SyscallError records an error of a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether the error is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns a SyscallError for the call syscall, or nil for a nil err.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// IsExist reports whether err says a file or directory exists. Unlike errors.Is(err,
// ErrExist) it looks only inside PathError, LinkError and SyscallError, one level.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says a file or directory does not exist (see IsExist).
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says permission is denied (see IsExist).
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout reports whether err says it is a timeout (see IsExist).
func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// underlyingError returns the error an error of this package wraps, or err itself.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}
