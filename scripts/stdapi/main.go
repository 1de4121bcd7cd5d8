// Command stdapi prints the exported package-level names of gc's standard library, one
// "importpath Name" per line, for the packages named on standard input (one per line): every
// function (not method), type, variable and constant declared in the files go/build selects
// for linux/amd64. scripts/std-api.sh runs it with the oracle to write
// frontend/src/std_api.txt.
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH = "linux", "amd64"
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		path := in.Text()
		pkg, err := ctx.Import(path, "", 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, "stdapi:", err)
			os.Exit(1)
		}
		names := map[string]bool{}
		fset := token.NewFileSet()
		for _, name := range pkg.GoFiles {
			f, err := parser.ParseFile(fset, filepath.Join(pkg.Dir, name), nil, parser.SkipObjectResolution)
			if err != nil {
				fmt.Fprintln(os.Stderr, "stdapi:", err)
				os.Exit(1)
			}
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil {
						names[d.Name.Name] = true
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.TypeSpec:
							names[s.Name.Name] = true
						case *ast.ValueSpec:
							for _, n := range s.Names {
								names[n.Name] = true
							}
						}
					}
				}
			}
		}
		var sorted []string
		for n := range names {
			if ast.IsExported(n) {
				sorted = append(sorted, n)
			}
		}
		sort.Strings(sorted)
		for _, n := range sorted {
			fmt.Println(path, n)
		}
	}
}
