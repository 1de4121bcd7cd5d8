main.Rect.Area STEXT nosplit size=5 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (ops.go:10)	TEXT	main.Rect.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (ops.go:10)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:10)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:10)	FUNCDATA	$5, main.Rect.Area.arginfo1(SB)
	0x0000 00000 (ops.go:10)	FUNCDATA	$6, main.Rect.Area.argliveinfo(SB)
	0x0000 00000 (ops.go:10)	PCDATA	$3, $1
	0x0000 00000 (ops.go:10)	MULSD	X1, X0
	0x0004 00004 (ops.go:10)	RET
	0x0000 f2 0f 59 c1 c3                                   ..Y..
main.Rect.Scale STEXT size=113 align=0x0 args=0x18 locals=0x28 funcid=0x0
	0x0000 00000 (ops.go:11)	TEXT	main.Rect.Scale(SB), ABIInternal, $40-24
	0x0000 00000 (ops.go:11)	CMPQ	SP, 16(R14)
	0x0004 00004 (ops.go:11)	PCDATA	$0, $-2
	0x0004 00004 (ops.go:11)	JLS	74
	0x0006 00006 (ops.go:11)	PCDATA	$0, $-1
	0x0006 00006 (ops.go:11)	PUSHQ	BP
	0x0007 00007 (ops.go:11)	MOVQ	SP, BP
	0x000a 00010 (ops.go:11)	SUBQ	$32, SP
	0x000e 00014 (ops.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (ops.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (ops.go:11)	FUNCDATA	$5, main.Rect.Scale.arginfo1(SB)
	0x000e 00014 (ops.go:11)	FUNCDATA	$6, main.Rect.Scale.argliveinfo(SB)
	0x000e 00014 (ops.go:11)	PCDATA	$3, $1
	0x000e 00014 (ops.go:11)	XORPS	X2, X2
	0x0011 00017 (ops.go:11)	CVTSL2SD	AX, X2
	0x0015 00021 (ops.go:11)	MULSD	X2, X0
	0x0019 00025 (ops.go:11)	MOVSD	X0, main..autotmp_3+16(SP)
	0x001f 00031 (ops.go:11)	DIVSD	X2, X1
	0x0023 00035 (ops.go:11)	MOVSD	X1, main..autotmp_3+24(SP)
	0x0029 00041 (ops.go:11)	LEAQ	type:main.Rect(SB), AX
	0x0030 00048 (ops.go:11)	LEAQ	main..autotmp_3+16(SP), BX
	0x0035 00053 (ops.go:11)	PCDATA	$1, $0
	0x0035 00053 (ops.go:11)	CALL	runtime.convTnoptr(SB)
	0x003a 00058 (ops.go:11)	MOVQ	AX, BX
	0x003d 00061 (ops.go:11)	LEAQ	go:itab.main.Rect,main.Shape(SB), AX
	0x0044 00068 (ops.go:11)	ADDQ	$32, SP
	0x0048 00072 (ops.go:11)	POPQ	BP
	0x0049 00073 (ops.go:11)	RET
	0x004a 00074 (ops.go:11)	NOP
	0x004a 00074 (ops.go:11)	PCDATA	$1, $-1
	0x004a 00074 (ops.go:11)	PCDATA	$0, $-2
	0x004a 00074 (ops.go:11)	MOVSD	X0, 8(SP)
	0x0050 00080 (ops.go:11)	MOVSD	X1, 16(SP)
	0x0056 00086 (ops.go:11)	MOVL	AX, 24(SP)
	0x005a 00090 (ops.go:11)	CALL	runtime.morestack_noctxt(SB)
	0x005f 00095 (ops.go:11)	PCDATA	$0, $-1
	0x005f 00095 (ops.go:11)	MOVSD	8(SP), X0
	0x0065 00101 (ops.go:11)	MOVSD	16(SP), X1
	0x006b 00107 (ops.go:11)	MOVL	24(SP), AX
	0x006f 00111 (ops.go:11)	JMP	0
	0x0000 49 3b 66 10 76 44 55 48 89 e5 48 83 ec 20 0f 57  I;f.vDUH..H.. .W
	0x0010 d2 f2 0f 2a d0 f2 0f 59 c2 f2 0f 11 44 24 10 f2  ...*...Y....D$..
	0x0020 0f 5e ca f2 0f 11 4c 24 18 48 8d 05 00 00 00 00  .^....L$.H......
	0x0030 48 8d 5c 24 10 e8 00 00 00 00 48 89 c3 48 8d 05  H.\$......H..H..
	0x0040 00 00 00 00 48 83 c4 20 5d c3 f2 0f 11 44 24 08  ....H.. ]....D$.
	0x0050 f2 0f 11 4c 24 10 89 44 24 18 e8 00 00 00 00 f2  ...L$..D$.......
	0x0060 0f 10 44 24 08 f2 0f 10 4c 24 10 8b 44 24 18 eb  ..D$....L$..D$..
	0x0070 8f                                               .
	rel 2+0 t=R_USEIFACE type:main.Rect+0
	rel 44+4 t=R_PCREL type:main.Rect+0
	rel 54+4 t=R_CALL runtime.convTnoptr+0
	rel 64+4 t=R_PCREL go:itab.main.Rect,main.Shape+0
	rel 91+4 t=R_CALL runtime.morestack_noctxt+0
main.loads STEXT nosplit size=45 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (ops.go:29)	TEXT	main.loads(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (ops.go:29)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (ops.go:29)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (ops.go:29)	FUNCDATA	$5, main.loads.arginfo1(SB)
	0x0000 00000 (ops.go:29)	FUNCDATA	$6, main.loads.argliveinfo(SB)
	0x0000 00000 (ops.go:29)	PCDATA	$3, $1
	0x0000 00000 (ops.go:29)	MOVBQSX	(AX), CX
	0x0004 00004 (ops.go:29)	MOVWQSX	2(AX), DX
	0x0009 00009 (ops.go:29)	ADDQ	DX, CX
	0x000c 00012 (ops.go:29)	MOVLQSX	4(AX), DX
	0x0010 00016 (ops.go:29)	ADDQ	DX, CX
	0x0013 00019 (ops.go:29)	ADDQ	8(AX), CX
	0x0017 00023 (ops.go:29)	MOVBLZX	16(AX), DX
	0x001b 00027 (ops.go:29)	ADDQ	DX, CX
	0x001e 00030 (ops.go:29)	MOVWLZX	18(AX), DX
	0x0022 00034 (ops.go:29)	ADDQ	DX, CX
	0x0025 00037 (ops.go:29)	MOVL	20(AX), DX
	0x0028 00040 (ops.go:29)	LEAQ	(DX)(CX*1), AX
	0x002c 00044 (ops.go:29)	RET
	0x0000 48 0f be 08 48 0f bf 50 02 48 01 d1 48 63 50 04  H...H..P.H..HcP.
	0x0010 48 01 d1 48 03 48 08 0f b6 50 10 48 01 d1 0f b7  H..H.H...P.H....
	0x0020 50 12 48 01 d1 8b 50 14 48 8d 04 0a c3           P.H...P.H....
main.stores STEXT size=98 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (ops.go:32)	TEXT	main.stores(SB), ABIInternal, $8-16
	0x0000 00000 (ops.go:32)	CMPQ	SP, 16(R14)
	0x0004 00004 (ops.go:32)	PCDATA	$0, $-2
	0x0004 00004 (ops.go:32)	JLS	71
	0x0006 00006 (ops.go:32)	PCDATA	$0, $-1
	0x0006 00006 (ops.go:32)	PUSHQ	BP
	0x0007 00007 (ops.go:32)	MOVQ	SP, BP
	0x000a 00010 (ops.go:32)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000a 00010 (ops.go:32)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000a 00010 (ops.go:32)	FUNCDATA	$5, main.stores.arginfo1(SB)
	0x000a 00010 (ops.go:32)	FUNCDATA	$6, main.stores.argliveinfo(SB)
	0x000a 00010 (ops.go:32)	PCDATA	$3, $1
	0x000a 00010 (ops.go:33)	MOVB	BL, (AX)
	0x000c 00012 (ops.go:34)	MOVW	BX, 2(AX)
	0x0010 00016 (ops.go:35)	MOVL	BX, 4(AX)
	0x0013 00019 (ops.go:36)	MOVQ	BX, 8(AX)
	0x0017 00023 (ops.go:37)	MOVB	$7, 16(AX)
	0x001b 00027 (ops.go:38)	MOVW	$300, 18(AX)
	0x0021 00033 (ops.go:39)	MOVL	$70000, 20(AX)
	0x0028 00040 (ops.go:40)	CMPL	runtime.writeBarrier(SB), $0
	0x002f 00047 (ops.go:40)	PCDATA	$0, $-2
	0x002f 00047 (ops.go:40)	JEQ	61
	0x0031 00049 (ops.go:40)	MOVQ	24(AX), CX
	0x0035 00053 (ops.go:40)	CALL	runtime.gcWriteBarrier1(SB)
	0x003a 00058 (ops.go:40)	MOVQ	CX, (R11)
	0x003d 00061 (ops.go:40)	MOVQ	$0, 24(AX)
	0x0045 00069 (ops.go:41)	PCDATA	$0, $-1
	0x0045 00069 (ops.go:41)	POPQ	BP
	0x0046 00070 (ops.go:41)	RET
	0x0047 00071 (ops.go:41)	NOP
	0x0047 00071 (ops.go:32)	PCDATA	$1, $-1
	0x0047 00071 (ops.go:32)	PCDATA	$0, $-2
	0x0047 00071 (ops.go:32)	MOVQ	AX, 8(SP)
	0x004c 00076 (ops.go:32)	MOVQ	BX, 16(SP)
	0x0051 00081 (ops.go:32)	CALL	runtime.morestack_noctxt(SB)
	0x0056 00086 (ops.go:32)	PCDATA	$0, $-1
	0x0056 00086 (ops.go:32)	MOVQ	8(SP), AX
	0x005b 00091 (ops.go:32)	MOVQ	16(SP), BX
	0x0060 00096 (ops.go:32)	JMP	0
	0x0000 49 3b 66 10 76 41 55 48 89 e5 88 18 66 89 58 02  I;f.vAUH....f.X.
	0x0010 89 58 04 48 89 58 08 c6 40 10 07 66 c7 40 12 2c  .X.H.X..@..f.@.,
	0x0020 01 c7 40 14 70 11 01 00 83 3d 00 00 00 00 00 74  ..@.p....=.....t
	0x0030 0c 48 8b 48 18 e8 00 00 00 00 49 89 0b 48 c7 40  .H.H......I..H.@
	0x0040 18 00 00 00 00 5d c3 48 89 44 24 08 48 89 5c 24  .....].H.D$.H.\$
	0x0050 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0060 eb 9e                                            ..
	rel 42+4 t=R_PCREL runtime.writeBarrier+-1
	rel 54+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 82+4 t=R_CALL runtime.morestack_noctxt+0
main.arith STEXT nosplit size=144 align=0x0 args=0x20 locals=0x0 funcid=0x0
	0x0000 00000 (ops.go:44)	TEXT	main.arith(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (ops.go:44)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:44)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:44)	FUNCDATA	$5, main.arith.arginfo1(SB)
	0x0000 00000 (ops.go:44)	FUNCDATA	$6, main.arith.argliveinfo(SB)
	0x0000 00000 (ops.go:44)	PCDATA	$3, $1
	0x0000 00000 (ops.go:45)	MOVQ	BX, DX
	0x0003 00003 (ops.go:45)	IMULQ	AX, BX
	0x0007 00007 (ops.go:45)	XORQ	AX, DX
	0x000a 00010 (ops.go:45)	SUBQ	DX, BX
	0x000d 00013 (ops.go:45)	MOVQ	AX, DX
	0x0010 00016 (ops.go:45)	ANDL	$4080, AX
	0x0015 00021 (ops.go:45)	ORQ	AX, BX
	0x0018 00024 (ops.go:50)	MOVQ	CX, AX
	0x001b 00027 (ops.go:46)	MOVQ	DI, CX
	0x001e 00030 (ops.go:46)	MOVQ	AX, SI
	0x0021 00033 (ops.go:46)	SHRQ	CX, AX
	0x0024 00036 (ops.go:47)	MOVQ	DX, R8
	0x0027 00039 (ops.go:47)	SARQ	$7, DX
	0x002b 00043 (ops.go:46)	MOVQ	AX, R9
	0x002e 00046 (ops.go:48)	MOVQ	$-3689348814741910323, AX
	0x0038 00056 (ops.go:47)	MOVQ	DX, R10
	0x003b 00059 (ops.go:48)	MULQ	SI
	0x003e 00062 (ops.go:48)	SHRQ	$3, DX
	0x0042 00066 (ops.go:49)	MOVQ	R8, R11
	0x0045 00069 (ops.go:49)	SARQ	$63, R8
	0x0049 00073 (ops.go:49)	MOVQ	$-6148914691236517205, AX
	0x0053 00083 (ops.go:48)	MOVQ	DX, R12
	0x0056 00086 (ops.go:49)	IMULQ	R11
	0x0059 00089 (ops.go:49)	ADDQ	R11, DX
	0x005c 00092 (ops.go:49)	SARQ	$1, DX
	0x005f 00095 (ops.go:49)	SUBQ	R8, DX
	0x0062 00098 (ops.go:49)	LEAQ	(DX)(DX*2), DX
	0x0066 00102 (ops.go:49)	MOVQ	R11, R8
	0x0069 00105 (ops.go:49)	SUBQ	DX, R11
	0x006c 00108 (ops.go:50)	LEAQ	(R10)(BX*1), DX
	0x0070 00112 (ops.go:50)	LEAQ	(DX)(R11*1), AX
	0x0074 00116 (ops.go:50)	NEGQ	R8
	0x0077 00119 (ops.go:50)	SUBQ	R8, AX
	0x007a 00122 (ops.go:50)	NOTQ	SI
	0x007d 00125 (ops.go:46)	CMPQ	CX, $64
	0x0081 00129 (ops.go:46)	SBBQ	DX, DX
	0x0084 00132 (ops.go:46)	ANDQ	DX, R9
	0x0087 00135 (ops.go:50)	LEAQ	(R12)(R9*1), DX
	0x008b 00139 (ops.go:50)	LEAQ	(SI)(DX*1), BX
	0x008f 00143 (ops.go:50)	RET
	0x0000 48 89 da 48 0f af d8 48 31 c2 48 29 d3 48 89 c2  H..H...H1.H).H..
	0x0010 25 f0 0f 00 00 48 09 c3 48 89 c8 48 89 f9 48 89  %....H..H..H..H.
	0x0020 c6 48 d3 e8 49 89 d0 48 c1 fa 07 49 89 c1 48 b8  .H..I..H...I..H.
	0x0030 cd cc cc cc cc cc cc cc 49 89 d2 48 f7 e6 48 c1  ........I..H..H.
	0x0040 ea 03 4d 89 c3 49 c1 f8 3f 48 b8 ab aa aa aa aa  ..M..I..?H......
	0x0050 aa aa aa 49 89 d4 49 f7 eb 4c 01 da 48 d1 fa 4c  ...I..I..L..H..L
	0x0060 29 c2 48 8d 14 52 4d 89 d8 49 29 d3 49 8d 14 1a  ).H..RM..I).I...
	0x0070 4a 8d 04 1a 49 f7 d8 4c 29 c0 48 f7 d6 48 83 f9  J...I..L).H..H..
	0x0080 40 48 19 d2 49 21 d1 4b 8d 14 0c 48 8d 1c 16 c3  @H..I!.K...H....
main.div STEXT nosplit size=38 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (ops.go:54)	TEXT	main.div(SB), NOSPLIT|ABIInternal, $8-16
	0x0000 00000 (ops.go:54)	PUSHQ	BP
	0x0001 00001 (ops.go:54)	MOVQ	SP, BP
	0x0004 00004 (ops.go:54)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (ops.go:54)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (ops.go:54)	FUNCDATA	$5, main.div.arginfo1(SB)
	0x0004 00004 (ops.go:54)	FUNCDATA	$6, main.div.argliveinfo(SB)
	0x0004 00004 (ops.go:54)	PCDATA	$3, $1
	0x0004 00004 (ops.go:54)	TESTQ	BX, BX
	0x0007 00007 (ops.go:54)	JEQ	29
	0x0009 00009 (ops.go:54)	CMPQ	BX, $-1
	0x000d 00013 (ops.go:54)	JNE	22
	0x000f 00015 (ops.go:54)	NEGQ	AX
	0x0012 00018 (ops.go:54)	XORL	DX, DX
	0x0014 00020 (ops.go:54)	JMP	27
	0x0016 00022 (ops.go:54)	CQO
	0x0018 00024 (ops.go:54)	IDIVQ	BX
	0x001b 00027 (ops.go:54)	POPQ	BP
	0x001c 00028 (ops.go:54)	RET
	0x001d 00029 (ops.go:54)	PCDATA	$1, $0
	0x001d 00029 (ops.go:54)	NOP
	0x0020 00032 (ops.go:54)	CALL	runtime.panicdivide(SB)
	0x0025 00037 (ops.go:54)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 db 74 14 48 83 fb ff 75 07 48  UH..H..t.H...u.H
	0x0010 f7 d8 31 d2 eb 05 48 99 48 f7 fb 5d c3 0f 1f 00  ..1...H.H..]....
	0x0020 e8 00 00 00 00 90                                ......
	rel 33+4 t=R_CALL runtime.panicdivide+0
main.cmp STEXT nosplit size=33 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (ops.go:57)	TEXT	main.cmp(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (ops.go:57)	FUNCDATA	$0, gclocals·psbdpG2JvgWTgwMzSCvM6g==(SB)
	0x0000 00000 (ops.go:57)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (ops.go:57)	FUNCDATA	$5, main.cmp.arginfo1(SB)
	0x0000 00000 (ops.go:57)	FUNCDATA	$6, main.cmp.argliveinfo(SB)
	0x0000 00000 (ops.go:57)	PCDATA	$3, $1
	0x0000 00000 (ops.go:58)	TESTQ	CX, CX
	0x0003 00003 (ops.go:58)	JEQ	25
	0x0005 00005 (ops.go:58)	CMPQ	BX, AX
	0x0008 00008 (ops.go:58)	JGT	25
	0x000a 00010 (ops.go:61)	JCC	22
	0x000c 00012 (ops.go:61)	CMPQ	8(CX), $0
	0x0011 00017 (ops.go:61)	SETNE	AL
	0x0014 00020 (ops.go:61)	JMP	24
	0x0016 00022 (ops.go:61)	XORL	AX, AX
	0x0018 00024 (ops.go:61)	RET
	0x0019 00025 (ops.go:59)	CMPQ	AX, $3
	0x001d 00029 (ops.go:59)	SETEQ	AL
	0x0020 00032 (ops.go:59)	RET
	0x0000 48 85 c9 74 14 48 39 c3 7f 0f 73 0a 48 83 79 08  H..t.H9...s.H.y.
	0x0010 00 0f 95 c0 eb 02 31 c0 c3 48 83 f8 03 0f 94 c0  ......1..H......
	0x0020 c3                                               .
main.floats STEXT nosplit size=52 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (ops.go:65)	TEXT	main.floats(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (ops.go:65)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:65)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:65)	FUNCDATA	$5, main.floats.arginfo1(SB)
	0x0000 00000 (ops.go:65)	FUNCDATA	$6, main.floats.argliveinfo(SB)
	0x0000 00000 (ops.go:65)	PCDATA	$3, $1
	0x0000 00000 (ops.go:66)	MOVSD	$f64.4004000000000000(SB), X2
	0x0008 00008 (ops.go:66)	MOVUPS	X0, X3
	0x000b 00011 (ops.go:66)	DIVSD	X2, X3
	0x000f 00015 (ops.go:66)	CVTSS2SD	X1, X2
	0x0013 00019 (ops.go:66)	SUBSD	X2, X3
	0x0017 00023 (ops.go:66)	XORPS	X2, X2
	0x001a 00026 (ops.go:66)	CVTSQ2SD	AX, X2
	0x001f 00031 (ops.go:66)	ADDSD	X2, X3
	0x0023 00035 (ops.go:66)	CVTSD2SS	X0, X2
	0x0027 00039 (ops.go:66)	MULSS	X2, X1
	0x002b 00043 (ops.go:66)	CVTTSD2SQ	X0, AX
	0x0030 00048 (ops.go:66)	MOVUPS	X3, X0
	0x0033 00051 (ops.go:66)	RET
	0x0000 f2 0f 10 15 00 00 00 00 0f 10 d8 f2 0f 5e da f3  .............^..
	0x0010 0f 5a d1 f2 0f 5c da 0f 57 d2 f2 48 0f 2a d0 f2  .Z...\..W..H.*..
	0x0020 0f 58 da f2 0f 5a d0 f3 0f 59 ca f2 48 0f 2c c0  .X...Z...Y..H.,.
	0x0030 0f 10 c3 c3                                      ....
	rel 4+4 t=R_PCREL $f64.4004000000000000+0
main.idx STEXT nosplit size=49 align=0x0 args=0x20 locals=0x8 funcid=0x0
	0x0000 00000 (ops.go:70)	TEXT	main.idx(SB), NOSPLIT|ABIInternal, $8-32
	0x0000 00000 (ops.go:70)	PUSHQ	BP
	0x0001 00001 (ops.go:70)	MOVQ	SP, BP
	0x0004 00004 (ops.go:70)	MOVQ	AX, main.s+16(FP)
	0x0009 00009 (ops.go:70)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0009 00009 (ops.go:70)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0009 00009 (ops.go:70)	FUNCDATA	$5, main.idx.arginfo1(SB)
	0x0009 00009 (ops.go:70)	FUNCDATA	$6, main.idx.argliveinfo(SB)
	0x0009 00009 (ops.go:70)	PCDATA	$3, $1
	0x0009 00009 (ops.go:70)	CMPQ	BX, DI
	0x000c 00012 (ops.go:70)	JLS	43
	0x000e 00014 (ops.go:70)	LEAQ	1(DI), CX
	0x0012 00018 (ops.go:70)	MOVQ	(AX)(DI*8), DX
	0x0016 00022 (ops.go:70)	CMPQ	BX, CX
	0x0019 00025 (ops.go:70)	JLS	38
	0x001b 00027 (ops.go:70)	ADDQ	8(AX)(DI*8), DX
	0x0020 00032 (ops.go:70)	LEAQ	(DX)(BX*1), AX
	0x0024 00036 (ops.go:70)	POPQ	BP
	0x0025 00037 (ops.go:70)	RET
	0x0026 00038 (ops.go:70)	PCDATA	$1, $1
	0x0026 00038 (ops.go:70)	PCDATA	$4, $3591
	0x0026 00038 (ops.go:70)	CALL	runtime.panicBounds(SB)
	0x002b 00043 (ops.go:70)	PCDATA	$4, $4023
	0x002b 00043 (ops.go:70)	CALL	runtime.panicBounds(SB)
	0x0030 00048 (ops.go:70)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 89 44 24 10 48 39 fb 76 1d 48 8d  UH..H.D$.H9.v.H.
	0x0010 4f 01 48 8b 14 f8 48 39 cb 76 0b 48 03 54 f8 08  O.H...H9.v.H.T..
	0x0020 48 8d 04 1a 5d c3 e8 00 00 00 00 e8 00 00 00 00  H...]...........
	0x0030 90                                               .
	rel 39+4 t=R_CALL runtime.panicBounds+0
	rel 44+4 t=R_CALL runtime.panicBounds+0
main.arr STEXT nosplit size=12 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (ops.go:73)	TEXT	main.arr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (ops.go:73)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (ops.go:73)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (ops.go:73)	FUNCDATA	$5, main.arr.arginfo1(SB)
	0x0000 00000 (ops.go:73)	FUNCDATA	$6, main.arr.argliveinfo(SB)
	0x0000 00000 (ops.go:73)	PCDATA	$3, $1
	0x0000 00000 (ops.go:73)	ANDL	$15, BX
	0x0003 00003 (ops.go:73)	MOVL	(AX)(BX*4), CX
	0x0006 00006 (ops.go:73)	ADDL	12(AX), CX
	0x0009 00009 (ops.go:73)	MOVL	CX, AX
	0x000b 00011 (ops.go:73)	RET
	0x0000 83 e3 0f 8b 0c 98 03 48 0c 89 c8 c3              .......H....
main.shifts STEXT nosplit size=67 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (ops.go:76)	TEXT	main.shifts(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (ops.go:76)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:76)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:76)	FUNCDATA	$5, main.shifts.arginfo1(SB)
	0x0000 00000 (ops.go:76)	FUNCDATA	$6, main.shifts.argliveinfo(SB)
	0x0000 00000 (ops.go:76)	PCDATA	$3, $1
	0x0000 00000 (ops.go:77)	SHLL	$3, AX
	0x0003 00003 (ops.go:77)	MOVQ	CX, DX
	0x0006 00006 (ops.go:77)	MOVQ	DI, CX
	0x0009 00009 (ops.go:77)	MOVQ	DX, SI
	0x000c 00012 (ops.go:77)	SHRQ	CX, DX
	0x000f 00015 (ops.go:77)	NEGQ	CX
	0x0012 00018 (ops.go:77)	SHLQ	CX, SI
	0x0015 00021 (ops.go:77)	LEAQ	-64(DI), R8
	0x0019 00025 (ops.go:77)	NEGQ	R8
	0x001c 00028 (ops.go:77)	CMPQ	DI, $32
	0x0020 00032 (ops.go:77)	SBBQ	CX, CX
	0x0023 00035 (ops.go:77)	NOTQ	CX
	0x0026 00038 (ops.go:77)	ORQ	DI, CX
	0x0029 00041 (ops.go:77)	SARL	CX, BX
	0x002b 00043 (ops.go:77)	CMPQ	DI, $64
	0x002f 00047 (ops.go:77)	SBBQ	CX, CX
	0x0032 00050 (ops.go:77)	ANDQ	DX, CX
	0x0035 00053 (ops.go:77)	CMPQ	R8, $64
	0x0039 00057 (ops.go:77)	SBBQ	DX, DX
	0x003c 00060 (ops.go:77)	ANDQ	DX, SI
	0x003f 00063 (ops.go:77)	ORQ	SI, CX
	0x0042 00066 (ops.go:77)	RET
	0x0000 c1 e0 03 48 89 ca 48 89 f9 48 89 d6 48 d3 ea 48  ...H..H..H..H..H
	0x0010 f7 d9 48 d3 e6 4c 8d 47 c0 49 f7 d8 48 83 ff 20  ..H..L.G.I..H.. 
	0x0020 48 19 c9 48 f7 d1 48 09 f9 d3 fb 48 83 ff 40 48  H..H..H....H..@H
	0x0030 19 c9 48 21 d1 49 83 f8 40 48 19 d2 48 21 d6 48  ..H!.I..@H..H!.H
	0x0040 09 f1 c3                                         ...
main.call STEXT size=118 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (ops.go:81)	TEXT	main.call(SB), ABIInternal, $24-16
	0x0000 00000 (ops.go:81)	CMPQ	SP, 16(R14)
	0x0004 00004 (ops.go:81)	PCDATA	$0, $-2
	0x0004 00004 (ops.go:81)	JLS	91
	0x0006 00006 (ops.go:81)	PCDATA	$0, $-1
	0x0006 00006 (ops.go:81)	PUSHQ	BP
	0x0007 00007 (ops.go:81)	MOVQ	SP, BP
	0x000a 00010 (ops.go:81)	SUBQ	$16, SP
	0x000e 00014 (ops.go:81)	MOVQ	AX, main.s+32(FP)
	0x0013 00019 (ops.go:81)	MOVQ	BX, main.s+40(FP)
	0x0018 00024 (ops.go:81)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (ops.go:81)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (ops.go:81)	FUNCDATA	$5, main.call.arginfo1(SB)
	0x0018 00024 (ops.go:81)	FUNCDATA	$6, main.call.argliveinfo(SB)
	0x0018 00024 (ops.go:81)	PCDATA	$3, $1
	0x0018 00024 (ops.go:81)	MOVQ	32(AX), CX
	0x001c 00028 (ops.go:81)	MOVQ	BX, AX
	0x001f 00031 (ops.go:81)	MOVL	$3, BX
	0x0024 00036 (ops.go:81)	PCDATA	$1, $1
	0x0024 00036 (ops.go:81)	CALL	CX
	0x0026 00038 (ops.go:81)	MOVQ	24(AX), CX
	0x002a 00042 (ops.go:81)	MOVQ	BX, AX
	0x002d 00045 (ops.go:81)	CALL	CX
	0x002f 00047 (ops.go:81)	CMPQ	main.gs+8(SB), $0
	0x0037 00055 (ops.go:81)	JLS	85
	0x0039 00057 (ops.go:81)	MOVQ	main.gs(SB), AX
	0x0040 00064 (ops.go:81)	MOVQ	(AX), AX
	0x0043 00067 (ops.go:81)	XORPS	X1, X1
	0x0046 00070 (ops.go:81)	CVTSQ2SD	AX, X1
	0x004b 00075 (ops.go:81)	ADDSD	X1, X0
	0x004f 00079 (ops.go:81)	ADDQ	$16, SP
	0x0053 00083 (ops.go:81)	POPQ	BP
	0x0054 00084 (ops.go:81)	RET
	0x0055 00085 (ops.go:81)	PCDATA	$4, $0
	0x0055 00085 (ops.go:81)	CALL	runtime.panicBounds(SB)
	0x005a 00090 (ops.go:81)	XCHGL	AX, AX
	0x005b 00091 (ops.go:81)	NOP
	0x005b 00091 (ops.go:81)	PCDATA	$1, $-1
	0x005b 00091 (ops.go:81)	PCDATA	$0, $-2
	0x005b 00091 (ops.go:81)	MOVQ	AX, 8(SP)
	0x0060 00096 (ops.go:81)	MOVQ	BX, 16(SP)
	0x0065 00101 (ops.go:81)	CALL	runtime.morestack_noctxt(SB)
	0x006a 00106 (ops.go:81)	PCDATA	$0, $-1
	0x006a 00106 (ops.go:81)	MOVQ	8(SP), AX
	0x006f 00111 (ops.go:81)	MOVQ	16(SP), BX
	0x0074 00116 (ops.go:81)	JMP	0
	0x0000 49 3b 66 10 76 55 55 48 89 e5 48 83 ec 10 48 89  I;f.vUUH..H...H.
	0x0010 44 24 20 48 89 5c 24 28 48 8b 48 20 48 89 d8 bb  D$ H.\$(H.H H...
	0x0020 03 00 00 00 ff d1 48 8b 48 18 48 89 d8 ff d1 48  ......H.H.H....H
	0x0030 83 3d 00 00 00 00 00 76 1c 48 8b 05 00 00 00 00  .=.....v.H......
	0x0040 48 8b 00 0f 57 c9 f2 48 0f 2a c8 f2 0f 58 c1 48  H...W..H.*...X.H
	0x0050 83 c4 10 5d c3 e8 00 00 00 00 90 48 89 44 24 08  ...].......H.D$.
	0x0060 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08 48  H.\$......H.D$.H
	0x0070 8b 5c 24 10 eb 8a                                .\$...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Shape+104
	rel 2+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 36+0 t=R_CALLIND +0
	rel 45+0 t=R_CALLIND +0
	rel 50+4 t=R_PCREL main.gs+7
	rel 60+4 t=R_PCREL main.gs+0
	rel 86+4 t=R_CALL runtime.panicBounds+0
	rel 102+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=761 align=0x0 args=0x0 locals=0x98 funcid=0x0
	0x0000 00000 (ops.go:83)	TEXT	main.main(SB), ABIInternal, $152-0
	0x0000 00000 (ops.go:83)	LEAQ	-24(SP), R12
	0x0005 00005 (ops.go:83)	CMPQ	R12, 16(R14)
	0x0009 00009 (ops.go:83)	PCDATA	$0, $-2
	0x0009 00009 (ops.go:83)	JLS	751
	0x000f 00015 (ops.go:83)	PCDATA	$0, $-1
	0x000f 00015 (ops.go:83)	PUSHQ	BP
	0x0010 00016 (ops.go:83)	MOVQ	SP, BP
	0x0013 00019 (ops.go:83)	SUBQ	$144, SP
	0x001a 00026 (ops.go:83)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (ops.go:83)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (ops.go:85)	LEAQ	go:itab.main.Rect,main.Shape(SB), AX
	0x0021 00033 (ops.go:85)	LEAQ	main..stmp_0(SB), BX
	0x0028 00040 (ops.go:85)	PCDATA	$1, $0
	0x0028 00040 (ops.go:85)	CALL	main.call(SB)
	0x002d 00045 (ops.go:85)	MOVSD	X0, main..autotmp_27+136(SP)
	0x0036 00054 (ops.go:85)	CALL	runtime.printlock(SB)
	0x003b 00059 (ops.go:85)	MOVSD	main..autotmp_27+136(SP), X0
	0x0044 00068 (ops.go:85)	CALL	runtime.printfloat64(SB)
	0x0049 00073 (ops.go:85)	CALL	runtime.printnl(SB)
	0x004e 00078 (ops.go:85)	CALL	runtime.printunlock(SB)
	0x0053 00083 (ops.go:86)	CMPL	runtime.writeBarrier(SB), $0
	0x005a 00090 (ops.go:86)	PCDATA	$0, $-2
	0x005a 00090 (ops.go:86)	JEQ	107
	0x005c 00092 (ops.go:86)	MOVQ	main.gt+24(SB), CX
	0x0063 00099 (ops.go:86)	CALL	runtime.gcWriteBarrier1(SB)
	0x0068 00104 (ops.go:86)	MOVQ	CX, (R11)
	0x006b 00107 (ops.go:86)	LEAQ	main.gt(SB), AX
	0x0072 00114 (ops.go:86)	MOVQ	AX, main.gt+24(SB)
	0x0079 00121 (ops.go:87)	PCDATA	$0, $-1
	0x0079 00121 (ops.go:87)	CALL	main.loads(SB)
	0x007e 00126 (ops.go:87)	MOVQ	AX, main..autotmp_28+128(SP)
	0x0086 00134 (ops.go:87)	MOVL	$1, AX
	0x008b 00139 (ops.go:87)	MOVL	$2, BX
	0x0090 00144 (ops.go:87)	LEAQ	main.gt(SB), CX
	0x0097 00151 (ops.go:87)	CALL	main.cmp(SB)
	0x009c 00156 (ops.go:87)	MOVB	AL, main..autotmp_29+67(SP)
	0x00a0 00160 (ops.go:87)	MOVQ	main.gs(SB), AX
	0x00a7 00167 (ops.go:87)	MOVQ	main.gs+8(SB), BX
	0x00ae 00174 (ops.go:87)	MOVQ	main.gs+16(SB), CX
	0x00b5 00181 (ops.go:87)	XORL	DI, DI
	0x00b7 00183 (ops.go:87)	CALL	main.idx(SB)
	0x00bc 00188 (ops.go:87)	MOVQ	AX, main..autotmp_30+120(SP)
	0x00c1 00193 (ops.go:87)	XORL	AX, AX
	0x00c3 00195 (ops.go:87)	MOVL	$1, BX
	0x00c8 00200 (ops.go:87)	CALL	main.arr(SB)
	0x00cd 00205 (ops.go:87)	MOVL	AX, main..autotmp_31+76(SP)
	0x00d1 00209 (ops.go:87)	CALL	runtime.printlock(SB)
	0x00d6 00214 (ops.go:87)	MOVQ	main..autotmp_28+128(SP), AX
	0x00de 00222 (ops.go:87)	NOP
	0x00e0 00224 (ops.go:87)	CALL	runtime.printint(SB)
	0x00e5 00229 (ops.go:87)	CALL	runtime.printsp(SB)
	0x00ea 00234 (ops.go:87)	MOVBLZX	main..autotmp_29+67(SP), AX
	0x00ef 00239 (ops.go:87)	CALL	runtime.printbool(SB)
	0x00f4 00244 (ops.go:87)	CALL	runtime.printsp(SB)
	0x00f9 00249 (ops.go:87)	MOVQ	main..autotmp_30+120(SP), AX
	0x00fe 00254 (ops.go:87)	NOP
	0x0100 00256 (ops.go:87)	CALL	runtime.printint(SB)
	0x0105 00261 (ops.go:87)	CALL	runtime.printsp(SB)
	0x010a 00266 (ops.go:87)	MOVL	main..autotmp_31+76(SP), CX
	0x010e 00270 (ops.go:87)	MOVLQSX	CX, AX
	0x0111 00273 (ops.go:87)	CALL	runtime.printint(SB)
	0x0116 00278 (ops.go:87)	CALL	runtime.printnl(SB)
	0x011b 00283 (ops.go:87)	NOP
	0x0120 00288 (ops.go:87)	CALL	runtime.printunlock(SB)
	0x0125 00293 (ops.go:88)	LEAQ	main.gt(SB), AX
	0x012c 00300 (ops.go:88)	MOVL	$3, BX
	0x0131 00305 (ops.go:88)	CALL	main.stores(SB)
	0x0136 00310 (ops.go:89)	MOVL	$1, AX
	0x013b 00315 (ops.go:89)	MOVL	$2, BX
	0x0140 00320 (ops.go:89)	MOVL	$3, CX
	0x0145 00325 (ops.go:89)	MOVL	$4, DI
	0x014a 00330 (ops.go:89)	CALL	main.arith(SB)
	0x014f 00335 (ops.go:89)	MOVQ	AX, main.x+88(SP)
	0x0154 00340 (ops.go:89)	MOVQ	BX, main.y+80(SP)
	0x0159 00345 (ops.go:90)	MOVL	$6, AX
	0x015e 00350 (ops.go:90)	MOVL	$3, BX
	0x0163 00355 (ops.go:90)	CALL	main.div(SB)
	0x0168 00360 (ops.go:90)	MOVQ	AX, main..autotmp_28+128(SP)
	0x0170 00368 (ops.go:90)	CALL	runtime.printlock(SB)
	0x0175 00373 (ops.go:90)	MOVQ	main.x+88(SP), AX
	0x017a 00378 (ops.go:90)	CALL	runtime.printint(SB)
	0x017f 00383 (ops.go:90)	NOP
	0x0180 00384 (ops.go:90)	CALL	runtime.printsp(SB)
	0x0185 00389 (ops.go:90)	MOVQ	main.y+80(SP), AX
	0x018a 00394 (ops.go:90)	CALL	runtime.printuint(SB)
	0x018f 00399 (ops.go:90)	CALL	runtime.printsp(SB)
	0x0194 00404 (ops.go:90)	MOVQ	main..autotmp_28+128(SP), AX
	0x019c 00412 (ops.go:90)	NOP
	0x01a0 00416 (ops.go:90)	CALL	runtime.printint(SB)
	0x01a5 00421 (ops.go:90)	CALL	runtime.printnl(SB)
	0x01aa 00426 (ops.go:90)	CALL	runtime.printunlock(SB)
	0x01af 00431 (ops.go:91)	MOVSD	$f64.3ff0000000000000(SB), X0
	0x01b7 00439 (ops.go:91)	MOVSS	$f32.40000000(SB), X1
	0x01bf 00447 (ops.go:91)	MOVL	$3, AX
	0x01c4 00452 (ops.go:91)	CALL	main.floats(SB)
	0x01c9 00457 (ops.go:91)	MOVSD	X0, main.f+112(SP)
	0x01cf 00463 (ops.go:91)	MOVQ	AX, main.h+104(SP)
	0x01d4 00468 (ops.go:92)	MOVSS	X1, main.gf32(SB)
	0x01dc 00476 (ops.go:92)	NOP
	0x01e0 00480 (ops.go:93)	CALL	runtime.printlock(SB)
	0x01e5 00485 (ops.go:93)	MOVSD	main.f+112(SP), X0
	0x01eb 00491 (ops.go:93)	CALL	runtime.printfloat64(SB)
	0x01f0 00496 (ops.go:93)	CALL	runtime.printsp(SB)
	0x01f5 00501 (ops.go:93)	MOVQ	main.h+104(SP), AX
	0x01fa 00506 (ops.go:93)	CALL	runtime.printint(SB)
	0x01ff 00511 (ops.go:93)	NOP
	0x0200 00512 (ops.go:93)	CALL	runtime.printnl(SB)
	0x0205 00517 (ops.go:93)	CALL	runtime.printunlock(SB)
	0x020a 00522 (ops.go:94)	MOVL	$1, AX
	0x020f 00527 (ops.go:94)	MOVL	$2, BX
	0x0214 00532 (ops.go:94)	MOVL	$3, CX
	0x0219 00537 (ops.go:94)	MOVL	$4, DI
	0x021e 00542 (ops.go:94)	NOP
	0x0220 00544 (ops.go:94)	CALL	main.shifts(SB)
	0x0225 00549 (ops.go:94)	MOVL	AX, main.p+72(SP)
	0x0229 00553 (ops.go:94)	MOVL	BX, main.q+68(SP)
	0x022d 00557 (ops.go:94)	MOVQ	CX, main.r+96(SP)
	0x0232 00562 (ops.go:95)	CALL	runtime.printlock(SB)
	0x0237 00567 (ops.go:95)	MOVL	main.q+68(SP), CX
	0x023b 00571 (ops.go:95)	MOVLQSX	CX, CX
	0x023e 00574 (ops.go:95)	MOVQ	CX, main..autotmp_28+128(SP)
	0x0246 00582 (ops.go:95)	MOVL	main.p+72(SP), CX
	0x024a 00586 (ops.go:95)	MOVL	CX, AX
	0x024c 00588 (ops.go:95)	CALL	runtime.printuint(SB)
	0x0251 00593 (ops.go:95)	CALL	runtime.printsp(SB)
	0x0256 00598 (ops.go:95)	MOVQ	main..autotmp_28+128(SP), AX
	0x025e 00606 (ops.go:95)	NOP
	0x0260 00608 (ops.go:95)	CALL	runtime.printint(SB)
	0x0265 00613 (ops.go:95)	CALL	runtime.printsp(SB)
	0x026a 00618 (ops.go:95)	MOVQ	main.r+96(SP), AX
	0x026f 00623 (ops.go:95)	CALL	runtime.printuint(SB)
	0x0274 00628 (ops.go:95)	CALL	runtime.printnl(SB)
	0x0279 00633 (ops.go:95)	CALL	runtime.printunlock(SB)
	0x027e 00638 (ops.go:96)	MOVQ	main.gs+16(SB), CX
	0x0285 00645 (ops.go:96)	MOVQ	main.gs+8(SB), BX
	0x028c 00652 (ops.go:96)	INCQ	BX
	0x028f 00655 (ops.go:96)	MOVQ	main.gs(SB), AX
	0x0296 00662 (ops.go:96)	CMPQ	CX, BX
	0x0299 00665 (ops.go:96)	JCC	726
	0x029b 00667 (ops.go:96)	MOVL	$1, DI
	0x02a0 00672 (ops.go:96)	LEAQ	type:int(SB), SI
	0x02a7 00679 (ops.go:96)	CALL	runtime.growslice(SB)
	0x02ac 00684 (ops.go:96)	MOVQ	CX, main.gs+16(SB)
	0x02b3 00691 (ops.go:96)	CMPL	runtime.writeBarrier(SB), $0
	0x02ba 00698 (ops.go:96)	PCDATA	$0, $-2
	0x02ba 00698 (ops.go:96)	JEQ	719
	0x02bc 00700 (ops.go:96)	MOVQ	main.gs(SB), CX
	0x02c3 00707 (ops.go:96)	CALL	runtime.gcWriteBarrier2(SB)
	0x02c8 00712 (ops.go:96)	MOVQ	AX, (R11)
	0x02cb 00715 (ops.go:96)	MOVQ	CX, 8(R11)
	0x02cf 00719 (ops.go:96)	MOVQ	AX, main.gs(SB)
	0x02d6 00726 (ops.go:96)	PCDATA	$0, $-1
	0x02d6 00726 (ops.go:96)	MOVQ	BX, main.gs+8(SB)
	0x02dd 00733 (ops.go:96)	MOVQ	$1, -8(AX)(BX*8)
	0x02e6 00742 (ops.go:97)	ADDQ	$144, SP
	0x02ed 00749 (ops.go:97)	POPQ	BP
	0x02ee 00750 (ops.go:97)	RET
	0x02ef 00751 (ops.go:97)	NOP
	0x02ef 00751 (ops.go:83)	PCDATA	$1, $-1
	0x02ef 00751 (ops.go:83)	PCDATA	$0, $-2
	0x02ef 00751 (ops.go:83)	CALL	runtime.morestack_noctxt(SB)
	0x02f4 00756 (ops.go:83)	PCDATA	$0, $-1
	0x02f4 00756 (ops.go:83)	JMP	0
	0x0000 4c 8d 64 24 e8 4d 3b 66 10 0f 86 e0 02 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec 90 00 00 00 48 8d 05 00 00 00  H..H......H.....
	0x0020 00 48 8d 1d 00 00 00 00 e8 00 00 00 00 f2 0f 11  .H..............
	0x0030 84 24 88 00 00 00 e8 00 00 00 00 f2 0f 10 84 24  .$.............$
	0x0040 88 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00  ................
	0x0050 00 00 00 83 3d 00 00 00 00 00 74 0f 48 8b 0d 00  ....=.....t.H...
	0x0060 00 00 00 e8 00 00 00 00 49 89 0b 48 8d 05 00 00  ........I..H....
	0x0070 00 00 48 89 05 00 00 00 00 e8 00 00 00 00 48 89  ..H...........H.
	0x0080 84 24 80 00 00 00 b8 01 00 00 00 bb 02 00 00 00  .$..............
	0x0090 48 8d 0d 00 00 00 00 e8 00 00 00 00 88 44 24 43  H............D$C
	0x00a0 48 8b 05 00 00 00 00 48 8b 1d 00 00 00 00 48 8b  H......H......H.
	0x00b0 0d 00 00 00 00 31 ff e8 00 00 00 00 48 89 44 24  .....1......H.D$
	0x00c0 78 31 c0 bb 01 00 00 00 e8 00 00 00 00 89 44 24  x1............D$
	0x00d0 4c e8 00 00 00 00 48 8b 84 24 80 00 00 00 66 90  L.....H..$....f.
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 0f b6 44 24 43 e8  ............D$C.
	0x00f0 00 00 00 00 e8 00 00 00 00 48 8b 44 24 78 66 90  .........H.D$xf.
	0x0100 e8 00 00 00 00 e8 00 00 00 00 8b 4c 24 4c 48 63  ...........L$LHc
	0x0110 c1 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0120 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 03 00 00  .....H..........
	0x0130 00 e8 00 00 00 00 b8 01 00 00 00 bb 02 00 00 00  ................
	0x0140 b9 03 00 00 00 bf 04 00 00 00 e8 00 00 00 00 48  ...............H
	0x0150 89 44 24 58 48 89 5c 24 50 b8 06 00 00 00 bb 03  .D$XH.\$P.......
	0x0160 00 00 00 e8 00 00 00 00 48 89 84 24 80 00 00 00  ........H..$....
	0x0170 e8 00 00 00 00 48 8b 44 24 58 e8 00 00 00 00 90  .....H.D$X......
	0x0180 e8 00 00 00 00 48 8b 44 24 50 e8 00 00 00 00 e8  .....H.D$P......
	0x0190 00 00 00 00 48 8b 84 24 80 00 00 00 0f 1f 40 00  ....H..$......@.
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 f2  ................
	0x01b0 0f 10 05 00 00 00 00 f3 0f 10 0d 00 00 00 00 b8  ................
	0x01c0 03 00 00 00 e8 00 00 00 00 f2 0f 11 44 24 70 48  ............D$pH
	0x01d0 89 44 24 68 f3 0f 11 0d 00 00 00 00 0f 1f 40 00  .D$h..........@.
	0x01e0 e8 00 00 00 00 f2 0f 10 44 24 70 e8 00 00 00 00  ........D$p.....
	0x01f0 e8 00 00 00 00 48 8b 44 24 68 e8 00 00 00 00 90  .....H.D$h......
	0x0200 e8 00 00 00 00 e8 00 00 00 00 b8 01 00 00 00 bb  ................
	0x0210 02 00 00 00 b9 03 00 00 00 bf 04 00 00 00 66 90  ..............f.
	0x0220 e8 00 00 00 00 89 44 24 48 89 5c 24 44 48 89 4c  ......D$H.\$DH.L
	0x0230 24 60 e8 00 00 00 00 8b 4c 24 44 48 63 c9 48 89  $`......L$DHc.H.
	0x0240 8c 24 80 00 00 00 8b 4c 24 48 89 c8 e8 00 00 00  .$.....L$H......
	0x0250 00 e8 00 00 00 00 48 8b 84 24 80 00 00 00 66 90  ......H..$....f.
	0x0260 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 60 e8  ..........H.D$`.
	0x0270 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x0280 0d 00 00 00 00 48 8b 1d 00 00 00 00 48 ff c3 48  .....H......H..H
	0x0290 8b 05 00 00 00 00 48 39 d9 73 3b bf 01 00 00 00  ......H9.s;.....
	0x02a0 48 8d 35 00 00 00 00 e8 00 00 00 00 48 89 0d 00  H.5.........H...
	0x02b0 00 00 00 83 3d 00 00 00 00 00 74 13 48 8b 0d 00  ....=.....t.H...
	0x02c0 00 00 00 e8 00 00 00 00 49 89 03 49 89 4b 08 48  ........I..I.K.H
	0x02d0 89 05 00 00 00 00 48 89 1d 00 00 00 00 48 c7 44  ......H......H.D
	0x02e0 d8 f8 01 00 00 00 48 81 c4 90 00 00 00 5d c3 e8  ......H......]..
	0x02f0 00 00 00 00 e9 07 fd ff ff                       .........
	rel 3+0 t=R_USEIFACE type:main.Rect+0
	rel 29+4 t=R_PCREL go:itab.main.Rect,main.Shape+0
	rel 36+4 t=R_PCREL main..stmp_0+0
	rel 41+4 t=R_CALL main.call+0
	rel 55+4 t=R_CALL runtime.printlock+0
	rel 69+4 t=R_CALL runtime.printfloat64+0
	rel 74+4 t=R_CALL runtime.printnl+0
	rel 79+4 t=R_CALL runtime.printunlock+0
	rel 85+4 t=R_PCREL runtime.writeBarrier+-1
	rel 95+4 t=R_PCREL main.gt+24
	rel 100+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 110+4 t=R_PCREL main.gt+0
	rel 117+4 t=R_PCREL main.gt+24
	rel 122+4 t=R_CALL main.loads+0
	rel 147+4 t=R_PCREL main.gt+0
	rel 152+4 t=R_CALL main.cmp+0
	rel 163+4 t=R_PCREL main.gs+0
	rel 170+4 t=R_PCREL main.gs+8
	rel 177+4 t=R_PCREL main.gs+16
	rel 184+4 t=R_CALL main.idx+0
	rel 201+4 t=R_CALL main.arr+0
	rel 210+4 t=R_CALL runtime.printlock+0
	rel 225+4 t=R_CALL runtime.printint+0
	rel 230+4 t=R_CALL runtime.printsp+0
	rel 240+4 t=R_CALL runtime.printbool+0
	rel 245+4 t=R_CALL runtime.printsp+0
	rel 257+4 t=R_CALL runtime.printint+0
	rel 262+4 t=R_CALL runtime.printsp+0
	rel 274+4 t=R_CALL runtime.printint+0
	rel 279+4 t=R_CALL runtime.printnl+0
	rel 289+4 t=R_CALL runtime.printunlock+0
	rel 296+4 t=R_PCREL main.gt+0
	rel 306+4 t=R_CALL main.stores+0
	rel 331+4 t=R_CALL main.arith+0
	rel 356+4 t=R_CALL main.div+0
	rel 369+4 t=R_CALL runtime.printlock+0
	rel 379+4 t=R_CALL runtime.printint+0
	rel 385+4 t=R_CALL runtime.printsp+0
	rel 395+4 t=R_CALL runtime.printuint+0
	rel 400+4 t=R_CALL runtime.printsp+0
	rel 417+4 t=R_CALL runtime.printint+0
	rel 422+4 t=R_CALL runtime.printnl+0
	rel 427+4 t=R_CALL runtime.printunlock+0
	rel 435+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 443+4 t=R_PCREL $f32.40000000+0
	rel 453+4 t=R_CALL main.floats+0
	rel 472+4 t=R_PCREL main.gf32+0
	rel 481+4 t=R_CALL runtime.printlock+0
	rel 492+4 t=R_CALL runtime.printfloat64+0
	rel 497+4 t=R_CALL runtime.printsp+0
	rel 507+4 t=R_CALL runtime.printint+0
	rel 513+4 t=R_CALL runtime.printnl+0
	rel 518+4 t=R_CALL runtime.printunlock+0
	rel 545+4 t=R_CALL main.shifts+0
	rel 563+4 t=R_CALL runtime.printlock+0
	rel 589+4 t=R_CALL runtime.printuint+0
	rel 594+4 t=R_CALL runtime.printsp+0
	rel 609+4 t=R_CALL runtime.printint+0
	rel 614+4 t=R_CALL runtime.printsp+0
	rel 624+4 t=R_CALL runtime.printuint+0
	rel 629+4 t=R_CALL runtime.printnl+0
	rel 634+4 t=R_CALL runtime.printunlock+0
	rel 641+4 t=R_PCREL main.gs+16
	rel 648+4 t=R_PCREL main.gs+8
	rel 658+4 t=R_PCREL main.gs+0
	rel 675+4 t=R_PCREL type:int+0
	rel 680+4 t=R_CALL runtime.growslice+0
	rel 687+4 t=R_PCREL main.gs+16
	rel 693+4 t=R_PCREL runtime.writeBarrier+-1
	rel 703+4 t=R_PCREL main.gs+0
	rel 708+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 722+4 t=R_PCREL main.gs+0
	rel 729+4 t=R_PCREL main.gs+8
	rel 752+4 t=R_CALL runtime.morestack_noctxt+0
main.Shape.Area STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Shape.Area(SB), DUPOK|WRAPPER|ABIInternal, $16-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	40
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Area.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Area.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	24(AX), CX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	PCDATA	$1, $1
	0x001f 00031 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CALL	CX
	0x0022 00034 (<autogenerated>:1)	ADDQ	$8, SP
	0x0026 00038 (<autogenerated>:1)	POPQ	BP
	0x0027 00039 (<autogenerated>:1)	RET
	0x0028 00040 (<autogenerated>:1)	NOP
	0x0028 00040 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0028 00040 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0028 00040 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x002d 00045 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0032 00050 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0037 00055 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0037 00055 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x003c 00060 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0041 00065 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 22 55 48 89 e5 48 83 ec 08 48 89  I;f.v"UH..H...H.
	0x0010 44 24 18 48 89 5c 24 20 48 8b 48 18 48 89 d8 90  D$.H.\$ H.H.H...
	0x0020 ff d1 48 83 c4 08 5d c3 48 89 44 24 08 48 89 5c  ..H...].H.D$.H.\
	0x0030 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $......H.D$.H.\$
	0x0040 10 eb bd                                         ...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.Shape.Scale STEXT dupok size=76 align=0x0 args=0x18 locals=0x18 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Shape.Scale(SB), DUPOK|WRAPPER|ABIInternal, $24-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	41
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$16, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+32(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+40(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Scale.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Scale.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	32(AX), DX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	MOVL	CX, BX
	0x0021 00033 (<autogenerated>:1)	PCDATA	$1, $1
	0x0021 00033 (<autogenerated>:1)	CALL	DX
	0x0023 00035 (<autogenerated>:1)	ADDQ	$16, SP
	0x0027 00039 (<autogenerated>:1)	POPQ	BP
	0x0028 00040 (<autogenerated>:1)	RET
	0x0029 00041 (<autogenerated>:1)	NOP
	0x0029 00041 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0029 00041 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0029 00041 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x002e 00046 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0033 00051 (<autogenerated>:1)	MOVL	CX, 24(SP)
	0x0037 00055 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x003c 00060 (<autogenerated>:1)	PCDATA	$0, $-1
	0x003c 00060 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0041 00065 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0046 00070 (<autogenerated>:1)	MOVL	24(SP), CX
	0x004a 00074 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 23 55 48 89 e5 48 83 ec 10 48 89  I;f.v#UH..H...H.
	0x0010 44 24 20 48 89 5c 24 28 48 8b 50 20 48 89 d8 89  D$ H.\$(H.P H...
	0x0020 cb ff d2 48 83 c4 10 5d c3 48 89 44 24 08 48 89  ...H...].H.D$.H.
	0x0030 5c 24 10 89 4c 24 18 e8 00 00 00 00 48 8b 44 24  \$..L$......H.D$
	0x0040 08 48 8b 5c 24 10 8b 4c 24 18 eb b4              .H.\$..L$...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Shape+104
	rel 33+0 t=R_CALLIND +0
	rel 56+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Rect).Area STEXT dupok nosplit size=26 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Rect).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Rect).Area.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Rect).Area.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	20
	0x0009 00009 (<autogenerated>:1)	MOVSD	(AX), X0
	0x000d 00013 (ops.go:10)	MULSD	8(AX), X0
	0x0012 00018 (<unknown line number>)	NOP
	0x0012 00018 (<autogenerated>:1)	POPQ	BP
	0x0013 00019 (<autogenerated>:1)	RET
	0x0014 00020 (<autogenerated>:1)	PCDATA	$1, $1
	0x0014 00020 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0019 00025 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0b f2 0f 10 00 f2 0f 59  UH..H..t.......Y
	0x0010 40 08 5d c3 e8 00 00 00 00 90                    @.].......
	rel 21+4 t=R_CALL runtime.panicwrap+0
main.(*Rect).Scale STEXT dupok size=119 align=0x0 args=0x10 locals=0x28 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Rect).Scale(SB), DUPOK|WRAPPER|ABIInternal, $40-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	94
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$32, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Rect).Scale.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Rect).Scale.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	88
	0x0013 00019 (<autogenerated>:1)	MOVSD	(AX), X0
	0x0017 00023 (<autogenerated>:1)	MOVSD	8(AX), X1
	0x001c 00028 (ops.go:11)	XORPS	X2, X2
	0x001f 00031 (ops.go:11)	CVTSL2SD	BX, X2
	0x0023 00035 (ops.go:11)	MULSD	X2, X0
	0x0027 00039 (ops.go:11)	DIVSD	X2, X1
	0x002b 00043 (<unknown line number>)	NOP
	0x002b 00043 (ops.go:11)	MOVSD	X0, main..autotmp_6+16(SP)
	0x0031 00049 (ops.go:11)	MOVSD	X1, main..autotmp_6+24(SP)
	0x0037 00055 (ops.go:11)	LEAQ	type:main.Rect(SB), AX
	0x003e 00062 (ops.go:11)	LEAQ	main..autotmp_6+16(SP), BX
	0x0043 00067 (ops.go:11)	PCDATA	$1, $1
	0x0043 00067 (ops.go:11)	CALL	runtime.convTnoptr(SB)
	0x0048 00072 (<autogenerated>:1)	MOVQ	AX, BX
	0x004b 00075 (<autogenerated>:1)	LEAQ	go:itab.main.Rect,main.Shape(SB), AX
	0x0052 00082 (<autogenerated>:1)	ADDQ	$32, SP
	0x0056 00086 (<autogenerated>:1)	POPQ	BP
	0x0057 00087 (<autogenerated>:1)	RET
	0x0058 00088 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x005d 00093 (<autogenerated>:1)	XCHGL	AX, AX
	0x005e 00094 (<autogenerated>:1)	NOP
	0x005e 00094 (<autogenerated>:1)	PCDATA	$1, $-1
	0x005e 00094 (<autogenerated>:1)	PCDATA	$0, $-2
	0x005e 00094 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0063 00099 (<autogenerated>:1)	MOVL	BX, 16(SP)
	0x0067 00103 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x006c 00108 (<autogenerated>:1)	PCDATA	$0, $-1
	0x006c 00108 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0071 00113 (<autogenerated>:1)	MOVL	16(SP), BX
	0x0075 00117 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 58 55 48 89 e5 48 83 ec 20 48 85  I;f.vXUH..H.. H.
	0x0010 c0 74 45 f2 0f 10 00 f2 0f 10 48 08 0f 57 d2 f2  .tE.......H..W..
	0x0020 0f 2a d3 f2 0f 59 c2 f2 0f 5e ca f2 0f 11 44 24  .*...Y...^....D$
	0x0030 10 f2 0f 11 4c 24 18 48 8d 05 00 00 00 00 48 8d  ....L$.H......H.
	0x0040 5c 24 10 e8 00 00 00 00 48 89 c3 48 8d 05 00 00  \$......H..H....
	0x0050 00 00 48 83 c4 20 5d c3 e8 00 00 00 00 90 48 89  ..H.. ].......H.
	0x0060 44 24 08 89 5c 24 10 e8 00 00 00 00 48 8b 44 24  D$..\$......H.D$
	0x0070 08 8b 5c 24 10 eb 89                             ..\$...
	rel 2+0 t=R_USEIFACE type:main.Rect+0
	rel 58+4 t=R_PCREL type:main.Rect+0
	rel 68+4 t=R_CALL runtime.convTnoptr+0
	rel 78+4 t=R_PCREL go:itab.main.Rect,main.Shape+0
	rel 89+4 t=R_CALL runtime.panicwrap+0
	rel 104+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.M1K1M15K1M14 STEXT dupok nosplit size=53 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M1K1M15K1M14(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M1K1M15K1M14.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M1K1M15K1M14.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVBLZX	(AX), CX
	0x0003 00003 (<autogenerated>:1)	CMPB	(BX), CL
	0x0005 00005 (<autogenerated>:1)	JNE	50
	0x0007 00007 (<autogenerated>:1)	MOVQ	2(AX), CX
	0x000b 00011 (<autogenerated>:1)	CMPQ	2(BX), CX
	0x000f 00015 (<autogenerated>:1)	JNE	50
	0x0011 00017 (<autogenerated>:1)	MOVQ	9(AX), CX
	0x0015 00021 (<autogenerated>:1)	CMPQ	9(BX), CX
	0x0019 00025 (<autogenerated>:1)	JNE	50
	0x001b 00027 (<autogenerated>:1)	MOVQ	18(AX), CX
	0x001f 00031 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	18(BX), CX
	0x0024 00036 (<autogenerated>:1)	JNE	50
	0x0026 00038 (<autogenerated>:1)	MOVQ	24(AX), CX
	0x002a 00042 (<autogenerated>:1)	CMPQ	24(BX), CX
	0x002e 00046 (<autogenerated>:1)	SETEQ	AL
	0x0031 00049 (<autogenerated>:1)	RET
	0x0032 00050 (<autogenerated>:1)	XORL	AX, AX
	0x0034 00052 (<autogenerated>:1)	RET
	0x0000 0f b6 08 38 0b 75 2b 48 8b 48 02 48 39 4b 02 75  ...8.u+H.H.H9K.u
	0x0010 21 48 8b 48 09 48 39 4b 09 75 17 48 8b 48 12 90  !H.H.H9K.u.H.H..
	0x0020 48 39 4b 12 75 0c 48 8b 48 18 48 39 4b 18 0f 94  H9K.u.H.H.H9K...
	0x0030 c0 c3 31 c0 c3                                   ..1..
