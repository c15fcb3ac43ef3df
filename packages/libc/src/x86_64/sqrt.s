# sqrt.s (x86-64): square roots with the SSE2 instructions, which IEEE 754 requires to be
# correctly rounded: sqrtsd (double) and sqrtss (float), argument and result in %xmm0.
	.text
	.globl	sqrt
	.type	sqrt, @function
sqrt:
	sqrtsd	%xmm0, %xmm0
	ret
	.size	sqrt, .-sqrt

	.globl	sqrtf
	.type	sqrtf, @function
sqrtf:
	sqrtss	%xmm0, %xmm0
	ret
	.size	sqrtf, .-sqrtf
	.section	.note.GNU-stack,"",@progbits
