	.file	"sum.c"
	.text
	.globl	sum
	.type	sum, @function
sum:
	# sum.c:1: int sum(int *a, int n) {
	pushq %rbp
	movq %rsp, %rbp
	subq $160, %rsp
	movq %rdi, -160(%rbp)
	movl %esi, -152(%rbp)
	# sum.c:2: int s = 0;
	movl $0, -148(%rbp)
	# sum.c:3: for (int i = 0; i < n; i++)
	movl $0, -144(%rbp)
.Lsum_0_1:
	movl -144(%rbp), %eax
	movl -152(%rbp), %ecx
	cmpl %ecx, %eax
	jge .Lsum_0_4
.Lsum_0_2:
	# sum.c:4: s += a[i];
	movl -144(%rbp), %eax
	movslq %eax, %rax
	imulq $4, %rax, %rax
	movq %rax, %rcx
	movq -160(%rbp), %rax
	addq %rcx, %rax
	movl (%rax), %eax
	movq %rax, %rcx
	movl -148(%rbp), %eax
	addl %ecx, %eax
	movl %eax, -148(%rbp)
.Lsum_0_3:
	# sum.c:3: for (int i = 0; i < n; i++)
	movl -144(%rbp), %eax
	addl $1, %eax
	movl %eax, -144(%rbp)
	jmp .Lsum_0_1
.Lsum_0_4:
	# sum.c:5: return s;
	movl -148(%rbp), %eax
	leave
	ret
	.size	sum, .-sum
	.section	.note.GNU-stack,"",@progbits
