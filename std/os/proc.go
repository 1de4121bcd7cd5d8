package os

import "syscall"

// Args holds the command line, starting with the program's name.
var Args []string

func init() { Args = runtime_args() }

// The runtime's record of the command line (runtime/src/os.rs).
func runtime_argc() int
func runtime_arg(i int) string

func runtime_args() []string {
	n := runtime_argc()
	args := make([]string, n)
	for i := range args {
		args[i] = runtime_arg(i)
	}
	return args
}

// Exit ends the program at once with status code (0 is success); deferred calls do not run.
func Exit(code int) { syscall.Exit(code) }

// Getenv returns the value of the environment variable key, "" if it is not set.
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) {
	return syscall.Getenv(key)
}

// Environ returns a copy of the environment, as "KEY=value" strings.
func Environ() []string { return syscall.Environ() }
