//! The middle end's passes, named once, in order. The driver uses these names for
//! `--dump-after=PASS` (the textual IR after that pass) and for timings.
//!
//! | pass    | what it does                                                   | gc analogue            |
//! |---------|----------------------------------------------------------------|------------------------|
//! | `lower` | checked AST → IR: evaluation order, implicit operations explicit | noder, order, walk     |
//! | `devirtualize` | interface calls on a value of one known concrete type → direct calls | devirtualize |
//! | `escape`| which allocations stay in the frame; `-m` remarks                | escape                 |

use frontend::check::Package;
use frontend::diag::Diagnostic;

use crate::ir::Program;

pub struct Pass {
    pub name: &'static str,
    pub about: &'static str,
}

/// Every pass, in the order they run.
pub const PASSES: &[Pass] = &[
    Pass {
        name: "lower",
        about: "checked AST to IR: evaluation order, method calls, variadic and multi-value \
                calls, range loops, composite literals, package initialisation",
    },
    Pass {
        name: "devirtualize",
        about: "static devirtualization: interface method calls whose receiver holds one known \
                concrete type become direct calls (gc's -m 'devirtualizing' remarks)",
    },
    Pass {
        name: "escape",
        about: "escape analysis: heap or stack for variables and allocations, gc's -m remarks",
    },
];

/// Whether `name` names a pass (for validating `--dump-after`).
pub fn is_pass(name: &str) -> bool {
    PASSES.iter().any(|p| p.name == name)
}

/// What the middle end produced.
pub struct Output {
    pub program: Program,
    /// The textual IR after the pass named by `dump_after`, if one was asked for.
    pub dump: Option<String>,
    /// gc's `-m` remarks (`moved to heap: x`, `&T{...} escapes to heap`, …), in gc's order
    /// (not sorted by position); print them as `file:line:col: message`.
    pub remarks: Vec<Diagnostic>,
}

/// Runs all passes.
pub fn run(pkg: Package) -> Result<Program, Vec<Diagnostic>> {
    run_with(pkg, None).map(|o| o.program)
}

/// Runs all passes, keeping the textual IR after the pass named `dump_after`.
pub fn run_with(pkg: Package, dump_after: Option<&str>) -> Result<Output, Vec<Diagnostic>> {
    let mut dump = None;
    let mut after = |name: &str, program: &Program| {
        if dump_after == Some(name) {
            dump = Some(program.to_string());
        }
    };
    let (mut program, mut notes) = crate::lower::lower_parts(pkg.types, &pkg.info, &pkg.files)?;
    after("lower", &program);
    let mut remarks = crate::devirtualize::run(&mut program, &mut notes);
    after("devirtualize", &program);
    remarks.extend(crate::escape::analyze(&mut program, &notes));
    after("escape", &program);
    Ok(Output {
        program,
        dump,
        remarks,
    })
}
