/* A hand-written type-data blob in the layout gocrane's compiler emits (docs/runtime-abi.md,
 * "Interfaces"): gc 1.27's abi.Type/UncommonType/Method/InterfaceType/ITab records and abi.Name
 * strings in ONE region [runtime.types, runtime.etypes), every NameOff/TypeOff/TextOff an int32
 * offset from runtime.types, the compiler's itabs contiguous in [runtime.itabs, runtime.eitabs).
 *
 * The Go program it describes (prog.c holds the "code"):
 *
 *   type T struct{ a, b int }     func (T) M()   func (T) m()     (T.M via wrapper main.(*T).M)
 *   type I interface{ M() }       type J interface{ M(); N() }    type K interface{ m() }
 *   type MyInt int                type E int; func (E) Error() string    type St int; func (St) String() string
 *   type ME struct{ msg string }; func (*ME) Error() string    type PS int; func (PS) String() string
 *   plus int, string, float64, []int, interface {}, func(), func() string, *T
 *   and the compiler itab go:itab.main.T,main.I.
 */

#define UNCOMMON 1
#define EXTRASTAR 2
#define NAMED 4
#define REGMEM 8
#define DIRECT 32

#define K_INT 2
#define K_FLOAT64 14
#define K_FUNC 19
#define K_INTERFACE 20
#define K_POINTER 22
#define K_SLICE 23
#define K_STRING 24
#define K_STRUCT 25

#define OFF(sym) .4byte sym - runtime.types

/* abi.Type: size, ptrbytes, hash, tflag, align, kind, equal funcval (or 0), Str, PtrToThis */
.macro TYPE size, ptrbytes, hash, tflag, align, kind, equal, str
    .8byte \size, \ptrbytes
    .4byte \hash
    .byte \tflag, \align, \align, \kind
    .8byte \equal
    .8byte 0
    OFF(\str)
    .4byte 0
.endm

/* abi.UncommonType: PkgPath, Mcount, Xcount, Moff (methods follow directly: Moff 16) */
.macro UNCOMMON_HDR pkgpath, mcount, xcount
    OFF(\pkgpath)
    .2byte \mcount, \xcount
    .4byte 16
    .4byte 0
.endm

/* abi.Name: flags, varint length, bytes */
.macro NAME label, flags, str
\label:
    .byte \flags
    .byte 2f - 1f
1:  .ascii "\str"
2:
.endm

    .section .data.rel.ro.gotypes, "aw"
    .p2align 3
    .globl runtime.types, runtime.etypes, runtime.itabs, runtime.eitabs
    .globl type_int, type_string, type_float64, type_T, type_pT, type_I, type_J, type_K
    .globl type_MyInt, type_E, type_St, type_eface, type_slice_int, itab_T_I, type_pME, type_PS
runtime.types:
    .8byte 0 /* offset 0 is "no name" */

    NAME n_int, 0, "*int"
    NAME n_string, 0, "*string"
    NAME n_float64, 0, "*float64"
    NAME n_T, 0, "*main.T"
    NAME n_pT, 0, "*main.T"
    NAME n_I, 0, "*main.I"
    NAME n_J, 0, "*main.J"
    NAME n_K, 0, "*main.K"
    NAME n_MyInt, 0, "*main.MyInt"
    NAME n_E, 0, "*main.E"
    NAME n_St, 0, "*main.St"
    NAME n_eface, 0, "interface {}"
    NAME n_slice_int, 0, "[]int"
    NAME n_func, 0, "*func()"
    NAME n_func_string, 0, "*func() string"
    NAME n_pME, 0, "*main.ME"
    NAME n_PS, 0, "*main.PS"
    NAME n_main, 0, "main"
    NAME n_M, 1, "M"
    NAME n_N, 1, "N"
    NAME n_m, 0, "m"
    NAME n_Error, 1, "Error"
    NAME n_String, 1, "String"

    .p2align 3
type_int:
    TYPE 8, 0, 0x11111111, UNCOMMON|EXTRASTAR|NAMED|REGMEM, 8, K_INT, "runtime.memequal64·f", n_int
    UNCOMMON_HDR 0, 0, 0
type_string:
    TYPE 16, 8, 0x22222222, UNCOMMON|EXTRASTAR|NAMED, 8, K_STRING, "runtime.strequal·f", n_string
    UNCOMMON_HDR 0, 0, 0
type_float64:
    TYPE 8, 0, 0x33333333, UNCOMMON|EXTRASTAR|NAMED, 8, K_FLOAT64, "runtime.f64equal·f", n_float64
    UNCOMMON_HDR 0, 0, 0

/* func() and func() string: FuncType{InCount, OutCount} then the parameter types. */
type_func:
    TYPE 8, 8, 0x44444444, EXTRASTAR|DIRECT, 8, K_FUNC, 0, n_func
    .2byte 0, 0
    .4byte 0
type_func_string:
    TYPE 8, 8, 0x55555555, EXTRASTAR|DIRECT, 8, K_FUNC, 0, n_func_string
    .2byte 0, 1
    .4byte 0
    .8byte type_string

/* main.T: StructType{PkgPath, Fields} (no fields listed), UncommonType, methods M, m. */
type_T:
    TYPE 16, 0, 0x66666666, UNCOMMON|EXTRASTAR|NAMED|REGMEM, 8, K_STRUCT, "runtime.memequal128·f", n_T
    .8byte n_main
    .8byte 0, 0, 0
    UNCOMMON_HDR n_main, 2, 1
    OFF(n_M); OFF(type_func); OFF(go_pT_M_wrapper); OFF(go_T_M)
    OFF(n_m); OFF(type_func); OFF(go_pT_m_wrapper); OFF(go_T_m)

/* *main.T: PtrType{Elem}, UncommonType, methods M, m (the wrappers). */
type_pT:
    TYPE 8, 8, 0x77777777, UNCOMMON|DIRECT|REGMEM, 8, K_POINTER, "runtime.memequal64·f", n_pT
    .8byte type_T
    UNCOMMON_HDR n_main, 2, 1
    OFF(n_M); OFF(type_func); OFF(go_pT_M_wrapper); OFF(go_pT_M_wrapper)
    OFF(n_m); OFF(type_func); OFF(go_pT_m_wrapper); OFF(go_pT_m_wrapper)

/* Interfaces: InterfaceType{PkgPath, Methods}, UncommonType (no methods), Imethods. */
.macro IFACE label, hash, str, n, tflag
\label:
    TYPE 16, 16, \hash, \tflag, 8, K_INTERFACE, "runtime.interequal·f", \str
    .8byte n_main
    .8byte \label\()_methods, \n, \n
    UNCOMMON_HDR n_main, 0, 0
\label\()_methods:
.endm

    IFACE type_I, 0x88888888, n_I, 1, UNCOMMON|EXTRASTAR|NAMED
    OFF(n_M); OFF(type_func)
    IFACE type_J, 0x99999999, n_J, 2, UNCOMMON|EXTRASTAR|NAMED
    OFF(n_M); OFF(type_func)
    OFF(n_N); OFF(type_func)
    IFACE type_K, 0xaaaaaaaa, n_K, 1, UNCOMMON|EXTRASTAR|NAMED
    OFF(n_m); OFF(type_func)

    .p2align 3
type_eface:
    TYPE 16, 16, 0xbbbbbbbb, 0, 8, K_INTERFACE, "runtime.nilinterequal·f", n_eface
    .8byte 0
    .8byte 0, 0, 0

type_slice_int:
    TYPE 24, 8, 0xcccccccc, 0, 8, K_SLICE, 0, n_slice_int
    .8byte type_int

type_MyInt:
    TYPE 8, 0, 0xdddddddd, UNCOMMON|EXTRASTAR|NAMED|REGMEM, 8, K_INT, "runtime.memequal64·f", n_MyInt
    UNCOMMON_HDR n_main, 0, 0
type_E:
    TYPE 8, 0, 0xeeeeeeee, UNCOMMON|EXTRASTAR|NAMED|REGMEM, 8, K_INT, "runtime.memequal64·f", n_E
    UNCOMMON_HDR n_main, 1, 1
    OFF(n_Error); OFF(type_func_string); OFF(go_pE_Error); OFF(go_E_Error)
type_St:
    TYPE 8, 0, 0xffffffff, UNCOMMON|EXTRASTAR|NAMED|REGMEM, 8, K_INT, "runtime.memequal64·f", n_St
    UNCOMMON_HDR n_main, 1, 1
    OFF(n_String); OFF(type_func_string); OFF(go_pSt_String); OFF(go_St_String)

/* type ME struct{ msg string }; func (e *ME) Error() string { return e.msg }  (*ME only) */
type_pME:
    TYPE 8, 8, 0x12121212, UNCOMMON|DIRECT|REGMEM, 8, K_POINTER, "runtime.memequal64·f", n_pME
    .8byte 0
    UNCOMMON_HDR n_main, 1, 1
    OFF(n_Error); OFF(type_func_string); OFF(go_pME_Error); OFF(go_pME_Error)
/* type PS int; func (PS) String() string { panic("inner") } */
type_PS:
    TYPE 8, 0, 0x13131313, UNCOMMON|EXTRASTAR|NAMED|REGMEM, 8, K_INT, "runtime.memequal64·f", n_PS
    UNCOMMON_HDR n_main, 1, 1
    OFF(n_String); OFF(type_func_string); OFF(go_pPS_String); OFF(go_pPS_String)

    .p2align 3
runtime.itabs:
itab_T_I:
    .8byte type_I, type_T
    .4byte 0x66666666, 0
    .8byte go_pT_M_wrapper
runtime.eitabs:
runtime.etypes:

    .section .note.GNU-stack, "", %progbits
