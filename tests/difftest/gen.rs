//! A generator of random, well-typed, terminating Go programs inside gocrane's subset, for
//! differential testing against gc (`tests/difftest.rs`).
//!
//! A program is a fixed prelude (an interface `Shape`, a named integer, a small struct and a
//! struct behind a pointer receiver, each implementing it; a `sink` of type `any`; a Mallocs
//! counter) and random functions `fN(a, b int, s Shape) int` whose bodies mix what gocrane's
//! users study: conversions of every kind of value to interfaces (stored in `sink`, kept in
//! locals, passed as arguments), assertions in both forms, type switches, calls through
//! interfaces, pointers returned to callers, slices of interfaces, string building, integer
//! arithmetic that cannot fault, closures (capturing by value and by reference, escaping,
//! called where they stand) and method values. `main` calls each function with random
//! arguments and prints its result and the Mallocs it cost, so allocation counts are compared
//! too.
//!
//! Everything is deterministic in the seed (splitmix64), so a seed names a program.

use std::fmt::Write as _;

/// splitmix64: small, fast, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const PRELUDE: &str = r#"package main

import "runtime"

type Shape interface {
	Area() int
	Name() string
}

type Num int

type Pt struct{ x, y int }

type Box struct {
	w, h int
	tag  string
}

type Pair struct {
	s Shape
	n int
}

func (n Num) Area() int     { return int(n) * 2 }
func (n Num) Name() string  { return "num" }
func (p Pt) Area() int      { return p.x * p.y }
func (p Pt) Name() string   { return "pt" }
func (b *Box) Area() int    { return b.w * b.h }
func (b *Box) Name() string { return b.tag }

var sink any

var global int

var stats runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&stats)
	return stats.Mallocs
}

var kept []func() int

//go:noinline
func keepf(f func() int) int {
	kept = append(kept, f)
	return f()
}

//go:noinline
func mkPt(x int) *Pt {
	p := Pt{x, x + 1}
	return &p
}

//go:noinline
func area(s Shape) int { return s.Area() }

//go:noinline
func keep(v any) { sink = v }

// An iterator over 0..n-1 (range over func), not inlined (gocrane does not inline).
//go:noinline
func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}
"#;

/// The variables in scope while generating a body, by type.
#[derive(Clone, Default)]
struct Scope {
    ints: Vec<String>,
    strs: Vec<String>,
    anys: Vec<String>,
    shapes: Vec<String>,
    pts: Vec<String>,
    slices: Vec<String>,
}

struct Gen<'r> {
    rng: &'r mut Rng,
    out: String,
    next_var: usize,
    depth: usize,
}

impl Gen<'_> {
    fn fresh(&mut self, prefix: &str) -> String {
        self.next_var += 1;
        format!("{prefix}{}", self.next_var)
    }

    fn line(&mut self, text: &str) {
        for _ in 0..self.depth {
            self.out.push('\t');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn small_int(&mut self) -> i64 {
        match self.rng.below(4) {
            0 => self.rng.below(3) as i64,
            1 => self.rng.below(256) as i64,
            2 => 200 + self.rng.below(2000) as i64,
            _ => -(self.rng.below(300) as i64),
        }
    }

    /// An int expression that cannot fault; its leftmost operand is a variable, so it is
    /// never a constant (no constant overflow, only Go's wrapping arithmetic at run time).
    fn int_expr(&mut self, sc: &Scope, depth: usize) -> String {
        if depth == 0 || self.rng.chance(30) {
            return match self.rng.below(4) {
                0 if !sc.strs.is_empty() => format!("len({})", self.rng.pick(&sc.strs)),
                1 if !sc.shapes.is_empty() => format!("{}.Area()", self.rng.pick(&sc.shapes)),
                _ => self.rng.pick(&sc.ints).clone(),
            };
        }
        let x = self.int_expr(sc, depth - 1);
        let y = if self.rng.chance(40) {
            let v = self.small_int();
            if v < 0 {
                format!("({v})")
            } else {
                v.to_string()
            }
        } else {
            self.int_expr(sc, depth - 1)
        };
        match self.rng.below(9) {
            0 => format!("({x} + {y})"),
            1 => format!("({x} - {y})"),
            2 => format!("({x} * {y})"),
            3 => format!("({x} / ({y} | 1))"),
            4 => format!("({x} % ({y} | 1))"),
            5 => format!("({x} & {y})"),
            6 => format!("({x} ^ {y})"),
            7 => format!("({x} << {})", self.rng.below(6)),
            _ => format!("({x} >> {})", self.rng.below(6)),
        }
    }

    fn str_expr(&mut self, sc: &Scope) -> String {
        match self.rng.below(4) {
            0 if !sc.strs.is_empty() => self.rng.pick(&sc.strs).clone(),
            1 if !sc.shapes.is_empty() => format!("{}.Name()", self.rng.pick(&sc.shapes)),
            2 if !sc.strs.is_empty() => {
                let a = self.rng.pick(&sc.strs).clone();
                let b = self.str_lit();
                format!("{a} + {b}")
            }
            _ => self.str_lit(),
        }
    }

    fn str_lit(&mut self) -> String {
        let words = [
            "\"\"",
            "\"a\"",
            "\"box\"",
            "\"hello, world\"",
            "\"é\"",
            "\"x\\n\"",
        ];
        self.rng.pick(&words).to_string()
    }

    /// A value of a random concrete type, and its Go type, for interface conversions.
    fn concrete(&mut self, sc: &Scope) -> (String, &'static str) {
        match self.rng.below(12) {
            0 => (self.int_expr(sc, 1), "int"),
            1 => (format!("Num({})", self.int_expr(sc, 1)), "Num"),
            2 => {
                let (x, y) = (self.int_expr(sc, 1), self.int_expr(sc, 1));
                (format!("Pt{{{x}, {y}}}"), "Pt")
            }
            3 => {
                let (w, t) = (self.int_expr(sc, 1), self.str_expr(sc));
                (format!("&Box{{w: {w}, h: 2, tag: {t}}}"), "*Box")
            }
            4 => (self.str_expr(sc), "string"),
            5 => (format!("uint8({})", self.int_expr(sc, 1)), "uint8"),
            6 => (format!("int16({})", self.int_expr(sc, 1)), "int16"),
            9 => (format!("int32({})", self.int_expr(sc, 1)), "int32"),
            7 => (format!("float64({}) / 4", self.int_expr(sc, 1)), "float64"),
            8 if !sc.pts.is_empty() => (self.rng.pick(&sc.pts).clone(), "*Pt"),
            10 => (self.complex_expr(sc), "complex128"),
            _ => (format!("{} > 3", self.int_expr(sc, 1)), "bool"),
        }
    }

    /// A complex128 value built from int expressions (never constant).
    fn complex_expr(&mut self, sc: &Scope) -> String {
        let (re, im) = (self.int_expr(sc, 1), self.int_expr(sc, 1));
        format!("complex(float64({re})/4, float64({im})/8)")
    }

    fn shape_value(&mut self, sc: &Scope) -> String {
        match self.rng.below(4) {
            0 => format!("Num({})", self.int_expr(sc, 1)),
            1 => {
                let (x, y) = (self.int_expr(sc, 1), self.int_expr(sc, 1));
                format!("Pt{{{x}, {y}}}")
            }
            2 if !sc.shapes.is_empty() => self.rng.pick(&sc.shapes).clone(),
            _ => {
                let t = self.str_expr(sc);
                format!("&Box{{w: {}, h: 3, tag: {t}}}", self.int_expr(sc, 1))
            }
        }
    }

    fn block(&mut self, sc: &mut Scope, acc: &str, n: usize) {
        for _ in 0..n {
            self.stmt(sc, acc);
        }
    }

    fn stmt(&mut self, sc: &mut Scope, acc: &str) {
        let nested = self.depth < 4;
        match self.rng.below(25) {
            0 | 1 => {
                let v = self.fresh("n");
                let e = self.int_expr(sc, 3);
                self.line(&format!("{v} := {e}"));
                self.line(&format!("{acc} += {v}"));
                sc.ints.push(v);
            }
            2 => {
                let e = self.int_expr(sc, 2);
                self.line(&format!("{acc} = {acc}*3 + {e}"));
            }
            3 => {
                let (v, _) = self.concrete(sc);
                self.line(&format!("sink = {v}"));
            }
            4 => {
                let name = self.fresh("e");
                let (v, _) = self.concrete(sc);
                self.line(&format!("var {name} any = {v}"));
                self.line(&format!("_ = {name}"));
                sc.anys.push(name);
            }
            5 => {
                let name = self.fresh("sh");
                let v = self.shape_value(sc);
                self.line(&format!("var {name} Shape = {v}"));
                self.line(&format!("{acc} += {name}.Area()"));
                sc.shapes.push(name);
            }
            6 if !sc.anys.is_empty() => {
                let e = self.rng.pick(&sc.anys).clone();
                self.type_switch(&e, acc);
            }
            7 if !sc.anys.is_empty() => {
                let e = self.rng.pick(&sc.anys).clone();
                let (t, field) = *self.rng.pick(&[
                    ("int", "v"),
                    ("Pt", "v.x"),
                    ("*Box", "v.w"),
                    ("string", "len(v)"),
                    ("Num", "int(v)"),
                    ("Shape", "v.Area()"),
                ]);
                self.line(&format!("if v, ok := {e}.({t}); ok {{"));
                self.line(&format!("\t{acc} += {field}"));
                self.line("} else {");
                self.line(&format!("\t{acc}--"));
                self.line("}");
            }
            8 if nested => {
                let c = self.int_expr(sc, 2);
                let k = self.small_int();
                self.line(&format!("if {c} > {k} {{"));
                self.depth += 1;
                let n = 1 + self.rng.below(3) as usize;
                self.block(&mut sc.clone(), acc, n);
                self.depth -= 1;
                self.line("} else {");
                self.depth += 1;
                let n = self.rng.below(3) as usize;
                self.block(&mut sc.clone(), acc, n);
                self.depth -= 1;
                self.line("}");
            }
            9 if nested => {
                let i = self.fresh("i");
                let k = 1 + self.rng.below(5);
                self.line(&format!("for {i} := 0; {i} < {k}; {i}++ {{"));
                self.depth += 1;
                let mut inner = sc.clone();
                inner.ints.push(i);
                let n = 1 + self.rng.below(3) as usize;
                self.block(&mut inner, acc, n);
                self.depth -= 1;
                self.line("}");
            }
            10 => {
                let p = self.fresh("p");
                let x = self.int_expr(sc, 1);
                self.line(&format!("{p} := mkPt({x})"));
                self.line(&format!("{acc} += {p}.y"));
                sc.pts.push(p);
            }
            11 => {
                let s = self.fresh("xs");
                let n = self.rng.below(4);
                let items: Vec<String> = (0..n).map(|_| self.concrete(sc).0).collect();
                self.line(&format!("{s} := []any{{{}}}", items.join(", ")));
                let (v, _) = self.concrete(sc);
                self.line(&format!("{s} = append({s}, {v})"));
                self.line(&format!("{acc} += len({s})"));
                sc.slices.push(s);
            }
            12 if !sc.slices.is_empty() => {
                let s = self.rng.pick(&sc.slices).clone();
                let x = self.fresh("x");
                self.line(&format!("for _, {x} := range {s} {{"));
                self.depth += 1;
                self.type_switch(&x, acc);
                self.depth -= 1;
                self.line("}");
            }
            13 => {
                let v = self.fresh("str");
                let e = self.str_expr(sc);
                self.line(&format!("{v} := {e}"));
                self.line(&format!("{acc} += len({v})"));
                sc.strs.push(v);
            }
            14 => {
                let v = self.shape_value(sc);
                self.line(&format!("{acc} += area({v})"));
            }
            15 if !sc.anys.is_empty() => {
                let a = self.rng.pick(&sc.anys).clone();
                let (v, _) = self.concrete(sc);
                self.line(&format!("if {a} == any({v}) {{"));
                self.line(&format!("\t{acc} += 7"));
                self.line("}");
            }
            16 => {
                let (v, _) = self.concrete(sc);
                self.line(&format!("keep({v})"));
            }
            // A closure that changes the accumulator (captured by reference) and reads
            // variables in scope (by value when never reassigned), called here.
            17 => {
                let c = self.fresh("c");
                let r = self.fresh("r");
                let e = self.int_expr(sc, 1);
                let k = self.small_int();
                self.line(&format!("{c} := func(k int) int {{"));
                self.line(&format!("	{acc} += k"));
                self.line(&format!("	return {acc} + {e}"));
                self.line("}");
                self.line(&format!("{r} := {c}({k})"));
                self.line(&format!("{acc} += {r} & 15"));
            }
            // A closure kept in a package variable: it escapes, and so does what it captures
            // by reference.
            18 => {
                let e = self.int_expr(sc, 1);
                let r = self.fresh("r");
                let by_ref = if self.rng.chance(50) { acc } else { "0" };
                self.line(&format!(
                    "{r} := keepf(func() int {{ return {by_ref} + {e} }})"
                ));
                self.line(&format!("{acc} += {r} & 15"));
            }
            // A literal called where it stands.
            19 => {
                let e = self.int_expr(sc, 1);
                let k = self.small_int();
                let r = self.fresh("r");
                self.line(&format!(
                    "{r} := func(x int) int {{ return x*2 + {e} }}({k})"
                ));
                self.line(&format!("{acc} += {r}"));
            }
            // Method values: of an interface, or of a value method through a pointer.
            20 => {
                let mv = self.fresh("mv");
                let recv = if !sc.pts.is_empty() && self.rng.chance(50) {
                    self.rng.pick(&sc.pts).clone()
                } else {
                    self.rng.pick(&sc.shapes).clone()
                };
                self.line(&format!("{mv} := {recv}.Area"));
                self.line(&format!("{acc} += {mv}()"));
            }
            // A run-time error recovered by a deferred closure that sets the named result:
            // the index may be out of range.
            21 => {
                let r = self.fresh("r");
                let xs = self.fresh("xs");
                let e = self.int_expr(sc, 1);
                self.line(&format!("{r} := func() (res int) {{"));
                self.line("\tdefer func() {");
                self.line("\t\tif e, ok := recover().(error); ok {");
                self.line("\t\t\tprintln(e.Error())");
                self.line("\t\t\tres = -1");
                self.line("\t\t}");
                self.line("\t}()");
                self.line(&format!("\t{xs} := []int{{4, 5, 6}}"));
                self.line(&format!("\treturn {xs}[({e})&7]"));
                self.line("}()");
                self.line(&format!("{acc} += {r}"));
            }
            // Deferred calls run last-deferred first, with their arguments evaluated at the
            // defer statement, after the function's own code.
            22 => {
                let k = self.small_int();
                let e = self.int_expr(sc, 1);
                self.line("func() {");
                self.line(&format!("\tdefer func(v int) {{ {acc} += v }}({e})"));
                self.line(&format!("\tdefer func() {{ {acc} *= {k} }}()"));
                self.line(&format!("\t{acc} += 3"));
                self.line("}()");
            }
            // Complex arithmetic, division through runtime.complex128div (a zero divisor
            // gives infinities and NaNs, printed as gc prints them).
            23 => {
                let (c, d) = (self.fresh("c"), self.fresh("d"));
                let x = self.complex_expr(sc);
                let y = if self.rng.chance(20) {
                    "complex128(0)".to_string()
                } else {
                    self.complex_expr(sc)
                };
                self.line(&format!("{c} := {x}"));
                self.line(&format!("{d} := {y}"));
                self.line(&format!(
                    "println({c}*{d}, {c}/{d}, {c}-{d}, real({c})*imag({d}), {c} == {d}, complex64({c}))"
                ));
                self.line(&format!("{acc} += int(real({c}) + imag({c}))"));
            }
            // Range over a function: the body is a closure the iterator calls; break,
            // continue and the captured accumulator go through the rewrite's state.
            24 if nested => {
                let i = self.fresh("i");
                let k = 1 + self.rng.below(6);
                let stop = self.rng.below(7);
                self.line(&format!("for {i} := range upTo({k}) {{"));
                self.depth += 1;
                match self.rng.below(3) {
                    0 => self.line(&format!("if {i} == {stop} {{ break }}")),
                    1 => self.line(&format!("if {i} == {stop} {{ continue }}")),
                    _ => {}
                }
                self.line(&format!("{acc} += {i}"));
                let mut inner = sc.clone();
                inner.ints.push(i);
                let n = 1 + self.rng.below(3) as usize;
                self.block(&mut inner, acc, n);
                self.depth -= 1;
                self.line("}");
            }
            _ => {
                let v = self.shape_value(sc);
                let n = self.int_expr(sc, 1);
                let name = self.fresh("pr");
                self.line(&format!("{name} := Pair{{{v}, {n}}}"));
                self.line(&format!("{acc} += {name}.n + {name}.s.Area()"));
            }
        }
    }

    fn type_switch(&mut self, e: &str, acc: &str) {
        self.line(&format!("switch v := {e}.(type) {{"));
        self.line("case nil:");
        self.line(&format!("\t{acc} += 100"));
        self.line("case int:");
        self.line(&format!("\t{acc} += v"));
        self.line("case Pt:");
        self.line(&format!("\t{acc} += v.x - v.y"));
        self.line("case *Box:");
        self.line(&format!("\t{acc} += v.h"));
        self.line("case complex128:");
        self.line(&format!("\t{acc} += int(imag(v))"));
        self.line("case string, bool:");
        self.line(&format!("\tprintln(\"case\", {acc})"));
        self.line("case Shape:");
        self.line(&format!("\t{acc} += v.Area()"));
        self.line("default:");
        self.line(&format!("\t{acc} += 1"));
        self.line("}");
    }
}

/// The program for `seed`.
pub fn program(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let nfuncs = 2 + rng.below(4) as usize;
    let mut out = String::from(PRELUDE);
    let _ = writeln!(out, "\n// seed {seed}");
    for f in 0..nfuncs {
        let mut g = Gen {
            rng: &mut rng,
            out: String::new(),
            next_var: 0,
            depth: 1,
        };
        let mut sc = Scope {
            ints: vec!["a".into(), "b".into(), "global".into()],
            shapes: vec!["s".into()],
            ..Scope::default()
        };
        g.line("acc := a + b");
        let n = 3 + g.rng.below(8) as usize;
        g.block(&mut sc, "acc", n);
        g.line("global += acc & 7");
        g.line("return acc");
        let body = g.out;
        let _ = write!(
            out,
            "\n//go:noinline\nfunc f{f}(a, b int, s Shape) int {{\n{body}}}\n"
        );
    }
    out.push_str("\nfunc main() {\n\tvar m uint64\n\tvar r int\n");
    for f in 0..nfuncs {
        let calls = 1 + rng.below(3);
        for _ in 0..calls {
            let a = rng.below(500) as i64 - 100;
            let b = rng.below(50);
            let s = match rng.below(3) {
                0 => format!("Num({})", rng.below(300)),
                1 => format!("Pt{{{}, {}}}", rng.below(9), rng.below(9)),
                _ => format!("&Box{{w: {}, h: 1, tag: \"b\"}}", rng.below(9)),
            };
            let _ = writeln!(out, "\tm = mallocs()");
            let _ = writeln!(out, "\tr = f{f}({a}, {b}, {s})");
            let _ = writeln!(out, "\tprintln(\"f{f}\", r, mallocs()-m, global)");
        }
    }
    out.push_str("}\n");
    out
}
