package os

import (
	"io"
	"io/fs"
	"syscall"
)

// A DirEntry is an entry read from a directory (ReadDir).
type DirEntry = fs.DirEntry

// dirInfo is the state of a directory being read: a buffer of getdents64 records.
type dirInfo struct {
	buf  []byte
	nbuf int // bytes of records in buf
	bufp int // where the next record starts
}

// The size of the record buffer, gc's.
const blockSize = 8192

// What readdir collects.
const (
	readdirName = iota
	readdirDirEntry
	readdirFileInfo
)

// The offsets in a linux_dirent64 record (syscall.Dirent) of its length, type and name.
const (
	direntReclenOff = 16
	direntTypeOff   = 18
	direntNameOff   = 19
)

// Readdir reads up to n entries (all of them for n <= 0) and describes them, as Lstat.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, _, infos, err := f.readdir(n, readdirFileInfo)
	if infos == nil {
		infos = []FileInfo{}
	}
	return infos, err
}

// Readdirnames reads up to n entries' names (all of them for n <= 0), in the directory's
// order. With n > 0, the end of the directory is io.EOF.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, _, err = f.readdir(n, readdirName)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// ReadDir reads up to n entries (all of them for n <= 0), in the directory's order. With
// n > 0, the end of the directory is io.EOF.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, dirents, _, err := f.readdir(n, readdirDirEntry)
	if dirents == nil {
		dirents = []DirEntry{}
	}
	return dirents, err
}

// ReadDir returns the entries of the directory name, sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := openDir(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sortDirEntries(dirs)
	return dirs, err
}

// sortDirEntries sorts by name, with a heap sort (names are distinct, so any sort gives
// gc's order).
func sortDirEntries(d []DirEntry) {
	for i := len(d)/2 - 1; i >= 0; i-- {
		siftDown(d, i, len(d))
	}
	for end := len(d) - 1; end > 0; end-- {
		d[0], d[end] = d[end], d[0]
		siftDown(d, 0, end)
	}
}

func siftDown(d []DirEntry, root, end int) {
	for {
		child := 2*root + 1
		if child >= end {
			return
		}
		if child+1 < end && d[child].Name() < d[child+1].Name() {
			child++
		}
		if d[root].Name() >= d[child].Name() {
			return
		}
		d[root], d[child] = d[child], d[root]
		root = child
	}
}

// readdir reads up to n entries (n <= 0: all) into the list the mode asks for, skipping
// "." and "..", and entries removed meanwhile.
func (f *File) readdir(n int, mode int) (names []string, dirents []DirEntry, infos []FileInfo, err error) {
	d := f.dir
	if d == nil {
		d = new(dirInfo)
		f.dir = d
	}
	if d.buf == nil {
		d.buf = make([]byte, blockSize)
	}
	// n <= 0 reads everything: count down from -1, which never reaches 0.
	if n == 0 {
		n = -1
	}
	for n != 0 {
		if d.bufp >= d.nbuf {
			d.bufp = 0
			var errno error
			d.nbuf, errno = f.readDirent(d.buf)
			if errno != nil {
				return names, dirents, infos, &PathError{Op: "readdirent", Path: f.name, Err: errno}
			}
			if d.nbuf <= 0 {
				d.buf = nil
				break
			}
		}
		buf := d.buf[d.bufp:d.nbuf]
		if len(buf) < direntNameOff {
			break
		}
		reclen := int(buf[direntReclenOff]) | int(buf[direntReclenOff+1])<<8
		if reclen > len(buf) || reclen < direntNameOff {
			break
		}
		rec := buf[:reclen]
		d.bufp += reclen
		name := rec[direntNameOff:]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if string(name) == "." || string(name) == ".." {
			continue
		}
		if n > 0 {
			n--
		}
		if mode == readdirName {
			names = append(names, string(name))
		} else if mode == readdirDirEntry {
			de, err := newUnixDirent(f, string(name), direntType(rec[direntTypeOff]))
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				return nil, dirents, nil, err
			}
			dirents = append(dirents, de)
		} else {
			info, err := f.lstatat(string(name))
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				return nil, nil, infos, err
			}
			infos = append(infos, info)
		}
	}
	if n > 0 && len(names)+len(dirents)+len(infos) == 0 {
		return nil, nil, nil, io.EOF
	}
	return names, dirents, infos, nil
}

// readDirent reads records into buf; a closed file is errFileClosing, as gc's poll says.
func (f *File) readDirent(buf []byte) (int, error) {
	if f.closed {
		return 0, errFileClosing
	}
	for {
		n, err := syscall.ReadDirent(f.fd, buf)
		if err != syscall.EINTR {
			if err != nil {
				n = 0
			}
			return n, err
		}
	}
}

// direntType returns the type bits of a record's d_type, ^FileMode(0) when unknown.
func direntType(typ byte) FileMode {
	switch typ {
	case syscall.DT_BLK:
		return ModeDevice
	case syscall.DT_CHR:
		return ModeDevice | ModeCharDevice
	case syscall.DT_DIR:
		return ModeDir
	case syscall.DT_FIFO:
		return ModeNamedPipe
	case syscall.DT_LNK:
		return ModeSymlink
	case syscall.DT_REG:
		return 0
	case syscall.DT_SOCK:
		return ModeSocket
	}
	return ^FileMode(0)
}

// unixDirent is the DirEntry of package os.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

// Info describes the entry: as of now (Lstat), unless the type had to be learnt that way.
func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

func (d *unixDirent) String() string { return fs.FormatDirEntry(d) }

// newUnixDirent makes the entry name of the directory parent; an unknown type is learnt
// with lstat.
func newUnixDirent(parent *File, name string, typ FileMode) (DirEntry, error) {
	ude := &unixDirent{parent: parent.name, name: name, typ: typ}
	if typ != ^FileMode(0) {
		return ude, nil
	}
	info, err := parent.lstatat(name)
	if err != nil {
		return nil, err
	}
	ude.typ = info.Mode().Type()
	ude.info = info
	return ude, nil
}
