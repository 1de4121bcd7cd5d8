package testing

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// The test binary's flags, as `go test` passes them (`-test.v=true`, `-test.run=^TestX$`).
// gocrane's testing package reads them itself (it has no flag package).
var (
	chatty          = new(bool)
	match           = new(string)
	skip            = new(string)
	matchBenchmarks = new(string)
	benchmarkMemory = new(bool)
	matchList       = new(string)
	count           = new(int)
	short           = new(bool)
	failFast        = new(bool)
	timeout         = new(time.Duration)
	cpuListStr      = new(string)

	benchTime = durationOrCountFlag{d: 1 * time.Second}
	cpuList   []int
	parsed    bool
)

// durationOrCountFlag is -test.benchtime: a duration, or a count of iterations (`100x`).
type durationOrCountFlag struct {
	d time.Duration
	n int
}

func (f *durationOrCountFlag) set(s string) error {
	if strings.HasSuffix(s, "x") {
		n, err := strconv.ParseInt(s[:len(s)-1], 10, 0)
		if err != nil || n < 0 {
			return fmt.Errorf("invalid count")
		}
		*f = durationOrCountFlag{n: int(n)}
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return fmt.Errorf("invalid duration")
	}
	*f = durationOrCountFlag{d: d}
	return nil
}

// Init is for compatibility: the flags are read by MainStart's M.Run.
func Init() {}

// parseFlags reads the -test.* arguments once; false (after a message) for a bad one.
func parseFlags() bool {
	if parsed {
		return true
	}
	parsed = true
	*count = 1
	args := os.Args[1:]
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if !strings.HasPrefix(arg, "-") {
			break
		}
		name := strings.TrimLeft(arg, "-")
		value, hasValue := "", false
		if eq := strings.IndexByte(name, '='); eq >= 0 {
			name, value, hasValue = name[:eq], name[eq+1:], true
		}
		boolFlag := func(p *bool) bool {
			if !hasValue {
				*p = true
				return true
			}
			b, err := strconv.ParseBool(value)
			if err != nil {
				fmt.Fprintf(os.Stderr, "invalid boolean value %q for -%s: parse error\n", value, name)
				return false
			}
			*p = b
			return true
		}
		// A flag that takes a value may have it in the next argument.
		next := func() bool {
			if hasValue {
				return true
			}
			if i+1 >= len(args) {
				fmt.Fprintf(os.Stderr, "flag needs an argument: -%s\n", name)
				return false
			}
			i++
			value = args[i]
			return true
		}
		ok := true
		switch name {
		case "test.v":
			ok = boolFlag(chatty)
		case "test.short":
			ok = boolFlag(short)
		case "test.failfast":
			ok = boolFlag(failFast)
		case "test.benchmem":
			ok = boolFlag(benchmarkMemory)
		case "test.paniconexit0":
			var ignored bool
			ok = boolFlag(&ignored)
		case "test.run", "test.skip", "test.bench", "test.list", "test.cpu", "test.count", "test.benchtime", "test.timeout":
			if !next() {
				return false
			}
			switch name {
			case "test.run":
				*match = value
			case "test.skip":
				*skip = value
			case "test.bench":
				*matchBenchmarks = value
			case "test.list":
				*matchList = value
			case "test.cpu":
				*cpuListStr = value
			case "test.count":
				n, err := strconv.Atoi(value)
				if err != nil || n < 0 {
					fmt.Fprintf(os.Stderr, "invalid value %q for flag -%s: parse error\n", value, name)
					return false
				}
				*count = n
			case "test.benchtime":
				if err := benchTime.set(value); err != nil {
					fmt.Fprintf(os.Stderr, "invalid value %q for flag -%s: %v\n", value, name, err)
					return false
				}
			case "test.timeout":
				d, err := time.ParseDuration(value)
				if err != nil {
					fmt.Fprintf(os.Stderr, "invalid value %q for flag -%s: parse error\n", value, name)
					return false
				}
				*timeout = d
			}
		default:
			fmt.Fprintf(os.Stderr, "flag provided but not defined: -%s\n", name)
			return false
		}
		if !ok {
			return false
		}
	}
	return parseCPUList()
}

// parseCPUList reads -test.cpu (`1,2,4`); by default the current GOMAXPROCS.
func parseCPUList() bool {
	cpuList = nil
	for _, v := range strings.Split(*cpuListStr, ",") {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "testing: invalid value %q for -test.cpu\n", v)
			return false
		}
		cpuList = append(cpuList, n)
	}
	if cpuList == nil {
		cpuList = append(cpuList, runtime.GOMAXPROCS(-1))
	}
	return true
}
