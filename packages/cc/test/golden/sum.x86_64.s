	.file	"sum.c"
	.text
	.globl	sum
	.type	sum, @function
sum:
	# sum.c:1: int sum(int *a, int n) {
	pushq %rbp
	movq %rsp, %rbp
	subq $160, %rsp
	movq %rdi, -136(%rbp)
	movq %rsi, -128(%rbp)
	movq -136(%rbp), %rax
	movq %rax, -160(%rbp)
	movq -128(%rbp), %rax
	movl %eax, -152(%rbp)
	# sum.c:2: int s = 0;
	movq $0, %rax
	movl %eax, -148(%rbp)
	# sum.c:3: for (int i = 0; i < n; i++)
	movq $0, %rax
	movl %eax, -144(%rbp)
.Lsum_0_1:
	movl -144(%rbp), %eax
	movq %rax, -120(%rbp)
	movl -152(%rbp), %eax
	movq %rax, -112(%rbp)
	movq -120(%rbp), %rax
	movq -112(%rbp), %rcx
	cmpl %ecx, %eax
	setl %al
	movzbl %al, %eax
	movq %rax, -104(%rbp)
	movq -104(%rbp), %rax
	testl %eax, %eax
	jne .Lsum_0_2
	jmp .Lsum_0_4
.Lsum_0_2:
	# sum.c:4: s += a[i];
	movl -148(%rbp), %eax
	movq %rax, -96(%rbp)
	movq -160(%rbp), %rax
	movq %rax, -88(%rbp)
	movl -144(%rbp), %eax
	movq %rax, -80(%rbp)
	movq -80(%rbp), %rax
	movslq %eax, %rax
	movq %rax, -72(%rbp)
	movq -72(%rbp), %rax
	movq $4, %rcx
	imulq %rcx, %rax
	movq %rax, -64(%rbp)
	movq -88(%rbp), %rax
	movq -64(%rbp), %rcx
	addq %rcx, %rax
	movq %rax, -56(%rbp)
	movq -56(%rbp), %rcx
	movl (%rcx), %eax
	movq %rax, -48(%rbp)
	movq -96(%rbp), %rax
	movq -48(%rbp), %rcx
	addl %ecx, %eax
	movq %rax, -40(%rbp)
	movq -40(%rbp), %rax
	movl %eax, -148(%rbp)
.Lsum_0_3:
	# sum.c:3: for (int i = 0; i < n; i++)
	movl -144(%rbp), %eax
	movq %rax, -32(%rbp)
	movq -32(%rbp), %rax
	movq $1, %rcx
	addl %ecx, %eax
	movq %rax, -24(%rbp)
	movq -24(%rbp), %rax
	movl %eax, -144(%rbp)
	jmp .Lsum_0_1
.Lsum_0_4:
	# sum.c:5: return s;
	movl -148(%rbp), %eax
	movq %rax, -16(%rbp)
	movq -16(%rbp), %rax
	leave
	ret
	.size	sum, .-sum
	.section	.note.GNU-stack,"",@progbits
