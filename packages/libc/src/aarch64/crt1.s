// crt1.s (AArch64): the program's entry point. The kernel starts _start with sp pointing at
// argc, then argv[0..argc-1], NULL, envp[..], NULL, auxv; sp is already 16-byte aligned.
// _start passes argc, argv and envp to main (AAPCS64: x0, x1, x2), then main's return value
// to exit().
	.text
	.globl	_start
	.type	_start, %function
_start:
	mov	x29, #0                  // mark the outermost frame for debuggers
	mov	x30, #0
	ldr	x0, [sp]                 // argc
	add	x1, sp, #8               // argv
	lsl	x2, x0, #3
	add	x2, x1, x2
	add	x2, x2, #8               // envp = argv + argc + 1
	bl	main
	bl	exit
	.size	_start, .-_start
	.section	.note.GNU-stack,"",@progbits
