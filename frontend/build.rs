//! Generates the parser from `src/grammar.lalrpop` (lalrpop's LR(1) tables).
fn main() {
    lalrpop::process_src().expect("lalrpop could not generate the parser");
}
