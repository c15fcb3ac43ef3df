# x86-64 SSE/SSE2 golden encodings: the packed forms gcc -O2/-O3 vectorization emits, and the
# 128-bit moves; bytes as GNU as 2.40 encodes them. Checked like x86_64-golden.s (encoder,
# GNU as, and the decoder against GNU objdump).
movdqa (%rax), %xmm0             # 66 0f 6f 00
movdqa %xmm1, 16(%rsp)           # 66 0f 7f 4c 24 10
movdqu (%rdi,%rcx), %xmm8        # f3 44 0f 6f 04 0f
movdqu %xmm9, (%rax)             # f3 44 0f 7f 08
movaps %xmm1, %xmm2              # 0f 28 d1
movaps %xmm3, -24(%rbp)          # 0f 29 5d e8
movups (%rsi), %xmm4             # 0f 10 26
movups %xmm4, (%rdi)             # 0f 11 27
movapd 16(%rax), %xmm1           # 66 0f 28 48 10
movupd %xmm0, 8(%rax)            # 66 0f 11 40 08
movq (%rax), %xmm0               # f3 0f 7e 00
movq %xmm1, (%rdi)               # 66 0f d6 0f
movq %xmm2, %xmm3                # f3 0f 7e da
movq %rax, %xmm0                 # 66 48 0f 6e c0
movq %xmm0, %rax                 # 66 48 0f 7e c0
movlps %xmm0, (%rax)             # 0f 13 00
movlps 8(%rsp), %xmm1            # 0f 12 4c 24 08
movhps (%rax), %xmm2             # 0f 16 10
movlpd (%rax), %xmm0             # 66 0f 12 00
movhpd %xmm0, 8(%rdi)            # 66 0f 17 47 08
movhlps %xmm1, %xmm0             # 0f 12 c1
movlhps %xmm2, %xmm3             # 0f 16 da
paddb %xmm1, %xmm0               # 66 0f fc c1
paddw (%rax), %xmm2              # 66 0f fd 10
paddd %xmm10, %xmm11             # 66 45 0f fe da
paddq %xmm1, %xmm0               # 66 0f d4 c1
psubb %xmm1, %xmm0               # 66 0f f8 c1
psubw %xmm1, %xmm0               # 66 0f f9 c1
psubd %xmm1, %xmm0               # 66 0f fa c1
psubq %xmm1, %xmm0               # 66 0f fb c1
psubusb %xmm3, %xmm4             # 66 0f d8 e3
paddusw %xmm3, %xmm4             # 66 0f dd e3
pmullw %xmm1, %xmm0              # 66 0f d5 c1
pmulhw %xmm1, %xmm0              # 66 0f e5 c1
pmuludq %xmm1, %xmm0             # 66 0f f4 c1
pmaddwd %xmm1, %xmm0             # 66 0f f5 c1
psadbw %xmm1, %xmm0              # 66 0f f6 c1
pand %xmm1, %xmm0                # 66 0f db c1
pandn %xmm1, %xmm0               # 66 0f df c1
por %xmm1, %xmm0                 # 66 0f eb c1
pxor %xmm15, %xmm15              # 66 45 0f ef ff
pcmpeqb %xmm1, %xmm0             # 66 0f 74 c1
pcmpeqd %xmm1, %xmm0             # 66 0f 76 c1
pcmpgtw %xmm1, %xmm0             # 66 0f 65 c1
pcmpgtd %xmm1, %xmm0             # 66 0f 66 c1
pmaxub %xmm1, %xmm0              # 66 0f de c1
pminub %xmm1, %xmm0              # 66 0f da c1
pmaxsw %xmm1, %xmm0              # 66 0f ee c1
packuswb %xmm1, %xmm0            # 66 0f 67 c1
packssdw %xmm1, %xmm0            # 66 0f 6b c1
punpcklbw %xmm1, %xmm0           # 66 0f 60 c1
punpcklwd %xmm1, %xmm0           # 66 0f 61 c1
punpckldq %xmm1, %xmm0           # 66 0f 62 c1
punpcklqdq %xmm1, %xmm0          # 66 0f 6c c1
punpckhbw %xmm1, %xmm0           # 66 0f 68 c1
punpckhwd %xmm1, %xmm0           # 66 0f 69 c1
punpckhdq %xmm1, %xmm0           # 66 0f 6a c1
punpckhqdq %xmm1, %xmm0          # 66 0f 6d c1
psrld $3, %xmm0                  # 66 0f 72 d0 03
psrlq $32, %xmm1                 # 66 0f 73 d1 20
psrad $31, %xmm2                 # 66 0f 72 e2 1f
psraw $1, %xmm3                  # 66 0f 71 e3 01
pslld $2, %xmm12                 # 66 41 0f 72 f4 02
psllq $4, %xmm0                  # 66 0f 73 f0 04
psllw $8, %xmm0                  # 66 0f 71 f0 08
psrlw $8, %xmm0                  # 66 0f 71 d0 08
psrldq $8, %xmm0                 # 66 0f 73 d8 08
pslldq $4, %xmm0                 # 66 0f 73 f8 04
psrld %xmm1, %xmm0               # 66 0f d2 c1
psllq %xmm1, %xmm0               # 66 0f f3 c1
pshufd $27, %xmm1, %xmm0         # 66 0f 70 c1 1b
pshufd $0, (%rax), %xmm0         # 66 0f 70 00 00
pshuflw $0, %xmm1, %xmm0         # f2 0f 70 c1 00
pshufhw $0, %xmm1, %xmm0         # f3 0f 70 c1 00
shufps $136, %xmm1, %xmm0        # 0f c6 c1 88
shufpd $1, %xmm1, %xmm0          # 66 0f c6 c1 01
pextrw $1, %xmm0, %eax           # 66 0f c5 c0 01
pinsrw $2, %eax, %xmm0           # 66 0f c4 c0 02
addps %xmm1, %xmm0               # 0f 58 c1
subps %xmm1, %xmm0               # 0f 5c c1
mulps %xmm1, %xmm0               # 0f 59 c1
divps %xmm1, %xmm0               # 0f 5e c1
minps %xmm1, %xmm0               # 0f 5d c1
maxps %xmm1, %xmm0               # 0f 5f c1
sqrtps %xmm1, %xmm0              # 0f 51 c1
andps %xmm1, %xmm0               # 0f 54 c1
andnps %xmm1, %xmm0              # 0f 55 c1
orps %xmm1, %xmm0                # 0f 56 c1
xorps %xmm1, %xmm0               # 0f 57 c1
unpcklps %xmm1, %xmm0            # 0f 14 c1
unpckhps %xmm1, %xmm0            # 0f 15 c1
addpd %xmm1, %xmm0               # 66 0f 58 c1
subpd %xmm1, %xmm0               # 66 0f 5c c1
mulpd (%rax), %xmm0              # 66 0f 59 00
divpd %xmm1, %xmm0               # 66 0f 5e c1
andpd %xmm1, %xmm0               # 66 0f 54 c1
xorpd %xmm1, %xmm0               # 66 0f 57 c1
unpcklpd %xmm1, %xmm0            # 66 0f 14 c1
unpckhpd %xmm1, %xmm0            # 66 0f 15 c1
cmpltps %xmm1, %xmm0             # 0f c2 c1 01
cmpeqps %xmm1, %xmm0             # 0f c2 c1 00
cmpnleps %xmm1, %xmm0            # 0f c2 c1 06
cmpltpd %xmm1, %xmm0             # 66 0f c2 c1 01
cmpless %xmm1, %xmm0             # f3 0f c2 c1 02
cmpneqsd (%rax), %xmm0           # f2 0f c2 00 04
cmpunordsd %xmm1, %xmm0          # f2 0f c2 c1 03
cvtdq2ps %xmm1, %xmm0            # 0f 5b c1
cvtps2dq %xmm1, %xmm0            # 66 0f 5b c1
cvttps2dq %xmm1, %xmm0           # f3 0f 5b c1
cvtdq2pd %xmm1, %xmm0            # f3 0f e6 c1
cvttpd2dq %xmm1, %xmm0           # 66 0f e6 c1
cvtps2pd %xmm1, %xmm0            # 0f 5a c1
cvtpd2ps %xmm1, %xmm0            # 66 0f 5a c1
# SSE4.1 extends, variable blends (%xmm0 implicit), element inserts/extracts, SSE3 duplicates.
pmovsxdq (%rax), %xmm1                       # 66 0f 38 25 08
pmovzxbw %xmm0, %xmm1                        # 66 0f 38 30 c8
pabsd %xmm1, %xmm2                           # 66 0f 38 1e d1
pcmpgtq %xmm1, %xmm2                         # 66 0f 38 37 d1
pblendvb %xmm0, %xmm2, %xmm1                 # 66 0f 38 10 ca
blendvpd %xmm0, (%rax), %xmm1                # 66 0f 38 15 08
pextrb $1, %xmm0, %eax                       # 66 0f 3a 14 c0 01
pextrd $2, %xmm1, (%rax)                     # 66 0f 3a 16 08 02
pextrq $1, %xmm1, %rax                       # 66 48 0f 3a 16 c8 01
pinsrb $3, %eax, %xmm0                       # 66 0f 3a 20 c0 03
pinsrd $1, (%rax), %xmm0                     # 66 0f 3a 22 00 01
pinsrq $1, %rax, %xmm0                       # 66 48 0f 3a 22 c0 01
insertps $0x10, %xmm1, %xmm2                 # 66 0f 3a 21 d1 10
movddup %xmm1, %xmm2                         # f2 0f 12 d1
movsldup (%rax), %xmm1                       # f3 0f 12 08
movshdup %xmm1, %xmm2                        # f3 0f 16 d1
