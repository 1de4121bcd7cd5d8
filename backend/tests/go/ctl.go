package main

func classify(x int) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		fallthrough
	case x == 1:
		return "small"
	default:
		return "big"
	}
}

func main() {
	total := 0
outer:
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		for j := 0; ; j++ {
			if j > i {
				break
			}
			if i*j > 20 {
				break outer
			}
			total += j
		}
	}
	println(total, classify(-5), classify(0), classify(1), classify(7))
	x := 2
	switch x {
	case 1, 2:
		println("one or two")
		fallthrough
	case 3:
		println("three")
	case 4:
		println("four")
	}
	ok := x > 1 && x < 3 || x == 10
	println(ok, !ok)
}
