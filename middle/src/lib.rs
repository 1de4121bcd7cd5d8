//! gocrane's middle end: lowers the checked AST to the typed IR ([`ir`]) and runs the IR passes.
//!
//! [`passes`] names the passes in order and runs them; [`print`] renders the IR as text
//! (`--dump-after=PASS`, snapshot tests).

pub mod escape;
pub mod ir;
pub mod lower;
pub mod passes;
pub mod print;
