//! What `testing/internal/testdeps` leaves to the runtime: matching test names against the
//! `-test.run` and `-test.bench` patterns. gc's test binaries use the regexp package; gocrane's
//! library has none, so the runtime matches with `regex-lite`, whose syntax is RE2's as Go's
//! (without Unicode classes such as `\pL`). Each pattern is compiled once.

use std::cell::RefCell;

use crate::abi::GoString;

thread_local! {
    /// Patterns compiled so far (a program matches names against a handful).
    static COMPILED: RefCell<Vec<(Vec<u8>, Result<regex_lite::Regex, String>)>> =
        const { RefCell::new(Vec::new()) };
}

/// `pat` compiled (or why it does not compile), then `f` of it.
fn with_pattern<R>(pat: &[u8], f: impl FnOnce(&Result<regex_lite::Regex, String>) -> R) -> R {
    COMPILED.with(|c| {
        let mut c = c.borrow_mut();
        if let Some((_, r)) = c.iter().find(|(p, _)| p == pat) {
            return f(r);
        }
        let compiled = match std::str::from_utf8(pat) {
            Ok(text) => regex_lite::Regex::new(text).map_err(|e| e.to_string()),
            Err(_) => Err("invalid UTF-8".to_string()),
        };
        let r = f(&compiled);
        c.push((pat.to_vec(), compiled));
        r
    })
}

/// `testdeps.matchString(pat, str string) int`: 1 when `str` matches `pat` anywhere, 0 when
/// not, -1 when `pat` is no regular expression.
///
/// # Safety
/// Both strings must be readable Go strings.
#[export_name = "testing/internal/testdeps.matchString"]
pub unsafe extern "C" fn match_string(
    pat: *const u8,
    pat_len: isize,
    s: *const u8,
    s_len: isize,
) -> isize {
    let pat = crate::abi::bytes_of(pat, pat_len);
    let s = crate::abi::bytes_of(s, s_len);
    with_pattern(pat, |r| match r {
        Ok(re) => match std::str::from_utf8(s) {
            Ok(text) => isize::from(re.is_match(text)),
            Err(_) => 0,
        },
        Err(_) => -1,
    })
}

/// `testdeps.regexpProblem(pat string) string`: why `pat` is no regular expression, in the
/// form of Go's errors (`error parsing regexp: …`), or "".
///
/// # Safety
/// `out` must be writable and `pat` a readable Go string.
#[export_name = "testing/internal/testdeps.regexpProblem"]
pub unsafe extern "C" fn regexp_problem(out: *mut GoString, pat: *const u8, pat_len: isize) {
    let pat = crate::abi::bytes_of(pat, pat_len);
    let text = with_pattern(pat, |r| match r {
        Ok(_) => String::new(),
        Err(e) => {
            // regex-lite's message is several lines; its first says what is wrong.
            let first = e.lines().find(|l| l.starts_with("error:")).unwrap_or("");
            let what = first.trim_start_matches("error:").trim();
            format!(
                "error parsing regexp: {what}: `{}`",
                String::from_utf8_lossy(pat)
            )
        }
    });
    let bytes = text.as_bytes();
    let p = crate::malloc::alloc_noscan(bytes.len());
    if !bytes.is_empty() {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
    }
    *out = GoString {
        ptr: p,
        len: bytes.len() as isize,
    };
}
