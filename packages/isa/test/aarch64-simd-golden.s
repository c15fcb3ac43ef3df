// Golden Advanced SIMD encodings (the vector instructions gcc's auto-vectorizer emits) and the
// load-acquire/store-release and exclusive forms of atomics, one instruction per line with
// its word after `//` as GNU as 2.40 assembles it. Checked like
// aarch64-golden.s: Glass encodes each line to the word, GNU as agrees, and Glass's decoder
// prints what GNU objdump prints.

	ld1 {v0.4s}, [x0]                   // 4c407800
	ld1 {v0.4s, v1.4s}, [x0], #32       // 4cdfa800
	ld1 {v0.16b-v2.16b}, [x1]           // 4c406020
	st4 {v0.4s-v3.4s}, [x1]             // 4c000820
	st2 {v0.2d, v1.2d}, [sp], 32        // 4c9f8fe0
	movi v0.4s, 0x7, lsl 8              // 4f0024e0
	movi v0.4s, 0x7                     // 4f0004e0
	movi v0.2d, 0                       // 6f00e400
	movi v1.2d, #0xff00ff00ff00ff00     // 6f05e541
	movi d0, #0                         // 2f00e400
	movi v0.16b, 0x41                   // 4f02e420
	movi v0.8h, 3, lsl 8                // 4f00a460
	mvni v0.4s, 0x1                     // 6f000420
	fmov v0.4s, 1.0                     // 4f03f600
	fmov v0.2d, -2.5                    // 6f04f480
	umov w0, v1.b[3]                    // 0e073c20
	umov w0, v1.s[1]                    // 0e0c3c20
	mov x0, v1.d[1]                     // 4e183c20
	ins v0.s[1], w2                     // 4e0c1c40
	mov v0.d[1], v3.d[0]                // 6e180460
	dup v0.4s, w1                       // 4e040c20
	dup v0.2d, x1                       // 4e080c20
	dup v0.4s, v1.s[2]                  // 4e140420
	mov v0.16b, v1.16b                  // 4ea11c20
	addv s0, v1.4s                      // 4eb1b820
	addp d0, v1.2d                      // 5ef1b820
	xtn v0.8b, v1.8h                    // 0e212820
	xtn2 v0.16b, v1.8h                  // 4e212820
	sxtl v0.4s, v1.4h                   // 0f10a420
	sxtl2 v0.4s, v1.8h                  // 4f10a420
	uxtl v0.2d, v1.2s                   // 2f20a420
	shl v0.16b, v1.16b, 2               // 4f0a5420
	ushr v0.4s, v1.4s, 3                // 6f3d0420
	sshr v0.2d, v1.2d, 63               // 4f410420
	cmeq v0.4s, v1.4s, #0               // 4ea09820
	cmgt v0.4s, v1.4s, v2.4s            // 4ea23420
	fcmlt v0.4s, v1.4s, #0.0            // 4ea0e820
	bsl v0.16b, v1.16b, v2.16b          // 6e621c20
	ext v0.16b, v1.16b, v2.16b, #4      // 6e022020
	saddw2 v0.2d, v1.2d, v2.4s          // 4ea21020
	smull v0.2d, v1.2s, v2.2s           // 0ea2c020
	uzp1 v0.4s, v1.4s, v2.4s            // 4e821820
	fmla v0.2d, v1.2d, v2.2d            // 4e62cc20
	not v0.16b, v1.16b                  // 6e205820
	scvtf v0.4s, v1.4s                  // 4e21d820
	fcvtzs v0.2d, v1.2d                 // 4ee1b820
	rev64 v0.4s, v1.4s                  // 4ea00820
	ldr q0, [x0]                        // 3dc00000
	add v0.2d, v1.2d, v2.2d             // 4ee28420
	sub v3.8h, v4.8h, v5.8h             // 6e658483
	mul v0.16b, v1.16b, v2.16b          // 4e229c20
	umax v0.4s, v1.4s, v2.4s            // 6ea26420
	smin v0.2s, v1.2s, v2.2s            // 0ea26c20
	cmhi v0.4s, v1.4s, v2.4s            // 6ea23420
	cmhs v0.8h, v1.8h, v2.8h            // 6e623c20
	cmge v0.2d, v1.2d, v2.2d            // 4ee23c20
	addp v0.4s, v1.4s, v2.4s            // 4ea2bc20
	and v0.8b, v1.8b, v2.8b             // 0e221c20
	orr v0.16b, v1.16b, v2.16b          // 4ea21c20
	eor v0.16b, v1.16b, v2.16b          // 6e221c20
	bic v0.16b, v1.16b, v2.16b          // 4e621c20
	bit v0.16b, v1.16b, v2.16b          // 6ea21c20
	bif v0.8b, v1.8b, v2.8b             // 2ee21c20
	mov v5.8b, v6.8b                    // 0ea61cc5
	neg v0.4s, v1.4s                    // 6ea0b820
	abs v0.2d, v1.2d                    // 4ee0b820
	cnt v0.16b, v1.16b                  // 4e205820
	rev32 v0.8h, v1.8h                  // 6e600820
	rev16 v0.16b, v1.16b                // 4e201820
	cmlt v0.4s, v1.4s, #0               // 4ea0a820
	cmle v0.8h, v1.8h, #0               // 6e609820
	cmgt v0.16b, v1.16b, #0             // 4e208820
	cmge v0.2s, v1.2s, #0               // 2ea08820
	addv b0, v1.16b                     // 4e31b820
	addv h0, v1.4h                      // 0e71b820
	umaxv s0, v1.4s                     // 6eb0a820
	sminv b0, v1.8b                     // 0e31a820
	smaxv h1, v2.8h                     // 4e70a841
	uminv s3, v4.4s                     // 6eb1a883
	ushr v0.16b, v1.16b, #8             // 6f080420
	shl v0.2d, v1.2d, #63               // 4f7f5420
	shl v0.4h, v1.4h, #15               // 0f1f5420
	sshr v0.8h, v1.8h, #1               // 4f1f0420
	uxtl2 v0.8h, v1.16b                 // 6f08a420
	sxtl v0.8h, v1.8b                   // 0f08a420
	xtn v0.2s, v1.2d                    // 0ea12820
	xtn2 v0.8h, v1.4s                   // 4e612820
	uaddw v0.4s, v1.4s, v2.4h           // 2e621020
	saddl v0.2d, v1.2s, v2.2s           // 0ea20020
	umull2 v0.2d, v1.4s, v2.4s          // 6ea2c020
	smlal v0.4s, v1.4h, v2.4h           // 0e628020
	usubw2 v0.8h, v1.8h, v2.16b         // 6e223020
	zip1 v0.4s, v1.4s, v2.4s            // 4e823820
	zip2 v0.2d, v1.2d, v2.2d            // 4ec27820
	trn1 v0.8b, v1.8b, v2.8b            // 0e022820
	uzp2 v0.16b, v1.16b, v2.16b         // 4e025820
	ext v0.8b, v1.8b, v2.8b, #7         // 2e023820
	fadd v0.4s, v1.4s, v2.4s            // 4e22d420
	fsub v0.2d, v1.2d, v2.2d            // 4ee2d420
	fmul v0.2s, v1.2s, v2.2s            // 2e22dc20
	fdiv v0.4s, v1.4s, v2.4s            // 6e22fc20
	fmls v0.4s, v1.4s, v2.4s            // 4ea2cc20
	fmax v0.2d, v1.2d, v2.2d            // 4e62f420
	fminnm v0.4s, v1.4s, v2.4s          // 4ea2c420
	fcmge v0.4s, v1.4s, v2.4s           // 6e22e420
	fcmgt v0.2d, v1.2d, v2.2d           // 6ee2e420
	fcmeq v0.2s, v1.2s, #0.0            // 0ea0d820
	fneg v0.2d, v1.2d                   // 6ee0f820
	fabs v0.4s, v1.4s                   // 4ea0f820
	fsqrt v0.2d, v1.2d                  // 6ee1f820
	ucvtf v0.2d, v1.2d                  // 6e61d820
	fcvtzu v0.4s, v1.4s                 // 6ea1b820
	dup v0.16b, w3                      // 4e010c60
	dup v0.8h, v1.h[7]                  // 4e1e0420
	dup v0.2d, v1.d[1]                  // 4e180420
	umov w0, v1.h[7]                    // 0e1e3c20
	smov w0, v1.b[15]                   // 0e1f2c20
	smov x0, v1.s[3]                    // 4e1c2c20
	mov v0.b[15], w1                    // 4e1f1c20
	mov v0.h[2], v1.h[5]                // 6e0a5420
	ins v0.s[3], w4                     // 4e1c1c80
	mov v2.d[0], x3                     // 4e081c62
	movi v0.8b, #0xff                   // 0f07e7e0
	movi v0.4h, #0x12, lsl #8           // 0f00a640
	movi v0.2s, #0xab, lsl #24          // 0f056560
	mvni v0.8h, #0x80                   // 6f048400
	fmov v0.2s, #-1.25                  // 0f07f680
	st1 {v0.1d}, [x0]                   // 0c007c00
	st1 {v0.2d}, [x2], #16              // 4c9f7c40
	ld1 {v30.8b, v31.8b}, [x3]          // 0c40a07e
	ld1 {v0.4h-v3.4h}, [x0], #32        // 0cdf2400
	ld2 {v0.8h, v1.8h}, [x1], #32       // 4cdf8420
	ld3 {v4.4s-v6.4s}, [x2]             // 4c404844
	st3 {v0.8b-v2.8b}, [x0], #24        // 0c9f4000
	ld4 {v0.16b-v3.16b}, [x0], #64      // 4cdf0000
	mla v0.4s, v1.4s, v2.4s             // 4ea29420
	mls v0.8h, v1.8h, v2.8h             // 6e629420
	fcvtl v0.2d, v1.2s                  // 0e617820
	fcvtl2 v0.2d, v1.4s                 // 4e617820
	fcvtl v0.4s, v1.4h                  // 0e217820
	fcvtn v0.2s, v1.2d                  // 0e616820
	fcvtn2 v0.4s, v1.2d                 // 4e616820
	dup d0, v1.d[1]                     // 5e180420
	mov s2, v3.s[3]                     // 5e1c0462
	movi v4.16b, 0xffffffffffffff9c     // 4f04e784
	ldar w0, [x1]                       // 88dffc20
	ldar x0, [sp]                       // c8dfffe0
	ldarb w3, [x4]                      // 08dffc83
	stlr x2, [x1]                       // c89ffc22
	stlrh w2, [x1]                      // 489ffc22
	ldaxr w0, [x2]                      // 885ffc40
	ldxr x0, [x2]                       // c85f7c40
	stlxr w5, w0, [x2]                  // 8805fc40
	stxr w5, x0, [x2]                   // c8057c40
	fmla v20.2d, v0.2d, v11.d[0]        // 4fcb1014
	fmla v0.4s, v1.4s, v17.s[3]         // 4fb11820
	fmul v0.2s, v1.2s, v2.s[1]          // 0fa29020
	fmls v0.2d, v1.2d, v2.d[1]          // 4fc25820
	add d0, d0, d1                      // 5ee18400
	sub d2, d3, d4                      // 7ee48462
	scvtf d0, d0, #4                    // 5f7ce400
	ucvtf s1, s2, #32                   // 7f20e441
	fcvtzs d0, d1, #1                   // 5f7ffc20
	tbl v1.16b, {v1.16b}, v2.16b        // 4e020021
	tbl v0.8b, {v1.16b, v2.16b}, v3.8b  // 0e032020
	tbx v0.16b, {v4.16b-v7.16b}, v3.16b // 4e037080
	ld1r {v0.4s}, [x0]                  // 4d40c800
	ld1r {v1.8h}, [x2], #2              // 4ddfc441
	ld1r {v2.2d}, [sp]                  // 4d40cfe2

	// pairwise max/min, narrowing shifts, ORR/BIC (vector, immediate), FMOV of the upper half, scalar D compares
	umaxp v2.16b, v1.16b, v1.16b        // 6e21a422
	umaxp v0.4s, v1.4s, v2.4s           // 6ea2a420
	uminp v0.16b, v1.16b, v2.16b        // 6e22ac20
	smaxp v0.8h, v1.8h, v2.8h           // 4e62a420
	sminp v0.2s, v1.2s, v2.2s           // 0ea2ac20
	shrn v2.8b, v1.8h, #4               // 0f0c8422
	shrn v0.4h, v1.4s, #16              // 0f108420
	shrn v0.2s, v1.2d, #1               // 0f3f8420
	shrn2 v0.16b, v1.8h, #8             // 4f088420
	shrn2 v0.4s, v1.2d, #32             // 4f208420
	rshrn v0.8b, v1.8h, #3              // 0f0d8c20
	rshrn2 v0.8h, v1.4s, #9             // 4f178c20
	bic v0.8h, #0xf, lsl #8             // 6f00b5e0
	bic v0.4h, #0x1                     // 2f009420
	bic v0.4s, #0xff, lsl #24           // 6f0777e0
	bic v0.2s, #0x80, lsl #8            // 2f043400
	orr v0.8h, #0x40, lsl #8            // 4f02b400
	orr v1.4s, #0x1                     // 4f001421
	fmov x5, v0.d[1]                    // 9eae0005
	fmov v3.d[1], x2                    // 9eaf0043
	cmge d0, d0, #0                     // 7ee08800
	cmgt d1, d2, #0                     // 5ee08841
	cmeq d1, d2, #0                     // 5ee09841
	cmle d1, d2, #0                     // 7ee09841
	cmlt d1, d2, #0                     // 5ee0a841
	cmeq d0, d1, d2                     // 7ee28c20
	cmgt d0, d1, d2                     // 5ee23420
	cmhi d0, d1, d2                     // 7ee23420
	cmhs d0, d1, d2                     // 7ee23c20
	cmge d0, d1, d2                     // 5ee23c20
	cmtst d0, d1, d2                    // 5ee28c20
	shl d1, d0, #32                     // 5f605401
	sshr d1, d0, #63                    // 5f410401
	ushr d1, d0, #32                    // 7f600401
	fabd d13, d1, d11                   // 7eebd42d
	fabd s0, s1, s2                     // 7ea2d420
	fabd v0.4s, v1.4s, v2.4s            // 6ea2d420
	fabd v0.2d, v1.2d, v2.2d            // 6ee2d420
	mvni v1.2s, #0x7f, msl #16          // 2f03d7e1
	movi v1.4s, #0x1, msl #8            // 4f00c421
	shadd v0.8b, v1.8b, v2.8b           // 0e220420
	uhadd v0.4s, v1.4s, v2.4s           // 6ea20420
	srhadd v0.16b, v0.16b, v1.16b       // 4e211400
	urhadd v0.8h, v0.8h, v1.8h          // 6e611400
	shsub v0.4h, v1.4h, v2.4h           // 0e622420
	uhsub v0.2s, v1.2s, v2.2s           // 2ea22420
	sabd v0.16b, v1.16b, v2.16b         // 4e227420
	uabd v0.8h, v1.8h, v2.8h            // 6e627420
	saba v0.4s, v1.4s, v2.4s            // 4ea27c20
	uaba v0.8b, v1.8b, v2.8b            // 2e227c20
	sqadd v0.2d, v1.2d, v2.2d           // 4ee20c20
	uqadd v0.16b, v1.16b, v2.16b        // 6e220c20
	sqsub v0.8h, v1.8h, v2.8h           // 4e622c20
	uqsub v0.4s, v1.4s, v2.4s           // 6ea22c20
	ushl v2.2d, v2.2d, v6.2d            // 6ee64442
	sshl v0.4s, v1.4s, v2.4s            // 4ea24420
	srshl v0.8b, v1.8b, v2.8b           // 0e225420
	urshl v0.8h, v1.8h, v2.8h           // 6e625420
	sli v0.16b, v1.16b, #7              // 6f0f5420
	sri v0.2d, v1.2d, #64               // 6f404420
	ssra v0.4s, v1.4s, #1               // 4f3f1420
	usra v0.16b, v1.16b, #1             // 6f0f1420
	srshr v0.8h, v1.8h, #16             // 4f102420
	urshr v0.2s, v1.2s, #3              // 2f3d2420
	srsra v0.2d, v1.2d, #5              // 4f7b3420
	ursra v0.4h, v1.4h, #2              // 2f1e3420
	fmaxnmv s0, v0.4s                   // 6e30c800
	fminnmv s1, v2.4s                   // 6eb0c841
	fmaxv s0, v0.4s                     // 6e30f800
	fminv s0, v0.4s                     // 6eb0f800
	faddp d0, v0.2d                     // 7e70d800
	faddp s0, v1.2s                     // 7e30d820
	fmaxnmp d0, v0.2d                   // 7e70c800
	fminnmp s0, v0.2s                   // 7eb0c800
	fmaxp d1, v2.2d                     // 7e70f841
	fminp s1, v2.2s                     // 7eb0f841
	faddp v0.4s, v0.4s, v0.4s           // 6e20d400
	fmaxp v0.2d, v1.2d, v2.2d           // 6e62f420
	fminp v0.2s, v1.2s, v2.2s           // 2ea2f420
	fmaxnmp v0.4s, v1.4s, v2.4s         // 6e22c420
	fminnmp v0.2d, v1.2d, v2.2d         // 6ee2c420
	frintn v0.4s, v1.4s                 // 4e218820
	frintm v0.4s, v2.4s                 // 4e219840
	frintp v3.2d, v1.2d                 // 4ee18823
	frintz v1.4s, v1.4s                 // 4ea19821
	frinta v2.2s, v2.2s                 // 2e218842
	frintx v2.2d, v2.2d                 // 6e619842
	frinti v2.4s, v3.4s                 // 6ea19862
	ld4 {v31.4s, v0.4s, v1.4s, v2.4s}, [x0] // 4c40081f
	ld3 {v30.4s, v31.4s, v0.4s}, [x0]   // 4c40481e
