package panics

import "testing"

func TestBefore(t *testing.T) {}

func TestPanics(t *testing.T) {
	t.Log("about to panic")
	t.Cleanup(func() { t.Log("cleanup still runs") })
	t.Run("inner", func(t *testing.T) {
		var m []int
		_ = m[3]
	})
}

func TestNeverRuns(t *testing.T) {}
