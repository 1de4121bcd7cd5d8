//! Snapshot tests of escape analysis: each `tests/escape/*.go` with gc's `-m -l` remarks as
//! gocrane produces them (they must equal `go build -gcflags='-m -l'`, which the `REMARKS`
//! section was checked against) and the IR with escape analysis's decisions applied (after the
//! `walk` pass).

use base::diag::render;
use base::source::SourceMap;
use frontend::ast::NodeIdGen;

fn escape_file(name: &str, src: &str) -> String {
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
    match middle::passes::run_with(pkg, &map, Some(middle::passes::Pass::Walk), None) {
        Ok(out) => {
            let mut s = String::from("----- REMARKS\n");
            for r in &out.remarks {
                s.push_str(&format!("{}: {}\n", map.position(r.span), r.message));
            }
            s.push_str("\n----- ESCAPED\n");
            s.push_str(&out.dump.unwrap_or_default());
            s
        }
        Err(d) => format!("errors:\n{}", render(&map, &d)),
    }
}

#[test]
fn escape() {
    insta::glob!("escape/*.go", |path| {
        let src = std::fs::read_to_string(path).expect("test source");
        let name = path.file_name().expect("file name").to_string_lossy();
        let out = escape_file(&name, &src);
        insta::assert_snapshot!(format!("----- SOURCE\n{src}\n{out}"));
    });
}
