// Golden A64 encodings of the system, atomic and memory-tagging instructions glibc uses: hints
// (pointer authentication, BTI), barriers, MRS/MSR with system register names, DC/IC cache
// operations, PRFM; LSE atomics and their acquire/release forms, RCpc loads, exclusive pairs;
// MTE tag instructions. Same format and checks as aarch64-golden.s (GNU as assembles them
// with the -march that aarch64-golden.test.ts passes).

	nop                                 // d503201f
	yield                               // d503203f
	wfe                                 // d503205f
	wfi                                 // d503207f
	sev                                 // d503209f
	sevl                                // d50320bf
	xpaclri                             // d50320ff
	pacia1716                           // d503211f
	pacib1716                           // d503215f
	autia1716                           // d503219f
	autib1716                           // d50321df
	esb                                 // d503221f
	psb csync                           // d503223f
	tsb csync                           // d503225f
	csdb                                // d503229f
	clearbhb                            // d50322df
	paciaz                              // d503231f
	paciasp                             // d503233f
	pacibz                              // d503235f
	pacibsp                             // d503237f
	autiaz                              // d503239f
	autiasp                             // d50323bf
	autibz                              // d50323df
	autibsp                             // d50323ff
	bti                                 // d503241f
	bti c                               // d503245f
	bti j                               // d503249f
	bti jc                              // d50324df
	hint #0x6                           // d50320df
	hint #0x21                          // d503243f
	hint #0x7f                          // d5032fff
	clrex                               // d5033f5f
	clrex #0x5                          // d503355f
	ssbb                                // d503309f
	pssbb                               // d503349f
	dmb ish                             // d5033bbf
	dmb #0x00                           // d50330bf
	dsb sy                              // d5033f9f
	isb                                 // d5033fdf
	sb                                  // d50330ff
	mrs x0, midr_el1                    // d5380000
	mrs x1, mpidr_el1                   // d53800a1
	mrs x4, dczid_el0                   // d53b00e4
	mrs x1, ctr_el0                     // d53b0021
	mrs x2, fpcr                        // d53b4402
	mrs x3, fpsr                        // d53b4423
	mrs x5, nzcv                        // d53b4205
	mrs x0, tpidr_el0                   // d53bd040
	mrs x0, tpidrro_el0                 // d53bd060
	mrs x0, cntvct_el0                  // d53be040
	mrs x0, cntfrq_el0                  // d53be000
	mrs x0, id_aa64isar0_el1            // d5380600
	mrs x0, id_aa64pfr1_el1             // d5380420
	mrs x0, id_aa64zfr0_el1             // d5380480
	mrs x0, rndr                        // d53b2400
	mrs x0, tco                         // d53b42e0
	mrs x0, s3_0_c15_c2_0               // d538f200
	msr fpcr, x1                        // d51b4401
	msr fpsr, xzr                       // d51b443f
	msr tpidr_el0, x0                   // d51bd040
	msr nzcv, x2                        // d51b4202
	msr s3_3_c15_c2_7, x1               // d51bf2e1
	dc zva, x3                          // d50b7423
	dc gva, x2                          // d50b7462
	dc gzva, x2                         // d50b7482
	dc civac, x0                        // d50b7e20
	dc cvau, x1                         // d50b7b21
	dc cvac, x1                         // d50b7a21
	dc ivac, x1                         // d5087621
	dc cvap, x5                         // d50b7c25
	dc cigdvac, x6                      // d50b7ea6
	ic ivau, x1                         // d50b7521
	ic iallu                            // d508751f
	ic ialluis                          // d508711f
	prfm pldl1keep, [x1]                // f9800020
	prfm pldl1strm, [x1, #640]          // f9814021
	prfm pstl1keep, [x3, #4096]         // f9880070
	prfm pldl2keep, [x1, w2, sxtw]      // f8a2c822
	prfm plil3strm, [x1, x2, lsl #3]    // f8a2782d
	prfm #0x18, [x1]                    // f9800038
	prfm pldl1keep, [x1, #-8]           // f89f8020
	prfum pstl1strm, [x1, #-8]          // f89f8031
	prfm pldl3strm, [sp, #32760]        // f9bfffe5
	cas w0, w1, [x2]                    // 88a07c41
	casa w0, w1, [x2]                   // 88e07c41
	casl x0, x1, [x2]                   // c8a0fc41
	casal x3, x4, [sp]                  // c8e3ffe4
	casb w0, w1, [x2]                   // 08a07c41
	casalh w0, w1, [x2]                 // 48e0fc41
	swp w0, w0, [x1]                    // b8208020
	swpa x0, x1, [x2]                   // f8a08041
	swpl w0, w0, [x1]                   // b8608020
	swpalb w3, w4, [x5]                 // 38e380a4
	ldadd w0, w0, [x1]                  // b8200020
	ldadda x0, x0, [x1]                 // f8a00020
	ldaddal x1, x2, [x3]                // f8e10062
	ldaddlh w1, w2, [x3]                // 78610062
	ldclr x1, x2, [x3]                  // f8211062
	ldeora w1, w2, [x3]                 // b8a12062
	ldseta w0, w0, [x1]                 // b8a03020
	ldsmax x1, x2, [x3]                 // f8214062
	ldsminl w1, w2, [x3]                // b8615062
	ldumaxah w1, wzr, [x2]              // 78a1605f
	lduminalb w1, w2, [x3]              // 38e17062
	stadd w0, [x1]                      // b820003f
	staddl x0, [sp]                     // f86003ff
	stclrb w1, [x2]                     // 3821105f
	stsetlb w1, [x2]                    // 3861305f
	steorh w1, [x2]                     // 7821205f
	stumin x1, [x2]                     // f821705f
	ldapr x0, [x1]                      // f8bfc020
	ldapr w0, [sp]                      // b8bfc3e0
	ldaprb w0, [x1]                     // 38bfc020
	ldaprh w0, [x1]                     // 78bfc020
	casp x0, x1, x2, x3, [x4]           // 48207c82
	caspal x0, x1, x2, x3, [x4]         // 4860fc82
	caspa w4, w5, w30, wzr, [sp]        // 08647ffe
	caspl x30, xzr, x6, x7, [x8]        // 483efd06
	ldxp x0, x1, [x2]                   // c87f0440
	ldaxp w0, w1, [x2]                  // 887f8440
	stxp w3, x0, x1, [x2]               // c8230440
	stlxp w3, w0, w1, [x2]              // 88238440
	irg x0, x0, x1                      // 9ac11000
	irg x0, x1                          // 9adf1020
	irg sp, sp, x2                      // 9ac213ff
	gmi x1, x0, xzr                     // 9adf1401
	gmi x1, sp, x2                      // 9ac217e1
	addg x0, x1, #16, #2                // 91810820
	subg sp, sp, #1008, #15             // d1bf3fff
	subp x0, x1, sp                     // 9adf0020
	subps x0, x1, x2                    // bac20020
	cmpp x1, x2                         // bac2003f
	ldg x0, [x0]                        // d9600000
	ldg x0, [sp, #-4096]                // d97003e0
	ldg x1, [x2, #4080]                 // d96ff041
	stg x0, [x0]                        // d9200800
	stg sp, [x1, #16]                   // d920183f
	stg x0, [x3, #-16]                  // d93ff860
	stg x0, [x1], #4080                 // d92ff420
	stg x0, [x2, #32]!                  // d9202c40
	stzg x0, [x4]                       // d9600880
	stzg x0, [x3, #-16]!                // d97ffc60
	st2g x0, [x0, #32]                  // d9a02800
	st2g x0, [x2, #64]!                 // d9a04c40
	st2g x0, [x3], #-64                 // d9bfc460
	stz2g x0, [x0]                      // d9e00800
	stz2g x0, [x3, #-32]                // d9ffe860
	ldgm x0, [x1]                       // d9e00020
	stgm x0, [x1]                       // d9a00020
	stzgm x0, [sp]                      // d92003e0
	stgp x0, x1, [x2, #32]              // 69010440
	stgp x0, x1, [sp, #-32]!            // 69bf07e0
	stgp x0, x1, [x2], #1008            // 689f8440
