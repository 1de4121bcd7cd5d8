package withmain

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setting up")
	ready = true
	code := m.Run()
	fmt.Println("tearing down, code", code)
	os.Exit(code)
}

func TestReady(t *testing.T) {
	if !ready {
		t.Fatal("TestMain did not run first")
	}
}
