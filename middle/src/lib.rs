//! gocrane's middle end: lowers the checked AST to the typed IR ([`ir`]) and runs the IR passes.

pub mod ir;
