//! `gocrane compare --html`'s page, loaded in headless Chromium (Debian's `chromium`, which
//! scripts/setup.sh installs): three panes, one note per conversion site `explain` finds, a
//! click on a source line highlighting its instructions in both listings, no script or
//! console error, and a screenshot that renders.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs headless Chromium on `page` with `args`; its stdout and stderr.
fn chromium(page: &Path, fragment: &str, args: &[&str]) -> (String, String) {
    let url = format!("file://{}{fragment}", page.display());
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
        ])
        .args(["--enable-logging=stderr", "--v=0"])
        .args(args)
        .arg(url)
        .output()
        .expect("chromium, which scripts/setup.sh installs, runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The number of elements of `html` whose opening tag has `class="…"` with every class of
/// `classes` (the page writes each element on a line of its own).
fn count(html: &str, tag: &str, classes: &[&str]) -> usize {
    html.split(&format!("<{tag} "))
        .skip(1)
        .filter(|rest| {
            let open = &rest[..rest.find('>').unwrap_or(rest.len())];
            let Some(at) = open.find("class=\"") else {
                return false;
            };
            let list = &open[at + 7..];
            let list: Vec<&str> = list[..list.find('"').unwrap_or(0)].split(' ').collect();
            classes.iter().all(|c| list.contains(c))
        })
        .count()
}

#[test]
fn the_page_shows_both_listings_around_the_annotated_source() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("compare-page");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let page = dir.join("mather.html");
    let _ = std::fs::remove_file(&page);
    let root = common::repo_root();
    let out = Command::new(env!("CARGO_BIN_EXE_gocrane"))
        .current_dir(&root)
        .env("GOCRANE_GO", common::oracle())
        .args(["compare", "examples/mather.go", "--html"])
        .arg(&page)
        .output()
        .expect("run gocrane compare");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).expect("the page is written");
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "the page loads nothing from the network"
    );

    // What explain finds is what the page annotates: one note per conversion site.
    let explain = Command::new(env!("CARGO_BIN_EXE_gocrane"))
        .current_dir(&root)
        .args(["explain", "--json", "examples/mather.go"])
        .output()
        .expect("run gocrane explain");
    let sites: serde_json::Value = serde_json::from_slice(&explain.stdout).expect("JSON");
    let conversions = sites
        .as_array()
        .expect("a list")
        .iter()
        .filter(|s| s["to"] != "")
        .count();
    assert!(conversions >= 5, "mather.go converts to Mather: {sites:#}");

    // The page as the browser built it, after its script ran and clicked a source line.
    let (dom, log) = chromium(&page, "#selftest", &["--dump-dom"]);
    assert!(
        !log.contains(":CONSOLE"),
        "the page logs to the console:\n{log}"
    );
    assert_eq!(count(&dom, "section", &["pane"]), 3, "three panes");
    for pane in ["id=\"gc\"", "id=\"source\"", "id=\"gocrane\""] {
        assert!(dom.contains(pane), "{pane}");
    }
    assert_eq!(count(&dom, "div", &["note", "conv"]), conversions);
    assert!(
        count(&dom, "div", &["asm"]) > 100,
        "both listings have instructions"
    );
    let at = dom
        .find("data-selftest=\"")
        .expect("the self-test ran (body[data-selftest])");
    let rest = &dom[at + "data-selftest=\"".len()..];
    let result = rest[..rest.find('"').expect("an attribute")].replace("&quot;", "\"");
    let result: serde_json::Value = serde_json::from_str(&result).expect("JSON");
    assert_eq!(result["errors"], serde_json::json!([]), "{result}");
    assert_eq!(result["source"], 1, "the clicked source line: {result}");
    assert!(
        result["gc"].as_u64().unwrap_or(0) > 0 && result["gocrane"].as_u64().unwrap_or(0) > 0,
        "the clicked line's instructions are highlighted in both listings: {result}"
    );

    // It renders: a screenshot of a page this size is a picture of some weight.
    let shot = dir.join("mather.png");
    let _ = std::fs::remove_file(&shot);
    let screenshot = format!("--screenshot={}", shot.display());
    chromium(&page, "", &[&screenshot, "--window-size=1400,900"]);
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    assert!(png.len() > 50_000, "{} bytes", png.len());
}
