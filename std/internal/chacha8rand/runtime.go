package chacha8rand

// getrandom fills p with random bytes from the kernel (runtime/src/rand.rs).
//
//go:noescape
func getrandom(p []byte)

// The process-wide generator, keyed from the kernel on first use (gc keys one per thread
// from its startup randomness; without threads one is enough).
var (
	global       State
	globalSeeded bool
)

// RuntimeRand returns a random uint64 from the process-wide generator: what gc's
// runtime.rand is to the top-level functions of math/rand and math/rand/v2.
func RuntimeRand() uint64 {
	if !globalSeeded {
		var seed [32]byte
		getrandom(seed[:])
		global.Init(seed)
		globalSeeded = true
	}
	for {
		if x, ok := global.Next(); ok {
			return x
		}
		global.Refill()
	}
}
