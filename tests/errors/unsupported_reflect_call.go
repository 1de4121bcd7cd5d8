// A method of gc's standard type that gocrane's library does not have yet is rejected by
// name, as a missing package member is.
package main

import "reflect"

func main() {
	f := reflect.ValueOf(func() {})
	f.Call(nil)
}
