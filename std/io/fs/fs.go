// Package fs defines the interface to file systems: files, their modes and descriptions,
// directory entries, and the errors of file operations.
//
// gocrane's implementation: the file-system helpers (Sub, Glob, WalkDir, ReadFile, …) are
// not there yet.
package fs

import (
	"internal/oserror"
	"time"
	"unicode/utf8"
)

// An FS gives access to a hierarchy of files.
type FS interface {
	// Open opens the file name, a path valid under ValidPath.
	Open(name string) (File, error)
}

// ValidPath reports whether name may be given to Open: an unrooted, slash-separated path
// whose elements are neither empty nor "." nor "..", or "." itself for the root.
func ValidPath(name string) bool {
	if !utf8.ValidString(name) {
		return false
	}
	if name == "." {
		return true
	}
	for {
		end := 0
		for end < len(name) && name[end] != '/' {
			end++
		}
		elem := name[:end]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if end == len(name) {
			return true
		}
		name = name[end+1:]
	}
}

// A File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	// Name is the entry's base name.
	Name() string
	// IsDir reports whether the entry is a directory.
	IsDir() bool
	// Type is the entry's type bits (a FileMode's Type).
	Type() FileMode
	// Info describes the file, as of now or as of the directory's reading.
	Info() (FileInfo, error)
}

// A ReadDirFile is a directory that can list its entries.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// The errors file operations return (or wrap), to be tested with errors.Is.
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// A FileInfo describes a file.
type FileInfo interface {
	Name() string       // the base name
	Size() int64        // the length of a regular file; the system's number for others
	Mode() FileMode     // type and permission bits
	ModTime() time.Time // when the contents last changed
	IsDir() bool        // Mode().IsDir()
	Sys() any           // what the system said (a *syscall.Stat_t for package os), or nil
}

// A FileMode is a file's type and permission bits: the nine Unix permission bits, and type
// and property bits from the top down, the same on every system.
type FileMode uint32

// The type and property bits, from bit 31 down; their letters, in this order, are what
// String writes for them.
const (
	ModeDir        FileMode = 1 << (31 - iota) // d: a directory
	ModeAppend                                 // a: append only
	ModeExclusive                              // l: for exclusive use
	ModeTemporary                              // T: temporary (Plan 9)
	ModeSymlink                                // L: a symbolic link
	ModeDevice                                 // D: a device
	ModeNamedPipe                              // p: a named pipe (FIFO)
	ModeSocket                                 // S: a Unix domain socket
	ModeSetuid                                 // u: setuid
	ModeSetgid                                 // g: setgid
	ModeCharDevice                             // c: a character device (with ModeDevice)
	ModeSticky                                 // t: sticky
	ModeIrregular                              // ?: not a regular file, nothing more known

	// ModeType is the bits of the file's type.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	// ModePerm is the Unix permission bits.
	ModePerm FileMode = 0777
)

// modeLetters holds the letters of the bits from 31 down, then those of rwx for owner,
// group and others.
var modeLetters = [13]byte{'d', 'a', 'l', 'T', 'L', 'D', 'p', 'S', 'u', 'g', 'c', 't', '?'}
var permLetters = [3]byte{'r', 'w', 'x'}

// String writes the letter of each type and property bit that is set ("-" if none), then
// the nine permission bits as rwx or '-': "drwxr-xr-x", "-rw-r--r--".
func (m FileMode) String() string {
	var buf [32]byte
	w := 0
	for i, c := range modeLetters {
		if m&(1<<uint(31-i)) != 0 {
			buf[w] = c
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			buf[w] = permLetters[i%3]
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m is a directory's.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m is a regular file's: no type bit set.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the permission bits of m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns the type bits of m.
func (m FileMode) Type() FileMode { return m & ModeType }

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// FormatFileInfo writes a description of info as `ls -l` would, roughly: mode, size, time
// of the last change and name, with a slash after a directory's:
// "-rw-r--r-- 100 1970-01-01 12:00:00 hello.go".
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	var usize uint64
	if size >= 0 {
		usize = uint64(size)
	} else {
		b = append(b, '-')
		usize = uint64(-size)
	}
	// The decimal digits of usize, from the last.
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + usize%10)
		usize /= 10
		if usize == 0 {
			break
		}
	}
	b = append(b, buf[i:]...)
	b = append(b, ' ')
	b = append(b, info.ModTime().Format(time.DateTime)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry writes a directory entry as its type letters, a space and its name, with a
// slash after a directory's: "d sub/", "- a.txt", "L link".
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	b := make([]byte, 0, 5+len(name))
	// The mode's text without its nine permission letters.
	mode := dir.Type().String()
	mode = mode[:len(mode)-9]
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FileInfoToDirEntry returns a DirEntry that describes info (nil for a nil info).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{fileInfo: info}
}

// dirInfo is a DirEntry made of a FileInfo.
type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool             { return di.fileInfo.IsDir() }
func (di dirInfo) Type() FileMode          { return di.fileInfo.Mode().Type() }
func (di dirInfo) Info() (FileInfo, error) { return di.fileInfo, nil }
func (di dirInfo) Name() string            { return di.fileInfo.Name() }
func (di dirInfo) String() string          { return FormatDirEntry(di) }
