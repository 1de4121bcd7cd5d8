//! gocrane's middle end: lowers the checked AST to the typed IR ([`ir`]) and runs the IR passes.
//!
//! [`passes`] names the passes in order (`deadcode`, `lower`, `devirtualize`, `escape`, `walk`) and runs
//! them; [`deadcode`] drops the code gc's front end never compiles, [`lower`] turns the checked AST into IR, [`devirtualize`] turns interface calls on values of
//! one known concrete type into direct calls, [`escape`] decides what stays in the stack frame and words
//! gc's `-m` remarks ([`remark`] words each kind); [`print`] renders the IR as text (`--dump-after=PASS`, snapshot tests).

pub use typed_ir as ir;
pub use typed_ir::print;

pub mod deadcode;
mod defs;
pub mod devirtualize;
pub mod escape;
pub mod lower;
pub mod passes;
pub mod remark;
pub mod walk;
