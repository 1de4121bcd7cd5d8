//! Prints data symbols the way `go tool compile -S` does (cmd/internal/obj
//! `writeSymDebugNamed`), so gocrane's listings and gc's can be diffed line by line:
//!
//! ```text
//! go:itab.main.Adder,main.Mather SRODATA dupok size=40 align=0x8
//!     0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
//!     0x0010 ae 2f 32 ab 00 00 00 00 00 00 00 00 00 00 00 00  ./2.............
//!     0x0020 00 00 00 00 00 00 00 00                          ........
//!     rel 0+8 t=R_ADDR type:main.Mather+0
//!     rel 8+8 t=R_ADDR type:main.Adder+0
//!     rel 24+8 t=RelocType(-32767) main.(*Adder).Add+0
//! ```
//!
//! (gc indents rows and relocations with a tab.) Relocations are listed by offset. Weak relocations print as gc prints them: gc's
//! `objabi.RelocType.String` has no name for the weak bit, hence `RelocType(-32767)`.

use std::fmt::{self, Write};

use super::DataSymbol;

impl fmt::Display for DataSymbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match (self.readonly, self.pointers, self.written) {
            (true, _, _) => "SRODATA",
            (false, false, 0) => "SNOPTRBSS",
            (false, false, _) => "SNOPTRDATA",
            (false, true, 0) => "SBSS",
            (false, true, _) => "SDATA",
        };
        write!(f, "{} {kind} ", self.name)?;
        if self.static_sym {
            f.write_str("static ")?;
        }
        if self.dupok {
            f.write_str("dupok ")?;
        }
        writeln!(f, "size={} align={:#x}", self.bytes.len(), self.align)?;
        for (row, chunk) in self.bytes[..self.written].chunks(16).enumerate() {
            let mut line = format!("\t0x{:04x}", row * 16);
            for b in chunk {
                let _ = write!(line, " {b:02x}");
            }
            line.push_str(&"   ".repeat(16 - chunk.len()));
            line.push_str("  ");
            line.extend(chunk.iter().map(|&b| {
                if (b' '..=0x7e).contains(&b) {
                    b as char
                } else {
                    '.'
                }
            }));
            writeln!(f, "{line}")?;
        }
        let mut relocs: Vec<_> = self.relocs.iter().collect();
        relocs.sort_by_key(|r| r.offset);
        for r in relocs {
            writeln!(
                f,
                "\trel {}+{} t={} {}+{}",
                r.offset,
                r.size,
                r.kind.gc_name(),
                r.target,
                r.addend
            )?;
        }
        Ok(())
    }
}

/// All symbols, one after another, as `-S` prints a package's data.
pub fn listing(syms: &[DataSymbol]) -> String {
    syms.iter().map(|s| s.to_string()).collect()
}
