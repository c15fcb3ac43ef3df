// sqrt.s (AArch64): square roots with fsqrt, which IEEE 754 requires to be correctly
// rounded: double in d0, float in s0.
	.text
	.globl	sqrt
	.type	sqrt, %function
sqrt:
	fsqrt	d0, d0
	ret
	.size	sqrt, .-sqrt

	.globl	sqrtf
	.type	sqrtf, %function
sqrtf:
	fsqrt	s0, s0
	ret
	.size	sqrtf, .-sqrtf
	.section	.note.GNU-stack,"",@progbits
