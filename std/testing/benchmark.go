package testing

import (
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"
	"unicode"
)

// InternalBenchmark is a benchmark function of the package, by name.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// B is what a benchmark function gets: b.N iterations to run (or b.Loop), its timer and its
// figures.
type B struct {
	common
	importPath string
	bstate     *benchState
	N          int
	previousN  int
	previousD  time.Duration
	benchFunc  func(b *B)
	benchTime  durationOrCountFlag
	bytes      int64
	missingBytes    bool
	timerOn         bool
	showAllocResult bool
	result          BenchmarkResult

	startAllocs uint64
	startBytes  uint64
	netAllocs   uint64
	netBytes    uint64
	// extra holds ReportMetric's figures (gc keeps them in a map; gocrane has no maps).
	extra []metric

	loop struct {
		n    uint64
		i    uint64
		done bool
	}
}

type metric struct {
	unit  string
	value float64
}

var memStats runtime.MemStats

// StartTimer starts timing (it runs when a benchmark starts).
func (b *B) StartTimer() {
	if !b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
		b.timerOn = true
		b.loop.i &^= loopPoisonTimer
	}
}

// StopTimer stops timing.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += time.Since(b.start)
		runtime.ReadMemStats(&memStats)
		b.netAllocs += memStats.Mallocs - b.startAllocs
		b.netBytes += memStats.TotalAlloc - b.startBytes
		b.timerOn = false
		b.loop.i |= loopPoisonTimer
	}
}

// ResetTimer zeroes the elapsed time, the allocation counts and the reported metrics.
func (b *B) ResetTimer() {
	b.extra = b.extra[:0]
	if b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
	}
	b.duration = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// SetBytes records the bytes one iteration processes (the MB/s column).
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs reports B/op and allocs/op for this benchmark, as -benchmem does for all.
func (b *B) ReportAllocs() { b.showAllocResult = true }

// runN runs the benchmark function for n iterations.
func (b *B) runN(n int) {
	// Log lines name the benchmark function's line: the frames from here on are the harness's.
	b.runner = callerName(0)
	defer b.runCleanup(false)
	// gc collects garbage here (runtime.GC); gocrane has no collector yet.
	b.N = n
	b.loop.n = 0
	b.loop.i = 0
	b.loop.done = false
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
	b.previousN = n
	b.previousD = b.duration
	if b.loop.n > 0 && !b.loop.done && !b.failed {
		b.Error("benchmark function returned without B.Loop() == false (break or return in loop?)")
	}
}

// runBench runs f (a benchmark body) as tRunner runs a test: FailNow and SkipNow end it.
func (b *B) runBench(f func()) {
	defer func() {
		if dying {
			return
		}
		err := recover()
		if _, ok := err.(goexit); ok {
			err = nil
		}
		if err != nil {
			dying = true
			panic(err)
		}
	}()
	f()
}

// run1 runs the benchmark once (b.N = 1) and says whether to go on measuring it: not when it
// failed, was skipped, or has sub-benchmarks (which measure themselves).
func (b *B) run1() bool {
	if s := b.bstate; s != nil {
		if n := len(b.name) + s.extLen + 1; n > s.maxLen {
			s.maxLen = n + 8
		}
	}
	b.runBench(func() { b.runN(1) })
	if b.failed {
		fmt.Fprintf(b.w, "--- FAIL: %s\n%s", b.name, b.output)
		return false
	}
	if b.hasSub || b.finished {
		tag := "BENCH"
		if b.skipped {
			tag = "SKIP"
		}
		if b.chatty != nil && (len(b.output) > 0 || b.finished) {
			b.trimOutput()
			fmt.Fprintf(b.w, "--- %s: %s\n%s", tag, b.name, b.output)
		}
		return false
	}
	return true
}

// labelsPrinted: the goos/goarch/pkg/cpu lines are out.
var labelsPrinted bool

func printLabels(w io.Writer, importPath string) {
	if labelsPrinted {
		return
	}
	labelsPrinted = true
	fmt.Fprintf(w, "goos: %s\n", runtime.GOOS)
	fmt.Fprintf(w, "goarch: %s\n", runtime.GOARCH)
	if importPath != "" {
		fmt.Fprintf(w, "pkg: %s\n", importPath)
	}
	if cpu := cpuName(); cpu != "" {
		fmt.Fprintf(w, "cpu: %s\n", cpu)
	}
}

// cpuName is the processor's name, from /proc/cpuinfo's `model name` (gc reads the same
// brand string with CPUID).
func cpuName() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		key, value, ok := strings.Cut(line, ":")
		if ok && strings.TrimSpace(key) == "model name" {
			return strings.TrimSpace(value)
		}
	}
	return ""
}

func (b *B) run() {
	printLabels(b.w, b.importPath)
	if b.bstate != nil {
		b.bstate.processBench(b)
	} else {
		b.doBench()
	}
}

func (b *B) doBench() BenchmarkResult {
	b.runBench(b.launch)
	return b.result
}

// maxBenchPredictIters caps b.N.
const maxBenchPredictIters = 1_000_000_000

// predictN is the next b.N: what the last run's speed says fills goalns, 20% more, at most
// 100 times the last and at least one more.
func predictN(goalns int64, prevIters int64, prevns int64, last int64) int {
	if prevns == 0 {
		prevns = 1
	}
	n := goalns * prevIters / prevns
	n += n / 5
	if n > 100*last {
		n = 100 * last
	}
	if n < last+1 {
		n = last + 1
	}
	if n > maxBenchPredictIters {
		n = maxBenchPredictIters
	}
	return int(n)
}

// launch runs the benchmark until it has run for -benchtime (or its count of iterations).
func (b *B) launch() {
	if b.loop.n == 0 {
		if b.benchTime.n > 0 {
			// The first run was b.N = 1.
			if b.benchTime.n > 1 {
				b.runN(b.benchTime.n)
			}
		} else {
			d := b.benchTime.d
			for n := int64(1); !b.failed && b.duration < d && n < 1e9; {
				last := n
				n = int64(predictN(d.Nanoseconds(), int64(b.N), b.duration.Nanoseconds(), last))
				b.runN(int(n))
			}
		}
	}
	b.result = BenchmarkResult{N: b.N, T: b.duration, Bytes: b.bytes, MemAllocs: b.netAllocs, MemBytes: b.netBytes, extra: b.extra}
}

// Elapsed is the time measured so far.
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.timerOn {
		d += time.Since(b.start)
	}
	return d
}

// ReportMetric adds a figure n per operation in unit to the result ("ns/op", "B/op",
// "allocs/op" and "MB/s" replace the measured ones).
func (b *B) ReportMetric(n float64, unit string) {
	if unit == "" {
		panic("metric unit must not be empty")
	}
	if strings.IndexFunc(unit, unicode.IsSpace) >= 0 {
		panic("metric unit must not contain whitespace")
	}
	for i := range b.extra {
		if b.extra[i].unit == unit {
			b.extra[i].value = n
			return
		}
	}
	b.extra = append(b.extra, metric{unit, n})
}

// Loop reports whether to run one more iteration (`for b.Loop() { … }`): the timer runs only
// inside such a loop, and b.N is its count once it ends.
func (b *B) Loop() bool {
	if b.loop.i < b.loop.n {
		b.loop.i++
		return true
	}
	return b.loopSlowPath()
}

// The loop counter's top bits poison it: a stopped timer makes Loop take its slow path.
const (
	loopPoisonTimer = uint64(1) << 63
	loopPoisonMask  = uint64(1) << 63
)

func (b *B) loopSlowPath() bool {
	if !b.timerOn {
		b.Fatal("B.Loop called with timer stopped")
	}
	if b.loop.i&loopPoisonMask != 0 {
		panic(fmt.Sprintf("unknown loop stop condition: %#x", b.loop.i))
	}
	if b.loop.n == 0 {
		// The first call: one iteration (or the fixed count), timed from here.
		if b.benchTime.n > 0 {
			b.loop.n = uint64(b.benchTime.n)
		} else {
			b.loop.n = 1
		}
		b.N = 0
		b.ResetTimer()
		b.loop.i++
		return true
	}
	var more bool
	if b.benchTime.n > 0 {
		if b.loop.i != uint64(b.benchTime.n) {
			panic(fmt.Sprintf("iteration count %d < fixed target %d", b.loop.i, b.benchTime.n))
		}
		more = false
	} else {
		more = b.stopOrScaleBLoop()
	}
	if !more {
		b.StopTimer()
		b.N = int(b.loop.n)
		b.loop.done = true
		return false
	}
	b.loop.i++
	return true
}

// stopOrScaleBLoop: the loop ran long enough, or its target grows as predictN says.
func (b *B) stopOrScaleBLoop() bool {
	t := b.Elapsed()
	if t >= b.benchTime.d {
		return false
	}
	prev := int64(b.loop.n)
	b.loop.n = uint64(predictN(b.benchTime.d.Nanoseconds(), prev, t.Nanoseconds(), prev))
	if b.loop.n&loopPoisonMask != 0 {
		panic("loop iteration target overflow")
	}
	return uint64(prev) < b.loop.n
}

// BenchmarkResult is what a benchmark measured.
type BenchmarkResult struct {
	N         int           // iterations
	T         time.Duration // their total time
	Bytes     int64         // bytes processed by one iteration
	MemAllocs uint64        // allocations in all
	MemBytes  uint64        // bytes allocated in all
	// extra: ReportMetric's figures (gc's exported Extra map; gocrane has no maps).
	extra []metric
}

func (r BenchmarkResult) metric(unit string) (float64, bool) {
	for _, m := range r.extra {
		if m.unit == unit {
			return m.value, true
		}
	}
	return 0, false
}

// NsPerOp is the time of one iteration.
func (r BenchmarkResult) NsPerOp() int64 {
	if v, ok := r.metric("ns/op"); ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

func (r BenchmarkResult) mbPerSec() float64 {
	if v, ok := r.metric("MB/s"); ok {
		return v
	}
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
}

// AllocsPerOp is the allocations of one iteration (rounded down).
func (r BenchmarkResult) AllocsPerOp() int64 {
	if v, ok := r.metric("allocs/op"); ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp is the bytes one iteration allocates (rounded down).
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if v, ok := r.metric("B/op"); ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String is the result's columns: iterations, ns/op, MB/s, then the other metrics by unit.
func (r BenchmarkResult) String() string {
	buf := new(strings.Builder)
	fmt.Fprintf(buf, "%8d", r.N)
	ns, ok := r.metric("ns/op")
	if !ok {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		prettyPrint(buf, ns, "ns/op")
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(buf, "\t%7.2f MB/s", mbs)
	}
	var units []string
	for _, m := range r.extra {
		switch m.unit {
		case "ns/op", "MB/s", "B/op", "allocs/op":
			continue
		}
		units = append(units, m.unit)
	}
	sort.Strings(units)
	for _, u := range units {
		v, _ := r.metric(u)
		buf.WriteByte('\t')
		prettyPrint(buf, v, u)
	}
	return buf.String()
}

// prettyPrint writes x with as many decimals as its size calls for, right-aligned.
func prettyPrint(w io.Writer, x float64, unit string) {
	var format string
	switch y := math.Abs(x); {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	fmt.Fprintf(w, format, x, unit)
}

// MemString is the B/op and allocs/op columns.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// benchmarkName adds the GOMAXPROCS suffix (`-2`) unless it is 1.
func benchmarkName(name string, n int) string {
	if n != 1 {
		return fmt.Sprintf("%s-%d", name, n)
	}
	return name
}

type benchState struct {
	match  *matcher
	maxLen int // the longest name printed, for the column
	extLen int // the longest GOMAXPROCS suffix
}

// RunBenchmarks runs benchmarks whose names -test.bench matches.
func RunBenchmarks(matchString func(pat, str string) (bool, error), benchmarks []InternalBenchmark) {
	runBenchmarks("", matchString, benchmarks)
}

func runBenchmarks(importPath string, matchString func(pat, str string) (bool, error), benchmarks []InternalBenchmark) bool {
	if *matchBenchmarks == "" {
		return true
	}
	maxprocs := 1
	for _, procs := range cpuList {
		if procs > maxprocs {
			maxprocs = procs
		}
	}
	s := &benchState{
		match:  newMatcher(matchString, *matchBenchmarks, "-test.bench", *skip),
		extLen: len(benchmarkName("", maxprocs)),
	}
	var bs []InternalBenchmark
	for _, bench := range benchmarks {
		if _, matched, _ := s.match.fullName(nil, bench.Name); matched {
			bs = append(bs, bench)
			name := benchmarkName(bench.Name, maxprocs)
			if l := len(name) + s.extLen + 1; l > s.maxLen {
				s.maxLen = l
			}
		}
	}
	main := &B{
		common: common{
			name:     "Main",
			w:        os.Stdout,
			toStdout: true,
			bench:    true,
		},
		importPath: importPath,
		benchFunc: func(b *B) {
			for _, bench := range bs {
				b.Run(bench.Name, bench.F)
			}
		},
		benchTime: benchTime,
		bstate:    s,
	}
	if Verbose() {
		main.chatty = &chattyPrinter{w: main.w}
	}
	main.runBench(func() { main.runN(1) })
	return !main.failed
}

// processBench measures b once per -cpu value and -count, printing a result line each time.
func (s *benchState) processBench(b *B) {
	for i, procs := range cpuList {
		for j := 0; j < *count; j++ {
			runtime.GOMAXPROCS(procs)
			name := benchmarkName(b.name, procs)
			if b.chatty == nil {
				fmt.Fprintf(b.w, "%-*s\t", s.maxLen, name)
			}
			if i > 0 || j > 0 {
				b = &B{
					common: common{
						name:   b.name,
						w:      b.w,
						chatty: b.chatty,
						bench:  true,
					},
					benchFunc: b.benchFunc,
					benchTime: b.benchTime,
				}
				b.run1()
			}
			r := b.doBench()
			if b.failed {
				fmt.Fprintf(b.w, "--- FAIL: %s\n%s", name, b.output)
				continue
			}
			results := r.String()
			if b.chatty != nil {
				fmt.Fprintf(b.w, "%-*s\t", s.maxLen, name)
			}
			if *benchmarkMemory || b.showAllocResult {
				results += "\t" + r.MemString()
			}
			fmt.Fprintln(b.w, results)
			if len(b.output) > 0 {
				b.trimOutput()
				fmt.Fprintf(b.w, "--- BENCH: %s\n%s", name, b.output)
			}
			if p := runtime.GOMAXPROCS(-1); p != procs {
				fmt.Fprintf(os.Stderr, "testing: %s left GOMAXPROCS set to %d\n", name, p)
			}
		}
	}
}

// Run runs f as the sub-benchmark name of b and reports whether it passed.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	benchName, ok, partial := b.name, true, false
	if b.bstate != nil {
		benchName, ok, partial = b.bstate.match.fullName(&b.common, name)
	}
	if !ok {
		return true
	}
	pcs := make([]uintptr, 50)
	n := runtime.Callers(2, pcs)
	sub := &B{
		common: common{
			name:    benchName,
			parent:  &b.common,
			level:   b.level + 1,
			creator: pcs[:n],
			w:       b.w,
			chatty:  b.chatty,
			bench:   true,
		},
		importPath: b.importPath,
		benchFunc:  f,
		benchTime:  b.benchTime,
		bstate:     b.bstate,
	}
	if partial {
		// More levels of the pattern to match: only sub-benchmarks are measured.
		sub.hasSub = true
	}
	if b.chatty != nil {
		printLabels(os.Stdout, b.importPath)
		fmt.Println(benchName)
	}
	if sub.run1() {
		sub.run()
	}
	b.add(sub.result)
	return !sub.failed
}

// add sums a sub-benchmark's per-operation figures into b's.
func (b *B) add(other BenchmarkResult) {
	r := &b.result
	r.N = 1
	r.T += time.Duration(other.NsPerOp())
	if other.Bytes == 0 {
		b.missingBytes = true
		r.Bytes = 0
	}
	if !b.missingBytes {
		r.Bytes += other.Bytes
	}
	r.MemAllocs += uint64(other.AllocsPerOp())
	r.MemBytes += uint64(other.AllocedBytesPerOp())
}

// trimOutput keeps the first 10 lines of a benchmark's log.
func (b *B) trimOutput() {
	const maxNewlines = 10
	lines := 0
	for j := 0; j < len(b.output); j++ {
		if b.output[j] == '\n' {
			lines++
			if lines >= maxNewlines {
				b.output = append(b.output[:j], "\n\t... [output truncated]\n"...)
				break
			}
		}
	}
}

// Benchmark measures f alone (for programs that are not test binaries).
func Benchmark(f func(b *B)) BenchmarkResult {
	parseFlags()
	b := &B{
		common: common{
			w: discard{},
		},
		benchFunc: f,
		benchTime: benchTime,
	}
	if b.run1() {
		b.run()
	}
	return b.result
}

type discard struct{}

func (discard) Write(b []byte) (int, error) { return len(b), nil }

// AllocsPerRun is the average number of allocations of one call of f, over runs calls after
// a first one (rounded down, as gc's).
func AllocsPerRun(runs int, f func()) (avg float64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	mallocs := 0 - ms.Mallocs
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&ms)
	mallocs += ms.Mallocs
	return float64(mallocs / uint64(runs))
}
