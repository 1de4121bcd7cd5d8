//! Golden tests of `backend::listing` against gc 1.27.3's own listings.
//!
//! `tests/listing/gc/*.{amd64,arm64}.s` are the `STEXT` blocks of `go tool compile -S -p main
//! -trimpath=DIR F.go` (and `GOARCH=arm64 ...`) for the Go files beside them. Each block holds
//! the function's machine code (gc's hex dump), its relocations (`rel` lines) and gc's text for
//! every instruction. We feed the bytes and relocations to our lister and compare its text with
//! gc's, instruction by instruction.
//!
//! gc prints the instructions it *meant* (its `Prog`s), we print what the bytes *are*, so a few
//! differences are expected and kept in the snapshots, where a reviewer sees each one:
//! gc names stack slots (`main.x+8(SP)`, `main.s+16(FP)`; we compare those with the name and
//! number blanked out), prints the post-call `XCHGL AX, AX` for a plain `NOP`, and on arm64
//! prints one `Prog` for some multi-instruction sequences.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use backend::listing::{instructions, list_function, Arch, CodeReloc, FuncCode, RelocKind, Syntax};

/// One function as gc listed it.
struct GcFunc {
    name: String,
    /// `(offset, position, instruction text)` of real instructions, in order.
    insns: Vec<(u32, String, String)>,
    code: Vec<u8>,
    /// `(offset, size, kind, symbol, addend)` from the `rel` lines.
    rels: Vec<(u32, u32, String, String, i64)>,
}

fn parse_gc(text: &str) -> Vec<GcFunc> {
    let mut funcs: Vec<GcFunc> = Vec::new();
    for line in text.lines() {
        if !line.starts_with('\t') {
            let name = line.split(' ').next().unwrap().to_string();
            funcs.push(GcFunc {
                name,
                insns: vec![],
                code: vec![],
                rels: vec![],
            });
            continue;
        }
        let f = funcs.last_mut().unwrap();
        let body = &line[1..];
        if let Some(rel) = body.strip_prefix("rel ") {
            // rel 81+4 t=R_CALL runtime.morestack_noctxt+0
            let mut parts = rel.splitn(3, ' ');
            let (off, size) = parts.next().unwrap().split_once('+').unwrap();
            let kind = parts.next().unwrap().trim_start_matches("t=").to_string();
            let target = parts.next().unwrap_or("");
            let (sym, add) = target.rsplit_once('+').unwrap();
            f.rels.push((
                off.parse().unwrap(),
                size.parse().unwrap(),
                kind,
                sym.to_string(),
                add.parse().unwrap(),
            ));
        } else if body.contains(" (") {
            // 0x0021 00033 (x.go:19)	CALL	runtime.convT64(SB)
            let (head, insn) = body.split_once(")\t").unwrap();
            let off = u32::from_str_radix(&head[2..6], 16).unwrap();
            let pos = head.split_once(" (").unwrap().1.to_string();
            f.insns.push((off, pos, insn.to_string()));
        } else {
            // 0x0000 48 01 d8 c3                                      H...
            for b in body[7..].split("  ").next().unwrap().split(' ') {
                f.code.push(u8::from_str_radix(b, 16).unwrap());
            }
        }
    }
    funcs
}

/// gc's relocations in our (ELF) terms. gc's pc-relative addends count from the end of the
/// field, ELF's from its start; gc's `R_ADDRARM64` covers an `ADRP` and the `ADD` or load after
/// it, which ELF describes with two relocations.
fn relocs(arch: Arch, f: &GcFunc) -> Vec<CodeReloc> {
    let mut out = Vec::new();
    for (off, size, kind, sym, add) in &f.rels {
        let r = |offset: u32, kind: RelocKind, addend: i64| CodeReloc {
            offset,
            kind,
            symbol: sym.clone(),
            addend,
        };
        match (arch, kind.as_str(), size) {
            (Arch::X86_64, "R_CALL", 4) => out.push(r(*off, RelocKind::X86CallPcRel4, add - 4)),
            (Arch::X86_64, "R_PCREL", 4) => out.push(r(*off, RelocKind::X86PcRel4, add - 4)),
            (Arch::Aarch64, "R_CALLARM64", 4) => out.push(r(*off, RelocKind::Arm64Call, *add)),
            (Arch::Aarch64, "R_ADDRARM64", 8)
            | (Arch::Aarch64, "R_ARM64_PCREL_LDST8", 8)
            | (Arch::Aarch64, "R_ARM64_PCREL_LDST16", 8)
            | (Arch::Aarch64, "R_ARM64_PCREL_LDST32", 8)
            | (Arch::Aarch64, "R_ARM64_PCREL_LDST64", 8) => {
                out.push(r(*off, RelocKind::Arm64AdrPrelPgHi21, *add));
                let at = *off as usize + 4;
                let word = u32::from_le_bytes(f.code[at..at + 4].try_into().unwrap());
                let second = if word & 0x7f80_0000 == 0x1100_0000 {
                    RelocKind::Arm64AddAbsLo12Nc
                } else {
                    // A load/store (unsigned offset): access size from `size` (and `opc` for
                    // 128-bit SIMD&FP).
                    let mut bytes = 1u8 << (word >> 30);
                    if word & (1 << 26) != 0 && word >> 30 == 0 && word & (1 << 23) != 0 {
                        bytes = 16;
                    }
                    RelocKind::Arm64LdStAbsLo12Nc(bytes)
                };
                out.push(r(*off + 4, second, *add));
            }
            _ => {} // marker relocations (R_USEIFACE, R_CALLIND, ...) patch nothing
        }
    }
    out
}

fn is_pseudo(insn: &str) -> bool {
    ["TEXT", "PCDATA", "FUNCDATA"].contains(&insn.split('\t').next().unwrap())
}

/// Blanks gc's named stack slots, `main.x+8(SP)` → `?(SP)`, and our plain ones in the same
/// operand positions, `8(SP)` → `?(SP)`.
fn blank_named_slots(gc: &str, ours: &str) -> (String, String) {
    let named = |op: &str| {
        (op.ends_with("(SP)") || op.ends_with("(FP)"))
            && op
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '"')
    };
    let gc_ops: Vec<&str> = gc.split(", ").collect();
    let our_ops: Vec<&str> = ours.split(", ").collect();
    if gc_ops.len() != our_ops.len() {
        return (gc.to_string(), ours.to_string());
    }
    let mut g = Vec::new();
    let mut o = Vec::new();
    for (a, b) in gc_ops.iter().zip(&our_ops) {
        // The mnemonic shares the first field: `MOVQ\tmain.x+8(SP)`.
        let (ma, a) = a.rsplit_once('\t').map_or(("", *a), |(m, x)| (m, x));
        let (mb, b) = b.rsplit_once('\t').map_or(("", *b), |(m, x)| (m, x));
        let pre = |m: &str| {
            if m.is_empty() {
                String::new()
            } else {
                format!("{m}\t")
            }
        };
        if named(a) && (b.ends_with("(SP)") || b.ends_with("(RSP)")) {
            g.push(format!("{}?(SP)", pre(ma)));
            o.push(format!("{}?(SP)", pre(mb)));
        } else {
            g.push(format!("{}{a}", pre(ma)));
            o.push(format!("{}{b}", pre(mb)));
        }
    }
    (g.join(", "), o.join(", "))
}

/// Compares our Go-syntax text with gc's for every function of one gc listing.
fn compare(arch: Arch, file: &str) -> String {
    let text = std::fs::read_to_string(format!("tests/listing/gc/{file}")).unwrap();
    let mut report = String::new();
    let (mut total, mut same) = (0, 0);
    for f in parse_gc(&text) {
        let rel = relocs(arch, &f);
        let func = FuncCode {
            name: &f.name,
            code: &f.code,
            relocs: &rel,
            lines: &[],
            args: 0,
            locals: 0,
        };
        let ours: BTreeMap<u32, String> = instructions(arch, Syntax::Go, &func)
            .into_iter()
            .map(|i| (i.offset, i.text))
            .collect();
        // gc may print zero-size Progs (`NOP`) before the instruction at the same offset.
        let mut gc: BTreeMap<u32, String> = BTreeMap::new();
        for (off, _, insn) in &f.insns {
            if !is_pseudo(insn) {
                gc.insert(*off, insn.clone());
            }
        }
        for (off, g) in &gc {
            total += 1;
            let o = ours
                .get(off)
                .map(String::as_str)
                .unwrap_or("<no instruction here>");
            let g = &g.replace("(g)", "(R28)"); // gc calls R28 `g`, its goroutine register
            let (gn, on) = blank_named_slots(g, o);
            if gn == on {
                same += 1;
            } else {
                let _ = writeln!(report, "{} {off:#06x}: gc {g:?}, ours {o:?}", f.name);
            }
        }
    }
    format!("{same} of {total} instructions as gc prints them\n{report}")
}

#[test]
fn amd64_matches_gc() {
    let mut out = String::new();
    for file in [
        "iface.amd64.s",
        "ops.amd64.s",
        "ops2.amd64.s",
        "cover.amd64.s",
    ] {
        let _ = writeln!(out, "----- {file}\n{}", compare(Arch::X86_64, file));
    }
    insta::assert_snapshot!(out);
}

#[test]
fn arm64_matches_gc() {
    let mut out = String::new();
    for file in [
        "iface.arm64.s",
        "ops.arm64.s",
        "ops2.arm64.s",
        "cover.arm64.s",
    ] {
        let _ = writeln!(out, "----- {file}\n{}", compare(Arch::Aarch64, file));
    }
    insta::assert_snapshot!(out);
}
