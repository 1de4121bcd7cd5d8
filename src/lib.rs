//! The gocrane driver as a library: finding a program's packages (`load`, with the embedded
//! standard library, `library`), the pipeline (`driver`), linking (`link`), targets
//! (`target`), `-S` listings (`listing`), `gocrane nm` (`nm`), `gocrane compare` with gc
//! (`compare`, gc found or installed by `gc`), `gocrane explain` (`explain`), gc's `-gcflags` (`gcflags`) and Go's unstable sort, which `nm` needs to
//! order symbols as `go tool nm` does (`gosort`). The `gocrane` binary
//! (main.rs) is a thin command line over it, and the integration tests call it directly.

pub mod archive;
pub mod buildcons;
pub mod compare;
pub mod driver;
pub mod explain;
pub mod gc;
pub mod gcflags;
pub mod gosort;
pub mod gotest;
pub mod library;
pub mod link;
pub mod listing;
pub mod load;
pub mod nm;
pub mod target;
