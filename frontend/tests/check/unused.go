// Unused variables and imports.
//
// gc:
// ./unused.go:14:8: "unsafe" imported and not used
// ./unused.go:15:8: "runtime" imported as r and not used
// ./unused.go:18:2: declared and not used: x
// ./unused.go:19:6: declared and not used: y
// ./unused.go:19:9: declared and not used: z
// ./unused.go:23:6: declared and not used: k
// ./unused.go:23:9: declared and not used: v
// ./unused.go:25:9: t declared and not used
package main

import "unsafe"
import r "runtime"

func f(a int) (b int) {
	x := 1
	var y, z int
	y = 2
	for i := 0; i < 3; i++ {
	}
	for k, v := range []int{1} {
	}
	switch t := interface{}(a).(type) {
	case int:
	}
	return
}

func main() {}
