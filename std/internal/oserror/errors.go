// Package oserror holds the errors that io/fs, os and syscall share, so that a syscall.Errno
// can say it is one of them (errors.Is(err, fs.ErrNotExist)).
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
