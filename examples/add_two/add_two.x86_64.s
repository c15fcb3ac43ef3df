# add_two.x86_64.s: two functions in x86-64 assembly that C can call, following the
# System V AMD64 psABI: integer arguments arrive in %edi, %esi (then %edx, %ecx, %r8d, %r9d),
# the result goes back in %eax, and %rsp must be 16-byte aligned at every call.
	.text
	.globl	add_two
	.type	add_two, @function
# int add_two(int a, int b)
add_two:
	leal	(%rdi,%rsi), %eax        # eax = a + b, in one instruction
	ret
	.size	add_two, .-add_two

	.globl	add_then_double
	.type	add_then_double, @function
# int add_then_double(int a, int b): returns double_it(a + b), calling back into C.
add_then_double:
	subq	$8, %rsp                 # the call pushed 8 bytes: re-align the stack to 16
	addl	%esi, %edi               # double_it's first argument = a + b
	call	double_it                # its result is already in %eax: ours too
	addq	$8, %rsp
	ret
	.size	add_then_double, .-add_then_double
	.section	.note.GNU-stack,"",@progbits
