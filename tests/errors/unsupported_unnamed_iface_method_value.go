// A method value of an unnamed interface type: gc names its wrapper after the type literal
// (`main.interface { Get() int }.Get-fm`), which gocrane does not spell yet.
package main

type T struct{}

func (T) Get() int { return 1 }

func main() {
	var x interface{ Get() int } = T{}
	f := x.Get
	println(f())
}
