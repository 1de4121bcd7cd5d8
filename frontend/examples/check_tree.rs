//! Robustness aid: parses and checks every `.go` file below a directory (e.g. Go's own `src`
//! tree from the oracle) and lists the files that make the frontend panic. Errors in the files
//! are expected and ignored; only panics count.
//!
//! `cargo run --release -p frontend --example check_tree -- DIR [--verbose]`

use frontend::check::check;
use frontend::parse::{parse_file, NodeIdGen};
use frontend::source::SourceMap;

fn check_source(src: &str) {
    let mut map = SourceMap::default();
    let id = map.add("x.go", src);
    let mut ids = NodeIdGen::new();
    if let Ok(file) = parse_file(&map, id, &mut ids) {
        let _ = check(&mut map, &[file], &mut ids);
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: check_tree DIR [--verbose]");
        std::process::exit(2);
    };
    let verbose = args.next().as_deref() == Some("--verbose");
    // The panics are what we report; keep the default hook from printing each one.
    std::panic::set_hook(Box::new(|_| {}));
    let mut stack = vec![std::path::PathBuf::from(dir)];
    let mut panics = Vec::new();
    let mut n = 0;
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "go") {
                let Ok(src) = std::fs::read_to_string(&p) else {
                    continue;
                };
                n += 1;
                if verbose {
                    println!("FILE {}", p.display());
                }
                if std::panic::catch_unwind(|| check_source(&src)).is_err() {
                    panics.push(p.display().to_string());
                }
            }
        }
    }
    println!("{n} files, {} panics", panics.len());
    for p in &panics {
        println!("PANIC {p}");
    }
}
