// add_two.aarch64.s: the same two functions in AArch64 assembly, following AAPCS64:
// integer arguments arrive in w0, w1 (up to w7), the result goes back in w0, and `bl` puts
// the return address in x30 (the link register), which a function that calls another must
// save first.
	.text
	.globl	add_two
	.type	add_two, %function
// int add_two(int a, int b)
add_two:
	add	w0, w0, w1               // w0 = a + b
	ret                              // branch to x30
	.size	add_two, .-add_two

	.globl	add_then_double
	.type	add_then_double, %function
// int add_then_double(int a, int b): returns double_it(a + b), calling back into C.
add_then_double:
	stp	x29, x30, [sp, #-16]!    // save the frame pointer and return address
	mov	x29, sp
	add	w0, w0, w1               // double_it's first argument = a + b
	bl	double_it                // overwrites x30: that is why we saved it
	ldp	x29, x30, [sp], #16
	ret
	.size	add_then_double, .-add_then_double
	.section	.note.GNU-stack,"",@progbits
