package main

import "errors"

type codeErr struct{ code int }

func (c *codeErr) Error() string { return "code" }

func main() {
	var err error = &codeErr{7}
	var target *codeErr
	if errors.As(err, &target) {
		println(target.code)
	}
}
