package os

import (
	"io"
	"syscall"
)

// The separators of paths and of lists of paths.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// IsPathSeparator reports whether c separates the elements of a path.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// MkdirAll makes the directory path and the parents it lacks, each with the permissions
// perm (before the umask). A path that is already a directory is no error.
func MkdirAll(path string, perm FileMode) error {
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}

	// The parent: path without its trailing slashes and its last element.
	i := len(path) - 1
	for i >= 0 && IsPathSeparator(path[i]) {
		i--
	}
	for i >= 0 && !IsPathSeparator(path[i]) {
		i--
	}
	if i < 0 {
		i = 0
	}
	if parent := path[:i]; len(parent) > 0 {
		if err := MkdirAll(parent, perm); err != nil {
			return err
		}
	}

	if err := Mkdir(path, perm); err != nil {
		// Someone may have made it meanwhile (or path ends in "."): fine if it is a directory.
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// endsWithDot reports whether the last element of path is ".".
func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	return len(path) >= 2 && path[len(path)-1] == '.' && IsPathSeparator(path[len(path)-2])
}

// splitPath returns the directory and the last element of path, for RemoveAll: the
// directory is "." for a relative path of one element and "/" for one under the root.
func splitPath(path string) (string, string) {
	dirname := "."
	// A leading "//" is "/".
	for len(path) > 1 && path[0] == '/' && path[1] == '/' {
		path = path[1:]
	}
	i := len(path) - 1
	for ; i > 0 && path[i] == '/'; i-- {
		path = path[:i]
	}
	basename := path
	for i--; i >= 0; i-- {
		if path[i] == '/' {
			if i == 0 {
				dirname = path[:1]
			} else {
				dirname = path[:i]
			}
			basename = path[i+1:]
			break
		}
	}
	return dirname, basename
}

// RemoveAll removes path and everything under it. A path that does not exist is no error;
// the first error met is returned.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	// rmdir(2) refuses ".", and so does RemoveAll, before removing what is under it.
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}

	parentDir, base := splitPath(path)
	parent, err := OpenFile(parentDir, O_RDONLY, 0)
	if IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	defer parent.Close()

	if err := removeAllFrom(parent.fd, parentDir, base); err != nil {
		if pathErr, ok := err.(*PathError); ok {
			pathErr.Path = parentDir + string(PathSeparator) + pathErr.Path
			err = pathErr
		}
		return err
	}
	return nil
}

// removeAllFrom removes base, in the directory parentFd (whose path is parentPath), and
// everything under it. Errors name paths relative to the parent.
func removeAllFrom(parentFd int, parentPath string, base string) error {
	err := ignoringEINTR(func() error { return syscall.Unlinkat(parentFd, base) })
	if err == nil || IsNotExist(err) {
		return nil
	}
	// unlink fails with EISDIR for a directory (EPERM on some systems, EACCES when it may
	// not be removed); anything else is final.
	if err != syscall.EISDIR && err != syscall.EPERM && err != syscall.EACCES {
		return &PathError{Op: "unlinkat", Path: base, Err: err}
	}
	uErr := err
	path := parentPath + "/" + base

	// Remove what is in the directory, reading its names 1024 at a time and starting over
	// while a batch could not be removed whole.
	var recurseErr error
	for {
		const reqSize = 1024
		var respSize int

		var fd int
		err := ignoringEINTR(func() error {
			var e error
			fd, e = syscall.Openat(parentFd, base, syscall.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC|syscall.O_DIRECTORY, 0)
			return e
		})
		if err != nil {
			if IsNotExist(err) {
				return nil
			}
			if err == syscall.ENOTDIR {
				return &PathError{Op: "unlinkat", Path: base, Err: uErr}
			}
			// A symbolic link (ELOOP with O_NOFOLLOW) could not be unlinked either.
			if err == syscall.ELOOP {
				err = uErr
			}
			recurseErr = &PathError{Op: "openfdat", Path: base, Err: err}
			break
		}
		file := newFile(fd, base)

		for {
			numErr := 0
			names, readErr := file.Readdirnames(reqSize)
			if readErr != nil && readErr != io.EOF {
				file.Close()
				if IsNotExist(readErr) {
					return nil
				}
				return &PathError{Op: "readdirnames", Path: base, Err: readErr}
			}
			respSize = len(names)
			for _, name := range names {
				err := removeAllFrom(file.fd, path, name)
				if err != nil {
					if pathErr, ok := err.(*PathError); ok {
						pathErr.Path = base + string(PathSeparator) + pathErr.Path
					}
					numErr++
					if recurseErr == nil {
						recurseErr = err
					}
				}
			}
			// Read on only if a whole batch failed: the failed names stay ahead in the
			// directory and a new batch must get past them.
			if numErr != reqSize {
				break
			}
		}
		file.Close()
		if respSize < reqSize {
			break
		}
	}

	unlinkError := ignoringEINTR(func() error { return syscall.Rmdir(path) })
	if unlinkError == nil || IsNotExist(unlinkError) {
		return nil
	}
	if recurseErr != nil {
		return recurseErr
	}
	return &PathError{Op: "unlinkat", Path: base, Err: unlinkError}
}
