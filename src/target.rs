//! The target a program is built for: its triple (for the backend), its C toolchain (for
//! linking) and how to run it (natively, or under qemu-user for a foreign architecture).

use std::path::Path;
use std::process::Command;
use std::str::FromStr;

use target_lexicon::{Architecture, Triple};

pub struct Target {
    pub triple: Triple,
    pub arch: Arch,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Arch {
    X86_64,
    Aarch64,
}

impl Target {
    /// `None` is the host; `x86_64`/`amd64`, `aarch64`/`arm64`, or a full linux-gnu triple.
    pub fn parse(name: Option<&str>) -> Result<Target, String> {
        let arch = match name {
            None => Arch::host()?,
            Some("x86_64" | "amd64") => Arch::X86_64,
            Some("aarch64" | "arm64") => Arch::Aarch64,
            Some(full) => {
                let triple = Triple::from_str(full)
                    .map_err(|e| format!("gocrane: unknown target {full:?}: {e}"))?;
                match triple.architecture {
                    Architecture::X86_64 => Arch::X86_64,
                    Architecture::Aarch64(_) => Arch::Aarch64,
                    _ => {
                        return Err(format!(
                            "gocrane: unsupported target {full:?} (x86_64 or aarch64 linux)"
                        ))
                    }
                }
            }
        };
        let triple = Triple::from_str(arch.triple()).expect("known triple");
        Ok(Target { triple, arch })
    }

    /// Runs a linked program and returns its exit status (128+N when killed by signal N, as a
    /// shell reports it).
    pub fn run(&self, exe: &Path, args: &[String]) -> Result<u8, String> {
        let status = self
            .command(exe)?
            .args(args)
            .status()
            .map_err(|e| format!("gocrane: running {}: {e}", exe.display()))?;
        if let Some(code) = status.code() {
            return Ok(code as u8);
        }
        use std::os::unix::process::ExitStatusExt;
        Ok(128u8.wrapping_add(status.signal().unwrap_or(0) as u8))
    }
}

impl Target {
    /// The command that runs the executable `exe` of this target: itself on its own
    /// architecture, else under qemu-user with the target's sysroot.
    pub fn command(&self, exe: &Path) -> Result<Command, String> {
        Ok(if self.arch == Arch::host()? {
            Command::new(exe)
        } else {
            let mut c = Command::new(self.arch.qemu());
            c.args(["-L", self.arch.sysroot()]).arg(exe);
            c
        })
    }
}

impl Arch {
    pub fn host() -> Result<Arch, String> {
        match std::env::consts::ARCH {
            "x86_64" => Ok(Arch::X86_64),
            "aarch64" => Ok(Arch::Aarch64),
            other => Err(format!("gocrane: unsupported host architecture {other}")),
        }
    }

    pub fn triple(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64-unknown-linux-gnu",
            Arch::Aarch64 => "aarch64-unknown-linux-gnu",
        }
    }

    /// The C compiler driver used to link for this architecture.
    pub fn linker(self) -> &'static str {
        if Arch::host() == Ok(self) {
            return "cc";
        }
        match self {
            Arch::X86_64 => "x86_64-linux-gnu-gcc",
            Arch::Aarch64 => "aarch64-linux-gnu-gcc",
        }
    }

    fn qemu(self) -> &'static str {
        match self {
            Arch::X86_64 => "qemu-x86_64",
            Arch::Aarch64 => "qemu-aarch64",
        }
    }

    fn sysroot(self) -> &'static str {
        match self {
            Arch::X86_64 => "/usr/x86_64-linux-gnu",
            Arch::Aarch64 => "/usr/aarch64-linux-gnu",
        }
    }
}
