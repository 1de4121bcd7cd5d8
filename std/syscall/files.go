package syscall

// Flags of Open, with gc's linux/amd64 values (the runtime translates O_DIRECT,
// O_DIRECTORY and O_NOFOLLOW, whose arm64 values differ).
const (
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_ACCMODE   = 0x3
	O_CREAT     = 0x40
	O_EXCL      = 0x80
	O_NOCTTY    = 0x100
	O_TRUNC     = 0x200
	O_APPEND    = 0x400
	O_NONBLOCK  = 0x800
	O_NDELAY    = 0x800
	O_DSYNC     = 0x1000
	O_ASYNC     = 0x2000
	O_DIRECT    = 0x4000
	O_DIRECTORY = 0x10000
	O_NOFOLLOW  = 0x20000
	O_NOATIME   = 0x40000
	O_CLOEXEC   = 0x80000
	O_SYNC      = 0x101000
	O_FSYNC     = 0x101000
	O_RSYNC     = 0x101000
	O_LARGEFILE = 0x0
)

// The file type and mode bits of Stat_t.Mode.
const (
	S_IFMT   = 0xf000
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_ISUID  = 0x800
	S_ISGID  = 0x400
	S_ISVTX  = 0x200
	S_IRUSR  = 0x100
	S_IWUSR  = 0x80
	S_IXUSR  = 0x40
)

// The file types of a directory entry (Dirent.Type).
const (
	DT_UNKNOWN = 0x0
	DT_FIFO    = 0x1
	DT_CHR     = 0x2
	DT_DIR     = 0x4
	DT_BLK     = 0x6
	DT_REG     = 0x8
	DT_LNK     = 0xa
	DT_SOCK    = 0xc
	DT_WHT     = 0xe
)

// fcntl's commands and flags.
const (
	F_DUPFD         = 0x0
	F_GETFD         = 0x1
	F_SETFD         = 0x2
	F_GETFL         = 0x3
	F_SETFL         = 0x4
	F_DUPFD_CLOEXEC = 0x406
	FD_CLOEXEC      = 0x1
)

// The *at calls' directory (the working one) and flags.
const (
	_AT_FDCWD            = -0x64
	_AT_SYMLINK_NOFOLLOW = 0x100
	_AT_REMOVEDIR        = 0x200
)

// PathMax is the longest path the kernel takes, its NUL included.
const PathMax = 0x1000

// ImplementsGetwd reports that Getwd asks the kernel.
const ImplementsGetwd = true

// A Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns the time as seconds and nanoseconds since 1970.
func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

// Nano returns the time in nanoseconds since 1970.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// TimespecToNsec returns ts in nanoseconds.
func TimespecToNsec(ts Timespec) int64 { return ts.Nano() }

// NsecToTimespec splits nsec into seconds and nanoseconds (never negative).
func NsecToTimespec(nsec int64) Timespec {
	sec := nsec / 1e9
	nsec = nsec % 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return Timespec{Sec: sec, Nsec: nsec}
}

// Stat_t is what stat(2) tells of a file, in gc's linux/amd64 layout on either target (the
// runtime copies the fields from the C library's struct stat).
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// Dirent is the header of a record getdents64(2) returns, the same on amd64 and arm64.
type Dirent struct {
	Ino       uint64
	Off       int64
	Reclen    uint16
	Type      uint8
	Name      [256]int8
	Pad_cgo_0 [5]byte
}

// Utsname is what uname(2) tells of the system.
type Utsname struct {
	Sysname    [65]int8
	Nodename   [65]int8
	Release    [65]int8
	Version    [65]int8
	Machine    [65]int8
	Domainname [65]int8
}

// The runtime's system calls (runtime/src/syscalls.rs): a count or 0 on success, -errno on
// failure. A *byte path is a NUL-terminated copy the runtime only reads during the call.
//
//go:noescape
func openat(dirfd int, path *byte, flags int, perm int) int

//go:noescape
func pread(fd int, p []byte, off int64) int

//go:noescape
func pwrite(fd int, p []byte, off int64) int

func lseek(fd int, off int64, whence int) int64

//go:noescape
func fstat(fd int, st *Stat_t) int

//go:noescape
func fstatat(dirfd int, path *byte, st *Stat_t, flags int) int

//go:noescape
func unlinkat(dirfd int, path *byte, flags int) int

//go:noescape
func renameat(olddirfd int, oldpath *byte, newdirfd int, newpath *byte) int

//go:noescape
func mkdirat(dirfd int, path *byte, mode int) int

//go:noescape
func linkat(olddirfd int, oldpath *byte, newdirfd int, newpath *byte, flags int) int

//go:noescape
func symlinkat(target *byte, newdirfd int, newpath *byte) int

//go:noescape
func readlinkat(dirfd int, path *byte, buf []byte) int

//go:noescape
func fchmodat(dirfd int, path *byte, mode int) int

func fchmod(fd int, mode int) int

//go:noescape
func fchownat(dirfd int, path *byte, uid, gid, flags int) int

func fchown(fd, uid, gid int) int

//go:noescape
func getdents(fd int, buf []byte) int

//go:noescape
func getcwd(buf []byte) int

//go:noescape
func chdir(path *byte) int

func fchdir(fd int) int
func ftruncate(fd int, length int64) int

//go:noescape
func truncate(path *byte, length int64) int

func fsync(fd int) int
func fcntl(fd, cmd, arg int) int

//go:noescape
func pipe2(p *[2]int32, flags int) int

//go:noescape
func uname(buf *Utsname) int

//go:noescape
func utimensat(dirfd int, path *byte, times *[2]Timespec, flags int) int

//go:noescape
func getgroups(list []uint32) int

// The process's ids and the page size (the runtime's).
func Getpid() (pid int)
func Getppid() (ppid int)
func Getuid() (uid int)
func Geteuid() (euid int)
func Getgid() (gid int)
func Getegid() (egid int)
func Getpagesize() int

// Umask sets the file mode creation mask and returns the previous one.
func Umask(mask int) (oldmask int)

// errnoErr makes a system call's negative result its error.
func errnoErr(r int) error {
	if r < 0 {
		return Errno(-r)
	}
	return nil
}

// ByteSliceFromString returns s with a NUL after it, or EINVAL if s holds a NUL.
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return a, nil
}

// BytePtrFromString returns a pointer to a NUL-terminated copy of s, or EINVAL if s holds a
// NUL.
func BytePtrFromString(s string) (*byte, error) {
	a, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &a[0], nil
}

// Open opens the file path with the flags mode (O_RDONLY, O_CREAT, ...) and, for a new file,
// the permissions perm; it returns the descriptor.
func Open(path string, mode int, perm uint32) (fd int, err error) {
	return Openat(_AT_FDCWD, path, mode, perm)
}

// Openat opens path relative to the directory dirfd.
func Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	r := openat(dirfd, p, flags, int(mode))
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

// Pread reads into p from offset of fd, once, without moving the file offset.
func Pread(fd int, p []byte, offset int64) (n int, err error) {
	r := pread(fd, p, offset)
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

// Pwrite writes p at offset of fd, once, without moving the file offset.
func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	r := pwrite(fd, p, offset)
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

// Seek moves fd's offset to offset from the start (whence 0), the current offset (1) or
// the end (2), and returns the new offset.
func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r := lseek(fd, offset, whence)
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

// Fstat describes the open file fd.
func Fstat(fd int, stat *Stat_t) (err error) {
	return errnoErr(fstat(fd, stat))
}

// Fstatat describes path relative to the directory dirfd (a symbolic link itself with
// flags _AT_SYMLINK_NOFOLLOW).
func Fstatat(dirfd int, path string, stat *Stat_t, flags int) (err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	return errnoErr(fstatat(dirfd, p, stat, flags))
}

// Stat describes the file path, following symbolic links.
func Stat(path string, stat *Stat_t) (err error) {
	return Fstatat(_AT_FDCWD, path, stat, 0)
}

// Lstat describes the file path; a symbolic link is described itself.
func Lstat(path string, stat *Stat_t) (err error) {
	return Fstatat(_AT_FDCWD, path, stat, _AT_SYMLINK_NOFOLLOW)
}

// unlinkAt removes path relative to dirfd: a directory with flags _AT_REMOVEDIR.
func unlinkAt(dirfd int, path string, flags int) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	return errnoErr(unlinkat(dirfd, p, flags))
}

// Unlink removes the file path (not a directory).
func Unlink(path string) error { return unlinkAt(_AT_FDCWD, path, 0) }

// Unlinkat removes the file path relative to the directory dirfd.
func Unlinkat(dirfd int, path string) error { return unlinkAt(dirfd, path, 0) }

// Rmdir removes the empty directory path.
func Rmdir(path string) error { return unlinkAt(_AT_FDCWD, path, _AT_REMOVEDIR) }

// twoPaths makes C strings of two paths.
func twoPaths(a, b string) (*byte, *byte, error) {
	pa, err := BytePtrFromString(a)
	if err != nil {
		return nil, nil, err
	}
	pb, err := BytePtrFromString(b)
	if err != nil {
		return nil, nil, err
	}
	return pa, pb, nil
}

// Renameat renames oldpath (relative to olddirfd) to newpath (relative to newdirfd).
func Renameat(olddirfd int, oldpath string, newdirfd int, newpath string) (err error) {
	po, pn, err := twoPaths(oldpath, newpath)
	if err != nil {
		return err
	}
	return errnoErr(renameat(olddirfd, po, newdirfd, pn))
}

// Rename renames oldpath to newpath, replacing a file there.
func Rename(oldpath string, newpath string) (err error) {
	return Renameat(_AT_FDCWD, oldpath, _AT_FDCWD, newpath)
}

// Mkdirat makes the directory path relative to dirfd with the permissions mode.
func Mkdirat(dirfd int, path string, mode uint32) (err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	return errnoErr(mkdirat(dirfd, p, int(mode)))
}

// Mkdir makes the directory path with the permissions mode.
func Mkdir(path string, mode uint32) (err error) {
	return Mkdirat(_AT_FDCWD, path, mode)
}

// Link makes newpath a hard link to oldpath.
func Link(oldpath string, newpath string) (err error) {
	po, pn, err := twoPaths(oldpath, newpath)
	if err != nil {
		return err
	}
	return errnoErr(linkat(_AT_FDCWD, po, _AT_FDCWD, pn, 0))
}

// Symlink makes newpath a symbolic link to oldpath.
func Symlink(oldpath string, newpath string) (err error) {
	po, pn, err := twoPaths(oldpath, newpath)
	if err != nil {
		return err
	}
	return errnoErr(symlinkat(po, _AT_FDCWD, pn))
}

// Readlink reads the target of the symbolic link path into buf (cut to fit) and returns its
// length.
func Readlink(path string, buf []byte) (n int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	r := readlinkat(_AT_FDCWD, p, buf)
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

// Fchmodat sets the permissions of path relative to dirfd; gc's Linux has no flags but 0.
func Fchmodat(dirfd int, path string, mode uint32, flags int) error {
	if flags != 0 {
		if flags&^_AT_SYMLINK_NOFOLLOW != 0 {
			return EINVAL
		}
		return EOPNOTSUPP
	}
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	return errnoErr(fchmodat(dirfd, p, int(mode)))
}

// Chmod sets the permissions of path.
func Chmod(path string, mode uint32) (err error) {
	return Fchmodat(_AT_FDCWD, path, mode, 0)
}

// Fchmod sets the permissions of the open file fd.
func Fchmod(fd int, mode uint32) (err error) {
	return errnoErr(fchmod(fd, int(mode)))
}

func fchownAt(path string, uid, gid, flags int) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	return errnoErr(fchownat(_AT_FDCWD, p, uid, gid, flags))
}

// Chown sets the owner and group of path (-1 keeps one).
func Chown(path string, uid int, gid int) (err error) { return fchownAt(path, uid, gid, 0) }

// Lchown sets the owner and group of path, of a symbolic link itself.
func Lchown(path string, uid int, gid int) (err error) {
	return fchownAt(path, uid, gid, _AT_SYMLINK_NOFOLLOW)
}

// Fchown sets the owner and group of the open file fd.
func Fchown(fd int, uid int, gid int) (err error) {
	return errnoErr(fchown(fd, uid, gid))
}

// Getdents reads directory records (Dirent headers and names) from fd into buf; 0 at the
// end of the directory.
func Getdents(fd int, buf []byte) (n int, err error) {
	r := getdents(fd, buf)
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

// ReadDirent is Getdents.
func ReadDirent(fd int, buf []byte) (n int, err error) {
	return Getdents(fd, buf)
}

// Getcwd writes the working directory into buf, NUL-terminated, and returns its length with
// the NUL.
func Getcwd(buf []byte) (n int, err error) {
	r := getcwd(buf)
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

// Getwd returns the working directory.
func Getwd() (wd string, err error) {
	var buf [PathMax]byte
	n, err := Getcwd(buf[0:])
	if err != nil {
		return "", err
	}
	if n < 1 || n > len(buf) || buf[n-1] != 0 {
		return "", EINVAL
	}
	// Linux may answer "(unreachable)/…" for a directory outside the process's root.
	if buf[0] != '/' {
		return "", ENOENT
	}
	return string(buf[0 : n-1]), nil
}

// Chdir makes path the working directory.
func Chdir(path string) (err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	return errnoErr(chdir(p))
}

// Fchdir makes the open directory fd the working directory.
func Fchdir(fd int) (err error) { return errnoErr(fchdir(fd)) }

// Ftruncate sets the size of the open file fd.
func Ftruncate(fd int, length int64) (err error) { return errnoErr(ftruncate(fd, length)) }

// Truncate sets the size of the file path.
func Truncate(path string, length int64) (err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	return errnoErr(truncate(p, length))
}

// Fsync writes the open file fd's data and metadata to its device.
func Fsync(fd int) (err error) { return errnoErr(fsync(fd)) }

// CloseOnExec marks fd to be closed by exec.
func CloseOnExec(fd int) { fcntl(fd, F_SETFD, FD_CLOEXEC) }

// SetNonblock turns fd's non-blocking mode on or off.
func SetNonblock(fd int, nonblocking bool) (err error) {
	flag := fcntl(fd, F_GETFL, 0)
	if flag < 0 {
		return Errno(-flag)
	}
	if (flag&O_NONBLOCK != 0) == nonblocking {
		return nil
	}
	if nonblocking {
		flag |= O_NONBLOCK
	} else {
		flag &^= O_NONBLOCK
	}
	return errnoErr(fcntl(fd, F_SETFL, flag))
}

// Dup returns a new descriptor for what oldfd refers to.
func Dup(oldfd int) (fd int, err error) {
	r := fcntl(oldfd, F_DUPFD, 0)
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

// Pipe2 makes a pipe, p[0] its reading end and p[1] its writing end, with the flags.
func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	var pp [2]int32
	if err := errnoErr(pipe2(&pp, flags)); err != nil {
		return err
	}
	p[0] = int(pp[0])
	p[1] = int(pp[1])
	return nil
}

// Pipe makes a pipe without flags.
func Pipe(p []int) error { return Pipe2(p, 0) }

// Uname describes the system.
func Uname(buf *Utsname) (err error) { return errnoErr(uname(buf)) }

// Getgroups returns the process's supplementary group ids.
func Getgroups() (gids []int, err error) {
	n := getgroups(nil)
	if n < 0 {
		return nil, Errno(-n)
	}
	if n == 0 {
		return nil, nil
	}
	if n > 1<<20 {
		return nil, EINVAL
	}
	a := make([]uint32, n)
	n = getgroups(a)
	if n < 0 {
		return nil, Errno(-n)
	}
	gids = make([]int, n)
	for i, v := range a[:n] {
		gids[i] = int(v)
	}
	return gids, nil
}

// UtimesNano sets the access and modification times (ts[0], ts[1]) of path.
func UtimesNano(path string, ts []Timespec) (err error) {
	if len(ts) != 2 {
		return EINVAL
	}
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	return errnoErr(utimensat(_AT_FDCWD, p, &[2]Timespec{ts[0], ts[1]}, 0))
}
