// os (and the syscall and io/fs errors under it): the standard streams, files made from
// descriptors, their errors, the environment and Exit, compared with gc's packages.
package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"syscall"
)

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	n, err := os.Stdout.WriteString("to stdout\n")
	println("WriteString", n, errText(err))
	n, err = os.Stdout.Write([]byte("bytes to stdout\n"))
	println("Write", n, errText(err))
	n, err = io.WriteString(os.Stderr, "to stderr\n")
	println("io.WriteString", n, errText(err))
	println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Fd(), os.Stderr.Fd())

	// Standard input is empty here: the first Read is the end.
	buf := make([]byte, 8)
	n, err = os.Stdin.Read(buf)
	println("Read", n, errText(err), err == io.EOF)
	n, err = os.Stdin.Read(buf[:0])
	println("Read nothing", n, errText(err))

	bad := os.NewFile(100, "bad-fd")
	n, err = bad.Write([]byte("x"))
	println("bad Write", n, errText(err))
	var pe *fs.PathError
	pe, ok := err.(*fs.PathError)
	println(ok, pe.Op, pe.Path, pe.Err == syscall.EBADF, errors.Unwrap(err) == syscall.EBADF)
	println(errors.Is(err, syscall.EBADF), errors.Is(err, os.ErrNotExist), pe.Timeout())
	_, err = bad.Read(buf)
	println("bad Read", errText(err))
	println("Close", errText(bad.Close()), errText(bad.Close()), bad.Fd() == ^uintptr(0))
	_, err = bad.WriteString("x")
	println("closed Write", errText(err), errors.Is(err, os.ErrClosed))

	var nilFile *os.File
	_, err = nilFile.Write(nil)
	println("nil Write", errText(err), err == os.ErrInvalid)
	println("NewFile", os.NewFile(^uintptr(0), "x") == nil)

	for _, e := range []syscall.Errno{0, 1, 2, 9, 11, 13, 17, 22, 32, 95, 110, 133, 134, 200} {
		println(int(e), e.Error(), e.Temporary(), e.Timeout(),
			errors.Is(e, os.ErrPermission), errors.Is(e, fs.ErrExist),
			errors.Is(e, os.ErrNotExist), errors.Is(e, errors.ErrUnsupported))
	}
	println(os.ErrInvalid.Error(), os.ErrPermission.Error(), os.ErrExist.Error(),
		os.ErrNotExist.Error(), os.ErrClosed.Error(), os.ErrNotExist == fs.ErrNotExist)

	v, found := os.LookupEnv("GOCRANE_SURELY_UNSET_VARIABLE")
	println("env", v == "", found, os.Getenv("GOCRANE_SURELY_UNSET_VARIABLE") == "")
	_, found = syscall.Getenv("PATH")
	println("PATH set", found, len(os.Environ()) > 0, len(os.Args))

	defer println("deferred calls do not run on Exit")
	os.Exit(3)
}
