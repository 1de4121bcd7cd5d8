main.fc STEXT size=16 align=0x0 args=0x10 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops2.go:4)	TEXT	main.fc(SB), LEAF|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (ops2.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:4)	FUNCDATA	$5, main.fc.arginfo1(SB)
	0x0000 00000 (ops2.go:4)	FUNCDATA	$6, main.fc.argliveinfo(SB)
	0x0000 00000 (ops2.go:4)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:4)	FCMPD	F1, F0
	0x0004 00004 (ops2.go:4)	CSET	MI, R0
	0x0008 00008 (ops2.go:4)	RET	(R30)
	0x0000 00 20 61 1e e0 57 9f 9a c0 03 5f d6 00 00 00 00  . a..W...._.....
main.m5 STEXT size=16 align=0x0 args=0x8 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops2.go:7)	TEXT	main.m5(SB), LEAF|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (ops2.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:7)	FUNCDATA	$5, main.m5.arginfo1(SB)
	0x0000 00000 (ops2.go:7)	FUNCDATA	$6, main.m5.argliveinfo(SB)
	0x0000 00000 (ops2.go:7)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:7)	MOVD	$5000, R1
	0x0004 00004 (ops2.go:7)	MUL	R1, R0, R0
	0x0008 00008 (ops2.go:7)	RET	(R30)
	0x0000 01 71 82 d2 00 7c 01 9b c0 03 5f d6 00 00 00 00  .q...|...._.....
main.cm STEXT size=16 align=0x0 args=0x10 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops2.go:10)	TEXT	main.cm(SB), LEAF|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (ops2.go:10)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:10)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:10)	FUNCDATA	$5, main.cm.arginfo1(SB)
	0x0000 00000 (ops2.go:10)	FUNCDATA	$6, main.cm.argliveinfo(SB)
	0x0000 00000 (ops2.go:10)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:11)	CMP	R0, R1
	0x0004 00004 (ops2.go:14)	CSEL	LT, R1, R0, R0
	0x0008 00008 (ops2.go:11)	RET	(R30)
	0x0000 3f 00 00 eb 20 b0 80 9a c0 03 5f d6 00 00 00 00  ?... ....._.....
main.tb STEXT size=16 align=0x0 args=0x8 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops2.go:18)	TEXT	main.tb(SB), LEAF|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (ops2.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:18)	FUNCDATA	$5, main.tb.arginfo1(SB)
	0x0000 00000 (ops2.go:18)	FUNCDATA	$6, main.tb.argliveinfo(SB)
	0x0000 00000 (ops2.go:18)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:18)	TSTW	$4, R0
	0x0004 00004 (ops2.go:18)	CSET	NE, R0
	0x0008 00008 (ops2.go:18)	RET	(R30)
	0x0000 1f 00 1e 72 e0 07 9f 9a c0 03 5f d6 00 00 00 00  ...r......_.....
main.bits STEXT size=16 align=0x0 args=0x8 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops2.go:21)	TEXT	main.bits(SB), LEAF|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (ops2.go:21)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:21)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:21)	FUNCDATA	$5, main.bits.arginfo1(SB)
	0x0000 00000 (ops2.go:21)	FUNCDATA	$6, main.bits.argliveinfo(SB)
	0x0000 00000 (ops2.go:21)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:21)	ROR	$61, R0, R0
	0x0004 00004 (ops2.go:21)	RET	(R30)
	0x0000 00 f4 c0 93 c0 03 5f d6 00 00 00 00 00 00 00 00  ......_.........
main.u32 STEXT size=16 align=0x0 args=0x10 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops2.go:24)	TEXT	main.u32(SB), LEAF|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (ops2.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:24)	FUNCDATA	$5, main.u32.arginfo1(SB)
	0x0000 00000 (ops2.go:24)	FUNCDATA	$6, main.u32.argliveinfo(SB)
	0x0000 00000 (ops2.go:24)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:24)	MOVWU	R0, R0
	0x0004 00004 (ops2.go:24)	FCVTZSD	F0, R1
	0x0008 00008 (ops2.go:24)	RET	(R30)
	0x0000 e0 03 00 2a 01 00 78 9e c0 03 5f d6 00 00 00 00  ...*..x..._.....
main.neg STEXT size=16 align=0x0 args=0x8 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops2.go:27)	TEXT	main.neg(SB), LEAF|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (ops2.go:27)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:27)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:27)	FUNCDATA	$5, main.neg.arginfo1(SB)
	0x0000 00000 (ops2.go:27)	FUNCDATA	$6, main.neg.argliveinfo(SB)
	0x0000 00000 (ops2.go:27)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:27)	FNEGD	F0, F0
	0x0004 00004 (ops2.go:27)	RET	(R30)
	0x0000 00 40 61 1e c0 03 5f d6 00 00 00 00 00 00 00 00  .@a..._.........
