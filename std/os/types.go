package os

import (
	"io/fs"
	"syscall"
	"time"
)

// Getpagesize returns the size of a memory page.
func Getpagesize() int { return syscall.Getpagesize() }

// A FileInfo describes a file (Stat, Lstat, File.Stat, File.Readdir).
type FileInfo = fs.FileInfo

// A FileMode is a file's type and permission bits.
type FileMode = fs.FileMode

// The type and property bits of a FileMode, as io/fs defines them.
const (
	ModeDir        = fs.ModeDir        // d: a directory
	ModeAppend     = fs.ModeAppend     // a: append only
	ModeExclusive  = fs.ModeExclusive  // l: for exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary (Plan 9)
	ModeSymlink    = fs.ModeSymlink    // L: a symbolic link
	ModeDevice     = fs.ModeDevice     // D: a device
	ModeNamedPipe  = fs.ModeNamedPipe  // p: a named pipe (FIFO)
	ModeSocket     = fs.ModeSocket     // S: a Unix domain socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: a character device (with ModeDevice)
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: not a regular file, nothing more known

	ModeType = fs.ModeType // the type bits
	ModePerm = fs.ModePerm // the Unix permission bits, 0o777
)

// fileStat is the FileInfo of package os: what stat(2) said.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return &fs.sys }

// SameFile reports whether fi1 and fi2 describe the same file (the same device and inode);
// only FileInfos of this package can be.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.sys.Dev == fs2.sys.Dev && fs1.sys.Ino == fs2.sys.Ino
}

// fillFileStatFromSys makes the FileInfo of name from its Stat_t.
func fillFileStatFromSys(fs *fileStat, name string) {
	fs.name = basename(name)
	fs.size = fs.sys.Size
	fs.modTime = time.Unix(fs.sys.Mtim.Unix())
	fs.mode = FileMode(fs.sys.Mode & 0777)
	switch fs.sys.Mode & syscall.S_IFMT {
	case syscall.S_IFBLK:
		fs.mode |= ModeDevice
	case syscall.S_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		fs.mode |= ModeDir
	case syscall.S_IFIFO:
		fs.mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		fs.mode |= ModeSymlink
	case syscall.S_IFSOCK:
		fs.mode |= ModeSocket
	}
	if fs.sys.Mode&syscall.S_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if fs.sys.Mode&syscall.S_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if fs.sys.Mode&syscall.S_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
}

// basename returns the last element of path: trailing slashes dropped, "/" for a path of
// slashes, "." for an empty one.
func basename(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	i := len(path) - 1
	for i >= 0 && path[i] != '/' {
		i--
	}
	path = path[i+1:]
	if path == "" {
		return "/"
	}
	return path
}

// Stat describes the file name, following symbolic links.
func Stat(name string) (FileInfo, error) {
	var fs fileStat
	err := ignoringEINTR(func() error { return syscall.Stat(name, &fs.sys) })
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	fillFileStatFromSys(&fs, name)
	return &fs, nil
}

// Lstat describes the file name; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) {
	var fs fileStat
	err := ignoringEINTR(func() error { return syscall.Lstat(name, &fs.sys) })
	if err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	fillFileStatFromSys(&fs, name)
	return &fs, nil
}

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, f.wrapErr("stat", ErrClosed)
	}
	var fs fileStat
	err := ignoringEINTR(func() error { return syscall.Fstat(f.fd, &fs.sys) })
	if err != nil {
		return nil, f.wrapErr("stat", err)
	}
	fillFileStatFromSys(&fs, f.name)
	return &fs, nil
}

// lstatat describes name in the directory f without following a link.
func (f *File) lstatat(name string) (FileInfo, error) {
	var fs fileStat
	if f.closed {
		return nil, &PathError{Op: "fstatat", Path: f.name + "/" + name, Err: ErrClosed}
	}
	err := ignoringEINTR(func() error {
		return syscall.Fstatat(f.fd, name, &fs.sys, 0x100) // AT_SYMLINK_NOFOLLOW
	})
	if err != nil {
		return nil, &PathError{Op: "fstatat", Path: f.name + "/" + name, Err: err}
	}
	fillFileStatFromSys(&fs, name)
	return &fs, nil
}
