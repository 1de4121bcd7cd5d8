//! Linking: the object files (the program's and the library archive's) plus the runtime
//! (embedded in this binary by build.rs, pre-linked into one relocatable object) become an
//! executable, with the linker command the target's C compiler driver would run (learnt from
//! it once). Non-PIE, like gc's binaries.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::target::{Arch, Target};

static RUNTIME_X86_64: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/gocrane_runtime-x86_64.o"));
static RUNTIME_AARCH64: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/gocrane_runtime-aarch64.o"));

fn runtime_object(arch: Arch) -> Result<&'static [u8], String> {
    let bytes = match arch {
        Arch::X86_64 => RUNTIME_X86_64,
        Arch::Aarch64 => RUNTIME_AARCH64,
    };
    if bytes.is_empty() {
        return Err(format!(
            "gocrane: this gocrane was built without the {arch:?} runtime: run `rustup target add {}` and rebuild",
            arch.triple()
        ));
    }
    Ok(bytes)
}

/// The runtime object of `arch` as a file: kept in gocrane's cache directory, written once per
/// gocrane executable (its path, size and modification time name the file, as the library
/// archive's key), else in `tmp`.
fn runtime_file(arch: Arch, tmp: &Path) -> Result<PathBuf, String> {
    let bytes = runtime_object(arch)?;
    let name = format!("gocrane_runtime-{arch:?}.o");
    if let Some(path) = crate::archive::executable_key().and_then(|key| {
        Some(
            backend::cache_base()?
                .join(format!("runtime-{key}"))
                .join(&name),
        )
    }) {
        if std::fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64) {
            backend::mark_used(&path);
            return Ok(path);
        }
        // Written beside and renamed into place: a concurrent link never reads half of it.
        let dir = path.parent().expect("a directory");
        let part = dir.join(format!(".{name}.{}", std::process::id()));
        let stored = std::fs::create_dir_all(dir).is_ok()
            && std::fs::write(&part, bytes).is_ok()
            && std::fs::rename(&part, &path).is_ok();
        let _ = std::fs::remove_file(&part);
        if stored {
            return Ok(path);
        }
    }
    let path = tmp.join(name);
    std::fs::write(&path, bytes).map_err(|e| format!("gocrane: {e}"))?;
    Ok(path)
}

/// Links the program's `object` and the library archive's (if any) with the runtime.
///
/// The linker runs directly, with the command the target's C compiler driver would run
/// (`cc -###` tells it once; it is kept in the cache): the driver and its `collect2` cost a
/// hello world's link a fifth of its time. If that command fails (the C toolchain changed
/// since), the driver links and the command is learnt again.
pub fn link(
    object: &[u8],
    library: Option<&[u8]>,
    target: &Target,
    output: &Path,
) -> Result<(), String> {
    let dir = TempDir::new()?;
    let mut paths = Vec::new();
    for (i, object) in std::iter::once(object).chain(library).enumerate() {
        let path = dir.path().join(format!("go{i}.o"));
        std::fs::write(&path, object).map_err(|e| format!("gocrane: {e}"))?;
        paths.push(path);
    }
    paths.push(runtime_file(target.arch, dir.path())?);
    if let Some(line) = LinkLine::cached(target.arch) {
        if line
            .command(&paths, output)
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Ok(());
        }
    }
    let linker = target.arch.linker();
    let result = Command::new(linker)
        .args(driver_args(target.arch, &paths, output))
        .output()
        .map_err(|e| format!("gocrane: running the linker {linker}: {e}"))?;
    if !result.status.success() {
        return Err(format!(
            "gocrane: linking failed:\n{}",
            String::from_utf8_lossy(&result.stderr)
        ));
    }
    LinkLine::learn(target.arch);
    Ok(())
}

/// The C compiler driver's arguments for linking `objects` into `output`.
fn driver_args(arch: Arch, objects: &[PathBuf], output: &Path) -> Vec<std::ffi::OsString> {
    let mut args: Vec<std::ffi::OsString> = Vec::new();
    args.extend(Flavour::of(arch).fuse_ld().map(Into::into));
    args.extend(["-no-pie".into(), "-o".into(), output.as_os_str().to_owned()]);
    args.extend(objects.iter().map(|p| p.as_os_str().to_owned()));
    args.extend(["-lpthread", "-ldl", "-lm"].map(Into::into));
    args
}

/// The linker command the C compiler driver runs, with the places of the output and of the
/// objects marked.
struct LinkLine {
    linker: String,
    args: Vec<String>,
}

/// Markers `cc -###` is given for the output and the objects.
const OUTPUT_MARK: &str = "@gocrane-output@";
const OBJECTS_MARK: &str = "@gocrane-objects@.o";

impl LinkLine {
    /// Where the command is kept: beside the runtime object of this gocrane executable.
    /// Named by the linker too: installing mold (or gold) later is noticed.
    fn path(arch: Arch) -> Option<PathBuf> {
        let key = crate::archive::executable_key()?;
        let flavour = Flavour::of(arch);
        Some(
            backend::cache_base()?
                .join(format!("runtime-{key}"))
                .join(format!("link-{arch:?}-{flavour:?}.txt")),
        )
    }

    fn cached(arch: Arch) -> Option<LinkLine> {
        let text = std::fs::read_to_string(LinkLine::path(arch)?).ok()?;
        let mut lines = text.lines().map(str::to_string);
        let linker = lines.next()?;
        Some(LinkLine {
            linker,
            args: lines.collect(),
        })
    }

    /// Asks the driver (`cc -###`) what it runs to link, and keeps that.
    fn learn(arch: Arch) {
        let Some(path) = LinkLine::path(arch) else {
            return;
        };
        let out = Command::new(arch.linker())
            .arg("-###")
            .args(driver_args(
                arch,
                &[PathBuf::from(OBJECTS_MARK)],
                Path::new(OUTPUT_MARK),
            ))
            .output();
        let Ok(out) = out else { return };
        let text = String::from_utf8_lossy(&out.stderr);
        let Some(line) = LinkLine::parse(&text, Flavour::of(arch), arch) else {
            return;
        };
        let mut file = line.linker.clone();
        for a in &line.args {
            file.push('\n');
            file.push_str(a);
        }
        file.push('\n');
        let part = path.with_extension(format!("txt.{}", std::process::id()));
        if std::fs::write(&part, file).is_ok() {
            let _ = std::fs::rename(&part, &path);
        }
        let _ = std::fs::remove_file(&part);
    }

    /// The collect2 line of `cc -###`'s output, as the linker it stands for would be run:
    /// the LTO plugin's options and `-fuse-ld` (collect2's own) left out.
    fn parse(text: &str, flavour: Flavour, arch: Arch) -> Option<LinkLine> {
        let line = text.lines().rev().find(|l| l.contains("collect2"))?;
        let mut args = Vec::new();
        let mut words = quoted_words(line).into_iter().skip(1);
        while let Some(w) = words.next() {
            if w == "-plugin" {
                // The plugin's path follows.
                words.next();
            } else if !w.starts_with("-plugin-opt") && !w.starts_with("-fuse-ld=") {
                args.push(w);
            }
        }
        if !args.iter().any(|a| a == OUTPUT_MARK) || !args.iter().any(|a| a == OBJECTS_MARK) {
            return None;
        }
        Some(LinkLine {
            linker: flavour.program(arch).to_string(),
            args,
        })
    }

    /// The command linking `objects` into `output`.
    fn command(&self, objects: &[PathBuf], output: &Path) -> Command {
        let mut cmd = Command::new(&self.linker);
        for a in &self.args {
            match a.as_str() {
                OUTPUT_MARK => {
                    cmd.arg(output);
                }
                OBJECTS_MARK => {
                    cmd.args(objects);
                }
                _ => {
                    cmd.arg(a);
                }
            }
        }
        cmd
    }
}

/// The words of a `cc -###` command line, split as a shell splits them: at spaces, a word
/// possibly in double quotes (where `\\` escapes the next character).
fn quoted_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.peek().is_none() {
            return words;
        }
        let mut w = String::new();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match c {
                '"' => quoted = !quoted,
                '\\' => w.extend(chars.next()),
                c if c.is_whitespace() && !quoted => break,
                c => w.push(c),
            }
        }
        words.push(w);
    }
}

/// Which linker links: mold where it is installed and the driver is the host's `cc` (the
/// fastest here: a program that imports fmt links in about 22 ms against gold's 30; a cross
/// driver looks for mold under its own prefix only), else binutils' gold (half the time of
/// the default `ld`), else the toolchain's default `ld`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flavour {
    Mold,
    Gold,
    Bfd,
}

impl Flavour {
    fn of(arch: Arch) -> Flavour {
        if on_path("ld.mold") && arch.linker() == "cc" {
            Flavour::Mold
        } else if on_path(Flavour::Gold.program(arch)) {
            Flavour::Gold
        } else {
            Flavour::Bfd
        }
    }

    /// The C driver's option choosing this linker.
    fn fuse_ld(self) -> Option<&'static str> {
        match self {
            Flavour::Mold => Some("-fuse-ld=mold"),
            Flavour::Gold => Some("-fuse-ld=gold"),
            Flavour::Bfd => None,
        }
    }

    /// The program the driver's `collect2` runs for it.
    fn program(self, arch: Arch) -> &'static str {
        match (self, arch) {
            (Flavour::Mold, _) => "mold",
            (Flavour::Gold, Arch::X86_64) => "x86_64-linux-gnu-ld.gold",
            (Flavour::Gold, Arch::Aarch64) => "aarch64-linux-gnu-ld.gold",
            (Flavour::Bfd, Arch::X86_64) => "x86_64-linux-gnu-ld",
            (Flavour::Bfd, Arch::Aarch64) => "aarch64-linux-gnu-ld",
        }
    }
}

/// Whether a file `name` is in a directory of `PATH`.
fn on_path(name: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(name).is_file()))
}

/// A directory removed when dropped (for intermediate files).
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new() -> Result<TempDir, String> {
        let base = std::env::temp_dir();
        for n in 0..1000u32 {
            let path = base.join(format!("gocrane-{}-{n}", std::process::id()));
            if std::fs::create_dir(&path).is_ok() {
                return Ok(TempDir(path));
            }
        }
        Err("gocrane: cannot create a temporary directory".into())
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The runtime ABI is written down three times: the backend's table of the runtime functions
/// generated code calls (`backend::runtime`), the functions the runtime staticlib exports,
/// and docs/runtime-abi.md. These tests keep the three from drifting apart.
#[cfg(test)]
mod link_line_tests {
    use super::*;

    #[test]
    fn the_drivers_linker_command_is_read() {
        let text = "Using built-in specs.\n /usr/lib/gcc/x86_64-linux-gnu/12/collect2 -plugin /usr/lib/gcc/x86_64-linux-gnu/12/liblto_plugin.so \"-plugin-opt=-pass-through=-lgcc\" --build-id \"-fuse-ld=gold\" -o @gocrane-output@ /usr/lib/x86_64-linux-gnu/crt1.o @gocrane-objects@.o -lpthread \"a\\\"b\"\nCOLLECT_GCC_OPTIONS='-o'\n";
        let line = LinkLine::parse(text, Flavour::Gold, Arch::X86_64).expect("a collect2 line");
        assert_eq!(line.linker, "x86_64-linux-gnu-ld.gold");
        assert_eq!(
            line.args,
            [
                "--build-id",
                "-o",
                OUTPUT_MARK,
                "/usr/lib/x86_64-linux-gnu/crt1.o",
                OBJECTS_MARK,
                "-lpthread",
                "a\"b"
            ]
        );
        let cmd = line.command(
            &[PathBuf::from("x.o"), PathBuf::from("y.o")],
            Path::new("out"),
        );
        let args: Vec<_> = cmd
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(args[2], "out");
        assert_eq!(&args[4..6], ["x.o", "y.o"]);
    }
}

#[cfg(test)]
mod abi_tests {
    use std::collections::BTreeSet;

    use object::{Object, ObjectSymbol};

    use super::{RUNTIME_AARCH64, RUNTIME_X86_64};

    /// The `runtime.*` symbols the runtime object defines globally.
    fn exports(bytes: &[u8]) -> BTreeSet<String> {
        let file = object::File::parse(bytes).expect("the runtime is an object file");
        let mut names = BTreeSet::new();
        for sym in file.symbols() {
            let name = sym.name().unwrap_or("");
            if sym.is_global() && !sym.is_undefined() && name.starts_with("runtime.") {
                names.insert(name.to_string());
            }
        }
        names
    }

    /// Every `runtime.…` name docs/runtime-abi.md spells out.
    fn documented() -> BTreeSet<String> {
        let doc =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/runtime-abi.md"))
                .expect("docs/runtime-abi.md");
        let mut names = BTreeSet::new();
        for (at, _) in doc.match_indices("runtime.") {
            let rest = &doc[at + "runtime.".len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '·'))
                .unwrap_or(rest.len());
            names.insert(format!("runtime.{}", &rest[..end]));
        }
        names
    }

    #[test]
    fn called_functions_are_exported_and_documented() {
        let doc = documented();
        for (arch, archive) in [("x86_64", RUNTIME_X86_64), ("aarch64", RUNTIME_AARCH64)] {
            assert!(
                !archive.is_empty(),
                "gocrane was built without the {arch} runtime"
            );
            let exported = exports(archive);
            for name in backend::runtime::function_names() {
                assert!(
                    exported.contains(name),
                    "{name} is called but the {arch} runtime does not export it"
                );
                assert!(
                    doc.contains(name),
                    "{name} is called but docs/runtime-abi.md does not list it"
                );
            }
        }
    }

    /// Whatever the runtime exports is part of the ABI and documented: a funcval `f·f` with its
    /// function `f`.
    #[test]
    fn exported_symbols_are_documented() {
        let doc = documented();
        let missing: Vec<String> = exports(RUNTIME_X86_64)
            .into_iter()
            .filter(|name| !doc.contains(name.strip_suffix("·f").unwrap_or(name)))
            .collect();
        assert!(
            missing.is_empty(),
            "exported by the runtime, not in docs/runtime-abi.md: {missing:?}"
        );
    }
}
