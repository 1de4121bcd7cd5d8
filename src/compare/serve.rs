//! `gocrane compare --serve`: the comparison's page (see `html.rs`) on a local address, made
//! again whenever a source file of the program changes. The page asks the server every
//! second which *generation* it is at (`/generation`) and reloads itself when that changes,
//! keeping the selected line (it is in the address). When the program does not build, the
//! page shows the error instead, and recovers with the next change.
//!
//! The program's files are those named on the command line, or the `.go` files of the
//! package's directory and of the directories under it (the module's other packages), looked
//! at twice a second: their names, sizes and modification times.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use regex::Regex;

use crate::load;
use crate::target::Target;

/// What the server shows: the page of the latest comparison and its generation.
struct Shown {
    generation: u64,
    page: String,
    /// The files' state the page was made from.
    stamp: Vec<(PathBuf, u64, Option<SystemTime>)>,
}

/// Serves the comparison of `program` (named `names`) on `addr` until killed.
pub fn serve(
    addr: &str,
    program: &load::Target,
    names: &[PathBuf],
    target: &Target,
    func: Option<&Regex>,
) -> Result<(), String> {
    let server = tiny_http::Server::http(addr)
        .map_err(|e| format!("gocrane compare: cannot serve on {addr}: {e}"))?;
    let at = match server.server_addr().to_ip() {
        Some(ip) => format!("http://{ip}/"),
        None => format!("http://{addr}/"),
    };
    eprintln!(
        "gocrane compare: serving {at} (the page follows changes to the program; Ctrl-C stops)"
    );
    let mut shown = Shown {
        generation: 0,
        page: String::new(),
        stamp: Vec::new(),
    };
    loop {
        let stamp = files_state(program);
        if shown.generation == 0 || stamp != shown.stamp {
            shown.generation += 1;
            shown.stamp = stamp;
            let names_shown: Vec<String> = names.iter().map(|n| n.display().to_string()).collect();
            eprintln!("gocrane compare: comparing {}", names_shown.join(" "));
            shown.page = match super::run(program, names, target, func) {
                Ok(c) => super::html::page(&c, names),
                Err(e) => error_page(&e),
            };
        }
        match server.recv_timeout(Duration::from_millis(500)) {
            Ok(Some(request)) => respond(request, &shown),
            Ok(None) => {}
            Err(e) => return Err(format!("gocrane compare: serving: {e}")),
        }
    }
}

fn respond(request: tiny_http::Request, shown: &Shown) {
    let (status, content_type, body) = match request.url() {
        "/" => (
            200,
            "text/html; charset=utf-8",
            live(&shown.page, shown.generation),
        ),
        "/generation" => (200, "text/plain", shown.generation.to_string()),
        _ => (404, "text/plain", "not found\n".to_string()),
    };
    let header = tiny_http::Header::from_bytes(&b"Content-Type"[..], content_type.as_bytes())
        .expect("a valid header");
    let no_cache = tiny_http::Header::from_bytes(&b"Cache-Control"[..], &b"no-store"[..])
        .expect("a valid header");
    let response = tiny_http::Response::from_string(body)
        .with_status_code(status)
        .with_header(header)
        .with_header(no_cache);
    // A browser that went away is no error of the server's.
    let _ = request.respond(response);
}

/// `page` with the script that reloads it when the server's generation moves past `generation`.
fn live(page: &str, generation: u64) -> String {
    let script = format!(
        "<script>\n\"use strict\";\nsetInterval(() => {{\n  fetch(\"/generation\", {{ cache: \"no-store\" }})\n    .then((r) => r.text())\n    .then((g) => {{ if (Number(g) !== {generation}) location.reload(); }})\n    .catch(() => {{}});\n}}, 1000);\n</script>\n"
    );
    match page.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &page[..at], &page[at..]),
        None => format!("{page}{script}"),
    }
}

/// The page when the program cannot be compared (it does not build, say).
fn error_page(error: &str) -> String {
    let text = error
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>gocrane compare</title></head>\n<body>\n<h1>gocrane compare: the program cannot be compared</h1>\n<pre id=\"error\">{text}</pre>\n<p>The page reloads when the program changes.</p>\n</body>\n</html>\n"
    )
}

/// Each program file's path, size and modification time, in path order.
fn files_state(program: &load::Target) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    let mut files = Vec::new();
    match program {
        load::Target::Files(list) => files.extend(list.iter().cloned()),
        load::Target::Dir(dir) => go_files(dir, &mut files),
        load::Target::Test(t) => go_files(&t.dir, &mut files),
    }
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let meta = std::fs::metadata(&f).ok();
            let size = meta.as_ref().map_or(0, |m| m.len());
            let modified = meta.and_then(|m| m.modified().ok());
            (f, size, modified)
        })
        .collect()
}

/// The `.go` files of `dir` and of its subdirectories (not hidden ones, nor `testdata`).
fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            if !name.starts_with('.') && name != "testdata" {
                go_files(&path, out);
            }
        } else if name.ends_with(".go") {
            out.push(path);
        }
    }
}
