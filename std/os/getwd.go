package os

import "syscall"

// Getwd returns the working directory: $PWD when it names it (it keeps the links the
// user went through), else what the kernel says.
func Getwd() (dir string, err error) {
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		dot, err := Stat(".")
		if err != nil {
			return "", err
		}
		d, err := Stat(dir)
		if err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	for {
		dir, err = syscall.Getwd()
		if err != syscall.EINTR {
			break
		}
	}
	// gc walks up the tree by hand when the kernel's answer is too long (ENAMETOOLONG);
	// gocrane's reports it.
	return dir, NewSyscallError("getwd", err)
}
