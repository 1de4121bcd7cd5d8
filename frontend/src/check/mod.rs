//! Name resolution and type checking (the analogue of gc's types2).

pub mod info;

pub use info::*;
