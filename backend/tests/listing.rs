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

/// gc's listing of one function without what we leave out: `PCDATA`/`FUNCDATA` lines, the
/// header's `align=`/`funcid=`/flags, the `TEXT` line's ABI flags, marker relocations.
fn gc_without_internals(file: &str, name: &str) -> String {
    let text = std::fs::read_to_string(format!("tests/listing/gc/{file}")).unwrap();
    let mut out = String::new();
    let mut inside = false;
    for line in text.lines() {
        if !line.starts_with('\t') {
            inside = line.starts_with(&format!("{name} STEXT"));
            if inside {
                let words: Vec<&str> = line.split(' ').collect();
                let keep: Vec<&str> = words
                    .iter()
                    .copied()
                    .filter(|w| {
                        *w == name
                            || *w == "STEXT"
                            || ["size=", "args=", "locals="]
                                .iter()
                                .any(|p| w.starts_with(p))
                    })
                    .collect();
                let _ = writeln!(out, "{}", keep.join(" "));
            }
            continue;
        }
        if !inside || line.contains("\tPCDATA\t") || line.contains("\tFUNCDATA\t") {
            continue;
        }
        if line.contains(" t=R_USEIFACE") || line.contains(" t=R_CALLIND") {
            continue;
        }
        if let Some((head, rest)) = line.split_once("\tTEXT\t") {
            let (sym, frame) = rest.split_once(", ").unwrap();
            let frame = frame.rsplit(", ").next().unwrap();
            let _ = writeln!(out, "{head}\tTEXT\t{sym}, {frame}");
            continue;
        }
        let _ = writeln!(out, "{line}");
    }
    out
}

/// Our whole listing of a gc-compiled function, fed with gc's bytes, relocations, line table
/// and frame sizes, is gc's listing minus gc's internals.
fn full_listing(arch: Arch, file: &str, name: &str, args: u64, locals: u64) -> (String, String) {
    let text = std::fs::read_to_string(format!("tests/listing/gc/{file}")).unwrap();
    let f = parse_gc(&text)
        .into_iter()
        .find(|f| f.name == name)
        .unwrap();
    let rel = relocs(arch, &f);
    let mut lines: Vec<(u32, String)> = Vec::new();
    for (off, pos, _) in &f.insns {
        if lines.last().map(|(_, p)| p) != Some(pos) {
            lines.push((*off, pos.clone()));
        }
    }
    let func = FuncCode {
        name,
        code: &f.code,
        relocs: &rel,
        lines: &lines,
        args,
        locals,
    };
    (
        list_function(arch, Syntax::Go, &func),
        gc_without_internals(file, name),
    )
}

#[test]
fn whole_listing_has_gc_shape() {
    // Functions without gc's named stack slots or zero-size `NOP`s, so every line is comparable.
    let (ours, gc) = full_listing(Arch::X86_64, "iface.amd64.s", "main.g", 0x10, 0);
    similar_asserts(&gc, &ours);
    let (ours, gc) = full_listing(Arch::X86_64, "ops.amd64.s", "main.arith", 0x20, 0);
    similar_asserts(&gc, &ours);
    let (ours, gc) = full_listing(Arch::Aarch64, "ops.arm64.s", "main.shifts", 0x18, 0);
    similar_asserts(&gc, &ours);
}

fn similar_asserts(expected: &str, actual: &str) {
    assert!(expected == actual, "gc:\n{expected}\nours:\n{actual}");
}

/// A function as Cranelift emits them, with ELF-style relocations: `call rel32` and RIP-relative
/// operands with addend -4 (+8 for `main.sink+8`), an absolute `movabs`, and a constant pool
/// after the code reached RIP-relatively without relocation.
fn cranelift_x86() -> (Vec<u8>, Vec<CodeReloc>) {
    let code: Vec<u8> = [
        &[0x55][..],                           // push rbp
        &[0x48, 0x89, 0xe5],                   // mov rbp, rsp
        &[0xe8, 0, 0, 0, 0],                   // call runtime.convT64
        &[0x48, 0x8d, 0x05, 0, 0, 0, 0],       // lea rax, [rip+type:int]
        &[0x48, 0x8b, 0x05, 0, 0, 0, 0],       // mov rax, [rip+main.sink+8]
        &[0x48, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0], // movabs rax, itab
        &[0xf2, 0x0f, 0x10, 0x05, 7, 0, 0, 0], // movsd xmm0, [rip+7] (offset 48)
        &[0x5d, 0xc3, 0x0f, 0x0b],             // pop rbp; ret; ud2
        &[0, 0, 0],                            // padding
        &[0, 0, 0, 0, 0, 0, 0x10, 0x40],       // 4.0
    ]
    .concat();
    let r = |offset, kind, symbol: &str, addend| CodeReloc {
        offset,
        kind,
        symbol: symbol.to_string(),
        addend,
    };
    let relocs = vec![
        r(5, RelocKind::X86CallPcRel4, "runtime.convT64", -4),
        r(12, RelocKind::X86PcRel4, "type:int", -4),
        r(19, RelocKind::X86PcRel4, "main.sink", 4),
        r(25, RelocKind::Abs8, "go:itab.main.Adder,main.Mather", 0),
    ];
    (code, relocs)
}

/// The same for aarch64: `bl`, `adrp`+`add` of a symbol, an inline literal jumped over, a trap.
fn cranelift_arm64() -> (Vec<u8>, Vec<CodeReloc>) {
    let words: [u32; 10] = [
        0xa9bf7bfd, // stp x29, x30, [sp, #-16]!
        0x910003fd, // mov x29, sp
        0x94000000, // bl runtime.convT64
        0x90000000, // adrp x0, type:int
        0x91000000, // add x0, x0, :lo12:type:int
        0x5c000040, // ldr d0, pc+8
        0x14000003, // b pc+12
        0x00000000, // 4.0, low word
        0x40100000, // 4.0, high word
        0xa8c17bfd, // ldp x29, x30, [sp], #16
    ];
    let mut code: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    code.extend(0xd65f03c0u32.to_le_bytes()); // ret
    code.extend(0x0000c11fu32.to_le_bytes()); // udf #0xc11f
    let r = |offset, kind, symbol: &str| CodeReloc {
        offset,
        kind,
        symbol: symbol.to_string(),
        addend: 0,
    };
    let relocs = vec![
        r(8, RelocKind::Arm64Call, "runtime.convT64"),
        r(12, RelocKind::Arm64AdrPrelPgHi21, "type:int"),
        r(16, RelocKind::Arm64AddAbsLo12Nc, "type:int"),
    ];
    (code, relocs)
}

fn all_syntaxes(arch: Arch, code: &[u8], relocs: &[CodeReloc]) -> String {
    let lines = vec![(0, "f.go:3".to_string()), (4, "f.go:4".to_string())];
    let func = FuncCode {
        name: "main.f",
        code,
        relocs,
        lines: &lines,
        args: 0x10,
        locals: 0x8,
    };
    let mut out = String::new();
    for (title, syntax) in [
        ("GO", Syntax::Go),
        ("INTEL", Syntax::Intel),
        ("ATT", Syntax::Att),
    ] {
        let _ = writeln!(out, "----- {title}\n{}", list_function(arch, syntax, &func));
    }
    out
}

#[test]
fn cranelift_relocations_x86_64() {
    let (code, relocs) = cranelift_x86();
    insta::assert_snapshot!(all_syntaxes(Arch::X86_64, &code, &relocs));
}

#[test]
fn cranelift_relocations_aarch64() {
    let (code, relocs) = cranelift_arm64();
    insta::assert_snapshot!(all_syntaxes(Arch::Aarch64, &code, &relocs));
}

#[test]
fn listing_is_deterministic_and_survives_garbage() {
    let (code, relocs) = cranelift_x86();
    let a = all_syntaxes(Arch::X86_64, &code, &relocs);
    assert_eq!(a, all_syntaxes(Arch::X86_64, &code, &relocs));
    // Bytes that are no instruction, truncated code, relocations pointing anywhere: text, no panic.
    let junk: Vec<u8> = (0..=255u8).rev().chain([0x0f, 0x48]).collect();
    let wild = vec![CodeReloc {
        offset: 9999,
        kind: RelocKind::X86PcRel4,
        symbol: "x".into(),
        addend: i64::MIN,
    }];
    for arch in [Arch::X86_64, Arch::Aarch64] {
        let text = all_syntaxes(arch, &junk, &wild);
        assert!(text.contains("STEXT size=258"));
    }
}
