main.cover STEXT nosplit asm size=496 align=0x0 args=0x0 locals=0x8 funcid=0x0
	0x0000 00000 (arm64.s:1)	TEXT	main.cover(SB), NOSPLIT, $16-0
	0x0000 00000 (arm64.s:1)	MOVD.W	R30, -16(RSP)
	0x0004 00004 (arm64.s:1)	MOVD	R29, -8(RSP)
	0x0008 00008 (arm64.s:1)	SUB	$8, RSP, R29
	0x000c 00012 (arm64.s:1)	FUNCDATA	$5, main.cover.arginfo0(SB)
	0x000c 00012 (arm64.s:1)	FUNCDATA	$0, main.cover.args_stackmap(SB)
	0x000c 00012 (arm64.s:2)	STP.W	(R29, R30), -16(RSP)
	0x0010 00016 (arm64.s:3)	MOVD	RSP, R29
	0x0014 00020 (arm64.s:4)	LDP.P	16(RSP), (R29, R30)
	0x0018 00024 (arm64.s:5)	STP	(R19, R20), 32(RSP)
	0x001c 00028 (arm64.s:6)	LDPW	8(R0), (R1, R2)
	0x0020 00032 (arm64.s:7)	FSTPD	(F8, F9), 48(RSP)
	0x0024 00036 (arm64.s:8)	MOVD	(R0)(R1), R2
	0x0028 00040 (arm64.s:9)	MOVD	(R0)(R1<<3), R2
	0x002c 00044 (arm64.s:10)	MOVW	(R0)(R1.SXTW<<2), R2
	0x0030 00048 (arm64.s:11)	MOVBU	(R3)(R4), R5
	0x0034 00052 (arm64.s:12)	MOVD.W	R1, 8(R2)
	0x0038 00056 (arm64.s:13)	MOVD.P	8(R2), R1
	0x003c 00060 (arm64.s:14)	MOVW	$-5, R1
	0x0040 00064 (arm64.s:15)	MOVD	$-1, R2
	0x0044 00068 (arm64.s:16)	MOVD	$305419896, R3
	0x004c 00076 (arm64.s:17)	MOVD	$4294901760, R4
	0x0050 00080 (arm64.s:18)	MOVW	$2147483648, R5
	0x0054 00084 (arm64.s:19)	MOVD	$6148914691236517205, R6
	0x0058 00088 (arm64.s:20)	ADD	$4096, R0, R1
	0x005c 00092 (arm64.s:21)	ADDW	$7, R2, R3
	0x0060 00096 (arm64.s:22)	SUB	R1.UXTW, R2, R3
	0x0064 00100 (arm64.s:23)	ADD	R1.SXTW<<2, R2, R3
	0x0068 00104 (arm64.s:24)	ADDS	R1, R2, R3
	0x006c 00108 (arm64.s:25)	SUBS	$1, R4, R5
	0x0070 00112 (arm64.s:26)	CMPW	$0, R1
	0x0074 00116 (arm64.s:27)	CMN	$5, R2
	0x0078 00120 (arm64.s:28)	TST	$255, R3
	0x007c 00124 (arm64.s:29)	TSTW	R4, R5
	0x0080 00128 (arm64.s:30)	NEG	R1, R2
	0x0084 00132 (arm64.s:31)	NEGW	R3, R4
	0x0088 00136 (arm64.s:32)	MVN	R5, R6
	0x008c 00140 (arm64.s:33)	MUL	R1, R2, R3
	0x0090 00144 (arm64.s:34)	MULW	R4, R5, R6
	0x0094 00148 (arm64.s:35)	MADD	R1, R2, R3, R4
	0x0098 00152 (arm64.s:36)	MSUB	R1, R2, R3, R4
	0x009c 00156 (arm64.s:37)	SMULL	R1, R2, R3
	0x00a0 00160 (arm64.s:38)	UMULH	R4, R5, R6
	0x00a4 00164 (arm64.s:39)	UDIV	R1, R2, R3
	0x00a8 00168 (arm64.s:40)	SDIVW	R4, R5, R6
	0x00ac 00172 (arm64.s:41)	AND	R1, R2, R3
	0x00b0 00176 (arm64.s:42)	ORRW	$1, R2, R3
	0x00b4 00180 (arm64.s:43)	EOR	R1<<5, R2, R3
	0x00b8 00184 (arm64.s:44)	BIC	R1, R2, R3
	0x00bc 00188 (arm64.s:45)	LSL	$5, R1, R2
	0x00c0 00192 (arm64.s:46)	LSR	$60, R3, R4
	0x00c4 00196 (arm64.s:47)	ASRW	$3, R5, R6
	0x00c8 00200 (arm64.s:48)	ROR	$8, R7, R8
	0x00cc 00204 (arm64.s:49)	LSRW	R1, R2, R3
	0x00d0 00208 (arm64.s:50)	UBFX	$4, R1, $8, R2
	0x00d4 00212 (arm64.s:51)	SBFX	$3, R1, $5, R2
	0x00d8 00216 (arm64.s:52)	UBFIZ	$2, R1, $10, R2
	0x00dc 00220 (arm64.s:53)	BFI	$8, R1, $8, R2
	0x00e0 00224 (arm64.s:54)	MOVB	R1, R2
	0x00e4 00228 (arm64.s:55)	MOVH	R3, R4
	0x00e8 00232 (arm64.s:56)	MOVW	R5, R6
	0x00ec 00236 (arm64.s:57)	MOVBU	R7, R8
	0x00f0 00240 (arm64.s:58)	MOVHU	R9, R10
	0x00f4 00244 (arm64.s:59)	MOVWU	R11, R12
	0x00f8 00248 (arm64.s:60)	CSEL	EQ, R1, R2, R3
	0x00fc 00252 (arm64.s:61)	CSELW	LT, R4, R5, R6
	0x0100 00256 (arm64.s:62)	CSET	HI, R7
	0x0104 00260 (arm64.s:63)	CSETW	GE, R8
	0x0108 00264 (arm64.s:64)	CSINC	NE, R1, R2, R3
	0x010c 00268 (arm64.s:65)	CSNEG	MI, R4, R5, R6
	0x0110 00272 (arm64.s:66)	CINC	EQ, R1, R2
	0x0114 00276 (arm64.s:67)	CCMP	NE, R1, $3, $4
	0x0118 00280 (arm64.s:68)	CLZ	R1, R2
	0x011c 00284 (arm64.s:69)	RBIT	R3, R4
	0x0120 00288 (arm64.s:70)	REV	R5, R6
	0x0124 00292 (arm64.s:71)	FMOVD	R1, F1
	0x0128 00296 (arm64.s:72)	FMOVD	F2, R2
	0x012c 00300 (arm64.s:73)	FMOVS	R3, F3
	0x0130 00304 (arm64.s:74)	FMOVS	F4, R4
	0x0134 00308 (arm64.s:75)	FMOVD	$(0.5), F5
	0x0138 00312 (arm64.s:76)	FMOVS	$(-3.0), F6
	0x013c 00316 (arm64.s:77)	FMOVD	F7, F8
	0x0140 00320 (arm64.s:78)	FCMPD	F1, F2
	0x0144 00324 (arm64.s:79)	FCMPS	$(0.0), F3
	0x0148 00328 (arm64.s:80)	FADDS	F1, F2, F3
	0x014c 00332 (arm64.s:81)	FNEGD	F4, F5
	0x0150 00336 (arm64.s:82)	FABSS	F6, F7
	0x0154 00340 (arm64.s:83)	FSQRTD	F8, F9
	0x0158 00344 (arm64.s:84)	FMAXD	F1, F2, F3
	0x015c 00348 (arm64.s:85)	FMINS	F4, F5, F6
	0x0160 00352 (arm64.s:86)	FRINTMD	F1, F2
	0x0164 00356 (arm64.s:87)	FRINTZS	F3, F4
	0x0168 00360 (arm64.s:88)	FCVTZSDW	F1, R1
	0x016c 00364 (arm64.s:89)	FCVTZUD	F2, R2
	0x0170 00368 (arm64.s:90)	FCVTZSS	F3, R3
	0x0174 00372 (arm64.s:91)	SCVTFWS	R4, F4
	0x0178 00376 (arm64.s:92)	UCVTFD	R5, F5
	0x017c 00380 (arm64.s:93)	UCVTFWD	R6, F6
	0x0180 00384 (arm64.s:94)	FCVTSD	F1, F2
	0x0184 00388 (arm64.s:95)	FCVTDS	F3, F4
	0x0188 00392 (arm64.s:96)	FCSELD	EQ, F1, F2, F3
	0x018c 00396 (arm64.s:97)	FMADDD	F1, F2, F3, F4
	0x0190 00400 (arm64.s:98)	FMOVD	8(R1), F1
	0x0194 00404 (arm64.s:99)	FMOVS	F2, 4(R3)
	0x0198 00408 (arm64.s:100)	FMOVQ	16(R4), F5
	0x019c 00412 (arm64.s:101)	MOVD	$8(RSP), R1
	0x01a0 00416 (arm64.s:102)	CBNZ	R1, 424
	0x01a4 00420 (arm64.s:103)	CBZW	R2, 424
	0x01a8 00424 (arm64.s:104)	TBZ	$3, R1, 428
	0x01ac 00428 (arm64.s:105)	TBNZ	$40, R2, 432
	0x01b0 00432 (arm64.s:106)	BEQ	436
	0x01b4 00436 (arm64.s:107)	BHS	440
	0x01b8 00440 (arm64.s:108)	BLO	444
	0x01bc 00444 (arm64.s:109)	BVS	448
	0x01c0 00448 (arm64.s:110)	CALL	(R5)
	0x01c4 00452 (arm64.s:111)	JMP	(R6)
	0x01c8 00456 (arm64.s:112)	UNDEF
	0x01cc 00460 (arm64.s:113)	BRK	$1
	0x01d0 00464 (arm64.s:114)	NOOP
	0x01d4 00468 (arm64.s:115)	DMB	$11
	0x01d8 00472 (arm64.s:116)	MOVD	-8(RSP), R29
	0x01dc 00476 (arm64.s:116)	MOVD.P	16(RSP), R30
	0x01e0 00480 (arm64.s:116)	RET	(R30)
	0x0000 fe 0f 1f f8 fd 83 1f f8 fd 23 00 d1 fd 7b bf a9  .........#...{..
	0x0010 fd 03 00 91 fd 7b c1 a8 f3 53 02 a9 01 08 41 29  .....{...S....A)
	0x0020 e8 27 03 6d 02 68 61 f8 02 78 61 f8 02 d8 a1 b8  .'.m.ha..xa.....
	0x0030 65 68 64 38 41 8c 00 f8 41 84 40 f8 81 00 80 12  ehd8A...A.@.....
	0x0040 02 00 80 92 03 cf 8a d2 83 46 a2 f2 e4 ff bf d2  .........F......
	0x0050 05 00 b0 52 e6 f3 00 b2 01 04 40 91 43 1c 00 11  ...R......@.C...
	0x0060 43 40 21 cb 43 c8 21 8b 43 00 01 ab 85 04 00 f1  C@!.C.!.C.......
	0x0070 3f 00 00 71 5f 14 00 b1 7f 1c 40 f2 bf 00 04 6a  ?..q_.....@....j
	0x0080 e2 03 01 cb e4 03 03 4b e6 03 25 aa 43 7c 01 9b  .......K..%.C|..
	0x0090 a6 7c 04 1b 64 08 01 9b 64 88 01 9b 43 7c 21 9b  .|..d...d...C|!.
	0x00a0 a6 7c c4 9b 43 08 c1 9a a6 0c c4 1a 43 00 01 8a  .|..C.......C...
	0x00b0 43 00 00 32 43 14 01 ca 43 00 21 8a 22 e8 7b d3  C..2C...C.!.".{.
	0x00c0 64 fc 7c d3 a6 7c 03 13 e8 20 c7 93 43 24 c1 1a  d.|..|... ..C$..
	0x00d0 22 2c 44 d3 22 1c 43 93 22 24 7e d3 22 1c 78 b3  ",D.".C."$~.".x.
	0x00e0 22 1c 40 93 64 3c 40 93 a6 7c 40 93 e8 1c 40 d3  ".@.d<@..|@...@.
	0x00f0 2a 3d 40 d3 ec 03 0b 2a 23 00 82 9a 86 b0 85 1a  *=@....*#.......
	0x0100 e7 97 9f 9a e8 b7 9f 1a 23 14 82 9a 86 44 85 da  ........#....D..
	0x0110 22 14 81 9a 24 18 43 fa 22 10 c0 da 64 00 c0 da  "...$.C."...d...
	0x0120 a6 0c c0 da 21 00 67 9e 42 00 66 9e 63 00 27 1e  ....!.g.B.f.c.'.
	0x0130 84 00 26 1e 05 10 6c 1e 06 10 31 1e e8 40 60 1e  ..&...l...1..@`.
	0x0140 40 20 61 1e 68 20 20 1e 43 28 21 1e 85 40 61 1e  @ a.h  .C(!..@a.
	0x0150 c7 c0 20 1e 09 c1 61 1e 43 48 61 1e a6 58 24 1e  .. ...a.CHa..X$.
	0x0160 22 40 65 1e 64 c0 25 1e 21 00 78 1e 42 00 79 9e  "@e.d.%.!.x.B.y.
	0x0170 63 00 38 9e 84 00 22 1e a5 00 63 9e c6 00 63 1e  c.8..."...c...c.
	0x0180 22 c0 22 1e 64 40 62 1e 23 0c 62 1e 64 08 41 1f  ".".d@b.#.b.d.A.
	0x0190 21 04 40 fd 62 04 00 bd 85 04 c0 3d e1 23 00 91  !.@.b......=.#..
	0x01a0 41 00 00 b5 22 00 00 34 21 00 18 36 22 00 40 b7  A..."..4!..6".@.
	0x01b0 20 00 00 54 22 00 00 54 23 00 00 54 26 00 00 54   ..T"..T#..T&..T
	0x01c0 a0 00 3f d6 c0 00 1f d6 00 00 00 00 20 00 20 d4  ..?......... . .
	0x01d0 1f 20 03 d5 bf 3b 03 d5 fd 83 5f f8 fe 07 41 f8  . ...;...._...A.
	0x01e0 c0 03 5f d6 00 00 00 00 00 00 00 00 00 00 00 00  .._.............
	rel 448+0 t=R_CALLIND +0
