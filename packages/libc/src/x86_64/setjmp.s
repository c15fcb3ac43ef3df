# setjmp.s (x86-64): setjmp saves what a function must find unchanged when control comes
# back to it (psABI 3.2.1: %rbx %rbp %r12-%r15 and %rsp) plus the return address; longjmp
# restores them and "returns from setjmp a second time" with the given value (1 for 0).
	.text
	.globl	setjmp
	.type	setjmp, @function
setjmp:
	movq	%rbx, (%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	leaq	8(%rsp), %rdx            # the caller's %rsp once setjmp has returned
	movq	%rdx, 48(%rdi)
	movq	(%rsp), %rdx             # the return address
	movq	%rdx, 56(%rdi)
	xorl	%eax, %eax
	ret
	.size	setjmp, .-setjmp

	.globl	longjmp
	.type	longjmp, @function
longjmp:
	movl	%esi, %eax
	testl	%eax, %eax
	jne	.Lnonzero
	movl	$1, %eax                 # longjmp(env, 0) makes setjmp return 1
.Lnonzero:
	movq	(%rdi), %rbx
	movq	8(%rdi), %rbp
	movq	16(%rdi), %r12
	movq	24(%rdi), %r13
	movq	32(%rdi), %r14
	movq	40(%rdi), %r15
	movq	48(%rdi), %rsp
	movq	56(%rdi), %rdx
	jmp	*%rdx
	.size	longjmp, .-longjmp
	.section	.note.GNU-stack,"",@progbits
