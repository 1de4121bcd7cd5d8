//! Assembly listings of machine code in the shape of `go tool compile -S` (work in progress).
