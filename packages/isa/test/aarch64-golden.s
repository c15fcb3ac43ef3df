// Golden A64 encodings: one instruction per line, its word after `//` (as the hex objdump
// prints). Checked three ways by aarch64-golden.test.ts: Glass's encoder must produce the word,
// GNU as must produce the same word from the same line, and Glass's decoder must print the
// same text as GNU objdump for it.

	add x0, x1, #16                     // 91004020
	add w0, w1, #4095                   // 113ffc20
	add x0, x1, #4096                   // 91400420
	add x0, x1, #1, lsl #12             // 91400420
	add x0, x1, #-16                    // d1004020
	add sp, sp, #32                     // 910083ff
	add x29, sp, #0                     // 910003fd
	add x0, x1, x2                      // 8b020020
	add w3, w4, w5, lsl #2              // 0b050883
	add x0, x1, x2, lsr #3              // 8b420c20
	add x0, x1, w2, sxtw                // 8b22c020
	add x0, x1, w2, sxtw #2             // 8b22c820
	add x0, x1, w2, uxtb                // 8b220020
	add x0, sp, x1                      // 8b2163e0
	add sp, sp, x1, lsl #3              // 8b216fff
	adds x0, x1, #1                     // b1000420
	adds w0, w1, w2                     // 2b020020
	sub sp, sp, #48                     // d100c3ff
	sub x0, x1, #4                      // d1001020
	sub w0, w1, w2, asr #31             // 4b827c20
	sub x0, x1, w2, sxth                // cb22a020
	subs x0, x1, #1                     // f1000420
	subs w0, w1, w2                     // 6b020020
	cmp x0, #5                          // f100141f
	cmp w0, #-1                         // 3100041f
	cmp x0, x1                          // eb01001f
	cmp w0, w1, lsl #1                  // 6b01041f
	cmp sp, x1                          // eb2163ff
	cmn w0, #1                          // 3100041f
	cmn x0, x1                          // ab01001f
	neg x0, x1                          // cb0103e0
	neg w0, w1, lsl #2                  // 4b010be0
	negs x0, x1                         // eb0103e0
	mov x0, sp                          // 910003e0
	mov sp, x0                          // 9100001f
	mov wsp, w1                         // 1100003f
	mov x0, x1                          // aa0103e0
	mov w0, w1                          // 2a0103e0
	mov w0, wzr                         // 2a1f03e0
	mov x0, #0                          // d2800000
	mov x0, #42                         // d2800540
	mov w0, #65535                      // 529fffe0
	mov x0, #0x10000                    // d2a00020
	mov x0, #0xffff00000000             // d2dfffe0
	mov x0, #-1                         // 92800000
	mov w0, #-1                         // 12800000
	mov x0, #-2                         // 92800020
	mov w0, #-3                         // 12800040
	mov x0, #0xffff0000ffff0000         // b2103fe0
	mov w0, #0x55555555                 // 3200f3e0
	mov x0, #0xfffffffffffffffe         // 92800020
	movz x0, #1, lsl #16                // d2a00020
	movz w0, #0xffff                    // 529fffe0
	movk x0, #0x1234, lsl #48           // f2e24680
	movk w0, #0xbeef, lsl #16           // 72b7dde0
	movn x0, #7                         // 928000e0
	movn w0, #0, lsl #16                // 12a00000
	and x0, x1, #0xff                   // 92401c20
	and w0, w1, #-8                     // 121d7020
	and x0, x1, #0xfffffffffffffff8     // 927df020
	and x0, x1, #0x5555555555555555     // 9200f020
	and w0, w1, #1                      // 12000020
	orr x0, x1, #0xff00ff00ff00ff00     // b2089c20
	eor w0, w1, #0x80000000             // 52010020
	eor x0, x1, #0x3                    // d2400420
	ands x0, x1, #0x7ffffffffffffffe    // f27ff420
	tst w0, #0xff                       // 72001c1f
	tst x0, #1                          // f240001f
	and x0, x1, x2                      // 8a020020
	and w0, w1, w2, lsl #3              // 0a020c20
	orr x0, x1, x2, ror #7              // aac21c20
	orr w0, wzr, w1, lsl #2             // 2a010be0
	eor x0, x1, x2                      // ca020020
	eon x0, x1, x2                      // ca220020
	bic w0, w1, w2                      // 0a220020
	orn x0, x1, x2                      // aa220020
	ands w0, w1, w2                     // 6a020020
	bics x0, x1, x2                     // ea220020
	tst x0, x1                          // ea01001f
	tst w0, w1, lsr #4                  // 6a41101f
	mvn x0, x1                          // aa2103e0
	mvn w0, w1                          // 2a2103e0
	lsl x0, x1, #3                      // d37df020
	lsl w0, w1, #31                     // 53010020
	lsr x0, x1, #63                     // d37ffc20
	lsr w0, w1, #5                      // 53057c20
	asr x0, x1, #2                      // 9342fc20
	asr w0, w1, #31                     // 131f7c20
	ror x0, x1, #13                     // 93c13420
	ror w0, w1, #1                      // 13810420
	lsl x0, x1, x2                      // 9ac22020
	lsr w0, w1, w2                      // 1ac22420
	asr x0, x1, x2                      // 9ac22820
	ror w0, w1, w2                      // 1ac22c20
	sxtb w0, w1                         // 13001c20
	sxtb x0, w1                         // 93401c20
	sxth w0, w1                         // 13003c20
	sxth x0, w1                         // 93403c20
	sxtw x0, w1                         // 93407c20
	uxtb w0, w1                         // 53001c20
	uxth w0, w1                         // 53003c20
	uxtw x0, w1                         // 2a0103e0
	ubfx x0, x1, #4, #8                 // d3442c20
	ubfx w0, w1, #0, #1                 // 53000020
	sbfx x0, x1, #3, #29                // 93437c20
	ubfiz x0, x1, #2, #30               // d37e7420
	ubfiz w0, w1, #3, #5                // 531d1020
	sbfiz x0, x1, #3, #32               // 937d7c20
	bfi x0, x1, #8, #16                 // b3783c20
	bfi w0, w1, #0, #8                  // 33001c20
	bfxil w0, w1, #4, #4                // 33041c20
	bfxil x0, x1, #0, #32               // b3407c20
	extr x0, x1, x2, #12                // 93c23020
	extr w0, w1, w2, #31                // 13827c20
	mul x0, x1, x2                      // 9b027c20
	mul w0, w1, w2                      // 1b027c20
	madd x0, x1, x2, x3                 // 9b020c20
	madd w0, w1, w2, w3                 // 1b020c20
	msub x0, x1, x2, x3                 // 9b028c20
	msub w0, w1, w2, w3                 // 1b028c20
	mneg x0, x1, x2                     // 9b02fc20
	smull x0, w1, w2                    // 9b227c20
	umull x0, w1, w2                    // 9ba27c20
	smaddl x0, w1, w2, x3               // 9b220c20
	umaddl x0, w1, w2, x3               // 9ba20c20
	smulh x0, x1, x2                    // 9b427c20
	umulh x0, x1, x2                    // 9bc27c20
	sdiv x0, x1, x2                     // 9ac20c20
	sdiv w0, w1, w2                     // 1ac20c20
	udiv x0, x1, x2                     // 9ac20820
	udiv w0, w1, w2                     // 1ac20820
	clz x0, x1                          // dac01020
	clz w0, w1                          // 5ac01020
	cls x0, x1                          // dac01420
	rbit w0, w1                         // 5ac00020
	rbit x0, x1                         // dac00020
	rev w0, w1                          // 5ac00820
	rev x0, x1                          // dac00c20
	rev16 w0, w1                        // 5ac00420
	rev32 x0, x1                        // dac00820
	csel x0, x1, x2, eq                 // 9a820020
	csel w0, w1, w2, ne                 // 1a821020
	csinc x0, x1, x2, lt                // 9a82b420
	csinv w0, w1, wzr, eq               // 5a9f0020
	csneg x0, x1, x2, ge                // da82a420
	cset w0, eq                         // 1a9f17e0
	cset x0, ne                         // 9a9f07e0
	cset w0, hi                         // 1a9f97e0
	cset w0, lo                         // 1a9f27e0
	csetm x0, lt                        // da9fa3e0
	cinc x0, x1, gt                     // 9a81d420
	cinv w0, w1, le                     // 5a81c020
	cneg x0, x1, mi                     // da815420
	ccmp x0, x1, #4, ne                 // fa411004
	ccmp w0, #3, #0, eq                 // 7a430800
	ccmn x0, #1, #8, lt                 // ba41b808
	b.eq .+8                            // 54000040
	b.ne .+8                            // 54000041
	b.cs .+8                            // 54000042
	b.hs .+8                            // 54000042
	b.cc .+8                            // 54000043
	b.lo .+8                            // 54000043
	b.mi .+8                            // 54000044
	b.pl .+8                            // 54000045
	b.vs .+8                            // 54000046
	b.vc .+8                            // 54000047
	b.hi .+8                            // 54000048
	b.ls .+8                            // 54000049
	b.ge .+8                            // 5400004a
	b.lt .+8                            // 5400004b
	b.gt .+8                            // 5400004c
	b.le .+8                            // 5400004d
	b.al .+8                            // 5400004e
	b.nv .+8                            // 5400004f
	cset w9, hs                         // 1a9f37e9
	cset w9, cc                         // 1a9f27e9
	cset w9, mi                         // 1a9f57e9
	cset w9, pl                         // 1a9f47e9
	cset w9, vs                         // 1a9f77e9
	cset w9, vc                         // 1a9f67e9
	cset w9, ls                         // 1a9f87e9
	cset w9, ge                         // 1a9fb7e9
	csetm w1, hi                        // 5a9f93e1
	fccmp s0, s1, #0, cs                // 1e212400
	fccmpe d0, d1, #15, vc              // 1e61741f
	udf #0                              // 00000000
	udf #16                             // 00000010
	udf #65535                          // 0000ffff
	hlt #1                              // d4400020
	mov w0, #1                          // 52800020
	mov x3, #-0x10000                   // 929fffe3
	mov x0, #0x5555555555555555         // b200f3e0
	adc x0, x1, x2                      // 9a020020
	sbc w0, w1, w2                      // 5a020020
	ngc x0, x1                          // da0103e0
	ldr x0, [x1]                        // f9400020
	ldr x0, [x1, #8]                    // f9400420
	ldr x0, [sp, #32760]                // f97fffe0
	ldr w0, [x1, #4]                    // b9400420
	ldr w0, [sp]                        // b94003e0
	ldr x0, [x1, #-8]                   // f85f8020
	ldr x0, [x1, #9]                    // f8409020
	ldr w0, [x1, #-4]                   // b85fc020
	ldr x0, [x1, #16]!                  // f8410c20
	ldr x0, [sp], #16                   // f84107e0
	ldr w0, [x1], #4                    // b8404420
	ldr w0, [x1, #-4]!                  // b85fcc20
	ldr x0, [x1, x2]                    // f8626820
	ldr x0, [x1, x2, lsl #3]            // f8627820
	ldr w0, [x1, x2, lsl #2]            // b8627820
	ldr w0, [x1, w2, uxtw]              // b8624820
	ldr w0, [x1, w2, uxtw #2]           // b8625820
	ldr x0, [x1, w2, sxtw #3]           // f862d820
	ldr x0, [x1, w2, sxtw]              // f862c820
	ldr x0, [x1, x2, sxtx]              // f862e820
	ldr x0, [x1, x2, lsl #0]            // f8626820
	str x0, [x1]                        // f9000020
	str x0, [sp, #8]                    // f90007e0
	str w0, [x1, #12]                   // b9000c20
	str x0, [sp, #-16]!                 // f81f0fe0
	str xzr, [x1, #8]                   // f900043f
	str wzr, [sp, #4]                   // b90007ff
	str x0, [x1, #-8]                   // f81f8020
	str x0, [x1], #8                    // f8008420
	str w0, [x1, x2, lsl #2]            // b8227820
	strb w0, [x1]                       // 39000020
	strb w0, [x1, #4095]                // 393ffc20
	strb w0, [x1, #-1]                  // 381ff020
	strb w0, [x1, x2]                   // 38226820
	strb w0, [x1, x2, lsl #0]           // 38227820
	strb w0, [x1, w2, sxtw]             // 3822c820
	ldrb w0, [x1, #3]                   // 39400c20
	ldrb w0, [x1], #1                   // 38401420
	ldrb w0, [x1, #1]!                  // 38401c20
	ldrsb w0, [x1, #2]                  // 39c00820
	ldrsb x0, [x1, #2]                  // 39800820
	ldrsb w0, [x1, w2, uxtw]            // 38e24820
	strh w0, [x1, #2]                   // 79000420
	strh w0, [x1, #-2]                  // 781fe020
	ldrh w0, [x1, #6]                   // 79400c20
	ldrh w0, [x1, x2, lsl #1]           // 78627820
	ldrsh w0, [x1, #2]                  // 79c00420
	ldrsh x0, [x1]                      // 79800020
	ldrsw x0, [x1, #4]                  // b9800420
	ldrsw x0, [x1, x2, lsl #2]          // b8a27820
	ldrsw x0, [x1, #-4]                 // b89fc020
	ldur x0, [x1, #-8]                  // f85f8020
	ldur w0, [x1, #1]                   // b8401020
	stur x0, [x29, #-8]                 // f81f83a0
	stur w0, [x29, #-4]                 // b81fc3a0
	sturb w0, [x1, #-1]                 // 381ff020
	ldurb w0, [x1, #-1]                 // 385ff020
	ldursw x0, [x1, #-4]                // b89fc020
	stp x29, x30, [sp, #-16]!           // a9bf7bfd
	stp x29, x30, [sp, #-32]!           // a9be7bfd
	ldp x29, x30, [sp], #16             // a8c17bfd
	ldp x29, x30, [sp], #48             // a8c37bfd
	stp x19, x20, [sp, #16]             // a90153f3
	ldp x19, x20, [sp, #16]             // a94153f3
	stp w0, w1, [sp, #8]                // 290107e0
	ldp w0, w1, [x1]                    // 29400420
	ldpsw x0, x1, [x2, #8]              // 69410440
	stnp w0, w1, [x2, #8]               // 28010440
	ldnp x3, x4, [sp, #-16]             // a87f13e3
	stnp s0, s1, [x2, #252]             // 2c1f8440
	ldnp d8, d25, [x11, #-320]          // 6c6c6568
	stnp q0, q1, [x3, #32]              // ac010460
	ldnp q2, q3, [x3]                   // ac400c62
	stp d8, d9, [sp, #-16]!             // 6dbf27e8
	ldp d8, d9, [sp], #16               // 6cc127e8
	stp q0, q1, [x0]                    // ad000400
	ldp q0, q1, [x1, #32]               // ad410420
	stp s0, s1, [sp, #8]                // 2d0107e0
	str d0, [sp, #8]                    // fd0007e0
	ldr d0, [x1, #16]                   // fd400820
	str s0, [sp, #4]                    // bd0007e0
	ldr s0, [x1]                        // bd400020
	str q0, [sp, #16]                   // 3d8007e0
	ldr q0, [x1, #32]                   // 3dc00820
	ldr q0, [x1, #-16]                  // 3cdf0020
	ldr d0, [x1, x2, lsl #3]            // fc627820
	str d0, [x1, #-8]                   // fc1f8020
	str h0, [x1, #2]                    // 7d000420
	ldr b0, [x1, #1]                    // 3d400420
	ldr d0, [sp], #8                    // fc4087e0
	str d1, [sp, #-16]!                 // fc1f0fe1
	br x16                              // d61f0200
	blr x8                              // d63f0100
	ret                                 // d65f03c0
	ret x1                              // d65f0020
	svc #0                              // d4000001
	svc #0x80                           // d4001001
	brk #1000                           // d4207d00
	nop                                 // d503201f
	dmb ish                             // d5033bbf
	dsb sy                              // d5033f9f
	isb                                 // d5033fdf
	mrs x0, tpidr_el0                   // d53bd040
	msr tpidr_el0, x1                   // d51bd041
	fmov d0, d1                         // 1e604020
	fmov s0, s1                         // 1e204020
	fmov d0, x1                         // 9e670020
	fmov x0, d1                         // 9e660020
	fmov s0, w1                         // 1e270020
	fmov w0, s1                         // 1e260020
	fmov d0, #1.0                       // 1e6e1000
	fmov d0, #-2.5                      // 1e709000
	fmov s0, #0.5                       // 1e2c1000
	fmov d1, #31.0                      // 1e67f001
	fmov s2, #0.125                     // 1e281002
	fmov d0, 1.5e+0                     // 1e6f1000
	fmov s0, 2.0e+0                     // 1e201000
	fadd d0, d1, d2                     // 1e622820
	fadd s0, s1, s2                     // 1e222820
	fsub d0, d1, d2                     // 1e623820
	fmul s0, s1, s2                     // 1e220820
	fdiv d0, d1, d2                     // 1e621820
	fneg d0, d1                         // 1e614020
	fneg s0, s1                         // 1e214020
	fabs d0, d1                         // 1e60c020
	fsqrt d0, d1                        // 1e61c020
	fsqrt s0, s1                        // 1e21c020
	fmax d0, d1, d2                     // 1e624820
	fminnm s0, s1, s2                   // 1e227820
	fnmul d0, d1, d2                    // 1e628820
	fmadd d0, d1, d2, d3                // 1f420c20
	fmsub s0, s1, s2, s3                // 1f028c20
	fnmadd d0, d1, d2, d3               // 1f620c20
	fcmp d0, d1                         // 1e612000
	fcmp s0, s1                         // 1e212000
	fcmp d0, #0.0                       // 1e602008
	fcmpe d0, d1                        // 1e612010
	fcmpe s0, #0.0                      // 1e202018
	fccmp d0, d1, #0, eq                // 1e610400
	fcsel d0, d1, d2, mi                // 1e624c20
	fcsel s0, s1, s2, gt                // 1e22cc20
	fcvt d0, s1                         // 1e22c020
	fcvt s0, d1                         // 1e624020
	scvtf d0, w1                        // 1e620020
	scvtf d0, x1                        // 9e620020
	scvtf s0, w1                        // 1e220020
	scvtf s0, x1                        // 9e220020
	ucvtf d0, w1                        // 1e630020
	ucvtf s0, x1                        // 9e230020
	fcvtzs w0, d1                       // 1e780020
	fcvtzs x0, d1                       // 9e780020
	fcvtzs w0, s1                       // 1e380020
	fcvtzs w1, s0, #2                   // 1e18f801
	fcvtzs x1, d0, #64                  // 9e580001
	fcvtzu w3, d4, #32                  // 1e598083
	scvtf d0, w1, #4                    // 1e42f020
	ucvtf s2, x3, #1                    // 9e03fc62
	fcvtzu w0, s1                       // 1e390020
	fcvtzu x0, d1                       // 9e790020
	fcvtns x0, d1                       // 9e600020
	fcvtms w0, d1                       // 1e700020
	fcvtas x0, d1                       // 9e640020
	frintz d0, d1                       // 1e65c020
	frintm s0, s1                       // 1e254020
	frinta d0, d1                       // 1e664020
	fcvtzs d0, d1                       // 5ee1b820
	fcvtzs s0, s1                       // 5ea1b820
	fcvtzu d0, d1                       // 7ee1b820
	scvtf d0, d1                        // 5e61d820
	scvtf s0, s1                        // 5e21d820
	ucvtf d0, d1                        // 7e61d820
	fcvt s5, h0                         // 1ee24005
	fcvt d1, h2                         // 1ee2c041
	fcvt h3, s4                         // 1e23c083
	fcvt h5, d6                         // 1e63c0c5
	ngcs x1, x1                         // fa0103e1
	ngcs w2, w3                         // 7a0303e2
