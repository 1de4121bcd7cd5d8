main.Adder.Add STEXT size=16 align=0x0 args=0x10 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (iface.go:6)	TEXT	main.Adder.Add(SB), LEAF|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (iface.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface.go:6)	FUNCDATA	$5, main.Adder.Add.arginfo1(SB)
	0x0000 00000 (iface.go:6)	FUNCDATA	$6, main.Adder.Add.argliveinfo(SB)
	0x0000 00000 (iface.go:6)	PCDATA	$3, $1
	0x0000 00000 (iface.go:6)	ADD	R1, R0, R0
	0x0004 00004 (iface.go:6)	RET	(R30)
	0x0000 00 00 01 8b c0 03 5f d6 00 00 00 00 00 00 00 00  ......_.........
main.f STEXT size=128 align=0x0 args=0x18 locals=0x18 funcid=0x0
	0x0000 00000 (iface.go:10)	TEXT	main.f(SB), ABIInternal, $32-24
	0x0000 00000 (iface.go:10)	MOVD	16(g), R16
	0x0004 00004 (iface.go:10)	PCDATA	$0, $-2
	0x0004 00004 (iface.go:10)	CMP	R16, RSP
	0x0008 00008 (iface.go:10)	BLS	88
	0x000c 00012 (iface.go:10)	PCDATA	$0, $-1
	0x000c 00012 (iface.go:10)	MOVD.W	R30, -32(RSP)
	0x0010 00016 (iface.go:10)	MOVD	R29, -8(RSP)
	0x0014 00020 (iface.go:10)	SUB	$8, RSP, R29
	0x0018 00024 (iface.go:10)	MOVD	R0, main.m(FP)
	0x001c 00028 (iface.go:10)	MOVD	R1, main.m+8(FP)
	0x0020 00032 (iface.go:10)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0020 00032 (iface.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0020 00032 (iface.go:10)	FUNCDATA	$5, main.f.arginfo1(SB)
	0x0020 00032 (iface.go:10)	FUNCDATA	$6, main.f.argliveinfo(SB)
	0x0020 00032 (iface.go:10)	PCDATA	$3, $1
	0x0020 00032 (iface.go:11)	CMP	$3, R2
	0x0024 00036 (iface.go:11)	BLE	72
	0x0028 00040 (iface.go:12)	MOVD	24(R0), R3
	0x002c 00044 (iface.go:12)	MOVD	R1, R0
	0x0030 00048 (iface.go:12)	MOVD	R2, R1
	0x0034 00052 (iface.go:12)	PCDATA	$1, $1
	0x0034 00052 (iface.go:12)	CALL	(R3)
	0x0038 00056 (iface.go:12)	ADD	R0<<1, R0, R0
	0x003c 00060 (iface.go:12)	MOVD	-8(RSP), R29
	0x0040 00064 (iface.go:12)	MOVD.P	32(RSP), R30
	0x0044 00068 (iface.go:12)	RET	(R30)
	0x0048 00072 (iface.go:14)	LSL	$2, R2, R0
	0x004c 00076 (iface.go:14)	MOVD	-8(RSP), R29
	0x0050 00080 (iface.go:14)	MOVD.P	32(RSP), R30
	0x0054 00084 (iface.go:14)	RET	(R30)
	0x0058 00088 (iface.go:14)	NOP
	0x0058 00088 (iface.go:10)	PCDATA	$1, $-1
	0x0058 00088 (iface.go:10)	PCDATA	$0, $-2
	0x0058 00088 (iface.go:10)	STP	(R0, R1), 8(RSP)
	0x005c 00092 (iface.go:10)	MOVD	R2, 24(RSP)
	0x0060 00096 (iface.go:10)	MOVD	R30, R3
	0x0064 00100 (iface.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x0068 00104 (iface.go:10)	PCDATA	$0, $-1
	0x0068 00104 (iface.go:10)	LDP	8(RSP), (R0, R1)
	0x006c 00108 (iface.go:10)	MOVD	24(RSP), R2
	0x0070 00112 (iface.go:10)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb 89 02 00 54 fe 0f 1e f8  ..@..c0....T....
	0x0010 fd 83 1f f8 fd 23 00 d1 e0 17 00 f9 e1 1b 00 f9  .....#..........
	0x0020 5f 0c 00 f1 2d 01 00 54 03 0c 40 f9 e0 03 01 aa  _...-..T..@.....
	0x0030 e1 03 02 aa 60 00 3f d6 00 04 00 8b fd 83 5f f8  ....`.?......._.
	0x0040 fe 07 42 f8 c0 03 5f d6 40 f4 7e d3 fd 83 5f f8  ..B..._.@.~..._.
	0x0050 fe 07 42 f8 c0 03 5f d6 e0 87 00 a9 e2 0f 00 f9  ..B..._.........
	0x0060 e3 03 1e aa 00 00 00 94 e0 87 40 a9 e2 0f 40 f9  ..........@...@.
	0x0070 e4 ff ff 17 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+0 t=R_USEIFACEMETHOD type:main.Mather+96
	rel 52+0 t=R_CALLIND +0
	rel 100+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.g STEXT size=16 align=0x0 args=0x10 locals=0x0 funcid=0x0 leaf
	0x0000 00000 (iface.go:17)	TEXT	main.g(SB), LEAF|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (iface.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface.go:17)	FUNCDATA	$5, main.g.arginfo1(SB)
	0x0000 00000 (iface.go:17)	FUNCDATA	$6, main.g.argliveinfo(SB)
	0x0000 00000 (iface.go:17)	PCDATA	$3, $1
	0x0000 00000 (iface.go:17)	FCVTZSD	F0, R0
	0x0004 00004 (iface.go:17)	SCVTFD	R0, F2
	0x0008 00008 (iface.go:17)	FMADDD	F0, F2, F1, F0
	0x000c 00012 (iface.go:17)	RET	(R30)
	0x0000 00 00 78 9e 02 00 62 9e 20 08 40 1f c0 03 5f d6  ..x...b. .@..._.
main.main STEXT size=160 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (iface.go:19)	TEXT	main.main(SB), ABIInternal, $32-0
	0x0000 00000 (iface.go:19)	MOVD	16(g), R16
	0x0004 00004 (iface.go:19)	PCDATA	$0, $-2
	0x0004 00004 (iface.go:19)	CMP	R16, RSP
	0x0008 00008 (iface.go:19)	BLS	136
	0x000c 00012 (iface.go:19)	PCDATA	$0, $-1
	0x000c 00012 (iface.go:19)	MOVD.W	R30, -32(RSP)
	0x0010 00016 (iface.go:19)	MOVD	R29, -8(RSP)
	0x0014 00020 (iface.go:19)	SUB	$8, RSP, R29
	0x0018 00024 (iface.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0018 00024 (iface.go:19)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0018 00024 (<unknown line number>)	NOP
	0x0018 00024 (iface.go:21)	PCDATA	$1, $0
	0x0018 00024 (iface.go:21)	CALL	runtime.printlock(SB)
	0x001c 00028 (iface.go:21)	MOVD	$21, R0
	0x0020 00032 (iface.go:21)	CALL	runtime.printint(SB)
	0x0024 00036 (iface.go:21)	CALL	runtime.printnl(SB)
	0x0028 00040 (iface.go:21)	CALL	runtime.printunlock(SB)
	0x002c 00044 (iface.go:22)	MOVD	$type:int(SB), R0
	0x0034 00052 (iface.go:22)	PCDATA	$0, $-3
	0x0034 00052 (iface.go:22)	MOVD	R0, main.sink(SB)
	0x003c 00060 (iface.go:22)	PCDATA	$0, $-4
	0x003c 00060 (iface.go:22)	MOVWU	runtime.writeBarrier(SB), R0
	0x0044 00068 (iface.go:22)	PCDATA	$0, $-1
	0x0044 00068 (iface.go:22)	PCDATA	$0, $-2
	0x0044 00068 (iface.go:22)	CBZW	R0, 88
	0x0048 00072 (iface.go:22)	MOVD	main.sink+8(SB), R0
	0x0050 00080 (iface.go:22)	CALL	runtime.gcWriteBarrier1(SB)
	0x0054 00084 (iface.go:22)	MOVD	R0, (R25)
	0x0058 00088 (iface.go:22)	MOVD	$main..stmp_1(SB), R0
	0x0060 00096 (iface.go:22)	MOVD	R0, main.sink+8(SB)
	0x0068 00104 (<unknown line number>)	NOP
	0x0068 00104 (iface.go:23)	PCDATA	$0, $-1
	0x0068 00104 (iface.go:23)	CALL	runtime.printlock(SB)
	0x006c 00108 (iface.go:23)	FMOVD	$(4.0), F0
	0x0070 00112 (iface.go:23)	CALL	runtime.printfloat64(SB)
	0x0074 00116 (iface.go:23)	CALL	runtime.printnl(SB)
	0x0078 00120 (iface.go:23)	CALL	runtime.printunlock(SB)
	0x007c 00124 (iface.go:24)	MOVD	-8(RSP), R29
	0x0080 00128 (iface.go:24)	MOVD.P	32(RSP), R30
	0x0084 00132 (iface.go:24)	RET	(R30)
	0x0088 00136 (iface.go:24)	NOP
	0x0088 00136 (iface.go:19)	PCDATA	$1, $-1
	0x0088 00136 (iface.go:19)	PCDATA	$0, $-2
	0x0088 00136 (iface.go:19)	MOVD	R30, R3
	0x008c 00140 (iface.go:19)	CALL	runtime.morestack_noctxt(SB)
	0x0090 00144 (iface.go:19)	PCDATA	$0, $-1
	0x0090 00144 (iface.go:19)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb 09 04 00 54 fe 0f 1e f8  ..@..c0....T....
	0x0010 fd 83 1f f8 fd 23 00 d1 00 00 00 94 a0 02 80 d2  .....#..........
	0x0020 00 00 00 94 00 00 00 94 00 00 00 94 00 00 00 90  ................
	0x0030 00 00 00 91 1b 00 00 90 60 03 00 f9 1b 00 00 90  ........`.......
	0x0040 60 03 40 b9 a0 00 00 34 1b 00 00 90 60 03 40 f9  `.@....4....`.@.
	0x0050 00 00 00 94 20 03 00 f9 00 00 00 90 00 00 00 91  .... ...........
	0x0060 1b 00 00 90 60 03 00 f9 00 00 00 94 00 10 62 1e  ....`.........b.
	0x0070 00 00 00 94 00 00 00 94 00 00 00 94 fd 83 5f f8  .............._.
	0x0080 fe 07 42 f8 c0 03 5f d6 e3 03 1e aa 00 00 00 94  ..B..._.........
	0x0090 dc ff ff 17 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+0 t=R_USEIFACE type:main.Adder+0
	rel 0+0 t=R_USEIFACE type:int+0
	rel 24+4 t=R_CALLARM64 runtime.printlock+0
	rel 32+4 t=R_CALLARM64 runtime.printint+0
	rel 36+4 t=R_CALLARM64 runtime.printnl+0
	rel 40+4 t=R_CALLARM64 runtime.printunlock+0
	rel 44+8 t=R_ADDRARM64 type:int+0
	rel 52+8 t=R_ARM64_PCREL_LDST64 main.sink+0
	rel 60+8 t=R_ARM64_PCREL_LDST32 runtime.writeBarrier+0
	rel 72+8 t=R_ARM64_PCREL_LDST64 main.sink+8
	rel 80+4 t=R_CALLARM64 runtime.gcWriteBarrier1+0
	rel 88+8 t=R_ADDRARM64 main..stmp_1+0
	rel 96+8 t=R_ARM64_PCREL_LDST64 main.sink+8
	rel 104+4 t=R_CALLARM64 runtime.printlock+0
	rel 112+4 t=R_CALLARM64 runtime.printfloat64+0
	rel 116+4 t=R_CALLARM64 runtime.printnl+0
	rel 120+4 t=R_CALLARM64 runtime.printunlock+0
	rel 140+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.Mather.Add STEXT dupok size=96 align=0x0 args=0x18 locals=0x18 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Mather.Add(SB), DUPOK|WRAPPER|ABIInternal, $32-24
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
	0x0020 00032 (<autogenerated>:1)	FUNCDATA	$5, main.Mather.Add.arginfo1(SB)
	0x0020 00032 (<autogenerated>:1)	FUNCDATA	$6, main.Mather.Add.argliveinfo(SB)
	0x0020 00032 (<autogenerated>:1)	PCDATA	$3, $1
	0x0020 00032 (<autogenerated>:1)	MOVD	24(R0), R3
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
	0x0040 00064 (<autogenerated>:1)	MOVD	R2, 24(RSP)
	0x0044 00068 (<autogenerated>:1)	MOVD	R30, R3
	0x0048 00072 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004c 00076 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004c 00076 (<autogenerated>:1)	LDP	8(RSP), (R0, R1)
	0x0050 00080 (<autogenerated>:1)	MOVD	24(RSP), R2
	0x0054 00084 (<autogenerated>:1)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb a9 01 00 54 fe 0f 1e f8  ..@..c0....T....
	0x0010 fd 83 1f f8 fd 23 00 d1 e0 17 00 f9 e1 1b 00 f9  .....#..........
	0x0020 03 0c 40 f9 e0 03 01 aa e1 03 02 aa 60 00 3f d6  ..@.........`.?.
	0x0030 fd 83 5f f8 fe 07 42 f8 c0 03 5f d6 e0 87 00 a9  .._...B..._.....
	0x0040 e2 0f 00 f9 e3 03 1e aa 00 00 00 94 e0 87 40 a9  ..............@.
	0x0050 e2 0f 40 f9 eb ff ff 17 00 00 00 00 00 00 00 00  ..@.............
	rel 0+0 t=R_USEIFACEMETHOD type:main.Mather+96
	rel 44+0 t=R_CALLIND +0
	rel 72+4 t=R_CALLARM64 runtime.morestack_noctxt+0
main.(*Adder).Add STEXT dupok size=80 align=0x0 args=0x10 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Adder).Add(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.(*Adder).Add.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.(*Adder).Add.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	CBZ	R0, 48
	0x001c 00028 (<autogenerated>:1)	MOVD	(R0), R2
	0x0020 00032 (iface.go:6)	ADD	R1, R2, R0
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
	0x0038 00056 (<autogenerated>:1)	STP	(R0, R1), 8(RSP)
	0x003c 00060 (<autogenerated>:1)	MOVD	R30, R3
	0x0040 00064 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0044 00068 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0044 00068 (<autogenerated>:1)	LDP	8(RSP), (R0, R1)
	0x0048 00072 (<autogenerated>:1)	JMP	0
	0x0000 90 0b 40 f9 ff 63 30 eb 89 01 00 54 fe 0f 1f f8  ..@..c0....T....
	0x0010 fd 83 1f f8 fd 23 00 d1 c0 00 00 b4 02 00 40 f9  .....#........@.
	0x0020 40 00 01 8b fd 83 5f f8 fe 07 41 f8 c0 03 5f d6  @....._...A..._.
	0x0030 00 00 00 94 1f 20 03 d5 e0 87 00 a9 e3 03 1e aa  ..... ..........
	0x0040 00 00 00 94 e0 87 40 a9 ee ff ff 17 00 00 00 00  ......@.........
	rel 48+4 t=R_CALLARM64 runtime.panicwrap+0
	rel 64+4 t=R_CALLARM64 runtime.morestack_noctxt+0
