main.fc STEXT nosplit size=8 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (ops2.go:4)	TEXT	main.fc(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (ops2.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:4)	FUNCDATA	$5, main.fc.arginfo1(SB)
	0x0000 00000 (ops2.go:4)	FUNCDATA	$6, main.fc.argliveinfo(SB)
	0x0000 00000 (ops2.go:4)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:4)	UCOMISD	X0, X1
	0x0004 00004 (ops2.go:4)	SETHI	AL
	0x0007 00007 (ops2.go:4)	RET
	0x0000 66 0f 2e c8 0f 97 c0 c3                          f.......
main.m5 STEXT nosplit size=8 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (ops2.go:7)	TEXT	main.m5(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (ops2.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:7)	FUNCDATA	$5, main.m5.arginfo1(SB)
	0x0000 00000 (ops2.go:7)	FUNCDATA	$6, main.m5.argliveinfo(SB)
	0x0000 00000 (ops2.go:7)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:7)	IMUL3Q	$5000, AX, AX
	0x0007 00007 (ops2.go:7)	RET
	0x0000 48 69 c0 88 13 00 00 c3                          Hi......
main.cm STEXT nosplit size=8 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (ops2.go:10)	TEXT	main.cm(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (ops2.go:10)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:10)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:10)	FUNCDATA	$5, main.cm.arginfo1(SB)
	0x0000 00000 (ops2.go:10)	FUNCDATA	$6, main.cm.argliveinfo(SB)
	0x0000 00000 (ops2.go:10)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:11)	CMPQ	BX, AX
	0x0003 00003 (ops2.go:14)	CMOVQLT	BX, AX
	0x0007 00007 (ops2.go:11)	RET
	0x0000 48 39 c3 48 0f 4c c3 c3                          H9.H.L..
main.tb STEXT nosplit size=6 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (ops2.go:18)	TEXT	main.tb(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (ops2.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:18)	FUNCDATA	$5, main.tb.arginfo1(SB)
	0x0000 00000 (ops2.go:18)	FUNCDATA	$6, main.tb.argliveinfo(SB)
	0x0000 00000 (ops2.go:18)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:18)	TESTB	$4, AL
	0x0002 00002 (ops2.go:18)	SETNE	AL
	0x0005 00005 (ops2.go:18)	RET
	0x0000 a8 04 0f 95 c0 c3                                ......
main.bits STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (ops2.go:21)	TEXT	main.bits(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (ops2.go:21)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:21)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:21)	FUNCDATA	$5, main.bits.arginfo1(SB)
	0x0000 00000 (ops2.go:21)	FUNCDATA	$6, main.bits.argliveinfo(SB)
	0x0000 00000 (ops2.go:21)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:21)	ROLQ	$3, AX
	0x0004 00004 (ops2.go:21)	RET
	0x0000 48 c1 c0 03 c3                                   H....
main.u32 STEXT nosplit size=8 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (ops2.go:24)	TEXT	main.u32(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (ops2.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:24)	FUNCDATA	$5, main.u32.arginfo1(SB)
	0x0000 00000 (ops2.go:24)	FUNCDATA	$6, main.u32.argliveinfo(SB)
	0x0000 00000 (ops2.go:24)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:24)	MOVL	AX, AX
	0x0002 00002 (ops2.go:24)	CVTTSD2SQ	X0, BX
	0x0007 00007 (ops2.go:24)	RET
	0x0000 89 c0 f2 48 0f 2c d8 c3                          ...H.,..
main.neg STEXT nosplit size=13 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (ops2.go:27)	TEXT	main.neg(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (ops2.go:27)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:27)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops2.go:27)	FUNCDATA	$5, main.neg.arginfo1(SB)
	0x0000 00000 (ops2.go:27)	FUNCDATA	$6, main.neg.argliveinfo(SB)
	0x0000 00000 (ops2.go:27)	PCDATA	$3, $1
	0x0000 00000 (ops2.go:27)	MOVSD	$f64.8000000000000000(SB), X1
	0x0008 00008 (ops2.go:27)	PXOR	X1, X0
	0x000c 00012 (ops2.go:27)	RET
	0x0000 f2 0f 10 0d 00 00 00 00 66 0f ef c1 c3           ........f....
	rel 4+4 t=R_PCREL $f64.8000000000000000+0
