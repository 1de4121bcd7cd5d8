/* A stand-in for a gocrane-compiled program: "Go" functions named main.* that call the runtime
 * exactly as generated code does (C calling convention, gc's symbol names), plus the tables the
 * compiler emits. Compiled with frame pointers, like Cranelift code with preserve_frame_pointers.
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

void go_init(void) __asm__("main.init");
void go_main(void) __asm__("main.main");
void go_f(int64_t) __asm__("main.f");
void go_g(int *) __asm__("main.g");
int64_t go_rec(int64_t) __asm__("main.rec");
int64_t go_inf(int64_t) __asm__("main.inf");

static const Type int_type = {8, 0, 0, 0xf, 8, 8, 2 /* Int */};
static const Type byte_type = {1, 0, 0, 0xf, 1, 1, 8 /* Uint8 */};
static const Type string_type = {16, 8, 0, 0x7, 8, 8, 24 /* String */};
static const Type myint_type = {8, 0, 0, 0xf, 8, 8, 2 /* Int */};

static String sink_s;
static Slice sink_b;
static int64_t initialized;

#define S(lit) lit, (int64_t)(sizeof(lit) - 1)

void go_init(void) { initialized = 42; }

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
    else if (!strcmp(sc, "gopanic")) { static String v = {S("boom\nline two")}; gopanic(&string_type, &v); }
    else if (!strcmp(sc, "gopanic_float")) { static double v = 1e21; static const Type f = {8, 0, 0, 0xf, 8, 8, 14}; gopanic(&f, &v); }
    else if (!strcmp(sc, "custom")) { static int64_t v = 5; gopanic(&myint_type, &v); }
    else if (!strcmp(sc, "nilpanic")) gopanic(0, 0);
    else if (!strcmp(sc, "memstats")) memstats();
    else if (!strcmp(sc, "deep")) go_rec(150);
    else if (!strcmp(sc, "overflow")) go_inf(0);
}
__attribute__((noinline)) void go_main_end(void) {}

struct FuncRec { uint64_t entry, end; const char *name; };
struct FuncRec functab[5] __asm__("runtime.functab") = {
    {(uint64_t)(uintptr_t)&go_f, (uint64_t)(uintptr_t)&go_f_end, "main.f"},
    {(uint64_t)(uintptr_t)&go_rec, (uint64_t)(uintptr_t)&go_rec_end, "main.rec"},
    {(uint64_t)(uintptr_t)&go_inf, (uint64_t)(uintptr_t)&go_inf_end, "main.inf"},
    {(uint64_t)(uintptr_t)&go_g, (uint64_t)(uintptr_t)&go_g_end, "main.g"},
    {(uint64_t)(uintptr_t)&go_main, (uint64_t)(uintptr_t)&go_main_end, "main.main"},
};
uint64_t nfunctab __asm__("runtime.nfunctab") = 5;

struct TypeName { const Type *typ; const char *name; };
struct TypeName typenames[3] __asm__("runtime.typenames") = {
    {&int_type, "int"}, {&string_type, "string"}, {&myint_type, "main.MyInt"},
};
uint64_t ntypenames __asm__("runtime.ntypenames") = 3;
