// os files (and the syscall and io/fs parts under them): opening, reading and writing,
// seeking, stat and modes, directories, links, renaming and removal, temporary names, the
// working directory, the environment and the process, compared with gc's packages.
// Everything happens in a temporary directory the program makes and removes at the end;
// its name prints as $TMP, and nothing machine-dependent (times, inodes, ids) is printed.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"syscall"
	"time"
)

var tmp string

// show prints an error with the temporary directory's name replaced by $TMP.
func show(err error) string {
	if err == nil {
		return "<nil>"
	}
	s := strings.ReplaceAll(err.Error(), tmp, "$TMP")
	return strings.ReplaceAll(s, "\x00", `\0`)
}

// showTemp is show with the random numbers of temporary names as N.
func showTemp(err error) string {
	s := show(err)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if i == 0 || s[i-1] < '0' || s[i-1] > '9' {
				b.WriteByte('N')
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// at names a file in the temporary directory.
func at(name string) string { return tmp + "/" + name }

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// describe prints what Stat or Lstat says of a file, but for sizes of directories and
// links, which depend on the file system.
func describe(what string, fi os.FileInfo, err error) {
	if err != nil {
		fmt.Println(what, "error:", show(err))
		return
	}
	size := fi.Size()
	if !fi.Mode().IsRegular() {
		size = -1
	}
	fmt.Println(what, fi.Name(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), size)
}

func stat(name string) {
	fi, err := os.Stat(at(name))
	describe("stat", fi, err)
}

func lstat(name string) {
	fi, err := os.Lstat(at(name))
	describe("lstat", fi, err)
}

func listDir(name string) {
	entries, err := os.ReadDir(at(name))
	fmt.Println("ReadDir", name, len(entries), show(err))
	for _, e := range entries {
		info, ierr := e.Info()
		mode := "?"
		if ierr == nil {
			mode = info.Mode().String()
		}
		fmt.Println("  ", e, "|", e.Name(), e.IsDir(), e.Type(), mode, info.Name())
	}
}

// fixedInfo is a FileInfo of the program's own, for fs.FormatFileInfo.
type fixedInfo struct {
	name string
	size int64
	mode fs.FileMode
}

func (fi fixedInfo) Name() string       { return fi.name }
func (fi fixedInfo) Size() int64        { return fi.size }
func (fi fixedInfo) Mode() fs.FileMode  { return fi.mode }
func (fi fixedInfo) ModTime() time.Time { return time.Date(2024, 2, 29, 13, 14, 15, 0, time.UTC) }
func (fi fixedInfo) IsDir() bool        { return fi.mode.IsDir() }
func (fi fixedInfo) Sys() any           { return nil }

func modes() {
	fmt.Println("-- modes")
	for _, m := range []fs.FileMode{
		0, 0644, 0755, 0777, 0600, 0400, 01, 010, 0100,
		fs.ModeDir | 0755, fs.ModeSymlink | 0777, fs.ModeDevice | 0660,
		fs.ModeDevice | fs.ModeCharDevice | 0666, fs.ModeNamedPipe | 0644,
		fs.ModeSocket | 0755, fs.ModeSetuid | 0755, fs.ModeSetgid | 02755&^02000,
		fs.ModeSticky | fs.ModeDir | 0777, fs.ModeAppend | 0644, fs.ModeExclusive | 0600,
		fs.ModeTemporary | 0600, fs.ModeIrregular, fs.ModeIrregular | 0444, ^fs.FileMode(0),
		fs.ModeType, fs.ModePerm, 1 << 19, 1 << 9,
	} {
		fmt.Println(uint32(m), m, m.IsDir(), m.IsRegular(), m.Perm(), m.Type(), m.String() == fmt.Sprint(m))
	}
	fmt.Println(os.ModeDir == fs.ModeDir, os.ModePerm, os.ModeType == fs.ModeType, uint32(os.ModeSymlink))
	fmt.Println(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_SYNC, os.O_TRUNC)
	fmt.Println(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.DevNull, string(os.PathSeparator), string(os.PathListSeparator))
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
	for _, fi := range []fixedInfo{{"hello.go", 100, 0644}, {"dir", 4096, fs.ModeDir | 0755}, {"neg", -12, 0}, {"", 0, fs.ModeSymlink | 0777}} {
		fmt.Println(fs.FormatFileInfo(fi), "|", fs.FormatDirEntry(fs.FileInfoToDirEntry(fi)))
	}
	fmt.Println(os.ErrNoDeadline, os.ErrDeadlineExceeded, os.IsTimeout(os.ErrDeadlineExceeded), errors.Is(os.ErrDeadlineExceeded, os.ErrDeadlineExceeded))
	for _, p := range []string{".", "a", "a/b", "a/b/c.go", "", "/a", "a/", "a//b", "a/./b", "a/../b", "..", "x/..", "\xff", "a\\b", "a/.b", "..."} {
		fmt.Printf("ValidPath(%q) = %v\n", p, fs.ValidPath(p))
	}
}

func readWrite() {
	fmt.Println("-- read and write")
	f, err := os.Create(at("data"))
	fmt.Println("Create", show(err), f.Name() == at("data"))
	n, err := f.WriteString("hello, world\n")
	fmt.Println("WriteString", n, show(err))
	n, err = f.Write([]byte("second line\n"))
	fmt.Println("Write", n, show(err))
	n, err = f.Write(nil)
	fmt.Println("Write nil", n, show(err))
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println("Seek", off, show(err))
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("Read %d %q %s\n", n, buf[:n], show(err))
	off, err = f.Seek(2, io.SeekCurrent)
	fmt.Println("Seek cur", off, show(err))
	n, err = f.Read(buf)
	fmt.Printf("Read %d %q %s\n", n, buf[:n], show(err))
	n, err = f.ReadAt(buf, 13)
	fmt.Printf("ReadAt %d %q %s\n", n, buf[:n], show(err))
	n, err = f.ReadAt(buf, 22)
	fmt.Printf("ReadAt end %d %q %s %v\n", n, buf[:n], show(err), err == io.EOF)
	n, err = f.ReadAt(buf, 100)
	fmt.Println("ReadAt past", n, show(err), err == io.EOF)
	n, err = f.ReadAt(buf[:0], 100)
	fmt.Println("ReadAt nothing", n, show(err))
	n, err = f.ReadAt(buf, -1)
	fmt.Println("ReadAt negative", n, show(err))
	n, err = f.WriteAt([]byte("HELLO"), 0)
	fmt.Println("WriteAt", n, show(err))
	n, err = f.WriteAt([]byte("x"), -2)
	fmt.Println("WriteAt negative", n, show(err))
	off, err = f.Seek(0, io.SeekEnd)
	fmt.Println("Seek end", off, show(err))
	n, err = f.Read(buf)
	fmt.Println("Read at end", n, show(err), err == io.EOF)
	off, err = f.Seek(-100, io.SeekCurrent)
	fmt.Println("Seek before start", off, show(err))
	off, err = f.Seek(0, 7)
	fmt.Println("Seek whence 7", off, show(err))
	off, err = f.Seek(100, io.SeekStart)
	fmt.Println("Seek past end", off, show(err))
	n, err = f.Write([]byte("!"))
	fmt.Println("Write past end", n, show(err))
	fi, err := f.Stat()
	describe("File.Stat", fi, err)
	fmt.Println("Truncate", show(f.Truncate(12)), show(f.Truncate(-1)))
	fmt.Println("Sync", show(f.Sync()))
	off, _ = f.Seek(0, io.SeekStart)
	all, err := io.ReadAll(f)
	fmt.Printf("ReadAll %q %s\n", all, show(err))
	fmt.Println("Close", show(f.Close()), show(f.Close()))

	// Every operation on a closed file.
	_, err = f.Read(buf)
	fmt.Println("closed:", show(err), errors.Is(err, os.ErrClosed))
	_, err = f.Read(nil)
	fmt.Println("closed:", show(err))
	_, err = f.Write(buf)
	fmt.Println("closed:", show(err))
	_, err = f.WriteString("x")
	fmt.Println("closed:", show(err))
	_, err = f.ReadAt(buf, 0)
	fmt.Println("closed:", show(err))
	_, err = f.WriteAt(buf, 0)
	fmt.Println("closed:", show(err))
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println("closed:", show(err))
	_, err = f.Stat()
	fmt.Println("closed:", show(err))
	fmt.Println("closed:", show(f.Sync()), show(f.Truncate(0)), show(f.Chmod(0600)), show(f.Chdir()))
	_, err = f.ReadDir(-1)
	fmt.Println("closed:", show(err))
	_, err = f.Readdirnames(1)
	fmt.Println("closed:", show(err))
	_, err = f.ReadFrom(strings.NewReader("x"))
	fmt.Println("closed:", show(err))
	fmt.Println("closed Fd", f.Fd() == ^uintptr(0), f.Name() == at("data"))

	// A nil *File.
	var nf *os.File
	_, err = nf.Read(buf)
	fmt.Println("nil:", show(err), err == os.ErrInvalid)
	_, err = nf.Write(buf)
	fmt.Println("nil:", show(err))
	_, err = nf.Stat()
	fmt.Println("nil:", show(err))
	_, err = nf.ReadDir(1)
	fmt.Println("nil:", show(err))
	_, err = nf.Readdirnames(1)
	fmt.Println("nil:", show(err))
	_, err = nf.Readdir(1)
	fmt.Println("nil:", show(err))
	_, err = nf.Seek(0, 0)
	fmt.Println("nil:", show(err), show(nf.Close()), show(nf.Sync()), nf.Fd() == ^uintptr(0))

	data, err := os.ReadFile(at("data"))
	fmt.Printf("ReadFile %q %s\n", data, show(err))
	err = os.WriteFile(at("empty"), nil, 0644)
	data, err2 := os.ReadFile(at("empty"))
	fmt.Printf("empty %s %q %v %s\n", show(err), data, data == nil, show(err2))
	big := strings.Repeat("0123456789abcdef", 1000)
	err = os.WriteFile(at("big"), []byte(big), 0644)
	data, err2 = os.ReadFile(at("big"))
	fmt.Println("big", show(err), len(data), string(data) == big, show(err2))
	_, err = os.ReadFile(at("nope"))
	fmt.Println("ReadFile nope:", show(err), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	err = os.WriteFile(at("nodir/x"), []byte("x"), 0644)
	fmt.Println("WriteFile nodir:", show(err))
	// /proc files have no size: ReadFile reads them anyway.
	data, err = os.ReadFile("/proc/self/stat")
	fmt.Println("ReadFile /proc", len(data) > 0, show(err))
}

func openFlags() {
	fmt.Println("-- OpenFile")
	f, err := os.OpenFile(at("data"), os.O_WRONLY|os.O_APPEND, 0)
	fmt.Println("append", show(err))
	n, err := f.WriteString("appended\n")
	fmt.Println("append write", n, show(err))
	n, err = f.WriteAt([]byte("x"), 0)
	fmt.Println("append WriteAt", n, show(err))
	g := os.NewFile(f.Fd(), "same fd")
	n, err = g.WriteAt([]byte("x"), 0)
	fmt.Println("NewFile append WriteAt", n, show(err), g.Name())
	buf := make([]byte, 4)
	_, err = f.Read(buf)
	fmt.Println("read write-only:", show(err), errors.Is(err, syscall.EBADF))
	f.Close()
	data, _ := os.ReadFile(at("data"))
	fmt.Printf("%q\n", data)

	_, err = os.OpenFile(at("data"), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0644)
	fmt.Println("excl:", show(err), os.IsExist(err), errors.Is(err, fs.ErrExist), os.IsNotExist(err))
	f, err = os.OpenFile(at("new"), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0640)
	fmt.Println("excl new", show(err))
	fi, _ := f.Stat()
	describe("new", fi, nil)
	f.Close()

	f, err = os.Open(at("data"))
	_, err = f.Write([]byte("x"))
	fmt.Println("write read-only:", show(err))
	f.Close()

	f, err = os.OpenFile(at("data"), os.O_RDWR|os.O_TRUNC, 0)
	fi, _ = f.Stat()
	fmt.Println("trunc", show(err), fi.Size())
	f.WriteString("data\n")
	f.Close()

	_, err = os.OpenFile(at("nope"), os.O_RDONLY, 0)
	fmt.Println("nope:", show(err))
	_, err = os.Open(at("a\x00b"))
	fmt.Println("NUL:", show(err), errors.Is(err, os.ErrInvalid))
	_, err = os.Create(tmp)
	fmt.Println("Create dir:", show(err))
	_, err = os.Open(at("data/x"))
	fmt.Println("under a file:", show(err))
	d, err := os.Open(tmp)
	_, err2 := d.Read(buf)
	fmt.Println("read dir:", show(err), show(err2))
	d.Close()
}

func perms() {
	fmt.Println("-- permissions")
	// os.FileMode is an alias: remarks name the literal []fs.FileMode{...}, as gc's.
	for _, m := range []os.FileMode{0600, 0755, 0444, 0, 0777, os.ModeSetuid | 0755, os.ModeSetgid | 0750} {
		err := os.Chmod(at("data"), m)
		fi, _ := os.Stat(at("data"))
		fmt.Println("Chmod", m, show(err), fi.Mode(), fi.Mode().Perm())
	}
	f, _ := os.Open(at("data"))
	err := f.Chmod(0640)
	fi, _ := f.Stat()
	fmt.Println("File.Chmod", show(err), fi.Mode())
	f.Close()
	fmt.Println("Chmod nope:", show(os.Chmod(at("nope"), 0644)))
	os.Mkdir(at("sticky"), 0755)
	err = os.Chmod(at("sticky"), os.ModeSticky|0777)
	stat("sticky")
	os.Remove(at("sticky"))
	err = os.WriteFile(at("w600"), []byte("x"), 0600)
	stat("w600")
	os.Remove(at("w600"))
}

func dirs() {
	fmt.Println("-- directories")
	fmt.Println("Mkdir", show(os.Mkdir(at("d"), 0755)))
	fmt.Println("Mkdir again:", show(os.Mkdir(at("d"), 0755)), os.IsExist(os.Mkdir(at("d"), 0755)))
	fmt.Println("Mkdir nope:", show(os.Mkdir(at("nope/x"), 0755)))
	fmt.Println("MkdirAll", show(os.MkdirAll(at("d/e/f/g"), 0750)), show(os.MkdirAll(at("d/e/f/g"), 0750)))
	fmt.Println("MkdirAll slash", show(os.MkdirAll(at("d/h//i/"), 0755)))
	fmt.Println("MkdirAll file:", show(os.MkdirAll(at("data"), 0755)))
	fmt.Println("MkdirAll under file:", show(os.MkdirAll(at("data/x/y"), 0755)))
	stat("d")
	stat("d/e/f/g")
	stat("d/h/i/")
	os.WriteFile(at("d/one"), []byte("1"), 0644)
	os.WriteFile(at("d/two"), []byte("22"), 0644)
	os.WriteFile(at("d/three"), []byte("333"), 0644)
	os.Symlink("one", at("d/link"))
	listDir("d")
	_, err := os.ReadDir(at("data"))
	fmt.Println("ReadDir file:", show(err))
	_, err = os.ReadDir(at("nope"))
	fmt.Println("ReadDir nope:", show(err))

	// Reading a directory in pieces.
	f, _ := os.Open(at("d"))
	total := 0
	for {
		entries, err := f.ReadDir(2)
		fmt.Println("ReadDir(2)", len(entries), show(err), err == io.EOF)
		total += len(entries)
		if err != nil {
			break
		}
	}
	fmt.Println("total", total)
	names, err := f.Readdirnames(0)
	fmt.Println("after the end", len(names), names != nil, show(err))
	names, err = f.Readdirnames(3)
	fmt.Println("after the end", len(names), names != nil, show(err))
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println("rewind", off, show(err))
	names, err = f.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println("Readdirnames", names, show(err))
	f.Seek(0, io.SeekStart)
	infos, err := f.Readdir(0)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, fi := range infos {
		describe("Readdir", fi, nil)
	}
	fmt.Println(show(err))
	fi, err := f.Stat()
	describe("dir Stat", fi, err)
	f.Close()

	f, _ = os.Open(at("data"))
	_, err = f.Readdirnames(-1)
	fmt.Println("Readdirnames file:", show(err))
	_, err = f.ReadDir(1)
	fmt.Println("ReadDir(1) file:", show(err))
	f.Close()

	// A DirEntry made of a FileInfo.
	fi, _ = os.Stat(at("d"))
	de := fs.FileInfoToDirEntry(fi)
	fmt.Println(de, de.Name(), de.IsDir(), de.Type(), fs.FormatDirEntry(de), fs.FileInfoToDirEntry(nil) == nil)
	fi, _ = os.Stat(at("data"))
	fmt.Println(fs.FormatDirEntry(fs.FileInfoToDirEntry(fi)))
}

func links() {
	fmt.Println("-- links")
	fmt.Println("Symlink", show(os.Symlink("data", at("link"))))
	fmt.Println("Symlink again:", show(os.Symlink("data", at("link"))))
	err := os.Symlink("data", at("link"))
	var le *os.LinkError
	le, ok := err.(*os.LinkError)
	fmt.Println(ok, le.Op, le.Old, le.New == at("link"), le.Err == syscall.EEXIST, errors.Unwrap(err) == syscall.EEXIST, os.IsExist(err))
	lstat("link")
	stat("link")
	target, err := os.Readlink(at("link"))
	fmt.Println("Readlink", target, show(err))
	_, err = os.Readlink(at("data"))
	fmt.Println("Readlink file:", show(err))
	_, err = os.Readlink(at("nope"))
	fmt.Println("Readlink nope:", show(err))
	long := strings.Repeat("abcdefghij", 30)
	os.Symlink(long, at("longlink"))
	target, err = os.Readlink(at("longlink"))
	fmt.Println("Readlink long", len(target), target == long, show(err))
	os.Symlink("nowhere", at("dangling"))
	lstat("dangling")
	stat("dangling")

	fmt.Println("Link", show(os.Link(at("data"), at("hard"))))
	fmt.Println("Link again:", show(os.Link(at("data"), at("hard"))))
	fmt.Println("Link nope:", show(os.Link(at("nope"), at("hard2"))))
	fi1, _ := os.Stat(at("data"))
	fi2, _ := os.Stat(at("hard"))
	fi3, _ := os.Lstat(at("link"))
	fi4, _ := os.Stat(at("link"))
	fmt.Println("SameFile", os.SameFile(fi1, fi2), os.SameFile(fi1, fi3), os.SameFile(fi1, fi4), os.SameFile(fi1, nil))
	st := fi1.Sys().(*syscall.Stat_t)
	fmt.Println("Stat_t", st.Nlink, st.Size, st.Mode&syscall.S_IFMT == syscall.S_IFREG, st.Mode&0777)
	mt := fi1.ModTime()
	fmt.Println("ModTime", mt.Unix() == st.Mtim.Sec, int64(mt.Nanosecond()) == st.Mtim.Nsec, mt.Equal(fi2.ModTime()),
		mt.After(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)), time.Since(mt) < 24*time.Hour, mt.Location() == time.Local)
	st = fi3.Sys().(*syscall.Stat_t)
	fmt.Println("Stat_t link", st.Mode&syscall.S_IFMT == syscall.S_IFLNK)
	atime := time.Date(2001, 9, 9, 1, 46, 40, 123456789, time.UTC)
	mtime := time.Date(1999, 12, 31, 23, 59, 59, 5, time.FixedZone("X", 3600))
	fmt.Println("Chtimes", show(os.Chtimes(at("data"), atime, mtime)), show(os.Chtimes(at("nope"), atime, mtime)))
	fi, _ := os.Stat(at("data"))
	st2 := fi.Sys().(*syscall.Stat_t)
	fmt.Println("times", fi.ModTime().UTC(), fi.ModTime().UnixNano(), st2.Atim.Sec, st2.Atim.Nsec, st2.Mtim.Nano())
	fmt.Println("Chtimes", show(os.Chtimes(at("data"), time.Time{}, atime)))
	fi, _ = os.Stat(at("data"))
	st2 = fi.Sys().(*syscall.Stat_t)
	fmt.Println("times", fi.ModTime().UTC(), st2.Atim.Sec, st2.Atim.Nsec)
	fmt.Println(syscall.UtimesNano(at("data"), nil), syscall.NsecToTimespec(-1), syscall.NsecToTimespec(1e9+5), syscall.TimespecToNsec(syscall.Timespec{Sec: 2, Nsec: 3}))
	var raw syscall.Stat_t
	fmt.Println("syscall.Stat", syscall.Stat(at("nope"), &raw), syscall.Lstat(at("link"), &raw), raw.Mode&syscall.S_IFMT == syscall.S_IFLNK)
}

func renames() {
	fmt.Println("-- rename and remove")
	os.WriteFile(at("a"), []byte("A"), 0644)
	fmt.Println("Rename", show(os.Rename(at("a"), at("b"))))
	stat("a")
	stat("b")
	os.WriteFile(at("c"), []byte("CC"), 0644)
	fmt.Println("Rename over", show(os.Rename(at("b"), at("c"))))
	stat("c")
	fmt.Println("Rename onto dir:", show(os.Rename(at("c"), at("d"))))
	fmt.Println("Rename nope:", show(os.Rename(at("nope"), at("x"))))
	fmt.Println("Rename nope onto dir:", show(os.Rename(at("nope"), at("d"))))
	fmt.Println("Rename dir to itself:", show(os.Rename(at("d"), at("d"))))
	os.Mkdir(at("e"), 0755)
	fmt.Println("Rename dir", show(os.Rename(at("e"), at("e2"))))
	stat("e2")
	err := os.Rename(at("c"), at("nodir/c"))
	fmt.Println("Rename into nothing:", show(err), os.IsNotExist(err))

	fmt.Println("Remove", show(os.Remove(at("c"))), show(os.Remove(at("e2"))))
	err = os.Remove(at("nope"))
	fmt.Println("Remove nope:", show(err), os.IsNotExist(err))
	err = os.Remove(at("d"))
	fmt.Println("Remove full dir:", show(err), os.IsExist(err), errors.Is(err, fs.ErrExist))
	fmt.Println("Remove under file:", show(os.Remove(at("data/x"))))
	fmt.Println("Remove link", show(os.Remove(at("dangling"))))
	lstat("dangling")

	fmt.Println("Truncate", show(os.Truncate(at("hard"), 3)), show(os.Truncate(at("nope"), 3)), show(os.Truncate(at("hard"), -1)))
	stat("data")
	stat("hard")

	os.MkdirAll(at("tree/a/b/c"), 0755)
	os.WriteFile(at("tree/a/f1"), []byte("1"), 0644)
	os.WriteFile(at("tree/a/b/f2"), []byte("2"), 0644)
	os.WriteFile(at("tree/a/b/c/f3"), []byte("3"), 0644)
	os.Symlink("../../data", at("tree/a/b/ln"))
	os.Symlink(at("tree/a"), at("tree/dirlink"))
	os.MkdirAll(at("tree/empty"), 0755)
	fmt.Println("RemoveAll", show(os.RemoveAll(at("tree/a/b"))))
	stat("tree/a/b")
	stat("tree/a/f1")
	fmt.Println("RemoveAll", show(os.RemoveAll(at("tree"))))
	stat("tree")
	stat("data")
	fmt.Println("RemoveAll nope", show(os.RemoveAll(at("nope"))), show(os.RemoveAll(at("nope/x/y"))), show(os.RemoveAll("")))
	fmt.Println("RemoveAll dot:", show(os.RemoveAll(at("d/."))), show(os.RemoveAll(".")))
	fmt.Println("RemoveAll file", show(os.RemoveAll(at("hard"))))
	stat("hard")
	fmt.Println("RemoveAll under file:", show(os.RemoveAll(at("data/x"))))
}

func workdir() {
	fmt.Println("-- working directory")
	wd0, err := os.Getwd()
	fmt.Println("Getwd", wd0 != "", show(err))
	fmt.Println("Chdir", show(os.Chdir(tmp)))
	wd, err := os.Getwd()
	a, _ := os.Stat(wd)
	b, _ := os.Stat(tmp)
	fmt.Println("Getwd", os.SameFile(a, b), show(err))
	sw, err := syscall.Getwd()
	c, _ := os.Stat(sw)
	fmt.Println("syscall.Getwd", os.SameFile(b, c), show(err))
	data, err := os.ReadFile("data")
	fmt.Printf("relative %q %s\n", data, show(err))
	fi, err := os.Stat(".")
	describe("Stat .", fi, err)
	fmt.Println("Chdir nope:", show(os.Chdir(at("nope"))))
	fmt.Println("Chdir file:", show(os.Chdir(at("data"))))
	d, _ := os.Open(at("d"))
	fmt.Println("File.Chdir", show(d.Chdir()))
	d.Close()
	data, err = os.ReadFile("one")
	fmt.Printf("in d %q %s\n", data, show(err))
	f, _ := os.Open(at("data"))
	fmt.Println("File.Chdir file:", show(f.Chdir()))
	f.Close()
	fmt.Println("back", show(os.Chdir(wd0)))
}

func environment() {
	fmt.Println("-- environment")
	fmt.Println(show(os.Setenv("OSFILES_A", "one")), os.Getenv("OSFILES_A"))
	v, ok := os.LookupEnv("OSFILES_A")
	fmt.Println(v, ok)
	fmt.Println(show(os.Setenv("OSFILES_A", "two")), os.Getenv("OSFILES_A"))
	fmt.Println(show(os.Setenv("OSFILES_EMPTY", "")))
	v, ok = os.LookupEnv("OSFILES_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	count := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "OSFILES_") {
			fmt.Println("  ", kv)
			count++
		}
	}
	fmt.Println(count)
	err := os.Setenv("", "x")
	fmt.Println("Setenv empty:", show(err), errors.Is(err, syscall.EINVAL))
	var se *os.SyscallError
	se, ok = err.(*os.SyscallError)
	fmt.Println(ok, se.Syscall, se.Err == syscall.EINVAL, se.Timeout())
	fmt.Println("Setenv =:", show(os.Setenv("A=B", "x")), show(os.Setenv("A\x00", "x")), show(os.Setenv("OSFILES_B", "a\x00b")))
	fmt.Println(show(os.Unsetenv("OSFILES_A")), show(os.Unsetenv("OSFILES_NEVER")))
	v, ok = os.LookupEnv("OSFILES_A")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv(""))
	v, ok = syscall.Getenv("OSFILES_EMPTY")
	fmt.Printf("%q %v\n", v, ok)

	os.Setenv("OSFILES_X", "ex")
	os.Setenv("OSFILES_Y", "why")
	for _, s := range []string{
		"$OSFILES_X", "${OSFILES_X}", "a$OSFILES_X-b", "${OSFILES_X}y", "$OSFILES_Xy", "$$", "$",
		"x$", "${}", "${", "${OSFILES_X", "$1", "${1}", "$*", "${*}", "$ x", "$OSFILES_NONE.",
		"$OSFILES_X$OSFILES_Y", "no dollars", "", "${OSFILES_X}}", "$-", "${?}x",
	} {
		fmt.Printf("ExpandEnv(%q) = %q\n", s, os.ExpandEnv(s))
	}
	fmt.Println(os.Expand("$a ${bc} $1 ${} $", func(s string) string { return "<" + s + ">" }))

	os.Setenv("TMPDIR", tmp)
	fmt.Println("TempDir", os.TempDir() == tmp)
	f, err := os.CreateTemp("", "t*.tmp")
	name := f.Name()
	fmt.Println("CreateTemp in TMPDIR", show(err), strings.HasPrefix(name, tmp+"/t"), strings.HasSuffix(name, ".tmp"),
		allDigits(strings.TrimSuffix(strings.TrimPrefix(name, tmp+"/t"), ".tmp")))
	f.Close()
	os.Remove(name)
	os.Unsetenv("TMPDIR")
	fmt.Println("TempDir", os.TempDir())

	os.Setenv("HOME", "/home/gopher")
	os.Unsetenv("XDG_CACHE_HOME")
	os.Unsetenv("XDG_CONFIG_HOME")
	h, err := os.UserHomeDir()
	fmt.Println(h, show(err))
	h, err = os.UserCacheDir()
	fmt.Println(h, show(err))
	h, err = os.UserConfigDir()
	fmt.Println(h, show(err))
	os.Setenv("XDG_CACHE_HOME", "relative")
	os.Setenv("XDG_CONFIG_HOME", "/config")
	h, err = os.UserCacheDir()
	fmt.Println(h, show(err))
	h, err = os.UserConfigDir()
	fmt.Println(h, show(err))

	os.Clearenv()
	fmt.Println("Clearenv", len(os.Environ()), os.Getenv("OSFILES_X") == "", os.Getenv("PATH") == "")
	h, err = os.UserHomeDir()
	fmt.Println(h, show(err))
	h, err = os.UserCacheDir()
	fmt.Println(h, show(err))
	fmt.Println("TempDir", os.TempDir())
	os.Setenv("OSFILES_Z", "z")
	fmt.Println(os.Environ())
}

func process() {
	fmt.Println("-- process")
	fmt.Println(os.Getpid() > 0, os.Getppid() > 0, os.Getpid() == syscall.Getpid())
	fmt.Println(os.Getuid() == syscall.Getuid(), os.Geteuid() >= 0, os.Getgid() >= 0, os.Getegid() >= 0)
	fmt.Println(os.Getpagesize() > 0, os.Getpagesize()%1024 == 0)
	_, err := os.Getgroups()
	fmt.Println("Getgroups", show(err))
	host, err := os.Hostname()
	fmt.Println("Hostname", host != "", show(err))
	var un syscall.Utsname
	fmt.Println("Uname", syscall.Uname(&un), un.Sysname[0] == 'L')
	exe, err := os.Executable()
	fmt.Println("Executable", strings.HasPrefix(exe, "/"), show(err))
	fi, err := os.Stat(exe)
	fmt.Println("Executable is a file", err == nil && fi.Mode().IsRegular())
}

func pipes() {
	fmt.Println("-- pipe, ReadFrom, WriteTo")
	r, w, err := os.Pipe()
	fmt.Println("Pipe", show(err), r.Name(), w.Name())
	n, err := w.WriteString("through a pipe")
	fmt.Println(n, show(err), show(w.Close()))
	data, err := io.ReadAll(r)
	fmt.Printf("%q %s %s\n", data, show(err), show(r.Close()))

	r, w, _ = os.Pipe()
	r.Close()
	n, err = w.WriteString("nobody reads")
	fmt.Println("broken pipe:", n, show(err), errors.Is(err, syscall.EPIPE))
	w.Close()
	nf := os.NewFile(w.Fd(), "closed")
	_, err = nf.Write([]byte("x"))
	fmt.Println(show(err))

	f, _ := os.Create(at("copy"))
	n64, err := f.ReadFrom(strings.NewReader("from a reader\n"))
	fmt.Println("ReadFrom", n64, show(err))
	src, _ := os.Open(at("data"))
	n64, err = io.Copy(f, src)
	fmt.Println("io.Copy", n64, show(err))
	src.Close()
	f.Seek(0, io.SeekStart)
	var sb strings.Builder
	n64, err = f.WriteTo(&sb)
	fmt.Printf("WriteTo %d %q %s\n", n64, sb.String(), show(err))
	f.Close()
	var rf io.ReaderFrom = f
	var wt io.WriterTo = f
	fmt.Println(rf != nil, wt != nil)
}

func errorsOf() {
	fmt.Println("-- errors")
	pe := &fs.PathError{Op: "op", Path: "/p", Err: syscall.ENOENT}
	wrapped := fmt.Errorf("wrapped: %w", pe)
	fmt.Println(pe, os.IsNotExist(pe), os.IsNotExist(wrapped), errors.Is(wrapped, os.ErrNotExist))
	fmt.Println(os.IsNotExist(os.ErrNotExist), os.IsNotExist(syscall.ENOENT), os.IsNotExist(nil), os.IsExist(syscall.ENOTEMPTY))
	for _, e := range []syscall.Errno{syscall.EACCES, syscall.EPERM, syscall.EEXIST, syscall.ENOENT, syscall.EAGAIN, syscall.ETIMEDOUT, syscall.ENOSPC, syscall.EROFS, syscall.ELOOP, syscall.ENAMETOOLONG, syscall.EXDEV} {
		le := &os.LinkError{Op: "link", Old: "a", New: "b", Err: e}
		se := os.NewSyscallError("call", e)
		fmt.Println(int(e), le, se, os.IsPermission(le), os.IsExist(se), os.IsNotExist(e), os.IsTimeout(le), os.IsTimeout(se), pe.Timeout())
	}
	fmt.Println(os.NewSyscallError("x", nil) == nil, os.IsTimeout(errors.New("x")))
	fmt.Println(syscall.ENOTSUP == syscall.EOPNOTSUPP, syscall.EWOULDBLOCK, syscall.EDEADLOCK == syscall.EDEADLK)
	b, err := syscall.ByteSliceFromString("abc")
	fmt.Println(b, show(err))
	_, err = syscall.ByteSliceFromString("a\x00")
	fmt.Println(show(err))
}

func temps() {
	fmt.Println("-- temporary names")
	f, err := os.CreateTemp(tmp, "f*.txt")
	name := f.Name()
	fmt.Println("CreateTemp", show(err), strings.HasPrefix(name, tmp+"/f"), strings.HasSuffix(name, ".txt"),
		allDigits(strings.TrimSuffix(strings.TrimPrefix(name, tmp+"/f"), ".txt")))
	fi, _ := f.Stat()
	fmt.Println("temp", fi.Mode(), fi.Size(), fi.Name() == name[len(tmp)+1:])
	f.Close()
	os.Remove(name)
	f, err = os.CreateTemp(tmp+"/", "plain")
	name = f.Name()
	fmt.Println("CreateTemp", show(err), allDigits(strings.TrimPrefix(name, tmp+"/plain")))
	f.Close()
	os.Remove(name)
	f, err = os.CreateTemp(tmp, "a*b*c")
	name = f.Name()
	fmt.Println("CreateTemp", show(err), strings.HasPrefix(name, tmp+"/a*b"), strings.HasSuffix(name, "c"))
	f.Close()
	os.Remove(name)
	_, err = os.CreateTemp(tmp, "a/b*")
	fmt.Println("CreateTemp:", show(err))
	_, err = os.CreateTemp(at("nope"), "x*")
	fmt.Println("CreateTemp:", showTemp(err), os.IsNotExist(err))
	dir, err := os.MkdirTemp(tmp, "sub-*-dir")
	fmt.Println("MkdirTemp", show(err), allDigits(strings.TrimSuffix(strings.TrimPrefix(dir, tmp+"/sub-"), "-dir")))
	fi, err = os.Stat(dir + "/")
	fmt.Println("temp dir", fi.Mode(), fi.Name() == dir[len(tmp)+1:], show(err))
	os.Remove(dir)
	_, err = os.MkdirTemp(tmp, "x/y")
	fmt.Println("MkdirTemp:", show(err))
	_, err = os.MkdirTemp(at("nope"), "x")
	fmt.Println("MkdirTemp:", show(err))
	_, err = os.MkdirTemp(at("data"), "x")
	fmt.Println("MkdirTemp:", showTemp(err))
}

func main() {
	// A known umask makes the permissions of new files the same everywhere.
	syscall.Umask(022)
	old := syscall.Umask(022)
	fmt.Println("umask", old)

	var err error
	tmp, err = os.MkdirTemp("", "gocrane-os-*")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	base := tmp[strings.LastIndexByte(tmp, '/')+1:]
	fmt.Println("MkdirTemp", strings.HasPrefix(base, "gocrane-os-"), allDigits(strings.TrimPrefix(base, "gocrane-os-")))
	fi, err := os.Stat(tmp)
	fmt.Println("temp dir", fi.Mode(), fi.IsDir(), fi.Name() == base, show(err))

	modes()
	readWrite()
	openFlags()
	perms()
	dirs()
	links()
	renames()
	workdir()
	temps()
	pipes()
	errorsOf()
	process()
	environment()

	fmt.Println("-- cleanup")
	fmt.Println("RemoveAll", show(os.RemoveAll(tmp)))
	_, err = os.Stat(tmp)
	fmt.Println(os.IsNotExist(err), show(err))
}
