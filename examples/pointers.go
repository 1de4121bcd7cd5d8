// pointers.go: & takes the address of a variable, * follows a pointer, new(T) allocates a
// zeroed T. A pointer lets a function modify its caller's variable.
package main

type Account struct {
	owner   string
	balance int
}

func deposit(acc *Account, amount int) {
	acc.balance += amount // same as (*acc).balance
}

func increment(p *int) {
	*p = *p + 1
}

// newCounter returns the address of a local variable: it is moved to the heap and stays valid.
func newCounter(start int) *int {
	c := start
	return &c
}

func main() {
	x := 10
	p := &x
	*p = 20
	println("x =", x, "*p =", *p, "p != nil:", p != nil)

	increment(&x)
	increment(p)
	println("after two increments:", x)

	var nothing *int
	println("nil pointer:", nothing == nil)

	acc := Account{"ann", 100}
	deposit(&acc, 50)
	println(acc.owner, acc.balance)

	q := new(Account) // *Account pointing at a zeroed Account
	q.owner = "bob"
	deposit(q, 7)
	println(q.owner, q.balance)

	c := newCounter(5)
	increment(c)
	println("counter:", *c)

	// Pointers to pointers.
	pp := &p
	**pp = 99
	println("x =", x)

	// Pointers compare equal when they point at the same variable.
	y := 99
	println(p == &x, p == &y, *p == y)

	// Pointers into arrays and structs.
	arr := [3]int{1, 2, 3}
	second := &arr[1]
	*second *= 10
	bal := &acc.balance
	*bal = 0
	println(arr[1], acc.balance)
}
