//! gocrane middle end.
