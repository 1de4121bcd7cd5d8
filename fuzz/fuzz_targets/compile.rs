#![no_main]
//! Compiles one file as package main for the host, to object bytes. Any input must compile
//! or give gc-style diagnostics; a panic, a stack overflow or a hang is a bug.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let sources = vec![("fuzz.go".to_string(), bytes.to_vec())];
    let _ = gocrane::driver::on_compiler_stack(move || {
        let target = gocrane::target::Target::parse(None)?;
        let options = gocrane::driver::Options::default();
        gocrane::driver::compile_sources(&sources, &target, &options).map(|_| ())
    });
});
