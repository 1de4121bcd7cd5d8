// In a case listing several types, the bound variable has the switch operand's (interface)
// type, so it cannot be used as any of the listed types.
package main

func main() {
	var x any = 1
	switch v := x.(type) {
	case int, int64:
		println(v + 1)
	}
}
