// Semicolon insertion, comments and literals as the lexer sees them.
package main

func lexical() {
	a := 1 /* a comment
	spanning lines ends the statement */
	b := 2 // line comment
	c := /* inline */ 3
	héllo, 世界 := a, b
	_, _ = héllo, 世界
	s := "quote\" and \\ backslash"
	r := '\''
	raw := `multi
line`
	x := []int{
		1,
		2,
	}
	f(
		a,
		b,
	)
	y := x[0] +
		c
	return
}
