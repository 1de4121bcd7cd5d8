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

// Stack walking and function positions (gc's extern.go and symtab.go). The runtime reads the
// compiler's function table (runtime.functab: names, code ranges, line tables); the walk
// follows frame pointers. gocrane inlines nothing, so every frame is a real call and Frame.Func
// is never nil (gc's is nil for a frame of inlined code). The runtime's own frames are gc's:
// a walk starts at runtime.Callers and ends at runtime.main and runtime.goexit (with
// runtime.doInit1 and runtime.doInit during package initialisation), at gc's files and lines.

// Callers writes the return addresses of the calling goroutine's frames into pc, skipping skip
// frames (0 is Callers itself), and says how many it wrote.
//
//go:noescape
func Callers(skip int, pc []uintptr) int

// Caller reports the frame skip levels above its caller (0: the caller itself): the address
// of the call instruction, its file and line. It allocates what gc's does: the one-word buffer
// and the Frames reading it, which keeps the buffer.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	buf := make([]uintptr, 1)
	// Two frames more: Callers' own and this function's.
	if n := Callers(skip+2, buf); n == 0 {
		return 0, "", 0, false
	}
	fr, _ := CallersFrames(buf).Next()
	return fr.PC, fr.File, fr.Line, fr.PC != 0
}

// Func is a function of the program: a pointer to its runtime.functab record.
type Func struct {
	opaque struct{}
}

// FuncForPC is the function whose code contains pc, or nil.
func FuncForPC(pc uintptr) *Func

// Name is the function's name as gc spells it (main.(*T).M); "" for a nil *Func.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return funcName(f)
}

// Entry is the address of the function's first instruction (a nil *Func faults, as gc's).
func (f *Func) Entry() uintptr {
	_ = *f
	return funcEntry(f)
}

// FileLine is the file and line of the code at pc in f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return funcFile(f, pc), funcLine(f, pc)
}

//go:noescape
func funcName(f *Func) string

//go:noescape
func funcEntry(f *Func) uintptr

//go:noescape
func funcFile(f *Func, pc uintptr) string

//go:noescape
func funcLine(f *Func, pc uintptr) int

// callPC turns a return address in f into the address of the call before it (one byte back),
// as gc's Frames do; f's entry stays itself.
func callPC(f *Func, pc uintptr) uintptr {
	if pc > f.Entry() {
		return pc - 1
	}
	return pc
}

// Frames iterates over the frames of return addresses that Callers gave. Only callers is used;
// the other fields give it gc's size (232 bytes), so that CallersFrames allocates as gc's.
type Frames struct {
	callers    []uintptr
	nextPC     uintptr
	frames     []Frame
	frameStore [2]Frame
}

// Frame is one frame: its call address, function, file and line.
type Frame struct {
	PC        uintptr
	Func      *Func
	Function  string
	File      string
	Line      int
	startLine int
	Entry     uintptr
	funcInfo  funcInfo
}

// funcInfo has the size of gc's unexported Frame field (a record and its module); gocrane's
// Frame leaves it empty.
type funcInfo struct {
	_func *Func
	datap *byte
}

// CallersFrames iterates over the frames of callers, a slice Callers filled.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next is the next frame, and whether another follows; addresses outside Go code are passed
// over.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		pc = callPC(f, pc)
		frame = Frame{PC: pc, Func: f, Function: f.Name(), Entry: f.Entry()}
		frame.File, frame.Line = f.FileLine(pc)
		frame.startLine = funcLine(f, frame.Entry)
		for _, next := range ci.callers {
			if FuncForPC(next) != nil {
				more = true
				break
			}
		}
		return frame, more
	}
	return Frame{}, false
}
