# x86-64 golden encodings: AT&T instruction, then its bytes as GNU as 2.40 encodes them.
# Checked both ways by x86_64-golden.test.ts: Glass encodes each line to these bytes, and
# (when GNU as is installed) GNU as agrees. One instruction per line (Go's amd64enc.s style).
addq $7, %r11                    # 49 83 c3 07
addl $1000, %eax                 # 05 e8 03 00 00
addl %eax, %ecx                  # 01 c1
addq (%rax), %rbx                # 48 03 18
addb $1, %al                     # 04 01
addw $300, %bx                   # 66 81 c3 2c 01
subq $16, %rsp                   # 48 83 ec 10
subl -4(%rbp), %eax              # 2b 45 fc
andl $255, %edx                  # 81 e2 ff 00 00 00
orq %r8, %r9                     # 4d 09 c1
xorl %eax, %eax                  # 31 c0
xorb %sil, %dil                  # 40 30 f7
cmpl $5, -8(%rbp)                # 83 7d f8 05
cmpq %rsi, %rdi                  # 48 39 f7
cmpb $0, (%rax)                  # 80 38 00
testl %eax, %eax                 # 85 c0
testb $1, %al                    # a8 01
testq %r12, %r13                 # 4d 85 e5
movl $5, %eax                    # b8 05 00 00 00
movq $5, %rax                    # 48 c7 c0 05 00 00 00
movq $-1, %rax                   # 48 c7 c0 ff ff ff ff
movabsq $0x123456789, %rax       # 48 b8 89 67 45 23 01 00 00 00
movl %esi, -20(%rbp)             # 89 75 ec
movq -24(%rbp), %rax             # 48 8b 45 e8
movq %rsp, %rbp                  # 48 89 e5
movb %al, (%rdx)                 # 88 02
movw %ax, 2(%rdx)                # 66 89 42 02
movl (%rax,%rcx,8), %edx         # 8b 14 c8
movq 8(%rsp), %r12               # 4c 8b 64 24 08
movl 16(%r13), %eax              # 41 8b 45 10
movl (%r12), %eax                # 41 8b 04 24
movl $0, (%rbp)                  # c7 45 00 00 00 00 00
movb $65, -1(%rbp)               # c6 45 ff 41
movl 0x12345678, %eax            # 8b 04 25 78 56 34 12
movzbl (%rax), %eax              # 0f b6 00
movzbl %al, %eax                 # 0f b6 c0
movzbq %r8b, %rax                # 49 0f b6 c0
movzwl %ax, %ecx                 # 0f b7 c8
movsbl %dl, %edx                 # 0f be d2
movsbq (%rdi), %rax              # 48 0f be 07
movswl (%rsi), %esi              # 0f bf 36
movslq %eax, %rdx                # 48 63 d0
movslq -4(%rbp), %rax            # 48 63 45 fc
leaq -16(%rbp), %rax             # 48 8d 45 f0
leaq (%rax,%rax,4), %rdx         # 48 8d 14 80
leal 1(%rdi), %eax               # 8d 47 01
pushq %rbp                       # 55
pushq %r15                       # 41 57
pushq $1                         # 6a 01
pushq $1000                      # 68 e8 03 00 00
popq %rbp                        # 5d
popq %r12                        # 41 5c
imull %esi, %edi                 # 0f af fe
imulq -8(%rbp), %rax             # 48 0f af 45 f8
imull $10, %eax, %eax            # 6b c0 0a
imulq $1000, %rcx, %rdx          # 48 69 d1 e8 03 00 00
negl %eax                        # f7 d8
notq %rdx                        # 48 f7 d2
idivl %ecx                       # f7 f9
idivq -16(%rbp)                  # 48 f7 7d f0
divl %esi                        # f7 f6
divq %r10                        # 49 f7 f2
shll $2, %eax                    # c1 e0 02
shlq %cl, %rdx                   # 48 d3 e2
sarl %eax                        # d1 f8
sarq $63, %rax                   # 48 c1 f8 3f
shrl $1, %eax                    # d1 e8
salq $3, %rdi                    # 48 c1 e7 03
sete %al                         # 0f 94 c0
setne %cl                        # 0f 95 c1
setl %dl                         # 0f 9c c2
setle %sil                       # 40 0f 9e c6
setg %r8b                        # 41 0f 9f c0
setge %al                        # 0f 9d c0
setb %al                         # 0f 92 c0
setbe %al                        # 0f 96 c0
seta %al                         # 0f 97 c0
setae %al                        # 0f 93 c0
cmovl %ecx, %eax                 # 0f 4c c1
cmovgeq %rdx, %rax               # 48 0f 4d c2
cltq                             # 48 98
cltd                             # 99
cqto                             # 48 99
cwtl                             # 98
call *%rax                       # ff d0
call *(%rax)                     # ff 10
call *%r11                       # 41 ff d3
jmp *%rdx                        # ff e2
jmp *(%rax,%rcx,8)               # ff 24 c8
ret                              # c3
leave                            # c9
nop                              # 90
syscall                          # 0f 05
endbr64                          # f3 0f 1e fa
hlt                              # f4
incl %eax                        # ff c0
decq (%rdi)                      # 48 ff 0f
xchgq %rax, %rbx                 # 48 93
rep stosq                        # f3 48 ab
rep movsb                        # f3 a4
movsd %xmm0, -8(%rbp)            # f2 0f 11 45 f8
movsd -8(%rbp), %xmm1            # f2 0f 10 4d f8
movss (%rax), %xmm2              # f3 0f 10 10
addsd %xmm1, %xmm0               # f2 0f 58 c1
subsd %xmm2, %xmm3               # f2 0f 5c da
mulsd (%rax), %xmm0              # f2 0f 59 00
divsd %xmm9, %xmm10              # f2 45 0f 5e d1
cvtsi2sdl %eax, %xmm0            # f2 0f 2a c0
cvtsi2sdq %rax, %xmm1            # f2 48 0f 2a c8
cvttsd2si %xmm0, %eax            # f2 0f 2c c0
cvttsd2siq %xmm0, %rax           # f2 48 0f 2c c0
cvtss2sd %xmm0, %xmm0            # f3 0f 5a c0
ucomisd %xmm1, %xmm0             # 66 0f 2e c1
pxor %xmm0, %xmm0                # 66 0f ef c0
movq %xmm0, %rax                 # 66 48 0f 7e c0
movq %rax, %xmm0                 # 66 48 0f 6e c0
movd %eax, %xmm0                 # 66 0f 6e c0
movl %fs:40, %eax                # 64 8b 04 25 28 00 00 00
movq %fs:0, %rax                 # 64 48 8b 04 25 00 00 00 00
