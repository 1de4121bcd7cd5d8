//! gocrane runtime.
