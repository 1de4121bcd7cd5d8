//! The library archive (src/archive.rs): the standard packages an executable imports are
//! compiled once into a cached object that later programs importing the same packages link
//! with. Programs built against an archive another program made behave exactly as when built
//! whole (`GOCRANE_CACHE=off`), including the wrappers a program makes of library methods
//! (method values, method expressions of interfaces) and the library's type data it reaches.
//! Once the archive exists, the front end reads only the library's declarations (`-d
//! archive` says so): the program's `-m` remarks are still gc's, from the archive's escape
//! tags.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Builds `src` with `cache` as `GOCRANE_CACHE` and `flags`: gocrane's stderr.
fn build(dir: &Path, name: &str, src: &str, cache: &str, flags: &[&str]) -> String {
    let file = dir.join(format!("{name}.go"));
    std::fs::write(&file, src).expect("write the program");
    let exe = dir.join(format!("{name}-{}", cache.len()));
    let out = Command::new(env!("CARGO_BIN_EXE_gocrane"))
        .env("GOCRANE_CACHE", cache)
        .arg("build")
        .args(flags)
        .arg("-o")
        .arg(&exe)
        .arg(&file)
        .output()
        .expect("run gocrane");
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Builds `src` with `cache` as `GOCRANE_CACHE` and runs it: (exit status, stdout).
fn build_and_run(dir: &Path, name: &str, src: &str, cache: &str) -> (i32, String) {
    build(dir, name, src, cache, &[]);
    let exe = dir.join(format!("{name}-{}", cache.len()));
    let run = Command::new(&exe).output().expect("run the program");
    (
        run.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&run.stdout).into_owned(),
    )
}

/// A fresh scratch directory `name` under the target's, and its cache directory's path.
fn scratch(name: &str) -> (PathBuf, String) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let cache = dir
        .join("cache")
        .to_str()
        .expect("a UTF-8 path")
        .to_string();
    (dir, cache)
}

fn archives(cache: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(cache)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.retain(|p| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("lib-"))
    });
    dirs
}

const FIRST: &str = r#"package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("hello")
	fmt.Println(b.String(), 42)
}
"#;

const SECOND: &str = r#"package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	var b strings.Builder
	write := b.WriteString // a method value of a library type: the program's wrapper
	write("abc")
	upper := strings.ToUpper
	fmt.Printf("%v %s %q\n", point{1, 2}, upper(b.String()), []string{"x"})
	stringer := fmt.Stringer.String // a method expression of a library interface
	fmt.Println(stringer(point{3, 4}), b.Len())
	var err error = fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))
	fmt.Println(err, strings.Repeat("-", 3))
}
"#;

#[test]
fn programs_share_the_library_archive_and_behave_as_whole_builds() {
    let (dir, cache_str) = scratch("archive");
    let (cache, cache_str) = (PathBuf::from(&cache_str), cache_str.as_str());

    let first = build_and_run(&dir, "first", FIRST, cache_str);
    assert_eq!(first, (0, "hello 42\n".to_string()));
    assert_eq!(
        archives(&cache).len(),
        1,
        "the first build makes the archive"
    );
    let made = std::fs::metadata(archives(&cache)[0].join("lib.o"))
        .and_then(|m| m.modified())
        .expect("the archive's object");

    // Another program importing the same packages links with that archive.
    let second = build_and_run(&dir, "second", SECOND, cache_str);
    let want = "(1,2) ABC [\"x\"]\n(3,4) 3\nwrapped: inner ---\n";
    assert_eq!(second, (0, want.to_string()));
    assert_eq!(archives(&cache).len(), 1, "the archive is reused");
    let reused = std::fs::metadata(archives(&cache)[0].join("lib.o"))
        .and_then(|m| m.modified())
        .expect("the archive's object");
    assert_eq!(made, reused, "the archive is not rebuilt");

    // Built whole, without any cache, the same; the same remarks too.
    assert_eq!(build_and_run(&dir, "second", SECOND, "off"), second);
    let remarks = build(&dir, "second", SECOND, cache_str, &["-m", "-d", "archive"]);
    let (used, remarks) = remarks.split_once('\n').expect("two parts");
    assert!(
        used.ends_with("read (the library's declarations only)"),
        "{used}"
    );
    assert_eq!(remarks, build(&dir, "second", SECOND, "off", &["-m"]));
    assert!(
        remarks.contains("... argument does not escape"),
        "{remarks}"
    );

    // A damaged archive is rebuilt, not trusted, and replaced.
    let summary = archives(&cache)[0].join("summary.txt");
    std::fs::write(&summary, "garbage").expect("write");
    assert_eq!(build_and_run(&dir, "first", FIRST, cache_str), first);
    let text = std::fs::read_to_string(&summary).expect("the summary");
    assert!(text.starts_with("gocrane-library-summary 3\n"), "{text}");
}

/// Every package of gocrane's standard library, imported.
const EVERY_PACKAGE: &str = r#"package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/bits"
	"math/rand"
	randv2 "math/rand/v2"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

var (
	_ = testing.Short
	_ = bytes.Buffer{}
	_ = errors.New
	_ fs.FileMode
	_ = io.EOF
	_ = math.Pi
	_ = bits.Len
	_ = rand.Int
	_ = randv2.Int
	_ = os.Args
	_ = reflect.TypeOf
	_ = sort.Ints
	_ = strconv.Itoa
	_ = strings.Fields
	_ = time.Now
	_ = unicode.IsLetter
	_ = utf8.RuneLen
)

func main() {
	fmt.Println(strings.FieldsFunc("a,b;;c", func(r rune) bool { return r == ',' || r == ';' }))
}
"#;

/// The archive of the whole library fits a program read with the library's declarations only:
/// every type its code needs is package-level (a type declared in a library function's body
/// would send the build back to compiling the library whole).
#[test]
fn the_whole_librarys_archive_fits_its_declarations() {
    let (dir, cache) = scratch("archive-every");
    let cache = cache.as_str();
    let flags = ["-d", "archive"];
    let first = build(&dir, "every", EVERY_PACKAGE, cache, &flags);
    assert!(first.trim_end().ends_with(": built"), "{first}");
    let second = build(&dir, "every", EVERY_PACKAGE, cache, &flags);
    assert!(
        second
            .trim_end()
            .ends_with(": read (the library's declarations only)"),
        "{second}"
    );
    let exe = dir.join(format!("every-{}", cache.len()));
    let run = Command::new(&exe).output().expect("run the program");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "[a b c]\n");
}
