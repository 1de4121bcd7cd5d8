package bits

// The run-time errors of Div (gc's runtime.divideError and runtime.overflowError).
type runtimeError string

func (e runtimeError) RuntimeError() {}

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

var (
	divideError   error = runtimeError("integer divide by zero")
	overflowError error = runtimeError("integer overflow")
)
