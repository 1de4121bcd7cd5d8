// Package mapbench holds map benchmarks (bench_test.go) run under gc and gocrane by
// scripts/mapbench, which prints ns/op for both and their ratio.
package mapbench

// Keys returns n distinct string keys.
func Keys(n int) []string {
	digits := "0123456789abcdef"
	keys := make([]string, n)
	for i := range keys {
		b := []byte("key-")
		for v := i + 1; v > 0; v /= 16 {
			b = append(b, digits[v%16])
		}
		keys[i] = string(b)
	}
	return keys
}
