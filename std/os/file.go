// Package os is the operating system as Go programs see it: files (the standard streams so
// far), the command line, the environment, exiting.
//
// gocrane's implementation.
package os

import (
	"io"
	"io/fs"
	"syscall"
	"unsafe"
)

// File is an open file descriptor.
type File struct {
	*file // the descriptor itself, so that a copy of a File shares it
}

type file struct {
	fd     int
	name   string
	closed bool
}

// The standard input, output and error streams.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// NewFile returns a File for the descriptor fd, or nil if fd is not valid.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{&file{fd: int(fd), name: name}}
}

// Errors of file operations, as io/fs declares them.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// PathError records an error and the operation and file that caused it.
type PathError = fs.PathError

// checkValid returns the error of an operation on a nil or closed file.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// wrapErr makes a system call's error the operation's.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor (^uintptr(0) for a nil or closed file).
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes b to the file, all of it unless an error stops it.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		m, e := syscall.Write(f.fd, b[n:])
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			err = e
			break
		}
		n += m
	}
	return n, f.wrapErr("write", err)
}

// WriteString writes s to the file, without copying it to a byte slice.
func (f *File) WriteString(s string) (n int, err error) {
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	return f.Write(b)
}

// Read reads up to len(b) bytes from the file; at its end, 0 and io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		n, err = syscall.Read(f.fd, b)
		if err != syscall.EINTR {
			break
		}
	}
	if n < 0 {
		n = 0
	}
	if n == 0 && err == nil {
		err = io.EOF
	}
	return n, f.wrapErr("read", err)
}

// Close closes the file; a second Close is an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return f.wrapErr("close", syscall.Close(f.fd))
}
