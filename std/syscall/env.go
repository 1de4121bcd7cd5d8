package syscall

// The environment: a copy of the process's, made at the first use, which Setenv, Unsetenv
// and Clearenv change (as gc's, they leave the C library's environ alone). An unset entry is
// "", and a key's later entries are unset when the copy is made, so the first entry with a
// key is the only one.
var (
	envs     []string
	envsMade bool
)

func copyenv() {
	if envsMade {
		return
	}
	envsMade = true
	n := runtime_envc()
	envs = make([]string, n)
	for i := range envs {
		envs[i] = runtime_env(i)
	}
	for i, kv := range envs {
		k, ok := envKey(kv)
		if ok && envIndex(k, i) >= 0 {
			envs[i] = ""
		}
	}
}

// envKey returns the key of the entry "key=value", and false for an entry without '='.
func envKey(kv string) (string, bool) {
	for i := 0; i < len(kv); i++ {
		if kv[i] == '=' {
			return kv[:i], true
		}
	}
	return "", false
}

// envIndex returns the index of key's entry among envs[:end], -1 if it has none.
func envIndex(key string, end int) int {
	for i := 0; i < end; i++ {
		kv := envs[i]
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return i
		}
	}
	return -1
}

// Getenv returns the value of the environment variable key, and whether it is set.
func Getenv(key string) (value string, found bool) {
	copyenv()
	if len(key) == 0 {
		return "", false
	}
	i := envIndex(key, len(envs))
	if i < 0 {
		return "", false
	}
	return envs[i][len(key)+1:], true
}

// Setenv sets the environment variable key to value. A key that is empty or holds '=' or
// NUL, or a value with NUL, is EINVAL.
func Setenv(key, value string) error {
	copyenv()
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	kv := key + "=" + value
	if i := envIndex(key, len(envs)); i >= 0 {
		envs[i] = kv
	} else {
		envs = append(envs, kv)
	}
	runtimeSetenv(key, value)
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	copyenv()
	if i := envIndex(key, len(envs)); i >= 0 {
		envs[i] = ""
	}
	runtimeUnsetenv(key)
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() {
	copyenv()
	envs = []string{}
}

// Environ returns a copy of the environment, as "KEY=value" strings.
func Environ() []string {
	copyenv()
	a := make([]string, 0, len(envs))
	for _, kv := range envs {
		if kv != "" {
			a = append(a, kv)
		}
	}
	return a
}

// envHook, when set, learns of every change to the environment: gc's runtime tells the C
// library (with cgo) and watches GODEBUG; gocrane's has no use for it yet.
var envHook interface {
	Setenv(key, value string)
	Unsetenv(key string)
}

func runtimeSetenv(key, value string) {
	if envHook != nil {
		envHook.Setenv(key, value)
	}
}

func runtimeUnsetenv(key string) {
	if envHook != nil {
		envHook.Unsetenv(key)
	}
}
