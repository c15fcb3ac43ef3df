// setjmp.s (AArch64): setjmp saves what a function must find unchanged when control comes
// back to it (AAPCS64 6.1.1: x19-x28, the frame pointer x29, sp and the low halves d8-d15 of
// v8-v15) plus the link register x30; longjmp restores them and "returns from setjmp a
// second time" with the given value (1 for 0).
	.text
	.globl	setjmp
	.type	setjmp, %function
setjmp:
	stp	x19, x20, [x0, #0]
	stp	x21, x22, [x0, #16]
	stp	x23, x24, [x0, #32]
	stp	x25, x26, [x0, #48]
	stp	x27, x28, [x0, #64]
	stp	x29, x30, [x0, #80]
	mov	x2, sp
	str	x2, [x0, #96]
	stp	d8, d9, [x0, #104]
	stp	d10, d11, [x0, #120]
	stp	d12, d13, [x0, #136]
	stp	d14, d15, [x0, #152]
	mov	x0, #0
	ret
	.size	setjmp, .-setjmp

	.globl	longjmp
	.type	longjmp, %function
longjmp:
	ldp	x19, x20, [x0, #0]
	ldp	x21, x22, [x0, #16]
	ldp	x23, x24, [x0, #32]
	ldp	x25, x26, [x0, #48]
	ldp	x27, x28, [x0, #64]
	ldp	x29, x30, [x0, #80]
	ldr	x2, [x0, #96]
	mov	sp, x2
	ldp	d8, d9, [x0, #104]
	ldp	d10, d11, [x0, #120]
	ldp	d12, d13, [x0, #136]
	ldp	d14, d15, [x0, #152]
	cmp	w1, #0
	csinc	w0, w1, wzr, ne          // w0 = w1 ? w1 : 1
	ret
	.size	longjmp, .-longjmp
	.section	.note.GNU-stack,"",@progbits
