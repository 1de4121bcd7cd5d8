/* A stand-in for a gocrane-compiled program: "Go" functions named main.* that call the runtime
 * exactly as generated code does (C calling convention, gc's symbol names), plus the tables the
 * compiler emits (the type data is in types.S). Compiled with frame pointers, like Cranelift code with preserve_frame_pointers.
 * The scenario comes from $SCENARIO. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint64_t size, ptrbytes;
    uint32_t hash;
    uint8_t tflag, align, field_align, kind;
    const void *equal, *gcdata;
    int32_t str, ptr_to_this;
} Type;
typedef struct { const char *ptr; int64_t len; } String;
typedef struct { void *ptr; int64_t len, cap; } Slice;
typedef struct { int32_t rune, pad; int64_t pos; } DecodedRune;

#define RT(name) __asm__("runtime." #name)
void printlock(void) RT(printlock);
void printunlock(void) RT(printunlock);
void printsp(void) RT(printsp);
void printnl(void) RT(printnl);
void printbool(uint8_t) RT(printbool);
void printint(int64_t) RT(printint);
void printuint(uint64_t) RT(printuint);
void printhex(uint64_t) RT(printhex);
void printfloat64(double) RT(printfloat64);
void printfloat32(float) RT(printfloat32);
void printcomplex128(double, double) RT(printcomplex128);
void printstring(const char *, int64_t) RT(printstring);
void printpointer(const void *) RT(printpointer);
void printslice(const void *, int64_t, int64_t) RT(printslice);
void printeface(const void *, const void *) RT(printeface);
void panicIndex(int64_t, int64_t) RT(panicIndex);
void panicSlice3C(int64_t, int64_t) RT(panicSlice3C);
void panicdivide(void) RT(panicdivide);
void panicmem(void) RT(panicmem);
void gopanic(const Type *, const void *) RT(gopanic);
void *mallocgc(uint64_t, const Type *, uint8_t) RT(mallocgc);
void *newobject(const Type *) RT(newobject);
void *makeslice(const Type *, int64_t, int64_t) RT(makeslice);
void growslice(Slice *, void *, int64_t, int64_t, int64_t, const Type *) RT(growslice);
void concatstring2(String *, void *, const char *, int64_t, const char *, int64_t) RT(concatstring2);
void slicebytetostring(String *, void *, const void *, int64_t) RT(slicebytetostring);
void stringtoslicebyte(Slice *, void *, const char *, int64_t) RT(stringtoslicebyte);
void stringtoslicerune(Slice *, void *, const char *, int64_t) RT(stringtoslicerune);
void intstring(String *, void *, int64_t) RT(intstring);
void decoderune(DecodedRune *, const char *, int64_t, int64_t) RT(decoderune);
void ReadMemStats(void *) RT(ReadMemStats);
void panicwrap(void) RT(panicwrap);
const void *getitab(const void *, const void *, uint8_t) RT(getitab);
const void *typeAssert(void *, const void *) RT(typeAssert);
typedef struct { int64_t case_; const void *tab; } SwitchResult;
void interfaceSwitch(SwitchResult *, const void *, const void *) RT(interfaceSwitch);
const void *assertE2I(const void *, const void *) RT(assertE2I);
const void *assertE2I2(const void *, const void *) RT(assertE2I2);
void panicdottypeE(const void *, const void *, const void *) RT(panicdottypeE);
void panicdottypeI(const void *, const void *, const void *) RT(panicdottypeI);
void panicnildottype(const void *) RT(panicnildottype);
uint8_t efaceeq(const void *, const void *, const void *) RT(efaceeq);
uint8_t ifaceeq(const void *, const void *, const void *) RT(ifaceeq);
extern const uint64_t emptyTypeAssertCache[3] RT(emptyTypeAssertCache);
extern const uint64_t emptyInterfaceSwitchCache[4] RT(emptyInterfaceSwitchCache);

/* The type data of types.S. */
typedef struct {
    const void *inter, *type;
    uint32_t hash, pad;
    uintptr_t fun[1];
} ITab;
extern const Type type_int, type_string, type_float64, type_T, type_pT, type_I, type_J, type_K,
    type_MyInt, type_E, type_St, type_eface, type_slice_int, type_pME, type_PS;
extern const ITab itab_T_I;

void go_init(void) __asm__("main.init");
void go_main(void) __asm__("main.main");
void go_f(int64_t) __asm__("main.f");
void go_g(int *) __asm__("main.g");
int64_t go_rec(int64_t) __asm__("main.rec");
int64_t go_inf(int64_t) __asm__("main.inf");

static const Type int_type = {8, 0, 0, 0xf, 8, 8, 2 /* Int */};
static const Type byte_type = {1, 0, 0, 0xf, 1, 1, 8 /* Uint8 */};

static String sink_s;
static Slice sink_b;
static int64_t initialized;

#define S(lit) lit, (int64_t)(sizeof(lit) - 1)

void go_init(void) { initialized = 42; }

/* gc's initTask {state, nfns, fns}: the runtime runs main.init before main.main. */
struct {
    uint32_t state, nfns;
    void (*fns[1])(void);
} go_inittask __asm__("main..inittask") = {0, 1, {go_init}};

/* The schedule of init tasks, ending with a null pointer (gocrane's go:main.inittasks). */
void *go_inittasks[2] __asm__("\"go:main.inittasks\"") = {&go_inittask, 0};

__attribute__((noinline)) void go_f(int64_t i) {
    if (i >= 3) panicIndex(i, 3);
}
__attribute__((noinline)) void go_f_end(void) {}

__attribute__((noinline)) void go_g(int *p) {
    printint(*(volatile int *)p);
}
__attribute__((noinline)) void go_g_end(void) {}

/* func rec(n int) int { if n == 0 { var s []int; return s[1] }; return rec(n-1) + 1 } */
__attribute__((noinline)) int64_t go_rec(int64_t n) {
    if (n == 0) panicIndex(1, 0);
    return go_rec(n - 1) + 1;
}
__attribute__((noinline)) void go_rec_end(void) {}

/* func inf(n int) int { return inf(n+1) + 1 } */
__attribute__((noinline)) int64_t go_inf(int64_t n) {
    return go_inf(n + 1) + 1;
}
__attribute__((noinline)) void go_inf_end(void) {}

/* The methods of types.S. func (T) M() / m(); the pointer wrappers main.(*T).M / m check nil
 * first, as gc's do. */
static int64_t m_calls;
void go_T_M(void) { m_calls++; }
void go_T_m(void) { m_calls += 100; }
__attribute__((noinline)) void go_pT_M_wrapper(void *p) {
    if (!p) panicwrap();
    go_T_M();
}
__attribute__((noinline)) void go_pT_M_wrapper_end(void) {}
void go_pT_m_wrapper(void *p) {
    if (!p) panicwrap();
    go_T_m();
}
/* func (E) Error() string, func (St) String() string, with their pointer wrappers (Ifn). */
String go_E_Error(int64_t e) { (void)e; return (String){S("boom\nsecond")}; }
String go_pE_Error(int64_t *p) { return go_E_Error(*p); }
String go_St_String(int64_t v) { (void)v; return (String){S("stringer!")}; }
String go_pSt_String(int64_t *p) { return go_St_String(*p); }

/* func (e *ME) Error() string { return e.msg }: faults for a nil e. */
__attribute__((noinline)) String go_pME_Error(String *e) { return *(volatile String *)e; }
__attribute__((noinline)) void go_pME_Error_end(void) {}
/* func (PS) String() string { panic("inner") } */
__attribute__((noinline)) String go_pPS_String(int64_t *p) {
    (void)p;
    static String inner = {S("inner")};
    gopanic(&type_string, &inner);
    return inner;
}
__attribute__((noinline)) void go_pPS_String_end(void) {}

/* func call(i I) { i.M() } */
__attribute__((noinline)) void go_call(const ITab *tab, void *data) {
    ((void (*)(void *))tab->fun[0])(data);
}
__attribute__((noinline)) void go_call_end(void) {}

static void show(const char *what, int64_t v) {
    printlock();
    printstring(what, (int64_t)strlen(what));
    printsp();
    printint(v);
    printnl();
    printunlock();
}

/* The itab table, assertions, switches and equality on the types of types.S. */
static void interfaces(void) {
    const ITab *t_i = getitab(&type_I, &type_T, 0);
    show("T,I is the compiler's itab", t_i == &itab_T_I);
    const ITab *pt_i = getitab(&type_I, &type_pT, 0);
    show("*T,I built", pt_i != 0 && pt_i != &itab_T_I);
    show("*T,I hash", pt_i->hash);
    show("*T,I fun", pt_i->fun[0] == (uintptr_t)&go_pT_M_wrapper);
    show("*T,I cached", getitab(&type_I, &type_pT, 1) == pt_i);
    show("T,J fails", getitab(&type_J, &type_T, 1) == 0);
    show("T,J fails again", getitab(&type_J, &type_T, 1) == 0);
    const ITab *t_k = getitab(&type_K, &type_T, 1);
    show("T,K unexported method", t_k != 0 && t_k->fun[0] == (uintptr_t)&go_pT_m_wrapper);
    show("int,I fails", getitab(&type_I, &type_int, 1) == 0);
    show("assertE2I2 nil", assertE2I2(&type_I, 0) == 0);
    show("assertE2I", assertE2I(&type_I, &type_pT) == pt_i);
    /* Call through the runtime-built itab. */
    static struct { int64_t a, b; } t_val;
    go_call(pt_i, &t_val);
    go_call(t_k, &t_val);
    show("method calls", m_calls);

    /* x.(I) with CanFail: the cache gets the entry after some ~1/1024-sampled calls. */
    struct { const uint64_t *cache; const Type *inter; uint8_t can_fail; } ta = {emptyTypeAssertCache, &type_I, 1};
    int64_t calls = 0;
    while (ta.cache == emptyTypeAssertCache && calls < 1000000) {
        calls++;
        if (typeAssert(&ta, &type_T) != &itab_T_I) show("typeAssert wrong", calls);
    }
    uint64_t mask = ta.cache[0];
    const uint64_t *e = &ta.cache[1 + 2 * (type_T.hash & mask)];
    show("typeAssert cache mask", (int64_t)mask);
    show("typeAssert cache entry", e[0] == (uintptr_t)&type_T && e[1] == (uintptr_t)&itab_T_I);
    show("typeAssert miss", typeAssert(&ta, &type_int) == 0);

    /* switch x.(type) { case J: case I: } */
    struct { const uint64_t *cache; int64_t n; const Type *cases[2]; } sw = {emptyInterfaceSwitchCache, 2, {&type_J, &type_I}};
    SwitchResult r;
    interfaceSwitch(&r, &sw, &type_T);
    show("switch T case", r.case_);
    show("switch T tab", r.tab == &itab_T_I);
    interfaceSwitch(&r, &sw, &type_int);
    show("switch int case", r.case_);
    show("switch int tab", (int64_t)(uintptr_t)r.tab);

    /* any(x) == any(y) */
    static int64_t five = 5, five2 = 5, six = 6;
    show("efaceeq 5 5", efaceeq(&type_int, &five, &five2));
    show("efaceeq 5 6", efaceeq(&type_int, &five, &six));
    show("efaceeq nil", efaceeq(0, 0, 0));
    static String s1 = {S("abc")}, s2 = {S("abc")};
    show("efaceeq strings", efaceeq(&type_string, &s1, &s2));
    show("efaceeq pointers", efaceeq(&type_pT, &five, &five));
    show("efaceeq pointers differ", efaceeq(&type_pT, &five, &five2));
    /* Interfaces inside: nilinterequal through Equal of interface {} values. */
    static struct { const void *t; void *d; } ea = {&type_int, &five}, eb = {&type_int, &five2};
    show("efaceeq any in any", efaceeq(&type_eface, &ea, &eb));
    show("ifaceeq", ifaceeq(&itab_T_I, &t_val, &t_val));
    show("ifaceeq nil", ifaceeq(0, 0, 0));
}

static uint64_t ms_a[5776 / 8], ms_b[5776 / 8];

static void report(const char *name) {
    /* Mallocs at offset 32, TotalAlloc at 8, Frees at 40. */
    printlock();
    printstring(name, (int64_t)strlen(name));
    printsp();
    printuint(ms_b[4] - ms_a[4]);
    printsp();
    printuint(ms_b[1] - ms_a[1]);
    printsp();
    printuint(ms_b[5] - ms_a[5]);
    printnl();
    printunlock();
}

/* The same operations as the gc oracle program, each result escaping to a global. */
static void memstats(void) {
    static char bs40[40];
    Slice s = {0};
    ReadMemStats(ms_a); newobject(&int_type); ReadMemStats(ms_b); report("new_int");
    ReadMemStats(ms_a); newobject(&int_type); newobject(&int_type); ReadMemStats(ms_b); report("two_new_int");
    ReadMemStats(ms_a); mallocgc(24, 0, 1); ReadMemStats(ms_b); report("new_arr3");
    ReadMemStats(ms_a); concatstring2(&sink_s, 0, S("hello"), S("world")); ReadMemStats(ms_b); report("concat10");
    ReadMemStats(ms_a); concatstring2(&sink_s, 0, S("hello"), S("")); ReadMemStats(ms_b); report("concat_one");
    ReadMemStats(ms_a); stringtoslicebyte(&sink_b, 0, S("hello")); ReadMemStats(ms_b); report("bytes5");
    ReadMemStats(ms_a); intstring(&sink_s, 0, 0xe9); ReadMemStats(ms_b); report("intstring");
    ReadMemStats(ms_a); slicebytetostring(&sink_s, 0, bs40, 40); ReadMemStats(ms_b); report("bytestostring40");
    ReadMemStats(ms_a); slicebytetostring(&sink_s, 0, bs40, 1); ReadMemStats(ms_b); report("bytestostring1");
    ReadMemStats(ms_a); stringtoslicerune(&sink_b, 0, S("hello\xc3\xa9")); ReadMemStats(ms_b); report("runes");
    ReadMemStats(ms_a);
    for (int64_t i = 0; i < 100; i++) {
        if (s.len + 1 > s.cap) growslice(&s, s.ptr, s.len + 1, s.cap, 1, &int_type);
        else s.len++;
        ((int64_t *)s.ptr)[s.len - 1] = i;
    }
    ReadMemStats(ms_b); report("append100");
    ReadMemStats(ms_a); makeslice(&byte_type, 1 << 16, 1 << 16); ReadMemStats(ms_b); report("make64k");
    ReadMemStats(ms_a); ReadMemStats(ms_b); report("nothing");
}

static void print_values(void) {
    /* println("x", -5, 1e21, true, float32(0.1), ^uint64(0), (*int)(nil), []int(nil), any(nil), 1.5-2i) */
    printlock();
    printstring(S("x")); printsp();
    printint(-5); printsp();
    printfloat64(1e21); printsp();
    printbool(1); printsp();
    printfloat32(0.1f); printsp();
    printuint(UINT64_MAX); printsp();
    printpointer(0); printsp();
    printslice(0, 0, 0); printsp();
    printeface(0, 0); printsp();
    printcomplex128(1.5, -2);
    printnl();
    printunlock();
    /* for i, r := range "aé\xff" { println(i, r) } */
    const char *str = "a\xc3\xa9\xff";
    for (int64_t k = 0; k < 4;) {
        int64_t i = k;
        int32_t r;
        if ((unsigned char)str[k] < 0x80) { r = str[k]; k++; }
        else { DecodedRune d; decoderune(&d, str, 4, k); r = d.rune; k = d.pos; }
        printlock(); printint(i); printsp(); printint(r); printnl(); printunlock();
    }
    printlock(); printstring(S("init ran: ")); printint(initialized); printnl(); printunlock();
}

void go_main(void) {
    const char *sc = getenv("SCENARIO");
    if (!sc) sc = "print";
    if (!strcmp(sc, "print")) print_values();
    else if (!strcmp(sc, "index")) go_f(5);
    else if (!strcmp(sc, "nil")) go_g(0);
    else if (!strcmp(sc, "slice3")) panicSlice3C(3, 1);
    else if (!strcmp(sc, "divide")) panicdivide();
    else if (!strcmp(sc, "panicmem")) panicmem();
    else if (!strcmp(sc, "makeslice")) makeslice(&int_type, -1, 0);
    else if (!strcmp(sc, "gopanic")) { static String v = {S("boom\nline two")}; gopanic(&type_string, &v); }
    else if (!strcmp(sc, "gopanic_float")) { static double v = 1e21; gopanic(&type_float64, &v); }
    else if (!strcmp(sc, "custom")) { static int64_t v = 5; gopanic(&type_MyInt, &v); }
    else if (!strcmp(sc, "struct")) { static int64_t v[2]; gopanic(&type_T, v); }
    else if (!strcmp(sc, "error")) { static int64_t v = 1; gopanic(&type_E, &v); }
    else if (!strcmp(sc, "stringer")) { static int64_t v = 1; gopanic(&type_St, &v); }
    else if (!strcmp(sc, "interfaces")) interfaces();
    else if (!strcmp(sc, "nilerr")) gopanic(&type_pME, 0);
    else if (!strcmp(sc, "strpanic")) { static int64_t v = 1; gopanic(&type_PS, &v); }
    else if (!strcmp(sc, "wrap")) go_call(&itab_T_I, 0), go_call(getitab(&type_I, &type_pT, 0), 0);
    else if (!strcmp(sc, "missing")) getitab(&type_J, &type_T, 0);
    else if (!strcmp(sc, "missing_cached")) { getitab(&type_J, &type_T, 1); getitab(&type_J, &type_T, 0); }
    else if (!strcmp(sc, "nouncommon")) assertE2I(&type_I, &type_slice_int);
    else if (!strcmp(sc, "dottypeE")) panicdottypeE(&type_int, &type_string, &type_eface);
    else if (!strcmp(sc, "dottypeI")) panicdottypeI(&itab_T_I, &type_pT, &type_I);
    else if (!strcmp(sc, "nildottype")) panicnildottype(&type_I);
    else if (!strcmp(sc, "typeassert_nil")) { struct { const void *c, *i; uint8_t f; } d = {emptyTypeAssertCache, &type_I, 0}; typeAssert(&d, 0); }
    else if (!strcmp(sc, "uncomparable")) { static Slice s; efaceeq(&type_slice_int, &s, &s); }
    else if (!strcmp(sc, "nilpanic")) gopanic(0, 0);
    else if (!strcmp(sc, "memstats")) memstats();
    else if (!strcmp(sc, "deep")) go_rec(150);
    else if (!strcmp(sc, "overflow")) go_inf(0);
}
__attribute__((noinline)) void go_main_end(void) {}

struct FuncRec { uint64_t entry, end; const char *name; uint32_t flags, frame_offset; uint64_t resume; const char *file; const uint32_t *lines; };
struct FuncRec functab[9] __asm__("runtime.functab") = {
    {(uint64_t)(uintptr_t)&go_pME_Error, (uint64_t)(uintptr_t)&go_pME_Error_end, "main.(*ME).Error"},
    {(uint64_t)(uintptr_t)&go_pPS_String, (uint64_t)(uintptr_t)&go_pPS_String_end, "main.(*PS).String"},
    {(uint64_t)(uintptr_t)&go_pT_M_wrapper, (uint64_t)(uintptr_t)&go_pT_M_wrapper_end, "main.(*T).M"},
    {(uint64_t)(uintptr_t)&go_call, (uint64_t)(uintptr_t)&go_call_end, "main.call"},
    {(uint64_t)(uintptr_t)&go_f, (uint64_t)(uintptr_t)&go_f_end, "main.f"},
    {(uint64_t)(uintptr_t)&go_rec, (uint64_t)(uintptr_t)&go_rec_end, "main.rec"},
    {(uint64_t)(uintptr_t)&go_inf, (uint64_t)(uintptr_t)&go_inf_end, "main.inf"},
    {(uint64_t)(uintptr_t)&go_g, (uint64_t)(uintptr_t)&go_g_end, "main.g"},
    {(uint64_t)(uintptr_t)&go_main, (uint64_t)(uintptr_t)&go_main_end, "main.main"},
};
uint64_t nfunctab __asm__("runtime.nfunctab") = 9;
