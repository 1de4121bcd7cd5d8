package basic

import (
	"os"
	"strings"
	"testing"
)

func TestPass(t *testing.T) {
	if got := Greet("go"); got != "hello, go" {
		t.Fatalf("Greet = %q", got)
	}
	t.Log("greeted", 1, "gopher")
	t.Logf("in %s", t.Name())
}

func TestFail(t *testing.T) {
	t.Error("first problem")
	t.Errorf("second problem:\nspans %d lines", 2)
	t.Log("still running")
}

func TestFatal(t *testing.T) {
	defer t.Log("deferred call runs")
	t.Fatal("stop here")
	t.Log("not reached")
}

func TestSkip(t *testing.T) {
	t.Log("about to skip")
	t.Skip("not today")
}

func TestSkipf(t *testing.T) {
	t.Skipf("skipped with %d reasons", 2)
}

// check reports a mismatch at its caller's line.
func check(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// checkTwice is a helper calling a helper.
func checkTwice(t *testing.T, got string) {
	t.Helper()
	check(t, got, "nope")
}

func TestHelper(t *testing.T) {
	check(t, Greet("a"), "hello, a")
	check(t, Greet("b"), "hello, c")
	checkTwice(t, "x")
}

func TestSubtests(t *testing.T) {
	for _, name := range []string{"one case", "one case", "two", "", "tab\there"} {
		t.Run(name, func(t *testing.T) {
			t.Log("running", t.Name())
		})
	}
	t.Run("nested", func(t *testing.T) {
		t.Run("deeper", func(t *testing.T) {
			t.Log("deep inside")
		})
		t.Run("failing", func(t *testing.T) {
			t.Error("nested failure")
		})
	})
	t.Log("after the subtests")
	ok := t.Run("last", func(t *testing.T) {})
	t.Logf("last passed: %v", ok)
}

func TestCleanup(t *testing.T) {
	t.Cleanup(func() { t.Log("first registered, runs last") })
	t.Cleanup(func() { t.Log("second registered, runs first") })
	t.Run("sub", func(t *testing.T) {
		t.Cleanup(func() { t.Log("sub cleanup") })
	})
	t.Log("test body")
}

func TestEnvAndTempDir(t *testing.T) {
	t.Setenv("GOCRANE_TEST_VAR", "set")
	if os.Getenv("GOCRANE_TEST_VAR") != "set" {
		t.Error("Setenv did not set")
	}
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/f", []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(dir, "TestEnvAndTempDir") {
		t.Errorf("temp dir %s is not named after the test", dir)
	}
}

func TestWords(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"a b c", 3},
		{"  lead", 1},
		{"", 0},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := len(Words(c.in)); got != c.want {
				t.Errorf("Words(%q) has %d words, want %d", c.in, got, c.want)
			}
		})
	}
}

func TestShortAndVerbose(t *testing.T) {
	t.Logf("short=%v verbose=%v", testing.Short(), testing.Verbose())
}
