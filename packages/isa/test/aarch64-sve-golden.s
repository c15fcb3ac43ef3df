// Golden SVE encodings: the contiguous loads and stores, WHILE/PTRUE predicates, element
// counts and DUP (printed MOV) that glibc's SVE memcpy/memmove/memset use, then what gcc
// -march=armv8.2-a+sve vectorizes ordinary loops into (arithmetic, compares, reductions,
// conversions, replicating loads). Same format as aarch64-golden.s. GNU as must produce each
// word and Glass's decoder must print what GNU objdump prints; Glass's assembler does not
// parse z and p registers yet, which aarch64-golden.test.ts records as a known gap.

	ld1b {z0.b}, p0/z, [x1]             // a400a020
	ld1b {z1.b}, p0/z, [x1, #1, mul vl] // a401a021
	ld1b {z2.b}, p0/z, [x5, #-2, mul vl] // a40ea0a2
	ld1b {z1.b}, p1/z, [x1, x2]         // a4024421
	ld1b {z3.h}, p2/z, [x1]             // a420a823
	ld1b {z3.d}, p2/z, [x1, x2]         // a4624823
	ld1h {z0.h}, p1/z, [x0, x1, lsl #1] // a4a14400
	ld1h {z0.s}, p1/z, [x0, #7, mul vl] // a4c7a400
	ld1w {z0.s}, p7/z, [sp, #-8, mul vl] // a548bfe0
	ld1w {z0.d}, p7/z, [x0, x3, lsl #2] // a5635c00
	ld1d {z31.d}, p3/z, [x0, x3, lsl #3] // a5e34c1f
	ld1sb {z0.d}, p1/z, [x0]            // a580a400
	ld1sb {z0.h}, p1/z, [x0, x1]        // a5c14400
	ld1sh {z0.s}, p1/z, [x0, #1, mul vl] // a521a400
	ld1sw {z0.d}, p1/z, [x0, x2, lsl #2] // a4824400
	st1b {z0.b}, p0, [x0]               // e400e000
	st1b {z0.b}, p0, [x3, #7, mul vl]   // e407e060
	st1b {z0.b}, p0, [x4, #-8, mul vl]  // e408e080
	st1b {z1.b}, p1, [x0, x2]           // e4024401
	st1b {z1.s}, p1, [x0]               // e440e401
	st1h {z0.h}, p1, [x0, x1, lsl #1]   // e4a14400
	st1h {z0.s}, p1, [x0, x1, lsl #1]   // e4c14400
	st1w {z0.d}, p2, [x0, #-1, mul vl]  // e56fe800
	st1d {z31.d}, p7, [sp, #7, mul vl]  // e5e7ffff
	st1d {z1.d}, p7, [x1, x2, lsl #3]   // e5e25c21
	whilelo p1.b, x7, x2                // 25221ce1
	whilelo p0.b, xzr, x2               // 25221fe0
	whilelo p2.h, w1, w2                // 25620c22
	whilelt p0.s, w1, w2                // 25a20420
	whilele p0.h, x1, x2                // 25621430
	whilels p15.d, x1, xzr              // 25ff1c3f
	ptrue p0.b                          // 2518e3e0
	ptrue p1.h, vl2                     // 2558e041
	ptrue p2.s, pow2                    // 2598e002
	ptrue p3.d, #14                     // 25d8e1c3
	ptrue p3.d, mul3                    // 25d8e3c3
	ptrues p4.b, vl256                  // 2519e1a4
	cntb x7                             // 0420e3e7
	cntb x0, vl2                        // 0420e040
	cntb x0, all, mul #3                // 0422e3e0
	cnth x1, #14                        // 0460e1c1
	cntw x1, vl128                      // 04a0e181
	cntd x0                             // 04e0e3e0
	cntd x1, pow2, mul #16              // 04efe001
	mov z0.b, w1                        // 05203820
	mov z1.h, w2                        // 05603841
	mov z1.s, wsp                       // 05a03be1
	mov z0.d, sp                        // 05e03be0
	ld1rb {z0.b}, p1/z, [x0]            // 84408400
	ld1rh {z0.h}, p0/z, [x0, #126]      // 84ffa000
	ld1rw {z0.s}, p0/z, [sp, #252]      // 857fc3e0
	ld1rd {z0.d}, p0/z, [x0, #8]        // 85c1e000
	ld1rsb {z1.d}, p2/z, [x3, #63]      // 85ff8861
	ld1rsw {z1.d}, p2/z, [x3, #4]       // 84c18861
	add z0.b, z0.b, z1.b                // 04210000
	sub z0.h, z1.h, z2.h                // 04620420
	sqadd z0.s, z1.s, z2.s              // 04a21020
	uqsub z0.d, z1.d, z2.d              // 04e21c20
	movprfx z0, z1                      // 0420bc20
	add z0.b, p0/m, z0.b, z1.b          // 04000020
	subr z0.s, p7/m, z0.s, z31.s        // 04831fe0
	smax z0.h, p1/m, z0.h, z1.h         // 04480420
	umin z0.d, p1/m, z0.d, z1.d         // 04cb0420
	uabd z0.b, p1/m, z0.b, z1.b         // 040d0420
	mul z0.b, p1/m, z0.b, z1.b          // 04100420
	smulh z0.s, p0/m, z0.s, z3.s        // 04920060
	umulh z1.b, p0/m, z1.b, z2.b        // 04130041
	sdiv z0.s, p0/m, z0.s, z1.s         // 04940020
	udivr z0.d, p0/m, z0.d, z1.d        // 04d70020
	eor z0.h, p0/m, z0.h, z1.h          // 04590020
	bic z0.d, p0/m, z0.d, z1.d          // 04db0020
	sxtb z0.h, p1/m, z1.h               // 0450a420
	uxth z0.d, p1/m, z1.d               // 04d3a420
	sxtw z0.d, p1/m, z0.d               // 04d4a400
	abs z0.b, p1/m, z0.b                // 0416a400
	neg z0.s, p1/m, z0.s                // 0497a400
	clz z0.h, p1/m, z0.h                // 0459a400
	cnt z0.d, p1/m, z0.d                // 04daa400
	not z0.b, p1/m, z1.b                // 041ea420
	fabs z0.s, p1/m, z0.s               // 049ca400
	fneg z0.d, p1/m, z1.d               // 04dda420
	add z0.s, z0.s, #1                  // 25a0c020
	add z0.h, z0.h, #256                // 2560e020
	sub z0.b, z0.b, #255                // 2521dfe0
	uqadd z0.d, z0.d, #65280            // 25e5ffe0
	smax z0.d, z0.d, #-128              // 25e8d000
	smin z0.h, z0.h, #127               // 256acfe0
	umax z0.s, z0.s, #0                 // 25a9c000
	umin z0.s, z0.s, #255               // 25abdfe0
	mul z0.b, z0.b, #-3                 // 2530dfa0
	lsr z0.b, z0.b, #3                  // 042d9400
	lsr z0.h, z1.h, #16                 // 04309420
	asr z0.s, z1.s, #1                  // 047f9020
	asr z0.d, z1.d, #64                 // 04a09020
	lsl z0.d, z1.d, #63                 // 04ff9c20
	lsl z0.s, z1.s, #0                  // 04609c20
	lsl z0.b, z1.b, #7                  // 042f9c20
	mov z1.d, z2.d                      // 04623041
	and z0.d, z0.d, z1.d                // 04213000
	orr z1.d, z2.d, z3.d                // 04633041
	eor z1.d, z2.d, z3.d                // 04a33041
	bic z1.d, z2.d, z3.d                // 04e33041
	zip1 z1.s, z0.s, z0.s               // 05a06001
	zip2 z0.d, z1.d, z2.d               // 05e26420
	uzp1 z0.s, z0.s, z1.s               // 05a16800
	uzp2 z0.b, z0.b, z1.b               // 05216c00
	trn1 z0.h, z1.h, z2.h               // 05627020
	sel z0.b, p1, z0.b, z2.b            // 0522c400
	sel z0.d, p15, z1.d, z2.d           // 05e2fc20
	punpklo p3.h, p0.b                  // 05304003
	punpkhi p2.h, p15.b                 // 053141e2
	uaddv d0, p1, z0.b                  // 04012400
	saddv d0, p1, z0.s                  // 04802400
	smaxv b0, p1, z0.b                  // 04082400
	umaxv h0, p1, z0.h                  // 04492400
	uminv d0, p1, z0.d                  // 04cb2400
	andv s1, p2, z3.s                   // 049a2861
	cmpne p1.b, p2/z, z0.b, z1.b        // 2401a811
	cmpge p1.d, p2/z, z4.d, z0.d        // 24c08881
	cmpeq p0.s, p7/z, z1.s, z2.s        // 2482bc20
	cmphi p0.h, p1/z, z1.h, z2.h        // 24420430
	cmphs p0.b, p1/z, z1.b, z2.b        // 24020420
	cmpgt p15.d, p0/z, z1.d, z2.d       // 24c2803f
	fadd z0.s, z0.s, z3.s               // 65830000
	fsub z0.d, z0.d, z1.d               // 65c10400
	fmul z0.h, z1.h, z2.h               // 65420820
	fadd z0.s, p0/m, z0.s, z1.s         // 65808020
	fmaxnm z0.d, p0/m, z0.d, z1.d       // 65c48020
	fdivr z0.s, p1/m, z0.s, z2.s        // 658c8440
	fdiv z0.d, p1/m, z0.d, z2.d         // 65cd8440
	fabd z0.s, p1/m, z0.s, z2.s         // 65888440
	frintm z0.s, p1/m, z0.s             // 6582a400
	frintz z0.d, p1/m, z0.d             // 65c3a400
	frinti z0.h, p1/m, z0.h             // 6547a400
	fsqrt z1.s, p1/m, z1.s              // 658da421
	faddv s0, p0, z0.s                  // 65802000
	fmaxnmv d0, p0, z0.d                // 65c42000
	fminv h0, p0, z0.h                  // 65472000
	fcmgt p1.s, p2/z, z0.s, z1.s        // 65814811
	fcmeq p1.d, p2/z, z0.d, z1.d        // 65c16801
	fcmuo p1.h, p2/z, z0.h, z1.h        // 6541c801
	facgt p1.s, p2/z, z0.s, z1.s        // 6581e811
	mla z0.d, p1/m, z1.d, z2.d          // 04c24420
	mls z0.b, p1/m, z1.b, z2.b          // 04026420
	mad z0.h, p1/m, z1.h, z2.h          // 0441c440
	msb z0.s, p1/m, z1.s, z2.s          // 0481e440
	fmla z0.d, p1/m, z1.d, z2.d         // 65e20420
	fmad z0.s, p1/m, z1.s, z2.s         // 65a28420
	fnmsb z0.h, p1/m, z1.h, z2.h        // 6562e420
	fcvtzs z0.s, p1/m, z0.s             // 659ca400
	fcvtzs z0.s, p1/m, z0.d             // 65d8a400
	fcvtzs z0.d, p1/m, z0.s             // 65dca400
	fcvtzu z0.d, p1/m, z0.d             // 65dfa400
	scvtf z0.s, p1/m, z0.s              // 6594a400
	scvtf z1.d, p1/m, z1.s              // 65d0a421
	ucvtf z1.s, p1/m, z1.d              // 65d5a421
	ucvtf z1.d, p1/m, z1.d              // 65d7a421
	fcvt z0.s, p1/m, z0.d               // 65caa400
	fcvt z1.d, p1/m, z1.s               // 65cba421
	addvl x5, x1, #1                    // 04215025
	addvl sp, sp, #-32                  // 043f541f
	addpl x0, sp, #31                   // 047f53e0
	rdvl x0, #2                         // 04bf5040
	mov z0.b, #0                        // 2538c000
	mov z0.b, #-1                       // 2538dfe0
	mov z0.h, #-128                     // 2578d000
	mov z0.h, #256                      // 2578e020
	mov z0.s, #-256                     // 25b8ffe0
	mov z0.d, #127                      // 25f8cfe0
	fmov z2.s, #1.0                     // 25b9ce02
	fmov z2.d, #-0.5                    // 25f9dc02
	fmov z3.h, #2.0                     // 2579c003
	and z0.b, z0.b, #0x55               // 05800780
	and z0.h, z0.h, #0xff               // 058004e0
	and z0.s, z0.s, #0xfffffffe         // 0580fbc0
	and z0.d, z0.d, #0x1                // 05820000
	orr z0.h, z0.h, #0x8000             // 05000c00
	eor z1.s, z1.s, #0x7fffffff         // 054003c1
	dupm z0.h, #0xff00                  // 05c044e0
	dupm z0.b, #0x55                    // 05c00780
	mov z0.d, #0x7fffffffffffffff       // 05c207c0
	mov z0.s, #0xfffffff                // 05c00360
	mov z0.b, p1/m, z2.b                // 0520c440
	mov z0.s, p1/m, z2.s                // 05a0c440
	sel z0.h, p1, z2.h, z3.h            // 0563c440
	movprfx z0.s, p0/m, z1.s            // 04912020
	fadd z0.s, p0/m, z0.s, z1.s         // 65808020
	movprfx z0.d, p0/z, z1.d            // 04d02020
	add z0.d, p0/m, z0.d, z2.d          // 04c00040
	mov z0.s, s1                        // 05242020
	mov z0.s, z1.s[1]                   // 052c2020
	mov z0.b, z1.b[63]                  // 05ff2020
	mov z0.h, h5                        // 052220a0
	mov z0.d, z1.d[7]                   // 05f82020
	mov z0.d, d2                        // 05282040
	ld2b {z0.b, z1.b}, p0/z, [x0]       // a420e000
	ld3w {z4.s-z6.s}, p0/z, [x1]        // a540e024
	ld4d {z28.d-z31.d}, p7/z, [sp, #-32, mul vl] // a5e8fffc
	ld3h {z0.h-z2.h}, p1/z, [x0, #21, mul vl] // a4c7e400
	ld2d {z0.d, z1.d}, p1/z, [x0, x1, lsl #3] // a5a1c400
	st2w {z0.s, z1.s}, p0, [x0]         // e530e000
	st3b {z0.b-z2.b}, p0, [x0, #-24, mul vl] // e458e000
	st4h {z0.h-z3.h}, p0, [x0, x2, lsl #1] // e4e26000
	fadda s0, p0, s0, z1.s              // 65982020
	fadda d0, p0, d0, z1.d              // 65d82020
	fadda h3, p7, h3, z31.h             // 65583fe3
	ld4d {z31.d, z0.d, z1.d, z2.d}, p7/z, [sp] // a5e0ffff
