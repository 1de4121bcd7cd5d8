//! The gocrane driver as a library: the pipeline (`driver`), linking (`link`) and targets
//! (`target`). The `gocrane` binary (main.rs) is a thin command line over it, and the
//! integration tests call it directly.

pub mod driver;
pub mod link;
pub mod target;
