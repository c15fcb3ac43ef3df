# crt1.s (x86-64): the program's entry point. The kernel jumps to _start with the initial
# stack laid out as: argc at (%rsp), then argv[0..argc-1], NULL, envp[..], NULL, auxv.
# _start passes argc, argv and envp to main (System V AMD64 psABI: %rdi, %rsi, %rdx), then
# hands main's return value to exit().
	.text
	.globl	_start
	.type	_start, @function
_start:
	xorl	%ebp, %ebp               # mark the outermost frame for debuggers
	movq	(%rsp), %rdi             # argc
	leaq	8(%rsp), %rsi            # argv
	leaq	8(%rsi,%rdi,8), %rdx     # envp = argv + argc + 1
	andq	$-16, %rsp               # the ABI wants a 16-byte aligned stack at the call
	call	main
	movl	%eax, %edi
	call	exit
	.size	_start, .-_start
	.section	.note.GNU-stack,"",@progbits
