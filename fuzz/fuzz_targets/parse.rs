#![no_main]
//! Lexes and parses one file. Any input must give a file or gc-style diagnostics; a panic,
//! a stack overflow or a hang is a bug.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let bytes = bytes.to_vec();
    // The parser recurses with the input's nesting, so it runs on the compiler's stack.
    let _ = gocrane::driver::on_compiler_stack(move || {
        let mut map = frontend::source::SourceMap::default();
        map.add("fuzz.go", frontend::lexer::source_text(&bytes));
        let mut ids = frontend::ast::NodeIdGen::default();
        let parsed =
            frontend::parse::parse_file_lenient(&map, frontend::source::FileId(0), &mut ids);
        // Rendering positions exercises the source map on whatever the lexer recovered.
        let _ = frontend::diag::render(&map, &parsed.diagnostics);
        Ok(())
    });
});
