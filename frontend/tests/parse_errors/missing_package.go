// gc 1.27.3 (go build): missing_package.go:2:1: expected 'package', found 'func' || this is the go command's go/parser message, printed before gc runs; gocrane prints the same
func main() {}
