// gocrane's view of package runtime: the only members a program may use.
//
// The checker parses this file like user code (package "runtime") and checks it with every
// program. Functions without bodies are gocrane's runtime library's, under the same link names
// as gc's (runtime.ReadMemStats). MemStats has gc 1.27's full field layout, so that
// unsafe.Sizeof(runtime.MemStats{}) and every field offset equal gc's. The run-time error
// types at the end have Go methods, compiled with a program that calls recover.
package runtime

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func ReadMemStats(m *MemStats)

// The target, as gc's constants (the checker writes the architecture it compiles for).
const (
	GOOS     = "linux"
	Compiler = "gc"
)

const GOARCH = "amd64"

// Version is the Go release gocrane answers to, gc's.
func Version() string

// NumCPU is how many CPUs the process may run on (sched_getaffinity at start, as gc).
func NumCPU() int

// GOMAXPROCS returns the setting before the call and changes it when n > 0; it starts at gc's
// default (the CPU count, lowered to a cgroup CPU limit). gocrane runs one goroutine.
func GOMAXPROCS(n int) int

// NumGoroutine is 1: gocrane has no goroutines yet.
func NumGoroutine() int

// Gosched yields the processor: with one goroutine, it returns.
func Gosched()

// KeepAlive accepts an argument of any type; the checker does not convert it to an interface.
func KeepAlive(x any)

// Run-time errors, as gc's error.go declares them: the values `recover` returns for the
// runtime's own panics. (gc's boundsError.code is an abi.BoundsErrorCode, a uint8.)
type Error interface {
	error
	RuntimeError()
}

type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return boundsErrorText(e.x, e.y, e.signed, e.code) }

// boundsErrorText is gc's boundsError.Error, in gocrane's runtime library.
func boundsErrorText(x int64, y int, signed bool, code uint8) string

// _type is the runtime's type descriptor (gc's abi.Type); only pointers to it are used here.
type _type struct{ size uintptr }

type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return typeAssertionErrorText(e) }

// typeAssertionErrorText is gc's (*TypeAssertionError).Error, in gocrane's runtime library.
func typeAssertionErrorText(e *TypeAssertionError) string

// PanicNilError is the value of panic(nil) (gc 1.21 and later).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}
