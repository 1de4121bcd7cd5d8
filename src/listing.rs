//! `gocrane build -S`: the listing of a compiled package in the shape of `go tool compile -S`
//! — every function (header, instructions with source positions, hex dump, relocations), then
//! every data symbol the object defines (gc's `-S` data format). The pieces come from the
//! backend (`backend::listing` decodes and formats machine code, `backend::reflectdata` prints
//! data symbols); this module only chooses what to list and in which order.
//!
//! Order: functions in the order they were compiled (the program's order: declarations, then
//! `main.init`), data symbols in the order the object defines them. Both orders are fixed by
//! the program alone, so a listing is the same from run to run.

use backend::listing::{self, Arch, FuncCode, Syntax};
use regex::Regex;

use crate::driver::Output;
use crate::target;

/// What to list.
pub struct Request<'a> {
    pub arch: target::Arch,
    pub syntax: Syntax,
    /// Only functions whose link name matches (anywhere in the name, as `grep`); data symbols
    /// are listed only when no filter is given.
    pub func: Option<&'a Regex>,
}

/// The whole listing as text.
pub fn render(out: &Output, request: &Request) -> String {
    let mut text = String::new();
    text.push_str(&render_functions(out, request));
    if request.func.is_none() {
        text.push_str(&render_data(out));
    }
    text
}

/// The functions' listings alone.
pub fn render_functions(out: &Output, request: &Request) -> String {
    let arch = match request.arch {
        target::Arch::X86_64 => Arch::X86_64,
        target::Arch::Aarch64 => Arch::Aarch64,
    };
    let mut text = String::new();
    for f in &out.functions {
        if request.func.is_some_and(|re| !re.is_match(&f.code.name)) {
            continue;
        }
        let code = FuncCode {
            name: &f.code.name,
            code: &f.code.code,
            relocs: &f.code.relocs,
            lines: &f.lines,
            args: f.code.args,
            locals: f.code.locals,
        };
        text.push_str(&listing::list_function(arch, request.syntax, &code));
    }
    text
}

/// The data symbols alone, in gc's `-S` format.
pub fn render_data(out: &Output) -> String {
    backend::reflectdata::listing(&out.data)
}
