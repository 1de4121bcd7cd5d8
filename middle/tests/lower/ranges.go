// Range loops become index loops; the range expression is evaluated once (an array is copied).
package main

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		println(i, v)
	}
	for i := range arr {
		println(i)
	}
	s := []string{"a", "b"}
	for _, v := range s {
		println(v)
	}
	for i, r := range "héllo" {
		println(i, r)
	}
	for i := range 3 {
		println(i)
	}
	var k uint8
	for k = range uint8(2) {
		println(k)
	}
	p := &arr
	for i, v := range p {
		println(i, v)
	}
	for range s {
		println("tick")
	}
	var idx int
	var val string
	for idx, val = range s {
	}
	println(idx, val)
}
