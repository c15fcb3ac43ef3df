	.file	"sum.c"
	.text
	.globl	sum
	.type	sum, %function
sum:
	// sum.c:1: int sum(int *a, int n) {
	stp x29, x30, [sp, #-16]!
	mov x29, sp
	sub sp, sp, #160
	str x0, [sp, #24]
	str x1, [sp, #32]
	ldr x9, [sp, #24]
	str x9, [sp]
	ldr x9, [sp, #32]
	str w9, [sp, #8]
	// sum.c:2: int s = 0;
	mov x9, #0
	str w9, [sp, #12]
	// sum.c:3: for (int i = 0; i < n; i++)
	mov x9, #0
	str w9, [sp, #16]
.Lsum_0_1:
	ldr w9, [sp, #16]
	str x9, [sp, #40]
	ldr w9, [sp, #8]
	str x9, [sp, #48]
	ldr x9, [sp, #40]
	ldr x10, [sp, #48]
	cmp w9, w10
	cset w9, lt
	str x9, [sp, #56]
	ldr x9, [sp, #56]
	cbnz w9, .Lsum_0_2
	b .Lsum_0_4
.Lsum_0_2:
	// sum.c:4: s += a[i];
	ldr w9, [sp, #12]
	str x9, [sp, #64]
	ldr x9, [sp]
	str x9, [sp, #72]
	ldr w9, [sp, #16]
	str x9, [sp, #80]
	ldr x9, [sp, #80]
	sxtw x9, w9
	str x9, [sp, #88]
	ldr x9, [sp, #88]
	mov x10, #4
	mul x9, x9, x10
	str x9, [sp, #96]
	ldr x9, [sp, #72]
	ldr x10, [sp, #96]
	add x9, x9, x10
	str x9, [sp, #104]
	ldr x10, [sp, #104]
	ldr w9, [x10]
	str x9, [sp, #112]
	ldr x9, [sp, #64]
	ldr x10, [sp, #112]
	add w9, w9, w10
	str x9, [sp, #120]
	ldr x9, [sp, #120]
	str w9, [sp, #12]
.Lsum_0_3:
	// sum.c:3: for (int i = 0; i < n; i++)
	ldr w9, [sp, #16]
	str x9, [sp, #128]
	ldr x9, [sp, #128]
	mov x10, #1
	add w9, w9, w10
	str x9, [sp, #136]
	ldr x9, [sp, #136]
	str w9, [sp, #16]
	b .Lsum_0_1
.Lsum_0_4:
	// sum.c:5: return s;
	ldr w9, [sp, #12]
	str x9, [sp, #144]
	ldr x0, [sp, #144]
	mov sp, x29
	ldp x29, x30, [sp], #16
	ret
	.size	sum, .-sum
	.section	.note.GNU-stack,"",@progbits
