//! Build constraints, as the go command applies them to the files of a package directory (and
//! of gocrane's library): a file named `*_GOOS.go`, `*_GOARCH.go` or `*_GOOS_GOARCH.go` is
//! built only for that system and architecture, and a `//go:build` line before the package
//! clause must be satisfied. Files named on the command line are built whatever they say, as
//! `go run gen.go` builds a `//go:build ignore` generator.
//!
//! The satisfied tags are gc's for linux on the target architecture: `linux`, `unix`, the
//! architecture (`amd64` or `arm64`), `gc` (gocrane stands in for gc), and the release tags
//! `go1.1` … `go1.27`. `cgo` and every other tag are false.

/// The systems and architectures the go command knows (go/build's lists): a file name
/// suffix that is not one of them is an ordinary part of the name.
const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];
const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// The newest Go release gocrane answers to (`go1.27`).
const GO_MINOR: u32 = 27;

/// What a build is for: linux on `goarch` (`amd64` or `arm64`).
#[derive(Copy, Clone, Debug)]
pub struct Context {
    pub goarch: &'static str,
}

impl Context {
    /// Whether the file `name` with contents `src` belongs in the build.
    pub fn matches(&self, name: &str, src: &[u8]) -> bool {
        self.matches_name(name) && self.matches_build_line(src)
    }

    fn tag(&self, tag: &str) -> bool {
        match tag {
            "linux" | "unix" | "gc" => true,
            t if t == self.goarch => true,
            t => t
                .strip_prefix("go1.")
                .and_then(|m| m.parse::<u32>().ok())
                .is_some_and(|m| (1..=GO_MINOR).contains(&m)),
        }
    }

    /// `x_linux.go`, `x_arm64.go`, `x_linux_amd64.go`: the suffixes must be ours.
    fn matches_name(&self, name: &str) -> bool {
        let stem = name.rsplit('/').next().unwrap_or(name);
        let stem = stem.strip_suffix(".go").unwrap_or(stem);
        let stem = stem.strip_suffix("_test").unwrap_or(stem);
        let parts: Vec<&str> = stem.split('_').collect();
        // The first element is the name itself, never a suffix (`linux.go` is any system's).
        let n = parts.len();
        if n >= 3 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
            return self.tag(parts[n - 2]) && self.tag(parts[n - 1]);
        }
        if n >= 2 {
            let last = parts[n - 1];
            if KNOWN_OS.contains(&last) || KNOWN_ARCH.contains(&last) {
                return self.tag(last);
            }
        }
        true
    }

    /// The `//go:build` line among the comments before the package clause, if any.
    fn matches_build_line(&self, src: &[u8]) -> bool {
        let text = String::from_utf8_lossy(src);
        let mut in_block = false;
        for line in text.lines() {
            let t = line.trim();
            if in_block {
                if let Some(i) = t.find("*/") {
                    in_block = false;
                    if !t[i + 2..].trim().is_empty() {
                        return true;
                    }
                }
                continue;
            }
            if t.is_empty() {
                continue;
            }
            if let Some(expr) = t.strip_prefix("//go:build") {
                if expr.starts_with([' ', '\t']) || expr.is_empty() {
                    return self.eval(expr);
                }
            }
            if t.starts_with("//") {
                continue;
            }
            if let Some(rest) = t.strip_prefix("/*") {
                in_block = !rest.contains("*/");
                continue;
            }
            // The package clause (or anything else): no constraint after it counts.
            return true;
        }
        true
    }

    /// Evaluates a `//go:build` expression; a malformed one excludes the file (the go
    /// command reports it; gocrane then says the package has no such file).
    fn eval(&self, expr: &str) -> bool {
        let tokens = tokenize(expr);
        let mut p = Parser {
            tokens: &tokens,
            at: 0,
            ctx: self,
        };
        match p.or() {
            Some(v) if p.at == tokens.len() => v,
            _ => false,
        }
    }
}

fn tokenize(expr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = expr.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' => i += 1,
            b'(' | b')' | b'!' => {
                out.push((b[i] as char).to_string());
                i += 1;
            }
            b'&' | b'|' if i + 1 < b.len() && b[i + 1] == b[i] => {
                out.push(expr[i..i + 2].to_string());
                i += 2;
            }
            _ => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.')
                {
                    i += 1;
                }
                if i == start {
                    // Not a tag character: a malformed expression.
                    out.push("?".to_string());
                    i += 1;
                } else {
                    out.push(expr[start..i].to_string());
                }
            }
        }
    }
    out
}

/// A recursive-descent reader of `a || b && !(c)`.
struct Parser<'a> {
    tokens: &'a [String],
    at: usize,
    ctx: &'a Context,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn or(&mut self) -> Option<bool> {
        let mut v = self.and()?;
        while self.peek() == Some("||") {
            self.at += 1;
            let r = self.and()?;
            v = v || r;
        }
        Some(v)
    }

    fn and(&mut self) -> Option<bool> {
        let mut v = self.not()?;
        while self.peek() == Some("&&") {
            self.at += 1;
            let r = self.not()?;
            v = v && r;
        }
        Some(v)
    }

    fn not(&mut self) -> Option<bool> {
        match self.peek()? {
            "!" => {
                self.at += 1;
                Some(!self.not()?)
            }
            "(" => {
                self.at += 1;
                let v = self.or()?;
                if self.peek() != Some(")") {
                    return None;
                }
                self.at += 1;
                Some(v)
            }
            t if t
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') =>
            {
                let v = self.ctx.tag(t);
                self.at += 1;
                Some(v)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AMD64: Context = Context { goarch: "amd64" };
    const ARM64: Context = Context { goarch: "arm64" };

    #[test]
    fn file_names() {
        assert!(AMD64.matches("exp_amd64.go", b"package math"));
        assert!(!ARM64.matches("exp_amd64.go", b"package math"));
        assert!(AMD64.matches("x_linux.go", b""));
        assert!(!AMD64.matches("x_windows.go", b""));
        assert!(AMD64.matches("x_linux_amd64.go", b""));
        assert!(!AMD64.matches("x_linux_arm64.go", b""));
        assert!(
            AMD64.matches("linux.go", b""),
            "a name alone is not a suffix"
        );
        assert!(AMD64.matches("x_foo.go", b""));
        assert!(!AMD64.matches("x_darwin_amd64.go", b""));
    }

    #[test]
    fn build_lines() {
        let f = |ctx: Context, line: &str| {
            ctx.matches("f.go", format!("{line}\n\npackage p\n").as_bytes())
        };
        assert!(f(AMD64, "//go:build amd64"));
        assert!(!f(ARM64, "//go:build amd64"));
        assert!(f(ARM64, "//go:build !amd64"));
        assert!(f(AMD64, "//go:build linux && (amd64 || arm64)"));
        assert!(!f(AMD64, "//go:build ignore"));
        assert!(!f(AMD64, "//go:build cgo"));
        assert!(f(AMD64, "//go:build go1.21 && gc"));
        assert!(!f(AMD64, "//go:build go1.28"));
        assert!(!f(AMD64, "//go:build windows || plan9"));
        assert!(f(AMD64, "// Copyright\n\n//go:build unix"));
        assert!(f(AMD64, "/* block */\n//go:build linux"));
        // After the package clause a //go:build line is only a comment.
        assert!(AMD64.matches("f.go", b"package p\n//go:build ignore\n"));
    }
}
