//! `gocrane compare --serve`: the page on a local address, compared again when the program's
//! file changes (the served generation moves on and the page shows the new source), and an
//! error page while the program does not build.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The server, killed when the test ends however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The body of `GET path` from the server at `host` (`127.0.0.1:PORT`).
fn get(host: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(host).expect("connect to the server");
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .expect("a timeout");
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").expect("send a request");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("a response");
    let (head, body) = response.split_once("\r\n\r\n").expect("an HTTP response");
    assert!(
        head.starts_with("HTTP/1.") && head.contains(" 200 "),
        "{head}"
    );
    body.to_string()
}

/// Asks for `/generation` until it is `want` (the server compares again in the meantime).
fn wait_for_generation(host: &str, want: &str) {
    let start = Instant::now();
    loop {
        if get(host, "/generation") == want {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(180),
            "the server never reached generation {want}"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
}

#[test]
fn the_served_page_follows_the_program() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("compare-serve");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let file = dir.join("prog.go");
    let source = "package main\n\nvar sink any\n\nfunc main() {\n\tx := 42\n\tsink = x\n\tprintln(\"one\")\n}\n";
    std::fs::write(&file, source).expect("write");

    let mut child = Command::new(env!("CARGO_BIN_EXE_gocrane"))
        .current_dir(&dir)
        .env("GOCRANE_GO", common::oracle())
        .args(["compare", "--serve", "127.0.0.1:0", "prog.go"])
        .stderr(Stdio::piped())
        .spawn()
        .expect("start gocrane compare --serve");
    let stderr = child.stderr.take().expect("stderr");
    let server = Server(child);
    let mut lines = BufReader::new(stderr).lines();
    let first = lines.next().expect("a line").expect("text");
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {first:?}"));
    let host = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    // The rest of stderr is drained so that the server never blocks on it.
    std::thread::spawn(move || lines.for_each(drop));

    let page = get(&host, "/");
    assert!(
        page.contains("id=\"gocrane\"") && page.contains("id=\"gc\""),
        "{page}"
    );
    assert!(
        page.contains("println(&quot;one&quot;)"),
        "the source is shown"
    );
    assert!(page.contains("42 escapes to heap"), "the remarks are shown");
    assert!(page.contains("/generation"), "the page polls for changes");
    assert_eq!(get(&host, "/generation"), "1");

    // A change: the next generation shows the new source.
    std::thread::sleep(Duration::from_millis(1100));
    std::fs::write(&file, source.replace("\"one\"", "\"two\"")).expect("write");
    wait_for_generation(&host, "2");
    let page = get(&host, "/");
    assert!(page.contains("println(&quot;two&quot;)"), "the new source");

    // A program that does not build gets an error page, until it is fixed.
    std::fs::write(&file, source.replace("x := 42", "x := ")).expect("write");
    wait_for_generation(&host, "3");
    let page = get(&host, "/");
    assert!(page.contains("id=\"error\""), "{page}");
    assert!(
        page.contains("prog.go:7:7: syntax error: unexpected = at end of statement"),
        "{page}"
    );
    std::fs::write(&file, source).expect("write");
    wait_for_generation(&host, "4");
    assert!(get(&host, "/").contains("id=\"gocrane\""), "the page again");
    drop(server);
}
