// The "fmt" package is outside gocrane's subset: use the builtins print and println.
package main

import "fmt"

func main() {
	fmt.Println("hello")
}
