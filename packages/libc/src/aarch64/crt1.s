// crt1.s (AArch64): the program's entry point. The kernel starts _start with sp pointing at
// argc, then argv[0..argc-1], NULL, envp[..], NULL, the auxiliary vector; sp is already
// 16-byte aligned (AAPCS64 5.2.2.1). _start hands main, argc and argv to __libc_start_main
// (C, in src/startup/), which finds envp and auxv, runs the constructors, calls main and exits.
	.text
	.globl	_start
	.type	_start, %function
_start:
	mov	x29, #0                  // mark the outermost frame for debuggers
	mov	x30, #0
	ldr	x1, [sp]                 // argc
	add	x2, sp, #8               // argv
	mov	x3, sp
	and	x3, x3, #-16
	mov	sp, x3
	adrp	x0, main
	add	x0, x0, :lo12:main
	bl	__libc_start_main
	brk	#0                       // not reached: __libc_start_main calls exit
	.size	_start, .-_start
	.section	.note.GNU-stack,"",@progbits
