# x86-64 golden encodings of system and special-purpose instructions glibc uses (xsave,
# xgetbv, RTM, CET shadow stack, prefetch, movbe, x87 environment) and the SSSE3/SSE4 ones
# (pshufb, palignr, pcmpistri, pminud …). Checked like x86_64-golden.s.
xgetbv                                       # 0f 01 d0
xtest                                        # 0f 01 d6
xend                                         # 0f 01 d5
rdtscp                                       # 0f 01 f9
cld                                          # fc
std                                          # fd
xabort $0xff                                 # c6 f8 ff
fxsave 0x40(%rsp)                            # 0f ae 44 24 40
fxrstor 0x40(%rsp)                           # 0f ae 4c 24 40
xsave 0x40(%rsp)                             # 0f ae 64 24 40
xrstor 0x40(%rsp)                            # 0f ae 6c 24 40
xsavec 0x40(%rsp)                            # 0f c7 64 24 40
xsave64 (%rsp)                               # 48 0f ae 24 24
stmxcsr 0x2c(%rsp)                           # 0f ae 5c 24 2c
ldmxcsr 0x2c(%rsp)                           # 0f ae 54 24 2c
prefetcht0 0x80(%rsi)                        # 0f 18 8e 80 00 00 00
prefetcht1 (%rsi)                            # 0f 18 16
prefetchnta 64(%rdi)                         # 0f 18 47 40
prefetchw (%rax)                             # 0f 0d 08
movbe (%rdi), %eax                           # 0f 38 f0 07
movbe -4(%rsi,%rdx), %esi                    # 0f 38 f0 74 16 fc
movbe %rax, (%rdi)                           # 48 0f 38 f1 07
rdsspq %rax                                  # f3 48 0f 1e c8
rdsspq %r12                                  # f3 49 0f 1e cc
incsspq %rcx                                 # f3 48 0f ae e9
fxam                                         # d9 e5
fnstsw %ax                                   # df e0
fnstenv -0x28(%rsp)                          # d9 74 24 d8
fldenv -0x28(%rsp)                           # d9 64 24 d8
fwait                                        # 9b
pmovmskb %xmm1, %eax                         # 66 0f d7 c1
movmskps %xmm3, %r12d                        # 44 0f 50 e3
movmskpd %xmm0, %ebx                         # 66 0f 50 d8
movntps %xmm1, 0x10(%rdi)                    # 0f 2b 4f 10
movntdq %xmm0, (%rdi)                        # 66 0f e7 07
palignr $0xf, %xmm2, %xmm3                   # 66 0f 3a 0f da 0f
pcmpistri $0x1a, %xmm1, %xmm0                # 66 0f 3a 63 c1 1a
pshufb %xmm2, %xmm0                          # 66 0f 38 00 c2
pminud 0x10(%rax), %xmm0                     # 66 0f 38 3b 40 10
pmaxsd %xmm1, %xmm9                          # 66 44 0f 38 3d c9
# x87 transcendental and environment instructions, fcmov, SSE4.1 rounding, pkru (libm, libc).
rdpkru                                       # 0f 01 ee
wrpkru                                       # 0f 01 ef
fsqrt                                        # d9 fa
fpatan                                       # d9 f3
fscale                                       # d9 fd
fyl2xp1                                      # d9 f9
f2xm1                                        # d9 f0
fprem                                        # d9 f8
fldln2                                       # d9 ed
fcompp                                       # de d9
fcompl 8(%rax)                               # dc 58 08
fcoms (%rax)                                 # d8 10
fcmovb %st(1), %st                           # da c1
fcmovnbe %st(3), %st                         # db d3
fcmovu %st(2), %st                           # da da
ffreep %st(1)                                # df c1
fstsw %ax                                    # 9b df e0
fstsw (%rax)                                 # 9b dd 38
fstcw (%rax)                                 # 9b d9 38
roundsd $4, %xmm1, %xmm0                     # 66 0f 3a 0b c1 04
roundss $9, (%rax), %xmm0                    # 66 0f 3a 0a 00 09
cvtsd2si %xmm0, %eax                         # f2 0f 2d c0
cvtss2si %xmm1, %rdx                         # f3 48 0f 2d d1
