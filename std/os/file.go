// Package os is the operating system as Go programs see it: files and directories, the
// command line, the environment, the process.
//
// gocrane's implementation: the calls are blocking (no poller, so no deadlines), and there
// are no processes, DirFS, Root or CopyFS yet.
package os

import (
	"errors"
	"io"
	"syscall"
	"time"
	"unsafe"
)

// File is an open file descriptor.
type File struct {
	*file // the descriptor itself, so that a copy of a File shares it
}

type file struct {
	fd          int
	name        string
	closed      bool
	dir         *dirInfo // the directory being read, if it is
	appendMode  bool     // opened with O_APPEND: WriteAt is refused
	stdoutOrErr bool     // descriptor 1 or 2: a broken pipe ends the program
}

// The runtime's (runtime/src/syscalls.rs): fcntl(2); catching SIGPIPE, so that writes to a
// broken pipe fail with EPIPE (gc's runtime does it for every program); dying of SIGPIPE.
func fcntl(fd, cmd, arg int) int
func catchSIGPIPE()
func sigpipe()

func init() { catchSIGPIPE() }

// Flags of OpenFile: one of the first three, or-ed with any of the others.
const (
	O_RDONLY int = syscall.O_RDONLY // read only
	O_WRONLY int = syscall.O_WRONLY // write only
	O_RDWR   int = syscall.O_RDWR   // read and write
	O_APPEND int = syscall.O_APPEND // every write at the end
	O_CREATE int = syscall.O_CREAT  // make the file if there is none
	O_EXCL   int = syscall.O_EXCL   // with O_CREATE: the file must not exist
	O_SYNC   int = syscall.O_SYNC   // synchronous writes
	O_TRUNC  int = syscall.O_TRUNC  // empty a regular writable file
)

// Whence values of Seek (deprecated: io.SeekStart and friends).
const (
	SEEK_SET int = 0 // from the start
	SEEK_CUR int = 1 // from the current offset
	SEEK_END int = 2 // from the end
)

// DevNull is the null device's name.
const DevNull = "/dev/null"

// The standard input, output and error streams.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// NewFile returns a File for the descriptor fd, or nil if fd is not valid.
func NewFile(fd uintptr, name string) *File {
	fdi := int(fd)
	if fdi < 0 {
		return nil
	}
	f := newFile(fdi, name)
	// A descriptor opened with O_APPEND refuses WriteAt too (an invalid one has no flags).
	if flags := fcntl(fdi, syscall.F_GETFL, 0); flags > 0 {
		f.appendMode = flags&syscall.O_APPEND != 0
	}
	return f
}

func newFile(fd int, name string) *File {
	return &File{&file{fd: fd, name: name, stdoutOrErr: fd == 1 || fd == 2}}
}

// LinkError records an error of a call with two paths (link, symlink, rename).
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// errFileClosing is what an operation on a closed file meets below os (gc's poll package);
// most operations report ErrClosed instead.
var errFileClosing = errors.New("use of closed file")

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
	if err == errFileClosing {
		err = ErrClosed
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
	if err != nil {
		n = 0
	} else if n == 0 {
		err = io.EOF
	}
	return n, f.wrapErr("read", err)
}

// ReadAt reads len(b) bytes from offset off, without moving the file's offset; fewer only
// with an error (io.EOF at the end).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := f.pread(b, off)
		if e != nil {
			err = f.wrapErr("read", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// pread reads once at off, retrying after EINTR; 0 bytes read is io.EOF.
func (f *File) pread(b []byte, off int64) (int, error) {
	for {
		n, err := syscall.Pread(f.fd, b, off)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// Write writes b to the file, all of it unless an error stops it.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := f.write(b)
	if n != len(b) {
		err = io.ErrShortWrite
	}
	// A broken pipe on standard output or error ends the program, as gc's.
	if e == syscall.EPIPE && f.stdoutOrErr {
		sigpipe()
	}
	if e != nil {
		err = f.wrapErr("write", e)
	}
	return n, err
}

// write writes all of b, as many times as it takes (once for an empty b).
func (f *File) write(b []byte) (int, error) {
	n := 0
	for {
		m, err := syscall.Write(f.fd, b[n:])
		if err == syscall.EINTR {
			continue
		}
		if m > 0 {
			n += m
		}
		if n == len(b) {
			return n, err
		}
		if err != nil {
			return n, err
		}
		if m == 0 {
			return n, io.ErrUnexpectedEOF
		}
	}
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes b at offset off, without moving the file's offset.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := f.pwrite(b, off)
		if e != nil {
			err = f.wrapErr("write", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// pwrite writes all of b at off.
func (f *File) pwrite(b []byte, off int64) (int, error) {
	n := 0
	for {
		m, err := syscall.Pwrite(f.fd, b[n:], off+int64(n))
		if err == syscall.EINTR {
			continue
		}
		if m > 0 {
			n += m
		}
		if n == len(b) {
			return n, err
		}
		if err != nil {
			return n, err
		}
		if m == 0 {
			return n, io.ErrUnexpectedEOF
		}
	}
}

// WriteString writes s to the file, without copying it to a byte slice.
func (f *File) WriteString(s string) (n int, err error) {
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	return f.Write(b)
}

// onlyWriter hides a File's ReadFrom from io.Copy.
type onlyWriter struct{ f *File }

func (w onlyWriter) Write(b []byte) (int, error) { return w.f.Write(b) }

// onlyReader hides a File's WriteTo from io.Copy.
type onlyReader struct{ f *File }

func (r onlyReader) Read(b []byte) (int, error) { return r.f.Read(b) }

// ReadFrom copies r to the file until r's end (io.ReaderFrom); as gc's, when no system call
// can do the copy, it is io.Copy's, and its errors are not wrapped.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(onlyWriter{f}, r)
}

// WriteTo copies the file to w until its end (io.WriterTo), with io.Copy.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, onlyReader{f})
}

// Seek sets the offset of the next Read or Write: offset from the start (whence 0), the
// current offset (1) or the end (2). It returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	// A directory being read starts over.
	f.dir = nil
	r, e := syscall.Seek(f.fd, offset, whence)
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	return r, nil
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
	f.dir = nil
	if e := syscall.Close(f.fd); e != nil {
		return &PathError{Op: "close", Path: f.name, Err: e}
	}
	return nil
}

// Sync commits the file's contents to its device.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if e := ignoringEINTR(func() error { return syscall.Fsync(f.fd) }); e != nil {
		return f.wrapErr("sync", e)
	}
	return nil
}

// Truncate changes the file's size (its offset stays).
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := ignoringEINTR(func() error { return syscall.Ftruncate(f.fd, size) }); e != nil {
		return f.wrapErr("truncate", e)
	}
	return nil
}

// Chmod sets the file's mode (permissions, setuid, setgid, sticky).
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if e := ignoringEINTR(func() error { return syscall.Fchmod(f.fd, syscallMode(mode)) }); e != nil {
		return f.wrapErr("chmod", e)
	}
	return nil
}

// Chown sets the file's owner and group (-1 keeps one).
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	if e := ignoringEINTR(func() error { return syscall.Fchown(f.fd, uid, gid) }); e != nil {
		return f.wrapErr("chown", e)
	}
	return nil
}

// Chdir makes the file, a directory, the working directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	if e := syscall.Fchdir(f.fd); e != nil {
		return f.wrapErr("chdir", e)
	}
	return nil
}

// syscallMode turns a FileMode into open(2)'s and chmod(2)'s bits.
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if i&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if i&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return
}

// ignoringEINTR calls fn until it fails otherwise than by an interrupted system call.
func ignoringEINTR(fn func() error) error {
	for {
		err := fn()
		if err != syscall.EINTR {
			return err
		}
	}
}

// Open opens the file name for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create makes the file name, or empties it if it exists, and opens it for reading and
// writing (permissions 0666 before the umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the file name with the flags (O_RDONLY, O_CREATE, …) and, when it makes the
// file, the permissions perm (before the umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	var (
		fd int
		e  error
	)
	for {
		fd, e = syscall.Open(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
		if e != syscall.EINTR {
			break
		}
	}
	if e != nil {
		return nil, &PathError{Op: "open", Path: name, Err: e}
	}
	f := newFile(fd, name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// openDir opens the directory name for reading its entries.
func openDir(name string) (*File, error) {
	var (
		fd int
		e  error
	)
	for {
		fd, e = syscall.Open(name, O_RDONLY|syscall.O_CLOEXEC|syscall.O_DIRECTORY, 0)
		if e != syscall.EINTR {
			break
		}
	}
	if e != nil {
		return nil, &PathError{Op: "open", Path: name, Err: e}
	}
	return newFile(fd, name), nil
}

// ReadFile returns the contents of the file name; reaching its end is no error.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	return readFileContents(size, f)
}

// readFileContents reads f to its end into a buffer as large as statSize said (plus the
// byte that meets the end), grown by at least 512 bytes whenever it fills up.
func readFileContents(statSize int64, f *File) ([]byte, error) {
	const minBuf = 512
	zeroSize := statSize == 0
	var size int
	if int64(int(statSize)) == statSize {
		size = int(statSize)
	}
	size++
	if size < minBuf {
		size = minBuf
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		// Make room for 512 more bytes, with append's growth (gc's slices.Grow).
		if left := cap(data) - len(data); left == 0 || (zeroSize && left < minBuf) {
			data = append(data[:cap(data)], make([]byte, minBuf-left)...)[:len(data)]
		}
	}
}

// WriteFile writes data to the file name, making it (with the permissions perm, before the
// umask) or emptying it first.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Mkdir makes the directory name with the permissions perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	e := ignoringEINTR(func() error { return syscall.Mkdir(name, syscallMode(perm)) })
	if e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// Chdir makes dir the working directory.
func Chdir(dir string) error {
	if e := syscall.Chdir(dir); e != nil {
		return &PathError{Op: "chdir", Path: dir, Err: e}
	}
	return nil
}

// Remove removes the file or empty directory name.
func Remove(name string) error {
	// Unlink first, the common case; rmdir if that fails, and report unlink's error unless
	// name is a directory (rmdir's ENOTDIR says it is not).
	e := ignoringEINTR(func() error { return syscall.Unlink(name) })
	if e == nil {
		return nil
	}
	e1 := ignoringEINTR(func() error { return syscall.Rmdir(name) })
	if e1 == nil {
		return nil
	}
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// Rename moves oldpath to newpath, replacing a file (not a directory) there.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		// rename(2) would replace an empty directory: refuse unless it is oldpath itself.
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	err = ignoringEINTR(func() error { return syscall.Rename(oldpath, newpath) })
	if err != nil {
		return &LinkError{"rename", oldpath, newpath, err}
	}
	return nil
}

// Link makes newname a hard link to oldname.
func Link(oldname, newname string) error {
	e := ignoringEINTR(func() error { return syscall.Link(oldname, newname) })
	if e != nil {
		return &LinkError{"link", oldname, newname, e}
	}
	return nil
}

// Symlink makes newname a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	e := ignoringEINTR(func() error { return syscall.Symlink(oldname, newname) })
	if e != nil {
		return &LinkError{"symlink", oldname, newname, e}
	}
	return nil
}

// Readlink returns the target of the symbolic link name.
func Readlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		b := make([]byte, size)
		var (
			n int
			e error
		)
		for {
			n, e = syscall.Readlink(name, b)
			if e != syscall.EINTR {
				break
			}
		}
		if e != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: e}
		}
		if n < size {
			return string(b[0:n]), nil
		}
	}
}

// Chmod sets the mode of the file name (permissions, setuid, setgid, sticky).
func Chmod(name string, mode FileMode) error {
	e := ignoringEINTR(func() error { return syscall.Chmod(name, syscallMode(mode)) })
	if e != nil {
		return &PathError{Op: "chmod", Path: name, Err: e}
	}
	return nil
}

// Chown sets the owner and group of the file name (-1 keeps one), following links.
func Chown(name string, uid, gid int) error {
	e := ignoringEINTR(func() error { return syscall.Chown(name, uid, gid) })
	if e != nil {
		return &PathError{Op: "chown", Path: name, Err: e}
	}
	return nil
}

// Lchown sets the owner and group of the file name, of a symbolic link itself.
func Lchown(name string, uid, gid int) error {
	e := ignoringEINTR(func() error { return syscall.Lchown(name, uid, gid) })
	if e != nil {
		return &PathError{Op: "lchown", Path: name, Err: e}
	}
	return nil
}

// Chtimes sets the access and modification times of the file name; a zero time.Time leaves
// that time as it is.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	var utimes [2]syscall.Timespec
	for i, t := range [2]time.Time{atime, mtime} {
		if t.IsZero() {
			utimes[i] = syscall.Timespec{Sec: utimeOmit, Nsec: utimeOmit}
		} else {
			utimes[i] = syscall.NsecToTimespec(t.UnixNano())
		}
	}
	if e := syscall.UtimesNano(name, utimes[0:]); e != nil {
		return &PathError{Op: "chtimes", Path: name, Err: e}
	}
	return nil
}

// utimeOmit, as a time of utimensat(2), keeps the file's.
const utimeOmit = (1 << 30) - 2

// Truncate sets the size of the file name.
func Truncate(name string, size int64) error {
	e := ignoringEINTR(func() error { return syscall.Truncate(name, size) })
	if e != nil {
		return &PathError{Op: "truncate", Path: name, Err: e}
	}
	return nil
}

// Pipe returns the two ends of a new pipe: r reads what w writes.
func Pipe() (r *File, w *File, err error) {
	var p [2]int
	if e := syscall.Pipe2(p[0:], syscall.O_CLOEXEC); e != nil {
		return nil, nil, NewSyscallError("pipe2", e)
	}
	return newFile(p[0], "|0"), newFile(p[1], "|1"), nil
}

// TempDir returns the directory for temporary files: $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns $XDG_CACHE_HOME, or $HOME/.cache.
func UserCacheDir() (string, error) {
	dir := Getenv("XDG_CACHE_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
		}
		dir += "/.cache"
	} else if dir[0] != '/' {
		return "", errors.New("path in $XDG_CACHE_HOME is relative")
	}
	return dir, nil
}

// UserConfigDir returns $XDG_CONFIG_HOME, or $HOME/.config.
func UserConfigDir() (string, error) {
	dir := Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
		}
		dir += "/.config"
	} else if dir[0] != '/' {
		return "", errors.New("path in $XDG_CONFIG_HOME is relative")
	}
	return dir, nil
}
