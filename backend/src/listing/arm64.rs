use super::{FuncCode, Insn, Syntax};

pub(super) fn instructions(_syntax: Syntax, _func: &FuncCode) -> Vec<Insn> {
    Vec::new()
}
