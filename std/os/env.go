package os

import "syscall"

// testLogger is gc's internal/testlog hook: what `go test` records of the variables a test
// reads, to know when to run it again. gocrane has no go test, so nothing sets it, but
// Getenv and LookupEnv pass key on as gc's do (so key leaks, as in gc).
var testLogger interface{ Getenv(key string) }

// Getenv returns the value of the environment variable key, "" if it is not set.
func Getenv(key string) string {
	if testLogger != nil {
		testLogger.Getenv(key)
	}
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) {
	if testLogger != nil {
		testLogger.Getenv(key)
	}
	return syscall.Getenv(key)
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if err := syscall.Setenv(key, value); err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error { return syscall.Unsetenv(key) }

// Clearenv removes every environment variable.
func Clearenv() { syscall.Clearenv() }

// Environ returns a copy of the environment, as "KEY=value" strings.
func Environ() []string { return syscall.Environ() }

// ExpandEnv replaces $var and ${var} in s with the variables' values ("" for unset ones).
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces $var and ${var} in s with mapping(var). A name is a run of letters,
// digits and underscores, or one of the shell's special characters (*, #, $, @, !, ?, -,
// a digit); "${}" and an unterminated "${" vanish, a '$' followed by nothing valid stays.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	// s[start:j] is copied when the next $ is met.
	start := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[start:j]...)
			name, w := shellName(s[j+1:])
			if name == "" && w > 0 {
				// A bad ${...}: dropped.
			} else if name == "" {
				// No name: the '$' stays.
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			start = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[start:]
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the name s starts with (s follows a '$') and how many bytes of s it
// takes, braces included; "" with a width for a bad ${...}.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // "${" without its '}'
	}
	if isShellSpecialVar(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}
