//! Helpers for the backend's tests: a small builder for hand-written IR programs, and a
//! harness that compiles a program, links it with the runtime (`cc -no-pie`, as the driver
//! does) and runs it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use frontend::source::Span;
use frontend::types::{BasicKind, StructField, Type, TypeId, Types};
use middle::ir::*;

pub use frontend::types::BasicKind as K;

pub fn sp() -> Span {
    Span::default()
}

/// A program under construction.
pub struct Prog {
    pub types: Types,
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    pub externs: Vec<Extern>,
}

impl Prog {
    pub fn new() -> Prog {
        Prog {
            types: Types::new(),
            funcs: Vec::new(),
            globals: Vec::new(),
            externs: Vec::new(),
        }
    }

    pub fn t(&self, k: BasicKind) -> TypeId {
        self.types.basic(k)
    }

    pub fn int(&self) -> TypeId {
        self.t(K::Int)
    }

    pub fn string(&self) -> TypeId {
        self.t(K::String)
    }

    pub fn bool(&self) -> TypeId {
        self.t(K::Bool)
    }

    pub fn ptr(&mut self, t: TypeId) -> TypeId {
        self.types.pointer(t)
    }

    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.types.slice(t)
    }

    pub fn array(&mut self, n: u64, t: TypeId) -> TypeId {
        self.types.array(n, t)
    }

    pub fn strukt(&mut self, fields: &[(&str, TypeId)]) -> TypeId {
        self.types.intern(Type::Struct(
            fields
                .iter()
                .map(|&(name, ty)| StructField {
                    name: name.into(),
                    ty,
                    embedded: false,
                    tag: None,
                    pkg: None,
                })
                .collect(),
        ))
    }

    /// A defined type `main.name` with the given underlying type.
    pub fn named(&mut self, name: &str, underlying: TypeId) -> TypeId {
        let t = self.types.new_named(frontend::types::Named {
            name: name.into(),
            pkg: "main".into(),
            underlying,
            methods: Vec::new(),
            local_index: 0,
            span: sp(),
        });
        self.types.set_underlying(t, underlying);
        t
    }

    pub fn global(&mut self, name: &str, ty: TypeId) -> GlobalId {
        self.globals.push(Global {
            name: format!("main.{name}"),
            ty,
            span: sp(),
        });
        GlobalId(self.globals.len() as u32 - 1)
    }

    /// Reserves a function id (so functions can call each other before being defined).
    pub fn declare(&mut self, name: &str) -> FuncId {
        self.funcs.push(Func {
            name: name.into(),
            locals: Vec::new(),
            params: Vec::new(),
            results: Vec::new(),
            body: Vec::new(),
            noinline: false,
            span: sp(),
        });
        FuncId(self.funcs.len() as u32 - 1)
    }

    pub fn define(&mut self, id: FuncId, f: Fn) {
        let name = self.funcs[id.index()].name.clone();
        self.funcs[id.index()] = Func { name, ..f.f };
    }

    pub fn add(&mut self, f: Fn) -> FuncId {
        let id = self.declare(&f.f.name.clone());
        self.define(id, f);
        id
    }

    /// Finishes the program; adds an empty `main.init` when there is none.
    pub fn build(mut self) -> Program {
        let find = |p: &Prog, n: &str| p.funcs.iter().position(|f| f.name == n);
        let init = match find(&self, "main.init") {
            Some(i) => i,
            None => {
                self.add(Fn::new("main.init", vec![]));
                self.funcs.len() - 1
            }
        };
        let main = find(&self, "main.main").expect("main.main");
        Program {
            types: self.types,
            funcs: self.funcs,
            globals: self.globals,
            externs: self.externs,
            init: FuncId(init as u32),
            main: FuncId(main as u32),
        }
    }
}

/// A function under construction.
pub struct Fn {
    pub f: Func,
}

impl Fn {
    pub fn new(name: &str, results: Vec<TypeId>) -> Fn {
        Fn {
            f: Func {
                name: name.into(),
                locals: Vec::new(),
                params: Vec::new(),
                results,
                body: Vec::new(),
                noinline: false,
                span: sp(),
            },
        }
    }

    fn push_local(&mut self, name: &str, ty: TypeId, kind: LocalKind) -> LocalId {
        self.f.locals.push(Local {
            name: name.into(),
            ty,
            kind,
            span: sp(),
            addr_taken: false,
            heap: false,
        });
        LocalId(self.f.locals.len() as u32 - 1)
    }

    pub fn param(&mut self, name: &str, ty: TypeId) -> LocalId {
        let l = self.push_local(name, ty, LocalKind::Param);
        self.f.params.push(l);
        l
    }

    pub fn local(&mut self, name: &str, ty: TypeId) -> LocalId {
        self.push_local(name, ty, LocalKind::User)
    }

    pub fn result(&mut self, name: &str, ty: TypeId) -> LocalId {
        self.push_local(name, ty, LocalKind::Result)
    }

    pub fn addr_taken(&mut self, l: LocalId) {
        self.f.locals[l.index()].addr_taken = true;
    }

    pub fn heap(&mut self, l: LocalId) {
        self.f.locals[l.index()].addr_taken = true;
        self.f.locals[l.index()].heap = true;
    }

    pub fn ty(&self, l: LocalId) -> TypeId {
        self.f.locals[l.index()].ty
    }

    pub fn push(&mut self, s: StmtKind) {
        self.f.body.push(st(s));
    }

    /// `var l T` then `l = e`.
    pub fn decl(&mut self, l: LocalId, e: Option<Expr>) {
        self.push(StmtKind::Decl(l));
        if let Some(e) = e {
            self.push(StmtKind::Assign(Place::Local(l), e));
        }
    }

    pub fn load(&self, l: LocalId) -> Expr {
        load(Place::Local(l), self.ty(l))
    }
}

pub fn st(kind: StmtKind) -> Stmt {
    Stmt::new(kind, sp())
}

pub fn ex(kind: ExprKind, ty: TypeId) -> Expr {
    Expr::new(kind, ty, sp())
}

pub fn int(ty: TypeId, v: i64) -> Expr {
    ex(ExprKind::Const(Const::Int(v)), ty)
}

pub fn float(ty: TypeId, v: f64) -> Expr {
    ex(ExprKind::Const(Const::Float(v)), ty)
}

pub fn str_(ty: TypeId, s: &str) -> Expr {
    ex(ExprKind::Const(Const::String(s.as_bytes().to_vec())), ty)
}

pub fn boolean(ty: TypeId, b: bool) -> Expr {
    ex(ExprKind::Const(Const::Bool(b)), ty)
}

pub fn load(p: Place, ty: TypeId) -> Expr {
    ex(ExprKind::Load(p), ty)
}

pub fn bin(op: BinOp, a: Expr, b: Expr, ty: TypeId) -> Expr {
    ex(ExprKind::Binary(op, Box::new(a), Box::new(b)), ty)
}

pub fn conv(x: Expr, ty: TypeId) -> Expr {
    ex(ExprKind::Convert(Box::new(x)), ty)
}

pub fn call(f: FuncId, args: Vec<Expr>, ty: TypeId) -> Expr {
    ex(ExprKind::Call(f, args), ty)
}

pub fn print(args: Vec<Expr>) -> StmtKind {
    StmtKind::Print {
        args,
        newline: true,
    }
}

pub fn ret(v: Vec<Expr>) -> StmtKind {
    StmtKind::Return(v)
}

pub fn assign(p: Place, e: Expr) -> StmtKind {
    StmtKind::Assign(p, e)
}

pub fn if_(cond: Expr, then: Vec<StmtKind>, els: Vec<StmtKind>) -> StmtKind {
    StmtKind::If {
        cond,
        then: then.into_iter().map(st).collect(),
        els: els.into_iter().map(st).collect(),
    }
}

/// What running a program did.
#[derive(Debug)]
pub struct Outcome {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Arch {
    X86_64,
    Aarch64,
}

impl Arch {
    fn triple(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64-unknown-linux-gnu",
            Arch::Aarch64 => "aarch64-unknown-linux-gnu",
        }
    }

    fn cc(self) -> &'static str {
        match self {
            Arch::X86_64 => "cc",
            Arch::Aarch64 => "aarch64-linux-gnu-gcc",
        }
    }
}

fn on_path(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The runtime archive for `arch`: the workspace build's (`target/<profile>/…`) when present,
/// else built once into a directory of its own. None when it cannot be built (no Rust std for
/// the target).
fn runtime_lib(arch: Arch) -> Option<PathBuf> {
    static LIBS: [OnceLock<Option<PathBuf>>; 2] = [OnceLock::new(), OnceLock::new()];
    LIBS[arch as usize]
        .get_or_init(|| {
            if arch == Arch::X86_64 {
                if let Ok(p) = std::env::var("GOCRANE_RUNTIME_LIB") {
                    return Some(PathBuf::from(p));
                }
                let exe = std::env::current_exe().expect("test executable");
                let profile_dir = exe
                    .parent()
                    .and_then(Path::parent)
                    .expect("target/<profile>");
                let lib = profile_dir.join("libgocrane_runtime.a");
                if lib.exists() {
                    return Some(lib);
                }
            }
            let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("runtime-target");
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let status = Command::new(cargo)
                .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
                .args([
                    "build",
                    "-q",
                    "-p",
                    "gocrane-runtime",
                    "--lib",
                    "--target",
                    arch.triple(),
                ])
                .arg("--target-dir")
                .arg(&target)
                .env_remove("CARGO_TARGET_DIR")
                .status()
                .ok()?;
            status.success().then(|| {
                target
                    .join(arch.triple())
                    .join("debug")
                    .join("libgocrane_runtime.a")
            })
        })
        .clone()
}

/// Whether programs for `arch` can be linked and run here (aarch64: cross gcc and qemu).
pub fn can_run(arch: Arch) -> bool {
    match arch {
        Arch::X86_64 => true,
        Arch::Aarch64 => {
            static OK: OnceLock<bool> = OnceLock::new();
            *OK.get_or_init(|| {
                on_path("aarch64-linux-gnu-gcc")
                    && on_path("qemu-aarch64")
                    && runtime_lib(Arch::Aarch64).is_some()
            })
        }
    }
}

/// Compiles, links and runs `prog` for `arch` (see [`can_run`]).
pub fn run_on(prog: &Program, arch: Arch) -> Outcome {
    let triple: target_lexicon::Triple = arch.triple().parse().expect("triple");
    let compiled = backend::compile(prog, &triple, &backend::Options::default())
        .unwrap_or_else(|e| panic!("compile: {e}"));
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("backend-run-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let obj = dir.join("main.o");
    let exe = dir.join("prog");
    std::fs::write(&obj, &compiled.object).unwrap();
    let lib = runtime_lib(arch).expect("runtime archive");
    let link = Command::new(arch.cc())
        .arg("-no-pie")
        .arg("-o")
        .arg(&exe)
        .arg(&obj)
        .arg(lib)
        .args([
            "-lgcc_s",
            "-lutil",
            "-lrt",
            "-lpthread",
            "-lm",
            "-ldl",
            "-lc",
        ])
        .output()
        .expect("cc");
    assert!(
        link.status.success(),
        "link failed: {}",
        String::from_utf8_lossy(&link.stderr)
    );
    let out = match arch {
        Arch::X86_64 => Command::new(&exe).output(),
        Arch::Aarch64 => Command::new("qemu-aarch64")
            .args(["-L", "/usr/aarch64-linux-gnu"])
            .arg(&exe)
            .output(),
    }
    .expect("run program");
    let _ = std::fs::remove_dir_all(&dir);
    Outcome {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Hex numbers (addresses, pcs) differ between runs and targets.
fn mask_hex(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = &rest[i + 2..];
        let hex = rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if hex > 0 {
            out.push('?');
        }
        rest = &rest[hex..];
    }
    out.push_str(rest);
    out
}

/// Runs `prog` on x86-64 and returns what it did; when arm64 programs can run here too, the
/// arm64 build must behave the same (up to addresses).
pub fn run(prog: &Program) -> Outcome {
    let out = run_on(prog, Arch::X86_64);
    if can_run(Arch::Aarch64) {
        let arm = run_on(prog, Arch::Aarch64);
        assert_eq!(
            (arm.status, mask_hex(&arm.stderr), &arm.stdout),
            (out.status, mask_hex(&out.stderr), &out.stdout),
            "arm64 and x86-64 disagree"
        );
    }
    out
}

/// A program whose `main.main` is `body` (built with `f`), with no other functions.
pub fn main_only(p: Prog, f: Fn) -> Program {
    let mut p = p;
    p.add(f);
    p.build()
}

pub fn len_(x: Expr, int_t: TypeId) -> Expr {
    ex(ExprKind::Len(Box::new(x)), int_t)
}

pub fn cap_(x: Expr, int_t: TypeId) -> Expr {
    ex(ExprKind::Cap(Box::new(x)), int_t)
}

pub fn index_of(x: Expr, i: Expr, ty: TypeId) -> Expr {
    ex(ExprKind::IndexOf(Box::new(x), Box::new(i)), ty)
}

pub fn slice_(x: Expr, lo: Option<Expr>, hi: Option<Expr>, max: Option<Expr>, ty: TypeId) -> Expr {
    ex(
        ExprKind::Slice {
            x: Box::new(x),
            lo: lo.map(Box::new),
            hi: hi.map(Box::new),
            max: max.map(Box::new),
        },
        ty,
    )
}

pub fn elem(s: Expr, i: Expr) -> Place {
    Place::SliceElem(Box::new(s), Box::new(i))
}

/// `for cond { body; post }` with a fresh label.
pub fn loop_(label: u32, cond: Option<Expr>, body: Vec<StmtKind>, post: Vec<StmtKind>) -> StmtKind {
    StmtKind::Loop {
        label: LabelId(label),
        cond,
        body: body.into_iter().map(st).collect(),
        post: post.into_iter().map(st).collect(),
    }
}

pub fn inc(l: LocalId, t: TypeId) -> StmtKind {
    assign(
        Place::Local(l),
        bin(BinOp::Add, load(Place::Local(l), t), int(t, 1), t),
    )
}

pub fn field(p: Place, i: usize) -> Place {
    Place::Field(Box::new(p), i)
}

pub fn deref(e: Expr) -> Place {
    Place::Deref(Box::new(e))
}

pub fn addr(p: Place, ptr_t: TypeId) -> Expr {
    ex(ExprKind::Addr(p), ptr_t)
}

pub fn composite(elems: Vec<(usize, Expr)>, ty: TypeId) -> Expr {
    ex(ExprKind::Composite(elems), ty)
}

pub fn not(x: Expr) -> Expr {
    let t = x.ty;
    ex(ExprKind::Unary(UnOp::Not, Box::new(x)), t)
}
