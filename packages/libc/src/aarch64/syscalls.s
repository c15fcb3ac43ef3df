// syscalls.s (AArch64): Linux system calls. The kernel takes the number in x8 and the
// arguments in x0-x5, which match the C calling convention, so a wrapper only loads the
// number; `svc #0` returns in x0 (-errno on error).
	.text
	.globl	write
	.type	write, %function
write:
	mov	x8, #64                  // __NR_write
	svc	#0
	ret
	.size	write, .-write

	.globl	_exit
	.type	_exit, %function
_exit:
	mov	x8, #94                  // __NR_exit_group: ends every thread of the process
	svc	#0
	.size	_exit, .-_exit
	.section	.note.GNU-stack,"",@progbits
