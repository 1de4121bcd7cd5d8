//! Snapshots of Cranelift's disassembly (VCode; x86-64, and arm64 for one) for small hand-built functions: what
//! the checks and the calling convention look like in machine code.

mod common;

use common::*;
use middle::ir::*;

fn disasm(prog: &Program, func: &str) -> String {
    disasm_for(prog, func, "x86_64-unknown-linux-gnu")
}

fn disasm_for(prog: &Program, func: &str, triple: &str) -> String {
    let triple = triple.parse().expect("triple");
    let opts = backend::Options {
        disasm: true,
        ..Default::default()
    };
    let compiled =
        backend::compile(prog, &triple, &opts, None, backend::Unit::Whole).expect("compile");
    compiled
        .disasm
        .into_iter()
        .find(|(name, _)| name == func)
        .map(|(_, text)| text)
        .expect("function disassembly")
}

/// ```go
/// func at(s []int, i int) int { return s[i] }
/// ```
/// The slice arrives in three registers; one unsigned compare guards the load, and the cold
/// block calls `runtime.panicIndex(i, len)`.
#[test]
fn slice_index_bounds_check() {
    let mut p = Prog::new();
    let i = p.int();
    let ints = p.slice(i);
    let mut f = Fn::new("main.at", vec![i]);
    let s = f.param("s", ints);
    let ix = f.param("i", i);
    f.push(ret(vec![load(elem(f.load(s), f.load(ix)), i)]));
    p.add(f);
    p.add(Fn::new("main.main", vec![]));
    let prog = p.build();
    insta::assert_snapshot!(disasm(&prog, "main.at"));
    insta::assert_snapshot!(
        "slice_index_bounds_check_arm64",
        disasm_for(&prog, "main.at", "aarch64-unknown-linux-gnu")
    );
}

/// ```go
/// func div(a, b int) int { return a / b }
/// ```
/// gc's checks: a zero divisor panics, and -1 is special-cased so MinInt / -1 does not trap.
#[test]
fn signed_division_checks() {
    let mut p = Prog::new();
    let i = p.int();
    let mut f = Fn::new("main.div", vec![i]);
    let a = f.param("a", i);
    let b = f.param("b", i);
    f.push(ret(vec![bin(BinOp::Div, f.load(a), f.load(b), i)]));
    p.add(f);
    p.add(Fn::new("main.main", vec![]));
    insta::assert_snapshot!(disasm(&p.build(), "main.div"));
}
