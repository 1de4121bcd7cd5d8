main.Rect.Area STEXT size=16 align=0x0 args=0x10 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops.go:10)	TEXT	main.Rect.Area(SB), LEAF|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (ops.go:10)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:10)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:10)	FUNCDATA	$5, main.Rect.Area.arginfo1(SB)
	0x0000 00000 (ops.go:10)	FUNCDATA	$6, main.Rect.Area.argliveinfo(SB)
	0x0000 00000 (ops.go:10)	PCDATA	$3, $1
	0x0000 00000 (ops.go:10)	FMULD	F1, F0, F0
	0x0004 00004 (ops.go:10)	RET	(R30)
	0x0000 00 08 61 1e c0 03 5f d6 00 00 00 00 00 00 00 00  ..a..._.........
main.Rect.Scale STEXT size=112 align=0x0 args=0x18 locals=0x28 funcid=0x0
	0x0000 00000 (ops.go:11)	TEXT	main.Rect.Scale(SB), ABIInternal, $48-24
	0x0000 00000 (ops.go:11)	MOVD	16(g), R16
	0x0004 00004 (ops.go:11)	PCDATA	$0, $-2
	0x0004 00004 (ops.go:11)	CMP	R16, RSP
	0x0008 00008 (ops.go:11)	BLS	80
	0x000c 00012 (ops.go:11)	PCDATA	$0, $-1
	0x000c 00012 (ops.go:11)	MOVD.W	R30, -48(RSP)
	0x0010 00016 (ops.go:11)	MOVD	R29, -8(RSP)
	0x0014 00020 (ops.go:11)	SUB	$8, RSP, R29
	0x0018 00024 (ops.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0018 00024 (ops.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0018 00024 (ops.go:11)	FUNCDATA	$5, main.Rect.Scale.arginfo1(SB)
	0x0018 00024 (ops.go:11)	FUNCDATA	$6, main.Rect.Scale.argliveinfo(SB)
	0x0018 00024 (ops.go:11)	PCDATA	$3, $1
	0x0018 00024 (ops.go:11)	SCVTFWD	R0, F2
	0x001c 00028 (ops.go:11)	FMULD	F2, F0, F0
	0x0020 00032 (ops.go:11)	FDIVD	F2, F1, F1
	0x0024 00036 (ops.go:11)	FSTPD	(F0, F1), main..autotmp_3-16(SP)
	0x0028 00040 (ops.go:11)	MOVD	$type:main.Rect(SB), R0
	0x0030 00048 (ops.go:11)	MOVD	$main..autotmp_3-16(SP), R1
	0x0034 00052 (ops.go:11)	PCDATA	$1, $0
	0x0034 00052 (ops.go:11)	CALL	runtime.convTnoptr(SB)
	0x0038 00056 (ops.go:11)	MOVD	R0, R1
	0x003c 00060 (ops.go:11)	MOVD	$go:itab.main.Rect,main.Shape(SB), R0
	0x0044 00068 (ops.go:11)	MOVD	-8(RSP), R29
	0x0048 00072 (ops.go:11)	MOVD.P	48(RSP), R30
	0x004c 00076 (ops.go:11)	RET	(R30)
	0x0050 00080 (ops.go:11)	NOP
	0x0050 00080 (ops.go:11)	PCDATA	$1, $-1
	0x0050 00080 (ops.go:11)	PCDATA	$0, $-2
	0x0050 00080 (ops.go:11)	FSTPD	(F0, F1), 8(RSP)
	0x0054 00084 (ops.go:11)	MOVW	R0, 24(RSP)
	0x0058 00088 (ops.go:11)	MOVD	R30, R3
	0x005c 00092 (ops.go:11)	CALL	runtime.morestack_noctxt(SB)
	0x0060 00096 (ops.go:11)	PCDATA	$0, $-1
	0x0060 00096 (ops.go:11)	FLDPD	8(RSP), (F0, F1)
	0x0064 00100 (ops.go:11)	MOVW	24(RSP), R0
	0x0068 00104 (ops.go:11)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb 49 02 00 54 fe 0f 1d f8  ..@..c0.I..T....
	0x0010 fd 83 1f f8 fd 23 00 d1 02 00 62 1e 00 08 62 1e  .....#....b...b.
	0x0020 21 18 62 1e e0 87 01 6d 00 00 00 90 00 00 00 91  !.b....m........
	0x0030 e1 63 00 91 00 00 00 94 e1 03 00 aa 00 00 00 90  .c..............
	0x0040 00 00 00 91 fd 83 5f f8 fe 07 43 f8 c0 03 5f d6  ......_...C..._.
	0x0050 e0 87 00 6d e0 1b 00 b9 e3 03 1e aa 00 00 00 94  ...m............
	0x0060 e0 87 40 6d e0 1b 80 b9 e6 ff ff 17 00 00 00 00  ..@m............
	rel 0+0 t=R_USEIFACE type:main.Rect+0
	rel 40+8 t=R_ADDRARM64 type:main.Rect+0
	rel 52+4 t=R_CALLARM64 runtime.convTnoptr+0
	rel 60+8 t=R_ADDRARM64 go:itab.main.Rect,main.Shape+0
	rel 92+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.loads STEXT size=64 align=0x0 args=0x8 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops.go:29)	TEXT	main.loads(SB), LEAF|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (ops.go:29)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (ops.go:29)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (ops.go:29)	FUNCDATA	$5, main.loads.arginfo1(SB)
	0x0000 00000 (ops.go:29)	FUNCDATA	$6, main.loads.argliveinfo(SB)
	0x0000 00000 (ops.go:29)	PCDATA	$3, $1
	0x0000 00000 (ops.go:29)	MOVB	(R0), R1
	0x0004 00004 (ops.go:29)	MOVH	2(R0), R2
	0x0008 00008 (ops.go:29)	ADD	R1, R2, R1
	0x000c 00012 (ops.go:29)	MOVW	4(R0), R2
	0x0010 00016 (ops.go:29)	ADD	R1, R2, R1
	0x0014 00020 (ops.go:29)	MOVD	8(R0), R2
	0x0018 00024 (ops.go:29)	ADD	R1, R2, R1
	0x001c 00028 (ops.go:29)	MOVBU	16(R0), R2
	0x0020 00032 (ops.go:29)	ADD	R1, R2, R1
	0x0024 00036 (ops.go:29)	MOVHU	18(R0), R2
	0x0028 00040 (ops.go:29)	ADD	R1, R2, R1
	0x002c 00044 (ops.go:29)	MOVWU	20(R0), R2
	0x0030 00048 (ops.go:29)	ADD	R1, R2, R0
	0x0034 00052 (ops.go:29)	RET	(R30)
	0x0000 01 00 80 39 02 04 80 79 41 00 01 8b 02 04 80 b9  ...9...yA.......
	0x0010 41 00 01 8b 02 04 40 f9 41 00 01 8b 02 40 40 39  A.....@.A....@@9
	0x0020 41 00 01 8b 02 24 40 79 41 00 01 8b 02 14 40 b9  A....$@yA.....@.
	0x0030 40 00 01 8b c0 03 5f d6 00 00 00 00 00 00 00 00  @....._.........
main.stores STEXT size=128 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (ops.go:32)	TEXT	main.stores(SB), ABIInternal, $16-16
	0x0000 00000 (ops.go:32)	MOVD	16(g), R16
	0x0004 00004 (ops.go:32)	PCDATA	$0, $-2
	0x0004 00004 (ops.go:32)	CMP	R16, RSP
	0x0008 00008 (ops.go:32)	BLS	108
	0x000c 00012 (ops.go:32)	PCDATA	$0, $-1
	0x000c 00012 (ops.go:32)	MOVD.W	R30, -16(RSP)
	0x0010 00016 (ops.go:32)	MOVD	R29, -8(RSP)
	0x0014 00020 (ops.go:32)	SUB	$8, RSP, R29
	0x0018 00024 (ops.go:32)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0018 00024 (ops.go:32)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (ops.go:32)	FUNCDATA	$5, main.stores.arginfo1(SB)
	0x0018 00024 (ops.go:32)	FUNCDATA	$6, main.stores.argliveinfo(SB)
	0x0018 00024 (ops.go:32)	PCDATA	$3, $1
	0x0018 00024 (ops.go:33)	MOVB	R1, (R0)
	0x001c 00028 (ops.go:34)	MOVH	R1, 2(R0)
	0x0020 00032 (ops.go:35)	MOVW	R1, 4(R0)
	0x0024 00036 (ops.go:36)	MOVD	R1, 8(R0)
	0x0028 00040 (ops.go:37)	MOVD	$7, R1
	0x002c 00044 (ops.go:37)	MOVB	R1, 16(R0)
	0x0030 00048 (ops.go:38)	MOVD	$300, R1
	0x0034 00052 (ops.go:38)	MOVH	R1, 18(R0)
	0x0038 00056 (ops.go:39)	MOVD	$70000, R1
	0x0040 00064 (ops.go:39)	MOVW	R1, 20(R0)
	0x0044 00068 (ops.go:39)	PCDATA	$0, $-3
	0x0044 00068 (ops.go:40)	MOVWU	runtime.writeBarrier(SB), R1
	0x004c 00076 (ops.go:40)	PCDATA	$0, $-1
	0x004c 00076 (ops.go:40)	PCDATA	$0, $-2
	0x004c 00076 (ops.go:40)	CBZW	R1, 92
	0x0050 00080 (ops.go:40)	MOVD	24(R0), R1
	0x0054 00084 (ops.go:40)	CALL	runtime.gcWriteBarrier1(SB)
	0x0058 00088 (ops.go:40)	MOVD	R1, (R25)
	0x005c 00092 (ops.go:40)	MOVD	ZR, 24(R0)
	0x0060 00096 (ops.go:41)	PCDATA	$0, $-1
	0x0060 00096 (ops.go:41)	MOVD	-8(RSP), R29
	0x0064 00100 (ops.go:41)	MOVD.P	16(RSP), R30
	0x0068 00104 (ops.go:41)	RET	(R30)
	0x006c 00108 (ops.go:41)	NOP
	0x006c 00108 (ops.go:32)	PCDATA	$1, $-1
	0x006c 00108 (ops.go:32)	PCDATA	$0, $-2
	0x006c 00108 (ops.go:32)	STP	(R0, R1), 8(RSP)
	0x0070 00112 (ops.go:32)	MOVD	R30, R3
	0x0074 00116 (ops.go:32)	CALL	runtime.morestack_noctxt(SB)
	0x0078 00120 (ops.go:32)	PCDATA	$0, $-1
	0x0078 00120 (ops.go:32)	LDP	8(RSP), (R0, R1)
	0x007c 00124 (ops.go:32)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb 29 03 00 54 fe 0f 1f f8  ..@..c0.)..T....
	0x0010 fd 83 1f f8 fd 23 00 d1 01 00 00 39 01 04 00 79  .....#.....9...y
	0x0020 01 04 00 b9 01 04 00 f9 e1 0b 40 b2 01 40 00 39  ..........@..@.9
	0x0030 81 25 80 d2 01 24 00 79 01 2e 82 d2 21 00 a0 f2  .%...$.y....!...
	0x0040 01 14 00 b9 1b 00 00 90 61 03 40 b9 81 00 00 34  ........a.@....4
	0x0050 01 0c 40 f9 00 00 00 94 21 03 00 f9 1f 0c 00 f9  ..@.....!.......
	0x0060 fd 83 5f f8 fe 07 41 f8 c0 03 5f d6 e0 87 00 a9  .._...A..._.....
	0x0070 e3 03 1e aa 00 00 00 94 e0 87 40 a9 e1 ff ff 17  ..........@.....
	rel 68+8 t=R_ARM64_PCREL_LDST32 runtime.writeBarrier+0
	rel 84+4 t=R_CALLARM64 runtime.gcWriteBarrier1+0
	rel 116+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.arith STEXT size=112 align=0x0 args=0x20 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops.go:44)	TEXT	main.arith(SB), LEAF|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (ops.go:44)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:44)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:44)	FUNCDATA	$5, main.arith.arginfo1(SB)
	0x0000 00000 (ops.go:44)	FUNCDATA	$6, main.arith.argliveinfo(SB)
	0x0000 00000 (ops.go:44)	PCDATA	$3, $1
	0x0000 00000 (ops.go:45)	MUL	R0, R1, R4
	0x0004 00004 (ops.go:45)	EOR	R1, R0, R5
	0x0008 00008 (ops.go:45)	SUB	R5, R4, R4
	0x000c 00012 (ops.go:45)	AND	$4080, R0, R5
	0x0010 00016 (ops.go:45)	ORR	R5, R4, R4
	0x0014 00020 (ops.go:46)	LSR	R3, R2, R5
	0x0018 00024 (ops.go:48)	MOVD	$-3689348814741910323, R6
	0x0020 00032 (ops.go:48)	UMULH	R6, R2, R6
	0x0024 00036 (ops.go:49)	MOVD	$-6148914691236517205, R7
	0x002c 00044 (ops.go:49)	SMULH	R7, R0, R7
	0x0030 00048 (ops.go:49)	ADD	R7, R0, R7
	0x0034 00052 (ops.go:49)	ASR	$1, R7, R7
	0x0038 00056 (ops.go:49)	SUB	R0->63, R7, R7
	0x003c 00060 (ops.go:49)	ADD	R7<<1, R7, R7
	0x0040 00064 (ops.go:49)	SUB	R7, R0, R7
	0x0044 00068 (ops.go:50)	ADD	R0->7, R4, R4
	0x0048 00072 (ops.go:50)	ADD	R7, R4, R4
	0x004c 00076 (ops.go:50)	ADD	R4, R0, R0
	0x0050 00080 (ops.go:50)	MVN	R2, R2
	0x0054 00084 (ops.go:46)	CMP	$64, R3
	0x0058 00088 (ops.go:46)	CSEL	LO, R5, ZR, R3
	0x005c 00092 (ops.go:50)	ADD	R6>>3, R3, R3
	0x0060 00096 (ops.go:50)	ADD	R3, R2, R1
	0x0064 00100 (ops.go:50)	RET	(R30)
	0x0000 24 7c 00 9b 05 00 01 ca 84 00 05 cb 05 1c 7c 92  $|............|.
	0x0010 84 00 05 aa 45 24 c3 9a e6 e7 02 b2 a6 99 99 f2  ....E$..........
	0x0020 46 7c c6 9b e7 f3 01 b2 67 55 95 f2 07 7c 47 9b  F|......gU...|G.
	0x0030 07 00 07 8b e7 fc 41 93 e7 fc 80 cb e7 04 07 8b  ......A.........
	0x0040 07 00 07 cb 84 1c 80 8b 84 00 07 8b 00 00 04 8b  ................
	0x0050 e2 03 22 aa 7f 00 01 f1 a3 30 9f 9a 63 0c 46 8b  .."......0..c.F.
	0x0060 41 00 03 8b c0 03 5f d6 00 00 00 00 00 00 00 00  A....._.........
main.div STEXT size=80 align=0x0 args=0x10 locals=0x8 funcid=0x0
	0x0000 00000 (ops.go:54)	TEXT	main.div(SB), ABIInternal, $16-16
	0x0000 00000 (ops.go:54)	MOVD	16(g), R16
	0x0004 00004 (ops.go:54)	PCDATA	$0, $-2
	0x0004 00004 (ops.go:54)	CMP	R16, RSP
	0x0008 00008 (ops.go:54)	BLS	52
	0x000c 00012 (ops.go:54)	PCDATA	$0, $-1
	0x000c 00012 (ops.go:54)	MOVD.W	R30, -16(RSP)
	0x0010 00016 (ops.go:54)	MOVD	R29, -8(RSP)
	0x0014 00020 (ops.go:54)	SUB	$8, RSP, R29
	0x0018 00024 (ops.go:54)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0018 00024 (ops.go:54)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0018 00024 (ops.go:54)	FUNCDATA	$5, main.div.arginfo1(SB)
	0x0018 00024 (ops.go:54)	FUNCDATA	$6, main.div.argliveinfo(SB)
	0x0018 00024 (ops.go:54)	PCDATA	$3, $1
	0x0018 00024 (ops.go:54)	CBZ	R1, 44
	0x001c 00028 (ops.go:54)	SDIV	R1, R0, R0
	0x0020 00032 (ops.go:54)	MOVD	-8(RSP), R29
	0x0024 00036 (ops.go:54)	MOVD.P	16(RSP), R30
	0x0028 00040 (ops.go:54)	RET	(R30)
	0x002c 00044 (ops.go:54)	PCDATA	$1, $0
	0x002c 00044 (ops.go:54)	CALL	runtime.panicdivide(SB)
	0x0030 00048 (ops.go:54)	HINT	$0
	0x0034 00052 (ops.go:54)	NOP
	0x0034 00052 (ops.go:54)	PCDATA	$1, $-1
	0x0034 00052 (ops.go:54)	PCDATA	$0, $-2
	0x0034 00052 (ops.go:54)	STP	(R0, R1), 8(RSP)
	0x0038 00056 (ops.go:54)	MOVD	R30, R3
	0x003c 00060 (ops.go:54)	CALL	runtime.morestack_noctxt(SB)
	0x0040 00064 (ops.go:54)	PCDATA	$0, $-1
	0x0040 00064 (ops.go:54)	LDP	8(RSP), (R0, R1)
	0x0044 00068 (ops.go:54)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb 69 01 00 54 fe 0f 1f f8  ..@..c0.i..T....
	0x0010 fd 83 1f f8 fd 23 00 d1 a1 00 00 b4 00 0c c1 9a  .....#..........
	0x0020 fd 83 5f f8 fe 07 41 f8 c0 03 5f d6 00 00 00 94  .._...A..._.....
	0x0030 1f 20 03 d5 e0 87 00 a9 e3 03 1e aa 00 00 00 94  . ..............
	0x0040 e0 87 40 a9 ef ff ff 17 00 00 00 00 00 00 00 00  ..@.............
	rel 44+4 t=R_CALLARM64 runtime.panicdivide+0
	rel 60+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.cmp STEXT size=64 align=0x0 args=0x18 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops.go:57)	TEXT	main.cmp(SB), LEAF|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (ops.go:57)	FUNCDATA	$0, gclocals·psbdpG2JvgWTgwMzSCvM6g==(SB)
	0x0000 00000 (ops.go:57)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (ops.go:57)	FUNCDATA	$5, main.cmp.arginfo1(SB)
	0x0000 00000 (ops.go:57)	FUNCDATA	$6, main.cmp.argliveinfo(SB)
	0x0000 00000 (ops.go:57)	PCDATA	$3, $1
	0x0000 00000 (ops.go:58)	CBZ	R2, 40
	0x0004 00004 (ops.go:58)	CMP	R0, R1
	0x0008 00008 (ops.go:58)	BGT	40
	0x000c 00012 (ops.go:61)	BHS	32
	0x0010 00016 (ops.go:61)	MOVD	8(R2), R1
	0x0014 00020 (ops.go:61)	CMP	$0, R1
	0x0018 00024 (ops.go:61)	CSET	NE, R0
	0x001c 00028 (ops.go:61)	JMP	36
	0x0020 00032 (ops.go:61)	MOVD	ZR, R0
	0x0024 00036 (ops.go:61)	RET	(R30)
	0x0028 00040 (ops.go:59)	CMP	$3, R0
	0x002c 00044 (ops.go:59)	CSET	EQ, R0
	0x0030 00048 (ops.go:59)	RET	(R30)
	0x0000 42 01 00 b4 3f 00 00 eb 0c 01 00 54 a2 00 00 54  B...?......T...T
	0x0010 41 04 40 f9 3f 00 00 f1 e0 07 9f 9a 02 00 00 14  A.@.?...........
	0x0020 e0 03 1f aa c0 03 5f d6 1f 0c 00 f1 e0 17 9f 9a  ......_.........
	0x0030 c0 03 5f d6 00 00 00 00 00 00 00 00 00 00 00 00  .._.............
main.floats STEXT size=48 align=0x0 args=0x18 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops.go:65)	TEXT	main.floats(SB), LEAF|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (ops.go:65)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:65)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:65)	FUNCDATA	$5, main.floats.arginfo1(SB)
	0x0000 00000 (ops.go:65)	FUNCDATA	$6, main.floats.argliveinfo(SB)
	0x0000 00000 (ops.go:65)	PCDATA	$3, $1
	0x0000 00000 (ops.go:66)	FMOVD	$(2.5), F2
	0x0004 00004 (ops.go:66)	FDIVD	F2, F0, F2
	0x0008 00008 (ops.go:66)	FCVTSD	F1, F3
	0x000c 00012 (ops.go:66)	FSUBD	F3, F2, F2
	0x0010 00016 (ops.go:66)	SCVTFD	R0, F3
	0x0014 00020 (ops.go:66)	FADDD	F3, F2, F2
	0x0018 00024 (ops.go:66)	FCVTDS	F0, F3
	0x001c 00028 (ops.go:66)	FMULS	F1, F3, F1
	0x0020 00032 (ops.go:66)	FCVTZSD	F0, R0
	0x0024 00036 (ops.go:66)	FMOVD	F2, F0
	0x0028 00040 (ops.go:66)	RET	(R30)
	0x0000 02 90 60 1e 02 18 62 1e 23 c0 22 1e 42 38 63 1e  ..`...b.#.".B8c.
	0x0010 03 00 62 9e 42 28 63 1e 03 40 62 1e 61 08 21 1e  ..b.B(c..@b.a.!.
	0x0020 00 00 78 9e 40 40 60 1e c0 03 5f d6 00 00 00 00  ..x.@@`..._.....
main.idx STEXT size=128 align=0x0 args=0x20 locals=0x8 funcid=0x0
	0x0000 00000 (ops.go:70)	TEXT	main.idx(SB), ABIInternal, $16-32
	0x0000 00000 (ops.go:70)	MOVD	16(g), R16
	0x0004 00004 (ops.go:70)	PCDATA	$0, $-2
	0x0004 00004 (ops.go:70)	CMP	R16, RSP
	0x0008 00008 (ops.go:70)	BLS	88
	0x000c 00012 (ops.go:70)	PCDATA	$0, $-1
	0x000c 00012 (ops.go:70)	MOVD.W	R30, -16(RSP)
	0x0010 00016 (ops.go:70)	MOVD	R29, -8(RSP)
	0x0014 00020 (ops.go:70)	SUB	$8, RSP, R29
	0x0018 00024 (ops.go:70)	MOVD	R0, main.s(FP)
	0x001c 00028 (ops.go:70)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x001c 00028 (ops.go:70)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001c 00028 (ops.go:70)	FUNCDATA	$5, main.idx.arginfo1(SB)
	0x001c 00028 (ops.go:70)	FUNCDATA	$6, main.idx.argliveinfo(SB)
	0x001c 00028 (ops.go:70)	PCDATA	$3, $1
	0x001c 00028 (ops.go:70)	CMP	R3, R1
	0x0020 00032 (ops.go:70)	BLS	80
	0x0024 00036 (ops.go:70)	ADD	$1, R3, R2
	0x0028 00040 (ops.go:70)	MOVD	(R0)(R3<<3), R3
	0x002c 00044 (ops.go:70)	CMP	R2, R1
	0x0030 00048 (ops.go:70)	BLS	76
	0x0034 00052 (ops.go:70)	MOVD	(R0)(R2<<3), R2
	0x0038 00056 (ops.go:70)	ADD	R2, R3, R2
	0x003c 00060 (ops.go:70)	ADD	R2, R1, R0
	0x0040 00064 (ops.go:70)	MOVD	-8(RSP), R29
	0x0044 00068 (ops.go:70)	MOVD.P	16(RSP), R30
	0x0048 00072 (ops.go:70)	RET	(R30)
	0x004c 00076 (ops.go:70)	PCDATA	$1, $1
	0x004c 00076 (ops.go:70)	PCDATA	$4, $1359
	0x004c 00076 (ops.go:70)	CALL	runtime.panicBounds(SB)
	0x0050 00080 (ops.go:70)	PCDATA	$4, $1431
	0x0050 00080 (ops.go:70)	CALL	runtime.panicBounds(SB)
	0x0054 00084 (ops.go:70)	HINT	$0
	0x0058 00088 (ops.go:70)	NOP
	0x0058 00088 (ops.go:70)	PCDATA	$1, $-1
	0x0058 00088 (ops.go:70)	PCDATA	$0, $-2
	0x0058 00088 (ops.go:70)	STP	(R0, R1), 8(RSP)
	0x005c 00092 (ops.go:70)	STP	(R2, R3), 24(RSP)
	0x0060 00096 (ops.go:70)	MOVD	R30, R3
	0x0064 00100 (ops.go:70)	CALL	runtime.morestack_noctxt(SB)
	0x0068 00104 (ops.go:70)	PCDATA	$0, $-1
	0x0068 00104 (ops.go:70)	LDP	8(RSP), (R0, R1)
	0x006c 00108 (ops.go:70)	LDP	24(RSP), (R2, R3)
	0x0070 00112 (ops.go:70)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb 89 02 00 54 fe 0f 1f f8  ..@..c0....T....
	0x0010 fd 83 1f f8 fd 23 00 d1 e0 0f 00 f9 3f 00 03 eb  .....#......?...
	0x0020 89 01 00 54 62 04 00 91 03 78 63 f8 3f 00 02 eb  ...Tb....xc.?...
	0x0030 e9 00 00 54 02 78 62 f8 62 00 02 8b 20 00 02 8b  ...T.xb.b... ...
	0x0040 fd 83 5f f8 fe 07 41 f8 c0 03 5f d6 00 00 00 94  .._...A..._.....
	0x0050 00 00 00 94 1f 20 03 d5 e0 87 00 a9 e2 8f 01 a9  ..... ..........
	0x0060 e3 03 1e aa 00 00 00 94 e0 87 40 a9 e2 8f 41 a9  ..........@...A.
	0x0070 e4 ff ff 17 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 76+4 t=R_CALLARM64 runtime.panicBounds+0
	rel 80+4 t=R_CALLARM64 runtime.panicBounds+0
	rel 100+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.arr STEXT size=32 align=0x0 args=0x10 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops.go:73)	TEXT	main.arr(SB), LEAF|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (ops.go:73)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (ops.go:73)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (ops.go:73)	FUNCDATA	$5, main.arr.arginfo1(SB)
	0x0000 00000 (ops.go:73)	FUNCDATA	$6, main.arr.argliveinfo(SB)
	0x0000 00000 (ops.go:73)	PCDATA	$3, $1
	0x0000 00000 (ops.go:73)	AND	$15, R1, R1
	0x0004 00004 (ops.go:73)	MOVW	(R0)(R1<<2), R1
	0x0008 00008 (ops.go:73)	MOVW	12(R0), R2
	0x000c 00012 (ops.go:73)	ADD	R2, R1, R0
	0x0010 00016 (ops.go:73)	RET	(R30)
	0x0000 21 0c 40 92 01 78 a1 b8 02 0c 80 b9 20 00 02 8b  !.@..x...... ...
	0x0010 c0 03 5f d6 00 00 00 00 00 00 00 00 00 00 00 00  .._.............
main.shifts STEXT size=64 align=0x0 args=0x18 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (ops.go:76)	TEXT	main.shifts(SB), LEAF|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (ops.go:76)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:76)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (ops.go:76)	FUNCDATA	$5, main.shifts.arginfo1(SB)
	0x0000 00000 (ops.go:76)	FUNCDATA	$6, main.shifts.argliveinfo(SB)
	0x0000 00000 (ops.go:76)	PCDATA	$3, $1
	0x0000 00000 (ops.go:77)	LSL	$3, R0, R0
	0x0004 00004 (ops.go:77)	MOVW	R1, R4
	0x0008 00008 (ops.go:77)	LSR	R3, R2, R5
	0x000c 00012 (ops.go:77)	MOVD	$64, R6
	0x0010 00016 (ops.go:77)	SUB	R3, R6, R6
	0x0014 00020 (ops.go:77)	LSL	R6, R2, R7
	0x0018 00024 (ops.go:77)	CMP	$64, R3
	0x001c 00028 (ops.go:77)	MOVD	$63, R8
	0x0020 00032 (ops.go:77)	CSEL	LO, R3, R8, R3
	0x0024 00036 (ops.go:77)	CSEL	LO, R5, ZR, R5
	0x0028 00040 (ops.go:77)	ASR	R3, R4, R1
	0x002c 00044 (ops.go:77)	CMP	$64, R6
	0x0030 00048 (ops.go:77)	CSEL	LO, R7, ZR, R3
	0x0034 00052 (ops.go:77)	ORR	R3, R5, R2
	0x0038 00056 (ops.go:77)	RET	(R30)
	0x0000 00 f0 7d d3 24 7c 40 93 45 24 c3 9a e6 03 7a b2  ..}.$|@.E$....z.
	0x0010 c6 00 03 cb 47 20 c6 9a 7f 00 01 f1 e8 17 40 b2  ....G ........@.
	0x0020 63 30 88 9a a5 30 9f 9a 81 28 c3 9a df 00 01 f1  c0...0...(......
	0x0030 e3 30 9f 9a a2 00 03 aa c0 03 5f d6 00 00 00 00  .0........_.....
main.call STEXT size=128 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (ops.go:81)	TEXT	main.call(SB), ABIInternal, $32-16
	0x0000 00000 (ops.go:81)	MOVD	16(g), R16
	0x0004 00004 (ops.go:81)	PCDATA	$0, $-2
	0x0004 00004 (ops.go:81)	CMP	R16, RSP
	0x0008 00008 (ops.go:81)	BLS	108
	0x000c 00012 (ops.go:81)	PCDATA	$0, $-1
	0x000c 00012 (ops.go:81)	MOVD.W	R30, -32(RSP)
	0x0010 00016 (ops.go:81)	MOVD	R29, -8(RSP)
	0x0014 00020 (ops.go:81)	SUB	$8, RSP, R29
	0x0018 00024 (ops.go:81)	MOVD	R0, main.s(FP)
	0x001c 00028 (ops.go:81)	MOVD	R1, main.s+8(FP)
	0x0020 00032 (ops.go:81)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0020 00032 (ops.go:81)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0020 00032 (ops.go:81)	FUNCDATA	$5, main.call.arginfo1(SB)
	0x0020 00032 (ops.go:81)	FUNCDATA	$6, main.call.argliveinfo(SB)
	0x0020 00032 (ops.go:81)	PCDATA	$3, $1
	0x0020 00032 (ops.go:81)	MOVD	32(R0), R2
	0x0024 00036 (ops.go:81)	MOVD	R1, R0
	0x0028 00040 (ops.go:81)	MOVD	$3, R1
	0x002c 00044 (ops.go:81)	PCDATA	$1, $1
	0x002c 00044 (ops.go:81)	CALL	(R2)
	0x0030 00048 (ops.go:81)	MOVD	24(R0), R2
	0x0034 00052 (ops.go:81)	MOVD	R1, R0
	0x0038 00056 (ops.go:81)	CALL	(R2)
	0x003c 00060 (ops.go:81)	PCDATA	$0, $-3
	0x003c 00060 (ops.go:81)	LDP	main.gs(SB), (R2, R3)
	0x0048 00072 (ops.go:81)	PCDATA	$0, $-1
	0x0048 00072 (ops.go:81)	CBZ	R3, 100
	0x004c 00076 (ops.go:81)	MOVD	(R2), R0
	0x0050 00080 (ops.go:81)	SCVTFD	R0, F1
	0x0054 00084 (ops.go:81)	FADDD	F1, F0, F0
	0x0058 00088 (ops.go:81)	MOVD	-8(RSP), R29
	0x005c 00092 (ops.go:81)	MOVD.P	32(RSP), R30
	0x0060 00096 (ops.go:81)	RET	(R30)
	0x0064 00100 (ops.go:81)	PCDATA	$4, $0
	0x0064 00100 (ops.go:81)	CALL	runtime.panicBounds(SB)
	0x0068 00104 (ops.go:81)	HINT	$0
	0x006c 00108 (ops.go:81)	NOP
	0x006c 00108 (ops.go:81)	PCDATA	$1, $-1
	0x006c 00108 (ops.go:81)	PCDATA	$0, $-2
	0x006c 00108 (ops.go:81)	STP	(R0, R1), 8(RSP)
	0x0070 00112 (ops.go:81)	MOVD	R30, R3
	0x0074 00116 (ops.go:81)	CALL	runtime.morestack_noctxt(SB)
	0x0078 00120 (ops.go:81)	PCDATA	$0, $-1
	0x0078 00120 (ops.go:81)	LDP	8(RSP), (R0, R1)
	0x007c 00124 (ops.go:81)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb 29 03 00 54 fe 0f 1e f8  ..@..c0.)..T....
	0x0010 fd 83 1f f8 fd 23 00 d1 e0 17 00 f9 e1 1b 00 f9  .....#..........
	0x0020 02 10 40 f9 e0 03 01 aa e1 07 40 b2 40 00 3f d6  ..@.......@.@.?.
	0x0030 02 0c 40 f9 e0 03 01 aa 40 00 3f d6 1b 00 00 90  ..@.....@.?.....
	0x0040 7b 03 00 91 62 0f 40 a9 e3 00 00 b4 40 00 40 f9  {...b.@.....@.@.
	0x0050 01 00 62 9e 00 28 61 1e fd 83 5f f8 fe 07 42 f8  ..b..(a..._...B.
	0x0060 c0 03 5f d6 00 00 00 94 1f 20 03 d5 e0 87 00 a9  .._...... ......
	0x0070 e3 03 1e aa 00 00 00 94 e0 87 40 a9 e1 ff ff 17  ..........@.....
	rel 0+0 t=R_USEIFACEMETHOD type:main.Shape+104
	rel 0+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 44+0 t=R_CALLIND +0
	rel 56+0 t=R_CALLIND +0
	rel 60+8 t=R_ADDRARM64 main.gs+0
	rel 100+4 t=R_CALLARM64 runtime.panicBounds+0
	rel 116+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.main STEXT size=656 align=0x0 args=0x0 locals=0xa8 funcid=0x0
	0x0000 00000 (ops.go:83)	TEXT	main.main(SB), ABIInternal, $176-0
	0x0000 00000 (ops.go:83)	MOVD	16(g), R16
	0x0004 00004 (ops.go:83)	PCDATA	$0, $-2
	0x0004 00004 (ops.go:83)	SUB	$48, RSP, R17
	0x0008 00008 (ops.go:83)	CMP	R16, R17
	0x000c 00012 (ops.go:83)	BLS	640
	0x0010 00016 (ops.go:83)	PCDATA	$0, $-1
	0x0010 00016 (ops.go:83)	MOVD.W	R30, -176(RSP)
	0x0014 00020 (ops.go:83)	MOVD	R29, -8(RSP)
	0x0018 00024 (ops.go:83)	SUB	$8, RSP, R29
	0x001c 00028 (ops.go:83)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001c 00028 (ops.go:83)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001c 00028 (ops.go:85)	MOVD	$go:itab.main.Rect,main.Shape(SB), R0
	0x0024 00036 (ops.go:85)	MOVD	$main..stmp_0(SB), R1
	0x002c 00044 (ops.go:85)	PCDATA	$1, $0
	0x002c 00044 (ops.go:85)	CALL	main.call(SB)
	0x0030 00048 (ops.go:85)	FMOVD	F0, main..autotmp_27-8(SP)
	0x0034 00052 (ops.go:85)	CALL	runtime.printlock(SB)
	0x0038 00056 (ops.go:85)	FMOVD	main..autotmp_27-8(SP), F0
	0x003c 00060 (ops.go:85)	CALL	runtime.printfloat64(SB)
	0x0040 00064 (ops.go:85)	CALL	runtime.printnl(SB)
	0x0044 00068 (ops.go:85)	CALL	runtime.printunlock(SB)
	0x0048 00072 (ops.go:85)	PCDATA	$0, $-3
	0x0048 00072 (ops.go:86)	MOVWU	runtime.writeBarrier(SB), R2
	0x0050 00080 (ops.go:86)	PCDATA	$0, $-1
	0x0050 00080 (ops.go:86)	PCDATA	$0, $-2
	0x0050 00080 (ops.go:86)	CBZW	R2, 100
	0x0054 00084 (ops.go:86)	MOVD	main.gt+24(SB), R1
	0x005c 00092 (ops.go:86)	CALL	runtime.gcWriteBarrier1(SB)
	0x0060 00096 (ops.go:86)	MOVD	R1, (R25)
	0x0064 00100 (ops.go:86)	MOVD	$main.gt(SB), R0
	0x006c 00108 (ops.go:86)	MOVD	R0, main.gt+24(SB)
	0x0074 00116 (ops.go:87)	PCDATA	$0, $-1
	0x0074 00116 (ops.go:87)	CALL	main.loads(SB)
	0x0078 00120 (ops.go:87)	MOVD	R0, main..autotmp_28-16(SP)
	0x007c 00124 (ops.go:87)	MOVD	$1, R0
	0x0080 00128 (ops.go:87)	MOVD	$2, R1
	0x0084 00132 (ops.go:87)	MOVD	$main.gt(SB), R2
	0x008c 00140 (ops.go:87)	CALL	main.cmp(SB)
	0x0090 00144 (ops.go:87)	MOVB	R0, main..autotmp_29-77(SP)
	0x0094 00148 (ops.go:87)	PCDATA	$0, $-4
	0x0094 00148 (ops.go:87)	LDP	main.gs(SB), (R0, R1)
	0x00a0 00160 (ops.go:87)	PCDATA	$0, $-3
	0x00a0 00160 (ops.go:87)	MOVD	main.gs+16(SB), R2
	0x00a8 00168 (ops.go:87)	PCDATA	$0, $-1
	0x00a8 00168 (ops.go:87)	MOVD	ZR, R3
	0x00ac 00172 (ops.go:87)	CALL	main.idx(SB)
	0x00b0 00176 (ops.go:87)	MOVD	R0, main..autotmp_30-24(SP)
	0x00b4 00180 (ops.go:87)	MOVD	ZR, R0
	0x00b8 00184 (ops.go:87)	MOVD	$1, R1
	0x00bc 00188 (ops.go:87)	CALL	main.arr(SB)
	0x00c0 00192 (ops.go:87)	MOVW	R0, main..autotmp_31-68(SP)
	0x00c4 00196 (ops.go:87)	CALL	runtime.printlock(SB)
	0x00c8 00200 (ops.go:87)	MOVD	main..autotmp_28-16(SP), R0
	0x00cc 00204 (ops.go:87)	CALL	runtime.printint(SB)
	0x00d0 00208 (ops.go:87)	CALL	runtime.printsp(SB)
	0x00d4 00212 (ops.go:87)	MOVBU	main..autotmp_29-77(SP), R0
	0x00d8 00216 (ops.go:87)	CALL	runtime.printbool(SB)
	0x00dc 00220 (ops.go:87)	CALL	runtime.printsp(SB)
	0x00e0 00224 (ops.go:87)	MOVD	main..autotmp_30-24(SP), R0
	0x00e4 00228 (ops.go:87)	CALL	runtime.printint(SB)
	0x00e8 00232 (ops.go:87)	CALL	runtime.printsp(SB)
	0x00ec 00236 (ops.go:87)	MOVW	main..autotmp_31-68(SP), R1
	0x00f0 00240 (ops.go:87)	MOVD	R1, R0
	0x00f4 00244 (ops.go:87)	CALL	runtime.printint(SB)
	0x00f8 00248 (ops.go:87)	CALL	runtime.printnl(SB)
	0x00fc 00252 (ops.go:87)	CALL	runtime.printunlock(SB)
	0x0100 00256 (ops.go:88)	MOVD	$main.gt(SB), R0
	0x0108 00264 (ops.go:88)	MOVD	$3, R1
	0x010c 00268 (ops.go:88)	CALL	main.stores(SB)
	0x0110 00272 (ops.go:89)	MOVD	$1, R0
	0x0114 00276 (ops.go:89)	MOVD	$2, R1
	0x0118 00280 (ops.go:89)	MOVD	$3, R2
	0x011c 00284 (ops.go:89)	MOVD	$4, R3
	0x0120 00288 (ops.go:89)	CALL	main.arith(SB)
	0x0124 00292 (ops.go:89)	MOVD	R0, main.x-56(SP)
	0x0128 00296 (ops.go:89)	MOVD	R1, main.y-64(SP)
	0x012c 00300 (ops.go:90)	MOVD	$6, R0
	0x0130 00304 (ops.go:90)	MOVD	$3, R1
	0x0134 00308 (ops.go:90)	CALL	main.div(SB)
	0x0138 00312 (ops.go:90)	MOVD	R0, main..autotmp_28-16(SP)
	0x013c 00316 (ops.go:90)	CALL	runtime.printlock(SB)
	0x0140 00320 (ops.go:90)	MOVD	main.x-56(SP), R0
	0x0144 00324 (ops.go:90)	CALL	runtime.printint(SB)
	0x0148 00328 (ops.go:90)	CALL	runtime.printsp(SB)
	0x014c 00332 (ops.go:90)	MOVD	main.y-64(SP), R0
	0x0150 00336 (ops.go:90)	CALL	runtime.printuint(SB)
	0x0154 00340 (ops.go:90)	CALL	runtime.printsp(SB)
	0x0158 00344 (ops.go:90)	MOVD	main..autotmp_28-16(SP), R0
	0x015c 00348 (ops.go:90)	CALL	runtime.printint(SB)
	0x0160 00352 (ops.go:90)	CALL	runtime.printnl(SB)
	0x0164 00356 (ops.go:90)	CALL	runtime.printunlock(SB)
	0x0168 00360 (ops.go:91)	FMOVD	$(1.0), F0
	0x016c 00364 (ops.go:91)	PCDATA	$0, $-4
	0x016c 00364 (ops.go:91)	FMOVS	$f32.40000000(SB), F1
	0x0174 00372 (ops.go:91)	PCDATA	$0, $-1
	0x0174 00372 (ops.go:91)	MOVD	$3, R0
	0x0178 00376 (ops.go:91)	CALL	main.floats(SB)
	0x017c 00380 (ops.go:91)	FMOVD	F0, main.f-32(SP)
	0x0180 00384 (ops.go:91)	MOVD	R0, main.h-40(SP)
	0x0184 00388 (ops.go:91)	PCDATA	$0, $-3
	0x0184 00388 (ops.go:92)	FMOVS	F1, main.gf32(SB)
	0x018c 00396 (ops.go:92)	PCDATA	$0, $-1
	0x018c 00396 (ops.go:93)	CALL	runtime.printlock(SB)
	0x0190 00400 (ops.go:93)	FMOVD	main.f-32(SP), F0
	0x0194 00404 (ops.go:93)	CALL	runtime.printfloat64(SB)
	0x0198 00408 (ops.go:93)	CALL	runtime.printsp(SB)
	0x019c 00412 (ops.go:93)	MOVD	main.h-40(SP), R0
	0x01a0 00416 (ops.go:93)	CALL	runtime.printint(SB)
	0x01a4 00420 (ops.go:93)	CALL	runtime.printnl(SB)
	0x01a8 00424 (ops.go:93)	CALL	runtime.printunlock(SB)
	0x01ac 00428 (ops.go:94)	MOVD	$1, R0
	0x01b0 00432 (ops.go:94)	MOVD	$2, R1
	0x01b4 00436 (ops.go:94)	MOVD	$3, R2
	0x01b8 00440 (ops.go:94)	MOVD	$4, R3
	0x01bc 00444 (ops.go:94)	CALL	main.shifts(SB)
	0x01c0 00448 (ops.go:94)	MOVW	R0, main.p-72(SP)
	0x01c4 00452 (ops.go:94)	MOVW	R1, main.q-76(SP)
	0x01c8 00456 (ops.go:94)	MOVD	R2, main.r-48(SP)
	0x01cc 00460 (ops.go:95)	CALL	runtime.printlock(SB)
	0x01d0 00464 (ops.go:95)	MOVW	main.q-76(SP), R1
	0x01d4 00468 (ops.go:95)	MOVD	R1, main..autotmp_28-16(SP)
	0x01d8 00472 (ops.go:95)	MOVWU	main.p-72(SP), R1
	0x01dc 00476 (ops.go:95)	MOVD	R1, R0
	0x01e0 00480 (ops.go:95)	CALL	runtime.printuint(SB)
	0x01e4 00484 (ops.go:95)	CALL	runtime.printsp(SB)
	0x01e8 00488 (ops.go:95)	MOVD	main..autotmp_28-16(SP), R0
	0x01ec 00492 (ops.go:95)	CALL	runtime.printint(SB)
	0x01f0 00496 (ops.go:95)	CALL	runtime.printsp(SB)
	0x01f4 00500 (ops.go:95)	MOVD	main.r-48(SP), R0
	0x01f8 00504 (ops.go:95)	CALL	runtime.printuint(SB)
	0x01fc 00508 (ops.go:95)	CALL	runtime.printnl(SB)
	0x0200 00512 (ops.go:95)	CALL	runtime.printunlock(SB)
	0x0204 00516 (ops.go:95)	PCDATA	$0, $-4
	0x0204 00516 (ops.go:96)	LDP	main.gs(SB), (R0, R1)
	0x0210 00528 (ops.go:96)	PCDATA	$0, $-1
	0x0210 00528 (ops.go:96)	ADD	$1, R1, R1
	0x0214 00532 (ops.go:96)	PCDATA	$0, $-3
	0x0214 00532 (ops.go:96)	MOVD	main.gs+16(SB), R2
	0x021c 00540 (ops.go:96)	PCDATA	$0, $-1
	0x021c 00540 (ops.go:96)	CMP	R1, R2
	0x0220 00544 (ops.go:96)	BHS	608
	0x0224 00548 (ops.go:96)	MOVD	$1, R3
	0x0228 00552 (ops.go:96)	MOVD	$type:int(SB), R4
	0x0230 00560 (ops.go:96)	CALL	runtime.growslice(SB)
	0x0234 00564 (ops.go:96)	PCDATA	$0, $-4
	0x0234 00564 (ops.go:96)	MOVD	R2, main.gs+16(SB)
	0x023c 00572 (ops.go:96)	PCDATA	$0, $-3
	0x023c 00572 (ops.go:96)	MOVWU	runtime.writeBarrier(SB), R5
	0x0244 00580 (ops.go:96)	PCDATA	$0, $-1
	0x0244 00580 (ops.go:96)	PCDATA	$0, $-2
	0x0244 00580 (ops.go:96)	CBZW	R5, 600
	0x0248 00584 (ops.go:96)	MOVD	main.gs(SB), R2
	0x0250 00592 (ops.go:96)	CALL	runtime.gcWriteBarrier2(SB)
	0x0254 00596 (ops.go:96)	STP	(R0, R2), (R25)
	0x0258 00600 (ops.go:96)	MOVD	R0, main.gs(SB)
	0x0260 00608 (ops.go:96)	PCDATA	$0, $-1
	0x0260 00608 (ops.go:96)	PCDATA	$0, $-4
	0x0260 00608 (ops.go:96)	MOVD	R1, main.gs+8(SB)
	0x0268 00616 (ops.go:96)	PCDATA	$0, $-1
	0x0268 00616 (ops.go:96)	SUB	$1, R1, R1
	0x026c 00620 (ops.go:96)	MOVD	$1, R2
	0x0270 00624 (ops.go:96)	MOVD	R2, (R0)(R1<<3)
	0x0274 00628 (ops.go:97)	MOVD	-8(RSP), R29
	0x0278 00632 (ops.go:97)	MOVD.P	176(RSP), R30
	0x027c 00636 (ops.go:97)	RET	(R30)
	0x0280 00640 (ops.go:97)	NOP
	0x0280 00640 (ops.go:83)	PCDATA	$1, $-1
	0x0280 00640 (ops.go:83)	PCDATA	$0, $-2
	0x0280 00640 (ops.go:83)	MOVD	R30, R3
	0x0284 00644 (ops.go:83)	CALL	runtime.morestack_noctxt(SB)
	0x0288 00648 (ops.go:83)	PCDATA	$0, $-1
	0x0288 00648 (ops.go:83)	JMP	0
	0x0000 90 0b 40 f9 f1 c3 00 d1 3f 02 10 eb a9 13 00 54  ..@.....?......T
	0x0010 fe 0f 15 f8 fd 83 1f f8 fd 23 00 d1 00 00 00 90  .........#......
	0x0020 00 00 00 91 01 00 00 90 21 00 00 91 00 00 00 94  ........!.......
	0x0030 e0 53 00 fd 00 00 00 94 e0 53 40 fd 00 00 00 94  .S.......S@.....
	0x0040 00 00 00 94 00 00 00 94 1b 00 00 90 62 03 40 b9  ............b.@.
	0x0050 a2 00 00 34 1b 00 00 90 61 03 40 f9 00 00 00 94  ...4....a.@.....
	0x0060 21 03 00 f9 00 00 00 90 00 00 00 91 1b 00 00 90  !...............
	0x0070 60 03 00 f9 00 00 00 94 e0 4f 00 f9 e0 03 40 b2  `........O....@.
	0x0080 e1 03 7f b2 02 00 00 90 42 00 00 91 00 00 00 94  ........B.......
	0x0090 e0 6f 01 39 1b 00 00 90 7b 03 00 91 60 07 40 a9  .o.9....{...`.@.
	0x00a0 1b 00 00 90 62 03 40 f9 e3 03 1f aa 00 00 00 94  ....b.@.........
	0x00b0 e0 4b 00 f9 e0 03 1f aa e1 03 40 b2 00 00 00 94  .K........@.....
	0x00c0 e0 67 00 b9 00 00 00 94 e0 4f 40 f9 00 00 00 94  .g.......O@.....
	0x00d0 00 00 00 94 e0 6f 41 39 00 00 00 94 00 00 00 94  .....oA9........
	0x00e0 e0 4b 40 f9 00 00 00 94 00 00 00 94 e1 67 80 b9  .K@..........g..
	0x00f0 e0 03 01 aa 00 00 00 94 00 00 00 94 00 00 00 94  ................
	0x0100 00 00 00 90 00 00 00 91 e1 07 40 b2 00 00 00 94  ..........@.....
	0x0110 e0 03 40 b2 e1 03 7f b2 e2 07 40 b2 e3 03 7e b2  ..@.......@...~.
	0x0120 00 00 00 94 e0 3b 00 f9 e1 37 00 f9 e0 07 7f b2  .....;...7......
	0x0130 e1 07 40 b2 00 00 00 94 e0 4f 00 f9 00 00 00 94  ..@......O......
	0x0140 e0 3b 40 f9 00 00 00 94 00 00 00 94 e0 37 40 f9  .;@..........7@.
	0x0150 00 00 00 94 00 00 00 94 e0 4f 40 f9 00 00 00 94  .........O@.....
	0x0160 00 00 00 94 00 00 00 94 00 10 6e 1e 1b 00 00 90  ..........n.....
	0x0170 61 03 40 bd e0 07 40 b2 00 00 00 94 e0 47 00 fd  a.@...@......G..
	0x0180 e0 43 00 f9 1b 00 00 90 61 03 00 bd 00 00 00 94  .C......a.......
	0x0190 e0 47 40 fd 00 00 00 94 00 00 00 94 e0 43 40 f9  .G@..........C@.
	0x01a0 00 00 00 94 00 00 00 94 00 00 00 94 e0 03 40 b2  ..............@.
	0x01b0 e1 03 7f b2 e2 07 40 b2 e3 03 7e b2 00 00 00 94  ......@...~.....
	0x01c0 e0 63 00 b9 e1 5f 00 b9 e2 3f 00 f9 00 00 00 94  .c..._...?......
	0x01d0 e1 5f 80 b9 e1 4f 00 f9 e1 63 40 b9 e0 03 01 aa  ._...O...c@.....
	0x01e0 00 00 00 94 00 00 00 94 e0 4f 40 f9 00 00 00 94  .........O@.....
	0x01f0 00 00 00 94 e0 3f 40 f9 00 00 00 94 00 00 00 94  .....?@.........
	0x0200 00 00 00 94 1b 00 00 90 7b 03 00 91 60 07 40 a9  ........{...`.@.
	0x0210 21 04 00 91 1b 00 00 90 62 03 40 f9 5f 00 01 eb  !.......b.@._...
	0x0220 02 02 00 54 e3 03 40 b2 04 00 00 90 84 00 00 91  ...T..@.........
	0x0230 00 00 00 94 1b 00 00 90 62 03 00 f9 1b 00 00 90  ........b.......
	0x0240 65 03 40 b9 a5 00 00 34 1b 00 00 90 62 03 40 f9  e.@....4....b.@.
	0x0250 00 00 00 94 20 0b 00 a9 1b 00 00 90 60 03 00 f9  .... .......`...
	0x0260 1b 00 00 90 61 03 00 f9 21 04 00 d1 e2 03 40 b2  ....a...!.....@.
	0x0270 02 78 21 f8 fd 83 5f f8 fe 07 4b f8 c0 03 5f d6  .x!..._...K..._.
	0x0280 e3 03 1e aa 00 00 00 94 5e ff ff 17 00 00 00 00  ........^.......
	rel 0+0 t=R_USEIFACE type:main.Rect+0
	rel 28+8 t=R_ADDRARM64 go:itab.main.Rect,main.Shape+0
	rel 36+8 t=R_ADDRARM64 main..stmp_0+0
	rel 44+4 t=R_CALLARM64 main.call+0
	rel 52+4 t=R_CALLARM64 runtime.printlock+0
	rel 60+4 t=R_CALLARM64 runtime.printfloat64+0
	rel 64+4 t=R_CALLARM64 runtime.printnl+0
	rel 68+4 t=R_CALLARM64 runtime.printunlock+0
	rel 72+8 t=R_ARM64_PCREL_LDST32 runtime.writeBarrier+0
	rel 84+8 t=R_ARM64_PCREL_LDST64 main.gt+24
	rel 92+4 t=R_CALLARM64 runtime.gcWriteBarrier1+0
	rel 100+8 t=R_ADDRARM64 main.gt+0
	rel 108+8 t=R_ARM64_PCREL_LDST64 main.gt+24
	rel 116+4 t=R_CALLARM64 main.loads+0
	rel 132+8 t=R_ADDRARM64 main.gt+0
	rel 140+4 t=R_CALLARM64 main.cmp+0
	rel 148+8 t=R_ADDRARM64 main.gs+0
	rel 160+8 t=R_ARM64_PCREL_LDST64 main.gs+16
	rel 172+4 t=R_CALLARM64 main.idx+0
	rel 188+4 t=R_CALLARM64 main.arr+0
	rel 196+4 t=R_CALLARM64 runtime.printlock+0
	rel 204+4 t=R_CALLARM64 runtime.printint+0
	rel 208+4 t=R_CALLARM64 runtime.printsp+0
	rel 216+4 t=R_CALLARM64 runtime.printbool+0
	rel 220+4 t=R_CALLARM64 runtime.printsp+0
	rel 228+4 t=R_CALLARM64 runtime.printint+0
	rel 232+4 t=R_CALLARM64 runtime.printsp+0
	rel 244+4 t=R_CALLARM64 runtime.printint+0
	rel 248+4 t=R_CALLARM64 runtime.printnl+0
	rel 252+4 t=R_CALLARM64 runtime.printunlock+0
	rel 256+8 t=R_ADDRARM64 main.gt+0
	rel 268+4 t=R_CALLARM64 main.stores+0
	rel 288+4 t=R_CALLARM64 main.arith+0
	rel 308+4 t=R_CALLARM64 main.div+0
	rel 316+4 t=R_CALLARM64 runtime.printlock+0
	rel 324+4 t=R_CALLARM64 runtime.printint+0
	rel 328+4 t=R_CALLARM64 runtime.printsp+0
	rel 336+4 t=R_CALLARM64 runtime.printuint+0
	rel 340+4 t=R_CALLARM64 runtime.printsp+0
	rel 348+4 t=R_CALLARM64 runtime.printint+0
	rel 352+4 t=R_CALLARM64 runtime.printnl+0
	rel 356+4 t=R_CALLARM64 runtime.printunlock+0
	rel 364+8 t=R_ARM64_PCREL_LDST32 $f32.40000000+0
	rel 376+4 t=R_CALLARM64 main.floats+0
	rel 388+8 t=R_ARM64_PCREL_LDST32 main.gf32+0
	rel 396+4 t=R_CALLARM64 runtime.printlock+0
	rel 404+4 t=R_CALLARM64 runtime.printfloat64+0
	rel 408+4 t=R_CALLARM64 runtime.printsp+0
	rel 416+4 t=R_CALLARM64 runtime.printint+0
	rel 420+4 t=R_CALLARM64 runtime.printnl+0
	rel 424+4 t=R_CALLARM64 runtime.printunlock+0
	rel 444+4 t=R_CALLARM64 main.shifts+0
	rel 460+4 t=R_CALLARM64 runtime.printlock+0
	rel 480+4 t=R_CALLARM64 runtime.printuint+0
	rel 484+4 t=R_CALLARM64 runtime.printsp+0
	rel 492+4 t=R_CALLARM64 runtime.printint+0
	rel 496+4 t=R_CALLARM64 runtime.printsp+0
	rel 504+4 t=R_CALLARM64 runtime.printuint+0
	rel 508+4 t=R_CALLARM64 runtime.printnl+0
	rel 512+4 t=R_CALLARM64 runtime.printunlock+0
	rel 516+8 t=R_ADDRARM64 main.gs+0
	rel 532+8 t=R_ARM64_PCREL_LDST64 main.gs+16
	rel 552+8 t=R_ADDRARM64 type:int+0
	rel 560+4 t=R_CALLARM64 runtime.growslice+0
	rel 564+8 t=R_ARM64_PCREL_LDST64 main.gs+16
	rel 572+8 t=R_ARM64_PCREL_LDST32 runtime.writeBarrier+0
	rel 584+8 t=R_ARM64_PCREL_LDST64 main.gs+0
	rel 592+4 t=R_CALLARM64 runtime.gcWriteBarrier2+0
	rel 600+8 t=R_ARM64_PCREL_LDST64 main.gs+0
	rel 608+8 t=R_ARM64_PCREL_LDST64 main.gs+8
	rel 644+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.Shape.Area STEXT dupok size=80 align=0x0 args=0x10 locals=0x18 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Shape.Area(SB), DUPOK|WRAPPER|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	MOVD	16(g), R16
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	CMP	R16, RSP
	0x0008 00008 (<autogenerated>:1)	BLS	56
	0x000c 00012 (<autogenerated>:1)	PCDATA	$0, $-1
	0x000c 00012 (<autogenerated>:1)	MOVD.W	R30, -32(RSP)
	0x0010 00016 (<autogenerated>:1)	MOVD	R29, -8(RSP)
	0x0014 00020 (<autogenerated>:1)	SUB	$8, RSP, R29
	0x0018 00024 (<autogenerated>:1)	MOVD	R0, main.~p0(FP)
	0x001c 00028 (<autogenerated>:1)	MOVD	R1, main.~p0+8(FP)
	0x0020 00032 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0020 00032 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0020 00032 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Area.arginfo1(SB)
	0x0020 00032 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Area.argliveinfo(SB)
	0x0020 00032 (<autogenerated>:1)	PCDATA	$3, $1
	0x0020 00032 (<autogenerated>:1)	MOVD	24(R0), R2
	0x0024 00036 (<autogenerated>:1)	MOVD	R1, R0
	0x0028 00040 (<autogenerated>:1)	PCDATA	$1, $1
	0x0028 00040 (<autogenerated>:1)	CALL	(R2)
	0x002c 00044 (<autogenerated>:1)	MOVD	-8(RSP), R29
	0x0030 00048 (<autogenerated>:1)	MOVD.P	32(RSP), R30
	0x0034 00052 (<autogenerated>:1)	RET	(R30)
	0x0038 00056 (<autogenerated>:1)	NOP
	0x0038 00056 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0038 00056 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0038 00056 (<autogenerated>:1)	STP	(R0, R1), 8(RSP)
	0x003c 00060 (<autogenerated>:1)	MOVD	R30, R3
	0x0040 00064 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0044 00068 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0044 00068 (<autogenerated>:1)	LDP	8(RSP), (R0, R1)
	0x0048 00072 (<autogenerated>:1)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb 89 01 00 54 fe 0f 1e f8  ..@..c0....T....
	0x0010 fd 83 1f f8 fd 23 00 d1 e0 17 00 f9 e1 1b 00 f9  .....#..........
	0x0020 02 0c 40 f9 e0 03 01 aa 40 00 3f d6 fd 83 5f f8  ..@.....@.?..._.
	0x0030 fe 07 42 f8 c0 03 5f d6 e0 87 00 a9 e3 03 1e aa  ..B..._.........
	0x0040 00 00 00 94 e0 87 40 a9 ee ff ff 17 00 00 00 00  ......@.........
	rel 0+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 40+0 t=R_CALLIND +0
	rel 64+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.Shape.Scale STEXT dupok size=96 align=0x0 args=0x18 locals=0x18 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Shape.Scale(SB), DUPOK|WRAPPER|ABIInternal, $32-24
	0x0000 00000 (<autogenerated>:1)	MOVD	16(g), R16
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	CMP	R16, RSP
	0x0008 00008 (<autogenerated>:1)	BLS	60
	0x000c 00012 (<autogenerated>:1)	PCDATA	$0, $-1
	0x000c 00012 (<autogenerated>:1)	MOVD.W	R30, -32(RSP)
	0x0010 00016 (<autogenerated>:1)	MOVD	R29, -8(RSP)
	0x0014 00020 (<autogenerated>:1)	SUB	$8, RSP, R29
	0x0018 00024 (<autogenerated>:1)	MOVD	R0, main.~p0(FP)
	0x001c 00028 (<autogenerated>:1)	MOVD	R1, main.~p0+8(FP)
	0x0020 00032 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0020 00032 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0020 00032 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Scale.arginfo1(SB)
	0x0020 00032 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Scale.argliveinfo(SB)
	0x0020 00032 (<autogenerated>:1)	PCDATA	$3, $1
	0x0020 00032 (<autogenerated>:1)	MOVD	32(R0), R3
	0x0024 00036 (<autogenerated>:1)	MOVD	R1, R0
	0x0028 00040 (<autogenerated>:1)	MOVD	R2, R1
	0x002c 00044 (<autogenerated>:1)	PCDATA	$1, $1
	0x002c 00044 (<autogenerated>:1)	CALL	(R3)
	0x0030 00048 (<autogenerated>:1)	MOVD	-8(RSP), R29
	0x0034 00052 (<autogenerated>:1)	MOVD.P	32(RSP), R30
	0x0038 00056 (<autogenerated>:1)	RET	(R30)
	0x003c 00060 (<autogenerated>:1)	NOP
	0x003c 00060 (<autogenerated>:1)	PCDATA	$1, $-1
	0x003c 00060 (<autogenerated>:1)	PCDATA	$0, $-2
	0x003c 00060 (<autogenerated>:1)	STP	(R0, R1), 8(RSP)
	0x0040 00064 (<autogenerated>:1)	MOVW	R2, 24(RSP)
	0x0044 00068 (<autogenerated>:1)	MOVD	R30, R3
	0x0048 00072 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004c 00076 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004c 00076 (<autogenerated>:1)	LDP	8(RSP), (R0, R1)
	0x0050 00080 (<autogenerated>:1)	MOVW	24(RSP), R2
	0x0054 00084 (<autogenerated>:1)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb a9 01 00 54 fe 0f 1e f8  ..@..c0....T....
	0x0010 fd 83 1f f8 fd 23 00 d1 e0 17 00 f9 e1 1b 00 f9  .....#..........
	0x0020 03 10 40 f9 e0 03 01 aa e1 03 02 aa 60 00 3f d6  ..@.........`.?.
	0x0030 fd 83 5f f8 fe 07 42 f8 c0 03 5f d6 e0 87 00 a9  .._...B..._.....
	0x0040 e2 1b 00 b9 e3 03 1e aa 00 00 00 94 e0 87 40 a9  ..............@.
	0x0050 e2 1b 80 b9 eb ff ff 17 00 00 00 00 00 00 00 00  ................
	rel 0+0 t=R_USEIFACEMETHOD type:main.Shape+104
	rel 44+0 t=R_CALLIND +0
	rel 72+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.(*Rect).Area STEXT dupok size=80 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Rect).Area(SB), DUPOK|WRAPPER|ABIInternal, $16-8
	0x0000 00000 (<autogenerated>:1)	MOVD	16(g), R16
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	CMP	R16, RSP
	0x0008 00008 (<autogenerated>:1)	BLS	56
	0x000c 00012 (<autogenerated>:1)	PCDATA	$0, $-1
	0x000c 00012 (<autogenerated>:1)	MOVD.W	R30, -16(RSP)
	0x0010 00016 (<autogenerated>:1)	MOVD	R29, -8(RSP)
	0x0014 00020 (<autogenerated>:1)	SUB	$8, RSP, R29
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.(*Rect).Area.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.(*Rect).Area.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	CBZ	R0, 48
	0x001c 00028 (<autogenerated>:1)	FLDPD	(R0), (F1, F2)
	0x0020 00032 (ops.go:10)	FMULD	F2, F1, F0
	0x0024 00036 (<unknown line number>)	NOP
	0x0024 00036 (<autogenerated>:1)	MOVD	-8(RSP), R29
	0x0028 00040 (<autogenerated>:1)	MOVD.P	16(RSP), R30
	0x002c 00044 (<autogenerated>:1)	RET	(R30)
	0x0030 00048 (<autogenerated>:1)	PCDATA	$1, $1
	0x0030 00048 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0034 00052 (<autogenerated>:1)	HINT	$0
	0x0038 00056 (<autogenerated>:1)	NOP
	0x0038 00056 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0038 00056 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0038 00056 (<autogenerated>:1)	MOVD	R0, 8(RSP)
	0x003c 00060 (<autogenerated>:1)	MOVD	R30, R3
	0x0040 00064 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0044 00068 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0044 00068 (<autogenerated>:1)	MOVD	8(RSP), R0
	0x0048 00072 (<autogenerated>:1)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb 89 01 00 54 fe 0f 1f f8  ..@..c0....T....
	0x0010 fd 83 1f f8 fd 23 00 d1 c0 00 00 b4 01 08 40 6d  .....#........@m
	0x0020 20 08 62 1e fd 83 5f f8 fe 07 41 f8 c0 03 5f d6   .b..._...A..._.
	0x0030 00 00 00 94 1f 20 03 d5 e0 07 00 f9 e3 03 1e aa  ..... ..........
	0x0040 00 00 00 94 e0 07 40 f9 ee ff ff 17 00 00 00 00  ......@.........
	rel 48+4 t=R_CALLARM64 runtime.panicwrap+0
	rel 64+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.(*Rect).Scale STEXT dupok size=128 align=0x0 args=0x10 locals=0x28 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Rect).Scale(SB), DUPOK|WRAPPER|ABIInternal, $48-16
	0x0000 00000 (<autogenerated>:1)	MOVD	16(g), R16
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	CMP	R16, RSP
	0x0008 00008 (<autogenerated>:1)	BLS	96
	0x000c 00012 (<autogenerated>:1)	PCDATA	$0, $-1
	0x000c 00012 (<autogenerated>:1)	MOVD.W	R30, -48(RSP)
	0x0010 00016 (<autogenerated>:1)	MOVD	R29, -8(RSP)
	0x0014 00020 (<autogenerated>:1)	SUB	$8, RSP, R29
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.(*Rect).Scale.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.(*Rect).Scale.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	CBZ	R0, 88
	0x001c 00028 (<autogenerated>:1)	FLDPD	(R0), (F0, F1)
	0x0020 00032 (ops.go:11)	SCVTFWD	R1, F2
	0x0024 00036 (ops.go:11)	FMULD	F2, F0, F0
	0x0028 00040 (ops.go:11)	FDIVD	F2, F1, F1
	0x002c 00044 (<unknown line number>)	NOP
	0x002c 00044 (ops.go:11)	FSTPD	(F0, F1), main..autotmp_6-16(SP)
	0x0030 00048 (ops.go:11)	MOVD	$type:main.Rect(SB), R0
	0x0038 00056 (ops.go:11)	MOVD	$main..autotmp_6-16(SP), R1
	0x003c 00060 (ops.go:11)	PCDATA	$1, $1
	0x003c 00060 (ops.go:11)	CALL	runtime.convTnoptr(SB)
	0x0040 00064 (<autogenerated>:1)	MOVD	R0, R1
	0x0044 00068 (<autogenerated>:1)	MOVD	$go:itab.main.Rect,main.Shape(SB), R0
	0x004c 00076 (<autogenerated>:1)	MOVD	-8(RSP), R29
	0x0050 00080 (<autogenerated>:1)	MOVD.P	48(RSP), R30
	0x0054 00084 (<autogenerated>:1)	RET	(R30)
	0x0058 00088 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x005c 00092 (<autogenerated>:1)	HINT	$0
	0x0060 00096 (<autogenerated>:1)	NOP
	0x0060 00096 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0060 00096 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0060 00096 (<autogenerated>:1)	MOVD	R0, 8(RSP)
	0x0064 00100 (<autogenerated>:1)	MOVW	R1, 16(RSP)
	0x0068 00104 (<autogenerated>:1)	MOVD	R30, R3
	0x006c 00108 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0070 00112 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0070 00112 (<autogenerated>:1)	MOVD	8(RSP), R0
	0x0074 00116 (<autogenerated>:1)	MOVW	16(RSP), R1
	0x0078 00120 (<autogenerated>:1)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb c9 02 00 54 fe 0f 1d f8  ..@..c0....T....
	0x0010 fd 83 1f f8 fd 23 00 d1 00 02 00 b4 00 04 40 6d  .....#........@m
	0x0020 22 00 62 1e 00 08 62 1e 21 18 62 1e e0 87 01 6d  ".b...b.!.b....m
	0x0030 00 00 00 90 00 00 00 91 e1 63 00 91 00 00 00 94  .........c......
	0x0040 e1 03 00 aa 00 00 00 90 00 00 00 91 fd 83 5f f8  .............._.
	0x0050 fe 07 43 f8 c0 03 5f d6 00 00 00 94 1f 20 03 d5  ..C..._...... ..
	0x0060 e0 07 00 f9 e1 13 00 b9 e3 03 1e aa 00 00 00 94  ................
	0x0070 e0 07 40 f9 e1 13 80 b9 e2 ff ff 17 00 00 00 00  ..@.............
	rel 0+0 t=R_USEIFACE type:main.Rect+0
	rel 48+8 t=R_ADDRARM64 type:main.Rect+0
	rel 60+4 t=R_CALLARM64 runtime.convTnoptr+0
	rel 68+8 t=R_ADDRARM64 go:itab.main.Rect,main.Shape+0
	rel 88+4 t=R_CALLARM64 runtime.panicwrap+0
	rel 108+4 t=R_CALLARM64 runtime.morestack_noctxt+0
type:.eq.M1K1M15K1M14 STEXT dupok size=96 align=0x0 args=0x10 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M1K1M15K1M14(SB), DUPOK|LEAF|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M1K1M15K1M14.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M1K1M15K1M14.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVBU	(R1), R2
	0x0004 00004 (<autogenerated>:1)	MOVBU	(R0), R3
	0x0008 00008 (<autogenerated>:1)	CMPW	R3, R2
	0x000c 00012 (<autogenerated>:1)	BNE	84
	0x0010 00016 (<autogenerated>:1)	MOVD	2(R0), R2
	0x0014 00020 (<autogenerated>:1)	MOVD	2(R1), R3
	0x0018 00024 (<autogenerated>:1)	CMP	R2, R3
	0x001c 00028 (<autogenerated>:1)	BNE	84
	0x0020 00032 (<autogenerated>:1)	MOVD	9(R0), R2
	0x0024 00036 (<autogenerated>:1)	MOVD	9(R1), R3
	0x0028 00040 (<autogenerated>:1)	CMP	R2, R3
	0x002c 00044 (<autogenerated>:1)	BNE	84
	0x0030 00048 (<autogenerated>:1)	MOVD	18(R0), R2
	0x0034 00052 (<autogenerated>:1)	MOVD	18(R1), R3
	0x0038 00056 (<autogenerated>:1)	CMP	R2, R3
	0x003c 00060 (<autogenerated>:1)	BNE	84
	0x0040 00064 (<autogenerated>:1)	MOVD	24(R0), R2
	0x0044 00068 (<autogenerated>:1)	MOVD	24(R1), R1
	0x0048 00072 (<autogenerated>:1)	CMP	R2, R1
	0x004c 00076 (<autogenerated>:1)	CSET	EQ, R0
	0x0050 00080 (<autogenerated>:1)	RET	(R30)
	0x0054 00084 (<autogenerated>:1)	MOVD	ZR, R0
	0x0058 00088 (<autogenerated>:1)	RET	(R30)
	0x0000 22 00 40 39 03 00 40 39 5f 00 03 6b 41 02 00 54  ".@9..@9_..kA..T
	0x0010 02 20 40 f8 23 20 40 f8 7f 00 02 eb c1 01 00 54  . @.# @........T
	0x0020 02 90 40 f8 23 90 40 f8 7f 00 02 eb 41 01 00 54  ..@.#.@.....A..T
	0x0030 02 20 41 f8 23 20 41 f8 7f 00 02 eb c1 00 00 54  . A.# A........T
	0x0040 02 0c 40 f9 21 0c 40 f9 3f 00 02 eb e0 17 9f 9a  ..@.!.@.?.......
	0x0050 c0 03 5f d6 e0 03 1f aa c0 03 5f d6 00 00 00 00  .._......._.....
