// Line directives (`//line file:line[:col]`, `/*line file:line[:col]*/`): the positions
// runtime.Caller, CallersFrames and FuncForPC report, and those of gc's -m remarks. A
// relative file name is reported in this file's directory, shown here as `DIR/`.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

// dir is this file's directory.
var dir = func() string {
	_, file, _, _ := runtime.Caller(0)
	return file[:strings.LastIndexByte(file, '/')+1]
}()

func rel(file string) string {
	if strings.HasPrefix(file, dir) {
		return "DIR/" + file[len(dir):]
	}
	return file
}

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s:%d %v", rel(file), line, ok)
}

func frames() []string {
	pcs := make([]uintptr, 8)
	n := runtime.Callers(2, pcs)
	iter := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := iter.Next()
		if f.Function == "runtime.main" {
			break
		}
		out = append(out, fmt.Sprintf("%s %s:%d", f.Function, rel(f.File), f.Line))
		if !more {
			break
		}
	}
	return out
}

func leak(p *int) *int { return p }

//line generated.go:100
func generated() []string {
	x := 1
	leak(&x)
	return frames()
}

func main() {
//line a.go:10
	fmt.Println(where())
//line b.go:20:5
	fmt.Println(where())
//line :30:1
	fmt.Println(where()) // the file before, with a column
//line :40
	fmt.Println(where()) // no file at all
	/*line c.go:50:1*/ fmt.Println(where())
	/*line /abs/dir/../d.go:60*/ fmt.Println(where()) /*line e.go:70*/; fmt.Println(where())
	fmt.Println(where())
//line f.go:80
	for _, f := range generated() {
		fmt.Println(f)
	}
	pc, _, _, _ := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	file, line := fn.FileLine(pc)
	fmt.Println(fn.Name(), rel(file), line)
//line g.go:1
	y := 2
	fmt.Println(leak(&y) != nil)
}
