package time

import "syscall"

// The runtime's part (runtime/src/time.rs).

// runtimeNano returns the monotonic clock (CLOCK_MONOTONIC) in nanoseconds.
func runtimeNano() int64

// realtimeNano returns the wall clock (CLOCK_REALTIME) in nanoseconds since 1970.
func realtimeNano() int64

// nanosleep sleeps ns nanoseconds (nothing if ns <= 0).
func nanosleep(ns int64)

// open opens the file name read-only: its descriptor, or -errno.
func open(name string) int

// Sleep pauses the program for at least d; a zero or negative d returns at once.
func Sleep(d Duration) {
	nanosleep(int64(d))
}

// maxFileSize bounds what readFile reads: zoneinfo files are a few kilobytes.
const maxFileSize = 10 << 20

// fileSizeError is readFile's error for a file over maxFileSize.
type fileSizeError string

func (f fileSizeError) Error() string {
	return "time: file " + string(f) + " is too large"
}

// readFile returns the contents of the file name (at most maxFileSize bytes if limit).
func readFile(name string, limit bool) ([]byte, error) {
	fd := open(name)
	if fd < 0 {
		return nil, syscall.Errno(-fd)
	}
	defer syscall.Close(fd)
	var (
		buf [4096]byte
		ret []byte
		err error
	)
	for {
		var n int
		n, err = syscall.Read(fd, buf[:])
		if n > 0 {
			ret = append(ret, buf[:n]...)
		}
		if n <= 0 || err != nil {
			break
		}
		if limit && len(ret) > maxFileSize {
			return nil, fileSizeError(name)
		}
	}
	return ret, err
}

// floorDiv divides rounding toward minus infinity (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}
