//! gocrane backend.
