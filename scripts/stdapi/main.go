// Command stdapi prints the exported package-level names of gc's standard library, one
// "importpath Name" per line, for the packages named on standard input (one per line): every
// function, type, variable and constant declared in the files go/build selects for
// linux/amd64, and as "importpath Type.Method" the exported methods of exported types
// (declared methods, those of interface types, and those promoted from fields embedded from
// the same package: testing.T's Log is *testing.common's). scripts/std-api.sh runs it with
// the oracle to write frontend/src/std_api.txt.
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
		// Every type's declared methods (exported or not, on exported types or not), and the
		// same-package types each struct or interface type embeds.
		methods := map[string][]string{}
		embeds := map[string][]string{}
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
					} else if recv := receiverName(d.Recv.List[0].Type); recv != "" {
						methods[recv] = append(methods[recv], d.Name.Name)
						if ast.IsExported(recv) {
							names[recv+"."+d.Name.Name] = ast.IsExported(d.Name.Name)
						}
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.TypeSpec:
							names[s.Name.Name] = true
							if it, ok := s.Type.(*ast.InterfaceType); ok && ast.IsExported(s.Name.Name) {
								for _, m := range it.Methods.List {
									for _, n := range m.Names {
										names[s.Name.Name+"."+n.Name] = ast.IsExported(n.Name)
									}
								}
							}
							if st, ok := s.Type.(*ast.StructType); ok {
								for _, f := range st.Fields.List {
									if len(f.Names) == 0 {
										if e := receiverName(f.Type); e != "" {
											embeds[s.Name.Name] = append(embeds[s.Name.Name], e)
										}
									}
								}
							}
						case *ast.ValueSpec:
							for _, n := range s.Names {
								names[n.Name] = true
							}
						}
					}
				}
			}
		}
		// Methods promoted through embedded fields, at any depth.
		var promoted func(t string, seen map[string]bool) []string
		promoted = func(t string, seen map[string]bool) []string {
			if seen[t] {
				return nil
			}
			seen[t] = true
			var out []string
			for _, e := range embeds[t] {
				out = append(out, methods[e]...)
				out = append(out, promoted(e, seen)...)
			}
			return out
		}
		for t := range embeds {
			if !ast.IsExported(t) {
				continue
			}
			for _, m := range promoted(t, map[string]bool{}) {
				if ast.IsExported(m) {
					names[t+"."+m] = true
				}
			}
		}
		var sorted []string
		for n, exported := range names {
			if exported && ast.IsExported(n) {
				sorted = append(sorted, n)
			}
		}
		sort.Strings(sorted)
		for _, n := range sorted {
			fmt.Println(path, n)
		}
	}
}

// receiverName is the type name of a method's receiver: T from T, *T, T[P] or *T[P].
func receiverName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
