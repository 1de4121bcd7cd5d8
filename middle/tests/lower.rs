//! Snapshot tests of the lowering: each `tests/lower/*.go` is parsed, checked and lowered, and
//! the snapshot shows the source and the textual IR (or the diagnostics).

use base::diag::render;
use base::source::SourceMap;
use frontend::ast::NodeIdGen;

fn lower_file(name: &str, src: &str) -> String {
    let mut map = SourceMap::default();
    let id = map.add(name, src);
    let mut ids = NodeIdGen::new();
    let file = match frontend::parse::parse_file(&map, id, &mut ids) {
        Ok(f) => f,
        Err(d) => return format!("parse errors:\n{}", render(&map, &d)),
    };
    let pkg = match frontend::check::check(&mut map, &[file], &mut ids) {
        Ok(p) => p,
        Err(d) => return format!("check errors:\n{}", render(&map, &d)),
    };
    match middle::passes::run_with(pkg, &map, Some(middle::passes::Pass::Lower), None) {
        Ok(out) => out.dump.unwrap_or_default(),
        Err(d) => format!("lowering errors:\n{}", render(&map, &d)),
    }
}

#[test]
fn lower() {
    insta::glob!("lower/*.go", |path| {
        let src = std::fs::read_to_string(path).expect("test source");
        let name = path.file_name().expect("file name").to_string_lossy();
        let out = lower_file(&name, &src);
        insta::assert_snapshot!(format!("----- SOURCE\n{src}\n----- LOWERED\n{out}"));
    });
}
