// Package testing runs a package's tests, benchmarks and examples as `go test` does, with the
// same output. `gocrane test` generates the test binary's main function, which hands the
// package's tests to MainStart and runs them.
//
// gocrane has no goroutines: every test, subtest and benchmark runs on the one goroutine, in
// order. FailNow and SkipNow end the test function by panicking with a value only tRunner
// recovers (gc ends the test's goroutine with runtime.Goexit), so the deferred calls of the
// test run, as under gc — but a recover in the test's own deferred functions would see that
// value too. Parallel marks a test parallel and returns at once: the test goes on
// sequentially. A test that panics fails with its parents and the panic ends the program, as
// in gc.
package testing

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
)

// TB is what T and B have in common.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Chdir(dir string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
	Output() io.Writer

	private()
}

// InternalTest is a test function of the package, by name (for the generated main).
type InternalTest struct {
	Name string
	F    func(*T)
}

// indent is what each level of nesting adds in front of a test's output lines.
const indent = "    "

// common is the state tests and benchmarks share.
type common struct {
	name   string
	parent *common
	level  int

	// w is where this test's report goes: standard output for the top level, the parent's
	// buffered output (indented) below it.
	w io.Writer
	// toStdout: w is standard output itself.
	toStdout bool
	// output is the test's buffered log, printed after its --- line.
	output []byte
	// partial is the unfinished last line written through Output().
	partial []byte
	chatty  *chattyPrinter
	bench   bool

	failed   bool
	skipped  bool
	finished bool // the test function returned or ended with FailNow/SkipNow
	done     bool // the test and its report are complete
	hasSub   bool
	ran      bool

	start    time.Time
	duration time.Duration

	cleanups       []func()
	cleanupStarted bool
	helpers        []string
	// runner is tRunner's name: the frames from it on are the harness's.
	runner string
	// creator is the call stack of the Run that started this test (for Helper).
	creator []uintptr

	tempDir    string
	tempDirErr error
	tempDirSeq int
	isParallel bool

	match *matcher
}

// T is what a test function gets: it reports failures and logs.
type T struct {
	common
}

func (c *common) private() {}

// Name is the test's name, with its parents' (`TestX/sub`).
func (c *common) Name() string { return c.name }

// Fail marks the test (and its parents) failed; it goes on running.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the test failed.
func (c *common) Failed() bool { return c.failed }

// goexit is the value FailNow and SkipNow panic with to end the test function; tRunner
// recovers it.
type goexit struct{}

// FailNow marks the test failed and ends it.
func (c *common) FailNow() {
	c.Fail()
	c.finished = true
	panic(goexit{})
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool { return c.skipped }

// SkipNow marks the test skipped and ends it.
func (c *common) SkipNow() {
	c.skipped = true
	c.finished = true
	panic(goexit{})
}

// Log formats its arguments as Println does and logs them.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats as Printf does and logs; a final newline is added if missing.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is Log then Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is Logf then Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is Log then FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is Logf then FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is Log then SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is Logf then SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// Helper marks the calling function a helper: log lines name the line of its caller.
func (c *common) Helper() {
	name := callerName(1)
	for _, h := range c.helpers {
		if h == name {
			return
		}
	}
	c.helpers = append(c.helpers, name)
}

// Cleanup registers f to run when the test and its subtests are done, last registered first.
func (c *common) Cleanup(f func()) {
	c.cleanups = append(c.cleanups, f)
}

// runCleanup runs the registered cleanups, last first. With recovering, a panicking cleanup
// stops them and its value is returned.
func (c *common) runCleanup(recovering bool) (panicked any) {
	c.cleanupStarted = true
	if recovering {
		defer func() {
			panicked = recover()
		}()
	}
	for len(c.cleanups) > 0 {
		f := c.cleanups[len(c.cleanups)-1]
		c.cleanups = c.cleanups[:len(c.cleanups)-1]
		f()
	}
	return nil
}

// Setenv sets an environment variable for the test's duration.
func (c *common) Setenv(key, value string) {
	prev, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	if ok {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

// Setenv sets an environment variable for the test's duration (not in a parallel test).
func (t *T) Setenv(key, value string) {
	if t.isParallel {
		panic("testing: test using t.Setenv or t.Chdir can not use t.Parallel")
	}
	t.common.Setenv(key, value)
}

// Chdir changes the working directory for the test's duration.
func (c *common) Chdir(dir string) {
	old, err := os.Open(".")
	if err != nil {
		c.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		c.Fatal(err)
	}
	c.Cleanup(func() {
		err := old.Chdir()
		old.Close()
		if err != nil {
			panic("testing.Chdir: " + err.Error())
		}
	})
}

// TempDir is a new directory for each call, removed when the test is done.
func (c *common) TempDir() string {
	if c.tempDir == "" && c.tempDirErr == nil {
		// The test's name, made safe for a file name, heads its directory's name.
		pattern := c.name
		if len(pattern) > 64 {
			pattern = pattern[:64]
		}
		var b []byte
		for _, r := range pattern {
			switch {
			case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-':
				b = append(b, string(r)...)
			default:
				b = append(b, '_')
			}
		}
		c.tempDir, c.tempDirErr = os.MkdirTemp("", string(b))
		if c.tempDirErr == nil {
			dir := c.tempDir
			c.Cleanup(func() {
				if err := os.RemoveAll(dir); err != nil {
					c.Errorf("TempDir RemoveAll cleanup: %v", err)
				}
			})
		}
	}
	if c.tempDirErr != nil {
		c.Fatalf("TempDir: %v", c.tempDirErr)
	}
	c.tempDirSeq++
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, os.PathSeparator, c.tempDirSeq)
	if err := os.Mkdir(dir, 0o777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

// Parallel marks the test parallel. gocrane runs it on at once, in order (it has no
// goroutines).
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	t.isParallel = true
}

// Output is a writer into the test's log: lines are indented like Log's, without a position.
func (c *common) Output() io.Writer {
	n := c.destination()
	if n == nil {
		panic("Output called after " + c.name + " has completed")
	}
	return outputWriter{n}
}

// log writes s, a log line (or several), after the position of the call that logged it.
func (c *common) log(s string) {
	s = strings.TrimSuffix(s, "\n")
	s = strings.ReplaceAll(s, "\n", "\n"+indent)
	s += "\n"
	n := c.destination()
	if n == nil {
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	// The frames above: callSite's caller chain is log, then the public method.
	s = c.callSite(3) + s
	n.flushPartial()
	n.writeLines([]byte(s))
}

// destination is the test whose output a log goes to: the test itself while it runs, else
// its closest running parent.
func (c *common) destination() *common {
	if !c.done {
		return c
	}
	for p := c.parent; p != nil; p = p.parent {
		if !p.done {
			return p
		}
	}
	return nil
}

// callSite is `file.go:LINE: ` of the code skip frames up, helpers passed over.
func (c *common) callSite(skip int) string {
	file, line := c.frameSkip(skip)
	if file == "" {
		file = "???"
	} else if i := strings.LastIndexByte(file, '/'); i >= 0 {
		file = file[i+1:]
	}
	if line == 0 {
		line = 1
	}
	return fmt.Sprintf("%s:%d: ", file, line)
}

// frameSkip is the file and line skip frames above the caller, passing over functions marked
// as helpers. Reaching the harness (tRunner) ends the search at the test function, or, in a
// subtest, goes on from the call of Run that started it, with the parent's helpers.
func (c *common) frameSkip(skip int) (string, int) {
	pcs := make([]uintptr, 50)
	n := runtime.Callers(skip+2, pcs)
	if n == 0 {
		panic("testing: zero callers found")
	}
	frames := runtime.CallersFrames(pcs[:n])
	var first, prev, frame runtime.Frame
	haveFirst := false
	for more := true; more; prev = frame {
		frame, more = frames.Next()
		if frame.Function == "runtime.gopanic" {
			continue
		}
		if frame.Function == "testing.(*common).FailNow" || frame.Function == "testing.(*common).SkipNow" {
			// A deferred call run as FailNow or SkipNow ends the test: under gc, runtime.Goexit
			// (at this line of gc's runtime) calls it.
			frame.File, frame.Line = "$GOROOT/src/runtime/panic.go", 694
		}
		if !haveFirst {
			first = frame
			haveFirst = true
		}
		if frame.Function == c.runner {
			if c.level > 1 {
				frames = runtime.CallersFrames(c.creator)
				c = c.parent
				more = true
				continue
			}
			return prev.File, prev.Line
		}
		if !c.isHelper(frame.Function) {
			return frame.File, frame.Line
		}
	}
	return first.File, first.Line
}

// isHelper: the function of that name was marked by Helper in this test.
func (c *common) isHelper(name string) bool {
	for _, h := range c.helpers {
		if h == name {
			return true
		}
	}
	return false
}

// flushPartial ends an unfinished Output() line.
func (c *common) flushPartial() {
	if len(c.partial) > 0 {
		outputWriter{c}.Write([]byte("\n"))
	}
}

// outputWriter writes whole lines into a test's log.
type outputWriter struct {
	c *common
}

func (o outputWriter) Write(p []byte) (int, error) {
	c := o.c
	if c.destination() == nil {
		panic("Write called after " + c.name + " has completed")
	}
	data := append(c.partial, p...)
	end := strings.LastIndexByte(string(data), '\n') + 1
	c.writeLines(data[:end])
	c.partial = append([]byte(nil), data[end:]...)
	return len(p), nil
}

// writeLines writes complete lines of the test's log: printed at once under -v (unless the
// test is done), else kept for its report.
func (c *common) writeLines(b []byte) {
	for len(b) > 0 {
		end := strings.IndexByte(string(b), '\n') + 1
		if end == 0 {
			end = len(b)
		}
		line := b[:end]
		b = b[end:]
		switch {
		case c.done || c.chatty == nil:
			c.output = append(c.output, indent...)
			c.output = append(c.output, line...)
		case c.bench:
			fmt.Printf("%s%s", indent, line)
		default:
			c.chatty.Printf(c.name, "%s%s", indent, line)
		}
	}
}

// indenter adds what is written, line by line and indented, to a test's output.
type indenter struct {
	c *common
}

func (w indenter) Write(b []byte) (int, error) {
	n := len(b)
	for len(b) > 0 {
		end := strings.IndexByte(string(b), '\n') + 1
		if end == 0 {
			end = len(b)
		}
		w.c.output = append(w.c.output, indent...)
		w.c.output = append(w.c.output, b[:end]...)
		b = b[end:]
	}
	return n, nil
}

// flushToParent writes the test's report line and then its buffered output to its parent.
func (c *common) flushToParent(testName, format string, args ...any) {
	p := c.parent
	if len(c.output) > 0 {
		format += "%s"
		args = append(args[:len(args):len(args)], c.output)
		c.output = c.output[:0]
	}
	if c.chatty != nil && p.toStdout {
		c.chatty.Updatef(testName, format, args...)
	} else {
		fmt.Fprintf(p.w, format, args...)
	}
}

// chattyPrinter prints -v output, naming the test again when output of another one came in
// between (`=== NAME  TestX`).
type chattyPrinter struct {
	w        io.Writer
	lastName string
}

// Updatef prints a line that names its test.
func (p *chattyPrinter) Updatef(testName, format string, args ...any) {
	p.lastName = testName
	fmt.Fprintf(p.w, format, args...)
}

// Printf prints output of the test testName.
func (p *chattyPrinter) Printf(testName, format string, args ...any) {
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Fprintf(p.w, "=== NAME  %s\n", testName)
		p.lastName = testName
	}
	fmt.Fprintf(p.w, format, args...)
}

// fmtDuration is gc's `0.01s`.
func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// callerName is the name of the function skip frames above its caller.
func callerName(skip int) string {
	pc := make([]uintptr, 1)
	if runtime.Callers(skip+2, pc) == 0 {
		return ""
	}
	frame, _ := runtime.CallersFrames(pc).Next()
	return frame.Function
}

// dying is set once a test panicked: the enclosing tests let the panic pass.
var dying bool

// tRunner runs test function fn of t, then reports t.
func tRunner(t *T, fn func(t *T)) {
	t.runner = callerName(0)
	defer func() {
		if dying {
			return
		}
		err := recover()
		if _, ok := err.(goexit); ok {
			err = nil
		}
		// A panic fails the test and its parents, whose reports are flushed before the
		// panic goes on and ends the program.
		if err != nil {
			dying = true
			t.Fail()
			if r := t.runCleanup(true); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			for root := &t.common; root.parent != nil; root = root.parent {
				root.duration += time.Since(root.start)
				root.flushPartial()
				root.flushToParent(root.name, "--- FAIL: %s (%s)\n", root.name, fmtDuration(root.duration))
				if r := root.parent.runCleanup(true); r != nil {
					fmt.Fprintf(root.parent.w, "cleanup panicked with %v", r)
				}
			}
			panic(err)
		}
		t.duration += time.Since(t.start)
		for root := &t.common; root.parent != nil; root = root.parent {
			root.flushPartial()
		}
		if t.Failed() {
			numFailed++
		}
		t.report()
		t.done = true
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
	}()
	// Cleanups run before the report (a deferred call registered after it).
	defer func() {
		if !dying {
			t.runCleanup(false)
		}
	}()
	t.start = time.Now()
	fn(t)
	t.finished = true
}

func (c *common) setRan() {
	if c.parent != nil {
		c.parent.setRan()
	}
	c.ran = true
}

// report prints the test's --- line: always when it failed, under -v when it passed or was
// skipped.
func (t *T) report() {
	if t.parent == nil {
		return
	}
	d := fmtDuration(t.duration)
	format := "--- %s: %s (%s)\n"
	switch {
	case t.Failed():
		t.flushToParent(t.name, format, "FAIL", t.name, d)
	case t.chatty != nil && t.Skipped():
		t.flushToParent(t.name, format, "SKIP", t.name, d)
	case t.chatty != nil:
		t.flushToParent(t.name, format, "PASS", t.name, d)
	}
}

// Run runs f as the subtest name of t and reports whether it passed. It returns when f does.
func (t *T) Run(name string, f func(t *T)) bool {
	if t.cleanupStarted {
		panic("testing: t.Run called during t.Cleanup")
	}
	t.hasSub = true
	testName, ok, _ := t.match.fullName(&t.common, name)
	if !ok || shouldFailFast() {
		return true
	}
	pcs := make([]uintptr, 50)
	n := runtime.Callers(2, pcs)
	sub := &T{common: common{
		name:    testName,
		parent:  &t.common,
		level:   t.level + 1,
		chatty:  t.chatty,
		creator: pcs[:n],
		match:   t.match,
	}}
	sub.w = indenter{&sub.common}
	if sub.chatty != nil {
		sub.chatty.Updatef(sub.name, "=== RUN   %s\n", sub.name)
	}
	tRunner(sub, f)
	return !sub.failed
}

// numFailed counts failed tests, for -failfast.
var numFailed int

func shouldFailFast() bool {
	return *failFast && numFailed > 0
}

// Short reports whether -test.short is set.
func Short() bool { return *short }

// Verbose reports whether -test.v is set.
func Verbose() bool { return *chatty }

// Testing reports whether the program is a test binary.
func Testing() bool { return true }

// CoverMode is "" (gocrane has no coverage).
func CoverMode() string { return "" }

// testDeps is what the generated main gives MainStart: the package's import path and a
// regular-expression matcher.
type testDeps interface {
	ImportPath() string
	MatchString(pat, str string) (bool, error)
}

// M is what a TestMain function gets: m.Run runs the tests.
type M struct {
	deps       testDeps
	tests      []InternalTest
	benchmarks []InternalBenchmark
	examples   []InternalExample
	exitCode   int
	numRun     int
}

// MainStart is for the generated main of a test binary.
func MainStart(deps testDeps, tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget, examples []InternalExample) *M {
	return &M{deps: deps, tests: tests, benchmarks: benchmarks, examples: examples}
}

// InternalFuzzTarget is a fuzz test of the package (gocrane does not fuzz: it runs none).
type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

// F is the type of fuzz tests' argument; gocrane has no fuzzing.
type F struct {
	common
}

// Run runs the tests, examples and benchmarks and says what the test binary exits with:
// 0 when all passed, 1 when one failed.
func (m *M) Run() (code int) {
	defer func() {
		code = m.exitCode
	}()
	m.numRun++
	if !parseFlags() {
		m.exitCode = 2
		return
	}
	if *matchList != "" {
		listTests(m.deps.MatchString, m.tests, m.benchmarks, m.examples)
		m.exitCode = 0
		return
	}
	testRan, testOk := runTests(m.deps.MatchString, m.tests)
	exampleRan, exampleOk := runExamples(m.deps.MatchString, m.examples)
	if !testRan && !exampleRan && *matchBenchmarks == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	anyFailed := !testOk || !exampleOk || !runBenchmarks(m.deps.ImportPath(), m.deps.MatchString, m.benchmarks)
	if anyFailed {
		fmt.Print("FAIL\n")
		m.exitCode = 1
		return
	}
	m.exitCode = 0
	fmt.Print("PASS\n")
	return
}

func listTests(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) {
	if _, err := matchString(*matchList, "non-empty"); err != nil {
		fmt.Fprintf(os.Stderr, "testing: invalid regexp in -test.list (%q): %s\n", *matchList, err)
		os.Exit(1)
	}
	for _, t := range tests {
		if ok, _ := matchString(*matchList, t.Name); ok {
			fmt.Println(t.Name)
		}
	}
	for _, b := range benchmarks {
		if ok, _ := matchString(*matchList, b.Name); ok {
			fmt.Println(b.Name)
		}
	}
	for _, e := range examples {
		if ok, _ := matchString(*matchList, e.Name); ok {
			fmt.Println(e.Name)
		}
	}
}

// runTests runs the tests under a root T, once per -cpu value and -count.
func runTests(matchString func(pat, str string) (bool, error), tests []InternalTest) (ran, ok bool) {
	ok = true
	for _, procs := range cpuList {
		runtime.GOMAXPROCS(procs)
		for i := 0; i < *count; i++ {
			if shouldFailFast() {
				break
			}
			if i > 0 && !ran {
				break
			}
			t := &T{common: common{
				w:        os.Stdout,
				toStdout: true,
				match:    newMatcher(matchString, *match, "-test.run", *skip),
			}}
			if Verbose() {
				t.chatty = &chattyPrinter{w: os.Stdout}
			}
			tRunner(t, func(t *T) {
				for _, test := range tests {
					t.Run(test.Name, test.F)
				}
			})
			ok = ok && !t.Failed()
			ran = ran || t.ran
		}
	}
	return ran, ok
}
