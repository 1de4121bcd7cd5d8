// A standard package gocrane's library does not have yet is rejected by name.
package main

import "encoding/json"

func main() {
	b, _ := json.Marshal(1)
	println(len(b))
}
