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
bsfl %edi, %eax                  # 0f bc c7
bsrq %rdi, %rax                  # 48 0f bd c7
tzcntl %edi, %eax                # f3 0f bc c7
lzcntq (%rax), %rcx              # f3 48 0f bd 08
popcntl %esi, %eax               # f3 0f b8 c6
btq %rsi, %rdi                   # 48 0f a3 f7
btl $3, %eax                     # 0f ba e0 03
btcq $63, %rax                   # 48 0f ba f8 3f
btsl %ecx, (%rdi)                # 0f ab 0f
btrq $5, 8(%rsp)                 # 48 0f ba 74 24 08 05
btcl %eax, %edx                  # 0f bb c2
shldq $4, %rax, %rdx             # 48 0f a4 c2 04
shrdl %cl, %eax, %edx            # 0f ad c2
bswap %eax                       # 0f c8
bswap %r12                       # 49 0f cc
xaddl %eax, (%rdi)               # 0f c1 07
cmpxchgq %rcx, 8(%rsi)           # 48 0f b1 4e 08
mfence                           # 0f ae f0
pause                            # f3 90
rdtsc                            # 0f 31
lock xaddl %eax, (%rdi)          # f0 0f c1 07
lock cmpxchgl %edx, (%rdi)       # f0 0f b1 17
rep bsfl %edi, %eax              # f3 0f bc c7
lock orq $0, (%rsp)              # f0 48 83 0c 24 00
flds (%rax)                      # d9 00
fldl 8(%rsp)                     # dd 44 24 08
fldt 16(%rsp)                    # db 6c 24 10
fld %st(1)                       # d9 c1
filds (%rax)                     # df 00
fildl -4(%rbp)                   # db 45 fc
fildll (%rax)                    # df 28
fstps (%rax)                     # d9 18
fstpl -16(%rsp)                  # dd 5c 24 f0
fstpt (%rsp)                     # db 3c 24
fstp %st(0)                      # dd d8
fstp %st(2)                      # dd da
fsts (%rax)                      # d9 10
fstl (%rax)                      # dd 10
fst %st(3)                       # dd d3
fistpl (%rax)                    # db 18
fistps (%rax)                    # df 18
fistpll (%rax)                   # df 38
fisttpl (%rax)                   # db 08
fisttpll (%rax)                  # dd 08
fadds (%rax)                     # d8 00
faddl (%rax)                     # dc 00
fmuls 8(%rip)                    # d8 0d 08 00 00 00
fmull (%rax)                     # dc 08
fsubs (%rax)                     # d8 20
fsubl (%rax)                     # dc 20
fsubrs (%rax)                    # d8 28
fsubrl (%rax)                    # dc 28
fdivs (%rax)                     # d8 30
fdivl (%rax)                     # dc 30
fdivrs (%rax)                    # d8 38
fdivrl (%rax)                    # dc 38
fadd %st(1), %st                 # d8 c1
fadd %st, %st(1)                 # dc c1
faddp %st, %st(1)                # de c1
fmul %st(2), %st                 # d8 ca
fmul %st, %st(2)                 # dc ca
fmulp %st, %st(1)                # de c9
fsub %st(1), %st                 # d8 e1
fsub %st, %st(1)                 # dc e1
fsubp %st, %st(1)                # de e1
fsubr %st(1), %st                # d8 e9
fsubr %st, %st(1)                # dc e9
fsubrp %st, %st(1)               # de e9
fdiv %st(1), %st                 # d8 f1
fdiv %st, %st(1)                 # dc f1
fdivp %st, %st(1)                # de f1
fdivr %st(1), %st                # d8 f9
fdivr %st, %st(1)                # dc f9
fdivrp %st, %st(1)               # de f9
fxch %st(1)                      # d9 c9
fchs                             # d9 e0
fabs                             # d9 e1
fldz                             # d9 ee
fld1                             # d9 e8
frndint                          # d9 fc
fucomi %st(1), %st               # db e9
fucomip %st(1), %st              # df e9
fcomi %st(2), %st                # db f2
fcomip %st(1), %st               # df f1
fucompp                          # da e9
fnstcw (%rsp)                    # d9 3c 24
fldcw 2(%rsp)                    # d9 6c 24 02
notrack jmp *%rax                # 3e ff e0
notrack call *(%rdx)             # 3e ff 12
