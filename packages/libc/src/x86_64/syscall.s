# syscall.s (x86-64): the one door into the kernel. Every system call in Glass libc goes
# through `long __syscall(long n, long a1, long a2, long a3, long a4, long a5, long a6)`.
# The kernel takes the number in %rax and the arguments in %rdi %rsi %rdx %r10 %r8 %r9
# (psABI A.2.1: %r10 replaces %rcx, which `syscall` overwrites with the return address);
# the C call brought them one register later, and the sixth on the stack. The result comes
# back in %rax, -4095..-1 meaning -errno (src/internal/syscall.h turns that into errno).
	.text
	.globl	__syscall
	.type	__syscall, @function
__syscall:
	movq	%rdi, %rax               # n
	movq	%rsi, %rdi               # a1
	movq	%rdx, %rsi               # a2
	movq	%rcx, %rdx               # a3
	movq	%r8, %r10                # a4
	movq	%r9, %r8                 # a5
	movq	8(%rsp), %r9             # a6, the 7th C argument, above the return address
	syscall
	ret
	.size	__syscall, .-__syscall

# __sigreturn: where a signal handler returns to (sigaction's sa_restorer). x86-64 kernels
# require one: it asks the kernel to restore the interrupted context (rt_sigreturn, 15).
	.globl	__sigreturn
	.type	__sigreturn, @function
__sigreturn:
	movq	$15, %rax
	syscall
	.size	__sigreturn, .-__sigreturn
	.section	.note.GNU-stack,"",@progbits
