//! gocrane's shared vocabulary: what every phase speaks, from the checker to the object file
//! (gc's `types` and `base` packages). Nothing here parses or checks; the frontend builds
//! these values, the middle and the backend read them, and the backend needs nothing else
//! from the frontend.
//!
//! * [`types`]: Go types, interned, with sizes and layouts;
//! * [`constant`]: exact constant values and their arithmetic;
//! * [`ops`]: Go's binary operators;
//! * [`source`]: files, spans and positions;
//! * [`diag`]: diagnostics in gc's `file.go:line:col: message` form;
//! * [`symbols`]: the link names of a package's symbols and gc's method order;
//! * [`typestr`]: gc's LinkString and NameString of a type.

pub mod constant;
pub mod diag;
pub mod ops;
pub mod source;
pub mod symbols;
pub mod types;
pub mod typestr;
