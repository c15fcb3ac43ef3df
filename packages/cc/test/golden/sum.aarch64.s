	.file	"sum.c"
	.text
	.globl	sum
	.type	sum, %function
sum:
	// sum.c:1: int sum(int *a, int n) {
	stp x29, x30, [sp, #-16]!
	mov x29, sp
	sub sp, sp, #160
	str x0, [sp]
	str w1, [sp, #8]
	// sum.c:2: int s = 0;
	str wzr, [sp, #12]
	// sum.c:3: for (int i = 0; i < n; i++)
	str wzr, [sp, #16]
.Lsum_0_1:
	ldr w9, [sp, #16]
	ldr w10, [sp, #8]
	cmp w9, w10
	b.ge .Lsum_0_4
.Lsum_0_2:
	// sum.c:4: s += a[i];
	ldr w9, [sp, #16]
	sxtw x9, w9
	lsl x9, x9, #2
	mov x10, x9
	ldr x9, [sp]
	add x9, x9, x10
	ldr w9, [x9]
	mov x10, x9
	ldr w9, [sp, #12]
	add w9, w9, w10
	str w9, [sp, #12]
.Lsum_0_3:
	// sum.c:3: for (int i = 0; i < n; i++)
	ldr w9, [sp, #16]
	add w9, w9, #1
	str w9, [sp, #16]
	b .Lsum_0_1
.Lsum_0_4:
	// sum.c:5: return s;
	ldr w0, [sp, #12]
	mov sp, x29
	ldp x29, x30, [sp], #16
	ret
	.size	sum, .-sum
	.section	.note.GNU-stack,"",@progbits
