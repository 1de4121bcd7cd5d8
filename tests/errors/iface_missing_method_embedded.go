// An embedded interface's methods are part of the interface: lacking one of them means the
// type does not implement it.
package main

type Reader interface {
	Read() int
}

type Closer interface {
	Close()
}

type ReadCloser interface {
	Reader
	Closer
}

type File struct{}

func (File) Read() int { return 0 }

func main() {
	var rc ReadCloser = File{}
	rc.Close()
}
