//! End-to-end tests: hand-built IR programs are compiled, linked with the runtime and run; their
//! output and exit status must be what gc 1.27.3 gives for the Go program in each comment.

mod common;

use base::types::TypeId;
use common::*;
use middle::ir::*;

/// ```go
/// func main() { println("hello", 42, true, -7, uint8(200)) }
/// ```
#[test]
fn println_scalars() {
    let p = Prog::new();
    let (s, i, b, u8_) = (p.string(), p.int(), p.bool(), p.t(K::Uint8));
    let mut f = Fn::new("main.main", vec![]);
    f.push(print(vec![
        str_(s, "hello"),
        int(i, 42),
        boolean(b, true),
        int(i, -7),
        int(u8_, 200),
    ]));
    let out = run(&main_only(p, f));
    assert_eq!(out.stderr, "hello 42 true -7 200\n");
    assert_eq!(out.status, 0);
}

/// `func NAME(a, b T) T { return a OP b }` (or with the given result expression).
fn binop_func(p: &mut Prog, name: &str, op: BinOp, at: TypeId, bt: TypeId) -> FuncId {
    let mut f = Fn::new(name, vec![at]);
    let a = f.param("a", at);
    let b = f.param("b", bt);
    f.push(ret(vec![bin(op, f.load(a), f.load(b), at)]));
    p.add(f)
}

/// ```go
/// func div(a, b int) (int, int) { return a / b, a % b }
/// func shl(x int8, n uint) int8  { return x << n }
/// func shr(x int8, n uint) int8  { return x >> n }
/// func ushr(x uint8, n int) uint8 { return x >> n }
/// func main() {
///     var a int8 = 127
///     a = a + 1
///     println(a)
///     q, r := div(-7, 2)
///     println(q, r)
///     q, r = div(-9223372036854775808, -1)
///     println(q, r)
///     println(shl(1, 7), shl(1, 8), shr(-128, 3), shr(-128, 100), ushr(200, 3), ushr(200, 9))
///     var u uint32 = 1
///     println(u-2, u*4000000000)
///     var m int16 = -32768
///     println(m/-1, m%-1, -m)
/// }
/// ```
#[test]
fn integer_arithmetic_wraps_and_divides_like_go() {
    let mut p = Prog::new();
    let (i, i8_, u8_, u, u32_, i16_) = (
        p.int(),
        p.t(K::Int8),
        p.t(K::Uint8),
        p.t(K::Uint),
        p.t(K::Uint32),
        p.t(K::Int16),
    );
    let tup = p.types.tuple(vec![i, i]);
    let mut div = Fn::new("main.div", vec![i, i]);
    let (a, b) = (div.param("a", i), div.param("b", i));
    div.push(ret(vec![
        bin(BinOp::Div, div.load(a), div.load(b), i),
        bin(BinOp::Rem, div.load(a), div.load(b), i),
    ]));
    let div = p.add(div);
    let shl = binop_func(&mut p, "main.shl", BinOp::Shl, i8_, u);
    let shr = binop_func(&mut p, "main.shr", BinOp::Shr, i8_, u);
    let ushr = binop_func(&mut p, "main.ushr", BinOp::Shr, u8_, i);

    let mut f = Fn::new("main.main", vec![]);
    let a = f.local("a", i8_);
    f.decl(a, Some(int(i8_, 127)));
    f.push(assign(
        Place::Local(a),
        bin(BinOp::Add, f.load(a), int(i8_, 1), i8_),
    ));
    f.push(print(vec![f.load(a)]));
    let (q, r) = (f.local("q", i), f.local("r", i));
    f.decl(q, None);
    f.decl(r, None);
    let qr = vec![Some(Place::Local(q)), Some(Place::Local(r))];
    f.push(StmtKind::AssignMulti(
        qr.clone(),
        call(div, vec![int(i, -7), int(i, 2)], tup),
    ));
    f.push(print(vec![f.load(q), f.load(r)]));
    f.push(StmtKind::AssignMulti(
        qr,
        call(div, vec![int(i, i64::MIN), int(i, -1)], tup),
    ));
    f.push(print(vec![f.load(q), f.load(r)]));
    f.push(print(vec![
        call(shl, vec![int(i8_, 1), int(u, 7)], i8_),
        call(shl, vec![int(i8_, 1), int(u, 8)], i8_),
        call(shr, vec![int(i8_, -128), int(u, 3)], i8_),
        call(shr, vec![int(i8_, -128), int(u, 100)], i8_),
        call(ushr, vec![int(u8_, 200), int(i, 3)], u8_),
        call(ushr, vec![int(u8_, 200), int(i, 9)], u8_),
    ]));
    let uu = f.local("u", u32_);
    f.decl(uu, Some(int(u32_, 1)));
    f.push(print(vec![
        bin(BinOp::Sub, f.load(uu), int(u32_, 2), u32_),
        bin(BinOp::Mul, f.load(uu), int(u32_, 4000000000), u32_),
    ]));
    let m = f.local("m", i16_);
    f.decl(m, Some(int(i16_, -32768)));
    f.push(print(vec![
        bin(BinOp::Div, f.load(m), int(i16_, -1), i16_),
        bin(BinOp::Rem, f.load(m), int(i16_, -1), i16_),
        ex(ExprKind::Unary(UnOp::Neg, Box::new(f.load(m))), i16_),
    ]));
    p.add(f);
    let out = run(&p.build());
    assert_eq!(
        out.stderr,
        "-128\n-3 -1\n-9223372036854775808 0\n-128 0 -16 -1 25 0\n4294967295 4000000000\n-32768 0 -32768\n"
    );
    assert_eq!(out.status, 0);
}

/// `main.NAME(a, b int) int { return a OP b }` called from main with `(1, y)`; the panic
/// message and trace must be gc's (minus the file:line lines gocrane does not print).
fn panicking_binop(op: BinOp, y: i64) -> Outcome {
    let mut p = Prog::new();
    let i = p.int();
    let f = binop_func(&mut p, "main.f", op, i, i);
    let mut m = Fn::new("main.main", vec![]);
    m.push(print(vec![call(f, vec![int(i, 1), int(i, y)], i)]));
    p.add(m);
    run(&p.build())
}

/// ```go
/// func f(a, b int) int { return a / b }   // and a % b, a << b
/// func main() { println(f(1, 0)) }
/// ```
#[test]
fn division_by_zero_and_negative_shift_panic() {
    for (op, y, msg) in [
        (BinOp::Div, 0, "integer divide by zero"),
        (BinOp::Rem, 0, "integer divide by zero"),
        (BinOp::Shl, -1, "negative shift amount"),
    ] {
        let out = panicking_binop(op, y);
        assert_eq!(
            out.stderr,
            format!(
                "panic: runtime error: {msg}\n\ngoroutine 1 [running]:\nmain.f(...)\nmain.main()\n"
            ),
            "{op:?}"
        );
        assert_eq!(out.status, 2);
    }
}

/// ```go
/// func cat(a, b string) string { return a + b }
/// func main() {
///     s := cat("hello, ", "world")
///     println(s, len(s), s[4], s[7:], s[:5], s == "hello, world", s < "hello", s > "hello")
///     b := []byte(s)
///     b[0] = 'H'
///     t := string(b)
///     println(t, s)
///     println(s + "!" + t + "?" + "x" + s + "y")
///     n := 0
///     for i, r := range "héllo" { println(i, r); n++ }
///     println(n, string(rune(233)), string(rune(-1)))
/// }
/// ```
#[test]
fn strings() {
    let mut p = Prog::new();
    let (s_t, i, u8_, b_t, r_t) = (p.string(), p.int(), p.t(K::Uint8), p.bool(), p.t(K::Int32));
    let bytes_t = p.slice(u8_);
    let mut cat = Fn::new("main.cat", vec![s_t]);
    let (a, b) = (cat.param("a", s_t), cat.param("b", s_t));
    let sum = ex(ExprKind::Concat(vec![cat.load(a), cat.load(b)]), s_t);
    cat.push(ret(vec![sum]));
    let cat = p.add(cat);

    let mut f = Fn::new("main.main", vec![]);
    let s = f.local("s", s_t);
    f.decl(
        s,
        Some(call(
            cat,
            vec![str_(s_t, "hello, "), str_(s_t, "world")],
            s_t,
        )),
    );
    f.push(print(vec![
        f.load(s),
        len_(f.load(s), i),
        index_of(f.load(s), int(i, 4), u8_),
        slice_(f.load(s), Some(int(i, 7)), None, None, s_t),
        slice_(f.load(s), None, Some(int(i, 5)), None, s_t),
        bin(BinOp::Eq, f.load(s), str_(s_t, "hello, world"), b_t),
        bin(BinOp::Lt, f.load(s), str_(s_t, "hello"), b_t),
        bin(BinOp::Gt, f.load(s), str_(s_t, "hello"), b_t),
    ]));
    let bv = f.local("b", bytes_t);
    f.decl(
        bv,
        Some(ex(ExprKind::BytesFromString(Box::new(f.load(s))), bytes_t)),
    );
    f.push(assign(elem(f.load(bv), int(i, 0)), int(u8_, 'H' as i64)));
    let t = f.local("t", s_t);
    f.decl(
        t,
        Some(ex(ExprKind::StringFromBytes(Box::new(f.load(bv))), s_t)),
    );
    f.push(print(vec![f.load(t), f.load(s)]));
    f.push(print(vec![ex(
        ExprKind::Concat(vec![
            f.load(s),
            str_(s_t, "!"),
            f.load(t),
            str_(s_t, "?x"),
            f.load(s),
            str_(s_t, "y"),
        ]),
        s_t,
    )]));
    // The range loop as the middle lowers it.
    let (n, idx, r, next) = (
        f.local("n", i),
        f.local("i", i),
        f.local("r", r_t),
        f.local("next", i),
    );
    f.decl(n, Some(int(i, 0)));
    f.decl(idx, Some(int(i, 0)));
    let word = || str_(s_t, "héllo");
    f.push(loop_(
        0,
        Some(bin(
            BinOp::Lt,
            load(Place::Local(idx), i),
            len_(word(), i),
            b_t,
        )),
        vec![
            StmtKind::Decl(r),
            StmtKind::Decl(next),
            StmtKind::AssignMulti(
                vec![Some(Place::Local(r)), Some(Place::Local(next))],
                ex(
                    ExprKind::DecodeRune(Box::new(word()), Box::new(load(Place::Local(idx), i))),
                    i,
                ),
            ),
            print(vec![load(Place::Local(idx), i), load(Place::Local(r), r_t)]),
            inc(n, i),
            assign(Place::Local(idx), load(Place::Local(next), i)),
        ],
        vec![],
    ));
    f.push(print(vec![
        f.load(n),
        ex(ExprKind::StringFromRune(Box::new(int(r_t, 233))), s_t),
        ex(ExprKind::StringFromRune(Box::new(int(r_t, -1))), s_t),
    ]));
    p.add(f);
    let out = run(&p.build());
    assert_eq!(
        out.stderr,
        "hello, world 12 111 world hello true false true\n\
         Hello, world hello, world\n\
         hello, world!Hello, world?xhello, worldy\n\
         0 104\n1 233\n3 108\n4 108\n5 111\n\
         5 é \u{fffd}\n"
    );
    assert_eq!(out.status, 0);
}

/// ```go
/// var s []int
/// func main() {
///     for i := 0; i < 5; i++ { s = append(s, i*i); println(len(s), cap(s)) }
///     t := make([]int, 2, 10)
///     n := copy(t, s)
///     println(n, t[0], t[1], len(t), cap(t))
///     t = append(t, s...)
///     println(len(t), cap(t), t[6])
///     u := s[1:3]
///     println(len(u), cap(u), u[0], u[1])
///     v := s[1:2:3]
///     println(len(v), cap(v))
///     w := s[5:]
///     println(len(w), cap(w))
///     var bs []byte
///     bs = append(bs, "abc"...)
///     println(string(bs), len(bs), cap(bs))
///     idx := 7
///     println(s[idx])
/// }
/// ```
#[test]
fn slices() {
    let mut p = Prog::new();
    let (i, b_t, u8_, s_t) = (p.int(), p.bool(), p.t(K::Uint8), p.string());
    let ints = p.slice(i);
    let bytes_t = p.slice(u8_);
    let g = p.global("s", ints);
    let gs = || load(Place::Global(GlobalId(0)), ints);
    assert_eq!(g, GlobalId(0));
    let mut f = Fn::new("main.main", vec![]);
    let k = f.local("i", i);
    f.decl(k, Some(int(i, 0)));
    let ki = || load(Place::Local(LocalId(0)), i);
    f.push(loop_(
        0,
        Some(bin(BinOp::Lt, ki(), int(i, 5), b_t)),
        vec![
            assign(
                Place::Global(g),
                ex(
                    ExprKind::Append(Box::new(gs()), vec![bin(BinOp::Mul, ki(), ki(), i)]),
                    ints,
                ),
            ),
            print(vec![len_(gs(), i), cap_(gs(), i)]),
        ],
        vec![inc(k, i)],
    ));
    let t = f.local("t", ints);
    f.decl(
        t,
        Some(ex(
            ExprKind::MakeSlice {
                len: Box::new(int(i, 2)),
                cap: Some(Box::new(int(i, 10))),
            },
            ints,
        )),
    );
    let n = f.local("n", i);
    f.decl(
        n,
        Some(ex(ExprKind::Copy(Box::new(f.load(t)), Box::new(gs())), i)),
    );
    let te = |j: i64| load(elem(load(Place::Local(LocalId(1)), ints), int(i, j)), i);
    f.push(print(vec![
        f.load(n),
        te(0),
        te(1),
        len_(f.load(t), i),
        cap_(f.load(t), i),
    ]));
    f.push(assign(
        Place::Local(t),
        ex(
            ExprKind::AppendSlice(Box::new(f.load(t)), Box::new(gs())),
            ints,
        ),
    ));
    f.push(print(vec![len_(f.load(t), i), cap_(f.load(t), i), te(6)]));
    let u = f.local("u", ints);
    f.decl(
        u,
        Some(slice_(gs(), Some(int(i, 1)), Some(int(i, 3)), None, ints)),
    );
    f.push(print(vec![
        len_(f.load(u), i),
        cap_(f.load(u), i),
        load(elem(f.load(u), int(i, 0)), i),
        load(elem(f.load(u), int(i, 1)), i),
    ]));
    let v = f.local("v", ints);
    f.decl(
        v,
        Some(slice_(
            gs(),
            Some(int(i, 1)),
            Some(int(i, 2)),
            Some(int(i, 3)),
            ints,
        )),
    );
    f.push(print(vec![len_(f.load(v), i), cap_(f.load(v), i)]));
    let w = f.local("w", ints);
    f.decl(w, Some(slice_(gs(), Some(int(i, 5)), None, None, ints)));
    f.push(print(vec![len_(f.load(w), i), cap_(f.load(w), i)]));
    let bs = f.local("bs", bytes_t);
    f.decl(bs, None);
    f.push(assign(
        Place::Local(bs),
        ex(
            ExprKind::AppendSlice(Box::new(f.load(bs)), Box::new(str_(s_t, "abc"))),
            bytes_t,
        ),
    ));
    f.push(print(vec![
        ex(ExprKind::StringFromBytes(Box::new(f.load(bs))), s_t),
        len_(f.load(bs), i),
        cap_(f.load(bs), i),
    ]));
    let idx = f.local("idx", i);
    f.decl(idx, Some(int(i, 7)));
    f.push(print(vec![load(elem(gs(), f.load(idx)), i)]));
    p.add(f);
    let out = run(&p.build());
    assert_eq!(
        out.stderr,
        "1 1\n2 2\n3 4\n4 4\n5 8\n2 0 1 2 10\n7 10 16\n2 7 1 4\n1 2\n0 3\nabc 3 8\n\
         panic: runtime error: index out of range [7] with length 5\n\n\
         goroutine 1 [running]:\nmain.main()\n"
    );
    assert_eq!(out.status, 2);
}

/// ```go
/// func main() { s := make([]int, 3); hi := 5; println(s[1:hi]) }
/// ```
#[test]
fn slice_bounds_panic() {
    let mut p = Prog::new();
    let i = p.int();
    let ints = p.slice(i);
    let mut f = Fn::new("main.main", vec![]);
    let s = f.local("s", ints);
    let mk = ex(
        ExprKind::MakeSlice {
            len: Box::new(int(i, 3)),
            cap: None,
        },
        ints,
    );
    f.decl(s, Some(mk));
    let hi = f.local("hi", i);
    f.decl(hi, Some(int(i, 5)));
    f.push(print(vec![slice_(
        f.load(s),
        Some(int(i, 1)),
        Some(f.load(hi)),
        None,
        ints,
    )]));
    let out = run(&main_only(p, f));
    assert_eq!(
        out.stderr,
        "panic: runtime error: slice bounds out of range [:5] with capacity 3\n\n\
         goroutine 1 [running]:\nmain.main()\n"
    );
    assert_eq!(out.status, 2);
}

/// ```go
/// type P struct { a int8; b int; c string }
/// type Arr [3]int
/// func mk(a int8, b int, c string) P { return P{a: a, b: b, c: c} }
/// func bump(p P) P { p.b++; return p }
/// func sum(a Arr) int { return a[0] + a[1] + a[2] }
/// func inc(p *P) { p.b += 10 }
/// var g P
/// func main() {
///     p := mk(1, 2, "x")                  // p is addr_taken (&p below)
///     q := bump(p)
///     println(p.a, p.b, p.c, q.b, p == q, p == mk(1, 2, "x"))
///     var a Arr
///     a[1] = 5
///     b := a
///     b[2] = 7
///     println(sum(a), sum(b), a == b, a != b)
///     inc(&p)
///     println(p.b)
///     h := new(P)
///     h.c = "heap"
///     inc(h)
///     println(h.b, h.c)
///     x := 3                              // moved to heap
///     px := &x
///     *px = 4
///     println(x)
///     g = p
///     g.a = 9
///     println(g.a, g.b, g.c, p.a)
///     var np *P
///     println(np.b)
/// }
/// ```
#[test]
fn structs_arrays_pointers() {
    let mut p = Prog::new();
    let (i, i8_, s_t, b_t) = (p.int(), p.t(K::Int8), p.string(), p.bool());
    let p_lit = p.strukt(&[("a", i8_), ("b", i), ("c", s_t)]);
    let pt = p.named("P", p_lit);
    let ppt = p.ptr(pt);
    let arr_lit = p.array(3, i);
    let arr = p.named("Arr", arr_lit);
    let ip = p.ptr(i);
    let g = p.global("g", pt);

    let mut mk = Fn::new("main.mk", vec![pt]);
    let (a, b, c) = (mk.param("a", i8_), mk.param("b", i), mk.param("c", s_t));
    mk.push(ret(vec![composite(
        vec![(0, mk.load(a)), (1, mk.load(b)), (2, mk.load(c))],
        pt,
    )]));
    let mk = p.add(mk);

    let mut bump = Fn::new("main.bump", vec![pt]);
    let bp = bump.param("p", pt);
    let pb = || field(Place::Local(LocalId(0)), 1);
    bump.push(assign(pb(), bin(BinOp::Add, load(pb(), i), int(i, 1), i)));
    bump.push(ret(vec![bump.load(bp)]));
    let bump = p.add(bump);

    let mut sum = Fn::new("main.sum", vec![i]);
    let sa = sum.param("a", arr);
    let at = |j: i64| {
        load(
            Place::Index(Box::new(Place::Local(sa)), Box::new(int(i, j)), sp()),
            i,
        )
    };
    let total = bin(BinOp::Add, bin(BinOp::Add, at(0), at(1), i), at(2), i);
    sum.push(ret(vec![total]));
    let sum = p.add(sum);

    let mut inc = Fn::new("main.inc", vec![]);
    let ptr = inc.param("p", ppt);
    let pb = field(deref(inc.load(ptr)), 1);
    inc.push(assign(
        pb.clone(),
        bin(BinOp::Add, load(pb, i), int(i, 10), i),
    ));
    let inc = p.add(inc);

    let mut f = Fn::new("main.main", vec![]);
    let pv = f.local("p", pt);
    f.addr_taken(pv);
    f.decl(
        pv,
        Some(call(mk, vec![int(i8_, 1), int(i, 2), str_(s_t, "x")], pt)),
    );
    let q = f.local("q", pt);
    f.decl(q, Some(call(bump, vec![f.load(pv)], pt)));
    let pf = |j: usize, t| load(field(Place::Local(LocalId(0)), j), t);
    f.push(print(vec![
        pf(0, i8_),
        pf(1, i),
        pf(2, s_t),
        load(field(Place::Local(q), 1), i),
        bin(BinOp::Eq, f.load(pv), f.load(q), b_t),
        bin(
            BinOp::Eq,
            f.load(pv),
            call(mk, vec![int(i8_, 1), int(i, 2), str_(s_t, "x")], pt),
            b_t,
        ),
    ]));
    let av = f.local("a", arr);
    f.decl(av, None);
    let ix =
        |l: LocalId, j: i64| Place::Index(Box::new(Place::Local(l)), Box::new(int(i, j)), sp());
    f.push(assign(ix(av, 1), int(i, 5)));
    let bv = f.local("b", arr);
    f.decl(bv, Some(f.load(av)));
    f.push(assign(ix(bv, 2), int(i, 7)));
    f.push(print(vec![
        call(sum, vec![f.load(av)], i),
        call(sum, vec![f.load(bv)], i),
        bin(BinOp::Eq, f.load(av), f.load(bv), b_t),
        bin(BinOp::Ne, f.load(av), f.load(bv), b_t),
    ]));
    f.push(StmtKind::Expr(call(
        inc,
        vec![addr(Place::Local(pv), ppt)],
        i,
    )));
    f.push(print(vec![pf(1, i)]));
    let h = f.local("h", ppt);
    f.decl(h, Some(ex(ExprKind::New, ppt)));
    f.push(assign(field(deref(f.load(h)), 2), str_(s_t, "heap")));
    f.push(StmtKind::Expr(call(inc, vec![f.load(h)], i)));
    f.push(print(vec![
        load(field(deref(f.load(h)), 1), i),
        load(field(deref(f.load(h)), 2), s_t),
    ]));
    let x = f.local("x", i);
    f.heap(x);
    f.decl(x, Some(int(i, 3)));
    let px = f.local("px", ip);
    f.decl(px, Some(addr(Place::Local(x), ip)));
    f.push(assign(deref(f.load(px)), int(i, 4)));
    f.push(print(vec![f.load(x)]));
    f.push(assign(Place::Global(g), f.load(pv)));
    f.push(assign(field(Place::Global(g), 0), int(i8_, 9)));
    f.push(print(vec![
        load(field(Place::Global(g), 0), i8_),
        load(field(Place::Global(g), 1), i),
        load(field(Place::Global(g), 2), s_t),
        pf(0, i8_),
    ]));
    let np = f.local("np", ppt);
    f.decl(np, None);
    f.push(print(vec![load(field(deref(f.load(np)), 1), i)]));
    p.add(f);
    let out = run(&p.build());
    let (head, tail) = out.stderr.split_once("[signal").expect("signal line");
    assert_eq!(
        head,
        "1 2 x 3 false true\n5 12 false true\n12\n10 heap\n4\n9 12 x 1\n\
         panic: runtime error: invalid memory address or nil pointer dereference\n"
    );
    assert!(
        tail.starts_with(" SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x"),
        "{tail}"
    );
    assert!(
        tail.ends_with("]\n\ngoroutine 1 [running]:\nmain.main()\n"),
        "{tail}"
    );
    assert_eq!(out.status, 2);
}

/// ```go
/// func classify(x int) string {
///     switch {
///     case x < 0: return "neg"
///     case x == 0: fallthrough
///     case x == 1: return "small"
///     default: return "big"
///     }
/// }
/// func main() {
///     total := 0
/// outer:
///     for i := 0; i < 10; i++ {
///         if i%2 == 0 { continue }
///         for j := 0; ; j++ {
///             if j > i { break }
///             if i*j > 20 { break outer }
///             total += j
///         }
///     }
///     println(total, classify(-5), classify(0), classify(1), classify(7))
///     x := 2
///     switch x {
///     case 1, 2: println("one or two"); fallthrough
///     case 3: println("three")
///     case 4: println("four")
///     }
///     ok := x > 1 && x < 3 || x == 10
///     println(ok, !ok)
/// }
/// ```
#[test]
fn control_flow() {
    let mut p = Prog::new();
    let (i, s_t, b_t) = (p.int(), p.string(), p.bool());
    let mut cl = Fn::new("main.classify", vec![s_t]);
    let x = cl.param("x", i);
    let lx = || load(Place::Local(LocalId(0)), i);
    let clause = |conds: Vec<Expr>, body: Vec<StmtKind>, fallthrough: bool| SwitchClause {
        conds,
        body: body.into_iter().map(st).collect(),
        fallthrough,
        span: sp(),
    };
    assert_eq!(x, LocalId(0));
    cl.push(StmtKind::Switch {
        label: LabelId(0),
        clauses: vec![
            clause(
                vec![bin(BinOp::Lt, lx(), int(i, 0), b_t)],
                vec![ret(vec![str_(s_t, "neg")])],
                false,
            ),
            clause(vec![bin(BinOp::Eq, lx(), int(i, 0), b_t)], vec![], true),
            clause(
                vec![bin(BinOp::Eq, lx(), int(i, 1), b_t)],
                vec![ret(vec![str_(s_t, "small")])],
                false,
            ),
            clause(vec![], vec![ret(vec![str_(s_t, "big")])], false),
        ],
    });
    let cl = p.add(cl);

    let mut f = Fn::new("main.main", vec![]);
    let total = f.local("total", i);
    f.decl(total, Some(int(i, 0)));
    let (iv, jv) = (f.local("i", i), f.local("j", i));
    let li = || load(Place::Local(LocalId(1)), i);
    let lj = || load(Place::Local(LocalId(2)), i);
    let inner = loop_(
        2,
        None,
        vec![
            if_(
                bin(BinOp::Gt, lj(), li(), b_t),
                vec![StmtKind::Break(LabelId(2))],
                vec![],
            ),
            if_(
                bin(BinOp::Gt, bin(BinOp::Mul, li(), lj(), i), int(i, 20), b_t),
                vec![StmtKind::Break(LabelId(1))],
                vec![],
            ),
            assign(
                Place::Local(total),
                bin(BinOp::Add, load(Place::Local(total), i), lj(), i),
            ),
        ],
        vec![inc(jv, i)],
    );
    f.decl(iv, Some(int(i, 0)));
    f.push(loop_(
        1,
        Some(bin(BinOp::Lt, li(), int(i, 10), b_t)),
        vec![
            if_(
                bin(
                    BinOp::Eq,
                    bin(BinOp::Rem, li(), int(i, 2), i),
                    int(i, 0),
                    b_t,
                ),
                vec![StmtKind::Continue(LabelId(1))],
                vec![],
            ),
            StmtKind::Decl(jv),
            assign(Place::Local(jv), int(i, 0)),
            inner,
        ],
        vec![inc(iv, i)],
    ));
    f.push(print(vec![
        f.load(total),
        call(cl, vec![int(i, -5)], s_t),
        call(cl, vec![int(i, 0)], s_t),
        call(cl, vec![int(i, 1)], s_t),
        call(cl, vec![int(i, 7)], s_t),
    ]));
    let xv = f.local("x", i);
    f.decl(xv, Some(int(i, 2)));
    let lx = || load(Place::Local(LocalId(3)), i);
    f.push(StmtKind::Switch {
        label: LabelId(3),
        clauses: vec![
            clause(
                vec![
                    bin(BinOp::Eq, lx(), int(i, 1), b_t),
                    bin(BinOp::Eq, lx(), int(i, 2), b_t),
                ],
                vec![print(vec![str_(s_t, "one or two")])],
                true,
            ),
            clause(
                vec![bin(BinOp::Eq, lx(), int(i, 3), b_t)],
                vec![print(vec![str_(s_t, "three")])],
                false,
            ),
            clause(
                vec![bin(BinOp::Eq, lx(), int(i, 4), b_t)],
                vec![print(vec![str_(s_t, "four")])],
                false,
            ),
        ],
    });
    let ok = f.local("ok", b_t);
    let cond = bin(
        BinOp::LogOr,
        bin(
            BinOp::LogAnd,
            bin(BinOp::Gt, lx(), int(i, 1), b_t),
            bin(BinOp::Lt, lx(), int(i, 3), b_t),
            b_t,
        ),
        bin(BinOp::Eq, lx(), int(i, 10), b_t),
        b_t,
    );
    f.decl(ok, Some(cond));
    f.push(print(vec![f.load(ok), not(f.load(ok))]));
    p.add(f);
    let out = run(&p.build());
    assert_eq!(
        out.stderr,
        "17 neg small small big\none or two\nthree\ntrue false\n"
    );
    assert_eq!(out.status, 0);
}

/// ```go
/// func f2i(f float64) int64   { return int64(f) }     // and f2u uint64, f2i32 int32,
/// func u2f(u uint64) float64  { return float64(u) }   // f2u8 uint8, f2u32 uint32
/// func main() {
///     var x float32 = 0.1
///     y := x * 3
///     println(y, float64(y), 1.5, -0.25)
///     z := 0.0
///     println(f2i(1e19), f2i(-2.7), f2i(z/z), f2u(1e19), f2u(-1), f2u(3.9))
///     println(f2i32(3e9), f2i32(-3.5), f2u8(300), f2u8(-1), f2u32(-1), f2u32(5e9))
///     println(u2f(18446744073709551615), u2f(1<<63+1), u2f(12345))
///     println(z/z == z/z, 1/z, -1/z)
///     var i8 int8 = -3
///     println(float32(i8), float64(uint8(i8)))
/// }
/// ```
#[test]
fn floats_and_conversions_like_gc_on_each_target() {
    let mut p = Prog::new();
    let (f32_, f64_, b_t) = (p.t(K::Float32), p.t(K::Float64), p.bool());
    let (i64_, u64_, i32_, u8_, u32_, i8_) = (
        p.t(K::Int64),
        p.t(K::Uint64),
        p.t(K::Int32),
        p.t(K::Uint8),
        p.t(K::Uint32),
        p.t(K::Int8),
    );
    let mut conv_fn = |name: &str, from, to| {
        let mut f = Fn::new(name, vec![to]);
        let a = f.param("a", from);
        f.push(ret(vec![conv(f.load(a), to)]));
        p.add(f)
    };
    let f2i = conv_fn("main.f2i", f64_, i64_);
    let f2u = conv_fn("main.f2u", f64_, u64_);
    let f2i32 = conv_fn("main.f2i32", f64_, i32_);
    let f2u8 = conv_fn("main.f2u8", f64_, u8_);
    let f2u32 = conv_fn("main.f2u32", f64_, u32_);
    let u2f = conv_fn("main.u2f", u64_, f64_);

    let mut f = Fn::new("main.main", vec![]);
    let x = f.local("x", f32_);
    f.decl(x, Some(float(f32_, 0.1f32 as f64)));
    let y = f.local("y", f32_);
    f.decl(y, Some(bin(BinOp::Mul, f.load(x), float(f32_, 3.0), f32_)));
    f.push(print(vec![
        f.load(y),
        conv(f.load(y), f64_),
        float(f64_, 1.5),
        float(f64_, -0.25),
    ]));
    let z = f.local("z", f64_);
    f.decl(z, Some(float(f64_, 0.0)));
    let nan = || {
        let lz = || load(Place::Local(LocalId(2)), f64_);
        bin(BinOp::Div, lz(), lz(), f64_)
    };
    f.push(print(vec![
        call(f2i, vec![float(f64_, 1e19)], i64_),
        call(f2i, vec![float(f64_, -2.7)], i64_),
        call(f2i, vec![nan()], i64_),
        call(f2u, vec![float(f64_, 1e19)], u64_),
        call(f2u, vec![float(f64_, -1.0)], u64_),
        call(f2u, vec![float(f64_, 3.9)], u64_),
    ]));
    f.push(print(vec![
        call(f2i32, vec![float(f64_, 3e9)], i32_),
        call(f2i32, vec![float(f64_, -3.5)], i32_),
        call(f2u8, vec![float(f64_, 300.0)], u8_),
        call(f2u8, vec![float(f64_, -1.0)], u8_),
        call(f2u32, vec![float(f64_, -1.0)], u32_),
        call(f2u32, vec![float(f64_, 5e9)], u32_),
    ]));
    f.push(print(vec![
        call(u2f, vec![int(u64_, -1)], f64_),
        call(u2f, vec![int(u64_, i64::MIN + 1)], f64_),
        call(u2f, vec![int(u64_, 12345)], f64_),
    ]));
    f.push(print(vec![
        bin(BinOp::Eq, nan(), nan(), b_t),
        bin(BinOp::Div, float(f64_, 1.0), f.load(z), f64_),
        bin(BinOp::Div, float(f64_, -1.0), f.load(z), f64_),
    ]));
    let v = f.local("i8", i8_);
    f.decl(v, Some(int(i8_, -3)));
    f.push(print(vec![
        conv(f.load(v), f32_),
        conv(conv(f.load(v), u8_), f64_),
    ]));
    p.add(f);
    let prog = p.build();
    let out = run_on(&prog, Arch::X86_64);
    assert_eq!(
        out.stderr,
        "0.3 0.30000001192092896 1.5 -0.25\n\
         -9223372036854775808 -2 -9223372036854775808 10000000000000000000 18446744073709551615 3\n\
         -2147483648 -3 44 255 4294967295 705032704\n\
         1.8446744073709552e+19 9.223372036854776e+18 12345\n\
         false +Inf -Inf\n\
         -3 253\n"
    );
    assert_eq!(out.status, 0);
    // gc on arm64 (GOARCH=arm64, run under qemu): FCVTZS/FCVTZU saturate.
    if can_run(Arch::Aarch64) {
        let out = run_on(&prog, Arch::Aarch64);
        assert_eq!(
            out.stderr,
            "0.3 0.30000001192092896 1.5 -0.25\n\
             9223372036854775807 -2 0 10000000000000000000 0 3\n\
             2147483647 -3 44 255 4294967295 705032704\n\
             1.8446744073709552e+19 9.223372036854776e+18 12345\n\
             false +Inf -Inf\n\
             -3 253\n"
        );
    }
}

/// ```go
/// type MyStr string
/// type MyInt int
/// type S struct{ a int }
/// func main() { panic(V) }   // for each V below
/// ```
#[test]
fn panic_values_print_like_gc() {
    type Make = fn(&mut Prog) -> Expr;
    let cases: [(Make, &str); 8] = [
        (|p| int(p.int(), 42), "panic: 42\n"),
        (|p| str_(p.string(), "boom\nx"), "panic: boom\n\tx\n"),
        (
            |p| {
                let s = p.string();
                let t = p.named("MyStr", s);
                str_(t, "x")
            },
            "panic: main.MyStr(\"x\")\n",
        ),
        (
            |p| {
                let i = p.int();
                let t = p.named("MyInt", i);
                int(t, -3)
            },
            "panic: main.MyInt(-3)\n",
        ),
        (|p| float(p.t(K::Float64), 1.5), "panic: 1.5\n"),
        (|p| boolean(p.bool(), true), "panic: true\n"),
        (|p| int(p.t(K::Uint8), 200), "panic: 200\n"),
        (
            |p| {
                let i = p.int();
                let lit = p.strukt(&[("a", i)]);
                let t = p.named("S", lit);
                composite(vec![(0, int(i, 1))], t)
            },
            "panic: (main.S) 0x",
        ),
    ];
    for (make, want) in cases {
        let mut p = Prog::new();
        let v = make(&mut p);
        let mut f = Fn::new("main.main", vec![]);
        f.push(StmtKind::Panic(v));
        let out = run(&main_only(p, f));
        assert!(out.stderr.starts_with(want), "{want:?}: {:?}", out.stderr);
        assert!(
            out.stderr
                .ends_with("\ngoroutine 1 [running]:\nmain.main()\n"),
            "{:?}",
            out.stderr
        );
        assert_eq!(out.status, 2);
    }
}

/// ```go
/// func mk() [3]int { println("called"); return [3]int{} }
/// func main() {
///     var a, b [10]string
///     a[9] = "x"
///     println(a == b, len(mk()))
///     b[9] = "x"
///     println(a == b)
///     var f [10]float64
///     g := f
///     z := 0.0
///     g[3] = z / z
///     println(f == g, g == g, f == f)
/// }
/// ```
#[test]
fn array_equality_and_len_of_call() {
    let mut p = Prog::new();
    let (i, s_t, b_t, f64_) = (p.int(), p.string(), p.bool(), p.t(K::Float64));
    let a3 = p.array(3, i);
    let a10s = p.array(10, s_t);
    let a10f = p.array(10, f64_);
    let mut mk = Fn::new("main.mk", vec![a3]);
    mk.push(print(vec![str_(s_t, "called")]));
    mk.push(ret(vec![ex(ExprKind::Zero, a3)]));
    let mk = p.add(mk);
    let mut f = Fn::new("main.main", vec![]);
    let (a, b) = (f.local("a", a10s), f.local("b", a10s));
    f.decl(a, None);
    f.decl(b, None);
    let at =
        |l: LocalId, j: i64| Place::Index(Box::new(Place::Local(l)), Box::new(int(i, j)), sp());
    f.push(assign(at(a, 9), str_(s_t, "x")));
    f.push(print(vec![
        bin(BinOp::Eq, f.load(a), f.load(b), b_t),
        len_(call(mk, vec![], a3), i),
    ]));
    f.push(assign(at(b, 9), str_(s_t, "x")));
    f.push(print(vec![bin(BinOp::Eq, f.load(a), f.load(b), b_t)]));
    let (fv, g, z) = (f.local("f", a10f), f.local("g", a10f), f.local("z", f64_));
    f.decl(fv, None);
    f.decl(g, Some(f.load(fv)));
    f.decl(z, Some(float(f64_, 0.0)));
    f.push(assign(
        at(g, 3),
        bin(BinOp::Div, f.load(z), f.load(z), f64_),
    ));
    f.push(print(vec![
        bin(BinOp::Eq, f.load(fv), f.load(g), b_t),
        bin(BinOp::Eq, f.load(g), f.load(g), b_t),
        bin(BinOp::Eq, f.load(fv), f.load(fv), b_t),
    ]));
    p.add(f);
    let out = run(&p.build());
    assert_eq!(out.stderr, "called\nfalse 3\ntrue\nfalse false true\n");
    assert_eq!(out.status, 0);
}

/// ```go
/// var counter int
/// var names []string
/// func init() { counter = 10 }
/// func next() (n int, ok bool) { counter++; n = counter; ok = n%2 == 0; return }
/// func main() {
///     var ptrs []*int
///     for i := 0; i < 3; i++ { v := i * 100; ptrs = append(ptrs, &v) }   // v moved to heap
///     println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
///     a, b := next()
///     c, d := next()
///     println(a, b, c, d, counter)
///     names = append(names, "x", "yz")
///     println(len(names), names[1])
///     println(runtime.countrunes("héllo"))    // an extern with a string argument
/// }
/// ```
#[test]
fn globals_init_named_results_heap_loop_vars() {
    let mut p = Prog::new();
    let (i, b_t, s_t) = (p.int(), p.bool(), p.string());
    let ip = p.ptr(i);
    let ptrs_t = p.slice(ip);
    let strs = p.slice(s_t);
    let tup = p.types.tuple(vec![i, b_t]);
    let counter = p.global("counter", i);
    let names = p.global("names", strs);
    p.externs.push(Extern {
        name: "runtime.countrunes".into(),
        params: vec![s_t],
        results: vec![i],
        noescape: false,
    });
    let gc = || load(Place::Global(GlobalId(0)), i);

    let mut init = Fn::new("main.init.0", vec![]);
    init.push(assign(Place::Global(counter), int(i, 10)));
    let init0 = p.add(init);
    let mut init = Fn::new("main.init", vec![]);
    init.push(StmtKind::Expr(call(init0, vec![], i)));
    p.add(init);

    let mut next = Fn::new("main.next", vec![i, b_t]);
    let (n, ok) = (next.result("n", i), next.result("ok", b_t));
    next.push(StmtKind::Decl(n));
    next.push(StmtKind::Decl(ok));
    next.push(assign(
        Place::Global(counter),
        bin(BinOp::Add, gc(), int(i, 1), i),
    ));
    next.push(assign(Place::Local(n), gc()));
    let even = bin(
        BinOp::Eq,
        bin(BinOp::Rem, next.load(n), int(i, 2), i),
        int(i, 0),
        b_t,
    );
    next.push(assign(Place::Local(ok), even));
    next.push(ret(vec![next.load(n), next.load(ok)]));
    let next = p.add(next);

    let mut f = Fn::new("main.main", vec![]);
    let ptrs = f.local("ptrs", ptrs_t);
    f.decl(ptrs, None);
    let k = f.local("i", i);
    f.decl(k, Some(int(i, 0)));
    let v = f.local("v", i);
    f.heap(v);
    let lk = || load(Place::Local(LocalId(1)), i);
    let lp = || load(Place::Local(LocalId(0)), ptrs_t);
    f.push(loop_(
        0,
        Some(bin(BinOp::Lt, lk(), int(i, 3), b_t)),
        vec![
            StmtKind::Decl(v),
            assign(Place::Local(v), bin(BinOp::Mul, lk(), int(i, 100), i)),
            assign(
                Place::Local(ptrs),
                ex(
                    ExprKind::Append(Box::new(lp()), vec![addr(Place::Local(v), ip)]),
                    ptrs_t,
                ),
            ),
        ],
        vec![inc(k, i)],
    ));
    let pe = |j: i64| load(elem(lp(), int(i, j)), ip);
    f.push(print(vec![
        load(deref(pe(0)), i),
        load(deref(pe(1)), i),
        load(deref(pe(2)), i),
        bin(BinOp::Ne, pe(0), pe(1), b_t),
    ]));
    let (a, b, c, d) = (
        f.local("a", i),
        f.local("b", b_t),
        f.local("c", i),
        f.local("d", b_t),
    );
    for l in [a, b, c, d] {
        f.decl(l, None);
    }
    f.push(StmtKind::AssignMulti(
        vec![Some(Place::Local(a)), Some(Place::Local(b))],
        call(next, vec![], tup),
    ));
    f.push(StmtKind::AssignMulti(
        vec![Some(Place::Local(c)), Some(Place::Local(d))],
        call(next, vec![], tup),
    ));
    f.push(print(vec![
        f.load(a),
        f.load(b),
        f.load(c),
        f.load(d),
        gc(),
    ]));
    let gn = || load(Place::Global(GlobalId(1)), strs);
    f.push(assign(
        Place::Global(names),
        ex(
            ExprKind::Append(Box::new(gn()), vec![str_(s_t, "x"), str_(s_t, "yz")]),
            strs,
        ),
    ));
    f.push(print(vec![len_(gn(), i), load(elem(gn(), int(i, 1)), s_t)]));
    f.push(print(vec![ex(
        ExprKind::CallExtern(ExternId(0), vec![str_(s_t, "héllo")]),
        i,
    )]));
    p.add(f);
    let out = run(&p.build());
    assert_eq!(out.stderr, "0 100 200 true\n11 false 12 true 12\n2 yz\n5\n");
    assert_eq!(out.status, 0);
}
