package testing

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// InternalExample is an example function of the package with the output its comment expects.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// RunExamples runs the examples -test.run matches.
func RunExamples(matchString func(pat, str string) (bool, error), examples []InternalExample) (ok bool) {
	_, ok = runExamples(matchString, examples)
	return ok
}

func runExamples(matchString func(pat, str string) (bool, error), examples []InternalExample) (ran, ok bool) {
	ok = true
	m := newMatcher(matchString, *match, "-test.run", *skip)
	for _, eg := range examples {
		if _, matched, _ := m.fullName(nil, eg.Name); !matched {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

// runExample runs eg with standard output going to a temporary file (gc uses a pipe and a
// goroutine; gocrane has no goroutines), then compares what it printed with its comment.
func runExample(eg InternalExample) (ok bool) {
	if Verbose() {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	stdout := os.Stdout
	f, err := os.CreateTemp("", "example")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout = f
	finished := false
	start := time.Now()
	defer func() {
		spent := time.Since(start)
		os.Stdout = stdout
		f.Seek(0, io.SeekStart)
		out, err := io.ReadAll(f)
		f.Close()
		os.Remove(f.Name())
		if err != nil {
			fmt.Fprintf(os.Stderr, "testing: reading stdout: %v\n", err)
			os.Exit(1)
		}
		var recovered any
		if !dying {
			recovered = recover()
		}
		ok = eg.processRunResult(string(out), spent, finished, recovered)
	}()
	eg.F()
	finished = true
	return
}

// processRunResult compares got with the expected output (spaces at either end aside;
// sorted lines when unordered) and reports the example.
func (eg *InternalExample) processRunResult(stdout string, spent time.Duration, finished bool, recovered any) (passed bool) {
	passed = true
	d := fmtDuration(spent)
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		if sortLines(got) != sortLines(want) && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, d, fail)
		passed = false
	} else if Verbose() {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, d)
	}
	if recovered != nil {
		// The panic goes on: the program ends with it.
		dying = true
		panic(recovered)
	} else if !finished {
		panic("test executed panic(nil) or runtime.Goexit")
	}
	return
}

func sortLines(output string) string {
	lines := strings.Split(output, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
