main.Adder.Add STEXT nosplit size=4 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (iface.go:6)	TEXT	main.Adder.Add(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (iface.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface.go:6)	FUNCDATA	$5, main.Adder.Add.arginfo1(SB)
	0x0000 00000 (iface.go:6)	FUNCDATA	$6, main.Adder.Add.argliveinfo(SB)
	0x0000 00000 (iface.go:6)	PCDATA	$3, $1
	0x0000 00000 (iface.go:6)	ADDQ	BX, AX
	0x0003 00003 (iface.go:6)	RET
	0x0000 48 01 d8 c3                                      H...
main.f STEXT size=102 align=0x0 args=0x18 locals=0x18 funcid=0x0
	0x0000 00000 (iface.go:10)	TEXT	main.f(SB), ABIInternal, $24-24
	0x0000 00000 (iface.go:10)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface.go:10)	PCDATA	$0, $-2
	0x0004 00004 (iface.go:10)	JLS	65
	0x0006 00006 (iface.go:10)	PCDATA	$0, $-1
	0x0006 00006 (iface.go:10)	PUSHQ	BP
	0x0007 00007 (iface.go:10)	MOVQ	SP, BP
	0x000a 00010 (iface.go:10)	SUBQ	$16, SP
	0x000e 00014 (iface.go:10)	MOVQ	AX, main.m+32(FP)
	0x0013 00019 (iface.go:10)	MOVQ	BX, main.m+40(FP)
	0x0018 00024 (iface.go:10)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (iface.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (iface.go:10)	FUNCDATA	$5, main.f.arginfo1(SB)
	0x0018 00024 (iface.go:10)	FUNCDATA	$6, main.f.argliveinfo(SB)
	0x0018 00024 (iface.go:10)	PCDATA	$3, $1
	0x0018 00024 (iface.go:11)	CMPQ	CX, $3
	0x001c 00028 (iface.go:11)	JLE	52
	0x001e 00030 (iface.go:12)	MOVQ	24(AX), DX
	0x0022 00034 (iface.go:12)	MOVQ	BX, AX
	0x0025 00037 (iface.go:12)	MOVQ	CX, BX
	0x0028 00040 (iface.go:12)	PCDATA	$1, $1
	0x0028 00040 (iface.go:12)	CALL	DX
	0x002a 00042 (iface.go:12)	LEAQ	(AX)(AX*2), AX
	0x002e 00046 (iface.go:12)	ADDQ	$16, SP
	0x0032 00050 (iface.go:12)	POPQ	BP
	0x0033 00051 (iface.go:12)	RET
	0x0034 00052 (iface.go:14)	SHLQ	$2, CX
	0x0038 00056 (iface.go:14)	MOVQ	CX, AX
	0x003b 00059 (iface.go:14)	ADDQ	$16, SP
	0x003f 00063 (iface.go:14)	POPQ	BP
	0x0040 00064 (iface.go:14)	RET
	0x0041 00065 (iface.go:14)	NOP
	0x0041 00065 (iface.go:10)	PCDATA	$1, $-1
	0x0041 00065 (iface.go:10)	PCDATA	$0, $-2
	0x0041 00065 (iface.go:10)	MOVQ	AX, 8(SP)
	0x0046 00070 (iface.go:10)	MOVQ	BX, 16(SP)
	0x004b 00075 (iface.go:10)	MOVQ	CX, 24(SP)
	0x0050 00080 (iface.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x0055 00085 (iface.go:10)	PCDATA	$0, $-1
	0x0055 00085 (iface.go:10)	MOVQ	8(SP), AX
	0x005a 00090 (iface.go:10)	MOVQ	16(SP), BX
	0x005f 00095 (iface.go:10)	MOVQ	24(SP), CX
	0x0064 00100 (iface.go:10)	JMP	0
	0x0000 49 3b 66 10 76 3b 55 48 89 e5 48 83 ec 10 48 89  I;f.v;UH..H...H.
	0x0010 44 24 20 48 89 5c 24 28 48 83 f9 03 7e 16 48 8b  D$ H.\$(H...~.H.
	0x0020 50 18 48 89 d8 48 89 cb ff d2 48 8d 04 40 48 83  P.H..H....H..@H.
	0x0030 c4 10 5d c3 48 c1 e1 02 48 89 c8 48 83 c4 10 5d  ..].H...H..H...]
	0x0040 c3 48 89 44 24 08 48 89 5c 24 10 48 89 4c 24 18  .H.D$.H.\$.H.L$.
	0x0050 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x0060 8b 4c 24 18 eb 9a                                .L$...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Mather+96
	rel 40+0 t=R_CALLIND +0
	rel 81+4 t=R_CALL runtime.morestack_noctxt+0
main.g STEXT nosplit size=22 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (iface.go:17)	TEXT	main.g(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (iface.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface.go:17)	FUNCDATA	$5, main.g.arginfo1(SB)
	0x0000 00000 (iface.go:17)	FUNCDATA	$6, main.g.argliveinfo(SB)
	0x0000 00000 (iface.go:17)	PCDATA	$3, $1
	0x0000 00000 (iface.go:17)	MULSD	X0, X1
	0x0004 00004 (iface.go:17)	CVTTSD2SQ	X0, AX
	0x0009 00009 (iface.go:17)	XORPS	X0, X0
	0x000c 00012 (iface.go:17)	CVTSQ2SD	AX, X0
	0x0011 00017 (iface.go:17)	ADDSD	X1, X0
	0x0015 00021 (iface.go:17)	RET
	0x0000 f2 0f 59 c8 f2 48 0f 2c c0 0f 57 c0 f2 48 0f 2a  ..Y..H.,..W..H.*
	0x0010 c0 f2 0f 58 c1 c3                                ...X..
main.main STEXT size=154 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (iface.go:19)	TEXT	main.main(SB), ABIInternal, $24-0
	0x0000 00000 (iface.go:19)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface.go:19)	PCDATA	$0, $-2
	0x0004 00004 (iface.go:19)	JLS	144
	0x000a 00010 (iface.go:19)	PCDATA	$0, $-1
	0x000a 00010 (iface.go:19)	PUSHQ	BP
	0x000b 00011 (iface.go:19)	MOVQ	SP, BP
	0x000e 00014 (iface.go:19)	SUBQ	$16, SP
	0x0012 00018 (iface.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (iface.go:19)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (iface.go:12)	MOVL	$2, AX
	0x0017 00023 (iface.go:12)	LEAQ	19(AX), AX
	0x001b 00027 (iface.go:12)	MOVQ	AX, main.~r0+8(SP)
	0x0020 00032 (<unknown line number>)	NOP
	0x0020 00032 (iface.go:21)	PCDATA	$1, $0
	0x0020 00032 (iface.go:21)	CALL	runtime.printlock(SB)
	0x0025 00037 (iface.go:21)	MOVQ	main.~r0+8(SP), AX
	0x002a 00042 (iface.go:21)	CALL	runtime.printint(SB)
	0x002f 00047 (iface.go:21)	CALL	runtime.printnl(SB)
	0x0034 00052 (iface.go:21)	CALL	runtime.printunlock(SB)
	0x0039 00057 (iface.go:22)	LEAQ	type:int(SB), AX
	0x0040 00064 (iface.go:22)	MOVQ	AX, main.sink(SB)
	0x0047 00071 (iface.go:22)	CMPL	runtime.writeBarrier(SB), $0
	0x004e 00078 (iface.go:22)	PCDATA	$0, $-2
	0x004e 00078 (iface.go:22)	JEQ	95
	0x0050 00080 (iface.go:22)	MOVQ	main.sink+8(SB), AX
	0x0057 00087 (iface.go:22)	CALL	runtime.gcWriteBarrier1(SB)
	0x005c 00092 (iface.go:22)	MOVQ	AX, (R11)
	0x005f 00095 (iface.go:22)	LEAQ	main..stmp_1(SB), AX
	0x0066 00102 (iface.go:22)	MOVQ	AX, main.sink+8(SB)
	0x006d 00109 (<unknown line number>)	NOP
	0x006d 00109 (iface.go:23)	PCDATA	$0, $-1
	0x006d 00109 (iface.go:23)	CALL	runtime.printlock(SB)
	0x0072 00114 (iface.go:23)	MOVSD	$f64.4010000000000000(SB), X0
	0x007a 00122 (iface.go:23)	CALL	runtime.printfloat64(SB)
	0x007f 00127 (iface.go:23)	NOP
	0x0080 00128 (iface.go:23)	CALL	runtime.printnl(SB)
	0x0085 00133 (iface.go:23)	CALL	runtime.printunlock(SB)
	0x008a 00138 (iface.go:24)	ADDQ	$16, SP
	0x008e 00142 (iface.go:24)	POPQ	BP
	0x008f 00143 (iface.go:24)	RET
	0x0090 00144 (iface.go:24)	NOP
	0x0090 00144 (iface.go:19)	PCDATA	$1, $-1
	0x0090 00144 (iface.go:19)	PCDATA	$0, $-2
	0x0090 00144 (iface.go:19)	CALL	runtime.morestack_noctxt(SB)
	0x0095 00149 (iface.go:19)	PCDATA	$0, $-1
	0x0095 00149 (iface.go:19)	JMP	0
	0x0000 49 3b 66 10 0f 86 86 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 10 b8 02 00 00 00 48 8d 40 13 48 89 44 24 08  .......H.@.H.D$.
	0x0020 e8 00 00 00 00 48 8b 44 24 08 e8 00 00 00 00 e8  .....H.D$.......
	0x0030 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0040 48 89 05 00 00 00 00 83 3d 00 00 00 00 00 74 0f  H.......=.....t.
	0x0050 48 8b 05 00 00 00 00 e8 00 00 00 00 49 89 03 48  H...........I..H
	0x0060 8d 05 00 00 00 00 48 89 05 00 00 00 00 e8 00 00  ......H.........
	0x0070 00 00 f2 0f 10 05 00 00 00 00 e8 00 00 00 00 90  ................
	0x0080 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3  ..........H...].
	0x0090 e8 00 00 00 00 e9 66 ff ff ff                    ......f...
	rel 3+0 t=R_USEIFACE type:main.Adder+0
	rel 3+0 t=R_USEIFACE type:int+0
	rel 33+4 t=R_CALL runtime.printlock+0
	rel 43+4 t=R_CALL runtime.printint+0
	rel 48+4 t=R_CALL runtime.printnl+0
	rel 53+4 t=R_CALL runtime.printunlock+0
	rel 60+4 t=R_PCREL type:int+0
	rel 67+4 t=R_PCREL main.sink+0
	rel 73+4 t=R_PCREL runtime.writeBarrier+-1
	rel 83+4 t=R_PCREL main.sink+8
	rel 88+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 98+4 t=R_PCREL main..stmp_1+0
	rel 105+4 t=R_PCREL main.sink+8
	rel 110+4 t=R_CALL runtime.printlock+0
	rel 118+4 t=R_PCREL $f64.4010000000000000+0
	rel 123+4 t=R_CALL runtime.printfloat64+0
	rel 129+4 t=R_CALL runtime.printnl+0
	rel 134+4 t=R_CALL runtime.printunlock+0
	rel 145+4 t=R_CALL runtime.morestack_noctxt+0
main.Mather.Add STEXT dupok size=79 align=0x0 args=0x18 locals=0x18 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Mather.Add(SB), DUPOK|WRAPPER|ABIInternal, $24-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	42
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$16, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+32(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+40(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Mather.Add.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Mather.Add.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	MOVQ	CX, BX
	0x0022 00034 (<autogenerated>:1)	PCDATA	$1, $1
	0x0022 00034 (<autogenerated>:1)	CALL	DX
	0x0024 00036 (<autogenerated>:1)	ADDQ	$16, SP
	0x0028 00040 (<autogenerated>:1)	POPQ	BP
	0x0029 00041 (<autogenerated>:1)	RET
	0x002a 00042 (<autogenerated>:1)	NOP
	0x002a 00042 (<autogenerated>:1)	PCDATA	$1, $-1
	0x002a 00042 (<autogenerated>:1)	PCDATA	$0, $-2
	0x002a 00042 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x002f 00047 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0034 00052 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0039 00057 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x003e 00062 (<autogenerated>:1)	PCDATA	$0, $-1
	0x003e 00062 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0043 00067 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0048 00072 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x004d 00077 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 24 55 48 89 e5 48 83 ec 10 48 89  I;f.v$UH..H...H.
	0x0010 44 24 20 48 89 5c 24 28 48 8b 50 18 48 89 d8 48  D$ H.\$(H.P.H..H
	0x0020 89 cb ff d2 48 83 c4 10 5d c3 48 89 44 24 08 48  ....H...].H.D$.H
	0x0030 89 5c 24 10 48 89 4c 24 18 e8 00 00 00 00 48 8b  .\$.H.L$......H.
	0x0040 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18 eb b1     D$.H.\$.H.L$...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Mather+96
	rel 34+0 t=R_CALLIND +0
	rel 58+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Adder).Add STEXT dupok nosplit size=23 align=0x0 args=0x10 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Adder).Add(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Adder).Add.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Adder).Add.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	17
	0x0009 00009 (iface.go:6)	ADDQ	(AX), BX
	0x000c 00012 (<unknown line number>)	NOP
	0x000c 00012 (<autogenerated>:1)	MOVQ	BX, AX
	0x000f 00015 (<autogenerated>:1)	POPQ	BP
	0x0010 00016 (<autogenerated>:1)	RET
	0x0011 00017 (<autogenerated>:1)	PCDATA	$1, $1
	0x0011 00017 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0016 00022 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 08 48 03 18 48 89 d8 5d  UH..H..t.H..H..]
	0x0010 c3 e8 00 00 00 00 90                             .......
	rel 18+4 t=R_CALL runtime.panicwrap+0
