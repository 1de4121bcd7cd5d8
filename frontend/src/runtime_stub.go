// gocrane's view of package runtime: the only members a program may use.
//
// The checker parses this file like user code (package "runtime"); functions have no bodies,
// their code is in gocrane's runtime library under the same link names as gc's
// (runtime.ReadMemStats). MemStats has gc 1.27's full field layout, so that
// unsafe.Sizeof(runtime.MemStats{}) and every field offset equal gc's.
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

// KeepAlive accepts an argument of any type; the checker does not convert it to an interface.
func KeepAlive(x any)
