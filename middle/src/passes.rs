//! The middle end's passes, named once, in order: [`Pass`]. The driver uses these names for
//! `--dump-after=PASS` (the syntax tree after `deadcode`, the textual IR after the others)
//! and for `-d timing`.
//!
//! | pass           | what it does                                                | gc analogue          |
//! |----------------|-------------------------------------------------------------|----------------------|
//! | `deadcode`     | checked AST → AST: drops what gc's front end never compiles | noder (IR writer)    |
//! | `lower`        | checked AST → IR: evaluation order, implicit operations explicit | noder, order, walk |
//! | `devirtualize` | interface calls on a value of one known concrete type → direct calls | devirtualize |
//! | `escape`       | which allocations stay in the frame; `-m` remarks           | escape               |
//! | `walk`         | escape analysis's decisions made explicit in the IR         | walk                 |

use std::time::{Duration, Instant};

use base::diag::Diagnostic;
use base::source::SourceMap;
use base::types::Types;
use frontend::ast;
use frontend::check::{Info, Package};

use crate::ir::Program;
use crate::lower::Notes;

/// A middle-end pass. [`Pass::ALL`] is the pipeline: [`run_with`] runs exactly these, in
/// this order, and `--dump-after` and `-d timing` know passes by these names only.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Pass {
    Deadcode,
    Lower,
    Devirtualize,
    Escape,
    Walk,
}

impl Pass {
    /// Every pass, in the order they run.
    pub const ALL: &'static [Pass] = &[
        Pass::Deadcode,
        Pass::Lower,
        Pass::Devirtualize,
        Pass::Escape,
        Pass::Walk,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Pass::Deadcode => "deadcode",
            Pass::Lower => "lower",
            Pass::Devirtualize => "devirtualize",
            Pass::Escape => "escape",
            Pass::Walk => "walk",
        }
    }

    /// One line on what the pass does.
    pub fn about(self) -> &'static str {
        match self {
            Pass::Deadcode => {
                "the code gc's noder never compiles: branches under constant conditions, \
                 constant switches' other clauses, statements after return/panic \
                 (--dump-after prints the remaining syntax tree)"
            }
            Pass::Lower => {
                "checked AST to IR: evaluation order, method calls, variadic and multi-value \
                 calls, range loops, composite literals, package initialisation"
            }
            Pass::Devirtualize => {
                "static devirtualization: interface method calls whose receiver holds one \
                 known concrete type become direct calls (gc's -m 'devirtualizing' remarks)"
            }
            Pass::Escape => {
                "escape analysis: heap or stack for variables and allocations, gc's -m remarks"
            }
            Pass::Walk => {
                "escape analysis's decisions made explicit (heap variables, stack temporaries \
                 and buffers for allocations that stay in the frame, zero-copy conversions); \
                 print and println as runtime calls"
            }
        }
    }

    pub fn by_name(name: &str) -> Option<Pass> {
        Pass::ALL.iter().copied().find(|p| p.name() == name)
    }

    /// Runs the pass on the pipeline's state.
    fn run(self, s: &mut State<'_>) -> Result<(), Vec<Diagnostic>> {
        match self {
            Pass::Deadcode => crate::deadcode::prune(&mut s.files, &s.info),
            Pass::Lower => {
                let types = s.types.take().expect("lowering runs once");
                let (program, notes) = crate::lower::lower_parts(
                    s.pkg,
                    types,
                    &s.info,
                    &s.files,
                    s.runtime.as_ref(),
                    s.archive,
                    s.flows.is_some(),
                )?;
                s.program = Some(program);
                s.notes = notes;
            }
            Pass::Devirtualize => {
                let program = s.program.as_mut().expect("lowered");
                s.remarks = crate::devirtualize::run(program, &mut s.notes);
            }
            Pass::Escape => {
                let program = s.program.as_mut().expect("lowered");
                if let Some(tags) = s.archive.map(|a| &a.tags) {
                    program.escape_tags = program
                        .funcs
                        .iter()
                        .map(|f| match f.archived {
                            true => tags.get(&f.sym.link_name(&program.types)).cloned(),
                            false => None,
                        })
                        .collect();
                }
                let (decisions, remarks) =
                    crate::escape::analyze_explaining(program, &s.notes, s.flows);
                s.decisions = Some(decisions);
                s.remarks.extend(remarks);
            }
            Pass::Walk => {
                let program = s.program.as_mut().expect("lowered");
                let decisions = s.decisions.take().expect("escape analysis ran");
                if s.report_sites {
                    s.sites = site_reports(program, &decisions);
                }
                crate::walk::run(program, &decisions);
            }
        }
        Ok(())
    }

    /// The text `--dump-after` prints after the pass: the syntax tree before lowering, the
    /// IR from then on.
    fn dump(self, s: &State<'_>, map: &SourceMap) -> String {
        match &s.program {
            Some(program) => program.to_string(),
            None => s
                .files
                .iter()
                .map(|f| frontend::ast_print::print_file(map, f))
                .collect(),
        }
    }
}

/// What flows through the pipeline: the checked package, then the IR.
struct State<'a> {
    /// The package compiled.
    pkg: base::types::PkgId,
    /// Until lowering moves them into the program.
    types: Option<Types>,
    info: Info,
    files: Vec<ast::File>,
    runtime: Option<ast::File>,
    program: Option<Program>,
    notes: Notes,
    /// Escape analysis's decisions, until the walk pass applies them.
    decisions: Option<crate::escape::Decisions>,
    remarks: Vec<Diagnostic>,
    /// What the program's library archive says of its code.
    archive: Option<&'a Archived>,
    /// Keep what escape analysis decided at each allocation site ([`run_reporting_sites`]).
    report_sites: bool,
    sites: Vec<SiteReport>,
    /// `-m=2`: escape analysis explains its decisions, naming positions of this map.
    flows: Option<&'a SourceMap>,
}

/// What escape analysis decided for one allocation site (gocrane explain).
#[derive(Clone, Debug)]
pub struct SiteReport {
    pub kind: crate::ir::SiteKind,
    /// The allocating expression and its type.
    pub span: base::source::Span,
    pub ty: base::types::TypeId,
    /// The function it is in.
    pub func: crate::ir::FuncId,
    /// On the heap (None: no decision, as for a site in code escape analysis did not see).
    pub heap: Option<bool>,
}

/// Every allocation site of `program` with its decision, in function order.
fn site_reports(program: &Program, decisions: &crate::escape::Decisions) -> Vec<SiteReport> {
    let mut out = Vec::new();
    for (i, f) in program.funcs.iter().enumerate() {
        let decided = decisions.funcs.get(i);
        crate::ir::walk_exprs(&f.body, &mut |e| {
            if let Some(id) = e.site {
                out.push(SiteReport {
                    kind: program.sites[id.index()],
                    span: e.span,
                    ty: e.ty,
                    func: crate::ir::FuncId(i as u32),
                    heap: decided.and_then(|d| d.sites.get(&id)).map(|d| d.escapes),
                });
            }
        });
    }
    out
}

/// What the middle end is told of the library archive a program is linked with, whose
/// functions the program only declares ([`crate::ir::Func::archived`]).
#[derive(Default)]
pub struct Archived {
    /// The parameter tags of its functions, by link name.
    pub tags: std::collections::HashMap<String, Vec<crate::ir::EscapeTag>>,
    /// Its code calls `recover`.
    pub recovers: bool,
    /// What of the program's code its code calls, by link name: the runtime stub's Go
    /// functions, compiled with the program when it reaches them.
    pub calls: Vec<String>,
}

/// What the middle end produced.
pub struct Output {
    pub program: Program,
    /// The text after the pass asked for with `dump_after`, if any.
    pub dump: Option<String>,
    /// gc's `-m` remarks (`moved to heap: x`, `&T{...} escapes to heap`, …), in gc's order
    /// (not sorted by position); print them as `file:line:col: message`.
    pub remarks: Vec<Diagnostic>,
    /// How long each pass took, in pipeline order.
    pub timings: Vec<(Pass, Duration)>,
    /// With [`run_reporting_sites`]: every allocation site and its decision.
    pub sites: Vec<SiteReport>,
}

/// Runs all passes, keeping escape analysis's decision at every allocation site
/// ([`Output::sites`]), and its `-m=2` explanations among the remarks.
pub fn run_reporting_sites(pkg: Package, map: &SourceMap) -> Result<Output, Vec<Diagnostic>> {
    run_configured(pkg, map, None, None, true, true)
}

/// Runs all passes.
pub fn run(pkg: Package, map: &SourceMap) -> Result<Program, Vec<Diagnostic>> {
    run_with(pkg, map, None, None).map(|o| o.program)
}

/// Runs all passes, keeping the text after `dump_after`. With `archive`, the library's
/// packages were read for their declarations only: see [`Archived`].
pub fn run_with(
    pkg: Package,
    map: &SourceMap,
    dump_after: Option<Pass>,
    archive: Option<&Archived>,
) -> Result<Output, Vec<Diagnostic>> {
    run_configured(pkg, map, dump_after, archive, false, false)
}

/// [`run_with`], with gc's `-m=2` explanations among the remarks: for each value escape
/// analysis sends to the heap and each parameter it finds leaking, the path of flows that
/// decided it.
pub fn run_explaining(
    pkg: Package,
    map: &SourceMap,
    dump_after: Option<Pass>,
    archive: Option<&Archived>,
) -> Result<Output, Vec<Diagnostic>> {
    run_configured(pkg, map, dump_after, archive, false, true)
}

fn run_configured(
    pkg: Package,
    map: &SourceMap,
    dump_after: Option<Pass>,
    archive: Option<&Archived>,
    report_sites: bool,
    flows: bool,
) -> Result<Output, Vec<Diagnostic>> {
    let mut s = State {
        pkg: pkg.pkg,
        types: Some(pkg.types),
        info: pkg.info,
        files: pkg.files,
        runtime: pkg.runtime,
        program: None,
        notes: Notes::default(),
        decisions: None,
        remarks: Vec::new(),
        archive,
        report_sites,
        sites: Vec::new(),
        flows: flows.then_some(map),
    };
    let mut dump = None;
    let mut timings = Vec::new();
    for &pass in Pass::ALL {
        let start = Instant::now();
        pass.run(&mut s)?;
        timings.push((pass, start.elapsed()));
        if dump_after == Some(pass) {
            dump = Some(pass.dump(&s, map));
        }
    }
    // gc's -m speaks of the package compiled, not of the runtime's Go code compiled with it.
    let runtime_file = s.runtime.as_ref().map(|f| f.package.span.file);
    let mut remarks = s.remarks;
    remarks.retain(|d| Some(d.span.file) != runtime_file);
    Ok(Output {
        program: s.program.expect("lowered"),
        dump,
        remarks,
        timings,
        sites: s.sites,
    })
}
