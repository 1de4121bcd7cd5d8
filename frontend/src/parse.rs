//! The parser boundary: `parse_file(src) -> Result<File, Vec<Diagnostic>>`.
