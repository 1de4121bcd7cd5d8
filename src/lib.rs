//! The gocrane driver as a library: the pipeline (`driver`), linking (`link`), targets
//! (`target`), `-S` listings (`listing`), `gocrane nm` (`nm`) and Go's unstable sort, which
//! `nm` needs to order symbols as `go tool nm` does (`gosort`). The `gocrane` binary
//! (main.rs) is a thin command line over it, and the integration tests call it directly.

pub mod driver;
pub mod gosort;
pub mod link;
pub mod listing;
pub mod nm;
pub mod target;
