# crt1.s (x86-64): the program's entry point. The kernel jumps to _start with the initial
# stack laid out as (psABI 3.4.1): argc at (%rsp), then argv[0..argc-1], NULL, envp[..],
# NULL, the auxiliary vector. _start hands main, argc and argv to __libc_start_main (C, in
# src/startup/), which finds envp and auxv, runs the constructors, calls main and exits.
	.text
	.globl	_start
	.type	_start, @function
_start:
	xorl	%ebp, %ebp               # mark the outermost frame for debuggers
	movq	(%rsp), %rsi             # argc
	leaq	8(%rsp), %rdx            # argv
	andq	$-16, %rsp               # the ABI wants a 16-byte aligned stack at the call
	leaq	main(%rip), %rdi
	call	__libc_start_main
	hlt                              # not reached: __libc_start_main calls exit
	.size	_start, .-_start
	.section	.note.GNU-stack,"",@progbits
