package main

var s []int

func main() {
	for i := 0; i < 5; i++ {
		s = append(s, i*i)
		println(len(s), cap(s))
	}
	t := make([]int, 2, 10)
	n := copy(t, s)
	println(n, t[0], t[1], len(t), cap(t))
	t = append(t, s...)
	println(len(t), cap(t), t[6])
	u := s[1:3]
	println(len(u), cap(u), u[0], u[1])
	v := s[1:2:3]
	println(len(v), cap(v))
	w := s[5:]
	println(len(w), cap(w))
	var bs []byte
	bs = append(bs, "abc"...)
	println(string(bs), len(bs), cap(bs))
	idx := 7
	println(s[idx])
}
