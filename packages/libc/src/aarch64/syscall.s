// syscall.s (AArch64): the one door into the kernel. Every system call in Glass libc goes
// through `long __syscall(long n, long a1, long a2, long a3, long a4, long a5, long a6)`.
// The kernel takes the number in x8 and the arguments in x0-x5; the C call brought them
// one register later (x0 = n, x1-x6 = arguments). `svc #0` returns in x0, -4095..-1 meaning
// -errno (src/internal/syscall.h turns that into errno).
	.text
	.globl	__syscall
	.type	__syscall, %function
__syscall:
	mov	x8, x0                   // n
	mov	x0, x1
	mov	x1, x2
	mov	x2, x3
	mov	x3, x4
	mov	x4, x5
	mov	x5, x6
	svc	#0
	ret
	.size	__syscall, .-__syscall

// __sigreturn: where a signal handler returns to (sigaction's sa_restorer): it asks the
// kernel to restore the interrupted context (rt_sigreturn, 139).
	.globl	__sigreturn
	.type	__sigreturn, %function
__sigreturn:
	mov	x8, #139
	svc	#0
	.size	__sigreturn, .-__sigreturn
	.section	.note.GNU-stack,"",@progbits
