//! Robustness: random bytes and random truncations/mutations of a real program must yield a
//! parse result or diagnostics, never a panic. The PRNG is a fixed-seed xorshift, so failures
//! reproduce.

use frontend::lexer::source_text;
use frontend::parse::{parse_file_lenient, NodeIdGen};
use frontend::source::SourceMap;

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PROGRAM: &str = include_str!("parse/stmts.go");

/// Bytes that make interesting Go fragments when glued together.
const PIECES: &[&str] = &[
    "package main\n",
    "func",
    " f(",
    ")",
    "{",
    "}",
    "\n",
    ";",
    "if ",
    "for ",
    "switch ",
    "case ",
    ":",
    "x",
    " := ",
    "=",
    "[",
    "]",
    "[]int",
    "{1, 2}",
    "\"s",
    "\"",
    "'",
    "`",
    "/*",
    "*/",
    "//go:noinline\n",
    "0x",
    "1e",
    "._",
    "...",
    "<-",
    "chan ",
    "map[",
    "struct{",
    "interface{",
    ".(type)",
    "\u{0}",
    "\u{FEFF}",
    "é",
    "range ",
    "go ",
    "defer ",
    "else ",
    "type ",
    "var ",
    "const (",
    "import ",
    "(",
    ",",
    "*",
    "&",
];

fn parse_bytes(bytes: &[u8]) {
    let mut map = SourceMap::default();
    let id = map.add("fuzz.go", source_text(bytes));
    let mut ids = NodeIdGen::new();
    let parsed = parse_file_lenient(&map, id, &mut ids);
    // Every failure must say something.
    assert!(parsed.file.is_some() || !parsed.diagnostics.is_empty());
    let _ = frontend::diag::render(&map, &parsed.diagnostics);
    if let Some(f) = &parsed.file {
        let _ = frontend::ast_print::print_file(&map, f);
    }
}

fn check(bytes: &[u8]) {
    let result = std::panic::catch_unwind(|| parse_bytes(bytes));
    assert!(
        result.is_ok(),
        "parser panicked on input {:?}",
        String::from_utf8_lossy(bytes)
    );
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        check(&bytes);
    }
}

#[test]
fn random_token_soup_never_panics() {
    let mut rng = XorShift(42);
    for _ in 0..3000 {
        let n = rng.below(30);
        let mut s = String::from("package main\n");
        for _ in 0..n {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        }
        check(s.as_bytes());
    }
}

#[test]
fn truncations_and_mutations_of_a_real_file_never_panic() {
    let mut rng = XorShift(7);
    let src = PROGRAM.as_bytes();
    for cut in 0..src.len() {
        check(&src[..cut]);
    }
    for _ in 0..2000 {
        let mut bytes = src.to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len());
            match rng.below(3) {
                0 => bytes[at] = rng.next() as u8,
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, rng.next() as u8),
            }
        }
        check(&bytes);
    }
}
