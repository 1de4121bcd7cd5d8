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

// Getuid returns the caller's user id.
func Getuid() int { return syscall.Getuid() }

// Geteuid returns the caller's effective user id.
func Geteuid() int { return syscall.Geteuid() }

// Getgid returns the caller's group id.
func Getgid() int { return syscall.Getgid() }

// Getegid returns the caller's effective group id.
func Getegid() int { return syscall.Getegid() }

// Getgroups returns the caller's supplementary group ids.
func Getgroups() ([]int, error) {
	gids, e := syscall.Getgroups()
	return gids, NewSyscallError("getgroups", e)
}

// Getpid returns the caller's process id.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return syscall.Getppid() }

// Hostname returns the name the kernel gives the host: uname's node name, or, should that
// be empty or too long, /proc/sys/kernel/hostname.
func Hostname() (name string, err error) {
	var un syscall.Utsname
	err = syscall.Uname(&un)
	var buf [512]byte // room for a DNS name
	for i, b := range un.Nodename[:] {
		buf[i] = uint8(b)
		if b == 0 {
			name = string(buf[:i])
			break
		}
	}
	if err == nil && len(name) > 0 && len(name) < 64 {
		return name, nil
	}
	f, err := Open("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	defer f.Close()
	n, err := f.Read(buf[:])
	if err != nil {
		return "", err
	}
	if n > 0 && buf[n-1] == '\n' {
		n--
	}
	return string(buf[:n]), nil
}

// Executable returns the path of the running program's file (/proc/self/exe's target).
func Executable() (string, error) {
	path, err := Readlink("/proc/self/exe")
	// The link of a file removed since says so.
	const deleted = " (deleted)"
	if len(path) >= len(deleted) && path[len(path)-len(deleted):] == deleted {
		path = path[:len(path)-len(deleted)]
	}
	return path, err
}
