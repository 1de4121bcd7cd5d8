// exprtree.go: an expression-tree evaluator. Every node kind implements Expr; the evaluator
// never asks which kind a node is, it just calls Eval and String through the interface.
// A type switch is used only where the kind matters: the simplifier.
package main

type Expr interface {
	Eval(env []int) int
	String() string
}

type Num struct {
	value int
}

type Var struct {
	index int
	name  string
}

type Binary struct {
	op          byte
	left, right Expr
}

type Neg struct {
	x Expr
}

func (n Num) Eval(env []int) int { return n.value }

func (n Num) String() string { return itoa(n.value) }

func (v Var) Eval(env []int) int { return env[v.index] }

func (v Var) String() string { return v.name }

func (b *Binary) Eval(env []int) int {
	l, r := b.left.Eval(env), b.right.Eval(env)
	switch b.op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("unknown operator")
}

func (b *Binary) String() string {
	return "(" + b.left.String() + " " + string(rune(b.op)) + " " + b.right.String() + ")"
}

func (n *Neg) Eval(env []int) int { return -n.x.Eval(env) }

func (n *Neg) String() string { return "-" + n.x.String() }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf []byte
	for n > 0 {
		buf = append([]byte{byte('0' + n%10)}, buf...)
		n /= 10
	}
	if neg {
		return "-" + string(buf)
	}
	return string(buf)
}

func add(l, r Expr) Expr { return &Binary{'+', l, r} }
func mul(l, r Expr) Expr { return &Binary{'*', l, r} }
func sub(l, r Expr) Expr { return &Binary{'-', l, r} }

// simplify folds constant subtrees and removes x*1, x+0 and double negation.
func simplify(e Expr) Expr {
	switch e := e.(type) {
	case *Binary:
		l, r := simplify(e.left), simplify(e.right)
		ln, lconst := l.(Num)
		rn, rconst := r.(Num)
		if lconst && rconst {
			return Num{(&Binary{e.op, ln, rn}).Eval(nil)}
		}
		if rconst && (e.op == '*' && rn.value == 1 || e.op == '+' && rn.value == 0) {
			return l
		}
		if lconst && (e.op == '*' && ln.value == 1 || e.op == '+' && ln.value == 0) {
			return r
		}
		return &Binary{e.op, l, r}
	case *Neg:
		x := simplify(e.x)
		if inner, ok := x.(*Neg); ok {
			return inner.x
		}
		if n, ok := x.(Num); ok {
			return Num{-n.value}
		}
		return &Neg{x}
	}
	return e
}

// count returns the number of nodes in the tree.
func count(e Expr) int {
	switch e := e.(type) {
	case *Binary:
		return 1 + count(e.left) + count(e.right)
	case *Neg:
		return 1 + count(e.x)
	}
	return 1
}

func main() {
	x := Var{0, "x"}
	y := Var{1, "y"}
	exprs := []Expr{
		add(Num{2}, mul(Num{3}, Num{4})),
		sub(mul(x, x), mul(Num{2}, y)),
		mul(add(x, Num{0}), add(Num{1}, Num{0})),
		&Neg{&Neg{add(y, mul(Num{6}, Num{7}))}},
		&Binary{'/', add(x, y), &Neg{Num{-2}}},
	}
	env := []int{5, 3}
	for _, e := range exprs {
		s := simplify(e)
		println(e.String(), "=", e.Eval(env), "nodes", count(e))
		println("  simplified:", s.String(), "=", s.Eval(env), "nodes", count(s))
	}
}
