// gc 1.27.3 (go build): import_after_decl.go:6:1: syntax error: imports must appear before other declarations
package main

func main() {}

import "fmt"
