// Go's unstable sorts on the inputs of tests/asm.rs's `gosort_matches_go`: each stdin line
// holds a list of integer keys; for each line, three lines come out, the input positions of
// the keys in the order that sort.Slice (ascending), slices.SortFunc (ascending, cmp.Compare)
// and sort.Slice (descending, `>`) leave them. These are the sorts go tool nm uses.
package main

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
)

type keyed struct{ key, pos int }

func emit(w *bufio.Writer, xs []keyed) {
	for n, x := range xs {
		if n > 0 {
			w.WriteByte(' ')
		}
		w.WriteString(strconv.Itoa(x.pos))
	}
	w.WriteByte('\n')
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(nil, 1<<26)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		var input []keyed
		for pos, field := range strings.Fields(in.Text()) {
			key, err := strconv.Atoi(field)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			input = append(input, keyed{key, pos})
		}

		up := slices.Clone(input)
		sort.Slice(up, func(i, j int) bool { return up[i].key < up[j].key })
		emit(out, up)

		byCmp := slices.Clone(input)
		slices.SortFunc(byCmp, func(a, b keyed) int { return cmp.Compare(a.key, b.key) })
		emit(out, byCmp)

		down := slices.Clone(input)
		sort.Slice(down, func(i, j int) bool { return down[i].key > down[j].key })
		emit(out, down)
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
