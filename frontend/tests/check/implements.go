// Interface satisfaction: missing, unexported, wrongly typed methods, fields, interface-to-interface, pointers to interfaces.
//
// gc:
// ./implements.go:36:14: cannot use F{} (value of struct type F) as RW value in variable declaration: F does not implement RW (missing method Write)
// 		have write([]byte) (int, error)
// 		want Write([]byte) (int, error)
// ./implements.go:37:13: cannot use G{} (value of struct type G) as R value in variable declaration: G does not implement R (wrong type for method Read)
// 		have Read([]byte) int
// 		want Read([]byte) (int, error)
// ./implements.go:38:13: cannot use H{} (value of struct type H) as R value in variable declaration: H does not implement R (H.Read is a field, not a method)
// ./implements.go:39:12: cannot use r (variable of interface type R) as W value in variable declaration: R does not implement W (missing method Write)
// ./implements.go:42:5: pr.Read undefined (type *R is pointer to interface, not interface)
// ./implements.go:44:16: cannot use "x" (constant of type string) as error value in variable declaration: string does not implement error (missing method Error)
package main

type R interface{ Read(p []byte) (int, error) }
type W interface{ Write(p []byte) (int, error) }
type RW interface {
	R
	W
}

type F struct{}

func (F) Read(p []byte) (int, error) { return 0, nil }
func (F) write(p []byte) (int, error) { return 0, nil }

type G struct{}

func (G) Read(p []byte) int { return 0 }

type H struct{ Read int }

func main() {
	var r R = F{}
	var rw RW = F{}
	var r2 R = G{}
	var r3 R = H{}
	var w W = r
	var rr R = rw
	var pr *R = &r
	pr.Read(nil)
	_, _, _, _, _, _ = r, rw, r2, r3, w, rr
	var e error = "x"
	_ = e
}
